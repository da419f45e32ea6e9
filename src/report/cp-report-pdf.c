/* cp-report-pdf.c
 *
 * The pages come from cp-report-layout.c; this file adds what only a PDF has
 * (metadata, the outline) and writes the file safely: into a temporary file in
 * the same folder, renamed over the target only when every byte is on disk.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cairo-pdf.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "cp-report-layout.h"
#include "cp-report-pdf.h"

typedef struct
{
  FILE *file;
  int   saved_errno;   /* of the first write that failed */
} Output;

static cairo_status_t
write_chunk (void                *closure,
             const unsigned char *data,
             unsigned int         length)
{
  Output *output = closure;

  if (output->saved_errno != 0)
    return CAIRO_STATUS_WRITE_ERROR;
  if (fwrite (data, 1, length, output->file) != length)
    {
      output->saved_errno = errno != 0 ? errno : EIO;
      return CAIRO_STATUS_WRITE_ERROR;
    }
  return CAIRO_STATUS_SUCCESS;
}

static void
set_error (GError     **error,
           const char  *path,
           GIOErrorEnum code,
           const char  *reason)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, code,
               /* Translators: the first %s is a file name, the second the reason,
                * such as “Permission denied” or “No space left on device” */
               _("Could not save the report as “%s”: %s. "
                 "A file already there has not been changed."),
               name, reason);
}

static void
set_write_error (GError     **error,
                 const char  *path,
                 int          saved_errno)
{
  set_error (error, path, g_io_error_from_errno (saved_errno), g_strerror (saved_errno));
}

/* The sections in the viewer's sidebar, the second level under the first. */
static void
add_outline (cairo_surface_t        *surface,
             const CpReportDocument *doc,
             CpReportLayout         *layout)
{
  int parent = CAIRO_PDF_OUTLINE_ROOT;

  for (guint i = 0; i < cp_report_document_get_n_blocks (doc); i++)
    {
      const CpReportBlock *block = cp_report_document_get_block (doc, i);
      g_autofree char *link = NULL;
      int id;

      if (block->kind != CP_REPORT_BLOCK_HEADING || block->text == NULL || *block->text == '\0')
        continue;

      link = g_strdup_printf ("dest='heading-%u'", i);
      id = cairo_pdf_surface_add_outline (surface,
                                          block->level <= 1 ? CAIRO_PDF_OUTLINE_ROOT : parent,
                                          block->text, link, 0);
      if (block->level <= 1)
        parent = id;
    }

  if (cp_report_layout_get_sources_page (layout) > 0)
    cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT,
                                   cp_report_document_get_label (doc, "sources"),
                                   "dest='sources'", 0);
}

static void
set_metadata (cairo_surface_t        *surface,
              const CpReportDocument *doc)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *created = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S%:z");

  const char *title = cp_report_document_get_title (doc);
  const char *subject = cp_report_document_get_subject (doc);

  if (*title != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  if (*subject != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR,
                                  "Counterpart " PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, created);
}

/* Draws every page into @output; FALSE with @error set if cairo failed. */
static gboolean
write_pages (const CpReportDocument *doc,
             Output                 *output,
             const char             *path,
             GError                **error)
{
  g_autoptr(CpReportLayout) layout = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  layout = cp_report_layout_new (doc, CP_REPORT_A4_WIDTH, CP_REPORT_A4_HEIGHT);
  surface = cairo_pdf_surface_create_for_stream (write_chunk, output, CP_REPORT_A4_WIDTH,
                                                 CP_REPORT_A4_HEIGHT);
  cairo_pdf_surface_restrict_to_version (surface, CAIRO_PDF_VERSION_1_5);
  set_metadata (surface, doc);

  cr = cairo_create (surface);
  for (guint i = 0; i < cp_report_layout_get_n_pages (layout); i++)
    {
      cp_report_layout_draw_page (layout, cr, i);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);

  add_outline (surface, doc, layout);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (output->saved_errno != 0)
    {
      set_write_error (error, path, output->saved_errno);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      set_error (error, path, G_IO_ERROR_FAILED, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

/* Everything on disk and closed, or the reason why not. */
static gboolean
close_output (Output *output)
{
  int result = fflush (output->file);

  if (result == 0 && fsync (fileno (output->file)) != 0)
    result = -1;
  if (result != 0 && output->saved_errno == 0)
    output->saved_errno = errno;
  if (fclose (output->file) != 0 && output->saved_errno == 0)
    output->saved_errno = errno;
  output->file = NULL;
  return output->saved_errno == 0;
}

gboolean
cp_report_write_pdf (const CpReportDocument *doc,
                     const char             *path,
                     GError                **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *temp = NULL;
  Output output = { 0 };
  GStatBuf existing;
  gboolean replaces;
  int fd;

  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  temp = g_strdup_printf ("%s" G_DIR_SEPARATOR_S ".%s.XXXXXX", dir, base);
  replaces = g_stat (path, &existing) == 0 && S_ISREG (existing.st_mode);

  fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      set_write_error (error, path, errno);
      return FALSE;
    }
  /* A replaced file keeps who may read it. */
  if (replaces)
    fchmod (fd, existing.st_mode & 07777);

  output.file = fdopen (fd, "wb");
  if (output.file == NULL)
    {
      int saved_errno = errno;

      close (fd);
      g_unlink (temp);
      set_write_error (error, path, saved_errno);
      return FALSE;
    }

  if (!write_pages (doc, &output, path, error))
    {
      if (output.file != NULL)
        fclose (output.file);
      g_unlink (temp);
      return FALSE;
    }

  if (!close_output (&output) || g_rename (temp, path) != 0)
    {
      int saved_errno = output.saved_errno != 0 ? output.saved_errno : errno;

      g_unlink (temp);
      set_write_error (error, path, saved_errno);
      return FALSE;
    }
  return TRUE;
}
