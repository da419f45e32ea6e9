/* cp-funding-indicators.h: the financial indicators of Condition 3, computed
 *
 * Condition 3 of the study (financial resources and the capacity to tap external
 * funding) is read from a few ratios: the partnership's share of the international
 * cooperation (IC) budget, the IC budget per inhabitant, the share of external funding,
 * the multiplier and the weight of the largest funder. These functions compute them
 * from amounts in minor units of one currency; the caller converts amounts in other
 * currencies first, with the rate stored on their records.
 *
 * An indicator whose data is missing is unknown, and is shown as “—”: never as a 0 that
 * would read as a fact.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @value is a percent for shares, a plain ratio for the multiplier, major units of the
 * currency for amounts per inhabitant, and 0–10,000 for the concentration index.
 * It means nothing when @known is FALSE. Ratios are not amounts, so a double is fine. */
typedef struct
{
  gboolean known;
  double   value;
} CpIndicator;

/* @part as a percent of @whole; unknown when @whole <= 0 or @part < 0. */
CpIndicator cp_indicator_share             (gint64         part,
                                            gint64         whole);
/* @amount_minor (with @minor_digits decimals) divided by @population, in major units;
 * unknown when @population <= 0 or the amount is negative. */
CpIndicator cp_indicator_per_inhabitant    (gint64         amount_minor,
                                            guint          minor_digits,
                                            gint64         population);
/* external ÷ (external + own), as a percent; unknown when either is negative or both
 * are 0. */
CpIndicator cp_indicator_external_share    (gint64         external,
                                            gint64         own);
/* The multiplier effect: external ÷ own; unknown when @own <= 0 or @external < 0. */
CpIndicator cp_indicator_multiplier        (gint64         external,
                                            gint64         own);
/* The largest of @n amounts as a percent of their sum. @largest_index (may be NULL)
 * gets the index of the first largest amount, or G_MAXUINT when the share is unknown:
 * when @n is 0, an amount is negative or the sum is 0. */
CpIndicator cp_indicator_largest_share     (const gint64  *amounts,
                                            guint          n,
                                            guint         *largest_index);
/* The Herfindahl–Hirschman index of the amounts' shares: the sum of the squared
 * percents, from 10,000/@n (evenly spread) to 10,000 (one funder); unknown like
 * cp_indicator_largest_share(). */
CpIndicator cp_indicator_concentration     (const gint64  *amounts,
                                            guint          n);

/* “20.5 %” in English, “20,5 %” in Dutch, rounded half away from zero to @decimals;
 * “—” when unknown. */
char       *cp_indicator_format_percent    (CpIndicator    indicator,
                                            guint          decimals);
/* “7.2×”; “—” when unknown. */
char       *cp_indicator_format_ratio      (CpIndicator    indicator,
                                            guint          decimals);

/* An amount per inhabitant to the currency's minor unit, “0.43 EUR” in English and
 * “0,43 EUR” in Dutch; “—” when unknown. */
char       *cp_indicator_format_money      (CpIndicator    indicator,
                                            const char    *currency);

/* The cards of the funding view, in their order. */
typedef enum
{
  CP_FUNDING_INDICATOR_PARTNERSHIP_SHARE,
  CP_FUNDING_INDICATOR_IC_SHARE_OF_BUDGET,
  CP_FUNDING_INDICATOR_IC_PER_INHABITANT,
  CP_FUNDING_INDICATOR_PARTNERSHIP_PER_INHABITANT,
  CP_FUNDING_INDICATOR_EXTERNAL_SHARE,
  CP_FUNDING_INDICATOR_MULTIPLIER,
  CP_FUNDING_INDICATOR_LARGEST_FUNDER_SHARE,
  CP_FUNDING_INDICATOR_ELIGIBILITY_RUNWAY,
  CP_FUNDING_INDICATOR_PARTNER_IC_SHARE_OF_BUDGET,
  CP_FUNDING_INDICATOR_PARTNER_IC_SHARE_OF_INVESTMENT,
  CP_FUNDING_INDICATOR_PARTNER_IC_PER_INHABITANT,
  CP_N_FUNDING_INDICATORS
} CpFundingIndicator;

/* A card's title, translated: “Partnership share of the IC budget”; "" out of range. */
const char *cp_funding_indicator_get_title   (CpFundingIndicator indicator);
/* One translated sentence for a municipal coordinator: what the figure says, and
 * what the study's cities showed; "" out of range. */
const char *cp_funding_indicator_get_meaning (CpFundingIndicator indicator);

G_END_DECLS
