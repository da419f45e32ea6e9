/* cp-municipality.c: a local government, one of the user's own or a partner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-municipality.h"
#include "cp-iati-codes.h"
#include "cp-validate.h"

struct _CpMunicipality
{
  CpRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CpMunicipality, cp_municipality, CP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_COUNTRY,
  PROP_REGION,
  PROP_POPULATION,
  PROP_POPULATION_YEAR,
  PROP_TIME_ZONE,
  PROP_IS_OWN,
  PROP_NOTE,
  PROP_IATI_ORG_REF,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
cp_municipality_validate_property (CpRecord    *record,
                                   GParamSpec  *pspec,
                                   GError     **error)
{
  CpMunicipality *self = CP_MUNICIPALITY (record);

  if (pspec == properties[PROP_NAME])
    return cp_validate_required (cp_municipality_get_name (self), _("Enter the municipality’s name."), error);

  if (pspec == properties[PROP_COUNTRY])
    return cp_validate_country (cp_municipality_get_country (self), error);

  if (pspec == properties[PROP_TIME_ZONE])
    return cp_validate_time_zone (cp_municipality_get_time_zone (self), error);

  if (pspec == properties[PROP_IATI_ORG_REF])
    return cp_validate_iati_org_ref (cp_municipality_get_iati_org_ref (self), error);

  if (pspec == properties[PROP_POPULATION] && cp_municipality_get_population (self) < 0)
    {
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_OUT_OF_RANGE,
                           _("A population cannot be below zero."));
      return FALSE;
    }

  if (pspec == properties[PROP_POPULATION_YEAR])
    {
      int year = cp_municipality_get_population_year (self);

      if (year != 0 && (year < 1800 || year > 2200))
        {
          g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_OUT_OF_RANGE,
                               _("Give the year of the population figure with four digits, such as 2004."));
          return FALSE;
        }
    }

  return TRUE;
}

static void
cp_municipality_class_init (CpMunicipalityClass *klass)
{
  CpRecordClass *record_class = CP_RECORD_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  record_class->validate_property = cp_municipality_validate_property;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_COUNTRY] = g_param_spec_string ("country", NULL, NULL, "", flags);
  properties[PROP_REGION] = g_param_spec_string ("region", NULL, NULL, "", flags);
  properties[PROP_POPULATION] = g_param_spec_int64 ("population", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_POPULATION_YEAR] = g_param_spec_int ("population-year", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_TIME_ZONE] = g_param_spec_string ("time-zone", NULL, NULL, "", flags);
  properties[PROP_IS_OWN] = g_param_spec_boolean ("is-own", NULL, NULL, FALSE, flags);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, "", flags);
  properties[PROP_IATI_ORG_REF] = g_param_spec_string ("iati-org-ref", NULL, NULL, "", flags);

  cp_record_class_install (record_class, N_PROPS, properties);
}

static void
cp_municipality_init (CpMunicipality *self)
{
}

CpMunicipality *
cp_municipality_new (void)
{
  return g_object_new (CP_TYPE_MUNICIPALITY, NULL);
}

#define GETTER(type, field, kind, prop) \
type cp_municipality_get_##field (CpMunicipality *self) { return cp_record_get_##kind (CP_RECORD (self), prop); }

GETTER (const char *, name, string, "name")
GETTER (const char *, country, string, "country")
GETTER (const char *, region, string, "region")
GETTER (const char *, iati_org_ref, string, "iati-org-ref")
GETTER (gint64, population, int64, "population")
GETTER (int, population_year, int, "population-year")
GETTER (const char *, time_zone, string, "time-zone")
GETTER (gboolean, is_own, boolean, "is-own")
GETTER (const char *, note, string, "note")
