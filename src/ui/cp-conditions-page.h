/* cp-conditions-page.h: the Conditions section
 *
 * The four critical conditions of Table 6.1 for an own municipality or one of its
 * partnerships in a year: each with its level, why, its indicators, the risk
 * signals that fired with the study's words, the levels of the years before and the
 * coordinator's own assessment beside them; the partners' management structures
 * with the three Southern issues and a comparison like Table 6.6; and the political
 * context the conditions are computed from.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-page.h"

G_BEGIN_DECLS

#define CP_TYPE_CONDITIONS_PAGE (cp_conditions_page_get_type ())

G_DECLARE_FINAL_TYPE (CpConditionsPage, cp_conditions_page, CP, CONDITIONS_PAGE, CpPage)

/* Shows the tab named "conditions", "partners" or "context". */
void  cp_conditions_page_show_tab   (CpConditionsPage *self,
                                     const char       *name);
/* Shows an own municipality (and one of its partnerships, or 0) in @year. */
void  cp_conditions_page_show       (CpConditionsPage *self,
                                     gint64            municipality_id,
                                     gint64            partnership_id,
                                     int               year);
/* For tests: each condition's (or partner issue's) name and level, and the keys of
 * its signals, one line each. */
char *cp_conditions_page_dup_text   (CpConditionsPage *self);

G_END_DECLS
