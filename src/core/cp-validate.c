/* cp-validate.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "cp-country.h"
#include "cp-partial-date.h"
#include "cp-record.h"
#include "cp-validate.h"

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

gboolean
cp_validate_required (const char  *text,
                      const char  *message,
                      GError     **error)
{
  if (is_blank (text))
    {
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_REQUIRED, message);
      return FALSE;
    }
  return TRUE;
}

gboolean
cp_validate_date (const char  *iso,
                  GError     **error)
{
  /* Not cp_partial_date_parse(): it trims, and “ 2002” kept as it is would sort
   * before “2001” and slip past the order checks. */
  if (!cp_partial_date_is_valid (iso))
    {
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_FORMAT,
                           _("Write the date as year-month-day (2002-04-06), year-month (1998-05) or only the year (1962)."));
      return FALSE;
    }
  return TRUE;
}

gboolean
cp_validate_optional_date (const char  *iso,
                           GError     **error)
{
  if (iso == NULL || *iso == '\0')
    return TRUE;
  return cp_validate_date (iso, error);
}

gboolean
cp_validate_country (const char  *code,
                     GError     **error)
{
  if (!cp_validate_required (code, _("Choose the country."), error))
    return FALSE;

  if (!cp_country_is_known (code))
    {
      g_set_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_UNKNOWN_CODE,
                   _("“%s” is not an ISO 3166 country code. Use two letters, such as NL, PE, NI or ZA."),
                   code);
      return FALSE;
    }
  return TRUE;
}

gboolean
cp_validate_time_zone (const char  *identifier,
                       GError     **error)
{
  g_autoptr(GTimeZone) tz = NULL;

  if (identifier == NULL || *identifier == '\0')
    return TRUE;

  tz = g_time_zone_new_identifier (identifier);
  if (tz == NULL)
    {
      g_set_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_UNKNOWN_CODE,
                   _("“%s” is not a known time zone. Use a name such as Europe/Amsterdam, America/Lima or Africa/Johannesburg."),
                   identifier);
      return FALSE;
    }
  return TRUE;
}

gboolean
cp_validate_day (const char  *iso,
                 GError     **error)
{
  if (iso == NULL || strlen (iso) != 10 || !cp_partial_date_is_valid (iso))
    {
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_FORMAT,
                           _("Write the day as year-month-day, such as 2007-03-12."));
      return FALSE;
    }
  return TRUE;
}

gboolean
cp_validate_optional_day (const char  *iso,
                          GError     **error)
{
  if (iso == NULL || *iso == '\0')
    return TRUE;
  return cp_validate_day (iso, error);
}

gboolean
cp_validate_optional_time (const char  *text,
                           GError     **error)
{
  if (text == NULL || *text == '\0')
    return TRUE;
  if (strlen (text) != 5 || text[2] != ':' || !g_ascii_isdigit (text[0]) || !g_ascii_isdigit (text[1]) ||
      !g_ascii_isdigit (text[3]) || !g_ascii_isdigit (text[4]) ||
      (text[0] - '0') * 10 + (text[1] - '0') > 23 || (text[3] - '0') * 10 + (text[4] - '0') > 59)
    {
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_FORMAT,
                           _("Write the time as hours and minutes, such as 09:30 or 14:00."));
      return FALSE;
    }
  return TRUE;
}

gboolean
cp_validate_moment (const char  *text,
                    GError     **error)
{
  g_autofree char *day = NULL;

  if (text == NULL || *text == '\0')
    return TRUE;
  if (strlen (text) != 16 || text[10] != ' ')
    {
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_FORMAT,
                           _("Write the moment as a day and a time, such as 2026-03-15 17:00."));
      return FALSE;
    }
  day = g_strndup (text, 10);
  return cp_validate_day (day, error) && cp_validate_optional_time (text + 11, error);
}

gboolean
cp_validate_rate (const char  *currency,
                  const char  *base_currency,
                  gint64       rate,
                  GError     **error)
{
  if (base_currency == NULL || *base_currency == '\0' || g_strcmp0 (currency, base_currency) == 0)
    return TRUE;
  if (rate <= 0)
    {
      g_set_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_OUT_OF_RANGE,
                   /* Translators: “how many PEN make one USD”, an exchange rate */
                   _("Enter the exchange rate above zero: how many %s make one %s."),
                   currency ? currency : "", base_currency);
      return FALSE;
    }
  return TRUE;
}
