/* cp-project.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-project.h"
#include "cp-enum-types.h"
#include "cp-iati-codes.h"
#include "cp-validate.h"
#include "cp-partial-date.h"

struct _CpProject
{
  CpRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CpProject, cp_project, CP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PARTNERSHIP_ID,
  PROP_TITLE,
  PROP_THEME,
  PROP_STARTS_ON,
  PROP_ENDS_ON,
  PROP_PLAN_LINE_ID,
  PROP_INITIATOR,
  PROP_REPORT_DUE_ON,
  PROP_REPORT_DELIVERED,
  PROP_NOTE,
  PROP_STATUS,
  PROP_DAC_SECTOR,
  PROP_SDG_GOALS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
cp_project_validate_property (CpRecord    *record,
                              GParamSpec  *pspec,
                              GError     **error)
{
  CpProject *self = CP_PROJECT (record);

  if (pspec == properties[PROP_PARTNERSHIP_ID] && cp_project_get_partnership_id (self) == 0)
    {
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_REQUIRED,
                           _("Choose the partnership of the project."));
      return FALSE;
    }
  if (pspec == properties[PROP_TITLE])
    return cp_validate_required (cp_project_get_title (self), _("Name the project, such as “Land and housing programme”."), error);
  if (pspec == properties[PROP_STARTS_ON])
    return cp_validate_optional_date (cp_project_get_starts_on (self), error);
  if (pspec == properties[PROP_ENDS_ON])
    return cp_validate_optional_date (cp_project_get_ends_on (self), error) &&
           cp_partial_date_check_order (cp_project_get_starts_on (self), cp_project_get_ends_on (self), error);
  if (pspec == properties[PROP_DAC_SECTOR])
    return cp_validate_dac_sector (cp_project_get_dac_sector (self), error);
  if (pspec == properties[PROP_SDG_GOALS])
    return cp_validate_sdg_goals (cp_project_get_sdg_goals (self), error);
  if (pspec == properties[PROP_REPORT_DUE_ON])
    return cp_validate_optional_day (cp_project_get_report_due_on (self), error);
  return TRUE;
}

static void
cp_project_class_init (CpProjectClass *klass)
{
  CpRecordClass *record_class = CP_RECORD_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  record_class->validate_property = cp_project_validate_property;

  properties[PROP_PARTNERSHIP_ID] = g_param_spec_int64 ("partnership-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", flags);
  properties[PROP_THEME] = g_param_spec_string ("theme", NULL, NULL, "", flags);
  properties[PROP_STARTS_ON] = g_param_spec_string ("starts-on", NULL, NULL, "", flags);
  properties[PROP_ENDS_ON] = g_param_spec_string ("ends-on", NULL, NULL, "", flags);
  properties[PROP_PLAN_LINE_ID] = g_param_spec_int64 ("plan-line-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_INITIATOR] = g_param_spec_enum ("initiator", NULL, NULL, CP_TYPE_INITIATOR, CP_INITIATOR_SOUTH, flags);
  properties[PROP_REPORT_DUE_ON] = g_param_spec_string ("report-due-on", NULL, NULL, "", flags);
  properties[PROP_REPORT_DELIVERED] = g_param_spec_boolean ("report-delivered", NULL, NULL, FALSE, flags);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, "", flags);
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL, CP_TYPE_ACTIVITY_STATUS, CP_ACTIVITY_STATUS_IMPLEMENTATION, flags);
  properties[PROP_DAC_SECTOR] = g_param_spec_string ("dac-sector", NULL, NULL, "", flags);
  properties[PROP_SDG_GOALS] = g_param_spec_boxed ("sdg-goals", NULL, NULL, G_TYPE_STRV, flags);

  cp_record_class_install (record_class, N_PROPS, properties);
}

static void
cp_project_init (CpProject *self)
{
}

CpProject *
cp_project_new (gint64 partnership_id)
{
  return g_object_new (CP_TYPE_PROJECT, "partnership-id", partnership_id, NULL);
}

#define GETTER(type, field, kind, prop) \
type cp_project_get_##field (CpProject *self) { return cp_record_get_##kind (CP_RECORD (self), prop); }

GETTER (gint64, partnership_id, int64, "partnership-id")
GETTER (const char *, title, string, "title")
GETTER (const char *, theme, string, "theme")
GETTER (const char *, starts_on, string, "starts-on")
GETTER (const char *, ends_on, string, "ends-on")
GETTER (gint64, plan_line_id, int64, "plan-line-id")
GETTER (CpInitiator, initiator, enum, "initiator")
GETTER (const char *, report_due_on, string, "report-due-on")
GETTER (gboolean, report_delivered, boolean, "report-delivered")
GETTER (const char *, note, string, "note")
GETTER (CpActivityStatus, status, enum, "status")
GETTER (const char *, dac_sector, string, "dac-sector")
GETTER (const char * const *, sdg_goals, strv, "sdg-goals")
