/* cp-funder-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cp-funder-form.h"
#include "cp-notes-group.h"

struct _CpFunderForm
{
  AdwPreferencesPage parent_instance;

  AdwEntryRow  *name_row;
  AdwEntryRow  *acronym_row;
  AdwComboRow  *kind_row;
  AdwEntryRow  *country_row;
  AdwEntryRow  *website_row;
  AdwEntryRow  *iati_org_ref_row;
  CpNotesGroup *notes_group;
};

G_DEFINE_FINAL_TYPE (CpFunderForm, cp_funder_form, ADW_TYPE_PREFERENCES_PAGE)

static void
cp_funder_form_class_init (CpFunderFormClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (CP_TYPE_NOTES_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-funder-form.ui");
  gtk_widget_class_bind_template_child (widget_class, CpFunderForm, name_row);
  gtk_widget_class_bind_template_child (widget_class, CpFunderForm, acronym_row);
  gtk_widget_class_bind_template_child (widget_class, CpFunderForm, kind_row);
  gtk_widget_class_bind_template_child (widget_class, CpFunderForm, country_row);
  gtk_widget_class_bind_template_child (widget_class, CpFunderForm, website_row);
  gtk_widget_class_bind_template_child (widget_class, CpFunderForm, iati_org_ref_row);
  gtk_widget_class_bind_template_child (widget_class, CpFunderForm, notes_group);
}

static void
cp_funder_form_init (CpFunderForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cp_funder_form_new (CpForm    *form,
                    CpContext *context)
{
  CpFunderForm *self = g_object_new (CP_TYPE_FUNDER_FORM, NULL);

  cp_form_bind_text (form, self->name_row, "name");
  cp_form_bind_text (form, self->acronym_row, "acronym");
  cp_form_bind_enum (form, self->kind_row, "kind");
  cp_form_bind_country (form, self->country_row, "country");
  cp_form_bind_text (form, self->website_row, "website");
  cp_form_bind_text (form, self->iati_org_ref_row, "iati-org-ref");
  cp_form_bind_text_view (form, cp_notes_group_get_view (self->notes_group), "note");
  return GTK_WIDGET (self);
}
