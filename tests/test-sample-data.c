/* test-sample-data.c: the sample workspace holds the study's facts
 *
 * Loads the sample into a new workspace and reads it back through the store, checking
 * the figures of Bontenbal (2009) that the sample claims to hold: Table 5.1, the
 * populations of §5.1–5.2, and that every record cites the study and names no one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "cp-enum-types.h"
#include "core/cp-partial-date.h"
#include "store/cp-sample-data.h"
#include "store/cp-store-private.h"

/* People the study names; the sample refers to them by role only. */
static const char * const personal_names[] = {
  "Guerrero", "Figueroa", "Zea", "Téllez", "Tránsito", "Ulbricht", "Hoyos", "Rubio",
  "Gutierrez", "Vielka", "Pierre Nel", "Luiters", "Castro", "Stark", "Liesner",
};

typedef struct
{
  char    *dir;
  char    *path;
  CpStore *store;
} Fixture;

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *file = g_build_filename (dir, name, NULL);
      g_assert_no_errno (g_unlink (file));
    }
  g_assert_no_errno (g_rmdir (dir));
}

static void
fixture_set_up_empty (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("counterpart-sample-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "workspace.sqlite", NULL);
  fixture->store = cp_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->store);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture_set_up_empty (fixture, data);
  g_assert_true (cp_sample_data_load (fixture->store, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  remove_dir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

/* Helpers */

static GListModel *
list_partnerships (CpStore *store)
{
  g_autoptr(GError) error = NULL;
  GListModel *list = cp_store_list_partnerships (store, &error);

  g_assert_no_error (error);
  g_assert_nonnull (list);
  return list;
}

static GListModel *
list_municipalities (CpStore *store)
{
  g_autoptr(GError) error = NULL;
  GListModel *list = cp_store_list_municipalities (store, &error);

  g_assert_no_error (error);
  g_assert_nonnull (list);
  return list;
}

typedef GListModel *(*ListFunc) (CpStore *, gint64, GError **);

static GListModel *
list_of (CpStore  *store,
         ListFunc  func,
         gint64    partnership_id)
{
  g_autoptr(GError) error = NULL;
  GListModel *list = func (store, partnership_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (list);
  return list;
}

static CpPartnership *
find_partnership (CpStore    *store,
                  const char *title)
{
  g_autoptr(GListModel) list = list_partnerships (store);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(CpPartnership) p = g_list_model_get_item (list, i);
      g_autofree char *t = cp_partnership_dup_title (p);

      if (g_strcmp0 (t, title) == 0)
        return g_steal_pointer (&p);
    }
  g_test_message ("No partnership “%s”", title);
  g_assert_not_reached ();
}

static CpMunicipality *
find_municipality (CpStore    *store,
                   const char *name)
{
  g_autoptr(GListModel) list = list_municipalities (store);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(CpMunicipality) m = g_list_model_get_item (list, i);

      if (g_strcmp0 (cp_municipality_get_name (m), name) == 0)
        return g_steal_pointer (&m);
    }
  g_test_message ("No municipality “%s”", name);
  g_assert_not_reached ();
}

/* Every record in the workspace, for checks that apply to all of them. */
static GPtrArray *
collect_records (CpStore *store)
{
  GPtrArray *records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListModel) municipalities = list_municipalities (store);
  g_autoptr(GListModel) partnerships = list_partnerships (store);
  const ListFunc children[] = {
    cp_store_list_status_changes,
    cp_store_list_agreements,
    cp_store_list_actors,
    cp_store_list_timeline_events,
  };

  for (guint i = 0; i < g_list_model_get_n_items (municipalities); i++)
    g_ptr_array_add (records, g_list_model_get_item (municipalities, i));

  for (guint i = 0; i < g_list_model_get_n_items (partnerships); i++)
    {
      CpRecord *p = g_list_model_get_item (partnerships, i);

      g_ptr_array_add (records, p);
      for (guint c = 0; c < G_N_ELEMENTS (children); c++)
        {
          g_autoptr(GListModel) list = list_of (store, children[c], cp_record_get_id (p));

          for (guint j = 0; j < g_list_model_get_n_items (list); j++)
            g_ptr_array_add (records, g_list_model_get_item (list, j));
        }
    }
  return records;
}

static guint
count_rows (CpStore *store)
{
  g_autoptr(GPtrArray) records = collect_records (store);

  return records->len;
}

/* Tests */

typedef struct
{
  const char *name;
  const char *country;
  gint64      population;
  int         population_year;
  const char *time_zone;
  gboolean    is_own;
} ExpectedMunicipality;

static void
test_municipalities (Fixture       *fixture,
                     gconstpointer  data)
{
  /* Bontenbal 2009, §5.1 (L6007, L6029, L6054, L6082) and §5.2 (L6127, L6200,
   * L6239, L6298); the years the study leaves open are the sample's choice. */
  static const ExpectedMunicipality expected[] = {
    { "Amstelveen", "NL", 79000, 2008, "Europe/Amsterdam", TRUE },
    { "Villa El Salvador", "PE", 400000, 2006, "America/Lima", FALSE },
    { "Treptow-Köpenick", "DE", 238000, 2007, "Europe/Berlin", TRUE },
    { "Cajamarca", "PE", 150000, 2007, "America/Lima", FALSE },
    { "Utrecht", "NL", 300000, 2008, "Europe/Amsterdam", TRUE },
    { "León", "NI", 200000, 2007, "America/Managua", FALSE },
    { "Alphen aan den Rijn", "NL", 71000, 2008, "Europe/Amsterdam", TRUE },
    { "Oudtshoorn", "ZA", 87000, 2004, "Africa/Johannesburg", FALSE },
  };
  g_autoptr(GListModel) all = list_municipalities (fixture->store);

  g_assert_cmpuint (g_list_model_get_n_items (all), ==, G_N_ELEMENTS (expected));

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(CpMunicipality) m = find_municipality (fixture->store, expected[i].name);

      g_assert_cmpstr (cp_municipality_get_country (m), ==, expected[i].country);
      g_assert_cmpint (cp_municipality_get_population (m), ==, expected[i].population);
      g_assert_cmpint (cp_municipality_get_population_year (m), ==, expected[i].population_year);
      g_assert_cmpstr (cp_municipality_get_time_zone (m), ==, expected[i].time_zone);
      g_assert_cmpint (cp_municipality_get_is_own (m), ==, expected[i].is_own);
      g_assert_cmpstr (cp_municipality_get_region (m), !=, "");
    }
}

typedef struct
{
  const char         *title;
  CpInitiativeOrigin  origin;
  CpMotive            initial_motive;
  const char         *first_contact;
  gboolean            approximate;
  const char         *agreement_date;
  int                 gap_years;
} ExpectedPartnership;

/* Table 5.1 (L6767–6819) */
static const ExpectedPartnership table_5_1[] = {
  { "Amstelveen – Villa El Salvador", CP_INITIATIVE_ORIGIN_CIVIL_SOCIETY_NORTH,
    CP_MOTIVE_DEVELOPMENT_PROJECT, "1987", FALSE, "1997", 10 },
  { "Treptow-Köpenick – Cajamarca", CP_INITIATIVE_ORIGIN_POLITICAL_NORTH_SOUTH,
    CP_MOTIVE_LOCAL_AGENDA_21, "1994", TRUE, "1998-05", 4 },
  { "Utrecht – León", CP_INITIATIVE_ORIGIN_CIVIL_SOCIETY_NORTH,
    CP_MOTIVE_INTERNATIONAL_SOLIDARITY, "1983", FALSE, "1985", 2 },
  { "Alphen aan den Rijn – Oudtshoorn", CP_INITIATIVE_ORIGIN_PERSONAL_NORTH_SOUTH,
    CP_MOTIVE_HISTORICAL_TIES, "1962", FALSE, "2002-04-06", 40 },
};

static void
test_partnerships (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GListModel) all = list_partnerships (fixture->store);

  g_assert_cmpuint (g_list_model_get_n_items (all), ==, G_N_ELEMENTS (table_5_1));

  for (guint i = 0; i < G_N_ELEMENTS (table_5_1); i++)
    {
      const ExpectedPartnership *e = &table_5_1[i];
      g_autoptr(CpPartnership) p = find_partnership (fixture->store, e->title);
      GPtrArray *parties = cp_partnership_get_parties (p);
      const char * const *themes = cp_partnership_get_themes (p);

      g_assert_cmpint (cp_partnership_get_kind (p), ==, CP_PARTNERSHIP_KIND_FORMAL);
      g_assert_cmpint (cp_partnership_get_status (p), ==, CP_PARTNERSHIP_STATUS_ACTIVE);
      g_assert_cmpint (cp_partnership_get_initiative_origin (p), ==, e->origin);
      g_assert_true (cp_partnership_has_motive (p, e->initial_motive));
      g_assert_cmpstr (cp_partnership_get_first_contact (p), ==, e->first_contact);
      g_assert_cmpint (cp_partnership_get_first_contact_approximate (p), ==, e->approximate);
      g_assert_cmpstr (cp_partnership_get_agreement_date (p), ==, e->agreement_date);
      g_assert_cmpstr (cp_partnership_get_status_since (p), ==, e->agreement_date);

      /* The formalisation gap of L6755–6760 */
      g_assert_cmpint (cp_partial_date_get_year (cp_partnership_get_agreement_date (p)) -
                       cp_partial_date_get_year (cp_partnership_get_first_contact (p)), ==, e->gap_years);

      /* North first, then South */
      g_assert_cmpuint (parties->len, ==, 2);
      g_assert_true (cp_municipality_get_is_own (g_ptr_array_index (parties, 0)));
      g_assert_false (cp_municipality_get_is_own (g_ptr_array_index (parties, 1)));

      g_assert_nonnull (themes);
      g_assert_cmpuint (g_strv_length ((char **) themes), >=, 3);
      g_assert_cmpuint (strlen (cp_partnership_get_description (p)), >, 100);

      /* Only known motive names are stored. */
      for (const char * const *m = cp_partnership_get_motives (p); *m != NULL; m++)
        g_assert_true (cp_enum_from_nick (CP_TYPE_MOTIVE, *m, NULL));
    }
}

static void
test_motives (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(CpPartnership) ves = find_partnership (fixture->store, "Amstelveen – Villa El Salvador");
  g_autoptr(CpPartnership) tk = find_partnership (fixture->store, "Treptow-Köpenick – Cajamarca");
  g_autoptr(CpPartnership) leon = find_partnership (fixture->store, "Utrecht – León");
  g_autoptr(CpPartnership) alphen = find_partnership (fixture->store, "Alphen aan den Rijn – Oudtshoorn");

  g_assert_true (g_strv_contains (cp_partnership_get_motives (tk), "local-agenda-21"));
  g_assert_false (cp_partnership_has_motive (tk, CP_MOTIVE_HISTORICAL_TIES));
  g_assert_true (cp_partnership_has_motive (ves, CP_MOTIVE_KNOWLEDGE_EXCHANGE));
  g_assert_false (cp_partnership_has_motive (ves, CP_MOTIVE_LOCAL_AGENDA_21));
  g_assert_true (cp_partnership_has_motive (leon, CP_MOTIVE_INTERNATIONAL_SOLIDARITY));
  /* “Historical ties and political global awareness” */
  g_assert_true (cp_partnership_has_motive (alphen, CP_MOTIVE_HISTORICAL_TIES));
  g_assert_true (cp_partnership_has_motive (alphen, CP_MOTIVE_GLOBAL_AWARENESS));

  g_assert_true (g_strv_contains (cp_partnership_get_themes (ves), "municipal finance"));
  g_assert_true (g_strv_contains (cp_partnership_get_themes (alphen), "HIV/AIDS"));
}

static void
test_children (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GListModel) all = list_partnerships (fixture->store);

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(CpPartnership) p = g_list_model_get_item (all, i);
      gint64 id = cp_record_get_id (CP_RECORD (p));
      GPtrArray *parties = cp_partnership_get_parties (p);
      g_autoptr(GListModel) changes = list_of (fixture->store, cp_store_list_status_changes, id);
      g_autoptr(GListModel) agreements = list_of (fixture->store, cp_store_list_agreements, id);
      g_autoptr(GListModel) actors = list_of (fixture->store, cp_store_list_actors, id);
      g_autoptr(GListModel) events = list_of (fixture->store, cp_store_list_timeline_events, id);
      g_autoptr(CpTimelineEvent) first_event = NULL;
      g_autofree char *title = cp_partnership_dup_title (p);
      gboolean agreement_found = FALSE;

      g_test_message ("%s", title);

      g_assert_cmpuint (g_list_model_get_n_items (changes), >=, 1);
      g_assert_cmpuint (g_list_model_get_n_items (agreements), >=, 1);
      g_assert_cmpuint (g_list_model_get_n_items (actors), >=, 3);
      g_assert_cmpuint (g_list_model_get_n_items (actors), <=, 10);
      g_assert_cmpuint (g_list_model_get_n_items (events), >=, 3);

      /* The formal agreement of Table 5.1 is among the agreements. */
      for (guint j = 0; j < g_list_model_get_n_items (agreements); j++)
        {
          g_autoptr(CpAgreement) a = g_list_model_get_item (agreements, j);

          g_assert_cmpint (cp_agreement_get_partnership_id (a), ==, id);
          if (cp_agreement_get_kind (a) == CP_AGREEMENT_KIND_COOPERATION_AGREEMENT &&
              g_strcmp0 (cp_agreement_get_signed_on (a), cp_partnership_get_agreement_date (p)) == 0)
            agreement_found = TRUE;
        }
      g_assert_true (agreement_found);

      /* The timeline starts with the first contacts. */
      first_event = g_list_model_get_item (events, 0);
      g_assert_cmpint (cp_partial_date_get_year (cp_timeline_event_get_date (first_event)), ==,
                       cp_partial_date_get_year (cp_partnership_get_first_contact (p)));

      /* An actor's city is one of the parties, if it has one. */
      for (guint j = 0; j < g_list_model_get_n_items (actors); j++)
        {
          g_autoptr(CpActor) actor = g_list_model_get_item (actors, j);
          gint64 mid = cp_actor_get_municipality_id (actor);
          gboolean party = FALSE;

          for (guint k = 0; k < parties->len; k++)
            party |= cp_record_get_id (g_ptr_array_index (parties, k)) == mid;
          g_assert_true (mid == 0 || party);
        }
    }
}

static void
test_actors (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(CpPartnership) leon = find_partnership (fixture->store, "Utrecht – León");
  g_autoptr(CpPartnership) alphen = find_partnership (fixture->store, "Alphen aan den Rijn – Oudtshoorn");
  g_autoptr(CpMunicipality) utrecht = find_municipality (fixture->store, "Utrecht");
  g_autoptr(GListModel) leon_actors = list_of (fixture->store, cp_store_list_actors,
                                               cp_record_get_id (CP_RECORD (leon)));
  g_autoptr(GListModel) alphen_actors = list_of (fixture->store, cp_store_list_actors,
                                                 cp_record_get_id (CP_RECORD (alphen)));
  gboolean foundation = FALSE, platform = FALSE, stellenbosch = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (leon_actors); i++)
    {
      g_autoptr(CpActor) a = g_list_model_get_item (leon_actors, i);

      if (g_strcmp0 (cp_actor_get_name (a), "Foundation Utrecht-León") == 0)
        {
          foundation = TRUE;
          g_assert_cmpint (cp_actor_get_category (a), ==, CP_ACTOR_CATEGORY_CCSE);
          g_assert_cmpint (cp_actor_get_role (a), ==, CP_ACTOR_ROLE_COORDINATOR);
          g_assert_cmpint (cp_actor_get_municipality_id (a), ==, cp_record_get_id (CP_RECORD (utrecht)));
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (alphen_actors); i++)
    {
      g_autoptr(CpActor) a = g_list_model_get_item (alphen_actors, i);

      if (g_strcmp0 (cp_actor_get_name (a), "Platform Stedenband Oudtshoorn") == 0)
        {
          platform = TRUE;
          g_assert_cmpint (cp_actor_get_category (a), ==, CP_ACTOR_CATEGORY_CCSE);
        }
      if (g_str_has_prefix (cp_actor_get_name (a), "Stellenbosch University"))
        {
          stellenbosch = TRUE;
          g_assert_cmpint (cp_actor_get_category (a), ==, CP_ACTOR_CATEGORY_UNIVERSITY);
          g_assert_cmpint (cp_actor_get_role (a), ==, CP_ACTOR_ROLE_PROJECT_PARTNER);
        }
    }

  g_assert_true (foundation);
  g_assert_true (platform);
  g_assert_true (stellenbosch);
}

static void
test_agreements (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(CpPartnership) tk = find_partnership (fixture->store, "Treptow-Köpenick – Cajamarca");
  g_autoptr(CpPartnership) leon = find_partnership (fixture->store, "Utrecht – León");
  g_autoptr(GListModel) tk_agreements = list_of (fixture->store, cp_store_list_agreements,
                                                 cp_record_get_id (CP_RECORD (tk)));
  g_autoptr(GListModel) leon_agreements = list_of (fixture->store, cp_store_list_agreements,
                                                   cp_record_get_id (CP_RECORD (leon)));
  g_autoptr(GString) tk_dates = g_string_new (NULL);
  g_autoptr(GString) leon_dates = g_string_new (NULL);
  gboolean terms_of_reference = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (tk_agreements); i++)
    {
      g_autoptr(CpAgreement) a = g_list_model_get_item (tk_agreements, i);
      g_string_append_printf (tk_dates, "%s ", cp_agreement_get_signed_on (a));
    }
  for (guint i = 0; i < g_list_model_get_n_items (leon_agreements); i++)
    {
      g_autoptr(CpAgreement) a = g_list_model_get_item (leon_agreements, i);

      if (cp_agreement_get_kind (a) == CP_AGREEMENT_KIND_COOPERATION_AGREEMENT)
        g_string_append_printf (leon_dates, "%s ", cp_agreement_get_signed_on (a));
      terms_of_reference |= cp_agreement_get_kind (a) == CP_AGREEMENT_KIND_TERMS_OF_REFERENCE;
    }

  /* The agreement of May 1998 and its renewal; 1985 and the sustainability
   * agreements of 2001, 2003 and 2007 (fn 203). Listed by date. */
  g_assert_cmpstr (tk_dates->str, ==, "1998-05 2005 ");
  g_assert_cmpstr (leon_dates->str, ==, "1985 2001 2003 2007 ");
  g_assert_true (terms_of_reference);
}

static void
test_notes_and_validity (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) records = collect_records (fixture->store);
  guint n_status_changes = 0;

  /* 8 municipalities, 4 partnerships, and their records */
  g_assert_cmpuint (records->len, >, 8 + 4 + 4 * (1 + 1 + 3 + 3));

  for (guint i = 0; i < records->len; i++)
    {
      CpRecord *record = g_ptr_array_index (records, i);
      const char *note = cp_record_get_string (record, "note");
      g_autoptr(GError) error = NULL;

      if (!cp_record_validate (record, &error))
        g_test_message ("%s %" G_GINT64_FORMAT " does not validate", G_OBJECT_TYPE_NAME (record),
                        cp_record_get_id (record));
      g_assert_no_error (error);

      if (note == NULL || strstr (note, "Bontenbal 2009") == NULL)
        g_test_message ("%s %" G_GINT64_FORMAT ": note “%s”", G_OBJECT_TYPE_NAME (record),
                        cp_record_get_id (record), note);
      g_assert_nonnull (note);
      g_assert_nonnull (strstr (note, "Bontenbal 2009"));

      if (CP_IS_STATUS_CHANGE (record))
        {
          n_status_changes++;
          g_assert_true (cp_partial_date_is_valid (cp_status_change_get_since (CP_STATUS_CHANGE (record))));
        }
    }
  g_assert_cmpuint (n_status_changes, ==, 4);
}

static void
check_no_names (const char *where,
                const char *text)
{
  if (text == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (personal_names); i++)
    if (strstr (text, personal_names[i]) != NULL)
      {
        g_test_message ("%s names “%s”: %s", where, personal_names[i], text);
        g_test_fail ();
      }
}

static void
test_privacy (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) records = collect_records (fixture->store);

  for (guint i = 0; i < records->len; i++)
    {
      GObject *record = g_ptr_array_index (records, i);
      g_autofree GParamSpec **pspecs = NULL;
      guint n_pspecs;

      /* Every text the record holds or derives */
      pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (record), &n_pspecs);
      for (guint p = 0; p < n_pspecs; p++)
        {
          GType type = G_PARAM_SPEC_VALUE_TYPE (pspecs[p]);

          if (!(pspecs[p]->flags & G_PARAM_READABLE))
            continue;
          if (type == G_TYPE_STRING)
            {
              g_autofree char *text = NULL;

              g_object_get (record, pspecs[p]->name, &text, NULL);
              check_no_names (pspecs[p]->name, text);
            }
          else if (type == G_TYPE_STRV)
            {
              g_auto(GStrv) strv = NULL;

              g_object_get (record, pspecs[p]->name, &strv, NULL);
              for (guint k = 0; strv != NULL && strv[k] != NULL; k++)
                check_no_names (pspecs[p]->name, strv[k]);
            }
        }
    }
}

static void
test_load_twice (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint before = count_rows (fixture->store);

  g_assert_false (cp_sample_data_load (fixture->store, &error));
  g_assert_error (error, CP_STORE_ERROR, CP_STORE_ERROR_FAILED);
  g_assert_cmpuint (count_rows (fixture->store), ==, before);
}

static void
test_not_empty (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(CpMunicipality) own = cp_municipality_new ();
  g_autoptr(GListModel) after = NULL;
  g_autoptr(GListModel) partnerships = NULL;
  g_autoptr(GError) error = NULL;

  g_object_set (own, "name", "Haarlem", "country", "NL", NULL);
  g_assert_true (cp_store_save_municipality (fixture->store, own, &error));
  g_assert_no_error (error);

  g_assert_false (cp_sample_data_load (fixture->store, &error));
  g_assert_error (error, CP_STORE_ERROR, CP_STORE_ERROR_FAILED);

  after = list_municipalities (fixture->store);
  partnerships = list_partnerships (fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (partnerships), ==, 0);
}

static void
test_all_or_nothing (void)
{
  /* A trigger makes the last timeline events fail: nothing may stay behind. */
  static const char * const failing_step[] = {
    "CREATE TRIGGER refuse_late_events BEFORE INSERT ON timeline_event "
    "WHEN NEW.date >= '2008' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;",
    NULL,
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("counterpart-sample-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(CpStore) store = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "workspace.sqlite", NULL);
  store = _cp_store_open_full (path, failing_step, &error);
  g_assert_no_error (error);

  g_assert_false (cp_sample_data_load (store, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);

  g_assert_true (cp_store_is_empty (store));
  g_assert_cmpuint (count_rows (store), ==, 0);

  g_clear_object (&store);
  remove_dir (dir);
}

static void
test_write_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("counterpart-sample-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *other = NULL;
  g_autofree char *missing_dir = NULL;
  g_autofree char *before = NULL, *again = NULL;
  gsize before_len = 0, again_len = 0;
  g_autoptr(CpStore) store = NULL;
  g_autoptr(GListModel) partnerships = NULL;
  g_autofree char *report = NULL;
  int version = 0;

  g_assert_no_error (error);
  path = g_build_filename (dir, "sample.sqlite", NULL);

  /* A new file: a sound, complete workspace */
  g_assert_true (cp_sample_data_write_file (path, &error));
  g_assert_no_error (error);
  g_assert_true (cp_store_check_file (path, &version, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (report, ==, "ok");
  g_assert_cmpint (version, ==, CP_STORE_SCHEMA_VERSION);

  store = cp_store_open (path, &error);
  g_assert_no_error (error);
  partnerships = list_partnerships (store);
  g_assert_cmpuint (g_list_model_get_n_items (partnerships), ==, 4);
  g_clear_object (&partnerships);
  g_clear_object (&store);

  /* The existing workspace is refused and left byte for byte as it was. */
  g_assert_true (g_file_get_contents (path, &before, &before_len, &error));
  g_assert_false (cp_sample_data_write_file (path, &error));
  g_assert_error (error, CP_STORE_ERROR, CP_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (path, &again, &again_len, &error));
  g_assert_cmpmem (before, before_len, again, again_len);
  g_clear_pointer (&before, g_free);
  g_clear_pointer (&again, g_free);

  /* So is any other file, */
  other = g_build_filename (dir, "notes.txt", NULL);
  g_assert_true (g_file_set_contents (other, "not a workspace\n", -1, &error));
  g_assert_false (cp_sample_data_write_file (other, &error));
  g_assert_error (error, CP_STORE_ERROR, CP_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (other, &again, &again_len, &error));
  g_assert_cmpmem ("not a workspace\n", 16, again, again_len);

  /* and a folder that is not there is not made. */
  missing_dir = g_build_filename (dir, "missing", "sample.sqlite", NULL);
  g_assert_false (cp_sample_data_write_file (missing_dir, &error));
  g_assert_error (error, CP_STORE_ERROR, CP_STORE_ERROR_IO);
  g_clear_error (&error);

  /* Nothing else is left beside them (no -wal, -shm or half-made files). */
  {
    g_autoptr(GDir) handle = g_dir_open (dir, 0, &error);
    const char *name;
    guint n = 0;

    g_assert_no_error (error);
    while ((name = g_dir_read_name (handle)) != NULL)
      {
        g_test_message ("left: %s", name);
        n++;
      }
    g_assert_cmpuint (n, ==, 2);
  }

  remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, setup, func) \
  g_test_add ("/sample-data/" name, Fixture, NULL, setup, func, fixture_tear_down)

  ADD ("municipalities", fixture_set_up, test_municipalities);
  ADD ("partnerships", fixture_set_up, test_partnerships);
  ADD ("motives", fixture_set_up, test_motives);
  ADD ("children", fixture_set_up, test_children);
  ADD ("actors", fixture_set_up, test_actors);
  ADD ("agreements", fixture_set_up, test_agreements);
  ADD ("notes-and-validity", fixture_set_up, test_notes_and_validity);
  ADD ("privacy", fixture_set_up, test_privacy);
  ADD ("load-twice", fixture_set_up, test_load_twice);
  ADD ("not-empty", fixture_set_up_empty, test_not_empty);

#undef ADD

  g_test_add_func ("/sample-data/all-or-nothing", test_all_or_nothing);
  g_test_add_func ("/sample-data/write-file", test_write_file);

  return g_test_run ();
}
