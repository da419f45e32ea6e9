/* cp-need.h: what a partner asks for: expertise, languages, a period
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cp-enums.h"
#include "cp-record.h"

G_BEGIN_DECLS

#define CP_TYPE_NEED (cp_need_get_type ())

G_DECLARE_FINAL_TYPE (CpNeed, cp_need, CP, NEED, CpRecord)

CpNeed *cp_need_new (gint64 partnership_id);
gint64 cp_need_get_partnership_id (CpNeed *self);
gint64 cp_need_get_requested_by_id (CpNeed *self);
const char * cp_need_get_description (CpNeed *self);
const char * const * cp_need_get_expertise (CpNeed *self);
const char * const * cp_need_get_languages (CpNeed *self);
const char * cp_need_get_starts_on (CpNeed *self);
const char * cp_need_get_ends_on (CpNeed *self);
int cp_need_get_length_days (CpNeed *self);
CpNeedStatus cp_need_get_status (CpNeed *self);
const char * cp_need_get_note (CpNeed *self);
/* Days from the start to the end of the period, both counted; 0 without one. */
int cp_need_get_period_days (CpNeed *self);

G_END_DECLS
