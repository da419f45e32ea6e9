/* cp-store-private.h: for the store's own files and its tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "cp-store.h"
#include "core/cp-array-model.h"

G_BEGIN_DECLS

/* “Cprt”: marks an SQLite file as a Counterpart workspace. */
#define CP_STORE_APPLICATION_ID 0x43707274

/* Opens like cp_store_open() with @extra_steps (SQL text) appended to the built-in
 * migrations, so that a test can watch a failing step roll back. */
CpStore *_cp_store_open_full (const char          *path,
                              const char * const  *extra_steps,
                              GError             **error);

/* The generic reading and writing of records, for the store's own files. */
GListStore   *_cp_store_load               (CpStore     *self,
                                            GType        type,
                                            const char  *where,
                                            gint64       bind_id,
                                            GError     **error);
/* The same as a GListModel, for the public list functions. */
GListModel   *_cp_store_list               (CpStore     *self,
                                            GType        type,
                                            const char  *where,
                                            gint64       bind_id,
                                            GError     **error);
/* The same into an array-backed model, for long lists of records without links. */
CpArrayModel *_cp_store_load_array         (CpStore     *self,
                                            GType        type,
                                            const char  *where,
                                            gint64       bind_id,
                                            GError     **error);
gboolean      _cp_store_save_record        (CpStore     *self,
                                            CpRecord    *record,
                                            GError     **error);
gboolean      _cp_store_delete             (CpStore     *self,
                                            GType        type,
                                            gint64       id,
                                            GError     **error);
gboolean      _cp_store_set_trashed        (CpStore     *self,
                                            GType        type,
                                            gint64       id,
                                            gboolean     trashed,
                                            GError     **error);
sqlite3_stmt *_cp_store_prepare            (CpStore     *self,
                                            const char  *sql,
                                            GError     **error);
gboolean      _cp_store_set_sqlite_error   (CpStore     *self,
                                            int          rc,
                                            GError     **error);
/* The first record of @records (consumed), or a NOT_FOUND error. */
gpointer      _cp_store_first_or_not_found (GListStore  *records,
                                            GError     **error);

gboolean      _cp_store_add_default_checklist (CpStore  *self,
                                               CpVisit  *visit,
                                               GError  **error);

/* The ledger entry of a visit's cost (cp-store-funding.c), within the caller's write. */
gboolean      _cp_store_sync_cost_line      (CpStore     *self,
                                             CpCostLine  *line,
                                             GError     **error);
gboolean      _cp_store_sync_visit_costs    (CpStore     *self,
                                             CpVisit     *visit,
                                             GError     **error);
/* Refuses a political term that overlaps another of the same body. */
gboolean      _cp_store_check_term          (CpStore          *self,
                                             CpPoliticalTerm  *term,
                                             GError          **error);
/* Refuses to delete a funder, programme, application or budget year that other
 * records still name (cp-store-funding.c). */
gboolean      _cp_store_check_unused        (CpStore     *self,
                                             CpRecord    *record,
                                             GError     **error);

G_END_DECLS
