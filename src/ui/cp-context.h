/* cp-context.h: what every page shares: the open workspace, the settings, the clock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "store/cp-store.h"

G_BEGIN_DECLS

#define CP_TYPE_CONTEXT (cp_context_get_type ())

G_DECLARE_FINAL_TYPE (CpContext, cp_context, CP, CONTEXT, GObject)

CpContext *cp_context_new              (GSettings   *settings);
CpStore   *cp_context_get_store        (CpContext   *self);
void       cp_context_set_store        (CpContext   *self,
                                        CpStore     *store);
GSettings *cp_context_get_settings     (CpContext   *self);
/* Opens the workspace at @path and makes it the current one. */
gboolean   cp_context_open_workspace   (CpContext   *self,
                                        const char  *path,
                                        GError     **error);
/* Today's date as ISO text; tests may fix it. */
char      *cp_context_dup_today        (CpContext   *self);
void       cp_context_set_today        (CpContext   *self,
                                        const char  *iso_date);

G_END_DECLS
