/* cp-availability-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cp-availability-form.h"
#include "cp-notes-group.h"

struct _CpAvailabilityForm
{
  AdwPreferencesPage parent_instance;

  AdwEntryRow  *starts_on_row;
  AdwEntryRow  *ends_on_row;
  CpNotesGroup *notes_group;
};

G_DEFINE_FINAL_TYPE (CpAvailabilityForm, cp_availability_form, ADW_TYPE_PREFERENCES_PAGE)

static void
cp_availability_form_class_init (CpAvailabilityFormClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (CP_TYPE_NOTES_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-availability-form.ui");
  gtk_widget_class_bind_template_child (widget_class, CpAvailabilityForm, starts_on_row);
  gtk_widget_class_bind_template_child (widget_class, CpAvailabilityForm, ends_on_row);
  gtk_widget_class_bind_template_child (widget_class, CpAvailabilityForm, notes_group);
}

static void
cp_availability_form_init (CpAvailabilityForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cp_availability_form_new (CpForm    *form,
                          CpContext *context)
{
  CpAvailabilityForm *self = g_object_new (CP_TYPE_AVAILABILITY_FORM, NULL);

  cp_form_bind_text (form, self->starts_on_row, "starts-on");
  cp_form_bind_text (form, self->ends_on_row, "ends-on");
  cp_form_bind_text_view (form, cp_notes_group_get_view (self->notes_group), "note");
  return GTK_WIDGET (self);
}
