/* cp-ledger-import-dialog.h: a finance export's rows before they enter the ledger
 *
 * Every row of the file with what it becomes, or the reason it cannot: the field
 * and what is wrong with it. Nothing is imported until every row is good; then all
 * rows go in at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-context.h"

G_BEGIN_DECLS

#define CP_TYPE_LEDGER_IMPORT_DIALOG (cp_ledger_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CpLedgerImportDialog, cp_ledger_import_dialog, CP, LEDGER_IMPORT_DIALOG, AdwWindow)

/* Reads @file; returns NULL with @error when the file as a whole cannot be read. */
CpLedgerImportDialog *cp_ledger_import_dialog_new          (GtkWidget  *parent,
                                                            CpContext  *context,
                                                            GFile      *file,
                                                            GError    **error);
guint                 cp_ledger_import_dialog_get_n_bad    (CpLedgerImportDialog *self);
guint                 cp_ledger_import_dialog_get_n_rows   (CpLedgerImportDialog *self);
/* What the row at @index shows: its problem, or what it becomes. */
char                 *cp_ledger_import_dialog_dup_row_text (CpLedgerImportDialog *self,
                                                            guint                 index);
/* Imports, as the Import button does; FALSE with nothing written when rows are bad. */
gboolean              cp_ledger_import_dialog_import       (CpLedgerImportDialog *self,
                                                            GError              **error);

G_END_DECLS
