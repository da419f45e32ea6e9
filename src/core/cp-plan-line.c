/* cp-plan-line.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-plan-line.h"
#include "cp-enum-types.h"
#include "cp-validate.h"

struct _CpPlanLine
{
  CpRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CpPlanLine, cp_plan_line, CP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_STRUCTURE_ID,
  PROP_POSITION,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
cp_plan_line_validate_property (CpRecord    *record,
                                GParamSpec  *pspec,
                                GError     **error)
{
  CpPlanLine *self = CP_PLAN_LINE (record);

  if (pspec == properties[PROP_TITLE])
    return cp_validate_required (cp_plan_line_get_title (self), _("Name the strategic line, such as “Health and environment”."), error);
  return TRUE;
}

static void
cp_plan_line_class_init (CpPlanLineClass *klass)
{
  CpRecordClass *record_class = CP_RECORD_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  record_class->validate_property = cp_plan_line_validate_property;

  properties[PROP_STRUCTURE_ID] = g_param_spec_int64 ("structure-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_POSITION] = g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", flags);

  cp_record_class_install (record_class, N_PROPS, properties);
}

static void
cp_plan_line_init (CpPlanLine *self)
{
}

CpPlanLine *
cp_plan_line_new (gint64 structure_id)
{
  return g_object_new (CP_TYPE_PLAN_LINE, "structure-id", structure_id, NULL);
}

#define GETTER(type, field, kind, prop) \
type cp_plan_line_get_##field (CpPlanLine *self) { return cp_record_get_##kind (CP_RECORD (self), prop); }

GETTER (gint64, structure_id, int64, "structure-id")
GETTER (int, position, int, "position")
GETTER (const char *, title, string, "title")
