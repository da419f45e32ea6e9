/* cp-report-odt.c
 *
 * The parts are built as strings and then put into the zip container with
 * libarchive, in memory: first “mimetype”, stored, as ODF requires, then the
 * rest deflated. Only then is the file written, beside @path and renamed.
 * Everything the body needs beyond the named styles of styles.xml (the tables'
 * column widths, the one page break after the contents) is an automatic style
 * of content.xml, collected while the body is written.
 *
 * ODF collapses runs of white space in text, so append_text() writes spaces
 * that must survive as <text:s/>, tabs as <text:tab/> and line ends as
 * <text:line-break/>; characters XML 1.0 cannot hold are left out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <archive.h>
#include <archive_entry.h>
#include <cairo.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "cp-report-odt.h"

#define MIMETYPE          "application/vnd.oasis.opendocument.text"
#define ODF_VERSION       "1.2"
#define TEXT_WIDTH_CM     17.0    /* A4 less two margins of 2 cm */
#define CHART_WIDTH_CM    16.0
#define CHART_DPI         150.0   /* of the picture as placed on the page… */
#define CHART_OVERSAMPLE  2.0     /* …times this, so that it stays sharp when zoomed or printed */
#define CHART_UNITS_DPI   96.0    /* the chart's own units, its default */
#define CM_PER_INCH       2.54
#define MIN_COLUMN_WEIGHT 3
#define MAX_COLUMN_WEIGHT 30

#define NAMESPACES \
  " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"" \
  " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\"" \
  " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"" \
  " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"" \
  " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\"" \
  " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\"" \
  " xmlns:xlink=\"http://www.w3.org/1999/xlink\"" \
  " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"" \
  " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\"" \
  " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""

#define XML_DECLARATION "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"

typedef struct
{
  char   *path;   /* Pictures/chart-N.png */
  GBytes *png;
} Picture;

typedef struct
{
  const CpReportDocument *doc;
  GString                *body;
  GString                *automatic_styles;
  GPtrArray              *pictures;     /* Picture* */
  guint                   n_tables;
  guint                   n_headings;
  gboolean                page_break;   /* the next block starts a page */
} Writer;

static void
picture_free (Picture *picture)
{
  g_free (picture->path);
  g_bytes_unref (picture->png);
  g_free (picture);
}

/* Text */

static gboolean
is_xml_char (gunichar c)
{
  /* XML 1.0's Char, less the C1 controls, which it allows but nothing shows. */
  return c == '\t' || c == '\n' || c == '\r'
         || (c >= 0x20 && c < 0x7f)
         || (c > 0x9f && c <= 0xd7ff)
         || (c >= 0xe000 && c <= 0xfffd)
         || (c >= 0x10000 && c <= 0x10ffff);
}

static void
append_char (GString  *out,
             gunichar  c)
{
  switch (c)
    {
    case '&':
      g_string_append (out, "&amp;");
      break;
    case '<':
      g_string_append (out, "&lt;");
      break;
    case '>':
      g_string_append (out, "&gt;");
      break;
    case '"':
      g_string_append (out, "&quot;");
      break;
    case '\'':
      g_string_append (out, "&apos;");
      break;
    default:
      g_string_append_unichar (out, c);
    }
}

/* For metadata and attribute values, where white space means nothing special. */
static void
append_escaped (GString    *out,
                const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\t' || c == '\n' || c == '\r')
        g_string_append_c (out, ' ');
      else if (is_xml_char (c))
        append_char (out, c);
    }
}

static void
append_spaces (GString *out,
               guint   *n_spaces)
{
  if (*n_spaces == 1)
    g_string_append (out, "<text:s/>");
  else if (*n_spaces > 1)
    g_string_append_printf (out, "<text:s text:c=\"%u\"/>", *n_spaces);
  *n_spaces = 0;
}

/* For the content of a paragraph or heading, keeping every space, tab and
 * line end; @at_start says whether the text starts the paragraph, where ODF
 * drops a plain space. */
static void
append_text_at (GString    *out,
                const char *text,
                gboolean    at_start)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  gboolean collapsible = at_start;   /* a plain space here would be dropped */
  guint n_spaces = 0;

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\r' || !is_xml_char (c))
        continue;
      if (c == ' ' && collapsible)
        {
          n_spaces++;
          continue;
        }
      append_spaces (out, &n_spaces);
      collapsible = c == ' ';
      if (c == '\t')
        g_string_append (out, "<text:tab/>");
      else if (c == '\n')
        g_string_append (out, "<text:line-break/>");
      else
        append_char (out, c);
    }
  append_spaces (out, &n_spaces);
}

static void
append_text (GString    *out,
             const char *text)
{
  append_text_at (out, text, TRUE);
}

static char *
format_cm (double cm)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup_printf ("%scm", g_ascii_formatd (number, sizeof number, "%.3f", cm));
}

static void
append_page_field (GString  *out,
                   gboolean  page_number)
{
  if (page_number)
    g_string_append (out, "<text:page-number text:select-page=\"current\">1</text:page-number>");
  else
    g_string_append (out, "<text:page-count>1</text:page-count>");
}

/* “Page %d of %d” with the page number and the page count as fields, which
 * the word processor fills in; “%1$d” and “%2$d” name them in another order. */
static void
append_page_format (GString    *out,
                    const char *format)
{
  guint n_fields = 0;

  for (const char *p = format; *p != '\0';)
    {
      if (g_str_has_prefix (p, "%%"))
        {
          g_string_append_c (out, '%');
          p += 2;
        }
      else if (g_str_has_prefix (p, "%d") && n_fields < 2)
        {
          append_page_field (out, n_fields++ == 0);
          p += 2;
        }
      else if (g_str_has_prefix (p, "%1$d") || g_str_has_prefix (p, "%2$d"))
        {
          append_page_field (out, p[1] == '1');
          p += 4;
        }
      else
        {
          const char *end = strchr (p + 1, '%');
          gsize length = end != NULL ? (gsize) (end - p) : strlen (p);
          g_autofree char *literal = g_strndup (p, length);

          append_text_at (out, literal, p == format);
          p += length;
        }
    }
}

/* The body */

/* The style of the first paragraph after the contents, which starts a page. */
static const char *
take_page_break (Writer     *w,
                 const char *style)
{
  if (!w->page_break)
    return style;

  w->page_break = FALSE;
  g_string_append_printf (w->automatic_styles,
                          "<style:style style:name=\"Cp_Page_Start\" style:family=\"paragraph\""
                          " style:parent-style-name=\"%s\">"
                          "<style:paragraph-properties fo:break-before=\"page\"/>"
                          "</style:style>\n",
                          style);
  return "Cp_Page_Start";
}

static void
append_footnotes (Writer              *w,
                  const CpReportBlock *block)
{
  GPtrArray *footnotes = cp_report_document_get_footnotes (w->doc);

  for (guint i = 0; block->footnotes != NULL && i < block->footnotes->len; i++)
    {
      guint number = g_array_index (block->footnotes, guint, i);

      if (number == 0 || number > footnotes->len)
        continue;
      g_string_append_printf (w->body,
                              "<text:note text:id=\"ftn%u\" text:note-class=\"footnote\">"
                              "<text:note-citation>%u</text:note-citation>"
                              "<text:note-body><text:p text:style-name=\"Footnote\">",
                              number, number);
      append_text (w->body, g_ptr_array_index (footnotes, number - 1));
      g_string_append (w->body, "</text:p></text:note-body></text:note>");
    }
}

static void
append_paragraph (Writer              *w,
                  const char          *style,
                  const char          *text,
                  const CpReportBlock *footnotes_of)
{
  g_string_append_printf (w->body, "<text:p text:style-name=\"%s\">", take_page_break (w, style));
  append_text (w->body, text);
  if (footnotes_of != NULL)
    append_footnotes (w, footnotes_of);
  g_string_append (w->body, "</text:p>\n");
}

static void
write_heading (Writer              *w,
               const CpReportBlock *block)
{
  int level = block->level == 1 ? 1 : 2;

  w->n_headings++;
  g_string_append_printf (w->body,
                          "<text:h text:style-name=\"%s\" text:outline-level=\"%d\">"
                          "<text:bookmark text:name=\"cp-heading-%u\"/>",
                          take_page_break (w, level == 1 ? "Heading_20_1" : "Heading_20_2"),
                          level, w->n_headings);
  append_text (w->body, block->text);
  append_footnotes (w, block);
  g_string_append (w->body, "</text:h>\n");
}

/* A caption above a table or chart carries the block's footnotes. Returns
 * whether there was one. */
static gboolean
write_caption (Writer              *w,
               const CpReportBlock *block)
{
  if (block->caption == NULL || *block->caption == '\0')
    return FALSE;

  append_paragraph (w, "Caption", block->caption, block);
  return TRUE;
}

/* Opens a table whose columns share the width of the text in proportion to
 * @weights. */
static void
begin_table (Writer      *w,
             const guint *weights,
             guint        n_columns)
{
  g_autofree char *table_width = format_cm (TEXT_WIDTH_CM);
  guint number = ++w->n_tables;
  guint total = 0;

  for (guint i = 0; i < n_columns; i++)
    total += weights[i];

  g_string_append_printf (w->automatic_styles,
                          "<style:style style:name=\"Table%u\" style:family=\"table\">"
                          "<style:table-properties style:width=\"%s\" table:align=\"margins\""
                          " fo:margin-top=\"0.1cm\" fo:margin-bottom=\"0.3cm\"%s/>"
                          "</style:style>\n",
                          number, table_width, w->page_break ? " fo:break-before=\"page\"" : "");
  w->page_break = FALSE;
  for (guint i = 0; i < n_columns; i++)
    {
      g_autofree char *width = format_cm (TEXT_WIDTH_CM * weights[i] / total);

      g_string_append_printf (w->automatic_styles,
                              "<style:style style:name=\"Table%u.C%u\" style:family=\"table-column\">"
                              "<style:table-column-properties style:column-width=\"%s\""
                              " style:rel-column-width=\"%u*\"/>"
                              "</style:style>\n",
                              number, i + 1, width, weights[i] * 65535 / total);
    }

  g_string_append_printf (w->body, "<table:table table:name=\"Table%u\" table:style-name=\"Table%u\">\n",
                          number, number);
  for (guint i = 0; i < n_columns; i++)
    g_string_append_printf (w->body, "<table:table-column table:style-name=\"Table%u.C%u\"/>\n",
                            number, i + 1);
}

static void
append_cell (Writer              *w,
             const char          *cell_style,
             const char          *paragraph_style,
             const char          *text,
             const CpReportBlock *footnotes_of)
{
  g_string_append_printf (w->body,
                          "<table:table-cell table:style-name=\"%s\" office:value-type=\"string\">"
                          "<text:p text:style-name=\"%s\">",
                          cell_style, paragraph_style);
  append_text (w->body, text);
  if (footnotes_of != NULL)
    append_footnotes (w, footnotes_of);
  g_string_append (w->body, "</text:p></table:table-cell>");
}

/* A table of two columns, label and value, without a header. */
static void
write_key_figures (Writer              *w,
                   const CpReportBlock *block)
{
  static const guint weights[] = { 2, 1 };
  guint n = block->labels != NULL ? block->labels->len : 0;

  if (n == 0)
    return;

  begin_table (w, weights, G_N_ELEMENTS (weights));
  for (guint i = 0; i < n; i++)
    {
      g_string_append (w->body, "<table:table-row table:style-name=\"Cp_Row\">");
      append_cell (w, "Cp_Cell", "Cp_Figure_Label", g_ptr_array_index (block->labels, i), NULL);
      append_cell (w, "Cp_Cell", "Cp_Figure_Value", g_ptr_array_index (block->values, i),
                   i == n - 1 ? block : NULL);
      g_string_append (w->body, "</table:table-row>\n");
    }
  g_string_append (w->body, "</table:table>\n");
}

static void
write_table (Writer              *w,
             const CpReportBlock *block)
{
  g_autofree guint *weights = g_new0 (guint, block->n_columns);
  gboolean captioned;

  for (guint i = 0; i < block->n_columns; i++)
    {
      glong longest = g_utf8_strlen (block->header[i], -1);

      for (guint j = 0; j < block->rows->len; j++)
        longest = MAX (longest, g_utf8_strlen (((GStrv) g_ptr_array_index (block->rows, j))[i], -1));
      weights[i] = CLAMP (longest, MIN_COLUMN_WEIGHT, MAX_COLUMN_WEIGHT);
    }

  captioned = write_caption (w, block);
  begin_table (w, weights, block->n_columns);

  /* Header rows repeat at the top of every page the table runs onto. */
  g_string_append (w->body, "<table:table-header-rows><table:table-row table:style-name=\"Cp_Row\">");
  for (guint i = 0; i < block->n_columns; i++)
    append_cell (w, "Cp_Header_Cell", block->numeric[i] ? "Cp_Table_Heading_Number" : "Table_20_Heading",
                 block->header[i], !captioned && i == block->n_columns - 1 ? block : NULL);
  g_string_append (w->body, "</table:table-row></table:table-header-rows>\n");

  for (guint j = 0; j < block->rows->len; j++)
    {
      GStrv row = g_ptr_array_index (block->rows, j);

      g_string_append (w->body, "<table:table-row table:style-name=\"Cp_Row\">");
      for (guint i = 0; i < block->n_columns; i++)
        append_cell (w, "Cp_Cell", block->numeric[i] ? "Cp_Table_Number" : "Table_20_Contents",
                     row[i], NULL);
      g_string_append (w->body, "</table:table-row>\n");
    }
  g_string_append (w->body, "</table:table>\n");
}

static cairo_status_t
append_png_data (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Draws @chart CHART_WIDTH_CM wide on white, and gives its height on the page. */
static GBytes *
render_chart (CpChart         *chart,
              double          *height_cm,
              cairo_status_t  *status)
{
  double width = CHART_WIDTH_CM / CM_PER_INCH * CHART_UNITS_DPI;
  double scale = CHART_DPI / CHART_UNITS_DPI * CHART_OVERSAMPLE;
  g_autoptr(GByteArray) png = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_t *cr;
  double height;

  /* Another writer may have set its own resolution on the shared chart. */
  cp_chart_set_resolution (chart, CHART_UNITS_DPI);
  height = cp_chart_get_preferred_height (chart, width);
  *height_cm = height / CHART_UNITS_DPI * CM_PER_INCH;

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) ceil (width * scale),
                                        (int) ceil (MAX (height, 1.0) * scale));
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  cp_chart_draw (chart, cr, width, height);
  *status = cairo_status (cr);
  cairo_destroy (cr);
  if (*status == CAIRO_STATUS_SUCCESS)
    *status = cairo_surface_write_to_png_stream (surface, append_png_data, png);
  cairo_surface_destroy (surface);

  if (*status != CAIRO_STATUS_SUCCESS)
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&png));
}

static gboolean
write_chart (Writer               *w,
             const CpReportBlock  *block,
             cairo_status_t       *status)
{
  g_autofree char *description = cp_chart_dup_description (block->chart);
  g_autofree char *width = format_cm (CHART_WIDTH_CM);
  g_autofree char *height = NULL;
  Picture *picture;
  double height_cm;
  GBytes *png;
  gboolean captioned;

  if (!(png = render_chart (block->chart, &height_cm, status)))
    return FALSE;

  picture = g_new0 (Picture, 1);
  picture->path = g_strdup_printf ("Pictures/chart-%u.png", w->pictures->len + 1);
  picture->png = png;
  g_ptr_array_add (w->pictures, picture);
  height = format_cm (height_cm);

  captioned = write_caption (w, block);
  g_string_append_printf (w->body,
                          "<text:p text:style-name=\"%s\">"
                          "<draw:frame draw:style-name=\"Cp_Chart_Frame\" draw:name=\"Chart %u\""
                          " text:anchor-type=\"as-char\" svg:width=\"%s\" svg:height=\"%s\" draw:z-index=\"0\">"
                          "<draw:image xlink:href=\"%s\" xlink:type=\"simple\" xlink:show=\"embed\""
                          " xlink:actuate=\"onLoad\"/>"
                          "<svg:desc>",
                          take_page_break (w, "Cp_Figure"), w->pictures->len, width, height, picture->path);
  append_escaped (w->body, description);
  g_string_append (w->body, "</svg:desc></draw:frame>");
  if (!captioned)
    append_footnotes (w, block);
  g_string_append (w->body, "</text:p>\n");
  return TRUE;
}

static void
write_title_page (Writer *w)
{
  const char *subject = cp_report_document_get_subject (w->doc);

  /* The first page has a page style of its own, without header and footer. */
  append_paragraph (w, "Cp_Cover_Title", cp_report_document_get_title (w->doc), NULL);
  if (*subject != '\0')
    append_paragraph (w, "Subtitle", subject, NULL);
  append_paragraph (w, "Cp_Cover_Date", cp_report_document_get_date (w->doc), NULL);
}

/* The contents as LibreOffice would fill them in, so that they show before
 * anyone updates them; the page numbers follow when they do. */
static void
write_contents (Writer *w)
{
  const char *title = cp_report_document_get_label (w->doc, "contents");
  guint n_headings = 0;

  g_string_append (w->body,
                   "<text:table-of-content text:style-name=\"Cp_Contents_Section\" text:protected=\"true\""
                   " text:name=\"Contents\">\n"
                   "<text:table-of-content-source text:outline-level=\"2\">"
                   "<text:index-title-template text:style-name=\"Contents_20_Heading\">");
  append_escaped (w->body, title);
  g_string_append (w->body, "</text:index-title-template>\n");
  for (int level = 1; level <= 2; level++)
    g_string_append_printf (w->body,
                            "<text:table-of-content-entry-template text:outline-level=\"%d\""
                            " text:style-name=\"Contents_20_%d\">"
                            "<text:index-entry-link-start/><text:index-entry-text/>"
                            "<text:index-entry-tab-stop style:type=\"right\" style:leader-char=\".\"/>"
                            "<text:index-entry-page-number/><text:index-entry-link-end/>"
                            "</text:table-of-content-entry-template>\n",
                            level, level);
  g_string_append (w->body,
                   "</text:table-of-content-source>\n"
                   "<text:index-body>\n"
                   "<text:index-title text:style-name=\"Cp_Contents_Section\" text:name=\"Contents_Head\">"
                   "<text:p text:style-name=\"Contents_20_Heading\">");
  append_text (w->body, title);
  g_string_append (w->body, "</text:p></text:index-title>\n");

  for (guint i = 0; i < cp_report_document_get_n_blocks (w->doc); i++)
    {
      const CpReportBlock *block = cp_report_document_get_block (w->doc, i);

      if (block->kind != CP_REPORT_BLOCK_HEADING)
        continue;
      g_string_append_printf (w->body,
                              "<text:p text:style-name=\"Contents_20_%d\">"
                              "<text:a xlink:type=\"simple\" xlink:href=\"#cp-heading-%u\">",
                              block->level == 1 ? 1 : 2, ++n_headings);
      append_text (w->body, block->text);
      g_string_append (w->body, "</text:a></text:p>\n");
    }
  g_string_append (w->body, "</text:index-body>\n</text:table-of-content>\n");
}

static char *
build_content (Writer          *w,
               cairo_status_t  *status)
{
  GString *out;

  g_string_append (w->automatic_styles,
                   "<style:style style:name=\"Cp_Cover_Title\" style:family=\"paragraph\""
                   " style:parent-style-name=\"Title\" style:master-page-name=\"First_20_Page\"/>\n"
                   "<style:style style:name=\"Cp_Cover_Date\" style:family=\"paragraph\""
                   " style:parent-style-name=\"Cp_Date\">"
                   "<style:paragraph-properties fo:break-after=\"page\"/></style:style>\n"
                   "<style:style style:name=\"Cp_Contents_Section\" style:family=\"section\">"
                   "<style:section-properties style:editable=\"false\"/></style:style>\n"
                   "<style:style style:name=\"Cp_Row\" style:family=\"table-row\">"
                   "<style:table-row-properties fo:keep-together=\"always\"/></style:style>\n"
                   "<style:style style:name=\"Cp_Header_Cell\" style:family=\"table-cell\">"
                   "<style:table-cell-properties fo:padding=\"0.1cm\" fo:border-top=\"none\""
                   " fo:border-left=\"none\" fo:border-right=\"none\""
                   " fo:border-bottom=\"0.05pt solid #000000\"/></style:style>\n"
                   "<style:style style:name=\"Cp_Cell\" style:family=\"table-cell\">"
                   "<style:table-cell-properties fo:padding=\"0.1cm\" fo:border-top=\"none\""
                   " fo:border-left=\"none\" fo:border-right=\"none\""
                   " fo:border-bottom=\"0.05pt solid #c0bfbc\"/></style:style>\n"
                   "<style:style style:name=\"Cp_Chart_Frame\" style:family=\"graphic\">"
                   "<style:graphic-properties style:vertical-pos=\"top\" style:vertical-rel=\"baseline\""
                   " fo:border=\"none\" fo:padding=\"0cm\"/></style:style>\n");

  write_title_page (w);
  write_contents (w);
  w->page_break = TRUE;

  for (guint i = 0; i < cp_report_document_get_n_blocks (w->doc); i++)
    {
      const CpReportBlock *block = cp_report_document_get_block (w->doc, i);

      switch (block->kind)
        {
        case CP_REPORT_BLOCK_HEADING:
          write_heading (w, block);
          break;
        case CP_REPORT_BLOCK_PARAGRAPH:
          append_paragraph (w, "Text_20_body", block->text, block);
          break;
        case CP_REPORT_BLOCK_NOTE:
          append_paragraph (w, "Cp_Note", block->text, block);
          break;
        case CP_REPORT_BLOCK_KEY_FIGURES:
          write_key_figures (w, block);
          break;
        case CP_REPORT_BLOCK_TABLE:
          write_table (w, block);
          break;
        case CP_REPORT_BLOCK_CHART:
          if (block->chart != NULL && !write_chart (w, block, status))
            return NULL;
          break;
        default:
          g_assert_not_reached ();
        }
    }

  out = g_string_new (XML_DECLARATION);
  g_string_append (out, "<office:document-content" NAMESPACES " office:version=\"" ODF_VERSION "\">\n"
                        "<office:automatic-styles>\n");
  g_string_append_len (out, w->automatic_styles->str, w->automatic_styles->len);
  g_string_append (out, "</office:automatic-styles>\n<office:body>\n<office:text>\n");
  g_string_append_len (out, w->body->str, w->body->len);
  g_string_append (out, "</office:text>\n</office:body>\n</office:document-content>\n");
  return g_string_free (out, FALSE);
}

/* The other parts */

static void
append_language (GString    *out,
                 const char *language)
{
  /* “es”, or “es-PE” and “es_PE” with the country. */
  gsize length = strcspn (language, "-_");
  g_autofree char *code = g_strndup (language, length);

  g_string_append (out, " fo:language=\"");
  append_escaped (out, *code != '\0' ? code : "none");
  g_string_append (out, "\" fo:country=\"");
  append_escaped (out, language[length] != '\0' && language[length + 1] != '\0' ? language + length + 1 : "none");
  g_string_append (out, "\"");
}

/* A paragraph style: @properties go into paragraph-properties, @text into text-properties. */
static void
append_style (GString    *out,
              const char *name,
              const char *display_name,
              const char *parent,
              const char *class,
              const char *properties,
              const char *text)
{
  g_string_append_printf (out, "<style:style style:name=\"%s\" style:family=\"paragraph\"", name);
  if (display_name != NULL)
    g_string_append_printf (out, " style:display-name=\"%s\"", display_name);
  if (parent != NULL)
    g_string_append_printf (out, " style:parent-style-name=\"%s\"", parent);
  if (class != NULL)
    g_string_append_printf (out, " style:class=\"%s\"", class);
  g_string_append (out, ">");
  if (properties != NULL)
    g_string_append_printf (out, "<style:paragraph-properties %s/>", properties);
  if (text != NULL)
    g_string_append_printf (out, "<style:text-properties %s/>", text);
  g_string_append (out, "</style:style>\n");
}

static char *
build_styles (const CpReportDocument *doc)
{
  const char *header = cp_report_document_get_label (doc, "header");
  GString *out = g_string_new (XML_DECLARATION);

  g_string_append (out,
                   "<office:document-styles" NAMESPACES " office:version=\"" ODF_VERSION "\">\n"
                   "<office:font-face-decls>"
                   "<style:font-face style:name=\"Arial\" svg:font-family=\"Arial\""
                   " style:font-family-generic=\"swiss\" style:font-pitch=\"variable\"/>"
                   "</office:font-face-decls>\n"
                   "<office:styles>\n"
                   "<style:default-style style:family=\"paragraph\">"
                   "<style:paragraph-properties fo:orphans=\"2\" fo:widows=\"2\"/>"
                   "<style:text-properties style:font-name=\"Arial\" fo:font-size=\"11pt\"");
  append_language (out, cp_report_document_get_language (doc));
  g_string_append (out, "/></style:default-style>\n");

  append_style (out, "Standard", NULL, NULL, "text", NULL, NULL);
  append_style (out, "Text_20_body", "Text body", "Standard", "text",
                "fo:margin-top=\"0cm\" fo:margin-bottom=\"0.25cm\" fo:line-height=\"115%\"", NULL);
  append_style (out, "Cp_Note", "Note", "Text_20_body", "text", NULL,
                "fo:font-style=\"italic\" fo:color=\"#5e5c64\"");
  append_style (out, "Heading", NULL, "Standard", "text",
                "fo:margin-top=\"0.6cm\" fo:margin-bottom=\"0.25cm\" fo:keep-with-next=\"always\"",
                "fo:font-weight=\"bold\"");
  g_string_append (out,
                   "<style:style style:name=\"Heading_20_1\" style:display-name=\"Heading 1\""
                   " style:family=\"paragraph\" style:parent-style-name=\"Heading\""
                   " style:next-style-name=\"Text_20_body\" style:default-outline-level=\"1\""
                   " style:class=\"text\"><style:text-properties fo:font-size=\"18pt\"/></style:style>\n"
                   "<style:style style:name=\"Heading_20_2\" style:display-name=\"Heading 2\""
                   " style:family=\"paragraph\" style:parent-style-name=\"Heading\""
                   " style:next-style-name=\"Text_20_body\" style:default-outline-level=\"2\""
                   " style:class=\"text\"><style:text-properties fo:font-size=\"14pt\"/></style:style>\n");
  append_style (out, "Title", NULL, "Standard", "chapter",
                "fo:margin-top=\"6cm\" fo:margin-bottom=\"0.5cm\"",
                "fo:font-size=\"28pt\" fo:font-weight=\"bold\"");
  append_style (out, "Subtitle", NULL, "Standard", "chapter",
                "fo:margin-top=\"0cm\" fo:margin-bottom=\"0.5cm\"", "fo:font-size=\"18pt\"");
  append_style (out, "Cp_Date", "Date", "Standard", "chapter",
                "fo:margin-top=\"1cm\"", "fo:font-size=\"13pt\" fo:color=\"#5e5c64\"");
  append_style (out, "Caption", NULL, "Standard", "extra",
                "fo:margin-top=\"0.3cm\" fo:margin-bottom=\"0.15cm\" fo:keep-with-next=\"always\"",
                "fo:font-weight=\"bold\" fo:font-size=\"10pt\"");
  append_style (out, "Cp_Figure", "Figure", "Standard", "extra",
                "fo:margin-bottom=\"0.3cm\" fo:text-align=\"center\"", NULL);
  append_style (out, "Table_20_Contents", "Table Contents", "Standard", "extra", NULL,
                "fo:font-size=\"10pt\"");
  append_style (out, "Table_20_Heading", "Table Heading", "Table_20_Contents", "extra", NULL,
                "fo:font-weight=\"bold\"");
  append_style (out, "Cp_Table_Number", "Table Number", "Table_20_Contents", "extra",
                "fo:text-align=\"end\"", NULL);
  append_style (out, "Cp_Table_Heading_Number", "Table Heading Number", "Table_20_Heading", "extra",
                "fo:text-align=\"end\"", NULL);
  append_style (out, "Cp_Figure_Label", "Figure Label", "Table_20_Contents", "extra", NULL,
                "fo:font-size=\"11pt\"");
  append_style (out, "Cp_Figure_Value", "Figure Value", "Table_20_Contents", "extra",
                "fo:text-align=\"end\"", "fo:font-size=\"14pt\" fo:font-weight=\"bold\"");
  append_style (out, "Footnote", NULL, "Standard", "extra",
                "fo:margin-left=\"0.5cm\" fo:text-indent=\"-0.5cm\"", "fo:font-size=\"9pt\"");
  append_style (out, "Header", NULL, "Standard", "extra",
                "fo:border-bottom=\"0.05pt solid #c0bfbc\" fo:padding-bottom=\"0.1cm\"",
                "fo:font-size=\"9pt\" fo:color=\"#5e5c64\"");
  append_style (out, "Footer", NULL, "Standard", "extra", "fo:text-align=\"center\"",
                "fo:font-size=\"9pt\" fo:color=\"#5e5c64\"");
  append_style (out, "Contents_20_Heading", "Contents Heading", "Heading", "index", NULL,
                "fo:font-size=\"18pt\"");
  append_style (out, "Contents_20_1", "Contents 1", "Standard", "index",
                "fo:margin-top=\"0.15cm\"", "fo:font-weight=\"bold\"");
  append_style (out, "Contents_20_2", "Contents 2", "Standard", "index",
                "fo:margin-left=\"0.5cm\"", NULL);

  /* Headings are in the outline without numbers, so that the contents find them. */
  g_string_append (out, "<text:outline-style style:name=\"Outline\">");
  for (int level = 1; level <= 10; level++)
    g_string_append_printf (out,
                            "<text:outline-level-style text:level=\"%d\" style:num-format=\"\">"
                            "<style:list-level-properties/></text:outline-level-style>",
                            level);
  g_string_append (out,
                   "</text:outline-style>\n"
                   "<text:notes-configuration text:note-class=\"footnote\" style:num-format=\"1\""
                   " text:start-value=\"0\" text:footnotes-position=\"page\""
                   " text:start-numbering-at=\"document\"/>\n"
                   "</office:styles>\n"
                   "<office:automatic-styles>\n"
                   "<style:page-layout style:name=\"Cp_Page\">"
                   "<style:page-layout-properties fo:page-width=\"21cm\" fo:page-height=\"29.7cm\""
                   " style:print-orientation=\"portrait\" fo:margin-top=\"1.5cm\""
                   " fo:margin-bottom=\"1.5cm\" fo:margin-left=\"2cm\" fo:margin-right=\"2cm\"/>"
                   "<style:header-style><style:header-footer-properties fo:min-height=\"0cm\""
                   " fo:margin-bottom=\"0.5cm\"/></style:header-style>"
                   "<style:footer-style><style:header-footer-properties fo:min-height=\"0cm\""
                   " fo:margin-top=\"0.5cm\"/></style:footer-style>"
                   "</style:page-layout>\n"
                   "</office:automatic-styles>\n"
                   "<office:master-styles>\n"
                   "<style:master-page style:name=\"Standard\" style:page-layout-name=\"Cp_Page\">");
  if (*header != '\0')
    {
      g_string_append (out, "<style:header><text:p text:style-name=\"Header\">");
      append_text (out, header);
      g_string_append (out, "</text:p></style:header>");
    }
  g_string_append (out, "<style:footer><text:p text:style-name=\"Footer\">");
  append_page_format (out, cp_report_document_get_label (doc, "page"));
  g_string_append (out,
                   "</text:p></style:footer></style:master-page>\n"
                   "<style:master-page style:name=\"First_20_Page\" style:display-name=\"First Page\""
                   " style:page-layout-name=\"Cp_Page\" style:next-style-name=\"Standard\"/>\n"
                   "</office:master-styles>\n"
                   "</office:document-styles>\n");
  return g_string_free (out, FALSE);
}

static char *
build_meta (const CpReportDocument *doc,
            guint                   n_tables,
            guint                   n_pictures)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  const char *subject = cp_report_document_get_subject (doc);
  GString *out = g_string_new (XML_DECLARATION);

  g_string_append (out, "<office:document-meta" NAMESPACES " office:version=\"" ODF_VERSION "\">\n"
                        "<office:meta>\n"
                        "<meta:generator>Counterpart/" PACKAGE_VERSION "</meta:generator>\n"
                        "<dc:title>");
  append_escaped (out, cp_report_document_get_title (doc));
  g_string_append (out, "</dc:title>\n");
  if (*subject != '\0')
    {
      g_string_append (out, "<dc:subject>");
      append_escaped (out, subject);
      g_string_append (out, "</dc:subject>\n");
    }
  g_string_append (out, "<dc:language>");
  append_escaped (out, cp_report_document_get_language (doc));
  g_string_append_printf (out,
                          "</dc:language>\n"
                          "<meta:creation-date>%s</meta:creation-date>\n"
                          "<dc:date>%s</dc:date>\n"
                          "<meta:document-statistic meta:table-count=\"%u\" meta:image-count=\"%u\"/>\n"
                          "</office:meta>\n"
                          "</office:document-meta>\n",
                          date, date, n_tables, n_pictures);
  return g_string_free (out, FALSE);
}

static char *
build_manifest (GPtrArray *pictures)
{
  GString *out = g_string_new (XML_DECLARATION);

  g_string_append (out,
                   "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
                   " manifest:version=\"" ODF_VERSION "\">\n"
                   " <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"" ODF_VERSION "\""
                   " manifest:media-type=\"" MIMETYPE "\"/>\n"
                   " <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\n"
                   " <manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>\n"
                   " <manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>\n");
  for (guint i = 0; i < pictures->len; i++)
    {
      Picture *picture = g_ptr_array_index (pictures, i);

      g_string_append_printf (out,
                              " <manifest:file-entry manifest:full-path=\"%s\" manifest:media-type=\"image/png\"/>\n",
                              picture->path);
    }
  g_string_append (out, "</manifest:manifest>\n");
  return g_string_free (out, FALSE);
}

/* The container */

static gboolean
set_write_error (GError     **error,
                 const char  *path,
                 int          saved_errno,
                 const char  *reason)
{
  g_set_error (error, G_FILE_ERROR,
               saved_errno != 0 ? g_file_error_from_errno (saved_errno) : G_FILE_ERROR_FAILED,
               /* Translators: the path of a file, then the reason, e.g. “Permission denied” */
               _("Could not write “%s”: %s"), path,
               reason != NULL ? reason : g_strerror (saved_errno));
  return FALSE;
}

static la_ssize_t
append_zip_data (struct archive *archive,
                 void           *bytes,
                 const void     *data,
                 size_t          length)
{
  g_byte_array_append (bytes, data, length);
  return length;
}

static gboolean
add_entry (struct archive *archive,
           const char     *name,
           gconstpointer   data,
           gsize           size,
           gboolean        stored)
{
  struct archive_entry *entry;
  int result;

  result = stored ? archive_write_zip_set_compression_store (archive)
                  : archive_write_zip_set_compression_deflate (archive);
  if (result != ARCHIVE_OK)
    return FALSE;

  entry = archive_entry_new ();
  archive_entry_set_pathname (entry, name);
  archive_entry_set_filetype (entry, AE_IFREG);
  archive_entry_set_perm (entry, 0644);
  archive_entry_set_size (entry, size);
  archive_entry_set_mtime (entry, time (NULL), 0);
  result = archive_write_header (archive, entry);
  archive_entry_free (entry);
  if (result < ARCHIVE_WARN)
    return FALSE;
  if (archive_write_data (archive, data, size) != (la_ssize_t) size)
    return FALSE;
  return archive_write_finish_entry (archive) >= ARCHIVE_WARN;
}

static gboolean
add_text_entry (struct archive *archive,
                const char     *name,
                const char     *text)
{
  return add_entry (archive, name, text, strlen (text), FALSE);
}

/* The zip in memory: the parts are there already, and the file is then
 * written with plain write()s whose errors say what went wrong. */
static GBytes *
build_archive (const char  *content,
               const char  *styles,
               const char  *meta,
               const char  *manifest,
               GPtrArray   *pictures,
               char       **reason)
{
  struct archive *archive = archive_write_new ();
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  gboolean ok;

  ok = archive_write_set_format_zip (archive) == ARCHIVE_OK
       && archive_write_set_bytes_in_last_block (archive, 1) == ARCHIVE_OK
       && archive_write_open (archive, bytes, NULL, append_zip_data, NULL) == ARCHIVE_OK
       && add_entry (archive, "mimetype", MIMETYPE, strlen (MIMETYPE), TRUE)
       && add_text_entry (archive, "META-INF/manifest.xml", manifest)
       && add_text_entry (archive, "content.xml", content)
       && add_text_entry (archive, "styles.xml", styles)
       && add_text_entry (archive, "meta.xml", meta);
  for (guint i = 0; ok && i < pictures->len; i++)
    {
      Picture *picture = g_ptr_array_index (pictures, i);
      gsize size;
      gconstpointer data = g_bytes_get_data (picture->png, &size);

      ok = add_entry (archive, picture->path, data, size, FALSE);
    }
  /* Closing writes the central directory. */
  ok = ok && archive_write_close (archive) == ARCHIVE_OK;
  if (!ok)
    *reason = g_strdup (archive_error_string (archive) != NULL ? archive_error_string (archive)
                                                               : g_strerror (ENOMEM));
  archive_write_free (archive);
  return ok ? g_byte_array_free_to_bytes (g_steal_pointer (&bytes)) : NULL;
}

static gboolean
write_all (int           fd,
           const guint8 *data,
           gsize         length)
{
  while (length > 0)
    {
      gssize written = write (fd, data, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written <= 0)
        return FALSE;
      data += written;
      length -= written;
    }
  return TRUE;
}

gboolean
cp_report_write_odt (const CpReportDocument  *doc,
                     const char              *path,
                     GError                 **error)
{
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GString) automatic_styles = g_string_new (NULL);
  g_autoptr(GPtrArray) pictures = g_ptr_array_new_with_free_func ((GDestroyNotify) picture_free);
  Writer w = { .doc = doc, .body = body, .automatic_styles = automatic_styles, .pictures = pictures };
  cairo_status_t status = CAIRO_STATUS_SUCCESS;
  g_autofree char *content = NULL;
  g_autofree char *styles = NULL;
  g_autofree char *meta = NULL;
  g_autofree char *manifest = NULL;
  g_autofree char *reason = NULL;
  g_autoptr(GBytes) zip = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *name = NULL;
  g_autofree char *template = NULL;
  int saved_errno;
  int fd;

  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(content = build_content (&w, &status)))
    return set_write_error (error, path, status == CAIRO_STATUS_NO_MEMORY ? ENOMEM : 0,
                            cairo_status_to_string (status));
  styles = build_styles (doc);
  meta = build_meta (doc, w.n_tables, pictures->len);
  manifest = build_manifest (pictures);
  if (!(zip = build_archive (content, styles, meta, manifest, pictures, &reason)))
    return set_write_error (error, path, 0, reason);

  /* Beside the file, so that the rename stays on one file system. */
  folder = g_path_get_dirname (path);
  name = g_path_get_basename (path);
  template = g_strdup_printf ("%s%c.%s-XXXXXX", folder, G_DIR_SEPARATOR, name);
  fd = g_mkstemp_full (template, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    return set_write_error (error, path, errno, NULL);

  errno = 0;
  if (!write_all (fd, g_bytes_get_data (zip, NULL), g_bytes_get_size (zip)) || fsync (fd) != 0)
    {
      saved_errno = errno != 0 ? errno : EIO;
      close (fd);
      g_unlink (template);
      return set_write_error (error, path, saved_errno, NULL);
    }
  if (close (fd) != 0 || g_rename (template, path) != 0)
    {
      saved_errno = errno;
      g_unlink (template);
      return set_write_error (error, path, saved_errno, NULL);
    }
  return TRUE;
}
