/* cp-project.h: a project of a partnership
 *
 * Its theme and period, the strategic line of the partner's plan it serves (none makes it an
 * “island”, L8460–8466), who proposed it, and the report the partner owes on it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cp-enums.h"
#include "cp-record.h"

G_BEGIN_DECLS

#define CP_TYPE_PROJECT (cp_project_get_type ())

G_DECLARE_FINAL_TYPE (CpProject, cp_project, CP, PROJECT, CpRecord)

CpProject *cp_project_new (gint64 partnership_id);
gint64       cp_project_get_partnership_id (CpProject *self);
const char * cp_project_get_title (CpProject *self);
const char * cp_project_get_theme (CpProject *self);
const char * cp_project_get_starts_on (CpProject *self);
const char * cp_project_get_ends_on (CpProject *self);
gint64       cp_project_get_plan_line_id (CpProject *self);
CpInitiator  cp_project_get_initiator (CpProject *self);
const char * cp_project_get_report_due_on (CpProject *self);
gboolean     cp_project_get_report_delivered (CpProject *self);
const char * cp_project_get_note (CpProject *self);
CpActivityStatus cp_project_get_status (CpProject *self);
/* The OECD-DAC sector (“43030”), or empty; the Sustainable Development Goals it
 * serves ("11", "17"). */
const char * cp_project_get_dac_sector (CpProject *self);
const char * const *cp_project_get_sdg_goals (CpProject *self);

G_END_DECLS
