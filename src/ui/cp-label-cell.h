/* cp-label-cell.h: a column view cell that is one left-aligned label
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The "setup" handler of a GtkSignalListItemFactory: an ellipsized label. */
void cp_label_cell_setup (GtkSignalListItemFactory *factory,
                          GtkListItem              *item);
/* The same for amounts: right-aligned, in figures of one width. */
void cp_label_cell_setup_numeric (GtkSignalListItemFactory *factory,
                                  GtkListItem              *item);
/* Shows @text in the cell, whole in its tooltip, in the warning colour when
 * @warning. */
void cp_label_cell_set   (GtkListItem              *item,
                          const char               *text,
                          gboolean                  warning);

/* Gives a drop-down of strings (GtkStringList) items that shorten with an
 * ellipsis, so that it may shrink on a narrow window. */
void cp_drop_down_set_ellipsizing (GtkDropDown              *dropdown);

G_END_DECLS
