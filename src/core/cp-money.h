/* cp-money.h: amounts in any currency, never in floating point
 *
 * An amount is a gint64 of minor units (cents) with an ISO 4217 code. People type
 * and read amounts the way the interface language writes them: “1.234,56” in Dutch,
 * Spanish and Afrikaans, “1,234.56” in English. Exchange rates are gint64 millionths,
 * and cp_money_convert() is the one place where amounts are rounded.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean    cp_currency_is_known        (const char  *code);
/* “Euro”, “Nuevo Sol”, translated through iso-codes. */
const char *cp_currency_get_name        (const char  *code);
/* Digits after the decimal separator: 2 for most, 0 for JPY, 3 for KWD. */
guint       cp_currency_get_minor_digits (const char *code);

/* The interface language's separators (translatable: the translators set them). */
const char *cp_money_decimal_separator  (void);
const char *cp_money_group_separator    (void);

/* Reads a typed amount into minor units of @currency. Refuses a negative amount,
 * letters, a misplaced separator and more decimals than the currency has. */
gboolean    cp_money_parse              (const char  *text,
                                         const char  *currency,
                                         gint64      *minor,
                                         GError     **error);
/* Like cp_money_parse() with an explicit notation: @decimal is '.' or ','; the group
 * separator is then the other one (spaces and apostrophes group digits too). For files
 * whose notation is not the interface language's (a CSV import). */
gboolean    cp_money_parse_notation     (const char  *text,
                                         char         decimal,
                                         const char  *currency,
                                         gint64      *minor,
                                         GError     **error);
/* “1.234,56” in the interface language's notation, without the currency. */
char       *cp_money_format_amount      (gint64       minor,
                                         const char  *currency);
/* “1.234,56 EUR” */
char       *cp_money_format             (gint64       minor,
                                         const char  *currency);
gboolean    cp_validate_currency        (const char  *code,
                                         GError     **error);

/* An exchange rate in millionths: “3.30” (units of the transaction's currency per one
 * unit of the base currency, as in “3.30 soles to the US dollar”) is 3300000. Parsed in
 * the interface language's notation, up to 6 decimals; zero, negative, empty or
 * malformed rates are refused with a message that says how to write one. */
gboolean    cp_rate_parse               (const char  *text,
                                         gint64      *micro,
                                         GError     **error);
/* Like cp_rate_parse() with an explicit notation, as cp_money_parse_notation(). */
gboolean    cp_rate_parse_notation      (const char  *text,
                                         char         decimal,
                                         gint64      *micro,
                                         GError     **error);
/* “3,30” in Dutch, “3.30” in English; 18000000 is “18,00”/“18.00”: at least two
 * decimals, further trailing zeros dropped. Thousands are grouped as in amounts. */
char       *cp_rate_format              (gint64       micro);

/* Converts @minor of @currency into @base_currency at @rate_micro (units of @currency
 * per unit of @base_currency, in millionths), honouring both currencies' minor digits
 * (PEN 2, JPY 0, KWD 3) and rounding half away from zero: 100.00 PEN at 3.30 is
 * 30.30 USD. A rate of zero or less, or a result beyond gint64, gives FALSE with an
 * error and leaves @base_minor alone. The same currency converts at rate 1, whatever
 * @rate_micro says. */
gboolean    cp_money_convert            (gint64       minor,
                                         const char  *currency,
                                         gint64       rate_micro,
                                         const char  *base_currency,
                                         gint64      *base_minor,
                                         GError     **error);

G_END_DECLS
