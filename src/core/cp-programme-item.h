/* cp-programme-item.h: one item of a visit's day-by-day programme, in the destination's time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cp-enums.h"
#include "cp-record.h"

G_BEGIN_DECLS

#define CP_TYPE_PROGRAMME_ITEM (cp_programme_item_get_type ())

G_DECLARE_FINAL_TYPE (CpProgrammeItem, cp_programme_item, CP, PROGRAMME_ITEM, CpRecord)

CpProgrammeItem *cp_programme_item_new (gint64 visit_id);
gint64       cp_programme_item_get_visit_id  (CpProgrammeItem *self);
const char * cp_programme_item_get_date      (CpProgrammeItem *self);
const char * cp_programme_item_get_starts_at (CpProgrammeItem *self);
const char * cp_programme_item_get_ends_at   (CpProgrammeItem *self);
const char * cp_programme_item_get_place     (CpProgrammeItem *self);
const char * cp_programme_item_get_activity  (CpProgrammeItem *self);
const char * cp_programme_item_get_contact   (CpProgrammeItem *self);
const char * cp_programme_item_get_language  (CpProgrammeItem *self);

G_END_DECLS
