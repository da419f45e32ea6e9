/* cp-reporting-obligation-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cp-notes-group.h"
#include "cp-reporting-obligation-form.h"

struct _CpReportingObligationForm
{
  AdwPreferencesPage parent_instance;

  AdwEntryRow  *description_row;
  AdwEntryRow  *recipient_row;
  AdwEntryRow  *due_on_row;
  GtkSwitch    *met_switch;
  AdwEntryRow  *met_on_row;
  CpNotesGroup *notes_group;
  CpContext    *context;
};

G_DEFINE_FINAL_TYPE (CpReportingObligationForm, cp_reporting_obligation_form, ADW_TYPE_PREFERENCES_PAGE)

/* A report marked as delivered was most likely delivered today. */
static void
on_met_switch_active (GtkSwitch                 *met_switch,
                      GParamSpec                *pspec,
                      CpReportingObligationForm *self)
{
  if (gtk_switch_get_active (met_switch) &&
      *gtk_editable_get_text (GTK_EDITABLE (self->met_on_row)) == '\0')
    {
      g_autofree char *today = cp_context_dup_today (self->context);

      gtk_editable_set_text (GTK_EDITABLE (self->met_on_row), today);
    }
}

static void
cp_reporting_obligation_form_dispose (GObject *object)
{
  CpReportingObligationForm *self = CP_REPORTING_OBLIGATION_FORM (object);

  g_clear_object (&self->context);

  G_OBJECT_CLASS (cp_reporting_obligation_form_parent_class)->dispose (object);
}

static void
cp_reporting_obligation_form_class_init (CpReportingObligationFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cp_reporting_obligation_form_dispose;

  g_type_ensure (CP_TYPE_NOTES_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-reporting-obligation-form.ui");
  gtk_widget_class_bind_template_child (widget_class, CpReportingObligationForm, description_row);
  gtk_widget_class_bind_template_child (widget_class, CpReportingObligationForm, recipient_row);
  gtk_widget_class_bind_template_child (widget_class, CpReportingObligationForm, due_on_row);
  gtk_widget_class_bind_template_child (widget_class, CpReportingObligationForm, met_switch);
  gtk_widget_class_bind_template_child (widget_class, CpReportingObligationForm, met_on_row);
  gtk_widget_class_bind_template_child (widget_class, CpReportingObligationForm, notes_group);
}

static void
cp_reporting_obligation_form_init (CpReportingObligationForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cp_reporting_obligation_form_new (CpForm    *form,
                                  CpContext *context)
{
  CpReportingObligationForm *self = g_object_new (CP_TYPE_REPORTING_OBLIGATION_FORM, NULL);

  cp_form_bind_text (form, self->description_row, "description");
  cp_form_bind_text (form, self->recipient_row, "recipient");
  cp_form_bind_text (form, self->due_on_row, "due-on");
  cp_form_bind_switch (form, self->met_switch, "met");
  cp_form_bind_text (form, self->met_on_row, "met-on");
  cp_form_bind_text_view (form, cp_notes_group_get_view (self->notes_group), "note");
  self->context = g_object_ref (context);
  g_signal_connect (self->met_switch, "notify::active", G_CALLBACK (on_met_switch_active), self);
  return GTK_WIDGET (self);
}
