/* cp-person-form.h: the fields of a person, for CpEditorDialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-context.h"
#include "cp-form.h"

G_BEGIN_DECLS

#define CP_TYPE_PERSON_FORM (cp_person_form_get_type ())

G_DECLARE_FINAL_TYPE (CpPersonForm, cp_person_form, CP, PERSON_FORM, AdwPreferencesPage)

GtkWidget *cp_person_form_new (CpForm    *form,
                             CpContext *context);

G_END_DECLS
