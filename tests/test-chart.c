/* test-chart.c: the bar charts, read back from their pixels and their PDF text
 *
 * The charts are drawn on white into image surfaces, and the tests look for the
 * series' colours: which are there, where the bars start and end. A PDF is read
 * back with pdftotext where it is installed. Every case writes its pictures to
 * its scratch folder, and to $CP_CHART_PNG_DIR as well when that is set, so
 * that a person can look at them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <cairo.h>
#include <cairo-pdf.h>
#include <glib.h>
#include <glib/gi18n-lib.h>

#include "core/cp-money.h"
#include "report/cp-chart.h"

#include "cp-test-util.h"

#define BLUE   0x3584e4
#define GREEN  0x33d17a
#define ORANGE 0xff7800

/* GNOME's blue, green, orange, purple, red, brown and yellow, in the chart's order. */
static const guint32 palette[] = {
  0x3584e4, 0x33d17a, 0xff7800, 0x9141ac, 0xe01b24, 0x986a44, 0xf6d32d,
};

/* Pixels */

static cairo_surface_t *
render (CpChart *chart,
        int      width,
        int      height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cp_chart_draw (chart, cr, width, height);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static guint32
get_pixel (cairo_surface_t *surface,
           int              x,
           int              y)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  return *(const guint32 *) (data + y * stride + x * 4) & 0xffffff;
}

static gboolean
is_color (guint32 pixel,
          guint32 rgb)
{
  for (int shift = 0; shift <= 16; shift += 8)
    if (ABS ((int) ((pixel >> shift) & 0xff) - (int) ((rgb >> shift) & 0xff)) > 2)
      return FALSE;
  return TRUE;
}

static guint
count_color (cairo_surface_t *surface,
             guint32          rgb)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  guint count = 0;

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      if (is_color (get_pixel (surface, x, y), rgb))
        count++;
  return count;
}

static guint
count_palette (cairo_surface_t *surface)
{
  guint count = 0;

  for (guint i = 0; i < G_N_ELEMENTS (palette); i++)
    count += count_color (surface, palette[i]);
  return count;
}

/* The widest stretch of @rgb on any row: where a bar of that colour starts and
 * ends. Text drawn inside the bar does not matter; only its ends count. */
typedef struct
{
  int row;
  int first;
  int last;
} Run;

static Run
find_run (cairo_surface_t *surface,
          guint32          rgb)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  Run best = { -1, 0, -1 };

  for (int y = 0; y < height; y++)
    {
      int first = -1;
      int last = -1;

      for (int x = 0; x < width; x++)
        if (is_color (get_pixel (surface, x, y), rgb))
          {
            if (first < 0)
              first = x;
            last = x;
          }
      if (first >= 0 && last - first > best.last - best.first)
        best = (Run) { y, first, last };
    }
  return best;
}

static int
run_length (Run run)
{
  return run.last - run.first + 1;
}

static void
save_png (CpTestDir       *f,
          cairo_surface_t *surface,
          const char      *name)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  const char *extra = g_getenv ("CP_CHART_PNG_DIR");

  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  if (extra != NULL && *extra != '\0')
    {
      g_autofree char *copy = g_build_filename (extra, name, NULL);

      g_mkdir_with_parents (extra, 0755);
      g_assert_cmpint (cairo_surface_write_to_png (surface, copy), ==, CAIRO_STATUS_SUCCESS);
    }
}

/* For a person to look at the PDF too. */
static void
copy_to_png_dir (const char *path)
{
  const char *extra = g_getenv ("CP_CHART_PNG_DIR");
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *copy = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  if (extra == NULL || *extra == '\0')
    return;

  copy = g_build_filename (extra, basename, NULL);
  g_mkdir_with_parents (extra, 0755);
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (copy, contents, length, &error);
  g_assert_no_error (error);
}

/* Charts */

/* Whole units of a currency with two decimals, the way an axis shows them:
 * “98,831 USD”. */
static char *
format_whole (gint64   value,
              gpointer user_data)
{
  g_autofree char *amount = cp_money_format_amount (value / 100, "JPY");

  return g_strdup_printf ("%s %s", amount, (const char *) user_data);
}

static char *
format_money (gint64   value,
              gpointer user_data)
{
  return cp_money_format (value, user_data);
}

static CpChart *
new_grouped (const char *title)
{
  CpChart *chart = cp_chart_new (CP_CHART_GROUPED_BARS);

  if (title != NULL)
    cp_chart_set_title (chart, title);
  g_assert_cmpuint (cp_chart_add_series (chart, "Budget"), ==, 0);
  g_assert_cmpuint (cp_chart_add_series (chart, "Spent"), ==, 1);
  return chart;
}

static void
test_grouped_proportions (CpTestDir     *f,
                          gconstpointer  data)
{
  g_autoptr(CpChart) chart = new_grouped ("Budget against spending");
  const gint64 values[] = { 100, 50 };
  cairo_surface_t *surface;
  double height;
  Run budget, spent;

  cp_chart_add_category (chart, "Utrecht – León", values, G_N_ELEMENTS (values));
  height = cp_chart_get_preferred_height (chart, 600);
  g_assert_cmpfloat (height, >, 50);
  g_assert_cmpfloat (height, <, 400);

  surface = render (chart, 600, (int) height);
  save_png (f, surface, "grouped-proportions.png");

  budget = find_run (surface, BLUE);
  spent = find_run (surface, GREEN);
  g_assert_cmpint (budget.row, >=, 0);
  g_assert_cmpint (spent.row, >=, 0);
  /* Spent is the second bar: below Budget, from the same zero line, half as long. */
  g_assert_cmpint (spent.row, >, budget.row);
  g_assert_cmpint (ABS (budget.first - spent.first), <=, 1);
  g_assert_cmpint (run_length (budget), >, 200);
  g_assert_cmpfloat_with_epsilon ((double) run_length (budget) / run_length (spent), 2.0, 0.05);
  g_assert_cmpint (budget.last, <, 600);
  cairo_surface_destroy (surface);
}

/* A trillion minor units, and a stack of many of them, still draw in proportion. */
static void
test_grouped_large_values (CpTestDir     *f,
                           gconstpointer  data)
{
  g_autoptr(CpChart) chart = new_grouped (NULL);
  const gint64 values[] = { G_GINT64_CONSTANT (1000000000000), G_GINT64_CONSTANT (250000000000) };
  g_autoptr(CpChart) stacked = cp_chart_new (CP_CHART_STACKED_BARS);
  const gint64 huge[] = { G_MAXINT64, G_MAXINT64 };
  cairo_surface_t *surface;
  Run budget, spent;

  cp_chart_add_category (chart, "Utrecht – León", values, G_N_ELEMENTS (values));
  surface = render (chart, 500, (int) cp_chart_get_preferred_height (chart, 500));
  save_png (f, surface, "grouped-large.png");
  budget = find_run (surface, BLUE);
  spent = find_run (surface, GREEN);
  g_assert_cmpfloat_with_epsilon ((double) run_length (budget) / run_length (spent), 4.0, 0.15);
  cairo_surface_destroy (surface);

  /* Beyond gint64 as a sum: drawn, halves of one bar. */
  cp_chart_add_series (stacked, "A");
  cp_chart_add_series (stacked, "B");
  cp_chart_add_category (stacked, "Everything", huge, G_N_ELEMENTS (huge));
  surface = render (stacked, 500, (int) cp_chart_get_preferred_height (stacked, 500));
  budget = find_run (surface, BLUE);
  spent = find_run (surface, GREEN);
  g_assert_cmpint (run_length (budget), >, 50);
  g_assert_cmpint (ABS (run_length (budget) - run_length (spent)), <=, 2);
  cairo_surface_destroy (surface);
}

static void
test_stacked_order (CpTestDir     *f,
                    gconstpointer  data)
{
  g_autoptr(CpChart) chart = cp_chart_new (CP_CHART_STACKED_BARS);
  const gint64 values[] = { 300, 100, 200 };
  cairo_surface_t *surface;
  Run first, second, third;
  double total;

  cp_chart_set_title (chart, "Funding by source");
  cp_chart_add_series (chart, "Municipal budget");
  cp_chart_add_series (chart, "Staff donations");
  cp_chart_add_series (chart, "External grants");
  cp_chart_add_category (chart, "2005", values, G_N_ELEMENTS (values));

  surface = render (chart, 600, (int) cp_chart_get_preferred_height (chart, 600));
  save_png (f, surface, "stacked-order.png");

  /* The bar is the widest run of each colour; the legend's swatches are short. */
  first = find_run (surface, BLUE);
  second = find_run (surface, GREEN);
  third = find_run (surface, ORANGE);
  g_assert_cmpint (first.row, ==, second.row);
  g_assert_cmpint (second.row, ==, third.row);
  g_assert_cmpint (first.last, <, second.first);
  g_assert_cmpint (second.last, <, third.first);
  g_assert_cmpint (second.first - first.last, <=, 2);
  g_assert_cmpint (third.first - second.last, <=, 2);

  total = third.last - first.first + 1;
  g_assert_cmpfloat (total, >, 200);
  g_assert_cmpfloat_with_epsilon (run_length (first) / total, 3.0 / 6, 0.02);
  g_assert_cmpfloat_with_epsilon (run_length (second) / total, 1.0 / 6, 0.02);
  g_assert_cmpfloat_with_epsilon (run_length (third) / total, 2.0 / 6, 0.02);
  cairo_surface_destroy (surface);
}

/* Two years, each a bar of its own, in the order they were added. */
static void
test_stacked_categories (CpTestDir     *f,
                         gconstpointer  data)
{
  g_autoptr(CpChart) chart = cp_chart_new (CP_CHART_STACKED_BARS);
  const gint64 first_year[] = { 100, 100 };
  const gint64 second_year[] = { 400 };  /* the second series missing: 0 */
  cairo_surface_t *surface;
  int width = 500;
  int x;
  int height;
  GArray *runs = g_array_new (FALSE, FALSE, sizeof (int));
  int start = -1;
  Run second, first_end;

  cp_chart_add_series (chart, "Municipal budget");
  cp_chart_add_series (chart, "Departmental");
  cp_chart_add_category (chart, "2004", first_year, G_N_ELEMENTS (first_year));
  cp_chart_add_category (chart, "2005", second_year, G_N_ELEMENTS (second_year));
  height = (int) cp_chart_get_preferred_height (chart, width);
  surface = render (chart, width, height);
  save_png (f, surface, "stacked-categories.png");

  /* Down a column just right of the zero line: one blue band per year. */
  x = find_run (surface, BLUE).first + 2;
  for (int y = 0; y <= height; y++)
    {
      gboolean blue = y < height && is_color (get_pixel (surface, x, y), BLUE);

      if (blue && start < 0)
        start = y;
      else if (!blue && start >= 0)
        {
          g_array_append_val (runs, start);
          start = -1;
        }
    }
  g_assert_cmpuint (runs->len, ==, 2);
  g_array_unref (runs);

  /* The second year's bar is twice the first's whole bar, which ends in green. */
  second = find_run (surface, BLUE);
  first_end = find_run (surface, GREEN);
  g_assert_cmpint (first_end.row, <, second.row);
  g_assert_cmpfloat_with_epsilon ((double) run_length (second)
                                  / (first_end.last - second.first + 1), 2.0, 0.05);
  cairo_surface_destroy (surface);
}

static void
test_empty (CpTestDir     *f,
            gconstpointer  data)
{
  g_autoptr(CpChart) none = new_grouped ("Budget against spending");
  g_autoptr(CpChart) zeros = cp_chart_new (CP_CHART_STACKED_BARS);
  const gint64 values[] = { 0, 0 };
  g_autofree char *description = NULL;
  cairo_surface_t *surface;
  guint dark = 0;
  int height;

  cp_chart_set_empty_text (none, "No budget recorded yet");
  height = (int) cp_chart_get_preferred_height (none, 400);
  g_assert_cmpint (height, >, 30);
  surface = render (none, 400, 200);
  save_png (f, surface, "empty.png");
  g_assert_cmpuint (count_palette (surface), ==, 0);

  /* The message, in the middle. */
  for (int y = 80; y < 120; y++)
    for (int x = 100; x < 300; x++)
      if ((get_pixel (surface, x, y) & 0xff) < 0x80)
        dark++;
  g_assert_cmpuint (dark, >, 50);
  cairo_surface_destroy (surface);

  description = cp_chart_dup_description (none);
  g_assert_cmpstr (description, ==, "Budget against spending\nNo budget recorded yet\n");

  cp_chart_add_series (zeros, "Municipal budget");
  cp_chart_add_series (zeros, "Departmental");
  cp_chart_add_category (zeros, "2004", values, G_N_ELEMENTS (values));
  surface = render (zeros, 400, 200);
  g_assert_cmpuint (count_palette (surface), ==, 0);
  cairo_surface_destroy (surface);

  /* No series at all, or a negative value alone: nothing to draw either. */
  {
    g_autoptr(CpChart) bare = cp_chart_new (CP_CHART_GROUPED_BARS);
    const gint64 negative[] = { -5 };

    cp_chart_add_category (bare, "2004", NULL, 0);
    surface = render (bare, 400, 200);
    g_assert_cmpuint (count_palette (surface), ==, 0);
    cairo_surface_destroy (surface);

    cp_chart_add_series (bare, "Budget");
    cp_chart_add_category (bare, "2005", negative, G_N_ELEMENTS (negative));
    surface = render (bare, 400, 200);
    g_assert_cmpuint (count_palette (surface), ==, 0);
    cairo_surface_destroy (surface);
  }
}

static void
test_too_small (CpTestDir     *f,
                gconstpointer  data)
{
  g_autoptr(CpChart) chart = new_grouped ("Budget against spending");
  const gint64 values[] = { 100, 50 };
  cairo_surface_t *surface;
  cairo_t *cr;

  cp_chart_set_empty_text (chart, "No budget recorded yet");
  cp_chart_add_category (chart, "Utrecht – León", values, G_N_ELEMENTS (values));
  cp_chart_add_category (chart, "Utrecht – Brno", values, G_N_ELEMENTS (values));

  surface = render (chart, 10, 10);
  g_assert_cmpuint (count_palette (surface), ==, 0);
  cairo_surface_destroy (surface);

  /* Wide but short: nothing drawn beats bars of no height. */
  surface = render (chart, 600, 12);
  g_assert_cmpuint (count_palette (surface), ==, 0);
  cairo_surface_destroy (surface);

  g_assert_cmpfloat (cp_chart_get_preferred_height (chart, 10), >=, 0);
  g_assert_cmpfloat (cp_chart_get_preferred_height (chart, 0), >=, 0);
  g_assert_cmpfloat (cp_chart_get_preferred_height (chart, -50), >=, 0);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 10, 10);
  cr = cairo_create (surface);
  cp_chart_draw (chart, cr, 0, 0);
  cp_chart_draw (chart, cr, -20, 40);
  cp_chart_draw (chart, cr, 40, -20);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Each category adds height, and at its preferred height every bar shows. */
static void
test_preferred_height (CpTestDir     *f,
                       gconstpointer  data)
{
  g_autoptr(CpChart) chart = new_grouped (NULL);
  double heights[9];
  cairo_surface_t *surface;
  Run budget;
  guint bars = 0;
  gboolean in_bar = FALSE;

  heights[0] = cp_chart_get_preferred_height (chart, 500);
  for (guint i = 1; i < G_N_ELEMENTS (heights); i++)
    {
      g_autofree char *label = g_strdup_printf ("Partnership %u", i);
      const gint64 values[] = { 1000 * i, 500 * i };

      cp_chart_add_category (chart, label, values, G_N_ELEMENTS (values));
      heights[i] = cp_chart_get_preferred_height (chart, 500);
      if (i > 1)
        g_assert_cmpfloat (heights[i] - heights[i - 1], >, 20);
    }
  g_assert_cmpfloat (heights[1], >, heights[0]);

  surface = render (chart, 500, (int) heights[8]);
  save_png (f, surface, "preferred-height.png");
  budget = find_run (surface, BLUE);
  for (int y = 0; y < (int) heights[8]; y++)
    {
      gboolean blue = is_color (get_pixel (surface, budget.first + 1, y), BLUE);

      if (blue && !in_bar)
        bars++;
      in_bar = blue;
    }
  g_assert_cmpuint (bars, ==, 8);
  cairo_surface_destroy (surface);
}

/* A long label takes at most about 40% of the width, ellipsized. */
static void
test_long_label (CpTestDir     *f,
                 gconstpointer  data)
{
  g_autoptr(CpChart) chart = new_grouped (NULL);
  const gint64 values[] = { 100, 50 };
  g_autoptr(CpChart) short_chart = new_grouped (NULL);
  cairo_surface_t *surface;
  Run budget;

  cp_chart_add_category (chart,
                         "Alphen aan den Rijn – Oudtshoorn: solid waste management, local economic "
                         "development and the recycling of building materials",
                         values, G_N_ELEMENTS (values));
  surface = render (chart, 600, (int) cp_chart_get_preferred_height (chart, 600));
  save_png (f, surface, "long-label.png");
  budget = find_run (surface, BLUE);
  g_assert_cmpint (budget.first, >, 0.35 * 600);
  g_assert_cmpint (budget.first, <, 0.45 * 600);
  g_assert_cmpint (run_length (budget), >, 150);
  cairo_surface_destroy (surface);

  /* A short one takes only what it needs. */
  cp_chart_add_category (short_chart, "León", values, G_N_ELEMENTS (values));
  surface = render (short_chart, 600, (int) cp_chart_get_preferred_height (short_chart, 600));
  g_assert_cmpint (find_run (surface, BLUE).first, <, 0.15 * 600);
  cairo_surface_destroy (surface);
}

/* On a dark window the text is light. */
static void
test_foreground (CpTestDir     *f,
                 gconstpointer  data)
{
  g_autoptr(CpChart) chart = new_grouped ("Budget against spending");
  const gint64 values[] = { 100, 50 };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 500, 200);
  cairo_t *cr = cairo_create (surface);
  guint light = 0;

  cp_chart_set_foreground (chart, 1, 1, 1);
  cp_chart_add_category (chart, "Utrecht – León", values, G_N_ELEMENTS (values));
  cairo_set_source_rgb (cr, 0.14, 0.14, 0.14);
  cairo_paint (cr);
  cp_chart_draw (chart, cr, 500, 200);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  save_png (f, surface, "dark.png");

  /* The title, on the top rows above every bar. */
  for (int y = 0; y < find_run (surface, BLUE).row - 20; y++)
    for (int x = 0; x < 500; x++)
      if (is_color (get_pixel (surface, x, y), 0xffffff))
        light++;
  g_assert_cmpuint (light, >, 20);
  cairo_surface_destroy (surface);
}

/* Words and numbers */

static CpChart *
new_budget_chart (void)
{
  CpChart *chart = new_grouped ("Budget against spending, 2006");

  /* Invented amounts, in cents of euro. */
  static const struct
  {
    const char *partnership;
    gint64      budget;
    gint64      spent;
  } rows[] = {
    { "Utrecht – León", 12000000, 9540000 },
    { "Utrecht – Brno", 3500000, 3725050 },
    { "Amstelveen – Villa El Salvador", 6000000, 2210000 },
    { "Alphen aan den Rijn – Oudtshoorn", 4500000, 0 },
  };

  cp_chart_set_empty_text (chart, "No budget recorded yet");
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      const gint64 values[] = { rows[i].budget, rows[i].spent };

      cp_chart_add_category (chart, rows[i].partnership, values, G_N_ELEMENTS (values));
    }
  return chart;
}

/* Bontenbal 2009, Table 6.4: funding of the partnerships by source, in US dollars. */
static CpChart *
new_funding_chart (void)
{
  CpChart *chart = cp_chart_new (CP_CHART_STACKED_BARS);
  static const char * const sources[] = { "Netherlands", "Spain", "France", "Italy", "EU", "UN" };
  static const char * const years[] = { "2004", "2005", "2006" };
  static const gint64 dollars[][G_N_ELEMENTS (sources)] = {
    { 98831, 0, 14209, 0, 0, 0 },
    { 287675, 45178, 13762, 0, 16468, 13736 },
    { 232410, 14888, 13961, 538858, 67278, 1539 },
  };

  cp_chart_set_title (chart, "Funding by source");
  for (guint s = 0; s < G_N_ELEMENTS (sources); s++)
    cp_chart_add_series (chart, sources[s]);
  for (guint y = 0; y < G_N_ELEMENTS (years); y++)
    {
      gint64 cents[G_N_ELEMENTS (sources)];

      for (guint s = 0; s < G_N_ELEMENTS (sources); s++)
        cents[s] = dollars[y][s] * 100;
      cp_chart_add_category (chart, years[y], cents, G_N_ELEMENTS (cents));
    }
  return chart;
}

static void
test_description (void)
{
  g_autoptr(CpChart) budget = new_budget_chart ();
  g_autoptr(CpChart) funding = new_funding_chart ();
  g_autofree char *budget_text = NULL;
  g_autofree char *funding_text = NULL;

  cp_chart_set_format_func (budget, format_money, g_strdup ("EUR"), g_free);
  budget_text = cp_chart_dup_description (budget);
  g_assert_cmpstr (budget_text, ==,
                   "Budget against spending, 2006\n"
                   "Utrecht – León: Budget 120,000.00 EUR, Spent 95,400.00 EUR\n"
                   "Utrecht – Brno: Budget 35,000.00 EUR, Spent 37,250.50 EUR\n"
                   "Amstelveen – Villa El Salvador: Budget 60,000.00 EUR, Spent 22,100.00 EUR\n"
                   "Alphen aan den Rijn – Oudtshoorn: Budget 45,000.00 EUR, Spent 0.00 EUR\n");

  /* Without a format function: the plain numbers. */
  funding_text = cp_chart_dup_description (funding);
  g_assert_cmpstr (funding_text, ==,
                   "Funding by source\n"
                   "2004: Netherlands 9883100, Spain 0, France 1420900, Italy 0, EU 0, UN 0\n"
                   "2005: Netherlands 28767500, Spain 4517800, France 1376200, Italy 0, "
                   "EU 1646800, UN 1373600\n"
                   "2006: Netherlands 23241000, Spain 1488800, France 1396100, Italy 53885800, "
                   "EU 6727800, UN 153900\n");
}

static void
test_format_func_replaced (void)
{
  g_autoptr(CpChart) chart = new_budget_chart ();
  g_autofree char *text = NULL;

  /* The first user data is freed when the second function replaces it. */
  cp_chart_set_format_func (chart, format_money, g_strdup ("USD"), g_free);
  cp_chart_set_format_func (chart, format_whole, g_strdup ("EUR"), g_free);
  text = cp_chart_dup_description (chart);
  g_assert_nonnull (strstr (text, "Utrecht – Brno: Budget 35,000 EUR, Spent 37,250 EUR\n"));
}

/* The text of one page of @pdf, as pdftotext lays it out; NULL without pdftotext. */
static char *
read_pdf_page (const char *pdf,
               int         page)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *number = g_strdup_printf ("%d", page);
  const char *argv[] = { pdftotext, "-layout", "-f", number, "-l", number, pdf, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  if (pdftotext == NULL)
    return NULL;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
  return out;
}

/* A PDF page of its preferred height, at 72 units to the inch. */
static void
draw_pdf_page (cairo_surface_t *surface,
               CpChart         *chart,
               double           width)
{
  double height;
  cairo_t *cr;

  cp_chart_set_resolution (chart, 72);
  height = cp_chart_get_preferred_height (chart, width);
  g_assert_cmpfloat (height, >, 0);
  cairo_pdf_surface_set_size (surface, width, height);
  cr = cairo_create (surface);
  cp_chart_draw (chart, cr, width, height);
  cairo_show_page (cr);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
}

/* The PDF: fonts embedded, labels as text, ticks at round numbers. */
static void
test_pdf (CpTestDir     *f,
          gconstpointer  data)
{
  g_autoptr(CpChart) chart = new_grouped ("Budget against spending");
  g_autoptr(CpChart) funding = new_funding_chart ();
  const gint64 first[] = { 100, 50 };
  const gint64 second[] = { 70, 85 };
  g_autofree char *pdf = g_build_filename (f->dir, "charts.pdf", NULL);
  g_autofree char *pdffonts = g_find_program_in_path ("pdffonts");
  g_autofree char *page1 = NULL;
  g_autofree char *page2 = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) ticks = NULL;
  const char *axis = NULL;
  cairo_surface_t *surface;
  gint64 step;
  gint64 magnitude = 1;

  cp_chart_add_category (chart, "Utrecht – León", first, G_N_ELEMENTS (first));
  cp_chart_add_category (chart, "Utrecht – Brno", second, G_N_ELEMENTS (second));
  cp_chart_set_format_func (funding, format_whole, g_strdup ("USD"), g_free);

  surface = cairo_pdf_surface_create (pdf, 450, 100);
  draw_pdf_page (surface, chart, 450);
  draw_pdf_page (surface, funding, 480);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  copy_to_png_dir (pdf);

  page1 = read_pdf_page (pdf, 1);
  if (page1 == NULL)
    {
      g_test_skip ("pdftotext is not installed (poppler-utils)");
      return;
    }

  g_assert_nonnull (strstr (page1, "Budget against spending"));
  g_assert_nonnull (strstr (page1, "Utrecht – León"));
  g_assert_nonnull (strstr (page1, "Utrecht – Brno"));
  g_assert_nonnull (strstr (page1, "Budget"));
  g_assert_nonnull (strstr (page1, "Spent"));

  /* The last line is the axis: 0 and even steps of 1, 2 or 5 × 10ⁿ, as many as
   * fit below the longest bar, 100. */
  lines = g_strsplit (page1, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (*g_strstrip (lines[i]) != '\0')
      axis = lines[i];
  g_assert_nonnull (axis);
  ticks = g_regex_split_simple ("\\s+", axis, 0, 0);
  g_assert_cmpuint (g_strv_length (ticks), >=, 3);
  g_assert_cmpstr (ticks[0], ==, "0");
  step = g_ascii_strtoll (ticks[1], NULL, 10);
  for (guint i = 0; ticks[i] != NULL; i++)
    g_assert_cmpint (g_ascii_strtoll (ticks[i], NULL, 10), ==, step * i);
  while (magnitude * 10 <= step)
    magnitude *= 10;
  g_assert_true (step == magnitude || step == 2 * magnitude || step == 5 * magnitude);
  g_assert_cmpint (step * (g_strv_length (ticks) - 1), <=, 100);
  g_assert_cmpint (step * g_strv_length (ticks), >, 100);

  page2 = read_pdf_page (pdf, 2);
  g_assert_nonnull (strstr (page2, "Funding by source"));
  g_assert_nonnull (strstr (page2, "2004"));
  g_assert_nonnull (strstr (page2, "2005"));
  g_assert_nonnull (strstr (page2, "2006"));
  g_assert_nonnull (strstr (page2, "Netherlands"));
  g_assert_nonnull (strstr (page2, "868,934 USD"));

  /* Every font is embedded, so the page reads the same everywhere. */
  if (pdffonts != NULL)
    {
      const char *argv[] = { pdffonts, pdf, NULL };
      g_autofree char *fonts = NULL;
      g_auto(GStrv) rows = NULL;
      g_autoptr(GError) error = NULL;
      guint n_fonts = 0;
      int status;

      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &fonts,
                    NULL, &status, &error);
      g_assert_no_error (error);
      rows = g_strsplit (fonts, "\n", -1);
      /* Two header lines, then “name type encoding emb sub uni object ID”. */
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
}

/* The two charts of the section with real figures, to look at. */
static void
test_png_budget (CpTestDir     *f,
                 gconstpointer  data)
{
  g_autoptr(CpChart) chart = new_budget_chart ();
  cairo_surface_t *surface;

  cp_chart_set_format_func (chart, format_whole, g_strdup ("EUR"), g_free);
  surface = render (chart, 720, (int) cp_chart_get_preferred_height (chart, 720));
  save_png (f, surface, "budget.png");
  g_assert_cmpuint (count_color (surface, BLUE), >, 1000);
  g_assert_cmpuint (count_color (surface, GREEN), >, 1000);
  cairo_surface_destroy (surface);

  /* Narrow, as in a folded window. */
  surface = render (chart, 360, (int) cp_chart_get_preferred_height (chart, 360));
  save_png (f, surface, "budget-narrow.png");
  g_assert_cmpuint (count_color (surface, BLUE), >, 500);
  cairo_surface_destroy (surface);
}

static void
test_png_funding (CpTestDir     *f,
                  gconstpointer  data)
{
  g_autoptr(CpChart) chart = new_funding_chart ();
  cairo_surface_t *surface;

  cp_chart_set_format_func (chart, format_whole, g_strdup ("USD"), g_free);
  surface = render (chart, 720, (int) cp_chart_get_preferred_height (chart, 720));
  save_png (f, surface, "funding.png");
  for (guint s = 0; s < 6; s++)
    g_assert_cmpuint (count_color (surface, palette[s]), >, 20);
  cairo_surface_destroy (surface);

  surface = render (chart, 360, (int) cp_chart_get_preferred_height (chart, 360));
  save_png (f, surface, "funding-narrow.png");
  g_assert_cmpuint (count_color (surface, BLUE), >, 500);
  cairo_surface_destroy (surface);
}

#define ADD(path, func) \
  g_test_add (path, CpTestDir, NULL, cp_test_dir_set_up, func, cp_test_dir_tear_down)

int
main (int    argc,
      char **argv)
{
  cp_test_init (&argc, &argv);

  ADD ("/chart/grouped/proportions", test_grouped_proportions);
  ADD ("/chart/grouped/large-values", test_grouped_large_values);
  ADD ("/chart/stacked/order", test_stacked_order);
  ADD ("/chart/stacked/categories", test_stacked_categories);
  ADD ("/chart/empty", test_empty);
  ADD ("/chart/too-small", test_too_small);
  ADD ("/chart/preferred-height", test_preferred_height);
  ADD ("/chart/long-label", test_long_label);
  ADD ("/chart/foreground", test_foreground);
  g_test_add_func ("/chart/description", test_description);
  g_test_add_func ("/chart/format-func-replaced", test_format_func_replaced);
  ADD ("/chart/pdf", test_pdf);
  ADD ("/chart/png/budget", test_png_budget);
  ADD ("/chart/png/funding", test_png_funding);

  return g_test_run ();
}
