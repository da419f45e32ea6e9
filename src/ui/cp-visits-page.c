/* cp-visits-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "core/cp-partial-date.h"
#include "cp-label-cell.h"
#include "cp-undo-toast.h"
#include "cp-editor-dialog.h"
#include "cp-visit-page.h"
#include "cp-visits-page.h"

struct _CpVisitsPage
{
  CpPage              parent_instance;

  GListStore         *visits;
  GHashTable         *partnership_titles;  /* id → title */
  GHashTable         *municipality_names;  /* id → name */
  GHashTable         *conflict_counts;     /* visit id → count */
  GPtrArray          *conflicts;
  GPtrArray          *agenda_groups;

  AdwLeaflet         *leaflet;
  AdwViewStack       *view_stack;
  GtkStack           *list_stack;
  GtkDropDown        *when_dropdown;
  GtkFilterListModel *filter_model;
  GtkCustomFilter    *when_filter;
  GtkSingleSelection *selection;
  AdwPreferencesPage *agenda_page;
  GtkStack           *agenda_stack;
  GtkListBox         *conflicts_list;
  GtkStack           *conflicts_stack;
  GtkMenuButton      *menu_button;
  CpVisitPage        *visit_page;
};

G_DEFINE_FINAL_TYPE (CpVisitsPage, cp_visits_page, CP_TYPE_PAGE)

enum {
  WHEN_ALL,
  WHEN_UPCOMING,
  WHEN_PAST,
};

static gint64 *
new_key (gint64 id)
{
  gint64 *key = g_new (gint64, 1);

  *key = id;
  return key;
}

static const char *
lookup_name (GHashTable *names,
             gint64      id)
{
  const char *name = g_hash_table_lookup (names, &id);

  return name ? name : "";
}

/* The list */

static gboolean
match_when (gpointer item,
            gpointer user_data)
{
  CpVisitsPage *self = user_data;
  guint when = gtk_drop_down_get_selected (self->when_dropdown);
  g_autofree char *today = NULL;

  if (when == WHEN_ALL || when == GTK_INVALID_LIST_POSITION)
    return TRUE;
  today = cp_context_dup_today (cp_page_get_context (CP_PAGE (self)));
  if (when == WHEN_UPCOMING)
    return g_strcmp0 (cp_visit_get_ends_on (item), today) >= 0;
  return g_strcmp0 (cp_visit_get_ends_on (item), today) < 0;
}

static void
update_states (CpVisitsPage *self)
{
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->visits));
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));

  gtk_stack_set_visible_child_name (self->list_stack, total == 0 ? "empty" : shown == 0 ? "none-shown" : "list");
  gtk_stack_set_visible_child_name (self->agenda_stack, total == 0 ? "empty" : "agenda");
  gtk_stack_set_visible_child_name (self->conflicts_stack, self->conflicts->len == 0 ? "empty" : "list");
}

static void
on_when_selected (CpVisitsPage *self)
{
  if (self->when_filter == NULL)
    return;
  gtk_filter_changed (GTK_FILTER (self->when_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_states (self);
}

static void
on_dates_bind (CpVisitsPage *self,
               GtkListItem  *item)
{
  CpVisit *visit = gtk_list_item_get_item (item);
  g_autofree char *period = cp_partial_date_format_period (cp_visit_get_starts_on (visit), cp_visit_get_ends_on (visit));

  cp_label_cell_set (item, period, FALSE);
}

static void
on_partnership_bind (CpVisitsPage *self,
                     GtkListItem  *item)
{
  CpVisit *visit = gtk_list_item_get_item (item);

  cp_label_cell_set (item, lookup_name (self->partnership_titles, cp_visit_get_partnership_id (visit)), FALSE);
}

static void
on_route_bind (CpVisitsPage *self,
               GtkListItem  *item)
{
  CpVisit *visit = gtk_list_item_get_item (item);
  /* Translators: a journey, e.g. “Utrecht → León” */
  g_autofree char *route = g_strdup_printf (_("%s → %s"),
                                            lookup_name (self->municipality_names, cp_visit_get_origin_id (visit)),
                                            lookup_name (self->municipality_names, cp_visit_get_destination_id (visit)));

  cp_label_cell_set (item, route, FALSE);
}

static void
on_status_bind (CpVisitsPage *self,
                GtkListItem  *item)
{
  CpVisit *visit = gtk_list_item_get_item (item);

  cp_label_cell_set (item, cp_visit_status_to_label (cp_visit_get_status (visit)), FALSE);
}

static void
on_conflicts_bind (CpVisitsPage *self,
                   GtkListItem  *item)
{
  gint64 id = cp_record_get_id (gtk_list_item_get_item (item));
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (self->conflict_counts, &id));
  g_autofree char *text = n ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u conflict", "%u conflicts", n), n)
                            : g_strdup ("");

  cp_label_cell_set (item, text, n > 0);
}

static void
on_list_activate (CpVisitsPage *self,
                  guint         position)
{
  g_autoptr(CpRecord) visit = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (visit != NULL)
    cp_visits_page_show_visit (self, cp_record_get_id (visit));
}

/* The agenda: a group per month, newest last */

static void
on_agenda_row_activated (AdwActionRow *row,
                         CpVisitsPage *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "cp-visit-id");

  cp_visits_page_show_visit (self, *id);
}

static char *
month_title (const char *day)
{
  g_autofree char *month = g_strndup (day, 7);

  return cp_partial_date_format (month);
}

static void
show_agenda (CpVisitsPage *self)
{
  AdwPreferencesGroup *group = NULL;
  g_autofree char *current = NULL;

  for (guint i = 0; i < self->agenda_groups->len; i++)
    adw_preferences_page_remove (self->agenda_page, g_ptr_array_index (self->agenda_groups, i));
  g_ptr_array_set_size (self->agenda_groups, 0);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->visits)); i++)
    {
      g_autoptr(CpVisit) visit = g_list_model_get_item (G_LIST_MODEL (self->visits), i);
      gint64 id = cp_record_get_id (CP_RECORD (visit));
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (self->conflict_counts, &id));
      g_autofree char *period = cp_partial_date_format_period (cp_visit_get_starts_on (visit), cp_visit_get_ends_on (visit));
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      if (current == NULL || strncmp (current, cp_visit_get_starts_on (visit), 7) != 0)
        {
          g_autofree char *title = month_title (cp_visit_get_starts_on (visit));

          g_free (current);
          current = g_strdup (cp_visit_get_starts_on (visit));
          group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
          adw_preferences_group_set_title (group, title);
          adw_preferences_page_add (self->agenda_page, group);
          g_ptr_array_add (self->agenda_groups, group);
        }

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cp_visit_get_purpose (visit));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      /* Translators: a visit in the agenda: its days, partnership and status */
      subtitle = g_strdup_printf (_("%s · %s · %s"), period,
                                  lookup_name (self->partnership_titles, cp_visit_get_partnership_id (visit)),
                                  cp_visit_status_to_label (cp_visit_get_status (visit)));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      if (n > 0)
        adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "cp-visit-id", new_key (id), g_free);
      g_signal_connect (row, "activated", G_CALLBACK (on_agenda_row_activated), self);
      adw_preferences_group_add (group, row);
    }
}

/* The conflicts of every visit */

static void
on_conflict_row_activated (GtkListBox    *list,
                           GtkListBoxRow *row,
                           CpVisitsPage  *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "cp-visit-id");

  if (id != NULL)
    cp_visits_page_show_visit (self, *id);
}

static void
show_conflicts (CpVisitsPage *self)
{
  GtkWidget *child;
  g_autoptr(GHashTable) purposes = g_hash_table_new (g_int64_hash, g_int64_equal);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->conflicts_list))) != NULL)
    gtk_list_box_remove (self->conflicts_list, child);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->visits)); i++)
    {
      CpVisit *visit = g_list_model_get_item (G_LIST_MODEL (self->visits), i);
      gint64 *key = g_object_get_data (G_OBJECT (visit), "cp-key");

      if (key == NULL)
        {
          key = new_key (cp_record_get_id (CP_RECORD (visit)));
          g_object_set_data_full (G_OBJECT (visit), "cp-key", key, g_free);
        }
      g_hash_table_insert (purposes, key, (gpointer) cp_visit_get_purpose (visit));
      g_object_unref (visit);
    }

  for (guint i = 0; i < self->conflicts->len; i++)
    {
      CpConflict *conflict = g_ptr_array_index (self->conflicts, i);
      GtkWidget *row = adw_action_row_new ();
      const char *purpose = g_hash_table_lookup (purposes, &conflict->visit_id);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), purpose ? purpose : "");
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), conflict->message);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "cp-visit-id", new_key (conflict->visit_id), g_free);
      gtk_list_box_append (self->conflicts_list, row);
    }
}

/* Loading */

static void
reload (CpVisitsPage *self)
{
  CpStore *store = cp_page_get_store (CP_PAGE (self));
  g_autoptr(GListModel) visits = NULL;
  g_autoptr(GListModel) partnerships = NULL;
  g_autoptr(GListModel) municipalities = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  g_hash_table_remove_all (self->partnership_titles);
  g_hash_table_remove_all (self->municipality_names);
  g_hash_table_remove_all (self->conflict_counts);
  g_clear_pointer (&self->conflicts, g_ptr_array_unref);

  if (store != NULL)
    {
      visits = cp_store_list_visits (store, 0, NULL);
      partnerships = cp_store_list_partnerships (store, NULL);
      municipalities = cp_store_list_municipalities (store, NULL);
      if (!(self->conflicts = cp_store_find_visit_conflicts (store, 0, &error)))
        g_debug ("No conflict checks: %s", error->message);
    }
  if (self->conflicts == NULL)
    self->conflicts = g_ptr_array_new_with_free_func ((GDestroyNotify) cp_conflict_free);

  for (guint i = 0; partnerships != NULL && i < g_list_model_get_n_items (partnerships); i++)
    {
      g_autoptr(CpPartnership) p = g_list_model_get_item (partnerships, i);
      g_hash_table_insert (self->partnership_titles, new_key (cp_record_get_id (CP_RECORD (p))),
                           cp_partnership_dup_title (p));
    }
  for (guint i = 0; municipalities != NULL && i < g_list_model_get_n_items (municipalities); i++)
    {
      g_autoptr(CpMunicipality) m = g_list_model_get_item (municipalities, i);
      g_hash_table_insert (self->municipality_names, new_key (cp_record_get_id (CP_RECORD (m))),
                           g_strdup (cp_municipality_get_name (m)));
    }
  for (guint i = 0; i < self->conflicts->len; i++)
    {
      CpConflict *conflict = g_ptr_array_index (self->conflicts, i);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (self->conflict_counts, &conflict->visit_id));
      g_hash_table_insert (self->conflict_counts, new_key (conflict->visit_id), GUINT_TO_POINTER (n + 1));
    }

  for (guint i = 0; visits != NULL && i < g_list_model_get_n_items (visits); i++)
    g_ptr_array_add (items, g_list_model_get_item (visits, i));
  g_list_store_splice (self->visits, 0, g_list_model_get_n_items (G_LIST_MODEL (self->visits)),
                       items->pdata, items->len);

  show_agenda (self);
  show_conflicts (self);
  update_states (self);
}

static void
cp_visits_page_data_changed (CpPage *page)
{
  CpVisitsPage *self = CP_VISITS_PAGE (page);

  reload (self);
}

/* The detail pages show the same workspace as the section. */
static void
cp_visits_page_context_set (CpPage *page)
{
  CpVisitsPage *self = CP_VISITS_PAGE (page);

  g_object_set (self->visit_page, "context", cp_page_get_context (CP_PAGE (self)), NULL);
}

static void
cp_visits_page_workspace_changed (CpPage *page)
{
  CpVisitsPage *self = CP_VISITS_PAGE (page);

  cp_visits_page_show_main (self);
  reload (self);
}

/* Actions */

/* A new visit: from the user's own municipality to the partner, from today. */
static void
add_visit (GtkWidget  *widget,
           const char *action_name,
           GVariant   *param)
{
  CpVisitsPage *self = CP_VISITS_PAGE (widget);
  CpStore *store = cp_page_get_store (CP_PAGE (self));
  g_autoptr(GListModel) partnerships = NULL;
  g_autoptr(CpPartnership) partnership = NULL;
  g_autoptr(CpVisit) visit = NULL;
  g_autofree char *today = NULL;
  CpEditorDialog *dialog;
  GPtrArray *parties;

  if (store == NULL)
    return;
  partnerships = cp_store_list_partnerships (store, NULL);
  partnership = partnerships ? g_list_model_get_item (partnerships, 0) : NULL;
  visit = cp_visit_new (partnership ? cp_record_get_id (CP_RECORD (partnership)) : 0);
  today = cp_context_dup_today (cp_page_get_context (CP_PAGE (self)));
  g_object_set (visit, "starts-on", today, "ends-on", today, "status", CP_VISIT_STATUS_IDEA, NULL);

  parties = partnership ? cp_partnership_get_parties (partnership) : NULL;
  for (guint i = 0; parties != NULL && i < parties->len; i++)
    {
      CpMunicipality *m = g_ptr_array_index (parties, i);
      g_object_set (visit, cp_municipality_get_is_own (m) ? "origin-id" : "destination-id",
                    cp_record_get_id (CP_RECORD (m)), NULL);
    }

  dialog = cp_editor_dialog_new (widget, cp_page_get_context (CP_PAGE (self)), CP_RECORD (visit));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
go_back (GtkWidget  *widget,
         const char *action_name,
         GVariant   *param)
{
  cp_visits_page_show_main (CP_VISITS_PAGE (widget));
}

static void
show_visit_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  cp_visits_page_show_visit (CP_VISITS_PAGE (widget), g_variant_get_int64 (param));
}

/* Undo puts back the visit and everything that was deleted with it. */
static void
on_undo_delete_clicked (AdwToast *toast,
                        gpointer  user_data)
{
  CpStore *store = g_object_get_data (G_OBJECT (toast), "cp-store");
  GPtrArray *records = g_object_get_data (G_OBJECT (toast), "cp-records");
  g_autoptr(GError) error = NULL;
  gboolean ok = TRUE;

  if (!cp_store_begin_write (store, &error))
    return;
  for (guint i = 0; ok && i < records->len; i++)
    ok = cp_store_save (store, g_ptr_array_index (records, i), &error);
  if (!cp_store_end_write (store, ok, ok ? &error : NULL) || !ok)
    g_warning ("Cannot restore the visit: %s", error ? error->message : "");
}

static void
add_all (GPtrArray  *records,
         GListModel *model)
{
  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (records, g_list_model_get_item (model, i));
  g_clear_object (&model);
}

static void
delete_visit (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  CpVisitsPage *self = CP_VISITS_PAGE (widget);
  CpStore *store = cp_page_get_store (CP_PAGE (self));
  gint64 id = g_variant_get_int64 (param);
  g_autoptr(CpVisit) visit = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  GPtrArray *records;
  AdwToast *toast;

  if (store == NULL || !(visit = cp_store_get_visit (store, id, NULL)))
    return;

  records = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (records, g_object_ref (visit));
  add_all (records, cp_store_list_delegates (store, id, NULL));
  add_all (records, cp_store_list_programme_items (store, id, NULL));
  add_all (records, cp_store_list_cost_lines (store, id, NULL));
  add_all (records, cp_store_list_checklist_items (store, id, NULL));
  add_all (records, cp_store_list_learning_entries (store, id, NULL));
  add_all (records, cp_store_list_follow_ups (store, id, NULL));

  if (!cp_store_delete_record (store, CP_RECORD (visit), &error))
    {
      g_warning ("Cannot delete the visit: %s", error->message);
      g_ptr_array_unref (records);
      return;
    }
  cp_visits_page_show_main (self);

  /* Translators: %s is a visit's purpose */
  message = g_strdup_printf (_("“%s” deleted"), cp_visit_get_purpose (visit));
  toast = cp_undo_toast_new (message);
  g_object_set_data_full (G_OBJECT (toast), "cp-store", g_object_ref (store), g_object_unref);
  g_object_set_data_full (G_OBJECT (toast), "cp-records", records, (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (on_undo_delete_clicked), NULL);

  cp_toast_show (widget, toast);
}

/* Public */

void
cp_visits_page_show_visit (CpVisitsPage *self,
                           gint64        id)
{
  g_return_if_fail (CP_IS_VISITS_PAGE (self));

  cp_visit_page_set_visit_id (self->visit_page, id);
  adw_leaflet_set_visible_child_name (self->leaflet, "visit");
}

void
cp_visits_page_show_main (CpVisitsPage *self)
{
  g_return_if_fail (CP_IS_VISITS_PAGE (self));

  adw_leaflet_set_visible_child_name (self->leaflet, "main");
  cp_visit_page_set_visit_id (self->visit_page, 0);
}

void
cp_visits_page_show_tab (CpVisitsPage *self,
                         const char   *name)
{
  g_return_if_fail (CP_IS_VISITS_PAGE (self));

  cp_visits_page_show_main (self);
  adw_view_stack_set_visible_child_name (self->view_stack, name);
}

GListModel *
cp_visits_page_get_list (CpVisitsPage *self)
{
  return G_LIST_MODEL (self->selection);
}

guint
cp_visits_page_get_n_conflicts (CpVisitsPage *self)
{
  return self->conflicts ? self->conflicts->len : 0;
}

/* GObject */

static void
cp_visits_page_dispose (GObject *object)
{
  CpVisitsPage *self = CP_VISITS_PAGE (object);

  g_clear_object (&self->visits);
  g_clear_pointer (&self->partnership_titles, g_hash_table_unref);
  g_clear_pointer (&self->municipality_names, g_hash_table_unref);
  g_clear_pointer (&self->conflict_counts, g_hash_table_unref);
  g_clear_pointer (&self->conflicts, g_ptr_array_unref);
  g_clear_pointer (&self->agenda_groups, g_ptr_array_unref);

  G_OBJECT_CLASS (cp_visits_page_parent_class)->dispose (object);
}

static void
cp_visits_page_class_init (CpVisitsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CpPageClass *page_class = CP_PAGE_CLASS (klass);

  object_class->dispose = cp_visits_page_dispose;
  page_class->context_set = cp_visits_page_context_set;
  page_class->workspace_changed = cp_visits_page_workspace_changed;
  page_class->data_changed = cp_visits_page_data_changed;

  g_type_ensure (CP_TYPE_VISIT);
  g_type_ensure (CP_TYPE_VISIT_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-visits-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CpVisitsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, CpVisitsPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, CpVisitsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, CpVisitsPage, when_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CpVisitsPage, filter_model);
  gtk_widget_class_bind_template_child (widget_class, CpVisitsPage, selection);
  gtk_widget_class_bind_template_child (widget_class, CpVisitsPage, agenda_page);
  gtk_widget_class_bind_template_child (widget_class, CpVisitsPage, agenda_stack);
  gtk_widget_class_bind_template_child (widget_class, CpVisitsPage, conflicts_list);
  gtk_widget_class_bind_template_child (widget_class, CpVisitsPage, conflicts_stack);
  gtk_widget_class_bind_template_child (widget_class, CpVisitsPage, menu_button);
  gtk_widget_class_bind_template_child (widget_class, CpVisitsPage, visit_page);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_label_setup", G_CALLBACK (cp_label_cell_setup));
  gtk_widget_class_bind_template_callback (widget_class, on_dates_bind);
  gtk_widget_class_bind_template_callback (widget_class, on_partnership_bind);
  gtk_widget_class_bind_template_callback (widget_class, on_route_bind);
  gtk_widget_class_bind_template_callback (widget_class, on_status_bind);
  gtk_widget_class_bind_template_callback (widget_class, on_conflicts_bind);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_when_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_conflict_row_activated);

  gtk_widget_class_install_action (widget_class, "visits.add", NULL, add_visit);
  gtk_widget_class_install_action (widget_class, "visits.back", NULL, go_back);
  gtk_widget_class_install_action (widget_class, "visits.show", "x", show_visit_action);
  gtk_widget_class_install_action (widget_class, "visits.delete", "x", delete_visit);
}

static void
cp_visits_page_init (CpVisitsPage *self)
{
  GtkApplication *app = GTK_IS_APPLICATION (g_application_get_default ())
                         ? GTK_APPLICATION (g_application_get_default ()) : NULL;
  g_autoptr(GtkStringList) when = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->partnership_titles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->municipality_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->conflict_counts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->conflicts = g_ptr_array_new_with_free_func ((GDestroyNotify) cp_conflict_free);
  self->agenda_groups = g_ptr_array_new ();
  self->visits = g_list_store_new (CP_TYPE_VISIT);

  gtk_string_list_append (when, _("All visits"));
  gtk_string_list_append (when, _("Upcoming"));
  gtk_string_list_append (when, _("Past"));
  gtk_drop_down_set_model (self->when_dropdown, G_LIST_MODEL (when));

  self->when_filter = gtk_custom_filter_new (match_when, self, NULL);
  gtk_filter_list_model_set_filter (self->filter_model, GTK_FILTER (self->when_filter));
  g_object_unref (self->when_filter);
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->visits));

  if (app != NULL)
    gtk_menu_button_set_menu_model (self->menu_button,
                                    G_MENU_MODEL (gtk_application_get_menu_by_id (app, "primary_menu")));
}
