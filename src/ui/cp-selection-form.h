/* cp-selection-form.h: the fields of a selection, for CpEditorDialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-context.h"
#include "cp-form.h"

G_BEGIN_DECLS

#define CP_TYPE_SELECTION_FORM (cp_selection_form_get_type ())

G_DECLARE_FINAL_TYPE (CpSelectionForm, cp_selection_form, CP, SELECTION_FORM, AdwPreferencesPage)

GtkWidget *cp_selection_form_new (CpForm    *form,
                             CpContext *context);

G_END_DECLS
