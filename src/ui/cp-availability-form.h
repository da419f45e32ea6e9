/* cp-availability-form.h: the fields of a availability, for CpEditorDialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-context.h"
#include "cp-form.h"

G_BEGIN_DECLS

#define CP_TYPE_AVAILABILITY_FORM (cp_availability_form_get_type ())

G_DECLARE_FINAL_TYPE (CpAvailabilityForm, cp_availability_form, CP, AVAILABILITY_FORM, AdwPreferencesPage)

GtkWidget *cp_availability_form_new (CpForm    *form,
                             CpContext *context);

G_END_DECLS
