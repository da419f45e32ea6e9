/* cp-availability.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-availability.h"
#include "cp-enum-types.h"
#include "cp-partial-date.h"
#include "cp-validate.h"

struct _CpAvailability
{
  CpRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CpAvailability, cp_availability, CP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PERSON_ID,
  PROP_STARTS_ON,
  PROP_ENDS_ON,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
cp_availability_validate_property (CpRecord    *record,
                                    GParamSpec  *pspec,
                                    GError     **error)
{
  CpAvailability *self = CP_AVAILABILITY (record);

  if (pspec == properties[PROP_STARTS_ON])
    return cp_validate_day (cp_availability_get_starts_on (self), error);
  if (pspec == properties[PROP_ENDS_ON])
    return cp_validate_day (cp_availability_get_ends_on (self), error) &&
           cp_partial_date_check_order (cp_availability_get_starts_on (self),
                                        cp_availability_get_ends_on (self), error);

  return TRUE;
}

static void
cp_availability_class_init (CpAvailabilityClass *klass)
{
  CpRecordClass *record_class = CP_RECORD_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  record_class->validate_property = cp_availability_validate_property;

  properties[PROP_PERSON_ID] = g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_STARTS_ON] = g_param_spec_string ("starts-on", NULL, NULL, "", flags);
  properties[PROP_ENDS_ON] = g_param_spec_string ("ends-on", NULL, NULL, "", flags);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, "", flags);

  cp_record_class_install (record_class, N_PROPS, properties);
}

static void
cp_availability_init (CpAvailability *self)
{
}

CpAvailability *
cp_availability_new (gint64 person_id)
{
  return g_object_new (CP_TYPE_AVAILABILITY, "person-id", person_id, NULL);
}

#define GETTER(type, field, kind, prop) \
type cp_availability_get_##field (CpAvailability *self) { return cp_record_get_##kind (CP_RECORD (self), prop); }

GETTER (gint64, person_id, int64, "person-id")
GETTER (const char *, starts_on, string, "starts-on")
GETTER (const char *, ends_on, string, "ends-on")
GETTER (const char *, note, string, "note")
