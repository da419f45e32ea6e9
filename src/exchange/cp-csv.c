/* cp-csv.c: comma-separated values (RFC 4180), read and written
 *
 * The text is made UTF-8 first (Windows-1252 decoded by a table of its own, so that
 * the result does not hang on the iconv of the platform), and then read byte by byte:
 * the delimiter, the quote and the line ends are ASCII, which never occurs inside a
 * multi-byte UTF-8 character.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "exchange/cp-csv.h"

G_DEFINE_QUARK (cp-csv-error-quark, cp_csv_error)

/* Windows-1252 from 0x80 to 0x9F; 0 where it defines no character. The other bytes
 * above 0x7F are the Latin-1 characters of the same number. */
static const gunichar windows_1252_high[32] = {
  0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
  0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

void
cp_csv_row_free (CpCsvRow *row)
{
  if (row == NULL)
    return;
  g_strfreev (row->fields);
  g_free (row);
}

static gboolean
is_line_end (char c)
{
  return c == '\r' || c == '\n';
}

/* The bytes of the line end at @p: 2 for CRLF, 1 for CR or LF. */
static gsize
line_end_length (const char *p,
                 const char *end)
{
  return p[0] == '\r' && p + 1 < end && p[1] == '\n' ? 2 : 1;
}

/* @text as UTF-8, without a byte order mark; NULL with an error for a NUL byte or a
 * byte that Windows-1252 does not define. */
static char *
to_utf8 (const char  *text,
         gsize        length,
         GError     **error)
{
  GString *decoded;
  guint line = 1;

  if (length >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
    {
      text += 3;
      length -= 3;
    }
  if (g_utf8_validate (text, (gssize) length, NULL))
    return g_strndup (text, length);

  decoded = g_string_sized_new (length + length / 4);
  for (gsize i = 0; i < length; i++)
    {
      guchar byte = (guchar) text[i];
      gunichar c = byte;

      if (byte >= 0x80 && byte < 0xA0)
        c = windows_1252_high[byte - 0x80];
      if (c == 0)
        {
          g_set_error (error, CP_CSV_ERROR, CP_CSV_ERROR_ENCODING,
                       _("Line %u: the file is not text in UTF-8 or Windows-1252. Save it as CSV in UTF-8 and import it again."),
                       line);
          g_string_free (decoded, TRUE);
          return NULL;
        }
      if (byte == '\n' || (byte == '\r' && (i + 1 == length || text[i + 1] != '\n')))
        line++;
      g_string_append_unichar (decoded, c);
    }
  return g_string_free (decoded, FALSE);
}

/* The candidate occurring most often outside quotes in the first record that is not
 * an empty line. */
static char
detect_delimiter (const char *p,
                  const char *end)
{
  static const char candidates[] = { ',', ';', '\t' };
  guint counts[G_N_ELEMENTS (candidates)] = { 0, };
  gboolean quoted = FALSE;
  guint best = 0;

  while (p < end && is_line_end (*p))
    p++;
  for (; p < end; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && is_line_end (*p))
        break;
      else if (!quoted)
        {
          for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
            if (*p == candidates[i])
              counts[i]++;
        }
    }

  for (guint i = 1; i < G_N_ELEMENTS (candidates); i++)
    if (counts[i] > counts[best])
      best = i;
  return candidates[best];
}

typedef enum
{
  FIELD_START,      /* nothing of the field read yet */
  UNQUOTED,
  QUOTED,
  QUOTED_AT_QUOTE,  /* a quote read inside a quoted field: its end, or half of "" */
} ReadState;

typedef struct
{
  GPtrArray *rows;
  GPtrArray *fields;  /* of the record being read */
  GString   *field;
  guint      record_line;
} Reader;

static void
end_field (Reader *r)
{
  g_ptr_array_add (r->fields, g_strndup (r->field->str, r->field->len));
  g_string_truncate (r->field, 0);
}

static void
end_record (Reader *r)
{
  CpCsvRow *row = g_new0 (CpCsvRow, 1);

  end_field (r);
  g_ptr_array_add (r->fields, NULL);
  row->line = r->record_line;
  row->fields = (GStrv) g_ptr_array_free (r->fields, FALSE);
  r->fields = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (r->rows, row);
}

static gboolean
read_records (Reader      *r,
              const char  *p,
              const char  *end,
              char         delimiter,
              GError     **error)
{
  ReadState state = FIELD_START;
  gboolean in_record = FALSE;
  guint line = 1, quote_line = 0;

  while (p < end)
    {
      char c = *p;
      gsize step = is_line_end (c) ? line_end_length (p, end) : 1;

      if (!in_record && !is_line_end (c))
        {
          in_record = TRUE;
          r->record_line = line;
        }

      switch (state)
        {
        case FIELD_START:
        case UNQUOTED:
          if (c == delimiter)
            {
              end_field (r);
              state = FIELD_START;
            }
          else if (is_line_end (c))
            {
              /* A line with nothing on it is no record. */
              if (in_record)
                end_record (r);
              in_record = FALSE;
              state = FIELD_START;
            }
          else if (c == '"' && state == FIELD_START)
            {
              state = QUOTED;
              quote_line = line;
            }
          else if (c == '"')
            {
              g_set_error (error, CP_CSV_ERROR, CP_CSV_ERROR_SYNTAX,
                           _("Line %u: a quote in the middle of a field. Put the whole field in quotes, and write the quote inside it as two quotes."),
                           line);
              return FALSE;
            }
          else
            {
              g_string_append_c (r->field, c);
              state = UNQUOTED;
            }
          break;

        case QUOTED:
          if (c == '"')
            state = QUOTED_AT_QUOTE;
          else
            g_string_append_len (r->field, p, (gssize) step);
          break;

        case QUOTED_AT_QUOTE:
          if (c == '"')
            {
              g_string_append_c (r->field, '"');
              state = QUOTED;
            }
          else if (c == delimiter)
            {
              end_field (r);
              state = FIELD_START;
            }
          else if (is_line_end (c))
            {
              end_record (r);
              in_record = FALSE;
              state = FIELD_START;
            }
          else
            {
              g_set_error (error, CP_CSV_ERROR, CP_CSV_ERROR_SYNTAX,
                           _("Line %u: text after the closing quote of a field. Write a quote inside a quoted field as two quotes."),
                           line);
              return FALSE;
            }
          break;

        default:
          g_assert_not_reached ();
        }

      if (is_line_end (c))
        line++;
      p += step;
    }

  if (state == QUOTED)
    {
      g_set_error (error, CP_CSV_ERROR, CP_CSV_ERROR_SYNTAX,
                   _("Line %u: a quoted field is not closed. End it with a quote, and write a quote inside it as two quotes."),
                   quote_line);
      return FALSE;
    }
  if (in_record)
    end_record (r);
  return TRUE;
}

GPtrArray *
cp_csv_parse (const char  *text,
              gssize       length,
              char         delimiter,
              char        *detected_delimiter,
              GError     **error)
{
  g_autofree char *utf8 = NULL;
  const char *end;
  Reader r;
  gboolean ok;

  g_return_val_if_fail (text != NULL || length == 0, NULL);
  g_return_val_if_fail (delimiter == 0 || delimiter == ',' || delimiter == ';' || delimiter == '\t',
                        NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  utf8 = to_utf8 (text ? text : "", length < 0 ? strlen (text) : (gsize) length, error);
  if (utf8 == NULL)
    return NULL;
  end = utf8 + strlen (utf8);
  if (delimiter == 0)
    delimiter = detect_delimiter (utf8, end);
  if (detected_delimiter != NULL)
    *detected_delimiter = delimiter;

  r.rows = g_ptr_array_new_with_free_func ((GDestroyNotify) cp_csv_row_free);
  r.fields = g_ptr_array_new_with_free_func (g_free);
  r.field = g_string_new (NULL);
  r.record_line = 1;
  ok = read_records (&r, utf8, end, delimiter, error);
  g_ptr_array_unref (r.fields);
  g_string_free (r.field, TRUE);
  if (!ok)
    g_clear_pointer (&r.rows, g_ptr_array_unref);
  return r.rows;
}

void
cp_csv_append_row (GString            *out,
                   const char * const *fields,
                   char                delimiter)
{
  g_return_if_fail (out != NULL);
  g_return_if_fail (delimiter == ',' || delimiter == ';' || delimiter == '\t');

  for (guint i = 0; fields != NULL && fields[i] != NULL; i++)
    {
      const char *field = fields[i];
      gboolean lone_empty = i == 0 && *field == '\0' && fields[1] == NULL;

      if (i > 0)
        g_string_append_c (out, delimiter);
      if (lone_empty || strchr (field, delimiter) != NULL || strpbrk (field, "\"\r\n") != NULL)
        {
          g_string_append_c (out, '"');
          for (const char *p = field; *p; p++)
            {
              if (*p == '"')
                g_string_append_c (out, '"');
              g_string_append_c (out, *p);
            }
          g_string_append_c (out, '"');
        }
      else
        g_string_append (out, field);
    }
  g_string_append (out, "\r\n");
}

/* One sample's vote for the decimal separator; 0 when it cannot tell. */
static char
vote_decimal (const char *sample)
{
  const char *last = NULL;
  guint points = 0, commas = 0, before = 0, after = 0;

  for (const char *p = sample; *p; p++)
    {
      if (*p == '.' || *p == ',')
        {
          last = p;
          points += *p == '.';
          commas += *p == ',';
        }
    }

  if (last == NULL)
    return 0;
  if (points > 0 && commas > 0)
    return *last;
  if (points + commas > 1)
    return points > 0 ? ',' : '.';

  for (const char *p = last + 1; g_ascii_isdigit (*p); p++)
    after++;
  for (const char *p = last; p > sample && g_ascii_isdigit (p[-1]); p--)
    before++;
  /* “1,234” may be either; “0,125”, “1234,567” and “,125” cannot be a group. */
  if (after == 3 && before >= 1 && before <= 3 && !(before == 1 && last[-1] == '0'))
    return 0;
  return *last;
}

char
cp_csv_guess_decimal (const char * const *samples)
{
  guint points = 0, commas = 0;

  for (guint i = 0; samples != NULL && samples[i] != NULL; i++)
    {
      char vote = vote_decimal (samples[i]);

      points += vote == '.';
      commas += vote == ',';
    }

  if (points > commas)
    return '.';
  if (commas > points)
    return ',';
  return 0;
}
