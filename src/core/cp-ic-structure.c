/* cp-ic-structure.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-ic-structure.h"
#include "cp-enum-types.h"
#include "cp-validate.h"

struct _CpIcStructure
{
  CpRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CpIcStructure, cp_ic_structure, CP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_MUNICIPALITY_ID,
  PROP_YEAR,
  PROP_UNIT_TYPE,
  PROP_UNIT_NAME,
  PROP_UNIT_SINCE,
  PROP_STAFF,
  PROP_HOURS_PER_WEEK,
  PROP_EU_ONLY,
  PROP_IC_POLICY,
  PROP_FRAMEWORK,
  PROP_PLAN_NAME,
  PROP_PLAN_AUTHORITY,
  PROP_PLAN_PRESENTED,
  PROP_SISTER_CITIES,
  PROP_MEETINGS_HELD,
  PROP_MEETINGS_CANCELLED,
  PROP_POLITICAL_REPRESENTATIVE,
  PROP_ALL_PARTIES_SUPPORT,
  PROP_CRISIS,
  PROP_ARCHIVE_EXISTS,
  PROP_LIAISON_TURNOVER,
  PROP_CCSE_PRESENT,
  PROP_ADMIN_CCSE_LINK,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
cp_ic_structure_validate_property (CpRecord    *record,
                                   GParamSpec  *pspec,
                                   GError     **error)
{
  CpIcStructure *self = CP_IC_STRUCTURE (record);

  if (pspec == properties[PROP_MUNICIPALITY_ID] && cp_record_get_int64 (record, "municipality-id") == 0)
    {
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_REQUIRED,
                           _("Choose the municipality."));
      return FALSE;
    }
  if (pspec == properties[PROP_YEAR] &&
      (cp_ic_structure_get_year (self) < 1900 || cp_ic_structure_get_year (self) > 2200))
    {
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_OUT_OF_RANGE,
                           _("Enter a year such as 2007."));
      return FALSE;
    }
  if (pspec == properties[PROP_UNIT_SINCE])
    return cp_validate_optional_date (cp_ic_structure_get_unit_since (self), error);
  if (pspec == properties[PROP_HOURS_PER_WEEK] && cp_ic_structure_get_hours_per_week (self) > 168)
    {
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_OUT_OF_RANGE,
                           _("A week has 168 hours; enter the hours spent on international cooperation."));
      return FALSE;
    }
  if (pspec == properties[PROP_MEETINGS_CANCELLED] && cp_ic_structure_get_meetings_cancelled (self) > 0 &&
      cp_ic_structure_get_meetings_held (self) < 0)
    {
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_REQUIRED,
                           _("Enter the meetings held as well, so that the cancelled ones can be compared with them."));
      return FALSE;
    }
  return TRUE;
}

static void
cp_ic_structure_class_init (CpIcStructureClass *klass)
{
  CpRecordClass *record_class = CP_RECORD_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  record_class->validate_property = cp_ic_structure_validate_property;

  properties[PROP_MUNICIPALITY_ID] = g_param_spec_int64 ("municipality-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_YEAR] = g_param_spec_int ("year", NULL, NULL, 0, 9999, 0, flags);
  properties[PROP_UNIT_TYPE] = g_param_spec_enum ("unit-type", NULL, NULL, CP_TYPE_IC_UNIT_TYPE, CP_IC_UNIT_TYPE_NONE, flags);
  properties[PROP_UNIT_NAME] = g_param_spec_string ("unit-name", NULL, NULL, "", flags);
  properties[PROP_UNIT_SINCE] = g_param_spec_string ("unit-since", NULL, NULL, "", flags);
  properties[PROP_STAFF] = g_param_spec_int ("staff", NULL, NULL, -1, G_MAXINT, -1, flags);
  properties[PROP_HOURS_PER_WEEK] = g_param_spec_int ("hours-per-week", NULL, NULL, -1, G_MAXINT, -1, flags);
  properties[PROP_EU_ONLY] = g_param_spec_int ("eu-only", NULL, NULL, -1, 1, -1, flags);
  properties[PROP_IC_POLICY] = g_param_spec_int ("ic-policy", NULL, NULL, -1, 1, -1, flags);
  properties[PROP_FRAMEWORK] = g_param_spec_string ("framework", NULL, NULL, "", flags);
  properties[PROP_PLAN_NAME] = g_param_spec_string ("plan-name", NULL, NULL, "", flags);
  properties[PROP_PLAN_AUTHORITY] = g_param_spec_enum ("plan-authority", NULL, NULL, CP_TYPE_PLAN_AUTHORITY, CP_PLAN_AUTHORITY_UNKNOWN, flags);
  properties[PROP_PLAN_PRESENTED] = g_param_spec_int ("plan-presented", NULL, NULL, -1, 1, -1, flags);
  properties[PROP_SISTER_CITIES] = g_param_spec_int ("sister-cities", NULL, NULL, -1, G_MAXINT, -1, flags);
  properties[PROP_MEETINGS_HELD] = g_param_spec_int ("meetings-held", NULL, NULL, -1, G_MAXINT, -1, flags);
  properties[PROP_MEETINGS_CANCELLED] = g_param_spec_int ("meetings-cancelled", NULL, NULL, -1, G_MAXINT, -1, flags);
  properties[PROP_POLITICAL_REPRESENTATIVE] = g_param_spec_int ("political-representative", NULL, NULL, -1, 1, -1, flags);
  properties[PROP_ALL_PARTIES_SUPPORT] = g_param_spec_int ("all-parties-support", NULL, NULL, -1, 1, -1, flags);
  properties[PROP_CRISIS] = g_param_spec_int ("crisis", NULL, NULL, -1, 1, -1, flags);
  properties[PROP_ARCHIVE_EXISTS] = g_param_spec_int ("archive-exists", NULL, NULL, -1, 1, -1, flags);
  properties[PROP_LIAISON_TURNOVER] = g_param_spec_int ("liaison-turnover", NULL, NULL, -1, G_MAXINT, -1, flags);
  properties[PROP_CCSE_PRESENT] = g_param_spec_int ("ccse-present", NULL, NULL, -1, 1, -1, flags);
  properties[PROP_ADMIN_CCSE_LINK] = g_param_spec_int ("admin-ccse-link", NULL, NULL, -1, 1, -1, flags);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, "", flags);

  cp_record_class_install (record_class, N_PROPS, properties);
}

static void
cp_ic_structure_init (CpIcStructure *self)
{
}

CpIcStructure *
cp_ic_structure_new (gint64 municipality_id, int year)
{
  return g_object_new (CP_TYPE_IC_STRUCTURE, "municipality-id", municipality_id, "year", year, NULL);
}

#define GETTER(type, field, kind, prop) \
type cp_ic_structure_get_##field (CpIcStructure *self) { return cp_record_get_##kind (CP_RECORD (self), prop); }

GETTER (gint64, municipality_id, int64, "municipality-id")
GETTER (int, year, int, "year")
GETTER (CpIcUnitType, unit_type, enum, "unit-type")
GETTER (const char *, unit_name, string, "unit-name")
GETTER (const char *, unit_since, string, "unit-since")
GETTER (int, staff, int, "staff")
GETTER (int, hours_per_week, int, "hours-per-week")
GETTER (int, eu_only, int, "eu-only")
GETTER (int, ic_policy, int, "ic-policy")
GETTER (const char *, framework, string, "framework")
GETTER (const char *, plan_name, string, "plan-name")
GETTER (CpPlanAuthority, plan_authority, enum, "plan-authority")
GETTER (int, plan_presented, int, "plan-presented")
GETTER (int, sister_cities, int, "sister-cities")
GETTER (int, meetings_held, int, "meetings-held")
GETTER (int, meetings_cancelled, int, "meetings-cancelled")
GETTER (int, political_representative, int, "political-representative")
GETTER (int, all_parties_support, int, "all-parties-support")
GETTER (int, crisis, int, "crisis")
GETTER (int, archive_exists, int, "archive-exists")
GETTER (int, liaison_turnover, int, "liaison-turnover")
GETTER (int, ccse_present, int, "ccse-present")
GETTER (int, admin_ccse_link, int, "admin-ccse-link")
GETTER (const char *, note, string, "note")
