/* cp-actor-form.h: the fields of a actor, for CpEditorDialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-context.h"
#include "cp-form.h"

G_BEGIN_DECLS

#define CP_TYPE_ACTOR_FORM (cp_actor_form_get_type ())

G_DECLARE_FINAL_TYPE (CpActorForm, cp_actor_form, CP, ACTOR_FORM, AdwPreferencesPage)

GtkWidget *cp_actor_form_new (CpForm    *form,
                             CpContext *context);

G_END_DECLS
