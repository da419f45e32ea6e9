/* cp-attention.h: what needs attention now, for the Overview
 *
 * Visits coming up, deadlines (grant calls, reports owed to funders and by
 * partners, agreements expiring, political terms ending) and follow-up actions
 * past their day, each with its day and where to look at it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  CP_ATTENTION_VISIT,
  CP_ATTENTION_GRANT_DEADLINE,
  CP_ATTENTION_REPORT_TO_FUNDER,
  CP_ATTENTION_REPORT_FROM_PARTNER,
  CP_ATTENTION_AGREEMENT_EXPIRING,
  CP_ATTENTION_TERM_ENDING,
  CP_ATTENTION_FOLLOW_UP,
} CpAttentionKind;

typedef struct
{
  CpAttentionKind kind;
  char           *day;          /* ISO day it is due or begins */
  char           *title;        /* the visit's purpose, the report, the agreement ... */
  char           *context;      /* the partnership, funder or municipality it concerns */
  gboolean        overdue;      /* the day has passed */
  gint64          record_id;    /* the visit (also for a follow-up), or the record itself */
} CpAttentionItem;

void cp_attention_item_free (CpAttentionItem *item);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CpAttentionItem, cp_attention_item_free)

G_END_DECLS
