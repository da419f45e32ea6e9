/* test-ledger-csv.c: the ledger read from and written to CSV
 *
 * Every case works in a real workspace in a scratch folder of its own. The files are
 * what municipal finance systems and spreadsheets export: comma-separated with a
 * decimal point, and semicolon-separated with a decimal comma and Dutch headers.
 * The figures are the study's: Utrecht and León, soles at 3.30 and córdobas at 18.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib.h>

#include "cp-enum-types.h"
#include "core/cp-validate.h"
#include "exchange/cp-csv.h"
#include "exchange/cp-ledger-csv.h"

#include "cp-test-util.h"

typedef CpTestDir Fixture;

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, cp_test_dir_set_up, func, cp_test_dir_tear_down)

/* Utrecht and León, their partnership, a funder and an actor of the partnership. */
typedef struct
{
  CpStore        *store;
  CpMunicipality *utrecht;
  CpMunicipality *leon;
  CpPartnership  *partnership;
  CpFunder       *vng;
  CpActor        *water_board;
  char           *title;
} Workspace;

static void
workspace_open (Workspace  *w,
                const char *path)
{
  w->store = cp_test_open_store (path);
  w->utrecht = cp_test_save_municipality (w->store, "Utrecht", "NL", TRUE);
  w->leon = cp_test_save_municipality (w->store, "León", "NI", FALSE);
  w->partnership = cp_test_save_partnership (w->store, w->utrecht, w->leon);
  w->title = cp_partnership_dup_title (w->partnership);
  w->vng = cp_funder_new ();
  g_object_set (w->vng, "name", "VNG International", "acronym", "VNGi", NULL);
  cp_test_save_ok (w->store, w->vng);
  w->water_board = cp_actor_new (cp_test_id (w->partnership));
  g_object_set (w->water_board, "name", "ENACAL León", NULL);
  cp_test_save_ok (w->store, w->water_board);
}

static void
workspace_close (Workspace *w)
{
  g_clear_object (&w->store);
  g_clear_object (&w->utrecht);
  g_clear_object (&w->leon);
  g_clear_object (&w->partnership);
  g_clear_object (&w->vng);
  g_clear_object (&w->water_board);
  g_clear_pointer (&w->title, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Workspace, workspace_close)

static guint
count_entries (CpStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) ledger = cp_store_list_transactions (store, 0, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (ledger);
}

static CpLedgerCsvImport *
read_ok (CpStore    *store,
         const char *text,
         char        decimal)
{
  g_autoptr(GError) error = NULL;
  CpLedgerCsvImport *import = cp_ledger_csv_read (store, text, -1, decimal, &error);

  g_assert_no_error (error);
  g_assert_nonnull (import);
  return import;
}

static CpTransaction *
row_transaction (CpLedgerCsvImport *import,
                 guint              i)
{
  CpLedgerCsvRow *row = g_ptr_array_index (import->rows, i);

  if (row->problem != NULL)
    g_error ("line %u: %s", row->line, row->problem);
  g_assert_nonnull (row->transaction);
  return row->transaction;
}

static void
assert_contains (const char *text,
                 const char *part)
{
  if (text == NULL || strstr (text, part) == NULL)
    g_error ("“%s” does not contain “%s”", text ? text : "(null)", part);
}

/* A comma-separated file with a decimal point, every column in English. */
static void
test_comma_point (Fixture       *f,
                  gconstpointer  data)
{
  g_auto(Workspace) w = { 0, };
  g_autoptr(CpLedgerCsvImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  CpTransaction *t;

  workspace_open (&w, f->path);
  text = g_strdup_printf ("Date,Kind,Source,Amount,Currency,Rate,From,To,Partnership,Project,Description,Reference\r\n"
                          "2007-01-10,expenditure,municipal-budget,\"1,234.56\",EUR,,Utrecht,León,%s,Water,\"Pumps, and pipes\",INV-1\r\n"
                          "12/03/2007,Incoming funds,External grant,50000.00,eur,,VNGi,Utrecht,,,,LOGO-7\r\n"
                          "2007-04-01,disbursement,,\"18,000.50\",NIO,18.00,Utrecht,ENACAL León,%s,,,\r\n"
                          "2007-04-02,,,12.00,,,Someone,Alcaldía de Somewhere,,,,\r\n",
                          w.title, w.title);
  import = read_ok (w.store, text, 0);

  g_assert_cmpint (import->delimiter, ==, ',');
  g_assert_cmpint (import->decimal, ==, '.');
  g_assert_cmpuint (import->n_bad, ==, 0);
  g_assert_cmpuint (import->rows->len, ==, 4);
  g_assert_cmpstr (import->header[3], ==, "Amount");

  t = row_transaction (import, 0);
  g_assert_cmpuint (((CpLedgerCsvRow *) g_ptr_array_index (import->rows, 0))->line, ==, 2);
  g_assert_cmpstr (cp_transaction_get_date (t), ==, "2007-01-10");
  g_assert_cmpint (cp_transaction_get_kind (t), ==, CP_TRANSACTION_KIND_EXPENDITURE);
  g_assert_cmpint (cp_transaction_get_contribution (t), ==, CP_CONTRIBUTION_KIND_MUNICIPAL_BUDGET);
  g_assert_cmpint (cp_transaction_get_amount (t), ==, 123456);
  g_assert_cmpstr (cp_transaction_get_currency (t), ==, "EUR");
  g_assert_cmpint (cp_transaction_get_from_municipality_id (t), ==, cp_test_id (w.utrecht));
  g_assert_cmpint (cp_transaction_get_to_municipality_id (t), ==, cp_test_id (w.leon));
  g_assert_cmpint (cp_transaction_get_partnership_id (t), ==, cp_test_id (w.partnership));
  g_assert_cmpstr (cp_transaction_get_project (t), ==, "Water");
  g_assert_cmpstr (cp_transaction_get_description (t), ==, "Pumps, and pipes");
  g_assert_cmpstr (cp_transaction_get_reference (t), ==, "INV-1");

  /* A day as municipal systems write it, a label for the kind and source, a funder by its acronym. */
  t = row_transaction (import, 1);
  g_assert_cmpstr (cp_transaction_get_date (t), ==, "2007-03-12");
  g_assert_cmpint (cp_transaction_get_kind (t), ==, CP_TRANSACTION_KIND_INCOMING_FUNDS);
  g_assert_cmpint (cp_transaction_get_contribution (t), ==, CP_CONTRIBUTION_KIND_EXTERNAL_GRANT);
  g_assert_cmpint (cp_transaction_get_amount (t), ==, 5000000);
  g_assert_cmpstr (cp_transaction_get_currency (t), ==, "EUR");
  g_assert_cmpint (cp_transaction_get_from_funder_id (t), ==, cp_test_id (w.vng));
  g_assert_cmpint (cp_transaction_get_partnership_id (t), ==, 0);

  /* Córdobas at 18 to the euro; the receiver is an actor of the partnership. */
  t = row_transaction (import, 2);
  g_assert_cmpint (cp_transaction_get_amount (t), ==, 1800050);
  g_assert_cmpstr (cp_transaction_get_currency (t), ==, "NIO");
  g_assert_cmpint (cp_transaction_get_rate (t), ==, 18000000);
  g_assert_cmpint (cp_transaction_get_base_amount (t), ==, 100003);
  g_assert_cmpint (cp_transaction_get_to_actor_id (t), ==, cp_test_id (w.water_board));

  /* The defaults, and names that match nothing kept as they are. */
  t = row_transaction (import, 3);
  g_assert_cmpint (cp_transaction_get_kind (t), ==, CP_TRANSACTION_KIND_EXPENDITURE);
  g_assert_cmpint (cp_transaction_get_contribution (t), ==, CP_CONTRIBUTION_KIND_MUNICIPAL_BUDGET);
  g_assert_cmpstr (cp_transaction_get_currency (t), ==, "EUR");
  g_assert_cmpint (cp_transaction_get_rate (t), ==, CP_RATE_ONE);
  g_assert_cmpstr (cp_transaction_get_from_name (t), ==, "Someone");
  g_assert_cmpint (cp_transaction_get_from_municipality_id (t), ==, 0);
  g_assert_cmpstr (cp_transaction_get_to_name (t), ==, "Alcaldía de Somewhere");

  g_assert_cmpuint (count_entries (w.store), ==, 0);
  g_assert_true (cp_ledger_csv_import (w.store, import, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_entries (w.store), ==, 4);
}

/* A semicolon-separated file with a decimal comma and Dutch headers, as a Dutch
 * municipality's finance system writes it. */
static void
test_semicolon_comma_dutch (Fixture       *f,
                            gconstpointer  data)
{
  g_auto(Workspace) w = { 0, };
  g_autoptr(CpLedgerCsvImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) ledger = NULL;
  g_autoptr(CpTransaction) saved = NULL;
  const char *text =
    "\xEF\xBB\xBF" "Datum;Omschrijving;Bedrag;Valuta;Koers;Kostenplaats\r\n"
    "12-03-2007;Reis naar León;1.234,56;EUR;;6110\r\n"
    ";;;;;\r\n"
    "01-04-2007;Pompen;3.300,00;PEN;3,30;6110\r\n";
  CpTransaction *t;

  workspace_open (&w, f->path);
  import = read_ok (w.store, text, 0);

  g_assert_cmpint (import->delimiter, ==, ';');
  g_assert_cmpint (import->decimal, ==, ',');
  g_assert_cmpuint (import->n_bad, ==, 0);
  /* The empty row is no entry; the lines are the file's. */
  g_assert_cmpuint (import->rows->len, ==, 2);
  g_assert_cmpuint (((CpLedgerCsvRow *) g_ptr_array_index (import->rows, 1))->line, ==, 4);
  g_assert_cmpstr (((CpLedgerCsvRow *) g_ptr_array_index (import->rows, 1))->fields[1], ==, "Pompen");

  t = row_transaction (import, 0);
  g_assert_cmpstr (cp_transaction_get_date (t), ==, "2007-03-12");
  g_assert_cmpstr (cp_transaction_get_description (t), ==, "Reis naar León");
  g_assert_cmpint (cp_transaction_get_amount (t), ==, 123456);
  t = row_transaction (import, 1);
  g_assert_cmpint (cp_transaction_get_amount (t), ==, 330000);
  g_assert_cmpint (cp_transaction_get_rate (t), ==, 3300000);
  g_assert_cmpint (cp_transaction_get_base_amount (t), ==, 100000);

  g_assert_true (cp_ledger_csv_import (w.store, import, &error));
  g_assert_no_error (error);
  ledger = cp_store_list_transactions (w.store, 2007, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ledger), ==, 2);
  saved = g_list_model_get_item (ledger, 0);
  g_assert_cmpstr (cp_transaction_get_currency (saved), ==, "PEN");
  g_assert_cmpint (cp_transaction_get_base_amount (saved), ==, 100000);

  /* Told the notation, the reader does not guess: a point is then a group separator. */
  g_clear_pointer (&import, cp_ledger_csv_import_free);
  import = read_ok (w.store, "Datum;Bedrag\n2007-01-01;1.234\n", ',');
  g_assert_cmpint (cp_transaction_get_amount (row_transaction (import, 0)), ==, 123400);
}

static void
assert_file_refused (CpStore    *store,
                     const char *text,
                     GQuark      domain,
                     int         code,
                     const char *message_part)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CpLedgerCsvImport) import = cp_ledger_csv_read (store, text, -1, 0, &error);

  g_assert_null (import);
  g_assert_error (error, domain, code);
  assert_contains (error->message, message_part);
}

/* Problems with the file as a whole: an error that names the line, nothing read. */
static void
test_file_problems (Fixture       *f,
                    gconstpointer  data)
{
  g_auto(Workspace) w = { 0, };

  workspace_open (&w, f->path);

  assert_file_refused (w.store, "Date,Amount,Description\n2007-01-10,12.50,ok\n2007-01-11,3.00,\"Pumps\n2007-01-12,4.00,x\n",
                       CP_CSV_ERROR, CP_CSV_ERROR_SYNTAX, "Line 3");
  assert_file_refused (w.store, "Date,Amount\n2007-01-10,12\"50\n", CP_CSV_ERROR, CP_CSV_ERROR_SYNTAX, "Line 2");
  assert_file_refused (w.store, "Date,Amount\n2007-01-10,\xff\x81\n", CP_CSV_ERROR, CP_CSV_ERROR_ENCODING, "Line 2");
  assert_file_refused (w.store, "", CP_LEDGER_CSV_ERROR, CP_LEDGER_CSV_ERROR_HEADER, "empty");
  assert_file_refused (w.store, "\n,,\n", CP_LEDGER_CSV_ERROR, CP_LEDGER_CSV_ERROR_HEADER, "empty");
  assert_file_refused (w.store, "2007-01-10,12.50,Pumps\n2007-01-11,3.00,Pipes\n",
                       CP_LEDGER_CSV_ERROR, CP_LEDGER_CSV_ERROR_HEADER, "Line 1: the first row holds values");
  assert_file_refused (w.store, "\nDescription,Amount\nPumps,12.50\n",
                       CP_LEDGER_CSV_ERROR, CP_LEDGER_CSV_ERROR_HEADER, "Line 2: no column holds the dates");
  assert_file_refused (w.store, "Fecha,Descripción\n2007-01-10,Bombas\n",
                       CP_LEDGER_CSV_ERROR, CP_LEDGER_CSV_ERROR_HEADER, "no column holds the amounts");
  assert_file_refused (w.store, "Date,Amount,From,Van\n2007-01-10,1.00,a,b\n",
                       CP_LEDGER_CSV_ERROR, CP_LEDGER_CSV_ERROR_HEADER, "“From” and “Van”");
  g_assert_cmpuint (count_entries (w.store), ==, 0);
}

typedef struct
{
  guint       line;
  const char *parts[3];  /* what the problem says: the field, and the value */
} Expected;

/* Row problems: every bad row is kept with its reason, and the import refuses. */
static void
test_row_problems (Fixture       *f,
                   gconstpointer  data)
{
  g_auto(Workspace) w = { 0, };
  g_autoptr(CpLedgerCsvImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CpTransaction) earlier = cp_transaction_new ();
  const char *text =
    "Datum;Bedrag;Valuta;Koers;Soort;Bron;Stedenband;Omschrijving\n"
    "2007-01-10;12,50;EUR;;;;;goed\n"
    "2007-01-11;3,00;EUR;;;;;extra;veld\n"
    "2007-02-30;5,00;EUR;;;;;onmogelijke dag\n"
    "2007-01-12;1,234.56;EUR;;;;;andere notatie\n"
    "2007-01-13;10,00;SOL;3,30;;;;onbekende munt\n"
    "2007-01-14;10,00;PEN;0;;;;koers nul\n"
    "2007-01-15;-5,00;EUR;;;;;negatief\n"
    "2007-01-16;10,00;PEN;;;;;geen koers\n"
    "2007-01-17;10,00;EUR;;gift;;;onbekende soort\n"
    "2007-01-18;10,00;EUR;;;lottery;;onbekende bron\n"
    "2007-01-19;10,00;EUR;;;;Utrecht – Atlantis;onbekende stedenband\n"
    "March 20;10,00;EUR;;;;;geen datum\n"
    ";10,00;EUR;;;;;lege datum\n"
    "2007-01-21;;EUR;;;;;leeg bedrag\n"
    "2007-01-22;10,00;PEN;-3,30;;;;negatieve koers\n"
    "2007-01-23;10,00;JPY;160;;;;yen in centen\n";
  const Expected expected[] = {
    { 3, { "9 fields", "header has 8" } },
    { 4, { "Datum:", "“2007-02-30”", "not a day" } },
    { 5, { "Bedrag:", "“1,234.56” is not an amount", "1.234,56" } },
    { 6, { "Valuta:", "“SOL”", "ISO 4217" } },
    { 7, { "Koers:", "more than zero" } },
    { 8, { "Bedrag:", "“-5,00”", "refund" } },
    { 9, { "Koers:", "PEN", "EUR" } },
    { 10, { "Soort:", "“gift”", "incoming-funds" } },
    { 11, { "Bron:", "“lottery”", "external-grant" } },
    { 12, { "Stedenband:", "“Utrecht – Atlantis”", "title" } },
    { 13, { "Datum:", "“March 20” is not a date" } },
    { 14, { "Datum:", "missing" } },
    { 15, { "Bedrag:", "Enter an amount" } },
    { 16, { "Koers:", "more than zero" } },
    { 17, { "Bedrag:", "JPY has 0 decimals" } },
  };

  workspace_open (&w, f->path);
  g_object_set (earlier, "date", "2006-12-01", "amount", G_GINT64_CONSTANT (100), "currency", "EUR",
                "base-currency", "EUR", NULL);
  cp_test_save_ok (w.store, earlier);

  import = read_ok (w.store, text, 0);
  g_assert_cmpint (import->decimal, ==, ',');
  g_assert_cmpuint (import->rows->len, ==, G_N_ELEMENTS (expected) + 1);
  g_assert_cmpuint (import->n_bad, ==, G_N_ELEMENTS (expected));

  row_transaction (import, 0);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      CpLedgerCsvRow *row = g_ptr_array_index (import->rows, i + 1);

      g_assert_cmpuint (row->line, ==, expected[i].line);
      g_assert_null (row->transaction);
      g_assert_nonnull (row->fields);
      for (guint j = 0; j < G_N_ELEMENTS (expected[i].parts) && expected[i].parts[j] != NULL; j++)
        assert_contains (row->problem, expected[i].parts[j]);
      /* One sentence or two, never a list. */
      g_assert_null (strchr (row->problem, '\n'));
    }

  g_assert_false (cp_ledger_csv_import (w.store, import, &error));
  g_assert_error (error, CP_LEDGER_CSV_ERROR, CP_LEDGER_CSV_ERROR_BAD_ROWS);
  g_assert_cmpstr (error->message, ==, "15 rows have problems; nothing was imported.");
  g_assert_cmpuint (count_entries (w.store), ==, 1);
}

/* The kinds and sources by their stored names and labels, and the days as written. */
static void
test_words (Fixture       *f,
            gconstpointer  data)
{
  g_auto(Workspace) w = { 0, };
  g_autoptr(GString) text = g_string_new ("Kind,Source,Date,Amount\n");
  g_autoptr(CpLedgerCsvImport) import = NULL;
  const char * const days[][2] = {
    { "2007-03-12", "2007-03-12" }, { "12-03-2007", "2007-03-12" }, { "12/03/2007", "2007-03-12" },
    { "12.03.2007", "2007-03-12" }, { "1-4-2007", "2007-04-01" }, { "2007/4/1", "2007-04-01" },
    { "2007-03-12 00:00:00", "2007-03-12" }, { "29-02-2008", "2008-02-29" },
  };
  guint n = 0;

  workspace_open (&w, f->path);
  for (guint k = 0; k < cp_enum_count (CP_TYPE_TRANSACTION_KIND); k++)
    {
      g_autofree char *spaced = g_strdelimit (g_ascii_strup (cp_enum_to_nick (CP_TYPE_TRANSACTION_KIND, k), -1), "-", ' ');

      /* The label as the app shows it (English here), the stored name, the name spaced out. */
      g_string_append_printf (text, "\"%s\",,2007-01-01,1\n", cp_transaction_kind_to_label (k));
      g_string_append_printf (text, "%s,,2007-01-01,1\n", cp_enum_to_nick (CP_TYPE_TRANSACTION_KIND, k));
      g_string_append_printf (text, "%s,,2007-01-01,1\n", spaced);
    }
  for (guint s = 0; s < cp_enum_count (CP_TYPE_CONTRIBUTION_KIND); s++)
    {
      g_string_append_printf (text, ",\"%s\",2007-01-01,1\n", cp_contribution_kind_to_label (s));
      g_string_append_printf (text, ",%s,2007-01-01,1\n", cp_enum_to_nick (CP_TYPE_CONTRIBUTION_KIND, s));
    }
  for (guint d = 0; d < G_N_ELEMENTS (days); d++)
    g_string_append_printf (text, ",,%s,1\n", days[d][0]);

  import = read_ok (w.store, text->str, '.');
  g_assert_cmpuint (import->n_bad, ==, 0);
  for (guint k = 0; k < cp_enum_count (CP_TYPE_TRANSACTION_KIND); k++)
    for (guint i = 0; i < 3; i++)
      g_assert_cmpint (cp_transaction_get_kind (row_transaction (import, n++)), ==, k);
  for (guint s = 0; s < cp_enum_count (CP_TYPE_CONTRIBUTION_KIND); s++)
    for (guint i = 0; i < 2; i++)
      g_assert_cmpint (cp_transaction_get_contribution (row_transaction (import, n++)), ==, s);
  for (guint d = 0; d < G_N_ELEMENTS (days); d++)
    g_assert_cmpstr (cp_transaction_get_date (row_transaction (import, n++)), ==, days[d][1]);
  g_assert_cmpuint (n, ==, import->rows->len);
}

static CpTransaction *
add_entry (GPtrArray          *batch,
           const char         *date,
           CpTransactionKind   kind,
           CpContributionKind  contribution,
           gint64              amount,
           const char         *currency,
           gint64              rate,
           const char         *reference)
{
  CpTransaction *t = cp_transaction_new ();

  g_object_set (t, "date", date, "kind", kind, "contribution", contribution, "amount", amount,
                "currency", currency, "base-currency", "EUR", "rate", rate, "reference", reference, NULL);
  g_ptr_array_add (batch, t);
  return t;
}

/* What is written reads back to the same entries, in every notation. */
static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  static const struct { char delimiter; char decimal; } notations[] = {
    { ',', '.' }, { ';', ',' }, { '\t', '.' }, { '\t', ',' }, { ',', ',' },
  };
  g_auto(Workspace) w = { 0, };
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) ledger = NULL;
  CpTransaction *t;

  workspace_open (&w, f->path);
  t = add_entry (batch, "2007-01-10", CP_TRANSACTION_KIND_COMMITMENT, CP_CONTRIBUTION_KIND_MUNICIPAL_BUDGET,
                 7000000, "EUR", CP_RATE_ONE, "R1");
  g_object_set (t, "partnership-id", cp_test_id (w.partnership), "from-municipality-id", cp_test_id (w.utrecht),
                "to-municipality-id", cp_test_id (w.leon), "project", "Water",
                "description", "Pumps; pipes, and a \"new\" well\nfor the barrio", NULL);
  t = add_entry (batch, "2006-06-30", CP_TRANSACTION_KIND_INCOMING_FUNDS, CP_CONTRIBUTION_KIND_EXTERNAL_GRANT,
                 G_GINT64_CONSTANT (177823140), "PEN", 3300000, "R2");
  g_object_set (t, "from-funder-id", cp_test_id (w.vng), "to-name", "Villa El Salvador", NULL);
  t = add_entry (batch, "2007-04-01", CP_TRANSACTION_KIND_DISBURSEMENT, CP_CONTRIBUTION_KIND_DEPARTMENTAL,
                 1800050, "NIO", 18000000, "R3");
  g_object_set (t, "partnership-id", cp_test_id (w.partnership), "to-actor-id", cp_test_id (w.water_board),
                "from-name", "Dienst Water", NULL);
  t = add_entry (batch, "2007-05-05", CP_TRANSACTION_KIND_EXPENDITURE, CP_CONTRIBUTION_KIND_OTHER,
                 1234567, "JPY", 160512345, "R4");
  t = add_entry (batch, "2007-05-06", CP_TRANSACTION_KIND_REFUND, CP_CONTRIBUTION_KIND_PARTNER_CONTRIBUTION,
                 1234567, "KWD", 333333, "R5");
  t = add_entry (batch, "2007-05-07", CP_TRANSACTION_KIND_INCOMING_COMMITMENT, CP_CONTRIBUTION_KIND_COUNCIL_DONATION,
                 G_GINT64_CONSTANT (123456789012), "EUR", CP_RATE_ONE, "R6");
  t = add_entry (batch, "2007-05-08", CP_TRANSACTION_KIND_EXPENDITURE, CP_CONTRIBUTION_KIND_STAFF_DONATION,
                 0, "EUR", CP_RATE_ONE, "R7");
  g_assert_true (cp_store_save_transactions (w.store, batch, &error));
  g_assert_no_error (error);
  ledger = cp_store_list_transactions (w.store, 0, &error);
  g_assert_no_error (error);

  for (guint n = 0; n < G_N_ELEMENTS (notations); n++)
    {
      g_autofree char *csv = cp_ledger_csv_write (w.store, 0, notations[n].delimiter, notations[n].decimal, &error);
      g_autoptr(CpLedgerCsvImport) import = NULL;
      g_autofree char *first_line = NULL;

      g_assert_no_error (error);
      g_assert_nonnull (csv);
      first_line = g_strndup (csv, strcspn (csv, "\r\n"));
      if (notations[n].delimiter == ',')
        g_assert_cmpstr (first_line, ==, "Date,Kind,Source,Amount,Currency,Rate,From,To,Partnership,Project,Description,Reference");
      /* Major units, no group separators, the oldest first. */
      g_assert_nonnull (strstr (csv, notations[n].decimal == '.' ? "1778231.40" : "1778231,40"));
      g_assert_nonnull (strstr (csv, notations[n].decimal == '.' ? "1234.567" : "1234,567"));
      g_assert_cmpint (strstr (csv, "R2") - csv, <, strstr (csv, "R1") - csv);

      import = read_ok (w.store, csv, 0);
      g_assert_cmpint (import->delimiter, ==, notations[n].delimiter);
      g_assert_cmpint (import->decimal, ==, notations[n].decimal);
      g_assert_cmpuint (import->n_bad, ==, 0);
      g_assert_cmpuint (import->rows->len, ==, g_list_model_get_n_items (ledger));

      for (guint i = 0; i < import->rows->len; i++)
        {
          CpTransaction *back = row_transaction (import, i);
          g_autoptr(CpTransaction) saved = NULL;

          for (guint j = 0; j < g_list_model_get_n_items (ledger) && saved == NULL; j++)
            {
              g_autoptr(CpTransaction) candidate = g_list_model_get_item (ledger, j);

              if (g_str_equal (cp_transaction_get_reference (candidate), cp_transaction_get_reference (back)))
                saved = g_steal_pointer (&candidate);
            }
          g_assert_nonnull (saved);
          g_assert_cmpstr (cp_transaction_get_date (back), ==, cp_transaction_get_date (saved));
          g_assert_cmpint (cp_transaction_get_kind (back), ==, cp_transaction_get_kind (saved));
          g_assert_cmpint (cp_transaction_get_contribution (back), ==, cp_transaction_get_contribution (saved));
          g_assert_cmpint (cp_transaction_get_amount (back), ==, cp_transaction_get_amount (saved));
          g_assert_cmpstr (cp_transaction_get_currency (back), ==, cp_transaction_get_currency (saved));
          g_assert_cmpint (cp_transaction_get_rate (back), ==, cp_transaction_get_rate (saved));
          g_assert_cmpint (cp_transaction_get_base_amount (back), ==, cp_transaction_get_base_amount (saved));
          g_assert_cmpint (cp_transaction_get_from_municipality_id (back), ==, cp_transaction_get_from_municipality_id (saved));
          g_assert_cmpint (cp_transaction_get_from_funder_id (back), ==, cp_transaction_get_from_funder_id (saved));
          g_assert_cmpint (cp_transaction_get_from_actor_id (back), ==, cp_transaction_get_from_actor_id (saved));
          g_assert_cmpstr (cp_transaction_get_from_name (back), ==, cp_transaction_get_from_name (saved));
          g_assert_cmpint (cp_transaction_get_to_municipality_id (back), ==, cp_transaction_get_to_municipality_id (saved));
          g_assert_cmpint (cp_transaction_get_to_actor_id (back), ==, cp_transaction_get_to_actor_id (saved));
          g_assert_cmpstr (cp_transaction_get_to_name (back), ==, cp_transaction_get_to_name (saved));
          g_assert_cmpint (cp_transaction_get_partnership_id (back), ==, cp_transaction_get_partnership_id (saved));
          g_assert_cmpstr (cp_transaction_get_project (back), ==, cp_transaction_get_project (saved));
          g_assert_cmpstr (cp_transaction_get_description (back), ==, cp_transaction_get_description (saved));
        }
    }

  /* One year only. */
  {
    g_autofree char *csv = cp_ledger_csv_write (w.store, 2006, ',', '.', &error);
    g_autoptr(CpLedgerCsvImport) import = NULL;

    g_assert_no_error (error);
    import = read_ok (w.store, csv, 0);
    g_assert_cmpuint (import->rows->len, ==, 1);
    g_assert_cmpstr (cp_transaction_get_reference (row_transaction (import, 0)), ==, "R2");
  }
}

/* Two partnerships of the same title are written by their IDs, to read back right. */
static void
test_same_titles (Fixture       *f,
                  gconstpointer  data)
{
  g_auto(Workspace) w = { 0, };
  g_autoptr(CpPartnership) again = NULL;
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autoptr(CpLedgerCsvImport) import = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *id = NULL;

  workspace_open (&w, f->path);
  again = cp_test_save_partnership (w.store, w.utrecht, w.leon);
  g_object_set (add_entry (batch, "2007-01-01", CP_TRANSACTION_KIND_EXPENDITURE, CP_CONTRIBUTION_KIND_OTHER,
                           100, "EUR", CP_RATE_ONE, "A"), "partnership-id", cp_test_id (again), NULL);
  g_assert_true (cp_store_save_transactions (w.store, batch, &error));
  g_assert_no_error (error);

  csv = cp_ledger_csv_write (w.store, 0, ',', '.', &error);
  g_assert_no_error (error);
  id = g_strdup_printf (",%" G_GINT64_FORMAT ",", cp_test_id (again));
  assert_contains (csv, id);
  import = read_ok (w.store, csv, 0);
  g_assert_cmpint (cp_transaction_get_partnership_id (row_transaction (import, 0)), ==, cp_test_id (again));
}

/* The year at a glance: its sections, each with a header, an empty line between. */
static void
test_year (Fixture       *f,
           gconstpointer  data)
{
  g_auto(Workspace) w = { 0, };
  g_autoptr(CpBudgetYear) year = NULL;
  g_autoptr(CpBudgetLine) line = NULL;
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *partnership_row = NULL;
  g_autofree char *budget_row = NULL;
  g_auto(GStrv) sections = NULL;
  g_autofree char *all = NULL;
  char *missing;

  workspace_open (&w, f->path);
  year = cp_budget_year_new (cp_test_id (w.utrecht), 2007);
  g_object_set (year, "currency", "EUR", NULL);
  cp_test_save_ok (w.store, year);
  line = cp_budget_line_new (cp_test_id (year));
  g_object_set (line, "label", "León", "amount", G_GINT64_CONSTANT (12870000),
                "partnership-id", cp_test_id (w.partnership), NULL);
  cp_test_save_ok (w.store, line);

  g_object_set (add_entry (batch, "2007-03-01", CP_TRANSACTION_KIND_DISBURSEMENT, CP_CONTRIBUTION_KIND_MUNICIPAL_BUDGET,
                           7000000, "EUR", CP_RATE_ONE, ""),
                "partnership-id", cp_test_id (w.partnership), NULL);
  g_object_set (add_entry (batch, "2007-05-01", CP_TRANSACTION_KIND_INCOMING_FUNDS, CP_CONTRIBUTION_KIND_EXTERNAL_GRANT,
                           40200000, "EUR", CP_RATE_ONE, ""),
                "partnership-id", cp_test_id (w.partnership), "from-funder-id", cp_test_id (w.vng), NULL);
  g_assert_true (cp_store_save_transactions (w.store, batch, &error));
  g_assert_no_error (error);

  csv = cp_year_csv_write (w.store, cp_test_id (w.utrecht), 2007, ',', '.', &error);
  g_assert_no_error (error);
  sections = g_strsplit (csv, "\r\n\r\n", -1);
  g_assert_cmpuint (g_strv_length (sections), ==, 5);
  g_assert_true (g_str_has_prefix (sections[0],
                                   "Year,Municipality,Currency,Entries,Committed,Spent,Incoming funds,External funding,Own money\r\n"
                                   "2007,Utrecht,EUR,2,0.00,70000.00,402000.00,402000.00,70000.00"));
  budget_row = g_strdup_printf ("\r\nLeón,%s,128700.00,EUR", w.title);
  g_assert_true (g_str_has_prefix (sections[1], "Budget line,Partnership,Amount,Currency\r\n"));
  assert_contains (sections[1], budget_row);
  partnership_row = g_strdup_printf ("\r\n%s,128700.00,0.00,70000.00", w.title);
  g_assert_true (g_str_has_prefix (sections[2], "Partnership,Budget,Committed,Spent\r\n"));
  assert_contains (sections[2], partnership_row);
  g_assert_true (g_str_has_prefix (sections[3], "Source,Amount\r\n"));
  assert_contains (sections[3], "\r\nMunicipal budget,70000.00\r\n");
  assert_contains (sections[3], "\r\nExternal grant,402000.00\r\n");
  g_assert_cmpstr (sections[4], ==, "Funder,Amount\r\nVNG International,402000.00\r\n");

  /* The whole workspace, in the other notation. */
  all = cp_year_csv_write (w.store, 0, 2007, ';', ',', &error);
  g_assert_no_error (error);
  assert_contains (all, "2007;All municipalities;EUR;2;0,00;70000,00;402000,00;402000,00;70000,00");

  /* A municipality that is not there is an error, not an empty year. */
  missing = cp_year_csv_write (w.store, 999, 2007, ',', '.', &error);
  g_assert_null (missing);
  g_assert_error (error, CP_STORE_ERROR, CP_STORE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  ADD ("/ledger-csv/read/comma-point", test_comma_point);
  ADD ("/ledger-csv/read/semicolon-comma-dutch", test_semicolon_comma_dutch);
  ADD ("/ledger-csv/read/file-problems", test_file_problems);
  ADD ("/ledger-csv/read/row-problems", test_row_problems);
  ADD ("/ledger-csv/read/words", test_words);
  ADD ("/ledger-csv/write/round-trip", test_round_trip);
  ADD ("/ledger-csv/write/same-titles", test_same_titles);
  ADD ("/ledger-csv/write/year", test_year);

  return g_test_run ();
}
