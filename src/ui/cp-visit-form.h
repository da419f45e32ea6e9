/* cp-visit-form.h: the fields of a visit, for CpEditorDialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-context.h"
#include "cp-form.h"

G_BEGIN_DECLS

#define CP_TYPE_VISIT_FORM (cp_visit_form_get_type ())

G_DECLARE_FINAL_TYPE (CpVisitForm, cp_visit_form, CP, VISIT_FORM, AdwPreferencesPage)

GtkWidget *cp_visit_form_new (CpForm    *form,
                    CpContext *context);

G_END_DECLS
