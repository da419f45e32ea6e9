/* cp-ledger-view.h: the ledger of the Budget & Funding section
 *
 * Every entry of a year (or of all years) in a column view, found by words, kind,
 * source and year; the footer adds up what is shown in the base currency.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-page.h"

G_BEGIN_DECLS

#define CP_TYPE_LEDGER_VIEW (cp_ledger_view_get_type ())

G_DECLARE_FINAL_TYPE (CpLedgerView, cp_ledger_view, CP, LEDGER_VIEW, CpPage)

/* The entries shown, after the filters, for tests. */
GListModel *cp_ledger_view_get_shown     (CpLedgerView *self);
/* Shows @year (0: all years; the year at a glance shows its own here when it
 * changes) and searches for @text. */
void        cp_ledger_view_set_year      (CpLedgerView *self,
                                          int           year);
void        cp_ledger_view_set_search    (CpLedgerView *self,
                                          const char   *text);
/* The year shown; 0 for all. */
int         cp_ledger_view_get_year      (CpLedgerView *self);

G_END_DECLS
