/* test-iati.c: the IATI 2.03 activity export, checked by the official schema and codelists
 *
 * The sample workspace is published by each of its own municipalities; every file is
 * validated by xmllint against iati-activities-schema.xsd and its codes are checked by
 * tests/check-iati.py against the codelists, which also summarises the file as JSON for
 * the figures asserted here: that every ledger entry of a partnership is in the file
 * once, in its own currency; that budgets are the partnership's budget lines; that a
 * project's entries, sector and goals go to the project's activity. Copies broken on
 * purpose show that both checks can fail.
 *
 * The schemas and codelists are read from ../shared/iati beside the project (CP_IATI_DIR),
 * never copied into it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "core/cp-iati-codes.h"
#include "exchange/cp-iati.h"
#include "report/cp-report-language.h"
#include "store/cp-sample-data.h"
#include "store/cp-store.h"

#include "cp-test-util.h"

#define GENERATED "2026-11-22T12:00:00Z"

/* Helpers */

static const char *
iati_dir (void)
{
  const char *dir = g_getenv ("CP_IATI_DIR");

  if (dir == NULL || !g_file_test (dir, G_FILE_TEST_IS_DIR))
    g_error ("The IATI schemas and codelists are not at “%s”: the tests read them from "
             "../shared/iati beside the project (CP_IATI_DIR).", dir ? dir : "");
  return dir;
}

/* Runs @argv; returns its exit status, with what it printed. */
static int
run (const char * const *argv,
     char              **out,
     char              **err)
{
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               out, err, &status, &error));
  g_assert_no_error (error);
  return g_spawn_check_wait_status (status, NULL) ? 0 : 1;
}

/* Whether xmllint finds @path valid against the activity schema. */
static gboolean
schema_accepts (const char *path,
                char      **complaint)
{
  g_autofree char *schema = g_build_filename (iati_dir (), "schemas", "iati-activities-schema.xsd", NULL);
  const char *argv[] = { "xmllint", "--noout", "--schema", schema, path, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  gboolean valid = run (argv, &out, &err) == 0;

  if (complaint != NULL)
    *complaint = g_steal_pointer (&err);
  return valid;
}

/* check-iati.py's summary of @path, or NULL (with its complaints) when a code is wrong. */
static JsonObject *
check_codes (const char *path,
             char      **complaint)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "check-iati.py", NULL);
  g_autofree char *codelists = g_build_filename (iati_dir (), "codelists", NULL);
  const char *argv[] = { "python3", script, codelists, path, NULL };
  g_autofree char *out = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  if (run (argv, &out, complaint) != 0)
    return NULL;
  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  g_assert_no_error (error);
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

/* The export of @municipality_id, written to @path, valid in both ways. */
static JsonObject *
export_valid (CpStore    *store,
              gint64      municipality_id,
              const char *language,
              const char *path,
              GStrv      *left_out)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = cp_iati_write_activities (store, municipality_id, 0, language, GENERATED, left_out, &error);
  g_autofree char *complaint = NULL;
  JsonObject *summary;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, xml, -1, NULL));
  if (!schema_accepts (path, &complaint))
    g_error ("%s is not valid IATI 2.03: %s", path, complaint);
  g_clear_pointer (&complaint, g_free);
  if (!(summary = check_codes (path, &complaint)))
    g_error ("%s has codes the codelists do not know: %s", path, complaint);
  return summary;
}

static CpMunicipality *
find_municipality (CpStore    *store,
                   const char *name)
{
  g_autoptr(GListModel) all = cp_store_list_municipalities (store, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(CpMunicipality) municipality = g_list_model_get_item (all, i);

      if (g_str_equal (cp_municipality_get_name (municipality), name))
        return g_steal_pointer (&municipality);
    }
  g_error ("no municipality %s in the sample", name);
}

/* The sample, with an organisation identifier for each own municipality. */
static CpStore *
open_sample (CpTestDir *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CpStore) store = cp_test_open_store (f->path);
  g_autoptr(GListModel) all = NULL;

  g_assert_true (cp_sample_data_load (store, &error));
  g_assert_no_error (error);
  all = cp_store_list_municipalities (store, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(CpMunicipality) municipality = g_list_model_get_item (all, i);
      g_autofree char *ref = g_strdup_printf ("NL-KVK-%08" G_GINT64_FORMAT, cp_test_id (municipality));

      if (!cp_municipality_get_is_own (municipality))
        continue;
      g_object_set (municipality, "iati-org-ref", ref, NULL);
      cp_test_save_ok (store, municipality);
    }
  return g_steal_pointer (&store);
}

static JsonObject *
find_activity (JsonObject *summary,
               const char *identifier)
{
  JsonArray *activities = json_object_get_array_member (summary, "activities");

  for (guint i = 0; i < json_array_get_length (activities); i++)
    {
      JsonObject *activity = json_array_get_object_element (activities, i);

      if (g_str_equal (json_object_get_string_member (activity, "identifier"), identifier))
        return activity;
    }
  return NULL;
}

static char *
identifier (CpMunicipality *publisher,
            const char     *kind,
            gint64          id)
{
  return g_strdup_printf ("%s-%s-%" G_GINT64_FORMAT, cp_municipality_get_iati_org_ref (publisher), kind, id);
}

static gint64
find_project (CpStore    *store,
              const char *title)
{
  g_autoptr(GListModel) projects = cp_store_list_projects (store, 0, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(CpProject) project = g_list_model_get_item (projects, i);

      if (g_str_equal (cp_project_get_title (project), title))
        return cp_test_id (project);
    }
  g_error ("no project %s in the sample", title);
}

/* A JSON array of strings joined by commas ("11,17"); the dates of an activity as
 * "2:2004-01-01,4:2006-12-31". */
static void
assert_joined (JsonObject *object,
               const char *member,
               const char *expected)
{
  JsonArray *array = json_object_get_array_member (object, member);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_ARRAY (node))
        g_string_append_printf (text, "%s%" G_GINT64_FORMAT ":%s", i ? "," : "",
                                json_array_get_int_element (json_node_get_array (node), 0),
                                json_array_get_string_element (json_node_get_array (node), 1));
      else
        g_string_append_printf (text, "%s%s", i ? "," : "", json_node_get_string (node));
    }
  g_assert_cmpstr (text->str, ==, expected);
}

/* Totals per currency in minor units: a tree of currency → gint64. */
static int
compare_currencies (gconstpointer a,
                    gconstpointer b,
                    gpointer      data)
{
  return strcmp (a, b);
}

static GTree *
totals_new (void)
{
  return g_tree_new_full (compare_currencies, NULL, g_free, g_free);
}

static void
totals_add (GTree      *totals,
            const char *currency,
            gint64      minor)
{
  gint64 *total = g_tree_lookup (totals, currency);

  if (total == NULL)
    g_tree_insert (totals, g_strdup (currency), total = g_new0 (gint64, 1));
  *total += minor;
}

/* As the file writes them, "EUR 722780.00; NIO 65800.00": every currency of the
 * sample has two decimals. */
static char *
totals_format (GTree *totals)
{
  GString *text = g_string_new (NULL);

  for (GTreeNode *node = g_tree_node_first (totals); node != NULL; node = g_tree_node_next (node))
    {
      gint64 total = *(gint64 *) g_tree_node_value (node);

      g_string_append_printf (text, "%s%s %" G_GINT64_FORMAT ".%02d", text->len ? "; " : "",
                              (const char *) g_tree_node_key (node), total / 100, (int) (total % 100));
    }
  return g_string_free (text, FALSE);
}

/* The totals of the ledger entries of @partnership_id, as the store keeps them. */
static char *
ledger_totals (CpStore *store,
               gint64   partnership_id,
               guint   *n_entries)
{
  g_autoptr(GListModel) entries = cp_store_list_transactions_of_partnership (store, partnership_id, NULL);
  g_autoptr(GTree) totals = totals_new ();

  *n_entries = g_list_model_get_n_items (entries);
  for (guint i = 0; i < *n_entries; i++)
    {
      g_autoptr(CpTransaction) entry = g_list_model_get_item (entries, i);

      totals_add (totals, cp_transaction_get_currency (entry), cp_transaction_get_amount (entry));
    }
  return totals_format (totals);
}

/* The same of the file's activities that belong to @partnership_id: its own and its
 * projects' (those whose parent it is). */
static char *
file_totals (JsonObject     *summary,
             CpMunicipality *publisher,
             gint64          partnership_id,
             guint          *n_transactions)
{
  g_autofree char *parent = identifier (publisher, "partnership", partnership_id);
  JsonArray *activities = json_object_get_array_member (summary, "activities");
  g_autoptr(GTree) totals = totals_new ();

  *n_transactions = 0;
  for (guint i = 0; i < json_array_get_length (activities); i++)
    {
      JsonObject *activity = json_array_get_object_element (activities, i);
      JsonArray *related = json_object_get_array_member (activity, "related");
      JsonObject *sums = json_object_get_object_member (activity, "totals");
      gboolean ours = g_str_equal (json_object_get_string_member (activity, "identifier"), parent);
      g_autoptr(GList) currencies = NULL;

      for (guint j = 0; !ours && j < json_array_get_length (related); j++)
        {
          JsonArray *link = json_array_get_array_element (related, j);

          ours = g_str_equal (json_array_get_string_element (link, 0), parent) &&
                 json_array_get_int_element (link, 1) == 1;
        }
      if (!ours)
        continue;
      *n_transactions += json_object_get_int_member (activity, "transactions");
      currencies = json_object_get_members (sums);
      for (GList *l = currencies; l != NULL; l = l->next)
        {
          g_auto(GStrv) parts = g_strsplit (json_object_get_string_member (sums, l->data), ".", 2);

          g_assert_cmpint (g_strv_length (parts), ==, 2);
          totals_add (totals, l->data, g_ascii_strtoll (parts[0], NULL, 10) * 100 + g_ascii_strtoll (parts[1], NULL, 10));
        }
    }
  return totals_format (totals);
}

/* The codes */

static void
test_sectors_in_codelist (void)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "check-iati.py", NULL);
  g_autofree char *codelists = g_build_filename (iati_dir (), "codelists", NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  const char *bad[] = { "python3", script, codelists, "--sectors", "15112", "15199", NULL };

  g_ptr_array_add (argv, "python3");
  g_ptr_array_add (argv, script);
  g_ptr_array_add (argv, codelists);
  g_ptr_array_add (argv, "--sectors");
  g_assert_cmpuint (cp_dac_sector_count (), >=, 30);
  for (guint i = 0; i < cp_dac_sector_count (); i++)
    {
      const char *code = cp_dac_sector_code (i);

      g_assert_false (g_hash_table_contains (seen, code));
      g_hash_table_add (seen, (gpointer) code);
      g_assert_nonnull (cp_dac_sector_get_name (code));
      g_ptr_array_add (argv, (gpointer) code);
    }
  g_ptr_array_add (argv, NULL);
  if (run ((const char * const *) argv->pdata, &out, &err) != 0)
    g_test_fail_printf ("sectors not in the DAC codelist: %s", out);

  /* The check names a code that is not in the list. */
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run (bad, &out, NULL), ==, 1);
  g_assert_nonnull (strstr (out, "15199 is not an active DAC 5-digit sector"));
}

static void
test_org_ref (void)
{
  const char *good[] = { "", "NL-KVK-12345678", "XM-DAC-41301", "XI-IATI-EC_INTPA", "GB-COH-01234567" };
  /* Slashes, spaces and ampersands are not allowed in an identifier. */
  const char *bad[] = { "12345678", "NL KVK 12345678", "nl-kvk-12345678", "NL-KVK-", "NL--123", "NLD-KVK-1",
                        "NL-KVK-123 456", "NL-KVK-12&34", "ZA-CPA-2006/012345" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (cp_validate_iati_org_ref (good[i], &error));
      g_assert_no_error (error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (cp_validate_iati_org_ref (bad[i], &error));
      g_assert_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_FORMAT);
      g_assert_nonnull (strstr (error->message, "NL-KVK-12345678"));
    }
}

static void
test_sdg_goals (void)
{
  const struct { const char *typed; const char *kept; } good[] = {
    { "", "" },
    { "11", "11" },
    { "17, 11", "11, 17" },
    { " 1 ; 3,5  ", "1, 3, 5" },
  };
  const char *bad[] = { "0", "18", "x", "11, 11", "011", "-3", "1.5" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_auto(GStrv) goals = NULL;
      g_autofree char *kept = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_true (cp_sdg_goals_parse (good[i].typed, &goals, &error));
      g_assert_no_error (error);
      kept = cp_sdg_goals_format ((const char * const *) goals);
      g_assert_cmpstr (kept, ==, good[i].kept);
      g_assert_true (cp_validate_sdg_goals ((const char * const *) goals, NULL));
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_auto(GStrv) goals = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_false (cp_sdg_goals_parse (bad[i], &goals, &error));
      g_assert_nonnull (error);
      g_assert_null (goals);
    }
  g_assert_cmpstr (cp_sdg_goal_get_name (11), ==, "Sustainable cities and communities");
  g_assert_cmpstr (cp_sdg_goal_get_name (17), ==, "Partnerships for the goals");
}

/* The records refuse what the export could not use. */
static void
test_records_refuse (CpTestDir     *f,
                     gconstpointer  data)
{
  g_autoptr(CpStore) store = cp_test_open_store (f->path);
  g_autoptr(CpMunicipality) own = cp_test_save_municipality (store, "Alphen aan den Rijn", "NL", TRUE);
  g_autoptr(CpMunicipality) partner = cp_test_save_municipality (store, "Oudtshoorn", "ZA", FALSE);
  g_autoptr(CpPartnership) partnership = cp_test_save_partnership (store, own, partner);
  g_autoptr(CpProject) project = cp_project_new (cp_test_id (partnership));
  g_autoptr(GError) error = NULL;
  const char *bad_goals[] = { "11", "18", NULL };

  g_object_set (own, "iati-org-ref", "NL KVK 1", NULL);
  g_assert_false (cp_store_save_municipality (store, own, &error));
  g_assert_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_FORMAT);
  g_clear_error (&error);

  g_object_set (partnership, "dac-sector", "15199", NULL);
  g_assert_false (cp_store_save_partnership (store, partnership, &error));
  g_assert_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_UNKNOWN_CODE);
  g_clear_error (&error);

  g_object_set (project, "title", "Performance Management System", "sdg-goals", bad_goals, NULL);
  g_assert_false (cp_store_save (store, CP_RECORD (project), &error));
  g_assert_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);

  /* A good project keeps its status, sector and goals. */
  bad_goals[1] = "16";
  g_object_set (project, "sdg-goals", bad_goals, "dac-sector", "15185", "status", CP_ACTIVITY_STATUS_CLOSED, NULL);
  cp_test_save_ok (store, project);
  {
    g_autoptr(GListModel) projects = cp_store_list_projects (store, cp_test_id (partnership), NULL);
    g_autoptr(CpProject) read = g_list_model_get_item (projects, 0);
    g_autofree char *goals = cp_sdg_goals_format (cp_project_get_sdg_goals (read));

    g_assert_cmpstr (goals, ==, "11, 16");
    g_assert_cmpstr (cp_project_get_dac_sector (read), ==, "15185");
    g_assert_cmpint (cp_project_get_status (read), ==, CP_ACTIVITY_STATUS_CLOSED);
  }
}

/* The sample, published */

static void
test_sample_valid (CpTestDir     *f,
                   gconstpointer  data)
{
  g_autoptr(CpStore) store = open_sample (f);
  g_autoptr(GListModel) municipalities = cp_store_list_municipalities (store, NULL);
  g_autoptr(GListModel) partnerships = cp_store_list_partnerships (store, NULL);
  guint files = 0;

  for (guint i = 0; i < g_list_model_get_n_items (municipalities); i++)
    {
      g_autoptr(CpMunicipality) publisher = g_list_model_get_item (municipalities, i);
      g_autofree char *path = NULL;
      g_autoptr(JsonObject) summary = NULL;
      g_auto(GStrv) left_out = NULL;

      if (!cp_municipality_get_is_own (publisher))
        continue;
      path = g_strdup_printf ("%s/%s.xml", f->dir, cp_municipality_get_iati_org_ref (publisher));
      summary = export_valid (store, cp_test_id (publisher), "en", path, &left_out);
      files++;

      /* Every ledger entry of each of its partnerships is in the file once. */
      for (guint j = 0; j < g_list_model_get_n_items (partnerships); j++)
        {
          g_autoptr(CpPartnership) partnership = g_list_model_get_item (partnerships, j);
          g_autofree char *parent = identifier (publisher, "partnership", cp_test_id (partnership));
          g_autofree char *expected = NULL;
          g_autofree char *written = NULL;
          guint n_entries, n_transactions;

          if (find_activity (summary, parent) == NULL)
            continue;
          expected = ledger_totals (store, cp_test_id (partnership), &n_entries);
          written = file_totals (summary, publisher, cp_test_id (partnership), &n_transactions);
          g_assert_cmpuint (n_entries, >, 0);
          g_assert_cmpuint (n_transactions, ==, n_entries);
          g_assert_cmpstr (written, ==, expected);
        }
    }
  g_assert_cmpuint (files, ==, 4);
}

static void
test_sample_utrecht (CpTestDir     *f,
                     gconstpointer  data)
{
  g_autoptr(CpStore) store = open_sample (f);
  g_autoptr(CpMunicipality) utrecht = find_municipality (store, "Utrecht");
  g_autoptr(CpMunicipality) leon = find_municipality (store, "León");
  g_autofree char *path = g_build_filename (f->dir, "utrecht.xml", NULL);
  g_auto(GStrv) left_out = NULL;
  g_autoptr(JsonObject) summary = export_valid (store, cp_test_id (utrecht), "en", path, &left_out);
  g_autoptr(GListModel) partnerships = cp_store_list_partnerships (store, NULL);
  g_autoptr(CpBudgetYear) year = cp_store_find_budget_year (store, cp_test_id (utrecht), 2007, NULL);
  g_autoptr(GListModel) lines = cp_store_list_budget_lines (store, cp_test_id (year), NULL);
  gint64 partnership_id = 0, budget = 0;
  g_autofree char *parent = NULL;
  g_autofree char *lse_id = NULL;
  g_autofree char *budget_text = NULL;
  JsonObject *activity, *lse;
  JsonArray *participants, *budgets;
  gboolean leon_implements = FALSE, utrecht_accountable = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (partnerships); i++)
    {
      g_autoptr(CpPartnership) partnership = g_list_model_get_item (partnerships, i);
      GPtrArray *parties = cp_partnership_get_parties (partnership);

      if (cp_test_id (g_ptr_array_index (parties, 0)) == cp_test_id (utrecht))
        partnership_id = cp_test_id (partnership);
    }
  parent = identifier (utrecht, "partnership", partnership_id);
  activity = find_activity (summary, parent);
  g_assert_nonnull (activity);

  /* One partnership, three of its four projects: the fourth has no start. */
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (summary, "activities")), ==, 4);
  g_assert_cmpint (g_strv_length (left_out), ==, 1);
  g_assert_nonnull (strstr (left_out[0], "Strengthening Cooperación Externa"));
  g_assert_cmpint (json_object_get_int_member (activity, "hierarchy"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (activity, "title"), ==, "Utrecht – León");
  g_assert_cmpint (json_object_get_int_member (activity, "status"), ==, 2);
  assert_joined (activity, "dates", "2:1985-01-01");
  assert_joined (activity, "countries", "NI");
  assert_joined (activity, "sectors", "15112");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (activity, "related")), ==, 3);

  participants = json_object_get_array_member (activity, "participants");
  for (guint i = 0; i < json_array_get_length (participants); i++)
    {
      JsonArray *org = json_array_get_array_element (participants, i);
      gint64 role = json_array_get_int_element (org, 0);
      const char *name = json_array_get_string_element (org, 3);

      leon_implements |= role == 4 && g_str_equal (name, cp_municipality_get_name (leon)) &&
                         g_strcmp0 (json_array_get_string_element (org, 1), "11") == 0;
      utrecht_accountable |= role == 2 && g_str_equal (name, "Utrecht") &&
                             g_strcmp0 (json_array_get_string_element (org, 2), cp_municipality_get_iati_org_ref (utrecht)) == 0;
    }
  g_assert_true (leon_implements);
  g_assert_true (utrecht_accountable);

  /* The 2007 budget is the partnership's lines of Utrecht's budget (Table 6.2). */
  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(CpBudgetLine) line = g_list_model_get_item (lines, i);

      if (cp_budget_line_get_partnership_id (line) == partnership_id)
        budget += cp_budget_line_get_amount (line);
    }
  g_assert_cmpint (budget, >, 0);
  budget_text = g_strdup_printf ("%" G_GINT64_FORMAT ".%02d", budget / 100, (int) (budget % 100));
  budgets = json_object_get_array_member (activity, "budgets");
  g_assert_cmpuint (json_array_get_length (budgets), >=, 1);
  for (guint i = 0; i < json_array_get_length (budgets); i++)
    {
      JsonArray *b = json_array_get_array_element (budgets, i);

      if (g_str_equal (json_array_get_string_element (b, 0), "2007-01-01"))
        {
          g_assert_cmpstr (json_array_get_string_element (b, 1), ==, "EUR");
          g_assert_cmpstr (json_array_get_string_element (b, 2), ==, budget_text);
        }
    }

  /* León Sur Este: its own sector, goal, status, start, ledger entries, and its parent. */
  lse_id = identifier (utrecht, "project", find_project (store, "León Sur Este (LSE)"));
  lse = find_activity (summary, lse_id);
  g_assert_nonnull (lse);
  g_assert_cmpint (json_object_get_int_member (lse, "hierarchy"), ==, 2);
  assert_joined (lse, "sectors", "43030");
  assert_joined (lse, "tags", "11");
  assert_joined (lse, "dates", "2:1998-01-01");
  /* Six departments' €13,000 each (L7388–7392) are the entries that name the project. */
  g_assert_cmpint (json_object_get_int_member (lse, "transactions"), ==, 6);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (lse, "totals"), "EUR"), ==, "78000.00");
  g_assert_cmpstr (json_object_get_string_member (lse, "description"), ==,
                   "A project of the partnership Utrecht – León on urban expansion and housing.");
  g_assert_cmpstr (json_array_get_string_element (json_array_get_array_element (json_object_get_array_member (lse, "related"), 0), 0),
                   ==, parent);
}

/* Amstelveen's two projects in Villa El Salvador ended: closed, with actual ends. */
static void
test_sample_closed_projects (CpTestDir     *f,
                             gconstpointer  data)
{
  g_autoptr(CpStore) store = open_sample (f);
  g_autoptr(CpMunicipality) amstelveen = find_municipality (store, "Amstelveen");
  g_autofree char *path = g_build_filename (f->dir, "amstelveen.xml", NULL);
  g_autoptr(JsonObject) summary = export_valid (store, cp_test_id (amstelveen), "en", path, NULL);
  g_autofree char *finance = identifier (amstelveen, "project",
                                         find_project (store, "Improving the financial administration of Villa El Salvador"));
  JsonObject *activity = find_activity (summary, finance);

  g_assert_nonnull (activity);
  g_assert_cmpint (json_object_get_int_member (activity, "status"), ==, 4);
  assert_joined (activity, "dates", "2:2004-01-01,4:2006-12-31");
  assert_joined (activity, "countries", "PE");
  assert_joined (activity, "tags", "16,17");
}

/* Broken copies: the schema refuses an activity without its status, the codelists a
 * sector that does not exist. Without these the two checks above could pass anything. */
static void
test_checks_can_fail (CpTestDir     *f,
                      gconstpointer  data)
{
  g_autoptr(CpStore) store = open_sample (f);
  g_autoptr(CpMunicipality) utrecht = find_municipality (store, "Utrecht");
  g_autofree char *path = g_build_filename (f->dir, "good.xml", NULL);
  g_autofree char *broken = g_build_filename (f->dir, "broken.xml", NULL);
  g_autoptr(JsonObject) summary = export_valid (store, cp_test_id (utrecht), "en", path, NULL);
  g_autofree char *xml = NULL;
  g_autofree char *complaint = NULL;
  g_autoptr(GRegex) status = g_regex_new ("\\s*<activity-status code=\"2\"/>", 0, 0, NULL);
  g_autofree char *without_status = NULL;
  g_autoptr(GString) bad_sector = NULL;

  g_assert_true (g_file_get_contents (path, &xml, NULL, NULL));
  without_status = g_regex_replace_literal (status, xml, -1, 0, "", 0, NULL);
  g_assert_cmpstr (without_status, !=, xml);
  g_assert_true (g_file_set_contents (broken, without_status, -1, NULL));
  g_assert_false (schema_accepts (broken, &complaint));
  g_assert_nonnull (strstr (complaint, "activity-status"));

  g_clear_pointer (&complaint, g_free);
  bad_sector = g_string_new (xml);
  g_assert_cmpuint (g_string_replace (bad_sector, "code=\"15112\"", "code=\"15199\"", 1), ==, 1);
  g_assert_true (g_file_set_contents (broken, bad_sector->str, -1, NULL));
  g_assert_true (schema_accepts (broken, NULL));
  g_assert_null (check_codes (broken, &complaint));
  g_assert_nonnull (strstr (complaint, "'15199' is not in Sector"));
}

/* The texts written for records without a description follow the language asked
 * for, and xml:lang says which it is. */
static void
test_language (CpTestDir     *f,
               gconstpointer  data)
{
  g_autoptr(CpStore) store = open_sample (f);
  g_autoptr(CpMunicipality) utrecht = find_municipality (store, "Utrecht");
  g_autofree char *path = g_build_filename (f->dir, "es.xml", NULL);
  g_autoptr(JsonObject) summary = NULL;
  g_autofree char *lse_id = identifier (utrecht, "project", find_project (store, "León Sur Este (LSE)"));
  JsonObject *lse;

  {
    g_autoptr(CpReportLanguage) spanish = cp_report_language_push ("es");

    summary = export_valid (store, cp_test_id (utrecht), "es", path, NULL);
  }
  lse = find_activity (summary, lse_id);
  g_assert_cmpstr (json_object_get_string_member (lse, "language"), ==, "es");
  g_assert_cmpstr (json_object_get_string_member (lse, "description"), ==,
                   "Un proyecto del hermanamiento Utrecht – León sobre urban expansion and housing.");
}

/* Refusals, and a file that was there stays as it was. */
static void
test_refusals (CpTestDir     *f,
               gconstpointer  data)
{
  g_autoptr(CpStore) store = cp_test_open_store (f->path);
  g_autoptr(CpMunicipality) own = cp_test_save_municipality (store, "Alphen aan den Rijn", "NL", TRUE);
  g_autoptr(CpMunicipality) partner = cp_test_save_municipality (store, "Oudtshoorn", "ZA", FALSE);
  g_autoptr(CpPartnership) partnership = NULL;
  g_autofree char *path = g_build_filename (f->dir, "activities.xml", NULL);
  g_autofree char *missing_folder = g_build_filename (f->dir, "no such folder", "activities.xml", NULL);
  g_autofree char *kept = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) left_out = NULL;

  g_assert_true (g_file_set_contents (path, "what was there", -1, NULL));

  /* No identifier yet. */
  g_assert_false (cp_iati_export_file (store, cp_test_id (own), 0, "en", path, NULL, &error));
  g_assert_error (error, CP_IATI_ERROR, CP_IATI_ERROR_NO_ORG_REF);
  g_assert_nonnull (strstr (error->message, "Alphen aan den Rijn"));
  g_clear_error (&error);

  g_object_set (own, "iati-org-ref", "NL-KVK-12345678", NULL);
  cp_test_save_ok (store, own);

  /* No partnership. */
  g_assert_false (cp_iati_export_file (store, cp_test_id (own), 0, "en", path, NULL, &error));
  g_assert_error (error, CP_IATI_ERROR, CP_IATI_ERROR_NO_ACTIVITIES);
  g_clear_error (&error);

  /* A partner municipality does not publish for its Northern partner. */
  g_assert_false (cp_iati_export_file (store, cp_test_id (partner), 0, "en", path, NULL, &error));
  g_assert_error (error, CP_IATI_ERROR, CP_IATI_ERROR_NOT_OWN);
  g_clear_error (&error);

  /* A partnership without any date: nothing can be written, and the message says why. */
  partnership = cp_test_save_partnership (store, own, partner);
  g_object_set (partnership, "agreement-date", "", "first-contact", "", NULL);
  cp_test_save_ok (store, partnership);
  g_assert_false (cp_iati_export_file (store, cp_test_id (own), 0, "en", path, &left_out, &error));
  g_assert_error (error, CP_IATI_ERROR, CP_IATI_ERROR_INCOMPLETE);
  g_assert_nonnull (strstr (error->message, "Alphen aan den Rijn – Oudtshoorn"));
  g_assert_null (left_out);
  g_clear_error (&error);

  g_assert_true (g_file_get_contents (path, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, "what was there");

  /* Once dated it is written, over the old file; a folder that is not there is an error. */
  g_object_set (partnership, "agreement-date", "2002-04-06", NULL);
  cp_test_save_ok (store, partnership);
  g_assert_false (cp_iati_export_file (store, cp_test_id (own), 0, "en", missing_folder, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_clear_error (&error);
  g_assert_true (cp_iati_export_file (store, cp_test_id (own), 0, "en", path, &left_out, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_strv_length (left_out), ==, 0);
  g_clear_pointer (&kept, g_free);
  g_assert_true (g_file_get_contents (path, &kept, NULL, NULL));
  g_assert_true (g_str_has_prefix (kept, "<?xml"));
  g_assert_true (schema_accepts (path, NULL));
}

int
main (int   argc,
      char *argv[])
{
  cp_test_init (&argc, &argv);

  g_test_add_func ("/iati/codes/sectors", test_sectors_in_codelist);
  g_test_add_func ("/iati/codes/org-ref", test_org_ref);
  g_test_add_func ("/iati/codes/sdg-goals", test_sdg_goals);
  g_test_add ("/iati/codes/records", CpTestDir, NULL, cp_test_dir_set_up, test_records_refuse, cp_test_dir_tear_down);
  g_test_add ("/iati/sample/valid", CpTestDir, NULL, cp_test_dir_set_up, test_sample_valid, cp_test_dir_tear_down);
  g_test_add ("/iati/sample/utrecht", CpTestDir, NULL, cp_test_dir_set_up, test_sample_utrecht, cp_test_dir_tear_down);
  g_test_add ("/iati/sample/closed", CpTestDir, NULL, cp_test_dir_set_up, test_sample_closed_projects, cp_test_dir_tear_down);
  g_test_add ("/iati/checks-can-fail", CpTestDir, NULL, cp_test_dir_set_up, test_checks_can_fail, cp_test_dir_tear_down);
  g_test_add ("/iati/language", CpTestDir, NULL, cp_test_dir_set_up, test_language, cp_test_dir_tear_down);
  g_test_add ("/iati/refusals", CpTestDir, NULL, cp_test_dir_set_up, test_refusals, cp_test_dir_tear_down);

  return g_test_run ();
}
