/* cp-municipality-form.h: the fields of a municipality, for CpEditorDialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-context.h"
#include "cp-form.h"

G_BEGIN_DECLS

#define CP_TYPE_MUNICIPALITY_FORM (cp_municipality_form_get_type ())

G_DECLARE_FINAL_TYPE (CpMunicipalityForm, cp_municipality_form, CP, MUNICIPALITY_FORM, AdwPreferencesPage)

GtkWidget *cp_municipality_form_new (CpForm    *form,
                             CpContext *context);

G_END_DECLS
