/* cp-follow-up.h: an action agreed on a visit: who, by when, and how far it got
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cp-enums.h"
#include "cp-record.h"

G_BEGIN_DECLS

#define CP_TYPE_FOLLOW_UP (cp_follow_up_get_type ())

G_DECLARE_FINAL_TYPE (CpFollowUp, cp_follow_up, CP, FOLLOW_UP, CpRecord)

CpFollowUp *cp_follow_up_new (gint64 visit_id);
gint64           cp_follow_up_get_visit_id (CpFollowUp *self);
const char *     cp_follow_up_get_action   (CpFollowUp *self);
gint64           cp_follow_up_get_owner_id (CpFollowUp *self);
const char *     cp_follow_up_get_due_on   (CpFollowUp *self);
CpFollowUpStatus cp_follow_up_get_status   (CpFollowUp *self);

G_END_DECLS
