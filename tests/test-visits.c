/* test-visits.c: delegation visits — their conflicts, their records in the store, and money
 *
 * The conflict cases are a table: each builds a small plan from a few lines of text,
 * and names the conflicts it must raise, in order. Each of the four kinds has a case
 * that fires and near misses that must not. The store cases work in a temporary
 * folder of their own, and look into the file with sqlite3 where they must see that
 * nothing was written.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "cp-enum-types.h"
#include "core/cp-money.h"
#include "core/cp-partial-date.h"
#include "store/cp-store-private.h"

#include "cp-test-util.h"

/* Conflicts, without the store */

/* The people every conflict case can draw on, by id. */
static const struct
{
  gint64      id;
  const char *name;
  const char *languages;  /* stored skills, comma-separated */
} case_people[] = {
  { 1, "Maartje Boersma", "nl:c2,en:c1,es:b1" },  /* B1: just enough Spanish */
  { 2, "Ana Pérez", "en:c1,nl:b1" },               /* no Spanish */
  { 3, "Jan de Vries", "nl:c2,es:a2" },            /* too little Spanish */
  { 4, "Lucía Gómez", "es:c2,en:b2" },
};

typedef struct
{
  const char *path;
  const char *starts_on;
  const char *ends_on;
  const char *status;      /* of the visit (id 1); NULL for planned */
  const char *delegation;  /* "person:role,…" */
  const char *programme;   /* "id|date|starts-at|language|activity;…" */
  const char *history;     /* "id|status|since;…", the partnership's status changes */
  const char *others;      /* "id|starts|ends|status|purpose|person,person;…", other visits */
  const char *expected;    /* "kind:record-id …", in order; "" for none */
  const char *messages;    /* NULL, or every message in order, one a line */
} ConflictCase;

#define MARCH_2008 "2008-03-01", "2008-03-14"
#define SPANISH_MEETING "21|2008-03-03|10:00|es|Meeting with the LSE team"

static const ConflictCase conflict_cases[] = {
  /* Nothing wrong */
  { "/visits/conflicts/none", MARCH_2008, NULL, "1:leader,4:expert", SPANISH_MEETING, "31|active|1998",
    "2|2008-04-01|2008-04-05|planned|Return visit|1", "", NULL },
  { "/visits/conflicts/empty", MARCH_2008, NULL, "", "", "", "", "", NULL },

  /* Double-booked */
  { "/visits/conflicts/double-booked/overlap", MARCH_2008, NULL, "1:leader", "", "",
    "2|2008-03-03|2008-03-14|planned|LSE work visit|1", "double-booked:2",
    "Maartje Boersma is also on the visit “LSE work visit” from 3 March 2008 to 14 March 2008." },
  { "/visits/conflicts/double-booked/adjacent-before", MARCH_2008, NULL, "1:leader", "", "",
    "2|2008-02-20|2008-02-29|planned|Earlier visit|1", "", NULL },
  { "/visits/conflicts/double-booked/adjacent-after", MARCH_2008, NULL, "1:leader", "", "",
    "2|2008-03-15|2008-03-20|confirmed|Later visit|1", "", NULL },
  { "/visits/conflicts/double-booked/shared-first-day", MARCH_2008, NULL, "1:leader", "", "",
    "2|2008-02-25|2008-03-01|done|Earlier visit|1", "double-booked:2", NULL },
  { "/visits/conflicts/double-booked/one-day", MARCH_2008, NULL, "1:leader", "", "",
    "2|2008-03-14|2008-03-14|idea|Council meeting in Leiden|1", "double-booked:2",
    "Maartje Boersma is also on the visit “Council meeting in Leiden” on 14 March 2008." },
  { "/visits/conflicts/double-booked/cancelled-other", MARCH_2008, NULL, "1:leader", "", "",
    "2|2008-03-03|2008-03-14|cancelled|LSE work visit|1", "", NULL },
  { "/visits/conflicts/double-booked/someone-else", MARCH_2008, NULL, "1:leader", "", "",
    "2|2008-03-03|2008-03-14|planned|LSE work visit|2", "", NULL },
  { "/visits/conflicts/double-booked/order", MARCH_2008, NULL, "1:leader,2:expert,3:expert", "", "",
    "2|2008-03-10|2008-03-20|planned|Second visit|1,3;3|2008-03-05|2008-03-06|planned|First visit|2",
    "double-booked:3 double-booked:2 double-booked:2",
    "Ana Pérez is also on the visit “First visit” from 5 March 2008 to 6 March 2008.\n"
    "Jan de Vries is also on the visit “Second visit” from 10 March 2008 to 20 March 2008.\n"
    "Maartje Boersma is also on the visit “Second visit” from 10 March 2008 to 20 March 2008." },
  { "/visits/conflicts/double-booked/long-purpose", MARCH_2008, NULL, "1:leader", "", "",
    "2|2008-03-03|2008-03-04|planned|Work visit on solid waste management and the recycling of building materials, "
    "with the environment department|1",
    "double-booked:2",
    "Maartje Boersma is also on the visit “Work visit on solid waste management and the recycling of…” "
    "from 3 March 2008 to 4 March 2008." },

  /* Outside the partnership's active period */
  { "/visits/conflicts/outside-active/dormant-in-the-middle", MARCH_2008, NULL, "", "",
    "31|active|1998;32|dormant|2008-03-05;33|active|2008-03-10", "", "outside-active:32",
    "The partnership is not active on these dates: it was dormant from 5 March 2008 until 10 March 2008." },
  { "/visits/conflicts/outside-active/active-throughout", MARCH_2008, NULL, "", "",
    "31|active|1998;32|dormant|2008-03-15", "", "", NULL },
  { "/visits/conflicts/outside-active/active-again-on-the-first-day", MARCH_2008, NULL, "", "",
    "31|dormant|2005;32|active|2008-03-01", "", "", NULL },
  { "/visits/conflicts/outside-active/dormant-from-the-last-day", MARCH_2008, NULL, "", "",
    "31|active|1998;32|dormant|2008-03-14", "", "outside-active:32",
    "The partnership is not active on these dates: it has been dormant since 14 March 2008." },
  { "/visits/conflicts/outside-active/dormant-since-a-month", MARCH_2008, NULL, "", "",
    "32|dormant|2007-05;31|active|1998", "", "outside-active:32",
    "The partnership is not active on these dates: it has been dormant since May 2007." },
  { "/visits/conflicts/outside-active/ended-in-a-year", MARCH_2008, NULL, "", "",
    "31|active|1998;32|ended|2006", "", "outside-active:32",
    "The partnership is not active on these dates: it ended in 2006." },
  { "/visits/conflicts/outside-active/ended-on-a-day", MARCH_2008, NULL, "", "",
    "31|active|1998;32|ended|2008-03-10", "", "outside-active:32",
    "The partnership is not active on these dates: it ended on 10 March 2008." },
  { "/visits/conflicts/outside-active/ended-then-taken-up", MARCH_2008, NULL, "", "",
    "31|ended|2005;32|active|2010", "", "outside-active:31",
    "The partnership is not active on these dates: it had ended (2005) and was not taken up again until 2010." },
  { "/visits/conflicts/outside-active/two-periods", MARCH_2008, NULL, "", "",
    "31|active|1998;33|ended|2008-03-10;32|dormant|2008-03-03", "", "outside-active:32 outside-active:33", NULL },
  /* Exploring counts as active: a fact-finding mission is no conflict. */
  { "/visits/conflicts/outside-active/exploring", MARCH_2008, NULL, "", "",
    "31|exploring|2000", "", "", NULL },
  { "/visits/conflicts/outside-active/no-history", MARCH_2008, NULL, "", "", "", "", "", NULL },
  /* Before the first status on record, the history says nothing. */
  { "/visits/conflicts/outside-active/before-the-history", MARCH_2008, NULL, "", "",
    "31|active|2009-01;32|dormant|2010", "", "", NULL },
  /* A year is its first day: dormant from 2008 means from 1 January. */
  { "/visits/conflicts/outside-active/same-year", MARCH_2008, NULL, "", "",
    "31|active|1998;32|dormant|2008;33|active|2008-03-01", "", "", NULL },

  /* Missing language */
  { "/visits/conflicts/language/missing", MARCH_2008, NULL, "2:expert", SPANISH_MEETING, "", "",
    "missing-language:2",
    "Ana Pérez does not speak Spanish, which the programme item “Meeting with the LSE team” needs." },
  { "/visits/conflicts/language/interpreter", MARCH_2008, NULL, "2:expert,4:interpreter", SPANISH_MEETING, "", "",
    "", NULL },
  { "/visits/conflicts/language/too-little", MARCH_2008, NULL, "3:expert", SPANISH_MEETING, "", "",
    "missing-language:3",
    "Jan de Vries speaks Spanish only at level A2, which the programme item “Meeting with the LSE team” needs." },
  { "/visits/conflicts/language/enough", MARCH_2008, NULL, "1:leader,4:expert", SPANISH_MEETING, "", "", "", NULL },
  { "/visits/conflicts/language/no-language-given", MARCH_2008, NULL, "2:expert",
    "21|2008-03-03||| Meeting with the LSE team", "", "", "", NULL },
  { "/visits/conflicts/language/several-items", MARCH_2008, NULL, "2:expert,3:expert",
    "23|2008-03-05|09:00|es|Field visit;21|2008-03-03|10:00|es|Meeting with the LSE team;"
    "24|2008-03-04|09:00|en|Briefing;22|2008-03-03|09:00|es|Opening",
    "", "", "missing-language:2 missing-language:3 missing-language:3",
    "Ana Pérez does not speak Spanish, which “Opening” and 2 other programme items need.\n"
    "Jan de Vries speaks Spanish only at level A2, which “Opening” and 2 other programme items need.\n"
    "Jan de Vries does not speak English, which the programme item “Briefing” needs." },
  { "/visits/conflicts/language/one-more-item", MARCH_2008, NULL, "2:expert",
    "21|2008-03-03|10:00|es|Meeting with the LSE team;22|2008-03-04|10:00|es|Site visit",
    "", "", "missing-language:2",
    "Ana Pérez does not speak Spanish, which “Meeting with the LSE team” and 1 other programme item need." },
  { "/visits/conflicts/language/two-languages", MARCH_2008, NULL, "3:expert",
    "21|2008-03-05|10:00|es|Meeting with the LSE team;22|2008-03-04|10:00|af|Township tour",
    "", "", "missing-language:3 missing-language:3",
    "Jan de Vries does not speak Afrikaans, which the programme item “Township tour” needs.\n"
    "Jan de Vries speaks Spanish only at level A2, which the programme item “Meeting with the LSE team” needs." },

  /* Programme items outside the visit */
  { "/visits/conflicts/item-outside/after", "2002-03-01", "2002-03-10", NULL, "",
    "21|2002-04-03|||Field visit to Oudtshoorn townships", "", "", "item-outside:21",
    "“Field visit to Oudtshoorn townships” on 3 April 2002 is outside the visit (1 March 2002 – 10 March 2002)." },
  { "/visits/conflicts/item-outside/first-and-last-day", "2002-03-01", "2002-03-10", NULL, "",
    "21|2002-03-01|09:00||Arrival;22|2002-03-10|18:00||Departure", "", "", "", NULL },
  { "/visits/conflicts/item-outside/day-before-and-after", "2002-03-01", "2002-03-10", NULL, "",
    "21|2002-03-11|||Departure;22|2002-02-28|||Arrival", "", "", "item-outside:22 item-outside:21", NULL },

  /* Everything at once: by kind first */
  { "/visits/conflicts/order", MARCH_2008, NULL, "2:expert",
    "21|2008-04-03||es|Meeting with the LSE team",
    "31|active|1998;32|dormant|2008-03-05",
    "2|2008-03-03|2008-03-14|planned|LSE work visit|2",
    "double-booked:2 outside-active:32 missing-language:2 item-outside:21", NULL },
  /* A cancelled visit has no conflicts, whatever is wrong with it. */
  { "/visits/conflicts/cancelled", MARCH_2008, "cancelled", "2:expert",
    "21|2008-04-03||es|Meeting with the LSE team",
    "31|active|1998;32|dormant|2008-03-05",
    "2|2008-03-03|2008-03-14|planned|LSE work visit|2", "", NULL },
};

static int
nick_value (GType       type,
            const char *nick)
{
  int value = 0;

  if (!cp_enum_from_nick (type, nick, &value))
    g_error ("“%s” is not a %s", nick, g_type_name (type));
  return value;
}

static void
set_id (gpointer record,
        gint64   id)
{
  cp_record_set_id (CP_RECORD (record), id);
}

static CpVisit *
make_visit (gint64      id,
            const char *starts_on,
            const char *ends_on,
            const char *status,
            const char *purpose)
{
  CpVisit *visit = cp_visit_new (10);

  g_object_set (visit, "origin-id", (gint64) 100, "destination-id", (gint64) 101,
                "starts-on", starts_on, "ends-on", ends_on, "purpose", purpose,
                "status", nick_value (CP_TYPE_VISIT_STATUS, status ? status : "planned"), NULL);
  set_id (visit, id);
  return visit;
}

static CpDelegate *
make_delegate (gint64         id,
               gint64         visit_id,
               gint64         person_id,
               CpDelegateRole role)
{
  CpDelegate *delegate = cp_delegate_new (visit_id);

  g_object_set (delegate, "person-id", person_id, "role", role, NULL);
  set_id (delegate, id);
  return delegate;
}

static char **
split_nonempty (const char *text,
                const char *separator)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) parts = g_strsplit (text ? text : "", separator, -1);

  for (guint i = 0; parts[i] != NULL; i++)
    if (*parts[i] != '\0')
      g_strv_builder_add (builder, parts[i]);
  return g_strv_builder_end (builder);
}

static const char *
kind_name (CpConflictKind kind)
{
  switch (kind)
    {
    case CP_CONFLICT_DOUBLE_BOOKED:
      return "double-booked";
    case CP_CONFLICT_OUTSIDE_ACTIVE:
      return "outside-active";
    case CP_CONFLICT_MISSING_LANGUAGE:
      return "missing-language";
    case CP_CONFLICT_ITEM_OUTSIDE_VISIT:
      return "item-outside";
    default:
      g_assert_not_reached ();
    }
}

/* “kind:record …” and the messages, one a line; consumes @conflicts. */
static void
describe_conflicts (GPtrArray  *conflicts,
                    gint64      visit_id,
                    char      **kinds,
                    char      **messages)
{
  g_autoptr(GString) k = g_string_new (NULL);
  g_autoptr(GString) m = g_string_new (NULL);

  g_assert_nonnull (conflicts);
  for (guint i = 0; i < conflicts->len; i++)
    {
      CpConflict *conflict = g_ptr_array_index (conflicts, i);

      if (visit_id != 0)
        g_assert_cmpint (conflict->visit_id, ==, visit_id);
      g_assert_nonnull (conflict->message);
      g_assert_true (g_utf8_validate (conflict->message, -1, NULL));
      g_string_append_printf (k, "%s%s:%" G_GINT64_FORMAT, i ? " " : "", kind_name (conflict->kind), conflict->record_id);
      g_string_append_printf (m, "%s%s", i ? "\n" : "", conflict->message);
    }
  g_ptr_array_unref (conflicts);
  *kinds = g_string_free (g_steal_pointer (&k), FALSE);
  *messages = g_string_free (g_steal_pointer (&m), FALSE);
}

static void
test_conflict_case (gconstpointer data)
{
  const ConflictCase *c = data;
  g_autoptr(CpVisit) visit = make_visit (1, c->starts_on, c->ends_on, c->status, "Work visit to León");
  g_autoptr(GListStore) delegates = g_list_store_new (CP_TYPE_DELEGATE);
  g_autoptr(GListStore) people = g_list_store_new (CP_TYPE_PERSON);
  g_autoptr(GListStore) programme = g_list_store_new (CP_TYPE_PROGRAMME_ITEM);
  g_autoptr(GListStore) history = g_list_store_new (CP_TYPE_STATUS_CHANGE);
  g_autoptr(GListStore) visits = g_list_store_new (CP_TYPE_VISIT);
  g_autoptr(GListStore) all_delegates = g_list_store_new (CP_TYPE_DELEGATE);
  g_auto(GStrv) members = split_nonempty (c->delegation, ",");
  g_auto(GStrv) items = split_nonempty (c->programme, ";");
  g_auto(GStrv) changes = split_nonempty (c->history, ";");
  g_auto(GStrv) others = split_nonempty (c->others, ";");
  g_autofree char *kinds = NULL;
  g_autofree char *messages = NULL;
  gint64 next_delegate = 1000;

  for (guint i = 0; i < G_N_ELEMENTS (case_people); i++)
    {
      g_autoptr(CpPerson) person = cp_person_new ();
      g_auto(GStrv) skills = g_strsplit (case_people[i].languages, ",", -1);

      g_object_set (person, "name", case_people[i].name, "languages", skills, NULL);
      set_id (person, case_people[i].id);
      g_list_store_append (people, person);
    }

  /* The visit itself is among all the visits, as it is in the store. */
  g_list_store_append (visits, visit);
  for (guint i = 0; members[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (members[i], ":", 2);
      g_autoptr(CpDelegate) delegate = make_delegate (next_delegate++, 1, g_ascii_strtoll (parts[0], NULL, 10),
                                                      nick_value (CP_TYPE_DELEGATE_ROLE, parts[1]));

      g_list_store_append (delegates, delegate);
      g_list_store_append (all_delegates, delegate);
    }

  for (guint i = 0; items[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (items[i], "|", 5);
      g_autoptr(CpProgrammeItem) item = cp_programme_item_new (1);

      g_assert_cmpuint (g_strv_length (parts), ==, 5);
      g_object_set (item, "date", parts[1], "starts-at", parts[2], "language", parts[3],
                    "activity", g_strstrip (parts[4]), NULL);
      set_id (item, g_ascii_strtoll (parts[0], NULL, 10));
      g_list_store_append (programme, item);
    }

  for (guint i = 0; changes[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (changes[i], "|", 3);
      g_autoptr(CpStatusChange) change = cp_status_change_new (10);

      g_object_set (change, "status", nick_value (CP_TYPE_PARTNERSHIP_STATUS, parts[1]), "since", parts[2], NULL);
      set_id (change, g_ascii_strtoll (parts[0], NULL, 10));
      g_list_store_append (history, change);
    }

  for (guint i = 0; others[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (others[i], "|", 6);
      gint64 other_id = g_ascii_strtoll (parts[0], NULL, 10);
      g_autoptr(CpVisit) other = make_visit (other_id, parts[1], parts[2], parts[3], parts[4]);
      g_auto(GStrv) travellers = g_strsplit (parts[5], ",", -1);

      g_list_store_append (visits, other);
      /* Like cp_store_list_all_delegates(), which leaves out cancelled visits; the
       * check must not rely on it, so they are given here. */
      for (guint t = 0; travellers[t] != NULL; t++)
        {
          g_autoptr(CpDelegate) delegate = make_delegate (next_delegate++, other_id,
                                                          g_ascii_strtoll (travellers[t], NULL, 10),
                                                          CP_DELEGATE_ROLE_EXPERT);
          g_list_store_append (all_delegates, delegate);
        }
    }

  describe_conflicts (cp_visit_find_conflicts (visit, G_LIST_MODEL (delegates), G_LIST_MODEL (people),
                                               G_LIST_MODEL (programme), G_LIST_MODEL (history),
                                               G_LIST_MODEL (visits), G_LIST_MODEL (all_delegates)),
                      1, &kinds, &messages);
  g_assert_cmpstr (kinds, ==, c->expected);
  if (c->messages != NULL)
    g_assert_cmpstr (messages, ==, c->messages);

  /* The same plan, asked again with everything in reverse, reads the same. */
  {
    g_autoptr(GListStore) reversed = g_list_store_new (CP_TYPE_PROGRAMME_ITEM);
    g_autoptr(GListStore) reversed_history = g_list_store_new (CP_TYPE_STATUS_CHANGE);
    g_autoptr(GListStore) reversed_visits = g_list_store_new (CP_TYPE_VISIT);
    g_autoptr(GListStore) reversed_delegates = g_list_store_new (CP_TYPE_DELEGATE);
    g_autofree char *kinds_again = NULL;
    g_autofree char *messages_again = NULL;
    GListStore *from[] = { programme, history, visits, all_delegates };
    GListStore *to[] = { reversed, reversed_history, reversed_visits, reversed_delegates };

    for (guint s = 0; s < G_N_ELEMENTS (from); s++)
      for (guint i = g_list_model_get_n_items (G_LIST_MODEL (from[s])); i > 0; i--)
        {
          g_autoptr(GObject) record = g_list_model_get_item (G_LIST_MODEL (from[s]), i - 1);
          g_list_store_append (to[s], record);
        }

    describe_conflicts (cp_visit_find_conflicts (visit, G_LIST_MODEL (delegates), G_LIST_MODEL (people),
                                                 G_LIST_MODEL (reversed), G_LIST_MODEL (reversed_history),
                                                 G_LIST_MODEL (reversed_visits), G_LIST_MODEL (reversed_delegates)),
                        1, &kinds_again, &messages_again);
    g_assert_cmpstr (kinds_again, ==, kinds);
    g_assert_cmpstr (messages_again, ==, messages);
  }
}

/* A visit being planned: not saved yet, and perhaps without its days. */
static void
test_conflicts_unsaved (void)
{
  g_autoptr(CpVisit) visit = make_visit (0, "2008-03-01", "", NULL, "Work visit");
  g_autoptr(CpVisit) other = make_visit (2, "2008-03-01", "2008-03-14", NULL, "LSE work visit");
  g_autoptr(CpPerson) ana = cp_person_new ();
  g_autoptr(CpDelegate) member = make_delegate (0, 0, 2, CP_DELEGATE_ROLE_EXPERT);
  g_autoptr(CpDelegate) elsewhere = make_delegate (7, 2, 2, CP_DELEGATE_ROLE_EXPERT);
  g_autoptr(CpProgrammeItem) item = cp_programme_item_new (0);
  g_autoptr(GListStore) delegates = g_list_store_new (CP_TYPE_DELEGATE);
  g_autoptr(GListStore) people = g_list_store_new (CP_TYPE_PERSON);
  g_autoptr(GListStore) programme = g_list_store_new (CP_TYPE_PROGRAMME_ITEM);
  g_autoptr(GListStore) visits = g_list_store_new (CP_TYPE_VISIT);
  g_autoptr(GListStore) all_delegates = g_list_store_new (CP_TYPE_DELEGATE);
  g_autofree char *kinds = NULL;
  g_autofree char *messages = NULL;

  g_object_set (ana, "name", "Ana Pérez", NULL);
  set_id (ana, 2);
  g_object_set (item, "date", "2009-01-01", "activity", "Meeting", "language", "es", NULL);
  g_list_store_append (delegates, member);
  g_list_store_append (people, ana);
  g_list_store_append (programme, item);
  g_list_store_append (visits, other);
  g_list_store_append (all_delegates, elsewhere);

  /* Without an end, only the language can be checked. */
  describe_conflicts (cp_visit_find_conflicts (visit, G_LIST_MODEL (delegates), G_LIST_MODEL (people),
                                               G_LIST_MODEL (programme), NULL, G_LIST_MODEL (visits),
                                               G_LIST_MODEL (all_delegates)),
                      0, &kinds, &messages);
  g_assert_cmpstr (kinds, ==, "missing-language:2");
  g_clear_pointer (&kinds, g_free);
  g_clear_pointer (&messages, g_free);

  /* With its days, it is checked like any other; its id 0 is no other visit's. */
  g_object_set (visit, "ends-on", "2008-03-05", NULL);
  describe_conflicts (cp_visit_find_conflicts (visit, G_LIST_MODEL (delegates), G_LIST_MODEL (people),
                                               G_LIST_MODEL (programme), NULL, G_LIST_MODEL (visits),
                                               G_LIST_MODEL (all_delegates)),
                      0, &kinds, &messages);
  g_assert_cmpstr (kinds, ==, "double-booked:2 missing-language:2 item-outside:0");
}

/* The store */

typedef CpTestDir Fixture;

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, cp_test_dir_set_up, func, cp_test_dir_tear_down)

/* The first column of the first row of @sql, as a number, read past the store. */
static gint64
raw_query_int (const char *path,
               const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 result;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  result = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return result;
}

/* The number of rows in each of the visits' tables, as “visit 1, delegate 2, …”. */
static char *
count_visit_rows (const char *path)
{
  static const char * const tables[] = { "visit", "delegate", "programme_item", "cost_line",
                                         "checklist_item", "learning_entry", "follow_up" };
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", tables[i]);
      g_string_append_printf (text, "%s%s %" G_GINT64_FORMAT, i ? ", " : "", tables[i], raw_query_int (path, sql));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static CpStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  CpStore *store = cp_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static gint64
id_of (gpointer record)
{
  return cp_record_get_id (CP_RECORD (record));
}

static void
save_ok (CpStore  *store,
         gpointer  record)
{
  g_autoptr(GError) error = NULL;
  gboolean saved = cp_store_save (store, CP_RECORD (record), &error);

  g_assert_no_error (error);
  g_assert_true (saved);
  g_assert_cmpint (id_of (record), >, 0);
}

static CpMunicipality *
save_municipality (CpStore    *store,
                   const char *name,
                   const char *country)
{
  CpMunicipality *m = cp_municipality_new ();

  g_object_set (m, "name", name, "country", country, NULL);
  save_ok (store, m);
  return m;
}

/* Two municipalities and their partnership (active since 1998). */
typedef struct
{
  CpMunicipality *north;
  CpMunicipality *south;
  CpPartnership  *partnership;
} Twinning;

static void
twinning_save (Twinning   *t,
               CpStore    *store,
               const char *north,
               const char *south,
               const char *south_country)
{
  g_autoptr(GPtrArray) parties = g_ptr_array_new_with_free_func (g_object_unref);

  t->north = save_municipality (store, north, "NL");
  t->south = save_municipality (store, south, south_country);
  t->partnership = cp_partnership_new ();
  g_ptr_array_add (parties, g_object_ref (t->north));
  g_ptr_array_add (parties, g_object_ref (t->south));
  cp_partnership_set_parties (t->partnership, parties);
  g_object_set (t->partnership, "first-contact", "1983", "status", CP_PARTNERSHIP_STATUS_ACTIVE,
                "status-since", "1998", NULL);
  save_ok (store, t->partnership);
}

static void
twinning_clear (Twinning *t)
{
  g_clear_object (&t->north);
  g_clear_object (&t->south);
  g_clear_object (&t->partnership);
}

static CpPerson *
save_person (CpStore    *store,
             const char *name,
             const char *languages)
{
  CpPerson *person = cp_person_new ();
  g_auto(GStrv) skills = g_strsplit (languages ? languages : "", ",", -1);

  g_object_set (person, "name", name, "languages", languages ? skills : NULL, NULL);
  save_ok (store, person);
  return person;
}

static CpVisit *
new_visit (Twinning   *t,
           const char *starts_on,
           const char *ends_on,
           const char *purpose)
{
  CpVisit *visit = cp_visit_new (id_of (t->partnership));

  g_object_set (visit, "origin-id", id_of (t->north), "destination-id", id_of (t->south),
                "starts-on", starts_on, "ends-on", ends_on, "purpose", purpose, NULL);
  return visit;
}

static CpVisit *
save_visit (CpStore    *store,
            Twinning   *t,
            const char *starts_on,
            const char *ends_on,
            const char *purpose)
{
  CpVisit *visit = new_visit (t, starts_on, ends_on, purpose);

  save_ok (store, visit);
  return visit;
}

static CpDelegate *
save_delegate (CpStore        *store,
               CpVisit        *visit,
               CpPerson       *person,
               CpDelegateRole  role)
{
  CpDelegate *delegate = cp_delegate_new (id_of (visit));

  g_object_set (delegate, "person-id", id_of (person), "role", role, NULL);
  save_ok (store, delegate);
  return delegate;
}

static CpProgrammeItem *
save_item (CpStore    *store,
           CpVisit    *visit,
           const char *date,
           const char *language,
           const char *activity)
{
  CpProgrammeItem *item = cp_programme_item_new (id_of (visit));

  g_object_set (item, "date", date, "language", language, "activity", activity, NULL);
  save_ok (store, item);
  return item;
}

static CpFollowUp *
save_follow_up (CpStore    *store,
                CpVisit    *visit,
                const char *action,
                const char *due_on)
{
  CpFollowUp *follow_up = cp_follow_up_new (id_of (visit));

  g_object_set (follow_up, "action", action, "due-on", due_on, NULL);
  save_ok (store, follow_up);
  return follow_up;
}

/* The ids of @model's records in order, as “3,1,2”; consumes @model. */
static char *
ids_of (GListModel *model)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_nonnull (model);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CpRecord) record = g_list_model_get_item (model, i);
      g_string_append_printf (text, "%s%" G_GINT64_FORMAT, i ? "," : "", cp_record_get_id (record));
    }
  g_object_unref (model);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
ids (gint64 first,
     ...)
{
  g_autoptr(GString) text = g_string_new (NULL);
  va_list args;

  va_start (args, first);
  for (gint64 id = first; id != -1; id = va_arg (args, gint64))
    g_string_append_printf (text, "%s%" G_GINT64_FORMAT, text->len ? "," : "", id);
  va_end (args);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

#define IDS(...) ids (__VA_ARGS__, (gint64) -1)

/* Every field of @a equals the same field of @b. */
static void
assert_same_record (CpRecord *a,
                    CpRecord *b)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n;

  g_assert_true (G_OBJECT_TYPE (a) == G_OBJECT_TYPE (b));
  g_assert_cmpint (cp_record_get_id (a), ==, cp_record_get_id (b));
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (a), &n);
  for (guint i = 0; i < n; i++)
    {
      GParamSpec *pspec = pspecs[i];
      GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);
      g_auto(GValue) va = G_VALUE_INIT;
      g_auto(GValue) vb = G_VALUE_INIT;

      g_value_init (&va, type);
      g_value_init (&vb, type);
      g_object_get_property (G_OBJECT (a), pspec->name, &va);
      g_object_get_property (G_OBJECT (b), pspec->name, &vb);

      if (type == G_TYPE_STRV)
        {
          const char * const *sa = g_value_get_boxed (&va);
          const char * const *sb = g_value_get_boxed (&vb);
          g_autofree char *ja = sa ? g_strjoinv ("|", (char **) sa) : g_strdup ("");
          g_autofree char *jb = sb ? g_strjoinv ("|", (char **) sb) : g_strdup ("");

          g_assert_cmpstr (ja, ==, jb);
        }
      else if (g_param_values_cmp (pspec, &va, &vb) != 0)
        {
          g_autofree char *sa = g_strdup_value_contents (&va);
          g_autofree char *sb = g_strdup_value_contents (&vb);

          g_error ("%s:%s differs: %s, read back %s", G_OBJECT_TYPE_NAME (a), pspec->name, sa, sb);
        }
    }
}

/* The record of @model with @id, which must be there. */
static gpointer
find_in (GListModel *model,
         gint64      id)
{
  g_assert_nonnull (model);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CpRecord) record = g_list_model_get_item (model, i);

      if (cp_record_get_id (record) == id)
        {
          g_object_unref (model);
          return g_steal_pointer (&record);
        }
    }
  g_error ("no record %" G_GINT64_FORMAT, id);
}

static void
assert_read_back (gpointer    record,
                  GListModel *model)
{
  g_autoptr(CpRecord) read = find_in (model, id_of (record));

  assert_same_record (CP_RECORD (record), read);
}

static void
test_store_round_trip (Fixture       *f,
                       gconstpointer  data)
{
  Twinning t = { 0 };
  g_autoptr(CpPerson) maartje = NULL;
  g_autoptr(CpVisit) visit = NULL;
  g_autoptr(CpNeed) need = NULL;
  g_autoptr(CpDelegate) delegate = NULL;
  g_autoptr(CpProgrammeItem) item = NULL;
  g_autoptr(CpCostLine) cost = NULL;
  g_autoptr(CpChecklistItem) check = NULL;
  g_autoptr(CpLearningEntry) learning = NULL;
  g_autoptr(CpFollowUp) follow_up = NULL;
  const char * const modalities[] = { "peer-to-peer", "field-visits", NULL };

  {
    g_autoptr(CpStore) store = open_store (f->path);

    g_assert_cmpint (cp_store_get_schema_version (store), >=, 3);
    twinning_save (&t, store, "Alphen aan den Rijn", "Oudtshoorn", "ZA");
    maartje = save_person (store, "Maartje Boersma", "nl:c2,af:b1");

    need = cp_need_new (id_of (t.partnership));
    g_object_set (need, "description", "Advice on township upgrading", "expertise", (const char * const[]) { "housing:3", NULL },
                  NULL);
    save_ok (store, need);

    visit = new_visit (&t, "2002-03-01", "2002-03-10", "Work visit on township upgrading");
    g_object_set (visit, "direction", CP_VISIT_DIRECTION_INCOMING, "modalities", modalities,
                  "status", CP_VISIT_STATUS_DONE, "need-id", id_of (need), "project", "Township upgrading",
                  "report", "The delegation met the housing department.\nNext: a return visit.",
                  "note", "Hosted by the Platform Stedenband Oudtshoorn", NULL);
    save_ok (store, visit);

    delegate = cp_delegate_new (id_of (visit));
    g_object_set (delegate, "person-id", id_of (maartje), "role", CP_DELEGATE_ROLE_LEADER,
                  "rationale", "Led the housing project since 2000", NULL);
    save_ok (store, delegate);

    item = cp_programme_item_new (id_of (visit));
    g_object_set (item, "date", "2002-03-04", "starts-at", "09:30", "ends-at", "12:00",
                  "place", "Civic Centre, Oudtshoorn", "activity", "Field visit to Oudtshoorn townships",
                  "contact", "Housing department", "language", "af", NULL);
    save_ok (store, item);

    cost = cp_cost_line_new (id_of (visit));
    g_object_set (cost, "kind", CP_COST_KIND_PER_DIEM, "description", "Six days", "amount", (gint64) 123456,
                  "currency", "ZAR", "payer-id", id_of (t.north), "payer", "", "note", "Paid in advance", NULL);
    save_ok (store, cost);

    check = cp_checklist_item_new (id_of (visit));
    g_object_set (check, "phase", CP_CHECKLIST_PHASE_DURING, "text", "Visit the library", "done", TRUE,
                  "position", 20, NULL);
    save_ok (store, check);

    learning = cp_learning_entry_new (id_of (visit));
    g_object_set (learning, "person-id", id_of (maartje), "level", CP_LEARNING_LEVEL_ORGANISATIONAL,
                  "learnt", "How ward committees work", "shared", "Presented to the council", NULL);
    save_ok (store, learning);

    follow_up = cp_follow_up_new (id_of (visit));
    g_object_set (follow_up, "action", "Send the report", "owner-id", id_of (maartje), "due-on", "2002-04-01",
                  "status", CP_FOLLOW_UP_STATUS_DONE, NULL);
    save_ok (store, follow_up);
  }

  /* Read back from the file, opened anew. */
  {
    g_autoptr(CpStore) store = open_store (f->path);
    g_autoptr(GError) error = NULL;
    g_autoptr(CpVisit) read = cp_store_get_visit (store, id_of (visit), &error);
    gint64 visit_id = id_of (visit);

    g_assert_no_error (error);
    assert_same_record (CP_RECORD (visit), CP_RECORD (read));
    g_assert_true (cp_visit_has_modality (read, CP_EXCHANGE_MODALITY_FIELD_VISITS));
    g_assert_false (cp_visit_has_modality (read, CP_EXCHANGE_MODALITY_COACHING));
    assert_read_back (visit, cp_store_list_visits (store, id_of (t.partnership), NULL));
    assert_read_back (visit, cp_store_list_visits (store, 0, NULL));
    assert_read_back (delegate, cp_store_list_delegates (store, visit_id, NULL));
    assert_read_back (item, cp_store_list_programme_items (store, visit_id, NULL));
    assert_read_back (cost, cp_store_list_cost_lines (store, visit_id, NULL));
    assert_read_back (check, cp_store_list_checklist_items (store, visit_id, NULL));
    assert_read_back (learning, cp_store_list_learning_entries (store, visit_id, NULL));
    assert_read_back (follow_up, cp_store_list_follow_ups (store, visit_id, NULL));

    g_assert_null (cp_store_get_visit (store, visit_id + 100, &error));
    g_assert_error (error, CP_STORE_ERROR, CP_STORE_ERROR_NOT_FOUND);
  }

  /* Changed and saved again, it keeps its id and its checklist. */
  {
    g_autoptr(CpStore) store = open_store (f->path);
    g_autoptr(CpVisit) read = NULL;

    g_object_set (visit, "purpose", "Work visit on housing", "status", CP_VISIT_STATUS_CANCELLED, NULL);
    save_ok (store, visit);
    read = cp_store_get_visit (store, id_of (visit), NULL);
    assert_same_record (CP_RECORD (visit), CP_RECORD (read));
    g_assert_cmpint (raw_query_int (f->path, "SELECT count(*) FROM visit"), ==, 1);
    g_assert_cmpint (raw_query_int (f->path, "SELECT count(*) FROM checklist_item"), ==, 13);
  }

  twinning_clear (&t);
}

static void
test_store_default_checklist (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(CpStore) store = open_store (f->path);
  Twinning t = { 0 };
  g_autoptr(CpVisit) visit = NULL;
  g_autoptr(GListModel) items = NULL;
  const CpChecklistTemplate *defaults;
  guint n_defaults = 0;
  guint per_phase[3] = { 0 };

  twinning_save (&t, store, "Utrecht", "León", "NI");
  visit = save_visit (store, &t, "2007-03-12", "2007-03-20", "Work visit on waste management");
  defaults = cp_checklist_defaults (&n_defaults);
  g_assert_cmpuint (n_defaults, ==, 12);

  items = cp_store_list_checklist_items (store, id_of (visit), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 12);
  for (guint i = 0; i < 12; i++)
    {
      g_autoptr(CpChecklistItem) item = g_list_model_get_item (items, i);

      g_assert_cmpint (cp_checklist_item_get_visit_id (item), ==, id_of (visit));
      g_assert_cmpint (cp_checklist_item_get_phase (item), ==, defaults[i].phase);
      g_assert_cmpstr (cp_checklist_item_get_text (item), ==, _(defaults[i].text));
      g_assert_false (cp_checklist_item_get_done (item));
      g_assert_cmpint (cp_checklist_item_get_position (item), ==, (int) i);
      if (i > 0)
        {
          g_autoptr(CpChecklistItem) before = g_list_model_get_item (items, i - 1);
          g_assert_cmpint (cp_checklist_item_get_phase (before), <=, cp_checklist_item_get_phase (item));
        }
      per_phase[cp_checklist_item_get_phase (item)]++;
    }
  /* Before, during and after the visit. */
  g_assert_cmpuint (per_phase[CP_CHECKLIST_PHASE_BEFORE], ==, 5);
  g_assert_cmpuint (per_phase[CP_CHECKLIST_PHASE_DURING], ==, 2);
  g_assert_cmpuint (per_phase[CP_CHECKLIST_PHASE_AFTER], ==, 5);

  /* Saved again, it gets no second checklist; another visit gets one of its own. */
  g_object_set (visit, "status", CP_VISIT_STATUS_CONFIRMED, NULL);
  save_ok (store, visit);
  g_assert_cmpint (raw_query_int (f->path, "SELECT count(*) FROM checklist_item"), ==, 12);
  {
    g_autoptr(CpVisit) another = save_visit (store, &t, "2008-03-12", "2008-03-20", "Return visit");
    g_autoptr(GListModel) its_items = cp_store_list_checklist_items (store, id_of (another), NULL);

    g_assert_cmpuint (g_list_model_get_n_items (its_items), ==, 12);
    g_assert_cmpint (raw_query_int (f->path, "SELECT count(*) FROM checklist_item"), ==, 24);
  }
  twinning_clear (&t);
}

static void
test_store_delete_cascades (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(CpStore) store = open_store (f->path);
  Twinning t = { 0 };
  g_autoptr(CpPerson) person = NULL;
  g_autoptr(CpVisit) doomed = NULL;
  g_autoptr(CpVisit) kept = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *kept_rows = NULL;
  g_autofree char *sql = NULL;

  twinning_save (&t, store, "Utrecht", "León", "NI");
  person = save_person (store, "Maartje Boersma", NULL);
  doomed = save_visit (store, &t, "2007-03-12", "2007-03-20", "Work visit");
  kept = save_visit (store, &t, "2008-03-12", "2008-03-20", "Return visit");

  for (guint i = 0; i < 2; i++)
    {
      CpVisit *visit = i ? kept : doomed;
      g_autoptr(CpDelegate) delegate = save_delegate (store, visit, person, CP_DELEGATE_ROLE_EXPERT);
      g_autoptr(CpProgrammeItem) item = save_item (store, visit, cp_visit_get_starts_on (visit), "", "Arrival");
      g_autoptr(CpCostLine) cost = cp_cost_line_new (id_of (visit));
      g_autoptr(CpLearningEntry) learning = cp_learning_entry_new (id_of (visit));
      g_autoptr(CpFollowUp) follow_up = save_follow_up (store, visit, "Send the report", "");

      g_object_set (cost, "amount", (gint64) 50000, "currency", "EUR", NULL);
      save_ok (store, cost);
      g_object_set (learning, "person-id", id_of (person), "learnt", "How the landfill works", NULL);
      save_ok (store, learning);
    }

  {
    static const char * const children[] = { "delegate", "programme_item", "cost_line", "checklist_item",
                                              "learning_entry", "follow_up" };
    g_autoptr(GString) text = g_string_new ("SELECT 0");

    for (guint i = 0; i < G_N_ELEMENTS (children); i++)
      g_string_append_printf (text, " + (SELECT count(*) FROM %s WHERE visit_id = %" G_GINT64_FORMAT ")",
                              children[i], id_of (doomed));
    sql = g_string_free (g_steal_pointer (&text), FALSE);
  }
  g_assert_cmpint (raw_query_int (f->path, sql), ==, 5 + 12);

  g_assert_true (cp_store_delete_record (store, CP_RECORD (doomed), &error));
  g_assert_no_error (error);
  g_assert_cmpint (raw_query_int (f->path, sql), ==, 0);
  kept_rows = count_visit_rows (f->path);
  g_assert_cmpstr (kept_rows, ==, "visit 1, delegate 1, programme_item 1, cost_line 1, checklist_item 12, "
                                  "learning_entry 1, follow_up 1");
  g_assert_null (cp_store_get_visit (store, id_of (doomed), NULL));
  twinning_clear (&t);
}

static void
test_store_delegate_unique (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(CpStore) store = open_store (f->path);
  Twinning t = { 0 };
  g_autoptr(CpPerson) person = NULL;
  g_autoptr(CpVisit) visit = NULL;
  g_autoptr(CpVisit) other = NULL;
  g_autoptr(CpDelegate) first = NULL;
  g_autoptr(CpDelegate) again = NULL;
  g_autoptr(CpDelegate) elsewhere = NULL;
  g_autoptr(GError) error = NULL;

  twinning_save (&t, store, "Utrecht", "León", "NI");
  person = save_person (store, "Maartje Boersma", NULL);
  visit = save_visit (store, &t, "2007-03-12", "2007-03-20", "Work visit");
  other = save_visit (store, &t, "2008-03-12", "2008-03-20", "Return visit");
  first = save_delegate (store, visit, person, CP_DELEGATE_ROLE_LEADER);

  again = cp_delegate_new (id_of (visit));
  g_object_set (again, "person-id", id_of (person), "role", CP_DELEGATE_ROLE_EXPERT, NULL);
  g_assert_false (cp_store_save (store, CP_RECORD (again), &error));
  g_assert_error (error, CP_STORE_ERROR, CP_STORE_ERROR_CONSTRAINT);
  g_assert_cmpint (id_of (again), ==, 0);
  g_assert_cmpint (raw_query_int (f->path, "SELECT count(*) FROM delegate"), ==, 1);

  /* The same person on another visit is another member. */
  elsewhere = save_delegate (store, other, person, CP_DELEGATE_ROLE_EXPERT);
  g_assert_cmpint (raw_query_int (f->path, "SELECT count(*) FROM delegate"), ==, 2);
  twinning_clear (&t);
}

/* Undo of a deleted record saves it again: it comes back under its own id. */
static void
test_store_delete_and_save_again (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(CpStore) store = open_store (f->path);
  Twinning t = { 0 };
  g_autoptr(CpPerson) person = NULL;
  g_autoptr(CpVisit) visit = NULL;
  g_autoptr(CpDelegate) delegate = NULL;
  g_autoptr(GListModel) delegates = NULL;
  g_autoptr(CpDelegate) back = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  twinning_save (&t, store, "Utrecht", "León", "NI");
  person = save_person (store, "Maartje Boersma", NULL);
  visit = save_visit (store, &t, "2007-03-12", "2007-03-20", "Work visit");
  delegate = save_delegate (store, visit, person, CP_DELEGATE_ROLE_LEADER);
  id = id_of (delegate);

  g_assert_true (cp_store_delete_record (store, CP_RECORD (delegate), &error));
  g_assert_no_error (error);
  g_assert_cmpint (raw_query_int (f->path, "SELECT count(*) FROM delegate"), ==, 0);

  g_assert_true (cp_store_save (store, CP_RECORD (delegate), &error));
  g_assert_no_error (error);
  g_assert_cmpint (id_of (delegate), ==, id);
  delegates = cp_store_list_delegates (store, id_of (visit), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (delegates), ==, 1);
  back = g_list_model_get_item (delegates, 0);
  g_assert_cmpint (id_of (back), ==, id);
  g_assert_cmpint (cp_delegate_get_person_id (back), ==, id_of (person));
  g_assert_cmpint (cp_delegate_get_role (back), ==, CP_DELEGATE_ROLE_LEADER);
  twinning_clear (&t);
}

/* Records the store must refuse, before writing anything */

typedef struct
{
  Twinning  twinning;
  CpVisit  *visit;
} Plan;

typedef struct
{
  const char        *path;
  CpRecord        *(*make) (Plan *plan);
  CpValidationError  code;
} RefusedCase;

static CpRecord *
visit_ending_before_it_starts (Plan *plan)
{
  return CP_RECORD (new_visit (&plan->twinning, "2007-03-20", "2007-03-12", "Work visit"));
}

static CpRecord *
item_ending_before_it_starts (Plan *plan)
{
  CpProgrammeItem *item = cp_programme_item_new (id_of (plan->visit));

  g_object_set (item, "date", "2007-03-13", "starts-at", "10:00", "ends-at", "09:30", "activity", "Meeting", NULL);
  return CP_RECORD (item);
}

static CpRecord *
item_in_unknown_language (Plan *plan)
{
  CpProgrammeItem *item = cp_programme_item_new (id_of (plan->visit));

  g_object_set (item, "date", "2007-03-13", "activity", "Meeting", "language", "qq", NULL);
  return CP_RECORD (item);
}

static CpRecord *
negative_cost (Plan *plan)
{
  CpCostLine *cost = cp_cost_line_new (id_of (plan->visit));

  g_object_set (cost, "amount", (gint64) -500, "currency", "EUR", NULL);
  return CP_RECORD (cost);
}

static CpRecord *
cost_in_unknown_currency (Plan *plan)
{
  CpCostLine *cost = cp_cost_line_new (id_of (plan->visit));

  g_object_set (cost, "amount", (gint64) 500, "currency", "QQQ", NULL);
  return CP_RECORD (cost);
}

static CpRecord *
cost_in_lowercase_currency (Plan *plan)
{
  CpCostLine *cost = cp_cost_line_new (id_of (plan->visit));

  g_object_set (cost, "amount", (gint64) 500, "currency", "eur", NULL);
  return CP_RECORD (cost);
}

static const RefusedCase refused_cases[] = {
  { "/visits/store/refused/visit-ends-before-it-starts", visit_ending_before_it_starts, CP_VALIDATION_ERROR_ORDER },
  { "/visits/store/refused/item-ends-before-it-starts", item_ending_before_it_starts, CP_VALIDATION_ERROR_ORDER },
  { "/visits/store/refused/unknown-language", item_in_unknown_language, CP_VALIDATION_ERROR_UNKNOWN_CODE },
  { "/visits/store/refused/negative-amount", negative_cost, CP_VALIDATION_ERROR_OUT_OF_RANGE },
  { "/visits/store/refused/unknown-currency", cost_in_unknown_currency, CP_VALIDATION_ERROR_UNKNOWN_CODE },
  { "/visits/store/refused/lowercase-currency", cost_in_lowercase_currency, CP_VALIDATION_ERROR_UNKNOWN_CODE },
};

static void
on_changed (CpStore *store,
            guint   *n)
{
  (*n)++;
}

static void
test_store_refused (Fixture       *f,
                    gconstpointer  data)
{
  const RefusedCase *c = data;
  g_autoptr(CpStore) store = open_store (f->path);
  g_autoptr(CpRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  Plan plan = { 0 };
  guint changes = 0;

  twinning_save (&plan.twinning, store, "Utrecht", "León", "NI");
  plan.visit = save_visit (store, &plan.twinning, "2007-03-12", "2007-03-20", "Work visit");
  before = count_visit_rows (f->path);

  record = c->make (&plan);
  g_signal_connect (store, "changed", G_CALLBACK (on_changed), &changes);
  g_assert_false (cp_store_save (store, record, &error));
  g_assert_error (error, CP_VALIDATION_ERROR, (int) c->code);
  g_assert_cmpint (cp_record_get_id (record), ==, 0);

  after = count_visit_rows (f->path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (changes, ==, 0);

  g_clear_object (&plan.visit);
  twinning_clear (&plan.twinning);
}

static void
test_store_visits_of_person (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(CpStore) store = open_store (f->path);
  Twinning t = { 0 };
  Twinning other = { 0 };
  g_autoptr(CpPerson) maartje = NULL;
  g_autoptr(CpPerson) ana = NULL;
  g_autoptr(CpPerson) nobody = NULL;
  g_autoptr(CpVisit) later = NULL;
  g_autoptr(CpVisit) earlier = NULL;
  g_autoptr(CpVisit) elsewhere = NULL;
  g_autoptr(CpDelegate) d1 = NULL;
  g_autoptr(CpDelegate) d2 = NULL;
  g_autoptr(CpDelegate) d3 = NULL;
  g_autoptr(CpDelegate) d4 = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *found = NULL;

  twinning_save (&t, store, "Utrecht", "León", "NI");
  twinning_save (&other, store, "Alphen aan den Rijn", "Oudtshoorn", "ZA");
  maartje = save_person (store, "Maartje Boersma", NULL);
  ana = save_person (store, "Ana Pérez", NULL);
  nobody = save_person (store, "Jan de Vries", NULL);
  later = save_visit (store, &t, "2008-03-01", "2008-03-14", "Later visit");
  earlier = save_visit (store, &t, "2007-03-01", "2007-03-14", "Earlier visit");
  elsewhere = save_visit (store, &other, "2007-06-01", "2007-06-14", "Visit to Oudtshoorn");
  d1 = save_delegate (store, later, maartje, CP_DELEGATE_ROLE_LEADER);
  d2 = save_delegate (store, earlier, maartje, CP_DELEGATE_ROLE_EXPERT);
  d3 = save_delegate (store, elsewhere, maartje, CP_DELEGATE_ROLE_EXPERT);
  d4 = save_delegate (store, later, ana, CP_DELEGATE_ROLE_INTERPRETER);

  /* By date, across partnerships. */
  expected = IDS (id_of (earlier), id_of (elsewhere), id_of (later));
  found = ids_of (cp_store_list_visits_of_person (store, id_of (maartje), NULL));
  g_assert_cmpstr (found, ==, expected);
  g_clear_pointer (&found, g_free);
  g_clear_pointer (&expected, g_free);

  expected = IDS (id_of (later));
  found = ids_of (cp_store_list_visits_of_person (store, id_of (ana), NULL));
  g_assert_cmpstr (found, ==, expected);
  g_clear_pointer (&found, g_free);

  found = ids_of (cp_store_list_visits_of_person (store, id_of (nobody), NULL));
  g_assert_cmpstr (found, ==, "");
  g_clear_pointer (&found, g_free);
  g_clear_pointer (&expected, g_free);

  /* A partnership put aside takes its visits out of the list, and puts them back. */
  g_assert_true (cp_store_trash_partnership (store, id_of (other.partnership), NULL));
  expected = IDS (id_of (earlier), id_of (later));
  found = ids_of (cp_store_list_visits_of_person (store, id_of (maartje), NULL));
  g_assert_cmpstr (found, ==, expected);
  g_clear_pointer (&found, g_free);
  g_clear_pointer (&expected, g_free);
  g_assert_true (cp_store_restore_partnership (store, id_of (other.partnership), NULL));
  expected = IDS (id_of (earlier), id_of (elsewhere), id_of (later));
  found = ids_of (cp_store_list_visits_of_person (store, id_of (maartje), NULL));
  g_assert_cmpstr (found, ==, expected);

  twinning_clear (&t);
  twinning_clear (&other);
}

static void
test_store_follow_ups (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(CpStore) store = open_store (f->path);
  Twinning t = { 0 };
  g_autoptr(CpVisit) first = NULL;
  g_autoptr(CpVisit) second = NULL;
  g_autoptr(CpFollowUp) may = NULL;
  g_autoptr(CpFollowUp) undated = NULL;
  g_autoptr(CpFollowUp) april = NULL;
  g_autoptr(CpFollowUp) mid_april = NULL;
  g_autoptr(CpFollowUp) undated_too = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *found = NULL;

  twinning_save (&t, store, "Utrecht", "León", "NI");
  first = save_visit (store, &t, "2008-03-01", "2008-03-14", "Work visit");
  second = save_visit (store, &t, "2008-02-01", "2008-02-07", "Earlier visit");
  may = save_follow_up (store, first, "Report to the council", "2008-05-01");
  undated = save_follow_up (store, first, "Keep in touch", "");
  april = save_follow_up (store, first, "Send the report", "2008-04-01");
  mid_april = save_follow_up (store, second, "Share the findings", "2008-04-15");
  undated_too = save_follow_up (store, second, "Plan a return visit", "");

  /* All visits: by due date, the undated last (in the order they were added). */
  expected = IDS (id_of (april), id_of (mid_april), id_of (may), id_of (undated), id_of (undated_too));
  found = ids_of (cp_store_list_follow_ups (store, 0, NULL));
  g_assert_cmpstr (found, ==, expected);
  g_clear_pointer (&found, g_free);
  g_clear_pointer (&expected, g_free);

  expected = IDS (id_of (april), id_of (may), id_of (undated));
  found = ids_of (cp_store_list_follow_ups (store, id_of (first), NULL));
  g_assert_cmpstr (found, ==, expected);
  g_clear_pointer (&found, g_free);
  g_clear_pointer (&expected, g_free);

  expected = IDS (id_of (mid_april), id_of (undated_too));
  found = ids_of (cp_store_list_follow_ups (store, id_of (second), NULL));
  g_assert_cmpstr (found, ==, expected);
  twinning_clear (&t);
}

/* “kind:record …”, one visit's conflicts after another, and the messages. */
static void
store_conflicts (CpStore  *store,
                 gint64    visit_id,
                 char    **kinds,
                 char    **messages)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *conflicts = cp_store_find_visit_conflicts (store, visit_id, &error);

  g_assert_no_error (error);
  describe_conflicts (conflicts, visit_id, kinds, messages);
}

static void
test_store_conflicts (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(CpStore) store = open_store (f->path);
  Twinning t = { 0 };
  g_autoptr(CpPerson) maartje = NULL;
  g_autoptr(CpPerson) ana = NULL;
  g_autoptr(CpPerson) lucia = NULL;
  g_autoptr(CpVisit) work = NULL;
  g_autoptr(CpVisit) lse = NULL;
  g_autoptr(CpVisit) cancelled = NULL;
  g_autoptr(CpStatusChange) dormant = NULL;
  g_autoptr(CpProgrammeItem) meeting = NULL;
  g_autoptr(CpProgrammeItem) late = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) each = g_string_new (NULL);
  g_autoptr(GString) each_message = g_string_new (NULL);
  g_autoptr(GListModel) visits = NULL;
  g_autofree char *kinds = NULL;
  g_autofree char *messages = NULL;
  g_autofree char *expected = NULL;
  CpDelegate *delegates[5];

  twinning_save (&t, store, "Utrecht", "León", "NI");
  maartje = save_person (store, "Maartje Boersma", "nl:c2,es:c1");
  ana = save_person (store, "Ana Pérez", "en:c1");
  lucia = save_person (store, "Lucía Gómez", "es:c2");

  /* Active since 1998 (saved with the partnership), dormant for a few days. */
  dormant = cp_status_change_new (id_of (t.partnership));
  g_object_set (dormant, "status", CP_PARTNERSHIP_STATUS_DORMANT, "since", "2008-03-05", NULL);
  save_ok (store, dormant);
  {
    g_autoptr(CpStatusChange) active = cp_status_change_new (id_of (t.partnership));
    g_object_set (active, "status", CP_PARTNERSHIP_STATUS_ACTIVE, "since", "2008-03-10", NULL);
    save_ok (store, active);
  }

  work = save_visit (store, &t, "2008-03-01", "2008-03-14", "Work visit to León");
  lse = save_visit (store, &t, "2008-03-10", "2008-03-20", "LSE work visit");
  cancelled = save_visit (store, &t, "2008-03-01", "2008-03-14", "Cancelled visit");
  g_object_set (cancelled, "status", CP_VISIT_STATUS_CANCELLED, NULL);
  save_ok (store, cancelled);

  delegates[0] = save_delegate (store, work, maartje, CP_DELEGATE_ROLE_LEADER);
  delegates[1] = save_delegate (store, work, ana, CP_DELEGATE_ROLE_EXPERT);
  delegates[2] = save_delegate (store, lse, maartje, CP_DELEGATE_ROLE_EXPERT);
  delegates[3] = save_delegate (store, cancelled, ana, CP_DELEGATE_ROLE_EXPERT);
  delegates[4] = save_delegate (store, cancelled, lucia, CP_DELEGATE_ROLE_EXPERT);
  meeting = save_item (store, work, "2008-03-03", "es", "Meeting with the LSE team");
  late = save_item (store, work, "2008-04-03", "", "Report to the council");
  {
    /* The cancelled visit's plan is all wrong, and no matter. */
    g_autoptr(CpProgrammeItem) item = save_item (store, cancelled, "2009-01-01", "nl", "Nothing");
  }

  store_conflicts (store, id_of (work), &kinds, &messages);
  expected = g_strdup_printf ("double-booked:%" G_GINT64_FORMAT " outside-active:%" G_GINT64_FORMAT
                              " missing-language:%" G_GINT64_FORMAT " item-outside:%" G_GINT64_FORMAT,
                              id_of (lse), id_of (dormant), id_of (ana), id_of (late));
  g_assert_cmpstr (kinds, ==, expected);
  g_assert_cmpstr (messages, ==,
                   "Maartje Boersma is also on the visit “LSE work visit” from 10 March 2008 to 20 March 2008.\n"
                   "The partnership is not active on these dates: it was dormant from 5 March 2008 until 10 March 2008.\n"
                   "Ana Pérez does not speak Spanish, which the programme item “Meeting with the LSE team” needs.\n"
                   "“Report to the council” on 3 April 2008 is outside the visit (1 March 2008 – 14 March 2008).");
  g_clear_pointer (&kinds, g_free);
  g_clear_pointer (&messages, g_free);
  g_clear_pointer (&expected, g_free);

  store_conflicts (store, id_of (lse), &kinds, &messages);
  expected = g_strdup_printf ("double-booked:%" G_GINT64_FORMAT, id_of (work));
  g_assert_cmpstr (kinds, ==, expected);
  g_clear_pointer (&kinds, g_free);
  g_clear_pointer (&messages, g_free);

  store_conflicts (store, id_of (cancelled), &kinds, &messages);
  g_assert_cmpstr (kinds, ==, "");
  g_clear_pointer (&kinds, g_free);
  g_clear_pointer (&messages, g_free);

  /* All visits at once: each visit's conflicts in the order of the visits. */
  visits = cp_store_list_visits (store, 0, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (visits); i++)
    {
      g_autoptr(CpVisit) visit = g_list_model_get_item (visits, i);
      g_autofree char *k = NULL;
      g_autofree char *m = NULL;

      store_conflicts (store, id_of (visit), &k, &m);
      if (*k != '\0')
        {
          g_string_append_printf (each, "%s%s", each->len ? " " : "", k);
          g_string_append_printf (each_message, "%s%s", each_message->len ? "\n" : "", m);
        }
    }
  store_conflicts (store, 0, &kinds, &messages);
  g_assert_cmpstr (kinds, ==, each->str);
  g_assert_cmpstr (messages, ==, each_message->str);
  g_clear_pointer (&kinds, g_free);
  g_clear_pointer (&messages, g_free);

  /* Cancelling the LSE visit frees Maartje. */
  g_object_set (lse, "status", CP_VISIT_STATUS_CANCELLED, NULL);
  save_ok (store, lse);
  store_conflicts (store, id_of (work), &kinds, &messages);
  g_assert_true (g_str_has_prefix (kinds, "outside-active:"));
  g_clear_pointer (&kinds, g_free);
  g_clear_pointer (&messages, g_free);

  g_assert_null (cp_store_find_visit_conflicts (store, id_of (work) + 100, &error));
  g_assert_error (error, CP_STORE_ERROR, CP_STORE_ERROR_NOT_FOUND);

  for (guint i = 0; i < G_N_ELEMENTS (delegates); i++)
    g_object_unref (delegates[i]);
  twinning_clear (&t);
}

/* Many visits: all at once reads the same as one by one. */
static void
test_store_conflicts_many (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(CpStore) store = open_store (f->path);
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GRand) rand = g_rand_new_with_seed (2009);
  g_autoptr(GListModel) visits = NULL;
  g_autoptr(GString) each = g_string_new (NULL);
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;
  Twinning t[3] = { 0 };
  guint n_visits = g_test_perf () ? 1000 : 150;
  static const char * const languages[] = { "", "es", "nl", "af", "en" };
  gdouble seconds;

  g_assert_true (cp_store_begin_write (store, NULL));
  twinning_save (&t[0], store, "Utrecht", "León", "NI");
  twinning_save (&t[1], store, "Alphen aan den Rijn", "Oudtshoorn", "ZA");
  twinning_save (&t[2], store, "Treptow-Köpenick", "Cajamarca", "PE");
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(CpStatusChange) change = cp_status_change_new (id_of (t[i].partnership));
      g_object_set (change, "status", CP_PARTNERSHIP_STATUS_DORMANT, "since", i == 0 ? "2005" : "2003-06-15", NULL);
      save_ok (store, change);
    }
  for (guint i = 0; i < n_visits / 3; i++)
    {
      g_autofree char *name = g_strdup_printf ("Person %03u", i);
      g_ptr_array_add (people, save_person (store, name, i % 3 ? "es:b2,nl:c2" : "nl:c2"));
    }
  for (guint i = 0; i < n_visits; i++)
    {
      GDate start;
      char starts[11], ends[11];
      g_autoptr(CpVisit) visit = NULL;
      g_autoptr(GHashTable) chosen = g_hash_table_new (NULL, NULL);
      guint n_members = g_rand_int_range (rand, 1, 6);

      g_date_clear (&start, 1);
      g_date_set_dmy (&start, 1, 1, 2000);
      g_date_add_days (&start, g_rand_int_range (rand, 0, 3650));
      g_date_strftime (starts, sizeof starts, "%Y-%m-%d", &start);
      g_date_add_days (&start, g_rand_int_range (rand, 0, 14));
      g_date_strftime (ends, sizeof ends, "%Y-%m-%d", &start);
      visit = new_visit (&t[i % 3], starts, ends, "Work visit");
      if (g_rand_int_range (rand, 0, 10) == 0)
        g_object_set (visit, "status", CP_VISIT_STATUS_CANCELLED, NULL);
      save_ok (store, visit);

      for (guint m = 0; m < n_members; m++)
        {
          CpPerson *person = g_ptr_array_index (people, g_rand_int_range (rand, 0, people->len));
          g_autoptr(CpDelegate) delegate = NULL;

          if (!g_hash_table_add (chosen, person))
            continue;
          delegate = save_delegate (store, visit, person,
                                    g_rand_int_range (rand, 0, 8) == 0 ? CP_DELEGATE_ROLE_INTERPRETER
                                                                       : CP_DELEGATE_ROLE_EXPERT);
        }
      for (guint p = 0; p < 3; p++)
        {
          g_autoptr(CpProgrammeItem) item =
            save_item (store, visit, g_rand_int_range (rand, 0, 20) == 0 ? "1999-12-31" : starts,
                       languages[g_rand_int_range (rand, 0, G_N_ELEMENTS (languages))], "Meeting");
        }
    }
  g_assert_true (cp_store_end_write (store, TRUE, NULL));

  g_test_timer_start ();
  all = cp_store_find_visit_conflicts (store, 0, &error);
  seconds = g_test_timer_elapsed ();
  g_assert_no_error (error);
  g_assert_nonnull (all);
  g_test_message ("%u visits: %u conflicts in %.3f s", n_visits, all->len, seconds);
  if (g_test_perf ())
    g_test_minimized_result (seconds, "conflicts of %u visits: %.3f s", n_visits, seconds);
  g_assert_cmpuint (all->len, >, 0);

  if (g_test_perf ())
    goto out;

  visits = cp_store_list_visits (store, 0, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (visits); i++)
    {
      g_autoptr(CpVisit) visit = g_list_model_get_item (visits, i);
      g_autoptr(GPtrArray) conflicts = cp_store_find_visit_conflicts (store, id_of (visit), NULL);

      g_assert_nonnull (conflicts);
      for (guint c = 0; c < conflicts->len; c++)
        {
          CpConflict *conflict = g_ptr_array_index (conflicts, c);
          g_string_append_printf (each, "%u:%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT ":%s\n",
                                  conflict->kind, conflict->visit_id, conflict->record_id, conflict->message);
        }
    }
  {
    g_autoptr(GString) at_once = g_string_new (NULL);

    for (guint c = 0; c < all->len; c++)
      {
        CpConflict *conflict = g_ptr_array_index (all, c);
        g_string_append_printf (at_once, "%u:%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT ":%s\n",
                                conflict->kind, conflict->visit_id, conflict->record_id, conflict->message);
      }
    g_assert_cmpstr (at_once->str, ==, each->str);
  }

out:
  for (guint i = 0; i < 3; i++)
    twinning_clear (&t[i]);
}

/* Money */

typedef struct
{
  const char *text;
  const char *currency;
  gint64      minor;   /* when it reads */
  int         code;    /* -1 when it reads, else the CpValidationError */
} ParseCase;

static const ParseCase english_parse_cases[] = {
  { "1,234.56", "EUR", 123456, -1 },
  { "1234.56", "EUR", 123456, -1 },
  { "1234.5", "EUR", 123450, -1 },
  { "0.05", "EUR", 5, -1 },
  { ".5", "EUR", 50, -1 },
  { "1,234", "EUR", 123400, -1 },
  { "1,234,567.89", "EUR", 123456789, -1 },
  { "  12  ", "EUR", 1200, -1 },
  { "1 234.56", "EUR", 123456, -1 },       /* a space groups as well */
  { "0", "EUR", 0, -1 },
  { "1,234", "JPY", 1234, -1 },
  { "1234", "JPY", 1234, -1 },
  { "1.234", "KWD", 1234, -1 },
  { "1,234.567", "KWD", 1234567, -1 },
  { "12.5", "PEN", 1250, -1 },
  { "1.234,56", "EUR", 0, CP_VALIDATION_ERROR_FORMAT },   /* Dutch notation */
  { "12.345", "EUR", 0, CP_VALIDATION_ERROR_FORMAT },     /* three decimals */
  { "12.5", "JPY", 0, CP_VALIDATION_ERROR_FORMAT },       /* the yen has none */
  { "1.2345", "KWD", 0, CP_VALIDATION_ERROR_FORMAT },
  { "1,23", "EUR", 0, CP_VALIDATION_ERROR_FORMAT },       /* not 123: groups are of three */
  { "1,2345", "EUR", 0, CP_VALIDATION_ERROR_FORMAT },
  { "1,23.45", "EUR", 0, CP_VALIDATION_ERROR_FORMAT },
  { "1,,234", "EUR", 0, CP_VALIDATION_ERROR_FORMAT },
  { ",234", "EUR", 0, CP_VALIDATION_ERROR_FORMAT },
  { "1.2.3", "EUR", 0, CP_VALIDATION_ERROR_FORMAT },
  { ".", "EUR", 0, CP_VALIDATION_ERROR_FORMAT },
  { "-5", "EUR", 0, CP_VALIDATION_ERROR_OUT_OF_RANGE },
  { "−5", "EUR", 0, CP_VALIDATION_ERROR_OUT_OF_RANGE },   /* U+2212 */
  { "abc", "EUR", 0, CP_VALIDATION_ERROR_FORMAT },
  { "12 EUR", "EUR", 0, CP_VALIDATION_ERROR_FORMAT },
  { "", "EUR", 0, CP_VALIDATION_ERROR_REQUIRED },
  { "   ", "EUR", 0, CP_VALIDATION_ERROR_REQUIRED },
  { "99999999999999999999", "EUR", 0, CP_VALIDATION_ERROR_OUT_OF_RANGE },
};

static void
check_parse_cases (const ParseCase *cases,
                   guint            n)
{
  for (guint i = 0; i < n; i++)
    {
      const ParseCase *c = &cases[i];
      g_autoptr(GError) error = NULL;
      gint64 minor = -1;
      gboolean ok = cp_money_parse (c->text, c->currency, &minor, &error);

      g_test_message ("“%s” %s", c->text, c->currency);
      if (c->code < 0)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          g_assert_cmpint (minor, ==, c->minor);
        }
      else
        {
          g_assert_false (ok);
          g_assert_error (error, CP_VALIDATION_ERROR, c->code);
          g_assert_cmpint (minor, ==, -1);   /* untouched */
          g_assert_true (g_utf8_validate (error->message, -1, NULL));
        }
    }
}

static void
test_money_parse_english (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (cp_money_decimal_separator (), ==, ".");
  g_assert_cmpstr (cp_money_group_separator (), ==, ",");
  check_parse_cases (english_parse_cases, G_N_ELEMENTS (english_parse_cases));

  /* The error says how to write it. */
  g_assert_false (cp_money_parse ("12.345", "EUR", NULL, &error));
  g_assert_cmpstr (error->message, ==, "EUR has 2 decimals: write the amount as 1,234.56.");
  g_clear_error (&error);
  g_assert_false (cp_money_parse ("12.5", "JPY", NULL, &error));
  g_assert_cmpstr (error->message, ==, "JPY has 0 decimals: write the amount as 1,234.");
  g_clear_error (&error);
  g_assert_false (cp_money_parse ("abc", "KWD", NULL, &error));
  g_assert_cmpstr (error->message, ==, "“abc” is not an amount. Write it as 1,234.560.");
}

static void
test_money_format_english (void)
{
  static const struct { gint64 minor; const char *currency; const char *amount; } cases[] = {
    { 123456, "EUR", "1,234.56" },
    { 5, "EUR", "0.05" },
    { 0, "EUR", "0.00" },
    { 123456789, "EUR", "1,234,567.89" },
    { 100000, "EUR", "1,000.00" },
    { -5, "EUR", "-0.05" },
    { 1234, "JPY", "1,234" },
    { 999, "JPY", "999" },
    { 1234, "KWD", "1.234" },
    { 1234567, "KWD", "1,234.567" },
    { G_MAXINT64, "EUR", "92,233,720,368,547,758.07" },
    { G_MININT64, "EUR", "-92,233,720,368,547,758.08" },
  };
  g_autofree char *with_currency = cp_money_format (123456, "ZAR");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *amount = cp_money_format_amount (cases[i].minor, cases[i].currency);
      g_assert_cmpstr (amount, ==, cases[i].amount);

      /* What is written reads back. */
      if (cases[i].minor >= 0 && cases[i].minor < G_MAXINT64 / 10)
        {
          gint64 minor = -1;
          g_autoptr(GError) error = NULL;

          g_assert_true (cp_money_parse (amount, cases[i].currency, &minor, &error));
          g_assert_no_error (error);
          g_assert_cmpint (minor, ==, cases[i].minor);
        }
    }
  g_assert_cmpstr (with_currency, ==, "1,234.56 ZAR");
  g_assert_cmpuint (cp_currency_get_minor_digits ("EUR"), ==, 2);
  g_assert_cmpuint (cp_currency_get_minor_digits ("JPY"), ==, 0);
  g_assert_cmpuint (cp_currency_get_minor_digits ("KWD"), ==, 3);
}

static const ParseCase dutch_parse_cases[] = {
  { "1.234,56", "EUR", 123456, -1 },
  { "1234,5", "EUR", 123450, -1 },
  { "0,05", "EUR", 5, -1 },
  { "1.234", "EUR", 123400, -1 },
  { "1 234,56", "EUR", 123456, -1 },
  { "1.234", "JPY", 1234, -1 },
  { "1,234.56", "EUR", 0, CP_VALIDATION_ERROR_FORMAT },   /* English notation */
  { "1.23", "EUR", 0, CP_VALIDATION_ERROR_FORMAT },       /* not 123 */
  { "12,345", "EUR", 0, CP_VALIDATION_ERROR_FORMAT },
  { "12,5", "JPY", 0, CP_VALIDATION_ERROR_FORMAT },
  { "-5", "EUR", 0, CP_VALIDATION_ERROR_OUT_OF_RANGE },
};

static void
test_money_dutch (void)
{
  g_autofree char *month = NULL;
  gboolean translated;

  cp_test_use_language ("nl");
  month = cp_partial_date_format ("1998-05");
  translated = !g_str_equal (cp_money_decimal_separator (), ".");
  if (!g_str_equal (month, "mei 1998") || !translated)
    {
      cp_test_use_language ("en");
      if (!g_str_equal (month, "mei 1998"))
        g_test_skip ("No Dutch catalogue in COUNTERPART_LOCALEDIR: build po/ first");
      else
        g_test_skip ("po/nl.po does not translate “decimal separator” and “thousands separator” yet");
      return;
    }

  g_assert_cmpstr (cp_money_decimal_separator (), ==, ",");
  g_assert_cmpstr (cp_money_group_separator (), ==, ".");
  check_parse_cases (dutch_parse_cases, G_N_ELEMENTS (dutch_parse_cases));
  {
    g_autofree char *amount = cp_money_format_amount (123456789, "EUR");
    g_autofree char *yen = cp_money_format_amount (1234, "JPY");

    g_assert_cmpstr (amount, ==, "1.234.567,89");
    g_assert_cmpstr (yen, ==, "1.234");
  }
  cp_test_use_language ("en");
  g_assert_cmpstr (cp_money_decimal_separator (), ==, ".");
}

static void
test_money_currencies (void)
{
  static const char * const known[] = { "EUR", "PEN", "NIO", "ZAR", "USD", "JPY", "KWD",
                                        "XXX" /* iso-codes: “no currency is involved” */, NULL };
  static const char * const unknown[] = { "QQQ", "eur", "Eur", "EURO", "EU", "", " EUR", NULL };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; known[i] != NULL; i++)
    {
      g_assert_true (cp_validate_currency (known[i], &error));
      g_assert_no_error (error);
      g_assert_true (cp_currency_is_known (known[i]));
    }
  for (guint i = 0; unknown[i] != NULL; i++)
    {
      g_test_message ("“%s”", unknown[i]);
      g_assert_false (cp_validate_currency (unknown[i], &error));
      g_assert_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_UNKNOWN_CODE);
      g_clear_error (&error);
    }
  g_assert_false (cp_validate_currency (NULL, &error));
  g_assert_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_UNKNOWN_CODE);
  g_clear_error (&error);

  g_assert_false (cp_validate_currency ("QQQ", &error));
  g_assert_cmpstr (error->message, ==,
                   "“QQQ” is not an ISO 4217 currency code. Use three letters, such as EUR, USD, PEN, NIO or ZAR.");
  g_assert_cmpstr (cp_currency_get_name ("EUR"), ==, "Euro");
}

int
main (int    argc,
      char **argv)
{
  cp_test_init (&argc, &argv);

  for (guint i = 0; i < G_N_ELEMENTS (conflict_cases); i++)
    g_test_add_data_func (conflict_cases[i].path, &conflict_cases[i], test_conflict_case);
  g_test_add_func ("/visits/conflicts/unsaved", test_conflicts_unsaved);

  ADD ("/visits/store/round-trip", test_store_round_trip);
  ADD ("/visits/store/default-checklist", test_store_default_checklist);
  ADD ("/visits/store/delete-cascades", test_store_delete_cascades);
  ADD ("/visits/store/delegate-unique", test_store_delegate_unique);
  ADD ("/visits/store/delete-and-save-again", test_store_delete_and_save_again);
  for (guint i = 0; i < G_N_ELEMENTS (refused_cases); i++)
    g_test_add (refused_cases[i].path, Fixture, &refused_cases[i], cp_test_dir_set_up, test_store_refused,
                cp_test_dir_tear_down);
  ADD ("/visits/store/visits-of-person", test_store_visits_of_person);
  ADD ("/visits/store/follow-ups", test_store_follow_ups);
  ADD ("/visits/store/conflicts", test_store_conflicts);
  ADD ("/visits/store/conflicts/many", test_store_conflicts_many);

  g_test_add_func ("/visits/money/parse/english", test_money_parse_english);
  g_test_add_func ("/visits/money/format/english", test_money_format_english);
  g_test_add_func ("/visits/money/dutch", test_money_dutch);
  g_test_add_func ("/visits/money/currencies", test_money_currencies);

  return g_test_run ();
}
