/* cp-consultation-structure.h: a working group or other consultation structure of a partnership, and its meetings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cp-enums.h"
#include "cp-record.h"

G_BEGIN_DECLS

#define CP_TYPE_CONSULTATION_STRUCTURE (cp_consultation_structure_get_type ())

G_DECLARE_FINAL_TYPE (CpConsultationStructure, cp_consultation_structure, CP, CONSULTATION_STRUCTURE, CpRecord)

CpConsultationStructure *cp_consultation_structure_new (gint64 partnership_id);
gint64 cp_consultation_structure_get_partnership_id (CpConsultationStructure *self);
const char * cp_consultation_structure_get_name (CpConsultationStructure *self);
const char * cp_consultation_structure_get_purpose (CpConsultationStructure *self);
int cp_consultation_structure_get_meetings_held (CpConsultationStructure *self);
int cp_consultation_structure_get_meetings_cancelled (CpConsultationStructure *self);
const char * cp_consultation_structure_get_note (CpConsultationStructure *self);
/* The members (CpPerson), read-only: set a new array to change them. */
GPtrArray *cp_consultation_structure_get_members (CpConsultationStructure *self);
GStrv cp_consultation_structure_dup_departments (CpConsultationStructure *self);

G_END_DECLS
