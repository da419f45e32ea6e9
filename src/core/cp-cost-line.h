/* cp-cost-line.h: one cost of a visit, in its own currency, and who pays it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cp-enums.h"
#include "cp-record.h"

G_BEGIN_DECLS

#define CP_TYPE_COST_LINE (cp_cost_line_get_type ())

G_DECLARE_FINAL_TYPE (CpCostLine, cp_cost_line, CP, COST_LINE, CpRecord)

CpCostLine *cp_cost_line_new (gint64 visit_id);
gint64       cp_cost_line_get_visit_id    (CpCostLine *self);
CpCostKind   cp_cost_line_get_kind        (CpCostLine *self);
const char * cp_cost_line_get_description (CpCostLine *self);
gint64       cp_cost_line_get_amount      (CpCostLine *self);
const char * cp_cost_line_get_currency    (CpCostLine *self);
gint64       cp_cost_line_get_payer_id    (CpCostLine *self);
const char * cp_cost_line_get_payer       (CpCostLine *self);
const char * cp_cost_line_get_note        (CpCostLine *self);
/* Units of the line's currency per unit of the ledger's base currency, in
 * millionths; 0 while not given (the cost stays out of the ledger until then). */
gint64       cp_cost_line_get_rate        (CpCostLine *self);

G_END_DECLS
