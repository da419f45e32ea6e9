/* cp-iati.c
 *
 * The elements of an activity follow the order the schema's sequence prescribes
 * (iati-activities-schema.xsd 2.03): identifier, reporting-org, title, description,
 * participating-org, activity-status, activity-date, recipient-country, sector, tag,
 * budget, transaction, related-activity.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-iati.h"
#include "core/cp-iati-codes.h"
#include "core/cp-money.h"
#include "core/cp-partial-date.h"

G_DEFINE_QUARK (cp-iati-error-quark, cp_iati_error)

/* IATI's OrganisationType for a municipality: local government. */
#define LOCAL_GOVERNMENT 11

enum {
  ROLE_FUNDING = 1,
  ROLE_ACCOUNTABLE = 2,
  ROLE_IMPLEMENTING = 4,
};

typedef struct
{
  CpStore        *store;
  CpMunicipality *publisher;
  const char     *org_ref;
  const char     *language;
  const char     *generated;
  char           *base_currency;
  char           *today;
  GHashTable     *municipalities;  /* id → CpMunicipality */
  GHashTable     *funders;         /* id → CpFunder */
  GHashTable     *actors;          /* id → CpActor, of the partnership being written */
  GListModel     *budget_years;    /* the publisher's */
  GString        *out;
  GPtrArray      *left_out;        /* why an activity is not in the file, for each */
} Writer;

/* What one activity is made of. */
typedef struct
{
  CpPartnership *partnership;
  CpProject     *project;          /* NULL for the partnership's own activity */
  GPtrArray     *entries;          /* CpTransaction */
  GArray        *funder_ids;       /* gint64: granted applications' funders */
} Activity;

static void
writer_clear (Writer *w)
{
  g_clear_pointer (&w->base_currency, g_free);
  g_clear_pointer (&w->today, g_free);
  g_clear_pointer (&w->municipalities, g_hash_table_unref);
  g_clear_pointer (&w->funders, g_hash_table_unref);
  g_clear_pointer (&w->actors, g_hash_table_unref);
  g_clear_object (&w->budget_years);
  g_clear_object (&w->publisher);
  if (w->out != NULL)
    g_string_free (w->out, TRUE);
  g_clear_pointer (&w->left_out, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Writer, writer_clear)

static GHashTable *
index_by_id (GListModel *records)
{
  GHashTable *index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  guint n = records ? g_list_model_get_n_items (records) : 0;

  for (guint i = 0; i < n; i++)
    {
      CpRecord *record = g_list_model_get_item (records, i);

      g_hash_table_insert (index, g_memdup2 (&(gint64) { cp_record_get_id (record) }, sizeof (gint64)), record);
    }
  return index;
}

static gpointer
lookup (GHashTable *index,
        gint64      id)
{
  return id != 0 && index != NULL ? g_hash_table_lookup (index, &id) : NULL;
}

/* Writing XML */

static void
indent (Writer *w,
        int     depth)
{
  for (int i = 0; i < depth; i++)
    g_string_append (w->out, "  ");
}

/* <name ATTRS><narrative>TEXT</narrative></name>; @attrs already escaped. */
static void
add_narrated (Writer     *w,
              int         depth,
              const char *name,
              const char *attrs,
              const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  indent (w, depth);
  g_string_append_printf (w->out, "<%s%s>\n", name, attrs);
  indent (w, depth + 1);
  g_string_append_printf (w->out, "<narrative>%s</narrative>\n", escaped);
  indent (w, depth);
  g_string_append_printf (w->out, "</%s>\n", name);
}

static void
add_empty (Writer     *w,
           int         depth,
           const char *name,
           const char *attrs)
{
  indent (w, depth);
  g_string_append_printf (w->out, "<%s%s/>\n", name, attrs);
}

/* An organisation: ref="" type="" when known, and its name. */
static char *
org_attrs (const char *ref,
           int         type)
{
  GString *attrs = g_string_new (NULL);

  if (ref != NULL && *ref != '\0')
    g_string_append_printf (attrs, " ref=\"%s\"", ref);
  if (type != 0)
    g_string_append_printf (attrs, " type=\"%d\"", type);
  return g_string_free (attrs, FALSE);
}

/* xs:decimal in the currency's minor units: “-1234.56”. */
static char *
format_value (gint64      minor,
              const char *currency)
{
  guint digits = cp_currency_get_minor_digits (currency);
  guint64 magnitude = minor < 0 ? -(guint64) minor : (guint64) minor;
  guint64 scale = 1;

  for (guint i = 0; i < digits; i++)
    scale *= 10;
  if (digits == 0)
    return g_strdup_printf ("%s%" G_GUINT64_FORMAT, minor < 0 ? "-" : "", magnitude);
  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%0*" G_GUINT64_FORMAT, minor < 0 ? "-" : "",
                          magnitude / scale, (int) digits, magnitude % scale);
}

static void
add_value (Writer     *w,
           int         depth,
           gint64      minor,
           const char *currency,
           const char *value_date)
{
  g_autofree char *value = format_value (minor, currency);

  indent (w, depth);
  g_string_append_printf (w->out, "<value currency=\"%s\" value-date=\"%s\">%s</value>\n",
                          currency, value_date, value);
}

/* Dates */

/* The first or the last day a partial date can mean as xs:date: “1998-05” is
 * “1998-05-01” to “1998-05-31”; NULL for none. */
static char *
format_day (const char *iso,
            gboolean    last)
{
  GDate date;
  char text[16];

  if (iso == NULL || *iso == '\0' ||
      !(last ? cp_partial_date_to_last_gdate (iso, &date) : cp_partial_date_to_gdate (iso, &date)))
    return NULL;
  g_date_strftime (text, sizeof text, "%Y-%m-%d", &date);
  return g_strdup (text);
}

/* ActivityDateType: 1 planned start, 2 actual start, 3 planned end, 4 actual end. An
 * actual date cannot lie ahead. */
static void
add_date (Writer     *w,
          const char *day,
          gboolean    start,
          gboolean    actual)
{
  g_autofree char *attrs = NULL;
  int type;

  if (day == NULL)
    return;
  actual = actual && strcmp (day, w->today) <= 0;
  type = start ? (actual ? 2 : 1) : (actual ? 4 : 3);
  attrs = g_strdup_printf (" type=\"%d\" iso-date=\"%s\"", type, day);
  add_empty (w, 2, "activity-date", attrs);
}

/* Organisations */

static void
add_participant (Writer     *w,
                 int         role,
                 const char *ref,
                 int         type,
                 const char *name)
{
  g_autofree char *org = org_attrs (ref, type);
  g_autofree char *attrs = g_strdup_printf (" role=\"%d\"%s", role, org);

  add_narrated (w, 2, "participating-org", attrs, name);
}

static gboolean
activity_funded_by_publisher (Writer   *w,
                              Activity *a,
                              gboolean  has_budget)
{
  gint64 publisher_id = cp_record_get_id (CP_RECORD (w->publisher));

  if (has_budget)
    return TRUE;
  for (guint i = 0; i < a->entries->len; i++)
    if (cp_transaction_get_from_municipality_id (g_ptr_array_index (a->entries, i)) == publisher_id)
      return TRUE;
  return FALSE;
}

static gboolean
contains_id (GArray *ids,
             gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

static void
add_funders (Writer   *w,
             Activity *a)
{
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_array_append_vals (seen, a->funder_ids->data, a->funder_ids->len);
  for (guint i = 0; i < a->entries->len; i++)
    {
      gint64 id = cp_transaction_get_from_funder_id (g_ptr_array_index (a->entries, i));

      if (id != 0 && !contains_id (seen, id))
        g_array_append_val (seen, id);
    }
  for (guint i = 0; i < seen->len; i++)
    {
      CpFunder *funder = lookup (w->funders, g_array_index (seen, gint64, i));

      if (funder != NULL)
        add_participant (w, ROLE_FUNDING, cp_funder_get_iati_org_ref (funder),
                         cp_funder_type_to_iati (cp_funder_get_kind (funder)), cp_funder_get_name (funder));
    }
}

static void
add_participants (Writer   *w,
                  Activity *a,
                  gboolean  has_budget)
{
  GPtrArray *parties = cp_partnership_get_parties (a->partnership);

  if (activity_funded_by_publisher (w, a, has_budget))
    add_participant (w, ROLE_FUNDING, w->org_ref, LOCAL_GOVERNMENT, cp_municipality_get_name (w->publisher));
  add_funders (w, a);
  add_participant (w, ROLE_ACCOUNTABLE, w->org_ref, LOCAL_GOVERNMENT, cp_municipality_get_name (w->publisher));
  for (guint i = 0; parties != NULL && i < parties->len; i++)
    {
      CpMunicipality *party = g_ptr_array_index (parties, i);

      if (cp_record_get_id (CP_RECORD (party)) != cp_record_get_id (CP_RECORD (w->publisher)))
        add_participant (w, ROLE_IMPLEMENTING, cp_municipality_get_iati_org_ref (party), LOCAL_GOVERNMENT,
                         cp_municipality_get_name (party));
    }
}

/* The partners' countries other than the publisher's, equally shared. */
static void
add_recipient_countries (Writer        *w,
                         CpPartnership *partnership)
{
  GPtrArray *parties = cp_partnership_get_parties (partnership);
  g_autoptr(GPtrArray) countries = g_ptr_array_new ();
  const char *own = cp_municipality_get_country (w->publisher);
  guint share, given = 0;

  for (guint i = 0; parties != NULL && i < parties->len; i++)
    {
      const char *country = cp_municipality_get_country (g_ptr_array_index (parties, i));

      if (*country != '\0' && g_strcmp0 (country, own) != 0 &&
          !g_ptr_array_find_with_equal_func (countries, country, g_str_equal, NULL))
        g_ptr_array_add (countries, (gpointer) country);
    }
  if (countries->len == 0)
    return;
  share = 100 / countries->len;
  for (guint i = 0; i < countries->len; i++)
    {
      g_autofree char *attrs = NULL;
      guint percentage = i + 1 < countries->len ? share : 100 - given;

      given += percentage;
      attrs = countries->len == 1
              ? g_strdup_printf (" code=\"%s\"", (const char *) countries->pdata[i])
              : g_strdup_printf (" code=\"%s\" percentage=\"%u\"", (const char *) countries->pdata[i], percentage);
      add_empty (w, 2, "recipient-country", attrs);
    }
}

static void
add_sector (Writer     *w,
            const char *code)
{
  g_autofree char *attrs = NULL;

  if (code == NULL || *code == '\0')
    return;
  attrs = g_strdup_printf (" vocabulary=\"1\" code=\"%s\"", code);
  add_empty (w, 2, "sector", attrs);
}

/* Budgets and transactions */

typedef struct
{
  int    year;
  gint64 total;
  char   currency[4];
} Budget;

/* The partnership's lines of each of the publisher's budget years, the earliest
 * year first (the store lists the latest first). */
static GArray *
collect_budgets (Writer        *w,
                 CpPartnership *partnership,
                 GError       **error)
{
  g_autoptr(GArray) budgets = g_array_new (FALSE, TRUE, sizeof (Budget));
  gint64 partnership_id = cp_record_get_id (CP_RECORD (partnership));

  for (guint i = g_list_model_get_n_items (w->budget_years); i-- > 0;)
    {
      g_autoptr(CpBudgetYear) year = g_list_model_get_item (w->budget_years, i);
      g_autoptr(GListModel) lines = cp_store_list_budget_lines (w->store, cp_record_get_id (CP_RECORD (year)), error);
      Budget budget = { cp_budget_year_get_year (year), 0, "" };
      gboolean found = FALSE;

      if (lines == NULL)
        return NULL;
      for (guint j = 0; j < g_list_model_get_n_items (lines); j++)
        {
          g_autoptr(CpBudgetLine) line = g_list_model_get_item (lines, j);

          if (cp_budget_line_get_partnership_id (line) == partnership_id)
            {
              budget.total += cp_budget_line_get_amount (line);
              found = TRUE;
            }
        }
      g_strlcpy (budget.currency, cp_budget_year_get_currency (year), sizeof budget.currency);
      if (found)
        g_array_append_val (budgets, budget);
    }
  return g_steal_pointer (&budgets);
}

static void
add_budgets (Writer *w,
             GArray *budgets)
{
  int this_year = atoi (w->today);

  for (guint i = 0; i < budgets->len; i++)
    {
      Budget *budget = &g_array_index (budgets, Budget, i);
      g_autofree char *start = g_strdup_printf ("%04d-01-01", budget->year);

      /* BudgetType 1 original; BudgetStatus 2 committed, 1 indicative for years ahead. */
      indent (w, 2);
      g_string_append_printf (w->out, "<budget type=\"1\" status=\"%d\">\n", budget->year > this_year ? 1 : 2);
      indent (w, 3);
      g_string_append_printf (w->out, "<period-start iso-date=\"%s\"/>\n", start);
      indent (w, 3);
      g_string_append_printf (w->out, "<period-end iso-date=\"%04d-12-31\"/>\n", budget->year);
      add_value (w, 3, budget->total, budget->currency, start);
      indent (w, 2);
      g_string_append (w->out, "</budget>\n");
    }
}

/* A side of a transaction: a municipality, an actor, a funder or a name. */
static void
add_transaction_org (Writer     *w,
                     const char *element,
                     gint64      municipality_id,
                     gint64      actor_id,
                     gint64      funder_id,
                     const char *name)
{
  CpMunicipality *municipality = lookup (w->municipalities, municipality_id);
  CpActor *actor = lookup (w->actors, actor_id);
  CpFunder *funder = lookup (w->funders, funder_id);
  g_autofree char *attrs = NULL;

  if (municipality != NULL)
    {
      attrs = org_attrs (cp_municipality_get_iati_org_ref (municipality), LOCAL_GOVERNMENT);
      name = cp_municipality_get_name (municipality);
    }
  else if (funder != NULL)
    {
      attrs = org_attrs (cp_funder_get_iati_org_ref (funder), cp_funder_type_to_iati (cp_funder_get_kind (funder)));
      name = cp_funder_get_name (funder);
    }
  else if (actor != NULL)
    name = cp_actor_get_name (actor);
  if (name == NULL || *name == '\0')
    return;
  add_narrated (w, 3, element, attrs ? attrs : "", name);
}

static void
add_transaction (Writer        *w,
                 CpTransaction *entry)
{
  const char *reference = cp_transaction_get_reference (entry);
  const char *description = cp_transaction_get_description (entry);
  const char *date = cp_transaction_get_date (entry);
  g_autofree char *ref = *reference ? g_markup_printf_escaped (" ref=\"%s\"", reference) : NULL;
  g_autofree char *type = g_strdup_printf (" code=\"%d\"", cp_transaction_kind_to_iati (cp_transaction_get_kind (entry)));
  g_autofree char *day = g_strdup_printf (" iso-date=\"%s\"", date);

  indent (w, 2);
  g_string_append_printf (w->out, "<transaction%s>\n", ref ? ref : "");
  add_empty (w, 3, "transaction-type", type);
  add_empty (w, 3, "transaction-date", day);
  add_value (w, 3, cp_transaction_get_amount (entry), cp_transaction_get_currency (entry), date);
  if (*description != '\0')
    add_narrated (w, 3, "description", "", description);
  add_transaction_org (w, "provider-org",
                       cp_transaction_get_from_municipality_id (entry), cp_transaction_get_from_actor_id (entry),
                       cp_transaction_get_from_funder_id (entry), cp_transaction_get_from_name (entry));
  add_transaction_org (w, "receiver-org",
                       cp_transaction_get_to_municipality_id (entry), cp_transaction_get_to_actor_id (entry),
                       0, cp_transaction_get_to_name (entry));
  indent (w, 2);
  g_string_append (w->out, "</transaction>\n");
}

/* Activities */

static char *
activity_identifier (Writer     *w,
                     const char *kind,
                     CpRecord   *record)
{
  return g_strdup_printf ("%s-%s-%" G_GINT64_FORMAT, w->org_ref, kind, cp_record_get_id (record));
}

static void
add_related (Writer     *w,
             const char *identifier,
             int         type)
{
  g_autofree char *attrs = g_markup_printf_escaped (" ref=\"%s\" type=\"%d\"", identifier, type);

  add_empty (w, 2, "related-activity", attrs);
}

static void
open_activity (Writer     *w,
               const char *identifier,
               int         hierarchy,
               const char *title,
               const char *description)
{
  g_autofree char *id = g_markup_escape_text (identifier, -1);
  g_autofree char *reporting = org_attrs (w->org_ref, LOCAL_GOVERNMENT);

  indent (w, 1);
  g_string_append_printf (w->out,
                          "<iati-activity last-updated-datetime=\"%s\" xml:lang=\"%s\" "
                          "default-currency=\"%s\" hierarchy=\"%d\">\n",
                          w->generated, w->language, w->base_currency, hierarchy);
  indent (w, 2);
  g_string_append_printf (w->out, "<iati-identifier>%s</iati-identifier>\n", id);
  add_narrated (w, 2, "reporting-org", reporting, cp_municipality_get_name (w->publisher));
  add_narrated (w, 2, "title", "", title);
  /* DescriptionType 1: general. */
  add_narrated (w, 2, "description", " type=\"1\"", description);
}

static void
add_status (Writer           *w,
            CpActivityStatus  status)
{
  g_autofree char *attrs = g_strdup_printf (" code=\"%d\"", cp_activity_status_to_iati (status));

  add_empty (w, 2, "activity-status", attrs);
}

static void
add_transactions (Writer   *w,
                  Activity *a)
{
  for (guint i = 0; i < a->entries->len; i++)
    add_transaction (w, g_ptr_array_index (a->entries, i));
}

static void
close_activity (Writer *w)
{
  indent (w, 1);
  g_string_append (w->out, "</iati-activity>\n");
}

static gboolean
write_partnership_activity (Writer     *w,
                            Activity   *a,
                            GPtrArray  *children,
                            GError    **error)
{
  CpPartnership *p = a->partnership;
  g_autofree char *identifier = activity_identifier (w, "partnership", CP_RECORD (p));
  g_autofree char *title = cp_partnership_dup_title (p);
  g_autofree char *generated = NULL;
  const char *description = cp_partnership_get_description (p);
  const char *started = *cp_partnership_get_agreement_date (p) ? cp_partnership_get_agreement_date (p)
                                                               : cp_partnership_get_first_contact (p);
  g_autofree char *start = format_day (started, FALSE);
  g_autofree char *end = NULL;
  gboolean ended = cp_partnership_get_status (p) == CP_PARTNERSHIP_STATUS_ENDED;
  g_autoptr(GArray) budgets = NULL;

  if (*description == '\0')
    /* Translators: %s is a partnership, “Utrecht – León” */
    description = generated = g_strdup_printf (_("City-to-city partnership %s."), title);
  if (ended)
    end = format_day (cp_partnership_get_status_since (p), TRUE);
  if (!(budgets = collect_budgets (w, p, error)))
    return FALSE;

  open_activity (w, identifier, 1, title, description);
  add_participants (w, a, budgets->len > 0);
  add_status (w, cp_activity_status_of_partnership (cp_partnership_get_status (p)));
  add_date (w, start, TRUE, TRUE);
  add_date (w, end, FALSE, TRUE);
  add_recipient_countries (w, p);
  add_sector (w, cp_partnership_get_dac_sector (p));
  add_budgets (w, budgets);
  add_transactions (w, a);
  for (guint i = 0; i < children->len; i++)
    {
      g_autofree char *child = activity_identifier (w, "project", g_ptr_array_index (children, i));

      /* RelatedActivityType 2: child. */
      add_related (w, child, 2);
    }
  close_activity (w);
  return TRUE;
}

static void
write_project_activity (Writer   *w,
                        Activity *a)
{
  CpProject *project = a->project;
  g_autofree char *identifier = activity_identifier (w, "project", CP_RECORD (project));
  g_autofree char *parent = activity_identifier (w, "partnership", CP_RECORD (a->partnership));
  g_autofree char *partnership_title = cp_partnership_dup_title (a->partnership);
  g_autofree char *start = format_day (cp_project_get_starts_on (project), FALSE);
  g_autofree char *end = format_day (cp_project_get_ends_on (project), TRUE);
  const char *theme = cp_project_get_theme (project);
  g_autofree char *description = NULL;
  const char * const *goals = cp_project_get_sdg_goals (project);
  CpActivityStatus status = cp_project_get_status (project);

  /* The note is the coordinator's own: a project is described by its theme. */
  if (*theme != '\0')
    /* Translators: a partnership (“Utrecht – León”), then a project's theme (“urban expansion and housing”) */
    description = g_strdup_printf (_("A project of the partnership %s on %s."), partnership_title, theme);
  else
    /* Translators: %s is a partnership, “Utrecht – León” */
    description = g_strdup_printf (_("A project of the partnership %s."), partnership_title);

  open_activity (w, identifier, 2, cp_project_get_title (project), description);
  add_participants (w, a, FALSE);
  add_status (w, status);
  add_date (w, start, TRUE, status != CP_ACTIVITY_STATUS_PIPELINE);
  add_date (w, end, FALSE, status == CP_ACTIVITY_STATUS_CLOSED || status == CP_ACTIVITY_STATUS_CANCELLED);
  add_recipient_countries (w, a->partnership);
  add_sector (w, cp_project_get_dac_sector (project));
  for (guint i = 0; goals != NULL && goals[i] != NULL; i++)
    {
      g_autofree char *attrs = g_strdup_printf (" vocabulary=\"2\" code=\"%s\"", goals[i]);

      add_empty (w, 2, "tag", attrs);
    }
  add_transactions (w, a);
  /* RelatedActivityType 1: parent. */
  add_related (w, parent, 1);
  close_activity (w);
}

static void
activity_clear (Activity *a)
{
  g_clear_pointer (&a->entries, g_ptr_array_unref);
  g_clear_pointer (&a->funder_ids, g_array_unref);
}

static void
activity_init (Activity      *a,
               CpPartnership *partnership,
               CpProject     *project)
{
  a->partnership = partnership;
  a->project = project;
  a->entries = g_ptr_array_new_with_free_func (g_object_unref);
  a->funder_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

/* The project an entry names by its title, the case and surrounding spaces aside. */
static guint
find_project (GListModel    *projects,
              CpTransaction *entry)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (cp_transaction_get_project (entry)));
  g_autofree char *wanted = g_utf8_casefold (trimmed, -1);
  guint n = g_list_model_get_n_items (projects);

  for (guint i = 0; *wanted != '\0' && i < n; i++)
    {
      g_autoptr(CpProject) project = g_list_model_get_item (projects, i);
      g_autofree char *title = g_utf8_casefold (cp_project_get_title (project), -1);

      if (g_str_equal (g_strstrip (title), wanted))
        return i;
    }
  return n;
}

/* IATI needs a date for every activity: a partnership without an agreement date or
 * first contacts is left out, and so is a project without a start (its ledger
 * entries then count for the partnership). */
static gboolean
has_start (Writer        *w,
           CpPartnership *partnership,
           CpProject     *project)
{
  g_autofree char *title = NULL;

  if (project != NULL ? *cp_project_get_starts_on (project) != '\0'
                      : (*cp_partnership_get_agreement_date (partnership) != '\0' ||
                         *cp_partnership_get_first_contact (partnership) != '\0'))
    return TRUE;
  title = cp_partnership_dup_title (partnership);
  if (project != NULL)
    g_ptr_array_add (w->left_out,
                     /* Translators: a project's name, then its partnership (“Utrecht – León”) */
                     g_strdup_printf (_("The project “%s” of %s has no start: give the day, month or year it began."),
                                      cp_project_get_title (project), title));
  else
    g_ptr_array_add (w->left_out,
                     /* Translators: %s is a partnership, “Utrecht – León” */
                     g_strdup_printf (_("The partnership %s has no agreement date or first contacts: give one of them."),
                                      title));
  return FALSE;
}

static gboolean
write_partnership (Writer        *w,
                   CpPartnership *partnership,
                   GError       **error)
{
  gint64 id = cp_record_get_id (CP_RECORD (partnership));
  g_autoptr(GListModel) all_projects = NULL;
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(GListModel) applications = NULL;
  g_autoptr(GListModel) actors = NULL;
  g_autoptr(GListStore) projects = g_list_store_new (CP_TYPE_PROJECT);
  g_autoptr(GPtrArray) children = g_ptr_array_new ();
  guint n_projects;
  Activity *activities;
  gboolean ok;

  if (!has_start (w, partnership, NULL))
    return TRUE;
  if (!(all_projects = cp_store_list_projects (w->store, id, error)) ||
      !(entries = cp_store_list_transactions_of_partnership (w->store, id, error)) ||
      !(applications = cp_store_list_grant_applications (w->store, id, error)) ||
      !(actors = cp_store_list_actors (w->store, id, error)))
    return FALSE;
  g_clear_pointer (&w->actors, g_hash_table_unref);
  w->actors = index_by_id (actors);
  for (guint i = 0; i < g_list_model_get_n_items (all_projects); i++)
    {
      g_autoptr(CpProject) project = g_list_model_get_item (all_projects, i);

      if (has_start (w, partnership, project))
        g_list_store_append (projects, project);
    }

  /* One activity for each project, and the partnership's own last. */
  n_projects = g_list_model_get_n_items (G_LIST_MODEL (projects));
  activities = g_new0 (Activity, n_projects + 1);
  for (guint i = 0; i <= n_projects; i++)
    {
      CpProject *project = i < n_projects ? g_list_model_get_item (G_LIST_MODEL (projects), i) : NULL;

      activity_init (&activities[i], partnership, project);
      if (project != NULL)
        {
          g_ptr_array_add (children, project);
          g_object_unref (project);  /* the list keeps it */
        }
    }
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      CpTransaction *entry = g_list_model_get_item (entries, i);

      g_ptr_array_add (activities[find_project (G_LIST_MODEL (projects), entry)].entries, entry);
    }
  for (guint i = 0; i < g_list_model_get_n_items (applications); i++)
    {
      g_autoptr(CpGrantApplication) application = g_list_model_get_item (applications, i);
      gint64 funder_id = cp_grant_application_get_funder_id (application);

      if (cp_grant_application_get_status (application) == CP_APPLICATION_STATUS_GRANTED &&
          !contains_id (activities[n_projects].funder_ids, funder_id))
        g_array_append_val (activities[n_projects].funder_ids, funder_id);
    }

  ok = write_partnership_activity (w, &activities[n_projects], children, error);
  for (guint i = 0; ok && i < n_projects; i++)
    write_project_activity (w, &activities[i]);

  for (guint i = 0; i <= n_projects; i++)
    activity_clear (&activities[i]);
  g_free (activities);
  return ok;
}

static gboolean
is_party (CpPartnership *partnership,
          gint64         municipality_id)
{
  GPtrArray *parties = cp_partnership_get_parties (partnership);

  for (guint i = 0; parties != NULL && i < parties->len; i++)
    if (cp_record_get_id (g_ptr_array_index (parties, i)) == municipality_id)
      return TRUE;
  return FALSE;
}

static gboolean
start_writer (Writer      *w,
              CpStore     *store,
              gint64       municipality_id,
              GError     **error)
{
  g_autoptr(GListModel) municipalities = NULL;
  g_autoptr(GListModel) funders = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  w->store = store;
  if (!(w->publisher = cp_store_get_municipality (store, municipality_id, error)))
    return FALSE;
  if (!cp_municipality_get_is_own (w->publisher))
    {
      g_set_error (error, CP_IATI_ERROR, CP_IATI_ERROR_NOT_OWN,
                   /* Translators: %s is a municipality */
                   _("%s is not one of your own municipalities: publish from the municipality that reports."),
                   cp_municipality_get_name (w->publisher));
      return FALSE;
    }
  w->org_ref = cp_municipality_get_iati_org_ref (w->publisher);
  if (*w->org_ref == '\0')
    {
      g_set_error (error, CP_IATI_ERROR, CP_IATI_ERROR_NO_ORG_REF,
                   /* Translators: %s is a municipality */
                   _("Record the IATI organisation identifier of %s first, such as “NL-KVK-12345678”: "
                     "IATI files are published under it."),
                   cp_municipality_get_name (w->publisher));
      return FALSE;
    }
  if (!(municipalities = cp_store_list_municipalities (store, error)) ||
      !(funders = cp_store_list_funders (store, error)) ||
      !(w->budget_years = cp_store_list_budget_years (store, municipality_id, error)) ||
      !(w->base_currency = cp_store_dup_base_currency (store, error)))
    return FALSE;
  w->municipalities = index_by_id (municipalities);
  w->funders = index_by_id (funders);
  w->today = g_date_time_format (now, "%Y-%m-%d");
  w->out = g_string_new (NULL);
  w->left_out = g_ptr_array_new_with_free_func (g_free);
  return TRUE;
}

char *
cp_iati_write_activities (CpStore     *store,
                          gint64       municipality_id,
                          gint64       partnership_id,
                          const char  *language,
                          const char  *generated,
                          GStrv       *left_out,
                          GError     **error)
{
  g_auto(Writer) w = { NULL, };
  g_autoptr(GListModel) partnerships = NULL;
  g_autofree char *now = NULL;
  guint considered = 0;

  g_return_val_if_fail (CP_IS_STORE (store), NULL);
  g_return_val_if_fail (language != NULL && *language != '\0', NULL);

  if (generated == NULL)
    {
      g_autoptr(GDateTime) utc = g_date_time_new_now_utc ();

      generated = now = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
    }
  w.language = language;
  w.generated = generated;
  if (!start_writer (&w, store, municipality_id, error) ||
      !(partnerships = cp_store_list_partnerships (store, error)))
    return NULL;

  g_string_append (w.out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  g_string_append_printf (w.out, "<iati-activities version=\"2.03\" generated-datetime=\"%s\">\n", generated);
  for (guint i = 0; i < g_list_model_get_n_items (partnerships); i++)
    {
      g_autoptr(CpPartnership) partnership = g_list_model_get_item (partnerships, i);

      if (!is_party (partnership, municipality_id) ||
          (partnership_id != 0 && cp_record_get_id (CP_RECORD (partnership)) != partnership_id))
        continue;
      if (!write_partnership (&w, partnership, error))
        return NULL;
      considered++;
    }
  g_string_append (w.out, "</iati-activities>\n");

  if (considered == 0)
    {
      g_set_error (error, CP_IATI_ERROR, CP_IATI_ERROR_NO_ACTIVITIES,
                   /* Translators: %s is a municipality */
                   _("%s has no partnership to publish."), cp_municipality_get_name (w.publisher));
      return NULL;
    }
  if (strstr (w.out->str, "<iati-activity ") == NULL)
    {
      g_ptr_array_add (w.left_out, NULL);
      g_autofree char *reasons = g_strjoinv ("\n", (char **) w.left_out->pdata);

      g_set_error (error, CP_IATI_ERROR, CP_IATI_ERROR_INCOMPLETE,
                   /* Translators: %s says why, a line for each partnership */
                   _("No activity could be written: IATI needs a date for each.\n%s"), reasons);
      return NULL;
    }
  if (left_out != NULL)
    {
      g_ptr_array_add (w.left_out, NULL);
      *left_out = (GStrv) g_ptr_array_steal (w.left_out, NULL);
    }
  return g_string_free (g_steal_pointer (&w.out), FALSE);
}

gboolean
cp_iati_export_file (CpStore     *store,
                     gint64       municipality_id,
                     gint64       partnership_id,
                     const char  *language,
                     const char  *path,
                     GStrv       *left_out,
                     GError     **error)
{
  g_autofree char *xml = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  if (!(xml = cp_iati_write_activities (store, municipality_id, partnership_id, language, NULL, left_out, error)))
    return FALSE;
  /* Consistent: a temporary file beside @path, flushed, then renamed over it. */
  return g_file_set_contents_full (path, xml, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0666, error);
}
