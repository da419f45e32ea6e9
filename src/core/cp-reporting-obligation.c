/* cp-reporting-obligation.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-reporting-obligation.h"
#include "cp-enum-types.h"
#include "cp-validate.h"

struct _CpReportingObligation
{
  CpRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CpReportingObligation, cp_reporting_obligation, CP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_APPLICATION_ID,
  PROP_DESCRIPTION,
  PROP_RECIPIENT,
  PROP_DUE_ON,
  PROP_MET,
  PROP_MET_ON,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
cp_reporting_obligation_validate_property (CpRecord    *record,
                                           GParamSpec  *pspec,
                                           GError     **error)
{
  CpReportingObligation *self = CP_REPORTING_OBLIGATION (record);

  if (pspec == properties[PROP_DESCRIPTION])
    return cp_validate_required (cp_reporting_obligation_get_description (self),
                                 _("Say what is due, such as “Interim narrative report”."), error);
  if (pspec == properties[PROP_DUE_ON])
    return cp_validate_day (cp_reporting_obligation_get_due_on (self), error);
  if (pspec == properties[PROP_MET_ON])
    return cp_validate_optional_day (cp_reporting_obligation_get_met_on (self), error);
  return TRUE;
}

static void
cp_reporting_obligation_class_init (CpReportingObligationClass *klass)
{
  CpRecordClass *record_class = CP_RECORD_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  record_class->validate_property = cp_reporting_obligation_validate_property;

  properties[PROP_APPLICATION_ID] = g_param_spec_int64 ("application-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, "", flags);
  properties[PROP_RECIPIENT] = g_param_spec_string ("recipient", NULL, NULL, "", flags);
  properties[PROP_DUE_ON] = g_param_spec_string ("due-on", NULL, NULL, "", flags);
  properties[PROP_MET] = g_param_spec_boolean ("met", NULL, NULL, FALSE, flags);
  properties[PROP_MET_ON] = g_param_spec_string ("met-on", NULL, NULL, "", flags);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, "", flags);

  cp_record_class_install (record_class, N_PROPS, properties);
}

static void
cp_reporting_obligation_init (CpReportingObligation *self)
{
}

CpReportingObligation *
cp_reporting_obligation_new (gint64 application_id)
{
  return g_object_new (CP_TYPE_REPORTING_OBLIGATION, "application-id", application_id, NULL);
}

#define GETTER(type, field, kind, prop) \
type cp_reporting_obligation_get_##field (CpReportingObligation *self) { return cp_record_get_##kind (CP_RECORD (self), prop); }

GETTER (gint64, application_id, int64, "application-id")
GETTER (const char *, description, string, "description")
GETTER (const char *, recipient, string, "recipient")
GETTER (const char *, due_on, string, "due-on")
GETTER (gboolean, met, boolean, "met")
GETTER (const char *, met_on, string, "met-on")
GETTER (const char *, note, string, "note")
