/* cp-support-action-form.h: the fields of an act of political or administrative support, for CpEditorDialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-context.h"
#include "cp-form.h"

G_BEGIN_DECLS

#define CP_TYPE_SUPPORT_ACTION_FORM (cp_support_action_form_get_type ())

G_DECLARE_FINAL_TYPE (CpSupportActionForm, cp_support_action_form, CP, SUPPORT_ACTION_FORM, AdwPreferencesPage)

GtkWidget *cp_support_action_form_new (CpForm    *form,
                                       CpContext *context);

G_END_DECLS
