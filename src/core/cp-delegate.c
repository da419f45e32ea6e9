/* cp-delegate.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "cp-delegate.h"
#include "cp-enum-types.h"
#include "cp-validate.h"

struct _CpDelegate
{
  CpRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CpDelegate, cp_delegate, CP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_VISIT_ID,
  PROP_PERSON_ID,
  PROP_ROLE,
  PROP_RATIONALE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
cp_delegate_validate_property (CpRecord    *record,
                              GParamSpec  *pspec,
                              GError     **error)
{
  CpDelegate *self = CP_DELEGATE (record);

  if (pspec == properties[PROP_PERSON_ID] && cp_delegate_get_person_id (self) == 0)
    {
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_REQUIRED, _("Choose the member of the delegation."));
      return FALSE;
    }

  return TRUE;
}

static void
cp_delegate_class_init (CpDelegateClass *klass)
{
  CpRecordClass *record_class = CP_RECORD_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  record_class->validate_property = cp_delegate_validate_property;

  properties[PROP_VISIT_ID] = g_param_spec_int64 ("visit-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PERSON_ID] = g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_ROLE] = g_param_spec_enum ("role", NULL, NULL, CP_TYPE_DELEGATE_ROLE, CP_DELEGATE_ROLE_EXPERT, flags);
  properties[PROP_RATIONALE] = g_param_spec_string ("rationale", NULL, NULL, "", flags);

  cp_record_class_install (record_class, N_PROPS, properties);
}

static void
cp_delegate_init (CpDelegate *self)
{
}

CpDelegate *
cp_delegate_new (gint64 visit_id)
{
  return g_object_new (CP_TYPE_DELEGATE, "visit-id", visit_id, NULL);
}

#define GETTER(type, field, kind, prop) \
type cp_delegate_get_##field (CpDelegate *self) { return cp_record_get_##kind (CP_RECORD (self), prop); }

GETTER (gint64, visit_id, int64, "visit-id")
GETTER (gint64, person_id, int64, "person-id")
GETTER (CpDelegateRole, role, enum, "role")
GETTER (const char *, rationale, string, "rationale")
