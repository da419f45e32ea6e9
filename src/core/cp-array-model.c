/* cp-array-model.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cp-array-model.h"

struct _CpArrayModel
{
  GObject    parent_instance;

  GType      item_type;
  GPtrArray *items;
};

static void cp_array_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CpArrayModel, cp_array_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, cp_array_model_list_model_init))

static GType
cp_array_model_get_item_type (GListModel *model)
{
  return CP_ARRAY_MODEL (model)->item_type;
}

static guint
cp_array_model_get_n_items (GListModel *model)
{
  return CP_ARRAY_MODEL (model)->items->len;
}

static gpointer
cp_array_model_get_item (GListModel *model,
                         guint       position)
{
  CpArrayModel *self = CP_ARRAY_MODEL (model);

  return position < self->items->len ? g_object_ref (g_ptr_array_index (self->items, position)) : NULL;
}

static void
cp_array_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = cp_array_model_get_item_type;
  iface->get_n_items = cp_array_model_get_n_items;
  iface->get_item = cp_array_model_get_item;
}

static void
cp_array_model_finalize (GObject *object)
{
  g_ptr_array_unref (CP_ARRAY_MODEL (object)->items);

  G_OBJECT_CLASS (cp_array_model_parent_class)->finalize (object);
}

static void
cp_array_model_class_init (CpArrayModelClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cp_array_model_finalize;
}

static void
cp_array_model_init (CpArrayModel *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

CpArrayModel *
cp_array_model_new (GType item_type)
{
  CpArrayModel *self = g_object_new (CP_TYPE_ARRAY_MODEL, NULL);

  self->item_type = item_type;
  return self;
}

void
cp_array_model_take_items (CpArrayModel *self,
                           GPtrArray    *items)
{
  guint removed;

  g_return_if_fail (CP_IS_ARRAY_MODEL (self));

  removed = self->items->len;
  g_ptr_array_unref (self->items);
  self->items = items ? items : g_ptr_array_new ();
  g_ptr_array_set_free_func (self->items, g_object_unref);
  if (removed > 0 || self->items->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->items->len);
}

gpointer
cp_array_model_peek_item (CpArrayModel *self,
                          guint         position)
{
  g_return_val_if_fail (CP_IS_ARRAY_MODEL (self), NULL);

  return position < self->items->len ? g_ptr_array_index (self->items, position) : NULL;
}
