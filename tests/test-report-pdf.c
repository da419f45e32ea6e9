/* test-report-pdf.c: council reports laid out on pages and written as PDF
 *
 * The documents are built by hand. The PDFs are read back with poppler's tools
 * where they are installed (pdfinfo, pdftotext, pdffonts): the pages they
 * count, the text they find on each page, the fonts they see embedded. Pages
 * are also rendered to PNG in the scratch folder, and to $CP_REPORT_PNG_DIR
 * when that is set, so that a person can look at them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include <cairo.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <gio/gio.h>

#include "report/cp-chart.h"
#include "report/cp-report-document.h"
#include "report/cp-report-layout.h"
#include "report/cp-report-pdf.h"

#include "cp-test-util.h"

#define N_SECTIONS   12
#define N_TABLE_ROWS 120
#define TABLE_BLOCK_HEADER "Disbursed (EUR)"

static const char * const section_titles[N_SECTIONS] = {
  "Mandate and council decisions",
  "Partners and their municipalities",
  "Projects by year",
  "Knowledge exchange",
  "Budget and spending",
  "Visits in both directions",
  "Citizens and schools",
  "External funding",
  "Political context",
  "Lessons learned",
  "Risks and conditions",
  "Outlook for the next term",
};

static const char *sentences[] = {
  "The partnership was confirmed by the council after a debate in which every party took part.",
  "Officials of both municipalities worked together on waste collection, water and the land "
  "registry.",
  "Visits were planned around the budget cycle so that results could be reported in time.",
  "Each exchange was prepared with the partner, who chose the subjects and the people involved.",
  "Schools and civil society groups kept contact between the official visits.",
  "The figures below come from the ledger and were checked against the annual accounts.",
  "Where results could not be measured, the report says so rather than estimating them.",
};

/* A paragraph of @n_sentences, starting with @token so that a test can find it. */
static char *
make_paragraph (const char *token,
                guint       n_sentences)
{
  GString *text = g_string_new (token);

  for (guint i = 0; i < n_sentences; i++)
    {
      g_string_append_c (text, ' ');
      g_string_append (text, sentences[i % G_N_ELEMENTS (sentences)]);
    }
  return g_string_free (text, FALSE);
}

static char *
format_euros (gint64   value,
              gpointer user_data)
{
  return g_strdup_printf ("€%" G_GINT64_FORMAT, value);
}

static CpChart *
new_chart (CpChartKind  kind,
           const char  *title)
{
  CpChart *chart = cp_chart_new (kind);
  const gint64 leon[] = { 120000, 98000 };
  const gint64 brno[] = { 45000, 51000 };
  const gint64 kopenick[] = { 30000, 12000 };

  cp_chart_set_title (chart, title);
  cp_chart_add_series (chart, "Budget");
  cp_chart_add_series (chart, "Spent");
  cp_chart_add_category (chart, "Utrecht – León", leon, G_N_ELEMENTS (leon));
  cp_chart_add_category (chart, "Utrecht – Brno", brno, G_N_ELEMENTS (brno));
  cp_chart_add_category (chart, "Utrecht – Köpenick", kopenick, G_N_ELEMENTS (kopenick));
  cp_chart_set_format_func (chart, format_euros, NULL, NULL);
  return chart;
}

/* Twelve sections of long paragraphs, key figures, a table of 120 rows that
 * spans pages, two charts, notes and footnotes. */
static CpReportDocument *
new_long_document (void)
{
  CpReportDocument *doc = cp_report_document_new ("en");

  cp_report_document_set_title_page (doc, "International cooperation 2023",
                                     "Municipality of Utrecht", "6 April 2024");
  cp_report_document_set_labels (doc, "Contents", "Council report: international cooperation",
                                 "Page %d of %d", "Sources");

  for (guint s = 0; s < N_SECTIONS; s++)
    {
      g_autofree char *heading = g_strdup_printf ("%u. %s", s + 1, section_titles[s]);
      g_autofree char *token = g_strdup_printf ("Para%02ua", s + 1);
      g_autofree char *first = make_paragraph (token, 8 + s % 4);

      cp_report_document_add_heading (doc, 1, heading);
      cp_report_document_add_paragraph (doc, first);
      if (s % 3 == 0)
        cp_report_document_add_footnote (doc, "Bontenbal 2009, Table 6.2, L7429–7453");

      switch (s)
        {
        case 0:
          cp_report_document_add_key_figure (doc, "IC budget", "€565,876");
          cp_report_document_add_key_figure (doc, "Visits", "14");
          cp_report_document_add_key_figure (doc, "Active partnerships", "4");
          cp_report_document_add_key_figure (doc, "People in working groups", "212");
          cp_report_document_add_footnote (doc, "Annual accounts 2023, page 41");
          break;

        case 1:
          cp_report_document_add_heading (doc, 2, "León, Nicaragua");
          cp_report_document_add_paragraph (doc,
                                            "Para02b The partnership with León began in 1983.");
          cp_report_document_add_note (doc, "No visits from León in this period.");
          break;

        case 2:
          {
            const char *header[] = { "Project", "Year", "Budget (EUR)", TABLE_BLOCK_HEADER };
            const gboolean numeric[] = { FALSE, TRUE, TRUE, TRUE };

            cp_report_document_add_table (doc, "Projects and what they cost", 4, header, numeric);
            for (guint r = 1; r <= N_TABLE_ROWS; r++)
              {
                const char *subject = r % 7 == 0 ? "Training of land registry staff in two districts"
                                                 : "Water";
                g_autofree char *project = g_strdup_printf ("P-%03u %s", r, subject);
                g_autofree char *year = g_strdup_printf ("%u", 2000 + r % 24);
                g_autofree char *budget = g_strdup_printf ("%u,%03u", 10 + r, (r * 37) % 1000);
                g_autofree char *spent = g_strdup_printf ("%u,%03u", 5 + r, (r * 53) % 1000);
                const char *cells[] = { project, year, budget, spent };

                cp_report_document_add_row (doc, cells);
              }
            cp_report_document_add_footnote (doc, "Ledger of the municipality, 2000–2023");
          }
          break;

        case 4:
          cp_report_document_add_chart (doc, "Budget and spending per partnership",
                                        new_chart (CP_CHART_GROUPED_BARS,
                                                   "Grouped by partnership"));
          break;

        case 7:
          cp_report_document_add_chart (doc, "Funding by source",
                                        new_chart (CP_CHART_STACKED_BARS, "Stacked by source"));
          cp_report_document_add_footnote (doc, "Funding applications 2023");
          break;

        default:
          break;
        }

      {
        g_autofree char *second_token = g_strdup_printf ("Para%02uz", s + 1);
        g_autofree char *second = make_paragraph (second_token, 6 + (s * 5) % 9);

        cp_report_document_add_paragraph (doc, second);
      }
    }
  return doc;
}

static CpReportLayout *
new_a4_layout (const CpReportDocument *doc)
{
  return cp_report_layout_new (doc, CP_REPORT_A4_WIDTH, CP_REPORT_A4_HEIGHT);
}

/* Tools */

/* What @tool prints for @args; NULL when it is not installed. */
static char *
run_tool (const char         *tool,
          const char * const *args)
{
  g_autofree char *program = g_find_program_in_path (tool);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  if (program == NULL)
    return NULL;

  g_ptr_array_add (argv, program);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out,
                NULL, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
  return out;
}

static gboolean
have_poppler (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");

  return pdftotext != NULL && pdfinfo != NULL;
}

/* The text of page @page (from 1), as pdftotext lays it out. */
static char *
read_page (const char *pdf,
           guint       page)
{
  g_autofree char *number = g_strdup_printf ("%u", page);
  const char *args[] = { "-layout", "-f", number, "-l", number, pdf, "-", NULL };

  return run_tool ("pdftotext", args);
}

static GPtrArray *
read_pages (const char *pdf,
            guint       n_pages)
{
  GPtrArray *pages = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 1; i <= n_pages; i++)
    g_ptr_array_add (pages, read_page (pdf, i));
  return pages;
}

static const char *
get_page_text (GPtrArray *pages,
               guint      page)
{
  g_assert_cmpuint (page, >=, 1);
  g_assert_cmpuint (page, <=, pages->len);
  return g_ptr_array_index (pages, page - 1);
}

/* The first page from @from on whose text @needle is, or 0. */
static guint
find_page (GPtrArray  *pages,
           const char *needle,
           guint       from)
{
  for (guint i = from; i <= pages->len; i++)
    if (strstr (get_page_text (pages, i), needle) != NULL)
      return i;
  return 0;
}

/* The page number the contents (pages @first to @last) give for @heading, or 0. */
static guint
find_contents_entry (GPtrArray  *pages,
                     guint       first,
                     guint       last,
                     const char *heading)
{
  for (guint p = first; p <= last; p++)
    {
      g_auto(GStrv) lines = g_strsplit (get_page_text (pages, p), "\n", -1);

      for (guint l = 0; lines[l] != NULL; l++)
        {
          const char *line = g_strstrip (lines[l]);
          const char *number = strrchr (line, ' ');

          /* “Heading     12”: the heading, a leader pdftotext turns into spaces, the number. */
          if (g_str_has_prefix (line, heading) && number != NULL
              && g_ascii_isspace (line[strlen (heading)]))
            return (guint) g_ascii_strtoull (number + 1, NULL, 10);
        }
    }
  return 0;
}

static guint
count_occurrences (const char *text,
                   const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* A line of pdfinfo's output: the value after “@key:”. */
static char *
get_info (const char *info,
          const char *key)
{
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);
  g_autofree char *prefix = g_strconcat (key, ":", NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return g_strstrip (g_strdup (lines[i] + strlen (prefix)));
  return NULL;
}

static void
assert_fonts_embedded (const char *pdf)
{
  const char *args[] = { pdf, NULL };
  g_autofree char *fonts = run_tool ("pdffonts", args);
  g_auto(GStrv) rows = NULL;
  guint n_fonts = 0;

  if (fonts == NULL)
    return;

  rows = g_strsplit (fonts, "\n", -1);
  /* Two lines of header, then “name type encoding emb sub uni object ID”. */
  for (guint i = 2; rows[i] != NULL; i++)
    {
      g_auto(GStrv) columns = g_regex_split_simple ("\\s+", g_strstrip (rows[i]), 0, 0);
      guint n = g_strv_length (columns);

      if (n < 7)
        continue;
      g_assert_cmpstr (columns[n - 5], ==, "yes");
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >, 0);
}

static void
copy_to_png_dir (const char *path)
{
  const char *extra = g_getenv ("CP_REPORT_PNG_DIR");
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *copy = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  if (extra == NULL || *extra == '\0')
    return;

  g_mkdir_with_parents (extra, 0755);
  copy = g_build_filename (extra, basename, NULL);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (copy, contents, length, NULL));
}

static void
write_ok (const CpReportDocument *doc,
          const char             *path)
{
  g_autoptr(GError) error = NULL;
  gboolean written = cp_report_write_pdf (doc, path, &error);

  g_assert_no_error (error);
  g_assert_true (written);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  copy_to_png_dir (path);
}

/* The names in @dir, sorted and joined by spaces. */
static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

/* The long report */

static void
test_long (CpTestDir     *f,
           gconstpointer  data)
{
  g_autoptr(CpReportDocument) doc = new_long_document ();
  g_autoptr(CpReportLayout) layout = new_a4_layout (doc);
  g_autofree char *pdf = g_build_filename (f->dir, "report.pdf", NULL);
  const char *info_args[] = { pdf, NULL };
  const char *dests_args[] = { "-dests", pdf, NULL };
  g_autofree char *info = NULL;
  g_autofree char *dests = NULL;
  g_autofree char *pages_line = NULL;
  g_autofree char *size_line = NULL;
  g_autofree char *title_line = NULL;
  g_autofree char *subject_line = NULL;
  g_autofree char *page_two = NULL;
  g_autofree char *all_text = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  guint n_pages = cp_report_layout_get_n_pages (layout);
  guint first_row_page;
  guint last_row_page;
  guint header_count = 0;
  guint previous = 0;

  write_ok (doc, pdf);
  g_assert_cmpuint (n_pages, >=, 10);

  /* Every heading after the contents, in order. */
  for (guint i = 0; i < cp_report_document_get_n_blocks (doc); i++)
    {
      const CpReportBlock *block = cp_report_document_get_block (doc, i);
      guint page = cp_report_layout_get_heading_page (layout, i);

      if (block->kind != CP_REPORT_BLOCK_HEADING)
        {
          g_assert_cmpuint (page, ==, 0);
          continue;
        }
      g_assert_cmpuint (page, >=, 3);
      g_assert_cmpuint (page, >=, previous);
      g_assert_cmpuint (page, <=, n_pages);
      previous = page;
    }
  g_assert_cmpuint (cp_report_layout_get_sources_page (layout), ==, n_pages);

  if (!have_poppler ())
    {
      g_test_skip ("pdftotext and pdfinfo are not installed (poppler-utils)");
      return;
    }

  info = run_tool ("pdfinfo", info_args);
  pages_line = get_info (info, "Pages");
  g_assert_cmpuint (g_ascii_strtoull (pages_line, NULL, 10), ==, n_pages);
  size_line = get_info (info, "Page size");
  g_assert_true (g_str_has_prefix (size_line, "595.28 x 841.89 pts"));
  title_line = get_info (info, "Title");
  g_assert_cmpstr (title_line, ==, "International cooperation 2023");
  subject_line = get_info (info, "Subject");
  g_assert_cmpstr (subject_line, ==, "Municipality of Utrecht");

  /* The contents link to a destination at each heading. */
  dests = run_tool ("pdfinfo", dests_args);
  g_assert_nonnull (strstr (dests, "\"heading-0\""));
  g_assert_nonnull (strstr (dests, "\"sources\""));

  pages = read_pages (pdf, n_pages);
  g_assert_nonnull (strstr (get_page_text (pages, 1), "International cooperation 2023"));
  g_assert_nonnull (strstr (get_page_text (pages, 1), "Municipality of Utrecht"));
  g_assert_nonnull (strstr (get_page_text (pages, 1), "6 April 2024"));
  g_assert_null (strstr (get_page_text (pages, 1), "Page 1 of"));
  page_two = g_strdup_printf ("Page 2 of %u", n_pages);
  g_assert_nonnull (strstr (get_page_text (pages, 2), page_two));
  g_assert_nonnull (strstr (get_page_text (pages, 2), "Contents"));
  for (guint p = 2; p <= n_pages; p++)
    {
      g_autofree char *footer = g_strdup_printf ("Page %u of %u", p, n_pages);

      g_assert_nonnull (strstr (get_page_text (pages, p), footer));
      g_assert_nonnull (strstr (get_page_text (pages, p),
                                "Council report: international cooperation"));
    }

  /* Each heading on the page the layout says, with the start of the text that
   * follows it; the contents give the same page. */
  for (guint i = 0, s = 0; i < cp_report_document_get_n_blocks (doc); i++)
    {
      const CpReportBlock *block = cp_report_document_get_block (doc, i);
      g_autofree char *token = NULL;
      guint page;

      if (block->kind != CP_REPORT_BLOCK_HEADING || block->level != 1)
        continue;

      page = find_page (pages, block->text, 3);
      g_assert_cmpuint (page, ==, cp_report_layout_get_heading_page (layout, i));
      token = g_strdup_printf ("Para%02ua", ++s);
      g_assert_cmpuint (find_page (pages, token, 3), ==, page);

      g_assert_cmpuint (find_contents_entry (pages, 2, 2, block->text), ==, page);
    }
  g_assert_cmpuint (find_contents_entry (pages, 2, 2, "Sources"), ==, n_pages);

  /* The second-level heading and the note. */
  g_assert_cmpuint (find_page (pages, "León, Nicaragua", 3), ==, find_page (pages, "Para02b", 3));
  g_assert_cmpuint (find_page (pages, "No visits from León in this period.", 3), >, 0);

  /* Key figures. */
  g_assert_cmpuint (find_page (pages, "€565,876", 3), >, 0);
  g_assert_cmpuint (find_page (pages, "IC budget", 3), >, 0);
  g_assert_cmpuint (find_page (pages, "People in working groups", 3), >, 0);

  /* The table: every row, and its header on every page it spans. */
  all_text = g_strjoinv ("\f", (char **) (g_ptr_array_add (pages, NULL), pages->pdata));
  g_ptr_array_remove_index (pages, pages->len - 1);
  for (guint r = 1; r <= N_TABLE_ROWS; r++)
    {
      g_autofree char *project = g_strdup_printf ("P-%03u", r);
      g_autofree char *budget = g_strdup_printf ("%u,%03u", 10 + r, (r * 37) % 1000);

      g_assert_nonnull (strstr (all_text, project));
      g_assert_nonnull (strstr (all_text, budget));
    }
  first_row_page = find_page (pages, "P-001", 3);
  last_row_page = find_page (pages, "P-120", 3);
  g_assert_cmpuint (last_row_page, >, first_row_page);
  for (guint p = first_row_page; p <= last_row_page; p++)
    {
      g_assert_nonnull (strstr (get_page_text (pages, p), TABLE_BLOCK_HEADER));
      header_count += count_occurrences (get_page_text (pages, p), TABLE_BLOCK_HEADER);
    }
  g_assert_cmpuint (header_count, >=, last_row_page - first_row_page + 1);
  g_assert_cmpuint (find_page (pages, "Projects and what they cost", 3), ==, first_row_page);

  /* The charts, their captions and their labels. */
  g_assert_cmpuint (find_page (pages, "Budget and spending per partnership", 3), ==,
                    find_page (pages, "Grouped by partnership", 3));
  g_assert_cmpuint (find_page (pages, "Funding by source", 3), ==,
                    find_page (pages, "Stacked by source", 3));
  g_assert_cmpuint (find_page (pages, "Utrecht – Köpenick", 3), >, 0);

  /* The sources at the end, numbered. */
  g_assert_nonnull (strstr (get_page_text (pages, n_pages), "Sources"));
  g_assert_nonnull (strstr (get_page_text (pages, n_pages),
                            "Bontenbal 2009, Table 6.2, L7429–7453"));
  g_assert_nonnull (strstr (get_page_text (pages, n_pages), "Funding applications 2023"));

  assert_fonts_embedded (pdf);
}

/* Headings at every height of a page: none is left at the bottom, apart from
 * the text that follows it. */
static void
test_keep_with_next (CpTestDir     *f,
                     gconstpointer  data)
{
  g_autoptr(CpReportDocument) doc = cp_report_document_new ("en");
  g_autoptr(CpReportLayout) layout = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "headings.pdf", NULL);
  g_autoptr(GPtrArray) pages = NULL;
  guint n_sections = 40;

  cp_report_document_set_title_page (doc, "Headings", "Test", "2024");
  for (guint s = 0; s < n_sections; s++)
    {
      g_autofree char *heading = g_strdup_printf ("Heading number %02u", s);
      g_autofree char *token = g_strdup_printf ("Start%02u", s);
      g_autofree char *text = make_paragraph (token, 1 + (s * 3) % 7);

      cp_report_document_add_heading (doc, 1 + s % 2, heading);
      cp_report_document_add_paragraph (doc, text);
    }
  layout = new_a4_layout (doc);
  write_ok (doc, pdf);

  if (!have_poppler ())
    {
      g_test_skip ("pdftotext is not installed (poppler-utils)");
      return;
    }

  pages = read_pages (pdf, cp_report_layout_get_n_pages (layout));
  for (guint s = 0; s < n_sections; s++)
    {
      g_autofree char *heading = g_strdup_printf ("Heading number %02u", s);
      g_autofree char *token = g_strdup_printf ("Start%02u", s);
      guint page = cp_report_layout_get_heading_page (layout, 2 * s);

      g_assert_cmpuint (find_page (pages, heading, 3), ==, page);
      g_assert_cmpuint (find_page (pages, token, 3), ==, page);
    }
}

/* So many sections that the contents take two pages, which moves every
 * section one page on. */
static void
test_long_contents (CpTestDir     *f,
                    gconstpointer  data)
{
  g_autoptr(CpReportDocument) doc = cp_report_document_new ("en");
  g_autoptr(CpReportLayout) layout = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "sections.pdf", NULL);
  g_autoptr(GPtrArray) pages = NULL;
  guint n_sections = 70;

  cp_report_document_set_title_page (doc, "Sections", "Test", "2024");
  for (guint s = 0; s < n_sections; s++)
    {
      g_autofree char *heading = g_strdup_printf ("Section heading %02u", s);
      g_autofree char *text = make_paragraph ("Text", 3 + s % 5);

      cp_report_document_add_heading (doc, 1, heading);
      cp_report_document_add_paragraph (doc, text);
    }
  layout = new_a4_layout (doc);
  g_assert_cmpuint (cp_report_layout_get_heading_page (layout, 0), ==, 4);
  write_ok (doc, pdf);

  if (!have_poppler ())
    {
      g_test_skip ("pdftotext is not installed (poppler-utils)");
      return;
    }

  pages = read_pages (pdf, cp_report_layout_get_n_pages (layout));
  g_assert_nonnull (strstr (get_page_text (pages, 3), "Page 3 of"));
  for (guint s = 0; s < n_sections; s++)
    {
      g_autofree char *heading = g_strdup_printf ("Section heading %02u", s);
      guint page = find_page (pages, heading, 4);

      g_assert_cmpuint (page, ==, cp_report_layout_get_heading_page (layout, 2 * s));
      g_assert_cmpuint (find_contents_entry (pages, 2, 3, heading), ==, page);
    }
  g_assert_cmpuint (find_page (pages, "Section heading 00", 2), ==, 2);
  g_assert_cmpuint (find_page (pages, "Section heading 69", 2), ==, 3);
}

/* Names and marks beyond ASCII come through as text. */
static void
test_unicode (CpTestDir     *f,
              gconstpointer  data)
{
  g_autoptr(CpReportDocument) doc = cp_report_document_new ("de");
  g_autofree char *pdf = g_build_filename (f->dir, "unicode.pdf", NULL);
  const char *args[] = { "-layout", pdf, "-", NULL };
  const char *header[] = { "Stadt", "Betrag" };
  const gboolean numeric[] = { FALSE, TRUE };
  const char *row[] = { "Köpenick", "€1.250" };
  g_autofree char *text = NULL;

  cp_report_document_set_title_page (doc, "Städtepartnerschaft León – Köpenick", "Berlin-Köpenick",
                                     "6. April 2024");
  cp_report_document_set_labels (doc, "Inhalt", "Bericht an den Rat", "Seite %d von %d", "Quellen");
  cp_report_document_add_heading (doc, 1, "Zusammenarbeit mit León");
  cp_report_document_add_paragraph (doc, "Die „Partnerschaft“ mit León und Köpenick kostete €12.500; "
                                         "man sprach von “quotes” und ‘single quotes’.");
  cp_report_document_add_footnote (doc, "Haushalt 2023, S. 4");
  cp_report_document_add_table (doc, "Beträge", 2, header, numeric);
  cp_report_document_add_row (doc, row);
  write_ok (doc, pdf);

  text = run_tool ("pdftotext", args);
  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed (poppler-utils)");
      return;
    }
  /* The title wraps at its size on A4. */
  g_assert_nonnull (strstr (text, "Städtepartnerschaft León –"));
  g_assert_nonnull (strstr (text, "Berlin-Köpenick"));
  g_assert_nonnull (strstr (text, "„Partnerschaft“"));
  g_assert_nonnull (strstr (text, "“quotes”"));
  g_assert_nonnull (strstr (text, "‘single quotes’"));
  g_assert_nonnull (strstr (text, "€12.500"));
  g_assert_nonnull (strstr (text, "€1.250"));
  g_assert_nonnull (strstr (text, "Seite 2 von 3"));
  g_assert_nonnull (strstr (text, "Haushalt 2023, S. 4"));
  assert_fonts_embedded (pdf);
}

/* A translation may put the numbers the other way round. */
static void
test_page_format (CpTestDir     *f,
                  gconstpointer  data)
{
  g_autoptr(CpReportDocument) doc = cp_report_document_new ("en");
  g_autofree char *pdf = g_build_filename (f->dir, "format.pdf", NULL);
  const char *args[] = { "-layout", pdf, "-", NULL };
  g_autofree char *text = NULL;

  cp_report_document_set_title_page (doc, "Format", "Test", "2024");
  cp_report_document_set_labels (doc, NULL, NULL, "%2$d pages, 100%% sure, this one %1$d", NULL);
  cp_report_document_add_heading (doc, 1, "Only section");
  cp_report_document_add_paragraph (doc, "Text.");
  write_ok (doc, pdf);

  text = run_tool ("pdftotext", args);
  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed (poppler-utils)");
      return;
    }
  g_assert_nonnull (strstr (text, "3 pages, 100% sure, this one 2"));
  g_assert_nonnull (strstr (text, "3 pages, 100% sure, this one 3"));
}

/* Only a title page and an empty contents page. */
static void
test_empty (CpTestDir     *f,
            gconstpointer  data)
{
  g_autoptr(CpReportDocument) doc = cp_report_document_new ("en");
  g_autoptr(CpReportLayout) layout = new_a4_layout (doc);
  g_autofree char *pdf = g_build_filename (f->dir, "empty.pdf", NULL);

  g_assert_cmpuint (cp_report_layout_get_n_pages (layout), ==, 2);
  g_assert_cmpuint (cp_report_layout_get_heading_page (layout, 0), ==, 0);
  g_assert_cmpuint (cp_report_layout_get_sources_page (layout), ==, 0);
  write_ok (doc, pdf);
}

/* A page size other than A4 changes the pages. */
static void
test_page_size (void)
{
  g_autoptr(CpReportDocument) doc = new_long_document ();
  g_autoptr(CpReportLayout) a4 = new_a4_layout (doc);
  g_autoptr(CpReportLayout) a5 = cp_report_layout_new (doc, 419.53, 595.28);

  g_assert_cmpfloat (cp_report_layout_get_width (a5), ==, 419.53);
  g_assert_cmpfloat (cp_report_layout_get_height (a5), ==, 595.28);
  g_assert_cmpuint (cp_report_layout_get_n_pages (a5), >, cp_report_layout_get_n_pages (a4));
}

/* Writing */

static void
assert_unwritable (const char *path)
{
  g_autoptr(CpReportDocument) doc = new_long_document ();
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_path_get_basename (path);

  g_assert_false (cp_report_write_pdf (doc, path, &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == G_IO_ERROR);
  g_assert_nonnull (strstr (error->message, name));
}

static void
test_unwritable_missing_folder (CpTestDir     *f,
                                gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (f->dir, "missing", NULL);
  g_autofree char *path = g_build_filename (folder, "report.pdf", NULL);
  g_autofree char *listing = NULL;

  assert_unwritable (path);
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
  listing = list_dir (f->dir);
  g_assert_cmpstr (listing, ==, "");
}

/* The folder cannot take a new file: the report there stays as it was. As
 * root, who may write anywhere, the folder is a regular file instead. */
static void
test_unwritable_folder (CpTestDir     *f,
                        gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (f->dir, "reports", NULL);
  g_autofree char *path = g_build_filename (folder, "report.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;
  const char *old = "%PDF-1.5 the report of last year";

  if (getuid () == 0)
    {
      g_autofree char *file = g_build_filename (f->dir, "notes.txt", NULL);
      g_autofree char *inside = g_build_filename (file, "report.pdf", NULL);

      g_assert_true (g_file_set_contents (file, old, -1, NULL));
      assert_unwritable (inside);
      g_assert_true (g_file_get_contents (file, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, old);
      listing = list_dir (f->dir);
      g_assert_cmpstr (listing, ==, "notes.txt");
      return;
    }

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  g_assert_true (g_file_set_contents (path, old, -1, NULL));
  g_assert_cmpint (g_chmod (folder, 0555), ==, 0);
  assert_unwritable (path);
  g_assert_cmpint (g_chmod (folder, 0755), ==, 0);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, old);
  listing = list_dir (folder);
  g_assert_cmpstr (listing, ==, "report.pdf");
}

/* Everything is written, then the rename fails: the whole temporary file goes. */
static void
test_unwritable_directory (CpTestDir     *f,
                           gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "report.pdf", NULL);
  g_autofree char *inside = g_build_filename (path, "keep.txt", NULL);
  g_autofree char *listing = NULL;

  g_assert_cmpint (g_mkdir (path, 0755), ==, 0);
  g_assert_true (g_file_set_contents (inside, "keep", -1, NULL));
  assert_unwritable (path);
  g_assert_true (g_file_test (inside, G_FILE_TEST_IS_REGULAR));
  listing = list_dir (f->dir);
  g_assert_cmpstr (listing, ==, "report.pdf");
}

/* A new report replaces the old one, which keeps its permissions. */
static void
test_replace (CpTestDir     *f,
              gconstpointer  data)
{
  g_autoptr(CpReportDocument) doc = new_long_document ();
  g_autofree char *path = g_build_filename (f->dir, "report.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;
  GStatBuf buf;
  gsize length;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);
  write_ok (doc, path);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 10000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  /* Complete: the binary file ends with the trailer's “%%EOF”. */
  g_assert_cmpmem (contents + length - 6, 6, "%%EOF\n", 6);
  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0640);
  listing = list_dir (f->dir);
  g_assert_cmpstr (listing, ==, "report.pdf");
}

/* Pictures */

typedef struct
{
  int left;
  int top;
  int right;
  int bottom;
  guint n;
} Ink;

/* Where the picture is not white, and how much of it. */
static Ink
measure_ink (cairo_surface_t *surface)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  Ink ink = { width, height, -1, -1, 0 };

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      if ((*(const guint32 *) (data + y * stride + x * 4) & 0xffffff) != 0xffffff)
        {
          ink.left = MIN (ink.left, x);
          ink.top = MIN (ink.top, y);
          ink.right = MAX (ink.right, x);
          ink.bottom = MAX (ink.bottom, y);
          ink.n++;
        }
  return ink;
}

/* Page @index at @scale, on white, into the scratch folder (and CP_REPORT_PNG_DIR). */
static cairo_surface_t *
render_page (CpTestDir      *f,
             CpReportLayout *layout,
             guint           index,
             double          scale,
             const char     *name)
{
  int width = (int) ceil (cp_report_layout_get_width (layout) * scale);
  int height = (int) ceil (cp_report_layout_get_height (layout) * scale);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  cairo_t *cr = cairo_create (surface);

  /* Paper beyond the page's last fraction of a pixel too. */
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  cp_report_layout_draw_page (layout, cr, index);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  copy_to_png_dir (path);
  return surface;
}

static void
test_png (CpTestDir     *f,
          gconstpointer  data)
{
  g_autoptr(CpReportDocument) doc = new_long_document ();
  g_autoptr(CpReportLayout) layout = new_a4_layout (doc);
  guint heading_page = 0;
  cairo_surface_t *contents;
  cairo_surface_t *table;
  cairo_surface_t *small;
  Ink ink;
  Ink small_ink;

  for (guint i = 0; i < cp_report_document_get_n_blocks (doc); i++)
    if (cp_report_document_get_block (doc, i)->kind == CP_REPORT_BLOCK_TABLE)
      heading_page = cp_report_layout_get_heading_page (layout, i - 2);
  g_assert_cmpuint (heading_page, >=, 3);

  contents = render_page (f, layout, 1, 1.5, "report-contents.png");
  /* The page after the table's heading, all rows (the index is 0-based, the number not). */
  table = render_page (f, layout, heading_page, 1.5, "report-table.png");
  small = render_page (f, layout, heading_page, 0.5, "report-table-small.png");

  /* Ink within the margins, and mostly paper. */
  ink = measure_ink (contents);
  g_assert_cmpuint (ink.n, >, 2000);
  g_assert_cmpint (ink.left, >=, (int) (50 * 1.5));
  g_assert_cmpint (ink.right, <=, (int) ((CP_REPORT_A4_WIDTH - 50) * 1.5));
  ink = measure_ink (table);
  g_assert_cmpuint (ink.n, >, 20000);
  g_assert_cmpuint (ink.n, <, cairo_image_surface_get_width (table)
                              * cairo_image_surface_get_height (table) / 2);

  /* At a third of the scale, the same page in the same place. */
  small_ink = measure_ink (small);
  g_assert_cmpfloat (fabs (small_ink.left * 3.0 - ink.left), <=, 4);
  g_assert_cmpfloat (fabs (small_ink.top * 3.0 - ink.top), <=, 4);
  g_assert_cmpfloat (fabs (small_ink.right * 3.0 - ink.right), <=, 4);
  g_assert_cmpfloat (fabs (small_ink.bottom * 3.0 - ink.bottom), <=, 4);

  cairo_surface_destroy (contents);
  cairo_surface_destroy (table);
  cairo_surface_destroy (small);
}

#define ADD(path, func) \
  g_test_add (path, CpTestDir, NULL, cp_test_dir_set_up, func, cp_test_dir_tear_down)

int
main (int    argc,
      char **argv)
{
  cp_test_init (&argc, &argv);

  ADD ("/report-pdf/long", test_long);
  ADD ("/report-pdf/keep-with-next", test_keep_with_next);
  ADD ("/report-pdf/long-contents", test_long_contents);
  ADD ("/report-pdf/unicode", test_unicode);
  ADD ("/report-pdf/page-format", test_page_format);
  ADD ("/report-pdf/empty", test_empty);
  g_test_add_func ("/report-pdf/page-size", test_page_size);
  ADD ("/report-pdf/unwritable/missing-folder", test_unwritable_missing_folder);
  ADD ("/report-pdf/unwritable/folder", test_unwritable_folder);
  ADD ("/report-pdf/unwritable/directory", test_unwritable_directory);
  ADD ("/report-pdf/replace", test_replace);
  ADD ("/report-pdf/png", test_png);

  return g_test_run ();
}
