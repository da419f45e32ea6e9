/* cp-ical.h: delegation visits as an iCalendar file (RFC 5545)
 *
 * One all-day event per visit, one timed event per programme item in the time
 * zone of the destination, with the VTIMEZONE each zone needs. A hand-written
 * writer: CRLF line ends, lines folded at 75 octets between UTF-8 characters,
 * TEXT escaped (RFC 5545 §3.1, §3.3.11).
 *
 * UIDs are “visit-ID@io.github.counterpart.Counterpart” and
 * “programme-ID@io.github.counterpart.Counterpart”: the same record keeps its
 * UID from one export to the next, wherever the workspace file is moved, so a
 * calendar that imports the file again updates the events instead of doubling
 * them. The workspace has no identity of its own yet, so records of two
 * different workspaces imported into one calendar can share a UID.
 *
 * A destination without a time zone, or with one that GLib does not know (the
 * municipality editor refuses those, but an older or hand-edited file may hold
 * one), gets floating times: the programme's clock times without a TZID, which
 * a calendar shows as they are, wherever it is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "store/cp-store.h"

G_BEGIN_DECLS

/* The calendar of @visits (CpVisit), with their programmes, delegations and
 * partnerships read from @store. @dtstamp_utc is the DTSTAMP of every event, as
 * “20261122T120000Z”; NULL for now. An empty @visits gives a calendar without
 * events, which RFC 5545 does not allow: callers say so instead. */
char     *cp_ical_write_visits (CpStore     *store,
                                GListModel  *visits,
                                const char  *dtstamp_utc,
                                GError     **error);

/* Writes the calendar of @visits to @path through a temporary file in the same
 * folder, renamed over @path at the end: a file that was there is replaced
 * whole or, on any error, left as it was. */
gboolean  cp_ical_export_file  (CpStore     *store,
                                GListModel  *visits,
                                const char  *path,
                                GError     **error);

G_END_DECLS
