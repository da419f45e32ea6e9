/* cp-report-charts.h: the charts of a year's money, for the window and the reports
 *
 * The Budget & Funding page and the council reports show the same two charts: each
 * partnership's budget against what it spent, and the funding by source over the
 * chosen year and the years with entries before it. Both build them here, so that
 * what the coordinator sees and what the council reads cannot drift apart.
 *
 * Titles, series and categories are translated when the chart is made, and the
 * chart's amounts (“565,876 EUR”, whole units) are written with the separators of
 * the language in force then: a chart made for a Spanish report keeps writing
 * “565.876 EUR” when a PDF writer draws it later under a Dutch interface.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "store/cp-store.h"
#include "cp-chart.h"

G_BEGIN_DECLS

/* Grouped bars, “Budget” and “Spent”, one category per partnership of @summary
 * (named by its title in @partnerships, a list of CpPartnership). */
CpChart *cp_report_chart_new_budget   (const CpYearSummary *summary,
                                       GListModel          *partnerships);
/* Stacked bars, one series per source that has money in any of the years, one
 * category per year: the years from @summary's year − @n_earlier_years that have
 * ledger entries, then @summary's own year. Returns NULL with @error set when an
 * earlier year cannot be added up. */
CpChart *cp_report_chart_new_funding  (CpStore             *store,
                                       const CpYearSummary *summary,
                                       int                  n_earlier_years,
                                       GError             **error);

/* An amount in whole units of @currency with the interface language's separators,
 * as the charts write it: “12,870 EUR”. */
char    *cp_report_format_whole       (gint64               minor,
                                       const char          *currency);

G_END_DECLS
