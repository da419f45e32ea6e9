/* cp-expertise-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "core/cp-expertise.h"
#include "cp-expertise-editor.h"

struct _CpExpertiseEditor
{
  AdwBin       parent_instance;

  CpContext   *context;
  CpRecord    *record;
  char        *property;
  GListModel  *areas;
  GPtrArray   *rows;

  GtkListBox  *list;
  AdwComboRow *add_row;
  GtkDropDown *level_dropdown;
  AdwEntryRow *new_area_row;
};

G_DEFINE_FINAL_TYPE (CpExpertiseEditor, cp_expertise_editor, ADW_TYPE_BIN)

static const char * const *
get_skills (CpExpertiseEditor *self)
{
  return cp_record_get_strv (self->record, self->property);
}

static void
set_skills (CpExpertiseEditor *self,
            GStrv              skills)
{
  g_object_set (self->record, self->property, skills, NULL);
}

static const char *
label_for (CpExpertiseEditor *self,
           const char        *key)
{
  for (guint i = 0; self->areas != NULL && i < g_list_model_get_n_items (self->areas); i++)
    {
      g_autoptr(CpExpertiseArea) area = g_list_model_get_item (self->areas, i);
      if (g_str_equal (cp_expertise_area_get_key (area), key))
        return cp_expertise_area_get_label (area);
    }
  return key;
}

static void show_skills (CpExpertiseEditor *self);

static void
on_remove_clicked (GtkButton         *button,
                   CpExpertiseEditor *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "cp-index"));
  const char * const *skills = get_skills (self);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) remaining = NULL;

  for (guint i = 0; skills != NULL && skills[i] != NULL; i++)
    if (i != index)
      g_strv_builder_add (builder, skills[i]);
  remaining = g_strv_builder_end (builder);
  set_skills (self, remaining);
  show_skills (self);
}

static void
show_skills (CpExpertiseEditor *self)
{
  const char * const *skills = get_skills (self);

  for (guint i = 0; i < self->rows->len; i++)
    gtk_list_box_remove (self->list, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  for (guint i = 0; skills != NULL && skills[i] != NULL; i++)
    {
      g_autofree char *key = NULL;
      g_autofree char *tooltip = NULL;
      CpExpertiseLevel level;
      GtkWidget *row, *remove;
      gsize n;

      if (!cp_expertise_skill_split (skills[i], &n, &level))
        continue;
      key = g_strndup (skills[i], n);
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label_for (self, key));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), cp_expertise_level_to_label (level));

      remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
      tooltip = g_strdup_printf (_("Remove %s"), label_for (self, key));
      gtk_widget_set_tooltip_text (remove, tooltip);
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      g_object_set_data (G_OBJECT (remove), "cp-index", GUINT_TO_POINTER (i));
      g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

      gtk_list_box_insert (self->list, row, i);
      g_ptr_array_add (self->rows, row);
    }
}

static void
load_areas (CpExpertiseEditor *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  g_clear_object (&self->areas);
  self->areas = cp_store_list_expertise_areas (cp_context_get_store (self->context), NULL);
  for (guint i = 0; self->areas != NULL && i < g_list_model_get_n_items (self->areas); i++)
    {
      g_autoptr(CpExpertiseArea) area = g_list_model_get_item (self->areas, i);
      gtk_string_list_append (labels, cp_expertise_area_get_label (area));
    }
  adw_combo_row_set_model (self->add_row, G_LIST_MODEL (labels));
}

void
cp_expertise_editor_add (CpExpertiseEditor *self,
                         guint              position,
                         CpExpertiseLevel   level)
{
  g_autoptr(CpExpertiseArea) area = NULL;
  const char * const *skills = get_skills (self);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *skill = NULL;
  g_auto(GStrv) more = NULL;
  const char *key;

  if (self->areas == NULL || !(area = g_list_model_get_item (self->areas, position)))
    return;
  key = cp_expertise_area_get_key (area);

  /* Adding an area again changes its level. */
  for (guint i = 0; skills != NULL && skills[i] != NULL; i++)
    {
      gsize n;
      if (cp_expertise_skill_split (skills[i], &n, NULL) && n == strlen (key) && strncmp (skills[i], key, n) == 0)
        continue;
      g_strv_builder_add (builder, skills[i]);
    }
  skill = cp_expertise_skill_new (key, level);
  g_strv_builder_add (builder, skill);
  more = g_strv_builder_end (builder);
  set_skills (self, more);
  show_skills (self);
}

static CpExpertiseLevel
selected_level (CpExpertiseEditor *self)
{
  return CP_EXPERTISE_LEVEL_BASIC + gtk_drop_down_get_selected (self->level_dropdown);
}

static void
on_add_clicked (CpExpertiseEditor *self)
{
  cp_expertise_editor_add (self, adw_combo_row_get_selected (self->add_row), selected_level (self));
}

/* A new area, named by the user, joins the taxonomy and this list. */
static void
on_new_area_applied (CpExpertiseEditor *self)
{
  g_autoptr(CpExpertiseArea) area = cp_expertise_area_new ();
  g_autoptr(GError) error = NULL;
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->new_area_row));

  g_object_set (area, "name", name, NULL);
  if (!cp_store_save (cp_context_get_store (self->context), CP_RECORD (area), &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->new_area_row), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->new_area_row), error->message);
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->new_area_row), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->new_area_row), NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->new_area_row), "");
  load_areas (self);
  cp_expertise_editor_add (self, g_list_model_get_n_items (self->areas) - 1, selected_level (self));
}

void
cp_expertise_editor_bind (CpExpertiseEditor *self,
                          CpContext         *context,
                          CpRecord          *record,
                          const char        *property)
{
  g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);

  g_return_if_fail (CP_IS_EXPERTISE_EDITOR (self));
  g_return_if_fail (self->record == NULL);

  self->context = g_object_ref (context);
  self->record = g_object_ref (record);
  self->property = g_strdup (property);

  for (CpExpertiseLevel level = CP_EXPERTISE_LEVEL_BASIC; level <= CP_EXPERTISE_LEVEL_EXPERT; level++)
    gtk_string_list_append (levels, cp_expertise_level_to_label (level));
  gtk_drop_down_set_model (self->level_dropdown, G_LIST_MODEL (levels));
  gtk_drop_down_set_selected (self->level_dropdown, CP_EXPERTISE_LEVEL_ADVANCED - CP_EXPERTISE_LEVEL_BASIC);

  load_areas (self);
  show_skills (self);
}

GtkWidget *
cp_expertise_editor_get_add_row (CpExpertiseEditor *self)
{
  g_return_val_if_fail (CP_IS_EXPERTISE_EDITOR (self), NULL);

  return GTK_WIDGET (self->add_row);
}

static void
cp_expertise_editor_dispose (GObject *object)
{
  CpExpertiseEditor *self = CP_EXPERTISE_EDITOR (object);

  g_clear_object (&self->context);
  g_clear_object (&self->record);
  g_clear_object (&self->areas);
  g_clear_pointer (&self->property, g_free);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (cp_expertise_editor_parent_class)->dispose (object);
}

static void
cp_expertise_editor_class_init (CpExpertiseEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cp_expertise_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-expertise-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CpExpertiseEditor, list);
  gtk_widget_class_bind_template_child (widget_class, CpExpertiseEditor, add_row);
  gtk_widget_class_bind_template_child (widget_class, CpExpertiseEditor, level_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CpExpertiseEditor, new_area_row);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_new_area_applied);
}

static void
cp_expertise_editor_init (CpExpertiseEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_ptr_array_new ();
}
