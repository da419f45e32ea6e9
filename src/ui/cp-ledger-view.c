/* cp-ledger-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/cp-ledger-filter.h"
#include "core/cp-money.h"
#include "cp-enum-types.h"
#include "cp-label-cell.h"
#include "cp-ledger-view.h"

struct _CpLedgerView
{
  CpPage              parent_instance;

  CpArrayModel       *entries;            /* the year's, or all */
  CpArrayModel       *shown;              /* those the filters let through */
  CpLedgerFilter     *ledger_filter;
  CpLedgerTotals      totals;
  gboolean            stale;              /* the data changed while the view was not on screen */
  guint               prepare_id;         /* folds the entries' words while idle */
  guint               prepared;           /* entries folded so far */
  GArray             *years;              /* int, the dropdown's after “All years” */
  int                 year;               /* shown; 0 for all */
  char               *base_currency;
  GHashTable         *names[4];           /* municipalities, actors, funders, partnerships: id → name */

  GtkBox             *filter_bar;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *year_dropdown;
  GtkDropDown        *kind_dropdown;
  GtkDropDown        *source_dropdown;
  GtkStack           *stack;
  GtkColumnView      *column_view;
  GtkLabel           *footer_label;
  GtkColumnViewColumn *base_column;
};

G_DEFINE_FINAL_TYPE (CpLedgerView, cp_ledger_view, CP_TYPE_PAGE)

enum { MUNICIPALITIES, ACTORS, FUNDERS, PARTNERSHIPS };

static const char *
lookup (CpLedgerView *self,
        guint         table,
        gint64        id)
{
  const char *name = id != 0 ? g_hash_table_lookup (self->names[table], &id) : NULL;

  return name ? name : "";
}

/* Cells */

static void
on_date_bind (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              CpLedgerView             *self)
{
  cp_label_cell_set (item, cp_transaction_get_date (gtk_list_item_get_item (item)), FALSE);
}

static void
on_description_bind (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     CpLedgerView             *self)
{
  CpTransaction *t = gtk_list_item_get_item (item);
  const char *text = cp_transaction_get_description (t);

  cp_label_cell_set (item, *text ? text : cp_transaction_get_project (t), FALSE);
}

static void
on_kind_bind (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              CpLedgerView             *self)
{
  cp_label_cell_set (item, cp_transaction_kind_to_label (cp_transaction_get_kind (gtk_list_item_get_item (item))), FALSE);
}

static void
on_source_bind (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                CpLedgerView             *self)
{
  CpTransaction *t = gtk_list_item_get_item (item);

  cp_label_cell_set (item, cp_contribution_kind_to_label (cp_transaction_get_contribution (t)), FALSE);
}

static void
on_from_bind (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              CpLedgerView             *self)
{
  CpTransaction *t = gtk_list_item_get_item (item);
  const char *name = lookup (self, FUNDERS, cp_transaction_get_from_funder_id (t));

  if (*name == '\0')
    name = lookup (self, MUNICIPALITIES, cp_transaction_get_from_municipality_id (t));
  if (*name == '\0')
    name = lookup (self, ACTORS, cp_transaction_get_from_actor_id (t));
  if (*name == '\0')
    name = cp_transaction_get_from_name (t);
  cp_label_cell_set (item, name, FALSE);
}

static void
on_to_bind (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            CpLedgerView             *self)
{
  CpTransaction *t = gtk_list_item_get_item (item);
  const char *name = lookup (self, MUNICIPALITIES, cp_transaction_get_to_municipality_id (t));

  if (*name == '\0')
    name = lookup (self, ACTORS, cp_transaction_get_to_actor_id (t));
  if (*name == '\0')
    name = cp_transaction_get_to_name (t);
  cp_label_cell_set (item, name, FALSE);
}

static void
on_partnership_bind (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     CpLedgerView             *self)
{
  CpTransaction *t = gtk_list_item_get_item (item);

  cp_label_cell_set (item, lookup (self, PARTNERSHIPS, cp_transaction_get_partnership_id (t)), FALSE);
}

static void
on_amount_bind (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                CpLedgerView             *self)
{
  CpTransaction *t = gtk_list_item_get_item (item);
  g_autofree char *text = cp_money_format (cp_transaction_get_amount (t), cp_transaction_get_currency (t));

  cp_label_cell_set (item, text, FALSE);
}

static void
on_base_bind (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              CpLedgerView             *self)
{
  CpTransaction *t = gtk_list_item_get_item (item);
  /* The column's title names the base currency. */
  g_autofree char *text = cp_money_format_amount (cp_transaction_get_base_amount (t), cp_transaction_get_base_currency (t));

  cp_label_cell_set (item, text, FALSE);
}

/* @width: a fixed width in pixels for dates and amounts, which must show whole;
 * 0 for text that may shrink, -1 for the column that takes the room left. */
static GtkColumnViewColumn *
add_column (CpLedgerView *self,
            const char   *title,
            GCallback     bind,
            gboolean      numeric,
            int           width)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_signal_connect (factory, "setup", numeric ? G_CALLBACK (cp_label_cell_setup_numeric) : G_CALLBACK (cp_label_cell_setup),
                    NULL);
  g_signal_connect (factory, "bind", bind, self);
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_column_set_expand (column, width < 0);
  if (width > 0)
    gtk_column_view_column_set_fixed_width (column, width);
  gtk_column_view_append_column (self->column_view, column);
  g_object_unref (column);
  return column;
}

/* Filtering and the footer */

static void
update_footer (CpLedgerView *self)
{
  g_autofree char *out_text = cp_money_format (self->totals.spent, self->base_currency);
  g_autofree char *in_text = cp_money_format (self->totals.received, self->base_currency);
  g_autofree char *text = NULL;
  guint n = self->totals.n;

  /* Translators: the ledger's footer: “1,204 entries · spent 12,000.00 EUR · received 3,000.00 EUR” */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry · spent %s · received %s",
                                       "%u entries · spent %s · received %s", n),
                          n, out_text, in_text);
  gtk_label_set_label (self->footer_label, text);
  gtk_stack_set_visible_child_name (self->stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->entries)) == 0 ? "empty"
                                    : n == 0 ? "none-shown" : "list");
}

static void
refilter (CpLedgerView *self)
{
  cp_ledger_filter_apply (self->ledger_filter, self->entries, self->shown, &self->totals);
  update_footer (self);
}

static int
selected_enum (GtkDropDown *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  /* The first item is “any”. */
  return selected == GTK_INVALID_LIST_POSITION || selected == 0 ? -1 : (int) selected - 1;
}

static void
on_filter_changed (CpLedgerView *self)
{
  gboolean changed = FALSE;

  if (self->ledger_filter == NULL)
    return;
  changed |= cp_ledger_filter_set_text (self->ledger_filter, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  changed |= cp_ledger_filter_set_kind (self->ledger_filter, selected_enum (self->kind_dropdown));
  changed |= cp_ledger_filter_set_contribution (self->ledger_filter, selected_enum (self->source_dropdown));
  if (changed)
    refilter (self);
}

/* Loading */

static GHashTable *
names_of (GListModel  *records,
          char      *(*name) (gpointer record))
{
  GHashTable *names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  for (guint i = 0; records != NULL && i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(CpRecord) record = g_list_model_get_item (records, i);
      gint64 *key = g_new (gint64, 1);

      *key = cp_record_get_id (record);
      g_hash_table_insert (names, key, name (record));
    }
  return names;
}

static char *
dup_name (gpointer record)
{
  return g_strdup (cp_record_get_string (record, "name"));
}

static char *
dup_title (gpointer record)
{
  return cp_partnership_dup_title (record);
}

static void
load_names (CpLedgerView *self,
            CpStore      *store)
{
  g_autoptr(GListModel) municipalities = store ? cp_store_list_municipalities (store, NULL) : NULL;
  g_autoptr(GListModel) actors = store ? cp_store_list_actors (store, 0, NULL) : NULL;
  g_autoptr(GListModel) funders = store ? cp_store_list_funders (store, NULL) : NULL;
  g_autoptr(GListModel) partnerships = store ? cp_store_list_partnerships (store, NULL) : NULL;

  for (guint i = 0; i < G_N_ELEMENTS (self->names); i++)
    g_clear_pointer (&self->names[i], g_hash_table_unref);
  self->names[MUNICIPALITIES] = names_of (municipalities, dup_name);
  self->names[ACTORS] = names_of (actors, dup_name);
  self->names[FUNDERS] = names_of (funders, dup_name);
  self->names[PARTNERSHIPS] = names_of (partnerships, dup_title);
  cp_ledger_filter_set_names (self->ledger_filter, self->names[MUNICIPALITIES], self->names[ACTORS],
                              self->names[FUNDERS], self->names[PARTNERSHIPS]);
}

static void
load_years (CpLedgerView *self,
            CpStore      *store)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint selected = 0;

  g_clear_pointer (&self->years, g_array_unref);
  self->years = store ? cp_store_list_transaction_years (store, NULL) : NULL;
  if (self->years == NULL)
    self->years = g_array_new (FALSE, FALSE, sizeof (int));

  gtk_string_list_append (labels, _("All years"));
  for (guint i = 0; i < self->years->len; i++)
    {
      g_autofree char *label = g_strdup_printf ("%d", g_array_index (self->years, int, i));

      gtk_string_list_append (labels, label);
      if (g_array_index (self->years, int, i) == self->year)
        selected = i + 1;
    }
  if (selected == 0)
    self->year = 0;
  g_signal_handlers_block_matched (self->year_dropdown, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_drop_down_set_model (self->year_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->year_dropdown, selected);
  g_signal_handlers_unblock_matched (self->year_dropdown, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
}

/* Slices small enough to keep the window responding (about 5 ms each). */
#define PREPARE_SLICE 2500

static gboolean
prepare_slice (gpointer user_data)
{
  CpLedgerView *self = user_data;

  self->prepared = cp_ledger_filter_prepare (self->ledger_filter, self->entries, self->prepared,
                                             self->prepared + PREPARE_SLICE);
  if (self->prepared < g_list_model_get_n_items (G_LIST_MODEL (self->entries)))
    return G_SOURCE_CONTINUE;
  self->prepare_id = 0;
  return G_SOURCE_REMOVE;
}

static void
reload (CpLedgerView *self)
{
  CpStore *store = cp_page_get_store (CP_PAGE (self));
  g_autoptr(GListModel) entries = NULL;
  g_autofree char *title = NULL;

  self->stale = FALSE;
  g_clear_pointer (&self->base_currency, g_free);
  self->base_currency = store ? cp_store_dup_base_currency (store, NULL) : NULL;
  if (self->base_currency == NULL)
    self->base_currency = g_strdup ("EUR");
  /* Translators: the column of amounts in the base currency, e.g. “In EUR” */
  title = g_strdup_printf (_("In %s"), self->base_currency);
  gtk_column_view_column_set_title (self->base_column, title);

  load_names (self, store);
  load_years (self, store);
  entries = store ? cp_store_list_transactions (store, self->year, NULL) : NULL;
  g_clear_object (&self->entries);
  self->entries = entries && CP_IS_ARRAY_MODEL (entries) ? g_object_ref (CP_ARRAY_MODEL (entries))
                                                          : cp_array_model_new (CP_TYPE_TRANSACTION);
  refilter (self);
  self->prepared = 0;
  if (self->prepare_id == 0)
    self->prepare_id = g_idle_add_full (G_PRIORITY_LOW, prepare_slice, self, NULL);
}

/* A long ledger loads when it comes on screen, not on every change elsewhere. */
static void
reload_when_shown (CpLedgerView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
  else
    self->stale = TRUE;
}

static void
on_map (CpLedgerView *self)
{
  if (self->stale)
    reload (self);
}

static void
on_year_selected (CpLedgerView *self)
{
  guint selected = gtk_drop_down_get_selected (self->year_dropdown);

  if (self->years == NULL)
    return;
  self->year = (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > self->years->len)
               ? 0 : g_array_index (self->years, int, selected - 1);
  reload (self);
}

static void
on_activate (CpLedgerView *self,
             guint         position)
{
  g_autoptr(CpRecord) entry = g_list_model_get_item (G_LIST_MODEL (self->shown), position);

  if (entry != NULL)
    cp_page_edit_record (CP_PAGE (self), entry);
}

static void
cp_ledger_view_data_changed (CpPage *page)
{
  reload_when_shown (CP_LEDGER_VIEW (page));
}

static void
cp_ledger_view_workspace_changed (CpPage *page)
{
  CpLedgerView *self = CP_LEDGER_VIEW (page);

  self->year = 0;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  reload_when_shown (self);
}

/* GObject */

static void
cp_ledger_view_dispose (GObject *object)
{
  CpLedgerView *self = CP_LEDGER_VIEW (object);

  g_clear_handle_id (&self->prepare_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), CP_TYPE_LEDGER_VIEW);
  g_clear_object (&self->entries);
  g_clear_object (&self->shown);
  g_clear_pointer (&self->ledger_filter, cp_ledger_filter_free);
  g_clear_pointer (&self->years, g_array_unref);
  g_clear_pointer (&self->base_currency, g_free);
  for (guint i = 0; i < G_N_ELEMENTS (self->names); i++)
    g_clear_pointer (&self->names[i], g_hash_table_unref);

  G_OBJECT_CLASS (cp_ledger_view_parent_class)->dispose (object);
}

static void
cp_ledger_view_class_init (CpLedgerViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CpPageClass *page_class = CP_PAGE_CLASS (klass);

  object_class->dispose = cp_ledger_view_dispose;
  page_class->workspace_changed = cp_ledger_view_workspace_changed;
  page_class->data_changed = cp_ledger_view_data_changed;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-ledger-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CpLedgerView, filter_bar);
  gtk_widget_class_bind_template_child (widget_class, CpLedgerView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CpLedgerView, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CpLedgerView, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CpLedgerView, source_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CpLedgerView, stack);
  gtk_widget_class_bind_template_child (widget_class, CpLedgerView, column_view);
  gtk_widget_class_bind_template_child (widget_class, CpLedgerView, footer_label);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_year_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_activate);
}

/* On a narrow window the filters go below the search. */
static void
on_folded_changed (CpLedgerView *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->filter_bar),
                                  cp_page_get_folded (CP_PAGE (self)) ? GTK_ORIENTATION_VERTICAL
                                                                      : GTK_ORIENTATION_HORIZONTAL);
}

static GListModel *
enum_labels (const char *any,
             GType       type)
{
  GtkStringList *labels = gtk_string_list_new (NULL);

  gtk_string_list_append (labels, any);
  for (guint i = 0; i < cp_enum_count (type); i++)
    gtk_string_list_append (labels, cp_enum_to_label (type, i));
  return G_LIST_MODEL (labels);
}

static void
cp_ledger_view_init (CpLedgerView *self)
{
  g_autoptr(GListModel) kinds = enum_labels (_("All kinds"), CP_TYPE_TRANSACTION_KIND);
  g_autoptr(GListModel) sources = enum_labels (_("All sources"), CP_TYPE_CONTRIBUTION_KIND);
  GtkSingleSelection *selection;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->entries = cp_array_model_new (CP_TYPE_TRANSACTION);
  self->shown = cp_array_model_new (CP_TYPE_TRANSACTION);
  self->ledger_filter = cp_ledger_filter_new ();
  selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->shown)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  g_signal_connect (self, "notify::folded", G_CALLBACK (on_folded_changed), NULL);
  g_signal_connect (self, "map", G_CALLBACK (on_map), NULL);
  cp_drop_down_set_ellipsizing (self->year_dropdown);
  cp_drop_down_set_ellipsizing (self->kind_dropdown);
  cp_drop_down_set_ellipsizing (self->source_dropdown);
  gtk_drop_down_set_model (self->kind_dropdown, kinds);
  gtk_drop_down_set_model (self->source_dropdown, sources);

  add_column (self, _("Date"), G_CALLBACK (on_date_bind), FALSE, 96);
  add_column (self, _("Description"), G_CALLBACK (on_description_bind), FALSE, -1);
  add_column (self, _("Kind"), G_CALLBACK (on_kind_bind), FALSE, 0);
  add_column (self, _("Source"), G_CALLBACK (on_source_bind), FALSE, 0);
  add_column (self, _("From"), G_CALLBACK (on_from_bind), FALSE, 0);
  add_column (self, _("To"), G_CALLBACK (on_to_bind), FALSE, 0);
  add_column (self, _("Partnership"), G_CALLBACK (on_partnership_bind), FALSE, 0);
  add_column (self, _("Amount"), G_CALLBACK (on_amount_bind), TRUE, 136);
  self->base_column = add_column (self, _("In EUR"), G_CALLBACK (on_base_bind), TRUE, 104);
}

GListModel *
cp_ledger_view_get_shown (CpLedgerView *self)
{
  g_return_val_if_fail (CP_IS_LEDGER_VIEW (self), NULL);

  return G_LIST_MODEL (self->shown);
}

void
cp_ledger_view_set_year (CpLedgerView *self,
                         int           year)
{
  g_return_if_fail (CP_IS_LEDGER_VIEW (self));

  self->year = year;
  reload_when_shown (self);
}

int
cp_ledger_view_get_year (CpLedgerView *self)
{
  g_return_val_if_fail (CP_IS_LEDGER_VIEW (self), 0);

  return self->year;
}

void
cp_ledger_view_set_search (CpLedgerView *self,
                           const char   *text)
{
  g_return_if_fail (CP_IS_LEDGER_VIEW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  on_filter_changed (self);
}
