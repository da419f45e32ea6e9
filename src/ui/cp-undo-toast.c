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

static void
on_undo_clicked (AdwToast *toast,
                 CpRecord *record)
{
  CpStore *store = g_object_get_data (G_OBJECT (toast), "cp-store");
  g_autoptr(GError) error = NULL;

  /* Once: a second click while the toast hides must not save the record again,
   * over whatever happened to it since. */
  if (g_object_get_data (G_OBJECT (toast), "cp-undone") != NULL)
    return;
  g_object_set_data (G_OBJECT (toast), "cp-undone", GINT_TO_POINTER (TRUE));
  if (!cp_store_save (store, record, &error))
    g_warning ("Cannot restore the record: %s", error->message);
}

static void
unref_record (gpointer  record,
              GClosure *closure)
{
  g_object_unref (record);
}

gboolean
cp_delete_with_undo (GtkWidget  *widget,
                     CpStore    *store,
                     CpRecord   *record,
                     const char *message)
{
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (!cp_store_delete_record (store, record, &error))
    {
      /* Why not: the record is still in use, say. */
      cp_toast_show (widget, cp_toast_new_plain (error->message));
      return FALSE;
    }

  toast = cp_undo_toast_new (message);
  g_object_set_data_full (G_OBJECT (toast), "cp-store", g_object_ref (store), g_object_unref);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_clicked),
                         g_object_ref (record), unref_record, 0);
  cp_toast_show (widget, toast);
  return TRUE;
}
