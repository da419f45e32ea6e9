/* cp-chart.c
 *
 * All spacing is a multiple of the height of a line of text, so the chart keeps
 * its proportions at any font size and resolution. measure() lays the chart out
 * once for cp_chart_get_preferred_height() and cp_chart_draw() alike, so the
 * height a widget asks for is the height the drawing uses.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "cp-chart.h"

#define DEFAULT_FAMILY   "Cantarell"
#define FALLBACK_FAMILY  "Sans"
#define DEFAULT_SIZE_PT  10.0
#define DEFAULT_DPI      96.0
#define LABEL_SHARE      0.4    /* of the width, at most, for the category labels */
#define END_LABEL_SHARE  0.25   /* of the width, at most, kept free for the bar ends' values */
#define PLOT_SHARE       0.4    /* of the width, at least, for the bars, before that */
#define MAX_STEPS        10

/* GNOME palette: blue 3, green 3, orange 3, purple 3, red 3, brown 3, yellow 3,
 * then the same hues at shade 5. */
static const guint32 palette[] = {
  0x3584e4, 0x33d17a, 0xff7800, 0x9141ac, 0xe01b24, 0x986a44, 0xf6d32d,
  0x1a5fb4, 0x26a269, 0xc64600, 0x613583, 0xa51d2d, 0x63452c, 0xe5a50a,
};

/* Text on light bars: GNOME's dark 4. */
static const guint32 dark_text = 0x241f31;

typedef struct
{
  char   *label;
  gint64 *values;
  guint   n_values;
} Category;

struct _CpChart
{
  CpChartKind           kind;
  char                 *title;
  char                 *empty_text;
  GPtrArray            *series;       /* labels */
  GArray               *categories;   /* Category */
  CpChartFormatFunc     format_func;
  gpointer              format_data;
  GDestroyNotify        format_destroy;
  double                foreground[3];
  PangoFontDescription *font;
  double                dpi;
};

/* Where everything goes, in user units. */
typedef struct
{
  double   line;          /* the height of a line of text */
  double   pad;
  double   title_top;
  double   legend_top;
  double   plot_top;
  double   plot_left;
  double   plot_width;
  double   label_width;   /* of the category labels' column */
  double   band;          /* the height of one category */
  double   bar;           /* the thickness of one bar */
  double   axis_height;   /* below the plot: the tick labels */
  double   axis_max;
  double   step;
  guint    n_steps;
  gboolean empty;
  double   height;        /* all of it, at its preferred size */
} Geometry;

static void
clear_category (gpointer data)
{
  Category *category = data;

  g_free (category->label);
  g_free (category->values);
}

CpChart *
cp_chart_new (CpChartKind kind)
{
  CpChart *chart = g_new0 (CpChart, 1);

  chart->kind = kind;
  chart->series = g_ptr_array_new_with_free_func (g_free);
  chart->categories = g_array_new (FALSE, TRUE, sizeof (Category));
  g_array_set_clear_func (chart->categories, clear_category);
  chart->foreground[0] = ((dark_text >> 16) & 0xff) / 255.0;
  chart->foreground[1] = ((dark_text >> 8) & 0xff) / 255.0;
  chart->foreground[2] = (dark_text & 0xff) / 255.0;
  chart->dpi = DEFAULT_DPI;
  cp_chart_set_font (chart, DEFAULT_FAMILY, DEFAULT_SIZE_PT);
  return chart;
}

void
cp_chart_free (CpChart *chart)
{
  if (chart == NULL)
    return;

  if (chart->format_destroy != NULL)
    chart->format_destroy (chart->format_data);
  g_free (chart->title);
  g_free (chart->empty_text);
  g_ptr_array_unref (chart->series);
  g_array_unref (chart->categories);
  pango_font_description_free (chart->font);
  g_free (chart);
}

void
cp_chart_set_title (CpChart    *chart,
                    const char *title)
{
  g_return_if_fail (chart != NULL);

  g_free (chart->title);
  chart->title = title != NULL && *title != '\0' ? g_strdup (title) : NULL;
}

void
cp_chart_set_empty_text (CpChart    *chart,
                         const char *text)
{
  g_return_if_fail (chart != NULL);

  g_free (chart->empty_text);
  chart->empty_text = text != NULL && *text != '\0' ? g_strdup (text) : NULL;
}

guint
cp_chart_add_series (CpChart    *chart,
                     const char *label)
{
  g_return_val_if_fail (chart != NULL, 0);

  g_ptr_array_add (chart->series, g_strdup (label ? label : ""));
  return chart->series->len - 1;
}

void
cp_chart_add_category (CpChart      *chart,
                       const char   *label,
                       const gint64 *values,
                       guint         n_values)
{
  Category category = { 0 };

  g_return_if_fail (chart != NULL);
  g_return_if_fail (values != NULL || n_values == 0);

  category.label = g_strdup (label ? label : "");
  category.values = g_memdup2 (values, sizeof (gint64) * n_values);
  category.n_values = n_values;
  g_array_append_val (chart->categories, category);
}

void
cp_chart_set_format_func (CpChart           *chart,
                          CpChartFormatFunc  func,
                          gpointer           user_data,
                          GDestroyNotify     destroy)
{
  g_return_if_fail (chart != NULL);

  if (chart->format_destroy != NULL)
    chart->format_destroy (chart->format_data);
  chart->format_func = func;
  chart->format_data = user_data;
  chart->format_destroy = destroy;
}

void
cp_chart_set_foreground (CpChart *chart,
                         double   red,
                         double   green,
                         double   blue)
{
  g_return_if_fail (chart != NULL);

  chart->foreground[0] = CLAMP (red, 0.0, 1.0);
  chart->foreground[1] = CLAMP (green, 0.0, 1.0);
  chart->foreground[2] = CLAMP (blue, 0.0, 1.0);
}

void
cp_chart_set_font (CpChart    *chart,
                   const char *family,
                   double      size_pt)
{
  g_autofree char *families = NULL;

  g_return_if_fail (chart != NULL);
  g_return_if_fail (size_pt > 0);

  if (family == NULL || *family == '\0')
    family = DEFAULT_FAMILY;
  families = g_strconcat (family, ",", FALLBACK_FAMILY, NULL);

  g_clear_pointer (&chart->font, pango_font_description_free);
  chart->font = pango_font_description_new ();
  pango_font_description_set_family (chart->font, families);
  pango_font_description_set_size (chart->font, (int) (size_pt * PANGO_SCALE + 0.5));
}

void
cp_chart_set_resolution (CpChart *chart,
                         double   dpi)
{
  g_return_if_fail (chart != NULL);
  g_return_if_fail (dpi > 0);

  chart->dpi = dpi;
}

/* Values */

static double
get_value (CpChart  *chart,
           Category *category,
           guint     series)
{
  if (series >= category->n_values || category->values[series] < 0)
    return 0;
  return (double) category->values[series];
}

/* Exact, where get_value() is exact only up to 2⁵³. */
static gint64
get_exact_value (Category *category,
                 guint     series)
{
  if (series >= category->n_values)
    return 0;
  return MAX (category->values[series], 0);
}

static double
get_total (CpChart  *chart,
           Category *category)
{
  double total = 0;

  for (guint s = 0; s < chart->series->len; s++)
    total += get_value (chart, category, s);
  return total;
}

/* The longest bar: the axis must reach it. */
static double
get_max_value (CpChart *chart)
{
  double max = 0;

  for (guint c = 0; c < chart->categories->len; c++)
    {
      Category *category = &g_array_index (chart->categories, Category, c);

      if (chart->kind == CP_CHART_STACKED_BARS)
        max = MAX (max, get_total (chart, category));
      else
        for (guint s = 0; s < chart->series->len; s++)
          max = MAX (max, get_value (chart, category, s));
    }
  return max;
}

static char *
format_value (CpChart *chart,
              gint64   value)
{
  if (chart->format_func != NULL)
    return chart->format_func (value, chart->format_data);
  return g_strdup_printf ("%" G_GINT64_FORMAT, value);
}

/* A total or a tick: beyond gint64 only as the sum of a stack, which then
 * says the most it can. */
static char *
format_sum (CpChart *chart,
            double   value)
{
  return format_value (chart, value >= 9223372036854775807.0 ? G_MAXINT64 : (gint64) value);
}

/* Text */

static PangoContext *
create_context (CpChart *chart,
                cairo_t *cr)
{
  PangoContext *context;
  cairo_font_options_t *options = cairo_font_options_create ();

  if (cr != NULL)
    context = pango_cairo_create_context (cr);
  else
    context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (context, chart->dpi);

  /* Hinted metrics would measure text differently on screen and in a PDF. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  return context;
}

/* A line of text; wrapped or ellipsized at @width when it is > 0. */
static PangoLayout *
create_text (CpChart      *chart,
             PangoContext *context,
             const char   *text,
             gboolean      bold,
             double        scale,
             double        width,
             gboolean      wrap)
{
  PangoLayout *layout = pango_layout_new (context);
  g_autoptr(PangoFontDescription) font = pango_font_description_copy (chart->font);

  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  if (scale != 1.0)
    pango_font_description_set_size (font, (int) (pango_font_description_get_size (font) * scale));
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      if (wrap)
        pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      else
        pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  return layout;
}

static void
get_text_size (PangoLayout *layout,
               double      *width,
               double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width != NULL)
    *width = (double) logical.width / PANGO_SCALE;
  if (height != NULL)
    *height = (double) logical.height / PANGO_SCALE;
}

static double
measure_value (CpChart      *chart,
               PangoContext *context,
               double        value)
{
  g_autofree char *text = format_sum (chart, value);
  g_autoptr(PangoLayout) layout = create_text (chart, context, text, FALSE, 1.0, 0, FALSE);
  double width;

  get_text_size (layout, &width, NULL);
  return width;
}

/* Layout */

static void
set_source_palette (cairo_t *cr,
                    guint32  rgb)
{
  cairo_set_source_rgb (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
                        (rgb & 0xff) / 255.0);
}

static void
set_source_foreground (CpChart *chart,
                       cairo_t *cr,
                       double   alpha)
{
  cairo_set_source_rgba (cr, chart->foreground[0], chart->foreground[1], chart->foreground[2],
                         alpha);
}

static gboolean
is_empty (CpChart *chart)
{
  return chart->categories->len == 0 || chart->series->len == 0 || get_max_value (chart) <= 0;
}

static gboolean
has_legend (CpChart *chart)
{
  return chart->series->len > 1;
}

/* Lays the legend out in rows that wrap at @width, drawing it at @top when @cr
 * is not NULL; returns its height. */
static double
place_legend (CpChart      *chart,
              PangoContext *context,
              cairo_t      *cr,
              double        left,
              double        top,
              double        width,
              double        line)
{
  double swatch = round (line * 0.7);
  double swatch_gap = round (line * 0.4);
  double item_gap = round (line * 1.2);
  double row_gap = round (line * 0.25);
  double x = left;
  double y = top;

  for (guint s = 0; s < chart->series->len; s++)
    {
      g_autoptr(PangoLayout) layout = NULL;
      double text_width;
      double item_width;

      layout = create_text (chart, context, g_ptr_array_index (chart->series, s), FALSE, 1.0,
                            width - swatch - swatch_gap, FALSE);
      get_text_size (layout, &text_width, NULL);
      item_width = swatch + swatch_gap + text_width;

      if (x > left && x + item_width > left + width)
        {
          x = left;
          y += line + row_gap;
        }

      if (cr != NULL)
        {
          guint32 rgb = palette[s % G_N_ELEMENTS (palette)];

          set_source_palette (cr, rgb);
          cairo_rectangle (cr, x, y + round ((line - swatch) / 2), swatch, swatch);
          cairo_fill (cr);

          set_source_foreground (chart, cr, 1.0);
          cairo_move_to (cr, x + swatch + swatch_gap, y);
          pango_cairo_show_layout (cr, layout);
        }

      x += item_width + item_gap;
    }

  return y + line - top;
}

/* Picks the axis step: 1, 2 or 5 × 10ⁿ, the smallest whose labels fit side
 * by side, with at most MAX_STEPS of them. The axis ends at the longest bar,
 * which then reaches across the plot, rather than at the next tick: with only
 * two or three ticks, rounding up would leave much of the plot empty. Only
 * when not even one step fits below @max does the axis end at a tick past it. */
static void
choose_ticks (CpChart      *chart,
              PangoContext *context,
              double        max,
              double        plot_width,
              double        line,
              Geometry     *g)
{
  static const double multiples[] = { 1, 2, 5 };
  double magnitude = 1;

  while (magnitude * 10 * MAX_STEPS <= max)
    magnitude *= 10;

  for (;;)
    {
      for (guint m = 0; m < G_N_ELEMENTS (multiples); m++)
        {
          double step = multiples[m] * magnitude;
          double n_steps = floor (max / step);
          double widest = 0;

          if (n_steps > MAX_STEPS)
            continue;
          if (n_steps < 1)
            {
              g->step = step;
              g->n_steps = 1;
              g->axis_max = step;
              return;
            }

          for (guint i = 0; i <= (guint) n_steps; i++)
            widest = MAX (widest, measure_value (chart, context, i * step));

          if (plot_width * step / max >= MAX (widest + line, 3 * line))
            {
              g->step = step;
              g->n_steps = (guint) n_steps;
              g->axis_max = max;
              return;
            }
        }
      magnitude *= 10;
    }
}

/* Lays the chart out at @width; FALSE if it is too narrow to draw. */
static gboolean
measure (CpChart      *chart,
         PangoContext *context,
         double        width,
         Geometry     *g)
{
  g_autoptr(PangoLayout) sample = create_text (chart, context, "Ag", FALSE, 1.0, 0, FALSE);
  double content_width;
  double y;
  double max;
  double widest_label = 0;
  double widest_end = 0;
  double right_margin;
  double last_tick;
  double half_last_tick;
  double tick_overhang;

  memset (g, 0, sizeof *g);
  get_text_size (sample, NULL, &g->line);
  g->line = ceil (g->line);
  g->pad = round (g->line * 0.5);
  content_width = width - 2 * g->pad;
  if (!(content_width >= 4 * g->line))
    return FALSE;

  y = g->pad;
  g->title_top = y;
  if (chart->title != NULL)
    {
      g_autoptr(PangoLayout) title = create_text (chart, context, chart->title, TRUE, 1.2,
                                                  content_width, TRUE);
      double title_height;

      get_text_size (title, NULL, &title_height);
      y += ceil (title_height) + round (g->line * 0.6);
    }

  g->empty = is_empty (chart);
  if (g->empty)
    {
      double text_height = 0;

      if (chart->empty_text != NULL)
        {
          g_autoptr(PangoLayout) text = create_text (chart, context, chart->empty_text, FALSE, 1.0,
                                                     content_width, TRUE);

          get_text_size (text, NULL, &text_height);
        }
      g->plot_top = y;
      g->height = y + MAX (ceil (text_height) + 2 * g->line, 3 * g->line) + g->pad;
      return TRUE;
    }

  g->legend_top = y;
  if (has_legend (chart))
    y += place_legend (chart, context, NULL, g->pad, y, content_width, g->line)
         + round (g->line * 0.8);
  g->plot_top = y;

  if (chart->kind == CP_CHART_GROUPED_BARS)
    {
      g->bar = round (g->line * 1.3);
      g->band = g->bar * chart->series->len + round (g->line * 0.9);
    }
  else
    {
      g->bar = round (g->line * 1.6);
      g->band = g->bar + round (g->line * 0.7);
    }
  g->axis_height = round (g->line * 0.3) + g->line;
  g->height = g->plot_top + g->band * chart->categories->len + g->axis_height + g->pad;

  max = get_max_value (chart);
  for (guint c = 0; c < chart->categories->len; c++)
    {
      Category *category = &g_array_index (chart->categories, Category, c);
      g_autoptr(PangoLayout) label = NULL;
      double label_width;

      label = create_text (chart, context, category->label, FALSE, 1.0, 0, FALSE);
      get_text_size (label, &label_width, NULL);
      widest_label = MAX (widest_label, label_width);

      if (chart->kind == CP_CHART_STACKED_BARS)
        widest_end = MAX (widest_end, measure_value (chart, context, get_total (chart, category)));
      else
        for (guint s = 0; s < chart->series->len; s++)
          widest_end = MAX (widest_end,
                            measure_value (chart, context, get_value (chart, category, s)));
    }

  g->label_width = ceil (MIN (widest_label, width * LABEL_SHARE));
  g->plot_left = g->pad + g->label_width + (g->label_width > 0 ? round (g->line * 0.6) : 0);

  /* Room for the values at the bars' ends, so that even the longest bar can
   * show its value outside; but the bars keep PLOT_SHARE of the width, and
   * values that do not fit outside go inside their bars. */
  right_margin = MIN (widest_end + round (g->line * 0.4), width * END_LABEL_SHARE);
  right_margin = MIN (right_margin, width - g->pad - g->plot_left - width * PLOT_SHARE);
  right_margin = MAX (right_margin, 0);
  g->plot_width = width - g->pad - right_margin - g->plot_left;
  if (!(g->plot_width >= 2 * g->line))
    return FALSE;
  choose_ticks (chart, context, max, g->plot_width, g->line, g);

  /* And for half of the last tick's label, centred under its gridline. */
  last_tick = g->n_steps * g->step;
  half_last_tick = measure_value (chart, context, last_tick) / 2;
  tick_overhang = half_last_tick - g->plot_width * (1 - last_tick / g->axis_max);
  if (tick_overhang > right_margin)
    {
      g->plot_width = width - g->pad - tick_overhang - g->plot_left;
      if (!(g->plot_width >= 2 * g->line))
        return FALSE;
      choose_ticks (chart, context, max, g->plot_width, g->line, g);
    }

  return TRUE;
}

/* Drawing */

static double
linear_channel (guint32 value)
{
  double c = value / 255.0;

  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
get_luminance (guint32 rgb)
{
  return 0.2126 * linear_channel ((rgb >> 16) & 0xff)
       + 0.7152 * linear_channel ((rgb >> 8) & 0xff)
       + 0.0722 * linear_channel (rgb & 0xff);
}

/* White or dark text on a bar: whichever contrasts more (WCAG's ratio). */
static guint32
get_text_color_on (guint32 rgb)
{
  double bar = get_luminance (rgb);
  double on_white = 1.05 / (bar + 0.05);
  double on_dark = (bar + 0.05) / (get_luminance (dark_text) + 0.05);

  return on_white >= on_dark ? 0xffffff : dark_text;
}

static gboolean
is_vector (cairo_t *cr)
{
  switch (cairo_surface_get_type (cairo_get_target (cr)))
    {
    case CAIRO_SURFACE_TYPE_PDF:
    case CAIRO_SURFACE_TYPE_PS:
    case CAIRO_SURFACE_TYPE_SVG:
    case CAIRO_SURFACE_TYPE_RECORDING:
    case CAIRO_SURFACE_TYPE_SCRIPT:
      return TRUE;
    default:
      return FALSE;
    }
}

/* A hairline: on screen one device pixel wide, on the pixel grid so that it is
 * sharp; on paper, which has no pixels to fit, half a point. */
static void
stroke_vertical_line (cairo_t *cr,
                      double   x,
                      double   top,
                      double   bottom)
{
  if (is_vector (cr))
    {
      double width = 0.5;
      double unused = 0;

      /* A PDF's device units are points. */
      cairo_device_to_user_distance (cr, &width, &unused);
      cairo_set_line_width (cr, fabs (width));
    }
  else
    {
      double width = 1;
      double unused = 0;

      cairo_user_to_device (cr, &x, &top);
      x = floor (x) + 0.5;
      cairo_device_to_user (cr, &x, &top);
      cairo_device_to_user_distance (cr, &width, &unused);
      cairo_set_line_width (cr, fabs (width));
    }

  cairo_move_to (cr, x, top);
  cairo_line_to (cr, x, bottom);
  cairo_stroke (cr);
}

static void
show_text_at (cairo_t     *cr,
              PangoLayout *layout,
              double       x,
              double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_title (CpChart      *chart,
            PangoContext *context,
            cairo_t      *cr,
            double        width,
            Geometry     *g)
{
  g_autoptr(PangoLayout) title = NULL;

  if (chart->title == NULL)
    return;

  title = create_text (chart, context, chart->title, TRUE, 1.2, width - 2 * g->pad, TRUE);
  set_source_foreground (chart, cr, 1.0);
  show_text_at (cr, title, g->pad, g->title_top);
}

static void
draw_empty (CpChart      *chart,
            PangoContext *context,
            cairo_t      *cr,
            double        width,
            double        height,
            Geometry     *g)
{
  g_autoptr(PangoLayout) text = NULL;
  double text_height;
  double top;

  if (chart->empty_text == NULL)
    return;

  text = create_text (chart, context, chart->empty_text, FALSE, 1.0, width - 2 * g->pad, TRUE);
  pango_layout_set_alignment (text, PANGO_ALIGN_CENTER);
  get_text_size (text, NULL, &text_height);

  /* Centred in the space below the title, or in all of it if that is too small. */
  top = g->plot_top + (height - g->pad - g->plot_top - text_height) / 2;
  if (top < g->plot_top)
    top = MAX (0, (height - text_height) / 2);

  set_source_foreground (chart, cr, 0.7);
  show_text_at (cr, text, g->pad, round (top));
}

static void
draw_axis (CpChart      *chart,
           PangoContext *context,
           cairo_t      *cr,
           double        width,
           double        plot_bottom,
           Geometry     *g)
{
  for (guint i = 0; i <= g->n_steps; i++)
    {
      double value = i * g->step;
      double x = g->plot_left + g->plot_width * value / g->axis_max;
      g_autofree char *text = format_sum (chart, value);
      g_autoptr(PangoLayout) label = create_text (chart, context, text, FALSE, 1.0, 0, FALSE);
      double label_width;
      double label_x;

      set_source_foreground (chart, cr, i == 0 ? 0.55 : 0.15);
      stroke_vertical_line (cr, x, g->plot_top, plot_bottom);

      get_text_size (label, &label_width, NULL);
      label_x = CLAMP (x - label_width / 2, 0, MAX (0, width - label_width));
      set_source_foreground (chart, cr, 0.75);
      show_text_at (cr, label, label_x, plot_bottom + round (g->line * 0.3));
    }
}

/* The value at the end of a bar: outside if there is room before the right
 * edge, otherwise inside if the bar is long enough, otherwise not at all. */
static void
draw_end_label (CpChart      *chart,
                PangoContext *context,
                cairo_t      *cr,
                double        width,
                const char   *text,
                double        bar_top,
                double        bar_right,
                double        bar_length,
                guint32       bar_rgb,
                gboolean      may_go_inside,
                Geometry     *g)
{
  g_autoptr(PangoLayout) label = create_text (chart, context, text, FALSE, 1.0, 0, FALSE);
  double gap = round (g->line * 0.3);
  double label_width;
  double label_height;
  double y;

  get_text_size (label, &label_width, &label_height);
  y = bar_top + (g->bar - label_height) / 2;

  if (bar_right + gap + label_width <= width - g->pad + 0.5)
    {
      set_source_foreground (chart, cr, 1.0);
      show_text_at (cr, label, bar_right + gap, y);
    }
  else if (may_go_inside && label_width + 2 * gap <= bar_length)
    {
      set_source_palette (cr, get_text_color_on (bar_rgb));
      show_text_at (cr, label, bar_right - gap - label_width, y);
    }
}

static void
draw_category (CpChart      *chart,
               PangoContext *context,
               cairo_t      *cr,
               double        width,
               Category     *category,
               double        band_top,
               Geometry     *g)
{
  guint n_bars = chart->kind == CP_CHART_GROUPED_BARS ? chart->series->len : 1;
  double group_top = round (band_top + (g->band - n_bars * g->bar) / 2);
  gboolean labels_fit = g->bar >= g->line * 0.95;
  double scale = g->plot_width / g->axis_max;

  if (g->label_width > 0 && g->band >= g->line)
    {
      g_autoptr(PangoLayout) label = create_text (chart, context, category->label, FALSE, 1.0,
                                                  g->label_width, FALSE);
      double label_width;
      double label_height;

      get_text_size (label, &label_width, &label_height);
      set_source_foreground (chart, cr, 1.0);
      show_text_at (cr, label, g->pad + g->label_width - label_width,
                    round (group_top + (n_bars * g->bar - label_height) / 2));
    }

  if (chart->kind == CP_CHART_GROUPED_BARS)
    {
      for (guint s = 0; s < chart->series->len; s++)
        {
          guint32 rgb = palette[s % G_N_ELEMENTS (palette)];
          double value = get_value (chart, category, s);
          double length = value * scale;
          double top = group_top + s * g->bar;

          if (length > 0)
            {
              set_source_palette (cr, rgb);
              cairo_rectangle (cr, g->plot_left, top, length, g->bar);
              cairo_fill (cr);
            }
          if (labels_fit)
            {
              g_autofree char *text = format_value (chart, get_exact_value (category, s));

              draw_end_label (chart, context, cr, width, text, top, g->plot_left + length, length,
                              rgb, TRUE, g);
            }
        }
    }
  else
    {
      double x = g->plot_left;
      guint n_segments = 0;
      guint32 last_rgb = palette[0];

      for (guint s = 0; s < chart->series->len; s++)
        if (get_value (chart, category, s) > 0)
          n_segments++;

      for (guint s = 0; s < chart->series->len; s++)
        {
          guint32 rgb = palette[s % G_N_ELEMENTS (palette)];
          double value = get_value (chart, category, s);
          double length = value * scale;

          if (length <= 0)
            continue;

          set_source_palette (cr, rgb);
          cairo_rectangle (cr, x, group_top, length, g->bar);
          cairo_fill (cr);

          /* With one segment the total at the end says it all. */
          if (labels_fit && n_segments > 1)
            {
              g_autofree char *text = format_value (chart, get_exact_value (category, s));
              g_autoptr(PangoLayout) label = NULL;
              double label_width;
              double label_height;

              label = create_text (chart, context, text, FALSE, 1.0, 0, FALSE);
              get_text_size (label, &label_width, &label_height);
              if (label_width + 2 * round (g->line * 0.3) <= length)
                {
                  set_source_palette (cr, get_text_color_on (rgb));
                  show_text_at (cr, label, x + (length - label_width) / 2,
                                group_top + (g->bar - label_height) / 2);
                }
            }

          x += length;
          last_rgb = rgb;
        }

      if (labels_fit)
        {
          g_autofree char *text = format_sum (chart, get_total (chart, category));

          draw_end_label (chart, context, cr, width, text, group_top, x, x - g->plot_left,
                          last_rgb, n_segments == 1, g);
        }
    }
}

double
cp_chart_get_preferred_height (CpChart *chart,
                               double   width)
{
  PangoContext *context;
  Geometry g;
  gboolean fits;

  g_return_val_if_fail (chart != NULL, 0);

  /* Pango 1.50 has no autoptr for PangoContext. */
  context = create_context (chart, NULL);
  fits = measure (chart, context, width, &g);
  g_object_unref (context);
  return fits ? ceil (g.height) : 0;
}

static void
draw_chart (CpChart      *chart,
            PangoContext *context,
            cairo_t      *cr,
            double        width,
            double        height)
{
  Geometry g;
  double rows_height;
  double plot_bottom;

  if (!measure (chart, context, width, &g))
    return;

  if (g.empty)
    {
      if (g.plot_top + g.line <= height)
        draw_title (chart, context, cr, width, &g);
      draw_empty (chart, context, cr, width, height, &g);
      return;
    }

  /* Less height than preferred: thinner bars, while they can still be seen. */
  rows_height = height - g.plot_top - g.axis_height - g.pad;
  if (rows_height < g.band * chart->categories->len)
    {
      double shrink = rows_height / (g.band * chart->categories->len);

      if (!(rows_height >= 2.0 * chart->categories->len) || g.bar * shrink < 1)
        return;
      g.band *= shrink;
      g.bar = floor (g.bar * shrink);
    }
  plot_bottom = g.plot_top + g.band * chart->categories->len;

  draw_title (chart, context, cr, width, &g);
  if (has_legend (chart))
    place_legend (chart, context, cr, g.pad, g.legend_top, width - 2 * g.pad, g.line);

  /* Gridlines under the bars, the zero line over them. */
  draw_axis (chart, context, cr, width, plot_bottom, &g);
  for (guint c = 0; c < chart->categories->len; c++)
    draw_category (chart, context, cr, width, &g_array_index (chart->categories, Category, c),
                   g.plot_top + c * g.band, &g);
  set_source_foreground (chart, cr, 0.55);
  stroke_vertical_line (cr, g.plot_left, g.plot_top, plot_bottom);
}

void
cp_chart_draw (CpChart *chart,
               cairo_t *cr,
               double   width,
               double   height)
{
  PangoContext *context;

  g_return_if_fail (chart != NULL);
  g_return_if_fail (cr != NULL);

  if (!(width > 0 && height > 0))
    return;

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  context = create_context (chart, cr);
  draw_chart (chart, context, cr, width, height);
  g_object_unref (context);
  cairo_restore (cr);
}

char *
cp_chart_dup_description (CpChart *chart)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (chart != NULL, NULL);

  if (chart->title != NULL)
    g_string_append_printf (text, "%s\n", chart->title);

  if (is_empty (chart))
    {
      if (chart->empty_text != NULL)
        g_string_append_printf (text, "%s\n", chart->empty_text);
      return g_string_free (g_steal_pointer (&text), FALSE);
    }

  for (guint c = 0; c < chart->categories->len; c++)
    {
      Category *category = &g_array_index (chart->categories, Category, c);

      g_string_append_printf (text, "%s:", category->label);
      for (guint s = 0; s < chart->series->len; s++)
        {
          g_autofree char *value = format_value (chart, get_exact_value (category, s));

          g_string_append_printf (text, "%s %s %s", s > 0 ? "," : "",
                                  (const char *) g_ptr_array_index (chart->series, s), value);
        }
      g_string_append_c (text, '\n');
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}
