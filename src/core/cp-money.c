/* cp-money.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "cp-iso-codes.h"
#include "cp-money.h"
#include "cp-record.h"

static GHashTable *
get_currencies (void)
{
  static gsize initialized;
  static GHashTable *currencies;

  if (g_once_init_enter (&initialized))
    {
      currencies = cp_iso_codes_load ("iso_4217.json", "4217", "alpha_3", NULL);
      g_once_init_leave (&initialized, 1);
    }
  return currencies;
}

gboolean
cp_currency_is_known (const char *code)
{
  return code != NULL && g_hash_table_contains (get_currencies (), code);
}

const char *
cp_currency_get_name (const char *code)
{
  const CpIsoEntry *entry = code ? g_hash_table_lookup (get_currencies (), code) : NULL;

  return entry ? g_dgettext ("iso_4217", entry->name) : code;
}

guint
cp_currency_get_minor_digits (const char *code)
{
  /* ISO 4217's exponents where they differ from 2 (iso-codes does not list them). */
  static const char * const none[] = { "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG",
                                       "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF", NULL };
  static const char * const three[] = { "BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND", NULL };

  if (code != NULL && g_strv_contains (none, code))
    return 0;
  if (code != NULL && g_strv_contains (three, code))
    return 3;
  return 2;
}

const char *
cp_money_decimal_separator (void)
{
  /* Translators: the decimal separator of amounts in your language: “,” in Dutch */
  return C_("decimal separator", ".");
}

const char *
cp_money_group_separator (void)
{
  /* Translators: the separator of thousands in amounts in your language: “.” in Dutch */
  return C_("thousands separator", ",");
}

gboolean
cp_validate_currency (const char  *code,
                      GError     **error)
{
  if (!cp_currency_is_known (code))
    {
      g_set_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_UNKNOWN_CODE,
                   _("“%s” is not an ISO 4217 currency code. Use three letters, such as EUR, USD, PEN, NIO or ZAR."),
                   code ? code : "");
      return FALSE;
    }
  return TRUE;
}

/* Spaces of any width group digits in many languages, whatever the translation says. */
static gboolean
is_group_space (gunichar c)
{
  return c == ' ' || c == 0x00A0 || c == 0x202F || c == 0x2009 || c == '\'' || c == 0x2019;
}

/* The separators of a notation named by its decimal separator. */
static const char *
group_of_notation (char decimal)
{
  return decimal == ',' ? "." : ",";
}

static const char *
decimal_of_notation (char decimal)
{
  return decimal == ',' ? "," : ".";
}

static guint64
power_of_ten (guint exponent)
{
  guint64 power = 1;

  for (guint i = 0; i < exponent; i++)
    power *= 10;
  return power;
}

static void
append_grouped (GString    *text,
                guint64     units,
                const char *group)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GUINT64_FORMAT, units);
  gsize n = strlen (digits);

  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append (text, group);
      g_string_append_c (text, digits[i]);
    }
}

static guint64
magnitude_of (gint64 value)
{
  return value < 0 ? (guint64) (-(value + 1)) + 1 : (guint64) value;
}

/* What reading a number found: amounts and rates say it in their own words. */
typedef enum
{
  NUMBER_OK,
  NUMBER_EMPTY,
  NUMBER_NEGATIVE,
  NUMBER_MALFORMED,
  NUMBER_TOO_MANY_DECIMALS,
  NUMBER_TOO_LARGE,
} NumberScan;

/* Reads @text, stripped, as a positive number with at most @digits decimals into
 * @value, counted in units of 10^-@digits. Digits before the decimal separator may be
 * grouped by three with @group or a space. */
static NumberScan
scan_number (const char *text,
             const char *decimal,
             const char *group,
             guint       digits,
             guint64    *value)
{
  g_autoptr(GString) whole = g_string_new (NULL);
  g_autoptr(GString) fraction = g_string_new (NULL);
  gboolean in_fraction = FALSE;
  int since_group = -1;   /* digits after the last group separator; -1 before one */
  guint64 units = 0, parts = 0, scale = power_of_ten (digits);

  if (*text == '\0')
    return NUMBER_EMPTY;
  if (*text == '-' || g_str_has_prefix (text, "−"))
    return NUMBER_NEGATIVE;

  for (const char *p = text; *p; )
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= '0' && c <= '9')
        {
          g_string_append_c (in_fraction ? fraction : whole, (char) c);
          if (!in_fraction && since_group >= 0)
            since_group++;
        }
      else if (!in_fraction && g_str_has_prefix (p, decimal) && (since_group < 0 || since_group == 3))
        {
          in_fraction = TRUE;
          p += strlen (decimal);
          continue;
        }
      else if (!in_fraction && whole->len > 0 && (since_group < 0 || since_group == 3) &&
               (g_str_has_prefix (p, group) || is_group_space (c)))
        {
          /* Groups of three digits: “1,23” is not 123 in English, nor “1.23” in Dutch. */
          since_group = 0;
          p += g_str_has_prefix (p, group) ? strlen (group) : (gsize) (g_utf8_next_char (p) - p);
          continue;
        }
      else
        return NUMBER_MALFORMED;
      p = g_utf8_next_char (p);
    }

  if (!in_fraction && since_group >= 0 && since_group != 3)
    return NUMBER_MALFORMED;
  if (fraction->len > digits)
    return NUMBER_TOO_MANY_DECIMALS;
  if (whole->len == 0 && fraction->len == 0)
    return NUMBER_MALFORMED;

  while (fraction->len < digits)
    g_string_append_c (fraction, '0');
  if ((whole->len > 0 && !g_ascii_string_to_unsigned (whole->str, 10, 0, (guint64) G_MAXINT64 / scale - 1, &units, NULL)) ||
      (fraction->len > 0 && !g_ascii_string_to_unsigned (fraction->str, 10, 0, scale, &parts, NULL)))
    return NUMBER_TOO_LARGE;

  *value = units * scale + parts;
  return NUMBER_OK;
}

static char *
format_amount (gint64      minor,
               const char *currency,
               const char *decimal,
               const char *group)
{
  guint digits = cp_currency_get_minor_digits (currency);
  guint64 scale = power_of_ten (digits);
  guint64 magnitude = magnitude_of (minor);
  GString *text = g_string_new (minor < 0 ? "-" : "");

  append_grouped (text, magnitude / scale, group);
  if (digits > 0)
    g_string_append_printf (text, "%s%0*" G_GUINT64_FORMAT, decimal, (int) digits, magnitude % scale);
  return g_string_free (text, FALSE);
}

static gboolean
parse_amount (const char  *text,
              const char  *decimal,
              const char  *group,
              const char  *currency,
              gint64      *minor,
              GError     **error)
{
  guint digits = cp_currency_get_minor_digits (currency);
  g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));
  g_autofree char *example = format_amount (123456 * (digits == 3 ? 10 : 1) / (digits == 0 ? 100 : 1),
                                            currency, decimal, group);
  guint64 value = 0;

  switch (scan_number (stripped, decimal, group, digits, &value))
    {
    case NUMBER_OK:
      if (minor != NULL)
        *minor = (gint64) value;
      return TRUE;

    case NUMBER_EMPTY:
      g_set_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_REQUIRED,
                   _("Enter an amount, such as %s."), example);
      return FALSE;

    case NUMBER_NEGATIVE:
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_OUT_OF_RANGE,
                           _("An amount cannot be negative."));
      return FALSE;

    case NUMBER_TOO_MANY_DECIMALS:
      g_set_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_FORMAT,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s has %u decimal: write the amount as %s.",
                                "%s has %u decimals: write the amount as %s.", digits),
                   currency, digits, example);
      return FALSE;

    case NUMBER_TOO_LARGE:
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_OUT_OF_RANGE,
                           _("The amount is too large."));
      return FALSE;

    case NUMBER_MALFORMED:
    default:
      g_set_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_FORMAT,
                   _("“%s” is not an amount. Write it as %s."), stripped, example);
      return FALSE;
    }
}

gboolean
cp_money_parse (const char  *text,
                const char  *currency,
                gint64      *minor,
                GError     **error)
{
  return parse_amount (text, cp_money_decimal_separator (), cp_money_group_separator (),
                       currency, minor, error);
}

gboolean
cp_money_parse_notation (const char  *text,
                         char         decimal,
                         const char  *currency,
                         gint64      *minor,
                         GError     **error)
{
  g_return_val_if_fail (decimal == '.' || decimal == ',', FALSE);

  return parse_amount (text, decimal_of_notation (decimal), group_of_notation (decimal),
                       currency, minor, error);
}

char *
cp_money_format_amount (gint64      minor,
                        const char *currency)
{
  return format_amount (minor, currency,
                        cp_money_decimal_separator (), cp_money_group_separator ());
}

char *
cp_money_format (gint64      minor,
                 const char *currency)
{
  g_autofree char *amount = cp_money_format_amount (minor, currency);

  /* Translators: an amount and its currency, e.g. “1,234.56 EUR” */
  return g_strdup_printf (_("%s %s"), amount, currency ? currency : "");
}

/* Exchange rates */

#define RATE_DIGITS 6
#define RATE_SCALE G_GINT64_CONSTANT (1000000)

/* The rate the messages show: 3.30 soles to the dollar. */
#define EXAMPLE_RATE G_GINT64_CONSTANT (3300000)
#define EXAMPLE_PRECISE_RATE G_GINT64_CONSTANT (3305785)

static char *
format_rate (gint64      micro,
             const char *decimal,
             const char *group)
{
  guint64 magnitude = magnitude_of (micro);
  GString *text = g_string_new (micro < 0 ? "-" : "");
  char fraction[RATE_DIGITS + 1];
  int last;

  append_grouped (text, magnitude / RATE_SCALE, group);
  g_snprintf (fraction, sizeof fraction, "%0*" G_GUINT64_FORMAT, RATE_DIGITS, magnitude % RATE_SCALE);
  for (last = RATE_DIGITS - 1; last > 1 && fraction[last] == '0'; last--)
    fraction[last] = '\0';
  g_string_append (text, decimal);
  g_string_append (text, fraction);
  return g_string_free (text, FALSE);
}

static gboolean
parse_rate (const char  *text,
            const char  *decimal,
            const char  *group,
            gint64      *micro,
            GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));
  g_autofree char *example = format_rate (EXAMPLE_RATE, decimal, group);
  guint64 value = 0;

  switch (scan_number (stripped, decimal, group, RATE_DIGITS, &value))
    {
    case NUMBER_OK:
      if (value == 0)
        break;
      if (micro != NULL)
        *micro = (gint64) value;
      return TRUE;

    case NUMBER_EMPTY:
      g_set_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_REQUIRED,
                   _("Enter an exchange rate, such as %s."), example);
      return FALSE;

    case NUMBER_NEGATIVE:
      break;

    case NUMBER_TOO_MANY_DECIMALS:
      {
        g_autofree char *precise = format_rate (EXAMPLE_PRECISE_RATE, decimal, group);

        g_set_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_FORMAT,
                     _("An exchange rate has at most 6 decimals, such as %s."), precise);
        return FALSE;
      }

    case NUMBER_TOO_LARGE:
      g_set_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_OUT_OF_RANGE,
                   _("“%s” is too large for an exchange rate. Write it as %s."), stripped, example);
      return FALSE;

    case NUMBER_MALFORMED:
    default:
      g_set_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_FORMAT,
                   _("“%s” is not an exchange rate. Write it as %s."), stripped, example);
      return FALSE;
    }

  /* Zero or negative. */
  g_set_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_OUT_OF_RANGE,
               _("An exchange rate must be more than zero, such as %s."), example);
  return FALSE;
}

gboolean
cp_rate_parse (const char  *text,
               gint64      *micro,
               GError     **error)
{
  return parse_rate (text, cp_money_decimal_separator (), cp_money_group_separator (),
                     micro, error);
}

gboolean
cp_rate_parse_notation (const char  *text,
                        char         decimal,
                        gint64      *micro,
                        GError     **error)
{
  g_return_val_if_fail (decimal == '.' || decimal == ',', FALSE);

  return parse_rate (text, decimal_of_notation (decimal), group_of_notation (decimal),
                     micro, error);
}

char *
cp_rate_format (gint64 micro)
{
  return format_rate (micro, cp_money_decimal_separator (), cp_money_group_separator ());
}

/* Conversion: the one place where amounts are rounded */

/* @remainder * 10 divided by @divisor: the next decimal digit of a long division, and
 * the new remainder. @remainder < @divisor <= 2^63, so no sum below reaches 2^64. */
static guint
next_digit (guint64  divisor,
            guint64 *remainder)
{
  guint64 sum = 0;
  guint digit = 0;

  for (guint i = 0; i < 10; i++)
    {
      sum += *remainder;
      if (sum >= divisor)
        {
          sum -= divisor;
          digit++;
        }
    }
  *remainder = sum;
  return digit;
}

gboolean
cp_money_convert (gint64       minor,
                  const char  *currency,
                  gint64       rate_micro,
                  const char  *base_currency,
                  gint64      *base_minor,
                  GError     **error)
{
  guint64 magnitude = magnitude_of (minor);
  guint64 quotient, remainder;
  guint shift;

  if (g_strcmp0 (currency, base_currency) == 0)
    {
      if (base_minor != NULL)
        *base_minor = minor;
      return TRUE;
    }
  if (rate_micro <= 0)
    {
      g_autofree char *example = cp_rate_format (EXAMPLE_RATE);

      g_set_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_OUT_OF_RANGE,
                   _("An exchange rate must be more than zero, such as %s."), example);
      return FALSE;
    }

  /* minor × 10^base digits × 10^6 / (rate × 10^digits): the powers of ten cancel down
   * to one between 10^3 and 10^9, so a long division, one decimal digit at a time,
   * needs nothing wider than 64 bits. */
  shift = cp_currency_get_minor_digits (base_currency) + RATE_DIGITS -
          cp_currency_get_minor_digits (currency);
  quotient = magnitude / (guint64) rate_micro;
  remainder = magnitude % (guint64) rate_micro;
  for (guint i = 0; i < shift && quotient <= (guint64) G_MAXINT64; i++)
    {
      guint digit = next_digit ((guint64) rate_micro, &remainder);

      if (quotient > ((guint64) G_MAXINT64 - digit) / 10)
        quotient = (guint64) G_MAXINT64 + 1;
      else
        quotient = quotient * 10 + digit;
    }
  /* Half away from zero: the magnitude rounds up at half or more. */
  if (quotient <= (guint64) G_MAXINT64 && remainder >= (guint64) rate_micro - remainder)
    quotient++;

  if (quotient > (guint64) G_MAXINT64)
    {
      g_autofree char *amount = cp_money_format (minor, currency);

      g_set_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_OUT_OF_RANGE,
                   _("%s is too large to convert into %s."),
                   amount, base_currency ? base_currency : "");
      return FALSE;
    }

  if (base_minor != NULL)
    *base_minor = minor < 0 ? -(gint64) quotient : (gint64) quotient;
  return TRUE;
}
