/* cp-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <glib/gstdio.h>

#include "store/cp-sample-data.h"
#include "cp-undo-toast.h"
#include "cp-partnerships-page.h"
#include "cp-people-page.h"
#include "cp-visits-page.h"
#include "cp-funding-page.h"
#include "cp-conditions-page.h"
#include "cp-overview-page.h"
#include "cp-reports-page.h"
#include "cp-window.h"

struct _CpWindow
{
  AdwApplicationWindow parent_instance;

  CpContext          *context;
  CpStore            *store;
  gulong              changed_id;
  GtkFileChooserNative *chooser;

  AdwToastOverlay    *toast_overlay;
  GtkStack           *main_stack;
  AdwLeaflet         *leaflet;
  AdwWindowTitle     *sidebar_title;
  GtkMenuButton      *welcome_menu_button;
  GtkMenuButton      *sidebar_menu_button;
  GtkListBox         *sidebar_list;
  GtkStack           *section_stack;
  CpPartnershipsPage *partnerships_page;
  CpPeoplePage       *people_page;
  CpVisitsPage       *visits_page;
  CpFundingPage      *funding_page;
  CpConditionsPage   *conditions_page;
  CpOverviewPage     *overview_page;
  CpReportsPage      *reports_page;
};

G_DEFINE_FINAL_TYPE (CpWindow, cp_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
cp_window_show_error (CpWindow   *self,
                      const char *heading,
                      const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
cp_window_add_toast (CpWindow   *self,
                     const char *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, cp_toast_new_plain (message));
}

static void
update_actions (CpWindow *self)
{
  gboolean open = self->store != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.backup-workspace", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.load-sample", open && cp_store_is_empty (self->store));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-partnership", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", open);
}

static void
on_context_store_changed (CpWindow *self)
{
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_set_object (&self->store, cp_context_get_store (self->context));

  if (self->store != NULL)
    {
      g_autofree char *name = g_path_get_basename (cp_store_get_path (self->store));

      self->changed_id = g_signal_connect_swapped (self->store, "changed", G_CALLBACK (update_actions), self);
      adw_window_title_set_subtitle (self->sidebar_title, name);
      gtk_stack_set_visible_child_name (self->main_stack, "workspace");
      /* On a narrow window, the section rather than the list of sections. */
      adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->section_stack));
    }
  else
    gtk_stack_set_visible_child_name (self->main_stack, "welcome");

  update_actions (self);
}

static gboolean
open_workspace (CpWindow   *self,
                const char *path)
{
  g_autoptr(GError) error = NULL;

  if (!cp_context_open_workspace (self->context, path, &error))
    {
      cp_window_show_error (self, _("Cannot Open the Workspace"), error->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
cp_window_open_sample (CpWindow  *self,
                       GError   **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(CpStore) store = NULL;

  if (!(dir = g_dir_make_tmp ("counterpart-sample-XXXXXX", error)))
    return FALSE;
  path = g_build_filename (dir, _("Sample workspace.sqlite"), NULL);

  /* A scratch copy: exploring it never touches the user's own workspace, and it
   * is not remembered as the last one opened. */
  if (!cp_sample_data_write_file (path, error) || !(store = cp_store_open (path, error)))
    return FALSE;
  cp_context_set_store (self->context, store);
  return TRUE;
}

/* Actions */

static void
explore_sample (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  CpWindow *self = CP_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!cp_window_open_sample (self, &error))
    cp_window_show_error (self, _("Cannot Open the Sample Data"), error->message);
}

static void
start_empty (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  g_autofree char *path = cp_store_dup_default_path ();

  open_workspace (CP_WINDOW (widget), path);
}

static void
load_sample (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  CpWindow *self = CP_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;
  if (!cp_sample_data_load (self->store, &error))
    cp_window_show_error (self, _("Cannot Load the Sample Data"), error->message);
  else
    cp_window_add_toast (self, _("Sample data loaded: the four partnerships of the study"));
}

typedef enum {
  CHOOSE_NEW,
  CHOOSE_OPEN,
  CHOOSE_BACKUP,
} Choice;

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     CpWindow        *self)
{
  Choice choice = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "cp-choice"));
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL || !(path = g_file_get_path (file)))
    return;

  switch (choice)
    {
    case CHOOSE_NEW:
      /* The chooser asked before replacing: a new workspace starts empty. */
      if (g_file_test (path, G_FILE_TEST_EXISTS) && g_unlink (path) != 0)
        {
          cp_window_show_error (self, _("Cannot Create the Workspace"), g_strerror (errno));
          return;
        }
      open_workspace (self, path);
      break;
    case CHOOSE_OPEN:
      open_workspace (self, path);
      break;
    case CHOOSE_BACKUP:
      if (!cp_store_backup (self->store, path, &error))
        cp_window_show_error (self, _("Cannot Back Up the Workspace"), error->message);
      else
        cp_window_add_toast (self, _("Workspace backed up"));
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
choose_file (CpWindow   *self,
             Choice      choice,
             const char *title,
             const char *accept)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserAction action = choice == CHOOSE_OPEN ? GTK_FILE_CHOOSER_ACTION_OPEN
                                                      : GTK_FILE_CHOOSER_ACTION_SAVE;

  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Counterpart workspaces"));
  gtk_file_filter_add_mime_type (filter, "application/vnd.sqlite3");
  gtk_file_filter_add_mime_type (filter, "application/x-sqlite3");
  gtk_file_filter_add_suffix (filter, "sqlite");
  gtk_file_filter_add_suffix (filter, "db");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);

  if (choice == CHOOSE_NEW)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), _("Partnerships.sqlite"));
  else if (choice == CHOOSE_BACKUP)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%d");
      /* Translators: the file name of a backup; %s is today's date */
      g_autofree char *name = g_strdup_printf (_("Workspace backup %s.sqlite"), stamp);
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
    }

  g_object_set_data (G_OBJECT (self->chooser), "cp-choice", GINT_TO_POINTER (choice));
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
new_workspace (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  choose_file (CP_WINDOW (widget), CHOOSE_NEW, _("New Workspace"), _("C_reate"));
}

static void
open_workspace_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  choose_file (CP_WINDOW (widget), CHOOSE_OPEN, _("Open a Workspace"), _("_Open"));
}

static void
backup_workspace (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  choose_file (CP_WINDOW (widget), CHOOSE_BACKUP, _("Back Up the Workspace"), _("_Save"));
}

static void
show_sidebar (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  adw_leaflet_navigate (CP_WINDOW (widget)->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
new_partnership (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  CpWindow *self = CP_WINDOW (widget);

  gtk_stack_set_visible_child_name (self->section_stack, "partnerships");
  gtk_widget_activate_action (GTK_WIDGET (self->partnerships_page), "partnerships.new", NULL);
}

static void
search (GtkWidget  *widget,
        const char *action_name,
        GVariant   *param)
{
  CpWindow *self = CP_WINDOW (widget);

  gtk_stack_set_visible_child_name (self->section_stack, "partnerships");
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->section_stack));
  cp_partnerships_page_start_search (self->partnerships_page);
}

void
cp_window_show_section (CpWindow   *self,
                        const char *name)
{
  g_return_if_fail (CP_IS_WINDOW (self));

  gtk_stack_set_visible_child_name (self->section_stack, name);
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->section_stack));
  for (int i = 0; gtk_list_box_get_row_at_index (self->sidebar_list, i) != NULL; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->sidebar_list, i);
      if (g_strcmp0 (gtk_widget_get_name (GTK_WIDGET (row)), name) == 0)
        gtk_list_box_select_row (self->sidebar_list, row);
    }
}

/* Links between sections: a visit's need, a need's visits. */
static void
show_need (GtkWidget  *widget,
           const char *action_name,
           GVariant   *param)
{
  CpWindow *self = CP_WINDOW (widget);

  cp_window_show_section (self, "people");
  cp_people_page_show_need (self->people_page, g_variant_get_int64 (param));
}

static void
show_visit (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  CpWindow *self = CP_WINDOW (widget);

  cp_window_show_section (self, "visits");
  cp_visits_page_show_visit (self->visits_page, g_variant_get_int64 (param));
}

/* "funding" or "funding/applications": a section, and a tab of it. */
static void
show_section_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  CpWindow *self = CP_WINDOW (widget);
  g_auto(GStrv) parts = g_strsplit (g_variant_get_string (param, NULL), "/", 2);

  cp_window_show_section (self, parts[0]);
  if (parts[1] == NULL)
    return;
  if (g_str_equal (parts[0], "funding"))
    cp_funding_page_show_tab (self->funding_page, parts[1]);
  else if (g_str_equal (parts[0], "conditions"))
    cp_conditions_page_show_tab (self->conditions_page, parts[1]);
}

static void
on_sidebar_row_activated (CpWindow      *self,
                          GtkListBoxRow *row)
{
  cp_window_show_section (self, gtk_widget_get_name (GTK_WIDGET (row)));
}

/* GObject */

static gboolean
cp_window_close_request (GtkWindow *window)
{
  CpWindow *self = CP_WINDOW (window);
  GSettings *settings = cp_context_get_settings (self->context);
  int width, height;

  /* What was deleted with Undo still on offer goes for good now. */
  if (self->store != NULL)
    cp_store_purge_trash (self->store, NULL);

  if (settings != NULL)
    {
      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
      g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (window));
    }

  return GTK_WINDOW_CLASS (cp_window_parent_class)->close_request (window);
}

static void
cp_window_constructed (GObject *object)
{
  CpWindow *self = CP_WINDOW (object);
  GSettings *settings = cp_context_get_settings (self->context);
  GtkApplication *app;

  G_OBJECT_CLASS (cp_window_parent_class)->constructed (object);

  if (settings != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (settings, "window-width"),
                                   g_settings_get_int (settings, "window-height"));
      if (g_settings_get_boolean (settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
    }

  /* “application” is set after construction: ask for the running one. */
  app = GTK_IS_APPLICATION (g_application_get_default ()) ? GTK_APPLICATION (g_application_get_default ()) : NULL;
  if (app != NULL)
    {
      GMenuModel *menu = G_MENU_MODEL (gtk_application_get_menu_by_id (app, "primary_menu"));
      gtk_menu_button_set_menu_model (self->welcome_menu_button, menu);
      gtk_menu_button_set_menu_model (self->sidebar_menu_button, menu);
    }

  g_object_set (self->partnerships_page, "context", self->context, NULL);
  g_object_set (self->people_page, "context", self->context, NULL);
  g_object_set (self->visits_page, "context", self->context, NULL);
  g_object_set (self->funding_page, "context", self->context, NULL);
  g_object_set (self->conditions_page, "context", self->context, NULL);
  g_object_set (self->overview_page, "context", self->context, NULL);
  g_object_set (self->reports_page, "context", self->context, NULL);
  g_signal_connect_object (self->context, "notify::store", G_CALLBACK (on_context_store_changed),
                           self, G_CONNECT_SWAPPED);
  on_context_store_changed (self);
}

static void
cp_window_dispose (GObject *object)
{
  CpWindow *self = CP_WINDOW (object);

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->store);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cp_window_parent_class)->dispose (object);
}

static void
cp_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, CP_WINDOW (object)->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cp_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_CONTEXT:
      CP_WINDOW (object)->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cp_window_class_init (CpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = cp_window_constructed;
  object_class->dispose = cp_window_dispose;
  object_class->get_property = cp_window_get_property;
  object_class->set_property = cp_window_set_property;
  window_class->close_request = cp_window_close_request;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, CP_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CP_TYPE_PARTNERSHIPS_PAGE);
  g_type_ensure (CP_TYPE_PEOPLE_PAGE);
  g_type_ensure (CP_TYPE_VISITS_PAGE);
  g_type_ensure (CP_TYPE_FUNDING_PAGE);
  g_type_ensure (CP_TYPE_CONDITIONS_PAGE);
  g_type_ensure (CP_TYPE_OVERVIEW_PAGE);
  g_type_ensure (CP_TYPE_REPORTS_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CpWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CpWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, CpWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, CpWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, CpWindow, welcome_menu_button);
  gtk_widget_class_bind_template_child (widget_class, CpWindow, sidebar_menu_button);
  gtk_widget_class_bind_template_child (widget_class, CpWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, CpWindow, section_stack);
  gtk_widget_class_bind_template_child (widget_class, CpWindow, partnerships_page);
  gtk_widget_class_bind_template_child (widget_class, CpWindow, people_page);
  gtk_widget_class_bind_template_child (widget_class, CpWindow, visits_page);
  gtk_widget_class_bind_template_child (widget_class, CpWindow, funding_page);
  gtk_widget_class_bind_template_child (widget_class, CpWindow, conditions_page);
  gtk_widget_class_bind_template_child (widget_class, CpWindow, overview_page);
  gtk_widget_class_bind_template_child (widget_class, CpWindow, reports_page);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_activated);

  gtk_widget_class_install_action (widget_class, "win.new-workspace", NULL, new_workspace);
  gtk_widget_class_install_action (widget_class, "win.open-workspace", NULL, open_workspace_action);
  gtk_widget_class_install_action (widget_class, "win.backup-workspace", NULL, backup_workspace);
  gtk_widget_class_install_action (widget_class, "win.load-sample", NULL, load_sample);
  gtk_widget_class_install_action (widget_class, "win.explore-sample", NULL, explore_sample);
  gtk_widget_class_install_action (widget_class, "win.start-empty", NULL, start_empty);
  gtk_widget_class_install_action (widget_class, "win.show-sidebar", NULL, show_sidebar);
  gtk_widget_class_install_action (widget_class, "win.new-partnership", NULL, new_partnership);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search);
  gtk_widget_class_install_action (widget_class, "win.show-need", "x", show_need);
  gtk_widget_class_install_action (widget_class, "win.show-visit", "x", show_visit);
  gtk_widget_class_install_action (widget_class, "win.show-section", "s", show_section_action);
}

/* The application adds its resources' icons to the theme; a window made without
 * one (as in the tests) needs them too. */
static void
ensure_icons (void)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  g_auto(GStrv) paths = gtk_icon_theme_get_resource_path (theme);
  const char *ours = RESOURCE_PREFIX "/icons";

  if (paths == NULL || !g_strv_contains ((const char * const *) paths, ours))
    gtk_icon_theme_add_resource_path (theme, ours);
}

static void
cp_window_init (CpWindow *self)
{
  ensure_icons ();
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_select_row (self->sidebar_list, gtk_list_box_get_row_at_index (self->sidebar_list, 0));
}

CpWindow *
cp_window_new (GtkApplication *application,
               CpContext      *context)
{
  return g_object_new (CP_TYPE_WINDOW, "application", application, "context", context, NULL);
}

CpContext *
cp_window_get_context (CpWindow *self)
{
  g_return_val_if_fail (CP_IS_WINDOW (self), NULL);

  return self->context;
}

GtkWidget *
cp_window_get_visits_page (CpWindow *self)
{
  g_return_val_if_fail (CP_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->visits_page);
}

GtkWidget *
cp_window_get_conditions_page (CpWindow *self)
{
  g_return_val_if_fail (CP_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->conditions_page);
}

GtkWidget *
cp_window_get_reports_page (CpWindow *self)
{
  g_return_val_if_fail (CP_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->reports_page);
}

GtkWidget *
cp_window_get_overview_page (CpWindow *self)
{
  g_return_val_if_fail (CP_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->overview_page);
}

GtkWidget *
cp_window_get_funding_page (CpWindow *self)
{
  g_return_val_if_fail (CP_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->funding_page);
}

GtkWidget *
cp_window_get_people_page (CpWindow *self)
{
  g_return_val_if_fail (CP_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->people_page);
}

GtkWidget *
cp_window_get_partnerships_page (CpWindow *self)
{
  g_return_val_if_fail (CP_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->partnerships_page);
}
