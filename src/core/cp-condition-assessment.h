/* cp-condition-assessment.h: a coordinator's own judgement of a condition
 *
 * Recorded beside the computed level, never over it: the municipality (and partnership), the
 * year, the condition, the level and why.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cp-enums.h"
#include "cp-record.h"

G_BEGIN_DECLS

#define CP_TYPE_CONDITION_ASSESSMENT (cp_condition_assessment_get_type ())

G_DECLARE_FINAL_TYPE (CpConditionAssessment, cp_condition_assessment, CP, CONDITION_ASSESSMENT, CpRecord)

CpConditionAssessment *cp_condition_assessment_new (gint64 municipality_id);
gint64           cp_condition_assessment_get_municipality_id (CpConditionAssessment *self);
gint64           cp_condition_assessment_get_partnership_id (CpConditionAssessment *self);
int              cp_condition_assessment_get_year (CpConditionAssessment *self);
CpCondition      cp_condition_assessment_get_condition (CpConditionAssessment *self);
CpConditionLevel cp_condition_assessment_get_level (CpConditionAssessment *self);
const char *     cp_condition_assessment_get_rationale (CpConditionAssessment *self);
const char *     cp_condition_assessment_get_assessed_on (CpConditionAssessment *self);
const char *     cp_condition_assessment_get_assessor (CpConditionAssessment *self);

G_END_DECLS
