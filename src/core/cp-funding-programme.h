/* cp-funding-programme.h: a funder's programme
 *
 * LOGO South, CERV Town Twinning, KPA ...: when it runs, which countries it accepts and until
 * when (cp-eligibility.h), how much co-funding it requires and the amounts it gives.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cp-enums.h"
#include "cp-record.h"

G_BEGIN_DECLS

#define CP_TYPE_FUNDING_PROGRAMME (cp_funding_programme_get_type ())

G_DECLARE_FINAL_TYPE (CpFundingProgramme, cp_funding_programme, CP, FUNDING_PROGRAMME, CpRecord)

CpFundingProgramme *cp_funding_programme_new (gint64 funder_id);
gint64               cp_funding_programme_get_funder_id (CpFundingProgramme *self);
const char *         cp_funding_programme_get_name (CpFundingProgramme *self);
const char *         cp_funding_programme_get_starts_on (CpFundingProgramme *self);
const char *         cp_funding_programme_get_ends_on (CpFundingProgramme *self);
const char * const * cp_funding_programme_get_eligible_countries (CpFundingProgramme *self);
int                  cp_funding_programme_get_co_funding (CpFundingProgramme *self);
const char *         cp_funding_programme_get_currency (CpFundingProgramme *self);
gint64               cp_funding_programme_get_amount_min (CpFundingProgramme *self);
gint64               cp_funding_programme_get_amount_max (CpFundingProgramme *self);
const char *         cp_funding_programme_get_note (CpFundingProgramme *self);

G_END_DECLS
