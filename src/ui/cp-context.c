/* cp-context.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "core/cp-partial-date.h"
#include "cp-context.h"

struct _CpContext
{
  GObject    parent_instance;

  CpStore   *store;
  GSettings *settings;
  char      *today;
};

G_DEFINE_FINAL_TYPE (CpContext, cp_context, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cp_context_dispose (GObject *object)
{
  CpContext *self = CP_CONTEXT (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->today, g_free);

  G_OBJECT_CLASS (cp_context_parent_class)->dispose (object);
}

static void
cp_context_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CpContext *self = CP_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cp_context_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  CpContext *self = CP_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      cp_context_set_store (self, g_value_get_object (value));
      break;
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cp_context_class_init (CpContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cp_context_dispose;
  object_class->get_property = cp_context_get_property;
  object_class->set_property = cp_context_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, CP_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cp_context_init (CpContext *self)
{
}

CpContext *
cp_context_new (GSettings *settings)
{
  return g_object_new (CP_TYPE_CONTEXT, "settings", settings, NULL);
}

CpStore *
cp_context_get_store (CpContext *self)
{
  g_return_val_if_fail (CP_IS_CONTEXT (self), NULL);

  return self->store;
}

void
cp_context_set_store (CpContext *self,
                      CpStore   *store)
{
  g_return_if_fail (CP_IS_CONTEXT (self));

  if (g_set_object (&self->store, store))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

GSettings *
cp_context_get_settings (CpContext *self)
{
  g_return_val_if_fail (CP_IS_CONTEXT (self), NULL);

  return self->settings;
}

gboolean
cp_context_open_workspace (CpContext   *self,
                           const char  *path,
                           GError     **error)
{
  g_autoptr(CpStore) store = NULL;

  g_return_val_if_fail (CP_IS_CONTEXT (self), FALSE);

  if (!(store = cp_store_open (path, error)))
    return FALSE;

  cp_context_set_store (self, store);
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "last-database", path);
  return TRUE;
}

char *
cp_context_dup_today (CpContext *self)
{
  g_return_val_if_fail (CP_IS_CONTEXT (self), NULL);

  return self->today ? g_strdup (self->today) : cp_partial_date_today ();
}

void
cp_context_set_today (CpContext  *self,
                      const char *iso_date)
{
  g_return_if_fail (CP_IS_CONTEXT (self));

  g_free (self->today);
  self->today = g_strdup (iso_date);
}
