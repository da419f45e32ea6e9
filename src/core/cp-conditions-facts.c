/* cp-conditions-facts.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "cp-conditions-facts.h"

static const CpIndicator unknown_indicator = { FALSE, 0 };

void
cp_conditions_facts_init (CpConditionsFacts *facts,
                          int                year,
                          const char        *today)
{
  memset (facts, 0, sizeof *facts);
  facts->year = year;
  facts->today = g_strdup (today);
  facts->court_programme = facts->court_programme_has_ic = facts->court_programme_names_partnership = CP_FACT_UNKNOWN;
  facts->ic_policy = facts->eu_only_mandate = CP_FACT_UNKNOWN;
  facts->ic_policy_years_since_evaluation = facts->alternative_instruments = facts->days_to_term_end = -1;
  facts->ic_hours_per_week = facts->ic_hours_needed_per_week = -1;
  facts->formal_consultation_structure = facts->coordinator_role = facts->political_role = CP_FACT_UNKNOWN;
  facts->departments_involved = facts->knowledge_holders = facts->delegates_without_selection = -1;
  facts->partnership_share = facts->ic_share_of_budget = unknown_indicator;
  facts->external_share = facts->largest_funder_share = unknown_indicator;
  facts->structural_budget = facts->eligibility_lost = CP_FACT_UNKNOWN;
  facts->eligibility_months = -2;
  facts->champion_actions = facts->council_items = facts->budget_cut_motions = -1;
  facts->parties_total = facts->staff_support_actions = facts->days_to_champion_leaving = -1;
}

void
cp_conditions_facts_clear (CpConditionsFacts *facts)
{
  g_clear_pointer (&facts->today, g_free);
}

void
cp_south_facts_init (CpSouthFacts *facts,
                     int           year,
                     const char   *today)
{
  memset (facts, 0, sizeof *facts);
  facts->year = year;
  facts->today = g_strdup (today);
  facts->ic_unit_type = facts->ic_staff = facts->plan_authority = facts->plan_lines = -1;
  facts->projects = facts->sister_cities = facts->meetings_held = facts->reports_due = -1;
  facts->liaison_turnover = -1;
  facts->ic_policy = facts->alternative_framework = facts->plan_presented_to_donors = CP_FACT_UNKNOWN;
  facts->political_representative = facts->all_parties_support = facts->crisis = CP_FACT_UNKNOWN;
  facts->archive_exists = facts->ccse_present = facts->admin_ccse_link = CP_FACT_UNKNOWN;
  facts->ic_share_of_budget = facts->ic_share_of_investment = unknown_indicator;
}

void
cp_south_facts_clear (CpSouthFacts *facts)
{
  g_clear_pointer (&facts->today, g_free);
}
