/* test-funding-forms.c: the forms of budgets, the ledger and external funding, under Xvfb
 *
 * Each form is opened on a new record of a real workspace, shown bad input and then
 * good input, saved, and read back from the store. The forms are rendered to
 * $CP_SCREENSHOT_DIR when it is set.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>
#include <adwaita.h>

#include "core/cp-validate.h"
#include "ui/cp-budget-line-form.h"
#include "ui/cp-budget-year-form.h"
#include "ui/cp-cost-line-form.h"
#include "ui/cp-editor-dialog.h"
#include "ui/cp-funder-form.h"
#include "ui/cp-funding-programme-form.h"
#include "ui/cp-grant-application-form.h"
#include "ui/cp-reporting-obligation-form.h"
#include "ui/cp-transaction-form.h"

#include "cp-test-forms.h"

typedef CpTestFormsFixture Fixture;

static CpFunder *
save_funder (Fixture *f)
{
  CpFunder *funder = cp_funder_new ();

  g_object_set (funder, "name", "VNG International", "acronym", "VNG-I", "country", "NL", NULL);
  cp_test_save_ok (f->store, funder);
  return funder;
}

static CpGrantApplication *
save_application (Fixture  *f,
                  CpFunder *funder)
{
  CpGrantApplication *application = cp_grant_application_new (cp_test_id (funder));

  g_object_set (application, "currency", "EUR", "project", "Housing", NULL);
  cp_test_save_ok (f->store, application);
  return application;
}

/* Tests */

static void
test_transaction (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(CpFunder) funder = save_funder (f);
  g_autoptr(CpGrantApplication) application = save_application (f, funder);
  g_autoptr(CpTransaction) entry = cp_transaction_new ();
  g_autoptr(GListModel) ledger = NULL;
  g_autoptr(CpTransaction) saved = NULL;
  CpEditorDialog *dialog = cp_editor_dialog_new (NULL, f->context, CP_RECORD (entry));
  GtkWidget *form = cp_editor_dialog_get_page (dialog);
  GType t = CP_TYPE_TRANSACTION_FORM;

  g_assert_true (CP_IS_TRANSACTION_FORM (form));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "New Ledger Entry");
  /* A new entry: today, in the ledger's currency. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cp_test_child (form, t, "date_row"))), ==, "2008-06-01");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cp_test_child (form, t, "currency_row"))), ==, "EUR");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cp_test_child (form, t, "base_currency_row"))), ==, "EUR");

  /* No amount. */
  g_assert_false (cp_editor_dialog_save (dialog));
  cp_test_assert_message (form, t, "amount_row", "amount");

  /* Soles: an unknown currency, then a zero and a missing rate. */
  cp_test_type (form, t, "currency_row", "SOL");
  cp_test_assert_message (form, t, "currency_row", "ISO 4217");
  cp_test_type (form, t, "currency_row", "pen");
  cp_test_assert_no_message (form, t, "currency_row");
  cp_test_type (form, t, "amount_row", "1.000,00");
  cp_test_assert_message (form, t, "amount_row", "not an amount");
  cp_test_type (form, t, "amount_row", "1,000.00");
  cp_test_assert_no_message (form, t, "amount_row");
  cp_test_type (form, t, "rate_row", "0");
  cp_test_assert_message (form, t, "rate_row", "more than zero");
  cp_test_type (form, t, "rate_row", "");
  cp_test_assert_message (form, t, "rate_row", "how many PEN make one EUR");
  cp_test_type (form, t, "rate_row", "three");
  cp_test_assert_message (form, t, "rate_row", "not an exchange rate");
  g_assert_false (cp_editor_dialog_save (dialog));
  cp_test_type (form, t, "rate_row", "3.30");
  cp_test_assert_no_message (form, t, "rate_row");

  /* Two givers. */
  cp_test_choose_label (form, t, "from_municipality_row", "Utrecht");
  cp_test_choose_label (form, t, "from_funder_row", "VNG International");
  cp_test_assert_message (form, t, "from_funder_row", "one giver");
  cp_test_choose_label (form, t, "from_municipality_row", "None");
  cp_test_assert_no_message (form, t, "from_funder_row");

  cp_test_choose (form, t, "kind_row", CP_TRANSACTION_KIND_INCOMING_FUNDS);
  cp_test_choose (form, t, "contribution_row", CP_CONTRIBUTION_KIND_EXTERNAL_GRANT);
  cp_test_choose_label (form, t, "to_municipality_row", "Utrecht");
  cp_test_choose (form, t, "partnership_row", 1);
  /* Applications by funder and project. */
  cp_test_choose_label (form, t, "application_row", "VNG-I: Housing");
  cp_test_type (form, t, "description_row", "LOGO South, first instalment");
  cp_test_type (form, t, "reference_row", "FIN-2008-0042");
  cp_test_render (dialog, "ledger-entry");
  g_assert_true (cp_editor_dialog_save (dialog));

  ledger = cp_store_list_transactions (f->store, 0, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (ledger), ==, 1);
  saved = g_list_model_get_item (ledger, 0);
  g_assert_cmpstr (cp_transaction_get_date (saved), ==, "2008-06-01");
  g_assert_cmpint (cp_transaction_get_kind (saved), ==, CP_TRANSACTION_KIND_INCOMING_FUNDS);
  g_assert_cmpint (cp_transaction_get_contribution (saved), ==, CP_CONTRIBUTION_KIND_EXTERNAL_GRANT);
  g_assert_cmpint (cp_transaction_get_amount (saved), ==, 100000);
  g_assert_cmpstr (cp_transaction_get_currency (saved), ==, "PEN");
  g_assert_cmpstr (cp_transaction_get_base_currency (saved), ==, "EUR");
  g_assert_cmpint (cp_transaction_get_rate (saved), ==, 3300000);
  g_assert_cmpint (cp_transaction_get_base_amount (saved), ==, 30303);
  g_assert_cmpint (cp_transaction_get_from_municipality_id (saved), ==, 0);
  g_assert_cmpint (cp_transaction_get_from_funder_id (saved), ==, cp_test_id (funder));
  g_assert_cmpint (cp_transaction_get_to_municipality_id (saved), ==, cp_test_id (f->utrecht));
  g_assert_cmpint (cp_transaction_get_partnership_id (saved), ==, cp_test_id (f->partnership));
  g_assert_cmpint (cp_transaction_get_application_id (saved), ==, cp_test_id (application));
  g_assert_cmpstr (cp_transaction_get_reference (saved), ==, "FIN-2008-0042");

  /* Opened again, the rate reads as it was typed. */
  dialog = cp_editor_dialog_new (NULL, f->context, CP_RECORD (saved));
  form = cp_editor_dialog_get_page (dialog);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Edit Ledger Entry");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cp_test_child (form, t, "rate_row"))), ==, "3.30");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cp_test_child (form, t, "amount_row"))), ==, "1,000.00");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_transaction_in_kind (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(CpTransaction) entry = cp_transaction_new ();
  g_autoptr(GListModel) ledger = NULL;
  g_autoptr(CpTransaction) saved = NULL;
  CpEditorDialog *dialog = cp_editor_dialog_new (NULL, f->context, CP_RECORD (entry));
  GtkWidget *form = cp_editor_dialog_get_page (dialog);
  GType t = CP_TYPE_TRANSACTION_FORM;

  /* Staff time: the amount is left to the hours at their rate. */
  cp_test_choose (form, t, "contribution_row", CP_CONTRIBUTION_KIND_IN_KIND);
  cp_test_type (form, t, "date_row", "2008-03-14");
  cp_test_type (form, t, "hours_row", "40");
  g_assert_false (cp_editor_dialog_save (dialog));
  cp_test_assert_message (form, t, "amount_row", "hours");
  cp_test_type (form, t, "hour_rate_row", "-45");
  cp_test_assert_message (form, t, "hour_rate_row", "negative");
  cp_test_type (form, t, "hour_rate_row", "45.00");
  cp_test_assert_no_message (form, t, "amount_row");
  /* Same currency: no rate is needed. */
  cp_test_assert_no_message (form, t, "rate_row");
  g_assert_true (cp_editor_dialog_save (dialog));

  ledger = cp_store_list_transactions (f->store, 2008, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (ledger), ==, 1);
  saved = g_list_model_get_item (ledger, 0);
  g_assert_cmpint (cp_transaction_get_hours (saved), ==, 40);
  g_assert_cmpint (cp_transaction_get_hour_rate (saved), ==, 4500);
  g_assert_cmpint (cp_transaction_get_amount (saved), ==, 180000);
  g_assert_cmpint (cp_transaction_get_base_amount (saved), ==, 180000);
  g_assert_cmpint (cp_transaction_get_rate (saved), ==, CP_RATE_ONE);
}

static void
test_budget_year (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(CpBudgetYear) year = cp_budget_year_new (cp_test_id (f->leon), 2007);
  g_autoptr(CpBudgetYear) saved = NULL;
  CpEditorDialog *dialog = cp_editor_dialog_new (NULL, f->context, CP_RECORD (year));
  GtkWidget *form = cp_editor_dialog_get_page (dialog);
  GType t = CP_TYPE_BUDGET_YEAR_FORM;

  g_assert_true (CP_IS_BUDGET_YEAR_FORM (form));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "New Budget Year");
  g_assert_cmpstr (cp_test_selected_label (form, t, "municipality_row"), ==, "León");
  /* A partner's budget: what international cooperation contributed, and its investment. */
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (cp_test_child (form, t, "ic_budget_row"))),
                   ==, "Contributed by international cooperation");
  g_assert_true (gtk_widget_get_visible (cp_test_child (form, t, "investment_group")));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cp_test_child (form, t, "year_row"))), ==, "2007");

  cp_test_type (form, t, "year_row", "207");
  cp_test_assert_message (form, t, "year_row", "2007");
  cp_test_type (form, t, "year_row", "2007");
  cp_test_type (form, t, "currency_row", "CORDOBA");
  cp_test_assert_message (form, t, "currency_row", "ISO 4217");
  cp_test_type (form, t, "currency_row", "NIO");
  cp_test_type (form, t, "municipal_budget_row", "345.678.901,00");
  cp_test_assert_message (form, t, "municipal_budget_row", "not an amount");
  cp_test_type (form, t, "municipal_budget_row", "345,678,901.00");
  cp_test_assert_no_message (form, t, "municipal_budget_row");
  cp_test_type (form, t, "public_investment_row", "120,000,000");
  cp_test_type (form, t, "investment_international_row", "48,000,000");
  cp_test_type (form, t, "population_row", "174,000");

  /* Reported in dollars: the rate is then needed. */
  cp_test_type (form, t, "base_currency_row", "USD");
  g_assert_false (cp_editor_dialog_save (dialog));
  cp_test_assert_message (form, t, "rate_row", "how many NIO make one USD");
  cp_test_type (form, t, "rate_row", "0");
  cp_test_assert_message (form, t, "rate_row", "more than zero");
  cp_test_type (form, t, "rate_row", "18.00");
  cp_test_assert_no_message (form, t, "rate_row");
  cp_test_type (form, t, "source_row", "Table 6.6, Ejecución presupuestaria 2007");
  cp_test_render (dialog, "budget-year");
  g_assert_true (cp_editor_dialog_save (dialog));

  saved = cp_store_find_budget_year (f->store, cp_test_id (f->leon), 2007, NULL);
  g_assert_nonnull (saved);
  g_assert_cmpstr (cp_budget_year_get_currency (saved), ==, "NIO");
  g_assert_cmpint (cp_budget_year_get_municipal_budget (saved), ==, 34567890100);
  g_assert_cmpint (cp_budget_year_get_public_investment (saved), ==, 12000000000);
  g_assert_cmpint (cp_budget_year_get_investment_international (saved), ==, 4800000000);
  /* What was left empty is not recorded. */
  g_assert_cmpint (cp_budget_year_get_ic_budget (saved), ==, -1);
  g_assert_cmpint (cp_budget_year_get_investment_own (saved), ==, -1);
  g_assert_cmpint (cp_budget_year_get_investment_transfers (saved), ==, -1);
  g_assert_cmpint (cp_budget_year_get_population (saved), ==, 174000);
  g_assert_cmpstr (cp_budget_year_get_base_currency (saved), ==, "USD");
  g_assert_cmpint (cp_budget_year_get_rate (saved), ==, 18000000);
  g_assert_cmpstr (cp_budget_year_get_source (saved), ==, "Table 6.6, Ejecución presupuestaria 2007");

  /* Opened again, the empty amounts stay empty. */
  dialog = cp_editor_dialog_new (NULL, f->context, CP_RECORD (saved));
  form = cp_editor_dialog_get_page (dialog);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cp_test_child (form, t, "ic_budget_row"))), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cp_test_child (form, t, "municipal_budget_row"))), ==, "345,678,901.00");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cp_test_child (form, t, "rate_row"))), ==, "18.00");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_budget_year_own (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(CpBudgetYear) year = cp_budget_year_new (cp_test_id (f->utrecht), 2007);
  g_autoptr(CpBudgetYear) saved = NULL;
  CpEditorDialog *dialog = cp_editor_dialog_new (NULL, f->context, CP_RECORD (year));
  GtkWidget *form = cp_editor_dialog_get_page (dialog);
  GType t = CP_TYPE_BUDGET_YEAR_FORM;

  /* Our own budget, in euros and nothing else: no rate to give. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cp_test_child (form, t, "currency_row"))), ==, "EUR");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (cp_test_child (form, t, "ic_budget_row"))),
                   ==, "International cooperation budget");
  g_assert_false (gtk_widget_get_visible (cp_test_child (form, t, "investment_group")));
  cp_test_type (form, t, "ic_budget_row", "1,100,000.00");
  g_assert_true (cp_editor_dialog_save (dialog));
  saved = cp_store_find_budget_year (f->store, cp_test_id (f->utrecht), 2007, NULL);
  g_assert_nonnull (saved);
  g_assert_cmpint (cp_budget_year_get_ic_budget (saved), ==, 110000000);
  g_assert_cmpint (cp_budget_year_get_municipal_budget (saved), ==, -1);
  g_assert_cmpstr (cp_budget_year_get_base_currency (saved), ==, "");
  g_assert_cmpint (cp_budget_year_get_rate (saved), ==, CP_RATE_ONE);
}

static void
test_budget_line (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(CpBudgetYear) year = cp_budget_year_new (cp_test_id (f->utrecht), 2007);
  g_autoptr(CpBudgetLine) line = NULL;
  g_autoptr(GListModel) lines = NULL;
  g_autoptr(CpBudgetLine) saved = NULL;
  CpEditorDialog *dialog;
  GtkWidget *form;
  GType t = CP_TYPE_BUDGET_LINE_FORM;

  g_object_set (year, "currency", "EUR", NULL);
  cp_test_save_ok (f->store, year);
  line = cp_budget_line_new (cp_test_id (year));
  dialog = cp_editor_dialog_new (NULL, f->context, CP_RECORD (line));
  form = cp_editor_dialog_get_page (dialog);
  g_assert_true (CP_IS_BUDGET_LINE_FORM (form));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "New Budget Line");
  /* The year's currency. */
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (cp_test_child (form, t, "amount_row"))), ==, "Amount in EUR");

  g_assert_false (cp_editor_dialog_save (dialog));
  cp_test_assert_message (form, t, "label_row", "budget line");
  cp_test_assert_message (form, t, "amount_row", "Enter an amount");
  cp_test_type (form, t, "label_row", "León");
  cp_test_type (form, t, "amount_row", "250.000,00");
  cp_test_assert_message (form, t, "amount_row", "not an amount");
  cp_test_type (form, t, "amount_row", "250,000.001");
  cp_test_assert_message (form, t, "amount_row", "decimals");
  cp_test_type (form, t, "amount_row", "250,000");
  cp_test_assert_no_message (form, t, "amount_row");
  cp_test_choose (form, t, "partnership_row", 1);
  cp_test_render (dialog, "budget-line");
  g_assert_true (cp_editor_dialog_save (dialog));

  lines = cp_store_list_budget_lines (f->store, cp_test_id (year), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (lines), ==, 1);
  saved = g_list_model_get_item (lines, 0);
  g_assert_cmpstr (cp_budget_line_get_label (saved), ==, "León");
  g_assert_cmpint (cp_budget_line_get_amount (saved), ==, 25000000);
  g_assert_cmpint (cp_budget_line_get_partnership_id (saved), ==, cp_test_id (f->partnership));
}

static void
test_funder (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(CpFunder) funder = cp_funder_new ();
  g_autoptr(GListModel) funders = NULL;
  g_autoptr(CpFunder) saved = NULL;
  CpEditorDialog *dialog = cp_editor_dialog_new (NULL, f->context, CP_RECORD (funder));
  GtkWidget *form = cp_editor_dialog_get_page (dialog);
  GType t = CP_TYPE_FUNDER_FORM;

  g_assert_true (CP_IS_FUNDER_FORM (form));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "New Funder");
  g_assert_false (cp_editor_dialog_save (dialog));
  cp_test_assert_message (form, t, "name_row", "name");
  cp_test_type (form, t, "name_row", "European Commission");
  cp_test_type (form, t, "acronym_row", "EC");
  cp_test_type (form, t, "country_row", "XX");
  cp_test_assert_message (form, t, "country_row", "ISO 3166");
  cp_test_type (form, t, "country_row", "be");
  cp_test_assert_no_message (form, t, "country_row");
  cp_test_choose (form, t, "kind_row", CP_FUNDER_TYPE_EU_PROGRAMME);
  cp_test_type (form, t, "website_row", "https://commission.europa.eu");
  cp_test_render (dialog, "funder");
  g_assert_true (cp_editor_dialog_save (dialog));

  funders = cp_store_list_funders (f->store, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (funders), ==, 1);
  saved = g_list_model_get_item (funders, 0);
  g_assert_cmpstr (cp_funder_get_name (saved), ==, "European Commission");
  g_assert_cmpstr (cp_funder_get_acronym (saved), ==, "EC");
  g_assert_cmpstr (cp_funder_get_country (saved), ==, "BE");
  g_assert_cmpint (cp_funder_get_kind (saved), ==, CP_FUNDER_TYPE_EU_PROGRAMME);
  g_assert_cmpstr (cp_funder_get_website (saved), ==, "https://commission.europa.eu");
}

static void
test_funding_programme (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(CpFunder) funder = save_funder (f);
  g_autoptr(CpFundingProgramme) programme = cp_funding_programme_new (0);
  g_autoptr(GListModel) programmes = NULL;
  g_autoptr(CpFundingProgramme) saved = NULL;
  const char * const *countries;
  CpEditorDialog *dialog = cp_editor_dialog_new (NULL, f->context, CP_RECORD (programme));
  GtkWidget *form = cp_editor_dialog_get_page (dialog);
  GType t = CP_TYPE_FUNDING_PROGRAMME_FORM;

  g_assert_true (CP_IS_FUNDING_PROGRAMME_FORM (form));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "New Funding Programme");
  cp_test_type (form, t, "name_row", "LOGO South");
  cp_test_type (form, t, "starts_on_row", "2005-01-01");
  cp_test_type (form, t, "ends_on_row", "2004-12-31");
  cp_test_assert_message (form, t, "ends_on_row", "before");
  cp_test_type (form, t, "ends_on_row", "2010-12-31");
  cp_test_assert_no_message (form, t, "ends_on_row");
  cp_test_type (form, t, "eligible_countries_row", "Nicaragua, Narnia");
  cp_test_assert_message (form, t, "eligible_countries_row", "Narnia");
  cp_test_type (form, t, "eligible_countries_row", "Nicaragua, South Africa, Peru until 2007-12-31");
  cp_test_assert_no_message (form, t, "eligible_countries_row");
  cp_test_type (form, t, "co_funding_row", "150");
  cp_test_assert_message (form, t, "co_funding_row", "0 to 100");
  cp_test_type (form, t, "co_funding_row", "25");
  cp_test_type (form, t, "currency_row", "EUR");
  cp_test_type (form, t, "amount_min_row", "50,000");
  cp_test_type (form, t, "amount_max_row", "10,000");
  cp_test_assert_message (form, t, "amount_max_row", "below the smallest");
  cp_test_type (form, t, "amount_max_row", "");
  cp_test_assert_no_message (form, t, "amount_max_row");
  cp_test_render (dialog, "funding-programme");
  g_assert_true (cp_editor_dialog_save (dialog));

  programmes = cp_store_list_funding_programmes (f->store, cp_test_id (funder), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (programmes), ==, 1);
  saved = g_list_model_get_item (programmes, 0);
  g_assert_cmpstr (cp_funding_programme_get_name (saved), ==, "LOGO South");
  g_assert_cmpstr (cp_funding_programme_get_ends_on (saved), ==, "2010-12-31");
  countries = cp_funding_programme_get_eligible_countries (saved);
  g_assert_cmpuint (g_strv_length ((char **) countries), ==, 3);
  g_assert_cmpstr (countries[0], ==, "NI");
  g_assert_cmpstr (countries[1], ==, "ZA");
  g_assert_cmpstr (countries[2], ==, "PE<2007-12-31");
  g_assert_cmpint (cp_funding_programme_get_co_funding (saved), ==, 25);
  g_assert_cmpint (cp_funding_programme_get_amount_min (saved), ==, 5000000);
  g_assert_cmpint (cp_funding_programme_get_amount_max (saved), ==, 0);

  /* Opened again, the countries read as they were typed. */
  dialog = cp_editor_dialog_new (NULL, f->context, CP_RECORD (saved));
  form = cp_editor_dialog_get_page (dialog);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cp_test_child (form, t, "eligible_countries_row"))),
                   ==, "Nicaragua, South Africa, Peru until 2007-12-31");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cp_test_child (form, t, "amount_max_row"))), ==, "");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_grant_application (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(CpFunder) funder = save_funder (f);
  g_autoptr(CpFunder) other = cp_funder_new ();
  g_autoptr(CpFundingProgramme) programme = cp_funding_programme_new (cp_test_id (funder));
  g_autoptr(CpGrantApplication) application = NULL;
  g_autoptr(GListModel) applications = NULL;
  g_autoptr(CpGrantApplication) saved = NULL;
  CpEditorDialog *dialog;
  GtkWidget *form;
  GType t = CP_TYPE_GRANT_APPLICATION_FORM;

  g_object_set (other, "name", "Province of Utrecht", NULL);
  cp_test_save_ok (f->store, other);
  g_object_set (programme, "name", "LOGO South", NULL);
  cp_test_save_ok (f->store, programme);
  application = cp_grant_application_new (cp_test_id (other));
  dialog = cp_editor_dialog_new (NULL, f->context, CP_RECORD (application));
  form = cp_editor_dialog_get_page (dialog);
  g_assert_true (CP_IS_GRANT_APPLICATION_FORM (form));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "New Grant Application");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cp_test_child (form, t, "currency_row"))), ==, "EUR");

  /* LOGO South is VNG's, not the province's. */
  g_assert_cmpstr (cp_test_selected_label (form, t, "funder_row"), ==, "Province of Utrecht");
  cp_test_choose_label (form, t, "programme_row", "LOGO South");
  cp_test_assert_message (form, t, "programme_row", "another funder");
  cp_test_choose_label (form, t, "funder_row", "VNG International");
  cp_test_assert_no_message (form, t, "programme_row");

  cp_test_type (form, t, "call_row", "Call 2008");
  cp_test_choose (form, t, "partnership_row", 1);
  cp_test_type (form, t, "project_row", "Housing in León South East");
  cp_test_type (form, t, "currency_row", "EURO");
  cp_test_assert_message (form, t, "currency_row", "ISO 4217");
  cp_test_type (form, t, "currency_row", "EUR");
  /* Fifty thousand in Dutch is fifty with too many decimals in English. */
  cp_test_type (form, t, "requested_row", "50.000");
  cp_test_assert_message (form, t, "requested_row", "1,234.56");
  cp_test_type (form, t, "requested_row", "50,000.00");
  cp_test_assert_no_message (form, t, "requested_row");
  cp_test_choose (form, t, "status_row", CP_APPLICATION_STATUS_SUBMITTED);
  cp_test_type (form, t, "status_since_row", "2008-02-30");
  cp_test_assert_message (form, t, "status_since_row", "year-month-day");
  cp_test_type (form, t, "status_since_row", "2008-02-28");
  cp_test_type (form, t, "deadline_row", "15 March 2026");
  cp_test_assert_message (form, t, "deadline_row", "2026-03-15 17:00");
  cp_test_type (form, t, "deadline_row", "2026-03-15 17:00");
  cp_test_assert_no_message (form, t, "deadline_row");
  /* A deadline without its time zone. */
  g_assert_false (cp_editor_dialog_save (dialog));
  cp_test_assert_message (form, t, "deadline_zone_row", "time zone");
  cp_test_type (form, t, "deadline_zone_row", "Europe/Bruxelles");
  cp_test_assert_message (form, t, "deadline_zone_row", "Europe/Bruxelles");
  cp_test_type (form, t, "deadline_zone_row", "Europe/Brussels");
  cp_test_assert_no_message (form, t, "deadline_zone_row");
  cp_test_type (form, t, "decision_on_row", "2026-06-30");
  cp_test_render (dialog, "grant-application");
  g_assert_true (cp_editor_dialog_save (dialog));

  applications = cp_store_list_grant_applications (f->store, cp_test_id (f->partnership), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (applications), ==, 1);
  saved = g_list_model_get_item (applications, 0);
  g_assert_cmpint (cp_grant_application_get_funder_id (saved), ==, cp_test_id (funder));
  g_assert_cmpint (cp_grant_application_get_programme_id (saved), ==, cp_test_id (programme));
  g_assert_cmpstr (cp_grant_application_get_call (saved), ==, "Call 2008");
  g_assert_cmpstr (cp_grant_application_get_project (saved), ==, "Housing in León South East");
  g_assert_cmpint (cp_grant_application_get_requested (saved), ==, 5000000);
  g_assert_cmpint (cp_grant_application_get_granted (saved), ==, 0);
  g_assert_cmpint (cp_grant_application_get_status (saved), ==, CP_APPLICATION_STATUS_SUBMITTED);
  g_assert_cmpstr (cp_grant_application_get_status_since (saved), ==, "2008-02-28");
  g_assert_cmpstr (cp_grant_application_get_deadline (saved), ==, "2026-03-15 17:00");
  g_assert_cmpstr (cp_grant_application_get_deadline_zone (saved), ==, "Europe/Brussels");
  g_assert_cmpstr (cp_grant_application_get_decision_on (saved), ==, "2026-06-30");
}

static void
test_reporting_obligation (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(CpFunder) funder = save_funder (f);
  g_autoptr(CpGrantApplication) application = save_application (f, funder);
  g_autoptr(CpReportingObligation) obligation = cp_reporting_obligation_new (cp_test_id (application));
  g_autoptr(GListModel) obligations = NULL;
  g_autoptr(CpReportingObligation) saved = NULL;
  CpEditorDialog *dialog = cp_editor_dialog_new (NULL, f->context, CP_RECORD (obligation));
  GtkWidget *form = cp_editor_dialog_get_page (dialog);
  GType t = CP_TYPE_REPORTING_OBLIGATION_FORM;

  g_assert_true (CP_IS_REPORTING_OBLIGATION_FORM (form));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "New Reporting Obligation");
  g_assert_false (cp_editor_dialog_save (dialog));
  cp_test_assert_message (form, t, "description_row", "Interim narrative report");
  cp_test_assert_message (form, t, "due_on_row", "year-month-day");
  cp_test_type (form, t, "description_row", "Interim narrative report");
  cp_test_type (form, t, "recipient_row", "VNG International");
  cp_test_type (form, t, "due_on_row", "2008-06");
  cp_test_assert_message (form, t, "due_on_row", "year-month-day");
  cp_test_type (form, t, "due_on_row", "2008-05-31");
  cp_test_assert_no_message (form, t, "due_on_row");
  /* Delivered: today, unless another day is typed. */
  gtk_switch_set_active (GTK_SWITCH (cp_test_child (form, t, "met_switch")), TRUE);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cp_test_child (form, t, "met_on_row"))), ==, "2008-06-01");
  cp_test_type (form, t, "met_on_row", "2008-05-29");
  cp_test_render (dialog, "reporting-obligation");
  g_assert_true (cp_editor_dialog_save (dialog));

  obligations = cp_store_list_reporting_obligations (f->store, cp_test_id (application), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (obligations), ==, 1);
  saved = g_list_model_get_item (obligations, 0);
  g_assert_cmpstr (cp_reporting_obligation_get_description (saved), ==, "Interim narrative report");
  g_assert_cmpstr (cp_reporting_obligation_get_recipient (saved), ==, "VNG International");
  g_assert_cmpstr (cp_reporting_obligation_get_due_on (saved), ==, "2008-05-31");
  g_assert_true (cp_reporting_obligation_get_met (saved));
  g_assert_cmpstr (cp_reporting_obligation_get_met_on (saved), ==, "2008-05-29");
}

/* A visit's cost in soles, with its rate, lands in the ledger in euros. */
static void
test_cost_line_in_ledger (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(CpVisit) visit = cp_visit_new (cp_test_id (f->partnership));
  g_autoptr(CpCostLine) cost = NULL;
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(CpTransaction) entry = NULL;
  CpEditorDialog *dialog;
  GtkWidget *form;
  GType t = CP_TYPE_COST_LINE_FORM;

  g_object_set (visit, "purpose", "Work visit on the LSE plots", "starts-on", "2008-03-14", "ends-on", "2008-03-20",
                "origin-id", cp_test_id (f->utrecht), "destination-id", cp_test_id (f->leon), NULL);
  cp_test_save_ok (f->store, visit);
  cost = cp_cost_line_new (cp_test_id (visit));
  dialog = cp_editor_dialog_new (NULL, f->context, CP_RECORD (cost));
  form = cp_editor_dialog_get_page (dialog);
  cp_test_type (form, t, "description_row", "Hotel in Lima");
  cp_test_type (form, t, "currency_row", "PEN");
  cp_test_type (form, t, "amount_row", "330.00");
  cp_test_type (form, t, "rate_row", "0");
  cp_test_assert_message (form, t, "rate_row", "more than zero");
  cp_test_type (form, t, "rate_row", "3,30");
  cp_test_assert_message (form, t, "rate_row", "exchange rate");
  cp_test_type (form, t, "rate_row", "3.30");
  cp_test_assert_no_message (form, t, "rate_row");
  cp_test_render (dialog, "cost-line");
  g_assert_true (cp_editor_dialog_save (dialog));
  g_assert_cmpint (cp_cost_line_get_rate (cost), ==, 3300000);

  entries = cp_store_list_transactions_of_visit (f->store, cp_test_id (visit), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 1);
  entry = g_list_model_get_item (entries, 0);
  g_assert_cmpint (cp_transaction_get_kind (entry), ==, CP_TRANSACTION_KIND_EXPENDITURE);
  g_assert_cmpstr (cp_transaction_get_date (entry), ==, "2008-03-14");
  g_assert_cmpint (cp_transaction_get_amount (entry), ==, 33000);
  g_assert_cmpstr (cp_transaction_get_currency (entry), ==, "PEN");
  g_assert_cmpint (cp_transaction_get_rate (entry), ==, 3300000);
  g_assert_cmpstr (cp_transaction_get_base_currency (entry), ==, "EUR");
  g_assert_cmpint (cp_transaction_get_base_amount (entry), ==, 10000);
  g_assert_cmpint (cp_transaction_get_cost_line_id (entry), ==, cp_test_id (cost));

  /* Opened again, the rate reads back; emptied, the cost leaves the ledger. */
  dialog = cp_editor_dialog_new (NULL, f->context, CP_RECORD (cost));
  form = cp_editor_dialog_get_page (dialog);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cp_test_child (form, t, "rate_row"))), ==, "3.30");
  cp_test_type (form, t, "rate_row", "");
  cp_test_assert_no_message (form, t, "rate_row");
  g_assert_true (cp_editor_dialog_save (dialog));
  g_clear_object (&entries);
  entries = cp_store_list_transactions_of_visit (f->store, cp_test_id (visit), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  if (!cp_test_forms_init (&argc, &argv, 1900))
    return 0;

#define ADD(path, fn) g_test_add (path, Fixture, NULL, cp_test_forms_set_up, fn, cp_test_forms_tear_down)
  ADD ("/funding-forms/transaction", test_transaction);
  ADD ("/funding-forms/transaction-in-kind", test_transaction_in_kind);
  ADD ("/funding-forms/budget-year", test_budget_year);
  ADD ("/funding-forms/budget-year-own", test_budget_year_own);
  ADD ("/funding-forms/budget-line", test_budget_line);
  ADD ("/funding-forms/funder", test_funder);
  ADD ("/funding-forms/funding-programme", test_funding_programme);
  ADD ("/funding-forms/grant-application", test_grant_application);
  ADD ("/funding-forms/reporting-obligation", test_reporting_obligation);
  ADD ("/funding-forms/cost-line-in-ledger", test_cost_line_in_ledger);
#undef ADD

  return g_test_run ();
}
