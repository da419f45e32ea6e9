/* cp-funding-programme-form.h: the fields of a funder's programme, for CpEditorDialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-context.h"
#include "cp-form.h"

G_BEGIN_DECLS

#define CP_TYPE_FUNDING_PROGRAMME_FORM (cp_funding_programme_form_get_type ())

G_DECLARE_FINAL_TYPE (CpFundingProgrammeForm, cp_funding_programme_form, CP, FUNDING_PROGRAMME_FORM, AdwPreferencesPage)

GtkWidget *cp_funding_programme_form_new (CpForm    *form,
                                          CpContext *context);

G_END_DECLS
