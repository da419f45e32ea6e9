/* cp-funding-indicators.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <string.h>
#include <glib/gi18n-lib.h>

#include "cp-funding-indicators.h"
#include "cp-money.h"

static const CpIndicator unknown = { FALSE, 0.0 };

static CpIndicator
known (double value)
{
  return (CpIndicator) { TRUE, value };
}

CpIndicator
cp_indicator_share (gint64 part,
                    gint64 whole)
{
  if (whole <= 0 || part < 0)
    return unknown;
  return known ((double) part * 100.0 / (double) whole);
}

CpIndicator
cp_indicator_per_inhabitant (gint64 amount_minor,
                             guint  minor_digits,
                             gint64 population)
{
  double scale = 1.0;

  if (population <= 0 || amount_minor < 0)
    return unknown;
  for (guint i = 0; i < minor_digits; i++)
    scale *= 10.0;
  return known ((double) amount_minor / scale / (double) population);
}

CpIndicator
cp_indicator_external_share (gint64 external,
                             gint64 own)
{
  /* In double: the sum of two large gint64 may not fit one. */
  double total = (double) external + (double) own;

  if (external < 0 || own < 0 || total <= 0.0)
    return unknown;
  return known ((double) external * 100.0 / total);
}

CpIndicator
cp_indicator_multiplier (gint64 external,
                         gint64 own)
{
  if (own <= 0 || external < 0)
    return unknown;
  return known ((double) external / (double) own);
}

/* The sum of @amounts, or a negative number when they give no shares. */
static double
sum_for_shares (const gint64 *amounts,
                guint         n)
{
  double sum = 0.0;

  if (n == 0)
    return -1.0;
  for (guint i = 0; i < n; i++)
    {
      if (amounts[i] < 0)
        return -1.0;
      sum += (double) amounts[i];
    }
  return sum > 0.0 ? sum : -1.0;
}

CpIndicator
cp_indicator_largest_share (const gint64 *amounts,
                            guint         n,
                            guint        *largest_index)
{
  double sum;
  guint largest = 0;

  g_return_val_if_fail (amounts != NULL || n == 0, unknown);

  if (largest_index != NULL)
    *largest_index = G_MAXUINT;

  sum = sum_for_shares (amounts, n);
  if (sum <= 0.0)
    return unknown;

  for (guint i = 1; i < n; i++)
    if (amounts[i] > amounts[largest])
      largest = i;

  if (largest_index != NULL)
    *largest_index = largest;
  return known ((double) amounts[largest] * 100.0 / sum);
}

CpIndicator
cp_indicator_concentration (const gint64 *amounts,
                            guint         n)
{
  double sum, index = 0.0;

  g_return_val_if_fail (amounts != NULL || n == 0, unknown);

  sum = sum_for_shares (amounts, n);
  if (sum <= 0.0)
    return unknown;

  for (guint i = 0; i < n; i++)
    {
      double percent = (double) amounts[i] * 100.0 / sum;

      index += percent * percent;
    }
  return known (index);
}

/* Rounds half away from zero and writes the number with the interface language's
 * separators. Not printf: it follows LC_NUMERIC rather than the interface language,
 * and rounds an exact half to even (30.5 would read “30”, where the study says 31). */
static char *
format_number (double value,
               guint  decimals)
{
  double magnitude_exact = value < 0 ? -value : value;
  guint64 scale = 1, magnitude;
  double scaled;
  g_autofree char *units = NULL;
  GString *text;
  gsize n;

  decimals = MIN (decimals, 9);
  for (guint i = 0; i < decimals; i++)
    scale *= 10;
  scaled = magnitude_exact * (double) scale;
  while (scaled >= 4e18 && decimals > 0)
    {
      decimals--;
      scale /= 10;
      scaled = magnitude_exact * (double) scale;
    }
  if (scaled >= 4e18)
    {
      char buffer[G_ASCII_DTOSTR_BUF_SIZE];

      return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.0f", value));
    }

  /* 100 × 57 / 20000 is 28.499999999999996 in binary, and its reader expects 29:
   * a nudge far below any figure's precision puts such halves back where they were. */
  magnitude = (guint64) (scaled * (1.0 + 1e-12) + 0.5);

  text = g_string_new (value < 0 && magnitude > 0 ? "-" : "");
  units = g_strdup_printf ("%" G_GUINT64_FORMAT, magnitude / scale);
  n = strlen (units);
  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append (text, cp_money_group_separator ());
      g_string_append_c (text, units[i]);
    }
  if (decimals > 0)
    g_string_append_printf (text, "%s%0*" G_GUINT64_FORMAT, cp_money_decimal_separator (),
                            (int) decimals, magnitude % scale);
  return g_string_free (text, FALSE);
}

char *
cp_indicator_format_percent (CpIndicator indicator,
                             guint       decimals)
{
  g_autofree char *number = NULL;

  if (!indicator.known)
    return g_strdup ("—");

  number = format_number (indicator.value, decimals);
  /* Translators: a percentage, such as “20.5 %”; %s is the number, already written
   * with your language's decimal separator */
  return g_strdup_printf (_("%s %%"), number);
}

char *
cp_indicator_format_ratio (CpIndicator indicator,
                           guint       decimals)
{
  g_autofree char *number = NULL;

  if (!indicator.known)
    return g_strdup ("—");

  number = format_number (indicator.value, decimals);
  /* Translators: a multiplier, such as “7.2×”: external funding is 7.2 times the
   * municipality's own contribution; %s is the number */
  return g_strdup_printf (_("%s×"), number);
}

typedef struct
{
  const char *title;
  const char *meaning;
} IndicatorText;

/* The figures in the meanings are the study's (Bontenbal 2009, §6.1.3 and §6.2):
 * Tables 6.2, 6.5 and 6.6, and the text around them. */
static const IndicatorText indicator_texts[] = {
  [CP_FUNDING_INDICATOR_PARTNERSHIP_SHARE] = {
    /* Translators: a card title; IC is international cooperation */
    N_("Partnership share of the IC budget"),
    /* xgettext:no-c-format */
    N_("How much of the international cooperation budget goes to this partnership; "
       "the four cities in the study spent 21 to 43 %."),
  },
  [CP_FUNDING_INDICATOR_IC_SHARE_OF_BUDGET] = {
    /* Translators: a card title; IC is international cooperation */
    N_("IC share of the municipal budget"),
    /* xgettext:no-c-format */
    N_("How much of the whole municipal budget goes to international cooperation; "
       "none of the Northern cities in the study spent more than 0.1 %, against "
       "the UN norm of 0.7 % for national budgets."),
  },
  [CP_FUNDING_INDICATOR_IC_PER_INHABITANT] = {
    /* Translators: a card title; IC is international cooperation */
    N_("IC budget per inhabitant"),
    N_("The international cooperation budget for each inhabitant of the municipality; "
       "in the study it ranged from €0.49 in Alphen aan den Rijn to €1.89 in Utrecht."),
  },
  [CP_FUNDING_INDICATOR_PARTNERSHIP_PER_INHABITANT] = {
    /* Translators: a card title */
    N_("Partnership budget per inhabitant"),
    N_("The municipality’s budget for this partnership for each inhabitant; Dutch "
       "municipalities spent €0.59 on average on city partnerships in 2003, the "
       "study’s cities €0.04 to €0.43."),
  },
  [CP_FUNDING_INDICATOR_EXTERNAL_SHARE] = {
    /* Translators: a card title */
    N_("External funding share"),
    /* xgettext:no-c-format */
    N_("How much of the money comes from outside funders; high shares multiply the "
       "budget but make the partnership depend on them (Utrecht in León, 2007: 88 %)."),
  },
  [CP_FUNDING_INDICATOR_MULTIPLIER] = {
    /* Translators: a card title: how many times its own contribution a
     * municipality raises from outside funders */
    N_("Multiplier effect"),
    N_("How many times its own contribution the municipality raises from outside "
       "funders; in 2007 Utrecht’s €70,000 for León drew €502,000, a multiplier of 7.2."),
  },
  [CP_FUNDING_INDICATOR_LARGEST_FUNDER_SHARE] = {
    /* Translators: a card title */
    N_("Largest funder’s share"),
    /* xgettext:no-c-format */
    N_("How much of the external funding comes from one funder; VNG paid 78.5 % of "
       "Amstelveen’s project aid in 2004–2007, and a funder that pays more than half "
       "puts the partnership in a dependent position."),
  },
  [CP_FUNDING_INDICATOR_ELIGIBILITY_RUNWAY] = {
    /* Translators: a card title: the months until the partner's country can no
     * longer be funded by the funding programme */
    N_("Funding eligibility left"),
    N_("How many months the partner’s country remains eligible for the funding "
       "programme; after 2007 Peru was no longer a LOGO South country, which left "
       "Amstelveen’s partnership in an uncertain situation."),
  },
  [CP_FUNDING_INDICATOR_PARTNER_IC_SHARE_OF_BUDGET] = {
    /* Translators: a card title; IC is international cooperation */
    N_("IC share of the partner’s budget"),
    /* xgettext:no-c-format */
    N_("How much of the partner municipality’s annual budget comes from international "
       "cooperation; 59 % in León (2007) and 8.6 % in Villa El Salvador (2006)."),
  },
  [CP_FUNDING_INDICATOR_PARTNER_IC_SHARE_OF_INVESTMENT] = {
    /* Translators: a card title; IC is international cooperation */
    N_("IC share of the partner’s public investment"),
    /* xgettext:no-c-format */
    N_("How much of the partner’s public investment international cooperation pays "
       "for; in León it was between 47 and 77 % from 1997 to 2007, a heavy dependency "
       "on foreign aid."),
  },
  [CP_FUNDING_INDICATOR_PARTNER_IC_PER_INHABITANT] = {
    /* Translators: a card title; IC is international cooperation */
    N_("Partner’s IC funding per inhabitant"),
    N_("International cooperation money for each inhabitant of the partner city; "
       "about US$47 in León (2007) and US$2 in Villa El Salvador (2006)."),
  },
};

G_STATIC_ASSERT (G_N_ELEMENTS (indicator_texts) == CP_N_FUNDING_INDICATORS);

const char *
cp_funding_indicator_get_title (CpFundingIndicator indicator)
{
  if ((guint) indicator >= G_N_ELEMENTS (indicator_texts))
    return "";
  return _(indicator_texts[indicator].title);
}

const char *
cp_funding_indicator_get_meaning (CpFundingIndicator indicator)
{
  if ((guint) indicator >= G_N_ELEMENTS (indicator_texts))
    return "";
  return _(indicator_texts[indicator].meaning);
}

char *
cp_indicator_format_money (CpIndicator  indicator,
                           const char  *currency)
{
  if (!indicator.known)
    return g_strdup ("—");
  return cp_money_format ((gint64) llround (indicator.value * pow (10, cp_currency_get_minor_digits (currency))),
                          currency);
}
