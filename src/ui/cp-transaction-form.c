/* cp-transaction-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/cp-funder.h"
#include "core/cp-grant-application.h"
#include "core/cp-partial-date.h"
#include "core/cp-transaction.h"
#include "core/cp-visit.h"
#include "cp-transaction-form.h"

struct _CpTransactionForm
{
  AdwPreferencesPage parent_instance;

  AdwEntryRow  *date_row;
  AdwComboRow  *kind_row;
  AdwComboRow  *contribution_row;
  AdwEntryRow  *description_row;
  AdwEntryRow  *reference_row;
  AdwEntryRow  *currency_row;
  AdwEntryRow  *amount_row;
  AdwEntryRow  *base_currency_row;
  AdwEntryRow  *rate_row;
  AdwEntryRow  *hours_row;
  AdwEntryRow  *hour_rate_row;
  AdwComboRow  *from_municipality_row;
  AdwComboRow  *from_actor_row;
  AdwComboRow  *from_funder_row;
  AdwEntryRow  *from_name_row;
  AdwComboRow  *to_municipality_row;
  AdwComboRow  *to_actor_row;
  AdwEntryRow  *to_name_row;
  AdwComboRow  *partnership_row;
  AdwEntryRow  *project_row;
  AdwComboRow  *visit_row;
  AdwComboRow  *application_row;

  GListModel   *municipalities;
  GListModel   *actors;
  GListModel   *funders;
  GListModel   *partnerships;
  GListModel   *visits;
  GListModel   *applications;
};

G_DEFINE_FINAL_TYPE (CpTransactionForm, cp_transaction_form, ADW_TYPE_PREFERENCES_PAGE)

/* The actors of every partnership: money comes from and goes to actors of any. */
static GListModel *
list_all_actors (CpStore    *store,
                 GListModel *partnerships)
{
  GListStore *actors = g_list_store_new (CP_TYPE_RECORD);

  for (guint i = 0; partnerships != NULL && i < g_list_model_get_n_items (partnerships); i++)
    {
      g_autoptr(CpRecord) partnership = g_list_model_get_item (partnerships, i);
      g_autoptr(GListModel) of_partnership = cp_store_list_actors (store, cp_record_get_id (partnership), NULL);

      for (guint j = 0; of_partnership != NULL && j < g_list_model_get_n_items (of_partnership); j++)
        {
          g_autoptr(GObject) actor = g_list_model_get_item (of_partnership, j);
          g_list_store_append (actors, actor);
        }
    }
  return G_LIST_MODEL (actors);
}

static char *
dup_visit_label (CpRecord *record,
                 gpointer  user_data)
{
  CpVisit *visit = CP_VISIT (record);
  g_autofree char *starts = cp_partial_date_format (cp_visit_get_starts_on (visit));

  if (*starts == '\0')
    return g_strdup (cp_visit_get_purpose (visit));
  /* Translators: a visit in a list: its purpose and first day */
  return g_strdup_printf (_("%s, %s"), cp_visit_get_purpose (visit), starts);
}

/* “VNG International: Housing project”, by the funder's acronym where it has one. */
static char *
dup_application_label (CpRecord *record,
                       gpointer  funders)
{
  CpGrantApplication *application = CP_GRANT_APPLICATION (record);
  const char *what = cp_grant_application_get_project (application);
  g_autofree char *funder_name = NULL;

  if (*what == '\0')
    what = cp_grant_application_get_call (application);
  for (guint i = 0; i < g_list_model_get_n_items (funders) && funder_name == NULL; i++)
    {
      g_autoptr(CpFunder) funder = g_list_model_get_item (funders, i);

      if (cp_record_get_id (CP_RECORD (funder)) == cp_grant_application_get_funder_id (application))
        funder_name = g_strdup (*cp_funder_get_acronym (funder) != '\0' ? cp_funder_get_acronym (funder)
                                                                       : cp_funder_get_name (funder));
    }
  if (funder_name == NULL)
    return g_strdup (what);
  if (*what == '\0')
    return g_strdup (funder_name);
  /* Translators: a grant application in a list: the funder and the project or call */
  return g_strdup_printf (_("%s: %s"), funder_name, what);
}

/* An amount is needed, unless in-kind hours at a rate make it. */
static gboolean
check_amount (CpRecord  *record,
              gpointer   user_data,
              GError   **error)
{
  CpTransaction *transaction = CP_TRANSACTION (record);

  if (cp_transaction_get_amount (transaction) > 0 ||
      (cp_transaction_get_contribution (transaction) == CP_CONTRIBUTION_KIND_IN_KIND &&
       cp_transaction_get_hours (transaction) > 0 && cp_transaction_get_hour_rate (transaction) > 0))
    return TRUE;
  g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_REQUIRED,
                       _("Enter the amount, or for time given in kind the hours and the rate per hour."));
  return FALSE;
}

static void
cp_transaction_form_dispose (GObject *object)
{
  CpTransactionForm *self = CP_TRANSACTION_FORM (object);

  g_clear_object (&self->municipalities);
  g_clear_object (&self->actors);
  g_clear_object (&self->funders);
  g_clear_object (&self->partnerships);
  g_clear_object (&self->visits);
  g_clear_object (&self->applications);

  G_OBJECT_CLASS (cp_transaction_form_parent_class)->dispose (object);
}

static void
cp_transaction_form_class_init (CpTransactionFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cp_transaction_form_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-transaction-form.ui");
  gtk_widget_class_bind_template_child (widget_class, CpTransactionForm, date_row);
  gtk_widget_class_bind_template_child (widget_class, CpTransactionForm, kind_row);
  gtk_widget_class_bind_template_child (widget_class, CpTransactionForm, contribution_row);
  gtk_widget_class_bind_template_child (widget_class, CpTransactionForm, description_row);
  gtk_widget_class_bind_template_child (widget_class, CpTransactionForm, reference_row);
  gtk_widget_class_bind_template_child (widget_class, CpTransactionForm, currency_row);
  gtk_widget_class_bind_template_child (widget_class, CpTransactionForm, amount_row);
  gtk_widget_class_bind_template_child (widget_class, CpTransactionForm, base_currency_row);
  gtk_widget_class_bind_template_child (widget_class, CpTransactionForm, rate_row);
  gtk_widget_class_bind_template_child (widget_class, CpTransactionForm, hours_row);
  gtk_widget_class_bind_template_child (widget_class, CpTransactionForm, hour_rate_row);
  gtk_widget_class_bind_template_child (widget_class, CpTransactionForm, from_municipality_row);
  gtk_widget_class_bind_template_child (widget_class, CpTransactionForm, from_actor_row);
  gtk_widget_class_bind_template_child (widget_class, CpTransactionForm, from_funder_row);
  gtk_widget_class_bind_template_child (widget_class, CpTransactionForm, from_name_row);
  gtk_widget_class_bind_template_child (widget_class, CpTransactionForm, to_municipality_row);
  gtk_widget_class_bind_template_child (widget_class, CpTransactionForm, to_actor_row);
  gtk_widget_class_bind_template_child (widget_class, CpTransactionForm, to_name_row);
  gtk_widget_class_bind_template_child (widget_class, CpTransactionForm, partnership_row);
  gtk_widget_class_bind_template_child (widget_class, CpTransactionForm, project_row);
  gtk_widget_class_bind_template_child (widget_class, CpTransactionForm, visit_row);
  gtk_widget_class_bind_template_child (widget_class, CpTransactionForm, application_row);
}

static void
cp_transaction_form_init (CpTransactionForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* A new entry is dated today, in the currency the ledger adds up in. */
static void
fill_new_entry (CpTransaction *transaction,
                CpContext     *context)
{
  g_autofree char *base = cp_store_dup_base_currency (cp_context_get_store (context), NULL);

  if (*cp_transaction_get_date (transaction) == '\0')
    {
      g_autofree char *today = cp_context_dup_today (context);

      g_object_set (transaction, "date", today, NULL);
    }
  if (base == NULL)
    return;
  if (*cp_transaction_get_base_currency (transaction) == '\0')
    g_object_set (transaction, "base-currency", base, NULL);
  if (*cp_transaction_get_currency (transaction) == '\0')
    g_object_set (transaction, "currency", base, NULL);
}

GtkWidget *
cp_transaction_form_new (CpForm    *form,
                         CpContext *context)
{
  CpTransactionForm *self = g_object_new (CP_TYPE_TRANSACTION_FORM, NULL);
  CpStore *store = cp_context_get_store (context);
  CpRecord *record = cp_form_get_record (form);

  if (cp_record_get_id (record) == 0)
    fill_new_entry (CP_TRANSACTION (record), context);

  self->municipalities = cp_store_list_municipalities (store, NULL);
  self->funders = cp_store_list_funders (store, NULL);
  self->partnerships = cp_store_list_partnerships (store, NULL);
  self->actors = list_all_actors (store, self->partnerships);
  self->visits = cp_store_list_visits (store, 0, NULL);
  self->applications = cp_store_list_grant_applications (store, 0, NULL);

  cp_form_bind_text (form, self->date_row, "date");
  cp_form_bind_enum (form, self->kind_row, "kind");
  cp_form_bind_enum (form, self->contribution_row, "contribution");
  cp_form_bind_text (form, self->description_row, "description");
  cp_form_bind_text (form, self->reference_row, "reference");
  cp_form_bind_code (form, self->currency_row, "currency");
  cp_form_bind_optional_money (form, self->amount_row, "amount", "currency");
  cp_form_add_check (form, "amount", check_amount, NULL, NULL);
  cp_form_bind_code (form, self->base_currency_row, "base-currency");
  cp_form_bind_rate (form, self->rate_row, "rate");
  cp_form_bind_number (form, self->hours_row, "hours");
  cp_form_bind_optional_money (form, self->hour_rate_row, "hour-rate", "currency");

  cp_form_bind_choice (form, self->from_municipality_row, "from-municipality-id", self->municipalities, "name", _("None"));
  cp_form_bind_choice (form, self->from_actor_row, "from-actor-id", self->actors, "name", _("None"));
  cp_form_bind_choice (form, self->from_funder_row, "from-funder-id", self->funders, "name", _("None"));
  cp_form_bind_text (form, self->from_name_row, "from-name");
  cp_form_bind_choice (form, self->to_municipality_row, "to-municipality-id", self->municipalities, "name", _("None"));
  cp_form_bind_choice (form, self->to_actor_row, "to-actor-id", self->actors, "name", _("None"));
  cp_form_bind_text (form, self->to_name_row, "to-name");

  cp_form_bind_choice (form, self->partnership_row, "partnership-id", self->partnerships, "title", _("None"));
  cp_form_bind_text (form, self->project_row, "project");
  cp_form_bind_choice_full (form, self->visit_row, "visit-id", self->visits, dup_visit_label, NULL, _("None"));
  cp_form_bind_choice_full (form, self->application_row, "application-id", self->applications,
                            dup_application_label, self->funders, _("None"));
  return GTK_WIDGET (self);
}
