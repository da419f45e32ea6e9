/* test-conditions-forms.c: the forms of the political context, the four conditions and
 * the partner's management structure, under Xvfb
 *
 * Each form is opened on a new record of a real workspace, shown bad input and then
 * good input, saved, and read back from the store. The forms are rendered to
 * $CP_SCREENSHOT_DIR when it is set.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <adwaita.h>

#include "ui/cp-condition-assessment-form.h"
#include "ui/cp-editor-dialog.h"
#include "ui/cp-ic-structure-form.h"
#include "ui/cp-mandate-document-form.h"
#include "ui/cp-plan-line-form.h"
#include "ui/cp-political-term-form.h"
#include "ui/cp-project-form.h"
#include "ui/cp-support-action-form.h"

#include "cp-test-util.h"

typedef struct
{
  CpTestDir       dir;
  CpStore        *store;
  CpContext      *context;
  CpMunicipality *utrecht;
  CpMunicipality *leon;
  CpPartnership  *partnership;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
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

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->partnership);
  g_clear_object (&f->leon);
  g_clear_object (&f->utrecht);
  g_clear_object (&f->context);
  g_clear_object (&f->store);
  cp_test_dir_tear_down (&f->dir, data);
}

static void
wait_ms (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static GtkWidget *
child (GtkWidget  *widget,
       GType       type,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (widget, type, name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

static void
type (GtkWidget  *form,
      GType       form_type,
      const char *row,
      const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (child (form, form_type, row)), text);
}

static const char *
text_of (GtkWidget  *form,
         GType       form_type,
         const char *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (child (form, form_type, row)));
}

static void
type_view (GtkWidget  *form,
           GType       form_type,
           const char *view,
           const char *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (child (form, form_type, view))), text, -1);
}

static void
choose (GtkWidget  *form,
        GType       form_type,
        const char *row,
        guint       position)
{
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (form, form_type, row)), position);
}

static const char *
selected_label (GtkWidget  *form,
                GType       form_type,
                const char *row)
{
  gpointer item = adw_combo_row_get_selected_item (ADW_COMBO_ROW (child (form, form_type, row)));

  return item != NULL ? gtk_string_object_get_string (item) : NULL;
}

/* Selects the item of a choice that reads @label. */
static void
choose_label (GtkWidget  *form,
              GType       form_type,
              const char *row,
              const char *label)
{
  AdwComboRow *combo = ADW_COMBO_ROW (child (form, form_type, row));
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

static guint
n_choices (GtkWidget  *form,
           GType       form_type,
           const char *row)
{
  return g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (child (form, form_type, row))));
}

/* The message CpForm shows right below a row, or below the frame of a text view;
 * NULL when there is none. */
static const char *
message_below (GtkWidget  *form,
               GType       form_type,
               const char *row)
{
  GtkWidget *anchor = child (form, form_type, row);
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

static void
assert_message (GtkWidget  *form,
                GType       form_type,
                const char *row,
                const char *part)
{
  const char *message = message_below (form, form_type, row);

  if (message == NULL || strstr (message, part) == NULL)
    g_error ("expected a message with “%s” below %s, got “%s”", part, row, message ? message : "(none)");
}

static void
assert_no_message (GtkWidget  *form,
                   GType       form_type,
                   const char *row)
{
  const char *message = message_below (form, form_type, row);

  if (message != NULL)
    g_error ("expected no message below %s, got “%s”", row, message);
}

/* What the dialog says above the form when the store refuses to save. */
static const char *
dialog_error (CpEditorDialog *dialog)
{
  GtkWidget *label = child (GTK_WIDGET (dialog), CP_TYPE_EDITOR_DIALOG, "error_label");

  return gtk_widget_get_visible (label) ? gtk_label_get_label (GTK_LABEL (label)) : NULL;
}

static gboolean
shown (GtkWidget  *form,
       GType       form_type,
       const char *name)
{
  return gtk_widget_get_visible (child (form, form_type, name));
}

/* Renders @dialog into $CP_SCREENSHOT_DIR/@name.png: its full height, so that every
 * row shows, when CP_SCREENSHOT_TALL is set too. */
static void
render (CpEditorDialog *dialog,
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
    gtk_window_set_default_size (GTK_WINDOW (dialog), 600, 2400);
  gtk_window_present (GTK_WINDOW (dialog));
  end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while ((!gtk_widget_get_mapped (widget) || gtk_widget_get_width (widget) == 0) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  wait_ms (300);

  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  for (int tries = 0; node == NULL && tries < 50; tries++)
    {
      g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
      GtkSnapshot *snapshot = gtk_snapshot_new ();

      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (snapshot);
      if (node == NULL)
        wait_ms (100);
    }
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (widget)), node,
                                         &GRAPHENE_RECT_INIT (0.f, 0.f, (float) width, (float) height));
  g_mkdir_with_parents (dir, 0755);
  file = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, file, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/* León's profile of @year with its plan, and the plan's lines in order. */
static CpIcStructure *
save_structure (Fixture    *f,
                int         year,
                const char *plan,
                ...)
{
  CpIcStructure *structure = cp_ic_structure_new (cp_test_id (f->leon), year);
  va_list args;
  int position = 1;

  g_object_set (structure, "plan-name", plan, NULL);
  cp_test_save_ok (f->store, structure);
  va_start (args, plan);
  for (const char *title = va_arg (args, const char *); title != NULL; title = va_arg (args, const char *))
    {
      g_autoptr(CpPlanLine) line = cp_plan_line_new (cp_test_id (structure));

      g_object_set (line, "position", position++, "title", title, NULL);
      cp_test_save_ok (f->store, line);
    }
  va_end (args);
  return structure;
}

/* Tests */

static void
test_political_term (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(CpPoliticalTerm) council = cp_political_term_new (cp_test_id (f->utrecht));
  g_autoptr(CpPoliticalTerm) term = cp_political_term_new (cp_test_id (f->utrecht));
  g_autoptr(GListModel) terms = NULL;
  g_autoptr(CpPoliticalTerm) saved = NULL;
  CpEditorDialog *dialog;
  GtkWidget *form;
  GType t = CP_TYPE_POLITICAL_TERM_FORM;

  g_object_set (council, "body", CP_TERM_BODY_COUNCIL, "starts-on", "2006-03-16", "ends-on", "2010-03-10", NULL);
  cp_test_save_ok (f->store, council);

  dialog = cp_editor_dialog_new (NULL, f->context, CP_RECORD (term));
  form = cp_editor_dialog_get_page (dialog);
  g_assert_true (CP_IS_POLITICAL_TERM_FORM (form));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "New Political Term");
  g_assert_cmpstr (selected_label (form, t, "municipality_row"), ==, "Utrecht");

  /* The executive holds the portfolio; a council has parties, not a coalition. */
  g_assert_cmpstr (selected_label (form, t, "body_row"), ==, "Executive (mayor and aldermen)");
  g_assert_true (shown (form, t, "ic_holder_group"));
  choose (form, t, "ic_holder_row", CP_IC_HOLDER_NOBODY);
  g_assert_false (gtk_widget_get_sensitive (child (form, t, "ic_holder_name_row")));
  choose (form, t, "ic_holder_row", CP_IC_HOLDER_ALDERMAN);
  g_assert_true (gtk_widget_get_sensitive (child (form, t, "ic_holder_name_row")));
  choose (form, t, "body_row", CP_TERM_BODY_COUNCIL);
  g_assert_false (shown (form, t, "ic_holder_group"));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child (form, t, "parties_row"))),
                   ==, "Parties in the council");

  /* No days yet, then a term that ends before it starts. */
  g_assert_false (cp_editor_dialog_save (dialog));
  assert_message (form, t, "starts_on_row", "year-month-day");
  type (form, t, "starts_on_row", "2010-03-11");
  type (form, t, "ends_on_row", "2006-03-10");
  assert_message (form, t, "ends_on_row", "before the start");
  g_assert_false (cp_editor_dialog_save (dialog));

  /* A term that overlaps the council elected in 2006: the store refuses it. */
  type (form, t, "starts_on_row", "2009-01-01");
  type (form, t, "ends_on_row", "2014-03-12");
  assert_no_message (form, t, "ends_on_row");
  g_assert_false (cp_editor_dialog_save (dialog));
  g_assert_nonnull (dialog_error (dialog));
  g_assert_nonnull (strstr (dialog_error (dialog), "overlaps"));
  g_assert_nonnull (strstr (dialog_error (dialog), "2006"));

  type (form, t, "starts_on_row", "2010-03-11");
  type (form, t, "parties_row", "PvdA, GroenLinks, CDA, VVD, D66, SP");
  render (dialog, "political-term");
  g_assert_true (cp_editor_dialog_save (dialog));

  terms = cp_store_list_political_terms (f->store, cp_test_id (f->utrecht), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (terms), ==, 2);
  saved = g_list_model_get_item (terms, 1);
  g_assert_cmpint (cp_political_term_get_body (saved), ==, CP_TERM_BODY_COUNCIL);
  g_assert_cmpstr (cp_political_term_get_starts_on (saved), ==, "2010-03-11");
  g_assert_cmpstr (cp_political_term_get_ends_on (saved), ==, "2014-03-12");
  g_assert_cmpstr (cp_political_term_get_parties (saved), ==, "PvdA, GroenLinks, CDA, VVD, D66, SP");

  /* The executive of the same years is another body. */
  g_clear_object (&term);
  term = cp_political_term_new (cp_test_id (f->utrecht));
  dialog = cp_editor_dialog_new (NULL, f->context, CP_RECORD (term));
  form = cp_editor_dialog_get_page (dialog);
  type (form, t, "starts_on_row", "2006-04-13");
  type (form, t, "ends_on_row", "2010-04-22");
  choose (form, t, "ic_holder_row", CP_IC_HOLDER_ALDERMAN);
  type (form, t, "ic_holder_name_row", "Alderman for international cooperation");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child (form, t, "parties_row"))),
                   ==, "Coalition parties");
  type (form, t, "parties_row", "PvdA, GroenLinks, CDA");
  g_assert_true (cp_editor_dialog_save (dialog));
  g_assert_cmpint (cp_political_term_get_body (term), ==, CP_TERM_BODY_EXECUTIVE);
  g_assert_cmpint (cp_political_term_get_ic_holder (term), ==, CP_IC_HOLDER_ALDERMAN);

  dialog = cp_editor_dialog_new (NULL, f->context, CP_RECORD (term));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Edit Political Term");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_mandate_document (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(CpMandateDocument) document = cp_mandate_document_new (cp_test_id (f->utrecht));
  g_autoptr(GListModel) documents = NULL;
  g_autoptr(CpMandateDocument) saved = NULL;
  CpEditorDialog *dialog = cp_editor_dialog_new (NULL, f->context, CP_RECORD (document));
  GtkWidget *form = cp_editor_dialog_get_page (dialog);
  GType t = CP_TYPE_MANDATE_DOCUMENT_FORM;

  g_assert_true (CP_IS_MANDATE_DOCUMENT_FORM (form));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "New Policy Document");
  g_assert_false (shown (form, t, "party_group"));
  g_assert_false (gtk_widget_get_sensitive (child (form, t, "partnership_row")));

  /* No title, no date. */
  g_assert_false (cp_editor_dialog_save (dialog));
  assert_message (form, t, "title_row", "Enter the title");
  assert_message (form, t, "adopted_on_row", "year-month");

  /* A party's programme names its party. */
  choose (form, t, "kind_row", CP_MANDATE_KIND_PARTY_PROGRAMME);
  g_assert_true (shown (form, t, "party_group"));
  g_assert_false (cp_editor_dialog_save (dialog));
  assert_message (form, t, "party_row", "Name the party");
  type (form, t, "party_row", "PvdA");
  assert_no_message (form, t, "party_row");
  gtk_switch_set_active (GTK_SWITCH (child (form, t, "dominant_party_switch")), TRUE);

  type (form, t, "title_row", "Utrecht voor elkaar");
  assert_no_message (form, t, "title_row");
  type (form, t, "adopted_on_row", "2006-03");
  type (form, t, "ends_on_row", "2005");
  assert_message (form, t, "ends_on_row", "before the start");
  type (form, t, "ends_on_row", "2010");
  assert_no_message (form, t, "ends_on_row");
  type (form, t, "evaluated_on_row", "March 2008");
  assert_message (form, t, "evaluated_on_row", "year-month-day");
  type (form, t, "evaluated_on_row", "2008-03");
  choose (form, t, "stance_row", CP_STANCE_CONTINUE);
  gtk_switch_set_active (GTK_SWITCH (child (form, t, "names_partnership_switch")), TRUE);
  g_assert_true (gtk_widget_get_sensitive (child (form, t, "partnership_row")));
  choose (form, t, "partnership_row", 1);
  type_view (form, t, "ic_paragraph_view", "De stedenband met León wordt voortgezet.");
  render (dialog, "mandate-document");
  g_assert_true (cp_editor_dialog_save (dialog));

  documents = cp_store_list_mandate_documents (f->store, cp_test_id (f->utrecht), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (documents), ==, 1);
  saved = g_list_model_get_item (documents, 0);
  g_assert_cmpint (cp_mandate_document_get_kind (saved), ==, CP_MANDATE_KIND_PARTY_PROGRAMME);
  g_assert_cmpstr (cp_mandate_document_get_title (saved), ==, "Utrecht voor elkaar");
  g_assert_cmpstr (cp_mandate_document_get_adopted_on (saved), ==, "2006-03");
  g_assert_cmpstr (cp_mandate_document_get_ends_on (saved), ==, "2010");
  g_assert_cmpstr (cp_mandate_document_get_evaluated_on (saved), ==, "2008-03");
  g_assert_cmpstr (cp_mandate_document_get_party (saved), ==, "PvdA");
  g_assert_true (cp_mandate_document_get_dominant_party (saved));
  g_assert_cmpint (cp_mandate_document_get_stance (saved), ==, CP_STANCE_CONTINUE);
  g_assert_true (cp_mandate_document_get_names_partnership (saved));
  g_assert_cmpint (cp_mandate_document_get_partnership_id (saved), ==, cp_test_id (f->partnership));
  g_assert_cmpstr (cp_mandate_document_get_ic_paragraph (saved), ==, "De stedenband met León wordt voortgezet.");

  dialog = cp_editor_dialog_new (NULL, f->context, CP_RECORD (saved));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Edit Policy Document");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_support_action (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(CpPerson) mayor = cp_person_new ();
  g_autoptr(CpSupportAction) action = cp_support_action_new (cp_test_id (f->utrecht));
  g_autoptr(GListModel) actions = NULL;
  g_autoptr(CpSupportAction) saved = NULL;
  CpEditorDialog *dialog;
  GtkWidget *form;
  GType t = CP_TYPE_SUPPORT_ACTION_FORM;

  g_object_set (mayor, "name", "Annie Brouwer-Korf", NULL);
  cp_test_save_ok (f->store, mayor);
  dialog = cp_editor_dialog_new (NULL, f->context, CP_RECORD (action));
  form = cp_editor_dialog_get_page (dialog);
  g_assert_true (CP_IS_SUPPORT_ACTION_FORM (form));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "New Act of Support");
  g_assert_cmpstr (selected_label (form, t, "partnership_row"), ==, "None");
  g_assert_cmpstr (text_of (form, t, "attendance_row"), ==, "");
  g_assert_false (shown (form, t, "clear_person_button"));

  g_assert_false (cp_editor_dialog_save (dialog));
  assert_message (form, t, "description_row", "Say what was done");
  assert_message (form, t, "date_row", "year-month");

  /* Attendance: a count, or empty when not known. */
  type (form, t, "attendance_row", "-3");
  assert_message (form, t, "attendance_row", "0 or more");
  type (form, t, "attendance_row", "many");
  assert_message (form, t, "attendance_row", "whole number");
  type (form, t, "attendance_row", "");
  assert_no_message (form, t, "attendance_row");
  type (form, t, "attendance_row", "120");
  assert_no_message (form, t, "attendance_row");

  choose (form, t, "kind_row", CP_SUPPORT_KIND_CEREMONY);
  type (form, t, "date_row", "2007-05-12");
  type (form, t, "description_row", "Opened the exhibition on León");
  type (form, t, "actor_row", "Mayor");
  choose (form, t, "partnership_row", 1);

  /* The person is optional: chosen, and cleared again. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (child (form, t, "person_row_dropdown")), 0);
  g_assert_true (shown (form, t, "clear_person_button"));
  g_signal_emit_by_name (child (form, t, "clear_person_button"), "clicked");
  g_assert_false (shown (form, t, "clear_person_button"));
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (child (form, t, "person_row_dropdown"))),
                    ==, GTK_INVALID_LIST_POSITION);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (child (form, t, "person_row_dropdown")), 0);
  render (dialog, "support-action");
  g_assert_true (cp_editor_dialog_save (dialog));

  actions = cp_store_list_support_actions (f->store, cp_test_id (f->utrecht), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 1);
  saved = g_list_model_get_item (actions, 0);
  g_assert_cmpint (cp_support_action_get_kind (saved), ==, CP_SUPPORT_KIND_CEREMONY);
  g_assert_cmpstr (cp_support_action_get_date (saved), ==, "2007-05-12");
  g_assert_cmpstr (cp_support_action_get_description (saved), ==, "Opened the exhibition on León");
  g_assert_cmpstr (cp_support_action_get_actor (saved), ==, "Mayor");
  g_assert_cmpint (cp_support_action_get_attendance (saved), ==, 120);
  g_assert_cmpint (cp_support_action_get_partnership_id (saved), ==, cp_test_id (f->partnership));
  g_assert_cmpint (cp_support_action_get_person_id (saved), ==, cp_test_id (mayor));

  /* Opened again: an unknown attendance reads as empty, and saves as unknown. */
  dialog = cp_editor_dialog_new (NULL, f->context, CP_RECORD (saved));
  form = cp_editor_dialog_get_page (dialog);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Edit Act of Support");
  g_assert_cmpstr (text_of (form, t, "attendance_row"), ==, "120");
  g_assert_true (shown (form, t, "clear_person_button"));
  type (form, t, "attendance_row", "");
  g_signal_emit_by_name (child (form, t, "clear_person_button"), "clicked");
  g_assert_true (cp_editor_dialog_save (dialog));
  g_assert_cmpint (cp_support_action_get_attendance (saved), ==, -1);
  g_assert_cmpint (cp_support_action_get_person_id (saved), ==, 0);
}

static void
test_ic_structure (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(CpIcStructure) structure = cp_ic_structure_new (cp_test_id (f->leon), 0);
  g_autoptr(GListModel) structures = NULL;
  g_autoptr(CpIcStructure) saved = NULL;
  CpEditorDialog *dialog = cp_editor_dialog_new (NULL, f->context, CP_RECORD (structure));
  GtkWidget *form = cp_editor_dialog_get_page (dialog);
  GType t = CP_TYPE_IC_STRUCTURE_FORM;
  static const char * const facts[] = {
    "eu_only_row", "ic_policy_row", "plan_presented_row", "political_representative_row",
    "all_parties_support_row", "crisis_row", "archive_exists_row", "ccse_present_row", "admin_ccse_link_row",
  };
  static const char * const counts[] = {
    "staff_row", "hours_per_week_row", "sister_cities_row", "meetings_held_row",
    "meetings_cancelled_row", "liaison_turnover_row",
  };

  g_assert_true (CP_IS_IC_STRUCTURE_FORM (form));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "New Management Structure");
  g_assert_cmpstr (selected_label (form, t, "municipality_row"), ==, "León");
  /* This year; nothing known yet. */
  g_assert_cmpstr (text_of (form, t, "year_row"), ==, "2008");
  for (guint i = 0; i < G_N_ELEMENTS (facts); i++)
    {
      g_assert_cmpuint (n_choices (form, t, facts[i]), ==, 3);
      g_assert_cmpstr (selected_label (form, t, facts[i]), ==, "Unknown");
    }
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    g_assert_cmpstr (text_of (form, t, counts[i]), ==, "");

  type (form, t, "hours_per_week_row", "200");
  assert_message (form, t, "hours_per_week_row", "168 hours");
  g_assert_false (cp_editor_dialog_save (dialog));
  type (form, t, "hours_per_week_row", "40");
  assert_no_message (form, t, "hours_per_week_row");
  type (form, t, "year_row", "20077");
  assert_message (form, t, "year_row", "0 to 9999");
  type (form, t, "year_row", "2007");
  assert_no_message (form, t, "year_row");
  type (form, t, "meetings_cancelled_row", "3");
  assert_message (form, t, "meetings_cancelled_row", "meetings held as well");
  type (form, t, "meetings_held_row", "4");
  assert_no_message (form, t, "meetings_cancelled_row");
  type (form, t, "unit_since_row", "1998-13");
  assert_message (form, t, "unit_since_row", "year-month");
  type (form, t, "unit_since_row", "1998-05");

  choose (form, t, "unit_type_row", CP_IC_UNIT_TYPE_DEPARTMENT);
  type (form, t, "unit_name_row", "Oficina de Relaciones Externas");
  type (form, t, "staff_row", "0");
  choose_label (form, t, "ic_policy_row", "No");
  type (form, t, "framework_row", "PEDM 2004–2023");
  type (form, t, "plan_name_row", "PEDM");
  choose (form, t, "plan_authority_row", CP_PLAN_AUTHORITY_WEAK);
  choose_label (form, t, "plan_presented_row", "Yes");
  type (form, t, "sister_cities_row", "9");
  choose_label (form, t, "political_representative_row", "Yes");
  choose_label (form, t, "crisis_row", "No");
  choose_label (form, t, "ccse_present_row", "Yes");
  type (form, t, "liaison_turnover_row", "2");
  render (dialog, "ic-structure");
  g_assert_true (cp_editor_dialog_save (dialog));

  structures = cp_store_list_ic_structures (f->store, cp_test_id (f->leon), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (structures), ==, 1);
  saved = g_list_model_get_item (structures, 0);
  g_assert_cmpint (cp_ic_structure_get_year (saved), ==, 2007);
  g_assert_cmpint (cp_ic_structure_get_unit_type (saved), ==, CP_IC_UNIT_TYPE_DEPARTMENT);
  g_assert_cmpstr (cp_ic_structure_get_unit_name (saved), ==, "Oficina de Relaciones Externas");
  g_assert_cmpstr (cp_ic_structure_get_unit_since (saved), ==, "1998-05");
  g_assert_cmpint (cp_ic_structure_get_staff (saved), ==, 0);
  g_assert_cmpint (cp_ic_structure_get_hours_per_week (saved), ==, 40);
  g_assert_cmpint (cp_ic_structure_get_sister_cities (saved), ==, 9);
  g_assert_cmpint (cp_ic_structure_get_meetings_held (saved), ==, 4);
  g_assert_cmpint (cp_ic_structure_get_meetings_cancelled (saved), ==, 3);
  g_assert_cmpint (cp_ic_structure_get_liaison_turnover (saved), ==, 2);
  g_assert_cmpstr (cp_ic_structure_get_framework (saved), ==, "PEDM 2004–2023");
  g_assert_cmpstr (cp_ic_structure_get_plan_name (saved), ==, "PEDM");
  g_assert_cmpint (cp_ic_structure_get_plan_authority (saved), ==, CP_PLAN_AUTHORITY_WEAK);
  /* Yes, no and not known. */
  g_assert_cmpint (cp_ic_structure_get_ic_policy (saved), ==, 0);
  g_assert_cmpint (cp_ic_structure_get_plan_presented (saved), ==, 1);
  g_assert_cmpint (cp_ic_structure_get_political_representative (saved), ==, 1);
  g_assert_cmpint (cp_ic_structure_get_crisis (saved), ==, 0);
  g_assert_cmpint (cp_ic_structure_get_ccse_present (saved), ==, 1);
  g_assert_cmpint (cp_ic_structure_get_eu_only (saved), ==, -1);
  g_assert_cmpint (cp_ic_structure_get_all_parties_support (saved), ==, -1);
  g_assert_cmpint (cp_ic_structure_get_archive_exists (saved), ==, -1);
  g_assert_cmpint (cp_ic_structure_get_admin_ccse_link (saved), ==, -1);

  /* Opened again: none staff is 0, not unknown; a fact goes back to unknown. */
  dialog = cp_editor_dialog_new (NULL, f->context, CP_RECORD (saved));
  form = cp_editor_dialog_get_page (dialog);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Edit Management Structure");
  g_assert_cmpstr (text_of (form, t, "staff_row"), ==, "0");
  g_assert_cmpstr (text_of (form, t, "sister_cities_row"), ==, "9");
  g_assert_cmpstr (selected_label (form, t, "ic_policy_row"), ==, "No");
  g_assert_cmpstr (selected_label (form, t, "plan_presented_row"), ==, "Yes");
  g_assert_cmpstr (selected_label (form, t, "eu_only_row"), ==, "Unknown");
  choose_label (form, t, "crisis_row", "Unknown");
  type (form, t, "sister_cities_row", "");
  g_assert_true (cp_editor_dialog_save (dialog));
  g_assert_cmpint (cp_ic_structure_get_crisis (saved), ==, -1);
  g_assert_cmpint (cp_ic_structure_get_sister_cities (saved), ==, -1);
}

static void
test_plan_line (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(CpIcStructure) structure = save_structure (f, 2007, "PEDM", "Urban expansion", NULL);
  g_autoptr(CpIcStructure) unnamed = save_structure (f, 2004, "", NULL);
  g_autoptr(CpPlanLine) line = cp_plan_line_new (cp_test_id (structure));
  g_autoptr(GListModel) lines = NULL;
  g_autoptr(CpPlanLine) saved = NULL;
  CpEditorDialog *dialog = cp_editor_dialog_new (NULL, f->context, CP_RECORD (line));
  GtkWidget *form = cp_editor_dialog_get_page (dialog);
  GType t = CP_TYPE_PLAN_LINE_FORM;

  g_assert_true (CP_IS_PLAN_LINE_FORM (form));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "New Strategic Line");
  g_assert_cmpstr (selected_label (form, t, "structure_row"), ==, "León 2007: PEDM");
  g_assert_cmpuint (n_choices (form, t, "structure_row"), ==, 2);
  /* After the plan's one line. */
  g_assert_cmpstr (text_of (form, t, "position_row"), ==, "2");

  g_assert_false (cp_editor_dialog_save (dialog));
  assert_message (form, t, "title_row", "Name the strategic line");
  type (form, t, "position_row", "-2");
  assert_message (form, t, "position_row", "whole number from 0");
  type (form, t, "position_row", "2");
  type (form, t, "title_row", "Municipal finances");
  assert_no_message (form, t, "title_row");
  render (dialog, "plan-line");
  g_assert_true (cp_editor_dialog_save (dialog));

  lines = cp_store_list_plan_lines (f->store, cp_test_id (structure), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (lines), ==, 2);
  saved = g_list_model_get_item (lines, 1);
  g_assert_cmpint (cp_plan_line_get_position (saved), ==, 2);
  g_assert_cmpstr (cp_plan_line_get_title (saved), ==, "Municipal finances");

  dialog = cp_editor_dialog_new (NULL, f->context, CP_RECORD (saved));
  form = cp_editor_dialog_get_page (dialog);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Edit Strategic Line");
  choose_label (form, t, "structure_row", "León 2004");
  g_assert_true (cp_editor_dialog_save (dialog));
  g_assert_cmpint (cp_plan_line_get_structure_id (saved), ==, cp_test_id (unnamed));
}

static void
test_project (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(CpIcStructure) earlier = save_structure (f, 2004, "PEDM", "Urban expansion", NULL);
  g_autoptr(CpIcStructure) structure = save_structure (f, 2007, "PEDM", "Urban expansion", "Municipal finances", NULL);
  g_autoptr(CpProject) project = cp_project_new (cp_test_id (f->partnership));
  g_autoptr(GListModel) lines = cp_store_list_plan_lines (f->store, cp_test_id (structure), NULL);
  g_autoptr(CpPlanLine) expansion = g_list_model_get_item (lines, 0);
  g_autoptr(GListModel) projects = NULL;
  g_autoptr(CpProject) saved = NULL;
  CpEditorDialog *dialog = cp_editor_dialog_new (NULL, f->context, CP_RECORD (project));
  GtkWidget *form = cp_editor_dialog_get_page (dialog);
  GType t = CP_TYPE_PROJECT_FORM;

  g_assert_true (CP_IS_PROJECT_FORM (form));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "New Project");
  /* The lines of every plan, the plan's year telling apart two of the same name. */
  g_assert_cmpstr (selected_label (form, t, "plan_line_row"), ==, "None (an island)");
  g_assert_cmpuint (n_choices (form, t, "plan_line_row"), ==, 4);

  g_assert_false (cp_editor_dialog_save (dialog));
  assert_message (form, t, "title_row", "Name the project");
  type (form, t, "title_row", "León South East");
  type (form, t, "theme_row", "Urban expansion");
  type (form, t, "starts_on_row", "1999");
  type (form, t, "ends_on_row", "1998-12");
  assert_message (form, t, "ends_on_row", "before the start");
  type (form, t, "ends_on_row", "2010");
  assert_no_message (form, t, "ends_on_row");
  type (form, t, "report_due_on_row", "2008-06");
  assert_message (form, t, "report_due_on_row", "year-month-day");
  type (form, t, "report_due_on_row", "2008-06-30");
  choose_label (form, t, "plan_line_row", "PEDM (2007): Urban expansion");
  choose (form, t, "initiator_row", CP_INITIATOR_SOUTH);
  gtk_switch_set_active (GTK_SWITCH (child (form, t, "report_delivered_switch")), TRUE);
  render (dialog, "project");
  g_assert_true (cp_editor_dialog_save (dialog));

  projects = cp_store_list_projects (f->store, cp_test_id (f->partnership), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (projects), ==, 1);
  saved = g_list_model_get_item (projects, 0);
  g_assert_cmpstr (cp_project_get_title (saved), ==, "León South East");
  g_assert_cmpstr (cp_project_get_theme (saved), ==, "Urban expansion");
  g_assert_cmpstr (cp_project_get_starts_on (saved), ==, "1999");
  g_assert_cmpstr (cp_project_get_ends_on (saved), ==, "2010");
  g_assert_cmpint (cp_project_get_plan_line_id (saved), ==, cp_test_id (expansion));
  g_assert_cmpint (cp_project_get_initiator (saved), ==, CP_INITIATOR_SOUTH);
  g_assert_cmpstr (cp_project_get_report_due_on (saved), ==, "2008-06-30");
  g_assert_true (cp_project_get_report_delivered (saved));

  /* Opened again on its line; an island serves none. */
  dialog = cp_editor_dialog_new (NULL, f->context, CP_RECORD (saved));
  form = cp_editor_dialog_get_page (dialog);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Edit Project");
  g_assert_cmpstr (selected_label (form, t, "plan_line_row"), ==, "PEDM (2007): Urban expansion");
  choose_label (form, t, "plan_line_row", "None (an island)");
  g_assert_true (cp_editor_dialog_save (dialog));
  g_assert_cmpint (cp_project_get_plan_line_id (saved), ==, 0);
}

static void
test_condition_assessment (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(CpConditionAssessment) assessment = cp_condition_assessment_new (cp_test_id (f->utrecht));
  g_autoptr(GListModel) assessments = NULL;
  g_autoptr(CpConditionAssessment) saved = NULL;
  CpEditorDialog *dialog = cp_editor_dialog_new (NULL, f->context, CP_RECORD (assessment));
  GtkWidget *form = cp_editor_dialog_get_page (dialog);
  GType t = CP_TYPE_CONDITION_ASSESSMENT_FORM;

  g_assert_true (CP_IS_CONDITION_ASSESSMENT_FORM (form));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "New Assessment");
  g_assert_cmpstr (selected_label (form, t, "partnership_row"), ==, "All partnerships");
  g_assert_cmpstr (text_of (form, t, "year_row"), ==, "2008");
  g_assert_cmpstr (text_of (form, t, "assessed_on_row"), ==, "2008-06-01");

  /* Without a rationale: its message shows below the text. */
  choose (form, t, "condition_row", CP_CONDITION_SUPPORT);
  choose (form, t, "level_row", CP_CONDITION_LEVEL_WEAK);
  g_assert_false (cp_editor_dialog_save (dialog));
  assert_message (form, t, "rationale_view", "Say why");
  render (dialog, "condition-assessment-without-rationale");
  type_view (form, t, "rationale_view", "The mayor signs, but no alderman speaks for it in council.");
  assert_no_message (form, t, "rationale_view");
  type (form, t, "assessed_on_row", "yesterday");
  assert_message (form, t, "assessed_on_row", "year-month-day");
  type (form, t, "assessed_on_row", "2008-05-30");
  type (form, t, "assessor_row", "Coordinator international cooperation");
  choose (form, t, "partnership_row", 1);
  render (dialog, "condition-assessment");
  g_assert_true (cp_editor_dialog_save (dialog));

  assessments = cp_store_list_condition_assessments (f->store, cp_test_id (f->utrecht), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (assessments), ==, 1);
  saved = g_list_model_get_item (assessments, 0);
  g_assert_cmpint (cp_condition_assessment_get_year (saved), ==, 2008);
  g_assert_cmpint (cp_condition_assessment_get_partnership_id (saved), ==, cp_test_id (f->partnership));
  g_assert_cmpint (cp_condition_assessment_get_condition (saved), ==, CP_CONDITION_SUPPORT);
  g_assert_cmpint (cp_condition_assessment_get_level (saved), ==, CP_CONDITION_LEVEL_WEAK);
  g_assert_cmpstr (cp_condition_assessment_get_rationale (saved), ==,
                   "The mayor signs, but no alderman speaks for it in council.");
  g_assert_cmpstr (cp_condition_assessment_get_assessed_on (saved), ==, "2008-05-30");
  g_assert_cmpstr (cp_condition_assessment_get_assessor (saved), ==, "Coordinator international cooperation");

  dialog = cp_editor_dialog_new (NULL, f->context, CP_RECORD (saved));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Edit Assessment");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int   argc,
      char *argv[])
{
  cp_test_init (&argc, &argv);
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }
  adw_init ();

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/conditions-forms/political-term", test_political_term);
  ADD ("/conditions-forms/mandate-document", test_mandate_document);
  ADD ("/conditions-forms/support-action", test_support_action);
  ADD ("/conditions-forms/ic-structure", test_ic_structure);
  ADD ("/conditions-forms/plan-line", test_plan_line);
  ADD ("/conditions-forms/project", test_project);
  ADD ("/conditions-forms/condition-assessment", test_condition_assessment);
#undef ADD

  return g_test_run ();
}
