/* cp-visit.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "cp-enum-types.h"
#include "cp-partial-date.h"
#include "cp-validate.h"
#include "cp-visit.h"

struct _CpVisit
{
  CpRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CpVisit, cp_visit, CP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PARTNERSHIP_ID,
  PROP_DIRECTION,
  PROP_ORIGIN_ID,
  PROP_DESTINATION_ID,
  PROP_STARTS_ON,
  PROP_ENDS_ON,
  PROP_PURPOSE,
  PROP_MODALITIES,
  PROP_STATUS,
  PROP_NEED_ID,
  PROP_PROJECT,
  PROP_REPORT,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
cp_visit_validate_property (CpRecord    *record,
                           GParamSpec  *pspec,
                           GError     **error)
{
  CpVisit *self = CP_VISIT (record);

  if (pspec == properties[PROP_ORIGIN_ID] && cp_visit_get_origin_id (self) == 0)
    {
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_REQUIRED, _("Choose where the delegation travels from."));
      return FALSE;
    }
  if (pspec == properties[PROP_DESTINATION_ID] && cp_visit_get_destination_id (self) == 0)
    {
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_REQUIRED, _("Choose where the delegation travels to."));
      return FALSE;
    }
  if (pspec == properties[PROP_DESTINATION_ID] &&
      cp_visit_get_destination_id (self) == cp_visit_get_origin_id (self))
    {
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_PARTIES,
                           _("The destination must differ from the origin."));
      return FALSE;
    }
  if (pspec == properties[PROP_STARTS_ON])
    return cp_validate_day (cp_visit_get_starts_on (self), error);
  if (pspec == properties[PROP_ENDS_ON])
    return cp_validate_day (cp_visit_get_ends_on (self), error) &&
           cp_partial_date_check_order (cp_visit_get_starts_on (self), cp_visit_get_ends_on (self), error);
  if (pspec == properties[PROP_PURPOSE])
    return cp_validate_required (cp_visit_get_purpose (self), _("Say what the visit is for."), error);
  if (pspec == properties[PROP_MODALITIES])
    {
      const char * const *modalities = cp_visit_get_modalities (self);

      for (guint i = 0; modalities != NULL && modalities[i] != NULL; i++)
        if (!cp_enum_from_nick (CP_TYPE_EXCHANGE_MODALITY, modalities[i], NULL))
          {
            g_set_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_UNKNOWN_CODE,
                         _("“%s” is not a kind of exchange."), modalities[i]);
            return FALSE;
          }
    }

  return TRUE;
}

static void
cp_visit_class_init (CpVisitClass *klass)
{
  CpRecordClass *record_class = CP_RECORD_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  record_class->validate_property = cp_visit_validate_property;

  properties[PROP_PARTNERSHIP_ID] = g_param_spec_int64 ("partnership-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_DIRECTION] = g_param_spec_enum ("direction", NULL, NULL, CP_TYPE_VISIT_DIRECTION, CP_VISIT_DIRECTION_OUTGOING, flags);
  properties[PROP_ORIGIN_ID] = g_param_spec_int64 ("origin-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_DESTINATION_ID] = g_param_spec_int64 ("destination-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_STARTS_ON] = g_param_spec_string ("starts-on", NULL, NULL, "", flags);
  properties[PROP_ENDS_ON] = g_param_spec_string ("ends-on", NULL, NULL, "", flags);
  properties[PROP_PURPOSE] = g_param_spec_string ("purpose", NULL, NULL, "", flags);
  properties[PROP_MODALITIES] = g_param_spec_boxed ("modalities", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL, CP_TYPE_VISIT_STATUS, CP_VISIT_STATUS_PLANNED, flags);
  properties[PROP_NEED_ID] = g_param_spec_int64 ("need-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PROJECT] = g_param_spec_string ("project", NULL, NULL, "", flags);
  properties[PROP_REPORT] = g_param_spec_string ("report", NULL, NULL, "", flags);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, "", flags);

  cp_record_class_install (record_class, N_PROPS, properties);
}

static void
cp_visit_init (CpVisit *self)
{
}

CpVisit *
cp_visit_new (gint64 partnership_id)
{
  return g_object_new (CP_TYPE_VISIT, "partnership-id", partnership_id, NULL);
}

gboolean
cp_visit_overlaps (CpVisit    *self,
                   const char *starts_on,
                   const char *ends_on)
{
  return strcmp (cp_visit_get_starts_on (self), ends_on) <= 0 &&
         strcmp (starts_on, cp_visit_get_ends_on (self)) <= 0;
}

gboolean
cp_visit_has_modality (CpVisit            *self,
                       CpExchangeModality  modality)
{
  const char * const *modalities = cp_visit_get_modalities (self);
  const char *nick = cp_enum_to_nick (CP_TYPE_EXCHANGE_MODALITY, modality);

  return modalities != NULL && nick != NULL && g_strv_contains (modalities, nick);
}

#define GETTER(type, field, kind, prop) \
type cp_visit_get_##field (CpVisit *self) { return cp_record_get_##kind (CP_RECORD (self), prop); }

GETTER (gint64, partnership_id, int64, "partnership-id")
GETTER (CpVisitDirection, direction, enum, "direction")
GETTER (gint64, origin_id, int64, "origin-id")
GETTER (gint64, destination_id, int64, "destination-id")
GETTER (const char *, starts_on, string, "starts-on")
GETTER (const char *, ends_on, string, "ends-on")
GETTER (const char *, purpose, string, "purpose")
GETTER (const char * const *, modalities, strv, "modalities")
GETTER (CpVisitStatus, status, enum, "status")
GETTER (gint64, need_id, int64, "need-id")
GETTER (const char *, project, string, "project")
GETTER (const char *, report, string, "report")
GETTER (const char *, note, string, "note")
