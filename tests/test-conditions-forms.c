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

#include "core/cp-iati-codes.h"
#include "ui/cp-condition-assessment-form.h"
#include "ui/cp-editor-dialog.h"
#include "ui/cp-ic-structure-form.h"
#include "ui/cp-mandate-document-form.h"
#include "ui/cp-plan-line-form.h"
#include "ui/cp-political-term-form.h"
#include "ui/cp-project-form.h"
#include "ui/cp-support-action-form.h"

#include "cp-test-forms.h"

typedef CpTestFormsFixture Fixture;

/* What the dialog says above the form when the store refuses to save. */
static const char *
dialog_error (CpEditorDialog *dialog)
{
  GtkWidget *label = cp_test_child (GTK_WIDGET (dialog), CP_TYPE_EDITOR_DIALOG, "error_label");

  return gtk_widget_get_visible (label) ? gtk_label_get_label (GTK_LABEL (label)) : NULL;
}

static gboolean
shown (GtkWidget  *form,
       GType       form_type,
       const char *name)
{
  return gtk_widget_get_visible (cp_test_child (form, form_type, name));
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
  g_assert_cmpstr (cp_test_selected_label (form, t, "municipality_row"), ==, "Utrecht");

  /* The executive holds the portfolio; a council has parties, not a coalition. */
  g_assert_cmpstr (cp_test_selected_label (form, t, "body_row"), ==, "Executive (mayor and aldermen)");
  g_assert_true (shown (form, t, "ic_holder_group"));
  cp_test_choose (form, t, "ic_holder_row", CP_IC_HOLDER_NOBODY);
  g_assert_false (gtk_widget_get_sensitive (cp_test_child (form, t, "ic_holder_name_row")));
  cp_test_choose (form, t, "ic_holder_row", CP_IC_HOLDER_ALDERMAN);
  g_assert_true (gtk_widget_get_sensitive (cp_test_child (form, t, "ic_holder_name_row")));
  cp_test_choose (form, t, "body_row", CP_TERM_BODY_COUNCIL);
  g_assert_false (shown (form, t, "ic_holder_group"));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (cp_test_child (form, t, "parties_row"))),
                   ==, "Parties in the council");

  /* No days yet, then a term that ends before it starts. */
  g_assert_false (cp_editor_dialog_save (dialog));
  cp_test_assert_message (form, t, "starts_on_row", "year-month-day");
  cp_test_type (form, t, "starts_on_row", "2010-03-11");
  cp_test_type (form, t, "ends_on_row", "2006-03-10");
  cp_test_assert_message (form, t, "ends_on_row", "before the start");
  g_assert_false (cp_editor_dialog_save (dialog));

  /* A term that overlaps the council elected in 2006: the store refuses it. */
  cp_test_type (form, t, "starts_on_row", "2009-01-01");
  cp_test_type (form, t, "ends_on_row", "2014-03-12");
  cp_test_assert_no_message (form, t, "ends_on_row");
  g_assert_false (cp_editor_dialog_save (dialog));
  g_assert_nonnull (dialog_error (dialog));
  g_assert_nonnull (strstr (dialog_error (dialog), "overlaps"));
  g_assert_nonnull (strstr (dialog_error (dialog), "2006"));

  cp_test_type (form, t, "starts_on_row", "2010-03-11");
  cp_test_type (form, t, "parties_row", "PvdA, GroenLinks, CDA, VVD, D66, SP");
  cp_test_render (dialog, "political-term");
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
  cp_test_type (form, t, "starts_on_row", "2006-04-13");
  cp_test_type (form, t, "ends_on_row", "2010-04-22");
  cp_test_choose (form, t, "ic_holder_row", CP_IC_HOLDER_ALDERMAN);
  cp_test_type (form, t, "ic_holder_name_row", "Alderman for international cooperation");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (cp_test_child (form, t, "parties_row"))),
                   ==, "Coalition parties");
  cp_test_type (form, t, "parties_row", "PvdA, GroenLinks, CDA");
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
  g_assert_false (gtk_widget_get_sensitive (cp_test_child (form, t, "partnership_row")));

  /* No title, no date. */
  g_assert_false (cp_editor_dialog_save (dialog));
  cp_test_assert_message (form, t, "title_row", "Enter the title");
  cp_test_assert_message (form, t, "adopted_on_row", "year-month");

  /* A party's programme names its party. */
  cp_test_choose (form, t, "kind_row", CP_MANDATE_KIND_PARTY_PROGRAMME);
  g_assert_true (shown (form, t, "party_group"));
  g_assert_false (cp_editor_dialog_save (dialog));
  cp_test_assert_message (form, t, "party_row", "Name the party");
  cp_test_type (form, t, "party_row", "PvdA");
  cp_test_assert_no_message (form, t, "party_row");
  gtk_switch_set_active (GTK_SWITCH (cp_test_child (form, t, "dominant_party_switch")), TRUE);

  cp_test_type (form, t, "title_row", "Utrecht voor elkaar");
  cp_test_assert_no_message (form, t, "title_row");
  cp_test_type (form, t, "adopted_on_row", "2006-03");
  cp_test_type (form, t, "ends_on_row", "2005");
  cp_test_assert_message (form, t, "ends_on_row", "before the start");
  cp_test_type (form, t, "ends_on_row", "2010");
  cp_test_assert_no_message (form, t, "ends_on_row");
  cp_test_type (form, t, "evaluated_on_row", "March 2008");
  cp_test_assert_message (form, t, "evaluated_on_row", "year-month-day");
  cp_test_type (form, t, "evaluated_on_row", "2008-03");
  cp_test_choose (form, t, "stance_row", CP_STANCE_CONTINUE);
  gtk_switch_set_active (GTK_SWITCH (cp_test_child (form, t, "names_partnership_switch")), TRUE);
  g_assert_true (gtk_widget_get_sensitive (cp_test_child (form, t, "partnership_row")));
  cp_test_choose (form, t, "partnership_row", 1);
  cp_test_type_view (form, t, "ic_paragraph_view", "De stedenband met León wordt voortgezet.");
  cp_test_render (dialog, "mandate-document");
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
  g_assert_cmpstr (cp_test_selected_label (form, t, "partnership_row"), ==, "None");
  g_assert_cmpstr (cp_test_text_of (form, t, "attendance_row"), ==, "");
  g_assert_false (shown (form, t, "clear_person_button"));

  g_assert_false (cp_editor_dialog_save (dialog));
  cp_test_assert_message (form, t, "description_row", "Say what was done");
  cp_test_assert_message (form, t, "date_row", "year-month");

  /* Attendance: a count, or empty when not known. */
  cp_test_type (form, t, "attendance_row", "-3");
  cp_test_assert_message (form, t, "attendance_row", "0 or more");
  cp_test_type (form, t, "attendance_row", "many");
  cp_test_assert_message (form, t, "attendance_row", "whole number");
  cp_test_type (form, t, "attendance_row", "");
  cp_test_assert_no_message (form, t, "attendance_row");
  cp_test_type (form, t, "attendance_row", "120");
  cp_test_assert_no_message (form, t, "attendance_row");

  cp_test_choose (form, t, "kind_row", CP_SUPPORT_KIND_CEREMONY);
  cp_test_type (form, t, "date_row", "2007-05-12");
  cp_test_type (form, t, "description_row", "Opened the exhibition on León");
  cp_test_type (form, t, "actor_row", "Mayor");
  cp_test_choose (form, t, "partnership_row", 1);

  /* The person is optional: chosen, and cleared again. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (cp_test_child (form, t, "person_row_dropdown")), 0);
  g_assert_true (shown (form, t, "clear_person_button"));
  g_signal_emit_by_name (cp_test_child (form, t, "clear_person_button"), "clicked");
  g_assert_false (shown (form, t, "clear_person_button"));
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (cp_test_child (form, t, "person_row_dropdown"))),
                    ==, GTK_INVALID_LIST_POSITION);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (cp_test_child (form, t, "person_row_dropdown")), 0);
  cp_test_render (dialog, "support-action");
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
  g_assert_cmpstr (cp_test_text_of (form, t, "attendance_row"), ==, "120");
  g_assert_true (shown (form, t, "clear_person_button"));
  cp_test_type (form, t, "attendance_row", "");
  g_signal_emit_by_name (cp_test_child (form, t, "clear_person_button"), "clicked");
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
  g_assert_cmpstr (cp_test_selected_label (form, t, "municipality_row"), ==, "León");
  /* This year; nothing known yet. */
  g_assert_cmpstr (cp_test_text_of (form, t, "year_row"), ==, "2008");
  for (guint i = 0; i < G_N_ELEMENTS (facts); i++)
    {
      g_assert_cmpuint (cp_test_n_choices (form, t, facts[i]), ==, 3);
      g_assert_cmpstr (cp_test_selected_label (form, t, facts[i]), ==, "Unknown");
    }
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    g_assert_cmpstr (cp_test_text_of (form, t, counts[i]), ==, "");

  cp_test_type (form, t, "hours_per_week_row", "200");
  cp_test_assert_message (form, t, "hours_per_week_row", "168 hours");
  g_assert_false (cp_editor_dialog_save (dialog));
  cp_test_type (form, t, "hours_per_week_row", "40");
  cp_test_assert_no_message (form, t, "hours_per_week_row");
  cp_test_type (form, t, "year_row", "20077");
  cp_test_assert_message (form, t, "year_row", "0 to 9999");
  cp_test_type (form, t, "year_row", "2007");
  cp_test_assert_no_message (form, t, "year_row");
  cp_test_type (form, t, "meetings_cancelled_row", "3");
  cp_test_assert_message (form, t, "meetings_cancelled_row", "meetings held as well");
  cp_test_type (form, t, "meetings_held_row", "4");
  cp_test_assert_no_message (form, t, "meetings_cancelled_row");
  cp_test_type (form, t, "unit_since_row", "1998-13");
  cp_test_assert_message (form, t, "unit_since_row", "year-month");
  cp_test_type (form, t, "unit_since_row", "1998-05");

  cp_test_choose (form, t, "unit_type_row", CP_IC_UNIT_TYPE_DEPARTMENT);
  cp_test_type (form, t, "unit_name_row", "Oficina de Relaciones Externas");
  cp_test_type (form, t, "staff_row", "0");
  cp_test_choose_label (form, t, "ic_policy_row", "No");
  cp_test_type (form, t, "framework_row", "PEDM 2004–2023");
  cp_test_type (form, t, "plan_name_row", "PEDM");
  cp_test_choose (form, t, "plan_authority_row", CP_PLAN_AUTHORITY_WEAK);
  cp_test_choose_label (form, t, "plan_presented_row", "Yes");
  cp_test_type (form, t, "sister_cities_row", "9");
  cp_test_choose_label (form, t, "political_representative_row", "Yes");
  cp_test_choose_label (form, t, "crisis_row", "No");
  cp_test_choose_label (form, t, "ccse_present_row", "Yes");
  cp_test_type (form, t, "liaison_turnover_row", "2");
  cp_test_render (dialog, "ic-structure");
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
  g_assert_cmpstr (cp_test_text_of (form, t, "staff_row"), ==, "0");
  g_assert_cmpstr (cp_test_text_of (form, t, "sister_cities_row"), ==, "9");
  g_assert_cmpstr (cp_test_selected_label (form, t, "ic_policy_row"), ==, "No");
  g_assert_cmpstr (cp_test_selected_label (form, t, "plan_presented_row"), ==, "Yes");
  g_assert_cmpstr (cp_test_selected_label (form, t, "eu_only_row"), ==, "Unknown");
  cp_test_choose_label (form, t, "crisis_row", "Unknown");
  cp_test_type (form, t, "sister_cities_row", "");
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
  g_assert_cmpstr (cp_test_selected_label (form, t, "structure_row"), ==, "León 2007: PEDM");
  g_assert_cmpuint (cp_test_n_choices (form, t, "structure_row"), ==, 2);
  /* After the plan's one line. */
  g_assert_cmpstr (cp_test_text_of (form, t, "position_row"), ==, "2");

  g_assert_false (cp_editor_dialog_save (dialog));
  cp_test_assert_message (form, t, "title_row", "Name the strategic line");
  cp_test_type (form, t, "position_row", "-2");
  cp_test_assert_message (form, t, "position_row", "whole number from 0");
  cp_test_type (form, t, "position_row", "2");
  cp_test_type (form, t, "title_row", "Municipal finances");
  cp_test_assert_no_message (form, t, "title_row");
  cp_test_render (dialog, "plan-line");
  g_assert_true (cp_editor_dialog_save (dialog));

  lines = cp_store_list_plan_lines (f->store, cp_test_id (structure), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (lines), ==, 2);
  saved = g_list_model_get_item (lines, 1);
  g_assert_cmpint (cp_plan_line_get_position (saved), ==, 2);
  g_assert_cmpstr (cp_plan_line_get_title (saved), ==, "Municipal finances");

  dialog = cp_editor_dialog_new (NULL, f->context, CP_RECORD (saved));
  form = cp_editor_dialog_get_page (dialog);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Edit Strategic Line");
  cp_test_choose_label (form, t, "structure_row", "León 2004");
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
  g_assert_cmpstr (cp_test_selected_label (form, t, "plan_line_row"), ==, "None (an island)");
  g_assert_cmpuint (cp_test_n_choices (form, t, "plan_line_row"), ==, 4);

  g_assert_false (cp_editor_dialog_save (dialog));
  cp_test_assert_message (form, t, "title_row", "Name the project");
  cp_test_type (form, t, "title_row", "León South East");
  cp_test_type (form, t, "theme_row", "Urban expansion");
  cp_test_type (form, t, "starts_on_row", "1999");
  cp_test_type (form, t, "ends_on_row", "1998-12");
  cp_test_assert_message (form, t, "ends_on_row", "before the start");
  cp_test_type (form, t, "ends_on_row", "2010");
  cp_test_assert_no_message (form, t, "ends_on_row");
  cp_test_type (form, t, "report_due_on_row", "2008-06");
  cp_test_assert_message (form, t, "report_due_on_row", "year-month-day");
  cp_test_type (form, t, "report_due_on_row", "2008-06-30");
  cp_test_choose_label (form, t, "plan_line_row", "PEDM (2007): Urban expansion");
  cp_test_choose (form, t, "initiator_row", CP_INITIATOR_SOUTH);
  gtk_switch_set_active (GTK_SWITCH (cp_test_child (form, t, "report_delivered_switch")), TRUE);
  /* For IATI: under way by default, no sector until chosen, goals typed as numbers. */
  g_assert_cmpstr (cp_test_selected_label (form, t, "status_row"), ==, "Under way");
  g_assert_cmpstr (cp_test_selected_label (form, t, "sector_row"), ==, "Not given");
  g_assert_cmpuint (cp_test_n_choices (form, t, "sector_row"), ==, cp_dac_sector_count () + 1);
  cp_test_choose_label (form, t, "sector_row", "43030 Urban development and management");
  cp_test_type (form, t, "sdg_goals_row", "11, 18");
  cp_test_assert_message (form, t, "sdg_goals_row", "numbered 1 to 17");
  g_assert_false (cp_editor_dialog_save (dialog));
  cp_test_type (form, t, "sdg_goals_row", "17 11");
  cp_test_assert_no_message (form, t, "sdg_goals_row");
  cp_test_render (dialog, "project");
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
  g_assert_cmpint (cp_project_get_status (saved), ==, CP_ACTIVITY_STATUS_IMPLEMENTATION);
  g_assert_cmpstr (cp_project_get_dac_sector (saved), ==, "43030");
  g_assert_cmpstr (cp_project_get_sdg_goals (saved)[0], ==, "11");
  g_assert_cmpstr (cp_project_get_sdg_goals (saved)[1], ==, "17");

  /* Opened again on its line; an island serves none. */
  dialog = cp_editor_dialog_new (NULL, f->context, CP_RECORD (saved));
  form = cp_editor_dialog_get_page (dialog);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Edit Project");
  g_assert_cmpstr (cp_test_selected_label (form, t, "plan_line_row"), ==, "PEDM (2007): Urban expansion");
  g_assert_cmpstr (cp_test_selected_label (form, t, "sector_row"), ==, "43030 Urban development and management");
  g_assert_cmpstr (cp_test_text_of (form, t, "sdg_goals_row"), ==, "11, 17");
  cp_test_choose_label (form, t, "plan_line_row", "None (an island)");
  cp_test_choose_label (form, t, "status_row", "Closed");
  g_assert_true (cp_editor_dialog_save (dialog));
  g_assert_cmpint (cp_project_get_plan_line_id (saved), ==, 0);
  g_assert_cmpint (cp_project_get_status (saved), ==, CP_ACTIVITY_STATUS_CLOSED);
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
  g_assert_cmpstr (cp_test_selected_label (form, t, "partnership_row"), ==, "All partnerships");
  g_assert_cmpstr (cp_test_text_of (form, t, "year_row"), ==, "2008");
  g_assert_cmpstr (cp_test_text_of (form, t, "assessed_on_row"), ==, "2008-06-01");

  /* Without a rationale: its message shows below the text. */
  cp_test_choose (form, t, "condition_row", CP_CONDITION_SUPPORT);
  cp_test_choose (form, t, "level_row", CP_CONDITION_LEVEL_WEAK);
  g_assert_false (cp_editor_dialog_save (dialog));
  cp_test_assert_message (form, t, "rationale_view", "Say why");
  cp_test_render (dialog, "condition-assessment-without-rationale");
  cp_test_type_view (form, t, "rationale_view", "The mayor signs, but no alderman speaks for it in council.");
  cp_test_assert_no_message (form, t, "rationale_view");
  cp_test_type (form, t, "assessed_on_row", "yesterday");
  cp_test_assert_message (form, t, "assessed_on_row", "year-month-day");
  cp_test_type (form, t, "assessed_on_row", "2008-05-30");
  cp_test_type (form, t, "assessor_row", "Coordinator international cooperation");
  cp_test_choose (form, t, "partnership_row", 1);
  cp_test_render (dialog, "condition-assessment");
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
  if (!cp_test_forms_init (&argc, &argv, 2400))
    return 0;

#define ADD(path, fn) g_test_add (path, Fixture, NULL, cp_test_forms_set_up, fn, cp_test_forms_tear_down)
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
