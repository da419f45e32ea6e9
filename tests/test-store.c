/* test-store.c: the workspace file — opening, refusing, migrating, saving; people, needs and matching
 *
 * Every case works in a temporary folder of its own. Where the test needs to see
 * what is in the file itself (PRAGMAs, rows) it reads it with sqlite3 directly.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <utime.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "core/cp-partial-date.h"
#include "store/cp-store-private.h"

#include "cp-test-util.h"

/* Fixture: a temporary folder */

typedef CpTestDir Fixture;

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, cp_test_dir_set_up, func, cp_test_dir_tear_down)

/* Raw SQLite, to look inside the file */

static sqlite3 *
raw_open (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL), ==, SQLITE_OK);
  return db;
}

static void
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *db = raw_open (path);
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

/* The first column of the first row of @sql, as text; NULL for no row or NULL. */
static char *
raw_query (const char *path,
           const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *result = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return result;
}

static gint64
raw_query_int (const char *path,
               const char *sql)
{
  g_autofree char *text = raw_query (path, sql);

  g_assert_nonnull (text);
  return g_ascii_strtoll (text, NULL, 10);
}

/* A file as it was: its bytes and its modification time */

typedef struct
{
  char  *contents;
  gsize  length;
  gint64 mtime_sec;
  gint64 mtime_nsec;
} Snapshot;

static void
snapshot_take (Snapshot   *s,
               const char *path)
{
  GStatBuf st;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (path, &s->contents, &s->length, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  s->mtime_sec = st.st_mtim.tv_sec;
  s->mtime_nsec = st.st_mtim.tv_nsec;
}

static void
snapshot_clear (Snapshot *s)
{
  g_clear_pointer (&s->contents, g_free);
}

/* Dates the file back, so that any write would show in its modification time. */
static void
backdate (const char *path)
{
  struct utimbuf times = { .actime = 946684800, .modtime = 946684800 };  /* 2000-01-01 */

  g_assert_cmpint (g_utime (path, &times), ==, 0);
}

static void
assert_unchanged (const Snapshot *before,
                  const char     *path)
{
  Snapshot after = { 0 };

  snapshot_take (&after, path);
  g_assert_cmpmem (before->contents, before->length, after.contents, after.length);
  g_assert_cmpint (before->mtime_sec, ==, after.mtime_sec);
  g_assert_cmpint (before->mtime_nsec, ==, after.mtime_nsec);
  snapshot_clear (&after);
}

static void
assert_no_companions (const char *path)
{
  static const char * const suffixes[] = { "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *companion = g_strconcat (path, suffixes[i], NULL);
      if (g_file_test (companion, G_FILE_TEST_EXISTS))
        g_error ("%s was left beside the refused file", companion);
    }
}

/* Records to store */

static CpMunicipality *
new_municipality (const char *name,
                  const char *country)
{
  CpMunicipality *m = cp_municipality_new ();

  g_object_set (m, "name", name, "country", country, NULL);
  return m;
}

static CpMunicipality *
save_municipality (CpStore    *store,
                   const char *name,
                   const char *country)
{
  CpMunicipality *m = new_municipality (name, country);
  g_autoptr(GError) error = NULL;

  g_assert_true (cp_store_save_municipality (store, m, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cp_record_get_id (CP_RECORD (m)), >, 0);
  return m;
}

static CpPartnership *
new_partnership (CpMunicipality *a,
                 CpMunicipality *b)
{
  CpPartnership *p = cp_partnership_new ();
  g_autoptr(GPtrArray) parties = g_ptr_array_new_with_free_func (g_object_unref);

  if (a != NULL)
    g_ptr_array_add (parties, g_object_ref (a));
  if (b != NULL)
    g_ptr_array_add (parties, g_object_ref (b));
  cp_partnership_set_parties (p, parties);
  g_object_set (p, "first-contact", "1962", "status-since", "1998", NULL);
  return p;
}

static CpPartnership *
save_partnership (CpStore    *store,
                  const char *a,
                  const char *country_a,
                  const char *b,
                  const char *country_b)
{
  g_autoptr(CpMunicipality) ma = save_municipality (store, a, country_a);
  g_autoptr(CpMunicipality) mb = save_municipality (store, b, country_b);
  CpPartnership *p = new_partnership (ma, mb);
  g_autoptr(GError) error = NULL;

  g_assert_true (cp_store_save_partnership (store, p, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cp_record_get_id (CP_RECORD (p)), >, 0);
  return p;
}

static CpStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  CpStore *store = cp_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static guint
count (GListModel *model)
{
  guint n;

  g_assert_nonnull (model);
  n = g_list_model_get_n_items (model);
  g_object_unref (model);
  return n;
}

static guint
count_partnerships (CpStore *store)
{
  return count (cp_store_list_partnerships (store, NULL));
}

static guint
count_municipalities (CpStore *store)
{
  return count (cp_store_list_municipalities (store, NULL));
}

/* The partnerships' titles, in list order, joined by “; ”. */
static char *
list_titles (CpStore *store)
{
  g_autoptr(GListModel) list = cp_store_list_partnerships (store, NULL);
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_nonnull (list);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(CpPartnership) p = g_list_model_get_item (list, i);
      g_autofree char *title = cp_partnership_dup_title (p);

      g_string_append_printf (text, "%s%" G_GINT64_FORMAT ":%s", i ? "; " : "",
                              cp_record_get_id (CP_RECORD (p)), title);
    }
  return g_strdup (text->str);
}

/* Every readable field of @a equals the same field of @b; parties by id. */
static void
assert_same_record (CpRecord *a,
                    CpRecord *b)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n;

  g_assert_true (G_OBJECT_TYPE (a) == G_OBJECT_TYPE (b));
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (a), &n);
  for (guint i = 0; i < n; i++)
    {
      GParamSpec *pspec = pspecs[i];
      GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);
      g_auto(GValue) va = G_VALUE_INIT;
      g_auto(GValue) vb = G_VALUE_INIT;

      g_value_init (&va, type);
      g_value_init (&vb, type);
      g_object_get_property (G_OBJECT (a), pspec->name, &va);
      g_object_get_property (G_OBJECT (b), pspec->name, &vb);

      if (type == G_TYPE_STRV)
        {
          const char * const *sa = g_value_get_boxed (&va);
          const char * const *sb = g_value_get_boxed (&vb);
          g_autofree char *ja = sa ? g_strjoinv ("|", (char **) sa) : g_strdup ("");
          g_autofree char *jb = sb ? g_strjoinv ("|", (char **) sb) : g_strdup ("");

          g_assert_cmpstr (ja, ==, jb);
        }
      else if (type == G_TYPE_PTR_ARRAY)
        {
          GPtrArray *pa = g_value_get_boxed (&va);
          GPtrArray *pb = g_value_get_boxed (&vb);

          /* No array and an empty one are the same: no links. */
          g_assert_cmpuint (pa ? pa->len : 0, ==, pb ? pb->len : 0);
          for (guint j = 0; pa != NULL && j < pa->len; j++)
            {
              g_assert_cmpint (cp_record_get_id (pa->pdata[j]), ==, cp_record_get_id (pb->pdata[j]));
              assert_same_record (pa->pdata[j], pb->pdata[j]);
            }
        }
      else if (g_param_values_cmp (pspec, &va, &vb) != 0)
        {
          g_autofree char *sa = g_strdup_value_contents (&va);
          g_autofree char *sb = g_strdup_value_contents (&vb);

          g_error ("%s:%s differs: %s, read back %s", G_OBJECT_TYPE_NAME (a), pspec->name, sa, sb);
        }
    }
}

static void
on_changed (CpStore *store,
            guint   *n)
{
  (*n)++;
}

/* Opening */

static void
test_open_new (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "not", "yet", "there.sqlite", NULL);
  g_autoptr(CpStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *journal = NULL;

  store = cp_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (cp_store_get_path (store), ==, path);
  g_assert_cmpint (cp_store_get_schema_version (store), ==, CP_STORE_SCHEMA_VERSION);
  g_assert_true (cp_store_is_empty (store));

  /* What the file says of itself */
  g_assert_cmpint (raw_query_int (path, "PRAGMA user_version"), ==, CP_STORE_SCHEMA_VERSION);
  g_assert_cmpint (raw_query_int (path, "PRAGMA application_id"), ==, CP_STORE_APPLICATION_ID);
  journal = raw_query (path, "PRAGMA journal_mode");
  g_assert_cmpstr (journal, ==, "wal");
  g_assert_cmpint (raw_query_int (path, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'partnership'"), ==, 1);

  /* Opened again, it is the same workspace. */
  {
    g_autoptr(CpMunicipality) m = save_municipality (store, "Utrecht", "NL");
    g_autoptr(CpStore) again = NULL;

    g_clear_object (&store);
    again = open_store (path);
    g_assert_false (cp_store_is_empty (again));
    g_assert_cmpuint (count_municipalities (again), ==, 1);
  }
}

/* A folder name with spaces, non-ASCII and URI characters. */
static void
test_open_odd_path (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *dir = g_build_filename (f->dir, "Gemeente Zoë #2 ?%20&x=1", NULL);
  g_autofree char *path = g_build_filename (dir, "werk ruimte.sqlite", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  int version = 0;

  {
    g_autoptr(CpStore) store = open_store (path);
    g_autoptr(CpPartnership) p = save_partnership (store, "Utrecht", "NL", "León", "NI");
  }
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  {
    g_autoptr(CpStore) again = open_store (path);
    g_assert_cmpuint (count_partnerships (again), ==, 1);
  }
  g_assert_true (cp_store_check_file (path, &version, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (report, ==, "ok");
  g_assert_cmpint (version, ==, CP_STORE_SCHEMA_VERSION);
}

/* Two stores on one file (the window and counterpart-cli): each sees what the
 * other committed, and checking the file meanwhile works. */
static void
test_open_twice (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(CpStore) window = open_store (f->path);
  g_autoptr(CpPartnership) p = save_partnership (window, "Utrecht", "NL", "León", "NI");
  g_autoptr(CpStore) cli = open_store (f->path);
  g_autoptr(CpPartnership) q = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  int version = 0;

  g_assert_cmpuint (count_partnerships (cli), ==, 1);
  q = save_partnership (cli, "Delft", "NL", "Estelí", "NI");
  g_assert_cmpuint (count_partnerships (window), ==, 2);

  g_assert_true (cp_store_check_file (f->path, &version, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (report, ==, "ok");
  g_assert_cmpint (version, ==, CP_STORE_SCHEMA_VERSION);
}

static void
test_open_foreign_keys (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(CpStore) store = open_store (f->path);
  g_autoptr(CpPartnership) p = save_partnership (store, "Utrecht", "NL", "León", "NI");
  CpMunicipality *utrecht = g_ptr_array_index (cp_partnership_get_parties (p), 0);
  g_autoptr(CpMunicipality) loose = save_municipality (store, "Delft", "NL");
  g_autoptr(CpMunicipality) ghost = new_municipality ("Atlantis", "GR");
  g_autoptr(CpPartnership) dangling = NULL;
  g_autoptr(GError) error = NULL;
  guint changes = 0;

  g_signal_connect (store, "changed", G_CALLBACK (on_changed), &changes);

  /* A municipality that is a party cannot be deleted ... */
  g_assert_false (cp_store_delete_municipality (store, cp_record_get_id (CP_RECORD (utrecht)), &error));
  g_assert_error (error, CP_STORE_ERROR, CP_STORE_ERROR_CONSTRAINT);
  g_assert_cmpstr (error->message, !=, "");
  g_clear_error (&error);
  g_assert_cmpuint (count_municipalities (store), ==, 3);
  g_assert_cmpint (raw_query_int (f->path, "SELECT count(*) FROM partnership_party"), ==, 2);

  /* ... one that is not can; an actor that named it now names none. */
  {
    g_autoptr(CpActor) actor = cp_actor_new (cp_record_get_id (CP_RECORD (p)));
    g_autoptr(GListModel) actors = NULL;
    g_autoptr(CpActor) actor_back = NULL;

    g_object_set (actor, "name", "Delft water board", "municipality-id", cp_record_get_id (CP_RECORD (loose)), NULL);
    g_assert_true (cp_store_save_actor (store, actor, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (changes, ==, 1);

    g_assert_true (cp_store_delete_municipality (store, cp_record_get_id (CP_RECORD (loose)), &error));
    g_assert_no_error (error);
    g_assert_cmpuint (count_municipalities (store), ==, 2);
    g_assert_cmpuint (changes, ==, 2);

    actors = cp_store_list_actors (store, cp_record_get_id (CP_RECORD (p)), &error);
    g_assert_no_error (error);
    actor_back = g_list_model_get_item (actors, 0);
    g_assert_cmpstr (cp_actor_get_name (actor_back), ==, "Delft water board");
    g_assert_cmpint (cp_actor_get_municipality_id (actor_back), ==, 0);
  }

  /* A party row that points at no municipality is refused by the store’s
   * connection: the municipality has an id but was never stored. */
  cp_record_set_id (CP_RECORD (ghost), 999);
  dangling = new_partnership (utrecht, ghost);
  g_assert_false (cp_store_save_partnership (store, dangling, &error));
  g_assert_error (error, CP_STORE_ERROR, CP_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpuint (count_partnerships (store), ==, 1);
  g_assert_cmpint (raw_query_int (f->path, "SELECT count(*) FROM partnership_party WHERE municipality_id = 999"), ==, 0);
  g_assert_cmpuint (changes, ==, 2);

  /* The schema itself holds the reference (for any connection that enforces it). */
  {
    sqlite3 *db = raw_open (f->path);
    g_autofree char *sql = g_strdup_printf ("INSERT INTO partnership_party VALUES (%" G_GINT64_FORMAT ", 999, 5)",
                                            cp_record_get_id (CP_RECORD (p)));

    g_assert_cmpint (sqlite3_exec (db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
    g_assert_cmpint (sqlite3_extended_errcode (db), ==, SQLITE_CONSTRAINT_FOREIGNKEY);
    sqlite3_close (db);
  }
  g_assert_cmpint (raw_query_int (f->path, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
}

static void
test_refuse_newer (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CpStore) refused = NULL;
  Snapshot before = { 0 };

  {
    g_autoptr(CpStore) store = open_store (f->path);
    g_autoptr(CpPartnership) p = save_partnership (store, "Utrecht", "NL", "León", "NI");
  }
  raw_exec (f->path, "PRAGMA user_version = 99");
  assert_no_companions (f->path);
  backdate (f->path);
  snapshot_take (&before, f->path);

  refused = cp_store_open (f->path, &error);
  g_assert_null (refused);
  g_assert_error (error, CP_STORE_ERROR, CP_STORE_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "newer"));
  assert_unchanged (&before, f->path);
  assert_no_companions (f->path);

  /* Still refused the second time, and still untouched. */
  g_clear_error (&error);
  g_assert_null (cp_store_open (f->path, &error));
  g_assert_error (error, CP_STORE_ERROR, CP_STORE_ERROR_TOO_NEW);
  assert_unchanged (&before, f->path);
  snapshot_clear (&before);
}

typedef struct
{
  const char *path;
  const char *sql;         /* run in a new SQLite file; NULL: write @bytes instead,
                            * or @n_bytes of noise after a header when that is NULL */
  const char *bytes;
  gsize       n_bytes;
  int         code;
  int         other_code;  /* also accepted, or -1 */
} ForeignCase;

static const char garbage[] =
  "SQLite format 3\0" "\x10\x00\x01\x01\x00\x40\x20\x20" "garbage after the header, not a page of a database "
  "\xde\xad\xbe\xef\xde\xad\xbe\xef\xde\xad\xbe\xef\xde\xad\xbe\xef\xde\xad\xbe\xef\xde\xad\xbe\xef";

static const ForeignCase foreign_cases[] = {
  { "/store/refuse/other-application-table",
    "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('mine');",
    NULL, 0, CP_STORE_ERROR_FOREIGN, -1 },
  { "/store/refuse/other-application-id",
    "PRAGMA application_id = 1836281961; CREATE TABLE t (x);", NULL, 0, CP_STORE_ERROR_FOREIGN, -1 },
  { "/store/refuse/other-application-id-no-tables",
    "PRAGMA application_id = 1836281961; PRAGMA user_version = 1;", NULL, 0, CP_STORE_ERROR_FOREIGN, -1 },
  /* Another application's database that holds no table yet, only its version. */
  { "/store/refuse/other-application-version-only",
    "PRAGMA user_version = 1;", NULL, 0, CP_STORE_ERROR_FOREIGN, -1 },
  { "/store/refuse/text-file", NULL, "hello", 5, CP_STORE_ERROR_NOT_A_DATABASE, -1 },
  { "/store/refuse/long-text-file", NULL,
    "Minutes of the twinning committee, 6 April 2002: a text file that is longer than a header.\n",
    90, CP_STORE_ERROR_NOT_A_DATABASE, -1 },
  { "/store/refuse/header-and-garbage", NULL, garbage, sizeof garbage - 1,
    CP_STORE_ERROR_CORRUPT, CP_STORE_ERROR_NOT_A_DATABASE },
  { "/store/refuse/header-and-noise", NULL, NULL, 3 * 4096,
    CP_STORE_ERROR_CORRUPT, CP_STORE_ERROR_NOT_A_DATABASE },
};

static void
test_refuse_foreign (Fixture       *f,
                     gconstpointer  data)
{
  const ForeignCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(CpStore) store = NULL;
  Snapshot before = { 0 };

  if (c->sql != NULL)
    raw_exec (f->path, c->sql);
  else if (c->bytes == NULL)
    {
      /* A whole page's worth: the header, then noise. */
      g_autofree char *noise = g_malloc (c->n_bytes);
      g_autoptr(GRand) rand = g_rand_new_with_seed (42);

      for (gsize i = 0; i < c->n_bytes; i++)
        noise[i] = (char) g_rand_int_range (rand, 0, 256);
      memcpy (noise, garbage, 24);
      g_assert_true (g_file_set_contents (f->path, noise, (gssize) c->n_bytes, NULL));
    }
  else
    g_assert_true (g_file_set_contents (f->path, c->bytes, (gssize) c->n_bytes, NULL));
  backdate (f->path);
  snapshot_take (&before, f->path);

  store = cp_store_open (f->path, &error);
  g_assert_null (store);
  g_assert_nonnull (error);
  g_test_message ("refused: %s", error->message);
  g_assert_true (error->domain == CP_STORE_ERROR);
  if (error->code != c->code)
    g_assert_cmpint (error->code, ==, c->other_code);
  /* The message names the file, so that the user knows which one. */
  g_assert_nonnull (strstr (error->message, f->path));

  assert_unchanged (&before, f->path);
  assert_no_companions (f->path);

  /* The check command refuses it too, and leaves it as well. */
  g_clear_error (&error);
  g_assert_false (cp_store_check_file (f->path, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == CP_STORE_ERROR);
  assert_unchanged (&before, f->path);
  assert_no_companions (f->path);
  snapshot_clear (&before);
}

static void
test_open_empty_file (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(CpStore) store = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (f->path, "", 0, NULL));

  store = cp_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_cmpint (cp_store_get_schema_version (store), ==, CP_STORE_SCHEMA_VERSION);
  g_assert_true (cp_store_is_empty (store));
  g_object_unref (save_municipality (store, "Utrecht", "NL"));
  g_assert_cmpint (raw_query_int (f->path, "PRAGMA user_version"), ==, CP_STORE_SCHEMA_VERSION);
}

/* Migrations */

static char *
find_backup (const char *dir,
             const char *path,
             int         version)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *prefix = g_strdup_printf ("%s.v%d-", base, version);
  char *found = NULL;
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, prefix) && g_str_has_suffix (name, ".bak"))
      {
        g_assert_null (found);
        found = g_build_filename (dir, name, NULL);
      }
  return found;
}

static void
test_migration_rollback (Fixture       *f,
                         gconstpointer  data)
{
  /* Step CP_STORE_SCHEMA_VERSION + 1, after the built-in ones. */
  const char * const failing[] = { "CREATE TABLE extra (x INTEGER); INSERT INTO nowhere VALUES (1);", NULL };
  const char * const working[] = { "CREATE TABLE extra (x INTEGER);", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *titles = NULL;
  g_autofree char *backup = NULL;
  CpStore *store;

  {
    g_autoptr(CpStore) first = open_store (f->path);
    g_autoptr(CpPartnership) a = save_partnership (first, "Utrecht", "NL", "León", "NI");
    g_autoptr(CpPartnership) b = save_partnership (first, "Delft", "NL", "Estelí", "NI");

    titles = list_titles (first);
  }
  /* A new file is made at the current version at once: nothing to back up. */
  for (int v = 0; v <= CP_STORE_SCHEMA_VERSION; v++)
    g_assert_null (find_backup (f->dir, f->path, v));

  /* A step that fails half-way leaves nothing of itself. */
  store = _cp_store_open_full (f->path, failing, &error);
  g_assert_null (store);
  g_assert_error (error, CP_STORE_ERROR, CP_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "nowhere"));
  g_clear_error (&error);

  g_assert_cmpint (raw_query_int (f->path, "PRAGMA user_version"), ==, CP_STORE_SCHEMA_VERSION);
  g_assert_cmpint (raw_query_int (f->path, "SELECT count(*) FROM sqlite_schema WHERE name = 'extra'"), ==, 0);

  /* It was backed up before the attempt, and the backup is a whole workspace. */
  backup = find_backup (f->dir, f->path, CP_STORE_SCHEMA_VERSION);
  g_assert_nonnull (backup);
  {
    g_autoptr(CpStore) copy = open_store (backup);
    g_autofree char *copy_titles = list_titles (copy);

    g_assert_cmpint (cp_store_get_schema_version (copy), ==, CP_STORE_SCHEMA_VERSION);
    g_assert_cmpstr (copy_titles, ==, titles);
  }

  /* The data is intact and the file still opens with this version. */
  {
    g_autoptr(CpStore) again = open_store (f->path);
    g_autofree char *again_titles = list_titles (again);

    g_assert_cmpint (cp_store_get_schema_version (again), ==, CP_STORE_SCHEMA_VERSION);
    g_assert_cmpstr (again_titles, ==, titles);
    g_assert_cmpuint (count_municipalities (again), ==, 4);
  }

  /* A step that works brings the file to the next version. */
  store = _cp_store_open_full (f->path, working, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_cmpint (cp_store_get_schema_version (store), ==, CP_STORE_SCHEMA_VERSION + 1);
  {
    g_autofree char *migrated_titles = list_titles (store);
    g_assert_cmpstr (migrated_titles, ==, titles);
  }
  g_object_unref (store);
  g_assert_cmpint (raw_query_int (f->path, "PRAGMA user_version"), ==, CP_STORE_SCHEMA_VERSION + 1);
  g_assert_cmpint (raw_query_int (f->path, "SELECT count(*) FROM sqlite_schema WHERE name = 'extra'"), ==, 1);

  /* ... which this build, knowing only the versions up to its own, now refuses. */
  g_assert_null (cp_store_open (f->path, &error));
  g_assert_error (error, CP_STORE_ERROR, CP_STORE_ERROR_TOO_NEW);
}

/* Backup */

static void
test_backup (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(CpStore) store = open_store (f->path);
  g_autoptr(CpPartnership) a = save_partnership (store, "Utrecht", "NL", "León", "NI");
  g_autoptr(CpPartnership) b = save_partnership (store, "Tilburg", "NL", "Matagalpa", "NI");
  g_autofree char *destination = g_build_filename (f->dir, "copy.sqlite", NULL);
  g_autofree char *part = g_strconcat (destination, ".part", NULL);
  g_autofree char *titles = list_titles (store);
  g_autoptr(GError) error = NULL;

  g_assert_true (cp_store_backup (store, destination, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));

  /* Only the one file is the copy: nothing of it waits in a -wal beside it. */
  {
    g_autofree char *wal = g_strconcat (destination, "-wal", NULL);
    g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  }

  /* Changes after the backup are not in it. */
  g_assert_true (cp_store_trash_partnership (store, cp_record_get_id (CP_RECORD (b)), &error));
  g_assert_true (cp_store_purge_trash (store, &error));
  g_assert_no_error (error);

  {
    g_autoptr(CpStore) copy = open_store (destination);
    g_autofree char *copy_titles = list_titles (copy);
    g_autoptr(CpPartnership) p = cp_store_get_partnership (copy, cp_record_get_id (CP_RECORD (a)), &error);

    g_assert_no_error (error);
    g_assert_cmpint (cp_store_get_schema_version (copy), ==, CP_STORE_SCHEMA_VERSION);
    g_assert_cmpstr (copy_titles, ==, titles);
    g_assert_cmpuint (count_partnerships (copy), ==, 2);
    assert_same_record (CP_RECORD (a), CP_RECORD (p));
  }
  g_assert_cmpuint (count_partnerships (store), ==, 1);
}

static void
test_backup_missing_directory (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(CpStore) store = open_store (f->path);
  g_autoptr(CpPartnership) a = save_partnership (store, "Utrecht", "NL", "León", "NI");
  g_autofree char *missing = g_build_filename (f->dir, "no-such-folder", NULL);
  g_autofree char *destination = g_build_filename (missing, "copy.sqlite", NULL);
  g_autofree char *part = g_strconcat (destination, ".part", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (cp_store_backup (store, destination, &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == CP_STORE_ERROR);
  g_assert_nonnull (strstr (error->message, destination));
  g_assert_false (g_file_test (destination, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  /* The workspace itself is unharmed. */
  g_assert_cmpuint (count_partnerships (store), ==, 1);
}

/* Round trips */

static void
test_round_trip_municipality (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(CpStore) store = open_store (f->path);
  g_autoptr(CpMunicipality) m = new_municipality ("León", "NI");
  g_autoptr(CpMunicipality) own = new_municipality ("’s-Hertogenbosch", "NL");
  g_autoptr(GError) error = NULL;

  g_object_set (m,
                "region", "León Department",
                "population", G_GINT64_CONSTANT (206000),
                "population-year", 2020,
                "time-zone", "America/Managua",
                "is-own", FALSE,
                "note", "Twinned since 1983;\nsee ‘O''Neill’ \"quotes\" and DROP TABLE municipality;",
                NULL);
  g_object_set (own, "population", G_GINT64_CONSTANT (8000000000), "population-year", 1800,
                "is-own", TRUE, "time-zone", "Europe/Amsterdam", NULL);

  g_assert_true (cp_store_save_municipality (store, m, &error));
  g_assert_true (cp_store_save_municipality (store, own, &error));
  g_assert_no_error (error);

  {
    g_autoptr(CpStore) again = NULL;
    g_autoptr(CpMunicipality) back = NULL;
    g_autoptr(CpMunicipality) own_back = NULL;

    g_clear_object (&store);
    again = open_store (f->path);
    back = cp_store_get_municipality (again, cp_record_get_id (CP_RECORD (m)), &error);
    g_assert_no_error (error);
    assert_same_record (CP_RECORD (m), CP_RECORD (back));
    own_back = cp_store_get_municipality (again, cp_record_get_id (CP_RECORD (own)), &error);
    g_assert_no_error (error);
    assert_same_record (CP_RECORD (own), CP_RECORD (own_back));
    g_assert_true (cp_municipality_get_is_own (own_back));

    g_assert_null (cp_store_get_municipality (again, 12345, &error));
    g_assert_error (error, CP_STORE_ERROR, CP_STORE_ERROR_NOT_FOUND);
  }
}

static void
test_round_trip_partnership (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(CpStore) store = open_store (f->path);
  g_autoptr(CpMunicipality) utrecht = save_municipality (store, "Utrecht", "NL");
  g_autoptr(CpMunicipality) leon = new_municipality ("León", "NI");
  g_autoptr(CpMunicipality) ciudad = new_municipality ("Ciudad Sandino", "NI");
  g_autoptr(CpPartnership) p = NULL;
  g_autoptr(CpPartnership) plain = NULL;
  g_autoptr(GError) error = NULL;
  const char * const motives[] = { "international-solidarity", "historical-ties", NULL };
  const char * const themes[] = { "water", "education", "gender & youth", "“quoted”", NULL };

  /* Parties given in this order, two of them new: the store saves those too. */
  p = new_partnership (leon, utrecht);
  {
    g_autoptr(GPtrArray) parties = g_ptr_array_new_with_free_func (g_object_unref);

    g_ptr_array_add (parties, g_object_ref (leon));
    g_ptr_array_add (parties, g_object_ref (utrecht));
    g_ptr_array_add (parties, g_object_ref (ciudad));
    cp_partnership_set_parties (p, parties);
  }
  g_object_set (p,
                "kind", CP_PARTNERSHIP_KIND_FRIENDSHIP,
                "status", CP_PARTNERSHIP_STATUS_DORMANT,
                "status-since", "2004-06",
                "initiative-origin", CP_INITIATIVE_ORIGIN_NGO_BROKERED,
                "motives", motives,
                "themes", themes,
                "first-contact", "1962",
                "first-contact-approximate", TRUE,
                "agreement-date", "1998-05",
                "description", "Water and schools; exchange of officials.",
                "note", "Bilingual: Nederlands / español ñ",
                NULL);

  g_assert_true (cp_store_save_partnership (store, p, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cp_record_get_id (CP_RECORD (leon)), >, 0);
  g_assert_cmpint (cp_record_get_id (CP_RECORD (ciudad)), >, 0);
  g_assert_cmpuint (count_municipalities (store), ==, 3);

  /* Defaults and empty lists */
  plain = new_partnership (utrecht, ciudad);
  g_object_set (plain, "first-contact", "", "status-since", "", NULL);
  g_assert_true (cp_store_save_partnership (store, plain, &error));
  g_assert_no_error (error);

  {
    g_autoptr(CpStore) again = NULL;
    g_autoptr(CpPartnership) back = NULL;
    g_autoptr(CpPartnership) plain_back = NULL;
    g_autofree char *title = NULL;
    g_autofree char *today = cp_partial_date_today ();

    g_clear_object (&store);
    again = open_store (f->path);
    back = cp_store_get_partnership (again, cp_record_get_id (CP_RECORD (p)), &error);
    g_assert_no_error (error);
    assert_same_record (CP_RECORD (p), CP_RECORD (back));
    title = cp_partnership_dup_title (back);
    g_assert_cmpstr (title, ==, "León – Utrecht – Ciudad Sandino");
    g_assert_true (cp_partnership_has_motive (back, CP_MOTIVE_HISTORICAL_TIES));

    plain_back = cp_store_get_partnership (again, cp_record_get_id (CP_RECORD (plain)), &error);
    g_assert_no_error (error);
    g_assert_cmpint (cp_partnership_get_kind (plain_back), ==, CP_PARTNERSHIP_KIND_FORMAL);
    g_assert_cmpint (cp_partnership_get_status (plain_back), ==, CP_PARTNERSHIP_STATUS_ACTIVE);
    /* Without a date the status change is dated today. */
    g_assert_cmpstr (cp_partnership_get_status_since (plain_back), ==, today);
    g_assert_cmpint (cp_partnership_get_initiative_origin (plain_back), ==, CP_INITIATIVE_ORIGIN_OTHER);
    g_assert_cmpuint (g_strv_length ((char **) cp_partnership_get_motives (plain_back)), ==, 0);
    g_assert_cmpuint (g_strv_length ((char **) cp_partnership_get_themes (plain_back)), ==, 0);
    g_assert_false (cp_partnership_get_first_contact_approximate (plain_back));
    g_assert_cmpstr (cp_partnership_get_first_contact (plain_back), ==, "");
  }
}

static CpPartnership *
save_utrecht_leon (CpStore *store)
{
  return save_partnership (store, "Utrecht", "NL", "León", "NI");
}

static void
test_round_trip_children (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(CpStore) store = open_store (f->path);
  g_autoptr(CpPartnership) p = save_utrecht_leon (store);
  gint64 pid = cp_record_get_id (CP_RECORD (p));
  CpMunicipality *leon = g_ptr_array_index (cp_partnership_get_parties (p), 1);
  g_autoptr(CpStatusChange) change = cp_status_change_new (pid);
  g_autoptr(CpAgreement) agreement = cp_agreement_new (pid);
  g_autoptr(CpActor) actor = cp_actor_new (pid);
  g_autoptr(CpActor) loose_actor = cp_actor_new (pid);
  g_autoptr(CpTimelineEvent) event = cp_timeline_event_new (pid);
  g_autoptr(GError) error = NULL;

  g_object_set (change, "status", CP_PARTNERSHIP_STATUS_ENDED, "since", "2010-12", "note", "Council decision", NULL);
  g_object_set (agreement,
                "kind", CP_AGREEMENT_KIND_MEMORANDUM_OF_UNDERSTANDING,
                "title", "Memorandum on water",
                "signed-on", "2002-04-06",
                "valid-until", "2006",
                "file-uri", "file:///home/officer/Documents/mou%202002.pdf",
                "note", "Signed in León",
                NULL);
  g_object_set (actor,
                "name", "Stedenband Utrecht-León",
                "category", CP_ACTOR_CATEGORY_DIASPORA_ORGANISATION,
                "role", CP_ACTOR_ROLE_FUNDER,
                "municipality-id", cp_record_get_id (CP_RECORD (leon)),
                "note", "Runs the exchange",
                NULL);
  g_object_set (loose_actor, "name", "Aqua for All", "category", CP_ACTOR_CATEGORY_NGO, NULL);
  g_object_set (event, "date", "1998-05", "title", "First official visit", "note", "Mayor to León", NULL);

  g_assert_true (cp_store_save_status_change (store, change, &error));
  g_assert_true (cp_store_save_agreement (store, agreement, &error));
  g_assert_true (cp_store_save_actor (store, actor, &error));
  g_assert_true (cp_store_save_actor (store, loose_actor, &error));
  g_assert_true (cp_store_save_timeline_event (store, event, &error));
  g_assert_no_error (error);

  /* An actor of no municipality is stored as NULL, not as a reference to 0. */
  {
    g_autofree char *sql = g_strdup_printf ("SELECT municipality_id IS NULL FROM actor WHERE id = %" G_GINT64_FORMAT,
                                            cp_record_get_id (CP_RECORD (loose_actor)));
    g_assert_cmpint (raw_query_int (f->path, sql), ==, 1);
  }

  g_clear_object (&store);
  store = open_store (f->path);

  {
    g_autoptr(GListModel) changes = cp_store_list_status_changes (store, pid, &error);
    g_autoptr(GListModel) agreements = cp_store_list_agreements (store, pid, &error);
    g_autoptr(GListModel) actors = cp_store_list_actors (store, pid, &error);
    g_autoptr(GListModel) events = cp_store_list_timeline_events (store, pid, &error);
    g_autoptr(CpStatusChange) change_back = NULL;
    g_autoptr(CpAgreement) agreement_back = NULL;
    g_autoptr(CpActor) actor_back = NULL;
    g_autoptr(CpActor) loose_back = NULL;
    g_autoptr(CpTimelineEvent) event_back = NULL;

    g_assert_no_error (error);
    /* The partnership's own first status (1998), then the one added. */
    g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 2);
    change_back = g_list_model_get_item (changes, 1);
    assert_same_record (CP_RECORD (change), CP_RECORD (change_back));

    g_assert_cmpuint (g_list_model_get_n_items (agreements), ==, 1);
    agreement_back = g_list_model_get_item (agreements, 0);
    assert_same_record (CP_RECORD (agreement), CP_RECORD (agreement_back));

    /* Actors by name: “Aqua for All” first. */
    g_assert_cmpuint (g_list_model_get_n_items (actors), ==, 2);
    loose_back = g_list_model_get_item (actors, 0);
    actor_back = g_list_model_get_item (actors, 1);
    assert_same_record (CP_RECORD (actor), CP_RECORD (actor_back));
    assert_same_record (CP_RECORD (loose_actor), CP_RECORD (loose_back));
    g_assert_cmpint (cp_actor_get_municipality_id (loose_back), ==, 0);

    g_assert_cmpuint (g_list_model_get_n_items (events), ==, 1);
    event_back = g_list_model_get_item (events, 0);
    assert_same_record (CP_RECORD (event), CP_RECORD (event_back));
  }

  /* Records of another partnership are not listed. */
  g_assert_cmpuint (count (cp_store_list_agreements (store, pid + 1, NULL)), ==, 0);
}

static void
test_update_keeps_id (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(CpStore) store = open_store (f->path);
  g_autoptr(CpMunicipality) m = save_municipality (store, "Leon", "NI");
  g_autoptr(CpPartnership) p = save_utrecht_leon (store);
  g_autoptr(CpAgreement) agreement = cp_agreement_new (cp_record_get_id (CP_RECORD (p)));
  gint64 id = cp_record_get_id (CP_RECORD (m));
  gint64 pid = cp_record_get_id (CP_RECORD (p));
  gint64 aid;
  g_autoptr(GError) error = NULL;

  g_object_set (m, "name", "León", "population", G_GINT64_CONSTANT (206000), NULL);
  g_assert_true (cp_store_save_municipality (store, m, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cp_record_get_id (CP_RECORD (m)), ==, id);
  g_assert_cmpuint (count_municipalities (store), ==, 3);
  {
    g_autoptr(CpMunicipality) back = cp_store_get_municipality (store, id, &error);
    g_assert_cmpstr (cp_municipality_get_name (back), ==, "León");
    g_assert_cmpint (cp_municipality_get_population (back), ==, 206000);
  }

  /* Through the save function for any record, as the editors use it. */
  g_object_set (p, "description", "Now with a description", "kind", CP_PARTNERSHIP_KIND_PROJECT,
                "status", CP_PARTNERSHIP_STATUS_ENDED, "status-since", "2020", NULL);
  g_assert_true (cp_store_save (store, CP_RECORD (p), &error));
  g_assert_no_error (error);
  g_assert_cmpint (cp_record_get_id (CP_RECORD (p)), ==, pid);
  g_assert_cmpuint (count_partnerships (store), ==, 1);
  {
    g_autoptr(CpPartnership) back = cp_store_get_partnership (store, pid, &error);
    assert_same_record (CP_RECORD (p), CP_RECORD (back));
    g_assert_cmpuint (count (cp_store_list_status_changes (store, pid, NULL)), ==, 2);
  }

  g_object_set (agreement, "title", "Draft", NULL);
  g_assert_true (cp_store_save_agreement (store, agreement, &error));
  aid = cp_record_get_id (CP_RECORD (agreement));
  g_object_set (agreement, "title", "Signed agreement", "signed-on", "2002", NULL);
  g_assert_true (cp_store_save_agreement (store, agreement, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cp_record_get_id (CP_RECORD (agreement)), ==, aid);
  {
    g_autoptr(GListModel) list = cp_store_list_agreements (store, pid, NULL);
    g_autoptr(CpAgreement) back = g_list_model_get_item (list, 0);

    g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
    assert_same_record (CP_RECORD (agreement), CP_RECORD (back));
  }
}

static void
test_delete_undo (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(CpStore) store = open_store (f->path);
  g_autoptr(CpPartnership) p = save_utrecht_leon (store);
  gint64 pid = cp_record_get_id (CP_RECORD (p));
  g_autoptr(CpAgreement) first = cp_agreement_new (pid);
  g_autoptr(CpAgreement) second = cp_agreement_new (pid);
  g_autoptr(CpTimelineEvent) event = cp_timeline_event_new (pid);
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_object_set (first, "title", "Declaration", "kind", CP_AGREEMENT_KIND_DECLARATION_OF_INTENTION,
                "signed-on", "1998-05", NULL);
  g_object_set (second, "title", "Agreement", "signed-on", "2002-04-06", NULL);
  g_object_set (event, "date", "1962", "title", "First contacts", NULL);
  g_assert_true (cp_store_save_agreement (store, first, &error));
  g_assert_true (cp_store_save_agreement (store, second, &error));
  g_assert_true (cp_store_save_timeline_event (store, event, &error));
  g_assert_no_error (error);
  id = cp_record_get_id (CP_RECORD (first));

  g_assert_true (cp_store_delete_record (store, CP_RECORD (first), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count (cp_store_list_agreements (store, pid, NULL)), ==, 1);

  /* Deleting it again: it is not there. */
  g_assert_false (cp_store_delete_record (store, CP_RECORD (first), &error));
  g_assert_error (error, CP_STORE_ERROR, CP_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Undo: saving the same object puts it back under its id, in its place
   * (by date, undated ones last). */
  g_assert_true (cp_store_save_agreement (store, first, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cp_record_get_id (CP_RECORD (first)), ==, id);
  {
    g_autoptr(CpAgreement) undated = cp_agreement_new (pid);
    g_autoptr(GListModel) list = NULL;
    g_autoptr(CpAgreement) back = NULL;
    g_autoptr(CpAgreement) last = NULL;

    g_object_set (undated, "title", "Terms of reference", "kind", CP_AGREEMENT_KIND_TERMS_OF_REFERENCE, NULL);
    g_assert_true (cp_store_save (store, CP_RECORD (undated), &error));
    g_assert_no_error (error);

    list = cp_store_list_agreements (store, pid, NULL);
    g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
    back = g_list_model_get_item (list, 0);
    assert_same_record (CP_RECORD (first), CP_RECORD (back));
    last = g_list_model_get_item (list, 2);
    assert_same_record (CP_RECORD (undated), CP_RECORD (last));
  }

  id = cp_record_get_id (CP_RECORD (event));
  g_assert_true (cp_store_delete_record (store, CP_RECORD (event), &error));
  g_assert_cmpuint (count (cp_store_list_timeline_events (store, pid, NULL)), ==, 0);
  g_assert_true (cp_store_save_timeline_event (store, event, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cp_record_get_id (CP_RECORD (event)), ==, id);
  g_assert_cmpuint (count (cp_store_list_timeline_events (store, pid, NULL)), ==, 1);
}

static void
test_trash (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(CpStore) store = open_store (f->path);
  g_autoptr(CpPartnership) keep = save_utrecht_leon (store);
  g_autoptr(CpPartnership) p = save_partnership (store, "Delft", "NL", "Estelí", "NI");
  gint64 pid = cp_record_get_id (CP_RECORD (p));
  g_autoptr(CpAgreement) agreement = cp_agreement_new (pid);
  g_autoptr(CpActor) actor = cp_actor_new (pid);
  g_autoptr(CpTimelineEvent) event = cp_timeline_event_new (pid);
  g_autoptr(CpPartnership) before = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *titles = NULL;

  g_object_set (agreement, "title", "Agreement", NULL);
  g_object_set (actor, "name", "Foundation", NULL);
  g_object_set (event, "date", "1990", "title", "Visit", NULL);
  g_assert_true (cp_store_save_agreement (store, agreement, &error));
  g_assert_true (cp_store_save_actor (store, actor, &error));
  g_assert_true (cp_store_save_timeline_event (store, event, &error));
  g_assert_no_error (error);
  before = cp_store_get_partnership (store, pid, &error);
  titles = list_titles (store);

  /* Trashed: gone from the list and from get. */
  g_assert_true (cp_store_trash_partnership (store, pid, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_partnerships (store), ==, 1);
  g_assert_null (cp_store_get_partnership (store, pid, &error));
  g_assert_error (error, CP_STORE_ERROR, CP_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (cp_store_trash_partnership (store, pid, &error));
  g_assert_error (error, CP_STORE_ERROR, CP_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Restored: everything is back. */
  g_assert_true (cp_store_restore_partnership (store, pid, &error));
  g_assert_no_error (error);
  {
    g_autoptr(CpPartnership) after = cp_store_get_partnership (store, pid, &error);
    g_autofree char *titles_after = list_titles (store);

    g_assert_no_error (error);
    assert_same_record (CP_RECORD (before), CP_RECORD (after));
    g_assert_cmpstr (titles_after, ==, titles);
    g_assert_cmpuint (count (cp_store_list_agreements (store, pid, NULL)), ==, 1);
    g_assert_cmpuint (count (cp_store_list_actors (store, pid, NULL)), ==, 1);
    g_assert_cmpuint (count (cp_store_list_timeline_events (store, pid, NULL)), ==, 1);
    g_assert_cmpuint (count (cp_store_list_status_changes (store, pid, NULL)), ==, 1);
  }
  g_assert_false (cp_store_restore_partnership (store, pid, &error));
  g_assert_error (error, CP_STORE_ERROR, CP_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Purged: gone for good, with what belonged to it; its municipalities stay
   * and are free to be deleted. */
  g_assert_true (cp_store_trash_partnership (store, pid, &error));
  g_assert_true (cp_store_purge_trash (store, &error));
  g_assert_no_error (error);
  g_assert_false (cp_store_restore_partnership (store, pid, &error));
  g_assert_error (error, CP_STORE_ERROR, CP_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_clear_object (&store);

  store = open_store (f->path);
  g_assert_cmpuint (count_partnerships (store), ==, 1);
  g_assert_cmpuint (count (cp_store_list_agreements (store, pid, NULL)), ==, 0);
  g_assert_cmpuint (count (cp_store_list_actors (store, pid, NULL)), ==, 0);
  g_assert_cmpuint (count (cp_store_list_timeline_events (store, pid, NULL)), ==, 0);
  g_assert_cmpuint (count (cp_store_list_status_changes (store, pid, NULL)), ==, 0);
  g_assert_cmpuint (count_municipalities (store), ==, 4);
  g_assert_true (cp_store_delete_municipality (store,
                                               cp_record_get_id (g_ptr_array_index (cp_partnership_get_parties (p), 0)),
                                               &error));
  g_assert_no_error (error);

  /* Just put aside, it survives opening the file again: Undo is still on offer. */
  g_assert_true (cp_store_trash_partnership (store, cp_record_get_id (CP_RECORD (keep)), &error));
  g_assert_no_error (error);
  g_clear_object (&store);
  store = open_store (f->path);
  g_assert_cmpuint (count_partnerships (store), ==, 0);
  g_assert_true (cp_store_restore_partnership (store, cp_record_get_id (CP_RECORD (keep)), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_partnerships (store), ==, 1);

  /* Put aside two hours ago, it is purged when the file is opened. */
  g_assert_true (cp_store_trash_partnership (store, cp_record_get_id (CP_RECORD (keep)), &error));
  g_clear_object (&store);
  raw_exec (f->path, "UPDATE partnership SET trashed_at = datetime('now', '-2 hours') WHERE trashed_at IS NOT NULL");
  g_assert_cmpint (raw_query_int (f->path, "SELECT count(*) FROM partnership"), ==, 1);
  store = open_store (f->path);
  g_assert_cmpint (raw_query_int (f->path, "SELECT count(*) FROM partnership"), ==, 0);
  g_assert_cmpint (raw_query_int (f->path, "SELECT count(*) FROM partnership_party"), ==, 0);
  g_assert_false (cp_store_restore_partnership (store, cp_record_get_id (CP_RECORD (keep)), &error));
  g_assert_error (error, CP_STORE_ERROR, CP_STORE_ERROR_NOT_FOUND);
}

static void
assert_status (CpStore             *store,
               gint64               pid,
               CpPartnershipStatus  status,
               const char          *since,
               guint                n_changes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CpPartnership) p = cp_store_get_partnership (store, pid, &error);

  g_assert_no_error (error);
  g_assert_cmpint (cp_partnership_get_status (p), ==, status);
  g_assert_cmpstr (cp_partnership_get_status_since (p), ==, since);
  g_assert_cmpuint (count (cp_store_list_status_changes (store, pid, NULL)), ==, n_changes);
}

static void
test_status_history (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(CpStore) store = open_store (f->path);
  g_autoptr(CpPartnership) p = save_utrecht_leon (store);
  gint64 pid = cp_record_get_id (CP_RECORD (p));
  g_autoptr(GError) error = NULL;

  /* The first save: active since 1998. */
  assert_status (store, pid, CP_PARTNERSHIP_STATUS_ACTIVE, "1998", 1);

  /* Saving with the same status adds nothing, whatever else changed. */
  g_object_set (p, "note", "edited", NULL);
  g_assert_true (cp_store_save_partnership (store, p, &error));
  g_assert_no_error (error);
  assert_status (store, pid, CP_PARTNERSHIP_STATUS_ACTIVE, "1998", 1);

  /* A new status adds a dated row and becomes the current one. */
  g_object_set (p, "status", CP_PARTNERSHIP_STATUS_DORMANT, "status-since", "2005-03", NULL);
  g_assert_true (cp_store_save_partnership (store, p, &error));
  g_assert_no_error (error);
  assert_status (store, pid, CP_PARTNERSHIP_STATUS_DORMANT, "2005-03", 2);
  g_assert_true (cp_store_save_partnership (store, p, &error));
  assert_status (store, pid, CP_PARTNERSHIP_STATUS_DORMANT, "2005-03", 2);

  /* The current status is the latest by date, not the latest entered. */
  {
    g_autoptr(CpStatusChange) earlier = cp_status_change_new (pid);

    g_object_set (earlier, "status", CP_PARTNERSHIP_STATUS_EXPLORING, "since", "1990", NULL);
    g_assert_true (cp_store_save_status_change (store, earlier, &error));
    g_assert_no_error (error);
    assert_status (store, pid, CP_PARTNERSHIP_STATUS_DORMANT, "2005-03", 3);
  }
  {
    g_autoptr(CpStatusChange) later = cp_status_change_new (pid);
    g_autoptr(GListModel) history = NULL;
    g_autoptr(CpStatusChange) first = NULL;

    g_object_set (later, "status", CP_PARTNERSHIP_STATUS_ENDED, "since", "2012-01-15", NULL);
    g_assert_true (cp_store_save_status_change (store, later, &error));
    g_assert_no_error (error);
    assert_status (store, pid, CP_PARTNERSHIP_STATUS_ENDED, "2012-01-15", 4);

    /* The history reads in date order. */
    history = cp_store_list_status_changes (store, pid, NULL);
    first = g_list_model_get_item (history, 0);
    g_assert_cmpstr (cp_status_change_get_since (first), ==, "1990");

    /* Deleting the latest change makes the one before it current again. */
    g_assert_true (cp_store_delete_record (store, CP_RECORD (later), &error));
    g_assert_no_error (error);
    assert_status (store, pid, CP_PARTNERSHIP_STATUS_DORMANT, "2005-03", 3);
  }

  /* A status dated before the current one is history, not the current status;
   * saving the same object again does not enter it twice. */
  {
    g_autoptr(CpPartnership) loaded = cp_store_get_partnership (store, pid, &error);

    g_object_set (loaded, "status", CP_PARTNERSHIP_STATUS_EXPLORING, "status-since", "1995", NULL);
    g_assert_true (cp_store_save_partnership (store, loaded, &error));
    g_assert_no_error (error);
    assert_status (store, pid, CP_PARTNERSHIP_STATUS_DORMANT, "2005-03", 4);
    g_object_set (loaded, "note", "edited again", NULL);
    g_assert_true (cp_store_save_partnership (store, loaded, &error));
    g_assert_no_error (error);
    assert_status (store, pid, CP_PARTNERSHIP_STATUS_DORMANT, "2005-03", 4);
  }

  /* A status change without a date is dated today. */
  {
    g_autoptr(CpPartnership) loaded = cp_store_get_partnership (store, pid, &error);
    g_autofree char *today = cp_partial_date_today ();

    g_object_set (loaded, "status", CP_PARTNERSHIP_STATUS_ACTIVE, "status-since", "", NULL);
    g_assert_true (cp_store_save_partnership (store, loaded, &error));
    g_assert_no_error (error);
    assert_status (store, pid, CP_PARTNERSHIP_STATUS_ACTIVE, today, 5);
  }
}

/* Write transactions */

static void
test_write_rollback (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(CpStore) store = open_store (f->path);
  g_autoptr(CpMunicipality) a = new_municipality ("Utrecht", "NL");
  g_autoptr(CpMunicipality) b = new_municipality ("León", "NI");
  g_autoptr(GError) error = NULL;
  guint changes = 0;

  g_signal_connect (store, "changed", G_CALLBACK (on_changed), &changes);

  /* Rolled back: nothing saved, no signal. */
  g_assert_true (cp_store_begin_write (store, &error));
  g_assert_true (cp_store_save_municipality (store, a, &error));
  g_assert_true (cp_store_save_municipality (store, b, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes, ==, 0);
  g_assert_false (cp_store_end_write (store, FALSE, &error));
  g_assert_cmpuint (count_municipalities (store), ==, 0);
  g_assert_cmpuint (changes, ==, 0);
  g_clear_object (&store);
  g_assert_cmpint (raw_query_int (f->path, "SELECT count(*) FROM municipality"), ==, 0);
  store = open_store (f->path);
  g_signal_connect (store, "changed", G_CALLBACK (on_changed), &changes);

  /* Committed: both saved, one signal for the whole. */
  g_clear_object (&a);
  g_clear_object (&b);
  a = new_municipality ("Utrecht", "NL");
  b = new_municipality ("León", "NI");
  g_assert_true (cp_store_begin_write (store, &error));
  g_assert_true (cp_store_save_municipality (store, a, &error));
  g_assert_true (cp_store_begin_write (store, &error));
  g_assert_true (cp_store_save_municipality (store, b, &error));
  g_assert_true (cp_store_end_write (store, TRUE, &error));
  g_assert_cmpuint (changes, ==, 0);
  g_assert_true (cp_store_end_write (store, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (count_municipalities (store), ==, 2);

  /* A save of its own is a write of its own. */
  g_object_set (a, "region", "Utrecht", NULL);
  g_assert_true (cp_store_save_municipality (store, a, &error));
  g_assert_cmpuint (changes, ==, 2);
}

static void
test_write_failed_inside (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(CpStore) store = open_store (f->path);
  g_autoptr(CpMunicipality) a = new_municipality ("Utrecht", "NL");
  g_autoptr(CpPartnership) p = NULL;
  g_autoptr(CpMunicipality) ghost = new_municipality ("Atlantis", "GR");
  g_autoptr(GError) error = NULL;
  guint changes = 0;

  g_signal_connect (store, "changed", G_CALLBACK (on_changed), &changes);

  /* One part of a larger write fails in the database: the whole is rolled
   * back, and the caller that asks to commit is told so. */
  g_assert_true (cp_store_begin_write (store, &error));
  g_assert_true (cp_store_save_municipality (store, a, &error));
  cp_record_set_id (CP_RECORD (ghost), 999);
  p = new_partnership (a, ghost);
  g_assert_false (cp_store_save_partnership (store, p, &error));
  g_assert_error (error, CP_STORE_ERROR, CP_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_false (cp_store_end_write (store, TRUE, &error));
  g_assert_nonnull (error);
  g_assert_cmpstr (error->message, !=, "");
  g_clear_error (&error);
  g_assert_cmpuint (changes, ==, 0);
  g_assert_cmpuint (count_municipalities (store), ==, 0);
  g_assert_cmpuint (count_partnerships (store), ==, 0);
}

/* A new record whose save was rolled back must not keep an id that the
 * database hands out again: saving it later would overwrite another record. */
static void
test_write_rollback_new_ids (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(CpStore) store = open_store (f->path);
  g_autoptr(CpMunicipality) a = new_municipality ("Utrecht", "NL");
  g_autoptr(CpMunicipality) b = NULL;
  g_autoptr(CpMunicipality) c = new_municipality ("Estelí", "NI");
  g_autoptr(CpMunicipality) ghost = new_municipality ("Atlantis", "GR");
  g_autoptr(CpPartnership) p = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (cp_store_begin_write (store, &error));
  g_assert_true (cp_store_save_municipality (store, a, &error));
  g_assert_false (cp_store_end_write (store, FALSE, &error));
  g_assert_no_error (error);

  b = save_municipality (store, "León", "NI");

  /* The user saves the first one again (say, after an Undo of the failure). */
  g_assert_true (cp_store_save_municipality (store, a, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_municipalities (store), ==, 2);
  {
    g_autoptr(CpMunicipality) b_back = cp_store_get_municipality (store, cp_record_get_id (CP_RECORD (b)), &error);
    g_assert_no_error (error);
    g_assert_cmpstr (cp_municipality_get_name (b_back), ==, "León");
  }

  /* The same for a party saved along with a partnership that then failed. */
  cp_record_set_id (CP_RECORD (ghost), 999);
  p = new_partnership (c, ghost);
  g_assert_false (cp_store_save_partnership (store, p, &error));
  g_assert_error (error, CP_STORE_ERROR, CP_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (cp_record_get_id (CP_RECORD (p)), ==, 0);
  g_assert_cmpint (cp_record_get_id (CP_RECORD (c)), ==, 0);
  g_assert_cmpuint (count_municipalities (store), ==, 2);
}

/* Validation at the store */

typedef enum
{
  INVALID_EMPTY_NAME,
  INVALID_COUNTRY,
  INVALID_POPULATION,
  INVALID_ONE_PARTY,
  INVALID_SAME_PARTY,
  INVALID_SAME_PARTY_BY_ID,
  INVALID_NEW_PARTY,
  INVALID_AGREEMENT_ORDER,
  INVALID_EVENT_DATE,
} Invalid;

typedef struct
{
  const char *path;
  Invalid     what;
  int         code;
} InvalidCase;

static const InvalidCase invalid_cases[] = {
  { "/store/validation/empty-name", INVALID_EMPTY_NAME, CP_VALIDATION_ERROR_REQUIRED },
  { "/store/validation/unknown-country", INVALID_COUNTRY, CP_VALIDATION_ERROR_UNKNOWN_CODE },
  { "/store/validation/negative-population", INVALID_POPULATION, CP_VALIDATION_ERROR_OUT_OF_RANGE },
  { "/store/validation/one-party", INVALID_ONE_PARTY, CP_VALIDATION_ERROR_PARTIES },
  { "/store/validation/same-party-twice", INVALID_SAME_PARTY, CP_VALIDATION_ERROR_PARTIES },
  { "/store/validation/same-party-by-id", INVALID_SAME_PARTY_BY_ID, CP_VALIDATION_ERROR_PARTIES },
  { "/store/validation/new-party-unknown-country", INVALID_NEW_PARTY, CP_VALIDATION_ERROR_UNKNOWN_CODE },
  { "/store/validation/agreement-order", INVALID_AGREEMENT_ORDER, CP_VALIDATION_ERROR_ORDER },
  { "/store/validation/event-date", INVALID_EVENT_DATE, CP_VALIDATION_ERROR_FORMAT },
};

static char *
dump_counts (const char *path)
{
  return raw_query (path,
                    "SELECT (SELECT count(*) FROM municipality) || '/' || (SELECT count(*) FROM partnership) || '/' || "
                    "(SELECT count(*) FROM partnership_party) || '/' || (SELECT count(*) FROM status_change) || '/' || "
                    "(SELECT count(*) FROM agreement) || '/' || (SELECT count(*) FROM timeline_event) || '/' || "
                    "(SELECT group_concat(name, ',') FROM municipality)");
}

static void
test_validation (Fixture       *f,
                 gconstpointer  data)
{
  const InvalidCase *c = data;
  g_autoptr(CpStore) store = open_store (f->path);
  g_autoptr(CpPartnership) existing = save_utrecht_leon (store);
  CpMunicipality *utrecht = g_ptr_array_index (cp_partnership_get_parties (existing), 0);
  g_autoptr(CpRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = dump_counts (f->path);
  g_autofree char *after = NULL;
  guint changes = 0;
  gboolean ok = TRUE;

  g_signal_connect (store, "changed", G_CALLBACK (on_changed), &changes);

  switch (c->what)
    {
    case INVALID_EMPTY_NAME:
    case INVALID_COUNTRY:
    case INVALID_POPULATION:
      record = CP_RECORD (new_municipality ("Delft", "NL"));
      if (c->what == INVALID_EMPTY_NAME)
        g_object_set (record, "name", "  ", NULL);
      else if (c->what == INVALID_COUNTRY)
        g_object_set (record, "country", "XX", NULL);
      else
        g_object_set (record, "population", G_GINT64_CONSTANT (-5), NULL);
      ok = cp_store_save_municipality (store, CP_MUNICIPALITY (record), &error);
      break;

    case INVALID_ONE_PARTY:
      record = CP_RECORD (new_partnership (utrecht, NULL));
      ok = cp_store_save_partnership (store, CP_PARTNERSHIP (record), &error);
      break;

    case INVALID_SAME_PARTY:
      record = CP_RECORD (new_partnership (utrecht, utrecht));
      ok = cp_store_save_partnership (store, CP_PARTNERSHIP (record), &error);
      break;

    case INVALID_SAME_PARTY_BY_ID:
      {
        g_autoptr(CpMunicipality) twin = cp_store_get_municipality (store, cp_record_get_id (CP_RECORD (utrecht)), NULL);
        record = CP_RECORD (new_partnership (utrecht, twin));
        ok = cp_store_save_partnership (store, CP_PARTNERSHIP (record), &error);
      }
      break;

    case INVALID_NEW_PARTY:
      {
        g_autoptr(CpMunicipality) fresh = new_municipality ("Nowhere", "XX");
        record = CP_RECORD (new_partnership (utrecht, fresh));
        ok = cp_store_save_partnership (store, CP_PARTNERSHIP (record), &error);
        g_assert_cmpint (cp_record_get_id (CP_RECORD (fresh)), ==, 0);
      }
      break;

    case INVALID_AGREEMENT_ORDER:
      record = CP_RECORD (cp_agreement_new (cp_record_get_id (CP_RECORD (existing))));
      g_object_set (record, "title", "Agreement", "signed-on", "2002-04-06", "valid-until", "2001", NULL);
      ok = cp_store_save_agreement (store, CP_AGREEMENT (record), &error);
      break;

    case INVALID_EVENT_DATE:
      record = CP_RECORD (cp_timeline_event_new (cp_record_get_id (CP_RECORD (existing))));
      g_object_set (record, "title", "Visit", "date", "April 2002", NULL);
      ok = cp_store_save_timeline_event (store, CP_TIMELINE_EVENT (record), &error);
      break;

    default:
      g_assert_not_reached ();
    }

  g_assert_false (ok);
  g_assert_error (error, CP_VALIDATION_ERROR, c->code);
  g_assert_cmpstr (error->message, !=, "");
  g_assert_cmpint (cp_record_get_id (record), ==, 0);
  g_assert_cmpuint (changes, ==, 0);

  after = dump_counts (f->path);
  g_assert_cmpstr (after, ==, before);
}

/* Checking a file */

static void
test_check_file (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  g_autofree char *text_path = g_build_filename (f->dir, "notes.txt", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "missing.sqlite", NULL);
  Snapshot before = { 0 };
  int version = -1;

  {
    g_autoptr(CpStore) store = open_store (f->path);
    g_autoptr(CpPartnership) p = save_utrecht_leon (store);
  }
  backdate (f->path);
  snapshot_take (&before, f->path);

  g_assert_true (cp_store_check_file (f->path, &version, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (report, ==, "ok");
  g_assert_cmpint (version, ==, CP_STORE_SCHEMA_VERSION);
  assert_unchanged (&before, f->path);
  assert_no_companions (f->path);
  snapshot_clear (&before);

  /* A file that is not sound is reported, not passed. */
  {
    g_autofree char *broken = g_build_filename (f->dir, "broken.sqlite", NULL);
    g_autofree char *broken_report = NULL;

    {
      g_autoptr(CpStore) store = open_store (broken);
      g_autoptr(CpPartnership) p = save_utrecht_leon (store);
    }
    /* A party row whose municipality is gone, written past the foreign keys. */
    raw_exec (broken, "PRAGMA foreign_keys = OFF; DELETE FROM municipality WHERE id = 1;");
    g_assert_true (cp_store_check_file (broken, &version, &broken_report, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (broken_report, !=, "ok");
    g_assert_nonnull (strstr (broken_report, "broken references"));
  }

  g_assert_true (g_file_set_contents (text_path, "hello", -1, NULL));
  backdate (text_path);
  snapshot_take (&before, text_path);
  g_assert_false (cp_store_check_file (text_path, &version, NULL, &error));
  g_assert_error (error, CP_STORE_ERROR, CP_STORE_ERROR_NOT_A_DATABASE);
  assert_unchanged (&before, text_path);
  snapshot_clear (&before);
  g_clear_error (&error);

  g_assert_false (cp_store_check_file (missing, NULL, NULL, &error));
  g_assert_error (error, CP_STORE_ERROR, CP_STORE_ERROR_IO);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

/* Migrating a workspace of version 1 */

static char *
dup_migration_sql (const char *name)
{
  g_autofree char *resource = g_strconcat ("/io/github/counterpart/Counterpart/store/schema/", name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_resources_lookup_data (resource, 0, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* A workspace as the first version of Counterpart wrote it: only step 001. */
static void
write_version_1 (const char *path)
{
  g_autofree char *sql = dup_migration_sql ("001-registry.sql");
  g_autofree char *stamp = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = 1;",
                                            CP_STORE_APPLICATION_ID);

  raw_exec (path, sql);
  raw_exec (path, stamp);
  raw_exec (path,
            "INSERT INTO municipality (name, country, region, population) VALUES"
            "  ('Utrecht', 'NL', 'Utrecht', 361000), ('León', 'NI', 'León', 206000);"
            "INSERT INTO partnership (kind, initiative_origin, motives, first_contact, description) VALUES"
            "  ('friendship', 'civil-society-north', '[\"historical-ties\"]', '1962', 'Water and schools');"
            "INSERT INTO partnership_party (partnership_id, municipality_id, position) VALUES (1, 1, 0), (1, 2, 1);"
            "INSERT INTO status_change (partnership_id, status, since) VALUES (1, 'active', '1983');"
            "INSERT INTO agreement (partnership_id, kind, title, signed_on) VALUES"
            "  (1, 'cooperation-agreement', 'Twinning agreement', '1983-06');");
}

static void
test_migration_from_1 (Fixture       *f,
                       gconstpointer  data)
{
  static const char * const new_tables[] = {
    "expertise_area", "person", "availability", "key_role", "consultation_structure",
    "consultation_member", "need", "selection",
  };
  g_autoptr(CpStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *report = NULL;
  int version = -1;

  write_version_1 (f->path);
  g_assert_cmpint (raw_query_int (f->path, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (raw_query_int (f->path, "SELECT count(*) FROM sqlite_schema WHERE name = 'person'"), ==, 0);
  g_assert_true (cp_store_check_file (f->path, &version, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpint (version, ==, 1);
  g_clear_pointer (&report, g_free);

  store = open_store (f->path);
  g_assert_cmpint (cp_store_get_schema_version (store), ==, CP_STORE_SCHEMA_VERSION);
  g_assert_cmpint (raw_query_int (f->path, "PRAGMA user_version"), ==, CP_STORE_SCHEMA_VERSION);
  g_assert_cmpint (raw_query_int (f->path, "PRAGMA application_id"), ==, CP_STORE_APPLICATION_ID);

  /* The data of version 1 is all there. */
  g_assert_false (cp_store_is_empty (store));
  g_assert_cmpuint (count_municipalities (store), ==, 2);
  {
    g_autoptr(CpPartnership) p = cp_store_get_partnership (store, 1, &error);
    g_autofree char *title = NULL;
    g_autoptr(GListModel) agreements = NULL;
    g_autoptr(CpAgreement) agreement = NULL;

    g_assert_no_error (error);
    title = cp_partnership_dup_title (p);
    g_assert_cmpstr (title, ==, "Utrecht – León");
    g_assert_cmpint (cp_partnership_get_kind (p), ==, CP_PARTNERSHIP_KIND_FRIENDSHIP);
    g_assert_cmpint (cp_partnership_get_status (p), ==, CP_PARTNERSHIP_STATUS_ACTIVE);
    g_assert_cmpstr (cp_partnership_get_status_since (p), ==, "1983");
    g_assert_true (cp_partnership_has_motive (p, CP_MOTIVE_HISTORICAL_TIES));
    agreements = cp_store_list_agreements (store, 1, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (agreements), ==, 1);
    agreement = g_list_model_get_item (agreements, 0);
    g_assert_cmpstr (cp_agreement_get_title (agreement), ==, "Twinning agreement");
  }

  /* The tables of version 2, and the built-in areas of expertise. */
  for (guint i = 0; i < G_N_ELEMENTS (new_tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '%s'",
                                              new_tables[i]);
      g_assert_cmpint (raw_query_int (f->path, sql), ==, 1);
    }
  {
    g_autoptr(GListModel) areas = cp_store_list_expertise_areas (store, &error);
    const char * const *keys = cp_expertise_builtin_keys ();

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (areas), ==, 17);
    g_assert_cmpuint (g_strv_length ((char **) keys), ==, 17);
    for (guint i = 0; i < 17; i++)
      {
        g_autoptr(CpExpertiseArea) area = g_list_model_get_item (areas, i);
        g_assert_cmpstr (cp_expertise_area_get_key (area), ==, keys[i]);
      }
  }
  g_assert_cmpuint (count (cp_store_list_people (store, NULL)), ==, 0);
  g_assert_cmpint (raw_query_int (f->path, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);

  /* It was backed up first: a whole workspace of version 1, as it was. */
  backup = find_backup (f->dir, f->path, 1);
  g_assert_nonnull (backup);
  g_assert_null (find_backup (f->dir, f->path, CP_STORE_SCHEMA_VERSION));
  g_assert_true (cp_store_check_file (backup, &version, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpint (version, ==, 1);
  g_assert_cmpstr (report, ==, "ok");
  g_assert_cmpint (raw_query_int (backup, "SELECT count(*) FROM sqlite_schema WHERE name = 'person'"), ==, 0);
  g_assert_cmpint (raw_query_int (backup, "SELECT count(*) FROM partnership_party"), ==, 2);

  /* The migrated file is sound, and opening it again changes nothing more. */
  g_clear_object (&store);
  g_clear_pointer (&report, g_free);
  g_assert_true (cp_store_check_file (f->path, &version, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpint (version, ==, CP_STORE_SCHEMA_VERSION);
  g_assert_cmpstr (report, ==, "ok");
  store = open_store (f->path);
  g_assert_cmpuint (count (cp_store_list_expertise_areas (store, NULL)), ==, 17);
  g_clear_pointer (&backup, g_free);
  backup = find_backup (f->dir, f->path, 1);   /* still exactly one */
  g_assert_nonnull (backup);
  g_assert_null (find_backup (f->dir, f->path, CP_STORE_SCHEMA_VERSION));
}

/* People and expertise */

static gint64
id_of (gpointer record)
{
  return cp_record_get_id (CP_RECORD (record));
}

static CpPerson *
new_person (const char *name)
{
  CpPerson *person = cp_person_new ();

  g_object_set (person, "name", name, NULL);
  return person;
}

static void
save_ok (CpStore  *store,
         gpointer  record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cp_store_save (store, CP_RECORD (record), &error));
  g_assert_no_error (error);
  g_assert_cmpint (id_of (record), >, 0);
}

static CpPerson *
save_person (CpStore    *store,
             const char *name)
{
  CpPerson *person = new_person (name);

  save_ok (store, person);
  return person;
}

/* The ids of @model's records in order, as “3,1,2”; consumes @model. */
static char *
ids_of (GListModel *model)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_nonnull (model);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CpRecord) record = g_list_model_get_item (model, i);
      g_string_append_printf (text, "%s%" G_GINT64_FORMAT, i ? "," : "", cp_record_get_id (record));
    }
  g_object_unref (model);
  return g_strdup (text->str);
}

/* The same for ids given as a list ending in 0. */
static char *
join_ids (const gint64 *ids)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; ids[i] != 0; i++)
    g_string_append_printf (text, "%s%" G_GINT64_FORMAT, i ? "," : "", ids[i]);
  return g_strdup (text->str);
}

#define assert_ids(model, ...)                                          \
  G_STMT_START {                                                        \
    g_autofree char *got_ = ids_of (model);                             \
    g_autofree char *want_ = join_ids ((const gint64[]) { __VA_ARGS__, 0 }); \
    g_assert_cmpstr (got_, ==, want_);                                  \
  } G_STMT_END

/* The people's names in list order, joined by “; ”; consumes @model. */
static char *
names_of (GListModel *model)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_nonnull (model);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CpPerson) person = g_list_model_get_item (model, i);
      g_string_append_printf (text, "%s%s", i ? "; " : "", cp_person_get_name (person));
    }
  g_object_unref (model);
  return g_strdup (text->str);
}

static gint64
raw_count (const char *path,
           const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);

  return raw_query_int (path, sql);
}

/* How many rows each table of people and needs holds: “people/availability/...”. */
static char *
dump_people_counts (const char *path)
{
  return raw_query (path,
                    "SELECT (SELECT count(*) FROM person) || '/' || (SELECT count(*) FROM availability) || '/' || "
                    "(SELECT count(*) FROM key_role) || '/' || (SELECT count(*) FROM consultation_structure) || '/' || "
                    "(SELECT count(*) FROM consultation_member) || '/' || (SELECT count(*) FROM need) || '/' || "
                    "(SELECT count(*) FROM selection) || '/' || (SELECT count(*) FROM expertise_area) || '/' || "
                    "(SELECT count(*) FROM municipality) || '/' || (SELECT count(*) FROM partnership)");
}

static CpNeed *
new_need (gint64      partnership_id,
          const char *description,
          const char *skill,
          const char *starts_on,
          const char *ends_on)
{
  CpNeed *need = cp_need_new (partnership_id);
  const char * const expertise[] = { skill, NULL };

  g_object_set (need, "description", description, "expertise", skill ? expertise : NULL,
                "starts-on", starts_on ? starts_on : "", "ends-on", ends_on ? ends_on : "", NULL);
  return need;
}

static CpKeyRole *
save_key_role (CpStore       *store,
               gint64         partnership_id,
               gint64         person_id,
               CpKeyRoleKind  role,
               const char    *starts_on)
{
  CpKeyRole *key_role = cp_key_role_new (partnership_id);

  g_object_set (key_role, "person-id", person_id, "role", role, "starts-on", starts_on, NULL);
  save_ok (store, key_role);
  return key_role;
}

static CpSelection *
save_selection (CpStore    *store,
                gint64      need_id,
                gint64      person_id,
                const char *decided_on)
{
  CpSelection *selection = cp_selection_new (need_id);

  g_object_set (selection, "person-id", person_id, "rationale", "Knows the water company",
                "decided-on", decided_on, NULL);
  save_ok (store, selection);
  return selection;
}

static CpAvailability *
save_availability (CpStore    *store,
                   gint64      person_id,
                   const char *starts_on,
                   const char *ends_on)
{
  CpAvailability *period = cp_availability_new (person_id);

  g_object_set (period, "starts-on", starts_on, "ends-on", ends_on, NULL);
  save_ok (store, period);
  return period;
}

static GPtrArray *
people_array (CpPerson *first,
              ...)
{
  GPtrArray *array = g_ptr_array_new_with_free_func (g_object_unref);
  va_list args;

  va_start (args, first);
  for (CpPerson *person = first; person != NULL; person = va_arg (args, CpPerson *))
    g_ptr_array_add (array, g_object_ref (person));
  va_end (args);
  return array;
}

static void
test_person_round_trip (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(CpStore) store = open_store (f->path);
  g_autoptr(CpMunicipality) leon = save_municipality (store, "León", "NI");
  g_autoptr(CpPerson) full = cp_person_new ();
  g_autoptr(CpPerson) plain = new_person ("Bram");
  g_autoptr(GError) error = NULL;
  const char * const languages[] = { "es:c2", "en:b1", "nl:a2", NULL };
  const char * const expertise[] = { "water-sanitation:4", "housing:2", "public-participation:1", NULL };
  gint64 id;

  g_object_set (full,
                "name", "Marta Jiménez O’Neill",
                "kind", CP_PERSON_KIND_PARTNER_STAFF,
                "municipality-id", id_of (leon),
                "organisation", "ENACAL León",
                "department", "Agua potable",
                "position", "Ingeniera; jefa de \"planta\"",
                "email", "marta@leon.gob.ni",
                "phone", "+505 2311 0000",
                "languages", languages,
                "expertise", expertise,
                "regional-experience", TRUE,
                "intercultural-experience", TRUE,
                "note", "Two lines;\nsee ‘O''Neill’ and DROP TABLE person;",
                NULL);
  save_ok (store, full);
  save_ok (store, plain);
  id = id_of (full);

  /* No municipality is NULL, not a reference to 0; empty lists are JSON arrays. */
  {
    g_autofree char *sql = g_strdup_printf ("SELECT municipality_id IS NULL FROM person WHERE id = %" G_GINT64_FORMAT,
                                            id_of (plain));
    g_autofree char *json = g_strdup_printf ("SELECT languages || expertise FROM person WHERE id = %" G_GINT64_FORMAT,
                                             id_of (plain));
    g_autofree char *empty = raw_query (f->path, json);

    g_assert_cmpint (raw_query_int (f->path, sql), ==, 1);
    g_assert_cmpstr (empty, ==, "[][]");
  }

  g_clear_object (&store);
  store = open_store (f->path);
  {
    g_autoptr(CpPerson) back = cp_store_get_person (store, id, &error);
    g_autoptr(CpPerson) plain_back = cp_store_get_person (store, id_of (plain), &error);

    g_assert_no_error (error);
    assert_same_record (CP_RECORD (full), CP_RECORD (back));
    g_assert_cmpint (cp_person_get_municipality_id (back), ==, id_of (leon));
    g_assert_cmpint (cp_person_get_kind (back), ==, CP_PERSON_KIND_PARTNER_STAFF);
    g_assert_true (g_strv_equal ((const char * const *) cp_person_get_languages (back), languages));
    g_assert_true (g_strv_equal ((const char * const *) cp_person_get_expertise (back), expertise));
    g_assert_true (cp_person_get_regional_experience (back));
    g_assert_true (cp_person_get_intercultural_experience (back));

    assert_same_record (CP_RECORD (plain), CP_RECORD (plain_back));
    g_assert_cmpint (cp_person_get_municipality_id (plain_back), ==, 0);
    g_assert_cmpint (cp_person_get_kind (plain_back), ==, CP_PERSON_KIND_OWN_STAFF);
    g_assert_nonnull (cp_person_get_languages (plain_back));
    g_assert_cmpuint (g_strv_length ((char **) cp_person_get_languages (plain_back)), ==, 0);
    g_assert_cmpuint (g_strv_length ((char **) cp_person_get_expertise (plain_back)), ==, 0);
    g_assert_false (cp_person_get_regional_experience (plain_back));
    g_assert_false (cp_person_get_intercultural_experience (plain_back));

    /* Updated: the same id; the booleans and the municipality go back to none. */
    g_object_set (back, "municipality-id", G_GINT64_CONSTANT (0), "regional-experience", FALSE,
                  "intercultural-experience", FALSE, "languages", NULL, "kind", CP_PERSON_KIND_CONSULTANT, NULL);
    save_ok (store, back);
    g_assert_cmpint (id_of (back), ==, id);
  }
  {
    g_autoptr(CpPerson) again = cp_store_get_person (store, id, &error);
    g_autofree char *sql = g_strdup_printf ("SELECT municipality_id IS NULL FROM person WHERE id = %" G_GINT64_FORMAT, id);

    g_assert_no_error (error);
    g_assert_cmpint (cp_person_get_municipality_id (again), ==, 0);
    g_assert_false (cp_person_get_regional_experience (again));
    g_assert_false (cp_person_get_intercultural_experience (again));
    g_assert_cmpint (cp_person_get_kind (again), ==, CP_PERSON_KIND_CONSULTANT);
    g_assert_cmpuint (g_strv_length ((char **) cp_person_get_languages (again)), ==, 0);
    g_assert_true (g_strv_equal ((const char * const *) cp_person_get_expertise (again), expertise));
    g_assert_cmpint (raw_query_int (f->path, sql), ==, 1);
  }
  g_assert_cmpuint (count (cp_store_list_people (store, NULL)), ==, 2);

  g_assert_null (cp_store_get_person (store, 12345, &error));
  g_assert_error (error, CP_STORE_ERROR, CP_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Invalid skills are refused before anything is written. */
  {
    g_autoptr(CpPerson) wrong = new_person ("Carla");
    const char * const bad_language[] = { "xx:c1", NULL };
    const char * const bad_level[] = { "housing:5", NULL };
    g_autofree char *before = dump_people_counts (f->path);
    g_autofree char *after = NULL;

    g_object_set (wrong, "languages", bad_language, NULL);
    g_assert_false (cp_store_save (store, CP_RECORD (wrong), &error));
    g_assert_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_UNKNOWN_CODE);
    g_clear_error (&error);
    g_object_set (wrong, "languages", NULL, "expertise", bad_level, NULL);
    g_assert_false (cp_store_save (store, CP_RECORD (wrong), &error));
    g_assert_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_OUT_OF_RANGE);
    g_clear_error (&error);
    g_object_set (wrong, "expertise", NULL, "name", " ", NULL);
    g_assert_false (cp_store_save (store, CP_RECORD (wrong), &error));
    g_assert_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_REQUIRED);
    g_assert_cmpint (id_of (wrong), ==, 0);
    after = dump_people_counts (f->path);
    g_assert_cmpstr (after, ==, before);
  }
}

static void
test_people_list_trash (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(CpStore) store = open_store (f->path);
  g_autoptr(CpPerson) zoe = save_person (store, "Zoë");
  g_autoptr(CpPerson) de_vries = save_person (store, "de Vries");
  g_autoptr(CpPerson) bakker = save_person (store, "Bakker");
  g_autoptr(CpPerson) anna = save_person (store, "anna");
  g_autoptr(CpPerson) bakker2 = save_person (store, "Bakker");
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;

  /* By name, ignoring case; the same name by id. */
  names = names_of (cp_store_list_people (store, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (names, ==, "anna; Bakker; Bakker; de Vries; Zoë");
  assert_ids (cp_store_list_people (store, NULL), id_of (anna), id_of (bakker), id_of (bakker2),
              id_of (de_vries), id_of (zoe));

  /* Trashed: out of the list and out of reach. */
  g_assert_true (cp_store_trash_person (store, id_of (bakker), &error));
  g_assert_no_error (error);
  assert_ids (cp_store_list_people (store, NULL), id_of (anna), id_of (bakker2), id_of (de_vries), id_of (zoe));
  g_assert_null (cp_store_get_person (store, id_of (bakker), &error));
  g_assert_error (error, CP_STORE_ERROR, CP_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (cp_store_trash_person (store, id_of (bakker), &error));
  g_assert_error (error, CP_STORE_ERROR, CP_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (raw_count (f->path, "person"), ==, 5);

  /* It survives opening the file again while Undo is on offer. */
  g_clear_object (&store);
  store = open_store (f->path);
  g_assert_cmpuint (count (cp_store_list_people (store, NULL)), ==, 4);

  /* Restored: back in its place, as it was. */
  g_assert_true (cp_store_restore_person (store, id_of (bakker), &error));
  g_assert_no_error (error);
  assert_ids (cp_store_list_people (store, NULL), id_of (anna), id_of (bakker), id_of (bakker2),
              id_of (de_vries), id_of (zoe));
  {
    g_autoptr(CpPerson) back = cp_store_get_person (store, id_of (bakker), &error);
    g_assert_no_error (error);
    assert_same_record (CP_RECORD (bakker), CP_RECORD (back));
  }
  g_assert_false (cp_store_restore_person (store, id_of (bakker), &error));
  g_assert_error (error, CP_STORE_ERROR, CP_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Put aside two hours ago, a person is purged when the file is opened. */
  g_assert_true (cp_store_trash_person (store, id_of (zoe), &error));
  g_assert_no_error (error);
  g_clear_object (&store);
  raw_exec (f->path, "UPDATE person SET trashed_at = datetime('now', '-2 hours') WHERE trashed_at IS NOT NULL");
  store = open_store (f->path);
  g_assert_cmpint (raw_count (f->path, "person"), ==, 4);
  g_assert_false (cp_store_restore_person (store, id_of (zoe), &error));
  g_assert_error (error, CP_STORE_ERROR, CP_STORE_ERROR_NOT_FOUND);
}

static void
test_is_empty_person (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(CpStore) store = open_store (f->path);

  /* The built-in areas of expertise do not make a workspace less empty. */
  g_assert_true (cp_store_is_empty (store));
  g_object_unref (save_person (store, "Anna"));
  g_assert_false (cp_store_is_empty (store));
  g_assert_cmpuint (count_municipalities (store), ==, 0);
  g_assert_cmpuint (count_partnerships (store), ==, 0);
}

/* Everything that hangs on a person, and what becomes of it when the person goes. */
static void
test_person_dependents (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(CpStore) store = open_store (f->path);
  g_autoptr(CpPartnership) p = save_utrecht_leon (store);
  gint64 pid = id_of (p);
  g_autoptr(CpPerson) anna = save_person (store, "Anna");
  g_autoptr(CpPerson) bram = save_person (store, "Bram");
  g_autoptr(CpAvailability) free1 = save_availability (store, id_of (anna), "2007-03-01", "2007-03-31");
  g_autoptr(CpAvailability) free2 = save_availability (store, id_of (anna), "2007-06-01", "2007-06-30");
  g_autoptr(CpKeyRole) anna_role = save_key_role (store, pid, id_of (anna), CP_KEY_ROLE_KIND_COORDINATOR, "2001");
  g_autoptr(CpKeyRole) bram_role = save_key_role (store, pid, id_of (bram), CP_KEY_ROLE_KIND_TECHNICAL_EXPERT, "2003");
  g_autoptr(CpNeed) need = new_need (pid, "Water engineer", "water-sanitation:3", "2007-03-12", "2007-03-20");
  g_autoptr(CpSelection) anna_selected = NULL;
  g_autoptr(CpSelection) bram_selected = NULL;
  g_autoptr(CpConsultationStructure) group = cp_consultation_structure_new (pid);
  g_autoptr(GPtrArray) members = people_array (bram, anna, NULL);
  g_autoptr(GError) error = NULL;
  CpPersonDependents dependents = { 99, 99, 99 };

  save_ok (store, need);
  anna_selected = save_selection (store, id_of (need), id_of (anna), "2007-02-01");
  bram_selected = save_selection (store, id_of (need), id_of (bram), "2007-02-02");
  g_object_set (group, "name", "Water working group", "members", members, NULL);
  save_ok (store, group);

  g_assert_true (cp_store_count_person_dependents (store, id_of (anna), &dependents, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (dependents.key_roles, ==, 1);
  g_assert_cmpuint (dependents.selections, ==, 1);
  g_assert_cmpuint (dependents.memberships, ==, 1);
  {
    g_autoptr(CpPerson) nobody = save_person (store, "Carla");

    g_assert_true (cp_store_count_person_dependents (store, id_of (nobody), &dependents, &error));
    g_assert_cmpuint (dependents.key_roles + dependents.selections + dependents.memberships, ==, 0);
  }

  /* While trashed, the person's roles and selections are left out of the lists. */
  g_assert_true (cp_store_trash_person (store, id_of (anna), &error));
  g_assert_no_error (error);
  assert_ids (cp_store_list_key_roles (store, pid, NULL), id_of (bram_role));
  assert_ids (cp_store_list_key_roles (store, 0, NULL), id_of (bram_role));
  assert_ids (cp_store_list_selections (store, id_of (need), NULL), id_of (bram_selected));
  g_assert_true (cp_store_count_person_dependents (store, id_of (anna), &dependents, &error));
  g_assert_cmpuint (dependents.key_roles, ==, 1);
  g_assert_cmpuint (dependents.selections, ==, 1);
  g_assert_cmpuint (dependents.memberships, ==, 1);

  /* Restored: all of it is back. */
  g_assert_true (cp_store_restore_person (store, id_of (anna), &error));
  g_assert_no_error (error);
  assert_ids (cp_store_list_key_roles (store, pid, NULL), id_of (anna_role), id_of (bram_role));
  assert_ids (cp_store_list_selections (store, id_of (need), NULL), id_of (anna_selected), id_of (bram_selected));
  assert_ids (cp_store_list_availability (store, id_of (anna), NULL), id_of (free1), id_of (free2));

  /* Purged: the person goes, and with them their periods, roles, selections and
   * memberships; the others' stay. */
  g_assert_true (cp_store_trash_person (store, id_of (anna), &error));
  g_assert_true (cp_store_purge_trash (store, &error));
  g_assert_no_error (error);
  {
    g_autofree char *sql = g_strdup_printf ("WITH gone (id) AS (VALUES (%" G_GINT64_FORMAT "))"
                                            " SELECT (SELECT count(*) FROM person WHERE id IN gone)"
                                            " + (SELECT count(*) FROM availability WHERE person_id IN gone)"
                                            " + (SELECT count(*) FROM key_role WHERE person_id IN gone)"
                                            " + (SELECT count(*) FROM selection WHERE person_id IN gone)"
                                            " + (SELECT count(*) FROM consultation_member WHERE person_id IN gone)",
                                            id_of (anna));
    g_assert_cmpint (raw_query_int (f->path, sql), ==, 0);
  }
  g_assert_cmpint (raw_count (f->path, "person"), ==, 2);
  g_assert_cmpint (raw_count (f->path, "key_role"), ==, 1);
  g_assert_cmpint (raw_count (f->path, "selection"), ==, 1);
  g_assert_cmpint (raw_count (f->path, "consultation_member"), ==, 1);
  g_assert_cmpint (raw_count (f->path, "availability"), ==, 0);
  g_assert_cmpint (raw_count (f->path, "need"), ==, 1);
  g_assert_cmpint (raw_query_int (f->path, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
  g_assert_false (cp_store_restore_person (store, id_of (anna), &error));
  g_assert_error (error, CP_STORE_ERROR, CP_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (cp_store_count_person_dependents (store, id_of (anna), &dependents, &error));
  g_assert_cmpuint (dependents.key_roles + dependents.selections + dependents.memberships, ==, 0);
  {
    g_autoptr(GListModel) groups = cp_store_list_consultation_structures (store, pid, &error);
    g_autoptr(CpConsultationStructure) back = g_list_model_get_item (groups, 0);
    GPtrArray *left = cp_consultation_structure_get_members (back);

    g_assert_no_error (error);
    g_assert_cmpuint (left->len, ==, 1);
    g_assert_cmpint (id_of (left->pdata[0]), ==, id_of (bram));
  }
  assert_ids (cp_store_list_key_roles (store, pid, NULL), id_of (bram_role));
  assert_ids (cp_store_list_selections (store, id_of (need), NULL), id_of (bram_selected));
}

static void
test_availability (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(CpStore) store = open_store (f->path);
  g_autoptr(CpPerson) anna = save_person (store, "Anna");
  g_autoptr(CpPerson) bram = save_person (store, "Bram");
  g_autoptr(CpAvailability) june = save_availability (store, id_of (anna), "2007-06-01", "2007-06-30");
  g_autoptr(CpAvailability) march = save_availability (store, id_of (anna), "2007-03-01", "2007-03-31");
  g_autoptr(CpAvailability) one_day = save_availability (store, id_of (anna), "2007-04-15", "2007-04-15");
  g_autoptr(CpAvailability) brams = save_availability (store, id_of (bram), "2007-01-01", "2007-12-31");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_object_set (march, "note", "Not in Easter week", NULL);
  save_ok (store, march);

  /* By date, whatever the order they were entered in; only the person's own. */
  assert_ids (cp_store_list_availability (store, id_of (anna), &error), id_of (march), id_of (one_day), id_of (june));
  g_assert_no_error (error);
  assert_ids (cp_store_list_availability (store, id_of (bram), NULL), id_of (brams));
  {
    g_autoptr(GListModel) list = cp_store_list_availability (store, id_of (anna), NULL);
    g_autoptr(CpAvailability) back = g_list_model_get_item (list, 0);
    assert_same_record (CP_RECORD (march), CP_RECORD (back));
  }

  /* An end before the start is refused, and nothing is written; so is a period
   * not given to the day. */
  before = dump_people_counts (f->path);
  {
    g_autoptr(CpAvailability) backwards = cp_availability_new (id_of (anna));
    g_autoptr(CpAvailability) vague = cp_availability_new (id_of (anna));

    g_object_set (backwards, "starts-on", "2007-05-10", "ends-on", "2007-05-09", NULL);
    g_assert_false (cp_store_save (store, CP_RECORD (backwards), &error));
    g_assert_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_ORDER);
    g_clear_error (&error);
    g_assert_cmpint (id_of (backwards), ==, 0);

    g_object_set (vague, "starts-on", "2007-05", "ends-on", "2007-06", NULL);
    g_assert_false (cp_store_save (store, CP_RECORD (vague), &error));
    g_assert_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_FORMAT);
    g_clear_error (&error);

    /* An existing one changed the wrong way round stays as it was. */
    g_object_set (june, "ends-on", "2007-05-31", NULL);
    g_assert_false (cp_store_save (store, CP_RECORD (june), &error));
    g_assert_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_ORDER);
    g_clear_error (&error);
  }
  after = dump_people_counts (f->path);
  g_assert_cmpstr (after, ==, before);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT ends_on FROM availability WHERE id = %" G_GINT64_FORMAT, id_of (june));
    g_autofree char *ends = raw_query (f->path, sql);
    g_assert_cmpstr (ends, ==, "2007-06-30");
  }

  /* Deleted, and put back under its id (Undo). */
  g_assert_true (cp_store_delete_record (store, CP_RECORD (one_day), &error));
  g_assert_no_error (error);
  assert_ids (cp_store_list_availability (store, id_of (anna), NULL), id_of (march), id_of (june));
  save_ok (store, one_day);
  assert_ids (cp_store_list_availability (store, id_of (anna), NULL), id_of (march), id_of (one_day), id_of (june));
}

static void
test_key_roles (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(CpStore) store = open_store (f->path);
  g_autoptr(CpPartnership) p = save_utrecht_leon (store);
  g_autoptr(CpPartnership) q = save_partnership (store, "Delft", "NL", "Estelí", "NI");
  gint64 pid = id_of (p), qid = id_of (q);
  g_autoptr(CpPerson) anna = save_person (store, "Anna");
  g_autoptr(CpPerson) bram = save_person (store, "Bram");
  g_autoptr(CpKeyRole) q_expert = save_key_role (store, qid, id_of (anna), CP_KEY_ROLE_KIND_TECHNICAL_EXPERT, "1999");
  g_autoptr(CpKeyRole) p_expert = save_key_role (store, pid, id_of (bram), CP_KEY_ROLE_KIND_TECHNICAL_EXPERT, "2003");
  g_autoptr(CpKeyRole) p_coordinator_late = save_key_role (store, pid, id_of (bram), CP_KEY_ROLE_KIND_COORDINATOR, "2006");
  g_autoptr(CpKeyRole) p_coordinator = save_key_role (store, pid, id_of (anna), CP_KEY_ROLE_KIND_COORDINATOR, "2001");
  g_autoptr(GError) error = NULL;
  CpRoleCoverage coverage;

  g_object_set (p_coordinator, "ends-on", "2005-12", "note", "Handed over to Bram", NULL);
  save_ok (store, p_coordinator);

  /* A partnership's roles by role, then start; 0 for all of them. */
  assert_ids (cp_store_list_key_roles (store, pid, &error), id_of (p_coordinator), id_of (p_coordinator_late),
              id_of (p_expert));
  g_assert_no_error (error);
  assert_ids (cp_store_list_key_roles (store, qid, NULL), id_of (q_expert));
  assert_ids (cp_store_list_key_roles (store, 0, NULL), id_of (p_coordinator), id_of (p_coordinator_late),
              id_of (p_expert), id_of (q_expert));
  /* A person's roles, in every partnership, by start. */
  assert_ids (cp_store_list_key_roles_of_person (store, id_of (anna), NULL), id_of (q_expert), id_of (p_coordinator));
  assert_ids (cp_store_list_key_roles_of_person (store, id_of (bram), NULL), id_of (p_expert),
              id_of (p_coordinator_late));
  {
    g_autoptr(GListModel) roles = cp_store_list_key_roles (store, pid, NULL);
    g_autoptr(CpKeyRole) back = g_list_model_get_item (roles, 0);

    assert_same_record (CP_RECORD (p_coordinator), CP_RECORD (back));
  }

  /* As the partnership page assesses them: in 2004 two people held roles; in
   * 2007 everything rests on Bram. */
  {
    g_autoptr(GListModel) roles = cp_store_list_key_roles (store, pid, NULL);

    cp_key_role_assess (roles, "2004-06-01", &coverage);
    g_assert_true (coverage.coordinator);
    g_assert_false (coverage.political);
    g_assert_cmpuint (coverage.n_holders, ==, 2);
    cp_key_role_assess (roles, "2007-06-01", &coverage);
    g_assert_true (coverage.coordinator);
    g_assert_cmpuint (coverage.n_holders, ==, 1);
    g_assert_cmpint (coverage.sole_holder_id, ==, id_of (bram));
  }

  /* A role needs someone to hold it, and an end after its start. */
  {
    g_autoptr(CpKeyRole) nobody = cp_key_role_new (pid);
    g_autoptr(CpKeyRole) backwards = cp_key_role_new (pid);

    g_assert_false (cp_store_save (store, CP_RECORD (nobody), &error));
    g_assert_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_REQUIRED);
    g_clear_error (&error);
    g_object_set (backwards, "person-id", id_of (anna), "starts-on", "2005", "ends-on", "2004", NULL);
    g_assert_false (cp_store_save (store, CP_RECORD (backwards), &error));
    g_assert_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_ORDER);
    g_clear_error (&error);
    g_assert_cmpint (raw_count (f->path, "key_role"), ==, 4);
  }

  /* The roles in a partnership put aside are not among all roles. */
  g_assert_true (cp_store_trash_partnership (store, qid, &error));
  g_assert_no_error (error);
  assert_ids (cp_store_list_key_roles (store, 0, NULL), id_of (p_coordinator), id_of (p_coordinator_late),
              id_of (p_expert));
  g_assert_true (cp_store_restore_partnership (store, qid, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count (cp_store_list_key_roles (store, 0, NULL)), ==, 4);

  /* Deleted and put back. */
  g_assert_true (cp_store_delete_record (store, CP_RECORD (p_expert), &error));
  g_assert_no_error (error);
  assert_ids (cp_store_list_key_roles (store, pid, NULL), id_of (p_coordinator), id_of (p_coordinator_late));
  save_ok (store, p_expert);
  g_assert_cmpuint (count (cp_store_list_key_roles (store, pid, NULL)), ==, 3);
}

static void
test_consultation_structures (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(CpStore) store = open_store (f->path);
  g_autoptr(CpPartnership) p = save_utrecht_leon (store);
  g_autoptr(CpPartnership) q = save_partnership (store, "Delft", "NL", "Estelí", "NI");
  gint64 pid = id_of (p);
  g_autoptr(CpPerson) anna = new_person ("Anna");
  g_autoptr(CpPerson) bram = new_person ("Bram");
  g_autoptr(CpPerson) carla = new_person ("Carla");
  g_autoptr(CpPerson) dirk = new_person ("Dirk");
  g_autoptr(CpConsultationStructure) water = cp_consultation_structure_new (pid);
  g_autoptr(CpConsultationStructure) board = cp_consultation_structure_new (pid);
  g_autoptr(CpConsultationStructure) other = cp_consultation_structure_new (id_of (q));
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GError) error = NULL;

  g_object_set (anna, "department", "Water", NULL);
  g_object_set (bram, "department", "Finance", NULL);
  g_object_set (carla, "department", "Water", NULL);
  save_ok (store, anna);
  save_ok (store, bram);
  save_ok (store, carla);
  save_ok (store, dirk);

  /* Members in the order given, not by id or name. */
  members = people_array (carla, dirk, anna, bram, NULL);
  g_object_set (water,
                "name", "Water working group",
                "purpose", "Drinking water for León’s barrios",
                "meetings-held", 12,
                "meetings-cancelled", 2,
                "note", "Meets in the town hall",
                "members", members,
                NULL);
  save_ok (store, water);
  g_object_set (board, "name", "Board", NULL);
  save_ok (store, board);
  g_object_set (other, "name", "Another group", NULL);
  save_ok (store, other);

  /* Through the link table, with the positions. */
  {
    g_autofree char *sql = g_strdup_printf ("SELECT group_concat(person_id, ',') FROM"
                                            " (SELECT person_id FROM consultation_member WHERE structure_id = %"
                                            G_GINT64_FORMAT " ORDER BY position)", id_of (water));
    g_autofree char *linked = raw_query (f->path, sql);
    g_autofree char *expected = join_ids ((const gint64[]) { id_of (carla), id_of (dirk), id_of (anna), id_of (bram), 0 });

    g_assert_cmpstr (linked, ==, expected);
  }

  g_clear_object (&store);
  store = open_store (f->path);
  {
    g_autoptr(GListModel) list = cp_store_list_consultation_structures (store, pid, &error);
    g_autoptr(CpConsultationStructure) first = NULL;
    g_autoptr(CpConsultationStructure) back = NULL;
    g_auto(GStrv) departments = NULL;
    const char * const expected_departments[] = { "Water", "Finance", NULL };
    GPtrArray *back_members;

    g_assert_no_error (error);
    /* By name: “Board” first; the other partnership's not at all. */
    g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
    first = g_list_model_get_item (list, 0);
    g_assert_cmpint (id_of (first), ==, id_of (board));
    g_assert_null (cp_consultation_structure_get_members (first));
    back = g_list_model_get_item (list, 1);
    assert_same_record (CP_RECORD (water), CP_RECORD (back));
    back_members = cp_consultation_structure_get_members (back);
    g_assert_cmpuint (back_members->len, ==, 4);
    g_assert_cmpstr (cp_person_get_name (back_members->pdata[0]), ==, "Carla");
    g_assert_cmpstr (cp_person_get_name (back_members->pdata[3]), ==, "Bram");

    /* The departments, each once, in the members' order, none for no department. */
    departments = cp_consultation_structure_dup_departments (back);
    g_assert_true (g_strv_equal ((const char * const *) departments, expected_departments));

    /* Changing the members replaces the links. */
    g_clear_pointer (&members, g_ptr_array_unref);
    members = people_array (bram, carla, NULL);
    g_object_set (back, "members", members, "meetings-held", 13, NULL);
    save_ok (store, back);
    g_assert_cmpint (id_of (back), ==, id_of (water));
  }
  {
    g_autoptr(GListModel) list = cp_store_list_consultation_structures (store, pid, NULL);
    g_autoptr(CpConsultationStructure) back = g_list_model_get_item (list, 1);
    GPtrArray *back_members = cp_consultation_structure_get_members (back);
    g_auto(GStrv) departments = cp_consultation_structure_dup_departments (back);
    const char * const expected_departments[] = { "Finance", "Water", NULL };

    g_assert_cmpint (cp_consultation_structure_get_meetings_held (back), ==, 13);
    g_assert_cmpuint (back_members->len, ==, 2);
    g_assert_cmpint (id_of (back_members->pdata[0]), ==, id_of (bram));
    g_assert_cmpint (id_of (back_members->pdata[1]), ==, id_of (carla));
    g_assert_true (g_strv_equal ((const char * const *) departments, expected_departments));
  }
  g_assert_cmpint (raw_count (f->path, "consultation_member"), ==, 2);

  /* Someone twice is refused by the schema, and the old members stay. */
  {
    g_autoptr(GPtrArray) twice = people_array (anna, anna, NULL);

    g_object_set (water, "members", twice, NULL);
    g_assert_false (cp_store_save (store, CP_RECORD (water), &error));
    g_assert_error (error, CP_STORE_ERROR, CP_STORE_ERROR_CONSTRAINT);
    g_clear_error (&error);
    g_assert_cmpint (raw_count (f->path, "consultation_member"), ==, 2);
  }

  /* A negative count is refused. */
  g_object_set (board, "meetings-cancelled", -1, NULL);
  g_assert_false (cp_store_save (store, CP_RECORD (board), &error));
  g_assert_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);

  /* Deleting a group takes its links, not its members. */
  g_assert_true (cp_store_delete_record (store, CP_RECORD (water), &error));
  g_assert_no_error (error);
  g_assert_cmpint (raw_count (f->path, "consultation_member"), ==, 0);
  g_assert_cmpint (raw_count (f->path, "person"), ==, 4);
  g_assert_cmpuint (count (cp_store_list_consultation_structures (store, pid, NULL)), ==, 1);
}

static void
test_needs (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(CpStore) store = open_store (f->path);
  g_autoptr(CpPartnership) p = save_utrecht_leon (store);
  g_autoptr(CpPartnership) q = save_partnership (store, "Delft", "NL", "Estelí", "NI");
  gint64 pid = id_of (p), qid = id_of (q);
  CpMunicipality *leon = g_ptr_array_index (cp_partnership_get_parties (p), 1);
  CpMunicipality *delft = g_ptr_array_index (cp_partnership_get_parties (q), 0);
  g_autoptr(CpNeed) water = new_need (pid, "Water engineer for ENACAL", "water-sanitation:3", "2007-03-12", "2007-03-20");
  g_autoptr(CpNeed) undated = new_need (pid, "Someone for the archive", "information-management:1", NULL, NULL);
  g_autoptr(CpNeed) early = new_need (qid, "Budget training", "financial-management:2", "2006-01-09", "2006-01-13");
  g_autoptr(GError) error = NULL;
  const char * const expertise[] = { "water-sanitation:3", "public-works:2", NULL };
  const char * const languages[] = { "es:b2", NULL };

  g_object_set (water,
                "requested-by-id", id_of (leon),
                "expertise", expertise,
                "languages", languages,
                "length-days", 5,
                "status", CP_NEED_STATUS_MATCHED,
                "note", "Asked for in the 2006 plan",
                NULL);
  save_ok (store, water);
  save_ok (store, undated);
  save_ok (store, early);

  /* No asking municipality is NULL. */
  {
    g_autofree char *sql = g_strdup_printf ("SELECT requested_by_id IS NULL FROM need WHERE id = %" G_GINT64_FORMAT,
                                            id_of (undated));
    g_assert_cmpint (raw_query_int (f->path, sql), ==, 1);
  }

  g_clear_object (&store);
  store = open_store (f->path);

  /* Dated ones by date, undated ones last; 0 for all partnerships. */
  assert_ids (cp_store_list_needs (store, pid, &error), id_of (water), id_of (undated));
  g_assert_no_error (error);
  assert_ids (cp_store_list_needs (store, qid, NULL), id_of (early));
  assert_ids (cp_store_list_needs (store, 0, NULL), id_of (early), id_of (water), id_of (undated));
  {
    g_autoptr(CpNeed) back = cp_store_get_need (store, id_of (water), &error);
    g_autoptr(CpNeed) undated_back = cp_store_get_need (store, id_of (undated), &error);

    g_assert_no_error (error);
    assert_same_record (CP_RECORD (water), CP_RECORD (back));
    g_assert_cmpint (cp_need_get_requested_by_id (back), ==, id_of (leon));
    g_assert_cmpint (cp_need_get_status (back), ==, CP_NEED_STATUS_MATCHED);
    g_assert_cmpint (cp_need_get_period_days (back), ==, 9);
    assert_same_record (CP_RECORD (undated), CP_RECORD (undated_back));
    g_assert_cmpint (cp_need_get_requested_by_id (undated_back), ==, 0);
    g_assert_cmpint (cp_need_get_status (undated_back), ==, CP_NEED_STATUS_OPEN);
  }
  g_assert_null (cp_store_get_need (store, 12345, &error));
  g_assert_error (error, CP_STORE_ERROR, CP_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* What is refused, with nothing written. */
  {
    g_autofree char *before = dump_people_counts (f->path);
    g_autofree char *after = NULL;
    g_autoptr(CpNeed) other_party = new_need (pid, "Asked by someone else", "housing:2", NULL, NULL);
    g_autoptr(CpNeed) no_expertise = new_need (pid, "Anything", NULL, NULL, NULL);
    g_autoptr(CpNeed) level_five = new_need (pid, "A guru", "housing:5", NULL, NULL);
    g_autoptr(CpNeed) too_long = new_need (pid, "Long stay", "housing:2", "2007-03-12", "2007-03-20");
    g_autoptr(CpNeed) backwards = new_need (pid, "Backwards", "housing:2", "2007-03-20", "2007-03-12");
    guint changes = 0;

    g_signal_connect (store, "changed", G_CALLBACK (on_changed), &changes);

    /* Delft is a party to another partnership, not to this one. */
    g_object_set (other_party, "requested-by-id", id_of (delft), NULL);
    g_assert_false (cp_store_save (store, CP_RECORD (other_party), &error));
    g_assert_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_PARTIES);
    g_assert_cmpstr (error->message, !=, "");
    g_clear_error (&error);
    g_assert_cmpint (id_of (other_party), ==, 0);

    /* An existing need moved to a municipality that is not a party stays as it was. */
    {
      g_autoptr(CpNeed) moved = cp_store_get_need (store, id_of (water), NULL);

      g_object_set (moved, "requested-by-id", id_of (delft), NULL);
      g_assert_false (cp_store_save (store, CP_RECORD (moved), &error));
      g_assert_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_PARTIES);
      g_clear_error (&error);
    }

    g_assert_false (cp_store_save (store, CP_RECORD (no_expertise), &error));
    g_assert_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_REQUIRED);
    g_clear_error (&error);

    g_assert_false (cp_store_save (store, CP_RECORD (level_five), &error));
    g_assert_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_OUT_OF_RANGE);
    g_clear_error (&error);

    g_object_set (too_long, "length-days", 10, NULL);
    g_assert_false (cp_store_save (store, CP_RECORD (too_long), &error));
    g_assert_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_OUT_OF_RANGE);
    g_clear_error (&error);

    g_assert_false (cp_store_save (store, CP_RECORD (backwards), &error));
    g_assert_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_ORDER);
    g_clear_error (&error);

    after = dump_people_counts (f->path);
    g_assert_cmpstr (after, ==, before);
    g_assert_cmpuint (changes, ==, 0);
    {
      g_autoptr(CpNeed) still = cp_store_get_need (store, id_of (water), NULL);
      g_assert_cmpint (cp_need_get_requested_by_id (still), ==, id_of (leon));
    }
    /* @changes lives in this block only. */
    g_signal_handlers_disconnect_by_data (store, &changes);
  }

  /* A party of the partnership may ask, the other one too. */
  {
    g_autoptr(CpNeed) from_utrecht = new_need (pid, "Return visit", "education:2", NULL, NULL);
    CpMunicipality *utrecht = g_ptr_array_index (cp_partnership_get_parties (p), 0);

    g_object_set (from_utrecht, "requested-by-id", id_of (utrecht), NULL);
    save_ok (store, from_utrecht);
  }

  /* The needs of a partnership put aside are not among all needs. */
  g_assert_true (cp_store_trash_partnership (store, qid, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count (cp_store_list_needs (store, 0, NULL)), ==, 3);
  g_assert_true (cp_store_restore_partnership (store, qid, &error));
  g_assert_cmpuint (count (cp_store_list_needs (store, 0, NULL)), ==, 4);

  /* Deleting a need takes its selections. */
  {
    g_autoptr(CpPerson) anna = save_person (store, "Anna");
    g_autoptr(CpSelection) selection = save_selection (store, id_of (early), id_of (anna), "2005-12-01");

    g_assert_true (cp_store_delete_record (store, CP_RECORD (early), &error));
    g_assert_no_error (error);
    g_assert_cmpint (raw_count (f->path, "selection"), ==, 0);
    assert_ids (cp_store_list_needs (store, qid, NULL), 0);
  }
}

static void
test_selections (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(CpStore) store = open_store (f->path);
  g_autoptr(CpPartnership) p = save_utrecht_leon (store);
  gint64 pid = id_of (p);
  g_autoptr(CpNeed) water = new_need (pid, "Water engineer", "water-sanitation:3", "2007-03-12", "2007-03-20");
  g_autoptr(CpNeed) budget = new_need (pid, "Budget training", "financial-management:2", NULL, NULL);
  g_autoptr(CpPerson) anna = save_person (store, "Anna");
  g_autoptr(CpPerson) bram = save_person (store, "Bram");
  g_autoptr(CpSelection) anna_water = NULL;
  g_autoptr(CpSelection) bram_water = NULL;
  g_autoptr(CpSelection) anna_budget = NULL;
  g_autoptr(GError) error = NULL;

  save_ok (store, water);
  save_ok (store, budget);
  anna_water = save_selection (store, id_of (water), id_of (anna), "2007-02-01");
  bram_water = save_selection (store, id_of (water), id_of (bram), "2007-01-15");
  anna_budget = save_selection (store, id_of (budget), id_of (anna), "2006-11");
  g_object_set (anna_water, "notes", "Confirmed by phone", NULL);
  save_ok (store, anna_water);

  /* Per need by the day decided; per person likewise. */
  assert_ids (cp_store_list_selections (store, id_of (water), &error), id_of (bram_water), id_of (anna_water));
  g_assert_no_error (error);
  assert_ids (cp_store_list_selections (store, id_of (budget), NULL), id_of (anna_budget));
  assert_ids (cp_store_list_selections_of_person (store, id_of (anna), NULL), id_of (anna_budget), id_of (anna_water));
  assert_ids (cp_store_list_selections_of_person (store, id_of (bram), NULL), id_of (bram_water));
  {
    g_autoptr(GListModel) list = cp_store_list_selections (store, id_of (water), NULL);
    g_autoptr(CpSelection) back = g_list_model_get_item (list, 1);
    assert_same_record (CP_RECORD (anna_water), CP_RECORD (back));
  }

  /* One person once per need. */
  {
    g_autoptr(CpSelection) again = cp_selection_new (id_of (water));
    g_autoptr(CpSelection) nobody = cp_selection_new (id_of (water));
    g_autoptr(CpSelection) no_reason = cp_selection_new (id_of (water));

    g_object_set (again, "person-id", id_of (anna), "rationale", "Once more", NULL);
    g_assert_false (cp_store_save (store, CP_RECORD (again), &error));
    g_assert_error (error, CP_STORE_ERROR, CP_STORE_ERROR_CONSTRAINT);
    g_clear_error (&error);
    g_assert_cmpint (id_of (again), ==, 0);

    g_object_set (nobody, "rationale", "Someone", NULL);
    g_assert_false (cp_store_save (store, CP_RECORD (nobody), &error));
    g_assert_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_REQUIRED);
    g_clear_error (&error);

    g_object_set (no_reason, "person-id", id_of (bram), NULL);
    g_assert_false (cp_store_save (store, CP_RECORD (no_reason), &error));
    g_assert_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_REQUIRED);
    g_clear_error (&error);
  }
  g_assert_cmpint (raw_count (f->path, "selection"), ==, 3);

  /* Deleted, and put back under its id. */
  g_assert_true (cp_store_delete_record (store, CP_RECORD (bram_water), &error));
  g_assert_no_error (error);
  assert_ids (cp_store_list_selections (store, id_of (water), NULL), id_of (anna_water));
  save_ok (store, bram_water);
  assert_ids (cp_store_list_selections (store, id_of (water), NULL), id_of (bram_water), id_of (anna_water));
}

static void
test_expertise_areas (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(CpStore) store = open_store (f->path);
  g_autoptr(CpPartnership) p = save_utrecht_leon (store);
  g_autoptr(CpExpertiseArea) disaster = cp_expertise_area_new ();
  g_autoptr(CpExpertiseArea) youth = cp_expertise_area_new ();
  g_autoptr(CpExpertiseArea) twin = cp_expertise_area_new ();
  g_autoptr(CpExpertiseArea) housing = cp_expertise_area_new ();
  g_autoptr(CpPerson) anna = NULL;
  g_autoptr(CpNeed) need = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *key = cp_expertise_make_key ("Disaster risk reduction");
  const char * const *builtin = cp_expertise_builtin_keys ();

  /* The built-in areas come first, in the taxonomy's order. */
  {
    g_autoptr(GListModel) areas = cp_store_list_expertise_areas (store, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (areas), ==, 17);
    for (guint i = 0; i < 17; i++)
      {
        g_autoptr(CpExpertiseArea) area = g_list_model_get_item (areas, i);

        g_assert_cmpstr (cp_expertise_area_get_key (area), ==, builtin[i]);
        g_assert_cmpstr (cp_expertise_area_get_label (area), ==, cp_expertise_builtin_label (builtin[i]));
      }
  }

  /* A new area needs only a name: the key is made from it. */
  g_assert_cmpstr (key, ==, "disaster-risk-reduction");
  g_object_set (disaster, "name", "Disaster risk reduction", NULL);
  save_ok (store, disaster);
  g_assert_cmpstr (cp_expertise_area_get_key (disaster), ==, key);
  g_object_set (youth, "name", "Youth work", NULL);
  save_ok (store, youth);
  {
    g_autoptr(GListModel) areas = cp_store_list_expertise_areas (store, NULL);
    g_autoptr(CpExpertiseArea) first = g_list_model_get_item (areas, 0);
    g_autoptr(CpExpertiseArea) added = g_list_model_get_item (areas, 17);

    g_assert_cmpuint (g_list_model_get_n_items (areas), ==, 19);
    g_assert_cmpstr (cp_expertise_area_get_key (first), ==, builtin[0]);
    assert_same_record (CP_RECORD (disaster), CP_RECORD (added));
    g_assert_cmpstr (cp_expertise_area_get_label (added), ==, "Disaster risk reduction");
  }
  {
    g_autoptr(GHashTable) names = cp_store_dup_area_names (store, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (g_hash_table_lookup (names, key), ==, "Disaster risk reduction");
    g_assert_cmpstr (g_hash_table_lookup (names, "youth-work"), ==, "Youth work");
  }

  /* The same name again, or a built-in one, is refused with a message naming it,
   * and the record keeps no key of the failed save. */
  g_object_set (twin, "name", "Disaster Risk Reduction", NULL);
  g_assert_false (cp_store_save (store, CP_RECORD (twin), &error));
  g_assert_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "Disaster Risk Reduction"));
  g_clear_error (&error);
  g_assert_cmpint (id_of (twin), ==, 0);
  g_assert_cmpstr (cp_expertise_area_get_key (twin), ==, "");
  g_object_set (housing, "name", "Housing", NULL);
  g_assert_false (cp_store_save (store, CP_RECORD (housing), &error));
  g_assert_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_FORMAT);
  g_clear_error (&error);
  g_assert_cmpint (raw_count (f->path, "expertise_area"), ==, 19);

  /* Renamed, an area keeps its key. */
  g_object_set (disaster, "name", "Disaster risk management", NULL);
  save_ok (store, disaster);
  g_assert_cmpstr (cp_expertise_area_get_key (disaster), ==, key);
  g_object_set (disaster, "name", "Disaster risk reduction", NULL);
  save_ok (store, disaster);

  /* The people's labels use the names users gave. */
  anna = new_person ("Anna");
  {
    const char * const skills[] = { "disaster-risk-reduction:2", "housing:4", NULL };
    g_autofree char *expected = g_strdup_printf ("Disaster risk reduction (%s), Housing (%s)",
                                                 cp_expertise_level_to_label (CP_EXPERTISE_LEVEL_WORKING),
                                                 cp_expertise_level_to_label (CP_EXPERTISE_LEVEL_EXPERT));
    g_autoptr(CpPerson) back = NULL;
    g_autofree char *label = NULL;

    g_object_set (anna, "expertise", skills, NULL);
    save_ok (store, anna);
    back = cp_store_get_person (store, id_of (anna), &error);
    g_assert_no_error (error);
    label = cp_person_dup_expertise_label (back);
    g_assert_cmpstr (label, ==, expected);
  }

  /* A built-in area cannot be deleted. */
  {
    g_autoptr(GListModel) areas = cp_store_list_expertise_areas (store, NULL);
    g_autoptr(CpExpertiseArea) first = g_list_model_get_item (areas, 0);

    g_assert_false (cp_store_delete_record (store, CP_RECORD (first), &error));
    g_assert_error (error, CP_STORE_ERROR, CP_STORE_ERROR_CONSTRAINT);
    g_assert_cmpstr (error->message, !=, "");
    g_clear_error (&error);
    g_assert_cmpint (raw_count (f->path, "expertise_area"), ==, 19);
  }

  /* Nor one in someone's expertise; the message names it. */
  g_assert_false (cp_store_delete_record (store, CP_RECORD (disaster), &error));
  g_assert_error (error, CP_STORE_ERROR, CP_STORE_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "Disaster risk reduction"));
  g_clear_error (&error);

  /* Nor one in a need. */
  {
    const char * const housing_only[] = { "housing:4", NULL };

    g_object_set (anna, "expertise", housing_only, NULL);
    save_ok (store, anna);
  }
  need = new_need (id_of (p), "Flood plan", "disaster-risk-reduction:3", NULL, NULL);
  save_ok (store, need);
  g_assert_false (cp_store_delete_record (store, CP_RECORD (disaster), &error));
  g_assert_error (error, CP_STORE_ERROR, CP_STORE_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "Disaster risk reduction"));
  g_clear_error (&error);
  g_assert_cmpint (raw_count (f->path, "expertise_area"), ==, 19);

  /* Unused, it goes. */
  g_assert_true (cp_store_delete_record (store, CP_RECORD (youth), &error));
  g_assert_no_error (error);
  g_assert_cmpint (raw_count (f->path, "expertise_area"), ==, 18);
  g_assert_true (cp_store_delete_record (store, CP_RECORD (need), &error));
  g_assert_true (cp_store_delete_record (store, CP_RECORD (disaster), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count (cp_store_list_expertise_areas (store, NULL)), ==, 17);

  /* A name that makes no key is refused. */
  {
    g_autoptr(CpExpertiseArea) blank = cp_expertise_area_new ();

    g_object_set (blank, "name", "   ", NULL);
    g_assert_false (cp_store_save (store, CP_RECORD (blank), &error));
    g_assert_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_REQUIRED);
  }
}

/* Matching through the store */

static gboolean
has_reason (CpCandidate *candidate,
            const char  *text)
{
  g_auto(GStrv) reasons = cp_candidate_dup_reasons (candidate);

  for (guint i = 0; reasons[i] != NULL; i++)
    if (strstr (reasons[i], text) != NULL)
      return TRUE;
  return FALSE;
}

static CpCandidate *
find_candidate (GListModel *ranking,
                gint64      person_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (ranking); i++)
    {
      g_autoptr(CpCandidate) candidate = g_list_model_get_item (ranking, i);

      if (id_of (cp_candidate_get_person (candidate)) == person_id)
        return g_steal_pointer (&candidate);
    }
  g_error ("person %" G_GINT64_FORMAT " is not in the ranking", person_id);
}

static void
test_match_history (Fixture       *f,
                    gconstpointer  data)
{
  const char *today = "2007-01-10";
  const char * const water_skills[] = { "water-sanitation:3", NULL };
  g_autoptr(CpStore) store = open_store (f->path);
  g_autoptr(CpPartnership) p = save_utrecht_leon (store);
  g_autoptr(CpPartnership) q = save_partnership (store, "Delft", "NL", "Estelí", "NI");
  gint64 pid = id_of (p), qid = id_of (q);
  g_autoptr(CpNeed) need = new_need (pid, "Water engineer", "water-sanitation:2", "2007-03-12", "2007-03-20");
  g_autoptr(CpNeed) earlier = new_need (pid, "Pipe survey", "water-sanitation:2", "2006-11-05", "2006-11-12");
  g_autoptr(CpNeed) elsewhere = new_need (qid, "Budget training", "water-sanitation:1", "2006-12-01", "2006-12-05");
  g_autoptr(CpPerson) ana = new_person ("Ana");      /* a key role in P */
  g_autoptr(CpPerson) bram = new_person ("Bram");    /* selected for an earlier need of P */
  g_autoptr(CpPerson) cora = new_person ("Cora");    /* free only in April */
  g_autoptr(CpPerson) dirk = new_person ("Dirk");    /* free in March; worked with Q only */
  g_autoptr(CpPerson) eva = new_person ("Eva");      /* put aside */
  g_autoptr(GListModel) ranking = NULL;
  g_autoptr(GError) error = NULL;
  CpPerson *people[] = { ana, bram, cora, dirk, eva };

  save_ok (store, need);
  save_ok (store, earlier);
  save_ok (store, elsewhere);
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_object_set (people[i], "expertise", water_skills, NULL);
      save_ok (store, people[i]);
    }
  g_object_unref (save_key_role (store, pid, id_of (ana), CP_KEY_ROLE_KIND_COORDINATOR, "2001"));
  g_object_unref (save_selection (store, id_of (earlier), id_of (bram), "2006-10-01"));
  g_object_unref (save_availability (store, id_of (cora), "2007-04-01", "2007-04-30"));
  g_object_unref (save_availability (store, id_of (dirk), "2007-03-01", "2007-03-31"));
  g_object_unref (save_key_role (store, qid, id_of (dirk), CP_KEY_ROLE_KIND_TECHNICAL_EXPERT, "2002"));
  g_object_unref (save_selection (store, id_of (elsewhere), id_of (dirk), "2006-11-01"));
  g_object_unref (save_key_role (store, pid, id_of (eva), CP_KEY_ROLE_KIND_POLITICAL, "2001"));
  g_assert_true (cp_store_trash_person (store, id_of (eva), &error));
  g_assert_no_error (error);

  ranking = cp_store_rank_need (store, id_of (need), today, &error);
  g_assert_no_error (error);
  g_assert_nonnull (ranking);

  /* Everyone not put aside, ranked 1 to n, the excluded last. */
  g_assert_cmpuint (g_list_model_get_n_items (ranking), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(CpCandidate) candidate = g_list_model_get_item (ranking, i);

      g_assert_cmpuint (cp_candidate_get_rank (candidate), ==, i + 1);
      g_assert_cmpint (id_of (cp_candidate_get_person (candidate)), !=, id_of (eva));
      g_assert_true (cp_candidate_get_excluded (candidate) == (i == 3));
    }
  {
    g_autoptr(CpCandidate) last = g_list_model_get_item (ranking, 3);
    g_autoptr(CpCandidate) a = find_candidate (ranking, id_of (ana));
    g_autoptr(CpCandidate) b = find_candidate (ranking, id_of (bram));
    g_autoptr(CpCandidate) d = find_candidate (ranking, id_of (dirk));

    /* Free only outside the period: excluded, and told why. */
    g_assert_cmpint (id_of (cp_candidate_get_person (last)), ==, id_of (cora));
    g_assert_cmpfloat (cp_candidate_get_score (last), ==, 0);
    g_assert_true (has_reason (last, "available"));
    g_assert_true (has_reason (last, "✗"));

    /* A key role in the partnership is earlier work with it. */
    g_assert_true (has_reason (a, "Has worked with this partnership before"));
    g_assert_true (has_reason (a, "No trips in the last 12 months"));
    g_assert_true (has_reason (a, "No availability recorded"));

    /* So is a selection for one of its needs, and that need's start is a trip. */
    g_assert_true (has_reason (b, "Has worked with this partnership before"));
    g_assert_true (has_reason (b, "1 trip in the last 12 months"));

    /* Work with another partnership is not; its trip still counts. */
    g_assert_false (has_reason (d, "Has worked with this partnership before"));
    g_assert_true (has_reason (d, "1 trip in the last 12 months"));
    g_assert_true (has_reason (d, "Available"));
    g_assert_false (cp_candidate_get_excluded (d));
  }

  /* The same as ranking by hand with the history the store gathers. */
  {
    g_autoptr(CpMatchHistory) history = cp_store_load_match_history (store, &error);
    g_autoptr(GListModel) everyone = cp_store_list_people (store, NULL);
    g_autoptr(CpNeed) loaded = cp_store_get_need (store, id_of (need), NULL);
    g_autoptr(GListModel) by_hand = NULL;

    g_assert_no_error (error);
    g_assert_nonnull (history);
    by_hand = cp_match_rank (loaded, everyone, history, today);
    g_assert_cmpuint (g_list_model_get_n_items (by_hand), ==, g_list_model_get_n_items (ranking));
    for (guint i = 0; i < g_list_model_get_n_items (ranking); i++)
      {
        g_autoptr(CpCandidate) x = g_list_model_get_item (ranking, i);
        g_autoptr(CpCandidate) y = g_list_model_get_item (by_hand, i);
        g_auto(GStrv) rx = cp_candidate_dup_reasons (x);
        g_auto(GStrv) ry = cp_candidate_dup_reasons (y);

        g_assert_cmpint (id_of (cp_candidate_get_person (x)), ==, id_of (cp_candidate_get_person (y)));
        g_assert_cmpfloat (cp_candidate_get_score (x), ==, cp_candidate_get_score (y));
        g_assert_true (g_strv_equal ((const char * const *) rx, (const char * const *) ry));
      }
  }

  /* Restored, the person is ranked again. */
  g_assert_true (cp_store_restore_person (store, id_of (eva), &error));
  g_assert_cmpuint (count (cp_store_rank_need (store, id_of (need), today, NULL)), ==, 5);

  /* An unknown need */
  g_assert_null (cp_store_rank_need (store, 12345, today, &error));
  g_assert_error (error, CP_STORE_ERROR, CP_STORE_ERROR_NOT_FOUND);
}

/* An area users added is named by its name in the reasons, not by its key. */
static void
test_match_area_names (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(CpStore) store = open_store (f->path);
  g_autoptr(CpPartnership) p = save_utrecht_leon (store);
  g_autoptr(CpExpertiseArea) area = cp_expertise_area_new ();
  g_autoptr(CpNeed) need = NULL;
  g_autoptr(CpPerson) anna = new_person ("Anna");
  g_autoptr(GListModel) ranking = NULL;
  g_autoptr(CpCandidate) candidate = NULL;
  g_autoptr(GError) error = NULL;
  const char * const skills[] = { "disaster-risk-reduction:4", NULL };

  g_object_set (area, "name", "Disaster risk reduction", NULL);
  save_ok (store, area);
  need = new_need (id_of (p), "Flood plan", "disaster-risk-reduction:2", NULL, NULL);
  save_ok (store, need);
  g_object_set (anna, "expertise", skills, NULL);
  save_ok (store, anna);

  ranking = cp_store_rank_need (store, id_of (need), "2007-01-10", &error);
  g_assert_no_error (error);
  candidate = g_list_model_get_item (ranking, 0);
  g_assert_true (has_reason (candidate, "Disaster risk reduction"));
  g_assert_false (has_reason (candidate, "disaster-risk-reduction"));
}

/* Linked records saved along with their owner */

static void
test_links_new_records (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(CpStore) store = open_store (f->path);
  g_autoptr(CpMunicipality) utrecht = save_municipality (store, "Utrecht", "NL");
  g_autoptr(CpMunicipality) leon = new_municipality ("León", "NI");
  g_autoptr(CpMunicipality) sandino = new_municipality ("Ciudad Sandino", "NI");
  g_autoptr(CpPartnership) p = cp_partnership_new ();
  g_autoptr(CpPerson) anna = save_person (store, "Anna");
  g_autoptr(CpPerson) bram = new_person ("Bram");
  g_autoptr(CpPerson) carla = new_person ("Carla");
  g_autoptr(CpConsultationStructure) group = NULL;
  g_autoptr(GPtrArray) parties = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GError) error = NULL;
  guint changes = 0;

  g_signal_connect (store, "changed", G_CALLBACK (on_changed), &changes);

  /* Parties: two new ones around a saved one, in that order, in one write. */
  g_ptr_array_add (parties, g_object_ref (leon));
  g_ptr_array_add (parties, g_object_ref (utrecht));
  g_ptr_array_add (parties, g_object_ref (sandino));
  cp_partnership_set_parties (p, parties);
  g_object_set (p, "status-since", "1998", NULL);
  g_assert_true (cp_store_save_partnership (store, p, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpint (id_of (leon), >, 0);
  g_assert_cmpint (id_of (sandino), >, 0);
  {
    g_autoptr(CpPartnership) back = cp_store_get_partnership (store, id_of (p), &error);
    g_autofree char *title = cp_partnership_dup_title (back);

    g_assert_no_error (error);
    g_assert_cmpstr (title, ==, "León – Utrecht – Ciudad Sandino");
    assert_same_record (CP_RECORD (p), CP_RECORD (back));
  }

  /* Members: new people saved with the group, in their places. */
  group = cp_consultation_structure_new (id_of (p));
  members = people_array (bram, anna, carla, NULL);
  g_object_set (group, "name", "Steering group", "members", members, NULL);
  g_assert_true (cp_store_save (store, CP_RECORD (group), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes, ==, 2);
  g_assert_cmpint (id_of (bram), >, 0);
  g_assert_cmpint (id_of (carla), >, 0);
  g_assert_cmpuint (count (cp_store_list_people (store, NULL)), ==, 3);
  {
    g_autoptr(GListModel) list = cp_store_list_consultation_structures (store, id_of (p), &error);
    g_autoptr(CpConsultationStructure) back = g_list_model_get_item (list, 0);

    g_assert_no_error (error);
    assert_same_record (CP_RECORD (group), CP_RECORD (back));
  }
}

/* A new linked record that cannot be saved takes the whole save with it. */
static void
test_links_invalid_new_record (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(CpStore) store = open_store (f->path);
  g_autoptr(CpPartnership) p = save_utrecht_leon (store);
  CpMunicipality *utrecht = g_ptr_array_index (cp_partnership_get_parties (p), 0);
  g_autoptr(CpPerson) anna = save_person (store, "Anna");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = dump_people_counts (f->path);
  g_autofree char *after = NULL;
  guint changes = 0;

  g_signal_connect (store, "changed", G_CALLBACK (on_changed), &changes);

  /* A new member without a name: refused before anything is written. */
  {
    g_autoptr(CpPerson) fine = new_person ("Bram");
    g_autoptr(CpPerson) nameless = new_person ("");
    g_autoptr(GPtrArray) members = people_array (anna, fine, nameless, NULL);
    g_autoptr(CpConsultationStructure) group = cp_consultation_structure_new (id_of (p));

    g_object_set (group, "name", "Steering group", "members", members, NULL);
    g_assert_false (cp_store_save (store, CP_RECORD (group), &error));
    g_assert_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_REQUIRED);
    g_clear_error (&error);
    g_assert_cmpint (id_of (group), ==, 0);
    g_assert_cmpint (id_of (fine), ==, 0);
    g_assert_cmpint (id_of (nameless), ==, 0);
  }

  /* A new member that the database refuses (a municipality that is not there):
   * the group and the other new member are rolled back, and lose their ids. */
  {
    g_autoptr(CpPerson) fine = new_person ("Bram");
    g_autoptr(CpPerson) dangling = new_person ("Carla");
    g_autoptr(GPtrArray) members = NULL;
    g_autoptr(CpConsultationStructure) group = cp_consultation_structure_new (id_of (p));

    g_object_set (dangling, "municipality-id", G_GINT64_CONSTANT (999), NULL);
    members = people_array (fine, anna, dangling, NULL);
    g_object_set (group, "name", "Steering group", "members", members, NULL);
    g_assert_false (cp_store_save (store, CP_RECORD (group), &error));
    g_assert_error (error, CP_STORE_ERROR, CP_STORE_ERROR_CONSTRAINT);
    g_clear_error (&error);
    g_assert_cmpint (id_of (group), ==, 0);
    g_assert_cmpint (id_of (fine), ==, 0);
    g_assert_cmpint (id_of (dangling), ==, 0);

    /* Mended, the same objects save. */
    g_object_set (dangling, "municipality-id", id_of (utrecht), NULL);
    save_ok (store, group);
    g_assert_cmpint (id_of (fine), >, 0);
    g_assert_cmpint (id_of (dangling), >, 0);
    g_assert_cmpint (raw_count (f->path, "consultation_member"), ==, 3);
    g_assert_cmpuint (changes, ==, 1);
    g_assert_true (cp_store_delete_record (store, CP_RECORD (group), &error));
    g_assert_no_error (error);
    g_assert_true (cp_store_trash_person (store, id_of (fine), &error));
    g_assert_true (cp_store_trash_person (store, id_of (dangling), &error));
    g_assert_true (cp_store_purge_trash (store, &error));
    g_assert_no_error (error);
    changes = 0;
  }

  /* A partnership with a new party that is valid and one that is not: neither
   * is saved. */
  {
    g_autoptr(CpMunicipality) fine = new_municipality ("Ciudad Sandino", "NI");
    g_autoptr(CpMunicipality) wrong = new_municipality ("Nowhere", "XX");
    g_autoptr(CpPartnership) q = new_partnership (fine, wrong);

    g_assert_false (cp_store_save_partnership (store, q, &error));
    g_assert_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_UNKNOWN_CODE);
    g_clear_error (&error);
    g_assert_cmpint (id_of (q), ==, 0);
    g_assert_cmpint (id_of (fine), ==, 0);
  }

  /* The same within a larger write that then fails: nothing of it stays. */
  {
    g_autoptr(CpPerson) fine = new_person ("Dirk");
    g_autoptr(GPtrArray) members = people_array (fine, NULL);
    g_autoptr(CpConsultationStructure) group = cp_consultation_structure_new (id_of (p));

    g_object_set (group, "name", "Board", "members", members, NULL);
    g_assert_true (cp_store_begin_write (store, &error));
    g_assert_true (cp_store_save (store, CP_RECORD (group), &error));
    g_assert_no_error (error);
    g_assert_cmpint (id_of (fine), >, 0);
    g_assert_false (cp_store_end_write (store, FALSE, &error));
    g_assert_no_error (error);
    g_assert_cmpint (id_of (group), ==, 0);
    g_assert_cmpint (id_of (fine), ==, 0);
  }

  after = dump_people_counts (f->path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (changes, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  setlocale (LC_ALL, "");

  g_test_init (&argc, &argv, NULL);

  ADD ("/store/open/new", test_open_new);
  ADD ("/store/open/odd-path", test_open_odd_path);
  ADD ("/store/open/twice", test_open_twice);
  ADD ("/store/open/foreign-keys", test_open_foreign_keys);
  ADD ("/store/open/empty-file", test_open_empty_file);
  ADD ("/store/refuse/newer", test_refuse_newer);
  for (guint i = 0; i < G_N_ELEMENTS (foreign_cases); i++)
    g_test_add (foreign_cases[i].path, Fixture, &foreign_cases[i],
                cp_test_dir_set_up, test_refuse_foreign, cp_test_dir_tear_down);
  ADD ("/store/migration/rollback", test_migration_rollback);
  ADD ("/store/backup/copy", test_backup);
  ADD ("/store/backup/missing-directory", test_backup_missing_directory);
  ADD ("/store/round-trip/municipality", test_round_trip_municipality);
  ADD ("/store/round-trip/partnership", test_round_trip_partnership);
  ADD ("/store/round-trip/children", test_round_trip_children);
  ADD ("/store/update-keeps-id", test_update_keeps_id);
  ADD ("/store/delete-undo", test_delete_undo);
  ADD ("/store/trash", test_trash);
  ADD ("/store/status-history", test_status_history);
  ADD ("/store/write/rollback", test_write_rollback);
  ADD ("/store/write/failed-inside", test_write_failed_inside);
  ADD ("/store/write/rollback-new-ids", test_write_rollback_new_ids);
  for (guint i = 0; i < G_N_ELEMENTS (invalid_cases); i++)
    g_test_add (invalid_cases[i].path, Fixture, &invalid_cases[i],
                cp_test_dir_set_up, test_validation, cp_test_dir_tear_down);
  ADD ("/store/check-file", test_check_file);
  ADD ("/store/migration/from-1", test_migration_from_1);
  ADD ("/store/people/round-trip", test_person_round_trip);
  ADD ("/store/people/list-trash", test_people_list_trash);
  ADD ("/store/people/is-empty", test_is_empty_person);
  ADD ("/store/people/dependents", test_person_dependents);
  ADD ("/store/people/availability", test_availability);
  ADD ("/store/people/key-roles", test_key_roles);
  ADD ("/store/people/consultation-structures", test_consultation_structures);
  ADD ("/store/people/needs", test_needs);
  ADD ("/store/people/selections", test_selections);
  ADD ("/store/people/expertise-areas", test_expertise_areas);
  ADD ("/store/matching/history", test_match_history);
  ADD ("/store/matching/area-names", test_match_area_names);
  ADD ("/store/links/new-records", test_links_new_records);
  ADD ("/store/links/invalid-new-record", test_links_invalid_new_record);

  return g_test_run ();
}
