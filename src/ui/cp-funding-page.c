/* cp-funding-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "core/cp-country.h"
#include "core/cp-eligibility.h"
#include "core/cp-funding-indicators.h"
#include "core/cp-money.h"
#include "core/cp-partial-date.h"
#include "cp-enum-types.h"
#include "exchange/cp-ledger-csv.h"
#include "cp-funding-page.h"
#include "cp-iati-export.h"
#include "cp-label-cell.h"
#include "cp-ledger-import-dialog.h"
#include "cp-undo-toast.h"
#include "cp-ledger-view.h"
#include "report/cp-chart.h"
#include "report/cp-report-charts.h"

/* The funding-by-source chart shows the chosen year and up to this many before it. */
#define N_EARLIER_YEARS 4

struct _CpFundingPage
{
  CpPage               parent_instance;

  GArray              *municipality_ids;   /* gint64, the dropdown's: own municipalities, or 0 for all */
  GArray              *years;              /* int, the dropdown's */
  gint64               municipality_id;
  int                  year;
  int                  ledger_year;        /* the year last handed to the ledger */
  gboolean             loading;
  CpYearSummary       *summary;
  CpChart             *budget_chart;
  CpChart             *funding_chart;
  GPtrArray           *dynamic;            /* rows and groups to remove on reload: (parent, child) pairs */
  GPtrArray           *indicator_labels;

  AdwViewStack        *view_stack;
  GtkMenuButton       *menu_button;
  GtkDropDown         *municipality_dropdown;
  GtkDropDown         *year_dropdown;
  GtkLabel            *year_summary_label;
  GtkFlowBox          *indicator_box;
  GtkDrawingArea      *budget_chart_area;
  GtkDrawingArea      *funding_chart_area;
  AdwPreferencesGroup *lines_group;
  AdwPreferencesGroup *partners_group;
  CpLedgerView        *ledger_view;
  GtkFileChooserNative *chooser;
  GtkStack            *funders_stack;
  AdwPreferencesPage  *funders_page;
  GtkStack            *applications_stack;
  AdwPreferencesPage  *applications_page;
};

G_DEFINE_FINAL_TYPE (CpFundingPage, cp_funding_page, CP_TYPE_PAGE)

static void reload (CpFundingPage *self);

/* Widgets made for the data, removed before the next load */

static void
remember (CpFundingPage *self,
          GtkWidget     *parent,
          GtkWidget     *child)
{
  g_ptr_array_add (self->dynamic, parent);
  g_ptr_array_add (self->dynamic, child);
}

static void
clear_dynamic (CpFundingPage *self)
{
  /* The latest first: a row added to a group made for the data goes before its group. */
  for (guint i = self->dynamic->len; i >= 2; i -= 2)
    {
      GtkWidget *parent = g_ptr_array_index (self->dynamic, i - 2);
      GtkWidget *child = g_ptr_array_index (self->dynamic, i - 1);

      if (ADW_IS_PREFERENCES_PAGE (parent))
        adw_preferences_page_remove (ADW_PREFERENCES_PAGE (parent), ADW_PREFERENCES_GROUP (child));
      else if (ADW_IS_PREFERENCES_GROUP (parent))
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (parent), child);
      else if (GTK_IS_FLOW_BOX (parent))
        gtk_flow_box_remove (GTK_FLOW_BOX (parent), child);
    }
  g_ptr_array_set_size (self->dynamic, 0);
  g_ptr_array_set_size (self->indicator_labels, 0);
}

static GtkWidget *
add_row (CpFundingPage       *self,
         AdwPreferencesGroup *group,
         const char          *title,
         const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle ? subtitle : "");
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_preferences_group_add (group, row);
  remember (self, GTK_WIDGET (group), row);
  return row;
}

static AdwPreferencesGroup *
add_group (CpFundingPage      *self,
           AdwPreferencesPage *page,
           const char         *title,
           const char         *description)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  adw_preferences_group_set_title (group, title);
  if (description != NULL)
    adw_preferences_group_set_description (group, description);
  adw_preferences_page_add (page, group);
  remember (self, GTK_WIDGET (page), GTK_WIDGET (group));
  return group;
}

/* The indicator cards */

static GtkWidget *
new_card_label (const char *text,
                const char *style,
                gboolean    wrap)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), wrap);
  /* Wrapped text asks for no more width than this: the cards share a line. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
  gtk_widget_add_css_class (label, style);
  return label;
}

static void
add_card (CpFundingPage      *self,
          CpFundingIndicator  which,
          const char         *value,
          const char         *detail)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *value_label = new_card_label (value, "title-2", FALSE);
  GtkWidget *meaning = new_card_label (cp_funding_indicator_get_meaning (which), "caption", TRUE);

  gtk_widget_add_css_class (card, "card");
  gtk_box_append (GTK_BOX (card), new_card_label (cp_funding_indicator_get_title (which), "heading", TRUE));
  gtk_label_set_selectable (GTK_LABEL (value_label), TRUE);
  gtk_widget_add_css_class (value_label, "numeric");
  gtk_box_append (GTK_BOX (card), value_label);
  if (detail != NULL && *detail != '\0')
    gtk_box_append (GTK_BOX (card), new_card_label (detail, "caption", TRUE));
  gtk_widget_add_css_class (meaning, "dim-label");
  gtk_box_append (GTK_BOX (card), meaning);
  /* The card's padding. */
  for (GtkWidget *child = gtk_widget_get_first_child (card); child; child = gtk_widget_get_next_sibling (child))
    g_object_set (child, "margin-start", 12, "margin-end", 12, NULL);
  gtk_widget_set_margin_top (gtk_widget_get_first_child (card), 12);
  gtk_widget_set_margin_bottom (meaning, 12);

  gtk_flow_box_append (self->indicator_box, card);
  remember (self, GTK_WIDGET (self->indicator_box), gtk_widget_get_parent (card));
  g_ptr_array_add (self->indicator_labels, value_label);
}

/* The partner municipalities of the municipality's partnerships (all partners for 0). */
static GPtrArray *
list_partners (CpFundingPage *self,
               GListModel    *partnerships,
               GArray        *partnership_ids)
{
  GPtrArray *partners = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (partnerships); i++)
    {
      g_autoptr(CpPartnership) partnership = g_list_model_get_item (partnerships, i);
      GPtrArray *parties = cp_partnership_get_parties (partnership);
      gboolean ours = self->municipality_id == 0;

      for (guint j = 0; parties != NULL && j < parties->len; j++)
        ours |= cp_record_get_id (g_ptr_array_index (parties, j)) == self->municipality_id;
      if (!ours)
        continue;
      if (partnership_ids != NULL)
        {
          gint64 id = cp_record_get_id (CP_RECORD (partnership));
          g_array_append_val (partnership_ids, id);
        }
      for (guint j = 0; parties != NULL && j < parties->len; j++)
        {
          CpMunicipality *party = g_ptr_array_index (parties, j);

          if (!cp_municipality_get_is_own (party) && !g_ptr_array_find (partners, party, NULL))
            g_ptr_array_add (partners, g_object_ref (party));
        }
    }
  return partners;
}

/* The eligibility runway: of the programmes the municipality's partnerships applied
 * to, the one that stops first for a partner's country, seen from the chosen year
 * (or today, within it). */
static void
add_runway_card (CpFundingPage *self,
                 CpStore       *store,
                 GArray        *partnership_ids)
{
  g_autofree char *today = cp_context_dup_today (cp_page_get_context (CP_PAGE (self)));
  g_autofree char *year_start = g_strdup_printf ("%04d-01-01", self->year);
  g_autofree char *year_end = g_strdup_printf ("%04d-12-31", self->year);
  const char *as_of = g_strcmp0 (today, year_end) > 0 ? year_end : g_strcmp0 (today, year_start) < 0 ? year_start : today;
  g_autofree char *value = NULL;
  g_autofree char *detail = NULL;
  CpEligibilityRunway runway;

  if (cp_store_find_eligibility_runway (store, partnership_ids, as_of, &runway, NULL) && runway.found)
    {
      const char *country_name = cp_country_get_name (runway.country);

      if (!runway.eligible)
        value = g_strdup (_("Not eligible"));
      else if (runway.months < 0)
        value = g_strdup (_("Open-ended"));
      else
        value = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d month", "%d months", runway.months), runway.months);
      /* Translators: the eligibility runway's detail: a country and a programme */
      detail = g_strdup_printf (_("%s in %s"), country_name ? country_name : runway.country, runway.programme);
    }
  cp_eligibility_runway_clear (&runway);
  add_card (self, CP_FUNDING_INDICATOR_ELIGIBILITY_RUNWAY, value ? value : "—",
            detail ? detail : _("No applications to programmes for this municipality's partnerships."));
}

static void
show_indicators (CpFundingPage *self,
                 CpStore       *store,
                 GListModel    *municipalities,
                 GListModel    *partnerships)
{
  CpYearSummary *summary = self->summary;
  const char *currency = summary->base_currency;
  g_autoptr(GArray) partnership_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) partners = list_partners (self, partnerships, partnership_ids);
  g_autoptr(GListModel) funders = cp_store_list_funders (store, NULL);
  gint64 population = 0;
  g_autofree char *share = NULL;
  g_autofree char *ic_share = NULL;
  g_autofree char *ic_per = NULL;
  g_autofree char *partnership_per = NULL;
  g_autofree char *external = NULL;
  g_autofree char *multiplier = NULL;
  g_autofree char *largest = NULL;
  g_autofree char *largest_detail = NULL;
  g_autofree char *external_detail = NULL;
  g_autoptr(GString) share_detail = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (municipalities); i++)
    {
      g_autoptr(CpMunicipality) m = g_list_model_get_item (municipalities, i);

      if (cp_record_get_id (CP_RECORD (m)) == self->municipality_id)
        population = cp_municipality_get_population (m);
    }

  for (guint i = 0; i < summary->partnerships->len; i++)
    {
      const CpPartnershipMoney *money = &g_array_index (summary->partnerships, CpPartnershipMoney, i);
      CpIndicator one = cp_year_summary_get_partnership_share (summary, money->partnership_id);
      g_autofree char *percent = NULL;

      if (!one.known)
        continue;
      percent = cp_indicator_format_percent (one, 1);
      for (guint j = 0; j < g_list_model_get_n_items (partnerships); j++)
        {
          g_autoptr(CpPartnership) p = g_list_model_get_item (partnerships, j);

          if (cp_record_get_id (CP_RECORD (p)) == money->partnership_id)
            {
              g_autofree char *title = cp_partnership_dup_title (p);

              /* Translators: one partnership's share in a card: “Utrecht – León: 22.7 %” */
              g_string_append_printf (share_detail, _("%s%s: %s"), share_detail->len ? "\n" : "", title, percent);
            }
        }
    }

  share = cp_indicator_format_percent (cp_year_summary_get_indicator (summary, CP_FUNDING_INDICATOR_PARTNERSHIP_SHARE, population), 1);
  ic_share = cp_indicator_format_percent (cp_year_summary_get_indicator (summary, CP_FUNDING_INDICATOR_IC_SHARE_OF_BUDGET, population), 3);
  ic_per = cp_indicator_format_money (cp_year_summary_get_indicator (summary, CP_FUNDING_INDICATOR_IC_PER_INHABITANT, population), currency);
  partnership_per = cp_indicator_format_money (cp_year_summary_get_indicator (summary, CP_FUNDING_INDICATOR_PARTNERSHIP_PER_INHABITANT, population), currency);
  external = cp_indicator_format_percent (cp_year_summary_get_indicator (summary, CP_FUNDING_INDICATOR_EXTERNAL_SHARE, population), 1);
  multiplier = cp_indicator_format_ratio (cp_year_summary_get_indicator (summary, CP_FUNDING_INDICATOR_MULTIPLIER, population), 1);
  largest = cp_indicator_format_percent (cp_year_summary_get_indicator (summary, CP_FUNDING_INDICATOR_LARGEST_FUNDER_SHARE, population), 1);

  {
    g_autofree char *out = cp_report_format_whole (cp_year_summary_get_external (summary), currency);
    g_autofree char *own = cp_report_format_whole (cp_year_summary_get_own_cash (summary), currency);

    /* Translators: the detail of the external share: external and own money of the year */
    external_detail = g_strdup_printf (_("%s external, %s own"), out, own);
  }
  if (summary->funders->len > 0)
    {
      const CpFunderMoney *top = &g_array_index (summary->funders, CpFunderMoney, 0);

      for (guint i = 0; funders != NULL && i < g_list_model_get_n_items (funders); i++)
        {
          g_autoptr(CpFunder) funder = g_list_model_get_item (funders, i);

          if (cp_record_get_id (CP_RECORD (funder)) == top->funder_id)
            largest_detail = g_strdup (cp_funder_get_name (funder));
        }
    }

  add_card (self, CP_FUNDING_INDICATOR_PARTNERSHIP_SHARE, share, share_detail->str);
  add_card (self, CP_FUNDING_INDICATOR_IC_SHARE_OF_BUDGET, ic_share, NULL);
  add_card (self, CP_FUNDING_INDICATOR_IC_PER_INHABITANT, ic_per, NULL);
  add_card (self, CP_FUNDING_INDICATOR_PARTNERSHIP_PER_INHABITANT, partnership_per, NULL);
  add_card (self, CP_FUNDING_INDICATOR_EXTERNAL_SHARE, external, external_detail);
  add_card (self, CP_FUNDING_INDICATOR_MULTIPLIER, multiplier, NULL);
  add_card (self, CP_FUNDING_INDICATOR_LARGEST_FUNDER_SHARE, largest, largest_detail);
  add_runway_card (self, store, partnership_ids);
}

/* The charts */

static void
draw_chart (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  CpChart **chart = user_data;
  GdkRGBA color;

  if (*chart == NULL)
    return;
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &color);
  cp_chart_set_foreground (*chart, color.red, color.green, color.blue);
  cp_chart_draw (*chart, cr, width, height);
}

static void
on_chart_resize (GtkDrawingArea *area,
                 int             width,
                 int             height,
                 gpointer        user_data)
{
  CpChart **chart = user_data;
  int wanted;

  if (*chart == NULL || width <= 0)
    return;
  wanted = (int) ceil (cp_chart_get_preferred_height (*chart, width));
  if (wanted != gtk_drawing_area_get_content_height (area))
    gtk_drawing_area_set_content_height (area, wanted);
}

static void
update_chart (GtkDrawingArea *area,
              CpChart        *chart)
{
  g_autofree char *description = cp_chart_dup_description (chart);
  int width = gtk_widget_get_width (GTK_WIDGET (area));

  gtk_accessible_update_property (GTK_ACCESSIBLE (area), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area),
                                       (int) ceil (cp_chart_get_preferred_height (chart, width > 0 ? width : 600)));
  gtk_widget_queue_draw (GTK_WIDGET (area));
}

static void
show_charts (CpFundingPage *self,
             CpStore       *store,
             GListModel    *partnerships)
{
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->budget_chart, cp_chart_free);
  g_clear_pointer (&self->funding_chart, cp_chart_free);
  self->budget_chart = cp_report_chart_new_budget (self->summary, partnerships);
  update_chart (self->budget_chart_area, self->budget_chart);
  self->funding_chart = cp_report_chart_new_funding (store, self->summary, N_EARLIER_YEARS, &error);
  if (self->funding_chart == NULL)
    g_warning ("Cannot add up the years before %d: %s", self->year, error->message);
  else
    update_chart (self->funding_chart_area, self->funding_chart);
}

/* The budget lines and the partners' figures */

static void
show_lines (CpFundingPage *self)
{
  CpYearSummary *summary = self->summary;

  if (summary->budget == NULL)
    {
      add_row (self, self->lines_group, _("No budget for this year"),
               _("Add the budget year to compare spending with it and to see the shares."));
      return;
    }
  for (guint i = 0; i < summary->budget_lines->len; i++)
    {
      CpBudgetLine *line = g_ptr_array_index (summary->budget_lines, i);
      g_autofree char *amount = cp_money_format (cp_budget_line_get_amount (line),
                                                 cp_budget_year_get_currency (summary->budget));
      CpIndicator share = cp_indicator_share (cp_budget_line_get_amount (line), cp_budget_year_get_ic_budget (summary->budget));
      g_autofree char *percent = cp_indicator_format_percent (share, 1);
      /* Translators: a budget line's amount and its share of the IC budget */
      g_autofree char *subtitle = g_strdup_printf (_("%s · %s of the IC budget"), amount, percent);
      GtkWidget *row = add_row (self, self->lines_group, cp_budget_line_get_label (line), subtitle);

      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 cp_page_new_record_buttons (CP_PAGE (self), CP_RECORD (line), cp_budget_line_get_label (line)));
    }
}

static void
show_partners (CpFundingPage *self,
               CpStore       *store,
               GListModel    *partnerships)
{
  g_autoptr(GPtrArray) partners = list_partners (self, partnerships, NULL);

  for (guint i = 0; i < partners->len; i++)
    {
      CpMunicipality *partner = g_ptr_array_index (partners, i);
      g_autoptr(GListModel) years = cp_store_list_budget_years (store, cp_record_get_id (CP_RECORD (partner)), NULL);
      g_autoptr(CpBudgetYear) latest = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *title = NULL;
      GtkWidget *row;

      /* The latest budget year up to the chosen one. */
      for (guint j = 0; years != NULL && j < g_list_model_get_n_items (years) && latest == NULL; j++)
        {
          g_autoptr(CpBudgetYear) year = g_list_model_get_item (years, j);

          if (cp_budget_year_get_year (year) <= self->year)
            latest = g_steal_pointer (&year);
        }
      if (latest == NULL)
        {
          add_row (self, self->partners_group, cp_municipality_get_name (partner), _("No budget year recorded"));
          continue;
        }
      {
        gint64 population = cp_municipality_get_population (partner);
        g_autofree char *budget = cp_indicator_format_percent (
          cp_budget_year_get_indicator (latest, CP_FUNDING_INDICATOR_PARTNER_IC_SHARE_OF_BUDGET, population), 1);
        g_autofree char *investment = cp_indicator_format_percent (
          cp_budget_year_get_indicator (latest, CP_FUNDING_INDICATOR_PARTNER_IC_SHARE_OF_INVESTMENT, population), 1);
        g_autofree char *per = cp_indicator_format_money (
          cp_budget_year_get_indicator (latest, CP_FUNDING_INDICATOR_PARTNER_IC_PER_INHABITANT, population),
          cp_budget_year_get_reporting_currency (latest));

        /* Translators: a partner municipality's figures: shares of the budget and of public investment, and per inhabitant */
        subtitle = g_strdup_printf (_("International cooperation: %s of the budget · %s of public investment · %s per inhabitant"),
                                    budget, investment, per);
      }
      /* Translators: a municipality and the year of its budget, “León, 2007” */
      title = g_strdup_printf (_("%s, %d"), cp_municipality_get_name (partner), cp_budget_year_get_year (latest));
      row = add_row (self, self->partners_group, title, subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), cp_page_new_record_buttons (CP_PAGE (self), CP_RECORD (latest), title));
    }
  if (partners->len == 0)
    add_row (self, self->partners_group, _("No partner municipalities"), NULL);
}
/* The funders and their programmes */

static char *
describe_programme (CpFundingProgramme *programme)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *countries = cp_eligibility_format (cp_funding_programme_get_eligible_countries (programme));
  const char *starts = cp_funding_programme_get_starts_on (programme);
  const char *ends = cp_funding_programme_get_ends_on (programme);

  if (*starts || *ends)
    {
      g_autofree char *period = cp_partial_date_format_period (starts, ends);
      g_string_append (text, period);
    }
  if (cp_funding_programme_get_co_funding (programme) > 0)
    /* Translators: the share of the costs an applicant must bring itself */
    g_string_append_printf (text, _("%sco-funding %d %%"), text->len ? " · " : "",
                            cp_funding_programme_get_co_funding (programme));
  /* Translators: the countries a programme accepts; %s lists them */
  g_string_append_printf (text, _("%sfor %s"), text->len ? " · " : "",
                          *countries ? countries : _("every country"));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
on_add_programme_clicked (GtkButton     *button,
                          CpFundingPage *self)
{
  g_autoptr(CpFundingProgramme) programme = cp_funding_programme_new (GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "cp-funder-id")));

  cp_page_edit_record (CP_PAGE (self), CP_RECORD (programme));
}

static void
show_funders (CpFundingPage *self,
              CpStore       *store)
{
  g_autoptr(GListModel) funders = cp_store_list_funders (store, NULL);
  g_autoptr(GListModel) programmes = cp_store_list_funding_programmes (store, 0, NULL);
  guint n = funders ? g_list_model_get_n_items (funders) : 0;

  gtk_stack_set_visible_child_name (self->funders_stack, n == 0 ? "empty" : "list");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CpFunder) funder = g_list_model_get_item (funders, i);
      gint64 funder_id = cp_record_get_id (CP_RECORD (funder));
      const char *acronym = cp_funder_get_acronym (funder);
      const char *country = cp_funder_get_country (funder);
      g_autofree char *title = *acronym ? g_strdup_printf ("%s (%s)", cp_funder_get_name (funder), acronym)
                                        : g_strdup (cp_funder_get_name (funder));
      g_autofree char *description = *country
        ? g_strdup_printf ("%s · %s", cp_funder_type_to_label (cp_funder_get_kind (funder)), cp_country_get_name (country))
        : g_strdup (cp_funder_type_to_label (cp_funder_get_kind (funder)));
      AdwPreferencesGroup *group = add_group (self, self->funders_page, title, description);
      GtkWidget *suffix = cp_page_new_record_buttons (CP_PAGE (self), CP_RECORD (funder), cp_funder_get_name (funder));
      GtkWidget *add = gtk_button_new_from_icon_name ("list-add-symbolic");
      guint n_programmes = 0;

      gtk_widget_add_css_class (add, "flat");
      gtk_widget_set_tooltip_text (add, _("Add a Programme"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Add a Programme"), -1);
      g_object_set_data (G_OBJECT (add), "cp-funder-id", GSIZE_TO_POINTER ((gsize) funder_id));
      g_signal_connect (add, "clicked", G_CALLBACK (on_add_programme_clicked), self);
      gtk_box_prepend (GTK_BOX (suffix), add);
      adw_preferences_group_set_header_suffix (group, suffix);

      for (guint j = 0; programmes != NULL && j < g_list_model_get_n_items (programmes); j++)
        {
          g_autoptr(CpFundingProgramme) programme = g_list_model_get_item (programmes, j);
          g_autofree char *subtitle = NULL;
          GtkWidget *row;

          if (cp_funding_programme_get_funder_id (programme) != funder_id)
            continue;
          subtitle = describe_programme (programme);
          row = adw_action_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cp_funding_programme_get_name (programme));
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
          adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                     cp_page_new_record_buttons (CP_PAGE (self), CP_RECORD (programme),
                                                         cp_funding_programme_get_name (programme)));
          adw_preferences_group_add (group, row);
          n_programmes++;
        }
      if (n_programmes == 0 && *cp_funder_get_note (funder))
        {
          GtkWidget *row = adw_action_row_new ();

          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), cp_funder_get_note (funder));
          adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
          adw_preferences_group_add (group, row);
        }
    }
}

/* The applications and the reports they oblige */

/* “15 March 2026, 17:00 Europe/Brussels”, and the local moment when the zone differs. */
static char *
describe_deadline (CpGrantApplication *application)
{
  g_autoptr(GDateTime) deadline = cp_grant_application_dup_deadline (application);
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *day = NULL;
  g_autofree char *here = NULL;
  g_autofree char *text = NULL;

  if (deadline == NULL)
    return NULL;
  {
    g_autofree char *iso_day = g_strndup (cp_grant_application_get_deadline (application), 10);
    day = cp_partial_date_format (iso_day);
  }
  local = g_date_time_to_local (deadline);
  /* Translators: a deadline: its day, time and time zone, “15 March 2026, 17:00 Europe/Brussels” */
  text = g_strdup_printf (_("%s, %s %s"), day, cp_grant_application_get_deadline (application) + 11,
                          cp_grant_application_get_deadline_zone (application));
  if (g_date_time_get_utc_offset (local) == g_date_time_get_utc_offset (deadline))
    return g_steal_pointer (&text);
  here = g_date_time_format (local, "%H:%M");
  /* Translators: a deadline and the same moment in the user's own time zone */
  return g_strdup_printf (_("%s (%s here)"), text, here);
}

static void
on_add_obligation_clicked (GtkButton     *button,
                           CpFundingPage *self)
{
  g_autoptr(CpReportingObligation) obligation =
    cp_reporting_obligation_new (GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "cp-application-id")));

  cp_page_edit_record (CP_PAGE (self), CP_RECORD (obligation));
}

static char *
describe_obligation (CpReportingObligation *obligation,
                     const char            *today,
                     gboolean              *overdue)
{
  g_autofree char *due = cp_partial_date_format (cp_reporting_obligation_get_due_on (obligation));
  const char *recipient = cp_reporting_obligation_get_recipient (obligation);
  g_autofree char *text = NULL;

  *overdue = !cp_reporting_obligation_get_met (obligation) &&
             g_strcmp0 (cp_reporting_obligation_get_due_on (obligation), today) < 0;
  if (cp_reporting_obligation_get_met (obligation))
    /* Translators: a report that was delivered; %s is the day it was due */
    text = g_strdup_printf (_("Delivered · due %s"), due);
  else if (*overdue)
    /* Translators: a report not delivered in time; %s is the day it was due */
    text = g_strdup_printf (_("Overdue since %s"), due);
  else
    /* Translators: %s is the day a report is due */
    text = g_strdup_printf (_("Due %s"), due);
  if (*recipient == '\0')
    return g_steal_pointer (&text);
  /* Translators: a report's state and to whom it goes, “Due 1 March 2008 · to VNG International” */
  return g_strdup_printf (_("%s · to %s"), text, recipient);
}

static void
add_obligation_row (CpFundingPage         *self,
                    GtkWidget             *parent,
                    CpReportingObligation *obligation,
                    const char            *today)
{
  gboolean overdue;
  g_autofree char *subtitle = describe_obligation (obligation, today, &overdue);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cp_reporting_obligation_get_description (obligation));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name (cp_reporting_obligation_get_met (obligation)
                                                           ? "emblem-ok-symbolic"
                                                           : overdue ? "dialog-warning-symbolic"
                                                                     : "alarm-symbolic"));
  if (overdue)
    gtk_widget_add_css_class (row, "warning");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             cp_page_new_record_buttons (CP_PAGE (self), CP_RECORD (obligation),
                                                 cp_reporting_obligation_get_description (obligation)));
  /* The rows go with their group or expander row, which are made for the data too. */
  if (ADW_IS_EXPANDER_ROW (parent))
    adw_expander_row_add_row (ADW_EXPANDER_ROW (parent), row);
  else
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (parent), row);
}

static const char *
name_in (GListModel *records,
         gint64      id)
{
  for (guint i = 0; records != NULL && id != 0 && i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(CpRecord) record = g_list_model_get_item (records, i);

      if (cp_record_get_id (record) == id)
        return cp_record_get_string (record, "name");
    }
  return NULL;
}

static char *
describe_application (CpGrantApplication *application,
                      GListModel         *partnerships)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *requested = cp_money_format (cp_grant_application_get_requested (application),
                                                cp_grant_application_get_currency (application));
  g_autofree char *deadline = describe_deadline (application);

  for (guint i = 0; i < g_list_model_get_n_items (partnerships); i++)
    {
      g_autoptr(CpPartnership) p = g_list_model_get_item (partnerships, i);

      if (cp_record_get_id (CP_RECORD (p)) == cp_grant_application_get_partnership_id (application))
        {
          g_autofree char *title = cp_partnership_dup_title (p);
          g_string_append_printf (text, "%s · ", title);
        }
    }
  /* Translators: the amount an application asks for */
  g_string_append_printf (text, _("requested %s"), requested);
  if (cp_grant_application_get_status (application) == CP_APPLICATION_STATUS_GRANTED)
    {
      g_autofree char *granted = cp_money_format (cp_grant_application_get_granted (application),
                                                  cp_grant_application_get_currency (application));
      /* Translators: the amount a funder granted */
      g_string_append_printf (text, _(" · granted %s"), granted);
    }
  if (deadline != NULL)
    /* Translators: %s is the deadline */
    g_string_append_printf (text, _("\nDeadline: %s"), deadline);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
show_applications (CpFundingPage *self,
                   CpStore       *store,
                   GListModel    *partnerships)
{
  g_autoptr(GListModel) applications = cp_store_list_grant_applications (store, 0, NULL);
  g_autoptr(GListModel) obligations = cp_store_list_reporting_obligations (store, 0, NULL);
  g_autoptr(GListModel) funders = cp_store_list_funders (store, NULL);
  g_autoptr(GListModel) programmes = cp_store_list_funding_programmes (store, 0, NULL);
  g_autofree char *today = cp_context_dup_today (cp_page_get_context (CP_PAGE (self)));
  guint n = applications ? g_list_model_get_n_items (applications) : 0;
  AdwPreferencesGroup *due_group = NULL;

  gtk_stack_set_visible_child_name (self->applications_stack, n == 0 ? "empty" : "list");

  /* What is due first: the reports not delivered, by day. */
  for (guint i = 0; obligations != NULL && i < g_list_model_get_n_items (obligations); i++)
    {
      g_autoptr(CpReportingObligation) obligation = g_list_model_get_item (obligations, i);

      if (cp_reporting_obligation_get_met (obligation))
        continue;
      if (due_group == NULL)
        due_group = add_group (self, self->applications_page, _("Reports Due"),
                               _("Reports that grants oblige and that have not been delivered"));
      add_obligation_row (self, GTK_WIDGET (due_group), obligation, today);
    }

  for (guint status = 0; status < cp_enum_count (CP_TYPE_APPLICATION_STATUS); status++)
    {
      AdwPreferencesGroup *group = NULL;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CpGrantApplication) application = g_list_model_get_item (applications, i);
          gint64 id = cp_record_get_id (CP_RECORD (application));
          const char *funder = name_in (funders, cp_grant_application_get_funder_id (application));
          const char *programme = name_in (programmes, cp_grant_application_get_programme_id (application));
          const char *call = cp_grant_application_get_call (application);
          g_autofree char *title = NULL;
          g_autofree char *subtitle = NULL;
          GtkWidget *row, *add;

          if ((guint) cp_grant_application_get_status (application) != status)
            continue;
          if (group == NULL)
            group = add_group (self, self->applications_page, cp_application_status_to_label (status), NULL);
          /* Translators: an application's funder and its programme or call, “VNG International – LOGO South” */
          title = g_strdup_printf (_("%s – %s"), funder ? funder : "", programme ? programme : *call ? call : "");
          subtitle = describe_application (application, partnerships);
          row = adw_expander_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
          adw_expander_row_add_action (ADW_EXPANDER_ROW (row), cp_page_new_record_buttons (CP_PAGE (self), CP_RECORD (application), title));
          for (guint j = 0; obligations != NULL && j < g_list_model_get_n_items (obligations); j++)
            {
              g_autoptr(CpReportingObligation) obligation = g_list_model_get_item (obligations, j);

              if (cp_reporting_obligation_get_application_id (obligation) == id)
                add_obligation_row (self, row, obligation, today);
            }
          add = gtk_button_new_with_mnemonic (_("Add a _Reporting Obligation"));
          gtk_widget_add_css_class (add, "flat");
          gtk_widget_set_margin_top (add, 6);
          gtk_widget_set_margin_bottom (add, 6);
          gtk_widget_set_halign (add, GTK_ALIGN_CENTER);
          g_object_set_data (G_OBJECT (add), "cp-application-id", GSIZE_TO_POINTER ((gsize) id));
          g_signal_connect (add, "clicked", G_CALLBACK (on_add_obligation_clicked), self);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (row), add);
          adw_preferences_group_add (group, row);
          remember (self, GTK_WIDGET (group), row);
        }
    }
}

/* Loading */

static void
fill_choices (CpFundingPage *self,
              CpStore       *store,
              GListModel    *municipalities)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) years = gtk_string_list_new (NULL);
  g_autoptr(GArray) data_years = cp_store_list_transaction_years (store, NULL);
  guint selected_municipality = 0, selected_year = 0;
  g_autofree char *today = cp_context_dup_today (cp_page_get_context (CP_PAGE (self)));
  int this_year = today ? atoi (today) : 2026;

  g_array_set_size (self->municipality_ids, 0);
  for (guint i = 0; i < g_list_model_get_n_items (municipalities); i++)
    {
      g_autoptr(CpMunicipality) m = g_list_model_get_item (municipalities, i);
      gint64 id = cp_record_get_id (CP_RECORD (m));

      if (!cp_municipality_get_is_own (m))
        continue;
      if (id == self->municipality_id)
        selected_municipality = self->municipality_ids->len;
      g_array_append_val (self->municipality_ids, id);
      gtk_string_list_append (names, cp_municipality_get_name (m));
    }
  if (self->municipality_ids->len != 1)
    {
      gint64 all = 0;

      if (self->municipality_id == 0)
        selected_municipality = self->municipality_ids->len;
      g_array_append_val (self->municipality_ids, all);
      gtk_string_list_append (names, _("All own municipalities"));
    }
  self->municipality_id = g_array_index (self->municipality_ids, gint64, selected_municipality);

  g_array_set_size (self->years, 0);
  if (data_years == NULL || data_years->len == 0 || g_array_index (data_years, int, 0) < this_year)
    g_array_append_val (self->years, this_year);
  for (guint i = 0; data_years != NULL && i < data_years->len; i++)
    g_array_append_val (self->years, g_array_index (data_years, int, i));
  if (self->year == 0)
    {
      /* The latest year with the municipality's budget, else with anything. */
      g_autoptr(GListModel) budgets = cp_store_list_budget_years (store, self->municipality_id, NULL);
      g_autoptr(CpBudgetYear) latest = budgets && g_list_model_get_n_items (budgets) ? g_list_model_get_item (budgets, 0) : NULL;

      self->year = latest ? cp_budget_year_get_year (latest)
                          : data_years && data_years->len ? g_array_index (data_years, int, 0) : this_year;
    }
  for (guint i = 0; i < self->years->len; i++)
    {
      g_autofree char *label = g_strdup_printf ("%d", g_array_index (self->years, int, i));

      gtk_string_list_append (years, label);
      if (g_array_index (self->years, int, i) == self->year)
        selected_year = i;
    }
  self->year = g_array_index (self->years, int, selected_year);

  gtk_drop_down_set_model (self->municipality_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->municipality_dropdown, selected_municipality);
  gtk_drop_down_set_model (self->year_dropdown, G_LIST_MODEL (years));
  gtk_drop_down_set_selected (self->year_dropdown, selected_year);
}

static void
reload (CpFundingPage *self)
{
  CpStore *store = cp_page_get_store (CP_PAGE (self));
  g_autoptr(GListModel) municipalities = NULL;
  g_autoptr(GListModel) partnerships = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary_text = NULL;
  gint64 spent;

  clear_dynamic (self);
  g_clear_pointer (&self->summary, cp_year_summary_free);
  if (store == NULL)
    return;

  self->loading = TRUE;
  municipalities = cp_store_list_municipalities (store, NULL);
  partnerships = cp_store_list_partnerships (store, NULL);
  if (municipalities == NULL || partnerships == NULL)
    {
      self->loading = FALSE;
      return;
    }
  fill_choices (self, store, municipalities);
  self->loading = FALSE;

  if (!(self->summary = cp_store_summarize_year (store, self->municipality_id, self->year, &error)))
    {
      g_warning ("Cannot add up %d: %s", self->year, error->message);
      return;
    }
  /* The ledger follows the year chosen here, until the user picks another there. */
  if (self->ledger_year != self->year)
    {
      self->ledger_year = self->year;
      cp_ledger_view_set_year (self->ledger_view, self->year);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "funding.edit-budget", self->municipality_id != 0);
  /* The municipality of the year publishes; “all” is nobody's file. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "funding.export-iati", self->municipality_id != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "funding.add-budget-line", self->summary->budget != NULL);

  spent = self->summary->spent;
  {
    g_autofree char *spent_text = cp_report_format_whole (spent, self->summary->base_currency);
    g_autofree char *in_text = cp_report_format_whole (self->summary->incoming, self->summary->base_currency);

    /* Translators: the year's ledger in one line: entries, spent, received */
    summary_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry · spent %s · received %s",
                                                 "%u entries · spent %s · received %s", self->summary->n_transactions),
                                    self->summary->n_transactions, spent_text, in_text);
    gtk_label_set_label (self->year_summary_label, summary_text);
  }

  show_indicators (self, store, municipalities, partnerships);
  show_charts (self, store, partnerships);
  show_lines (self);
  show_partners (self, store, partnerships);
  show_funders (self, store);
  show_applications (self, store, partnerships);
}

static void
on_choice_changed (CpFundingPage *self)
{
  guint municipality = gtk_drop_down_get_selected (self->municipality_dropdown);
  guint year = gtk_drop_down_get_selected (self->year_dropdown);

  if (self->loading || municipality >= self->municipality_ids->len || year >= self->years->len)
    return;
  self->municipality_id = g_array_index (self->municipality_ids, gint64, municipality);
  self->year = g_array_index (self->years, int, year);
  reload (self);
}

static void
cp_funding_page_data_changed (CpPage *page)
{
  reload (CP_FUNDING_PAGE (page));
}

static void
cp_funding_page_context_set (CpPage *page)
{
  CpFundingPage *self = CP_FUNDING_PAGE (page);

  g_object_set (self->ledger_view, "context", cp_page_get_context (page), NULL);
}

static void
cp_funding_page_workspace_changed (CpPage *page)
{
  CpFundingPage *self = CP_FUNDING_PAGE (page);

  self->municipality_id = 0;
  self->year = 0;
  reload (self);
}

/* Actions */

static void
add_transaction (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  CpFundingPage *self = CP_FUNDING_PAGE (widget);
  CpStore *store = cp_page_get_store (CP_PAGE (self));
  g_autofree char *base = store ? cp_store_dup_base_currency (store, NULL) : NULL;
  g_autofree char *today = cp_context_dup_today (cp_page_get_context (CP_PAGE (self)));
  CpTransaction *entry = cp_transaction_new ();

  g_object_set (entry, "date", today, "currency", base ? base : "EUR", "base-currency", base ? base : "EUR",
                "from-municipality-id", self->municipality_id, NULL);
  cp_page_edit_new_record (CP_PAGE (self), CP_RECORD (entry));
}

static void
add_budget_year (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  CpFundingPage *self = CP_FUNDING_PAGE (widget);
  CpStore *store = cp_page_get_store (CP_PAGE (self));
  g_autofree char *base = store ? cp_store_dup_base_currency (store, NULL) : NULL;
  CpBudgetYear *year = cp_budget_year_new (self->municipality_id, self->year);

  g_object_set (year, "currency", base ? base : "EUR", NULL);
  cp_page_edit_new_record (CP_PAGE (self), CP_RECORD (year));
}

static void
edit_budget (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  CpFundingPage *self = CP_FUNDING_PAGE (widget);

  if (self->summary != NULL && self->summary->budget != NULL)
    cp_page_edit_record (CP_PAGE (self), CP_RECORD (self->summary->budget));
  else
    add_budget_year (widget, action_name, param);
}

static void
add_budget_line (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  CpFundingPage *self = CP_FUNDING_PAGE (widget);

  if (self->summary != NULL && self->summary->budget != NULL)
    cp_page_edit_new_record (CP_PAGE (self), CP_RECORD (cp_budget_line_new (cp_record_get_id (CP_RECORD (self->summary->budget)))));
}

static void
add_funder (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  cp_page_edit_new_record (CP_PAGE (widget), CP_RECORD (cp_funder_new ()));
}

static void
add_application (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  CpFundingPage *self = CP_FUNDING_PAGE (widget);
  CpStore *store = cp_page_get_store (CP_PAGE (self));
  g_autoptr(GListModel) funders = store ? cp_store_list_funders (store, NULL) : NULL;
  g_autoptr(CpRecord) first = funders && g_list_model_get_n_items (funders) ? g_list_model_get_item (funders, 0) : NULL;
  g_autofree char *base = store ? cp_store_dup_base_currency (store, NULL) : NULL;
  g_autofree char *today = cp_context_dup_today (cp_page_get_context (CP_PAGE (self)));
  CpGrantApplication *application = cp_grant_application_new (first ? cp_record_get_id (first) : 0);

  g_object_set (application, "currency", base ? base : "EUR", "status-since", today, NULL);
  cp_page_edit_new_record (CP_PAGE (self), CP_RECORD (application));
}

/* CSV in and out */

static void
close_chooser (CpFundingPage *self)
{
  if (self->chooser == NULL)
    return;
  g_signal_handlers_disconnect_by_data (self->chooser, self);
  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
}

static GFile *
take_chosen_file (CpFundingPage *self,
                  int            response)
{
  GFile *file = response == GTK_RESPONSE_ACCEPT ? gtk_file_chooser_get_file (GTK_FILE_CHOOSER (self->chooser)) : NULL;

  close_chooser (self);
  return file;
}

static void
open_chooser (CpFundingPage        *self,
              const char           *title,
              GtkFileChooserAction  action,
              const char           *accept,
              const char           *name,
              GCallback             on_response)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  close_chooser (self);
  self->chooser = gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, action,
                                               accept, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  if (name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect (self->chooser, "response", on_response, self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
on_import_response (GtkNativeDialog *chooser,
                    int              response,
                    CpFundingPage   *self)
{
  g_autoptr(GFile) file = take_chosen_file (self, response);
  g_autoptr(GError) error = NULL;
  CpLedgerImportDialog *dialog;

  if (file == NULL)
    return;
  dialog = cp_ledger_import_dialog_new (GTK_WIDGET (self), cp_page_get_context (CP_PAGE (self)), file, &error);
  if (dialog == NULL)
    {
      cp_toast_show (GTK_WIDGET (self), cp_toast_new_plain (error->message));
      return;
    }
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_csv (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  open_chooser (CP_FUNDING_PAGE (widget), _("Import Ledger"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), NULL,
                G_CALLBACK (on_import_response));
}

/* People who write decimal commas open CSV files separated by semicolons. */
static void
file_notation (char *delimiter,
               char *decimal)
{
  gboolean comma = g_str_equal (cp_money_decimal_separator (), ",");

  *delimiter = comma ? ';' : ',';
  *decimal = comma ? ',' : '.';
}

static void
write_csv (CpFundingPage *self,
           GFile         *file,
           char          *text,
           GError        *error)
{
  g_autofree char *path = file ? g_file_get_path (file) : NULL;
  g_autofree char *owned = text;
  g_autoptr(GError) local_error = error;
  g_autofree char *message = NULL;

  if (path == NULL)
    return;
  if (owned == NULL || !g_file_set_contents (path, owned, -1, &local_error))
    /* Translators: %s says why a file could not be written */
    message = g_strdup_printf (_("The CSV file was not written: %s"), local_error ? local_error->message : "");
  else
    message = g_strdup (_("Exported as CSV"));
  cp_toast_show (GTK_WIDGET (self), cp_toast_new_plain (message));
}

/* The ledger of the year the ledger shows, or the year at a glance. */
static void
on_export_response (GtkNativeDialog *chooser,
                    int              response,
                    CpFundingPage   *self)
{
  gboolean whole_year = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "cp-export-year"));
  g_autoptr(GFile) file = take_chosen_file (self, response);
  CpStore *store = cp_page_get_store (CP_PAGE (self));
  GError *error = NULL;
  char delimiter, decimal, *text;

  if (file == NULL || store == NULL)
    return;
  file_notation (&delimiter, &decimal);
  if (whole_year)
    text = cp_year_csv_write (store, self->municipality_id, self->year, delimiter, decimal, &error);
  else
    text = cp_ledger_csv_write (store, cp_ledger_view_get_year (self->ledger_view), delimiter, decimal, &error);
  write_csv (self, file, text, error);
}

static void
export_ledger (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  CpFundingPage *self = CP_FUNDING_PAGE (widget);
  int year = cp_ledger_view_get_year (self->ledger_view);
  /* Translators: a file name; %d is a year */
  g_autofree char *name = year ? g_strdup_printf (_("ledger-%d.csv"), year) : g_strdup (_("ledger.csv"));

  open_chooser (self, _("Export Ledger"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), name,
                G_CALLBACK (on_export_response));
}

static void
export_year (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  CpFundingPage *self = CP_FUNDING_PAGE (widget);
  /* Translators: a file name; %d is a year */
  g_autofree char *name = g_strdup_printf (_("budget-%d.csv"), self->year);

  open_chooser (self, _("Export the Year"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), name,
                G_CALLBACK (on_export_response));
  g_object_set_data (G_OBJECT (self->chooser), "cp-export-year", GINT_TO_POINTER (TRUE));
}

static void
export_iati (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  CpFundingPage *self = CP_FUNDING_PAGE (widget);
  CpStore *store = cp_page_get_store (CP_PAGE (self));

  if (store != NULL && self->municipality_id != 0)
    cp_iati_export_start (widget, store, self->municipality_id);
}

/* GObject */

static void
cp_funding_page_dispose (GObject *object)
{
  CpFundingPage *self = CP_FUNDING_PAGE (object);

  close_chooser (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CP_TYPE_FUNDING_PAGE);
  g_clear_pointer (&self->municipality_ids, g_array_unref);
  g_clear_pointer (&self->years, g_array_unref);
  g_clear_pointer (&self->summary, cp_year_summary_free);
  g_clear_pointer (&self->budget_chart, cp_chart_free);
  g_clear_pointer (&self->funding_chart, cp_chart_free);
  g_clear_pointer (&self->dynamic, g_ptr_array_unref);
  g_clear_pointer (&self->indicator_labels, g_ptr_array_unref);

  G_OBJECT_CLASS (cp_funding_page_parent_class)->dispose (object);
}

static void
cp_funding_page_class_init (CpFundingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CpPageClass *page_class = CP_PAGE_CLASS (klass);

  object_class->dispose = cp_funding_page_dispose;
  page_class->context_set = cp_funding_page_context_set;
  page_class->workspace_changed = cp_funding_page_workspace_changed;
  page_class->data_changed = cp_funding_page_data_changed;

  g_type_ensure (CP_TYPE_LEDGER_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-funding-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CpFundingPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, CpFundingPage, menu_button);
  gtk_widget_class_bind_template_child (widget_class, CpFundingPage, municipality_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CpFundingPage, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CpFundingPage, year_summary_label);
  gtk_widget_class_bind_template_child (widget_class, CpFundingPage, indicator_box);
  gtk_widget_class_bind_template_child (widget_class, CpFundingPage, budget_chart_area);
  gtk_widget_class_bind_template_child (widget_class, CpFundingPage, funding_chart_area);
  gtk_widget_class_bind_template_child (widget_class, CpFundingPage, lines_group);
  gtk_widget_class_bind_template_child (widget_class, CpFundingPage, partners_group);
  gtk_widget_class_bind_template_child (widget_class, CpFundingPage, ledger_view);
  gtk_widget_class_bind_template_child (widget_class, CpFundingPage, funders_stack);
  gtk_widget_class_bind_template_child (widget_class, CpFundingPage, funders_page);
  gtk_widget_class_bind_template_child (widget_class, CpFundingPage, applications_stack);
  gtk_widget_class_bind_template_child (widget_class, CpFundingPage, applications_page);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_changed);

  gtk_widget_class_install_action (widget_class, "funding.add-transaction", NULL, add_transaction);
  gtk_widget_class_install_action (widget_class, "funding.add-budget-year", NULL, add_budget_year);
  gtk_widget_class_install_action (widget_class, "funding.edit-budget", NULL, edit_budget);
  gtk_widget_class_install_action (widget_class, "funding.add-budget-line", NULL, add_budget_line);
  gtk_widget_class_install_action (widget_class, "funding.add-funder", NULL, add_funder);
  gtk_widget_class_install_action (widget_class, "funding.add-application", NULL, add_application);
  gtk_widget_class_install_action (widget_class, "funding.import-csv", NULL, import_csv);
  gtk_widget_class_install_action (widget_class, "funding.export-ledger", NULL, export_ledger);
  gtk_widget_class_install_action (widget_class, "funding.export-year", NULL, export_year);
  gtk_widget_class_install_action (widget_class, "funding.export-iati", NULL, export_iati);
}

static void
cp_funding_page_init (CpFundingPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  cp_drop_down_set_ellipsizing (self->municipality_dropdown);
  self->municipality_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->years = g_array_new (FALSE, FALSE, sizeof (int));
  self->dynamic = g_ptr_array_new ();
  self->indicator_labels = g_ptr_array_new ();

  gtk_drawing_area_set_draw_func (self->budget_chart_area, draw_chart, &self->budget_chart, NULL);
  gtk_drawing_area_set_draw_func (self->funding_chart_area, draw_chart, &self->funding_chart, NULL);
  g_signal_connect (self->budget_chart_area, "resize", G_CALLBACK (on_chart_resize), &self->budget_chart);
  g_signal_connect (self->funding_chart_area, "resize", G_CALLBACK (on_chart_resize), &self->funding_chart);

  cp_page_use_primary_menu (CP_PAGE (self), self->menu_button);
}

/* Public */

void
cp_funding_page_show_tab (CpFundingPage *self,
                          const char    *name)
{
  g_return_if_fail (CP_IS_FUNDING_PAGE (self));

  adw_view_stack_set_visible_child_name (self->view_stack, name);
}

void
cp_funding_page_show_year (CpFundingPage *self,
                           gint64         municipality_id,
                           int            year)
{
  g_return_if_fail (CP_IS_FUNDING_PAGE (self));

  self->municipality_id = municipality_id;
  self->year = year;
  reload (self);
  adw_view_stack_set_visible_child_name (self->view_stack, "year");
}

GtkWidget *
cp_funding_page_get_ledger_view (CpFundingPage *self)
{
  g_return_val_if_fail (CP_IS_FUNDING_PAGE (self), NULL);

  return GTK_WIDGET (self->ledger_view);
}

GPtrArray *
cp_funding_page_dup_indicator_values (CpFundingPage *self)
{
  GPtrArray *values = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (CP_IS_FUNDING_PAGE (self), values);

  for (guint i = 0; i < self->indicator_labels->len; i++)
    g_ptr_array_add (values, g_strdup (gtk_label_get_label (g_ptr_array_index (self->indicator_labels, i))));
  return values;
}

char *
cp_funding_page_dup_chart_descriptions (CpFundingPage *self)
{
  g_autofree char *budget = NULL;
  g_autofree char *funding = NULL;

  g_return_val_if_fail (CP_IS_FUNDING_PAGE (self), NULL);

  budget = self->budget_chart ? cp_chart_dup_description (self->budget_chart) : g_strdup ("");
  funding = self->funding_chart ? cp_chart_dup_description (self->funding_chart) : g_strdup ("");
  return g_strconcat (budget, "\n", funding, NULL);
}
