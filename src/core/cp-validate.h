/* cp-validate.h: checks shared by the records' fields
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean cp_validate_required       (const char  *text,
                                     const char  *message,
                                     GError     **error);
/* A date as a field holds it: ISO text of its own precision, not merely text
 * that cp_partial_date_parse() would accept. */
gboolean cp_validate_date           (const char  *iso,
                                     GError     **error);
gboolean cp_validate_optional_date  (const char  *iso,
                                     GError     **error);
/* A day: ISO text to the day (2007-03-12), for periods that need one. */
gboolean cp_validate_day            (const char  *iso,
                                     GError     **error);
gboolean cp_validate_optional_day   (const char  *iso,
                                     GError     **error);
/* A time of day, “09:30”; empty is allowed. */
gboolean cp_validate_optional_time  (const char  *text,
                                     GError     **error);
gboolean cp_validate_country        (const char  *code,
                                     GError     **error);
gboolean cp_validate_time_zone      (const char  *identifier,
                                     GError     **error);

/* A moment written “2026-03-15 17:00” (its time zone is kept beside it), or empty. */
gboolean cp_validate_moment         (const char  *text,
                                     GError     **error);

/* Exchange rates are kept in millionths: 3.30 soles to the dollar is 3300000. */
#define CP_RATE_ONE G_GINT64_CONSTANT (1000000)

/* A rate from @currency to @base_currency must be above zero, unless they are the
 * same currency (or there is no base currency). */
gboolean cp_validate_rate           (const char  *currency,
                                     const char  *base_currency,
                                     gint64       rate,
                                     GError     **error);

G_END_DECLS
