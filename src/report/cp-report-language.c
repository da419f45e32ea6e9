/* cp-report-language.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "cp-report-language.h"

struct _CpReportLanguage
{
  gboolean  switched;
  gboolean  had_language;
  char     *language;    /* LANGUAGE as it was, when set */
  char     *locale;      /* setlocale (LC_ALL, NULL) as it was */
};

static gboolean
is_c_locale (const char *name)
{
  return name == NULL || g_str_equal (name, "C") || g_str_equal (name, "POSIX");
}

CpReportLanguage *
cp_report_language_push (const char *language)
{
  CpReportLanguage *saved = g_new0 (CpReportLanguage, 1);
  const char *previous;

  if (language == NULL || *language == '\0')
    return saved;

  previous = g_getenv ("LANGUAGE");
  saved->switched = TRUE;
  saved->had_language = previous != NULL;
  saved->language = g_strdup (previous);
  saved->locale = g_strdup (setlocale (LC_ALL, NULL));

  g_setenv ("LANGUAGE", language, TRUE);
  setlocale (LC_ALL, "");
  /* glibc ignores LANGUAGE in the plain C locale; its UTF-8 twin honours it. */
  if (is_c_locale (setlocale (LC_MESSAGES, NULL)))
    setlocale (LC_MESSAGES, "C.UTF-8");
  return saved;
}

void
cp_report_language_pop (CpReportLanguage *saved)
{
  if (saved == NULL)
    return;
  if (saved->switched)
    {
      if (saved->had_language)
        g_setenv ("LANGUAGE", saved->language, TRUE);
      else
        g_unsetenv ("LANGUAGE");
      /* Setting a locale makes gettext drop what it translated in the report's
       * language, but glibc skips setting the name already in force: "" always
       * goes through, and the exact previous name follows. */
      setlocale (LC_ALL, "");
      if (saved->locale != NULL)
        setlocale (LC_ALL, saved->locale);
    }
  g_free (saved->language);
  g_free (saved->locale);
  g_free (saved);
}
