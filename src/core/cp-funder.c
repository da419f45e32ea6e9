/* cp-funder.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-funder.h"
#include "cp-iati-codes.h"
#include "cp-enum-types.h"
#include "cp-validate.h"

struct _CpFunder
{
  CpRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CpFunder, cp_funder, CP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_ACRONYM,
  PROP_KIND,
  PROP_COUNTRY,
  PROP_WEBSITE,
  PROP_NOTE,
  PROP_IATI_ORG_REF,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
cp_funder_validate_property (CpRecord    *record,
                             GParamSpec  *pspec,
                             GError     **error)
{
  CpFunder *self = CP_FUNDER (record);

  if (pspec == properties[PROP_NAME])
    return cp_validate_required (cp_funder_get_name (self), _("Enter the funder's name."), error);
  if (pspec == properties[PROP_COUNTRY] && *cp_funder_get_country (self) != '\0')
    return cp_validate_country (cp_funder_get_country (self), error);
  if (pspec == properties[PROP_IATI_ORG_REF])
    return cp_validate_iati_org_ref (cp_funder_get_iati_org_ref (self), error);
  return TRUE;
}

static void
cp_funder_class_init (CpFunderClass *klass)
{
  CpRecordClass *record_class = CP_RECORD_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  record_class->validate_property = cp_funder_validate_property;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_ACRONYM] = g_param_spec_string ("acronym", NULL, NULL, "", flags);
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, CP_TYPE_FUNDER_TYPE, CP_FUNDER_TYPE_MUNICIPAL_ASSOCIATION, flags);
  properties[PROP_COUNTRY] = g_param_spec_string ("country", NULL, NULL, "", flags);
  properties[PROP_WEBSITE] = g_param_spec_string ("website", NULL, NULL, "", flags);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, "", flags);
  properties[PROP_IATI_ORG_REF] = g_param_spec_string ("iati-org-ref", NULL, NULL, "", flags);

  cp_record_class_install (record_class, N_PROPS, properties);
}

static void
cp_funder_init (CpFunder *self)
{
}

CpFunder *
cp_funder_new (void)
{
  return g_object_new (CP_TYPE_FUNDER, NULL);
}

#define GETTER(type, field, kind, prop) \
type cp_funder_get_##field (CpFunder *self) { return cp_record_get_##kind (CP_RECORD (self), prop); }

GETTER (const char *, name, string, "name")
GETTER (const char *, acronym, string, "acronym")
GETTER (CpFunderType, kind, enum, "kind")
GETTER (const char *, country, string, "country")
GETTER (const char *, website, string, "website")
GETTER (const char *, iati_org_ref, string, "iati-org-ref")
GETTER (const char *, note, string, "note")
