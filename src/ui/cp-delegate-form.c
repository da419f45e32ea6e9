/* cp-delegate-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cp-delegate-form.h"
#include "cp-notes-group.h"

struct _CpDelegateForm
{
  AdwPreferencesPage parent_instance;

  AdwActionRow *person_row;
  GtkDropDown  *person_row_dropdown;
  GListModel   *people;
  AdwComboRow  *role_row;
  AdwEntryRow  *rationale_row;
};

G_DEFINE_FINAL_TYPE (CpDelegateForm, cp_delegate_form, ADW_TYPE_PREFERENCES_PAGE)

static void
cp_delegate_form_dispose (GObject *object)
{
  CpDelegateForm *self = CP_DELEGATE_FORM (object);

  g_clear_object (&self->people);

  G_OBJECT_CLASS (cp_delegate_form_parent_class)->dispose (object);
}

static void
cp_delegate_form_class_init (CpDelegateFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cp_delegate_form_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-delegate-form.ui");
  gtk_widget_class_bind_template_child (widget_class, CpDelegateForm, person_row);
  gtk_widget_class_bind_template_child (widget_class, CpDelegateForm, person_row_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CpDelegateForm, role_row);
  gtk_widget_class_bind_template_child (widget_class, CpDelegateForm, rationale_row);
}

static void
cp_delegate_form_init (CpDelegateForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cp_delegate_form_new (CpForm    *form,
                      CpContext *context)
{
  CpDelegateForm *self = g_object_new (CP_TYPE_DELEGATE_FORM, NULL);

  self->people = cp_store_list_people (cp_context_get_store (context), NULL);
  cp_form_bind_person (form, self->person_row, self->person_row_dropdown, "person-id", self->people);
  cp_form_bind_enum (form, self->role_row, "role");
  cp_form_bind_text (form, self->rationale_row, "rationale");
  return GTK_WIDGET (self);
}
