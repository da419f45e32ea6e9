/* cp-consultation-structure.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-consultation-structure.h"
#include "cp-enum-types.h"
#include "cp-person.h"
#include "cp-validate.h"

struct _CpConsultationStructure
{
  CpRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CpConsultationStructure, cp_consultation_structure, CP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PARTNERSHIP_ID,
  PROP_NAME,
  PROP_PURPOSE,
  PROP_MEETINGS_HELD,
  PROP_MEETINGS_CANCELLED,
  PROP_NOTE,
  PROP_MEMBERS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
cp_consultation_structure_validate_property (CpRecord    *record,
                                              GParamSpec  *pspec,
                                              GError     **error)
{
  CpConsultationStructure *self = CP_CONSULTATION_STRUCTURE (record);

  if (pspec == properties[PROP_NAME])
    return cp_validate_required (cp_consultation_structure_get_name (self), _("Name the working group."), error);
  if ((pspec == properties[PROP_MEETINGS_HELD] && cp_consultation_structure_get_meetings_held (self) < 0) ||
      (pspec == properties[PROP_MEETINGS_CANCELLED] && cp_consultation_structure_get_meetings_cancelled (self) < 0))
    {
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_OUT_OF_RANGE,
                           _("A number of meetings cannot be below zero."));
      return FALSE;
    }

  return TRUE;
}

static void
cp_consultation_structure_class_init (CpConsultationStructureClass *klass)
{
  CpRecordClass *record_class = CP_RECORD_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  record_class->validate_property = cp_consultation_structure_validate_property;

  properties[PROP_PARTNERSHIP_ID] = g_param_spec_int64 ("partnership-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_PURPOSE] = g_param_spec_string ("purpose", NULL, NULL, "", flags);
  properties[PROP_MEETINGS_HELD] = g_param_spec_int ("meetings-held", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_MEETINGS_CANCELLED] = g_param_spec_int ("meetings-cancelled", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, "", flags);
  /* An array of CpPerson, in order. */
  properties[PROP_MEMBERS] = g_param_spec_boxed ("members", NULL, NULL, G_TYPE_PTR_ARRAY, flags);

  cp_record_class_install (record_class, N_PROPS, properties);
}

static void
cp_consultation_structure_init (CpConsultationStructure *self)
{
}

CpConsultationStructure *
cp_consultation_structure_new (gint64 partnership_id)
{
  return g_object_new (CP_TYPE_CONSULTATION_STRUCTURE, "partnership-id", partnership_id, NULL);
}

GPtrArray *
cp_consultation_structure_get_members (CpConsultationStructure *self)
{
  g_return_val_if_fail (CP_IS_CONSULTATION_STRUCTURE (self), NULL);

  return g_value_get_boxed (cp_record_peek_value (CP_RECORD (self), properties[PROP_MEMBERS]));
}

/* The members' departments, each once, in the members' order. */
GStrv
cp_consultation_structure_dup_departments (CpConsultationStructure *self)
{
  GPtrArray *members = cp_consultation_structure_get_members (self);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; members != NULL && i < members->len; i++)
    {
      const char *department = cp_person_get_department (g_ptr_array_index (members, i));

      if (*department != '\0' && g_hash_table_add (seen, (char *) department))
        g_strv_builder_add (builder, department);
    }
  return g_strv_builder_end (builder);
}

#define GETTER(type, field, kind, prop) \
type cp_consultation_structure_get_##field (CpConsultationStructure *self) { return cp_record_get_##kind (CP_RECORD (self), prop); }

GETTER (gint64, partnership_id, int64, "partnership-id")
GETTER (const char *, name, string, "name")
GETTER (const char *, purpose, string, "purpose")
GETTER (int, meetings_held, int, "meetings-held")
GETTER (int, meetings_cancelled, int, "meetings-cancelled")
GETTER (const char *, note, string, "note")
