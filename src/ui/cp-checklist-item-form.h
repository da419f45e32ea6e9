/* cp-checklist-item-form.h: the fields of a checklist item, for CpEditorDialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-context.h"
#include "cp-form.h"

G_BEGIN_DECLS

#define CP_TYPE_CHECKLIST_ITEM_FORM (cp_checklist_item_form_get_type ())

G_DECLARE_FINAL_TYPE (CpChecklistItemForm, cp_checklist_item_form, CP, CHECKLIST_ITEM_FORM, AdwPreferencesPage)

GtkWidget *cp_checklist_item_form_new (CpForm    *form,
                             CpContext *context);

G_END_DECLS
