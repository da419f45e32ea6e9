/* cp-partial-date.h: dates known to the year, the month or the day
 *
 * The study dates many facts by year only ("First (informal) contacts: 1962") or by
 * month ("May 1998"). Such a date is kept as ISO 8601 text of its own precision:
 * "1962", "1998-05", "2002-04-06"; ISO text sorts in time order.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  cp_partial_date_parse    (const char  *text,
                                    char       **iso,
                                    GError     **error);
gboolean  cp_partial_date_is_valid (const char  *iso);
int       cp_partial_date_get_year (const char  *iso);
int       cp_partial_date_compare  (const char  *a,
                                    const char  *b);
char     *cp_partial_date_format   (const char  *iso);
/* “12 March 2007 – 20 March 2007”, “since 1998”, “until 2010”; "" when both ends
 * are empty. */
char     *cp_partial_date_format_period (const char *starts,
                                         const char *ends);
gboolean  cp_partial_date_check_order (const char  *start,
                                       const char  *end,
                                       GError     **error);
char     *cp_partial_date_today    (void);
/* The first day a partial date can mean (“1998-05” → 1 May 1998). */
gboolean  cp_partial_date_to_gdate (const char  *iso,
                                    GDate       *date);
/* The last day it can mean (“2010” → 31 December 2010, “2008-02” → 29 February 2008). */
gboolean  cp_partial_date_to_last_gdate (const char *iso,
                                         GDate      *date);

G_END_DECLS
