/* cp-support-action.h: an act of political or administrative support
 *
 * What a champion did (Table 6.3: lobbying in council, in parliament or the municipal
 * association, visits, ceremonies, the representation budget, public relations) or what staff
 * did (information meetings, fundraising), on a day.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cp-enums.h"
#include "cp-record.h"

G_BEGIN_DECLS

#define CP_TYPE_SUPPORT_ACTION (cp_support_action_get_type ())

G_DECLARE_FINAL_TYPE (CpSupportAction, cp_support_action, CP, SUPPORT_ACTION, CpRecord)

CpSupportAction *cp_support_action_new (gint64 municipality_id);
gint64        cp_support_action_get_municipality_id (CpSupportAction *self);
gint64        cp_support_action_get_partnership_id (CpSupportAction *self);
gint64        cp_support_action_get_person_id (CpSupportAction *self);
const char *  cp_support_action_get_actor (CpSupportAction *self);
CpSupportKind cp_support_action_get_kind (CpSupportAction *self);
const char *  cp_support_action_get_date (CpSupportAction *self);
const char *  cp_support_action_get_description (CpSupportAction *self);
int           cp_support_action_get_attendance (CpSupportAction *self);

G_END_DECLS
