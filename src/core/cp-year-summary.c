/* cp-year-summary.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cp-year-summary.h"
#include "cp-money.h"

CpYearSummary *
cp_year_summary_new (int         year,
                     gint64      municipality_id,
                     const char *base_currency)
{
  CpYearSummary *summary = g_new0 (CpYearSummary, 1);

  summary->year = year;
  summary->municipality_id = municipality_id;
  summary->base_currency = g_strdup (base_currency);
  summary->budget_lines = g_ptr_array_new_with_free_func (g_object_unref);
  summary->partnerships = g_array_new (FALSE, TRUE, sizeof (CpPartnershipMoney));
  summary->funders = g_array_new (FALSE, TRUE, sizeof (CpFunderMoney));
  return summary;
}

void
cp_year_summary_free (CpYearSummary *summary)
{
  if (summary == NULL)
    return;
  g_free (summary->base_currency);
  g_clear_object (&summary->budget);
  g_ptr_array_unref (summary->budget_lines);
  g_array_unref (summary->partnerships);
  g_array_unref (summary->funders);
  g_free (summary);
}

gint64
cp_year_summary_get_external (const CpYearSummary *summary)
{
  return summary->by_contribution[CP_CONTRIBUTION_KIND_EXTERNAL_GRANT];
}

gint64
cp_year_summary_get_own_cash (const CpYearSummary *summary)
{
  return summary->by_contribution[CP_CONTRIBUTION_KIND_MUNICIPAL_BUDGET] +
         summary->by_contribution[CP_CONTRIBUTION_KIND_DEPARTMENTAL] +
         summary->by_contribution[CP_CONTRIBUTION_KIND_STAFF_DONATION] +
         summary->by_contribution[CP_CONTRIBUTION_KIND_COUNCIL_DONATION];
}

gint64
cp_year_summary_get_partnership_budget (const CpYearSummary *summary,
                                        gint64               partnership_id)
{
  for (guint i = 0; i < summary->partnerships->len; i++)
    {
      const CpPartnershipMoney *money = &g_array_index (summary->partnerships, CpPartnershipMoney, i);

      if (money->partnership_id == partnership_id)
        return money->budget;
    }
  return -1;
}

static gint64
ic_budget (const CpYearSummary *summary)
{
  return summary->budget ? cp_budget_year_to_base (summary->budget, cp_budget_year_get_ic_budget (summary->budget)) : -1;
}

static gint64
partnerships_budget (const CpYearSummary *summary)
{
  gint64 total = 0;
  gboolean any = FALSE;

  for (guint i = 0; i < summary->partnerships->len; i++)
    {
      const CpPartnershipMoney *money = &g_array_index (summary->partnerships, CpPartnershipMoney, i);

      if (money->budget >= 0)
        {
          total += money->budget;
          any = TRUE;
        }
    }
  return any ? total : -1;
}

CpIndicator
cp_year_summary_get_partnership_share (const CpYearSummary *summary,
                                       gint64               partnership_id)
{
  return cp_indicator_share (cp_year_summary_get_partnership_budget (summary, partnership_id), ic_budget (summary));
}

CpIndicator
cp_year_summary_get_indicator (const CpYearSummary *summary,
                               CpFundingIndicator   which,
                               gint64               population)
{
  CpIndicator unknown = { FALSE, 0 };
  guint digits = cp_currency_get_minor_digits (summary->base_currency);
  g_autofree gint64 *amounts = NULL;

  if (summary->budget != NULL && cp_budget_year_get_population (summary->budget) > 0)
    population = cp_budget_year_get_population (summary->budget);

  switch (which)
    {
    case CP_FUNDING_INDICATOR_PARTNERSHIP_SHARE:
      return cp_indicator_share (partnerships_budget (summary), ic_budget (summary));
    case CP_FUNDING_INDICATOR_IC_SHARE_OF_BUDGET:
      if (summary->budget == NULL)
        return unknown;
      return cp_indicator_share (ic_budget (summary),
                                 cp_budget_year_to_base (summary->budget,
                                                         cp_budget_year_get_municipal_budget (summary->budget)));
    case CP_FUNDING_INDICATOR_IC_PER_INHABITANT:
      return cp_indicator_per_inhabitant (ic_budget (summary), digits, population);
    case CP_FUNDING_INDICATOR_PARTNERSHIP_PER_INHABITANT:
      return cp_indicator_per_inhabitant (partnerships_budget (summary), digits, population);
    case CP_FUNDING_INDICATOR_EXTERNAL_SHARE:
      return cp_indicator_external_share (cp_year_summary_get_external (summary), cp_year_summary_get_own_cash (summary));
    case CP_FUNDING_INDICATOR_MULTIPLIER:
      return cp_indicator_multiplier (cp_year_summary_get_external (summary), cp_year_summary_get_own_cash (summary));
    case CP_FUNDING_INDICATOR_LARGEST_FUNDER_SHARE:
      amounts = g_new0 (gint64, MAX (summary->funders->len, 1));
      for (guint i = 0; i < summary->funders->len; i++)
        amounts[i] = g_array_index (summary->funders, CpFunderMoney, i).amount;
      return cp_indicator_largest_share (amounts, summary->funders->len, NULL);
    case CP_FUNDING_INDICATOR_ELIGIBILITY_RUNWAY:
    case CP_FUNDING_INDICATOR_PARTNER_IC_SHARE_OF_BUDGET:
    case CP_FUNDING_INDICATOR_PARTNER_IC_SHARE_OF_INVESTMENT:
    case CP_FUNDING_INDICATOR_PARTNER_IC_PER_INHABITANT:
    case CP_N_FUNDING_INDICATORS:
    default:
      return unknown;
    }
}
