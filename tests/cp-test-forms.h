/* cp-test-forms.h: what the tests of the forms share, under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ui/cp-context.h"
#include "ui/cp-editor-dialog.h"

#include "cp-test-util.h"

G_BEGIN_DECLS

/* A fixture: a real workspace in a scratch folder, a context on it whose today is
 * 2008-06-01, and the partnership of Utrecht (our own, NL) with León (NI). */
typedef struct
{
  CpTestDir       dir;
  CpStore        *store;
  CpContext      *context;
  CpMunicipality *utrecht;
  CpMunicipality *leon;
  CpPartnership  *partnership;
} CpTestFormsFixture;

void        cp_test_forms_set_up      (CpTestFormsFixture  *f,
                                       gconstpointer        data);
void        cp_test_forms_tear_down   (CpTestFormsFixture  *f,
                                       gconstpointer        data);

/* What a test program of the forms does first: cp_test_init(), then GTK and
 * libadwaita. FALSE, with the TAP plan of a skip printed, when there is no display:
 * main() then returns 0. @tall_height is the height cp_test_render() gives a dialog
 * with CP_SCREENSHOT_TALL set: enough for the program's tallest form. */
gboolean    cp_test_forms_init        (int                 *argc,
                                       char              ***argv,
                                       int                  tall_height);

/* Runs the main context for @ms milliseconds. */
void        cp_test_wait_ms           (guint                ms);

/* The template child @name of @widget, an instance of @type; the test fails if
 * there is none. */
GtkWidget  *cp_test_child             (GtkWidget           *widget,
                                       GType                type,
                                       const char          *name);

/* The rows of a form: @form is an instance of @form_type and @row the name of the
 * template child. */

/* Types @text into an entry row, replacing what it read. */
void        cp_test_type              (GtkWidget           *form,
                                       GType                form_type,
                                       const char          *row,
                                       const char          *text);
/* What an entry row reads. */
const char *cp_test_text_of           (GtkWidget           *form,
                                       GType                form_type,
                                       const char          *row);
/* Types @text into the text view @view, replacing what it read. */
void        cp_test_type_view         (GtkWidget           *form,
                                       GType                form_type,
                                       const char          *view,
                                       const char          *text);
/* Selects the item at @position of a choice (an AdwComboRow). */
void        cp_test_choose            (GtkWidget           *form,
                                       GType                form_type,
                                       const char          *row,
                                       guint                position);
/* The label of the item a choice has selected, or NULL. */
const char *cp_test_selected_label    (GtkWidget           *form,
                                       GType                form_type,
                                       const char          *row);
/* Selects the item of a choice that reads @label; the test fails if there is none. */
void        cp_test_choose_label      (GtkWidget           *form,
                                       GType                form_type,
                                       const char          *row,
                                       const char          *label);
/* How many items a choice offers. */
guint       cp_test_n_choices         (GtkWidget           *form,
                                       GType                form_type,
                                       const char          *row);

/* The message CpForm shows right below a row, or below the frame of a text view;
 * NULL when there is none. */
const char *cp_test_message_below     (GtkWidget           *form,
                                       GType                form_type,
                                       const char          *row);
/* The test fails unless a message that contains @part shows below @row. */
void        cp_test_assert_message    (GtkWidget           *form,
                                       GType                form_type,
                                       const char          *row,
                                       const char          *part);
/* The test fails if a message shows below @row. */
void        cp_test_assert_no_message (GtkWidget           *form,
                                       GType                form_type,
                                       const char          *row);

/* Renders @dialog into $CP_SCREENSHOT_DIR/@name.png when that is set: its full
 * height, so that every row shows, when CP_SCREENSHOT_TALL is set too. */
void        cp_test_render            (CpEditorDialog      *dialog,
                                       const char          *name);

G_END_DECLS
