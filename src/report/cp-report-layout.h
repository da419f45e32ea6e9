/* cp-report-layout.h: a council report set on pages
 *
 * A document (cp-report-document.h) laid out once on pages of a given size and
 * then drawn as often as needed: into a PDF (cp-report-pdf.h), into the
 * window's preview at any scale, and into a GtkPrintOperation's pages. The
 * first page is the title page, the second (and more when the sections do not
 * fit on one) the contents; the body follows, with a running header and the
 * page number in the footer (the document's title when the header label is
 * empty). Footnotes are listed under the sources' title at the end.
 *
 * All text is set with pango at 72 units to the inch, so one user unit is one
 * point; a caller that draws at another scale sets it on its cairo context.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <cairo.h>

#include "cp-report-document.h"

G_BEGIN_DECLS

#define CP_REPORT_A4_WIDTH  595.28
#define CP_REPORT_A4_HEIGHT 841.89

typedef struct _CpReportLayout CpReportLayout;

/* Lays out @doc on pages of @width × @height points, margins included. The
 * layout keeps nothing of @doc: it may be freed or changed afterwards (the
 * charts are recorded as they are now, at a resolution of 72, which stays set
 * on them). */
CpReportLayout *cp_report_layout_new              (const CpReportDocument *doc,
                                                   double                  width,
                                                   double                  height);
void            cp_report_layout_free             (CpReportLayout         *layout);

double          cp_report_layout_get_width        (CpReportLayout         *layout);
double          cp_report_layout_get_height       (CpReportLayout         *layout);
guint           cp_report_layout_get_n_pages      (CpReportLayout         *layout);
/* Draws page @index (0-based) on white in (0, 0, width, height) of @cr, in
 * points; the caller scales. On a PDF surface it also marks the headings as
 * destinations (“heading-N”, N the block index; “sources”) and links the
 * contents to them. */
void            cp_report_layout_draw_page        (CpReportLayout         *layout,
                                                   cairo_t                *cr,
                                                   guint                   index);
/* The page a heading starts on, numbered from 1 as printed (the title page is
 * page 1); 0 if block @block_index is not a heading. */
guint           cp_report_layout_get_heading_page (CpReportLayout         *layout,
                                                   guint                   block_index);
/* The page of the list of sources (1-based), or 0 when there are no footnotes. */
guint           cp_report_layout_get_sources_page (CpReportLayout         *layout);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CpReportLayout, cp_report_layout_free)

G_END_DECLS
