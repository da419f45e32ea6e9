/* cp-learning-entry.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "cp-enum-types.h"
#include "cp-learning-entry.h"
#include "cp-validate.h"

struct _CpLearningEntry
{
  CpRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CpLearningEntry, cp_learning_entry, CP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_VISIT_ID,
  PROP_PERSON_ID,
  PROP_LEVEL,
  PROP_LEARNT,
  PROP_SHARED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
cp_learning_entry_validate_property (CpRecord    *record,
                                    GParamSpec  *pspec,
                                    GError     **error)
{
  CpLearningEntry *self = CP_LEARNING_ENTRY (record);

  if (pspec == properties[PROP_PERSON_ID] && cp_learning_entry_get_person_id (self) == 0)
    {
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_REQUIRED, _("Choose who learnt it."));
      return FALSE;
    }
  if (pspec == properties[PROP_LEARNT])
    return cp_validate_required (cp_learning_entry_get_learnt (self), _("Say what was learnt."), error);

  return TRUE;
}

static void
cp_learning_entry_class_init (CpLearningEntryClass *klass)
{
  CpRecordClass *record_class = CP_RECORD_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  record_class->validate_property = cp_learning_entry_validate_property;

  properties[PROP_VISIT_ID] = g_param_spec_int64 ("visit-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PERSON_ID] = g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_LEVEL] = g_param_spec_enum ("level", NULL, NULL, CP_TYPE_LEARNING_LEVEL, CP_LEARNING_LEVEL_PROFESSIONAL, flags);
  properties[PROP_LEARNT] = g_param_spec_string ("learnt", NULL, NULL, "", flags);
  properties[PROP_SHARED] = g_param_spec_string ("shared", NULL, NULL, "", flags);

  cp_record_class_install (record_class, N_PROPS, properties);
}

static void
cp_learning_entry_init (CpLearningEntry *self)
{
}

CpLearningEntry *
cp_learning_entry_new (gint64 visit_id)
{
  return g_object_new (CP_TYPE_LEARNING_ENTRY, "visit-id", visit_id, NULL);
}

#define GETTER(type, field, kind, prop) \
type cp_learning_entry_get_##field (CpLearningEntry *self) { return cp_record_get_##kind (CP_RECORD (self), prop); }

GETTER (gint64, visit_id, int64, "visit-id")
GETTER (gint64, person_id, int64, "person-id")
GETTER (CpLearningLevel, level, enum, "level")
GETTER (const char *, learnt, string, "learnt")
GETTER (const char *, shared, string, "shared")
