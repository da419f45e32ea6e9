/* cp-mandate-document.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-mandate-document.h"
#include "cp-enum-types.h"
#include "cp-validate.h"
#include "cp-partial-date.h"

struct _CpMandateDocument
{
  CpRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CpMandateDocument, cp_mandate_document, CP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_MUNICIPALITY_ID,
  PROP_KIND,
  PROP_TITLE,
  PROP_ADOPTED_ON,
  PROP_ENDS_ON,
  PROP_EVALUATED_ON,
  PROP_IC_PARAGRAPH,
  PROP_NAMES_PARTNERSHIP,
  PROP_PARTNERSHIP_ID,
  PROP_PARTY,
  PROP_DOMINANT_PARTY,
  PROP_STANCE,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
cp_mandate_document_validate_property (CpRecord    *record,
                                       GParamSpec  *pspec,
                                       GError     **error)
{
  CpMandateDocument *self = CP_MANDATE_DOCUMENT (record);

  if (pspec == properties[PROP_MUNICIPALITY_ID] && cp_record_get_int64 (record, "municipality-id") == 0)
    {
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_REQUIRED,
                           _("Choose the municipality."));
      return FALSE;
    }
  if (pspec == properties[PROP_TITLE])
    return cp_validate_required (cp_mandate_document_get_title (self), _("Enter the title, such as “Utrecht voor elkaar”."), error);
  if (pspec == properties[PROP_ADOPTED_ON])
    return cp_validate_date (cp_mandate_document_get_adopted_on (self), error);
  if (pspec == properties[PROP_ENDS_ON])
    return cp_validate_optional_date (cp_mandate_document_get_ends_on (self), error) &&
           cp_partial_date_check_order (cp_mandate_document_get_adopted_on (self), cp_mandate_document_get_ends_on (self), error);
  if (pspec == properties[PROP_EVALUATED_ON])
    return cp_validate_optional_date (cp_mandate_document_get_evaluated_on (self), error) &&
           cp_partial_date_check_order (cp_mandate_document_get_adopted_on (self), cp_mandate_document_get_evaluated_on (self), error);
  if (pspec == properties[PROP_PARTY] && cp_mandate_document_get_kind (self) == CP_MANDATE_KIND_PARTY_PROGRAMME)
    return cp_validate_required (cp_mandate_document_get_party (self), _("Name the party whose programme this is."), error);
  return TRUE;
}

static void
cp_mandate_document_class_init (CpMandateDocumentClass *klass)
{
  CpRecordClass *record_class = CP_RECORD_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  record_class->validate_property = cp_mandate_document_validate_property;

  properties[PROP_MUNICIPALITY_ID] = g_param_spec_int64 ("municipality-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, CP_TYPE_MANDATE_KIND, CP_MANDATE_KIND_COURT_PROGRAMME, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", flags);
  properties[PROP_ADOPTED_ON] = g_param_spec_string ("adopted-on", NULL, NULL, "", flags);
  properties[PROP_ENDS_ON] = g_param_spec_string ("ends-on", NULL, NULL, "", flags);
  properties[PROP_EVALUATED_ON] = g_param_spec_string ("evaluated-on", NULL, NULL, "", flags);
  properties[PROP_IC_PARAGRAPH] = g_param_spec_string ("ic-paragraph", NULL, NULL, "", flags);
  properties[PROP_NAMES_PARTNERSHIP] = g_param_spec_boolean ("names-partnership", NULL, NULL, FALSE, flags);
  properties[PROP_PARTNERSHIP_ID] = g_param_spec_int64 ("partnership-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PARTY] = g_param_spec_string ("party", NULL, NULL, "", flags);
  properties[PROP_DOMINANT_PARTY] = g_param_spec_boolean ("dominant-party", NULL, NULL, FALSE, flags);
  properties[PROP_STANCE] = g_param_spec_enum ("stance", NULL, NULL, CP_TYPE_STANCE, CP_STANCE_NONE, flags);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, "", flags);

  cp_record_class_install (record_class, N_PROPS, properties);
}

static void
cp_mandate_document_init (CpMandateDocument *self)
{
}

CpMandateDocument *
cp_mandate_document_new (gint64 municipality_id)
{
  return g_object_new (CP_TYPE_MANDATE_DOCUMENT, "municipality-id", municipality_id, NULL);
}

#define GETTER(type, field, kind, prop) \
type cp_mandate_document_get_##field (CpMandateDocument *self) { return cp_record_get_##kind (CP_RECORD (self), prop); }

GETTER (gint64, municipality_id, int64, "municipality-id")
GETTER (CpMandateKind, kind, enum, "kind")
GETTER (const char *, title, string, "title")
GETTER (const char *, adopted_on, string, "adopted-on")
GETTER (const char *, ends_on, string, "ends-on")
GETTER (const char *, evaluated_on, string, "evaluated-on")
GETTER (const char *, ic_paragraph, string, "ic-paragraph")
GETTER (gboolean, names_partnership, boolean, "names-partnership")
GETTER (gint64, partnership_id, int64, "partnership-id")
GETTER (const char *, party, string, "party")
GETTER (gboolean, dominant_party, boolean, "dominant-party")
GETTER (CpStance, stance, enum, "stance")
GETTER (const char *, note, string, "note")
