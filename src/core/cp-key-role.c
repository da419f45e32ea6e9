/* cp-key-role.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "cp-enum-types.h"
#include "cp-key-role.h"
#include "cp-partial-date.h"
#include "cp-validate.h"

struct _CpKeyRole
{
  CpRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CpKeyRole, cp_key_role, CP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PARTNERSHIP_ID,
  PROP_PERSON_ID,
  PROP_ROLE,
  PROP_STARTS_ON,
  PROP_ENDS_ON,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
cp_key_role_validate_property (CpRecord    *record,
                                GParamSpec  *pspec,
                                GError     **error)
{
  CpKeyRole *self = CP_KEY_ROLE (record);

  if (pspec == properties[PROP_PERSON_ID] && cp_key_role_get_person_id (self) == 0)
    {
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_REQUIRED,
                           _("Choose who holds the role."));
      return FALSE;
    }
  if (pspec == properties[PROP_STARTS_ON])
    return cp_validate_optional_date (cp_key_role_get_starts_on (self), error);
  if (pspec == properties[PROP_ENDS_ON])
    return cp_validate_optional_date (cp_key_role_get_ends_on (self), error) &&
           cp_partial_date_check_order (cp_key_role_get_starts_on (self), cp_key_role_get_ends_on (self), error);

  return TRUE;
}

static void
cp_key_role_class_init (CpKeyRoleClass *klass)
{
  CpRecordClass *record_class = CP_RECORD_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  record_class->validate_property = cp_key_role_validate_property;

  properties[PROP_PARTNERSHIP_ID] = g_param_spec_int64 ("partnership-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PERSON_ID] = g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_ROLE] = g_param_spec_enum ("role", NULL, NULL, CP_TYPE_KEY_ROLE_KIND, CP_KEY_ROLE_KIND_COORDINATOR, flags);
  properties[PROP_STARTS_ON] = g_param_spec_string ("starts-on", NULL, NULL, "", flags);
  properties[PROP_ENDS_ON] = g_param_spec_string ("ends-on", NULL, NULL, "", flags);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, "", flags);

  cp_record_class_install (record_class, N_PROPS, properties);
}

static void
cp_key_role_init (CpKeyRole *self)
{
}

CpKeyRole *
cp_key_role_new (gint64 partnership_id)
{
  return g_object_new (CP_TYPE_KEY_ROLE, "partnership-id", partnership_id, NULL);
}

gboolean
cp_key_role_is_current (CpKeyRole  *self,
                        const char *today)
{
  const char *starts = cp_key_role_get_starts_on (self);
  const char *ends = cp_key_role_get_ends_on (self);

  return (*starts == '\0' || cp_partial_date_compare (starts, today) <= 0) &&
         (*ends == '\0' || cp_partial_date_compare (ends, today) >= 0);
}

#define GETTER(type, field, kind, prop) \
type cp_key_role_get_##field (CpKeyRole *self) { return cp_record_get_##kind (CP_RECORD (self), prop); }

GETTER (gint64, partnership_id, int64, "partnership-id")
GETTER (gint64, person_id, int64, "person-id")
GETTER (CpKeyRoleKind, role, enum, "role")
GETTER (const char *, starts_on, string, "starts-on")
GETTER (const char *, ends_on, string, "ends-on")
GETTER (const char *, note, string, "note")

void
cp_key_role_assess (GListModel     *roles,
                    const char     *today,
                    CpRoleCoverage *coverage)
{
  g_autoptr(GHashTable) holders = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  g_return_if_fail (coverage != NULL);

  memset (coverage, 0, sizeof *coverage);
  for (guint i = 0; roles != NULL && i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(CpKeyRole) role = g_list_model_get_item (roles, i);
      gint64 *person = g_new (gint64, 1);

      if (!cp_key_role_is_current (role, today))
        {
          g_free (person);
          continue;
        }
      if (cp_key_role_get_role (role) == CP_KEY_ROLE_KIND_POLITICAL)
        coverage->political = TRUE;
      if (cp_key_role_get_role (role) == CP_KEY_ROLE_KIND_COORDINATOR)
        coverage->coordinator = TRUE;
      *person = cp_key_role_get_person_id (role);
      g_hash_table_add (holders, person);
    }

  coverage->n_holders = g_hash_table_size (holders);
  if (coverage->n_holders == 1)
    {
      GHashTableIter iter;
      gpointer key;

      g_hash_table_iter_init (&iter, holders);
      g_hash_table_iter_next (&iter, &key, NULL);
      coverage->sole_holder_id = *(gint64 *) key;
    }
}
