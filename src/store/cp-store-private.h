/* cp-store-private.h: for the store's own files and its tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cp-store.h"

G_BEGIN_DECLS

/* “Cprt”: marks an SQLite file as a Counterpart workspace. */
#define CP_STORE_APPLICATION_ID 0x43707274

/* Opens like cp_store_open() with @extra_steps (SQL text) appended to the built-in
 * migrations, so that a test can watch a failing step roll back. */
CpStore *_cp_store_open_full (const char          *path,
                              const char * const  *extra_steps,
                              GError             **error);

G_END_DECLS
