/* cp-visit-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cp-enum-types.h"
#include "cp-notes-group.h"
#include "cp-visit-form.h"

struct _CpVisitForm
{
  AdwPreferencesPage parent_instance;

  AdwEntryRow  *purpose_row;
  AdwComboRow  *partnership_row;
  GListModel   *partnership_row_records;
  AdwComboRow  *direction_row;
  AdwComboRow  *origin_row;
  GListModel   *origin_row_records;
  AdwComboRow  *destination_row;
  GListModel   *destination_row_records;
  AdwComboRow  *status_row;
  AdwEntryRow  *starts_on_row;
  AdwEntryRow  *ends_on_row;
  AdwComboRow  *need_row;
  GListModel   *need_row_records;
  AdwEntryRow  *project_row;
  GtkTextView  *report_view;
  CpNotesGroup *notes_group;
  AdwPreferencesGroup *modalities_group;
  CpForm       *form;
  GPtrArray    *modality_checks;
};

G_DEFINE_FINAL_TYPE (CpVisitForm, cp_visit_form, ADW_TYPE_PREFERENCES_PAGE)

static void
on_modality_toggled (CpVisitForm *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) modalities = NULL;

  for (guint i = 0; i < self->modality_checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->modality_checks, i)))
      g_strv_builder_add (builder, cp_enum_to_nick (CP_TYPE_EXCHANGE_MODALITY, i));
  modalities = g_strv_builder_end (builder);
  g_object_set (cp_form_get_record (self->form), "modalities", modalities, NULL);
}

static void
add_modalities (CpVisitForm *self)
{
  CpVisit *visit = CP_VISIT (cp_form_get_record (self->form));

  for (guint i = 0; i < cp_enum_count (CP_TYPE_EXCHANGE_MODALITY); i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cp_exchange_modality_to_label (i));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), cp_visit_has_modality (visit, i));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (on_modality_toggled), self);
      adw_preferences_group_add (self->modalities_group, row);
      g_ptr_array_add (self->modality_checks, check);
    }
}

static void
cp_visit_form_dispose (GObject *object)
{
  CpVisitForm *self = CP_VISIT_FORM (object);

  g_clear_object (&self->partnership_row_records);
  g_clear_object (&self->origin_row_records);
  g_clear_object (&self->destination_row_records);
  g_clear_object (&self->need_row_records);

  g_clear_object (&self->form);
  g_clear_pointer (&self->modality_checks, g_ptr_array_unref);

  G_OBJECT_CLASS (cp_visit_form_parent_class)->dispose (object);
}

static void
cp_visit_form_class_init (CpVisitFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cp_visit_form_dispose;

  g_type_ensure (CP_TYPE_NOTES_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-visit-form.ui");
  gtk_widget_class_bind_template_child (widget_class, CpVisitForm, purpose_row);
  gtk_widget_class_bind_template_child (widget_class, CpVisitForm, partnership_row);
  gtk_widget_class_bind_template_child (widget_class, CpVisitForm, direction_row);
  gtk_widget_class_bind_template_child (widget_class, CpVisitForm, origin_row);
  gtk_widget_class_bind_template_child (widget_class, CpVisitForm, destination_row);
  gtk_widget_class_bind_template_child (widget_class, CpVisitForm, status_row);
  gtk_widget_class_bind_template_child (widget_class, CpVisitForm, starts_on_row);
  gtk_widget_class_bind_template_child (widget_class, CpVisitForm, ends_on_row);
  gtk_widget_class_bind_template_child (widget_class, CpVisitForm, need_row);
  gtk_widget_class_bind_template_child (widget_class, CpVisitForm, project_row);
  gtk_widget_class_bind_template_child (widget_class, CpVisitForm, report_view);
  gtk_widget_class_bind_template_child (widget_class, CpVisitForm, notes_group);
  gtk_widget_class_bind_template_child (widget_class, CpVisitForm, modalities_group);
}

static void
cp_visit_form_init (CpVisitForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cp_visit_form_new (CpForm    *form,
                   CpContext *context)
{
  CpVisitForm *self = g_object_new (CP_TYPE_VISIT_FORM, NULL);

  cp_form_bind_text (form, self->purpose_row, "purpose");
  self->partnership_row_records = cp_store_list_partnerships (cp_context_get_store (context), NULL);
  cp_form_bind_choice (form, self->partnership_row, "partnership-id", self->partnership_row_records, "title", NULL);
  cp_form_bind_enum (form, self->direction_row, "direction");
  self->origin_row_records = cp_store_list_municipalities (cp_context_get_store (context), NULL);
  cp_form_bind_choice (form, self->origin_row, "origin-id", self->origin_row_records, "name", _("Not recorded"));
  self->destination_row_records = cp_store_list_municipalities (cp_context_get_store (context), NULL);
  cp_form_bind_choice (form, self->destination_row, "destination-id", self->destination_row_records, "name", _("Not recorded"));
  cp_form_bind_enum (form, self->status_row, "status");
  cp_form_bind_text (form, self->starts_on_row, "starts-on");
  cp_form_bind_text (form, self->ends_on_row, "ends-on");
  self->need_row_records = cp_store_list_needs (cp_context_get_store (context), 0, NULL);
  cp_form_bind_choice (form, self->need_row, "need-id", self->need_row_records, "description", _("None"));
  cp_form_bind_text (form, self->project_row, "project");
  cp_form_bind_text_view (form, self->report_view, "report");
  cp_form_bind_text_view (form, cp_notes_group_get_view (self->notes_group), "note");
  self->form = g_object_ref (form);
  self->modality_checks = g_ptr_array_new ();
  add_modalities (self);
  return GTK_WIDGET (self);
}
