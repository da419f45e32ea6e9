/* cp-store-visits.c: delegation visits and everything that belongs to one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-store-private.h"

/* Visits of partnerships put aside for Undo are left out. */
#define LIVE_PARTNERSHIP "partnership_id NOT IN (SELECT id FROM partnership WHERE trashed_at IS NOT NULL)"

static GListModel *
list_where (CpStore     *self,
            GType        type,
            const char  *where,
            gint64       id,
            GError     **error)
{
  g_return_val_if_fail (CP_IS_STORE (self), NULL);

  return G_LIST_MODEL (_cp_store_load (self, type, where, id, error));
}

GListModel *
cp_store_list_visits (CpStore  *self,
                      gint64    partnership_id,
                      GError  **error)
{
  if (partnership_id == 0)
    return list_where (self, CP_TYPE_VISIT, "WHERE " LIVE_PARTNERSHIP " ORDER BY starts_on, id", 0, error);
  return list_where (self, CP_TYPE_VISIT, "WHERE partnership_id = ?1 ORDER BY starts_on, id", partnership_id, error);
}

CpVisit *
cp_store_get_visit (CpStore  *self,
                    gint64    id,
                    GError  **error)
{
  g_return_val_if_fail (CP_IS_STORE (self), NULL);

  return _cp_store_first_or_not_found (_cp_store_load (self, CP_TYPE_VISIT, "WHERE id = ?1", id, error), error);
}

GListModel *
cp_store_list_visits_of_person (CpStore  *self,
                                gint64    person_id,
                                GError  **error)
{
  return list_where (self, CP_TYPE_VISIT,
                     "WHERE id IN (SELECT visit_id FROM delegate WHERE person_id = ?1) AND " LIVE_PARTNERSHIP
                     " ORDER BY starts_on, id",
                     person_id, error);
}

GListModel *
cp_store_list_delegates (CpStore  *self,
                         gint64    visit_id,
                         GError  **error)
{
  return list_where (self, CP_TYPE_DELEGATE,
                     "WHERE visit_id = ?1 AND person_id NOT IN (SELECT id FROM person WHERE trashed_at IS NOT NULL)"
                     " ORDER BY id",
                     visit_id, error);
}

GListModel *
cp_store_list_all_delegates (CpStore  *self,
                             GError  **error)
{
  return list_where (self, CP_TYPE_DELEGATE,
                     "WHERE visit_id IN (SELECT id FROM visit WHERE status != 'cancelled' AND " LIVE_PARTNERSHIP ")"
                     " AND person_id NOT IN (SELECT id FROM person WHERE trashed_at IS NOT NULL)"
                     " ORDER BY visit_id, id",
                     0, error);
}

GListModel *
cp_store_list_programme_items (CpStore  *self,
                               gint64    visit_id,
                               GError  **error)
{
  return list_where (self, CP_TYPE_PROGRAMME_ITEM, "WHERE visit_id = ?1 ORDER BY date, starts_at, id", visit_id, error);
}

GListModel *
cp_store_list_cost_lines (CpStore  *self,
                          gint64    visit_id,
                          GError  **error)
{
  return list_where (self, CP_TYPE_COST_LINE, "WHERE visit_id = ?1 ORDER BY id", visit_id, error);
}

GListModel *
cp_store_list_checklist_items (CpStore  *self,
                               gint64    visit_id,
                               GError  **error)
{
  return list_where (self, CP_TYPE_CHECKLIST_ITEM,
                     "WHERE visit_id = ?1 ORDER BY CASE phase WHEN 'before' THEN 0 WHEN 'during' THEN 1 ELSE 2 END,"
                     " position, id",
                     visit_id, error);
}

GListModel *
cp_store_list_learning_entries (CpStore  *self,
                                gint64    visit_id,
                                GError  **error)
{
  return list_where (self, CP_TYPE_LEARNING_ENTRY, "WHERE visit_id = ?1 ORDER BY person_id, id", visit_id, error);
}

GListModel *
cp_store_list_follow_ups (CpStore  *self,
                          gint64    visit_id,
                          GError  **error)
{
  if (visit_id == 0)
    return list_where (self, CP_TYPE_FOLLOW_UP,
                       "WHERE visit_id IN (SELECT id FROM visit WHERE " LIVE_PARTNERSHIP ")"
                       " ORDER BY due_on = '', due_on, id",
                       0, error);
  return list_where (self, CP_TYPE_FOLLOW_UP, "WHERE visit_id = ?1 ORDER BY due_on = '', due_on, id", visit_id, error);
}

/* A new visit starts with the study's checklist; called by cp_store_save() inside
 * the visit's own transaction. */
gboolean
_cp_store_add_default_checklist (CpStore  *self,
                                 CpVisit  *visit,
                                 GError  **error)
{
  guint n = 0;
  const CpChecklistTemplate *defaults = cp_checklist_defaults (&n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CpChecklistItem) item = cp_checklist_item_new (cp_record_get_id (CP_RECORD (visit)));

      g_object_set (item,
                    "phase", defaults[i].phase,
                    "text", _(defaults[i].text),
                    "position", (int) i,
                    NULL);
      if (!_cp_store_save_record (self, CP_RECORD (item), error))
        return FALSE;
    }
  return TRUE;
}

GPtrArray *
cp_store_find_visit_conflicts (CpStore  *self,
                               gint64    visit_id,
                               GError  **error)
{
  g_set_error_literal (error, CP_STORE_ERROR, CP_STORE_ERROR_FAILED, "being written");
  return NULL;
}
