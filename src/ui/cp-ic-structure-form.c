/* cp-ic-structure-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "core/cp-ic-structure.h"
#include "cp-ic-structure-form.h"
#include "cp-notes-group.h"

struct _CpIcStructureForm
{
  AdwPreferencesPage parent_instance;

  AdwComboRow  *municipality_row;
  GListModel   *municipalities;
  AdwEntryRow  *year_row;
  AdwComboRow  *unit_type_row;
  AdwEntryRow  *unit_name_row;
  AdwEntryRow  *unit_since_row;
  AdwEntryRow  *staff_row;
  AdwEntryRow  *hours_per_week_row;
  AdwComboRow  *eu_only_row;
  AdwComboRow  *ic_policy_row;
  AdwEntryRow  *framework_row;
  AdwEntryRow  *plan_name_row;
  AdwComboRow  *plan_authority_row;
  AdwComboRow  *plan_presented_row;
  AdwEntryRow  *sister_cities_row;
  AdwEntryRow  *meetings_held_row;
  AdwEntryRow  *meetings_cancelled_row;
  AdwComboRow  *political_representative_row;
  AdwComboRow  *all_parties_support_row;
  AdwComboRow  *crisis_row;
  AdwComboRow  *archive_exists_row;
  AdwEntryRow  *liaison_turnover_row;
  AdwComboRow  *ccse_present_row;
  AdwComboRow  *admin_ccse_link_row;
  CpNotesGroup *notes_group;
};

G_DEFINE_FINAL_TYPE (CpIcStructureForm, cp_ic_structure_form, ADW_TYPE_PREFERENCES_PAGE)

static void
cp_ic_structure_form_dispose (GObject *object)
{
  CpIcStructureForm *self = CP_IC_STRUCTURE_FORM (object);

  g_clear_object (&self->municipalities);

  G_OBJECT_CLASS (cp_ic_structure_form_parent_class)->dispose (object);
}

static void
cp_ic_structure_form_class_init (CpIcStructureFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cp_ic_structure_form_dispose;

  g_type_ensure (CP_TYPE_NOTES_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-ic-structure-form.ui");
  gtk_widget_class_bind_template_child (widget_class, CpIcStructureForm, municipality_row);
  gtk_widget_class_bind_template_child (widget_class, CpIcStructureForm, year_row);
  gtk_widget_class_bind_template_child (widget_class, CpIcStructureForm, unit_type_row);
  gtk_widget_class_bind_template_child (widget_class, CpIcStructureForm, unit_name_row);
  gtk_widget_class_bind_template_child (widget_class, CpIcStructureForm, unit_since_row);
  gtk_widget_class_bind_template_child (widget_class, CpIcStructureForm, staff_row);
  gtk_widget_class_bind_template_child (widget_class, CpIcStructureForm, hours_per_week_row);
  gtk_widget_class_bind_template_child (widget_class, CpIcStructureForm, eu_only_row);
  gtk_widget_class_bind_template_child (widget_class, CpIcStructureForm, ic_policy_row);
  gtk_widget_class_bind_template_child (widget_class, CpIcStructureForm, framework_row);
  gtk_widget_class_bind_template_child (widget_class, CpIcStructureForm, plan_name_row);
  gtk_widget_class_bind_template_child (widget_class, CpIcStructureForm, plan_authority_row);
  gtk_widget_class_bind_template_child (widget_class, CpIcStructureForm, plan_presented_row);
  gtk_widget_class_bind_template_child (widget_class, CpIcStructureForm, sister_cities_row);
  gtk_widget_class_bind_template_child (widget_class, CpIcStructureForm, meetings_held_row);
  gtk_widget_class_bind_template_child (widget_class, CpIcStructureForm, meetings_cancelled_row);
  gtk_widget_class_bind_template_child (widget_class, CpIcStructureForm, political_representative_row);
  gtk_widget_class_bind_template_child (widget_class, CpIcStructureForm, all_parties_support_row);
  gtk_widget_class_bind_template_child (widget_class, CpIcStructureForm, crisis_row);
  gtk_widget_class_bind_template_child (widget_class, CpIcStructureForm, archive_exists_row);
  gtk_widget_class_bind_template_child (widget_class, CpIcStructureForm, liaison_turnover_row);
  gtk_widget_class_bind_template_child (widget_class, CpIcStructureForm, ccse_present_row);
  gtk_widget_class_bind_template_child (widget_class, CpIcStructureForm, admin_ccse_link_row);
  gtk_widget_class_bind_template_child (widget_class, CpIcStructureForm, notes_group);
}

static void
cp_ic_structure_form_init (CpIcStructureForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cp_ic_structure_form_new (CpForm    *form,
                          CpContext *context)
{
  CpIcStructureForm *self = g_object_new (CP_TYPE_IC_STRUCTURE_FORM, NULL);
  CpRecord *record = cp_form_get_record (form);

  /* A new profile is of this year, unless the caller chose one. */
  if (cp_ic_structure_get_year (CP_IC_STRUCTURE (record)) == 0)
    {
      g_autofree char *today = cp_context_dup_today (context);

      g_object_set (record, "year", (int) g_ascii_strtoll (today, NULL, 10), NULL);
    }

  self->municipalities = cp_store_list_municipalities (cp_context_get_store (context), NULL);
  cp_form_bind_choice (form, self->municipality_row, "municipality-id", self->municipalities, "name", NULL);
  cp_form_bind_number (form, self->year_row, "year");
  cp_form_bind_enum (form, self->unit_type_row, "unit-type");
  cp_form_bind_text (form, self->unit_name_row, "unit-name");
  cp_form_bind_text (form, self->unit_since_row, "unit-since");
  cp_form_bind_count (form, self->staff_row, "staff");
  cp_form_bind_count (form, self->hours_per_week_row, "hours-per-week");
  cp_form_bind_tri_state (form, self->eu_only_row, "eu-only");
  cp_form_bind_tri_state (form, self->ic_policy_row, "ic-policy");
  cp_form_bind_text (form, self->framework_row, "framework");
  cp_form_bind_text (form, self->plan_name_row, "plan-name");
  cp_form_bind_enum (form, self->plan_authority_row, "plan-authority");
  cp_form_bind_tri_state (form, self->plan_presented_row, "plan-presented");
  cp_form_bind_count (form, self->sister_cities_row, "sister-cities");
  cp_form_bind_count (form, self->meetings_held_row, "meetings-held");
  cp_form_bind_count (form, self->meetings_cancelled_row, "meetings-cancelled");
  cp_form_bind_tri_state (form, self->political_representative_row, "political-representative");
  cp_form_bind_tri_state (form, self->all_parties_support_row, "all-parties-support");
  cp_form_bind_tri_state (form, self->crisis_row, "crisis");
  cp_form_bind_tri_state (form, self->archive_exists_row, "archive-exists");
  cp_form_bind_count (form, self->liaison_turnover_row, "liaison-turnover");
  cp_form_bind_tri_state (form, self->ccse_present_row, "ccse-present");
  cp_form_bind_tri_state (form, self->admin_ccse_link_row, "admin-ccse-link");
  cp_form_bind_text_view (form, cp_notes_group_get_view (self->notes_group), "note");
  return GTK_WIDGET (self);
}
