/* test-ical.c: the calendar export, read back by an independent parser
 *
 * A workspace of its own with visits to three kinds of destination (a time zone
 * with summer time, one without, none at all, and one GLib does not know),
 * text with commas, semicolons, line breaks, backslashes, non-Latin letters and
 * emoji, and programme items with and without times. The export is handed to
 * tests/check-ical.py with every field the test expects (EXPECTED.json); the
 * script reads it with python3-icalendar and with a strict reading of its own.
 * The offsets and time zone observances below are tzdata's, written out by
 * hand, not computed with GLib as the writer does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "exchange/cp-ical.h"
#include "store/cp-store.h"

#include "cp-test-util.h"

#ifndef CP_PYTHON
#define CP_PYTHON "/usr/bin/python3"
#endif

#define DTSTAMP "20261122T120000Z"
#define UID_DOMAIN "@io.github.counterpart.Counterpart"

/* Long enough to be folded several times, with characters of two, three and
 * four octets where the folds fall. No backslash before n, comma or semicolon:
 * python3-icalendar 4.0.3 unescapes those wrongly (the strict reading in
 * check-ical.py covers them in test_escaping). */
#define PURPOSE \
  "Water, sanitation; waste — a study visit on drinking water in León, with " \
  "partners from Ōsaka and مدينة الماء 🌍🚰\nSecond line; a back\\slash A\\B " \
  "and “quotes”, then 日本語のテキスト, Ελληνικά, Русский текст 🚰🚰🚰🚰 end"

/* Fixture: a folder and a workspace in it */

typedef struct
{
  char    *dir;
  CpStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("counterpart-test-ical-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "workspace.sqlite", NULL);
  f->store = cp_store_open (path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  cp_test_remove_tree (f->dir);
  g_free (f->dir);
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

/* Records */

static void
save_ok (CpStore  *store,
         gpointer  record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cp_store_save (store, CP_RECORD (record), &error));
  g_assert_no_error (error);
  g_assert_cmpint (cp_record_get_id (CP_RECORD (record)), >, 0);
}

static gint64
id_of (gpointer record)
{
  return cp_record_get_id (CP_RECORD (record));
}

static CpMunicipality *
add_municipality (CpStore    *store,
                  const char *name,
                  const char *country,
                  const char *time_zone,
                  gboolean    is_own)
{
  CpMunicipality *m = cp_municipality_new ();

  g_object_set (m, "name", name, "country", country, "time-zone", time_zone, "is-own", is_own, NULL);
  save_ok (store, m);
  return m;
}

static CpPartnership *
add_partnership (CpStore        *store,
                 CpMunicipality *a,
                 CpMunicipality *b)
{
  CpPartnership *p = cp_partnership_new ();
  g_autoptr(GPtrArray) parties = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (parties, g_object_ref (a));
  g_ptr_array_add (parties, g_object_ref (b));
  cp_partnership_set_parties (p, parties);
  g_object_set (p, "first-contact", "1983", NULL);
  save_ok (store, p);
  return p;
}

static CpPerson *
add_person (CpStore    *store,
            const char *name)
{
  CpPerson *person = cp_person_new ();

  g_object_set (person, "name", name, NULL);
  save_ok (store, person);
  return person;
}

static CpVisit *
add_visit (CpStore             *store,
           CpPartnership       *partnership,
           CpVisitDirection     direction,
           CpMunicipality      *origin,
           CpMunicipality      *destination,
           const char          *starts_on,
           const char          *ends_on,
           const char          *purpose,
           const char * const  *modalities,
           CpVisitStatus        status)
{
  CpVisit *visit = cp_visit_new (id_of (partnership));

  g_object_set (visit,
                "direction", direction,
                "origin-id", id_of (origin),
                "destination-id", id_of (destination),
                "starts-on", starts_on,
                "ends-on", ends_on,
                "purpose", purpose,
                "modalities", modalities,
                "status", status,
                NULL);
  save_ok (store, visit);
  return visit;
}

static void
add_delegate (CpStore        *store,
              CpVisit        *visit,
              CpPerson       *person,
              CpDelegateRole  role)
{
  g_autoptr(CpDelegate) delegate = cp_delegate_new (id_of (visit));

  g_object_set (delegate, "person-id", id_of (person), "role", role, NULL);
  save_ok (store, delegate);
}

static CpProgrammeItem *
add_item (CpStore    *store,
          CpVisit    *visit,
          const char *date,
          const char *starts_at,
          const char *ends_at,
          const char *activity,
          const char *place,
          const char *contact,
          const char *language)
{
  CpProgrammeItem *item = cp_programme_item_new (id_of (visit));

  g_object_set (item,
                "date", date,
                "starts-at", starts_at,
                "ends-at", ends_at,
                "activity", activity,
                "place", place,
                "contact", contact,
                "language", language,
                NULL);
  save_ok (store, item);
  return item;
}

static char *
uid_of (const char *kind,
        gpointer    record)
{
  return g_strdup_printf ("%s-%" G_GINT64_FORMAT UID_DOMAIN, kind, id_of (record));
}

/* What the test expects: EXPECTED.json for check-ical.py */

typedef struct
{
  const char          *uid;
  const char          *summary;
  const char          *description;
  const char          *location;     /* NULL: no such property */
  const char          *status;
  const char * const  *categories;
  const char          *related_to;
  const char          *start;        /* "20070312" (a date) or "20070312T093000" */
  const char          *end;
  const char          *duration;
  const char          *tzid;         /* NULL: floating, or a date */
  const char          *start_offset; /* the UTC offset tzdata gives, "-0600" */
  const char          *end_offset;
} Expected;

static void
add_member (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
expect_event (JsonBuilder    *builder,
              const Expected *e)
{
  json_builder_begin_object (builder);
  add_member (builder, "uid", e->uid);
  add_member (builder, "summary", e->summary);
  add_member (builder, "description", e->description);
  add_member (builder, "location", e->location);
  add_member (builder, "status", e->status);
  json_builder_set_member_name (builder, "categories");
  if (e->categories != NULL)
    {
      json_builder_begin_array (builder);
      for (guint i = 0; e->categories[i] != NULL; i++)
        json_builder_add_string_value (builder, e->categories[i]);
      json_builder_end_array (builder);
    }
  else
    json_builder_add_null_value (builder);
  add_member (builder, "related_to", e->related_to);
  add_member (builder, "start", e->start);
  add_member (builder, "end", e->end);
  add_member (builder, "duration", e->duration);
  add_member (builder, "tzid", e->tzid);
  add_member (builder, "start_offset", e->start_offset);
  add_member (builder, "end_offset", e->end_offset);
  json_builder_end_object (builder);
}

typedef struct
{
  const char *kind;
  const char *dtstart;
  const char *from;
  const char *to;
  const char *name;
} Observance;

static void
expect_time_zone (JsonBuilder      *builder,
                  const char       *tzid,
                  const Observance *observances,
                  guint             n_observances)
{
  json_builder_set_member_name (builder, tzid);
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_observances; i++)
    {
      json_builder_begin_object (builder);
      add_member (builder, "kind", observances[i].kind);
      add_member (builder, "dtstart", observances[i].dtstart);
      add_member (builder, "from", observances[i].from);
      add_member (builder, "to", observances[i].to);
      add_member (builder, "name", observances[i].name);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* Runs check-ical.py on @ics; skips when the python has no icalendar. */
static void
check_with_parser (const char *ics,
                   const char *expected_json)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "check-ical.py", NULL);
  const char *python = g_getenv ("CP_PYTHON") != NULL ? g_getenv ("CP_PYTHON") : CP_PYTHON;
  const char *argv[] = { python, script, ics, expected_json, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (!g_file_test (python, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip_printf ("no %s to read the export back", python);
      return;
    }
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  g_test_message ("%s%s", out, err);
  if (WIFEXITED (status) && WEXITSTATUS (status) == 77)
    {
      g_test_skip_printf ("%s", err);
      return;
    }
  if (!g_spawn_check_wait_status (status, &error))
    g_test_fail_printf ("check-ical.py: %s\n%s", error->message, err);
}

static void
write_json (JsonBuilder *builder,
            const char  *path)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autoptr(GError) error = NULL;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  g_assert_true (json_generator_to_file (generator, path, &error));
  g_assert_no_error (error);
}

/* Sets a time zone the editor would refuse, as an older or hand-edited file may hold. */
static void
set_time_zone_behind_the_store (CpStore    *store,
                                gint64      municipality_id,
                                const char *time_zone)
{
  char *sql = sqlite3_mprintf ("UPDATE municipality SET time_zone = %Q WHERE id = %lld",
                               time_zone, (long long) municipality_id);
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (cp_store_get_path (store), &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
  sqlite3_free (sql);
}

/* The round trip */

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(CpMunicipality) amsterdam = add_municipality (f->store, "Amsterdam", "NL", "Europe/Amsterdam", TRUE);
  g_autoptr(CpMunicipality) leon = add_municipality (f->store, "León", "NI", "America/Managua", FALSE);
  g_autoptr(CpMunicipality) osaka = add_municipality (f->store, "Ōsaka", "JP", "", FALSE);
  g_autoptr(CpMunicipality) reyes = add_municipality (f->store, "San Sebastián de los Reyes", "ES",
                                                      "Europe/Madrid", FALSE);
  g_autoptr(CpPartnership) with_leon = add_partnership (f->store, amsterdam, leon);
  g_autoptr(CpPartnership) with_osaka = add_partnership (f->store, amsterdam, osaka);
  g_autoptr(CpPartnership) with_reyes = add_partnership (f->store, amsterdam, reyes);
  g_autoptr(CpPerson) maria = add_person (f->store, "María José Núñez, Jr.");
  g_autoptr(CpPerson) mohammed = add_person (f->store, "محمد العربي");
  g_autoptr(CpPerson) zoe = add_person (f->store, "Zoë \"Z\" 🌍; Smith");
  const char * const exchange[] = { "peer-to-peer", "field-visits", NULL };
  const char * const meetings[] = { "meetings-workshops", NULL };
  const char * const none[] = { NULL };
  g_autoptr(CpVisit) to_leon = NULL, to_amsterdam = NULL, to_osaka = NULL, to_reyes = NULL, done = NULL;
  g_autoptr(CpProgrammeItem) meeting = NULL, field_visit = NULL, free_day = NULL;
  g_autoptr(CpProgrammeItem) before_winter = NULL, after_winter = NULL, expo = NULL, unknown_zone = NULL;
  g_autofree char *v_leon = NULL, *v_amsterdam = NULL, *v_osaka = NULL, *v_reyes = NULL, *v_done = NULL;
  g_autofree char *ics = g_build_filename (f->dir, "visits.ics", NULL);
  g_autofree char *fixed = g_build_filename (f->dir, "fixed.ics", NULL);
  g_autofree char *expected_now = g_build_filename (f->dir, "expected-now.json", NULL);
  g_autofree char *expected_fixed = g_build_filename (f->dir, "expected-fixed.json", NULL);
  g_autoptr(GListModel) visits = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL, *second = NULL;
  /* From the standard time before the summer time the first event falls in. */
  static const Observance amsterdam_2026[] = {
    { "STANDARD", "20251026T030000", "+0200", "+0100", "CET" },
    { "DAYLIGHT", "20260329T020000", "+0100", "+0200", "CEST" },
    { "STANDARD", "20261025T030000", "+0200", "+0100", "CET" },
  };
  static const Observance managua_2007[] = {
    { "STANDARD", "20061001T010000", "-0500", "-0600", "CST" },
  };
  const char * const exchange_labels[] = { "Peer-to-peer exchange", "Field visits", NULL };
  const char * const meetings_labels[] = { "Meetings and workshops", NULL };

  /* An outgoing visit to a zone without summer time that year (Nicaragua had it in 2005 and 2006). */
  to_leon = add_visit (f->store, with_leon, CP_VISIT_DIRECTION_OUTGOING, amsterdam, leon,
                       "2007-03-12", "2007-03-16", PURPOSE, exchange, CP_VISIT_STATUS_CONFIRMED);
  add_delegate (f->store, to_leon, maria, CP_DELEGATE_ROLE_LEADER);
  add_delegate (f->store, to_leon, mohammed, CP_DELEGATE_ROLE_EXPERT);
  meeting = add_item (f->store, to_leon, "2007-03-12", "09:30", "11:00",
                      "Meeting with the mayor, council; water board", "Alcaldía de León; Sala 2, planta 1",
                      "Dra. Pérez\nTel. +505 2311 0000", "es");
  field_visit = add_item (f->store, to_leon, "2007-03-13", "14:00", "", "Field visit: treatment plant 🌍", "",
                          "", "");
  free_day = add_item (f->store, to_leon, "2007-03-14", "", "", "Free day — 自由日", "", "", "");

  /* An incoming visit across the end of summer time. */
  to_amsterdam = add_visit (f->store, with_leon, CP_VISIT_DIRECTION_INCOMING, leon, amsterdam,
                            "2026-10-22", "2026-10-27", "Return visit; council meeting, Amsterdam", meetings,
                            CP_VISIT_STATUS_PLANNED);
  add_delegate (f->store, to_amsterdam, zoe, CP_DELEGATE_ROLE_INTERPRETER);
  before_winter = add_item (f->store, to_amsterdam, "2026-10-23", "10:00", "12:00", "Council meeting",
                            "Stopera, Amstel 1", "", "");
  after_winter = add_item (f->store, to_amsterdam, "2026-10-26", "09:00", "17:30", "Workshop on water boards",
                           "Stopera, Amstel 1", "", "");

  /* A destination without a time zone: floating times. */
  to_osaka = add_visit (f->store, with_osaka, CP_VISIT_DIRECTION_OUTGOING, amsterdam, osaka,
                        "2026-05-01", "2026-05-03", "Ōsaka expo", none, CP_VISIT_STATUS_CANCELLED);
  expo = add_item (f->store, to_osaka, "2026-05-01", "08:15", "09:00", "Expo opening", "", "", "");

  /* A time zone GLib does not know: floating times too, and no error. */
  to_reyes = add_visit (f->store, with_reyes, CP_VISIT_DIRECTION_OUTGOING, amsterdam, reyes,
                        "2026-06-01", "2026-06-01", "Idea: a first visit", none, CP_VISIT_STATUS_IDEA);
  unknown_zone = add_item (f->store, to_reyes, "2026-06-01", "09:00", "10:00", "Welcome", "", "", "");
  set_time_zone_behind_the_store (f->store, id_of (reyes), "Mars/Olympus_Mons");

  done = add_visit (f->store, with_leon, CP_VISIT_DIRECTION_OUTGOING, amsterdam, leon,
                    "2010-05-03", "2010-05-03", "Done", none, CP_VISIT_STATUS_DONE);

  v_leon = uid_of ("visit", to_leon);
  v_amsterdam = uid_of ("visit", to_amsterdam);
  v_osaka = uid_of ("visit", to_osaka);
  v_reyes = uid_of ("visit", to_reyes);
  v_done = uid_of ("visit", done);

  visits = cp_store_list_visits (f->store, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (visits), ==, 5);

  /* The file, with DTSTAMP now, and the text with a DTSTAMP given. */
  g_assert_true (cp_ical_export_file (f->store, visits, ics, &error));
  g_assert_no_error (error);
  first = cp_ical_write_visits (f->store, visits, DTSTAMP, &error);
  g_assert_no_error (error);
  second = cp_ical_write_visits (f->store, visits, DTSTAMP, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (first, ==, second);  /* the same visits, the same bytes: stable UIDs */
  g_assert_true (g_str_has_prefix (first, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
  g_assert_nonnull (strstr (first, "\r\nDTSTAMP:" DTSTAMP "\r\n"));
  g_assert_true (g_file_set_contents (fixed, first, -1, &error));
  g_assert_no_error (error);

  for (guint run = 0; run < 2; run++)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autofree char *u_meeting = uid_of ("programme", meeting);
      g_autofree char *u_field_visit = uid_of ("programme", field_visit);
      g_autofree char *u_free_day = uid_of ("programme", free_day);
      g_autofree char *u_before = uid_of ("programme", before_winter);
      g_autofree char *u_after = uid_of ("programme", after_winter);
      g_autofree char *u_expo = uid_of ("programme", expo);
      g_autofree char *u_unknown = uid_of ("programme", unknown_zone);

      json_builder_begin_object (builder);
      add_member (builder, "prodid", "-//Counterpart//Counterpart " PACKAGE_VERSION "//EN");
      add_member (builder, "dtstamp", run == 0 ? NULL : DTSTAMP);
      json_builder_set_member_name (builder, "short_fold");
      json_builder_add_boolean_value (builder, TRUE);

      json_builder_set_member_name (builder, "timezones");
      json_builder_begin_object (builder);
      expect_time_zone (builder, "America/Managua", managua_2007, G_N_ELEMENTS (managua_2007));
      expect_time_zone (builder, "Europe/Amsterdam", amsterdam_2026, G_N_ELEMENTS (amsterdam_2026));
      json_builder_end_object (builder);

      json_builder_set_member_name (builder, "events");
      json_builder_begin_array (builder);
      expect_event (builder, &(Expected) {
        .uid = v_leon, .summary = PURPOSE,
        .description = "Partnership: Amsterdam – León\n"
                       "Direction: Outgoing\n"
                       "From Amsterdam to León\n"
                       "Delegation: María José Núñez, Jr. (Leader), محمد العربي (Expert)\n"
                       "Exchange: Peer-to-peer exchange, Field visits\n"
                       "Status: Confirmed",
        .location = "León, Nicaragua", .status = "CONFIRMED", .categories = exchange_labels,
        .start = "20070312", .end = "20070317" });
      expect_event (builder, &(Expected) {
        .uid = u_meeting, .summary = "Meeting with the mayor, council; water board",
        .description = "Contact: Dra. Pérez\nTel. +505 2311 0000\nLanguage: Spanish\nVisit: " PURPOSE,
        .location = "Alcaldía de León; Sala 2, planta 1", .status = "CONFIRMED", .related_to = v_leon,
        .start = "20070312T093000", .end = "20070312T110000",
        .tzid = "America/Managua", .start_offset = "-0600", .end_offset = "-0600" });
      expect_event (builder, &(Expected) {
        .uid = u_field_visit, .summary = "Field visit: treatment plant 🌍",
        .description = "Visit: " PURPOSE, .status = "CONFIRMED", .related_to = v_leon,
        .start = "20070313T140000", .duration = "PT1H",
        .tzid = "America/Managua", .start_offset = "-0600" });
      expect_event (builder, &(Expected) {
        .uid = u_free_day, .summary = "Free day — 自由日",
        .description = "Visit: " PURPOSE, .status = "CONFIRMED", .related_to = v_leon,
        .start = "20070314", .end = "20070315" });
      expect_event (builder, &(Expected) {
        .uid = v_amsterdam, .summary = "Return visit; council meeting, Amsterdam",
        .description = "Partnership: Amsterdam – León\n"
                       "Direction: Incoming\n"
                       "From León to Amsterdam\n"
                       "Delegation: Zoë \"Z\" 🌍; Smith (Interpreter)\n"
                       "Exchange: Meetings and workshops\n"
                       "Status: Planned",
        .location = "Amsterdam, Netherlands", .status = "TENTATIVE", .categories = meetings_labels,
        .start = "20261022", .end = "20261028" });
      expect_event (builder, &(Expected) {
        .uid = u_before, .summary = "Council meeting",
        .description = "Visit: Return visit; council meeting, Amsterdam",
        .location = "Stopera, Amstel 1", .status = "TENTATIVE", .related_to = v_amsterdam,
        .start = "20261023T100000", .end = "20261023T120000",
        .tzid = "Europe/Amsterdam", .start_offset = "+0200", .end_offset = "+0200" });
      expect_event (builder, &(Expected) {
        .uid = u_after, .summary = "Workshop on water boards",
        .description = "Visit: Return visit; council meeting, Amsterdam",
        .location = "Stopera, Amstel 1", .status = "TENTATIVE", .related_to = v_amsterdam,
        .start = "20261026T090000", .end = "20261026T173000",
        .tzid = "Europe/Amsterdam", .start_offset = "+0100", .end_offset = "+0100" });
      expect_event (builder, &(Expected) {
        .uid = v_osaka, .summary = "Ōsaka expo",
        .description = "Partnership: Amsterdam – Ōsaka\n"
                       "Direction: Outgoing\n"
                       "From Amsterdam to Ōsaka\n"
                       "Status: Cancelled",
        .location = "Ōsaka, Japan", .status = "CANCELLED",
        .start = "20260501", .end = "20260504" });
      expect_event (builder, &(Expected) {
        .uid = u_expo, .summary = "Expo opening", .description = "Visit: Ōsaka expo",
        .status = "CANCELLED", .related_to = v_osaka,
        .start = "20260501T081500", .end = "20260501T090000" });
      expect_event (builder, &(Expected) {
        .uid = v_reyes, .summary = "Idea: a first visit",
        .description = "Partnership: Amsterdam – San Sebastián de los Reyes\n"
                       "Direction: Outgoing\n"
                       "From Amsterdam to San Sebastián de los Reyes\n"
                       "Status: Idea",
        .location = "San Sebastián de los Reyes, Spain", .status = "TENTATIVE",
        .start = "20260601", .end = "20260602" });
      expect_event (builder, &(Expected) {
        .uid = u_unknown, .summary = "Welcome", .description = "Visit: Idea: a first visit",
        .status = "TENTATIVE", .related_to = v_reyes,
        .start = "20260601T090000", .end = "20260601T100000" });
      expect_event (builder, &(Expected) {
        .uid = v_done, .summary = "Done",
        .description = "Partnership: Amsterdam – León\n"
                       "Direction: Outgoing\n"
                       "From Amsterdam to León\n"
                       "Status: Done",
        .location = "León, Nicaragua", .status = "CONFIRMED",
        .start = "20100503", .end = "20100504" });
      json_builder_end_array (builder);
      json_builder_end_object (builder);

      write_json (builder, run == 0 ? expected_now : expected_fixed);
    }

  check_with_parser (ics, expected_now);
  check_with_parser (fixed, expected_fixed);
}

/* The escapes python3-icalendar 4.0.3 undoes wrongly (a backslash before n, N,
 * a comma or a semicolon; “%2C”), and line breaks of every kind. */
static void
test_escaping (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(CpMunicipality) amsterdam = add_municipality (f->store, "Amsterdam", "NL", "Europe/Amsterdam", TRUE);
  g_autoptr(CpMunicipality) leon = add_municipality (f->store, "León", "NI", "", FALSE);
  g_autoptr(CpPartnership) partnership = add_partnership (f->store, amsterdam, leon);
  const char * const none[] = { NULL };
  const char *purpose = "C:\\new\\, a\\; b \\N 100%2C\r\nnext\rline\tend\\";
  g_autoptr(CpVisit) visit = add_visit (f->store, partnership, CP_VISIT_DIRECTION_OUTGOING, amsterdam, leon,
                                        "2026-01-05", "2026-01-05", purpose, none, CP_VISIT_STATUS_PLANNED);
  g_autoptr(GListStore) visits = g_list_store_new (CP_TYPE_VISIT);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_list_store_append (visits, visit);
  text = cp_ical_write_visits (f->store, G_LIST_MODEL (visits), DTSTAMP, &error);
  g_assert_no_error (error);
  /* Line breaks of any kind become \n; a tab stays; nothing else is lost. */
  g_assert_nonnull (strstr (text, "\r\nSUMMARY:C:\\\\new\\\\\\, a\\\\\\; b \\\\N 100%2C\\nnext\\nline\tend\\\\\r\n"));
}

/* Folding: 75 octets at most, never inside a character, on every alignment. */
static void
test_folding (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(CpMunicipality) amsterdam = add_municipality (f->store, "Amsterdam", "NL", "Europe/Amsterdam", TRUE);
  g_autoptr(CpMunicipality) leon = add_municipality (f->store, "León", "NI", "", FALSE);
  g_autoptr(CpPartnership) partnership = add_partnership (f->store, amsterdam, leon);
  const char * const none[] = { NULL };

  for (guint shift = 0; shift < 4; shift++)
    {
      g_autoptr(GString) purpose = g_string_new (NULL);
      g_autoptr(CpVisit) visit = NULL;
      g_autoptr(GListStore) visits = g_list_store_new (CP_TYPE_VISIT);
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;
      g_auto(GStrv) lines = NULL;
      g_autoptr(GString) unfolded = g_string_new (NULL);

      g_string_append_len (purpose, "xyz", shift);
      for (guint i = 0; i < 40; i++)
        g_string_append (purpose, "🌍ē中");
      visit = add_visit (f->store, partnership, CP_VISIT_DIRECTION_OUTGOING, amsterdam, leon,
                         "2026-01-05", "2026-01-05", purpose->str, none, CP_VISIT_STATUS_PLANNED);
      g_list_store_append (visits, visit);
      text = cp_ical_write_visits (f->store, G_LIST_MODEL (visits), DTSTAMP, &error);
      g_assert_no_error (error);
      g_assert_true (g_str_has_suffix (text, "END:VCALENDAR\r\n"));

      lines = g_strsplit (text, "\r\n", -1);
      for (guint i = 0; lines[i] != NULL; i++)
        {
          g_assert_cmpuint (strlen (lines[i]), <=, 75);
          g_assert_true (g_utf8_validate (lines[i], -1, NULL));  /* no character split */
          g_assert_null (strchr (lines[i], '\n'));
          g_assert_null (strchr (lines[i], '\r'));
        }
      for (guint i = 0; lines[i] != NULL; i++)
        if (g_str_has_prefix (lines[i], "SUMMARY:"))
          {
            g_string_append (unfolded, lines[i] + strlen ("SUMMARY:"));
            for (guint j = i + 1; lines[j] != NULL && lines[j][0] == ' '; j++)
              {
                /* A line is full unless the next character would not fit whole. */
                g_assert_cmpuint (strlen (lines[j - 1]) + g_utf8_skip[(guchar) lines[j][1]], >, 75);
                g_string_append (unfolded, lines[j] + 1);
              }
          }
      g_assert_cmpstr (unfolded->str, ==, purpose->str);
    }
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GListStore) visits = g_list_store_new (CP_TYPE_VISIT);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = cp_ical_write_visits (f->store, G_LIST_MODEL (visits), NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (text, ==,
                   "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Counterpart//Counterpart " PACKAGE_VERSION "//EN\r\n"
                   "CALSCALE:GREGORIAN\r\nEND:VCALENDAR\r\n");
}

/* Writing the file */

static GListModel *
one_visit (Fixture *f)
{
  g_autoptr(CpMunicipality) amsterdam = add_municipality (f->store, "Amsterdam", "NL", "Europe/Amsterdam", TRUE);
  g_autoptr(CpMunicipality) leon = add_municipality (f->store, "León", "NI", "America/Managua", FALSE);
  g_autoptr(CpPartnership) partnership = add_partnership (f->store, amsterdam, leon);
  const char * const none[] = { NULL };
  g_autoptr(CpVisit) visit = add_visit (f->store, partnership, CP_VISIT_DIRECTION_OUTGOING, amsterdam, leon,
                                        "2026-01-05", "2026-01-09", "Visit", none, CP_VISIT_STATUS_PLANNED);
  GListStore *visits = g_list_store_new (CP_TYPE_VISIT);

  g_list_store_append (visits, visit);
  return G_LIST_MODEL (visits);
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  return contents;
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (d);
  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
test_unwritable (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GListModel) visits = one_visit (f);
  g_autofree char *notes = g_build_filename (f->dir, "notes.txt", NULL);
  g_autofree char *under_notes = g_build_filename (notes, "x.ics", NULL);
  g_autofree char *folder = g_build_filename (f->dir, "calendar.ics", NULL);
  g_autofree char *inside = g_build_filename (folder, "keep.txt", NULL);
  g_autofree char *kept = NULL;
  g_autoptr(GError) error = NULL;
  guint entries;

  /* A folder that is not there. */
  g_assert_false (cp_ical_export_file (f->store, visits, "/nonexistent/dir/x.ics", &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_nonnull (strstr (error->message, "/nonexistent/dir/x.ics"));
  g_assert_false (g_file_test ("/nonexistent/dir", G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* A “folder” that is a file: the file stays as it was. */
  g_assert_true (g_file_set_contents (notes, "Minutes of the twinning committee\n", -1, NULL));
  g_assert_false (cp_ical_export_file (f->store, visits, under_notes, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOTDIR);
  g_assert_nonnull (strstr (error->message, under_notes));
  g_clear_error (&error);
  kept = read_file (notes);
  g_assert_cmpstr (kept, ==, "Minutes of the twinning committee\n");

  /* Something that cannot be replaced by a file (a folder, even as root): it
   * stays, with what is in it, and no temporary file is left beside it. */
  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  g_assert_true (g_file_set_contents (inside, "keep", -1, NULL));
  entries = count_entries (f->dir);
  g_assert_false (cp_ical_export_file (f->store, visits, folder, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, folder));
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  g_clear_pointer (&kept, g_free);
  kept = read_file (inside);
  g_assert_cmpstr (kept, ==, "keep");
  g_assert_cmpuint (count_entries (f->dir), ==, entries);
}

static void
test_read_only_folder (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GListModel) visits = one_visit (f);
  g_autofree char *folder = g_build_filename (f->dir, "shared", NULL);
  g_autofree char *path = g_build_filename (folder, "visits.ics", NULL);
  g_autofree char *kept = NULL;
  g_autoptr(GError) error = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("root may write to a read-only folder (test_unwritable covers a file that cannot be replaced)");
      return;
    }
  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  g_assert_true (g_file_set_contents (path, "BEGIN:VCALENDAR\r\nold\r\n", -1, NULL));
  g_assert_cmpint (g_chmod (folder, 0555), ==, 0);

  g_assert_false (cp_ical_export_file (f->store, visits, path, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_ACCES);
  g_assert_nonnull (strstr (error->message, path));
  kept = read_file (path);
  g_assert_cmpstr (kept, ==, "BEGIN:VCALENDAR\r\nold\r\n");
  g_assert_cmpuint (count_entries (folder), ==, 1);
  g_chmod (folder, 0755);
}

static void
test_replace (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GListModel) visits = one_visit (f);
  g_autofree char *path = g_build_filename (f->dir, "visits.ics", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  guint entries;

  g_assert_true (g_file_set_contents (path, "an older export", -1, NULL));
  entries = count_entries (f->dir);
  g_assert_true (cp_ical_export_file (f->store, visits, path, &error));
  g_assert_no_error (error);
  contents = read_file (path);
  g_assert_true (g_str_has_prefix (contents, "BEGIN:VCALENDAR\r\n"));
  g_assert_true (g_str_has_suffix (contents, "END:VCALENDAR\r\n"));
  g_assert_nonnull (strstr (contents, "\r\nDTSTART;VALUE=DATE:20260105\r\nDTEND;VALUE=DATE:20260110\r\n"));
  g_assert_cmpuint (count_entries (f->dir), ==, entries);  /* no temporary file left */
}

int
main (int   argc,
      char *argv[])
{
  /* The texts the test expects are the untranslated ones (and iso-codes' English
   * country names), whatever the session's language. */
  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  ADD ("/ical/round-trip", test_round_trip);
  ADD ("/ical/escaping", test_escaping);
  ADD ("/ical/folding", test_folding);
  ADD ("/ical/empty", test_empty);
  ADD ("/ical/unwritable", test_unwritable);
  ADD ("/ical/read-only-folder", test_read_only_folder);
  ADD ("/ical/replace", test_replace);

  return g_test_run ();
}
