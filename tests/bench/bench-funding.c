/* bench-funding.c: the year at a glance and the ledger filter at 200,000 entries
 *
 * Makes a workspace with 200 partnerships of 20 own municipalities and 200,000
 * ledger entries over five years (40,000 in the year at a glance), then times what
 * the Budget & Funding section does: add up the year for one municipality and for
 * the whole workspace (target: within 50 ms), load the ledger of a year and of all
 * years, and one keystroke of the ledger's search over all 200,000 entries
 * (target: within a frame, 16 ms). Prints figures; asserts nothing about time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "core/cp-ledger-filter.h"
#include "core/cp-validate.h"
#include "store/cp-store.h"

#define N_OWN          20
#define N_PARTNERSHIPS 200
#define N_ENTRIES      200000
#define FIRST_YEAR     2003
#define N_YEARS        5
#define N_ROUNDS       5

static const char * const words[] = { "Waste", "Housing", "Training", "Water", "Schools", "Tourism", "Youth", "Mayor" };

static void
fill (CpStore *store,
      gint64  *own_id,
      gint64  *funder_ids)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) own = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) partnerships = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);

  g_assert_true (cp_store_begin_write (store, &error));
  for (guint i = 0; i < N_OWN; i++)
    {
      CpMunicipality *m = cp_municipality_new ();
      g_autofree char *name = g_strdup_printf ("Own %u", i);

      g_object_set (m, "name", name, "country", "NL", "is-own", TRUE, "population", (gint64) 100000, NULL);
      g_assert_true (cp_store_save (store, CP_RECORD (m), &error));
      g_ptr_array_add (own, m);
    }
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(CpFunder) funder = cp_funder_new ();
      g_autofree char *name = g_strdup_printf ("Funder %u", i);

      g_object_set (funder, "name", name, NULL);
      g_assert_true (cp_store_save (store, CP_RECORD (funder), &error));
      funder_ids[i] = cp_record_get_id (CP_RECORD (funder));
    }
  for (guint i = 0; i < N_PARTNERSHIPS; i++)
    {
      g_autoptr(CpMunicipality) south = cp_municipality_new ();
      g_autoptr(CpPartnership) p = cp_partnership_new ();
      g_autoptr(GPtrArray) parties = g_ptr_array_new ();
      g_autofree char *name = g_strdup_printf ("South %u", i);
      gint64 id;

      g_object_set (south, "name", name, "country", "PE", NULL);
      g_ptr_array_add (parties, g_ptr_array_index (own, i % N_OWN));
      g_ptr_array_add (parties, south);
      cp_partnership_set_parties (p, parties);
      g_object_set (p, "first-contact", "1990", NULL);
      g_assert_true (cp_store_save_partnership (store, p, &error));
      id = cp_record_get_id (CP_RECORD (p));
      g_array_append_val (partnerships, id);
    }
  g_assert_true (cp_store_end_write (store, TRUE, &error));

  for (guint i = 0; i < N_ENTRIES; i++)
    {
      CpTransaction *t = cp_transaction_new ();
      g_autofree char *date = g_strdup_printf ("%04u-%02u-%02u", FIRST_YEAR + i % N_YEARS, 1 + i % 12, 1 + i % 28);
      g_autofree char *description = g_strdup_printf ("%s project, instalment %u", words[i % G_N_ELEMENTS (words)], i);
      g_autofree char *reference = g_strdup_printf ("FIN-%07u", i);
      gboolean incoming = i % 5 == 0;

      g_object_set (t, "date", date,
                    "kind", incoming ? CP_TRANSACTION_KIND_INCOMING_FUNDS : CP_TRANSACTION_KIND_EXPENDITURE,
                    "contribution", incoming ? CP_CONTRIBUTION_KIND_EXTERNAL_GRANT : (int) (i % 5),
                    "amount", (gint64) (1000 + i % 100000), "currency", i % 7 == 0 ? "PEN" : "EUR",
                    "base-currency", "EUR", "rate", i % 7 == 0 ? G_GINT64_CONSTANT (4290000) : CP_RATE_ONE,
                    "partnership-id", g_array_index (partnerships, gint64, i % N_PARTNERSHIPS),
                    "from-funder-id", incoming ? funder_ids[i % 4] : (gint64) 0,
                    "description", description, "reference", reference, NULL);
      g_ptr_array_add (batch, t);
    }
  g_assert_true (cp_store_save_transactions (store, batch, &error));
  *own_id = cp_record_get_id (g_ptr_array_index (own, 0));
}

static double
elapsed_ms (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("counterpart-bench-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "funding.sqlite", NULL);
  g_autoptr(CpStore) store = cp_store_open (path, &error);
  g_autoptr(GListModel) all = NULL;
  g_autoptr(CpLedgerFilter) filter = cp_ledger_filter_new ();
  g_autoptr(CpArrayModel) shown = cp_array_model_new (CP_TYPE_TRANSACTION);
  CpLedgerTotals totals;
  double best_one = G_MAXDOUBLE, best_all = G_MAXDOUBLE, best_year = G_MAXDOUBLE, best_ledger = G_MAXDOUBLE;
  double worst_key = 0, best_key = G_MAXDOUBLE, best_kind = G_MAXDOUBLE;
  const int year = FIRST_YEAR + N_YEARS - 1;
  gint64 own_id = 0, funder_ids[4];
  gint64 start;

  g_assert_no_error (error);
  start = g_get_monotonic_time ();
  fill (store, &own_id, funder_ids);
  g_print ("fill: %u ledger entries over %u partnerships in %.0f ms\n", N_ENTRIES, N_PARTNERSHIPS, elapsed_ms (start));

  for (guint round = 0; round < N_ROUNDS; round++)
    {
      g_autoptr(CpYearSummary) one = NULL;
      g_autoptr(CpYearSummary) whole = NULL;
      g_autoptr(GListModel) ledger = NULL;

      start = g_get_monotonic_time ();
      one = cp_store_summarize_year (store, own_id, year, &error);
      best_one = MIN (best_one, elapsed_ms (start));
      g_assert_nonnull (one);

      start = g_get_monotonic_time ();
      whole = cp_store_summarize_year (store, 0, year, &error);
      best_all = MIN (best_all, elapsed_ms (start));
      g_assert_cmpuint (whole->n_transactions, ==, N_ENTRIES / N_YEARS);

      start = g_get_monotonic_time ();
      ledger = cp_store_list_transactions (store, year, &error);
      best_year = MIN (best_year, elapsed_ms (start));
      g_assert_cmpuint (g_list_model_get_n_items (ledger), ==, N_ENTRIES / N_YEARS);
    }
  g_print ("year at a glance, one municipality (%d): best of %u %.1f ms (target 50 ms)\n", year, N_ROUNDS, best_one);
  g_print ("year at a glance, whole workspace (%u entries): best of %u %.1f ms (target 50 ms)\n",
           N_ENTRIES / N_YEARS, N_ROUNDS, best_all);
  g_print ("ledger of one year loaded (%u entries): best of %u %.0f ms\n", N_ENTRIES / N_YEARS, N_ROUNDS, best_year);

  start = g_get_monotonic_time ();
  all = cp_store_list_transactions (store, 0, &error);
  best_ledger = elapsed_ms (start);
  g_print ("ledger of all years loaded (%u entries): %.0f ms\n", g_list_model_get_n_items (all), best_ledger);

  /* After loading, the ledger view folds the entries' words in slices while idle. */
  {
    double worst_slice = 0, all_slices;
    gint64 begin = g_get_monotonic_time ();

    for (guint from = 0; from < g_list_model_get_n_items (all);)
      {
        start = g_get_monotonic_time ();
        from = cp_ledger_filter_prepare (filter, CP_ARRAY_MODEL (all), from, from + 2500);
        worst_slice = MAX (worst_slice, elapsed_ms (start));
      }
    all_slices = elapsed_ms (begin);
    g_print ("words folded while idle: %.0f ms in slices of 2,500 entries, the longest %.1f ms\n",
             all_slices, worst_slice);
  }

  /* One keystroke of the search: every entry tested against the words and the
   * shown ones added up, as the ledger view does. */
  for (guint round = 0; round <= N_ROUNDS; round++)
    {
      const char *typed = round % 2 ? "housing 1999" : "housing 19";

      cp_ledger_filter_set_text (filter, typed);
      start = g_get_monotonic_time ();
      cp_ledger_filter_apply (filter, CP_ARRAY_MODEL (all), shown, &totals);
      worst_key = MAX (worst_key, elapsed_ms (start));
      best_key = MIN (best_key, elapsed_ms (start));
    }
  g_print ("ledger search keystroke over %u entries: best %.1f ms, worst %.1f ms (target 16 ms); %u shown\n",
           g_list_model_get_n_items (all), best_key, worst_key, totals.n);

  cp_ledger_filter_set_text (filter, "");
  cp_ledger_filter_set_kind (filter, CP_TRANSACTION_KIND_INCOMING_FUNDS);
  for (guint round = 0; round < N_ROUNDS; round++)
    {
      start = g_get_monotonic_time ();
      cp_ledger_filter_apply (filter, CP_ARRAY_MODEL (all), shown, &totals);
      best_kind = MIN (best_kind, elapsed_ms (start));
    }
  g_print ("ledger filter by kind over %u entries: best %.1f ms; %u shown\n", g_list_model_get_n_items (all), best_kind,
           totals.n);

  g_clear_object (&store);
  g_clear_object (&all);
  g_clear_object (&shown);
  g_unlink (path);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);
    g_unlink (wal);
    g_unlink (shm);
  }
  g_rmdir (dir);
  return 0;
}
