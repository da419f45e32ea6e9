/* cp-test-forms.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "cp-test-forms.h"

static int screenshot_tall_height = 1900;

void
cp_test_forms_set_up (CpTestFormsFixture *f,
                      gconstpointer       data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  cp_test_dir_set_up (&f->dir, data);
  f->store = cp_test_open_store (f->dir.path);
  f->context = cp_context_new (settings);
  cp_context_set_store (f->context, f->store);
  cp_context_set_today (f->context, "2008-06-01");
  f->utrecht = cp_test_save_municipality (f->store, "Utrecht", "NL", TRUE);
  f->leon = cp_test_save_municipality (f->store, "León", "NI", FALSE);
  f->partnership = cp_test_save_partnership (f->store, f->utrecht, f->leon);
}

void
cp_test_forms_tear_down (CpTestFormsFixture *f,
                         gconstpointer       data)
{
  g_clear_object (&f->partnership);
  g_clear_object (&f->leon);
  g_clear_object (&f->utrecht);
  g_clear_object (&f->context);
  g_clear_object (&f->store);
  cp_test_dir_tear_down (&f->dir, data);
}

gboolean
cp_test_forms_init (int    *argc,
                    char ***argv,
                    int     tall_height)
{
  cp_test_init (argc, argv);
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return FALSE;
    }
  adw_init ();
  screenshot_tall_height = tall_height;
  return TRUE;
}

void
cp_test_wait_ms (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

GtkWidget *
cp_test_child (GtkWidget  *widget,
               GType       type,
               const char *name)
{
  GObject *object = gtk_widget_get_template_child (widget, type, name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

void
cp_test_type (GtkWidget  *form,
              GType       form_type,
              const char *row,
              const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (cp_test_child (form, form_type, row)), text);
}

const char *
cp_test_text_of (GtkWidget  *form,
                 GType       form_type,
                 const char *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (cp_test_child (form, form_type, row)));
}

void
cp_test_type_view (GtkWidget  *form,
                   GType       form_type,
                   const char *view,
                   const char *text)
{
  GtkTextView *text_view = GTK_TEXT_VIEW (cp_test_child (form, form_type, view));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (text_view), text, -1);
}

void
cp_test_choose (GtkWidget  *form,
                GType       form_type,
                const char *row,
                guint       position)
{
  adw_combo_row_set_selected (ADW_COMBO_ROW (cp_test_child (form, form_type, row)), position);
}

const char *
cp_test_selected_label (GtkWidget  *form,
                        GType       form_type,
                        const char *row)
{
  gpointer item = adw_combo_row_get_selected_item (ADW_COMBO_ROW (cp_test_child (form, form_type, row)));

  return item != NULL ? gtk_string_object_get_string (item) : NULL;
}

void
cp_test_choose_label (GtkWidget  *form,
                      GType       form_type,
                      const char *row,
                      const char *label)
{
  AdwComboRow *combo = ADW_COMBO_ROW (cp_test_child (form, form_type, row));
  GListModel *labels = adw_combo_row_get_model (combo);

  for (guint i = 0; i < g_list_model_get_n_items (labels); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (labels, i);

      if (g_str_equal (gtk_string_object_get_string (item), label))
        {
          adw_combo_row_set_selected (combo, i);
          return;
        }
    }
  g_error ("%s has no item “%s”", row, label);
}

guint
cp_test_n_choices (GtkWidget  *form,
                   GType       form_type,
                   const char *row)
{
  return g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (cp_test_child (form, form_type, row))));
}

const char *
cp_test_message_below (GtkWidget  *form,
                       GType       form_type,
                       const char *row)
{
  GtkWidget *anchor = cp_test_child (form, form_type, row);
  GtkWidget *next;

  if (GTK_IS_TEXT_VIEW (anchor))
    {
      GtkWidget *line = gtk_widget_get_next_sibling (gtk_widget_get_parent (anchor));

      if (line == NULL || !gtk_widget_get_visible (line) || !gtk_widget_has_css_class (line, "error"))
        return NULL;
      return gtk_label_get_label (GTK_LABEL (gtk_widget_get_last_child (line)));
    }
  next = gtk_widget_get_next_sibling (anchor);
  if (next == NULL || !ADW_IS_ACTION_ROW (next) || !gtk_widget_get_visible (next) ||
      !gtk_widget_has_css_class (next, "error"))
    return NULL;
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (next));
}

void
cp_test_assert_message (GtkWidget  *form,
                        GType       form_type,
                        const char *row,
                        const char *part)
{
  const char *message = cp_test_message_below (form, form_type, row);

  if (message == NULL || strstr (message, part) == NULL)
    g_error ("expected a message with “%s” below %s, got “%s”", part, row, message ? message : "(none)");
}

void
cp_test_assert_no_message (GtkWidget  *form,
                           GType       form_type,
                           const char *row)
{
  const char *message = cp_test_message_below (form, form_type, row);

  if (message != NULL)
    g_error ("expected no message below %s, got “%s”", row, message);
}

void
cp_test_render (CpEditorDialog *dialog,
                const char     *name)
{
  const char *dir = g_getenv ("CP_SCREENSHOT_DIR");
  GtkWidget *widget = GTK_WIDGET (dialog);
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  gint64 end;
  int width, height;

  if (dir == NULL)
    return;
  if (g_getenv ("CP_SCREENSHOT_TALL") != NULL)
    gtk_window_set_default_size (GTK_WINDOW (dialog), 600, screenshot_tall_height);
  gtk_window_present (GTK_WINDOW (dialog));
  end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while ((!gtk_widget_get_mapped (widget) || gtk_widget_get_width (widget) == 0) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  cp_test_wait_ms (300);

  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  for (int tries = 0; node == NULL && tries < 50; tries++)
    {
      g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
      GtkSnapshot *snapshot = gtk_snapshot_new ();

      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (snapshot);
      if (node == NULL)
        cp_test_wait_ms (100);
    }
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (widget)), node,
                                         &GRAPHENE_RECT_INIT (0.f, 0.f, (float) width, (float) height));
  g_mkdir_with_parents (dir, 0755);
  file = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, file, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}
