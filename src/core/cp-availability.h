/* cp-availability.h: a period in which a person is free to take part
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cp-enums.h"
#include "cp-record.h"

G_BEGIN_DECLS

#define CP_TYPE_AVAILABILITY (cp_availability_get_type ())

G_DECLARE_FINAL_TYPE (CpAvailability, cp_availability, CP, AVAILABILITY, CpRecord)

CpAvailability *cp_availability_new (gint64 person_id);
gint64 cp_availability_get_person_id (CpAvailability *self);
const char * cp_availability_get_starts_on (CpAvailability *self);
const char * cp_availability_get_ends_on (CpAvailability *self);
const char * cp_availability_get_note (CpAvailability *self);

G_END_DECLS
