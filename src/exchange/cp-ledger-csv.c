/* cp-ledger-csv.c: the ledger as CSV, read from and written for spreadsheets
 *
 * Reading is in two steps: cp-csv.c splits the file into fields, and each row is then
 * made into a transaction here, against the workspace's partnerships, municipalities,
 * funders and actors, loaded once. A row's problem is one sentence that starts with
 * the column's name as the file's header writes it, so that the officer finds it in
 * the spreadsheet.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdarg.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "cp-enum-types.h"
#include "core/cp-money.h"
#include "core/cp-validate.h"
#include "exchange/cp-csv.h"
#include "exchange/cp-ledger-csv.h"

G_DEFINE_QUARK (cp-ledger-csv-error-quark, cp_ledger_csv_error)

/* The rate the messages give as an example: 3.30 soles to the dollar. */
#define EXAMPLE_RATE G_GINT64_CONSTANT (3300000)

typedef enum
{
  COLUMN_DATE,
  COLUMN_KIND,
  COLUMN_SOURCE,
  COLUMN_AMOUNT,
  COLUMN_CURRENCY,
  COLUMN_RATE,
  COLUMN_FROM,
  COLUMN_TO,
  COLUMN_PARTNERSHIP,
  COLUMN_PROJECT,
  COLUMN_DESCRIPTION,
  COLUMN_REFERENCE,
  N_COLUMNS
} Column;

/* The names a column goes by in English, Dutch, Spanish and Afrikaans, compared
 * case-insensitively. The first is the one the writer puts in the header. */
static const char * const column_names[N_COLUMNS][8] = {
  [COLUMN_DATE]        = { "Date", "datum", "fecha", NULL },
  [COLUMN_KIND]        = { "Kind", "type", "soort", "tipo", NULL },
  [COLUMN_SOURCE]      = { "Source", "contribution", "bron", "fuente", NULL },
  [COLUMN_AMOUNT]      = { "Amount", "bedrag", "importe", "monto", NULL },
  [COLUMN_CURRENCY]    = { "Currency", "valuta", "moneda", "geldeenheid", NULL },
  [COLUMN_RATE]        = { "Rate", "exchange rate", "koers", "wisselkoers", "tipo de cambio", "tasa", NULL },
  [COLUMN_FROM]        = { "From", "van", "de", NULL },
  [COLUMN_TO]          = { "To", "aan", "para", NULL },
  [COLUMN_PARTNERSHIP] = { "Partnership", "stedenband", "hermanamiento", "vennootskap", NULL },
  [COLUMN_PROJECT]     = { "Project", "proyecto", "projek", NULL },
  [COLUMN_DESCRIPTION] = { "Description", "omschrijving", "descripción", "descripcion", "beskrywing", NULL },
  [COLUMN_REFERENCE]   = { "Reference", "referentie", "referencia", "verwysing", NULL },
};

/* The English labels of cp-enums.c, so that a file written in English reads the same
 * whatever the interface language (test-ledger-csv compares them with the labels). */
static const char * const english_kind_labels[] = {
  "Commitment", "Disbursement", "Expenditure", "Incoming funds", "Incoming commitment", "Refund",
};

static const char * const english_source_labels[] = {
  "Municipal budget", "Departmental contribution", "Staff donations", "Council donation", "In kind (hours)",
  "External grant", "Partner's own contribution", "Other",
};

G_STATIC_ASSERT (G_N_ELEMENTS (english_kind_labels) == CP_TRANSACTION_KIND_REFUND + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (english_source_labels) == CP_CONTRIBUTION_KIND_OTHER + 1);

void
cp_ledger_csv_import_free (CpLedgerCsvImport *import)
{
  if (import == NULL)
    return;
  g_strfreev (import->header);
  g_clear_pointer (&import->rows, g_ptr_array_unref);
  g_free (import);
}

static void
ledger_csv_row_free (CpLedgerCsvRow *row)
{
  g_strfreev (row->fields);
  g_clear_object (&row->transaction);
  g_free (row->problem);
  g_free (row);
}

/* @text stripped, composed and case-folded: what names are compared by. */
static char *
fold (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autofree char *composed = g_utf8_normalize (stripped, -1, G_NORMALIZE_DEFAULT_COMPOSE);

  return g_utf8_casefold (composed != NULL ? composed : stripped, -1);
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

static gboolean
is_blank_row (const char * const *fields)
{
  for (guint i = 0; fields[i] != NULL; i++)
    if (!is_blank (fields[i]))
      return FALSE;
  return TRUE;
}

/* Numbers as a spreadsheet reads them: no group separators, @decimal between the
 * units and the @digits decimals, trailing zeros dropped down to @keep decimals. */
static char *
format_plain (gint64 value,
              guint  digits,
              guint  keep,
              char   decimal)
{
  guint64 magnitude = value < 0 ? (guint64) (-(value + 1)) + 1 : (guint64) value;
  guint64 scale = 1;
  GString *text = g_string_new (value < 0 ? "-" : "");
  char fraction[24];
  guint length = digits;

  for (guint i = 0; i < digits; i++)
    scale *= 10;
  g_string_append_printf (text, "%" G_GUINT64_FORMAT, magnitude / scale);
  if (digits == 0)
    return g_string_free (text, FALSE);

  g_snprintf (fraction, sizeof fraction, "%0*" G_GUINT64_FORMAT, (int) digits, magnitude % scale);
  while (length > keep && fraction[length - 1] == '0')
    fraction[--length] = '\0';
  if (length > 0)
    {
      g_string_append_c (text, decimal);
      g_string_append (text, fraction);
    }
  return g_string_free (text, FALSE);
}

char *
cp_ledger_csv_format_amount (gint64      minor,
                             const char *currency,
                             char        decimal)
{
  guint digits = cp_currency_get_minor_digits (currency);

  return format_plain (minor, digits, digits, decimal);
}

char *
cp_ledger_csv_format_rate (gint64 micro,
                           char   decimal)
{
  return format_plain (micro, 6, 2, decimal);
}

/* The workspace's names, loaded once for a whole file */

typedef struct
{
  gint64  id;
  char   *name;   /* as the app shows it */
  char   *key;    /* folded */
  char   *alias;  /* a funder's acronym, folded; NULL if none */
} Name;

static void
name_clear (Name *name)
{
  g_free (name->name);
  g_free (name->key);
  g_free (name->alias);
}

typedef struct
{
  CpStore    *store;
  char       *base_currency;
  GArray     *partnerships;    /* Name */
  GArray     *municipalities;  /* Name */
  GArray     *funders;         /* Name */
  GHashTable *actors;          /* partnership id → GArray of Name, loaded when needed */
} Registry;

static GArray *
names_new (void)
{
  GArray *names = g_array_new (FALSE, TRUE, sizeof (Name));

  g_array_set_clear_func (names, (GDestroyNotify) name_clear);
  return names;
}

static void
names_add (GArray     *names,
           gint64      id,
           char       *name,
           const char *alias)
{
  Name entry = { id, name, fold (name), NULL };

  if (alias != NULL && *alias != '\0')
    entry.alias = fold (alias);
  g_array_append_val (names, entry);
}

static void
registry_clear (Registry *registry)
{
  g_clear_pointer (&registry->base_currency, g_free);
  g_clear_pointer (&registry->partnerships, g_array_unref);
  g_clear_pointer (&registry->municipalities, g_array_unref);
  g_clear_pointer (&registry->funders, g_array_unref);
  g_clear_pointer (&registry->actors, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Registry, registry_clear)

static gboolean
registry_load (Registry  *registry,
               CpStore   *store,
               GError   **error)
{
  g_autoptr(GListModel) partnerships = NULL;
  g_autoptr(GListModel) municipalities = NULL;
  g_autoptr(GListModel) funders = NULL;

  registry->store = store;
  registry->partnerships = names_new ();
  registry->municipalities = names_new ();
  registry->funders = names_new ();
  registry->actors = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_array_unref);

  if (!(registry->base_currency = cp_store_dup_base_currency (store, error)) ||
      !(partnerships = cp_store_list_partnerships (store, error)) ||
      !(municipalities = cp_store_list_municipalities (store, error)) ||
      !(funders = cp_store_list_funders (store, error)))
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (partnerships); i++)
    {
      g_autoptr(CpPartnership) partnership = g_list_model_get_item (partnerships, i);

      names_add (registry->partnerships, cp_record_get_id (CP_RECORD (partnership)),
                 cp_partnership_dup_title (partnership), NULL);
    }
  for (guint i = 0; i < g_list_model_get_n_items (municipalities); i++)
    {
      g_autoptr(CpMunicipality) municipality = g_list_model_get_item (municipalities, i);

      names_add (registry->municipalities, cp_record_get_id (CP_RECORD (municipality)),
                 g_strdup (cp_municipality_get_name (municipality)), NULL);
    }
  for (guint i = 0; i < g_list_model_get_n_items (funders); i++)
    {
      g_autoptr(CpFunder) funder = g_list_model_get_item (funders, i);

      names_add (registry->funders, cp_record_get_id (CP_RECORD (funder)),
                 g_strdup (cp_funder_get_name (funder)), cp_funder_get_acronym (funder));
    }
  return TRUE;
}

/* The actors of a partnership, or NULL with an error. */
static GArray *
registry_get_actors (Registry  *registry,
                     gint64     partnership_id,
                     GError   **error)
{
  g_autoptr(GListModel) actors = NULL;
  GArray *names = g_hash_table_lookup (registry->actors, &partnership_id);
  gint64 *key;

  if (names != NULL)
    return names;
  if (!(actors = cp_store_list_actors (registry->store, partnership_id, error)))
    return NULL;

  names = names_new ();
  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(CpActor) actor = g_list_model_get_item (actors, i);

      names_add (names, cp_record_get_id (CP_RECORD (actor)), g_strdup (cp_actor_get_name (actor)), NULL);
    }
  key = g_new (gint64, 1);
  *key = partnership_id;
  g_hash_table_insert (registry->actors, key, names);
  return names;
}

static const Name *
find_id (GArray *names,
         gint64  id)
{
  for (guint i = 0; names != NULL && i < names->len; i++)
    if (g_array_index (names, Name, i).id == id)
      return &g_array_index (names, Name, i);
  return NULL;
}

/* The first of @names called @key (folded), by name or alias; 0 when none. */
static gint64
find_key (GArray     *names,
          const char *key)
{
  for (guint i = 0; names != NULL && i < names->len; i++)
    {
      const Name *name = &g_array_index (names, Name, i);

      if (g_str_equal (name->key, key) || g_strcmp0 (name->alias, key) == 0)
        return name->id;
    }
  return 0;
}

/* Whether @id's name is that of no other in @names, so that the name finds it again. */
static gboolean
is_unique_name (GArray *names,
                gint64  id)
{
  const Name *name = find_id (names, id);

  return name != NULL && *name->key != '\0' && find_key (names, name->key) == id;
}

/* Reading */

/* The stored names of @type's values, joined for a message. */
static char *
join_nicks (GType type)
{
  g_autoptr(GString) nicks = g_string_new (NULL);

  for (guint i = 0; i < cp_enum_count (type); i++)
    {
      if (i > 0)
        g_string_append (nicks, ", ");
      g_string_append (nicks, cp_enum_to_nick (type, i));
    }
  return g_string_free (g_steal_pointer (&nicks), FALSE);
}

/* Matches @key (folded) against the stored names of @type's values, their labels in
 * the interface language and in English (@english). Spaces and underscores may stand
 * for the stored names' hyphens: “incoming funds”, “external_grant”. */
static gboolean
match_enum (GType               type,
            const char * const *english,
            const char         *key,
            int                *value)
{
  g_autofree char *hyphenated = g_strdelimit (g_strdup (key), " _", '-');

  for (guint i = 0; i < cp_enum_count (type); i++)
    {
      g_autofree char *label = fold (cp_enum_to_label (type, i));
      g_autofree char *english_label = fold (english[i]);

      if (g_str_equal (hyphenated, cp_enum_to_nick (type, i)) || g_str_equal (key, label) ||
          g_str_equal (key, english_label))
        {
          *value = i;
          return TRUE;
        }
    }
  return FALSE;
}

typedef enum
{
  DAY_OK,
  DAY_EMPTY,
  DAY_MALFORMED,
  DAY_IMPOSSIBLE,
} DayScan;

/* Reads 2007-03-12 (or 2007/03/12), 12-03-2007, 12/03/2007 or 12.03.2007, with
 * or without leading zeros, and a time after it that is ignored, into ISO text. */
static DayScan
scan_day (const char  *text,
          char       **iso)
{
  guint values[3] = { 0, }, digits[3] = { 0, };
  char separator = 0;
  const char *p = text;
  guint year, month, day;

  if (*text == '\0')
    return DAY_EMPTY;

  for (guint part = 0; part < 3; part++)
    {
      while (g_ascii_isdigit (*p) && digits[part] < 5)
        {
          values[part] = values[part] * 10 + (guint) (*p - '0');
          digits[part]++;
          p++;
        }
      if (digits[part] == 0 || digits[part] > 4)
        return DAY_MALFORMED;
      if (part == 2)
        break;
      if (*p != '-' && *p != '/' && *p != '.')
        return DAY_MALFORMED;
      if (separator != 0 && *p != separator)
        return DAY_MALFORMED;
      separator = *p++;
    }
  /* A time of day, as some systems write it after every date: “2007-03-12 00:00:00”. */
  if (*p == ' ' || *p == 'T')
    {
      for (p++; *p != '\0'; p++)
        if (!g_ascii_isdigit (*p) && *p != ':' && *p != '.')
          return DAY_MALFORMED;
    }
  if (*p != '\0')
    return DAY_MALFORMED;

  if (digits[0] == 4 && digits[1] <= 2 && digits[2] <= 2 && separator != '.')
    {
      year = values[0];
      month = values[1];
      day = values[2];
    }
  else if (digits[2] == 4 && digits[0] <= 2 && digits[1] <= 2)
    {
      day = values[0];
      month = values[1];
      year = values[2];
    }
  else
    return DAY_MALFORMED;

  if (year < 1000 || month < 1 || month > 12 || day < 1 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return DAY_IMPOSSIBLE;
  *iso = g_strdup_printf ("%04u-%02u-%02u", year, month, day);
  return DAY_OK;
}

typedef struct
{
  Registry  registry;
  int       columns[N_COLUMNS];  /* the index of each column in the header, or -1 */
  GStrv     header;
  char      decimal;
} Reader;

static void
reader_clear (Reader *reader)
{
  registry_clear (&reader->registry);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Reader, reader_clear)

/* The column's name for a message: the file's own word when it has the column. */
static const char *
column_title (Reader *reader,
              Column  column)
{
  if (reader->columns[column] >= 0)
    return reader->header[reader->columns[column]];
  switch (column)
    {
    case COLUMN_RATE:
      /* Translators: a column of a ledger file, named in a message about a row that lacks it */
      return C_("ledger column", "Rate");
    default:
      return column_names[column][0];
    }
}

static char *
describe (Reader     *reader,
          Column      column,
          const char *message)
{
  /* Translators: the name of a column of the file, as its header writes it, then what is wrong with the row's value */
  return g_strdup_printf (_("%s: %s"), column_title (reader, column), message);
}

G_GNUC_PRINTF (3, 4)
static char *
describe_printf (Reader     *reader,
                 Column      column,
                 const char *format,
                 ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  return describe (reader, column, message);
}

static gboolean
read_day (Reader      *reader,
          const char  *text,
          char       **iso,
          char       **problem)
{
  switch (scan_day (text, iso))
    {
    case DAY_OK:
      return TRUE;
    case DAY_EMPTY:
      *problem = describe (reader, COLUMN_DATE, _("The date is missing. Write it as 2007-03-12 or 12-03-2007."));
      return FALSE;
    case DAY_IMPOSSIBLE:
      *problem = describe_printf (reader, COLUMN_DATE,
                                  _("“%s” is not a day of the calendar. Check the day and the month."), text);
      return FALSE;
    case DAY_MALFORMED:
    default:
      *problem = describe_printf (reader, COLUMN_DATE,
                                  _("“%s” is not a date. Write it as year-month-day (2007-03-12) or day-month-year (12-03-2007)."),
                                  text);
      return FALSE;
    }
}

static gboolean
read_amount (Reader      *reader,
             const char  *text,
             const char  *currency,
             gint64      *minor,
             char       **problem)
{
  g_autoptr(GError) error = NULL;

  if (text[0] == '-' || g_str_has_prefix (text, "−"))
    {
      *problem = describe_printf (reader, COLUMN_AMOUNT,
                                  _("“%s” is negative. Record money that comes back as a refund, with a positive amount."),
                                  text);
      return FALSE;
    }
  if (!cp_money_parse_notation (text, reader->decimal, currency, minor, &error))
    {
      *problem = describe (reader, COLUMN_AMOUNT, error->message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_rate (Reader      *reader,
           const char  *text,
           const char  *currency,
           gint64      *micro,
           char       **problem)
{
  g_autoptr(GError) error = NULL;
  const char *base = reader->registry.base_currency;

  if (g_str_equal (currency, base))
    {
      *micro = CP_RATE_ONE;
      return TRUE;
    }
  if (*text == '\0')
    {
      g_autofree char *example = cp_ledger_csv_format_rate (EXAMPLE_RATE, reader->decimal);

      *problem = describe_printf (reader, COLUMN_RATE,
                                  /* Translators: two currency codes (the row's and the workspace's), then a rate such as “3.30” */
                                  _("An amount in %s needs its exchange rate to %s, the base currency, such as %s."),
                                  currency, base, example);
      return FALSE;
    }
  if (!cp_rate_parse_notation (text, reader->decimal, micro, &error))
    {
      *problem = describe (reader, COLUMN_RATE, error->message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_enum (Reader             *reader,
           Column              column,
           GType               type,
           const char * const *english,
           const char         *text,
           int                *value,
           char              **problem)
{
  g_autofree char *key = NULL;
  g_autofree char *nicks = NULL;

  if (*text == '\0')
    return TRUE;
  key = fold (text);
  if (match_enum (type, english, key, value))
    return TRUE;

  nicks = join_nicks (type);
  if (type == CP_TYPE_TRANSACTION_KIND)
    /* Translators: what was written, then the stored names of the kinds, which stay in English */
    *problem = describe_printf (reader, column, _("“%s” is not a kind of entry. Use one of: %s."), text, nicks);
  else
    /* Translators: what was written, then the stored names of the sources, which stay in English */
    *problem = describe_printf (reader, column, _("“%s” is not a source of money. Use one of: %s."), text, nicks);
  return FALSE;
}

static gboolean
read_partnership (Reader      *reader,
                  const char  *text,
                  gint64      *id,
                  char       **problem)
{
  g_autofree char *key = NULL;
  gint64 number;

  if (*text == '\0')
    return TRUE;
  key = fold (text);
  if ((*id = find_key (reader->registry.partnerships, key)) != 0)
    return TRUE;
  if (g_ascii_string_to_signed (text, 10, 1, G_MAXINT64, &number, NULL) &&
      find_id (reader->registry.partnerships, number) != NULL)
    {
      *id = number;
      return TRUE;
    }
  *problem = describe_printf (reader, COLUMN_PARTNERSHIP,
                              _("“%s” is not a partnership of this workspace. Write its title as the app shows it, or its ID."),
                              text);
  return FALSE;
}

/* Sets the giver (@to FALSE) or receiver of @transaction from @text: a municipality,
 * a funder (a giver only) or an actor of @partnership_id, else the text as a name. */
static gboolean
read_party (Reader         *reader,
            CpTransaction  *transaction,
            gboolean        to,
            const char     *text,
            gint64          partnership_id,
            GError        **error)
{
  g_autofree char *key = NULL;
  GArray *actors;
  gint64 id;

  if (*text == '\0')
    return TRUE;
  key = fold (text);
  if ((id = find_key (reader->registry.municipalities, key)) != 0)
    {
      g_object_set (transaction, to ? "to-municipality-id" : "from-municipality-id", id, NULL);
      return TRUE;
    }
  if (!to && (id = find_key (reader->registry.funders, key)) != 0)
    {
      g_object_set (transaction, "from-funder-id", id, NULL);
      return TRUE;
    }
  if (partnership_id != 0)
    {
      if (!(actors = registry_get_actors (&reader->registry, partnership_id, error)))
        return FALSE;
      if ((id = find_key (actors, key)) != 0)
        {
          g_object_set (transaction, to ? "to-actor-id" : "from-actor-id", id, NULL);
          return TRUE;
        }
    }
  g_object_set (transaction, to ? "to-name" : "from-name", text, NULL);
  return TRUE;
}

/* The transaction of one row of the header's width, or NULL with @problem set; an
 * error only when the workspace cannot be read. */
static CpTransaction *
read_row (Reader              *reader,
          const char * const  *fields,
          char               **problem,
          GError             **error)
{
  g_autoptr(CpTransaction) transaction = cp_transaction_new ();
  g_autoptr(GError) invalid = NULL;
  g_autofree char *day = NULL;
  g_autofree char *currency = NULL;
  char *values[N_COLUMNS];
  gint64 amount = 0, rate = CP_RATE_ONE, partnership_id = 0;
  int kind = CP_TRANSACTION_KIND_EXPENDITURE, source = CP_CONTRIBUTION_KIND_MUNICIPAL_BUDGET;
  gboolean ok;

  for (guint i = 0; i < N_COLUMNS; i++)
    values[i] = g_strstrip (g_strdup (reader->columns[i] >= 0 ? fields[reader->columns[i]] : ""));

  currency = g_ascii_strup (*values[COLUMN_CURRENCY] != '\0' ? values[COLUMN_CURRENCY]
                                                              : reader->registry.base_currency, -1);
  ok = read_day (reader, values[COLUMN_DATE], &day, problem);
  if (ok && !cp_validate_currency (currency, &invalid))
    {
      *problem = describe (reader, COLUMN_CURRENCY, invalid->message);
      ok = FALSE;
    }
  ok = ok &&
       read_amount (reader, values[COLUMN_AMOUNT], currency, &amount, problem) &&
       read_rate (reader, values[COLUMN_RATE], currency, &rate, problem) &&
       read_enum (reader, COLUMN_KIND, CP_TYPE_TRANSACTION_KIND, english_kind_labels,
                  values[COLUMN_KIND], &kind, problem) &&
       read_enum (reader, COLUMN_SOURCE, CP_TYPE_CONTRIBUTION_KIND, english_source_labels,
                  values[COLUMN_SOURCE], &source, problem) &&
       read_partnership (reader, values[COLUMN_PARTNERSHIP], &partnership_id, problem);

  if (ok)
    {
      g_object_set (transaction,
                    "date", day,
                    "kind", kind,
                    "contribution", source,
                    "amount", amount,
                    "currency", currency,
                    "base-currency", reader->registry.base_currency,
                    "rate", rate,
                    "partnership-id", partnership_id,
                    "project", values[COLUMN_PROJECT],
                    "description", values[COLUMN_DESCRIPTION],
                    "reference", values[COLUMN_REFERENCE],
                    NULL);
      if (!read_party (reader, transaction, FALSE, values[COLUMN_FROM], partnership_id, error) ||
          !read_party (reader, transaction, TRUE, values[COLUMN_TO], partnership_id, error))
        ok = FALSE;
      /* What the store would refuse is this row's problem, not the import's. */
      else if (!cp_transaction_update_base_amount (transaction, &invalid) ||
               !cp_record_validate (CP_RECORD (transaction), &invalid))
        {
          *problem = g_strdup (invalid->message);
          ok = FALSE;
        }
    }

  for (guint i = 0; i < N_COLUMNS; i++)
    g_free (values[i]);
  return ok ? g_steal_pointer (&transaction) : NULL;
}

/* Whether a field of the first row is a value rather than a column's name. */
static gboolean
looks_like_value (const char *field)
{
  g_autofree char *stripped = g_strstrip (g_strdup (field));
  g_autofree char *day = NULL;
  gboolean digits = FALSE;

  if (scan_day (stripped, &day) == DAY_OK)
    return TRUE;
  for (const char *p = stripped; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        digits = TRUE;
      else if (!strchr (".,-+ ", *p))
        return FALSE;
    }
  return digits;
}

/* The accepted names of @column, for a message. */
static char *
join_column_names (Column column)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; column_names[column][i] != NULL; i++)
    {
      g_autofree char *folded = fold (column_names[column][i]);

      if (i > 0)
        g_string_append (names, ", ");
      g_string_append (names, folded);
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* Finds the columns in @header (line @line); FALSE with an error when the header is
 * not one, or lacks the date or the amount. */
static gboolean
match_header (Reader              *reader,
              const char * const  *header,
              guint                line,
              GError             **error)
{
  for (guint c = 0; c < N_COLUMNS; c++)
    reader->columns[c] = -1;

  for (guint i = 0; header[i] != NULL; i++)
    {
      g_autofree char *key = fold (header[i]);

      for (guint c = 0; c < N_COLUMNS; c++)
        for (guint n = 0; column_names[c][n] != NULL; n++)
          {
            g_autofree char *name = fold (column_names[c][n]);

            if (!g_str_equal (key, name))
              continue;
            if (reader->columns[c] >= 0)
              {
                g_set_error (error, CP_LEDGER_CSV_ERROR, CP_LEDGER_CSV_ERROR_HEADER,
                             /* Translators: a line of the file, then two names of columns that mean the same */
                             _("Line %u: “%s” and “%s” are the same column. Keep one of them, or rename the other."),
                             line, header[reader->columns[c]], header[i]);
                return FALSE;
              }
            reader->columns[c] = (int) i;
          }
    }

  if (reader->columns[COLUMN_DATE] < 0 && reader->columns[COLUMN_AMOUNT] < 0)
    {
      for (guint i = 0; header[i] != NULL; i++)
        if (looks_like_value (header[i]))
          {
            g_set_error (error, CP_LEDGER_CSV_ERROR, CP_LEDGER_CSV_ERROR_HEADER,
                         _("Line %u: the first row holds values, not the names of the columns. Add a row above it that names them, such as Date, Amount, Currency, Description."),
                         line);
            return FALSE;
          }
    }
  if (reader->columns[COLUMN_DATE] < 0)
    {
      g_autofree char *names = join_column_names (COLUMN_DATE);

      g_set_error (error, CP_LEDGER_CSV_ERROR, CP_LEDGER_CSV_ERROR_HEADER,
                   /* Translators: a line of the file, then the names the column may have (date, datum, fecha) */
                   _("Line %u: no column holds the dates. Name that column one of: %s."), line, names);
      return FALSE;
    }
  if (reader->columns[COLUMN_AMOUNT] < 0)
    {
      g_autofree char *names = join_column_names (COLUMN_AMOUNT);

      g_set_error (error, CP_LEDGER_CSV_ERROR, CP_LEDGER_CSV_ERROR_HEADER,
                   /* Translators: a line of the file, then the names the column may have (amount, bedrag, importe…) */
                   _("Line %u: no column holds the amounts. Name that column one of: %s."), line, names);
      return FALSE;
    }
  return TRUE;
}

/* The notation of the amounts and rates below the header; @delimiter decides when
 * they do not: a file separated by semicolons is one whose decimals are commas. */
static char
guess_decimal (Reader    *reader,
               GPtrArray *records,
               guint      first,
               char       delimiter)
{
  g_autoptr(GPtrArray) samples = g_ptr_array_new ();
  guint width = g_strv_length (reader->header);
  char decimal;

  for (guint i = first; i < records->len; i++)
    {
      CpCsvRow *record = g_ptr_array_index (records, i);

      if (g_strv_length (record->fields) != width)
        continue;
      g_ptr_array_add (samples, record->fields[reader->columns[COLUMN_AMOUNT]]);
      if (reader->columns[COLUMN_RATE] >= 0)
        g_ptr_array_add (samples, record->fields[reader->columns[COLUMN_RATE]]);
    }
  g_ptr_array_add (samples, NULL);

  decimal = cp_csv_guess_decimal ((const char * const *) samples->pdata);
  if (decimal != 0)
    return decimal;
  return delimiter == ';' ? ',' : '.';
}

CpLedgerCsvImport *
cp_ledger_csv_read (CpStore     *store,
                    const char  *text,
                    gssize       length,
                    char         decimal,
                    GError     **error)
{
  g_auto(Reader) reader = { 0, };
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(CpLedgerCsvImport) import = NULL;
  CpCsvRow *header = NULL;
  char delimiter = 0;
  guint first = 0;

  g_return_val_if_fail (CP_IS_STORE (store), NULL);
  g_return_val_if_fail (decimal == 0 || decimal == '.' || decimal == ',', NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(records = cp_csv_parse (text, length, 0, &delimiter, error)))
    return NULL;
  for (; first < records->len && header == NULL; first++)
    if (!is_blank_row ((const char * const *) ((CpCsvRow *) g_ptr_array_index (records, first))->fields))
      header = g_ptr_array_index (records, first);
  if (header == NULL)
    {
      g_set_error (error, CP_LEDGER_CSV_ERROR, CP_LEDGER_CSV_ERROR_HEADER,
                   _("Line %u: the file is empty. Export the ledger with a header row, such as Date, Amount, Currency, Description."),
                   records->len > 0 ? ((CpCsvRow *) g_ptr_array_index (records, 0))->line : 1);
      return NULL;
    }

  reader.header = header->fields;
  if (!match_header (&reader, (const char * const *) header->fields, header->line, error) ||
      !registry_load (&reader.registry, store, error))
    return NULL;
  reader.decimal = decimal != 0 ? decimal : guess_decimal (&reader, records, first, delimiter);

  import = g_new0 (CpLedgerCsvImport, 1);
  import->delimiter = delimiter;
  import->decimal = reader.decimal;
  import->header = g_strdupv (header->fields);
  import->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) ledger_csv_row_free);

  for (guint i = first; i < records->len; i++)
    {
      CpCsvRow *record = g_ptr_array_index (records, i);
      const char * const *fields = (const char * const *) record->fields;
      guint width = g_strv_length (header->fields), n_fields = g_strv_length (record->fields);
      CpLedgerCsvRow *row;

      if (is_blank_row (fields))
        continue;
      row = g_new0 (CpLedgerCsvRow, 1);
      row->line = record->line;
      row->fields = g_strdupv (record->fields);
      g_ptr_array_add (import->rows, row);

      if (n_fields != width)
        row->problem = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                     /* Translators: the fields of the row, then those of the header */
                                                     "The row has %u field where the header has %u. Put a value that holds the delimiter in quotes.",
                                                     "The row has %u fields where the header has %u. Put a value that holds the delimiter in quotes.",
                                                     n_fields),
                                        n_fields, width);
      else if (!(row->transaction = read_row (&reader, fields, &row->problem, error)) && row->problem == NULL)
        return NULL;

      if (row->problem != NULL)
        import->n_bad++;
    }
  return g_steal_pointer (&import);
}

gboolean
cp_ledger_csv_import (CpStore            *store,
                      CpLedgerCsvImport  *import,
                      GError            **error)
{
  g_autoptr(GPtrArray) transactions = NULL;

  g_return_val_if_fail (CP_IS_STORE (store), FALSE);
  g_return_val_if_fail (import != NULL, FALSE);

  if (import->n_bad > 0)
    {
      g_set_error (error, CP_LEDGER_CSV_ERROR, CP_LEDGER_CSV_ERROR_BAD_ROWS,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%u row has problems; nothing was imported.",
                                "%u rows have problems; nothing was imported.",
                                import->n_bad),
                   import->n_bad);
      return FALSE;
    }

  transactions = g_ptr_array_new ();
  for (guint i = 0; i < import->rows->len; i++)
    g_ptr_array_add (transactions, ((CpLedgerCsvRow *) g_ptr_array_index (import->rows, i))->transaction);
  return cp_store_save_transactions (store, transactions, error);
}

/* Writing */

/* A field of the row: a NULL would end the row early. */
static const char *
or_empty (const char *text)
{
  return text != NULL ? text : "";
}

/* The name of the giver or receiver, or its text. */
static const char *
party_name (Registry       *registry,
            CpTransaction  *transaction,
            gboolean        to,
            GError        **error)
{
  gint64 municipality_id = to ? cp_transaction_get_to_municipality_id (transaction)
                              : cp_transaction_get_from_municipality_id (transaction);
  gint64 actor_id = to ? cp_transaction_get_to_actor_id (transaction)
                       : cp_transaction_get_from_actor_id (transaction);
  gint64 funder_id = to ? 0 : cp_transaction_get_from_funder_id (transaction);
  const Name *name = NULL;

  if (municipality_id != 0)
    name = find_id (registry->municipalities, municipality_id);
  else if (funder_id != 0)
    name = find_id (registry->funders, funder_id);
  else if (actor_id != 0)
    {
      GArray *actors = registry_get_actors (registry, cp_transaction_get_partnership_id (transaction), error);

      if (actors == NULL)
        return NULL;
      name = find_id (actors, actor_id);
    }
  if (name != NULL)
    return name->name;
  return or_empty (to ? cp_transaction_get_to_name (transaction) : cp_transaction_get_from_name (transaction));
}

/* A partnership by its title, or by its ID where another has the same title. */
static char *
partnership_field (Registry *registry,
                   gint64    id)
{
  if (id == 0)
    return g_strdup ("");
  if (is_unique_name (registry->partnerships, id))
    return g_strdup (find_id (registry->partnerships, id)->name);
  return g_strdup_printf ("%" G_GINT64_FORMAT, id);
}

char *
cp_ledger_csv_write (CpStore     *store,
                     int          year,
                     char         delimiter,
                     char         decimal,
                     GError     **error)
{
  g_auto(Registry) registry = { 0, };
  g_autoptr(GListModel) ledger = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  const char *header[N_COLUMNS + 1];
  guint n;

  g_return_val_if_fail (CP_IS_STORE (store), NULL);
  g_return_val_if_fail (delimiter == ',' || delimiter == ';' || delimiter == '\t', NULL);
  g_return_val_if_fail (decimal == '.' || decimal == ',', NULL);

  if (!registry_load (&registry, store, error) || !(ledger = cp_store_list_transactions (store, year, error)))
    return NULL;

  for (guint c = 0; c < N_COLUMNS; c++)
    header[c] = column_names[c][0];
  header[N_COLUMNS] = NULL;
  cp_csv_append_row (out, header, delimiter);

  /* The store lists the latest first; a ledger reads from the oldest. */
  n = g_list_model_get_n_items (ledger);
  for (guint i = n; i > 0; i--)
    {
      g_autoptr(CpTransaction) transaction = g_list_model_get_item (ledger, i - 1);
      const char *currency = cp_transaction_get_currency (transaction);
      g_autofree char *amount = cp_ledger_csv_format_amount (cp_transaction_get_amount (transaction), currency,
                                                             decimal);
      g_autofree char *rate = cp_ledger_csv_format_rate (cp_transaction_get_rate (transaction), decimal);
      g_autofree char *partnership = partnership_field (&registry, cp_transaction_get_partnership_id (transaction));
      const char *fields[N_COLUMNS + 1] = { NULL, };

      fields[COLUMN_DATE] = or_empty (cp_transaction_get_date (transaction));
      fields[COLUMN_KIND] = cp_enum_to_nick (CP_TYPE_TRANSACTION_KIND, cp_transaction_get_kind (transaction));
      fields[COLUMN_SOURCE] = cp_enum_to_nick (CP_TYPE_CONTRIBUTION_KIND, cp_transaction_get_contribution (transaction));
      fields[COLUMN_AMOUNT] = amount;
      fields[COLUMN_CURRENCY] = or_empty (currency);
      fields[COLUMN_RATE] = rate;
      if (!(fields[COLUMN_FROM] = party_name (&registry, transaction, FALSE, error)) ||
          !(fields[COLUMN_TO] = party_name (&registry, transaction, TRUE, error)))
        return NULL;
      fields[COLUMN_PARTNERSHIP] = partnership;
      fields[COLUMN_PROJECT] = or_empty (cp_transaction_get_project (transaction));
      fields[COLUMN_DESCRIPTION] = or_empty (cp_transaction_get_description (transaction));
      fields[COLUMN_REFERENCE] = or_empty (cp_transaction_get_reference (transaction));
      cp_csv_append_row (out, fields, delimiter);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The year at a glance */

static void
append_fields (GString    *out,
               char        delimiter,
               const char *first,
               ...) G_GNUC_NULL_TERMINATED;

static void
append_fields (GString    *out,
               char        delimiter,
               const char *first,
               ...)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new ();
  va_list args;

  va_start (args, first);
  for (const char *field = first; field != NULL; field = va_arg (args, const char *))
    g_ptr_array_add (fields, (gpointer) field);
  va_end (args);
  g_ptr_array_add (fields, NULL);
  cp_csv_append_row (out, (const char * const *) fields->pdata, delimiter);
}

/* An empty line between two sections. */
static void
end_section (GString *out)
{
  g_string_append (out, "\r\n");
}

char *
cp_year_csv_write (CpStore     *store,
                   gint64       municipality_id,
                   int          year,
                   char         delimiter,
                   char         decimal,
                   GError     **error)
{
  g_auto(Registry) registry = { 0, };
  g_autoptr(CpYearSummary) summary = NULL;
  g_autoptr(CpMunicipality) municipality = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  const char *base;

  g_return_val_if_fail (CP_IS_STORE (store), NULL);
  g_return_val_if_fail (delimiter == ',' || delimiter == ';' || delimiter == '\t', NULL);
  g_return_val_if_fail (decimal == '.' || decimal == ',', NULL);

  if ((municipality_id != 0 && !(municipality = cp_store_get_municipality (store, municipality_id, error))) ||
      !registry_load (&registry, store, error) ||
      !(summary = cp_store_summarize_year (store, municipality_id, year, error)))
    return NULL;
  base = summary->base_currency;

  /* The totals. */
  {
    g_autofree char *year_text = g_strdup_printf ("%d", year);
    g_autofree char *entries = g_strdup_printf ("%u", summary->n_transactions);
    g_autofree char *committed = cp_ledger_csv_format_amount (summary->committed, base, decimal);
    g_autofree char *spent = cp_ledger_csv_format_amount (summary->spent, base, decimal);
    g_autofree char *incoming = cp_ledger_csv_format_amount (summary->incoming, base, decimal);
    g_autofree char *external = cp_ledger_csv_format_amount (cp_year_summary_get_external (summary), base,
                                                             decimal);
    g_autofree char *own = cp_ledger_csv_format_amount (cp_year_summary_get_own_cash (summary), base, decimal);

    append_fields (out, delimiter,
                   /* Translators: the headings of the totals in the year at a glance (a CSV file) */
                   _("Year"), _("Municipality"), _("Currency"), _("Entries"), _("Committed"), _("Spent"),
                   _("Incoming funds"), _("External funding"), _("Own money"), NULL);
    append_fields (out, delimiter, year_text,
                   /* Translators: in the year at a glance, for the whole workspace rather than one municipality */
                   municipality != NULL ? cp_municipality_get_name (municipality) : _("All municipalities"),
                   base, entries, committed, spent, incoming, external, own, NULL);
    end_section (out);
  }

  /* The budget lines, in the budget's own currency. */
  /* Translators: the headings of the budget lines in the year at a glance (a CSV file) */
  append_fields (out, delimiter, _("Budget line"), _("Partnership"), _("Amount"), _("Currency"), NULL);
  for (guint i = 0; summary->budget != NULL && i < summary->budget_lines->len; i++)
    {
      CpBudgetLine *line = g_ptr_array_index (summary->budget_lines, i);
      const char *currency = cp_budget_year_get_currency (summary->budget);
      const Name *partnership = find_id (registry.partnerships, cp_budget_line_get_partnership_id (line));
      g_autofree char *amount = cp_ledger_csv_format_amount (cp_budget_line_get_amount (line), currency, decimal);

      append_fields (out, delimiter, or_empty (cp_budget_line_get_label (line)), partnership != NULL ? partnership->name : "",
                     amount, currency, NULL);
    }
  end_section (out);

  /* Translators: the headings of the partnerships in the year at a glance (a CSV file) */
  append_fields (out, delimiter, _("Partnership"), _("Budget"), _("Committed"), _("Spent"), NULL);
  for (guint i = 0; i < summary->partnerships->len; i++)
    {
      const CpPartnershipMoney *money = &g_array_index (summary->partnerships, CpPartnershipMoney, i);
      const Name *partnership = find_id (registry.partnerships, money->partnership_id);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, money->partnership_id);
      g_autofree char *budget = money->budget >= 0 ? cp_ledger_csv_format_amount (money->budget, base, decimal)
                                                   : g_strdup ("");
      g_autofree char *committed = cp_ledger_csv_format_amount (money->committed, base, decimal);
      g_autofree char *spent = cp_ledger_csv_format_amount (money->spent, base, decimal);

      append_fields (out, delimiter, partnership != NULL ? partnership->name : id, budget, committed, spent, NULL);
    }
  end_section (out);

  /* Translators: the headings of the funding by source in the year at a glance (a CSV file) */
  append_fields (out, delimiter, _("Source"), _("Amount"), NULL);
  for (guint i = 0; i < CP_N_CONTRIBUTION_KINDS; i++)
    {
      g_autofree char *amount = cp_ledger_csv_format_amount (summary->by_contribution[i], base, decimal);

      append_fields (out, delimiter, cp_contribution_kind_to_label (i), amount, NULL);
    }
  end_section (out);

  /* Translators: the headings of the external funding by funder in the year at a glance (a CSV file) */
  append_fields (out, delimiter, _("Funder"), _("Amount"), NULL);
  for (guint i = 0; i < summary->funders->len; i++)
    {
      const CpFunderMoney *money = &g_array_index (summary->funders, CpFunderMoney, i);
      const Name *funder = find_id (registry.funders, money->funder_id);
      g_autofree char *amount = cp_ledger_csv_format_amount (money->amount, base, decimal);

      append_fields (out, delimiter,
                     /* Translators: in the year at a glance, grants received without a funder on record */
                     funder != NULL ? funder->name : _("Funder not recorded"),
                     amount, NULL);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}
