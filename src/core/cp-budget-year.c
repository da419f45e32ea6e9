/* cp-budget-year.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-budget-year.h"
#include "cp-enum-types.h"
#include "cp-validate.h"
#include "cp-money.h"

struct _CpBudgetYear
{
  CpRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CpBudgetYear, cp_budget_year, CP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_MUNICIPALITY_ID,
  PROP_YEAR,
  PROP_CURRENCY,
  PROP_BASE_CURRENCY,
  PROP_RATE,
  PROP_MUNICIPAL_BUDGET,
  PROP_IC_BUDGET,
  PROP_PUBLIC_INVESTMENT,
  PROP_INVESTMENT_OWN,
  PROP_INVESTMENT_TRANSFERS,
  PROP_INVESTMENT_INTERNATIONAL,
  PROP_POPULATION,
  PROP_SOURCE,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
cp_budget_year_validate_property (CpRecord    *record,
                                  GParamSpec  *pspec,
                                  GError     **error)
{
  CpBudgetYear *self = CP_BUDGET_YEAR (record);

  if (pspec == properties[PROP_MUNICIPALITY_ID] && cp_budget_year_get_municipality_id (self) == 0)
    {
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_REQUIRED,
                           _("Choose the municipality whose budget this is."));
      return FALSE;
    }
  if (pspec == properties[PROP_YEAR] &&
      (cp_budget_year_get_year (self) < 1900 || cp_budget_year_get_year (self) > 2200))
    {
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_OUT_OF_RANGE,
                           _("Enter a year such as 2007."));
      return FALSE;
    }
  if (pspec == properties[PROP_CURRENCY])
    return cp_validate_currency (cp_budget_year_get_currency (self), error);
  if (pspec == properties[PROP_BASE_CURRENCY] && *cp_budget_year_get_base_currency (self) != '\0')
    return cp_validate_currency (cp_budget_year_get_base_currency (self), error);
  if (pspec == properties[PROP_RATE])
    return cp_validate_rate (cp_budget_year_get_currency (self), cp_budget_year_get_base_currency (self),
                             cp_budget_year_get_rate (self), error);
  if (G_IS_PARAM_SPEC_INT64 (pspec) && pspec != properties[PROP_MUNICIPALITY_ID] &&
      cp_record_get_int64 (record, pspec->name) < -1)
    {
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_OUT_OF_RANGE,
                           _("An amount cannot be negative."));
      return FALSE;
    }
  return TRUE;
}

static void
cp_budget_year_class_init (CpBudgetYearClass *klass)
{
  CpRecordClass *record_class = CP_RECORD_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  record_class->validate_property = cp_budget_year_validate_property;

  properties[PROP_MUNICIPALITY_ID] = g_param_spec_int64 ("municipality-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_YEAR] = g_param_spec_int ("year", NULL, NULL, 0, 9999, 0, flags);
  properties[PROP_CURRENCY] = g_param_spec_string ("currency", NULL, NULL, "", flags);
  properties[PROP_BASE_CURRENCY] = g_param_spec_string ("base-currency", NULL, NULL, "", flags);
  properties[PROP_RATE] = g_param_spec_int64 ("rate", NULL, NULL, G_MININT64, G_MAXINT64, 1000000, flags);
  properties[PROP_MUNICIPAL_BUDGET] = g_param_spec_int64 ("municipal-budget", NULL, NULL, G_MININT64, G_MAXINT64, -1, flags);
  properties[PROP_IC_BUDGET] = g_param_spec_int64 ("ic-budget", NULL, NULL, G_MININT64, G_MAXINT64, -1, flags);
  properties[PROP_PUBLIC_INVESTMENT] = g_param_spec_int64 ("public-investment", NULL, NULL, G_MININT64, G_MAXINT64, -1, flags);
  properties[PROP_INVESTMENT_OWN] = g_param_spec_int64 ("investment-own", NULL, NULL, G_MININT64, G_MAXINT64, -1, flags);
  properties[PROP_INVESTMENT_TRANSFERS] = g_param_spec_int64 ("investment-transfers", NULL, NULL, G_MININT64, G_MAXINT64, -1, flags);
  properties[PROP_INVESTMENT_INTERNATIONAL] = g_param_spec_int64 ("investment-international", NULL, NULL, G_MININT64, G_MAXINT64, -1, flags);
  properties[PROP_POPULATION] = g_param_spec_int64 ("population", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_SOURCE] = g_param_spec_string ("source", NULL, NULL, "", flags);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, "", flags);

  cp_record_class_install (record_class, N_PROPS, properties);
}

static void
cp_budget_year_init (CpBudgetYear *self)
{
}

CpBudgetYear *
cp_budget_year_new (gint64 municipality_id, int year)
{
  return g_object_new (CP_TYPE_BUDGET_YEAR, "municipality-id", municipality_id, "year", year, NULL);
}

#define GETTER(type, field, kind, prop) \
type cp_budget_year_get_##field (CpBudgetYear *self) { return cp_record_get_##kind (CP_RECORD (self), prop); }

GETTER (gint64, municipality_id, int64, "municipality-id")
GETTER (int, year, int, "year")
GETTER (const char *, currency, string, "currency")
GETTER (const char *, base_currency, string, "base-currency")
GETTER (gint64, rate, int64, "rate")
GETTER (gint64, municipal_budget, int64, "municipal-budget")
GETTER (gint64, ic_budget, int64, "ic-budget")
GETTER (gint64, public_investment, int64, "public-investment")
GETTER (gint64, investment_own, int64, "investment-own")
GETTER (gint64, investment_transfers, int64, "investment-transfers")
GETTER (gint64, investment_international, int64, "investment-international")
GETTER (gint64, population, int64, "population")
GETTER (const char *, source, string, "source")
GETTER (const char *, note, string, "note")

gint64
cp_budget_year_to_base (CpBudgetYear *self,
                        gint64        amount)
{
  const char *base = cp_budget_year_get_base_currency (self);
  gint64 converted;

  if (amount < 0)
    return amount;
  if (*base == '\0' ||
      !cp_money_convert (amount, cp_budget_year_get_currency (self), cp_budget_year_get_rate (self), base,
                         &converted, NULL))
    return amount;
  return converted;
}

const char *
cp_budget_year_get_reporting_currency (CpBudgetYear *self)
{
  const char *base = cp_budget_year_get_base_currency (self);

  return *base != '\0' ? base : cp_budget_year_get_currency (self);
}

CpIndicator
cp_budget_year_get_indicator (CpBudgetYear       *self,
                              CpFundingIndicator  which,
                              gint64              population)
{
  CpIndicator unknown = { FALSE, 0 };
  gint64 received = cp_budget_year_get_ic_budget (self);

  if (cp_budget_year_get_population (self) > 0)
    population = cp_budget_year_get_population (self);

  switch (which)
    {
    case CP_FUNDING_INDICATOR_PARTNER_IC_SHARE_OF_BUDGET:
      return cp_indicator_share (received, cp_budget_year_get_municipal_budget (self));
    case CP_FUNDING_INDICATOR_PARTNER_IC_SHARE_OF_INVESTMENT:
      return cp_indicator_share (cp_budget_year_get_investment_international (self),
                                 cp_budget_year_get_public_investment (self));
    case CP_FUNDING_INDICATOR_PARTNER_IC_PER_INHABITANT:
      return cp_indicator_per_inhabitant (cp_budget_year_to_base (self, received),
                                          cp_currency_get_minor_digits (cp_budget_year_get_reporting_currency (self)),
                                          population);
    default:
      return unknown;
    }
}
