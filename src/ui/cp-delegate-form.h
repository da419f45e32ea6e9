/* cp-delegate-form.h: the fields of a delegate, for CpEditorDialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-context.h"
#include "cp-form.h"

G_BEGIN_DECLS

#define CP_TYPE_DELEGATE_FORM (cp_delegate_form_get_type ())

G_DECLARE_FINAL_TYPE (CpDelegateForm, cp_delegate_form, CP, DELEGATE_FORM, AdwPreferencesPage)

GtkWidget *cp_delegate_form_new (CpForm    *form,
                       CpContext *context);

G_END_DECLS
