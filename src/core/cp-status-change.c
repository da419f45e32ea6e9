/* cp-status-change.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-enum-types.h"
#include "cp-partial-date.h"
#include "cp-status-change.h"
#include "cp-validate.h"

struct _CpStatusChange
{
  CpRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CpStatusChange, cp_status_change, CP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PARTNERSHIP_ID,
  PROP_STATUS,
  PROP_SINCE,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
cp_status_change_validate_property (CpRecord    *record,
                                    GParamSpec  *pspec,
                                    GError     **error)
{
  if (pspec == properties[PROP_SINCE])
    return cp_validate_date (cp_status_change_get_since (CP_STATUS_CHANGE (record)), error);
  return TRUE;
}

static void
cp_status_change_class_init (CpStatusChangeClass *klass)
{
  CpRecordClass *record_class = CP_RECORD_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  record_class->validate_property = cp_status_change_validate_property;

  properties[PROP_PARTNERSHIP_ID] = g_param_spec_int64 ("partnership-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL, CP_TYPE_PARTNERSHIP_STATUS,
                                               CP_PARTNERSHIP_STATUS_ACTIVE, flags);
  properties[PROP_SINCE] = g_param_spec_string ("since", NULL, NULL, "", flags);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, "", flags);

  cp_record_class_install (record_class, N_PROPS, properties);
}

static void
cp_status_change_init (CpStatusChange *self)
{
}

CpStatusChange *
cp_status_change_new (gint64 partnership_id)
{
  return g_object_new (CP_TYPE_STATUS_CHANGE, "partnership-id", partnership_id, NULL);
}

#define GETTER(type, field, kind, prop) \
type cp_status_change_get_##field (CpStatusChange *self) { return cp_record_get_##kind (CP_RECORD (self), prop); }

GETTER (gint64, partnership_id, int64, "partnership-id")
GETTER (CpPartnershipStatus, status, enum, "status")
GETTER (const char *, since, string, "since")
GETTER (const char *, note, string, "note")
