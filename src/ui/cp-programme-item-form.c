/* cp-programme-item-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cp-notes-group.h"
#include "cp-programme-item-form.h"

struct _CpProgrammeItemForm
{
  AdwPreferencesPage parent_instance;

  AdwEntryRow *date_row;
  AdwEntryRow *starts_at_row;
  AdwEntryRow *ends_at_row;
  AdwEntryRow *activity_row;
  AdwEntryRow *place_row;
  AdwEntryRow *contact_row;
  AdwEntryRow *language_row;
};

G_DEFINE_FINAL_TYPE (CpProgrammeItemForm, cp_programme_item_form, ADW_TYPE_PREFERENCES_PAGE)

static void
cp_programme_item_form_class_init (CpProgrammeItemFormClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-programme-item-form.ui");
  gtk_widget_class_bind_template_child (widget_class, CpProgrammeItemForm, date_row);
  gtk_widget_class_bind_template_child (widget_class, CpProgrammeItemForm, starts_at_row);
  gtk_widget_class_bind_template_child (widget_class, CpProgrammeItemForm, ends_at_row);
  gtk_widget_class_bind_template_child (widget_class, CpProgrammeItemForm, activity_row);
  gtk_widget_class_bind_template_child (widget_class, CpProgrammeItemForm, place_row);
  gtk_widget_class_bind_template_child (widget_class, CpProgrammeItemForm, contact_row);
  gtk_widget_class_bind_template_child (widget_class, CpProgrammeItemForm, language_row);
}

static void
cp_programme_item_form_init (CpProgrammeItemForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cp_programme_item_form_new (CpForm    *form,
                            CpContext *context)
{
  CpProgrammeItemForm *self = g_object_new (CP_TYPE_PROGRAMME_ITEM_FORM, NULL);

  cp_form_bind_text (form, self->date_row, "date");
  cp_form_bind_text (form, self->starts_at_row, "starts-at");
  cp_form_bind_text (form, self->ends_at_row, "ends-at");
  cp_form_bind_text (form, self->activity_row, "activity");
  cp_form_bind_text (form, self->place_row, "place");
  cp_form_bind_text (form, self->contact_row, "contact");
  cp_form_bind_text (form, self->language_row, "language");
  return GTK_WIDGET (self);
}
