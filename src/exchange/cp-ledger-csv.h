/* cp-ledger-csv.h: the ledger as CSV, read from and written for spreadsheets
 *
 * A municipal finance system exports its entries as CSV with a header row in the
 * language of the town hall: “Datum;Omschrijving;Bedrag;Valuta;Koers” and
 * “1.234,56”. The reader matches the columns by name in English, Dutch, Spanish and
 * Afrikaans, and checks every row before anything is saved: an import is the whole
 * file or nothing, and each bad row says which field is wrong and how to write it.
 *
 * The writer gives the ledger with English column names, kinds and sources as their
 * stored names (“incoming-funds”, “external-grant”), amounts in major units without
 * group separators, and partnerships, municipalities and funders by name: what it
 * writes reads back to the same entries. The year at a glance is a report for
 * people, in the interface language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "store/cp-store.h"

G_BEGIN_DECLS

#define CP_LEDGER_CSV_ERROR (cp_ledger_csv_error_quark ())

typedef enum
{
  CP_LEDGER_CSV_ERROR_HEADER,    /* no header, or no date or amount column */
  CP_LEDGER_CSV_ERROR_BAD_ROWS,  /* an import refused because rows have problems */
} CpLedgerCsvError;

GQuark cp_ledger_csv_error_quark (void);

/* One row of the file below the header. */
typedef struct
{
  guint          line;         /* the physical line where the row starts (1-based) */
  GStrv          fields;       /* as read, for the preview */
  CpTransaction *transaction;  /* NULL when the row is bad */
  char          *problem;      /* NULL when good; else one sentence that names the field */
} CpLedgerCsvRow;

typedef struct
{
  char       delimiter;  /* ',', ';' or '\t', as detected */
  char       decimal;    /* '.' or ',': the notation of amounts and rates */
  GStrv      header;     /* the names of the columns, as read */
  GPtrArray *rows;       /* CpLedgerCsvRow */
  guint      n_bad;
} CpLedgerCsvImport;

void               cp_ledger_csv_import_free (CpLedgerCsvImport  *import);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CpLedgerCsvImport, cp_ledger_csv_import_free)

/* Reads a ledger export of @length bytes (-1: nul-terminated): a header row naming
 * the columns, then one entry a row.
 *
 * The columns are matched by name, case-insensitively, in English, Dutch, Spanish
 * and Afrikaans (the table is in cp-ledger-csv.c): date, kind, source, amount,
 * currency, rate, from, to, partnership, project, description and reference; other
 * columns are left alone. Date and amount are required; the currency defaults to the
 * workspace's base currency, the kind to expenditure and the source to the municipal
 * budget.
 *
 * @decimal is '.' or ',' for the notation of amounts and rates, or 0 to guess it
 * from the amounts and rates (cp_csv_guess_decimal()), and failing that from the
 * delimiter: ',' in a file separated by semicolons, '.' otherwise.
 *
 * A problem with the file as a whole is a GError that names the line: a broken
 * quote or text that is not text (CP_CSV_ERROR), an empty file, a first row of
 * values rather than names, no date or amount column, or two columns of the same
 * name (CP_LEDGER_CSV_ERROR_HEADER).
 *
 * A problem with a row goes to the row, and the row is kept: a wrong number of
 * fields; a day that is not a day (ISO 2007-03-12, and 12-03-2007, 12/03/2007 and
 * 12.03.2007 as municipal systems write them); an amount that is malformed, in the
 * other notation or negative (money coming back is a refund); an unknown currency;
 * a missing, zero or negative rate for a currency other than the base currency; an
 * unknown kind or source (their stored names and labels, in English and in the
 * interface language, are understood); an unknown partnership (its title or its ID).
 * From and to name a municipality, a funder (from only) or an actor of the row's
 * partnership; a name that matches none is kept as text. A row that is entirely
 * empty is skipped. */
CpLedgerCsvImport *cp_ledger_csv_read        (CpStore            *store,
                                              const char         *text,
                                              gssize              length,
                                              char                decimal,
                                              GError            **error);

/* Saves the transaction of every row in one write. Refuses, saving nothing, when a
 * row has a problem (CP_LEDGER_CSV_ERROR_BAD_ROWS: “N rows have problems; nothing was
 * imported.”). */
gboolean           cp_ledger_csv_import      (CpStore            *store,
                                              CpLedgerCsvImport  *import,
                                              GError            **error);

/* The ledger of @year (0: all years), oldest entry first, as CSV with English column
 * names, fields separated by @delimiter (',', ';' or '\t') and amounts and rates in
 * the notation of @decimal ('.' or ','): “1234.56” or “1234,56”. */
char              *cp_ledger_csv_write       (CpStore            *store,
                                              int                 year,
                                              char                delimiter,
                                              char                decimal,
                                              GError            **error);

/* An amount in major units of @currency, or a rate (millionths), as the writers write
 * them: @decimal ('.' or ',') and no group separators, “1234.56”; a rate keeps at least
 * two decimals, “3.30”, “160.512345”. */
char              *cp_ledger_csv_format_amount (gint64              minor,
                                                const char         *currency,
                                                char                decimal);
char              *cp_ledger_csv_format_rate   (gint64              micro,
                                                char                decimal);

/* The year at a glance for an own municipality (0: the whole workspace) as CSV in
 * the interface language: the totals; the budget lines; each partnership's budget,
 * commitments and spending; the funding by source; the external funding by funder.
 * Each section starts with a header row, and an empty line separates them. Amounts
 * are in the base currency, except the budget lines, which say their currency. */
char              *cp_year_csv_write         (CpStore            *store,
                                              gint64              municipality_id,
                                              int                 year,
                                              char                delimiter,
                                              char                decimal,
                                              GError            **error);

G_END_DECLS
