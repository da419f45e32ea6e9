/* test-conditions.c: the four critical conditions and the three Southern issues
 *
 * Table-driven: each case fills the facts a store would gather, starting from
 * everything unknown, and states the level and the signals (in order) the engine
 * must give. Besides the edges of every rule (183 against 184 days, 75 % against
 * 75.1 %), the cases are the study's own findings as the domain notes record them:
 * Treptow-Köpenick's mandate by agreement and LA21 without an IC policy, Amstelveen
 * losing VNG funding after 2007, Alphen's 4–6 hours a week and its 2004 proposal to
 * cut IC, Utrecht's consultation structure, León's weak PEDM and 59 % aid
 * dependency, Villa El Salvador's PIDC, Oudtshoorn's crisis and Cajamarca's lost
 * archive.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib.h>

#include "core/cp-conditions.h"

#include "cp-test-util.h"

#define MAX_SIGNALS 8

static CpIndicator
percent (double value)
{
  return (CpIndicator) { TRUE, value };
}

/* ────────────────────────────────────────────────────────────────────────────────
 * Northern facts
 * ──────────────────────────────────────────────────────────────────────────────── */

static void
north_nothing (CpConditionsFacts *f)
{
}

/* Political embedding */

static void
north_policy_no_only (CpConditionsFacts *f)
{
  f->ic_policy = CP_FACT_NO;
}

static void
north_mandate_strong (CpConditionsFacts *f)
{
  f->court_programme = CP_FACT_YES;
  f->court_programme_has_ic = CP_FACT_YES;
  f->ic_policy = CP_FACT_YES;
  f->ic_policy_years_since_evaluation = 2;
}

static void
north_paragraph_no_policy (CpConditionsFacts *f)
{
  f->court_programme = CP_FACT_YES;
  f->court_programme_has_ic = CP_FACT_YES;
  f->ic_policy = CP_FACT_NO;
}

static void
north_paragraph_policy_unknown (CpConditionsFacts *f)
{
  f->court_programme = CP_FACT_YES;
  f->court_programme_has_ic = CP_FACT_YES;
}

static void
north_policy_no_court_programme (CpConditionsFacts *f)
{
  f->court_programme = CP_FACT_NO;
  f->ic_policy = CP_FACT_YES;
}

/* Treptow-Köpenick 2006: no official IC vision or policy, no court programme of the
 * Dutch kind, but the partnership agreement and the LA21 process (L7169–7172). */
static void
north_tk_mandate (CpConditionsFacts *f)
{
  f->year = 2006;
  f->court_programme = CP_FACT_NO;
  f->ic_policy = CP_FACT_NO;
  f->alternative_instruments = 2;
}

static void
north_tk_no_alternative (CpConditionsFacts *f)
{
  north_tk_mandate (f);
  f->alternative_instruments = 0;
}

/* The full post for EU affairs only (L7207–7210); 11 partnerships, "a large number …
 * inactive" (L7155–7158). */
static void
north_tk_mandate_full (CpConditionsFacts *f)
{
  north_tk_mandate (f);
  f->eu_only_mandate = CP_FACT_YES;
  f->n_partnerships = 11;
  f->n_inactive_partnerships = 6;
}

static void
north_mandate_alternatives_unknown (CpConditionsFacts *f)
{
  f->court_programme_has_ic = CP_FACT_NO;
  f->ic_policy = CP_FACT_NO;
}

static void
north_paragraph_no_alternatives (CpConditionsFacts *f)
{
  f->court_programme_has_ic = CP_FACT_NO;
  f->alternative_instruments = 1;
}

static void
north_term_183 (CpConditionsFacts *f)
{
  north_mandate_strong (f);
  f->days_to_term_end = 183;
}

static void
north_term_184 (CpConditionsFacts *f)
{
  north_mandate_strong (f);
  f->days_to_term_end = 184;
}

static void
north_term_0 (CpConditionsFacts *f)
{
  north_mandate_strong (f);
  f->days_to_term_end = 0;
}

static void
north_evaluated_4 (CpConditionsFacts *f)
{
  north_mandate_strong (f);
  f->ic_policy_years_since_evaluation = 4;
}

static void
north_evaluated_5 (CpConditionsFacts *f)
{
  north_mandate_strong (f);
  f->ic_policy_years_since_evaluation = 5;
}

static void
north_inactive_5_of_11 (CpConditionsFacts *f)
{
  north_mandate_strong (f);
  f->n_partnerships = 11;
  f->n_inactive_partnerships = 5;
}

static void
north_inactive_1_of_2 (CpConditionsFacts *f)
{
  north_mandate_strong (f);
  f->n_partnerships = 2;
  f->n_inactive_partnerships = 1;
}

/* Human resources */

static void
north_political_role_only (CpConditionsFacts *f)
{
  f->political_role = CP_FACT_YES;
}

/* Utrecht: the Department of Governmental and International Affairs, an Alderman for
 * international affairs, the LSE project group of more than 12 members from line
 * Departments (six contribute €13,000 each, L7388–7392). */
static void
north_utrecht_people (CpConditionsFacts *f)
{
  f->coordinator_role = CP_FACT_YES;
  f->political_role = CP_FACT_YES;
  f->formal_consultation_structure = CP_FACT_YES;
  f->departments_involved = 6;
  f->knowledge_holders = 12;
  f->delegates_without_selection = 0;
}

static void
north_no_coordinator (CpConditionsFacts *f)
{
  f->coordinator_role = CP_FACT_NO;
  f->political_role = CP_FACT_YES;
}

static void
north_no_political_role (CpConditionsFacts *f)
{
  f->coordinator_role = CP_FACT_YES;
  f->political_role = CP_FACT_NO;
}

/* Alphen: four to six hours a week, "easily exceeded" by one work visit (fn 107);
 * no formalised consultation structure in the administration (L7212–7213). */
static void
north_alphen_people (CpConditionsFacts *f)
{
  f->year = 2006;
  f->coordinator_role = CP_FACT_YES;
  f->political_role = CP_FACT_YES;
  f->formal_consultation_structure = CP_FACT_NO;
  f->ic_hours_per_week = 4;
  f->ic_hours_needed_per_week = 6;
  f->knowledge_holders = 3;
}

static void
north_hours_equal_need (CpConditionsFacts *f)
{
  north_utrecht_people (f);
  f->ic_hours_per_week = 6;
  f->ic_hours_needed_per_week = 6;
}

static void
north_hours_just_below (CpConditionsFacts *f)
{
  north_utrecht_people (f);
  f->ic_hours_per_week = 3.9;
  f->ic_hours_needed_per_week = 4;
}

static void
north_hours_below_coordinator_unknown (CpConditionsFacts *f)
{
  f->ic_hours_per_week = 2;
  f->ic_hours_needed_per_week = 5;
}

/* Amstelveen: the Policy Department, twenty hours, a fixed team of three, no
 * formalised consultation structure (L7192–7196). */
static void
north_amstelveen_people (CpConditionsFacts *f)
{
  f->coordinator_role = CP_FACT_YES;
  f->political_role = CP_FACT_YES;
  f->formal_consultation_structure = CP_FACT_NO;
  f->ic_hours_per_week = 20;
  f->knowledge_holders = 3;
}

static void
north_one_department (CpConditionsFacts *f)
{
  north_utrecht_people (f);
  f->departments_involved = 1;
}

static void
north_single_person (CpConditionsFacts *f)
{
  north_utrecht_people (f);
  f->knowledge_holders = 1;
}

static void
north_two_people (CpConditionsFacts *f)
{
  north_utrecht_people (f);
  f->knowledge_holders = 2;
}

static void
north_delegates_unselected (CpConditionsFacts *f)
{
  north_utrecht_people (f);
  f->delegates_without_selection = 2;
}

/* Finance */

static void
north_external_share_only (CpConditionsFacts *f)
{
  f->external_share = percent (30);
}

static void
north_finance_strong (CpConditionsFacts *f)
{
  f->structural_budget = CP_FACT_YES;
  f->external_share = percent (60);
  f->largest_funder_share = percent (40);
  f->eligibility_months = -1;
  f->eligibility_lost = CP_FACT_NO;
}

/* Treptow-Köpenick: "the municipality does not have a structural budget for IC"
 * (L7383–7386); the Mayor's representation budget (fn 114). */
static void
north_tk_finance (CpConditionsFacts *f)
{
  f->year = 2006;
  f->structural_budget = CP_FACT_NO;
}

/* Amstelveen 2007: €146,000 for IC (Table 6.2); VNG paid 78.5 % of the project aid
 * in 2004–2007 (L7406–7408); Peru no longer a LOGO South country after 2007
 * (L6418–6424). */
static void
north_amstelveen_2007 (CpConditionsFacts *f)
{
  f->structural_budget = CP_FACT_YES;
  f->external_share = percent (78.5);
  f->eligibility_lost = CP_FACT_YES;
  f->eligibility_months = 0;
}

static void
north_runway_11 (CpConditionsFacts *f)
{
  north_finance_strong (f);
  f->eligibility_months = 11;
}

static void
north_runway_12 (CpConditionsFacts *f)
{
  north_finance_strong (f);
  f->eligibility_months = 12;
}

static void
north_external_75 (CpConditionsFacts *f)
{
  north_finance_strong (f);
  f->external_share = percent (75.0);
}

static void
north_external_75_1 (CpConditionsFacts *f)
{
  north_finance_strong (f);
  f->external_share = percent (75.1);
}

static void
north_funder_50 (CpConditionsFacts *f)
{
  north_finance_strong (f);
  f->largest_funder_share = percent (50.0);
}

static void
north_funder_50_1 (CpConditionsFacts *f)
{
  north_finance_strong (f);
  f->largest_funder_share = percent (50.1);
}

static void
north_no_external_funding (CpConditionsFacts *f)
{
  f->structural_budget = CP_FACT_YES;
  f->external_share = percent (0);
}

static void
north_structural_only (CpConditionsFacts *f)
{
  f->structural_budget = CP_FACT_YES;
}

/* Utrecht 2007: €70,000 own against €502,000 external for León (L7466–7468), an IC
 * budget of €565,876 in a municipal budget of about €1.5 billion (Table 6.2, fn 113). */
static void
north_utrecht_2007 (CpConditionsFacts *f)
{
  f->structural_budget = CP_FACT_YES;
  f->external_share = percent (502.0 * 100 / 572.0);
  f->ic_share_of_budget = percent (565876.0 * 100 / 1.5e9);
}

static void
north_ic_share_0_1 (CpConditionsFacts *f)
{
  north_finance_strong (f);
  f->ic_share_of_budget = percent (0.1);
}

static void
north_ic_share_0_11 (CpConditionsFacts *f)
{
  north_finance_strong (f);
  f->ic_share_of_budget = percent (0.11);
}

/* Support */

static void
north_parties_only (CpConditionsFacts *f)
{
  f->parties_total = 11;
  f->parties_mentioning_ic = 3;
}

/* Alphen 2004: the council proposed to remove IC from the budget (L7517–7519); its
 * Mayor's four actions of Table 6.3. */
static void
north_alphen_2004 (CpConditionsFacts *f)
{
  f->year = 2004;
  f->champion_actions = 4;
  f->council_items = 1;
  f->budget_cut_motions = 1;
}

static void
north_support_strong (CpConditionsFacts *f)
{
  f->champion_actions = 2;
  f->council_items = 1;
  f->budget_cut_motions = 0;
  f->parties_total = 10;
  f->parties_mentioning_ic = 5;
  f->parties_for_termination = 0;
  f->staff_support_actions = 2;
}

static void
north_parties_4_of_10 (CpConditionsFacts *f)
{
  north_support_strong (f);
  f->parties_mentioning_ic = 4;
}

static void
north_no_action (CpConditionsFacts *f)
{
  f->champion_actions = 0;
  f->council_items = 0;
}

/* Amstelveen: partnerships "rarely an agenda item for Council meetings" (L7519–7521);
 * its Mayor's three actions of Table 6.3. */
static void
north_amstelveen_support (CpConditionsFacts *f)
{
  f->champion_actions = 3;
  f->council_items = 0;
  f->budget_cut_motions = 0;
}

/* Utrecht, March 2006: most parties mention IC; VVD would phase the León and Brno
 * partnerships out (fn 122). */
static void
north_utrecht_parties (CpConditionsFacts *f)
{
  f->year = 2006;
  north_support_strong (f);
  f->parties_mentioning_ic = 9;
  f->parties_for_termination = 1;
}

static void
north_champion_183 (CpConditionsFacts *f)
{
  north_support_strong (f);
  f->days_to_champion_leaving = 183;
}

static void
north_champion_184 (CpConditionsFacts *f)
{
  north_support_strong (f);
  f->days_to_champion_leaving = 184;
}

static void
north_staff_not_involved (CpConditionsFacts *f)
{
  north_support_strong (f);
  f->staff_support_actions = 0;
}

static void
north_champions_0_council_unknown (CpConditionsFacts *f)
{
  f->champion_actions = 0;
}

/* ────────────────────────────────────────────────────────────────────────────────
 * Southern facts
 * ──────────────────────────────────────────────────────────────────────────────── */

static void
south_nothing (CpSouthFacts *f)
{
}

static void
south_sister_cities_only (CpSouthFacts *f)
{
  f->sister_cities = 9;
}

/* Cajamarca: the Planning and Technical Cooperation Office on paper, high staff
 * turnover, and a liaison who left no archive (L7845–7858); no political
 * representative for the partnership (L7908–7909). */
static void
south_cajamarca (CpSouthFacts *f)
{
  f->year = 2007;
  f->ic_unit_type = CP_IC_UNIT_TYPE_PLANNING_OFFICE;
  f->archive_exists = CP_FACT_NO;
  f->liaison_turnover = 2;
  f->political_representative = CP_FACT_NO;
}

/* León: Cooperación Externa, five staff, nine sister cities (L7843, Table 6.6); its
 * monthly meetings "very frequently cancelled" (L8414–8416) and late reports
 * (L8410–8412). */
static void
south_leon_capacity (CpSouthFacts *f)
{
  f->ic_unit_type = CP_IC_UNIT_TYPE_SUBDIVISION;
  f->ic_staff = 5;
  f->sister_cities = 9;
  f->meetings_held = 8;
  f->meetings_cancelled = 4;
  f->reports_due = 4;
  f->reports_overdue = 1;
}

static void
south_capacity_strong (CpSouthFacts *f)
{
  f->ic_unit_type = CP_IC_UNIT_TYPE_DEPARTMENT;
  f->ic_staff = 3;
  f->archive_exists = CP_FACT_YES;
  f->meetings_held = 12;
  f->meetings_cancelled = 0;
  f->reports_due = 4;
  f->reports_overdue = 0;
  f->liaison_turnover = 0;
}

static void
south_meetings_4_of_13 (CpSouthFacts *f)
{
  south_capacity_strong (f);
  f->meetings_held = 9;
  f->meetings_cancelled = 4;
}

static void
south_meetings_4_of_12 (CpSouthFacts *f)
{
  south_capacity_strong (f);
  f->meetings_held = 8;
  f->meetings_cancelled = 4;
}

/* Oudtshoorn: the Municipal Manager with a liaison officer (fn 132). */
static void
south_oudtshoorn_capacity (CpSouthFacts *f)
{
  f->ic_unit_type = CP_IC_UNIT_TYPE_MANAGER_AND_LIAISON;
  f->ic_staff = 1;
  f->archive_exists = CP_FACT_YES;
}

static void
south_reports_2_of_4 (CpSouthFacts *f)
{
  south_capacity_strong (f);
  f->reports_overdue = 2;
}

static void
south_reports_1_of_4 (CpSouthFacts *f)
{
  south_capacity_strong (f);
  f->reports_overdue = 1;
}

static void
south_no_staff (CpSouthFacts *f)
{
  f->ic_unit_type = CP_IC_UNIT_TYPE_DEPARTMENT;
  f->ic_staff = 0;
}

static void
south_turnover_1 (CpSouthFacts *f)
{
  south_capacity_strong (f);
  f->liaison_turnover = 1;
}

static void
south_all_parties_only (CpSouthFacts *f)
{
  f->all_parties_support = CP_FACT_YES;
}

/* Oudtshoorn 2006–2007: council and Municipal Manager stripped of their powers, the
 * municipality under provincial administration, twinning on hold (L8019–8028); all
 * parties support the partnership (L7896–7898). */
static void
south_oudtshoorn_politics (CpSouthFacts *f)
{
  f->year = 2007;
  f->crisis = CP_FACT_YES;
  f->all_parties_support = CP_FACT_YES;
}

static void
south_lip_service (CpSouthFacts *f)
{
  f->political_representative = CP_FACT_NO;
  f->all_parties_support = CP_FACT_YES;
}

static void
south_politics_strong (CpSouthFacts *f)
{
  f->political_representative = CP_FACT_YES;
  f->all_parties_support = CP_FACT_YES;
  f->crisis = CP_FACT_NO;
}

static void
south_parties_divided (CpSouthFacts *f)
{
  south_politics_strong (f);
  f->all_parties_support = CP_FACT_NO;
}

static void
south_share_only (CpSouthFacts *f)
{
  f->ic_share_of_budget = percent (59.3);
}

/* León 2007: the PEDM's weak authority (L8504–8507), 59 % of the municipal budget
 * from international cooperation (Table 6.6), projects as islands (L8460–8466). */
static void
south_leon_plan (CpSouthFacts *f)
{
  f->plan_authority = CP_PLAN_AUTHORITY_WEAK;
  f->plan_lines = 5;
  f->projects = 12;
  f->projects_linked = 5;
  f->ic_share_of_budget = percent (59.3);
  f->ic_share_of_investment = percent (77);
}

/* Villa El Salvador 2006: the PIDC, six lines, presented to donors as the principal
 * agenda (L8526–8531), every project in one of its areas (L6147–6152), 8.6 % of the
 * budget (Table 6.6). */
static void
south_ves_plan (CpSouthFacts *f)
{
  f->year = 2006;
  f->plan_authority = CP_PLAN_AUTHORITY_STRONG;
  f->plan_presented_to_donors = CP_FACT_YES;
  f->plan_lines = 6;
  f->projects = 4;
  f->projects_linked = 4;
  f->ic_share_of_budget = percent (8.6);
}

static void
south_aid_50 (CpSouthFacts *f)
{
  south_ves_plan (f);
  f->ic_share_of_budget = percent (50.0);
}

static void
south_aid_50_1 (CpSouthFacts *f)
{
  south_ves_plan (f);
  f->ic_share_of_budget = percent (50.1);
}

static void
south_islands_11_of_12 (CpSouthFacts *f)
{
  south_ves_plan (f);
  f->projects = 12;
  f->projects_linked = 11;
}

static void
south_islands_5_of_12 (CpSouthFacts *f)
{
  south_ves_plan (f);
  f->projects = 12;
  f->projects_linked = 5;
}

static void
south_plan_not_presented (CpSouthFacts *f)
{
  south_ves_plan (f);
  f->plan_presented_to_donors = CP_FACT_NO;
}

/* ────────────────────────────────────────────────────────────────────────────────
 * The cases
 * ──────────────────────────────────────────────────────────────────────────────── */

typedef struct
{
  const char        *name;
  void             (*fill) (CpConditionsFacts *facts);
  CpCondition        condition;
  CpConditionLevel   level;
  const char        *signals[MAX_SIGNALS];
} NorthCase;

typedef struct
{
  const char        *name;
  void             (*fill) (CpSouthFacts *facts);
  CpSouthIssue       issue;
  CpConditionLevel   level;
  const char        *signals[MAX_SIGNALS];
} SouthCase;

#define EMBEDDING CP_CONDITION_POLITICAL_EMBEDDING
#define PEOPLE    CP_CONDITION_HUMAN_RESOURCES
#define FINANCE   CP_CONDITION_FINANCE
#define SUPPORT   CP_CONDITION_SUPPORT
#define CAPACITY  CP_SOUTH_ISSUE_ORGANISATIONAL_CAPACITY
#define POLITICS  CP_SOUTH_ISSUE_POLITICAL_INTEREST
#define PLAN      CP_SOUTH_ISSUE_INSTITUTIONAL_CONCERN
#define UNKNOWN   CP_CONDITION_LEVEL_UNKNOWN
#define WEAK      CP_CONDITION_LEVEL_WEAK
#define ADEQUATE  CP_CONDITION_LEVEL_ADEQUATE
#define STRONG    CP_CONDITION_LEVEL_STRONG

static const NorthCase north_cases[] = {
  /* 1. Political embedding */
  { "embedding/all-unknown", north_nothing, EMBEDDING, UNKNOWN, { NULL } },
  { "embedding/policy-no-only", north_policy_no_only, EMBEDDING, UNKNOWN, { NULL } },
  { "embedding/strong", north_mandate_strong, EMBEDDING, STRONG, { NULL } },
  { "embedding/paragraph-no-policy", north_paragraph_no_policy, EMBEDDING, ADEQUATE, { NULL } },
  { "embedding/paragraph-policy-unknown", north_paragraph_policy_unknown, EMBEDDING, ADEQUATE, { NULL } },
  { "embedding/policy-no-court-programme", north_policy_no_court_programme, EMBEDDING, ADEQUATE, { NULL } },
  { "embedding/treptow-koepenick", north_tk_mandate, EMBEDDING, ADEQUATE, { "no-ic-policy" } },
  { "embedding/treptow-koepenick-no-alternative", north_tk_no_alternative, EMBEDDING, WEAK,
    { "no-political-mandate" } },
  { "embedding/treptow-koepenick-full", north_tk_mandate_full, EMBEDDING, ADEQUATE,
    { "eu-only-mandate", "no-ic-policy", "inactive-partnerships" } },
  { "embedding/alternatives-unknown", north_mandate_alternatives_unknown, EMBEDDING, UNKNOWN, { NULL } },
  { "embedding/paragraph-no-alternatives", north_paragraph_no_alternatives, EMBEDDING, ADEQUATE, { NULL } },
  { "embedding/term-183-days", north_term_183, EMBEDDING, STRONG, { "mandate-expiring" } },
  { "embedding/term-184-days", north_term_184, EMBEDDING, STRONG, { NULL } },
  { "embedding/term-ends-today", north_term_0, EMBEDDING, STRONG, { "mandate-expiring" } },
  { "embedding/evaluated-4-years", north_evaluated_4, EMBEDDING, STRONG, { NULL } },
  { "embedding/evaluated-5-years", north_evaluated_5, EMBEDDING, STRONG, { "policy-not-evaluated" } },
  { "embedding/inactive-5-of-11", north_inactive_5_of_11, EMBEDDING, STRONG, { NULL } },
  { "embedding/inactive-1-of-2", north_inactive_1_of_2, EMBEDDING, STRONG, { "inactive-partnerships" } },

  /* 2. Human resources */
  { "people/all-unknown", north_nothing, PEOPLE, UNKNOWN, { NULL } },
  { "people/political-role-only", north_political_role_only, PEOPLE, UNKNOWN, { NULL } },
  { "people/utrecht", north_utrecht_people, PEOPLE, STRONG, { NULL } },
  { "people/no-coordinator", north_no_coordinator, PEOPLE, WEAK, { "no-coordinator" } },
  { "people/no-political-role", north_no_political_role, PEOPLE, ADEQUATE, { "no-political-role" } },
  { "people/alphen", north_alphen_people, PEOPLE, WEAK, { "hours-below-need", "no-consultation-structure" } },
  { "people/hours-equal-need", north_hours_equal_need, PEOPLE, STRONG, { NULL } },
  { "people/hours-just-below", north_hours_just_below, PEOPLE, WEAK, { "hours-below-need" } },
  { "people/hours-below-coordinator-unknown", north_hours_below_coordinator_unknown, PEOPLE, WEAK,
    { "hours-below-need" } },
  { "people/amstelveen", north_amstelveen_people, PEOPLE, ADEQUATE, { "no-consultation-structure" } },
  { "people/one-department", north_one_department, PEOPLE, ADEQUATE, { NULL } },
  { "people/one-person", north_single_person, PEOPLE, STRONG, { "single-person-dependency" } },
  { "people/two-people", north_two_people, PEOPLE, STRONG, { NULL } },
  { "people/delegates-unselected", north_delegates_unselected, PEOPLE, STRONG, { "delegates-without-selection" } },

  /* 3. Finance */
  { "finance/all-unknown", north_nothing, FINANCE, UNKNOWN, { NULL } },
  { "finance/external-share-only", north_external_share_only, FINANCE, UNKNOWN, { NULL } },
  { "finance/strong", north_finance_strong, FINANCE, STRONG, { NULL } },
  { "finance/treptow-koepenick", north_tk_finance, FINANCE, WEAK, { "no-structural-budget" } },
  { "finance/amstelveen-2007", north_amstelveen_2007, FINANCE, WEAK, { "funding-cliff", "dependency" } },
  { "finance/runway-11-months", north_runway_11, FINANCE, WEAK, { "funding-cliff" } },
  { "finance/runway-12-months", north_runway_12, FINANCE, STRONG, { NULL } },
  { "finance/external-75", north_external_75, FINANCE, STRONG, { NULL } },
  { "finance/external-75.1", north_external_75_1, FINANCE, ADEQUATE, { "dependency" } },
  { "finance/funder-50", north_funder_50, FINANCE, STRONG, { NULL } },
  { "finance/funder-50.1", north_funder_50_1, FINANCE, ADEQUATE, { "dependency" } },
  { "finance/no-external-funding", north_no_external_funding, FINANCE, STRONG, { NULL } },
  { "finance/structural-only", north_structural_only, FINANCE, ADEQUATE, { NULL } },
  { "finance/utrecht-2007", north_utrecht_2007, FINANCE, ADEQUATE, { "dependency", "ic-share-below-norm" } },
  { "finance/ic-share-0.1", north_ic_share_0_1, FINANCE, STRONG, { "ic-share-below-norm" } },
  { "finance/ic-share-0.11", north_ic_share_0_11, FINANCE, STRONG, { NULL } },

  /* 4. Support */
  { "support/all-unknown", north_nothing, SUPPORT, UNKNOWN, { NULL } },
  { "support/parties-only", north_parties_only, SUPPORT, UNKNOWN, { "passive-support" } },
  { "support/alphen-2004", north_alphen_2004, SUPPORT, WEAK, { "budget-cut-proposal" } },
  { "support/strong", north_support_strong, SUPPORT, STRONG, { NULL } },
  { "support/parties-4-of-10", north_parties_4_of_10, SUPPORT, ADEQUATE, { "passive-support" } },
  { "support/no-action", north_no_action, SUPPORT, WEAK, { "passive-support" } },
  { "support/amstelveen", north_amstelveen_support, SUPPORT, ADEQUATE, { "passive-support" } },
  { "support/utrecht-vvd", north_utrecht_parties, SUPPORT, ADEQUATE, { "party-for-termination" } },
  { "support/champion-183-days", north_champion_183, SUPPORT, STRONG, { "champion-leaving" } },
  { "support/champion-184-days", north_champion_184, SUPPORT, STRONG, { NULL } },
  { "support/staff-not-involved", north_staff_not_involved, SUPPORT, STRONG, { "low-staff-engagement" } },
  { "support/champions-0-council-unknown", north_champions_0_council_unknown, SUPPORT, UNKNOWN, { NULL } },
};

static const SouthCase south_cases[] = {
  /* Organisational capacity */
  { "capacity/all-unknown", south_nothing, CAPACITY, UNKNOWN, { NULL } },
  { "capacity/sister-cities-only", south_sister_cities_only, CAPACITY, UNKNOWN, { NULL } },
  { "capacity/cajamarca", south_cajamarca, CAPACITY, WEAK, { "archive-lost", "liaison-turnover" } },
  { "capacity/leon", south_leon_capacity, CAPACITY, WEAK, { "meetings-cancelled", "reports-overdue" } },
  { "capacity/strong", south_capacity_strong, CAPACITY, STRONG, { NULL } },
  { "capacity/meetings-4-of-13", south_meetings_4_of_13, CAPACITY, STRONG, { NULL } },
  { "capacity/meetings-4-of-12", south_meetings_4_of_12, CAPACITY, WEAK, { "meetings-cancelled" } },
  { "capacity/oudtshoorn", south_oudtshoorn_capacity, CAPACITY, ADEQUATE, { "no-ic-unit" } },
  { "capacity/reports-2-of-4", south_reports_2_of_4, CAPACITY, WEAK, { "reports-overdue" } },
  { "capacity/reports-1-of-4", south_reports_1_of_4, CAPACITY, ADEQUATE, { "reports-overdue" } },
  { "capacity/no-staff", south_no_staff, CAPACITY, WEAK, { "no-ic-unit" } },
  { "capacity/turnover-1", south_turnover_1, CAPACITY, STRONG, { NULL } },

  /* Political interest */
  { "politics/all-unknown", south_nothing, POLITICS, UNKNOWN, { NULL } },
  { "politics/all-parties-only", south_all_parties_only, POLITICS, UNKNOWN, { NULL } },
  { "politics/oudtshoorn", south_oudtshoorn_politics, POLITICS, WEAK, { "administration-crisis" } },
  { "politics/cajamarca", south_cajamarca, POLITICS, WEAK, { "no-political-representative" } },
  { "politics/lip-service", south_lip_service, POLITICS, WEAK, { "no-political-representative", "lip-service" } },
  { "politics/strong", south_politics_strong, POLITICS, STRONG, { NULL } },
  { "politics/parties-divided", south_parties_divided, POLITICS, ADEQUATE, { "parties-divided" } },

  /* Institutional concern */
  { "plan/all-unknown", south_nothing, PLAN, UNKNOWN, { NULL } },
  { "plan/share-only", south_share_only, PLAN, UNKNOWN, { "aid-dependency" } },
  { "plan/leon", south_leon_plan, PLAN, WEAK, { "weak-plan", "islands", "aid-dependency" } },
  { "plan/villa-el-salvador", south_ves_plan, PLAN, STRONG, { NULL } },
  { "plan/aid-50", south_aid_50, PLAN, STRONG, { NULL } },
  { "plan/aid-50.1", south_aid_50_1, PLAN, ADEQUATE, { "aid-dependency" } },
  { "plan/islands-11-of-12", south_islands_11_of_12, PLAN, ADEQUATE, { "islands" } },
  { "plan/islands-5-of-12", south_islands_5_of_12, PLAN, WEAK, { "islands" } },
  { "plan/not-presented", south_plan_not_presented, PLAN, ADEQUATE, { "plan-not-presented" } },
};

/* Every signal the engine knows; each must be expected by at least one case above. */
static const char * const all_signal_keys[] = {
  "no-political-mandate", "mandate-expiring", "eu-only-mandate", "no-ic-policy",
  "policy-not-evaluated", "inactive-partnerships",
  "no-coordinator", "no-political-role", "hours-below-need", "no-consultation-structure",
  "single-person-dependency", "delegates-without-selection",
  "funding-cliff", "dependency", "no-structural-budget", "ic-share-below-norm",
  "budget-cut-proposal", "champion-leaving", "passive-support", "party-for-termination",
  "low-staff-engagement",
  "archive-lost", "no-ic-unit", "meetings-cancelled", "reports-overdue", "liaison-turnover",
  "administration-crisis", "no-political-representative", "lip-service", "parties-divided",
  "weak-plan", "islands", "aid-dependency", "plan-not-presented",
};

/* ────────────────────────────────────────────────────────────────────────────────
 * Checks every result must pass
 * ──────────────────────────────────────────────────────────────────────────────── */

static char *
describe_signals (const CpConditionResult *result)
{
  GString *text = g_string_new ("");

  for (guint i = 0; i < result->signals->len; i++)
    {
      const CpRiskSignal *signal = g_ptr_array_index (result->signals, i);

      g_string_append_printf (text, "%s%s", i > 0 ? ", " : "", signal->key);
    }
  return g_string_free (text, FALSE);
}

static void
assert_result (const CpConditionResult *result,
               const char              *name,
               CpConditionLevel         level,
               const char * const      *signals)
{
  guint n_expected = g_strv_length ((char **) signals);

  g_assert_nonnull (result);
  if (result->level != level)
    g_error ("%s: level %s, expected %s (%s)", name, cp_condition_level_to_label (result->level),
             cp_condition_level_to_label (level), result->summary);

  if (result->signals->len != n_expected)
    {
      g_autofree char *got = describe_signals (result);

      g_error ("%s: signals [%s], expected %u", name, got, n_expected);
    }
  for (guint i = 0; i < n_expected; i++)
    {
      const CpRiskSignal *signal = g_ptr_array_index (result->signals, i);

      g_assert_cmpstr (signal->key, ==, signals[i]);
    }

  /* What every result owes its reader. */
  g_assert_nonnull (result->summary);
  g_assert_cmpstr (result->summary, !=, "");
  g_assert_true (g_str_has_suffix (result->summary, "."));
  if (level == CP_CONDITION_LEVEL_UNKNOWN && !g_str_has_prefix (result->summary, "Record "))
    g_error ("%s: an unknown level says what to record, not “%s”", name, result->summary);
  g_assert_cmpuint (result->indicators->len, >, 0);

  for (guint i = 0; i < result->indicators->len; i++)
    {
      const CpConditionIndicator *indicator = g_ptr_array_index (result->indicators, i);

      g_assert_nonnull (indicator->key);
      g_assert_cmpstr (indicator->label, !=, "");
      g_assert_cmpstr (indicator->value, !=, "");
      if (!indicator->known)
        g_assert_cmpstr (indicator->value, ==, "Unknown");
      else
        g_assert_cmpstr (indicator->value, !=, "Unknown");
    }

  for (guint i = 0; i < result->signals->len; i++)
    {
      const CpRiskSignal *signal = g_ptr_array_index (result->signals, i);

      g_assert_cmpint (signal->condition, ==, result->condition);
      g_assert_cmpint (signal->south_issue, ==, result->south_issue);
      g_assert_cmpstr (signal->title, !=, "");
      g_assert_cmpstr (signal->words, !=, "");
      g_assert_nonnull (strchr (signal->citation, 'L'));
      g_assert_nonnull (signal->evidence);
      g_assert_true (g_str_has_suffix (signal->evidence, "."));
      /* The most severe first. */
      if (i > 0)
        {
          const CpRiskSignal *before = g_ptr_array_index (result->signals, i - 1);

          g_assert_cmpint (before->severity, >=, signal->severity);
        }
    }
}

static void
test_north_case (gconstpointer data)
{
  const NorthCase *c = data;
  g_autoptr(CpConditionResult) result = NULL;
  CpConditionsFacts facts;

  cp_conditions_facts_init (&facts, 2007, "2007-06-30");
  c->fill (&facts);
  result = cp_conditions_evaluate (&facts, c->condition);
  cp_conditions_facts_clear (&facts);

  g_assert_cmpint (result->condition, ==, c->condition);
  g_assert_cmpint (result->south_issue, ==, -1);
  assert_result (result, c->name, c->level, c->signals);
}

static void
test_south_case (gconstpointer data)
{
  const SouthCase *c = data;
  g_autoptr(CpConditionResult) result = NULL;
  CpSouthFacts facts;

  cp_south_facts_init (&facts, 2007, "2007-06-30");
  c->fill (&facts);
  result = cp_conditions_evaluate_south (&facts, c->issue);
  cp_south_facts_clear (&facts);

  g_assert_cmpint (result->south_issue, ==, c->issue);
  assert_result (result, c->name, c->level, c->signals);
}

/* ────────────────────────────────────────────────────────────────────────────────
 * Whole-engine tests
 * ──────────────────────────────────────────────────────────────────────────────── */

static void
assert_all_unknown (const CpConditionResult *result)
{
  g_assert_cmpint (result->level, ==, CP_CONDITION_LEVEL_UNKNOWN);
  g_assert_cmpuint (result->signals->len, ==, 0);
  g_assert_true (g_str_has_prefix (result->summary, "Record "));
  for (guint i = 0; i < result->indicators->len; i++)
    {
      const CpConditionIndicator *indicator = g_ptr_array_index (result->indicators, i);

      g_assert_false (indicator->known);
      g_assert_cmpstr (indicator->value, ==, "Unknown");
    }
}

/* With nothing recorded, nothing is judged, for a partnership too. */
static void
test_all_unknown (void)
{
  CpConditionsFacts facts;
  CpSouthFacts south;

  cp_conditions_facts_init (&facts, 2007, "2007-06-30");
  facts.for_partnership = TRUE;
  for (CpCondition c = CP_CONDITION_POLITICAL_EMBEDDING; c <= CP_CONDITION_SUPPORT; c++)
    {
      g_autoptr(CpConditionResult) result = cp_conditions_evaluate (&facts, c);

      assert_all_unknown (result);
    }
  cp_conditions_facts_clear (&facts);

  cp_south_facts_init (&south, 2007, "2007-06-30");
  for (CpSouthIssue issue = 0; issue < CP_N_SOUTH_ISSUES; issue++)
    {
      g_autoptr(CpConditionResult) result = cp_conditions_evaluate_south (&south, issue);

      assert_all_unknown (result);
    }
  cp_south_facts_clear (&south);
}

static void
test_summaries_name_the_data (void)
{
  CpConditionsFacts facts;
  g_autoptr(CpConditionResult) embedding = NULL;
  g_autoptr(CpConditionResult) finance = NULL;

  cp_conditions_facts_init (&facts, 2006, "2006-12-31");
  embedding = cp_conditions_evaluate (&facts, CP_CONDITION_POLITICAL_EMBEDDING);
  finance = cp_conditions_evaluate (&facts, CP_CONDITION_FINANCE);
  cp_conditions_facts_clear (&facts);

  g_assert_cmpstr (embedding->summary, ==, "Record the court programme and whether an IC policy exists.");
  g_assert_cmpstr (finance->summary, ==, "Record the IC budget for 2006, and the external funding in the ledger.");
}

static void
test_catalogue_covered (void)
{
  g_autoptr(GHashTable) expected = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < G_N_ELEMENTS (north_cases); i++)
    for (guint j = 0; north_cases[i].signals[j] != NULL; j++)
      g_hash_table_add (expected, (gpointer) north_cases[i].signals[j]);
  for (guint i = 0; i < G_N_ELEMENTS (south_cases); i++)
    for (guint j = 0; south_cases[i].signals[j] != NULL; j++)
      g_hash_table_add (expected, (gpointer) south_cases[i].signals[j]);

  for (guint i = 0; i < G_N_ELEMENTS (all_signal_keys); i++)
    if (!g_hash_table_contains (expected, all_signal_keys[i]))
      g_error ("no case fires “%s”", all_signal_keys[i]);
  g_assert_cmpuint (g_hash_table_size (expected), ==, G_N_ELEMENTS (all_signal_keys));
}

static const CpConditionIndicator *
find_indicator (const CpConditionResult *result,
                const char              *key)
{
  for (guint i = 0; i < result->indicators->len; i++)
    {
      const CpConditionIndicator *indicator = g_ptr_array_index (result->indicators, i);

      if (g_str_equal (indicator->key, key))
        return indicator;
    }
  g_error ("no indicator “%s”", key);
  return NULL;
}

static const CpRiskSignal *
find_signal (const CpConditionResult *result,
             const char              *key)
{
  for (guint i = 0; i < result->signals->len; i++)
    {
      const CpRiskSignal *signal = g_ptr_array_index (result->signals, i);

      if (g_str_equal (signal->key, key))
        return signal;
    }
  g_error ("no signal “%s”", key);
  return NULL;
}

static void
assert_indicator (const CpConditionResult *result,
                  const char              *key,
                  const char              *value)
{
  const CpConditionIndicator *indicator = find_indicator (result, key);

  g_assert_cmpstr (indicator->value, ==, value);
  g_assert_true (indicator->known);
}

/* The values as a card shows them. */
static void
test_indicator_values (void)
{
  CpConditionsFacts facts;
  CpSouthFacts south;
  g_autoptr(CpConditionResult) embedding = NULL;
  g_autoptr(CpConditionResult) people = NULL;
  g_autoptr(CpConditionResult) finance = NULL;
  g_autoptr(CpConditionResult) support = NULL;
  g_autoptr(CpConditionResult) plan = NULL;
  g_autoptr(CpConditionResult) capacity = NULL;

  cp_conditions_facts_init (&facts, 2007, "2007-06-30");
  facts.for_partnership = TRUE;
  north_tk_mandate_full (&facts);
  facts.ic_policy = CP_FACT_YES;
  facts.ic_policy_years_since_evaluation = 3;
  facts.days_to_term_end = 120;
  facts.ic_hours_per_week = 4.5;
  facts.ic_hours_needed_per_week = 6;
  facts.departments_involved = 6;
  facts.coordinator_role = CP_FACT_YES;
  facts.external_share = percent (78.5);
  facts.partnership_share = percent (20.547);
  facts.structural_budget = CP_FACT_NO;
  facts.eligibility_months = 9;
  facts.parties_total = 11;
  facts.parties_mentioning_ic = 3;
  facts.days_to_champion_leaving = 1;

  embedding = cp_conditions_evaluate (&facts, CP_CONDITION_POLITICAL_EMBEDDING);
  people = cp_conditions_evaluate (&facts, CP_CONDITION_HUMAN_RESOURCES);
  finance = cp_conditions_evaluate (&facts, CP_CONDITION_FINANCE);
  support = cp_conditions_evaluate (&facts, CP_CONDITION_SUPPORT);

  assert_indicator (embedding, "court-programme", "No");
  assert_indicator (embedding, "international-paragraph", "No");
  assert_indicator (embedding, "names-partnership", "No");
  assert_indicator (embedding, "ic-policy", "Yes, evaluated 3 years ago");
  assert_indicator (embedding, "alternative-instruments", "2");
  assert_indicator (embedding, "term-end", "in 120 days");
  assert_indicator (embedding, "eu-only-mandate", "Yes");
  assert_indicator (embedding, "inactive-partnerships", "6 of 11");
  assert_indicator (people, "ic-hours", "4.5 h a week");
  assert_indicator (people, "ic-hours-needed", "6 h a week");
  assert_indicator (people, "departments", "6");
  assert_indicator (people, "coordinator", "Yes");
  assert_indicator (finance, "external-share", "78.5 %");
  assert_indicator (finance, "partnership-share", "20.5 %");
  assert_indicator (finance, "structural-budget", "No");
  assert_indicator (finance, "eligibility", "9 months");
  assert_indicator (support, "parties-mentioning-ic", "3 of 11");
  assert_indicator (support, "champion-leaving", "in 1 day");
  g_assert_false (find_indicator (support, "champion-actions")->known);

  g_assert_cmpstr (find_signal (people, "hours-below-need")->evidence, ==,
                   "4.5 hours a week are available for IC; the year’s visits need 6.");
  g_assert_cmpstr (find_signal (finance, "dependency")->evidence, ==,
                   "78.5 % of the money comes from external funders.");
  g_assert_cmpstr (find_signal (support, "passive-support")->evidence, ==,
                   "Only 3 of the 11 parties mention international cooperation in their programmes.");
  g_assert_cmpstr (find_signal (support, "champion-leaving")->evidence, ==,
                   "The champion’s term ends in 1 day.");
  cp_conditions_facts_clear (&facts);

  /* The eligibility as the funding cards say it. */
  cp_conditions_facts_init (&facts, 2007, "2007-06-30");
  north_amstelveen_2007 (&facts);
  {
    g_autoptr(CpConditionResult) lost = cp_conditions_evaluate (&facts, CP_CONDITION_FINANCE);

    assert_indicator (lost, "eligibility", "Lost");
    g_assert_cmpstr (find_signal (lost, "funding-cliff")->evidence, ==,
                     "A funding programme applied to no longer accepts the partner’s country.");
  }
  facts.eligibility_lost = CP_FACT_NO;
  facts.eligibility_months = -1;
  {
    g_autoptr(CpConditionResult) open = cp_conditions_evaluate (&facts, CP_CONDITION_FINANCE);

    assert_indicator (open, "eligibility", "Open-ended");
    g_assert_false (find_indicator (open, "ic-share-of-budget")->known);
  }
  cp_conditions_facts_clear (&facts);

  cp_south_facts_init (&south, 2007, "2007-06-30");
  south_leon_plan (&south);
  south_leon_capacity (&south);
  plan = cp_conditions_evaluate_south (&south, CP_SOUTH_ISSUE_INSTITUTIONAL_CONCERN);
  capacity = cp_conditions_evaluate_south (&south, CP_SOUTH_ISSUE_ORGANISATIONAL_CAPACITY);
  assert_indicator (plan, "plan-authority", "Weak");
  assert_indicator (plan, "projects-linked", "5 of 12");
  assert_indicator (plan, "ic-share-of-budget", "59.3 %");
  assert_indicator (plan, "ic-share-of-investment", "77.0 %");
  assert_indicator (capacity, "ic-unit", "Subdivision of a department");
  assert_indicator (capacity, "meetings-cancelled", "4");
  assert_indicator (capacity, "reports-overdue", "1 of 4");
  g_assert_cmpstr (find_signal (plan, "islands")->evidence, ==,
                   "7 of the 12 projects follow no line of the development plan.");
  g_assert_cmpstr (find_signal (plan, "aid-dependency")->evidence, ==,
                   "International cooperation pays for 59.3 % of the municipal budget.");
  g_assert_cmpstr (find_signal (capacity, "meetings-cancelled")->evidence, ==,
                   "4 of the 12 coordination meetings planned were cancelled.");
  cp_south_facts_clear (&south);
}

/* The study's words travel untranslated, with the source's own spelling. */
static void
test_words_and_evidence (void)
{
  CpConditionsFacts facts;
  g_autoptr(CpConditionResult) embedding = NULL;
  g_autoptr(CpConditionResult) support = NULL;
  g_autoptr(CpConditionResult) finance = NULL;
  const CpRiskSignal *mandate, *cut, *budget;

  cp_conditions_facts_init (&facts, 2006, "2006-12-31");
  north_tk_no_alternative (&facts);
  north_tk_finance (&facts);
  embedding = cp_conditions_evaluate (&facts, CP_CONDITION_POLITICAL_EMBEDDING);
  finance = cp_conditions_evaluate (&facts, CP_CONDITION_FINANCE);
  cp_conditions_facts_clear (&facts);

  mandate = find_signal (embedding, "no-political-mandate");
  g_assert_cmpint (mandate->severity, ==, CP_SIGNAL_SEVERITY_CRITICAL);
  g_assert_cmpstr (mandate->title, ==, "No political mandate");
  g_assert_cmpstr (mandate->words, ==,
                   "The absence of a political mandate makes partnership activities vulnerable");
  g_assert_cmpstr (mandate->citation, ==, "Table 6.1, L6927–6934");
  g_assert_cmpstr (mandate->evidence, ==,
                   "No court programme with an international paragraph, no IC policy and no "
                   "alternative instrument recorded for 2006.");

  budget = find_signal (finance, "no-structural-budget");
  g_assert_cmpstr (budget->words, ==, "it really depends on the commitment of the Mayor");
  g_assert_cmpstr (budget->evidence, ==, "There is no structural IC budget for 2006.");

  cp_conditions_facts_init (&facts, 2004, "2004-12-31");
  north_alphen_2004 (&facts);
  support = cp_conditions_evaluate (&facts, CP_CONDITION_SUPPORT);
  cp_conditions_facts_clear (&facts);

  cut = find_signal (support, "budget-cut-proposal");
  g_assert_cmpstr (cut->words, ==, "Alphen Council proposed to remove IC from the muncipal budget");
  g_assert_cmpstr (cut->citation, ==, "L7517–7519");
  g_assert_cmpstr (cut->evidence, ==, "1 proposal to cut or remove IC from the budget in 2004.");
  g_assert_cmpstr (cp_signal_severity_to_label (cut->severity), ==, "Critical");
}

static void
test_meanings_and_labels (void)
{
  for (CpCondition c = CP_CONDITION_POLITICAL_EMBEDDING; c <= CP_CONDITION_SUPPORT; c++)
    g_assert_true (g_str_has_prefix (cp_condition_get_meaning (c), "Whether "));
  for (CpSouthIssue issue = 0; issue < CP_N_SOUTH_ISSUES; issue++)
    {
      g_assert_cmpstr (cp_south_issue_to_label (issue), !=, "");
      g_assert_true (g_str_has_prefix (cp_south_issue_get_meaning (issue), "Whether "));
    }
  g_assert_cmpstr (cp_south_issue_to_label (CP_SOUTH_ISSUE_ORGANISATIONAL_CAPACITY), ==,
                   "Organisational capacity");
  g_assert_cmpstr (cp_south_issue_to_label (CP_SOUTH_ISSUE_POLITICAL_INTEREST), ==, "Political interest");
  g_assert_cmpstr (cp_south_issue_to_label (CP_SOUTH_ISSUE_INSTITUTIONAL_CONCERN), ==, "Institutional concern");
  g_assert_cmpstr (cp_south_issue_to_label (CP_N_SOUTH_ISSUES), ==, "");
  g_assert_cmpstr (cp_condition_get_meaning (CP_CONDITION_SUPPORT + 1), ==, "");
  g_assert_cmpstr (cp_signal_severity_to_label (CP_SIGNAL_SEVERITY_NOTICE), ==, "Notice");
  g_assert_cmpstr (cp_signal_severity_to_label (CP_SIGNAL_SEVERITY_WARNING), ==, "Warning");
}

int
main (int   argc,
      char *argv[])
{
  cp_test_init (&argc, &argv);

  for (guint i = 0; i < G_N_ELEMENTS (north_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/conditions/north/%s", north_cases[i].name);

      g_test_add_data_func (path, &north_cases[i], test_north_case);
    }
  for (guint i = 0; i < G_N_ELEMENTS (south_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/conditions/south/%s", south_cases[i].name);

      g_test_add_data_func (path, &south_cases[i], test_south_case);
    }
  g_test_add_func ("/conditions/all-unknown", test_all_unknown);
  g_test_add_func ("/conditions/summaries-name-the-data", test_summaries_name_the_data);
  g_test_add_func ("/conditions/catalogue-covered", test_catalogue_covered);
  g_test_add_func ("/conditions/indicator-values", test_indicator_values);
  g_test_add_func ("/conditions/words-and-evidence", test_words_and_evidence);
  g_test_add_func ("/conditions/meanings-and-labels", test_meanings_and_labels);

  return g_test_run ();
}
