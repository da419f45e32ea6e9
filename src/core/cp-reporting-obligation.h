/* cp-reporting-obligation.h: a report a grant obliges
 *
 * What is due to whom on which day, and whether (and when) it was delivered.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cp-enums.h"
#include "cp-record.h"

G_BEGIN_DECLS

#define CP_TYPE_REPORTING_OBLIGATION (cp_reporting_obligation_get_type ())

G_DECLARE_FINAL_TYPE (CpReportingObligation, cp_reporting_obligation, CP, REPORTING_OBLIGATION, CpRecord)

CpReportingObligation *cp_reporting_obligation_new (gint64 application_id);
gint64       cp_reporting_obligation_get_application_id (CpReportingObligation *self);
const char * cp_reporting_obligation_get_description (CpReportingObligation *self);
const char * cp_reporting_obligation_get_recipient (CpReportingObligation *self);
const char * cp_reporting_obligation_get_due_on (CpReportingObligation *self);
gboolean     cp_reporting_obligation_get_met (CpReportingObligation *self);
const char * cp_reporting_obligation_get_met_on (CpReportingObligation *self);
const char * cp_reporting_obligation_get_note (CpReportingObligation *self);

G_END_DECLS
