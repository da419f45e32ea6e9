/* cp-overview-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <glib/gi18n.h>

#include "core/cp-conditions.h"
#include "core/cp-money.h"
#include "core/cp-partial-date.h"
#include "cp-overview-page.h"

/* Visits and deadlines this many days ahead are shown. */
#define HORIZON_DAYS 90

struct _CpOverviewPage
{
  CpPage              parent_instance;

  GPtrArray          *groups;     /* the groups made for the data */
  GString            *text;       /* what they show, for tests */

  GtkStack           *stack;
  AdwPreferencesPage *page;
  AdwWindowTitle     *window_title;
  GtkMenuButton      *menu_button;
};

G_DEFINE_FINAL_TYPE (CpOverviewPage, cp_overview_page, CP_TYPE_PAGE)

static AdwPreferencesGroup *
add_group (CpOverviewPage *self,
           const char     *title,
           const char     *description)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  adw_preferences_group_set_title (group, title);
  adw_preferences_group_set_description (group, description);
  adw_preferences_page_add (self->page, group);
  g_ptr_array_add (self->groups, group);
  g_string_append_printf (self->text, "%s\n", title);
  return group;
}

/* A row that leads to where the matter is kept: @action with @target. */
static GtkWidget *
add_row (CpOverviewPage      *self,
         AdwPreferencesGroup *group,
         const char          *icon,
         const char          *title,
         const char          *subtitle,
         gboolean             warning,
         const char          *action,
         GVariant            *target)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *image = gtk_image_new_from_icon_name (icon);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), image);
  if (warning)
    gtk_widget_add_css_class (row, "warning");
  if (action != NULL)
    {
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), action);
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), target);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
    }
  else if (target != NULL)
    g_variant_unref (g_variant_ref_sink (target));
  adw_preferences_group_add (group, row);
  g_string_append_printf (self->text, "  %s — %s\n", title, subtitle);
  return row;
}

/* The deadlines and what is overdue */

static const char *
attention_icon (CpAttentionKind kind)
{
  switch (kind)
    {
    case CP_ATTENTION_VISIT:
      return "x-office-calendar-symbolic";
    case CP_ATTENTION_GRANT_DEADLINE:
      return "mail-send-symbolic";
    case CP_ATTENTION_REPORT_TO_FUNDER:
    case CP_ATTENTION_REPORT_FROM_PARTNER:
      return "x-office-document-symbolic";
    case CP_ATTENTION_AGREEMENT_EXPIRING:
      return "emblem-documents-symbolic";
    case CP_ATTENTION_TERM_ENDING:
      return "system-users-symbolic";
    case CP_ATTENTION_FOLLOW_UP:
    default:
      return "emblem-important-symbolic";
    }
}

static char *
describe_attention (const CpAttentionItem *item)
{
  g_autofree char *day = cp_partial_date_format (item->day);
  const char *context = item->context ? item->context : "";

  switch (item->kind)
    {
    case CP_ATTENTION_VISIT:
      /* Translators: a visit coming up: its first day and its partnership */
      return g_strdup_printf (_("Visit from %s · %s"), day, context);
    case CP_ATTENTION_GRANT_DEADLINE:
      /* Translators: a grant application's deadline and its funder */
      return g_strdup_printf (_("Application deadline %s · %s"), day, context);
    case CP_ATTENTION_REPORT_TO_FUNDER:
      /* Translators: a report a grant obliges: its day and to whom */
      return g_strdup_printf (_("Report due %s · to %s"), day, context);
    case CP_ATTENTION_REPORT_FROM_PARTNER:
      /* Translators: a report the partner owes on a project: its day and partnership */
      return g_strdup_printf (_("Partner's report due %s · %s"), day, context);
    case CP_ATTENTION_AGREEMENT_EXPIRING:
      /* Translators: an agreement's last valid day and its partnership */
      return g_strdup_printf (_("Agreement valid until %s · %s"), day, context);
    case CP_ATTENTION_TERM_ENDING:
      /* Translators: a political term's last day and its municipality */
      return g_strdup_printf (_("Term ends %s · %s"), day, context);
    case CP_ATTENTION_FOLLOW_UP:
    default:
      /* Translators: a follow-up action's day and the visit it follows */
      return g_strdup_printf (_("Follow-up due %s · after “%s”"), day, context);
    }
}

static void
add_attention_row (CpOverviewPage        *self,
                   AdwPreferencesGroup   *group,
                   const CpAttentionItem *item)
{
  g_autofree char *subtitle = describe_attention (item);
  const char *action = "win.show-section";
  GVariant *target;

  switch (item->kind)
    {
    case CP_ATTENTION_VISIT:
    case CP_ATTENTION_FOLLOW_UP:
      action = "win.show-visit";
      target = g_variant_new_int64 (item->record_id);
      break;
    case CP_ATTENTION_GRANT_DEADLINE:
    case CP_ATTENTION_REPORT_TO_FUNDER:
      target = g_variant_new_string ("funding/applications");
      break;
    case CP_ATTENTION_AGREEMENT_EXPIRING:
      target = g_variant_new_string ("partnerships");
      break;
    case CP_ATTENTION_REPORT_FROM_PARTNER:
      target = g_variant_new_string ("conditions/partners");
      break;
    case CP_ATTENTION_TERM_ENDING:
    default:
      target = g_variant_new_string ("conditions/context");
      break;
    }
  add_row (self, group, attention_icon (item->kind), item->title, subtitle, item->overdue, action, target);
}

static void
show_attention (CpOverviewPage *self,
                CpStore        *store,
                const char     *today,
                guint          *shown)
{
  g_autoptr(GPtrArray) items = cp_store_list_attention (store, today, HORIZON_DAYS, NULL);
  AdwPreferencesGroup *overdue = NULL, *coming = NULL;

  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      const CpAttentionItem *item = g_ptr_array_index (items, i);

      if (item->overdue && overdue == NULL)
        overdue = add_group (self, _("Overdue"), _("Deadlines passed and follow-up actions not done"));
      if (!item->overdue && coming == NULL)
        coming = add_group (self, _("Next 90 Days"),
                            _("Visits, grant deadlines, reports, agreements expiring and terms ending"));
      add_attention_row (self, item->overdue ? overdue : coming, item);
      (*shown)++;
    }
}

/* The risk signals and the budget of each own municipality this year */

static void
show_municipality (CpOverviewPage      *self,
                   CpStore             *store,
                   CpMunicipality      *municipality,
                   int                  year,
                   const char          *today,
                   AdwPreferencesGroup *signals_group,
                   AdwPreferencesGroup *budget_group,
                   guint               *shown)
{
  gint64 id = cp_record_get_id (CP_RECORD (municipality));
  CpConditionsFacts facts;
  g_autoptr(CpYearSummary) summary = cp_store_summarize_year (store, id, year, NULL);

  if (cp_store_gather_conditions_facts (store, id, 0, year, today, &facts, NULL))
    {
      for (int condition = CP_CONDITION_POLITICAL_EMBEDDING; condition <= CP_CONDITION_SUPPORT; condition++)
        {
          g_autoptr(CpConditionResult) result = cp_conditions_evaluate (&facts, condition);

          for (guint i = 0; i < result->signals->len; i++)
            {
              CpRiskSignal *signal = g_ptr_array_index (result->signals, i);
              /* Translators: a risk signal's municipality, condition and evidence */
              g_autofree char *subtitle = g_strdup_printf (_("%s · %s: %s"), cp_municipality_get_name (municipality),
                                                           cp_condition_to_label (condition), signal->evidence);

              if (signal->severity == CP_SIGNAL_SEVERITY_NOTICE)
                continue;
              add_row (self, signals_group,
                       signal->severity == CP_SIGNAL_SEVERITY_CRITICAL ? "dialog-error-symbolic" : "dialog-warning-symbolic",
                       signal->title, subtitle, signal->severity == CP_SIGNAL_SEVERITY_CRITICAL,
                       "win.show-section", g_variant_new_string ("conditions"));
              (*shown)++;
            }
        }
    }
  cp_conditions_facts_clear (&facts);

  if (summary != NULL)
    {
      gint64 budget = 0;
      g_autofree char *subtitle = NULL;

      for (guint i = 0; i < summary->partnerships->len; i++)
        budget += MAX (g_array_index (summary->partnerships, CpPartnershipMoney, i).budget, 0);
      if (summary->budget == NULL && summary->n_transactions == 0)
        subtitle = g_strdup_printf (_("No budget and no ledger entries recorded for %d"), year);
      else
        {
          g_autofree char *spent = cp_money_format (summary->spent, summary->base_currency);
          g_autofree char *of = cp_money_format (budget, summary->base_currency);
          g_autofree char *in = cp_money_format (summary->incoming, summary->base_currency);

          /* Translators: the year's budget position: spent, the partnerships' budget, received */
          subtitle = g_strdup_printf (_("Spent %s of the partnerships' budget of %s · received %s"), spent, of, in);
        }
      add_row (self, budget_group, "accessories-calculator-symbolic", cp_municipality_get_name (municipality), subtitle,
               budget > 0 && summary->spent > budget, "win.show-section", g_variant_new_string ("funding"));
    }
}

static void
reload (CpOverviewPage *self)
{
  CpStore *store = cp_page_get_store (CP_PAGE (self));
  g_autofree char *today = cp_context_dup_today (cp_page_get_context (CP_PAGE (self)));
  g_autoptr(GListModel) municipalities = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *day = NULL;
  AdwPreferencesGroup *signals_group = NULL, *budget_group = NULL;
  guint shown = 0;
  int year;

  for (guint i = 0; i < self->groups->len; i++)
    adw_preferences_page_remove (self->page, g_ptr_array_index (self->groups, i));
  g_ptr_array_set_size (self->groups, 0);
  g_string_truncate (self->text, 0);
  if (store == NULL || today == NULL)
    return;

  year = atoi (today);
  day = cp_partial_date_format (today);
  /* Translators: the Overview's subtitle: today's date */
  subtitle = g_strdup_printf (_("As of %s"), day);
  adw_window_title_set_subtitle (self->window_title, subtitle);

  show_attention (self, store, today, &shown);
  municipalities = cp_store_list_municipalities (store, NULL);
  for (guint i = 0; municipalities != NULL && i < g_list_model_get_n_items (municipalities); i++)
    {
      g_autoptr(CpMunicipality) m = g_list_model_get_item (municipalities, i);

      if (!cp_municipality_get_is_own (m))
        continue;
      if (signals_group == NULL)
        {
          g_autofree char *title = g_strdup_printf (_("Risk Signals, %d"), year);
          g_autofree char *budget_title = g_strdup_printf (_("Budget Position, %d"), year);

          signals_group = add_group (self, title, _("What the four critical conditions warn of, from the data you keep"));
          budget_group = add_group (self, budget_title, NULL);
        }
      show_municipality (self, store, m, year, today, signals_group, budget_group, &shown);
    }
  gtk_stack_set_visible_child_name (self->stack, self->groups->len == 0 ? "empty" : "overview");
}

static void
cp_overview_page_data_changed (CpPage *page)
{
  reload (CP_OVERVIEW_PAGE (page));
}

static void
cp_overview_page_dispose (GObject *object)
{
  CpOverviewPage *self = CP_OVERVIEW_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CP_TYPE_OVERVIEW_PAGE);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  if (self->text != NULL)
    g_string_free (g_steal_pointer (&self->text), TRUE);

  G_OBJECT_CLASS (cp_overview_page_parent_class)->dispose (object);
}

static void
cp_overview_page_class_init (CpOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CpPageClass *page_class = CP_PAGE_CLASS (klass);

  object_class->dispose = cp_overview_page_dispose;
  page_class->workspace_changed = cp_overview_page_data_changed;
  page_class->data_changed = cp_overview_page_data_changed;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CpOverviewPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CpOverviewPage, page);
  gtk_widget_class_bind_template_child (widget_class, CpOverviewPage, window_title);
  gtk_widget_class_bind_template_child (widget_class, CpOverviewPage, menu_button);
}

static void
cp_overview_page_init (CpOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->groups = g_ptr_array_new ();
  self->text = g_string_new (NULL);
  cp_page_use_primary_menu (CP_PAGE (self), self->menu_button);
}

char *
cp_overview_page_dup_text (CpOverviewPage *self)
{
  g_return_val_if_fail (CP_IS_OVERVIEW_PAGE (self), NULL);

  return g_strdup (self->text->str);
}
