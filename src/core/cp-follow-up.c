/* cp-follow-up.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "cp-enum-types.h"
#include "cp-follow-up.h"
#include "cp-validate.h"

struct _CpFollowUp
{
  CpRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CpFollowUp, cp_follow_up, CP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_VISIT_ID,
  PROP_ACTION,
  PROP_OWNER_ID,
  PROP_DUE_ON,
  PROP_STATUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
cp_follow_up_validate_property (CpRecord    *record,
                               GParamSpec  *pspec,
                               GError     **error)
{
  CpFollowUp *self = CP_FOLLOW_UP (record);

  if (pspec == properties[PROP_ACTION])
    return cp_validate_required (cp_follow_up_get_action (self), _("Say what is to be done."), error);
  if (pspec == properties[PROP_DUE_ON])
    return cp_validate_optional_day (cp_follow_up_get_due_on (self), error);

  return TRUE;
}

static void
cp_follow_up_class_init (CpFollowUpClass *klass)
{
  CpRecordClass *record_class = CP_RECORD_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  record_class->validate_property = cp_follow_up_validate_property;

  properties[PROP_VISIT_ID] = g_param_spec_int64 ("visit-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_ACTION] = g_param_spec_string ("action", NULL, NULL, "", flags);
  properties[PROP_OWNER_ID] = g_param_spec_int64 ("owner-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_DUE_ON] = g_param_spec_string ("due-on", NULL, NULL, "", flags);
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL, CP_TYPE_FOLLOW_UP_STATUS, CP_FOLLOW_UP_STATUS_OPEN, flags);

  cp_record_class_install (record_class, N_PROPS, properties);
}

static void
cp_follow_up_init (CpFollowUp *self)
{
}

CpFollowUp *
cp_follow_up_new (gint64 visit_id)
{
  return g_object_new (CP_TYPE_FOLLOW_UP, "visit-id", visit_id, NULL);
}

#define GETTER(type, field, kind, prop) \
type cp_follow_up_get_##field (CpFollowUp *self) { return cp_record_get_##kind (CP_RECORD (self), prop); }

GETTER (gint64, visit_id, int64, "visit-id")
GETTER (const char *, action, string, "action")
GETTER (gint64, owner_id, int64, "owner-id")
GETTER (const char *, due_on, string, "due-on")
GETTER (CpFollowUpStatus, status, enum, "status")
