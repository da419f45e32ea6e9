/* cp-selection.h: who was chosen for a need, and why
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cp-enums.h"
#include "cp-record.h"

G_BEGIN_DECLS

#define CP_TYPE_SELECTION (cp_selection_get_type ())

G_DECLARE_FINAL_TYPE (CpSelection, cp_selection, CP, SELECTION, CpRecord)

CpSelection *cp_selection_new (gint64 need_id);
gint64 cp_selection_get_need_id (CpSelection *self);
gint64 cp_selection_get_person_id (CpSelection *self);
const char * cp_selection_get_rationale (CpSelection *self);
const char * cp_selection_get_notes (CpSelection *self);
const char * cp_selection_get_decided_on (CpSelection *self);

G_END_DECLS
