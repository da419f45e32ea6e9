/* cp-need-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/cp-expertise.h"
#include "core/cp-language.h"
#include "core/cp-partial-date.h"
#include "cp-need-page.h"

struct _CpNeedPage
{
  CpPage               parent_instance;

  gint64               id;
  CpNeed              *need;
  GListModel          *people;   /* kept between rankings; see rank_candidates() */
  CpMatchHistory      *history;
  GListModel          *selections;

  AdwViewSwitcherTitle *switcher_title;
  GtkStack            *stack;
  AdwViewStack        *view_stack;
  AdwActionRow        *partnership_row;
  AdwActionRow        *requested_by_row;
  AdwActionRow        *description_row;
  AdwActionRow        *status_row;
  AdwActionRow        *expertise_row;
  AdwActionRow        *languages_row;
  AdwActionRow        *period_row;
  AdwActionRow        *length_row;
  GtkListBox          *selections_list;
  GtkLabel            *note_label;
  GtkColumnView       *column_view;
  GtkSingleSelection  *candidates;
};

G_DEFINE_FINAL_TYPE (CpNeedPage, cp_need_page, CP_TYPE_PAGE)

static void
set_value (AdwActionRow *row,
           const char   *value)
{
  gboolean known = value != NULL && *value != '\0';

  adw_action_row_set_subtitle (row, known ? value : _("Not recorded"));
}

/* “Housing (Advanced or higher), Water supply (Basic or higher)” */
static char *
describe_expertise (CpNeed     *need,
                    GHashTable *area_names)
{
  const char * const *skills = cp_need_get_expertise (need);
  GString *text = g_string_new (NULL);

  for (guint i = 0; skills != NULL && skills[i] != NULL; i++)
    {
      g_autofree char *key = NULL;
      const char *label;
      CpExpertiseLevel level;
      gsize n;

      if (!cp_expertise_skill_split (skills[i], &n, &level))
        continue;
      key = g_strndup (skills[i], n);
      label = cp_expertise_builtin_label (key);
      if (label == NULL && area_names != NULL)
        label = g_hash_table_lookup (area_names, key);
      if (text->len > 0)
        g_string_append (text, ", ");
      /* Translators: an area of expertise and the lowest level asked for, e.g.
       * “Housing (Advanced or higher)” */
      g_string_append_printf (text, _("%s (%s or higher)"), label != NULL ? label : key,
                              cp_expertise_level_to_label (level));
    }
  return g_string_free (text, FALSE);
}

/* “12–20 March 2007”, or both dates in full when the months differ. */
static char *
describe_period (const char *starts_on,
                 const char *ends_on)
{
  g_autofree char *starts = cp_partial_date_format (starts_on);
  g_autofree char *ends = cp_partial_date_format (ends_on);
  GDate a, b;

  if (*starts_on == '\0' && *ends_on == '\0')
    return g_strdup ("");
  if (*ends_on == '\0')
    /* Translators: a period with no end, e.g. “From 12 March 2007” */
    return g_strdup_printf (_("From %s"), starts);
  if (*starts_on == '\0')
    /* Translators: a period with no known start, e.g. “Until March 2007” */
    return g_strdup_printf (_("Until %s"), ends);

  if (strlen (starts_on) == 10 && strlen (ends_on) == 10 &&
      cp_partial_date_to_gdate (starts_on, &a) && cp_partial_date_to_gdate (ends_on, &b))
    {
      if (g_date_compare (&a, &b) == 0)
        return g_steal_pointer (&ends);
      if (g_date_get_month (&a) == g_date_get_month (&b) && g_date_get_year (&a) == g_date_get_year (&b))
        /* Translators: a period within one month, e.g. “12–20 March 2007”: the first
         * day, then the last date in full (“20 March 2007”). To change their order, write
         * %2$s for the date and %1$d for the day. */
        return g_strdup_printf (_("%d–%s"), g_date_get_day (&a), ends);
    }

  return cp_partial_date_format_period (starts_on, ends_on);
}

static char *
describe_length (CpNeed *need)
{
  int days = cp_need_get_length_days (need);

  if (days <= 0)
    return NULL;
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day", "%d days", days), days);
}

static char *
dup_municipality_name (CpNeedPage *self,
                       gint64      id)
{
  g_autoptr(CpMunicipality) municipality = NULL;

  if (id == 0 || !(municipality = cp_store_get_municipality (cp_page_get_store (CP_PAGE (self)), id, NULL)))
    return NULL;
  return g_strdup (cp_municipality_get_name (municipality));
}

static void
show_details (CpNeedPage *self)
{
  CpStore *store = cp_page_get_store (CP_PAGE (self));
  CpNeed *need = self->need;
  g_autoptr(CpPartnership) partnership = cp_store_get_partnership (store, cp_need_get_partnership_id (need), NULL);
  g_autoptr(GHashTable) area_names = cp_store_dup_area_names (store, NULL);
  g_autofree char *title = partnership != NULL ? cp_partnership_dup_title (partnership) : NULL;
  g_autofree char *requested_by = dup_municipality_name (self, cp_need_get_requested_by_id (need));
  g_autofree char *expertise = describe_expertise (need, area_names);
  g_autofree char *languages = cp_language_skills_format (cp_need_get_languages (need), FALSE);
  g_autofree char *period = describe_period (cp_need_get_starts_on (need), cp_need_get_ends_on (need));
  g_autofree char *length = describe_length (need);
  const char *description = cp_need_get_description (need);
  const char *note = cp_need_get_note (need);

  adw_view_switcher_title_set_title (self->switcher_title, description);
  adw_view_switcher_title_set_subtitle (self->switcher_title, title != NULL ? title : "");

  set_value (self->partnership_row, title);
  set_value (self->requested_by_row, requested_by);
  set_value (self->description_row, description);
  set_value (self->status_row, cp_need_status_to_label (cp_need_get_status (need)));
  set_value (self->expertise_row, expertise);
  set_value (self->languages_row, languages);
  set_value (self->period_row, period);
  set_value (self->length_row, length);

  gtk_label_set_label (self->note_label, *note ? note : _("No notes yet."));
}

/* Everyone, ranked for the need on the context's today. The people and their
 * history are loaded once and kept until the workspace changes: ranking the same
 * people again is cheap (about 10 ms for 20,000), loading them is not. */
static void
rank_candidates (CpNeedPage *self)
{
  CpStore *store = cp_page_get_store (CP_PAGE (self));
  g_autoptr(GListModel) ranking = NULL;
  g_autoptr(GError) error = NULL;

  if (self->need != NULL && self->people == NULL)
    {
      self->people = cp_store_list_people (store, &error);
      if (self->people != NULL)
        self->history = cp_store_load_match_history (store, &error);
      if (self->history == NULL)
        {
          g_warning ("Cannot rank the candidates: %s", error->message);
          g_clear_object (&self->people);
        }
    }

  if (self->need != NULL && self->people != NULL)
    {
      g_autofree char *today = cp_context_dup_today (cp_page_get_context (CP_PAGE (self)));

      ranking = cp_match_rank (self->need, self->people, self->history, today);
    }
  gtk_single_selection_set_model (self->candidates, ranking);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "need.select-candidate", FALSE);
}

static GtkWidget *create_selection_row (gpointer item,
                                        gpointer user_data);

static void
load (CpNeedPage *self)
{
  CpStore *store = cp_page_get_store (CP_PAGE (self));
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->need);
  g_clear_object (&self->selections);
  if (store != NULL && self->id != 0)
    self->need = cp_store_get_need (store, self->id, &error);

  rank_candidates (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "need.edit", self->need != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "need.delete", self->need != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "need.add-selection", self->need != NULL);

  if (self->need == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "none");
      adw_view_switcher_title_set_title (self->switcher_title, "");
      adw_view_switcher_title_set_subtitle (self->switcher_title, "");
      gtk_list_box_bind_model (self->selections_list, NULL, NULL, NULL, NULL);
      return;
    }

  gtk_stack_set_visible_child_name (self->stack, "need");
  show_details (self);

  self->selections = cp_store_list_selections (store, self->id, NULL);
  gtk_list_box_bind_model (self->selections_list, self->selections, create_selection_row, self, NULL);
}

/* Selections */

static GtkWidget *
create_selection_row (gpointer item,
                      gpointer user_data)
{
  CpNeedPage *self = user_data;
  CpSelection *selection = item;
  CpStore *store = cp_page_get_store (CP_PAGE (self));
  g_autoptr(CpPerson) person = cp_store_get_person (store, cp_selection_get_person_id (selection), NULL);
  g_autofree char *decided_on = cp_partial_date_format (cp_selection_get_decided_on (selection));
  g_autofree char *tooltip = NULL;
  g_autofree char *message = NULL;
  const char *name = person != NULL ? cp_person_get_name (person) : "";
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), cp_selection_get_rationale (selection));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "cp-record", g_object_ref (item), g_object_unref);

  if (*decided_on != '\0')
    {
      GtkWidget *date = gtk_label_new (decided_on);

      gtk_widget_add_css_class (date, "dim-label");
      /* Translators: a tooltip on the date a person was selected */
      gtk_widget_set_tooltip_text (date, _("Decided on"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), date);
    }

  /* Translators: %s is a person, e.g. “Delete the Selection of Maria Jansen” */
  tooltip = g_strdup_printf (_("Delete the Selection of %s"), name);
  /* Translators: %s is who was selected, e.g. “Maria Jansen” */
  message = g_strdup_printf (_("Selection of %s deleted"), name);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), cp_page_new_delete_button_full (CP_PAGE (self), item, tooltip, message));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  return row;
}

static void
on_row_activated (GtkListBox    *list,
                  GtkListBoxRow *row,
                  CpNeedPage    *self)
{
  CpRecord *record = g_object_get_data (G_OBJECT (row), "cp-record");

  if (record != NULL)
    cp_page_edit_record (CP_PAGE (self), record);
}

/* Candidates */

/* Excluded people are listed last, dimmed. */
static double
dim_excluded (gpointer item,
              gboolean excluded)
{
  return excluded ? 0.55 : 1.0;
}

static char *
format_score (gpointer    item,
              gboolean    excluded,
              const char *score_label)
{
  /* An excluded person has no score: the reasons say why. */
  return g_strdup (excluded ? "—" : score_label);
}

/* A new selection of the candidate, with the strongest reasons as its rationale. */
static void
select_candidate (CpNeedPage  *self,
                  CpCandidate *candidate)
{
  g_autoptr(CpSelection) selection = cp_selection_new (self->id);
  g_auto(GStrv) reasons = cp_candidate_dup_reasons (candidate);
  g_autofree char *today = cp_context_dup_today (cp_page_get_context (CP_PAGE (self)));
  g_autofree char *rationale = NULL;

  if (reasons != NULL && reasons[0] != NULL && reasons[1] != NULL)
    rationale = g_strconcat (reasons[0], "; ", reasons[1], NULL);
  else if (reasons != NULL && reasons[0] != NULL)
    rationale = g_strdup (reasons[0]);

  g_object_set (selection,
                "person-id", cp_record_get_id (CP_RECORD (cp_candidate_get_person (candidate))),
                "rationale", rationale != NULL ? rationale : "",
                "decided-on", today,
                NULL);
  cp_page_edit_record (CP_PAGE (self), CP_RECORD (selection));
}

static void
on_column_view_activate (CpNeedPage *self,
                         guint       position)
{
  g_autoptr(CpCandidate) candidate = g_list_model_get_item (G_LIST_MODEL (self->candidates), position);

  if (candidate != NULL)
    select_candidate (self, candidate);
}

static void
on_candidate_selected (CpNeedPage *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "need.select-candidate",
                                 gtk_single_selection_get_selected_item (self->candidates) != NULL);
}

/* Actions */

static void
edit_need (GtkWidget  *widget,
           const char *action_name,
           GVariant   *param)
{
  CpNeedPage *self = CP_NEED_PAGE (widget);

  if (self->need != NULL)
    cp_page_edit_record (CP_PAGE (self), CP_RECORD (self->need));
}

static void
delete_need (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  CpNeedPage *self = CP_NEED_PAGE (widget);

  /* The People section deletes it and offers Undo. */
  if (self->need != NULL)
    gtk_widget_activate_action (widget, "people.delete-need", "x", self->id);
}

static void
add_selection (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  CpNeedPage *self = CP_NEED_PAGE (widget);
  g_autoptr(CpSelection) selection = NULL;
  g_autofree char *today = NULL;

  if (self->need == NULL)
    return;

  selection = cp_selection_new (self->id);
  today = cp_context_dup_today (cp_page_get_context (CP_PAGE (self)));
  g_object_set (selection, "decided-on", today, NULL);
  cp_page_edit_record (CP_PAGE (self), CP_RECORD (selection));
}

static void
select_highlighted_candidate (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *param)
{
  CpNeedPage *self = CP_NEED_PAGE (widget);
  CpCandidate *candidate = gtk_single_selection_get_selected_item (self->candidates);

  if (candidate != NULL)
    select_candidate (self, candidate);
}

/* Plumbing */

static void
forget_people (CpNeedPage *self)
{
  g_clear_object (&self->people);
  g_clear_pointer (&self->history, cp_match_history_unref);
}

static void
cp_need_page_data_changed (CpPage *page)
{
  CpNeedPage *self = CP_NEED_PAGE (page);

  forget_people (self);
  if (self->id != 0)
    load (self);
}

static void
cp_need_page_workspace_changed (CpPage *page)
{
  CpNeedPage *self = CP_NEED_PAGE (page);

  self->id = 0;
  forget_people (self);
  load (self);
}

void
cp_need_page_set_need_id (CpNeedPage *self,
                          gint64      id)
{
  g_return_if_fail (CP_IS_NEED_PAGE (self));

  /* Another need starts on its details. */
  if (id != self->id)
    adw_view_stack_set_visible_child_name (self->view_stack, "details");
  self->id = id;
  load (self);
}

static void
cp_need_page_dispose (GObject *object)
{
  CpNeedPage *self = CP_NEED_PAGE (object);

  g_clear_object (&self->need);
  g_clear_object (&self->selections);
  forget_people (self);

  G_OBJECT_CLASS (cp_need_page_parent_class)->dispose (object);
}

static void
cp_need_page_class_init (CpNeedPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CpPageClass *page_class = CP_PAGE_CLASS (klass);

  object_class->dispose = cp_need_page_dispose;
  page_class->workspace_changed = cp_need_page_workspace_changed;
  page_class->data_changed = cp_need_page_data_changed;

  /* The column view's cells look up the candidates' properties by type name. */
  g_type_ensure (CP_TYPE_CANDIDATE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-need-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CpNeedPage, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, CpNeedPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CpNeedPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, CpNeedPage, partnership_row);
  gtk_widget_class_bind_template_child (widget_class, CpNeedPage, requested_by_row);
  gtk_widget_class_bind_template_child (widget_class, CpNeedPage, description_row);
  gtk_widget_class_bind_template_child (widget_class, CpNeedPage, status_row);
  gtk_widget_class_bind_template_child (widget_class, CpNeedPage, expertise_row);
  gtk_widget_class_bind_template_child (widget_class, CpNeedPage, languages_row);
  gtk_widget_class_bind_template_child (widget_class, CpNeedPage, period_row);
  gtk_widget_class_bind_template_child (widget_class, CpNeedPage, length_row);
  gtk_widget_class_bind_template_child (widget_class, CpNeedPage, selections_list);
  gtk_widget_class_bind_template_child (widget_class, CpNeedPage, note_label);
  gtk_widget_class_bind_template_child (widget_class, CpNeedPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, CpNeedPage, candidates);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_candidate_selected);
  gtk_widget_class_bind_template_callback (widget_class, dim_excluded);
  gtk_widget_class_bind_template_callback (widget_class, format_score);

  gtk_widget_class_install_action (widget_class, "need.edit", NULL, edit_need);
  gtk_widget_class_install_action (widget_class, "need.delete", NULL, delete_need);
  gtk_widget_class_install_action (widget_class, "need.add-selection", NULL, add_selection);
  gtk_widget_class_install_action (widget_class, "need.select-candidate", NULL, select_highlighted_candidate);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "need.edit", NULL);
}

static void
cp_need_page_init (CpNeedPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "need.select-candidate", FALSE);
}
