/* cp-political-term-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/cp-political-term.h"
#include "cp-notes-group.h"
#include "cp-political-term-form.h"

struct _CpPoliticalTermForm
{
  AdwPreferencesPage parent_instance;

  AdwComboRow         *municipality_row;
  GListModel          *municipalities;
  AdwComboRow         *body_row;
  AdwEntryRow         *parties_row;
  AdwEntryRow         *starts_on_row;
  AdwEntryRow         *ends_on_row;
  AdwPreferencesGroup *ic_holder_group;
  AdwComboRow         *ic_holder_row;
  AdwEntryRow         *ic_holder_name_row;
  CpNotesGroup        *notes_group;
  CpRecord            *record;
};

G_DEFINE_FINAL_TYPE (CpPoliticalTermForm, cp_political_term_form, ADW_TYPE_PREFERENCES_PAGE)

/* A council has parties, an executive its coalition; only the executive holds the
 * international cooperation portfolio. */
static void
on_body_changed (CpPoliticalTermForm *self)
{
  CpPoliticalTerm *term = CP_POLITICAL_TERM (self->record);
  gboolean executive = cp_political_term_get_body (term) == CP_TERM_BODY_EXECUTIVE;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->parties_row),
                                 executive ? _("Coalition parties") : _("Parties in the council"));
  gtk_widget_set_visible (GTK_WIDGET (self->ic_holder_group), executive);
  gtk_widget_set_sensitive (GTK_WIDGET (self->ic_holder_name_row),
                            cp_political_term_get_ic_holder (term) != CP_IC_HOLDER_NOBODY);
}

static void
cp_political_term_form_dispose (GObject *object)
{
  CpPoliticalTermForm *self = CP_POLITICAL_TERM_FORM (object);

  if (self->record != NULL)
    g_signal_handlers_disconnect_by_data (self->record, self);
  g_clear_object (&self->record);
  g_clear_object (&self->municipalities);

  G_OBJECT_CLASS (cp_political_term_form_parent_class)->dispose (object);
}

static void
cp_political_term_form_class_init (CpPoliticalTermFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cp_political_term_form_dispose;

  g_type_ensure (CP_TYPE_NOTES_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-political-term-form.ui");
  gtk_widget_class_bind_template_child (widget_class, CpPoliticalTermForm, municipality_row);
  gtk_widget_class_bind_template_child (widget_class, CpPoliticalTermForm, body_row);
  gtk_widget_class_bind_template_child (widget_class, CpPoliticalTermForm, parties_row);
  gtk_widget_class_bind_template_child (widget_class, CpPoliticalTermForm, starts_on_row);
  gtk_widget_class_bind_template_child (widget_class, CpPoliticalTermForm, ends_on_row);
  gtk_widget_class_bind_template_child (widget_class, CpPoliticalTermForm, ic_holder_group);
  gtk_widget_class_bind_template_child (widget_class, CpPoliticalTermForm, ic_holder_row);
  gtk_widget_class_bind_template_child (widget_class, CpPoliticalTermForm, ic_holder_name_row);
  gtk_widget_class_bind_template_child (widget_class, CpPoliticalTermForm, notes_group);
}

static void
cp_political_term_form_init (CpPoliticalTermForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cp_political_term_form_new (CpForm    *form,
                            CpContext *context)
{
  CpPoliticalTermForm *self = g_object_new (CP_TYPE_POLITICAL_TERM_FORM, NULL);
  CpRecord *record = cp_form_get_record (form);

  self->municipalities = cp_store_list_municipalities (cp_context_get_store (context), NULL);
  cp_form_bind_choice (form, self->municipality_row, "municipality-id", self->municipalities, "name", NULL);
  cp_form_bind_enum (form, self->body_row, "body");
  cp_form_bind_text (form, self->parties_row, "parties");
  cp_form_bind_text (form, self->starts_on_row, "starts-on");
  cp_form_bind_text (form, self->ends_on_row, "ends-on");
  cp_form_bind_enum (form, self->ic_holder_row, "ic-holder");
  cp_form_bind_text (form, self->ic_holder_name_row, "ic-holder-name");
  cp_form_bind_text_view (form, cp_notes_group_get_view (self->notes_group), "note");

  self->record = g_object_ref (record);
  g_signal_connect_swapped (record, "notify::body", G_CALLBACK (on_body_changed), self);
  g_signal_connect_swapped (record, "notify::ic-holder", G_CALLBACK (on_body_changed), self);
  on_body_changed (self);
  return GTK_WIDGET (self);
}
