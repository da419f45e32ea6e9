/* cp-checklist-item.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "cp-checklist-item.h"
#include "cp-enum-types.h"
#include "cp-validate.h"

struct _CpChecklistItem
{
  CpRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CpChecklistItem, cp_checklist_item, CP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_VISIT_ID,
  PROP_PHASE,
  PROP_TEXT,
  PROP_DONE,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
cp_checklist_item_validate_property (CpRecord    *record,
                                    GParamSpec  *pspec,
                                    GError     **error)
{
  CpChecklistItem *self = CP_CHECKLIST_ITEM (record);

  if (pspec == properties[PROP_TEXT])
    return cp_validate_required (cp_checklist_item_get_text (self), _("Say what is to be done."), error);

  return TRUE;
}

static void
cp_checklist_item_class_init (CpChecklistItemClass *klass)
{
  CpRecordClass *record_class = CP_RECORD_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  record_class->validate_property = cp_checklist_item_validate_property;

  properties[PROP_VISIT_ID] = g_param_spec_int64 ("visit-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PHASE] = g_param_spec_enum ("phase", NULL, NULL, CP_TYPE_CHECKLIST_PHASE, CP_CHECKLIST_PHASE_BEFORE, flags);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, "", flags);
  properties[PROP_DONE] = g_param_spec_boolean ("done", NULL, NULL, FALSE, flags);
  properties[PROP_POSITION] = g_param_spec_int ("position", NULL, NULL, G_MININT, G_MAXINT, 0, flags);

  cp_record_class_install (record_class, N_PROPS, properties);
}

static void
cp_checklist_item_init (CpChecklistItem *self)
{
}

CpChecklistItem *
cp_checklist_item_new (gint64 visit_id)
{
  return g_object_new (CP_TYPE_CHECKLIST_ITEM, "visit-id", visit_id, NULL);
}

static const CpChecklistTemplate defaults[] = {
  /* Source 000, L10585–10587 */
  { CP_CHECKLIST_PHASE_BEFORE, N_("Agree the terms of reference with the partner: objectives, activities and expected output") },
  /* L10367–10386 */
  { CP_CHECKLIST_PHASE_BEFORE, N_("Select the participants on the expertise the visit needs") },
  /* L10120–10126 */
  { CP_CHECKLIST_PHASE_BEFORE, N_("Brief each participant on their role and the purpose of the visit") },
  /* L10423–10427 */
  { CP_CHECKLIST_PHASE_BEFORE, N_("Review the findings of the previous visit") },
  /* L10396–10397 */
  { CP_CHECKLIST_PHASE_BEFORE, N_("Arrange the interpreter or other language support") },
  /* L10554–10557 */
  { CP_CHECKLIST_PHASE_DURING, N_("End with a memorandum of understanding or agreed next actions") },
  /* L10283–10284 */
  { CP_CHECKLIST_PHASE_DURING, N_("Give a wrap-up presentation to the host council or staff") },
  /* L10598, L11121–11127 */
  { CP_CHECKLIST_PHASE_AFTER, N_("File the visit report and share it with the working group") },
  /* L10727–11002 */
  { CP_CHECKLIST_PHASE_AFTER, N_("Each participant records what they learnt") },
  /* L11109–11135 */
  { CP_CHECKLIST_PHASE_AFTER, N_("Share what was learnt with colleagues") },
  /* L11115–11119 */
  { CP_CHECKLIST_PHASE_AFTER, N_("Report to the Mayor, the alderman and the council") },
  /* L10388–10427 */
  { CP_CHECKLIST_PHASE_AFTER, N_("Assign the follow-up actions and keep in touch between visits") },
};

const CpChecklistTemplate *
cp_checklist_defaults (guint *n_items)
{
  *n_items = G_N_ELEMENTS (defaults);
  return defaults;
}

#define GETTER(type, field, kind, prop) \
type cp_checklist_item_get_##field (CpChecklistItem *self) { return cp_record_get_##kind (CP_RECORD (self), prop); }

GETTER (gint64, visit_id, int64, "visit-id")
GETTER (CpChecklistPhase, phase, enum, "phase")
GETTER (const char *, text, string, "text")
GETTER (gboolean, done, boolean, "done")
GETTER (int, position, int, "position")
