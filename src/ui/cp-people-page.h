/* cp-people-page.h: the People & expertise section: register, needs, key roles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-page.h"

G_BEGIN_DECLS

#define CP_TYPE_PEOPLE_PAGE (cp_people_page_get_type ())

G_DECLARE_FINAL_TYPE (CpPeoplePage, cp_people_page, CP, PEOPLE_PAGE, CpPage)

void        cp_people_page_show_person   (CpPeoplePage *self,
                                          gint64        id);
void        cp_people_page_show_need     (CpPeoplePage *self,
                                          gint64        id);
void        cp_people_page_show_main     (CpPeoplePage *self);
/* Shows the tab named "register", "needs" or "roles". */
void        cp_people_page_show_tab      (CpPeoplePage *self,
                                          const char   *name);
void        cp_people_page_set_query     (CpPeoplePage *self,
                                          const char   *text);
/* What the lists show after filtering, for tests. */
GListModel *cp_people_page_get_register  (CpPeoplePage *self);
GListModel *cp_people_page_get_needs     (CpPeoplePage *self);
GListModel *cp_people_page_get_coverage  (CpPeoplePage *self);

G_END_DECLS
