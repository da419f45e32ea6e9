/* cp-record.h: a stored record whose fields are GObject properties
 *
 * Every record the user keeps (a municipality, a partnership, an agreement ...) is a
 * CpRecord: its fields are properties, so the store can read and write them by name,
 * editors can bind rows to them, and one validation hook serves the field the user is
 * typing in and the whole record before it is saved.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CP_VALIDATION_ERROR (cp_validation_error_quark ())

typedef enum
{
  CP_VALIDATION_ERROR_REQUIRED,
  CP_VALIDATION_ERROR_OUT_OF_RANGE,
  CP_VALIDATION_ERROR_FORMAT,
  CP_VALIDATION_ERROR_UNKNOWN_CODE,
  CP_VALIDATION_ERROR_ORDER,
  CP_VALIDATION_ERROR_PARTIES,
} CpValidationError;

GQuark cp_validation_error_quark (void);

#define CP_TYPE_RECORD (cp_record_get_type ())

G_DECLARE_DERIVABLE_TYPE (CpRecord, cp_record, CP, RECORD, GObject)

struct _CpRecordClass
{
  GObjectClass parent_class;

  /* Checks one field; @pspec is a property of the record's class. The message of the
   * error is shown beside the field, so it says what is wrong and how to mend it. */
  gboolean (*validate_property) (CpRecord    *self,
                                 GParamSpec  *pspec,
                                 GError     **error);
};

gint64       cp_record_get_id                (CpRecord    *self);
void         cp_record_set_id                (CpRecord    *self,
                                              gint64       id);

gboolean     cp_record_validate_property     (CpRecord    *self,
                                              const char  *property,
                                              GError     **error);
gboolean     cp_record_validate              (CpRecord    *self,
                                              GError     **error);
CpRecord    *cp_record_copy                  (CpRecord    *self);
void         cp_record_assign                (CpRecord    *self,
                                              CpRecord    *from);

/* Typed access by property name, for subclasses' getters and the store. */
const GValue *cp_record_peek_value           (CpRecord    *self,
                                              GParamSpec  *pspec);
const char  *cp_record_get_string            (CpRecord    *self,
                                              const char  *property);
gint64       cp_record_get_int64             (CpRecord    *self,
                                              const char  *property);
int          cp_record_get_int               (CpRecord    *self,
                                              const char  *property);
int          cp_record_get_enum              (CpRecord    *self,
                                              const char  *property);
gboolean     cp_record_get_boolean           (CpRecord    *self,
                                              const char  *property);
const char * const *cp_record_get_strv       (CpRecord    *self,
                                              const char  *property);

/* For subclass class_init: the generic storage of property values. */
void         cp_record_class_install         (CpRecordClass *klass,
                                              guint          n_pspecs,
                                              GParamSpec   **pspecs);
void         cp_record_get_property          (GObject     *object,
                                              guint        prop_id,
                                              GValue      *value,
                                              GParamSpec  *pspec);
void         cp_record_set_property          (GObject     *object,
                                              guint        prop_id,
                                              const GValue *value,
                                              GParamSpec  *pspec);

G_END_DECLS
