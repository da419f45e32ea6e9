/* cp-report-charts.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "core/cp-money.h"
#include "cp-report-charts.h"

/* How a chart writes its amounts, fixed when the chart is made. */
typedef struct
{
  char *currency;
  char *group;     /* the thousands separator */
  char *pattern;   /* amount and currency: “%s %s” */
} Notation;

static void
notation_free (gpointer data)
{
  Notation *notation = data;

  g_free (notation->currency);
  g_free (notation->group);
  g_free (notation->pattern);
  g_free (notation);
}

/* @pattern with its first %s replaced by @first and its second by @second; the
 * pattern is a translation, so it is filled in by hand rather than by printf. */
static char *
fill_pattern (const char *pattern,
              const char *first,
              const char *second)
{
  GString *text = g_string_new (NULL);
  guint filled = 0;

  for (const char *p = pattern; *p != '\0'; p++)
    {
      if (p[0] == '%' && p[1] == 's')
        {
          g_string_append (text, filled++ == 0 ? first : second);
          p++;
        }
      else if (p[0] == '%' && p[1] == '%')
        {
          g_string_append_c (text, '%');
          p++;
        }
      else
        g_string_append_c (text, *p);
    }
  return g_string_free (text, FALSE);
}

static char *
format_with (gint64          minor,
             const Notation *notation)
{
  guint digits = cp_currency_get_minor_digits (notation->currency);
  guint64 scale = 1, magnitude, whole;
  g_autofree char *number = NULL;
  GString *grouped = g_string_new (minor < 0 ? "-" : "");
  g_autofree char *amount = NULL;
  gsize length;

  for (guint i = 0; i < digits; i++)
    scale *= 10;
  /* Half away from zero, as cp_money_convert() rounds. */
  magnitude = minor < 0 ? (guint64) -(minor + 1) + 1 : (guint64) minor;
  whole = magnitude / scale + (magnitude % scale >= (scale + 1) / 2 && scale > 1);
  number = g_strdup_printf ("%" G_GUINT64_FORMAT, whole);
  length = strlen (number);
  for (gsize i = 0; i < length; i++)
    {
      if (i > 0 && (length - i) % 3 == 0)
        g_string_append (grouped, notation->group);
      g_string_append_c (grouped, number[i]);
    }
  amount = g_string_free (grouped, FALSE);
  return fill_pattern (notation->pattern, amount, notation->currency);
}

static Notation *
notation_new (const char *currency)
{
  Notation *notation = g_new0 (Notation, 1);

  notation->currency = g_strdup (currency ? currency : "");
  notation->group = g_strdup (cp_money_group_separator ());
  /* Translators: an amount and its currency, e.g. “1,234.56 EUR” */
  notation->pattern = g_strdup (_("%s %s"));
  return notation;
}

char *
cp_report_format_whole (gint64      minor,
                        const char *currency)
{
  Notation *notation = notation_new (currency);
  char *text = format_with (minor, notation);

  notation_free (notation);
  return text;
}

static char *
format_chart_value (gint64   value,
                    gpointer user_data)
{
  return format_with (value, user_data);
}

static CpChart *
new_chart (CpChartKind  kind,
           const char  *title,
           const char  *empty_text,
           const char  *currency)
{
  CpChart *chart = cp_chart_new (kind);

  cp_chart_set_title (chart, title);
  cp_chart_set_empty_text (chart, empty_text);
  cp_chart_set_format_func (chart, format_chart_value, notation_new (currency), notation_free);
  return chart;
}

CpChart *
cp_report_chart_new_budget (const CpYearSummary *summary,
                            GListModel          *partnerships)
{
  g_autofree char *title = NULL;
  CpChart *chart;

  g_return_val_if_fail (summary != NULL, NULL);

  /* Translators: a chart's title; %d is a year */
  title = g_strdup_printf (_("Budget and spending per partnership, %d"), summary->year);
  chart = new_chart (CP_CHART_GROUPED_BARS, title, _("No budget or spending for a partnership this year"),
                     summary->base_currency);
  cp_chart_add_series (chart, _("Budget"));
  cp_chart_add_series (chart, _("Spent"));
  for (guint i = 0; i < summary->partnerships->len; i++)
    {
      const CpPartnershipMoney *money = &g_array_index (summary->partnerships, CpPartnershipMoney, i);
      gint64 values[] = { MAX (money->budget, 0), MAX (money->spent, 0) };
      g_autofree char *label = NULL;

      for (guint j = 0; partnerships != NULL && j < g_list_model_get_n_items (partnerships) && label == NULL; j++)
        {
          g_autoptr(CpPartnership) partnership = g_list_model_get_item (partnerships, j);

          if (cp_record_get_id (CP_RECORD (partnership)) == money->partnership_id)
            label = cp_partnership_dup_title (partnership);
        }
      cp_chart_add_category (chart, label ? label : "", values, G_N_ELEMENTS (values));
    }
  return chart;
}

CpChart *
cp_report_chart_new_funding (CpStore              *store,
                             const CpYearSummary  *summary,
                             int                   n_earlier_years,
                             GError              **error)
{
  g_autoptr(GPtrArray) owned = g_ptr_array_new_with_free_func ((GDestroyNotify) cp_year_summary_free);
  g_autoptr(GPtrArray) years = g_ptr_array_new ();
  guint series_of[CP_N_CONTRIBUTION_KINDS];
  guint n_series = 0;
  g_autofree char *title = NULL;
  CpChart *chart;
  int first_year;

  g_return_val_if_fail (CP_IS_STORE (store), NULL);
  g_return_val_if_fail (summary != NULL, NULL);

  for (int year = summary->year - MAX (n_earlier_years, 0); year < summary->year; year++)
    {
      CpYearSummary *earlier = cp_store_summarize_year (store, summary->municipality_id, year, error);

      if (earlier == NULL)
        return NULL;
      g_ptr_array_add (owned, earlier);
      if (earlier->n_transactions > 0)
        g_ptr_array_add (years, earlier);
    }
  g_ptr_array_add (years, (gpointer) summary);
  first_year = ((CpYearSummary *) g_ptr_array_index (years, 0))->year;
  if (first_year == summary->year)
    /* Translators: a chart's title; %d is a year */
    title = g_strdup_printf (_("Funding by source, %d"), summary->year);
  else
    /* Translators: a chart's title: the first and the last year it shows */
    title = g_strdup_printf (_("Funding by source, %d–%d"), first_year, summary->year);

  chart = new_chart (CP_CHART_STACKED_BARS, title, _("No funding recorded in these years"), summary->base_currency);
  for (guint kind = 0; kind < CP_N_CONTRIBUTION_KINDS; kind++)
    {
      gboolean used = FALSE;

      for (guint i = 0; i < years->len; i++)
        used |= ((CpYearSummary *) g_ptr_array_index (years, i))->by_contribution[kind] > 0;
      series_of[kind] = used ? n_series++ : G_MAXUINT;
      if (used)
        cp_chart_add_series (chart, cp_contribution_kind_to_label (kind));
    }
  for (guint i = 0; i < years->len && n_series > 0; i++)
    {
      const CpYearSummary *year = g_ptr_array_index (years, i);
      g_autofree gint64 *values = g_new0 (gint64, n_series);
      g_autofree char *label = g_strdup_printf ("%d", year->year);

      for (guint kind = 0; kind < CP_N_CONTRIBUTION_KINDS; kind++)
        if (series_of[kind] != G_MAXUINT)
          values[series_of[kind]] = MAX (year->by_contribution[kind], 0);
      cp_chart_add_category (chart, label, values, n_series);
    }
  return chart;
}
