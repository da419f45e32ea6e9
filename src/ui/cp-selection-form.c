/* cp-selection-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cp-notes-group.h"
#include "cp-selection-form.h"

struct _CpSelectionForm
{
  AdwPreferencesPage parent_instance;

  AdwActionRow *person_row;
  GtkDropDown  *person_row_dropdown;
  GListModel   *people;
  AdwEntryRow  *rationale_row;
  AdwEntryRow  *decided_on_row;
  GtkTextView  *notes_view;
};

G_DEFINE_FINAL_TYPE (CpSelectionForm, cp_selection_form, ADW_TYPE_PREFERENCES_PAGE)

static void
cp_selection_form_dispose (GObject *object)
{
  CpSelectionForm *self = CP_SELECTION_FORM (object);

  g_clear_object (&self->people);

  G_OBJECT_CLASS (cp_selection_form_parent_class)->dispose (object);
}

static void
cp_selection_form_class_init (CpSelectionFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cp_selection_form_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-selection-form.ui");
  gtk_widget_class_bind_template_child (widget_class, CpSelectionForm, person_row);
  gtk_widget_class_bind_template_child (widget_class, CpSelectionForm, person_row_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CpSelectionForm, rationale_row);
  gtk_widget_class_bind_template_child (widget_class, CpSelectionForm, decided_on_row);
  gtk_widget_class_bind_template_child (widget_class, CpSelectionForm, notes_view);
}

static void
cp_selection_form_init (CpSelectionForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cp_selection_form_new (CpForm    *form,
                       CpContext *context)
{
  CpSelectionForm *self = g_object_new (CP_TYPE_SELECTION_FORM, NULL);

  self->people = cp_store_list_people (cp_context_get_store (context), NULL);
  cp_form_bind_person (form, self->person_row, self->person_row_dropdown, "person-id", self->people);
  cp_form_bind_text (form, self->rationale_row, "rationale");
  cp_form_bind_text (form, self->decided_on_row, "decided-on");
  cp_form_bind_text_view (form, self->notes_view, "notes");
  return GTK_WIDGET (self);
}
