/* cp-i18n.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "cp-i18n.h"

void
cp_i18n_init (void)
{
  const char *localedir = g_getenv ("COUNTERPART_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  /* The once-only decision, while the default domain is still "messages". */
  (void) g_dgettext (GETTEXT_PACKAGE, "");
  textdomain (GETTEXT_PACKAGE);
}

const char * const cp_i18n_languages[5] = { "en", "nl", "es", "af", NULL };

const char *
cp_i18n_interface_language (void)
{
  const char * const *names = g_get_language_names ();
  g_autofree char *code = g_strdup (names[0] != NULL ? names[0] : "");

  code[strcspn (code, "_.@")] = '\0';
  for (guint i = 0; cp_i18n_languages[i] != NULL; i++)
    if (g_ascii_strcasecmp (code, cp_i18n_languages[i]) == 0)
      return cp_i18n_languages[i];
  return "en";
}
