/* cp-store-conditions.c: the political context, the partner's structure, projects, the
 * coordinator's assessments, and the facts the conditions engine reads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdarg.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "cp-store-private.h"
#include "cp-enum-types.h"
#include "core/cp-country.h"
#include "core/cp-eligibility.h"
#include "core/cp-partial-date.h"

/* Partnerships put aside for Undo are left out. */
#define LIVE "(SELECT id FROM partnership WHERE trashed_at IS NULL)"

/* Lists */

GListModel *
cp_store_list_political_terms (CpStore  *self,
                               gint64    municipality_id,
                               GError  **error)
{
  if (municipality_id == 0)
    return _cp_store_list (self, CP_TYPE_POLITICAL_TERM, "ORDER BY municipality_id, body, starts_on", 0, error);
  return _cp_store_list (self, CP_TYPE_POLITICAL_TERM, "WHERE municipality_id = ?1 ORDER BY body, starts_on",
                         municipality_id, error);
}

GListModel *
cp_store_list_mandate_documents (CpStore  *self,
                                 gint64    municipality_id,
                                 GError  **error)
{
  if (municipality_id == 0)
    return _cp_store_list (self, CP_TYPE_MANDATE_DOCUMENT, "ORDER BY municipality_id, adopted_on, id", 0, error);
  return _cp_store_list (self, CP_TYPE_MANDATE_DOCUMENT, "WHERE municipality_id = ?1 ORDER BY adopted_on, id",
                         municipality_id, error);
}

GListModel *
cp_store_list_support_actions (CpStore  *self,
                               gint64    municipality_id,
                               GError  **error)
{
  if (municipality_id == 0)
    return _cp_store_list (self, CP_TYPE_SUPPORT_ACTION, "ORDER BY municipality_id, date, id", 0, error);
  return _cp_store_list (self, CP_TYPE_SUPPORT_ACTION, "WHERE municipality_id = ?1 ORDER BY date, id",
                         municipality_id, error);
}

GListModel *
cp_store_list_ic_structures (CpStore  *self,
                             gint64    municipality_id,
                             GError  **error)
{
  if (municipality_id == 0)
    return _cp_store_list (self, CP_TYPE_IC_STRUCTURE, "ORDER BY municipality_id, year DESC", 0, error);
  return _cp_store_list (self, CP_TYPE_IC_STRUCTURE, "WHERE municipality_id = ?1 ORDER BY year DESC",
                         municipality_id, error);
}

CpIcStructure *
cp_store_find_ic_structure (CpStore  *self,
                            gint64    municipality_id,
                            int       year,
                            GError  **error)
{
  g_autofree char *where = g_strdup_printf ("WHERE municipality_id = ?1 AND year <= %d ORDER BY year DESC LIMIT 1", year);
  g_autoptr(GListStore) found = NULL;

  g_return_val_if_fail (CP_IS_STORE (self), NULL);

  if (!(found = _cp_store_load (self, CP_TYPE_IC_STRUCTURE, where, municipality_id, error)))
    return NULL;
  return g_list_model_get_n_items (G_LIST_MODEL (found)) > 0 ? g_list_model_get_item (G_LIST_MODEL (found), 0) : NULL;
}

GListModel *
cp_store_list_plan_lines (CpStore  *self,
                          gint64    structure_id,
                          GError  **error)
{
  return _cp_store_list (self, CP_TYPE_PLAN_LINE, "WHERE structure_id = ?1 ORDER BY position, id", structure_id, error);
}

GListModel *
cp_store_list_projects (CpStore  *self,
                        gint64    partnership_id,
                        GError  **error)
{
  if (partnership_id == 0)
    return _cp_store_list (self, CP_TYPE_PROJECT, "WHERE partnership_id IN " LIVE " ORDER BY starts_on, id", 0, error);
  return _cp_store_list (self, CP_TYPE_PROJECT, "WHERE partnership_id = ?1 ORDER BY starts_on, id", partnership_id, error);
}

GListModel *
cp_store_list_condition_assessments (CpStore  *self,
                                     gint64    municipality_id,
                                     GError  **error)
{
  return _cp_store_list (self, CP_TYPE_CONDITION_ASSESSMENT,
                         "WHERE municipality_id = ?1 ORDER BY year DESC, partnership_id, condition, id",
                         municipality_id, error);
}

/* Terms of one body do not overlap: the council elected in 2006 ends when the next
 * one begins. */
gboolean
_cp_store_check_term (CpStore          *self,
                      CpPoliticalTerm  *term,
                      GError          **error)
{
  g_autoptr(GListModel) terms = cp_store_list_political_terms (self, cp_political_term_get_municipality_id (term), error);

  if (terms == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(CpPoliticalTerm) other = g_list_model_get_item (terms, i);

      if (cp_record_get_id (CP_RECORD (other)) == cp_record_get_id (CP_RECORD (term)) ||
          cp_political_term_get_body (other) != cp_political_term_get_body (term))
        continue;
      if (g_strcmp0 (cp_political_term_get_starts_on (term), cp_political_term_get_ends_on (other)) <= 0 &&
          g_strcmp0 (cp_political_term_get_starts_on (other), cp_political_term_get_ends_on (term)) <= 0)
        {
          g_autofree char *period = cp_partial_date_format_period (cp_political_term_get_starts_on (other),
                                                                   cp_political_term_get_ends_on (other));

          g_set_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_ORDER,
                       /* Translators: %s is the period of another term, “16 March 2006 – 15 March 2010” */
                       _("This term overlaps the term of %s of the same body. Let one end before the other begins."),
                       period);
          return FALSE;
        }
    }
  return TRUE;
}

/* Small queries */

/* The first column of the first row of @sql as a number; @types says what the
 * variadic arguments bind: 'i' a gint64, 't' a string. */
static gboolean
query_number (CpStore     *self,
              gint64      *result,
              GError     **error,
              const char  *sql,
              const char  *types,
              ...)
{
  sqlite3_stmt *stmt = _cp_store_prepare (self, sql, error);
  va_list args;
  int rc;

  if (stmt == NULL)
    return FALSE;
  va_start (args, types);
  for (int i = 0; types[i]; i++)
    {
      if (types[i] == 'i')
        sqlite3_bind_int64 (stmt, i + 1, va_arg (args, gint64));
      else
        sqlite3_bind_text (stmt, i + 1, va_arg (args, const char *), -1, SQLITE_TRANSIENT);
    }
  va_end (args);
  rc = sqlite3_step (stmt);
  *result = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return _cp_store_set_sqlite_error (self, rc, error);
  return TRUE;
}

static CpFact
fact_of (int tri)
{
  return tri < 0 ? CP_FACT_UNKNOWN : tri ? CP_FACT_YES : CP_FACT_NO;
}

static int
days_between (const char *from,
              const char *to)
{
  GDate a, b;

  g_date_clear (&a, 1);
  g_date_clear (&b, 1);
  g_date_set_parse (&a, from);
  g_date_set_parse (&b, to);
  if (!g_date_valid (&a) || !g_date_valid (&b))
    return -1;
  return g_date_days_between (&a, &b);
}

/* The own municipality's partnerships (or the one given), live ones only. */
static GArray *
scope_partnerships (CpStore  *self,
                    gint64    municipality_id,
                    gint64    partnership_id,
                    GError  **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  if (partnership_id != 0)
    {
      g_array_append_val (ids, partnership_id);
      return g_steal_pointer (&ids);
    }
  if (!(stmt = _cp_store_prepare (self, "SELECT partnership_id FROM partnership_party WHERE municipality_id = ?1"
                                        " AND partnership_id IN " LIVE " ORDER BY partnership_id", error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, municipality_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _cp_store_set_sqlite_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&ids);
}

/* "1,2,3" for an IN list of ids (numbers only, never text a user typed). */
static char *
id_list (GArray *ids)
{
  GString *text = g_string_new ("(");

  for (guint i = 0; i < ids->len; i++)
    g_string_append_printf (text, "%s%" G_GINT64_FORMAT, i ? "," : "", g_array_index (ids, gint64, i));
  g_string_append (text, ids->len ? ")" : "0)");
  return g_string_free (text, FALSE);
}

/* The eligibility runway */

gboolean
cp_store_find_eligibility_runway (CpStore             *self,
                                  GArray              *partnership_ids,
                                  const char          *as_of,
                                  CpEligibilityRunway *runway,
                                  GError             **error)
{
  g_autoptr(GListModel) applications = cp_store_list_grant_applications (self, 0, error);
  g_autoptr(GListModel) programmes = applications ? cp_store_list_funding_programmes (self, 0, error) : NULL;
  g_autoptr(GListModel) partnerships = programmes ? cp_store_list_partnerships (self, error) : NULL;
  int best = G_MAXINT;

  memset (runway, 0, sizeof *runway);
  runway->months = -2;
  if (partnerships == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (applications); i++)
    {
      g_autoptr(CpGrantApplication) application = g_list_model_get_item (applications, i);
      g_autoptr(CpFundingProgramme) programme = NULL;
      g_autoptr(CpPartnership) partnership = NULL;
      gint64 partnership_id = cp_grant_application_get_partnership_id (application);
      gboolean in_scope = FALSE;
      GPtrArray *parties;

      for (guint j = 0; j < partnership_ids->len && !in_scope; j++)
        in_scope = g_array_index (partnership_ids, gint64, j) == partnership_id;
      for (guint j = 0; in_scope && j < g_list_model_get_n_items (programmes) && programme == NULL; j++)
        {
          g_autoptr(CpFundingProgramme) p = g_list_model_get_item (programmes, j);
          if (cp_record_get_id (CP_RECORD (p)) == cp_grant_application_get_programme_id (application))
            programme = g_steal_pointer (&p);
        }
      for (guint j = 0; programme && j < g_list_model_get_n_items (partnerships) && partnership == NULL; j++)
        {
          g_autoptr(CpPartnership) p = g_list_model_get_item (partnerships, j);
          if (cp_record_get_id (CP_RECORD (p)) == partnership_id)
            partnership = g_steal_pointer (&p);
        }
      parties = partnership ? cp_partnership_get_parties (partnership) : NULL;
      for (guint k = 0; parties != NULL && k < parties->len; k++)
        {
          CpMunicipality *party = g_ptr_array_index (parties, k);
          const char *country = cp_municipality_get_country (party);
          int months = 0;
          gboolean eligible;
          int rank;

          if (cp_municipality_get_is_own (party))
            continue;
          eligible = cp_eligibility_runway (cp_funding_programme_get_eligible_countries (programme),
                                            cp_funding_programme_get_starts_on (programme),
                                            cp_funding_programme_get_ends_on (programme),
                                            country, as_of, &months);
          rank = !eligible ? -1 : months < 0 ? G_MAXINT - 1 : months;
          if (rank >= best)
            continue;
          best = rank;
          runway->found = TRUE;
          runway->eligible = eligible;
          runway->months = eligible ? months : 0;
          g_strlcpy (runway->country, country, sizeof runway->country);
          g_free (runway->programme);
          runway->programme = g_strdup (cp_funding_programme_get_name (programme));
        }
    }
  return TRUE;
}

void
cp_eligibility_runway_clear (CpEligibilityRunway *runway)
{
  g_clear_pointer (&runway->programme, g_free);
}

/* The facts of the four conditions */

/* A date of any precision as its first or last day: “2007” is 2007-01-01 to
 * 2007-12-31, “2007-05” May's first and last day. Text comparison then holds. */
static char *
first_day (const char *date)
{
  size_t n = strlen (date);

  return n == 4 ? g_strconcat (date, "-01-01", NULL) : n == 7 ? g_strconcat (date, "-01", NULL) : g_strdup (date);
}

static char *
last_day (const char *date)
{
  size_t n = strlen (date);

  return n == 4 ? g_strconcat (date, "-12-31", NULL) : n == 7 ? g_strconcat (date, "-31", NULL) : g_strdup (date);
}

static void
gather_mandate (CpStore           *self,
                gint64             municipality_id,
                gint64             partnership_id,
                CpConditionsFacts *facts,
                const char        *year_start,
                const char        *year_end)
{
  g_autoptr(GListModel) documents = cp_store_list_mandate_documents (self, municipality_id, NULL);
  gboolean court_recorded = FALSE, policy_recorded = FALSE, council_recorded = FALSE, parties_recorded = FALSE;
  int alternatives = 0, council_items = 0, cuts = 0, parties = 0, mentioning = 0, terminating = 0;
  const char *latest_policy = NULL;

  for (guint i = 0; documents != NULL && i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(CpMandateDocument) doc = g_list_model_get_item (documents, i);
      g_autofree char *adopted = first_day (cp_mandate_document_get_adopted_on (doc));
      const char *ends_on = cp_mandate_document_get_ends_on (doc);
      g_autofree char *ends = last_day (ends_on);
      gboolean in_force = g_strcmp0 (adopted, year_end) <= 0 && (*ends_on == '\0' || g_strcmp0 (ends, year_start) >= 0);
      gboolean in_year = g_strcmp0 (adopted, year_start) >= 0 && g_strcmp0 (adopted, year_end) <= 0;
      gboolean about_ic = *cp_mandate_document_get_ic_paragraph (doc) != '\0' ||
                          cp_mandate_document_get_stance (doc) != CP_STANCE_NONE;
      gboolean names = cp_mandate_document_get_names_partnership (doc) &&
                       (partnership_id == 0 || cp_mandate_document_get_partnership_id (doc) == 0 ||
                        cp_mandate_document_get_partnership_id (doc) == partnership_id);
      CpStance stance = cp_mandate_document_get_stance (doc);

      switch (cp_mandate_document_get_kind (doc))
        {
        case CP_MANDATE_KIND_COURT_PROGRAMME:
          court_recorded = TRUE;
          if (!in_force)
            break;
          facts->court_programme = CP_FACT_YES;
          if (about_ic)
            facts->court_programme_has_ic = CP_FACT_YES;
          if (names)
            facts->court_programme_names_partnership = CP_FACT_YES;
          break;
        case CP_MANDATE_KIND_IC_POLICY:
          policy_recorded = TRUE;
          if (g_strcmp0 (adopted, year_end) > 0)
            break;
          facts->ic_policy = CP_FACT_YES;
          if (latest_policy == NULL || g_strcmp0 (cp_mandate_document_get_adopted_on (doc), latest_policy) > 0)
            latest_policy = *cp_mandate_document_get_evaluated_on (doc) ? cp_mandate_document_get_evaluated_on (doc)
                                                                         : cp_mandate_document_get_adopted_on (doc);
          break;
        case CP_MANDATE_KIND_COUNCIL_DECISION:
        case CP_MANDATE_KIND_COUNCIL_MOTION:
          council_recorded = TRUE;
          if (in_year && about_ic)
            council_items++;
          if (in_year && (stance == CP_STANCE_CUT || stance == CP_STANCE_TERMINATE))
            cuts++;
          if (in_force && cp_mandate_document_get_kind (doc) == CP_MANDATE_KIND_COUNCIL_DECISION &&
              (stance == CP_STANCE_SUPPORT || stance == CP_STANCE_CONTINUE))
            alternatives++;
          break;
        case CP_MANDATE_KIND_PARTY_PROGRAMME:
          parties_recorded = TRUE;
          if (!in_force)
            break;
          parties++;
          mentioning += about_ic;
          terminating += stance == CP_STANCE_TERMINATE;
          break;
        case CP_MANDATE_KIND_LA21_PROGRAMME:
        case CP_MANDATE_KIND_OPERATIONAL_PLAN:
        default:
          if (in_force)
            alternatives++;
          break;
        }
    }

  /* What was recorded for other years says the user keeps these records: then the
   * lack of one for this year is a “no”, not an unknown. */
  if (court_recorded && facts->court_programme == CP_FACT_UNKNOWN)
    facts->court_programme = CP_FACT_NO;
  if (facts->court_programme == CP_FACT_NO || (facts->court_programme == CP_FACT_YES && facts->court_programme_has_ic != CP_FACT_YES))
    facts->court_programme_has_ic = CP_FACT_NO;
  if (facts->court_programme != CP_FACT_UNKNOWN && facts->court_programme_names_partnership != CP_FACT_YES)
    facts->court_programme_names_partnership = CP_FACT_NO;
  if (policy_recorded && facts->ic_policy == CP_FACT_UNKNOWN)
    facts->ic_policy = CP_FACT_NO;
  if (latest_policy != NULL)
    facts->ic_policy_years_since_evaluation = MAX (0, atoi (year_end) - atoi (latest_policy));
  facts->alternative_instruments = MAX (facts->alternative_instruments, 0) + alternatives;
  if (council_recorded)
    {
      facts->council_items = council_items;
      facts->budget_cut_motions = cuts;
    }
  if (parties_recorded)
    {
      facts->parties_total = parties;
      facts->parties_mentioning_ic = mentioning;
      facts->parties_for_termination = terminating;
    }
}

static void
gather_terms (CpStore           *self,
              gint64             municipality_id,
              CpConditionsFacts *facts)
{
  g_autoptr(GListModel) terms = cp_store_list_political_terms (self, municipality_id, NULL);

  for (guint i = 0; terms != NULL && i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(CpPoliticalTerm) term = g_list_model_get_item (terms, i);

      if (cp_political_term_get_body (term) != CP_TERM_BODY_EXECUTIVE ||
          g_strcmp0 (cp_political_term_get_starts_on (term), facts->today) > 0 ||
          g_strcmp0 (cp_political_term_get_ends_on (term), facts->today) < 0)
        continue;
      facts->days_to_term_end = days_between (facts->today, cp_political_term_get_ends_on (term));
      if (cp_political_term_get_ic_holder (term) != CP_IC_HOLDER_NOBODY)
        facts->days_to_champion_leaving = facts->days_to_term_end;
    }
}

static void
gather_support (CpStore           *self,
                gint64             municipality_id,
                CpConditionsFacts *facts,
                const char        *year_start,
                const char        *year_end)
{
  g_autoptr(GListModel) actions = cp_store_list_support_actions (self, municipality_id, NULL);
  guint n = actions ? g_list_model_get_n_items (actions) : 0;
  int champion = 0, staff = 0;

  if (n == 0)
    return;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CpSupportAction) action = g_list_model_get_item (actions, i);
      /* “2007”, “2007-05” and “2007-05-12” all fall in 2007. */
      const char *date = cp_support_action_get_date (action);
      CpSupportKind kind = cp_support_action_get_kind (action);

      if (strncmp (date, year_start, 4) != 0)
        continue;
      if (kind == CP_SUPPORT_KIND_INFORMATION_MEETING || kind == CP_SUPPORT_KIND_STAFF_FUNDRAISING)
        staff++;
      else
        champion++;
    }
  facts->champion_actions = champion;
  facts->staff_support_actions = staff;
}

/* The people of the partnerships: key roles, the departments they come from, the
 * working groups and their meetings, delegates without a recorded selection. */
static gboolean
gather_people (CpStore           *self,
               const char        *in_scope,
               gboolean           organisation_known,
               CpConditionsFacts *facts,
               int                year,
               GError           **error)
{
  g_autofree char *roles_sql = g_strdup_printf ("SELECT count(*) FROM key_role WHERE partnership_id IN %s", in_scope);
  g_autofree char *coordinator_sql = g_strdup_printf ("SELECT count(*) FROM key_role WHERE role = 'coordinator' AND partnership_id IN %s", in_scope);
  g_autofree char *political_sql = g_strdup_printf ("SELECT count(*) FROM key_role WHERE role = 'political' AND partnership_id IN %s", in_scope);
  g_autofree char *holders_sql = g_strdup_printf ("SELECT count(DISTINCT person_id) FROM key_role WHERE partnership_id IN %s"
                                                  " AND person_id IN (SELECT id FROM person WHERE trashed_at IS NULL)", in_scope);
  g_autofree char *departments_sql = g_strdup_printf (
    "SELECT count(DISTINCT department) FROM person WHERE department != '' AND trashed_at IS NULL AND"
    " (id IN (SELECT person_id FROM key_role WHERE partnership_id IN %s)"
    "  OR id IN (SELECT person_id FROM consultation_member WHERE structure_id IN"
    "            (SELECT id FROM consultation_structure WHERE partnership_id IN %s)))", in_scope, in_scope);
  g_autofree char *structures_sql = g_strdup_printf ("SELECT count(*) FROM consultation_structure WHERE meetings_held > 0"
                                                     " AND partnership_id IN %s", in_scope);
  g_autofree char *unselected_sql = g_strdup_printf (
    "SELECT count(*) FROM delegate JOIN visit ON visit.id = delegate.visit_id"
    " WHERE visit.partnership_id IN %s AND visit.status != 'cancelled' AND visit.need_id IS NOT NULL"
    " AND substr(visit.starts_on, 1, 4) = '%04d'"
    " AND NOT EXISTS (SELECT 1 FROM selection WHERE selection.need_id = visit.need_id"
    "                 AND selection.person_id = delegate.person_id)", in_scope, year);
  g_autofree char *days_sql = g_strdup_printf (
    "SELECT count(*), ifnull(sum(julianday(ends_on) - julianday(starts_on) + 1), 0) FROM visit"
    " WHERE partnership_id IN %s AND status != 'cancelled' AND substr(starts_on, 1, 4) = '%04d'", in_scope, year);
  gint64 roles, coordinators, politicals, holders, departments, structures, unselected, visits = 0;
  sqlite3_stmt *stmt;
  double visit_days = 0;
  int rc;

  if (!query_number (self, &roles, error, roles_sql, "") ||
      !query_number (self, &coordinators, error, coordinator_sql, "") ||
      !query_number (self, &politicals, error, political_sql, "") ||
      !query_number (self, &holders, error, holders_sql, "") ||
      !query_number (self, &departments, error, departments_sql, "") ||
      !query_number (self, &structures, error, structures_sql, "") ||
      !query_number (self, &unselected, error, unselected_sql, ""))
    return FALSE;

  if (roles > 0)
    {
      facts->coordinator_role = coordinators > 0 ? CP_FACT_YES : CP_FACT_NO;
      facts->political_role = politicals > 0 ? CP_FACT_YES : CP_FACT_NO;
      facts->knowledge_holders = (int) holders;
    }
  if (roles > 0 || departments > 0)
    facts->departments_involved = (int) departments;
  if (structures > 0)
    facts->formal_consultation_structure = CP_FACT_YES;
  else if (organisation_known)
    facts->formal_consultation_structure = CP_FACT_NO;
  facts->delegates_without_selection = (int) unselected;

  /* The coordinator's time a year's visits ask: a week (40 hours) to prepare each,
   * and a day (8 hours) for each of its days, over 46 working weeks. */
  if (!(stmt = _cp_store_prepare (self, days_sql, error)))
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      visits = sqlite3_column_int64 (stmt, 0);
      visit_days = sqlite3_column_double (stmt, 1);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    return _cp_store_set_sqlite_error (self, rc, error);
  facts->ic_hours_needed_per_week = (visits * 40.0 + visit_days * 8.0) / 46.0;
  return TRUE;
}

gboolean
cp_store_gather_conditions_facts (CpStore            *self,
                                  gint64              municipality_id,
                                  gint64              partnership_id,
                                  int                 year,
                                  const char         *today,
                                  CpConditionsFacts  *facts,
                                  GError            **error)
{
  g_autofree char *year_start = g_strdup_printf ("%04d-01-01", year);
  g_autofree char *year_end = g_strdup_printf ("%04d-12-31", year);
  g_autofree char *as_of = NULL;
  g_autofree char *in_scope = NULL;
  g_autoptr(GArray) partnerships = NULL;
  g_autoptr(CpIcStructure) structure = NULL;
  g_autoptr(CpYearSummary) summary = NULL;
  g_autoptr(GError) local_error = NULL;
  CpEligibilityRunway runway;
  gint64 n_partnerships, n_inactive, population = 0;

  g_return_val_if_fail (CP_IS_STORE (self), FALSE);

  cp_conditions_facts_init (facts, year, today);
  facts->for_partnership = partnership_id != 0;
  if (!(partnerships = scope_partnerships (self, municipality_id, partnership_id, error)))
    return FALSE;
  in_scope = id_list (partnerships);

  /* 1. Political embedding */
  gather_mandate (self, municipality_id, partnership_id, facts, year_start, year_end);
  gather_terms (self, municipality_id, facts);
  {
    g_autofree char *agreements = g_strdup_printf ("SELECT count(*) FROM agreement WHERE partnership_id IN %s"
                                                   " AND (signed_on = '' OR signed_on <= ?1)", in_scope);
    gint64 n_agreements;

    if (!query_number (self, &n_agreements, error, agreements, "t", year_end))
      return FALSE;
    facts->alternative_instruments = MAX (facts->alternative_instruments, 0) + (int) n_agreements;
  }
  if (!query_number (self, &n_partnerships, error,
                     "SELECT count(*) FROM partnership_party WHERE municipality_id = ?1 AND partnership_id IN " LIVE,
                     "i", municipality_id) ||
      !query_number (self, &n_inactive, error,
                     "SELECT count(*) FROM partnership_party WHERE municipality_id = ?1 AND partnership_id IN "
                     "(SELECT partnership_id FROM status_change AS s WHERE status = 'dormant' AND since = "
                     " (SELECT max(since) FROM status_change WHERE partnership_id = s.partnership_id))"
                     " AND partnership_id IN " LIVE,
                     "i", municipality_id))
    return FALSE;
  facts->n_partnerships = (int) n_partnerships;
  facts->n_inactive_partnerships = (int) n_inactive;

  /* 2. Human resources */
  structure = cp_store_find_ic_structure (self, municipality_id, year, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (structure != NULL)
    {
      facts->ic_hours_per_week = cp_ic_structure_get_hours_per_week (structure);
      facts->eu_only_mandate = fact_of (cp_ic_structure_get_eu_only (structure));
      if (facts->ic_policy == CP_FACT_UNKNOWN)
        facts->ic_policy = fact_of (cp_ic_structure_get_ic_policy (structure));
    }
  if (!gather_people (self, in_scope, structure != NULL, facts, year, error))
    return FALSE;

  /* 3. Finance */
  if (!(summary = cp_store_summarize_year (self, municipality_id, year, error)))
    return FALSE;
  {
    g_autoptr(CpMunicipality) municipality = cp_store_get_municipality (self, municipality_id, NULL);

    if (municipality != NULL)
      population = cp_municipality_get_population (municipality);
  }
  facts->partnership_share = partnership_id != 0 ? cp_year_summary_get_partnership_share (summary, partnership_id)
                                                 : cp_year_summary_get_indicator (summary, CP_FUNDING_INDICATOR_PARTNERSHIP_SHARE, population);
  facts->ic_share_of_budget = cp_year_summary_get_indicator (summary, CP_FUNDING_INDICATOR_IC_SHARE_OF_BUDGET, population);
  if (summary->n_transactions > 0)
    {
      facts->external_share = cp_year_summary_get_indicator (summary, CP_FUNDING_INDICATOR_EXTERNAL_SHARE, population);
      facts->largest_funder_share = cp_year_summary_get_indicator (summary, CP_FUNDING_INDICATOR_LARGEST_FUNDER_SHARE, population);
    }
  /* A budget year with the IC budget not recorded (-1) decides nothing. */
  if (summary->budget != NULL && cp_budget_year_get_ic_budget (summary->budget) >= 0)
    facts->structural_budget = cp_budget_year_get_ic_budget (summary->budget) > 0 ? CP_FACT_YES : CP_FACT_NO;
  as_of = g_strdup (g_strcmp0 (today, year_end) > 0 ? year_end : g_strcmp0 (today, year_start) < 0 ? year_start : today);
  if (!cp_store_find_eligibility_runway (self, partnerships, as_of, &runway, error))
    return FALSE;
  if (runway.found)
    {
      facts->eligibility_months = runway.eligible ? runway.months : 0;
      facts->eligibility_lost = runway.eligible ? CP_FACT_NO : CP_FACT_YES;
    }
  cp_eligibility_runway_clear (&runway);

  /* 4. Support */
  gather_support (self, municipality_id, facts, year_start, year_end);
  return TRUE;
}

/* The facts of a partner's structure */

gboolean
cp_store_gather_south_facts (CpStore       *self,
                             gint64         municipality_id,
                             int            year,
                             const char    *today,
                             CpSouthFacts  *facts,
                             GError       **error)
{
  g_autoptr(CpIcStructure) structure = NULL;
  g_autoptr(GListModel) budgets = NULL;
  g_autoptr(GArray) partnerships = NULL;
  g_autofree char *in_scope = NULL;
  g_autofree char *projects_sql = NULL;
  g_autofree char *linked_sql = NULL;
  g_autofree char *due_sql = NULL;
  g_autofree char *overdue_sql = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 projects, linked, due, overdue;

  g_return_val_if_fail (CP_IS_STORE (self), FALSE);

  cp_south_facts_init (facts, year, today);
  structure = cp_store_find_ic_structure (self, municipality_id, year, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (structure != NULL)
    {
      g_autoptr(GListModel) lines = cp_store_list_plan_lines (self, cp_record_get_id (CP_RECORD (structure)), NULL);
      CpPlanAuthority authority = cp_ic_structure_get_plan_authority (structure);

      facts->ic_unit_type = cp_ic_structure_get_unit_type (structure);
      facts->ic_staff = cp_ic_structure_get_staff (structure);
      facts->ic_policy = fact_of (cp_ic_structure_get_ic_policy (structure));
      facts->alternative_framework = *cp_ic_structure_get_framework (structure) ? CP_FACT_YES : CP_FACT_UNKNOWN;
      facts->plan_authority = authority == CP_PLAN_AUTHORITY_UNKNOWN ? -1 : (int) authority;
      facts->plan_presented_to_donors = fact_of (cp_ic_structure_get_plan_presented (structure));
      facts->plan_lines = lines ? (int) g_list_model_get_n_items (lines) : -1;
      facts->sister_cities = cp_ic_structure_get_sister_cities (structure);
      facts->meetings_held = cp_ic_structure_get_meetings_held (structure);
      facts->meetings_cancelled = MAX (cp_ic_structure_get_meetings_cancelled (structure), 0);
      facts->political_representative = fact_of (cp_ic_structure_get_political_representative (structure));
      facts->all_parties_support = fact_of (cp_ic_structure_get_all_parties_support (structure));
      facts->crisis = fact_of (cp_ic_structure_get_crisis (structure));
      facts->archive_exists = fact_of (cp_ic_structure_get_archive_exists (structure));
      facts->liaison_turnover = cp_ic_structure_get_liaison_turnover (structure);
      facts->ccse_present = fact_of (cp_ic_structure_get_ccse_present (structure));
      facts->admin_ccse_link = fact_of (cp_ic_structure_get_admin_ccse_link (structure));
    }

  /* The projects of its partnerships: linked to the plan, or islands; the reports it owes. */
  if (!(partnerships = scope_partnerships (self, municipality_id, 0, error)))
    return FALSE;
  in_scope = id_list (partnerships);
  projects_sql = g_strdup_printf ("SELECT count(*) FROM project WHERE partnership_id IN %s", in_scope);
  linked_sql = g_strdup_printf ("SELECT count(*) FROM project WHERE partnership_id IN %s AND plan_line_id IS NOT NULL", in_scope);
  due_sql = g_strdup_printf ("SELECT count(*) FROM project WHERE partnership_id IN %s AND report_due_on != ''"
                             " AND report_due_on <= ?1", in_scope);
  overdue_sql = g_strdup_printf ("SELECT count(*) FROM project WHERE partnership_id IN %s AND report_due_on != ''"
                                 " AND report_due_on <= ?1 AND report_delivered = 0", in_scope);
  if (!query_number (self, &projects, error, projects_sql, "") ||
      !query_number (self, &linked, error, linked_sql, "") ||
      !query_number (self, &due, error, due_sql, "t", today) ||
      !query_number (self, &overdue, error, overdue_sql, "t", today))
    return FALSE;
  if (projects > 0)
    {
      facts->projects = (int) projects;
      facts->projects_linked = (int) linked;
    }
  if (due > 0)
    {
      facts->reports_due = (int) due;
      facts->reports_overdue = (int) overdue;
    }

  /* Table 6.6: the latest budget year up to this one. */
  if (!(budgets = cp_store_list_budget_years (self, municipality_id, error)))
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (budgets); i++)
    {
      g_autoptr(CpBudgetYear) budget = g_list_model_get_item (budgets, i);
      g_autoptr(CpMunicipality) municipality = NULL;

      if (cp_budget_year_get_year (budget) > year)
        continue;
      municipality = cp_store_get_municipality (self, municipality_id, NULL);
      facts->ic_share_of_budget = cp_budget_year_get_indicator (budget, CP_FUNDING_INDICATOR_PARTNER_IC_SHARE_OF_BUDGET,
                                                                municipality ? cp_municipality_get_population (municipality) : 0);
      facts->ic_share_of_investment = cp_budget_year_get_indicator (budget, CP_FUNDING_INDICATOR_PARTNER_IC_SHARE_OF_INVESTMENT, 0);
      break;
    }
  return TRUE;
}
