/* cp-reporting-obligation-form.h: the fields of a report a grant obliges, for CpEditorDialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-context.h"
#include "cp-form.h"

G_BEGIN_DECLS

#define CP_TYPE_REPORTING_OBLIGATION_FORM (cp_reporting_obligation_form_get_type ())

G_DECLARE_FINAL_TYPE (CpReportingObligationForm, cp_reporting_obligation_form, CP, REPORTING_OBLIGATION_FORM, AdwPreferencesPage)

GtkWidget *cp_reporting_obligation_form_new (CpForm    *form,
                                             CpContext *context);

G_END_DECLS
