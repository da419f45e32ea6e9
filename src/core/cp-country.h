/* cp-country.h: ISO 3166-1 alpha-2 countries, from the iso-codes package
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean             cp_country_is_known    (const char *code);
const char          *cp_country_get_name    (const char *code);
const char          *cp_country_get_flag    (const char *code);
/* Every known code, sorted by the name in the interface language. */
const char * const  *cp_country_list_codes  (void);

G_END_DECLS
