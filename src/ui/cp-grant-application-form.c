/* cp-grant-application-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/cp-funding-programme.h"
#include "core/cp-grant-application.h"
#include "cp-grant-application-form.h"
#include "cp-notes-group.h"

struct _CpGrantApplicationForm
{
  AdwPreferencesPage parent_instance;

  AdwComboRow  *funder_row;
  GListModel   *funder_row_records;
  AdwComboRow  *programme_row;
  GListModel   *programme_row_records;
  AdwEntryRow  *call_row;
  AdwComboRow  *partnership_row;
  GListModel   *partnership_row_records;
  AdwEntryRow  *project_row;
  AdwEntryRow  *currency_row;
  AdwEntryRow  *requested_row;
  AdwEntryRow  *granted_row;
  AdwComboRow  *status_row;
  AdwEntryRow  *status_since_row;
  AdwEntryRow  *deadline_row;
  AdwEntryRow  *deadline_zone_row;
  AdwEntryRow  *decision_on_row;
  CpNotesGroup *notes_group;
};

G_DEFINE_FINAL_TYPE (CpGrantApplicationForm, cp_grant_application_form, ADW_TYPE_PREFERENCES_PAGE)

/* A programme is run by one funder: the application goes to that one. */
static gboolean
check_programme_funder (CpRecord  *record,
                        gpointer   programmes,
                        GError   **error)
{
  CpGrantApplication *application = CP_GRANT_APPLICATION (record);
  gint64 programme_id = cp_grant_application_get_programme_id (application);

  for (guint i = 0; programme_id != 0 && i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(CpFundingProgramme) programme = g_list_model_get_item (programmes, i);

      if (cp_record_get_id (CP_RECORD (programme)) == programme_id &&
          cp_funding_programme_get_funder_id (programme) != cp_grant_application_get_funder_id (application))
        {
          g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_PARTIES,
                               _("This programme belongs to another funder. Choose its funder above, or another programme."));
          return FALSE;
        }
    }
  return TRUE;
}

static void
cp_grant_application_form_dispose (GObject *object)
{
  CpGrantApplicationForm *self = CP_GRANT_APPLICATION_FORM (object);

  g_clear_object (&self->funder_row_records);
  g_clear_object (&self->programme_row_records);
  g_clear_object (&self->partnership_row_records);

  G_OBJECT_CLASS (cp_grant_application_form_parent_class)->dispose (object);
}

static void
cp_grant_application_form_class_init (CpGrantApplicationFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cp_grant_application_form_dispose;

  g_type_ensure (CP_TYPE_NOTES_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-grant-application-form.ui");
  gtk_widget_class_bind_template_child (widget_class, CpGrantApplicationForm, funder_row);
  gtk_widget_class_bind_template_child (widget_class, CpGrantApplicationForm, programme_row);
  gtk_widget_class_bind_template_child (widget_class, CpGrantApplicationForm, call_row);
  gtk_widget_class_bind_template_child (widget_class, CpGrantApplicationForm, partnership_row);
  gtk_widget_class_bind_template_child (widget_class, CpGrantApplicationForm, project_row);
  gtk_widget_class_bind_template_child (widget_class, CpGrantApplicationForm, currency_row);
  gtk_widget_class_bind_template_child (widget_class, CpGrantApplicationForm, requested_row);
  gtk_widget_class_bind_template_child (widget_class, CpGrantApplicationForm, granted_row);
  gtk_widget_class_bind_template_child (widget_class, CpGrantApplicationForm, status_row);
  gtk_widget_class_bind_template_child (widget_class, CpGrantApplicationForm, status_since_row);
  gtk_widget_class_bind_template_child (widget_class, CpGrantApplicationForm, deadline_row);
  gtk_widget_class_bind_template_child (widget_class, CpGrantApplicationForm, deadline_zone_row);
  gtk_widget_class_bind_template_child (widget_class, CpGrantApplicationForm, decision_on_row);
  gtk_widget_class_bind_template_child (widget_class, CpGrantApplicationForm, notes_group);
}

static void
cp_grant_application_form_init (CpGrantApplicationForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cp_grant_application_form_new (CpForm    *form,
                               CpContext *context)
{
  CpGrantApplicationForm *self = g_object_new (CP_TYPE_GRANT_APPLICATION_FORM, NULL);
  CpStore *store = cp_context_get_store (context);
  CpRecord *record = cp_form_get_record (form);

  /* Most applications are in the currency the ledger adds up in. */
  if (*cp_grant_application_get_currency (CP_GRANT_APPLICATION (record)) == '\0')
    {
      g_autofree char *base = cp_store_dup_base_currency (store, NULL);

      if (base != NULL)
        g_object_set (record, "currency", base, NULL);
    }

  self->funder_row_records = cp_store_list_funders (store, NULL);
  cp_form_bind_choice (form, self->funder_row, "funder-id", self->funder_row_records, "name", NULL);
  self->programme_row_records = cp_store_list_funding_programmes (store, 0, NULL);
  cp_form_bind_choice (form, self->programme_row, "programme-id", self->programme_row_records, "name", _("None"));
  cp_form_add_check (form, "programme-id", check_programme_funder,
                     g_object_ref (self->programme_row_records), g_object_unref);
  cp_form_bind_text (form, self->call_row, "call");
  self->partnership_row_records = cp_store_list_partnerships (store, NULL);
  cp_form_bind_choice (form, self->partnership_row, "partnership-id", self->partnership_row_records, "title", _("None"));
  cp_form_bind_text (form, self->project_row, "project");
  cp_form_bind_code (form, self->currency_row, "currency");
  cp_form_bind_optional_money (form, self->requested_row, "requested", "currency");
  cp_form_bind_optional_money (form, self->granted_row, "granted", "currency");
  cp_form_bind_enum (form, self->status_row, "status");
  cp_form_bind_text (form, self->status_since_row, "status-since");
  cp_form_bind_text (form, self->deadline_row, "deadline");
  cp_form_bind_text (form, self->deadline_zone_row, "deadline-zone");
  cp_form_bind_text (form, self->decision_on_row, "decision-on");
  cp_form_bind_text_view (form, cp_notes_group_get_view (self->notes_group), "note");
  return GTK_WIDGET (self);
}
