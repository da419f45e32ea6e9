/* cp-person-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cp-expertise-editor.h"
#include "cp-notes-group.h"
#include "cp-person-form.h"

struct _CpPersonForm
{
  AdwPreferencesPage parent_instance;

  AdwEntryRow       *name_row;
  AdwComboRow       *kind_row;
  AdwComboRow       *municipality_row;
  GListModel        *municipality_row_records;
  AdwEntryRow       *organisation_row;
  AdwEntryRow       *department_row;
  AdwEntryRow       *position_row;
  AdwEntryRow       *email_row;
  AdwEntryRow       *phone_row;
  AdwEntryRow       *languages_row;
  CpExpertiseEditor *expertise_editor;
  GtkSwitch         *regional_switch;
  GtkSwitch         *intercultural_switch;
  CpNotesGroup      *notes_group;
};

G_DEFINE_FINAL_TYPE (CpPersonForm, cp_person_form, ADW_TYPE_PREFERENCES_PAGE)

static void
cp_person_form_dispose (GObject *object)
{
  CpPersonForm *self = CP_PERSON_FORM (object);

  g_clear_object (&self->municipality_row_records);

  G_OBJECT_CLASS (cp_person_form_parent_class)->dispose (object);
}

static void
cp_person_form_class_init (CpPersonFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cp_person_form_dispose;

  g_type_ensure (CP_TYPE_NOTES_GROUP);
  g_type_ensure (CP_TYPE_EXPERTISE_EDITOR);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-person-form.ui");
  gtk_widget_class_bind_template_child (widget_class, CpPersonForm, name_row);
  gtk_widget_class_bind_template_child (widget_class, CpPersonForm, kind_row);
  gtk_widget_class_bind_template_child (widget_class, CpPersonForm, municipality_row);
  gtk_widget_class_bind_template_child (widget_class, CpPersonForm, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, CpPersonForm, department_row);
  gtk_widget_class_bind_template_child (widget_class, CpPersonForm, position_row);
  gtk_widget_class_bind_template_child (widget_class, CpPersonForm, email_row);
  gtk_widget_class_bind_template_child (widget_class, CpPersonForm, phone_row);
  gtk_widget_class_bind_template_child (widget_class, CpPersonForm, languages_row);
  gtk_widget_class_bind_template_child (widget_class, CpPersonForm, expertise_editor);
  gtk_widget_class_bind_template_child (widget_class, CpPersonForm, regional_switch);
  gtk_widget_class_bind_template_child (widget_class, CpPersonForm, intercultural_switch);
  gtk_widget_class_bind_template_child (widget_class, CpPersonForm, notes_group);
}

static void
cp_person_form_init (CpPersonForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cp_person_form_new (CpForm    *form,
                    CpContext *context)
{
  CpPersonForm *self = g_object_new (CP_TYPE_PERSON_FORM, NULL);

  cp_form_bind_text (form, self->name_row, "name");
  cp_form_bind_enum (form, self->kind_row, "kind");
  self->municipality_row_records = cp_store_list_municipalities (cp_context_get_store (context), NULL);
  cp_form_bind_choice (form, self->municipality_row, "municipality-id", self->municipality_row_records, "name", _("None"));
  cp_form_bind_text (form, self->organisation_row, "organisation");
  cp_form_bind_text (form, self->department_row, "department");
  cp_form_bind_text (form, self->position_row, "position");
  cp_form_bind_text (form, self->email_row, "email");
  cp_form_bind_text (form, self->phone_row, "phone");
  cp_form_bind_language_skills (form, self->languages_row, "languages");
  cp_expertise_editor_bind (self->expertise_editor, context, cp_form_get_record (form), "expertise");
  cp_form_watch (form, cp_expertise_editor_get_add_row (self->expertise_editor), "expertise");
  cp_form_bind_switch (form, self->regional_switch, "regional-experience");
  cp_form_bind_switch (form, self->intercultural_switch, "intercultural-experience");
  cp_form_bind_text_view (form, cp_notes_group_get_view (self->notes_group), "note");
  return GTK_WIDGET (self);
}
