/* cp-expertise.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "cp-expertise.h"
#include "cp-validate.h"

/* The fields the sources name (source 000 §6.1.2, Box 0.1, Table 8.1; domain notes
 * §2.8): keys are stored, labels are shown. */
static const struct
{
  const char *key;
  const char *label;
} builtin_areas[] = {
  { "financial-management", N_("Financial management") },
  { "environment-waste", N_("Environmental and waste management") },
  { "urban-planning", N_("Urban and spatial planning") },
  { "housing", N_("Housing") },
  { "public-participation", N_("Public participation") },
  { "performance-management", N_("Performance management") },
  { "local-economic-development", N_("Local economic development") },
  { "tourism", N_("Tourism") },
  { "water-sanitation", N_("Water and sanitation") },
  { "information-management", N_("Information management") },
  { "human-resources", N_("Human resources") },
  { "education", N_("Education") },
  { "culture", N_("Culture") },
  { "health", N_("Health") },
  { "institutional-strengthening", N_("Institutional strengthening") },
  { "public-works", N_("Infrastructure and public works") },
  { "gender", N_("Gender") },
};

const char * const *
cp_expertise_builtin_keys (void)
{
  static const char *keys[G_N_ELEMENTS (builtin_areas) + 1];

  if (keys[0] == NULL)
    for (guint i = 0; i < G_N_ELEMENTS (builtin_areas); i++)
      keys[i] = builtin_areas[i].key;
  return keys;
}

const char *
cp_expertise_builtin_label (const char *key)
{
  for (guint i = 0; key != NULL && i < G_N_ELEMENTS (builtin_areas); i++)
    if (g_str_equal (key, builtin_areas[i].key))
      return _(builtin_areas[i].label);
  return NULL;
}

char *
cp_expertise_make_key (const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name ? name : "", -1);
  g_autofree char *ascii = g_str_to_ascii (folded, "C");
  GString *key = g_string_new (NULL);

  for (const char *p = ascii; *p; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (key, *p);
      else if (key->len > 0 && key->str[key->len - 1] != '-')
        g_string_append_c (key, '-');
    }
  while (key->len > 0 && key->str[key->len - 1] == '-')
    g_string_truncate (key, key->len - 1);
  return g_string_free (key, FALSE);
}

char *
cp_expertise_skill_new (const char       *key,
                        CpExpertiseLevel  level)
{
  return g_strdup_printf ("%s:%d", key, level);
}

gboolean
cp_expertise_skill_split (const char       *skill,
                          gsize            *key_length,
                          CpExpertiseLevel *level)
{
  const char *colon = skill ? strrchr (skill, ':') : NULL;

  if (colon == NULL || colon == skill || colon[1] < '1' || colon[1] > '4' || colon[2] != '\0')
    return FALSE;
  if (key_length != NULL)
    *key_length = colon - skill;
  if (level != NULL)
    *level = colon[1] - '0';
  return TRUE;
}

gboolean
cp_expertise_skills_validate (const char * const  *skills,
                              GError             **error)
{
  for (guint i = 0; skills != NULL && skills[i] != NULL; i++)
    {
      gsize n;

      if (!cp_expertise_skill_split (skills[i], &n, NULL))
        {
          g_set_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_OUT_OF_RANGE,
                       _("“%s” is not an expertise area at a level from 1 (basic) to 4 (expert)."), skills[i]);
          return FALSE;
        }
      for (guint j = 0; j < i; j++)
        {
          gsize m;
          cp_expertise_skill_split (skills[j], &m, NULL);
          if (m == n && strncmp (skills[i], skills[j], n) == 0)
            {
              g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_FORMAT,
                                   _("An expertise area is listed twice. Give each area once."));
              return FALSE;
            }
        }
    }
  return TRUE;
}

/* CpExpertiseArea */

struct _CpExpertiseArea
{
  CpRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CpExpertiseArea, cp_expertise_area, CP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_KEY,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
cp_expertise_area_validate_property (CpRecord    *record,
                                     GParamSpec  *pspec,
                                     GError     **error)
{
  CpExpertiseArea *self = CP_EXPERTISE_AREA (record);

  if (pspec == properties[PROP_NAME])
    return cp_validate_required (cp_expertise_area_get_name (self), _("Name the area of expertise."), error);
  if (pspec == properties[PROP_KEY])
    return cp_validate_required (cp_expertise_area_get_key (self), _("Name the area of expertise."), error);
  return TRUE;
}

static void
cp_expertise_area_class_init (CpExpertiseAreaClass *klass)
{
  CpRecordClass *record_class = CP_RECORD_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  record_class->validate_property = cp_expertise_area_validate_property;

  properties[PROP_KEY] = g_param_spec_string ("key", NULL, NULL, "", flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", flags);

  cp_record_class_install (record_class, N_PROPS, properties);
}

static void
cp_expertise_area_init (CpExpertiseArea *self)
{
}

CpExpertiseArea *
cp_expertise_area_new (void)
{
  return g_object_new (CP_TYPE_EXPERTISE_AREA, NULL);
}

const char *
cp_expertise_area_get_key (CpExpertiseArea *self)
{
  return cp_record_get_string (CP_RECORD (self), "key");
}

const char *
cp_expertise_area_get_name (CpExpertiseArea *self)
{
  return cp_record_get_string (CP_RECORD (self), "name");
}

const char *
cp_expertise_area_get_label (CpExpertiseArea *self)
{
  const char *builtin = cp_expertise_builtin_label (cp_expertise_area_get_key (self));

  return builtin ? builtin : cp_expertise_area_get_name (self);
}
