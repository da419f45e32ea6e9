/* cp-ical.c: delegation visits as an iCalendar file (RFC 5545)
 *
 * The events are written first, into a buffer of their own, and the time zones
 * they use are noted with the first and last instant they need; the VTIMEZONEs
 * then go before the events, since some readers resolve a TZID only with the
 * definitions they have already read. Each VTIMEZONE has one STANDARD or
 * DAYLIGHT observance per interval of GLib's GTimeZone that the events touch,
 * each with the onset of its interval: no RRULE to get wrong, and nothing
 * beyond the events' dates.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "cp-enum-types.h"
#include "core/cp-country.h"
#include "core/cp-language.h"
#include "exchange/cp-ical.h"

/* The right-hand side of every UID: fixed, so that a record keeps its UID
 * (see cp-ical.h). The application's ID without the .Devel of development builds. */
#define UID_DOMAIN "io.github.counterpart.Counterpart"

/* RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
#define FOLD_OCTETS 75

/* How far back the onset of a time zone's interval is looked for: 1800-01-01. */
#define EARLIEST_ONSET G_GINT64_CONSTANT (-5364662400)

/* A programme item without an end time lasts this long. */
#define DEFAULT_DURATION "PT1H"
#define DEFAULT_DURATION_SECONDS 3600

typedef struct
{
  GTimeZone *tz;
  gint64     first;  /* the earliest and latest instant (UTC seconds) of the events */
  gint64     last;
} ZoneUse;

typedef struct
{
  CpStore    *store;
  char       *dtstamp;
  GHashTable *municipalities;  /* gint64 id → CpMunicipality */
  GHashTable *partnerships;    /* gint64 id → CpPartnership */
  GHashTable *people;          /* gint64 id → CpPerson */
  GHashTable *zones;           /* identifier → ZoneUse */
  GString    *events;
} Writer;

static void
zone_use_free (ZoneUse *use)
{
  g_time_zone_unref (use->tz);
  g_free (use);
}

static void
writer_init (Writer     *w,
             CpStore    *store,
             const char *dtstamp_utc)
{
  w->store = store;
  if (dtstamp_utc != NULL)
    w->dtstamp = g_strdup (dtstamp_utc);
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

      w->dtstamp = g_date_time_format (now, "%Y%m%dT%H%M%SZ");
    }
  w->municipalities = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  w->partnerships = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  w->people = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  w->zones = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) zone_use_free);
  w->events = g_string_new (NULL);
}

static void
writer_clear (Writer *w)
{
  g_clear_pointer (&w->dtstamp, g_free);
  g_clear_pointer (&w->municipalities, g_hash_table_unref);
  g_clear_pointer (&w->partnerships, g_hash_table_unref);
  g_clear_pointer (&w->people, g_hash_table_unref);
  g_clear_pointer (&w->zones, g_hash_table_unref);
  if (w->events != NULL)
    g_string_free (g_steal_pointer (&w->events), TRUE);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Writer, writer_clear)

/* Records, each read once */

static gint64 *
dup_id (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

static CpMunicipality *
find_municipality (Writer  *w,
                   gint64   id,
                   GError **error)
{
  CpMunicipality *municipality = g_hash_table_lookup (w->municipalities, &id);

  if (municipality == NULL && (municipality = cp_store_get_municipality (w->store, id, error)) != NULL)
    g_hash_table_insert (w->municipalities, dup_id (id), municipality);
  return municipality;
}

static CpPartnership *
find_partnership (Writer  *w,
                  gint64   id,
                  GError **error)
{
  CpPartnership *partnership = g_hash_table_lookup (w->partnerships, &id);

  if (partnership == NULL && (partnership = cp_store_get_partnership (w->store, id, error)) != NULL)
    g_hash_table_insert (w->partnerships, dup_id (id), partnership);
  return partnership;
}

static CpPerson *
find_person (Writer  *w,
             gint64   id,
             GError **error)
{
  CpPerson *person = g_hash_table_lookup (w->people, &id);

  if (person == NULL && (person = cp_store_get_person (w->store, id, error)) != NULL)
    g_hash_table_insert (w->people, dup_id (id), person);
  return person;
}

/* Content lines */

/* Ends @line with CRLF, folded so that no line is longer than 75 octets and no
 * fold falls inside a UTF-8 sequence: a fold goes before a lead byte. */
static void
append_folded (GString    *out,
               const char *line,
               gsize       length)
{
  gsize pos = 0;
  gsize room = FOLD_OCTETS;

  while (length - pos > room)
    {
      gsize cut = pos + room;

      while (cut > pos + 1 && ((guchar) line[cut] & 0xC0) == 0x80)
        cut--;
      g_string_append_len (out, line + pos, cut - pos);
      g_string_append (out, "\r\n ");
      pos = cut;
      room = FOLD_OCTETS - 1;  /* the space that marks the fold counts */
    }
  g_string_append_len (out, line + pos, length - pos);
  g_string_append (out, "\r\n");
}

/* RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks escaped; other
 * control characters are not allowed in TEXT and are left out. */
static void
append_escaped (GString    *line,
                const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);

  for (const char *p = valid; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\':
          g_string_append (line, "\\\\");
          break;
        case ';':
          g_string_append (line, "\\;");
          break;
        case ',':
          g_string_append (line, "\\,");
          break;
        case '\r':
          if (p[1] == '\n')
            p++;
          g_string_append (line, "\\n");
          break;
        case '\n':
          g_string_append (line, "\\n");
          break;
        default:
          if (((guchar) *p < 0x20 && *p != '\t') || *p == 0x7F)
            break;
          g_string_append_c (line, *p);
        }
    }
}

/* NAME(;PARAMETERS):VALUE, the value as it goes in the file. */
static void
add_property (GString    *out,
              const char *name,
              const char *value)
{
  g_autoptr(GString) line = g_string_new (name);

  g_string_append_c (line, ':');
  g_string_append (line, value);
  append_folded (out, line->str, line->len);
}

/* A TEXT property; left out when @text is empty. */
static void
add_text (GString    *out,
          const char *name,
          const char *text)
{
  g_autoptr(GString) line = NULL;

  if (text == NULL || *text == '\0')
    return;
  line = g_string_new (name);
  g_string_append_c (line, ':');
  append_escaped (line, text);
  append_folded (out, line->str, line->len);
}

/* A list of TEXT values (CATEGORIES); left out when empty. */
static void
add_text_list (GString    *out,
               const char *name,
               GPtrArray  *texts)
{
  g_autoptr(GString) line = NULL;

  if (texts->len == 0)
    return;
  line = g_string_new (name);
  g_string_append_c (line, ':');
  for (guint i = 0; i < texts->len; i++)
    {
      if (i > 0)
        g_string_append_c (line, ',');
      append_escaped (line, g_ptr_array_index (texts, i));
    }
  append_folded (out, line->str, line->len);
}

/* Dates and times */

/* The number in @n_digits ASCII digits at @text. */
static gboolean
read_number (const char *text,
             guint       n_digits,
             guint      *value)
{
  *value = 0;
  for (guint i = 0; i < n_digits; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      *value = *value * 10 + g_ascii_digit_value (text[i]);
    }
  return TRUE;
}

/* “2007-03-12”, as days are stored. */
static gboolean
parse_day (const char *text,
           GDate      *date)
{
  guint year, month, day;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-' ||
      !read_number (text, 4, &year) || !read_number (text + 5, 2, &month) || !read_number (text + 8, 2, &day) ||
      !g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

/* “09:30” as the programme stores it, in minutes; FALSE for an empty or unreadable time. */
static gboolean
parse_time (const char *text,
            int        *minutes)
{
  guint hour, minute;

  if (text == NULL || strlen (text) != 5 || text[2] != ':' ||
      !read_number (text, 2, &hour) || !read_number (text + 3, 2, &minute) ||
      hour > 23 || minute > 59)
    return FALSE;
  *minutes = hour * 60 + minute;
  return TRUE;
}

static char *
format_date (const GDate *date)
{
  return g_strdup_printf ("%04u%02u%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

static char *
format_local_time (const GDate *date,
                   int          minutes)
{
  return g_strdup_printf ("%04u%02u%02uT%02d%02d00", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date), minutes / 60, minutes % 60);
}

/* ±HHMM, or ±HHMMSS for the odd local mean time. */
static char *
format_utc_offset (gint32 offset)
{
  char sign = offset < 0 ? '-' : '+';
  gint32 magnitude = ABS (offset);

  if (magnitude % 60 != 0)
    return g_strdup_printf ("%c%02d%02d%02d", sign, magnitude / 3600, magnitude / 60 % 60, magnitude % 60);
  return g_strdup_printf ("%c%02d%02d", sign, magnitude / 3600, magnitude / 60 % 60);
}

/* Time zones */

/* A TZID parameter may hold anything but control characters and DQUOTE;
 * GLib's identifiers are IANA names, offsets (“+05:30”) and POSIX rules. */
static gboolean
is_usable_tzid (const char *identifier)
{
  for (const char *p = identifier; *p != '\0'; p++)
    if ((guchar) *p < 0x20 || *p == 0x7F || *p == '"')
      return FALSE;
  return g_utf8_validate (identifier, -1, NULL);
}

/* The zone of @destination, noted for its VTIMEZONE; NULL for floating times. */
static ZoneUse *
find_zone (Writer         *w,
           CpMunicipality *destination,
           const char    **identifier)
{
  const char *name = cp_municipality_get_time_zone (destination);
  gpointer key, value;
  ZoneUse *use;
  GTimeZone *tz;

  if (name == NULL || *name == '\0' || !is_usable_tzid (name))
    return NULL;
  if (g_hash_table_lookup_extended (w->zones, name, &key, &value))
    {
      *identifier = key;
      return value;
    }
  if ((tz = g_time_zone_new_identifier (name)) == NULL)
    return NULL;

  use = g_new0 (ZoneUse, 1);
  use->tz = tz;
  use->first = G_MAXINT64;
  use->last = G_MININT64;
  key = g_strdup (name);
  g_hash_table_insert (w->zones, key, use);
  *identifier = key;
  return use;
}

static gint64
local_to_unix (GTimeZone   *tz,
               const GDate *date,
               int          minutes)
{
  g_autoptr(GDateTime) time = g_date_time_new (tz, g_date_get_year (date), g_date_get_month (date),
                                               g_date_get_day (date), minutes / 60, minutes % 60, 0);

  return time != NULL ? g_date_time_to_unix (time) : 0;
}

static void
zone_use_note (ZoneUse *use,
               gint64   from,
               gint64   until)
{
  use->first = MIN (use->first, from);
  use->last = MAX (use->last, until);
}

static int
interval_at (GTimeZone *tz,
             gint64     time)
{
  return g_time_zone_find_interval (tz, G_TIME_TYPE_UNIVERSAL, time);
}

/* The first second after @early in interval @target or a later one, given that
 * @late is: interval numbers only grow with time, so halving finds it. */
static gint64
bisect (GTimeZone *tz,
        gint64     early,
        gint64     late,
        int        target)
{
  while (late - early > 1)
    {
      gint64 middle = early + (late - early) / 2;

      if (interval_at (tz, middle) >= target)
        late = middle;
      else
        early = middle;
    }
  return late;
}

/* The first second of the interval that holds @time; FALSE when it holds all
 * time back to EARLIEST_ONSET (a zone without transitions). */
static gboolean
find_onset (GTimeZone *tz,
            gint64     time,
            gint64    *onset)
{
  int interval = interval_at (tz, time);
  gint64 step = 3600;

  for (;;)
    {
      gint64 before = time - EARLIEST_ONSET > step ? time - step : EARLIEST_ONSET;

      if (interval_at (tz, before) != interval)
        {
          *onset = bisect (tz, before, time, interval);
          return TRUE;
        }
      if (before == EARLIEST_ONSET)
        return FALSE;
      step *= 2;
    }
}

/* The first second after @time in another interval, if it comes by @until. */
static gboolean
find_next_transition (GTimeZone *tz,
                      gint64     time,
                      gint64     until,
                      gint64    *transition)
{
  int interval = interval_at (tz, time);
  gint64 step = 3600;

  if (time >= until)
    return FALSE;
  for (;;)
    {
      gint64 after = until - time > step ? time + step : until;

      if (interval_at (tz, after) != interval)
        {
          *transition = bisect (tz, time, after, interval + 1);
          return TRUE;
        }
      if (after == until)
        return FALSE;
      step *= 2;
    }
}

static gboolean
same_observance (GTimeZone *tz,
                 int        a,
                 int        b)
{
  return g_time_zone_get_offset (tz, a) == g_time_zone_get_offset (tz, b) &&
         g_time_zone_is_dst (tz, a) == g_time_zone_is_dst (tz, b) &&
         g_strcmp0 (g_time_zone_get_abbreviation (tz, a), g_time_zone_get_abbreviation (tz, b)) == 0;
}

/* One STANDARD or DAYLIGHT: @onset_local is the onset in the local time before
 * it (TZOFFSETFROM), as RFC 5545 §3.6.5 has it. */
static void
append_observance (GString    *out,
                   GTimeZone  *tz,
                   int         interval,
                   const char *onset_local,
                   gint32      offset_from)
{
  const char *kind = g_time_zone_is_dst (tz, interval) ? "DAYLIGHT" : "STANDARD";
  g_autofree char *from = format_utc_offset (offset_from);
  g_autofree char *to = format_utc_offset (g_time_zone_get_offset (tz, interval));

  add_property (out, "BEGIN", kind);
  add_property (out, "DTSTART", onset_local);
  add_property (out, "TZOFFSETFROM", from);
  add_property (out, "TZOFFSETTO", to);
  add_text (out, "TZNAME", g_time_zone_get_abbreviation (tz, interval));
  add_property (out, "END", kind);
}

static char *
format_onset (gint64 onset,
              gint32 offset_from)
{
  g_autoptr(GDateTime) local = g_date_time_new_from_unix_utc (onset + offset_from);

  return g_date_time_format (local, "%Y%m%dT%H%M%S");
}

/* The VTIMEZONE of @identifier: the observances from @use->first to @use->last.
 * One that starts in summer time begins with the standard time before it: the
 * zone then says what its standard offset is, which readers that work out the
 * daylight saving from the VTIMEZONE need (python3-icalendar 4 fails without). */
static void
append_time_zone (GString    *out,
                  const char *identifier,
                  ZoneUse    *use)
{
  GTimeZone *tz = use->tz;
  gint64 time = use->first;
  int interval = interval_at (tz, time);
  gint64 onset, transition;

  for (guint step = 0; step < 4 && g_time_zone_is_dst (tz, interval) && find_onset (tz, time, &onset); step++)
    {
      time = onset - 1;
      interval = interval_at (tz, time);
    }

  add_property (out, "BEGIN", "VTIMEZONE");
  add_text (out, "TZID", identifier);

  if (find_onset (tz, time, &onset))
    {
      gint32 offset_from = g_time_zone_get_offset (tz, interval_at (tz, onset - 1));
      g_autofree char *local = format_onset (onset, offset_from);

      append_observance (out, tz, interval, local, offset_from);
    }
  else
    /* Always the same offset: an onset before the events will do. */
    append_observance (out, tz, interval, time >= 0 ? "19700101T000000" : "16010101T000000",
                       g_time_zone_get_offset (tz, interval));

  while (find_next_transition (tz, time, use->last, &transition))
    {
      int next = interval_at (tz, transition);

      if (!same_observance (tz, interval, next))
        {
          gint32 offset_from = g_time_zone_get_offset (tz, interval);
          g_autofree char *local = format_onset (transition, offset_from);

          append_observance (out, tz, next, local, offset_from);
        }
      interval = next;
      time = transition;
    }

  add_property (out, "END", "VTIMEZONE");
}

/* Events */

static const char *
status_of (CpVisitStatus status)
{
  switch (status)
    {
    case CP_VISIT_STATUS_IDEA:
    case CP_VISIT_STATUS_PLANNED:
      return "TENTATIVE";
    case CP_VISIT_STATUS_CONFIRMED:
    case CP_VISIT_STATUS_DONE:
      return "CONFIRMED";
    case CP_VISIT_STATUS_CANCELLED:
      return "CANCELLED";
    default:
      return "TENTATIVE";
    }
}

static char *
dup_uid (const char *kind,
         CpRecord   *record)
{
  return g_strdup_printf ("%s-%" G_GINT64_FORMAT "@" UID_DOMAIN, kind, cp_record_get_id (record));
}

/* “León, Nicaragua”: where the destination is, for LOCATION. */
static char *
dup_location (CpMunicipality *municipality)
{
  const char *country = cp_municipality_get_country (municipality);

  if (country == NULL || *country == '\0')
    return g_strdup (cp_municipality_get_name (municipality));
  /* Translators: the place of a visit in a calendar: a municipality, then its country (“León, Nicaragua”) */
  return g_strdup_printf (_("%s, %s"), cp_municipality_get_name (municipality), cp_country_get_name (country));
}

static char *
dup_delegation (Writer   *w,
                CpVisit  *visit,
                GError  **error)
{
  g_autoptr(GListModel) delegates = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  if (!(delegates = cp_store_list_delegates (w->store, cp_record_get_id (CP_RECORD (visit)), error)))
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (delegates); i++)
    {
      g_autoptr(CpDelegate) delegate = g_list_model_get_item (delegates, i);
      CpPerson *person = find_person (w, cp_delegate_get_person_id (delegate), error);

      if (person == NULL)
        return NULL;
      if (i > 0)
        g_string_append (text, ", ");
      /* Translators: a member of a delegation and their role, “Ana Pérez (Leader)” */
      g_string_append_printf (text, _("%s (%s)"), cp_person_get_name (person),
                              cp_delegate_role_to_label (cp_delegate_get_role (delegate)));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GPtrArray *
dup_modality_labels (CpVisit *visit)
{
  const char * const *modalities = cp_visit_get_modalities (visit);
  GPtrArray *labels = g_ptr_array_new ();

  for (guint i = 0; modalities != NULL && modalities[i] != NULL; i++)
    {
      int value;

      if (cp_enum_from_nick (CP_TYPE_EXCHANGE_MODALITY, modalities[i], &value))
        g_ptr_array_add (labels, (gpointer) cp_exchange_modality_to_label (value));
    }
  return labels;
}

G_GNUC_PRINTF (2, 3)
static void
append_description_line (GString    *description,
                         const char *format,
                         ...)
{
  va_list args;

  if (description->len > 0)
    g_string_append_c (description, '\n');
  va_start (args, format);
  g_string_append_vprintf (description, format, args);
  va_end (args);
}

static gboolean
append_visit (Writer          *w,
              CpVisit         *visit,
              CpMunicipality  *origin,
              CpMunicipality  *destination,
              const GDate     *starts_on,
              const GDate     *ends_on,
              GError         **error)
{
  CpPartnership *partnership;
  g_autofree char *uid = dup_uid ("visit", CP_RECORD (visit));
  g_autofree char *title = NULL;
  g_autofree char *delegation = NULL;
  g_autofree char *location = dup_location (destination);
  g_autofree char *first_day = format_date (starts_on);
  g_autofree char *day_after = NULL;
  g_autoptr(GPtrArray) modalities = dup_modality_labels (visit);
  g_autoptr(GString) description = g_string_new (NULL);
  GDate end = *ends_on;

  if (!(partnership = find_partnership (w, cp_visit_get_partnership_id (visit), error)) ||
      !(delegation = dup_delegation (w, visit, error)))
    return FALSE;
  title = cp_partnership_dup_title (partnership);
  /* All-day events end on the day after their last (RFC 5545 §3.6.1). */
  g_date_add_days (&end, 1);
  day_after = format_date (&end);

  /* Translators: a line of a visit's description in a calendar; %s is the partnership, “Utrecht – León” */
  append_description_line (description, _("Partnership: %s"), title);
  /* Translators: a line of a visit's description in a calendar; %s is “Outgoing” or “Incoming” */
  append_description_line (description, _("Direction: %s"),
                           cp_visit_direction_to_label (cp_visit_get_direction (visit)));
  /* Translators: a line of a visit's description in a calendar: where the delegation travels from and to */
  append_description_line (description, _("From %s to %s"),
                           cp_municipality_get_name (origin), cp_municipality_get_name (destination));
  if (*delegation != '\0')
    /* Translators: a line of a visit's description in a calendar: its members and their roles */
    append_description_line (description, _("Delegation: %s"), delegation);
  if (modalities->len > 0)
    {
      g_autoptr(GString) joined = g_string_new (NULL);

      for (guint i = 0; i < modalities->len; i++)
        {
          if (i > 0)
            g_string_append (joined, ", ");
          g_string_append (joined, g_ptr_array_index (modalities, i));
        }
      /* Translators: a line of a visit's description in a calendar: the kinds of exchange, “Field visits, Coaching” */
      append_description_line (description, _("Exchange: %s"), joined->str);
    }
  /* Translators: a line of a visit's description in a calendar; %s is “Planned”, “Confirmed”… */
  append_description_line (description, _("Status: %s"), cp_visit_status_to_label (cp_visit_get_status (visit)));

  add_property (w->events, "BEGIN", "VEVENT");
  add_text (w->events, "UID", uid);
  add_property (w->events, "DTSTAMP", w->dtstamp);
  add_property (w->events, "DTSTART;VALUE=DATE", first_day);
  add_property (w->events, "DTEND;VALUE=DATE", day_after);
  add_text (w->events, "SUMMARY", cp_visit_get_purpose (visit));
  add_text (w->events, "DESCRIPTION", description->str);
  add_text (w->events, "LOCATION", location);
  add_property (w->events, "STATUS", status_of (cp_visit_get_status (visit)));
  add_text_list (w->events, "CATEGORIES", modalities);
  add_property (w->events, "END", "VEVENT");
  return TRUE;
}

/* DTSTART;TZID="…":… or, with a NULL @identifier, a floating DTSTART:… */
static char *
dup_time_property (const char *name,
                   const char *identifier)
{
  if (identifier == NULL)
    return g_strdup (name);
  if (strpbrk (identifier, ":;,") != NULL)
    return g_strdup_printf ("%s;TZID=\"%s\"", name, identifier);
  return g_strdup_printf ("%s;TZID=%s", name, identifier);
}

static void
append_programme_item (Writer          *w,
                       CpVisit         *visit,
                       CpMunicipality  *destination,
                       CpProgrammeItem *item)
{
  g_autofree char *uid = dup_uid ("programme", CP_RECORD (item));
  g_autofree char *visit_uid = dup_uid ("visit", CP_RECORD (visit));
  g_autoptr(GString) description = g_string_new (NULL);
  const char *contact = cp_programme_item_get_contact (item);
  const char *language = cp_programme_item_get_language (item);
  GDate date;
  int starts, ends;
  gboolean timed, has_end;

  if (!parse_day (cp_programme_item_get_date (item), &date))
    return;  /* the schema and the editor allow none such; nothing to place */
  timed = parse_time (cp_programme_item_get_starts_at (item), &starts);
  has_end = timed && parse_time (cp_programme_item_get_ends_at (item), &ends) && ends >= starts;

  if (*contact != '\0')
    /* Translators: a line of a programme item's description in a calendar: who to see or ask */
    append_description_line (description, _("Contact: %s"), contact);
  if (*language != '\0')
    {
      g_autofree char *name = cp_language_dup_name (language);

      /* Translators: a line of a programme item's description in a calendar: the language it is held in */
      append_description_line (description, _("Language: %s"), name);
    }
  /* Translators: a line of a programme item's description in a calendar: the purpose of the visit it belongs to */
  append_description_line (description, _("Visit: %s"), cp_visit_get_purpose (visit));

  add_property (w->events, "BEGIN", "VEVENT");
  add_text (w->events, "UID", uid);
  add_property (w->events, "DTSTAMP", w->dtstamp);
  if (timed)
    {
      const char *identifier = NULL;
      ZoneUse *use = find_zone (w, destination, &identifier);
      g_autofree char *dtstart = dup_time_property ("DTSTART", identifier);
      g_autofree char *start = format_local_time (&date, starts);

      add_property (w->events, dtstart, start);
      if (has_end)
        {
          g_autofree char *dtend = dup_time_property ("DTEND", identifier);
          g_autofree char *end = format_local_time (&date, ends);

          add_property (w->events, dtend, end);
        }
      else
        add_property (w->events, "DURATION", DEFAULT_DURATION);

      if (use != NULL)
        {
          gint64 from = local_to_unix (use->tz, &date, starts);
          gint64 until = has_end ? local_to_unix (use->tz, &date, ends) : from + DEFAULT_DURATION_SECONDS;

          zone_use_note (use, from, MAX (from, until));
        }
    }
  else
    {
      /* No time: the whole day. */
      g_autofree char *day = format_date (&date);
      g_autofree char *day_after = NULL;
      GDate next = date;

      g_date_add_days (&next, 1);
      day_after = format_date (&next);
      add_property (w->events, "DTSTART;VALUE=DATE", day);
      add_property (w->events, "DTEND;VALUE=DATE", day_after);
    }
  add_text (w->events, "SUMMARY", cp_programme_item_get_activity (item));
  add_text (w->events, "DESCRIPTION", description->str);
  add_text (w->events, "LOCATION", cp_programme_item_get_place (item));
  add_property (w->events, "STATUS", status_of (cp_visit_get_status (visit)));
  add_text (w->events, "RELATED-TO", visit_uid);
  add_property (w->events, "END", "VEVENT");
}

static gboolean
append_visit_and_programme (Writer   *w,
                            CpVisit  *visit,
                            GError  **error)
{
  g_autoptr(GListModel) items = NULL;
  CpMunicipality *origin, *destination;
  GDate starts_on, ends_on;

  if (!parse_day (cp_visit_get_starts_on (visit), &starts_on) ||
      !parse_day (cp_visit_get_ends_on (visit), &ends_on) ||
      g_date_compare (&starts_on, &ends_on) > 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   /* Translators: %s is the purpose of a visit; it cannot go in a calendar */
                   _("The visit “%s” has no valid dates."), cp_visit_get_purpose (visit));
      return FALSE;
    }
  if (!(origin = find_municipality (w, cp_visit_get_origin_id (visit), error)) ||
      !(destination = find_municipality (w, cp_visit_get_destination_id (visit), error)) ||
      !append_visit (w, visit, origin, destination, &starts_on, &ends_on, error) ||
      !(items = cp_store_list_programme_items (w->store, cp_record_get_id (CP_RECORD (visit)), error)))
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(CpProgrammeItem) item = g_list_model_get_item (items, i);

      append_programme_item (w, visit, destination, item);
    }
  return TRUE;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (a, b);
}

char *
cp_ical_write_visits (CpStore     *store,
                      GListModel  *visits,
                      const char  *dtstamp_utc,
                      GError     **error)
{
  g_auto(Writer) w = { 0 };
  g_autoptr(GList) identifiers = NULL;
  GString *out;

  g_return_val_if_fail (CP_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (visits), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  writer_init (&w, store, dtstamp_utc);
  for (guint i = 0; i < g_list_model_get_n_items (visits); i++)
    {
      g_autoptr(CpVisit) visit = g_list_model_get_item (visits, i);

      if (!append_visit_and_programme (&w, visit, error))
        return NULL;
    }

  out = g_string_new (NULL);
  add_property (out, "BEGIN", "VCALENDAR");
  add_property (out, "VERSION", "2.0");
  add_property (out, "PRODID", "-//Counterpart//Counterpart " PACKAGE_VERSION "//EN");
  add_property (out, "CALSCALE", "GREGORIAN");

  /* In the order of their names, so that the same visits give the same bytes. */
  identifiers = g_list_sort (g_hash_table_get_keys (w.zones), compare_strings);
  for (GList *l = identifiers; l != NULL; l = l->next)
    append_time_zone (out, l->data, g_hash_table_lookup (w.zones, l->data));

  g_string_append_len (out, w.events->str, w.events->len);
  add_property (out, "END", "VCALENDAR");
  return g_string_free (out, FALSE);
}

/* Writing the file */

static gboolean
set_write_error (GError     **error,
                 const char  *path,
                 int          saved_errno)
{
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               /* Translators: the path of a file, then the reason, e.g. “Permission denied” */
               _("Could not write “%s”: %s"), path, g_strerror (saved_errno));
  return FALSE;
}

static gboolean
write_all (int         fd,
           const char *data,
           gsize       length)
{
  while (length > 0)
    {
      gssize written = write (fd, data, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written <= 0)
        return FALSE;
      data += written;
      length -= written;
    }
  return TRUE;
}

gboolean
cp_ical_export_file (CpStore     *store,
                     GListModel  *visits,
                     const char  *path,
                     GError     **error)
{
  g_autofree char *calendar = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *name = NULL;
  g_autofree char *template = NULL;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);

  if (!(calendar = cp_ical_write_visits (store, visits, NULL, error)))
    return FALSE;

  /* Beside the file, so that the rename stays on one file system. */
  folder = g_path_get_dirname (path);
  name = g_path_get_basename (path);
  template = g_strdup_printf ("%s%c.%s-XXXXXX", folder, G_DIR_SEPARATOR, name);
  fd = g_mkstemp_full (template, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    return set_write_error (error, path, errno);

  errno = 0;
  if (!write_all (fd, calendar, strlen (calendar)) || fsync (fd) != 0)
    {
      int saved_errno = errno != 0 ? errno : EIO;

      close (fd);
      g_unlink (template);
      return set_write_error (error, path, saved_errno);
    }
  if (close (fd) != 0)
    {
      int saved_errno = errno;

      g_unlink (template);
      return set_write_error (error, path, saved_errno);
    }
  if (g_rename (template, path) != 0)
    {
      int saved_errno = errno;

      g_unlink (template);
      return set_write_error (error, path, saved_errno);
    }
  return TRUE;
}
