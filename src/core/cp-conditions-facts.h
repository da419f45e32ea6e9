/* cp-conditions-facts.h: what the store knows that decides the four critical conditions
 *
 * The facts of one own municipality (and, when given, one of its partnerships) for
 * one year, gathered by the store (cp_store_gather_conditions_facts()) from the
 * records the user keeps, and the facts of one partner municipality's management
 * structure (cp_store_gather_south_facts()). The conditions engine
 * (cp-conditions.h) reads only these structs, so its rules are tested with facts
 * written by hand.
 *
 * Missing data is marked, never guessed: CP_FACT_UNKNOWN for a yes/no, -1 for a
 * count or a number, an unknown CpIndicator. The engine then says "unknown" and
 * which data would decide it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "cp-funding-indicators.h"

G_BEGIN_DECLS

typedef enum
{
  CP_FACT_UNKNOWN = -1,
  CP_FACT_NO = 0,
  CP_FACT_YES = 1,
} CpFact;

/* Source 000 §6.1, Table 6.1 (see ../shared/domain/north-south-management.md §3). */
typedef struct
{
  int         year;
  char       *today;                          /* ISO day the “days until” count from */
  gboolean    for_partnership;                /* the partnership facts below apply */

  /* 1. Political embedding in municipal IC policies (§3.2) */
  CpFact      court_programme;                /* a court programme / coalition agreement covers the year */
  CpFact      court_programme_has_ic;         /* … with an international paragraph */
  CpFact      court_programme_names_partnership; /* … that names the partnership (or the partner city) */
  CpFact      ic_policy;                      /* an IC policy adopted by the end of the year */
  int         ic_policy_years_since_evaluation; /* since evaluated (or adopted); -1 unknown */
  int         alternative_instruments;        /* agreements, LA21 programmes, council decisions on IC; -1 unknown */
  int         days_to_term_end;               /* of the executive's term covering today; -1 unknown */
  CpFact      eu_only_mandate;                /* the IC post is for EU affairs only */
  int         n_partnerships;
  int         n_inactive_partnerships;        /* dormant */

  /* 2. Human resources in the local administration (§3.3) */
  double      ic_hours_per_week;              /* < 0 unknown */
  double      ic_hours_needed_per_week;       /* for the year's visits (days × 8 / 46 weeks); < 0 unknown */
  CpFact      formal_consultation_structure;  /* a working group with meetings held in the year */
  int         departments_involved;           /* distinct departments of the partnership's people; -1 unknown */
  CpFact      coordinator_role;
  CpFact      political_role;
  int         knowledge_holders;              /* people holding key roles; -1 unknown */
  int         delegates_without_selection;    /* travelled in the year without a recorded selection; -1 unknown */

  /* 3. Financial resources and external funding (§3.4) */
  CpIndicator partnership_share;              /* of the IC budget, % */
  CpIndicator ic_share_of_budget;             /* of the municipal budget, % */
  CpIndicator external_share;                 /* % */
  CpIndicator largest_funder_share;           /* % */
  CpFact      structural_budget;              /* an IC budget above 0 recorded for the year */
  int         eligibility_months;             /* runway of the programmes applied to; -1 open-ended, -2 unknown */
  CpFact      eligibility_lost;               /* a programme applied to no longer accepts the partner's country */

  /* 4. Political and administrative support (§3.5) */
  int         champion_actions;               /* Table 6.3 actions in the 12 months to the end of the year; -1 unknown */
  int         council_items;                  /* council decisions and motions on IC in the year; -1 unknown */
  int         budget_cut_motions;             /* proposals to cut or remove IC in the year; -1 unknown */
  int         parties_total;                  /* local parties with a recorded programme; -1 unknown */
  int         parties_mentioning_ic;
  int         parties_for_termination;        /* programmes that would end the partnership */
  int         staff_support_actions;          /* information meetings, staff fundraising in the year; -1 unknown */
  int         days_to_champion_leaving;       /* the term of the champion (IC holder) ends; -1 unknown */
} CpConditionsFacts;

/* Source 000 §6.2 (domain notes §4): a partner municipality's structure in a year. */
typedef struct
{
  int         year;
  char       *today;
  int         ic_unit_type;                   /* CpIcUnitType; -1 unknown */
  int         ic_staff;                       /* -1 unknown */
  CpFact      ic_policy;
  CpFact      alternative_framework;          /* an annual operational plan, joint twinning agreements */
  int         plan_authority;                 /* CpPlanAuthority; -1 unknown (no plan recorded) */
  CpFact      plan_presented_to_donors;
  int         plan_lines;                     /* strategic lines of the plan; -1 unknown */
  int         projects;                       /* the partner's projects recorded; -1 unknown */
  int         projects_linked;                /* linked to a plan line */
  int         sister_cities;                  /* -1 unknown */
  int         meetings_held;                  /* coordination meetings in the year; -1 unknown */
  int         meetings_cancelled;
  int         reports_due;                    /* reports to Northern partners due by today; -1 unknown */
  int         reports_overdue;
  CpIndicator ic_share_of_budget;             /* Table 6.6 */
  CpIndicator ic_share_of_investment;
  CpFact      political_representative;       /* someone holds the partnership politically */
  CpFact      all_parties_support;
  CpFact      crisis;                         /* administration suspended, severe crisis (Box 6.6) */
  CpFact      archive_exists;
  int         liaison_turnover;               /* liaisons changed in the last years; -1 unknown */
  CpFact      ccse_present;
  CpFact      admin_ccse_link;
} CpSouthFacts;

void cp_conditions_facts_clear (CpConditionsFacts *facts);
void cp_south_facts_clear      (CpSouthFacts      *facts);
/* Everything unknown: what the store starts from. */
void cp_conditions_facts_init  (CpConditionsFacts *facts,
                                int                year,
                                const char        *today);
void cp_south_facts_init       (CpSouthFacts      *facts,
                                int                year,
                                const char        *today);

G_END_DECLS
