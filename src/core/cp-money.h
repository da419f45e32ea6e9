/* cp-money.h: amounts in any currency, never in floating point
 *
 * An amount is a gint64 of minor units (cents) with an ISO 4217 code. People type
 * and read amounts the way the interface language writes them: “1.234,56” in Dutch,
 * Spanish and Afrikaans, “1,234.56” in English.
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
/* “1.234,56” in the interface language's notation, without the currency. */
char       *cp_money_format_amount      (gint64       minor,
                                         const char  *currency);
/* “1.234,56 EUR” */
char       *cp_money_format             (gint64       minor,
                                         const char  *currency);
gboolean    cp_validate_currency        (const char  *code,
                                         GError     **error);

G_END_DECLS
