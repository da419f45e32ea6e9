/* cp-year-summary.h: one year of a municipality's international cooperation money
 *
 * What the store adds up for the year at a glance (and the reports): each
 * partnership's budget against what it committed and spent, the funding by source,
 * the external funding by funder. All amounts are minor units of the base currency.
 *
 * Funding by source counts external grants and the partner's contributions when
 * they come in (incoming funds), and the municipality's own money (budget,
 * departments, staff, council, hours) when it is spent, so that a grant received
 * and then spent counts once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cp-budget-line.h"
#include "cp-budget-year.h"
#include "cp-enums.h"
#include "cp-funding-indicators.h"

G_BEGIN_DECLS

#define CP_N_CONTRIBUTION_KINDS (CP_CONTRIBUTION_KIND_OTHER + 1)

typedef struct
{
  gint64 partnership_id;
  gint64 budget;      /* from the budget line for the partnership; -1 without one */
  gint64 committed;   /* commitments made */
  gint64 spent;       /* disbursements and expenditure, less refunds */
} CpPartnershipMoney;

typedef struct
{
  gint64 funder_id;
  gint64 amount;
} CpFunderMoney;

typedef struct
{
  int           year;
  gint64        municipality_id;
  char         *base_currency;
  CpBudgetYear *budget;                      /* the municipality's budget year, or NULL */
  GPtrArray    *budget_lines;                /* CpBudgetLine of that year */
  GArray       *partnerships;                /* CpPartnershipMoney, by partnership id */
  GArray       *funders;                     /* CpFunderMoney, the largest first */
  gint64        by_contribution[CP_N_CONTRIBUTION_KINDS];
  gint64        incoming;                    /* incoming funds of the year */
  gint64        committed;
  gint64        spent;
  guint         n_transactions;
} CpYearSummary;

CpYearSummary *cp_year_summary_new               (int            year,
                                                  gint64         municipality_id,
                                                  const char    *base_currency);
void           cp_year_summary_free              (CpYearSummary *summary);

/* Money from outside (external grants) and the municipality's own (budget,
 * departments, staff, council donations; hours valued in kind are not cash). */
gint64         cp_year_summary_get_external      (const CpYearSummary *summary);
gint64         cp_year_summary_get_own_cash      (const CpYearSummary *summary);
/* The partnership's budget in the base currency, or -1. */
gint64         cp_year_summary_get_partnership_budget (const CpYearSummary *summary,
                                                       gint64               partnership_id);

/* The own municipality's indicators of §3.4 for the year: the partnerships' share
 * of the IC budget, the IC share of the municipal budget, IC and partnership
 * budget per inhabitant (of the budget year's population, else @population), the
 * external share, the multiplier and the largest funder's share. Unknown where
 * the year lacks the data; the eligibility runway and the partner's indicators
 * are not the summary's (cp_eligibility_runway(), cp_budget_year_get_indicator()). */
CpIndicator    cp_year_summary_get_indicator     (const CpYearSummary *summary,
                                                  CpFundingIndicator   which,
                                                  gint64               population);
/* One partnership's share of the IC budget. */
CpIndicator    cp_year_summary_get_partnership_share (const CpYearSummary *summary,
                                                      gint64               partnership_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CpYearSummary, cp_year_summary_free)

G_END_DECLS
