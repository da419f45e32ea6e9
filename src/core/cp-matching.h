/* cp-matching.h: ranking people for a partner's need
 *
 * Deterministic and headless. Hard requirements exclude a person; soft factors add up
 * to a score out of 100 with the weights below. Every score comes with its reasons in
 * the user's words (“C1 Spanish, needs B2 ✓”).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cp-need.h"
#include "cp-person.h"

G_BEGIN_DECLS

/* The soft factors, in the order Preferences shows them. */
typedef enum
{
  CP_MATCH_FACTOR_EXPERTISE,      /* coverage of the areas asked for, and the level */
  CP_MATCH_FACTOR_LANGUAGE,       /* how far above the minimum */
  CP_MATCH_FACTOR_REGION,         /* experience in the partner's region */
  CP_MATCH_FACTOR_INTERCULTURAL,  /* intercultural experience */
  CP_MATCH_FACTOR_CONTINUITY,     /* earlier work with this partnership */
  CP_MATCH_FACTOR_FAIRNESS,       /* few trips in the last 12 months */
  CP_MATCH_N_FACTORS,
} CpMatchFactor;

/* Points out of 100; the weights add up to 100. */
guint        cp_match_factor_get_weight (CpMatchFactor factor);
const char  *cp_match_factor_get_label  (CpMatchFactor factor);

/* What the workspace knows of people's past and plans, gathered by the store. */
typedef struct _CpMatchHistory CpMatchHistory;

CpMatchHistory *cp_match_history_new              (void);
CpMatchHistory *cp_match_history_ref              (CpMatchHistory *self);
void            cp_match_history_unref            (CpMatchHistory *self);
/* The person held a key role in, or was selected for a need of, the partnership. */
void            cp_match_history_add_work         (CpMatchHistory *self,
                                                   gint64          person_id,
                                                   gint64          partnership_id);
/* The person travelled (or will) on @iso_day for a partnership. */
void            cp_match_history_add_trip         (CpMatchHistory *self,
                                                   gint64          person_id,
                                                   const char     *iso_day);
/* The person is free from @starts_on to @ends_on (ISO days). A person with no
 * period recorded counts as free. */
void            cp_match_history_add_availability (CpMatchHistory *self,
                                                   gint64          person_id,
                                                   const char     *starts_on,
                                                   const char     *ends_on);
/* The names of the areas users added, key → name, for the reasons (the built-in
 * areas have translated names of their own; without a name the key is shown). */
void            cp_match_history_set_area_names   (CpMatchHistory *self,
                                                   GHashTable     *names);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CpMatchHistory, cp_match_history_unref)

#define CP_TYPE_CANDIDATE (cp_candidate_get_type ())

G_DECLARE_FINAL_TYPE (CpCandidate, cp_candidate, CP, CANDIDATE, GObject)

CpPerson  *cp_candidate_get_person    (CpCandidate *self);
/* 0–100; 0 for an excluded person. */
double     cp_candidate_get_score     (CpCandidate *self);
gboolean   cp_candidate_get_excluded  (CpCandidate *self);
/* 1 for the best; excluded people come after everyone else. */
guint      cp_candidate_get_rank      (CpCandidate *self);
/* The reasons, most important first, each ending in ✓ or ✗ where it is a
 * requirement met or not. */
GStrv      cp_candidate_dup_reasons   (CpCandidate *self);

/* Every person in @people (CpPerson), ranked for @need on @today (ISO day). Ties
 * are broken by name, then id, so the same data always gives the same order. The
 * people must not change while they are ranked; what matching needs of each is kept
 * on the person (qdata) for the next ranking. The reasons are written when asked
 * for, from what the ranking saw. */
GListModel *cp_match_rank (CpNeed         *need,
                           GListModel     *people,
                           CpMatchHistory *history,
                           const char     *today);

G_END_DECLS
