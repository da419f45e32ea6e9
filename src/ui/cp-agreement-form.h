/* cp-agreement-form.h: the fields of a agreement, for CpEditorDialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-context.h"
#include "cp-form.h"

G_BEGIN_DECLS

#define CP_TYPE_AGREEMENT_FORM (cp_agreement_form_get_type ())

G_DECLARE_FINAL_TYPE (CpAgreementForm, cp_agreement_form, CP, AGREEMENT_FORM, AdwPreferencesPage)

GtkWidget *cp_agreement_form_new (CpForm    *form,
                             CpContext *context);

G_END_DECLS
