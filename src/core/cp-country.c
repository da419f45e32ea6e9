/* cp-country.c
 *
 * The list comes from iso-codes (Debian and the GNOME runtime ship it); the names are
 * translated through its own gettext domain, so Dutch users read “Peru”, Spanish users
 * “Perú”.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "cp-country.h"

#define ISO_3166_JSON ISO_CODES_PREFIX "/share/iso-codes/json/iso_3166-1.json"

typedef struct
{
  char *name;
  char *flag;
} Country;

typedef struct
{
  GHashTable *by_code;  /* code → Country */
  GPtrArray  *codes;    /* NULL-terminated, sorted by translated name */
} Countries;

static int
compare_by_name (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  GHashTable *by_code = user_data;
  const char *ca = *(const char * const *) a;
  const char *cb = *(const char * const *) b;
  const Country *x = g_hash_table_lookup (by_code, ca);
  const Country *y = g_hash_table_lookup (by_code, cb);
  g_autofree char *kx = g_utf8_collate_key (g_dgettext ("iso_3166-1", x->name), -1);
  g_autofree char *ky = g_utf8_collate_key (g_dgettext ("iso_3166-1", y->name), -1);

  return g_strcmp0 (kx, ky);
}

static Countries *
load_countries (void)
{
  Countries *countries = g_new0 (Countries, 1);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *array = NULL;

  countries->by_code = g_hash_table_new (g_str_hash, g_str_equal);
  countries->codes = g_ptr_array_new ();

  if (json_parser_load_from_file (parser, ISO_3166_JSON, &error))
    {
      JsonNode *root = json_parser_get_root (parser);

      if (JSON_NODE_HOLDS_OBJECT (root))
        {
          JsonNode *list = json_object_get_member (json_node_get_object (root), "3166-1");
          if (list != NULL && JSON_NODE_HOLDS_ARRAY (list))
            array = json_node_get_array (list);
        }
    }
  else
    g_warning ("Cannot read the country list %s: %s", ISO_3166_JSON, error->message);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *obj = json_array_get_object_element (array, i);
      const char *code = json_object_get_string_member_with_default (obj, "alpha_2", NULL);
      const char *name = json_object_get_string_member_with_default (obj, "name", NULL);
      Country *country;

      if (code == NULL || name == NULL)
        continue;
      country = g_new0 (Country, 1);
      country->name = g_strdup (name);
      country->flag = g_strdup (json_object_get_string_member_with_default (obj, "flag", ""));
      code = g_intern_string (code);
      g_hash_table_insert (countries->by_code, (char *) code, country);
      g_ptr_array_add (countries->codes, (char *) code);
    }

  g_ptr_array_sort_with_data (countries->codes, compare_by_name, countries->by_code);
  g_ptr_array_add (countries->codes, NULL);
  return countries;
}

static Countries *
get_countries (void)
{
  static gsize initialized;
  static Countries *countries;

  if (g_once_init_enter (&initialized))
    {
      countries = load_countries ();
      g_once_init_leave (&initialized, 1);
    }
  return countries;
}

gboolean
cp_country_is_known (const char *code)
{
  return code != NULL && g_hash_table_contains (get_countries ()->by_code, code);
}

const char *
cp_country_get_name (const char *code)
{
  const Country *country = code ? g_hash_table_lookup (get_countries ()->by_code, code) : NULL;

  return country != NULL ? g_dgettext ("iso_3166-1", country->name) : code;
}

const char *
cp_country_get_flag (const char *code)
{
  const Country *country = code ? g_hash_table_lookup (get_countries ()->by_code, code) : NULL;

  return country != NULL ? country->flag : "";
}

const char * const *
cp_country_list_codes (void)
{
  return (const char * const *) get_countries ()->codes->pdata;
}
