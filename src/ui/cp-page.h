/* cp-page.h: what the sections and their detail pages share: the context, the
 * workspace they show, and whether the window is folded
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-context.h"

G_BEGIN_DECLS

#define CP_TYPE_PAGE (cp_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (CpPage, cp_page, CP, PAGE, AdwBin)

struct _CpPageClass
{
  AdwBinClass parent_class;

  /* Once, when the context has been set: a section hands it to its detail pages
   * here, before it first loads. */
  void (*context_set)       (CpPage *self);
  /* Another workspace is open, or none: right after the context is set, and
   * whenever the context's store is replaced. */
  void (*workspace_changed) (CpPage *self);
  /* The open workspace's data changed. */
  void (*data_changed)      (CpPage *self);
};

CpContext *cp_page_get_context (CpPage *self);
/* The context's store, or NULL while no workspace is open. */
CpStore   *cp_page_get_store   (CpPage *self);
gboolean   cp_page_get_folded  (CpPage *self);

/* Opens the record's editor over the page. */
void       cp_page_edit_record       (CpPage     *self,
                                      CpRecord   *record);
/* A flat trash button for a row. A click deletes the record, and the toast
 * shows @deleted_message with Undo. */
GtkWidget *cp_page_new_delete_button_full (CpPage     *self,
                                           CpRecord   *record,
                                           const char *tooltip,
                                           const char *deleted_message);
/* The same, for a record the row calls @title: the tooltip says
 * Delete “@title”, the toast “@title” deleted. */
GtkWidget *cp_page_new_delete_button      (CpPage     *self,
                                           CpRecord   *record,
                                           const char *title);
/* Opens the editor of a new @record (a CpRecord), which it takes. */
void       cp_page_edit_new_record        (CpPage        *self,
                                           gpointer       record);
/* Gives @button the application's main menu. */
void       cp_page_use_primary_menu       (CpPage        *self,
                                           GtkMenuButton *button);
/* An edit button (opening the record's editor) and a delete button (with Undo)
 * side by side, for the end of a row or a group's header. */
GtkWidget *cp_page_new_record_buttons     (CpPage     *self,
                                           CpRecord   *record,
                                           const char *title);

G_END_DECLS
