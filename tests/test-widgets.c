/* test-widgets.c: the real window on the sample data, under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "store/cp-sample-data.h"
#include "core/cp-i18n.h"
#include "ui/cp-editor-dialog.h"
#include "ui/cp-conditions-page.h"
#include "ui/cp-funding-page.h"
#include "ui/cp-iati-export.h"
#include "ui/cp-overview-page.h"
#include "ui/cp-reports-page.h"
#include "report/cp-report-builder.h"
#include "ui/cp-ledger-import-dialog.h"
#include "ui/cp-ledger-view.h"
#include "ui/cp-municipality-form.h"
#include "ui/cp-partnership-form.h"
#include "ui/cp-partnership-page.h"
#include "ui/cp-partnerships-page.h"
#include "ui/cp-need-page.h"
#include "ui/cp-people-page.h"
#include "ui/cp-person-form.h"
#include "ui/cp-availability-form.h"
#include "ui/cp-need-form.h"
#include "ui/cp-expertise-editor.h"
#include "ui/cp-cost-line-form.h"
#include "ui/cp-programme-item-form.h"
#include "ui/cp-visit-form.h"
#include "ui/cp-visit-page.h"
#include "ui/cp-visits-page.h"
#include "ui/cp-window.h"

#include "cp-test-util.h"

typedef struct
{
  char      *dir;
  CpContext *context;
  CpWindow  *window;
  GtkWidget *page;
} Fixture;

static void
wait_ms (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

/* Runs the main loop until @widget is on screen with a size, for slow machines
 * (or sanitizers) where a fixed wait is not enough. */
static void
wait_until_drawn (GtkWidget *widget)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while ((!gtk_widget_get_mapped (widget) || gtk_widget_get_width (widget) == 0) &&
         g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  wait_ms (100);
}

static GObject *
child_object (GtkWidget  *widget,
              GType       type,
              const char *name)
{
  GObject *object = gtk_widget_get_template_child (widget, type, name);

  g_assert_nonnull (object);
  return object;
}

static GtkWidget *
child (GtkWidget  *widget,
       GType       type,
       const char *name)
{
  return GTK_WIDGET (child_object (widget, type, name));
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(CpStore) store = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("counterpart-widgets-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "sample.sqlite", NULL);
  cp_sample_data_write_file (path, &error);
  g_assert_no_error (error);
  store = cp_store_open (path, &error);
  g_assert_no_error (error);

  f->context = cp_context_new (settings);
  cp_context_set_store (f->context, store);
  cp_context_set_today (f->context, "2008-06-01");
  f->window = cp_window_new (NULL, f->context);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1100, 720);
  gtk_window_present (GTK_WINDOW (f->window));
  f->page = cp_window_get_partnerships_page (f->window);
  wait_until_drawn (GTK_WIDGET (f->window));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  wait_ms (50);
  g_clear_object (&f->context);
  cp_test_remove_tree (f->dir);
  g_free (f->dir);
}

static GListModel *
visible_model (Fixture *f)
{
  return cp_partnerships_page_get_visible_model (CP_PARTNERSHIPS_PAGE (f->page));
}

static char *
title_at (Fixture *f,
          guint    position)
{
  g_autoptr(CpPartnership) p = g_list_model_get_item (visible_model (f), position);

  g_assert_nonnull (p);
  return cp_partnership_dup_title (p);
}

static gint64
find_partnership (Fixture    *f,
                  const char *title)
{
  for (guint i = 0; i < g_list_model_get_n_items (visible_model (f)); i++)
    {
      g_autofree char *t = title_at (f, i);
      if (g_str_equal (t, title))
        {
          g_autoptr(CpRecord) p = g_list_model_get_item (visible_model (f), i);
          return cp_record_get_id (p);
        }
    }
  return 0;
}

/* The first visible button below @widget whose label is @label. */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0 &&
      gtk_widget_get_visible (widget))
    return widget;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_button (c, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The first button below @widget whose tooltip begins with @prefix. */
static GtkWidget *
find_button_by_tooltip (GtkWidget  *widget,
                        const char *prefix)
{
  const char *tooltip = gtk_widget_get_tooltip_text (widget);

  if (GTK_IS_BUTTON (widget) && tooltip != NULL && g_str_has_prefix (tooltip, prefix))
    return widget;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_button_by_tooltip (c, prefix);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Runs the main loop until no button below @widget is labelled @label: a toast
 * that hides is still there for its animation. */
static void
wait_until_no_button (GtkWidget  *widget,
                      const char *label)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (find_button (widget, label) != NULL && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (find_button (widget, label));
}

/* The message CpForm shows right below a field, or NULL when there is none. */
static const char *
message_below (GtkWidget *row)
{
  GtkWidget *next = gtk_widget_get_next_sibling (row);

  if (next == NULL || !ADW_IS_ACTION_ROW (next) || !gtk_widget_get_visible (next) ||
      !gtk_widget_has_css_class (next, "error"))
    return NULL;
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (next));
}


static void
render_png (GtkWidget  *widget,
            const char *path)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  int width, height;
  GtkSnapshot *snapshot;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer;

  wait_until_drawn (widget);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  g_assert_cmpint (width, >, 0);

  /* A widget has something to show once it has been drawn a first time: try again
   * until it has, for slow machines. */
  for (int tries = 0; node == NULL && tries < 50; tries++)
    {
      g_clear_object (&paintable);
      paintable = gtk_widget_paintable_new (widget);
      snapshot = gtk_snapshot_new ();
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (snapshot);
      if (node == NULL)
        wait_ms (100);
    }
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0.f, 0.f, (float) width, (float) height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/* Tests */

static void
test_window_shows_sample (Fixture       *f,
                          gconstpointer  data)
{
  GtkStack *main_stack = GTK_STACK (child (GTK_WIDGET (f->window), CP_TYPE_WINDOW, "main_stack"));
  const char *expected[] = {
    "Alphen aan den Rijn – Oudtshoorn", "Amstelveen – Villa El Salvador",
    "Treptow-Köpenick – Cajamarca", "Utrecht – León",
  };

  g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack), ==, "workspace");
  g_assert_cmpuint (g_list_model_get_n_items (visible_model (f)), ==, 4);
  /* Sorted by partnership at first. */
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *title = title_at (f, i);
      g_assert_cmpstr (title, ==, expected[i]);
    }
}

static void
test_window_filters (Fixture       *f,
                     gconstpointer  data)
{
  GtkEditable *search = GTK_EDITABLE (child (f->page, CP_TYPE_PARTNERSHIPS_PAGE, "search_entry"));
  GtkStack *list_stack = GTK_STACK (child (f->page, CP_TYPE_PARTNERSHIPS_PAGE, "list_stack"));
  g_autofree char *title = NULL;

  cp_partnerships_page_start_search (CP_PARTNERSHIPS_PAGE (f->page));
  gtk_editable_set_text (search, "León");
  wait_ms (50);
  g_assert_cmpuint (g_list_model_get_n_items (visible_model (f)), ==, 1);
  title = title_at (f, 0);
  g_assert_cmpstr (title, ==, "Utrecht – León");

  /* Country names count too. */
  gtk_editable_set_text (search, "peru");
  wait_ms (50);
  g_assert_cmpuint (g_list_model_get_n_items (visible_model (f)), ==, 2);

  gtk_editable_set_text (search, "Zaragoza-nowhere");
  wait_ms (300);
  g_assert_cmpuint (g_list_model_get_n_items (visible_model (f)), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_stack), ==, "no-results");

  gtk_editable_set_text (search, "");
  wait_ms (300);
  g_assert_cmpuint (g_list_model_get_n_items (visible_model (f)), ==, 4);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_stack), ==, "list");
}

static void
test_window_sorts (Fixture       *f,
                   gconstpointer  data)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (child (f->page, CP_TYPE_PARTNERSHIPS_PAGE, "column_view"));
  GtkColumnViewColumn *first_contact = GTK_COLUMN_VIEW_COLUMN (child_object (f->page, CP_TYPE_PARTNERSHIPS_PAGE, "first_contact_column"));
  GtkColumnViewColumn *agreement = GTK_COLUMN_VIEW_COLUMN (child_object (f->page, CP_TYPE_PARTNERSHIPS_PAGE, "agreement_column"));
  GtkColumnViewColumn *status = GTK_COLUMN_VIEW_COLUMN (child_object (f->page, CP_TYPE_PARTNERSHIPS_PAGE, "status_column"));
  g_autofree char *oldest = NULL;
  g_autofree char *newest = NULL;
  g_autofree char *first_agreement = NULL;

  gtk_column_view_sort_by_column (view, first_contact, GTK_SORT_ASCENDING);
  oldest = title_at (f, 0);
  g_assert_cmpstr (oldest, ==, "Alphen aan den Rijn – Oudtshoorn");   /* 1962 */

  gtk_column_view_sort_by_column (view, first_contact, GTK_SORT_DESCENDING);
  newest = title_at (f, 0);
  g_assert_cmpstr (newest, ==, "Treptow-Köpenick – Cajamarca");       /* around 1994 */

  gtk_column_view_sort_by_column (view, agreement, GTK_SORT_ASCENDING);
  first_agreement = title_at (f, 0);
  g_assert_cmpstr (first_agreement, ==, "Utrecht – León");            /* 1985 */

  /* Every column sorts. */
  for (guint i = 0; i < g_list_model_get_n_items (gtk_column_view_get_columns (view)); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (gtk_column_view_get_columns (view), i);
      g_assert_nonnull (gtk_column_view_column_get_sorter (column));
    }
  gtk_column_view_sort_by_column (view, status, GTK_SORT_ASCENDING);
  g_assert_cmpuint (g_list_model_get_n_items (visible_model (f)), ==, 4);
}

static guint
count_municipalities (Fixture *f)
{
  g_autoptr(GListModel) all = cp_store_list_municipalities (cp_context_get_store (f->context), NULL);

  return g_list_model_get_n_items (all);
}

static void
test_editor_validates_municipality (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(CpMunicipality) municipality = cp_municipality_new ();
  CpEditorDialog *dialog = cp_editor_dialog_new (GTK_WIDGET (f->window), f->context, CP_RECORD (municipality));
  GtkWidget *form = cp_editor_dialog_get_page (dialog);
  GtkWidget *name = child (form, CP_TYPE_MUNICIPALITY_FORM, "name_row");
  GtkWidget *country = child (form, CP_TYPE_MUNICIPALITY_FORM, "country_row");
  GtkWidget *population = child (form, CP_TYPE_MUNICIPALITY_FORM, "population_row");
  guint before = count_municipalities (f);

  gtk_window_present (GTK_WINDOW (dialog));
  wait_ms (100);

  /* Nothing typed yet: saving shows what is missing and saves nothing. */
  g_assert_false (cp_editor_dialog_save (dialog));
  g_assert_nonnull (message_below (name));
  g_assert_nonnull (message_below (country));

  gtk_editable_set_text (GTK_EDITABLE (name), "Lima");
  gtk_editable_set_text (GTK_EDITABLE (country), "xx");
  gtk_editable_set_text (GTK_EDITABLE (population), "-5");
  g_assert_null (message_below (name));
  g_assert_nonnull (strstr (message_below (country), "XX"));
  g_assert_nonnull (strstr (message_below (country), "ISO 3166"));
  g_assert_nonnull (strstr (message_below (population), "below zero"));
  g_assert_false (cp_editor_dialog_save (dialog));
  g_assert_cmpuint (count_municipalities (f), ==, before);
  /* What was typed stays. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (country)), ==, "xx");

  gtk_editable_set_text (GTK_EDITABLE (population), "ten thousand");
  g_assert_nonnull (strstr (message_below (population), "whole number"));

  gtk_editable_set_text (GTK_EDITABLE (country), "PE");
  gtk_editable_set_text (GTK_EDITABLE (population), "9.751.717");
  g_assert_null (message_below (country));
  g_assert_null (message_below (population));
  g_assert_true (cp_editor_dialog_save (dialog));
  g_assert_cmpuint (count_municipalities (f), ==, before + 1);
  g_assert_cmpint (cp_municipality_get_population (municipality), ==, 9751717);
  g_assert_cmpint (cp_record_get_id (CP_RECORD (municipality)), >, 0);
}

static void
test_editor_validates_parties (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(CpPartnership) partnership = cp_partnership_new ();
  CpEditorDialog *dialog = cp_editor_dialog_new (GTK_WIDGET (f->window), f->context, CP_RECORD (partnership));
  GtkWidget *form = cp_editor_dialog_get_page (dialog);
  AdwComboRow *add_row = ADW_COMBO_ROW (child (form, CP_TYPE_PARTNERSHIP_FORM, "add_party_row"));
  GtkWidget *add_button = find_button (GTK_WIDGET (add_row), "_Add");
  GtkWidget *first_contact = child (form, CP_TYPE_PARTNERSHIP_FORM, "first_contact_row");
  GtkWidget *agreement = child (form, CP_TYPE_PARTNERSHIP_FORM, "agreement_date_row");
  g_autoptr(GListModel) before = cp_store_list_partnerships (cp_context_get_store (f->context), NULL);

  gtk_window_present (GTK_WINDOW (dialog));
  wait_ms (100);
  g_assert_nonnull (add_button);

  g_assert_false (cp_editor_dialog_save (dialog));
  g_assert_nonnull (strstr (message_below (GTK_WIDGET (add_row)), "two"));

  adw_combo_row_set_selected (add_row, 0);
  g_signal_emit_by_name (add_button, "clicked");
  g_assert_nonnull (strstr (message_below (GTK_WIDGET (add_row)), "two"));
  g_signal_emit_by_name (add_button, "clicked");
  g_assert_nonnull (strstr (message_below (GTK_WIDGET (add_row)), "twice"));
  g_assert_false (cp_editor_dialog_save (dialog));

  /* An agreement before the first contacts. */
  gtk_editable_set_text (GTK_EDITABLE (first_contact), "1990");
  gtk_editable_set_text (GTK_EDITABLE (agreement), "1985-03");
  g_assert_nonnull (message_below (agreement));
  gtk_editable_set_text (GTK_EDITABLE (agreement), "6 April 2002");
  g_assert_nonnull (strstr (message_below (agreement), "year-month-day"));
  gtk_editable_set_text (GTK_EDITABLE (agreement), "2002-04-06");
  g_assert_null (message_below (agreement));

  {
    g_autoptr(GListModel) after = cp_store_list_partnerships (cp_context_get_store (f->context), NULL);
    g_assert_cmpuint (g_list_model_get_n_items (after), ==, g_list_model_get_n_items (before));
  }
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_delete_and_undo (Fixture       *f,
                      gconstpointer  data)
{
  gint64 id = find_partnership (f, "Utrecht – León");
  g_autoptr(GListModel) agreements = NULL;
  GtkWidget *undo;

  g_assert_cmpint (id, >, 0);
  agreements = cp_store_list_agreements (cp_context_get_store (f->context), id, NULL);

  cp_partnerships_page_show_partnership (CP_PARTNERSHIPS_PAGE (f->page), id);
  wait_ms (100);
  gtk_widget_activate_action (f->page, "partnerships.delete", "x", id);
  wait_ms (300);
  g_assert_cmpuint (g_list_model_get_n_items (visible_model (f)), ==, 3);
  g_assert_cmpint (find_partnership (f, "Utrecht – León"), ==, 0);

  undo = find_button (GTK_WIDGET (f->window), "_Undo");
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  wait_ms (300);
  g_assert_cmpuint (g_list_model_get_n_items (visible_model (f)), ==, 4);
  g_assert_cmpint (find_partnership (f, "Utrecht – León"), ==, id);
  {
    g_autoptr(GListModel) restored = cp_store_list_agreements (cp_context_get_store (f->context), id, NULL);
    g_assert_cmpuint (g_list_model_get_n_items (restored), ==, g_list_model_get_n_items (agreements));
  }
}

static void
test_partnership_page (Fixture       *f,
                       gconstpointer  data)
{
  gint64 id = find_partnership (f, "Alphen aan den Rijn – Oudtshoorn");
  GtkWidget *detail = child (f->page, CP_TYPE_PARTNERSHIPS_PAGE, "partnership_page");
  AdwActionRow *gap;
  GtkListBox *parties, *agreements, *events;

  cp_partnerships_page_show_partnership (CP_PARTNERSHIPS_PAGE (f->page), id);
  wait_ms (200);

  gap = ADW_ACTION_ROW (child (detail, CP_TYPE_PARTNERSHIP_PAGE, "gap_row"));
  g_assert_cmpstr (adw_action_row_get_subtitle (gap), ==, "40 years");
  parties = GTK_LIST_BOX (child (detail, CP_TYPE_PARTNERSHIP_PAGE, "parties_list"));
  g_assert_nonnull (gtk_list_box_get_row_at_index (parties, 1));
  g_assert_null (gtk_list_box_get_row_at_index (parties, 2));
  agreements = GTK_LIST_BOX (child (detail, CP_TYPE_PARTNERSHIP_PAGE, "agreements_list"));
  g_assert_nonnull (gtk_list_box_get_row_at_index (agreements, 0));
  events = GTK_LIST_BOX (child (detail, CP_TYPE_PARTNERSHIP_PAGE, "events_list"));
  g_assert_nonnull (gtk_list_box_get_row_at_index (events, 2));
}

static void
test_narrow_window_folds (Fixture       *f,
                          gconstpointer  data)
{
  AdwLeaflet *leaflet = ADW_LEAFLET (child (GTK_WIDGET (f->window), CP_TYPE_WINDOW, "leaflet"));

  g_assert_false (adw_leaflet_get_folded (leaflet));
  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 720);
  wait_ms (400);
  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->window)), <=, 400);
}

static void
test_welcome_and_sample (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(CpContext) context = cp_context_new (settings);
  g_autofree char *dir = g_dir_make_tmp ("counterpart-welcome-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "empty.sqlite", NULL);
  CpWindow *window = cp_window_new (NULL, context);
  GtkStack *main_stack = GTK_STACK (child (GTK_WIDGET (window), CP_TYPE_WINDOW, "main_stack"));
  GtkWidget *page = cp_window_get_partnerships_page (window);
  GtkStack *list_stack = GTK_STACK (child (page, CP_TYPE_PARTNERSHIPS_PAGE, "list_stack"));
  GListModel *model = cp_partnerships_page_get_visible_model (CP_PARTNERSHIPS_PAGE (page));

  gtk_window_present (GTK_WINDOW (window));
  wait_ms (100);

  /* No workspace: the welcome page, and no way to load into nothing. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack), ==, "welcome");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.load-sample", NULL);
  wait_ms (50);
  g_assert_null (cp_context_get_store (context));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack), ==, "welcome");

  /* A new, empty workspace: the empty state that offers to add one. */
  g_assert_true (cp_context_open_workspace (context, path, &error));
  g_assert_no_error (error);
  wait_ms (100);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack), ==, "workspace");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_stack), ==, "empty");

  /* Load the sample from the menu into it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.load-sample", NULL));
  wait_ms (200);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_stack), ==, "list");

  /* A second time does nothing: the action is off once the workspace holds data. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.load-sample", NULL);
  wait_ms (100);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);

  gtk_window_destroy (GTK_WINDOW (window));
  wait_ms (50);
  cp_context_set_store (context, NULL);
  cp_test_remove_tree (dir);
}

static void
test_open_refuses_text_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(CpContext) context = cp_context_new (settings);
  g_autofree char *dir = g_dir_make_tmp ("counterpart-refuse-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "some.txt", NULL);
  g_autofree char *after = NULL;
  const char *text = "Minutes of the council meeting\n";

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  g_assert_false (cp_context_open_workspace (context, path, &error));
  g_assert_error (error, CP_STORE_ERROR, CP_STORE_ERROR_NOT_A_DATABASE);
  g_assert_nonnull (strstr (error->message, "some.txt"));
  g_assert_null (cp_context_get_store (context));
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, text);
  cp_test_remove_tree (dir);
}

/* People & expertise */

static CpPeoplePage *
show_people (Fixture *f)
{
  cp_window_show_section (f->window, "people");
  wait_ms (100);
  return CP_PEOPLE_PAGE (cp_window_get_people_page (f->window));
}

static void
test_people_register (Fixture       *f,
                      gconstpointer  data)
{
  CpPeoplePage *page = show_people (f);
  GListModel *model = cp_people_page_get_register (page);
  GtkDropDown *areas = GTK_DROP_DOWN (child (GTK_WIDGET (page), CP_TYPE_PEOPLE_PAGE, "area_dropdown"));
  GtkStack *stack = GTK_STACK (child (GTK_WIDGET (page), CP_TYPE_PEOPLE_PAGE, "register_stack"));
  g_autoptr(GListModel) everyone = cp_store_list_people (cp_context_get_store (f->context), NULL);
  guint total = g_list_model_get_n_items (everyone);
  guint spanish;

  g_assert_cmpuint (total, >, 20);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, total);

  /* Language names match, in the interface language, whatever the case. */
  cp_people_page_set_query (page, "SPANISH");
  spanish = g_list_model_get_n_items (model);
  g_assert_cmpuint (spanish, >, 0);
  g_assert_cmpuint (spanish, <, total);
  for (guint i = 0; i < spanish; i++)
    {
      g_autoptr(CpPerson) person = g_list_model_get_item (model, i);
      g_autofree char *languages = cp_person_dup_languages_label (person);
      g_assert_nonnull (strstr (languages, "Spanish"));
    }

  /* Every word counts: narrower. */
  cp_people_page_set_query (page, "spanish housing");
  g_assert_cmpuint (g_list_model_get_n_items (model), <, spanish);

  cp_people_page_set_query (page, "nobody-has-this");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "no-results");

  /* The expertise filter: the fourth built-in area is housing. */
  cp_people_page_set_query (page, "");
  gtk_drop_down_set_selected (areas, 4);
  wait_ms (50);
  g_assert_cmpuint (g_list_model_get_n_items (model), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CpPerson) person = g_list_model_get_item (model, i);
      g_autofree char *expertise = cp_person_dup_expertise_label (person);
      g_assert_nonnull (strstr (expertise, "Housing"));
    }
  gtk_drop_down_set_selected (areas, 0);
  wait_ms (50);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, total);
}

static gint64
find_need (Fixture    *f,
           const char *words)
{
  g_autoptr(GListModel) needs = cp_store_list_needs (cp_context_get_store (f->context), 0, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (needs); i++)
    {
      g_autoptr(CpNeed) need = g_list_model_get_item (needs, i);
      g_autofree char *lower = g_utf8_strdown (cp_need_get_description (need), -1);
      if (strstr (lower, words) != NULL)
        return cp_record_get_id (CP_RECORD (need));
    }
  return 0;
}

static void
test_people_need_ranking (Fixture       *f,
                          gconstpointer  data)
{
  CpPeoplePage *page = show_people (f);
  GtkWidget *need_page = child (GTK_WIDGET (page), CP_TYPE_PEOPLE_PAGE, "need_page");
  gint64 id = find_need (f, "housing");
  GListModel *candidates;
  g_autoptr(CpCandidate) first = NULL;
  g_autoptr(CpCandidate) last = NULL;
  g_auto(GStrv) reasons = NULL;
  guint n;

  g_assert_cmpint (id, >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (cp_people_page_get_needs (page)), >, 0);
  cp_people_page_show_need (page, id);
  wait_ms (200);

  candidates = G_LIST_MODEL (child_object (need_page, CP_TYPE_NEED_PAGE, "candidates"));
  n = g_list_model_get_n_items (candidates);
  g_assert_cmpuint (n, >, 20);
  first = g_list_model_get_item (candidates, 0);
  last = g_list_model_get_item (candidates, n - 1);
  g_assert_cmpuint (cp_candidate_get_rank (first), ==, 1);
  g_assert_false (cp_candidate_get_excluded (first));
  g_assert_cmpfloat (cp_candidate_get_score (first), >=, cp_candidate_get_score (last));
  reasons = cp_candidate_dup_reasons (first);
  g_assert_nonnull (reasons[0]);
  {
    g_autofree char *expertise = cp_person_dup_expertise_label (cp_candidate_get_person (first));
    g_assert_nonnull (strstr (expertise, "Housing"));
  }
}

static void
test_people_validation (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(CpPerson) person = cp_person_new ();
  g_autoptr(CpAvailability) period = cp_availability_new (1);
  g_autoptr(CpNeed) need = NULL;
  CpEditorDialog *dialog;
  GtkWidget *form, *languages, *starts, *ends, *description, *add_row;
  gint64 partnership = find_partnership (f, "Utrecht – León");

  /* A CEFR level outside the scale, and an unknown language. */
  dialog = cp_editor_dialog_new (GTK_WIDGET (f->window), f->context, CP_RECORD (person));
  form = cp_editor_dialog_get_page (dialog);
  languages = child (form, CP_TYPE_PERSON_FORM, "languages_row");
  gtk_editable_set_text (GTK_EDITABLE (child (form, CP_TYPE_PERSON_FORM, "name_row")), "Test Person");
  gtk_editable_set_text (GTK_EDITABLE (languages), "Spanish C3");
  g_assert_nonnull (strstr (message_below (languages), "C3"));
  g_assert_nonnull (strstr (message_below (languages), "CEFR"));
  gtk_editable_set_text (GTK_EDITABLE (languages), "Klingon B2");
  g_assert_nonnull (strstr (message_below (languages), "Klingon"));
  g_assert_false (cp_editor_dialog_save (dialog));
  gtk_editable_set_text (GTK_EDITABLE (languages), "es c1, English B2");
  g_assert_null (message_below (languages));
  g_assert_true (cp_editor_dialog_save (dialog));
  g_assert_cmpstr (cp_person_get_languages (person)[0], ==, "es:c1");

  /* An availability that ends before it starts. */
  g_object_set (period, "person-id", cp_record_get_id (CP_RECORD (person)), NULL);
  dialog = cp_editor_dialog_new (GTK_WIDGET (f->window), f->context, CP_RECORD (period));
  form = cp_editor_dialog_get_page (dialog);
  starts = child (form, CP_TYPE_AVAILABILITY_FORM, "starts_on_row");
  ends = child (form, CP_TYPE_AVAILABILITY_FORM, "ends_on_row");
  gtk_editable_set_text (GTK_EDITABLE (starts), "2007-03-20");
  gtk_editable_set_text (GTK_EDITABLE (ends), "2007-03-12");
  g_assert_nonnull (strstr (message_below (ends), "before"));
  g_assert_false (cp_editor_dialog_save (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* A need with no expertise. */
  need = cp_need_new (partnership);
  dialog = cp_editor_dialog_new (GTK_WIDGET (f->window), f->context, CP_RECORD (need));
  form = cp_editor_dialog_get_page (dialog);
  description = child (form, CP_TYPE_NEED_FORM, "description_row");
  add_row = cp_expertise_editor_get_add_row (CP_EXPERTISE_EDITOR (child (form, CP_TYPE_NEED_FORM, "expertise_editor")));
  gtk_editable_set_text (GTK_EDITABLE (description), "Advice on waste collection");
  g_assert_false (cp_editor_dialog_save (dialog));
  g_assert_nonnull (strstr (message_below (add_row), "expertise"));
  cp_expertise_editor_add (CP_EXPERTISE_EDITOR (child (form, CP_TYPE_NEED_FORM, "expertise_editor")), 1,
                           CP_EXPERTISE_LEVEL_ADVANCED);
  g_assert_null (message_below (add_row));
  g_assert_true (cp_editor_dialog_save (dialog));
  g_assert_cmpstr (cp_need_get_expertise (need)[0], ==, "environment-waste:3");
}

/* Deleting someone others rely on asks first, and says what depends on them. */
static void
test_people_delete_asks (Fixture       *f,
                         gconstpointer  data)
{
  CpPeoplePage *page = show_people (f);
  CpStore *store = cp_context_get_store (f->context);
  g_autoptr(GListModel) roles = cp_store_list_key_roles (store, 0, NULL);
  g_autoptr(CpKeyRole) role = g_list_model_get_item (roles, 0);
  gint64 id = cp_key_role_get_person_id (role);
  GtkWidget *dialog = NULL;
  GListModel *toplevels = gtk_window_get_toplevels ();
  g_autoptr(CpPerson) person = NULL;

  gtk_widget_activate_action (GTK_WIDGET (page), "people.delete-person", "x", id);
  wait_ms (200);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (window))
        dialog = window;
    }
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "key role"));
  /* Nothing is gone while the question is open. */
  person = cp_store_get_person (store, id, NULL);
  g_assert_nonnull (person);

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "delete");
  wait_ms (200);
  g_assert_null (cp_store_get_person (store, id, NULL));
  g_signal_emit_by_name (find_button (GTK_WIDGET (f->window), "_Undo"), "clicked");
  wait_ms (200);
  g_clear_object (&person);
  person = cp_store_get_person (store, id, NULL);
  g_assert_nonnull (person);
}

static void
test_partnership_role_warnings (Fixture       *f,
                                gconstpointer  data)
{
  GtkWidget *detail = child (f->page, CP_TYPE_PARTNERSHIPS_PAGE, "partnership_page");
  GtkListBox *warnings;
  GtkListBoxRow *row;
  gboolean rests = FALSE;

  cp_partnerships_page_show_partnership (CP_PARTNERSHIPS_PAGE (f->page), find_partnership (f, "Treptow-Köpenick – Cajamarca"));
  wait_ms (200);
  warnings = GTK_LIST_BOX (child (detail, CP_TYPE_PARTNERSHIP_PAGE, "role_warnings_list"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (warnings)));
  for (int i = 0; (row = gtk_list_box_get_row_at_index (warnings, i)) != NULL; i++)
    if (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "rests on one person"))
      rests = TRUE;
  g_assert_true (rests);

  /* Utrecht–León has a coordinator and political roles: no such warnings. */
  cp_partnerships_page_show_partnership (CP_PARTNERSHIPS_PAGE (f->page), find_partnership (f, "Utrecht – León"));
  wait_ms (200);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (warnings)));
}

static GtkWidget *
find_window (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (window))
        return window;
    }
  return NULL;
}

/* Renders @widget as $CP_SCREENSHOT_DIR/@name when that is set. */
static void
maybe_render (GtkWidget  *widget,
              const char *name)
{
  const char *dir = g_getenv ("CP_SCREENSHOT_DIR");
  g_autofree char *path = dir ? g_build_filename (dir, name, NULL) : NULL;

  if (path != NULL)
    {
      g_mkdir_with_parents (dir, 0755);
      render_png (widget, path);
    }
}

/* Utrecht–León's page: the partnership's sector and its projects with their status,
 * period, sector and goals, as IATI publishes them. */
static void
test_partnership_projects (Fixture       *f,
                           gconstpointer  data)
{
  GtkWidget *detail = child (f->page, CP_TYPE_PARTNERSHIPS_PAGE, "partnership_page");
  GtkListBox *projects;
  GtkListBoxRow *row;
  gboolean lse = FALSE;
  int n = 0;

  cp_window_show_section (f->window, "partnerships");
  cp_partnerships_page_show_partnership (CP_PARTNERSHIPS_PAGE (f->page), find_partnership (f, "Utrecht – León"));
  wait_ms (300);
  projects = GTK_LIST_BOX (child (detail, CP_TYPE_PARTNERSHIP_PAGE, "projects_list"));
  /* Scrolled to the projects, for the screenshot (before the English checks). */
  {
    GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (projects), GTK_TYPE_SCROLLED_WINDOW);
    graphene_point_t top;

    g_assert_true (gtk_widget_compute_point (GTK_WIDGET (projects), gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)),
                                             &GRAPHENE_POINT_INIT (0, 0), &top));
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), top.y - 120);
    wait_ms (300);
    maybe_render (GTK_WIDGET (f->window), "partnership-projects.png");
  }
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (child (detail, CP_TYPE_PARTNERSHIP_PAGE, "sector_row"))),
                   ==, "15112 Decentralisation and support to local government");
  for (; (row = gtk_list_box_get_row_at_index (projects, n)) != NULL; n++)
    if (g_str_equal (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "León Sur Este (LSE)"))
      {
        g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                         "Under way · since 1998 · 43030 Urban development and management · Goals 11");
        lse = TRUE;
      }
  g_assert_cmpint (n, ==, 4);
  g_assert_true (lse);
}

/* Visits */

static void
test_visits_validation (Fixture       *f,
                        gconstpointer  data)
{
  gint64 partnership = find_partnership (f, "Utrecht – León");
  g_autoptr(CpVisit) visit = cp_visit_new (partnership);
  g_autoptr(CpCostLine) cost = NULL;
  g_autoptr(CpProgrammeItem) item = NULL;
  CpEditorDialog *dialog;
  GtkWidget *form, *starts, *ends, *amount, *currency, *language;

  /* A visit that ends before it starts. */
  dialog = cp_editor_dialog_new (GTK_WIDGET (f->window), f->context, CP_RECORD (visit));
  form = cp_editor_dialog_get_page (dialog);
  starts = child (form, CP_TYPE_VISIT_FORM, "starts_on_row");
  ends = child (form, CP_TYPE_VISIT_FORM, "ends_on_row");
  gtk_editable_set_text (GTK_EDITABLE (child (form, CP_TYPE_VISIT_FORM, "purpose_row")), "Work visit on the LSE plots");
  gtk_editable_set_text (GTK_EDITABLE (starts), "2008-03-14");
  gtk_editable_set_text (GTK_EDITABLE (ends), "2008-03-03");
  g_assert_nonnull (strstr (message_below (ends), "before"));
  g_assert_false (cp_editor_dialog_save (dialog));
  gtk_editable_set_text (GTK_EDITABLE (ends), "2008-03-20");
  g_assert_null (message_below (ends));
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (form, CP_TYPE_VISIT_FORM, "origin_row")), 1);
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (form, CP_TYPE_VISIT_FORM, "destination_row")), 2);
  g_assert_true (cp_editor_dialog_save (dialog));
  g_assert_cmpint (cp_record_get_id (CP_RECORD (visit)), >, 0);
  {
    g_autoptr(GListModel) checklist = cp_store_list_checklist_items (cp_context_get_store (f->context),
                                                                     cp_record_get_id (CP_RECORD (visit)), NULL);
    g_assert_cmpuint (g_list_model_get_n_items (checklist), >=, 10);
  }

  /* A negative or malformed amount, in the interface language's notation. */
  cost = cp_cost_line_new (cp_record_get_id (CP_RECORD (visit)));
  dialog = cp_editor_dialog_new (GTK_WIDGET (f->window), f->context, CP_RECORD (cost));
  form = cp_editor_dialog_get_page (dialog);
  amount = child (form, CP_TYPE_COST_LINE_FORM, "amount_row");
  currency = child (form, CP_TYPE_COST_LINE_FORM, "currency_row");
  gtk_editable_set_text (GTK_EDITABLE (currency), "eur");
  gtk_editable_set_text (GTK_EDITABLE (amount), "-5");
  g_assert_nonnull (strstr (message_below (amount), "negative"));
  gtk_editable_set_text (GTK_EDITABLE (amount), "1.234,56");
  g_assert_nonnull (message_below (amount));
  g_assert_false (cp_editor_dialog_save (dialog));
  gtk_editable_set_text (GTK_EDITABLE (amount), "1,234.56");
  g_assert_null (message_below (amount));
  gtk_editable_set_text (GTK_EDITABLE (currency), "XYZ");
  g_assert_nonnull (strstr (message_below (currency), "ISO 4217"));
  gtk_editable_set_text (GTK_EDITABLE (currency), "EUR");
  g_assert_true (cp_editor_dialog_save (dialog));
  g_assert_cmpint (cp_cost_line_get_amount (cost), ==, 123456);
  g_assert_cmpstr (cp_cost_line_get_currency (cost), ==, "EUR");

  /* A programme item that ends before it starts, in an unknown language. */
  item = cp_programme_item_new (cp_record_get_id (CP_RECORD (visit)));
  dialog = cp_editor_dialog_new (GTK_WIDGET (f->window), f->context, CP_RECORD (item));
  form = cp_editor_dialog_get_page (dialog);
  /* A day outside the visit is refused where it is typed. */
  gtk_editable_set_text (GTK_EDITABLE (child (form, CP_TYPE_PROGRAMME_ITEM_FORM, "date_row")), "2008-04-04");
  g_assert_nonnull (strstr (message_below (child (form, CP_TYPE_PROGRAMME_ITEM_FORM, "date_row")), "within"));
  gtk_editable_set_text (GTK_EDITABLE (child (form, CP_TYPE_PROGRAMME_ITEM_FORM, "date_row")), "2008-03-15");
  g_assert_null (message_below (child (form, CP_TYPE_PROGRAMME_ITEM_FORM, "date_row")));
  gtk_editable_set_text (GTK_EDITABLE (child (form, CP_TYPE_PROGRAMME_ITEM_FORM, "activity_row")), "Meeting, with “quotes”; and more");
  gtk_editable_set_text (GTK_EDITABLE (child (form, CP_TYPE_PROGRAMME_ITEM_FORM, "starts_at_row")), "14:00");
  ends = child (form, CP_TYPE_PROGRAMME_ITEM_FORM, "ends_at_row");
  gtk_editable_set_text (GTK_EDITABLE (ends), "09:30");
  g_assert_nonnull (strstr (message_below (ends), "before"));
  gtk_editable_set_text (GTK_EDITABLE (ends), "25:00");
  g_assert_nonnull (strstr (message_below (ends), "hours"));
  language = child (form, CP_TYPE_PROGRAMME_ITEM_FORM, "language_row");
  gtk_editable_set_text (GTK_EDITABLE (language), "xx");
  g_assert_nonnull (strstr (message_below (language), "xx"));
  g_assert_false (cp_editor_dialog_save (dialog));
  gtk_editable_set_text (GTK_EDITABLE (ends), "16:30");
  gtk_editable_set_text (GTK_EDITABLE (language), "es");
  g_assert_true (cp_editor_dialog_save (dialog));
}

static CpVisitsPage *
show_visits (Fixture *f)
{
  cp_window_show_section (f->window, "visits");
  wait_ms (100);
  return CP_VISITS_PAGE (cp_window_get_visits_page (f->window));
}

static gint64
find_conflicted_visit (Fixture *f)
{
  g_autoptr(GPtrArray) conflicts = cp_store_find_visit_conflicts (cp_context_get_store (f->context), 0, NULL);

  g_assert_nonnull (conflicts);
  g_assert_cmpuint (conflicts->len, >, 0);
  return ((CpConflict *) g_ptr_array_index (conflicts, 0))->visit_id;
}

static void
test_visits_section (Fixture       *f,
                     gconstpointer  data)
{
  CpVisitsPage *page = show_visits (f);
  GListModel *list = cp_visits_page_get_list (page);
  g_autoptr(GListModel) all = cp_store_list_visits (cp_context_get_store (f->context), 0, NULL);
  GtkDropDown *when = GTK_DROP_DOWN (child (GTK_WIDGET (page), CP_TYPE_VISITS_PAGE, "when_dropdown"));
  AdwPreferencesPage *agenda = ADW_PREFERENCES_PAGE (child (GTK_WIDGET (page), CP_TYPE_VISITS_PAGE, "agenda_page"));
  GtkWidget *visit_page = child (GTK_WIDGET (page), CP_TYPE_VISITS_PAGE, "visit_page");
  GtkListBox *conflicts;
  gint64 id;

  g_assert_cmpuint (g_list_model_get_n_items (all), >, 10);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, g_list_model_get_n_items (all));

  /* The sample is of 2000–2008; the fixture's today is 2008-06-01. */
  gtk_drop_down_set_selected (when, 1);
  wait_ms (50);
  g_assert_cmpuint (g_list_model_get_n_items (list), <, g_list_model_get_n_items (all));
  gtk_drop_down_set_selected (when, 0);
  wait_ms (50);

  /* The agenda has a group per month with visits. */
  g_assert_nonnull (gtk_widget_get_first_child (GTK_WIDGET (agenda)));
  g_assert_cmpuint (cp_visits_page_get_n_conflicts (page), >, 0);

  /* A visit with conflicts shows them. */
  id = find_conflicted_visit (f);
  cp_visits_page_show_visit (page, id);
  wait_ms (300);
  g_assert_true (gtk_widget_get_visible (child (visit_page, CP_TYPE_VISIT_PAGE, "conflicts_group")));
  conflicts = GTK_LIST_BOX (child (visit_page, CP_TYPE_VISIT_PAGE, "conflicts_list"));
  g_assert_nonnull (gtk_list_box_get_row_at_index (conflicts, 0));
  g_assert_nonnull (gtk_list_box_get_row_at_index (GTK_LIST_BOX (child (visit_page, CP_TYPE_VISIT_PAGE, "delegates_list")), 0));

  /* A row's trash button deletes that one record; Undo brings it back, once. */
  {
    CpStore *store = cp_context_get_store (f->context);
    GtkWidget *delegates = child (visit_page, CP_TYPE_VISIT_PAGE, "delegates_list");
    g_autoptr(GListModel) before = cp_store_list_delegates (store, id, NULL);
    guint n_before = g_list_model_get_n_items (before);
    GtkWidget *trash = find_button_by_tooltip (delegates, "Delete “");
    g_autoptr(CpRecord) delegate = NULL;
    g_autoptr(GtkWidget) undo = NULL;
    g_autoptr(GListModel) deleted = NULL;
    g_autoptr(GListModel) restored = NULL;
    g_autoptr(GListModel) deleted_again = NULL;

    g_assert_nonnull (trash);
    delegate = g_object_ref (g_object_get_data (G_OBJECT (trash), "cp-record"));
    g_signal_emit_by_name (trash, "clicked");
    wait_ms (200);
    deleted = cp_store_list_delegates (store, id, NULL);
    g_assert_cmpuint (g_list_model_get_n_items (deleted), ==, n_before - 1);

    undo = g_object_ref (find_button (GTK_WIDGET (f->window), "_Undo"));
    g_signal_emit_by_name (undo, "clicked");
    wait_ms (200);
    restored = cp_store_list_delegates (store, id, NULL);
    g_assert_cmpuint (g_list_model_get_n_items (restored), ==, n_before);

    /* Deleted again elsewhere: a second click on the hiding toast leaves it so. */
    g_assert_true (cp_store_delete_record (store, delegate, NULL));
    g_signal_emit_by_name (undo, "clicked");
    wait_ms (50);
    deleted_again = cp_store_list_delegates (store, id, NULL);
    g_assert_cmpuint (g_list_model_get_n_items (deleted_again), ==, n_before - 1);
    wait_until_no_button (GTK_WIDGET (f->window), "_Undo");
  }

  /* Delete the visit, and Undo brings it back whole. */
  {
    g_autoptr(GListModel) before = cp_store_list_delegates (cp_context_get_store (f->context), id, NULL);
    g_autoptr(GListModel) after = NULL;

    gtk_widget_activate_action (GTK_WIDGET (page), "visits.delete", "x", id);
    wait_ms (200);
    g_assert_null (cp_store_get_visit (cp_context_get_store (f->context), id, NULL));
    g_signal_emit_by_name (find_button (GTK_WIDGET (f->window), "_Undo"), "clicked");
    wait_ms (200);
    after = cp_store_list_delegates (cp_context_get_store (f->context), id, NULL);
    g_assert_cmpuint (g_list_model_get_n_items (after), ==, g_list_model_get_n_items (before));
  }
}

static CpFundingPage *
show_funding (Fixture *f)
{
  cp_window_show_section (f->window, "funding");
  wait_ms (100);
  return CP_FUNDING_PAGE (cp_window_get_funding_page (f->window));
}

static gint64
find_municipality (Fixture    *f,
                   const char *name)
{
  g_autoptr(GListModel) municipalities = cp_store_list_municipalities (cp_context_get_store (f->context), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (municipalities); i++)
    {
      g_autoptr(CpMunicipality) m = g_list_model_get_item (municipalities, i);
      if (g_str_equal (cp_municipality_get_name (m), name))
        return cp_record_get_id (CP_RECORD (m));
    }
  g_assert_not_reached ();
}

/* Utrecht's 2007 at a glance: León's €128,700 of the €565,876 IC budget (Table 6.2,
 * Figure 6.1) is 22.7 %; the cards, the charts and the ledger's search. */
static void
test_funding_section (Fixture       *f,
                      gconstpointer  data)
{
  CpFundingPage *page = show_funding (f);
  CpLedgerView *ledger = CP_LEDGER_VIEW (cp_funding_page_get_ledger_view (page));
  g_autoptr(GPtrArray) values = NULL;
  g_autofree char *charts = NULL;
  guint all, found;

  cp_funding_page_show_year (page, find_municipality (f, "Utrecht"), 2007);
  wait_ms (200);
  values = cp_funding_page_dup_indicator_values (page);
  g_assert_cmpuint (values->len, ==, 8);
  g_assert_cmpstr (g_ptr_array_index (values, 0), ==, "22.7 %");
  charts = cp_funding_page_dup_chart_descriptions (page);
  g_assert_nonnull (strstr (charts, "Utrecht – León"));
  g_assert_nonnull (strstr (charts, "2007"));

  cp_funding_page_show_tab (page, "ledger");
  cp_ledger_view_set_year (ledger, 0);
  cp_ledger_view_set_search (ledger, "");
  all = g_list_model_get_n_items (cp_ledger_view_get_shown (ledger));
  g_assert_cmpuint (all, >, 10);
  /* Accents and case do not matter: “leon” finds León's entries. */
  cp_ledger_view_set_search (ledger, "leon");
  found = g_list_model_get_n_items (cp_ledger_view_get_shown (ledger));
  g_assert_cmpuint (found, >, 0);
  g_assert_cmpuint (found, <, all);
  cp_ledger_view_set_search (ledger, "no such words anywhere");
  g_assert_cmpuint (g_list_model_get_n_items (cp_ledger_view_get_shown (ledger)), ==, 0);
  cp_ledger_view_set_search (ledger, "");
  g_assert_cmpuint (g_list_model_get_n_items (cp_ledger_view_get_shown (ledger)), ==, all);

  /* A new entry shows at once. */
  {
    CpStore *store = cp_context_get_store (f->context);
    g_autoptr(CpTransaction) entry = cp_transaction_new ();
    g_autoptr(GError) error = NULL;

    g_object_set (entry, "date", "2007-11-30", "amount", G_GINT64_CONSTANT (12345), "currency", "EUR",
                  "base-currency", "EUR", "description", "Unmistakable test entry", NULL);
    g_assert_true (cp_store_save (store, CP_RECORD (entry), &error));
    g_assert_no_error (error);
    wait_ms (100);
    cp_ledger_view_set_search (ledger, "unmistakable");
    g_assert_cmpuint (g_list_model_get_n_items (cp_ledger_view_get_shown (ledger)), ==, 1);
  }
}

/* Publishing Utrecht as IATI activities from the year's menu: the identifier is
 * asked for first and refused until it is one, kept on the municipality, then the
 * file is written and the project IATI could not take (no start) is named. */
static void
test_funding_iati (Fixture       *f,
                   gconstpointer  data)
{
  CpFundingPage *page = show_funding (f);
  gint64 utrecht = find_municipality (f, "Utrecht");
  g_autofree char *path = g_build_filename (f->dir, "utrecht-activities.xml", NULL);
  g_autoptr(CpMunicipality) saved = NULL;
  g_autofree char *xml = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *box, *entry, *message, *chooser;

  cp_funding_page_show_year (page, 0, 2007);
  wait_ms (100);
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (page), "funding.export-iati", NULL) &&
                  find_window (ADW_TYPE_MESSAGE_DIALOG) != NULL);
  cp_funding_page_show_year (page, utrecht, 2007);
  wait_ms (100);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "funding.export-iati", NULL));
  wait_ms (200);
  dialog = ADW_MESSAGE_DIALOG (find_window (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  box = adw_message_dialog_get_extra_child (dialog);
  entry = gtk_widget_get_first_child (box);
  message = gtk_widget_get_next_sibling (entry);
  g_assert_true (GTK_IS_ENTRY (entry));
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "continue"));

  gtk_editable_set_text (GTK_EDITABLE (entry), "NL KVK 1");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "continue"));
  g_assert_true (gtk_widget_get_visible (message));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (message)), "NL-KVK-12345678"));
  wait_ms (100);
  maybe_render (GTK_WIDGET (dialog), "iati-identifier.png");
  gtk_editable_set_text (GTK_EDITABLE (entry), "NL-KVK-30280353");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "continue"));
  g_assert_false (gtk_widget_get_visible (message));
  /* As its button does: the response, then the dialog closes. */
  adw_message_dialog_response (dialog, "continue");
  gtk_window_destroy (GTK_WINDOW (dialog));
  wait_ms (300);

  saved = cp_store_get_municipality (cp_context_get_store (f->context), utrecht, NULL);
  g_assert_cmpstr (cp_municipality_get_iati_org_ref (saved), ==, "NL-KVK-30280353");

  /* The file chooser (GTK's own under the test's X server) suggests the Registry's
   * kind of name; what follows a choice is written beside the workspace. */
  chooser = find_window (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_nonnull (chooser);
  g_assert_cmpstr (gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser)), ==, "nl-kvk-30280353-activities.xml");
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  wait_ms (200);
  g_assert_null (find_window (GTK_TYPE_FILE_CHOOSER_DIALOG));
  cp_iati_export_write (GTK_WIDGET (page), cp_context_get_store (f->context), utrecht, path);
  wait_ms (200);

  g_assert_true (g_file_get_contents (path, &xml, NULL, NULL));
  g_assert_true (g_str_has_prefix (xml, "<?xml"));
  g_assert_nonnull (strstr (xml, "<iati-identifier>NL-KVK-30280353-partnership-"));
  dialog = ADW_MESSAGE_DIALOG (find_window (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Strengthening Cooperación Externa"));
  maybe_render (GTK_WIDGET (dialog), "iati-left-out.png");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static guint
count_ledger (Fixture *f)
{
  g_autoptr(GListModel) all = cp_store_list_transactions (cp_context_get_store (f->context), 0, NULL);

  return g_list_model_get_n_items (all);
}

static CpLedgerImportDialog *
open_import (Fixture    *f,
             const char *name,
             const char *contents)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  CpLedgerImportDialog *dialog;

  g_assert_true (g_file_set_contents (path, contents, -1, &error));
  dialog = cp_ledger_import_dialog_new (GTK_WIDGET (f->window), f->context, file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  wait_ms (100);
  return dialog;
}

/* A finance export with a bad row shows every row and why, and imports nothing;
 * mended, it imports every row at once. A broken file is refused as a whole. */
static void
test_funding_import (Fixture       *f,
                     gconstpointer  data)
{
  static const char bad[] =
    "Datum;Omschrijving;Bedrag;Valuta;Koers\r\n"
    "12-03-2007;Hotel León;1.234,56;NIO;18,00\r\n"
    "30-02-2007;Vliegtickets;2.400,00;EUR;\r\n"
    "14-03-2007;Tolk;350,00;XYZ;1,00\r\n"
    "15-03-2007;Drukwerk;1,234.50;EUR;\r\n";
  static const char good[] =
    "Datum;Omschrijving;Bedrag;Valuta;Koers\r\n"
    "12-03-2007;Hotel León;1.234,56;NIO;18,00\r\n"
    "28-02-2007;Vliegtickets;2.400,00;EUR;\r\n";
  guint before = count_ledger (f);
  CpLedgerImportDialog *dialog = open_import (f, "bad.csv", bad);
  GtkWidget *import_button = child (GTK_WIDGET (dialog), CP_TYPE_LEDGER_IMPORT_DIALOG, "import_button");
  g_autoptr(GError) error = NULL;
  g_autofree char *impossible = NULL;
  g_autofree char *currency = NULL;
  g_autofree char *notation = NULL;

  g_assert_cmpuint (cp_ledger_import_dialog_get_n_rows (dialog), ==, 4);
  g_assert_cmpuint (cp_ledger_import_dialog_get_n_bad (dialog), ==, 3);
  g_assert_false (gtk_widget_get_sensitive (import_button));
  impossible = cp_ledger_import_dialog_dup_row_text (dialog, 1);
  currency = cp_ledger_import_dialog_dup_row_text (dialog, 2);
  notation = cp_ledger_import_dialog_dup_row_text (dialog, 3);
  g_assert_nonnull (strstr (impossible, "30-02-2007"));
  g_assert_nonnull (strstr (currency, "XYZ"));
  g_assert_nonnull (strstr (notation, "1,234.50"));
  g_assert_false (cp_ledger_import_dialog_import (dialog, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpuint (count_ledger (f), ==, before);
  gtk_window_destroy (GTK_WINDOW (dialog));

  dialog = open_import (f, "good.csv", good);
  import_button = child (GTK_WIDGET (dialog), CP_TYPE_LEDGER_IMPORT_DIALOG, "import_button");
  g_assert_cmpuint (cp_ledger_import_dialog_get_n_bad (dialog), ==, 0);
  g_assert_true (gtk_widget_get_sensitive (import_button));
  g_signal_emit_by_name (import_button, "clicked");
  wait_ms (100);
  g_assert_cmpuint (count_ledger (f), ==, before + 2);

  {
    g_autofree char *path = g_build_filename (f->dir, "broken.csv", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);

    g_assert_true (g_file_set_contents (path, "Date,Amount\n2007-01-01,\"12\n", -1, NULL));
    g_assert_null (cp_ledger_import_dialog_new (GTK_WIDGET (f->window), f->context, file, &error));
    g_assert_nonnull (error);
    g_assert_cmpuint (count_ledger (f), ==, before + 2);
  }
}

static CpConditionsPage *
show_conditions (Fixture    *f,
                 const char *municipality,
                 int         year)
{
  CpConditionsPage *page;

  cp_window_show_section (f->window, "conditions");
  wait_ms (100);
  page = CP_CONDITIONS_PAGE (cp_window_get_conditions_page (f->window));
  cp_conditions_page_show (page, find_municipality (f, municipality), 0, year);
  wait_ms (200);
  return page;
}

/* The four conditions of an own municipality, each with a level; the partners'
 * three issues; the Overview opens first and lists what needs attention. */
static void
test_conditions_section (Fixture       *f,
                         gconstpointer  data)
{
  CpConditionsPage *page = show_conditions (f, "Treptow-Köpenick", 2007);
  g_autofree char *text = cp_conditions_page_dup_text (page);
  g_autofree char *overview = NULL;
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  g_assert_true (g_str_has_prefix (lines[0], "Political embedding: "));
  g_assert_true (g_str_has_prefix (lines[1], "Human resources: "));
  g_assert_true (g_str_has_prefix (lines[2], "Finance and external funding: "));
  g_assert_true (g_str_has_prefix (lines[3], "Political and administrative support: "));
  /* Treptow-Köpenick has no IC policy (L7057–7070): never a strong embedding. */
  g_assert_false (g_str_has_prefix (lines[0], "Political embedding: Strong"));
  /* Its partner's three issues follow. */
  g_assert_nonnull (strstr (text, "Cajamarca: "));

  cp_window_show_section (f->window, "overview");
  wait_ms (200);
  overview = cp_overview_page_dup_text (CP_OVERVIEW_PAGE (cp_window_get_overview_page (f->window)));
  g_assert_nonnull (strstr (overview, "Budget Position"));
}

static CpReportsPage *
show_report (Fixture    *f,
             int         type,
             gint64      scope_id,
             int         year,
             const char *language)
{
  CpReportsPage *page;

  cp_window_show_section (f->window, "reports");
  wait_ms (100);
  page = CP_REPORTS_PAGE (cp_window_get_reports_page (f->window));
  cp_reports_page_choose (page, type, scope_id, year, language);
  wait_ms (300);
  return page;
}

/* The annual report of Utrecht–León for 2007 in Spanish while the window speaks
 * English: Spanish amounts in the preview; exported to PDF and ODT. */
static void
test_reports_section (Fixture       *f,
                      gconstpointer  data)
{
  CpReportsPage *page = show_report (f, CP_REPORT_ANNUAL, find_partnership (f, "Utrecht – León"), 2007, "es");
  g_autofree char *text = cp_reports_page_dup_text (page);
  g_autofree char *pdf = g_build_filename (f->dir, "annual.pdf", NULL);
  g_autofree char *odt = g_build_filename (f->dir, "annual.odt", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_cmpuint (cp_reports_page_get_n_pages (page), >=, 3);
  g_assert_nonnull (strstr (text, "565.876,00"));
  g_assert_true (cp_reports_page_export (page, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
  g_assert_true (cp_reports_page_export (page, odt, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (odt, G_FILE_TEST_IS_REGULAR));
  /* The window still speaks English. */
  g_assert_cmpstr (_("Reports"), ==, "Reports");
}

/* Renders the pages a user sees, in the interface language of the run, into
 * $CP_SCREENSHOT_DIR (or a scratch folder) and checks that each is an image. */
static void
test_screenshots (Fixture       *f,
                  gconstpointer  data)
{
  const char *env_dir = g_getenv ("CP_SCREENSHOT_DIR");
  g_autofree char *dir = env_dir ? g_strdup (env_dir) : g_build_filename (f->dir, "shots", NULL);
  g_autofree char *main_png = g_build_filename (dir, "main-window.png", NULL);
  g_autofree char *page_png = g_build_filename (dir, "partnership-page.png", NULL);
  g_autofree char *editor_png = g_build_filename (dir, "editor.png", NULL);
  g_autofree char *narrow_png = g_build_filename (dir, "narrow.png", NULL);
  g_autofree char *register_png = g_build_filename (dir, "people-register.png", NULL);
  g_autofree char *person_png = g_build_filename (dir, "person-page.png", NULL);
  g_autofree char *need_png = g_build_filename (dir, "need-candidates.png", NULL);
  g_autofree char *roles_png = g_build_filename (dir, "key-roles.png", NULL);
  g_autofree char *visits_png = g_build_filename (dir, "visits.png", NULL);
  g_autofree char *agenda_png = g_build_filename (dir, "agenda.png", NULL);
  g_autofree char *visit_png = g_build_filename (dir, "visit-page.png", NULL);
  g_autofree char *delegation_png = g_build_filename (dir, "visit-delegation.png", NULL);
  g_autofree char *year_png = g_build_filename (dir, "funding-year.png", NULL);
  g_autofree char *ledger_png = g_build_filename (dir, "funding-ledger.png", NULL);
  g_autofree char *funders_png = g_build_filename (dir, "funding-funders.png", NULL);
  g_autofree char *applications_png = g_build_filename (dir, "funding-applications.png", NULL);
  g_autofree char *import_png = g_build_filename (dir, "funding-import.png", NULL);
  g_autofree char *charts_png = g_build_filename (dir, "funding-charts.png", NULL);
  g_autofree char *overview_png = g_build_filename (dir, "overview.png", NULL);
  g_autofree char *alphen_png = g_build_filename (dir, "conditions-alphen.png", NULL);
  g_autofree char *tk_png = g_build_filename (dir, "conditions-treptow-koepenick.png", NULL);
  g_autofree char *partners_png = g_build_filename (dir, "partner-structures.png", NULL);
  g_autofree char *context_png = g_build_filename (dir, "political-context.png", NULL);
  g_autofree char *report_png = g_build_filename (dir, "report-annual.png", NULL);
  g_autofree char *project_png = g_build_filename (dir, "project-editor.png", NULL);
  CpConditionsPage *conditions;
  CpFundingPage *funding;
  CpVisitsPage *visits;
  CpPeoplePage *people;
  GtkWidget *need_page;
  g_autoptr(CpPartnership) partnership = NULL;
  CpEditorDialog *dialog;
  GtkWidget *form;
  gint64 id;

  g_mkdir_with_parents (dir, 0755);
  render_png (GTK_WIDGET (f->window), main_png);

  id = find_partnership (f, "Utrecht – León");
  cp_partnerships_page_show_partnership (CP_PARTNERSHIPS_PAGE (f->page), id);
  wait_ms (500);
  render_png (GTK_WIDGET (f->window), page_png);

  partnership = cp_store_get_partnership (cp_context_get_store (f->context), id, NULL);
  dialog = cp_editor_dialog_new (GTK_WIDGET (f->window), f->context, CP_RECORD (partnership));
  form = cp_editor_dialog_get_page (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_editable_set_text (GTK_EDITABLE (child (form, CP_TYPE_PARTNERSHIP_FORM, "agreement_date_row")), "1980");
  wait_ms (500);
  render_png (GTK_WIDGET (dialog), editor_png);
  gtk_window_destroy (GTK_WINDOW (dialog));

  people = show_people (f);
  wait_ms (300);
  render_png (GTK_WIDGET (f->window), register_png);
  cp_people_page_show_tab (people, "roles");
  wait_ms (300);
  render_png (GTK_WIDGET (f->window), roles_png);
  {
    g_autoptr(GListModel) roles = cp_store_list_key_roles (cp_context_get_store (f->context), 0, NULL);
    g_autoptr(CpKeyRole) role = g_list_model_get_item (roles, 0);
    cp_people_page_show_person (people, cp_key_role_get_person_id (role));
  }
  wait_ms (400);
  render_png (GTK_WIDGET (f->window), person_png);
  cp_people_page_show_need (people, find_need (f, "housing"));
  need_page = child (GTK_WIDGET (people), CP_TYPE_PEOPLE_PAGE, "need_page");
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (child (need_page, CP_TYPE_NEED_PAGE, "view_stack")), "candidates");
  wait_ms (400);
  render_png (GTK_WIDGET (f->window), need_png);

  visits = show_visits (f);
  wait_ms (300);
  render_png (GTK_WIDGET (f->window), visits_png);
  cp_visits_page_show_tab (visits, "agenda");
  wait_ms (300);
  render_png (GTK_WIDGET (f->window), agenda_png);
  cp_visits_page_show_visit (visits, find_conflicted_visit (f));
  wait_ms (400);
  render_png (GTK_WIDGET (f->window), visit_png);

  /* Further down: the delegation and programme, their rows' buttons. */
  {
    GtkWidget *visit_page = child (GTK_WIDGET (visits), CP_TYPE_VISITS_PAGE, "visit_page");
    GtkWidget *delegates = child (visit_page, CP_TYPE_VISIT_PAGE, "delegates_list");
    GtkWidget *scrolled = gtk_widget_get_ancestor (delegates, GTK_TYPE_SCROLLED_WINDOW);
    GtkWidget *content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
    double x, y;

    g_assert_true (gtk_widget_translate_coordinates (delegates, content, 0, 0, &x, &y));
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), y - 80);
    wait_ms (300);
    render_png (GTK_WIDGET (f->window), delegation_png);
  }

  funding = show_funding (f);
  cp_funding_page_show_year (funding, find_municipality (f, "Utrecht"), 2007);
  wait_ms (400);
  render_png (GTK_WIDGET (f->window), year_png);
  /* Further down: the charts and the partners' figures. */
  {
    GtkWidget *chart = child (GTK_WIDGET (funding), CP_TYPE_FUNDING_PAGE, "budget_chart_area");
    GtkWidget *scrolled = gtk_widget_get_ancestor (chart, GTK_TYPE_SCROLLED_WINDOW);
    GtkWidget *content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
    double x, y;

    g_assert_true (gtk_widget_translate_coordinates (chart, content, 0, 0, &x, &y));
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), y - 12);
    wait_ms (300);
    render_png (GTK_WIDGET (f->window), charts_png);
  }
  cp_funding_page_show_tab (funding, "ledger");
  wait_ms (300);
  render_png (GTK_WIDGET (f->window), ledger_png);
  cp_funding_page_show_tab (funding, "funders");
  wait_ms (300);
  render_png (GTK_WIDGET (f->window), funders_png);
  cp_funding_page_show_tab (funding, "applications");
  wait_ms (300);
  render_png (GTK_WIDGET (f->window), applications_png);
  {
    CpLedgerImportDialog *dialog = open_import (f, "export.csv",
                                                "Date;Description;Amount;Currency;Rate\r\n"
                                                "2007-03-12;Hotel León;1.234,56;NIO;18,00\r\n"
                                                "2007-02-30;Return flights;2.400,00;EUR;\r\n"
                                                "2007-03-14;Interpreter;350,00;XYZ;1,00\r\n"
                                                "2007-03-15;Printing;1,234.50;EUR;\r\n");
    wait_ms (300);
    render_png (GTK_WIDGET (dialog), import_png);
    gtk_window_destroy (GTK_WINDOW (dialog));
  }

  cp_window_show_section (f->window, "overview");
  wait_ms (300);
  render_png (GTK_WIDGET (f->window), overview_png);
  conditions = show_conditions (f, "Alphen aan den Rijn", 2006);
  render_png (GTK_WIDGET (f->window), alphen_png);
  conditions = show_conditions (f, "Treptow-Köpenick", 2007);
  render_png (GTK_WIDGET (f->window), tk_png);
  cp_conditions_page_show_tab (conditions, "partners");
  wait_ms (300);
  render_png (GTK_WIDGET (f->window), partners_png);
  cp_conditions_page_show_tab (conditions, "context");
  wait_ms (300);
  render_png (GTK_WIDGET (f->window), context_png);

  /* The annual report in the interface's language. */
  show_report (f, CP_REPORT_ANNUAL, find_partnership (f, "Utrecht – León"), 2007,
               g_str_has_prefix (g_getenv ("LANGUAGE") ? g_getenv ("LANGUAGE") : "en", "nl") ? "nl"
               : g_str_has_prefix (g_getenv ("LANGUAGE") ? g_getenv ("LANGUAGE") : "en", "es") ? "es"
               : g_str_has_prefix (g_getenv ("LANGUAGE") ? g_getenv ("LANGUAGE") : "en", "af") ? "af" : "en");
  render_png (GTK_WIDGET (f->window), report_png);

  /* A project's editor, tall enough to show what IATI publishes of it. */
  {
    g_autoptr(GListModel) projects = cp_store_list_projects (cp_context_get_store (f->context), 0, NULL);
    g_autoptr(CpProject) lse = NULL;

    for (guint i = 0; lse == NULL && i < g_list_model_get_n_items (projects); i++)
      {
        g_autoptr(CpProject) project = g_list_model_get_item (projects, i);

        if (g_str_equal (cp_project_get_title (project), "León Sur Este (LSE)"))
          lse = g_steal_pointer (&project);
      }
    g_assert_nonnull (lse);
    dialog = cp_editor_dialog_new (GTK_WIDGET (f->window), f->context, CP_RECORD (lse));
    gtk_window_set_default_size (GTK_WINDOW (dialog), 600, 1000);
    gtk_window_present (GTK_WINDOW (dialog));
    wait_ms (500);
    {
      GtkWidget *scrolled = gtk_widget_get_first_child (GTK_WIDGET (cp_editor_dialog_get_page (dialog)));

      /* Scrolled to the aid data. */
      if (GTK_IS_SCROLLED_WINDOW (scrolled))
        gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), 300);
    }
    wait_ms (300);
    render_png (GTK_WIDGET (dialog), project_png);
    gtk_window_destroy (GTK_WINDOW (dialog));
  }

  cp_window_show_section (f->window, "partnerships");
  cp_partnerships_page_show_list (CP_PARTNERSHIPS_PAGE (f->page));
  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 720);
  wait_ms (600);
  render_png (GTK_WIDGET (f->window), narrow_png);

  for (const char *png[] = { main_png, page_png, editor_png, narrow_png, register_png, roles_png, person_png, need_png, visits_png, agenda_png, visit_png, delegation_png, year_png, ledger_png, funders_png, applications_png, import_png, charts_png, overview_png, alphen_png, tk_png, partners_png, context_png, report_png, project_png, NULL }, **p = png; *p; p++)
    {
      g_autoptr(GdkTexture) texture = gdk_texture_new_from_filename (*p, NULL);
      g_assert_nonnull (texture);
      g_assert_cmpint (gdk_texture_get_width (texture), >=, 300);
    }
}

int
main (int   argc,
      char *argv[])
{
  cp_test_init (&argc, &argv);
  /* As the application does: the once-only decision to translate, then our domain. */
  cp_i18n_init ();
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }
  adw_init ();

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/window/shows-sample", test_window_shows_sample);
  ADD ("/window/filters", test_window_filters);
  ADD ("/window/sorts", test_window_sorts);
  ADD ("/window/delete-and-undo", test_delete_and_undo);
  ADD ("/window/partnership-page", test_partnership_page);
  ADD ("/window/narrow-folds", test_narrow_window_folds);
  ADD ("/editor/municipality", test_editor_validates_municipality);
  ADD ("/editor/parties", test_editor_validates_parties);
  ADD ("/people/register", test_people_register);
  ADD ("/people/need-ranking", test_people_need_ranking);
  ADD ("/people/validation", test_people_validation);
  ADD ("/people/delete-asks", test_people_delete_asks);
  ADD ("/partnership/role-warnings", test_partnership_role_warnings);
  ADD ("/partnership/projects", test_partnership_projects);
  ADD ("/visits/validation", test_visits_validation);
  ADD ("/visits/section", test_visits_section);
  ADD ("/funding/section", test_funding_section);
  ADD ("/funding/import", test_funding_import);
  ADD ("/funding/iati", test_funding_iati);
  ADD ("/conditions/section", test_conditions_section);
  ADD ("/reports/section", test_reports_section);
  ADD ("/screenshots", test_screenshots);
  g_test_add_func ("/window/welcome-and-sample", test_welcome_and_sample);
  g_test_add_func ("/window/open-refuses-text-file", test_open_refuses_text_file);
#undef ADD

  return g_test_run ();
}
