/* cp-visit-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/cp-language.h"
#include "core/cp-money.h"
#include "core/cp-partial-date.h"
#include "cp-undo-toast.h"
#include "cp-enum-types.h"
#include "cp-visit-page.h"
#include "exchange/cp-ical.h"

struct _CpVisitPage
{
  CpPage                parent_instance;

  gint64                id;
  CpVisit              *visit;
  gboolean              ticking;   /* saving a checklist item's “done”; see on_done_toggled() */
  GtkFileChooserNative *chooser;

  GListStore           *need_rows;   /* the visit's need, shown first in the delegation */
  GListModel           *delegates;
  GListModel           *programme;
  GListModel           *costs;
  GListModel           *checklist;
  GListModel           *learning;
  GListModel           *follow_ups;

  AdwWindowTitle       *window_title;
  GtkStack             *stack;
  AdwActionRow         *partnership_row;
  AdwActionRow         *dates_row;
  AdwActionRow         *direction_row;
  AdwActionRow         *route_row;
  AdwActionRow         *status_row;
  AdwActionRow         *modalities_row;
  AdwActionRow         *need_row;
  GtkWidget            *need_row_arrow;
  AdwActionRow         *project_row;
  AdwPreferencesGroup  *conflicts_group;
  GtkListBox           *conflicts_list;
  GtkListBox           *delegates_list;
  GtkListBox           *programme_list;
  AdwPreferencesGroup  *costs_group;
  GtkListBox           *costs_list;
  GtkListBox           *before_list;
  GtkListBox           *during_list;
  GtkListBox           *after_list;
  GtkLabel             *report_label;
  GtkListBox           *learning_list;
  GtkListBox           *follow_ups_list;
  GtkLabel             *note_label;
};

G_DEFINE_FINAL_TYPE (CpVisitPage, cp_visit_page, CP_TYPE_PAGE)

static void
set_value (AdwActionRow *row,
           const char   *value)
{
  gboolean known = value != NULL && *value != '\0';

  adw_action_row_set_subtitle (row, known ? value : _("Not recorded"));
}

static char *
dup_municipality_name (CpVisitPage *self,
                       gint64       id)
{
  g_autoptr(CpMunicipality) municipality = NULL;

  if (id == 0 || !(municipality = cp_store_get_municipality (cp_page_get_store (CP_PAGE (self)), id, NULL)))
    return NULL;
  return g_strdup (cp_municipality_get_name (municipality));
}

static char *
dup_person_name (CpVisitPage *self,
                 gint64       id)
{
  g_autoptr(CpPerson) person = NULL;

  if (id == 0 || !(person = cp_store_get_person (cp_page_get_store (CP_PAGE (self)), id, NULL)))
    return NULL;
  return g_strdup (cp_person_get_name (person));
}

/* “Utrecht → León” */
static char *
describe_route (CpVisitPage *self)
{
  g_autofree char *origin = dup_municipality_name (self, cp_visit_get_origin_id (self->visit));
  g_autofree char *destination = dup_municipality_name (self, cp_visit_get_destination_id (self->visit));

  if (origin == NULL && destination == NULL)
    return NULL;
  /* Translators: where a delegation travels from and to, e.g. “Utrecht → León” */
  return g_strdup_printf (_("%s → %s"), origin ? origin : "?", destination ? destination : "?");
}

/* “Peer-to-peer exchange, Field visits” */
static char *
describe_modalities (CpVisit *visit)
{
  const char * const *modalities = cp_visit_get_modalities (visit);
  g_autoptr(GStrvBuilder) labels = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;

  for (guint i = 0; modalities != NULL && modalities[i] != NULL; i++)
    {
      int modality;

      if (cp_enum_from_nick (CP_TYPE_EXCHANGE_MODALITY, modalities[i], &modality))
        g_strv_builder_add (labels, cp_exchange_modality_to_label (modality));
    }
  list = g_strv_builder_end (labels);
  return g_strjoinv (", ", list);
}

/* Both parts when both are known, else the one that is. */
static char *
join_parts (const char *first,
            const char *second)
{
  gboolean has_first = first != NULL && *first != '\0';
  gboolean has_second = second != NULL && *second != '\0';

  if (has_first && has_second)
    return g_strdup_printf ("%s · %s", first, second);
  return g_strdup (has_first ? first : has_second ? second : "");
}

static void
show_overview (CpVisitPage *self)
{
  CpStore *store = cp_page_get_store (CP_PAGE (self));
  CpVisit *v = self->visit;
  g_autoptr(CpPartnership) partnership = cp_store_get_partnership (store, cp_visit_get_partnership_id (v), NULL);
  g_autoptr(CpNeed) need = NULL;
  g_autofree char *title = partnership != NULL ? cp_partnership_dup_title (partnership) : NULL;
  g_autofree char *period = cp_partial_date_format_period (cp_visit_get_starts_on (v), cp_visit_get_ends_on (v));
  g_autofree char *route = describe_route (self);
  g_autofree char *subtitle = join_parts (period, route);
  g_autofree char *modalities = describe_modalities (v);
  const char *report = cp_visit_get_report (v);
  const char *note = cp_visit_get_note (v);

  if (cp_visit_get_need_id (v) != 0)
    need = cp_store_get_need (store, cp_visit_get_need_id (v), NULL);

  adw_window_title_set_title (self->window_title, cp_visit_get_purpose (v));
  adw_window_title_set_subtitle (self->window_title, subtitle);

  set_value (self->partnership_row, title);
  set_value (self->dates_row, period);
  set_value (self->direction_row, cp_visit_direction_to_label (cp_visit_get_direction (v)));
  set_value (self->route_row, route);
  set_value (self->status_row, cp_visit_status_to_label (cp_visit_get_status (v)));
  set_value (self->modalities_row, modalities);
  set_value (self->need_row, need != NULL ? cp_need_get_description (need) : NULL);
  set_value (self->project_row, cp_visit_get_project (v));

  /* The need's page ranks the candidates for it. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self->need_row), need != NULL);
  gtk_widget_set_visible (self->need_row_arrow, need != NULL);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->need_row), need != NULL ? _("See the ranked candidates") : NULL);

  g_list_store_remove_all (self->need_rows);
  if (need != NULL)
    g_list_store_append (self->need_rows, need);

  gtk_label_set_label (self->report_label, *report ? report : _("No report yet."));
  gtk_label_set_label (self->note_label, *note ? note : _("No sources or notes yet."));
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
add_warning (GtkListBox *list,
             const char *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
  gtk_widget_add_css_class (row, "warning");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_append (list, row);
}

static void
show_conflicts (CpVisitPage *self)
{
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GError) error = NULL;

  clear_list (self->conflicts_list);
  conflicts = cp_store_find_visit_conflicts (cp_page_get_store (CP_PAGE (self)), self->id, &error);
  if (conflicts == NULL)
    /* The plan can still be read without them. */
    g_debug ("Cannot find the visit's conflicts: %s", error->message);

  for (guint i = 0; conflicts != NULL && i < conflicts->len; i++)
    {
      CpConflict *conflict = g_ptr_array_index (conflicts, i);

      add_warning (self->conflicts_list, conflict->message);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->conflicts_group), conflicts != NULL && conflicts->len > 0);
}

/* “Total: 1.234,56 EUR · 3.300,00 PEN”, each currency in the order it first comes. */
static void
show_totals (CpVisitPage *self)
{
  g_autoptr(GPtrArray) currencies = g_ptr_array_new ();
  g_autoptr(GArray) totals = g_array_new (FALSE, TRUE, sizeof (gint64));
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *description = NULL;
  guint n = self->costs != NULL ? g_list_model_get_n_items (self->costs) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CpCostLine) cost = g_list_model_get_item (self->costs, i);
      const char *currency = cp_cost_line_get_currency (cost);
      guint j;

      for (j = 0; j < currencies->len; j++)
        if (g_str_equal (g_ptr_array_index (currencies, j), currency))
          break;
      if (j == currencies->len)
        {
          gint64 zero = 0;

          /* The models outlive this function: their strings stay valid. */
          g_ptr_array_add (currencies, (gpointer) currency);
          g_array_append_val (totals, zero);
        }
      g_array_index (totals, gint64, j) += cp_cost_line_get_amount (cost);
    }

  for (guint j = 0; j < currencies->len; j++)
    {
      g_autofree char *amount = cp_money_format (g_array_index (totals, gint64, j), g_ptr_array_index (currencies, j));

      if (text->len > 0)
        g_string_append (text, " · ");
      g_string_append (text, amount);
    }

  if (text->len > 0)
    /* Translators: the costs of a visit added up per currency, e.g. “Total: 1.234,56 EUR · 3.300,00 PEN” */
    description = g_strdup_printf (_("Total: %s"), text->str);
  adw_preferences_group_set_description (self->costs_group, description);
}

static GtkWidget *create_record_row (gpointer item,
                                     gpointer user_data);

static gboolean
is_phase (gpointer item,
          gpointer user_data)
{
  return cp_checklist_item_get_phase (item) == (CpChecklistPhase) GPOINTER_TO_INT (user_data);
}

static void
bind_phase (CpVisitPage      *self,
            GtkListBox       *list,
            CpChecklistPhase  phase)
{
  GtkCustomFilter *filter = gtk_custom_filter_new (is_phase, GINT_TO_POINTER (phase), NULL);
  g_autoptr(GtkFilterListModel) items = gtk_filter_list_model_new (g_object_ref (self->checklist), GTK_FILTER (filter));

  gtk_list_box_bind_model (list, G_LIST_MODEL (items), create_record_row, self, NULL);
}

static void
unbind_lists (CpVisitPage *self)
{
  GtkListBox *lists[] = {
    self->delegates_list, self->programme_list, self->costs_list, self->before_list,
    self->during_list, self->after_list, self->learning_list, self->follow_ups_list,
  };

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    gtk_list_box_bind_model (lists[i], NULL, NULL, NULL, NULL);
  clear_list (self->conflicts_list);
}

static GListModel *
or_empty (GListModel *model)
{
  return model != NULL ? model : G_LIST_MODEL (g_list_store_new (CP_TYPE_RECORD));
}

static void
load (CpVisitPage *self)
{
  CpStore *store = cp_page_get_store (CP_PAGE (self));
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) delegation = NULL;
  g_autoptr(GtkFlattenListModel) delegation_rows = NULL;

  g_clear_object (&self->visit);
  if (store != NULL && self->id != 0)
    self->visit = cp_store_get_visit (store, self->id, &error);

  g_clear_object (&self->delegates);
  g_clear_object (&self->programme);
  g_clear_object (&self->costs);
  g_clear_object (&self->checklist);
  g_clear_object (&self->learning);
  g_clear_object (&self->follow_ups);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "visit.edit", self->visit != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "visit.delete", self->visit != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "visit.export", self->visit != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "visit.add", self->visit != NULL);

  if (self->visit == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "none");
      adw_window_title_set_title (self->window_title, "");
      adw_window_title_set_subtitle (self->window_title, "");
      g_list_store_remove_all (self->need_rows);
      unbind_lists (self);
      return;
    }

  gtk_stack_set_visible_child_name (self->stack, "visit");
  show_overview (self);
  show_conflicts (self);

  self->delegates = or_empty (cp_store_list_delegates (store, self->id, NULL));
  self->programme = or_empty (cp_store_list_programme_items (store, self->id, NULL));
  self->costs = or_empty (cp_store_list_cost_lines (store, self->id, NULL));
  self->checklist = or_empty (cp_store_list_checklist_items (store, self->id, NULL));
  self->learning = or_empty (cp_store_list_learning_entries (store, self->id, NULL));
  self->follow_ups = or_empty (cp_store_list_follow_ups (store, self->id, NULL));

  gtk_list_box_bind_model (self->programme_list, self->programme, create_record_row, self, NULL);
  gtk_list_box_bind_model (self->costs_list, self->costs, create_record_row, self, NULL);
  gtk_list_box_bind_model (self->learning_list, self->learning, create_record_row, self, NULL);
  gtk_list_box_bind_model (self->follow_ups_list, self->follow_ups, create_record_row, self, NULL);

  /* The way to the candidates for the visit's need comes first, then the members. */
  delegation = g_list_store_new (G_TYPE_LIST_MODEL);
  g_list_store_append (delegation, self->need_rows);
  g_list_store_append (delegation, self->delegates);
  delegation_rows = gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&delegation)));
  gtk_list_box_bind_model (self->delegates_list, G_LIST_MODEL (delegation_rows), create_record_row, self, NULL);

  bind_phase (self, self->before_list, CP_CHECKLIST_PHASE_BEFORE);
  bind_phase (self, self->during_list, CP_CHECKLIST_PHASE_DURING);
  bind_phase (self, self->after_list, CP_CHECKLIST_PHASE_AFTER);

  show_totals (self);
}

/* Rows */

/* A checklist item is ticked off where it stands, without its editor. The item
 * is the one the list shows, so the page need not reload for it: the focus stays
 * on the check button, for the next item. */
static void
on_done_toggled (GtkCheckButton *check,
                 CpVisitPage    *self)
{
  CpChecklistItem *item = g_object_get_data (G_OBJECT (check), "cp-record");
  gboolean done = gtk_check_button_get_active (check);
  g_autoptr(GError) error = NULL;
  gboolean saved;

  if (cp_checklist_item_get_done (item) == done)
    return;

  g_object_set (item, "done", done, NULL);
  self->ticking = TRUE;
  saved = cp_store_save (cp_page_get_store (CP_PAGE (self)), CP_RECORD (item), &error);
  self->ticking = FALSE;
  if (!saved)
    {
      g_warning ("Cannot save the checklist item: %s", error->message);
      g_object_set (item, "done", !done, NULL);
      gtk_check_button_set_active (check, !done);
    }
}

/* “Maria Jansen — Expert” */
static char *
name_with_label (const char *name,
                 const char *label)
{
  /* Translators: a name and what it is, e.g. a person and their role in the
   * delegation (“Maria Jansen — Expert”) or a kind of cost and what it was for
   * (“Travel — Flights Amsterdam–Managua”) */
  return g_strdup_printf (_("%s — %s"), name, label);
}

/* “Tue 13 March 2007”, in the interface language like the month names. */
static char *
format_day (const char *iso)
{
  static const char * const weekdays[] = {
    NC_("weekday", "Mon"), NC_("weekday", "Tue"), NC_("weekday", "Wed"), NC_("weekday", "Thu"),
    NC_("weekday", "Fri"), NC_("weekday", "Sat"), NC_("weekday", "Sun"),
  };
  g_autofree char *date = cp_partial_date_format (iso);
  GDate day;

  if (strlen (iso) != 10 || !cp_partial_date_to_gdate (iso, &day))
    return g_steal_pointer (&date);
  /* Translators: the day of a programme item: a weekday and a date, e.g. “Tue 13 March 2007” */
  return g_strdup_printf (C_("programme day", "%s %s"),
                          g_dpgettext2 (NULL, "weekday", weekdays[g_date_get_weekday (&day) - 1]), date);
}

/* “Tue 13 March 2007 · 09:30–11:00 · Town hall · Ana López · in Spanish” */
static char *
describe_programme_item (CpProgrammeItem *item)
{
  const char *starts_at = cp_programme_item_get_starts_at (item);
  const char *ends_at = cp_programme_item_get_ends_at (item);
  const char *language = cp_programme_item_get_language (item);
  g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;
  g_autofree char *day = NULL;
  g_autofree char *time = NULL;
  g_autofree char *held_in = NULL;

  if (*cp_programme_item_get_date (item) != '\0')
    {
      day = format_day (cp_programme_item_get_date (item));
      g_strv_builder_add (parts, day);
    }
  if (*starts_at != '\0' && *ends_at != '\0')
    {
      /* Translators: the time an item of a programme takes, e.g. “09:30–11:00” */
      time = g_strdup_printf (_("%s–%s"), starts_at, ends_at);
      g_strv_builder_add (parts, time);
    }
  else if (*starts_at != '\0')
    g_strv_builder_add (parts, starts_at);
  if (*cp_programme_item_get_place (item) != '\0')
    g_strv_builder_add (parts, cp_programme_item_get_place (item));
  if (*cp_programme_item_get_contact (item) != '\0')
    g_strv_builder_add (parts, cp_programme_item_get_contact (item));
  if (language != NULL && *language != '\0')
    {
      g_autofree char *name = cp_language_dup_name (language);

      /* Translators: the language a programme item is held in, e.g. “in Spanish” */
      held_in = g_strdup_printf (_("in %s"), name != NULL ? name : language);
      g_strv_builder_add (parts, held_in);
    }
  list = g_strv_builder_end (parts);
  return g_strjoinv (" · ", list);
}

/* “Maria Jansen · 1 May 2008 · Open · overdue” */
static char *
describe_follow_up (CpVisitPage *self,
                    CpFollowUp  *follow_up,
                    gboolean    *overdue)
{
  const char *due_on = cp_follow_up_get_due_on (follow_up);
  g_autofree char *today = cp_context_dup_today (cp_page_get_context (CP_PAGE (self)));
  g_autofree char *owner = dup_person_name (self, cp_follow_up_get_owner_id (follow_up));
  g_autofree char *due = cp_partial_date_format (due_on);
  g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;

  /* A due date of a month or a year runs to its end. */
  *overdue = cp_follow_up_get_status (follow_up) == CP_FOLLOW_UP_STATUS_OPEN &&
             *due_on != '\0' && cp_partial_date_compare (due_on, today) < 0;

  if (owner != NULL)
    g_strv_builder_add (parts, owner);
  if (*due != '\0')
    g_strv_builder_add (parts, due);
  g_strv_builder_add (parts, cp_follow_up_status_to_label (cp_follow_up_get_status (follow_up)));
  if (*overdue)
    /* Translators: said of a follow-up action still open after its due date */
    g_strv_builder_add (parts, _("overdue"));
  list = g_strv_builder_end (parts);
  return g_strjoinv (" · ", list);
}

static GtkWidget *
create_candidates_row (CpNeed *need)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Candidates for this need"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("See the ranked candidates"));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("system-users-symbolic"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "cp-record", g_object_ref (need), g_object_unref);
  return row;
}

static GtkWidget *
create_record_row (gpointer item,
                   gpointer user_data)
{
  CpVisitPage *self = user_data;
  GtkWidget *row;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  if (CP_IS_NEED (item))
    return create_candidates_row (item);

  row = adw_action_row_new ();

  if (CP_IS_DELEGATE (item))
    {
      g_autofree char *name = dup_person_name (self, cp_delegate_get_person_id (item));

      title = name_with_label (name ? name : "?", cp_delegate_role_to_label (cp_delegate_get_role (item)));
      subtitle = g_strdup (cp_delegate_get_rationale (item));
    }
  else if (CP_IS_PROGRAMME_ITEM (item))
    {
      title = g_strdup (cp_programme_item_get_activity (item));
      subtitle = describe_programme_item (item);
    }
  else if (CP_IS_COST_LINE (item))
    {
      const char *kind = cp_cost_kind_to_label (cp_cost_line_get_kind (item));
      const char *description = cp_cost_line_get_description (item);
      g_autofree char *amount = cp_money_format (cp_cost_line_get_amount (item), cp_cost_line_get_currency (item));
      GtkWidget *amount_label = gtk_label_new (amount);

      title = *description ? name_with_label (kind, description) : g_strdup (kind);
      subtitle = dup_municipality_name (self, cp_cost_line_get_payer_id (item));
      if (subtitle == NULL)
        subtitle = g_strdup (cp_cost_line_get_payer (item));
      gtk_widget_add_css_class (amount_label, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), amount_label);
    }
  else if (CP_IS_CHECKLIST_ITEM (item))
    {
      GtkWidget *check = gtk_check_button_new ();

      title = g_strdup (cp_checklist_item_get_text (item));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), cp_checklist_item_get_done (item));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      /* Translators: a tooltip on the box that ticks off an item of a visit's checklist */
      gtk_widget_set_tooltip_text (check, _("Done"));
      g_object_set_data_full (G_OBJECT (check), "cp-record", g_object_ref (item), g_object_unref);
      g_signal_connect (check, "toggled", G_CALLBACK (on_done_toggled), self);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
    }
  else if (CP_IS_LEARNING_ENTRY (item))
    {
      g_autofree char *name = dup_person_name (self, cp_learning_entry_get_person_id (item));
      const char *shared = cp_learning_entry_get_shared (item);

      title = name_with_label (name ? name : "?", cp_learning_level_to_label (cp_learning_entry_get_level (item)));
      if (*shared != '\0')
        {
          /* Translators: how what someone learnt on a visit was passed on, e.g.
           * “Shared: presentation to the housing department” */
          g_autofree char *shared_label = g_strdup_printf (_("Shared: %s"), shared);

          subtitle = join_parts (cp_learning_entry_get_learnt (item), shared_label);
        }
      else
        subtitle = g_strdup (cp_learning_entry_get_learnt (item));
    }
  else if (CP_IS_FOLLOW_UP (item))
    {
      gboolean overdue = FALSE;

      title = g_strdup (cp_follow_up_get_action (item));
      subtitle = describe_follow_up (self, item, &overdue);
      if (overdue)
        gtk_widget_add_css_class (row, "warning");
    }
  else
    g_return_val_if_reached (row);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "cp-record", g_object_ref (item), g_object_unref);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), cp_page_new_delete_button (CP_PAGE (self), CP_RECORD (item), title));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  return row;
}

static void
show_need (CpVisitPage *self,
           gint64       need_id)
{
  /* The window opens it under People & Expertise, with its ranked candidates. */
  if (need_id != 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-need", "x", need_id);
}

static void
on_row_activated (GtkListBox    *list,
                  GtkListBoxRow *row,
                  CpVisitPage   *self)
{
  CpRecord *record = g_object_get_data (G_OBJECT (row), "cp-record");

  if (record == NULL)
    return;
  if (CP_IS_NEED (record))
    show_need (self, cp_record_get_id (record));
  else
    cp_page_edit_record (CP_PAGE (self), record);
}

static void
on_need_row_activated (CpVisitPage *self)
{
  if (self->visit != NULL)
    show_need (self, cp_visit_get_need_id (self->visit));
}

/* Export */

static void
show_error (CpVisitPage *self,
            const char  *heading,
            const char  *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_export_response (GtkNativeDialog *chooser,
                    int              response,
                    CpVisitPage     *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GListStore) visits = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL || self->visit == NULL || !(path = g_file_get_path (file)))
    return;

  visits = g_list_store_new (CP_TYPE_VISIT);
  g_list_store_append (visits, self->visit);
  if (!cp_ical_export_file (cp_page_get_store (CP_PAGE (self)), G_LIST_MODEL (visits), path, &error))
    {
      show_error (self, _("Cannot Export the Visit"), error->message);
      return;
    }

  basename = g_file_get_basename (file);
  name = g_strdup (basename);
  /* Translators: %s is the name of the calendar file written, e.g. “Work visit.ics” */
  message = g_strdup_printf (_("Exported to %s"), name);
  cp_toast_show (GTK_WIDGET (self), cp_toast_new_plain (message));
}

/* “Work visit on housing.ics”: the purpose, without what a file name cannot hold. */
static char *
suggest_file_name (CpVisit *visit)
{
  g_autofree char *purpose = g_strstrip (g_strdup (cp_visit_get_purpose (visit)));

  g_strdelimit (purpose, "/\\:*?\"<>|\n\r\t", ' ');
  if (*purpose == '\0')
    {
      g_free (purpose);
      /* Translators: the file name for a visit without a purpose, before “.ics” */
      purpose = g_strdup (_("Visit"));
    }
  return g_strconcat (purpose, ".ics", NULL);
}

static void
export_visit (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  CpVisitPage *self = CP_VISIT_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  if (self->visit == NULL || self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Export to Calendar"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Calendar files"));
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  gtk_file_filter_add_suffix (filter, "ics");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  name = suggest_file_name (self->visit);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_export_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Actions */

static void
edit_visit (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  CpVisitPage *self = CP_VISIT_PAGE (widget);

  if (self->visit != NULL)
    cp_page_edit_record (CP_PAGE (self), CP_RECORD (self->visit));
}

static void
delete_visit (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  CpVisitPage *self = CP_VISIT_PAGE (widget);

  /* The Visits section deletes it and offers Undo. */
  if (self->visit != NULL)
    gtk_widget_activate_action (widget, "visits.delete", "x", self->id);
}

/* After the last item of @phase, so that a new one comes at the end of its list. */
static int
next_checklist_position (CpVisitPage      *self,
                         CpChecklistPhase  phase)
{
  guint n = g_list_model_get_n_items (self->checklist);
  int position = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CpChecklistItem) item = g_list_model_get_item (self->checklist, i);

      if (cp_checklist_item_get_phase (item) == phase)
        position = MAX (position, cp_checklist_item_get_position (item) + 1);
    }
  return position;
}

static void
add_record (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  CpVisitPage *self = CP_VISIT_PAGE (widget);
  const char *kind = g_variant_get_string (param, NULL);
  g_autoptr(CpRecord) record = NULL;

  if (self->visit == NULL)
    return;

  if (g_str_equal (kind, "delegate"))
    record = CP_RECORD (cp_delegate_new (self->id));
  else if (g_str_equal (kind, "programme"))
    {
      record = CP_RECORD (cp_programme_item_new (self->id));
      /* Most programmes begin on the day of arrival. */
      g_object_set (record, "date", cp_visit_get_starts_on (self->visit), NULL);
    }
  else if (g_str_equal (kind, "cost"))
    record = CP_RECORD (cp_cost_line_new (self->id));
  else if (g_str_has_prefix (kind, "checklist-"))
    {
      int phase;

      if (!cp_enum_from_nick (CP_TYPE_CHECKLIST_PHASE, kind + strlen ("checklist-"), &phase))
        g_return_if_reached ();
      record = CP_RECORD (cp_checklist_item_new (self->id));
      g_object_set (record, "phase", phase, "position", next_checklist_position (self, phase), NULL);
    }
  else if (g_str_equal (kind, "learning"))
    record = CP_RECORD (cp_learning_entry_new (self->id));
  else if (g_str_equal (kind, "follow-up"))
    record = CP_RECORD (cp_follow_up_new (self->id));
  else
    g_return_if_reached ();

  cp_page_edit_record (CP_PAGE (self), record);
}

/* Plumbing */

static void
cp_visit_page_data_changed (CpPage *page)
{
  CpVisitPage *self = CP_VISIT_PAGE (page);

  if (!self->ticking)
    load (self);
}

static void
cp_visit_page_workspace_changed (CpPage *page)
{
  CpVisitPage *self = CP_VISIT_PAGE (page);

  self->id = 0;
  load (self);
}

void
cp_visit_page_set_visit_id (CpVisitPage *self,
                            gint64       id)
{
  g_return_if_fail (CP_IS_VISIT_PAGE (self));

  self->id = id;
  load (self);
}

static void
cp_visit_page_dispose (GObject *object)
{
  CpVisitPage *self = CP_VISIT_PAGE (object);

  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  g_clear_object (&self->visit);
  g_clear_object (&self->need_rows);
  g_clear_object (&self->delegates);
  g_clear_object (&self->programme);
  g_clear_object (&self->costs);
  g_clear_object (&self->checklist);
  g_clear_object (&self->learning);
  g_clear_object (&self->follow_ups);

  G_OBJECT_CLASS (cp_visit_page_parent_class)->dispose (object);
}

static void
cp_visit_page_class_init (CpVisitPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CpPageClass *page_class = CP_PAGE_CLASS (klass);

  object_class->dispose = cp_visit_page_dispose;
  page_class->workspace_changed = cp_visit_page_workspace_changed;
  page_class->data_changed = cp_visit_page_data_changed;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-visit-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CpVisitPage, window_title);
  gtk_widget_class_bind_template_child (widget_class, CpVisitPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CpVisitPage, partnership_row);
  gtk_widget_class_bind_template_child (widget_class, CpVisitPage, dates_row);
  gtk_widget_class_bind_template_child (widget_class, CpVisitPage, direction_row);
  gtk_widget_class_bind_template_child (widget_class, CpVisitPage, route_row);
  gtk_widget_class_bind_template_child (widget_class, CpVisitPage, status_row);
  gtk_widget_class_bind_template_child (widget_class, CpVisitPage, modalities_row);
  gtk_widget_class_bind_template_child (widget_class, CpVisitPage, need_row);
  gtk_widget_class_bind_template_child (widget_class, CpVisitPage, need_row_arrow);
  gtk_widget_class_bind_template_child (widget_class, CpVisitPage, project_row);
  gtk_widget_class_bind_template_child (widget_class, CpVisitPage, conflicts_group);
  gtk_widget_class_bind_template_child (widget_class, CpVisitPage, conflicts_list);
  gtk_widget_class_bind_template_child (widget_class, CpVisitPage, delegates_list);
  gtk_widget_class_bind_template_child (widget_class, CpVisitPage, programme_list);
  gtk_widget_class_bind_template_child (widget_class, CpVisitPage, costs_group);
  gtk_widget_class_bind_template_child (widget_class, CpVisitPage, costs_list);
  gtk_widget_class_bind_template_child (widget_class, CpVisitPage, before_list);
  gtk_widget_class_bind_template_child (widget_class, CpVisitPage, during_list);
  gtk_widget_class_bind_template_child (widget_class, CpVisitPage, after_list);
  gtk_widget_class_bind_template_child (widget_class, CpVisitPage, report_label);
  gtk_widget_class_bind_template_child (widget_class, CpVisitPage, learning_list);
  gtk_widget_class_bind_template_child (widget_class, CpVisitPage, follow_ups_list);
  gtk_widget_class_bind_template_child (widget_class, CpVisitPage, note_label);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_need_row_activated);

  gtk_widget_class_install_action (widget_class, "visit.edit", NULL, edit_visit);
  gtk_widget_class_install_action (widget_class, "visit.delete", NULL, delete_visit);
  gtk_widget_class_install_action (widget_class, "visit.export", NULL, export_visit);
  gtk_widget_class_install_action (widget_class, "visit.add", "s", add_record);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "visit.edit", NULL);
}

static void
cp_visit_page_init (CpVisitPage *self)
{
  self->need_rows = g_list_store_new (CP_TYPE_NEED);
  gtk_widget_init_template (GTK_WIDGET (self));
}
