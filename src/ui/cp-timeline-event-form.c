/* cp-timeline-event-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cp-notes-group.h"
#include "cp-timeline-event-form.h"

struct _CpTimelineEventForm
{
  AdwPreferencesPage parent_instance;

  AdwEntryRow *date_row;
  AdwEntryRow *title_row;
  CpNotesGroup *notes_group;
};

G_DEFINE_FINAL_TYPE (CpTimelineEventForm, cp_timeline_event_form, ADW_TYPE_PREFERENCES_PAGE)

static void
cp_timeline_event_form_class_init (CpTimelineEventFormClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (CP_TYPE_NOTES_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-timeline-event-form.ui");
  gtk_widget_class_bind_template_child (widget_class, CpTimelineEventForm, date_row);
  gtk_widget_class_bind_template_child (widget_class, CpTimelineEventForm, title_row);
  gtk_widget_class_bind_template_child (widget_class, CpTimelineEventForm, notes_group);
}

static void
cp_timeline_event_form_init (CpTimelineEventForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cp_timeline_event_form_new (CpForm    *form,
                            CpContext *context)
{
  CpTimelineEventForm *self = g_object_new (CP_TYPE_TIMELINE_EVENT_FORM, NULL);

  cp_form_bind_text (form, self->date_row, "date");
  cp_form_bind_text (form, self->title_row, "title");
  cp_form_bind_text_view (form, cp_notes_group_get_view (self->notes_group), "note");
  return GTK_WIDGET (self);
}
