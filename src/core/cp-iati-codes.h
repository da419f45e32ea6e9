/* cp-iati-codes.h: the IATI 2.03 codes a municipality's activities use
 *
 * A project is described for IATI by an OECD-DAC sector (vocabulary 1, five digits)
 * and the UN Sustainable Development Goals it serves (tag vocabulary 2, goals 1–17).
 * The full DAC list has some 300 sectors for every kind of aid; a municipality's
 * cooperation falls into a few dozen of them, which are kept here with names in the
 * user's language. Every code here is checked against the IATI codelists by the tests
 * (tests/test-iati.c), so that none of them is withdrawn or mistyped.
 *
 * The organisation identifier a publisher reports under is the registration agency's
 * prefix and the organisation's number there, such as “NL-KVK-12345678”
 * (the IATI organisation identifier guidance, org-id.guide).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "cp-enums.h"

G_BEGIN_DECLS

#define CP_SDG_GOAL_COUNT 17

/* The sectors offered, in the order a list shows them: their codes ("15112"). */
guint        cp_dac_sector_count        (void);
const char  *cp_dac_sector_code         (guint        index);
/* The translated name of a sector offered here, or NULL for any other code. */
const char  *cp_dac_sector_get_name     (const char  *code);
/* “15112 Decentralisation and support to local government” as a list shows it: the
 * code alone for a code not offered here, "" for none. */
char        *cp_dac_sector_dup_label    (const char  *code);
/* Empty, or one of the sectors offered here. */
gboolean     cp_validate_dac_sector     (const char  *code,
                                         GError     **error);

/* The translated short name of goal 1–17 (“Sustainable cities and communities”). */
const char  *cp_sdg_goal_get_name       (int          goal);
/* Goals as they are typed, “11, 17”: numbers 1–17 apart by commas or spaces, each
 * once, in order; empty gives an empty array. */
gboolean     cp_sdg_goals_parse         (const char  *text,
                                         GStrv       *goals,
                                         GError     **error);
/* Goals as kept ("11", "17"): each a number 1–17, none twice. */
gboolean     cp_validate_sdg_goals      (const char * const *goals,
                                         GError     **error);
char        *cp_sdg_goals_format        (const char * const *goals);

/* Empty, or an organisation identifier: “NL-KVK-12345678”. */
gboolean     cp_validate_iati_org_ref   (const char  *ref,
                                         GError     **error);

/* The IATI codes: ActivityStatus 1–6, OrganisationType for a funder. */
int              cp_activity_status_to_iati        (CpActivityStatus    status);
CpActivityStatus cp_activity_status_of_partnership (CpPartnershipStatus status);
int              cp_funder_type_to_iati            (CpFunderType        type);

G_END_DECLS
