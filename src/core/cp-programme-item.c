/* cp-programme-item.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "cp-enum-types.h"
#include "cp-language.h"
#include "cp-programme-item.h"
#include "cp-validate.h"

struct _CpProgrammeItem
{
  CpRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CpProgrammeItem, cp_programme_item, CP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_VISIT_ID,
  PROP_DATE,
  PROP_STARTS_AT,
  PROP_ENDS_AT,
  PROP_PLACE,
  PROP_ACTIVITY,
  PROP_CONTACT,
  PROP_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
cp_programme_item_validate_property (CpRecord    *record,
                                    GParamSpec  *pspec,
                                    GError     **error)
{
  CpProgrammeItem *self = CP_PROGRAMME_ITEM (record);

  if (pspec == properties[PROP_DATE])
    return cp_validate_day (cp_programme_item_get_date (self), error);
  if (pspec == properties[PROP_STARTS_AT])
    return cp_validate_optional_time (cp_programme_item_get_starts_at (self), error);
  if (pspec == properties[PROP_ENDS_AT])
    {
      const char *starts = cp_programme_item_get_starts_at (self);
      const char *ends = cp_programme_item_get_ends_at (self);

      if (!cp_validate_optional_time (ends, error))
        return FALSE;
      if (*starts != '\0' && *ends != '\0' && strcmp (ends, starts) < 0)
        {
          g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_ORDER,
                               _("The item ends before it starts."));
          return FALSE;
        }
    }
  if (pspec == properties[PROP_ACTIVITY])
    return cp_validate_required (cp_programme_item_get_activity (self), _("Say what happens."), error);
  if (pspec == properties[PROP_LANGUAGE])
    {
      const char *language = cp_programme_item_get_language (self);

      if (*language != '\0' && !cp_language_is_known (language))
        {
          g_set_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_UNKNOWN_CODE,
                       _("“%s” is not an ISO 639-1 language code, such as es or nl."), language);
          return FALSE;
        }
    }

  return TRUE;
}

static void
cp_programme_item_class_init (CpProgrammeItemClass *klass)
{
  CpRecordClass *record_class = CP_RECORD_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  record_class->validate_property = cp_programme_item_validate_property;

  properties[PROP_VISIT_ID] = g_param_spec_int64 ("visit-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, "", flags);
  properties[PROP_STARTS_AT] = g_param_spec_string ("starts-at", NULL, NULL, "", flags);
  properties[PROP_ENDS_AT] = g_param_spec_string ("ends-at", NULL, NULL, "", flags);
  properties[PROP_PLACE] = g_param_spec_string ("place", NULL, NULL, "", flags);
  properties[PROP_ACTIVITY] = g_param_spec_string ("activity", NULL, NULL, "", flags);
  properties[PROP_CONTACT] = g_param_spec_string ("contact", NULL, NULL, "", flags);
  properties[PROP_LANGUAGE] = g_param_spec_string ("language", NULL, NULL, "", flags);

  cp_record_class_install (record_class, N_PROPS, properties);
}

static void
cp_programme_item_init (CpProgrammeItem *self)
{
}

CpProgrammeItem *
cp_programme_item_new (gint64 visit_id)
{
  return g_object_new (CP_TYPE_PROGRAMME_ITEM, "visit-id", visit_id, NULL);
}

#define GETTER(type, field, kind, prop) \
type cp_programme_item_get_##field (CpProgrammeItem *self) { return cp_record_get_##kind (CP_RECORD (self), prop); }

GETTER (gint64, visit_id, int64, "visit-id")
GETTER (const char *, date, string, "date")
GETTER (const char *, starts_at, string, "starts-at")
GETTER (const char *, ends_at, string, "ends-at")
GETTER (const char *, place, string, "place")
GETTER (const char *, activity, string, "activity")
GETTER (const char *, contact, string, "contact")
GETTER (const char *, language, string, "language")
