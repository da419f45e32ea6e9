/* test-csv.c: reading and writing comma-separated values
 *
 * The reading cases are a table: a file's text, and what it must read as, written
 * one record a line as “LINE:field|field”, with CR and LF inside fields shown as \r
 * and \n.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib.h>
#include <glib/gi18n-lib.h>

#include "exchange/cp-csv.h"

#include "cp-test-util.h"

static char *
render_rows (GPtrArray *rows)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < rows->len; i++)
    {
      CpCsvRow *row = g_ptr_array_index (rows, i);

      g_string_append_printf (text, "%u:", row->line);
      for (guint j = 0; row->fields[j] != NULL; j++)
        {
          if (j > 0)
            g_string_append_c (text, '|');
          for (const char *p = row->fields[j]; *p; p++)
            {
              if (*p == '\r')
                g_string_append (text, "\\r");
              else if (*p == '\n')
                g_string_append (text, "\\n");
              else
                g_string_append_c (text, *p);
            }
        }
      g_string_append_c (text, '\n');
    }
  return g_string_free (text, FALSE);
}

typedef struct
{
  const char *path;
  const char *text;
  gssize      length;     /* -1: nul-terminated */
  char        delimiter;  /* given; 0 to detect */
  char        detected;
  const char *rows;
} ReadCase;

static const ReadCase read_cases[] = {
  { "/csv/read/comma", "date,amount,currency\n2008-03-01,1250.00,PEN\n", -1, ',', ',',
    "1:date|amount|currency\n2:2008-03-01|1250.00|PEN\n" },
  { "/csv/read/semicolon", "datum;bedrag\n1-3-2008;1.250,00\n", -1, ';', ';',
    "1:datum|bedrag\n2:1-3-2008|1.250,00\n" },
  { "/csv/read/tab", "a\tb,c\n", -1, '\t', '\t', "1:a|b,c\n" },
  { "/csv/read/given-delimiter-wins", "a;b,c;d\n", -1, ',', ',', "1:a;b|c;d\n" },
  { "/csv/read/detect/comma", "a,b,c\n1;2;3;4\n", -1, 0, ',', "1:a|b|c\n2:1;2;3;4\n" },
  { "/csv/read/detect/semicolon", "datum;bedrag;omschrijving\n1-3-2008;1.250,00;Reis, Cajamarca\n",
    -1, 0, ';', "1:datum|bedrag|omschrijving\n2:1-3-2008|1.250,00|Reis, Cajamarca\n" },
  { "/csv/read/detect/tab", "a\tb\tc,d\n", -1, 0, '\t', "1:a|b|c,d\n" },
  { "/csv/read/detect/quoted-ignored", "\"a;b;c;d\",e,f\n", -1, 0, ',', "1:a;b;c;d|e|f\n" },
  { "/csv/read/detect/none", "amount\n12\n", -1, 0, ',', "1:amount\n2:12\n" },
  { "/csv/read/detect/tie", "a,b;c\n", -1, 0, ',', "1:a|b;c\n" },
  { "/csv/read/detect/after-empty-lines", "\n\r\na;b\n", -1, 0, ';', "3:a|b\n" },
  { "/csv/read/quotes/delimiter", "\"Leiden, NL\",\"a;b\"\n", -1, ',', ',', "1:Leiden, NL|a;b\n" },
  { "/csv/read/quotes/doubled", "\"say \"\"hola\"\"\",\"\"\"\",x\n", -1, ',', ',', "1:say \"hola\"|\"|x\n" },
  { "/csv/read/quotes/empty", "\"\",a,\"\"\n", -1, ',', ',', "1:|a|\n" },
  { "/csv/read/quotes/line-breaks",
    "name,notes\n\"Cajamarca\",\"first\nsecond\r\nthird\"\nLeiden,\"x\"\nEl Alto,y\n", -1, 0, ',',
    "1:name|notes\n2:Cajamarca|first\\nsecond\\r\\nthird\n5:Leiden|x\n6:El Alto|y\n" },
  { "/csv/read/quotes/only-a-break", "\"\n\"\na\n", -1, ',', ',', "1:\\n\n3:a\n" },
  { "/csv/read/line-ends/crlf", "a,b\r\nc,d\r\n\r\ne,f\r\n", -1, 0, ',', "1:a|b\n2:c|d\n4:e|f\n" },
  { "/csv/read/line-ends/cr", "a,b\rc,d\r\re,f", -1, 0, ',', "1:a|b\n2:c|d\n4:e|f\n" },
  { "/csv/read/line-ends/mixed", "a\r\nb\nc\rd", -1, 0, ',', "1:a\n2:b\n3:c\n4:d\n" },
  { "/csv/read/line-ends/none-at-end", "a,b\nc,d", -1, 0, ',', "1:a|b\n2:c|d\n" },
  { "/csv/read/empty-lines", "\n\na,b\n\n\nc,d\n\n", -1, 0, ',', "3:a|b\n6:c|d\n" },
  { "/csv/read/empty-fields", "a,,b,\n,,\n\"\"\n", -1, ',', ',', "1:a||b|\n2:||\n3:\n" },
  { "/csv/read/spaces-kept", " a , b \n", -1, ',', ',', "1: a | b \n" },
  { "/csv/read/empty-text", "", -1, 0, ',', "" },
  { "/csv/read/only-line-ends", "\r\n\n\r", -1, 0, ',', "" },
  { "/csv/read/length", "a,b\nc,d\n", 5, 0, ',', "1:a|b\n2:c\n" },
  { "/csv/read/bom", "\xEF\xBB\xBF" "name;amount\nLeón;12,50\n", -1, 0, ';', "1:name|amount\n2:León|12,50\n" },
  { "/csv/read/utf-8", "Cajamarca – é,€ 5\n", -1, 0, ',', "1:Cajamarca – é|€ 5\n" },
  { "/csv/read/windows-1252", "Cajamarca \x96 \xE9;\x80 5\nLe\xF3n;\x93x\x94\n", -1, 0, ';',
    "1:Cajamarca – é|€ 5\n2:León|“x”\n" },
};

static void
test_read_case (gconstpointer data)
{
  const ReadCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *rendered = NULL;
  char detected = 'x';

  rows = cp_csv_parse (c->text, c->length, c->delimiter, &detected, &error);
  g_assert_no_error (error);
  g_assert_nonnull (rows);
  rendered = render_rows (rows);
  g_assert_cmpstr (rendered, ==, c->rows);
  g_assert_cmpint (detected, ==, c->detected);
  for (guint i = 0; i < rows->len; i++)
    {
      CpCsvRow *row = g_ptr_array_index (rows, i);

      for (guint j = 0; row->fields[j] != NULL; j++)
        g_assert_true (g_utf8_validate (row->fields[j], -1, NULL));
    }
}

typedef struct
{
  const char *path;
  const char *text;
  gssize      length;
  int         code;
  const char *message;
} RefusedCase;

static const RefusedCase refused_cases[] = {
  { "/csv/refused/unclosed", "a,b\nc,\"open\nmore\n", -1, CP_CSV_ERROR_SYNTAX,
    "Line 2: a quoted field is not closed. End it with a quote, and write a quote inside it as two quotes." },
  { "/csv/refused/unclosed-after-quoted-breaks", "\"x\ny\",b\r\n\r\n\"c\"\"", -1, CP_CSV_ERROR_SYNTAX,
    "Line 4: a quoted field is not closed. End it with a quote, and write a quote inside it as two quotes." },
  { "/csv/refused/stray-quote", "a,b\n\"c\nd\",e\nf,g\"h\n", -1, CP_CSV_ERROR_SYNTAX,
    "Line 4: a quote in the middle of a field. Put the whole field in quotes, and write the quote inside it as two quotes." },
  { "/csv/refused/space-before-quote", "a, \"b\"\n", -1, CP_CSV_ERROR_SYNTAX, NULL },
  { "/csv/refused/after-closing-quote", "a\r\n\"x\"y,z\r\n", -1, CP_CSV_ERROR_SYNTAX,
    "Line 2: text after the closing quote of a field. Write a quote inside a quoted field as two quotes." },
  { "/csv/refused/space-after-quote", "\"a\" ,b\n", -1, CP_CSV_ERROR_SYNTAX, NULL },
  { "/csv/refused/undefined-byte", "a\nb\n\x81\n", -1, CP_CSV_ERROR_ENCODING,
    "Line 3: the file is not text in UTF-8 or Windows-1252. Save it as CSV in UTF-8 and import it again." },
  { "/csv/refused/nul", "a\r\nb\0c\n", 7, CP_CSV_ERROR_ENCODING, NULL },
};

static void
test_refused_case (gconstpointer data)
{
  const RefusedCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  rows = cp_csv_parse (c->text, c->length, 0, NULL, &error);
  g_assert_null (rows);
  g_assert_error (error, CP_CSV_ERROR, c->code);
  if (c->message != NULL)
    g_assert_cmpstr (error->message, ==, c->message);
  g_assert_true (g_str_has_prefix (error->message, "Line "));
}

static char *
write_rows (const char * const * const *records,
            char                        delimiter)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; records[i] != NULL; i++)
    cp_csv_append_row (out, records[i], delimiter);
  return g_strdup (out->str);
}

static void
test_write (void)
{
  const struct { const char * const *fields; char delimiter; const char *text; } cases[] = {
    { (const char * const[]) { "a", "b", NULL }, ',', "a,b\r\n" },
    { (const char * const[]) { "Leiden, NL", "x;y", NULL }, ',', "\"Leiden, NL\",x;y\r\n" },
    { (const char * const[]) { "Leiden, NL", "x;y", NULL }, ';', "Leiden, NL;\"x;y\"\r\n" },
    { (const char * const[]) { "a\tb", "c", NULL }, '\t', "\"a\tb\"\tc\r\n" },
    { (const char * const[]) { "say \"hola\"", NULL }, ',', "\"say \"\"hola\"\"\"\r\n" },
    { (const char * const[]) { "one\ntwo", "cr\r", NULL }, ',', "\"one\ntwo\",\"cr\r\"\r\n" },
    { (const char * const[]) { "", "", NULL }, ',', ",\r\n" },
    { (const char * const[]) { "", NULL }, ',', "\"\"\r\n" },
    { (const char * const[]) { " León – €5 ", NULL }, ';', " León – €5 \r\n" },
    { (const char * const[]) { NULL }, ',', "\r\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) out = g_string_new ("before\r\n");
      g_autofree char *expected = g_strconcat ("before\r\n", cases[i].text, NULL);

      cp_csv_append_row (out, cases[i].fields, cases[i].delimiter);
      g_assert_cmpstr (out->str, ==, expected);
    }
}

static void
test_round_trip (void)
{
  static const char * const header[] = { "date", "amount", "notes", NULL };
  static const char * const quotes[] = { "2008-03-01", "1.250,00", "“Reis” \"Cajamarca\", El Alto; León", NULL };
  static const char * const breaks[] = { "", "\n", "first\r\nsecond\rthird\n", NULL };
  static const char * const lone[] = { "", NULL };
  static const char * const spaces[] = { " ", "\t x \t", "\"", NULL };
  static const char * const last[] = { "a", "", "", NULL };
  static const char * const * const records[] = { header, quotes, breaks, lone, spaces, last, NULL };
  static const char delimiters[] = { ',', ';', '\t' };

  for (guint d = 0; d < G_N_ELEMENTS (delimiters); d++)
    {
      g_autofree char *text = write_rows (records, delimiters[d]);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) rows = NULL;
      char detected = 0;
      guint line = 1;

      rows = cp_csv_parse (text, -1, 0, &detected, &error);
      g_assert_no_error (error);
      g_assert_cmpint (detected, ==, delimiters[d]);
      g_assert_cmpuint (rows->len, ==, g_strv_length ((GStrv) records));
      for (guint i = 0; i < rows->len; i++)
        {
          CpCsvRow *row = g_ptr_array_index (rows, i);

          g_assert_cmpstrv (row->fields, records[i]);
          g_assert_cmpuint (row->line, ==, line);
          for (guint j = 0; records[i][j] != NULL; j++)
            for (const char *p = records[i][j]; *p; p++)
              if (*p == '\n' || (*p == '\r' && p[1] != '\n'))
                line++;
          line++;
        }
    }
}

/* The rows of a file free themselves, one by one too. */
static void
test_row_free (void)
{
  g_autoptr(GPtrArray) rows = cp_csv_parse ("a,b\nc,d\n", -1, 0, NULL, NULL);
  g_autoptr(CpCsvRow) row = g_ptr_array_steal_index (rows, 0);

  g_assert_cmpuint (row->line, ==, 1);
  g_assert_cmpstr (row->fields[1], ==, "b");
  g_assert_cmpuint (rows->len, ==, 1);
  cp_csv_row_free (NULL);
}

static void
test_guess_decimal (void)
{
  const struct { const char * const *samples; char decimal; } cases[] = {
    { (const char * const[]) { "1.234,56", NULL }, ',' },
    { (const char * const[]) { "1,234.56", NULL }, '.' },
    { (const char * const[]) { "12,50", NULL }, ',' },
    { (const char * const[]) { "12.5", NULL }, '.' },
    { (const char * const[]) { "1,234", NULL }, 0 },
    { (const char * const[]) { "1.234", NULL }, 0 },
    { (const char * const[]) { "1,234", "12,50", NULL }, ',' },
    { (const char * const[]) { "1,234", "7.25", NULL }, '.' },
    { (const char * const[]) { "1.234.567", NULL }, ',' },
    { (const char * const[]) { "1,234,567", NULL }, '.' },
    { (const char * const[]) { "0,125", NULL }, ',' },
    { (const char * const[]) { "1234,567", NULL }, ',' },
    { (const char * const[]) { ",125", NULL }, ',' },
    { (const char * const[]) { "3.305785", NULL }, '.' },
    { (const char * const[]) { "-1.234,56 €", "S/ 12,5", NULL }, ',' },
    { (const char * const[]) { "12", "", "1 234", NULL }, 0 },
    { (const char * const[]) { "12,50", "7.25", NULL }, 0 },
    { (const char * const[]) { "12,50", "7.25", "3,10", NULL }, ',' },
    { (const char * const[]) { NULL }, 0 },
    { NULL, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("case %u", i);
      g_assert_cmpint (cp_csv_guess_decimal (cases[i].samples), ==, cases[i].decimal);
    }
}

int
main (int    argc,
      char **argv)
{
  cp_test_init (&argc, &argv);

  for (guint i = 0; i < G_N_ELEMENTS (read_cases); i++)
    g_test_add_data_func (read_cases[i].path, &read_cases[i], test_read_case);
  for (guint i = 0; i < G_N_ELEMENTS (refused_cases); i++)
    g_test_add_data_func (refused_cases[i].path, &refused_cases[i], test_refused_case);
  g_test_add_func ("/csv/write", test_write);
  g_test_add_func ("/csv/round-trip", test_round_trip);
  g_test_add_func ("/csv/row-free", test_row_free);
  g_test_add_func ("/csv/guess-decimal", test_guess_decimal);

  return g_test_run ();
}
