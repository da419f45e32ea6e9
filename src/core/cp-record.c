/* cp-record.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cp-record.h"

typedef struct
{
  /* GParamSpec* → GValue*; a field never set reads as its default. */
  GHashTable *values;
} CpRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (CpRecord, cp_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_QUARK (cp-validation-error-quark, cp_validation_error)

static void
free_value (gpointer data)
{
  GValue *value = data;

  g_value_unset (value);
  g_free (value);
}

const GValue *
cp_record_peek_value (CpRecord   *self,
                      GParamSpec *pspec)
{
  CpRecordPrivate *priv = cp_record_get_instance_private (self);
  const GValue *value = g_hash_table_lookup (priv->values, pspec);

  return value != NULL ? value : g_param_spec_get_default_value (pspec);
}

void
cp_record_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  g_value_copy (cp_record_peek_value (CP_RECORD (object), pspec), value);
}

void
cp_record_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  CpRecord *self = CP_RECORD (object);
  CpRecordPrivate *priv = cp_record_get_instance_private (self);
  const GValue *old = cp_record_peek_value (self, pspec);
  GValue *copy;

  if (g_param_values_cmp (pspec, old, value) == 0)
    {
      /* g_param_values_cmp compares boxed and strv values by pointer; those
       * still count as changed when the pointers differ. */
      if (!(G_IS_PARAM_SPEC_BOXED (pspec)) || g_value_peek_pointer (old) == g_value_peek_pointer (value))
        return;
    }

  copy = g_new0 (GValue, 1);
  g_value_init (copy, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_value_copy (value, copy);
  g_hash_table_replace (priv->values, pspec, copy);
  g_object_notify_by_pspec (object, pspec);
}

static gboolean
cp_record_real_validate_property (CpRecord    *self,
                                  GParamSpec  *pspec,
                                  GError     **error)
{
  return TRUE;
}

static void
cp_record_finalize (GObject *object)
{
  CpRecordPrivate *priv = cp_record_get_instance_private (CP_RECORD (object));

  g_clear_pointer (&priv->values, g_hash_table_unref);

  G_OBJECT_CLASS (cp_record_parent_class)->finalize (object);
}

static void
cp_record_class_init (CpRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cp_record_finalize;
  object_class->get_property = cp_record_get_property;
  object_class->set_property = cp_record_set_property;
  klass->validate_property = cp_record_real_validate_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cp_record_init (CpRecord *self)
{
  CpRecordPrivate *priv = cp_record_get_instance_private (self);

  priv->values = g_hash_table_new_full (NULL, NULL, NULL, free_value);
}

void
cp_record_class_install (CpRecordClass  *klass,
                         guint           n_pspecs,
                         GParamSpec    **pspecs)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = cp_record_get_property;
  object_class->set_property = cp_record_set_property;
  g_object_class_install_properties (object_class, n_pspecs, pspecs);
}

gint64
cp_record_get_id (CpRecord *self)
{
  g_return_val_if_fail (CP_IS_RECORD (self), 0);

  return g_value_get_int64 (cp_record_peek_value (self, properties[PROP_ID]));
}

void
cp_record_set_id (CpRecord *self,
                  gint64    id)
{
  g_return_if_fail (CP_IS_RECORD (self));

  g_object_set (self, "id", id, NULL);
}

static GParamSpec *
find_pspec (CpRecord   *self,
            const char *property)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self), property);

  if (pspec == NULL)
    g_critical ("%s has no property “%s”", G_OBJECT_TYPE_NAME (self), property);
  return pspec;
}

gboolean
cp_record_validate_property (CpRecord    *self,
                             const char  *property,
                             GError     **error)
{
  GParamSpec *pspec;

  g_return_val_if_fail (CP_IS_RECORD (self), FALSE);

  if (!(pspec = find_pspec (self, property)))
    return TRUE;
  return CP_RECORD_GET_CLASS (self)->validate_property (self, pspec, error);
}

gboolean
cp_record_validate (CpRecord  *self,
                    GError   **error)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  g_return_val_if_fail (CP_IS_RECORD (self), FALSE);

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (self), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      if (!(pspecs[i]->flags & G_PARAM_WRITABLE))
        continue;
      if (!CP_RECORD_GET_CLASS (self)->validate_property (self, pspecs[i], error))
        return FALSE;
    }
  return TRUE;
}

void
cp_record_assign (CpRecord *self,
                  CpRecord *from)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  g_return_if_fail (CP_IS_RECORD (self));
  g_return_if_fail (G_OBJECT_TYPE (self) == G_OBJECT_TYPE (from));

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (self), &n_pspecs);
  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = 0; i < n_pspecs; i++)
    {
      if ((pspecs[i]->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE)
        continue;
      g_object_set_property (G_OBJECT (self), pspecs[i]->name,
                             cp_record_peek_value (from, pspecs[i]));
    }
  g_object_thaw_notify (G_OBJECT (self));
}

CpRecord *
cp_record_copy (CpRecord *self)
{
  CpRecord *copy;

  g_return_val_if_fail (CP_IS_RECORD (self), NULL);

  copy = g_object_new (G_OBJECT_TYPE (self), NULL);
  cp_record_assign (copy, self);
  return copy;
}

#define TYPED_GETTER(ctype, name, gtype_check, getter, fallback)          \
ctype                                                                     \
cp_record_get_##name (CpRecord   *self,                                   \
                      const char *property)                               \
{                                                                         \
  GParamSpec *pspec;                                                      \
                                                                          \
  g_return_val_if_fail (CP_IS_RECORD (self), fallback);                   \
                                                                          \
  pspec = find_pspec (self, property);                                    \
  g_return_val_if_fail (pspec != NULL && gtype_check, fallback);          \
  return getter (cp_record_peek_value (self, pspec));                     \
}

TYPED_GETTER (const char *, string, G_IS_PARAM_SPEC_STRING (pspec), g_value_get_string, NULL)
TYPED_GETTER (gint64, int64, G_IS_PARAM_SPEC_INT64 (pspec), g_value_get_int64, 0)
TYPED_GETTER (int, int, G_IS_PARAM_SPEC_INT (pspec), g_value_get_int, 0)
TYPED_GETTER (int, enum, G_IS_PARAM_SPEC_ENUM (pspec), g_value_get_enum, 0)
TYPED_GETTER (gboolean, boolean, G_IS_PARAM_SPEC_BOOLEAN (pspec), g_value_get_boolean, FALSE)

const char * const *
cp_record_get_strv (CpRecord   *self,
                    const char *property)
{
  GParamSpec *pspec;

  g_return_val_if_fail (CP_IS_RECORD (self), NULL);

  pspec = find_pspec (self, property);
  g_return_val_if_fail (pspec != NULL && G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_STRV, NULL);
  return g_value_get_boxed (cp_record_peek_value (self, pspec));
}
