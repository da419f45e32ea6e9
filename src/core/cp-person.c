/* cp-person.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "cp-enum-types.h"
#include "cp-expertise.h"
#include "cp-language.h"
#include "cp-person.h"
#include "cp-validate.h"

struct _CpPerson
{
  CpRecord    parent_instance;

  GHashTable *area_names;
  char       *search_key;   /* cached; cleared when a field changes */
};

G_DEFINE_FINAL_TYPE (CpPerson, cp_person, CP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_KIND,
  PROP_MUNICIPALITY_ID,
  PROP_ORGANISATION,
  PROP_DEPARTMENT,
  PROP_POSITION,
  PROP_EMAIL,
  PROP_PHONE,
  PROP_LANGUAGES,
  PROP_EXPERTISE,
  PROP_REGIONAL_EXPERIENCE,
  PROP_INTERCULTURAL_EXPERIENCE,
  PROP_NOTE,
  /* Derived, read-only: for the register's columns and its filter. */
  PROP_KIND_LABEL,
  PROP_LANGUAGES_LABEL,
  PROP_EXPERTISE_LABEL,
  PROP_SEARCH_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
cp_person_validate_property (CpRecord    *record,
                             GParamSpec  *pspec,
                             GError     **error)
{
  CpPerson *self = CP_PERSON (record);

  if (pspec == properties[PROP_NAME])
    return cp_validate_required (cp_person_get_name (self), _("Enter the person’s name."), error);

  if (pspec == properties[PROP_EMAIL])
    {
      const char *email = cp_person_get_email (self);

      if (*email != '\0' && (strchr (email, '@') == NULL || strchr (email, ' ') != NULL))
        {
          g_set_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_FORMAT,
                       _("“%s” is not an e-mail address."), email);
          return FALSE;
        }
    }

  if (pspec == properties[PROP_LANGUAGES])
    return cp_language_skills_validate (cp_person_get_languages (self), error);

  if (pspec == properties[PROP_EXPERTISE])
    return cp_expertise_skills_validate (cp_person_get_expertise (self), error);

  return TRUE;
}

static const char *
area_label (CpPerson   *self,
            const char *key)
{
  const char *label = cp_expertise_builtin_label (key);

  if (label == NULL && self->area_names != NULL)
    label = g_hash_table_lookup (self->area_names, key);
  return label ? label : key;
}

char *
cp_person_dup_expertise_label (CpPerson *self)
{
  const char * const *skills = cp_person_get_expertise (self);
  GString *text = g_string_new (NULL);

  for (guint i = 0; skills != NULL && skills[i] != NULL; i++)
    {
      g_autofree char *key = NULL;
      CpExpertiseLevel level;
      gsize n;

      if (!cp_expertise_skill_split (skills[i], &n, &level))
        continue;
      key = g_strndup (skills[i], n);
      /* Translators: an area of expertise and its level, e.g. “Housing (expert)” */
      g_string_append_printf (text, _("%s%s (%s)"), text->len ? ", " : "",
                              area_label (self, key), cp_expertise_level_to_label (level));
    }
  return g_string_free (text, FALSE);
}

char *
cp_person_dup_languages_label (CpPerson *self)
{
  return cp_language_skills_format (cp_person_get_languages (self), FALSE);
}

static char *
dup_search_text (CpPerson *self)
{
  g_autofree char *languages = cp_person_dup_languages_label (self);
  g_autofree char *codes = cp_language_skills_format (cp_person_get_languages (self), TRUE);
  g_autofree char *expertise = cp_person_dup_expertise_label (self);

  return g_strjoin (" ", cp_person_get_name (self), cp_person_kind_to_label (cp_person_get_kind (self)),
                    cp_person_get_organisation (self), cp_person_get_department (self),
                    cp_person_get_position (self), languages, codes, expertise, NULL);
}

static void
cp_person_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CpPerson *self = CP_PERSON (object);

  switch (prop_id)
    {
    case PROP_KIND_LABEL:
      g_value_set_string (value, cp_person_kind_to_label (cp_person_get_kind (self)));
      break;
    case PROP_LANGUAGES_LABEL:
      g_value_take_string (value, cp_person_dup_languages_label (self));
      break;
    case PROP_EXPERTISE_LABEL:
      g_value_take_string (value, cp_person_dup_expertise_label (self));
      break;
    case PROP_SEARCH_TEXT:
      g_value_take_string (value, dup_search_text (self));
      break;
    default:
      cp_record_get_property (object, prop_id, value, pspec);
    }
}

static void
cp_person_notify (GObject    *object,
                  GParamSpec *pspec)
{
  g_clear_pointer (&CP_PERSON (object)->search_key, g_free);

  if (pspec == properties[PROP_KIND])
    g_object_notify_by_pspec (object, properties[PROP_KIND_LABEL]);
  else if (pspec == properties[PROP_LANGUAGES])
    g_object_notify_by_pspec (object, properties[PROP_LANGUAGES_LABEL]);
  else if (pspec == properties[PROP_EXPERTISE])
    g_object_notify_by_pspec (object, properties[PROP_EXPERTISE_LABEL]);

  if (G_OBJECT_CLASS (cp_person_parent_class)->notify)
    G_OBJECT_CLASS (cp_person_parent_class)->notify (object, pspec);
}

static void
cp_person_finalize (GObject *object)
{
  g_clear_pointer (&CP_PERSON (object)->area_names, g_hash_table_unref);
  g_clear_pointer (&CP_PERSON (object)->search_key, g_free);

  G_OBJECT_CLASS (cp_person_parent_class)->finalize (object);
}

static void
cp_person_class_init (CpPersonClass *klass)
{
  CpRecordClass *record_class = CP_RECORD_CLASS (klass);
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags derived = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  record_class->validate_property = cp_person_validate_property;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, CP_TYPE_PERSON_KIND, CP_PERSON_KIND_OWN_STAFF, flags);
  properties[PROP_MUNICIPALITY_ID] = g_param_spec_int64 ("municipality-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_ORGANISATION] = g_param_spec_string ("organisation", NULL, NULL, "", flags);
  properties[PROP_DEPARTMENT] = g_param_spec_string ("department", NULL, NULL, "", flags);
  properties[PROP_POSITION] = g_param_spec_string ("position", NULL, NULL, "", flags);
  properties[PROP_EMAIL] = g_param_spec_string ("email", NULL, NULL, "", flags);
  properties[PROP_PHONE] = g_param_spec_string ("phone", NULL, NULL, "", flags);
  properties[PROP_LANGUAGES] = g_param_spec_boxed ("languages", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_EXPERTISE] = g_param_spec_boxed ("expertise", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_REGIONAL_EXPERIENCE] = g_param_spec_boolean ("regional-experience", NULL, NULL, FALSE, flags);
  properties[PROP_INTERCULTURAL_EXPERIENCE] = g_param_spec_boolean ("intercultural-experience", NULL, NULL, FALSE, flags);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, "", flags);

  properties[PROP_KIND_LABEL] = g_param_spec_string ("kind-label", NULL, NULL, NULL, derived);
  properties[PROP_LANGUAGES_LABEL] = g_param_spec_string ("languages-label", NULL, NULL, NULL, derived);
  properties[PROP_EXPERTISE_LABEL] = g_param_spec_string ("expertise-label", NULL, NULL, NULL, derived);
  properties[PROP_SEARCH_TEXT] = g_param_spec_string ("search-text", NULL, NULL, NULL, derived);

  cp_record_class_install (record_class, N_PROPS, properties);
  object_class->get_property = cp_person_get_property;
  object_class->notify = cp_person_notify;
  object_class->finalize = cp_person_finalize;
}

static void
cp_person_init (CpPerson *self)
{
}

CpPerson *
cp_person_new (void)
{
  return g_object_new (CP_TYPE_PERSON, NULL);
}

void
cp_person_set_area_names (CpPerson   *self,
                          GHashTable *names)
{
  g_return_if_fail (CP_IS_PERSON (self));

  if (names != NULL)
    g_hash_table_ref (names);
  g_clear_pointer (&self->area_names, g_hash_table_unref);
  self->area_names = names;
  g_clear_pointer (&self->search_key, g_free);
}

const char *
cp_person_get_search_key (CpPerson *self)
{
  g_return_val_if_fail (CP_IS_PERSON (self), "");

  if (self->search_key == NULL)
    {
      g_autofree char *text = dup_search_text (self);
      g_autofree char *normal = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);

      self->search_key = g_utf8_casefold (normal, -1);
    }
  return self->search_key;
}

#define GETTER(type, field, kind, prop) \
type cp_person_get_##field (CpPerson *self) { return cp_record_get_##kind (CP_RECORD (self), prop); }

GETTER (const char *, name, string, "name")
GETTER (CpPersonKind, kind, enum, "kind")
GETTER (gint64, municipality_id, int64, "municipality-id")
GETTER (const char *, organisation, string, "organisation")
GETTER (const char *, department, string, "department")
GETTER (const char *, position, string, "position")
GETTER (const char *, email, string, "email")
GETTER (const char *, phone, string, "phone")
GETTER (const char * const *, languages, strv, "languages")
GETTER (const char * const *, expertise, strv, "expertise")
GETTER (gboolean, regional_experience, boolean, "regional-experience")
GETTER (gboolean, intercultural_experience, boolean, "intercultural-experience")
GETTER (const char *, note, string, "note")
