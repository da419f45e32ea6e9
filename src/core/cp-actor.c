/* cp-actor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-actor.h"
#include "cp-enum-types.h"
#include "cp-validate.h"

struct _CpActor
{
  CpRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CpActor, cp_actor, CP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PARTNERSHIP_ID,
  PROP_NAME,
  PROP_CATEGORY,
  PROP_ROLE,
  PROP_MUNICIPALITY_ID,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
cp_actor_validate_property (CpRecord    *record,
                            GParamSpec  *pspec,
                            GError     **error)
{
  if (pspec == properties[PROP_NAME])
    return cp_validate_required (cp_actor_get_name (CP_ACTOR (record)),
                                 _("Enter the organisation’s name."), error);
  return TRUE;
}

static void
cp_actor_class_init (CpActorClass *klass)
{
  CpRecordClass *record_class = CP_RECORD_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  record_class->validate_property = cp_actor_validate_property;

  properties[PROP_PARTNERSHIP_ID] = g_param_spec_int64 ("partnership-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_CATEGORY] = g_param_spec_enum ("category", NULL, NULL, CP_TYPE_ACTOR_CATEGORY,
                                                 CP_ACTOR_CATEGORY_LOCAL_ADMINISTRATION, flags);
  properties[PROP_ROLE] = g_param_spec_enum ("role", NULL, NULL, CP_TYPE_ACTOR_ROLE,
                                             CP_ACTOR_ROLE_PROJECT_PARTNER, flags);
  properties[PROP_MUNICIPALITY_ID] = g_param_spec_int64 ("municipality-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, "", flags);

  cp_record_class_install (record_class, N_PROPS, properties);
}

static void
cp_actor_init (CpActor *self)
{
}

CpActor *
cp_actor_new (gint64 partnership_id)
{
  return g_object_new (CP_TYPE_ACTOR, "partnership-id", partnership_id, NULL);
}

#define GETTER(type, field, kind, prop) \
type cp_actor_get_##field (CpActor *self) { return cp_record_get_##kind (CP_RECORD (self), prop); }

GETTER (gint64, partnership_id, int64, "partnership-id")
GETTER (const char *, name, string, "name")
GETTER (CpActorCategory, category, enum, "category")
GETTER (CpActorRole, role, enum, "role")
GETTER (gint64, municipality_id, int64, "municipality-id")
GETTER (const char *, note, string, "note")
