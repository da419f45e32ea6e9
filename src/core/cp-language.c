/* cp-language.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "cp-enum-types.h"
#include "cp-iso-codes.h"
#include "cp-language.h"
#include "cp-record.h"

static GHashTable *
get_languages (void)
{
  static gsize initialized;
  static GHashTable *languages;

  if (g_once_init_enter (&initialized))
    {
      languages = cp_iso_codes_load ("iso_639-2.json", "639-2", "alpha_2", NULL);
      g_once_init_leave (&initialized, 1);
    }
  return languages;
}

gboolean
cp_language_is_known (const char *code)
{
  return code != NULL && g_hash_table_contains (get_languages (), code);
}

/* “Dutch; Flemish” → “Dutch”. Some translations list the names with a comma
 * (“Holandés, Flamenco”), which would read as two languages in a list. */
static char *
first_name (const char *names)
{
  gsize length = strcspn (names, ";,");

  return g_strstrip (g_strndup (names, length));
}

char *
cp_language_dup_name (const char *code)
{
  const CpIsoEntry *entry = code ? g_hash_table_lookup (get_languages (), code) : NULL;

  if (entry == NULL)
    return g_strdup (code ? code : "");
  return first_name (g_dgettext ("iso_639-2", entry->name));
}

const char *
cp_language_find (const char *text)
{
  g_autofree char *wanted = NULL;
  GHashTableIter iter;
  gpointer value;

  if (text == NULL || *text == '\0')
    return NULL;

  wanted = g_utf8_casefold (text, -1);
  if (cp_language_is_known (wanted))
    return ((CpIsoEntry *) g_hash_table_lookup (get_languages (), wanted))->code;

  g_hash_table_iter_init (&iter, get_languages ());
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      CpIsoEntry *entry = value;
      g_autofree char *english = first_name (entry->name);
      g_autofree char *local = first_name (g_dgettext ("iso_639-2", entry->name));
      g_autofree char *english_key = g_utf8_casefold (english, -1);
      g_autofree char *local_key = g_utf8_casefold (local, -1);

      if (g_str_equal (wanted, english_key) || g_str_equal (wanted, local_key))
        return entry->code;
    }
  return NULL;
}

gboolean
cp_cefr_level_parse (const char   *text,
                     CpCefrLevel  *level,
                     GError      **error)
{
  g_autofree char *nick = g_ascii_strdown (text ? text : "", -1);
  int value;

  if (!cp_enum_from_nick (CP_TYPE_CEFR_LEVEL, g_strstrip (nick), &value))
    {
      g_set_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_UNKNOWN_CODE,
                   _("“%s” is not a CEFR level. Use A1, A2, B1, B2, C1 or C2."), text ? text : "");
      return FALSE;
    }
  if (level != NULL)
    *level = value;
  return TRUE;
}

gboolean
cp_language_skill_split (const char   *skill,
                         const char  **code,
                         CpCefrLevel  *level)
{
  const char *colon = skill ? strchr (skill, ':') : NULL;
  g_autofree char *language = NULL;
  int value;

  if (colon == NULL)
    return FALSE;
  language = g_strndup (skill, colon - skill);
  if (!cp_language_is_known (language) || !cp_enum_from_nick (CP_TYPE_CEFR_LEVEL, colon + 1, &value))
    return FALSE;
  if (code != NULL)
    *code = ((CpIsoEntry *) g_hash_table_lookup (get_languages (), language))->code;
  if (level != NULL)
    *level = value;
  return TRUE;
}

char *
cp_language_skill_new (const char  *code,
                       CpCefrLevel  level)
{
  return g_strdup_printf ("%s:%s", code, cp_enum_to_nick (CP_TYPE_CEFR_LEVEL, level));
}

/* One typed skill: a language (code or name, possibly several words) and a level,
 * the level last: “Spanish C1”, “es c1”. */
static char *
parse_skill (const char  *typed,
             GError     **error)
{
  g_autofree char *text = g_strstrip (g_strdup (typed));
  char *space = strrchr (text, ' ');
  const char *code;
  CpCefrLevel level;

  if (space == NULL)
    {
      g_set_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_FORMAT,
                   _("Give a level after “%s”, such as “%s B2”."), text, text);
      return NULL;
    }
  *space = '\0';
  g_strstrip (text);

  if (!(code = cp_language_find (text)))
    {
      g_set_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_UNKNOWN_CODE,
                   _("“%s” is not a known language. Write its name or its ISO 639-1 code, such as es or nl."), text);
      return NULL;
    }
  if (!cp_cefr_level_parse (space + 1, &level, error))
    return NULL;

  return cp_language_skill_new (code, level);
}

gboolean
cp_language_skills_parse (const char   *text,
                          char       ***skills,
                          GError      **error)
{
  g_auto(GStrv) parts = g_strsplit_set (text ? text : "", ",;", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *skill = NULL;
      const char *code;

      if (*g_strstrip (parts[i]) == '\0')
        continue;
      if (!(skill = parse_skill (parts[i], error)))
        return FALSE;

      cp_language_skill_split (skill, &code, NULL);
      if (!g_hash_table_add (seen, g_strdup (code)))
        {
          g_autofree char *name = cp_language_dup_name (code);
          g_set_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_FORMAT,
                       _("%s is listed twice. Give each language once."), name);
          return FALSE;
        }
      g_strv_builder_add (builder, skill);
    }

  if (skills != NULL)
    *skills = g_strv_builder_end (builder);
  return TRUE;
}

char *
cp_language_skills_format (const char * const *skills,
                           gboolean            codes)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; skills != NULL && skills[i] != NULL; i++)
    {
      const char *code;
      CpCefrLevel level;
      g_autofree char *name = NULL;

      if (!cp_language_skill_split (skills[i], &code, &level))
        continue;
      name = codes ? g_strdup (code) : cp_language_dup_name (code);
      g_string_append_printf (text, "%s%s %s", text->len ? ", " : "", name, cp_cefr_level_to_label (level));
    }
  return g_string_free (text, FALSE);
}

gboolean
cp_language_skills_validate (const char * const  *skills,
                             GError             **error)
{
  for (guint i = 0; skills != NULL && skills[i] != NULL; i++)
    if (!cp_language_skill_split (skills[i], NULL, NULL))
      {
        g_set_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_UNKNOWN_CODE,
                     _("“%s” is not a language at a CEFR level."), skills[i]);
        return FALSE;
      }
  return TRUE;
}
