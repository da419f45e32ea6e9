/* cp-test-util.h: what the test programs share: a scratch folder per test
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "store/cp-store.h"

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

/* What every test program does first: the locale, our translations from
 * $COUNTERPART_LOCALEDIR (the build's po/), then g_test_init(). */
void            cp_test_init              (int           *argc,
                                           char        ***argv);
/* Switches the interface language, as LANGUAGE=nl at start-up would; setlocale()
 * makes gettext forget what it translated before. */
void            cp_test_use_language      (const char    *language);

/* Opens the workspace at @path; the test fails if it cannot. */
CpStore        *cp_test_open_store        (const char    *path);
/* Saves @record (a CpRecord); the test fails unless it is saved with an id. */
void            cp_test_save_ok           (CpStore       *store,
                                           gpointer       record);
gint64          cp_test_id                (gpointer       record);
CpMunicipality *cp_test_save_municipality (CpStore       *store,
                                           const char    *name,
                                           const char    *country,
                                           gboolean       is_own);
/* A partnership of two saved municipalities. */
CpPartnership  *cp_test_save_partnership  (CpStore       *store,
                                           CpMunicipality *north,
                                           CpMunicipality *south);

G_END_DECLS
