/* cp-attention.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cp-attention.h"

void
cp_attention_item_free (CpAttentionItem *item)
{
  if (item == NULL)
    return;
  g_free (item->day);
  g_free (item->title);
  g_free (item->context);
  g_free (item);
}
