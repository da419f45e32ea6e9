/* cp-test-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <glib/gi18n-lib.h>

#include "cp-test-util.h"

#include <glib/gstdio.h>

void
cp_test_dir_set_up (CpTestDir     *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("counterpart-test-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "workspace.sqlite", NULL);
}

void
cp_test_dir_tear_down (CpTestDir     *f,
                       gconstpointer  data)
{
  cp_test_remove_tree (f->dir);
  g_clear_pointer (&f->dir, g_free);
  g_clear_pointer (&f->path, g_free);
}

void
cp_test_remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = NULL;
      const char *name;

      g_chmod (path, 0700);
      dir = g_dir_open (path, 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          cp_test_remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

CpStore *
cp_test_open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  CpStore *store = cp_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

gint64
cp_test_id (gpointer record)
{
  return cp_record_get_id (CP_RECORD (record));
}

void
cp_test_save_ok (CpStore  *store,
                 gpointer  record)
{
  g_autoptr(GError) error = NULL;
  gboolean saved = cp_store_save (store, CP_RECORD (record), &error);

  g_assert_no_error (error);
  g_assert_true (saved);
  g_assert_cmpint (cp_test_id (record), >, 0);
}

CpMunicipality *
cp_test_save_municipality (CpStore    *store,
                           const char *name,
                           const char *country,
                           gboolean    is_own)
{
  CpMunicipality *m = cp_municipality_new ();

  g_object_set (m, "name", name, "country", country, "is-own", is_own, NULL);
  cp_test_save_ok (store, m);
  return m;
}

CpPartnership *
cp_test_save_partnership (CpStore        *store,
                          CpMunicipality *north,
                          CpMunicipality *south)
{
  g_autoptr(GPtrArray) parties = g_ptr_array_new_with_free_func (g_object_unref);
  CpPartnership *partnership = cp_partnership_new ();

  g_ptr_array_add (parties, g_object_ref (north));
  g_ptr_array_add (parties, g_object_ref (south));
  cp_partnership_set_parties (partnership, parties);
  g_object_set (partnership, "first-contact", "1983", "status", CP_PARTNERSHIP_STATUS_ACTIVE,
                "status-since", "1998", NULL);
  cp_test_save_ok (store, partnership);
  return partnership;
}

void
cp_test_init (int    *argc,
              char ***argv)
{
  const char *localedir = g_getenv ("COUNTERPART_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  /* No textdomain(): GLib would then decide once, at the first message of a run
   * in English, never to translate, and the tests that switch to Dutch could not. */
  g_test_init (argc, argv, NULL);
}

void
cp_test_use_language (const char *language)
{
  g_setenv ("LANGUAGE", language, TRUE);
  setlocale (LC_ALL, "");
}
