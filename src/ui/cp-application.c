/* cp-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cp-application.h"
#include "cp-context.h"
#include "cp-preferences-window.h"
#include "cp-window.h"

struct _CpApplication
{
  AdwApplication parent_instance;

  GSettings     *settings;
};

G_DEFINE_FINAL_TYPE (CpApplication, cp_application, ADW_TYPE_APPLICATION)

static void
apply_style (CpApplication *self)
{
  g_autofree char *style = g_settings_get_string (self->settings, "style-variant");
  AdwColorScheme scheme = ADW_COLOR_SCHEME_DEFAULT;

  if (g_str_equal (style, "light"))
    scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_str_equal (style, "dark"))
    scheme = ADW_COLOR_SCHEME_FORCE_DARK;
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), scheme);
}

static CpWindow *
get_window (CpApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  return CP_IS_WINDOW (window) ? CP_WINDOW (window) : NULL;
}

static CpWindow *
new_window (CpApplication *self)
{
  g_autoptr(CpContext) context = cp_context_new (self->settings);
  CpWindow *window = cp_window_new (GTK_APPLICATION (self), context);

  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* Without a file named: the last workspace, else the default one if it
 * exists, else the welcome page. */
static void
open_usual_workspace (CpWindow *window,
                      GSettings *settings)
{
  g_autofree char *last = g_settings_get_string (settings, "last-database");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (g_settings_get_boolean (settings, "reopen-last-workspace") && *last != '\0' &&
      g_file_test (last, G_FILE_TEST_IS_REGULAR))
    path = g_steal_pointer (&last);
  else
    {
      path = cp_store_dup_default_path ();
      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        return;
    }

  if (!cp_context_open_workspace (cp_window_get_context (window), path, &error))
    cp_window_show_error (window, _("Cannot Open the Workspace"), error->message);
}

static int
cp_application_command_line (GApplication            *app,
                             GApplicationCommandLine *command_line)
{
  CpApplication *self = CP_APPLICATION (app);
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  const char *database = NULL;
  gboolean demo = FALSE;
  g_autoptr(GError) error = NULL;
  CpWindow *window;

  /* A file name: bytes in the file system's encoding. */
  g_variant_dict_lookup (options, "database", "^&ay", &database);
  g_variant_dict_lookup (options, "demo", "b", &demo);

  window = get_window (self);
  if (window != NULL && database == NULL && !demo)
    {
      gtk_window_present (GTK_WINDOW (window));
      return 0;
    }
  if (window == NULL || cp_context_get_store (cp_window_get_context (window)) != NULL)
    window = new_window (self);

  if (demo)
    {
      if (!cp_window_open_sample (window, &error))
        {
          g_application_command_line_printerr (command_line, "counterpart: %s\n", error->message);
          cp_window_show_error (window, _("Cannot Open the Sample Data"), error->message);
          return 1;
        }
    }
  else if (database != NULL)
    {
      g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (command_line, database);
      g_autofree char *path = g_file_get_path (file);

      if (!cp_context_open_workspace (cp_window_get_context (window), path, &error))
        {
          g_application_command_line_printerr (command_line, "counterpart: %s\n", error->message);
          cp_window_show_error (window, _("Cannot Open the Workspace"), error->message);
          return 1;
        }
    }
  else
    open_usual_workspace (window, self->settings);

  return 0;
}

static void
show_about (GSimpleAction *action,
            GVariant      *param,
            gpointer       user_data)
{
  CpApplication *self = user_data;
  const char *developers[] = { "The Counterpart developers", NULL };

  adw_show_about_window (GTK_WINDOW (get_window (self)),
                         "application-name", "Counterpart",
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", _("The Counterpart developers"),
                         "developers", developers,
                         "website", "https://github.com/counterpart/counterpart",
                         "issue-url", "https://github.com/counterpart/counterpart/issues",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "comments", _("Keeps the memory of a municipality’s city partnerships, for the officers who run international cooperation."),
                         /* Translators: put your names here, one per line */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
show_preferences (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       user_data)
{
  CpApplication *self = user_data;
  CpWindow *window = get_window (self);
  CpPreferencesWindow *preferences;

  if (window == NULL)
    return;
  preferences = cp_preferences_window_new (GTK_WINDOW (window), cp_window_get_context (window));
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
quit (GSimpleAction *action,
      GVariant      *param,
      gpointer       user_data)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));

  /* Close each window so that it can save its size and purge what was deleted. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_list_free (windows);
}

static const GActionEntry app_actions[] = {
  { "about", show_about },
  { "preferences", show_preferences },
  { "quit", quit },
};

static void
cp_application_startup (GApplication *app)
{
  CpApplication *self = CP_APPLICATION (app);
  static const char *quit_accels[] = { "<Primary>q", NULL };
  static const char *preferences_accels[] = { "<Primary>comma", NULL };
  static const char *new_accels[] = { "<Primary>n", NULL };
  static const char *open_accels[] = { "<Primary>o", NULL };
  static const char *search_accels[] = { "<Primary>f", NULL };

  G_APPLICATION_CLASS (cp_application_parent_class)->startup (app);

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_swapped (self->settings, "changed::style-variant", G_CALLBACK (apply_style), self);
  apply_style (self);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.new-partnership", new_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.open-workspace", open_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.search", search_accels);
}

static void
cp_application_activate (GApplication *app)
{
  CpWindow *window = get_window (CP_APPLICATION (app));

  if (window == NULL)
    {
      window = new_window (CP_APPLICATION (app));
      open_usual_workspace (window, CP_APPLICATION (app)->settings);
    }
  gtk_window_present (GTK_WINDOW (window));
}

static void
cp_application_dispose (GObject *object)
{
  g_clear_object (&CP_APPLICATION (object)->settings);

  G_OBJECT_CLASS (cp_application_parent_class)->dispose (object);
}

static void
cp_application_class_init (CpApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = cp_application_dispose;
  app_class->startup = cp_application_startup;
  app_class->activate = cp_application_activate;
  app_class->command_line = cp_application_command_line;
}

static void
cp_application_init (CpApplication *self)
{
  static const GOptionEntry options[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL, N_("Open the workspace in FILE"), N_("FILE") },
    { "demo", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Explore a scratch copy of the sample data"), NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version"), NULL },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), options);
}

static int
on_handle_local_options (GApplication *app,
                         GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("counterpart %s\n", PACKAGE_VERSION);
      return 0;
    }
  return -1;
}

CpApplication *
cp_application_new (void)
{
  CpApplication *self = g_object_new (CP_TYPE_APPLICATION,
                                      "application-id", APP_ID,
                                      "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                                      "resource-base-path", RESOURCE_PREFIX,
                                      NULL);

  g_signal_connect (self, "handle-local-options", G_CALLBACK (on_handle_local_options), NULL);
  return self;
}
