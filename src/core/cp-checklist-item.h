/* cp-checklist-item.h: one thing to do before, during or after a visit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cp-enums.h"
#include "cp-record.h"

G_BEGIN_DECLS

#define CP_TYPE_CHECKLIST_ITEM (cp_checklist_item_get_type ())

G_DECLARE_FINAL_TYPE (CpChecklistItem, cp_checklist_item, CP, CHECKLIST_ITEM, CpRecord)

CpChecklistItem *cp_checklist_item_new (gint64 visit_id);
gint64           cp_checklist_item_get_visit_id (CpChecklistItem *self);
CpChecklistPhase cp_checklist_item_get_phase    (CpChecklistItem *self);
const char *     cp_checklist_item_get_text     (CpChecklistItem *self);
gboolean         cp_checklist_item_get_done     (CpChecklistItem *self);
int              cp_checklist_item_get_position (CpChecklistItem *self);

typedef struct
{
  CpChecklistPhase  phase;
  const char       *text;   /* untranslated: pass through _() */
} CpChecklistTemplate;

/* The study's recommendations for before, during and after a visit
 * (learning-impact glossary, part 2.3–2.5), the checklist a new visit starts with. */
const CpChecklistTemplate *cp_checklist_defaults (guint *n_items);

G_END_DECLS
