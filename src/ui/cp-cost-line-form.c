/* cp-cost-line-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cp-cost-line-form.h"
#include "cp-notes-group.h"

struct _CpCostLineForm
{
  AdwPreferencesPage parent_instance;

  AdwComboRow  *kind_row;
  AdwEntryRow  *description_row;
  AdwEntryRow  *currency_row;
  AdwEntryRow  *amount_row;
  AdwPreferencesGroup *ledger_group;
  AdwEntryRow  *rate_row;
  AdwComboRow  *payer_row;
  GListModel   *payer_row_records;
  AdwEntryRow  *payer_name_row;
  CpNotesGroup *notes_group;
};

G_DEFINE_FINAL_TYPE (CpCostLineForm, cp_cost_line_form, ADW_TYPE_PREFERENCES_PAGE)

static void
cp_cost_line_form_dispose (GObject *object)
{
  CpCostLineForm *self = CP_COST_LINE_FORM (object);

  g_clear_object (&self->payer_row_records);

  G_OBJECT_CLASS (cp_cost_line_form_parent_class)->dispose (object);
}

static void
cp_cost_line_form_class_init (CpCostLineFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cp_cost_line_form_dispose;

  g_type_ensure (CP_TYPE_NOTES_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-cost-line-form.ui");
  gtk_widget_class_bind_template_child (widget_class, CpCostLineForm, kind_row);
  gtk_widget_class_bind_template_child (widget_class, CpCostLineForm, description_row);
  gtk_widget_class_bind_template_child (widget_class, CpCostLineForm, currency_row);
  gtk_widget_class_bind_template_child (widget_class, CpCostLineForm, amount_row);
  gtk_widget_class_bind_template_child (widget_class, CpCostLineForm, ledger_group);
  gtk_widget_class_bind_template_child (widget_class, CpCostLineForm, rate_row);
  gtk_widget_class_bind_template_child (widget_class, CpCostLineForm, payer_row);
  gtk_widget_class_bind_template_child (widget_class, CpCostLineForm, payer_name_row);
  gtk_widget_class_bind_template_child (widget_class, CpCostLineForm, notes_group);
}

static void
cp_cost_line_form_init (CpCostLineForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cp_cost_line_form_new (CpForm    *form,
                       CpContext *context)
{
  CpCostLineForm *self = g_object_new (CP_TYPE_COST_LINE_FORM, NULL);
  g_autofree char *base = cp_store_dup_base_currency (cp_context_get_store (context), NULL);

  cp_form_bind_enum (form, self->kind_row, "kind");
  cp_form_bind_text (form, self->description_row, "description");
  cp_form_bind_code (form, self->currency_row, "currency");
  cp_form_bind_money (form, self->amount_row, "amount", "currency");
  if (base != NULL)
    {
      /* Translators: %s is the ledger's base currency, a code such as EUR */
      g_autofree char *description =
        g_strdup_printf (_("How many units of the cost's currency make one %s, the ledger's base currency. "
                           "With a rate, the cost goes into the ledger."), base);

      adw_preferences_group_set_description (self->ledger_group, description);
    }
  cp_form_bind_rate (form, self->rate_row, "rate");
  self->payer_row_records = cp_store_list_municipalities (cp_context_get_store (context), NULL);
  cp_form_bind_choice (form, self->payer_row, "payer-id", self->payer_row_records, "name", _("Someone else"));
  cp_form_bind_text (form, self->payer_name_row, "payer");
  cp_form_bind_text_view (form, cp_notes_group_get_view (self->notes_group), "note");
  return GTK_WIDGET (self);
}
