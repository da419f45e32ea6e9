/* cp-partnership.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-country.h"
#include "cp-enum-types.h"
#include "cp-iati-codes.h"
#include "cp-partial-date.h"
#include "cp-partnership.h"
#include "cp-validate.h"

struct _CpPartnership
{
  CpRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CpPartnership, cp_partnership, CP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_KIND,
  PROP_STATUS,
  PROP_STATUS_SINCE,
  PROP_INITIATIVE_ORIGIN,
  PROP_MOTIVES,
  PROP_THEMES,
  PROP_FIRST_CONTACT,
  PROP_FIRST_CONTACT_APPROXIMATE,
  PROP_AGREEMENT_DATE,
  PROP_DESCRIPTION,
  PROP_NOTE,
  PROP_DAC_SECTOR,
  PROP_PARTIES,
  /* Derived, read-only: for lists, sorting and filtering. */
  PROP_TITLE,
  PROP_SEARCH_TEXT,
  PROP_KIND_LABEL,
  PROP_STATUS_LABEL,
  PROP_COUNTRIES,
  PROP_FIRST_CONTACT_LABEL,
  PROP_AGREEMENT_DATE_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
check_parties (CpPartnership  *self,
               GError        **error)
{
  GPtrArray *parties = cp_partnership_get_parties (self);
  guint n = parties != NULL ? parties->len : 0;

  if (n < 2)
    {
      g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_PARTIES,
                           _("A partnership needs at least two municipalities as parties."));
      return FALSE;
    }

  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        CpRecord *a = g_ptr_array_index (parties, i);
        CpRecord *b = g_ptr_array_index (parties, j);

        if (a == b || (cp_record_get_id (a) != 0 && cp_record_get_id (a) == cp_record_get_id (b)))
          {
            g_set_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_PARTIES,
                         _("%s is a party twice. Choose each municipality once."),
                         cp_municipality_get_name (CP_MUNICIPALITY (a)));
            return FALSE;
          }
      }
  return TRUE;
}

static gboolean
cp_partnership_validate_property (CpRecord    *record,
                                  GParamSpec  *pspec,
                                  GError     **error)
{
  CpPartnership *self = CP_PARTNERSHIP (record);

  if (pspec == properties[PROP_PARTIES])
    return check_parties (self, error);

  if (pspec == properties[PROP_DAC_SECTOR])
    return cp_validate_dac_sector (cp_partnership_get_dac_sector (self), error);

  if (pspec == properties[PROP_FIRST_CONTACT])
    return cp_validate_optional_date (cp_partnership_get_first_contact (self), error);

  if (pspec == properties[PROP_STATUS_SINCE])
    return cp_validate_optional_date (cp_partnership_get_status_since (self), error);

  if (pspec == properties[PROP_AGREEMENT_DATE])
    {
      if (!cp_validate_optional_date (cp_partnership_get_agreement_date (self), error))
        return FALSE;
      if (cp_partial_date_compare (cp_partnership_get_agreement_date (self),
                                   cp_partnership_get_first_contact (self)) < 0 &&
          *cp_partnership_get_agreement_date (self) != '\0' &&
          *cp_partnership_get_first_contact (self) != '\0')
        {
          g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_ORDER,
                               _("The agreement cannot be signed before the first contacts."));
          return FALSE;
        }
    }
  return TRUE;
}

static char *
join_countries (CpPartnership *self)
{
  GPtrArray *parties = cp_partnership_get_parties (self);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) codes = NULL;

  for (guint i = 0; parties != NULL && i < parties->len; i++)
    {
      const char *code = cp_municipality_get_country (g_ptr_array_index (parties, i));
      if (code != NULL && *code != '\0')
        g_strv_builder_add (builder, code);
    }
  codes = g_strv_builder_end (builder);
  return g_strjoinv (" · ", codes);
}

static void
cp_partnership_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CpPartnership *self = CP_PARTNERSHIP (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_take_string (value, cp_partnership_dup_title (self));
      break;
    case PROP_SEARCH_TEXT:
      g_value_take_string (value, cp_partnership_dup_search_text (self));
      break;
    case PROP_KIND_LABEL:
      g_value_set_string (value, cp_partnership_kind_to_label (cp_partnership_get_kind (self)));
      break;
    case PROP_STATUS_LABEL:
      g_value_set_string (value, cp_partnership_status_to_label (cp_partnership_get_status (self)));
      break;
    case PROP_COUNTRIES:
      g_value_take_string (value, join_countries (self));
      break;
    case PROP_FIRST_CONTACT_LABEL:
      {
        const char *iso = cp_partnership_get_first_contact (self);
        g_autofree char *label = cp_partial_date_format (iso);

        if (*iso != '\0' && cp_partnership_get_first_contact_approximate (self))
          /* Translators: an approximate date, e.g. “around 1994” */
          g_value_take_string (value, g_strdup_printf (_("around %s"), label));
        else
          g_value_set_string (value, label);
      }
      break;
    case PROP_AGREEMENT_DATE_LABEL:
      g_value_take_string (value, cp_partial_date_format (cp_partnership_get_agreement_date (self)));
      break;
    default:
      cp_record_get_property (object, prop_id, value, pspec);
    }
}

static void
cp_partnership_notify (GObject    *object,
                       GParamSpec *pspec)
{
  /* Keep the derived properties in step with what they are made of. */
  if (pspec == properties[PROP_PARTIES])
    {
      g_object_notify_by_pspec (object, properties[PROP_TITLE]);
      g_object_notify_by_pspec (object, properties[PROP_COUNTRIES]);
      g_object_notify_by_pspec (object, properties[PROP_SEARCH_TEXT]);
    }
  else if (pspec == properties[PROP_KIND])
    g_object_notify_by_pspec (object, properties[PROP_KIND_LABEL]);
  else if (pspec == properties[PROP_STATUS])
    g_object_notify_by_pspec (object, properties[PROP_STATUS_LABEL]);
  else if (pspec == properties[PROP_FIRST_CONTACT] || pspec == properties[PROP_FIRST_CONTACT_APPROXIMATE])
    g_object_notify_by_pspec (object, properties[PROP_FIRST_CONTACT_LABEL]);
  else if (pspec == properties[PROP_AGREEMENT_DATE])
    g_object_notify_by_pspec (object, properties[PROP_AGREEMENT_DATE_LABEL]);

  if (G_OBJECT_CLASS (cp_partnership_parent_class)->notify)
    G_OBJECT_CLASS (cp_partnership_parent_class)->notify (object, pspec);
}

static void
cp_partnership_class_init (CpPartnershipClass *klass)
{
  CpRecordClass *record_class = CP_RECORD_CLASS (klass);
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags derived = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  record_class->validate_property = cp_partnership_validate_property;

  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, CP_TYPE_PARTNERSHIP_KIND,
                                             CP_PARTNERSHIP_KIND_FORMAL, flags);
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL, CP_TYPE_PARTNERSHIP_STATUS,
                                               CP_PARTNERSHIP_STATUS_ACTIVE, flags);
  properties[PROP_STATUS_SINCE] = g_param_spec_string ("status-since", NULL, NULL, "", flags);
  properties[PROP_INITIATIVE_ORIGIN] = g_param_spec_enum ("initiative-origin", NULL, NULL, CP_TYPE_INITIATIVE_ORIGIN,
                                                          CP_INITIATIVE_ORIGIN_OTHER, flags);
  properties[PROP_MOTIVES] = g_param_spec_boxed ("motives", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_THEMES] = g_param_spec_boxed ("themes", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_FIRST_CONTACT] = g_param_spec_string ("first-contact", NULL, NULL, "", flags);
  properties[PROP_FIRST_CONTACT_APPROXIMATE] = g_param_spec_boolean ("first-contact-approximate", NULL, NULL, FALSE, flags);
  properties[PROP_AGREEMENT_DATE] = g_param_spec_string ("agreement-date", NULL, NULL, "", flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, "", flags);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, "", flags);
  properties[PROP_DAC_SECTOR] = g_param_spec_string ("dac-sector", NULL, NULL, "", flags);
  properties[PROP_PARTIES] = g_param_spec_boxed ("parties", NULL, NULL, G_TYPE_PTR_ARRAY, flags);

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, derived);
  properties[PROP_SEARCH_TEXT] = g_param_spec_string ("search-text", NULL, NULL, NULL, derived);
  properties[PROP_KIND_LABEL] = g_param_spec_string ("kind-label", NULL, NULL, NULL, derived);
  properties[PROP_STATUS_LABEL] = g_param_spec_string ("status-label", NULL, NULL, NULL, derived);
  properties[PROP_COUNTRIES] = g_param_spec_string ("countries", NULL, NULL, NULL, derived);
  properties[PROP_FIRST_CONTACT_LABEL] = g_param_spec_string ("first-contact-label", NULL, NULL, NULL, derived);
  properties[PROP_AGREEMENT_DATE_LABEL] = g_param_spec_string ("agreement-date-label", NULL, NULL, NULL, derived);

  cp_record_class_install (record_class, N_PROPS, properties);
  object_class->get_property = cp_partnership_get_property;
  object_class->notify = cp_partnership_notify;
}

static void
cp_partnership_init (CpPartnership *self)
{
}

CpPartnership *
cp_partnership_new (void)
{
  return g_object_new (CP_TYPE_PARTNERSHIP, NULL);
}

GPtrArray *
cp_partnership_get_parties (CpPartnership *self)
{
  g_return_val_if_fail (CP_IS_PARTNERSHIP (self), NULL);

  return g_value_get_boxed (cp_record_peek_value (CP_RECORD (self), properties[PROP_PARTIES]));
}

void
cp_partnership_set_parties (CpPartnership *self,
                            GPtrArray     *parties)
{
  g_return_if_fail (CP_IS_PARTNERSHIP (self));

  g_object_set (self, "parties", parties, NULL);
}

char *
cp_partnership_dup_title (CpPartnership *self)
{
  GPtrArray *parties = cp_partnership_get_parties (self);
  GString *title = g_string_new (NULL);

  for (guint i = 0; parties != NULL && i < parties->len; i++)
    {
      if (i > 0)
        g_string_append (title, " – ");
      g_string_append (title, cp_municipality_get_name (g_ptr_array_index (parties, i)));
    }
  return g_string_free (title, FALSE);
}

char *
cp_partnership_dup_search_text (CpPartnership *self)
{
  GPtrArray *parties = cp_partnership_get_parties (self);
  const char * const *themes = cp_partnership_get_themes (self);
  GString *text = g_string_new (NULL);

  for (guint i = 0; parties != NULL && i < parties->len; i++)
    {
      CpMunicipality *m = g_ptr_array_index (parties, i);
      g_string_append_printf (text, "%s %s %s ", cp_municipality_get_name (m),
                              cp_municipality_get_country (m),
                              cp_country_get_name (cp_municipality_get_country (m)));
    }
  for (guint i = 0; themes != NULL && themes[i] != NULL; i++)
    g_string_append_printf (text, "%s ", themes[i]);
  g_string_append_printf (text, "%s %s %s",
                          cp_partnership_kind_to_label (cp_partnership_get_kind (self)),
                          cp_partnership_status_to_label (cp_partnership_get_status (self)),
                          cp_partnership_get_description (self));
  return g_string_free (text, FALSE);
}

gboolean
cp_partnership_has_motive (CpPartnership *self,
                           CpMotive       motive)
{
  const char * const *motives = cp_partnership_get_motives (self);
  const char *nick = cp_enum_to_nick (CP_TYPE_MOTIVE, motive);

  return motives != NULL && nick != NULL && g_strv_contains (motives, nick);
}

#define GETTER(type, field, kind, prop) \
type cp_partnership_get_##field (CpPartnership *self) { return cp_record_get_##kind (CP_RECORD (self), prop); }

GETTER (CpPartnershipKind, kind, enum, "kind")
GETTER (CpPartnershipStatus, status, enum, "status")
GETTER (const char *, status_since, string, "status-since")
GETTER (CpInitiativeOrigin, initiative_origin, enum, "initiative-origin")
GETTER (const char * const *, motives, strv, "motives")
GETTER (const char * const *, themes, strv, "themes")
GETTER (const char *, dac_sector, string, "dac-sector")
GETTER (const char *, first_contact, string, "first-contact")
GETTER (gboolean, first_contact_approximate, boolean, "first-contact-approximate")
GETTER (const char *, agreement_date, string, "agreement-date")
GETTER (const char *, description, string, "description")
GETTER (const char *, note, string, "note")
