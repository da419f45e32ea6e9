/* cp-mandate-document-form.h: the fields of a programme, policy, decision or motion that gives international cooperation its mandate, for CpEditorDialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cp-context.h"
#include "cp-form.h"

G_BEGIN_DECLS

#define CP_TYPE_MANDATE_DOCUMENT_FORM (cp_mandate_document_form_get_type ())

G_DECLARE_FINAL_TYPE (CpMandateDocumentForm, cp_mandate_document_form, CP, MANDATE_DOCUMENT_FORM, AdwPreferencesPage)

GtkWidget *cp_mandate_document_form_new (CpForm    *form,
                                         CpContext *context);

G_END_DECLS
