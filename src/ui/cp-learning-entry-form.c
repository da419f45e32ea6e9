/* cp-learning-entry-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cp-learning-entry-form.h"
#include "cp-notes-group.h"

struct _CpLearningEntryForm
{
  AdwPreferencesPage parent_instance;

  AdwActionRow *person_row;
  GtkDropDown  *person_row_dropdown;
  GListModel   *people;
  AdwComboRow  *level_row;
  AdwEntryRow  *learnt_row;
  GtkTextView  *shared_view;
};

G_DEFINE_FINAL_TYPE (CpLearningEntryForm, cp_learning_entry_form, ADW_TYPE_PREFERENCES_PAGE)

static void
cp_learning_entry_form_dispose (GObject *object)
{
  CpLearningEntryForm *self = CP_LEARNING_ENTRY_FORM (object);

  g_clear_object (&self->people);

  G_OBJECT_CLASS (cp_learning_entry_form_parent_class)->dispose (object);
}

static void
cp_learning_entry_form_class_init (CpLearningEntryFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cp_learning_entry_form_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-learning-entry-form.ui");
  gtk_widget_class_bind_template_child (widget_class, CpLearningEntryForm, person_row);
  gtk_widget_class_bind_template_child (widget_class, CpLearningEntryForm, person_row_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CpLearningEntryForm, level_row);
  gtk_widget_class_bind_template_child (widget_class, CpLearningEntryForm, learnt_row);
  gtk_widget_class_bind_template_child (widget_class, CpLearningEntryForm, shared_view);
}

static void
cp_learning_entry_form_init (CpLearningEntryForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cp_learning_entry_form_new (CpForm    *form,
                            CpContext *context)
{
  CpLearningEntryForm *self = g_object_new (CP_TYPE_LEARNING_ENTRY_FORM, NULL);

  self->people = cp_store_list_people (cp_context_get_store (context), NULL);
  cp_form_bind_person (form, self->person_row, self->person_row_dropdown, "person-id", self->people);
  cp_form_bind_enum (form, self->level_row, "level");
  cp_form_bind_text (form, self->learnt_row, "learnt");
  cp_form_bind_text_view (form, self->shared_view, "shared");
  return GTK_WIDGET (self);
}
