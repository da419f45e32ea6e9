/* cp-key-role-form.h: the fields of a key-role, for CpEditorDialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-context.h"
#include "cp-form.h"

G_BEGIN_DECLS

#define CP_TYPE_KEY_ROLE_FORM (cp_key_role_form_get_type ())

G_DECLARE_FINAL_TYPE (CpKeyRoleForm, cp_key_role_form, CP, KEY_ROLE_FORM, AdwPreferencesPage)

GtkWidget *cp_key_role_form_new (CpForm    *form,
                             CpContext *context);

G_END_DECLS
