/* cp-key-role.h: a key role in a partnership (Box 6.3) and who holds it when
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cp-enums.h"
#include "cp-record.h"

G_BEGIN_DECLS

#define CP_TYPE_KEY_ROLE (cp_key_role_get_type ())

G_DECLARE_FINAL_TYPE (CpKeyRole, cp_key_role, CP, KEY_ROLE, CpRecord)

CpKeyRole *cp_key_role_new (gint64 partnership_id);
gint64 cp_key_role_get_partnership_id (CpKeyRole *self);
gint64 cp_key_role_get_person_id (CpKeyRole *self);
CpKeyRoleKind cp_key_role_get_role (CpKeyRole *self);
const char * cp_key_role_get_starts_on (CpKeyRole *self);
const char * cp_key_role_get_ends_on (CpKeyRole *self);
const char * cp_key_role_get_note (CpKeyRole *self);
/* Whether the role is held on @today (ISO date). */
gboolean cp_key_role_is_current (CpKeyRole  *self,
                                 const char *today);

/* Which of Box 6.3's roles a partnership has filled on a day. */
typedef struct
{
  gboolean political;        /* a political role is held */
  gboolean coordinator;      /* an executive coordinator is on record */
  guint    n_holders;        /* distinct people holding a current role */
  gint64   sole_holder_id;   /* when n_holders is 1: the one person the knowledge rests on */
} CpRoleCoverage;

/* Assesses @roles (CpKeyRole, those of one partnership) on @today. */
void cp_key_role_assess (GListModel     *roles,
                         const char     *today,
                         CpRoleCoverage *coverage);

G_END_DECLS
