/* cp-mandate-document-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/cp-mandate-document.h"
#include "cp-mandate-document-form.h"
#include "cp-notes-group.h"

struct _CpMandateDocumentForm
{
  AdwPreferencesPage parent_instance;

  AdwComboRow         *municipality_row;
  GListModel          *municipalities;
  AdwComboRow         *kind_row;
  AdwEntryRow         *title_row;
  AdwEntryRow         *adopted_on_row;
  AdwEntryRow         *ends_on_row;
  AdwEntryRow         *evaluated_on_row;
  AdwComboRow         *stance_row;
  GtkSwitch           *names_partnership_switch;
  AdwComboRow         *partnership_row;
  GListModel          *partnerships;
  GtkTextView         *ic_paragraph_view;
  AdwPreferencesGroup *party_group;
  AdwEntryRow         *party_row;
  GtkSwitch           *dominant_party_switch;
  CpNotesGroup        *notes_group;
  CpRecord            *record;
};

G_DEFINE_FINAL_TYPE (CpMandateDocumentForm, cp_mandate_document_form, ADW_TYPE_PREFERENCES_PAGE)

/* Only a party's programme has a party; a partnership is chosen once the document
 * names one. */
static void
on_record_changed (CpMandateDocumentForm *self)
{
  CpMandateDocument *document = CP_MANDATE_DOCUMENT (self->record);

  gtk_widget_set_visible (GTK_WIDGET (self->party_group),
                          cp_mandate_document_get_kind (document) == CP_MANDATE_KIND_PARTY_PROGRAMME);
  gtk_widget_set_sensitive (GTK_WIDGET (self->partnership_row),
                            cp_mandate_document_get_names_partnership (document));
}

static void
cp_mandate_document_form_dispose (GObject *object)
{
  CpMandateDocumentForm *self = CP_MANDATE_DOCUMENT_FORM (object);

  if (self->record != NULL)
    g_signal_handlers_disconnect_by_data (self->record, self);
  g_clear_object (&self->record);
  g_clear_object (&self->municipalities);
  g_clear_object (&self->partnerships);

  G_OBJECT_CLASS (cp_mandate_document_form_parent_class)->dispose (object);
}

static void
cp_mandate_document_form_class_init (CpMandateDocumentFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cp_mandate_document_form_dispose;

  g_type_ensure (CP_TYPE_NOTES_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-mandate-document-form.ui");
  gtk_widget_class_bind_template_child (widget_class, CpMandateDocumentForm, municipality_row);
  gtk_widget_class_bind_template_child (widget_class, CpMandateDocumentForm, kind_row);
  gtk_widget_class_bind_template_child (widget_class, CpMandateDocumentForm, title_row);
  gtk_widget_class_bind_template_child (widget_class, CpMandateDocumentForm, adopted_on_row);
  gtk_widget_class_bind_template_child (widget_class, CpMandateDocumentForm, ends_on_row);
  gtk_widget_class_bind_template_child (widget_class, CpMandateDocumentForm, evaluated_on_row);
  gtk_widget_class_bind_template_child (widget_class, CpMandateDocumentForm, stance_row);
  gtk_widget_class_bind_template_child (widget_class, CpMandateDocumentForm, names_partnership_switch);
  gtk_widget_class_bind_template_child (widget_class, CpMandateDocumentForm, partnership_row);
  gtk_widget_class_bind_template_child (widget_class, CpMandateDocumentForm, ic_paragraph_view);
  gtk_widget_class_bind_template_child (widget_class, CpMandateDocumentForm, party_group);
  gtk_widget_class_bind_template_child (widget_class, CpMandateDocumentForm, party_row);
  gtk_widget_class_bind_template_child (widget_class, CpMandateDocumentForm, dominant_party_switch);
  gtk_widget_class_bind_template_child (widget_class, CpMandateDocumentForm, notes_group);
}

static void
cp_mandate_document_form_init (CpMandateDocumentForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cp_mandate_document_form_new (CpForm    *form,
                              CpContext *context)
{
  CpMandateDocumentForm *self = g_object_new (CP_TYPE_MANDATE_DOCUMENT_FORM, NULL);
  CpStore *store = cp_context_get_store (context);
  CpRecord *record = cp_form_get_record (form);

  self->municipalities = cp_store_list_municipalities (store, NULL);
  self->partnerships = cp_store_list_partnerships (store, NULL);
  cp_form_bind_choice (form, self->municipality_row, "municipality-id", self->municipalities, "name", NULL);
  cp_form_bind_enum (form, self->kind_row, "kind");
  cp_form_bind_text (form, self->title_row, "title");
  cp_form_bind_text (form, self->adopted_on_row, "adopted-on");
  cp_form_bind_text (form, self->ends_on_row, "ends-on");
  cp_form_bind_text (form, self->evaluated_on_row, "evaluated-on");
  cp_form_bind_enum (form, self->stance_row, "stance");
  cp_form_bind_switch (form, self->names_partnership_switch, "names-partnership");
  cp_form_bind_choice (form, self->partnership_row, "partnership-id", self->partnerships, "title", _("None"));
  cp_form_bind_text_view (form, self->ic_paragraph_view, "ic-paragraph");
  cp_form_bind_text (form, self->party_row, "party");
  cp_form_bind_switch (form, self->dominant_party_switch, "dominant-party");
  cp_form_bind_text_view (form, cp_notes_group_get_view (self->notes_group), "note");

  self->record = g_object_ref (record);
  g_signal_connect_swapped (record, "notify::kind", G_CALLBACK (on_record_changed), self);
  g_signal_connect_swapped (record, "notify::names-partnership", G_CALLBACK (on_record_changed), self);
  on_record_changed (self);
  return GTK_WIDGET (self);
}
