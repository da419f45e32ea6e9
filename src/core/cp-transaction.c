/* cp-transaction.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-transaction.h"
#include "cp-enum-types.h"
#include "cp-validate.h"
#include "cp-money.h"

struct _CpTransaction
{
  CpRecord parent_instance;

  /* What the ledger's search reads on every keystroke (cp-ledger-filter.c), kept
   * until a property changes: the folded words the entry is found by, and the
   * fields it filters and adds up on. */
  char    *search_key;
  guint    search_generation;
  gboolean fields_valid;
  int      kind;
  int      contribution;
  gint64   partnership_id;
  gint64   base_amount;
};

G_DEFINE_FINAL_TYPE (CpTransaction, cp_transaction, CP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_DATE,
  PROP_KIND,
  PROP_CONTRIBUTION,
  PROP_AMOUNT,
  PROP_CURRENCY,
  PROP_BASE_CURRENCY,
  PROP_RATE,
  PROP_BASE_AMOUNT,
  PROP_HOURS,
  PROP_HOUR_RATE,
  PROP_FROM_MUNICIPALITY_ID,
  PROP_FROM_ACTOR_ID,
  PROP_FROM_FUNDER_ID,
  PROP_FROM_NAME,
  PROP_TO_MUNICIPALITY_ID,
  PROP_TO_ACTOR_ID,
  PROP_TO_NAME,
  PROP_PARTNERSHIP_ID,
  PROP_PROJECT,
  PROP_VISIT_ID,
  PROP_APPLICATION_ID,
  PROP_COST_LINE_ID,
  PROP_DESCRIPTION,
  PROP_REFERENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
cp_transaction_validate_property (CpRecord    *record,
                                  GParamSpec  *pspec,
                                  GError     **error)
{
  CpTransaction *self = CP_TRANSACTION (record);

  if (pspec == properties[PROP_DATE])
    return cp_validate_day (cp_transaction_get_date (self), error);
  if ((pspec == properties[PROP_AMOUNT] || pspec == properties[PROP_HOUR_RATE]) &&
      cp_record_get_int64 (record, pspec->name) < 0)
    {
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_OUT_OF_RANGE,
                           _("An amount cannot be negative."));
      return FALSE;
    }
  if (pspec == properties[PROP_CURRENCY])
    return cp_validate_currency (cp_transaction_get_currency (self), error);
  if (pspec == properties[PROP_BASE_CURRENCY])
    return cp_validate_currency (cp_transaction_get_base_currency (self), error);
  if (pspec == properties[PROP_RATE])
    return cp_validate_rate (cp_transaction_get_currency (self), cp_transaction_get_base_currency (self),
                             cp_transaction_get_rate (self), error);
  if (pspec == properties[PROP_HOURS] && cp_transaction_get_hours (self) < 0)
    {
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_OUT_OF_RANGE,
                           _("Hours cannot be negative."));
      return FALSE;
    }
  if (pspec == properties[PROP_FROM_FUNDER_ID] &&
      (cp_transaction_get_from_municipality_id (self) != 0) + (cp_transaction_get_from_actor_id (self) != 0) +
      (cp_transaction_get_from_funder_id (self) != 0) > 1)
    {
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_PARTIES,
                           _("Choose one giver: a municipality, an actor or a funder."));
      return FALSE;
    }
  if (pspec == properties[PROP_TO_ACTOR_ID] &&
      cp_transaction_get_to_municipality_id (self) != 0 && cp_transaction_get_to_actor_id (self) != 0)
    {
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_PARTIES,
                           _("Choose one receiver: a municipality or an actor."));
      return FALSE;
    }
  return TRUE;
}

static void
cp_transaction_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CpTransaction *self = CP_TRANSACTION (object);

  self->search_generation = 0;
  self->fields_valid = FALSE;
  cp_record_set_property (object, prop_id, value, pspec);
}

static void
cp_transaction_finalize (GObject *object)
{
  g_free (CP_TRANSACTION (object)->search_key);

  G_OBJECT_CLASS (cp_transaction_parent_class)->finalize (object);
}

static void
cp_transaction_class_init (CpTransactionClass *klass)
{
  CpRecordClass *record_class = CP_RECORD_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = cp_transaction_finalize;

  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  record_class->validate_property = cp_transaction_validate_property;

  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, "", flags);
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, CP_TYPE_TRANSACTION_KIND, CP_TRANSACTION_KIND_EXPENDITURE, flags);
  properties[PROP_CONTRIBUTION] = g_param_spec_enum ("contribution", NULL, NULL, CP_TYPE_CONTRIBUTION_KIND, CP_CONTRIBUTION_KIND_MUNICIPAL_BUDGET, flags);
  properties[PROP_AMOUNT] = g_param_spec_int64 ("amount", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_CURRENCY] = g_param_spec_string ("currency", NULL, NULL, "", flags);
  properties[PROP_BASE_CURRENCY] = g_param_spec_string ("base-currency", NULL, NULL, "", flags);
  properties[PROP_RATE] = g_param_spec_int64 ("rate", NULL, NULL, G_MININT64, G_MAXINT64, 1000000, flags);
  properties[PROP_BASE_AMOUNT] = g_param_spec_int64 ("base-amount", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_HOURS] = g_param_spec_int ("hours", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_HOUR_RATE] = g_param_spec_int64 ("hour-rate", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_FROM_MUNICIPALITY_ID] = g_param_spec_int64 ("from-municipality-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_FROM_ACTOR_ID] = g_param_spec_int64 ("from-actor-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_FROM_FUNDER_ID] = g_param_spec_int64 ("from-funder-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_FROM_NAME] = g_param_spec_string ("from-name", NULL, NULL, "", flags);
  properties[PROP_TO_MUNICIPALITY_ID] = g_param_spec_int64 ("to-municipality-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_TO_ACTOR_ID] = g_param_spec_int64 ("to-actor-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_TO_NAME] = g_param_spec_string ("to-name", NULL, NULL, "", flags);
  properties[PROP_PARTNERSHIP_ID] = g_param_spec_int64 ("partnership-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PROJECT] = g_param_spec_string ("project", NULL, NULL, "", flags);
  properties[PROP_VISIT_ID] = g_param_spec_int64 ("visit-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_APPLICATION_ID] = g_param_spec_int64 ("application-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_COST_LINE_ID] = g_param_spec_int64 ("cost-line-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, "", flags);
  properties[PROP_REFERENCE] = g_param_spec_string ("reference", NULL, NULL, "", flags);

  cp_record_class_install (record_class, N_PROPS, properties);
  G_OBJECT_CLASS (klass)->set_property = cp_transaction_set_property;
}

static void
cp_transaction_init (CpTransaction *self)
{
}

CpTransaction *
cp_transaction_new (void)
{
  return g_object_new (CP_TYPE_TRANSACTION, NULL);
}

#define GETTER(type, field, kind, prop) \
type cp_transaction_get_##field (CpTransaction *self) { return cp_record_get_##kind (CP_RECORD (self), prop); }

GETTER (const char *, date, string, "date")
GETTER (CpTransactionKind, kind, enum, "kind")
GETTER (CpContributionKind, contribution, enum, "contribution")
GETTER (gint64, amount, int64, "amount")
GETTER (const char *, currency, string, "currency")
GETTER (const char *, base_currency, string, "base-currency")
GETTER (gint64, rate, int64, "rate")
GETTER (gint64, base_amount, int64, "base-amount")
GETTER (int, hours, int, "hours")
GETTER (gint64, hour_rate, int64, "hour-rate")
GETTER (gint64, from_municipality_id, int64, "from-municipality-id")
GETTER (gint64, from_actor_id, int64, "from-actor-id")
GETTER (gint64, from_funder_id, int64, "from-funder-id")
GETTER (const char *, from_name, string, "from-name")
GETTER (gint64, to_municipality_id, int64, "to-municipality-id")
GETTER (gint64, to_actor_id, int64, "to-actor-id")
GETTER (const char *, to_name, string, "to-name")
GETTER (gint64, partnership_id, int64, "partnership-id")
GETTER (const char *, project, string, "project")
GETTER (gint64, visit_id, int64, "visit-id")
GETTER (gint64, application_id, int64, "application-id")
GETTER (gint64, cost_line_id, int64, "cost-line-id")
GETTER (const char *, description, string, "description")
GETTER (const char *, reference, string, "reference")

gboolean
cp_transaction_update_base_amount (CpTransaction  *self,
                                   GError        **error)
{
  gint64 base_amount;

  if (cp_transaction_get_contribution (self) == CP_CONTRIBUTION_KIND_IN_KIND &&
      cp_transaction_get_hours (self) > 0 && cp_transaction_get_hour_rate (self) > 0)
    {
      gint64 hours = cp_transaction_get_hours (self);
      gint64 hour_rate = cp_transaction_get_hour_rate (self);

      if (hours > G_MAXINT64 / hour_rate)
        {
          g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_OUT_OF_RANGE,
                               _("The amount is too large."));
          return FALSE;
        }
      g_object_set (self, "amount", hours * hour_rate, NULL);
    }
  if (g_strcmp0 (cp_transaction_get_currency (self), cp_transaction_get_base_currency (self)) == 0)
    g_object_set (self, "rate", (gint64) CP_RATE_ONE, NULL);
  if (!cp_money_convert (cp_transaction_get_amount (self), cp_transaction_get_currency (self),
                         cp_transaction_get_rate (self), cp_transaction_get_base_currency (self),
                         &base_amount, error))
    return FALSE;
  g_object_set (self, "base-amount", base_amount, NULL);
  return TRUE;
}

gboolean
cp_transaction_is_incoming (CpTransaction *self)
{
  CpTransactionKind kind = cp_transaction_get_kind (self);

  return kind == CP_TRANSACTION_KIND_INCOMING_FUNDS || kind == CP_TRANSACTION_KIND_INCOMING_COMMITMENT ||
         kind == CP_TRANSACTION_KIND_REFUND;
}

const char *
cp_transaction_peek_search_key (CpTransaction *self,
                                guint          generation)
{
  return self->search_generation == generation ? self->search_key : NULL;
}

void
cp_transaction_take_search_key (CpTransaction *self,
                                char          *key,
                                guint          generation)
{
  g_free (self->search_key);
  self->search_key = key;
  self->search_generation = generation;
}

static void
ensure_fields (CpTransaction *self)
{
  if (self->fields_valid)
    return;
  self->kind = cp_transaction_get_kind (self);
  self->contribution = cp_transaction_get_contribution (self);
  self->partnership_id = cp_transaction_get_partnership_id (self);
  self->base_amount = cp_transaction_get_base_amount (self);
  self->fields_valid = TRUE;
}

int
cp_transaction_peek_kind (CpTransaction *self)
{
  ensure_fields (self);
  return self->kind;
}

int
cp_transaction_peek_contribution (CpTransaction *self)
{
  ensure_fields (self);
  return self->contribution;
}

gint64
cp_transaction_peek_partnership_id (CpTransaction *self)
{
  ensure_fields (self);
  return self->partnership_id;
}

gint64
cp_transaction_peek_base_amount (CpTransaction *self)
{
  ensure_fields (self);
  return self->base_amount;
}
