/* cp-sample-data.h: the four partnerships of the study, as a workspace to explore
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cp-store.h"

G_BEGIN_DECLS

/* Loads the sample into @store, which must hold no municipalities or partnerships
 * yet; all or nothing. */
gboolean cp_sample_data_load        (CpStore     *store,
                                     GError     **error);
/* Writes a new workspace with the sample at @path; refuses to overwrite a file. */
gboolean cp_sample_data_write_file  (const char  *path,
                                     GError     **error);

G_END_DECLS
