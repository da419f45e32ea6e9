/* cp-need-form.h: the fields of a need, for CpEditorDialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-context.h"
#include "cp-form.h"

G_BEGIN_DECLS

#define CP_TYPE_NEED_FORM (cp_need_form_get_type ())

G_DECLARE_FINAL_TYPE (CpNeedForm, cp_need_form, CP, NEED_FORM, AdwPreferencesPage)

GtkWidget *cp_need_form_new (CpForm    *form,
                             CpContext *context);

G_END_DECLS
