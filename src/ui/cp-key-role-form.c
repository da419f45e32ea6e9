/* cp-key-role-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cp-key-role-form.h"
#include "cp-notes-group.h"

struct _CpKeyRoleForm
{
  AdwPreferencesPage parent_instance;

  AdwComboRow  *role_row;
  AdwActionRow *person_row;
  GtkDropDown  *person_row_dropdown;
  GListModel   *people;
  AdwEntryRow  *starts_on_row;
  AdwEntryRow  *ends_on_row;
  CpNotesGroup *notes_group;
};

G_DEFINE_FINAL_TYPE (CpKeyRoleForm, cp_key_role_form, ADW_TYPE_PREFERENCES_PAGE)

static void
cp_key_role_form_dispose (GObject *object)
{
  CpKeyRoleForm *self = CP_KEY_ROLE_FORM (object);

  g_clear_object (&self->people);

  G_OBJECT_CLASS (cp_key_role_form_parent_class)->dispose (object);
}

static void
cp_key_role_form_class_init (CpKeyRoleFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cp_key_role_form_dispose;

  g_type_ensure (CP_TYPE_NOTES_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-key-role-form.ui");
  gtk_widget_class_bind_template_child (widget_class, CpKeyRoleForm, role_row);
  gtk_widget_class_bind_template_child (widget_class, CpKeyRoleForm, person_row);
  gtk_widget_class_bind_template_child (widget_class, CpKeyRoleForm, person_row_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CpKeyRoleForm, starts_on_row);
  gtk_widget_class_bind_template_child (widget_class, CpKeyRoleForm, ends_on_row);
  gtk_widget_class_bind_template_child (widget_class, CpKeyRoleForm, notes_group);
}

static void
cp_key_role_form_init (CpKeyRoleForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cp_key_role_form_new (CpForm    *form,
                      CpContext *context)
{
  CpKeyRoleForm *self = g_object_new (CP_TYPE_KEY_ROLE_FORM, NULL);

  cp_form_bind_enum (form, self->role_row, "role");
  self->people = cp_store_list_people (cp_context_get_store (context), NULL);
  cp_form_bind_person (form, self->person_row, self->person_row_dropdown, "person-id", self->people);
  cp_form_bind_text (form, self->starts_on_row, "starts-on");
  cp_form_bind_text (form, self->ends_on_row, "ends-on");
  cp_form_bind_text_view (form, cp_notes_group_get_view (self->notes_group), "note");
  return GTK_WIDGET (self);
}
