/* cp-plan-line-form.h: the fields of a strategic line of a partner's development plan, for CpEditorDialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-context.h"
#include "cp-form.h"

G_BEGIN_DECLS

#define CP_TYPE_PLAN_LINE_FORM (cp_plan_line_form_get_type ())

G_DECLARE_FINAL_TYPE (CpPlanLineForm, cp_plan_line_form, CP, PLAN_LINE_FORM, AdwPreferencesPage)

GtkWidget *cp_plan_line_form_new (CpForm    *form,
                                  CpContext *context);

G_END_DECLS
