/* cp-municipality.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cp-record.h"

G_BEGIN_DECLS

#define CP_TYPE_MUNICIPALITY (cp_municipality_get_type ())

G_DECLARE_FINAL_TYPE (CpMunicipality, cp_municipality, CP, MUNICIPALITY, CpRecord)

CpMunicipality *cp_municipality_new                (void);
const char     *cp_municipality_get_name           (CpMunicipality *self);
const char     *cp_municipality_get_country        (CpMunicipality *self);
const char     *cp_municipality_get_region         (CpMunicipality *self);
gint64          cp_municipality_get_population     (CpMunicipality *self);
int             cp_municipality_get_population_year (CpMunicipality *self);
const char     *cp_municipality_get_time_zone      (CpMunicipality *self);
gboolean        cp_municipality_get_is_own         (CpMunicipality *self);
const char     *cp_municipality_get_note           (CpMunicipality *self);
/* The identifier the municipality publishes IATI data under, “NL-KVK-12345678”. */
const char     *cp_municipality_get_iati_org_ref   (CpMunicipality *self);

G_END_DECLS
