/* cp-agreement-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cp-agreement-form.h"
#include "cp-notes-group.h"

struct _CpAgreementForm
{
  AdwPreferencesPage parent_instance;

  AdwComboRow  *kind_row;
  AdwEntryRow  *title_row;
  AdwEntryRow  *signed_on_row;
  AdwEntryRow  *valid_until_row;
  AdwEntryRow  *file_row;
  CpNotesGroup *notes_group;

  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (CpAgreementForm, cp_agreement_form, ADW_TYPE_PREFERENCES_PAGE)

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     CpAgreementForm *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *uri = g_file_get_uri (file);

      gtk_editable_set_text (GTK_EDITABLE (self->file_row), uri);
    }
  g_clear_object (&self->chooser);
}

static void
on_choose_file_clicked (CpAgreementForm *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  self->chooser = gtk_file_chooser_native_new (_("Choose the Agreement’s File"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Choose"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
cp_agreement_form_dispose (GObject *object)
{
  CpAgreementForm *self = CP_AGREEMENT_FORM (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  G_OBJECT_CLASS (cp_agreement_form_parent_class)->dispose (object);
}

static void
cp_agreement_form_class_init (CpAgreementFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cp_agreement_form_dispose;

  g_type_ensure (CP_TYPE_NOTES_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-agreement-form.ui");
  gtk_widget_class_bind_template_child (widget_class, CpAgreementForm, kind_row);
  gtk_widget_class_bind_template_child (widget_class, CpAgreementForm, title_row);
  gtk_widget_class_bind_template_child (widget_class, CpAgreementForm, signed_on_row);
  gtk_widget_class_bind_template_child (widget_class, CpAgreementForm, valid_until_row);
  gtk_widget_class_bind_template_child (widget_class, CpAgreementForm, file_row);
  gtk_widget_class_bind_template_child (widget_class, CpAgreementForm, notes_group);
  gtk_widget_class_bind_template_callback (widget_class, on_choose_file_clicked);
}

static void
cp_agreement_form_init (CpAgreementForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cp_agreement_form_new (CpForm    *form,
                       CpContext *context)
{
  CpAgreementForm *self = g_object_new (CP_TYPE_AGREEMENT_FORM, NULL);

  cp_form_bind_enum (form, self->kind_row, "kind");
  cp_form_bind_text (form, self->title_row, "title");
  cp_form_bind_text (form, self->signed_on_row, "signed-on");
  cp_form_bind_text (form, self->valid_until_row, "valid-until");
  cp_form_bind_text (form, self->file_row, "file-uri");
  cp_form_bind_text_view (form, cp_notes_group_get_view (self->notes_group), "note");
  return GTK_WIDGET (self);
}
