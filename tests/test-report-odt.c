/* test-report-odt.c: the report as an OpenDocument Text file, read back
 *
 * A document written by hand (sections, key figures, a table of 60 rows, a
 * chart, footnotes, names with accents and text that needs escaping) is
 * written as ODT and read back three ways: the zip's own central directory,
 * libarchive for the parts, and GMarkup for what the parts say. Where unzip,
 * zipinfo, xmllint and LibreOffice are installed they check it too. With
 * $CP_REPORT_ODT_DIR set, the report is written there as well, to be opened.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/resource.h>

#include <archive.h>
#include <archive_entry.h>
#include <cairo.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "report/cp-report-odt.h"

#include "cp-test-util.h"

#define MIMETYPE   "application/vnd.oasis.opendocument.text"
#define N_ROWS     60
#define SUMMARY    "León and Köpenick compared “quotes” in € and wrote <&> without harm."
#define SPACED     "Two  spaces,\ta tab and\na new line"
#define CONTROL    "A bell\a and a form feed\f are left out."
#define HEADER     "León – Köpenick: council report"

/* The document */

static char *
format_euros (gint64   value,
              gpointer user_data)
{
  return g_strdup_printf ("€%" G_GINT64_FORMAT, value);
}

static CpReportDocument *
build_document (void)
{
  static const char * const header[] = { "Year", "Budget", "Spent" };
  static const gboolean numeric[] = { FALSE, TRUE, TRUE };
  CpReportDocument *doc = cp_report_document_new ("nl");
  CpChart *chart = cp_chart_new (CP_CHART_GROUPED_BARS);
  const gint64 leon[] = { 12000, 9500 };
  const gint64 kopenick[] = { 8000, 8800 };

  cp_report_document_set_title_page (doc, "Partnership report <2024>", "León & Köpenick", "3 June 2024");
  cp_report_document_set_labels (doc, "Contents", HEADER, "Page %d of %d", "Sources");

  cp_report_document_add_heading (doc, 1, "Summary");
  cp_report_document_add_paragraph (doc, SUMMARY);
  cp_report_document_add_footnote (doc, "Bontenbal 2009, Table 6.2, L7429–7453");
  cp_report_document_add_key_figure (doc, "IC budget", "€565,876");
  cp_report_document_add_key_figure (doc, "Visits", "12");
  cp_report_document_add_footnote (doc, "Ledger of the year <2024>");
  cp_report_document_add_note (doc, "No visits in this period.");

  cp_report_document_add_heading (doc, 1, "Finances");
  cp_report_document_add_heading (doc, 2, "Budget by year");
  cp_report_document_add_table (doc, "Budget and spending by year", 3, header, numeric);
  for (int i = 0; i < N_ROWS; i++)
    {
      g_autofree char *year = g_strdup_printf ("%d", 1990 + i);
      g_autofree char *budget = g_strdup_printf ("€%d", 1000 + 10 * i);
      g_autofree char *spent = g_strdup_printf ("€%d", 900 + 10 * i);
      const char * const row[] = { year, budget, spent };

      cp_report_document_add_row (doc, row);
    }
  cp_report_document_add_footnote (doc, "Municipal accounts 1990–2049");

  cp_report_document_add_heading (doc, 2, "Budget against spending");
  cp_chart_set_title (chart, "Budget against spending");
  cp_chart_add_series (chart, "Budget");
  cp_chart_add_series (chart, "Spent");
  cp_chart_add_category (chart, "León", leon, 2);
  cp_chart_add_category (chart, "Köpenick", kopenick, 2);
  cp_chart_set_format_func (chart, format_euros, NULL, NULL);
  cp_report_document_add_chart (doc, "Budget and spending per partner", chart);
  cp_report_document_add_footnote (doc, "Counterpart ledger");

  cp_report_document_add_heading (doc, 1, "Conclusions");
  cp_report_document_add_paragraph (doc, SPACED);
  cp_report_document_add_paragraph (doc, CONTROL);
  return doc;
}

static const char *footnote_texts[] = {
  "Bontenbal 2009, Table 6.2, L7429–7453",
  "Ledger of the year <2024>",
  "Municipal accounts 1990–2049",
  "Counterpart ledger",
};

static char *
write_report (CpTestDir *f)
{
  g_autoptr(CpReportDocument) doc = build_document ();
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, "report.odt", NULL);

  g_assert_true (cp_report_write_odt (doc, path, &error));
  g_assert_no_error (error);

  /* For a person to open. */
  if (g_getenv ("CP_REPORT_ODT_DIR") != NULL)
    {
      g_autofree char *copy = g_build_filename (g_getenv ("CP_REPORT_ODT_DIR"), "report.odt", NULL);

      g_assert_true (cp_report_write_odt (doc, copy, &error));
      g_assert_no_error (error);
    }
  return path;
}

/* The parts, read with libarchive */

typedef struct
{
  GPtrArray  *names;   /* in the archive's order */
  GHashTable *parts;   /* name → GBytes */
} Parts;

static void
parts_free (Parts *parts)
{
  g_ptr_array_unref (parts->names);
  g_hash_table_unref (parts->parts);
  g_free (parts);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Parts, parts_free)

static Parts *
read_parts (const char *path)
{
  Parts *parts = g_new0 (Parts, 1);
  struct archive *archive = archive_read_new ();
  struct archive_entry *entry;
  int result;

  parts->names = g_ptr_array_new_with_free_func (g_free);
  parts->parts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_bytes_unref);
  archive_read_support_format_zip_seekable (archive);
  g_assert_cmpint (archive_read_open_filename (archive, path, 10240), ==, ARCHIVE_OK);
  while ((result = archive_read_next_header (archive, &entry)) == ARCHIVE_OK)
    {
      g_autoptr(GByteArray) data = g_byte_array_new ();
      char buffer[8192];
      la_ssize_t n;

      while ((n = archive_read_data (archive, buffer, sizeof buffer)) > 0)
        g_byte_array_append (data, (guint8 *) buffer, n);
      g_assert_cmpint (n, ==, 0);
      g_ptr_array_add (parts->names, g_strdup (archive_entry_pathname (entry)));
      g_hash_table_insert (parts->parts, g_strdup (archive_entry_pathname (entry)),
                           g_byte_array_free_to_bytes (g_steal_pointer (&data)));
    }
  g_assert_cmpint (result, ==, ARCHIVE_EOF);
  archive_read_free (archive);
  return parts;
}

static char *
dup_part (Parts      *parts,
          const char *name)
{
  GBytes *bytes = g_hash_table_lookup (parts->parts, name);
  gsize size;
  const char *data;

  g_assert_nonnull (bytes);
  data = g_bytes_get_data (bytes, &size);
  g_assert_true (g_utf8_validate (data, size, NULL));
  return g_strndup (data, size);
}

/* The parts, read with GMarkup */

typedef struct
{
  char *element;   /* text:p or text:h */
  char *style;
  int   level;     /* of a text:h */
  char *text;      /* with text:s, text:tab and text:line-break as characters */
  char *context;   /* the nearest enclosing element that says where it is */
  GString *buffer; /* while it is open */
} Paragraph;

typedef struct
{
  GPtrArray  *elements;     /* the open elements' names */
  GPtrArray  *open;         /* Paragraph* that are open, innermost last */
  GPtrArray  *paragraphs;   /* Paragraph* */
  GPtrArray  *citations;    /* char* */
  GPtrArray  *images;       /* xlink:href of draw:image */
  GPtrArray  *manifest;     /* manifest:full-path */
  GHashTable *rows;         /* table:name → rows, header rows included */
  GHashTable *header_rows;  /* table:name → rows in table:table-header-rows */
  GHashTable *attributes;   /* "element@name=value" of every element, for lookups */
  char       *table;        /* the open table's name */
  GString    *text;         /* the text of every element outside paragraphs too */
} Markup;

static void
paragraph_free (Paragraph *p)
{
  g_free (p->element);
  g_free (p->style);
  g_free (p->text);
  g_free (p->context);
  if (p->buffer != NULL)
    g_string_free (p->buffer, TRUE);
  g_free (p);
}

static void
markup_free (Markup *m)
{
  g_ptr_array_unref (m->elements);
  g_ptr_array_unref (m->open);
  g_ptr_array_unref (m->paragraphs);
  g_ptr_array_unref (m->citations);
  g_ptr_array_unref (m->images);
  g_ptr_array_unref (m->manifest);
  g_hash_table_unref (m->rows);
  g_hash_table_unref (m->header_rows);
  g_hash_table_unref (m->attributes);
  g_free (m->table);
  g_string_free (m->text, TRUE);
  g_free (m);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Markup, markup_free)

static gboolean
is_inside (Markup     *m,
           const char *element)
{
  for (guint i = 0; i < m->elements->len; i++)
    if (g_str_equal (g_ptr_array_index (m->elements, i), element))
      return TRUE;
  return FALSE;
}

static const char *
find_attribute (const char **names,
                const char **values,
                const char  *name)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], name))
      return values[i];
  return NULL;
}

static void
count_row (GHashTable *table,
           const char *name)
{
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (table, name));

  g_hash_table_insert (table, g_strdup (name), GUINT_TO_POINTER (n + 1));
}

static void
on_start_element (GMarkupParseContext  *context,
                  const char           *element,
                  const char          **names,
                  const char          **values,
                  gpointer              user_data,
                  GError              **error)
{
  Markup *m = user_data;
  Paragraph *innermost = m->open->len > 0 ? g_ptr_array_index (m->open, m->open->len - 1) : NULL;
  GString *open = innermost != NULL ? innermost->buffer : NULL;
  const char *count;

  for (guint i = 0; names[i] != NULL; i++)
    g_hash_table_add (m->attributes, g_strdup_printf ("%s@%s=%s", element, names[i], values[i]));

  if (g_str_equal (element, "text:s") && open != NULL)
    {
      count = find_attribute (names, values, "text:c");
      for (guint64 i = 0; i < (count != NULL ? g_ascii_strtoull (count, NULL, 10) : 1); i++)
        g_string_append_c (open, ' ');
    }
  else if (g_str_equal (element, "text:tab") && open != NULL)
    g_string_append_c (open, '\t');
  else if (g_str_equal (element, "text:line-break") && open != NULL)
    g_string_append_c (open, '\n');
  else if (g_str_equal (element, "draw:image"))
    g_ptr_array_add (m->images, g_strdup (find_attribute (names, values, "xlink:href")));
  else if (g_str_equal (element, "manifest:file-entry"))
    g_ptr_array_add (m->manifest, g_strdup (find_attribute (names, values, "manifest:full-path")));
  else if (g_str_equal (element, "table:table"))
    {
      g_free (m->table);
      m->table = g_strdup (find_attribute (names, values, "table:name"));
    }
  else if (g_str_equal (element, "table:table-row"))
    {
      count_row (m->rows, m->table);
      if (is_inside (m, "table:table-header-rows"))
        count_row (m->header_rows, m->table);
    }

  g_ptr_array_add (m->elements, g_strdup (element));
  if (g_str_equal (element, "text:p") || g_str_equal (element, "text:h"))
    {
      Paragraph *p = g_new0 (Paragraph, 1);
      const char *level = find_attribute (names, values, "text:outline-level");

      /* Recorded at its start, so that the paragraphs stay in document order. */
      p->element = g_strdup (element);
      p->style = g_strdup (find_attribute (names, values, "text:style-name"));
      p->level = level != NULL ? atoi (level) : 0;
      p->buffer = g_string_new (NULL);
      p->context = g_strdup (is_inside (m, "text:note-body") ? "footnote"
                             : is_inside (m, "table:table-header-rows") ? "header-row"
                             : is_inside (m, "table:table") ? "table"
                             : is_inside (m, "text:index-body") ? "contents"
                             : is_inside (m, "style:header") ? "header"
                             : is_inside (m, "style:footer") ? "footer"
                             : "body");
      g_ptr_array_add (m->paragraphs, p);
      g_ptr_array_add (m->open, p);
    }
}

static void
on_end_element (GMarkupParseContext  *context,
                const char           *element,
                gpointer              user_data,
                GError              **error)
{
  Markup *m = user_data;

  g_ptr_array_remove_index (m->elements, m->elements->len - 1);
  if (g_str_equal (element, "text:p") || g_str_equal (element, "text:h"))
    {
      Paragraph *p = g_ptr_array_steal_index (m->open, m->open->len - 1);

      p->text = g_string_free (g_steal_pointer (&p->buffer), FALSE);
    }
}

static void
on_text (GMarkupParseContext  *context,
         const char           *text,
         gsize                 length,
         gpointer              user_data,
         GError              **error)
{
  Markup *m = user_data;

  g_string_append_len (m->text, text, length);
  if (m->elements->len > 0
      && g_str_equal (g_ptr_array_index (m->elements, m->elements->len - 1), "text:note-citation"))
    g_ptr_array_add (m->citations, g_strndup (text, length));
  else if (m->open->len > 0)
    g_string_append_len (((Paragraph *) g_ptr_array_index (m->open, m->open->len - 1))->buffer, text, length);
}

static Markup *
parse (const char *xml)
{
  static const GMarkupParser parser = { on_start_element, on_end_element, on_text, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  Markup *m = g_new0 (Markup, 1);

  m->elements = g_ptr_array_new_with_free_func (g_free);
  m->open = g_ptr_array_new ();
  m->paragraphs = g_ptr_array_new_with_free_func ((GDestroyNotify) paragraph_free);
  m->citations = g_ptr_array_new_with_free_func (g_free);
  m->images = g_ptr_array_new_with_free_func (g_free);
  m->manifest = g_ptr_array_new_with_free_func (g_free);
  m->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  m->header_rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  m->attributes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  m->text = g_string_new (NULL);

  context = g_markup_parse_context_new (&parser, G_MARKUP_TREAT_CDATA_AS_TEXT, m, NULL);
  g_markup_parse_context_parse (context, xml, -1, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (m->elements->len, ==, 0);
  return m;
}

static Markup *
parse_part (Parts      *parts,
            const char *name)
{
  g_autofree char *xml = dup_part (parts, name);

  return parse (xml);
}

static GPtrArray *
paragraphs_in (Markup     *m,
               const char *context)
{
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; i < m->paragraphs->len; i++)
    {
      Paragraph *p = g_ptr_array_index (m->paragraphs, i);

      if (g_str_equal (p->context, context))
        g_ptr_array_add (found, p);
    }
  return found;
}

static Paragraph *
find_paragraph (Markup     *m,
                const char *text)
{
  for (guint i = 0; i < m->paragraphs->len; i++)
    {
      Paragraph *p = g_ptr_array_index (m->paragraphs, i);

      if (g_str_equal (p->text, text))
        return p;
    }
  return NULL;
}

static gboolean
has_attribute (Markup     *m,
               const char *element,
               const char *name,
               const char *value)
{
  g_autofree char *key = g_strdup_printf ("%s@%s=%s", element, name, value);

  return g_hash_table_contains (m->attributes, key);
}

/* The container, from the zip's central directory */

typedef struct
{
  char    *name;
  guint16  method;   /* 0 stored, 8 deflated */
} Member;

static guint16
read16 (const guint8 *p)
{
  return p[0] | p[1] << 8;
}

static guint32
read32 (const guint8 *p)
{
  return (guint32) read16 (p) | (guint32) read16 (p + 2) << 16;
}

static GArray *
read_central_directory (const guint8 *data,
                        gsize         size)
{
  GArray *members = g_array_new (FALSE, FALSE, sizeof (Member));
  const guint8 *end = NULL;
  const guint8 *p;

  for (gsize i = size >= 22 ? size - 22 : 0; i > 0 && end == NULL; i--)
    if (memcmp (data + i, "PK\x05\x06", 4) == 0)
      end = data + i;
  g_assert_nonnull (end);

  p = data + read32 (end + 16);
  for (guint i = 0; i < read16 (end + 10); i++)
    {
      Member member;

      g_assert_cmpmem (p, 4, "PK\x01\x02", 4);
      member.method = read16 (p + 10);
      member.name = g_strndup ((const char *) p + 46, read16 (p + 28));
      g_array_append_val (members, member);
      p += 46 + read16 (p + 28) + read16 (p + 30) + read16 (p + 32);
    }
  return members;
}

/* Tools */

static char *
run (const char * const *argv,
     int                *status)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL,
                status, &error);
  g_assert_no_error (error);
  return out;
}

static void
assert_only_files (const char         *dir,
                   const char * const *expected)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (folder);
  while ((name = g_dir_read_name (folder)) != NULL)
    {
      g_assert_true (g_strv_contains (expected, name));
      n++;
    }
  g_assert_cmpuint (n, ==, g_strv_length ((GStrv) expected));
}

/* The tests */

static const char * const xml_parts[] = { "content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml" };

static void
test_container (CpTestDir     *f,
                gconstpointer  data)
{
  g_autofree char *path = write_report (f);
  g_autofree char *unzip = g_find_program_in_path ("unzip");
  g_autofree char *zipinfo = g_find_program_in_path ("zipinfo");
  g_autoptr(Parts) parts = read_parts (path);
  g_autoptr(GArray) members = NULL;
  g_autofree guint8 *bytes = NULL;
  g_autofree char *mimetype = NULL;
  gsize size;

  g_assert_true (g_file_get_contents (path, (char **) &bytes, &size, NULL));

  /* ODF's signature: the first entry is “mimetype”, stored, holding the media type. */
  g_assert_cmpmem (bytes, 4, "PK\x03\x04", 4);
  g_assert_cmpuint (read16 (bytes + 8), ==, 0);
  g_assert_cmpmem (bytes + 30, read16 (bytes + 26), "mimetype", 8);
  g_assert_cmpstr (g_ptr_array_index (parts->names, 0), ==, "mimetype");
  mimetype = dup_part (parts, "mimetype");
  g_assert_cmpstr (mimetype, ==, MIMETYPE);

  members = read_central_directory (bytes, size);
  g_assert_cmpuint (members->len, ==, parts->names->len);
  for (guint i = 0; i < members->len; i++)
    {
      Member *member = &g_array_index (members, Member, i);

      g_assert_cmpstr (member->name, ==, g_ptr_array_index (parts->names, i));
      g_assert_cmpuint (member->method, ==, i == 0 ? 0 : 8);
      g_free (member->name);
    }

  for (guint i = 0; i < G_N_ELEMENTS (xml_parts); i++)
    g_assert_true (g_hash_table_contains (parts->parts, xml_parts[i]));
  g_assert_true (g_hash_table_contains (parts->parts, "Pictures/chart-1.png"));

  if (unzip != NULL)
    {
      const char *argv[] = { unzip, "-Z1", path, NULL };
      g_autofree char *out = NULL;
      g_auto(GStrv) lines = NULL;
      int status;

      out = run (argv, &status);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      lines = g_strsplit (out, "\n", -1);
      g_assert_cmpstr (lines[0], ==, "mimetype");
      g_assert_cmpuint (g_strv_length (lines), ==, parts->names->len + 1);
    }
  if (zipinfo != NULL)
    {
      const char *argv[] = { zipinfo, path, NULL };
      g_autofree char *out = NULL;
      g_auto(GStrv) lines = NULL;
      guint n_checked = 0;
      int status;

      out = run (argv, &status);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      lines = g_strsplit (out, "\n", -1);
      /* “-rw-r--r--  2.0 unx  39 b- stor 24-Jun-03 12:00 mimetype” */
      for (guint i = 0; lines[i] != NULL; i++)
        {
          g_auto(GStrv) fields = g_regex_split_simple ("\\s+", lines[i], 0, 0);

          if (g_strv_length (fields) != 9 || !g_hash_table_contains (parts->parts, fields[8]))
            continue;
          if (g_str_equal (fields[8], "mimetype"))
            g_assert_cmpstr (fields[5], ==, "stor");
          else
            g_assert_true (g_str_has_prefix (fields[5], "def"));
          n_checked++;
        }
      g_assert_cmpuint (n_checked, ==, parts->names->len);
    }
  if (unzip == NULL || zipinfo == NULL)
    g_test_message ("unzip or zipinfo is not installed: read with libarchive only");
}

static void
test_well_formed (CpTestDir     *f,
                  gconstpointer  data)
{
  g_autofree char *path = write_report (f);
  g_autofree char *unzip = g_find_program_in_path ("unzip");
  g_autofree char *xmllint = g_find_program_in_path ("xmllint");
  g_autoptr(Parts) parts = read_parts (path);

  for (guint i = 0; i < G_N_ELEMENTS (xml_parts); i++)
    {
      g_autoptr(Markup) m = parse_part (parts, xml_parts[i]);

      if (unzip != NULL && xmllint != NULL)
        {
          const char *unzip_argv[] = { unzip, "-p", path, xml_parts[i], NULL };
          g_autofree char *copy = g_build_filename (f->dir, "part.xml", NULL);
          const char *lint_argv[] = { xmllint, "--noout", copy, NULL };
          g_autofree char *out = NULL;
          g_autofree char *lint = NULL;
          int status;

          out = run (unzip_argv, &status);
          g_assert_true (g_spawn_check_wait_status (status, NULL));
          g_assert_true (g_file_set_contents (copy, out, -1, NULL));
          lint = run (lint_argv, &status);
          g_assert_true (g_spawn_check_wait_status (status, NULL));
          g_unlink (copy);
        }
    }
  if (unzip == NULL || xmllint == NULL)
    g_test_message ("unzip or xmllint is not installed: parsed with GMarkup only");
}

static void
test_content (CpTestDir     *f,
              gconstpointer  data)
{
  static const char * const headings[] = { "Summary", "Finances", "Budget by year", "Budget against spending", "Conclusions" };
  static const int levels[] = { 1, 1, 2, 2, 1 };
  g_autofree char *path = write_report (f);
  g_autoptr(Parts) parts = read_parts (path);
  g_autoptr(Markup) m = parse_part (parts, "content.xml");
  g_autoptr(GPtrArray) contents = paragraphs_in (m, "contents");
  g_autoptr(GPtrArray) header_row = paragraphs_in (m, "header-row");
  g_autoptr(GPtrArray) footnotes = paragraphs_in (m, "footnote");
  g_autoptr(GPtrArray) cells = paragraphs_in (m, "table");
  Paragraph *p;
  guint n_headings = 0;
  guint n_numbers = 0;

  /* The title page, then the contents with every heading and its title. */
  p = g_ptr_array_index (m->paragraphs, 0);
  g_assert_cmpstr (p->text, ==, "Partnership report <2024>");
  g_assert_cmpstr (((Paragraph *) g_ptr_array_index (m->paragraphs, 1))->text, ==, "León & Köpenick");
  g_assert_cmpstr (((Paragraph *) g_ptr_array_index (m->paragraphs, 2))->text, ==, "3 June 2024");
  g_assert_true (has_attribute (m, "text:table-of-content-source", "text:outline-level", "2"));
  g_assert_cmpuint (contents->len, ==, 1 + G_N_ELEMENTS (headings));
  g_assert_cmpstr (((Paragraph *) g_ptr_array_index (contents, 0))->text, ==, "Contents");
  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    {
      Paragraph *entry = g_ptr_array_index (contents, i + 1);
      g_autofree char *style = g_strdup_printf ("Contents_20_%d", levels[i]);

      g_assert_cmpstr (entry->text, ==, headings[i]);
      g_assert_cmpstr (entry->style, ==, style);
    }

  /* Real headings, in order, with their levels. */
  for (guint i = 0; i < m->paragraphs->len; i++)
    {
      p = g_ptr_array_index (m->paragraphs, i);
      if (!g_str_equal (p->element, "text:h"))
        continue;
      g_assert_cmpuint (n_headings, <, G_N_ELEMENTS (headings));
      g_assert_cmpstr (p->text, ==, headings[n_headings]);
      g_assert_cmpint (p->level, ==, levels[n_headings]);
      /* The first after the contents starts a page, in a style of its own. */
      if (n_headings == 0)
        g_assert_cmpstr (p->style, ==, "Cp_Page_Start");
      else
        g_assert_cmpstr (p->style, ==, levels[n_headings] == 1 ? "Heading_20_1" : "Heading_20_2");
      n_headings++;
    }
  g_assert_cmpuint (n_headings, ==, G_N_ELEMENTS (headings));
  g_assert_true (has_attribute (m, "style:style", "style:parent-style-name", "Heading_20_1"));

  /* The text as it was, escaped and unescaped again. */
  g_assert_nonnull ((p = find_paragraph (m, SUMMARY)));
  g_assert_cmpstr (p->style, ==, "Text_20_body");
  g_assert_nonnull ((p = find_paragraph (m, "No visits in this period.")));
  g_assert_cmpstr (p->style, ==, "Cp_Note");
  g_assert_nonnull (find_paragraph (m, SPACED));
  g_assert_nonnull (find_paragraph (m, "A bell and a form feed are left out."));

  /* The key figures and the table, whose header row repeats. */
  g_assert_nonnull (find_paragraph (m, "IC budget"));
  g_assert_nonnull ((p = find_paragraph (m, "€565,876")));
  g_assert_cmpstr (p->context, ==, "table");
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (m->rows, "Table1")), ==, 2);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (m->header_rows, "Table1")), ==, 0);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (m->rows, "Table2")), ==, N_ROWS + 1);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (m->header_rows, "Table2")), ==, 1);
  g_assert_cmpuint (header_row->len, ==, 3);
  g_assert_cmpstr (((Paragraph *) g_ptr_array_index (header_row, 0))->text, ==, "Year");
  g_assert_cmpstr (((Paragraph *) g_ptr_array_index (header_row, 1))->text, ==, "Budget");
  g_assert_cmpstr (((Paragraph *) g_ptr_array_index (header_row, 2))->text, ==, "Spent");
  g_assert_nonnull ((p = find_paragraph (m, "Budget and spending by year")));
  g_assert_cmpstr (p->style, ==, "Caption");
  for (guint i = 0; i < cells->len; i++)
    {
      p = g_ptr_array_index (cells, i);
      if (g_str_has_prefix (p->text, "€") && !g_str_equal (p->text, "€565,876"))
        {
          g_assert_cmpstr (p->style, ==, "Cp_Table_Number");
          n_numbers++;
        }
      else if (g_str_has_prefix (p->text, "19") || g_str_has_prefix (p->text, "20"))
        g_assert_cmpstr (p->style, ==, "Table_20_Contents");
    }
  g_assert_cmpuint (n_numbers, ==, 2 * N_ROWS);
  g_assert_nonnull (find_paragraph (m, "2049"));

  /* The footnotes, numbered in order, each in its block. */
  g_assert_cmpuint (footnotes->len, ==, G_N_ELEMENTS (footnote_texts));
  g_assert_cmpuint (m->citations->len, ==, G_N_ELEMENTS (footnote_texts));
  for (guint i = 0; i < footnotes->len; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", i + 1);

      g_assert_cmpstr (((Paragraph *) g_ptr_array_index (footnotes, i))->text, ==, footnote_texts[i]);
      g_assert_cmpstr (g_ptr_array_index (m->citations, i), ==, number);
    }
  g_assert_true (has_attribute (m, "text:note", "text:note-class", "footnote"));
  /* The citation follows the paragraph's text, and the table's goes with its caption. */
  for (guint i = 0; i < m->paragraphs->len; i++)
    {
      p = g_ptr_array_index (m->paragraphs, i);
      if (g_str_equal (p->text, SUMMARY))
        g_assert_cmpstr (((Paragraph *) g_ptr_array_index (m->paragraphs, i + 1))->text, ==, footnote_texts[0]);
      if (g_str_equal (p->text, "Budget and spending by year"))
        g_assert_cmpstr (((Paragraph *) g_ptr_array_index (m->paragraphs, i + 1))->text, ==, footnote_texts[2]);
    }

  /* The chart, as a picture of the archive, 16 cm wide, with its caption and description. */
  g_assert_cmpuint (m->images->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (m->images, 0), ==, "Pictures/chart-1.png");
  g_assert_true (has_attribute (m, "draw:frame", "svg:width", "16.000cm"));
  g_assert_nonnull ((p = find_paragraph (m, "Budget and spending per partner")));
  g_assert_cmpstr (p->style, ==, "Caption");
  g_assert_nonnull (strstr (m->text->str, "León: Budget €12000, Spent €9500"));
}

static void
test_picture (CpTestDir     *f,
              gconstpointer  data)
{
  g_autofree char *path = write_report (f);
  g_autoptr(Parts) parts = read_parts (path);
  g_autoptr(Markup) content = parse_part (parts, "content.xml");
  g_autoptr(Markup) manifest = parse_part (parts, "META-INF/manifest.xml");
  GBytes *png;
  cairo_surface_t *surface;
  GHashTableIter iter;
  gpointer key;
  int width, height;
  double height_cm = 0;

  /* Every picture the text shows is in the archive and in the manifest. */
  for (guint i = 0; i < content->images->len; i++)
    {
      const char *href = g_ptr_array_index (content->images, i);

      g_assert_true (g_hash_table_contains (parts->parts, href));
      g_assert_true (g_ptr_array_find_with_equal_func (manifest->manifest, href, g_str_equal, NULL));
      g_assert_true (has_attribute (manifest, "manifest:file-entry", "manifest:media-type", "image/png"));
    }
  /* …and the manifest lists every part but itself and mimetype. */
  g_hash_table_iter_init (&iter, parts->parts);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_str_equal (key, "mimetype") && !g_str_equal (key, "META-INF/manifest.xml"))
      g_assert_true (g_ptr_array_find_with_equal_func (manifest->manifest, key, g_str_equal, NULL));
  g_assert_true (has_attribute (manifest, "manifest:file-entry", "manifest:media-type", MIMETYPE));

  /* A sharp picture: 16 cm at 150 dpi, twice over; as high as the frame says. */
  png = g_hash_table_lookup (parts->parts, "Pictures/chart-1.png");
  g_assert_cmpmem (g_bytes_get_data (png, NULL), 8, "\x89PNG\r\n\x1a\n", 8);
  {
    g_autofree char *copy = g_build_filename (f->dir, "chart.png", NULL);

    g_assert_true (g_file_set_contents (copy, g_bytes_get_data (png, NULL), g_bytes_get_size (png), NULL));
    surface = cairo_image_surface_create_from_png (copy);
  }
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  width = cairo_image_surface_get_width (surface);
  height = cairo_image_surface_get_height (surface);
  g_assert_cmpint (ABS (width - 1890), <=, 2);
  cairo_surface_destroy (surface);

  g_hash_table_iter_init (&iter, content->attributes);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (g_str_has_prefix (key, "draw:frame@svg:height="))
      height_cm = g_ascii_strtod ((char *) key + strlen ("draw:frame@svg:height="), NULL);
  g_assert_cmpfloat (height_cm, >, 1.0);
  g_assert_cmpfloat_with_epsilon (height / (double) width, height_cm / 16.0, 0.01);
}

static void
test_styles (CpTestDir     *f,
             gconstpointer  data)
{
  g_autofree char *path = write_report (f);
  g_autoptr(Parts) parts = read_parts (path);
  g_autoptr(Markup) styles = parse_part (parts, "styles.xml");
  g_autoptr(GPtrArray) header = paragraphs_in (styles, "header");
  g_autoptr(GPtrArray) footer = paragraphs_in (styles, "footer");
  g_autofree char *xml = dup_part (parts, "styles.xml");

  /* The styles the body uses are defined, with LibreOffice's names. */
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *name = g_strdup_printf ("Heading_20_%u", i + 1);
      g_autofree char *level = g_strdup_printf ("%u", i + 1);

      g_assert_true (has_attribute (styles, "style:style", "style:name", name));
      g_assert_true (has_attribute (styles, "style:style", "style:default-outline-level", level));
    }
  g_assert_true (has_attribute (styles, "style:style", "style:display-name", "Heading 1"));
  g_assert_true (has_attribute (styles, "style:style", "style:name", "Cp_Table_Number"));
  g_assert_nonnull (strstr (xml, "style:name=\"Cp_Table_Number\" style:family=\"paragraph\""
                                 " style:display-name=\"Table Number\" style:parent-style-name=\"Table_20_Contents\""
                                 " style:class=\"extra\"><style:paragraph-properties fo:text-align=\"end\"/>"));
  g_assert_nonnull (strstr (xml, "style:name=\"Cp_Note\""));
  g_assert_true (has_attribute (styles, "style:text-properties", "fo:font-style", "italic"));
  g_assert_true (has_attribute (styles, "style:text-properties", "fo:language", "nl"));

  /* The running header and “Page N of M” as fields on every page but the title page. */
  g_assert_cmpuint (header->len, ==, 1);
  g_assert_cmpstr (((Paragraph *) g_ptr_array_index (header, 0))->text, ==, HEADER);
  g_assert_cmpuint (footer->len, ==, 1);
  g_assert_cmpstr (((Paragraph *) g_ptr_array_index (footer, 0))->text, ==, "Page 1 of 1");
  g_assert_nonnull (strstr (xml, "Page <text:page-number text:select-page=\"current\">1</text:page-number>"
                                 " of <text:page-count>1</text:page-count>"));
  g_assert_true (has_attribute (styles, "style:master-page", "style:name", "First_20_Page"));
  g_assert_true (has_attribute (styles, "style:master-page", "style:next-style-name", "Standard"));
}

static void
test_page_format_order (CpTestDir     *f,
                        gconstpointer  data)
{
  g_autoptr(CpReportDocument) doc = cp_report_document_new ("af");
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "order.odt", NULL);
  g_autoptr(Parts) parts = NULL;
  g_autofree char *xml = NULL;

  /* A language that names the count first, and a literal percent sign. */
  cp_report_document_set_labels (doc, NULL, NULL, "%2$d pages, this is %1$d (100%%)", NULL);
  cp_report_document_add_paragraph (doc, "Only text.");
  g_assert_true (cp_report_write_odt (doc, path, &error));
  g_assert_no_error (error);

  parts = read_parts (path);
  xml = dup_part (parts, "styles.xml");
  g_assert_nonnull (strstr (xml, "<text:page-count>1</text:page-count> pages, this is "
                                 "<text:page-number text:select-page=\"current\">1</text:page-number> (100%)"));
  /* No running header when there is none to show. */
  g_assert_null (strstr (xml, "<style:header>"));
}

static void
test_meta (CpTestDir     *f,
           gconstpointer  data)
{
  g_autofree char *path = write_report (f);
  g_autoptr(Parts) parts = read_parts (path);
  g_autoptr(Markup) meta = parse_part (parts, "meta.xml");
  g_autofree char *xml = dup_part (parts, "meta.xml");

  g_assert_nonnull (strstr (xml, "<dc:language>nl</dc:language>"));
  g_assert_nonnull (strstr (xml, "<dc:title>Partnership report &lt;2024&gt;</dc:title>"));
  g_assert_nonnull (strstr (meta->text->str, "Partnership report <2024>"));
  g_assert_nonnull (strstr (xml, "<meta:generator>Counterpart"));
  g_assert_true (g_regex_match_simple ("<dc:date>\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ</dc:date>",
                                       xml, 0, 0));
}

/* A file that could not be written leaves the old one as it was. */

static const char old_report[] = "the report of last year";

static char *
write_old_report (const char *dir)
{
  char *path = g_build_filename (dir, "report.odt", NULL);

  g_assert_true (g_file_set_contents (path, old_report, -1, NULL));
  return path;
}

static void
assert_old_report (const char *path)
{
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, old_report);
}

static void
test_keep_read_only_folder (CpTestDir     *f,
                            gconstpointer  data)
{
  static const char * const expected[] = { "report.odt", NULL };
  g_autoptr(CpReportDocument) doc = build_document ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = write_old_report (f->dir);
  gboolean written;

  g_assert_cmpint (g_chmod (f->dir, 0500), ==, 0);
  if (access (f->dir, W_OK) == 0)
    {
      g_chmod (f->dir, 0700);
      g_test_skip ("this user can write into a read-only folder (root)");
      return;
    }
  written = cp_report_write_odt (doc, path, &error);
  g_chmod (f->dir, 0700);

  g_assert_false (written);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_ACCES);
  g_assert_nonnull (strstr (error->message, path));
  assert_old_report (path);
  assert_only_files (f->dir, expected);
}

static void
test_keep_file_too_large (CpTestDir     *f,
                          gconstpointer  data)
{
  static const char * const expected[] = { "report.odt", NULL };
  g_autoptr(CpReportDocument) doc = build_document ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = write_old_report (f->dir);
  struct rlimit old_limit, limit;
  void (*old_handler) (int);
  gboolean written;

  /* A disk that fills up half-way through, even for root: the file size limit. */
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  limit = old_limit;
  limit.rlim_cur = 4096;
  old_handler = signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  written = cp_report_write_odt (doc, path, &error);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  signal (SIGXFSZ, old_handler);

  g_assert_false (written);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, g_strerror (EFBIG)));
  assert_old_report (path);
  assert_only_files (f->dir, expected);
}

static void
test_keep_folder_in_the_way (CpTestDir     *f,
                             gconstpointer  data)
{
  static const char * const expected[] = { "report.odt", NULL };
  static const char * const inside[] = { "report.odt", NULL };
  g_autoptr(CpReportDocument) doc = build_document ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "report.odt", NULL);
  g_autofree char *old_path = NULL;

  /* Everything is written, and only the last step, the rename, fails. */
  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  old_path = write_old_report (path);

  g_assert_false (cp_report_write_odt (doc, path, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR);
  assert_old_report (old_path);
  assert_only_files (f->dir, expected);
  assert_only_files (path, inside);
}

static void
test_replace (CpTestDir     *f,
              gconstpointer  data)
{
  static const char * const expected[] = { "report.odt", NULL };
  g_autoptr(CpReportDocument) doc = build_document ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = write_old_report (f->dir);
  g_autoptr(Parts) parts = NULL;

  g_assert_true (cp_report_write_odt (doc, path, &error));
  g_assert_no_error (error);
  parts = read_parts (path);
  g_assert_cmpstr (g_ptr_array_index (parts->names, 0), ==, "mimetype");
  assert_only_files (f->dir, expected);
}

static void
test_libreoffice (CpTestDir     *f,
                  gconstpointer  data)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *libreoffice = g_find_program_in_path ("libreoffice");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *path = NULL;
  g_autofree char *profile = NULL;
  g_autofree char *profile_uri = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *pdf_bytes = NULL;
  g_autofree char *out = NULL;
  const char *program = soffice != NULL ? soffice : libreoffice;
  int status;

  if (program == NULL)
    {
      g_test_skip ("LibreOffice is not installed");
      return;
    }

  path = write_report (f);
  profile = g_build_filename (f->dir, "profile", NULL);
  profile_uri = g_filename_to_uri (profile, NULL, NULL);
  {
    g_autofree char *user_installation = g_strdup_printf ("-env:UserInstallation=%s", profile_uri);
    const char *argv[] = { program, user_installation, "--headless", "--convert-to", "pdf", "--outdir",
                           f->dir, path, NULL };

    out = run (argv, &status);
  }
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  pdf = g_build_filename (f->dir, "report.pdf", NULL);
  g_assert_true (g_file_get_contents (pdf, &pdf_bytes, NULL, NULL));
  g_assert_true (g_str_has_prefix (pdf_bytes, "%PDF"));
  if (pdftotext != NULL)
    {
      const char *argv[] = { pdftotext, pdf, "-", NULL };
      g_autofree char *text = run (argv, &status);

      g_assert_true (g_spawn_check_wait_status (status, NULL));
      g_assert_nonnull (strstr (text, "Budget by year"));
      g_assert_nonnull (strstr (text, "Köpenick"));
      g_assert_nonnull (strstr (text, "Municipal accounts 1990–2049"));
    }
}

#define ADD(path, func) \
  g_test_add (path, CpTestDir, NULL, cp_test_dir_set_up, func, cp_test_dir_tear_down)

int
main (int    argc,
      char **argv)
{
  cp_test_init (&argc, &argv);

  ADD ("/report-odt/container", test_container);
  ADD ("/report-odt/well-formed", test_well_formed);
  ADD ("/report-odt/content", test_content);
  ADD ("/report-odt/picture", test_picture);
  ADD ("/report-odt/styles", test_styles);
  ADD ("/report-odt/page-format-order", test_page_format_order);
  ADD ("/report-odt/meta", test_meta);
  ADD ("/report-odt/replace", test_replace);
  ADD ("/report-odt/keep/read-only-folder", test_keep_read_only_folder);
  ADD ("/report-odt/keep/file-too-large", test_keep_file_too_large);
  ADD ("/report-odt/keep/folder-in-the-way", test_keep_folder_in_the_way);
  ADD ("/report-odt/libreoffice", test_libreoffice);

  return g_test_run ();
}
