/* cp-funding-programme-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cp-funding-programme-form.h"
#include "cp-notes-group.h"

struct _CpFundingProgrammeForm
{
  AdwPreferencesPage parent_instance;

  AdwComboRow  *funder_row;
  GListModel   *funder_row_records;
  AdwEntryRow  *name_row;
  AdwEntryRow  *starts_on_row;
  AdwEntryRow  *ends_on_row;
  AdwEntryRow  *eligible_countries_row;
  AdwEntryRow  *co_funding_row;
  AdwEntryRow  *currency_row;
  AdwEntryRow  *amount_min_row;
  AdwEntryRow  *amount_max_row;
  CpNotesGroup *notes_group;
};

G_DEFINE_FINAL_TYPE (CpFundingProgrammeForm, cp_funding_programme_form, ADW_TYPE_PREFERENCES_PAGE)

static void
cp_funding_programme_form_dispose (GObject *object)
{
  CpFundingProgrammeForm *self = CP_FUNDING_PROGRAMME_FORM (object);

  g_clear_object (&self->funder_row_records);

  G_OBJECT_CLASS (cp_funding_programme_form_parent_class)->dispose (object);
}

static void
cp_funding_programme_form_class_init (CpFundingProgrammeFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cp_funding_programme_form_dispose;

  g_type_ensure (CP_TYPE_NOTES_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-funding-programme-form.ui");
  gtk_widget_class_bind_template_child (widget_class, CpFundingProgrammeForm, funder_row);
  gtk_widget_class_bind_template_child (widget_class, CpFundingProgrammeForm, name_row);
  gtk_widget_class_bind_template_child (widget_class, CpFundingProgrammeForm, starts_on_row);
  gtk_widget_class_bind_template_child (widget_class, CpFundingProgrammeForm, ends_on_row);
  gtk_widget_class_bind_template_child (widget_class, CpFundingProgrammeForm, eligible_countries_row);
  gtk_widget_class_bind_template_child (widget_class, CpFundingProgrammeForm, co_funding_row);
  gtk_widget_class_bind_template_child (widget_class, CpFundingProgrammeForm, currency_row);
  gtk_widget_class_bind_template_child (widget_class, CpFundingProgrammeForm, amount_min_row);
  gtk_widget_class_bind_template_child (widget_class, CpFundingProgrammeForm, amount_max_row);
  gtk_widget_class_bind_template_child (widget_class, CpFundingProgrammeForm, notes_group);
}

static void
cp_funding_programme_form_init (CpFundingProgrammeForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cp_funding_programme_form_new (CpForm    *form,
                               CpContext *context)
{
  CpFundingProgrammeForm *self = g_object_new (CP_TYPE_FUNDING_PROGRAMME_FORM, NULL);

  self->funder_row_records = cp_store_list_funders (cp_context_get_store (context), NULL);
  cp_form_bind_choice (form, self->funder_row, "funder-id", self->funder_row_records, "name", NULL);
  cp_form_bind_text (form, self->name_row, "name");
  cp_form_bind_text (form, self->starts_on_row, "starts-on");
  cp_form_bind_text (form, self->ends_on_row, "ends-on");
  cp_form_bind_eligibility (form, self->eligible_countries_row, "eligible-countries");
  cp_form_bind_number (form, self->co_funding_row, "co-funding");
  cp_form_bind_code (form, self->currency_row, "currency");
  cp_form_bind_optional_money (form, self->amount_min_row, "amount-min", "currency");
  cp_form_bind_optional_money (form, self->amount_max_row, "amount-max", "currency");
  cp_form_bind_text_view (form, cp_notes_group_get_view (self->notes_group), "note");
  return GTK_WIDGET (self);
}
