/* cp-iati-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "core/cp-i18n.h"
#include "core/cp-iati-codes.h"
#include "exchange/cp-iati.h"

#include "cp-iati-export.h"
#include "cp-undo-toast.h"

typedef struct
{
  GtkWidget            *widget;
  CpStore              *store;
  CpMunicipality       *municipality;
  GtkFileChooserNative *chooser;
  GtkEditable          *entry;    /* of the identifier dialog */
  GtkLabel             *message;  /* below it: what is wrong with the text */
} Export;

static void
export_free (Export *export)
{
  g_clear_object (&export->widget);
  g_clear_object (&export->store);
  g_clear_object (&export->municipality);
  if (export->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (export->chooser));
  g_clear_object (&export->chooser);
  g_free (export);
}

static GtkWindow *
parent_window (Export *export)
{
  GtkRoot *root = gtk_widget_get_root (export->widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_message (Export     *export,
              const char *heading,
              const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (parent_window (export), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Writing */

static void
write_file (Export     *export,
            const char *path)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) left_out = NULL;

  if (!cp_iati_export_file (export->store, cp_record_get_id (CP_RECORD (export->municipality)), 0,
                            cp_i18n_interface_language (), path, &left_out, &error))
    show_message (export, _("The IATI File Was Not Written"), error->message);
  else if (left_out[0] == NULL)
    cp_toast_show (export->widget, cp_toast_new_plain (_("Exported as IATI activities")));
  else
    {
      g_autofree char *list = g_strjoinv ("\n", left_out);
      /* Translators: the sentences that follow say which activities were left out and what to record */
      g_autofree char *body = g_strdup_printf (_("IATI needs a date for every activity. Left out:\n%s"), list);

      show_message (export, _("Exported, Some Activities Left Out"), body);
    }
}

static void
on_file_chosen (GtkNativeDialog *chooser,
                int              response,
                Export          *export)
{
  g_autoptr(GFile) file = response == GTK_RESPONSE_ACCEPT ? gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser)) : NULL;
  g_autofree char *path = file ? g_file_get_path (file) : NULL;

  if (path != NULL)
    write_file (export, path);
  export_free (export);
}

static void
choose_file (Export *export)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *ref = g_ascii_strdown (cp_municipality_get_iati_org_ref (export->municipality), -1);
  /* The IATI Registry's custom: the publisher, then “activities”. */
  g_autofree char *name = g_strdup_printf ("%s-activities.xml", ref);

  export->chooser = gtk_file_chooser_native_new (_("Export IATI Activities"), parent_window (export),
                                                 GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (export->chooser), TRUE);
  gtk_file_filter_set_name (filter, _("XML files"));
  gtk_file_filter_add_mime_type (filter, "application/xml");
  gtk_file_filter_add_suffix (filter, "xml");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (export->chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (export->chooser), name);
  g_signal_connect (export->chooser, "response", G_CALLBACK (on_file_chosen), export);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (export->chooser));
}

/* The organisation identifier, asked once */

static void
on_identifier_changed (GtkEditable      *entry,
                       AdwMessageDialog *dialog)
{
  Export *export = g_object_get_data (G_OBJECT (dialog), "cp-export");
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  g_autoptr(GError) error = NULL;
  gboolean valid = *text != '\0' && cp_validate_iati_org_ref (text, &error);

  gtk_label_set_text (export->message, error ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (export->message), error != NULL);
  adw_message_dialog_set_response_enabled (dialog, "continue", valid);
}

static void
on_identifier_response (AdwMessageDialog *dialog,
                        const char       *response,
                        Export           *export)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (export->entry)));
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "continue"))
    {
      export_free (export);
      return;
    }
  g_object_set (export->municipality, "iati-org-ref", text, NULL);
  if (!cp_store_save_municipality (export->store, export->municipality, &error))
    {
      show_message (export, _("The Identifier Was Not Saved"), error->message);
      export_free (export);
      return;
    }
  choose_file (export);
}

static void
ask_identifier (Export *export)
{
  GtkWidget *dialog, *box, *entry, *message;
  g_autofree char *body = NULL;

  /* Translators: %s is a municipality */
  body = g_strdup_printf (_("IATI files are published under the organisation identifier of %s: the "
                            "registration agency’s prefix and its number there."),
                          cp_municipality_get_name (export->municipality));
  dialog = adw_message_dialog_new (parent_window (export), _("Organisation Identifier"), body);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), "NL-KVK-12345678");
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("IATI organisation identifier"), -1);
  message = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (message), TRUE);
  gtk_label_set_xalign (GTK_LABEL (message), 0);
  gtk_widget_add_css_class (message, "error");
  gtk_widget_set_visible (message, FALSE);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), message);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "continue", _("C_ontinue"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "continue", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "continue", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "continue");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  export->entry = GTK_EDITABLE (entry);
  export->message = GTK_LABEL (message);
  g_object_set_data (G_OBJECT (dialog), "cp-export", export);
  g_signal_connect (entry, "changed", G_CALLBACK (on_identifier_changed), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (on_identifier_response), export);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static Export *
export_new (GtkWidget *widget,
            CpStore   *store,
            gint64     municipality_id)
{
  g_autoptr(GError) error = NULL;
  CpMunicipality *municipality;
  Export *export;

  if (!(municipality = cp_store_get_municipality (store, municipality_id, &error)))
    {
      g_warning ("No municipality to publish: %s", error->message);
      return NULL;
    }
  export = g_new0 (Export, 1);
  export->widget = g_object_ref (widget);
  export->store = g_object_ref (store);
  export->municipality = municipality;
  return export;
}

void
cp_iati_export_start (GtkWidget *widget,
                      CpStore   *store,
                      gint64     municipality_id)
{
  Export *export;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (CP_IS_STORE (store));

  if (!(export = export_new (widget, store, municipality_id)))
    return;
  if (*cp_municipality_get_iati_org_ref (export->municipality) == '\0')
    ask_identifier (export);
  else
    choose_file (export);
}

void
cp_iati_export_write (GtkWidget  *widget,
                      CpStore    *store,
                      gint64      municipality_id,
                      const char *path)
{
  Export *export;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (CP_IS_STORE (store));

  if (!(export = export_new (widget, store, municipality_id)))
    return;
  write_file (export, path);
  export_free (export);
}
