/* cp-partnership-form.h: the fields of a partnership, for CpEditorDialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-context.h"
#include "cp-form.h"

G_BEGIN_DECLS

#define CP_TYPE_PARTNERSHIP_FORM (cp_partnership_form_get_type ())

G_DECLARE_FINAL_TYPE (CpPartnershipForm, cp_partnership_form, CP, PARTNERSHIP_FORM, AdwPreferencesPage)

GtkWidget *cp_partnership_form_new (CpForm    *form,
                             CpContext *context);

G_END_DECLS
