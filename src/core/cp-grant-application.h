/* cp-grant-application.h: an application for a grant
 *
 * To a funder, for a programme or call, for a partnership and project: the amounts requested
 * and granted, the status since a day, the deadline as a moment in its own time zone
 * (“2026-03-15 17:00” Europe/Brussels) and the day of the decision.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cp-enums.h"
#include "cp-record.h"

G_BEGIN_DECLS

#define CP_TYPE_GRANT_APPLICATION (cp_grant_application_get_type ())

G_DECLARE_FINAL_TYPE (CpGrantApplication, cp_grant_application, CP, GRANT_APPLICATION, CpRecord)

CpGrantApplication *cp_grant_application_new (gint64 funder_id);
gint64              cp_grant_application_get_funder_id (CpGrantApplication *self);
gint64              cp_grant_application_get_programme_id (CpGrantApplication *self);
const char *        cp_grant_application_get_call (CpGrantApplication *self);
gint64              cp_grant_application_get_partnership_id (CpGrantApplication *self);
const char *        cp_grant_application_get_project (CpGrantApplication *self);
const char *        cp_grant_application_get_currency (CpGrantApplication *self);
gint64              cp_grant_application_get_requested (CpGrantApplication *self);
gint64              cp_grant_application_get_granted (CpGrantApplication *self);
CpApplicationStatus cp_grant_application_get_status (CpGrantApplication *self);
const char *        cp_grant_application_get_status_since (CpGrantApplication *self);
const char *        cp_grant_application_get_deadline (CpGrantApplication *self);
const char *        cp_grant_application_get_deadline_zone (CpGrantApplication *self);
const char *        cp_grant_application_get_decision_on (CpGrantApplication *self);
const char *        cp_grant_application_get_note (CpGrantApplication *self);

/* The deadline as a moment in its time zone, or NULL when there is none. */
GDateTime *cp_grant_application_dup_deadline (CpGrantApplication *self);
/* An idea, a draft or a submitted application: one that still awaits something. */
gboolean   cp_grant_application_is_open      (CpGrantApplication *self);

G_END_DECLS
