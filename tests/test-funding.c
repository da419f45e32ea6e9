/* test-funding.c: budgets, the ledger and external funding in the store
 *
 * Every case works in a scratch folder of its own, in a real workspace file. The
 * figures are the study's: Utrecht's 2007 budget (Figure 6.1, Table 6.2), its
 * €70,000 own against €502,000 external for León (L7466–7468), the six departments'
 * €13,000 each (L7388–7392), and Villa El Salvador's soles at 3.30 (Table 6.4).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib.h>
#include <sqlite3.h>

#include "core/cp-validate.h"
#include "store/cp-store-private.h"

#include "cp-test-util.h"

typedef CpTestDir Fixture;

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, cp_test_dir_set_up, func, cp_test_dir_tear_down)

static gint64
count_rows (CpStore    *store,
            const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  sqlite3_stmt *stmt = _cp_store_prepare (store, sql, NULL);
  gint64 n;

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

static CpTransaction *
new_transaction (const char         *date,
                 CpTransactionKind   kind,
                 CpContributionKind  contribution,
                 gint64              amount,
                 const char         *currency)
{
  CpTransaction *t = cp_transaction_new ();

  g_object_set (t, "date", date, "kind", kind, "contribution", contribution, "amount", amount,
                "currency", currency, "base-currency", "EUR", NULL);
  return t;
}

static void
assert_refused (CpStore    *store,
                gpointer    record,
                const char *table,
                const char *message_part)
{
  g_autoptr(GError) error = NULL;
  gint64 before = count_rows (store, table);

  g_assert_false (cp_store_save (store, CP_RECORD (record), &error));
  g_assert_nonnull (error);
  if (message_part != NULL && !g_str_match_string (message_part, error->message, FALSE))
    g_error ("“%s” does not mention “%s”", error->message, message_part);
  g_assert_cmpint (count_rows (store, table), ==, before);
}

static void
test_base_currency (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(CpStore) store = cp_test_open_store (f->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *base = cp_store_dup_base_currency (store, &error);
  g_autofree char *again = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (base, ==, "EUR");
  g_assert_true (cp_store_set_base_currency (store, "USD", &error));
  g_assert_no_error (error);
  g_assert_false (cp_store_set_base_currency (store, "ABC", &error));
  g_assert_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_UNKNOWN_CODE);
  g_clear_object (&store);

  store = cp_test_open_store (f->path);
  again = cp_store_dup_base_currency (store, NULL);
  g_assert_cmpstr (again, ==, "USD");
}

/* Villa El Salvador's funding, recorded in soles at 3.30 to the dollar (Table 6.4). */
static void
test_transaction_rate (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(CpStore) store = cp_test_open_store (f->path);
  g_autoptr(CpTransaction) t = new_transaction ("2006-06-30", CP_TRANSACTION_KIND_INCOMING_FUNDS,
                                                CP_CONTRIBUTION_KIND_EXTERNAL_GRANT,
                                                G_GINT64_CONSTANT (177823140), "PEN");
  g_autoptr(CpTransaction) same = new_transaction ("2007-01-10", CP_TRANSACTION_KIND_EXPENDITURE,
                                                   CP_CONTRIBUTION_KIND_MUNICIPAL_BUDGET, 7000000, "EUR");
  g_autoptr(GListModel) ledger = NULL;
  g_autoptr(CpTransaction) back = NULL;

  /* 538,858 US$ from the Italian Peruvian Fund is 1,778,231.40 soles at 3.30. */
  g_object_set (t, "base-currency", "USD", "rate", G_GINT64_CONSTANT (3300000), NULL);
  cp_test_save_ok (store, t);
  g_assert_cmpint (cp_transaction_get_base_amount (t), ==, 53885800);

  /* The same currency converts at 1, whatever rate was typed. */
  g_object_set (same, "rate", G_GINT64_CONSTANT (5000000), NULL);
  cp_test_save_ok (store, same);
  g_assert_cmpint (cp_transaction_get_rate (same), ==, CP_RATE_ONE);
  g_assert_cmpint (cp_transaction_get_base_amount (same), ==, 7000000);

  ledger = cp_store_list_transactions (store, 2006, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (ledger), ==, 1);
  back = g_list_model_get_item (ledger, 0);
  g_assert_cmpint (cp_transaction_get_amount (back), ==, G_GINT64_CONSTANT (177823140));
  g_assert_cmpstr (cp_transaction_get_currency (back), ==, "PEN");
  g_assert_cmpint (cp_transaction_get_rate (back), ==, 3300000);
  g_assert_cmpint (cp_transaction_get_kind (back), ==, CP_TRANSACTION_KIND_INCOMING_FUNDS);
  g_clear_object (&ledger);
  ledger = cp_store_list_transactions (store, 0, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (ledger), ==, 2);
}

/* Hours given in kind are worth their hours at the rate. */
static void
test_in_kind (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(CpStore) store = cp_test_open_store (f->path);
  g_autoptr(CpTransaction) t = new_transaction ("2007-05-01", CP_TRANSACTION_KIND_EXPENDITURE,
                                                CP_CONTRIBUTION_KIND_IN_KIND, 0, "EUR");

  g_object_set (t, "hours", 120, "hour-rate", G_GINT64_CONSTANT (6500), NULL);
  cp_test_save_ok (store, t);
  g_assert_cmpint (cp_transaction_get_amount (t), ==, 780000);
  g_assert_cmpint (cp_transaction_get_base_amount (t), ==, 780000);
}

static void
test_bad_input (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(CpStore) store = cp_test_open_store (f->path);
  g_autoptr(CpMunicipality) utrecht = cp_test_save_municipality (store, "Utrecht", "NL", TRUE);
  g_autoptr(CpTransaction) t = NULL;
  g_autoptr(CpFunder) funder = cp_funder_new ();
  g_autoptr(CpFundingProgramme) programme = NULL;
  g_autoptr(CpGrantApplication) application = NULL;
  g_autoptr(CpBudgetYear) year = cp_budget_year_new (cp_test_id (utrecht), 2007);

  t = new_transaction ("2007-01-10", CP_TRANSACTION_KIND_EXPENDITURE, CP_CONTRIBUTION_KIND_MUNICIPAL_BUDGET, 100, "PEN");
  g_object_set (t, "rate", G_GINT64_CONSTANT (0), NULL);
  assert_refused (store, t, "ledger_entry", "exchange rate");
  g_object_set (t, "rate", G_GINT64_CONSTANT (-3300000), NULL);
  assert_refused (store, t, "ledger_entry", "exchange rate");
  g_object_set (t, "rate", G_GINT64_CONSTANT (3300000), "currency", "SOL", NULL);
  assert_refused (store, t, "ledger_entry", "ISO 4217");
  g_object_set (t, "currency", "PEN", "date", "2007-02-30", NULL);
  assert_refused (store, t, "ledger_entry", NULL);
  g_object_set (t, "date", "2007-02-28", "amount", G_GINT64_CONSTANT (-5), NULL);
  assert_refused (store, t, "ledger_entry", "negative");
  g_object_set (t, "amount", G_GINT64_CONSTANT (5), "from-funder-id", G_GINT64_CONSTANT (1),
                "from-municipality-id", cp_test_id (utrecht), NULL);
  assert_refused (store, t, "ledger_entry", "one giver");

  assert_refused (store, funder, "funder", "name");
  g_object_set (funder, "name", "VNG International", "country", "XX", NULL);
  assert_refused (store, funder, "funder", NULL);
  g_object_set (funder, "country", "NL", NULL);
  cp_test_save_ok (store, funder);

  programme = cp_funding_programme_new (cp_test_id (funder));
  g_object_set (programme, "name", "LOGO South", "starts-on", "2005-01-01", "ends-on", "2004-12-31", NULL);
  assert_refused (store, programme, "funding_programme", NULL);
  g_object_set (programme, "ends-on", "2010-12-31", "co-funding", 120, NULL);
  assert_refused (store, programme, "funding_programme", "percentage");
  g_object_set (programme, "co-funding", 30, NULL);
  cp_test_save_ok (store, programme);

  application = cp_grant_application_new (cp_test_id (funder));
  g_object_set (application, "currency", "EUR", "deadline", "2026-03-15 17:00", NULL);
  assert_refused (store, application, "grant_application", "time zone");
  g_object_set (application, "deadline-zone", "Europe/Nowhere", NULL);
  assert_refused (store, application, "grant_application", "time zone");
  g_object_set (application, "deadline", "2026-03-15 25:00", "deadline-zone", "Europe/Brussels", NULL);
  assert_refused (store, application, "grant_application", NULL);
  g_object_set (application, "deadline", "2026-03-15 17:00", NULL);
  cp_test_save_ok (store, application);

  g_object_set (year, "currency", "EUR", "year", 1850, NULL);
  assert_refused (store, year, "budget_year", "year");
  g_object_set (year, "year", 2007, "base-currency", "USD", "rate", G_GINT64_CONSTANT (0), NULL);
  assert_refused (store, year, "budget_year", "exchange rate");
}

/* “17:00 Europe/Brussels” is 16:00 UTC in winter, 15:00 in summer. */
static void
test_deadline (void)
{
  g_autoptr(CpGrantApplication) application = cp_grant_application_new (1);
  g_autoptr(GDateTime) winter = NULL;
  g_autoptr(GDateTime) summer = NULL;
  g_autoptr(GDateTime) utc = NULL;

  g_assert_null (cp_grant_application_dup_deadline (application));
  g_object_set (application, "deadline", "2026-03-15 17:00", "deadline-zone", "Europe/Brussels", NULL);
  winter = cp_grant_application_dup_deadline (application);
  utc = g_date_time_to_utc (winter);
  g_assert_cmpint (g_date_time_get_hour (utc), ==, 16);
  g_clear_pointer (&utc, g_date_time_unref);
  g_object_set (application, "deadline", "2026-07-15 17:00", NULL);
  summer = cp_grant_application_dup_deadline (application);
  utc = g_date_time_to_utc (summer);
  g_assert_cmpint (g_date_time_get_hour (utc), ==, 15);
}

/* A visit's costs are expenditure in the ledger once their rate is known. */
static void
test_cost_lines_in_ledger (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(CpStore) store = cp_test_open_store (f->path);
  g_autoptr(CpMunicipality) amstelveen = cp_test_save_municipality (store, "Amstelveen", "NL", TRUE);
  g_autoptr(CpMunicipality) ves = cp_test_save_municipality (store, "Villa El Salvador", "PE", FALSE);
  g_autoptr(CpPartnership) partnership = cp_test_save_partnership (store, amstelveen, ves);
  g_autoptr(CpVisit) visit = cp_visit_new (cp_test_id (partnership));
  g_autoptr(CpCostLine) flight = NULL;
  g_autoptr(CpCostLine) hotel = NULL;
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(CpTransaction) entry = NULL;
  g_autoptr(GError) error = NULL;

  g_object_set (visit, "origin-id", cp_test_id (amstelveen), "destination-id", cp_test_id (ves),
                "starts-on", "2007-03-12", "ends-on", "2007-03-23", "purpose", "Waste management", NULL);
  cp_test_save_ok (store, visit);

  flight = cp_cost_line_new (cp_test_id (visit));
  g_object_set (flight, "amount", G_GINT64_CONSTANT (240000), "currency", "EUR",
                "payer-id", cp_test_id (amstelveen), NULL);
  cp_test_save_ok (store, flight);
  hotel = cp_cost_line_new (cp_test_id (visit));
  g_object_set (hotel, "amount", G_GINT64_CONSTANT (429000), "currency", "PEN", NULL);
  cp_test_save_ok (store, hotel);

  /* The hotel in soles waits for its rate. */
  entries = cp_store_list_transactions_of_visit (store, cp_test_id (visit), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 1);
  entry = g_list_model_get_item (entries, 0);
  g_assert_cmpint (cp_transaction_get_cost_line_id (entry), ==, cp_test_id (flight));
  g_assert_cmpint (cp_transaction_get_kind (entry), ==, CP_TRANSACTION_KIND_EXPENDITURE);
  g_assert_cmpint (cp_transaction_get_base_amount (entry), ==, 240000);
  g_assert_cmpint (cp_transaction_get_from_municipality_id (entry), ==, cp_test_id (amstelveen));
  g_assert_cmpint (cp_transaction_get_partnership_id (entry), ==, cp_test_id (partnership));
  g_assert_cmpstr (cp_transaction_get_date (entry), ==, "2007-03-12");
  g_clear_object (&entry);
  g_clear_object (&entries);

  /* 4,290.00 soles at 4.29 to the euro is 1,000.00 EUR. */
  g_object_set (hotel, "rate", G_GINT64_CONSTANT (4290000), NULL);
  cp_test_save_ok (store, hotel);
  /* The visit moves: its costs move with it. */
  g_object_set (visit, "starts-on", "2007-04-02", "ends-on", "2007-04-13", NULL);
  cp_test_save_ok (store, visit);
  entries = cp_store_list_transactions_of_visit (store, cp_test_id (visit), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 2);
  entry = g_list_model_get_item (entries, 1);
  g_assert_cmpint (cp_transaction_get_cost_line_id (entry), ==, cp_test_id (hotel));
  g_assert_cmpint (cp_transaction_get_base_amount (entry), ==, 100000);
  g_assert_cmpstr (cp_transaction_get_date (entry), ==, "2007-04-02");
  g_clear_object (&entry);
  g_clear_object (&entries);

  /* A deleted cost leaves the ledger. */
  g_assert_true (cp_store_delete_record (store, CP_RECORD (flight), &error));
  g_assert_no_error (error);
  entries = cp_store_list_transactions_of_visit (store, cp_test_id (visit), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 1);
}

/* An import writes every entry or none. */
static void
test_save_all_or_nothing (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(CpStore) store = cp_test_open_store (f->path);
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  for (int i = 0; i < 5; i++)
    g_ptr_array_add (batch, new_transaction ("2007-06-01", CP_TRANSACTION_KIND_EXPENDITURE,
                                             CP_CONTRIBUTION_KIND_MUNICIPAL_BUDGET, 1000 * (i + 1), "EUR"));
  g_object_set (g_ptr_array_index (batch, 3), "currency", "NIO", "rate", G_GINT64_CONSTANT (0), NULL);
  g_assert_false (cp_store_save_transactions (store, batch, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (count_rows (store, "ledger_entry"), ==, 0);

  g_object_set (g_ptr_array_index (batch, 3), "rate", G_GINT64_CONSTANT (18000000), NULL);
  g_assert_true (cp_store_save_transactions (store, batch, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (store, "ledger_entry"), ==, 5);
}

/* Utrecht 2007: the IC budget of €565,876 with León's line of €128,700 (Figure 6.1,
 * Table 6.2), €70,000 of its own for León's projects against €502,000 external
 * (L7466–7468), and six departments' €13,000 each (L7388–7392). */
static void
test_year_summary (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(CpStore) store = cp_test_open_store (f->path);
  g_autoptr(CpMunicipality) utrecht = cp_test_save_municipality (store, "Utrecht", "NL", TRUE);
  g_autoptr(CpMunicipality) leon = cp_test_save_municipality (store, "León", "NI", FALSE);
  g_autoptr(CpMunicipality) alphen = cp_test_save_municipality (store, "Alphen aan den Rijn", "NL", TRUE);
  g_autoptr(CpMunicipality) oudtshoorn = cp_test_save_municipality (store, "Oudtshoorn", "ZA", FALSE);
  g_autoptr(CpPartnership) utrecht_leon = cp_test_save_partnership (store, utrecht, leon);
  g_autoptr(CpPartnership) alphen_oudtshoorn = cp_test_save_partnership (store, alphen, oudtshoorn);
  g_autoptr(CpBudgetYear) year = cp_budget_year_new (cp_test_id (utrecht), 2007);
  g_autoptr(CpBudgetLine) line = NULL;
  g_autoptr(CpFunder) vng = cp_funder_new ();
  g_autoptr(CpFunder) province = cp_funder_new ();
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(CpYearSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  CpTransaction *t;

  g_object_set (year, "currency", "EUR", "ic-budget", G_GINT64_CONSTANT (56587600),
                "municipal-budget", G_GINT64_CONSTANT (150000000000), NULL);
  cp_test_save_ok (store, year);
  line = cp_budget_line_new (cp_test_id (year));
  g_object_set (line, "label", "León", "amount", G_GINT64_CONSTANT (12870000),
                "partnership-id", cp_test_id (utrecht_leon), NULL);
  cp_test_save_ok (store, line);
  g_object_set (vng, "name", "VNG International", NULL);
  cp_test_save_ok (store, vng);
  g_object_set (province, "name", "Province of Utrecht", "kind", CP_FUNDER_TYPE_PROVINCE, NULL);
  cp_test_save_ok (store, province);

  t = new_transaction ("2007-03-01", CP_TRANSACTION_KIND_DISBURSEMENT, CP_CONTRIBUTION_KIND_MUNICIPAL_BUDGET,
                       7000000, "EUR");
  g_object_set (t, "partnership-id", cp_test_id (utrecht_leon), "from-municipality-id", cp_test_id (utrecht), NULL);
  g_ptr_array_add (batch, t);
  for (int i = 0; i < 6; i++)
    {
      t = new_transaction ("2007-04-01", CP_TRANSACTION_KIND_EXPENDITURE, CP_CONTRIBUTION_KIND_DEPARTMENTAL,
                           1300000, "EUR");
      g_object_set (t, "partnership-id", cp_test_id (utrecht_leon), NULL);
      g_ptr_array_add (batch, t);
    }
  t = new_transaction ("2007-05-01", CP_TRANSACTION_KIND_INCOMING_FUNDS, CP_CONTRIBUTION_KIND_EXTERNAL_GRANT,
                       40200000, "EUR");
  g_object_set (t, "partnership-id", cp_test_id (utrecht_leon), "from-funder-id", cp_test_id (vng), NULL);
  g_ptr_array_add (batch, t);
  t = new_transaction ("2007-05-02", CP_TRANSACTION_KIND_INCOMING_FUNDS, CP_CONTRIBUTION_KIND_EXTERNAL_GRANT,
                       10000000, "EUR");
  g_object_set (t, "partnership-id", cp_test_id (utrecht_leon), "from-funder-id", cp_test_id (province), NULL);
  g_ptr_array_add (batch, t);
  /* The external money spent does not count twice as funding. */
  t = new_transaction ("2007-06-01", CP_TRANSACTION_KIND_EXPENDITURE, CP_CONTRIBUTION_KIND_EXTERNAL_GRANT,
                       5000000, "EUR");
  g_object_set (t, "partnership-id", cp_test_id (utrecht_leon), NULL);
  g_ptr_array_add (batch, t);
  t = new_transaction ("2007-06-02", CP_TRANSACTION_KIND_REFUND, CP_CONTRIBUTION_KIND_EXTERNAL_GRANT, 100000, "EUR");
  g_object_set (t, "partnership-id", cp_test_id (utrecht_leon), NULL);
  g_ptr_array_add (batch, t);
  /* Another year, and another municipality's partnership: not in Utrecht's 2007. */
  t = new_transaction ("2008-01-02", CP_TRANSACTION_KIND_EXPENDITURE, CP_CONTRIBUTION_KIND_MUNICIPAL_BUDGET,
                       999900, "EUR");
  g_object_set (t, "partnership-id", cp_test_id (utrecht_leon), NULL);
  g_ptr_array_add (batch, t);
  t = new_transaction ("2007-02-02", CP_TRANSACTION_KIND_EXPENDITURE, CP_CONTRIBUTION_KIND_MUNICIPAL_BUDGET,
                       1500000, "EUR");
  g_object_set (t, "partnership-id", cp_test_id (alphen_oudtshoorn), NULL);
  g_ptr_array_add (batch, t);
  g_assert_true (cp_store_save_transactions (store, batch, &error));
  g_assert_no_error (error);

  summary = cp_store_summarize_year (store, cp_test_id (utrecht), 2007, &error);
  g_assert_no_error (error);
  g_assert_nonnull (summary->budget);
  g_assert_cmpint (cp_budget_year_get_ic_budget (summary->budget), ==, 56587600);
  g_assert_cmpuint (summary->budget_lines->len, ==, 1);
  g_assert_cmpuint (summary->n_transactions, ==, 11);
  g_assert_cmpuint (summary->partnerships->len, ==, 1);
  g_assert_cmpint (cp_year_summary_get_partnership_budget (summary, cp_test_id (utrecht_leon)), ==, 12870000);
  g_assert_cmpint (g_array_index (summary->partnerships, CpPartnershipMoney, 0).spent, ==,
                   7000000 + 6 * 1300000 + 5000000 - 100000);
  g_assert_cmpint (summary->by_contribution[CP_CONTRIBUTION_KIND_MUNICIPAL_BUDGET], ==, 7000000);
  g_assert_cmpint (summary->by_contribution[CP_CONTRIBUTION_KIND_DEPARTMENTAL], ==, 7800000);
  g_assert_cmpint (cp_year_summary_get_external (summary), ==, 50200000);
  g_assert_cmpint (cp_year_summary_get_own_cash (summary), ==, 14800000);
  g_assert_cmpuint (summary->funders->len, ==, 2);
  g_assert_cmpint (g_array_index (summary->funders, CpFunderMoney, 0).funder_id, ==, cp_test_id (vng));
  g_assert_cmpint (g_array_index (summary->funders, CpFunderMoney, 0).amount, ==, 40200000);
  g_clear_pointer (&summary, cp_year_summary_free);

  /* The whole workspace's 2007 has Alphen's expenditure too. */
  summary = cp_store_summarize_year (store, 0, 2007, &error);
  g_assert_no_error (error);
  g_assert_null (summary->budget);
  g_assert_cmpuint (summary->n_transactions, ==, 12);
  g_assert_cmpuint (summary->partnerships->len, ==, 2);
  g_clear_pointer (&summary, cp_year_summary_free);

  /* A year without anything is empty, not an error. */
  summary = cp_store_summarize_year (store, cp_test_id (utrecht), 1990, &error);
  g_assert_no_error (error);
  g_assert_null (summary->budget);
  g_assert_cmpuint (summary->n_transactions, ==, 0);
}

/* A funder that a programme, an application or the ledger still names is not
 * deleted: Undo could not bring those back. Unused, it goes. */
static void
test_delete_in_use (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(CpStore) store = cp_test_open_store (f->path);
  g_autoptr(CpFunder) vng = cp_funder_new ();
  g_autoptr(CpFunder) unused = cp_funder_new ();
  g_autoptr(CpFundingProgramme) logo = NULL;
  g_autoptr(CpGrantApplication) application = NULL;
  g_autoptr(CpReportingObligation) report = NULL;
  g_autoptr(GError) error = NULL;

  g_object_set (vng, "name", "VNG International", NULL);
  cp_test_save_ok (store, vng);
  g_object_set (unused, "name", "Rotary", NULL);
  cp_test_save_ok (store, unused);
  logo = cp_funding_programme_new (cp_test_id (vng));
  g_object_set (logo, "name", "LOGO South", NULL);
  cp_test_save_ok (store, logo);
  application = cp_grant_application_new (cp_test_id (vng));
  g_object_set (application, "currency", "EUR", "programme-id", cp_test_id (logo), "call", "LOGO South 2006", NULL);
  cp_test_save_ok (store, application);
  report = cp_reporting_obligation_new (cp_test_id (application));
  g_object_set (report, "description", "Annual report", "due-on", "2007-03-31", NULL);
  cp_test_save_ok (store, report);

  g_assert_false (cp_store_delete_record (store, CP_RECORD (vng), &error));
  g_assert_error (error, CP_STORE_ERROR, CP_STORE_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "VNG International"));
  g_clear_error (&error);
  g_assert_false (cp_store_delete_record (store, CP_RECORD (logo), &error));
  g_clear_error (&error);
  g_assert_false (cp_store_delete_record (store, CP_RECORD (application), &error));
  g_clear_error (&error);
  g_assert_cmpint (count_rows (store, "funder"), ==, 2);
  g_assert_cmpint (count_rows (store, "funding_programme"), ==, 1);
  g_assert_cmpint (count_rows (store, "grant_application"), ==, 1);
  g_assert_cmpint (count_rows (store, "reporting_obligation"), ==, 1);

  /* From the leaves up, everything goes. */
  g_assert_true (cp_store_delete_record (store, CP_RECORD (unused), &error));
  g_assert_true (cp_store_delete_record (store, CP_RECORD (report), &error));
  g_assert_true (cp_store_delete_record (store, CP_RECORD (application), &error));
  g_assert_true (cp_store_delete_record (store, CP_RECORD (logo), &error));
  g_assert_true (cp_store_delete_record (store, CP_RECORD (vng), &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (store, "funder"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  cp_test_init (&argc, &argv);

  ADD ("/funding/base-currency", test_base_currency);
  ADD ("/funding/transaction-rate", test_transaction_rate);
  ADD ("/funding/in-kind", test_in_kind);
  ADD ("/funding/bad-input", test_bad_input);
  g_test_add_func ("/funding/deadline", test_deadline);
  ADD ("/funding/cost-lines-in-ledger", test_cost_lines_in_ledger);
  ADD ("/funding/save-all-or-nothing", test_save_all_or_nothing);
  ADD ("/funding/year-summary", test_year_summary);
  ADD ("/funding/delete-in-use", test_delete_in_use);

  return g_test_run ();
}
