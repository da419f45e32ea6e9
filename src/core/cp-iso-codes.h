/* cp-iso-codes.h: reading the lists of the iso-codes package
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *code;   /* interned */
  char       *name;   /* English, as in the list; translate with the list's gettext domain */
  char       *extra;  /* another member of the entry, or "" */
} CpIsoEntry;

/* Reads share/iso-codes/json/@file and indexes its entries (under @list_key) by
 * @code_member; entries without one are left out. Never fails: a missing file
 * gives an empty table and a warning. */
GHashTable *cp_iso_codes_load (const char *file,
                               const char *list_key,
                               const char *code_member,
                               const char *extra_member);

G_END_DECLS
