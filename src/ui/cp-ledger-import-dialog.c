/* cp-ledger-import-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/cp-money.h"
#include "exchange/cp-ledger-csv.h"
#include "cp-ledger-import-dialog.h"
#include "cp-undo-toast.h"

struct _CpLedgerImportDialog
{
  AdwWindow          parent_instance;

  CpContext         *context;
  GtkWidget         *parent;
  GBytes            *contents;
  CpLedgerCsvImport *import;
  GtkStringList     *row_indexes;

  AdwWindowTitle    *window_title;
  GtkLabel          *summary_label;
  GtkDropDown       *decimal_dropdown;
  GtkListView       *rows_view;
  GtkWidget         *import_button;
};

G_DEFINE_FINAL_TYPE (CpLedgerImportDialog, cp_ledger_import_dialog, ADW_TYPE_WINDOW)

static CpLedgerCsvRow *
row_at (CpLedgerImportDialog *self,
        guint                 index)
{
  return index < self->import->rows->len ? g_ptr_array_index (self->import->rows, index) : NULL;
}

char *
cp_ledger_import_dialog_dup_row_text (CpLedgerImportDialog *self,
                                      guint                 index)
{
  CpLedgerCsvRow *row = row_at (self, index);
  CpTransaction *t;
  g_autofree char *amount = NULL;

  g_return_val_if_fail (CP_IS_LEDGER_IMPORT_DIALOG (self), NULL);

  if (row == NULL)
    return g_strdup ("");
  if (row->problem != NULL)
    return g_strdup (row->problem);
  t = row->transaction;
  amount = cp_money_format (cp_transaction_get_amount (t), cp_transaction_get_currency (t));
  /* Translators: a good row of an import: its day, kind, amount and description */
  return g_strdup_printf (_("%s · %s · %s · %s"), cp_transaction_get_date (t),
                          cp_transaction_kind_to_label (cp_transaction_get_kind (t)), amount,
                          cp_transaction_get_description (t));
}

static void
on_row_setup (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *line = gtk_label_new (NULL);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *text = gtk_label_new (NULL);

  gtk_widget_add_css_class (line, "dim-label");
  gtk_widget_add_css_class (line, "numeric");
  gtk_label_set_width_chars (GTK_LABEL (line), 5);
  gtk_label_set_xalign (GTK_LABEL (line), 1);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (box), line);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), text);
  gtk_list_item_set_child (item, box);
}

static void
on_row_bind (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             CpLedgerImportDialog     *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *line = gtk_widget_get_first_child (box);
  GtkWidget *icon = gtk_widget_get_next_sibling (line);
  GtkWidget *text = gtk_widget_get_next_sibling (icon);
  guint index = gtk_list_item_get_position (item);
  CpLedgerCsvRow *row = row_at (self, index);
  g_autofree char *number = g_strdup_printf ("%u", row ? row->line : 0);
  g_autofree char *label = cp_ledger_import_dialog_dup_row_text (self, index);
  gboolean bad = row != NULL && row->problem != NULL;

  gtk_label_set_label (GTK_LABEL (line), number);
  gtk_image_set_from_icon_name (GTK_IMAGE (icon), bad ? "dialog-warning-symbolic" : "emblem-ok-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  bad ? _("Problem") : _("Good"), -1);
  gtk_label_set_label (GTK_LABEL (text), label);
  if (bad)
    gtk_widget_add_css_class (text, "error");
  else
    gtk_widget_remove_css_class (text, "error");
}

static void
show_import (CpLedgerImportDialog *self)
{
  guint n = self->import->rows->len;
  g_autofree char *read = NULL;
  g_autofree char *text = NULL;

  gtk_string_list_splice (self->row_indexes, 0, g_list_model_get_n_items (G_LIST_MODEL (self->row_indexes)), NULL);
  for (guint i = 0; i < n; i++)
    gtk_string_list_append (self->row_indexes, "");

  read = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u row read.", "%u rows read.", n), n);
  if (self->import->n_bad > 0)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%s %u row has a problem: mend it in the file and open the file again. Nothing is imported until every row is good.",
                                         "%s %u rows have problems: mend them in the file and open the file again. Nothing is imported until every row is good.",
                                         self->import->n_bad),
                            read, self->import->n_bad);
  else
    text = g_strdup_printf (_("%s Every row is good."), read);
  gtk_label_set_label (self->summary_label, text);
  if (self->import->n_bad > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->summary_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->summary_label), "error");
  gtk_widget_set_sensitive (self->import_button, n > 0 && self->import->n_bad == 0);
}

static gboolean
read_contents (CpLedgerImportDialog  *self,
               char                   decimal,
               GError               **error)
{
  gsize length;
  const char *data = g_bytes_get_data (self->contents, &length);
  CpLedgerCsvImport *import = cp_ledger_csv_read (cp_context_get_store (self->context), data, length, decimal, error);

  if (import == NULL)
    return FALSE;
  g_clear_pointer (&self->import, cp_ledger_csv_import_free);
  self->import = import;
  show_import (self);
  return TRUE;
}

static void
on_decimal_selected (CpLedgerImportDialog *self)
{
  static const char decimals[] = { 0, '.', ',' };
  guint selected = gtk_drop_down_get_selected (self->decimal_dropdown);
  g_autoptr(GError) error = NULL;

  if (self->contents == NULL || selected >= G_N_ELEMENTS (decimals))
    return;
  if (!read_contents (self, decimals[selected], &error))
    gtk_label_set_label (self->summary_label, error->message);
}

gboolean
cp_ledger_import_dialog_import (CpLedgerImportDialog  *self,
                                GError               **error)
{
  g_return_val_if_fail (CP_IS_LEDGER_IMPORT_DIALOG (self), FALSE);

  return cp_ledger_csv_import (cp_context_get_store (self->context), self->import, error);
}

static void
on_import_clicked (CpLedgerImportDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n = self->import->rows->len;

  if (!cp_ledger_import_dialog_import (self, &error))
    {
      gtk_label_set_label (self->summary_label, error->message);
      gtk_widget_add_css_class (GTK_WIDGET (self->summary_label), "error");
      return;
    }
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u ledger entry imported", "%u ledger entries imported", n), n);
  if (self->parent != NULL)
    cp_toast_show (self->parent, cp_toast_new_plain (message));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
cp_ledger_import_dialog_dispose (GObject *object)
{
  CpLedgerImportDialog *self = CP_LEDGER_IMPORT_DIALOG (object);

  g_clear_object (&self->context);
  g_clear_object (&self->parent);
  g_clear_pointer (&self->contents, g_bytes_unref);
  g_clear_pointer (&self->import, cp_ledger_csv_import_free);
  g_clear_object (&self->row_indexes);

  G_OBJECT_CLASS (cp_ledger_import_dialog_parent_class)->dispose (object);
}

static void
cp_ledger_import_dialog_class_init (CpLedgerImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cp_ledger_import_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/cp-ledger-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CpLedgerImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, CpLedgerImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, CpLedgerImportDialog, decimal_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CpLedgerImportDialog, rows_view);
  gtk_widget_class_bind_template_child (widget_class, CpLedgerImportDialog, import_button);
  gtk_widget_class_bind_template_callback (widget_class, on_import_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_decimal_selected);
  gtk_widget_class_bind_template_callback_full (widget_class, "gtk_window_destroy", G_CALLBACK (gtk_window_destroy));
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cp_ledger_import_dialog_init (CpLedgerImportDialog *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkNoSelection *selection;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->row_indexes = gtk_string_list_new (NULL);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->row_indexes)));
  g_signal_connect (factory, "setup", G_CALLBACK (on_row_setup), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_row_bind), self);
  gtk_list_view_set_factory (self->rows_view, factory);
  gtk_list_view_set_model (self->rows_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (factory);
  g_object_unref (selection);
}

CpLedgerImportDialog *
cp_ledger_import_dialog_new (GtkWidget  *parent,
                             CpContext  *context,
                             GFile      *file,
                             GError    **error)
{
  CpLedgerImportDialog *self;
  g_autofree char *name = g_file_get_basename (file);
  GtkRoot *root = parent ? gtk_widget_get_root (parent) : NULL;
  char *data;
  gsize length;

  g_return_val_if_fail (CP_IS_CONTEXT (context), NULL);

  if (!g_file_load_contents (file, NULL, &data, &length, NULL, error))
    return NULL;

  self = g_object_new (CP_TYPE_LEDGER_IMPORT_DIALOG,
                       "transient-for", GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                       NULL);
  self->context = g_object_ref (context);
  self->parent = parent ? g_object_ref (parent) : NULL;
  self->contents = g_bytes_new_take (data, length);
  adw_window_title_set_subtitle (self->window_title, name);
  if (!read_contents (self, 0, error))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }
  return self;
}

guint
cp_ledger_import_dialog_get_n_bad (CpLedgerImportDialog *self)
{
  g_return_val_if_fail (CP_IS_LEDGER_IMPORT_DIALOG (self), 0);

  return self->import->n_bad;
}

guint
cp_ledger_import_dialog_get_n_rows (CpLedgerImportDialog *self)
{
  g_return_val_if_fail (CP_IS_LEDGER_IMPORT_DIALOG (self), 0);

  return self->import->rows->len;
}
