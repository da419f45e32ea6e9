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
/* Shows @text in the cell, whole in its tooltip, in the warning colour when
 * @warning. */
void cp_label_cell_set   (GtkListItem              *item,
                          const char               *text,
                          gboolean                  warning);

G_END_DECLS
