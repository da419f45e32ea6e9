/* cp-grant-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <glib/gi18n-lib.h>

#include "cp-grant-application.h"
#include "cp-enum-types.h"
#include "cp-validate.h"
#include "cp-money.h"

struct _CpGrantApplication
{
  CpRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CpGrantApplication, cp_grant_application, CP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_FUNDER_ID,
  PROP_PROGRAMME_ID,
  PROP_CALL,
  PROP_PARTNERSHIP_ID,
  PROP_PROJECT,
  PROP_CURRENCY,
  PROP_REQUESTED,
  PROP_GRANTED,
  PROP_STATUS,
  PROP_STATUS_SINCE,
  PROP_DEADLINE,
  PROP_DEADLINE_ZONE,
  PROP_DECISION_ON,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
cp_grant_application_validate_property (CpRecord    *record,
                                        GParamSpec  *pspec,
                                        GError     **error)
{
  CpGrantApplication *self = CP_GRANT_APPLICATION (record);

  if (pspec == properties[PROP_FUNDER_ID] && cp_grant_application_get_funder_id (self) == 0)
    {
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_REQUIRED,
                           _("Choose the funder the application goes to."));
      return FALSE;
    }
  if (pspec == properties[PROP_CURRENCY])
    return cp_validate_currency (cp_grant_application_get_currency (self), error);
  if ((pspec == properties[PROP_REQUESTED] || pspec == properties[PROP_GRANTED]) &&
      cp_record_get_int64 (record, pspec->name) < 0)
    {
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_OUT_OF_RANGE,
                           _("An amount cannot be negative."));
      return FALSE;
    }
  if (pspec == properties[PROP_STATUS_SINCE])
    return cp_validate_optional_day (cp_grant_application_get_status_since (self), error);
  if (pspec == properties[PROP_DECISION_ON])
    return cp_validate_optional_day (cp_grant_application_get_decision_on (self), error);
  if (pspec == properties[PROP_DEADLINE])
    return cp_validate_moment (cp_grant_application_get_deadline (self), error);
  if (pspec == properties[PROP_DEADLINE_ZONE])
    {
      if (*cp_grant_application_get_deadline (self) != '\0' && *cp_grant_application_get_deadline_zone (self) == '\0')
        {
          g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_REQUIRED,
                               _("A deadline needs its time zone, such as Europe/Brussels."));
          return FALSE;
        }
      return cp_validate_time_zone (cp_grant_application_get_deadline_zone (self), error);
    }
  return TRUE;
}

static void
cp_grant_application_class_init (CpGrantApplicationClass *klass)
{
  CpRecordClass *record_class = CP_RECORD_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  record_class->validate_property = cp_grant_application_validate_property;

  properties[PROP_FUNDER_ID] = g_param_spec_int64 ("funder-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PROGRAMME_ID] = g_param_spec_int64 ("programme-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_CALL] = g_param_spec_string ("call", NULL, NULL, "", flags);
  properties[PROP_PARTNERSHIP_ID] = g_param_spec_int64 ("partnership-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PROJECT] = g_param_spec_string ("project", NULL, NULL, "", flags);
  properties[PROP_CURRENCY] = g_param_spec_string ("currency", NULL, NULL, "", flags);
  properties[PROP_REQUESTED] = g_param_spec_int64 ("requested", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_GRANTED] = g_param_spec_int64 ("granted", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL, CP_TYPE_APPLICATION_STATUS, CP_APPLICATION_STATUS_IDEA, flags);
  properties[PROP_STATUS_SINCE] = g_param_spec_string ("status-since", NULL, NULL, "", flags);
  properties[PROP_DEADLINE] = g_param_spec_string ("deadline", NULL, NULL, "", flags);
  properties[PROP_DEADLINE_ZONE] = g_param_spec_string ("deadline-zone", NULL, NULL, "", flags);
  properties[PROP_DECISION_ON] = g_param_spec_string ("decision-on", NULL, NULL, "", flags);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, "", flags);

  cp_record_class_install (record_class, N_PROPS, properties);
}

static void
cp_grant_application_init (CpGrantApplication *self)
{
}

CpGrantApplication *
cp_grant_application_new (gint64 funder_id)
{
  return g_object_new (CP_TYPE_GRANT_APPLICATION, "funder-id", funder_id, NULL);
}

#define GETTER(type, field, kind, prop) \
type cp_grant_application_get_##field (CpGrantApplication *self) { return cp_record_get_##kind (CP_RECORD (self), prop); }

GETTER (gint64, funder_id, int64, "funder-id")
GETTER (gint64, programme_id, int64, "programme-id")
GETTER (const char *, call, string, "call")
GETTER (gint64, partnership_id, int64, "partnership-id")
GETTER (const char *, project, string, "project")
GETTER (const char *, currency, string, "currency")
GETTER (gint64, requested, int64, "requested")
GETTER (gint64, granted, int64, "granted")
GETTER (CpApplicationStatus, status, enum, "status")
GETTER (const char *, status_since, string, "status-since")
GETTER (const char *, deadline, string, "deadline")
GETTER (const char *, deadline_zone, string, "deadline-zone")
GETTER (const char *, decision_on, string, "decision-on")
GETTER (const char *, note, string, "note")

GDateTime *
cp_grant_application_dup_deadline (CpGrantApplication *self)
{
  const char *deadline = cp_grant_application_get_deadline (self);
  const char *zone = cp_grant_application_get_deadline_zone (self);
  g_autoptr(GTimeZone) tz = NULL;
  int y, mo, d, h, mi;

  if (*deadline == '\0' || *zone == '\0' || (tz = g_time_zone_new_identifier (zone)) == NULL ||
      sscanf (deadline, "%4d-%2d-%2d %2d:%2d", &y, &mo, &d, &h, &mi) != 5)
    return NULL;
  return g_date_time_new (tz, y, mo, d, h, mi, 0);
}

gboolean
cp_grant_application_is_open (CpGrantApplication *self)
{
  CpApplicationStatus status = cp_grant_application_get_status (self);

  return status == CP_APPLICATION_STATUS_IDEA || status == CP_APPLICATION_STATUS_DRAFTING ||
         status == CP_APPLICATION_STATUS_SUBMITTED;
}
