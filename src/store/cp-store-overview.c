/* cp-store-overview.c: what needs attention now
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-store-private.h"
#include "cp-enum-types.h"

/* One query a kind: its rows give the day, the title, the context, the record id. */
typedef struct
{
  CpAttentionKind kind;
  const char     *sql;   /* ?1 today, ?2 the horizon's last day */
} AttentionQuery;

#define LIVE_PARTNERSHIP "partnership_id IN (SELECT id FROM partnership WHERE trashed_at IS NULL)"
#define TITLE_OF(p) \
  "(SELECT group_concat(name, ' – ') FROM (SELECT m.name FROM partnership_party AS pp" \
  " JOIN municipality AS m ON m.id = pp.municipality_id WHERE pp.partnership_id = " p " ORDER BY pp.position))"

static const AttentionQuery queries[] = {
  { CP_ATTENTION_VISIT,
    "SELECT starts_on, purpose, " TITLE_OF ("visit.partnership_id") ", id FROM visit"
    " WHERE status != 'cancelled' AND starts_on >= ?1 AND starts_on <= ?2 AND " LIVE_PARTNERSHIP },
  { CP_ATTENTION_GRANT_DEADLINE,
    "SELECT substr(deadline, 1, 10), CASE WHEN call != '' THEN call ELSE"
    " ifnull((SELECT name FROM funding_programme WHERE id = programme_id), '') END,"
    " (SELECT name FROM funder WHERE id = funder_id), id FROM grant_application"
    " WHERE status IN ('idea', 'drafting') AND deadline != '' AND substr(deadline, 1, 10) <= ?2" },
  { CP_ATTENTION_REPORT_TO_FUNDER,
    "SELECT due_on, description, recipient, id FROM reporting_obligation WHERE met = 0 AND due_on <= ?2" },
  { CP_ATTENTION_REPORT_FROM_PARTNER,
    "SELECT report_due_on, title, " TITLE_OF ("project.partnership_id") ", id FROM project"
    " WHERE report_due_on != '' AND report_delivered = 0 AND report_due_on <= ?2 AND " LIVE_PARTNERSHIP },
  { CP_ATTENTION_AGREEMENT_EXPIRING,
    "SELECT valid_until, title, " TITLE_OF ("agreement.partnership_id") ", id FROM agreement"
    " WHERE length(valid_until) = 10 AND valid_until >= ?1 AND valid_until <= ?2 AND " LIVE_PARTNERSHIP },
  { CP_ATTENTION_TERM_ENDING,
    "SELECT ends_on, body, (SELECT name FROM municipality WHERE id = municipality_id), id FROM political_term"
    " WHERE ends_on >= ?1 AND ends_on <= ?2" },
  { CP_ATTENTION_FOLLOW_UP,
    "SELECT due_on, action, (SELECT purpose FROM visit WHERE id = visit_id), visit_id FROM follow_up"
    " WHERE status = 'open' AND due_on != '' AND due_on < ?1"
    " AND visit_id IN (SELECT id FROM visit WHERE " LIVE_PARTNERSHIP ")" },
};

static char *
add_days (const char *day,
          int         days)
{
  GDate date;
  char text[11];

  g_date_clear (&date, 1);
  g_date_set_parse (&date, day);
  if (!g_date_valid (&date))
    return g_strdup (day);
  g_date_add_days (&date, days);
  g_date_strftime (text, sizeof text, "%Y-%m-%d", &date);
  return g_strdup (text);
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const CpAttentionItem *x = *(CpAttentionItem * const *) a;
  const CpAttentionItem *y = *(CpAttentionItem * const *) b;
  int by_day = g_strcmp0 (x->day, y->day);

  return by_day != 0 ? by_day : (int) x->kind - (int) y->kind;
}

GPtrArray *
cp_store_list_attention (CpStore     *self,
                         const char  *today,
                         int          horizon_days,
                         GError     **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) cp_attention_item_free);
  g_autofree char *horizon = add_days (today, horizon_days);

  g_return_val_if_fail (CP_IS_STORE (self), NULL);

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      sqlite3_stmt *stmt = _cp_store_prepare (self, queries[q].sql, error);
      int rc;

      if (stmt == NULL)
        return NULL;
      sqlite3_bind_text (stmt, 1, today, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, horizon, -1, SQLITE_TRANSIENT);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          CpAttentionItem *item = g_new0 (CpAttentionItem, 1);
          const char *title = (const char *) sqlite3_column_text (stmt, 1);

          item->kind = queries[q].kind;
          item->day = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
          /* A term is named by its body, in the user's words. */
          if (item->kind == CP_ATTENTION_TERM_ENDING)
            {
              int body = CP_TERM_BODY_COUNCIL;
              cp_enum_from_nick (CP_TYPE_TERM_BODY, title, &body);
              item->title = g_strdup (cp_term_body_to_label (body));
            }
          else
            item->title = g_strdup (title ? title : "");
          item->context = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
          item->record_id = sqlite3_column_int64 (stmt, 3);
          item->overdue = g_strcmp0 (item->day, today) < 0;
          g_ptr_array_add (items, item);
        }
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        {
          _cp_store_set_sqlite_error (self, rc, error);
          return NULL;
        }
    }
  g_ptr_array_sort (items, compare_items);
  return g_steal_pointer (&items);
}
