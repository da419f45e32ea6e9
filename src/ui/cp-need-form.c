/* cp-need-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cp-expertise-editor.h"
#include "cp-need-form.h"
#include "cp-notes-group.h"

struct _CpNeedForm
{
  AdwPreferencesPage parent_instance;

  AdwComboRow       *partnership_row;
  GListModel        *partnership_row_records;
  AdwComboRow       *requested_by_row;
  GListModel        *requested_by_row_records;
  AdwEntryRow       *description_row;
  AdwComboRow       *status_row;
  CpExpertiseEditor *expertise_editor;
  AdwEntryRow       *languages_row;
  AdwEntryRow       *starts_on_row;
  AdwEntryRow       *ends_on_row;
  AdwEntryRow       *length_row;
  CpNotesGroup      *notes_group;
};

G_DEFINE_FINAL_TYPE (CpNeedForm, cp_need_form, ADW_TYPE_PREFERENCES_PAGE)

static void
cp_need_form_dispose (GObject *object)
{
  CpNeedForm *self = CP_NEED_FORM (object);

  g_clear_object (&self->partnership_row_records);
  g_clear_object (&self->requested_by_row_records);

  G_OBJECT_CLASS (cp_need_form_parent_class)->dispose (object);
}

static void
cp_need_form_class_init (CpNeedFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cp_need_form_dispose;

  g_type_ensure (CP_TYPE_NOTES_GROUP);
  g_type_ensure (CP_TYPE_EXPERTISE_EDITOR);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-need-form.ui");
  gtk_widget_class_bind_template_child (widget_class, CpNeedForm, partnership_row);
  gtk_widget_class_bind_template_child (widget_class, CpNeedForm, requested_by_row);
  gtk_widget_class_bind_template_child (widget_class, CpNeedForm, description_row);
  gtk_widget_class_bind_template_child (widget_class, CpNeedForm, status_row);
  gtk_widget_class_bind_template_child (widget_class, CpNeedForm, expertise_editor);
  gtk_widget_class_bind_template_child (widget_class, CpNeedForm, languages_row);
  gtk_widget_class_bind_template_child (widget_class, CpNeedForm, starts_on_row);
  gtk_widget_class_bind_template_child (widget_class, CpNeedForm, ends_on_row);
  gtk_widget_class_bind_template_child (widget_class, CpNeedForm, length_row);
  gtk_widget_class_bind_template_child (widget_class, CpNeedForm, notes_group);
}

static void
cp_need_form_init (CpNeedForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cp_need_form_new (CpForm    *form,
                  CpContext *context)
{
  CpNeedForm *self = g_object_new (CP_TYPE_NEED_FORM, NULL);

  self->partnership_row_records = cp_store_list_partnerships (cp_context_get_store (context), NULL);
  cp_form_bind_choice (form, self->partnership_row, "partnership-id", self->partnership_row_records, "title", NULL);
  self->requested_by_row_records = cp_store_list_municipalities (cp_context_get_store (context), NULL);
  cp_form_bind_choice (form, self->requested_by_row, "requested-by-id", self->requested_by_row_records, "name", _("Not recorded"));
  cp_form_bind_text (form, self->description_row, "description");
  cp_form_bind_enum (form, self->status_row, "status");
  cp_expertise_editor_bind (self->expertise_editor, context, cp_form_get_record (form), "expertise");
  cp_form_watch (form, cp_expertise_editor_get_add_row (self->expertise_editor), "expertise");
  cp_form_bind_language_skills (form, self->languages_row, "languages");
  cp_form_bind_text (form, self->starts_on_row, "starts-on");
  cp_form_bind_text (form, self->ends_on_row, "ends-on");
  cp_form_bind_number (form, self->length_row, "length-days");
  cp_form_bind_text_view (form, cp_notes_group_get_view (self->notes_group), "note");
  return GTK_WIDGET (self);
}
