/* bench-report.c: how long a council report takes on a large workspace
 *
 * Makes a workspace through the store's API with 200 partnerships of 20 own
 * municipalities, 5,000 visits (each with delegates, a programme and costs), a
 * budget for every own municipality and year, and 200,000 ledger entries over
 * five years, skewed so that one partnership and one year are the busiest. Then
 * times, best of 3, what the Reports section and `counterpart-cli report` do:
 * build the annual report of the busiest partnership for the busiest year, lay it
 * out, write it as PDF and as ODT (target: within one second from build to file),
 * the same for the budget statement of an own municipality, and the annual report
 * of the sample workspace; and the IATI activity file of the own municipality
 * that holds the busiest partnership (all its years). Prints figures; asserts
 * nothing about time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "core/cp-validate.h"
#include "exchange/cp-iati.h"
#include "report/cp-report-builder.h"
#include "report/cp-report-layout.h"
#include "report/cp-report-odt.h"
#include "report/cp-report-pdf.h"
#include "store/cp-sample-data.h"
#include "store/cp-store.h"

#define N_OWN            20
#define N_PARTNERSHIPS   200
#define N_PEOPLE_EACH    2     /* own staff per partnership, who travel */
#define N_VISITS         5000
#define N_ENTRIES        200000
#define BATCH            20000
#define FIRST_YEAR       2003
#define N_YEARS          5
#define N_ROUNDS         3
#define TODAY            "2008-06-01"
#define TARGET_MS        1000.0

/* One entry or visit in ten is the first partnership's; the last year gets three
 * eighths of everything. */
static const int year_of[8] = { 0, 1, 2, 3, 4, 4, 4, 3 };

static const char * const words[] = { "Waste", "Housing", "Training", "Water", "Schools", "Tourism", "Youth", "Mayor" };

typedef struct
{
  gint64  own_ids[N_OWN];
  gint64  south_ids[N_PARTNERSHIPS];
  gint64  partnership_ids[N_PARTNERSHIPS];
  gint64  person_ids[N_PARTNERSHIPS * N_PEOPLE_EACH];
  guint   n_of_year[N_YEARS];
  guint   n_of_busiest;  /* entries of the first partnership in the busiest year */
  guint   n_visits_of_first[N_YEARS];
  int     busiest_year;
} Workspace;

static double
elapsed_ms (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static guint
partnership_of (guint i)
{
  return i % 10 == 0 ? 0 : i % N_PARTNERSHIPS;
}

static void
save (CpStore  *store,
      gpointer  record)
{
  g_autoptr(GError) error = NULL;

  if (!cp_store_save (store, CP_RECORD (record), &error))
    g_error ("saving a %s: %s", G_OBJECT_TYPE_NAME (record), error->message);
  g_object_unref (record);
}

static void
fill_registry (CpStore   *store,
               Workspace *ws)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) own = g_ptr_array_new_with_free_func (g_object_unref);

  g_assert_true (cp_store_begin_write (store, &error));
  for (guint i = 0; i < N_OWN; i++)
    {
      CpMunicipality *m = cp_municipality_new ();
      g_autofree char *name = g_strdup_printf ("Own %u", i);

      g_object_set (m, "name", name, "country", "NL", "is-own", TRUE, "population", (gint64) 100000, NULL);
      g_assert_true (cp_store_save (store, CP_RECORD (m), &error));
      ws->own_ids[i] = cp_record_get_id (CP_RECORD (m));
      g_ptr_array_add (own, m);
    }
  for (guint i = 0; i < N_PARTNERSHIPS; i++)
    {
      g_autoptr(CpMunicipality) south = cp_municipality_new ();
      g_autoptr(CpPartnership) p = cp_partnership_new ();
      g_autoptr(GPtrArray) parties = g_ptr_array_new ();
      g_autofree char *name = g_strdup_printf ("South %u", i);

      g_object_set (south, "name", name, "country", "PE", "population", (gint64) 250000, NULL);
      g_ptr_array_add (parties, g_ptr_array_index (own, i % N_OWN));
      g_ptr_array_add (parties, south);
      cp_partnership_set_parties (p, parties);
      g_object_set (p, "first-contact", "1990", NULL);
      g_assert_true (cp_store_save_partnership (store, p, &error));
      ws->partnership_ids[i] = cp_record_get_id (CP_RECORD (p));
      ws->south_ids[i] = cp_record_get_id (CP_RECORD (south));

      for (guint k = 0; k < N_PEOPLE_EACH; k++)
        {
          CpPerson *person = cp_person_new ();
          g_autofree char *person_name = g_strdup_printf ("Officer %u-%u", i, k);

          g_object_set (person, "name", person_name, "kind", CP_PERSON_KIND_OWN_STAFF,
                        "municipality-id", ws->own_ids[i % N_OWN], NULL);
          g_assert_true (cp_store_save (store, CP_RECORD (person), &error));
          ws->person_ids[i * N_PEOPLE_EACH + k] = cp_record_get_id (CP_RECORD (person));
          g_object_unref (person);
        }
    }

  /* A budget for every own municipality and year, a line for each partnership. */
  for (guint i = 0; i < N_OWN; i++)
    for (int y = 0; y < N_YEARS; y++)
      {
        CpBudgetYear *budget = cp_budget_year_new (ws->own_ids[i], FIRST_YEAR + y);
        gint64 budget_id;

        g_object_set (budget, "currency", "EUR", "base-currency", "EUR", "rate", CP_RATE_ONE,
                      "municipal-budget", (gint64) 50000000000 + y * 1000000000,
                      "ic-budget", (gint64) 50000000 + y * 1000000,
                      "public-investment", (gint64) 8000000000, NULL);
        g_assert_true (cp_store_save (store, CP_RECORD (budget), &error));
        budget_id = cp_record_get_id (CP_RECORD (budget));
        g_object_unref (budget);
        for (guint p = i; p < N_PARTNERSHIPS; p += N_OWN)
          {
            CpBudgetLine *line = cp_budget_line_new (budget_id);
            g_autofree char *label = g_strdup_printf ("Partnership with South %u", p);

            g_object_set (line, "label", label, "amount", (gint64) 2000000 + p * 1000,
                          "partnership-id", ws->partnership_ids[p], NULL);
            save (store, line);
          }
      }
  g_assert_true (cp_store_end_write (store, TRUE, &error));
}

static void
fill_visits (CpStore   *store,
             Workspace *ws)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cp_store_begin_write (store, &error));
  for (guint v = 0; v < N_VISITS; v++)
    {
      guint p = partnership_of (v);
      gboolean outgoing = v % 2 == 0;
      gint64 own_id = ws->own_ids[p % N_OWN], south_id = ws->south_ids[p];
      int year = FIRST_YEAR + year_of[v % 8];
      guint month = 1 + (v / 8) % 12, day = 1 + v % 24;
      g_autofree char *starts_on = g_strdup_printf ("%04d-%02u-%02u", year, month, day);
      g_autofree char *ends_on = g_strdup_printf ("%04d-%02u-%02u", year, month, day + 4);
      g_autofree char *purpose = g_strdup_printf ("%s work visit %u", words[v % G_N_ELEMENTS (words)], v);
      CpVisit *visit = cp_visit_new (ws->partnership_ids[p]);
      gint64 visit_id;

      g_object_set (visit, "direction", outgoing ? CP_VISIT_DIRECTION_OUTGOING : CP_VISIT_DIRECTION_INCOMING,
                    "origin-id", outgoing ? own_id : south_id, "destination-id", outgoing ? south_id : own_id,
                    "starts-on", starts_on, "ends-on", ends_on, "purpose", purpose,
                    "status", year < 2008 ? CP_VISIT_STATUS_DONE : CP_VISIT_STATUS_CONFIRMED, NULL);
      g_assert_true (cp_store_save (store, CP_RECORD (visit), &error));
      if (p == 0)
        ws->n_visits_of_first[year - FIRST_YEAR]++;
      visit_id = cp_record_get_id (CP_RECORD (visit));
      g_object_unref (visit);

      for (guint k = 0; k < N_PEOPLE_EACH; k++)
        {
          CpDelegate *delegate = cp_delegate_new (visit_id);

          g_object_set (delegate, "person-id", ws->person_ids[p * N_PEOPLE_EACH + k],
                        "role", k == 0 ? CP_DELEGATE_ROLE_LEADER : CP_DELEGATE_ROLE_EXPERT, NULL);
          save (store, delegate);
        }
      for (guint k = 0; k < 3; k++)
        {
          CpProgrammeItem *item = cp_programme_item_new (visit_id);
          g_autofree char *date = g_strdup_printf ("%04d-%02u-%02u", year, month, day + k);
          g_autofree char *activity = g_strdup_printf ("Workshop %u on %s", k + 1, words[(v + k) % G_N_ELEMENTS (words)]);

          g_object_set (item, "date", date, "starts-at", "09:30", "ends-at", "12:00", "place", "Town hall",
                        "activity", activity, NULL);
          save (store, item);
        }
      for (guint k = 0; k < 2; k++)
        {
          CpCostLine *cost = cp_cost_line_new (visit_id);

          g_object_set (cost, "kind", k == 0 ? CP_COST_KIND_TRAVEL : CP_COST_KIND_ACCOMMODATION,
                        "description", k == 0 ? "Flights" : "Hotel", "amount", (gint64) 90000 + v % 50000,
                        "currency", "EUR", "payer-id", own_id, NULL);
          save (store, cost);
        }
    }
  g_assert_true (cp_store_end_write (store, TRUE, &error));
}

static void
fill_ledger (CpStore   *store,
             Workspace *ws)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_of_first[N_YEARS] = { 0 };

  for (guint i = 0; i < N_ENTRIES; i++)
    {
      CpTransaction *t = cp_transaction_new ();
      int y = year_of[(i / 3) % 8];
      guint p = partnership_of (i);
      g_autofree char *date = g_strdup_printf ("%04d-%02u-%02u", FIRST_YEAR + y, 1 + i % 12, 1 + i % 28);
      g_autofree char *description = g_strdup_printf ("%s project, instalment %u", words[i % G_N_ELEMENTS (words)], i);
      g_autofree char *reference = g_strdup_printf ("FIN-%07u", i);
      gboolean incoming = i % 5 == 0;

      g_object_set (t, "date", date,
                    "kind", incoming ? CP_TRANSACTION_KIND_INCOMING_FUNDS : CP_TRANSACTION_KIND_EXPENDITURE,
                    "contribution", incoming ? CP_CONTRIBUTION_KIND_EXTERNAL_GRANT : (int) (i % 5),
                    "amount", (gint64) (1000 + i % 100000), "currency", i % 7 == 0 ? "PEN" : "EUR",
                    "base-currency", "EUR", "rate", i % 7 == 0 ? G_GINT64_CONSTANT (4290000) : CP_RATE_ONE,
                    "partnership-id", ws->partnership_ids[p],
                    "description", description, "reference", reference, NULL);
      g_ptr_array_add (batch, t);
      ws->n_of_year[y]++;
      if (p == 0)
        n_of_first[y]++;

      if (batch->len == BATCH)
        {
          if (!cp_store_save_transactions (store, batch, &error))
            g_error ("saving the ledger: %s", error->message);
          g_ptr_array_set_size (batch, 0);
        }
    }
  if (batch->len > 0 && !cp_store_save_transactions (store, batch, &error))
    g_error ("saving the ledger: %s", error->message);

  ws->busiest_year = FIRST_YEAR;
  for (int y = 1; y < N_YEARS; y++)
    if (ws->n_of_year[y] > ws->n_of_year[ws->busiest_year - FIRST_YEAR])
      ws->busiest_year = FIRST_YEAR + y;
  ws->n_of_busiest = n_of_first[ws->busiest_year - FIRST_YEAR];
}

typedef struct
{
  double   build;
  double   layout;
  double   pdf;
  double   odt;
  guint    n_pages;
  goffset  pdf_size;
  goffset  odt_size;
} Timing;

static goffset
file_size (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? (goffset) st.st_size : -1;
}

/* Best of N_ROUNDS of each step; the PDF is timed from the document, as the
 * writer lays it out itself. */
static Timing
time_report (CpStore               *store,
             const CpReportRequest *request,
             const char            *dir)
{
  g_autofree char *pdf = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *odt = g_build_filename (dir, "report.odt", NULL);
  Timing best = { G_MAXDOUBLE, G_MAXDOUBLE, G_MAXDOUBLE, G_MAXDOUBLE, 0, 0, 0 };

  for (guint round = 0; round < N_ROUNDS; round++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CpReportDocument) doc = NULL;
      g_autoptr(CpReportLayout) layout = NULL;
      gint64 start = g_get_monotonic_time ();

      doc = cp_report_build (store, request, &error);
      if (doc == NULL)
        g_error ("building the report: %s", error->message);
      best.build = MIN (best.build, elapsed_ms (start));

      start = g_get_monotonic_time ();
      layout = cp_report_layout_new (doc, CP_REPORT_A4_WIDTH, CP_REPORT_A4_HEIGHT);
      best.layout = MIN (best.layout, elapsed_ms (start));
      best.n_pages = cp_report_layout_get_n_pages (layout);

      start = g_get_monotonic_time ();
      if (!cp_report_write_pdf (doc, pdf, &error))
        g_error ("writing the PDF: %s", error->message);
      best.pdf = MIN (best.pdf, elapsed_ms (start));

      start = g_get_monotonic_time ();
      if (!cp_report_write_odt (doc, odt, &error))
        g_error ("writing the ODT: %s", error->message);
      best.odt = MIN (best.odt, elapsed_ms (start));
    }
  best.pdf_size = file_size (pdf);
  best.odt_size = file_size (odt);
  g_unlink (pdf);
  g_unlink (odt);
  return best;
}

static void
print_timing (const char   *what,
              const Timing *t,
              gboolean      with_target)
{
  g_print ("%s: %u pages; best of %u: build %.0f ms, layout %.0f ms, PDF %.0f ms (%" G_GOFFSET_FORMAT " kB), "
           "ODT %.0f ms (%" G_GOFFSET_FORMAT " kB)\n",
           what, t->n_pages, N_ROUNDS, t->build, t->layout, t->pdf, t->pdf_size / 1024, t->odt, t->odt_size / 1024);
  if (with_target)
    g_print ("  build + PDF %.0f ms, build + ODT %.0f ms (target %.0f ms)\n",
             t->build + t->pdf, t->build + t->odt, TARGET_MS);
}

static void
remove_workspace (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("counterpart-bench-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "reports.sqlite", NULL);
  g_autofree char *sample_path = g_build_filename (dir, "sample.sqlite", NULL);
  g_autoptr(CpStore) store = NULL;
  g_autoptr(CpStore) sample = NULL;
  g_autofree char *what = NULL;
  Workspace ws = { 0 };
  CpReportRequest request = { 0 };
  Timing timing;
  gint64 start;

  setlocale (LC_ALL, "");
  g_assert_no_error (error);
  store = cp_store_open (path, &error);
  g_assert_no_error (error);

  start = g_get_monotonic_time ();
  fill_registry (store, &ws);
  fill_visits (store, &ws);
  g_print ("fill: %u partnerships, %u visits with %u delegates, 3 programme items and 2 costs each: %.0f ms\n",
           N_PARTNERSHIPS, N_VISITS, N_PEOPLE_EACH, elapsed_ms (start));
  start = g_get_monotonic_time ();
  fill_ledger (store, &ws);
  g_print ("fill: %u ledger entries over %d years in batches of %u: %.0f ms\n", N_ENTRIES, N_YEARS, BATCH,
           elapsed_ms (start));

  request.type = CP_REPORT_ANNUAL;
  request.partnership_id = ws.partnership_ids[0];
  request.year = ws.busiest_year;
  request.language = "en";
  request.today = TODAY;
  timing = time_report (store, &request, dir);
  what = g_strdup_printf ("annual report of the busiest partnership in %d (%u of the year's %u entries, %u visits)",
                          ws.busiest_year, ws.n_of_busiest, ws.n_of_year[ws.busiest_year - FIRST_YEAR],
                          ws.n_visits_of_first[ws.busiest_year - FIRST_YEAR]);
  print_timing (what, &timing, TRUE);

  memset (&request, 0, sizeof request);
  request.type = CP_REPORT_BUDGET;
  request.municipality_id = ws.own_ids[0];
  request.year = ws.busiest_year;
  request.language = "en";
  request.today = TODAY;
  timing = time_report (store, &request, dir);
  g_clear_pointer (&what, g_free);
  what = g_strdup_printf ("budget statement of an own municipality (%u partnerships) in %d",
                          N_PARTNERSHIPS / N_OWN, ws.busiest_year);
  print_timing (what, &timing, TRUE);

  /* The IATI file of the municipality with the busiest partnership: every year. */
  {
    g_autoptr(CpMunicipality) own = cp_store_get_municipality (store, ws.own_ids[0], &error);
    g_autofree char *iati_path = g_build_filename (dir, "activities.xml", NULL);
    double best = G_MAXDOUBLE, best_file = G_MAXDOUBLE;
    guint n_entries = 0;
    gsize size = 0;

    g_assert_no_error (error);
    g_object_set (own, "iati-org-ref", "NL-KVK-12345678", NULL);
    g_assert_true (cp_store_save_municipality (store, own, &error));
    for (guint p = 0; p < N_PARTNERSHIPS; p += N_OWN)
      {
        g_autoptr(GListModel) entries = cp_store_list_transactions_of_partnership (store, ws.partnership_ids[p], NULL);

        n_entries += g_list_model_get_n_items (entries);
      }
    for (int round = 0; round < N_ROUNDS; round++)
      {
        g_autofree char *xml = NULL;

        start = g_get_monotonic_time ();
        xml = cp_iati_write_activities (store, ws.own_ids[0], 0, "en", NULL, NULL, &error);
        g_assert_no_error (error);
        best = MIN (best, elapsed_ms (start));
        size = strlen (xml);
        start = g_get_monotonic_time ();
        g_assert_true (cp_iati_export_file (store, ws.own_ids[0], 0, "en", iati_path, NULL, &error));
        best_file = MIN (best_file, elapsed_ms (start));
      }
    g_print ("IATI activities of an own municipality (%u partnerships, %u ledger entries, %.1f MB): "
             "written %.0f ms, to a file %.0f ms (best of %d)\n",
             N_PARTNERSHIPS / N_OWN, n_entries, size / 1e6, best, best_file, N_ROUNDS);
    g_unlink (iati_path);
  }

  /* The sample workspace, as the study describes it: Utrecht – León in 2007. */
  sample = cp_store_open (sample_path, &error);
  g_assert_no_error (error);
  if (!cp_sample_data_load (sample, &error))
    g_error ("loading the sample: %s", error->message);
  {
    g_autoptr(GListModel) partnerships = cp_store_list_partnerships (sample, &error);

    g_assert_no_error (error);
    memset (&request, 0, sizeof request);
    request.type = CP_REPORT_ANNUAL;
    for (guint i = 0; i < g_list_model_get_n_items (partnerships); i++)
      {
        g_autoptr(CpPartnership) p = g_list_model_get_item (partnerships, i);
        g_autofree char *title = cp_partnership_dup_title (p);

        if (request.partnership_id == 0 || strstr (title, "León") != NULL)
          request.partnership_id = cp_record_get_id (CP_RECORD (p));
      }
    request.year = 2007;
    request.language = "en";
    request.today = TODAY;
    timing = time_report (sample, &request, dir);
    print_timing ("annual report of the sample's Utrecht – León in 2007", &timing, FALSE);
  }

  g_clear_object (&store);
  g_clear_object (&sample);
  remove_workspace (path);
  remove_workspace (sample_path);
  g_rmdir (dir);
  return 0;
}
