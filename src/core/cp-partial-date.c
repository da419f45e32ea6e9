/* cp-partial-date.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "cp-partial-date.h"
#include "cp-record.h"

static gboolean
read_number (const char *s,
             guint       digits,
             int        *out)
{
  int n = 0;

  for (guint i = 0; i < digits; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return FALSE;
      n = n * 10 + (s[i] - '0');
    }
  *out = n;
  return TRUE;
}

/* Splits valid ISO text into its parts; month and day are 0 when not given. */
static gboolean
split_iso (const char *iso,
           int        *year,
           int        *month,
           int        *day)
{
  gsize len = iso != NULL ? strlen (iso) : 0;

  *year = *month = *day = 0;
  if (len != 4 && len != 7 && len != 10)
    return FALSE;
  if (!read_number (iso, 4, year) || *year < 1000)
    return FALSE;
  if (len >= 7 && (iso[4] != '-' || !read_number (iso + 5, 2, month) || *month < 1 || *month > 12))
    return FALSE;
  if (len == 10 && (iso[7] != '-' || !read_number (iso + 8, 2, day) ||
                    !g_date_valid_dmy (*day, *month, *year)))
    return FALSE;
  return TRUE;
}

gboolean
cp_partial_date_is_valid (const char *iso)
{
  int y, m, d;

  return split_iso (iso, &y, &m, &d);
}

gboolean
cp_partial_date_parse (const char  *text,
                       char       **iso,
                       GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (!cp_partial_date_is_valid (stripped))
    {
      g_set_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_FORMAT,
                   _("Write the date as year-month-day (2002-04-06), year-month (1998-05) or only the year (1962)."));
      return FALSE;
    }

  if (iso != NULL)
    *iso = g_steal_pointer (&stripped);
  return TRUE;
}

int
cp_partial_date_get_year (const char *iso)
{
  int y, m, d;

  return split_iso (iso, &y, &m, &d) ? y : 0;
}

int
cp_partial_date_compare (const char *a,
                         const char *b)
{
  gsize common;

  if (a == NULL || b == NULL)
    return (a != NULL) - (b != NULL);

  /* "2002" is neither before nor after "2002-04-06": compare what both say. */
  common = MIN (strlen (a), strlen (b));
  return strncmp (a, b, common);
}

gboolean
cp_partial_date_check_order (const char  *start,
                             const char  *end,
                             GError     **error)
{
  if (start == NULL || end == NULL || *start == '\0' || *end == '\0')
    return TRUE;

  if (cp_partial_date_compare (end, start) < 0)
    {
      g_set_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_ORDER,
                   _("The end date is before the start date."));
      return FALSE;
    }
  return TRUE;
}

/* Month names come from our own translations rather than the C library's locale,
 * so that a Dutch interface reads “mei 1998” even where no Dutch locale is
 * installed (LANG=C.UTF-8 LANGUAGE=nl). */
static const char *
month_name (int month)
{
  static const char * const names[] = {
    NC_("month name", "January"), NC_("month name", "February"), NC_("month name", "March"),
    NC_("month name", "April"), NC_("month name", "May"), NC_("month name", "June"),
    NC_("month name", "July"), NC_("month name", "August"), NC_("month name", "September"),
    NC_("month name", "October"), NC_("month name", "November"), NC_("month name", "December"),
  };

  return g_dpgettext2 (GETTEXT_PACKAGE, "month name", names[month - 1]);
}

static char *
format_with_month (GDateTime  *dt,
                   const char *format,
                   int         month)
{
  g_autofree char *escaped = NULL;
  g_auto(GStrv) parts = g_strsplit (format, "%B", -1);
  g_autoptr(GString) name = g_string_new (month_name (month));
  g_autofree char *joined = NULL;

  g_string_replace (name, "%", "%%", 0);
  joined = g_strjoinv (name->str, parts);
  return g_date_time_format (dt, joined);
}

char *
cp_partial_date_format (const char *iso)
{
  g_autoptr(GDateTime) dt = NULL;
  int y, m, d;

  if (!split_iso (iso, &y, &m, &d))
    return g_strdup (iso != NULL ? iso : "");

  if (m == 0)
    return g_strdup_printf ("%d", y);

  dt = g_date_time_new_utc (y, m, d == 0 ? 1 : d, 0, 0, 0);
  if (d == 0)
    /* Translators: a month and year, e.g. “May 1998”; see the strftime() manual (%B is the month's name) */
    return format_with_month (dt, _("%B %Y"), m);

  /* Translators: a full date, e.g. “6 April 2002”; see the strftime() manual (%B is the month's name) */
  return format_with_month (dt, _("%-d %B %Y"), m);
}

char *
cp_partial_date_format_period (const char *starts,
                               const char *ends)
{
  gboolean has_start = starts != NULL && *starts != '\0';
  gboolean has_end = ends != NULL && *ends != '\0';
  g_autofree char *from = has_start ? cp_partial_date_format (starts) : NULL;
  g_autofree char *to = has_end ? cp_partial_date_format (ends) : NULL;

  if (has_start && has_end)
    /* Translators: a period, e.g. “12 March 2007 – 20 March 2007” */
    return g_strdup_printf (_("%s – %s"), from, to);
  if (has_start)
    /* Translators: a period without an end, “since 1998” */
    return g_strdup_printf (_("since %s"), from);
  if (has_end)
    /* Translators: a period without a start, “until 2010” */
    return g_strdup_printf (_("until %s"), to);
  return g_strdup ("");
}

char *
cp_partial_date_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

gboolean
cp_partial_date_to_gdate (const char *iso,
                          GDate      *date)
{
  int y, m, d;

  if (!split_iso (iso, &y, &m, &d))
    return FALSE;
  g_date_clear (date, 1);
  g_date_set_dmy (date, d ? d : 1, m ? m : 1, y);
  return TRUE;
}

gboolean
cp_partial_date_to_last_gdate (const char *iso,
                               GDate      *date)
{
  int y, m, d;

  if (!split_iso (iso, &y, &m, &d))
    return FALSE;
  m = m ? m : 12;
  g_date_clear (date, 1);
  g_date_set_dmy (date, d ? d : g_date_get_days_in_month (m, y), m, y);
  return TRUE;
}
