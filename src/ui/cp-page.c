/* cp-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cp-editor-dialog.h"
#include "cp-undo-toast.h"
#include "cp-page.h"

typedef struct
{
  CpContext *context;
  CpStore   *store;
  gulong     changed_id;
  gboolean   folded;
} CpPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (CpPage, cp_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_FOLDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_store_changed (CpPage *self)
{
  if (CP_PAGE_GET_CLASS (self)->data_changed != NULL)
    CP_PAGE_GET_CLASS (self)->data_changed (self);
}

static void
on_context_store_changed (CpPage *self)
{
  CpPagePrivate *priv = cp_page_get_instance_private (self);
  CpStore *store = priv->context ? cp_context_get_store (priv->context) : NULL;

  if (priv->store != NULL)
    g_clear_signal_handler (&priv->changed_id, priv->store);
  g_set_object (&priv->store, store);
  if (priv->store != NULL)
    priv->changed_id = g_signal_connect_swapped (priv->store, "changed", G_CALLBACK (on_store_changed), self);

  if (CP_PAGE_GET_CLASS (self)->workspace_changed != NULL)
    CP_PAGE_GET_CLASS (self)->workspace_changed (self);
}

CpContext *
cp_page_get_context (CpPage *self)
{
  CpPagePrivate *priv;

  g_return_val_if_fail (CP_IS_PAGE (self), NULL);

  priv = cp_page_get_instance_private (self);
  return priv->context;
}

CpStore *
cp_page_get_store (CpPage *self)
{
  CpPagePrivate *priv;

  g_return_val_if_fail (CP_IS_PAGE (self), NULL);

  priv = cp_page_get_instance_private (self);
  return priv->store;
}

gboolean
cp_page_get_folded (CpPage *self)
{
  CpPagePrivate *priv;

  g_return_val_if_fail (CP_IS_PAGE (self), FALSE);

  priv = cp_page_get_instance_private (self);
  return priv->folded;
}

void
cp_page_edit_record (CpPage   *self,
                     CpRecord *record)
{
  CpEditorDialog *dialog;

  g_return_if_fail (CP_IS_PAGE (self));
  g_return_if_fail (CP_IS_RECORD (record));

  dialog = cp_editor_dialog_new (GTK_WIDGET (self), cp_page_get_context (self), record);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_delete_clicked (GtkButton *button,
                   CpPage    *self)
{
  cp_delete_with_undo (GTK_WIDGET (self), cp_page_get_store (self),
                       g_object_get_data (G_OBJECT (button), "cp-record"),
                       g_object_get_data (G_OBJECT (button), "cp-deleted-message"));
}

GtkWidget *
cp_page_new_delete_button_full (CpPage     *self,
                                CpRecord   *record,
                                const char *tooltip,
                                const char *deleted_message)
{
  GtkWidget *button;

  g_return_val_if_fail (CP_IS_PAGE (self), NULL);
  g_return_val_if_fail (CP_IS_RECORD (record), NULL);

  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  /* An icon alone says nothing to a screen reader. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data_full (G_OBJECT (button), "cp-record", g_object_ref (record), g_object_unref);
  g_object_set_data_full (G_OBJECT (button), "cp-deleted-message", g_strdup (deleted_message), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (on_delete_clicked), self);
  return button;
}

GtkWidget *
cp_page_new_delete_button (CpPage     *self,
                           CpRecord   *record,
                           const char *title)
{
  g_autofree char *tooltip = g_strdup_printf (_("Delete “%s”"), title);
  /* Translators: %s is what was deleted, e.g. “Cooperation agreement 1985” */
  g_autofree char *message = g_strdup_printf (_("“%s” deleted"), title);

  return cp_page_new_delete_button_full (self, record, tooltip, message);
}

void
cp_page_edit_new_record (CpPage   *self,
                         gpointer  record)
{
  g_return_if_fail (CP_IS_PAGE (self));

  cp_page_edit_record (self, record);
  g_object_unref (record);
}

void
cp_page_use_primary_menu (CpPage        *self,
                          GtkMenuButton *button)
{
  GApplication *app = g_application_get_default ();

  if (GTK_IS_APPLICATION (app))
    gtk_menu_button_set_menu_model (button, G_MENU_MODEL (gtk_application_get_menu_by_id (GTK_APPLICATION (app),
                                                                                         "primary_menu")));
}

static void
on_edit_clicked (GtkButton *button,
                 CpPage    *self)
{
  cp_page_edit_record (self, g_object_get_data (G_OBJECT (button), "cp-record"));
}

GtkWidget *
cp_page_new_record_buttons (CpPage     *self,
                            CpRecord   *record,
                            const char *title)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *edit = gtk_button_new_from_icon_name ("document-edit-symbolic");
  /* Translators: a button's tooltip; %s names what it edits */
  g_autofree char *tooltip = g_strdup_printf (_("Edit “%s”"), title);

  g_return_val_if_fail (CP_IS_PAGE (self), NULL);

  gtk_widget_set_valign (edit, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (edit, "flat");
  gtk_widget_set_tooltip_text (edit, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (edit), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  g_object_set_data_full (G_OBJECT (edit), "cp-record", g_object_ref (record), g_object_unref);
  g_signal_connect (edit, "clicked", G_CALLBACK (on_edit_clicked), self);
  gtk_box_append (GTK_BOX (box), edit);
  gtk_box_append (GTK_BOX (box), cp_page_new_delete_button (self, record, title));
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  return box;
}

static void
cp_page_dispose (GObject *object)
{
  CpPage *self = CP_PAGE (object);
  CpPagePrivate *priv = cp_page_get_instance_private (self);

  if (priv->store != NULL)
    g_clear_signal_handler (&priv->changed_id, priv->store);
  g_clear_object (&priv->store);
  g_clear_object (&priv->context);

  G_OBJECT_CLASS (cp_page_parent_class)->dispose (object);
}

static void
cp_page_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  CpPage *self = CP_PAGE (object);
  CpPagePrivate *priv = cp_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, priv->context);
      break;
    case PROP_FOLDED:
      g_value_set_boolean (value, priv->folded);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cp_page_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  CpPage *self = CP_PAGE (object);
  CpPagePrivate *priv = cp_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      /* Set once, by whatever holds the page: the window, or the section. */
      g_return_if_fail (priv->context == NULL);
      priv->context = g_value_dup_object (value);
      /* Before connecting to the context: a section's detail pages then follow
       * a new workspace ahead of the section, which shows them again. */
      if (CP_PAGE_GET_CLASS (self)->context_set != NULL)
        CP_PAGE_GET_CLASS (self)->context_set (self);
      if (priv->context != NULL)
        g_signal_connect_object (priv->context, "notify::store", G_CALLBACK (on_context_store_changed),
                                 self, G_CONNECT_SWAPPED);
      on_context_store_changed (self);
      break;
    case PROP_FOLDED:
      priv->folded = g_value_get_boolean (value);
      g_object_notify_by_pspec (object, pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cp_page_class_init (CpPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cp_page_dispose;
  object_class->get_property = cp_page_get_property;
  object_class->set_property = cp_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, CP_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  /* Whether the window shows one pane at a time: then a section's list offers
   * a way back to the sections. */
  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cp_page_init (CpPage *self)
{
}
