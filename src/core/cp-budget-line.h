/* cp-budget-line.h: a line of an international cooperation budget
 *
 * Like Utrecht's “León” or “EU affairs” (Figure 6.1); a line with a partnership is that
 * partnership's budget for the year. The amount is in the budget year's currency.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cp-enums.h"
#include "cp-record.h"

G_BEGIN_DECLS

#define CP_TYPE_BUDGET_LINE (cp_budget_line_get_type ())

G_DECLARE_FINAL_TYPE (CpBudgetLine, cp_budget_line, CP, BUDGET_LINE, CpRecord)

CpBudgetLine *cp_budget_line_new (gint64 budget_year_id);
gint64       cp_budget_line_get_budget_year_id (CpBudgetLine *self);
const char * cp_budget_line_get_label (CpBudgetLine *self);
gint64       cp_budget_line_get_amount (CpBudgetLine *self);
gint64       cp_budget_line_get_partnership_id (CpBudgetLine *self);
const char * cp_budget_line_get_note (CpBudgetLine *self);

G_END_DECLS
