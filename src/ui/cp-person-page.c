/* cp-person-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/cp-partial-date.h"
#include "cp-person-page.h"

struct _CpPersonPage
{
  CpPage          parent_instance;

  gint64          id;
  CpPerson       *person;

  GListModel     *availability;
  GListModel     *key_roles;
  GListModel     *selections;

  AdwWindowTitle *window_title;
  GtkStack       *stack;
  AdwActionRow   *kind_row;
  AdwActionRow   *municipality_row;
  AdwActionRow   *department_row;
  AdwActionRow   *position_row;
  AdwActionRow   *email_row;
  AdwActionRow   *phone_row;
  AdwActionRow   *languages_row;
  AdwActionRow   *expertise_row;
  AdwActionRow   *regional_row;
  AdwActionRow   *intercultural_row;
  GtkListBox     *availability_list;
  GtkListBox     *key_roles_list;
  GtkListBox     *selections_list;
  GtkLabel       *note_label;
};

G_DEFINE_FINAL_TYPE (CpPersonPage, cp_person_page, CP_TYPE_PAGE)

static void
set_value (AdwActionRow *row,
           const char   *value)
{
  gboolean known = value != NULL && *value != '\0';

  adw_action_row_set_subtitle (row, known ? value : _("Not recorded"));
}

/* “Since 2003” for a role still held; otherwise both ends. */
static char *
describe_role_period (CpKeyRole *role)
{
  const char *starts_on = cp_key_role_get_starts_on (role);
  const char *ends_on = cp_key_role_get_ends_on (role);
  g_autofree char *date = NULL;

  if (*starts_on != '\0' && *ends_on == '\0')
    {
      date = cp_partial_date_format (starts_on);
      /* Translators: a period with no end, e.g. “Since March 2007” */
      return g_strdup_printf (_("Since %s"), date);
    }
  if (*starts_on == '\0' && *ends_on != '\0')
    {
      date = cp_partial_date_format (ends_on);
      /* Translators: a period with no known start, e.g. “Until March 2007” */
      return g_strdup_printf (_("Until %s"), date);
    }
  return cp_partial_date_format_period (starts_on, ends_on);
}

static char *
dup_partnership_title (CpPersonPage *self,
                       gint64        partnership_id)
{
  CpStore *store = cp_page_get_store (CP_PAGE (self));
  g_autoptr(CpPartnership) partnership = cp_store_get_partnership (store, partnership_id, NULL);

  return partnership != NULL ? cp_partnership_dup_title (partnership) : g_strdup ("");
}

static char *
describe_municipality (CpPersonPage *self)
{
  g_autoptr(CpMunicipality) municipality = NULL;
  gint64 id = cp_person_get_municipality_id (self->person);

  if (id != 0 && (municipality = cp_store_get_municipality (cp_page_get_store (CP_PAGE (self)), id, NULL)) != NULL)
    return g_strdup (cp_municipality_get_name (municipality));
  return NULL;
}

static void
show_overview (CpPersonPage *self)
{
  CpPerson *p = self->person;
  const char *kind = cp_person_kind_to_label (cp_person_get_kind (p));
  const char *department = cp_person_get_department (p);
  const char *note = cp_person_get_note (p);
  g_autofree char *municipality = describe_municipality (self);
  g_autofree char *languages = cp_person_dup_languages_label (p);
  g_autofree char *expertise = cp_person_dup_expertise_label (p);
  g_autofree char *subtitle = NULL;

  if (*department != '\0')
    /* Translators: a kind of person and their department, e.g. “Own staff · Housing” */
    subtitle = g_strdup_printf (_("%s · %s"), kind, department);
  else
    subtitle = g_strdup (kind);

  adw_window_title_set_title (self->window_title, cp_person_get_name (p));
  adw_window_title_set_subtitle (self->window_title, subtitle);

  set_value (self->kind_row, kind);
  if (municipality != NULL)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->municipality_row), _("Municipality"));
      set_value (self->municipality_row, municipality);
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->municipality_row), _("Organisation"));
      set_value (self->municipality_row, cp_person_get_organisation (p));
    }
  set_value (self->department_row, department);
  set_value (self->position_row, cp_person_get_position (p));
  set_value (self->email_row, cp_person_get_email (p));
  set_value (self->phone_row, cp_person_get_phone (p));
  set_value (self->languages_row, languages);
  set_value (self->expertise_row, expertise);
  set_value (self->regional_row, cp_person_get_regional_experience (p) ? _("Yes") : _("No"));
  set_value (self->intercultural_row, cp_person_get_intercultural_experience (p) ? _("Yes") : _("No"));

  gtk_label_set_label (self->note_label, *note ? note : _("No sources or notes yet."));
}

static GtkWidget *create_record_row (gpointer item,
                                     gpointer user_data);

static void
load (CpPersonPage *self)
{
  CpStore *store = cp_page_get_store (CP_PAGE (self));
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->person);
  if (store != NULL && self->id != 0)
    self->person = cp_store_get_person (store, self->id, &error);

  g_clear_object (&self->availability);
  g_clear_object (&self->key_roles);
  g_clear_object (&self->selections);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person.edit", self->person != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person.delete", self->person != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person.add-availability", self->person != NULL);

  if (self->person == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "none");
      adw_window_title_set_title (self->window_title, "");
      adw_window_title_set_subtitle (self->window_title, "");
      gtk_list_box_bind_model (self->availability_list, NULL, NULL, NULL, NULL);
      gtk_list_box_bind_model (self->key_roles_list, NULL, NULL, NULL, NULL);
      gtk_list_box_bind_model (self->selections_list, NULL, NULL, NULL, NULL);
      return;
    }

  gtk_stack_set_visible_child_name (self->stack, "person");
  show_overview (self);

#define RELOAD(field, list, fn) \
  self->field = fn (store, self->id, NULL); \
  gtk_list_box_bind_model (self->list, self->field, create_record_row, self, NULL)

  RELOAD (availability, availability_list, cp_store_list_availability);
  RELOAD (key_roles, key_roles_list, cp_store_list_key_roles_of_person);
  RELOAD (selections, selections_list, cp_store_list_selections_of_person);
#undef RELOAD
}

/* Rows */

static char *
describe_selection (CpPersonPage *self,
                    CpSelection  *selection)
{
  CpStore *store = cp_page_get_store (CP_PAGE (self));
  g_autoptr(CpNeed) need = cp_store_get_need (store, cp_selection_get_need_id (selection), NULL);
  g_autofree char *partnership = NULL;

  if (need == NULL)
    return g_strdup ("");
  partnership = dup_partnership_title (self, cp_need_get_partnership_id (need));
  /* Translators: what a partner asked for, and the partnership, e.g.
   * “Advice on waste collection — Utrecht – León” */
  return g_strdup_printf (_("%s — %s"), cp_need_get_description (need), partnership);
}

static GtkWidget *
create_record_row (gpointer item,
                   gpointer user_data)
{
  CpPersonPage *self = user_data;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  if (CP_IS_AVAILABILITY (item))
    {
      title = cp_partial_date_format_period (cp_availability_get_starts_on (item), cp_availability_get_ends_on (item));
      subtitle = g_strdup (cp_availability_get_note (item));
    }
  else if (CP_IS_KEY_ROLE (item))
    {
      g_autofree char *partnership = dup_partnership_title (self, cp_key_role_get_partnership_id (item));

      /* Translators: a key role and the partnership, e.g. “Coordinator — Utrecht – León” */
      title = g_strdup_printf (_("%s — %s"), cp_key_role_kind_to_label (cp_key_role_get_role (item)), partnership);
      subtitle = describe_role_period (item);
    }
  else if (CP_IS_SELECTION (item))
    {
      title = describe_selection (self, item);
      subtitle = g_strdup (cp_selection_get_rationale (item));
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  g_object_set_data_full (G_OBJECT (row), "cp-record", g_object_ref (item), g_object_unref);

  /* Key roles are kept on the partnership's side. */
  if (!CP_IS_KEY_ROLE (item))
    {
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
    }

  if (CP_IS_AVAILABILITY (item))
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), cp_page_new_delete_button (CP_PAGE (self), CP_RECORD (item), title));
  return row;
}

static void
on_row_activated (GtkListBox    *list,
                  GtkListBoxRow *row,
                  CpPersonPage  *self)
{
  CpRecord *record = g_object_get_data (G_OBJECT (row), "cp-record");

  if (record != NULL && !CP_IS_KEY_ROLE (record))
    cp_page_edit_record (CP_PAGE (self), record);
}

/* Actions */

static void
edit_person (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  CpPersonPage *self = CP_PERSON_PAGE (widget);

  if (self->person != NULL)
    cp_page_edit_record (CP_PAGE (self), CP_RECORD (self->person));
}

static void
delete_person (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  CpPersonPage *self = CP_PERSON_PAGE (widget);

  /* The People section asks first, and offers Undo. */
  if (self->person != NULL)
    gtk_widget_activate_action (widget, "people.delete-person", "x", self->id);
}

static void
add_availability (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  CpPersonPage *self = CP_PERSON_PAGE (widget);
  g_autoptr(CpAvailability) availability = NULL;

  if (self->person == NULL)
    return;

  availability = cp_availability_new (self->id);
  cp_page_edit_record (CP_PAGE (self), CP_RECORD (availability));
}

/* Plumbing */

static void
cp_person_page_data_changed (CpPage *page)
{
  CpPersonPage *self = CP_PERSON_PAGE (page);

  load (self);
}

static void
cp_person_page_workspace_changed (CpPage *page)
{
  CpPersonPage *self = CP_PERSON_PAGE (page);

  self->id = 0;
  load (self);
}

void
cp_person_page_set_person_id (CpPersonPage *self,
                              gint64        id)
{
  g_return_if_fail (CP_IS_PERSON_PAGE (self));

  self->id = id;
  load (self);
}

static void
cp_person_page_dispose (GObject *object)
{
  CpPersonPage *self = CP_PERSON_PAGE (object);

  g_clear_object (&self->person);
  g_clear_object (&self->availability);
  g_clear_object (&self->key_roles);
  g_clear_object (&self->selections);

  G_OBJECT_CLASS (cp_person_page_parent_class)->dispose (object);
}

static void
cp_person_page_class_init (CpPersonPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CpPageClass *page_class = CP_PAGE_CLASS (klass);

  object_class->dispose = cp_person_page_dispose;
  page_class->workspace_changed = cp_person_page_workspace_changed;
  page_class->data_changed = cp_person_page_data_changed;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-person-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CpPersonPage, window_title);
  gtk_widget_class_bind_template_child (widget_class, CpPersonPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CpPersonPage, kind_row);
  gtk_widget_class_bind_template_child (widget_class, CpPersonPage, municipality_row);
  gtk_widget_class_bind_template_child (widget_class, CpPersonPage, department_row);
  gtk_widget_class_bind_template_child (widget_class, CpPersonPage, position_row);
  gtk_widget_class_bind_template_child (widget_class, CpPersonPage, email_row);
  gtk_widget_class_bind_template_child (widget_class, CpPersonPage, phone_row);
  gtk_widget_class_bind_template_child (widget_class, CpPersonPage, languages_row);
  gtk_widget_class_bind_template_child (widget_class, CpPersonPage, expertise_row);
  gtk_widget_class_bind_template_child (widget_class, CpPersonPage, regional_row);
  gtk_widget_class_bind_template_child (widget_class, CpPersonPage, intercultural_row);
  gtk_widget_class_bind_template_child (widget_class, CpPersonPage, availability_list);
  gtk_widget_class_bind_template_child (widget_class, CpPersonPage, key_roles_list);
  gtk_widget_class_bind_template_child (widget_class, CpPersonPage, selections_list);
  gtk_widget_class_bind_template_child (widget_class, CpPersonPage, note_label);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);

  gtk_widget_class_install_action (widget_class, "person.edit", NULL, edit_person);
  gtk_widget_class_install_action (widget_class, "person.delete", NULL, delete_person);
  gtk_widget_class_install_action (widget_class, "person.add-availability", NULL, add_availability);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "person.edit", NULL);
}

static void
cp_person_page_init (CpPersonPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
