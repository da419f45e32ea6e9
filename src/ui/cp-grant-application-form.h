/* cp-grant-application-form.h: the fields of an application for a grant, for CpEditorDialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-context.h"
#include "cp-form.h"

G_BEGIN_DECLS

#define CP_TYPE_GRANT_APPLICATION_FORM (cp_grant_application_form_get_type ())

G_DECLARE_FINAL_TYPE (CpGrantApplicationForm, cp_grant_application_form, CP, GRANT_APPLICATION_FORM, AdwPreferencesPage)

GtkWidget *cp_grant_application_form_new (CpForm    *form,
                                          CpContext *context);

G_END_DECLS
