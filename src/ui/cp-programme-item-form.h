/* cp-programme-item-form.h: the fields of a programme item, for CpEditorDialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-context.h"
#include "cp-form.h"

G_BEGIN_DECLS

#define CP_TYPE_PROGRAMME_ITEM_FORM (cp_programme_item_form_get_type ())

G_DECLARE_FINAL_TYPE (CpProgrammeItemForm, cp_programme_item_form, CP, PROGRAMME_ITEM_FORM, AdwPreferencesPage)

GtkWidget *cp_programme_item_form_new (CpForm    *form,
                             CpContext *context);

G_END_DECLS
