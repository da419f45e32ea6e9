/* cp-report-layout.c
 *
 * The document becomes a flow of units, each a strip of the text width that
 * is never split: a line of a paragraph, a heading, a row of a table or of key
 * figures, a chart. A unit may keep with the next (a heading with what follows,
 * a paragraph's first line with its second); paginate() fills pages with units
 * and moves such a chain to the next page when it does not fit. A unit is made
 * of pieces (text, lines of text, rules, boxes, a recorded chart) at positions
 * relative to its top; placing it copies them onto the page, where
 * cp_report_layout_draw_page() draws them.
 *
 * Text is shaped once, at 72 units to the inch, without hinted metrics or
 * rounded glyph positions, so that the same lines fit on paper and on screen
 * at any scale.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "cp-report-layout.h"

#define FAMILY             "Cantarell,Sans"

/* Points. */
#define MARGIN_SIDE        62.0
#define HEADER_TOP         36.0    /* the running header's text */
#define HEADER_RULE        52.0
#define BODY_TOP           76.0
#define BODY_BOTTOM_GAP    68.0    /* from the bottom edge */
#define FOOTER_BOTTOM_GAP  38.0    /* from the bottom edge to the footer's baseline */
#define MIN_TEXT_WIDTH     144.0
#define MIN_BODY_HEIGHT    144.0

#define CELL_PAD_X         5.0
#define CELL_PAD_Y         3.5
#define FIGURE_PAD         10.0
#define FIGURE_GAP         10.0
#define FIGURE_MIN_WIDTH   130.0
#define FIGURE_BAR         3.0
#define LEADER_STEP        4.0
#define LEADER_GAP         6.0

/* GNOME palette: dark 4, dark 2, light 2, light 4, dark 1, blue 5. */
#define TEXT_COLOR         0x241f31
#define QUIET_COLOR        0x5e5c64
#define FILL_COLOR         0xf6f5f4
#define RULE_COLOR         0xc0bfbc
#define STRONG_RULE_COLOR  0x77767b
#define ACCENT_COLOR       0x1a5fb4

typedef enum
{
  STYLE_BODY,
  STYLE_NOTE,
  STYLE_HEADING_1,
  STYLE_HEADING_2,
  STYLE_CAPTION,
  STYLE_CELL,
  STYLE_HEADER_CELL,
  STYLE_FIGURE_VALUE,
  STYLE_FIGURE_LABEL,
  STYLE_SOURCE,
  STYLE_RUNNING,
  STYLE_TITLE,
  STYLE_SUBJECT,
  STYLE_DATE,
  STYLE_CONTENTS_TITLE,
  STYLE_CONTENTS_ENTRY,
} Style;

typedef struct
{
  double      size;
  PangoWeight weight;
  PangoStyle  slant;
  double      line_spacing;   /* a factor of the font's height; 0 for the font's own */
  guint32     rgb;
} TextStyle;

static const TextStyle styles[] = {
  [STYLE_BODY]           = { 10.0, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 1.32, TEXT_COLOR },
  [STYLE_NOTE]           = { 9.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, 1.3, QUIET_COLOR },
  [STYLE_HEADING_1]      = { 16.0, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 1.15, ACCENT_COLOR },
  [STYLE_HEADING_2]      = { 12.0, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 1.15, TEXT_COLOR },
  [STYLE_CAPTION]        = { 9.5, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 1.2, TEXT_COLOR },
  [STYLE_CELL]           = { 8.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 1.2, TEXT_COLOR },
  [STYLE_HEADER_CELL]    = { 8.5, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 1.2, TEXT_COLOR },
  [STYLE_FIGURE_VALUE]   = { 17.0, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 1.1, TEXT_COLOR },
  [STYLE_FIGURE_LABEL]   = { 8.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 1.2, QUIET_COLOR },
  [STYLE_SOURCE]         = { 8.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 1.25, TEXT_COLOR },
  [STYLE_RUNNING]        = { 8.0, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0, QUIET_COLOR },
  [STYLE_TITLE]          = { 26.0, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 1.1, TEXT_COLOR },
  [STYLE_SUBJECT]        = { 15.0, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 1.2, TEXT_COLOR },
  [STYLE_DATE]           = { 11.0, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0, QUIET_COLOR },
  [STYLE_CONTENTS_TITLE] = { 16.0, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 1.15, ACCENT_COLOR },
  [STYLE_CONTENTS_ENTRY] = { 10.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 1.2, TEXT_COLOR },
};

typedef enum
{
  PIECE_TEXT,      /* a whole layout, its top left at (x, y) */
  PIECE_LINE,      /* one line of a layout, its baseline starting at (x, y) */
  PIECE_RULE,      /* a horizontal line from (x, y), width long */
  PIECE_BOX,       /* a filled rectangle */
  PIECE_PICTURE,   /* a recorded drawing, such as a chart */
  PIECE_LEADER,    /* dots along a baseline, from x, width long */
  PIECE_DEST,      /* a PDF destination named name at (x, y) */
  PIECE_LINK,      /* a PDF link to the destination name over the rectangle */
} PieceKind;

typedef struct
{
  PieceKind        kind;
  double           x;
  double           y;
  double           width;
  double           height;       /* boxes, pictures, links; the thickness of rules */
  guint32          rgb;
  PangoLayout     *layout;
  int              line;
  cairo_surface_t *picture;
  char            *name;
} Piece;

typedef struct _Unit Unit;

struct _Unit
{
  double    height;
  double    space_before;      /* dropped at the top of a page */
  gboolean  keep_with_next;
  GArray   *pieces;            /* Piece, y from the unit's top */
  Unit     *repeat;            /* a table's header row, repeated above this row on a new page */
  int       heading;           /* the block index of the heading that starts here, or -1 */
};

typedef struct
{
  GArray *pieces;              /* Piece, on the page */
} Page;

/* While laying out. */
typedef struct
{
  const CpReportDocument *doc;
  PangoContext           *context;
  double                  width;
  double                  height;
  double                  left;
  double                  text_width;
  double                  body_top;
  double                  body_bottom;
  GPtrArray              *units;          /* Unit* */
  double                  pending_space;  /* below the last block */
} Flow;

struct _CpReportLayout
{
  double     width;
  double     height;
  GPtrArray *pages;            /* Page* */
  GArray    *heading_pages;    /* guint per block: its page from 1, or 0 */
  guint      sources_page;
};

/* Pieces, units and pages */

static void
clear_piece (gpointer data)
{
  Piece *piece = data;

  g_clear_object (&piece->layout);
  g_clear_pointer (&piece->picture, cairo_surface_destroy);
  g_clear_pointer (&piece->name, g_free);
}

static GArray *
new_pieces (void)
{
  GArray *pieces = g_array_new (FALSE, TRUE, sizeof (Piece));

  g_array_set_clear_func (pieces, clear_piece);
  return pieces;
}

/* Appends a copy of @piece moved down by @dy, with its own references. */
static void
copy_piece (GArray      *pieces,
            const Piece *piece,
            double       dy)
{
  Piece copy = *piece;

  copy.y += dy;
  if (copy.layout != NULL)
    g_object_ref (copy.layout);
  if (copy.picture != NULL)
    cairo_surface_reference (copy.picture);
  copy.name = g_strdup (copy.name);
  g_array_append_val (pieces, copy);
}

static Piece *
add_piece (GArray    *pieces,
           PieceKind  kind,
           double     x,
           double     y)
{
  Piece piece = { 0 };

  piece.kind = kind;
  piece.x = x;
  piece.y = y;
  g_array_append_val (pieces, piece);
  return &g_array_index (pieces, Piece, pieces->len - 1);
}

/* Takes a reference to @layout. */
static void
add_text (GArray      *pieces,
          PangoLayout *layout,
          double       x,
          double       y,
          guint32      rgb)
{
  Piece *piece = add_piece (pieces, PIECE_TEXT, x, y);

  piece->layout = g_object_ref (layout);
  piece->rgb = rgb;
}

static void
add_rule (GArray  *pieces,
          double   x,
          double   y,
          double   width,
          double   thickness,
          guint32  rgb)
{
  Piece *piece = add_piece (pieces, PIECE_RULE, x, y);

  piece->width = width;
  piece->height = thickness;
  piece->rgb = rgb;
}

static void
add_box (GArray  *pieces,
         double   x,
         double   y,
         double   width,
         double   height,
         guint32  rgb)
{
  Piece *piece = add_piece (pieces, PIECE_BOX, x, y);

  piece->width = width;
  piece->height = height;
  piece->rgb = rgb;
}

static void
add_dest (GArray     *pieces,
          const char *name,
          double      x,
          double      y)
{
  add_piece (pieces, PIECE_DEST, x, y)->name = g_strdup (name);
}

static void
unit_free (Unit *unit)
{
  g_array_unref (unit->pieces);
  g_free (unit);
}

static Unit *
add_unit (Flow   *flow,
          double  space_before)
{
  Unit *unit = g_new0 (Unit, 1);

  unit->pieces = new_pieces ();
  unit->space_before = space_before;
  unit->heading = -1;
  g_ptr_array_add (flow->units, unit);
  return unit;
}

static void
page_free (Page *page)
{
  g_array_unref (page->pieces);
  g_free (page);
}

static Page *
page_new (void)
{
  Page *page = g_new0 (Page, 1);

  page->pieces = new_pieces ();
  return page;
}

/* Text */

static PangoContext *
create_context (const char *language)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();

  pango_cairo_context_set_resolution (context, 72);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (context, FALSE);
  pango_context_set_language (context, pango_language_from_string (language));
  return context;
}

/* A text in @style, wrapped at @width when it is > 0, with the numbers of
 * @footnotes raised after it. */
static PangoLayout *
create_text (Flow         *flow,
             Style         style,
             const char   *text,
             const GArray *footnotes,
             double        width,
             gboolean      numeric)
{
  const TextStyle *s = &styles[style];
  PangoLayout *layout = pango_layout_new (flow->context);
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();
  g_autoptr(GString) string = g_string_new (text);
  PangoAttrList *attributes = pango_attr_list_new ();

  pango_font_description_set_family (font, FAMILY);
  pango_font_description_set_size (font, (int) (s->size * PANGO_SCALE + 0.5));
  pango_font_description_set_weight (font, s->weight);
  pango_font_description_set_style (font, s->slant);
  pango_layout_set_font_description (layout, font);

  if (footnotes != NULL && footnotes->len > 0)
    {
      guint start = string->len;
      PangoAttribute *attribute;

      for (guint i = 0; i < footnotes->len; i++)
        g_string_append_printf (string, "%s%u", i > 0 ? "," : "",
                                g_array_index (footnotes, guint, i));

      attribute = pango_attr_rise_new ((int) (s->size * 0.38 * PANGO_SCALE));
      attribute->start_index = start;
      attribute->end_index = string->len;
      pango_attr_list_insert (attributes, attribute);
      attribute = pango_attr_scale_new (0.7);
      attribute->start_index = start;
      attribute->end_index = string->len;
      pango_attr_list_insert (attributes, attribute);
    }

  /* Figures of equal width, so that the digits of a column line up. */
  if (numeric)
    pango_attr_list_insert (attributes, pango_attr_font_features_new ("tnum=1"));

  pango_layout_set_text (layout, string->str, (int) string->len);
  pango_layout_set_attributes (layout, attributes);
  pango_attr_list_unref (attributes);

  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      if (numeric)
        pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
    }
  if (s->line_spacing > 0)
    pango_layout_set_line_spacing (layout, (float) s->line_spacing);
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
get_text_height (PangoLayout *layout)
{
  double height;

  get_text_size (layout, NULL, &height);
  return height;
}

/* The width of the widest word: the least a column can have without
 * breaking words. */
static double
get_min_width (PangoLayout *layout)
{
  g_autoptr(PangoLayout) words = pango_layout_copy (layout);
  PangoRectangle logical;

  pango_layout_set_width (words, 1);
  pango_layout_set_wrap (words, PANGO_WRAP_WORD);
  pango_layout_set_alignment (words, PANGO_ALIGN_LEFT);
  pango_layout_get_extents (words, NULL, &logical);
  return (double) logical.width / PANGO_SCALE;
}

static double
get_baseline (PangoLayout *layout)
{
  return (double) pango_layout_get_baseline (layout) / PANGO_SCALE;
}

static double
get_number_width (Flow       *flow,
                  Style       style,
                  const char *text)
{
  g_autoptr(PangoLayout) layout = create_text (flow, style, text, NULL, 0, TRUE);
  double width;

  get_text_size (layout, &width, NULL);
  return width;
}

/* The flow */

/* The space above a block: the larger of what it wants and what the block
 * before wants below itself. */
static double
take_space (Flow   *flow,
            double  before,
            double  after)
{
  double space = MAX (flow->pending_space, before);

  flow->pending_space = after;
  return space;
}

/* One unit per line, so that a paragraph breaks between pages line by line,
 * never leaving its first or last line alone. */
static void
add_lines (Flow        *flow,
           PangoLayout *layout,
           double       space_before,
           guint32      rgb)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  int n_lines = pango_layout_get_line_count (layout);
  int index = 0;

  do
    {
      Unit *unit = add_unit (flow, index == 0 ? space_before : 0);
      PangoRectangle logical;
      Piece *piece;
      int top;
      int bottom;

      pango_layout_iter_get_line_yrange (iter, &top, &bottom);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      unit->height = (double) (bottom - top) / PANGO_SCALE;
      unit->keep_with_next = (index == 0 && n_lines > 1) || (index == n_lines - 2 && n_lines > 2);

      piece = add_piece (unit->pieces, PIECE_LINE, flow->left + (double) logical.x / PANGO_SCALE,
                         (double) (pango_layout_iter_get_baseline (iter) - top) / PANGO_SCALE);
      piece->layout = g_object_ref (layout);
      piece->line = index;
      piece->rgb = rgb;
      index++;
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
}

static void
add_heading (Flow                *flow,
             guint                index,
             const CpReportBlock *block)
{
  gboolean first_level = block->level <= 1;
  Style style = first_level ? STYLE_HEADING_1 : STYLE_HEADING_2;
  g_autoptr(PangoLayout) layout = NULL;
  g_autofree char *name = g_strdup_printf ("heading-%u", index);
  double space;
  Unit *unit;

  layout = create_text (flow, style, block->text ? block->text : "", block->footnotes,
                        flow->text_width, FALSE);
  space = first_level ? take_space (flow, 24, 8) : take_space (flow, 14, 5);
  unit = add_unit (flow, space);
  unit->height = get_text_height (layout);
  unit->keep_with_next = TRUE;
  unit->heading = (int) index;
  add_dest (unit->pieces, name, flow->left, 0);
  add_text (unit->pieces, layout, flow->left, 0, styles[style].rgb);
}

static void
add_paragraph (Flow                *flow,
               const CpReportBlock *block,
               Style                style)
{
  g_autoptr(PangoLayout) layout = NULL;
  double space = take_space (flow, 0, 7);

  if (block->text == NULL || *block->text == '\0')
    return;

  layout = create_text (flow, style, block->text, block->footnotes, flow->text_width, FALSE);
  add_lines (flow, layout, space, styles[style].rgb);
}

/* A caption that keeps with the table or chart below it; without one, the
 * space it would have had goes to what follows. */
static void
add_caption (Flow                *flow,
             const CpReportBlock *block)
{
  g_autoptr(PangoLayout) layout = NULL;
  double space = take_space (flow, 12, 0);
  Unit *unit;

  if ((block->caption == NULL || *block->caption == '\0') && block->footnotes->len == 0)
    {
      flow->pending_space = space;
      return;
    }

  layout = create_text (flow, STYLE_CAPTION, block->caption ? block->caption : "",
                        block->footnotes, flow->text_width, FALSE);
  unit = add_unit (flow, space);
  unit->height = get_text_height (layout) + 5;
  unit->keep_with_next = TRUE;
  add_text (unit->pieces, layout, flow->left, 0, styles[STYLE_CAPTION].rgb);
}

/* A grid of boxes, as many in a row as fit FIGURE_MIN_WIDTH, the rows as
 * even as they can be: four figures in two rows of two, not three and one. */
static void
add_key_figures (Flow                *flow,
                 const CpReportBlock *block)
{
  guint n = block->labels ? block->labels->len : 0;
  guint columns;
  guint rows;
  double box_width;
  double space;

  if (n == 0)
    return;

  columns = (guint) floor ((flow->text_width + FIGURE_GAP) / (FIGURE_MIN_WIDTH + FIGURE_GAP));
  columns = CLAMP (columns, 1, MIN (n, 4));
  rows = (n + columns - 1) / columns;
  columns = (n + rows - 1) / rows;
  box_width = (flow->text_width - (columns - 1) * FIGURE_GAP) / columns;
  space = take_space (flow, 10, 12);

  for (guint row = 0; row < rows; row++)
    {
      Unit *unit = add_unit (flow, row == 0 ? space : FIGURE_GAP);
      PangoLayout *values[4] = { NULL };
      PangoLayout *labels[4] = { NULL };
      guint first = row * columns;
      guint last = MIN (first + columns, n);
      double inner = box_width - 2 * FIGURE_PAD - FIGURE_BAR;
      double height = 0;

      for (guint i = first; i < last; i++)
        {
          /* The block's footnotes belong to the figures as a whole: after the last. */
          const GArray *footnotes = i == n - 1 ? block->footnotes : NULL;
          const char *value = g_ptr_array_index (block->values, i);
          const char *label = g_ptr_array_index (block->labels, i);

          values[i - first] = create_text (flow, STYLE_FIGURE_VALUE, value, NULL, inner, FALSE);
          labels[i - first] = create_text (flow, STYLE_FIGURE_LABEL, label, footnotes, inner, FALSE);
          height = MAX (height, get_text_height (values[i - first]) + 3
                                + get_text_height (labels[i - first]));
        }
      unit->height = height + 2 * FIGURE_PAD;

      for (guint i = first; i < last; i++)
        {
          double x = flow->left + (i - first) * (box_width + FIGURE_GAP);
          double value_height = get_text_height (values[i - first]);

          add_box (unit->pieces, x, 0, box_width, unit->height, FILL_COLOR);
          add_box (unit->pieces, x, 0, FIGURE_BAR, unit->height, ACCENT_COLOR);
          add_text (unit->pieces, values[i - first], x + FIGURE_BAR + FIGURE_PAD, FIGURE_PAD,
                    styles[STYLE_FIGURE_VALUE].rgb);
          add_text (unit->pieces, labels[i - first], x + FIGURE_BAR + FIGURE_PAD,
                    FIGURE_PAD + value_height + 3, styles[STYLE_FIGURE_LABEL].rgb);
          g_object_unref (values[i - first]);
          g_object_unref (labels[i - first]);
        }
    }
}

/* Column widths from their content: every column its natural width when all
 * fit, the room left over going to the columns of words; otherwise each its
 * widest word and a share of the rest in proportion to what it would like. */
static double *
measure_columns (Flow                *flow,
                 const CpReportBlock *block)
{
  guint n = block->n_columns;
  g_autofree double *natural = g_new0 (double, n);
  g_autofree double *minimum = g_new0 (double, n);
  double *widths = g_new0 (double, n);
  double sum_natural = 0;
  double sum_minimum = 0;
  double sum_words = 0;
  double room = flow->text_width;

  for (guint r = 0; r <= block->rows->len; r++)
    {
      GStrv cells = r == 0 ? block->header : g_ptr_array_index (block->rows, r - 1);

      for (guint c = 0; c < n; c++)
        {
          g_autoptr(PangoLayout) layout = NULL;
          double width;

          layout = create_text (flow, r == 0 ? STYLE_HEADER_CELL : STYLE_CELL, cells[c], NULL, 0,
                                block->numeric[c]);
          get_text_size (layout, &width, NULL);
          natural[c] = MAX (natural[c], width + 2 * CELL_PAD_X);
          /* Numbers are not broken, the header's words may be; a long text in a
           * column of numbers is, rather than taking the table's width. */
          if (block->numeric[c] && r > 0)
            minimum[c] = MAX (minimum[c], MAX (MIN (width, flow->text_width / 4), get_min_width (layout))
                                          + 2 * CELL_PAD_X);
          else
            minimum[c] = MAX (minimum[c], get_min_width (layout) + 2 * CELL_PAD_X);
        }
    }

  for (guint c = 0; c < n; c++)
    {
      natural[c] = ceil (natural[c]) + 1;
      minimum[c] = MIN (ceil (minimum[c]) + 1, natural[c]);
      sum_natural += natural[c];
      sum_minimum += minimum[c];
      if (!block->numeric[c])
        sum_words += natural[c];
    }

  for (guint c = 0; c < n; c++)
    {
      if (sum_natural <= room)
        {
          double extra = room - sum_natural;

          if (sum_words > 0)
            widths[c] = natural[c] + (block->numeric[c] ? 0 : extra * natural[c] / sum_words);
          else
            widths[c] = natural[c] + extra * natural[c] / sum_natural;
        }
      else if (sum_minimum <= room)
        widths[c] = minimum[c] + (natural[c] - minimum[c]) * (room - sum_minimum)
                                 / (sum_natural - sum_minimum);
      else
        widths[c] = minimum[c] * room / sum_minimum;
    }
  return widths;
}

/* A row of cells as a unit; the header row on a light band. */
static Unit *
add_table_row (Flow                *flow,
               const CpReportBlock *block,
               const double        *widths,
               GStrv                cells,
               gboolean             is_header,
               double               space)
{
  Unit *unit = add_unit (flow, space);
  Style style = is_header ? STYLE_HEADER_CELL : STYLE_CELL;
  g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);
  double height = 0;
  double x = flow->left;

  for (guint c = 0; c < block->n_columns; c++)
    {
      PangoLayout *layout = create_text (flow, style, cells[c], NULL,
                                         MAX (widths[c] - 2 * CELL_PAD_X, 1), block->numeric[c]);

      height = MAX (height, get_text_height (layout));
      g_ptr_array_add (layouts, layout);
    }
  unit->height = ceil (height + 2 * CELL_PAD_Y);

  if (is_header)
    add_box (unit->pieces, flow->left, 0, flow->text_width, unit->height, FILL_COLOR);
  for (guint c = 0; c < block->n_columns; c++)
    {
      add_text (unit->pieces, g_ptr_array_index (layouts, c), x + CELL_PAD_X, CELL_PAD_Y,
                styles[style].rgb);
      x += widths[c];
    }
  if (is_header)
    add_rule (unit->pieces, flow->left, unit->height, flow->text_width, 0.8, STRONG_RULE_COLOR);
  else
    add_rule (unit->pieces, flow->left, unit->height, flow->text_width, 0.4, RULE_COLOR);
  return unit;
}

static void
add_table (Flow                *flow,
           const CpReportBlock *block)
{
  g_autofree double *widths = NULL;
  Unit *header;
  guint n_rows = block->rows->len;

  if (block->n_columns == 0)
    return;

  add_caption (flow, block);
  widths = measure_columns (flow, block);
  header = add_table_row (flow, block, widths, block->header, TRUE, flow->pending_space);
  header->keep_with_next = n_rows > 0;
  flow->pending_space = 0;

  for (guint r = 0; r < n_rows; r++)
    {
      Unit *row = add_table_row (flow, block, widths, g_ptr_array_index (block->rows, r), FALSE, 0);

      row->repeat = header;
      /* Not one row alone on the next page. */
      row->keep_with_next = r == n_rows - 2 && r > 0;
    }
  flow->pending_space = 14;
}

/* Recorded at the text width, so that the layout owns what it draws. */
static void
add_chart (Flow                *flow,
           const CpReportBlock *block)
{
  cairo_rectangle_t extents = { 0, 0, flow->text_width, 0 };
  /* Room left for a heading and the caption above, which keep with it. */
  double room = (flow->body_bottom - flow->body_top) * 0.75;
  cairo_surface_t *picture;
  cairo_t *cr;
  Piece *piece;
  Unit *unit;
  double height;

  if (block->chart == NULL)
    return;

  cp_chart_set_resolution (block->chart, 72);
  height = MIN (cp_chart_get_preferred_height (block->chart, flow->text_width), room);
  if (!(height > 0))
    return;

  add_caption (flow, block);
  extents.height = height;
  picture = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
  cr = cairo_create (picture);
  cp_chart_draw (block->chart, cr, flow->text_width, height);
  cairo_destroy (cr);

  unit = add_unit (flow, flow->pending_space);
  unit->height = height;
  piece = add_piece (unit->pieces, PIECE_PICTURE, flow->left, 0);
  piece->width = flow->text_width;
  piece->height = height;
  piece->picture = picture;
  flow->pending_space = 14;
}

/* The footnotes under the sources' title, numbers hanging in the margin of
 * the text. */
static void
add_sources (Flow *flow)
{
  GPtrArray *footnotes = cp_report_document_get_footnotes (flow->doc);
  g_autofree char *last = NULL;
  g_autoptr(PangoLayout) title = NULL;
  double indent;
  Unit *unit;

  if (footnotes->len == 0)
    return;

  title = create_text (flow, STYLE_HEADING_1, cp_report_document_get_label (flow->doc, "sources"),
                       NULL, flow->text_width, FALSE);
  unit = add_unit (flow, take_space (flow, 24, 8));
  unit->height = get_text_height (title);
  unit->keep_with_next = TRUE;
  unit->heading = (int) cp_report_document_get_n_blocks (flow->doc);
  add_dest (unit->pieces, "sources", flow->left, 0);
  add_text (unit->pieces, title, flow->left, 0, styles[STYLE_HEADING_1].rgb);

  last = g_strdup_printf ("%u", footnotes->len);
  indent = ceil (get_number_width (flow, STYLE_SOURCE, last)) + 8;

  for (guint i = 0; i < footnotes->len; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autoptr(PangoLayout) label = NULL;
      g_autoptr(PangoLayout) text = NULL;

      label = create_text (flow, STYLE_SOURCE, number, NULL, indent - 8, TRUE);
      text = create_text (flow, STYLE_SOURCE, g_ptr_array_index (footnotes, i), NULL,
                          flow->text_width - indent, FALSE);

      unit = add_unit (flow, i == 0 ? flow->pending_space : 3);
      unit->height = get_text_height (text);
      add_text (unit->pieces, label, flow->left, 0, QUIET_COLOR);
      add_text (unit->pieces, text, flow->left + indent, 0, styles[STYLE_SOURCE].rgb);
    }
  flow->pending_space = 0;
}

static void
add_blocks (Flow *flow)
{
  guint n = cp_report_document_get_n_blocks (flow->doc);

  for (guint i = 0; i < n; i++)
    {
      const CpReportBlock *block = cp_report_document_get_block (flow->doc, i);

      switch (block->kind)
        {
        case CP_REPORT_BLOCK_HEADING:
          add_heading (flow, i, block);
          break;
        case CP_REPORT_BLOCK_PARAGRAPH:
          add_paragraph (flow, block, STYLE_BODY);
          break;
        case CP_REPORT_BLOCK_NOTE:
          add_paragraph (flow, block, STYLE_NOTE);
          break;
        case CP_REPORT_BLOCK_KEY_FIGURES:
          add_key_figures (flow, block);
          break;
        case CP_REPORT_BLOCK_TABLE:
          add_table (flow, block);
          break;
        case CP_REPORT_BLOCK_CHART:
          add_chart (flow, block);
          break;
        default:
          g_warn_if_reached ();
          break;
        }
    }
  add_sources (flow);
}

/* Pages */

static void
place_unit (Page   *page,
            Unit   *unit,
            double  y)
{
  for (guint i = 0; i < unit->pieces->len; i++)
    copy_piece (page->pieces, &g_array_index (unit->pieces, Piece, i), y);
}

/* The height @units from @index need to stay together: @index and every unit
 * it keeps with. A chain taller than a page cannot be kept, so then only
 * @index itself counts. */
static double
get_chain_height (GPtrArray *units,
                  guint      index,
                  double     room)
{
  Unit *unit = g_ptr_array_index (units, index);
  double height = unit->height;

  for (guint i = index; i + 1 < units->len; i++)
    {
      Unit *next = g_ptr_array_index (units, i + 1);

      if (!((Unit *) g_ptr_array_index (units, i))->keep_with_next)
        break;
      height += next->space_before + next->height;
      if (height > room)
        return unit->height;
    }
  return height;
}

/* Fills new pages with the flow's units; @heading_pages gets the 0-based page
 * of each heading, counted from the first of these pages. */
static GPtrArray *
paginate (Flow   *flow,
          GArray *heading_pages)
{
  GPtrArray *pages = g_ptr_array_new_with_free_func ((GDestroyNotify) page_free);
  double room = flow->body_bottom - flow->body_top;
  Page *page = NULL;
  double y = 0;
  gboolean at_top = TRUE;

  for (guint i = 0; i < flow->units->len; i++)
    {
      Unit *unit = g_ptr_array_index (flow->units, i);
      double space = at_top ? 0 : unit->space_before;
      double need = get_chain_height (flow->units, i, room);

      if (page == NULL || (!at_top && y + space + need > flow->body_bottom + 0.01))
        {
          gboolean continues = page != NULL;

          page = page_new ();
          g_ptr_array_add (pages, page);
          y = flow->body_top;
          space = 0;
          if (continues && unit->repeat != NULL)
            {
              place_unit (page, unit->repeat, y);
              y += unit->repeat->height;
            }
        }

      y += space;
      place_unit (page, unit, y);
      if (unit->heading >= 0 && heading_pages != NULL)
        g_array_index (heading_pages, guint, unit->heading) = pages->len - 1;
      y += unit->height;
      at_top = FALSE;
    }
  return pages;
}

static void
clear_units (Flow *flow)
{
  g_ptr_array_set_size (flow->units, 0);
  flow->pending_space = 0;
}

/* An entry of the contents: its text, wrapped short of the page number, and a
 * dotted leader to the number on the baseline of the text's last line; all
 * of it a link to the heading at @destination. */
static void
add_contents_entry (Flow       *flow,
                    const char *text,
                    const char *destination,
                    guint       page,
                    double      number_width)
{
  g_autofree char *number = g_strdup_printf ("%u", page);
  g_autoptr(PangoLayout) entry = NULL;
  g_autoptr(PangoLayout) page_number = NULL;
  PangoLayoutIter *iter;
  PangoRectangle last_line;
  double baseline;
  double number_x;
  double text_end;
  Unit *unit;
  Piece *piece;

  entry = create_text (flow, STYLE_CONTENTS_ENTRY, text ? text : "", NULL,
                       flow->text_width - number_width - 2 * LEADER_GAP - 24, FALSE);
  page_number = create_text (flow, STYLE_CONTENTS_ENTRY, number, NULL, 0, TRUE);

  iter = pango_layout_get_iter (entry);
  while (!pango_layout_iter_at_last_line (iter))
    pango_layout_iter_next_line (iter);
  pango_layout_iter_get_line_extents (iter, NULL, &last_line);
  baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
  pango_layout_iter_free (iter);

  text_end = flow->left + (double) (last_line.x + last_line.width) / PANGO_SCALE;
  number_x = flow->left + flow->text_width - get_number_width (flow, STYLE_CONTENTS_ENTRY, number);

  unit = add_unit (flow, 7);
  unit->height = get_text_height (entry);
  add_text (unit->pieces, entry, flow->left, 0, styles[STYLE_CONTENTS_ENTRY].rgb);
  add_text (unit->pieces, page_number, number_x, baseline - get_baseline (page_number),
            styles[STYLE_CONTENTS_ENTRY].rgb);
  piece = add_piece (unit->pieces, PIECE_LEADER, text_end + LEADER_GAP, baseline);
  piece->width = number_x - LEADER_GAP - piece->x;
  piece->rgb = QUIET_COLOR;
  piece = add_piece (unit->pieces, PIECE_LINK, flow->left, 0);
  piece->width = flow->text_width;
  piece->height = unit->height;
  piece->name = g_strdup (destination);
}

/* The contents: the first-level headings and the sources. @heading_pages
 * counts from the first body page, which is @first_body_page. */
static void
add_contents (Flow         *flow,
              const GArray *heading_pages,
              guint         first_body_page)
{
  guint n = cp_report_document_get_n_blocks (flow->doc);
  g_autoptr(PangoLayout) title = NULL;
  double number_width = get_number_width (flow, STYLE_CONTENTS_ENTRY, "0000");
  Unit *unit;

  title = create_text (flow, STYLE_CONTENTS_TITLE,
                       cp_report_document_get_label (flow->doc, "contents"), NULL, flow->text_width,
                       FALSE);
  unit = add_unit (flow, 0);
  unit->height = get_text_height (title) + 14;
  add_text (unit->pieces, title, flow->left, 0, styles[STYLE_CONTENTS_TITLE].rgb);

  for (guint i = 0; i < n; i++)
    {
      const CpReportBlock *block = cp_report_document_get_block (flow->doc, i);
      g_autofree char *destination = NULL;

      if (block->kind != CP_REPORT_BLOCK_HEADING || block->level != 1)
        continue;
      destination = g_strdup_printf ("heading-%u", i);
      add_contents_entry (flow, block->text, destination,
                          g_array_index (heading_pages, guint, i) + first_body_page, number_width);
    }

  if (cp_report_document_get_footnotes (flow->doc)->len > 0)
    add_contents_entry (flow, cp_report_document_get_label (flow->doc, "sources"), "sources",
                        g_array_index (heading_pages, guint, n) + first_body_page, number_width);
}

static void
add_title_page (Flow *flow,
                Page *page)
{
  const CpReportDocument *doc = flow->doc;
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(PangoLayout) subject = NULL;
  g_autoptr(PangoLayout) date = NULL;
  double width = flow->text_width;
  double y = round (flow->height * 0.3);

  title = create_text (flow, STYLE_TITLE, cp_report_document_get_title (doc), NULL, width, FALSE);
  subject = create_text (flow, STYLE_SUBJECT, cp_report_document_get_subject (doc), NULL, width,
                         FALSE);
  date = create_text (flow, STYLE_DATE, cp_report_document_get_date (doc), NULL, width, FALSE);

  add_box (page->pieces, flow->left, y - 26, 48, 5, ACCENT_COLOR);
  add_text (page->pieces, title, flow->left, y, styles[STYLE_TITLE].rgb);
  y += get_text_height (title) + 14;
  add_text (page->pieces, subject, flow->left, y, styles[STYLE_SUBJECT].rgb);
  y += get_text_height (subject) + 10;
  add_text (page->pieces, date, flow->left, y, styles[STYLE_DATE].rgb);
}

/* “Page %d of %d”, also as “%1$d … %2$d” or the other way round. The format
 * is a translation, so it is read here rather than handed to printf(). */
static char *
format_page_number (const char *format,
                    guint       page,
                    guint       n_pages)
{
  GString *text = g_string_new (NULL);
  guint next = 0;

  for (const char *p = format; *p != '\0'; p++)
    {
      if (p[0] == '%' && p[1] == '%')
        {
          g_string_append_c (text, '%');
          p++;
        }
      else if (p[0] == '%' && p[1] == 'd')
        {
          g_string_append_printf (text, "%u", next++ == 0 ? page : n_pages);
          p++;
        }
      else if (p[0] == '%' && (p[1] == '1' || p[1] == '2') && p[2] == '$' && p[3] == 'd')
        {
          g_string_append_printf (text, "%u", p[1] == '1' ? page : n_pages);
          p += 3;
        }
      else
        g_string_append_c (text, *p);
    }
  return g_string_free (text, FALSE);
}

/* The running header and the page number, on every page but the title page. */
static void
add_header_and_footer (Flow   *flow,
                       Page   *page,
                       guint   number,
                       guint   n_pages)
{
  const char *label = cp_report_document_get_label (flow->doc, "header");
  g_autofree char *footer_text = NULL;
  g_autoptr(PangoLayout) header = NULL;
  g_autoptr(PangoLayout) footer = NULL;
  double width;

  if (label == NULL || *label == '\0')
    label = cp_report_document_get_title (flow->doc);
  header = create_text (flow, STYLE_RUNNING, label, NULL, flow->text_width, FALSE);
  pango_layout_set_ellipsize (header, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (header, 0);
  add_text (page->pieces, header, flow->left, HEADER_TOP, styles[STYLE_RUNNING].rgb);
  add_rule (page->pieces, flow->left, HEADER_RULE, flow->text_width, 0.5, RULE_COLOR);

  footer_text = format_page_number (cp_report_document_get_label (flow->doc, "page"), number,
                                    n_pages);
  footer = create_text (flow, STYLE_RUNNING, footer_text, NULL, 0, TRUE);
  get_text_size (footer, &width, NULL);
  add_text (page->pieces, footer, flow->left + flow->text_width - width,
            flow->height - FOOTER_BOTTOM_GAP - get_baseline (footer), styles[STYLE_RUNNING].rgb);
}

CpReportLayout *
cp_report_layout_new (const CpReportDocument *doc,
                      double                  width,
                      double                  height)
{
  CpReportLayout *layout;
  Flow flow = { 0 };
  g_autoptr(GPtrArray) body = NULL;
  g_autoptr(GPtrArray) contents = NULL;
  g_autoptr(GArray) body_pages = NULL;
  guint n_blocks;
  guint n_contents = 1;
  guint n_pages;

  g_return_val_if_fail (doc != NULL, NULL);
  g_return_val_if_fail (width >= 2 * MARGIN_SIDE + MIN_TEXT_WIDTH, NULL);
  g_return_val_if_fail (height >= BODY_TOP + BODY_BOTTOM_GAP + MIN_BODY_HEIGHT, NULL);

  flow.doc = doc;
  flow.context = create_context (cp_report_document_get_language (doc));
  flow.width = width;
  flow.height = height;
  flow.left = MARGIN_SIDE;
  flow.text_width = width - 2 * MARGIN_SIDE;
  flow.body_top = BODY_TOP;
  flow.body_bottom = height - BODY_BOTTOM_GAP;
  flow.units = g_ptr_array_new_with_free_func ((GDestroyNotify) unit_free);

  n_blocks = cp_report_document_get_n_blocks (doc);
  /* One more for the sources. */
  body_pages = g_array_new (FALSE, TRUE, sizeof (guint));
  g_array_set_size (body_pages, n_blocks + 1);

  add_blocks (&flow);
  body = paginate (&flow, body_pages);
  clear_units (&flow);

  /* The contents' own length moves the pages it lists: lay it out again until
   * it takes as many pages as it assumed. */
  for (guint attempt = 0; attempt < 4; attempt++)
    {
      g_clear_pointer (&contents, g_ptr_array_unref);
      add_contents (&flow, body_pages, 2 + n_contents);
      contents = paginate (&flow, NULL);
      clear_units (&flow);
      if (contents->len == n_contents)
        break;
      n_contents = contents->len;
    }

  layout = g_new0 (CpReportLayout, 1);
  layout->width = width;
  layout->height = height;
  layout->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) page_free);
  layout->heading_pages = g_array_new (FALSE, TRUE, sizeof (guint));
  g_array_set_size (layout->heading_pages, n_blocks);

  g_ptr_array_add (layout->pages, page_new ());
  add_title_page (&flow, g_ptr_array_index (layout->pages, 0));
  g_ptr_array_extend_and_steal (layout->pages, g_steal_pointer (&contents));
  g_ptr_array_extend_and_steal (layout->pages, g_steal_pointer (&body));

  n_pages = layout->pages->len;
  for (guint i = 1; i < n_pages; i++)
    add_header_and_footer (&flow, g_ptr_array_index (layout->pages, i), i + 1, n_pages);

  for (guint i = 0; i < n_blocks; i++)
    {
      const CpReportBlock *block = cp_report_document_get_block (doc, i);

      if (block->kind == CP_REPORT_BLOCK_HEADING)
        g_array_index (layout->heading_pages, guint, i) = g_array_index (body_pages, guint, i)
                                                          + 2 + n_contents;
    }
  if (cp_report_document_get_footnotes (doc)->len > 0)
    layout->sources_page = g_array_index (body_pages, guint, n_blocks) + 2 + n_contents;

  g_ptr_array_unref (flow.units);
  g_object_unref (flow.context);
  return layout;
}

void
cp_report_layout_free (CpReportLayout *layout)
{
  if (layout == NULL)
    return;

  g_ptr_array_unref (layout->pages);
  g_array_unref (layout->heading_pages);
  g_free (layout);
}

double
cp_report_layout_get_width (CpReportLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);

  return layout->width;
}

double
cp_report_layout_get_height (CpReportLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);

  return layout->height;
}

guint
cp_report_layout_get_n_pages (CpReportLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);

  return layout->pages->len;
}

guint
cp_report_layout_get_heading_page (CpReportLayout *layout,
                                   guint           block_index)
{
  g_return_val_if_fail (layout != NULL, 0);

  if (block_index >= layout->heading_pages->len)
    return 0;
  return g_array_index (layout->heading_pages, guint, block_index);
}

guint
cp_report_layout_get_sources_page (CpReportLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);

  return layout->sources_page;
}

/* Drawing */

static void
set_source (cairo_t *cr,
            guint32  rgb)
{
  cairo_set_source_rgb (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
                        (rgb & 0xff) / 255.0);
}

/* Numbers for cairo's tag attributes, which want a point whatever the locale. */
static const char *
format_number (char   *buffer,
               double  value)
{
  return g_ascii_formatd (buffer, G_ASCII_DTOSTR_BUF_SIZE, "%.2f", value);
}

static void
draw_leader (cairo_t     *cr,
             const Piece *piece)
{
  /* On a grid, so that the dots of all entries line up. */
  for (double x = ceil (piece->x / LEADER_STEP) * LEADER_STEP; x <= piece->x + piece->width;
       x += LEADER_STEP)
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, piece->y - 0.7, 0.6, 0, 2 * G_PI);
    }
  set_source (cr, piece->rgb);
  cairo_fill (cr);
}

static void
draw_piece (cairo_t     *cr,
            const Piece *piece,
            gboolean     is_pdf)
{
  char a[G_ASCII_DTOSTR_BUF_SIZE];
  char b[G_ASCII_DTOSTR_BUF_SIZE];
  char c[G_ASCII_DTOSTR_BUF_SIZE];
  char d[G_ASCII_DTOSTR_BUF_SIZE];

  switch (piece->kind)
    {
    case PIECE_TEXT:
      set_source (cr, piece->rgb);
      cairo_move_to (cr, piece->x, piece->y);
      pango_cairo_show_layout (cr, piece->layout);
      break;

    case PIECE_LINE:
      set_source (cr, piece->rgb);
      cairo_move_to (cr, piece->x, piece->y);
      pango_cairo_show_layout_line (cr,
                                    pango_layout_get_line_readonly (piece->layout, piece->line));
      break;

    case PIECE_RULE:
      set_source (cr, piece->rgb);
      cairo_set_line_width (cr, piece->height);
      cairo_move_to (cr, piece->x, piece->y);
      cairo_line_to (cr, piece->x + piece->width, piece->y);
      cairo_stroke (cr);
      break;

    case PIECE_BOX:
      set_source (cr, piece->rgb);
      cairo_rectangle (cr, piece->x, piece->y, piece->width, piece->height);
      cairo_fill (cr);
      break;

    case PIECE_PICTURE:
      cairo_save (cr);
      cairo_set_source_surface (cr, piece->picture, piece->x, piece->y);
      cairo_rectangle (cr, piece->x, piece->y, piece->width, piece->height);
      cairo_fill (cr);
      cairo_restore (cr);
      break;

    case PIECE_LEADER:
      draw_leader (cr, piece);
      break;

    case PIECE_DEST:
      if (is_pdf)
        {
          g_autofree char *attributes = g_strdup_printf ("name='%s' x=%s y=%s", piece->name,
                                                         format_number (a, piece->x),
                                                         format_number (b, piece->y));

          cairo_tag_begin (cr, CAIRO_TAG_DEST, attributes);
          cairo_tag_end (cr, CAIRO_TAG_DEST);
        }
      break;

    case PIECE_LINK:
      if (is_pdf)
        {
          g_autofree char *attributes = NULL;

          attributes = g_strdup_printf ("rect=[%s %s %s %s] dest='%s'",
                                        format_number (a, piece->x), format_number (b, piece->y),
                                        format_number (c, piece->width),
                                        format_number (d, piece->height), piece->name);
          cairo_tag_begin (cr, CAIRO_TAG_LINK, attributes);
          cairo_tag_end (cr, CAIRO_TAG_LINK);
        }
      break;

    default:
      g_assert_not_reached ();
    }
}

void
cp_report_layout_draw_page (CpReportLayout *layout,
                            cairo_t        *cr,
                            guint           index)
{
  Page *page;
  gboolean is_pdf;

  g_return_if_fail (layout != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (index < layout->pages->len);

  page = g_ptr_array_index (layout->pages, index);
  is_pdf = cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_PDF;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, layout->width, layout->height);
  cairo_fill (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);

  for (guint i = 0; i < page->pieces->len; i++)
    draw_piece (cr, &g_array_index (page->pieces, Piece, i), is_pdf);

  cairo_restore (cr);
}
