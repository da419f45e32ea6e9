/* cp-store.c
 *
 * The connection, the schema migrations, transactions, backup, and the generic
 * reading and writing of CpRecords by their properties. A record's table has one
 * column per stored property ("partnership-id" → partnership_id).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "cp-enum-types.h"
#include "core/cp-partial-date.h"
#include "cp-store-private.h"
#include "core/cp-expertise.h"

struct _CpStore
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *path;
  int         schema_version;
  GHashTable *statements;     /* SQL text → sqlite3_stmt* */
  guint       write_depth;
  gboolean    write_ok;
  GPtrArray  *new_records;    /* given an id by the open write; reset if it rolls back */
};

G_DEFINE_FINAL_TYPE (CpStore, cp_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (cp-store-error-quark, cp_store_error)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The built-in migrations, in order; step N brings a file to user_version N. */
static const char * const migrations[] = {
  "001-registry.sql",
  "002-people.sql",
  "003-visits.sql",
  "004-funding.sql",
  "005-conditions.sql",
  "006-iati.sql",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == CP_STORE_SCHEMA_VERSION);

/* A property holding an ordered array of other records, kept in a link table:
 * a partnership's parties, a working group's members. */
typedef struct
{
  const char *property;
  const char *table;
  const char *owner_column;
  const char *target_column;
  GType     (*target_type) (void);
} RecordLinks;

static const RecordLinks parties_links = {
  "parties", "partnership_party", "partnership_id", "municipality_id", cp_municipality_get_type,
};

static const RecordLinks members_links = {
  "members", "consultation_member", "structure_id", "person_id", cp_person_get_type,
};

typedef struct
{
  const char        *table;
  GType            (*get_type) (void);
  /* Properties that are not columns of the table. */
  const char        *skip[5];
  const RecordLinks *links;
} RecordTable;

static const RecordTable record_tables[] = {
  { "municipality", cp_municipality_get_type, { NULL }, NULL },
  { "partnership", cp_partnership_get_type, { "parties", "status", "status-since", NULL }, &parties_links },
  { "status_change", cp_status_change_get_type, { NULL }, NULL },
  { "agreement", cp_agreement_get_type, { NULL }, NULL },
  { "actor", cp_actor_get_type, { NULL }, NULL },
  { "timeline_event", cp_timeline_event_get_type, { NULL }, NULL },
  { "expertise_area", cp_expertise_area_get_type, { NULL }, NULL },
  { "person", cp_person_get_type, { NULL }, NULL },
  { "availability", cp_availability_get_type, { NULL }, NULL },
  { "key_role", cp_key_role_get_type, { NULL }, NULL },
  { "consultation_structure", cp_consultation_structure_get_type, { "members", NULL }, &members_links },
  { "need", cp_need_get_type, { NULL }, NULL },
  { "selection", cp_selection_get_type, { NULL }, NULL },
  { "visit", cp_visit_get_type, { NULL }, NULL },
  { "delegate", cp_delegate_get_type, { NULL }, NULL },
  { "programme_item", cp_programme_item_get_type, { NULL }, NULL },
  { "cost_line", cp_cost_line_get_type, { NULL }, NULL },
  { "checklist_item", cp_checklist_item_get_type, { NULL }, NULL },
  { "learning_entry", cp_learning_entry_get_type, { NULL }, NULL },
  { "follow_up", cp_follow_up_get_type, { NULL }, NULL },
  { "budget_year", cp_budget_year_get_type, { NULL }, NULL },
  { "budget_line", cp_budget_line_get_type, { NULL }, NULL },
  { "funder", cp_funder_get_type, { NULL }, NULL },
  { "funding_programme", cp_funding_programme_get_type, { NULL }, NULL },
  { "grant_application", cp_grant_application_get_type, { NULL }, NULL },
  { "reporting_obligation", cp_reporting_obligation_get_type, { NULL }, NULL },
  { "ledger_entry", cp_transaction_get_type, { NULL }, NULL },
  { "political_term", cp_political_term_get_type, { NULL }, NULL },
  { "mandate_document", cp_mandate_document_get_type, { NULL }, NULL },
  { "support_action", cp_support_action_get_type, { NULL }, NULL },
  { "ic_structure", cp_ic_structure_get_type, { NULL }, NULL },
  { "plan_line", cp_plan_line_get_type, { NULL }, NULL },
  { "project", cp_project_get_type, { NULL }, NULL },
  { "condition_assessment", cp_condition_assessment_get_type, { NULL }, NULL },
};

static const RecordTable *
find_record_table (GType type)
{
  for (guint i = 0; i < G_N_ELEMENTS (record_tables); i++)
    if (record_tables[i].get_type () == type)
      return &record_tables[i];
  g_return_val_if_reached (NULL);
}

/* Errors */

static int
code_for_sqlite (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_CONSTRAINT:
      return CP_STORE_ERROR_CONSTRAINT;
    case SQLITE_NOTADB:
      return CP_STORE_ERROR_NOT_A_DATABASE;
    case SQLITE_CORRUPT:
      return CP_STORE_ERROR_CORRUPT;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_FULL:
    case SQLITE_PERM:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return CP_STORE_ERROR_IO;
    default:
      return CP_STORE_ERROR_FAILED;
    }
}

static gboolean
set_sqlite_error (GError  **error,
                  sqlite3  *db,
                  int       rc)
{
  g_set_error (error, CP_STORE_ERROR, code_for_sqlite (rc), "%s",
               db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
  return FALSE;
}

/* Statements */

static gboolean
exec_sql (sqlite3     *db,
          const char  *sql,
          GError     **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return set_sqlite_error (error, db, rc);
  return TRUE;
}

static sqlite3_stmt *
prepare (CpStore     *self,
         const char  *sql,
         GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, self->db, rc);
      return NULL;
    }
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

/* Steps @stmt to its end; for statements that return no rows. */
static gboolean
step_done (CpStore       *self,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return set_sqlite_error (error, self->db, rc);
  return TRUE;
}

static gboolean
query_int (sqlite3     *db,
           const char  *sql,
           gint64      *out,
           GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *out = sqlite3_column_int64 (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_OK)
    return set_sqlite_error (error, db, rc);
  return TRUE;
}

/* Transactions */

gboolean
cp_store_begin_write (CpStore  *self,
                      GError  **error)
{
  g_return_val_if_fail (CP_IS_STORE (self), FALSE);

  if (self->write_depth == 0)
    {
      /* IMMEDIATE: take the write lock now, where a busy database can still be
       * retried, rather than in the middle of the transaction. */
      if (!exec_sql (self->db, "BEGIN IMMEDIATE", error))
        return FALSE;
      self->write_ok = TRUE;
    }
  self->write_depth++;
  return TRUE;
}

gboolean
cp_store_end_write (CpStore   *self,
                    gboolean   success,
                    GError   **error)
{
  g_return_val_if_fail (CP_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->write_depth > 0, FALSE);

  if (!success)
    self->write_ok = FALSE;

  if (--self->write_depth > 0)
    return success;

  if (self->write_ok)
    {
      if (exec_sql (self->db, "COMMIT", error))
        {
          g_ptr_array_set_size (self->new_records, 0);
          g_signal_emit (self, signals[CHANGED], 0);
          return TRUE;
        }
    }
  else if (success)
    g_set_error_literal (error, CP_STORE_ERROR, CP_STORE_ERROR_FAILED,
                         _("A part of the change could not be saved, so none of it was saved."));
  exec_sql (self->db, "ROLLBACK", NULL);

  /* The rows these ids named are gone, and SQLite may hand the ids out again. */
  for (guint i = 0; i < self->new_records->len; i++)
    cp_record_set_id (g_ptr_array_index (self->new_records, i), 0);
  g_ptr_array_set_size (self->new_records, 0);
  return FALSE;
}

/* Opening and migrating */

static gboolean
read_header (const char  *path,
             gboolean    *empty,
             GError     **error)
{
  static const char sqlite_magic[16] = "SQLite format 3";
  char header[16] = { 0 };
  size_t n;
  FILE *file = g_fopen (path, "rb");

  if (file == NULL)
    {
      int saved_errno = errno;
      g_set_error (error, CP_STORE_ERROR, CP_STORE_ERROR_IO,
                   _("Cannot read “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }
  n = fread (header, 1, sizeof header, file);
  fclose (file);

  *empty = (n == 0);
  if (n != 0 && (n < sizeof header || memcmp (header, sqlite_magic, sizeof header) != 0))
    {
      g_set_error (error, CP_STORE_ERROR, CP_STORE_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a Counterpart workspace: it is not a database file."), path);
      return FALSE;
    }
  return TRUE;
}

/* A read-only look at a file. A plain read-only connection to a WAL database
 * leaves an empty -wal and a 32 KiB -shm beside it, which it cannot remove. With
 * no -wal there is nothing but the file itself to read, so it is opened as
 * immutable, which creates nothing. (Removing the sidecars afterwards instead
 * could unlink those of a connection that opened the file meanwhile.) */
typedef struct
{
  sqlite3  *db;
} ReadOnly;

static int
open_read_only (const char *path,
                ReadOnly   *look)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *escaped = NULL;
  g_autofree char *uri = NULL;

  look->db = NULL;
  if (g_file_test (wal, G_FILE_TEST_EXISTS))
    return sqlite3_open_v2 (path, &look->db, SQLITE_OPEN_READONLY, NULL);

  escaped = g_uri_escape_string (path, "/", FALSE);
  uri = g_strconcat ("file:", escaped, "?immutable=1", NULL);
  return sqlite3_open_v2 (uri, &look->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
}

static void
close_read_only (ReadOnly   *look,
                 const char *path)
{
  sqlite3_close_v2 (look->db);
  look->db = NULL;
}

/* Looks at an existing file without writing to it. *version is 0 for a file
 * that holds nothing yet. */
static gboolean
inspect_file (const char  *path,
              int         *version,
              GError     **error)
{
  ReadOnly look;
  sqlite3 *db = NULL;
  gint64 app_id = 0, user_version = 0, n_objects = 0;
  gboolean empty = FALSE;
  gboolean ok = FALSE;
  g_autoptr(GError) local_error = NULL;
  int rc;

  *version = 0;
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;

  if (!read_header (path, &empty, error))
    return FALSE;
  if (empty)
    return TRUE;

  rc = open_read_only (path, &look);
  db = look.db;
  if (rc != SQLITE_OK)
    set_sqlite_error (&local_error, db, rc);
  else if (query_int (db, "PRAGMA application_id", &app_id, &local_error) &&
           query_int (db, "PRAGMA user_version", &user_version, &local_error) &&
           query_int (db, "SELECT count(*) FROM sqlite_schema", &n_objects, &local_error))
    ok = TRUE;
  close_read_only (&look, path);

  if (!ok)
    {
      g_set_error (error, CP_STORE_ERROR,
                   local_error->code == CP_STORE_ERROR_NOT_A_DATABASE ? CP_STORE_ERROR_NOT_A_DATABASE
                                                                      : CP_STORE_ERROR_CORRUPT,
                   _("“%s” cannot be read as a Counterpart workspace (%s). The file has not been changed."),
                   path, local_error->message);
      return FALSE;
    }

  /* Ours carry our application_id from the first step on; a file without it is
   * taken as new only when it holds nothing and has no version of its own. */
  if (app_id != CP_STORE_APPLICATION_ID && (app_id != 0 || n_objects > 0 || user_version != 0))
    {
      g_set_error (error, CP_STORE_ERROR, CP_STORE_ERROR_FOREIGN,
                   _("“%s” is a database of another application, not a Counterpart workspace. The file has not been changed."),
                   path);
      return FALSE;
    }

  *version = (int) user_version;
  return TRUE;
}

static char *
load_migration (const char  *name,
                GError     **error)
{
  g_autofree char *resource = g_strconcat ("/io/github/counterpart/Counterpart/store/schema/", name, NULL);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (resource, 0, error);

  if (bytes == NULL)
    return NULL;
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static gboolean
run_step (CpStore     *self,
          int          version,
          const char  *sql,
          GError     **error)
{
  g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %d; PRAGMA application_id = %d;",
                                           version, CP_STORE_APPLICATION_ID);

  if (!exec_sql (self->db, "BEGIN IMMEDIATE", error))
    return FALSE;

  if (!exec_sql (self->db, sql, error) || !exec_sql (self->db, bump, error) ||
      !exec_sql (self->db, "COMMIT", error))
    {
      exec_sql (self->db, "ROLLBACK", NULL);
      g_prefix_error (error, _("Could not update the workspace to version %d: "), version);
      return FALSE;
    }

  self->schema_version = version;
  return TRUE;
}

static gboolean
migrate (CpStore            *self,
         const char * const *extra_steps,
         GError            **error)
{
  g_autoptr(GPtrArray) steps = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < G_N_ELEMENTS (migrations); i++)
    {
      char *sql = load_migration (migrations[i], error);
      if (sql == NULL)
        return FALSE;
      g_ptr_array_add (steps, sql);
    }
  for (guint i = 0; extra_steps != NULL && extra_steps[i] != NULL; i++)
    g_ptr_array_add (steps, g_strdup (extra_steps[i]));

  if (self->schema_version > 0 && self->schema_version < (int) steps->len)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
      g_autofree char *backup = g_strdup_printf ("%s.v%d-%s.bak", self->path, self->schema_version, stamp);

      if (!cp_store_backup (self, backup, error))
        {
          g_prefix_error (error, _("Could not back up the workspace before updating it: "));
          return FALSE;
        }
    }

  for (guint i = self->schema_version; i < steps->len; i++)
    if (!run_step (self, i + 1, g_ptr_array_index (steps, i), error))
      return FALSE;

  return TRUE;
}

/* At open, only what was put aside a while ago goes: another window or
 * counterpart-cli may open the file while an Undo is still on offer. */
static gboolean
purge_trash (CpStore   *self,
             gboolean   all,
             GError   **error)
{
  return exec_sql (self->db,
                   all ? "DELETE FROM partnership WHERE trashed_at IS NOT NULL;"
                         "DELETE FROM person WHERE trashed_at IS NOT NULL"
                       : "DELETE FROM partnership WHERE trashed_at < datetime('now', '-1 hour');"
                         "DELETE FROM person WHERE trashed_at < datetime('now', '-1 hour')",
                   error);
}

CpStore *
_cp_store_open_full (const char          *path,
                     const char * const  *extra_steps,
                     GError             **error)
{
  g_autoptr(CpStore) self = NULL;
  guint n_steps = G_N_ELEMENTS (migrations) + (extra_steps ? g_strv_length ((char **) extra_steps) : 0);
  g_autofree char *dir = NULL;
  int version;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  if (!inspect_file (path, &version, error))
    return NULL;

  if (version > (int) n_steps)
    {
      g_set_error (error, CP_STORE_ERROR, CP_STORE_ERROR_TOO_NEW,
                   _("“%s” was saved by a newer version of Counterpart (workspace version %d; this version reads up to %d). Update Counterpart to open it. The file has not been changed."),
                   path, version, (int) n_steps);
      return NULL;
    }

  dir = g_path_get_dirname (path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, CP_STORE_ERROR, CP_STORE_ERROR_IO,
                   _("Cannot create the folder “%s”: %s"), dir, g_strerror (saved_errno));
      return NULL;
    }

  self = g_object_new (CP_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  self->schema_version = version;

  rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, self->db, rc);
      g_prefix_error (error, _("Cannot open “%s”: "), path);
      return NULL;
    }
  sqlite3_busy_timeout (self->db, 5000);

  /* foreign_keys is a no-op inside a transaction: set it first. */
  if (!exec_sql (self->db, "PRAGMA foreign_keys = ON", error) ||
      !exec_sql (self->db, "PRAGMA journal_mode = WAL", error) ||
      !exec_sql (self->db, "PRAGMA synchronous = NORMAL", error) ||
      !migrate (self, extra_steps, error) ||
      !purge_trash (self, FALSE, error))
    return NULL;

  return g_steal_pointer (&self);
}

CpStore *
cp_store_open (const char  *path,
               GError     **error)
{
  return _cp_store_open_full (path, NULL, error);
}

char *
cp_store_dup_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "counterpart", "workspace.sqlite", NULL);
}

const char *
cp_store_get_path (CpStore *self)
{
  g_return_val_if_fail (CP_IS_STORE (self), NULL);

  return self->path;
}

int
cp_store_get_schema_version (CpStore *self)
{
  g_return_val_if_fail (CP_IS_STORE (self), 0);

  return self->schema_version;
}

gboolean
cp_store_is_empty (CpStore *self)
{
  gint64 n = 0;

  g_return_val_if_fail (CP_IS_STORE (self), TRUE);

  /* A file that cannot be read is not empty: nothing may be loaded into it. */
  if (!query_int (self->db, "SELECT (SELECT count(*) FROM municipality) + (SELECT count(*) FROM partnership)"
                   " + (SELECT count(*) FROM person)", &n, NULL))
    return FALSE;
  return n == 0;
}

gboolean
cp_store_backup (CpStore     *self,
                 const char  *destination,
                 GError     **error)
{
  g_autofree char *tmp = NULL;
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int rc;

  g_return_val_if_fail (CP_IS_STORE (self), FALSE);
  g_return_val_if_fail (destination != NULL, FALSE);

  /* Write beside the destination and rename, so that a failed backup never
   * leaves a half-written file where a good one was. */
  tmp = g_strconcat (destination, ".part", NULL);
  g_unlink (tmp);

  rc = sqlite3_open_v2 (tmp, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (dest, "main", self->db, "main");
      if (backup == NULL)
        rc = sqlite3_errcode (dest);
      else
        {
          rc = sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
          if (rc == SQLITE_DONE)
            rc = sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
        }
    }

  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, dest, rc);
      g_prefix_error (error, _("Cannot write the backup “%s”: "), destination);
      sqlite3_close_v2 (dest);
      g_unlink (tmp);
      return FALSE;
    }
  sqlite3_close_v2 (dest);

  if (g_rename (tmp, destination) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, CP_STORE_ERROR, CP_STORE_ERROR_IO,
                   _("Cannot write the backup “%s”: %s"), destination, g_strerror (saved_errno));
      g_unlink (tmp);
      return FALSE;
    }
  return TRUE;
}

gboolean
cp_store_compact (CpStore  *self,
                  GError  **error)
{
  g_return_val_if_fail (CP_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->write_depth == 0, FALSE);

  return exec_sql (self->db, "PRAGMA wal_checkpoint(TRUNCATE)", error) &&
         exec_sql (self->db, "PRAGMA journal_mode = DELETE", error) &&
         exec_sql (self->db, "VACUUM", error);
}

gboolean
cp_store_check_file (const char  *path,
                     int         *schema_version,
                     char       **report,
                     GError     **error)
{
  ReadOnly look;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  gint64 n_bad_keys = 0;
  int version = 0;
  int rc;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, CP_STORE_ERROR, CP_STORE_ERROR_IO, _("“%s” does not exist."), path);
      return FALSE;
    }
  if (!inspect_file (path, &version, error))
    return FALSE;

  rc = open_read_only (path, &look);
  db = look.db;
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_string_append_printf (text, "%s%s", text->len ? "\n" : "", sqlite3_column_text (stmt, 0));
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc == SQLITE_DONE)
    {
      rc = SQLITE_OK;
      if (sqlite3_prepare_v2 (db, "SELECT count(*) FROM pragma_foreign_key_check", -1, &stmt, NULL) == SQLITE_OK &&
          sqlite3_step (stmt) == SQLITE_ROW)
        n_bad_keys = sqlite3_column_int64 (stmt, 0);
      sqlite3_finalize (stmt);
    }

  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, db, rc);
      close_read_only (&look, path);
      return FALSE;
    }
  close_read_only (&look, path);

  if (n_bad_keys > 0)
    g_string_append_printf (text, "\n%" G_GINT64_FORMAT " broken references", n_bad_keys);

  if (schema_version != NULL)
    *schema_version = version;
  if (report != NULL)
    *report = g_strdup (text->str);
  return TRUE;
}

/* Reading and writing records by their properties */

static char *
column_for (GParamSpec *pspec)
{
  return g_strdelimit (g_strdup (pspec->name), "-", '_');
}

/* The stored properties of @type, in a stable order: all read-write ones but
 * the id and those the table says to skip. */
static GPtrArray *
stored_pspecs (const RecordTable *table)
{
  GObjectClass *klass = g_type_class_ref (table->get_type ());
  g_autofree GParamSpec **pspecs = NULL;
  GPtrArray *result = g_ptr_array_new ();
  guint n;

  pspecs = g_object_class_list_properties (klass, &n);
  for (guint i = 0; i < n; i++)
    {
      if ((pspecs[i]->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE ||
          g_str_equal (pspecs[i]->name, "id") ||
          g_strv_contains (table->skip, pspecs[i]->name))
        continue;
      g_ptr_array_add (result, pspecs[i]);
    }
  g_type_class_unref (klass);
  return result;
}

static char *
strv_to_json (const char * const *strv)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    json_builder_add_string_value (builder, strv[i]);
  json_builder_end_array (builder);
  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

static char **
strv_from_json (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonNode *root;

  if (json != NULL && json_parser_load_from_data (parser, json, -1, NULL) &&
      (root = json_parser_get_root (parser)) != NULL && JSON_NODE_HOLDS_ARRAY (root))
    {
      JsonArray *array = json_node_get_array (root);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *node = json_array_get_element (array, i);
          if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
            g_strv_builder_add (builder, json_node_get_string (node));
        }
    }
  return g_strv_builder_end (builder);
}

static gboolean
is_reference (GParamSpec *pspec)
{
  return G_IS_PARAM_SPEC_INT64 (pspec) && g_str_has_suffix (pspec->name, "-id");
}

static void
bind_property (sqlite3_stmt *stmt,
               int           index,
               CpRecord     *record,
               GParamSpec   *pspec)
{
  const GValue *value = cp_record_peek_value (record, pspec);

  if (G_IS_PARAM_SPEC_STRING (pspec))
    {
      const char *s = g_value_get_string (value);
      sqlite3_bind_text (stmt, index, s ? s : "", -1, SQLITE_TRANSIENT);
    }
  else if (is_reference (pspec) && g_value_get_int64 (value) == 0)
    sqlite3_bind_null (stmt, index);
  else if (G_IS_PARAM_SPEC_INT64 (pspec))
    sqlite3_bind_int64 (stmt, index, g_value_get_int64 (value));
  else if (G_IS_PARAM_SPEC_INT (pspec))
    sqlite3_bind_int (stmt, index, g_value_get_int (value));
  else if (G_IS_PARAM_SPEC_BOOLEAN (pspec))
    sqlite3_bind_int (stmt, index, g_value_get_boolean (value) ? 1 : 0);
  else if (G_IS_PARAM_SPEC_ENUM (pspec))
    sqlite3_bind_text (stmt, index, cp_enum_to_nick (G_PARAM_SPEC_VALUE_TYPE (pspec), g_value_get_enum (value)),
                       -1, SQLITE_STATIC);
  else if (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_STRV)
    sqlite3_bind_text (stmt, index, strv_to_json (g_value_get_boxed (value)), -1, g_free);
  else
    g_assert_not_reached ();
}

static void
read_property (sqlite3_stmt *stmt,
               int           column,
               GObject      *object,
               GParamSpec   *pspec)
{
  g_auto(GValue) value = G_VALUE_INIT;
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  g_value_init (&value, type);
  if (G_IS_PARAM_SPEC_STRING (pspec))
    g_value_set_string (&value, (const char *) sqlite3_column_text (stmt, column));
  else if (G_IS_PARAM_SPEC_INT64 (pspec))
    g_value_set_int64 (&value, sqlite3_column_int64 (stmt, column));
  else if (G_IS_PARAM_SPEC_INT (pspec))
    g_value_set_int (&value, sqlite3_column_int (stmt, column));
  else if (G_IS_PARAM_SPEC_BOOLEAN (pspec))
    g_value_set_boolean (&value, sqlite3_column_int (stmt, column) != 0);
  else if (G_IS_PARAM_SPEC_ENUM (pspec))
    {
      int v;
      /* A name this version does not know reads as the default. */
      if (!cp_enum_from_nick (type, (const char *) sqlite3_column_text (stmt, column), &v))
        v = G_PARAM_SPEC_ENUM (pspec)->default_value;
      g_value_set_enum (&value, v);
    }
  else if (type == G_TYPE_STRV)
    g_value_take_boxed (&value, strv_from_json ((const char *) sqlite3_column_text (stmt, column)));
  else
    g_assert_not_reached ();

  g_object_set_property (object, pspec->name, &value);
}

static char *
build_select (const RecordTable *table,
              GPtrArray         *pspecs,
              const char        *where)
{
  GString *sql = g_string_new ("SELECT id");

  for (guint i = 0; i < pspecs->len; i++)
    {
      g_autofree char *column = column_for (g_ptr_array_index (pspecs, i));
      g_string_append_printf (sql, ", %s", column);
    }
  g_string_append_printf (sql, " FROM %s %s", table->table, where);
  return g_string_free (sql, FALSE);
}

static gboolean complete_links (CpStore            *self,
                                GListStore         *owners,
                                const RecordLinks  *links,
                                GError            **error);

/* Runs a SELECT of @table's records; @where may bind one id as ?1. */
static GPtrArray *
load_rows (CpStore            *self,
           const RecordTable  *table,
           const char         *where,
           gint64              bind_id,
           GError            **error)
{
  g_autoptr(GPtrArray) pspecs = stored_pspecs (table);
  g_autofree char *sql = build_select (table, pspecs, where);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = prepare (self, sql, error)))
    return NULL;
  if (bind_id != 0)
    sqlite3_bind_int64 (stmt, 1, bind_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GObject *record = g_object_new (table->get_type (), NULL);

      g_object_freeze_notify (record);
      cp_record_set_id (CP_RECORD (record), sqlite3_column_int64 (stmt, 0));
      for (guint i = 0; i < pspecs->len; i++)
        read_property (stmt, i + 1, record, g_ptr_array_index (pspecs, i));
      g_object_thaw_notify (record);
      g_ptr_array_add (records, record);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (error, self->db, rc);
      return NULL;
    }
  return g_steal_pointer (&records);
}

static GListStore *
load_records (CpStore            *self,
              const RecordTable  *table,
              const char         *where,
              gint64              bind_id,
              GError            **error)
{
  g_autoptr(GPtrArray) rows = load_rows (self, table, where, bind_id, error);
  g_autoptr(GListStore) records = NULL;

  if (rows == NULL)
    return NULL;
  records = g_list_store_new (table->get_type ());
  g_list_store_splice (records, 0, 0, rows->pdata, rows->len);
  if (table->links != NULL && !complete_links (self, records, table->links, error))
    return NULL;
  return g_steal_pointer (&records);
}

/* Gives each record in @owners the linked records of @links, in their order. */
static gboolean
complete_links (CpStore            *self,
                GListStore         *owners,
                const RecordLinks  *links,
                GError            **error)
{
  g_autoptr(GHashTable) owner_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) target_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_object_unref);
  g_autoptr(GHashTable) lists = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                                       (GDestroyNotify) g_ptr_array_unref);
  g_autofree char *where = g_strdup_printf ("WHERE id IN (SELECT %s FROM %s)", links->target_column, links->table);
  g_autofree char *sql = g_strdup_printf ("SELECT %s, %s FROM %s ORDER BY %s, position",
                                          links->owner_column, links->target_column, links->table,
                                          links->owner_column);
  g_autoptr(GListStore) targets = NULL;
  g_autofree gint64 *owner_ids = NULL;
  g_autofree gint64 *target_ids = NULL;
  guint n_owners = g_list_model_get_n_items (G_LIST_MODEL (owners));
  guint n_targets;
  GHashTableIter iter;
  gpointer key, value;
  sqlite3_stmt *stmt;
  int rc;

  if (n_owners == 0)
    return TRUE;

  /* Ids live in arrays so that the tables can key on them. */
  owner_ids = g_new (gint64, n_owners);
  for (guint i = 0; i < n_owners; i++)
    {
      CpRecord *owner = g_list_model_get_item (G_LIST_MODEL (owners), i);

      owner_ids[i] = cp_record_get_id (owner);
      g_hash_table_insert (owner_by_id, &owner_ids[i], owner);
      g_object_unref (owner);
    }

  if (!(targets = load_records (self, find_record_table (links->target_type ()), where, 0, error)))
    return FALSE;
  n_targets = g_list_model_get_n_items (G_LIST_MODEL (targets));
  target_ids = g_new (gint64, MAX (n_targets, 1));
  for (guint i = 0; i < n_targets; i++)
    {
      CpRecord *target = g_list_model_get_item (G_LIST_MODEL (targets), i);

      target_ids[i] = cp_record_get_id (target);
      g_hash_table_insert (target_by_id, &target_ids[i], target);
    }

  if (!(stmt = prepare (self, sql, error)))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 owner_id = sqlite3_column_int64 (stmt, 0);
      gint64 target_id = sqlite3_column_int64 (stmt, 1);
      gint64 *owner_key = NULL;
      CpRecord *target = g_hash_table_lookup (target_by_id, &target_id);
      GPtrArray *list;

      if (target == NULL || !g_hash_table_lookup_extended (owner_by_id, &owner_id, (gpointer *) &owner_key, NULL))
        continue;
      if (!(list = g_hash_table_lookup (lists, owner_key)))
        {
          list = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (lists, owner_key, list);
        }
      g_ptr_array_add (list, g_object_ref (target));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return set_sqlite_error (error, self->db, rc);

  g_hash_table_iter_init (&iter, lists);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_object_set (g_hash_table_lookup (owner_by_id, key), links->property, value, NULL);
  return TRUE;
}

/* Inserts @record, or updates it when it has an id. A record with an id that is
 * not in the table (one deleted, then restored) is inserted under that id. */
static gboolean
write_record (CpStore   *self,
              CpRecord  *record,
              GError   **error)
{
  const RecordTable *table = find_record_table (G_OBJECT_TYPE (record));
  g_autoptr(GPtrArray) pspecs = stored_pspecs (table);
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GString) values = g_string_new ("?1");
  g_autoptr(GString) updates = g_string_new (NULL);
  gint64 id = cp_record_get_id (record);
  sqlite3_stmt *stmt;

  g_string_printf (sql, "INSERT INTO %s (id", table->table);
  for (guint i = 0; i < pspecs->len; i++)
    {
      g_autofree char *column = column_for (g_ptr_array_index (pspecs, i));
      g_string_append_printf (sql, ", %s", column);
      g_string_append_printf (values, ", ?%u", i + 2);
      g_string_append_printf (updates, "%s%s = excluded.%s", i ? ", " : "", column, column);
    }
  g_string_append_printf (sql, ") VALUES (%s) ON CONFLICT (id) DO UPDATE SET %s", values->str, updates->str);

  if (!(stmt = prepare (self, sql->str, error)))
    return FALSE;

  if (id != 0)
    sqlite3_bind_int64 (stmt, 1, id);
  else
    sqlite3_bind_null (stmt, 1);
  for (guint i = 0; i < pspecs->len; i++)
    bind_property (stmt, i + 2, record, g_ptr_array_index (pspecs, i));

  if (!step_done (self, stmt, error))
    return FALSE;

  if (id == 0)
    {
      cp_record_set_id (record, sqlite3_last_insert_rowid (self->db));
      g_ptr_array_add (self->new_records, g_object_ref (record));
    }
  return TRUE;
}

static GPtrArray *
get_linked (CpRecord          *record,
            const RecordLinks *links)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), links->property);

  return g_value_get_boxed (cp_record_peek_value (record, pspec));
}

/* Replaces the links of @record; linked records not saved yet are saved first. */
static gboolean
write_links (CpStore            *self,
             CpRecord           *record,
             const RecordLinks  *links,
             GError            **error)
{
  GPtrArray *linked = get_linked (record, links);
  g_autofree char *delete = g_strdup_printf ("DELETE FROM %s WHERE %s = ?1", links->table, links->owner_column);
  g_autofree char *insert = g_strdup_printf ("INSERT INTO %s (%s, %s, position) VALUES (?1, ?2, ?3)",
                                             links->table, links->owner_column, links->target_column);
  sqlite3_stmt *stmt;

  if (!(stmt = prepare (self, delete, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, cp_record_get_id (record));
  if (!step_done (self, stmt, error))
    return FALSE;

  for (guint i = 0; linked != NULL && i < linked->len; i++)
    {
      CpRecord *target = g_ptr_array_index (linked, i);

      if (cp_record_get_id (target) == 0 && !write_record (self, target, error))
        return FALSE;
      if (!(stmt = prepare (self, insert, error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, cp_record_get_id (record));
      sqlite3_bind_int64 (stmt, 2, cp_record_get_id (target));
      sqlite3_bind_int (stmt, 3, i);
      if (!step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Checks @record, and the records it links to that are new and saved with it. */
static gboolean
validate_with_links (CpRecord  *record,
                     GError   **error)
{
  const RecordTable *table = find_record_table (G_OBJECT_TYPE (record));
  GPtrArray *linked;

  if (!cp_record_validate (record, error))
    return FALSE;
  if (table->links == NULL || !(linked = get_linked (record, table->links)))
    return TRUE;
  for (guint i = 0; i < linked->len; i++)
    if (cp_record_get_id (g_ptr_array_index (linked, i)) == 0 &&
        !cp_record_validate (g_ptr_array_index (linked, i), error))
      return FALSE;
  return TRUE;
}

/* Writes a validated record with its links, within the caller's transaction. */
static gboolean
write_record_with_links (CpStore   *self,
                         CpRecord  *record,
                         GError   **error)
{
  const RecordTable *table = find_record_table (G_OBJECT_TYPE (record));

  return write_record (self, record, error) &&
         (table->links == NULL || write_links (self, record, table->links, error));
}

/* Validates and writes @record in a transaction of its own (or of the caller's). */
static gboolean
save_record (CpStore   *self,
             CpRecord  *record,
             GError   **error)
{
  g_return_val_if_fail (CP_IS_STORE (self), FALSE);
  g_return_val_if_fail (CP_IS_RECORD (record), FALSE);

  if (!validate_with_links (record, error))
    return FALSE;

  if (!cp_store_begin_write (self, error))
    return FALSE;
  return cp_store_end_write (self, write_record_with_links (self, record, error), error);
}

static gboolean
delete_by_id (CpStore     *self,
              const char  *table,
              gint64       id,
              GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?1", table);
  sqlite3_stmt *stmt;
  gboolean ok;

  if (!cp_store_begin_write (self, error))
    return FALSE;

  ok = (stmt = prepare (self, sql, error)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      ok = step_done (self, stmt, error);
    }
  if (ok && sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, CP_STORE_ERROR, CP_STORE_ERROR_NOT_FOUND, _("The record no longer exists."));
      ok = FALSE;
    }
  return cp_store_end_write (self, ok, error);
}

static gpointer first_or_not_found (GListStore  *records,
                                    GError     **error);

/* For the store's other files (cp-store-private.h) */

GListStore *
_cp_store_load (CpStore     *self,
                GType        type,
                const char  *where,
                gint64       bind_id,
                GError     **error)
{
  return load_records (self, find_record_table (type), where, bind_id, error);
}

GListModel *
_cp_store_list (CpStore     *self,
                GType        type,
                const char  *where,
                gint64       bind_id,
                GError     **error)
{
  g_return_val_if_fail (CP_IS_STORE (self), NULL);

  return G_LIST_MODEL (_cp_store_load (self, type, where, bind_id, error));
}

CpArrayModel *
_cp_store_load_array (CpStore     *self,
                      GType        type,
                      const char  *where,
                      gint64       bind_id,
                      GError     **error)
{
  const RecordTable *table = find_record_table (type);
  GPtrArray *rows;
  CpArrayModel *model;

  g_return_val_if_fail (table->links == NULL, NULL);

  if (!(rows = load_rows (self, table, where, bind_id, error)))
    return NULL;
  model = cp_array_model_new (type);
  cp_array_model_take_items (model, rows);
  return model;
}

gboolean
_cp_store_save_record (CpStore   *self,
                       CpRecord  *record,
                       GError   **error)
{
  return save_record (self, record, error);
}

gboolean
_cp_store_delete (CpStore  *self,
                  GType     type,
                  gint64    id,
                  GError  **error)
{
  return delete_by_id (self, find_record_table (type)->table, id, error);
}

sqlite3_stmt *
_cp_store_prepare (CpStore     *self,
                   const char  *sql,
                   GError     **error)
{
  return prepare (self, sql, error);
}

gboolean
_cp_store_set_sqlite_error (CpStore  *self,
                            int       rc,
                            GError  **error)
{
  return set_sqlite_error (error, self->db, rc);
}

gpointer
_cp_store_first_or_not_found (GListStore  *records,
                              GError     **error)
{
  return first_or_not_found (records, error);
}

/* Municipalities */

GListModel *
cp_store_list_municipalities (CpStore  *self,
                              GError  **error)
{
  g_return_val_if_fail (CP_IS_STORE (self), NULL);

  return G_LIST_MODEL (load_records (self, find_record_table (CP_TYPE_MUNICIPALITY),
                                     "ORDER BY name COLLATE NOCASE, id", 0, error));
}

static gpointer
first_or_not_found (GListStore  *records,
                    GError     **error)
{
  gpointer first;

  if (records == NULL)
    return NULL;
  first = g_list_model_get_item (G_LIST_MODEL (records), 0);
  if (first == NULL)
    g_set_error (error, CP_STORE_ERROR, CP_STORE_ERROR_NOT_FOUND, _("The record no longer exists."));
  g_object_unref (records);
  return first;
}

CpMunicipality *
cp_store_get_municipality (CpStore  *self,
                           gint64    id,
                           GError  **error)
{
  g_return_val_if_fail (CP_IS_STORE (self), NULL);

  return first_or_not_found (load_records (self, find_record_table (CP_TYPE_MUNICIPALITY),
                                           "WHERE id = ?1", id, error), error);
}

gboolean
cp_store_save_municipality (CpStore         *self,
                            CpMunicipality  *municipality,
                            GError         **error)
{
  return save_record (self, CP_RECORD (municipality), error);
}

gboolean
cp_store_delete_municipality (CpStore  *self,
                              gint64    id,
                              GError  **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (CP_IS_STORE (self), FALSE);

  if (delete_by_id (self, "municipality", id, &local_error))
    return TRUE;

  if (g_error_matches (local_error, CP_STORE_ERROR, CP_STORE_ERROR_CONSTRAINT))
    g_set_error_literal (error, CP_STORE_ERROR, CP_STORE_ERROR_CONSTRAINT,
                         _("This municipality is a party to a partnership or the origin or destination of a visit. Remove it there first."));
  else
    g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/* Partnerships */

/* Gives each partnership in @by_id its latest status. */
static gboolean
complete_partnerships (CpStore     *self,
                       GHashTable  *by_id,
                       GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  /* The last row of each partnership, in date order, is its current status. */
  if (!(stmt = prepare (self, "SELECT partnership_id, status, since FROM status_change ORDER BY partnership_id, since, id", error)))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 pid = sqlite3_column_int64 (stmt, 0);
      CpPartnership *partnership = g_hash_table_lookup (by_id, &pid);
      int status;

      if (partnership == NULL)
        continue;
      if (!cp_enum_from_nick (CP_TYPE_PARTNERSHIP_STATUS, (const char *) sqlite3_column_text (stmt, 1), &status))
        status = CP_PARTNERSHIP_STATUS_ACTIVE;
      g_object_set (partnership,
                    "status", status,
                    "status-since", (const char *) sqlite3_column_text (stmt, 2),
                    NULL);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return set_sqlite_error (error, self->db, rc);

  return TRUE;
}

static GListModel *
load_partnerships (CpStore     *self,
                   const char  *where,
                   gint64       id,
                   GError     **error)
{
  g_autoptr(GListStore) partnerships = NULL;
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);

  partnerships = load_records (self, find_record_table (CP_TYPE_PARTNERSHIP), where, id, error);
  if (partnerships == NULL)
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (partnerships)); i++)
    {
      g_autoptr(CpRecord) p = g_list_model_get_item (G_LIST_MODEL (partnerships), i);
      gint64 *key = g_new (gint64, 1);

      *key = cp_record_get_id (p);
      g_object_set_data_full (G_OBJECT (p), "cp-store-key", key, g_free);
      g_hash_table_insert (by_id, key, p);
    }

  if (!complete_partnerships (self, by_id, error))
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&partnerships));
}

GListModel *
cp_store_list_partnerships (CpStore  *self,
                            GError  **error)
{
  g_return_val_if_fail (CP_IS_STORE (self), NULL);

  return load_partnerships (self, "WHERE trashed_at IS NULL ORDER BY id", 0, error);
}

CpPartnership *
cp_store_get_partnership (CpStore  *self,
                          gint64    id,
                          GError  **error)
{
  g_return_val_if_fail (CP_IS_STORE (self), NULL);

  return first_or_not_found (G_LIST_STORE (load_partnerships (self, "WHERE id = ?1 AND trashed_at IS NULL", id, error)),
                             error);
}

/* Adds a dated status change when the partnership's status differs from the
 * latest one on record. */
static gboolean
write_status (CpStore        *self,
              CpPartnership  *partnership,
              GError        **error)
{
  gint64 id = cp_record_get_id (CP_RECORD (partnership));
  const char *status = cp_enum_to_nick (CP_TYPE_PARTNERSHIP_STATUS, cp_partnership_get_status (partnership));
  const char *since = cp_partnership_get_status_since (partnership);
  g_autofree char *today = NULL;
  g_autoptr(CpStatusChange) change = NULL;
  sqlite3_stmt *stmt;
  gboolean same;

  if (since == NULL || *since == '\0')
    since = today = cp_partial_date_today ();

  /* Nothing to add when it is the current status, or when this very change is on
   * record already (one dated before the current status, saved once more). */
  if (!(stmt = prepare (self,
                        "SELECT (SELECT status FROM status_change WHERE partnership_id = ?1"
                        "        ORDER BY since DESC, id DESC LIMIT 1) = ?2"
                        " OR EXISTS (SELECT 1 FROM status_change"
                        "            WHERE partnership_id = ?1 AND status = ?2 AND since = ?3)",
                        error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, status, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, since, -1, SQLITE_TRANSIENT);
  same = sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) != 0;
  sqlite3_reset (stmt);
  if (same)
    return TRUE;

  change = cp_status_change_new (id);
  g_object_set (change, "status", cp_partnership_get_status (partnership), "since", since, NULL);
  return write_record (self, CP_RECORD (change), error);
}

gboolean
cp_store_save_partnership (CpStore        *self,
                           CpPartnership  *partnership,
                           GError        **error)
{
  gboolean ok;

  g_return_val_if_fail (CP_IS_STORE (self), FALSE);
  g_return_val_if_fail (CP_IS_PARTNERSHIP (partnership), FALSE);

  /* New parties are saved along with it, so they must be valid too. */
  if (!validate_with_links (CP_RECORD (partnership), error))
    return FALSE;

  if (!cp_store_begin_write (self, error))
    return FALSE;
  ok = write_record_with_links (self, CP_RECORD (partnership), error) &&
       write_status (self, partnership, error);
  return cp_store_end_write (self, ok, error);
}

gboolean
_cp_store_set_trashed (CpStore     *self,
                       GType        type,
                       gint64       id,
                       gboolean     trashed,
                       GError     **error)
{
  const RecordTable *table = find_record_table (type);
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (CP_IS_STORE (self), FALSE);

  if (!cp_store_begin_write (self, error))
    return FALSE;

  sql = trashed ? g_strdup_printf ("UPDATE %s SET trashed_at = datetime('now') WHERE id = ?1 AND trashed_at IS NULL", table->table)
                : g_strdup_printf ("UPDATE %s SET trashed_at = NULL WHERE id = ?1 AND trashed_at IS NOT NULL", table->table);
  ok = (stmt = prepare (self, sql, error)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      ok = step_done (self, stmt, error);
    }
  if (ok && sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, CP_STORE_ERROR, CP_STORE_ERROR_NOT_FOUND, _("The record no longer exists."));
      ok = FALSE;
    }
  return cp_store_end_write (self, ok, error);
}

gboolean
cp_store_trash_partnership (CpStore  *self,
                            gint64    id,
                            GError  **error)
{
  return _cp_store_set_trashed (self, CP_TYPE_PARTNERSHIP, id, TRUE, error);
}

gboolean
cp_store_restore_partnership (CpStore  *self,
                              gint64    id,
                              GError  **error)
{
  return _cp_store_set_trashed (self, CP_TYPE_PARTNERSHIP, id, FALSE, error);
}

gboolean
cp_store_purge_trash (CpStore  *self,
                      GError  **error)
{
  g_return_val_if_fail (CP_IS_STORE (self), FALSE);

  if (!cp_store_begin_write (self, error))
    return FALSE;
  return cp_store_end_write (self, purge_trash (self, TRUE, error), error);
}

/* The records of one partnership */

static GListModel *
list_of_partnership (CpStore     *self,
                     GType        type,
                     const char  *order_by,
                     gint64       partnership_id,
                     GError     **error)
{
  g_autofree char *where = g_strdup_printf ("WHERE partnership_id = ?1 ORDER BY %s", order_by);

  g_return_val_if_fail (CP_IS_STORE (self), NULL);

  return G_LIST_MODEL (load_records (self, find_record_table (type), where, partnership_id, error));
}

GListModel *
cp_store_list_status_changes (CpStore  *self,
                              gint64    partnership_id,
                              GError  **error)
{
  return list_of_partnership (self, CP_TYPE_STATUS_CHANGE, "since, id", partnership_id, error);
}

GListModel *
cp_store_list_agreements (CpStore  *self,
                          gint64    partnership_id,
                          GError  **error)
{
  /* Undated instruments (MoUs, terms of reference) after the dated ones. */
  return list_of_partnership (self, CP_TYPE_AGREEMENT, "signed_on = '', signed_on, id", partnership_id, error);
}

GListModel *
cp_store_list_actors (CpStore  *self,
                      gint64    partnership_id,
                      GError  **error)
{
  return list_of_partnership (self, CP_TYPE_ACTOR, "name COLLATE NOCASE, id", partnership_id, error);
}

GListModel *
cp_store_list_timeline_events (CpStore  *self,
                               gint64    partnership_id,
                               GError  **error)
{
  return list_of_partnership (self, CP_TYPE_TIMELINE_EVENT, "date, id", partnership_id, error);
}

gboolean
cp_store_save_status_change (CpStore         *self,
                             CpStatusChange  *change,
                             GError         **error)
{
  return save_record (self, CP_RECORD (change), error);
}

gboolean
cp_store_save_agreement (CpStore      *self,
                         CpAgreement  *agreement,
                         GError      **error)
{
  return save_record (self, CP_RECORD (agreement), error);
}

gboolean
cp_store_save_actor (CpStore  *self,
                     CpActor  *actor,
                     GError  **error)
{
  return save_record (self, CP_RECORD (actor), error);
}

gboolean
cp_store_save_timeline_event (CpStore          *self,
                              CpTimelineEvent  *event,
                              GError          **error)
{
  return save_record (self, CP_RECORD (event), error);
}

/* The municipality that asks must be a party to the partnership. */
static gboolean
check_need_party (CpStore  *self,
                  CpNeed   *need,
                  GError  **error)
{
  gint64 asked = cp_need_get_requested_by_id (need);
  sqlite3_stmt *stmt;
  gboolean party;

  if (asked == 0)
    return TRUE;
  if (!(stmt = prepare (self, "SELECT 1 FROM partnership_party WHERE partnership_id = ?1 AND municipality_id = ?2", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, cp_need_get_partnership_id (need));
  sqlite3_bind_int64 (stmt, 2, asked);
  party = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  if (!party)
    g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_PARTIES,
                         _("The municipality that asks must be a party to the partnership."));
  return party;
}

/* A new area gets its key from its name; two areas may not share one. */
static gboolean
prepare_area (CpStore          *self,
              CpExpertiseArea  *area,
              GError          **error)
{
  g_autofree char *key = NULL;
  sqlite3_stmt *stmt;
  gboolean taken;

  if (*cp_expertise_area_get_key (area) != '\0')
    return TRUE;

  key = cp_expertise_make_key (cp_expertise_area_get_name (area));
  if (*key == '\0')
    {
      /* A name in a script without Latin letters: still a key of its own. */
      g_free (key);
      key = g_strdup_printf ("area-%08x", g_str_hash (cp_expertise_area_get_name (area)));
    }

  if (!(stmt = prepare (self, "SELECT EXISTS (SELECT 1 FROM expertise_area WHERE key = ?1)", error)))
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  taken = sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) != 0;
  sqlite3_reset (stmt);
  if (taken)
    {
      g_set_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_FORMAT,
                   _("There is an area of expertise called “%s” already."), cp_expertise_area_get_name (area));
      return FALSE;
    }

  g_object_set (area, "key", key, NULL);
  return TRUE;
}

gboolean
cp_store_save (CpStore   *self,
               CpRecord  *record,
               GError   **error)
{
  g_return_val_if_fail (CP_IS_RECORD (record), FALSE);

  if (CP_IS_PARTNERSHIP (record))
    return cp_store_save_partnership (self, CP_PARTNERSHIP (record), error);
  if (CP_IS_NEED (record) && !check_need_party (self, CP_NEED (record), error))
    return FALSE;
  if (CP_IS_EXPERTISE_AREA (record) && !prepare_area (self, CP_EXPERTISE_AREA (record), error))
    return FALSE;
  if (CP_IS_TRANSACTION (record) && !cp_transaction_update_base_amount (CP_TRANSACTION (record), error))
    return FALSE;
  if (CP_IS_POLITICAL_TERM (record) &&
      (!cp_record_validate (record, error) || !_cp_store_check_term (self, CP_POLITICAL_TERM (record), error)))
    return FALSE;
  if (CP_IS_VISIT (record) || CP_IS_COST_LINE (record))
    {
      gboolean is_new = cp_record_get_id (record) == 0;
      gboolean ok;

      /* A new visit gets its checklist; a visit's costs follow it into the ledger. */
      if (!cp_record_validate (record, error) || !cp_store_begin_write (self, error))
        return FALSE;
      ok = save_record (self, record, error);
      if (ok && CP_IS_VISIT (record))
        ok = is_new ? _cp_store_add_default_checklist (self, CP_VISIT (record), error)
                    : _cp_store_sync_visit_costs (self, CP_VISIT (record), error);
      if (ok && CP_IS_COST_LINE (record))
        ok = _cp_store_sync_cost_line (self, CP_COST_LINE (record), error);
      return cp_store_end_write (self, ok, error);
    }
  return save_record (self, record, error);
}

/* The built-in areas stay; an area still in someone's expertise or a need stays. */
static gboolean
check_area_unused (CpStore          *self,
                   CpExpertiseArea  *area,
                   GError          **error)
{
  const char *key = cp_expertise_area_get_key (area);
  sqlite3_stmt *stmt;
  gboolean used;

  if (cp_expertise_builtin_label (key) != NULL)
    {
      g_set_error_literal (error, CP_STORE_ERROR, CP_STORE_ERROR_CONSTRAINT,
                           _("The built-in areas of expertise cannot be deleted."));
      return FALSE;
    }
  if (!(stmt = prepare (self,
                        "SELECT EXISTS (SELECT 1 FROM person, json_each (person.expertise) AS e"
                        "               WHERE substr (e.value, 1, length (?1) + 1) = ?1 || ':')"
                        "    OR EXISTS (SELECT 1 FROM need, json_each (need.expertise) AS e"
                        "               WHERE substr (e.value, 1, length (?1) + 1) = ?1 || ':')",
                        error)))
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  used = sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) != 0;
  sqlite3_reset (stmt);
  if (used)
    g_set_error (error, CP_STORE_ERROR, CP_STORE_ERROR_CONSTRAINT,
                 _("“%s” is in someone’s expertise or in a need. Remove it there first."),
                 cp_expertise_area_get_name (area));
  return !used;
}

gboolean
cp_store_delete_record (CpStore   *self,
                        CpRecord  *record,
                        GError   **error)
{
  const RecordTable *table;

  g_return_val_if_fail (CP_IS_STORE (self), FALSE);
  g_return_val_if_fail (CP_IS_RECORD (record), FALSE);
  g_return_val_if_fail (!CP_IS_PARTNERSHIP (record) && !CP_IS_MUNICIPALITY (record) && !CP_IS_PERSON (record), FALSE);

  if (CP_IS_EXPERTISE_AREA (record) && !check_area_unused (self, CP_EXPERTISE_AREA (record), error))
    return FALSE;
  if (!_cp_store_check_unused (self, record, error))
    return FALSE;

  table = find_record_table (G_OBJECT_TYPE (record));
  return delete_by_id (self, table->table, cp_record_get_id (record), error);
}

/* GObject */

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
cp_store_finalize (GObject *object)
{
  CpStore *self = CP_STORE (object);

  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->new_records, g_ptr_array_unref);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_free (self->path);

  G_OBJECT_CLASS (cp_store_parent_class)->finalize (object);
}

static void
cp_store_class_init (CpStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cp_store_finalize;

  /**
   * CpStore::changed:
   *
   * Emitted after a write has been committed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
cp_store_init (CpStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            finalize_statement);
  self->new_records = g_ptr_array_new_with_free_func (g_object_unref);
}
