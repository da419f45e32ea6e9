/* cp-budget-line.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-budget-line.h"
#include "cp-enum-types.h"
#include "cp-validate.h"

struct _CpBudgetLine
{
  CpRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CpBudgetLine, cp_budget_line, CP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_BUDGET_YEAR_ID,
  PROP_LABEL,
  PROP_AMOUNT,
  PROP_PARTNERSHIP_ID,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
cp_budget_line_validate_property (CpRecord    *record,
                                  GParamSpec  *pspec,
                                  GError     **error)
{
  CpBudgetLine *self = CP_BUDGET_LINE (record);

  if (pspec == properties[PROP_LABEL])
    return cp_validate_required (cp_budget_line_get_label (self), _("Name the budget line, such as “EU affairs”."), error);
  if (pspec == properties[PROP_AMOUNT] && cp_budget_line_get_amount (self) < 0)
    {
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_OUT_OF_RANGE,
                           _("An amount cannot be negative."));
      return FALSE;
    }
  return TRUE;
}

static void
cp_budget_line_class_init (CpBudgetLineClass *klass)
{
  CpRecordClass *record_class = CP_RECORD_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  record_class->validate_property = cp_budget_line_validate_property;

  properties[PROP_BUDGET_YEAR_ID] = g_param_spec_int64 ("budget-year-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, "", flags);
  properties[PROP_AMOUNT] = g_param_spec_int64 ("amount", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_PARTNERSHIP_ID] = g_param_spec_int64 ("partnership-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, "", flags);

  cp_record_class_install (record_class, N_PROPS, properties);
}

static void
cp_budget_line_init (CpBudgetLine *self)
{
}

CpBudgetLine *
cp_budget_line_new (gint64 budget_year_id)
{
  return g_object_new (CP_TYPE_BUDGET_LINE, "budget-year-id", budget_year_id, NULL);
}

#define GETTER(type, field, kind, prop) \
type cp_budget_line_get_##field (CpBudgetLine *self) { return cp_record_get_##kind (CP_RECORD (self), prop); }

GETTER (gint64, budget_year_id, int64, "budget-year-id")
GETTER (const char *, label, string, "label")
GETTER (gint64, amount, int64, "amount")
GETTER (gint64, partnership_id, int64, "partnership-id")
GETTER (const char *, note, string, "note")
