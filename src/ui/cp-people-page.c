/* cp-people-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "core/cp-expertise.h"
#include "core/cp-partial-date.h"
#include "cp-label-cell.h"
#include "cp-undo-toast.h"
#include "cp-editor-dialog.h"
#include "cp-need-page.h"
#include "cp-people-page.h"
#include "cp-person-page.h"

struct _CpPeoplePage
{
  CpPage              parent_instance;

  gboolean            stale;   /* the store changed while the section was hidden */

  GListStore         *people;
  GListStore         *needs;
  GListStore         *partnerships;
  GHashTable         *partnership_titles;  /* id → title */
  GHashTable         *roles_by_partnership; /* id → GPtrArray of CpKeyRole */
  GHashTable         *holder_names;        /* person id → name */
  GListModel         *areas;
  char              **query_words;
  char               *area_key;

  AdwLeaflet         *leaflet;
  AdwViewStack       *view_stack;
  GtkSearchBar       *search_bar;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *area_dropdown;
  GtkStack           *register_stack;
  GtkColumnView      *register_view;
  GtkSingleSelection *register_selection;
  GtkFilterListModel *register_filter_model;
  GtkCustomFilter    *register_filter;
  GtkStack           *needs_stack;
  GtkSingleSelection *needs_selection;
  GtkSingleSelection *coverage_selection;
  GtkColumnView      *coverage_view;
  GtkMenuButton      *menu_button;
  CpPersonPage       *person_page;
  CpNeedPage         *need_page;
};

G_DEFINE_FINAL_TYPE (CpPeoplePage, cp_people_page, CP_TYPE_PAGE)

static gint64 *
new_key (gint64 id)
{
  gint64 *key = g_new (gint64, 1);

  *key = id;
  return key;
}

/* Loading */

static void
replace_items (GListStore *store,
               GListModel *loaded)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; loaded != NULL && i < g_list_model_get_n_items (loaded); i++)
    g_ptr_array_add (items, g_list_model_get_item (loaded, i));
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)), items->pdata, items->len);
}

static void
load_areas (CpPeoplePage *self)
{
  CpStore *store = cp_page_get_store (CP_PAGE (self));
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  g_clear_object (&self->areas);
  if (store != NULL)
    self->areas = cp_store_list_expertise_areas (store, NULL);
  gtk_string_list_append (labels, _("Any expertise"));
  for (guint i = 0; self->areas != NULL && i < g_list_model_get_n_items (self->areas); i++)
    {
      g_autoptr(CpExpertiseArea) area = g_list_model_get_item (self->areas, i);
      gtk_string_list_append (labels, cp_expertise_area_get_label (area));
    }
  gtk_drop_down_set_model (self->area_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->area_dropdown, 0);
}

/* The key roles of every partnership, and the names of those who hold them. */
static void
load_roles (CpPeoplePage *self)
{
  CpStore *store = cp_page_get_store (CP_PAGE (self));
  g_autoptr(GListModel) roles = store ? cp_store_list_key_roles (store, 0, NULL) : NULL;

  g_hash_table_remove_all (self->roles_by_partnership);
  g_hash_table_remove_all (self->holder_names);
  for (guint i = 0; roles != NULL && i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(CpKeyRole) role = g_list_model_get_item (roles, i);
      gint64 partnership_id = cp_key_role_get_partnership_id (role);
      gint64 person_id = cp_key_role_get_person_id (role);
      GPtrArray *list = g_hash_table_lookup (self->roles_by_partnership, &partnership_id);

      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (self->roles_by_partnership, new_key (partnership_id), list);
        }
      g_ptr_array_add (list, g_object_ref (role));

      if (!g_hash_table_contains (self->holder_names, &person_id))
        {
          g_autoptr(CpPerson) person = cp_store_get_person (store, person_id, NULL);
          g_hash_table_insert (self->holder_names, new_key (person_id),
                               g_strdup (person ? cp_person_get_name (person) : "?"));
        }
    }
}

static void
update_states (CpPeoplePage *self)
{
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->people));
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->register_filter_model));

  gtk_stack_set_visible_child_name (self->register_stack,
                                    total == 0 ? "empty" : shown == 0 ? "no-results" : "list");
  gtk_stack_set_visible_child_name (self->needs_stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->needs)) == 0 ? "empty" : "list");
}

static void
reload (CpPeoplePage *self)
{
  CpStore *store = cp_page_get_store (CP_PAGE (self));
  g_autoptr(GListModel) people = NULL;
  g_autoptr(GListModel) needs = NULL;
  g_autoptr(GListModel) partnerships = NULL;

  if (store != NULL)
    {
      people = cp_store_list_people (store, NULL);
      needs = cp_store_list_needs (store, 0, NULL);
      partnerships = cp_store_list_partnerships (store, NULL);
    }

  g_hash_table_remove_all (self->partnership_titles);
  for (guint i = 0; partnerships != NULL && i < g_list_model_get_n_items (partnerships); i++)
    {
      g_autoptr(CpPartnership) p = g_list_model_get_item (partnerships, i);
      g_hash_table_insert (self->partnership_titles, new_key (cp_record_get_id (CP_RECORD (p))),
                           cp_partnership_dup_title (p));
    }
  load_roles (self);

  /* The filter's keys now, not on the first keystroke. */
  for (guint i = 0; people != NULL && i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(CpPerson) person = g_list_model_get_item (people, i);
      cp_person_get_search_key (person);
    }

  self->stale = FALSE;
  replace_items (self->people, people);
  replace_items (self->needs, needs);
  replace_items (self->partnerships, partnerships);
  update_states (self);
}

/* A large register is loaded when the section is first shown, not when the
 * window opens. */
static void
reload_when_shown (CpPeoplePage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
  else
    self->stale = TRUE;
}

static void
cp_people_page_data_changed (CpPage *page)
{
  CpPeoplePage *self = CP_PEOPLE_PAGE (page);

  reload_when_shown (self);
}

static void
cp_people_page_map (GtkWidget *widget)
{
  CpPeoplePage *self = CP_PEOPLE_PAGE (widget);

  GTK_WIDGET_CLASS (cp_people_page_parent_class)->map (widget);
  if (self->stale)
    reload (self);
}

/* The detail pages show the same workspace as the section. */
static void
cp_people_page_context_set (CpPage *page)
{
  CpPeoplePage *self = CP_PEOPLE_PAGE (page);

  g_object_set (self->person_page, "context", cp_page_get_context (CP_PAGE (self)), NULL);
  g_object_set (self->need_page, "context", cp_page_get_context (CP_PAGE (self)), NULL);
}

static void
cp_people_page_workspace_changed (CpPage *page)
{
  CpPeoplePage *self = CP_PEOPLE_PAGE (page);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  load_areas (self);
  cp_people_page_show_main (self);
  reload_when_shown (self);
}

/* The register's filter: every word typed, and the chosen area */

static gboolean
person_has_area (CpPerson   *person,
                 const char *key)
{
  const char * const *skills = cp_person_get_expertise (person);
  gsize length = strlen (key);

  for (guint i = 0; skills != NULL && skills[i] != NULL; i++)
    if (strncmp (skills[i], key, length) == 0 && skills[i][length] == ':')
      return TRUE;
  return FALSE;
}

static gboolean
match_person (gpointer item,
              gpointer user_data)
{
  CpPeoplePage *self = user_data;
  const char *key = cp_person_get_search_key (CP_PERSON (item));

  if (self->area_key != NULL && !person_has_area (CP_PERSON (item), self->area_key))
    return FALSE;
  for (guint i = 0; self->query_words != NULL && self->query_words[i] != NULL; i++)
    if (strstr (key, self->query_words[i]) == NULL)
      return FALSE;
  return TRUE;
}

static void
update_filter (CpPeoplePage *self)
{
  g_autofree char *normal = g_utf8_normalize (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), -1,
                                              G_NORMALIZE_ALL);
  g_autofree char *folded = g_utf8_casefold (normal ? normal : "", -1);
  guint area = gtk_drop_down_get_selected (self->area_dropdown);

  g_strfreev (self->query_words);
  self->query_words = g_strsplit_set (g_strstrip (folded), " \t", -1);
  if (self->query_words[0] == NULL || *self->query_words[0] == '\0')
    g_clear_pointer (&self->query_words, g_strfreev);

  g_clear_pointer (&self->area_key, g_free);
  if (area != GTK_INVALID_LIST_POSITION && area > 0 && self->areas != NULL)
    {
      g_autoptr(CpExpertiseArea) chosen = g_list_model_get_item (self->areas, area - 1);
      if (chosen != NULL)
        self->area_key = g_strdup (cp_expertise_area_get_key (chosen));
    }

  gtk_filter_changed (GTK_FILTER (self->register_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_states (self);
}

static void
on_search_changed (CpPeoplePage *self)
{
  update_filter (self);
}

static void
on_area_selected (CpPeoplePage *self)
{
  update_filter (self);
}

/* The needs' and the coverage's computed cells */

static void
on_need_partnership_bind (CpPeoplePage *self,
                          GtkListItem  *item)
{
  CpNeed *need = gtk_list_item_get_item (item);
  gint64 id = cp_need_get_partnership_id (need);
  const char *title = g_hash_table_lookup (self->partnership_titles, &id);

  cp_label_cell_set (item, title ? title : "", FALSE);
}

static void
on_need_period_bind (CpPeoplePage *self,
                     GtkListItem  *item)
{
  CpNeed *need = gtk_list_item_get_item (item);
  g_autofree char *period = cp_partial_date_format_period (cp_need_get_starts_on (need), cp_need_get_ends_on (need));

  cp_label_cell_set (item, period, FALSE);
}

static void
on_need_status_bind (CpPeoplePage *self,
                     GtkListItem  *item)
{
  CpNeed *need = gtk_list_item_get_item (item);

  cp_label_cell_set (item, cp_need_status_to_label (cp_need_get_status (need)), FALSE);
}

/* Who holds a role of one kind now, for the coverage table. */
static void
on_coverage_bind (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  CpPeoplePage             *self)
{
  CpPartnership *partnership = gtk_list_item_get_item (item);
  gint64 id = cp_record_get_id (CP_RECORD (partnership));
  GPtrArray *roles = g_hash_table_lookup (self->roles_by_partnership, &id);
  int kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "cp-role-kind"));
  g_autofree char *today = cp_context_dup_today (cp_page_get_context (CP_PAGE (self)));
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; roles != NULL && i < roles->len; i++)
    {
      CpKeyRole *role = g_ptr_array_index (roles, i);
      gint64 person_id = cp_key_role_get_person_id (role);

      if ((int) cp_key_role_get_role (role) != kind || !cp_key_role_is_current (role, today))
        continue;
      g_string_append_printf (names, "%s%s", names->len ? ", " : "",
                              (const char *) g_hash_table_lookup (self->holder_names, &person_id));
    }

  if (names->len == 0 && (kind == CP_KEY_ROLE_KIND_POLITICAL || kind == CP_KEY_ROLE_KIND_COORDINATOR))
    cp_label_cell_set (item, _("Missing"), TRUE);
  else
    cp_label_cell_set (item, names->str, FALSE);
}

static void
on_coverage_flags_bind (CpPeoplePage *self,
                        GtkListItem  *item)
{
  CpPartnership *partnership = gtk_list_item_get_item (item);
  gint64 id = cp_record_get_id (CP_RECORD (partnership));
  GPtrArray *roles = g_hash_table_lookup (self->roles_by_partnership, &id);
  g_autoptr(GListStore) list = g_list_store_new (CP_TYPE_KEY_ROLE);
  g_autofree char *today = cp_context_dup_today (cp_page_get_context (CP_PAGE (self)));
  CpRoleCoverage coverage;

  for (guint i = 0; roles != NULL && i < roles->len; i++)
    g_list_store_append (list, g_ptr_array_index (roles, i));
  cp_key_role_assess (G_LIST_MODEL (list), today, &coverage);

  if (coverage.n_holders == 1)
    cp_label_cell_set (item, _("Rests on one person"), TRUE);
  else if (coverage.n_holders == 0)
    cp_label_cell_set (item, _("No key roles on record"), TRUE);
  else
    cp_label_cell_set (item, "", FALSE);
}

/* Actions */

static void
add_record (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  CpPeoplePage *self = CP_PEOPLE_PAGE (widget);
  CpStore *store = cp_page_get_store (CP_PAGE (self));
  const char *tab = adw_view_stack_get_visible_child_name (self->view_stack);
  g_autoptr(CpRecord) record = NULL;
  CpEditorDialog *dialog;

  if (store == NULL)
    return;

  if (g_strcmp0 (tab, "needs") == 0)
    {
      g_autoptr(GListModel) partnerships = cp_store_list_partnerships (store, NULL);
      g_autoptr(CpRecord) first = partnerships ? g_list_model_get_item (partnerships, 0) : NULL;

      record = CP_RECORD (cp_need_new (first ? cp_record_get_id (first) : 0));
    }
  else
    record = CP_RECORD (cp_person_new ());

  dialog = cp_editor_dialog_new (widget, cp_page_get_context (CP_PAGE (self)), record);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
go_back (GtkWidget  *widget,
         const char *action_name,
         GVariant   *param)
{
  cp_people_page_show_main (CP_PEOPLE_PAGE (widget));
}

static void
show_person_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  cp_people_page_show_person (CP_PEOPLE_PAGE (widget), g_variant_get_int64 (param));
}

static void
show_need_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  cp_people_page_show_need (CP_PEOPLE_PAGE (widget), g_variant_get_int64 (param));
}

static void
on_undo_person_clicked (AdwToast *toast,
                        gpointer  user_data)
{
  CpStore *store = g_object_get_data (G_OBJECT (toast), "cp-store");
  gint64 *id = g_object_get_data (G_OBJECT (toast), "cp-id");
  g_autoptr(GError) error = NULL;

  if (!cp_store_restore_person (store, *id, &error))
    g_warning ("Cannot restore the person: %s", error->message);
}

static void
trash_person (CpPeoplePage *self,
              gint64        id)
{
  CpStore *store = cp_page_get_store (CP_PAGE (self));
  g_autoptr(CpPerson) person = cp_store_get_person (store, id, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (person == NULL || !cp_store_trash_person (store, id, &error))
    {
      g_warning ("Cannot delete the person: %s", error ? error->message : "not found");
      return;
    }
  cp_people_page_show_main (self);

  /* Translators: %s is a person's name */
  message = g_strdup_printf (_("“%s” deleted"), cp_person_get_name (person));
  toast = cp_undo_toast_new (message);
  g_object_set_data_full (G_OBJECT (toast), "cp-store", g_object_ref (store), g_object_unref);
  g_object_set_data_full (G_OBJECT (toast), "cp-id", new_key (id), g_free);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (on_undo_person_clicked), NULL);
  cp_toast_show (GTK_WIDGET (self), toast);
}

static void
on_delete_person_response (AdwMessageDialog *dialog,
                           const char       *response,
                           CpPeoplePage     *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (dialog), "cp-id");

  if (g_str_equal (response, "delete"))
    trash_person (self, *id);
}

/* “2 key roles, 1 selection and 1 working group” */
static char *
describe_dependents (const CpPersonDependents *d)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (d->key_roles > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u key role", "%u key roles", d->key_roles),
                                             d->key_roles));
  if (d->selections > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u selection for a need",
                                                          "%u selections for needs", d->selections),
                                             d->selections));
  if (d->memberships > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u working group", "%u working groups",
                                                          d->memberships),
                                             d->memberships));
  g_ptr_array_add (parts, NULL);
  /* Translators: the separator of a list of what depends on a person */
  return g_strjoinv (_(", "), (char **) parts->pdata);
}

static void
delete_person (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  CpPeoplePage *self = CP_PEOPLE_PAGE (widget);
  CpStore *store = cp_page_get_store (CP_PAGE (self));
  gint64 id = g_variant_get_int64 (param);
  CpPersonDependents dependents = { 0 };
  g_autoptr(CpPerson) person = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *list = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (store == NULL || !(person = cp_store_get_person (store, id, NULL)) ||
      !cp_store_count_person_dependents (store, id, &dependents, NULL))
    return;

  if (dependents.key_roles + dependents.selections + dependents.memberships == 0)
    {
      trash_person (self, id);
      return;
    }

  /* Someone others rely on: say what goes with them before it goes. */
  /* Translators: %s is a person's name */
  heading = g_strdup_printf (_("Delete %s?"), cp_person_get_name (person));
  list = describe_dependents (&dependents);
  /* Translators: %s lists what depends on the person, e.g. “2 key roles, 1 working group” */
  body = g_strdup_printf (_("This person has %s. They will be deleted with the person."), list);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "cp-id", new_key (id), g_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_delete_person_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_undo_need_clicked (AdwToast *toast,
                      gpointer  user_data)
{
  CpStore *store = g_object_get_data (G_OBJECT (toast), "cp-store");
  GPtrArray *records = g_object_get_data (G_OBJECT (toast), "cp-records");
  g_autoptr(GError) error = NULL;

  /* The need first, then its selections, under their old ids. */
  if (!cp_store_begin_write (store, &error))
    return;
  for (guint i = 0; i < records->len && error == NULL; i++)
    cp_store_save (store, g_ptr_array_index (records, i), &error);
  if (!cp_store_end_write (store, error == NULL, error ? NULL : &error))
    g_warning ("Cannot restore the need: %s", error ? error->message : "");
}

static void
delete_need (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  CpPeoplePage *self = CP_PEOPLE_PAGE (widget);
  CpStore *store = cp_page_get_store (CP_PAGE (self));
  gint64 id = g_variant_get_int64 (param);
  g_autoptr(CpNeed) need = NULL;
  g_autoptr(GListModel) selections = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  GPtrArray *records;
  AdwToast *toast;

  if (store == NULL || !(need = cp_store_get_need (store, id, NULL)))
    return;
  selections = cp_store_list_selections (store, id, NULL);
  records = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (records, g_object_ref (need));
  for (guint i = 0; selections != NULL && i < g_list_model_get_n_items (selections); i++)
    g_ptr_array_add (records, g_list_model_get_item (selections, i));

  if (!cp_store_delete_record (store, CP_RECORD (need), &error))
    {
      g_warning ("Cannot delete the need: %s", error->message);
      g_ptr_array_unref (records);
      return;
    }
  cp_people_page_show_main (self);

  /* Translators: %s describes a need, e.g. “Advice on social housing” */
  message = g_strdup_printf (_("“%s” deleted"), cp_need_get_description (need));
  toast = cp_undo_toast_new (message);
  g_object_set_data_full (G_OBJECT (toast), "cp-store", g_object_ref (store), g_object_unref);
  g_object_set_data_full (G_OBJECT (toast), "cp-records", records, (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (on_undo_need_clicked), NULL);
  cp_toast_show (GTK_WIDGET (self), toast);
}

static void
on_register_activate (CpPeoplePage *self,
                      guint         position)
{
  g_autoptr(CpRecord) person = g_list_model_get_item (G_LIST_MODEL (self->register_selection), position);

  if (person != NULL)
    cp_people_page_show_person (self, cp_record_get_id (person));
}

static void
on_needs_activate (CpPeoplePage *self,
                   guint         position)
{
  g_autoptr(CpRecord) need = g_list_model_get_item (G_LIST_MODEL (self->needs_selection), position);

  if (need != NULL)
    cp_people_page_show_need (self, cp_record_get_id (need));
}

/* Public */

void
cp_people_page_show_person (CpPeoplePage *self,
                            gint64        id)
{
  g_return_if_fail (CP_IS_PEOPLE_PAGE (self));

  cp_person_page_set_person_id (self->person_page, id);
  adw_leaflet_set_visible_child_name (self->leaflet, "person");
}

void
cp_people_page_show_need (CpPeoplePage *self,
                          gint64        id)
{
  g_return_if_fail (CP_IS_PEOPLE_PAGE (self));

  cp_need_page_set_need_id (self->need_page, id);
  adw_leaflet_set_visible_child_name (self->leaflet, "need");
}

void
cp_people_page_show_main (CpPeoplePage *self)
{
  g_return_if_fail (CP_IS_PEOPLE_PAGE (self));

  adw_leaflet_set_visible_child_name (self->leaflet, "main");
  /* Pages out of sight need not follow every change. */
  cp_person_page_set_person_id (self->person_page, 0);
  cp_need_page_set_need_id (self->need_page, 0);
}

void
cp_people_page_show_tab (CpPeoplePage *self,
                         const char   *name)
{
  g_return_if_fail (CP_IS_PEOPLE_PAGE (self));

  cp_people_page_show_main (self);
  adw_view_stack_set_visible_child_name (self->view_stack, name);
}

void
cp_people_page_set_query (CpPeoplePage *self,
                          const char   *text)
{
  g_return_if_fail (CP_IS_PEOPLE_PAGE (self));

  gtk_search_bar_set_search_mode (self->search_bar, text != NULL && *text != '\0');
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
  /* Apply at once rather than after the entry's typing delay. */
  update_filter (self);
}

GListModel *
cp_people_page_get_register (CpPeoplePage *self)
{
  return G_LIST_MODEL (self->register_selection);
}

GListModel *
cp_people_page_get_needs (CpPeoplePage *self)
{
  return G_LIST_MODEL (self->needs_selection);
}

GListModel *
cp_people_page_get_coverage (CpPeoplePage *self)
{
  return G_LIST_MODEL (self->coverage_selection);
}

/* GObject */

static void
cp_people_page_dispose (GObject *object)
{
  CpPeoplePage *self = CP_PEOPLE_PAGE (object);

  g_clear_object (&self->people);
  g_clear_object (&self->needs);
  g_clear_object (&self->partnerships);
  g_clear_object (&self->areas);
  g_clear_pointer (&self->partnership_titles, g_hash_table_unref);
  g_clear_pointer (&self->roles_by_partnership, g_hash_table_unref);
  g_clear_pointer (&self->holder_names, g_hash_table_unref);
  g_clear_pointer (&self->query_words, g_strfreev);
  g_clear_pointer (&self->area_key, g_free);

  G_OBJECT_CLASS (cp_people_page_parent_class)->dispose (object);
}

static void
cp_people_page_class_init (CpPeoplePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CpPageClass *page_class = CP_PAGE_CLASS (klass);

  object_class->dispose = cp_people_page_dispose;
  page_class->context_set = cp_people_page_context_set;
  page_class->workspace_changed = cp_people_page_workspace_changed;
  page_class->data_changed = cp_people_page_data_changed;
  widget_class->map = cp_people_page_map;

  g_type_ensure (CP_TYPE_PERSON);
  g_type_ensure (CP_TYPE_NEED);
  g_type_ensure (CP_TYPE_PARTNERSHIP);
  g_type_ensure (CP_TYPE_PERSON_PAGE);
  g_type_ensure (CP_TYPE_NEED_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-people-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CpPeoplePage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, CpPeoplePage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, CpPeoplePage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, CpPeoplePage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CpPeoplePage, area_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CpPeoplePage, register_stack);
  gtk_widget_class_bind_template_child (widget_class, CpPeoplePage, register_view);
  gtk_widget_class_bind_template_child (widget_class, CpPeoplePage, register_selection);
  gtk_widget_class_bind_template_child (widget_class, CpPeoplePage, register_filter_model);
  gtk_widget_class_bind_template_child (widget_class, CpPeoplePage, needs_stack);
  gtk_widget_class_bind_template_child (widget_class, CpPeoplePage, needs_selection);
  gtk_widget_class_bind_template_child (widget_class, CpPeoplePage, coverage_selection);
  gtk_widget_class_bind_template_child (widget_class, CpPeoplePage, coverage_view);
  gtk_widget_class_bind_template_child (widget_class, CpPeoplePage, menu_button);
  gtk_widget_class_bind_template_child (widget_class, CpPeoplePage, person_page);
  gtk_widget_class_bind_template_child (widget_class, CpPeoplePage, need_page);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_area_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_register_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_needs_activate);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_label_setup", G_CALLBACK (cp_label_cell_setup));
  gtk_widget_class_bind_template_callback (widget_class, on_need_partnership_bind);
  gtk_widget_class_bind_template_callback (widget_class, on_need_period_bind);
  gtk_widget_class_bind_template_callback (widget_class, on_need_status_bind);
  gtk_widget_class_bind_template_callback (widget_class, on_coverage_flags_bind);

  gtk_widget_class_install_action (widget_class, "people.add", NULL, add_record);
  gtk_widget_class_install_action (widget_class, "people.back", NULL, go_back);
  gtk_widget_class_install_action (widget_class, "people.show-person", "x", show_person_action);
  gtk_widget_class_install_action (widget_class, "people.show-need", "x", show_need_action);
  gtk_widget_class_install_action (widget_class, "people.delete-person", "x", delete_person);
  gtk_widget_class_install_action (widget_class, "people.delete-need", "x", delete_need);
}

/* The coverage table has a column per key role, made here from the enum. */
static void
add_coverage_columns (CpPeoplePage *self,
                      GtkColumnView *view)
{
  for (int kind = CP_KEY_ROLE_KIND_POLITICAL; kind <= CP_KEY_ROLE_KIND_TECHNICAL_EXPERT; kind++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;

      g_object_set_data (G_OBJECT (factory), "cp-role-kind", GINT_TO_POINTER (kind));
      g_signal_connect (factory, "setup", G_CALLBACK (cp_label_cell_setup), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (on_coverage_bind), self);
      column = gtk_column_view_column_new (cp_key_role_kind_to_label (kind), factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_expand (column, TRUE);
      /* After the partnership's column, before the flags. */
      gtk_column_view_insert_column (view, 1 + kind - CP_KEY_ROLE_KIND_POLITICAL, column);
      g_object_unref (column);
    }
}

static void
cp_people_page_init (CpPeoplePage *self)
{
  GtkApplication *app = GTK_IS_APPLICATION (g_application_get_default ())
                         ? GTK_APPLICATION (g_application_get_default ()) : NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->partnership_titles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->roles_by_partnership = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                      (GDestroyNotify) g_ptr_array_unref);
  self->holder_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  self->people = g_list_store_new (CP_TYPE_PERSON);
  self->needs = g_list_store_new (CP_TYPE_NEED);
  self->partnerships = g_list_store_new (CP_TYPE_PARTNERSHIP);

  self->register_filter = gtk_custom_filter_new (match_person, self, NULL);
  gtk_filter_list_model_set_filter (self->register_filter_model, GTK_FILTER (self->register_filter));
  g_object_unref (self->register_filter);
  gtk_filter_list_model_set_model (self->register_filter_model, G_LIST_MODEL (self->people));
  gtk_single_selection_set_model (self->needs_selection, G_LIST_MODEL (self->needs));
  gtk_single_selection_set_model (self->coverage_selection, G_LIST_MODEL (self->partnerships));

  add_coverage_columns (self, self->coverage_view);

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->register_view));
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));

  if (app != NULL)
    gtk_menu_button_set_menu_model (self->menu_button,
                                    G_MENU_MODEL (gtk_application_get_menu_by_id (app, "primary_menu")));
}
