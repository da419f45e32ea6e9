/* test-indicators.c: the funding indicators of Condition 3, against the study's figures
 *
 * The cases are the tables of Bontenbal 2009 (§6.1.3, §6.2): Table 6.2 (municipal
 * budgets for C2C and international cooperation), Table 6.4 (international funding
 * to Villa El Salvador), Tables 6.5 and 6.6 (León and Villa El Salvador), and the
 * figures in the text around them. Each case states what the study printed, and the
 * indicator must give it, rounded as the study rounded. The eligibility cases follow
 * VNG's LOGO South programme, which dropped Peru after 2007.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib.h>
#include <glib/gi18n-lib.h>

#include "core/cp-country.h"
#include "core/cp-eligibility.h"
#include "core/cp-funding-indicators.h"
#include "core/cp-money.h"
#include "core/cp-record.h"

#include "cp-test-util.h"

static void
assert_percent (CpIndicator  indicator,
                guint        decimals,
                const char  *expected)
{
  g_autofree char *text = cp_indicator_format_percent (indicator, decimals);

  g_assert_cmpstr (text, ==, expected);
}

/* Table 6.2: shares of C2C in the IC budget */

typedef struct
{
  const char *municipality;
  gint64      partnership;    /* € per year, the municipal budget for the C2C partnership */
  gint64      ic;             /* € per year, for international cooperation (T-K: LA21) */
  gint64      population;     /* as src/store/cp-sample-data.c gives it */
  const char *share;          /* the derived check, one decimal */
  const char *printed;        /* as the table prints it */
  double      ic_per_inhabitant;
  double      partnership_per_inhabitant;
} BudgetRow;

static const BudgetRow table_6_2[] = {
  { "Amstelveen", 30000, 146000, 79000, "20.5 %", "21 %", 1.85, 0.38 },
  { "Treptow-Köpenick", 10400, 30000, 238000, "34.7 %", "35 %", 0.13, 0.04 },
  { "Utrecht", 128700, 565876, 300000, "22.7 %", "23 %", 1.89, 0.43 },
  { "Alphen aan den Rijn", 15000, 35000, 71000, "42.9 %", "43 %", 0.49, 0.21 },
};

static void
test_partnership_share (void)
{
  double sum_of_printed = 0;

  for (guint i = 0; i < G_N_ELEMENTS (table_6_2); i++)
    {
      const BudgetRow *row = &table_6_2[i];
      /* Whole euros, in cents: the caller's minor units. */
      CpIndicator share = cp_indicator_share (row->partnership * 100, row->ic * 100);
      g_autofree char *rounded = cp_indicator_format_percent (share, 0);

      g_test_message ("%s", row->municipality);
      g_assert_true (share.known);
      assert_percent (share, 1, row->share);
      g_assert_cmpstr (rounded, ==, row->printed);
      sum_of_printed += g_ascii_strtod (rounded, NULL);
    }

  /* “The four cities spend an average of 31% of their general IC budget”: the mean
   * of the four printed shares, 30.5. */
  g_assert_cmpfloat (sum_of_printed / G_N_ELEMENTS (table_6_2), ==, 30.5);
  assert_percent ((CpIndicator) { TRUE, sum_of_printed / G_N_ELEMENTS (table_6_2) }, 0, "31 %");
}

static void
test_per_inhabitant_north (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (table_6_2); i++)
    {
      const BudgetRow *row = &table_6_2[i];
      CpIndicator ic = cp_indicator_per_inhabitant (row->ic * 100, 2, row->population);
      CpIndicator partnership = cp_indicator_per_inhabitant (row->partnership * 100, 2, row->population);

      g_test_message ("%s", row->municipality);
      g_assert_true (ic.known);
      g_assert_true (partnership.known);
      g_assert_cmpfloat_with_epsilon (ic.value, row->ic_per_inhabitant, 0.005);
      g_assert_cmpfloat_with_epsilon (partnership.value, row->partnership_per_inhabitant, 0.005);
    }

  /* Utrecht: €565,876 over 300,000 inhabitants, a little under €1.89. */
  g_assert_cmpfloat_with_epsilon (cp_indicator_per_inhabitant (56587600, 2, 300000).value, 565876.0 / 300000, 1e-12);
  /* The minor digits count: 1,000 yen are 1,000 yen, 1,000 cents are 10 euros. */
  g_assert_cmpfloat (cp_indicator_per_inhabitant (1000, 0, 10).value, ==, 100.0);
  g_assert_cmpfloat (cp_indicator_per_inhabitant (1000, 2, 10).value, ==, 1.0);
  g_assert_cmpfloat (cp_indicator_per_inhabitant (1000, 3, 10).value, ==, 0.1);
}

static void
test_ic_share_of_budget (void)
{
  /* Amstelveen: €146,000 for IC out of a budget of €185 m (2008), below the 0.1 % that
   * none of the Northern partners exceed, far below the UN norm of 0.7 %. */
  CpIndicator share = cp_indicator_share (14600000, G_GINT64_CONSTANT (18500000000));

  assert_percent (share, 3, "0.079 %");
  g_assert_cmpfloat (share.value, <, 0.1);
}

/* External funding */

static void
test_external_funding (void)
{
  /* Utrecht for León, 2007: €70,000 municipal against €502,000 external. */
  CpIndicator external = cp_indicator_external_share (50200000, 7000000);
  CpIndicator multiplier = cp_indicator_multiplier (50200000, 7000000);
  g_autofree char *times = cp_indicator_format_ratio (multiplier, 1);

  assert_percent (external, 1, "87.8 %");
  g_assert_cmpstr (times, ==, "7.2×");

  /* Amstelveen in Villa El Salvador 2004–2007: VNG gave 78.5 % of the project aid,
   * €274,000 of about €349,000. */
  assert_percent (cp_indicator_share (27400000, 34900000), 1, "78.5 %");
  assert_percent (cp_indicator_external_share (27400000, 7500000), 1, "78.5 %");

  /* 2004–2005: over €500,000 external against about €60,000 from the municipality. */
  {
    g_autofree char *amstelveen = cp_indicator_format_ratio (cp_indicator_multiplier (50000000, 6000000), 1);

    g_assert_cmpstr (amstelveen, ==, "8.3×");
  }

  /* No external money is a real 0 %, and a 0× multiplier. */
  assert_percent (cp_indicator_external_share (0, 7000000), 1, "0.0 %");
  g_assert_true (cp_indicator_multiplier (0, 7000000).known);
  g_assert_cmpfloat (cp_indicator_multiplier (0, 7000000).value, ==, 0.0);
  /* All external, nothing of its own: 100 %, and no multiplier. */
  assert_percent (cp_indicator_external_share (50200000, 0), 0, "100 %");
}

static void
test_departmental_contributions (void)
{
  /* Utrecht: six line departments give €13,000 each; €78,000 is over half of the
   * €128,700 the municipality makes available for León. */
  static const gint64 departments[] = { 1300000, 1300000, 1300000, 1300000, 1300000, 1300000 };
  gint64 total = 0;
  guint largest = 0;
  CpIndicator share;

  for (guint i = 0; i < G_N_ELEMENTS (departments); i++)
    total += departments[i];
  g_assert_cmpint (total, ==, 7800000);

  share = cp_indicator_share (total, 12870000);
  g_assert_cmpfloat (share.value, >, 50.0);
  assert_percent (share, 1, "60.6 %");

  /* Even shares: the first of the equal largest, and the lowest concentration. */
  assert_percent (cp_indicator_largest_share (departments, G_N_ELEMENTS (departments), &largest), 1, "16.7 %");
  g_assert_cmpuint (largest, ==, 0);
  g_assert_cmpfloat_with_epsilon (cp_indicator_concentration (departments, G_N_ELEMENTS (departments)).value,
                                  10000.0 / 6, 1e-6);
}

/* Table 6.4: international funding to Villa El Salvador 2004–2006, US$ */

static const struct
{
  const char *source;
  gint64      dollars;
  const char *share;   /* of the total, derived */
} table_6_4[] = {
  { "The Netherlands", 618916, "45.5 %" },
  { "Spain", 60066, "4.4 %" },
  { "France", 41932, "3.1 %" },
  { "Italy", 538858, "39.7 %" },
  { "European Union", 83746, "6.2 %" },
  { "United Nations", 15275, "1.1 %" },
};

static void
test_funders_ves (void)
{
  gint64 amounts[G_N_ELEMENTS (table_6_4)];
  gint64 total = 0;
  guint largest = G_MAXUINT;
  CpIndicator share;

  for (guint i = 0; i < G_N_ELEMENTS (table_6_4); i++)
    {
      amounts[i] = table_6_4[i].dollars * 100;
      total += amounts[i];
    }
  g_assert_cmpint (total, ==, G_GINT64_CONSTANT (135879300));

  for (guint i = 0; i < G_N_ELEMENTS (table_6_4); i++)
    {
      g_test_message ("%s", table_6_4[i].source);
      assert_percent (cp_indicator_share (amounts[i], total), 1, table_6_4[i].share);
    }

  /* “The Netherlands … 46%”, the largest; Italy's single fund comes second. */
  share = cp_indicator_largest_share (amounts, G_N_ELEMENTS (amounts), &largest);
  g_assert_cmpuint (largest, ==, 0);
  assert_percent (share, 1, "45.5 %");
  assert_percent (share, 0, "46 %");

  share = cp_indicator_largest_share (amounts + 1, G_N_ELEMENTS (amounts) - 1, &largest);
  g_assert_cmpstr (table_6_4[largest + 1].source, ==, "Italy");
  assert_percent (share, 1, "72.8 %");   /* 538,858 of the 739,877 the others gave */

  /* The Herfindahl–Hirschman index of the six sources: two large funders make a
   * concentrated market (above 2,500). */
  share = cp_indicator_concentration (amounts, G_N_ELEMENTS (amounts));
  g_assert_true (share.known);
  g_assert_cmpfloat_with_epsilon (share.value, 3715.707, 0.001);

  /* The partner cities alone (the three hermanamientos): more than half of the total. */
  assert_percent (cp_indicator_share (amounts[0] + amounts[1] + amounts[2], total), 1, "53.1 %");
}

/* Tables 6.5 and 6.6: the South */

static const struct
{
  const char *year;
  gint64      investment;   /* córdobas */
  gint64      external;
  const char *share;        /* derived */
  const char *printed;
} table_6_5[] = {
  { "1997", 19556720, 11450075, "58.5 %", "59 %" },
  { "1998", 25883716, 18769103, "72.5 %", "73 %" },
  { "1999", 79581538, 54713633, "68.8 %", "69 %" },
  { "2000", 116736829, 66624481, "57.1 %", "57 %" },
  { "2001", 86987240, 40911401, "47.0 %", "47 %" },
  { "2002", 57225628, 41422762, "72.4 %", "72 %" },
};

static void
test_investment_leon (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (table_6_5); i++)
    {
      CpIndicator share = cp_indicator_share (table_6_5[i].external * 100, table_6_5[i].investment * 100);

      g_test_message ("León %s", table_6_5[i].year);
      assert_percent (share, 1, table_6_5[i].share);
      assert_percent (share, 0, table_6_5[i].printed);
    }

  /* 2007 (Box 6.4): 169 of 221 million córdobas, “77%”: 76.47 rounded twice, through
   * 76.5. Rounded once, it is 76. */
  assert_percent (cp_indicator_share (169, 221), 1, "76.5 %");
  assert_percent (cp_indicator_share (169, 221), 0, "76 %");
  assert_percent ((CpIndicator) { TRUE, 76.5 }, 0, "77 %");
}

static const struct
{
  const char *city;
  gint64      budget;        /* US$ */
  gint64      ic;
  gint64      population;
  guint       decimals;      /* of the derived share */
  const char *share;
  guint       printed_decimals;
  const char *printed;
  double      per_inhabitant;
  int         printed_per_inhabitant;
} table_6_6[] = {
  { "León (2007)", 15855637, 9406314, 200000, 1, "59.3 %", 0, "59 %", 47.03, 47 },
  { "Villa El Salvador (2006)", 10431065, 896119, 400000, 2, "8.59 %", 1, "8.6 %", 2.24, 2 },
};

static void
test_key_characteristics_south (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (table_6_6); i++)
    {
      CpIndicator share = cp_indicator_share (table_6_6[i].ic * 100, table_6_6[i].budget * 100);
      CpIndicator per_inhabitant = cp_indicator_per_inhabitant (table_6_6[i].ic * 100, 2, table_6_6[i].population);

      g_test_message ("%s", table_6_6[i].city);
      assert_percent (share, table_6_6[i].decimals, table_6_6[i].share);
      assert_percent (share, table_6_6[i].printed_decimals, table_6_6[i].printed);
      g_assert_true (per_inhabitant.known);
      g_assert_cmpfloat_with_epsilon (per_inhabitant.value, table_6_6[i].per_inhabitant, 0.005);
      g_assert_cmpint ((int) (per_inhabitant.value + 0.5), ==, table_6_6[i].printed_per_inhabitant);
    }
}

/* Unknown is not 0 */

static void
test_unknown (void)
{
  static const gint64 zeros[] = { 0, 0, 0 };
  static const gint64 negative[] = { 618916, -1 };
  static const gint64 one[] = { 27400000 };
  guint largest = 7;

  g_assert_false (cp_indicator_share (3000000, 0).known);
  g_assert_false (cp_indicator_share (3000000, -14600000).known);
  g_assert_false (cp_indicator_share (-1, 14600000).known);
  g_assert_true (cp_indicator_share (0, 14600000).known);
  g_assert_cmpfloat (cp_indicator_share (0, 14600000).value, ==, 0.0);

  g_assert_false (cp_indicator_per_inhabitant (56587600, 2, 0).known);
  g_assert_false (cp_indicator_per_inhabitant (56587600, 2, -300000).known);
  g_assert_false (cp_indicator_per_inhabitant (-1, 2, 300000).known);
  g_assert_true (cp_indicator_per_inhabitant (0, 2, 300000).known);

  g_assert_false (cp_indicator_external_share (0, 0).known);
  g_assert_false (cp_indicator_external_share (-50200000, 7000000).known);
  g_assert_false (cp_indicator_external_share (50200000, -7000000).known);

  g_assert_false (cp_indicator_multiplier (50200000, 0).known);
  g_assert_false (cp_indicator_multiplier (50200000, -7000000).known);
  g_assert_false (cp_indicator_multiplier (-1, 7000000).known);

  g_assert_false (cp_indicator_largest_share (NULL, 0, &largest).known);
  g_assert_cmpuint (largest, ==, G_MAXUINT);
  largest = 7;
  g_assert_false (cp_indicator_largest_share (zeros, G_N_ELEMENTS (zeros), &largest).known);
  g_assert_cmpuint (largest, ==, G_MAXUINT);
  g_assert_false (cp_indicator_largest_share (negative, G_N_ELEMENTS (negative), NULL).known);
  assert_percent (cp_indicator_largest_share (one, 1, &largest), 0, "100 %");
  g_assert_cmpuint (largest, ==, 0);

  g_assert_false (cp_indicator_concentration (NULL, 0).known);
  g_assert_false (cp_indicator_concentration (zeros, G_N_ELEMENTS (zeros)).known);
  g_assert_false (cp_indicator_concentration (negative, G_N_ELEMENTS (negative)).known);
  g_assert_cmpfloat_with_epsilon (cp_indicator_concentration (one, 1).value, 10000.0, 1e-9);

  /* What the card shows. */
  assert_percent (cp_indicator_share (3000000, 0), 1, "—");
  {
    g_autofree char *ratio = cp_indicator_format_ratio (cp_indicator_multiplier (50200000, 0), 1);

    g_assert_cmpstr (ratio, ==, "—");
  }
}

/* Formatting */

static void
test_format_english (void)
{
  g_autofree char *ratio = NULL;

  assert_percent ((CpIndicator) { TRUE, 20.5479 }, 1, "20.5 %");
  assert_percent ((CpIndicator) { TRUE, 20.5479 }, 0, "21 %");
  assert_percent ((CpIndicator) { TRUE, 20.5479 }, 3, "20.548 %");
  assert_percent ((CpIndicator) { TRUE, 0.5 }, 0, "1 %");     /* half away from zero */
  assert_percent ((CpIndicator) { TRUE, 2.5 }, 0, "3 %");     /* not to even, as printf would */
  assert_percent ((CpIndicator) { TRUE, 0.04 }, 1, "0.0 %");
  assert_percent ((CpIndicator) { TRUE, -0.04 }, 1, "0.0 %"); /* no “-0.0” */
  assert_percent ((CpIndicator) { TRUE, -2.25 }, 1, "-2.3 %");
  assert_percent ((CpIndicator) { TRUE, 1234.5 }, 1, "1,234.5 %");
  assert_percent ((CpIndicator) { TRUE, 100 }, 0, "100 %");
  /* 57 of 20,000 is 0.285 %, which binary keeps as 0.28499…: the reader expects 0.29. */
  assert_percent (cp_indicator_share (57, 20000), 2, "0.29 %");

  ratio = cp_indicator_format_ratio ((CpIndicator) { TRUE, 502.0 / 70.0 }, 2);
  g_assert_cmpstr (ratio, ==, "7.17×");
  g_clear_pointer (&ratio, g_free);
  ratio = cp_indicator_format_ratio ((CpIndicator) { TRUE, 7.0 }, 0);
  g_assert_cmpstr (ratio, ==, "7×");
  g_clear_pointer (&ratio, g_free);
  ratio = cp_indicator_format_ratio ((CpIndicator) { FALSE, 7.0 }, 1);
  g_assert_cmpstr (ratio, ==, "—");
}

static void
test_format_dutch (void)
{
  g_autofree char *ratio = NULL;

  cp_test_use_language ("nl");
  if (g_str_equal (cp_money_decimal_separator (), "."))
    {
      cp_test_use_language ("en");
      g_test_skip ("No Dutch catalogue in COUNTERPART_LOCALEDIR: build po/ first");
      return;
    }

  assert_percent (cp_indicator_share (3000000, 14600000), 1, "20,5 %");
  assert_percent ((CpIndicator) { TRUE, 1234.5 }, 1, "1.234,5 %");
  ratio = cp_indicator_format_ratio (cp_indicator_multiplier (50200000, 7000000), 1);
  g_assert_cmpstr (ratio, ==, "7,2×");
  cp_test_use_language ("en");
}

/* The cards' texts */

static void
test_meanings (void)
{
  g_autoptr(GHashTable) titles = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < CP_N_FUNDING_INDICATORS; i++)
    {
      const char *title = cp_funding_indicator_get_title (i);
      const char *meaning = cp_funding_indicator_get_meaning (i);

      g_test_message ("%u: %s", i, title);
      g_assert_cmpstr (title, !=, "");
      g_assert_cmpuint (g_utf8_strlen (title, -1), <=, 45);   /* a card title */
      g_assert_true (g_hash_table_add (titles, (gpointer) title));
      g_assert_cmpuint (strlen (meaning), >, strlen (title));
      g_assert_true (g_str_has_suffix (meaning, "."));
      /* One sentence: no full stop before the last but those of numbers. */
      for (const char *p = strchr (meaning, '.'); p != NULL && p[1] != '\0'; p = strchr (p + 1, '.'))
        g_assert_true (g_ascii_isdigit (p[1]));
    }

  g_assert_cmpstr (cp_funding_indicator_get_title (CP_FUNDING_INDICATOR_PARTNERSHIP_SHARE), ==,
                   "Partnership share of the IC budget");
  g_assert_cmpstr (cp_funding_indicator_get_meaning (CP_FUNDING_INDICATOR_PARTNERSHIP_SHARE), ==,
                   "How much of the international cooperation budget goes to this partnership; "
                   "the four cities in the study spent 21 to 43 %.");
  g_assert_nonnull (strstr (cp_funding_indicator_get_meaning (CP_FUNDING_INDICATOR_IC_SHARE_OF_BUDGET), "0.1 %"));
  g_assert_nonnull (strstr (cp_funding_indicator_get_meaning (CP_FUNDING_INDICATOR_IC_SHARE_OF_BUDGET), "0.7 %"));
  g_assert_nonnull (strstr (cp_funding_indicator_get_meaning (CP_FUNDING_INDICATOR_EXTERNAL_SHARE),
                            "high shares multiply the budget but make the partnership depend on them"));

  g_assert_cmpstr (cp_funding_indicator_get_title (CP_N_FUNDING_INDICATORS), ==, "");
  g_assert_cmpstr (cp_funding_indicator_get_meaning (CP_N_FUNDING_INDICATORS), ==, "");
}

/* Eligibility */

typedef struct
{
  const char *text;
  const char *entries;  /* joined with “|”; NULL when it fails */
  int         code;     /* the CpValidationError when it fails */
  const char *message;  /* NULL: not checked */
} ParseCase;

static const ParseCase parse_cases[] = {
  { "NI, ZA, PE until 2007-12-31", "NI|ZA|PE<2007-12-31", -1, NULL },
  { "Nicaragua, South Africa, Peru until 2007-12-31", "NI|ZA|PE<2007-12-31", -1, NULL },
  { "  nicaragua,south africa ,PERU   UNTIL  2007-12-31 ", "NI|ZA|PE<2007-12-31", -1, NULL },
  { "ni, za", "NI|ZA", -1, NULL },
  { "PE<2007-12-31", "PE<2007-12-31", -1, NULL },
  { "Perú", "PE", -1, NULL },
  { "cote d’ivoire", "CI", -1, NULL },
  { "Cote d’Ivoire, Côte d'Ivoire until 2009-06-30", NULL, CP_VALIDATION_ERROR_FORMAT,
    "“Côte d'Ivoire until 2009-06-30” is listed twice. List each country once." },
  { "Tanzania, United Republic of, Bolivia, Plurinational State of until 2008-06-30",
    "TZ|BO<2008-06-30", -1, NULL },
  { "Tanzania, Bolivia", "TZ|BO", -1, NULL },
  { "Congo, The Democratic Republic of the, Congo", "CD|CG", -1, NULL },
  { "NI,", "NI", -1, NULL },
  { "", "", -1, NULL },
  { "   ", "", -1, NULL },
  { "NI, Atlantis", NULL, CP_VALIDATION_ERROR_UNKNOWN_CODE,
    "“Atlantis” is not a country. Write country names or two-letter codes, separated by commas, "
    "such as “Nicaragua, ZA, Peru until 2007-12-31”." },
  { "XX", NULL, CP_VALIDATION_ERROR_UNKNOWN_CODE, NULL },
  { "Korea", NULL, CP_VALIDATION_ERROR_UNKNOWN_CODE, NULL },   /* North or South? */
  { "until 2007-12-31", NULL, CP_VALIDATION_ERROR_UNKNOWN_CODE, NULL },
  { "PE until 2007-13-01", NULL, CP_VALIDATION_ERROR_FORMAT,
    "The last day in “PE until 2007-13-01” is not a date. Write it as year-month-day, such as “Peru until 2007-12-31”." },
  { "Peru until 2007", NULL, CP_VALIDATION_ERROR_FORMAT, NULL },
  { "Peru until", NULL, CP_VALIDATION_ERROR_FORMAT, NULL },
  { "Peru until the end of 2007", NULL, CP_VALIDATION_ERROR_FORMAT, NULL },
  { "PE<2007-02-30", NULL, CP_VALIDATION_ERROR_FORMAT, NULL },
  { "Peru, NI, PE until 2007-12-31", NULL, CP_VALIDATION_ERROR_FORMAT,
    "“PE until 2007-12-31” is listed twice. List each country once." },
  { "NI, ni", NULL, CP_VALIDATION_ERROR_FORMAT, "“ni” is listed twice. List each country once." },
};

static void
test_eligibility_parse (gconstpointer data)
{
  const ParseCase *c = data;
  g_auto(GStrv) entries = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok = cp_eligibility_parse (c->text, &entries, &error);

  if (c->entries != NULL)
    {
      g_autofree char *joined = NULL;

      g_assert_no_error (error);
      g_assert_true (ok);
      g_assert_nonnull (entries);
      joined = g_strjoinv ("|", entries);
      g_assert_cmpstr (joined, ==, c->entries);
      /* What it gives is what the store accepts. */
      g_assert_true (cp_eligibility_validate ((const char * const *) entries, &error));
      g_assert_no_error (error);
    }
  else
    {
      g_assert_false (ok);
      g_assert_null (entries);
      g_assert_error (error, CP_VALIDATION_ERROR, c->code);
      if (c->message != NULL)
        g_assert_cmpstr (error->message, ==, c->message);
    }
}

static void
test_eligibility_format (void)
{
  static const char * const logo_south[] = { "NI", "ZA", "PE<2007-12-31", NULL };
  static const char * const with_commas[] = { "TZ<2010-06-30", "BO", "KR", "CD", "CG", NULL };
  static const char * const empty[] = { NULL };
  g_autofree char *text = cp_eligibility_format (logo_south);
  g_autofree char *none = cp_eligibility_format (empty);
  g_autofree char *null = cp_eligibility_format (NULL);
  g_autofree char *long_names = cp_eligibility_format (with_commas);
  g_auto(GStrv) back = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (text, ==, "Nicaragua, South Africa, Peru until 2007-12-31");
  g_assert_cmpstr (none, ==, "");
  g_assert_cmpstr (null, ==, "");

  /* What it writes reads back, also names with a comma. */
  g_assert_true (cp_eligibility_parse (text, &back, &error));
  g_assert_no_error (error);
  g_assert_true (g_strv_equal ((const char * const *) back, logo_south));
  g_clear_pointer (&back, g_strfreev);

  g_assert_cmpstr (long_names, ==,
                   "Tanzania, United Republic of until 2010-06-30, Bolivia, Plurinational State of, "
                   "Korea, Republic of, Congo, The Democratic Republic of the, Congo");
  g_assert_true (cp_eligibility_parse (long_names, &back, &error));
  g_assert_no_error (error);
  g_assert_true (g_strv_equal ((const char * const *) back, with_commas));
}

static void
test_eligibility_spanish (void)
{
  static const char * const logo_south[] = { "NI", "PE<2007-12-31", NULL };
  const char *until;
  g_autofree char *typed = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) entries = NULL;
  g_autoptr(GError) error = NULL;

  cp_test_use_language ("es");
  if (!g_str_equal (cp_country_get_name ("PE"), "Perú"))
    {
      cp_test_use_language ("en");
      g_test_skip ("iso-codes has no Spanish country names here");
      return;
    }

  /* The word as the Spanish catalogue has it (“until” until it is translated), and
   * the English word always. */
  until = C_("eligible until a day", "until");
  typed = g_strdup_printf ("nicaragua, Perú %s 2007-12-31", until);
  g_assert_true (cp_eligibility_parse (typed, &entries, &error));
  g_assert_no_error (error);
  g_assert_true (g_strv_equal ((const char * const *) entries, logo_south));
  g_clear_pointer (&entries, g_strfreev);

  g_assert_true (cp_eligibility_parse ("NI, PERU until 2007-12-31", &entries, &error));
  g_assert_no_error (error);
  g_assert_true (g_strv_equal ((const char * const *) entries, logo_south));
  g_clear_pointer (&entries, g_strfreev);

  /* Names in Spanish, not in English. */
  g_assert_true (cp_eligibility_parse ("Sudáfrica", &entries, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (entries[0], ==, "ZA");

  text = cp_eligibility_format (logo_south);
  expected = g_strdup_printf ("Nicaragua, Perú %s 2007-12-31", until);
  g_assert_cmpstr (text, ==, expected);

  cp_test_use_language ("en");
}

typedef struct
{
  const char *path;
  const char *entries;  /* “|”-separated; "" for every country */
  const char *starts_on;
  const char *ends_on;
  const char *country;
  const char *today;
  gboolean    eligible;
  int         months;
} RunwayCase;

/* VNG's LOGO South: 2005 to 2008, extended to 2010; Peru was dropped after 2007. */
#define LOGO_SOUTH "NI|ZA|PE<2007-12-31", "2005-01-01", "2010-12-31"

static const RunwayCase runway_cases[] = {
  { "/eligibility/runway/peru/mid-2007", LOGO_SOUTH, "PE", "2007-06-30", TRUE, 6 },
  { "/eligibility/runway/peru/last-day", LOGO_SOUTH, "PE", "2007-12-31", TRUE, 0 },
  { "/eligibility/runway/peru/dropped", LOGO_SOUTH, "PE", "2008-01-15", FALSE, 0 },
  { "/eligibility/runway/nicaragua/to-the-programme-end", LOGO_SOUTH, "NI", "2007-06-30", TRUE, 42 },
  { "/eligibility/runway/nicaragua/last-day", LOGO_SOUTH, "NI", "2010-12-31", TRUE, 0 },
  { "/eligibility/runway/nicaragua/ended", LOGO_SOUTH, "NI", "2011-01-01", FALSE, 0 },
  { "/eligibility/runway/nicaragua/not-started", LOGO_SOUTH, "NI", "2004-06-01", TRUE, 78 },
  { "/eligibility/runway/not-listed", LOGO_SOUTH, "BO", "2007-06-30", FALSE, 0 },
  { "/eligibility/runway/no-country", LOGO_SOUTH, "", "2007-06-30", FALSE, 0 },
  { "/eligibility/runway/open-ended/unlimited", "NI|PE<2007-12-31", "2005-01-01", "", "NI", "2007-06-30", TRUE, -1 },
  { "/eligibility/runway/open-ended/country-limit", "NI|PE<2007-12-31", "2005-01-01", "", "PE", "2007-06-30", TRUE, 6 },
  { "/eligibility/runway/every-country/open-ended", "", "", "", "ZA", "2007-06-30", TRUE, -1 },
  { "/eligibility/runway/every-country/ending", "", "2005-01-01", "2010-12-31", "ZA", "2007-06-30", TRUE, 42 },
  { "/eligibility/runway/country-beyond-the-end", "PE<2012-12-31", "2005-01-01", "2010-12-31", "PE", "2007-06-30", TRUE, 42 },
  { "/eligibility/runway/end-as-a-year", "NI", "2005", "2010", "NI", "2007-06-30", TRUE, 42 },
  { "/eligibility/runway/end-as-a-month", "NI", "2005", "2008-02", "NI", "2008-01-31", TRUE, 1 },
  { "/eligibility/runway/month-end/whole", "NI", "", "2008-02-29", "NI", "2008-01-31", TRUE, 1 },
  { "/eligibility/runway/month-end/short", "NI", "", "2008-02-28", "NI", "2008-01-31", TRUE, 0 },
  { "/eligibility/runway/day-before", "NI", "", "2008-03-14", "NI", "2008-01-15", TRUE, 1 },
  { "/eligibility/runway/dropped-before-the-start", "PE<2004-12-31", "2005-01-01", "2010-12-31", "PE", "2004-06-01", FALSE, 0 },
};

static void
test_eligibility_runway (gconstpointer data)
{
  const RunwayCase *c = data;
  g_auto(GStrv) entries = *c->entries ? g_strsplit (c->entries, "|", -1) : g_new0 (char *, 1);
  int months = 99;
  gboolean eligible = cp_eligibility_runway ((const char * const *) entries, c->starts_on, c->ends_on,
                                             c->country, c->today, &months);

  g_assert_cmpint (eligible, ==, c->eligible);
  g_assert_cmpint (months, ==, c->months);

  /* NULL for “every country” and for open ends, too. */
  if (*c->entries == '\0' || *c->ends_on == '\0')
    {
      months = 99;
      g_assert_cmpint (cp_eligibility_runway (*c->entries ? (const char * const *) entries : NULL,
                                              NULL, *c->ends_on ? c->ends_on : NULL,
                                              c->country, c->today, &months), ==, c->eligible);
      g_assert_cmpint (months, ==, c->months);
    }
}

static void
test_eligibility_validate (void)
{
  static const struct
  {
    const char *entries;
    int         code;   /* -1: valid */
  } cases[] = {
    { "NI|ZA|PE<2007-12-31", -1 },
    { "", -1 },
    { "XX", CP_VALIDATION_ERROR_UNKNOWN_CODE },
    { "pe", CP_VALIDATION_ERROR_FORMAT },
    { "PER", CP_VALIDATION_ERROR_FORMAT },
    { "|NI", CP_VALIDATION_ERROR_FORMAT },
    { "PE<", CP_VALIDATION_ERROR_FORMAT },
    { "PE<2007-02-30", CP_VALIDATION_ERROR_FORMAT },
    { "PE<2007-12", CP_VALIDATION_ERROR_FORMAT },
    { "PE until 2007-12-31", CP_VALIDATION_ERROR_FORMAT },
    { "NI|PE|PE<2007-12-31", CP_VALIDATION_ERROR_FORMAT },
  };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(GStrv) entries = *cases[i].entries ? g_strsplit (cases[i].entries, "|", -1) : g_new0 (char *, 1);
      gboolean ok = cp_eligibility_validate ((const char * const *) entries, &error);

      g_test_message ("“%s”", cases[i].entries);
      if (cases[i].code < 0)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
        }
      else
        {
          g_assert_false (ok);
          g_assert_error (error, CP_VALIDATION_ERROR, cases[i].code);
          g_assert_cmpstr (error->message, !=, "");
          g_clear_error (&error);
        }
    }

  g_assert_true (cp_eligibility_validate (NULL, &error));
  g_assert_no_error (error);

  {
    static const char * const twice[] = { "NI", "PE", "PE<2007-12-31", NULL };
    static const char * const bad_day[] = { "PE<2007-02-30", NULL };

    g_assert_false (cp_eligibility_validate (twice, &error));
    g_assert_cmpstr (error->message, ==, "“PE” is listed twice. List each country once.");
    g_clear_error (&error);
    g_assert_false (cp_eligibility_validate (bad_day, &error));
    g_assert_cmpstr (error->message, ==,
                     "The last eligible day in “PE<2007-02-30” is not a date. Write it as year-month-day, such as PE<2007-12-31.");
  }
}

int
main (int    argc,
      char **argv)
{
  cp_test_init (&argc, &argv);

  g_test_add_func ("/indicators/partnership-share", test_partnership_share);
  g_test_add_func ("/indicators/per-inhabitant/north", test_per_inhabitant_north);
  g_test_add_func ("/indicators/ic-share-of-budget", test_ic_share_of_budget);
  g_test_add_func ("/indicators/external-funding", test_external_funding);
  g_test_add_func ("/indicators/departmental-contributions", test_departmental_contributions);
  g_test_add_func ("/indicators/funders/villa-el-salvador", test_funders_ves);
  g_test_add_func ("/indicators/south/investment-leon", test_investment_leon);
  g_test_add_func ("/indicators/south/key-characteristics", test_key_characteristics_south);
  g_test_add_func ("/indicators/unknown", test_unknown);
  g_test_add_func ("/indicators/format/english", test_format_english);
  g_test_add_func ("/indicators/format/dutch", test_format_dutch);
  g_test_add_func ("/indicators/meanings", test_meanings);

  for (guint i = 0; i < G_N_ELEMENTS (parse_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/eligibility/parse/%u", i);

      g_test_add_data_func (path, &parse_cases[i], test_eligibility_parse);
    }
  g_test_add_func ("/eligibility/format", test_eligibility_format);
  g_test_add_func ("/eligibility/spanish", test_eligibility_spanish);
  g_test_add_func ("/eligibility/validate", test_eligibility_validate);
  for (guint i = 0; i < G_N_ELEMENTS (runway_cases); i++)
    g_test_add_data_func (runway_cases[i].path, &runway_cases[i], test_eligibility_runway);

  return g_test_run ();
}
