/* cp-partnerships-page.h: the Partnerships section: the list, and a partnership's page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-page.h"

G_BEGIN_DECLS

#define CP_TYPE_PARTNERSHIPS_PAGE (cp_partnerships_page_get_type ())

G_DECLARE_FINAL_TYPE (CpPartnershipsPage, cp_partnerships_page, CP, PARTNERSHIPS_PAGE, CpPage)

void        cp_partnerships_page_show_partnership (CpPartnershipsPage *self,
                                                   gint64              id);
void        cp_partnerships_page_show_list        (CpPartnershipsPage *self);
void        cp_partnerships_page_start_search     (CpPartnershipsPage *self);
/* The rows the list shows after filtering and sorting, for tests. */
GListModel *cp_partnerships_page_get_visible_model (CpPartnershipsPage *self);

G_END_DECLS
