/* cp-mandate-document.h: a document that gives international cooperation its mandate, or takes it away
 *
 * A court programme or coalition agreement with its international paragraph, an IC policy
 * (adopted, last evaluated), a council decision or motion, a local party's programme, a Local
 * Agenda 21 programme or an annual operational plan (§2.4–2.6, Box 6.1).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cp-enums.h"
#include "cp-record.h"

G_BEGIN_DECLS

#define CP_TYPE_MANDATE_DOCUMENT (cp_mandate_document_get_type ())

G_DECLARE_FINAL_TYPE (CpMandateDocument, cp_mandate_document, CP, MANDATE_DOCUMENT, CpRecord)

CpMandateDocument *cp_mandate_document_new (gint64 municipality_id);
gint64        cp_mandate_document_get_municipality_id (CpMandateDocument *self);
CpMandateKind cp_mandate_document_get_kind (CpMandateDocument *self);
const char *  cp_mandate_document_get_title (CpMandateDocument *self);
const char *  cp_mandate_document_get_adopted_on (CpMandateDocument *self);
const char *  cp_mandate_document_get_ends_on (CpMandateDocument *self);
const char *  cp_mandate_document_get_evaluated_on (CpMandateDocument *self);
const char *  cp_mandate_document_get_ic_paragraph (CpMandateDocument *self);
gboolean      cp_mandate_document_get_names_partnership (CpMandateDocument *self);
gint64        cp_mandate_document_get_partnership_id (CpMandateDocument *self);
const char *  cp_mandate_document_get_party (CpMandateDocument *self);
gboolean      cp_mandate_document_get_dominant_party (CpMandateDocument *self);
CpStance      cp_mandate_document_get_stance (CpMandateDocument *self);
const char *  cp_mandate_document_get_note (CpMandateDocument *self);

G_END_DECLS
