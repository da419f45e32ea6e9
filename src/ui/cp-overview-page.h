/* cp-overview-page.h: the Overview section, what needs attention now
 *
 * What is overdue, what comes in the next 90 days (visits, grant deadlines, reports
 * owed to funders and by partners, agreements expiring, terms ending), the risk
 * signals of the four conditions that fired this year, and each own municipality's
 * budget position. A row leads to where the matter is kept.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-page.h"

G_BEGIN_DECLS

#define CP_TYPE_OVERVIEW_PAGE (cp_overview_page_get_type ())

G_DECLARE_FINAL_TYPE (CpOverviewPage, cp_overview_page, CP, OVERVIEW_PAGE, CpPage)

/* For tests: the titles of the groups shown and of their rows, one per line. */
char *cp_overview_page_dup_text (CpOverviewPage *self);

G_END_DECLS
