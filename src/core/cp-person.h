/* cp-person.h: someone who can take part: staff, politicians, volunteers, consultants
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cp-enums.h"
#include "cp-record.h"

G_BEGIN_DECLS

#define CP_TYPE_PERSON (cp_person_get_type ())

G_DECLARE_FINAL_TYPE (CpPerson, cp_person, CP, PERSON, CpRecord)

CpPerson            *cp_person_new                          (void);
const char          *cp_person_get_name                     (CpPerson   *self);
CpPersonKind         cp_person_get_kind                     (CpPerson   *self);
gint64               cp_person_get_municipality_id          (CpPerson   *self);
const char          *cp_person_get_organisation             (CpPerson   *self);
const char          *cp_person_get_department               (CpPerson   *self);
const char          *cp_person_get_position                 (CpPerson   *self);
const char          *cp_person_get_email                    (CpPerson   *self);
const char          *cp_person_get_phone                    (CpPerson   *self);
/* Stored skills: "es:c1" (cp-language.h), "housing:3" (cp-expertise.h). */
const char * const  *cp_person_get_languages                (CpPerson   *self);
const char * const  *cp_person_get_expertise                (CpPerson   *self);
gboolean             cp_person_get_regional_experience      (CpPerson   *self);
gboolean             cp_person_get_intercultural_experience (CpPerson   *self);
const char          *cp_person_get_note                     (CpPerson   *self);

/* The names of the areas users added, key → name, for the labels of their
 * expertise (the built-in areas have translated names of their own). */
void                 cp_person_set_area_names               (CpPerson   *self,
                                                             GHashTable *names);
char                *cp_person_dup_expertise_label          (CpPerson   *self);
char                *cp_person_dup_languages_label          (CpPerson   *self);
/* Everything the register's filter looks at, normalised and case-folded once
 * (g_utf8_normalize (G_NORMALIZE_ALL), then g_utf8_casefold). */
const char          *cp_person_get_search_key               (CpPerson   *self);

G_END_DECLS
