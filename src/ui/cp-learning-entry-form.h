/* cp-learning-entry-form.h: the fields of a learning entry, for CpEditorDialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-context.h"
#include "cp-form.h"

G_BEGIN_DECLS

#define CP_TYPE_LEARNING_ENTRY_FORM (cp_learning_entry_form_get_type ())

G_DECLARE_FINAL_TYPE (CpLearningEntryForm, cp_learning_entry_form, CP, LEARNING_ENTRY_FORM, AdwPreferencesPage)

GtkWidget *cp_learning_entry_form_new (CpForm    *form,
                             CpContext *context);

G_END_DECLS
