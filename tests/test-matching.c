/* test-matching.c: ranking people for a need, and the reasons given
 *
 * People and needs are built in code; no store. Today is 1 June 2007 throughout; the
 * partner's need belongs to partnership 7 and was asked by municipality 5.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <gio/gio.h>

#include "core/cp-matching.h"
#include "core/cp-need.h"
#include "core/cp-person.h"

#define TODAY "2007-06-01"
#define PARTNERSHIP 7
#define ASKING_MUNICIPALITY 5
#define HOME_MUNICIPALITY 4     /* where people work unless a case says otherwise */

/* A person and what the history knows of them. Lists are space-separated. */
typedef struct
{
  const char *name;
  gint64      id;
  const char *languages;        /* "es:c1 en:b2" */
  const char *expertise;        /* "housing:3" */
  gboolean    regional;
  gboolean    intercultural;
  gint64      municipality_id;  /* 0: HOME_MUNICIPALITY */
  const char *trips;            /* "2007-05-01 2007-02-01" */
  const char *free;             /* "2007-03-01/2007-03-31 2007-05-01/2007-05-02" */
  gint64      worked_with;      /* a partnership */
} PersonSpec;

/* A need; NULL fields take the defaults noted. */
typedef struct
{
  const char *expertise;        /* NULL: "housing:3"; "" for none */
  const char *languages;        /* NULL: none */
  const char *starts_on;        /* NULL: no period */
  const char *ends_on;
} NeedSpec;

static char **
split_nonempty (const char *text)
{
  char **words = g_strsplit (text != NULL ? text : "", " ", -1);
  guint n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      words[n++] = words[i];
    else
      g_free (words[i]);
  words[n] = NULL;
  return words;
}

static CpPerson *
make_person (const PersonSpec *spec)
{
  g_auto(GStrv) languages = split_nonempty (spec->languages);
  g_auto(GStrv) expertise = split_nonempty (spec->expertise);

  return g_object_new (CP_TYPE_PERSON,
                       "id", spec->id,
                       "name", spec->name,
                       "municipality-id", spec->municipality_id ? spec->municipality_id : (gint64) HOME_MUNICIPALITY,
                       "languages", languages,
                       "expertise", expertise,
                       "regional-experience", spec->regional,
                       "intercultural-experience", spec->intercultural,
                       NULL);
}

static void
add_history (CpMatchHistory   *history,
             const PersonSpec *spec)
{
  g_auto(GStrv) trips = split_nonempty (spec->trips);
  g_auto(GStrv) periods = split_nonempty (spec->free);

  for (guint i = 0; trips[i] != NULL; i++)
    cp_match_history_add_trip (history, spec->id, trips[i]);
  for (guint i = 0; periods[i] != NULL; i++)
    {
      g_auto(GStrv) ends = g_strsplit (periods[i], "/", 2);

      g_assert_cmpuint (g_strv_length (ends), ==, 2);
      cp_match_history_add_availability (history, spec->id, ends[0], ends[1]);
    }
  if (spec->worked_with != 0)
    cp_match_history_add_work (history, spec->id, spec->worked_with);
}

static CpNeed *
make_need (const NeedSpec *spec)
{
  g_auto(GStrv) expertise = split_nonempty (spec->expertise ? spec->expertise : "housing:3");
  g_auto(GStrv) languages = split_nonempty (spec->languages);
  CpNeed *need = cp_need_new (PARTNERSHIP);

  g_object_set (need,
                "requested-by-id", (gint64) ASKING_MUNICIPALITY,
                "description", "Advice on social housing",
                "expertise", expertise,
                "languages", languages,
                "starts-on", spec->starts_on ? spec->starts_on : "",
                "ends-on", spec->ends_on ? spec->ends_on : "",
                NULL);
  return need;
}

/* Ranks the people of @specs, with their history, for the need of @need_spec. */
static GListModel *
rank_specs (const NeedSpec   *need_spec,
            const PersonSpec *specs,
            guint             n_specs)
{
  g_autoptr(CpNeed) need = make_need (need_spec);
  g_autoptr(GListStore) people = g_list_store_new (CP_TYPE_PERSON);
  g_autoptr(CpMatchHistory) history = cp_match_history_new ();

  for (guint i = 0; i < n_specs; i++)
    {
      g_autoptr(CpPerson) person = make_person (&specs[i]);

      g_list_store_append (people, person);
      add_history (history, &specs[i]);
    }
  return cp_match_rank (need, G_LIST_MODEL (people), history, TODAY);
}

static CpCandidate *
find_candidate (GListModel *ranked,
                gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (ranked); i++)
    {
      g_autoptr(CpCandidate) candidate = g_list_model_get_item (ranked, i);

      if (cp_record_get_id (CP_RECORD (cp_candidate_get_person (candidate))) == id)
        return candidate;   /* the list keeps it */
    }
  g_assert_not_reached ();
}

static void
assert_reason (CpCandidate *candidate,
               const char  *reason)
{
  g_auto(GStrv) reasons = cp_candidate_dup_reasons (candidate);

  if (!g_strv_contains ((const char * const *) reasons, reason))
    {
      g_autofree char *all = g_strjoinv (" | ", reasons);

      g_error ("no reason “%s” among: %s", reason, all);
    }
}

static gboolean
has_reason_containing (CpCandidate *candidate,
                       const char  *text)
{
  g_auto(GStrv) reasons = cp_candidate_dup_reasons (candidate);

  for (guint i = 0; reasons[i] != NULL; i++)
    if (strstr (reasons[i], text) != NULL)
      return TRUE;
  return FALSE;
}

/* Weights */

static void
test_weights (void)
{
  static const struct
  {
    CpMatchFactor factor;
    guint         weight;
    const char   *label;
  } expected[] = {
    { CP_MATCH_FACTOR_EXPERTISE, 45, "Expertise" },
    { CP_MATCH_FACTOR_LANGUAGE, 15, "Languages" },
    { CP_MATCH_FACTOR_REGION, 10, "Experience in the partner’s region" },
    { CP_MATCH_FACTOR_INTERCULTURAL, 10, "Intercultural experience" },
    { CP_MATCH_FACTOR_CONTINUITY, 10, "Earlier work with this partnership" },
    { CP_MATCH_FACTOR_FAIRNESS, 10, "Few recent trips" },
  };
  guint sum = 0;

  G_STATIC_ASSERT (G_N_ELEMENTS (expected) == CP_MATCH_N_FACTORS);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_cmpuint (cp_match_factor_get_weight (expected[i].factor), ==, expected[i].weight);
      g_assert_cmpstr (cp_match_factor_get_label (expected[i].factor), ==, expected[i].label);
      sum += cp_match_factor_get_weight (expected[i].factor);
    }
  g_assert_cmpuint (sum, ==, 100);
}

/* Hard requirements */

typedef struct
{
  const char *path;
  NeedSpec    need;
  PersonSpec  person;
  gboolean    excluded;
  const char *reason;         /* present */
  const char *absent;         /* no reason contains it; NULL: no check */
} ExclusionCase;

#define MARCH_12_20 .starts_on = "2007-03-12", .ends_on = "2007-03-20"

static const ExclusionCase exclusion_cases[] = {
  { "/matching/exclusion/language-missing",
    { .languages = "es:b2" }, { .languages = "en:c2" },
    TRUE, "Speaks no Spanish, needs B2 ✗" },
  { "/matching/exclusion/language-below",
    { .languages = "es:b2" }, { .languages = "es:b1 en:c2" },
    TRUE, "B1 Spanish, needs B2 ✗" },
  { "/matching/exclusion/second-language-missing",
    { .languages = "es:b2 en:b1" }, { .languages = "es:c2" },
    TRUE, "Speaks no English, needs B1 ✗" },
  { "/matching/exclusion/language-at-minimum",
    { .languages = "es:b2" }, { .languages = "es:b2" },
    FALSE, "B2 Spanish, needs B2 ✓" },
  { "/matching/exclusion/not-available",
    { MARCH_12_20 }, { .free = "2007-04-01/2007-04-30 2007-03-01/2007-03-11" },
    TRUE, "Not available 12–20 March 2007 ✗" },
  { "/matching/exclusion/available-part",
    { MARCH_12_20 }, { .free = "2007-03-18/2007-03-31" },
    FALSE, "Partly available 12–20 March 2007", "Not available" },
  { "/matching/exclusion/available-with-a-gap",
    { MARCH_12_20 }, { .free = "2007-03-01/2007-03-14 2007-03-16/2007-03-31" },
    FALSE, "Partly available 12–20 March 2007" },
  { "/matching/exclusion/available-all",
    { MARCH_12_20 }, { .free = "2007-03-01/2007-03-31" },
    FALSE, "Available 12–20 March 2007 ✓" },
  { "/matching/exclusion/available-all-in-two-periods",
    { MARCH_12_20 }, { .free = "2007-03-16/2007-03-31 2007-03-01/2007-03-15" },
    FALSE, "Available 12–20 March 2007 ✓" },
  { "/matching/exclusion/availability-not-recorded",
    { MARCH_12_20 }, { NULL },
    FALSE, "No availability recorded", "vailable " },
  { "/matching/exclusion/need-without-period",
    { NULL }, { .free = "2007-04-01/2007-04-30" },
    FALSE, "No trips in the last 12 months", "vailab" },
  { "/matching/exclusion/period-over-two-months",
    { .starts_on = "2007-03-28", .ends_on = "2007-04-03" }, { .free = "2007-05-01/2007-05-31" },
    TRUE, "Not available 28 March 2007 – 3 April 2007 ✗" },
  { "/matching/exclusion/period-of-one-day",
    { .starts_on = "2007-03-12", .ends_on = "2007-03-12" }, { .free = "2007-03-13/2007-03-31" },
    TRUE, "Not available 12 March 2007 ✗" },
  { "/matching/exclusion/own-municipality",
    { NULL }, { .municipality_id = ASKING_MUNICIPALITY },
    TRUE, "Works for the municipality that asked ✗" },
  { "/matching/exclusion/other-municipality",
    { NULL }, { .municipality_id = 6 },
    FALSE, "No trips in the last 12 months", "municipality" },
};

static void
test_exclusion (gconstpointer data)
{
  const ExclusionCase *c = data;
  /* Someone free of every requirement, to rank against. */
  PersonSpec specs[] = { c->person, { "Reference", 1, "es:c2 en:c2" } };
  g_autoptr(GListModel) ranked = NULL;
  CpCandidate *candidate, *reference;
  g_auto(GStrv) reasons = NULL;

  specs[0].id = 2;
  specs[0].name = "Tested";
  ranked = rank_specs (&c->need, specs, G_N_ELEMENTS (specs));
  candidate = find_candidate (ranked, 2);
  reference = find_candidate (ranked, 1);

  g_assert_false (cp_candidate_get_excluded (reference));
  g_assert_cmpint (cp_candidate_get_excluded (candidate), ==, c->excluded);
  assert_reason (candidate, c->reason);
  if (c->absent != NULL)
    g_assert_false (has_reason_containing (candidate, c->absent));

  reasons = cp_candidate_dup_reasons (candidate);
  if (c->excluded)
    {
      g_assert_cmpfloat (cp_candidate_get_score (candidate), ==, 0);
      g_assert_cmpuint (cp_candidate_get_rank (candidate), ==, 2);
      g_assert_cmpuint (cp_candidate_get_rank (reference), ==, 1);
      /* What excludes comes first. */
      g_assert_cmpstr (reasons[0], ==, c->reason);
    }
  else
    g_assert_cmpfloat (cp_candidate_get_score (candidate), >, 0);
}

/* An excluded person comes after everyone else, whatever the scores. */
static void
test_exclusion_order (void)
{
  const NeedSpec need = { .languages = "es:b1" };
  const PersonSpec specs[] = {
    { "Excellent but from the asking town", 1, "es:c2", "housing:4", TRUE, TRUE, ASKING_MUNICIPALITY },
    { "Weak", 2, "es:b1" },
    { "Excellent but no Spanish", 3, "en:c2", "housing:4", TRUE, TRUE },
  };
  g_autoptr(GListModel) ranked = rank_specs (&need, specs, G_N_ELEMENTS (specs));
  g_autoptr(CpCandidate) first = g_list_model_get_item (ranked, 0);
  g_autoptr(CpCandidate) second = g_list_model_get_item (ranked, 1);
  g_autoptr(CpCandidate) third = g_list_model_get_item (ranked, 2);

  g_assert_cmpstr (cp_person_get_name (cp_candidate_get_person (first)), ==, "Weak");
  g_assert_false (cp_candidate_get_excluded (first));
  g_assert_true (cp_candidate_get_excluded (second));
  g_assert_true (cp_candidate_get_excluded (third));
  /* Among the excluded, by name. */
  g_assert_cmpstr (cp_person_get_name (cp_candidate_get_person (second)), ==,
                   "Excellent but from the asking town");
  g_assert_cmpuint (cp_candidate_get_rank (third), ==, 3);
}

/* Soft factors: one better than the other, all else equal */

typedef struct
{
  const char *path;
  NeedSpec    need;
  PersonSpec  better;
  PersonSpec  worse;
  gboolean    equal;          /* the difference must not count */
} FactorCase;

static const FactorCase factor_cases[] = {
  { "/matching/factor/expertise-level",
    { NULL }, { .expertise = "housing:3" }, { .expertise = "housing:2" } },
  { "/matching/factor/expertise-some",
    { NULL }, { .expertise = "housing:1" }, { NULL } },
  { "/matching/factor/expertise-above-required-counts-as-required",
    { NULL }, { .expertise = "housing:4" }, { .expertise = "housing:3" }, TRUE },
  { "/matching/factor/expertise-coverage",
    { .expertise = "housing:3 water-sanitation:3" },
    { .expertise = "housing:3 water-sanitation:3" }, { .expertise = "housing:4" } },
  { "/matching/factor/expertise-other-area-does-not-count",
    { NULL }, { .expertise = "housing:3" }, { .expertise = "housing:3 tourism:4" }, TRUE },
  { "/matching/factor/language-above-minimum",
    { .languages = "es:b2" }, { .languages = "es:c1" }, { .languages = "es:b2" } },
  { "/matching/factor/language-further-above",
    { .languages = "es:b2" }, { .languages = "es:c2" }, { .languages = "es:c1" } },
  { "/matching/factor/language-not-asked-for-does-not-count",
    { .languages = "es:b2" }, { .languages = "es:b2" }, { .languages = "es:b2 fr:c2" }, TRUE },
  { "/matching/factor/region",
    { NULL }, { .regional = TRUE }, { NULL } },
  { "/matching/factor/intercultural",
    { NULL }, { .intercultural = TRUE }, { NULL } },
  { "/matching/factor/continuity",
    { NULL }, { .worked_with = PARTNERSHIP }, { .worked_with = PARTNERSHIP + 1 } },
  { "/matching/factor/no-trip-before-one",
    { NULL }, { NULL }, { .trips = "2007-05-01" } },
  { "/matching/factor/one-trip-before-two",
    { NULL }, { .trips = "2007-05-01" }, { .trips = "2007-05-01 2007-02-01" } },
  { "/matching/factor/two-trips-before-three",
    { NULL }, { .trips = "2007-05-01 2007-02-01" }, { .trips = "2007-05-01 2007-02-01 2006-11-01" } },
  { "/matching/factor/three-trips-as-many-as-five",
    { NULL }, { .trips = "2007-05-01 2007-02-01 2006-11-01" },
    { .trips = "2007-05-01 2007-04-01 2007-03-01 2007-02-01 2006-11-01" }, TRUE },
  { "/matching/factor/trip-over-a-year-ago-does-not-count",
    { NULL }, { NULL }, { .trips = "2006-06-01 2005-01-01" }, TRUE },
  { "/matching/factor/trip-364-days-ago-counts",
    { NULL }, { NULL }, { .trips = "2006-06-02" } },
  { "/matching/factor/planned-trip-does-not-count",
    { NULL }, { NULL }, { .trips = "2007-06-02" }, TRUE },
  { "/matching/factor/same-trip-twice-counts-once",
    { NULL }, { .trips = "2007-05-01" }, { .trips = "2007-05-01 2007-05-01" }, TRUE },
};

static void
test_factor (gconstpointer data)
{
  const FactorCase *c = data;
  PersonSpec specs[] = { c->better, c->worse };
  g_autoptr(GListModel) ranked = NULL;
  double better, worse;

  specs[0].id = 1;
  specs[0].name = "Better";
  specs[1].id = 2;
  specs[1].name = "Worse";
  ranked = rank_specs (&c->need, specs, G_N_ELEMENTS (specs));
  better = cp_candidate_get_score (find_candidate (ranked, 1));
  worse = cp_candidate_get_score (find_candidate (ranked, 2));

  g_assert_false (cp_candidate_get_excluded (find_candidate (ranked, 1)));
  g_assert_false (cp_candidate_get_excluded (find_candidate (ranked, 2)));
  if (c->equal)
    g_assert_cmpfloat (better, ==, worse);
  else
    {
      g_assert_cmpfloat (better, >, worse);
      g_assert_cmpuint (cp_candidate_get_rank (find_candidate (ranked, 1)), ==, 1);
    }
}

/* Exact scores: each factor is worth its weight */

typedef struct
{
  const char *path;
  NeedSpec    need;
  PersonSpec  person;
  double      score;
  const char *label;
} ScoreCase;

#define PERFECT_NEED { .expertise = "housing:3", .languages = "es:b2", MARCH_12_20 }

static const ScoreCase score_cases[] = {
  /* 45 + 15 + 10 + 10 + 10 + 10 */
  { "/matching/score/perfect", PERFECT_NEED,
    { .expertise = "housing:4", .languages = "es:c2", .regional = TRUE, .intercultural = TRUE,
      .worked_with = PARTNERSHIP, .free = "2007-03-01/2007-03-31" },
    100.0, "100.0" },
  /* Language (nothing asked) 15 + fairness 10. */
  { "/matching/score/nobody", { NULL }, { NULL }, 25.0, "25.0" },
  /* Nothing asked for at all: expertise 45 too. */
  { "/matching/score/need-asks-nothing", { .expertise = "" }, { NULL }, 70.0, "70.0" },
  { "/matching/score/region", { NULL }, { .regional = TRUE }, 35.0, "35.0" },
  { "/matching/score/intercultural", { NULL }, { .intercultural = TRUE }, 35.0, "35.0" },
  { "/matching/score/continuity", { NULL }, { .worked_with = PARTNERSHIP }, 35.0, "35.0" },
  /* Fairness: 1, 0.66, 0.33, 0 of 10. */
  { "/matching/score/one-trip", { NULL }, { .trips = "2007-05-01" }, 21.6, "21.6" },
  { "/matching/score/two-trips", { NULL }, { .trips = "2007-05-01 2007-01-01" }, 18.3, "18.3" },
  { "/matching/score/three-trips", { NULL }, { .trips = "2007-05-01 2007-01-01 2006-07-01" }, 15.0, "15.0" },
  /* Expertise: 45 × min (1, level / required), averaged over the areas. */
  { "/matching/score/expertise-met", { NULL }, { .expertise = "housing:3" }, 70.0, "70.0" },
  { "/matching/score/expertise-half", { .expertise = "housing:4" }, { .expertise = "housing:2" }, 47.5, "47.5" },
  { "/matching/score/expertise-third", { NULL }, { .expertise = "housing:1" }, 40.0, "40.0" },
  /* 45 × (1 + 0.5) / 2 = 33.75, rounded half up. */
  { "/matching/score/expertise-one-and-a-half-of-two",
    { .expertise = "housing:4 water-sanitation:4" }, { .expertise = "housing:4 water-sanitation:2" },
    58.8, "58.8" },
  { "/matching/score/expertise-one-of-three",
    { .expertise = "housing:2 tourism:2 culture:2" }, { .expertise = "culture:3" }, 40.0, "40.0" },
  /* Language: 15 × (0.8 at the minimum, + 0.1 a level, at most 1). */
  { "/matching/score/language-at-minimum", { .languages = "es:b2" }, { .languages = "es:b2" },
    22.0, "22.0" },
  { "/matching/score/language-one-above", { .languages = "es:b2" }, { .languages = "es:c1" },
    23.5, "23.5" },
  { "/matching/score/language-two-above", { .languages = "es:b2" }, { .languages = "es:c2" },
    25.0, "25.0" },
  { "/matching/score/language-two-averaged", { .languages = "es:b2 en:a2" },
    { .languages = "es:b2 en:b2" }, 23.5, "23.5" },
  /* Excluded: 0. */
  { "/matching/score/excluded", { .languages = "es:b2" },
    { .expertise = "housing:4", .regional = TRUE, .intercultural = TRUE }, 0.0, "0.0" },
};

static void
test_score (gconstpointer data)
{
  const ScoreCase *c = data;
  PersonSpec spec = c->person;
  g_autoptr(GListModel) ranked = NULL;
  g_autoptr(CpCandidate) candidate = NULL;
  g_autofree char *label = NULL;
  double score;

  spec.id = 1;
  spec.name = "Scored";
  ranked = rank_specs (&c->need, &spec, 1);
  candidate = g_list_model_get_item (ranked, 0);

  g_assert_cmpfloat (cp_candidate_get_score (candidate), ==, c->score);
  g_object_get (candidate, "score", &score, "score-label", &label, NULL);
  g_assert_cmpfloat (score, ==, c->score);
  g_assert_cmpstr (label, ==, c->label);
}

/* Each factor's largest contribution is its weight: take it away from a perfect
 * candidate and the score falls by exactly that. */
static void
test_score_shares (void)
{
  const NeedSpec need = { .expertise = "housing:3", MARCH_12_20 };
  const PersonSpec perfect = { .expertise = "housing:3", .regional = TRUE, .intercultural = TRUE,
                               .worked_with = PARTNERSHIP };
  const struct
  {
    CpMatchFactor factor;
    PersonSpec    person;
  } without[] = {
    { CP_MATCH_FACTOR_EXPERTISE, { .regional = TRUE, .intercultural = TRUE, .worked_with = PARTNERSHIP } },
    { CP_MATCH_FACTOR_REGION, { .expertise = "housing:3", .intercultural = TRUE, .worked_with = PARTNERSHIP } },
    { CP_MATCH_FACTOR_INTERCULTURAL, { .expertise = "housing:3", .regional = TRUE, .worked_with = PARTNERSHIP } },
    { CP_MATCH_FACTOR_CONTINUITY, { .expertise = "housing:3", .regional = TRUE, .intercultural = TRUE } },
    { CP_MATCH_FACTOR_FAIRNESS, { .expertise = "housing:3", .regional = TRUE, .intercultural = TRUE,
                                  .worked_with = PARTNERSHIP, .trips = "2007-05-01 2007-04-01 2007-03-01" } },
  };
  const NeedSpec language_need = { .expertise = "", .languages = "es:a1" };
  const PersonSpec fluent = { .languages = "es:c2" };
  const PersonSpec beginner = { .languages = "es:a1" };
  g_autoptr(GListModel) top = rank_specs (&need, &perfect, 1);
  g_autoptr(CpCandidate) best = g_list_model_get_item (top, 0);
  g_autoptr(GListModel) fluent_ranked = rank_specs (&language_need, &fluent, 1);
  g_autoptr(GListModel) beginner_ranked = rank_specs (&language_need, &beginner, 1);
  g_autoptr(CpCandidate) fluent_candidate = g_list_model_get_item (fluent_ranked, 0);
  g_autoptr(CpCandidate) beginner_candidate = g_list_model_get_item (beginner_ranked, 0);

  g_assert_cmpfloat (cp_candidate_get_score (best), ==, 100.0);
  for (guint i = 0; i < G_N_ELEMENTS (without); i++)
    {
      g_autoptr(GListModel) ranked = rank_specs (&need, &without[i].person, 1);
      g_autoptr(CpCandidate) candidate = g_list_model_get_item (ranked, 0);

      g_assert_cmpfloat (cp_candidate_get_score (candidate), ==,
                         100.0 - cp_match_factor_get_weight (without[i].factor));
    }

  /* A language asked for gives 80–100 % of its weight. */
  g_assert_cmpfloat (cp_candidate_get_score (fluent_candidate), ==, 100.0 - 10 - 10 - 10);
  g_assert_cmpfloat (cp_candidate_get_score (beginner_candidate), ==,
                     100.0 - 10 - 10 - 10 - cp_match_factor_get_weight (CP_MATCH_FACTOR_LANGUAGE) / 5.0);
}

/* Order */

static const PersonSpec tied_people[] = {
  { "Carla", 4 },
  { "Bram", 2 },
  { "Anna", 9 },
  { "Anna", 3 },
  { "Émile", 1 },
  { "Dirk", 8, .regional = TRUE },                                    /* scores higher */
  { "Aaron", 7, .municipality_id = ASKING_MUNICIPALITY },             /* excluded */
  { "Zeno", 6, .municipality_id = ASKING_MUNICIPALITY },              /* excluded */
  { "Bram", 5, .trips = "2007-05-01" },                               /* scores lower */
};

/* Dirk scores highest; the rest tie by name, then id; in C.UTF-8 “É” sorts after
 * the ASCII letters; the excluded last. */
static const gint64 tied_order[] = { 8, 3, 9, 2, 4, 1, 5, 7, 6 };

static GArray *
rank_ids (const PersonSpec *specs,
          guint             n_specs)
{
  const NeedSpec need = { NULL };
  g_autoptr(GListModel) ranked = rank_specs (&need, specs, n_specs);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < g_list_model_get_n_items (ranked); i++)
    {
      g_autoptr(CpCandidate) candidate = g_list_model_get_item (ranked, i);
      gint64 id = cp_record_get_id (CP_RECORD (cp_candidate_get_person (candidate)));

      g_assert_cmpuint (cp_candidate_get_rank (candidate), ==, i + 1);
      g_array_append_val (ids, id);
    }
  return ids;
}

static void
test_order_ties (void)
{
  g_autoptr(GArray) ids = rank_ids (tied_people, G_N_ELEMENTS (tied_people));
  g_autoptr(GArray) again = rank_ids (tied_people, G_N_ELEMENTS (tied_people));

  g_assert_cmpmem (ids->data, ids->len * sizeof (gint64), tied_order, sizeof tied_order);
  g_assert_cmpmem (again->data, again->len * sizeof (gint64), tied_order, sizeof tied_order);
}

static void
test_order_shuffled (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20070312);

  for (guint round = 0; round < 20; round++)
    {
      PersonSpec specs[G_N_ELEMENTS (tied_people)];
      g_autoptr(GArray) ids = NULL;

      memcpy (specs, tied_people, sizeof specs);
      for (guint i = G_N_ELEMENTS (specs) - 1; i > 0; i--)
        {
          guint j = g_rand_int_range (rand, 0, i + 1);
          PersonSpec swap = specs[i];

          specs[i] = specs[j];
          specs[j] = swap;
        }
      ids = rank_ids (specs, G_N_ELEMENTS (specs));
      g_assert_cmpmem (ids->data, ids->len * sizeof (gint64), tied_order, sizeof tied_order);
    }
}

/* Names alike for longer than the part of their collation keys kept inline. */
static void
test_order_long_names (void)
{
  const PersonSpec specs[] = {
    { "Johanna de Grootveld", 1 },
    { "Johanna de Groot", 2 },          /* 16 bytes: a prefix of the one above */
    { "Johanna de Grootendorst", 3 },
    { "Johanna de Grootendorst", 4 },
    { "Johanna de Grootendorp", 5 },
    { "Johanna de Groo", 6 },
  };
  static const gint64 expected[] = { 6, 2, 5, 3, 4, 1 };
  g_autoptr(GArray) ids = rank_ids (specs, G_N_ELEMENTS (specs));

  g_assert_cmpmem (ids->data, ids->len * sizeof (gint64), expected, sizeof expected);
}

/* Many people, enough to be matched on two cores: neighbours are in order, and each
 * scores what they score alone. */
static void
test_order_many (void)
{
  static const char * const first[] = { "Ana", "Jan", "Émile", "María", "Thandi", "Kees", "Lotte", "jan" };
  static const char * const last[] = { "de Vries", "Jansen", "García", "Nkosi", "Bakker", "Ávila", "van Dijk" };
  static const char * const languages[] = { "", "es:b1", "es:b2", "es:c2 en:b2", "en:c1" };
  static const char * const expertise[] = { "", "housing:1", "housing:3", "housing:4 tourism:2", "tourism:4" };
  static const char * const trips[] = { "", "2007-05-01", "2007-05-01 2007-01-01", "2006-01-01" };
  static const char * const free[] = { "", "", "2007-03-01/2007-03-31", "2007-04-01/2007-04-30" };
  const NeedSpec need = { .expertise = "housing:3 tourism:2", .languages = "es:b1", MARCH_12_20 };
  const guint n = 3000;
  g_autoptr(GRand) rand = g_rand_new_with_seed (7179);
  g_autofree PersonSpec *specs = g_new0 (PersonSpec, n);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GListModel) ranked = NULL;
  g_autoptr(CpCandidate) previous = NULL;
  g_autofree char *previous_key = NULL;

  for (guint i = 0; i < n; i++)
    {
      char *name = g_strdup_printf ("%s %s %u", first[g_rand_int_range (rand, 0, G_N_ELEMENTS (first))],
                                    last[g_rand_int_range (rand, 0, G_N_ELEMENTS (last))],
                                    g_rand_int_range (rand, 0, 20));

      g_ptr_array_add (names, name);
      specs[i] = (PersonSpec) {
        name, n - i,
        languages[g_rand_int_range (rand, 0, G_N_ELEMENTS (languages))],
        expertise[g_rand_int_range (rand, 0, G_N_ELEMENTS (expertise))],
        g_rand_boolean (rand), g_rand_boolean (rand),
        g_rand_int_range (rand, 0, 8) == 0 ? ASKING_MUNICIPALITY : HOME_MUNICIPALITY,
        trips[g_rand_int_range (rand, 0, G_N_ELEMENTS (trips))],
        free[g_rand_int_range (rand, 0, G_N_ELEMENTS (free))],
        g_rand_boolean (rand) ? PARTNERSHIP : 0,
      };
    }
  ranked = rank_specs (&need, specs, n);
  g_assert_cmpuint (g_list_model_get_n_items (ranked), ==, n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CpCandidate) candidate = g_list_model_get_item (ranked, i);
      CpPerson *person = cp_candidate_get_person (candidate);
      g_autofree char *key = g_utf8_collate_key (cp_person_get_name (person), -1);

      if (previous != NULL)
        {
          int excluded = cp_candidate_get_excluded (candidate) - cp_candidate_get_excluded (previous);
          double score = cp_candidate_get_score (previous) - cp_candidate_get_score (candidate);

          g_assert_cmpint (excluded, >=, 0);
          if (excluded == 0)
            g_assert_cmpfloat (score, >=, 0);
          if (excluded == 0 && score == 0)
            {
              int by_name = strcmp (previous_key, key);

              g_assert_cmpint (by_name, <=, 0);
              if (by_name == 0)
                g_assert_cmpint (cp_record_get_id (CP_RECORD (cp_candidate_get_person (previous))), <,
                                 cp_record_get_id (CP_RECORD (person)));
            }
        }

      /* Every 97th, alone. */
      if (i % 97 == 0)
        {
          const PersonSpec *spec = &specs[n - cp_record_get_id (CP_RECORD (person))];
          g_autoptr(GListModel) alone = rank_specs (&need, spec, 1);
          g_autoptr(CpCandidate) single = g_list_model_get_item (alone, 0);
          g_auto(GStrv) reasons = cp_candidate_dup_reasons (candidate);
          g_auto(GStrv) single_reasons = cp_candidate_dup_reasons (single);

          g_assert_cmpfloat (cp_candidate_get_score (single), ==, cp_candidate_get_score (candidate));
          g_assert_cmpint (cp_candidate_get_excluded (single), ==, cp_candidate_get_excluded (candidate));
          g_assert_cmpstrv (reasons, single_reasons);
        }

      g_set_object (&previous, candidate);
      g_free (previous_key);
      previous_key = g_steal_pointer (&key);
    }
}

/* A renamed person moves: the collation key kept on the person follows the name. */
static void
test_order_rename (void)
{
  const NeedSpec need_spec = { NULL };
  g_autoptr(CpNeed) need = make_need (&need_spec);
  g_autoptr(GListStore) people = g_list_store_new (CP_TYPE_PERSON);
  const PersonSpec specs[] = { { "Anna", 1 }, { "Bram", 2 } };
  g_autoptr(CpPerson) anna = make_person (&specs[0]);
  g_autoptr(CpPerson) bram = make_person (&specs[1]);
  g_autoptr(GListModel) before = NULL;
  g_autoptr(GListModel) after = NULL;
  g_autoptr(CpCandidate) first_before = NULL;
  g_autoptr(CpCandidate) first_after = NULL;

  g_list_store_append (people, anna);
  g_list_store_append (people, bram);
  before = cp_match_rank (need, G_LIST_MODEL (people), NULL, TODAY);
  first_before = g_list_model_get_item (before, 0);
  g_assert_true (cp_candidate_get_person (first_before) == anna);

  g_object_set (anna, "name", "Zoë", NULL);
  after = cp_match_rank (need, G_LIST_MODEL (people), NULL, TODAY);
  first_after = g_list_model_get_item (after, 0);
  g_assert_true (cp_candidate_get_person (first_after) == bram);
}

static double
rank_alone (CpNeed   *need,
            CpPerson *person)
{
  g_autoptr(GListStore) people = g_list_store_new (CP_TYPE_PERSON);
  g_autoptr(GListModel) ranked = NULL;
  g_autoptr(CpCandidate) candidate = NULL;

  g_list_store_append (people, person);
  ranked = cp_match_rank (need, G_LIST_MODEL (people), NULL, TODAY);
  candidate = g_list_model_get_item (ranked, 0);
  return cp_candidate_get_score (candidate);
}

/* What matching keeps on a person follows every change to the fields it reads. */
static void
test_profile_edited (void)
{
  const NeedSpec need_spec = { .languages = "es:b2" };
  const PersonSpec spec = { "Ana", 1, "es:b2", "housing:1" };
  g_autoptr(CpNeed) need = make_need (&need_spec);
  g_autoptr(CpPerson) person = make_person (&spec);
  const char *more_housing[] = { "housing:3", NULL };
  const char *more_spanish[] = { "es:c2", NULL };
  const char *no_spanish[] = { "en:c2", NULL };

  /* 45 / 3 + 15 × 0.8 + 10 */
  g_assert_cmpfloat (rank_alone (need, person), ==, 37.0);
  g_object_set (person, "expertise", more_housing, NULL);
  g_assert_cmpfloat (rank_alone (need, person), ==, 67.0);
  g_object_set (person, "languages", more_spanish, NULL);
  g_assert_cmpfloat (rank_alone (need, person), ==, 70.0);
  g_object_set (person, "regional-experience", TRUE, NULL);
  g_assert_cmpfloat (rank_alone (need, person), ==, 80.0);
  g_object_set (person, "intercultural-experience", TRUE, NULL);
  g_assert_cmpfloat (rank_alone (need, person), ==, 90.0);
  g_object_set (person, "note", "Back from leave in March", NULL);
  g_assert_cmpfloat (rank_alone (need, person), ==, 90.0);
  g_object_set (person, "municipality-id", (gint64) ASKING_MUNICIPALITY, NULL);
  g_assert_cmpfloat (rank_alone (need, person), ==, 0.0);
  g_object_set (person, "municipality-id", (gint64) HOME_MUNICIPALITY, NULL);
  g_assert_cmpfloat (rank_alone (need, person), ==, 90.0);
  g_object_set (person, "languages", no_spanish, NULL);
  g_assert_cmpfloat (rank_alone (need, person), ==, 0.0);
}

/* Reasons */

static void
test_reasons_words (void)
{
  const NeedSpec need = { .expertise = "housing:3 water-sanitation:3 tourism:3",
                          .languages = "es:b2", MARCH_12_20 };
  const PersonSpec specs[] = {
    { "María", 1, "es:c1 en:b2", "housing:4 water-sanitation:2", TRUE, TRUE,
      .trips = "2007-05-01 2007-02-01 2006-11-01", .worked_with = PARTNERSHIP,
      .free = "2007-03-01/2007-03-31" },
    { "Jan", 2, "es:b2", "", .trips = "2007-05-01" },
  };
  g_autoptr(GListModel) ranked = rank_specs (&need, specs, G_N_ELEMENTS (specs));
  CpCandidate *maria = find_candidate (ranked, 1);
  CpCandidate *jan = find_candidate (ranked, 2);
  g_auto(GStrv) reasons = cp_candidate_dup_reasons (maria);
  const char * const expected[] = {
    "Housing: Expert, needs Advanced ✓",
    "Water and sanitation: Working knowledge, needs Advanced ✗",
    "Tourism: no experience, needs Advanced ✗",
    "C1 Spanish, needs B2 ✓",
    "Experience in the partner’s region",
    "Intercultural experience",
    "Has worked with this partnership before",
    "Available 12–20 March 2007 ✓",
    "3 trips in the last 12 months",
    NULL
  };

  /* All of them, the heaviest factor first. */
  g_assert_cmpstrv (reasons, expected);
  assert_reason (jan, "B2 Spanish, needs B2 ✓");
  assert_reason (jan, "1 trip in the last 12 months");
  assert_reason (jan, "No availability recorded");
  g_assert_false (has_reason_containing (jan, "region"));
  g_assert_false (has_reason_containing (jan, "partnership"));
}

static void
test_reasons_area_names (void)
{
  const NeedSpec need_spec = { .expertise = "urban-farming:2 housing:1" };
  const PersonSpec spec = { "Lotte", 1, .expertise = "urban-farming:1" };
  g_autoptr(CpNeed) need = make_need (&need_spec);
  g_autoptr(GListStore) people = g_list_store_new (CP_TYPE_PERSON);
  g_autoptr(CpPerson) person = make_person (&spec);
  g_autoptr(CpMatchHistory) history = cp_match_history_new ();
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GListModel) unnamed = NULL;
  g_autoptr(GListModel) named = NULL;
  g_autoptr(CpCandidate) unnamed_candidate = NULL;
  g_autoptr(CpCandidate) named_candidate = NULL;

  g_list_store_append (people, person);
  unnamed = cp_match_rank (need, G_LIST_MODEL (people), history, TODAY);
  unnamed_candidate = g_list_model_get_item (unnamed, 0);
  assert_reason (unnamed_candidate, "urban-farming: Basic, needs Working knowledge ✗");

  g_hash_table_insert (names, "urban-farming", "Urban farming");
  cp_match_history_set_area_names (history, names);
  named = cp_match_rank (need, G_LIST_MODEL (people), history, TODAY);
  named_candidate = g_list_model_get_item (named, 0);
  assert_reason (named_candidate, "Urban farming: Basic, needs Working knowledge ✗");
  assert_reason (named_candidate, "Housing: no experience, needs Basic ✗");
}

/* Everyone has a reason, and the properties the table binds to say the same as the
 * getters. */
static void
test_reasons_every_candidate (void)
{
  const NeedSpec need = { .languages = "es:b1", MARCH_12_20 };
  const PersonSpec specs[] = {
    { "Ana", 1, "es:b1" },
    { "Ben", 2 },
    { "Cas", 3, "es:c2", "housing:3", .free = "2007-01-01/2007-01-31" },
    { "Dee", 4, "es:b2", .municipality_id = ASKING_MUNICIPALITY },
  };
  g_autoptr(GListModel) ranked = rank_specs (&need, specs, G_N_ELEMENTS (specs));

  g_assert_cmpuint (g_list_model_get_n_items (ranked), ==, G_N_ELEMENTS (specs));
  g_assert_true (g_list_model_get_item_type (ranked) == CP_TYPE_CANDIDATE);
  g_assert_null (g_list_model_get_item (ranked, G_N_ELEMENTS (specs)));

  for (guint i = 0; i < g_list_model_get_n_items (ranked); i++)
    {
      g_autoptr(CpCandidate) candidate = g_list_model_get_item (ranked, i);
      g_autoptr(CpCandidate) again = g_list_model_get_item (ranked, i);
      g_auto(GStrv) reasons = cp_candidate_dup_reasons (candidate);
      g_autofree char *joined = g_strjoinv ("; ", reasons);
      g_autofree char *text = NULL;
      g_autofree char *name = NULL;
      g_autofree char *label = NULL;
      g_autofree char *expected_label = g_strdup_printf ("%.1f", cp_candidate_get_score (candidate));
      g_autoptr(CpPerson) person = NULL;
      gboolean excluded;
      guint rank;

      g_assert_true (candidate == again);
      g_assert_cmpuint (g_strv_length (reasons), >=, 1);
      g_object_get (candidate,
                    "reasons-text", &text,
                    "name", &name,
                    "score-label", &label,
                    "excluded", &excluded,
                    "rank", &rank,
                    "person", &person,
                    NULL);
      g_assert_cmpstr (text, ==, joined);
      g_assert_true (person == cp_candidate_get_person (candidate));
      g_assert_cmpstr (name, ==, cp_person_get_name (person));
      g_assert_cmpstr (label, ==, expected_label);
      g_assert_cmpint (excluded, ==, cp_candidate_get_excluded (candidate));
      g_assert_cmpuint (rank, ==, i + 1);
    }
}

/* A history added to in any order, for several people at once, keeps each one's. */
static void
test_history_mixed (void)
{
  const NeedSpec need_spec = { MARCH_12_20 };
  const PersonSpec specs[] = { { "Ana", 1 }, { "Ben", 2 }, { "Cor", 3 } };
  g_autoptr(CpNeed) need = make_need (&need_spec);
  g_autoptr(GListStore) people = g_list_store_new (CP_TYPE_PERSON);
  g_autoptr(CpMatchHistory) history = cp_match_history_new ();
  g_autoptr(GListModel) ranked = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
    {
      g_autoptr(CpPerson) person = make_person (&specs[i]);

      g_list_store_append (people, person);
    }

  for (guint round = 0; round < 6; round++)
    {
      g_autofree char *trip = g_strdup_printf ("2007-0%u-15", 5 - round % 5);
      g_autofree char *old_trip = g_strdup_printf ("200%u-01-01", round);
      g_autofree char *from = g_strdup_printf ("2007-0%u-21", round + 1);
      g_autofree char *to = g_strdup_printf ("2007-0%u-28", round + 1);

      /* Ana: five trips within the year (one twice), six free weeks none of
       * them in the need's period, earlier work elsewhere. */
      cp_match_history_add_work (history, 1, 100 + round);
      cp_match_history_add_trip (history, 1, trip);
      cp_match_history_add_availability (history, 1, from, to);
      /* Ben: old trips only, free 1–14 and 15–31 March, and work with this
       * partnership among others. */
      cp_match_history_add_trip (history, 2, old_trip);
      cp_match_history_add_work (history, 2, round == 3 ? PARTNERSHIP : 200 + round);
      if (round == 2)
        cp_match_history_add_availability (history, 2, "2007-03-15", "2007-03-31");
      if (round == 4)
        cp_match_history_add_availability (history, 2, "2007-03-01", "2007-03-14");
    }

  ranked = cp_match_rank (need, G_LIST_MODEL (people), history, TODAY);
  assert_reason (find_candidate (ranked, 1), "5 trips in the last 12 months");
  assert_reason (find_candidate (ranked, 1), "Not available 12–20 March 2007 ✗");
  g_assert_false (has_reason_containing (find_candidate (ranked, 1), "partnership"));
  assert_reason (find_candidate (ranked, 2), "No trips in the last 12 months");
  assert_reason (find_candidate (ranked, 2), "Available 12–20 March 2007 ✓");
  assert_reason (find_candidate (ranked, 2), "Has worked with this partnership before");
  assert_reason (find_candidate (ranked, 3), "No availability recorded");
  assert_reason (find_candidate (ranked, 3), "No trips in the last 12 months");
}

static void
test_empty (void)
{
  const NeedSpec need_spec = { NULL };
  g_autoptr(CpNeed) need = make_need (&need_spec);
  g_autoptr(GListStore) people = g_list_store_new (CP_TYPE_PERSON);
  g_autoptr(GListModel) ranked = cp_match_rank (need, G_LIST_MODEL (people), NULL, TODAY);

  g_assert_cmpuint (g_list_model_get_n_items (ranked), ==, 0);
  g_assert_null (g_list_model_get_item (ranked, 0));
}

int
main (int    argc,
      char **argv)
{
  /* English words and month names, whatever the machine’s locale. */
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_setenv ("LANGUAGE", "en", TRUE);
  setlocale (LC_ALL, "");

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/matching/weights", test_weights);
  for (guint i = 0; i < G_N_ELEMENTS (exclusion_cases); i++)
    g_test_add_data_func (exclusion_cases[i].path, &exclusion_cases[i], test_exclusion);
  g_test_add_func ("/matching/exclusion/ranked-last", test_exclusion_order);
  for (guint i = 0; i < G_N_ELEMENTS (factor_cases); i++)
    g_test_add_data_func (factor_cases[i].path, &factor_cases[i], test_factor);
  for (guint i = 0; i < G_N_ELEMENTS (score_cases); i++)
    g_test_add_data_func (score_cases[i].path, &score_cases[i], test_score);
  g_test_add_func ("/matching/score/shares", test_score_shares);
  g_test_add_func ("/matching/order/ties", test_order_ties);
  g_test_add_func ("/matching/order/shuffled", test_order_shuffled);
  g_test_add_func ("/matching/order/long-names", test_order_long_names);
  g_test_add_func ("/matching/order/many", test_order_many);
  g_test_add_func ("/matching/order/rename", test_order_rename);
  g_test_add_func ("/matching/profile/edited", test_profile_edited);
  g_test_add_func ("/matching/reasons/words", test_reasons_words);
  g_test_add_func ("/matching/reasons/area-names", test_reasons_area_names);
  g_test_add_func ("/matching/reasons/every-candidate", test_reasons_every_candidate);
  g_test_add_func ("/matching/history/mixed", test_history_mixed);
  g_test_add_func ("/matching/empty", test_empty);

  return g_test_run ();
}
