/* cp-follow-up-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cp-follow-up-form.h"
#include "cp-notes-group.h"

struct _CpFollowUpForm
{
  AdwPreferencesPage parent_instance;

  AdwEntryRow  *action_row;
  AdwActionRow *owner_row;
  GtkDropDown  *owner_row_dropdown;
  GListModel   *people;
  AdwEntryRow  *due_on_row;
  AdwComboRow  *status_row;
};

G_DEFINE_FINAL_TYPE (CpFollowUpForm, cp_follow_up_form, ADW_TYPE_PREFERENCES_PAGE)

static void
cp_follow_up_form_dispose (GObject *object)
{
  CpFollowUpForm *self = CP_FOLLOW_UP_FORM (object);

  g_clear_object (&self->people);

  G_OBJECT_CLASS (cp_follow_up_form_parent_class)->dispose (object);
}

static void
cp_follow_up_form_class_init (CpFollowUpFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cp_follow_up_form_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-follow-up-form.ui");
  gtk_widget_class_bind_template_child (widget_class, CpFollowUpForm, action_row);
  gtk_widget_class_bind_template_child (widget_class, CpFollowUpForm, owner_row);
  gtk_widget_class_bind_template_child (widget_class, CpFollowUpForm, owner_row_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CpFollowUpForm, due_on_row);
  gtk_widget_class_bind_template_child (widget_class, CpFollowUpForm, status_row);
}

static void
cp_follow_up_form_init (CpFollowUpForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cp_follow_up_form_new (CpForm    *form,
                       CpContext *context)
{
  CpFollowUpForm *self = g_object_new (CP_TYPE_FOLLOW_UP_FORM, NULL);

  cp_form_bind_text (form, self->action_row, "action");
  self->people = cp_store_list_people (cp_context_get_store (context), NULL);
  cp_form_bind_person (form, self->owner_row, self->owner_row_dropdown, "owner-id", self->people);
  cp_form_bind_text (form, self->due_on_row, "due-on");
  cp_form_bind_enum (form, self->status_row, "status");
  return GTK_WIDGET (self);
}
