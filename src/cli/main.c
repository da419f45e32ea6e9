/* main.c: counterpart-cli, the headless commands over the same library
 *
 *   counterpart-cli [--database FILE] COMMAND [ARGUMENT…]
 *
 * Errors go to stderr as “counterpart-cli: MESSAGE”; the exit status is 1 for a
 * failure and 2 for a command line that cannot be understood.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "cp-enum-types.h"
#include "core/cp-partial-date.h"
#include "store/cp-sample-data.h"
#include "store/cp-store.h"

#define PROGRAM_NAME "counterpart-cli"

enum {
  EXIT_OK = 0,
  EXIT_FAILED = 1,
  EXIT_USAGE = 2,
};

typedef enum
{
  FORMAT_TABLE,
  FORMAT_TSV,
  FORMAT_JSON,
} OutputFormat;

typedef enum
{
  OPTION_DATABASE = 1 << 0,
  OPTION_OUTPUT   = 1 << 1,
  OPTION_FORMAT   = 1 << 2,
} CommandOptions;

typedef struct _Command Command;

/* What the command line says, once parsed. */
typedef struct
{
  const Command  *command;
  char           *database;  /* --database before the command */
  char           *command_database;  /* --database after it, which wins */
  char           *output;
  char           *format;
  char          **arguments;  /* after the command's name */
  gboolean        show_version;
} Invocation;

struct _Command
{
  const char  *name;
  const char  *parameters;  /* for the usage line; N_() where they are placeholders */
  const char  *summary;     /* N_() */
  CommandOptions options;
  int        (*run) (Invocation *invocation);
};

static void
invocation_clear (Invocation *invocation)
{
  g_clear_pointer (&invocation->database, g_free);
  g_clear_pointer (&invocation->command_database, g_free);
  g_clear_pointer (&invocation->output, g_free);
  g_clear_pointer (&invocation->format, g_free);
  g_clear_pointer (&invocation->arguments, g_strfreev);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Invocation, invocation_clear)

/* Messages */

G_GNUC_PRINTF (1, 2)
static void
print_error (const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("%s: %s\n", PROGRAM_NAME, message);
}

static int
fail_with (GError *error)
{
  print_error ("%s", error->message);
  return EXIT_FAILED;
}

/* A command line we cannot understand: say why, and where to find out more. */
G_GNUC_PRINTF (2, 3)
static int
usage_error (const Command *command,
             const char    *format,
             ...)
{
  g_autofree char *message = NULL;
  g_autofree char *help = NULL;
  g_autofree char *hint = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  help = command != NULL ? g_strdup_printf ("%s %s --help", PROGRAM_NAME, command->name)
                         : g_strdup_printf ("%s --help", PROGRAM_NAME);
  /* Translators: %s is a command, “counterpart-cli --help” or “counterpart-cli list --help” */
  hint = g_strdup_printf (_("Try “%s” for more information."), help);
  g_printerr ("%s: %s\n%s\n", PROGRAM_NAME, message, hint);
  return EXIT_USAGE;
}

/* Machine formats are UTF-8 whatever the locale; only the table is for the terminal. */
static void
write_utf8 (const char *text)
{
  fputs (text, stdout);
}

static int
finish_output (void)
{
  if (fflush (stdout) != 0 || ferror (stdout))
    {
      print_error (_("Could not write the output."));
      return EXIT_FAILED;
    }
  return EXIT_OK;
}

/* Tables */

/* The columns a string takes in a terminal. */
static guint
display_width (const char *text)
{
  guint width = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iszerowidth (c))
        continue;
      width += g_unichar_iswide (c) ? 2 : 1;
    }
  return width;
}

typedef struct
{
  guint       n_columns;
  guint64     right_aligned;  /* a bit per column */
  GPtrArray  *cells;          /* row after row of n_columns strings */
} Table;

static Table *
table_new (guint               n_columns,
           guint64             right_aligned,
           const char * const *headings)
{
  Table *table = g_new0 (Table, 1);

  table->n_columns = n_columns;
  table->right_aligned = right_aligned;
  table->cells = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < n_columns; i++)
    g_ptr_array_add (table->cells, g_strdup (headings[i]));
  return table;
}

static void
table_free (Table *table)
{
  g_ptr_array_unref (table->cells);
  g_free (table);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Table, table_free)

/* Takes the cell's text; a line break would break the row, so it becomes a space. */
static void
table_take_cell (Table *table,
                 char  *text)
{
  g_ptr_array_add (table->cells, text != NULL ? g_strdelimit (text, "\t\r\n", ' ') : g_strdup (""));
}

static void
table_print (Table *table)
{
  g_autofree guint *widths = g_new0 (guint, table->n_columns);
  g_autoptr(GString) line = g_string_new (NULL);

  for (guint i = 0; i < table->cells->len; i++)
    widths[i % table->n_columns] = MAX (widths[i % table->n_columns],
                                        display_width (g_ptr_array_index (table->cells, i)));

  for (guint i = 0; i < table->cells->len; i++)
    {
      guint column = i % table->n_columns;
      const char *text = g_ptr_array_index (table->cells, i);
      guint padding = widths[column] - display_width (text);
      gboolean last = column == table->n_columns - 1;

      if (column > 0)
        g_string_append (line, "  ");
      if (table->right_aligned & (G_GUINT64_CONSTANT (1) << column))
        {
          g_string_append_printf (line, "%*s", padding, "");
          g_string_append (line, text);
        }
      else
        {
          g_string_append (line, text);
          if (!last)
            g_string_append_printf (line, "%*s", padding, "");
        }

      if (last)
        {
          /* Trailing spaces help no one. */
          while (line->len > 0 && line->str[line->len - 1] == ' ')
            g_string_truncate (line, line->len - 1);
          g_print ("%s\n", line->str);
          g_string_truncate (line, 0);
        }
    }
}

/* Tab-separated values */

static void
append_tsv_field (GString    *line,
                  const char *text)
{
  if (line->len > 0)
    g_string_append_c (line, '\t');

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\':
          g_string_append (line, "\\\\");
          break;
        case '\t':
          g_string_append (line, "\\t");
          break;
        case '\n':
          g_string_append (line, "\\n");
          break;
        case '\r':
          g_string_append (line, "\\r");
          break;
        default:
          g_string_append_c (line, *p);
        }
    }
}

static void
write_tsv_line (GString *line)
{
  g_string_append_c (line, '\n');
  write_utf8 (line->str);
  g_string_truncate (line, 0);
}

static void
write_tsv_header (const char * const *names)
{
  g_autoptr(GString) line = g_string_new (NULL);

  for (guint i = 0; names[i] != NULL; i++)
    append_tsv_field (line, names[i]);
  write_tsv_line (line);
}

/* JSON */

static void
write_json (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  write_utf8 (text);
  write_utf8 ("\n");
}

static void
add_json_strv (JsonBuilder        *builder,
               const char         *member,
               const char * const *strv)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    json_builder_add_string_value (builder, strv[i]);
  json_builder_end_array (builder);
}

static void
add_json_string (JsonBuilder *builder,
                 const char  *member,
                 const char  *value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value != NULL ? value : "");
}

/* Opening a workspace */

static const char *
invocation_get_database (Invocation *invocation)
{
  if (invocation->command_database != NULL)
    return invocation->command_database;
  return invocation->database;
}

/* Opens the workspace the command line names, or the default one; never creates one. */
static CpStore *
open_workspace (Invocation  *invocation,
                GError     **error)
{
  g_autofree char *default_path = cp_store_dup_default_path ();
  const char *path = invocation_get_database (invocation);
  GStatBuf st;

  if (path == NULL)
    path = default_path;

  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT)
        g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT, _("“%s” does not exist."), path);
      else
        g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                     _("Cannot read “%s”: %s"), path, g_strerror (saved_errno));
      return NULL;
    }
  /* Opening an empty file would turn it into a workspace: not for a command that reads. */
  if (S_ISREG (st.st_mode) && st.st_size == 0)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, _("“%s” is empty: it holds no workspace."), path);
      return NULL;
    }

  return cp_store_open (path, error);
}

/* demo */

static int
run_demo (Invocation *invocation)
{
  g_autoptr(GError) error = NULL;

  if (invocation->output == NULL)
    /* Translators: “--output” is the option, not to be translated; FILE as in the help */
    return usage_error (invocation->command, _("Say where to write the workspace with --output FILE."));
  if (invocation->arguments[0] != NULL)
    return usage_error (invocation->command, _("Unexpected argument “%s”."), invocation->arguments[0]);

  if (g_file_test (invocation->output, G_FILE_TEST_EXISTS))
    {
      print_error (_("“%s” already exists. Choose another file name."), invocation->output);
      return EXIT_FAILED;
    }

  if (!cp_sample_data_write_file (invocation->output, &error))
    return fail_with (error);

  return EXIT_OK;
}

/* list partnerships */

static const char * const partnership_fields[] = {
  "id", "title", "kind", "status", "first_contact", "agreement_date", NULL
};

static void
print_partnerships_table (GListModel *partnerships)
{
  const char * const headings[] = {
    _("ID"), _("Partnership"), _("Type"), _("Status"), _("First contacts"), _("Agreement"),
  };
  g_autoptr(Table) table = table_new (G_N_ELEMENTS (headings), 1 << 0, headings);

  for (guint i = 0; i < g_list_model_get_n_items (partnerships); i++)
    {
      g_autoptr(CpPartnership) partnership = g_list_model_get_item (partnerships, i);
      char *first_contact = NULL;

      /* The label says “around 1994” when the year is approximate. */
      g_object_get (partnership, "first-contact-label", &first_contact, NULL);

      table_take_cell (table, g_strdup_printf ("%" G_GINT64_FORMAT, cp_record_get_id (CP_RECORD (partnership))));
      table_take_cell (table, cp_partnership_dup_title (partnership));
      table_take_cell (table, g_strdup (cp_partnership_kind_to_label (cp_partnership_get_kind (partnership))));
      table_take_cell (table, g_strdup (cp_partnership_status_to_label (cp_partnership_get_status (partnership))));
      table_take_cell (table, first_contact);
      table_take_cell (table, cp_partial_date_format (cp_partnership_get_agreement_date (partnership)));
    }
  table_print (table);
}

static void
print_partnerships_tsv (GListModel *partnerships)
{
  g_autoptr(GString) line = g_string_new (NULL);

  write_tsv_header (partnership_fields);
  for (guint i = 0; i < g_list_model_get_n_items (partnerships); i++)
    {
      g_autoptr(CpPartnership) partnership = g_list_model_get_item (partnerships, i);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, cp_record_get_id (CP_RECORD (partnership)));
      g_autofree char *title = cp_partnership_dup_title (partnership);

      append_tsv_field (line, id);
      append_tsv_field (line, title);
      append_tsv_field (line, cp_enum_to_nick (CP_TYPE_PARTNERSHIP_KIND, cp_partnership_get_kind (partnership)));
      append_tsv_field (line, cp_enum_to_nick (CP_TYPE_PARTNERSHIP_STATUS, cp_partnership_get_status (partnership)));
      append_tsv_field (line, cp_partnership_get_first_contact (partnership));
      append_tsv_field (line, cp_partnership_get_agreement_date (partnership));
      write_tsv_line (line);
    }
}

static void
print_partnerships_json (GListModel *partnerships)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (partnerships); i++)
    {
      g_autoptr(CpPartnership) partnership = g_list_model_get_item (partnerships, i);
      g_autofree char *title = cp_partnership_dup_title (partnership);
      GPtrArray *parties = cp_partnership_get_parties (partnership);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_int_value (builder, cp_record_get_id (CP_RECORD (partnership)));
      add_json_string (builder, "title", title);
      add_json_string (builder, "kind",
                       cp_enum_to_nick (CP_TYPE_PARTNERSHIP_KIND, cp_partnership_get_kind (partnership)));
      add_json_string (builder, "status",
                       cp_enum_to_nick (CP_TYPE_PARTNERSHIP_STATUS, cp_partnership_get_status (partnership)));
      add_json_string (builder, "first_contact", cp_partnership_get_first_contact (partnership));
      add_json_string (builder, "agreement_date", cp_partnership_get_agreement_date (partnership));

      json_builder_set_member_name (builder, "parties");
      json_builder_begin_array (builder);
      for (guint j = 0; parties != NULL && j < parties->len; j++)
        {
          CpMunicipality *municipality = g_ptr_array_index (parties, j);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_int_value (builder, cp_record_get_id (CP_RECORD (municipality)));
          add_json_string (builder, "name", cp_municipality_get_name (municipality));
          add_json_string (builder, "country", cp_municipality_get_country (municipality));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);

      add_json_strv (builder, "themes", cp_partnership_get_themes (partnership));
      add_json_strv (builder, "motives", cp_partnership_get_motives (partnership));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  write_json (builder);
}

/* list municipalities */

static const char * const municipality_fields[] = {
  "id", "name", "country", "population", "population_year", "time_zone", "is_own", NULL
};

/* 0 is what the schema stores for “not known”. */
static char *
format_optional_number (gint64 number)
{
  return number > 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, number) : g_strdup ("");
}

static void
print_municipalities_table (GListModel *municipalities)
{
  const char * const headings[] = {
    _("ID"), _("Name"), _("Country"), _("Population"), _("Year"), _("Time zone"), _("Own"),
  };
  g_autoptr(Table) table = table_new (G_N_ELEMENTS (headings), (1 << 0) | (1 << 3) | (1 << 4), headings);

  for (guint i = 0; i < g_list_model_get_n_items (municipalities); i++)
    {
      g_autoptr(CpMunicipality) municipality = g_list_model_get_item (municipalities, i);

      table_take_cell (table, g_strdup_printf ("%" G_GINT64_FORMAT, cp_record_get_id (CP_RECORD (municipality))));
      table_take_cell (table, g_strdup (cp_municipality_get_name (municipality)));
      table_take_cell (table, g_strdup (cp_municipality_get_country (municipality)));
      table_take_cell (table, format_optional_number (cp_municipality_get_population (municipality)));
      table_take_cell (table, format_optional_number (cp_municipality_get_population_year (municipality)));
      table_take_cell (table, g_strdup (cp_municipality_get_time_zone (municipality)));
      /* Translators: in the “Own” column of the municipalities: this is the user's own municipality */
      table_take_cell (table, g_strdup (cp_municipality_get_is_own (municipality) ? _("yes") : ""));
    }
  table_print (table);
}

static void
print_municipalities_tsv (GListModel *municipalities)
{
  g_autoptr(GString) line = g_string_new (NULL);

  write_tsv_header (municipality_fields);
  for (guint i = 0; i < g_list_model_get_n_items (municipalities); i++)
    {
      g_autoptr(CpMunicipality) municipality = g_list_model_get_item (municipalities, i);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, cp_record_get_id (CP_RECORD (municipality)));
      g_autofree char *population = format_optional_number (cp_municipality_get_population (municipality));
      g_autofree char *year = format_optional_number (cp_municipality_get_population_year (municipality));

      append_tsv_field (line, id);
      append_tsv_field (line, cp_municipality_get_name (municipality));
      append_tsv_field (line, cp_municipality_get_country (municipality));
      append_tsv_field (line, population);
      append_tsv_field (line, year);
      append_tsv_field (line, cp_municipality_get_time_zone (municipality));
      append_tsv_field (line, cp_municipality_get_is_own (municipality) ? "true" : "false");
      write_tsv_line (line);
    }
}

static void
add_json_optional_number (JsonBuilder *builder,
                          const char  *member,
                          gint64       number)
{
  json_builder_set_member_name (builder, member);
  if (number > 0)
    json_builder_add_int_value (builder, number);
  else
    json_builder_add_null_value (builder);
}

static void
print_municipalities_json (GListModel *municipalities)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (municipalities); i++)
    {
      g_autoptr(CpMunicipality) municipality = g_list_model_get_item (municipalities, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_int_value (builder, cp_record_get_id (CP_RECORD (municipality)));
      add_json_string (builder, "name", cp_municipality_get_name (municipality));
      add_json_string (builder, "country", cp_municipality_get_country (municipality));
      add_json_optional_number (builder, "population", cp_municipality_get_population (municipality));
      add_json_optional_number (builder, "population_year", cp_municipality_get_population_year (municipality));
      add_json_string (builder, "time_zone", cp_municipality_get_time_zone (municipality));
      json_builder_set_member_name (builder, "is_own");
      json_builder_add_boolean_value (builder, cp_municipality_get_is_own (municipality));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  write_json (builder);
}

/* list */

static gboolean
parse_format (const char   *text,
              OutputFormat *format)
{
  if (text == NULL || g_str_equal (text, "table"))
    *format = FORMAT_TABLE;
  else if (g_str_equal (text, "tsv"))
    *format = FORMAT_TSV;
  else if (g_str_equal (text, "json"))
    *format = FORMAT_JSON;
  else
    return FALSE;
  return TRUE;
}

static int
run_list (Invocation *invocation)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CpStore) store = NULL;
  g_autoptr(GListModel) records = NULL;
  const char *what = invocation->arguments[0];
  gboolean partnerships;
  OutputFormat format;

  if (what == NULL)
    /* Translators: “partnerships” and “municipalities” are the command's words: keep them */
    return usage_error (invocation->command, _("Say what to list: partnerships or municipalities."));
  if (g_str_equal (what, "partnerships"))
    partnerships = TRUE;
  else if (g_str_equal (what, "municipalities"))
    partnerships = FALSE;
  else
    /* Translators: “partnerships” and “municipalities” are the command's words: keep them */
    return usage_error (invocation->command, _("Cannot list “%s”: choose partnerships or municipalities."), what);
  if (invocation->arguments[1] != NULL)
    return usage_error (invocation->command, _("Unexpected argument “%s”."), invocation->arguments[1]);
  if (!parse_format (invocation->format, &format))
    /* Translators: “table”, “tsv” and “json” are the option's words: keep them */
    return usage_error (invocation->command, _("Unknown format “%s”: choose table, tsv or json."), invocation->format);

  if (!(store = open_workspace (invocation, &error)))
    return fail_with (error);

  records = partnerships ? cp_store_list_partnerships (store, &error)
                         : cp_store_list_municipalities (store, &error);
  if (records == NULL)
    return fail_with (error);

  switch (format)
    {
    case FORMAT_TABLE:
      (partnerships ? print_partnerships_table : print_municipalities_table) (records);
      break;
    case FORMAT_TSV:
      (partnerships ? print_partnerships_tsv : print_municipalities_tsv) (records);
      break;
    case FORMAT_JSON:
      (partnerships ? print_partnerships_json : print_municipalities_json) (records);
      break;
    default:
      g_assert_not_reached ();
    }

  return finish_output ();
}

/* check */

static int
run_check (Invocation *invocation)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *default_path = cp_store_dup_default_path ();
  g_autofree char *report = NULL;
  g_autofree char *line = NULL;
  const char *path = invocation->arguments[0];
  int version = 0;

  if (path != NULL && invocation->arguments[1] != NULL)
    return usage_error (invocation->command, _("Unexpected argument “%s”."), invocation->arguments[1]);
  if (path != NULL && invocation_get_database (invocation) != NULL)
    /* Translators: FILE as in the usage line “counterpart-cli check [OPTION…] [FILE]” */
    return usage_error (invocation->command, _("Give the workspace either as FILE or with --database, not both."));

  if (path == NULL)
    path = invocation_get_database (invocation);
  if (path == NULL)
    path = default_path;

  /* Reads the file without writing to it, whatever it turns out to be. */
  if (!cp_store_check_file (path, &version, &report, &error))
    return fail_with (error);

  if (g_strcmp0 (report, "ok") != 0)
    {
      print_error (_("“%s” is damaged: %s"), path, report);
      return EXIT_FAILED;
    }
  if (version < 1)
    {
      print_error (_("“%s” is empty: it holds no workspace."), path);
      return EXIT_FAILED;
    }
  if (version > CP_STORE_SCHEMA_VERSION)
    {
      /* Translators: like “%s: schema version %d, integrity ok”; the last %d is the highest version this build reads */
      print_error (_("%s: schema version %d, integrity ok, but newer than this version supports (up to %d)"),
                   path, version, CP_STORE_SCHEMA_VERSION);
      return EXIT_FAILED;
    }

  /* Translators: the output of “check” for a sound workspace: the file name and its schema version */
  line = g_strdup_printf (_("%s: schema version %d, integrity ok"), path, version);
  g_print ("%s\n", line);
  return finish_output ();
}

/* help */

static int run_help (Invocation *invocation);

static const Command commands[] = {
  { "demo", "", N_("Write a new workspace with the sample data"), OPTION_OUTPUT, run_demo },
  /* The words to list are literal: not marked for translation. */
  { "list", "partnerships|municipalities", N_("List the partnerships or the municipalities of a workspace"),
    OPTION_DATABASE | OPTION_FORMAT, run_list },
  /* Translators: placeholders in the usage line of the help; FILE as in “--database=FILE” */
  { "check", N_("[FILE]"), N_("Check a workspace file without changing it"), OPTION_DATABASE, run_check },
  { "help", N_("[COMMAND]"), N_("Show the help of a command"), 0, run_help },
};

static const Command *
find_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (commands[i].name, name))
      return &commands[i];
  return NULL;
}

static char *
describe_commands (void)
{
  GString *text = g_string_new (_("Commands:"));
  guint width = 0;

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    width = MAX (width, strlen (commands[i].name));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (text, "\n  %-*s  %s", (int) width, commands[i].name, _(commands[i].summary));
  return g_string_free (text, FALSE);
}

static GOptionContext *
create_main_context (Invocation *invocation)
{
  const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &invocation->database,
      N_("Use the workspace in FILE instead of the app’s"), N_("FILE") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &invocation->show_version,
      N_("Show the version"), NULL },
    { NULL }
  };
  g_autofree char *summary = describe_commands ();
  /* Translators: the placeholders in “counterpart-cli [OPTION…] COMMAND [ARGUMENT…]” */
  GOptionContext *context = g_option_context_new (_("COMMAND [ARGUMENT…]"));

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, summary);
  /* Stop at the command: what follows is the command's to parse. */
  g_option_context_set_strict_posix (context, TRUE);
  return context;
}

static GOptionContext *
create_command_context (const Command *command,
                        Invocation    *invocation)
{
  const GOptionEntry database_entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &invocation->command_database,
      N_("Use the workspace in FILE instead of the app’s"), N_("FILE") },
    { NULL }
  };
  const GOptionEntry output_entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &invocation->output,
      N_("Write the new workspace to FILE"), N_("FILE") },
    { NULL }
  };
  const GOptionEntry format_entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &invocation->format,
      N_("Print a table (the default), tab-separated values or JSON"), "table|tsv|json" },
    { NULL }
  };
  g_autofree char *prgname = g_strdup_printf ("%s %s", PROGRAM_NAME, command->name);
  GOptionContext *context;

  /* The usage line of the help names the command, as gio’s tools do. */
  g_set_prgname (prgname);
  context = g_option_context_new (*command->parameters != '\0' ? _(command->parameters) : NULL);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _(command->summary));

  if (command->options & OPTION_OUTPUT)
    g_option_context_add_main_entries (context, output_entries, GETTEXT_PACKAGE);
  if (command->options & OPTION_FORMAT)
    g_option_context_add_main_entries (context, format_entries, GETTEXT_PACKAGE);
  if (command->options & OPTION_DATABASE)
    g_option_context_add_main_entries (context, database_entries, GETTEXT_PACKAGE);
  return context;
}

static void
print_help (GOptionContext *context)
{
  g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

  g_print ("%s", help);
}

static int
run_help (Invocation *invocation)
{
  g_auto(Invocation) scratch = { 0 };
  g_autoptr(GOptionContext) context = NULL;
  const char *name = invocation->arguments[0];
  const Command *command = NULL;

  if (name != NULL && (command = find_command (name)) == NULL)
    return usage_error (NULL, _("Unknown command “%s”."), name);
  if (name != NULL && invocation->arguments[1] != NULL)
    return usage_error (invocation->command, _("Unexpected argument “%s”."), invocation->arguments[1]);

  if (command != NULL)
    context = create_command_context (command, &scratch);
  else
    {
      g_set_prgname (PROGRAM_NAME);
      context = create_main_context (&scratch);
    }
  print_help (context);
  return finish_output ();
}

/* main */

static void
set_up_translations (void)
{
  const char *localedir = g_getenv ("COUNTERPART_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

int
main (int   argc,
      char *argv[])
{
  g_auto(Invocation) invocation = { 0 };
  g_autoptr(GOptionContext) main_context = NULL;
  g_autoptr(GOptionContext) command_context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  g_auto(GStrv) command_args = NULL;

  set_up_translations ();
  g_set_prgname (PROGRAM_NAME);

  args = g_strdupv (argv);
  main_context = create_main_context (&invocation);
  if (!g_option_context_parse_strv (main_context, &args, &error))
    return usage_error (NULL, "%s", error->message);

  if (invocation.show_version)
    {
      g_print ("%s %s\n", PROGRAM_NAME, PACKAGE_VERSION);
      return finish_output ();
    }

  if (args[0] == NULL || args[1] == NULL)
    return usage_error (NULL, _("Say which command to run."));

  invocation.command = find_command (args[1]);
  if (invocation.command == NULL)
    return usage_error (NULL, _("Unknown command “%s”."), args[1]);

  /* The command's own options, and --database again, may come anywhere after it. */
  command_args = g_strdupv (args + 1);
  command_context = create_command_context (invocation.command, &invocation);
  if (!g_option_context_parse_strv (command_context, &command_args, &error))
    return usage_error (invocation.command, "%s", error->message);

  invocation.arguments = g_strdupv (command_args + 1);
  return invocation.command->run (&invocation);
}
