/* cp-ledger-filter.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "cp-ledger-filter.h"

struct _CpLedgerFilter
{
  GStrv       words;
  int         kind;
  int         contribution;
  gint64      partnership_id;
  GHashTable *names[4];     /* municipalities, actors, funders, partnerships */
  guint       generation;   /* of the names: the words kept on entries follow it */
};

char *
cp_fold_for_search (const char *text)
{
  g_autofree char *decomposed = g_utf8_normalize (text ? text : "", -1, G_NORMALIZE_NFKD);
  g_autoptr(GString) bare = g_string_new (NULL);

  for (const char *p = decomposed; p && *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_type (c) != G_UNICODE_NON_SPACING_MARK)
        g_string_append_unichar (bare, c);
    }
  return g_utf8_casefold (bare->str, -1);
}

CpLedgerFilter *
cp_ledger_filter_new (void)
{
  CpLedgerFilter *self = g_new0 (CpLedgerFilter, 1);

  self->kind = -1;
  self->contribution = -1;
  self->generation = 1;
  return self;
}

void
cp_ledger_filter_free (CpLedgerFilter *self)
{
  if (self == NULL)
    return;
  g_strfreev (self->words);
  for (guint i = 0; i < G_N_ELEMENTS (self->names); i++)
    g_clear_pointer (&self->names[i], g_hash_table_unref);
  g_free (self);
}

void
cp_ledger_filter_set_names (CpLedgerFilter *self,
                            GHashTable     *municipalities,
                            GHashTable     *actors,
                            GHashTable     *funders,
                            GHashTable     *partnerships)
{
  GHashTable *tables[] = { municipalities, actors, funders, partnerships };

  for (guint i = 0; i < G_N_ELEMENTS (self->names); i++)
    {
      g_clear_pointer (&self->names[i], g_hash_table_unref);
      self->names[i] = tables[i] ? g_hash_table_ref (tables[i]) : NULL;
    }
  self->generation++;
}

gboolean
cp_ledger_filter_set_text (CpLedgerFilter *self,
                           const char     *text)
{
  g_autofree char *folded = cp_fold_for_search (text);
  g_auto(GStrv) words = g_strsplit_set (g_strstrip (folded), " \t", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) kept = NULL;

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_strv_builder_add (builder, words[i]);
  kept = g_strv_builder_end (builder);
  if (self->words != NULL && g_strv_equal ((const char * const *) kept, (const char * const *) self->words))
    return FALSE;
  g_strfreev (self->words);
  self->words = g_steal_pointer (&kept);
  return TRUE;
}

gboolean
cp_ledger_filter_set_kind (CpLedgerFilter *self,
                           int             kind)
{
  gboolean changed = self->kind != kind;

  self->kind = kind;
  return changed;
}

gboolean
cp_ledger_filter_set_contribution (CpLedgerFilter *self,
                                   int             contribution)
{
  gboolean changed = self->contribution != contribution;

  self->contribution = contribution;
  return changed;
}

gboolean
cp_ledger_filter_set_partnership (CpLedgerFilter *self,
                                  gint64          partnership_id)
{
  gboolean changed = self->partnership_id != partnership_id;

  self->partnership_id = partnership_id;
  return changed;
}

gboolean
cp_ledger_filter_is_empty (CpLedgerFilter *self)
{
  return (self->words == NULL || self->words[0] == NULL) && self->kind < 0 && self->contribution < 0 &&
         self->partnership_id == 0;
}

static void
append_name (GString    *text,
             GHashTable *names,
             gint64      id)
{
  const char *name = (names != NULL && id != 0) ? g_hash_table_lookup (names, &id) : NULL;

  if (name != NULL)
    g_string_append_printf (text, "\n%s", name);
}

static const char *
get_search_key (CpLedgerFilter *self,
                CpTransaction  *t)
{
  const char *key = cp_transaction_peek_search_key (t, self->generation);
  g_autoptr(GString) text = NULL;

  if (key != NULL)
    return key;

  text = g_string_new (cp_transaction_get_description (t));
  g_string_append_printf (text, "\n%s\n%s\n%s\n%s", cp_transaction_get_reference (t), cp_transaction_get_project (t),
                          cp_transaction_get_from_name (t), cp_transaction_get_to_name (t));
  append_name (text, self->names[0], cp_transaction_get_from_municipality_id (t));
  append_name (text, self->names[0], cp_transaction_get_to_municipality_id (t));
  append_name (text, self->names[1], cp_transaction_get_from_actor_id (t));
  append_name (text, self->names[1], cp_transaction_get_to_actor_id (t));
  append_name (text, self->names[2], cp_transaction_get_from_funder_id (t));
  append_name (text, self->names[3], cp_transaction_get_partnership_id (t));
  cp_transaction_take_search_key (t, cp_fold_for_search (text->str), self->generation);
  return cp_transaction_peek_search_key (t, self->generation);
}

gboolean
cp_ledger_filter_match (CpLedgerFilter *self,
                        CpTransaction  *transaction)
{
  const char *key;

  if (self->kind >= 0 && cp_transaction_peek_kind (transaction) != self->kind)
    return FALSE;
  if (self->contribution >= 0 && cp_transaction_peek_contribution (transaction) != self->contribution)
    return FALSE;
  if (self->partnership_id != 0 && cp_transaction_peek_partnership_id (transaction) != self->partnership_id)
    return FALSE;
  if (self->words == NULL || self->words[0] == NULL)
    return TRUE;

  key = get_search_key (self, transaction);
  for (guint i = 0; self->words[i] != NULL; i++)
    if (strstr (key, self->words[i]) == NULL)
      return FALSE;
  return TRUE;
}

guint
cp_ledger_filter_prepare (CpLedgerFilter *self,
                          CpArrayModel   *all,
                          guint           from,
                          guint           to)
{
  guint n = MIN (to, g_list_model_get_n_items (G_LIST_MODEL (all)));

  for (guint i = from; i < n; i++)
    get_search_key (self, cp_array_model_peek_item (all, i));
  return n;
}

void
cp_ledger_filter_apply (CpLedgerFilter *self,
                        CpArrayModel   *all,
                        CpArrayModel   *shown,
                        CpLedgerTotals *totals)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (all));
  GPtrArray *matched = g_ptr_array_new_full (n, g_object_unref);
  CpLedgerTotals sums = { 0, 0, 0 };

  for (guint i = 0; i < n; i++)
    {
      CpTransaction *t = cp_array_model_peek_item (all, i);

      if (!cp_ledger_filter_match (self, t))
        continue;
      g_ptr_array_add (matched, g_object_ref (t));
      switch (cp_transaction_peek_kind (t))
        {
        case CP_TRANSACTION_KIND_DISBURSEMENT:
        case CP_TRANSACTION_KIND_EXPENDITURE:
          sums.spent += cp_transaction_peek_base_amount (t);
          break;
        case CP_TRANSACTION_KIND_INCOMING_FUNDS:
        case CP_TRANSACTION_KIND_REFUND:
          sums.received += cp_transaction_peek_base_amount (t);
          break;
        default:
          break;
        }
    }
  sums.n = matched->len;
  cp_array_model_take_items (shown, matched);
  if (totals != NULL)
    *totals = sums;
}
