/* cp-funding-programme.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-funding-programme.h"
#include "cp-enum-types.h"
#include "cp-validate.h"
#include "cp-eligibility.h"
#include "cp-money.h"
#include "cp-partial-date.h"

struct _CpFundingProgramme
{
  CpRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CpFundingProgramme, cp_funding_programme, CP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_FUNDER_ID,
  PROP_NAME,
  PROP_STARTS_ON,
  PROP_ENDS_ON,
  PROP_ELIGIBLE_COUNTRIES,
  PROP_CO_FUNDING,
  PROP_CURRENCY,
  PROP_AMOUNT_MIN,
  PROP_AMOUNT_MAX,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
cp_funding_programme_validate_property (CpRecord    *record,
                                        GParamSpec  *pspec,
                                        GError     **error)
{
  CpFundingProgramme *self = CP_FUNDING_PROGRAMME (record);

  if (pspec == properties[PROP_FUNDER_ID] && cp_funding_programme_get_funder_id (self) == 0)
    {
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_REQUIRED,
                           _("Choose the funder that runs the programme."));
      return FALSE;
    }
  if (pspec == properties[PROP_NAME])
    return cp_validate_required (cp_funding_programme_get_name (self), _("Enter the programme's name, such as LOGO South."), error);
  if (pspec == properties[PROP_STARTS_ON])
    return cp_validate_optional_day (cp_funding_programme_get_starts_on (self), error);
  if (pspec == properties[PROP_ENDS_ON])
    return cp_validate_optional_day (cp_funding_programme_get_ends_on (self), error) &&
           cp_partial_date_check_order (cp_funding_programme_get_starts_on (self),
                                        cp_funding_programme_get_ends_on (self), error);
  if (pspec == properties[PROP_ELIGIBLE_COUNTRIES])
    return cp_eligibility_validate (cp_funding_programme_get_eligible_countries (self), error);
  if (pspec == properties[PROP_CO_FUNDING] &&
      (cp_funding_programme_get_co_funding (self) < 0 || cp_funding_programme_get_co_funding (self) > 100))
    {
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_OUT_OF_RANGE,
                           _("Co-funding is a percentage from 0 to 100."));
      return FALSE;
    }
  if (pspec == properties[PROP_CURRENCY] && *cp_funding_programme_get_currency (self) != '\0')
    return cp_validate_currency (cp_funding_programme_get_currency (self), error);
  if ((pspec == properties[PROP_AMOUNT_MIN] || pspec == properties[PROP_AMOUNT_MAX]) &&
      cp_record_get_int64 (record, pspec->name) < 0)
    {
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_OUT_OF_RANGE,
                           _("An amount cannot be negative."));
      return FALSE;
    }
  if (pspec == properties[PROP_AMOUNT_MAX] && cp_funding_programme_get_amount_max (self) > 0 &&
      cp_funding_programme_get_amount_max (self) < cp_funding_programme_get_amount_min (self))
    {
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_ORDER,
                           _("The largest amount cannot be below the smallest."));
      return FALSE;
    }
  return TRUE;
}

static void
cp_funding_programme_class_init (CpFundingProgrammeClass *klass)
{
  CpRecordClass *record_class = CP_RECORD_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  record_class->validate_property = cp_funding_programme_validate_property;

  properties[PROP_FUNDER_ID] = g_param_spec_int64 ("funder-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_STARTS_ON] = g_param_spec_string ("starts-on", NULL, NULL, "", flags);
  properties[PROP_ENDS_ON] = g_param_spec_string ("ends-on", NULL, NULL, "", flags);
  properties[PROP_ELIGIBLE_COUNTRIES] = g_param_spec_boxed ("eligible-countries", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_CO_FUNDING] = g_param_spec_int ("co-funding", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_CURRENCY] = g_param_spec_string ("currency", NULL, NULL, "", flags);
  properties[PROP_AMOUNT_MIN] = g_param_spec_int64 ("amount-min", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_AMOUNT_MAX] = g_param_spec_int64 ("amount-max", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, "", flags);

  cp_record_class_install (record_class, N_PROPS, properties);
}

static void
cp_funding_programme_init (CpFundingProgramme *self)
{
}

CpFundingProgramme *
cp_funding_programme_new (gint64 funder_id)
{
  return g_object_new (CP_TYPE_FUNDING_PROGRAMME, "funder-id", funder_id, NULL);
}

#define GETTER(type, field, kind, prop) \
type cp_funding_programme_get_##field (CpFundingProgramme *self) { return cp_record_get_##kind (CP_RECORD (self), prop); }

GETTER (gint64, funder_id, int64, "funder-id")
GETTER (const char *, name, string, "name")
GETTER (const char *, starts_on, string, "starts-on")
GETTER (const char *, ends_on, string, "ends-on")
GETTER (const char * const *, eligible_countries, strv, "eligible-countries")
GETTER (int, co_funding, int, "co-funding")
GETTER (const char *, currency, string, "currency")
GETTER (gint64, amount_min, int64, "amount-min")
GETTER (gint64, amount_max, int64, "amount-max")
GETTER (const char *, note, string, "note")
