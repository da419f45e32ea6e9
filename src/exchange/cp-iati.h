/* cp-iati.h: a municipality's partnerships as an IATI 2.03 activity file
 *
 * Publishing aid data the way donors and the IATI Registry read it. The own
 * municipality is the reporting organisation (type 11, local government) under its
 * organisation identifier. Each of its partnerships is an activity of hierarchy 1 and
 * each project of a partnership an activity of hierarchy 2 below it, linked both ways
 * by related-activity (types 1 and 2):
 *
 *   - participating organisations: the reporting municipality accountable (role 2) and
 *     funding (role 1) when it pays in; the partner municipalities implementing (4);
 *     funders whose money came in or whose grant was awarded, funding (1);
 *   - status from the partnership's status or the project's own; dates from the
 *     agreement (or first contacts) and the project's period, actual when they have
 *     passed and planned when not;
 *   - recipient countries: the partners' countries, shared equally;
 *   - sector: the OECD-DAC sector recorded (vocabulary 1); a project's Sustainable
 *     Development Goals as tags (vocabulary 2);
 *   - budgets: the partnership's lines of the municipality's budget years (type 1
 *     original; committed up to this year, indicative after);
 *   - transactions: the partnership's ledger entries in their own currency with
 *     their day as value date (cp_transaction_kind_to_iati()); an entry naming a
 *     project by its title goes to that project's activity.
 *
 * Identifiers are “ORGREF-partnership-ID” and “ORGREF-project-ID”: stable from one
 * export to the next. Texts are written as they were recorded, under the xml:lang
 * the caller gives; the few sentences written for a record without a description are
 * in the interface's language at the time of the call.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "store/cp-store.h"

G_BEGIN_DECLS

#define CP_IATI_ERROR (cp_iati_error_quark ())

typedef enum
{
  CP_IATI_ERROR_NOT_OWN,        /* the publisher is not one of the user's own municipalities */
  CP_IATI_ERROR_NO_ORG_REF,     /* it has no organisation identifier yet */
  CP_IATI_ERROR_NO_ACTIVITIES,  /* none of its partnerships (or not the one asked for) */
  CP_IATI_ERROR_INCOMPLETE,     /* no activity has the date IATI requires; the message says what to record */
} CpIatiError;

GQuark    cp_iati_error_quark      (void);

/* The activity file of @municipality_id's partnerships, or of @partnership_id alone
 * when not 0. @language is the xml:lang of the texts ("nl"); @generated the
 * moment of the file as “2026-11-22T18:00:00Z”, NULL for now.
 *
 * IATI needs a date for every activity: a partnership without an agreement date
 * or first contacts, or a project without a start, is left out, and @left_out (when
 * not NULL) receives a sentence for each saying what to record; a left-out project's
 * ledger entries count for its partnership. When nothing at all can be written the
 * result is CP_IATI_ERROR_INCOMPLETE with those sentences. */
char     *cp_iati_write_activities (CpStore     *store,
                                    gint64       municipality_id,
                                    gint64       partnership_id,
                                    const char  *language,
                                    const char  *generated,
                                    GStrv       *left_out,
                                    GError     **error);

/* Writes the file to @path through a temporary file renamed over it: a file that
 * was there is replaced whole or, on any error, left as it was. */
gboolean  cp_iati_export_file      (CpStore     *store,
                                    gint64       municipality_id,
                                    gint64       partnership_id,
                                    const char  *language,
                                    const char  *path,
                                    GStrv       *left_out,
                                    GError     **error);

G_END_DECLS
