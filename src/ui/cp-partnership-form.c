/* cp-partnership-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/cp-country.h"
#include "cp-editor-dialog.h"
#include "cp-enum-types.h"
#include "cp-notes-group.h"
#include "cp-partnership-form.h"

struct _CpPartnershipForm
{
  AdwPreferencesPage parent_instance;

  GtkListBox   *parties_list;
  AdwComboRow  *add_party_row;
  AdwComboRow  *kind_row;
  AdwComboRow  *status_row;
  AdwEntryRow  *status_since_row;
  AdwComboRow  *initiative_row;
  AdwEntryRow  *first_contact_row;
  GtkSwitch    *approximate_switch;
  AdwEntryRow  *agreement_date_row;
  AdwEntryRow  *themes_row;
  AdwComboRow  *sector_row;
  AdwPreferencesGroup *motives_group;
  GtkTextView  *description_view;
  CpNotesGroup *notes_group;

  CpForm       *form;
  CpContext    *context;
  GListModel   *municipalities;
  GPtrArray    *party_rows;
  GPtrArray    *motive_checks;
  CpPartnershipStatus initial_status;
};

G_DEFINE_FINAL_TYPE (CpPartnershipForm, cp_partnership_form, ADW_TYPE_PREFERENCES_PAGE)

static CpPartnership *
get_partnership (CpPartnershipForm *self)
{
  return CP_PARTNERSHIP (cp_form_get_record (self->form));
}

static void set_parties (CpPartnershipForm *self,
                         GPtrArray         *parties);

static void
on_remove_party_clicked (GtkButton         *button,
                         CpPartnershipForm *self)
{
  GPtrArray *parties = cp_partnership_get_parties (get_partnership (self));
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "cp-index"));
  g_autoptr(GPtrArray) remaining = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; parties != NULL && i < parties->len; i++)
    if (i != index)
      g_ptr_array_add (remaining, g_object_ref (g_ptr_array_index (parties, i)));
  set_parties (self, remaining);
}

static void
show_parties (CpPartnershipForm *self)
{
  GPtrArray *parties = cp_partnership_get_parties (get_partnership (self));

  for (guint i = 0; i < self->party_rows->len; i++)
    gtk_list_box_remove (self->parties_list, g_ptr_array_index (self->party_rows, i));
  g_ptr_array_set_size (self->party_rows, 0);

  for (guint i = 0; parties != NULL && i < parties->len; i++)
    {
      CpMunicipality *m = g_ptr_array_index (parties, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
      g_autofree char *tooltip = g_strdup_printf (_("Remove %s from the parties"), cp_municipality_get_name (m));

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cp_municipality_get_name (m));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), cp_country_get_name (cp_municipality_get_country (m)));
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (remove, tooltip);
      gtk_widget_add_css_class (remove, "flat");
      g_object_set_data (G_OBJECT (remove), "cp-index", GUINT_TO_POINTER (i));
      g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_party_clicked), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

      gtk_list_box_insert (self->parties_list, row, i);
      g_ptr_array_add (self->party_rows, row);
    }
}

static void
set_parties (CpPartnershipForm *self,
             GPtrArray         *parties)
{
  cp_partnership_set_parties (get_partnership (self), parties);
  show_parties (self);
}

static void
add_party (CpPartnershipForm *self,
           CpMunicipality    *municipality)
{
  GPtrArray *parties = cp_partnership_get_parties (get_partnership (self));
  g_autoptr(GPtrArray) more = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; parties != NULL && i < parties->len; i++)
    g_ptr_array_add (more, g_object_ref (g_ptr_array_index (parties, i)));
  g_ptr_array_add (more, g_object_ref (municipality));
  set_parties (self, more);
}

static void
load_municipalities (CpPartnershipForm *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_clear_object (&self->municipalities);
  self->municipalities = cp_store_list_municipalities (cp_context_get_store (self->context), NULL);
  for (guint i = 0; self->municipalities && i < g_list_model_get_n_items (self->municipalities); i++)
    {
      g_autoptr(CpMunicipality) m = g_list_model_get_item (self->municipalities, i);
      g_autofree char *label = g_strdup_printf ("%s (%s)", cp_municipality_get_name (m), cp_municipality_get_country (m));
      gtk_string_list_append (names, label);
    }
  adw_combo_row_set_model (self->add_party_row, G_LIST_MODEL (names));
}

static void
on_add_party_clicked (CpPartnershipForm *self)
{
  guint selected = adw_combo_row_get_selected (self->add_party_row);
  g_autoptr(CpMunicipality) municipality = NULL;

  if (self->municipalities == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  municipality = g_list_model_get_item (self->municipalities, selected);
  if (municipality != NULL)
    add_party (self, municipality);
}

static void
on_municipality_saved (CpEditorDialog    *dialog,
                       CpRecord          *municipality,
                       CpPartnershipForm *self)
{
  load_municipalities (self);
  add_party (self, CP_MUNICIPALITY (municipality));
}

static void
on_new_municipality_activated (CpPartnershipForm *self)
{
  g_autoptr(CpMunicipality) municipality = cp_municipality_new ();
  CpEditorDialog *dialog = cp_editor_dialog_new (GTK_WIDGET (self), self->context, CP_RECORD (municipality));

  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_municipality_saved), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_motive_toggled (CpPartnershipForm *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) motives = NULL;

  for (guint i = 0; i < self->motive_checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->motive_checks, i)))
      g_strv_builder_add (builder, cp_enum_to_nick (CP_TYPE_MOTIVE, i));
  motives = g_strv_builder_end (builder);
  g_object_set (get_partnership (self), "motives", motives, NULL);
}

static void
add_motives (CpPartnershipForm *self)
{
  CpPartnership *partnership = get_partnership (self);

  for (guint i = 0; i < cp_enum_count (CP_TYPE_MOTIVE); i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cp_motive_to_label (i));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), cp_partnership_has_motive (partnership, i));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (on_motive_toggled), self);
      adw_preferences_group_add (self->motives_group, row);
      g_ptr_array_add (self->motive_checks, check);
    }
}

/* A new status starts today unless the user says otherwise. */
static void
on_status_changed (CpPartnershipForm *self)
{
  CpPartnership *partnership = get_partnership (self);
  g_autofree char *today = NULL;

  if (cp_partnership_get_status (partnership) == self->initial_status)
    return;
  today = cp_context_dup_today (self->context);
  gtk_editable_set_text (GTK_EDITABLE (self->status_since_row), today);
}

static void
cp_partnership_form_dispose (GObject *object)
{
  CpPartnershipForm *self = CP_PARTNERSHIP_FORM (object);

  g_clear_object (&self->municipalities);
  g_clear_pointer (&self->party_rows, g_ptr_array_unref);
  g_clear_pointer (&self->motive_checks, g_ptr_array_unref);
  g_clear_object (&self->form);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cp_partnership_form_parent_class)->dispose (object);
}

static void
cp_partnership_form_class_init (CpPartnershipFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cp_partnership_form_dispose;

  g_type_ensure (CP_TYPE_NOTES_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-partnership-form.ui");
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipForm, parties_list);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipForm, add_party_row);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipForm, kind_row);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipForm, status_row);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipForm, status_since_row);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipForm, initiative_row);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipForm, first_contact_row);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipForm, approximate_switch);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipForm, agreement_date_row);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipForm, themes_row);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipForm, sector_row);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipForm, motives_group);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipForm, description_view);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipForm, notes_group);
  gtk_widget_class_bind_template_callback (widget_class, on_add_party_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_new_municipality_activated);
}

static void
cp_partnership_form_init (CpPartnershipForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->party_rows = g_ptr_array_new ();
  self->motive_checks = g_ptr_array_new ();
}

GtkWidget *
cp_partnership_form_new (CpForm    *form,
                         CpContext *context)
{
  CpPartnershipForm *self = g_object_new (CP_TYPE_PARTNERSHIP_FORM, NULL);
  CpPartnership *partnership;

  self->form = g_object_ref (form);
  self->context = g_object_ref (context);
  partnership = get_partnership (self);
  self->initial_status = cp_partnership_get_status (partnership);

  load_municipalities (self);
  show_parties (self);
  cp_form_watch (form, GTK_WIDGET (self->add_party_row), "parties");

  cp_form_bind_enum (form, self->kind_row, "kind");
  cp_form_bind_enum (form, self->status_row, "status");
  cp_form_bind_text (form, self->status_since_row, "status-since");
  cp_form_bind_enum (form, self->initiative_row, "initiative-origin");
  cp_form_bind_text (form, self->first_contact_row, "first-contact");
  cp_form_bind_switch (form, self->approximate_switch, "first-contact-approximate");
  cp_form_bind_text (form, self->agreement_date_row, "agreement-date");
  cp_form_bind_word_list (form, self->themes_row, "themes");
  cp_form_bind_dac_sector (form, self->sector_row, "dac-sector");
  add_motives (self);
  cp_form_bind_text_view (form, self->description_view, "description");
  cp_form_bind_text_view (form, cp_notes_group_get_view (self->notes_group), "note");

  g_signal_connect_object (partnership, "notify::status", G_CALLBACK (on_status_changed), self, G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}
