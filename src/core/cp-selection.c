/* cp-selection.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-enum-types.h"
#include "cp-selection.h"
#include "cp-validate.h"

struct _CpSelection
{
  CpRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CpSelection, cp_selection, CP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NEED_ID,
  PROP_PERSON_ID,
  PROP_RATIONALE,
  PROP_NOTES,
  PROP_DECIDED_ON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
cp_selection_validate_property (CpRecord    *record,
                                 GParamSpec  *pspec,
                                 GError     **error)
{
  CpSelection *self = CP_SELECTION (record);

  if (pspec == properties[PROP_PERSON_ID] && cp_selection_get_person_id (self) == 0)
    {
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_REQUIRED,
                           _("Choose the person who was selected."));
      return FALSE;
    }
  if (pspec == properties[PROP_RATIONALE])
    return cp_validate_required (cp_selection_get_rationale (self), _("Say why this person was chosen."), error);
  if (pspec == properties[PROP_DECIDED_ON])
    return cp_validate_optional_date (cp_selection_get_decided_on (self), error);

  return TRUE;
}

static void
cp_selection_class_init (CpSelectionClass *klass)
{
  CpRecordClass *record_class = CP_RECORD_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  record_class->validate_property = cp_selection_validate_property;

  properties[PROP_NEED_ID] = g_param_spec_int64 ("need-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PERSON_ID] = g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_RATIONALE] = g_param_spec_string ("rationale", NULL, NULL, "", flags);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", flags);
  properties[PROP_DECIDED_ON] = g_param_spec_string ("decided-on", NULL, NULL, "", flags);

  cp_record_class_install (record_class, N_PROPS, properties);
}

static void
cp_selection_init (CpSelection *self)
{
}

CpSelection *
cp_selection_new (gint64 need_id)
{
  return g_object_new (CP_TYPE_SELECTION, "need-id", need_id, NULL);
}

#define GETTER(type, field, kind, prop) \
type cp_selection_get_##field (CpSelection *self) { return cp_record_get_##kind (CP_RECORD (self), prop); }

GETTER (gint64, need_id, int64, "need-id")
GETTER (gint64, person_id, int64, "person-id")
GETTER (const char *, rationale, string, "rationale")
GETTER (const char *, notes, string, "notes")
GETTER (const char *, decided_on, string, "decided-on")
