/* cp-editor-dialog.h: a window to create or change one record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-context.h"

G_BEGIN_DECLS

#define CP_TYPE_EDITOR_DIALOG (cp_editor_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CpEditorDialog, cp_editor_dialog, CP, EDITOR_DIALOG, AdwWindow)

/* Edits a copy of @record (a new one when its id is 0) and saves it to the
 * context's store when the user asks and every field is right. */
CpEditorDialog *cp_editor_dialog_new        (GtkWidget      *parent,
                                             CpContext      *context,
                                             CpRecord       *record);
GtkWidget      *cp_editor_dialog_get_page   (CpEditorDialog *self);
/* Saves as the Save button does; FALSE when a field is wrong or the store refuses. */
gboolean        cp_editor_dialog_save       (CpEditorDialog *self);

G_END_DECLS
