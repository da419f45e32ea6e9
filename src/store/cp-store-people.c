/* cp-store-people.c: the staff register, key roles, needs and selections
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-store-private.h"

/* Rows of people put aside for Undo are left out of every list. */
/* Box 6.3's order: political, decision-making, executive, then the others. */
#define ROLE_ORDER "CASE role WHEN 'political' THEN 0 WHEN 'decision-making' THEN 1 WHEN 'coordinator' THEN 2" \
                   " WHEN 'representative' THEN 3 ELSE 4 END"

#define LIVE_PERSON "person_id NOT IN (SELECT id FROM person WHERE trashed_at IS NOT NULL)"
/* So are the records of partnerships put aside, where all partnerships' are listed. */
#define LIVE_PARTNERSHIP "partnership_id NOT IN (SELECT id FROM partnership WHERE trashed_at IS NOT NULL)"

GListModel *
cp_store_list_expertise_areas (CpStore  *self,
                               GError  **error)
{
  g_return_val_if_fail (CP_IS_STORE (self), NULL);

  return G_LIST_MODEL (_cp_store_load (self, CP_TYPE_EXPERTISE_AREA, "ORDER BY id", 0, error));
}

GHashTable *
cp_store_dup_area_names (CpStore  *self,
                         GError  **error)
{
  g_autoptr(GListModel) areas = cp_store_list_expertise_areas (self, error);
  GHashTable *names;

  if (areas == NULL)
    return NULL;
  names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(CpExpertiseArea) area = g_list_model_get_item (areas, i);
      g_hash_table_insert (names, g_strdup (cp_expertise_area_get_key (area)),
                           g_strdup (cp_expertise_area_get_name (area)));
    }
  return names;
}

static GListModel *
load_people (CpStore     *self,
             const char  *where,
             gint64       id,
             GError     **error)
{
  g_autoptr(GListStore) people = _cp_store_load (self, CP_TYPE_PERSON, where, id, error);
  g_autoptr(GHashTable) names = NULL;

  if (people == NULL || !(names = cp_store_dup_area_names (self, error)))
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (people)); i++)
    {
      g_autoptr(CpPerson) person = g_list_model_get_item (G_LIST_MODEL (people), i);
      cp_person_set_area_names (person, names);
    }
  return G_LIST_MODEL (g_steal_pointer (&people));
}

GListModel *
cp_store_list_people (CpStore  *self,
                      GError  **error)
{
  g_return_val_if_fail (CP_IS_STORE (self), NULL);

  return load_people (self, "WHERE trashed_at IS NULL ORDER BY name COLLATE NOCASE, id", 0, error);
}

CpPerson *
cp_store_get_person (CpStore  *self,
                     gint64    id,
                     GError  **error)
{
  g_return_val_if_fail (CP_IS_STORE (self), NULL);

  return _cp_store_first_or_not_found (G_LIST_STORE (load_people (self, "WHERE id = ?1 AND trashed_at IS NULL", id, error)),
                                       error);
}

gboolean
cp_store_trash_person (CpStore  *self,
                       gint64    id,
                       GError  **error)
{
  return _cp_store_set_trashed (self, CP_TYPE_PERSON, id, TRUE, error);
}

gboolean
cp_store_restore_person (CpStore  *self,
                         gint64    id,
                         GError  **error)
{
  return _cp_store_set_trashed (self, CP_TYPE_PERSON, id, FALSE, error);
}

gboolean
cp_store_count_person_dependents (CpStore            *self,
                                  gint64              person_id,
                                  CpPersonDependents *dependents,
                                  GError            **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CP_IS_STORE (self), FALSE);
  g_return_val_if_fail (dependents != NULL, FALSE);

  if (!(stmt = _cp_store_prepare (self,
                                  "SELECT (SELECT count(*) FROM key_role WHERE person_id = ?1),"
                                  "       (SELECT count(*) FROM selection WHERE person_id = ?1),"
                                  "       (SELECT count(*) FROM consultation_member WHERE person_id = ?1)",
                                  error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, person_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      dependents->key_roles = sqlite3_column_int (stmt, 0);
      dependents->selections = sqlite3_column_int (stmt, 1);
      dependents->memberships = sqlite3_column_int (stmt, 2);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    return _cp_store_set_sqlite_error (self, rc, error);
  return TRUE;
}

GListModel *
cp_store_list_availability (CpStore  *self,
                            gint64    person_id,
                            GError  **error)
{
  return _cp_store_list (self, CP_TYPE_AVAILABILITY, "WHERE person_id = ?1 ORDER BY starts_on, id", person_id, error);
}

GListModel *
cp_store_list_key_roles (CpStore  *self,
                         gint64    partnership_id,
                         GError  **error)
{
  if (partnership_id == 0)
    return _cp_store_list (self, CP_TYPE_KEY_ROLE,
                       "WHERE " LIVE_PERSON " AND " LIVE_PARTNERSHIP " ORDER BY partnership_id, " ROLE_ORDER ", starts_on, id",
                       0, error);
  return _cp_store_list (self, CP_TYPE_KEY_ROLE,
                     "WHERE partnership_id = ?1 AND " LIVE_PERSON " ORDER BY " ROLE_ORDER ", starts_on, id",
                     partnership_id, error);
}

GListModel *
cp_store_list_key_roles_of_person (CpStore  *self,
                                   gint64    person_id,
                                   GError  **error)
{
  return _cp_store_list (self, CP_TYPE_KEY_ROLE, "WHERE person_id = ?1 ORDER BY starts_on, id", person_id, error);
}

GListModel *
cp_store_list_consultation_structures (CpStore  *self,
                                       gint64    partnership_id,
                                       GError  **error)
{
  return _cp_store_list (self, CP_TYPE_CONSULTATION_STRUCTURE, "WHERE partnership_id = ?1 ORDER BY name, id",
                     partnership_id, error);
}

GListModel *
cp_store_list_needs (CpStore  *self,
                     gint64    partnership_id,
                     GError  **error)
{
  if (partnership_id == 0)
    return _cp_store_list (self, CP_TYPE_NEED, "WHERE " LIVE_PARTNERSHIP " ORDER BY starts_on = '', starts_on, id",
                       0, error);
  return _cp_store_list (self, CP_TYPE_NEED, "WHERE partnership_id = ?1 ORDER BY starts_on = '', starts_on, id",
                     partnership_id, error);
}

CpNeed *
cp_store_get_need (CpStore  *self,
                   gint64    id,
                   GError  **error)
{
  g_return_val_if_fail (CP_IS_STORE (self), NULL);

  return _cp_store_first_or_not_found (_cp_store_load (self, CP_TYPE_NEED, "WHERE id = ?1", id, error), error);
}

GListModel *
cp_store_list_selections (CpStore  *self,
                          gint64    need_id,
                          GError  **error)
{
  return _cp_store_list (self, CP_TYPE_SELECTION, "WHERE need_id = ?1 AND " LIVE_PERSON " ORDER BY decided_on, id",
                     need_id, error);
}

GListModel *
cp_store_list_selections_of_person (CpStore  *self,
                                    gint64    person_id,
                                    GError  **error)
{
  return _cp_store_list (self, CP_TYPE_SELECTION, "WHERE person_id = ?1 ORDER BY decided_on, id", person_id, error);
}

/* Runs @sql, handing each row to @row. */
static gboolean
for_each_row (CpStore      *self,
              const char   *sql,
              void        (*row) (CpMatchHistory *history,
                                  sqlite3_stmt   *stmt),
              CpMatchHistory *history,
              GError      **error)
{
  sqlite3_stmt *stmt = _cp_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    row (history, stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _cp_store_set_sqlite_error (self, rc, error);
  return TRUE;
}

static void
add_work (CpMatchHistory *history,
          sqlite3_stmt   *stmt)
{
  cp_match_history_add_work (history, sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1));
}

static void
add_trip (CpMatchHistory *history,
          sqlite3_stmt   *stmt)
{
  cp_match_history_add_trip (history, sqlite3_column_int64 (stmt, 0), (const char *) sqlite3_column_text (stmt, 1));
}

static void
add_availability (CpMatchHistory *history,
                  sqlite3_stmt   *stmt)
{
  cp_match_history_add_availability (history, sqlite3_column_int64 (stmt, 0),
                                     (const char *) sqlite3_column_text (stmt, 1),
                                     (const char *) sqlite3_column_text (stmt, 2));
}

CpMatchHistory *
cp_store_load_match_history (CpStore  *self,
                             GError  **error)
{
  g_autoptr(CpMatchHistory) history = cp_match_history_new ();
  g_autoptr(GHashTable) names = NULL;

  g_return_val_if_fail (CP_IS_STORE (self), NULL);

  /* The names of the areas users added, for the reasons. */
  if (!(names = cp_store_dup_area_names (self, error)))
    return NULL;
  cp_match_history_set_area_names (history, names);

  /* Earlier work: a key role in the partnership, or a selection for one of its
   * needs. A trip: a selection for a need with a period (visits will add theirs). */
  if (!for_each_row (self, "SELECT person_id, partnership_id FROM key_role"
                           " UNION SELECT s.person_id, n.partnership_id FROM selection s JOIN need n ON n.id = s.need_id",
                     add_work, history, error) ||
      !for_each_row (self, "SELECT s.person_id, n.starts_on FROM selection s JOIN need n ON n.id = s.need_id"
                           " WHERE length(n.starts_on) = 10",
                     add_trip, history, error) ||
      !for_each_row (self, "SELECT person_id, starts_on, ends_on FROM availability",
                     add_availability, history, error))
    return NULL;

  return g_steal_pointer (&history);
}

GListModel *
cp_store_rank_need (CpStore     *self,
                    gint64       need_id,
                    const char  *today,
                    GError     **error)
{
  g_autoptr(CpNeed) need = NULL;
  g_autoptr(GListModel) people = NULL;
  g_autoptr(CpMatchHistory) history = NULL;

  g_return_val_if_fail (CP_IS_STORE (self), NULL);

  if (!(need = cp_store_get_need (self, need_id, error)) ||
      !(people = cp_store_list_people (self, error)) ||
      !(history = cp_store_load_match_history (self, error)))
    return NULL;

  return cp_match_rank (need, people, history, today);
}
