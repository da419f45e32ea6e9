/* cp-visit-conflicts.h: what does not fit in a visit's plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cp-visit.h"

G_BEGIN_DECLS

typedef enum
{
  CP_CONFLICT_DOUBLE_BOOKED,       /* a person in two visits at the same time */
  CP_CONFLICT_OUTSIDE_ACTIVE,      /* the visit falls outside the partnership's active period */
  CP_CONFLICT_MISSING_LANGUAGE,    /* a participant lacks a language the programme needs */
  CP_CONFLICT_ITEM_OUTSIDE_VISIT,  /* a programme item outside the visit's dates */
} CpConflictKind;

typedef struct
{
  CpConflictKind  kind;
  gint64          visit_id;
  gint64          record_id;  /* the person, the other visit or the programme item concerned */
  char           *message;    /* in the user's words, translated */
} CpConflict;

void cp_conflict_free (CpConflict *conflict);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CpConflict, cp_conflict_free)

/* The conflicts of @visit (a cancelled visit has none).
 * @delegates: its delegation (CpDelegate); @people: CpPerson, at least its members;
 * @programme: its CpProgrammeItems; @status_changes: the CpStatusChanges of its
 * partnership; @visits and @all_delegates: every visit and every delegation member,
 * to find people booked twice. Returns an array of CpConflict, in a stable order. */
GPtrArray *cp_visit_find_conflicts (CpVisit    *visit,
                                    GListModel *delegates,
                                    GListModel *people,
                                    GListModel *programme,
                                    GListModel *status_changes,
                                    GListModel *visits,
                                    GListModel *all_delegates);

G_END_DECLS
