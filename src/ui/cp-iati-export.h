/* cp-iati-export.h: publishing an own municipality's partnerships as IATI activities
 *
 * Asks for the municipality's organisation identifier when it has none yet (and
 * keeps it on the municipality), then for the file, writes it through
 * cp_iati_export_file() in the interface's language, and says what was written and
 * which activities IATI could not take.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "store/cp-store.h"

G_BEGIN_DECLS

/* Starts the export from @widget, whose window the dialogs belong to. */
void cp_iati_export_start (GtkWidget *widget,
                           CpStore   *store,
                           gint64     municipality_id);
/* What the export does once the file is chosen: writes @path and says how it went. */
void cp_iati_export_write (GtkWidget  *widget,
                           CpStore    *store,
                           gint64      municipality_id,
                           const char *path);

G_END_DECLS
