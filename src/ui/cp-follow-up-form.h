/* cp-follow-up-form.h: the fields of a follow up, for CpEditorDialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-context.h"
#include "cp-form.h"

G_BEGIN_DECLS

#define CP_TYPE_FOLLOW_UP_FORM (cp_follow_up_form_get_type ())

G_DECLARE_FINAL_TYPE (CpFollowUpForm, cp_follow_up_form, CP, FOLLOW_UP_FORM, AdwPreferencesPage)

GtkWidget *cp_follow_up_form_new (CpForm    *form,
                        CpContext *context);

G_END_DECLS
