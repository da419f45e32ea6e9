/* cp-timeline-event-form.h: the fields of a timeline event, for CpEditorDialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-context.h"
#include "cp-form.h"

G_BEGIN_DECLS

#define CP_TYPE_TIMELINE_EVENT_FORM (cp_timeline_event_form_get_type ())

G_DECLARE_FINAL_TYPE (CpTimelineEventForm, cp_timeline_event_form, CP, TIMELINE_EVENT_FORM, AdwPreferencesPage)

GtkWidget *cp_timeline_event_form_new (CpForm    *form,
                             CpContext *context);

G_END_DECLS
