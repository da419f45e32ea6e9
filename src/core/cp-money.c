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

gboolean
cp_money_parse (const char  *text,
                const char  *currency,
                gint64      *minor,
                GError     **error)
{
  const char *decimal = cp_money_decimal_separator ();
  const char *group = cp_money_group_separator ();
  guint digits = cp_currency_get_minor_digits (currency);
  g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));
  g_autofree char *example = cp_money_format_amount (123456 * (digits == 3 ? 10 : 1) / (digits == 0 ? 100 : 1), currency);
  g_autoptr(GString) whole = g_string_new (NULL);
  g_autoptr(GString) fraction = g_string_new (NULL);
  gboolean in_fraction = FALSE;
  int since_group = -1;   /* digits after the last group separator; -1 before one */
  guint64 units = 0, cents = 0, scale = 1;

  if (*stripped == '\0')
    {
      g_set_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_REQUIRED,
                   _("Enter an amount, such as %s."), example);
      return FALSE;
    }
  if (*stripped == '-' || g_str_has_prefix (stripped, "−"))
    {
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_OUT_OF_RANGE,
                           _("An amount cannot be negative."));
      return FALSE;
    }

  for (const char *p = stripped; *p; )
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
        {
          g_set_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_FORMAT,
                       _("“%s” is not an amount. Write it as %s."), stripped, example);
          return FALSE;
        }
      p = g_utf8_next_char (p);
    }

  if (!in_fraction && since_group >= 0 && since_group != 3)
    {
      g_set_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_FORMAT,
                   _("“%s” is not an amount. Write it as %s."), stripped, example);
      return FALSE;
    }
  if (fraction->len > digits)
    {
      g_set_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_FORMAT,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s has %u decimal: write the amount as %s.",
                                "%s has %u decimals: write the amount as %s.", digits),
                   currency, digits, example);
      return FALSE;
    }
  if (whole->len == 0 && fraction->len == 0)
    {
      g_set_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_FORMAT,
                   _("“%s” is not an amount. Write it as %s."), stripped, example);
      return FALSE;
    }

  for (guint i = 0; i < digits; i++)
    scale *= 10;
  while (fraction->len < digits)
    g_string_append_c (fraction, '0');
  if ((whole->len > 0 && !g_ascii_string_to_unsigned (whole->str, 10, 0, (guint64) G_MAXINT64 / scale - 1, &units, NULL)) ||
      (fraction->len > 0 && !g_ascii_string_to_unsigned (fraction->str, 10, 0, scale, &cents, NULL)))
    {
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_OUT_OF_RANGE,
                           _("The amount is too large."));
      return FALSE;
    }

  if (minor != NULL)
    *minor = (gint64) (units * scale + cents);
  return TRUE;
}

char *
cp_money_format_amount (gint64      minor,
                        const char *currency)
{
  guint digits = cp_currency_get_minor_digits (currency);
  guint64 scale = 1, magnitude;
  g_autofree char *units = NULL;
  GString *text = g_string_new (minor < 0 ? "-" : "");
  gsize n;

  for (guint i = 0; i < digits; i++)
    scale *= 10;
  magnitude = minor < 0 ? (guint64) (-(minor + 1)) + 1 : (guint64) minor;
  units = g_strdup_printf ("%" G_GUINT64_FORMAT, magnitude / scale);
  n = strlen (units);
  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append (text, cp_money_group_separator ());
      g_string_append_c (text, units[i]);
    }
  if (digits > 0)
    g_string_append_printf (text, "%s%0*" G_GUINT64_FORMAT, cp_money_decimal_separator (),
                            (int) digits, magnitude % scale);
  return g_string_free (text, FALSE);
}

char *
cp_money_format (gint64      minor,
                 const char *currency)
{
  g_autofree char *amount = cp_money_format_amount (minor, currency);

  /* Translators: an amount and its currency, e.g. “1,234.56 EUR” */
  return g_strdup_printf (_("%s %s"), amount, currency ? currency : "");
}
