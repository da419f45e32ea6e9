/* cp-conditions.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-conditions.h"
#include "cp-funding-indicators.h"
#include "cp-money.h"

/* ────────────────────────────────────────────────────────────────────────────────
 * The rules
 *
 * Everything this file decides follows from the thresholds, the catalogue of signals
 * and the rules written here. Line numbers are those of source 000 (Bontenbal 2009,
 * Cities as partners) as ../shared/domain/north-south-management.md cites them: §3 for
 * the four conditions of Table 6.1, §4 for the South.
 *
 * A level is WEAK only on a recorded weakness and STRONG only when every strength is
 * recorded. Each condition has a key fact; when it is not recorded and no weakness
 * is, the level is UNKNOWN and the summary names what to record. Otherwise it is
 * ADEQUATE. A signal fires only on recorded facts.
 *
 * 1. Political embedding (§3.2, L6904–7177). The mandate comes from the court
 *    programme's international paragraph (no court programme: no paragraph) and the IC
 *    policy (L6974–6976).
 *    STRONG    both.
 *    ADEQUATE  one of them, the other no or unknown; or neither, but an agreement, an
 *              LA21 programme or a council decision: Treptow-Köpenick's case, where
 *              "the consequences of the absence of a municipal IC policy should … not
 *              be exaggerated" (L7164–7172).
 *    WEAK      no paragraph, no policy, no alternative instrument (Table 6.1, L6932).
 *    UNKNOWN   paragraph and policy both unknown; or neither yes and the rest unknown.
 *    Signals   no-political-mandate  the WEAK case.
 *              mandate-expiring      the executive's term ends within 183 days (six
 *                                    months; court programmes run four years, fn 101).
 *              eu-only-mandate       the IC post is for EU affairs only (L7207–7210).
 *              no-ic-policy          no paragraph and no policy, only alternative
 *                                    instruments (L7160–7163).
 *              policy-not-evaluated  the policy was evaluated more than four years ago
 *                                    (Utrecht's interval, L10603–10605).
 *              inactive-partnerships at least half of the partnerships are inactive
 *                                    (L7155–7158).
 *
 * 2. Human resources (§3.3, L7179–7330). Key fact: the coordinator (Box 6.3).
 *    WEAK      no coordinator, or fewer IC hours a week than the year's visits need
 *              (Alphen's 4–6 hours, fn 107).
 *    STRONG    a coordinator and a political role holder, a formal consultation
 *              structure and at least 2 departments (L7181–7184, L7222–7238). The
 *              hours count only when both figures are recorded.
 *    ADEQUATE  a coordinator, short of that.
 *    UNKNOWN   coordinator unknown.
 *    Signals   no-coordinator, no-political-role (Box 6.3); hours-below-need (fn 107);
 *              no-consultation-structure (L7195–7196); single-person-dependency: one
 *              person holds every key role (L7849–7860); delegates-without-selection:
 *              delegates travelled without a recorded selection (L7327–7330).
 *
 * 3. Finance and external funding (§3.4, L7332–7489). Key fact: the structural budget.
 *    WEAK      no structural IC budget (Treptow-Köpenick, fn 114), or a funding cliff:
 *              a programme no longer accepts the partner's country, or its
 *              eligibility ends within 12 months (Amstelveen after 2007, L6418–6424).
 *    STRONG    a structural budget, external funding at most 75 % of the money and no
 *              funder above 50 % of it (or no external funding at all).
 *    ADEQUATE  a structural budget, short of that.
 *    UNKNOWN   structural budget unknown.
 *    Signals   funding-cliff; dependency: external share above 75 % or the largest
 *              funder above 50 % (L7484–7489, Table 6.1 "a more dependent position");
 *              no-structural-budget (fn 114); ic-share-below-norm: IC at most 0.1 % of
 *              the municipal budget, against the UN norm of 0.7 % (fn 113).
 *
 * 4. Political and administrative support (§3.5, L7491–7642). Key facts: champion
 *    actions and council items.
 *    WEAK      a proposal to cut IC (Alphen 2004, L7517–7519), or no champion action
 *              and no council item in the year.
 *    STRONG    at least 2 champion actions, a council item, no cut proposal, at least
 *              half of the parties mention IC and none would end the partnership.
 *    ADEQUATE  champion actions or council items above 0, short of that. A party for
 *              ending the partnership keeps the level from STRONG but is no weakness
 *              by itself (a warning in §3.5 (c); Utrecht's VVD, fn 122).
 *    UNKNOWN   neither above 0, and one of them unknown.
 *    Signals   budget-cut-proposal; champion-leaving: the champion's term ends within
 *              183 days (L7595–7598); passive-support: no council item, or fewer than
 *              half of the parties mention IC (L7521–7524); party-for-termination
 *              (fn 122); low-staff-engagement: no staff information meeting or
 *              fundraising (L7577–7581).
 *
 * South (§4.2, L8636–8651)
 *
 * Organisational capacity. Key fact: the IC unit (its type or its staff).
 *    WEAK      archive lost (Cajamarca, L7849–7860); no unit or no IC staff; a third
 *              or more of the coordination meetings cancelled (León, "very frequently
 *              cancelled", L8414–8416); half or more of the reports due overdue
 *              (L8410–8412).
 *    STRONG    a unit of its own with staff, an archive, meetings held and recorded,
 *              no report overdue, fewer than 2 liaison changes.
 *    Signals   archive-lost; no-ic-unit (also the Municipal Manager with a liaison,
 *              L7845–7848, fn 132); meetings-cancelled; reports-overdue (any);
 *              liaison-turnover: 2 or more changes (Box 6.6, L8075–8077).
 * Political interest. Key fact: a political representative for the partnership.
 *    WEAK      a crisis (Oudtshoorn 2006–2007, L8019–8028), or no political
 *              representative (Cajamarca, L7908–7909).
 *    STRONG    a representative, all parties support, no crisis.
 *    Signals   administration-crisis; no-political-representative; lip-service: all
 *              parties declare support but nobody holds the partnership (L7960–7966);
 *              parties-divided: not all parties support it (Box 6.6, L8008–8018).
 * Institutional concern. Key fact: the development plan's authority.
 *    WEAK      weak authority (León's PEDM, L8504–8507), or fewer than half of the
 *              projects linked to a plan line.
 *    STRONG    strong authority, the plan presented to donors (VES's PIDC,
 *              L8526–8531), IC at most 50 % of the municipal budget, every project
 *              recorded linked to a plan line.
 *    Signals   weak-plan; islands: a project linked to no plan line (L8460–8466);
 *              aid-dependency: IC above 50 % of the municipal budget (Box 6.4,
 *              L7783–7788, L8296–8301); plan-not-presented (L8504–8512).
 * ──────────────────────────────────────────────────────────────────────────────── */

#define TERM_ENDING_DAYS          183   /* six months */
#define CHAMPION_LEAVING_DAYS     183
#define CLIFF_MONTHS              12
#define EXTERNAL_SHARE_LIMIT      75.0  /* % */
#define LARGEST_FUNDER_LIMIT      50.0  /* % */
#define IC_SHARE_OBSERVED_MAX     0.1   /* %, fn 113 */
#define EVALUATION_YEARS          4
#define STRONG_CHAMPION_ACTIONS   2
#define STRONG_DEPARTMENTS        2
#define LIAISON_TURNOVER_LIMIT    2
#define AID_DEPENDENCY_LIMIT      50.0  /* % */

typedef enum
{
  /* 1. Political embedding */
  SIGNAL_NO_POLITICAL_MANDATE,
  SIGNAL_MANDATE_EXPIRING,
  SIGNAL_EU_ONLY_MANDATE,
  SIGNAL_NO_IC_POLICY,
  SIGNAL_POLICY_NOT_EVALUATED,
  SIGNAL_INACTIVE_PARTNERSHIPS,
  /* 2. Human resources */
  SIGNAL_NO_COORDINATOR,
  SIGNAL_NO_POLITICAL_ROLE,
  SIGNAL_HOURS_BELOW_NEED,
  SIGNAL_NO_CONSULTATION_STRUCTURE,
  SIGNAL_SINGLE_PERSON_DEPENDENCY,
  SIGNAL_DELEGATES_WITHOUT_SELECTION,
  /* 3. Finance */
  SIGNAL_FUNDING_CLIFF,
  SIGNAL_DEPENDENCY,
  SIGNAL_NO_STRUCTURAL_BUDGET,
  SIGNAL_IC_SHARE_BELOW_NORM,
  /* 4. Support */
  SIGNAL_BUDGET_CUT_PROPOSAL,
  SIGNAL_CHAMPION_LEAVING,
  SIGNAL_PASSIVE_SUPPORT,
  SIGNAL_PARTY_FOR_TERMINATION,
  SIGNAL_LOW_STAFF_ENGAGEMENT,
  /* South: organisational capacity */
  SIGNAL_ARCHIVE_LOST,
  SIGNAL_NO_IC_UNIT,
  SIGNAL_MEETINGS_CANCELLED,
  SIGNAL_REPORTS_OVERDUE,
  SIGNAL_LIAISON_TURNOVER,
  /* South: political interest */
  SIGNAL_ADMINISTRATION_CRISIS,
  SIGNAL_NO_POLITICAL_REPRESENTATIVE,
  SIGNAL_LIP_SERVICE,
  SIGNAL_PARTIES_DIVIDED,
  /* South: institutional concern */
  SIGNAL_WEAK_PLAN,
  SIGNAL_ISLANDS,
  SIGNAL_AID_DEPENDENCY,
  SIGNAL_PLAN_NOT_PRESENTED,
  N_SIGNALS
} SignalId;

typedef struct
{
  const char       *key;
  CpSignalSeverity  severity;
  const char       *title;      /* N_(): translated where it is used */
  const char       *words;      /* the study's English: a quotation, never translated */
  const char       *citation;   /* a line reference, never translated */
} SignalDefinition;

/* The catalogue of §3.6 and §4, in the order the signals are listed: within each
 * condition the most severe first. The words are quoted as the domain notes give
 * them; where the notes paraphrase (the evaluation interval, the IC unit, aid
 * dependency), they are quoted from source 000 itself at the lines cited. The
 * source's own spelling stays inside the quotation marks ("muncipal"). */
static const SignalDefinition signal_catalogue[] = {
  [SIGNAL_NO_POLITICAL_MANDATE] = {
    "no-political-mandate", CP_SIGNAL_SEVERITY_CRITICAL,
    N_("No political mandate"),
    "The absence of a political mandate makes partnership activities vulnerable",
    "Table 6.1, L6927–6934",
  },
  [SIGNAL_MANDATE_EXPIRING] = {
    "mandate-expiring", CP_SIGNAL_SEVERITY_WARNING,
    /* Translators: the term of the Court of Mayor and Aldermen (the executive) ends soon */
    N_("Political term ending"),
    "subject to regime changes and political volatility",
    "L8600–8608",
  },
  [SIGNAL_EU_ONLY_MANDATE] = {
    "eu-only-mandate", CP_SIGNAL_SEVERITY_WARNING,
    /* Translators: the municipality's international post is officially for EU affairs only */
    N_("International post for EU affairs only"),
    "partnership activities are not formally administered",
    "L7207–7210",
  },
  [SIGNAL_NO_IC_POLICY] = {
    "no-ic-policy", CP_SIGNAL_SEVERITY_NOTICE,
    /* Translators: IC is international cooperation */
    N_("No IC policy, only other instruments"),
    "lack of a political mandate … may undermine the stability and continuity",
    "L7160–7163",
  },
  [SIGNAL_POLICY_NOT_EVALUATED] = {
    "policy-not-evaluated", CP_SIGNAL_SEVERITY_NOTICE,
    /* Translators: IC is international cooperation */
    N_("IC policy not evaluated for over four years"),
    "interval evaluations every four years, which form the basis of decision-making for the municipal council on whether or not to continue the partnership",
    "L10603–10605 (suppl.)",
  },
  [SIGNAL_INACTIVE_PARTNERSHIPS] = {
    "inactive-partnerships", CP_SIGNAL_SEVERITY_NOTICE,
    N_("Many partnerships inactive"),
    "A large number of these partnerships are however inactive",
    "L7155–7158",
  },
  [SIGNAL_NO_COORDINATOR] = {
    "no-coordinator", CP_SIGNAL_SEVERITY_CRITICAL,
    N_("No partnership coordinator"),
    "budgeting and developing IC policies, maintaining correspondence with the partner city, organising delegation visits, liaising with partnership stakeholders from civil society, and organising awareness-raising activities",
    "Box 6.3, L7295–7300",
  },
  [SIGNAL_NO_POLITICAL_ROLE] = {
    "no-political-role", CP_SIGNAL_SEVERITY_CRITICAL,
    /* Translators: nobody (Mayor, alderman, councillor) holds the political key role */
    N_("No political role holder"),
    "Creating support and accountability",
    "Box 6.3, L7277–7320",
  },
  [SIGNAL_HOURS_BELOW_NEED] = {
    "hours-below-need", CP_SIGNAL_SEVERITY_WARNING,
    N_("Fewer hours than the work needs"),
    "the amount of time is easily exceeded, leaving very little room for policymaking and other activities",
    "fn 107, L7243–7245; L7210–7211",
  },
  [SIGNAL_NO_CONSULTATION_STRUCTURE] = {
    "no-consultation-structure", CP_SIGNAL_SEVERITY_WARNING,
    N_("No formal consultation structure"),
    "no formalised consultation structure such as a working group or task force",
    "L7195–7196",
  },
  [SIGNAL_SINGLE_PERSON_DEPENDENCY] = {
    "single-person-dependency", CP_SIGNAL_SEVERITY_WARNING,
    N_("Everything rests on one person"),
    "the lack of sustainability when partnership responsibility lies with one person only, and the need to maintain a partnership information system",
    "L7849–7860",
  },
  [SIGNAL_DELEGATES_WITHOUT_SELECTION] = {
    "delegates-without-selection", CP_SIGNAL_SEVERITY_NOTICE,
    N_("Delegates travelled without a selection"),
    "to prevent the involvement of staff that merely seek the opportunity to travel",
    "L7327–7330",
  },
  [SIGNAL_FUNDING_CLIFF] = {
    "funding-cliff", CP_SIGNAL_SEVERITY_CRITICAL,
    N_("External funding ending"),
    "After 2007 Amstelveen could not make use of VNG funding",
    "L6418–6424",
  },
  [SIGNAL_DEPENDENCY] = {
    "dependency", CP_SIGNAL_SEVERITY_WARNING,
    N_("Dependent on external funding"),
    "danger for local administration in becoming too dependent on external funds",
    "L7484–7489; Table 6.1",
  },
  [SIGNAL_NO_STRUCTURAL_BUDGET] = {
    "no-structural-budget", CP_SIGNAL_SEVERITY_WARNING,
    /* Translators: IC is international cooperation */
    N_("No structural IC budget"),
    "it really depends on the commitment of the Mayor",
    "fn 114, L7411–7418; L7356–7358, L7383–7386",
  },
  [SIGNAL_IC_SHARE_BELOW_NORM] = {
    "ic-share-below-norm", CP_SIGNAL_SEVERITY_NOTICE,
    /* Translators: IC is international cooperation */
    N_("Small IC share of the municipal budget"),
    "none of the Northern partners allocate more than 0.1% to International Cooperation",
    "fn 113, L7376–7383",
  },
  [SIGNAL_BUDGET_CUT_PROPOSAL] = {
    "budget-cut-proposal", CP_SIGNAL_SEVERITY_CRITICAL,
    /* Translators: IC is international cooperation */
    N_("Proposal to cut IC"),
    "Alphen Council proposed to remove IC from the muncipal budget",
    "L7517–7519",
  },
  [SIGNAL_CHAMPION_LEAVING] = {
    "champion-leaving", CP_SIGNAL_SEVERITY_CRITICAL,
    N_("Champion leaving"),
    "the role of local champions acting as ambassadors … appears crucial",
    "L7595–7598",
  },
  [SIGNAL_PASSIVE_SUPPORT] = {
    "passive-support", CP_SIGNAL_SEVERITY_WARNING,
    N_("Passive political support"),
    "'passive political support'",
    "L7521–7524",
  },
  [SIGNAL_PARTY_FOR_TERMINATION] = {
    "party-for-termination", CP_SIGNAL_SEVERITY_WARNING,
    N_("A party would end the partnership"),
    "will be phased out carefully",
    "fn 122, L7602–7619",
  },
  [SIGNAL_LOW_STAFF_ENGAGEMENT] = {
    "low-staff-engagement", CP_SIGNAL_SEVERITY_NOTICE,
    N_("Staff not involved"),
    "The majority of staff are not involved",
    "L7577–7581",
  },
  [SIGNAL_ARCHIVE_LOST] = {
    "archive-lost", CP_SIGNAL_SEVERITY_CRITICAL,
    N_("No partnership archive"),
    "without leaving behind an archive of partnership documentation",
    "L7849–7860",
  },
  [SIGNAL_NO_IC_UNIT] = {
    "no-ic-unit", CP_SIGNAL_SEVERITY_WARNING,
    N_("No unit for international cooperation"),
    "presence, role and capacity of International Cooperation Departments to facilitate, promote and sustain international relations as a full-fledged municipal responsibility",
    "L8399–8407",
  },
  [SIGNAL_MEETINGS_CANCELLED] = {
    "meetings-cancelled", CP_SIGNAL_SEVERITY_WARNING,
    N_("Coordination meetings cancelled"),
    "very frequently cancelled",
    "L8414–8416",
  },
  [SIGNAL_REPORTS_OVERDUE] = {
    "reports-overdue", CP_SIGNAL_SEVERITY_WARNING,
    N_("Reports overdue"),
    "León does not always adequately report to Utrecht on the implementation of projects",
    "L8410–8412",
  },
  [SIGNAL_LIAISON_TURNOVER] = {
    "liaison-turnover", CP_SIGNAL_SEVERITY_WARNING,
    /* Translators: the partner's liaison officer for the partnership changed often */
    N_("Liaison changes"),
    "many administrations lack proper information systems and records of projects and policies, hampering continuity when staff turnover occurs",
    "Box 6.6, L8075–8077",
  },
  [SIGNAL_ADMINISTRATION_CRISIS] = {
    "administration-crisis", CP_SIGNAL_SEVERITY_CRITICAL,
    N_("Administration in crisis"),
    "severe political and administrative crisis",
    "Box 6.6, L8019–8028",
  },
  [SIGNAL_NO_POLITICAL_REPRESENTATIVE] = {
    "no-political-representative", CP_SIGNAL_SEVERITY_CRITICAL,
    N_("No political representative"),
    "no political representative in Cajamarca for the partnership, which could generally be considered a key indicator of political will",
    "L7908–7909",
  },
  [SIGNAL_LIP_SERVICE] = {
    "lip-service", CP_SIGNAL_SEVERITY_WARNING,
    /* Translators: support declared in words but not shown in deeds */
    N_("Lip service"),
    "lip service rather than real interest",
    "L7960–7966",
  },
  [SIGNAL_PARTIES_DIVIDED] = {
    "parties-divided", CP_SIGNAL_SEVERITY_NOTICE,
    N_("Not all parties support the partnership"),
    "considered part of the legacy of the old regime",
    "Box 6.6, L8008–8018",
  },
  [SIGNAL_WEAK_PLAN] = {
    "weak-plan", CP_SIGNAL_SEVERITY_WARNING,
    N_("Development plan with weak authority"),
    "received little political interest … replaced by more ad hoc decision-making",
    "L8504–8507",
  },
  [SIGNAL_ISLANDS] = {
    "islands", CP_SIGNAL_SEVERITY_WARNING,
    /* Translators: projects that follow no line of the partner's development plan */
    N_("Projects outside the plan"),
    "international projects become islands",
    "L8460–8466",
  },
  [SIGNAL_AID_DEPENDENCY] = {
    "aid-dependency", CP_SIGNAL_SEVERITY_WARNING,
    N_("Dependent on foreign aid"),
    "overly dependent on foreign assistance to carry out public investments",
    "Box 6.4, L7783–7788; L8296–8301",
  },
  [SIGNAL_PLAN_NOT_PRESENTED] = {
    "plan-not-presented", CP_SIGNAL_SEVERITY_NOTICE,
    N_("Plan not presented to donors"),
    "criticised for not applying the Municipal Development Plan as the agenda for cooperation",
    "L8504–8512",
  },
};

G_STATIC_ASSERT (G_N_ELEMENTS (signal_catalogue) == N_SIGNALS);

/* ────────────────────────────────────────────────────────────────────────────────
 * Meanings and labels
 * ──────────────────────────────────────────────────────────────────────────────── */

static const char * const condition_meanings[] = {
  N_("Whether a court programme, an international cooperation policy or another "
     "instrument gives the partnership a political mandate; without one, its "
     "activities are vulnerable."),
  N_("Whether the administration has people for the partnership: a coordinator, a "
     "political role holder, a formal consultation structure that reaches the "
     "departments’ expertise, and the hours the work needs."),
  N_("Whether the municipality has a structural budget for international cooperation "
     "and draws external funding without depending on one funder or one programme."),
  N_("Whether political leaders champion the partnership and the council and parties "
     "take it up, rather than approving and tolerating it passively."),
};

static const char * const south_issue_labels[] = {
  N_("Organisational capacity"),
  N_("Political interest"),
  N_("Institutional concern"),
};

static const char * const south_issue_meanings[] = {
  N_("Whether the partner municipality has the people, skills and records to propose "
     "projects, inform its partners and report to them, without being swamped by the "
     "number of partners."),
  N_("Whether the partner’s politicians hold the partnership and put the development "
     "plan’s objectives above personal preferences."),
  N_("Whether the partner’s development plan has the authority to be the agenda for "
     "cooperation, so that international projects follow it instead of becoming islands."),
};

static const char * const severity_labels[] = {
  /* Translators: the severity of a risk signal */
  N_("Notice"),
  /* Translators: the severity of a risk signal */
  N_("Warning"),
  /* Translators: the severity of a risk signal */
  N_("Critical"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (south_issue_labels) == CP_N_SOUTH_ISSUES);
G_STATIC_ASSERT (G_N_ELEMENTS (south_issue_meanings) == CP_N_SOUTH_ISSUES);

#define TEXT_AT(table, i) \
  (((guint) (i) < G_N_ELEMENTS (table)) ? _(table[i]) : "")

const char *
cp_condition_get_meaning (CpCondition condition)
{
  return TEXT_AT (condition_meanings, condition);
}

const char *
cp_south_issue_to_label (CpSouthIssue issue)
{
  return TEXT_AT (south_issue_labels, issue);
}

const char *
cp_south_issue_get_meaning (CpSouthIssue issue)
{
  return TEXT_AT (south_issue_meanings, issue);
}

const char *
cp_signal_severity_to_label (CpSignalSeverity severity)
{
  return TEXT_AT (severity_labels, severity);
}

/* ────────────────────────────────────────────────────────────────────────────────
 * Results
 * ──────────────────────────────────────────────────────────────────────────────── */

static void
indicator_free (gpointer data)
{
  CpConditionIndicator *indicator = data;

  g_free (indicator->label);
  g_free (indicator->value);
  g_free (indicator);
}

static void
signal_free (gpointer data)
{
  CpRiskSignal *signal = data;

  g_free (signal->evidence);
  g_free (signal);
}

void
cp_condition_result_free (CpConditionResult *result)
{
  if (result == NULL)
    return;

  g_free (result->summary);
  g_ptr_array_unref (result->indicators);
  g_ptr_array_unref (result->signals);
  g_free (result);
}

static CpConditionResult *
result_new (CpCondition condition,
            int         south_issue)
{
  CpConditionResult *result = g_new0 (CpConditionResult, 1);

  result->condition = condition;
  result->south_issue = south_issue;
  result->level = CP_CONDITION_LEVEL_UNKNOWN;
  result->indicators = g_ptr_array_new_with_free_func (indicator_free);
  result->signals = g_ptr_array_new_with_free_func (signal_free);
  return result;
}

static void
set_level (CpConditionResult *result,
           CpConditionLevel   level,
           char              *summary)
{
  result->level = level;
  g_free (result->summary);
  result->summary = summary;
}

/* Takes @evidence. */
static void
add_signal (CpConditionResult *result,
            SignalId           id,
            char              *evidence)
{
  const SignalDefinition *definition = &signal_catalogue[id];
  CpRiskSignal *signal = g_new0 (CpRiskSignal, 1);

  signal->key = definition->key;
  signal->condition = result->condition;
  signal->south_issue = result->south_issue;
  signal->severity = definition->severity;
  signal->title = _(definition->title);
  signal->words = definition->words;
  signal->citation = definition->citation;
  signal->evidence = evidence;
  g_ptr_array_add (result->signals, signal);
}

/* ────────────────────────────────────────────────────────────────────────────────
 * Indicators: the values as the cards show them
 * ──────────────────────────────────────────────────────────────────────────────── */

/* Takes @value; NULL means unknown. */
static void
add_indicator (CpConditionResult *result,
               const char        *key,
               const char        *label,
               char              *value)
{
  CpConditionIndicator *indicator = g_new0 (CpConditionIndicator, 1);

  indicator->key = key;
  indicator->label = g_strdup (label);
  indicator->known = value != NULL;
  indicator->value = value != NULL ? value : g_strdup (C_("fact", "Unknown"));
  g_ptr_array_add (result->indicators, indicator);
}

static char *
fact_text (CpFact fact)
{
  switch (fact)
    {
    case CP_FACT_YES:
      return g_strdup (C_("fact", "Yes"));
    case CP_FACT_NO:
      return g_strdup (C_("fact", "No"));
    case CP_FACT_UNKNOWN:
    default:
      return NULL;
    }
}

static char *
count_text (int count)
{
  return count >= 0 ? g_strdup_printf ("%d", count) : NULL;
}

static char *
part_text (int part,
           int whole)
{
  if (part < 0 || whole < 0)
    return NULL;
  /* Translators: a count out of a total, such as “3 of 11” */
  return g_strdup_printf (_("%d of %d"), part, whole);
}

static char *
percent_text (CpIndicator indicator)
{
  return indicator.known ? cp_indicator_format_percent (indicator, 1) : NULL;
}

/* Tenths of an hour, with the interface language's decimal separator. */
static char *
hours_number (double hours)
{
  gint64 tenths = (gint64) (hours * 10.0 + 0.5);

  if (tenths % 10 == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, tenths / 10);
  return g_strdup_printf ("%" G_GINT64_FORMAT "%s%" G_GINT64_FORMAT,
                          tenths / 10, cp_money_decimal_separator (), tenths % 10);
}

static char *
hours_text (double hours)
{
  g_autofree char *number = NULL;

  if (hours < 0)
    return NULL;
  number = hours_number (hours);
  /* Translators: hours a week, such as “4 h a week”; %s is the number */
  return g_strdup_printf (_("%s h a week"), number);
}

static char *
days_text (int days)
{
  if (days < 0)
    return NULL;
  if (days == 0)
    return g_strdup (_("today"));
  /* Translators: how soon something happens, such as “in 120 days” */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "in %d day", "in %d days", days), days);
}

/* ────────────────────────────────────────────────────────────────────────────────
 * 1. Political embedding
 * ──────────────────────────────────────────────────────────────────────────────── */

/* No court programme means no international paragraph. */
static CpFact
paragraph_fact (const CpConditionsFacts *facts)
{
  if (facts->court_programme_has_ic == CP_FACT_YES)
    return CP_FACT_YES;
  if (facts->court_programme == CP_FACT_NO)
    return CP_FACT_NO;
  return facts->court_programme_has_ic;
}

static char *
ic_policy_text (const CpConditionsFacts *facts)
{
  int years = facts->ic_policy_years_since_evaluation;

  if (facts->ic_policy != CP_FACT_YES || years < 0)
    return fact_text (facts->ic_policy);
  if (years == 0)
    return g_strdup (_("Yes, evaluated this year"));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Yes, evaluated %d year ago",
                                       "Yes, evaluated %d years ago", years),
                          years);
}

static void
judge_political_embedding (const CpConditionsFacts *facts,
                           CpConditionResult       *result)
{
  CpFact paragraph = paragraph_fact (facts);
  CpFact policy = facts->ic_policy;
  int alternatives = facts->alternative_instruments;
  int days = facts->days_to_term_end;
  int n = facts->n_partnerships;
  int inactive = facts->n_inactive_partnerships;

  /* Indicators */
  add_indicator (result, "court-programme", _("Court programme for the year"),
                 fact_text (facts->court_programme));
  add_indicator (result, "international-paragraph", _("International paragraph"),
                 fact_text (paragraph));
  if (facts->for_partnership)
    add_indicator (result, "names-partnership", _("Paragraph names the partnership"),
                   fact_text (paragraph == CP_FACT_NO ? CP_FACT_NO
                                                      : facts->court_programme_names_partnership));
  add_indicator (result, "ic-policy", _("International cooperation policy"),
                 ic_policy_text (facts));
  add_indicator (result, "alternative-instruments", _("Agreements, LA21 and council decisions"),
                 count_text (alternatives));
  add_indicator (result, "term-end", _("End of the executive’s term"), days_text (days));
  add_indicator (result, "eu-only-mandate", _("International post for EU affairs only"),
                 fact_text (facts->eu_only_mandate));
  add_indicator (result, "inactive-partnerships", _("Inactive partnerships"),
                 n > 0 ? part_text (MAX (inactive, 0), n) : NULL);

  /* Signals */
  if (paragraph == CP_FACT_NO && policy == CP_FACT_NO && alternatives == 0)
    add_signal (result, SIGNAL_NO_POLITICAL_MANDATE,
                /* Translators: %d is a year */
                g_strdup_printf (_("No court programme with an international paragraph, no IC "
                                   "policy and no alternative instrument recorded for %d."),
                                 facts->year));
  if (days >= 0 && days <= TERM_ENDING_DAYS)
    add_signal (result, SIGNAL_MANDATE_EXPIRING,
                days == 0
                ? g_strdup (_("The executive’s term ends today."))
                : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "The executive’s term ends in %d day.",
                                                "The executive’s term ends in %d days.", days),
                                   days));
  if (facts->eu_only_mandate == CP_FACT_YES)
    add_signal (result, SIGNAL_EU_ONLY_MANDATE,
                g_strdup (_("The international post is officially for EU affairs only.")));
  if (paragraph == CP_FACT_NO && policy == CP_FACT_NO && alternatives > 0)
    add_signal (result, SIGNAL_NO_IC_POLICY,
                g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "There is no court programme paragraph and no IC policy; the "
                                              "mandate rests on %d agreement, LA21 programme or council decision.",
                                              "There is no court programme paragraph and no IC policy; the "
                                              "mandate rests on %d agreements, LA21 programmes or council decisions.",
                                              alternatives),
                                 alternatives));
  if (policy == CP_FACT_YES && facts->ic_policy_years_since_evaluation > EVALUATION_YEARS)
    add_signal (result, SIGNAL_POLICY_NOT_EVALUATED,
                g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "The IC policy was last evaluated %d year ago.",
                                              "The IC policy was last evaluated %d years ago.",
                                              facts->ic_policy_years_since_evaluation),
                                 facts->ic_policy_years_since_evaluation));
  if (n > 0 && inactive > 0 && inactive * 2 >= n)
    add_signal (result, SIGNAL_INACTIVE_PARTNERSHIPS,
                /* Translators: “6 of the 11 partnerships are inactive.” */
                g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%d of the %d partnerships is inactive.",
                                              "%d of the %d partnerships are inactive.", inactive),
                                 inactive, n));

  /* Level */
  if (paragraph == CP_FACT_YES && policy == CP_FACT_YES)
    set_level (result, CP_CONDITION_LEVEL_STRONG,
               g_strdup (_("The court programme has an international paragraph and an IC policy is in place.")));
  else if (paragraph == CP_FACT_YES)
    set_level (result, CP_CONDITION_LEVEL_ADEQUATE,
               policy == CP_FACT_NO
               ? g_strdup (_("The court programme has an international paragraph, but there is no IC policy."))
               : g_strdup (_("The court programme has an international paragraph; record whether an IC "
                             "policy exists to tell whether the embedding is strong.")));
  else if (policy == CP_FACT_YES)
    set_level (result, CP_CONDITION_LEVEL_ADEQUATE,
               paragraph == CP_FACT_NO
               ? g_strdup (_("An IC policy is in place, but the court programme has no international paragraph."))
               : g_strdup (_("An IC policy is in place; record the court programme to tell whether the "
                             "embedding is strong.")));
  else if (paragraph == CP_FACT_UNKNOWN && policy == CP_FACT_UNKNOWN)
    set_level (result, CP_CONDITION_LEVEL_UNKNOWN,
               g_strdup (_("Record the court programme and whether an IC policy exists.")));
  else if (alternatives > 0)
    set_level (result, CP_CONDITION_LEVEL_ADEQUATE,
               g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "No court programme paragraph or IC policy is recorded, but %d "
                                             "agreement, LA21 programme or council decision gives a mandate.",
                                             "No court programme paragraph or IC policy is recorded, but %d "
                                             "agreements, LA21 programmes or council decisions give a mandate.",
                                             alternatives),
                                alternatives));
  else if (paragraph == CP_FACT_NO && policy == CP_FACT_NO && alternatives == 0)
    set_level (result, CP_CONDITION_LEVEL_WEAK,
               g_strdup (_("No court programme paragraph, IC policy or other instrument gives the "
                           "partnership a political mandate.")));
  else if (paragraph == CP_FACT_NO && policy == CP_FACT_NO)
    set_level (result, CP_CONDITION_LEVEL_UNKNOWN,
               g_strdup (_("Record the agreements, LA21 programmes and council decisions that may "
                           "give a mandate: there is no court programme paragraph and no IC policy.")));
  else if (paragraph == CP_FACT_NO)
    set_level (result, CP_CONDITION_LEVEL_UNKNOWN,
               g_strdup (_("Record whether an IC policy exists, and the agreements, LA21 programmes "
                           "and council decisions that may give a mandate.")));
  else
    set_level (result, CP_CONDITION_LEVEL_UNKNOWN,
               g_strdup (_("Record the court programme, and the agreements, LA21 programmes and "
                           "council decisions that may give a mandate.")));
}

/* ────────────────────────────────────────────────────────────────────────────────
 * 2. Human resources
 * ──────────────────────────────────────────────────────────────────────────────── */

static void
judge_human_resources (const CpConditionsFacts *facts,
                       CpConditionResult       *result)
{
  double hours = facts->ic_hours_per_week;
  double needed = facts->ic_hours_needed_per_week;
  gboolean hours_below = hours >= 0 && needed >= 0 && hours < needed;
  int departments = facts->departments_involved;

  add_indicator (result, "ic-hours", _("Hours a week for IC"), hours_text (hours));
  add_indicator (result, "ic-hours-needed", _("Hours a week the visits need"), hours_text (needed));
  add_indicator (result, "consultation-structure", _("Formal consultation structure"),
                 fact_text (facts->formal_consultation_structure));
  add_indicator (result, "departments", _("Departments involved"), count_text (departments));
  add_indicator (result, "coordinator", _("Partnership coordinator"), fact_text (facts->coordinator_role));
  add_indicator (result, "political-role", _("Political role holder"), fact_text (facts->political_role));
  add_indicator (result, "knowledge-holders", _("People holding key roles"),
                 count_text (facts->knowledge_holders));
  add_indicator (result, "delegates-without-selection", _("Delegates without a recorded selection"),
                 count_text (facts->delegates_without_selection));

  if (facts->coordinator_role == CP_FACT_NO)
    add_signal (result, SIGNAL_NO_COORDINATOR,
                g_strdup (_("Nobody holds the executive role of partnership coordinator.")));
  if (facts->political_role == CP_FACT_NO)
    add_signal (result, SIGNAL_NO_POLITICAL_ROLE,
                g_strdup (_("Nobody holds the political role: the Mayor, an alderman or a councillor.")));
  if (hours_below)
    {
      g_autofree char *have = hours_number (hours);
      g_autofree char *need = hours_number (needed);

      add_signal (result, SIGNAL_HOURS_BELOW_NEED,
                  /* Translators: “4 hours a week are available for IC; the year's visits need 6.” */
                  g_strdup_printf (_("%s hours a week are available for IC; the year’s visits need %s."),
                                   have, need));
    }
  if (facts->formal_consultation_structure == CP_FACT_NO)
    add_signal (result, SIGNAL_NO_CONSULTATION_STRUCTURE,
                /* Translators: %d is a year */
                g_strdup_printf (_("No working group met in %d."), facts->year));
  if (facts->knowledge_holders == 1)
    add_signal (result, SIGNAL_SINGLE_PERSON_DEPENDENCY,
                g_strdup (_("One person holds every key role in the partnership.")));
  if (facts->delegates_without_selection > 0)
    add_signal (result, SIGNAL_DELEGATES_WITHOUT_SELECTION,
                /* Translators: “2 delegates travelled in 2007 without a recorded selection.” */
                g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%d delegate travelled in %d without a recorded selection.",
                                              "%d delegates travelled in %d without a recorded selection.",
                                              facts->delegates_without_selection),
                                 facts->delegates_without_selection, facts->year));

  if (facts->coordinator_role == CP_FACT_NO)
    set_level (result, CP_CONDITION_LEVEL_WEAK,
               g_strdup (_("Nobody is appointed to coordinate the partnership.")));
  else if (hours_below)
    {
      g_autofree char *have = hours_number (hours);
      g_autofree char *need = hours_number (needed);

      set_level (result, CP_CONDITION_LEVEL_WEAK,
                 /* Translators: “The 4 hours a week for IC are fewer than the 6 the year's visits need.” */
                 g_strdup_printf (_("The %s hours a week for IC are fewer than the %s the year’s visits need."),
                                  have, need));
    }
  else if (facts->coordinator_role == CP_FACT_UNKNOWN)
    set_level (result, CP_CONDITION_LEVEL_UNKNOWN,
               hours < 0 || needed < 0
               ? g_strdup (_("Record who coordinates the partnership, and the hours a week for IC "
                             "against the hours the visits need."))
               : g_strdup (_("Record who coordinates the partnership.")));
  else if (facts->political_role == CP_FACT_YES
           && facts->formal_consultation_structure == CP_FACT_YES
           && departments >= STRONG_DEPARTMENTS)
    set_level (result, CP_CONDITION_LEVEL_STRONG,
               g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "A coordinator and a political role holder are in place, with a "
                                             "formal consultation structure across %d department.",
                                             "A coordinator and a political role holder are in place, with a "
                                             "formal consultation structure across %d departments.",
                                             departments),
                                departments));
  else if (facts->political_role == CP_FACT_NO)
    set_level (result, CP_CONDITION_LEVEL_ADEQUATE,
               g_strdup (_("A coordinator is in place, but nobody holds the political role.")));
  else if (facts->formal_consultation_structure == CP_FACT_NO)
    set_level (result, CP_CONDITION_LEVEL_ADEQUATE,
               g_strdup (_("A coordinator is in place, but there is no formal consultation structure.")));
  else if (departments >= 0 && departments < STRONG_DEPARTMENTS)
    set_level (result, CP_CONDITION_LEVEL_ADEQUATE,
               g_strdup (_("A coordinator is in place, but fewer than two departments take part.")));
  else
    set_level (result, CP_CONDITION_LEVEL_ADEQUATE,
               g_strdup (_("A coordinator is in place; record the political role, the consultation "
                           "structure and the departments involved to tell whether it is strong.")));
}

/* ────────────────────────────────────────────────────────────────────────────────
 * 3. Finance and external funding
 * ──────────────────────────────────────────────────────────────────────────────── */

static char *
eligibility_text (const CpConditionsFacts *facts)
{
  if (facts->eligibility_lost == CP_FACT_YES)
    /* Translators: the partner's country can no longer be funded by a programme */
    return g_strdup (_("Lost"));
  if (facts->eligibility_months == -1)
    return g_strdup (_("Open-ended"));
  if (facts->eligibility_months < 0)
    return NULL;
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d month", "%d months",
                                       facts->eligibility_months),
                          facts->eligibility_months);
}

static void
judge_finance (const CpConditionsFacts *facts,
               CpConditionResult       *result)
{
  CpIndicator external = facts->external_share;
  CpIndicator largest = facts->largest_funder_share;
  int months = facts->eligibility_months;
  gboolean cliff = facts->eligibility_lost == CP_FACT_YES || (months >= 0 && months < CLIFF_MONTHS);
  gboolean external_high = external.known && external.value > EXTERNAL_SHARE_LIMIT;
  gboolean funder_high = largest.known && largest.value > LARGEST_FUNDER_LIMIT;
  g_autofree char *external_percent = percent_text (external);
  g_autofree char *largest_percent = percent_text (largest);

  if (facts->for_partnership)
    add_indicator (result, "partnership-share",
                   cp_funding_indicator_get_title (CP_FUNDING_INDICATOR_PARTNERSHIP_SHARE),
                   percent_text (facts->partnership_share));
  add_indicator (result, "ic-share-of-budget",
                 cp_funding_indicator_get_title (CP_FUNDING_INDICATOR_IC_SHARE_OF_BUDGET),
                 percent_text (facts->ic_share_of_budget));
  add_indicator (result, "external-share",
                 cp_funding_indicator_get_title (CP_FUNDING_INDICATOR_EXTERNAL_SHARE),
                 percent_text (external));
  add_indicator (result, "largest-funder-share",
                 cp_funding_indicator_get_title (CP_FUNDING_INDICATOR_LARGEST_FUNDER_SHARE),
                 percent_text (largest));
  add_indicator (result, "structural-budget", _("Structural IC budget"),
                 fact_text (facts->structural_budget));
  add_indicator (result, "eligibility",
                 cp_funding_indicator_get_title (CP_FUNDING_INDICATOR_ELIGIBILITY_RUNWAY),
                 eligibility_text (facts));

  if (cliff)
    add_signal (result, SIGNAL_FUNDING_CLIFF,
                facts->eligibility_lost == CP_FACT_YES
                ? g_strdup (_("A funding programme applied to no longer accepts the partner’s country."))
                : months == 0
                ? g_strdup (_("Eligibility for the funding programmes applied to ends this month."))
                : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "Eligibility for the funding programmes applied to ends in %d month.",
                                                "Eligibility for the funding programmes applied to ends in %d months.",
                                                months),
                                   months));
  if (external_high && funder_high)
    add_signal (result, SIGNAL_DEPENDENCY,
                /* Translators: “78.5 % of the money comes from external funders, and the
                 * largest funder pays 60.0 % of it.” */
                g_strdup_printf (_("%s of the money comes from external funders, and the largest "
                                   "funder pays %s of it."),
                                 external_percent, largest_percent));
  else if (external_high)
    add_signal (result, SIGNAL_DEPENDENCY,
                /* Translators: %s is a percentage, such as “78.5 %” */
                g_strdup_printf (_("%s of the money comes from external funders."), external_percent));
  else if (funder_high)
    add_signal (result, SIGNAL_DEPENDENCY,
                /* Translators: %s is a percentage, such as “60.0 %” */
                g_strdup_printf (_("The largest funder pays %s of the external funding."), largest_percent));
  if (facts->structural_budget == CP_FACT_NO)
    add_signal (result, SIGNAL_NO_STRUCTURAL_BUDGET,
                /* Translators: %d is a year */
                g_strdup_printf (_("There is no structural IC budget for %d."), facts->year));
  if (facts->ic_share_of_budget.known && facts->ic_share_of_budget.value <= IC_SHARE_OBSERVED_MAX)
    {
      g_autofree char *share = percent_text (facts->ic_share_of_budget);

      add_signal (result, SIGNAL_IC_SHARE_BELOW_NORM,
                  /* Translators: %s is a percentage, such as “0.1 %” */
                  g_strdup_printf (_("International cooperation is %s of the municipal budget, against "
                                     "the UN norm of 0.7 %% for national budgets."),
                                   share));
    }

  if (cliff)
    set_level (result, CP_CONDITION_LEVEL_WEAK,
               facts->eligibility_lost == CP_FACT_YES
               ? g_strdup (_("A funding programme no longer accepts the partner’s country."))
               : g_strdup (_("The eligibility for external funding ends within a year.")));
  else if (facts->structural_budget == CP_FACT_NO)
    set_level (result, CP_CONDITION_LEVEL_WEAK,
               /* Translators: %d is a year */
               g_strdup_printf (_("There is no structural IC budget for %d: the partnership depends on "
                                  "discretionary money."),
                                facts->year));
  else if (facts->structural_budget == CP_FACT_UNKNOWN)
    set_level (result, CP_CONDITION_LEVEL_UNKNOWN,
               /* Translators: %d is a year */
               g_strdup_printf (_("Record the IC budget for %d, and the external funding in the ledger."),
                                facts->year));
  else if (external_high)
    set_level (result, CP_CONDITION_LEVEL_ADEQUATE,
               /* Translators: %s is a percentage, such as “78.5 %” */
               g_strdup_printf (_("A structural budget is in place, but %s of the money comes from "
                                  "external funders."),
                                external_percent));
  else if (funder_high)
    set_level (result, CP_CONDITION_LEVEL_ADEQUATE,
               /* Translators: %s is a percentage, such as “60.0 %” */
               g_strdup_printf (_("A structural budget is in place, but one funder pays %s of the "
                                  "external funding."),
                                largest_percent));
  else if (external.known && (external.value <= 0.0 || largest.known))
    set_level (result, CP_CONDITION_LEVEL_STRONG,
               g_strdup (_("A structural budget is in place, and the partnership depends neither on "
                           "external funding nor on one funder.")));
  else
    set_level (result, CP_CONDITION_LEVEL_ADEQUATE,
               g_strdup (_("A structural budget is in place; record the external funding to tell "
                           "whether it is strong.")));
}

/* ────────────────────────────────────────────────────────────────────────────────
 * 4. Political and administrative support
 * ──────────────────────────────────────────────────────────────────────────────── */

static void
judge_support (const CpConditionsFacts *facts,
               CpConditionResult       *result)
{
  int champions = facts->champion_actions;
  int council = facts->council_items;
  int cuts = facts->budget_cut_motions;
  int parties = facts->parties_total;
  int mentioning = MAX (facts->parties_mentioning_ic, 0);
  int terminating = facts->parties_for_termination;
  int leaving = facts->days_to_champion_leaving;
  gboolean few_parties = parties > 0 && mentioning * 2 < parties;

  add_indicator (result, "champion-actions", _("Champion actions in 12 months"), count_text (champions));
  add_indicator (result, "council-items", _("Council decisions and motions on IC"), count_text (council));
  add_indicator (result, "budget-cut-motions", _("Proposals to cut IC"), count_text (cuts));
  add_indicator (result, "parties-mentioning-ic", _("Parties whose programme mentions IC"),
                 parties >= 0 ? part_text (mentioning, parties) : NULL);
  add_indicator (result, "parties-for-termination", _("Parties for ending the partnership"),
                 parties >= 0 || terminating > 0 ? count_text (MAX (terminating, 0)) : NULL);
  add_indicator (result, "staff-support-actions", _("Staff information meetings and fundraising"),
                 count_text (facts->staff_support_actions));
  add_indicator (result, "champion-leaving", _("End of the champion’s term"), days_text (leaving));

  if (cuts > 0)
    add_signal (result, SIGNAL_BUDGET_CUT_PROPOSAL,
                /* Translators: “1 proposal to cut or remove IC from the budget in 2004.” */
                g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%d proposal to cut or remove IC from the budget in %d.",
                                              "%d proposals to cut or remove IC from the budget in %d.",
                                              cuts),
                                 cuts, facts->year));
  if (leaving >= 0 && leaving <= CHAMPION_LEAVING_DAYS)
    add_signal (result, SIGNAL_CHAMPION_LEAVING,
                leaving == 0
                ? g_strdup (_("The champion’s term ends today."))
                : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "The champion’s term ends in %d day.",
                                                "The champion’s term ends in %d days.", leaving),
                                   leaving));
  if (council == 0 || few_parties)
    {
      g_autofree char *no_items = NULL;
      g_autofree char *parties_text = NULL;

      if (council == 0)
        /* Translators: %d is a year */
        no_items = g_strdup_printf (_("No council decision or motion on international cooperation in %d."),
                                    facts->year);
      if (few_parties)
        /* Translators: “Only 3 of the 11 parties mention international cooperation in their programmes.” */
        parties_text = g_strdup_printf (_("Only %d of the %d parties mention international cooperation "
                                          "in their programmes."),
                                        mentioning, parties);
      add_signal (result, SIGNAL_PASSIVE_SUPPORT,
                  no_items != NULL && parties_text != NULL
                  ? g_strjoin (" ", no_items, parties_text, NULL)
                  : g_strdup (no_items != NULL ? no_items : parties_text));
    }
  if (terminating > 0)
    add_signal (result, SIGNAL_PARTY_FOR_TERMINATION,
                g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%d party’s programme would end the partnership.",
                                              "%d parties’ programmes would end the partnership.",
                                              terminating),
                                 terminating));
  if (facts->staff_support_actions == 0)
    add_signal (result, SIGNAL_LOW_STAFF_ENGAGEMENT,
                /* Translators: %d is a year */
                g_strdup_printf (_("No information meeting or fundraising by staff in %d."), facts->year));

  if (cuts > 0)
    set_level (result, CP_CONDITION_LEVEL_WEAK,
               /* Translators: %d is a year */
               g_strdup_printf (_("A proposal to cut or remove international cooperation from the budget "
                                  "was made in %d."),
                                facts->year));
  else if (champions == 0 && council == 0)
    set_level (result, CP_CONDITION_LEVEL_WEAK,
               /* Translators: %d is a year */
               g_strdup_printf (_("No champion acted for the partnership and the council did not take "
                                  "it up in %d."),
                                facts->year));
  else if (champions <= 0 && council <= 0)
    set_level (result, CP_CONDITION_LEVEL_UNKNOWN,
               champions == 0
               /* Translators: %d is a year */
               ? g_strdup_printf (_("Record the council’s decisions and motions on international "
                                    "cooperation in %d."),
                                  facts->year)
               : council == 0
               /* Translators: %d is a year */
               ? g_strdup_printf (_("Record the champions’ actions in the 12 months to the end of %d."),
                                  facts->year)
               : g_strdup (_("Record the champions’ actions, the council’s decisions and motions on "
                             "international cooperation, and the parties’ programmes.")));
  else if (champions >= STRONG_CHAMPION_ACTIONS && council >= 1 && cuts == 0
           && parties > 0 && !few_parties && terminating <= 0)
    set_level (result, CP_CONDITION_LEVEL_STRONG,
               g_strdup (_("Champions act for the partnership, the council takes it up and most "
                           "parties mention international cooperation.")));
  else if (terminating > 0)
    set_level (result, CP_CONDITION_LEVEL_ADEQUATE,
               g_strdup (_("The partnership has support, but a party’s programme would end it.")));
  else if (council == 0 || few_parties)
    set_level (result, CP_CONDITION_LEVEL_ADEQUATE,
               g_strdup (_("Support is passive: the council approves and tolerates international "
                           "cooperation rather than taking it up.")));
  else if (champions >= 0 && champions < STRONG_CHAMPION_ACTIONS)
    set_level (result, CP_CONDITION_LEVEL_ADEQUATE,
               /* Translators: %d is a year */
               g_strdup_printf (_("Fewer than two champion actions in the 12 months to the end of %d."),
                                facts->year));
  else
    set_level (result, CP_CONDITION_LEVEL_ADEQUATE,
               g_strdup (_("The partnership has support; record the champions’ actions, the council "
                           "items, the proposals to cut and the parties’ programmes to tell whether "
                           "it is strong.")));
}

/* ────────────────────────────────────────────────────────────────────────────────
 * South: organisational capacity
 * ──────────────────────────────────────────────────────────────────────────────── */

static void
judge_organisational_capacity (const CpSouthFacts *facts,
                               CpConditionResult  *result)
{
  int unit = facts->ic_unit_type;
  int held = facts->meetings_held;
  int cancelled = MAX (facts->meetings_cancelled, 0);
  int due = facts->reports_due;
  int overdue = MAX (facts->reports_overdue, 0);
  int turnover = facts->liaison_turnover;
  gboolean no_unit = unit == CP_IC_UNIT_TYPE_NONE || facts->ic_staff == 0;
  gboolean manager_only = unit == CP_IC_UNIT_TYPE_MANAGER_AND_LIAISON;
  gboolean archive_lost = facts->archive_exists == CP_FACT_NO;
  gboolean meetings_cancelled = held >= 0 && cancelled > 0 && cancelled * 3 >= held + cancelled;
  gboolean reports_late = due >= 0 && overdue > 0;
  gboolean reports_mostly_late = due > 0 && overdue * 2 >= due;
  gboolean turnover_high = turnover >= LIAISON_TURNOVER_LIMIT;

  add_indicator (result, "ic-unit", _("Unit for international cooperation"),
                 unit >= 0 ? g_strdup (cp_ic_unit_type_to_label (unit)) : NULL);
  add_indicator (result, "ic-staff", _("International cooperation staff"), count_text (facts->ic_staff));
  add_indicator (result, "sister-cities", _("Sister cities"), count_text (facts->sister_cities));
  add_indicator (result, "meetings-held", _("Coordination meetings held"), count_text (held));
  add_indicator (result, "meetings-cancelled", _("Coordination meetings cancelled"),
                 held >= 0 ? count_text (cancelled) : NULL);
  add_indicator (result, "reports-overdue", _("Reports overdue"),
                 due >= 0 ? part_text (overdue, due) : NULL);
  add_indicator (result, "archive", _("Partnership archive kept"), fact_text (facts->archive_exists));
  add_indicator (result, "liaison-turnover", _("Liaison changes"), count_text (turnover));
  add_indicator (result, "ccse", _("Coordinating civil society entity"), fact_text (facts->ccse_present));
  add_indicator (result, "admin-ccse-link", _("Direct link with the civil society entity"),
                 fact_text (facts->admin_ccse_link));

  if (archive_lost)
    add_signal (result, SIGNAL_ARCHIVE_LOST,
                g_strdup (_("No archive of the partnership’s documents is kept.")));
  if (no_unit || manager_only)
    add_signal (result, SIGNAL_NO_IC_UNIT,
                unit == CP_IC_UNIT_TYPE_NONE
                ? g_strdup (_("The partner municipality has no unit for international cooperation."))
                : manager_only
                ? g_strdup (_("The Municipal Manager and a liaison officer handle international "
                              "cooperation, without a unit of its own."))
                : g_strdup (_("Nobody in the partner municipality works on international cooperation.")));
  if (meetings_cancelled)
    add_signal (result, SIGNAL_MEETINGS_CANCELLED,
                /* Translators: “4 of the 12 coordination meetings planned were cancelled.” */
                g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%d of the %d coordination meetings planned was cancelled.",
                                              "%d of the %d coordination meetings planned were cancelled.",
                                              cancelled),
                                 cancelled, held + cancelled));
  if (reports_late)
    add_signal (result, SIGNAL_REPORTS_OVERDUE,
                /* Translators: “2 of the 5 reports due to the Northern partners are overdue.” */
                g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%d of the %d reports due to the Northern partners is overdue.",
                                              "%d of the %d reports due to the Northern partners are overdue.",
                                              overdue),
                                 overdue, due));
  if (turnover_high)
    add_signal (result, SIGNAL_LIAISON_TURNOVER,
                g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "The liaison for the partnership changed %d time in the last years.",
                                              "The liaison for the partnership changed %d times in the last years.",
                                              turnover),
                                 turnover));

  if (archive_lost)
    set_level (result, CP_CONDITION_LEVEL_WEAK,
               g_strdup (_("The partnership’s archive was lost or never kept.")));
  else if (no_unit)
    set_level (result, CP_CONDITION_LEVEL_WEAK,
               g_strdup (_("Nobody in the partner municipality is assigned to international cooperation.")));
  else if (meetings_cancelled)
    set_level (result, CP_CONDITION_LEVEL_WEAK,
               g_strdup (_("The coordination meetings are very frequently cancelled.")));
  else if (reports_mostly_late)
    set_level (result, CP_CONDITION_LEVEL_WEAK,
               g_strdup (_("Half or more of the reports due to the Northern partners are overdue.")));
  else if (unit < 0 && facts->ic_staff < 0)
    set_level (result, CP_CONDITION_LEVEL_UNKNOWN,
               g_strdup (_("Record the partner’s unit for international cooperation and its staff, "
                           "and then its meetings, reports and archive.")));
  else if (unit >= 0 && !manager_only && facts->ic_staff > 0
           && facts->archive_exists == CP_FACT_YES && held >= 0 && due >= 0 && overdue == 0
           && turnover >= 0 && !turnover_high)
    set_level (result, CP_CONDITION_LEVEL_STRONG,
               g_strdup (_("A unit of its own keeps the archive, holds its meetings and reports on time.")));
  else if (manager_only)
    set_level (result, CP_CONDITION_LEVEL_ADEQUATE,
               g_strdup (_("The Municipal Manager and a liaison officer handle international "
                           "cooperation, without a unit of its own.")));
  else if (reports_late || turnover_high)
    set_level (result, CP_CONDITION_LEVEL_ADEQUATE,
               reports_late
               ? g_strdup (_("There is a unit for international cooperation, but some reports are overdue."))
               : g_strdup (_("There is a unit for international cooperation, but its liaison for the "
                             "partnership changes often.")));
  else
    set_level (result, CP_CONDITION_LEVEL_ADEQUATE,
               g_strdup (_("There is a unit for international cooperation; record its meetings, "
                           "reports, archive and liaison changes to tell whether it is strong.")));
}

/* ────────────────────────────────────────────────────────────────────────────────
 * South: political interest
 * ──────────────────────────────────────────────────────────────────────────────── */

static void
judge_political_interest (const CpSouthFacts *facts,
                          CpConditionResult  *result)
{
  CpFact representative = facts->political_representative;
  CpFact all_parties = facts->all_parties_support;
  CpFact crisis = facts->crisis;

  add_indicator (result, "political-representative", _("Political representative for the partnership"),
                 fact_text (representative));
  add_indicator (result, "all-parties-support", _("All parties support the partnership"),
                 fact_text (all_parties));
  add_indicator (result, "crisis", _("Administration in crisis"), fact_text (crisis));

  if (crisis == CP_FACT_YES)
    add_signal (result, SIGNAL_ADMINISTRATION_CRISIS,
                g_strdup (_("The administration is suspended or in a severe political and administrative crisis.")));
  if (representative == CP_FACT_NO)
    add_signal (result, SIGNAL_NO_POLITICAL_REPRESENTATIVE,
                g_strdup (_("Nobody holds the partnership politically in the partner municipality.")));
  if (representative == CP_FACT_NO && all_parties == CP_FACT_YES)
    add_signal (result, SIGNAL_LIP_SERVICE,
                g_strdup (_("All parties say they support the partnership, but nobody holds it politically.")));
  if (all_parties == CP_FACT_NO)
    add_signal (result, SIGNAL_PARTIES_DIVIDED,
                g_strdup (_("Not all parties in the partner municipality support the partnership.")));

  if (crisis == CP_FACT_YES)
    set_level (result, CP_CONDITION_LEVEL_WEAK,
               g_strdup (_("The partner’s administration is in a severe crisis, and the partnership is on hold.")));
  else if (representative == CP_FACT_NO)
    set_level (result, CP_CONDITION_LEVEL_WEAK,
               g_strdup (_("Nobody holds the partnership politically in the partner municipality.")));
  else if (representative == CP_FACT_UNKNOWN)
    set_level (result, CP_CONDITION_LEVEL_UNKNOWN,
               all_parties == CP_FACT_UNKNOWN && crisis == CP_FACT_UNKNOWN
               ? g_strdup (_("Record whether someone holds the partnership politically in the partner "
                             "municipality, whether all parties support it, and any crisis in its "
                             "administration."))
               : g_strdup (_("Record whether someone holds the partnership politically in the partner "
                             "municipality.")));
  else if (all_parties == CP_FACT_YES && crisis == CP_FACT_NO)
    set_level (result, CP_CONDITION_LEVEL_STRONG,
               g_strdup (_("A political representative holds the partnership, all parties support it "
                           "and the administration is stable.")));
  else if (all_parties == CP_FACT_NO)
    set_level (result, CP_CONDITION_LEVEL_ADEQUATE,
               g_strdup (_("A political representative holds the partnership, but not all parties support it.")));
  else
    set_level (result, CP_CONDITION_LEVEL_ADEQUATE,
               g_strdup (_("A political representative holds the partnership; record the parties’ "
                           "support and any crisis to tell whether it is strong.")));
}

/* ────────────────────────────────────────────────────────────────────────────────
 * South: institutional concern
 * ──────────────────────────────────────────────────────────────────────────────── */

static void
judge_institutional_concern (const CpSouthFacts *facts,
                             CpConditionResult  *result)
{
  int authority = facts->plan_authority;
  int projects = facts->projects;
  int linked = CLAMP (facts->projects_linked, 0, MAX (projects, 0));
  CpIndicator share = facts->ic_share_of_budget;
  gboolean weak_plan = authority == CP_PLAN_AUTHORITY_WEAK;
  gboolean islands = projects > 0 && linked < projects;
  gboolean mostly_islands = projects > 0 && linked * 2 < projects;
  gboolean aid_dependent = share.known && share.value > AID_DEPENDENCY_LIMIT;
  g_autofree char *share_percent = percent_text (share);

  add_indicator (result, "plan-authority", _("Authority of the development plan"),
                 authority == CP_PLAN_AUTHORITY_STRONG || authority == CP_PLAN_AUTHORITY_WEAK
                 ? g_strdup (cp_plan_authority_to_label (authority)) : NULL);
  add_indicator (result, "plan-presented", _("Plan presented to donors"),
                 fact_text (facts->plan_presented_to_donors));
  add_indicator (result, "plan-lines", _("Strategic lines of the plan"), count_text (facts->plan_lines));
  add_indicator (result, "projects-linked", _("Projects linked to a plan line"),
                 projects >= 0 ? part_text (linked, projects) : NULL);
  add_indicator (result, "ic-share-of-budget",
                 cp_funding_indicator_get_title (CP_FUNDING_INDICATOR_PARTNER_IC_SHARE_OF_BUDGET),
                 percent_text (share));
  add_indicator (result, "ic-share-of-investment",
                 cp_funding_indicator_get_title (CP_FUNDING_INDICATOR_PARTNER_IC_SHARE_OF_INVESTMENT),
                 percent_text (facts->ic_share_of_investment));
  add_indicator (result, "ic-policy", _("International cooperation policy"), fact_text (facts->ic_policy));
  add_indicator (result, "alternative-framework", _("Operational plan or joint agreements"),
                 fact_text (facts->alternative_framework));

  if (weak_plan)
    add_signal (result, SIGNAL_WEAK_PLAN,
                g_strdup (_("The development plan has weak authority over decisions on investment.")));
  if (islands)
    add_signal (result, SIGNAL_ISLANDS,
                /* Translators: “7 of the 12 projects follow no line of the development plan.” */
                g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%d of the %d projects follows no line of the development plan.",
                                              "%d of the %d projects follow no line of the development plan.",
                                              projects - linked),
                                 projects - linked, projects));
  if (aid_dependent)
    add_signal (result, SIGNAL_AID_DEPENDENCY,
                /* Translators: %s is a percentage, such as “59.0 %” */
                g_strdup_printf (_("International cooperation pays for %s of the municipal budget."),
                                 share_percent));
  if (facts->plan_presented_to_donors == CP_FACT_NO)
    add_signal (result, SIGNAL_PLAN_NOT_PRESENTED,
                g_strdup (_("The development plan is not presented to donors as the agenda for cooperation.")));

  if (weak_plan)
    set_level (result, CP_CONDITION_LEVEL_WEAK,
               g_strdup (_("The development plan has weak authority: investment is decided ad hoc.")));
  else if (mostly_islands)
    set_level (result, CP_CONDITION_LEVEL_WEAK,
               g_strdup (_("Most of the partner’s projects follow no line of the development plan.")));
  else if (authority != CP_PLAN_AUTHORITY_STRONG)
    set_level (result, CP_CONDITION_LEVEL_UNKNOWN,
               g_strdup (_("Record the partner’s development plan and its authority, whether it is "
                           "presented to donors, and which projects follow its lines.")));
  else if (facts->plan_presented_to_donors == CP_FACT_YES && share.known && !aid_dependent
           && projects >= 0 && !islands)
    set_level (result, CP_CONDITION_LEVEL_STRONG,
               g_strdup (_("A development plan with authority is presented to donors as the agenda "
                           "for cooperation, and the projects follow its lines.")));
  else if (aid_dependent)
    set_level (result, CP_CONDITION_LEVEL_ADEQUATE,
               /* Translators: %s is a percentage, such as “59.0 %” */
               g_strdup_printf (_("The development plan has authority, but international cooperation "
                                  "pays for %s of the municipal budget."),
                                share_percent));
  else if (facts->plan_presented_to_donors == CP_FACT_NO)
    set_level (result, CP_CONDITION_LEVEL_ADEQUATE,
               g_strdup (_("The development plan has authority, but it is not presented to donors as "
                           "the agenda for cooperation.")));
  else if (islands)
    set_level (result, CP_CONDITION_LEVEL_ADEQUATE,
               g_strdup (_("The development plan has authority, but some projects follow none of its lines.")));
  else
    set_level (result, CP_CONDITION_LEVEL_ADEQUATE,
               g_strdup (_("The development plan has authority; record whether it is presented to "
                           "donors, the IC share of the budget and the projects’ plan lines to tell "
                           "whether it is strong.")));
}

/* ────────────────────────────────────────────────────────────────────────────────
 * Public entry points
 * ──────────────────────────────────────────────────────────────────────────────── */

CpConditionResult *
cp_conditions_evaluate (const CpConditionsFacts *facts,
                        CpCondition              condition)
{
  CpConditionResult *result;

  g_return_val_if_fail (facts != NULL, NULL);
  g_return_val_if_fail ((guint) condition <= CP_CONDITION_SUPPORT, NULL);

  result = result_new (condition, -1);
  switch (condition)
    {
    case CP_CONDITION_POLITICAL_EMBEDDING:
      judge_political_embedding (facts, result);
      break;
    case CP_CONDITION_HUMAN_RESOURCES:
      judge_human_resources (facts, result);
      break;
    case CP_CONDITION_FINANCE:
      judge_finance (facts, result);
      break;
    case CP_CONDITION_SUPPORT:
    default:
      judge_support (facts, result);
      break;
    }
  return result;
}

CpConditionResult *
cp_conditions_evaluate_south (const CpSouthFacts *facts,
                              CpSouthIssue        issue)
{
  CpConditionResult *result;

  g_return_val_if_fail (facts != NULL, NULL);
  g_return_val_if_fail ((guint) issue < CP_N_SOUTH_ISSUES, NULL);

  result = result_new (0, issue);
  switch (issue)
    {
    case CP_SOUTH_ISSUE_ORGANISATIONAL_CAPACITY:
      judge_organisational_capacity (facts, result);
      break;
    case CP_SOUTH_ISSUE_POLITICAL_INTEREST:
      judge_political_interest (facts, result);
      break;
    case CP_SOUTH_ISSUE_INSTITUTIONAL_CONCERN:
    case CP_N_SOUTH_ISSUES:
    default:
      judge_institutional_concern (facts, result);
      break;
    }
  return result;
}
