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
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "cp-enum-types.h"
#include "core/cp-i18n.h"
#include "core/cp-conditions.h"
#include "core/cp-funding-indicators.h"
#include "core/cp-ic-structure.h"
#include "core/cp-language.h"
#include "core/cp-money.h"
#include "core/cp-partial-date.h"
#include "core/cp-validate.h"
#include "exchange/cp-iati.h"
#include "exchange/cp-ical.h"
#include "exchange/cp-ledger-csv.h"
#include "report/cp-report-builder.h"
#include "report/cp-report-language.h"
#include "report/cp-report-odt.h"
#include "report/cp-report-pdf.h"
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
  OPTION_DATABASE   = 1 << 0,
  OPTION_OUTPUT     = 1 << 1,
  OPTION_FORMAT     = 1 << 2,
  OPTION_TODAY      = 1 << 3,
  OPTION_GENERATE   = 1 << 4,  /* the sizes and seed of a synthetic workspace */
  OPTION_EXPORT     = 1 << 5,  /* which visits, and the file to write them to */
  OPTION_CSV        = 1 << 6,  /* which year of the ledger, and its notation */
  OPTION_IMPORT     = 1 << 7,  /* the notation of the file, and a dry run */
  OPTION_YEAR       = 1 << 8,  /* which year to list */
  OPTION_JUDGE      = 1 << 9,  /* the year and day to judge, and the format */
  OPTION_CONDITIONS = 1 << 10, /* which own municipality or partnership */
  OPTION_STRUCTURES = 1 << 11, /* which partner, and side by side */
  OPTION_REPORT     = 1 << 12, /* which report, of what, in which language and format */
  OPTION_LANGUAGE   = 1 << 13, /* the language of an export's texts */
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
  char           *visit;  /* the IDs of export, as typed */
  char           *partnership;
  char           *year;  /* the options of the ledger, as typed */
  char           *delimiter;
  char           *decimal;
  char           *municipality;
  char           *type;  /* the options of report, as typed */
  char           *from_year;
  char           *language;
  gboolean        summary;
  gboolean        dry_run;
  gboolean        compare;
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
  g_clear_pointer (&invocation->visit, g_free);
  g_clear_pointer (&invocation->partnership, g_free);
  g_clear_pointer (&invocation->year, g_free);
  g_clear_pointer (&invocation->delimiter, g_free);
  g_clear_pointer (&invocation->decimal, g_free);
  g_clear_pointer (&invocation->municipality, g_free);
  g_clear_pointer (&invocation->type, g_free);
  g_clear_pointer (&invocation->from_year, g_free);
  g_clear_pointer (&invocation->language, g_free);
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

/* generate */

/* A synthetic workspace of any size, for benchmarks and for trying things out.
 * The same options always give the same file: every value is drawn from GRand,
 * nothing from the clock, and each kind of record draws from a stream of its own,
 * so that a kind added later leaves the records of the others as they were. Each
 * draw is a statement of its own (never two among a call's arguments, nor one in
 * MIN()), since the order in which arguments are evaluated is the compiler's. The
 * texts are English on purpose, like the sample's: they are data, not interface. */

#define GENERATE_DEFAULT_PEOPLE        1000
#define GENERATE_DEFAULT_PARTNERSHIPS  20
#define GENERATE_DEFAULT_NEEDS         50
#define GENERATE_DEFAULT_SEED          1
#define GENERATE_MAX_PEOPLE            1000000
#define GENERATE_MAX_PARTNERSHIPS      10000
#define GENERATE_MAX_NEEDS             1000000

/* Names of people, by where they live. */

static const char * const dutch_first_names[] = {
  "Anna", "Bram", "Daan", "Eva", "Femke", "Fleur", "Hanneke", "Ingrid", "Jeroen", "Joost",
  "Karin", "Kees", "Lotte", "Maarten", "Marieke", "Niels", "Noor", "Pieter", "Roos", "Ruud",
  "Sanne", "Thijs", "Wouter", "Yvonne", NULL
};
static const char * const dutch_last_names[] = {
  "de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
  "de Groot", "Bos", "Vos", "Peeters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit",
  "Dijkstra", "Maes", "van den Berg", "Kramer", "Verhoeven", "Schouten", "Janssens", NULL
};
static const char * const german_first_names[] = {
  "Anja", "Bernd", "Claudia", "Dieter", "Elke", "Frank", "Gisela", "Heike", "Jürgen", "Katrin",
  "Lukas", "Monika", "Norbert", "Petra", "Ralf", "Sabine", "Stefan", "Ute", "Wolfgang", "Jörg", NULL
};
static const char * const german_last_names[] = {
  "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
  "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
  "Schwarz", "Zimmermann", NULL
};
static const char * const swedish_first_names[] = {
  "Anders", "Astrid", "Björn", "Elin", "Erik", "Frida", "Gustav", "Ingrid", "Johan", "Karin",
  "Lars", "Linnea", "Magnus", "Maja", "Nils", "Sofia", "Stina", "Ulf", NULL
};
static const char * const swedish_last_names[] = {
  "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
  "Svensson", "Gustafsson", "Lindqvist", "Sjöberg", "Bergström", "Åberg", "Lindholm", NULL
};
static const char * const spanish_first_names[] = {
  "José", "María", "Carmen", "Juan", "Luis", "Rosa", "Ana", "Carlos", "Lucía", "Jorge", "Elena",
  "Miguel", "Patricia", "Raúl", "Sofía", "Javier", "Teresa", "Andrés", "Beatriz", "Fernando",
  "Marisol", "Wilfredo", "Yolanda", "Álvaro", NULL
};
static const char * const spanish_last_names[] = {
  "García", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Díaz", "Flores",
  "Torres", "Ramírez", "Castillo", "Rojas", "Vargas", "Mendoza", "Chávez", "Gutiérrez", "Núñez",
  "Ortega", "Espinoza", "Quispe", "Mamani", "Huamán", "Condori", NULL
};
static const char * const southern_african_first_names[] = {
  "Thabo", "Nomvula", "Pieter", "Annelie", "Sipho", "Lindiwe", "Johan", "Marietjie", "Themba",
  "Zanele", "Kobus", "Refilwe", "Willem", "Thandiwe", NULL
};
static const char * const southern_african_last_names[] = {
  "van der Merwe", "Botha", "Nkosi", "Dlamini", "Pretorius", "Mokoena", "du Plessis", "Khumalo",
  "Steyn", "Ndlovu", "Venter", "Mahlangu", "Jacobs", "Fourie", NULL
};
static const char * const ghanaian_first_names[] = {
  "Kwame", "Ama", "Kofi", "Akosua", "Yaw", "Abena", "Kwabena", "Efua", "Kojo", "Adwoa", "Kwesi",
  "Esi", NULL
};
static const char * const ghanaian_last_names[] = {
  "Mensah", "Owusu", "Boateng", "Asante", "Osei", "Appiah", "Ofori", "Agyeman", "Darko", "Amoah",
  "Sarpong", "Adjei", NULL
};
static const char * const mozambican_first_names[] = {
  "João", "Maria", "Alberto", "Graça", "Armando", "Célia", "Fernando", "Luísa", "Isabel",
  "Teodoro", "Júlia", "Custódio", NULL
};
static const char * const mozambican_last_names[] = {
  "Machava", "Cossa", "Sitoe", "Macuácua", "Tembe", "Nhantumbo", "Manjate", "Mabunda", "Langa",
  "Muianga", "Bila", "Chambal", NULL
};

/* Names of towns: a start and an end, which make up fictional ones. */

static const char * const dutch_town_starts[] = {
  "Zuider", "Ooster", "Wester", "Noorder", "Hooge", "Lange", "Bree", "Ever", "Wolde", "Heer", NULL
};
static const char * const dutch_town_ends[] = {
  "veen", "wijk", "dam", "hoven", "broek", "meer", "horst", "zand", "kerk", "dijk", NULL
};
static const char * const german_town_starts[] = {
  "Alten", "Neu", "Ober", "Linden", "Rosen", "Tann", "Eich", "Falken", "Stein", "Wald", NULL
};
static const char * const german_town_ends[] = {
  "berg", "feld", "hausen", "dorf", "bach", "au", "heim", "stadt", "burg", "hagen", NULL
};
static const char * const flemish_town_starts[] = {
  "Ooste", "Kessel", "Meer", "Wervel", "Beve", "Lier", "Halle", "Zotte", "Ronse", "Ede", NULL
};
static const char * const flemish_town_ends[] = {
  "gem", "hout", "beke", "lo", "zele", "ghem", "kerke", "dries", "bos", "rode", NULL
};
static const char * const swedish_town_starts[] = {
  "Björk", "Lind", "Sjö", "Ek", "Hag", "Ström", "Berg", "Gran", "Äng", "Vall", NULL
};
static const char * const swedish_town_ends[] = {
  "holm", "köping", "vik", "by", "sund", "torp", "dal", "näs", "ås", "hamn", NULL
};
static const char * const spanish_town_starts[] = {
  "Villanueva", "Torrealba", "Fuentesanta", "Castrillo", "Valdeolmos", "Puebla", "Almedina",
  "Navalcruz", "Robledillo", "Monteagudo", NULL
};
static const char * const spanish_town_ends[] = {
  " del Campo", " de la Sierra", " del Río", " de Arriba", " de los Olivos", " de Segura",
  " del Monte", " de la Vega", " de Abajo", " del Pinar", NULL
};
static const char * const peruvian_town_starts[] = {
  "San Juan", "Santa Rosa", "Villa María", "San Pedro", "Huancapampa", "Chacrasana", "Pucará",
  "Ayllumarca", "Santa Lucía", "Antapampa", NULL
};
static const char * const peruvian_town_ends[] = {
  " de Lurín", " de Huaylas", " del Triunfo", " de Chupaca", " de Ocros", " Alto",
  " de Cajabamba", " del Mar", " de Tambo", " Bajo", NULL
};
static const char * const nicaraguan_town_starts[] = {
  "San Rafael", "Villa Nueva", "El Sauce", "San Isidro", "Santa Teresa", "La Concordia",
  "San Lorenzo", "El Jícaro", "Santo Tomás", "La Trinidad", NULL
};
static const char * const nicaraguan_town_ends[] = {
  " del Norte", " del Sur", " de Carazo", " de Oriente", " de la Cruz", " Centro",
  " de los Pueblos", " del Lago", " de Boaco", " del Valle", NULL
};
static const char * const bolivian_town_starts[] = {
  "Villa", "Puerto", "San Pablo", "Santa Cruz", "Villa Rica", "Colque", "Pampa", "Ayllu",
  "Monte", "Cerro", NULL
};
static const char * const bolivian_town_ends[] = {
  " de Lípez", " del Chapare", " de Mizque", " Grande", " Verde", " de Tarija", " del Valle",
  " de Yungas", " Azul", " de Oruro", NULL
};
static const char * const south_african_town_starts[] = {
  "Fontein", "Riet", "Klip", "Mooi", "Bloem", "Wit", "Kwa", "Umzi", "Eben", "Rivier", NULL
};
static const char * const south_african_town_ends[] = {
  "dal", "spruit", "rivier", "kop", "stad", "berg", "sdorp", "ville", "hoek", "kraal", NULL
};
static const char * const ghanaian_town_starts[] = {
  "Asa", "Nkwa", "Ofori", "Akwa", "Bono", "Sefwi", "Ada", "Kwae", "Agona", "Nsu", NULL
};
static const char * const ghanaian_town_ends[] = {
  "krom", "man", "dua", "pong", "so", "se", "bibi", "ase", "kope", "tia", NULL
};
static const char * const mozambican_town_starts[] = {
  "Vila", "São Tomé", "Santa Luzia", "Nova", "Ponta", "Porto", "Monte", "Rio", "Campo", "Baía", NULL
};
static const char * const mozambican_town_ends[] = {
  " do Norte", " de Inhassoro", " da Costa", " Alegre", " Verde", " do Limpopo", " de Gaza",
  " Grande", " do Sol", " da Zambézia", NULL
};
static const char * const surinamese_town_starts[] = {
  "Nieuw", "Groot", "Klein", "Boven", "Beneden", "Oud", "Hoog", "Lage", "Wester", "Ooster", NULL
};
static const char * const surinamese_town_ends[] = {
  " Nickerie", " Commewijne", " Coronie", " Saramacca", " Wanica", " Para", " Marowijne",
  " Brokopondo", " Lelydorp", " Tapanahony", NULL
};

typedef struct
{
  const char          *code;
  const char          *time_zone;
  gboolean             north;
  const char          *language;  /* spoken by all, from generate_languages; NULL for none of them */
  const char * const  *town_starts;
  const char * const  *town_ends;
  const char * const  *first_names;
  const char * const  *last_names;
} GenerateCountry;

static const GenerateCountry generate_countries[] = {
  { "NL", "Europe/Amsterdam", TRUE, "nl",
    dutch_town_starts, dutch_town_ends, dutch_first_names, dutch_last_names },
  { "DE", "Europe/Berlin", TRUE, "de",
    german_town_starts, german_town_ends, german_first_names, german_last_names },
  { "BE", "Europe/Brussels", TRUE, "nl",
    flemish_town_starts, flemish_town_ends, dutch_first_names, dutch_last_names },
  { "SE", "Europe/Stockholm", TRUE, NULL,
    swedish_town_starts, swedish_town_ends, swedish_first_names, swedish_last_names },
  { "ES", "Europe/Madrid", TRUE, "es",
    spanish_town_starts, spanish_town_ends, spanish_first_names, spanish_last_names },
  { "PE", "America/Lima", FALSE, "es",
    peruvian_town_starts, peruvian_town_ends, spanish_first_names, spanish_last_names },
  { "NI", "America/Managua", FALSE, "es",
    nicaraguan_town_starts, nicaraguan_town_ends, spanish_first_names, spanish_last_names },
  { "BO", "America/La_Paz", FALSE, "es",
    bolivian_town_starts, bolivian_town_ends, spanish_first_names, spanish_last_names },
  { "ZA", "Africa/Johannesburg", FALSE, "af",
    south_african_town_starts, south_african_town_ends, southern_african_first_names, southern_african_last_names },
  { "GH", "Africa/Accra", FALSE, "en",
    ghanaian_town_starts, ghanaian_town_ends, ghanaian_first_names, ghanaian_last_names },
  { "MZ", "Africa/Maputo", FALSE, "pt",
    mozambican_town_starts, mozambican_town_ends, mozambican_first_names, mozambican_last_names },
  { "SR", "America/Paramaribo", FALSE, "nl",
    surinamese_town_starts, surinamese_town_ends, dutch_first_names, dutch_last_names },
};

static const char * const generate_languages[] = { "es", "en", "nl", "fr", "pt", "af", "de", NULL };

/* The departments of a municipality, and the area of expertise each is about. */
static const struct
{
  const char *name;
  const char *area;
} generate_departments[] = {
  { "Finance", "financial-management" },
  { "Environment and Waste", "environment-waste" },
  { "Urban Planning", "urban-planning" },
  { "Housing", "housing" },
  { "Citizen Participation", "public-participation" },
  { "Economic Affairs", "local-economic-development" },
  { "Water and Sanitation", "water-sanitation" },
  { "Information Management", "information-management" },
  { "Human Resources", "human-resources" },
  { "Education", "education" },
  { "Culture and Heritage", "culture" },
  { "Public Health", "health" },
  { "Public Works", "public-works" },
  { "Social Affairs", "gender" },
  { "International Affairs", "institutional-strengthening" },
};

/* The built-in areas in words, for the texts of needs and themes. */
static const struct
{
  const char *key;
  const char *words;
} generate_area_words[] = {
  { "financial-management", "financial management" },
  { "environment-waste", "environmental and waste management" },
  { "urban-planning", "urban and spatial planning" },
  { "housing", "housing" },
  { "public-participation", "public participation" },
  { "performance-management", "performance management" },
  { "local-economic-development", "local economic development" },
  { "tourism", "tourism" },
  { "water-sanitation", "water and sanitation" },
  { "information-management", "information management" },
  { "human-resources", "human resources" },
  { "education", "education" },
  { "culture", "culture" },
  { "health", "health" },
  { "institutional-strengthening", "institutional strengthening" },
  { "public-works", "infrastructure and public works" },
  { "gender", "gender" },
};

static const char * const staff_positions[] = {
  "Policy officer", "Senior policy adviser", "Project manager", "Head of department", "Team leader",
  "Specialist", "Engineer", "Programme coordinator", "Adviser", "Director", NULL
};
static const char * const politician_positions[] = {
  "Mayor", "Alderman", "Alderman", "Councillor", "Councillor", "Councillor", NULL
};
static const char * const volunteer_positions[] = { "Volunteer", "Board member", "Treasurer", NULL };
static const char * const consultant_positions[] = { "Consultant", "Senior consultant", "Associate", NULL };
static const char * const consultancy_suffixes[] = { " Consultancy", " & Partners", " Advisory", NULL };

/* A need's description: BEFORE area BETWEEN town. */
static const struct
{
  const char *before;
  const char *between;
} need_descriptions[] = {
  { "Advisory visit on ", " to " },
  { "Training of municipal staff in ", " in " },
  { "Review of the plan for ", " of " },
  { "Peer exchange on ", " with " },
  { "Technical support for ", " in " },
  { "Mentoring of the team for ", " of " },
};

static const char * const selection_rationales[] = {
  "Expertise and earlier work with the partner.",
  "Speaks the partner’s language and knows the field.",
  "Free for the whole period, with the right expertise.",
  "Recommended by the partner after the last visit.",
  NULL
};

static const char * const partnership_theme_words[] = {
  "municipal finance", "waste management", "urban planning", "social housing", "citizen participation",
  "local economic development", "water and sanitation", "education", "culture", "public health",
  "institutional strengthening", "youth exchanges", "awareness raising", "gender", NULL
};

/* Drawing */

/* From @low to @high, both included. */
static int
rand_between (GRand *rand,
              int    low,
              int    high)
{
  return g_rand_int_range (rand, low, high + 1);
}

static gboolean
rand_percent (GRand *rand,
              int    percent)
{
  return g_rand_int_range (rand, 0, 100) < percent;
}

static const char *
rand_pick (GRand              *rand,
           const char * const *strv)
{
  return strv[g_rand_int_range (rand, 0, g_strv_length ((char **) strv))];
}

/* An index into @weights, each as likely as its weight. */
static guint
rand_weighted (GRand     *rand,
               const int *weights,
               guint      n_weights)
{
  int total = 0;
  int draw;

  for (guint i = 0; i < n_weights; i++)
    total += weights[i];
  draw = g_rand_int_range (rand, 0, total);
  for (guint i = 0; i < n_weights; i++)
    {
      if (draw < weights[i])
        return i;
      draw -= weights[i];
    }
  return n_weights - 1;
}

/* Fills @chosen, which holds @n_chosen distinct indexes below @n_items already,
 * with more up to @n of them (or all there are); returns how many it holds. */
static guint
draw_distinct (GRand *rand,
               guint  n_items,
               guint  n,
               guint *chosen,
               guint  n_chosen)
{
  n = MIN (n, n_items);
  while (n_chosen < n)
    {
      guint item = g_rand_int_range (rand, 0, n_items);
      gboolean taken = FALSE;

      for (guint i = 0; i < n_chosen; i++)
        taken |= chosen[i] == item;
      if (!taken)
        chosen[n_chosen++] = item;
    }
  return n_chosen;
}

static guint32
julian_day (int year,
            int month,
            int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

static char *
format_julian_day (guint32 julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
}

static gint64
rand_id (GRand  *rand,
         GArray *ids)
{
  return g_array_index (ids, gint64, g_rand_int_range (rand, 0, ids->len));
}

/* @text in lower-case ASCII letters and digits, for e-mail addresses. */
static void
append_slug (GString    *slug,
             const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text, "C");

  for (const char *p = ascii; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (slug, g_ascii_tolower (*p));
}

/* g_strv_builder_take() is newer than GLib 2.74. */
static void
builder_take (GStrvBuilder *builder,
              char         *text)
{
  g_strv_builder_add (builder, text);
  g_free (text);
}

static const char *
area_words (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (generate_area_words); i++)
    if (g_str_equal (generate_area_words[i].key, key))
      return generate_area_words[i].words;
  return key;
}

/* The generator's state: what the records drawn so far are, for the next kinds. */

typedef struct
{
  CpMunicipality         *record;
  const GenerateCountry  *country;
  GArray                 *staff;        /* gint64: own or partner staff there */
  GArray                 *politicians;  /* gint64 */
} GenerateMunicipality;

typedef struct
{
  gint64  id;
  guint   north;  /* an index into Generator.north */
  guint   south;  /* an index into Generator.south */
} GeneratePartnership;

typedef struct
{
  gint64        id;
  guint         partnership;  /* an index into Generator.partnerships */
  guint32       starts_on;    /* a Julian day */
  CpNeedStatus  status;
} GenerateNeed;

typedef struct
{
  CpStore    *store;
  guint       n_people;
  guint       n_partnerships;
  guint       n_needs;
  guint32     seed;

  GPtrArray  *north;         /* GenerateMunicipality: own municipalities */
  GPtrArray  *south;         /* GenerateMunicipality: partners, one a partnership */
  GHashTable *town_names;
  GArray     *partnerships;  /* GeneratePartnership */
  GArray     *people;        /* gint64 */
  GArray     *own_staff;     /* gint64 */
  GArray     *politicians;   /* gint64 */
  GArray     *needs;         /* GenerateNeed */
} Generator;

static void
generate_municipality_free (GenerateMunicipality *municipality)
{
  g_object_unref (municipality->record);
  g_array_unref (municipality->staff);
  g_array_unref (municipality->politicians);
  g_free (municipality);
}

static void
generator_init (Generator *gen,
                CpStore   *store)
{
  gen->store = store;
  gen->north = g_ptr_array_new_with_free_func ((GDestroyNotify) generate_municipality_free);
  gen->south = g_ptr_array_new_with_free_func ((GDestroyNotify) generate_municipality_free);
  gen->town_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gen->partnerships = g_array_new (FALSE, FALSE, sizeof (GeneratePartnership));
  gen->people = g_array_new (FALSE, FALSE, sizeof (gint64));
  gen->own_staff = g_array_new (FALSE, FALSE, sizeof (gint64));
  gen->politicians = g_array_new (FALSE, FALSE, sizeof (gint64));
  gen->needs = g_array_new (FALSE, FALSE, sizeof (GenerateNeed));
}

static void
generator_clear (Generator *gen)
{
  g_clear_pointer (&gen->north, g_ptr_array_unref);
  g_clear_pointer (&gen->south, g_ptr_array_unref);
  g_clear_pointer (&gen->town_names, g_hash_table_unref);
  g_clear_pointer (&gen->partnerships, g_array_unref);
  g_clear_pointer (&gen->people, g_array_unref);
  g_clear_pointer (&gen->own_staff, g_array_unref);
  g_clear_pointer (&gen->politicians, g_array_unref);
  g_clear_pointer (&gen->needs, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Generator, generator_clear)

/* Municipalities: a few of our own in the North, one partner in the South for
 * each partnership. */

static char *
draw_town_name_once (GRand                 *rand,
                     const GenerateCountry *country)
{
  const char *start = rand_pick (rand, country->town_starts);
  const char *end = rand_pick (rand, country->town_ends);

  return g_strconcat (start, end, NULL);
}

static char *
draw_town_name (Generator             *gen,
                GRand                 *rand,
                const GenerateCountry *country)
{
  char *name = NULL;

  for (guint attempt = 0; attempt < 20 && name == NULL; attempt++)
    {
      name = draw_town_name_once (rand, country);
      if (g_hash_table_contains (gen->town_names, name))
        g_clear_pointer (&name, g_free);
    }
  /* So many towns that the names run out: number them. */
  for (guint n = 2; name == NULL; n++)
    {
      g_autofree char *base = draw_town_name_once (rand, country);

      name = g_strdup_printf ("%s %u", base, n);
      if (g_hash_table_contains (gen->town_names, name))
        g_clear_pointer (&name, g_free);
    }
  g_hash_table_add (gen->town_names, g_strdup (name));
  return name;
}

static gboolean
generate_municipality (Generator  *gen,
                       GRand      *rand,
                       gboolean    north,
                       GError    **error)
{
  const GenerateCountry *country;
  g_autofree char *name = NULL;
  GenerateMunicipality *municipality;
  guint n_countries = 0;
  guint choice;
  gint64 thousands;
  int year;

  /* A country of the right half of the world. */
  for (guint i = 0; i < G_N_ELEMENTS (generate_countries); i++)
    n_countries += generate_countries[i].north == north;
  choice = g_rand_int_range (rand, 0, n_countries);
  for (country = generate_countries; country->north != north || choice-- > 0; country++)
    ;

  name = draw_town_name (gen, rand, country);
  thousands = north ? rand_between (rand, 15, 900) : rand_between (rand, 20, 2000);
  year = rand_between (rand, 2015, 2024);
  municipality = g_new0 (GenerateMunicipality, 1);
  municipality->country = country;
  municipality->staff = g_array_new (FALSE, FALSE, sizeof (gint64));
  municipality->politicians = g_array_new (FALSE, FALSE, sizeof (gint64));
  municipality->record = g_object_new (CP_TYPE_MUNICIPALITY,
                                       "name", name,
                                       "country", country->code,
                                       "population", thousands * 1000,
                                       "population-year", year,
                                       "time-zone", country->time_zone,
                                       "is-own", north,
                                       NULL);
  g_ptr_array_add (north ? gen->north : gen->south, municipality);
  return cp_store_save_municipality (gen->store, municipality->record, error);
}

static gboolean
generate_municipalities (Generator  *gen,
                         GRand      *rand,
                         GError    **error)
{
  /* Like the study's cities, each of ours has several partners. */
  guint n_north = MAX (1, (gen->n_partnerships + 3) / 4);

  for (guint i = 0; i < n_north; i++)
    if (!generate_municipality (gen, rand, TRUE, error))
      return FALSE;
  for (guint i = 0; i < gen->n_partnerships; i++)
    if (!generate_municipality (gen, rand, FALSE, error))
      return FALSE;
  return TRUE;
}

/* Partnerships: one of ours and one partner each. */

static gboolean
generate_partnerships (Generator  *gen,
                       GRand      *rand,
                       GError    **error)
{
  static const int kind_weights[] = {
    [CP_PARTNERSHIP_KIND_FORMAL] = 60, [CP_PARTNERSHIP_KIND_FRIENDSHIP] = 15,
    [CP_PARTNERSHIP_KIND_CONTACT] = 10, [CP_PARTNERSHIP_KIND_PROJECT] = 15,
  };
  static const int status_weights[] = {
    [CP_PARTNERSHIP_STATUS_EXPLORING] = 10, [CP_PARTNERSHIP_STATUS_ACTIVE] = 65,
    [CP_PARTNERSHIP_STATUS_DORMANT] = 15, [CP_PARTNERSHIP_STATUS_ENDED] = 10,
  };
  guint n_motives = cp_enum_count (CP_TYPE_MOTIVE);
  guint n_origins = cp_enum_count (CP_TYPE_INITIATIVE_ORIGIN);

  for (guint i = 0; i < gen->n_partnerships; i++)
    {
      /* Each of ours gets a partner first, then they are drawn. */
      GeneratePartnership drawn = { 0, i < gen->north->len ? i : (guint) g_rand_int_range (rand, 0, gen->north->len), i };
      GenerateMunicipality *north = g_ptr_array_index (gen->north, drawn.north);
      GenerateMunicipality *south = g_ptr_array_index (gen->south, drawn.south);
      g_autoptr(CpPartnership) partnership = cp_partnership_new ();
      g_autoptr(GPtrArray) parties = g_ptr_array_new ();
      g_autoptr(GStrvBuilder) motives = g_strv_builder_new ();
      g_autoptr(GStrvBuilder) themes = g_strv_builder_new ();
      g_auto(GStrv) motive_list = NULL;
      g_auto(GStrv) theme_list = NULL;
      g_autofree char *first_contact = NULL;
      g_autofree char *agreement = NULL;
      g_autofree char *since = NULL;
      g_autofree char *description = NULL;
      CpPartnershipStatus status = rand_weighted (rand, status_weights, G_N_ELEMENTS (status_weights));
      int first_year = rand_between (rand, 1975, 2015);
      gboolean approximate = rand_percent (rand, 30);
      CpPartnershipKind kind = rand_weighted (rand, kind_weights, G_N_ELEMENTS (kind_weights));
      CpInitiativeOrigin origin = g_rand_int_range (rand, 0, n_origins);
      guint chosen[3];
      guint n_chosen;

      n_chosen = draw_distinct (rand, n_motives, rand_between (rand, 1, 3), chosen, 0);
      for (guint j = 0; j < n_chosen; j++)
        g_strv_builder_add (motives, cp_enum_to_nick (CP_TYPE_MOTIVE, chosen[j]));
      n_chosen = draw_distinct (rand, g_strv_length ((char **) partnership_theme_words), rand_between (rand, 2, 3),
                                chosen, 0);
      for (guint j = 0; j < n_chosen; j++)
        g_strv_builder_add (themes, partnership_theme_words[chosen[j]]);
      motive_list = g_strv_builder_end (motives);
      theme_list = g_strv_builder_end (themes);

      first_contact = approximate ? g_strdup_printf ("%d", first_year)
                                  : g_strdup_printf ("%d-%02d", first_year, rand_between (rand, 1, 12));
      if (rand_percent (rand, 70))
        {
          int year = first_year + rand_between (rand, 1, 6);
          int month = rand_between (rand, 1, 12);
          int day = rand_between (rand, 1, 28);

          agreement = g_strdup_printf ("%d-%02d-%02d", year, month, day);
        }
      if (status == CP_PARTNERSHIP_STATUS_ACTIVE && agreement != NULL)
        since = g_strdup (agreement);
      else
        since = g_strdup_printf ("%d", rand_between (rand, first_year + 1, 2025));
      description = g_strdup_printf ("A synthetic partnership (counterpart-cli generate, seed %u).", gen->seed);

      g_ptr_array_add (parties, north->record);
      g_ptr_array_add (parties, south->record);
      cp_partnership_set_parties (partnership, parties);
      g_object_set (partnership,
                    "kind", kind,
                    "status", status,
                    "status-since", since,
                    "initiative-origin", origin,
                    "motives", motive_list,
                    "themes", theme_list,
                    "first-contact", first_contact,
                    "first-contact-approximate", approximate,
                    "agreement-date", agreement != NULL ? agreement : "",
                    "description", description,
                    NULL);
      if (!cp_store_save_partnership (gen->store, partnership, error))
        return FALSE;
      drawn.id = cp_record_get_id (CP_RECORD (partnership));
      g_array_append_val (gen->partnerships, drawn);
    }
  return TRUE;
}

/* People: mostly our own staff, some of the partners', politicians, volunteers
 * and consultants. */

static char **
draw_languages (GRand                 *rand,
                const GenerateCountry *country)
{
  static const int level_weights[] = {
    [CP_CEFR_LEVEL_A1] = 5, [CP_CEFR_LEVEL_A2] = 15, [CP_CEFR_LEVEL_B1] = 25,
    [CP_CEFR_LEVEL_B2] = 30, [CP_CEFR_LEVEL_C1] = 20, [CP_CEFR_LEVEL_C2] = 5,
  };
  g_autoptr(GStrvBuilder) skills = g_strv_builder_new ();
  const char *chosen[3] = { NULL };
  guint n = rand_between (rand, 1, 3);

  for (guint i = 0; i < n; i++)
    {
      const char *code;
      CpCefrLevel level;
      gboolean taken;

      if (i == 0 && country->language != NULL)
        {
          code = country->language;
          level = CP_CEFR_LEVEL_C2;
        }
      else
        {
          /* English first, more often than not. */
          code = i <= 1 && rand_percent (rand, 60) ? "en" : rand_pick (rand, generate_languages);
          level = rand_weighted (rand, level_weights, G_N_ELEMENTS (level_weights));
        }
      taken = FALSE;
      for (guint j = 0; j < i; j++)
        taken |= g_strcmp0 (chosen[j], code) == 0;
      if (taken)
        continue;
      chosen[i] = code;
      builder_take (skills, cp_language_skill_new (code, level));
    }
  return g_strv_builder_end (skills);
}

static char **
draw_expertise (GRand      *rand,
                const char *first_area)
{
  static const int count_weights[] = { 30, 35, 25, 10 };  /* 1 to 4 areas */
  const char * const *areas = cp_expertise_builtin_keys ();
  guint n_areas = g_strv_length ((char **) areas);
  g_autoptr(GStrvBuilder) skills = g_strv_builder_new ();
  guint chosen[G_N_ELEMENTS (count_weights)];
  guint n = 1 + rand_weighted (rand, count_weights, G_N_ELEMENTS (count_weights));
  guint n_first = 0;
  guint n_chosen;

  /* The department's own area first, and at least at the working level. */
  for (guint i = 0; first_area != NULL && n_first == 0 && i < n_areas; i++)
    if (g_str_equal (areas[i], first_area))
      chosen[n_first++] = i;
  n_chosen = draw_distinct (rand, n_areas, n, chosen, n_first);
  for (guint i = 0; i < n_chosen; i++)
    builder_take (skills, cp_expertise_skill_new (areas[chosen[i]],
                                                  rand_between (rand, i < n_first ? CP_EXPERTISE_LEVEL_WORKING
                                                                                  : CP_EXPERTISE_LEVEL_BASIC,
                                                                CP_EXPERTISE_LEVEL_EXPERT)));
  return g_strv_builder_end (skills);
}

static gboolean
generate_people (Generator  *gen,
                 GRand      *rand,
                 GError    **error)
{
  static const int kind_weights[] = {
    [CP_PERSON_KIND_OWN_STAFF] = 60, [CP_PERSON_KIND_PARTNER_STAFF] = 20, [CP_PERSON_KIND_POLITICIAN] = 8,
    [CP_PERSON_KIND_VOLUNTEER] = 7, [CP_PERSON_KIND_CONSULTANT] = 5,
  };

  for (guint i = 0; i < gen->n_people; i++)
    {
      CpPersonKind kind = rand_weighted (rand, kind_weights, G_N_ELEMENTS (kind_weights));
      GenerateMunicipality *municipality = NULL;
      const GenerateCountry *country;
      g_autoptr(CpPerson) person = NULL;
      g_autoptr(GString) email = g_string_new (NULL);
      g_auto(GStrv) languages = NULL;
      g_auto(GStrv) expertise = NULL;
      g_autofree char *name = NULL;
      g_autofree char *organisation = NULL;
      const char *first_name, *last_name;
      const char *department = "";
      const char *first_area = NULL;
      const char *position;
      gboolean regional, intercultural;
      gint64 id;

      if (kind == CP_PERSON_KIND_PARTNER_STAFF)
        municipality = g_ptr_array_index (gen->south, g_rand_int_range (rand, 0, gen->south->len));
      else if (kind != CP_PERSON_KIND_CONSULTANT)
        municipality = g_ptr_array_index (gen->north, g_rand_int_range (rand, 0, gen->north->len));
      if (municipality != NULL)
        country = municipality->country;
      else
        {
          /* Consultants belong to no municipality: they come from the North. */
          GenerateMunicipality *near = g_ptr_array_index (gen->north, g_rand_int_range (rand, 0, gen->north->len));

          country = near->country;
        }

      first_name = rand_pick (rand, country->first_names);
      last_name = rand_pick (rand, country->last_names);
      name = g_strconcat (first_name, " ", last_name, NULL);

      switch (kind)
        {
        case CP_PERSON_KIND_OWN_STAFF:
        case CP_PERSON_KIND_PARTNER_STAFF:
          {
            guint d = g_rand_int_range (rand, 0, G_N_ELEMENTS (generate_departments));

            department = generate_departments[d].name;
            first_area = generate_departments[d].area;
            position = rand_pick (rand, staff_positions);
            organisation = g_strconcat ("Municipality of ", cp_municipality_get_name (municipality->record), NULL);
          }
          break;
        case CP_PERSON_KIND_POLITICIAN:
          position = rand_pick (rand, politician_positions);
          organisation = g_strconcat ("Municipality of ", cp_municipality_get_name (municipality->record), NULL);
          break;
        case CP_PERSON_KIND_VOLUNTEER:
          position = rand_pick (rand, volunteer_positions);
          organisation = g_strconcat ("Twinning Foundation ", cp_municipality_get_name (municipality->record), NULL);
          break;
        case CP_PERSON_KIND_CONSULTANT:
        default:
          position = rand_pick (rand, consultant_positions);
          organisation = g_strconcat (last_name, rand_pick (rand, consultancy_suffixes), NULL);
          break;
        }

      /* first.last@town.example; volunteers give none. */
      if (kind != CP_PERSON_KIND_VOLUNTEER)
        {
          append_slug (email, first_name);
          g_string_append_c (email, '.');
          append_slug (email, last_name);
          g_string_append_c (email, '@');
          append_slug (email, municipality != NULL ? cp_municipality_get_name (municipality->record) : organisation);
          g_string_append (email, ".example");
        }

      languages = draw_languages (rand, country);
      expertise = draw_expertise (rand, first_area);
      regional = kind == CP_PERSON_KIND_PARTNER_STAFF ||
                 rand_percent (rand, kind == CP_PERSON_KIND_CONSULTANT ? 50 : 20);
      intercultural = rand_percent (rand, kind == CP_PERSON_KIND_CONSULTANT ? 60 : 30);

      person = g_object_new (CP_TYPE_PERSON,
                             "name", name,
                             "kind", kind,
                             "municipality-id",
                             municipality != NULL ? cp_record_get_id (CP_RECORD (municipality->record)) : 0,
                             "organisation", organisation,
                             "department", department,
                             "position", position,
                             "email", email->str,
                             "languages", languages,
                             "expertise", expertise,
                             "regional-experience", regional,
                             "intercultural-experience", intercultural,
                             NULL);
      if (!cp_store_save (gen->store, CP_RECORD (person), error))
        return FALSE;

      id = cp_record_get_id (CP_RECORD (person));
      g_array_append_val (gen->people, id);
      if (kind == CP_PERSON_KIND_OWN_STAFF)
        {
          g_array_append_val (gen->own_staff, id);
          g_array_append_val (municipality->staff, id);
        }
      else if (kind == CP_PERSON_KIND_POLITICIAN)
        {
          g_array_append_val (gen->politicians, id);
          g_array_append_val (municipality->politicians, id);
        }
      else if (kind == CP_PERSON_KIND_PARTNER_STAFF)
        g_array_append_val (municipality->staff, id);
    }
  return TRUE;
}

/* Availability: none, one or two periods in 2026–2027. */

static gboolean
save_availability (Generator  *gen,
                   gint64      person_id,
                   guint32     starts_on,
                   guint32     ends_on,
                   GError    **error)
{
  g_autoptr(CpAvailability) availability = cp_availability_new (person_id);
  g_autofree char *start = format_julian_day (starts_on);
  g_autofree char *end = format_julian_day (ends_on);

  g_object_set (availability, "starts-on", start, "ends-on", end, NULL);
  return cp_store_save (gen->store, CP_RECORD (availability), error);
}

static gboolean
generate_availability (Generator  *gen,
                       GRand      *rand,
                       GError    **error)
{
  static const int count_weights[] = { 40, 40, 20 };
  guint32 first = julian_day (2026, 1, 1);
  guint32 last = julian_day (2027, 12, 31);

  for (guint i = 0; i < gen->people->len; i++)
    {
      gint64 person_id = g_array_index (gen->people, gint64, i);
      guint n = rand_weighted (rand, count_weights, G_N_ELEMENTS (count_weights));
      guint32 start = first + g_rand_int_range (rand, 0, julian_day (2027, 7, 1) - first);

      for (guint j = 0; j < n && start <= last; j++)
        {
          guint32 end = start + rand_between (rand, 14, 120);

          end = MIN (end, last);

          if (!save_availability (gen, person_id, start, end, error))
            return FALSE;
          start = end + rand_between (rand, 14, 90);
        }
    }
  return TRUE;
}

/* Key roles: in each partnership a coordinator, a political role and technical
 * experts, mostly from our municipality in it; some roles changed hands. */

static gint64
draw_holder (GRand   *rand,
             GArray  *local,
             GArray  *anywhere,
             GArray  *everyone)
{
  if (local->len > 0 && rand_percent (rand, 90))
    return rand_id (rand, local);
  if (anywhere->len > 0)
    return rand_id (rand, anywhere);
  return everyone->len > 0 ? rand_id (rand, everyone) : 0;
}

static gboolean
save_key_role (Generator      *gen,
               gint64          partnership_id,
               gint64          person_id,
               CpKeyRoleKind   role,
               const char     *starts_on,
               const char     *ends_on,
               GError        **error)
{
  g_autoptr(CpKeyRole) key_role = cp_key_role_new (partnership_id);

  g_object_set (key_role, "person-id", person_id, "role", role, "starts-on", starts_on, "ends-on", ends_on, NULL);
  return cp_store_save (gen->store, CP_RECORD (key_role), error);
}

static gboolean
generate_key_roles (Generator  *gen,
                    GRand      *rand,
                    GError    **error)
{
  if (gen->people->len == 0)
    return TRUE;

  for (guint i = 0; i < gen->partnerships->len; i++)
    {
      const GeneratePartnership *partnership = &g_array_index (gen->partnerships, GeneratePartnership, i);
      GenerateMunicipality *north = g_ptr_array_index (gen->north, partnership->north);
      int year = rand_between (rand, 2012, 2025);
      g_autofree char *since = g_strdup_printf ("%d", year);
      guint n_experts = rand_between (rand, 1, 3);

      /* An earlier coordinator, now and then: earlier work counts in the matching. */
      if (rand_percent (rand, 25))
        {
          g_autofree char *earlier = g_strdup_printf ("%d", year - rand_between (rand, 2, 8));

          if (!save_key_role (gen, partnership->id, draw_holder (rand, north->staff, gen->own_staff, gen->people),
                              CP_KEY_ROLE_KIND_COORDINATOR, earlier, since, error))
            return FALSE;
        }
      if (!save_key_role (gen, partnership->id, draw_holder (rand, north->staff, gen->own_staff, gen->people),
                          CP_KEY_ROLE_KIND_COORDINATOR, since, "", error) ||
          !save_key_role (gen, partnership->id, draw_holder (rand, north->politicians, gen->politicians, gen->people),
                          CP_KEY_ROLE_KIND_POLITICAL, since, "", error))
        return FALSE;
      if (rand_percent (rand, 40) &&
          !save_key_role (gen, partnership->id, draw_holder (rand, north->politicians, gen->politicians, gen->people),
                          CP_KEY_ROLE_KIND_DECISION_MAKING, since, "", error))
        return FALSE;
      for (guint j = 0; j < n_experts; j++)
        {
          g_autofree char *from = g_strdup_printf ("%d", rand_between (rand, year, 2025));

          if (!save_key_role (gen, partnership->id, draw_holder (rand, north->staff, gen->own_staff, gen->people),
                              CP_KEY_ROLE_KIND_TECHNICAL_EXPERT, from, "", error))
            return FALSE;
        }
    }
  return TRUE;
}

/* Needs: what the partners ask for, in 2026–2027. */

static gboolean
generate_needs (Generator  *gen,
                GRand      *rand,
                GError    **error)
{
  static const int status_weights[] = {
    [CP_NEED_STATUS_OPEN] = 70, [CP_NEED_STATUS_MATCHED] = 15,
    [CP_NEED_STATUS_FULFILLED] = 10, [CP_NEED_STATUS_WITHDRAWN] = 5,
  };
  static const int level_weights[] = { 0, 30, 45, 20, 5 };  /* by CpExpertiseLevel */
  const char * const *areas = cp_expertise_builtin_keys ();
  guint n_areas = g_strv_length ((char **) areas);
  guint32 first = julian_day (2026, 1, 15);
  guint32 last = julian_day (2027, 12, 31);

  for (guint i = 0; i < gen->n_needs; i++)
    {
      GenerateNeed drawn = { 0, g_rand_int_range (rand, 0, gen->partnerships->len), 0, 0 };
      const GeneratePartnership *partnership = &g_array_index (gen->partnerships, GeneratePartnership, drawn.partnership);
      GenerateMunicipality *south = g_ptr_array_index (gen->south, partnership->south);
      const char *language = south->country->language;
      g_autoptr(CpNeed) need = cp_need_new (partnership->id);
      g_autoptr(GStrvBuilder) expertise = g_strv_builder_new ();
      g_autoptr(GStrvBuilder) languages = g_strv_builder_new ();
      g_auto(GStrv) expertise_list = NULL;
      g_auto(GStrv) language_list = NULL;
      g_autofree char *description = NULL;
      g_autofree char *starts_on = NULL;
      g_autofree char *ends_on = NULL;
      guint chosen[3];
      guint n_chosen = draw_distinct (rand, n_areas, rand_between (rand, 1, 3), chosen, 0);
      guint template = g_rand_int_range (rand, 0, G_N_ELEMENTS (need_descriptions));
      guint32 ends;
      int period;

      for (guint j = 0; j < n_chosen; j++)
        builder_take (expertise, cp_expertise_skill_new (areas[chosen[j]],
                                                         rand_weighted (rand, level_weights, G_N_ELEMENTS (level_weights))));
      if (language != NULL && rand_percent (rand, 65))
        builder_take (languages, cp_language_skill_new (language, rand_between (rand, CP_CEFR_LEVEL_B1, CP_CEFR_LEVEL_B2)));
      if (g_strcmp0 (language, "en") != 0 && rand_percent (rand, 25))
        builder_take (languages, cp_language_skill_new ("en", rand_between (rand, CP_CEFR_LEVEL_B1, CP_CEFR_LEVEL_B2)));
      expertise_list = g_strv_builder_end (expertise);
      language_list = g_strv_builder_end (languages);

      drawn.starts_on = first + g_rand_int_range (rand, 0, julian_day (2027, 11, 1) - first);
      ends = drawn.starts_on + rand_between (rand, 7, 90);
      ends = MIN (ends, last);
      period = ends - drawn.starts_on + 1;
      starts_on = format_julian_day (drawn.starts_on);
      ends_on = format_julian_day (ends);
      drawn.status = rand_weighted (rand, status_weights, G_N_ELEMENTS (status_weights));
      description = g_strconcat (need_descriptions[template].before, area_words (areas[chosen[0]]),
                                 need_descriptions[template].between, cp_municipality_get_name (south->record), NULL);

      g_object_set (need,
                    "requested-by-id", cp_record_get_id (CP_RECORD (south->record)),
                    "description", description,
                    "expertise", expertise_list,
                    "languages", language_list,
                    "starts-on", starts_on,
                    "ends-on", ends_on,
                    "length-days", rand_percent (rand, 40) ? 0 : rand_between (rand, MIN (5, period), MIN (30, period)),
                    "status", drawn.status,
                    NULL);
      if (!cp_store_save (gen->store, CP_RECORD (need), error))
        return FALSE;
      drawn.id = cp_record_get_id (CP_RECORD (need));
      g_array_append_val (gen->needs, drawn);
    }
  return TRUE;
}

/* Selections: who went for the needs already matched or fulfilled, so that
 * earlier work and recent trips vary from person to person. */

static gboolean
generate_selections (Generator  *gen,
                     GRand      *rand,
                     GError    **error)
{
  if (gen->people->len == 0)
    return TRUE;

  for (guint i = 0; i < gen->needs->len; i++)
    {
      const GenerateNeed *need = &g_array_index (gen->needs, GenerateNeed, i);
      const GeneratePartnership *partnership = &g_array_index (gen->partnerships, GeneratePartnership, need->partnership);
      GenerateMunicipality *north = g_ptr_array_index (gen->north, partnership->north);
      gint64 chosen = 0;
      guint n;

      if (need->status != CP_NEED_STATUS_MATCHED && need->status != CP_NEED_STATUS_FULFILLED)
        continue;

      n = rand_between (rand, 1, 2);
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(CpSelection) selection = cp_selection_new (need->id);
          g_autofree char *decided_on = format_julian_day (need->starts_on - rand_between (rand, 14, 90));
          gint64 person_id = draw_holder (rand, north->staff, gen->own_staff, gen->people);

          /* Once a person for a need. */
          if (person_id == chosen)
            continue;
          chosen = person_id;
          g_object_set (selection,
                        "person-id", person_id,
                        "rationale", rand_pick (rand, selection_rationales),
                        "decided-on", decided_on,
                        NULL);
          if (!cp_store_save (gen->store, CP_RECORD (selection), error))
            return FALSE;
        }
    }
  return TRUE;
}

typedef gboolean (*GenerateStep) (Generator  *gen,
                                  GRand      *rand,
                                  GError    **error);

/* The kinds of record, in the order they are made: a later one may refer to the
 * earlier ones. A new kind comes with a new stream number, and the numbers stay
 * as they are, so that the other kinds keep their data. */
static const struct
{
  guint32       stream;
  GenerateStep  run;
} generate_steps[] = {
  { 1, generate_municipalities },
  { 2, generate_partnerships },
  { 3, generate_people },
  { 4, generate_availability },
  { 5, generate_key_roles },
  { 6, generate_needs },
  { 7, generate_selections },
};

/* Fills @store, which must be new, in one transaction: all or nothing. */
static gboolean
generate_workspace (CpStore    *store,
                    guint       n_people,
                    guint       n_partnerships,
                    guint       n_needs,
                    guint32     seed,
                    GError    **error)
{
  g_auto(Generator) gen = { 0 };
  gboolean ok = TRUE;

  generator_init (&gen, store);
  gen.n_people = n_people;
  gen.n_partnerships = n_partnerships;
  gen.n_needs = n_needs;
  gen.seed = seed;

  if (!cp_store_begin_write (store, error))
    return FALSE;
  for (guint i = 0; ok && i < G_N_ELEMENTS (generate_steps); i++)
    {
      guint32 stream_seed[] = { seed, generate_steps[i].stream };
      g_autoptr(GRand) rand = g_rand_new_with_seed_array (stream_seed, G_N_ELEMENTS (stream_seed));

      ok = generate_steps[i].run (&gen, rand, error);
    }
  return cp_store_end_write (store, ok, ok ? error : NULL) && ok;
}

/* A number option of generate: @text as typed, or NULL for @value as it is. */
static gboolean
parse_number_option (const Command *command,
                     const char    *option,
                     const char    *text,
                     guint          minimum,
                     guint          maximum,
                     guint         *value,
                     int           *status)
{
  guint64 number;

  if (text == NULL)
    return TRUE;
  if (g_ascii_string_to_unsigned (text, 10, minimum, maximum, &number, NULL))
    {
      *value = number;
      return TRUE;
    }
  /* Translators: an option such as “--people”, the smallest and the largest number it takes, and what was typed */
  *status = usage_error (command, _("%s takes a whole number from %u to %u, not “%s”."), option, minimum, maximum, text);
  return FALSE;
}

/* Files that belong to the workspace at @path, to remove after a failure. */
static void
remove_workspace (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

static int
run_generate (Invocation *invocation)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CpStore) store = NULL;
  guint n_people = GENERATE_DEFAULT_PEOPLE;
  guint n_partnerships = GENERATE_DEFAULT_PARTNERSHIPS;
  guint n_needs = GENERATE_DEFAULT_NEEDS;
  guint seed = GENERATE_DEFAULT_SEED;
  const char *path = invocation->output;
  int status = EXIT_OK;
  gboolean ok;
  int fd;

  if (path == NULL)
    /* Translators: “--output” is the option, not to be translated; FILE as in the help */
    return usage_error (invocation->command, _("Say where to write the workspace with --output FILE."));
  if (invocation->arguments[0] != NULL)
    return usage_error (invocation->command, _("Unexpected argument “%s”."), invocation->arguments[0]);
  if (!parse_number_option (invocation->command, "--people", invocation->people,
                            0, GENERATE_MAX_PEOPLE, &n_people, &status) ||
      !parse_number_option (invocation->command, "--partnerships", invocation->partnerships,
                            1, GENERATE_MAX_PARTNERSHIPS, &n_partnerships, &status) ||
      !parse_number_option (invocation->command, "--needs", invocation->needs,
                            0, GENERATE_MAX_NEEDS, &n_needs, &status) ||
      !parse_number_option (invocation->command, "--seed", invocation->seed,
                            0, G_MAXUINT32, &seed, &status))
    return status;

  /* Create the file exclusively, so that an existing one is never touched, even
   * if it appears after a check. An empty file opens as a new workspace. */
  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL, 0666);
  if (fd < 0)
    {
      int saved_errno = errno;

      if (saved_errno == EEXIST)
        print_error (_("“%s” already exists. Choose another file name."), path);
      else
        /* Translators: the path of a file, then the reason, e.g. “Permission denied” */
        print_error (_("Cannot create “%s”: %s"), path, g_strerror (saved_errno));
      return EXIT_FAILED;
    }
  g_close (fd, NULL);

  store = cp_store_open (path, &error);
  ok = store != NULL &&
       generate_workspace (store, n_people, n_partnerships, n_needs, seed, &error) &&
       /* The same writes give the same bytes only once the file stands alone. */
       cp_store_compact (store, &error);

  /* Close the database before its files are removed or handed over. */
  g_clear_object (&store);

  if (!ok)
    {
      remove_workspace (path);
      return fail_with (error);
    }
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
    /* Translators: the column headings of “list people” */
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

/* Partnership ID → title; empty when the partnerships cannot be read, and then the
 * tables show the IDs instead. */
static GHashTable *
load_partnership_titles (CpStore *store)
{
  g_autoptr(GListModel) partnerships = cp_store_list_partnerships (store, NULL);
  GHashTable *titles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  for (guint i = 0; partnerships != NULL && i < g_list_model_get_n_items (partnerships); i++)
    {
      g_autoptr(CpPartnership) partnership = g_list_model_get_item (partnerships, i);
      gint64 *id = g_new (gint64, 1);

      *id = cp_record_get_id (CP_RECORD (partnership));
      g_hash_table_insert (titles, id, cp_partnership_dup_title (partnership));
    }
  return titles;
}

static void
print_needs_table (CpStore    *store,
                   GListModel *needs)
{
  const char * const headings[] = {
    /* Translators: the column headings of “list needs”; “Need” is what the partner asks for */
    _("ID"), _("Partnership"), _("Need"), _("Period"), _("Status"),
  };
  g_autoptr(Table) table = table_new (G_N_ELEMENTS (headings), 1 << 0, headings);
  g_autoptr(GHashTable) titles = load_partnership_titles (store);

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

/* list transactions */

static const char * const transaction_fields[] = {
  "id", "date", "kind", "source", "amount", "currency", "rate", "base_amount", "base_currency",
  "from_municipality_id", "from_funder_id", "from_actor_id", "from_name", "to_municipality_id", "to_actor_id",
  "to_name", "partnership_id", "project", "visit_id", "application_id", "description", "reference", NULL
};

/* Amounts and rates as the CSV writes them, with a point, whatever the locale. */
static char *
format_amount_c (gint64      minor,
                 const char *currency)
{
  return cp_ledger_csv_format_amount (minor, currency, '.');
}

static char *
format_rate_c (gint64 micro)
{
  return cp_ledger_csv_format_rate (micro, '.');
}

static void
print_transactions_table (CpStore    *store,
                          GListModel *transactions)
{
  const char * const headings[] = {
    /* Translators: the column headings of “list transactions”; “Base amount” is the amount in the workspace's base currency */
    _("ID"), _("Date"), _("Kind"), _("Amount"), _("Base amount"), _("Partnership"), _("Description"),
  };
  g_autoptr(Table) table = table_new (G_N_ELEMENTS (headings), (1 << 0) | (1 << 3) | (1 << 4), headings);
  g_autoptr(GHashTable) titles = load_partnership_titles (store);

  for (guint i = 0; i < g_list_model_get_n_items (transactions); i++)
    {
      g_autoptr(CpTransaction) transaction = g_list_model_get_item (transactions, i);
      gint64 partnership_id = cp_transaction_get_partnership_id (transaction);
      const char *title = g_hash_table_lookup (titles, &partnership_id);

      table_take_cell (table, format_id (cp_record_get_id (CP_RECORD (transaction))));
      table_take_cell (table, cp_partial_date_format (cp_transaction_get_date (transaction)));
      table_take_cell (table, g_strdup (cp_transaction_kind_to_label (cp_transaction_get_kind (transaction))));
      table_take_cell (table, cp_money_format (cp_transaction_get_amount (transaction),
                                               cp_transaction_get_currency (transaction)));
      table_take_cell (table, cp_money_format (cp_transaction_get_base_amount (transaction),
                                               cp_transaction_get_base_currency (transaction)));
      table_take_cell (table, title != NULL ? g_strdup (title) : format_optional_number (partnership_id));
      table_take_cell (table, g_strdup (cp_transaction_get_description (transaction)));
    }
  table_print (table);
}

static void
print_transactions_tsv (CpStore    *store,
                        GListModel *transactions)
{
  g_autoptr(GString) line = g_string_new (NULL);

  write_tsv_header (transaction_fields);
  for (guint i = 0; i < g_list_model_get_n_items (transactions); i++)
    {
      g_autoptr(CpTransaction) t = g_list_model_get_item (transactions, i);
      const gint64 ids[] = {
        cp_transaction_get_from_municipality_id (t), cp_transaction_get_from_funder_id (t),
        cp_transaction_get_from_actor_id (t), cp_transaction_get_to_municipality_id (t),
        cp_transaction_get_to_actor_id (t), cp_transaction_get_partnership_id (t),
        cp_transaction_get_visit_id (t), cp_transaction_get_application_id (t),
      };
      g_autofree char *id = format_id (cp_record_get_id (CP_RECORD (t)));
      g_autofree char *amount = format_amount_c (cp_transaction_get_amount (t), cp_transaction_get_currency (t));
      g_autofree char *rate = format_rate_c (cp_transaction_get_rate (t));
      g_autofree char *base_amount = format_amount_c (cp_transaction_get_base_amount (t),
                                                      cp_transaction_get_base_currency (t));
      char *numbers[G_N_ELEMENTS (ids)];

      for (guint j = 0; j < G_N_ELEMENTS (ids); j++)
        numbers[j] = format_optional_number (ids[j]);

      append_tsv_field (line, id);
      append_tsv_field (line, cp_transaction_get_date (t));
      append_tsv_field (line, cp_enum_to_nick (CP_TYPE_TRANSACTION_KIND, cp_transaction_get_kind (t)));
      append_tsv_field (line, cp_enum_to_nick (CP_TYPE_CONTRIBUTION_KIND, cp_transaction_get_contribution (t)));
      append_tsv_field (line, amount);
      append_tsv_field (line, cp_transaction_get_currency (t));
      append_tsv_field (line, rate);
      append_tsv_field (line, base_amount);
      append_tsv_field (line, cp_transaction_get_base_currency (t));
      append_tsv_field (line, numbers[0]);
      append_tsv_field (line, numbers[1]);
      append_tsv_field (line, numbers[2]);
      append_tsv_field (line, cp_transaction_get_from_name (t));
      append_tsv_field (line, numbers[3]);
      append_tsv_field (line, numbers[4]);
      append_tsv_field (line, cp_transaction_get_to_name (t));
      append_tsv_field (line, numbers[5]);
      append_tsv_field (line, cp_transaction_get_project (t));
      append_tsv_field (line, numbers[6]);
      append_tsv_field (line, numbers[7]);
      append_tsv_field (line, cp_transaction_get_description (t));
      append_tsv_field (line, cp_transaction_get_reference (t));
      write_tsv_line (line);

      for (guint j = 0; j < G_N_ELEMENTS (ids); j++)
        g_free (numbers[j]);
    }
}

/* Amounts and rates are strings, “1234.56”: exact, where a JSON number would be read
 * as floating point. */
static void
print_transactions_json (CpStore    *store,
                         GListModel *transactions)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (transactions); i++)
    {
      g_autoptr(CpTransaction) t = g_list_model_get_item (transactions, i);
      g_autofree char *amount = format_amount_c (cp_transaction_get_amount (t), cp_transaction_get_currency (t));
      g_autofree char *rate = format_rate_c (cp_transaction_get_rate (t));
      g_autofree char *base_amount = format_amount_c (cp_transaction_get_base_amount (t),
                                                      cp_transaction_get_base_currency (t));

      json_builder_begin_object (builder);
      add_json_id (builder, "id", cp_record_get_id (CP_RECORD (t)));
      add_json_string (builder, "date", cp_transaction_get_date (t));
      add_json_string (builder, "kind", cp_enum_to_nick (CP_TYPE_TRANSACTION_KIND, cp_transaction_get_kind (t)));
      add_json_string (builder, "source",
                       cp_enum_to_nick (CP_TYPE_CONTRIBUTION_KIND, cp_transaction_get_contribution (t)));
      add_json_string (builder, "amount", amount);
      add_json_string (builder, "currency", cp_transaction_get_currency (t));
      add_json_string (builder, "rate", rate);
      add_json_string (builder, "base_amount", base_amount);
      add_json_string (builder, "base_currency", cp_transaction_get_base_currency (t));
      add_json_optional_number (builder, "from_municipality_id", cp_transaction_get_from_municipality_id (t));
      add_json_optional_number (builder, "from_funder_id", cp_transaction_get_from_funder_id (t));
      add_json_optional_number (builder, "from_actor_id", cp_transaction_get_from_actor_id (t));
      add_json_string (builder, "from_name", cp_transaction_get_from_name (t));
      add_json_optional_number (builder, "to_municipality_id", cp_transaction_get_to_municipality_id (t));
      add_json_optional_number (builder, "to_actor_id", cp_transaction_get_to_actor_id (t));
      add_json_string (builder, "to_name", cp_transaction_get_to_name (t));
      add_json_optional_number (builder, "partnership_id", cp_transaction_get_partnership_id (t));
      add_json_string (builder, "project", cp_transaction_get_project (t));
      add_json_optional_number (builder, "visit_id", cp_transaction_get_visit_id (t));
      add_json_optional_number (builder, "application_id", cp_transaction_get_application_id (t));
      add_json_string (builder, "description", cp_transaction_get_description (t));
      add_json_string (builder, "reference", cp_transaction_get_reference (t));
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

/* What “list” lists: the word on the command line, and how to load and print it.
 * What goes by year (--year) has load_of_year instead of load. */
static const struct
{
  const char    *name;
  GListModel  *(*load) (CpStore  *store,
                        GError  **error);
  GListModel  *(*load_of_year) (CpStore  *store,
                                int       year,
                                GError  **error);
  PrintRecords   print[3];  /* by OutputFormat */
} listings[] = {
  { "partnerships", cp_store_list_partnerships, NULL,
    { print_partnerships_table, print_partnerships_tsv, print_partnerships_json } },
  { "municipalities", cp_store_list_municipalities, NULL,
    { print_municipalities_table, print_municipalities_tsv, print_municipalities_json } },
  { "people", cp_store_list_people, NULL,
    { print_people_table, print_people_tsv, print_people_json } },
  { "needs", list_needs, NULL,
    { print_needs_table, print_needs_tsv, print_needs_json } },
  { "transactions", NULL, cp_store_list_transactions,
    { print_transactions_table, print_transactions_tsv, print_transactions_json } },
};

/* A year of --year: @text as typed, or NULL for none (0). */
static gboolean
parse_year_option (const char *text,
                   int        *year)
{
  gint64 number = 0;

  *year = 0;
  if (text != NULL && !g_ascii_string_to_signed (text, 10, 1000, 9999, &number, NULL))
    return FALSE;
  *year = (int) number;
  return TRUE;
}

static int
bad_year (Invocation *invocation)
{
  /* Translators: %s is what was typed after “--year”, an option: keep it */
  return usage_error (invocation->command, _("“%s” is not a year: give it in four digits after --year, such as 2007."),
                      invocation->year);
}

static int
run_list (Invocation *invocation)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CpStore) store = NULL;
  g_autoptr(GListModel) records = NULL;
  const char *what = invocation->arguments[0];
  guint listing = G_N_ELEMENTS (listings);
  OutputFormat format;
  int year;

  if (what == NULL)
    /* Translators: “partnerships”, “municipalities”, “people”, “needs” and “transactions” are the command's words: keep them */
    return usage_error (invocation->command, _("Say what to list: partnerships, municipalities, people, needs or transactions."));
  for (guint i = 0; i < G_N_ELEMENTS (listings); i++)
    if (g_str_equal (what, listings[i].name))
      listing = i;
  if (listing == G_N_ELEMENTS (listings))
    return usage_error (invocation->command,
                        /* Translators: “partnerships”, “municipalities”, “people”, “needs” and “transactions” are the command's words: keep them */
                        _("Cannot list “%s”: choose partnerships, municipalities, people, needs or transactions."), what);
  if (invocation->arguments[1] != NULL)
    return usage_error (invocation->command, _("Unexpected argument “%s”."), invocation->arguments[1]);
  if (!parse_format (invocation->format, &format))
    return unknown_format (invocation);
  if (!parse_year_option (invocation->year, &year))
    return bad_year (invocation);
  if (invocation->year != NULL && listings[listing].load_of_year == NULL)
    /* Translators: “--year” is the option and “list transactions” a command: keep both */
    return usage_error (invocation->command, _("--year goes with “list transactions” only."));

  if (!(store = open_workspace (invocation, &error)))
    return fail_with (error);
  if (listings[listing].load_of_year != NULL)
    records = listings[listing].load_of_year (store, year, &error);
  else
    records = listings[listing].load (store, &error);
  if (records == NULL)
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
    /* Translators: the column headings of a ranking (“match”); “Excluded” is for those who miss a requirement */
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

/* --language as typed, or the interface's; NULL after saying what is wrong with it. */
static const char *
parse_language_option (Invocation *invocation,
                       int        *status)
{
  if (invocation->language == NULL)
    return cp_i18n_interface_language ();
  for (guint i = 0; cp_i18n_languages[i] != NULL; i++)
    if (g_str_equal (invocation->language, cp_i18n_languages[i]))
      return cp_i18n_languages[i];
  /* Translators: %s is what was typed after “--language”; the codes after the colon are the option's: keep them */
  *status = usage_error (invocation->command, _("Unknown language “%s”: choose en, nl, es or af."), invocation->language);
  return NULL;
}

/* The municipality with @id, or NULL after saying it is not there. */
static CpMunicipality *
load_municipality (CpStore *store,
                   gint64   id,
                   int     *status)
{
  g_autoptr(GError) error = NULL;
  CpMunicipality *municipality = cp_store_get_municipality (store, id, &error);

  if (municipality == NULL && g_error_matches (error, CP_STORE_ERROR, CP_STORE_ERROR_NOT_FOUND))
    {
      g_autofree char *text = format_id (id);

      /* Translators: the municipality's ID, then the workspace's file */
      print_error (_("There is no municipality with the ID %s in “%s”."), text, cp_store_get_path (store));
      *status = EXIT_FAILED;
    }
  else if (municipality == NULL)
    *status = fail_with (error);
  return municipality;
}

/* The partnership with @id, or NULL after saying it is not there. */
static CpPartnership *
load_partnership (CpStore *store,
                  gint64   id,
                  int     *status)
{
  g_autoptr(GError) error = NULL;
  CpPartnership *partnership = cp_store_get_partnership (store, id, &error);

  if (partnership == NULL && g_error_matches (error, CP_STORE_ERROR, CP_STORE_ERROR_NOT_FOUND))
    {
      g_autofree char *text = format_id (id);

      /* Translators: the partnership's ID, then the workspace's file */
      print_error (_("There is no partnership with the ID %s in “%s”."), text, cp_store_get_path (store));
      *status = EXIT_FAILED;
    }
  else if (partnership == NULL)
    *status = fail_with (error);
  return partnership;
}

/* export */

/* The visits export writes: one, a partnership's or all; NULL after a message. */
static GListModel *
load_visits_to_export (CpStore *store,
                       gint64   visit_id,
                       gint64   partnership_id,
                       int     *status)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  GListModel *visits;

  if (visit_id != 0)
    {
      g_autoptr(GListStore) one = g_list_store_new (CP_TYPE_VISIT);
      g_autoptr(CpVisit) visit = cp_store_get_visit (store, visit_id, &error);

      if (visit != NULL)
        {
          g_list_store_append (one, visit);
          return G_LIST_MODEL (g_steal_pointer (&one));
        }
      if (!g_error_matches (error, CP_STORE_ERROR, CP_STORE_ERROR_NOT_FOUND))
        {
          *status = fail_with (error);
          return NULL;
        }
      id = format_id (visit_id);
      /* Translators: the visit's ID, then the workspace's file */
      print_error (_("There is no visit with the ID %s in “%s”."), id, cp_store_get_path (store));
      *status = EXIT_FAILED;
      return NULL;
    }

  if (partnership_id != 0)
    {
      g_autoptr(CpPartnership) partnership = load_partnership (store, partnership_id, status);

      if (partnership == NULL)
        return NULL;
    }

  if (!(visits = cp_store_list_visits (store, partnership_id, &error)))
    *status = fail_with (error);
  return visits;
}

/* An ID of --visit or --partnership: @text as typed, or NULL for none (0). */
static gboolean
parse_id_option (const char *text,
                 gint64     *id)
{
  *id = 0;
  return text == NULL || g_ascii_string_to_signed (text, 10, 1, G_MAXINT64, id, NULL);
}

/* Whether @a and @b name the same file (both existing). */
static gboolean
is_same_file (const char *a,
              const char *b)
{
  GStatBuf sa, sb;

  return g_stat (a, &sa) == 0 && g_stat (b, &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

/* An option given to the format of “export” that does not take it. */
static int
foreign_option (Invocation *invocation,
                const char *option,
                const char *format)
{
  /* Translators: an option such as “--visit”, then “ical” or “csv”; “export” is the command: keep it */
  return usage_error (invocation->command, _("%s is not an option of “export %s”."), option, format);
}

static int
export_ical (Invocation *invocation)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CpStore) store = NULL;
  g_autoptr(GListModel) visits = NULL;
  gint64 visit_id, partnership_id;
  int status = EXIT_FAILED;

  if (invocation->year != NULL)
    return foreign_option (invocation, "--year", "ical");
  if (invocation->delimiter != NULL)
    return foreign_option (invocation, "--delimiter", "ical");
  if (invocation->decimal != NULL)
    return foreign_option (invocation, "--decimal", "ical");
  if (invocation->summary)
    return foreign_option (invocation, "--summary", "ical");
  if (invocation->municipality != NULL)
    return foreign_option (invocation, "--municipality", "ical");
  if (invocation->language != NULL)
    return foreign_option (invocation, "--language", "ical");
  if (invocation->visit != NULL && invocation->partnership != NULL)
    /* Translators: “--visit” and “--partnership” are the options: keep them */
    return usage_error (invocation->command, _("Give either --visit or --partnership, not both."));
  if (!parse_id_option (invocation->visit, &visit_id))
    /* Translators: %s is what was typed after “--visit”, an option: keep it */
    return usage_error (invocation->command, _("“%s” is not the ID of a visit: give its number after --visit."),
                        invocation->visit);
  if (!parse_id_option (invocation->partnership, &partnership_id))
    return usage_error (invocation->command,
                        /* Translators: %s is what was typed after “--partnership”, an option; “list partnerships” is a command: keep both */
                        _("“%s” is not the ID of a partnership: give its number, as “list partnerships” shows it."),
                        invocation->partnership);
  if (invocation->output == NULL)
    /* Translators: “--output” is the option, not to be translated; FILE as in the help */
    return usage_error (invocation->command, _("Say where to write the calendar with --output FILE."));

  if (!(store = open_workspace (invocation, &error)))
    return fail_with (error);
  if (is_same_file (invocation->output, cp_store_get_path (store)))
    {
      /* Translators: the file given with --output, which is the workspace itself */
      print_error (_("“%s” is the workspace itself: choose another file for the calendar."), invocation->output);
      return EXIT_FAILED;
    }
  if (!(visits = load_visits_to_export (store, visit_id, partnership_id, &status)))
    return status;
  /* A calendar needs at least one event (RFC 5545): say so rather than write an empty one. */
  if (g_list_model_get_n_items (visits) == 0)
    {
      /* Translators: from “export ical” when the workspace, or the partnership asked for, has no visits */
      print_error (_("There are no visits to export."));
      return EXIT_FAILED;
    }

  if (!cp_ical_export_file (store, visits, invocation->output, &error))
    return fail_with (error);
  return EXIT_OK;
}

/* --decimal as typed: '.', ',' or, when not given, 0. */
static gboolean
parse_decimal_option (const char *text,
                      char       *decimal)
{
  *decimal = 0;
  if (text == NULL)
    return TRUE;
  if (!g_str_equal (text, ".") && !g_str_equal (text, ","))
    return FALSE;
  *decimal = text[0];
  return TRUE;
}

static int
bad_decimal (Invocation *invocation)
{
  /* Translators: %s is what was typed after “--decimal”, an option: keep it */
  return usage_error (invocation->command, _("“%s” is not a decimal separator: give . or , after --decimal."),
                      invocation->decimal);
}

static gboolean
set_write_error (GError     **error,
                 const char  *path,
                 int          saved_errno)
{
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               /* Translators: the path of a file, then the reason, e.g. “Permission denied” */
               _("Could not write “%s”: %s"), path, g_strerror (saved_errno));
  return FALSE;
}

/* Writes @text to @path through a temporary file beside it, renamed over @path at
 * the end: a file that was there is replaced whole or, on any error, left alone. */
static gboolean
write_file_replacing (const char  *path,
                      const char  *text,
                      GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *template = g_strdup_printf ("%s%c.%s-XXXXXX", folder, G_DIR_SEPARATOR, name);
  gsize length = strlen (text);
  int fd = g_mkstemp_full (template, O_WRONLY | O_CLOEXEC, 0666);
  int saved_errno;

  if (fd < 0)
    return set_write_error (error, path, errno);

  errno = 0;
  while (length > 0)
    {
      gssize written = write (fd, text, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written <= 0)
        break;
      text += written;
      length -= (gsize) written;
    }
  if (length > 0 || fsync (fd) != 0)
    {
      saved_errno = errno != 0 ? errno : EIO;
      close (fd);
      g_unlink (template);
      return set_write_error (error, path, saved_errno);
    }
  if (close (fd) != 0 || g_rename (template, path) != 0)
    {
      saved_errno = errno;
      g_unlink (template);
      return set_write_error (error, path, saved_errno);
    }
  return TRUE;
}

static int
export_csv (Invocation *invocation)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CpStore) store = NULL;
  g_autofree char *text = NULL;
  const char *delimiter_text = invocation->delimiter;
  char delimiter = ',', decimal;
  gint64 municipality_id = 0;
  int year;

  if (invocation->visit != NULL)
    return foreign_option (invocation, "--visit", "csv");
  if (invocation->partnership != NULL)
    return foreign_option (invocation, "--partnership", "csv");
  if (invocation->language != NULL)
    return foreign_option (invocation, "--language", "csv");
  if (!parse_year_option (invocation->year, &year))
    return bad_year (invocation);
  /* A tab: the word, a backslash and a t as a shell passes them, or the character. */
  if (delimiter_text != NULL && (g_str_equal (delimiter_text, "tab") || g_str_equal (delimiter_text, "\\t") ||
                                 g_str_equal (delimiter_text, "\t")))
    delimiter = '\t';
  else if (delimiter_text != NULL && (g_str_equal (delimiter_text, ",") || g_str_equal (delimiter_text, ";")))
    delimiter = delimiter_text[0];
  else if (delimiter_text != NULL)
    /* Translators: %s is what was typed after “--delimiter”, an option: keep it, and “tab” */
    return usage_error (invocation->command, _("“%s” is not a delimiter: give , or ; or tab after --delimiter."),
                        delimiter_text);
  if (!parse_decimal_option (invocation->decimal, &decimal))
    return bad_decimal (invocation);
  /* Spreadsheets that read semicolons are those that write decimal commas. */
  if (decimal == 0)
    decimal = delimiter == ';' ? ',' : '.';
  if (invocation->municipality != NULL && !invocation->summary)
    /* Translators: “--municipality” and “--summary” are options: keep them */
    return usage_error (invocation->command, _("--municipality goes with --summary."));
  if (!parse_id_option (invocation->municipality, &municipality_id))
    return usage_error (invocation->command,
                        /* Translators: %s is what was typed after “--municipality”, an option; “list municipalities” is a command: keep both */
                        _("“%s” is not the ID of a municipality: give its number, as “list municipalities” shows it."),
                        invocation->municipality);
  if (invocation->summary && year == 0)
    /* Translators: “--summary” and “--year” are options: keep them */
    return usage_error (invocation->command, _("Say which year --summary adds up with --year."));

  if (!(store = open_workspace (invocation, &error)))
    return fail_with (error);
  if (invocation->output != NULL && is_same_file (invocation->output, cp_store_get_path (store)))
    {
      /* Translators: the file given with --output, which is the workspace itself */
      print_error (_("“%s” is the workspace itself: choose another file for the export."), invocation->output);
      return EXIT_FAILED;
    }
  if (municipality_id != 0)
    {
      g_autoptr(CpMunicipality) municipality = cp_store_get_municipality (store, municipality_id, &error);

      if (municipality == NULL && g_error_matches (error, CP_STORE_ERROR, CP_STORE_ERROR_NOT_FOUND))
        {
          g_autofree char *id = format_id (municipality_id);

          /* Translators: the municipality's ID, then the workspace's file */
          print_error (_("There is no municipality with the ID %s in “%s”."), id, cp_store_get_path (store));
          return EXIT_FAILED;
        }
      if (municipality == NULL)
        return fail_with (error);
    }

  if (invocation->summary)
    text = cp_year_csv_write (store, municipality_id, year, delimiter, decimal, &error);
  else
    text = cp_ledger_csv_write (store, year, delimiter, decimal, &error);
  if (text == NULL)
    return fail_with (error);

  if (invocation->output == NULL)
    {
      write_utf8 (text);
      return finish_output ();
    }
  if (!write_file_replacing (invocation->output, text, &error))
    return fail_with (error);
  return EXIT_OK;
}

/* import */

static int
run_import (Invocation *invocation)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CpStore) store = NULL;
  g_autoptr(CpLedgerCsvImport) import = NULL;
  g_autofree char *contents = NULL;
  const char *format = invocation->arguments[0];
  const char *path = format != NULL ? invocation->arguments[1] : NULL;
  gsize length = 0;
  char decimal;

  if (format == NULL)
    /* Translators: “csv” is the command's word: keep it */
    return usage_error (invocation->command, _("Say what to import: csv."));
  if (!g_str_equal (format, "csv"))
    /* Translators: “csv” is the command's word: keep it */
    return usage_error (invocation->command, _("Cannot import “%s”: choose csv."), format);
  if (path == NULL)
    return usage_error (invocation->command, _("Say which file to import."));
  if (invocation->arguments[2] != NULL)
    return usage_error (invocation->command, _("Unexpected argument “%s”."), invocation->arguments[2]);
  if (!parse_decimal_option (invocation->decimal, &decimal))
    return bad_decimal (invocation);

  if (!g_file_get_contents (path, &contents, &length, &error))
    return fail_with (error);
  if (!(store = open_workspace (invocation, &error)))
    return fail_with (error);
  if (!(import = cp_ledger_csv_read (store, contents, (gssize) length, decimal, &error)))
    return fail_with (error);

  /* Every bad row, so that the file can be mended in one go. */
  for (guint i = 0; i < import->rows->len; i++)
    {
      CpLedgerCsvRow *row = g_ptr_array_index (import->rows, i);

      if (row->problem != NULL)
        /* Translators: a line of the file, then what is wrong with it */
        print_error (_("line %u: %s"), row->line, row->problem);
    }
  if (import->n_bad == 0 && import->rows->len == 0)
    {
      /* Translators: the file given to “import csv” has a header and nothing below it */
      print_error (_("“%s” has no entries below its header: nothing to import."), path);
      return EXIT_FAILED;
    }
  if (import->n_bad == 0 && invocation->dry_run)
    {
      g_print (g_dngettext (GETTEXT_PACKAGE, "%u entry would be imported.\n", "%u entries would be imported.\n",
                            import->rows->len),
               import->rows->len);
      return finish_output ();
    }
  if (!cp_ledger_csv_import (store, import, &error))
    return fail_with (error);
  g_print (g_dngettext (GETTEXT_PACKAGE, "Imported %u entry.\n", "Imported %u entries.\n", import->rows->len),
           import->rows->len);
  return finish_output ();
}

/* conditions, structures */

/* The keys of the machine formats: stable, whatever the language. */
static const char * const severity_keys[] = { "notice", "warning", "critical" };
static const char * const south_issue_keys[] = {
  "organisational-capacity", "political-interest", "institutional-concern"
};

G_STATIC_ASSERT (G_N_ELEMENTS (severity_keys) == CP_SIGNAL_SEVERITY_CRITICAL + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (south_issue_keys) == CP_N_SOUTH_ISSUES);

/* What is not known reads as a dash, never as a 0 or a “no”. */
#define UNKNOWN_VALUE "—"

static int
unknown_format_of_judgement (Invocation *invocation)
{
  /* Translators: “table” and “json” are the option's words: keep them */
  return usage_error (invocation->command, _("Unknown format “%s”: choose table or json."), invocation->format);
}

static int
bad_municipality_id (Invocation *invocation)
{
  return usage_error (invocation->command,
                      /* Translators: %s is what was typed after “--municipality”, an option; “list municipalities” is a command: keep both */
                      _("“%s” is not the ID of a municipality: give its number, as “list municipalities” shows it."),
                      invocation->municipality);
}

/* --today as typed, or the clock's day; NULL after saying what is wrong with it. */
static char *
dup_today_option (Invocation *invocation,
                  int        *status)
{
  g_autoptr(GError) error = NULL;

  if (invocation->today == NULL)
    return cp_partial_date_today ();
  if (cp_validate_day (invocation->today, &error))
    return g_strdup (invocation->today);
  /* Translators: “--today” is the option; the second %s says how to write a day */
  *status = usage_error (invocation->command, _("“%s” is not a day for --today. %s"), invocation->today, error->message);
  return NULL;
}

static int
not_own_municipality (CpMunicipality *municipality)
{
  /* Translators: a municipality's name; “conditions” and “structures” are commands: keep them */
  print_error (_("%s is a partner municipality: “conditions” judges an own municipality, “structures” a partner’s."),
               cp_municipality_get_name (municipality));
  return EXIT_FAILED;
}

/* The only own municipality of the workspace, or NULL after saying which there are. */
static CpMunicipality *
choose_own_municipality (Invocation *invocation,
                         CpStore    *store,
                         int        *status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) municipalities = NULL;
  g_autoptr(GPtrArray) own = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) listing = NULL;

  if (!(municipalities = cp_store_list_municipalities (store, &error)))
    {
      *status = fail_with (error);
      return NULL;
    }
  for (guint i = 0; i < g_list_model_get_n_items (municipalities); i++)
    {
      g_autoptr(CpMunicipality) municipality = g_list_model_get_item (municipalities, i);

      if (cp_municipality_get_is_own (municipality))
        g_ptr_array_add (own, g_steal_pointer (&municipality));
    }

  if (own->len == 1)
    return g_object_ref (g_ptr_array_index (own, 0));
  if (own->len == 0)
    {
      /* Translators: the workspace's file */
      print_error (_("“%s” has no own municipality: mark one of its municipalities as your own first."),
                   cp_store_get_path (store));
      *status = EXIT_FAILED;
      return NULL;
    }

  listing = g_string_new (NULL);
  g_string_printf (listing,
                   /* Translators: the number of own municipalities (always several); “--municipality” is the option: keep it. A list of them follows, one a line */
                   g_dngettext (GETTEXT_PACKAGE,
                                "The workspace has %u own municipality: say which with --municipality ID.",
                                "The workspace has %u own municipalities: say which with --municipality ID.",
                                own->len),
                   own->len);
  for (guint i = 0; i < own->len; i++)
    {
      CpMunicipality *municipality = g_ptr_array_index (own, i);

      g_string_append_printf (listing, "\n  %" G_GINT64_FORMAT "  %s", cp_record_get_id (CP_RECORD (municipality)),
                              cp_municipality_get_name (municipality));
    }
  *status = usage_error (invocation->command, "%s", listing->str);
  return NULL;
}

/* The own party of @partnership: @municipality_id when given, else the first. */
static CpMunicipality *
find_own_party (CpStore       *store,
                CpPartnership *partnership,
                gint64         municipality_id,
                int           *status)
{
  GPtrArray *parties = cp_partnership_get_parties (partnership);
  g_autofree char *title = cp_partnership_dup_title (partnership);

  for (guint i = 0; parties != NULL && i < parties->len; i++)
    {
      CpMunicipality *party = g_ptr_array_index (parties, i);
      gint64 id = cp_record_get_id (CP_RECORD (party));

      if (municipality_id != 0 && id != municipality_id)
        continue;
      if (municipality_id == 0 && !cp_municipality_get_is_own (party))
        continue;
      /* Read whole from the store, whatever the partnership's list of parties holds. */
      return load_municipality (store, id, status);
    }

  if (municipality_id != 0)
    {
      g_autofree char *text = format_id (municipality_id);

      /* Translators: the municipality's ID, then the title of the partnership */
      print_error (_("The municipality with the ID %s is not a party of “%s”."), text, title);
    }
  else
    /* Translators: the title of a partnership; “conditions” is the command: keep it */
    print_error (_("“%s” has no own municipality among its parties: “conditions” judges an own municipality’s part."),
                 title);
  *status = EXIT_FAILED;
  return NULL;
}

/* export iati, and the choice of export */

/* The municipality that publishes: --municipality, else the own party of
 * --partnership, else the only own municipality; NULL after a message. */
static CpMunicipality *
choose_publisher (Invocation *invocation,
                  CpStore    *store,
                  gint64      municipality_id,
                  gint64      partnership_id,
                  int        *status)
{
  g_autoptr(CpPartnership) partnership = NULL;

  if (municipality_id != 0)
    return load_municipality (store, municipality_id, status);
  if (partnership_id == 0)
    return choose_own_municipality (invocation, store, status);
  if (!(partnership = load_partnership (store, partnership_id, status)))
    return NULL;
  return find_own_party (store, partnership, 0, status);
}

static int
export_iati (Invocation *invocation)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CpStore) store = NULL;
  g_autoptr(CpMunicipality) publisher = NULL;
  g_autofree char *xml = NULL;
  gint64 municipality_id, partnership_id;
  g_autoptr(CpReportLanguage) switched = NULL;
  g_auto(GStrv) left_out = NULL;
  const char *language;
  int status = EXIT_FAILED;

  if (invocation->visit != NULL)
    return foreign_option (invocation, "--visit", "iati");
  if (invocation->year != NULL)
    return foreign_option (invocation, "--year", "iati");
  if (invocation->delimiter != NULL)
    return foreign_option (invocation, "--delimiter", "iati");
  if (invocation->decimal != NULL)
    return foreign_option (invocation, "--decimal", "iati");
  if (invocation->summary)
    return foreign_option (invocation, "--summary", "iati");
  if (!parse_id_option (invocation->municipality, &municipality_id))
    return usage_error (invocation->command,
                        /* Translators: %s is what was typed after “--municipality”, an option; “list municipalities” is a command: keep both */
                        _("“%s” is not the ID of a municipality: give its number, as “list municipalities” shows it."),
                        invocation->municipality);
  if (!parse_id_option (invocation->partnership, &partnership_id))
    return usage_error (invocation->command,
                        /* Translators: %s is what was typed after “--partnership”, an option; “list partnerships” is a command: keep both */
                        _("“%s” is not the ID of a partnership: give its number, as “list partnerships” shows it."),
                        invocation->partnership);
  if (!(language = parse_language_option (invocation, &status)))
    return status;

  if (!(store = open_workspace (invocation, &error)))
    return fail_with (error);
  if (invocation->output != NULL && is_same_file (invocation->output, cp_store_get_path (store)))
    {
      /* Translators: the file given with --output, which is the workspace itself */
      print_error (_("“%s” is the workspace itself: choose another file for the export."), invocation->output);
      return EXIT_FAILED;
    }
  if (!(publisher = choose_publisher (invocation, store, municipality_id, partnership_id, &status)))
    return status;
  /* The sentences written for records without a description, in the files' language. */
  switched = cp_report_language_push (language);

  if (invocation->output != NULL)
    status = cp_iati_export_file (store, cp_record_get_id (CP_RECORD (publisher)), partnership_id, language,
                                  invocation->output, &left_out, &error) ? EXIT_OK : EXIT_FAILED;
  else if ((xml = cp_iati_write_activities (store, cp_record_get_id (CP_RECORD (publisher)), partnership_id,
                                            language, NULL, &left_out, &error)))
    {
      write_utf8 (xml);
      status = finish_output ();
    }
  if (error != NULL)
    return fail_with (error);
  /* Written, with a word on what IATI could not take. */
  for (guint i = 0; left_out[i] != NULL; i++)
    /* Translators: %s says which activity was left out of an IATI file, and why */
    g_printerr (_("Left out: %s\n"), left_out[i]);
  return status;
}

static int
run_export (Invocation *invocation)
{
  const char *format = invocation->arguments[0];

  if (format == NULL)
    /* Translators: “ical”, “csv” and “iati” are the command's words: keep them */
    return usage_error (invocation->command, _("Say what to export: ical, csv or iati."));
  if (!g_str_equal (format, "ical") && !g_str_equal (format, "csv") && !g_str_equal (format, "iati"))
    /* Translators: “ical”, “csv” and “iati” are the command's words: keep them */
    return usage_error (invocation->command, _("Cannot export “%s”: choose ical, csv or iati."), format);
  if (invocation->arguments[1] != NULL)
    return usage_error (invocation->command, _("Unexpected argument “%s”."), invocation->arguments[1]);
  if (g_str_equal (format, "ical"))
    return export_ical (invocation);
  if (g_str_equal (format, "iati"))
    return export_iati (invocation);
  return export_csv (invocation);
}

static char *
format_fact (CpFact fact)
{
  switch (fact)
    {
    case CP_FACT_YES:
      return g_strdup (_("Yes"));
    case CP_FACT_NO:
      return g_strdup (_("No"));
    case CP_FACT_UNKNOWN:
    default:
      return g_strdup (UNKNOWN_VALUE);
    }
}

static char *
format_count (int count)
{
  return count >= 0 ? g_strdup_printf ("%d", count) : g_strdup (UNKNOWN_VALUE);
}

static void
add_json_fact (JsonBuilder *builder,
               const char  *member,
               CpFact       fact)
{
  json_builder_set_member_name (builder, member);
  if (fact == CP_FACT_UNKNOWN)
    json_builder_add_null_value (builder);
  else
    json_builder_add_boolean_value (builder, fact == CP_FACT_YES);
}

static void
add_json_count (JsonBuilder *builder,
                const char  *member,
                int          count)
{
  json_builder_set_member_name (builder, member);
  if (count >= 0)
    json_builder_add_int_value (builder, count);
  else
    json_builder_add_null_value (builder);
}

static void
add_json_indicator (JsonBuilder *builder,
                    const char  *member,
                    CpIndicator  indicator)
{
  json_builder_set_member_name (builder, member);
  /* Two decimals: the figures are the study's kind, not measurements to the last bit. */
  if (indicator.known)
    json_builder_add_double_value (builder, round (indicator.value * 100.0) / 100.0);
  else
    json_builder_add_null_value (builder);
}

/* A judgement in the terminal: its title and level, the assessments recorded beside
 * it, why, its figures, and the signals that fired with the study's words. */
static void
print_judgement (const char              *title,
                 const CpConditionResult *result,
                 GPtrArray               *assessments)
{
  /* Translators: a label and its value, such as “Political embedding: Weak” or “Sister cities: 3” */
  g_print (_("%s: %s"), title, cp_condition_level_to_label (result->level));
  g_print ("\n");

  for (guint i = 0; assessments != NULL && i < assessments->len; i++)
    {
      CpConditionAssessment *assessment = g_ptr_array_index (assessments, i);
      const char *level = cp_condition_level_to_label (cp_condition_assessment_get_level (assessment));
      const char *rationale = cp_condition_assessment_get_rationale (assessment);
      g_autofree char *line = NULL;

      if (rationale != NULL && *rationale != '\0')
        /* Translators: a level recorded by a coordinator beside the computed one, then why, such as “Assessed: Strong — the council adopted…” */
        line = g_strdup_printf (_("Assessed: %s — %s"), level, rationale);
      else
        /* Translators: a level recorded by a coordinator beside the computed one, such as “Assessed: Strong” */
        line = g_strdup_printf (_("Assessed: %s"), level);
      g_print ("  %s\n", g_strdelimit (line, "\t\r\n", ' '));
    }

  if (result->summary != NULL && *result->summary != '\0')
    g_print ("  %s\n", result->summary);

  for (guint i = 0; i < result->indicators->len; i++)
    {
      const CpConditionIndicator *indicator = g_ptr_array_index (result->indicators, i);
      const char *value = indicator->value != NULL && *indicator->value != '\0' ? indicator->value : UNKNOWN_VALUE;

      g_print ("  ");
      g_print (_("%s: %s"), indicator->label, value);
      g_print ("\n");
    }

  for (guint i = 0; i < result->signals->len; i++)
    {
      const CpRiskSignal *signal = g_ptr_array_index (result->signals, i);
      const char *severity = cp_signal_severity_to_label (signal->severity);
      g_autofree char *line = NULL;

      if (signal->evidence != NULL && *signal->evidence != '\0')
        /* Translators: a risk signal: its severity (“Critical”), its title, then the recorded facts that fired it */
        line = g_strdup_printf (_("%s: %s — %s"), severity, signal->title, signal->evidence);
      else
        line = g_strdup_printf (_("%s: %s"), severity, signal->title);
      g_print ("  ! %s\n", line);
      /* The study's words and where they stand: quoted, never translated. */
      if (signal->words != NULL && *signal->words != '\0')
        g_print ("    “%s” (%s)\n", signal->words, signal->citation != NULL ? signal->citation : "");
    }
}

static void
add_json_judgement (JsonBuilder             *builder,
                    const CpConditionResult *result,
                    GPtrArray               *assessments)
{
  add_json_string (builder, "level", cp_enum_to_nick (CP_TYPE_CONDITION_LEVEL, result->level));
  add_json_string (builder, "level_label", cp_condition_level_to_label (result->level));
  add_json_string (builder, "summary", result->summary);

  json_builder_set_member_name (builder, "indicators");
  json_builder_begin_array (builder);
  for (guint i = 0; i < result->indicators->len; i++)
    {
      const CpConditionIndicator *indicator = g_ptr_array_index (result->indicators, i);

      json_builder_begin_object (builder);
      add_json_string (builder, "key", indicator->key);
      add_json_string (builder, "label", indicator->label);
      add_json_string (builder, "value", indicator->value);
      add_json_boolean (builder, "known", indicator->known);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "signals");
  json_builder_begin_array (builder);
  for (guint i = 0; i < result->signals->len; i++)
    {
      const CpRiskSignal *signal = g_ptr_array_index (result->signals, i);

      json_builder_begin_object (builder);
      add_json_string (builder, "key", signal->key);
      add_json_string (builder, "severity", (guint) signal->severity < G_N_ELEMENTS (severity_keys)
                                              ? severity_keys[signal->severity] : "");
      add_json_string (builder, "title", signal->title);
      add_json_string (builder, "evidence", signal->evidence);
      add_json_string (builder, "words", signal->words);
      add_json_string (builder, "citation", signal->citation);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  if (assessments == NULL)
    return;
  json_builder_set_member_name (builder, "assessments");
  json_builder_begin_array (builder);
  for (guint i = 0; i < assessments->len; i++)
    {
      CpConditionAssessment *assessment = g_ptr_array_index (assessments, i);

      json_builder_begin_object (builder);
      add_json_string (builder, "level",
                       cp_enum_to_nick (CP_TYPE_CONDITION_LEVEL, cp_condition_assessment_get_level (assessment)));
      add_json_string (builder, "rationale", cp_condition_assessment_get_rationale (assessment));
      add_json_string (builder, "assessed_on", cp_condition_assessment_get_assessed_on (assessment));
      add_json_string (builder, "assessor", cp_condition_assessment_get_assessor (assessment));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* The assessments of @condition recorded for the scope (0: the municipality as a
 * whole) and the year, in the order the store gives them. */
static GPtrArray *
select_assessments (GListModel  *assessments,
                    gint64       partnership_id,
                    int          year,
                    CpCondition  condition)
{
  GPtrArray *selected = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (assessments); i++)
    {
      g_autoptr(CpConditionAssessment) assessment = g_list_model_get_item (assessments, i);

      if (cp_condition_assessment_get_partnership_id (assessment) == partnership_id &&
          cp_condition_assessment_get_year (assessment) == year &&
          cp_condition_assessment_get_condition (assessment) == condition)
        g_ptr_array_add (selected, g_steal_pointer (&assessment));
    }
  return selected;
}

static const CpCondition all_conditions[] = {
  CP_CONDITION_POLITICAL_EMBEDDING,
  CP_CONDITION_HUMAN_RESOURCES,
  CP_CONDITION_FINANCE,
  CP_CONDITION_SUPPORT,
};

static int
run_conditions (Invocation *invocation)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CpStore) store = NULL;
  g_autoptr(CpMunicipality) municipality = NULL;
  g_autoptr(CpPartnership) partnership = NULL;
  g_autoptr(GListModel) assessments = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autofree char *today = NULL;
  g_autofree char *scope_title = NULL;
  CpConditionsFacts facts;
  gint64 municipality_id, partnership_id;
  OutputFormat format;
  int year, status = EXIT_FAILED;

  if (invocation->arguments[0] != NULL)
    return usage_error (invocation->command, _("Unexpected argument “%s”."), invocation->arguments[0]);
  if (!parse_format (invocation->format, &format) || format == FORMAT_TSV)
    return unknown_format_of_judgement (invocation);
  if (!parse_id_option (invocation->municipality, &municipality_id))
    return bad_municipality_id (invocation);
  if (!parse_id_option (invocation->partnership, &partnership_id))
    return usage_error (invocation->command,
                        /* Translators: %s is what was typed after “--partnership”, an option; “list partnerships” is a command: keep both */
                        _("“%s” is not the ID of a partnership: give its number, as “list partnerships” shows it."),
                        invocation->partnership);
  if (!parse_year_option (invocation->year, &year))
    return bad_year (invocation);
  if (!(today = dup_today_option (invocation, &status)))
    return status;
  if (year == 0)
    year = (int) g_ascii_strtoll (today, NULL, 10);

  if (!(store = open_workspace (invocation, &error)))
    return fail_with (error);

  if (partnership_id != 0)
    {
      if (!(partnership = load_partnership (store, partnership_id, &status)))
        return status;
      /* An ID that is nobody's says so, before whether it is a party. */
      if (municipality_id != 0)
        {
          g_autoptr(CpMunicipality) named = load_municipality (store, municipality_id, &status);

          if (named == NULL)
            return status;
        }
      if (!(municipality = find_own_party (store, partnership, municipality_id, &status)))
        return status;
      scope_title = cp_partnership_dup_title (partnership);
    }
  else if (municipality_id != 0)
    {
      if (!(municipality = load_municipality (store, municipality_id, &status)))
        return status;
      scope_title = g_strdup (cp_municipality_get_name (municipality));
    }
  else
    {
      if (!(municipality = choose_own_municipality (invocation, store, &status)))
        return status;
      scope_title = g_strdup (cp_municipality_get_name (municipality));
    }
  if (!cp_municipality_get_is_own (municipality))
    return not_own_municipality (municipality);
  municipality_id = cp_record_get_id (CP_RECORD (municipality));

  if (!(assessments = cp_store_list_condition_assessments (store, municipality_id, &error)))
    return fail_with (error);
  if (!cp_store_gather_conditions_facts (store, municipality_id, partnership_id, year, today, &facts, &error))
    return fail_with (error);

  if (format == FORMAT_JSON)
    {
      builder = json_builder_new ();
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "municipality");
      json_builder_begin_object (builder);
      add_json_id (builder, "id", municipality_id);
      add_json_string (builder, "name", cp_municipality_get_name (municipality));
      json_builder_end_object (builder);
      json_builder_set_member_name (builder, "partnership");
      if (partnership != NULL)
        {
          json_builder_begin_object (builder);
          add_json_id (builder, "id", partnership_id);
          add_json_string (builder, "title", scope_title);
          json_builder_end_object (builder);
        }
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "year");
      json_builder_add_int_value (builder, year);
      add_json_string (builder, "today", today);
      json_builder_set_member_name (builder, "conditions");
      json_builder_begin_array (builder);
    }
  else
    {
      /* Translators: the heading of “conditions”: a municipality or a partnership, then the year */
      g_print (_("The critical conditions of %s in %d"), scope_title, year);
      g_print ("\n");
    }

  for (guint i = 0; i < G_N_ELEMENTS (all_conditions); i++)
    {
      g_autoptr(CpConditionResult) result = cp_conditions_evaluate (&facts, all_conditions[i]);
      g_autoptr(GPtrArray) selected = select_assessments (assessments, partnership_id, year, all_conditions[i]);

      if (format == FORMAT_JSON)
        {
          json_builder_begin_object (builder);
          add_json_string (builder, "condition", cp_enum_to_nick (CP_TYPE_CONDITION, all_conditions[i]));
          add_json_string (builder, "title", cp_condition_to_label (all_conditions[i]));
          add_json_string (builder, "meaning", cp_condition_get_meaning (all_conditions[i]));
          add_json_judgement (builder, result, selected);
          json_builder_end_object (builder);
        }
      else
        {
          g_print ("\n");
          print_judgement (cp_condition_to_label (all_conditions[i]), result, selected);
        }
    }
  cp_conditions_facts_clear (&facts);

  if (format == FORMAT_JSON)
    {
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      write_json (builder);
    }
  return finish_output ();
}

/* A partner's figures, as Table 6.6 of the study compares them. */
typedef struct
{
  CpMunicipality *municipality;
  CpIcStructure  *structure;  /* of the year or the latest before; NULL when none */
  CpSouthFacts    facts;
} Partner;

static void
partner_free (Partner *partner)
{
  g_clear_object (&partner->municipality);
  g_clear_object (&partner->structure);
  cp_south_facts_clear (&partner->facts);
  g_free (partner);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Partner, partner_free)

/* The plan by its short name, “PEDM” of “PEDM (Structural Municipal Development Plan,
 * 2004)”, so that the partners fit side by side; JSON gives the whole name. */
static char *
format_plan (const Partner *partner)
{
  const char *full_name = partner->structure != NULL ? cp_ic_structure_get_plan_name (partner->structure) : NULL;
  const char *authority = partner->facts.plan_authority >= 0
                            ? cp_plan_authority_to_label ((CpPlanAuthority) partner->facts.plan_authority) : NULL;
  const char *bracket = full_name != NULL ? strstr (full_name, " (") : NULL;
  g_autofree char *name = bracket != NULL && bracket > full_name ? g_strndup (full_name, bracket - full_name)
                                                                 : g_strdup (full_name);

  if (name != NULL && *name != '\0' && authority != NULL)
    /* Translators: a partner's development plan and the plan's authority, such as “PEDM (strong)” */
    return g_strdup_printf (_("%s (%s)"), name, authority);
  if (name != NULL && *name != '\0')
    return g_strdup (name);
  return g_strdup (authority != NULL ? authority : UNKNOWN_VALUE);
}

static char *
format_meetings (const CpSouthFacts *facts)
{
  if (facts->meetings_held < 0)
    return g_strdup (UNKNOWN_VALUE);
  /* Translators: coordination meetings held, then cancelled, such as “4 / 2” */
  return g_strdup_printf (_("%d / %d"), facts->meetings_held, MAX (facts->meetings_cancelled, 0));
}

static char *
format_reports (const CpSouthFacts *facts)
{
  if (facts->reports_due < 0)
    return g_strdup (UNKNOWN_VALUE);
  /* Translators: reports to the Northern partners overdue, of those due, such as “1 of 3” */
  return g_strdup_printf (_("%d of %d"), MAX (facts->reports_overdue, 0), facts->reports_due);
}

static char *
format_unit (const Partner *partner)
{
  if (partner->facts.ic_unit_type < 0)
    return g_strdup (UNKNOWN_VALUE);
  return g_strdup (cp_ic_unit_type_to_label ((CpIcUnitType) partner->facts.ic_unit_type));
}

static char *
format_staff (const Partner *partner)
{
  return format_count (partner->facts.ic_staff);
}

static char *
format_sister_cities (const Partner *partner)
{
  return format_count (partner->facts.sister_cities);
}

static char *
format_budget_share (const Partner *partner)
{
  return cp_indicator_format_percent (partner->facts.ic_share_of_budget, 1);
}

static char *
format_investment_share (const Partner *partner)
{
  return cp_indicator_format_percent (partner->facts.ic_share_of_investment, 1);
}

static char *
format_partner_meetings (const Partner *partner)
{
  return format_meetings (&partner->facts);
}

static char *
format_partner_reports (const Partner *partner)
{
  return format_reports (&partner->facts);
}

static char *
format_representative (const Partner *partner)
{
  return format_fact (partner->facts.political_representative);
}

static char *
format_ccse (const Partner *partner)
{
  return format_fact (partner->facts.ccse_present);
}

/* The rows of Table 6.6, in its order. */
static const struct
{
  const char  *heading;  /* N_() */
  char      *(*format) (const Partner *partner);
} compared_rows[] = {
  /* Translators: a row of the comparison of partner municipalities: the unit that runs international cooperation */
  { N_("IC unit"), format_unit },
  /* Translators: a row of the comparison of partner municipalities: the staff of the international cooperation unit */
  { N_("IC staff"), format_staff },
  /* Translators: a row of the comparison of partner municipalities: the development plan and its authority */
  { N_("Plan and authority"), format_plan },
  { N_("Sister cities"), format_sister_cities },
  /* Translators: a row of the comparison of partner municipalities: international cooperation's share of the budget */
  { N_("IC share of the budget"), format_budget_share },
  /* Translators: a row of the comparison of partner municipalities: international cooperation's share of public investment */
  { N_("IC share of public investment"), format_investment_share },
  /* Translators: a row of the comparison of partner municipalities: coordination meetings held and cancelled in the year */
  { N_("Meetings held / cancelled"), format_partner_meetings },
  /* Translators: a row of the comparison of partner municipalities: reports to the Northern partners overdue of those due */
  { N_("Reports overdue"), format_partner_reports },
  { N_("Political representative"), format_representative },
  /* Translators: a row of the comparison of partner municipalities: whether community, civil society and enterprises (CCSE) take part */
  { N_("CCSE"), format_ccse },
};

static void
print_partners_compared (GPtrArray *partners,
                         int        year)
{
  g_autoptr(GPtrArray) headings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(Table) table = NULL;

  /* Translators: the first heading of the comparison of partner municipalities: the year of the figures */
  g_ptr_array_add (headings, g_strdup_printf (_("In %d"), year));
  for (guint i = 0; i < partners->len; i++)
    {
      const Partner *partner = g_ptr_array_index (partners, i);

      g_ptr_array_add (headings, g_strdup (cp_municipality_get_name (partner->municipality)));
    }
  table = table_new (headings->len, 0, (const char * const *) headings->pdata);

  for (guint row = 0; row < G_N_ELEMENTS (compared_rows); row++)
    {
      table_take_cell (table, g_strdup (_(compared_rows[row].heading)));
      for (guint i = 0; i < partners->len; i++)
        table_take_cell (table, compared_rows[row].format (g_ptr_array_index (partners, i)));
    }
  table_print (table);
}

static void
add_json_partner (JsonBuilder   *builder,
                  const Partner *partner)
{
  const CpSouthFacts *facts = &partner->facts;

  json_builder_begin_object (builder);
  add_json_id (builder, "id", cp_record_get_id (CP_RECORD (partner->municipality)));
  add_json_string (builder, "name", cp_municipality_get_name (partner->municipality));
  add_json_string (builder, "country", cp_municipality_get_country (partner->municipality));

  /* Table 6.6 */
  json_builder_set_member_name (builder, "structure");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "ic_unit");
  if (facts->ic_unit_type >= 0)
    json_builder_add_string_value (builder, cp_enum_to_nick (CP_TYPE_IC_UNIT_TYPE, facts->ic_unit_type));
  else
    json_builder_add_null_value (builder);
  add_json_string (builder, "ic_unit_name",
                   partner->structure != NULL ? cp_ic_structure_get_unit_name (partner->structure) : NULL);
  add_json_count (builder, "ic_staff", facts->ic_staff);
  add_json_string (builder, "plan", partner->structure != NULL ? cp_ic_structure_get_plan_name (partner->structure) : NULL);
  json_builder_set_member_name (builder, "plan_authority");
  if (facts->plan_authority >= 0)
    json_builder_add_string_value (builder, cp_enum_to_nick (CP_TYPE_PLAN_AUTHORITY, facts->plan_authority));
  else
    json_builder_add_null_value (builder);
  add_json_count (builder, "sister_cities", facts->sister_cities);
  add_json_indicator (builder, "ic_share_of_budget", facts->ic_share_of_budget);
  add_json_indicator (builder, "ic_share_of_investment", facts->ic_share_of_investment);
  add_json_count (builder, "meetings_held", facts->meetings_held);
  add_json_count (builder, "meetings_cancelled", facts->meetings_held >= 0 ? MAX (facts->meetings_cancelled, 0) : -1);
  add_json_count (builder, "reports_due", facts->reports_due);
  add_json_count (builder, "reports_overdue", facts->reports_due >= 0 ? MAX (facts->reports_overdue, 0) : -1);
  add_json_fact (builder, "political_representative", facts->political_representative);
  add_json_fact (builder, "ccse", facts->ccse_present);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "issues");
  json_builder_begin_array (builder);
  for (int issue = 0; issue < CP_N_SOUTH_ISSUES; issue++)
    {
      g_autoptr(CpConditionResult) result = cp_conditions_evaluate_south (facts, issue);

      json_builder_begin_object (builder);
      add_json_string (builder, "issue", south_issue_keys[issue]);
      add_json_string (builder, "title", cp_south_issue_to_label (issue));
      add_json_string (builder, "meaning", cp_south_issue_get_meaning (issue));
      add_json_judgement (builder, result, NULL);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
print_partner (const Partner *partner,
               int            year)
{
  /* Translators: the heading of “structures”: a partner municipality, then the year */
  g_print (_("The management structure of %s in %d"), cp_municipality_get_name (partner->municipality), year);
  g_print ("\n");
  for (int issue = 0; issue < CP_N_SOUTH_ISSUES; issue++)
    {
      g_autoptr(CpConditionResult) result = cp_conditions_evaluate_south (&partner->facts, issue);

      g_print ("\n");
      print_judgement (cp_south_issue_to_label (issue), result, NULL);
    }
}

/* Gathers what is known of @municipality's structure in @year. */
static Partner *
load_partner (CpStore         *store,
              CpMunicipality  *municipality,
              int              year,
              const char      *today,
              GError         **error)
{
  g_autoptr(Partner) partner = g_new0 (Partner, 1);
  gint64 id = cp_record_get_id (CP_RECORD (municipality));
  GError *local_error = NULL;

  partner->municipality = g_object_ref (municipality);
  if (!cp_store_gather_south_facts (store, id, year, today, &partner->facts, error))
    return NULL;
  partner->structure = cp_store_find_ic_structure (store, id, year, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }
  return g_steal_pointer (&partner);
}

static int
run_structures (Invocation *invocation)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CpStore) store = NULL;
  g_autoptr(GPtrArray) municipalities = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) partners = g_ptr_array_new_with_free_func ((GDestroyNotify) partner_free);
  g_autofree char *today = NULL;
  gint64 municipality_id;
  OutputFormat format;
  int year, status = EXIT_FAILED;

  if (invocation->arguments[0] != NULL)
    return usage_error (invocation->command, _("Unexpected argument “%s”."), invocation->arguments[0]);
  if (!parse_format (invocation->format, &format) || format == FORMAT_TSV)
    return unknown_format_of_judgement (invocation);
  if (!parse_id_option (invocation->municipality, &municipality_id))
    return bad_municipality_id (invocation);
  if (!parse_year_option (invocation->year, &year))
    return bad_year (invocation);
  if (!(today = dup_today_option (invocation, &status)))
    return status;
  if (year == 0)
    year = (int) g_ascii_strtoll (today, NULL, 10);

  if (!(store = open_workspace (invocation, &error)))
    return fail_with (error);

  if (municipality_id != 0)
    {
      CpMunicipality *municipality = load_municipality (store, municipality_id, &status);

      if (municipality == NULL)
        return status;
      g_ptr_array_add (municipalities, municipality);
      if (cp_municipality_get_is_own (municipality))
        {
          /* Translators: a municipality's name; “structures” and “conditions” are commands: keep them */
          print_error (_("%s is an own municipality: “structures” describes a partner municipality, “conditions” an own one."),
                       cp_municipality_get_name (municipality));
          return EXIT_FAILED;
        }
    }
  else
    {
      g_autoptr(GListModel) all = cp_store_list_municipalities (store, &error);

      if (all == NULL)
        return fail_with (error);
      for (guint i = 0; i < g_list_model_get_n_items (all); i++)
        {
          g_autoptr(CpMunicipality) municipality = g_list_model_get_item (all, i);

          if (!cp_municipality_get_is_own (municipality))
            g_ptr_array_add (municipalities, g_steal_pointer (&municipality));
        }
      if (municipalities->len == 0)
        {
          /* Translators: the workspace's file */
          print_error (_("“%s” has no partner municipality: add the partners of your partnerships first."),
                       cp_store_get_path (store));
          return EXIT_FAILED;
        }
    }

  for (guint i = 0; i < municipalities->len; i++)
    {
      Partner *partner = load_partner (store, g_ptr_array_index (municipalities, i), year, today, &error);

      if (partner == NULL)
        return fail_with (error);
      g_ptr_array_add (partners, partner);
    }

  if (format == FORMAT_JSON)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "year");
      json_builder_add_int_value (builder, year);
      add_json_string (builder, "today", today);
      json_builder_set_member_name (builder, "partners");
      json_builder_begin_array (builder);
      for (guint i = 0; i < partners->len; i++)
        add_json_partner (builder, g_ptr_array_index (partners, i));
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      write_json (builder);
    }
  else if (invocation->compare)
    print_partners_compared (partners, year);
  else
    for (guint i = 0; i < partners->len; i++)
      {
        if (i > 0)
          g_print ("\n");
        print_partner (g_ptr_array_index (partners, i), year);
      }
  return finish_output ();
}

/* report */

typedef enum
{
  REPORT_OF_PARTNERSHIP,
  REPORT_OF_VISIT,
  REPORT_OF_MUNICIPALITY,
} ReportScope;

/* What each report (--type, by cp_report_type_to_nick()) is of: the option that
 * says which record, and whether it takes a year (--year) and a first year
 * (--from-year). A report of a partnership may name its own party (--municipality). */
static const struct
{
  ReportScope  scope;
  gboolean     by_year;
  gboolean     from_year;
} report_types[CP_N_REPORT_TYPES] = {
  [CP_REPORT_ANNUAL] = { REPORT_OF_PARTNERSHIP, TRUE, FALSE },
  [CP_REPORT_EVALUATION] = { REPORT_OF_PARTNERSHIP, TRUE, TRUE },
  [CP_REPORT_VISIT] = { REPORT_OF_VISIT, FALSE, FALSE },
  [CP_REPORT_BUDGET] = { REPORT_OF_MUNICIPALITY, TRUE, FALSE },
  [CP_REPORT_HANDOVER] = { REPORT_OF_PARTNERSHIP, TRUE, FALSE },
};

typedef enum
{
  REPORT_PDF,
  REPORT_ODT,
} ReportFormat;

/* An option the report of --type does not take. */
static int
foreign_report_option (Invocation *invocation,
                       const char *option)
{
  /* Translators: an option such as “--visit”, then a report type such as “annual”: keep both */
  return usage_error (invocation->command, _("%s does not go with --type %s."), option, invocation->type);
}

static gboolean
parse_report_format (Invocation   *invocation,
                     ReportFormat *format,
                     int          *status)
{
  g_autofree char *name = NULL;

  if (invocation->format != NULL)
    {
      if (g_str_equal (invocation->format, "pdf"))
        *format = REPORT_PDF;
      else if (g_str_equal (invocation->format, "odt"))
        *format = REPORT_ODT;
      else
        {
          /* Translators: “pdf” and “odt” are the option's words: keep them */
          *status = usage_error (invocation->command, _("Unknown format “%s”: choose pdf or odt."), invocation->format);
          return FALSE;
        }
      return TRUE;
    }

  name = g_ascii_strdown (invocation->output, -1);
  if (g_str_has_suffix (name, ".pdf"))
    *format = REPORT_PDF;
  else if (g_str_has_suffix (name, ".odt"))
    *format = REPORT_ODT;
  else
    {
      *status = usage_error (invocation->command,
                             /* Translators: the file given with --output; “--format”, “pdf” and “odt” are the option and its words: keep them */
                             _("“%s” ends in neither .pdf nor .odt: say which to write with --format pdf or --format odt."),
                             invocation->output);
      return FALSE;
    }
  return TRUE;
}

/* The record a report is of is there (and a municipality named beside a
 * partnership is one of its parties); FALSE after saying what is not. */
static gboolean
check_report_subject (Invocation *invocation,
                      CpStore    *store,
                      ReportScope scope,
                      gint64      id,
                      gint64     *municipality_id,
                      int        *status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CpVisit) visit = NULL;
  g_autoptr(CpPartnership) partnership = NULL;
  g_autoptr(CpMunicipality) municipality = NULL;
  g_autofree char *text = NULL;

  if (scope == REPORT_OF_MUNICIPALITY)
    {
      if (*municipality_id != 0)
        municipality = load_municipality (store, *municipality_id, status);
      else
        municipality = choose_own_municipality (invocation, store, status);
      if (municipality == NULL)
        return FALSE;
      *municipality_id = cp_record_get_id (CP_RECORD (municipality));
      return TRUE;
    }

  if (scope == REPORT_OF_VISIT && (visit = cp_store_get_visit (store, id, &error)) != NULL)
    return TRUE;
  if (scope == REPORT_OF_PARTNERSHIP && (partnership = cp_store_get_partnership (store, id, &error)) != NULL)
    {
      g_autoptr(CpMunicipality) named = NULL;

      if (*municipality_id == 0)
        return TRUE;
      /* An ID that is nobody's says so, before whether it is a party. */
      if (!(named = load_municipality (store, *municipality_id, status)))
        return FALSE;
      if (!(municipality = find_own_party (store, partnership, *municipality_id, status)))
        return FALSE;
      if (!cp_municipality_get_is_own (municipality))
        {
          /* Translators: a municipality's name; “--municipality” is the option: keep it */
          print_error (_("%s is a partner municipality: with --municipality, a report of a partnership names its own party."),
                       cp_municipality_get_name (municipality));
          *status = EXIT_FAILED;
          return FALSE;
        }
      return TRUE;
    }
  if (!g_error_matches (error, CP_STORE_ERROR, CP_STORE_ERROR_NOT_FOUND))
    {
      *status = fail_with (error);
      return FALSE;
    }

  text = format_id (id);
  if (scope == REPORT_OF_VISIT)
    /* Translators: the visit's ID, then the workspace's file */
    print_error (_("There is no visit with the ID %s in “%s”."), text, cp_store_get_path (store));
  else
    /* Translators: the partnership's ID, then the workspace's file */
    print_error (_("There is no partnership with the ID %s in “%s”."), text, cp_store_get_path (store));
  *status = EXIT_FAILED;
  return FALSE;
}

static int
run_report (Invocation *invocation)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CpStore) store = NULL;
  g_autoptr(CpReportDocument) document = NULL;
  g_autofree char *today = NULL;
  CpReportRequest request = { 0 };
  const char *language = NULL;
  CpReportType kind;
  gint64 partnership_id, visit_id, municipality_id;
  ReportFormat format = REPORT_PDF;
  int year, first_year, status = EXIT_FAILED;
  gboolean written;

  if (invocation->arguments[0] != NULL)
    return usage_error (invocation->command, _("Unexpected argument “%s”."), invocation->arguments[0]);

  if (invocation->type == NULL)
    return usage_error (invocation->command,
                        /* Translators: “--type” is the option and the words after the colon its values: keep them */
                        _("Say which report to write with --type: annual, evaluation, visit, budget or handover."));
  if (!cp_report_type_from_nick (invocation->type, &kind))
    return usage_error (invocation->command,
                        /* Translators: %s is what was typed after “--type”; the words after the colon are the option's: keep them */
                        _("Unknown report “%s”: choose annual, evaluation, visit, budget or handover."),
                        invocation->type);

  /* Each report is of one kind of record, named by one option. */
  if (invocation->partnership != NULL && report_types[kind].scope != REPORT_OF_PARTNERSHIP)
    return foreign_report_option (invocation, "--partnership");
  if (invocation->visit != NULL && report_types[kind].scope != REPORT_OF_VISIT)
    return foreign_report_option (invocation, "--visit");
  if (invocation->municipality != NULL && report_types[kind].scope == REPORT_OF_VISIT)
    return foreign_report_option (invocation, "--municipality");
  if (invocation->year != NULL && !report_types[kind].by_year)
    return foreign_report_option (invocation, "--year");
  if (invocation->from_year != NULL && !report_types[kind].from_year)
    return foreign_report_option (invocation, "--from-year");

  if (!parse_id_option (invocation->partnership, &partnership_id))
    return usage_error (invocation->command,
                        /* Translators: %s is what was typed after “--partnership”, an option; “list partnerships” is a command: keep both */
                        _("“%s” is not the ID of a partnership: give its number, as “list partnerships” shows it."),
                        invocation->partnership);
  if (!parse_id_option (invocation->visit, &visit_id))
    /* Translators: %s is what was typed after “--visit”, an option: keep it */
    return usage_error (invocation->command, _("“%s” is not the ID of a visit: give its number after --visit."),
                        invocation->visit);
  if (!parse_id_option (invocation->municipality, &municipality_id))
    return bad_municipality_id (invocation);
  if (report_types[kind].scope == REPORT_OF_PARTNERSHIP && partnership_id == 0)
    return usage_error (invocation->command,
                        /* Translators: “--partnership” is the option and “list partnerships” a command: keep both */
                        _("Say which partnership the report is about with --partnership ID, as “list partnerships” shows it."));
  if (report_types[kind].scope == REPORT_OF_VISIT && visit_id == 0)
    /* Translators: “--visit” is the option: keep it */
    return usage_error (invocation->command, _("Say which visit the report is about with --visit ID."));

  if (!parse_year_option (invocation->year, &year))
    return bad_year (invocation);
  if (!parse_year_option (invocation->from_year, &first_year))
    /* Translators: %s is what was typed after “--from-year”, an option: keep it */
    return usage_error (invocation->command, _("“%s” is not a year: give it in four digits after --from-year, such as 2004."),
                        invocation->from_year);

  if (!(language = parse_language_option (invocation, &status)))
    return status;

  if (invocation->output == NULL)
    /* Translators: “--output” is the option, not to be translated; FILE as in the help */
    return usage_error (invocation->command, _("Say where to write the report with --output FILE."));
  if (!parse_report_format (invocation, &format, &status))
    return status;
  if (!(today = dup_today_option (invocation, &status)))
    return status;
  if (year == 0)
    year = (int) g_ascii_strtoll (today, NULL, 10);
  if (first_year > year)
    /* Translators: “--from-year” and “--year” are the options: keep them */
    return usage_error (invocation->command, _("--from-year %d comes after --year %d: give the first year first."),
                        first_year, year);

  if (!(store = open_workspace (invocation, &error)))
    return fail_with (error);
  if (is_same_file (invocation->output, cp_store_get_path (store)))
    {
      /* Translators: the file given with --output, which is the workspace itself */
      print_error (_("“%s” is the workspace itself: choose another file for the export."), invocation->output);
      return EXIT_FAILED;
    }

  if (!check_report_subject (invocation, store, report_types[kind].scope,
                             report_types[kind].scope == REPORT_OF_VISIT ? visit_id : partnership_id,
                             &municipality_id, &status))
    return status;

  request.type = kind;
  request.partnership_id = partnership_id;
  request.municipality_id = municipality_id;
  request.visit_id = visit_id;
  request.year = report_types[kind].by_year ? year : 0;
  request.first_year = first_year;
  request.sections = 0;
  request.language = language;
  request.today = today;
  if (!(document = cp_report_build (store, &request, &error)))
    return fail_with (error);

  if (format == REPORT_ODT)
    written = cp_report_write_odt (document, invocation->output, &error);
  else
    written = cp_report_write_pdf (document, invocation->output, &error);
  if (!written)
    return fail_with (error);
  return EXIT_OK;
}

/* help */

static int run_help (Invocation *invocation);

static const Command commands[] = {
  { "demo", "", N_("Write a new workspace with the sample data"), OPTION_OUTPUT, run_demo },
  { "generate", "", N_("Write a new workspace with synthetic data of any size"), OPTION_OUTPUT | OPTION_GENERATE,
    run_generate },
  /* The words to list are literal: not marked for translation. */
  { "list", "partnerships|municipalities|people|needs|transactions",
    N_("List the partnerships, municipalities, people, needs or ledger entries of a workspace"),
    OPTION_DATABASE | OPTION_FORMAT | OPTION_YEAR, run_list },
  /* Translators: the placeholder in the usage line of the help, “counterpart-cli match [OPTION…] NEED_ID” */
  { "match", N_("NEED_ID"), N_("Rank everyone for a partner’s need, with the reasons"),
    OPTION_DATABASE | OPTION_FORMAT | OPTION_TODAY, run_match },
  /* Translators: placeholders in the usage line of the help; FILE as in “--database=FILE” */
  { "check", N_("[FILE]"), N_("Check a workspace file without changing it"), OPTION_DATABASE, run_check },
  /* The format to export is literal: not marked for translation. */
  { "export", "ical|csv|iati",
    /* Translators: the summary of “export” in the help; iCalendar and IATI are names of file formats */
    N_("Write visits to an iCalendar file, the ledger or a year at a glance to CSV, or the partnerships as IATI activities"),
    OPTION_DATABASE | OPTION_EXPORT | OPTION_CSV | OPTION_LANGUAGE, run_export },
  /* Translators: the words after “counterpart-cli import [OPTION…]” in the help: “csv” stays, FILE is a placeholder */
  { "import", N_("csv FILE"), N_("Add the entries of a CSV file to the ledger, all of them or none"),
    OPTION_DATABASE | OPTION_IMPORT, run_import },
  { "conditions", "",
    /* Translators: the summary of “conditions” in the help */
    N_("Judge the four critical conditions of an own municipality or a partnership in a year"),
    OPTION_DATABASE | OPTION_JUDGE | OPTION_CONDITIONS, run_conditions },
  { "structures", "",
    /* Translators: the summary of “structures” in the help */
    N_("Judge the partner municipalities’ management structures, or compare them side by side"),
    OPTION_DATABASE | OPTION_JUDGE | OPTION_STRUCTURES, run_structures },
  { "report", "",
    /* Translators: the summary of “report” in the help; OpenDocument Text is the name of the file format */
    N_("Write a council report as PDF or OpenDocument Text"),
    OPTION_DATABASE | OPTION_REPORT, run_report },
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
    { "today", 0, 0, G_OPTION_ARG_STRING, &invocation->today,
      /* Translators: DATE as in the placeholder of the option, “--today=DATE” */
      N_("Rank as on DATE (year-month-day) instead of today"),
      /* Translators: the placeholder of the option, as in “--today=DATE” */
      N_("DATE") },
    { NULL }
  };
  const GOptionEntry generate_entries[] = {
    { "people", 0, 0, G_OPTION_ARG_STRING, &invocation->people,
      /* Translators: N as in the placeholder of the option, “--people=N” */
      N_("Make N people (default: 1000)"),
      /* Translators: the placeholder of a number option, as in “--people=N” */
      N_("N") },
    { "partnerships", 0, 0, G_OPTION_ARG_STRING, &invocation->partnerships,
      /* Translators: N as in the placeholder of the option, “--partnerships=N” */
      N_("Make N partnerships (default: 20)"), N_("N") },
    { "needs", 0, 0, G_OPTION_ARG_STRING, &invocation->needs,
      /* Translators: N as in the placeholder of the option, “--needs=N” */
      N_("Make N needs of the partners (default: 50)"), N_("N") },
    { "seed", 0, 0, G_OPTION_ARG_STRING, &invocation->seed,
      /* Translators: S as in the placeholder of the option, “--seed=S”; the seed of the random numbers */
      N_("Draw the data from seed S (default: 1); the same options give the same file"),
      /* Translators: the placeholder of the option, as in “--seed=S” */
      N_("S") },
    { NULL }
  };
  const GOptionEntry export_entries[] = {
    { "visit", 0, 0, G_OPTION_ARG_STRING, &invocation->visit,
      /* Translators: ID as in the placeholder of the option, “--visit=ID” */
      N_("Export only the visit with this ID"),
      /* Translators: the placeholder of an option, as in “--visit=ID” */
      N_("ID") },
    { "partnership", 0, 0, G_OPTION_ARG_STRING, &invocation->partnership,
      /* Translators: ID as in the placeholder of the option, “--partnership=ID”; “ical” and “iati” are the command's words */
      N_("ical: only the visits of the partnership with this ID; iati: only that partnership"), N_("ID") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &invocation->output,
      /* Translators: FILE as in the placeholder of the option, “--output=FILE”; “csv” is the command's word */
      N_("Write to FILE, replacing it (csv and iati without it: to the standard output)"), N_("FILE") },
    { NULL }
  };
  const GOptionEntry language_entries[] = {
    { "language", 'l', 0, G_OPTION_ARG_STRING, &invocation->language,
      /* Translators: “iati” is the command's word */
      N_("iati: the texts are in English, Dutch, Spanish or Afrikaans (default: the language of the interface)"),
      "en|nl|es|af" },
    { NULL }
  };
  const GOptionEntry csv_entries[] = {
    { "year", 0, 0, G_OPTION_ARG_STRING, &invocation->year,
      /* Translators: YEAR as in the placeholder of the option, “--year=YEAR”; “csv” is the command's word */
      N_("csv: only the ledger entries of YEAR"),
      /* Translators: the placeholder of the option, as in “--year=YEAR” */
      N_("YEAR") },
    { "delimiter", 0, 0, G_OPTION_ARG_STRING, &invocation->delimiter,
      /* Translators: “csv” is the command's word */
      N_("csv: separate the fields with a comma (the default), a semicolon or a tab"), ",|;|tab" },
    { "decimal", 0, 0, G_OPTION_ARG_STRING, &invocation->decimal,
      /* Translators: “csv” is the command's word */
      N_("csv: write amounts with a decimal point or comma (default: a comma with semicolons)"), ".|," },
    { "summary", 0, 0, G_OPTION_ARG_NONE, &invocation->summary,
      /* Translators: “csv” is the command's word, “--year” an option */
      N_("csv: the year at a glance of --year instead of the ledger"), NULL },
    { "municipality", 0, 0, G_OPTION_ARG_STRING, &invocation->municipality,
      /* Translators: ID as in the placeholder of the option, “--municipality=ID”; “--summary” is an option, “iati” the command's word */
      N_("With --summary: for the own municipality with this ID only; iati: published by it (default: the only own municipality)"), N_("ID") },
    { NULL }
  };
  const GOptionEntry import_entries[] = {
    { "decimal", 0, 0, G_OPTION_ARG_STRING, &invocation->decimal,
      N_("Read amounts with a decimal point or comma (default: as the file writes them)"), ".|," },
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &invocation->dry_run,
      N_("Check the file and say what would be imported, without importing"), NULL },
    { NULL }
  };
  const GOptionEntry year_entries[] = {
    { "year", 0, 0, G_OPTION_ARG_STRING, &invocation->year,
      /* Translators: YEAR as in the placeholder of the option, “--year=YEAR”; “transactions” is the command's word */
      N_("transactions: only the ledger entries of YEAR"), N_("YEAR") },
    { NULL }
  };
  const GOptionEntry judge_entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &invocation->format,
      N_("Print a table (the default) or JSON"), "table|json" },
    { "year", 0, 0, G_OPTION_ARG_STRING, &invocation->year,
      /* Translators: YEAR as in the placeholder of the option, “--year=YEAR”; “--today” is an option */
      N_("Judge YEAR (default: the year of --today)"), N_("YEAR") },
    { "today", 0, 0, G_OPTION_ARG_STRING, &invocation->today,
      /* Translators: DATE as in the placeholder of the option, “--today=DATE” */
      N_("Count the days left (of a term, to a report) from DATE (year-month-day) instead of today"), N_("DATE") },
    { NULL }
  };
  const GOptionEntry conditions_entries[] = {
    { "municipality", 0, 0, G_OPTION_ARG_STRING, &invocation->municipality,
      /* Translators: ID as in the placeholder of the option, “--municipality=ID” */
      N_("For the own municipality with this ID (default: the partnership’s, or the only one)"), N_("ID") },
    { "partnership", 0, 0, G_OPTION_ARG_STRING, &invocation->partnership,
      /* Translators: ID as in the placeholder of the option, “--partnership=ID” */
      N_("For the partnership with this ID instead of the whole municipality"), N_("ID") },
    { NULL }
  };
  const GOptionEntry structures_entries[] = {
    { "municipality", 0, 0, G_OPTION_ARG_STRING, &invocation->municipality,
      /* Translators: ID as in the placeholder of the option, “--municipality=ID” */
      N_("Only the partner municipality with this ID (default: all of them)"), N_("ID") },
    { "compare", 0, 0, G_OPTION_ARG_NONE, &invocation->compare,
      /* Translators: Table 6.6 is a table of the study: keep the number */
      N_("Compare the partner municipalities side by side, as Table 6.6 of the study does"), NULL },
    { NULL }
  };
  const GOptionEntry report_entries[] = {
    { "type", 't', 0, G_OPTION_ARG_STRING, &invocation->type,
      N_("The report: the annual report or the evaluation of a partnership, a visit report, the budget statement "
         "of a municipality, or the handover dossier of a partnership"),
      "annual|evaluation|visit|budget|handover" },
    { "partnership", 0, 0, G_OPTION_ARG_STRING, &invocation->partnership,
      /* Translators: ID as in the placeholder of the option, “--partnership=ID”; the words before the colon are report types: keep them */
      N_("annual, evaluation, handover: of the partnership with this ID"), N_("ID") },
    { "visit", 0, 0, G_OPTION_ARG_STRING, &invocation->visit,
      /* Translators: ID as in the placeholder of the option, “--visit=ID”; “visit” before the colon is a report type: keep it */
      N_("visit: of the visit with this ID"), N_("ID") },
    { "municipality", 0, 0, G_OPTION_ARG_STRING, &invocation->municipality,
      /* Translators: ID as in the placeholder of the option, “--municipality=ID”; “budget” is a report type: keep it */
      N_("budget: of the municipality with this ID (default: the only own municipality); "
         "else the partnership’s own party with this ID"), N_("ID") },
    { "year", 0, 0, G_OPTION_ARG_STRING, &invocation->year,
      /* Translators: YEAR as in the placeholder of the option, “--year=YEAR”; “evaluation” is a report type, “--today” an option: keep them */
      N_("Of YEAR; evaluation: up to YEAR (default: the year of --today)"), N_("YEAR") },
    { "from-year", 0, 0, G_OPTION_ARG_STRING, &invocation->from_year,
      /* Translators: YEAR as in the placeholder of the option, “--from-year=YEAR”; “evaluation” is a report type, “--year” an option: keep them */
      N_("evaluation: from YEAR (default: three years before --year)"), N_("YEAR") },
    { "language", 'l', 0, G_OPTION_ARG_STRING, &invocation->language,
      N_("Write the report in English, Dutch, Spanish or Afrikaans (default: the language of the interface)"),
      "en|nl|es|af" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &invocation->format,
      /* Translators: “--output” is an option */
      N_("Write PDF or OpenDocument Text (default: as the name of --output ends)"), "pdf|odt" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &invocation->output,
      /* Translators: FILE as in the placeholder of the option, “--output=FILE” */
      N_("Write the report to FILE, replacing it"), N_("FILE") },
    { "today", 0, 0, G_OPTION_ARG_STRING, &invocation->today,
      /* Translators: DATE as in the placeholder of the option, “--today=DATE” */
      N_("Date the report DATE (year-month-day) instead of today"), N_("DATE") },
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
  if (command->options & OPTION_EXPORT)
    g_option_context_add_main_entries (context, export_entries, GETTEXT_PACKAGE);
  if (command->options & OPTION_CSV)
    g_option_context_add_main_entries (context, csv_entries, GETTEXT_PACKAGE);
  if (command->options & OPTION_IMPORT)
    g_option_context_add_main_entries (context, import_entries, GETTEXT_PACKAGE);
  if (command->options & OPTION_YEAR)
    g_option_context_add_main_entries (context, year_entries, GETTEXT_PACKAGE);
  if (command->options & OPTION_JUDGE)
    g_option_context_add_main_entries (context, judge_entries, GETTEXT_PACKAGE);
  if (command->options & OPTION_CONDITIONS)
    g_option_context_add_main_entries (context, conditions_entries, GETTEXT_PACKAGE);
  if (command->options & OPTION_STRUCTURES)
    g_option_context_add_main_entries (context, structures_entries, GETTEXT_PACKAGE);
  if (command->options & OPTION_REPORT)
    g_option_context_add_main_entries (context, report_entries, GETTEXT_PACKAGE);
  if (command->options & OPTION_LANGUAGE)
    g_option_context_add_main_entries (context, language_entries, GETTEXT_PACKAGE);
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

  cp_i18n_init ();
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
