/* cp-undo-toast.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cp-undo-toast.h"

AdwToast *
cp_toast_new_plain (const char *message)
{
  g_autofree char *escaped = g_markup_escape_text (message ? message : "", -1);

  return adw_toast_new (escaped);
}

AdwToast *
cp_undo_toast_new (const char *message)
{
  AdwToast *toast = cp_toast_new_plain (message);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  return toast;
}

void
cp_toast_show (GtkWidget *widget,
               AdwToast  *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (toast);
}
