/* cp-support-action.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-support-action.h"
#include "cp-enum-types.h"
#include "cp-validate.h"

struct _CpSupportAction
{
  CpRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CpSupportAction, cp_support_action, CP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_MUNICIPALITY_ID,
  PROP_PARTNERSHIP_ID,
  PROP_PERSON_ID,
  PROP_ACTOR,
  PROP_KIND,
  PROP_DATE,
  PROP_DESCRIPTION,
  PROP_ATTENDANCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
cp_support_action_validate_property (CpRecord    *record,
                                     GParamSpec  *pspec,
                                     GError     **error)
{
  CpSupportAction *self = CP_SUPPORT_ACTION (record);

  if (pspec == properties[PROP_MUNICIPALITY_ID] && cp_record_get_int64 (record, "municipality-id") == 0)
    {
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_REQUIRED,
                           _("Choose the municipality."));
      return FALSE;
    }
  if (pspec == properties[PROP_DATE])
    return cp_validate_date (cp_support_action_get_date (self), error);
  if (pspec == properties[PROP_DESCRIPTION])
    return cp_validate_required (cp_support_action_get_description (self), _("Say what was done, such as “Opened the exhibition on León”."), error);
  return TRUE;
}

static void
cp_support_action_class_init (CpSupportActionClass *klass)
{
  CpRecordClass *record_class = CP_RECORD_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  record_class->validate_property = cp_support_action_validate_property;

  properties[PROP_MUNICIPALITY_ID] = g_param_spec_int64 ("municipality-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PARTNERSHIP_ID] = g_param_spec_int64 ("partnership-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PERSON_ID] = g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_ACTOR] = g_param_spec_string ("actor", NULL, NULL, "", flags);
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, CP_TYPE_SUPPORT_KIND, CP_SUPPORT_KIND_LOBBY_COUNCIL, flags);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, "", flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, "", flags);
  properties[PROP_ATTENDANCE] = g_param_spec_int ("attendance", NULL, NULL, -1, G_MAXINT, -1, flags);

  cp_record_class_install (record_class, N_PROPS, properties);
}

static void
cp_support_action_init (CpSupportAction *self)
{
}

CpSupportAction *
cp_support_action_new (gint64 municipality_id)
{
  return g_object_new (CP_TYPE_SUPPORT_ACTION, "municipality-id", municipality_id, NULL);
}

#define GETTER(type, field, kind, prop) \
type cp_support_action_get_##field (CpSupportAction *self) { return cp_record_get_##kind (CP_RECORD (self), prop); }

GETTER (gint64, municipality_id, int64, "municipality-id")
GETTER (gint64, partnership_id, int64, "partnership-id")
GETTER (gint64, person_id, int64, "person-id")
GETTER (const char *, actor, string, "actor")
GETTER (CpSupportKind, kind, enum, "kind")
GETTER (const char *, date, string, "date")
GETTER (const char *, description, string, "description")
GETTER (int, attendance, int, "attendance")
