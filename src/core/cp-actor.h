/* cp-actor.h: an organisation taking part in a partnership, and its role there
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cp-enums.h"
#include "cp-record.h"

G_BEGIN_DECLS

#define CP_TYPE_ACTOR (cp_actor_get_type ())

G_DECLARE_FINAL_TYPE (CpActor, cp_actor, CP, ACTOR, CpRecord)

CpActor         *cp_actor_new                 (gint64   partnership_id);
gint64           cp_actor_get_partnership_id  (CpActor *self);
const char      *cp_actor_get_name            (CpActor *self);
CpActorCategory  cp_actor_get_category        (CpActor *self);
CpActorRole      cp_actor_get_role            (CpActor *self);
gint64           cp_actor_get_municipality_id (CpActor *self);
const char      *cp_actor_get_note            (CpActor *self);

G_END_DECLS
