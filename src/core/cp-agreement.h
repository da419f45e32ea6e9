/* cp-agreement.h: a cooperation agreement or another instrument of a partnership
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cp-enums.h"
#include "cp-record.h"

G_BEGIN_DECLS

#define CP_TYPE_AGREEMENT (cp_agreement_get_type ())

G_DECLARE_FINAL_TYPE (CpAgreement, cp_agreement, CP, AGREEMENT, CpRecord)

CpAgreement     *cp_agreement_new                (gint64       partnership_id);
gint64           cp_agreement_get_partnership_id (CpAgreement *self);
CpAgreementKind  cp_agreement_get_kind           (CpAgreement *self);
const char      *cp_agreement_get_title          (CpAgreement *self);
const char      *cp_agreement_get_signed_on      (CpAgreement *self);
const char      *cp_agreement_get_valid_until    (CpAgreement *self);
const char      *cp_agreement_get_file_uri       (CpAgreement *self);
const char      *cp_agreement_get_note           (CpAgreement *self);
/* Whether it is in force on @today (ISO date): signed, and not past its end. */
gboolean         cp_agreement_is_in_force        (CpAgreement *self,
                                                  const char  *today);

G_END_DECLS
