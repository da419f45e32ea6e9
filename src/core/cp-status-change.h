/* cp-status-change.h: one entry in a partnership's dated status history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cp-enums.h"
#include "cp-record.h"

G_BEGIN_DECLS

#define CP_TYPE_STATUS_CHANGE (cp_status_change_get_type ())

G_DECLARE_FINAL_TYPE (CpStatusChange, cp_status_change, CP, STATUS_CHANGE, CpRecord)

CpStatusChange      *cp_status_change_new                (gint64          partnership_id);
gint64               cp_status_change_get_partnership_id (CpStatusChange *self);
CpPartnershipStatus  cp_status_change_get_status         (CpStatusChange *self);
const char          *cp_status_change_get_since          (CpStatusChange *self);
const char          *cp_status_change_get_note           (CpStatusChange *self);

G_END_DECLS
