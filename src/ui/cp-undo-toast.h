/* cp-undo-toast.h: the toast that offers to undo a deletion
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "store/cp-store.h"

G_BEGIN_DECLS

/* A toast showing @message as plain text (libadwaita 1.2 reads a toast's title as
 * markup: a name with “&” would otherwise show nothing), with an Undo button. */
AdwToast *cp_undo_toast_new  (const char *message);
/* The same without the button. */
AdwToast *cp_toast_new_plain (const char *message);
/* Shows @toast in the window around @widget. */
void      cp_toast_show      (GtkWidget  *widget,
                              AdwToast   *toast);

/* Deletes @record from @store and offers Undo, which saves it again under its id;
 * @message says what went (“Agreement deleted”). FALSE, with a warning logged, when
 * the store refuses. */
gboolean  cp_delete_with_undo (GtkWidget  *widget,
                               CpStore    *store,
                               CpRecord   *record,
                               const char *message);

G_END_DECLS
