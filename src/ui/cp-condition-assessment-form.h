/* cp-condition-assessment-form.h: the fields of a coordinator's own judgement of one of the four conditions, for CpEditorDialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-context.h"
#include "cp-form.h"

G_BEGIN_DECLS

#define CP_TYPE_CONDITION_ASSESSMENT_FORM (cp_condition_assessment_form_get_type ())

G_DECLARE_FINAL_TYPE (CpConditionAssessmentForm, cp_condition_assessment_form, CP, CONDITION_ASSESSMENT_FORM, AdwPreferencesPage)

GtkWidget *cp_condition_assessment_form_new (CpForm    *form,
                                             CpContext *context);

G_END_DECLS
