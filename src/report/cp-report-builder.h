/* cp-report-builder.h: council reports made from the workspace
 *
 * Five reports, each a CpReportDocument (cp-report-document.h) that the PDF and ODT
 * writers set: the annual report of a partnership, the four-yearly evaluation that
 * the council decides on (Bontenbal 2009, L10603–10605), the report of a visit, the
 * budget statement of an own municipality for a year, and the handover dossier a
 * successor needs (the lost archive of Cajamarca, L7849–7860).
 *
 * A report is written in the language of @request->language, whatever the
 * interface speaks: the words, the month names and the separators of amounts all
 * follow it (cp-report-language.h). A period without data gives notes that say so,
 * never an empty section; a partnership, visit or municipality that does not exist
 * gives an error in the interface's language.
 *
 * Figures cite their sources as footnotes where the records give one (“Bontenbal
 * 2009, Table 6.2, L7429–7453”), and the risk signals cite the study's own words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "store/cp-store.h"
#include "cp-report-document.h"

G_BEGIN_DECLS

typedef enum
{
  CP_REPORT_ANNUAL,
  CP_REPORT_EVALUATION,
  CP_REPORT_VISIT,
  CP_REPORT_BUDGET,
  CP_REPORT_HANDOVER,
  CP_N_REPORT_TYPES
} CpReportType;

/* The sections a report can have; cp_report_type_get_sections() says which a type
 * has, and the report writes them in the order of its type, not of these bits. */
typedef enum
{
  CP_REPORT_SECTION_SUMMARY                = 1 << 0,
  CP_REPORT_SECTION_ACTIVITIES             = 1 << 1,   /* the visits and milestones of the period */
  CP_REPORT_SECTION_RESULTS                = 1 << 2,   /* what the visits achieved, learning, follow-ups */
  CP_REPORT_SECTION_FINANCES               = 1 << 3,   /* budget against spending, funding, indicators, charts */
  CP_REPORT_SECTION_CONDITIONS             = 1 << 4,   /* the four conditions, the partner's structure, risk signals */
  CP_REPORT_SECTION_OUTLOOK                = 1 << 5,   /* upcoming visits, deadlines, open follow-ups */
  CP_REPORT_SECTION_DECISION               = 1 << 6,   /* evaluation: the questions for the council */
  CP_REPORT_SECTION_PARTIES_AND_AGREEMENTS = 1 << 7,
  CP_REPORT_SECTION_PEOPLE                 = 1 << 8,   /* key roles and contacts, working groups, actors */
  CP_REPORT_SECTION_HISTORY                = 1 << 9,   /* milestones and status changes */
  CP_REPORT_SECTION_OPEN_MATTERS           = 1 << 10,  /* open needs and follow-up actions */
  CP_REPORT_SECTION_FUNDERS                = 1 << 11,  /* funders, applications, reports owed */
  CP_REPORT_SECTION_DOCUMENTS              = 1 << 12,  /* the agreements' files */
  CP_REPORT_SECTION_PURPOSE                = 1 << 13,  /* visit: why, when, where, and what happened */
  CP_REPORT_SECTION_DELEGATION             = 1 << 14,
  CP_REPORT_SECTION_PROGRAMME              = 1 << 15,
  CP_REPORT_SECTION_LEARNING               = 1 << 16,
  CP_REPORT_SECTION_FOLLOW_UPS             = 1 << 17,
  CP_REPORT_SECTION_COSTS                  = 1 << 18,
  CP_REPORT_SECTION_IC_BUDGET              = 1 << 19,  /* budget statement: the IC budget by line */
  CP_REPORT_SECTION_PARTNERSHIPS           = 1 << 20,  /* budget statement: each partnership's budget and spending */
  CP_REPORT_SECTION_FUNDING                = 1 << 21,  /* budget statement: by source, and the ledger by kind */
  CP_REPORT_SECTION_INDICATORS             = 1 << 22,  /* budget statement: the indicators and their meaning */
} CpReportSection;

typedef struct
{
  CpReportType  type;
  gint64        partnership_id;   /* annual, evaluation, handover */
  gint64        municipality_id;  /* budget statement: the own municipality (0: the first own one);
                                   * else the own party, 0 for the partnership's own party */
  gint64        visit_id;         /* visit report */
  int           year;             /* annual, budget, handover's “this year”; the evaluation's last
                                   * year; 0: the year of @today */
  int           first_year;       /* evaluation: the term's first year; 0: @year − 3 */
  guint         sections;         /* CpReportSection bits; 0: all that the type has */
  const char   *language;         /* "en", "nl", "es", "af"; NULL: the interface's */
  const char   *today;            /* ISO day for “as of” and what is overdue; NULL: today */
} CpReportRequest;

/* Translated in the interface's language: “Annual report”, “Summary”. */
const char       *cp_report_type_to_label      (CpReportType           type);
const char       *cp_report_section_to_label   (CpReportSection        section);
/* The sections @type has, as CpReportSection bits. */
guint             cp_report_type_get_sections  (CpReportType           type);
/* Stable names for the command line: "annual", "evaluation", "visit", "budget",
 * "handover". */
const char       *cp_report_type_to_nick       (CpReportType           type);
gboolean          cp_report_type_from_nick     (const char            *nick,
                                                CpReportType          *type);

/* Builds the report @request asks for. Must run on the main thread: it switches the
 * process's language for the time it takes (cp-report-language.h). */
CpReportDocument *cp_report_build              (CpStore               *store,
                                                const CpReportRequest *request,
                                                GError               **error);

G_END_DECLS
