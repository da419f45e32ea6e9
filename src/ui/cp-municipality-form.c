/* cp-municipality-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cp-notes-group.h"
#include "cp-municipality-form.h"

struct _CpMunicipalityForm
{
  AdwPreferencesPage parent_instance;

  AdwEntryRow *name_row;
  AdwEntryRow *country_row;
  AdwEntryRow *region_row;
  AdwEntryRow *population_row;
  AdwEntryRow *population_year_row;
  AdwEntryRow *time_zone_row;
  AdwEntryRow *iati_org_ref_row;
  GtkSwitch   *is_own_switch;
  CpNotesGroup *notes_group;
};

G_DEFINE_FINAL_TYPE (CpMunicipalityForm, cp_municipality_form, ADW_TYPE_PREFERENCES_PAGE)

static void
cp_municipality_form_class_init (CpMunicipalityFormClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (CP_TYPE_NOTES_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-municipality-form.ui");
  gtk_widget_class_bind_template_child (widget_class, CpMunicipalityForm, name_row);
  gtk_widget_class_bind_template_child (widget_class, CpMunicipalityForm, country_row);
  gtk_widget_class_bind_template_child (widget_class, CpMunicipalityForm, region_row);
  gtk_widget_class_bind_template_child (widget_class, CpMunicipalityForm, population_row);
  gtk_widget_class_bind_template_child (widget_class, CpMunicipalityForm, population_year_row);
  gtk_widget_class_bind_template_child (widget_class, CpMunicipalityForm, time_zone_row);
  gtk_widget_class_bind_template_child (widget_class, CpMunicipalityForm, iati_org_ref_row);
  gtk_widget_class_bind_template_child (widget_class, CpMunicipalityForm, is_own_switch);
  gtk_widget_class_bind_template_child (widget_class, CpMunicipalityForm, notes_group);
}

static void
cp_municipality_form_init (CpMunicipalityForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cp_municipality_form_new (CpForm    *form,
                          CpContext *context)
{
  CpMunicipalityForm *self = g_object_new (CP_TYPE_MUNICIPALITY_FORM, NULL);

  cp_form_bind_text (form, self->name_row, "name");
  cp_form_bind_country (form, self->country_row, "country");
  cp_form_bind_text (form, self->region_row, "region");
  cp_form_bind_number (form, self->population_row, "population");
  cp_form_bind_number (form, self->population_year_row, "population-year");
  cp_form_bind_text (form, self->time_zone_row, "time-zone");
  cp_form_bind_text (form, self->iati_org_ref_row, "iati-org-ref");
  cp_form_bind_switch (form, self->is_own_switch, "is-own");
  cp_form_bind_text_view (form, cp_notes_group_get_view (self->notes_group), "note");
  return GTK_WIDGET (self);
}
