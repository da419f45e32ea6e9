/* test-report-builder.c: the council reports made from the sample workspace
 *
 * Each report type on the study's partnerships (the sample of cp-sample-data.c, on
 * the widget tests' today, 2008-06-01): its sections in order, the figures the study
 * gives (Utrecht's €565,876 IC budget of 2007 and León's 22.7 %, Table 6.2 and
 * Figure 6.1), tables with the rows the records hold, the charts, and the study's
 * words for the risk signals as footnotes. A Spanish report made while the
 * interface speaks Dutch, a year without data, and ids that do not exist.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib.h>
#include <glib/gi18n-lib.h>

#include "core/cp-conditions.h"
#include "core/cp-partial-date.h"
#include "report/cp-report-builder.h"
#include "report/cp-report-charts.h"
#include "report/cp-report-language.h"
#include "store/cp-sample-data.h"

#include "cp-test-util.h"

#define SAMPLE_TODAY "2008-06-01"   /* the widget tests' today: the study ends in 2008 */

typedef struct
{
  CpTestDir  dir;
  CpStore   *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  cp_test_dir_set_up (&fixture->dir, data);
  fixture->store = cp_test_open_store (fixture->dir.path);
  g_assert_true (cp_sample_data_load (fixture->store, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  cp_test_dir_tear_down (&fixture->dir, data);
}

/* Finding the sample's records */

static gint64
partnership_id (CpStore    *store,
                const char *title)
{
  g_autoptr(GListModel) list = cp_store_list_partnerships (store, NULL);

  for (guint i = 0; list != NULL && i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(CpPartnership) partnership = g_list_model_get_item (list, i);
      g_autofree char *text = cp_partnership_dup_title (partnership);

      if (g_str_equal (text, title))
        return cp_test_id (partnership);
    }
  g_test_message ("No partnership “%s”", title);
  g_assert_not_reached ();
}

static gint64
municipality_id (CpStore    *store,
                 const char *name)
{
  g_autoptr(GListModel) list = cp_store_list_municipalities (store, NULL);

  for (guint i = 0; list != NULL && i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(CpMunicipality) municipality = g_list_model_get_item (list, i);

      if (g_str_equal (cp_municipality_get_name (municipality), name))
        return cp_test_id (municipality);
    }
  g_test_message ("No municipality “%s”", name);
  g_assert_not_reached ();
}

static gint64
visit_id (CpStore    *store,
          const char *starts_on)
{
  g_autoptr(GListModel) list = cp_store_list_visits (store, 0, NULL);

  for (guint i = 0; list != NULL && i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(CpVisit) visit = g_list_model_get_item (list, i);

      if (g_str_equal (cp_visit_get_starts_on (visit), starts_on))
        return cp_test_id (visit);
    }
  g_test_message ("No visit on %s", starts_on);
  g_assert_not_reached ();
}

/* Reading the document */

static CpReportDocument *
build_ok (CpStore         *store,
          CpReportRequest *request)
{
  g_autoptr(GError) error = NULL;
  CpReportDocument *doc;

  if (request->today == NULL)
    request->today = SAMPLE_TODAY;
  doc = cp_report_build (store, request, &error);
  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

static GPtrArray *
list_headings (CpReportDocument *doc,
               int               level)
{
  GPtrArray *headings = g_ptr_array_new ();

  for (guint i = 0; i < cp_report_document_get_n_blocks (doc); i++)
    {
      const CpReportBlock *block = cp_report_document_get_block (doc, i);

      if (block->kind == CP_REPORT_BLOCK_HEADING && block->level == level)
        g_ptr_array_add (headings, block->text);
    }
  return headings;
}

/* The level-1 headings are the type's sections, in the order of @expected. */
static void
assert_sections (CpReportDocument      *doc,
                 const CpReportSection *expected,
                 guint                  n_expected)
{
  g_autoptr(GPtrArray) headings = list_headings (doc, 1);

  g_assert_cmpuint (headings->len, ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    g_assert_cmpstr (g_ptr_array_index (headings, i), ==, cp_report_section_to_label (expected[i]));
}

/* The index of the level-1 heading @text, or fails. */
static guint
find_section (CpReportDocument *doc,
              const char       *text)
{
  for (guint i = 0; i < cp_report_document_get_n_blocks (doc); i++)
    {
      const CpReportBlock *block = cp_report_document_get_block (doc, i);

      if (block->kind == CP_REPORT_BLOCK_HEADING && block->level == 1 && g_str_equal (block->text, text))
        return i;
    }
  g_test_message ("No section “%s”", text);
  g_assert_not_reached ();
}

/* The first block of @kind in the section titled @section (NULL: anywhere) whose
 * caption or header's first cell is @name (NULL: any). */
static const CpReportBlock *
find_block (CpReportDocument  *doc,
            const char        *section,
            CpReportBlockKind  kind,
            const char        *name)
{
  guint start = section != NULL ? find_section (doc, section) + 1 : 0;

  for (guint i = start; i < cp_report_document_get_n_blocks (doc); i++)
    {
      const CpReportBlock *block = cp_report_document_get_block (doc, i);

      if (section != NULL && block->kind == CP_REPORT_BLOCK_HEADING && block->level == 1)
        break;
      if (block->kind != kind)
        continue;
      if (name == NULL || g_strcmp0 (block->caption, name) == 0 ||
          (block->header != NULL && g_strcmp0 (block->header[0], name) == 0))
        return block;
    }
  return NULL;
}

static const CpReportBlock *
get_table (CpReportDocument *doc,
           const char       *section,
           const char       *name)
{
  const CpReportBlock *block = find_block (doc, section, CP_REPORT_BLOCK_TABLE, name);

  if (block == NULL)
    g_test_message ("No table “%s” in “%s”", name ? name : "(any)", section ? section : "(any)");
  g_assert_nonnull (block);
  return block;
}

/* The row of @table whose first cell is @first. */
static GStrv
get_row (const CpReportBlock *table,
         const char          *first)
{
  for (guint i = 0; i < table->rows->len; i++)
    {
      GStrv row = g_ptr_array_index (table->rows, i);

      if (g_str_equal (row[0], first))
        return row;
    }
  g_test_message ("No row “%s”", first);
  g_assert_not_reached ();
}

/* The value of the key figure @label, or NULL. */
static const char *
key_figure (CpReportDocument *doc,
            const char       *label)
{
  for (guint i = 0; i < cp_report_document_get_n_blocks (doc); i++)
    {
      const CpReportBlock *block = cp_report_document_get_block (doc, i);

      for (guint j = 0; block->kind == CP_REPORT_BLOCK_KEY_FIGURES && j < block->labels->len; j++)
        if (g_str_equal (g_ptr_array_index (block->labels, j), label))
          return g_ptr_array_index (block->values, j);
    }
  return NULL;
}

static guint
count_blocks (CpReportDocument  *doc,
              CpReportBlockKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < cp_report_document_get_n_blocks (doc); i++)
    n += cp_report_document_get_block (doc, i)->kind == kind;
  return n;
}

static gboolean
has_footnote (CpReportDocument *doc,
              const char       *part)
{
  GPtrArray *footnotes = cp_report_document_get_footnotes (doc);

  for (guint i = 0; i < footnotes->len; i++)
    if (strstr (g_ptr_array_index (footnotes, i), part) != NULL)
      return TRUE;
  return FALSE;
}

static gboolean
has_note (CpReportDocument *doc,
          const char       *text)
{
  for (guint i = 0; i < cp_report_document_get_n_blocks (doc); i++)
    {
      const CpReportBlock *block = cp_report_document_get_block (doc, i);

      if (block->kind == CP_REPORT_BLOCK_NOTE && g_str_equal (block->text, text))
        return TRUE;
    }
  return FALSE;
}

/* Every section has something under its heading. */
static void
assert_no_empty_section (CpReportDocument *doc)
{
  guint n = cp_report_document_get_n_blocks (doc);

  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      const CpReportBlock *block = cp_report_document_get_block (doc, i);

      if (block->kind != CP_REPORT_BLOCK_HEADING || block->level != 1)
        continue;
      g_assert_cmpuint (i + 1, <, n);
      block = cp_report_document_get_block (doc, i + 1);
      g_assert_false (block->kind == CP_REPORT_BLOCK_HEADING && block->level == 1);
    }
}

/* The words of the signals the engine fires for the facts; each must be a footnote. */
static guint
assert_signals_cited (CpReportDocument        *doc,
                      const CpConditionResult *result)
{
  for (guint i = 0; i < result->signals->len; i++)
    {
      const CpRiskSignal *signal = g_ptr_array_index (result->signals, i);

      if (!has_footnote (doc, signal->words))
        g_test_message ("The words of “%s” are not cited", signal->key);
      g_assert_true (has_footnote (doc, signal->words));
      g_assert_true (has_footnote (doc, signal->citation));
    }
  return result->signals->len;
}

static gboolean
catalogue_exists (const char *language)
{
  const char *localedir = g_getenv ("COUNTERPART_LOCALEDIR");
  g_autofree char *path = NULL;

  if (localedir == NULL)
    return FALSE;
  path = g_build_filename (localedir, language, "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

/* Cases */

static void
test_labels (void)
{
  for (guint type = 0; type < CP_N_REPORT_TYPES; type++)
    {
      guint sections = cp_report_type_get_sections (type);
      CpReportType back;

      g_assert_cmpstr (cp_report_type_to_label (type), !=, "");
      g_assert_cmpuint (sections, !=, 0);
      for (guint bit = 1; bit != 0 && bit <= sections; bit <<= 1)
        if (sections & bit)
          g_assert_cmpstr (cp_report_section_to_label (bit), !=, "");
      g_assert_true (cp_report_type_from_nick (cp_report_type_to_nick (type), &back));
      g_assert_cmpint (back, ==, type);
    }
  g_assert_true (cp_report_type_get_sections (CP_REPORT_EVALUATION) & CP_REPORT_SECTION_DECISION);
  g_assert_false (cp_report_type_get_sections (CP_REPORT_ANNUAL) & CP_REPORT_SECTION_DECISION);
  g_assert_cmpstr (cp_report_section_to_label (CP_REPORT_SECTION_SUMMARY), ==, "Summary");
}

/* Utrecht – León, 2007 */
static void
test_annual (Fixture       *fixture,
             gconstpointer  data)
{
  static const CpReportSection sections[] = {
    CP_REPORT_SECTION_SUMMARY, CP_REPORT_SECTION_ACTIVITIES, CP_REPORT_SECTION_RESULTS,
    CP_REPORT_SECTION_FINANCES, CP_REPORT_SECTION_CONDITIONS, CP_REPORT_SECTION_OUTLOOK,
  };
  CpReportRequest request = {
    .type = CP_REPORT_ANNUAL,
    .partnership_id = partnership_id (fixture->store, "Utrecht – León"),
    .year = 2007,
    .language = "en",
  };
  g_autoptr(CpReportDocument) doc = build_ok (fixture->store, &request);
  const CpReportBlock *visits, *learning, *indicators;
  CpConditionsFacts facts;
  CpSouthFacts south;
  guint n_signals = 0;

  g_assert_cmpstr (cp_report_document_get_title (doc), ==, "Annual report 2007");
  g_assert_cmpstr (cp_report_document_get_subject (doc), ==, "Utrecht – León");
  g_assert_cmpstr (cp_report_document_get_date (doc), ==, "1 June 2008");
  g_assert_cmpstr (cp_report_document_get_language (doc), ==, "en");
  g_assert_cmpstr (cp_report_document_get_label (doc, "page"), ==, "Page %d of %d");
  assert_sections (doc, sections, G_N_ELEMENTS (sections));
  assert_no_empty_section (doc);

  /* The one visit of 2007: León's yearly visit to Utrecht, two delegates */
  g_assert_cmpstr (key_figure (doc, "Visits in 2007"), ==, "1");
  visits = get_table (doc, "Activities and visits", "Visits in 2007");
  g_assert_cmpuint (visits->rows->len, ==, 1);
  g_assert_cmpstr (((GStrv) g_ptr_array_index (visits->rows, 0))[0], ==,
                   "17 September 2007 – 28 September 2007");
  g_assert_cmpstr (((GStrv) g_ptr_array_index (visits->rows, 0))[4], ==, "2");
  g_assert_nonnull (get_table (doc, "Activities and visits", "Agreements signed in 2007"));
  get_row (get_table (doc, "Activities and visits", "Agreements signed in 2007"), "Sustainability agreement 2007");

  learning = get_table (doc, "Results and learning", "Learning recorded on the visits of 2007");
  g_assert_cmpuint (learning->rows->len, ==, 1);
  g_assert_cmpuint (get_table (doc, "Results and learning", "Actions agreed on the visits of 2007")->rows->len, ==, 1);

  /* Table 6.2 and Figure 6.1: €128,700 of €565,876 */
  g_assert_cmpstr (key_figure (doc, "Budget"), ==, "128,700.00 EUR");
  g_assert_cmpstr (key_figure (doc, "IC budget"), ==, "565,876.00 EUR");
  g_assert_cmpstr (key_figure (doc, "Share of the IC budget"), ==, "22.7 %");
  g_assert_cmpstr (key_figure (doc, "External funding"), ==, "502,000.00 EUR");
  g_assert_true (has_footnote (doc, "Bontenbal 2009, Figure 6.1, L7101–7153 and Table 6.2"));
  g_assert_true (has_footnote (doc, "Bontenbal 2009, Table 6.2, L7429–7453"));
  indicators = get_table (doc, "Finances", "Indicators of Utrecht, 2007");
  g_assert_cmpstr (get_row (indicators, "Partnership share of the IC budget")[1], ==, "22.7 %");
  /* León's own figures of Table 6.6: IC pays for 59 % of its budget */
  g_assert_nonnull (strstr (get_row (indicators,
                                     cp_funding_indicator_get_title (CP_FUNDING_INDICATOR_PARTNER_IC_SHARE_OF_BUDGET))[1],
                            "59"));
  g_assert_cmpuint (count_blocks (doc, CP_REPORT_BLOCK_CHART), ==, 2);
  {
    const CpReportBlock *chart = find_block (doc, "Finances", CP_REPORT_BLOCK_CHART, NULL);
    g_autofree char *description = cp_chart_dup_description (chart->chart);

    g_assert_nonnull (strstr (description, "Budget and spending per partnership, 2007"));
    g_assert_nonnull (strstr (description, "Utrecht – León: Budget 128,700 EUR"));
  }

  /* The four conditions and León's structure, each signal with the study's words */
  g_assert_true (cp_store_gather_conditions_facts (fixture->store, municipality_id (fixture->store, "Utrecht"),
                                                   request.partnership_id, 2007, SAMPLE_TODAY, &facts, NULL));
  for (int condition = CP_CONDITION_POLITICAL_EMBEDDING; condition <= CP_CONDITION_SUPPORT; condition++)
    {
      g_autoptr(CpConditionResult) result = cp_conditions_evaluate (&facts, condition);

      n_signals += assert_signals_cited (doc, result);
    }
  cp_conditions_facts_clear (&facts);
  g_assert_true (cp_store_gather_south_facts (fixture->store, municipality_id (fixture->store, "León"), 2007,
                                              SAMPLE_TODAY, &south, NULL));
  for (int issue = 0; issue < CP_N_SOUTH_ISSUES; issue++)
    {
      g_autoptr(CpConditionResult) result = cp_conditions_evaluate_south (&south, issue);

      n_signals += assert_signals_cited (doc, result);
    }
  cp_south_facts_clear (&south);
  /* The VVD for ending the partnership (fn 122), León's aid dependency, its islands */
  g_assert_cmpuint (n_signals, >=, 3);

  /* The outlook from 1 June 2008: the KPA report is overdue, LSE's follow-ups open */
  g_assert_nonnull (get_row (get_table (doc, "Outlook", "Deadlines in the coming year, and those already passed"),
                             "31 March 2008"));
  g_assert_cmpstr (get_row (get_table (doc, "Outlook", "Deadlines in the coming year, and those already passed"),
                            "31 March 2008")[3], ==, "Yes");
  g_assert_cmpuint (get_table (doc, "Outlook", "Open follow-up actions")->rows->len, ==, 3);
}

/* The four years before the council's decision, 2004–2007 */
static void
test_evaluation (Fixture       *fixture,
                 gconstpointer  data)
{
  static const CpReportSection sections[] = {
    CP_REPORT_SECTION_SUMMARY, CP_REPORT_SECTION_ACTIVITIES, CP_REPORT_SECTION_RESULTS,
    CP_REPORT_SECTION_FINANCES, CP_REPORT_SECTION_CONDITIONS, CP_REPORT_SECTION_OUTLOOK,
    CP_REPORT_SECTION_DECISION,
  };
  CpReportRequest request = {
    .type = CP_REPORT_EVALUATION,
    .partnership_id = partnership_id (fixture->store, "Utrecht – León"),
    .year = 2007,
    .language = "en",
  };
  g_autoptr(CpReportDocument) doc = build_ok (fixture->store, &request);
  const CpReportBlock *trend, *money;
  guint decision, n_questions = 0;

  g_assert_cmpstr (cp_report_document_get_title (doc), ==, "Evaluation 2004–2007");
  assert_sections (doc, sections, G_N_ELEMENTS (sections));
  assert_no_empty_section (doc);

  /* The LSE housing visit of 2006 and León's visit of 2007 */
  g_assert_cmpuint (get_table (doc, "Activities and visits", "Visits in 2004–2007")->rows->len, ==, 2);
  g_assert_cmpuint (get_table (doc, "Results and learning", "Learning recorded on the visits of 2004–2007")->rows->len,
                    ==, 3);

  /* A year per row; 2007's budget line is the only one on record */
  money = get_table (doc, "Finances", "The money of Utrecht – León, 2004–2007");
  g_assert_cmpuint (money->rows->len, ==, 4);
  g_assert_cmpstr (get_row (money, "2007")[1], ==, "128,700.00 EUR");
  g_assert_cmpstr (get_row (money, "2007")[3], ==, "22.7 %");
  g_assert_cmpstr (get_row (money, "2005")[1], ==, "—");
  g_assert_cmpuint (count_blocks (doc, CP_REPORT_BLOCK_CHART), ==, 2);

  /* The trend: a level per condition per year */
  trend = get_table (doc, "Conditions and risks", "The level of each condition per year");
  g_assert_cmpuint (trend->n_columns, ==, 5);
  g_assert_cmpstr (trend->header[1], ==, "2004");
  g_assert_cmpstr (trend->header[4], ==, "2007");
  g_assert_cmpuint (trend->rows->len, ==, 4);
  get_row (trend, "Political embedding");
  g_assert_cmpuint (get_table (doc, "Conditions and risks", "The level of each issue per year")->rows->len, ==, 3);

  /* The questions for the council, grounded in the study */
  decision = find_section (doc, "Questions for the council");
  for (guint i = decision + 1; i < cp_report_document_get_n_blocks (doc); i++)
    n_questions += cp_report_document_get_block (doc, i)->kind == CP_REPORT_BLOCK_HEADING;
  g_assert_cmpuint (n_questions, ==, 7);
  g_assert_true (has_footnote (doc, "Bontenbal 2009, L10603–10605"));
}

/* León's yearly visit to Utrecht, 2007; and an LSE work visit paid partly in córdobas */
static void
test_visit (Fixture       *fixture,
            gconstpointer  data)
{
  static const CpReportSection sections[] = {
    CP_REPORT_SECTION_PURPOSE, CP_REPORT_SECTION_DELEGATION, CP_REPORT_SECTION_PROGRAMME,
    CP_REPORT_SECTION_LEARNING, CP_REPORT_SECTION_FOLLOW_UPS, CP_REPORT_SECTION_COSTS,
  };
  CpReportRequest request = {
    .type = CP_REPORT_VISIT,
    .visit_id = visit_id (fixture->store, "2007-09-17"),
    .language = "en",
  };
  g_autoptr(CpReportDocument) doc = build_ok (fixture->store, &request);
  g_autoptr(CpReportDocument) housing = NULL;
  const CpReportBlock *delegation, *costs;

  g_assert_cmpstr (cp_report_document_get_title (doc), ==, "Visit report");
  g_assert_cmpstr (cp_report_document_get_subject (doc), ==,
                   "Utrecht – León, 17 September 2007 – 28 September 2007");
  assert_sections (doc, sections, G_N_ELEMENTS (sections));
  assert_no_empty_section (doc);
  g_assert_cmpstr (key_figure (doc, "Incoming"), ==, "León → Utrecht");
  g_assert_true (has_footnote (doc, "Bontenbal 2009, Box 8.1 fn 1, L10311–10313"));

  delegation = get_table (doc, "Delegation", NULL);
  g_assert_cmpuint (delegation->rows->len, ==, 2);
  g_assert_cmpstr (((GStrv) g_ptr_array_index (delegation->rows, 0))[1], ==, "Leader");
  g_assert_cmpuint (get_table (doc, "Programme", NULL)->rows->len, ==, 4);
  g_assert_cmpstr (((GStrv) g_ptr_array_index (get_table (doc, "Programme", NULL)->rows, 0))[1], ==, "10:00–16:00");
  g_assert_cmpuint (get_table (doc, "Learning", NULL)->rows->len, ==, 1);
  g_assert_cmpstr (((GStrv) g_ptr_array_index (get_table (doc, "Learning", NULL)->rows, 0))[1], ==, "Professional learning");
  g_assert_cmpuint (get_table (doc, "Follow-up actions", NULL)->rows->len, ==, 1);
  g_assert_cmpstr (((GStrv) g_ptr_array_index (get_table (doc, "Follow-up actions", NULL)->rows, 0))[3], ==, "Done");

  /* Two lines in euros and the total */
  costs = get_table (doc, "Costs", NULL);
  g_assert_cmpuint (costs->rows->len, ==, 3);
  g_assert_cmpstr (costs->header[4], ==, "EUR");
  g_assert_cmpstr (get_row (costs, "Total")[4], ==, "4,380.00 EUR");
  g_assert_cmpstr (key_figure (doc, "Total cost"), ==, "4,380.00 EUR");

  /* C$19,800 at 22 to the euro is €900, beside €2,300 of flights */
  request.visit_id = visit_id (fixture->store, "2006-11-06");
  housing = build_ok (fixture->store, &request);
  costs = get_table (housing, "Costs", NULL);
  g_assert_cmpstr (get_row (costs, "Accommodation")[3], ==, "19,800.00 NIO");
  g_assert_cmpstr (get_row (costs, "Accommodation")[4], ==, "900.00 EUR");
  g_assert_cmpstr (get_row (costs, "Total")[4], ==, "3,200.00 EUR");
}

/* Utrecht's budget statement for 2007 (Figure 6.1, Table 6.2, L7466–7468) */
static void
test_budget (Fixture       *fixture,
             gconstpointer  data)
{
  static const CpReportSection sections[] = {
    CP_REPORT_SECTION_SUMMARY, CP_REPORT_SECTION_IC_BUDGET, CP_REPORT_SECTION_PARTNERSHIPS,
    CP_REPORT_SECTION_FUNDING, CP_REPORT_SECTION_FUNDERS, CP_REPORT_SECTION_INDICATORS,
  };
  CpReportRequest request = {
    .type = CP_REPORT_BUDGET,
    .municipality_id = municipality_id (fixture->store, "Utrecht"),
    .year = 2007,
    .language = "en",
  };
  g_autoptr(CpReportDocument) doc = build_ok (fixture->store, &request);
  const CpReportBlock *lines, *partnerships, *indicators;

  g_assert_cmpstr (cp_report_document_get_title (doc), ==, "Budget statement 2007");
  g_assert_cmpstr (cp_report_document_get_subject (doc), ==, "Utrecht");
  assert_sections (doc, sections, G_N_ELEMENTS (sections));
  assert_no_empty_section (doc);

  g_assert_cmpstr (key_figure (doc, "IC budget"), ==, "565,876.00 EUR");
  g_assert_cmpstr (key_figure (doc, "External funding"), ==, "502,000.00 EUR");
  g_assert_true (has_footnote (doc, "Bontenbal 2009, Table 6.2, L7429–7453 and Figure 6.1, L7101–7153"));

  /* Figure 6.1's seven lines and their total */
  lines = get_table (doc, "International cooperation budget", "The international cooperation budget of Utrecht, 2007");
  g_assert_cmpuint (lines->rows->len, ==, 8);
  g_assert_cmpstr (get_row (lines, "León")[1], ==, "Utrecht – León");
  g_assert_cmpstr (get_row (lines, "León")[3], ==, "22.7 %");
  g_assert_cmpstr (get_row (lines, "Total")[2], ==, "565,876.00 EUR");
  g_assert_cmpstr (get_row (lines, "Total")[3], ==, "100.0 %");

  partnerships = get_table (doc, "Partnerships", "Budget against spending per partnership, 2007");
  g_assert_cmpuint (partnerships->rows->len, ==, 1);
  g_assert_cmpstr (get_row (partnerships, "Utrecht – León")[1], ==, "128,700.00 EUR");
  g_assert_cmpstr (get_row (partnerships, "Utrecht – León")[4], ==, "22.7 %");
  g_assert_nonnull (find_block (doc, "Partnerships", CP_REPORT_BLOCK_CHART, NULL));

  g_assert_cmpstr (get_row (get_table (doc, "Funding and ledger", "Funding by source, 2007"), "External grant")[1], ==,
                   "502,000.00 EUR");
  g_assert_nonnull (find_block (doc, "Funding and ledger", CP_REPORT_BLOCK_CHART, NULL));
  g_assert_cmpstr (get_row (get_table (doc, "Funding and ledger", "The ledger of 2007 by kind of entry"),
                            "Incoming funds")[2], ==, "502,000.00 EUR");
  g_assert_true (has_footnote (doc, "Bontenbal 2009, L7466–7468"));

  /* The eight external funders, VNG first at 45 % */
  g_assert_cmpuint (get_table (doc, "Funders", NULL)->rows->len, ==, 8);
  g_assert_cmpstr (get_row (get_table (doc, "Funders", NULL), "VNG International")[3], ==, "45.0 %");

  indicators = get_table (doc, "Indicators", "Indicators of Utrecht, 2007");
  g_assert_cmpuint (indicators->rows->len, ==, 8);
  g_assert_cmpstr (get_row (indicators, "Partnership share of the IC budget")[1], ==, "22.7 %");
  g_assert_cmpstr (get_row (indicators, "Partnership share of the IC budget")[2], ==,
                   cp_funding_indicator_get_meaning (CP_FUNDING_INDICATOR_PARTNERSHIP_SHARE));
  g_assert_cmpuint (count_blocks (doc, CP_REPORT_BLOCK_CHART), ==, 2);
}

/* What Alphen's successor needs about Oudtshoorn */
static void
test_handover (Fixture       *fixture,
               gconstpointer  data)
{
  static const CpReportSection sections[] = {
    CP_REPORT_SECTION_SUMMARY, CP_REPORT_SECTION_PARTIES_AND_AGREEMENTS, CP_REPORT_SECTION_PEOPLE,
    CP_REPORT_SECTION_HISTORY, CP_REPORT_SECTION_OPEN_MATTERS, CP_REPORT_SECTION_FINANCES,
    CP_REPORT_SECTION_FUNDERS, CP_REPORT_SECTION_DOCUMENTS,
  };
  CpReportRequest request = {
    .type = CP_REPORT_HANDOVER,
    .partnership_id = partnership_id (fixture->store, "Alphen aan den Rijn – Oudtshoorn"),
    .language = "en",
  };
  g_autoptr(CpReportDocument) doc = build_ok (fixture->store, &request);
  const CpReportBlock *first, *agreements, *money;

  g_assert_cmpstr (cp_report_document_get_title (doc), ==, "Handover dossier");
  assert_sections (doc, sections, G_N_ELEMENTS (sections));
  assert_no_empty_section (doc);

  /* It opens with why it exists: Cajamarca's lost archive */
  first = cp_report_document_get_block (doc, 1);
  g_assert_cmpint (first->kind, ==, CP_REPORT_BLOCK_PARAGRAPH);
  g_assert_nonnull (strstr (first->text, "Cajamarca"));
  g_assert_cmpuint (first->footnotes->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (cp_report_document_get_footnotes (doc),
                                      g_array_index (first->footnotes, guint, 0) - 1), ==, "Bontenbal 2009, L7849–7860");
  g_assert_cmpstr (key_figure (doc, "Status"), ==, "Active since 6 April 2002");

  g_assert_cmpuint (get_table (doc, "Parties and agreements", "The parties")->rows->len, ==, 2);
  g_assert_cmpstr (get_row (get_table (doc, "Parties and agreements", "The parties"), "Oudtshoorn")[4], ==, "Partner");
  g_assert_nonnull (get_table (doc, "Parties and agreements", "Contacts in Oudtshoorn"));
  agreements = get_table (doc, "Parties and agreements", "Agreements");
  g_assert_cmpuint (agreements->rows->len, ==, 3);
  g_assert_cmpstr (get_row (agreements, "Twinning agreement")[2], ==, "6 April 2002");
  g_assert_cmpstr (get_row (agreements, "Twinning agreement")[4], ==, "Yes");

  g_assert_nonnull (get_table (doc, "Key roles and contacts", "Key roles"));
  g_assert_nonnull (get_table (doc, "History", "Milestones"));
  g_assert_cmpuint (get_table (doc, "Open matters", "Open follow-up actions")->rows->len, ==, 2);

  /* This year and last */
  money = get_table (doc, "Finances", "The money of Alphen aan den Rijn – Oudtshoorn, 2007–2008");
  g_assert_cmpuint (money->rows->len, ==, 2);
  g_assert_cmpuint (count_blocks (doc, CP_REPORT_BLOCK_CHART), ==, 2);

  get_row (get_table (doc, "Funders", "The partnership's funders"), "VNG International");
  g_assert_cmpuint (get_table (doc, "Funders", "Grant applications")->rows->len, ==, 1);
  g_assert_cmpuint (get_table (doc, "Funders", "Reports the grants oblige")->rows->len, ==, 2);
  /* The sample links no files: the dossier says what to do */
  g_assert_true (has_note (doc, "3 agreements have no file linked: Twinning agreement; Memorandums of understanding "
                                "at the end of work visits; Annual plan. Link the signed copies in their editors so "
                                "that they are not lost."));
}

/* A Spanish report while the interface speaks Dutch */
static void
test_language (Fixture       *fixture,
               gconstpointer  data)
{
  static const CpReportSection sections[] = {
    CP_REPORT_SECTION_SUMMARY, CP_REPORT_SECTION_ACTIVITIES, CP_REPORT_SECTION_RESULTS,
    CP_REPORT_SECTION_FINANCES, CP_REPORT_SECTION_CONDITIONS, CP_REPORT_SECTION_OUTLOOK,
  };
  CpReportRequest request = {
    .type = CP_REPORT_ANNUAL,
    .partnership_id = partnership_id (fixture->store, "Utrecht – León"),
    .year = 2007,
    .language = "es",
  };
  g_autoptr(CpReportDocument) doc = NULL;
  g_autoptr(GPtrArray) headings = NULL;
  g_autoptr(GPtrArray) subheadings = NULL;
  g_autofree char *text = NULL;
  g_autofree char *embedding = NULL;
  g_autofree char *funding_title = NULL;
  const CpReportBlock *chart;
  g_autofree char *description = NULL;
  GPtrArray *spanish = g_ptr_array_new_with_free_func (g_free);

  if (!catalogue_exists ("es") || !catalogue_exists ("nl"))
    {
      g_test_skip ("The build's translations are missing (COUNTERPART_LOCALEDIR)");
      g_ptr_array_unref (spanish);
      return;
    }

  /* What the Spanish catalogue says, read the way the interface would read it */
  cp_test_use_language ("es");
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    g_ptr_array_add (spanish, g_strdup (cp_report_section_to_label (sections[i])));
  embedding = g_strdup (cp_condition_to_label (CP_CONDITION_POLITICAL_EMBEDDING));
  /* The chart's title up to its years: “Financiamiento por fuente, ” */
  funding_title = g_strndup (_("Funding by source, %d–%d"), strcspn (_("Funding by source, %d–%d"), "%"));

  cp_test_use_language ("nl");
  g_assert_cmpstr (_("Budget"), ==, "Begroting");
  doc = build_ok (fixture->store, &request);

  /* The interface is Dutch again */
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "nl");
  g_assert_cmpstr (_("Budget"), ==, "Begroting");
  {
    g_autofree char *month = cp_partial_date_format ("2007-09");

    g_assert_cmpstr (month, ==, "september 2007");
  }

  /* The report is Spanish: its headings, separators and month names */
  g_assert_cmpstr (cp_report_document_get_language (doc), ==, "es");
  headings = list_headings (doc, 1);
  g_assert_cmpuint (headings->len, ==, G_N_ELEMENTS (sections));
  for (guint i = 0; i < headings->len; i++)
    g_assert_cmpstr (g_ptr_array_index (headings, i), ==, g_ptr_array_index (spanish, i));
  g_assert_cmpstr (embedding, ==, "Anclaje político");
  subheadings = list_headings (doc, 2);
  g_assert_true (g_ptr_array_find_with_equal_func (subheadings, embedding, g_str_equal, NULL));

  text = cp_report_document_dup_text (doc);
  g_assert_nonnull (strstr (text, "565.876,00 EUR"));
  g_assert_null (strstr (text, "565,876.00 EUR"));
  g_assert_nonnull (strstr (text, "22,7 %"));
  g_assert_nonnull (strstr (text, "17 de septiembre de 2007"));
  g_assert_null (strstr (text, "September"));
  g_assert_cmpstr (cp_report_document_get_date (doc), ==, "1 de junio de 2008");

  /* The charts keep the report's notation when drawn under the Dutch interface */
  chart = find_block (doc, NULL, CP_REPORT_BLOCK_CHART, NULL);
  g_assert_nonnull (chart);
  description = cp_chart_dup_description (chart->chart);
  g_assert_nonnull (strstr (description, "128.700 EUR"));
  g_assert_null (strstr (description, "Begroting"));
  g_assert_cmpstr (funding_title, !=, "Funding by source, ");
  g_assert_nonnull (strstr (text, funding_title));

  g_ptr_array_unref (spanish);
  cp_test_use_language ("en");
}

/* The helper restores exactly what was there, LANGUAGE unset too */
static void
test_language_restore (void)
{
  g_autofree char *locale = g_strdup (setlocale (LC_ALL, NULL));
  CpReportLanguage *saved;

  g_unsetenv ("LANGUAGE");
  saved = cp_report_language_push ("es");
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "es");
  cp_report_language_pop (saved);
  g_assert_null (g_getenv ("LANGUAGE"));
  g_assert_cmpstr (setlocale (LC_ALL, NULL), ==, locale);

  g_setenv ("LANGUAGE", "af:nl", TRUE);
  saved = cp_report_language_push ("es");
  {
    CpReportLanguage *inner = cp_report_language_push ("nl");

    g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "nl");
    cp_report_language_pop (inner);
  }
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "es");
  cp_report_language_pop (saved);
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "af:nl");

  /* No language: nothing to switch, nothing to undo */
  saved = cp_report_language_push (NULL);
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "af:nl");
  cp_report_language_pop (saved);
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "af:nl");

  cp_test_use_language ("en");
}

/* A year without data gives notes, never empty sections */
static void
test_empty_year (Fixture       *fixture,
                 gconstpointer  data)
{
  CpReportRequest request = {
    .type = CP_REPORT_ANNUAL,
    .partnership_id = partnership_id (fixture->store, "Utrecht – León"),
    .year = 1990,
    .language = "en",
  };
  g_autoptr(CpReportDocument) annual = build_ok (fixture->store, &request);
  g_autoptr(CpReportDocument) statement = NULL;
  g_autoptr(CpReportDocument) evaluation = NULL;

  assert_no_empty_section (annual);
  g_assert_true (has_note (annual, "No visits in 1990."));
  g_assert_true (has_note (annual, "No learning was recorded on the visits of 1990."));
  g_assert_true (has_note (annual, "No budget, spending or funding is recorded for 1990."));
  g_assert_cmpstr (key_figure (annual, "Budget"), ==, "—");
  g_assert_cmpstr (get_row (get_table (annual, "Finances", "Indicators of Utrecht, 1990"),
                            "Partnership share of the IC budget")[1], ==, "—");
  /* The charts say there is nothing to draw */
  {
    const CpReportBlock *chart = find_block (annual, "Finances", CP_REPORT_BLOCK_CHART, NULL);
    g_autofree char *description = cp_chart_dup_description (chart->chart);

    g_assert_nonnull (strstr (description, "No budget or spending for a partnership this year"));
  }

  request.type = CP_REPORT_BUDGET;
  request.partnership_id = 0;
  request.municipality_id = municipality_id (fixture->store, "Utrecht");
  statement = build_ok (fixture->store, &request);
  assert_no_empty_section (statement);
  g_assert_true (has_note (statement, "No budget of Utrecht is recorded for 1990."));
  g_assert_true (has_note (statement, "No budget lines are recorded for 1990."));
  g_assert_true (has_note (statement, "No partnership has a budget or spending in 1990."));
  g_assert_true (has_note (statement, "No external funding came in in 1990."));

  request.type = CP_REPORT_EVALUATION;
  request.municipality_id = 0;
  request.partnership_id = partnership_id (fixture->store, "Utrecht – León");
  request.first_year = 1988;
  evaluation = build_ok (fixture->store, &request);
  assert_no_empty_section (evaluation);
  g_assert_true (has_note (evaluation, "No visits in 1988–1990."));
}

/* Only the sections asked for, in the type's order */
static void
test_sections (Fixture       *fixture,
               gconstpointer  data)
{
  static const CpReportSection sections[] = { CP_REPORT_SECTION_FINANCES, CP_REPORT_SECTION_OUTLOOK };
  CpReportRequest request = {
    .type = CP_REPORT_ANNUAL,
    .partnership_id = partnership_id (fixture->store, "Utrecht – León"),
    .year = 2007,
    .sections = CP_REPORT_SECTION_OUTLOOK | CP_REPORT_SECTION_FINANCES | CP_REPORT_SECTION_COSTS,
    .language = "en",
  };
  g_autoptr(CpReportDocument) doc = build_ok (fixture->store, &request);

  assert_sections (doc, sections, G_N_ELEMENTS (sections));
}

/* Ids that name nothing, and a term that ends before it begins */
static void
test_unknown (Fixture       *fixture,
              gconstpointer  data)
{
  CpReportRequest requests[] = {
    { .type = CP_REPORT_ANNUAL, .partnership_id = 9999, .year = 2007, .language = "es", .today = SAMPLE_TODAY },
    { .type = CP_REPORT_HANDOVER, .partnership_id = 0, .language = "en", .today = SAMPLE_TODAY },
    { .type = CP_REPORT_VISIT, .visit_id = 9999, .language = "es", .today = SAMPLE_TODAY },
    { .type = CP_REPORT_BUDGET, .municipality_id = 9999, .year = 2007, .language = "es", .today = SAMPLE_TODAY },
  };
  CpReportRequest backwards = {
    .type = CP_REPORT_EVALUATION,
    .partnership_id = partnership_id (fixture->store, "Utrecht – León"),
    .first_year = 2008,
    .year = 2004,
    .today = SAMPLE_TODAY,
  };
  g_autoptr(GError) error = NULL;
  CpReportDocument *doc;

  for (guint i = 0; i < G_N_ELEMENTS (requests); i++)
    {
      doc = cp_report_build (fixture->store, &requests[i], &error);
      g_assert_null (doc);
      g_assert_error (error, CP_STORE_ERROR, CP_STORE_ERROR_NOT_FOUND);
      /* In the interface's language (English here), not the report's */
      g_assert_nonnull (strstr (error->message, "does not exist"));
      g_clear_error (&error);
    }
  doc = cp_report_build (fixture->store, &backwards, &error);
  g_assert_null (doc);
  g_assert_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_ORDER);
}

/* The chart notation is fixed when the chart is made */
static void
test_format_whole (void)
{
  g_autofree char *euros = cp_report_format_whole (56587600, "EUR");
  g_autofree char *half = cp_report_format_whole (150, "EUR");
  g_autofree char *yen = cp_report_format_whole (1234567, "JPY");
  g_autofree char *negative = cp_report_format_whole (-149, "EUR");

  g_assert_cmpstr (euros, ==, "565,876 EUR");
  g_assert_cmpstr (half, ==, "2 EUR");
  g_assert_cmpstr (yen, ==, "1,234,567 JPY");
  g_assert_cmpstr (negative, ==, "-1 EUR");
}

int
main (int   argc,
      char *argv[])
{
  cp_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/report-builder/labels", test_labels);
  g_test_add_func ("/report-builder/format-whole", test_format_whole);
  g_test_add_func ("/report-builder/language-restore", test_language_restore);
  ADD ("/report-builder/annual", test_annual);
  ADD ("/report-builder/evaluation", test_evaluation);
  ADD ("/report-builder/visit", test_visit);
  ADD ("/report-builder/budget", test_budget);
  ADD ("/report-builder/handover", test_handover);
  ADD ("/report-builder/language", test_language);
  ADD ("/report-builder/empty-year", test_empty_year);
  ADD ("/report-builder/sections", test_sections);
  ADD ("/report-builder/unknown", test_unknown);

#undef ADD

  return g_test_run ();
}
