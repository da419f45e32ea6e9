/* cp-sample-data.c (placeholder, being written) */
#include "config.h"
#include "cp-sample-data.h"

gboolean
cp_sample_data_load (CpStore *store, GError **error)
{
  g_set_error_literal (error, CP_STORE_ERROR, CP_STORE_ERROR_FAILED, "not yet");
  return FALSE;
}

gboolean
cp_sample_data_write_file (const char *path, GError **error)
{
  g_set_error_literal (error, CP_STORE_ERROR, CP_STORE_ERROR_FAILED, "not yet");
  return FALSE;
}
