/* test-registry.c: the core records and their rules, without the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib.h>

#include "core/cp-actor.h"
#include "core/cp-agreement.h"
#include "core/cp-country.h"
#include "core/cp-enums.h"
#include "core/cp-municipality.h"
#include "core/cp-partial-date.h"
#include "core/cp-partnership.h"
#include "core/cp-status-change.h"
#include "core/cp-timeline-event.h"
#include "core/cp-validate.h"
#include "cp-enum-types.h"

/* Partial dates */

typedef struct
{
  const char *text;
  const char *iso;    /* NULL: refused */
} ParseCase;

static const ParseCase parse_cases[] = {
  { "1962", "1962" },
  { "1998-05", "1998-05" },
  { "2002-04-06", "2002-04-06" },
  { " 2002 ", "2002" },
  { "2000-02-29", "2000-02-29" },
  { "", NULL },
  { "   ", NULL },
  { "98", NULL },
  { "0998", NULL },
  { "2002-13", NULL },
  { "2002-00", NULL },
  { "2002-02-30", NULL },
  { "1900-02-29", NULL },
  { "6 April 2002", NULL },
  { "2002-4-6", NULL },
  { "2002/04/06", NULL },
  { "2002-04-06T10:00", NULL },
};

static void
test_partial_date_parse (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (parse_cases); i++)
    {
      const ParseCase *c = &parse_cases[i];
      g_autoptr(GError) error = NULL;
      g_autofree char *iso = NULL;
      gboolean ok;

      g_test_message ("parsing “%s”", c->text);
      ok = cp_partial_date_parse (c->text, &iso, &error);
      if (c->iso != NULL)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          g_assert_cmpstr (iso, ==, c->iso);
          g_assert_true (cp_partial_date_is_valid (c->iso));
        }
      else
        {
          g_assert_false (ok);
          g_assert_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_FORMAT);
          g_assert_cmpstr (error->message, !=, "");
          g_assert_null (iso);
        }
    }

  g_assert_false (cp_partial_date_parse (NULL, NULL, NULL));
  g_assert_cmpint (cp_partial_date_get_year ("1998-05"), ==, 1998);
  g_assert_cmpint (cp_partial_date_get_year ("May 1998"), ==, 0);
}

typedef struct
{
  const char *a;
  const char *b;
  int sign;
} CompareCase;

static const CompareCase compare_cases[] = {
  { "2002", "2002-04-06", 0 },
  { "2002-04", "2002-04-06", 0 },
  { "2002-04-06", "2002-04-06", 0 },
  { "2001", "2002-04-06", -1 },
  { "2002-03", "2002-04", -1 },
  { "2002-04-05", "2002-04-06", -1 },
  { "1998-05", "1962", 1 },
  { "2002-12-31", "2002-02", 1 },
};

static int
sign_of (int n)
{
  return (n > 0) - (n < 0);
}

static void
test_partial_date_compare (void)
{
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (compare_cases); i++)
    {
      const CompareCase *c = &compare_cases[i];

      g_test_message ("comparing %s with %s", c->a, c->b);
      g_assert_cmpint (sign_of (cp_partial_date_compare (c->a, c->b)), ==, c->sign);
      g_assert_cmpint (sign_of (cp_partial_date_compare (c->b, c->a)), ==, -c->sign);
    }

  /* Neither is before the other, so either order is accepted. */
  g_assert_true (cp_partial_date_check_order ("2002", "2002-04-06", &error));
  g_assert_no_error (error);
  g_assert_true (cp_partial_date_check_order ("2002-04-06", "2002", &error));
  g_assert_no_error (error);
  g_assert_true (cp_partial_date_check_order ("1998-05", "2006", &error));
  g_assert_no_error (error);
  /* An open end or start is no order to check. */
  g_assert_true (cp_partial_date_check_order ("2002", "", &error));
  g_assert_true (cp_partial_date_check_order (NULL, "2002", &error));
  g_assert_no_error (error);

  g_assert_false (cp_partial_date_check_order ("2002-04-06", "2002-04-05", &error));
  g_assert_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_ORDER);
  g_assert_cmpstr (error->message, !=, "");
  g_clear_error (&error);

  g_assert_false (cp_partial_date_check_order ("2002", "2001-12", &error));
  g_assert_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_ORDER);
}

/* The first and the last day a date of any precision can mean. */
static void
test_partial_date_days (void)
{
  const struct { const char *iso; const char *first; const char *last; } cases[] = {
    { "2010", "2010-01-01", "2010-12-31" },
    { "2008-02", "2008-02-01", "2008-02-29" },
    { "2007-02", "2007-02-01", "2007-02-28" },
    { "2002-04-06", "2002-04-06", "2002-04-06" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate first, last;
      char text[16];

      g_assert_true (cp_partial_date_to_gdate (cases[i].iso, &first));
      g_assert_true (cp_partial_date_to_last_gdate (cases[i].iso, &last));
      g_date_strftime (text, sizeof text, "%Y-%m-%d", &first);
      g_assert_cmpstr (text, ==, cases[i].first);
      g_date_strftime (text, sizeof text, "%Y-%m-%d", &last);
      g_assert_cmpstr (text, ==, cases[i].last);
    }
  {
    GDate date;

    g_assert_false (cp_partial_date_to_last_gdate ("2007-13", &date));
    g_assert_false (cp_partial_date_to_last_gdate ("", &date));
  }
}

static void
test_partial_date_format (void)
{
  static const struct { const char *iso; const char *text; } cases[] = {
    { "2002-04-06", "6 April 2002" },
    { "2002-04-16", "16 April 2002" },
    { "1998-05", "May 1998" },
    { "1962", "1962" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = cp_partial_date_format (cases[i].iso);
      g_assert_cmpstr (text, ==, cases[i].text);
    }

  /* Periods, open at either end or not. */
  {
    static const struct { const char *starts, *ends, *text; } periods[] = {
      { "2007-03-12", "2007-03-20", "12 March 2007 – 20 March 2007" },
      { "1998", "", "since 1998" },
      { "", "2010", "until 2010" },
      { "", "", "" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (periods); i++)
      {
        g_autofree char *text = cp_partial_date_format_period (periods[i].starts, periods[i].ends);
        g_assert_cmpstr (text, ==, periods[i].text);
      }
  }

  /* Today is a full ISO date. */
  {
    g_autofree char *today = cp_partial_date_today ();
    g_assert_cmpuint (strlen (today), ==, 10);
    g_assert_true (cp_partial_date_is_valid (today));
  }
}

/* Countries and time zones */

static void
test_country (void)
{
  static const struct { const char *code; const char *name; } known[] = {
    { "NL", "Netherlands" },
    { "PE", "Peru" },
    { "NI", "Nicaragua" },
    { "ZA", "South Africa" },
  };
  static const char * const unknown[] = { "XX", "nl", "", "NLD", "N" };
  const char * const *codes;
  guint n;

  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    {
      g_assert_true (cp_country_is_known (known[i].code));
      /* Newer iso-codes call NL “Netherlands, Kingdom of the”. */
      g_assert_nonnull (strstr (cp_country_get_name (known[i].code), known[i].name));
      g_assert_cmpstr (cp_country_get_flag (known[i].code), !=, "");
    }
  for (guint i = 0; i < G_N_ELEMENTS (unknown); i++)
    {
      g_test_message ("“%s” is no country", unknown[i]);
      g_assert_false (cp_country_is_known (unknown[i]));
      g_assert_cmpstr (cp_country_get_flag (unknown[i]), ==, "");
    }
  g_assert_false (cp_country_is_known (NULL));

  codes = cp_country_list_codes ();
  n = g_strv_length ((char **) codes);
  g_assert_cmpuint (n, >, 240);
  g_assert_true (g_strv_contains (codes, "ZA"));
  for (guint i = 0; i < n; i++)
    {
      g_assert_true (cp_country_is_known (codes[i]));
      if (i > 0)
        g_assert_cmpint (g_utf8_collate (cp_country_get_name (codes[i - 1]),
                                         cp_country_get_name (codes[i])), <=, 0);
    }
}

static void
test_time_zone (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cp_validate_time_zone ("Europe/Amsterdam", &error));
  g_assert_true (cp_validate_time_zone ("America/Managua", &error));
  g_assert_true (cp_validate_time_zone ("", &error));
  g_assert_no_error (error);

  g_assert_false (cp_validate_time_zone ("Mars/Olympus", &error));
  g_assert_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_UNKNOWN_CODE);
  g_assert_nonnull (strstr (error->message, "Mars/Olympus"));
}

/* Records */

#define VALID (-1)

static void
set_from_text (GObject    *object,
               const char *property,
               const char *text)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);

  g_assert_nonnull (pspec);
  if (G_IS_PARAM_SPEC_STRING (pspec))
    g_object_set (object, property, text, NULL);
  else if (G_IS_PARAM_SPEC_INT64 (pspec))
    g_object_set (object, property, (gint64) g_ascii_strtoll (text, NULL, 10), NULL);
  else if (G_IS_PARAM_SPEC_INT (pspec))
    g_object_set (object, property, (int) g_ascii_strtoll (text, NULL, 10), NULL);
  else if (G_IS_PARAM_SPEC_BOOLEAN (pspec))
    g_object_set (object, property, g_str_equal (text, "true"), NULL);
  else if (G_IS_PARAM_SPEC_ENUM (pspec))
    {
      int value;
      g_assert_true (cp_enum_from_nick (G_PARAM_SPEC_VALUE_TYPE (pspec), text, &value));
      g_object_set (object, property, value, NULL);
    }
  else
    g_assert_not_reached ();
}

static CpMunicipality *
make_municipality (gint64      id,
                   const char *name,
                   const char *country)
{
  CpMunicipality *m = cp_municipality_new ();

  g_object_set (m, "id", id, "name", name, "country", country, NULL);
  return m;
}

static GPtrArray *
make_parties (CpMunicipality *a,
              CpMunicipality *b)
{
  GPtrArray *parties = g_ptr_array_new_with_free_func (g_object_unref);

  if (a != NULL)
    g_ptr_array_add (parties, a);
  if (b != NULL)
    g_ptr_array_add (parties, b);
  return parties;
}

/* A record of @type whose every field is valid. */
static CpRecord *
make_valid (GType type)
{
  if (type == CP_TYPE_MUNICIPALITY)
    {
      CpMunicipality *m = make_municipality (0, "Utrecht", "NL");
      g_object_set (m, "region", "Utrecht", "population", (gint64) 361924, "population-year", 2021,
                    "time-zone", "Europe/Amsterdam", "is-own", TRUE, NULL);
      return CP_RECORD (m);
    }
  if (type == CP_TYPE_PARTNERSHIP)
    {
      CpPartnership *p = cp_partnership_new ();
      g_autoptr(GPtrArray) parties = make_parties (make_municipality (1, "Utrecht", "NL"),
                                                   make_municipality (2, "León", "NI"));
      g_object_set (p, "parties", parties, "first-contact", "1962",
                    "agreement-date", "1998-05", "status-since", "2002", NULL);
      return CP_RECORD (p);
    }
  if (type == CP_TYPE_AGREEMENT)
    {
      CpAgreement *a = cp_agreement_new (1);
      g_object_set (a, "title", "Cooperation agreement", "signed-on", "2002-04-06",
                    "valid-until", "2006", NULL);
      return CP_RECORD (a);
    }
  if (type == CP_TYPE_TIMELINE_EVENT)
    {
      CpTimelineEvent *e = cp_timeline_event_new (1);
      g_object_set (e, "date", "1998-05", "title", "First official visit", NULL);
      return CP_RECORD (e);
    }
  if (type == CP_TYPE_STATUS_CHANGE)
    {
      CpStatusChange *s = cp_status_change_new (1);
      g_object_set (s, "since", "1998", NULL);
      return CP_RECORD (s);
    }
  if (type == CP_TYPE_ACTOR)
    {
      CpActor *a = cp_actor_new (1);
      g_object_set (a, "name", "Stedenband Utrecht-León", NULL);
      return CP_RECORD (a);
    }
  g_assert_not_reached ();
}

typedef struct
{
  const char *path;
  GType     (*get_type) (void);
  const char *property;     /* the field changed and validated */
  const char *value;
  const char *other;        /* another field to change first, or NULL */
  const char *other_value;
  int         code;         /* a CpValidationError, or VALID */
} FieldCase;

static const FieldCase field_cases[] = {
  { "/record/field/municipality/name-ok", cp_municipality_get_type, "name", "Utrecht", NULL, NULL, VALID },
  { "/record/field/municipality/name-empty", cp_municipality_get_type, "name", "", NULL, NULL, CP_VALIDATION_ERROR_REQUIRED },
  { "/record/field/municipality/name-blank", cp_municipality_get_type, "name", " \t\u00a0", NULL, NULL, CP_VALIDATION_ERROR_REQUIRED },
  { "/record/field/municipality/country-ok", cp_municipality_get_type, "country", "PE", NULL, NULL, VALID },
  { "/record/field/municipality/country-unknown", cp_municipality_get_type, "country", "XX", NULL, NULL, CP_VALIDATION_ERROR_UNKNOWN_CODE },
  { "/record/field/municipality/country-lower", cp_municipality_get_type, "country", "nl", NULL, NULL, CP_VALIDATION_ERROR_UNKNOWN_CODE },
  { "/record/field/municipality/country-empty", cp_municipality_get_type, "country", "", NULL, NULL, CP_VALIDATION_ERROR_REQUIRED },
  { "/record/field/municipality/population-zero", cp_municipality_get_type, "population", "0", NULL, NULL, VALID },
  { "/record/field/municipality/population-negative", cp_municipality_get_type, "population", "-1", NULL, NULL, CP_VALIDATION_ERROR_OUT_OF_RANGE },
  { "/record/field/municipality/population-year-unknown", cp_municipality_get_type, "population-year", "0", NULL, NULL, VALID },
  { "/record/field/municipality/population-year-99", cp_municipality_get_type, "population-year", "99", NULL, NULL, CP_VALIDATION_ERROR_OUT_OF_RANGE },
  { "/record/field/municipality/population-year-20041", cp_municipality_get_type, "population-year", "20041", NULL, NULL, CP_VALIDATION_ERROR_OUT_OF_RANGE },
  { "/record/field/municipality/time-zone-unknown", cp_municipality_get_type, "time-zone", "Mars/Olympus", NULL, NULL, CP_VALIDATION_ERROR_UNKNOWN_CODE },
  { "/record/field/agreement/title-blank", cp_agreement_get_type, "title", "  ", NULL, NULL, CP_VALIDATION_ERROR_REQUIRED },
  { "/record/field/agreement/signed-on-bad", cp_agreement_get_type, "signed-on", "2002-13", NULL, NULL, CP_VALIDATION_ERROR_FORMAT },
  { "/record/field/agreement/valid-until-bad", cp_agreement_get_type, "valid-until", "2002-02-30", NULL, NULL, CP_VALIDATION_ERROR_FORMAT },
  { "/record/field/agreement/valid-until-before", cp_agreement_get_type, "valid-until", "2001-12-31", NULL, NULL, CP_VALIDATION_ERROR_ORDER },
  { "/record/field/agreement/valid-until-same-year", cp_agreement_get_type, "valid-until", "2002", NULL, NULL, VALID },
  { "/record/field/agreement/valid-until-open", cp_agreement_get_type, "valid-until", "", NULL, NULL, VALID },
  { "/record/field/timeline-event/title-empty", cp_timeline_event_get_type, "title", "", NULL, NULL, CP_VALIDATION_ERROR_REQUIRED },
  { "/record/field/timeline-event/date-empty", cp_timeline_event_get_type, "date", "", NULL, NULL, CP_VALIDATION_ERROR_FORMAT },
  { "/record/field/timeline-event/date-words", cp_timeline_event_get_type, "date", "6 April 2002", NULL, NULL, CP_VALIDATION_ERROR_FORMAT },
  { "/record/field/status-change/since-empty", cp_status_change_get_type, "since", "", NULL, NULL, CP_VALIDATION_ERROR_FORMAT },
  { "/record/field/status-change/since-ok", cp_status_change_get_type, "since", "2010-01", NULL, NULL, VALID },
  { "/record/field/actor/name-empty", cp_actor_get_type, "name", "", NULL, NULL, CP_VALIDATION_ERROR_REQUIRED },
  { "/record/field/partnership/first-contact-bad", cp_partnership_get_type, "first-contact", "98", NULL, NULL, CP_VALIDATION_ERROR_FORMAT },
  { "/record/field/partnership/status-since-bad", cp_partnership_get_type, "status-since", "2002-4-6", NULL, NULL, CP_VALIDATION_ERROR_FORMAT },
  { "/record/field/partnership/agreement-before-contacts", cp_partnership_get_type, "agreement-date", "1961-12", NULL, NULL, CP_VALIDATION_ERROR_ORDER },
  { "/record/field/partnership/agreement-same-year", cp_partnership_get_type, "agreement-date", "1962-05", NULL, NULL, VALID },
  { "/record/field/partnership/agreement-no-contacts", cp_partnership_get_type, "agreement-date", "1950", "first-contact", "", VALID },
  { "/record/field/partnership/agreement-bad", cp_partnership_get_type, "agreement-date", "May 1998", NULL, NULL, CP_VALIDATION_ERROR_FORMAT },
  /* A field holds the ISO form itself: text that parses only once trimmed would
   * be sorted, compared and shown as it is (“ 2002-04-06” sorts before “2001”). */
  { "/record/field/agreement/signed-on-untrimmed", cp_agreement_get_type, "signed-on", " 2002-04-06", "valid-until", "", CP_VALIDATION_ERROR_FORMAT },
  { "/record/field/agreement/valid-until-untrimmed", cp_agreement_get_type, "valid-until", "2006 ", NULL, NULL, CP_VALIDATION_ERROR_FORMAT },
  { "/record/field/partnership/first-contact-untrimmed", cp_partnership_get_type, "first-contact", " 1962", NULL, NULL, CP_VALIDATION_ERROR_FORMAT },
  { "/record/field/status-change/since-untrimmed", cp_status_change_get_type, "since", "1998 ", NULL, NULL, CP_VALIDATION_ERROR_FORMAT },
  { "/record/field/timeline-event/date-untrimmed", cp_timeline_event_get_type, "date", "\t1998-05", NULL, NULL, CP_VALIDATION_ERROR_FORMAT },
};

static void
test_record_field (gconstpointer data)
{
  const FieldCase *c = data;
  g_autoptr(CpRecord) record = make_valid (c->get_type ());
  g_autoptr(GError) error = NULL;
  gboolean ok;

  /* The record starts valid, so that what fails is the one change. */
  g_assert_true (cp_record_validate (record, &error));
  g_assert_no_error (error);

  if (c->other != NULL)
    set_from_text (G_OBJECT (record), c->other, c->other_value);
  set_from_text (G_OBJECT (record), c->property, c->value);

  ok = cp_record_validate_property (record, c->property, &error);
  if (c->code == VALID)
    {
      g_assert_no_error (error);
      g_assert_true (ok);
      g_assert_true (cp_record_validate (record, &error));
      g_assert_no_error (error);
    }
  else
    {
      g_assert_false (ok);
      g_assert_error (error, CP_VALIDATION_ERROR, c->code);
      g_assert_cmpstr (error->message, !=, "");
      g_clear_error (&error);

      /* The whole record fails as well, as the store will see it. */
      g_assert_false (cp_record_validate (record, &error));
      g_assert_error (error, CP_VALIDATION_ERROR, c->code);
    }
}

static void
assert_parties_error (CpPartnership *p,
                      const char    *name_in_message)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (cp_record_validate_property (CP_RECORD (p), "parties", &error));
  g_assert_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_PARTIES);
  g_assert_cmpstr (error->message, !=, "");
  if (name_in_message != NULL)
    g_assert_nonnull (strstr (error->message, name_in_message));
  g_clear_error (&error);
  g_assert_false (cp_record_validate (CP_RECORD (p), &error));
  g_assert_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_PARTIES);
}

static void
test_record_parties (void)
{
  g_autoptr(CpPartnership) p = cp_partnership_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CpMunicipality) utrecht = make_municipality (1, "Utrecht", "NL");

  /* None at all */
  assert_parties_error (p, NULL);

  /* An empty list, then one */
  {
    g_autoptr(GPtrArray) none = make_parties (NULL, NULL);
    cp_partnership_set_parties (p, none);
    assert_parties_error (p, NULL);
  }
  {
    g_autoptr(GPtrArray) one = make_parties (g_object_ref (utrecht), NULL);
    cp_partnership_set_parties (p, one);
    assert_parties_error (p, NULL);
  }

  /* The same object twice */
  {
    g_autoptr(GPtrArray) twice = make_parties (g_object_ref (utrecht), g_object_ref (utrecht));
    cp_partnership_set_parties (p, twice);
    assert_parties_error (p, "Utrecht");
  }

  /* Two objects for the same stored municipality */
  {
    g_autoptr(GPtrArray) same_id = make_parties (g_object_ref (utrecht),
                                                 make_municipality (1, "Utrecht", "NL"));
    cp_partnership_set_parties (p, same_id);
    assert_parties_error (p, "Utrecht");
  }

  /* ... and the same municipality after two others */
  {
    g_autoptr(GPtrArray) three = make_parties (g_object_ref (utrecht), make_municipality (2, "León", "NI"));
    g_ptr_array_add (three, make_municipality (1, "Utrecht", "NL"));
    cp_partnership_set_parties (p, three);
    assert_parties_error (p, "Utrecht");
  }

  /* Two new municipalities (no ids yet) are two parties. */
  {
    g_autoptr(GPtrArray) fresh = make_parties (make_municipality (0, "Utrecht", "NL"),
                                               make_municipality (0, "León", "NI"));
    cp_partnership_set_parties (p, fresh);
    g_assert_true (cp_record_validate_property (CP_RECORD (p), "parties", &error));
    g_assert_no_error (error);
    g_assert_true (cp_record_validate (CP_RECORD (p), &error));
    g_assert_no_error (error);
  }
}

static void
test_record_derived (void)
{
  g_autoptr(CpRecord) p = make_valid (CP_TYPE_PARTNERSHIP);
  g_autofree char *title = NULL;
  g_autofree char *countries = NULL;
  g_autofree char *label = NULL;
  const char * const motives[] = { "historical-ties", NULL };

  g_object_get (p, "title", &title, "countries", &countries, NULL);
  g_assert_cmpstr (title, ==, "Utrecht – León");
  g_assert_cmpstr (countries, ==, "NL · NI");

  g_object_set (p, "first-contact-approximate", TRUE, "motives", motives, NULL);
  g_object_get (p, "first-contact-label", &label, NULL);
  g_assert_cmpstr (label, ==, "around 1962");
  g_assert_true (cp_partnership_has_motive (CP_PARTNERSHIP (p), CP_MOTIVE_HISTORICAL_TIES));
  g_assert_false (cp_partnership_has_motive (CP_PARTNERSHIP (p), CP_MOTIVE_ECONOMIC));
}

/* Copy and assign */

/* Sets every writable field of @record to a value other than its default. */
static void
fill_record (CpRecord *record,
             int       variant)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (record), &n);
  for (guint i = 0; i < n; i++)
    {
      GParamSpec *pspec = pspecs[i];
      GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

      if ((pspec->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE)
        continue;

      if (G_IS_PARAM_SPEC_STRING (pspec))
        {
          g_autofree char *text = g_strdup_printf ("%s %d", pspec->name, variant);
          g_object_set (record, pspec->name, text, NULL);
        }
      else if (G_IS_PARAM_SPEC_INT64 (pspec))
        g_object_set (record, pspec->name, (gint64) 1000 + variant, NULL);
      else if (G_IS_PARAM_SPEC_INT (pspec))
        g_object_set (record, pspec->name, 1990 + variant, NULL);
      else if (G_IS_PARAM_SPEC_BOOLEAN (pspec))
        g_object_set (record, pspec->name, !G_PARAM_SPEC_BOOLEAN (pspec)->default_value, NULL);
      else if (G_IS_PARAM_SPEC_ENUM (pspec))
        {
          GEnumClass *klass = G_PARAM_SPEC_ENUM (pspec)->enum_class;
          int value = klass->values[(guint) variant % klass->n_values].value;

          if (value == G_PARAM_SPEC_ENUM (pspec)->default_value)
            value = klass->values[((guint) variant + 1) % klass->n_values].value;
          g_object_set (record, pspec->name, value, NULL);
        }
      else if (type == G_TYPE_STRV)
        {
          g_autofree char *one = g_strdup_printf ("%s-%d", pspec->name, variant);
          const char * const strv[] = { one, "second", NULL };
          g_object_set (record, pspec->name, strv, NULL);
        }
      else if (type == G_TYPE_PTR_ARRAY)
        {
          g_autoptr(GPtrArray) parties = make_parties (make_municipality (10 + variant, "A", "NL"),
                                                       make_municipality (20 + variant, "B", "PE"));
          g_object_set (record, pspec->name, parties, NULL);
        }
      else
        g_assert_not_reached ();
    }
}

static void
assert_same_fields (CpRecord *a,
                    CpRecord *b)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n;

  g_assert_true (G_OBJECT_TYPE (a) == G_OBJECT_TYPE (b));

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (a), &n);
  for (guint i = 0; i < n; i++)
    {
      GParamSpec *pspec = pspecs[i];
      g_auto(GValue) va = G_VALUE_INIT;
      g_auto(GValue) vb = G_VALUE_INIT;
      GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

      if (!(pspec->flags & G_PARAM_READABLE))
        continue;

      g_test_message ("%s:%s", G_OBJECT_TYPE_NAME (a), pspec->name);
      g_value_init (&va, type);
      g_value_init (&vb, type);
      g_object_get_property (G_OBJECT (a), pspec->name, &va);
      g_object_get_property (G_OBJECT (b), pspec->name, &vb);

      if (type == G_TYPE_STRV)
        g_assert_true (g_strv_equal (g_value_get_boxed (&va), g_value_get_boxed (&vb)));
      else if (type == G_TYPE_PTR_ARRAY)
        {
          GPtrArray *pa = g_value_get_boxed (&va);
          GPtrArray *pb = g_value_get_boxed (&vb);

          g_assert_cmpuint (pa->len, ==, pb->len);
          for (guint j = 0; j < pa->len; j++)
            g_assert_cmpint (cp_record_get_id (pa->pdata[j]), ==, cp_record_get_id (pb->pdata[j]));
        }
      else
        g_assert_cmpint (g_param_values_cmp (pspec, &va, &vb), ==, 0);
    }
}

typedef struct
{
  const char *path;
  GType     (*get_type) (void);
} CopyCase;

static const CopyCase copy_cases[] = {
  { "/record/copy/municipality", cp_municipality_get_type },
  { "/record/copy/partnership", cp_partnership_get_type },
  { "/record/copy/status-change", cp_status_change_get_type },
  { "/record/copy/agreement", cp_agreement_get_type },
  { "/record/copy/actor", cp_actor_get_type },
  { "/record/copy/timeline-event", cp_timeline_event_get_type },
};

static void
test_record_copy (gconstpointer data)
{
  GType type = ((const CopyCase *) data)->get_type ();
  g_autoptr(CpRecord) record = g_object_new (type, NULL);
  g_autoptr(CpRecord) copy = NULL;
  g_autoptr(CpRecord) other = g_object_new (type, NULL);
  const char * const *strv = NULL;
  const char *strv_property = NULL;

  fill_record (record, 1);
  g_assert_cmpint (cp_record_get_id (record), ==, 1001);

  copy = cp_record_copy (record);
  g_assert_true (copy != record);
  assert_same_fields (record, copy);

  /* Assign over a record with every field different. */
  fill_record (other, 2);
  g_assert_cmpint (cp_record_get_id (other), ==, 1002);
  cp_record_assign (other, record);
  assert_same_fields (record, other);
  g_assert_cmpint (cp_record_get_id (other), ==, 1001);

  /* The copy is the copy’s own: changing it leaves the original alone. */
  if (g_object_class_find_property (G_OBJECT_GET_CLASS (copy), "note"))
    {
      g_object_set (copy, "note", "changed", NULL);
      g_assert_cmpstr (cp_record_get_string (record, "note"), ==, "note 1");
    }
  if (type == CP_TYPE_PARTNERSHIP)
    strv_property = "themes";
  if (strv_property != NULL)
    {
      strv = cp_record_get_strv (copy, strv_property);
      g_assert_true (strv != cp_record_get_strv (record, strv_property));
      g_assert_cmpstr (strv[0], ==, "themes-1");
    }
}

/* Enumerations */

static GType (* const enum_types[]) (void) = {
  cp_partnership_kind_get_type,
  cp_partnership_status_get_type,
  cp_initiative_origin_get_type,
  cp_motive_get_type,
  cp_agreement_kind_get_type,
  cp_actor_category_get_type,
  cp_actor_role_get_type,
};

static void
test_enums (void)
{
  for (guint t = 0; t < G_N_ELEMENTS (enum_types); t++)
    {
      GType type = enum_types[t] ();
      g_autoptr(GEnumClass) klass = g_type_class_ref (type);
      g_autoptr(GHashTable) labels = g_hash_table_new (g_str_hash, g_str_equal);

      g_assert_cmpuint (cp_enum_count (type), ==, klass->n_values);
      g_assert_cmpuint (klass->n_values, >, 1);

      for (guint i = 0; i < klass->n_values; i++)
        {
          const GEnumValue *ev = &klass->values[i];
          const char *label = cp_enum_to_label (type, ev->value);
          int back = -1;

          g_test_message ("%s %s", g_type_name (type), ev->value_nick);
          g_assert_cmpint (ev->value, ==, (int) i);
          g_assert_cmpstr (cp_enum_to_nick (type, ev->value), ==, ev->value_nick);
          g_assert_true (cp_enum_from_nick (type, ev->value_nick, &back));
          g_assert_cmpint (back, ==, ev->value);

          g_assert_nonnull (label);
          g_assert_cmpstr (label, !=, "");
          /* Two values with one label could not be told apart in a list. */
          g_assert_false (g_hash_table_contains (labels, label));
          g_hash_table_add (labels, (char *) label);
        }

      g_assert_null (cp_enum_to_nick (type, (int) klass->n_values));
      g_assert_false (cp_enum_from_nick (type, "no-such-name", NULL));
      g_assert_false (cp_enum_from_nick (type, NULL, NULL));
    }

  /* The names the database holds. */
  g_assert_cmpstr (cp_enum_to_nick (CP_TYPE_PARTNERSHIP_KIND, CP_PARTNERSHIP_KIND_FORMAL), ==, "formal");
  g_assert_cmpstr (cp_enum_to_nick (CP_TYPE_PARTNERSHIP_STATUS, CP_PARTNERSHIP_STATUS_ACTIVE), ==, "active");
  g_assert_cmpstr (cp_enum_to_nick (CP_TYPE_ACTOR_CATEGORY, CP_ACTOR_CATEGORY_CCSE), ==, "ccse");
  g_assert_cmpstr (cp_partnership_status_to_label (CP_PARTNERSHIP_STATUS_DORMANT), ==, "Dormant");
}

int
main (int    argc,
      char **argv)
{
  /* English month names, whatever the machine’s locale. */
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_setenv ("LANGUAGE", "en", TRUE);
  setlocale (LC_ALL, "");

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/partial-date/parse", test_partial_date_parse);
  g_test_add_func ("/partial-date/compare", test_partial_date_compare);
  g_test_add_func ("/partial-date/format", test_partial_date_format);
  g_test_add_func ("/partial-date/days", test_partial_date_days);
  g_test_add_func ("/country", test_country);
  g_test_add_func ("/time-zone", test_time_zone);

  for (guint i = 0; i < G_N_ELEMENTS (field_cases); i++)
    g_test_add_data_func (field_cases[i].path, &field_cases[i], test_record_field);
  g_test_add_func ("/record/parties", test_record_parties);
  g_test_add_func ("/record/derived", test_record_derived);

  for (guint i = 0; i < G_N_ELEMENTS (copy_cases); i++)
    g_test_add_data_func (copy_cases[i].path, &copy_cases[i], test_record_copy);

  g_test_add_func ("/enums", test_enums);

  return g_test_run ();
}
