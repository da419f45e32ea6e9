/* cp-matching.c: ranking people for a partner's need
 *
 * Utrecht selects the participants of its partnership with León on interviews and CVs:
 * “not only technical expertise but also knowledge of the Spanish language and
 * experience with working in developing countries are considered, as well as the
 * ability to understand the way of working of the Southern partner”, “to prevent the
 * involvement of staff that merely seek the opportunity to travel” (source 000 §6.1.2,
 * L7322–7330). Cooperation is demand-driven: the partner's need comes first and people
 * are matched to it (L7230–7238). The ranking here is that selection made explicit, so
 * that the officer can see and defend it; it proposes, the officer decides.
 *
 * Ranking 20,000 people must stay under 20 ms, so the ranking itself only does
 * arithmetic: the need is parsed once; what matching needs of a person (the fields,
 * the skills parsed, the name's collation key) is read from the record once and kept
 * on the person as a profile, made again when one of those fields changes; each
 * person's history is one block; the levels found are kept in one block shared by the
 * candidates of a ranking; the reasons are written only when someone asks for them,
 * and candidates are made only when the list is asked for them. Scores are whole
 * tenths, so the order is a counting sort, and only equal scores are compared by
 * name. The people must not change while they are ranked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "cp-enum-types.h"
#include "cp-expertise.h"
#include "cp-language.h"
#include "cp-matching.h"
#include "cp-partial-date.h"

/* The weights, in points out of 100, shown in Preferences. The study's criteria
 * (L7184–7186, L7322–7330) are technical expertise first, then language, experience
 * of the region and intercultural understanding; continuity and fairness answer two
 * risks the study names. Regional experience, intercultural experience and continuity
 * are yes-or-no, so each counts either fully or not at all. */
static const struct
{
  guint       weight;
  const char *label;
} factors[CP_MATCH_N_FACTORS] = {
  /* The partner asks for know-how (“matching existing expertise with the partner
   * city’s needs”, L7236–7237; Amstelveen and Alphen “match staff positions with the
   * technical requirements of partnership projects”, L7275, L7322): nearly half the
   * score, so that no other factor makes up for the lack of it. */
  [CP_MATCH_FACTOR_EXPERTISE] = { 45, N_("Expertise") },
  /* “Knowledge of the Spanish language” (L7324). The minimum is a hard requirement;
   * above it, better command weighs, but far less than expertise. */
  [CP_MATCH_FACTOR_LANGUAGE] = { 15, N_("Languages") },
  /* “Experience with working in developing countries” (L7324–7325) and “knowledge of
   * the partner country” (L7185–7186). */
  [CP_MATCH_FACTOR_REGION] = { 10, N_("Experience in the partner’s region") },
  /* “The ability to understand the way of working of the Southern partner”
   * (L7325–7326) and “cultural understanding” (L7185). */
  [CP_MATCH_FACTOR_INTERCULTURAL] = { 10, N_("Intercultural experience") },
  /* Partnerships suffer when people change and knowledge leaves with them
   * (L7849–7860); someone who worked with this partner before carries it on. */
  [CP_MATCH_FACTOR_CONTINUITY] = { 10, N_("Earlier work with this partnership") },
  /* Against “staff that merely seek the opportunity to travel” (L7328): the more
   * trips in the last 12 months, the fewer points, so that the work is shared. */
  [CP_MATCH_FACTOR_FAIRNESS] = { 10, N_("Few recent trips") },
};

/* The share of the fairness weight for 0, 1, 2 and 3 or more trips, in per cent. */
static const guint fairness_percent[] = { 100, 66, 33, 0 };

#define TRIP_WINDOW_DAYS 365

guint
cp_match_factor_get_weight (CpMatchFactor factor)
{
  g_return_val_if_fail ((guint) factor < CP_MATCH_N_FACTORS, 0);

  return factors[factor].weight;
}

const char *
cp_match_factor_get_label (CpMatchFactor factor)
{
  g_return_val_if_fail ((guint) factor < CP_MATCH_N_FACTORS, "");

  return _(factors[factor].label);
}

/* CpMatchHistory */

typedef struct
{
  guint32 starts_on;   /* julian days, both counted */
  guint32 ends_on;
} Period;

/* One person's past and plans in one block, so that ranking finds them in one place
 * in memory: partnerships (gint64, each once), then free periods (Period, sorted by
 * start), then trips (guint32 julian days, sorted, each once). */
typedef struct
{
  gint64  person_id;        /* the table's key points here */
  guint   n_partnerships;
  guint   n_periods;
  guint   n_trips;
  guint   capacity;         /* of data, in 8-byte words */
  guint64 data[];
} PersonHistory;

G_STATIC_ASSERT (sizeof (Period) == sizeof (guint64));

static const gint64 *
person_history_get_partnerships (const PersonHistory *history)
{
  return (const gint64 *) history->data;
}

static Period *
person_history_get_periods (const PersonHistory *history)
{
  return (Period *) (history->data + history->n_partnerships);
}

static guint32 *
person_history_get_trips (const PersonHistory *history)
{
  return (guint32 *) (history->data + history->n_partnerships + history->n_periods);
}

static guint
person_history_get_words (const PersonHistory *history)
{
  return history->n_partnerships + history->n_periods + (history->n_trips + 1) / 2;
}

struct _CpMatchHistory
{
  gatomicrefcount  ref_count;
  GHashTable      *people;       /* &person_id → PersonHistory */
  GHashTable      *area_names;   /* key → name, or NULL */
};

CpMatchHistory *
cp_match_history_new (void)
{
  CpMatchHistory *self = g_new0 (CpMatchHistory, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->people = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
  return self;
}

CpMatchHistory *
cp_match_history_ref (CpMatchHistory *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
cp_match_history_unref (CpMatchHistory *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_hash_table_unref (self->people);
  g_clear_pointer (&self->area_names, g_hash_table_unref);
  g_free (self);
}

/* The person's block with room for @words more words of data; it may move. */
static PersonHistory *
ensure_person (CpMatchHistory *self,
               gint64          person_id,
               guint           words)
{
  PersonHistory *history = g_hash_table_lookup (self->people, &person_id);
  guint needed;

  if (history == NULL)
    {
      history = g_malloc0 (sizeof (PersonHistory) + 2 * sizeof (guint64));
      history->person_id = person_id;
      history->capacity = 2;
      g_hash_table_insert (self->people, &history->person_id, history);
    }

  needed = person_history_get_words (history) + words;
  if (needed > history->capacity)
    {
      g_hash_table_steal (self->people, &person_id);
      history = g_realloc (history, sizeof (PersonHistory) + 2 * needed * sizeof (guint64));
      history->capacity = 2 * needed;
      g_hash_table_insert (self->people, &history->person_id, history);
    }
  return history;
}

static gboolean
parse_day (const char *iso,
           guint32    *julian)
{
  GDate date;

  if (iso == NULL || !cp_partial_date_to_gdate (iso, &date))
    return FALSE;
  *julian = g_date_get_julian (&date);
  return TRUE;
}

void
cp_match_history_add_work (CpMatchHistory *self,
                           gint64          person_id,
                           gint64          partnership_id)
{
  PersonHistory *history;
  guint64 *data;

  g_return_if_fail (self != NULL);

  history = ensure_person (self, person_id, 1);
  for (guint i = 0; i < history->n_partnerships; i++)
    if (person_history_get_partnerships (history)[i] == partnership_id)
      return;
  /* Make room after the partnerships. */
  data = history->data + history->n_partnerships;
  memmove (data + 1, data, (person_history_get_words (history) - history->n_partnerships) * sizeof (guint64));
  memcpy (data, &partnership_id, sizeof (gint64));
  history->n_partnerships++;
}

void
cp_match_history_add_trip (CpMatchHistory *self,
                           gint64          person_id,
                           const char     *iso_day)
{
  PersonHistory *history;
  guint32 *trips;
  guint32 day;
  guint i;

  g_return_if_fail (self != NULL);

  if (!parse_day (iso_day, &day))
    return;
  history = ensure_person (self, person_id, 1);
  trips = person_history_get_trips (history);
  /* One person cannot set out twice on one day: the same trip reached us twice
   * (two needs of one visit, say). */
  for (i = 0; i < history->n_trips && trips[i] < day; i++)
    ;
  if (i < history->n_trips && trips[i] == day)
    return;
  memmove (trips + i + 1, trips + i, (history->n_trips - i) * sizeof (guint32));
  trips[i] = day;
  history->n_trips++;
}

void
cp_match_history_add_availability (CpMatchHistory *self,
                                   gint64          person_id,
                                   const char     *starts_on,
                                   const char     *ends_on)
{
  PersonHistory *history;
  Period period;
  Period *periods;
  guint64 *trips;
  guint i;

  g_return_if_fail (self != NULL);

  /* The store keeps only valid periods; anything else says nothing of the person. */
  if (!parse_day (starts_on, &period.starts_on) || !parse_day (ends_on, &period.ends_on) ||
      period.ends_on < period.starts_on)
    return;
  history = ensure_person (self, person_id, 1);
  /* Make room after the periods. */
  trips = history->data + history->n_partnerships + history->n_periods;
  memmove (trips + 1, trips, (history->n_trips + 1) / 2 * sizeof (guint64));
  periods = person_history_get_periods (history);
  for (i = 0; i < history->n_periods && periods[i].starts_on <= period.starts_on; i++)
    ;
  memmove (periods + i + 1, periods + i, (history->n_periods - i) * sizeof (Period));
  periods[i] = period;
  history->n_periods++;
}

void
cp_match_history_set_area_names (CpMatchHistory *self,
                                 GHashTable     *names)
{
  g_return_if_fail (self != NULL);

  if (names != NULL)
    g_hash_table_ref (names);
  g_clear_pointer (&self->area_names, g_hash_table_unref);
  self->area_names = names;
}

/* One ranking: the need's requirements, parsed once, and what each person has of
 * them, in rank order. The list and its candidates share it; the reasons are written
 * from it when asked for, so they say what the score was made of even if the person
 * is edited afterwards. */

typedef struct
{
  char             *key;
  gsize             key_length;
  CpExpertiseLevel  level;
} RequiredArea;

/* Language codes (ISO 639-1, two letters) are compared as numbers: see pack_code(). */
typedef struct
{
  const char  *code;          /* the language table's */
  guint32      packed;
  CpCefrLevel  minimum;
} RequiredLanguage;

typedef enum
{
  AVAILABILITY_NO_PERIOD,     /* the need names no period */
  AVAILABILITY_NOT_RECORDED,  /* counts as free */
  AVAILABILITY_COVERED,
  AVAILABILITY_PARTLY,
  AVAILABILITY_NONE,          /* excludes */
} Availability;

typedef struct
{
  guint32 code;               /* packed */
  guint8  level;              /* CpCefrLevel */
} KnownLanguage;

typedef struct
{
  guint32 key;                /* the offset of the key in the profile */
  guint16 key_length;
  guint8  level;              /* CpExpertiseLevel */
} KnownArea;

/* What matching reads of a person, made from the record once and kept on the person
 * (qdata) for the next rankings: reading a record's fields costs more than all the
 * rest of a match. A notify handler marks it stale when one of those fields changes.
 * Counted references, so that two rankings in two threads do not free it under each
 * other. One block: the arrays and the collation key follow the struct. */
typedef struct
{
  gint           stale;       /* atomic */
  gboolean       regional;
  gboolean       intercultural;
  guint          n_languages;
  guint          n_areas;
  gint64         id;
  gint64         municipality_id;
  KnownLanguage *languages;
  KnownArea     *areas;
  guint64        name_prefix[2];  /* the name's collation key's first 16 bytes, big-endian */
  const char    *name_rest;       /* the key after them; NULL when it ends within them */
  /* then the languages, the areas, their keys and the collation key */
} Profile;

/* A language code as a number, for comparing; 0 for none that fits. */
static guint32
pack_code (const char *code,
           gsize       length)
{
  guint32 packed = 0;

  if (length == 0 || length > 4)
    return 0;
  for (gsize i = 0; i < length; i++)
    packed = packed << 8 | (guchar) code[i];
  return packed;
}

typedef struct
{
  CpPerson   *person;
  gint64      id;
  int         order;          /* the score in tenths of a point; -1 when excluded */
  guint       slot;           /* the row of the person's levels */
  guint       trips;          /* in the last 12 months */
  guint       availability : 3;
  guint       own_municipality : 1;
  guint       language_short : 1;
  guint       regional : 1;
  guint       intercultural : 1;
  guint       continuity : 1;
  Profile    *profile;        /* only while ranking */
} Match;

/* What ordering by name looks at, 32 bytes so that sorting moves little and stays in
 * the cache: the collation key's first 16 bytes as two big-endian numbers, then the
 * rest. */
typedef struct
{
  guint64     prefix[2];
  const char *rest;           /* NULL when the key ends within the prefix */
  guint       index;          /* of the match */
} NameOrder;

typedef struct
{
  gint64      partnership_id;
  gint64      requested_by_id;
  GArray     *areas;          /* RequiredArea */
  GArray     *languages;      /* RequiredLanguage */
  gboolean    has_period;
  Period      period;
  char       *starts_on;
  char       *ends_on;
  guint32     today;
  GHashTable *area_names;
  /* A row of (areas + languages) bytes for each person: the level in each area (0
   * without it), then each language's CEFR level + 1 (0 without it). */
  guint8     *levels;
  guint       stride;
  Match      *matches;        /* in rank order */
  guint       n_matches;
  NameOrder  *names;          /* only while ranking, in the order of the matches */
} MatchRun;

static void
clear_required_area (gpointer data)
{
  g_free (((RequiredArea *) data)->key);
}

static void
match_run_clear (gpointer data)
{
  MatchRun *run = data;

  for (guint i = 0; i < run->n_matches; i++)
    g_object_unref (run->matches[i].person);
  g_clear_pointer (&run->matches, g_free);
  g_clear_pointer (&run->areas, g_array_unref);
  g_clear_pointer (&run->languages, g_array_unref);
  g_clear_pointer (&run->starts_on, g_free);
  g_clear_pointer (&run->ends_on, g_free);
  g_clear_pointer (&run->area_names, g_hash_table_unref);
  g_clear_pointer (&run->levels, g_free);
  g_clear_pointer (&run->names, g_free);
}

static void
match_run_unref (MatchRun *run)
{
  g_atomic_rc_box_release_full (run, match_run_clear);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MatchRun, match_run_unref)

static MatchRun *
match_run_new (CpNeed         *need,
               CpMatchHistory *history,
               guint32         today,
               guint           n_people)
{
  MatchRun *run = g_atomic_rc_box_new0 (MatchRun);
  const char * const *expertise = cp_need_get_expertise (need);
  const char * const *languages = cp_need_get_languages (need);

  run->partnership_id = cp_need_get_partnership_id (need);
  run->requested_by_id = cp_need_get_requested_by_id (need);
  run->today = today;

  run->areas = g_array_new (FALSE, FALSE, sizeof (RequiredArea));
  g_array_set_clear_func (run->areas, clear_required_area);
  for (guint i = 0; expertise != NULL && expertise[i] != NULL; i++)
    {
      RequiredArea area;

      if (!cp_expertise_skill_split (expertise[i], &area.key_length, &area.level))
        continue;
      area.key = g_strndup (expertise[i], area.key_length);
      g_array_append_val (run->areas, area);
    }

  run->languages = g_array_new (FALSE, FALSE, sizeof (RequiredLanguage));
  for (guint i = 0; languages != NULL && languages[i] != NULL; i++)
    {
      RequiredLanguage language;

      if (!cp_language_skill_split (languages[i], &language.code, &language.minimum))
        continue;
      language.packed = pack_code (language.code, strlen (language.code));
      g_array_append_val (run->languages, language);
    }

  run->has_period = parse_day (cp_need_get_starts_on (need), &run->period.starts_on) &&
                    parse_day (cp_need_get_ends_on (need), &run->period.ends_on) &&
                    run->period.starts_on <= run->period.ends_on;
  if (run->has_period)
    {
      run->starts_on = g_strdup (cp_need_get_starts_on (need));
      run->ends_on = g_strdup (cp_need_get_ends_on (need));
    }

  if (history != NULL && history->area_names != NULL)
    run->area_names = g_hash_table_ref (history->area_names);

  run->stride = run->areas->len + run->languages->len;
  run->levels = g_malloc0_n (MAX (n_people, 1), MAX (run->stride, 1));
  run->matches = g_new0 (Match, MAX (n_people, 1));
  run->names = g_new (NameOrder, MAX (n_people, 1));
  return run;
}

static const guint8 *
match_get_levels (const MatchRun *run,
                  const Match    *match)
{
  return run->levels + (gsize) match->slot * run->stride;
}

/* The score in tenths of a point. Each factor is an exact fraction (the mean of
 * min (1, level / required) over the areas is a number of twelfths over the number of
 * areas), the sum is rounded half up once, so the same data gives the same score, and
 * the same order, on every machine. */
static int
compute_score_tenths (const MatchRun *run,
                      const Match    *match)
{
  const guint8 *levels = match_get_levels (run, match);
  gint64 n_areas = MAX (run->areas->len, 1);
  gint64 n_languages = MAX (run->languages->len, 1);
  gint64 denominator = 12 * n_areas * 10 * n_languages * 100;
  gint64 expertise = 0;    /* twelfths, summed over the areas */
  gint64 language = 0;     /* tenths, summed over the languages */
  gint64 flags = 0;        /* weight × 10, the all-or-nothing factors */
  gint64 numerator;

  /* Nothing asked for is nothing missing: the full share. */
  if (run->areas->len == 0)
    expertise = 12;
  for (guint i = 0; i < run->areas->len; i++)
    {
      const RequiredArea *area = &g_array_index (run->areas, RequiredArea, i);

      expertise += MIN (12, 12 * levels[i] / area->level);
    }

  if (run->languages->len == 0)
    language = 10;
  for (guint i = 0; i < run->languages->len; i++)
    {
      const RequiredLanguage *required = &g_array_index (run->languages, RequiredLanguage, i);
      int above = (int) levels[run->areas->len + i] - 1 - (int) required->minimum;

      /* 0.8 at the minimum, 0.1 more for each CEFR level above it. */
      language += MIN (10, 8 + MAX (above, 0));
    }

  if (match->regional)
    flags += factors[CP_MATCH_FACTOR_REGION].weight * 10;
  if (match->intercultural)
    flags += factors[CP_MATCH_FACTOR_INTERCULTURAL].weight * 10;
  if (match->continuity)
    flags += factors[CP_MATCH_FACTOR_CONTINUITY].weight * 10;

  numerator = factors[CP_MATCH_FACTOR_EXPERTISE].weight * 10 * expertise * (10 * n_languages * 100) +
              factors[CP_MATCH_FACTOR_LANGUAGE].weight * 10 * language * (12 * n_areas * 100) +
              factors[CP_MATCH_FACTOR_FAIRNESS].weight * 10 *
                (gint64) fairness_percent[MIN (match->trips, G_N_ELEMENTS (fairness_percent) - 1)] *
                (12 * n_areas * 10 * n_languages) +
              flags * denominator;
  return (int) ((2 * numerator + denominator) / (2 * denominator));
}

/* CpCandidate: one row of a ranking, a view of its Match. */

struct _CpCandidate
{
  GObject   parent_instance;

  MatchRun *run;
  guint     position;
};

G_DEFINE_FINAL_TYPE (CpCandidate, cp_candidate, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PERSON,
  PROP_NAME,
  PROP_SCORE,
  PROP_SCORE_LABEL,
  PROP_EXCLUDED,
  PROP_RANK,
  PROP_REASONS_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const Match *
candidate_get_match (CpCandidate *self)
{
  return &self->run->matches[self->position];
}

static char *
dup_reasons_text (CpCandidate *self)
{
  g_auto(GStrv) reasons = cp_candidate_dup_reasons (self);

  return g_strjoinv ("; ", reasons);
}

static void
cp_candidate_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CpCandidate *self = CP_CANDIDATE (object);

  switch (prop_id)
    {
    case PROP_PERSON:
      g_value_set_object (value, cp_candidate_get_person (self));
      break;
    case PROP_NAME:
      g_value_set_string (value, cp_person_get_name (cp_candidate_get_person (self)));
      break;
    case PROP_SCORE:
      g_value_set_double (value, cp_candidate_get_score (self));
      break;
    case PROP_SCORE_LABEL:
      /* In the user's locale: “82,5” in Dutch. */
      g_value_take_string (value, g_strdup_printf ("%.1f", cp_candidate_get_score (self)));
      break;
    case PROP_EXCLUDED:
      g_value_set_boolean (value, cp_candidate_get_excluded (self));
      break;
    case PROP_RANK:
      g_value_set_uint (value, cp_candidate_get_rank (self));
      break;
    case PROP_REASONS_TEXT:
      g_value_take_string (value, dup_reasons_text (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cp_candidate_finalize (GObject *object)
{
  CpCandidate *self = CP_CANDIDATE (object);

  g_clear_pointer (&self->run, match_run_unref);

  G_OBJECT_CLASS (cp_candidate_parent_class)->finalize (object);
}

static void
cp_candidate_class_init (CpCandidateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->get_property = cp_candidate_get_property;
  object_class->finalize = cp_candidate_finalize;

  properties[PROP_PERSON] = g_param_spec_object ("person", NULL, NULL, CP_TYPE_PERSON, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_SCORE] = g_param_spec_double ("score", NULL, NULL, 0, 100, 0, flags);
  properties[PROP_SCORE_LABEL] = g_param_spec_string ("score-label", NULL, NULL, NULL, flags);
  properties[PROP_EXCLUDED] = g_param_spec_boolean ("excluded", NULL, NULL, FALSE, flags);
  properties[PROP_RANK] = g_param_spec_uint ("rank", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_REASONS_TEXT] = g_param_spec_string ("reasons-text", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cp_candidate_init (CpCandidate *self)
{
}

static CpCandidate *
candidate_new (MatchRun *run,
               guint     position)
{
  CpCandidate *self = g_object_new (CP_TYPE_CANDIDATE, NULL);

  self->run = g_atomic_rc_box_acquire (run);
  self->position = position;
  return self;
}

CpPerson *
cp_candidate_get_person (CpCandidate *self)
{
  g_return_val_if_fail (CP_IS_CANDIDATE (self), NULL);

  return candidate_get_match (self)->person;
}

gboolean
cp_candidate_get_excluded (CpCandidate *self)
{
  g_return_val_if_fail (CP_IS_CANDIDATE (self), FALSE);

  return candidate_get_match (self)->order < 0;
}

double
cp_candidate_get_score (CpCandidate *self)
{
  int order;

  g_return_val_if_fail (CP_IS_CANDIDATE (self), 0);

  order = candidate_get_match (self)->order;
  return order < 0 ? 0 : order / 10.0;
}

guint
cp_candidate_get_rank (CpCandidate *self)
{
  g_return_val_if_fail (CP_IS_CANDIDATE (self), 0);

  return self->position + 1;
}

/* “12–20 March 2007”, or both dates in full when the months differ. */
static char *
format_period (const MatchRun *run)
{
  g_autofree char *starts = NULL;
  g_autofree char *ends = cp_partial_date_format (run->ends_on);
  GDate a, b;

  g_date_clear (&a, 1);
  g_date_clear (&b, 1);
  g_date_set_julian (&a, run->period.starts_on);
  g_date_set_julian (&b, run->period.ends_on);
  if (run->period.starts_on == run->period.ends_on)
    return g_steal_pointer (&ends);
  if (g_date_get_month (&a) == g_date_get_month (&b) && g_date_get_year (&a) == g_date_get_year (&b))
    /* Translators: a period within one month, e.g. “12–20 March 2007”: the first
     * day, then the last date in full (“20 March 2007”). To change their order, write
     * %2$s for the date and %1$d for the day. */
    return g_strdup_printf (C_("period", "%d–%s"), g_date_get_day (&a), ends);

  starts = cp_partial_date_format (run->starts_on);
  /* Translators: a period over two months or years, e.g. “28 March 2007 – 3 April
   * 2007”: the first date, then the last. */
  return g_strdup_printf (C_("period", "%s – %s"), starts, ends);
}

static const char *
area_label (const MatchRun     *run,
            const RequiredArea *area)
{
  const char *label = cp_expertise_builtin_label (area->key);

  if (label == NULL && run->area_names != NULL)
    label = g_hash_table_lookup (run->area_names, area->key);
  return label != NULL ? label : area->key;
}

static void
add_text (GPtrArray  *reasons,
          const char *text)
{
  g_ptr_array_add (reasons, g_strdup (text));
}

static void
add_expertise_reasons (GPtrArray      *reasons,
                       const MatchRun *run,
                       const guint8   *levels)
{
  for (guint i = 0; i < run->areas->len; i++)
    {
      const RequiredArea *area = &g_array_index (run->areas, RequiredArea, i);
      const char *needed = cp_expertise_level_to_label (area->level);

      if (levels[i] == 0)
        g_ptr_array_add (reasons, g_strdup_printf (
          /* Translators: an area of expertise the person lacks and the level the
           * partner asks for, e.g. “Housing: no experience, needs Advanced ✗”. To
           * change their order, write %1$s for the area and %2$s for the level. */
          C_("expertise reason", "%s: no experience, needs %s ✗"), area_label (run, area), needed));
      else if (levels[i] >= area->level)
        g_ptr_array_add (reasons, g_strdup_printf (
          /* Translators: an area of expertise, the person’s level in it and the level
           * the partner asks for, e.g. “Housing: Expert, needs Advanced ✓”. To change
           * their order, write %1$s for the area, %2$s for the person’s level and %3$s
           * for the level asked for. */
          C_("expertise reason", "%s: %s, needs %s ✓"), area_label (run, area),
          cp_expertise_level_to_label (levels[i]), needed));
      else
        g_ptr_array_add (reasons, g_strdup_printf (
          /* Translators: as “%s: %s, needs %s ✓”, with a level below the one asked
           * for, e.g. “Housing: Working knowledge, needs Advanced ✗”. To change their
           * order, write %1$s for the area, %2$s for the person’s level and %3$s for
           * the level asked for. */
          C_("expertise reason", "%s: %s, needs %s ✗"), area_label (run, area),
          cp_expertise_level_to_label (levels[i]), needed));
    }
}

/* The languages below the minimum (@short_of_minimum), or those that meet it. */
static void
add_language_reasons (GPtrArray      *reasons,
                      const MatchRun *run,
                      const guint8   *levels,
                      gboolean        short_of_minimum)
{
  for (guint i = 0; i < run->languages->len; i++)
    {
      const RequiredLanguage *required = &g_array_index (run->languages, RequiredLanguage, i);
      guint8 level = levels[run->areas->len + i];
      g_autofree char *name = NULL;
      const char *minimum = cp_cefr_level_to_label (required->minimum);

      if (short_of_minimum != (level == 0 || level - 1 < (int) required->minimum))
        continue;
      name = cp_language_dup_name (required->code);

      if (level == 0)
        g_ptr_array_add (reasons, g_strdup_printf (
          /* Translators: a language the person does not speak and the CEFR level the
           * partner asks for, e.g. “Speaks no Spanish, needs B2 ✗”. To change their
           * order, write %1$s for the language and %2$s for the level. */
          C_("language reason", "Speaks no %s, needs %s ✗"), name, minimum));
      else if (level - 1 >= (int) required->minimum)
        g_ptr_array_add (reasons, g_strdup_printf (
          /* Translators: a person’s command of a language against the partner’s
           * minimum, e.g. “C1 Spanish, needs B2 ✓”: the person’s CEFR level, the
           * language, the level asked for. To change their order, write %1$s for the
           * person’s level, %2$s for the language and %3$s for the level asked for,
           * e.g. “%2$s %1$s, …” or “%2$s (nivel %1$s), …”. */
          C_("language reason", "%s %s, needs %s ✓"), cp_cefr_level_to_label (level - 1), name, minimum));
      else
        g_ptr_array_add (reasons, g_strdup_printf (
          /* Translators: as “%s %s, needs %s ✓”, below the minimum, e.g. “B1 Spanish,
           * needs B2 ✗”. To change their order, write %1$s for the person’s level, %2$s
           * for the language and %3$s for the level asked for. */
          C_("language reason", "%s %s, needs %s ✗"), cp_cefr_level_to_label (level - 1), name, minimum));
    }
}

GStrv
cp_candidate_dup_reasons (CpCandidate *self)
{
  const MatchRun *run;
  const Match *match;
  g_autofree char *period = NULL;
  GPtrArray *reasons;

  g_return_val_if_fail (CP_IS_CANDIDATE (self), NULL);

  run = self->run;
  match = candidate_get_match (self);
  reasons = g_ptr_array_new ();
  if (run->has_period)
    period = format_period (run);

  /* What excludes first, then the factors by weight. */
  if (match->own_municipality)
    add_text (reasons, _("Works for the municipality that asked ✗"));
  if (match->availability == AVAILABILITY_NONE)
    /* Translators: %s is the period the partner asks for, e.g. “12–20 March 2007” */
    g_ptr_array_add (reasons, g_strdup_printf (_("Not available %s ✗"), period));
  add_language_reasons (reasons, run, match_get_levels (run, match), TRUE);

  add_expertise_reasons (reasons, run, match_get_levels (run, match));
  add_language_reasons (reasons, run, match_get_levels (run, match), FALSE);

  if (match->regional)
    add_text (reasons, _(factors[CP_MATCH_FACTOR_REGION].label));
  if (match->intercultural)
    add_text (reasons, _(factors[CP_MATCH_FACTOR_INTERCULTURAL].label));
  if (match->continuity)
    add_text (reasons, _("Has worked with this partnership before"));

  if (match->availability == AVAILABILITY_COVERED)
    /* Translators: %s is the period the partner asks for, e.g. “12–20 March 2007” */
    g_ptr_array_add (reasons, g_strdup_printf (_("Available %s ✓"), period));
  else if (match->availability == AVAILABILITY_PARTLY)
    /* Translators: the person is free on some days of the period the partner asks
     * for (%s, e.g. “12–20 March 2007”), not all */
    g_ptr_array_add (reasons, g_strdup_printf (_("Partly available %s"), period));
  else if (match->availability == AVAILABILITY_NOT_RECORDED)
    add_text (reasons, _("No availability recorded"));

  if (match->trips == 0)
    add_text (reasons, _("No trips in the last 12 months"));
  else
    g_ptr_array_add (reasons, g_strdup_printf (
      g_dngettext (GETTEXT_PACKAGE, "%u trip in the last 12 months",
                   "%u trips in the last 12 months", match->trips), match->trips));

  g_ptr_array_add (reasons, NULL);
  return (GStrv) g_ptr_array_free (reasons, FALSE);
}

/* The ranking as a list: candidates are made when the list is asked for them, since a
 * view shows a few dozen of the thousands ranked. Private to this file. */

#define CP_TYPE_MATCH_LIST (cp_match_list_get_type ())

G_DECLARE_FINAL_TYPE (CpMatchList, cp_match_list, CP, MATCH_LIST, GObject)

struct _CpMatchList
{
  GObject       parent_instance;

  MatchRun     *run;
  CpCandidate **candidates;   /* made on demand */
};

static GType
cp_match_list_get_item_type (GListModel *model)
{
  return CP_TYPE_CANDIDATE;
}

static guint
cp_match_list_get_n_items (GListModel *model)
{
  return CP_MATCH_LIST (model)->run->n_matches;
}

static gpointer
cp_match_list_get_item (GListModel *model,
                        guint       position)
{
  CpMatchList *self = CP_MATCH_LIST (model);

  if (position >= self->run->n_matches)
    return NULL;
  if (self->candidates[position] == NULL)
    self->candidates[position] = candidate_new (self->run, position);
  return g_object_ref (self->candidates[position]);
}

static void
cp_match_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = cp_match_list_get_item_type;
  iface->get_n_items = cp_match_list_get_n_items;
  iface->get_item = cp_match_list_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (CpMatchList, cp_match_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, cp_match_list_model_init))

static void
cp_match_list_finalize (GObject *object)
{
  CpMatchList *self = CP_MATCH_LIST (object);

  for (guint i = 0; i < self->run->n_matches; i++)
    g_clear_object (&self->candidates[i]);
  g_free (self->candidates);
  g_clear_pointer (&self->run, match_run_unref);

  G_OBJECT_CLASS (cp_match_list_parent_class)->finalize (object);
}

static void
cp_match_list_class_init (CpMatchListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cp_match_list_finalize;
}

static void
cp_match_list_init (CpMatchList *self)
{
}

static GListModel *
match_list_new (MatchRun *run)
{
  CpMatchList *self = g_object_new (CP_TYPE_MATCH_LIST, NULL);

  self->run = g_atomic_rc_box_acquire (run);
  self->candidates = g_new0 (CpCandidate *, MAX (run->n_matches, 1));
  return G_LIST_MODEL (self);
}

/* Ranking */

static GQuark profile_quark;

/* The person's fields, read from the record's storage by GParamSpec: a getter looks
 * the property up by name first. */
static struct
{
  GParamSpec *id;
  GParamSpec *name;
  GParamSpec *municipality_id;
  GParamSpec *languages;
  GParamSpec *expertise;
  GParamSpec *regional;
  GParamSpec *intercultural;
  const char *cefr_nicks[CP_CEFR_LEVEL_C2 + 1];
} fields;

static void
ensure_fields (void)
{
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      GObjectClass *klass = g_type_class_ref (CP_TYPE_PERSON);

      fields.id = g_object_class_find_property (klass, "id");
      fields.name = g_object_class_find_property (klass, "name");
      fields.municipality_id = g_object_class_find_property (klass, "municipality-id");
      fields.languages = g_object_class_find_property (klass, "languages");
      fields.expertise = g_object_class_find_property (klass, "expertise");
      fields.regional = g_object_class_find_property (klass, "regional-experience");
      fields.intercultural = g_object_class_find_property (klass, "intercultural-experience");
      for (guint i = 0; i < G_N_ELEMENTS (fields.cefr_nicks); i++)
        fields.cefr_nicks[i] = cp_enum_to_nick (CP_TYPE_CEFR_LEVEL, i);
      profile_quark = g_quark_from_static_string ("cp-matching-profile");
      /* A static type's class stays. */
      g_type_class_unref (klass);
      g_once_init_leave (&initialized, 1);
    }
}

#define PEEK(person, field) (cp_record_peek_value ((CpRecord *) (person), fields.field))

static gpointer
acquire_profile (gpointer data,
                 gpointer user_data)
{
  return data != NULL ? g_atomic_rc_box_acquire (data) : NULL;
}

static void
release_profile (gpointer data)
{
  g_atomic_rc_box_release (data);
}

static void
on_person_notify (GObject    *person,
                  GParamSpec *pspec,
                  gpointer    user_data)
{
  Profile *profile;

  if (pspec != fields.id && pspec != fields.name && pspec != fields.municipality_id &&
      pspec != fields.languages && pspec != fields.expertise && pspec != fields.regional &&
      pspec != fields.intercultural)
    return;
  if ((profile = g_object_get_qdata (person, profile_quark)) != NULL)
    g_atomic_int_set (&profile->stale, TRUE);
}

/* Reads a stored language skill (“es:c1”) in place; FALSE when it is not one. */
static gboolean
read_language_skill (const char    *skill,
                     KnownLanguage *known)
{
  const char *colon = strchr (skill, ':');

  if (colon == NULL || (known->code = pack_code (skill, colon - skill)) == 0)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (fields.cefr_nicks); i++)
    if (strcmp (colon + 1, fields.cefr_nicks[i]) == 0)
      {
        known->level = i;
        return TRUE;
      }
  return FALSE;
}

static Profile *
make_profile (CpPerson *person)
{
  const char * const *languages = g_value_get_boxed (PEEK (person, languages));
  const char * const *expertise = g_value_get_boxed (PEEK (person, expertise));
  const char *name = g_value_get_string (PEEK (person, name));
  g_autofree char *collation = g_utf8_collate_key (name != NULL ? name : "", -1);
  guint n_languages = languages != NULL ? g_strv_length ((char **) languages) : 0;
  guint n_areas = expertise != NULL ? g_strv_length ((char **) expertise) : 0;
  gsize collation_length = strlen (collation);
  gsize keys_length = 0;
  gsize offset_areas, offset_keys, offset_collation;
  Profile *profile;
  char *text;
  gsize k;

  for (guint i = 0; i < n_areas; i++)
    {
      gsize length;

      if (cp_expertise_skill_split (expertise[i], &length, NULL) && length <= G_MAXUINT16)
        keys_length += length;
    }
  offset_areas = sizeof (Profile) + n_languages * sizeof (KnownLanguage);
  offset_keys = offset_areas + n_areas * sizeof (KnownArea);
  offset_collation = offset_keys + keys_length;
  profile = g_atomic_rc_box_alloc0 (offset_collation + collation_length + 1);

  profile->id = g_value_get_int64 (PEEK (person, id));
  profile->municipality_id = g_value_get_int64 (PEEK (person, municipality_id));
  profile->regional = g_value_get_boolean (PEEK (person, regional));
  profile->intercultural = g_value_get_boolean (PEEK (person, intercultural));

  profile->languages = (KnownLanguage *) (profile + 1);
  for (guint i = 0; i < n_languages; i++)
    if (read_language_skill (languages[i], &profile->languages[profile->n_languages]))
      profile->n_languages++;

  profile->areas = (KnownArea *) ((char *) profile + offset_areas);
  text = (char *) profile + offset_keys;
  for (guint i = 0; i < n_areas; i++)
    {
      KnownArea *known = &profile->areas[profile->n_areas];
      CpExpertiseLevel level;
      gsize length;

      if (!cp_expertise_skill_split (expertise[i], &length, &level) || length > G_MAXUINT16)
        continue;
      known->key = text - (char *) profile;
      known->key_length = length;
      known->level = level;
      memcpy (text, expertise[i], length);
      text += length;
      profile->n_areas++;
    }

  memcpy (text, collation, collation_length + 1);
  for (k = 0; k < 16 && text[k] != '\0'; k++)
    profile->name_prefix[k / 8] |= (guint64) (guchar) text[k] << (56 - 8 * (k % 8));
  profile->name_rest = text[k] != '\0' ? text + k : NULL;
  return profile;
}

/* The person's profile, made afresh when there is none or it is stale. */
static Profile *
dup_profile (CpPerson *person)
{
  Profile *profile = g_object_dup_qdata (G_OBJECT (person), profile_quark, acquire_profile, NULL);
  Profile *fresh;
  gulong handler = 0;

  if (profile != NULL && !g_atomic_int_get (&profile->stale))
    return profile;

  fresh = make_profile (person);
  /* The first profile: from now on, changes to the person make it stale. */
  if (profile == NULL)
    handler = g_signal_connect (person, "notify", G_CALLBACK (on_person_notify), NULL);
  /* Keep it for next time, unless another thread got there first. */
  if (g_object_replace_qdata (G_OBJECT (person), profile_quark, profile,
                              g_atomic_rc_box_acquire (fresh), release_profile, NULL))
    {
      if (profile != NULL)
        release_profile (profile);   /* the person's reference */
    }
  else
    {
      release_profile (fresh);       /* the one meant for the person */
      if (handler != 0)
        g_signal_handler_disconnect (person, handler);
    }
  if (profile != NULL)
    release_profile (profile);       /* ours */
  return fresh;
}

static Availability
find_availability (const MatchRun      *run,
                   const PersonHistory *history)
{
  guint32 covered_to;
  gboolean overlaps = FALSE;
  gboolean gap = FALSE;

  if (!run->has_period)
    return AVAILABILITY_NO_PERIOD;
  if (history == NULL || history->n_periods == 0)
    return AVAILABILITY_NOT_RECORDED;

  /* The periods are sorted by start: sweep the need's period for a day none covers. */
  covered_to = run->period.starts_on;
  for (guint i = 0; i < history->n_periods; i++)
    {
      const Period *free_period = &person_history_get_periods (history)[i];

      if (free_period->ends_on < run->period.starts_on ||
          free_period->starts_on > run->period.ends_on)
        continue;
      overlaps = TRUE;
      if (free_period->starts_on > covered_to)
        gap = TRUE;
      covered_to = MAX (covered_to, free_period->ends_on + 1);
    }

  if (!overlaps)
    return AVAILABILITY_NONE;
  return !gap && covered_to > run->period.ends_on ? AVAILABILITY_COVERED : AVAILABILITY_PARTLY;
}

static guint
count_trips (const PersonHistory *history,
             guint32              today)
{
  const guint32 *days;
  guint trips = 0;

  if (history == NULL)
    return 0;
  /* The 365 days up to and including today; planned trips after it do not count. */
  days = person_history_get_trips (history);
  for (guint i = 0; i < history->n_trips; i++)
    {
      gint64 day = days[i];

      if (day > (gint64) today - TRIP_WINDOW_DAYS && day <= today)
        trips++;
    }
  return trips;
}

static gboolean
has_worked_with (const PersonHistory *history,
                 gint64               partnership_id)
{
  if (history == NULL || partnership_id == 0)
    return FALSE;
  for (guint i = 0; i < history->n_partnerships; i++)
    if (person_history_get_partnerships (history)[i] == partnership_id)
      return TRUE;
  return FALSE;
}

/* Only arithmetic on the profile and the history: no allocation, no text. */
static void
match_person (MatchRun       *run,
              Match          *match,
              CpMatchHistory *history)
{
  const Profile *profile = match->profile;
  guint8 *levels = run->levels + (gsize) match->slot * run->stride;
  guint8 *language_levels = levels + run->areas->len;
  const PersonHistory *past = NULL;

  match->id = profile->id;
  if (history != NULL && g_hash_table_size (history->people) > 0)
    past = g_hash_table_lookup (history->people, &match->id);

  match->own_municipality = run->requested_by_id != 0 &&
                            profile->municipality_id == run->requested_by_id;

  for (guint i = 0; i < run->languages->len; i++)
    {
      const RequiredLanguage *required = &g_array_index (run->languages, RequiredLanguage, i);

      for (guint k = 0; k < profile->n_languages; k++)
        if (profile->languages[k].code == required->packed)
          language_levels[i] = MAX (language_levels[i], profile->languages[k].level + 1);
      if (language_levels[i] == 0 || language_levels[i] - 1 < (int) required->minimum)
        match->language_short = TRUE;
    }

  for (guint i = 0; i < run->areas->len; i++)
    {
      const RequiredArea *area = &g_array_index (run->areas, RequiredArea, i);

      for (guint k = 0; k < profile->n_areas; k++)
        {
          const KnownArea *known = &profile->areas[k];

          if (known->key_length == area->key_length &&
              memcmp ((const char *) profile + known->key, area->key, area->key_length) == 0)
            levels[i] = MAX (levels[i], known->level);
        }
    }

  match->regional = profile->regional;
  match->intercultural = profile->intercultural;
  match->continuity = has_worked_with (past, run->partnership_id);
  match->trips = count_trips (past, run->today);
  match->availability = find_availability (run, past);

  if (match->own_municipality || match->language_short || match->availability == AVAILABILITY_NONE)
    match->order = -1;
  else
    match->order = compute_score_tenths (run, match);
}

static int
compare_by_name (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  const NameOrder *x = a, *y = b;
  const Match *matches = user_data;
  gint64 id_x, id_y;

  if (x->prefix[0] != y->prefix[0])
    return x->prefix[0] < y->prefix[0] ? -1 : 1;
  if (x->prefix[1] != y->prefix[1])
    return x->prefix[1] < y->prefix[1] ? -1 : 1;
  /* Equal prefixes: a key that ends with them comes before one that goes on. */
  if ((x->rest == NULL) != (y->rest == NULL))
    return x->rest == NULL ? -1 : 1;
  if (x->rest != NULL)
    {
      int by_name = strcmp (x->rest, y->rest);

      if (by_name != 0)
        return by_name;
    }
  id_x = matches[x->index].id;
  id_y = matches[y->index].id;
  return (id_x > id_y) - (id_x < id_y);
}

/* The order: everyone not excluded before the excluded, by score from high to low
 * (scores are whole tenths, so a counting sort), then equal scores by name and id. */
static void
sort_matches (MatchRun *run)
{
  enum { N_ORDERS = 1002 };   /* -1 (excluded), 0 … 1000 tenths */
  g_autofree guint *start = g_new0 (guint, N_ORDERS + 1);
  g_autofree NameOrder *order = g_new (NameOrder, MAX (run->n_matches, 1));
  Match *sorted = g_new (Match, MAX (run->n_matches, 1));

  /* Bucket b holds the order 1000 - b: the best first, the excluded last. */
  for (guint i = 0; i < run->n_matches; i++)
    start[1000 - run->matches[i].order + 1]++;
  for (guint b = 1; b <= N_ORDERS; b++)
    start[b] += start[b - 1];
  for (guint i = 0; i < run->n_matches; i++)
    order[start[1000 - run->matches[i].order]++] = run->names[i];
  /* Each start[b] has moved on to the end of bucket b. */

  for (guint b = 0, from = 0; b < N_ORDERS; from = start[b], b++)
    {
      guint k = from + 1;

      /* People come from the store in order of name, and a counting sort keeps it:
       * often there is nothing left to do. */
      while (k < start[b] && compare_by_name (&order[k - 1], &order[k], run->matches) < 0)
        k++;
      if (k < start[b])
        g_qsort_with_data (order + from, start[b] - from, sizeof (NameOrder),
                           compare_by_name, run->matches);
    }

  for (guint i = 0; i < run->n_matches; i++)
    {
      sorted[i] = run->matches[order[i].index];
      g_clear_pointer (&sorted[i].profile, release_profile);
    }
  g_free (run->matches);
  run->matches = sorted;
  g_clear_pointer (&run->names, g_free);
}

GListModel *
cp_match_rank (CpNeed         *need,
               GListModel     *people,
               CpMatchHistory *history,
               const char     *today)
{
  g_autoptr(MatchRun) run = NULL;
  guint32 today_julian;
  guint n_people;

  g_return_val_if_fail (CP_IS_NEED (need), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (people), NULL);
  g_return_val_if_fail (today != NULL, NULL);

  if (!parse_day (today, &today_julian))
    {
      g_critical ("%s: “%s” is not an ISO day", G_STRFUNC, today);
      return NULL;
    }

  ensure_fields ();

  n_people = g_list_model_get_n_items (people);
  run = match_run_new (need, history, today_julian, n_people);

  for (guint i = 0; i < n_people; i++)
    {
      CpPerson *person = g_list_model_get_item (people, i);
      Match *match = &run->matches[run->n_matches];
      NameOrder *name = &run->names[run->n_matches];

      if (!CP_IS_PERSON (person))
        {
          g_critical ("%s: item %u is not a CpPerson", G_STRFUNC, i);
          g_clear_object (&person);
          continue;
        }
      match->person = person;
      match->slot = run->n_matches;
      match->profile = dup_profile (person);
      match_person (run, match, history);
      name->prefix[0] = match->profile->name_prefix[0];
      name->prefix[1] = match->profile->name_prefix[1];
      name->rest = match->profile->name_rest;
      name->index = run->n_matches++;
    }

  sort_matches (run);
  return match_list_new (run);
}
