/* cp-project-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/cp-project.h"
#include "cp-notes-group.h"
#include "cp-project-form.h"

struct _CpProjectForm
{
  AdwPreferencesPage parent_instance;

  AdwComboRow  *partnership_row;
  GListModel   *partnerships;
  AdwEntryRow  *title_row;
  AdwEntryRow  *theme_row;
  AdwEntryRow  *starts_on_row;
  AdwEntryRow  *ends_on_row;
  AdwComboRow  *plan_line_row;
  GListModel   *plan_lines;
  GHashTable   *plan_names;     /* structure id → what its plan is called here */
  AdwComboRow  *initiator_row;
  AdwComboRow  *status_row;
  AdwComboRow  *sector_row;
  AdwEntryRow  *sdg_goals_row;
  AdwEntryRow  *report_due_on_row;
  GtkSwitch    *report_delivered_switch;
  CpNotesGroup *notes_group;
};

G_DEFINE_FINAL_TYPE (CpProjectForm, cp_project_form, ADW_TYPE_PREFERENCES_PAGE)

/* “PEDM: Urban expansion”. */
static char *
dup_plan_line_label (CpRecord *record,
                     gpointer  plan_names)
{
  CpPlanLine *line = CP_PLAN_LINE (record);
  gint64 structure_id = cp_plan_line_get_structure_id (line);

  /* Translators: a development plan and one of its strategic lines, “PEDM: Urban expansion” */
  return g_strdup_printf (_("%s: %s"), (const char *) g_hash_table_lookup (plan_names, &structure_id),
                          cp_plan_line_get_title (line));
}

/* What a structure's plan is called: its name, or its municipality's when it has
 * none; with the year when the same name stands for the plan of several years. */
static char *
dup_plan_name (CpStore       *store,
               CpIcStructure *structure)
{
  const char *plan = cp_ic_structure_get_plan_name (structure);
  g_autoptr(CpMunicipality) municipality = NULL;

  if (*plan != '\0')
    return g_strdup (plan);
  municipality = cp_store_get_municipality (store, cp_ic_structure_get_municipality_id (structure), NULL);
  return g_strdup (municipality != NULL ? cp_municipality_get_name (municipality) : "");
}

/* The strategic lines of every partner's plan, and what each plan is called. */
static void
list_plan_lines (CpProjectForm *self,
                 CpStore       *store)
{
  g_autoptr(GListModel) structures = cp_store_list_ic_structures (store, 0, NULL);
  g_autoptr(GHashTable) uses = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GListStore *lines = g_list_store_new (CP_TYPE_PLAN_LINE);
  guint n = structures != NULL ? g_list_model_get_n_items (structures) : 0;

  self->plan_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CpIcStructure) structure = g_list_model_get_item (structures, i);
      char *name = dup_plan_name (store, structure);

      g_ptr_array_add (names, name);
      g_hash_table_insert (uses, name, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (uses, name)) + 1));
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CpIcStructure) structure = g_list_model_get_item (structures, i);
      g_autoptr(GListModel) plan_lines = cp_store_list_plan_lines (store, cp_record_get_id (CP_RECORD (structure)), NULL);
      const char *name = g_ptr_array_index (names, i);
      gint64 *id = g_new (gint64, 1);

      *id = cp_record_get_id (CP_RECORD (structure));
      if (GPOINTER_TO_UINT (g_hash_table_lookup (uses, name)) > 1)
        /* Translators: a development plan and the year of the profile it belongs to, “PEDM (2007)” */
        g_hash_table_insert (self->plan_names, id, g_strdup_printf (_("%s (%d)"), name, cp_ic_structure_get_year (structure)));
      else
        g_hash_table_insert (self->plan_names, id, g_strdup (name));
      for (guint j = 0; plan_lines != NULL && j < g_list_model_get_n_items (plan_lines); j++)
        {
          g_autoptr(CpPlanLine) line = g_list_model_get_item (plan_lines, j);

          g_list_store_append (lines, line);
        }
    }
  self->plan_lines = G_LIST_MODEL (lines);
}

static void
cp_project_form_dispose (GObject *object)
{
  CpProjectForm *self = CP_PROJECT_FORM (object);

  g_clear_object (&self->partnerships);
  g_clear_object (&self->plan_lines);
  g_clear_pointer (&self->plan_names, g_hash_table_unref);

  G_OBJECT_CLASS (cp_project_form_parent_class)->dispose (object);
}

static void
cp_project_form_class_init (CpProjectFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cp_project_form_dispose;

  g_type_ensure (CP_TYPE_NOTES_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-project-form.ui");
  gtk_widget_class_bind_template_child (widget_class, CpProjectForm, partnership_row);
  gtk_widget_class_bind_template_child (widget_class, CpProjectForm, title_row);
  gtk_widget_class_bind_template_child (widget_class, CpProjectForm, theme_row);
  gtk_widget_class_bind_template_child (widget_class, CpProjectForm, starts_on_row);
  gtk_widget_class_bind_template_child (widget_class, CpProjectForm, ends_on_row);
  gtk_widget_class_bind_template_child (widget_class, CpProjectForm, plan_line_row);
  gtk_widget_class_bind_template_child (widget_class, CpProjectForm, initiator_row);
  gtk_widget_class_bind_template_child (widget_class, CpProjectForm, status_row);
  gtk_widget_class_bind_template_child (widget_class, CpProjectForm, sector_row);
  gtk_widget_class_bind_template_child (widget_class, CpProjectForm, sdg_goals_row);
  gtk_widget_class_bind_template_child (widget_class, CpProjectForm, report_due_on_row);
  gtk_widget_class_bind_template_child (widget_class, CpProjectForm, report_delivered_switch);
  gtk_widget_class_bind_template_child (widget_class, CpProjectForm, notes_group);
}

static void
cp_project_form_init (CpProjectForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cp_project_form_new (CpForm    *form,
                     CpContext *context)
{
  CpProjectForm *self = g_object_new (CP_TYPE_PROJECT_FORM, NULL);
  CpStore *store = cp_context_get_store (context);

  self->partnerships = cp_store_list_partnerships (store, NULL);
  list_plan_lines (self, store);
  cp_form_bind_choice (form, self->partnership_row, "partnership-id", self->partnerships, "title", NULL);
  cp_form_bind_text (form, self->title_row, "title");
  cp_form_bind_text (form, self->theme_row, "theme");
  cp_form_bind_text (form, self->starts_on_row, "starts-on");
  cp_form_bind_text (form, self->ends_on_row, "ends-on");
  cp_form_bind_choice_full (form, self->plan_line_row, "plan-line-id", self->plan_lines,
                            dup_plan_line_label, self->plan_names, _("None (an island)"));
  cp_form_bind_enum (form, self->initiator_row, "initiator");
  cp_form_bind_enum (form, self->status_row, "status");
  cp_form_bind_dac_sector (form, self->sector_row, "dac-sector");
  cp_form_bind_sdg_goals (form, self->sdg_goals_row, "sdg-goals");
  cp_form_bind_text (form, self->report_due_on_row, "report-due-on");
  cp_form_bind_switch (form, self->report_delivered_switch, "report-delivered");
  cp_form_bind_text_view (form, cp_notes_group_get_view (self->notes_group), "note");
  return GTK_WIDGET (self);
}
