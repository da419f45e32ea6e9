/* cp-timeline-event.h: a milestone in a partnership's history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cp-record.h"

G_BEGIN_DECLS

#define CP_TYPE_TIMELINE_EVENT (cp_timeline_event_get_type ())

G_DECLARE_FINAL_TYPE (CpTimelineEvent, cp_timeline_event, CP, TIMELINE_EVENT, CpRecord)

CpTimelineEvent *cp_timeline_event_new                (gint64           partnership_id);
gint64           cp_timeline_event_get_partnership_id (CpTimelineEvent *self);
const char      *cp_timeline_event_get_date           (CpTimelineEvent *self);
const char      *cp_timeline_event_get_title          (CpTimelineEvent *self);
const char      *cp_timeline_event_get_note           (CpTimelineEvent *self);

G_END_DECLS
