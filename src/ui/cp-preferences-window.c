/* cp-preferences-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/cp-matching.h"
#include "cp-preferences-window.h"

struct _CpPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  AdwComboRow  *style_row;
  GtkSwitch    *reopen_switch;
  AdwActionRow *workspace_row;
  AdwPreferencesGroup *matching_group;
};

G_DEFINE_FINAL_TYPE (CpPreferencesWindow, cp_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The order of the style row's items. */
static const char * const style_variants[] = { "system", "light", "dark" };

static gboolean
style_to_position (GValue   *value,
                   GVariant *variant,
                   gpointer  user_data)
{
  const char *style = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (style_variants); i++)
    if (g_str_equal (style, style_variants[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  g_value_set_uint (value, 0);
  return TRUE;
}

static GVariant *
position_to_style (const GValue       *value,
                   const GVariantType *type,
                   gpointer            user_data)
{
  guint position = g_value_get_uint (value);

  return g_variant_new_string (style_variants[position < G_N_ELEMENTS (style_variants) ? position : 0]);
}

static void
cp_preferences_window_class_init (CpPreferencesWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CpPreferencesWindow, style_row);
  gtk_widget_class_bind_template_child (widget_class, CpPreferencesWindow, reopen_switch);
  gtk_widget_class_bind_template_child (widget_class, CpPreferencesWindow, workspace_row);
  gtk_widget_class_bind_template_child (widget_class, CpPreferencesWindow, matching_group);
}

/* The weights are fixed in the code (cp-matching.c says why); shown, not edited. */
static void
show_weights (CpPreferencesWindow *self)
{
  for (CpMatchFactor factor = 0; factor < CP_MATCH_N_FACTORS; factor++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *weight = gtk_label_new (NULL);
      guint points = cp_match_factor_get_weight (factor);
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u point", "%u points", points), points);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cp_match_factor_get_label (factor));
      gtk_label_set_label (GTK_LABEL (weight), text);
      gtk_widget_add_css_class (weight, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), weight);
      adw_preferences_group_add (self->matching_group, row);
    }
}

static void
cp_preferences_window_init (CpPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  show_weights (self);
}

CpPreferencesWindow *
cp_preferences_window_new (GtkWindow *parent,
                           CpContext *context)
{
  CpPreferencesWindow *self = g_object_new (CP_TYPE_PREFERENCES_WINDOW, "transient-for", parent, NULL);
  GSettings *settings = cp_context_get_settings (context);
  CpStore *store = cp_context_get_store (context);

  g_settings_bind_with_mapping (settings, "style-variant", self->style_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, style_to_position, position_to_style, NULL, NULL);
  g_settings_bind (settings, "reopen-last-workspace", self->reopen_switch, "active", G_SETTINGS_BIND_DEFAULT);
  adw_action_row_set_subtitle (self->workspace_row, store ? cp_store_get_path (store) : _("No workspace is open"));
  return self;
}
