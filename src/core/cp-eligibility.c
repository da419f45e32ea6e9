/* cp-eligibility.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "cp-country.h"
#include "cp-eligibility.h"
#include "cp-partial-date.h"
#include "cp-record.h"
#include "cp-validate.h"

static const char *
get_until_word (void)
{
  /* Translators: the word between a country and its last eligible day, as users type
   * it in a programme's list of countries: “Peru until 2007-12-31” */
  return C_("eligible until a day", "until");
}

/* A name as people may type it: without case, accents or doubled spaces, and with
 * either apostrophe, so that “peru” finds “Perú” and “Cote d’Ivoire” finds
 * “Côte d'Ivoire”. */
static char *
normalise_name (const char *name)
{
  g_autofree char *decomposed = g_utf8_normalize (name, -1, G_NORMALIZE_NFD);
  g_autoptr(GString) bare = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = decomposed ? decomposed : ""; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c))
        continue;
      if (g_unichar_isspace (c))
        {
          space = bare->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (bare, ' ');
      space = FALSE;
      g_string_append_unichar (bare, c == 0x2019 ? '\'' : c);
    }
  return g_utf8_casefold (bare->str, -1);
}

/* Normalised name in the interface language → code. iso-codes writes some names
 * with a comma, “Bolivia, Plurinational State of”; people type “Bolivia”, so the
 * part before the comma is a name too, unless it is another country's name or two
 * countries share it (“Korea”, “Virgin Islands”). */
static GHashTable *
create_country_names (void)
{
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) short_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char * const *codes = cp_country_list_codes ();
  GHashTableIter iter;
  gpointer short_name, code;

  for (guint i = 0; codes[i] != NULL; i++)
    {
      const char *full = cp_country_get_name (codes[i]);
      const char *comma = strchr (full, ',');
      char *name = normalise_name (full);

      if (g_hash_table_contains (names, name))
        g_free (name);
      else
        g_hash_table_insert (names, name, (gpointer) codes[i]);

      if (comma != NULL)
        {
          g_autofree char *before = g_strndup (full, comma - full);
          char *normalised = normalise_name (before);

          /* A second country with the same short name makes it ambiguous (NULL). */
          g_hash_table_insert (short_names, normalised,
                               g_hash_table_contains (short_names, normalised) ? NULL : (gpointer) codes[i]);
        }
    }

  g_hash_table_iter_init (&iter, short_names);
  while (g_hash_table_iter_next (&iter, &short_name, &code))
    if (code != NULL && !g_hash_table_contains (names, short_name))
      g_hash_table_insert (names, g_strdup (short_name), code);

  return names;
}

/* The code of a typed name or code (“ni”, “Nicaragua”), or NULL. */
static const char *
find_country (GHashTable *names,
              const char *typed)
{
  g_autofree char *name = NULL;

  if (strlen (typed) == 2 && g_ascii_isalpha (typed[0]) && g_ascii_isalpha (typed[1]))
    {
      char code[3] = { g_ascii_toupper (typed[0]), g_ascii_toupper (typed[1]), '\0' };
      const char * const *codes = cp_country_list_codes ();

      for (guint i = 0; codes[i] != NULL; i++)
        if (g_str_equal (codes[i], code))
          return codes[i];
      return NULL;
    }

  name = normalise_name (typed);
  return g_hash_table_lookup (names, name);
}

/* Where @word last stands as whole words in @text, whatever its case; NULL if nowhere. */
static const char *
find_last_word (const char  *text,
                const char  *word,
                const char **word_end)
{
  g_autofree char *folded_word = g_utf8_casefold (word, -1);
  glong n_chars = g_utf8_strlen (word, -1);
  const char *found = NULL;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      const char *end = p;
      g_autofree char *folded = NULL;
      glong i;

      if (p != text && !g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (p))))
        continue;
      for (i = 0; i < n_chars && *end; i++)
        end = g_utf8_next_char (end);
      if (i < n_chars || (*end != '\0' && !g_unichar_isspace (g_utf8_get_char (end))))
        continue;
      folded = g_utf8_casefold (p, end - p);
      if (g_str_equal (folded, folded_word))
        {
          found = p;
          *word_end = end;
        }
    }
  return found;
}

typedef enum
{
  PIECE_COUNTRY,
  PIECE_UNKNOWN_COUNTRY,
  PIECE_BAD_DAY,
} PieceKind;

/* Reads “Peru”, “PE until 2007-12-31” or “PE<2007-12-31”; *@day is NULL without a
 * last day. */
static PieceKind
read_piece (GHashTable  *names,
            const char  *piece,
            const char **code,
            char       **day)
{
  const char *limit = strchr (piece, '<');
  const char *word_end = limit ? limit + 1 : NULL;
  g_autofree char *name = NULL;
  g_autofree char *typed_day = NULL;

  if (limit == NULL)
    limit = find_last_word (piece, get_until_word (), &word_end);
  if (limit == NULL)
    limit = find_last_word (piece, "until", &word_end);

  name = g_strstrip (limit ? g_strndup (piece, limit - piece) : g_strdup (piece));
  *code = find_country (names, name);
  *day = NULL;
  if (*code == NULL)
    return PIECE_UNKNOWN_COUNTRY;

  if (limit != NULL)
    {
      typed_day = g_strstrip (g_strdup (word_end));
      /* “Peru until 2007-12-31, Nicaragua” is two pieces, not a bad day. */
      if (strchr (typed_day, ',') != NULL)
        return PIECE_UNKNOWN_COUNTRY;
      if (!cp_validate_day (typed_day, NULL))
        return PIECE_BAD_DAY;
      *day = g_steal_pointer (&typed_day);
    }
  return PIECE_COUNTRY;
}

static char *
join_pieces (char  **pieces,
             guint   from,
             guint   to)
{
  g_autoptr(GString) joined = g_string_new (NULL);

  for (guint k = from; k < to; k++)
    {
      if (k > from)
        g_string_append_c (joined, ',');
      g_string_append (joined, pieces[k]);
    }
  return g_strstrip (g_string_free (g_steal_pointer (&joined), FALSE));
}

static char *
format_entry (const char *country_name,
              const char *day)
{
  return g_strdup_printf ("%s %s %s", country_name, get_until_word (), day);
}

static void
set_listed_twice_error (GError     **error,
                        const char  *piece)
{
  g_set_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_FORMAT,
               /* Translators: %s is a country as the user wrote it, or its code */
               _("“%s” is listed twice. List each country once."), piece);
}

gboolean
cp_eligibility_parse (const char  *text,
                      GStrv       *entries,
                      GError     **error)
{
  g_auto(GStrv) pieces = g_strsplit (text ? text : "", ",", -1);
  guint n = g_strv_length (pieces);
  g_autoptr(GHashTable) names = create_country_names ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < n; )
    {
      g_autofree char *first = g_strstrip (g_strdup (pieces[i]));
      gboolean matched = FALSE;

      if (*first == '\0')
        {
          i++;
          continue;
        }

      /* Longest first: some names hold a comma, “Tanzania, United Republic of”. */
      for (guint j = n; j > i && !matched; j--)
        {
          g_autofree char *piece = join_pieces (pieces, i, j);
          g_autofree char *day = NULL;
          const char *code = NULL;

          switch (read_piece (names, piece, &code, &day))
            {
            case PIECE_UNKNOWN_COUNTRY:
              continue;

            case PIECE_BAD_DAY:
              {
                g_autofree char *example = format_entry (cp_country_get_name (code), "2007-12-31");

                g_set_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_FORMAT,
                             /* Translators: the first %s is what the user wrote for one
                              * country, the second an example such as “Peru until 2007-12-31” */
                             _("The last day in “%s” is not a date. Write it as year-month-day, such as “%s”."),
                             piece, example);
                return FALSE;
              }

            case PIECE_COUNTRY:
            default:
              break;
            }

          if (g_hash_table_contains (seen, code))
            {
              set_listed_twice_error (error, piece);
              return FALSE;
            }
          g_hash_table_add (seen, (gpointer) code);
          if (day != NULL)
            {
              g_autofree char *entry = g_strdup_printf ("%s<%s", code, day);

              g_strv_builder_add (builder, entry);
            }
          else
            g_strv_builder_add (builder, code);
          matched = TRUE;
          i = j;
        }

      if (!matched)
        {
          const char *ni = cp_country_get_name ("NI");
          g_autofree char *pe = format_entry (cp_country_get_name ("PE"), "2007-12-31");

          g_set_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_UNKNOWN_CODE,
                       /* Translators: the first %s is what the user wrote; then come
                        * two country names and an example “Peru until 2007-12-31” */
                       _("“%s” is not a country. Write country names or two-letter codes, separated by commas, such as “%s, ZA, %s”."),
                       first, ni, pe);
          return FALSE;
        }
    }

  if (entries != NULL)
    *entries = g_strv_builder_end (builder);
  return TRUE;
}

char *
cp_eligibility_format (const char * const *entries)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; entries != NULL && entries[i] != NULL; i++)
    {
      const char *limit = strchr (entries[i], '<');
      g_autofree char *code = limit ? g_strndup (entries[i], limit - entries[i]) : g_strdup (entries[i]);

      if (i > 0)
        g_string_append (text, ", ");
      if (limit != NULL)
        {
          g_autofree char *entry = format_entry (cp_country_get_name (code), limit + 1);

          g_string_append (text, entry);
        }
      else
        g_string_append (text, cp_country_get_name (code));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

gboolean
cp_eligibility_validate (const char * const  *entries,
                         GError             **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; entries != NULL && entries[i] != NULL; i++)
    {
      const char *entry = entries[i];
      const char *limit = strchr (entry, '<');
      g_autofree char *code = limit ? g_strndup (entry, limit - entry) : g_strdup (entry);

      if (strlen (code) != 2 || !g_ascii_isupper (code[0]) || !g_ascii_isupper (code[1]))
        {
          g_set_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_FORMAT,
                       /* Translators: %s is a stored entry; keep “<” and the examples as they are */
                       _("“%s” is not an eligible country. Write a two-letter country code, followed by “<” and the last eligible day if there is one, such as NI or PE<2007-12-31."),
                       entry);
          return FALSE;
        }
      if (!cp_validate_country (code, error))
        return FALSE;
      if (limit != NULL && !cp_validate_day (limit + 1, NULL))
        {
          g_set_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_FORMAT,
                       /* Translators: %s is a stored entry; keep the example as it is */
                       _("The last eligible day in “%s” is not a date. Write it as year-month-day, such as PE<2007-12-31."),
                       entry);
          return FALSE;
        }
      if (g_hash_table_contains (seen, code))
        {
          set_listed_twice_error (error, code);
          return FALSE;
        }
      g_hash_table_add (seen, g_steal_pointer (&code));
    }
  return TRUE;
}

/* The last day a date of any precision can mean: “2010” is 31 December 2010. */
static gboolean
read_last_day (const char *iso,
               GDate      *date)
{
  return cp_partial_date_is_valid (iso) && cp_partial_date_to_last_gdate (iso, date);
}

/* The country's entry: TRUE when it is listed, with *@day its last day or NULL. */
static gboolean
find_entry (const char * const  *entries,
            const char          *country,
            const char         **day)
{
  gsize length = strlen (country);

  *day = NULL;
  if (entries == NULL || entries[0] == NULL)
    return TRUE;

  for (guint i = 0; entries[i] != NULL; i++)
    if (strncmp (entries[i], country, length) == 0 &&
        (entries[i][length] == '\0' || entries[i][length] == '<'))
      {
        if (entries[i][length] == '<')
          *day = entries[i] + length + 1;
        return TRUE;
      }
  return FALSE;
}

gboolean
cp_eligibility_runway (const char * const *entries,
                       const char         *starts_on,
                       const char         *ends_on,
                       const char         *country,
                       const char         *today,
                       int                *months)
{
  const char *country_day = NULL;
  GDate now, last, probe, day;
  int count;

  g_return_val_if_fail (cp_validate_day (today, NULL), FALSE);

  if (months != NULL)
    *months = 0;
  if (country == NULL || *country == '\0' || !find_entry (entries, country, &country_day))
    return FALSE;

  g_date_clear (&now, 1);
  g_date_clear (&last, 1);
  g_date_clear (&day, 1);
  cp_partial_date_to_gdate (today, &now);

  if (ends_on != NULL && *ends_on != '\0' && !read_last_day (ends_on, &last))
    return FALSE;
  if (country_day != NULL)
    {
      if (!read_last_day (country_day, &day))
        return FALSE;
      if (!g_date_valid (&last) || g_date_compare (&day, &last) < 0)
        last = day;
    }

  if (!g_date_valid (&last))
    {
      if (months != NULL)
        *months = -1;
      return TRUE;
    }

  /* Dropped before the programme began: the country was never eligible. */
  if (starts_on != NULL && *starts_on != '\0' && cp_partial_date_to_gdate (starts_on, &day) &&
      g_date_compare (&last, &day) < 0)
    return FALSE;

  if (g_date_compare (&now, &last) > 0)
    return FALSE;

  count = (g_date_get_year (&last) - g_date_get_year (&now)) * 12 +
          ((int) g_date_get_month (&last) - (int) g_date_get_month (&now));
  for (; count > 0; count--)
    {
      /* g_date_add_months() keeps the day or takes the month's last: 31 January
       * plus one month is 28 February, a whole month. */
      probe = now;
      g_date_add_months (&probe, count);
      if (g_date_compare (&probe, &last) <= 0)
        break;
    }

  if (months != NULL)
    *months = count;
  return TRUE;
}
