/* cp-support-action-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/cp-support-action.h"
#include "cp-support-action-form.h"

struct _CpSupportActionForm
{
  AdwPreferencesPage parent_instance;

  AdwComboRow  *municipality_row;
  GListModel   *municipalities;
  AdwComboRow  *partnership_row;
  GListModel   *partnerships;
  AdwComboRow  *kind_row;
  AdwEntryRow  *date_row;
  AdwEntryRow  *description_row;
  AdwEntryRow  *attendance_row;
  AdwEntryRow  *actor_row;
  AdwActionRow *person_row;
  GtkDropDown  *person_row_dropdown;
  GtkButton    *clear_person_button;
  GListModel   *people;
  CpRecord     *record;
};

G_DEFINE_FINAL_TYPE (CpSupportActionForm, cp_support_action_form, ADW_TYPE_PREFERENCES_PAGE)

static void
on_person_changed (CpSupportActionForm *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->clear_person_button),
                          cp_support_action_get_person_id (CP_SUPPORT_ACTION (self->record)) != 0);
}

/* The person is optional: a role alone (“Mayor”) says enough. */
static void
on_clear_person_clicked (CpSupportActionForm *self)
{
  gtk_drop_down_set_selected (self->person_row_dropdown, GTK_INVALID_LIST_POSITION);
}

static void
cp_support_action_form_dispose (GObject *object)
{
  CpSupportActionForm *self = CP_SUPPORT_ACTION_FORM (object);

  if (self->record != NULL)
    g_signal_handlers_disconnect_by_data (self->record, self);
  g_clear_object (&self->record);
  g_clear_object (&self->municipalities);
  g_clear_object (&self->partnerships);
  g_clear_object (&self->people);

  G_OBJECT_CLASS (cp_support_action_form_parent_class)->dispose (object);
}

static void
cp_support_action_form_class_init (CpSupportActionFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cp_support_action_form_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-support-action-form.ui");
  gtk_widget_class_bind_template_child (widget_class, CpSupportActionForm, municipality_row);
  gtk_widget_class_bind_template_child (widget_class, CpSupportActionForm, partnership_row);
  gtk_widget_class_bind_template_child (widget_class, CpSupportActionForm, kind_row);
  gtk_widget_class_bind_template_child (widget_class, CpSupportActionForm, date_row);
  gtk_widget_class_bind_template_child (widget_class, CpSupportActionForm, description_row);
  gtk_widget_class_bind_template_child (widget_class, CpSupportActionForm, attendance_row);
  gtk_widget_class_bind_template_child (widget_class, CpSupportActionForm, actor_row);
  gtk_widget_class_bind_template_child (widget_class, CpSupportActionForm, person_row);
  gtk_widget_class_bind_template_child (widget_class, CpSupportActionForm, person_row_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CpSupportActionForm, clear_person_button);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_person_clicked);
}

static void
cp_support_action_form_init (CpSupportActionForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cp_support_action_form_new (CpForm    *form,
                            CpContext *context)
{
  CpSupportActionForm *self = g_object_new (CP_TYPE_SUPPORT_ACTION_FORM, NULL);
  CpStore *store = cp_context_get_store (context);
  CpRecord *record = cp_form_get_record (form);

  self->municipalities = cp_store_list_municipalities (store, NULL);
  self->partnerships = cp_store_list_partnerships (store, NULL);
  self->people = cp_store_list_people (store, NULL);
  cp_form_bind_choice (form, self->municipality_row, "municipality-id", self->municipalities, "name", NULL);
  cp_form_bind_choice (form, self->partnership_row, "partnership-id", self->partnerships, "title", _("None"));
  cp_form_bind_enum (form, self->kind_row, "kind");
  cp_form_bind_text (form, self->date_row, "date");
  cp_form_bind_text (form, self->description_row, "description");
  cp_form_bind_count (form, self->attendance_row, "attendance");
  cp_form_bind_text (form, self->actor_row, "actor");
  cp_form_bind_person (form, self->person_row, self->person_row_dropdown, "person-id", self->people);

  self->record = g_object_ref (record);
  g_signal_connect_swapped (record, "notify::person-id", G_CALLBACK (on_person_changed), self);
  on_person_changed (self);
  return GTK_WIDGET (self);
}
