/* cp-store-visits.c: delegation visits and everything that belongs to one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-store-private.h"

/* Visits of partnerships put aside for Undo are left out. */
#define LIVE_PARTNERSHIP "partnership_id NOT IN (SELECT id FROM partnership WHERE trashed_at IS NOT NULL)"

GListModel *
cp_store_list_visits (CpStore  *self,
                      gint64    partnership_id,
                      GError  **error)
{
  if (partnership_id == 0)
    return _cp_store_list (self, CP_TYPE_VISIT, "WHERE " LIVE_PARTNERSHIP " ORDER BY starts_on, id", 0, error);
  return _cp_store_list (self, CP_TYPE_VISIT, "WHERE partnership_id = ?1 ORDER BY starts_on, id", partnership_id, error);
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
  return _cp_store_list (self, CP_TYPE_VISIT,
                     "WHERE id IN (SELECT visit_id FROM delegate WHERE person_id = ?1) AND " LIVE_PARTNERSHIP
                     " ORDER BY starts_on, id",
                     person_id, error);
}

GListModel *
cp_store_list_delegates (CpStore  *self,
                         gint64    visit_id,
                         GError  **error)
{
  return _cp_store_list (self, CP_TYPE_DELEGATE,
                     "WHERE visit_id = ?1 AND person_id NOT IN (SELECT id FROM person WHERE trashed_at IS NOT NULL)"
                     " ORDER BY id",
                     visit_id, error);
}

GListModel *
cp_store_list_all_delegates (CpStore  *self,
                             GError  **error)
{
  return _cp_store_list (self, CP_TYPE_DELEGATE,
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
  return _cp_store_list (self, CP_TYPE_PROGRAMME_ITEM, "WHERE visit_id = ?1 ORDER BY date, starts_at, id", visit_id, error);
}

GListModel *
cp_store_list_cost_lines (CpStore  *self,
                          gint64    visit_id,
                          GError  **error)
{
  return _cp_store_list (self, CP_TYPE_COST_LINE, "WHERE visit_id = ?1 ORDER BY id", visit_id, error);
}

GListModel *
cp_store_list_checklist_items (CpStore  *self,
                               gint64    visit_id,
                               GError  **error)
{
  return _cp_store_list (self, CP_TYPE_CHECKLIST_ITEM,
                     "WHERE visit_id = ?1 ORDER BY CASE phase WHEN 'before' THEN 0 WHEN 'during' THEN 1 ELSE 2 END,"
                     " position, id",
                     visit_id, error);
}

GListModel *
cp_store_list_learning_entries (CpStore  *self,
                                gint64    visit_id,
                                GError  **error)
{
  return _cp_store_list (self, CP_TYPE_LEARNING_ENTRY, "WHERE visit_id = ?1 ORDER BY person_id, id", visit_id, error);
}

GListModel *
cp_store_list_follow_ups (CpStore  *self,
                          gint64    visit_id,
                          GError  **error)
{
  if (visit_id == 0)
    return _cp_store_list (self, CP_TYPE_FOLLOW_UP,
                       "WHERE visit_id IN (SELECT id FROM visit WHERE " LIVE_PARTNERSHIP ")"
                       " ORDER BY due_on = '', due_on, id",
                       0, error);
  return _cp_store_list (self, CP_TYPE_FOLLOW_UP, "WHERE visit_id = ?1 ORDER BY due_on = '', due_on, id", visit_id, error);
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

static void
append_conflicts (GPtrArray *conflicts,
                  GPtrArray *found)
{
  for (guint i = 0; i < found->len; i++)
    g_ptr_array_add (conflicts, g_steal_pointer (&found->pdata[i]));
  g_ptr_array_unref (found);
}

/* Records of @model grouped by an id (their visit, partnership or person), each
 * group a GListStore in the model's order. */
static GHashTable *
group_by (GListModel  *model,
          gint64     (*get_id) (gpointer record))
{
  GHashTable *groups = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) record = g_list_model_get_item (model, i);
      gint64 id = get_id (record);
      GListStore *group = g_hash_table_lookup (groups, &id);

      if (group == NULL)
        {
          group = g_list_store_new (G_OBJECT_TYPE (record));
          g_hash_table_insert (groups, g_memdup2 (&id, sizeof id), group);
        }
      g_list_store_append (group, record);
    }
  return groups;
}

static GHashTable *
index_by_id (GListModel *model)
{
  GHashTable *index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      CpRecord *record = g_list_model_get_item (model, i);
      gint64 id = cp_record_get_id (record);

      g_hash_table_insert (index, g_memdup2 (&id, sizeof id), record);
    }
  return index;
}

static gint64 delegate_visit (gpointer record) { return cp_delegate_get_visit_id (record); }
static gint64 delegate_person (gpointer record) { return cp_delegate_get_person_id (record); }
static gint64 item_visit (gpointer record) { return cp_programme_item_get_visit_id (record); }
static gint64 change_partnership (gpointer record) { return cp_status_change_get_partnership_id (record); }

static GListModel *
group_or_empty (GHashTable *groups,
                gint64      id,
                GType       type)
{
  GListStore *group = g_hash_table_lookup (groups, &id);

  return group ? g_object_ref (G_LIST_MODEL (group)) : G_LIST_MODEL (g_list_store_new (type));
}

/* The conflicts of every visit. Everything is loaded once; each visit is then
 * given only what concerns it (its members, the visits they are on), which
 * cp_visit_find_conflicts() reads the same as the whole lists. */
static GPtrArray *
find_all_conflicts (CpStore  *self,
                    GError  **error)
{
  g_autoptr(GListModel) visits = NULL;
  g_autoptr(GListModel) delegates = NULL;
  g_autoptr(GListModel) people = NULL;
  g_autoptr(GListStore) items = NULL;
  g_autoptr(GListStore) changes = NULL;
  g_autoptr(GHashTable) visit_by_id = NULL;
  g_autoptr(GHashTable) person_by_id = NULL;
  g_autoptr(GHashTable) delegates_of_visit = NULL;
  g_autoptr(GHashTable) delegates_of_person = NULL;
  g_autoptr(GHashTable) items_of_visit = NULL;
  g_autoptr(GHashTable) changes_of_partnership = NULL;
  g_autoptr(GPtrArray) conflicts = g_ptr_array_new_with_free_func ((GDestroyNotify) cp_conflict_free);
  guint n_visits;

  if (!(visits = cp_store_list_visits (self, 0, error)) ||
      !(delegates = cp_store_list_all_delegates (self, error)) ||
      !(people = cp_store_list_people (self, error)) ||
      !(items = _cp_store_load (self, CP_TYPE_PROGRAMME_ITEM,
                                "WHERE visit_id IN (SELECT id FROM visit WHERE status != 'cancelled' AND " LIVE_PARTNERSHIP ")"
                                " ORDER BY visit_id, date, starts_at, id",
                                0, error)) ||
      !(changes = _cp_store_load (self, CP_TYPE_STATUS_CHANGE,
                                  "WHERE partnership_id IN (SELECT partnership_id FROM visit WHERE status != 'cancelled')"
                                  " ORDER BY partnership_id, since, id",
                                  0, error)))
    return NULL;

  visit_by_id = index_by_id (visits);
  person_by_id = index_by_id (people);
  delegates_of_visit = group_by (delegates, delegate_visit);
  delegates_of_person = group_by (delegates, delegate_person);
  items_of_visit = group_by (G_LIST_MODEL (items), item_visit);
  changes_of_partnership = group_by (G_LIST_MODEL (changes), change_partnership);

  n_visits = g_list_model_get_n_items (visits);
  for (guint i = 0; i < n_visits; i++)
    {
      g_autoptr(CpVisit) visit = g_list_model_get_item (visits, i);
      gint64 visit_id = cp_record_get_id (CP_RECORD (visit));
      g_autoptr(GListModel) members = NULL;
      g_autoptr(GListModel) programme = NULL;
      g_autoptr(GListModel) history = NULL;
      g_autoptr(GListStore) member_people = NULL;
      g_autoptr(GListStore) their_delegates = NULL;
      g_autoptr(GListStore) their_visits = NULL;
      g_autoptr(GHashTable) seen_visits = NULL;
      guint n_members;

      if (cp_visit_get_status (visit) == CP_VISIT_STATUS_CANCELLED)
        continue;

      members = group_or_empty (delegates_of_visit, visit_id, CP_TYPE_DELEGATE);
      programme = group_or_empty (items_of_visit, visit_id, CP_TYPE_PROGRAMME_ITEM);
      history = group_or_empty (changes_of_partnership, cp_visit_get_partnership_id (visit), CP_TYPE_STATUS_CHANGE);
      member_people = g_list_store_new (CP_TYPE_PERSON);
      their_delegates = g_list_store_new (CP_TYPE_DELEGATE);
      their_visits = g_list_store_new (CP_TYPE_VISIT);
      seen_visits = g_hash_table_new (g_int64_hash, g_int64_equal);

      n_members = g_list_model_get_n_items (members);
      for (guint m = 0; m < n_members; m++)
        {
          g_autoptr(CpDelegate) member = g_list_model_get_item (members, m);
          gint64 person_id = cp_delegate_get_person_id (member);
          CpPerson *person = g_hash_table_lookup (person_by_id, &person_id);
          GListModel *trips = g_hash_table_lookup (delegates_of_person, &person_id);
          guint n_trips = trips ? g_list_model_get_n_items (trips) : 0;

          if (person != NULL)
            g_list_store_append (member_people, person);
          for (guint t = 0; t < n_trips; t++)
            {
              g_autoptr(CpDelegate) trip = g_list_model_get_item (trips, t);
              gint64 other_id = cp_delegate_get_visit_id (trip);
              gint64 *key;
              CpVisit *other;

              if (other_id == visit_id ||
                  !g_hash_table_lookup_extended (visit_by_id, &other_id, (gpointer *) &key, (gpointer *) &other))
                continue;
              g_list_store_append (their_delegates, trip);
              if (g_hash_table_add (seen_visits, key))
                g_list_store_append (their_visits, other);
            }
        }

      append_conflicts (conflicts,
                        cp_visit_find_conflicts (visit, members, G_LIST_MODEL (member_people), programme, history,
                                                 G_LIST_MODEL (their_visits), G_LIST_MODEL (their_delegates)));
    }
  return g_steal_pointer (&conflicts);
}

GPtrArray *
cp_store_find_visit_conflicts (CpStore  *self,
                               gint64    visit_id,
                               GError  **error)
{
  g_autoptr(CpVisit) visit = NULL;
  g_autoptr(GListModel) delegates = NULL;
  g_autoptr(GListStore) people = NULL;
  g_autoptr(GListModel) programme = NULL;
  g_autoptr(GListModel) changes = NULL;
  g_autoptr(GListModel) visits = NULL;
  g_autoptr(GListModel) all_delegates = NULL;
  guint n;

  g_return_val_if_fail (CP_IS_STORE (self), NULL);

  if (visit_id == 0)
    return find_all_conflicts (self, error);

  if (!(visit = cp_store_get_visit (self, visit_id, error)) ||
      cp_visit_get_status (visit) == CP_VISIT_STATUS_CANCELLED)
    return visit ? g_ptr_array_new_with_free_func ((GDestroyNotify) cp_conflict_free) : NULL;

  if (!(delegates = cp_store_list_delegates (self, visit_id, error)) ||
      !(programme = cp_store_list_programme_items (self, visit_id, error)) ||
      !(changes = cp_store_list_status_changes (self, cp_visit_get_partnership_id (visit), error)) ||
      !(visits = cp_store_list_visits (self, 0, error)) ||
      !(all_delegates = cp_store_list_all_delegates (self, error)))
    return NULL;

  /* Only the members are needed of the people; they are few. */
  people = g_list_store_new (CP_TYPE_PERSON);
  n = g_list_model_get_n_items (delegates);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CpDelegate) delegate = g_list_model_get_item (delegates, i);
      g_autoptr(CpPerson) person = cp_store_get_person (self, cp_delegate_get_person_id (delegate), error);

      if (person == NULL)
        return NULL;
      g_list_store_append (people, person);
    }

  return cp_visit_find_conflicts (visit, delegates, G_LIST_MODEL (people), programme, changes, visits, all_delegates);
}
