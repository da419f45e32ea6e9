/* cp-notes-group.h: the “Sources and Notes” box of an editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CP_TYPE_NOTES_GROUP (cp_notes_group_get_type ())

G_DECLARE_FINAL_TYPE (CpNotesGroup, cp_notes_group, CP, NOTES_GROUP, AdwPreferencesGroup)

GtkTextView *cp_notes_group_get_view (CpNotesGroup *self);

G_END_DECLS
