/* cp-person-page.h: everything about one person
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-page.h"

G_BEGIN_DECLS

#define CP_TYPE_PERSON_PAGE (cp_person_page_get_type ())

G_DECLARE_FINAL_TYPE (CpPersonPage, cp_person_page, CP, PERSON_PAGE, CpPage)

/* Shows the person with @id; 0 shows nothing. */
void cp_person_page_set_person_id (CpPersonPage *self,
                          gint64 id);

G_END_DECLS
