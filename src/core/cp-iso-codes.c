/* cp-iso-codes.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>

#include "cp-iso-codes.h"

static void
entry_free (gpointer data)
{
  CpIsoEntry *entry = data;

  g_free (entry->name);
  g_free (entry->extra);
  g_free (entry);
}

GHashTable *
cp_iso_codes_load (const char *file,
                   const char *list_key,
                   const char *code_member,
                   const char *extra_member)
{
  g_autofree char *path = g_build_filename (ISO_CODES_PREFIX, "share", "iso-codes", "json", file, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  GHashTable *entries = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, entry_free);
  JsonArray *array = NULL;

  if (json_parser_load_from_file (parser, path, &error))
    {
      JsonNode *root = json_parser_get_root (parser);

      if (JSON_NODE_HOLDS_OBJECT (root))
        {
          JsonNode *list = json_object_get_member (json_node_get_object (root), list_key);
          if (list != NULL && JSON_NODE_HOLDS_ARRAY (list))
            array = json_node_get_array (list);
        }
    }
  else
    g_warning ("Cannot read the list %s: %s", path, error->message);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *obj = json_array_get_object_element (array, i);
      const char *code = json_object_get_string_member_with_default (obj, code_member, NULL);
      const char *name = json_object_get_string_member_with_default (obj, "name", NULL);
      CpIsoEntry *entry;

      if (code == NULL || name == NULL)
        continue;
      entry = g_new0 (CpIsoEntry, 1);
      entry->code = g_intern_string (code);
      entry->name = g_strdup (name);
      entry->extra = g_strdup (extra_member ? json_object_get_string_member_with_default (obj, extra_member, "") : "");
      g_hash_table_insert (entries, (char *) entry->code, entry);
    }
  return entries;
}
