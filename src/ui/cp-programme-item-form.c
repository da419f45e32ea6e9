/* cp-programme-item-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/cp-partial-date.h"

#include "cp-notes-group.h"
#include "cp-programme-item-form.h"

struct _CpProgrammeItemForm
{
  AdwPreferencesPage parent_instance;

  AdwEntryRow *date_row;
  AdwEntryRow *starts_at_row;
  AdwEntryRow *ends_at_row;
  AdwEntryRow *activity_row;
  AdwEntryRow *place_row;
  AdwEntryRow *contact_row;
  AdwEntryRow *language_row;
};

G_DEFINE_FINAL_TYPE (CpProgrammeItemForm, cp_programme_item_form, ADW_TYPE_PREFERENCES_PAGE)

/* An item belongs within its visit's days: said where the day is typed. */
static gboolean
check_within_visit (CpRecord  *record,
                    gpointer   user_data,
                    GError   **error)
{
  CpVisit *visit = user_data;
  const char *date = cp_programme_item_get_date (CP_PROGRAMME_ITEM (record));

  if (g_strcmp0 (date, cp_visit_get_starts_on (visit)) < 0 || g_strcmp0 (date, cp_visit_get_ends_on (visit)) > 0)
    {
      g_autofree char *period = cp_partial_date_format_period (cp_visit_get_starts_on (visit),
                                                               cp_visit_get_ends_on (visit));
      /* Translators: %s is the visit's period, e.g. “3 March 2008 – 14 March 2008” */
      g_set_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_ORDER,
                   _("The visit runs %s: choose a day within it."), period);
      return FALSE;
    }
  return TRUE;
}

static void
cp_programme_item_form_class_init (CpProgrammeItemFormClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-programme-item-form.ui");
  gtk_widget_class_bind_template_child (widget_class, CpProgrammeItemForm, date_row);
  gtk_widget_class_bind_template_child (widget_class, CpProgrammeItemForm, starts_at_row);
  gtk_widget_class_bind_template_child (widget_class, CpProgrammeItemForm, ends_at_row);
  gtk_widget_class_bind_template_child (widget_class, CpProgrammeItemForm, activity_row);
  gtk_widget_class_bind_template_child (widget_class, CpProgrammeItemForm, place_row);
  gtk_widget_class_bind_template_child (widget_class, CpProgrammeItemForm, contact_row);
  gtk_widget_class_bind_template_child (widget_class, CpProgrammeItemForm, language_row);
}

static void
cp_programme_item_form_init (CpProgrammeItemForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cp_programme_item_form_new (CpForm    *form,
                            CpContext *context)
{
  CpProgrammeItemForm *self = g_object_new (CP_TYPE_PROGRAMME_ITEM_FORM, NULL);

  cp_form_bind_text (form, self->date_row, "date");
  {
    gint64 visit_id = cp_programme_item_get_visit_id (CP_PROGRAMME_ITEM (cp_form_get_record (form)));
    CpVisit *visit = cp_store_get_visit (cp_context_get_store (context), visit_id, NULL);

    if (visit != NULL)
      cp_form_add_check (form, "date", check_within_visit, visit, g_object_unref);
  }
  cp_form_bind_text (form, self->starts_at_row, "starts-at");
  cp_form_bind_text (form, self->ends_at_row, "ends-at");
  cp_form_bind_text (form, self->activity_row, "activity");
  cp_form_bind_text (form, self->place_row, "place");
  cp_form_bind_text (form, self->contact_row, "contact");
  cp_form_bind_text (form, self->language_row, "language");
  return GTK_WIDGET (self);
}
