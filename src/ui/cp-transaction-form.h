/* cp-transaction-form.h: the fields of a ledger entry, for CpEditorDialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-context.h"
#include "cp-form.h"

G_BEGIN_DECLS

#define CP_TYPE_TRANSACTION_FORM (cp_transaction_form_get_type ())

G_DECLARE_FINAL_TYPE (CpTransactionForm, cp_transaction_form, CP, TRANSACTION_FORM, AdwPreferencesPage)

GtkWidget *cp_transaction_form_new (CpForm    *form,
                                    CpContext *context);

G_END_DECLS
