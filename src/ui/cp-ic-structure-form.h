/* cp-ic-structure-form.h: the fields of how a municipality organises international cooperation in a year, for CpEditorDialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-context.h"
#include "cp-form.h"

G_BEGIN_DECLS

#define CP_TYPE_IC_STRUCTURE_FORM (cp_ic_structure_form_get_type ())

G_DECLARE_FINAL_TYPE (CpIcStructureForm, cp_ic_structure_form, CP, IC_STRUCTURE_FORM, AdwPreferencesPage)

GtkWidget *cp_ic_structure_form_new (CpForm    *form,
                                     CpContext *context);

G_END_DECLS
