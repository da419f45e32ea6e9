/* cp-transaction.h: one entry of the ledger
 *
 * An amount in its own currency with the rate to the base currency kept on the record (the
 * study's soles at 3.30 and córdobas at 18), what kind of transaction and contribution it is,
 * who gives and who receives, and what it belongs to: a partnership, project, visit or grant.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cp-enums.h"
#include "cp-record.h"

G_BEGIN_DECLS

#define CP_TYPE_TRANSACTION (cp_transaction_get_type ())

G_DECLARE_FINAL_TYPE (CpTransaction, cp_transaction, CP, TRANSACTION, CpRecord)

CpTransaction *cp_transaction_new (void);
const char *       cp_transaction_get_date (CpTransaction *self);
CpTransactionKind  cp_transaction_get_kind (CpTransaction *self);
CpContributionKind cp_transaction_get_contribution (CpTransaction *self);
gint64             cp_transaction_get_amount (CpTransaction *self);
const char *       cp_transaction_get_currency (CpTransaction *self);
const char *       cp_transaction_get_base_currency (CpTransaction *self);
gint64             cp_transaction_get_rate (CpTransaction *self);
gint64             cp_transaction_get_base_amount (CpTransaction *self);
int                cp_transaction_get_hours (CpTransaction *self);
gint64             cp_transaction_get_hour_rate (CpTransaction *self);
gint64             cp_transaction_get_from_municipality_id (CpTransaction *self);
gint64             cp_transaction_get_from_actor_id (CpTransaction *self);
gint64             cp_transaction_get_from_funder_id (CpTransaction *self);
const char *       cp_transaction_get_from_name (CpTransaction *self);
gint64             cp_transaction_get_to_municipality_id (CpTransaction *self);
gint64             cp_transaction_get_to_actor_id (CpTransaction *self);
const char *       cp_transaction_get_to_name (CpTransaction *self);
gint64             cp_transaction_get_partnership_id (CpTransaction *self);
const char *       cp_transaction_get_project (CpTransaction *self);
gint64             cp_transaction_get_visit_id (CpTransaction *self);
gint64             cp_transaction_get_application_id (CpTransaction *self);
gint64             cp_transaction_get_cost_line_id (CpTransaction *self);
const char *       cp_transaction_get_description (CpTransaction *self);
const char *       cp_transaction_get_reference (CpTransaction *self);

/* Values in-kind hours at their rate, and sets base-amount from the amount at the
 * record's rate (rate 1 in the same currency). The store calls it before saving. */
gboolean cp_transaction_update_base_amount (CpTransaction  *self,
                                            GError        **error);
/* Money coming in (incoming funds and commitments, refunds) rather than going out. */
gboolean cp_transaction_is_incoming        (CpTransaction  *self);

/* For the ledger's search (cp-ledger-filter.c), which tests every entry on each
 * keystroke: the folded words kept on the entry for a generation of names (NULL
 * when kept for another), and the fields it filters on, read directly. */
const char *cp_transaction_peek_search_key      (CpTransaction  *self,
                                                 guint           generation);
void        cp_transaction_take_search_key      (CpTransaction  *self,
                                                 char           *key,
                                                 guint           generation);
int         cp_transaction_peek_kind            (CpTransaction  *self);
int         cp_transaction_peek_contribution    (CpTransaction  *self);
gint64      cp_transaction_peek_partnership_id  (CpTransaction  *self);
gint64      cp_transaction_peek_base_amount     (CpTransaction  *self);

G_END_DECLS
