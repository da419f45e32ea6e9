/* cp-window.h: the main window: a welcome page, or the workspace's sections
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-context.h"

G_BEGIN_DECLS

#define CP_TYPE_WINDOW (cp_window_get_type ())

G_DECLARE_FINAL_TYPE (CpWindow, cp_window, CP, WINDOW, AdwApplicationWindow)

CpWindow  *cp_window_new            (GtkApplication *application,
                                     CpContext      *context);
CpContext *cp_window_get_context    (CpWindow       *self);
/* Tells the user what went wrong, in a dialog. */
void       cp_window_show_error     (CpWindow       *self,
                                     const char     *heading,
                                     const char     *message);
void       cp_window_add_toast      (CpWindow       *self,
                                     const char     *message);
/* Opens a scratch copy of the sample data. */
gboolean   cp_window_open_sample    (CpWindow       *self,
                                     GError        **error);
GtkWidget *cp_window_get_partnerships_page (CpWindow *self);
GtkWidget *cp_window_get_people_page       (CpWindow *self);
GtkWidget *cp_window_get_visits_page       (CpWindow *self);
GtkWidget *cp_window_get_funding_page      (CpWindow *self);
GtkWidget *cp_window_get_conditions_page   (CpWindow *self);
GtkWidget *cp_window_get_overview_page     (CpWindow *self);
GtkWidget *cp_window_get_reports_page      (CpWindow *self);
/* Shows the section named "overview", "partnerships", "people", "visits", "funding",
 * "conditions" or "reports". */
void       cp_window_show_section          (CpWindow   *self,
                                            const char *name);

G_END_DECLS
