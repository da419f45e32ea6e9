/* cp-language.h: ISO 639-1 languages, and what a person speaks at which CEFR level
 *
 * A language skill is stored as "es:c1": the ISO 639-1 code and the CEFR level's
 * stable name. People type a list of them as “Spanish C1, English B2” or “es C1, en B2”.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cp-enums.h"

G_BEGIN_DECLS

gboolean    cp_language_is_known          (const char          *code);
/* “Spanish” in the interface language (the part before any “;” of the ISO name). */
char       *cp_language_dup_name          (const char          *code);
/* The code for a code or a language name in English or the interface language,
 * ignoring case; NULL when unknown. */
const char *cp_language_find              (const char          *text);

gboolean    cp_cefr_level_parse           (const char          *text,
                                           CpCefrLevel         *level,
                                           GError             **error);

/* Splits a stored skill; FALSE when it is not a known language at a CEFR level. */
gboolean    cp_language_skill_split       (const char          *skill,
                                           const char         **code,
                                           CpCefrLevel         *level);
char       *cp_language_skill_new         (const char          *code,
                                           CpCefrLevel          level);
/* Reads what the user typed into stored skills; the error says which part is wrong. */
gboolean    cp_language_skills_parse      (const char          *text,
                                           char              ***skills,
                                           GError             **error);
/* “Spanish C1, English B2”; “es C1, en B2” with @codes. */
char       *cp_language_skills_format     (const char * const  *skills,
                                           gboolean             codes);
gboolean    cp_language_skills_validate   (const char * const  *skills,
                                           GError             **error);

G_END_DECLS
