/* cp-chart.h: horizontal bar charts drawn with cairo and pango
 *
 * One chart, drawn the same way into a GtkDrawingArea's cairo context and
 * into a cairo PDF surface: categories down the side (a partnership, a year),
 * one or more series (“Budget”, “Spent”), one value per category and series.
 * A grouped chart draws one bar per series side by side in each category; a
 * stacked chart draws one bar per category made of the series' segments. The
 * value axis runs along the bottom, with ticks at 1, 2 or 5 × 10ⁿ and their
 * gridlines; a legend names the series when there is more than one.
 *
 * Values are integers ≥ 0 in the caller's units, usually minor units of one
 * currency; positions are computed in double, so any gint64 is safe. Labels
 * come from the caller, already translated: the chart itself writes no words.
 * Series take their colours from the GNOME palette in the order blue, green,
 * orange, purple, red, brown and yellow (then darker shades of the same).
 *
 * A plain struct, not a GObject: build it, draw it, free it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <cairo.h>

G_BEGIN_DECLS

typedef enum
{
  CP_CHART_GROUPED_BARS,
  CP_CHART_STACKED_BARS,
} CpChartKind;

typedef struct _CpChart CpChart;

/* Formats a value for the axis, the bar ends and the description, such as
 * “1,234.00 EUR”. Returns a newly allocated string. */
typedef char *(*CpChartFormatFunc) (gint64   value,
                                    gpointer user_data);

CpChart *cp_chart_new                  (CpChartKind        kind);
void     cp_chart_free                 (CpChart           *chart);

void     cp_chart_set_title            (CpChart           *chart,
                                        const char        *title);
/* Shown centred instead of the axes when there are no categories or every
 * value is 0, such as “No budget recorded yet”. NULL draws nothing there. */
void     cp_chart_set_empty_text       (CpChart           *chart,
                                        const char        *text);
/* Returns the index of the new series, which also picks its colour. */
guint    cp_chart_add_series           (CpChart           *chart,
                                        const char        *label);
/* @values holds one value per series, in the order they were added; missing
 * values count as 0, and a negative value is drawn as 0. */
void     cp_chart_add_category         (CpChart           *chart,
                                        const char        *label,
                                        const gint64      *values,
                                        guint              n_values);
/* Without a format function values are written as plain integers. */
void     cp_chart_set_format_func      (CpChart           *chart,
                                        CpChartFormatFunc  func,
                                        gpointer           user_data,
                                        GDestroyNotify     destroy);
/* The colour of text, the axis and the gridlines (default near-black); a
 * widget passes its style's foreground so that the chart follows dark mode. */
void     cp_chart_set_foreground       (CpChart           *chart,
                                        double             red,
                                        double             green,
                                        double             blue);
/* Default “Cantarell 10”, falling back to Sans. */
void     cp_chart_set_font             (CpChart           *chart,
                                        const char        *family,
                                        double             size_pt);
/* User units per inch for the font size: 96 (the default) on screen, as
 * GTK does, and 72 for a PDF surface, whose units are points. The chart's
 * spacing follows the font, so this scales the whole chart. */
void     cp_chart_set_resolution       (CpChart           *chart,
                                        double             dpi);

/* The height the chart needs at @width: it grows with the categories, and
 * with the title and legend when they wrap. */
double   cp_chart_get_preferred_height (CpChart           *chart,
                                        double             width);
/* Draws the chart in the rectangle (0, 0, @width, @height) of @cr, leaving
 * the background as it is. A chart taller than it needs keeps its bars at
 * their preferred size, from the top; one too small to be read is not drawn. */
void     cp_chart_draw                 (CpChart           *chart,
                                        cairo_t           *cr,
                                        double             width,
                                        double             height);
/* The chart as plain text for screen readers and tests: the title, then one
 * line per category, “León: Budget 12,000 EUR, Spent 9,500 EUR”; or the
 * empty text. */
char    *cp_chart_dup_description      (CpChart           *chart);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CpChart, cp_chart_free)

G_END_DECLS
