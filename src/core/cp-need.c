/* cp-need.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-enum-types.h"
#include "cp-expertise.h"
#include "cp-language.h"
#include "cp-need.h"
#include "cp-partial-date.h"
#include "cp-validate.h"

struct _CpNeed
{
  CpRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CpNeed, cp_need, CP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PARTNERSHIP_ID,
  PROP_REQUESTED_BY_ID,
  PROP_DESCRIPTION,
  PROP_EXPERTISE,
  PROP_LANGUAGES,
  PROP_STARTS_ON,
  PROP_ENDS_ON,
  PROP_LENGTH_DAYS,
  PROP_STATUS,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
cp_need_validate_property (CpRecord    *record,
                            GParamSpec  *pspec,
                            GError     **error)
{
  CpNeed *self = CP_NEED (record);

  if (pspec == properties[PROP_DESCRIPTION])
    return cp_validate_required (cp_need_get_description (self), _("Describe what the partner asks for."), error);
  if (pspec == properties[PROP_EXPERTISE])
    {
      const char * const *expertise = cp_need_get_expertise (self);

      if (expertise == NULL || expertise[0] == NULL)
        {
          g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_REQUIRED,
                               _("Say which expertise is needed: add at least one area."));
          return FALSE;
        }
      return cp_expertise_skills_validate (expertise, error);
    }
  if (pspec == properties[PROP_LANGUAGES])
    return cp_language_skills_validate (cp_need_get_languages (self), error);
  if (pspec == properties[PROP_STARTS_ON])
    return cp_validate_optional_day (cp_need_get_starts_on (self), error);
  if (pspec == properties[PROP_ENDS_ON])
    return cp_validate_optional_day (cp_need_get_ends_on (self), error) &&
           cp_partial_date_check_order (cp_need_get_starts_on (self), cp_need_get_ends_on (self), error);
  if (pspec == properties[PROP_LENGTH_DAYS])
    {
      int length = cp_need_get_length_days (self);
      int period = cp_need_get_period_days (self);

      if (length < 0 || (period > 0 && length > period))
        {
          g_set_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_OUT_OF_RANGE,
                       g_dngettext (GETTEXT_PACKAGE,
                                    "Give a length from 0 to %d day, the length of the period.",
                                    "Give a length from 0 to %d days, the length of the period.", period),
                       period);
          return FALSE;
        }
    }

  return TRUE;
}

static void
cp_need_class_init (CpNeedClass *klass)
{
  CpRecordClass *record_class = CP_RECORD_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  record_class->validate_property = cp_need_validate_property;

  properties[PROP_PARTNERSHIP_ID] = g_param_spec_int64 ("partnership-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_REQUESTED_BY_ID] = g_param_spec_int64 ("requested-by-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, "", flags);
  properties[PROP_EXPERTISE] = g_param_spec_boxed ("expertise", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_LANGUAGES] = g_param_spec_boxed ("languages", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_STARTS_ON] = g_param_spec_string ("starts-on", NULL, NULL, "", flags);
  properties[PROP_ENDS_ON] = g_param_spec_string ("ends-on", NULL, NULL, "", flags);
  properties[PROP_LENGTH_DAYS] = g_param_spec_int ("length-days", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL, CP_TYPE_NEED_STATUS, CP_NEED_STATUS_OPEN, flags);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, "", flags);

  cp_record_class_install (record_class, N_PROPS, properties);
}

static void
cp_need_init (CpNeed *self)
{
}

CpNeed *
cp_need_new (gint64 partnership_id)
{
  return g_object_new (CP_TYPE_NEED, "partnership-id", partnership_id, NULL);
}

int
cp_need_get_period_days (CpNeed *self)
{
  const char *starts = cp_need_get_starts_on (self);
  const char *ends = cp_need_get_ends_on (self);
  GDate a, b;

  if (!cp_partial_date_to_gdate (starts, &a) || !cp_partial_date_to_gdate (ends, &b) ||
      g_date_compare (&a, &b) > 0)
    return 0;
  return g_date_days_between (&a, &b) + 1;
}

#define GETTER(type, field, kind, prop) \
type cp_need_get_##field (CpNeed *self) { return cp_record_get_##kind (CP_RECORD (self), prop); }

GETTER (gint64, partnership_id, int64, "partnership-id")
GETTER (gint64, requested_by_id, int64, "requested-by-id")
GETTER (const char *, description, string, "description")
GETTER (const char * const *, expertise, strv, "expertise")
GETTER (const char * const *, languages, strv, "languages")
GETTER (const char *, starts_on, string, "starts-on")
GETTER (const char *, ends_on, string, "ends-on")
GETTER (int, length_days, int, "length-days")
GETTER (CpNeedStatus, status, enum, "status")
GETTER (const char *, note, string, "note")
