/* bench-open.c: how long opening a large workspace and listing it takes
 *
 * Makes a workspace with many partnerships (each with two parties, agreements,
 * actors and milestones), then times what the window does when it opens: open the
 * file and list the partnerships with their parties and status. Prints figures;
 * asserts nothing about time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "store/cp-store.h"

#define N_PARTNERSHIPS 5000
#define N_ROUNDS       5

static void
fill (CpStore *store)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cp_store_begin_write (store, &error));
  for (guint i = 0; i < N_PARTNERSHIPS; i++)
    {
      g_autoptr(CpMunicipality) north = cp_municipality_new ();
      g_autoptr(CpMunicipality) south = cp_municipality_new ();
      g_autoptr(CpPartnership) p = cp_partnership_new ();
      g_autoptr(GPtrArray) parties = g_ptr_array_new ();
      g_autofree char *north_name = g_strdup_printf ("North %u", i);
      g_autofree char *south_name = g_strdup_printf ("South %u", i);
      g_autofree char *first = g_strdup_printf ("%u", 1950 + i % 60);

      g_object_set (north, "name", north_name, "country", "NL", "population", (gint64) 50000 + i, NULL);
      g_object_set (south, "name", south_name, "country", "PE", NULL);
      g_ptr_array_add (parties, north);
      g_ptr_array_add (parties, south);
      cp_partnership_set_parties (p, parties);
      g_object_set (p, "first-contact", first, "status-since", first, NULL);
      g_assert_true (cp_store_save_partnership (store, p, &error));

      for (guint j = 0; j < 3; j++)
        {
          g_autoptr(CpAgreement) a = cp_agreement_new (cp_record_get_id (CP_RECORD (p)));
          g_autoptr(CpActor) actor = cp_actor_new (cp_record_get_id (CP_RECORD (p)));
          g_autoptr(CpTimelineEvent) e = cp_timeline_event_new (cp_record_get_id (CP_RECORD (p)));

          g_object_set (a, "title", "Cooperation agreement", "signed-on", first, NULL);
          g_object_set (actor, "name", "Foundation", NULL);
          g_object_set (e, "title", "Work visit", "date", first, NULL);
          g_assert_true (cp_store_save_agreement (store, a, &error));
          g_assert_true (cp_store_save_actor (store, actor, &error));
          g_assert_true (cp_store_save_timeline_event (store, e, &error));
        }
    }
  g_assert_true (cp_store_end_write (store, TRUE, &error));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("counterpart-bench-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "large.sqlite", NULL);
  double best_open = G_MAXDOUBLE, best_list = G_MAXDOUBLE, best_page = G_MAXDOUBLE;
  gint64 start;

  {
    g_autoptr(CpStore) store = cp_store_open (path, &error);
    g_assert_no_error (error);
    start = g_get_monotonic_time ();
    fill (store);
    g_print ("fill: %u partnerships (+%u agreements, actors, milestones each 3) in %.0f ms\n",
             N_PARTNERSHIPS, N_PARTNERSHIPS * 3, (g_get_monotonic_time () - start) / 1000.0);
  }

  for (guint round = 0; round < N_ROUNDS; round++)
    {
      g_autoptr(CpStore) store = NULL;
      g_autoptr(GListModel) list = NULL;
      g_autoptr(GListModel) agreements = NULL;
      g_autoptr(GListModel) actors = NULL;
      g_autoptr(GListModel) events = NULL;

      start = g_get_monotonic_time ();
      store = cp_store_open (path, &error);
      g_assert_no_error (error);
      best_open = MIN (best_open, (g_get_monotonic_time () - start) / 1000.0);

      start = g_get_monotonic_time ();
      list = cp_store_list_partnerships (store, &error);
      g_assert_cmpuint (g_list_model_get_n_items (list), ==, N_PARTNERSHIPS);
      best_list = MIN (best_list, (g_get_monotonic_time () - start) / 1000.0);

      /* What a partnership's page loads. */
      start = g_get_monotonic_time ();
      agreements = cp_store_list_agreements (store, N_PARTNERSHIPS / 2, &error);
      actors = cp_store_list_actors (store, N_PARTNERSHIPS / 2, &error);
      events = cp_store_list_timeline_events (store, N_PARTNERSHIPS / 2, &error);
      g_assert_cmpuint (g_list_model_get_n_items (agreements), ==, 3);
      best_page = MIN (best_page, (g_get_monotonic_time () - start) / 1000.0);
    }

  g_print ("open workspace: %.1f ms (best of %d)\n", best_open, N_ROUNDS);
  g_print ("list %d partnerships with parties and status: %.1f ms (best of %d)\n", N_PARTNERSHIPS, best_list, N_ROUNDS);
  g_print ("one partnership's agreements, actors and milestones: %.2f ms (best of %d)\n", best_page, N_ROUNDS);

  g_unlink (path);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);
    g_unlink (wal);
    g_unlink (shm);
  }
  g_rmdir (dir);
  return 0;
}
