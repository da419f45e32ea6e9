/* cp-report-pdf.h: a council report as a PDF file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "cp-report-document.h"

G_BEGIN_DECLS

/* Writes @doc to @path as an A4 PDF with its title, subject and date of
 * creation, fonts embedded and an outline of the sections. The file is written
 * beside @path under another name and then renamed over it, so that if
 * anything fails an existing file at @path stays as it was and nothing is left
 * behind. */
gboolean cp_report_write_pdf (const CpReportDocument *doc,
                              const char             *path,
                              GError                **error);

G_END_DECLS
