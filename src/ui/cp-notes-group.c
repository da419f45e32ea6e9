/* cp-notes-group.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cp-notes-group.h"

struct _CpNotesGroup
{
  AdwPreferencesGroup parent_instance;

  GtkTextView *view;
};

G_DEFINE_FINAL_TYPE (CpNotesGroup, cp_notes_group, ADW_TYPE_PREFERENCES_GROUP)

static void
cp_notes_group_class_init (CpNotesGroupClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-notes-group.ui");
  gtk_widget_class_bind_template_child (widget_class, CpNotesGroup, view);
}

static void
cp_notes_group_init (CpNotesGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkTextView *
cp_notes_group_get_view (CpNotesGroup *self)
{
  g_return_val_if_fail (CP_IS_NOTES_GROUP (self), NULL);

  return self->view;
}
