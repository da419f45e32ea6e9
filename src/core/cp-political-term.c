/* cp-political-term.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-political-term.h"
#include "cp-enum-types.h"
#include "cp-validate.h"
#include "cp-partial-date.h"

struct _CpPoliticalTerm
{
  CpRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CpPoliticalTerm, cp_political_term, CP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_MUNICIPALITY_ID,
  PROP_BODY,
  PROP_STARTS_ON,
  PROP_ENDS_ON,
  PROP_IC_HOLDER,
  PROP_IC_HOLDER_NAME,
  PROP_PARTIES,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
cp_political_term_validate_property (CpRecord    *record,
                                     GParamSpec  *pspec,
                                     GError     **error)
{
  CpPoliticalTerm *self = CP_POLITICAL_TERM (record);

  if (pspec == properties[PROP_MUNICIPALITY_ID] && cp_record_get_int64 (record, "municipality-id") == 0)
    {
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_REQUIRED,
                           _("Choose the municipality."));
      return FALSE;
    }
  if (pspec == properties[PROP_STARTS_ON])
    return cp_validate_day (cp_political_term_get_starts_on (self), error);
  if (pspec == properties[PROP_ENDS_ON])
    return cp_validate_day (cp_political_term_get_ends_on (self), error) &&
           cp_partial_date_check_order (cp_political_term_get_starts_on (self), cp_political_term_get_ends_on (self), error);
  return TRUE;
}

static void
cp_political_term_class_init (CpPoliticalTermClass *klass)
{
  CpRecordClass *record_class = CP_RECORD_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  record_class->validate_property = cp_political_term_validate_property;

  properties[PROP_MUNICIPALITY_ID] = g_param_spec_int64 ("municipality-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_BODY] = g_param_spec_enum ("body", NULL, NULL, CP_TYPE_TERM_BODY, CP_TERM_BODY_EXECUTIVE, flags);
  properties[PROP_STARTS_ON] = g_param_spec_string ("starts-on", NULL, NULL, "", flags);
  properties[PROP_ENDS_ON] = g_param_spec_string ("ends-on", NULL, NULL, "", flags);
  properties[PROP_IC_HOLDER] = g_param_spec_enum ("ic-holder", NULL, NULL, CP_TYPE_IC_HOLDER, CP_IC_HOLDER_MAYOR, flags);
  properties[PROP_IC_HOLDER_NAME] = g_param_spec_string ("ic-holder-name", NULL, NULL, "", flags);
  properties[PROP_PARTIES] = g_param_spec_string ("parties", NULL, NULL, "", flags);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, "", flags);

  cp_record_class_install (record_class, N_PROPS, properties);
}

static void
cp_political_term_init (CpPoliticalTerm *self)
{
}

CpPoliticalTerm *
cp_political_term_new (gint64 municipality_id)
{
  return g_object_new (CP_TYPE_POLITICAL_TERM, "municipality-id", municipality_id, NULL);
}

#define GETTER(type, field, kind, prop) \
type cp_political_term_get_##field (CpPoliticalTerm *self) { return cp_record_get_##kind (CP_RECORD (self), prop); }

GETTER (gint64, municipality_id, int64, "municipality-id")
GETTER (CpTermBody, body, enum, "body")
GETTER (const char *, starts_on, string, "starts-on")
GETTER (const char *, ends_on, string, "ends-on")
GETTER (CpIcHolder, ic_holder, enum, "ic-holder")
GETTER (const char *, ic_holder_name, string, "ic-holder-name")
GETTER (const char *, parties, string, "parties")
GETTER (const char *, note, string, "note")
