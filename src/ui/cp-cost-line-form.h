/* cp-cost-line-form.h: the fields of a cost line, for CpEditorDialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-context.h"
#include "cp-form.h"

G_BEGIN_DECLS

#define CP_TYPE_COST_LINE_FORM (cp_cost_line_form_get_type ())

G_DECLARE_FINAL_TYPE (CpCostLineForm, cp_cost_line_form, CP, COST_LINE_FORM, AdwPreferencesPage)

GtkWidget *cp_cost_line_form_new (CpForm    *form,
                        CpContext *context);

G_END_DECLS
