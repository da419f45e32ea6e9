/* cp-funder.h: an external funder
 *
 * VNG International, the European Union, the Province of Noord-Holland, an embassy, a
 * foundation ... (§5.8).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cp-enums.h"
#include "cp-record.h"

G_BEGIN_DECLS

#define CP_TYPE_FUNDER (cp_funder_get_type ())

G_DECLARE_FINAL_TYPE (CpFunder, cp_funder, CP, FUNDER, CpRecord)

CpFunder *cp_funder_new (void);
const char * cp_funder_get_name (CpFunder *self);
const char * cp_funder_get_acronym (CpFunder *self);
CpFunderType cp_funder_get_kind (CpFunder *self);
const char * cp_funder_get_country (CpFunder *self);
const char * cp_funder_get_website (CpFunder *self);
const char * cp_funder_get_note (CpFunder *self);
const char * cp_funder_get_iati_org_ref (CpFunder *self);

G_END_DECLS
