/* cp-ic-structure.h: how a municipality organises international cooperation in a year
 *
 * The unit and its staff or hours, and for a partner municipality the profile of §4.3: its
 * development plan and the plan's authority, sister cities, coordination meetings held and
 * cancelled, the political context, the archive and the civil wing. Yes/no facts are -1 while
 * unknown, as are counts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cp-enums.h"
#include "cp-record.h"

G_BEGIN_DECLS

#define CP_TYPE_IC_STRUCTURE (cp_ic_structure_get_type ())

G_DECLARE_FINAL_TYPE (CpIcStructure, cp_ic_structure, CP, IC_STRUCTURE, CpRecord)

CpIcStructure *cp_ic_structure_new (gint64 municipality_id, int year);
gint64          cp_ic_structure_get_municipality_id (CpIcStructure *self);
int             cp_ic_structure_get_year (CpIcStructure *self);
CpIcUnitType    cp_ic_structure_get_unit_type (CpIcStructure *self);
const char *    cp_ic_structure_get_unit_name (CpIcStructure *self);
const char *    cp_ic_structure_get_unit_since (CpIcStructure *self);
int             cp_ic_structure_get_staff (CpIcStructure *self);
int             cp_ic_structure_get_hours_per_week (CpIcStructure *self);
int             cp_ic_structure_get_eu_only (CpIcStructure *self);
int             cp_ic_structure_get_ic_policy (CpIcStructure *self);
const char *    cp_ic_structure_get_framework (CpIcStructure *self);
const char *    cp_ic_structure_get_plan_name (CpIcStructure *self);
CpPlanAuthority cp_ic_structure_get_plan_authority (CpIcStructure *self);
int             cp_ic_structure_get_plan_presented (CpIcStructure *self);
int             cp_ic_structure_get_sister_cities (CpIcStructure *self);
int             cp_ic_structure_get_meetings_held (CpIcStructure *self);
int             cp_ic_structure_get_meetings_cancelled (CpIcStructure *self);
int             cp_ic_structure_get_political_representative (CpIcStructure *self);
int             cp_ic_structure_get_all_parties_support (CpIcStructure *self);
int             cp_ic_structure_get_crisis (CpIcStructure *self);
int             cp_ic_structure_get_archive_exists (CpIcStructure *self);
int             cp_ic_structure_get_liaison_turnover (CpIcStructure *self);
int             cp_ic_structure_get_ccse_present (CpIcStructure *self);
int             cp_ic_structure_get_admin_ccse_link (CpIcStructure *self);
const char *    cp_ic_structure_get_note (CpIcStructure *self);

G_END_DECLS
