/* cp-condition-assessment.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-condition-assessment.h"
#include "cp-enum-types.h"
#include "cp-validate.h"

struct _CpConditionAssessment
{
  CpRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CpConditionAssessment, cp_condition_assessment, CP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_MUNICIPALITY_ID,
  PROP_PARTNERSHIP_ID,
  PROP_YEAR,
  PROP_CONDITION,
  PROP_LEVEL,
  PROP_RATIONALE,
  PROP_ASSESSED_ON,
  PROP_ASSESSOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
cp_condition_assessment_validate_property (CpRecord    *record,
                                           GParamSpec  *pspec,
                                           GError     **error)
{
  CpConditionAssessment *self = CP_CONDITION_ASSESSMENT (record);

  if (pspec == properties[PROP_MUNICIPALITY_ID] && cp_record_get_int64 (record, "municipality-id") == 0)
    {
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_REQUIRED,
                           _("Choose the municipality."));
      return FALSE;
    }
  if (pspec == properties[PROP_YEAR] &&
      (cp_condition_assessment_get_year (self) < 1900 || cp_condition_assessment_get_year (self) > 2200))
    {
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_OUT_OF_RANGE,
                           _("Enter a year such as 2007."));
      return FALSE;
    }
  if (pspec == properties[PROP_RATIONALE])
    return cp_validate_required (cp_condition_assessment_get_rationale (self),
                                 _("Say why: the assessment stands beside the computed level, with its reasons."), error);
  if (pspec == properties[PROP_ASSESSED_ON])
    return cp_validate_optional_day (cp_condition_assessment_get_assessed_on (self), error);
  return TRUE;
}

static void
cp_condition_assessment_class_init (CpConditionAssessmentClass *klass)
{
  CpRecordClass *record_class = CP_RECORD_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  record_class->validate_property = cp_condition_assessment_validate_property;

  properties[PROP_MUNICIPALITY_ID] = g_param_spec_int64 ("municipality-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PARTNERSHIP_ID] = g_param_spec_int64 ("partnership-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_YEAR] = g_param_spec_int ("year", NULL, NULL, 0, 9999, 0, flags);
  properties[PROP_CONDITION] = g_param_spec_enum ("condition", NULL, NULL, CP_TYPE_CONDITION, CP_CONDITION_POLITICAL_EMBEDDING, flags);
  properties[PROP_LEVEL] = g_param_spec_enum ("level", NULL, NULL, CP_TYPE_CONDITION_LEVEL, CP_CONDITION_LEVEL_UNKNOWN, flags);
  properties[PROP_RATIONALE] = g_param_spec_string ("rationale", NULL, NULL, "", flags);
  properties[PROP_ASSESSED_ON] = g_param_spec_string ("assessed-on", NULL, NULL, "", flags);
  properties[PROP_ASSESSOR] = g_param_spec_string ("assessor", NULL, NULL, "", flags);

  cp_record_class_install (record_class, N_PROPS, properties);
}

static void
cp_condition_assessment_init (CpConditionAssessment *self)
{
}

CpConditionAssessment *
cp_condition_assessment_new (gint64 municipality_id)
{
  return g_object_new (CP_TYPE_CONDITION_ASSESSMENT, "municipality-id", municipality_id, NULL);
}

#define GETTER(type, field, kind, prop) \
type cp_condition_assessment_get_##field (CpConditionAssessment *self) { return cp_record_get_##kind (CP_RECORD (self), prop); }

GETTER (gint64, municipality_id, int64, "municipality-id")
GETTER (gint64, partnership_id, int64, "partnership-id")
GETTER (int, year, int, "year")
GETTER (CpCondition, condition, enum, "condition")
GETTER (CpConditionLevel, level, enum, "level")
GETTER (const char *, rationale, string, "rationale")
GETTER (const char *, assessed_on, string, "assessed-on")
GETTER (const char *, assessor, string, "assessor")
