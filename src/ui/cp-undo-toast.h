/* cp-undo-toast.h: the toast that offers to undo a deletion
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* A toast showing @message as plain text (libadwaita 1.2 reads a toast's title as
 * markup: a name with “&” would otherwise show nothing), with an Undo button. */
AdwToast *cp_undo_toast_new  (const char *message);
/* The same without the button. */
AdwToast *cp_toast_new_plain (const char *message);
/* Shows @toast in the window around @widget. */
void      cp_toast_show      (GtkWidget  *widget,
                              AdwToast   *toast);

G_END_DECLS
