/* cp-cost-line.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "cp-cost-line.h"
#include "cp-enum-types.h"
#include "cp-money.h"
#include "cp-validate.h"

struct _CpCostLine
{
  CpRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CpCostLine, cp_cost_line, CP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_VISIT_ID,
  PROP_KIND,
  PROP_DESCRIPTION,
  PROP_AMOUNT,
  PROP_CURRENCY,
  PROP_PAYER_ID,
  PROP_PAYER,
  PROP_NOTE,
  PROP_RATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
cp_cost_line_validate_property (CpRecord    *record,
                               GParamSpec  *pspec,
                               GError     **error)
{
  CpCostLine *self = CP_COST_LINE (record);

  if (pspec == properties[PROP_AMOUNT] && cp_cost_line_get_amount (self) < 0)
    {
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_OUT_OF_RANGE,
                           _("An amount cannot be negative."));
      return FALSE;
    }
  if (pspec == properties[PROP_CURRENCY])
    return cp_validate_currency (cp_cost_line_get_currency (self), error);
  if (pspec == properties[PROP_RATE] && cp_cost_line_get_rate (self) < 0)
    {
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_OUT_OF_RANGE,
                           _("An exchange rate must be more than zero."));
      return FALSE;
    }

  return TRUE;
}

static void
cp_cost_line_class_init (CpCostLineClass *klass)
{
  CpRecordClass *record_class = CP_RECORD_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  record_class->validate_property = cp_cost_line_validate_property;

  properties[PROP_VISIT_ID] = g_param_spec_int64 ("visit-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, CP_TYPE_COST_KIND, CP_COST_KIND_TRAVEL, flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, "", flags);
  properties[PROP_AMOUNT] = g_param_spec_int64 ("amount", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_CURRENCY] = g_param_spec_string ("currency", NULL, NULL, "", flags);
  properties[PROP_PAYER_ID] = g_param_spec_int64 ("payer-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PAYER] = g_param_spec_string ("payer", NULL, NULL, "", flags);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, "", flags);
  properties[PROP_RATE] = g_param_spec_int64 ("rate", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);

  cp_record_class_install (record_class, N_PROPS, properties);
}

static void
cp_cost_line_init (CpCostLine *self)
{
}

CpCostLine *
cp_cost_line_new (gint64 visit_id)
{
  return g_object_new (CP_TYPE_COST_LINE, "visit-id", visit_id, NULL);
}

#define GETTER(type, field, kind, prop) \
type cp_cost_line_get_##field (CpCostLine *self) { return cp_record_get_##kind (CP_RECORD (self), prop); }

GETTER (gint64, visit_id, int64, "visit-id")
GETTER (CpCostKind, kind, enum, "kind")
GETTER (const char *, description, string, "description")
GETTER (gint64, amount, int64, "amount")
GETTER (const char *, currency, string, "currency")
GETTER (gint64, payer_id, int64, "payer-id")
GETTER (const char *, payer, string, "payer")
GETTER (const char *, note, string, "note")
GETTER (gint64, rate, int64, "rate")
