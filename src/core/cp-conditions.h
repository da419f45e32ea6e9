/* cp-conditions.h: the four critical conditions and the three Southern issues, judged
 *
 * The study (Bontenbal 2009, §6.1, Table 6.1) names four conditions for a Northern
 * municipality's part in a city partnership: political embedding, human resources,
 * finance and external funding, and political and administrative support. For the
 * partner municipality in the South it names three issues that decide whether the
 * partnership serves its development (§6.2.4, L8636–8651): organisational capacity,
 * political interest and institutional concern.
 *
 * These functions judge each of them from the facts the store gathers
 * (cp-conditions-facts.h): a level, one sentence saying why, the indicators that
 * belong to it, and the risk signals that fired, each with the study's words. They
 * are pure: the same facts always give the same result, and nothing is read from
 * anywhere else. The rules are written down in one place, at the top of
 * cp-conditions.c.
 *
 * A level is never guessed. It is weak only on a recorded weakness, strong only when
 * every strength is recorded, and unknown when the facts that decide it are missing;
 * the summary then names what to record. A signal fires only on recorded facts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "cp-conditions-facts.h"
#include "cp-enums.h"

G_BEGIN_DECLS

typedef enum
{
  CP_SIGNAL_SEVERITY_NOTICE,
  CP_SIGNAL_SEVERITY_WARNING,
  CP_SIGNAL_SEVERITY_CRITICAL,
} CpSignalSeverity;

/* The three issues of the South (§4.2 of the domain notes, L8636–8651). */
typedef enum
{
  CP_SOUTH_ISSUE_ORGANISATIONAL_CAPACITY,
  CP_SOUTH_ISSUE_POLITICAL_INTEREST,
  CP_SOUTH_ISSUE_INSTITUTIONAL_CONCERN,
  CP_N_SOUTH_ISSUES
} CpSouthIssue;

/* One figure of a condition, ready to show. */
typedef struct
{
  const char *key;        /* stable: "ic-policy" */
  char       *label;      /* translated: “International cooperation policy” */
  char       *value;      /* translated and formatted: “Yes, evaluated 3 years ago”, “20.5 %”, “Unknown” */
  gboolean    known;
} CpConditionIndicator;

/* A risk signal that fired.
 *
 * @words and @citation are the study's English text and where it stands in source
 * 000 (“Table 6.1, L6927–6934”): a quotation, never translated. @title and
 * @evidence are translated. */
typedef struct
{
  const char      *key;          /* stable: "no-political-mandate" */
  CpCondition      condition;    /* the Northern condition; 0 when @south_issue is set */
  int              south_issue;  /* a CpSouthIssue, or -1 for a Northern condition */
  CpSignalSeverity severity;
  const char      *title;        /* translated: “No political mandate” */
  const char      *words;        /* the study's words, in English */
  const char      *citation;     /* “Table 6.1, L6927–6934” */
  char            *evidence;     /* translated: the recorded facts that fired it */
} CpRiskSignal;

/* The judgement of one condition (or one Southern issue). */
typedef struct
{
  CpCondition       condition;    /* the Northern condition; 0 when @south_issue is set */
  int               south_issue;  /* a CpSouthIssue, or -1 for a Northern condition */
  CpConditionLevel  level;
  char             *summary;      /* translated, one sentence: why this level, or what to record */
  GPtrArray        *indicators;   /* CpConditionIndicator*, in the order to show */
  GPtrArray        *signals;      /* CpRiskSignal* that fired, the most severe first */
} CpConditionResult;

/* Judges @condition from @facts, an own municipality's year (and one of its
 * partnerships when @facts->for_partnership). Free with cp_condition_result_free(). */
CpConditionResult *cp_conditions_evaluate        (const CpConditionsFacts *facts,
                                                  CpCondition              condition);
/* Judges @issue from @facts, a partner municipality's structure in a year. */
CpConditionResult *cp_conditions_evaluate_south  (const CpSouthFacts      *facts,
                                                  CpSouthIssue             issue);
void               cp_condition_result_free      (CpConditionResult       *result);

/* One translated sentence: what the condition means (Table 6.1, §6.1); "" out of range. */
const char        *cp_condition_get_meaning      (CpCondition              condition);
/* The issue's translated title: “Organisational capacity”; "" out of range. */
const char        *cp_south_issue_to_label       (CpSouthIssue             issue);
/* One translated sentence: what the issue means (L8636–8651); "" out of range. */
const char        *cp_south_issue_get_meaning    (CpSouthIssue             issue);
/* “Critical”, “Warning”, “Notice”, translated; "" out of range. */
const char        *cp_signal_severity_to_label   (CpSignalSeverity         severity);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CpConditionResult, cp_condition_result_free)

G_END_DECLS
