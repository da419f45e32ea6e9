/* cp-budget-line-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/cp-budget-line.h"
#include "core/cp-budget-year.h"
#include "cp-budget-line-form.h"
#include "cp-notes-group.h"

struct _CpBudgetLineForm
{
  AdwPreferencesPage parent_instance;

  AdwEntryRow  *label_row;
  AdwEntryRow  *amount_row;
  AdwComboRow  *partnership_row;
  GListModel   *partnership_row_records;
  CpNotesGroup *notes_group;
};

G_DEFINE_FINAL_TYPE (CpBudgetLineForm, cp_budget_line_form, ADW_TYPE_PREFERENCES_PAGE)

/* The line's amount is in its budget year's currency. */
static char *
dup_year_currency (CpStore *store,
                   gint64   budget_year_id)
{
  g_autoptr(GListModel) years = cp_store_list_budget_years (store, 0, NULL);

  for (guint i = 0; years != NULL && i < g_list_model_get_n_items (years); i++)
    {
      g_autoptr(CpBudgetYear) year = g_list_model_get_item (years, i);

      if (cp_record_get_id (CP_RECORD (year)) == budget_year_id)
        return g_strdup (cp_budget_year_get_currency (year));
    }
  return g_strdup ("");
}

static void
cp_budget_line_form_dispose (GObject *object)
{
  CpBudgetLineForm *self = CP_BUDGET_LINE_FORM (object);

  g_clear_object (&self->partnership_row_records);

  G_OBJECT_CLASS (cp_budget_line_form_parent_class)->dispose (object);
}

static void
cp_budget_line_form_class_init (CpBudgetLineFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cp_budget_line_form_dispose;

  g_type_ensure (CP_TYPE_NOTES_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-budget-line-form.ui");
  gtk_widget_class_bind_template_child (widget_class, CpBudgetLineForm, label_row);
  gtk_widget_class_bind_template_child (widget_class, CpBudgetLineForm, amount_row);
  gtk_widget_class_bind_template_child (widget_class, CpBudgetLineForm, partnership_row);
  gtk_widget_class_bind_template_child (widget_class, CpBudgetLineForm, notes_group);
}

static void
cp_budget_line_form_init (CpBudgetLineForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cp_budget_line_form_new (CpForm    *form,
                         CpContext *context)
{
  CpBudgetLineForm *self = g_object_new (CP_TYPE_BUDGET_LINE_FORM, NULL);
  CpStore *store = cp_context_get_store (context);
  CpBudgetLine *line = CP_BUDGET_LINE (cp_form_get_record (form));
  g_autofree char *currency = dup_year_currency (store, cp_budget_line_get_budget_year_id (line));

  if (*currency != '\0')
    {
      /* Translators: the title of an amount's row; %s is a currency code (EUR) */
      g_autofree char *title = g_strdup_printf (_("Amount in %s"), currency);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->amount_row), title);
    }
  cp_form_bind_text (form, self->label_row, "label");
  cp_form_bind_money_in (form, self->amount_row, "amount", currency);
  self->partnership_row_records = cp_store_list_partnerships (store, NULL);
  cp_form_bind_choice (form, self->partnership_row, "partnership-id", self->partnership_row_records, "title", _("None"));
  cp_form_bind_text_view (form, cp_notes_group_get_view (self->notes_group), "note");
  return GTK_WIDGET (self);
}
