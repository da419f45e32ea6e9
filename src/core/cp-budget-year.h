/* cp-budget-year.h: one municipality's budget for one year
 *
 * The municipal budget and the international cooperation budget of an own municipality, or
 * for a partner municipality its budget, public investment by source and what international
 * cooperation contributed. Amounts are minor units of @currency; -1 is “not recorded”.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cp-enums.h"
#include "cp-funding-indicators.h"
#include "cp-record.h"

G_BEGIN_DECLS

#define CP_TYPE_BUDGET_YEAR (cp_budget_year_get_type ())

G_DECLARE_FINAL_TYPE (CpBudgetYear, cp_budget_year, CP, BUDGET_YEAR, CpRecord)

CpBudgetYear *cp_budget_year_new (gint64 municipality_id, int year);
gint64       cp_budget_year_get_municipality_id (CpBudgetYear *self);
int          cp_budget_year_get_year (CpBudgetYear *self);
const char * cp_budget_year_get_currency (CpBudgetYear *self);
const char * cp_budget_year_get_base_currency (CpBudgetYear *self);
gint64       cp_budget_year_get_rate (CpBudgetYear *self);
gint64       cp_budget_year_get_municipal_budget (CpBudgetYear *self);
gint64       cp_budget_year_get_ic_budget (CpBudgetYear *self);
gint64       cp_budget_year_get_public_investment (CpBudgetYear *self);
gint64       cp_budget_year_get_investment_own (CpBudgetYear *self);
gint64       cp_budget_year_get_investment_transfers (CpBudgetYear *self);
gint64       cp_budget_year_get_investment_international (CpBudgetYear *self);
gint64       cp_budget_year_get_population (CpBudgetYear *self);
const char * cp_budget_year_get_source (CpBudgetYear *self);
const char * cp_budget_year_get_note (CpBudgetYear *self);

/* An amount of the year (-1 when not recorded) in the reporting currency: the base
 * currency at the year's rate when one is set, else the budget's own. */
gint64      cp_budget_year_to_base                (CpBudgetYear *self,
                                                   gint64        amount);
const char *cp_budget_year_get_reporting_currency (CpBudgetYear *self);
/* A partner municipality's indicators (Table 6.6): what international cooperation
 * contributed as a share of the budget and of public investment, and per
 * inhabitant (of the year's population, else @population) in the reporting
 * currency. Unknown for the other indicators, or where the year lacks the data. */
CpIndicator cp_budget_year_get_indicator           (CpBudgetYear       *self,
                                                    CpFundingIndicator  which,
                                                    gint64              population);

G_END_DECLS
