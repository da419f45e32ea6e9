/* cp-report-odt.h: a council report as an OpenDocument Text file
 *
 * The report for a clerk to edit in LibreOffice or Word: a title page, a table
 * of contents already filled in with the headings, real headings of two levels,
 * tables whose header row repeats on every page, the charts as pictures, the
 * sources as footnotes, and the running header and page numbers in the page
 * style. The styles carry LibreOffice's own names (“Heading 1”, “Text Body”,
 * “Table Contents”), so that the clerk's templates and habits apply.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "cp-report-document.h"

G_BEGIN_DECLS

/* Writes @doc to @path through a temporary file in the same folder, renamed
 * over @path at the end: when writing fails, a file that was there keeps its
 * bytes and no temporary file is left behind. */
gboolean cp_report_write_odt (const CpReportDocument  *doc,
                              const char              *path,
                              GError                 **error);

G_END_DECLS
