/* cp-timeline-event.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-partial-date.h"
#include "cp-timeline-event.h"
#include "cp-validate.h"

struct _CpTimelineEvent
{
  CpRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CpTimelineEvent, cp_timeline_event, CP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PARTNERSHIP_ID,
  PROP_DATE,
  PROP_TITLE,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
cp_timeline_event_validate_property (CpRecord    *record,
                                     GParamSpec  *pspec,
                                     GError     **error)
{
  CpTimelineEvent *self = CP_TIMELINE_EVENT (record);

  if (pspec == properties[PROP_TITLE])
    return cp_validate_required (cp_timeline_event_get_title (self), _("Say what happened."), error);

  if (pspec == properties[PROP_DATE])
    return cp_validate_date (cp_timeline_event_get_date (self), error);

  return TRUE;
}

static void
cp_timeline_event_class_init (CpTimelineEventClass *klass)
{
  CpRecordClass *record_class = CP_RECORD_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  record_class->validate_property = cp_timeline_event_validate_property;

  properties[PROP_PARTNERSHIP_ID] = g_param_spec_int64 ("partnership-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, "", flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", flags);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, "", flags);

  cp_record_class_install (record_class, N_PROPS, properties);
}

static void
cp_timeline_event_init (CpTimelineEvent *self)
{
}

CpTimelineEvent *
cp_timeline_event_new (gint64 partnership_id)
{
  return g_object_new (CP_TYPE_TIMELINE_EVENT, "partnership-id", partnership_id, NULL);
}

#define GETTER(type, field, kind, prop) \
type cp_timeline_event_get_##field (CpTimelineEvent *self) { return cp_record_get_##kind (CP_RECORD (self), prop); }

GETTER (gint64, partnership_id, int64, "partnership-id")
GETTER (const char *, date, string, "date")
GETTER (const char *, title, string, "title")
GETTER (const char *, note, string, "note")
