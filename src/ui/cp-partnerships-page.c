/* cp-partnerships-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cp-undo-toast.h"
#include "cp-editor-dialog.h"
#include "cp-partnership-page.h"
#include "cp-partnerships-page.h"

struct _CpPartnershipsPage
{
  CpPage              parent_instance;

  GListStore         *partnerships;

  AdwLeaflet         *leaflet;
  AdwWindowTitle     *list_title;
  GtkMenuButton      *menu_button;
  GtkSearchBar       *search_bar;
  GtkSearchEntry     *search_entry;
  GtkStack           *list_stack;
  GtkColumnView      *column_view;
  GtkSingleSelection *selection;
  GtkFilterListModel *filter_model;
  GtkColumnViewColumn *title_column;
  CpPartnershipPage  *partnership_page;
};

G_DEFINE_FINAL_TYPE (CpPartnershipsPage, cp_partnerships_page, CP_TYPE_PAGE)

static const char * const sortable_columns[] = {
  "countries_column", "kind_column", "status_column", "first_contact_column", "agreement_column",
};

static void
update_list_state (CpPartnershipsPage *self)
{
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->partnerships));
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  g_autofree char *subtitle = NULL;

  if (total == 0)
    gtk_stack_set_visible_child_name (self->list_stack, "empty");
  else if (shown == 0)
    gtk_stack_set_visible_child_name (self->list_stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->list_stack, "list");

  if (total > 0)
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u partnership", "%u partnerships", total), total);
  adw_window_title_set_subtitle (self->list_title, subtitle ? subtitle : "");
}

static void
reload (CpPartnershipsPage *self)
{
  CpStore *store = cp_page_get_store (CP_PAGE (self));
  g_autoptr(GListModel) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  if (store != NULL && !(loaded = cp_store_list_partnerships (store, &error)))
    g_warning ("Cannot list the partnerships: %s", error->message);

  for (guint i = 0; loaded != NULL && i < g_list_model_get_n_items (loaded); i++)
    g_ptr_array_add (items, g_list_model_get_item (loaded, i));

  g_list_store_splice (self->partnerships, 0, g_list_model_get_n_items (G_LIST_MODEL (self->partnerships)),
                       items->pdata, items->len);
  update_list_state (self);
}

static void
cp_partnerships_page_data_changed (CpPage *page)
{
  CpPartnershipsPage *self = CP_PARTNERSHIPS_PAGE (page);

  reload (self);
}

/* The detail pages show the same workspace as the section. */
static void
cp_partnerships_page_context_set (CpPage *page)
{
  CpPartnershipsPage *self = CP_PARTNERSHIPS_PAGE (page);

  g_object_set (self->partnership_page, "context", cp_page_get_context (CP_PAGE (self)), NULL);
}

static void
cp_partnerships_page_workspace_changed (CpPage *page)
{
  CpPartnershipsPage *self = CP_PARTNERSHIPS_PAGE (page);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  cp_partnerships_page_show_list (self);
  reload (self);
}

static void
on_column_view_activate (CpPartnershipsPage *self,
                         guint               position)
{
  g_autoptr(CpRecord) partnership = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (partnership != NULL)
    cp_partnerships_page_show_partnership (self, cp_record_get_id (partnership));
}

static void
on_search_changed (CpPartnershipsPage *self)
{
  update_list_state (self);
}

static void
on_partnership_created (CpPartnershipsPage *self,
                        CpRecord           *partnership)
{
  cp_partnerships_page_show_partnership (self, cp_record_get_id (partnership));
}

static void
new_partnership (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  CpPartnershipsPage *self = CP_PARTNERSHIPS_PAGE (widget);
  g_autoptr(CpPartnership) partnership = cp_partnership_new ();
  g_autofree char *today = cp_context_dup_today (cp_page_get_context (CP_PAGE (self)));
  CpEditorDialog *dialog;

  if (cp_page_get_store (CP_PAGE (self)) == NULL)
    return;

  g_object_set (partnership, "status", CP_PARTNERSHIP_STATUS_EXPLORING, "status-since", today, NULL);
  dialog = cp_editor_dialog_new (widget, cp_page_get_context (CP_PAGE (self)), CP_RECORD (partnership));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_partnership_created), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
go_back (GtkWidget  *widget,
         const char *action_name,
         GVariant   *param)
{
  cp_partnerships_page_show_list (CP_PARTNERSHIPS_PAGE (widget));
}

typedef struct
{
  CpStore *store;
  gint64   id;
} Trashed;

static void
trashed_free (gpointer  data,
              GClosure *closure)
{
  Trashed *trashed = data;

  g_object_unref (trashed->store);
  g_free (trashed);
}

static void
on_undo_delete_clicked (AdwToast *toast,
                        Trashed  *trashed)
{
  g_autoptr(GError) error = NULL;

  if (!cp_store_restore_partnership (trashed->store, trashed->id, &error))
    g_warning ("Cannot restore the partnership: %s", error->message);
}

static void
delete_partnership (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  CpPartnershipsPage *self = CP_PARTNERSHIPS_PAGE (widget);
  CpStore *store = cp_page_get_store (CP_PAGE (self));
  gint64 id = g_variant_get_int64 (param);
  g_autoptr(CpPartnership) partnership = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *message = NULL;
  Trashed *trashed;
  AdwToast *toast;

  if (store == NULL || !(partnership = cp_store_get_partnership (store, id, &error)) ||
      !cp_store_trash_partnership (store, id, &error))
    {
      g_warning ("Cannot delete the partnership: %s", error->message);
      return;
    }

  cp_partnerships_page_show_list (self);

  title = cp_partnership_dup_title (partnership);
  /* Translators: %s is a partnership, e.g. “Utrecht – León” */
  message = g_strdup_printf (_("“%s” deleted"), title);
  toast = cp_undo_toast_new (message);
  trashed = g_new0 (Trashed, 1);
  trashed->store = g_object_ref (store);
  trashed->id = id;
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_delete_clicked), trashed,
                         trashed_free, 0);

  cp_toast_show (widget, toast);
}

static void
delete_selected (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  CpPartnershipsPage *self = CP_PARTNERSHIPS_PAGE (widget);
  CpRecord *selected = gtk_single_selection_get_selected_item (self->selection);

  if (selected != NULL)
    gtk_widget_activate_action (widget, "partnerships.delete", "x", cp_record_get_id (selected));
}

void
cp_partnerships_page_show_partnership (CpPartnershipsPage *self,
                                       gint64              id)
{
  g_return_if_fail (CP_IS_PARTNERSHIPS_PAGE (self));

  cp_partnership_page_set_partnership_id (self->partnership_page, id);
  adw_leaflet_set_visible_child_name (self->leaflet, "detail");
}

void
cp_partnerships_page_show_list (CpPartnershipsPage *self)
{
  g_return_if_fail (CP_IS_PARTNERSHIPS_PAGE (self));

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  cp_partnership_page_set_partnership_id (self->partnership_page, 0);
}

void
cp_partnerships_page_start_search (CpPartnershipsPage *self)
{
  g_return_if_fail (CP_IS_PARTNERSHIPS_PAGE (self));

  cp_partnerships_page_show_list (self);
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

GListModel *
cp_partnerships_page_get_visible_model (CpPartnershipsPage *self)
{
  g_return_val_if_fail (CP_IS_PARTNERSHIPS_PAGE (self), NULL);

  return G_LIST_MODEL (self->selection);
}

static void
cp_partnerships_page_dispose (GObject *object)
{
  CpPartnershipsPage *self = CP_PARTNERSHIPS_PAGE (object);

  g_clear_object (&self->partnerships);

  G_OBJECT_CLASS (cp_partnerships_page_parent_class)->dispose (object);
}

static void
cp_partnerships_page_class_init (CpPartnershipsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CpPageClass *page_class = CP_PAGE_CLASS (klass);

  object_class->dispose = cp_partnerships_page_dispose;
  page_class->context_set = cp_partnerships_page_context_set;
  page_class->workspace_changed = cp_partnerships_page_workspace_changed;
  page_class->data_changed = cp_partnerships_page_data_changed;

  g_type_ensure (CP_TYPE_PARTNERSHIP);
  g_type_ensure (CP_TYPE_PARTNERSHIP_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-partnerships-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipsPage, list_title);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipsPage, menu_button);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipsPage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipsPage, selection);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipsPage, filter_model);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipsPage, title_column);
  gtk_widget_class_bind_template_child (widget_class, CpPartnershipsPage, partnership_page);
  /* Reachable through gtk_widget_get_template_child(), for the tests. */
  for (guint i = 0; i < G_N_ELEMENTS (sortable_columns); i++)
    gtk_widget_class_bind_template_child_full (widget_class, sortable_columns[i], FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);

  gtk_widget_class_install_action (widget_class, "partnerships.new", NULL, new_partnership);
  gtk_widget_class_install_action (widget_class, "partnerships.back", NULL, go_back);
  gtk_widget_class_install_action (widget_class, "partnerships.delete", "x", delete_partnership);
  gtk_widget_class_install_action (widget_class, "partnerships.delete-selected", NULL, delete_selected);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "partnerships.delete-selected", NULL);
}

static void
cp_partnerships_page_init (CpPartnershipsPage *self)
{
  GtkApplication *app = GTK_IS_APPLICATION (g_application_get_default ())
                         ? GTK_APPLICATION (g_application_get_default ()) : NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Typing in the list starts a search. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->column_view));
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));

  self->partnerships = g_list_store_new (CP_TYPE_PARTNERSHIP);
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->partnerships));
  g_signal_connect_object (self->filter_model, "items-changed", G_CALLBACK (update_list_state),
                           self, G_CONNECT_SWAPPED);

  if (app != NULL)
    gtk_menu_button_set_menu_model (self->menu_button,
                                    G_MENU_MODEL (gtk_application_get_menu_by_id (app, "primary_menu")));

  /* Sorted by partnership until the user picks another column. */
  gtk_column_view_sort_by_column (self->column_view, self->title_column, GTK_SORT_ASCENDING);
}
