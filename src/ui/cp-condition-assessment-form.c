/* cp-condition-assessment-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/cp-condition-assessment.h"
#include "cp-condition-assessment-form.h"

struct _CpConditionAssessmentForm
{
  AdwPreferencesPage parent_instance;

  AdwComboRow *municipality_row;
  GListModel  *municipalities;
  AdwComboRow *partnership_row;
  GListModel  *partnerships;
  AdwEntryRow *year_row;
  AdwComboRow *condition_row;
  AdwComboRow *level_row;
  GtkTextView *rationale_view;
  AdwEntryRow *assessed_on_row;
  AdwEntryRow *assessor_row;
};

G_DEFINE_FINAL_TYPE (CpConditionAssessmentForm, cp_condition_assessment_form, ADW_TYPE_PREFERENCES_PAGE)

static void
cp_condition_assessment_form_dispose (GObject *object)
{
  CpConditionAssessmentForm *self = CP_CONDITION_ASSESSMENT_FORM (object);

  g_clear_object (&self->municipalities);
  g_clear_object (&self->partnerships);

  G_OBJECT_CLASS (cp_condition_assessment_form_parent_class)->dispose (object);
}

static void
cp_condition_assessment_form_class_init (CpConditionAssessmentFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cp_condition_assessment_form_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-condition-assessment-form.ui");
  gtk_widget_class_bind_template_child (widget_class, CpConditionAssessmentForm, municipality_row);
  gtk_widget_class_bind_template_child (widget_class, CpConditionAssessmentForm, partnership_row);
  gtk_widget_class_bind_template_child (widget_class, CpConditionAssessmentForm, year_row);
  gtk_widget_class_bind_template_child (widget_class, CpConditionAssessmentForm, condition_row);
  gtk_widget_class_bind_template_child (widget_class, CpConditionAssessmentForm, level_row);
  gtk_widget_class_bind_template_child (widget_class, CpConditionAssessmentForm, rationale_view);
  gtk_widget_class_bind_template_child (widget_class, CpConditionAssessmentForm, assessed_on_row);
  gtk_widget_class_bind_template_child (widget_class, CpConditionAssessmentForm, assessor_row);
}

static void
cp_condition_assessment_form_init (CpConditionAssessmentForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cp_condition_assessment_form_new (CpForm    *form,
                                  CpContext *context)
{
  CpConditionAssessmentForm *self = g_object_new (CP_TYPE_CONDITION_ASSESSMENT_FORM, NULL);
  CpStore *store = cp_context_get_store (context);
  CpRecord *record = cp_form_get_record (form);

  /* A new assessment is made today, of this year unless the caller chose one. */
  if (cp_record_get_id (record) == 0)
    {
      g_autofree char *today = cp_context_dup_today (context);

      if (cp_condition_assessment_get_year (CP_CONDITION_ASSESSMENT (record)) == 0)
        g_object_set (record, "year", (int) g_ascii_strtoll (today, NULL, 10), NULL);
      if (*cp_condition_assessment_get_assessed_on (CP_CONDITION_ASSESSMENT (record)) == '\0')
        g_object_set (record, "assessed-on", today, NULL);
    }

  self->municipalities = cp_store_list_municipalities (store, NULL);
  self->partnerships = cp_store_list_partnerships (store, NULL);
  cp_form_bind_choice (form, self->municipality_row, "municipality-id", self->municipalities, "name", NULL);
  cp_form_bind_choice (form, self->partnership_row, "partnership-id", self->partnerships, "title",
                       _("All partnerships"));
  cp_form_bind_number (form, self->year_row, "year");
  cp_form_bind_enum (form, self->condition_row, "condition");
  cp_form_bind_enum (form, self->level_row, "level");
  cp_form_bind_text_view (form, self->rationale_view, "rationale");
  cp_form_bind_text (form, self->assessed_on_row, "assessed-on");
  cp_form_bind_text (form, self->assessor_row, "assessor");
  return GTK_WIDGET (self);
}
