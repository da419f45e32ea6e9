/* cp-reports-page.h: the Reports section
 *
 * Choose the kind of report (annual partnership report, four-yearly evaluation,
 * visit report, budget statement, handover dossier), what it is about, the period,
 * the language it is written in (apart from the interface's) and its sections; the
 * pages are previewed as they will print, and the report exported to PDF or to
 * editable ODT, or printed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-page.h"

G_BEGIN_DECLS

#define CP_TYPE_REPORTS_PAGE (cp_reports_page_get_type ())

G_DECLARE_FINAL_TYPE (CpReportsPage, cp_reports_page, CP, REPORTS_PAGE, CpPage)

/* Chooses a report as the rows would: @type a CpReportType, @scope_id the
 * partnership, visit or municipality, @language "en", "nl", "es" or "af". The
 * preview is rebuilt at once. */
void      cp_reports_page_choose         (CpReportsPage *self,
                                          int            type,
                                          gint64         scope_id,
                                          int            year,
                                          const char    *language);
guint     cp_reports_page_get_n_pages    (CpReportsPage *self);
/* Writes the report shown to @path as PDF or ODT (by its extension). */
gboolean  cp_reports_page_export         (CpReportsPage *self,
                                          const char    *path,
                                          GError       **error);
/* The text of the report shown, for tests. */
char     *cp_reports_page_dup_text       (CpReportsPage *self);

G_END_DECLS
