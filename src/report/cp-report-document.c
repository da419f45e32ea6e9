/* cp-report-document.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cp-report-document.h"

struct _CpReportDocument
{
  char      *language;
  char      *title;
  char      *subject;
  char      *date;
  char      *labels[4];   /* contents, header, page, sources */
  GPtrArray *blocks;      /* CpReportBlock* */
  GPtrArray *footnotes;   /* char* */
};

static const char * const label_keys[] = { "contents", "header", "page", "sources" };

static void
block_free (CpReportBlock *block)
{
  g_free (block->text);
  g_clear_pointer (&block->labels, g_ptr_array_unref);
  g_clear_pointer (&block->values, g_ptr_array_unref);
  g_strfreev (block->header);
  g_clear_pointer (&block->rows, g_ptr_array_unref);
  g_free (block->numeric);
  g_clear_pointer (&block->chart, cp_chart_free);
  g_free (block->caption);
  g_clear_pointer (&block->footnotes, g_array_unref);
  g_free (block);
}

static CpReportBlock *
add_block (CpReportDocument  *doc,
           CpReportBlockKind  kind,
           const char        *text)
{
  CpReportBlock *block = g_new0 (CpReportBlock, 1);

  block->kind = kind;
  block->text = g_strdup (text);
  block->footnotes = g_array_new (FALSE, FALSE, sizeof (guint));
  g_ptr_array_add (doc->blocks, block);
  return block;
}

static CpReportBlock *
last_block (const CpReportDocument *doc)
{
  return doc->blocks->len > 0 ? g_ptr_array_index (doc->blocks, doc->blocks->len - 1) : NULL;
}

CpReportDocument *
cp_report_document_new (const char *language)
{
  CpReportDocument *doc = g_new0 (CpReportDocument, 1);

  doc->language = g_strdup (language ? language : "en");
  doc->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  doc->footnotes = g_ptr_array_new_with_free_func (g_free);
  doc->labels[0] = g_strdup ("Contents");
  doc->labels[1] = g_strdup ("");
  doc->labels[2] = g_strdup ("Page %d of %d");
  doc->labels[3] = g_strdup ("Sources");
  return doc;
}

void
cp_report_document_free (CpReportDocument *doc)
{
  if (doc == NULL)
    return;
  g_free (doc->language);
  g_free (doc->title);
  g_free (doc->subject);
  g_free (doc->date);
  for (guint i = 0; i < G_N_ELEMENTS (doc->labels); i++)
    g_free (doc->labels[i]);
  g_ptr_array_unref (doc->blocks);
  g_ptr_array_unref (doc->footnotes);
  g_free (doc);
}

void
cp_report_document_set_title_page (CpReportDocument *doc,
                                   const char       *title,
                                   const char       *subject,
                                   const char       *date)
{
  g_free (doc->title);
  g_free (doc->subject);
  g_free (doc->date);
  doc->title = g_strdup (title);
  doc->subject = g_strdup (subject);
  doc->date = g_strdup (date);
}

void
cp_report_document_set_labels (CpReportDocument *doc,
                               const char       *contents,
                               const char       *running_header,
                               const char       *page_format,
                               const char       *sources)
{
  const char *values[] = { contents, running_header, page_format, sources };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    if (values[i] != NULL)
      {
        g_free (doc->labels[i]);
        doc->labels[i] = g_strdup (values[i]);
      }
}

void
cp_report_document_add_heading (CpReportDocument *doc,
                                int               level,
                                const char       *text)
{
  add_block (doc, CP_REPORT_BLOCK_HEADING, text)->level = CLAMP (level, 1, 2);
}

void
cp_report_document_add_paragraph (CpReportDocument *doc,
                                  const char       *text)
{
  add_block (doc, CP_REPORT_BLOCK_PARAGRAPH, text);
}

void
cp_report_document_add_note (CpReportDocument *doc,
                             const char       *text)
{
  add_block (doc, CP_REPORT_BLOCK_NOTE, text);
}

void
cp_report_document_add_key_figure (CpReportDocument *doc,
                                   const char       *label,
                                   const char       *value)
{
  CpReportBlock *block = last_block (doc);

  /* Figures that follow one another share one block. */
  if (block == NULL || block->kind != CP_REPORT_BLOCK_KEY_FIGURES)
    {
      block = add_block (doc, CP_REPORT_BLOCK_KEY_FIGURES, NULL);
      block->labels = g_ptr_array_new_with_free_func (g_free);
      block->values = g_ptr_array_new_with_free_func (g_free);
    }
  g_ptr_array_add (block->labels, g_strdup (label));
  g_ptr_array_add (block->values, g_strdup (value));
}

void
cp_report_document_add_table (CpReportDocument   *doc,
                              const char         *caption,
                              guint               n_columns,
                              const char * const *header,
                              const gboolean     *numeric)
{
  CpReportBlock *block = add_block (doc, CP_REPORT_BLOCK_TABLE, NULL);

  g_return_if_fail (n_columns > 0 && header != NULL);

  block->caption = g_strdup (caption);
  block->n_columns = n_columns;
  block->header = g_new0 (char *, n_columns + 1);
  block->numeric = g_new0 (gboolean, n_columns);
  for (guint i = 0; i < n_columns; i++)
    {
      block->header[i] = g_strdup (header[i] ? header[i] : "");
      block->numeric[i] = numeric != NULL && numeric[i];
    }
  block->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
}

void
cp_report_document_add_row (CpReportDocument   *doc,
                            const char * const *cells)
{
  CpReportBlock *block = last_block (doc);
  GStrv row;

  g_return_if_fail (block != NULL && block->kind == CP_REPORT_BLOCK_TABLE);

  row = g_new0 (char *, block->n_columns + 1);
  for (guint i = 0; i < block->n_columns; i++)
    row[i] = g_strdup (cells[i] ? cells[i] : "");
  g_ptr_array_add (block->rows, row);
}

void
cp_report_document_add_chart (CpReportDocument *doc,
                              const char       *caption,
                              CpChart          *chart)
{
  CpReportBlock *block = add_block (doc, CP_REPORT_BLOCK_CHART, NULL);

  block->caption = g_strdup (caption);
  block->chart = chart;
}

guint
cp_report_document_add_footnote (CpReportDocument *doc,
                                 const char       *text)
{
  CpReportBlock *block = last_block (doc);
  guint number;

  g_ptr_array_add (doc->footnotes, g_strdup (text));
  number = doc->footnotes->len;
  if (block != NULL)
    g_array_append_val (block->footnotes, number);
  return number;
}

const char *
cp_report_document_get_language (const CpReportDocument *doc)
{
  return doc->language;
}

const char *
cp_report_document_get_title (const CpReportDocument *doc)
{
  return doc->title ? doc->title : "";
}

const char *
cp_report_document_get_subject (const CpReportDocument *doc)
{
  return doc->subject ? doc->subject : "";
}

const char *
cp_report_document_get_date (const CpReportDocument *doc)
{
  return doc->date ? doc->date : "";
}

const char *
cp_report_document_get_label (const CpReportDocument *doc,
                              const char             *which)
{
  for (guint i = 0; i < G_N_ELEMENTS (label_keys); i++)
    if (g_strcmp0 (which, label_keys[i]) == 0)
      return doc->labels[i];
  g_return_val_if_reached ("");
}

guint
cp_report_document_get_n_blocks (const CpReportDocument *doc)
{
  return doc->blocks->len;
}

const CpReportBlock *
cp_report_document_get_block (const CpReportDocument *doc,
                              guint                   index)
{
  g_return_val_if_fail (index < doc->blocks->len, NULL);

  return g_ptr_array_index (doc->blocks, index);
}

GPtrArray *
cp_report_document_get_footnotes (const CpReportDocument *doc)
{
  return doc->footnotes;
}

char *
cp_report_document_dup_text (const CpReportDocument *doc)
{
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "%s\n%s\n%s\n", cp_report_document_get_title (doc), cp_report_document_get_subject (doc),
                          cp_report_document_get_date (doc));
  for (guint i = 0; i < doc->blocks->len; i++)
    {
      const CpReportBlock *block = g_ptr_array_index (doc->blocks, i);

      if (block->text != NULL)
        g_string_append_printf (text, "%s\n", block->text);
      if (block->caption != NULL)
        g_string_append_printf (text, "%s\n", block->caption);
      for (guint j = 0; block->labels != NULL && j < block->labels->len; j++)
        g_string_append_printf (text, "%s: %s\n", (char *) g_ptr_array_index (block->labels, j),
                                (char *) g_ptr_array_index (block->values, j));
      if (block->header != NULL)
        {
          g_autofree char *line = g_strjoinv (" | ", block->header);
          g_string_append_printf (text, "%s\n", line);
        }
      for (guint j = 0; block->rows != NULL && j < block->rows->len; j++)
        {
          g_autofree char *line = g_strjoinv (" | ", g_ptr_array_index (block->rows, j));
          g_string_append_printf (text, "%s\n", line);
        }
      if (block->chart != NULL)
        {
          g_autofree char *description = cp_chart_dup_description (block->chart);
          g_string_append_printf (text, "%s\n", description);
        }
    }
  for (guint i = 0; i < doc->footnotes->len; i++)
    g_string_append_printf (text, "%u %s\n", i + 1, (char *) g_ptr_array_index (doc->footnotes, i));
  return g_string_free (text, FALSE);
}
