/* cp-expertise.h: fields of municipal expertise, and who knows them how well
 *
 * An expertise skill is stored as "housing:3": the area's key and a level from 1
 * (basic) to 4 (expert). The built-in areas are the fields the study's projects
 * needed; users add their own as CpExpertiseArea records.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cp-enums.h"
#include "cp-record.h"

G_BEGIN_DECLS

/* The built-in areas' keys, NULL-terminated, in the taxonomy's order. */
const char * const *cp_expertise_builtin_keys     (void);
/* The translated name of a built-in area; NULL for any other key. */
const char         *cp_expertise_builtin_label    (const char          *key);
/* A key for an area the user names: lower case, words joined by “-”. */
char               *cp_expertise_make_key         (const char          *name);

char               *cp_expertise_skill_new        (const char          *key,
                                                   CpExpertiseLevel     level);
/* Splits a stored skill: the key is the first @key_length bytes of @skill. */
gboolean            cp_expertise_skill_split      (const char          *skill,
                                                   gsize               *key_length,
                                                   CpExpertiseLevel    *level);
gboolean            cp_expertise_skills_validate  (const char * const  *skills,
                                                   GError             **error);

#define CP_TYPE_EXPERTISE_AREA (cp_expertise_area_get_type ())

G_DECLARE_FINAL_TYPE (CpExpertiseArea, cp_expertise_area, CP, EXPERTISE_AREA, CpRecord)

CpExpertiseArea *cp_expertise_area_new       (void);
const char      *cp_expertise_area_get_key   (CpExpertiseArea *self);
const char      *cp_expertise_area_get_name  (CpExpertiseArea *self);
/* The built-in label in the interface language, or the name the user gave. */
const char      *cp_expertise_area_get_label (CpExpertiseArea *self);

G_END_DECLS
