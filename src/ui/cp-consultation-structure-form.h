/* cp-consultation-structure-form.h: the fields of a consultation-structure, for CpEditorDialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-context.h"
#include "cp-form.h"

G_BEGIN_DECLS

#define CP_TYPE_CONSULTATION_STRUCTURE_FORM (cp_consultation_structure_form_get_type ())

G_DECLARE_FINAL_TYPE (CpConsultationStructureForm, cp_consultation_structure_form, CP, CONSULTATION_STRUCTURE_FORM, AdwPreferencesPage)

GtkWidget *cp_consultation_structure_form_new (CpForm    *form,
                             CpContext *context);

G_END_DECLS
