/* cp-eligibility.h: which countries a funding programme accepts, and until when
 *
 * Funders choose their target countries, and change them: after 2007 Peru was no
 * longer a target country of VNG's LOGO South programme, which ran from 2005 to 2010.
 * A programme keeps its eligible countries as a strv of entries:
 *
 *   "NI"             Nicaragua, for the programme's whole life
 *   "PE<2007-12-31"  Peru, until that day inclusive
 *
 * in ISO 3166-1 alpha-2 codes. An empty list means that every country is eligible.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Reads what a user types, “Nicaragua, ZA, Peru until 2007-12-31”: country names in the
 * interface language or two-letter codes, separated by commas, each optionally followed
 * by “until” (translated; the English word is always accepted) and the last eligible
 * day. Names match without regard to case or accents (“peru” is Perú), and a name's
 * part before its comma does too (“Bolivia, Plurinational State of”). Blank text gives
 * an empty list. On success *@entries is a new strv in the stored form, in the order
 * typed; an unknown country, a bad date or a country listed twice gives a
 * CP_VALIDATION_ERROR that names the piece. */
gboolean  cp_eligibility_parse    (const char          *text,
                                   GStrv               *entries,
                                   GError             **error);
/* “Nicaragua, South Africa, Peru until 2007-12-31” in the interface language, in the
 * order stored; "" for an empty list (every country). cp_eligibility_parse() reads it
 * back. */
char     *cp_eligibility_format   (const char * const  *entries);
/* Checks stored entries: known codes, days that exist, no country twice. */
gboolean  cp_eligibility_validate (const char * const  *entries,
                                   GError             **error);
/* Whether @country (alpha-2) is eligible on @today (an ISO day), and for how many whole
 * months (rounded down) from @today it stays eligible: until the earlier of the
 * programme's end @ends_on (ISO, "" or NULL for open-ended; “2010” means its last day)
 * and the country's own last day. A programme that has not started yet still counts
 * from @today; @starts_on only matters when the country's last day comes before it.
 * *@months is -1 when neither limits it, and 0 when it returns FALSE: the country is
 * not listed, or its last day has passed. */
gboolean  cp_eligibility_runway   (const char * const  *entries,
                                   const char          *starts_on,
                                   const char          *ends_on,
                                   const char          *country,
                                   const char          *today,
                                   int                 *months);

G_END_DECLS
