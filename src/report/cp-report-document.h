/* cp-report-document.h: a council report as a sequence of blocks
 *
 * What a report says, apart from how it is laid out: headings of two levels,
 * paragraphs, key figures, tables, charts (cp-chart.h, the code the window draws
 * with) and footnotes with their sources. The builders (cp-report-builder.h) fill
 * one in the report's language; the PDF writer (cp-report-pdf.h, through the page
 * layout of cp-report-layout.h) and the ODT writer (cp-report-odt.h) read it. All
 * text is already translated and formatted; the writers add no words of their own
 * beyond the labels set here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "cp-chart.h"

G_BEGIN_DECLS

typedef enum
{
  CP_REPORT_BLOCK_HEADING,       /* level 1 (a section, listed in the contents) or 2 */
  CP_REPORT_BLOCK_PARAGRAPH,
  CP_REPORT_BLOCK_KEY_FIGURES,   /* label–value pairs shown large */
  CP_REPORT_BLOCK_TABLE,
  CP_REPORT_BLOCK_CHART,
  CP_REPORT_BLOCK_NOTE,          /* a quiet remark, such as “No visits in this period.” */
} CpReportBlockKind;

typedef struct
{
  CpReportBlockKind kind;
  int               level;       /* headings: 1 or 2 */
  char             *text;        /* heading, paragraph or note text (plain UTF-8, no markup) */
  /* Key figures: labels[i] and values[i]. Tables: header (n_columns), rows of
   * n_columns cells each, and which columns are numbers (right-aligned). */
  GPtrArray        *labels;      /* char* */
  GPtrArray        *values;      /* char* */
  guint             n_columns;
  GStrv             header;
  GPtrArray        *rows;        /* GStrv */
  gboolean         *numeric;     /* n_columns flags */
  CpChart          *chart;
  char             *caption;     /* tables and charts */
  GArray           *footnotes;   /* guint: the footnote numbers this block refers to */
} CpReportBlock;

typedef struct _CpReportDocument CpReportDocument;

/* @language is the report's ("nl", "es", "af" or "en"), kept for the writers'
 * metadata (ODT's dc:language). */
CpReportDocument    *cp_report_document_new            (const char       *language);
void                 cp_report_document_free           (CpReportDocument *doc);

/* The title page: the title, the municipality (or partnership) it is about, and
 * the date, already formatted in the report's language. */
void                 cp_report_document_set_title_page (CpReportDocument *doc,
                                                        const char       *title,
                                                        const char       *subject,
                                                        const char       *date);
/* The translated words the layout needs: the contents page's title, the running
 * header's text, the page number format (“Page %d of %d”, exactly two %d) and the
 * title of the list of sources. */
void                 cp_report_document_set_labels     (CpReportDocument *doc,
                                                        const char       *contents,
                                                        const char       *running_header,
                                                        const char       *page_format,
                                                        const char       *sources);

void                 cp_report_document_add_heading    (CpReportDocument *doc,
                                                        int               level,
                                                        const char       *text);
void                 cp_report_document_add_paragraph  (CpReportDocument *doc,
                                                        const char       *text);
void                 cp_report_document_add_note       (CpReportDocument *doc,
                                                        const char       *text);
/* Pairs of label and value: “IC budget” “€565,876”. */
void                 cp_report_document_add_key_figure (CpReportDocument *doc,
                                                        const char       *label,
                                                        const char       *value);
/* Starts a table; cp_report_document_add_row() adds rows to the last one. */
void                 cp_report_document_add_table      (CpReportDocument *doc,
                                                        const char       *caption,
                                                        guint             n_columns,
                                                        const char * const *header,
                                                        const gboolean   *numeric);
void                 cp_report_document_add_row        (CpReportDocument *doc,
                                                        const char * const *cells);
/* Takes @chart. */
void                 cp_report_document_add_chart      (CpReportDocument *doc,
                                                        const char       *caption,
                                                        CpChart          *chart);
/* A footnote to the last block: its source (“Bontenbal 2009, Table 6.2, L7429–7453”).
 * Returns its number, 1 for the first. */
guint                cp_report_document_add_footnote   (CpReportDocument *doc,
                                                        const char       *text);

const char          *cp_report_document_get_language  (const CpReportDocument *doc);
const char          *cp_report_document_get_title     (const CpReportDocument *doc);
const char          *cp_report_document_get_subject   (const CpReportDocument *doc);
const char          *cp_report_document_get_date      (const CpReportDocument *doc);
const char          *cp_report_document_get_label     (const CpReportDocument *doc,
                                                        const char             *which);  /* "contents", "header", "page", "sources" */
guint                cp_report_document_get_n_blocks  (const CpReportDocument *doc);
const CpReportBlock *cp_report_document_get_block     (const CpReportDocument *doc,
                                                        guint                   index);
/* The footnotes in order (char*); number n is index n - 1. */
GPtrArray           *cp_report_document_get_footnotes (const CpReportDocument *doc);
/* Every text of the document, one per line, for tests and the preview's search. */
char                *cp_report_document_dup_text      (const CpReportDocument *doc);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CpReportDocument, cp_report_document_free)

G_END_DECLS
