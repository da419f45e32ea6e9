/* cp-consultation-structure-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cp-consultation-structure-form.h"
#include "cp-notes-group.h"

struct _CpConsultationStructureForm
{
  AdwPreferencesPage parent_instance;

  AdwEntryRow  *name_row;
  AdwEntryRow  *purpose_row;
  AdwEntryRow  *meetings_held_row;
  AdwEntryRow  *meetings_cancelled_row;
  CpNotesGroup *notes_group;
  GtkListBox   *members_list;
  GtkDropDown  *member_dropdown;
  CpForm       *form;
  GListModel   *people;
  GPtrArray    *member_rows;
};

G_DEFINE_FINAL_TYPE (CpConsultationStructureForm, cp_consultation_structure_form, ADW_TYPE_PREFERENCES_PAGE)

static void show_members (CpConsultationStructureForm *self);

static void
set_members (CpConsultationStructureForm *self,
             GPtrArray                   *members)
{
  g_object_set (cp_form_get_record (self->form), "members", members, NULL);
  show_members (self);
}

static void
on_remove_member_clicked (GtkButton                   *button,
                          CpConsultationStructureForm *self)
{
  GPtrArray *members = cp_consultation_structure_get_members (CP_CONSULTATION_STRUCTURE (cp_form_get_record (self->form)));
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "cp-index"));
  g_autoptr(GPtrArray) remaining = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; members != NULL && i < members->len; i++)
    if (i != index)
      g_ptr_array_add (remaining, g_object_ref (g_ptr_array_index (members, i)));
  set_members (self, remaining);
}

static void
show_members (CpConsultationStructureForm *self)
{
  GPtrArray *members = cp_consultation_structure_get_members (CP_CONSULTATION_STRUCTURE (cp_form_get_record (self->form)));

  for (guint i = 0; i < self->member_rows->len; i++)
    gtk_list_box_remove (self->members_list, g_ptr_array_index (self->member_rows, i));
  g_ptr_array_set_size (self->member_rows, 0);

  for (guint i = 0; members != NULL && i < members->len; i++)
    {
      CpPerson *person = g_ptr_array_index (members, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
      g_autofree char *tooltip = g_strdup_printf (_("Remove %s"), cp_person_get_name (person));

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cp_person_get_name (person));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), cp_person_get_department (person));
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (remove, tooltip);
      gtk_widget_add_css_class (remove, "flat");
      g_object_set_data (G_OBJECT (remove), "cp-index", GUINT_TO_POINTER (i));
      g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_member_clicked), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_list_box_insert (self->members_list, row, i);
      g_ptr_array_add (self->member_rows, row);
    }
}

static void
on_add_member_clicked (CpConsultationStructureForm *self)
{
  CpPerson *person = gtk_drop_down_get_selected_item (self->member_dropdown);
  GPtrArray *members = cp_consultation_structure_get_members (CP_CONSULTATION_STRUCTURE (cp_form_get_record (self->form)));
  g_autoptr(GPtrArray) more = g_ptr_array_new_with_free_func (g_object_unref);

  if (person == NULL)
    return;
  for (guint i = 0; members != NULL && i < members->len; i++)
    {
      if (cp_record_get_id (g_ptr_array_index (members, i)) == cp_record_get_id (CP_RECORD (person)))
        return;
      g_ptr_array_add (more, g_object_ref (g_ptr_array_index (members, i)));
    }
  g_ptr_array_add (more, g_object_ref (person));
  set_members (self, more);
}

static void
cp_consultation_structure_form_dispose (GObject *object)
{
  CpConsultationStructureForm *self = CP_CONSULTATION_STRUCTURE_FORM (object);

  g_clear_object (&self->people);
  g_clear_object (&self->form);
  g_clear_pointer (&self->member_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (cp_consultation_structure_form_parent_class)->dispose (object);
}

static void
cp_consultation_structure_form_class_init (CpConsultationStructureFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cp_consultation_structure_form_dispose;

  g_type_ensure (CP_TYPE_NOTES_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-consultation-structure-form.ui");
  gtk_widget_class_bind_template_child (widget_class, CpConsultationStructureForm, name_row);
  gtk_widget_class_bind_template_child (widget_class, CpConsultationStructureForm, purpose_row);
  gtk_widget_class_bind_template_child (widget_class, CpConsultationStructureForm, meetings_held_row);
  gtk_widget_class_bind_template_child (widget_class, CpConsultationStructureForm, meetings_cancelled_row);
  gtk_widget_class_bind_template_child (widget_class, CpConsultationStructureForm, notes_group);
  gtk_widget_class_bind_template_child (widget_class, CpConsultationStructureForm, members_list);
  gtk_widget_class_bind_template_child (widget_class, CpConsultationStructureForm, member_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, on_add_member_clicked);
}

static void
cp_consultation_structure_form_init (CpConsultationStructureForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cp_consultation_structure_form_new (CpForm    *form,
                                    CpContext *context)
{
  CpConsultationStructureForm *self = g_object_new (CP_TYPE_CONSULTATION_STRUCTURE_FORM, NULL);

  cp_form_bind_text (form, self->name_row, "name");
  cp_form_bind_text (form, self->purpose_row, "purpose");
  cp_form_bind_number (form, self->meetings_held_row, "meetings-held");
  cp_form_bind_number (form, self->meetings_cancelled_row, "meetings-cancelled");
  cp_form_bind_text_view (form, cp_notes_group_get_view (self->notes_group), "note");
  self->form = g_object_ref (form);
  self->member_rows = g_ptr_array_new ();
  self->people = cp_store_list_people (cp_context_get_store (context), NULL);
  {
    GtkExpression *name = gtk_property_expression_new (CP_TYPE_PERSON, NULL, "name");
    gtk_drop_down_set_expression (self->member_dropdown, name);
    gtk_expression_unref (name);
  }
  gtk_drop_down_set_model (self->member_dropdown, self->people);
  show_members (self);
  return GTK_WIDGET (self);
}
