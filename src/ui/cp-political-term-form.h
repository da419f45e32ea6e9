/* cp-political-term-form.h: the fields of a term of a council or executive, and who holds international cooperation in it, for CpEditorDialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-context.h"
#include "cp-form.h"

G_BEGIN_DECLS

#define CP_TYPE_POLITICAL_TERM_FORM (cp_political_term_form_get_type ())

G_DECLARE_FINAL_TYPE (CpPoliticalTermForm, cp_political_term_form, CP, POLITICAL_TERM_FORM, AdwPreferencesPage)

GtkWidget *cp_political_term_form_new (CpForm    *form,
                                       CpContext *context);

G_END_DECLS
