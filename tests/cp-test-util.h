/* cp-test-util.h: what the test programs share: a scratch folder per test
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A fixture: a new empty folder, and the path of a workspace in it that does
 * not exist yet. */
typedef struct
{
  char *dir;
  char *path;   /* dir/workspace.sqlite */
} CpTestDir;

void cp_test_dir_set_up    (CpTestDir     *f,
                            gconstpointer  data);
void cp_test_dir_tear_down (CpTestDir     *f,
                            gconstpointer  data);

/* Removes @path and everything below it, read-only folders too. */
void cp_test_remove_tree   (const char    *path);

G_END_DECLS
