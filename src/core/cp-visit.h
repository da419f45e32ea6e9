/* cp-visit.h: a delegation visit, one way or the other
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cp-enums.h"
#include "cp-record.h"

G_BEGIN_DECLS

#define CP_TYPE_VISIT (cp_visit_get_type ())

G_DECLARE_FINAL_TYPE (CpVisit, cp_visit, CP, VISIT, CpRecord)

CpVisit *cp_visit_new (gint64 partnership_id);
gint64               cp_visit_get_partnership_id (CpVisit *self);
CpVisitDirection     cp_visit_get_direction      (CpVisit *self);
gint64               cp_visit_get_origin_id      (CpVisit *self);
gint64               cp_visit_get_destination_id (CpVisit *self);
const char *         cp_visit_get_starts_on      (CpVisit *self);
const char *         cp_visit_get_ends_on        (CpVisit *self);
const char *         cp_visit_get_purpose        (CpVisit *self);
const char * const * cp_visit_get_modalities     (CpVisit *self);
CpVisitStatus        cp_visit_get_status         (CpVisit *self);
gint64               cp_visit_get_need_id        (CpVisit *self);
const char *         cp_visit_get_project        (CpVisit *self);
const char *         cp_visit_get_report         (CpVisit *self);
const char *         cp_visit_get_note           (CpVisit *self);
/* Whether the visit takes place on any day from @starts_on to @ends_on (ISO days). */
gboolean cp_visit_overlaps     (CpVisit            *self,
                                const char         *starts_on,
                                const char         *ends_on);
gboolean cp_visit_has_modality (CpVisit            *self,
                                CpExchangeModality  modality);

G_END_DECLS
