/* cp-funder-form.h: the fields of an external funder, for CpEditorDialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-context.h"
#include "cp-form.h"

G_BEGIN_DECLS

#define CP_TYPE_FUNDER_FORM (cp_funder_form_get_type ())

G_DECLARE_FINAL_TYPE (CpFunderForm, cp_funder_form, CP, FUNDER_FORM, AdwPreferencesPage)

GtkWidget *cp_funder_form_new (CpForm    *form,
                               CpContext *context);

G_END_DECLS
