/* cp-partnership.h: a city-to-city partnership between two or more municipalities
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cp-enums.h"
#include "cp-municipality.h"
#include "cp-record.h"

G_BEGIN_DECLS

#define CP_TYPE_PARTNERSHIP (cp_partnership_get_type ())

G_DECLARE_FINAL_TYPE (CpPartnership, cp_partnership, CP, PARTNERSHIP, CpRecord)

CpPartnership       *cp_partnership_new                   (void);
CpPartnershipKind    cp_partnership_get_kind              (CpPartnership *self);
CpPartnershipStatus  cp_partnership_get_status            (CpPartnership *self);
const char          *cp_partnership_get_status_since      (CpPartnership *self);
CpInitiativeOrigin   cp_partnership_get_initiative_origin (CpPartnership *self);
const char * const  *cp_partnership_get_motives           (CpPartnership *self);
const char * const  *cp_partnership_get_themes            (CpPartnership *self);
const char          *cp_partnership_get_first_contact     (CpPartnership *self);
gboolean             cp_partnership_get_first_contact_approximate (CpPartnership *self);
const char          *cp_partnership_get_agreement_date    (CpPartnership *self);
const char          *cp_partnership_get_description       (CpPartnership *self);
const char          *cp_partnership_get_note              (CpPartnership *self);
/* The OECD-DAC sector (“15112”) it is reported under, or empty. */
const char          *cp_partnership_get_dac_sector        (CpPartnership *self);

/* The parties, in order: an array of CpMunicipality. Treat it as read-only and
 * give a new array to change them. */
GPtrArray           *cp_partnership_get_parties           (CpPartnership *self);
void                 cp_partnership_set_parties           (CpPartnership *self,
                                                           GPtrArray     *parties);

/* Derived: “Utrecht – León”; every word the list filter looks at. */
char                *cp_partnership_dup_title             (CpPartnership *self);
char                *cp_partnership_dup_search_text       (CpPartnership *self);
gboolean             cp_partnership_has_motive            (CpPartnership *self,
                                                           CpMotive       motive);

G_END_DECLS
