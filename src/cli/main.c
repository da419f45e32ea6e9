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
#include <fcntl.h>
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "cp-enum-types.h"
#include "core/cp-partial-date.h"
#include "core/cp-validate.h"
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
  OPTION_TODAY    = 1 << 3,
  OPTION_GENERATE = 1 << 4,  /* the sizes and seed of a synthetic workspace */
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
  char           *today;
  char           *people;  /* the numbers of generate, as typed */
  char           *partnerships;
  char           *needs;
  char           *seed;
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
  g_clear_pointer (&invocation->today, g_free);
  g_clear_pointer (&invocation->people, g_free);
  g_clear_pointer (&invocation->partnerships, g_free);
  g_clear_pointer (&invocation->needs, g_free);
  g_clear_pointer (&invocation->seed, g_free);
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
  GPtrArray  *notes;          /* GStrv or NULL per row: lines printed under it */
  guint       notes_column;   /* the column the notes are indented to */
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
  table->notes = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  for (guint i = 0; i < n_columns; i++)
    g_ptr_array_add (table->cells, g_strdup (headings[i]));
  return table;
}

static void
table_free (Table *table)
{
  g_ptr_array_unref (table->cells);
  g_ptr_array_unref (table->notes);
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

/* Takes @notes (NULL-terminated) as lines to print under the last row, starting
 * where @column does; a line break in one would break it, so it becomes a space. */
static void
table_take_notes (Table  *table,
                  guint   column,
                  char  **notes)
{
  guint row = table->cells->len / table->n_columns - 1;

  for (guint i = 0; notes != NULL && notes[i] != NULL; i++)
    g_strdelimit (notes[i], "\t\r\n", ' ');
  if (table->notes->len < row + 1)
    g_ptr_array_set_size (table->notes, row + 1);
  g_strfreev (g_ptr_array_index (table->notes, row));
  g_ptr_array_index (table->notes, row) = notes;
  table->notes_column = column;
}

static void
table_print (Table *table)
{
  g_autofree guint *widths = g_new0 (guint, table->n_columns);
  g_autoptr(GString) line = g_string_new (NULL);
  guint notes_indent = 0;

  for (guint i = 0; i < table->cells->len; i++)
    widths[i % table->n_columns] = MAX (widths[i % table->n_columns],
                                        display_width (g_ptr_array_index (table->cells, i)));
  for (guint i = 0; i < table->notes_column; i++)
    notes_indent += widths[i] + 2;

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

          /* The row's notes, indented a little further than the column. */
          if (i / table->n_columns < table->notes->len)
            {
              char **notes = g_ptr_array_index (table->notes, i / table->n_columns);

              for (guint j = 0; notes != NULL && notes[j] != NULL; j++)
                g_print ("%*s%s\n", (int) notes_indent + 2, "", notes[j]);
            }
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
print_partnerships_table (CpStore    *store,
                          GListModel *partnerships)
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
print_partnerships_tsv (CpStore    *store,
                        GListModel *partnerships)
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
print_partnerships_json (CpStore    *store,
                         GListModel *partnerships)
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
print_municipalities_table (CpStore    *store,
                            GListModel *municipalities)
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
print_municipalities_tsv (CpStore    *store,
                          GListModel *municipalities)
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
print_municipalities_json (CpStore    *store,
                           GListModel *municipalities)
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

/* list people */

static const char * const person_fields[] = {
  "id", "name", "kind", "municipality_id", "organisation", "department", "position",
  "languages", "expertise", "regional_experience", "intercultural_experience", NULL
};

static char *
format_id (gint64 id)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, id);
}

/* Stored skills as one field: "es:c1,en:b2". */
static char *
join_skills (const char * const *skills)
{
  return skills != NULL ? g_strjoinv (",", (char **) skills) : g_strdup ("");
}

static void
print_people_table (CpStore    *store,
                    GListModel *people)
{
  const char * const headings[] = {
    _("ID"), _("Name"), _("Type"), _("Department"), _("Languages"), _("Expertise"),
  };
  g_autoptr(Table) table = table_new (G_N_ELEMENTS (headings), 1 << 0, headings);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(CpPerson) person = g_list_model_get_item (people, i);

      table_take_cell (table, format_id (cp_record_get_id (CP_RECORD (person))));
      table_take_cell (table, g_strdup (cp_person_get_name (person)));
      table_take_cell (table, g_strdup (cp_person_kind_to_label (cp_person_get_kind (person))));
      table_take_cell (table, g_strdup (cp_person_get_department (person)));
      table_take_cell (table, cp_person_dup_languages_label (person));
      table_take_cell (table, cp_person_dup_expertise_label (person));
    }
  table_print (table);
}

static void
print_people_tsv (CpStore    *store,
                  GListModel *people)
{
  g_autoptr(GString) line = g_string_new (NULL);

  write_tsv_header (person_fields);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(CpPerson) person = g_list_model_get_item (people, i);
      g_autofree char *id = format_id (cp_record_get_id (CP_RECORD (person)));
      g_autofree char *municipality = format_optional_number (cp_person_get_municipality_id (person));
      g_autofree char *languages = join_skills (cp_person_get_languages (person));
      g_autofree char *expertise = join_skills (cp_person_get_expertise (person));

      append_tsv_field (line, id);
      append_tsv_field (line, cp_person_get_name (person));
      append_tsv_field (line, cp_enum_to_nick (CP_TYPE_PERSON_KIND, cp_person_get_kind (person)));
      append_tsv_field (line, municipality);
      append_tsv_field (line, cp_person_get_organisation (person));
      append_tsv_field (line, cp_person_get_department (person));
      append_tsv_field (line, cp_person_get_position (person));
      append_tsv_field (line, languages);
      append_tsv_field (line, expertise);
      append_tsv_field (line, cp_person_get_regional_experience (person) ? "true" : "false");
      append_tsv_field (line, cp_person_get_intercultural_experience (person) ? "true" : "false");
      write_tsv_line (line);
    }
}

static void
add_json_boolean (JsonBuilder *builder,
                  const char  *member,
                  gboolean     value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_boolean_value (builder, value);
}

static void
add_json_id (JsonBuilder *builder,
             const char  *member,
             gint64       id)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_int_value (builder, id);
}

static void
print_people_json (CpStore    *store,
                   GListModel *people)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(CpPerson) person = g_list_model_get_item (people, i);

      json_builder_begin_object (builder);
      add_json_id (builder, "id", cp_record_get_id (CP_RECORD (person)));
      add_json_string (builder, "name", cp_person_get_name (person));
      add_json_string (builder, "kind", cp_enum_to_nick (CP_TYPE_PERSON_KIND, cp_person_get_kind (person)));
      add_json_optional_number (builder, "municipality_id", cp_person_get_municipality_id (person));
      add_json_string (builder, "organisation", cp_person_get_organisation (person));
      add_json_string (builder, "department", cp_person_get_department (person));
      add_json_string (builder, "position", cp_person_get_position (person));
      add_json_string (builder, "email", cp_person_get_email (person));
      add_json_strv (builder, "languages", cp_person_get_languages (person));
      add_json_strv (builder, "expertise", cp_person_get_expertise (person));
      add_json_boolean (builder, "regional_experience", cp_person_get_regional_experience (person));
      add_json_boolean (builder, "intercultural_experience", cp_person_get_intercultural_experience (person));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  write_json (builder);
}

/* list needs */

static const char * const need_fields[] = {
  "id", "partnership_id", "requested_by_id", "description", "expertise", "languages",
  "starts_on", "ends_on", "length_days", "status", NULL
};

/* “2 March 2026 – 10 April 2026”, or what is known of it. */
static char *
format_period (const char *starts_on,
               const char *ends_on)
{
  g_autofree char *start = cp_partial_date_format (starts_on);
  g_autofree char *end = cp_partial_date_format (ends_on);

  if (*start == '\0' || *end == '\0')
    return g_strdup (*start != '\0' ? start : end);
  /* Translators: a period from one day to another, e.g. “2 March 2026 – 10 April 2026” */
  return g_strdup_printf (_("%s – %s"), start, end);
}

static void
print_needs_table (CpStore    *store,
                   GListModel *needs)
{
  const char * const headings[] = {
    _("ID"), _("Partnership"), _("Need"), _("Period"), _("Status"),
  };
  g_autoptr(Table) table = table_new (G_N_ELEMENTS (headings), 1 << 0, headings);
  g_autoptr(GListModel) partnerships = cp_store_list_partnerships (store, NULL);
  g_autoptr(GHashTable) titles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  /* Without the partnerships, their IDs stand in for their titles. */
  for (guint i = 0; partnerships != NULL && i < g_list_model_get_n_items (partnerships); i++)
    {
      g_autoptr(CpPartnership) partnership = g_list_model_get_item (partnerships, i);
      gint64 *id = g_new (gint64, 1);

      *id = cp_record_get_id (CP_RECORD (partnership));
      g_hash_table_insert (titles, id, cp_partnership_dup_title (partnership));
    }

  for (guint i = 0; i < g_list_model_get_n_items (needs); i++)
    {
      g_autoptr(CpNeed) need = g_list_model_get_item (needs, i);
      gint64 partnership_id = cp_need_get_partnership_id (need);
      const char *title = g_hash_table_lookup (titles, &partnership_id);

      table_take_cell (table, format_id (cp_record_get_id (CP_RECORD (need))));
      table_take_cell (table, title != NULL ? g_strdup (title) : format_id (partnership_id));
      table_take_cell (table, g_strdup (cp_need_get_description (need)));
      table_take_cell (table, format_period (cp_need_get_starts_on (need), cp_need_get_ends_on (need)));
      table_take_cell (table, g_strdup (cp_need_status_to_label (cp_need_get_status (need))));
    }
  table_print (table);
}

static void
print_needs_tsv (CpStore    *store,
                 GListModel *needs)
{
  g_autoptr(GString) line = g_string_new (NULL);

  write_tsv_header (need_fields);
  for (guint i = 0; i < g_list_model_get_n_items (needs); i++)
    {
      g_autoptr(CpNeed) need = g_list_model_get_item (needs, i);
      g_autofree char *id = format_id (cp_record_get_id (CP_RECORD (need)));
      g_autofree char *partnership = format_id (cp_need_get_partnership_id (need));
      g_autofree char *requested_by = format_optional_number (cp_need_get_requested_by_id (need));
      g_autofree char *expertise = join_skills (cp_need_get_expertise (need));
      g_autofree char *languages = join_skills (cp_need_get_languages (need));
      g_autofree char *length = g_strdup_printf ("%d", cp_need_get_length_days (need));

      append_tsv_field (line, id);
      append_tsv_field (line, partnership);
      append_tsv_field (line, requested_by);
      append_tsv_field (line, cp_need_get_description (need));
      append_tsv_field (line, expertise);
      append_tsv_field (line, languages);
      append_tsv_field (line, cp_need_get_starts_on (need));
      append_tsv_field (line, cp_need_get_ends_on (need));
      append_tsv_field (line, length);
      append_tsv_field (line, cp_enum_to_nick (CP_TYPE_NEED_STATUS, cp_need_get_status (need)));
      write_tsv_line (line);
    }
}

static void
print_needs_json (CpStore    *store,
                  GListModel *needs)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (needs); i++)
    {
      g_autoptr(CpNeed) need = g_list_model_get_item (needs, i);

      json_builder_begin_object (builder);
      add_json_id (builder, "id", cp_record_get_id (CP_RECORD (need)));
      add_json_id (builder, "partnership_id", cp_need_get_partnership_id (need));
      add_json_optional_number (builder, "requested_by_id", cp_need_get_requested_by_id (need));
      add_json_string (builder, "description", cp_need_get_description (need));
      add_json_strv (builder, "expertise", cp_need_get_expertise (need));
      add_json_strv (builder, "languages", cp_need_get_languages (need));
      add_json_string (builder, "starts_on", cp_need_get_starts_on (need));
      add_json_string (builder, "ends_on", cp_need_get_ends_on (need));
      json_builder_set_member_name (builder, "length_days");
      json_builder_add_int_value (builder, cp_need_get_length_days (need));
      add_json_string (builder, "status", cp_enum_to_nick (CP_TYPE_NEED_STATUS, cp_need_get_status (need)));
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
unknown_format (Invocation *invocation)
{
  /* Translators: “table”, “tsv” and “json” are the option's words: keep them */
  return usage_error (invocation->command, _("Unknown format “%s”: choose table, tsv or json."), invocation->format);
}

static GListModel *
list_needs (CpStore  *store,
            GError  **error)
{
  return cp_store_list_needs (store, 0, error);
}

typedef void (*PrintRecords) (CpStore    *store,
                              GListModel *records);

/* What “list” lists: the word on the command line, and how to load and print it. */
static const struct
{
  const char    *name;
  GListModel  *(*load) (CpStore  *store,
                        GError  **error);
  PrintRecords   print[3];  /* by OutputFormat */
} listings[] = {
  { "partnerships", cp_store_list_partnerships,
    { print_partnerships_table, print_partnerships_tsv, print_partnerships_json } },
  { "municipalities", cp_store_list_municipalities,
    { print_municipalities_table, print_municipalities_tsv, print_municipalities_json } },
  { "people", cp_store_list_people,
    { print_people_table, print_people_tsv, print_people_json } },
  { "needs", list_needs,
    { print_needs_table, print_needs_tsv, print_needs_json } },
};

static int
run_list (Invocation *invocation)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CpStore) store = NULL;
  g_autoptr(GListModel) records = NULL;
  const char *what = invocation->arguments[0];
  guint listing = G_N_ELEMENTS (listings);
  OutputFormat format;

  if (what == NULL)
    /* Translators: “partnerships”, “municipalities”, “people” and “needs” are the command's words: keep them */
    return usage_error (invocation->command, _("Say what to list: partnerships, municipalities, people or needs."));
  for (guint i = 0; i < G_N_ELEMENTS (listings); i++)
    if (g_str_equal (what, listings[i].name))
      listing = i;
  if (listing == G_N_ELEMENTS (listings))
    /* Translators: “partnerships”, “municipalities”, “people” and “needs” are the command's words: keep them */
    return usage_error (invocation->command, _("Cannot list “%s”: choose partnerships, municipalities, people or needs."), what);
  if (invocation->arguments[1] != NULL)
    return usage_error (invocation->command, _("Unexpected argument “%s”."), invocation->arguments[1]);
  if (!parse_format (invocation->format, &format))
    return unknown_format (invocation);

  if (!(store = open_workspace (invocation, &error)))
    return fail_with (error);
  if (!(records = listings[listing].load (store, &error)))
    return fail_with (error);

  listings[listing].print[format] (store, records);
  return finish_output ();
}

/* match */

static const char * const candidate_fields[] = {
  "person_id", "rank", "name", "score", "excluded", "reasons", NULL
};

/* One decimal and a point, whatever the locale: for the machine formats. */
static char *
format_score_c (double score)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.1f", score));
}

static void
print_candidates_table (CpNeed     *need,
                        GListModel *candidates)
{
  const char * const headings[] = {
    _("Rank"), _("Score"), _("ID"), _("Name"), _("Excluded"),
  };
  g_autoptr(Table) table = table_new (G_N_ELEMENTS (headings), (1 << 0) | (1 << 1) | (1 << 2), headings);
  g_autofree char *need_id = format_id (cp_record_get_id (CP_RECORD (need)));
  g_autofree char *title = NULL;

  /* Translators: the line above the ranking: the need's ID and its description */
  title = g_strdup_printf (_("Need %s: %s"), need_id, cp_need_get_description (need));
  g_print ("%s\n\n", g_strdelimit (title, "\t\r\n", ' '));

  for (guint i = 0; i < g_list_model_get_n_items (candidates); i++)
    {
      g_autoptr(CpCandidate) candidate = g_list_model_get_item (candidates, i);
      CpPerson *person = cp_candidate_get_person (candidate);

      table_take_cell (table, g_strdup_printf ("%u", cp_candidate_get_rank (candidate)));
      /* The terminal's own way with decimals: “87.5” or “87,5”. */
      table_take_cell (table, g_strdup_printf ("%.1f", cp_candidate_get_score (candidate)));
      table_take_cell (table, format_id (cp_record_get_id (CP_RECORD (person))));
      table_take_cell (table, g_strdup (cp_person_get_name (person)));
      /* Translators: in the “Excluded” column of a ranking: the person does not meet a requirement */
      table_take_cell (table, g_strdup (cp_candidate_get_excluded (candidate) ? _("yes") : ""));
      table_take_notes (table, 3, cp_candidate_dup_reasons (candidate));
    }
  table_print (table);
}

static void
print_candidates_tsv (GListModel *candidates)
{
  g_autoptr(GString) line = g_string_new (NULL);

  write_tsv_header (candidate_fields);
  for (guint i = 0; i < g_list_model_get_n_items (candidates); i++)
    {
      g_autoptr(CpCandidate) candidate = g_list_model_get_item (candidates, i);
      CpPerson *person = cp_candidate_get_person (candidate);
      g_autofree char *id = format_id (cp_record_get_id (CP_RECORD (person)));
      g_autofree char *rank = g_strdup_printf ("%u", cp_candidate_get_rank (candidate));
      g_autofree char *score = format_score_c (cp_candidate_get_score (candidate));
      g_auto(GStrv) reasons = cp_candidate_dup_reasons (candidate);
      g_autofree char *joined = reasons != NULL ? g_strjoinv ("; ", reasons) : g_strdup ("");

      append_tsv_field (line, id);
      append_tsv_field (line, rank);
      append_tsv_field (line, cp_person_get_name (person));
      append_tsv_field (line, score);
      append_tsv_field (line, cp_candidate_get_excluded (candidate) ? "true" : "false");
      append_tsv_field (line, joined);
      write_tsv_line (line);
    }
}

static void
print_candidates_json (GListModel *candidates)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (candidates); i++)
    {
      g_autoptr(CpCandidate) candidate = g_list_model_get_item (candidates, i);
      CpPerson *person = cp_candidate_get_person (candidate);
      g_auto(GStrv) reasons = cp_candidate_dup_reasons (candidate);

      json_builder_begin_object (builder);
      add_json_id (builder, "person_id", cp_record_get_id (CP_RECORD (person)));
      json_builder_set_member_name (builder, "rank");
      json_builder_add_int_value (builder, cp_candidate_get_rank (candidate));
      add_json_string (builder, "name", cp_person_get_name (person));
      add_json_string (builder, "kind", cp_enum_to_nick (CP_TYPE_PERSON_KIND, cp_person_get_kind (person)));
      /* Rounded as the other formats show it (scores are 0 or more). */
      json_builder_set_member_name (builder, "score");
      json_builder_add_double_value (builder, (gint64) (cp_candidate_get_score (candidate) * 10.0 + 0.5) / 10.0);
      add_json_boolean (builder, "excluded", cp_candidate_get_excluded (candidate));
      add_json_strv (builder, "reasons", (const char * const *) reasons);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  write_json (builder);
}

static int
run_match (Invocation *invocation)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CpStore) store = NULL;
  g_autoptr(CpNeed) need = NULL;
  g_autoptr(GListModel) candidates = NULL;
  g_autofree char *today = NULL;
  const char *text = invocation->arguments[0];
  gint64 need_id;
  OutputFormat format;

  if (text == NULL)
    /* Translators: “list needs” is a command: keep it */
    return usage_error (invocation->command, _("Say which need to match: give its ID, as “list needs” shows it."));
  if (!g_ascii_string_to_signed (text, 10, 1, G_MAXINT64, &need_id, NULL))
    /* Translators: “list needs” is a command: keep it */
    return usage_error (invocation->command, _("“%s” is not the ID of a need: give its number, as “list needs” shows it."),
                        text);
  if (invocation->arguments[1] != NULL)
    return usage_error (invocation->command, _("Unexpected argument “%s”."), invocation->arguments[1]);
  if (!parse_format (invocation->format, &format))
    return unknown_format (invocation);

  if (invocation->today == NULL)
    today = cp_partial_date_today ();
  else if (cp_validate_day (invocation->today, &error))
    today = g_strdup (invocation->today);
  else
    /* Translators: “--today” is the option; the second %s says how to write a day */
    return usage_error (invocation->command, _("“%s” is not a day for --today. %s"), invocation->today, error->message);

  if (!(store = open_workspace (invocation, &error)))
    return fail_with (error);

  if (!(need = cp_store_get_need (store, need_id, &error)))
    {
      if (g_error_matches (error, CP_STORE_ERROR, CP_STORE_ERROR_NOT_FOUND))
        {
          g_autofree char *id = format_id (need_id);

          /* Translators: the need's ID, then the workspace's file */
          print_error (_("There is no need with the ID %s in “%s”."), id, cp_store_get_path (store));
          return EXIT_FAILED;
        }
      return fail_with (error);
    }
  if (!(candidates = cp_store_rank_need (store, need_id, today, &error)))
    return fail_with (error);

  switch (format)
    {
    case FORMAT_TABLE:
      print_candidates_table (need, candidates);
      break;
    case FORMAT_TSV:
      print_candidates_tsv (candidates);
      break;
    case FORMAT_JSON:
      print_candidates_json (candidates);
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
  const GOptionEntry today_entries[] = {
    /* Translators: DATE is the placeholder of the option, as in “--today=DATE” */
    { "today", 0, 0, G_OPTION_ARG_STRING, &invocation->today,
      N_("Rank as on DATE (year-month-day) instead of today"), N_("DATE") },
    { NULL }
  };
  const GOptionEntry generate_entries[] = {
    /* Translators: N is the placeholder of the option, as in “--people=N” */
    { "people", 0, 0, G_OPTION_ARG_STRING, &invocation->people,
      N_("Make N people (default: 1000)"), N_("N") },
    { "partnerships", 0, 0, G_OPTION_ARG_STRING, &invocation->partnerships,
      N_("Make N partnerships (default: 20)"), N_("N") },
    { "needs", 0, 0, G_OPTION_ARG_STRING, &invocation->needs,
      N_("Make N needs of the partners (default: 50)"), N_("N") },
    /* Translators: S is the placeholder of the option, as in “--seed=S” */
    { "seed", 0, 0, G_OPTION_ARG_STRING, &invocation->seed,
      N_("Draw the data from seed S (default: 1); the same options give the same file"), N_("S") },
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
  if (command->options & OPTION_GENERATE)
    g_option_context_add_main_entries (context, generate_entries, GETTEXT_PACKAGE);
  if (command->options & OPTION_FORMAT)
    g_option_context_add_main_entries (context, format_entries, GETTEXT_PACKAGE);
  if (command->options & OPTION_TODAY)
    g_option_context_add_main_entries (context, today_entries, GETTEXT_PACKAGE);
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
