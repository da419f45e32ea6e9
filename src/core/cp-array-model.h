/* cp-array-model.h: a list model over an array, for long lists
 *
 * GListStore finds an item by walking a tree; over 200,000 ledger entries one
 * pass of a filter spends a frame on that alone. This model hands out item i
 * from an array, and is replaced whole when the list is loaded again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define CP_TYPE_ARRAY_MODEL (cp_array_model_get_type ())

G_DECLARE_FINAL_TYPE (CpArrayModel, cp_array_model, CP, ARRAY_MODEL, GObject)

CpArrayModel *cp_array_model_new         (GType         item_type);
/* Replaces every item with those of @items (objects of the item type), which the
 * model takes; @items may be NULL for none. */
void          cp_array_model_take_items  (CpArrayModel *self,
                                          GPtrArray    *items);
/* Item @position without a new reference, for loops over every item. */
gpointer      cp_array_model_peek_item   (CpArrayModel *self,
                                          guint         position);

G_END_DECLS
