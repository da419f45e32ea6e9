/* cp-test-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
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
