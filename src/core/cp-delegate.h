/* cp-delegate.h: a member of a visit's delegation, their role and why they were chosen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cp-enums.h"
#include "cp-record.h"

G_BEGIN_DECLS

#define CP_TYPE_DELEGATE (cp_delegate_get_type ())

G_DECLARE_FINAL_TYPE (CpDelegate, cp_delegate, CP, DELEGATE, CpRecord)

CpDelegate *cp_delegate_new (gint64 visit_id);
gint64         cp_delegate_get_visit_id  (CpDelegate *self);
gint64         cp_delegate_get_person_id (CpDelegate *self);
CpDelegateRole cp_delegate_get_role      (CpDelegate *self);
const char *   cp_delegate_get_rationale (CpDelegate *self);

G_END_DECLS
