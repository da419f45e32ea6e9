/* cp-learning-entry.h: what a participant learnt on a visit, and how it was shared back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cp-enums.h"
#include "cp-record.h"

G_BEGIN_DECLS

#define CP_TYPE_LEARNING_ENTRY (cp_learning_entry_get_type ())

G_DECLARE_FINAL_TYPE (CpLearningEntry, cp_learning_entry, CP, LEARNING_ENTRY, CpRecord)

CpLearningEntry *cp_learning_entry_new (gint64 visit_id);
gint64          cp_learning_entry_get_visit_id  (CpLearningEntry *self);
gint64          cp_learning_entry_get_person_id (CpLearningEntry *self);
CpLearningLevel cp_learning_entry_get_level     (CpLearningEntry *self);
const char *    cp_learning_entry_get_learnt    (CpLearningEntry *self);
const char *    cp_learning_entry_get_shared    (CpLearningEntry *self);

G_END_DECLS
