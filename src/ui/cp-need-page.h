/* cp-need-page.h: everything about one need
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-page.h"

G_BEGIN_DECLS

#define CP_TYPE_NEED_PAGE (cp_need_page_get_type ())

G_DECLARE_FINAL_TYPE (CpNeedPage, cp_need_page, CP, NEED_PAGE, CpPage)

/* Shows the need with @id; 0 shows nothing. */
void cp_need_page_set_need_id (CpNeedPage *self,
                          gint64 id);

G_END_DECLS
