/* test-money.c: amounts in an explicit notation, exchange rates and conversion
 *
 * The interface language's own notation is tested in test-visits.c; these cases add
 * the notation of an imported file, the rates in millionths and the one function that
 * rounds. The conversion is also checked against plain 128-bit arithmetic where the
 * compiler has it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include <glib.h>
#include <glib/gi18n-lib.h>

#include "core/cp-money.h"
#include "core/cp-partial-date.h"
#include "core/cp-record.h"

#include "cp-test-util.h"

typedef struct
{
  const char *text;
  char        decimal;
  const char *currency;
  gint64      minor;
  int         code;     /* a CpValidationError, or -1 when the text reads */
} NotationCase;

static const NotationCase notation_cases[] = {
  /* A point for decimals */
  { "1,234.56", '.', "EUR", 123456, -1 },
  { "1234.5", '.', "EUR", 123450, -1 },
  { "1 234.56", '.', "EUR", 123456, -1 },
  { "1'234.56", '.', "EUR", 123456, -1 },
  { "1,234,567", '.', "JPY", 1234567, -1 },
  { "1,234.567", '.', "KWD", 1234567, -1 },
  { " 0.05 ", '.', "PEN", 5, -1 },
  { "1,23", '.', "EUR", 0, CP_VALIDATION_ERROR_FORMAT },      /* a misplaced group */
  { "1.234,56", '.', "EUR", 0, CP_VALIDATION_ERROR_FORMAT },  /* the other notation */
  { "12,50", '.', "EUR", 0, CP_VALIDATION_ERROR_FORMAT },
  { "12.345", '.', "EUR", 0, CP_VALIDATION_ERROR_FORMAT },    /* three decimals */

  /* A comma for decimals */
  { "1.234,56", ',', "EUR", 123456, -1 },
  { "12,50", ',', "EUR", 1250, -1 },
  { "285.401.466", ',', "NIO", 28540146600, -1 },
  { "1 234,56", ',', "EUR", 123456, -1 },
  { "1.234", ',', "JPY", 1234, -1 },
  { "1,234", ',', "KWD", 1234, -1 },
  { "1,23", ',', "EUR", 123, -1 },
  { "1.23", ',', "EUR", 0, CP_VALIDATION_ERROR_FORMAT },      /* a misplaced group */
  { "1,234.56", ',', "EUR", 0, CP_VALIDATION_ERROR_FORMAT },  /* the other notation */
  { "12,5", ',', "JPY", 0, CP_VALIDATION_ERROR_FORMAT },

  /* Either */
  { "", ',', "EUR", 0, CP_VALIDATION_ERROR_REQUIRED },
  { "-5", '.', "EUR", 0, CP_VALIDATION_ERROR_OUT_OF_RANGE },
  { "5 EUR", ',', "EUR", 0, CP_VALIDATION_ERROR_FORMAT },
  { "99999999999999999999", '.', "EUR", 0, CP_VALIDATION_ERROR_OUT_OF_RANGE },
};

static void
test_parse_notation (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (notation_cases); i++)
    {
      const NotationCase *c = &notation_cases[i];
      g_autoptr(GError) error = NULL;
      gint64 minor = -1;
      gboolean ok = cp_money_parse_notation (c->text, c->decimal, c->currency, &minor, &error);

      g_test_message ("“%s” with “%c” in %s", c->text, c->decimal, c->currency);
      if (c->code < 0)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          g_assert_cmpint (minor, ==, c->minor);
        }
      else
        {
          g_assert_false (ok);
          g_assert_error (error, CP_VALIDATION_ERROR, c->code);
          g_assert_cmpint (minor, ==, -1);   /* untouched */
        }
    }
}

static void
test_parse_notation_messages (void)
{
  g_autoptr(GError) error = NULL;

  /* The example is in the file's notation, not the interface language's. */
  g_assert_false (cp_money_parse_notation ("1.23", ',', "EUR", NULL, &error));
  g_assert_cmpstr (error->message, ==, "“1.23” is not an amount. Write it as 1.234,56.");
  g_clear_error (&error);
  g_assert_false (cp_money_parse_notation ("1,23", '.', "EUR", NULL, &error));
  g_assert_cmpstr (error->message, ==, "“1,23” is not an amount. Write it as 1,234.56.");
  g_clear_error (&error);
  g_assert_false (cp_money_parse_notation ("12,345", ',', "EUR", NULL, &error));
  g_assert_cmpstr (error->message, ==, "EUR has 2 decimals: write the amount as 1.234,56.");
  g_clear_error (&error);

  /* The interface language's notation is unchanged. */
  g_assert_false (cp_money_parse ("1,23", "EUR", NULL, &error));
  g_assert_cmpstr (error->message, ==, "“1,23” is not an amount. Write it as 1,234.56.");
}

typedef struct
{
  const char *text;
  char        decimal;   /* 0 for the interface language's */
  gint64      micro;
  int         code;
} RateCase;

static const RateCase rate_cases[] = {
  { "3.30", 0, 3300000, -1 },
  { "3.3", 0, 3300000, -1 },
  { "18", 0, 18000000, -1 },
  { "0.000001", 0, 1, -1 },
  { "3.305785", 0, 3305785, -1 },
  { "36,000.5", 0, 36000500000, -1 },
  { " 1 ", 0, 1000000, -1 },
  { "3,30", ',', 3300000, -1 },
  { "3.30", '.', 3300000, -1 },
  { "1.234,5", ',', 1234500000, -1 },
  { "3,30", 0, 0, CP_VALIDATION_ERROR_FORMAT },      /* a group of two */
  { "3,30", '.', 0, CP_VALIDATION_ERROR_FORMAT },
  { "3.30", ',', 0, CP_VALIDATION_ERROR_FORMAT },
  { "0", 0, 0, CP_VALIDATION_ERROR_OUT_OF_RANGE },
  { "0.000000", 0, 0, CP_VALIDATION_ERROR_OUT_OF_RANGE },
  { "-3.30", 0, 0, CP_VALIDATION_ERROR_OUT_OF_RANGE },
  { "−3.30", 0, 0, CP_VALIDATION_ERROR_OUT_OF_RANGE },   /* U+2212 */
  { "", 0, 0, CP_VALIDATION_ERROR_REQUIRED },
  { "  ", ',', 0, CP_VALIDATION_ERROR_REQUIRED },
  { "abc", 0, 0, CP_VALIDATION_ERROR_FORMAT },
  { "3.30 PEN", 0, 0, CP_VALIDATION_ERROR_FORMAT },
  { "1/3.30", 0, 0, CP_VALIDATION_ERROR_FORMAT },
  { ".", 0, 0, CP_VALIDATION_ERROR_FORMAT },
  { "3.3.0", 0, 0, CP_VALIDATION_ERROR_FORMAT },
  { "0.0000001", 0, 0, CP_VALIDATION_ERROR_FORMAT },   /* seven decimals */
  { "99999999999999", 0, 0, CP_VALIDATION_ERROR_OUT_OF_RANGE },
};

static void
test_rate_parse (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (rate_cases); i++)
    {
      const RateCase *c = &rate_cases[i];
      g_autoptr(GError) error = NULL;
      gint64 micro = -1;
      gboolean ok = c->decimal == 0 ? cp_rate_parse (c->text, &micro, &error)
                                    : cp_rate_parse_notation (c->text, c->decimal, &micro, &error);

      g_test_message ("“%s” with “%c”", c->text, c->decimal ? c->decimal : ' ');
      if (c->code < 0)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          g_assert_cmpint (micro, ==, c->micro);
        }
      else
        {
          g_assert_false (ok);
          g_assert_error (error, CP_VALIDATION_ERROR, c->code);
          g_assert_cmpint (micro, ==, -1);
          g_assert_true (g_utf8_validate (error->message, -1, NULL));
        }
    }
}

static void
test_rate_messages (void)
{
  static const struct { const char *text; char decimal; const char *message; } cases[] = {
    { "0", 0, "An exchange rate must be more than zero, such as 3.30." },
    { "-1", 0, "An exchange rate must be more than zero, such as 3.30." },
    { "", 0, "Enter an exchange rate, such as 3.30." },
    { "abc", 0, "“abc” is not an exchange rate. Write it as 3.30." },
    { "3.30", ',', "“3.30” is not an exchange rate. Write it as 3,30." },
    { "0,0000001", ',', "An exchange rate has at most 6 decimals, such as 3,305785." },
    { "99999999999999", 0, "“99999999999999” is too large for an exchange rate. Write it as 3.30." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      if (cases[i].decimal == 0)
        g_assert_false (cp_rate_parse (cases[i].text, NULL, &error));
      else
        g_assert_false (cp_rate_parse_notation (cases[i].text, cases[i].decimal, NULL, &error));
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

static void
test_rate_format (void)
{
  static const struct { gint64 micro; const char *text; } cases[] = {
    { 3300000, "3.30" },
    { 18000000, "18.00" },
    { 3305000, "3.305" },
    { 3305785, "3.305785" },
    { 1, "0.000001" },
    { 100000, "0.10" },
    { 36000500000, "36,000.50" },
    { G_MAXINT64, "9,223,372,036,854.775807" },
    { -3300000, "-3.30" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = cp_rate_format (cases[i].micro);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

/* What is written reads back, over a spread of magnitudes and digits. */
static void
test_rate_round_trip (void)
{
  static const gint64 fixed[] = { 1, 9, 10, 999999, 1000000, 1000001, 3300000, 3305785,
                                  18000000, 123456789012, G_GINT64_CONSTANT (9223372036854) * 1000000 - 1 };

  for (guint i = 0; i < G_N_ELEMENTS (fixed) + 2000; i++)
    {
      gint64 micro = i < G_N_ELEMENTS (fixed) ? fixed[i]
                                              : (gint64) g_test_rand_int_range (1, G_MAXINT32) *
                                                  g_test_rand_int_range (1, 1 << (i % 22 + 1));
      g_autofree char *text = cp_rate_format (micro);
      g_autoptr(GError) error = NULL;
      gint64 back = 0;

      g_assert_true (cp_rate_parse (text, &back, &error));
      g_assert_no_error (error);
      g_assert_cmpint (back, ==, micro);
    }
}

typedef struct
{
  gint64      minor;
  const char *currency;
  gint64      rate_micro;
  const char *base;
  gint64      expected;
} ConvertCase;

static const ConvertCase convert_cases[] = {
  /* 100.00 PEN at 3.30: 30.303… USD */
  { 10000, "PEN", 3300000, "USD", 3030 },
  /* Table 6.6: 285,401,466 NIO at 18 and 33,379,408 PEN at 3.20 */
  { 28540146600, "NIO", 18000000, "USD", 1585563700 },
  { 3337940800, "PEN", 3200000, "USD", 1043106500 },
  /* Half away from zero, both ways */
  { 1, "EUR", 2000000, "USD", 1 },            /* 0.005 → 0.01 */
  { -1, "EUR", 2000000, "USD", -1 },
  { 3, "EUR", 2000000, "USD", 2 },            /* 0.015 → 0.02 */
  { -3, "EUR", 2000000, "USD", -2 },
  { 1, "EUR", 3000000, "USD", 0 },            /* 0.0033… → 0.00 */
  { 2, "EUR", 3000000, "USD", 1 },            /* 0.0066… → 0.01 */
  { -10000, "PEN", 3300000, "USD", -3030 },
  { 0, "PEN", 3300000, "USD", 0 },
  /* Minor digits: the yen has none, the Kuwaiti dinar three */
  { 15000, "JPY", 150000000, "USD", 10000 },  /* ¥15,000 at 150 → 100.00 USD */
  { 10000, "USD", 6667, "JPY", 14999 },       /* 100.00 USD at 0.006667 → ¥14,999.25 */
  { 1000, "USD", 3250000, "KWD", 3077 },      /* 10.00 USD at 3.25 → 3.0769… KWD */
  { 1000, "KWD", 307700, "USD", 325 },        /* 1.000 KWD at 0.3077 → 3.2499… USD */
  { 1000, "KWD", 2052, "JPY", 487 },          /* 1.000 KWD at 0.002052 → ¥487.33 */
  { 1, "JPY", 1, "KWD", 1000000000 },         /* ¥1 at 0.000001 → 1,000,000.000 KWD */
  /* The smallest rate and the largest amount that still fits */
  { G_MAXINT64, "EUR", 1000000, "USD", G_MAXINT64 },
  { G_MININT64 + 1, "EUR", 1000000, "USD", G_MININT64 + 1 },
  { G_MAXINT64, "USD", G_MAXINT64, "EUR", 1000000 },
};

static void
test_convert (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (convert_cases); i++)
    {
      const ConvertCase *c = &convert_cases[i];
      g_autoptr(GError) error = NULL;
      gint64 base_minor = -7;

      g_test_message ("%" G_GINT64_FORMAT " %s at %" G_GINT64_FORMAT " in %s",
                      c->minor, c->currency, c->rate_micro, c->base);
      g_assert_true (cp_money_convert (c->minor, c->currency, c->rate_micro, c->base, &base_minor, &error));
      g_assert_no_error (error);
      g_assert_cmpint (base_minor, ==, c->expected);
    }
}

static void
test_convert_table_6_6 (void)
{
  gint64 minor = 0, rate = 0, usd = 0;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  /* As typed and read back. */
  g_assert_true (cp_money_parse ("285,401,466", "NIO", &minor, &error));
  g_assert_true (cp_rate_parse ("18", &rate, &error));
  g_assert_true (cp_money_convert (minor, "NIO", rate, "USD", &usd, &error));
  g_assert_no_error (error);
  text = cp_money_format (usd, "USD");
  g_assert_cmpstr (text, ==, "15,855,637.00 USD");
  g_clear_pointer (&text, g_free);

  g_assert_true (cp_money_parse_notation ("33.379.408", ',', "PEN", &minor, &error));
  g_assert_true (cp_rate_parse_notation ("3,20", ',', &rate, &error));
  g_assert_true (cp_money_convert (minor, "PEN", rate, "USD", &usd, &error));
  g_assert_no_error (error);
  text = cp_money_format (usd, "USD");
  g_assert_cmpstr (text, ==, "10,431,065.00 USD");
}

static void
test_convert_same_currency (void)
{
  static const gint64 rates[] = { 3300000, 1, 0, -5 };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (rates); i++)
    {
      gint64 base_minor = 0;

      g_assert_true (cp_money_convert (123456, "PEN", rates[i], "PEN", &base_minor, &error));
      g_assert_no_error (error);
      g_assert_cmpint (base_minor, ==, 123456);
    }
  g_assert_true (cp_money_convert (G_MININT64, "JPY", 0, "JPY", NULL, &error));
  g_assert_no_error (error);
}

static void
test_convert_errors (void)
{
  static const struct { gint64 minor; const char *currency; gint64 rate; const char *base; int code; } cases[] = {
    { 10000, "PEN", 0, "USD", CP_VALIDATION_ERROR_OUT_OF_RANGE },
    { 10000, "PEN", -3300000, "USD", CP_VALIDATION_ERROR_OUT_OF_RANGE },
    { G_MININT64, "PEN", -1, "USD", CP_VALIDATION_ERROR_OUT_OF_RANGE },
    /* Overflow */
    { G_MAXINT64, "EUR", 999999, "USD", CP_VALIDATION_ERROR_OUT_OF_RANGE },
    { G_MAXINT64, "JPY", 1000000, "USD", CP_VALIDATION_ERROR_OUT_OF_RANGE },
    { G_MAXINT64 / 100, "JPY", 1000000, "KWD", CP_VALIDATION_ERROR_OUT_OF_RANGE },
    { G_MININT64, "EUR", 1000000, "USD", CP_VALIDATION_ERROR_OUT_OF_RANGE },
    { G_MININT64, "EUR", 1, "USD", CP_VALIDATION_ERROR_OUT_OF_RANGE },
    { 9223372036855, "EUR", 1, "USD", CP_VALIDATION_ERROR_OUT_OF_RANGE },
  };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gint64 base_minor = -7;

      g_test_message ("case %u", i);
      g_assert_false (cp_money_convert (cases[i].minor, cases[i].currency, cases[i].rate, cases[i].base,
                                        &base_minor, &error));
      g_assert_error (error, CP_VALIDATION_ERROR, cases[i].code);
      g_assert_cmpint (base_minor, ==, -7);
      g_clear_error (&error);
    }

  g_assert_false (cp_money_convert (100, "PEN", 0, "USD", NULL, &error));
  g_assert_cmpstr (error->message, ==, "An exchange rate must be more than zero, such as 3.30.");
  g_clear_error (&error);
  g_assert_false (cp_money_convert (G_MAXINT64, "JPY", 1000000, "USD", NULL, &error));
  g_assert_cmpstr (error->message, ==, "9,223,372,036,854,775,807 JPY is too large to convert into USD.");

  /* Just under the limit still converts: 92,233,720,368.54 at 0.000001 */
  g_assert_true (cp_money_convert (9223372036854, "EUR", 1, "USD", NULL, NULL));
}

#ifdef __SIZEOF_INT128__
__extension__ typedef __int128 Wide;

/* The conversion as the formula says it, in 128 bits. */
static gboolean
convert_wide (gint64      minor,
              const char *currency,
              gint64      rate_micro,
              const char *base,
              gint64     *result)
{
  Wide numerator = (Wide) minor * 1000000;
  Wide denominator = (Wide) rate_micro;
  Wide quotient, remainder;

  for (guint i = 0; i < cp_currency_get_minor_digits (base); i++)
    numerator *= 10;
  for (guint i = 0; i < cp_currency_get_minor_digits (currency); i++)
    denominator *= 10;
  quotient = numerator / denominator;
  remainder = numerator % denominator;
  if (2 * (remainder < 0 ? -remainder : remainder) >= denominator)
    quotient += minor < 0 ? -1 : 1;
  if (quotient > G_MAXINT64 || quotient < -G_MAXINT64)
    return FALSE;
  *result = (gint64) quotient;
  return TRUE;
}

static gint64
random_int64 (void)
{
  guint64 high = (guint32) g_test_rand_int ();

  return (gint64) (high << 32 | (guint32) g_test_rand_int ());
}
#endif

static void
test_convert_reference (void)
{
#ifdef __SIZEOF_INT128__
  static const char * const currencies[] = { "EUR", "JPY", "KWD", "PEN", "NIO" };
  guint overflows = 0;

  for (guint i = 0; i < 20000; i++)
    {
      const char *currency = currencies[g_test_rand_int_range (0, G_N_ELEMENTS (currencies))];
      const char *base = currencies[g_test_rand_int_range (0, G_N_ELEMENTS (currencies))];
      gint64 minor = random_int64 () >> g_test_rand_int_range (0, 63);
      gint64 rate = random_int64 () >> g_test_rand_int_range (0, 63);
      gint64 expected = 0, got = 0;
      gboolean fits;

      if (rate < 0)
        rate = -(rate + 1);
      if (rate == 0 || g_str_equal (currency, base))
        continue;
      fits = convert_wide (minor, currency, rate, base, &expected);
      g_test_message ("%" G_GINT64_FORMAT " %s at %" G_GINT64_FORMAT " in %s", minor, currency, rate, base);
      g_assert_cmpint (cp_money_convert (minor, currency, rate, base, &got, NULL), ==, fits);
      if (fits)
        g_assert_cmpint (got, ==, expected);
      else
        overflows++;
    }
  g_assert_cmpuint (overflows, >, 0);
#else
  g_test_skip ("No 128-bit integers in this compiler");
#endif
}

static void
test_dutch (void)
{
  g_autofree char *month = NULL;
  gboolean translated;

  cp_test_use_language ("nl");
  month = cp_partial_date_format ("1998-05");
  translated = !g_str_equal (cp_money_decimal_separator (), ".");
  if (!g_str_equal (month, "mei 1998") || !translated)
    {
      cp_test_use_language ("en");
      if (!g_str_equal (month, "mei 1998"))
        g_test_skip ("No Dutch catalogue in COUNTERPART_LOCALEDIR: build po/ first");
      else
        g_test_skip ("po/nl.po does not translate “decimal separator” and “thousands separator” yet");
      return;
    }

  {
    g_autofree char *rate = cp_rate_format (3300000);
    g_autofree char *whole = cp_rate_format (18000000);
    g_autofree char *large = cp_rate_format (36000500000);
    gint64 micro = 0, minor = 0;
    g_autoptr(GError) error = NULL;

    g_assert_cmpstr (rate, ==, "3,30");
    g_assert_cmpstr (whole, ==, "18,00");
    g_assert_cmpstr (large, ==, "36.000,50");
    g_assert_true (cp_rate_parse ("3,30", &micro, &error));
    g_assert_no_error (error);
    g_assert_cmpint (micro, ==, 3300000);
    g_assert_true (cp_rate_parse (large, &micro, &error));
    g_assert_cmpint (micro, ==, 36000500000);
    g_assert_false (cp_rate_parse ("3.30", NULL, &error));
    g_assert_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_FORMAT);
    g_clear_error (&error);

    /* An explicit notation does not follow the interface language. */
    g_assert_true (cp_rate_parse_notation ("3.30", '.', &micro, &error));
    g_assert_cmpint (micro, ==, 3300000);
    g_assert_true (cp_money_parse_notation ("1,234.56", '.', "EUR", &minor, &error));
    g_assert_no_error (error);
    g_assert_cmpint (minor, ==, 123456);
    g_assert_true (cp_money_parse ("1.234,56", "EUR", &minor, &error));
    g_assert_cmpint (minor, ==, 123456);
  }
  cp_test_use_language ("en");
  g_assert_cmpstr (cp_money_decimal_separator (), ==, ".");
}

int
main (int    argc,
      char **argv)
{
  cp_test_init (&argc, &argv);

  g_test_add_func ("/money/parse/notation", test_parse_notation);
  g_test_add_func ("/money/parse/notation/messages", test_parse_notation_messages);
  g_test_add_func ("/money/rate/parse", test_rate_parse);
  g_test_add_func ("/money/rate/messages", test_rate_messages);
  g_test_add_func ("/money/rate/format", test_rate_format);
  g_test_add_func ("/money/rate/round-trip", test_rate_round_trip);
  g_test_add_func ("/money/convert", test_convert);
  g_test_add_func ("/money/convert/table-6-6", test_convert_table_6_6);
  g_test_add_func ("/money/convert/same-currency", test_convert_same_currency);
  g_test_add_func ("/money/convert/errors", test_convert_errors);
  g_test_add_func ("/money/convert/reference", test_convert_reference);
  g_test_add_func ("/money/dutch", test_dutch);

  return g_test_run ();
}
