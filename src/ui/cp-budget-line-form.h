/* cp-budget-line-form.h: the fields of a line of an international cooperation budget, for CpEditorDialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-context.h"
#include "cp-form.h"

G_BEGIN_DECLS

#define CP_TYPE_BUDGET_LINE_FORM (cp_budget_line_form_get_type ())

G_DECLARE_FINAL_TYPE (CpBudgetLineForm, cp_budget_line_form, CP, BUDGET_LINE_FORM, AdwPreferencesPage)

GtkWidget *cp_budget_line_form_new (CpForm    *form,
                                    CpContext *context);

G_END_DECLS
