/* cp-conditions-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <glib/gi18n.h>

#include "core/cp-conditions.h"
#include "core/cp-partial-date.h"
#include "cp-conditions-page.h"
#include "cp-label-cell.h"

/* The levels of this many years before the chosen one are shown beside it. */
#define N_EARLIER_YEARS 2

struct _CpConditionsPage
{
  CpPage              parent_instance;

  GArray             *municipality_ids;   /* gint64: the own municipalities */
  GArray             *scope_ids;          /* gint64: 0 (the municipality), then its partnerships */
  GArray             *years;              /* int */
  gint64              municipality_id;
  gint64              partnership_id;
  int                 year;
  gboolean            loading;
  GPtrArray          *groups;             /* (page, group) pairs made for the data */
  GString            *text;               /* what the levels and signals are, for tests */

  AdwViewStack       *view_stack;
  GtkMenuButton      *menu_button;
  GtkBox             *choice_bar;
  GtkDropDown        *municipality_dropdown;
  GtkDropDown        *scope_dropdown;
  GtkDropDown        *year_dropdown;
  AdwPreferencesPage *conditions_page;
  AdwPreferencesPage *partners_page;
  AdwPreferencesPage *context_page;
};

G_DEFINE_FINAL_TYPE (CpConditionsPage, cp_conditions_page, CP_TYPE_PAGE)

static void reload (CpConditionsPage *self);

/* Widgets made for the data */

static AdwPreferencesGroup *
add_group (CpConditionsPage   *self,
           AdwPreferencesPage *page,
           const char         *title,
           const char         *description)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  adw_preferences_group_set_title (group, title);
  if (description != NULL)
    adw_preferences_group_set_description (group, description);
  adw_preferences_page_add (page, group);
  g_ptr_array_add (self->groups, page);
  g_ptr_array_add (self->groups, group);
  return group;
}

static void
clear_groups (CpConditionsPage *self)
{
  for (guint i = 0; i + 1 < self->groups->len; i += 2)
    adw_preferences_page_remove (g_ptr_array_index (self->groups, i), g_ptr_array_index (self->groups, i + 1));
  g_ptr_array_set_size (self->groups, 0);
  g_string_truncate (self->text, 0);
}

static GtkWidget *
add_row (AdwPreferencesGroup *group,
         const char          *title,
         const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title ? title : "");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL && *subtitle != '\0')
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
    }
  adw_preferences_group_add (group, row);
  return row;
}

static GtkWidget *
new_value_label (const char *text,
                 const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  return label;
}

static const char *
level_style (CpConditionLevel level)
{
  switch (level)
    {
    case CP_CONDITION_LEVEL_STRONG:
      return "success";
    case CP_CONDITION_LEVEL_ADEQUATE:
      return "accent";
    case CP_CONDITION_LEVEL_WEAK:
      return "error";
    case CP_CONDITION_LEVEL_UNKNOWN:
    default:
      return "dim-label";
    }
}

static const char *
severity_icon (CpSignalSeverity severity)
{
  switch (severity)
    {
    case CP_SIGNAL_SEVERITY_CRITICAL:
      return "dialog-error-symbolic";
    case CP_SIGNAL_SEVERITY_WARNING:
      return "dialog-warning-symbolic";
    case CP_SIGNAL_SEVERITY_NOTICE:
    default:
      return "dialog-information-symbolic";
    }
}

/* A result: its level in the header, why, the indicators, the signals with the
 * study's words and the line they stand on. */
static void
show_result (CpConditionsPage        *self,
             AdwPreferencesGroup     *group,
             const CpConditionResult *result,
             const char              *name)
{
  GtkWidget *level = new_value_label (cp_condition_level_to_label (result->level), level_style (result->level));
  GtkWidget *row;

  gtk_widget_add_css_class (level, "heading");
  adw_preferences_group_set_header_suffix (group, level);
  row = add_row (group, result->summary, NULL);
  gtk_widget_add_css_class (row, "property");
  g_string_append_printf (self->text, "%s: %s", name, cp_condition_level_to_label (result->level));

  for (guint i = 0; i < result->signals->len; i++)
    {
      CpRiskSignal *signal = g_ptr_array_index (result->signals, i);
      /* Translators: a risk signal's evidence, then the study's words (in English) and where they stand */
      g_autofree char *subtitle = g_strdup_printf (_("%s\n“%s” (%s)"), signal->evidence, signal->words, signal->citation);

      row = add_row (group, signal->title, subtitle);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name (severity_icon (signal->severity)));
      if (signal->severity == CP_SIGNAL_SEVERITY_CRITICAL)
        gtk_widget_add_css_class (row, "error");
      else if (signal->severity == CP_SIGNAL_SEVERITY_WARNING)
        gtk_widget_add_css_class (row, "warning");
      g_string_append_printf (self->text, " %s", signal->key);
    }
  g_string_append_c (self->text, '\n');

  for (guint i = 0; i < result->indicators->len; i++)
    {
      CpConditionIndicator *indicator = g_ptr_array_index (result->indicators, i);

      row = add_row (group, indicator->label, NULL);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 new_value_label (indicator->value, indicator->known ? NULL : "dim-label"));
    }
}

/* The four conditions */

/* The levels of the years before, from their facts gathered once for all four. */
static void
add_history_row (AdwPreferencesGroup     *group,
                 const CpConditionsFacts *earlier,
                 CpCondition              condition)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (int i = 0; i < N_EARLIER_YEARS; i++)
    {
      g_autoptr(CpConditionResult) result = NULL;

      if (earlier[i].year == 0)
        continue;
      result = cp_conditions_evaluate (&earlier[i], condition);
      /* Translators: a year and the level of a condition in it, “2006: Adequate” */
      g_string_append_printf (text, _("%s%d: %s"), text->len ? " · " : "", earlier[i].year,
                              cp_condition_level_to_label (result->level));
    }
  if (text->len > 0)
    adw_action_row_add_suffix (ADW_ACTION_ROW (add_row (group, _("Earlier years"), NULL)),
                               new_value_label (text->str, "dim-label"));
}

static void
on_assess_clicked (GtkButton        *button,
                   CpConditionsPage *self)
{
  g_autoptr(CpConditionAssessment) assessment = cp_condition_assessment_new (self->municipality_id);
  g_autofree char *today = cp_context_dup_today (cp_page_get_context (CP_PAGE (self)));

  g_object_set (assessment, "partnership-id", self->partnership_id, "year", self->year,
                "condition", GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "cp-condition")),
                "assessed-on", today, NULL);
  cp_page_edit_record (CP_PAGE (self), CP_RECORD (assessment));
}

/* The coordinator's own judgement stands beside the computed level, never over it. */
static void
add_assessments (CpConditionsPage    *self,
                 AdwPreferencesGroup *group,
                 GListModel          *assessments,
                 CpCondition          condition)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Assess…"));
  GtkWidget *row;
  gboolean any = FALSE;

  for (guint i = 0; assessments != NULL && i < g_list_model_get_n_items (assessments); i++)
    {
      g_autoptr(CpConditionAssessment) assessment = g_list_model_get_item (assessments, i);
      g_autofree char *title = NULL;

      if (cp_condition_assessment_get_condition (assessment) != condition ||
          cp_condition_assessment_get_year (assessment) != self->year ||
          cp_condition_assessment_get_partnership_id (assessment) != self->partnership_id)
        continue;
      /* Translators: a recorded judgement of a condition: its level */
      title = g_strdup_printf (_("Assessed: %s"), cp_condition_level_to_label (cp_condition_assessment_get_level (assessment)));
      row = add_row (group, title, cp_condition_assessment_get_rationale (assessment));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), cp_page_new_record_buttons (CP_PAGE (self), CP_RECORD (assessment), title));
      any = TRUE;
    }
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (button), "cp-condition", GINT_TO_POINTER (condition));
  g_signal_connect (button, "clicked", G_CALLBACK (on_assess_clicked), self);
  row = add_row (group, any ? _("Add another assessment") : _("Your own assessment"),
                 _("Recorded beside the computed level, with your reasons"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
}

static void
show_conditions (CpConditionsPage *self,
                 CpStore          *store,
                 const char       *today)
{
  g_autoptr(GListModel) assessments = cp_store_list_condition_assessments (store, self->municipality_id, NULL);
  CpConditionsFacts facts;
  CpConditionsFacts earlier[N_EARLIER_YEARS] = { { 0 } };

  if (self->municipality_id == 0)
    {
      AdwPreferencesGroup *group = add_group (self, self->conditions_page, _("No Own Municipality"), NULL);

      add_row (group, _("Mark your municipality as your own in its editor to see its conditions."), NULL);
      return;
    }
  if (!cp_store_gather_conditions_facts (store, self->municipality_id, self->partnership_id, self->year, today,
                                         &facts, NULL))
    {
      cp_conditions_facts_clear (&facts);
      return;
    }
  for (int i = 0; i < N_EARLIER_YEARS; i++)
    if (!cp_store_gather_conditions_facts (store, self->municipality_id, self->partnership_id,
                                           self->year - N_EARLIER_YEARS + i, today, &earlier[i], NULL))
      {
        cp_conditions_facts_clear (&earlier[i]);
        earlier[i].year = 0;
      }
  for (int condition = CP_CONDITION_POLITICAL_EMBEDDING; condition <= CP_CONDITION_SUPPORT; condition++)
    {
      g_autoptr(CpConditionResult) result = cp_conditions_evaluate (&facts, condition);
      AdwPreferencesGroup *group = add_group (self, self->conditions_page, cp_condition_to_label (condition),
                                              cp_condition_get_meaning (condition));

      show_result (self, group, result, cp_condition_to_label (condition));
      add_history_row (group, earlier, condition);
      add_assessments (self, group, assessments, condition);
    }
  cp_conditions_facts_clear (&facts);
  for (int i = 0; i < N_EARLIER_YEARS; i++)
    cp_conditions_facts_clear (&earlier[i]);
}

/* The partners' structures */

static const char *
fact_text (int tri)
{
  return tri < 0 ? _("Unknown") : tri ? _("Yes") : _("No");
}

static char *
count_text (int count)
{
  return count < 0 ? g_strdup (_("Unknown")) : g_strdup_printf ("%d", count);
}

static gboolean
same_record (gconstpointer a,
             gconstpointer b)
{
  return cp_record_get_id ((CpRecord *) a) == cp_record_get_id ((CpRecord *) b);
}

/* One column of the comparison, like Table 6.6: a partner's structure. */
static void
fill_comparison_column (GtkGrid        *grid,
                        int             column,
                        CpMunicipality *partner,
                        CpIcStructure  *structure,
                        const CpSouthFacts *facts)
{
  g_autofree char *staff = count_text (structure ? cp_ic_structure_get_staff (structure) : -1);
  g_autofree char *sisters = count_text (facts->sister_cities);
  g_autofree char *budget = cp_indicator_format_percent (facts->ic_share_of_budget, 1);
  g_autofree char *investment = cp_indicator_format_percent (facts->ic_share_of_investment, 1);
  g_autofree char *meetings = facts->meetings_held < 0 ? g_strdup (_("Unknown"))
    /* Translators: coordination meetings held and cancelled */
    : g_strdup_printf (_("%d held, %d cancelled"), facts->meetings_held, facts->meetings_cancelled);
  g_autofree char *reports = facts->reports_due < 0 ? g_strdup (_("None due"))
    /* Translators: reports owed to Northern partners: how many overdue of how many due */
    : g_strdup_printf (_("%d of %d overdue"), facts->reports_overdue, facts->reports_due);
  g_autofree char *islands = facts->projects < 0 ? g_strdup (_("No projects recorded"))
    /* Translators: projects linked to a line of the development plan, of all projects */
    : g_strdup_printf (_("%d of %d linked"), facts->projects_linked, facts->projects);
  const char *values[] = {
    cp_municipality_get_name (partner),
    structure ? cp_ic_unit_type_to_label (cp_ic_structure_get_unit_type (structure)) : _("Unknown"),
    staff,
    structure && *cp_ic_structure_get_plan_name (structure) ? cp_ic_structure_get_plan_name (structure) : _("Unknown"),
    cp_plan_authority_to_label (facts->plan_authority < 0 ? CP_PLAN_AUTHORITY_UNKNOWN : facts->plan_authority),
    islands,
    sisters,
    budget,
    investment,
    meetings,
    reports,
    fact_text (facts->political_representative),
    fact_text (facts->ccse_present),
  };

  for (guint row = 0; row < G_N_ELEMENTS (values); row++)
    {
      GtkWidget *label = gtk_label_new (values[row]);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 18);
      gtk_widget_add_css_class (label, row == 0 ? "heading" : "numeric");
      gtk_grid_attach (grid, label, column, (int) row, 1, 1);
    }
}

static GtkGrid *
new_comparison (void)
{
  static const char * const rows[] = {
    NC_("comparison", "Partner"), N_("International cooperation unit"), N_("Staff"), N_("Development plan"),
    N_("Authority of the plan"), N_("Projects linked to the plan"), N_("Sister cities"),
    N_("IC share of the budget"), N_("IC share of public investment"), N_("Coordination meetings"),
    N_("Reports to Northern partners"), N_("Political representative for the partnership"), N_("Civil wing (CCSE)"),
  };
  GtkGrid *grid = GTK_GRID (gtk_grid_new ());

  gtk_grid_set_column_spacing (grid, 18);
  gtk_grid_set_row_spacing (grid, 6);
  g_object_set (grid, "margin-start", 12, "margin-end", 12, "margin-top", 12, "margin-bottom", 12, NULL);
  for (guint row = 0; row < G_N_ELEMENTS (rows); row++)
    {
      GtkWidget *label = gtk_label_new (row == 0 ? g_dpgettext2 (GETTEXT_PACKAGE, "comparison", rows[row]) : _(rows[row]));

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 22);
      gtk_widget_add_css_class (label, row == 0 ? "heading" : "dim-label");
      gtk_grid_attach (grid, label, 0, (int) row, 1, 1);
    }
  return grid;
}

static void
on_add_plan_line_clicked (GtkButton        *button,
                          CpConditionsPage *self)
{
  g_autoptr(CpPlanLine) line = cp_plan_line_new (GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "cp-structure-id")));

  cp_page_edit_record (CP_PAGE (self), CP_RECORD (line));
}

static void
show_partner (CpConditionsPage *self,
              CpStore          *store,
              CpMunicipality   *partner,
              CpIcStructure    *structure,
              const CpSouthFacts *facts)
{
  /* Translators: a municipality and a year, “León, 2007” */
  g_autofree char *title = g_strdup_printf (_("%s, %d"), cp_municipality_get_name (partner), self->year);
  AdwPreferencesGroup *group = add_group (self, self->partners_page, title,
                                          structure ? cp_ic_structure_get_unit_name (structure)
                                                    : _("No management structure recorded: add one to judge the three issues."));
  g_autoptr(GListModel) lines = structure ? cp_store_list_plan_lines (store, cp_record_get_id (CP_RECORD (structure)), NULL) : NULL;

  if (structure != NULL)
    {
      GtkWidget *suffix = cp_page_new_record_buttons (CP_PAGE (self), CP_RECORD (structure), title);
      GtkWidget *add = gtk_button_new_from_icon_name ("list-add-symbolic");

      gtk_widget_add_css_class (add, "flat");
      gtk_widget_set_tooltip_text (add, _("Add a Strategic Line"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Add a Strategic Line"), -1);
      g_object_set_data (G_OBJECT (add), "cp-structure-id", GSIZE_TO_POINTER ((gsize) cp_record_get_id (CP_RECORD (structure))));
      g_signal_connect (add, "clicked", G_CALLBACK (on_add_plan_line_clicked), self);
      gtk_box_prepend (GTK_BOX (suffix), add);
      adw_preferences_group_set_header_suffix (group, suffix);
    }

  for (int issue = 0; issue < CP_N_SOUTH_ISSUES; issue++)
    {
      g_autoptr(CpConditionResult) result = cp_conditions_evaluate_south (facts, issue);
      /* Translators: a partner municipality and one of the three Southern issues */
      g_autofree char *name = g_strdup_printf (_("%s: %s"), cp_municipality_get_name (partner), cp_south_issue_to_label (issue));
      GtkWidget *row = add_row (group, cp_south_issue_to_label (issue), result->summary);

      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 new_value_label (cp_condition_level_to_label (result->level), level_style (result->level)));
      g_string_append_printf (self->text, "%s: %s", name, cp_condition_level_to_label (result->level));
      for (guint i = 0; i < result->signals->len; i++)
        {
          CpRiskSignal *signal = g_ptr_array_index (result->signals, i);
          g_autofree char *subtitle = g_strdup_printf (_("%s\n“%s” (%s)"), signal->evidence, signal->words, signal->citation);
          GtkWidget *signal_row = add_row (group, signal->title, subtitle);

          adw_action_row_add_prefix (ADW_ACTION_ROW (signal_row),
                                     gtk_image_new_from_icon_name (severity_icon (signal->severity)));
          g_string_append_printf (self->text, " %s", signal->key);
        }
      g_string_append_c (self->text, '\n');
    }

  for (guint i = 0; lines != NULL && i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(CpPlanLine) line = g_list_model_get_item (lines, i);
      /* Translators: a strategic line of a development plan */
      g_autofree char *line_title = g_strdup_printf (_("Strategic line: %s"), cp_plan_line_get_title (line));
      GtkWidget *row = add_row (group, line_title, NULL);

      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 cp_page_new_record_buttons (CP_PAGE (self), CP_RECORD (line), cp_plan_line_get_title (line)));
    }
}

static void
show_projects (CpConditionsPage *self,
               CpStore          *store,
               GArray           *partnership_ids,
               GHashTable       *line_titles)
{
  AdwPreferencesGroup *group = NULL;

  for (guint p = 0; p < partnership_ids->len; p++)
    {
      g_autoptr(GListModel) projects = cp_store_list_projects (store, g_array_index (partnership_ids, gint64, p), NULL);

      for (guint i = 0; projects != NULL && i < g_list_model_get_n_items (projects); i++)
        {
          g_autoptr(CpProject) project = g_list_model_get_item (projects, i);
          gint64 line_id = cp_project_get_plan_line_id (project);
          const char *line = line_id ? g_hash_table_lookup (line_titles, &line_id) : NULL;
          g_autofree char *subtitle = line
            /* Translators: the strategic line a project serves */
            ? g_strdup_printf (_("Serves “%s” · proposed by %s"), line, cp_initiator_to_label (cp_project_get_initiator (project)))
            /* Translators: a project that serves no line of the partner's plan */
            : g_strdup_printf (_("An island: linked to no line of the partner's plan · proposed by %s"),
                               cp_initiator_to_label (cp_project_get_initiator (project)));
          GtkWidget *row;

          if (group == NULL)
            group = add_group (self, self->partners_page, _("Projects"),
                               _("Projects linked to the partner's development plan, and the “islands” that link to none (L8460–8466)"));
          row = add_row (group, cp_project_get_title (project), subtitle);
          if (line == NULL)
            gtk_widget_add_css_class (row, "warning");
          adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                     cp_page_new_record_buttons (CP_PAGE (self), CP_RECORD (project), cp_project_get_title (project)));
        }
    }
}

/* The comparison holds every partner municipality of the workspace (León beside
 * Villa El Salvador, like Table 6.6); below it, the partners of the chosen
 * municipality (or partnership) with their three issues, then their projects. */
static void
show_partners (CpConditionsPage *self,
               CpStore          *store,
               GListModel       *partnerships,
               const char       *today)
{
  g_autoptr(GArray) partnership_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) all_partners = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) our_partners = g_ptr_array_new ();
  g_autoptr(GHashTable) line_titles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  AdwPreferencesGroup *comparison_group;
  GtkGrid *grid = new_comparison ();
  GtkWidget *frame;

  for (guint i = 0; i < g_list_model_get_n_items (partnerships); i++)
    {
      g_autoptr(CpPartnership) partnership = g_list_model_get_item (partnerships, i);
      GPtrArray *parties = cp_partnership_get_parties (partnership);
      gint64 id = cp_record_get_id (CP_RECORD (partnership));
      gboolean ours = FALSE;

      for (guint j = 0; parties != NULL && j < parties->len; j++)
        ours |= cp_record_get_id (g_ptr_array_index (parties, j)) == self->municipality_id;
      ours &= self->partnership_id == 0 || id == self->partnership_id;
      if (ours)
        g_array_append_val (partnership_ids, id);
      for (guint j = 0; parties != NULL && j < parties->len; j++)
        {
          CpMunicipality *party = g_ptr_array_index (parties, j);
          guint index;

          if (cp_municipality_get_is_own (party))
            continue;
          if (!g_ptr_array_find_with_equal_func (all_partners, party, same_record, &index))
            {
              g_ptr_array_add (all_partners, g_object_ref (party));
              index = all_partners->len - 1;
            }
          if (ours)
            g_ptr_array_add (our_partners, g_ptr_array_index (all_partners, index));
        }
    }

  comparison_group = add_group (self, self->partners_page, _("Side by Side"),
                                _("The partner municipalities' international cooperation compared, like Table 6.6 of the study"));
  frame = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (frame), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (frame), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (frame), GTK_WIDGET (grid));
  gtk_widget_add_css_class (frame, "card");
  adw_preferences_group_add (comparison_group, frame);

  for (guint i = 0; i < all_partners->len; i++)
    {
      CpMunicipality *partner = g_ptr_array_index (all_partners, i);
      gint64 partner_id = cp_record_get_id (CP_RECORD (partner));
      g_autoptr(CpIcStructure) structure = cp_store_find_ic_structure (store, partner_id, self->year, NULL);
      CpSouthFacts facts;

      if (structure != NULL)
        {
          g_autoptr(GListModel) lines = cp_store_list_plan_lines (store, cp_record_get_id (CP_RECORD (structure)), NULL);

          for (guint j = 0; lines != NULL && j < g_list_model_get_n_items (lines); j++)
            {
              g_autoptr(CpPlanLine) line = g_list_model_get_item (lines, j);
              gint64 *key = g_new (gint64, 1);

              *key = cp_record_get_id (CP_RECORD (line));
              g_hash_table_insert (line_titles, key, g_strdup (cp_plan_line_get_title (line)));
            }
        }
      if (cp_store_gather_south_facts (store, partner_id, self->year, today, &facts, NULL))
        {
          fill_comparison_column (grid, (int) i + 1, partner, structure, &facts);
          if (g_ptr_array_find (our_partners, partner, NULL))
            show_partner (self, store, partner, structure, &facts);
        }
      cp_south_facts_clear (&facts);
    }
  show_projects (self, store, partnership_ids, line_titles);
}

/* The political context */

static void
show_context (CpConditionsPage *self,
              CpStore          *store)
{
  g_autoptr(GListModel) terms = cp_store_list_political_terms (store, self->municipality_id, NULL);
  g_autoptr(GListModel) documents = cp_store_list_mandate_documents (store, self->municipality_id, NULL);
  g_autoptr(GListModel) actions = cp_store_list_support_actions (store, self->municipality_id, NULL);
  AdwPreferencesGroup *group;

  group = add_group (self, self->context_page, _("Political Terms"),
                     _("Who holds international cooperation, and until when"));
  for (guint i = 0; terms != NULL && i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(CpPoliticalTerm) term = g_list_model_get_item (terms, i);
      g_autofree char *period = cp_partial_date_format_period (cp_political_term_get_starts_on (term),
                                                               cp_political_term_get_ends_on (term));
      const char *holder = cp_political_term_get_ic_holder_name (term);
      /* Translators: a term's period and who holds international cooperation in it */
      g_autofree char *subtitle = g_strdup_printf (_("%s · international cooperation: %s%s%s"), period,
                                                   cp_ic_holder_to_label (cp_political_term_get_ic_holder (term)),
                                                   *holder ? ", " : "", holder);
      const char *title = cp_term_body_to_label (cp_political_term_get_body (term));
      GtkWidget *row = add_row (group, title, subtitle);

      adw_action_row_add_suffix (ADW_ACTION_ROW (row), cp_page_new_record_buttons (CP_PAGE (self), CP_RECORD (term), title));
    }
  if (terms == NULL || g_list_model_get_n_items (terms) == 0)
    add_row (group, _("No terms recorded"), NULL);

  group = add_group (self, self->context_page, _("Programmes, Policies and Decisions"),
                     _("Court programmes, IC policies, council decisions and motions, and local parties' programmes"));
  for (guint i = 0; documents != NULL && i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(CpMandateDocument) doc = g_list_model_get_item (documents, i);
      g_autofree char *day = cp_partial_date_format (cp_mandate_document_get_adopted_on (doc));
      const char *party = cp_mandate_document_get_party (doc);
      g_autofree char *subtitle = g_strdup_printf ("%s · %s%s%s · %s", cp_mandate_kind_to_label (cp_mandate_document_get_kind (doc)),
                                                   day, *party ? " · " : "", party,
                                                   cp_stance_to_label (cp_mandate_document_get_stance (doc)));
      GtkWidget *row = add_row (group, cp_mandate_document_get_title (doc), subtitle);

      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 cp_page_new_record_buttons (CP_PAGE (self), CP_RECORD (doc), cp_mandate_document_get_title (doc)));
    }
  if (documents == NULL || g_list_model_get_n_items (documents) == 0)
    add_row (group, _("Nothing recorded"), NULL);

  group = add_group (self, self->context_page, _("Acts of Support"),
                     _("What champions did for the partnership (Table 6.3), and what staff did"));
  for (guint i = 0; actions != NULL && i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(CpSupportAction) action = g_list_model_get_item (actions, i);
      g_autofree char *day = cp_partial_date_format (cp_support_action_get_date (action));
      const char *actor = cp_support_action_get_actor (action);
      g_autofree char *subtitle = g_strdup_printf ("%s · %s%s%s", cp_support_kind_to_label (cp_support_action_get_kind (action)),
                                                   day, *actor ? " · " : "", actor);
      GtkWidget *row = add_row (group, cp_support_action_get_description (action), subtitle);

      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 cp_page_new_record_buttons (CP_PAGE (self), CP_RECORD (action),
                                                             cp_support_action_get_description (action)));
    }
  if (actions == NULL || g_list_model_get_n_items (actions) == 0)
    add_row (group, _("Nothing recorded"), NULL);
}

/* Loading */

static void
fill_choices (CpConditionsPage *self,
              GListModel       *municipalities,
              GListModel       *partnerships,
              int               this_year)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) scopes = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) years = gtk_string_list_new (NULL);
  guint selected = 0, selected_scope = 0, selected_year = 0;
  gint64 none = 0;

  g_array_set_size (self->municipality_ids, 0);
  for (guint i = 0; i < g_list_model_get_n_items (municipalities); i++)
    {
      g_autoptr(CpMunicipality) m = g_list_model_get_item (municipalities, i);
      gint64 id = cp_record_get_id (CP_RECORD (m));

      if (!cp_municipality_get_is_own (m))
        continue;
      if (id == self->municipality_id)
        selected = self->municipality_ids->len;
      g_array_append_val (self->municipality_ids, id);
      gtk_string_list_append (names, cp_municipality_get_name (m));
    }
  self->municipality_id = self->municipality_ids->len ? g_array_index (self->municipality_ids, gint64, selected) : 0;

  g_array_set_size (self->scope_ids, 0);
  g_array_append_val (self->scope_ids, none);
  gtk_string_list_append (scopes, _("The municipality"));
  for (guint i = 0; i < g_list_model_get_n_items (partnerships); i++)
    {
      g_autoptr(CpPartnership) p = g_list_model_get_item (partnerships, i);
      GPtrArray *parties = cp_partnership_get_parties (p);
      gint64 id = cp_record_get_id (CP_RECORD (p));
      gboolean ours = FALSE;

      for (guint j = 0; parties != NULL && j < parties->len; j++)
        ours |= cp_record_get_id (g_ptr_array_index (parties, j)) == self->municipality_id;
      if (!ours)
        continue;
      if (id == self->partnership_id)
        selected_scope = self->scope_ids->len;
      g_array_append_val (self->scope_ids, id);
      {
        g_autofree char *title = cp_partnership_dup_title (p);
        gtk_string_list_append (scopes, title);
      }
    }
  self->partnership_id = g_array_index (self->scope_ids, gint64, selected_scope);

  g_array_set_size (self->years, 0);
  for (int year = this_year; year >= this_year - 25; year--)
    {
      g_autofree char *label = g_strdup_printf ("%d", year);

      if (year == self->year)
        selected_year = self->years->len;
      g_array_append_val (self->years, year);
      gtk_string_list_append (years, label);
    }
  self->year = g_array_index (self->years, int, selected_year);

  gtk_drop_down_set_model (self->municipality_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->municipality_dropdown, selected);
  gtk_drop_down_set_model (self->scope_dropdown, G_LIST_MODEL (scopes));
  gtk_drop_down_set_selected (self->scope_dropdown, selected_scope);
  gtk_drop_down_set_model (self->year_dropdown, G_LIST_MODEL (years));
  gtk_drop_down_set_selected (self->year_dropdown, selected_year);
}

static void
reload (CpConditionsPage *self)
{
  CpStore *store = cp_page_get_store (CP_PAGE (self));
  g_autofree char *today = cp_context_dup_today (cp_page_get_context (CP_PAGE (self)));
  g_autoptr(GListModel) municipalities = NULL;
  g_autoptr(GListModel) partnerships = NULL;

  clear_groups (self);
  if (store == NULL || today == NULL)
    return;
  municipalities = cp_store_list_municipalities (store, NULL);
  partnerships = cp_store_list_partnerships (store, NULL);
  if (municipalities == NULL || partnerships == NULL)
    return;

  self->loading = TRUE;
  if (self->year == 0)
    self->year = atoi (today);
  fill_choices (self, municipalities, partnerships, atoi (today));
  self->loading = FALSE;

  show_conditions (self, store, today);
  show_partners (self, store, partnerships, today);
  show_context (self, store);
}

static void
on_choice_changed (CpConditionsPage *self)
{
  guint municipality = gtk_drop_down_get_selected (self->municipality_dropdown);
  guint scope = gtk_drop_down_get_selected (self->scope_dropdown);
  guint year = gtk_drop_down_get_selected (self->year_dropdown);
  gint64 municipality_id;

  if (self->loading || municipality >= self->municipality_ids->len || year >= self->years->len ||
      scope >= self->scope_ids->len)
    return;
  municipality_id = g_array_index (self->municipality_ids, gint64, municipality);
  /* Another municipality has other partnerships. */
  self->partnership_id = municipality_id == self->municipality_id ? g_array_index (self->scope_ids, gint64, scope) : 0;
  self->municipality_id = municipality_id;
  self->year = g_array_index (self->years, int, year);
  reload (self);
}

static void
cp_conditions_page_data_changed (CpPage *page)
{
  reload (CP_CONDITIONS_PAGE (page));
}

static void
cp_conditions_page_workspace_changed (CpPage *page)
{
  CpConditionsPage *self = CP_CONDITIONS_PAGE (page);

  self->municipality_id = self->partnership_id = 0;
  self->year = 0;
  reload (self);
}

/* Actions: new records for the chosen municipality */

static void
add_term (GtkWidget  *widget,
          const char *action_name,
          GVariant   *param)
{
  CpConditionsPage *self = CP_CONDITIONS_PAGE (widget);

  cp_page_edit_new_record (CP_PAGE (self), cp_political_term_new (self->municipality_id));
}

static void
add_document (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  CpConditionsPage *self = CP_CONDITIONS_PAGE (widget);
  CpMandateDocument *doc = cp_mandate_document_new (self->municipality_id);

  g_object_set (doc, "partnership-id", self->partnership_id, NULL);
  cp_page_edit_new_record (CP_PAGE (self), doc);
}

static void
add_support (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  CpConditionsPage *self = CP_CONDITIONS_PAGE (widget);
  CpSupportAction *action = cp_support_action_new (self->municipality_id);
  g_autofree char *today = cp_context_dup_today (cp_page_get_context (CP_PAGE (self)));

  g_object_set (action, "partnership-id", self->partnership_id, "date", today, NULL);
  cp_page_edit_new_record (CP_PAGE (self), action);
}

static void
add_structure (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  CpConditionsPage *self = CP_CONDITIONS_PAGE (widget);

  cp_page_edit_new_record (CP_PAGE (self), cp_ic_structure_new (self->municipality_id, self->year));
}

static void
add_project (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  CpConditionsPage *self = CP_CONDITIONS_PAGE (widget);
  gint64 partnership_id = self->partnership_id;

  if (partnership_id == 0 && self->scope_ids->len > 1)
    partnership_id = g_array_index (self->scope_ids, gint64, 1);
  cp_page_edit_new_record (CP_PAGE (self), cp_project_new (partnership_id));
}

/* On a narrow window the choices go one below the other. */
static void
on_folded_changed (CpConditionsPage *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->choice_bar),
                                  cp_page_get_folded (CP_PAGE (self)) ? GTK_ORIENTATION_VERTICAL
                                                                      : GTK_ORIENTATION_HORIZONTAL);
}

/* GObject */

static void
cp_conditions_page_dispose (GObject *object)
{
  CpConditionsPage *self = CP_CONDITIONS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CP_TYPE_CONDITIONS_PAGE);
  g_clear_pointer (&self->municipality_ids, g_array_unref);
  g_clear_pointer (&self->scope_ids, g_array_unref);
  g_clear_pointer (&self->years, g_array_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  if (self->text != NULL)
    g_string_free (g_steal_pointer (&self->text), TRUE);

  G_OBJECT_CLASS (cp_conditions_page_parent_class)->dispose (object);
}

static void
cp_conditions_page_class_init (CpConditionsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CpPageClass *page_class = CP_PAGE_CLASS (klass);

  object_class->dispose = cp_conditions_page_dispose;
  page_class->workspace_changed = cp_conditions_page_workspace_changed;
  page_class->data_changed = cp_conditions_page_data_changed;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-conditions-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CpConditionsPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, CpConditionsPage, menu_button);
  gtk_widget_class_bind_template_child (widget_class, CpConditionsPage, choice_bar);
  gtk_widget_class_bind_template_child (widget_class, CpConditionsPage, municipality_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CpConditionsPage, scope_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CpConditionsPage, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CpConditionsPage, conditions_page);
  gtk_widget_class_bind_template_child (widget_class, CpConditionsPage, partners_page);
  gtk_widget_class_bind_template_child (widget_class, CpConditionsPage, context_page);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_changed);

  gtk_widget_class_install_action (widget_class, "conditions.add-term", NULL, add_term);
  gtk_widget_class_install_action (widget_class, "conditions.add-document", NULL, add_document);
  gtk_widget_class_install_action (widget_class, "conditions.add-support", NULL, add_support);
  gtk_widget_class_install_action (widget_class, "conditions.add-structure", NULL, add_structure);
  gtk_widget_class_install_action (widget_class, "conditions.add-project", NULL, add_project);
}

static void
cp_conditions_page_init (CpConditionsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->municipality_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->scope_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->years = g_array_new (FALSE, FALSE, sizeof (int));
  self->groups = g_ptr_array_new ();
  self->text = g_string_new (NULL);
  cp_drop_down_set_ellipsizing (self->municipality_dropdown);
  cp_drop_down_set_ellipsizing (self->scope_dropdown);
  g_signal_connect (self, "notify::folded", G_CALLBACK (on_folded_changed), NULL);
  cp_page_use_primary_menu (CP_PAGE (self), self->menu_button);
}

/* Public */

void
cp_conditions_page_show_tab (CpConditionsPage *self,
                             const char       *name)
{
  g_return_if_fail (CP_IS_CONDITIONS_PAGE (self));

  adw_view_stack_set_visible_child_name (self->view_stack, name);
}

void
cp_conditions_page_show (CpConditionsPage *self,
                         gint64            municipality_id,
                         gint64            partnership_id,
                         int               year)
{
  g_return_if_fail (CP_IS_CONDITIONS_PAGE (self));

  self->municipality_id = municipality_id;
  self->partnership_id = partnership_id;
  self->year = year;
  reload (self);
}

char *
cp_conditions_page_dup_text (CpConditionsPage *self)
{
  g_return_val_if_fail (CP_IS_CONDITIONS_PAGE (self), NULL);

  return g_strdup (self->text->str);
}
