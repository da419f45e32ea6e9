/* cp-agreement.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-agreement.h"
#include "cp-enum-types.h"
#include "cp-partial-date.h"
#include "cp-validate.h"

struct _CpAgreement
{
  CpRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CpAgreement, cp_agreement, CP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PARTNERSHIP_ID,
  PROP_KIND,
  PROP_TITLE,
  PROP_SIGNED_ON,
  PROP_VALID_UNTIL,
  PROP_FILE_URI,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
cp_agreement_validate_property (CpRecord    *record,
                                GParamSpec  *pspec,
                                GError     **error)
{
  CpAgreement *self = CP_AGREEMENT (record);

  if (pspec == properties[PROP_TITLE])
    return cp_validate_required (cp_agreement_get_title (self), _("Enter a title for the agreement."), error);

  if (pspec == properties[PROP_SIGNED_ON])
    return cp_validate_optional_date (cp_agreement_get_signed_on (self), error);

  if (pspec == properties[PROP_VALID_UNTIL])
    return cp_validate_optional_date (cp_agreement_get_valid_until (self), error) &&
           cp_partial_date_check_order (cp_agreement_get_signed_on (self),
                                        cp_agreement_get_valid_until (self), error);
  return TRUE;
}

static void
cp_agreement_class_init (CpAgreementClass *klass)
{
  CpRecordClass *record_class = CP_RECORD_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  record_class->validate_property = cp_agreement_validate_property;

  properties[PROP_PARTNERSHIP_ID] = g_param_spec_int64 ("partnership-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, CP_TYPE_AGREEMENT_KIND,
                                             CP_AGREEMENT_KIND_COOPERATION_AGREEMENT, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", flags);
  properties[PROP_SIGNED_ON] = g_param_spec_string ("signed-on", NULL, NULL, "", flags);
  properties[PROP_VALID_UNTIL] = g_param_spec_string ("valid-until", NULL, NULL, "", flags);
  properties[PROP_FILE_URI] = g_param_spec_string ("file-uri", NULL, NULL, "", flags);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, "", flags);

  cp_record_class_install (record_class, N_PROPS, properties);
}

static void
cp_agreement_init (CpAgreement *self)
{
}

CpAgreement *
cp_agreement_new (gint64 partnership_id)
{
  return g_object_new (CP_TYPE_AGREEMENT, "partnership-id", partnership_id, NULL);
}

gboolean
cp_agreement_is_in_force (CpAgreement *self,
                          const char  *today)
{
  const char *signed_on = cp_agreement_get_signed_on (self);
  const char *until = cp_agreement_get_valid_until (self);

  if (signed_on == NULL || *signed_on == '\0' || cp_partial_date_compare (signed_on, today) > 0)
    return FALSE;
  return until == NULL || *until == '\0' || cp_partial_date_compare (until, today) >= 0;
}

#define GETTER(type, field, kind, prop) \
type cp_agreement_get_##field (CpAgreement *self) { return cp_record_get_##kind (CP_RECORD (self), prop); }

GETTER (gint64, partnership_id, int64, "partnership-id")
GETTER (CpAgreementKind, kind, enum, "kind")
GETTER (const char *, title, string, "title")
GETTER (const char *, signed_on, string, "signed-on")
GETTER (const char *, valid_until, string, "valid-until")
GETTER (const char *, file_uri, string, "file-uri")
GETTER (const char *, note, string, "note")
