/* cp-store-funding.c: budgets, the ledger and external funding
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-store-private.h"
#include "cp-enum-types.h"
#include "core/cp-money.h"
#include "core/cp-validate.h"

/* Ledger entries of partnerships put aside for Undo are left out. */
#define LIVE_PARTNERSHIP_OR_NONE \
  "(partnership_id IS NULL OR partnership_id NOT IN (SELECT id FROM partnership WHERE trashed_at IS NOT NULL))"

/* Settings of the workspace */

static char *
get_setting (CpStore     *self,
             const char  *key,
             GError     **error)
{
  sqlite3_stmt *stmt = _cp_store_prepare (self, "SELECT value FROM workspace_setting WHERE key = ?1", error);
  char *value = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    _cp_store_set_sqlite_error (self, rc, error);
  return value;
}

char *
cp_store_dup_base_currency (CpStore  *self,
                            GError  **error)
{
  g_autoptr(GError) local_error = NULL;
  char *value;

  g_return_val_if_fail (CP_IS_STORE (self), NULL);

  value = get_setting (self, "base_currency", &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return value != NULL ? value : g_strdup ("EUR");
}

gboolean
cp_store_set_base_currency (CpStore     *self,
                            const char  *currency,
                            GError     **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;
  int rc;

  g_return_val_if_fail (CP_IS_STORE (self), FALSE);

  if (!cp_validate_currency (currency, error) || !cp_store_begin_write (self, error))
    return FALSE;
  ok = (stmt = _cp_store_prepare (self, "INSERT OR REPLACE INTO workspace_setting (key, value) VALUES ('base_currency', ?1)",
                                  error)) != NULL;
  if (ok)
    {
      sqlite3_bind_text (stmt, 1, currency, -1, SQLITE_TRANSIENT);
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        ok = _cp_store_set_sqlite_error (self, rc, error);
    }
  return cp_store_end_write (self, ok, error);
}

/* Budgets */

GListModel *
cp_store_list_budget_years (CpStore  *self,
                            gint64    municipality_id,
                            GError  **error)
{
  if (municipality_id == 0)
    return _cp_store_list (self, CP_TYPE_BUDGET_YEAR, "ORDER BY year DESC, municipality_id", 0, error);
  return _cp_store_list (self, CP_TYPE_BUDGET_YEAR, "WHERE municipality_id = ?1 ORDER BY year DESC", municipality_id, error);
}

CpBudgetYear *
cp_store_find_budget_year (CpStore  *self,
                           gint64    municipality_id,
                           int       year,
                           GError  **error)
{
  g_autofree char *where = g_strdup_printf ("WHERE municipality_id = ?1 AND year = %d", year);
  g_autoptr(GListStore) years = NULL;

  g_return_val_if_fail (CP_IS_STORE (self), NULL);

  if (!(years = _cp_store_load (self, CP_TYPE_BUDGET_YEAR, where, municipality_id, error)))
    return NULL;
  return g_list_model_get_n_items (G_LIST_MODEL (years)) > 0 ? g_list_model_get_item (G_LIST_MODEL (years), 0) : NULL;
}

GListModel *
cp_store_list_budget_lines (CpStore  *self,
                            gint64    budget_year_id,
                            GError  **error)
{
  return _cp_store_list (self, CP_TYPE_BUDGET_LINE, "WHERE budget_year_id = ?1 ORDER BY amount DESC, id", budget_year_id, error);
}

/* Funders, programmes, applications */

GListModel *
cp_store_list_funders (CpStore  *self,
                       GError  **error)
{
  return _cp_store_list (self, CP_TYPE_FUNDER, "ORDER BY name COLLATE NOCASE, id", 0, error);
}

GListModel *
cp_store_list_funding_programmes (CpStore  *self,
                                  gint64    funder_id,
                                  GError  **error)
{
  if (funder_id == 0)
    return _cp_store_list (self, CP_TYPE_FUNDING_PROGRAMME, "ORDER BY name COLLATE NOCASE, id", 0, error);
  return _cp_store_list (self, CP_TYPE_FUNDING_PROGRAMME, "WHERE funder_id = ?1 ORDER BY starts_on, id", funder_id, error);
}

GListModel *
cp_store_list_grant_applications (CpStore  *self,
                                  gint64    partnership_id,
                                  GError  **error)
{
  if (partnership_id == 0)
    return _cp_store_list (self, CP_TYPE_GRANT_APPLICATION, "ORDER BY deadline = '', deadline, id", 0, error);
  return _cp_store_list (self, CP_TYPE_GRANT_APPLICATION,
                     "WHERE partnership_id = ?1 ORDER BY deadline = '', deadline, id", partnership_id, error);
}

GListModel *
cp_store_list_reporting_obligations (CpStore  *self,
                                     gint64    application_id,
                                     GError  **error)
{
  if (application_id == 0)
    return _cp_store_list (self, CP_TYPE_REPORTING_OBLIGATION, "ORDER BY due_on, id", 0, error);
  return _cp_store_list (self, CP_TYPE_REPORTING_OBLIGATION, "WHERE application_id = ?1 ORDER BY due_on, id",
                     application_id, error);
}

/* The ledger */

GListModel *
cp_store_list_transactions (CpStore  *self,
                            int       year,
                            GError  **error)
{
  g_autofree char *where = NULL;

  g_return_val_if_fail (CP_IS_STORE (self), NULL);

  if (year == 0)
    where = g_strdup ("WHERE " LIVE_PARTNERSHIP_OR_NONE " ORDER BY date DESC, id DESC");
  else
    where = g_strdup_printf ("WHERE date >= '%04d-01-01' AND date < '%04d-01-01' AND " LIVE_PARTNERSHIP_OR_NONE
                             " ORDER BY date DESC, id DESC", year, year + 1);
  return G_LIST_MODEL (_cp_store_load_array (self, CP_TYPE_TRANSACTION, where, 0, error));
}

GListModel *
cp_store_list_transactions_of_visit (CpStore  *self,
                                     gint64    visit_id,
                                     GError  **error)
{
  return _cp_store_list (self, CP_TYPE_TRANSACTION, "WHERE visit_id = ?1 ORDER BY date, id", visit_id, error);
}

GListModel *
cp_store_list_transactions_of_partnership (CpStore  *self,
                                           gint64    partnership_id,
                                           GError  **error)
{
  return _cp_store_list (self, CP_TYPE_TRANSACTION, "WHERE partnership_id = ?1 ORDER BY date, id",
                         partnership_id, error);
}

GArray *
cp_store_list_transaction_years (CpStore  *self,
                                 GError  **error)
{
  sqlite3_stmt *stmt = _cp_store_prepare (self,
                                          "SELECT DISTINCT year FROM ("
                                          " SELECT CAST(substr(date, 1, 4) AS INTEGER) AS year FROM ledger_entry"
                                          " UNION SELECT year FROM budget_year) ORDER BY year DESC",
                                          error);
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int year = sqlite3_column_int (stmt, 0);
      g_array_append_val (years, year);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _cp_store_set_sqlite_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&years);
}

gboolean
cp_store_save_transactions (CpStore    *self,
                            GPtrArray  *transactions,
                            GError    **error)
{
  gboolean ok = TRUE;

  g_return_val_if_fail (CP_IS_STORE (self), FALSE);

  for (guint i = 0; i < transactions->len; i++)
    if (!cp_transaction_update_base_amount (g_ptr_array_index (transactions, i), error) ||
        !cp_record_validate (g_ptr_array_index (transactions, i), error))
      return FALSE;

  if (!cp_store_begin_write (self, error))
    return FALSE;
  for (guint i = 0; ok && i < transactions->len; i++)
    ok = _cp_store_save_record (self, g_ptr_array_index (transactions, i), error);
  return cp_store_end_write (self, ok, error);
}

/* A visit's cost line is an expenditure in the ledger, on the visit's first day,
 * once its rate to the base currency is known. Called within the write that saves
 * the cost line. */
gboolean
_cp_store_sync_cost_line (CpStore     *self,
                          CpCostLine  *line,
                          GError     **error)
{
  g_autofree char *base = NULL;
  g_autoptr(CpVisit) visit = NULL;
  g_autoptr(GListStore) existing = NULL;
  g_autoptr(CpTransaction) entry = NULL;
  const char *currency = cp_cost_line_get_currency (line);
  gint64 rate = cp_cost_line_get_rate (line);

  if (!(base = cp_store_dup_base_currency (self, error)) ||
      !(visit = cp_store_get_visit (self, cp_cost_line_get_visit_id (line), error)))
    return FALSE;

  if (!(existing = _cp_store_load (self, CP_TYPE_TRANSACTION, "WHERE cost_line_id = ?1",
                                   cp_record_get_id (CP_RECORD (line)), error)))
    return FALSE;

  if (g_strcmp0 (currency, base) == 0)
    rate = CP_RATE_ONE;
  if (rate <= 0)
    {
      /* Without a rate the cost cannot be added up: it leaves the ledger until given. */
      if (g_list_model_get_n_items (G_LIST_MODEL (existing)) == 0)
        return TRUE;
      entry = g_list_model_get_item (G_LIST_MODEL (existing), 0);
      return _cp_store_delete (self, CP_TYPE_TRANSACTION, cp_record_get_id (CP_RECORD (entry)), error);
    }

  entry = g_list_model_get_n_items (G_LIST_MODEL (existing)) > 0 ? g_list_model_get_item (G_LIST_MODEL (existing), 0)
                                                                 : cp_transaction_new ();
  g_object_set (entry,
                "date", cp_visit_get_starts_on (visit),
                "kind", CP_TRANSACTION_KIND_EXPENDITURE,
                "amount", cp_cost_line_get_amount (line),
                "currency", currency,
                "base-currency", base,
                "rate", rate,
                "partnership-id", cp_visit_get_partnership_id (visit),
                "visit-id", cp_record_get_id (CP_RECORD (visit)),
                "cost-line-id", cp_record_get_id (CP_RECORD (line)),
                "description", cp_cost_line_get_description (line),
                NULL);
  /* Who paid, unless the entry was given another giver since (a funder paid the trip). */
  if (cp_transaction_get_from_funder_id (entry) == 0 && cp_transaction_get_from_actor_id (entry) == 0)
    g_object_set (entry, "from-municipality-id", cp_cost_line_get_payer_id (line), NULL);
  return cp_transaction_update_base_amount (entry, error) && _cp_store_save_record (self, CP_RECORD (entry), error);
}

/* The year at a glance */

static gboolean
add_budget (CpStore        *self,
            CpYearSummary  *summary,
            GError        **error)
{
  g_autoptr(GListModel) lines = NULL;

  summary->budget = cp_store_find_budget_year (self, summary->municipality_id, summary->year, error);
  if (summary->budget == NULL)
    return error == NULL || *error == NULL;
  if (!(lines = cp_store_list_budget_lines (self, cp_record_get_id (CP_RECORD (summary->budget)), error)))
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      CpBudgetLine *line = g_list_model_get_item (lines, i);
      CpPartnershipMoney money = { cp_budget_line_get_partnership_id (line), 0, 0, 0 };

      g_ptr_array_add (summary->budget_lines, line);
      if (money.partnership_id == 0)
        continue;
      money.budget = cp_budget_year_to_base (summary->budget, cp_budget_line_get_amount (line));
      g_array_append_val (summary->partnerships, money);
    }
  return TRUE;
}

static CpPartnershipMoney *
partnership_money (CpYearSummary *summary,
                   gint64         partnership_id)
{
  CpPartnershipMoney money = { partnership_id, -1, 0, 0 };

  for (guint i = 0; i < summary->partnerships->len; i++)
    if (g_array_index (summary->partnerships, CpPartnershipMoney, i).partnership_id == partnership_id)
      return &g_array_index (summary->partnerships, CpPartnershipMoney, i);
  g_array_append_val (summary->partnerships, money);
  return &g_array_index (summary->partnerships, CpPartnershipMoney, summary->partnerships->len - 1);
}

static void
add_funder (CpYearSummary *summary,
            gint64         funder_id,
            gint64         amount)
{
  CpFunderMoney money = { funder_id, amount };

  for (guint i = 0; i < summary->funders->len; i++)
    if (g_array_index (summary->funders, CpFunderMoney, i).funder_id == funder_id)
      {
        g_array_index (summary->funders, CpFunderMoney, i).amount += amount;
        return;
      }
  g_array_append_val (summary->funders, money);
}

static int
compare_funders (gconstpointer a,
                 gconstpointer b)
{
  const CpFunderMoney *x = a, *y = b;

  if (x->amount != y->amount)
    return x->amount > y->amount ? -1 : 1;
  return x->funder_id < y->funder_id ? -1 : x->funder_id > y->funder_id;
}

static gboolean
is_own_money (CpContributionKind contribution)
{
  return contribution != CP_CONTRIBUTION_KIND_EXTERNAL_GRANT &&
         contribution != CP_CONTRIBUTION_KIND_PARTNER_CONTRIBUTION;
}

/* One grouped row of the year's ledger entries into the summary. */
static void
add_group (CpYearSummary      *summary,
           gint64              partnership_id,
           CpTransactionKind   kind,
           CpContributionKind  contribution,
           gint64              funder_id,
           gint64              amount)
{
  CpPartnershipMoney *money = partnership_id != 0 ? partnership_money (summary, partnership_id) : NULL;

  switch (kind)
    {
    case CP_TRANSACTION_KIND_COMMITMENT:
      summary->committed += amount;
      if (money)
        money->committed += amount;
      break;
    case CP_TRANSACTION_KIND_DISBURSEMENT:
    case CP_TRANSACTION_KIND_EXPENDITURE:
      summary->spent += amount;
      if (money)
        money->spent += amount;
      if (is_own_money (contribution))
        summary->by_contribution[contribution] += amount;
      break;
    case CP_TRANSACTION_KIND_REFUND:
      summary->spent -= amount;
      if (money)
        money->spent -= amount;
      break;
    case CP_TRANSACTION_KIND_INCOMING_FUNDS:
      summary->incoming += amount;
      if (!is_own_money (contribution))
        summary->by_contribution[contribution] += amount;
      if (contribution == CP_CONTRIBUTION_KIND_EXTERNAL_GRANT)
        add_funder (summary, funder_id, amount);
      break;
    case CP_TRANSACTION_KIND_INCOMING_COMMITMENT:
    default:
      break;
    }
}

CpYearSummary *
cp_store_summarize_year (CpStore  *self,
                         gint64    municipality_id,
                         int       year,
                         GError  **error)
{
  /* Grouped in SQL over the covering index on the date; what is left is a few
   * rows per partnership, kind and source. */
  static const char sql[] =
    "SELECT ifnull(partnership_id, 0), kind, contribution, ifnull(from_funder_id, 0), sum(base_amount), count(*)"
    " FROM ledger_entry"
    " WHERE date >= ?2 AND date < ?3"
    "  AND (?1 = 0 OR partnership_id IN (SELECT partnership_id FROM partnership_party WHERE municipality_id = ?1)"
    "       OR from_municipality_id = ?1 OR to_municipality_id = ?1)"
    "  AND " LIVE_PARTNERSHIP_OR_NONE
    " GROUP BY 1, 2, 3, 4";
  g_autoptr(CpYearSummary) summary = NULL;
  g_autofree char *base = NULL;
  g_autofree char *from = g_strdup_printf ("%04d-01-01", year);
  g_autofree char *to = g_strdup_printf ("%04d-01-01", year + 1);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CP_IS_STORE (self), NULL);

  if (!(base = cp_store_dup_base_currency (self, error)))
    return NULL;
  summary = cp_year_summary_new (year, municipality_id, base);
  if (municipality_id != 0 && !add_budget (self, summary, error))
    return NULL;

  if (!(stmt = _cp_store_prepare (self, sql, error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, municipality_id);
  sqlite3_bind_text (stmt, 2, from, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, to, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int kind, contribution;

      if (!cp_enum_from_nick (CP_TYPE_TRANSACTION_KIND, (const char *) sqlite3_column_text (stmt, 1), &kind) ||
          !cp_enum_from_nick (CP_TYPE_CONTRIBUTION_KIND, (const char *) sqlite3_column_text (stmt, 2), &contribution))
        continue;
      add_group (summary, sqlite3_column_int64 (stmt, 0), kind, contribution, sqlite3_column_int64 (stmt, 3),
                 sqlite3_column_int64 (stmt, 4));
      summary->n_transactions += sqlite3_column_int (stmt, 5);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _cp_store_set_sqlite_error (self, rc, error);
      return NULL;
    }
  g_array_sort (summary->funders, compare_funders);
  return g_steal_pointer (&summary);
}

gboolean
_cp_store_sync_visit_costs (CpStore  *self,
                            CpVisit  *visit,
                            GError  **error)
{
  g_autoptr(GListModel) lines = cp_store_list_cost_lines (self, cp_record_get_id (CP_RECORD (visit)), error);

  if (lines == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(CpCostLine) line = g_list_model_get_item (lines, i);

      if (!_cp_store_sync_cost_line (self, line, error))
        return FALSE;
    }
  return TRUE;
}

/* Deleting a funder, programme, application or budget year would take records
 * with it (or their links to it) that Undo does not bring back, so it is refused
 * while anything names it. */
gboolean
_cp_store_check_unused (CpStore   *self,
                        CpRecord  *record,
                        GError   **error)
{
  const char *sql = NULL;
  const char *name = NULL;
  sqlite3_stmt *stmt;
  gint64 uses;
  int rc;

  if (CP_IS_FUNDER (record))
    {
      sql = "SELECT (SELECT count(*) FROM funding_programme WHERE funder_id = ?1)"
            " + (SELECT count(*) FROM grant_application WHERE funder_id = ?1)"
            " + (SELECT count(*) FROM ledger_entry WHERE from_funder_id = ?1)";
      name = cp_funder_get_name (CP_FUNDER (record));
    }
  else if (CP_IS_FUNDING_PROGRAMME (record))
    {
      sql = "SELECT count(*) FROM grant_application WHERE programme_id = ?1";
      name = cp_funding_programme_get_name (CP_FUNDING_PROGRAMME (record));
    }
  else if (CP_IS_GRANT_APPLICATION (record))
    {
      sql = "SELECT (SELECT count(*) FROM reporting_obligation WHERE application_id = ?1)"
            " + (SELECT count(*) FROM ledger_entry WHERE application_id = ?1)";
      name = cp_grant_application_get_call (CP_GRANT_APPLICATION (record));
    }
  else if (CP_IS_BUDGET_YEAR (record))
    sql = "SELECT count(*) FROM budget_line WHERE budget_year_id = ?1";
  if (sql == NULL)
    return TRUE;

  if (!(stmt = _cp_store_prepare (self, sql, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, cp_record_get_id (record));
  rc = sqlite3_step (stmt);
  uses = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    return _cp_store_set_sqlite_error (self, rc, error);
  if (uses == 0)
    return TRUE;

  if (name != NULL && *name != '\0')
    g_set_error (error, CP_STORE_ERROR, CP_STORE_ERROR_CONSTRAINT,
                 /* Translators: %s names a funder, programme or application; %u counts other records */
                 g_dngettext (GETTEXT_PACKAGE,
                              "“%s” is still named by %u other record (a programme, application, report or ledger entry). Change or delete it first; nothing was deleted.",
                              "“%s” is still named by %u other records (programmes, applications, reports or ledger entries). Change or delete them first; nothing was deleted.",
                              (gulong) uses),
                 name, (guint) uses);
  else
    g_set_error (error, CP_STORE_ERROR, CP_STORE_ERROR_CONSTRAINT,
                 g_dngettext (GETTEXT_PACKAGE,
                              "This is still named by %u other record (a budget line, report or ledger entry). Change or delete it first; nothing was deleted.",
                              "This is still named by %u other records (budget lines, reports or ledger entries). Change or delete them first; nothing was deleted.",
                              (gulong) uses),
                 (guint) uses);
  return FALSE;
}
