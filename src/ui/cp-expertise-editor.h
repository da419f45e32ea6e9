/* cp-expertise-editor.h: the areas of expertise of a person or a need, with levels
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-context.h"

G_BEGIN_DECLS

#define CP_TYPE_EXPERTISE_EDITOR (cp_expertise_editor_get_type ())

G_DECLARE_FINAL_TYPE (CpExpertiseEditor, cp_expertise_editor, CP, EXPERTISE_EDITOR, AdwBin)

/* Edits the strv @property ("housing:3" skills) of @record. */
void       cp_expertise_editor_bind        (CpExpertiseEditor *self,
                                            CpContext         *context,
                                            CpRecord          *record,
                                            const char        *property);
/* The row below which a message about the whole list belongs. */
GtkWidget *cp_expertise_editor_get_add_row (CpExpertiseEditor *self);
/* Adds the area at @position of the list at @level, as the Add button does. */
void       cp_expertise_editor_add         (CpExpertiseEditor *self,
                                            guint              position,
                                            CpExpertiseLevel   level);

G_END_DECLS
