/* cp-editor-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cp-actor-form.h"
#include "cp-agreement-form.h"
#include "cp-editor-dialog.h"
#include "cp-form.h"
#include "cp-municipality-form.h"
#include "cp-partnership-form.h"
#include "cp-timeline-event-form.h"
#include "cp-availability-form.h"
#include "cp-consultation-structure-form.h"
#include "cp-key-role-form.h"
#include "cp-need-form.h"
#include "cp-person-form.h"
#include "cp-selection-form.h"
#include "cp-checklist-item-form.h"
#include "cp-cost-line-form.h"
#include "cp-delegate-form.h"
#include "cp-follow-up-form.h"
#include "cp-learning-entry-form.h"
#include "cp-programme-item-form.h"
#include "cp-visit-form.h"
#include "cp-budget-line-form.h"
#include "cp-budget-year-form.h"
#include "cp-funder-form.h"
#include "cp-funding-programme-form.h"
#include "cp-grant-application-form.h"
#include "cp-reporting-obligation-form.h"
#include "cp-transaction-form.h"
#include "cp-condition-assessment-form.h"
#include "cp-ic-structure-form.h"
#include "cp-mandate-document-form.h"
#include "cp-plan-line-form.h"
#include "cp-political-term-form.h"
#include "cp-project-form.h"
#include "cp-support-action-form.h"

struct _CpEditorDialog
{
  AdwWindow   parent_instance;

  CpContext  *context;
  CpForm     *form;
  CpRecord   *original;

  GtkLabel   *error_label;
  AdwBin     *page_bin;
  AdwWindowTitle *window_title;
};

G_DEFINE_FINAL_TYPE (CpEditorDialog, cp_editor_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

gboolean
cp_editor_dialog_save (CpEditorDialog *self)
{
  g_autoptr(GError) error = NULL;
  CpRecord *record;

  g_return_val_if_fail (CP_IS_EDITOR_DIALOG (self), FALSE);

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  if (!cp_form_check_all (self->form))
    return FALSE;

  record = cp_form_get_record (self->form);
  if (!cp_store_save (cp_context_get_store (self->context), record, &error))
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return FALSE;
    }

  cp_record_assign (self->original, record);
  g_signal_emit (self, signals[SAVED], 0, self->original);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
on_save_clicked (CpEditorDialog *self)
{
  cp_editor_dialog_save (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  cp_editor_dialog_save (CP_EDITOR_DIALOG (widget));
}

static void
on_cancel_clicked (CpEditorDialog *self)
{
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
cp_editor_dialog_dispose (GObject *object)
{
  CpEditorDialog *self = CP_EDITOR_DIALOG (object);

  g_clear_object (&self->form);
  g_clear_object (&self->original);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cp_editor_dialog_parent_class)->dispose (object);
}

static void
cp_editor_dialog_class_init (CpEditorDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cp_editor_dialog_dispose;

  /**
   * CpEditorDialog::saved:
   * @record: the record as saved
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, CP_TYPE_RECORD);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-editor-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CpEditorDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, CpEditorDialog, page_bin);
  gtk_widget_class_bind_template_child (widget_class, CpEditorDialog, window_title);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
}

static void
cp_editor_dialog_init (CpEditorDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static GtkWidget *
create_page (CpEditorDialog *self,
             const char    **title)
{
  CpRecord *record = cp_form_get_record (self->form);
  gboolean is_new = cp_record_get_id (record) == 0;

  if (CP_IS_PARTNERSHIP (record))
    {
      *title = is_new ? _("New Partnership") : _("Edit Partnership");
      return cp_partnership_form_new (self->form, self->context);
    }
  if (CP_IS_MUNICIPALITY (record))
    {
      *title = is_new ? _("New Municipality") : _("Edit Municipality");
      return cp_municipality_form_new (self->form, self->context);
    }
  if (CP_IS_AGREEMENT (record))
    {
      *title = is_new ? _("New Agreement") : _("Edit Agreement");
      return cp_agreement_form_new (self->form, self->context);
    }
  if (CP_IS_ACTOR (record))
    {
      *title = is_new ? _("New Actor") : _("Edit Actor");
      return cp_actor_form_new (self->form, self->context);
    }
  if (CP_IS_TIMELINE_EVENT (record))
    {
      *title = is_new ? _("New Milestone") : _("Edit Milestone");
      return cp_timeline_event_form_new (self->form, self->context);
    }
  if (CP_IS_PERSON (record))
    {
      *title = is_new ? _("New Person") : _("Edit Person");
      return cp_person_form_new (self->form, self->context);
    }
  if (CP_IS_AVAILABILITY (record))
    {
      *title = is_new ? _("New Availability") : _("Edit Availability");
      return cp_availability_form_new (self->form, self->context);
    }
  if (CP_IS_KEY_ROLE (record))
    {
      *title = is_new ? _("New Key Role") : _("Edit Key Role");
      return cp_key_role_form_new (self->form, self->context);
    }
  if (CP_IS_CONSULTATION_STRUCTURE (record))
    {
      *title = is_new ? _("New Working Group") : _("Edit Working Group");
      return cp_consultation_structure_form_new (self->form, self->context);
    }
  if (CP_IS_NEED (record))
    {
      *title = is_new ? _("New Need") : _("Edit Need");
      return cp_need_form_new (self->form, self->context);
    }
  if (CP_IS_VISIT (record))
    {
      *title = is_new ? _("New Visit") : _("Edit Visit");
      return cp_visit_form_new (self->form, self->context);
    }
  if (CP_IS_DELEGATE (record))
    {
      *title = is_new ? _("Add to the Delegation") : _("Edit Delegation Member");
      return cp_delegate_form_new (self->form, self->context);
    }
  if (CP_IS_PROGRAMME_ITEM (record))
    {
      *title = is_new ? _("New Programme Item") : _("Edit Programme Item");
      return cp_programme_item_form_new (self->form, self->context);
    }
  if (CP_IS_COST_LINE (record))
    {
      *title = is_new ? _("New Cost") : _("Edit Cost");
      return cp_cost_line_form_new (self->form, self->context);
    }
  if (CP_IS_CHECKLIST_ITEM (record))
    {
      *title = is_new ? _("New Checklist Item") : _("Edit Checklist Item");
      return cp_checklist_item_form_new (self->form, self->context);
    }
  if (CP_IS_LEARNING_ENTRY (record))
    {
      *title = is_new ? _("New Learning") : _("Edit Learning");
      return cp_learning_entry_form_new (self->form, self->context);
    }
  if (CP_IS_FOLLOW_UP (record))
    {
      *title = is_new ? _("New Follow-up Action") : _("Edit Follow-up Action");
      return cp_follow_up_form_new (self->form, self->context);
    }
  if (CP_IS_SELECTION (record))
    {
      *title = is_new ? _("Select for the Need") : _("Edit Selection");
      return cp_selection_form_new (self->form, self->context);
    }
  if (CP_IS_TRANSACTION (record))
    {
      *title = is_new ? _("New Ledger Entry") : _("Edit Ledger Entry");
      return cp_transaction_form_new (self->form, self->context);
    }
  if (CP_IS_BUDGET_YEAR (record))
    {
      *title = is_new ? _("New Budget Year") : _("Edit Budget Year");
      return cp_budget_year_form_new (self->form, self->context);
    }
  if (CP_IS_BUDGET_LINE (record))
    {
      *title = is_new ? _("New Budget Line") : _("Edit Budget Line");
      return cp_budget_line_form_new (self->form, self->context);
    }
  if (CP_IS_FUNDER (record))
    {
      *title = is_new ? _("New Funder") : _("Edit Funder");
      return cp_funder_form_new (self->form, self->context);
    }
  if (CP_IS_FUNDING_PROGRAMME (record))
    {
      *title = is_new ? _("New Funding Programme") : _("Edit Funding Programme");
      return cp_funding_programme_form_new (self->form, self->context);
    }
  if (CP_IS_GRANT_APPLICATION (record))
    {
      *title = is_new ? _("New Grant Application") : _("Edit Grant Application");
      return cp_grant_application_form_new (self->form, self->context);
    }
  if (CP_IS_REPORTING_OBLIGATION (record))
    {
      *title = is_new ? _("New Reporting Obligation") : _("Edit Reporting Obligation");
      return cp_reporting_obligation_form_new (self->form, self->context);
    }
  if (CP_IS_POLITICAL_TERM (record))
    {
      *title = is_new ? _("New Political Term") : _("Edit Political Term");
      return cp_political_term_form_new (self->form, self->context);
    }
  if (CP_IS_MANDATE_DOCUMENT (record))
    {
      *title = is_new ? _("New Policy Document") : _("Edit Policy Document");
      return cp_mandate_document_form_new (self->form, self->context);
    }
  if (CP_IS_SUPPORT_ACTION (record))
    {
      *title = is_new ? _("New Act of Support") : _("Edit Act of Support");
      return cp_support_action_form_new (self->form, self->context);
    }
  if (CP_IS_IC_STRUCTURE (record))
    {
      *title = is_new ? _("New Management Structure") : _("Edit Management Structure");
      return cp_ic_structure_form_new (self->form, self->context);
    }
  if (CP_IS_PLAN_LINE (record))
    {
      *title = is_new ? _("New Strategic Line") : _("Edit Strategic Line");
      return cp_plan_line_form_new (self->form, self->context);
    }
  if (CP_IS_PROJECT (record))
    {
      *title = is_new ? _("New Project") : _("Edit Project");
      return cp_project_form_new (self->form, self->context);
    }
  if (CP_IS_CONDITION_ASSESSMENT (record))
    {
      *title = is_new ? _("New Assessment") : _("Edit Assessment");
      return cp_condition_assessment_form_new (self->form, self->context);
    }
  g_return_val_if_reached (NULL);
}

CpEditorDialog *
cp_editor_dialog_new (GtkWidget *parent,
                      CpContext *context,
                      CpRecord  *record)
{
  CpEditorDialog *self;
  g_autoptr(CpRecord) copy = NULL;
  GtkRoot *root = parent ? gtk_widget_get_root (parent) : NULL;
  const char *title = NULL;

  g_return_val_if_fail (CP_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (CP_IS_RECORD (record), NULL);

  self = g_object_new (CP_TYPE_EDITOR_DIALOG,
                       "transient-for", GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                       NULL);
  self->context = g_object_ref (context);
  self->original = g_object_ref (record);
  copy = cp_record_copy (record);
  self->form = cp_form_new (copy);

  adw_bin_set_child (self->page_bin, create_page (self, &title));
  adw_window_title_set_title (self->window_title, title);
  gtk_window_set_title (GTK_WINDOW (self), title);
  return self;
}

GtkWidget *
cp_editor_dialog_get_page (CpEditorDialog *self)
{
  g_return_val_if_fail (CP_IS_EDITOR_DIALOG (self), NULL);

  return adw_bin_get_child (self->page_bin);
}
