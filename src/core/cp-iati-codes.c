/* cp-iati-codes.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-iati-codes.h"
#include "cp-record.h"

typedef struct
{
  const char *code;
  const char *name;
} Sector;

/* Grouped as the DAC list groups them: governance first, where most municipal
 * cooperation lies, then the services a town hall runs. */
static const Sector sectors[] = {
  { "15112", N_("Decentralisation and support to local government") },
  { "15185", N_("Local government administration") },
  { "15110", N_("Public sector policy and administration") },
  { "15111", N_("Public finance management") },
  { "15150", N_("Democratic participation and civil society") },
  { "15160", N_("Human rights") },
  { "15170", N_("Women’s rights organisations and institutions") },
  { "15220", N_("Peace-building and conflict prevention") },
  { "43030", N_("Urban development and management") },
  { "43040", N_("Rural development") },
  { "43060", N_("Disaster risk reduction") },
  { "43010", N_("Multisector aid") },
  { "16030", N_("Housing policy and administration") },
  { "16040", N_("Low-cost housing") },
  { "16010", N_("Social protection") },
  { "16020", N_("Employment creation") },
  { "16061", N_("Culture and recreation") },
  { "14010", N_("Water sector policy and administration") },
  { "14030", N_("Basic drinking water and sanitation") },
  { "14050", N_("Waste management") },
  { "41010", N_("Environmental policy and administration") },
  { "41030", N_("Biodiversity") },
  { "23110", N_("Energy policy and administration") },
  { "21020", N_("Road transport") },
  { "11110", N_("Education policy and administration") },
  { "11220", N_("Primary education") },
  { "11420", N_("Higher education") },
  { "12110", N_("Health policy and administration") },
  { "12220", N_("Basic health care") },
  { "13040", N_("Control of sexually transmitted diseases, HIV/AIDS included") },
  { "25010", N_("Business policy and administration") },
  { "32130", N_("Small and medium-sized enterprises") },
  { "33210", N_("Tourism policy and administration") },
  { "31110", N_("Agricultural policy and administration") },
  { "99810", N_("Sector not specified") },
};

static const char * const sdg_goals[CP_SDG_GOAL_COUNT] = {
  N_("No poverty"),
  N_("Zero hunger"),
  N_("Good health and well-being"),
  N_("Quality education"),
  N_("Gender equality"),
  N_("Clean water and sanitation"),
  N_("Affordable and clean energy"),
  N_("Decent work and economic growth"),
  N_("Industry, innovation and infrastructure"),
  N_("Reduced inequalities"),
  N_("Sustainable cities and communities"),
  N_("Responsible consumption and production"),
  N_("Climate action"),
  N_("Life below water"),
  N_("Life on land"),
  N_("Peace, justice and strong institutions"),
  N_("Partnerships for the goals"),
};

guint
cp_dac_sector_count (void)
{
  return G_N_ELEMENTS (sectors);
}

const char *
cp_dac_sector_code (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (sectors), NULL);
  return sectors[index].code;
}

const char *
cp_dac_sector_get_name (const char *code)
{
  for (guint i = 0; code != NULL && i < G_N_ELEMENTS (sectors); i++)
    if (g_str_equal (sectors[i].code, code))
      return _(sectors[i].name);
  return NULL;
}

char *
cp_dac_sector_dup_label (const char *code)
{
  const char *name = cp_dac_sector_get_name (code);

  if (name == NULL)
    return g_strdup (code ? code : "");
  /* Translators: a sector's code and name, “15112 Decentralisation and support to local government” */
  return g_strdup_printf (C_("sector", "%s %s"), code, name);
}

gboolean
cp_validate_dac_sector (const char  *code,
                        GError     **error)
{
  if (code == NULL || *code == '\0' || cp_dac_sector_get_name (code) != NULL)
    return TRUE;
  g_set_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_UNKNOWN_CODE,
               /* Translators: %s is what was typed, such as “15199” */
               _("“%s” is not one of the sectors offered. Choose the sector from the list."), code);
  return FALSE;
}

const char *
cp_sdg_goal_get_name (int goal)
{
  g_return_val_if_fail (goal >= 1 && goal <= CP_SDG_GOAL_COUNT, "");
  return _(sdg_goals[goal - 1]);
}

/* A goal as text: its number 1–17 without sign or leading zero, or 0. */
static int
goal_number (const char *text)
{
  guint64 goal;

  if (text == NULL || text[0] == '0' ||
      !g_ascii_string_to_unsigned (text, 10, 1, CP_SDG_GOAL_COUNT, &goal, NULL))
    return 0;
  return (int) goal;
}

static gboolean
check_goals (const char * const *goals,
             GError            **error)
{
  gboolean seen[CP_SDG_GOAL_COUNT + 1] = { FALSE, };

  for (guint i = 0; goals != NULL && goals[i] != NULL; i++)
    {
      int goal = goal_number (goals[i]);

      if (goal == 0)
        {
          g_set_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_OUT_OF_RANGE,
                       /* Translators: %s is what was typed */
                       _("“%s” is not a goal: the Sustainable Development Goals are numbered 1 to 17."),
                       goals[i]);
          return FALSE;
        }
      if (seen[goal])
        {
          g_set_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_FORMAT,
                       /* Translators: %d is a goal's number */
                       _("Goal %d is named twice."), goal);
          return FALSE;
        }
      seen[goal] = TRUE;
    }
  return TRUE;
}

gboolean
cp_validate_sdg_goals (const char * const *goals,
                       GError            **error)
{
  return check_goals (goals, error);
}

static int
compare_goals (gconstpointer a,
               gconstpointer b)
{
  return goal_number (*(const char * const *) a) - goal_number (*(const char * const *) b);
}

gboolean
cp_sdg_goals_parse (const char  *text,
                    GStrv       *goals,
                    GError     **error)
{
  g_auto(GStrv) words = g_strsplit_set (text ? text : "", ", ;", -1);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_ptr_array_add (found, g_strdup (words[i]));
  g_ptr_array_sort (found, compare_goals);
  g_ptr_array_add (found, NULL);
  if (!check_goals ((const char * const *) found->pdata, error))
    return FALSE;
  *goals = (GStrv) g_ptr_array_steal (found, NULL);
  return TRUE;
}

char *
cp_sdg_goals_format (const char * const *goals)
{
  return g_strjoinv (", ", (char **) (goals ? goals : (const char * const[]) { NULL }));
}

static gboolean
is_agency_char (char c)
{
  return g_ascii_isalnum (c);
}

static gboolean
is_number_char (char c)
{
  return g_ascii_isalnum (c) || c == '-' || c == '.' || c == '_' || c == ':';
}

gboolean
cp_validate_iati_org_ref (const char  *ref,
                          GError     **error)
{
  const char *p = ref;
  const char *agency;

  if (ref == NULL || *ref == '\0')
    return TRUE;
  /* A country code or XM/XI, a dash, the agency, a dash, the number there. */
  if (g_ascii_isupper (p[0]) && g_ascii_isupper (p[1]) && p[2] == '-')
    {
      for (agency = p += 3; is_agency_char (*p); p++)
        ;
      if (p > agency && *p == '-' && p[1] != '\0')
        {
          for (p++; is_number_char (*p); p++)
            ;
          if (*p == '\0')
            return TRUE;
        }
    }
  g_set_error_literal (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_FORMAT,
                       _("Type the identifier as the country, the registration agency and the "
                         "number there, apart by dashes and without spaces, such as "
                         "“NL-KVK-12345678”."));
  return FALSE;
}

int
cp_activity_status_to_iati (CpActivityStatus status)
{
  return CLAMP ((int) status, CP_ACTIVITY_STATUS_PIPELINE, CP_ACTIVITY_STATUS_SUSPENDED) + 1;
}

CpActivityStatus
cp_activity_status_of_partnership (CpPartnershipStatus status)
{
  switch (status)
    {
    case CP_PARTNERSHIP_STATUS_EXPLORING:
      return CP_ACTIVITY_STATUS_PIPELINE;
    case CP_PARTNERSHIP_STATUS_DORMANT:
      return CP_ACTIVITY_STATUS_SUSPENDED;
    case CP_PARTNERSHIP_STATUS_ENDED:
      return CP_ACTIVITY_STATUS_CLOSED;
    case CP_PARTNERSHIP_STATUS_ACTIVE:
    default:
      return CP_ACTIVITY_STATUS_IMPLEMENTATION;
    }
}

/* OrganisationType: 10 government, 11 local government (a province and a sister
 * city are sub-national governments), 15 other public sector (an association of
 * municipalities), 22 national NGO, 40 multilateral (the EU's programmes included),
 * 60 foundation, 70 private sector. */
int
cp_funder_type_to_iati (CpFunderType type)
{
  switch (type)
    {
    case CP_FUNDER_TYPE_MUNICIPAL_ASSOCIATION:
      return 15;
    case CP_FUNDER_TYPE_EU_PROGRAMME:
    case CP_FUNDER_TYPE_MULTILATERAL:
      return 40;
    case CP_FUNDER_TYPE_PROVINCE:
    case CP_FUNDER_TYPE_SISTER_CITY:
      return 11;
    case CP_FUNDER_TYPE_MINISTRY:
    case CP_FUNDER_TYPE_BILATERAL:
    case CP_FUNDER_TYPE_EMBASSY:
      return 10;
    case CP_FUNDER_TYPE_FOUNDATION:
      return 60;
    case CP_FUNDER_TYPE_NGO:
      return 22;
    case CP_FUNDER_TYPE_PRIVATE:
      return 70;
    default:
      return 90;
    }
}
