/* cp-label-cell.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cp-label-cell.h"

void
cp_label_cell_setup (GtkSignalListItemFactory *factory,
                     GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

void
cp_label_cell_setup_numeric (GtkSignalListItemFactory *factory,
                             GtkListItem              *item)
{
  GtkWidget *label;

  cp_label_cell_setup (factory, item);
  label = gtk_list_item_get_child (item);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "numeric");
}

void
cp_label_cell_set (GtkListItem *item,
                   const char  *text,
                   gboolean     warning)
{
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_label (GTK_LABEL (label), text);
  gtk_widget_set_tooltip_text (label, text);
  if (warning)
    gtk_widget_add_css_class (label, "warning");
  else
    gtk_widget_remove_css_class (label, "warning");
}

static void
on_string_bind (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), gtk_string_object_get_string (string));
}

void
cp_drop_down_set_ellipsizing (GtkDropDown *dropdown)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (cp_label_cell_setup), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_string_bind), NULL);
  gtk_drop_down_set_factory (dropdown, factory);
  g_object_unref (factory);
}
