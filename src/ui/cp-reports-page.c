/* cp-reports-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <glib/gi18n.h>

#include "report/cp-report-builder.h"
#include "report/cp-report-layout.h"
#include "report/cp-report-odt.h"
#include "report/cp-report-pdf.h"
#include "cp-reports-page.h"
#include "cp-undo-toast.h"

/* A4 in points. */
#define PAGE_WIDTH  595.28
#define PAGE_HEIGHT 841.89
/* The preview's pages, in pixels wide. */
#define PREVIEW_WIDTH 560

/* The languages a report can be written in, each named in itself. */
static const struct
{
  const char *code;
  const char *name;
} report_languages[] = {
  { "en", "English" },
  { "nl", "Nederlands" },
  { "es", "Español" },
  { "af", "Afrikaans" },
};

struct _CpReportsPage
{
  CpPage                parent_instance;

  GArray               *scope_ids;       /* gint64: the scope row's partnerships, visits or municipalities */
  GArray               *years;           /* int */
  GPtrArray            *section_rows;    /* GtkSwitch per section, with "cp-section" data */
  CpReportDocument     *document;
  CpReportLayout       *layout;
  GtkStringList        *page_numbers;    /* one item a page, for the list view */
  guint                 rebuild_id;
  gboolean              loading;
  gboolean              stale;           /* a rebuild waits for the page to come on screen */
  GtkFileChooserNative *chooser;

  AdwComboRow          *type_row;
  AdwComboRow          *scope_row;
  AdwComboRow          *first_year_row;
  AdwComboRow          *year_row;
  AdwComboRow          *language_row;
  AdwPreferencesGroup  *sections_group;
  GtkBox               *panes;
  GtkStack             *preview_stack;
  GtkListView          *pages_view;
  AdwStatusPage        *message_page;
  GtkMenuButton        *menu_button;
};

G_DEFINE_FINAL_TYPE (CpReportsPage, cp_reports_page, CP_TYPE_PAGE)

static void rebuild (CpReportsPage *self);

static CpReportType
selected_type (CpReportsPage *self)
{
  guint selected = adw_combo_row_get_selected (self->type_row);

  return selected < CP_N_REPORT_TYPES ? (CpReportType) selected : CP_REPORT_ANNUAL;
}

static int
selected_year (CpReportsPage *self,
               AdwComboRow   *row)
{
  guint selected = adw_combo_row_get_selected (row);

  return selected < self->years->len ? g_array_index (self->years, int, selected) : 0;
}

/* The preview: one drawing area a page, made as the list scrolls to it */

static void
draw_page (GtkDrawingArea *area,
           cairo_t        *cr,
           int             width,
           int             height,
           gpointer        user_data)
{
  CpReportsPage *self = user_data;
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (area), "cp-page"));
  double scale = MIN (width / PAGE_WIDTH, height / PAGE_HEIGHT);

  if (self->layout == NULL || index >= cp_report_layout_get_n_pages (self->layout))
    return;
  /* The page's own proportions, centred in the area. */
  cairo_translate (cr, (width - PAGE_WIDTH * scale) / 2, (height - PAGE_HEIGHT * scale) / 2);
  cairo_scale (cr, scale, scale);
  cp_report_layout_draw_page (self->layout, cr, index);
}

/* A page keeps A4's proportions at whatever width the preview has (up to a
 * comfortable reading width), so that a narrow window still shows whole pages. */
static void
on_page_resize (GtkDrawingArea *area,
                int             width,
                int             height,
                gpointer        user_data)
{
  int wanted = (int) (width * PAGE_HEIGHT / PAGE_WIDTH);

  if (wanted != gtk_drawing_area_get_content_height (area))
    gtk_drawing_area_set_content_height (area, wanted);
}

static void
on_page_setup (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               CpReportsPage            *self)
{
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *area = gtk_drawing_area_new ();

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), PREVIEW_WIDTH);
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), 200);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), (int) (PREVIEW_WIDTH * PAGE_HEIGHT / PAGE_WIDTH));
  gtk_widget_set_hexpand (area, TRUE);
  g_object_set (clamp, "margin-top", 12, "margin-bottom", 12, "margin-start", 12, "margin-end", 12, NULL);
  gtk_widget_add_css_class (area, "card");
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_page, self, NULL);
  g_signal_connect (area, "resize", G_CALLBACK (on_page_resize), NULL);
  adw_clamp_set_child (ADW_CLAMP (clamp), area);
  gtk_list_item_set_child (item, clamp);
  gtk_list_item_set_activatable (item, FALSE);
}

static void
on_page_bind (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              CpReportsPage            *self)
{
  GtkWidget *area = adw_clamp_get_child (ADW_CLAMP (gtk_list_item_get_child (item)));
  guint index = gtk_list_item_get_position (item);
  /* Translators: the accessible name of a page of the preview */
  g_autofree char *name = g_strdup_printf (_("Page %u"), index + 1);

  g_object_set_data (G_OBJECT (area), "cp-page", GUINT_TO_POINTER (index));
  gtk_accessible_update_property (GTK_ACCESSIBLE (area), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_widget_queue_draw (area);
}

/* Building */

static guint
chosen_sections (CpReportsPage *self)
{
  guint sections = 0;

  for (guint i = 0; i < self->section_rows->len; i++)
    {
      GtkSwitch *button = g_ptr_array_index (self->section_rows, i);

      if (gtk_switch_get_active (button))
        sections |= GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "cp-section"));
    }
  return sections;
}

static void
show_message (CpReportsPage *self,
              const char    *title,
              const char    *description)
{
  adw_status_page_set_title (self->message_page, title);
  adw_status_page_set_description (self->message_page, description);
  gtk_stack_set_visible_child_name (self->preview_stack, "message");
}

static void
rebuild (CpReportsPage *self)
{
  CpStore *store = cp_page_get_store (CP_PAGE (self));
  g_autofree char *today = cp_context_dup_today (cp_page_get_context (CP_PAGE (self)));
  guint scope = adw_combo_row_get_selected (self->scope_row);
  guint language = adw_combo_row_get_selected (self->language_row);
  CpReportRequest request = { 0 };
  g_autoptr(GError) error = NULL;
  guint n_pages;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_clear_pointer (&self->layout, cp_report_layout_free);
  g_clear_pointer (&self->document, cp_report_document_free);
  self->stale = FALSE;
  if (store == NULL || self->loading)
    return;
  if (scope >= self->scope_ids->len)
    {
      show_message (self, _("Nothing to Report On Yet"),
                    _("Add a partnership, a visit or your own municipality first."));
      gtk_string_list_splice (self->page_numbers, 0, g_list_model_get_n_items (G_LIST_MODEL (self->page_numbers)), NULL);
      return;
    }

  request.type = selected_type (self);
  if (request.type == CP_REPORT_VISIT)
    request.visit_id = g_array_index (self->scope_ids, gint64, scope);
  else if (request.type == CP_REPORT_BUDGET)
    request.municipality_id = g_array_index (self->scope_ids, gint64, scope);
  else
    request.partnership_id = g_array_index (self->scope_ids, gint64, scope);
  request.year = selected_year (self, self->year_row);
  request.first_year = selected_year (self, self->first_year_row);
  request.sections = chosen_sections (self);
  request.language = report_languages[language < G_N_ELEMENTS (report_languages) ? language : 0].code;
  request.today = today;

  self->document = cp_report_build (store, &request, &error);
  if (self->document == NULL)
    {
      show_message (self, _("The Report Could Not Be Made"), error->message);
      return;
    }
  self->layout = cp_report_layout_new (self->document, PAGE_WIDTH, PAGE_HEIGHT);
  n_pages = cp_report_layout_get_n_pages (self->layout);
  gtk_string_list_splice (self->page_numbers, 0, g_list_model_get_n_items (G_LIST_MODEL (self->page_numbers)), NULL);
  for (guint i = 0; i < n_pages; i++)
    gtk_string_list_append (self->page_numbers, "");
  gtk_stack_set_visible_child_name (self->preview_stack, "pages");
}

static gboolean
rebuild_soon_cb (gpointer user_data)
{
  CpReportsPage *self = user_data;

  self->rebuild_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

/* Changes come in bursts (a switch flicked, a row chosen): build once they settle,
 * and only while the page is on screen — a large report takes a good part of a
 * second, which opening the window or saving elsewhere should not wait for. */
static void
rebuild_soon (CpReportsPage *self)
{
  if (self->loading)
    return;
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  self->rebuild_id = g_timeout_add (150, rebuild_soon_cb, self);
}

static void
on_map (CpReportsPage *self)
{
  if (self->stale)
    rebuild (self);
}

static void
on_setting_changed (CpReportsPage *self)
{
  rebuild_soon (self);
}

/* The rows that depend on the kind of report */

static void
fill_sections (CpReportsPage *self)
{
  guint sections = cp_report_type_get_sections (selected_type (self));

  for (guint i = 0; i < self->section_rows->len; i++)
    adw_preferences_group_remove (self->sections_group,
                                  gtk_widget_get_ancestor (g_ptr_array_index (self->section_rows, i), ADW_TYPE_ACTION_ROW));
  g_ptr_array_set_size (self->section_rows, 0);

  for (guint bit = 1; bit != 0 && bit <= sections; bit <<= 1)
    {
      GtkWidget *row, *button;

      if ((sections & bit) == 0)
        continue;
      row = adw_action_row_new ();
      button = gtk_switch_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cp_report_section_to_label (bit));
      gtk_switch_set_active (GTK_SWITCH (button), TRUE);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      g_object_set_data (G_OBJECT (button), "cp-section", GUINT_TO_POINTER (bit));
      g_signal_connect_swapped (button, "notify::active", G_CALLBACK (rebuild_soon), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
      adw_preferences_group_add (self->sections_group, row);
      g_ptr_array_add (self->section_rows, button);
    }
}

static void
fill_scope (CpReportsPage *self,
            CpStore       *store)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  CpReportType type = selected_type (self);

  g_array_set_size (self->scope_ids, 0);
  if (type == CP_REPORT_VISIT)
    {
      g_autoptr(GListModel) visits = cp_store_list_visits (store, 0, NULL);

      /* The latest visit first: the one a report is due on. */
      for (guint i = visits ? g_list_model_get_n_items (visits) : 0; i > 0; i--)
        {
          g_autoptr(CpVisit) visit = g_list_model_get_item (visits, i - 1);
          gint64 id = cp_record_get_id (CP_RECORD (visit));
          /* Translators: a visit in a list: its first day and its purpose */
          g_autofree char *label = g_strdup_printf (_("%s · %s"), cp_visit_get_starts_on (visit), cp_visit_get_purpose (visit));

          g_array_append_val (self->scope_ids, id);
          gtk_string_list_append (labels, label);
        }
    }
  else if (type == CP_REPORT_BUDGET)
    {
      g_autoptr(GListModel) municipalities = cp_store_list_municipalities (store, NULL);

      for (guint i = 0; municipalities != NULL && i < g_list_model_get_n_items (municipalities); i++)
        {
          g_autoptr(CpMunicipality) m = g_list_model_get_item (municipalities, i);
          gint64 id = cp_record_get_id (CP_RECORD (m));

          if (!cp_municipality_get_is_own (m))
            continue;
          g_array_append_val (self->scope_ids, id);
          gtk_string_list_append (labels, cp_municipality_get_name (m));
        }
    }
  else
    {
      g_autoptr(GListModel) partnerships = cp_store_list_partnerships (store, NULL);

      for (guint i = 0; partnerships != NULL && i < g_list_model_get_n_items (partnerships); i++)
        {
          g_autoptr(CpPartnership) p = g_list_model_get_item (partnerships, i);
          gint64 id = cp_record_get_id (CP_RECORD (p));
          g_autofree char *title = cp_partnership_dup_title (p);

          g_array_append_val (self->scope_ids, id);
          gtk_string_list_append (labels, title);
        }
    }
  adw_combo_row_set_model (self->scope_row, G_LIST_MODEL (labels));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->scope_row),
                                 type == CP_REPORT_VISIT ? _("Visit")
                                 : type == CP_REPORT_BUDGET ? _("Municipality") : _("Partnership"));
  gtk_widget_set_visible (GTK_WIDGET (self->year_row), type != CP_REPORT_VISIT && type != CP_REPORT_HANDOVER);
  gtk_widget_set_visible (GTK_WIDGET (self->first_year_row), type == CP_REPORT_EVALUATION);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->year_row),
                                 type == CP_REPORT_EVALUATION ? C_("last year of a period", "To") : _("Year"));
}

static void
on_type_changed (CpReportsPage *self)
{
  CpStore *store = cp_page_get_store (CP_PAGE (self));

  if (store == NULL || self->loading)
    return;
  self->loading = TRUE;
  fill_scope (self, store);
  fill_sections (self);
  self->loading = FALSE;
  rebuild_soon (self);
}

static void
fill_years (CpReportsPage *self,
            int            this_year)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) first_labels = gtk_string_list_new (NULL);

  g_array_set_size (self->years, 0);
  for (int year = this_year; year >= this_year - 30; year--)
    {
      g_autofree char *label = g_strdup_printf ("%d", year);

      g_array_append_val (self->years, year);
      gtk_string_list_append (labels, label);
      gtk_string_list_append (first_labels, label);
    }
  adw_combo_row_set_model (self->year_row, G_LIST_MODEL (labels));
  adw_combo_row_set_model (self->first_year_row, G_LIST_MODEL (first_labels));
  /* Last year's report is the one the council asks for; an evaluation covers four. */
  adw_combo_row_set_selected (self->year_row, 1);
  adw_combo_row_set_selected (self->first_year_row, 4);
}

static void
reload (CpReportsPage *self)
{
  CpStore *store = cp_page_get_store (CP_PAGE (self));
  g_autofree char *today = cp_context_dup_today (cp_page_get_context (CP_PAGE (self)));

  if (store == NULL)
    return;
  self->loading = TRUE;
  fill_years (self, today ? atoi (today) : 2026);
  fill_scope (self, store);
  fill_sections (self);
  self->loading = FALSE;
  rebuild_soon (self);
}

static void
cp_reports_page_workspace_changed (CpPage *page)
{
  reload (CP_REPORTS_PAGE (page));
}

/* The data behind the report changed: its scope may be new; build again. */
static void
cp_reports_page_data_changed (CpPage *page)
{
  CpReportsPage *self = CP_REPORTS_PAGE (page);
  CpStore *store = cp_page_get_store (page);
  guint scope = adw_combo_row_get_selected (self->scope_row);
  gint64 scope_id = scope < self->scope_ids->len ? g_array_index (self->scope_ids, gint64, scope) : 0;

  if (store == NULL)
    return;
  self->loading = TRUE;
  fill_scope (self, store);
  for (guint i = 0; i < self->scope_ids->len; i++)
    if (g_array_index (self->scope_ids, gint64, i) == scope_id)
      adw_combo_row_set_selected (self->scope_row, i);
  self->loading = FALSE;
  rebuild_soon (self);
}

/* Export and print */

gboolean
cp_reports_page_export (CpReportsPage  *self,
                        const char     *path,
                        GError        **error)
{
  g_return_val_if_fail (CP_IS_REPORTS_PAGE (self), FALSE);

  if (self->rebuild_id != 0 || self->document == NULL)
    rebuild (self);
  if (self->document == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("There is no report to write."));
      return FALSE;
    }
  if (g_str_has_suffix (path, ".odt"))
    return cp_report_write_odt (self->document, path, error);
  return cp_report_write_pdf (self->document, path, error);
}

static void
close_chooser (CpReportsPage *self)
{
  if (self->chooser == NULL)
    return;
  g_signal_handlers_disconnect_by_data (self->chooser, self);
  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
}

static void
on_export_response (GtkNativeDialog *chooser,
                    int              response,
                    CpReportsPage   *self)
{
  g_autoptr(GFile) file = response == GTK_RESPONSE_ACCEPT ? gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser)) : NULL;
  g_autofree char *path = file ? g_file_get_path (file) : NULL;
  g_autoptr(GError) error = NULL;

  close_chooser (self);
  if (path == NULL)
    return;
  if (cp_reports_page_export (self, path, &error))
    cp_toast_show (GTK_WIDGET (self), cp_toast_new_plain (_("Report written")));
  else
    cp_toast_show (GTK_WIDGET (self), cp_toast_new_plain (error->message));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  CpReportsPage *self = CP_REPORTS_PAGE (widget);
  gboolean odt = g_str_equal (g_variant_get_string (param, NULL), "odt");
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  const char *title = self->document ? cp_report_document_get_title (self->document) : "";
  g_autofree char *name = g_strdup_printf ("%s.%s", *title ? title : _("report"), odt ? "odt" : "pdf");

  close_chooser (self);
  g_strdelimit (name, "/\\:", '-');
  self->chooser = gtk_file_chooser_native_new (_("Export Report"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (filter, odt ? _("OpenDocument text") : _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, odt ? "application/vnd.oasis.opendocument.text" : "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_export_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                CpReportsPage     *self)
{
  gtk_print_operation_set_n_pages (operation, self->layout ? (int) cp_report_layout_get_n_pages (self->layout) : 0);
}

/* A page of the layout, scaled to the printer's page. */
static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              CpReportsPage     *self)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double scale = MIN (gtk_print_context_get_width (context) / PAGE_WIDTH,
                      gtk_print_context_get_height (context) / PAGE_HEIGHT);

  cairo_scale (cr, scale, scale);
  cp_report_layout_draw_page (self->layout, cr, (guint) page);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  CpReportsPage *self = CP_REPORTS_PAGE (widget);
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->rebuild_id != 0 || self->layout == NULL)
    rebuild (self);
  if (self->layout == NULL)
    return;
  gtk_print_operation_set_job_name (operation, cp_report_document_get_title (self->document));
  gtk_print_operation_set_use_full_page (operation, FALSE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), self);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), self);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    cp_toast_show (widget, cp_toast_new_plain (error->message));
}

/* On a narrow window the settings go above the pages. */
static void
on_folded_changed (CpReportsPage *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->panes),
                                  cp_page_get_folded (CP_PAGE (self)) ? GTK_ORIENTATION_VERTICAL
                                                                      : GTK_ORIENTATION_HORIZONTAL);
}

/* GObject */

static void
cp_reports_page_dispose (GObject *object)
{
  CpReportsPage *self = CP_REPORTS_PAGE (object);

  close_chooser (self);
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), CP_TYPE_REPORTS_PAGE);
  g_clear_pointer (&self->layout, cp_report_layout_free);
  g_clear_pointer (&self->document, cp_report_document_free);
  g_clear_pointer (&self->scope_ids, g_array_unref);
  g_clear_pointer (&self->years, g_array_unref);
  g_clear_pointer (&self->section_rows, g_ptr_array_unref);
  g_clear_object (&self->page_numbers);

  G_OBJECT_CLASS (cp_reports_page_parent_class)->dispose (object);
}

static void
cp_reports_page_class_init (CpReportsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CpPageClass *page_class = CP_PAGE_CLASS (klass);

  object_class->dispose = cp_reports_page_dispose;
  page_class->workspace_changed = cp_reports_page_workspace_changed;
  page_class->data_changed = cp_reports_page_data_changed;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-reports-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CpReportsPage, type_row);
  gtk_widget_class_bind_template_child (widget_class, CpReportsPage, scope_row);
  gtk_widget_class_bind_template_child (widget_class, CpReportsPage, first_year_row);
  gtk_widget_class_bind_template_child (widget_class, CpReportsPage, year_row);
  gtk_widget_class_bind_template_child (widget_class, CpReportsPage, language_row);
  gtk_widget_class_bind_template_child (widget_class, CpReportsPage, sections_group);
  gtk_widget_class_bind_template_child (widget_class, CpReportsPage, panes);
  gtk_widget_class_bind_template_child (widget_class, CpReportsPage, preview_stack);
  gtk_widget_class_bind_template_child (widget_class, CpReportsPage, pages_view);
  gtk_widget_class_bind_template_child (widget_class, CpReportsPage, message_page);
  gtk_widget_class_bind_template_child (widget_class, CpReportsPage, menu_button);
  gtk_widget_class_bind_template_callback (widget_class, on_type_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_setting_changed);

  gtk_widget_class_install_action (widget_class, "reports.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "reports.print", NULL, print_action);
}

static void
cp_reports_page_init (CpReportsPage *self)
{
  g_autoptr(GtkStringList) types = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) languages = gtk_string_list_new (NULL);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkNoSelection *selection;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->scope_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->years = g_array_new (FALSE, FALSE, sizeof (int));
  self->section_rows = g_ptr_array_new ();
  self->page_numbers = gtk_string_list_new (NULL);

  self->loading = TRUE;
  for (int type = 0; type < CP_N_REPORT_TYPES; type++)
    gtk_string_list_append (types, cp_report_type_to_label (type));
  adw_combo_row_set_model (self->type_row, G_LIST_MODEL (types));
  for (guint i = 0; i < G_N_ELEMENTS (report_languages); i++)
    gtk_string_list_append (languages, report_languages[i].name);
  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (languages));
  self->loading = FALSE;

  g_signal_connect (factory, "setup", G_CALLBACK (on_page_setup), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_page_bind), self);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->page_numbers)));
  gtk_list_view_set_factory (self->pages_view, factory);
  gtk_list_view_set_model (self->pages_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (factory);
  g_object_unref (selection);

  g_signal_connect (self, "notify::folded", G_CALLBACK (on_folded_changed), NULL);
  g_signal_connect (self, "map", G_CALLBACK (on_map), NULL);
  cp_page_use_primary_menu (CP_PAGE (self), self->menu_button);
}

/* Public */

void
cp_reports_page_choose (CpReportsPage *self,
                        int            type,
                        gint64         scope_id,
                        int            year,
                        const char    *language)
{
  g_return_if_fail (CP_IS_REPORTS_PAGE (self));

  adw_combo_row_set_selected (self->type_row, (guint) type);
  on_type_changed (self);
  self->loading = TRUE;
  for (guint i = 0; i < self->scope_ids->len; i++)
    if (g_array_index (self->scope_ids, gint64, i) == scope_id)
      adw_combo_row_set_selected (self->scope_row, i);
  for (guint i = 0; i < self->years->len; i++)
    if (g_array_index (self->years, int, i) == year)
      adw_combo_row_set_selected (self->year_row, i);
  for (guint i = 0; i < G_N_ELEMENTS (report_languages); i++)
    if (g_strcmp0 (report_languages[i].code, language) == 0)
      adw_combo_row_set_selected (self->language_row, i);
  self->loading = FALSE;
  rebuild (self);
}

guint
cp_reports_page_get_n_pages (CpReportsPage *self)
{
  g_return_val_if_fail (CP_IS_REPORTS_PAGE (self), 0);

  return self->layout ? cp_report_layout_get_n_pages (self->layout) : 0;
}

char *
cp_reports_page_dup_text (CpReportsPage *self)
{
  g_return_val_if_fail (CP_IS_REPORTS_PAGE (self), NULL);

  return self->document ? cp_report_document_dup_text (self->document) : g_strdup ("");
}
