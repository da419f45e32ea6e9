/* cp-csv.h: comma-separated values (RFC 4180), read and written
 *
 * The reader takes what spreadsheets and municipal finance systems export: a comma,
 * semicolon or tab between fields (detected when not given), CRLF, LF or CR line
 * ends, quoted fields with doubled quotes and line breaks inside, an optional UTF-8
 * byte order mark, and Windows-1252 text when the file is not UTF-8. It is strict
 * about quotes, since a stray one shifts every field after it: the error names the
 * line, so that the user can mend the file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define CP_CSV_ERROR (cp_csv_error_quark ())

typedef enum
{
  CP_CSV_ERROR_SYNTAX,
  CP_CSV_ERROR_ENCODING,
} CpCsvError;

GQuark cp_csv_error_quark (void);

/* One record of a file. */
typedef struct
{
  guint line;    /* 1-based physical line where the record starts */
  GStrv fields;  /* UTF-8, unquoted */
} CpCsvRow;

void       cp_csv_row_free       (CpCsvRow    *row);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CpCsvRow, cp_csv_row_free)

/* Reads all records of @text (@length bytes, or -1 when nul-terminated).
 * @delimiter is ',', ';' or '\t', or 0 to detect it from the first record: the
 * candidate occurring most often outside quotes, the earlier of ',' ';' '\t' on a tie,
 * ',' when none occurs. The delimiter used goes to @detected_delimiter when not NULL.
 *
 * A UTF-8 byte order mark is skipped; text that is not valid UTF-8 is read as
 * Windows-1252. Empty lines are skipped (a line of delimiters only is a record of
 * empty fields). A quote left open, a quote in an unquoted field, or text after a
 * closing quote is a CP_CSV_ERROR_SYNTAX naming the line; a NUL byte or a byte that
 * Windows-1252 leaves undefined is a CP_CSV_ERROR_ENCODING.
 *
 * Returns: (transfer full): a GPtrArray of CpCsvRow, which frees them; NULL on error. */
GPtrArray *cp_csv_parse          (const char  *text,
                                  gssize       length,
                                  char         delimiter,
                                  char        *detected_delimiter,
                                  GError     **error);

/* Appends one record of @fields (NULL-terminated) to @out, quoting a field that holds
 * @delimiter, a quote, CR or LF, and ending with CRLF. A record of one empty field is
 * written as "" so that it does not read back as an empty line. */
void       cp_csv_append_row     (GString           *out,
                                  const char * const *fields,
                                  char               delimiter);

/* Guesses the decimal separator of a column of amounts (@samples, NULL-terminated):
 * ',' for “1.234,56” or “12,50”, '.' for “1,234.56” or “12.50”, 0 when nothing
 * decides. Each sample votes, and the majority wins (a tie is 0):
 *
 * - with both '.' and ',', the last of them is the decimal;
 * - with one of them more than once, it groups, and the other is the decimal;
 * - with one of them once, it is the decimal unless it could be a group: three digits
 *   after it, and one to three digits (not a lone 0) before it, as in the ambiguous
 *   “1,234”, which does not vote.
 *
 * Characters other than digits, '.' and ',' are ignored. */
char       cp_csv_guess_decimal  (const char * const *samples);

G_END_DECLS
