/* cp-visits-page.h: the Visits section: the list, an agenda by month, the conflicts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-page.h"

G_BEGIN_DECLS

#define CP_TYPE_VISITS_PAGE (cp_visits_page_get_type ())

G_DECLARE_FINAL_TYPE (CpVisitsPage, cp_visits_page, CP, VISITS_PAGE, CpPage)

void        cp_visits_page_show_visit     (CpVisitsPage *self,
                                           gint64        id);
void        cp_visits_page_show_main      (CpVisitsPage *self);
/* Shows the tab named "list", "agenda" or "conflicts". */
void        cp_visits_page_show_tab       (CpVisitsPage *self,
                                           const char   *name);
/* The visits the list shows, for tests. */
GListModel *cp_visits_page_get_list       (CpVisitsPage *self);
guint       cp_visits_page_get_n_conflicts (CpVisitsPage *self);

G_END_DECLS
