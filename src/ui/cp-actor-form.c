/* cp-actor-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cp-actor-form.h"
#include "cp-notes-group.h"

struct _CpActorForm
{
  AdwPreferencesPage parent_instance;

  AdwEntryRow  *name_row;
  AdwComboRow  *category_row;
  AdwComboRow  *role_row;
  AdwComboRow  *municipality_row;
  CpNotesGroup *notes_group;

  CpForm       *form;
  GListModel   *municipalities;
};

G_DEFINE_FINAL_TYPE (CpActorForm, cp_actor_form, ADW_TYPE_PREFERENCES_PAGE)

/* Position 0 is “none”; position i + 1 is municipality i. */
static void
on_municipality_selected (AdwComboRow *row,
                          GParamSpec  *pspec,
                          CpActorForm *self)
{
  guint selected = adw_combo_row_get_selected (row);
  g_autoptr(CpRecord) municipality = NULL;

  if (selected != GTK_INVALID_LIST_POSITION && selected > 0)
    municipality = g_list_model_get_item (self->municipalities, selected - 1);
  g_object_set (cp_form_get_record (self->form),
                "municipality-id", municipality ? cp_record_get_id (municipality) : (gint64) 0,
                NULL);
}

static void
fill_municipalities (CpActorForm *self,
                     CpContext   *context)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gint64 current = cp_actor_get_municipality_id (CP_ACTOR (cp_form_get_record (self->form)));
  guint selected = 0;

  self->municipalities = cp_store_list_municipalities (cp_context_get_store (context), NULL);
  /* Translators: no city chosen for an actor */
  gtk_string_list_append (names, C_("city", "None"));
  for (guint i = 0; self->municipalities && i < g_list_model_get_n_items (self->municipalities); i++)
    {
      g_autoptr(CpMunicipality) m = g_list_model_get_item (self->municipalities, i);

      gtk_string_list_append (names, cp_municipality_get_name (m));
      if (cp_record_get_id (CP_RECORD (m)) == current)
        selected = i + 1;
    }
  adw_combo_row_set_model (self->municipality_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->municipality_row, selected);
  g_signal_connect (self->municipality_row, "notify::selected", G_CALLBACK (on_municipality_selected), self);
}

static void
cp_actor_form_dispose (GObject *object)
{
  CpActorForm *self = CP_ACTOR_FORM (object);

  g_clear_object (&self->municipalities);
  g_clear_object (&self->form);

  G_OBJECT_CLASS (cp_actor_form_parent_class)->dispose (object);
}

static void
cp_actor_form_class_init (CpActorFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cp_actor_form_dispose;

  g_type_ensure (CP_TYPE_NOTES_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-actor-form.ui");
  gtk_widget_class_bind_template_child (widget_class, CpActorForm, name_row);
  gtk_widget_class_bind_template_child (widget_class, CpActorForm, category_row);
  gtk_widget_class_bind_template_child (widget_class, CpActorForm, role_row);
  gtk_widget_class_bind_template_child (widget_class, CpActorForm, municipality_row);
  gtk_widget_class_bind_template_child (widget_class, CpActorForm, notes_group);
}

static void
cp_actor_form_init (CpActorForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cp_actor_form_new (CpForm    *form,
                   CpContext *context)
{
  CpActorForm *self = g_object_new (CP_TYPE_ACTOR_FORM, NULL);

  self->form = g_object_ref (form);
  cp_form_bind_text (form, self->name_row, "name");
  cp_form_bind_enum (form, self->category_row, "category");
  cp_form_bind_enum (form, self->role_row, "role");
  fill_municipalities (self, context);
  cp_form_bind_text_view (form, cp_notes_group_get_view (self->notes_group), "note");
  return GTK_WIDGET (self);
}
