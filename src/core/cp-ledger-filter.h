/* cp-ledger-filter.h: which ledger entries the user asked to see
 *
 * Words typed in the search (each must occur, accents and case ignored) in the
 * description, reference, project, giver, receiver or partnership, and the kind,
 * source and partnership chosen. The words an entry can be found by are folded
 * once and kept on the entry, so that a keystroke over 200,000 entries stays
 * within a frame (tests/bench/bench-funding.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cp-array-model.h"
#include "cp-transaction.h"

G_BEGIN_DECLS

typedef struct _CpLedgerFilter CpLedgerFilter;

CpLedgerFilter *cp_ledger_filter_new              (void);
void            cp_ledger_filter_free             (CpLedgerFilter *self);

/* id → name tables (gint64 keys) for the names an entry is found by; the filter
 * keeps references. Setting them forgets the words kept on entries. */
void            cp_ledger_filter_set_names        (CpLedgerFilter *self,
                                                   GHashTable     *municipalities,
                                                   GHashTable     *actors,
                                                   GHashTable     *funders,
                                                   GHashTable     *partnerships);
/* Returns TRUE when the filter changed. */
gboolean        cp_ledger_filter_set_text         (CpLedgerFilter *self,
                                                   const char     *text);
/* -1 for any kind or source, 0 for any partnership. */
gboolean        cp_ledger_filter_set_kind         (CpLedgerFilter *self,
                                                   int             kind);
gboolean        cp_ledger_filter_set_contribution (CpLedgerFilter *self,
                                                   int             contribution);
gboolean        cp_ledger_filter_set_partnership  (CpLedgerFilter *self,
                                                   gint64          partnership_id);
gboolean        cp_ledger_filter_is_empty         (CpLedgerFilter *self);
gboolean        cp_ledger_filter_match            (CpLedgerFilter *self,
                                                   CpTransaction  *transaction);

/* Folds the words of entries @from to @to (excluded) of @all ahead of the first
 * search, a slice at a time while the window is idle; returns the next @from. */
guint           cp_ledger_filter_prepare          (CpLedgerFilter *self,
                                                   CpArrayModel   *all,
                                                   guint           from,
                                                   guint           to);

/* What the entries shown add up to, in the base currency. */
typedef struct
{
  guint  n;
  gint64 spent;      /* disbursements and expenditure */
  gint64 received;   /* incoming funds and refunds */
} CpLedgerTotals;

/* One pass over @all (CpTransaction): @shown gets the entries that match, in
 * order, and @totals what they add up to. What a keystroke in the search does. */
void            cp_ledger_filter_apply            (CpLedgerFilter *self,
                                                   CpArrayModel   *all,
                                                   CpArrayModel   *shown,
                                                   CpLedgerTotals *totals);

/* Lower case without accents: “León” → “leon”. */
char           *cp_fold_for_search                (const char     *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CpLedgerFilter, cp_ledger_filter_free)

G_END_DECLS
