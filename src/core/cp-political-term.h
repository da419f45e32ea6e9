/* cp-political-term.h: a term of a municipality's council or executive
 *
 * When it starts and ends, and who holds international cooperation in it: the mayor or an
 * alderman (Table 6.3, L6915–6918). Terms of the same body do not overlap.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cp-enums.h"
#include "cp-record.h"

G_BEGIN_DECLS

#define CP_TYPE_POLITICAL_TERM (cp_political_term_get_type ())

G_DECLARE_FINAL_TYPE (CpPoliticalTerm, cp_political_term, CP, POLITICAL_TERM, CpRecord)

CpPoliticalTerm *cp_political_term_new (gint64 municipality_id);
gint64       cp_political_term_get_municipality_id (CpPoliticalTerm *self);
CpTermBody   cp_political_term_get_body (CpPoliticalTerm *self);
const char * cp_political_term_get_starts_on (CpPoliticalTerm *self);
const char * cp_political_term_get_ends_on (CpPoliticalTerm *self);
CpIcHolder   cp_political_term_get_ic_holder (CpPoliticalTerm *self);
const char * cp_political_term_get_ic_holder_name (CpPoliticalTerm *self);
const char * cp_political_term_get_parties (CpPoliticalTerm *self);
const char * cp_political_term_get_note (CpPoliticalTerm *self);

G_END_DECLS
