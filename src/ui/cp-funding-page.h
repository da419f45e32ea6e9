/* cp-funding-page.h: the Budget & Funding section
 *
 * The year at a glance (indicator cards with their meaning, budget against
 * spending per partnership, funding by source over the years, the budget lines,
 * the partner municipalities' figures), the ledger, the funders and their
 * programmes, and the grant applications grouped by status with their deadlines
 * and the reports they oblige.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-page.h"

G_BEGIN_DECLS

#define CP_TYPE_FUNDING_PAGE (cp_funding_page_get_type ())

G_DECLARE_FINAL_TYPE (CpFundingPage, cp_funding_page, CP, FUNDING_PAGE, CpPage)

/* Shows the tab named "year", "ledger", "funders" or "applications". */
void       cp_funding_page_show_tab          (CpFundingPage *self,
                                              const char    *name);
/* Shows the year at a glance of an own municipality. */
void       cp_funding_page_show_year         (CpFundingPage *self,
                                              gint64         municipality_id,
                                              int            year);
GtkWidget *cp_funding_page_get_ledger_view   (CpFundingPage *self);
/* For tests: the indicator cards' value labels' texts, in order, and the charts' descriptions. */
GPtrArray *cp_funding_page_dup_indicator_values (CpFundingPage *self);
char      *cp_funding_page_dup_chart_descriptions (CpFundingPage *self);

G_END_DECLS
