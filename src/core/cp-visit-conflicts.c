/* cp-visit-conflicts.c: what does not fit in a visit's plan
 *
 * Four checks, each over records the caller has loaded; nothing here reads the
 * store. The conflicts come out sorted by kind, then by date, name and id, so that
 * the same plan always reads the same.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "cp-delegate.h"
#include "cp-language.h"
#include "cp-partial-date.h"
#include "cp-person.h"
#include "cp-programme-item.h"
#include "cp-status-change.h"
#include "cp-visit-conflicts.h"

/* A participant “speaks” a language from B1, the CEFR's first level of an
 * independent user; at A1 or A2 a meeting in it is out of reach. */
#define SPEAKS_FROM CP_CEFR_LEVEL_B1

/* Titles of visits and programme items are cut to this many characters. */
#define TITLE_LENGTH 60

void
cp_conflict_free (CpConflict *conflict)
{
  if (conflict == NULL)
    return;
  g_free (conflict->message);
  g_free (conflict);
}

/* A conflict with what it sorts by, after its kind. */
typedef struct
{
  CpConflict *conflict;
  char       *date;   /* ISO day */
  char       *name;   /* collation key */
  gint64      id;
  char       *extra;
} Pending;

static void
pending_free (gpointer data)
{
  Pending *pending = data;

  cp_conflict_free (pending->conflict);
  g_free (pending->date);
  g_free (pending->name);
  g_free (pending->extra);
  g_free (pending);
}

static int
pending_compare (gconstpointer a,
                 gconstpointer b)
{
  const Pending *pa = *(const Pending * const *) a;
  const Pending *pb = *(const Pending * const *) b;
  int c;

  if (pa->conflict->kind != pb->conflict->kind)
    return pa->conflict->kind < pb->conflict->kind ? -1 : 1;
  if ((c = strcmp (pa->date, pb->date)) != 0)
    return c;
  if ((c = strcmp (pa->name, pb->name)) != 0)
    return c;
  if (pa->id != pb->id)
    return pa->id < pb->id ? -1 : 1;
  return strcmp (pa->extra, pb->extra);
}

/* Takes @message. */
static void
add_conflict (GPtrArray      *pending,
              CpConflictKind  kind,
              gint64          visit_id,
              gint64          record_id,
              char           *message,
              const char     *date,
              const char     *name,
              gint64          id,
              const char     *extra)
{
  Pending *p = g_new0 (Pending, 1);

  p->conflict = g_new0 (CpConflict, 1);
  p->conflict->kind = kind;
  p->conflict->visit_id = visit_id;
  p->conflict->record_id = record_id;
  p->conflict->message = message;
  p->date = g_strdup (date ? date : "");
  p->name = g_utf8_collate_key (name ? name : "", -1);
  p->id = id;
  p->extra = g_strdup (extra ? extra : "");
  g_ptr_array_add (pending, p);
}

static gboolean
is_day (const char *iso)
{
  return iso != NULL && strlen (iso) == 10 && cp_partial_date_is_valid (iso);
}

/* The first line of @text, cut short after a word, with an ellipsis, when it is long. */
static char *
short_title (const char *text)
{
  g_autofree char *line = g_strndup (text ? text : "", strcspn (text ? text : "", "\r\n"));
  g_autofree char *cut = NULL;
  char *space;

  g_strstrip (line);
  if (g_utf8_strlen (line, -1) <= TITLE_LENGTH)
    return g_steal_pointer (&line);

  cut = g_utf8_substring (line, 0, TITLE_LENGTH);
  /* The last word, cut through, goes; unless it is most of the title. */
  if ((space = strrchr (cut, ' ')) != NULL && g_utf8_strlen (cut, space - cut) >= TITLE_LENGTH / 2)
    *space = '\0';
  else
    *g_utf8_offset_to_pointer (cut, TITLE_LENGTH - 1) = '\0';
  return g_strconcat (g_strchomp (cut), "…", NULL);
}

static gint64 *
id_key (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

/* The delegation: person id → CpDelegate, and the people of it that @people knows. */
typedef struct
{
  GHashTable *members;
  GHashTable *people;
  gboolean    has_interpreter;
} Delegation;

static void
delegation_init (Delegation *delegation,
                 GListModel *delegates,
                 GListModel *people)
{
  guint n;

  delegation->members = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  delegation->people = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  delegation->has_interpreter = FALSE;

  n = delegates ? g_list_model_get_n_items (delegates) : 0;
  for (guint i = 0; i < n; i++)
    {
      CpDelegate *delegate = g_list_model_get_item (delegates, i);

      if (cp_delegate_get_role (delegate) == CP_DELEGATE_ROLE_INTERPRETER)
        delegation->has_interpreter = TRUE;
      g_hash_table_insert (delegation->members, id_key (cp_delegate_get_person_id (delegate)), delegate);
    }

  n = people ? g_list_model_get_n_items (people) : 0;
  for (guint i = 0; i < n; i++)
    {
      CpPerson *person = g_list_model_get_item (people, i);
      gint64 id = cp_record_get_id (CP_RECORD (person));

      if (g_hash_table_contains (delegation->members, &id))
        g_hash_table_insert (delegation->people, id_key (id), person);
      else
        g_object_unref (person);
    }
}

static void
delegation_clear (Delegation *delegation)
{
  g_clear_pointer (&delegation->members, g_hash_table_unref);
  g_clear_pointer (&delegation->people, g_hash_table_unref);
}

/* The records of @model sorted by @compare, as a GPtrArray that holds them. */
static GPtrArray *
sorted_records (GListModel       *model,
                GCompareDataFunc  compare)
{
  guint n = model ? g_list_model_get_n_items (model) : 0;
  GPtrArray *records = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (records, g_list_model_get_item (model, i));
  g_ptr_array_sort_with_data (records, compare, NULL);
  return records;
}

/* Check 1: a member of the delegation is on another visit at the same time. A
 * cancelled visit books nobody. */
static void
check_double_booked (GPtrArray  *pending,
                     CpVisit    *visit,
                     Delegation *delegation,
                     GListModel *visits,
                     GListModel *all_delegates)
{
  gint64 visit_id = cp_record_get_id (CP_RECORD (visit));
  const char *starts = cp_visit_get_starts_on (visit);
  const char *ends = cp_visit_get_ends_on (visit);
  g_autoptr(GHashTable) overlapping = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n;

  if (g_hash_table_size (delegation->people) == 0)
    return;

  n = visits ? g_list_model_get_n_items (visits) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CpVisit) other = g_list_model_get_item (visits, i);
      gint64 other_id = cp_record_get_id (CP_RECORD (other));

      if (other_id == visit_id || cp_visit_get_status (other) == CP_VISIT_STATUS_CANCELLED ||
          !is_day (cp_visit_get_starts_on (other)) || !is_day (cp_visit_get_ends_on (other)) ||
          !cp_visit_overlaps (other, starts, ends))
        continue;
      g_hash_table_insert (overlapping, id_key (other_id), g_steal_pointer (&other));
    }
  if (g_hash_table_size (overlapping) == 0)
    return;

  n = all_delegates ? g_list_model_get_n_items (all_delegates) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CpDelegate) delegate = g_list_model_get_item (all_delegates, i);
      gint64 person_id = cp_delegate_get_person_id (delegate);
      gint64 other_id = cp_delegate_get_visit_id (delegate);
      CpPerson *person = g_hash_table_lookup (delegation->people, &person_id);
      CpVisit *other = g_hash_table_lookup (overlapping, &other_id);
      g_autofree char *title = NULL;
      g_autofree char *from = NULL;
      g_autofree char *to = NULL;
      g_autofree char *person_key = NULL;
      char *message;

      if (person == NULL || other == NULL ||
          !g_hash_table_add (seen, g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT, person_id, other_id)))
        continue;

      title = short_title (cp_visit_get_purpose (other));
      from = cp_partial_date_format (cp_visit_get_starts_on (other));
      to = cp_partial_date_format (cp_visit_get_ends_on (other));
      if (g_str_equal (cp_visit_get_starts_on (other), cp_visit_get_ends_on (other)))
        /* Translators: a person who is on two visits at once. The first %s is the
         * person's name, the second the other visit's purpose, the third its date:
         * “Maartje Boersma is also on the visit “LSE work visit” on 3 March 2008.” */
        message = g_strdup_printf (_("%s is also on the visit “%s” on %s."),
                                   cp_person_get_name (person), title, from);
      else
        /* Translators: a person who is on two visits at once. The first %s is the
         * person's name, the second the other visit's purpose, then its first and last
         * day: “Maartje Boersma is also on the visit “LSE work visit” from 3 March 2008
         * to 14 March 2008.” */
        message = g_strdup_printf (_("%s is also on the visit “%s” from %s to %s."),
                                   cp_person_get_name (person), title, from, to);

      /* Two people of the same name on the same visit: by their ids. */
      person_key = g_strdup_printf ("%020" G_GINT64_FORMAT, person_id);
      add_conflict (pending, CP_CONFLICT_DOUBLE_BOOKED, visit_id, other_id, message,
                    cp_visit_get_starts_on (other), cp_person_get_name (person), other_id, person_key);
    }
}

static int
compare_status_changes (gconstpointer a,
                        gconstpointer b,
                        gpointer      data)
{
  CpStatusChange *ca = *(CpStatusChange * const *) a;
  CpStatusChange *cb = *(CpStatusChange * const *) b;
  gint64 ia = cp_record_get_id (CP_RECORD (ca));
  gint64 ib = cp_record_get_id (CP_RECORD (cb));
  int c = strcmp (cp_status_change_get_since (ca), cp_status_change_get_since (cb));

  /* As the store lists them: by the date as written, then in the order entered. */
  if (c != 0)
    return c;
  return ia < ib ? -1 : ia > ib;
}

/* The first day @iso can mean, as an ISO day: "1998-05" → "1998-05-01". */
static char *
first_day (const char *iso)
{
  switch (strlen (iso))
    {
    case 4:
      return g_strconcat (iso, "-01-01", NULL);
    case 7:
      return g_strconcat (iso, "-01", NULL);
    default:
      return g_strdup (iso);
    }
}

/* Check 2: the visit falls in a period in which the partnership was dormant or had
 * ended. A status holds from the first day its date can mean until the next change
 * on record.
 *
 * Exploring counts as active: a partnership is explored with visits. Alphen's
 * fact-finding mission of 2000 to three South African municipalities chose
 * Oudtshoorn, two years before the twinning agreement (source 000, L6689–6706);
 * such a mission is no conflict.
 *
 * Days before the first change on record raise nothing, nor does a partnership
 * without a status history: the history may well start later than the ties did,
 * and what it does not say is not held against the visit. */
static void
check_outside_active (GPtrArray  *pending,
                      CpVisit    *visit,
                      GListModel *status_changes)
{
  gint64 visit_id = cp_record_get_id (CP_RECORD (visit));
  const char *starts = cp_visit_get_starts_on (visit);
  const char *ends = cp_visit_get_ends_on (visit);
  g_autoptr(GPtrArray) all = sorted_records (status_changes, compare_status_changes);
  g_autoptr(GPtrArray) changes = g_ptr_array_new ();

  for (guint i = 0; i < all->len; i++)
    if (cp_partial_date_is_valid (cp_status_change_get_since (g_ptr_array_index (all, i))))
      g_ptr_array_add (changes, g_ptr_array_index (all, i));

  for (guint i = 0; i < changes->len; i++)
    {
      CpStatusChange *change = g_ptr_array_index (changes, i);
      CpStatusChange *next = i + 1 < changes->len ? g_ptr_array_index (changes, i + 1) : NULL;
      CpPartnershipStatus status = cp_status_change_get_status (change);
      const char *since = cp_status_change_get_since (change);
      g_autofree char *from_day = first_day (since);
      g_autofree char *until_day = next ? first_day (cp_status_change_get_since (next)) : NULL;
      g_autofree char *from = NULL;
      g_autofree char *until = NULL;
      char *message;

      if (status != CP_PARTNERSHIP_STATUS_DORMANT && status != CP_PARTNERSHIP_STATUS_ENDED)
        continue;
      /* The period [from_day, until_day) must share a day with the visit. */
      if (until_day != NULL && strcmp (until_day, from_day) <= 0)
        continue;
      if (strcmp (from_day, ends) > 0 || (until_day != NULL && strcmp (until_day, starts) <= 0))
        continue;

      from = cp_partial_date_format (since);
      until = next ? cp_partial_date_format (cp_status_change_get_since (next)) : NULL;
      if (status == CP_PARTNERSHIP_STATUS_DORMANT && next != NULL)
        /* Translators: the first %s is when the partnership fell dormant, the second
         * when its status changed again, each a date such as “2005”, “May 2005” or
         * “12 May 2005” */
        message = g_strdup_printf (_("The partnership is not active on these dates: it was dormant from %s until %s."),
                                   from, until);
      else if (status == CP_PARTNERSHIP_STATUS_DORMANT)
        /* Translators: %s is when the partnership fell dormant, a date such as
         * “2005”, “May 2005” or “12 May 2005” */
        message = g_strdup_printf (_("The partnership is not active on these dates: it has been dormant since %s."),
                                   from);
      else if (next != NULL)
        /* Translators: the first %s is when the partnership ended, the second when it
         * was taken up again, each a date such as “2005”, “May 2005” or “12 May 2005” */
        message = g_strdup_printf (_("The partnership is not active on these dates: it had ended (%s) and was not taken up again until %s."),
                                   from, until);
      else if (strlen (since) == 10)
        /* Translators: %s is the day the partnership ended, such as “12 May 2005” */
        message = g_strdup_printf (_("The partnership is not active on these dates: it ended on %s."), from);
      else
        /* Translators: %s is the year or month the partnership ended, such as “2005”
         * or “May 2005” */
        message = g_strdup_printf (_("The partnership is not active on these dates: it ended in %s."), from);

      add_conflict (pending, CP_CONFLICT_OUTSIDE_ACTIVE, visit_id, cp_record_get_id (CP_RECORD (change)),
                    message, strcmp (from_day, starts) > 0 ? from_day : starts, NULL,
                    cp_record_get_id (CP_RECORD (change)), NULL);
    }
}

static int
compare_programme_items (gconstpointer a,
                         gconstpointer b,
                         gpointer      data)
{
  CpProgrammeItem *ia = *(CpProgrammeItem * const *) a;
  CpProgrammeItem *ib = *(CpProgrammeItem * const *) b;
  gint64 ida = cp_record_get_id (CP_RECORD (ia));
  gint64 idb = cp_record_get_id (CP_RECORD (ib));
  int c;

  if ((c = strcmp (cp_programme_item_get_date (ia), cp_programme_item_get_date (ib))) != 0)
    return c;
  if ((c = strcmp (cp_programme_item_get_starts_at (ia), cp_programme_item_get_starts_at (ib))) != 0)
    return c;
  return ida < idb ? -1 : ida > idb;
}

/* The level at which @person speaks @code; FALSE when not at all. */
static gboolean
find_level (CpPerson    *person,
            const char  *code,
            CpCefrLevel *level)
{
  const char * const *skills = cp_person_get_languages (person);

  for (guint i = 0; skills != NULL && skills[i] != NULL; i++)
    {
      const char *known;

      if (cp_language_skill_split (skills[i], &known, level) && g_str_equal (known, code))
        return TRUE;
    }
  return FALSE;
}

static char *
missing_language_message (CpPerson        *person,
                          const char      *language,
                          gboolean         known,
                          CpCefrLevel      level,
                          CpProgrammeItem *first,
                          guint            n_items)
{
  const char *name = cp_person_get_name (person);
  const char *level_label = cp_cefr_level_to_label (level);
  g_autofree char *activity = short_title (cp_programme_item_get_activity (first));
  guint others = n_items - 1;

  if (!known && others == 0)
    /* Translators: the first %s is a person's name, the second a language, the third
     * a programme item: “Ana Pérez does not speak Spanish, which the programme item
     * “Meeting with the LSE team” needs.” */
    return g_strdup_printf (_("%s does not speak %s, which the programme item “%s” needs."),
                            name, language, activity);
  if (!known)
    /* Translators: the first %s is a person's name, the second a language, the third
     * the first programme item in that language, %u how many more there are */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s does not speak %s, which “%s” and %u other programme item need.",
                                         "%s does not speak %s, which “%s” and %u other programme items need.",
                                         others),
                            name, language, activity, others);
  if (others == 0)
    /* Translators: the first %s is a person's name, the second a language, the third
     * a CEFR level such as “A2”, the fourth a programme item: “Jan de Vries speaks
     * Spanish only at level A2, which the programme item “Meeting with the LSE team”
     * needs.” */
    return g_strdup_printf (_("%s speaks %s only at level %s, which the programme item “%s” needs."),
                            name, language, level_label, activity);
  /* Translators: the first %s is a person's name, the second a language, the third a
   * CEFR level such as “A2”, the fourth the first programme item in that language,
   * %u how many more there are */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s speaks %s only at level %s, which “%s” and %u other programme item need.",
                                       "%s speaks %s only at level %s, which “%s” and %u other programme items need.",
                                       others),
                          name, language, level_label, activity, others);
}

/* Check 3: a member of the delegation does not speak (from B1) a language that a
 * programme item is held in. One conflict for each person and language, naming the
 * first item that needs it. With an interpreter in the delegation, there is none. */
static void
check_missing_language (GPtrArray  *pending,
                        CpVisit    *visit,
                        Delegation *delegation,
                        GListModel *programme)
{
  gint64 visit_id = cp_record_get_id (CP_RECORD (visit));
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) languages = g_ptr_array_new ();            /* codes, in order of need */
  g_autoptr(GHashTable) first_item = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) n_items = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer key, value;

  if (delegation->has_interpreter || g_hash_table_size (delegation->people) == 0)
    return;

  items = sorted_records (programme, compare_programme_items);
  for (guint i = 0; i < items->len; i++)
    {
      CpProgrammeItem *item = g_ptr_array_index (items, i);
      const char *code = cp_programme_item_get_language (item);

      if (*code == '\0' || !cp_language_is_known (code))
        continue;
      if (!g_hash_table_contains (first_item, code))
        {
          g_hash_table_insert (first_item, (gpointer) code, item);
          g_ptr_array_add (languages, (gpointer) code);
        }
      g_hash_table_insert (n_items, (gpointer) code,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (n_items, code)) + 1));
    }

  for (guint l = 0; l < languages->len; l++)
    {
      const char *code = g_ptr_array_index (languages, l);
      CpProgrammeItem *first = g_hash_table_lookup (first_item, code);
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (n_items, code));
      g_autofree char *language = cp_language_dup_name (code);

      g_hash_table_iter_init (&iter, delegation->people);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          CpPerson *person = value;
          CpCefrLevel level = CP_CEFR_LEVEL_A1;
          gboolean known = find_level (person, code, &level);

          if (known && level >= SPEAKS_FROM)
            continue;
          add_conflict (pending, CP_CONFLICT_MISSING_LANGUAGE, visit_id, cp_record_get_id (CP_RECORD (person)),
                        missing_language_message (person, language, known, level, first, count),
                        cp_programme_item_get_date (first), cp_person_get_name (person),
                        cp_record_get_id (CP_RECORD (person)), code);
        }
    }
}

/* Check 4: a programme item dated before the visit starts or after it ends. */
static void
check_items_outside (GPtrArray  *pending,
                     CpVisit    *visit,
                     GListModel *programme)
{
  gint64 visit_id = cp_record_get_id (CP_RECORD (visit));
  const char *starts = cp_visit_get_starts_on (visit);
  const char *ends = cp_visit_get_ends_on (visit);
  g_autofree char *period = cp_partial_date_format_period (starts, ends);
  guint n = programme ? g_list_model_get_n_items (programme) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CpProgrammeItem) item = g_list_model_get_item (programme, i);
      const char *date = cp_programme_item_get_date (item);
      g_autofree char *activity = NULL;
      g_autofree char *day = NULL;
      g_autofree char *when = NULL;

      if (!is_day (date) || (strcmp (date, starts) >= 0 && strcmp (date, ends) <= 0))
        continue;

      activity = short_title (cp_programme_item_get_activity (item));
      day = cp_partial_date_format (date);
      when = g_strconcat (date, " ", cp_programme_item_get_starts_at (item), NULL);
      add_conflict (pending, CP_CONFLICT_ITEM_OUTSIDE_VISIT, visit_id, cp_record_get_id (CP_RECORD (item)),
                    /* Translators: the first %s is a programme item, the second its day,
                     * the third the visit's period: “Field visit to Oudtshoorn townships”
                     * on 3 April 2002 is outside the visit (1 March 2002 – 10 March 2002). */
                    g_strdup_printf (_("“%s” on %s is outside the visit (%s)."), activity, day, period),
                    when, NULL, cp_record_get_id (CP_RECORD (item)), NULL);
    }
}

GPtrArray *
cp_visit_find_conflicts (CpVisit    *visit,
                         GListModel *delegates,
                         GListModel *people,
                         GListModel *programme,
                         GListModel *status_changes,
                         GListModel *visits,
                         GListModel *all_delegates)
{
  GPtrArray *conflicts = g_ptr_array_new_with_free_func ((GDestroyNotify) cp_conflict_free);
  g_autoptr(GPtrArray) pending = g_ptr_array_new_with_free_func (pending_free);
  Delegation delegation;
  gboolean dated;

  g_return_val_if_fail (CP_IS_VISIT (visit), conflicts);

  if (cp_visit_get_status (visit) == CP_VISIT_STATUS_CANCELLED)
    return conflicts;

  /* A visit being edited may not have its days yet: only the language is checked. */
  dated = is_day (cp_visit_get_starts_on (visit)) && is_day (cp_visit_get_ends_on (visit)) &&
          strcmp (cp_visit_get_starts_on (visit), cp_visit_get_ends_on (visit)) <= 0;

  delegation_init (&delegation, delegates, people);
  if (dated)
    {
      check_double_booked (pending, visit, &delegation, visits, all_delegates);
      check_outside_active (pending, visit, status_changes);
      check_items_outside (pending, visit, programme);
    }
  check_missing_language (pending, visit, &delegation, programme);
  delegation_clear (&delegation);

  g_ptr_array_sort (pending, pending_compare);
  for (guint i = 0; i < pending->len; i++)
    {
      Pending *p = g_ptr_array_index (pending, i);

      g_ptr_array_add (conflicts, g_steal_pointer (&p->conflict));
    }
  return conflicts;
}
