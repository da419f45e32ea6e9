/* cp-project-form.h: the fields of a project of a partnership and the plan line it serves, for CpEditorDialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-context.h"
#include "cp-form.h"

G_BEGIN_DECLS

#define CP_TYPE_PROJECT_FORM (cp_project_form_get_type ())

G_DECLARE_FINAL_TYPE (CpProjectForm, cp_project_form, CP, PROJECT_FORM, AdwPreferencesPage)

GtkWidget *cp_project_form_new (CpForm    *form,
                                CpContext *context);

G_END_DECLS
