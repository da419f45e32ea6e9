/* cp-plan-line.h: a strategic line of a partner's development plan
 *
 * Like Villa El Salvador's six lines of the PIDC or León's five areas of the PEDM (§2.19).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cp-enums.h"
#include "cp-record.h"

G_BEGIN_DECLS

#define CP_TYPE_PLAN_LINE (cp_plan_line_get_type ())

G_DECLARE_FINAL_TYPE (CpPlanLine, cp_plan_line, CP, PLAN_LINE, CpRecord)

CpPlanLine *cp_plan_line_new (gint64 structure_id);
gint64       cp_plan_line_get_structure_id (CpPlanLine *self);
int          cp_plan_line_get_position (CpPlanLine *self);
const char * cp_plan_line_get_title (CpPlanLine *self);

G_END_DECLS
