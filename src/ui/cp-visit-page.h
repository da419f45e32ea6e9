/* cp-visit-page.h: everything about one delegation visit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-page.h"

G_BEGIN_DECLS

#define CP_TYPE_VISIT_PAGE (cp_visit_page_get_type ())

G_DECLARE_FINAL_TYPE (CpVisitPage, cp_visit_page, CP, VISIT_PAGE, CpPage)

/* Shows the visit with @id; 0 shows nothing. */
void cp_visit_page_set_visit_id (CpVisitPage *self,
                                 gint64       id);

G_END_DECLS
