/* cp-budget-year-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/cp-budget-year.h"
#include "cp-budget-year-form.h"
#include "cp-notes-group.h"

struct _CpBudgetYearForm
{
  AdwPreferencesPage parent_instance;

  AdwComboRow  *municipality_row;
  GListModel   *municipality_row_records;
  AdwEntryRow  *year_row;
  AdwEntryRow  *currency_row;
  AdwEntryRow  *population_row;
  AdwPreferencesGroup *budget_group;
  AdwEntryRow  *municipal_budget_row;
  AdwEntryRow  *ic_budget_row;
  AdwPreferencesGroup *investment_group;
  AdwEntryRow  *public_investment_row;
  AdwEntryRow  *investment_own_row;
  AdwEntryRow  *investment_transfers_row;
  AdwEntryRow  *investment_international_row;
  AdwEntryRow  *base_currency_row;
  AdwEntryRow  *rate_row;
  AdwEntryRow  *source_row;
  CpNotesGroup *notes_group;
  CpRecord     *record;
};

G_DEFINE_FINAL_TYPE (CpBudgetYearForm, cp_budget_year_form, ADW_TYPE_PREFERENCES_PAGE)

static gboolean
is_own_municipality (CpBudgetYearForm *self)
{
  gint64 id = cp_budget_year_get_municipality_id (CP_BUDGET_YEAR (self->record));

  for (guint i = 0; i < g_list_model_get_n_items (self->municipality_row_records); i++)
    {
      g_autoptr(CpMunicipality) municipality = g_list_model_get_item (self->municipality_row_records, i);

      if (cp_record_get_id (CP_RECORD (municipality)) == id)
        return cp_municipality_get_is_own (municipality);
    }
  return FALSE;
}

/* International cooperation is a budget of our own municipality, and what it
 * contributed to a partner's; only a partner's public investment is recorded. */
static void
on_municipality_changed (CpBudgetYearForm *self)
{
  CpBudgetYear *year = CP_BUDGET_YEAR (self->record);
  gboolean is_own = is_own_municipality (self);
  gboolean has_investment = cp_budget_year_get_public_investment (year) >= 0 ||
                            cp_budget_year_get_investment_own (year) >= 0 ||
                            cp_budget_year_get_investment_transfers (year) >= 0 ||
                            cp_budget_year_get_investment_international (year) >= 0;

  adw_preferences_group_set_title (self->budget_group,
                                   is_own ? _("Budget of Our Municipality") : _("Budget of the Partner Municipality"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->ic_budget_row),
                                 is_own ? _("International cooperation budget") : _("Contributed by international cooperation"));
  gtk_widget_set_visible (GTK_WIDGET (self->investment_group), !is_own || has_investment);
}

static void
cp_budget_year_form_dispose (GObject *object)
{
  CpBudgetYearForm *self = CP_BUDGET_YEAR_FORM (object);

  if (self->record != NULL)
    g_signal_handlers_disconnect_by_data (self->record, self);
  g_clear_object (&self->record);
  g_clear_object (&self->municipality_row_records);

  G_OBJECT_CLASS (cp_budget_year_form_parent_class)->dispose (object);
}

static void
cp_budget_year_form_class_init (CpBudgetYearFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cp_budget_year_form_dispose;

  g_type_ensure (CP_TYPE_NOTES_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-budget-year-form.ui");
  gtk_widget_class_bind_template_child (widget_class, CpBudgetYearForm, municipality_row);
  gtk_widget_class_bind_template_child (widget_class, CpBudgetYearForm, year_row);
  gtk_widget_class_bind_template_child (widget_class, CpBudgetYearForm, currency_row);
  gtk_widget_class_bind_template_child (widget_class, CpBudgetYearForm, population_row);
  gtk_widget_class_bind_template_child (widget_class, CpBudgetYearForm, budget_group);
  gtk_widget_class_bind_template_child (widget_class, CpBudgetYearForm, municipal_budget_row);
  gtk_widget_class_bind_template_child (widget_class, CpBudgetYearForm, ic_budget_row);
  gtk_widget_class_bind_template_child (widget_class, CpBudgetYearForm, investment_group);
  gtk_widget_class_bind_template_child (widget_class, CpBudgetYearForm, public_investment_row);
  gtk_widget_class_bind_template_child (widget_class, CpBudgetYearForm, investment_own_row);
  gtk_widget_class_bind_template_child (widget_class, CpBudgetYearForm, investment_transfers_row);
  gtk_widget_class_bind_template_child (widget_class, CpBudgetYearForm, investment_international_row);
  gtk_widget_class_bind_template_child (widget_class, CpBudgetYearForm, base_currency_row);
  gtk_widget_class_bind_template_child (widget_class, CpBudgetYearForm, rate_row);
  gtk_widget_class_bind_template_child (widget_class, CpBudgetYearForm, source_row);
  gtk_widget_class_bind_template_child (widget_class, CpBudgetYearForm, notes_group);
}

static void
cp_budget_year_form_init (CpBudgetYearForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cp_budget_year_form_new (CpForm    *form,
                         CpContext *context)
{
  CpBudgetYearForm *self = g_object_new (CP_TYPE_BUDGET_YEAR_FORM, NULL);
  CpRecord *record = cp_form_get_record (form);

  /* Our own budgets are in the ledger's currency; a partner's is typed over it. */
  if (*cp_budget_year_get_currency (CP_BUDGET_YEAR (record)) == '\0')
    {
      g_autofree char *base = cp_store_dup_base_currency (cp_context_get_store (context), NULL);

      if (base != NULL)
        g_object_set (record, "currency", base, NULL);
    }
  self->municipality_row_records = cp_store_list_municipalities (cp_context_get_store (context), NULL);
  cp_form_bind_choice (form, self->municipality_row, "municipality-id", self->municipality_row_records, "name", NULL);
  cp_form_bind_number (form, self->year_row, "year");
  cp_form_bind_code (form, self->currency_row, "currency");
  cp_form_bind_number (form, self->population_row, "population");
  cp_form_bind_optional_money (form, self->municipal_budget_row, "municipal-budget", "currency");
  cp_form_bind_optional_money (form, self->ic_budget_row, "ic-budget", "currency");
  cp_form_bind_optional_money (form, self->public_investment_row, "public-investment", "currency");
  cp_form_bind_optional_money (form, self->investment_own_row, "investment-own", "currency");
  cp_form_bind_optional_money (form, self->investment_transfers_row, "investment-transfers", "currency");
  cp_form_bind_optional_money (form, self->investment_international_row, "investment-international", "currency");
  cp_form_bind_code (form, self->base_currency_row, "base-currency");
  cp_form_bind_rate (form, self->rate_row, "rate");
  cp_form_bind_text (form, self->source_row, "source");
  cp_form_bind_text_view (form, cp_notes_group_get_view (self->notes_group), "note");
  self->record = g_object_ref (record);
  g_signal_connect_swapped (record, "notify::municipality-id", G_CALLBACK (on_municipality_changed), self);
  on_municipality_changed (self);
  return GTK_WIDGET (self);
}
