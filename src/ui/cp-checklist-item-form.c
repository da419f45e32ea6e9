/* cp-checklist-item-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cp-checklist-item-form.h"
#include "cp-notes-group.h"

struct _CpChecklistItemForm
{
  AdwPreferencesPage parent_instance;

  AdwComboRow *phase_row;
  AdwEntryRow *text_row;
  GtkSwitch   *done_switch;
};

G_DEFINE_FINAL_TYPE (CpChecklistItemForm, cp_checklist_item_form, ADW_TYPE_PREFERENCES_PAGE)

static void
cp_checklist_item_form_class_init (CpChecklistItemFormClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-checklist-item-form.ui");
  gtk_widget_class_bind_template_child (widget_class, CpChecklistItemForm, phase_row);
  gtk_widget_class_bind_template_child (widget_class, CpChecklistItemForm, text_row);
  gtk_widget_class_bind_template_child (widget_class, CpChecklistItemForm, done_switch);
}

static void
cp_checklist_item_form_init (CpChecklistItemForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cp_checklist_item_form_new (CpForm    *form,
                            CpContext *context)
{
  CpChecklistItemForm *self = g_object_new (CP_TYPE_CHECKLIST_ITEM_FORM, NULL);

  cp_form_bind_enum (form, self->phase_row, "phase");
  cp_form_bind_text (form, self->text_row, "text");
  cp_form_bind_switch (form, self->done_switch, "done");
  return GTK_WIDGET (self);
}
