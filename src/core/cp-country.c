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

#include "cp-country.h"
#include "cp-iso-codes.h"

typedef struct
{
  GHashTable *by_code;  /* code → CpIsoEntry (extra: the flag) */
  GPtrArray  *codes;    /* NULL-terminated, sorted by translated name */
} Countries;

static int
compare_by_name (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  GHashTable *by_code = user_data;
  const CpIsoEntry *x = g_hash_table_lookup (by_code, *(const char * const *) a);
  const CpIsoEntry *y = g_hash_table_lookup (by_code, *(const char * const *) b);
  g_autofree char *kx = g_utf8_collate_key (g_dgettext ("iso_3166-1", x->name), -1);
  g_autofree char *ky = g_utf8_collate_key (g_dgettext ("iso_3166-1", y->name), -1);

  return g_strcmp0 (kx, ky);
}

static Countries *
get_countries (void)
{
  static gsize initialized;
  static Countries *countries;

  if (g_once_init_enter (&initialized))
    {
      GHashTableIter iter;
      gpointer code;

      countries = g_new0 (Countries, 1);
      countries->by_code = cp_iso_codes_load ("iso_3166-1.json", "3166-1", "alpha_2", "flag");
      countries->codes = g_ptr_array_new ();
      g_hash_table_iter_init (&iter, countries->by_code);
      while (g_hash_table_iter_next (&iter, &code, NULL))
        g_ptr_array_add (countries->codes, code);
      g_ptr_array_sort_with_data (countries->codes, compare_by_name, countries->by_code);
      g_ptr_array_add (countries->codes, NULL);
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
  const CpIsoEntry *country = code ? g_hash_table_lookup (get_countries ()->by_code, code) : NULL;

  return country != NULL ? g_dgettext ("iso_3166-1", country->name) : code;
}

const char *
cp_country_get_flag (const char *code)
{
  const CpIsoEntry *country = code ? g_hash_table_lookup (get_countries ()->by_code, code) : NULL;

  return country != NULL ? country->extra : "";
}

const char * const *
cp_country_list_codes (void)
{
  return (const char * const *) get_countries ()->codes->pdata;
}
