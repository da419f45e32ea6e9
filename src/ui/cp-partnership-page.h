/* cp-partnership-page.h: everything about one partnership
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-page.h"

G_BEGIN_DECLS

#define CP_TYPE_PARTNERSHIP_PAGE (cp_partnership_page_get_type ())

G_DECLARE_FINAL_TYPE (CpPartnershipPage, cp_partnership_page, CP, PARTNERSHIP_PAGE, CpPage)

/* Shows the partnership with @id; 0 shows nothing. */
void           cp_partnership_page_set_partnership_id (CpPartnershipPage *self,
                                                       gint64             id);
CpPartnership *cp_partnership_page_get_partnership    (CpPartnershipPage *self);

G_END_DECLS
