/* cp-budget-year-form.h: the fields of a municipality's budget for one year, for CpEditorDialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-context.h"
#include "cp-form.h"

G_BEGIN_DECLS

#define CP_TYPE_BUDGET_YEAR_FORM (cp_budget_year_form_get_type ())

G_DECLARE_FINAL_TYPE (CpBudgetYearForm, cp_budget_year_form, CP, BUDGET_YEAR_FORM, AdwPreferencesPage)

GtkWidget *cp_budget_year_form_new (CpForm    *form,
                                    CpContext *context);

G_END_DECLS
