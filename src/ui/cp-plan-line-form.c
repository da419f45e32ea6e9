/* cp-plan-line-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/cp-plan-line.h"
#include "cp-plan-line-form.h"

struct _CpPlanLineForm
{
  AdwPreferencesPage parent_instance;

  AdwComboRow *structure_row;
  GListModel  *structures;
  AdwEntryRow *position_row;
  AdwEntryRow *title_row;
};

G_DEFINE_FINAL_TYPE (CpPlanLineForm, cp_plan_line_form, ADW_TYPE_PREFERENCES_PAGE)

/* “León 2007: PEDM”: a plan belongs to a municipality's structure of one year. */
static char *
dup_structure_label (CpRecord *record,
                     gpointer  store)
{
  CpIcStructure *structure = CP_IC_STRUCTURE (record);
  g_autoptr(CpMunicipality) municipality = cp_store_get_municipality (store, cp_ic_structure_get_municipality_id (structure), NULL);
  const char *name = municipality != NULL ? cp_municipality_get_name (municipality) : "";
  const char *plan = cp_ic_structure_get_plan_name (structure);

  if (*plan == '\0')
    /* Translators: a municipality and the year of its international cooperation profile, “León 2007” */
    return g_strdup_printf (_("%s %d"), name, cp_ic_structure_get_year (structure));
  /* Translators: a municipality, a year and the name of its development plan, “León 2007: PEDM” */
  return g_strdup_printf (_("%s %d: %s"), name, cp_ic_structure_get_year (structure), plan);
}

static void
cp_plan_line_form_dispose (GObject *object)
{
  CpPlanLineForm *self = CP_PLAN_LINE_FORM (object);

  g_clear_object (&self->structures);

  G_OBJECT_CLASS (cp_plan_line_form_parent_class)->dispose (object);
}

static void
cp_plan_line_form_class_init (CpPlanLineFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cp_plan_line_form_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-plan-line-form.ui");
  gtk_widget_class_bind_template_child (widget_class, CpPlanLineForm, structure_row);
  gtk_widget_class_bind_template_child (widget_class, CpPlanLineForm, position_row);
  gtk_widget_class_bind_template_child (widget_class, CpPlanLineForm, title_row);
}

static void
cp_plan_line_form_init (CpPlanLineForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cp_plan_line_form_new (CpForm    *form,
                       CpContext *context)
{
  CpPlanLineForm *self = g_object_new (CP_TYPE_PLAN_LINE_FORM, NULL);
  CpStore *store = cp_context_get_store (context);
  CpRecord *record = cp_form_get_record (form);
  CpPlanLine *line = CP_PLAN_LINE (record);

  /* A new line comes after the plan's last one. */
  if (cp_record_get_id (record) == 0 && cp_plan_line_get_position (line) == 0 &&
      cp_plan_line_get_structure_id (line) != 0)
    {
      g_autoptr(GListModel) lines = cp_store_list_plan_lines (store, cp_plan_line_get_structure_id (line), NULL);

      if (lines != NULL)
        g_object_set (record, "position", (int) g_list_model_get_n_items (lines) + 1, NULL);
    }

  self->structures = cp_store_list_ic_structures (store, 0, NULL);
  cp_form_bind_choice_full (form, self->structure_row, "structure-id", self->structures, dup_structure_label, store, NULL);
  cp_form_bind_number (form, self->position_row, "position");
  cp_form_bind_text (form, self->title_row, "title");
  return GTK_WIDGET (self);
}
