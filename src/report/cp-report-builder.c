/* cp-report-builder.c
 *
 * One function per section; a report is its type's sections in order
 * (report_sections[]). Every section writes something: its figures, or a note
 * that says what is missing for the period, so that a report on a year without
 * data is short but never empty or broken.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdarg.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "core/cp-conditions.h"
#include "core/cp-country.h"
#include "core/cp-money.h"
#include "core/cp-partial-date.h"
#include "cp-enum-types.h"
#include "cp-report-builder.h"
#include "cp-report-charts.h"
#include "cp-report-language.h"

/* The funding chart shows the report's year and up to this many before it, as the
 * Budget & Funding page does. */
#define FUNDING_EARLIER_YEARS 4
/* What the outlook looks ahead to. */
#define OUTLOOK_DAYS 365
#define MAX_COLUMNS 8

/* Labels */

static const char * const type_labels[CP_N_REPORT_TYPES] = {
  /* Translators: the kinds of council report */
  N_("Annual report"),
  N_("Evaluation"),
  N_("Visit report"),
  N_("Budget statement"),
  N_("Handover dossier"),
};

static const char * const type_nicks[CP_N_REPORT_TYPES] = {
  "annual", "evaluation", "visit", "budget", "handover",
};

typedef struct
{
  CpReportSection  section;
  const char      *label;
} SectionLabel;

static const SectionLabel section_labels[] = {
  /* Translators: the titles of a council report's sections */
  { CP_REPORT_SECTION_SUMMARY, N_("Summary") },
  { CP_REPORT_SECTION_ACTIVITIES, N_("Activities and visits") },
  { CP_REPORT_SECTION_RESULTS, N_("Results and learning") },
  { CP_REPORT_SECTION_FINANCES, N_("Finances") },
  { CP_REPORT_SECTION_CONDITIONS, N_("Conditions and risks") },
  { CP_REPORT_SECTION_OUTLOOK, N_("Outlook") },
  /* Translators: the evaluation's section on the council's decision to continue the partnership */
  { CP_REPORT_SECTION_DECISION, N_("Questions for the council") },
  { CP_REPORT_SECTION_PARTIES_AND_AGREEMENTS, N_("Parties and agreements") },
  { CP_REPORT_SECTION_PEOPLE, N_("Key roles and contacts") },
  { CP_REPORT_SECTION_HISTORY, N_("History") },
  { CP_REPORT_SECTION_OPEN_MATTERS, N_("Open matters") },
  { CP_REPORT_SECTION_FUNDERS, N_("Funders") },
  { CP_REPORT_SECTION_DOCUMENTS, N_("Documents") },
  { CP_REPORT_SECTION_PURPOSE, N_("Purpose") },
  { CP_REPORT_SECTION_DELEGATION, N_("Delegation") },
  { CP_REPORT_SECTION_PROGRAMME, N_("Programme") },
  { CP_REPORT_SECTION_LEARNING, N_("Learning") },
  { CP_REPORT_SECTION_FOLLOW_UPS, N_("Follow-up actions") },
  { CP_REPORT_SECTION_COSTS, N_("Costs") },
  { CP_REPORT_SECTION_IC_BUDGET, N_("International cooperation budget") },
  { CP_REPORT_SECTION_PARTNERSHIPS, N_("Partnerships") },
  { CP_REPORT_SECTION_FUNDING, N_("Funding and ledger") },
  { CP_REPORT_SECTION_INDICATORS, N_("Indicators") },
};

/* Each type's sections, in the order the report has them; 0 ends a list. The
 * annual report and the evaluation follow the council report outline of the
 * domain notes (learning-impact glossary §1.10). */
static const CpReportSection report_sections[CP_N_REPORT_TYPES][10] = {
  [CP_REPORT_ANNUAL] = {
    CP_REPORT_SECTION_SUMMARY, CP_REPORT_SECTION_ACTIVITIES, CP_REPORT_SECTION_RESULTS,
    CP_REPORT_SECTION_FINANCES, CP_REPORT_SECTION_CONDITIONS, CP_REPORT_SECTION_OUTLOOK,
  },
  [CP_REPORT_EVALUATION] = {
    CP_REPORT_SECTION_SUMMARY, CP_REPORT_SECTION_ACTIVITIES, CP_REPORT_SECTION_RESULTS,
    CP_REPORT_SECTION_FINANCES, CP_REPORT_SECTION_CONDITIONS, CP_REPORT_SECTION_OUTLOOK,
    CP_REPORT_SECTION_DECISION,
  },
  [CP_REPORT_VISIT] = {
    CP_REPORT_SECTION_PURPOSE, CP_REPORT_SECTION_DELEGATION, CP_REPORT_SECTION_PROGRAMME,
    CP_REPORT_SECTION_LEARNING, CP_REPORT_SECTION_FOLLOW_UPS, CP_REPORT_SECTION_COSTS,
  },
  [CP_REPORT_BUDGET] = {
    CP_REPORT_SECTION_SUMMARY, CP_REPORT_SECTION_IC_BUDGET, CP_REPORT_SECTION_PARTNERSHIPS,
    CP_REPORT_SECTION_FUNDING, CP_REPORT_SECTION_FUNDERS, CP_REPORT_SECTION_INDICATORS,
  },
  [CP_REPORT_HANDOVER] = {
    CP_REPORT_SECTION_SUMMARY, CP_REPORT_SECTION_PARTIES_AND_AGREEMENTS, CP_REPORT_SECTION_PEOPLE,
    CP_REPORT_SECTION_HISTORY, CP_REPORT_SECTION_OPEN_MATTERS, CP_REPORT_SECTION_FINANCES,
    CP_REPORT_SECTION_FUNDERS, CP_REPORT_SECTION_DOCUMENTS,
  },
};

const char *
cp_report_type_to_label (CpReportType type)
{
  g_return_val_if_fail (type < CP_N_REPORT_TYPES, "");

  return _(type_labels[type]);
}

const char *
cp_report_section_to_label (CpReportSection section)
{
  for (guint i = 0; i < G_N_ELEMENTS (section_labels); i++)
    if (section_labels[i].section == section)
      return _(section_labels[i].label);
  g_return_val_if_reached ("");
}

guint
cp_report_type_get_sections (CpReportType type)
{
  guint sections = 0;

  g_return_val_if_fail (type < CP_N_REPORT_TYPES, 0);

  for (guint i = 0; i < G_N_ELEMENTS (report_sections[type]) && report_sections[type][i] != 0; i++)
    sections |= report_sections[type][i];
  return sections;
}

const char *
cp_report_type_to_nick (CpReportType type)
{
  g_return_val_if_fail (type < CP_N_REPORT_TYPES, "");

  return type_nicks[type];
}

gboolean
cp_report_type_from_nick (const char   *nick,
                          CpReportType *type)
{
  for (guint i = 0; i < CP_N_REPORT_TYPES; i++)
    if (g_strcmp0 (nick, type_nicks[i]) == 0)
      {
        *type = i;
        return TRUE;
      }
  return FALSE;
}

/* What every section reads */

typedef struct
{
  CpStore          *store;
  CpReportDocument *doc;
  CpReportType      type;
  char             *today;
  int               first_year;      /* the period reported on */
  int               year;
  char             *base_currency;
  CpPartnership    *partnership;     /* the report's, or the visit's */
  gint64            partnership_id;
  CpVisit          *visit;
  CpMunicipality   *own;             /* the own municipality, or NULL */
  CpMunicipality   *partner;         /* the partnership's first other party */
  GListModel       *partnerships;
  GListModel       *municipalities;
  GListModel       *funders;
  GListModel       *visits;          /* the partnership's, by date */
  GHashTable       *people;          /* person id → CpPerson, looked up once */
} Builder;

static void
builder_clear (Builder *b)
{
  g_free (b->today);
  g_free (b->base_currency);
  g_clear_object (&b->partnership);
  g_clear_object (&b->visit);
  g_clear_object (&b->own);
  g_clear_object (&b->partner);
  g_clear_object (&b->partnerships);
  g_clear_object (&b->municipalities);
  g_clear_object (&b->funders);
  g_clear_object (&b->visits);
  g_clear_pointer (&b->people, g_hash_table_unref);
  g_clear_pointer (&b->doc, cp_report_document_free);
}

static void
unref_person (gpointer person)
{
  if (person != NULL)
    g_object_unref (person);
}

static gint64
id_of (gpointer record)
{
  return cp_record_get_id (CP_RECORD (record));
}

/* The record with @id in @records, borrowed from the list, or NULL. */
static gpointer
find_record (GListModel *records,
             gint64      id)
{
  for (guint i = 0; records != NULL && id != 0 && i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(GObject) record = g_list_model_get_item (records, i);

      if (id_of (record) == id)
        return record;   /* the list keeps its own reference */
    }
  return NULL;
}

static const char *
or_dash (const char *text)
{
  return text != NULL && *text != '\0' ? text : "—";
}

static const char *
municipality_name (Builder *b,
                   gint64   id)
{
  CpMunicipality *municipality = find_record (b->municipalities, id);

  return municipality ? cp_municipality_get_name (municipality) : "—";
}

static const char *
funder_name (Builder *b,
             gint64   id)
{
  CpFunder *funder = find_record (b->funders, id);

  return funder ? cp_funder_get_name (funder) : "—";
}

/* A person by id; NULL for none or one who was deleted. */
static CpPerson *
lookup_person (Builder *b,
               gint64   id)
{
  CpPerson *person;

  if (id == 0)
    return NULL;
  if (g_hash_table_lookup_extended (b->people, &id, NULL, (gpointer *) &person))
    return person;
  person = cp_store_get_person (b->store, id, NULL);
  g_hash_table_insert (b->people, g_memdup2 (&id, sizeof id), person);
  return person;
}

static const char *
person_name (Builder *b,
             gint64   id)
{
  CpPerson *person = lookup_person (b, id);

  return person ? cp_person_get_name (person) : "—";
}

static char *
dup_partnership_title (Builder *b,
                       gint64   id)
{
  CpPartnership *partnership = find_record (b->partnerships, id);

  return partnership ? cp_partnership_dup_title (partnership) : g_strdup ("—");
}

static char *
format_date (const char *iso)
{
  return iso != NULL && *iso != '\0' ? cp_partial_date_format (iso) : g_strdup ("—");
}

static char *
format_period (const char *starts,
               const char *ends)
{
  if (ends == NULL || *ends == '\0' || g_strcmp0 (starts, ends) == 0)
    return format_date (starts);
  return cp_partial_date_format_period (starts, ends);
}

/* A period that may be open at either end: “since 1998”, “until 2010”; a dash for
 * none. */
static char *
format_span (const char *starts,
             const char *ends)
{
  char *period = cp_partial_date_format_period (starts, ends);

  if (*period != '\0')
    return period;
  g_free (period);
  return g_strdup ("—");
}

/* A whole number with the language's thousands separator: “71,000”. */
static char *
format_number (gint64 number)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GUINT64_FORMAT,
                                             number < 0 ? (guint64) -(number + 1) + 1 : (guint64) number);
  GString *text = g_string_new (number < 0 ? "-" : "");
  gsize length = strlen (digits);

  for (gsize i = 0; i < length; i++)
    {
      if (i > 0 && (length - i) % 3 == 0)
        g_string_append (text, cp_money_group_separator ());
      g_string_append_c (text, digits[i]);
    }
  return g_string_free (text, FALSE);
}

static char *
format_money (gint64      minor,
              const char *currency)
{
  return minor < 0 ? g_strdup ("—") : cp_money_format (minor, currency);
}

static char *
format_count (guint count)
{
  return g_strdup_printf ("%u", count);
}

/* “2007”, or “2004–2007” for an evaluation's term. */
static char *
dup_period_label (Builder *b)
{
  if (b->first_year == b->year)
    return g_strdup_printf ("%d", b->year);
  /* Translators: a span of years, “2004–2007” */
  return g_strdup_printf (_("%d–%d"), b->first_year, b->year);
}

static gboolean
in_period (Builder    *b,
           const char *iso)
{
  int year = cp_partial_date_get_year (iso);

  return year != 0 && year >= b->first_year && year <= b->year;
}

/* Blocks */

static void
add_heading (Builder    *b,
             int         level,
             const char *text)
{
  cp_report_document_add_heading (b->doc, level, text);
}

static void
add_paragraph (Builder    *b,
               const char *text)
{
  if (text != NULL && *text != '\0')
    cp_report_document_add_paragraph (b->doc, text);
}

static void
add_note (Builder    *b,
          const char *text)
{
  cp_report_document_add_note (b->doc, text);
}

static void
add_figure (Builder    *b,
            const char *label,
            const char *value)
{
  cp_report_document_add_key_figure (b->doc, label, value);
}

static void
add_table (Builder            *b,
           const char         *caption,
           guint               n_columns,
           const char * const *header,
           const gboolean     *numeric)
{
  cp_report_document_add_table (b->doc, caption, n_columns, header, numeric);
}

/* A row of the last table: exactly as many cells as it has columns. */
static void
add_row (Builder *b,
         guint    n_cells,
         ...)
{
  const char *cells[MAX_COLUMNS] = { NULL };
  va_list args;

  g_assert (n_cells <= MAX_COLUMNS);

  va_start (args, n_cells);
  for (guint i = 0; i < n_cells; i++)
    cells[i] = va_arg (args, const char *);
  va_end (args);
  cp_report_document_add_row (b->doc, cells);
}

/* A footnote to the last block, unless it already has the same one. */
static void
add_footnote (Builder    *b,
              const char *text)
{
  guint n_blocks = cp_report_document_get_n_blocks (b->doc);
  GPtrArray *footnotes = cp_report_document_get_footnotes (b->doc);

  if (text == NULL || *text == '\0')
    return;
  if (n_blocks > 0)
    {
      const CpReportBlock *block = cp_report_document_get_block (b->doc, n_blocks - 1);

      for (guint i = 0; i < block->footnotes->len; i++)
        {
          guint number = g_array_index (block->footnotes, guint, i);

          if (g_str_equal (g_ptr_array_index (footnotes, number - 1), text))
            return;
        }
    }
  cp_report_document_add_footnote (b->doc, text);
}

static gboolean
has_year (const char *text)
{
  for (const char *p = text; p[0] != '\0'; p++)
    if ((p == text || !g_ascii_isdigit (p[-1])) &&
        (g_str_has_prefix (p, "19") || g_str_has_prefix (p, "20")) &&
        g_ascii_isdigit (p[2]) && g_ascii_isdigit (p[3]) && !g_ascii_isdigit (p[4]))
      return TRUE;
  return FALSE;
}

/* The source a record's note opens with, as a footnote: “Bontenbal 2009, Table 6.2
 * (L7429–7453): …” gives “Bontenbal 2009, Table 6.2, L7429–7453”. A note cites a
 * source when what comes before its first colon names a year; a leading remark
 * (“Illustrative. Bontenbal 2009, …”) is left out. NULL when the note cites none. */
static char *
dup_citation (const char *note)
{
  const char *colon, *start;
  g_autofree char *source = NULL;
  GString *citation;

  if (note == NULL || *note == '\0')
    return NULL;
  colon = strstr (note, ": ");
  source = g_strndup (note, colon != NULL ? (gsize) (colon - note) : strlen (note));
  if (colon == NULL && strlen (source) > 160)
    return NULL;
  start = source;
  for (const char *p = source; (p = strstr (p, ". ")) != NULL; p += 2)
    start = p + 2;
  if (strlen (start) > 160 || !has_year (start))
    return NULL;

  /* “(L7429–7453)” becomes “, L7429–7453”. */
  citation = g_string_new (NULL);
  for (const char *p = start; *p != '\0'; p++)
    {
      if (p[0] == ' ' && p[1] == '(' && p[2] == 'L' && g_ascii_isdigit (p[3]))
        {
          const char *close = strchr (p, ')');

          if (close != NULL)
            {
              g_string_append (citation, ", ");
              g_string_append_len (citation, p + 2, close - (p + 2));
              p = close;
              continue;
            }
        }
      g_string_append_c (citation, *p);
    }
  return g_string_free (citation, FALSE);
}

static void
add_source (Builder    *b,
            const char *note)
{
  g_autofree char *citation = dup_citation (note);

  add_footnote (b, citation);
}

/* A section's heading, when the request wants the section. */
static void
begin_section (Builder         *b,
               CpReportSection  section)
{
  add_heading (b, 1, cp_report_section_to_label (section));
}

/* Lists of the partnership */

static gboolean
is_not_cancelled (CpVisit *visit)
{
  return cp_visit_get_status (visit) != CP_VISIT_STATUS_CANCELLED;
}

/* The partnership's visits that begin in the period. */
static GPtrArray *
visits_in_period (Builder *b)
{
  GPtrArray *visits = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; b->visits != NULL && i < g_list_model_get_n_items (b->visits); i++)
    {
      g_autoptr(CpVisit) visit = g_list_model_get_item (b->visits, i);

      if (in_period (b, cp_visit_get_starts_on (visit)))
        g_ptr_array_add (visits, g_steal_pointer (&visit));
    }
  return visits;
}

typedef GListModel *(*ListOfVisit) (CpStore *store, gint64 visit_id, GError **error);

/* What @list gives for each of @visits (CpVisit), in their order: their follow-up
 * actions or their learning. */
static GPtrArray *
list_of_visits (Builder      *b,
                GPtrArray    *visits,
                ListOfVisit   list,
                GError      **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < visits->len; i++)
    {
      g_autoptr(GListModel) of_visit = list (b->store, id_of (g_ptr_array_index (visits, i)), error);

      if (of_visit == NULL)
        return NULL;
      for (guint j = 0; j < g_list_model_get_n_items (of_visit); j++)
        g_ptr_array_add (records, g_list_model_get_item (of_visit, j));
    }
  return g_steal_pointer (&records);
}

static GPtrArray *
all_visits (Builder *b)
{
  GPtrArray *visits = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; b->visits != NULL && i < g_list_model_get_n_items (b->visits); i++)
    g_ptr_array_add (visits, g_list_model_get_item (b->visits, i));
  return visits;
}

static gboolean
is_overdue (Builder    *b,
            CpFollowUp *follow_up)
{
  const char *due = cp_follow_up_get_due_on (follow_up);

  return cp_follow_up_get_status (follow_up) == CP_FOLLOW_UP_STATUS_OPEN &&
         due != NULL && *due != '\0' && cp_partial_date_compare (due, b->today) < 0;
}

static char *
dup_follow_up_status (Builder    *b,
                      CpFollowUp *follow_up)
{
  const char *status = cp_follow_up_status_to_label (cp_follow_up_get_status (follow_up));

  if (is_overdue (b, follow_up))
    /* Translators: a follow-up action's status when its day has passed, “Open, overdue” */
    return g_strdup_printf (_("%s, overdue"), status);
  return g_strdup (status);
}

static void
add_follow_up_table (Builder    *b,
                     const char *caption,
                     GPtrArray  *follow_ups)
{
  const char *header[] = { _("Action"), _("Owner"), _("Due"), _("Status") };

  add_table (b, caption, G_N_ELEMENTS (header), header, NULL);
  for (guint i = 0; i < follow_ups->len; i++)
    {
      CpFollowUp *follow_up = g_ptr_array_index (follow_ups, i);
      g_autofree char *due = format_date (cp_follow_up_get_due_on (follow_up));
      g_autofree char *status = dup_follow_up_status (b, follow_up);

      add_row (b, 4, cp_follow_up_get_action (follow_up), person_name (b, cp_follow_up_get_owner_id (follow_up)),
               due, status);
    }
}

static void
add_learning_table (Builder    *b,
                    const char *caption,
                    GPtrArray  *entries)
{
  const char *header[] = { _("Person"), _("Level"), _("What was learnt"), _("How it was shared") };

  add_table (b, caption, G_N_ELEMENTS (header), header, NULL);
  for (guint i = 0; i < entries->len; i++)
    {
      CpLearningEntry *entry = g_ptr_array_index (entries, i);

      add_row (b, 4, person_name (b, cp_learning_entry_get_person_id (entry)),
               cp_learning_level_to_label (cp_learning_entry_get_level (entry)),
               or_dash (cp_learning_entry_get_learnt (entry)), or_dash (cp_learning_entry_get_shared (entry)));
    }
}

/* Money */

static char *
format_indicator (CpFundingIndicator  which,
                  CpIndicator         indicator,
                  const char         *currency)
{
  switch (which)
    {
    case CP_FUNDING_INDICATOR_IC_SHARE_OF_BUDGET:
      /* IC is a sliver of a Dutch city's budget (0.038 %). */
      return cp_indicator_format_percent (indicator, 3);
    case CP_FUNDING_INDICATOR_IC_PER_INHABITANT:
    case CP_FUNDING_INDICATOR_PARTNERSHIP_PER_INHABITANT:
    case CP_FUNDING_INDICATOR_PARTNER_IC_PER_INHABITANT:
      return cp_indicator_format_money (indicator, currency);
    case CP_FUNDING_INDICATOR_MULTIPLIER:
      return cp_indicator_format_ratio (indicator, 1);
    case CP_FUNDING_INDICATOR_PARTNERSHIP_SHARE:
    case CP_FUNDING_INDICATOR_EXTERNAL_SHARE:
    case CP_FUNDING_INDICATOR_LARGEST_FUNDER_SHARE:
    case CP_FUNDING_INDICATOR_ELIGIBILITY_RUNWAY:
    case CP_FUNDING_INDICATOR_PARTNER_IC_SHARE_OF_BUDGET:
    case CP_FUNDING_INDICATOR_PARTNER_IC_SHARE_OF_INVESTMENT:
    case CP_N_FUNDING_INDICATORS:
    default:
      return cp_indicator_format_percent (indicator, 1);
    }
}

static void
add_indicator_row (Builder            *b,
                   CpFundingIndicator  which,
                   const char         *value)
{
  add_row (b, 3, cp_funding_indicator_get_title (which), value, cp_funding_indicator_get_meaning (which));
}

static const CpPartnershipMoney *
find_partnership_money (const CpYearSummary *summary,
                        gint64               partnership_id)
{
  for (guint i = 0; i < summary->partnerships->len; i++)
    if (g_array_index (summary->partnerships, CpPartnershipMoney, i).partnership_id == partnership_id)
      return &g_array_index (summary->partnerships, CpPartnershipMoney, i);
  return NULL;
}

/* One partnership's money in a year, by source, by the rule of the year summary
 * (cp-year-summary.h): grants and the partner's contributions when they come in,
 * the municipality's own money when it is spent. */
typedef struct
{
  gint64 budget;     /* -1 without a budget line */
  gint64 committed;
  gint64 spent;
  gint64 by_contribution[CP_N_CONTRIBUTION_KINDS];
} PartnershipYear;

static gint64
own_cash (const PartnershipYear *money)
{
  return money->by_contribution[CP_CONTRIBUTION_KIND_MUNICIPAL_BUDGET] +
         money->by_contribution[CP_CONTRIBUTION_KIND_DEPARTMENTAL] +
         money->by_contribution[CP_CONTRIBUTION_KIND_STAFF_DONATION] +
         money->by_contribution[CP_CONTRIBUTION_KIND_COUNCIL_DONATION];
}

static gboolean
is_own_money (CpContributionKind contribution)
{
  return contribution != CP_CONTRIBUTION_KIND_EXTERNAL_GRANT &&
         contribution != CP_CONTRIBUTION_KIND_PARTNER_CONTRIBUTION;
}

static gboolean
sum_partnership_year (Builder              *b,
                      const CpYearSummary  *summary,
                      PartnershipYear      *money,
                      GError              **error)
{
  g_autoptr(GListModel) entries = cp_store_list_transactions (b->store, summary->year, error);
  const CpPartnershipMoney *row = find_partnership_money (summary, b->partnership_id);

  memset (money, 0, sizeof *money);
  money->budget = cp_year_summary_get_partnership_budget (summary, b->partnership_id);
  if (row != NULL)
    {
      money->committed = row->committed;
      money->spent = row->spent;
    }
  if (entries == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(CpTransaction) entry = g_list_model_get_item (entries, i);
      CpTransactionKind kind = cp_transaction_get_kind (entry);
      CpContributionKind contribution = cp_transaction_get_contribution (entry);
      gboolean own = is_own_money (contribution);

      if (cp_transaction_get_partnership_id (entry) != b->partnership_id || contribution >= CP_N_CONTRIBUTION_KINDS)
        continue;
      if ((own && (kind == CP_TRANSACTION_KIND_DISBURSEMENT || kind == CP_TRANSACTION_KIND_EXPENDITURE)) ||
          (!own && kind == CP_TRANSACTION_KIND_INCOMING_FUNDS))
        money->by_contribution[contribution] += cp_transaction_get_base_amount (entry);
    }
  return TRUE;
}

static gint64
own_municipality_id (Builder *b)
{
  return b->own != NULL ? id_of (b->own) : 0;
}

/* The own municipality's partnerships' ids. */
static GArray *
own_partnership_ids (Builder *b,
                     gint64   municipality_id)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < g_list_model_get_n_items (b->partnerships); i++)
    {
      g_autoptr(CpPartnership) partnership = g_list_model_get_item (b->partnerships, i);
      GPtrArray *parties = cp_partnership_get_parties (partnership);

      for (guint j = 0; parties != NULL && j < parties->len; j++)
        if (id_of (g_ptr_array_index (parties, j)) == municipality_id)
          {
            gint64 id = id_of (partnership);

            g_array_append_val (ids, id);
            break;
          }
    }
  return ids;
}

/* “14 months”, “Open-ended”, “Not eligible”, “—”: the eligibility runway seen from
 * the end of the year (or today, within it). */
static gboolean
format_runway (Builder  *b,
               GArray   *partnership_ids,
               int       year,
               char    **value,
               char    **detail,
               GError  **error)
{
  g_autofree char *year_start = g_strdup_printf ("%04d-01-01", year);
  g_autofree char *year_end = g_strdup_printf ("%04d-12-31", year);
  const char *as_of = g_strcmp0 (b->today, year_end) > 0 ? year_end
                      : g_strcmp0 (b->today, year_start) < 0 ? year_start : b->today;
  CpEligibilityRunway runway = { 0 };

  *value = NULL;
  *detail = NULL;
  if (!cp_store_find_eligibility_runway (b->store, partnership_ids, as_of, &runway, error))
    {
      cp_eligibility_runway_clear (&runway);
      return FALSE;
    }
  if (runway.found)
    {
      const char *country = cp_country_get_name (runway.country);

      if (!runway.eligible)
        *value = g_strdup (_("Not eligible"));
      else if (runway.months < 0)
        *value = g_strdup (_("Open-ended"));
      else
        *value = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d month", "%d months", runway.months), runway.months);
      /* Translators: the eligibility runway's detail: a country and a programme */
      *detail = g_strdup_printf (_("%s in %s"), country ? country : runway.country, runway.programme);
    }
  else
    *value = g_strdup ("—");
  cp_eligibility_runway_clear (&runway);
  return TRUE;
}

/* The partner's own indicators (Table 6.6) for the year, when its budget is recorded. */
static gboolean
add_partner_indicators (Builder  *b,
                        int       year,
                        GError  **error)
{
  static const CpFundingIndicator partner_indicators[] = {
    CP_FUNDING_INDICATOR_PARTNER_IC_SHARE_OF_BUDGET,
    CP_FUNDING_INDICATOR_PARTNER_IC_SHARE_OF_INVESTMENT,
    CP_FUNDING_INDICATOR_PARTNER_IC_PER_INHABITANT,
  };
  g_autoptr(GError) local_error = NULL;
  g_autoptr(CpBudgetYear) budget = NULL;

  if (b->partner == NULL)
    return TRUE;
  budget = cp_store_find_budget_year (b->store, id_of (b->partner), year, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (budget == NULL)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (partner_indicators); i++)
    {
      CpIndicator indicator = cp_budget_year_get_indicator (budget, partner_indicators[i],
                                                            cp_municipality_get_population (b->partner));
      g_autofree char *value = format_indicator (partner_indicators[i], indicator,
                                                 cp_budget_year_get_reporting_currency (budget));

      add_indicator_row (b, partner_indicators[i], value);
    }
  add_source (b, cp_budget_year_get_source (budget));
  return TRUE;
}

/* The indicators of §3.4 for the own municipality's year; @partnership_id's share
 * instead of all partnerships' when given. */
static gboolean
add_indicator_table (Builder              *b,
                     const CpYearSummary  *summary,
                     gint64                partnership_id,
                     GError              **error)
{
  static const CpFundingIndicator own_indicators[] = {
    CP_FUNDING_INDICATOR_PARTNERSHIP_SHARE,
    CP_FUNDING_INDICATOR_IC_SHARE_OF_BUDGET,
    CP_FUNDING_INDICATOR_IC_PER_INHABITANT,
    CP_FUNDING_INDICATOR_PARTNERSHIP_PER_INHABITANT,
    CP_FUNDING_INDICATOR_EXTERNAL_SHARE,
    CP_FUNDING_INDICATOR_MULTIPLIER,
    CP_FUNDING_INDICATOR_LARGEST_FUNDER_SHARE,
  };
  const char *header[] = { _("Indicator"), _("Value"), _("What it says") };
  const gboolean numeric[] = { FALSE, TRUE, FALSE };
  gint64 population = b->own != NULL ? cp_municipality_get_population (b->own) : 0;
  g_autoptr(GArray) ids = own_partnership_ids (b, summary->municipality_id);
  g_autofree char *caption = NULL;
  g_autofree char *runway = NULL;
  g_autofree char *runway_detail = NULL;

  /* Translators: a table's caption; %s is a municipality, %d a year */
  caption = g_strdup_printf (_("Indicators of %s, %d"), municipality_name (b, summary->municipality_id), summary->year);
  if (partnership_id != 0)
    {
      g_array_set_size (ids, 0);
      g_array_append_val (ids, partnership_id);
    }
  if (!format_runway (b, ids, summary->year, &runway, &runway_detail, error))
    return FALSE;

  add_table (b, caption, G_N_ELEMENTS (header), header, numeric);
  for (guint i = 0; i < G_N_ELEMENTS (own_indicators); i++)
    {
      CpFundingIndicator which = own_indicators[i];
      CpIndicator indicator = which == CP_FUNDING_INDICATOR_PARTNERSHIP_SHARE && partnership_id != 0
                              ? cp_year_summary_get_partnership_share (summary, partnership_id)
                              : cp_year_summary_get_indicator (summary, which, population);
      g_autofree char *value = format_indicator (which, indicator, summary->base_currency);

      add_indicator_row (b, which, value);
    }
  {
    g_autofree char *value = runway_detail != NULL ? g_strdup_printf ("%s (%s)", runway, runway_detail) : g_strdup (runway);

    add_indicator_row (b, CP_FUNDING_INDICATOR_ELIGIBILITY_RUNWAY, value);
  }
  if (partnership_id != 0 && !add_partner_indicators (b, summary->year, error))
    return FALSE;
  if (summary->budget != NULL)
    add_source (b, cp_budget_year_get_source (summary->budget));
  return TRUE;
}

static gboolean
add_charts (Builder              *b,
            const CpYearSummary  *summary,
            int                   n_earlier_years,
            GError              **error)
{
  CpChart *funding = cp_report_chart_new_funding (b->store, summary, n_earlier_years, error);

  if (funding == NULL)
    return FALSE;
  cp_report_document_add_chart (b->doc, NULL, cp_report_chart_new_budget (summary, b->partnerships));
  cp_report_document_add_chart (b->doc, NULL, funding);
  return TRUE;
}

/* The budget line of the partnership in the year's budget, for its source. */
static CpBudgetLine *
find_budget_line (const CpYearSummary *summary,
                  gint64               partnership_id)
{
  for (guint i = 0; summary->budget_lines != NULL && i < summary->budget_lines->len; i++)
    {
      CpBudgetLine *line = g_ptr_array_index (summary->budget_lines, i);

      if (cp_budget_line_get_partnership_id (line) == partnership_id)
        return line;
    }
  return NULL;
}

/* Sections of a partnership's reports: annual, evaluation and handover */

static void
add_status_figure (Builder *b)
{
  const char *since = cp_partnership_get_status_since (b->partnership);
  const char *status = cp_partnership_status_to_label (cp_partnership_get_status (b->partnership));
  g_autofree char *date = NULL;
  g_autofree char *value = NULL;

  if (since != NULL && *since != '\0')
    {
      date = cp_partial_date_format (since);
      /* Translators: a partnership's status and since when, “Active since 1985” */
      value = g_strdup_printf (_("%s since %s"), status, date);
    }
  add_figure (b, _("Status"), value ? value : status);
}

static gboolean
write_summary (Builder  *b,
               GError  **error)
{
  g_autoptr(GPtrArray) visits = visits_in_period (b);
  g_autoptr(GPtrArray) follow_ups = NULL;
  g_autoptr(GPtrArray) open = NULL;
  g_autoptr(GPtrArray) learning = NULL;
  g_autofree char *period = dup_period_label (b);
  g_autofree char *visits_label = NULL;
  g_autofree char *n_visits = NULL;
  gint64 budget = 0, spent = 0;
  gboolean any_budget = FALSE;
  guint held = 0, n_open = 0;

  begin_section (b, CP_REPORT_SECTION_SUMMARY);
  if (b->type == CP_REPORT_HANDOVER)
    {
      /* Translators: the first paragraph of a handover dossier, on why it exists */
      add_paragraph (b, _("This dossier holds what a successor needs to carry the partnership on: the contacts "
                          "in both cities, the agreements and what they commit to, who holds which role, the "
                          "history, what is still open, the money and the documents. In Cajamarca the liaison "
                          "officer left without leaving an archive of partnership documentation, and the new "
                          "official did not know the contacts in the partner city, the content and objectives "
                          "of the partnership or its stakeholders. The study concludes that a partnership needs "
                          "an information system so that it does not depend on one person."));
      add_footnote (b, "Bontenbal 2009, L7849–7860");
    }
  add_paragraph (b, cp_partnership_get_description (b->partnership));
  add_source (b, cp_partnership_get_note (b->partnership));

  if (!(follow_ups = list_of_visits (b, visits, cp_store_list_follow_ups, error)) ||
      !(learning = list_of_visits (b, visits, cp_store_list_learning_entries, error)))
    return FALSE;
  {
    g_autoptr(GPtrArray) everything = all_visits (b);

    if (!(open = list_of_visits (b, everything, cp_store_list_follow_ups, error)))
      return FALSE;
    for (guint i = 0; i < open->len; i++)
      n_open += cp_follow_up_get_status (g_ptr_array_index (open, i)) == CP_FOLLOW_UP_STATUS_OPEN;
  }
  for (guint i = 0; i < visits->len; i++)
    held += is_not_cancelled (g_ptr_array_index (visits, i));
  for (int year = b->first_year; year <= b->year; year++)
    {
      g_autoptr(CpYearSummary) summary = cp_store_summarize_year (b->store, own_municipality_id (b), year, error);
      const CpPartnershipMoney *money;
      gint64 line;

      if (summary == NULL)
        return FALSE;
      line = cp_year_summary_get_partnership_budget (summary, b->partnership_id);
      money = find_partnership_money (summary, b->partnership_id);
      if (line >= 0)
        {
          budget += line;
          any_budget = TRUE;
        }
      if (money != NULL)
        spent += money->spent;
    }

  add_status_figure (b);
  if (b->type == CP_REPORT_HANDOVER)
    {
      g_autofree char *first_contact = format_date (cp_partnership_get_first_contact (b->partnership));
      g_autofree char *agreement = format_date (cp_partnership_get_agreement_date (b->partnership));

      add_figure (b, _("Kind"), cp_partnership_kind_to_label (cp_partnership_get_kind (b->partnership)));
      add_figure (b, _("First contact"), first_contact);
      add_figure (b, _("Agreement"), agreement);
      add_figure (b, _("Initiative"), cp_initiative_origin_to_label (cp_partnership_get_initiative_origin (b->partnership)));
    }
  else
    {
      g_autofree char *budget_text = any_budget ? format_money (budget, b->base_currency) : g_strdup ("—");
      g_autofree char *spent_text = format_money (spent, b->base_currency);
      g_autofree char *budget_label = NULL;
      g_autofree char *spent_label = NULL;
      g_autofree char *learning_text = format_count (learning->len);
      guint done = 0;
      g_autofree char *done_text = NULL;

      /* Translators: a key figure's label; %s is a year or a span of years */
      visits_label = g_strdup_printf (_("Visits in %s"), period);
      n_visits = format_count (held);
      add_figure (b, visits_label, n_visits);
      /* Translators: a key figure's label; %s is a year or a span of years */
      budget_label = g_strdup_printf (_("Budget %s"), period);
      add_figure (b, budget_label, budget_text);
      /* Translators: a key figure's label; %s is a year or a span of years */
      spent_label = g_strdup_printf (_("Spent %s"), period);
      add_figure (b, spent_label, spent_text);
      add_figure (b, _("Learning recorded"), learning_text);
      for (guint i = 0; i < follow_ups->len; i++)
        done += cp_follow_up_get_status (g_ptr_array_index (follow_ups, i)) == CP_FOLLOW_UP_STATUS_DONE;
      /* Translators: follow-up actions of the period: done of all, “3 of 4” */
      done_text = g_strdup_printf (_("%u of %u"), done, follow_ups->len);
      add_figure (b, _("Follow-up actions done"), done_text);
    }
  {
    g_autofree char *open_text = format_count (n_open);

    add_figure (b, _("Open follow-up actions"), open_text);
  }
  {
    const char * const *themes = cp_partnership_get_themes (b->partnership);

    if (themes != NULL && themes[0] != NULL)
      {
        g_autofree char *joined = g_strjoinv (", ", (char **) themes);
        /* Translators: the themes of a partnership, listed after the colon */
        g_autofree char *text = g_strdup_printf (_("Themes: %s."), joined);

        add_paragraph (b, text);
      }
  }
  if (b->type != CP_REPORT_HANDOVER && visits->len == 0)
    {
      /* Translators: %s is a year or a span of years */
      g_autofree char *note = g_strdup_printf (_("No visits in %s."), period);

      add_note (b, note);
    }
  return TRUE;
}

static void
add_visit_table (Builder    *b,
                 const char *caption,
                 GPtrArray  *visits,
                 GPtrArray  *delegation_sizes)
{
  const char *header[] = { _("Dates"), _("Direction"), _("Purpose"), _("Status"), _("Delegation") };
  const gboolean numeric[] = { FALSE, FALSE, FALSE, FALSE, TRUE };

  add_table (b, caption, G_N_ELEMENTS (header), header, numeric);
  for (guint i = 0; i < visits->len; i++)
    {
      CpVisit *visit = g_ptr_array_index (visits, i);
      g_autofree char *dates = format_period (cp_visit_get_starts_on (visit), cp_visit_get_ends_on (visit));

      add_row (b, 5, dates, cp_visit_direction_to_label (cp_visit_get_direction (visit)),
               or_dash (cp_visit_get_purpose (visit)), cp_visit_status_to_label (cp_visit_get_status (visit)),
               delegation_sizes ? (const char *) g_ptr_array_index (delegation_sizes, i) : "—");
    }
}

static gboolean
write_activities (Builder  *b,
                  GError  **error)
{
  g_autoptr(GPtrArray) visits = visits_in_period (b);
  g_autoptr(GPtrArray) sizes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GListModel) events = cp_store_list_timeline_events (b->store, b->partnership_id, error);
  g_autoptr(GListModel) agreements = NULL;
  g_autofree char *period = dup_period_label (b);
  gboolean any_event = FALSE, any_agreement = FALSE;

  if (events == NULL || !(agreements = cp_store_list_agreements (b->store, b->partnership_id, error)))
    return FALSE;
  begin_section (b, CP_REPORT_SECTION_ACTIVITIES);
  for (guint i = 0; i < visits->len; i++)
    {
      g_autoptr(GListModel) delegates = cp_store_list_delegates (b->store, id_of (g_ptr_array_index (visits, i)), error);

      if (delegates == NULL)
        return FALSE;
      g_ptr_array_add (sizes, format_count (g_list_model_get_n_items (delegates)));
    }
  if (visits->len > 0)
    {
      /* Translators: a table's caption; %s is a year or a span of years */
      g_autofree char *caption = g_strdup_printf (_("Visits in %s"), period);

      add_visit_table (b, caption, visits, sizes);
    }
  else
    {
      /* Translators: %s is a year or a span of years */
      g_autofree char *note = g_strdup_printf (_("No visits in %s."), period);

      add_note (b, note);
    }

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(CpTimelineEvent) event = g_list_model_get_item (events, i);
      g_autofree char *date = NULL;

      if (!in_period (b, cp_timeline_event_get_date (event)))
        continue;
      if (!any_event)
        {
          const char *header[] = { _("Date"), _("Milestone") };
          /* Translators: a table's caption; %s is a year or a span of years */
          g_autofree char *caption = g_strdup_printf (_("Milestones in %s"), period);

          add_table (b, caption, G_N_ELEMENTS (header), header, NULL);
          any_event = TRUE;
        }
      date = format_date (cp_timeline_event_get_date (event));
      add_row (b, 2, date, cp_timeline_event_get_title (event));
    }
  for (guint i = 0; i < g_list_model_get_n_items (agreements); i++)
    {
      g_autoptr(CpAgreement) agreement = g_list_model_get_item (agreements, i);
      g_autofree char *date = NULL;

      if (!in_period (b, cp_agreement_get_signed_on (agreement)))
        continue;
      if (!any_agreement)
        {
          const char *header[] = { _("Agreement"), _("Kind"), _("Signed") };
          /* Translators: a table's caption; %s is a year or a span of years */
          g_autofree char *caption = g_strdup_printf (_("Agreements signed in %s"), period);

          add_table (b, caption, G_N_ELEMENTS (header), header, NULL);
          any_agreement = TRUE;
        }
      date = format_date (cp_agreement_get_signed_on (agreement));
      add_row (b, 3, cp_agreement_get_title (agreement), cp_agreement_kind_to_label (cp_agreement_get_kind (agreement)),
               date);
    }
  return TRUE;
}

static gboolean
write_results (Builder  *b,
               GError  **error)
{
  g_autoptr(GPtrArray) visits = visits_in_period (b);
  g_autoptr(GPtrArray) learning = NULL;
  g_autoptr(GPtrArray) follow_ups = NULL;
  g_autoptr(GListModel) projects = cp_store_list_projects (b->store, b->partnership_id, error);
  g_autofree char *period = dup_period_label (b);
  gboolean any_report = FALSE, any_project = FALSE;

  if (projects == NULL ||
      !(learning = list_of_visits (b, visits, cp_store_list_learning_entries, error)) ||
      !(follow_ups = list_of_visits (b, visits, cp_store_list_follow_ups, error)))
    return FALSE;
  begin_section (b, CP_REPORT_SECTION_RESULTS);

  for (guint i = 0; i < visits->len; i++)
    {
      CpVisit *visit = g_ptr_array_index (visits, i);
      g_autofree char *dates = NULL;
      g_autofree char *text = NULL;

      if (cp_visit_get_report (visit) == NULL || *cp_visit_get_report (visit) == '\0')
        continue;
      if (!any_report)
        add_heading (b, 2, _("What the visits achieved"));
      any_report = TRUE;
      dates = format_period (cp_visit_get_starts_on (visit), cp_visit_get_ends_on (visit));
      /* Translators: a visit's dates and its report, “17 September 2007 – 28 September 2007: Visited …” */
      text = g_strdup_printf (_("%s: %s"), dates, cp_visit_get_report (visit));
      add_paragraph (b, text);
    }

  add_heading (b, 2, _("Learning"));
  if (learning->len > 0)
    {
      /* Translators: a table's caption; %s is a year or a span of years */
      g_autofree char *caption = g_strdup_printf (_("Learning recorded on the visits of %s"), period);

      add_learning_table (b, caption, learning);
    }
  else
    {
      /* Translators: %s is a year or a span of years */
      g_autofree char *note = g_strdup_printf (_("No learning was recorded on the visits of %s."), period);

      add_note (b, note);
    }

  add_heading (b, 2, _("Follow-up actions"));
  if (follow_ups->len > 0)
    {
      /* Translators: a table's caption; %s is a year or a span of years */
      g_autofree char *caption = g_strdup_printf (_("Actions agreed on the visits of %s"), period);

      add_follow_up_table (b, caption, follow_ups);
    }
  else
    {
      /* Translators: %s is a year or a span of years */
      g_autofree char *note = g_strdup_printf (_("No follow-up actions were agreed on the visits of %s."), period);

      add_note (b, note);
    }

  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(CpProject) project = g_list_model_get_item (projects, i);
      const char *starts = cp_project_get_starts_on (project);
      const char *ends = cp_project_get_ends_on (project);
      g_autofree char *dates = NULL;

      if ((*starts != '\0' && cp_partial_date_get_year (starts) > b->year) ||
          (*ends != '\0' && cp_partial_date_get_year (ends) < b->first_year))
        continue;
      if (!any_project)
        {
          const char *header[] = { _("Project"), _("Theme"), _("Period"), _("Proposed by"), _("On the partner's plan") };
          /* Translators: a table's caption; %s is a year or a span of years */
          g_autofree char *caption = g_strdup_printf (_("Projects in %s"), period);

          add_heading (b, 2, _("Projects"));
          add_table (b, caption, G_N_ELEMENTS (header), header, NULL);
          any_project = TRUE;
        }
      dates = format_span (starts, ends);
      add_row (b, 5, cp_project_get_title (project), or_dash (cp_project_get_theme (project)), dates,
               cp_initiator_to_label (cp_project_get_initiator (project)),
               cp_project_get_plan_line_id (project) != 0 ? _("Yes") : _("No"));
    }
  return TRUE;
}

/* The partnership's money per year of @years (PartnershipYear, from @first_year):
 * budget, spending and sources. */
static void
add_money_per_year (Builder *b,
                    GArray  *years,
                    GArray  *shares,
                    int      first_year)
{
  const char *header[] = { _("Year"), _("Budget"), _("Spent"), _("Share of the IC budget"), _("Own"), _("External"),
                           _("Multiplier") };
  const gboolean numeric[] = { FALSE, TRUE, TRUE, TRUE, TRUE, TRUE, TRUE };
  g_autofree char *title = dup_partnership_title (b, b->partnership_id);
  g_autofree char *caption = NULL;
  int last_year = first_year + (int) years->len - 1;

  if (first_year == last_year)
    /* Translators: a table's caption; %s is a partnership, %d a year */
    caption = g_strdup_printf (_("The money of %s in %d"), title, last_year);
  else
    /* Translators: a table's caption; %s is a partnership, then the first and the last year */
    caption = g_strdup_printf (_("The money of %s, %d–%d"), title, first_year, last_year);
  add_table (b, caption, G_N_ELEMENTS (header), header, numeric);
  for (guint i = 0; i < years->len; i++)
    {
      const PartnershipYear *money = &g_array_index (years, PartnershipYear, i);
      gint64 external = money->by_contribution[CP_CONTRIBUTION_KIND_EXTERNAL_GRANT];
      g_autofree char *year_text = g_strdup_printf ("%d", first_year + (int) i);
      g_autofree char *budget = format_money (money->budget, b->base_currency);
      g_autofree char *spent = format_money (money->spent, b->base_currency);
      g_autofree char *share = cp_indicator_format_percent (g_array_index (shares, CpIndicator, i), 1);
      g_autofree char *own = format_money (own_cash (money), b->base_currency);
      g_autofree char *external_text = format_money (external, b->base_currency);
      g_autofree char *multiplier = cp_indicator_format_ratio (cp_indicator_multiplier (external, own_cash (money)), 1);

      add_row (b, 7, year_text, budget, spent, share, own, external_text, multiplier);
    }
}

/* The partnership's funding by source, a column per year. */
static void
add_funding_by_source (Builder *b,
                       GArray  *years,
                       int      first_year)
{
  g_autoptr(GPtrArray) header = g_ptr_array_new_with_free_func (g_free);
  g_autofree gboolean *numeric = g_new0 (gboolean, years->len + 1);
  g_autofree char *period = NULL;
  g_autofree char *caption = NULL;
  gboolean any = FALSE;

  if (years->len == 1)
    period = g_strdup_printf ("%d", first_year);
  else
    period = g_strdup_printf (_("%d–%d"), first_year, first_year + (int) years->len - 1);
  /* Translators: a table's caption; %s is a year or a span of years */
  caption = g_strdup_printf (_("The partnership's funding by source, %s"), period);
  g_ptr_array_add (header, g_strdup (_("Source")));
  for (guint i = 0; i < years->len; i++)
    {
      g_ptr_array_add (header, years->len == 1 ? g_strdup (_("Amount")) : g_strdup_printf ("%d", first_year + (int) i));
      numeric[i + 1] = TRUE;
    }
  for (guint kind = 0; kind < CP_N_CONTRIBUTION_KINDS; kind++)
    {
      g_autoptr(GPtrArray) amounts = g_ptr_array_new_with_free_func (g_free);
      const char *cells[MAX_COLUMNS] = { cp_contribution_kind_to_label (kind) };
      gboolean used = FALSE;

      for (guint i = 0; i < years->len; i++)
        used |= g_array_index (years, PartnershipYear, i).by_contribution[kind] > 0;
      if (!used)
        continue;
      if (!any)
        add_table (b, caption, years->len + 1, (const char * const *) header->pdata, numeric);
      any = TRUE;
      for (guint i = 0; i < years->len; i++)
        {
          char *amount = format_money (g_array_index (years, PartnershipYear, i).by_contribution[kind], b->base_currency);

          g_ptr_array_add (amounts, amount);
          cells[i + 1] = amount;
        }
      cp_report_document_add_row (b->doc, cells);
    }
  if (!any)
    {
      /* Translators: %s is a year or a span of years */
      g_autofree char *note = g_strdup_printf (_("No funding of the partnership is recorded in the ledger for %s."),
                                               period);

      add_note (b, note);
    }
}

static gboolean
write_finances (Builder  *b,
                GError  **error)
{
  /* The handover shows this year and last; the evaluation its term, at most as
   * many years as a table has room for. */
  int first = b->type == CP_REPORT_HANDOVER ? b->year - 1 : MAX (b->first_year, b->year - (MAX_COLUMNS - 2));
  g_autoptr(GArray) years = g_array_new (FALSE, TRUE, sizeof (PartnershipYear));
  g_autoptr(GArray) shares = g_array_new (FALSE, TRUE, sizeof (CpIndicator));
  g_autoptr(CpYearSummary) summary = NULL;
  g_autofree char *period = dup_period_label (b);

  for (int year = first; year <= b->year; year++)
    {
      PartnershipYear money;
      CpIndicator share;

      g_clear_pointer (&summary, cp_year_summary_free);
      if (!(summary = cp_store_summarize_year (b->store, own_municipality_id (b), year, error)) ||
          !sum_partnership_year (b, summary, &money, error))
        return FALSE;
      share = cp_year_summary_get_partnership_share (summary, b->partnership_id);
      g_array_append_val (years, money);
      g_array_append_val (shares, share);
    }
  begin_section (b, CP_REPORT_SECTION_FINANCES);

  if (b->type == CP_REPORT_ANNUAL)
    {
      const PartnershipYear *money = &g_array_index (years, PartnershipYear, 0);
      gint64 external = money->by_contribution[CP_CONTRIBUTION_KIND_EXTERNAL_GRANT];
      g_autofree char *budget = format_money (money->budget, b->base_currency);
      g_autofree char *committed = format_money (money->committed, b->base_currency);
      g_autofree char *spent = format_money (money->spent, b->base_currency);
      g_autofree char *share = cp_indicator_format_percent (g_array_index (shares, CpIndicator, 0), 1);
      g_autofree char *own = format_money (own_cash (money), b->base_currency);
      g_autofree char *external_text = format_money (external, b->base_currency);
      CpBudgetLine *line = find_budget_line (summary, b->partnership_id);

      add_figure (b, _("Budget"), budget);
      add_figure (b, _("Committed"), committed);
      add_figure (b, _("Spent"), spent);
      add_figure (b, _("Share of the IC budget"), share);
      if (summary->budget != NULL)
        {
          CpBudgetYear *year = summary->budget;
          g_autofree char *ic = format_money (cp_budget_year_to_base (year, cp_budget_year_get_ic_budget (year)),
                                              cp_budget_year_get_reporting_currency (year));

          add_figure (b, _("IC budget"), ic);
        }
      add_figure (b, _("Own contribution"), own);
      add_figure (b, _("External funding"), external_text);
      if (line != NULL)
        add_source (b, cp_budget_line_get_note (line));
      if (summary->budget != NULL)
        add_source (b, cp_budget_year_get_source (summary->budget));
      if (money->budget < 0 && money->spent == 0 && money->committed == 0 && own_cash (money) == 0 && external == 0)
        {
          /* Translators: %s is a year or a span of years */
          g_autofree char *note = g_strdup_printf (_("No budget, spending or funding is recorded for %s."), period);

          add_note (b, note);
        }
    }
  else
    add_money_per_year (b, years, shares, first);
  add_funding_by_source (b, years, first);

  if (b->type != CP_REPORT_HANDOVER)
    {
      if (b->own == NULL)
        add_note (b, _("The indicators need your own municipality: mark it as your own in its editor."));
      else if (!add_indicator_table (b, summary, b->partnership_id, error))
        return FALSE;
    }
  return add_charts (b, summary, b->year - first > 0 ? b->year - first : FUNDING_EARLIER_YEARS, error);
}

/* A signal that fired: what it is and the recorded facts, with the study's words
 * and line as a footnote. */
static void
add_signal (Builder            *b,
            const CpRiskSignal *signal)
{
  /* Translators: a risk signal: its title, its severity and the facts that fired it */
  g_autofree char *text = g_strdup_printf (_("%s (%s): %s"), signal->title, cp_signal_severity_to_label (signal->severity),
                                           signal->evidence);
  /* Translators: a footnote: the study's words (in English, quoted) and where they stand in it */
  g_autofree char *source = g_strdup_printf (_("“%s” (Bontenbal 2009, %s)"), signal->words, signal->citation);

  add_paragraph (b, text);
  add_footnote (b, source);
}

static void
add_result (Builder                 *b,
            const char              *name,
            const char              *meaning,
            const CpConditionResult *result)
{
  /* Translators: a condition's level and why, “Strong. The court programme names the partnership.” */
  g_autofree char *judgement = g_strdup_printf (_("%s. %s"), cp_condition_level_to_label (result->level), result->summary);

  add_heading (b, 2, name);
  add_paragraph (b, meaning);
  add_paragraph (b, judgement);
  if (result->indicators->len > 0)
    {
      const char *header[] = { _("Indicator"), _("Value") };
      const gboolean numeric[] = { FALSE, TRUE };

      add_table (b, NULL, G_N_ELEMENTS (header), header, numeric);
      for (guint i = 0; i < result->indicators->len; i++)
        {
          const CpConditionIndicator *indicator = g_ptr_array_index (result->indicators, i);

          add_row (b, 2, indicator->label, indicator->value);
        }
    }
  for (guint i = 0; i < result->signals->len; i++)
    add_signal (b, g_ptr_array_index (result->signals, i));
}

/* A table of levels over the term: @first_heading, then a column for each year. */
static void
add_levels_table (Builder    *b,
                  const char *first_heading,
                  const char *caption)
{
  guint n_years = (guint) (b->year - b->first_year + 1);
  g_autoptr(GPtrArray) header = g_ptr_array_new_with_free_func (g_free);
  g_autofree gboolean *numeric = g_new0 (gboolean, n_years + 1);

  g_ptr_array_add (header, g_strdup (first_heading));
  for (guint i = 0; i < n_years; i++)
    g_ptr_array_add (header, g_strdup_printf ("%d", b->first_year + (int) i));
  add_table (b, caption, n_years + 1, (const char * const *) header->pdata, numeric);
}

/* The level of each condition per year of the term: the trend. */
static gboolean
add_condition_trend (Builder  *b,
                     GError  **error)
{
  guint n_years = (guint) (b->year - b->first_year + 1);
  g_autofree CpConditionsFacts *facts = g_new0 (CpConditionsFacts, n_years);
  gboolean ok = TRUE;

  if (n_years + 1 > MAX_COLUMNS)
    return TRUE;
  for (guint i = 0; i < n_years && ok; i++)
    ok = cp_store_gather_conditions_facts (b->store, id_of (b->own), b->partnership_id, b->first_year + (int) i,
                                           b->today, &facts[i], error);
  if (ok)
    {
      add_levels_table (b, _("Condition"), _("The level of each condition per year"));
      for (int condition = CP_CONDITION_POLITICAL_EMBEDDING; condition <= CP_CONDITION_SUPPORT; condition++)
        {
          const char *cells[MAX_COLUMNS] = { cp_condition_to_label (condition) };

          for (guint i = 0; i < n_years; i++)
            {
              g_autoptr(CpConditionResult) result = cp_conditions_evaluate (&facts[i], condition);

              cells[i + 1] = cp_condition_level_to_label (result->level);
            }
          cp_report_document_add_row (b->doc, cells);
        }
    }
  for (guint i = 0; i < n_years; i++)
    cp_conditions_facts_clear (&facts[i]);
  return ok;
}

static gboolean
add_south_trend (Builder  *b,
                 GError  **error)
{
  guint n_years = (guint) (b->year - b->first_year + 1);
  g_autofree CpSouthFacts *facts = g_new0 (CpSouthFacts, n_years);
  gboolean ok = TRUE;

  if (n_years + 1 > MAX_COLUMNS)
    return TRUE;
  for (guint i = 0; i < n_years && ok; i++)
    ok = cp_store_gather_south_facts (b->store, id_of (b->partner), b->first_year + (int) i, b->today, &facts[i], error);
  if (ok)
    {
      add_levels_table (b, _("Issue"), _("The level of each issue per year"));
      for (int issue = 0; issue < CP_N_SOUTH_ISSUES; issue++)
        {
          const char *cells[MAX_COLUMNS] = { cp_south_issue_to_label (issue) };

          for (guint i = 0; i < n_years; i++)
            {
              g_autoptr(CpConditionResult) result = cp_conditions_evaluate_south (&facts[i], issue);

              cells[i + 1] = cp_condition_level_to_label (result->level);
            }
          cp_report_document_add_row (b->doc, cells);
        }
    }
  for (guint i = 0; i < n_years; i++)
    cp_south_facts_clear (&facts[i]);
  return ok;
}

static gboolean
write_conditions (Builder  *b,
                  GError  **error)
{
  begin_section (b, CP_REPORT_SECTION_CONDITIONS);
  if (b->own == NULL)
    add_note (b, _("No party of this partnership is marked as your own municipality, so its conditions cannot be "
                   "judged. Mark your municipality as your own in its editor."));
  else
    {
      CpConditionsFacts facts;

      if (b->type == CP_REPORT_EVALUATION && !add_condition_trend (b, error))
        return FALSE;
      if (!cp_store_gather_conditions_facts (b->store, id_of (b->own), b->partnership_id, b->year, b->today, &facts,
                                             error))
        {
          cp_conditions_facts_clear (&facts);
          return FALSE;
        }
      for (int condition = CP_CONDITION_POLITICAL_EMBEDDING; condition <= CP_CONDITION_SUPPORT; condition++)
        {
          g_autoptr(CpConditionResult) result = cp_conditions_evaluate (&facts, condition);

          add_result (b, cp_condition_to_label (condition), cp_condition_get_meaning (condition), result);
        }
      cp_conditions_facts_clear (&facts);
    }

  if (b->partner != NULL)
    {
      CpSouthFacts facts;
      /* Translators: a heading; %s is the partner municipality */
      g_autofree char *heading = g_strdup_printf (_("The partner's structure: %s"), cp_municipality_get_name (b->partner));

      add_heading (b, 2, heading);
      if (b->type == CP_REPORT_EVALUATION && !add_south_trend (b, error))
        return FALSE;
      if (!cp_store_gather_south_facts (b->store, id_of (b->partner), b->year, b->today, &facts, error))
        {
          cp_south_facts_clear (&facts);
          return FALSE;
        }
      for (int issue = 0; issue < CP_N_SOUTH_ISSUES; issue++)
        {
          g_autoptr(CpConditionResult) result = cp_conditions_evaluate_south (&facts, issue);
          /* Translators: one of the partner's three issues and its level, “Organisational capacity: Weak” */
          g_autofree char *title = g_strdup_printf (_("%s: %s"), cp_south_issue_to_label (issue),
                                                    cp_condition_level_to_label (result->level));

          add_paragraph (b, title);
          add_paragraph (b, result->summary);
          for (guint i = 0; i < result->signals->len; i++)
            add_signal (b, g_ptr_array_index (result->signals, i));
        }
      cp_south_facts_clear (&facts);
    }
  return TRUE;
}

static const char *
attention_kind_to_label (CpAttentionKind kind)
{
  switch (kind)
    {
    case CP_ATTENTION_VISIT:
      return _("Visit begins");
    case CP_ATTENTION_GRANT_DEADLINE:
      return _("Application deadline");
    case CP_ATTENTION_REPORT_TO_FUNDER:
      return _("Report due to a funder");
    case CP_ATTENTION_REPORT_FROM_PARTNER:
      return _("Report due from the partner");
    case CP_ATTENTION_AGREEMENT_EXPIRING:
      return _("Agreement expires");
    case CP_ATTENTION_TERM_ENDING:
      return _("Political term ends");
    case CP_ATTENTION_FOLLOW_UP:
    default:
      return _("Follow-up action due");
    }
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
collect_ids (GListModel *records,
             GArray     *ids)
{
  for (guint i = 0; records != NULL && i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(GObject) record = g_list_model_get_item (records, i);
      gint64 id = id_of (record);

      g_array_append_val (ids, id);
    }
}

/* Whether an item of the attention list (cp_store_list_attention()) concerns the
 * partnership. */
static gboolean
concerns_partnership (Builder               *b,
                      const CpAttentionItem *item,
                      GArray                *visit_ids,
                      GArray                *application_ids,
                      GArray                *obligation_ids,
                      GArray                *project_ids,
                      GArray                *agreement_ids)
{
  GPtrArray *parties = cp_partnership_get_parties (b->partnership);

  switch (item->kind)
    {
    case CP_ATTENTION_VISIT:
    case CP_ATTENTION_FOLLOW_UP:
      return contains_id (visit_ids, item->record_id);
    case CP_ATTENTION_GRANT_DEADLINE:
      return contains_id (application_ids, item->record_id);
    case CP_ATTENTION_REPORT_TO_FUNDER:
      return contains_id (obligation_ids, item->record_id);
    case CP_ATTENTION_REPORT_FROM_PARTNER:
      return contains_id (project_ids, item->record_id);
    case CP_ATTENTION_AGREEMENT_EXPIRING:
      return contains_id (agreement_ids, item->record_id);
    case CP_ATTENTION_TERM_ENDING:
      for (guint i = 0; parties != NULL && i < parties->len; i++)
        if (g_strcmp0 (cp_municipality_get_name (g_ptr_array_index (parties, i)), item->context) == 0)
          return TRUE;
      return FALSE;
    default:
      return FALSE;
    }
}

static gboolean
write_outlook (Builder  *b,
               GError  **error)
{
  g_autoptr(GArray) visit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) application_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) obligation_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) project_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) agreement_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GListModel) applications = cp_store_list_grant_applications (b->store, b->partnership_id, error);
  g_autoptr(GListModel) projects = NULL;
  g_autoptr(GListModel) agreements = NULL;
  g_autoptr(GPtrArray) attention = NULL;
  g_autoptr(GPtrArray) upcoming = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) open = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) everything = all_visits (b);
  g_autoptr(GPtrArray) follow_ups = NULL;
  g_autofree char *today = cp_partial_date_format (b->today);
  g_autofree char *as_of = NULL;
  gboolean any_deadline = FALSE;

  if (applications == NULL ||
      !(projects = cp_store_list_projects (b->store, b->partnership_id, error)) ||
      !(agreements = cp_store_list_agreements (b->store, b->partnership_id, error)) ||
      !(attention = cp_store_list_attention (b->store, b->today, OUTLOOK_DAYS, error)) ||
      !(follow_ups = list_of_visits (b, everything, cp_store_list_follow_ups, error)))
    return FALSE;
  collect_ids (b->visits, visit_ids);
  collect_ids (applications, application_ids);
  collect_ids (projects, project_ids);
  collect_ids (agreements, agreement_ids);
  for (guint i = 0; i < application_ids->len; i++)
    {
      g_autoptr(GListModel) obligations = cp_store_list_reporting_obligations (b->store,
                                                                              g_array_index (application_ids, gint64, i),
                                                                              error);

      if (obligations == NULL)
        return FALSE;
      collect_ids (obligations, obligation_ids);
    }

  begin_section (b, CP_REPORT_SECTION_OUTLOOK);
  /* Translators: when the outlook was written; %s is a date */
  as_of = g_strdup_printf (_("As of %s."), today);
  add_paragraph (b, as_of);

  for (guint i = 0; i < everything->len; i++)
    {
      CpVisit *visit = g_ptr_array_index (everything, i);
      CpVisitStatus status = cp_visit_get_status (visit);

      if (g_strcmp0 (cp_visit_get_starts_on (visit), b->today) >= 0 &&
          status != CP_VISIT_STATUS_CANCELLED && status != CP_VISIT_STATUS_DONE)
        g_ptr_array_add (upcoming, g_object_ref (visit));
    }
  if (upcoming->len > 0)
    add_visit_table (b, _("Visits ahead"), upcoming, NULL);
  else
    add_note (b, _("No visits are planned."));

  for (guint i = 0; i < attention->len; i++)
    {
      const CpAttentionItem *item = g_ptr_array_index (attention, i);
      g_autofree char *day = NULL;

      if (item->kind == CP_ATTENTION_VISIT || item->kind == CP_ATTENTION_FOLLOW_UP ||
          !concerns_partnership (b, item, visit_ids, application_ids, obligation_ids, project_ids, agreement_ids))
        continue;
      if (!any_deadline)
        {
          const char *header[] = { _("Day"), _("What"), _("Concerning"), _("Overdue") };

          add_table (b, _("Deadlines in the coming year, and those already passed"), G_N_ELEMENTS (header), header, NULL);
          any_deadline = TRUE;
        }
      day = format_date (item->day);
      add_row (b, 4, day, attention_kind_to_label (item->kind),
               or_dash (item->title), item->overdue ? _("Yes") : "");
    }
  if (!any_deadline)
    add_note (b, _("No deadlines in the coming year."));

  for (guint i = 0; i < follow_ups->len; i++)
    if (cp_follow_up_get_status (g_ptr_array_index (follow_ups, i)) == CP_FOLLOW_UP_STATUS_OPEN)
      g_ptr_array_add (open, g_object_ref (g_ptr_array_index (follow_ups, i)));
  if (open->len > 0)
    add_follow_up_table (b, _("Open follow-up actions"), open);
  else
    add_note (b, _("No follow-up actions are open."));
  return TRUE;
}

static void
count_signals (const CpConditionResult *result,
               GPtrArray               *titles,
               guint                   *critical,
               guint                   *warnings)
{
  for (guint i = 0; i < result->signals->len; i++)
    {
      const CpRiskSignal *signal = g_ptr_array_index (result->signals, i);

      *critical += signal->severity == CP_SIGNAL_SEVERITY_CRITICAL;
      *warnings += signal->severity == CP_SIGNAL_SEVERITY_WARNING;
      g_ptr_array_add (titles, g_strdup (signal->title));
    }
}

/* The evaluation's questions for the council's decision on continuation, each
 * answered with what the records show: the outline of learning-impact glossary
 * §1.10. */
static gboolean
write_decision (Builder  *b,
                GError  **error)
{
  g_autoptr(GPtrArray) visits = visits_in_period (b);
  g_autoptr(GPtrArray) learning = NULL;
  g_autoptr(GPtrArray) follow_ups = NULL;
  g_autofree char *period = dup_period_label (b);
  const char *own_name = b->own ? cp_municipality_get_name (b->own) : "—";
  const char *partner_name = b->partner ? cp_municipality_get_name (b->partner) : "—";
  guint outgoing = 0, incoming = 0, done = 0;
  g_autoptr(GHashTable) learners = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) own_travellers = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  if (!(learning = list_of_visits (b, visits, cp_store_list_learning_entries, error)) ||
      !(follow_ups = list_of_visits (b, visits, cp_store_list_follow_ups, error)))
    return FALSE;
  for (guint i = 0; i < visits->len; i++)
    {
      CpVisit *visit = g_ptr_array_index (visits, i);
      g_autoptr(GListModel) delegates = NULL;

      if (!is_not_cancelled (visit))
        continue;
      if (cp_visit_get_direction (visit) == CP_VISIT_DIRECTION_OUTGOING)
        outgoing++;
      else
        incoming++;
      if (!(delegates = cp_store_list_delegates (b->store, id_of (visit), error)))
        return FALSE;
      for (guint j = 0; j < g_list_model_get_n_items (delegates); j++)
        {
          g_autoptr(CpDelegate) delegate = g_list_model_get_item (delegates, j);
          gint64 person_id = cp_delegate_get_person_id (delegate);
          CpPerson *person = lookup_person (b, person_id);

          if (person != NULL && b->own != NULL && cp_person_get_municipality_id (person) == id_of (b->own))
            g_hash_table_add (own_travellers, g_memdup2 (&person_id, sizeof person_id));
        }
    }
  for (guint i = 0; i < learning->len; i++)
    {
      gint64 person_id = cp_learning_entry_get_person_id (g_ptr_array_index (learning, i));

      g_hash_table_add (learners, g_memdup2 (&person_id, sizeof person_id));
    }
  for (guint i = 0; i < follow_ups->len; i++)
    done += cp_follow_up_get_status (g_ptr_array_index (follow_ups, i)) == CP_FOLLOW_UP_STATUS_DONE;

  begin_section (b, CP_REPORT_SECTION_DECISION);
  add_paragraph (b, _("An evaluation every four years is the basis of the council's decision on whether or not to "
                      "continue the partnership. The questions below follow what the study found councils need; "
                      "each is answered with what the records show."));
  add_footnote (b, "Bontenbal 2009, L10603–10605");

  /* Mutuality */
  add_heading (b, 2, _("Were the objectives of both sides met?"));
  {
    /* Translators: a key figure's label; %s is a municipality */
    g_autofree char *from_own = g_strdup_printf (_("Visits from %s"), own_name);
    /* Translators: a key figure's label; %s is a municipality */
    g_autofree char *from_partner = g_strdup_printf (_("Visits from %s"), partner_name);
    g_autofree char *n_outgoing = format_count (outgoing);
    g_autofree char *n_incoming = format_count (incoming);

    add_figure (b, from_own, n_outgoing);
    add_figure (b, from_partner, n_incoming);
    add_paragraph (b, _("Mutuality is judged by whether each side's own objectives are met, not by identical "
                        "benefits: record both sides' objectives and what came of them."));
    add_footnote (b, "Bontenbal 2009, L11742–11747, L12974–12985");
  }

  /* Learning */
  add_heading (b, 2, _("Did the visits lead to learning that is applied and shared?"));
  {
    g_autofree char *n_entries = format_count (learning->len);
    g_autofree char *n_learners = format_count (g_hash_table_size (learners));
    /* Translators: follow-up actions done of all, “3 of 4” */
    g_autofree char *n_done = g_strdup_printf (_("%u of %u"), done, follow_ups->len);

    add_figure (b, _("Learning recorded"), n_entries);
    add_figure (b, _("People who recorded learning"), n_learners);
    add_figure (b, _("Follow-up actions done"), n_done);
    add_paragraph (b, _("Learning counts when it is applied in daily work and shared beyond those who travelled."));
    add_footnote (b, "Bontenbal 2009, L1582–1584, L11037–11044, L11174–11177");
  }

  /* Ownership and alignment with the partner's plan */
  add_heading (b, 2, _("Does the cooperation follow the partner's own development plan?"));
  if (b->partner != NULL)
    {
      CpSouthFacts facts;

      if (!cp_store_gather_south_facts (b->store, id_of (b->partner), b->year, b->today, &facts, error))
        {
          cp_south_facts_clear (&facts);
          return FALSE;
        }
      if (facts.projects > 0 && facts.projects_linked >= 0)
        {
          /* Translators: projects on a line of the partner's plan of all its projects, “1 of 4” */
          g_autofree char *linked = g_strdup_printf (_("%d of %d"), facts.projects_linked, facts.projects);

          add_figure (b, _("Projects on a line of the partner's plan"), linked);
        }
      else
        {
          /* Translators: %s is the partner municipality */
          g_autofree char *note = g_strdup_printf (_("No projects of %s are recorded with the lines of its "
                                                     "development plan."), partner_name);

          add_note (b, note);
        }
      add_paragraph (b, _("Cooperation themes belong in the partner's own, locally owned development plan."));
      add_footnote (b, "Bontenbal 2009, L10165–10170, L13320–13329");
      cp_south_facts_clear (&facts);
    }
  else
    add_note (b, _("The partnership has no partner municipality on record."));

  /* Benefits at home */
  add_heading (b, 2, _("What does the partnership bring to our own municipality?"));
  {
    /* Translators: a key figure's label; %s is the own municipality */
    g_autofree char *label = g_strdup_printf (_("People of %s on the visits"), own_name);
    g_autofree char *n_travellers = format_count (g_hash_table_size (own_travellers));

    add_figure (b, label, n_travellers);
    add_paragraph (b, _("The study names staff loyalty and motivation, team building, publicity and awareness "
                        "raising as the realistic benefits for the North."));
    add_footnote (b, "Bontenbal 2009, L11323–11348, L12982–12985");
  }

  /* Finances, dependency and exit */
  add_heading (b, 2, _("Is the funding sound, and is there a way out of dependency?"));
  {
    gint64 own = 0, external = 0;
    g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    g_autofree char *runway = NULL;
    g_autofree char *runway_detail = NULL;
    g_autofree char *own_text = NULL;
    g_autofree char *external_text = NULL;
    g_autofree char *share = NULL;

    for (int year = b->first_year; year <= b->year; year++)
      {
        g_autoptr(CpYearSummary) summary = cp_store_summarize_year (b->store, own_municipality_id (b), year, error);
        PartnershipYear money;

        if (summary == NULL || !sum_partnership_year (b, summary, &money, error))
          return FALSE;
        own += own_cash (&money);
        external += money.by_contribution[CP_CONTRIBUTION_KIND_EXTERNAL_GRANT];
      }
    g_array_append_val (ids, b->partnership_id);
    if (!format_runway (b, ids, b->year, &runway, &runway_detail, error))
      return FALSE;
    own_text = format_money (own, b->base_currency);
    external_text = format_money (external, b->base_currency);
    share = cp_indicator_format_percent (cp_indicator_external_share (external, own), 1);
    add_figure (b, _("Own contribution"), own_text);
    add_figure (b, _("External funding"), external_text);
    add_figure (b, cp_funding_indicator_get_title (CP_FUNDING_INDICATOR_EXTERNAL_SHARE), share);
    add_figure (b, cp_funding_indicator_get_title (CP_FUNDING_INDICATOR_ELIGIBILITY_RUNWAY), runway);
    add_paragraph (b, _("Watch the dependence on one funder and the end of each programme, and plan the exit or "
                        "the transition before the money stops."));
    add_footnote (b, "Bontenbal 2009, L12844–12849, L13313–13318");
  }

  /* Risks, the Northern conditions' and the partner's */
  add_heading (b, 2, _("Which risks remain?"));
  {
    g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
    guint critical = 0, warnings = 0;

    if (b->own != NULL)
      {
        CpConditionsFacts facts;

        if (!cp_store_gather_conditions_facts (b->store, id_of (b->own), b->partnership_id, b->year, b->today, &facts,
                                               error))
          {
            cp_conditions_facts_clear (&facts);
            return FALSE;
          }
        for (int condition = CP_CONDITION_POLITICAL_EMBEDDING; condition <= CP_CONDITION_SUPPORT; condition++)
          {
            g_autoptr(CpConditionResult) result = cp_conditions_evaluate (&facts, condition);

            count_signals (result, titles, &critical, &warnings);
          }
        cp_conditions_facts_clear (&facts);
      }
    if (b->partner != NULL)
      {
        CpSouthFacts facts;

        if (!cp_store_gather_south_facts (b->store, id_of (b->partner), b->year, b->today, &facts, error))
          {
            cp_south_facts_clear (&facts);
            return FALSE;
          }
        for (int issue = 0; issue < CP_N_SOUTH_ISSUES; issue++)
          {
            g_autoptr(CpConditionResult) result = cp_conditions_evaluate_south (&facts, issue);

            count_signals (result, titles, &critical, &warnings);
          }
        cp_south_facts_clear (&facts);
      }
    {
      g_autofree char *n_critical = format_count (critical);
      g_autofree char *n_warnings = format_count (warnings);

      add_figure (b, _("Critical signals"), n_critical);
      add_figure (b, _("Warnings"), n_warnings);
    }
    if (titles->len > 0)
      {
        g_autofree char *joined = NULL;
        g_autofree char *text = NULL;

        g_ptr_array_add (titles, NULL);
        joined = g_strjoinv ("; ", (char **) titles->pdata);
        /* Translators: a year, then the titles of the risk signals that fired in it */
        text = g_strdup_printf (_("Signals in %d: %s."), b->year, joined);
        add_paragraph (b, text);
      }
    else
      {
        /* Translators: %d is a year */
        g_autofree char *text = g_strdup_printf (_("No risk signals fired in %d."), b->year);

        add_paragraph (b, text);
      }
    if (b->own == NULL)
      add_note (b, _("No party of this partnership is marked as your own municipality, so its conditions cannot be "
                     "judged. Mark your municipality as your own in its editor."));
  }

  /* The decision */
  add_heading (b, 2, _("The decision requested"));
  {
    /* Translators: %d is the year the next evaluation would be due */
    g_autofree char *text = g_strdup_printf (_("The council is asked to decide whether to continue the partnership as "
                                               "it is, to continue it with changes, or to end it. If it continues, "
                                               "the next evaluation is due in %d."),
                                             b->year + 4);

    add_paragraph (b, text);
  }
  return TRUE;
}

/* Handover */

/* Everyone the partnership's records name: key roles, working groups, delegations,
 * owners of follow-up actions. */
static gboolean
collect_people (Builder     *b,
                GListModel  *roles,
                GListModel  *structures,
                GArray      *ids,
                GError     **error)
{
  g_autoptr(GPtrArray) everything = all_visits (b);
  g_autoptr(GPtrArray) follow_ups = list_of_visits (b, everything, cp_store_list_follow_ups, error);

  if (follow_ups == NULL)
    return FALSE;
#define ADD_PERSON(id) G_STMT_START { gint64 id_ = (id); if (id_ != 0 && !contains_id (ids, id_)) g_array_append_val (ids, id_); } G_STMT_END
  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(CpKeyRole) role = g_list_model_get_item (roles, i);

      ADD_PERSON (cp_key_role_get_person_id (role));
    }
  for (guint i = 0; i < g_list_model_get_n_items (structures); i++)
    {
      g_autoptr(CpConsultationStructure) structure = g_list_model_get_item (structures, i);
      GPtrArray *members = cp_consultation_structure_get_members (structure);

      for (guint j = 0; members != NULL && j < members->len; j++)
        ADD_PERSON (id_of (g_ptr_array_index (members, j)));
    }
  for (guint i = 0; i < everything->len; i++)
    {
      g_autoptr(GListModel) delegates = cp_store_list_delegates (b->store, id_of (g_ptr_array_index (everything, i)), error);

      if (delegates == NULL)
        return FALSE;
      for (guint j = 0; j < g_list_model_get_n_items (delegates); j++)
        {
          g_autoptr(CpDelegate) delegate = g_list_model_get_item (delegates, j);

          ADD_PERSON (cp_delegate_get_person_id (delegate));
        }
    }
  for (guint i = 0; i < follow_ups->len; i++)
    ADD_PERSON (cp_follow_up_get_owner_id (g_ptr_array_index (follow_ups, i)));
#undef ADD_PERSON
  return TRUE;
}

static gboolean
write_parties_and_agreements (Builder  *b,
                              GError  **error)
{
  GPtrArray *parties = cp_partnership_get_parties (b->partnership);
  g_autoptr(GListModel) agreements = cp_store_list_agreements (b->store, b->partnership_id, error);
  g_autoptr(GListModel) roles = NULL;
  g_autoptr(GListModel) structures = NULL;
  g_autoptr(GArray) people = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (agreements == NULL ||
      !(roles = cp_store_list_key_roles (b->store, b->partnership_id, error)) ||
      !(structures = cp_store_list_consultation_structures (b->store, b->partnership_id, error)) ||
      !collect_people (b, roles, structures, people, error))
    return FALSE;
  begin_section (b, CP_REPORT_SECTION_PARTIES_AND_AGREEMENTS);

  {
    const char *header[] = { _("Municipality"), _("Country"), _("Region"), _("Population"), _("Side") };
    const gboolean numeric[] = { FALSE, FALSE, FALSE, TRUE, FALSE };

    add_table (b, _("The parties"), G_N_ELEMENTS (header), header, numeric);
    for (guint i = 0; parties != NULL && i < parties->len; i++)
      {
        CpMunicipality *party = g_ptr_array_index (parties, i);
        const char *country = cp_country_get_name (cp_municipality_get_country (party));
        gint64 population = cp_municipality_get_population (party);
        g_autofree char *population_text = population > 0 ? format_number (population) : g_strdup ("—");

        add_row (b, 5, cp_municipality_get_name (party), or_dash (country ? country : cp_municipality_get_country (party)),
                 or_dash (cp_municipality_get_region (party)), population_text,
                 cp_municipality_get_is_own (party) ? _("Your municipality") : _("Partner"));
      }
  }

  /* The contacts in each city: the people the partnership's records name */
  for (guint i = 0; parties != NULL && i < parties->len; i++)
    {
      CpMunicipality *party = g_ptr_array_index (parties, i);
      const char *header[] = { _("Name"), _("Position"), _("Organisation"), _("Email"), _("Phone") };
      /* Translators: a table's caption; %s is a municipality */
      g_autofree char *caption = g_strdup_printf (_("Contacts in %s"), cp_municipality_get_name (party));
      gboolean any = FALSE;

      for (guint j = 0; j < people->len; j++)
        {
          CpPerson *person = lookup_person (b, g_array_index (people, gint64, j));

          if (person == NULL || cp_person_get_municipality_id (person) != id_of (party))
            continue;
          if (!any)
            add_table (b, caption, G_N_ELEMENTS (header), header, NULL);
          any = TRUE;
          add_row (b, 5, cp_person_get_name (person), or_dash (cp_person_get_position (person)),
                   or_dash (cp_person_get_organisation (person)), or_dash (cp_person_get_email (person)),
                   or_dash (cp_person_get_phone (person)));
        }
      if (!any)
        {
          /* Translators: %s is a municipality */
          g_autofree char *note = g_strdup_printf (_("No contacts in %s are recorded. Record the people you work with "
                                                     "there, with their email and phone."),
                                                   cp_municipality_get_name (party));

          add_note (b, note);
        }
    }

  if (g_list_model_get_n_items (agreements) > 0)
    {
      const char *header[] = { _("Agreement"), _("Kind"), _("Signed"), _("Valid until"), _("In force") };

      add_table (b, _("Agreements"), G_N_ELEMENTS (header), header, NULL);
      for (guint i = 0; i < g_list_model_get_n_items (agreements); i++)
        {
          g_autoptr(CpAgreement) agreement = g_list_model_get_item (agreements, i);
          g_autofree char *signed_on = format_date (cp_agreement_get_signed_on (agreement));
          const char *until_iso = cp_agreement_get_valid_until (agreement);
          g_autofree char *until = until_iso && *until_iso ? format_date (until_iso) : g_strdup (_("Open-ended"));

          add_row (b, 5, cp_agreement_get_title (agreement), cp_agreement_kind_to_label (cp_agreement_get_kind (agreement)),
                   signed_on, until, cp_agreement_is_in_force (agreement, b->today) ? _("Yes") : _("No"));
        }
    }
  else
    add_note (b, _("No agreements are recorded."));
  return TRUE;
}

static gboolean
write_people (Builder  *b,
              GError  **error)
{
  g_autoptr(GListModel) roles = cp_store_list_key_roles (b->store, b->partnership_id, error);
  g_autoptr(GListModel) structures = NULL;
  g_autoptr(GListModel) actors = NULL;
  CpRoleCoverage coverage;

  if (roles == NULL ||
      !(structures = cp_store_list_consultation_structures (b->store, b->partnership_id, error)) ||
      !(actors = cp_store_list_actors (b->store, b->partnership_id, error)))
    return FALSE;
  begin_section (b, CP_REPORT_SECTION_PEOPLE);

  if (g_list_model_get_n_items (roles) > 0)
    {
      const char *header[] = { _("Role"), _("Person"), _("Period"), _("Current"), _("Email"), _("Phone") };

      add_table (b, _("Key roles"), G_N_ELEMENTS (header), header, NULL);
      for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
        {
          g_autoptr(CpKeyRole) role = g_list_model_get_item (roles, i);
          CpPerson *person = lookup_person (b, cp_key_role_get_person_id (role));
          const char *starts = cp_key_role_get_starts_on (role);
          const char *ends = cp_key_role_get_ends_on (role);
          g_autofree char *period = format_span (starts, ends);

          add_row (b, 6, cp_key_role_kind_to_label (cp_key_role_get_role (role)),
                   person ? cp_person_get_name (person) : "—", period,
                   cp_key_role_is_current (role, b->today) ? _("Yes") : _("No"),
                   or_dash (person ? cp_person_get_email (person) : NULL),
                   or_dash (person ? cp_person_get_phone (person) : NULL));
        }
      cp_key_role_assess (roles, b->today, &coverage);
      if (coverage.n_holders == 1)
        {
          /* Translators: %s is the one person who holds every current key role */
          g_autofree char *text = g_strdup_printf (_("Every current key role rests on one person, %s: the knowledge of "
                                                     "the partnership should not depend on one person."),
                                                   person_name (b, coverage.sole_holder_id));

          add_paragraph (b, text);
          add_footnote (b, "Bontenbal 2009, L7849–7860, L8618–8621");
        }
    }
  else
    add_note (b, _("No key roles are recorded. Record who holds the political and the coordinating role."));

  add_heading (b, 2, _("Working groups"));
  if (g_list_model_get_n_items (structures) > 0)
    {
      const char *header[] = { _("Name"), _("Purpose"), _("Members"), _("Departments"), _("Meetings held") };
      const gboolean numeric[] = { FALSE, FALSE, FALSE, FALSE, TRUE };

      add_table (b, NULL, G_N_ELEMENTS (header), header, numeric);
      for (guint i = 0; i < g_list_model_get_n_items (structures); i++)
        {
          g_autoptr(CpConsultationStructure) structure = g_list_model_get_item (structures, i);
          GPtrArray *members = cp_consultation_structure_get_members (structure);
          g_auto(GStrv) departments = cp_consultation_structure_dup_departments (structure);
          g_autoptr(GPtrArray) names = g_ptr_array_new ();
          g_autofree char *member_text = NULL;
          g_autofree char *department_text = NULL;
          g_autofree char *meetings = g_strdup_printf ("%d", cp_consultation_structure_get_meetings_held (structure));

          for (guint j = 0; members != NULL && j < members->len; j++)
            g_ptr_array_add (names, (gpointer) cp_person_get_name (g_ptr_array_index (members, j)));
          g_ptr_array_add (names, NULL);
          member_text = g_strjoinv (", ", (char **) names->pdata);
          department_text = departments ? g_strjoinv (", ", departments) : g_strdup ("");
          add_row (b, 5, cp_consultation_structure_get_name (structure),
                   or_dash (cp_consultation_structure_get_purpose (structure)), or_dash (member_text),
                   or_dash (department_text), meetings);
        }
    }
  else
    add_note (b, _("No working group or other consultation structure is recorded."));

  add_heading (b, 2, _("Actors"));
  if (g_list_model_get_n_items (actors) > 0)
    {
      const char *header[] = { _("Actor"), _("Category"), _("Role") };

      add_table (b, NULL, G_N_ELEMENTS (header), header, NULL);
      for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
        {
          g_autoptr(CpActor) actor = g_list_model_get_item (actors, i);

          add_row (b, 3, cp_actor_get_name (actor), cp_actor_category_to_label (cp_actor_get_category (actor)),
                   cp_actor_role_to_label (cp_actor_get_role (actor)));
        }
    }
  else
    add_note (b, _("No other actors are recorded."));
  return TRUE;
}

static gboolean
write_history (Builder  *b,
               GError  **error)
{
  g_autoptr(GListModel) events = cp_store_list_timeline_events (b->store, b->partnership_id, error);
  g_autoptr(GListModel) changes = NULL;

  if (events == NULL || !(changes = cp_store_list_status_changes (b->store, b->partnership_id, error)))
    return FALSE;
  begin_section (b, CP_REPORT_SECTION_HISTORY);
  {
    g_autofree char *first = format_date (cp_partnership_get_first_contact (b->partnership));
    /* Translators: %s is the date of the partnership's first contact */
    g_autofree char *text = g_strdup_printf (cp_partnership_get_first_contact_approximate (b->partnership)
                                             ? _("First contacts around %s.") : _("First contacts in %s."), first);

    add_paragraph (b, text);
  }
  if (g_list_model_get_n_items (events) > 0)
    {
      const char *header[] = { _("Date"), _("Milestone") };

      add_table (b, _("Milestones"), G_N_ELEMENTS (header), header, NULL);
      for (guint i = 0; i < g_list_model_get_n_items (events); i++)
        {
          g_autoptr(CpTimelineEvent) event = g_list_model_get_item (events, i);
          g_autofree char *date = format_date (cp_timeline_event_get_date (event));

          add_row (b, 2, date, cp_timeline_event_get_title (event));
        }
    }
  else
    add_note (b, _("No milestones are recorded."));
  if (g_list_model_get_n_items (changes) > 0)
    {
      const char *header[] = { _("Since"), _("Status") };

      add_table (b, _("Status changes"), G_N_ELEMENTS (header), header, NULL);
      for (guint i = 0; i < g_list_model_get_n_items (changes); i++)
        {
          g_autoptr(CpStatusChange) change = g_list_model_get_item (changes, i);
          g_autofree char *since = format_date (cp_status_change_get_since (change));

          add_row (b, 2, since, cp_partnership_status_to_label (cp_status_change_get_status (change)));
          add_source (b, cp_status_change_get_note (change));
        }
    }
  return TRUE;
}

static gboolean
write_open_matters (Builder  *b,
                    GError  **error)
{
  g_autoptr(GListModel) needs = cp_store_list_needs (b->store, b->partnership_id, error);
  g_autoptr(GPtrArray) everything = all_visits (b);
  g_autoptr(GPtrArray) follow_ups = NULL;
  g_autoptr(GPtrArray) open = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean any_need = FALSE;

  if (needs == NULL || !(follow_ups = list_of_visits (b, everything, cp_store_list_follow_ups, error)))
    return FALSE;
  begin_section (b, CP_REPORT_SECTION_OPEN_MATTERS);
  for (guint i = 0; i < g_list_model_get_n_items (needs); i++)
    {
      g_autoptr(CpNeed) need = g_list_model_get_item (needs, i);
      CpNeedStatus status = cp_need_get_status (need);
      g_autofree char *period = NULL;

      if (status != CP_NEED_STATUS_OPEN && status != CP_NEED_STATUS_MATCHED)
        continue;
      if (!any_need)
        {
          const char *header[] = { _("Need"), _("Asked by"), _("Period"), _("Status") };

          add_table (b, _("Open needs of the partner"), G_N_ELEMENTS (header), header, NULL);
          any_need = TRUE;
        }
      period = format_span (cp_need_get_starts_on (need), cp_need_get_ends_on (need));
      add_row (b, 4, cp_need_get_description (need), municipality_name (b, cp_need_get_requested_by_id (need)), period,
               cp_need_status_to_label (status));
    }
  if (!any_need)
    add_note (b, _("No needs of the partner are open."));

  for (guint i = 0; i < follow_ups->len; i++)
    if (cp_follow_up_get_status (g_ptr_array_index (follow_ups, i)) == CP_FOLLOW_UP_STATUS_OPEN)
      g_ptr_array_add (open, g_object_ref (g_ptr_array_index (follow_ups, i)));
  if (open->len > 0)
    add_follow_up_table (b, _("Open follow-up actions"), open);
  else
    add_note (b, _("No follow-up actions are open."));
  return TRUE;
}

static const char *
programme_name (GListModel *programmes,
                gint64      id)
{
  CpFundingProgramme *programme = find_record (programmes, id);

  return programme ? cp_funding_programme_get_name (programme) : NULL;
}

/* The funders the partnership applied to or received money from, its
 * applications and the reports they oblige. */
static gboolean
write_partnership_funders (Builder  *b,
                           GError  **error)
{
  g_autoptr(GListModel) applications = cp_store_list_grant_applications (b->store, b->partnership_id, error);
  g_autoptr(GListModel) programmes = NULL;
  g_autoptr(GArray) funder_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) obligations = g_ptr_array_new_with_free_func (g_object_unref);

  if (applications == NULL || !(programmes = cp_store_list_funding_programmes (b->store, 0, error)))
    return FALSE;
  for (int year = b->year - 1; year <= b->year; year++)
    {
      g_autoptr(GListModel) entries = cp_store_list_transactions (b->store, year, error);

      if (entries == NULL)
        return FALSE;
      for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
        {
          g_autoptr(CpTransaction) entry = g_list_model_get_item (entries, i);
          gint64 funder = cp_transaction_get_from_funder_id (entry);

          if (cp_transaction_get_partnership_id (entry) == b->partnership_id && funder != 0 &&
              !contains_id (funder_ids, funder))
            g_array_append_val (funder_ids, funder);
        }
    }
  for (guint i = 0; i < g_list_model_get_n_items (applications); i++)
    {
      g_autoptr(CpGrantApplication) application = g_list_model_get_item (applications, i);
      gint64 funder = cp_grant_application_get_funder_id (application);
      g_autoptr(GListModel) owed = cp_store_list_reporting_obligations (b->store, id_of (application), error);

      if (owed == NULL)
        return FALSE;
      if (!contains_id (funder_ids, funder))
        g_array_append_val (funder_ids, funder);
      for (guint j = 0; j < g_list_model_get_n_items (owed); j++)
        g_ptr_array_add (obligations, g_list_model_get_item (owed, j));
    }

  begin_section (b, CP_REPORT_SECTION_FUNDERS);
  if (funder_ids->len > 0)
    {
      const char *header[] = { _("Funder"), _("Type"), _("Country"), _("Website") };

      add_table (b, _("The partnership's funders"), G_N_ELEMENTS (header), header, NULL);
      for (guint i = 0; i < funder_ids->len; i++)
        {
          CpFunder *funder = find_record (b->funders, g_array_index (funder_ids, gint64, i));
          const char *country;

          if (funder == NULL)
            continue;
          country = cp_country_get_name (cp_funder_get_country (funder));
          add_row (b, 4, cp_funder_get_name (funder), cp_funder_type_to_label (cp_funder_get_kind (funder)),
                   or_dash (country), or_dash (cp_funder_get_website (funder)));
        }
    }
  else
    add_note (b, _("No external funders are recorded for the partnership."));

  if (g_list_model_get_n_items (applications) > 0)
    {
      const char *header[] = { _("Funder"), _("Call"), _("Project"), _("Requested"), _("Granted"), _("Status"),
                               _("Deadline") };
      const gboolean numeric[] = { FALSE, FALSE, FALSE, TRUE, TRUE, FALSE, FALSE };

      add_table (b, _("Grant applications"), G_N_ELEMENTS (header), header, numeric);
      for (guint i = 0; i < g_list_model_get_n_items (applications); i++)
        {
          g_autoptr(CpGrantApplication) application = g_list_model_get_item (applications, i);
          const char *currency = cp_grant_application_get_currency (application);
          const char *call = cp_grant_application_get_call (application);
          g_autofree char *requested = NULL;
          g_autofree char *granted = NULL;
          g_autofree char *deadline = NULL;
          const char *deadline_iso = cp_grant_application_get_deadline (application);

          if (currency == NULL || *currency == '\0')
            currency = b->base_currency;
          requested = cp_grant_application_get_requested (application) > 0
                      ? cp_money_format (cp_grant_application_get_requested (application), currency) : g_strdup ("—");
          granted = cp_grant_application_get_granted (application) > 0
                    ? cp_money_format (cp_grant_application_get_granted (application), currency) : g_strdup ("—");
          if (deadline_iso != NULL && strlen (deadline_iso) >= 10)
            {
              g_autofree char *day = g_strndup (deadline_iso, 10);

              deadline = cp_partial_date_format (day);
            }
          if (call == NULL || *call == '\0')
            call = programme_name (programmes, cp_grant_application_get_programme_id (application));
          add_row (b, 7, funder_name (b, cp_grant_application_get_funder_id (application)), or_dash (call),
                   or_dash (cp_grant_application_get_project (application)), requested, granted,
                   cp_application_status_to_label (cp_grant_application_get_status (application)),
                   or_dash (deadline));
        }
    }
  else
    add_note (b, _("No grant applications are recorded for the partnership."));

  if (obligations->len > 0)
    {
      const char *header[] = { _("Report"), _("To"), _("Due"), _("Delivered") };

      add_table (b, _("Reports the grants oblige"), G_N_ELEMENTS (header), header, NULL);
      for (guint i = 0; i < obligations->len; i++)
        {
          CpReportingObligation *obligation = g_ptr_array_index (obligations, i);
          g_autofree char *due = format_date (cp_reporting_obligation_get_due_on (obligation));
          g_autofree char *delivered = NULL;

          if (cp_reporting_obligation_get_met (obligation))
            delivered = *cp_reporting_obligation_get_met_on (obligation)
                        ? format_date (cp_reporting_obligation_get_met_on (obligation)) : g_strdup (_("Yes"));
          else if (g_strcmp0 (cp_reporting_obligation_get_due_on (obligation), b->today) < 0)
            delivered = g_strdup (_("No, overdue"));
          else
            delivered = g_strdup (_("Not yet"));
          add_row (b, 4, cp_reporting_obligation_get_description (obligation),
                   or_dash (cp_reporting_obligation_get_recipient (obligation)), due, delivered);
        }
    }
  return TRUE;
}

static gboolean
write_documents (Builder  *b,
                 GError  **error)
{
  g_autoptr(GListModel) agreements = cp_store_list_agreements (b->store, b->partnership_id, error);
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();
  gboolean any = FALSE;

  if (agreements == NULL)
    return FALSE;
  begin_section (b, CP_REPORT_SECTION_DOCUMENTS);
  for (guint i = 0; i < g_list_model_get_n_items (agreements); i++)
    {
      g_autoptr(CpAgreement) agreement = g_list_model_get_item (agreements, i);
      const char *uri = cp_agreement_get_file_uri (agreement);
      g_autofree char *signed_on = NULL;

      if (uri == NULL || *uri == '\0')
        {
          g_ptr_array_add (missing, (gpointer) cp_agreement_get_title (agreement));
          continue;
        }
      if (!any)
        {
          const char *header[] = { _("Agreement"), _("Signed"), _("File") };

          add_table (b, _("The agreements' files"), G_N_ELEMENTS (header), header, NULL);
          any = TRUE;
        }
      signed_on = format_date (cp_agreement_get_signed_on (agreement));
      add_row (b, 3, cp_agreement_get_title (agreement), signed_on, uri);
    }
  if (missing->len > 0)
    {
      g_autofree char *joined = NULL;
      g_autofree char *text = NULL;

      g_ptr_array_add (missing, NULL);
      joined = g_strjoinv ("; ", (char **) missing->pdata);
      /* Translators: the agreements without a file, listed after the colon */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u agreement has no file linked: %s. Link the signed copy in its editor "
                                           "so that it is not lost.",
                                           "%u agreements have no file linked: %s. Link the signed copies in their "
                                           "editors so that they are not lost.",
                                           missing->len - 1),
                              missing->len - 1, joined);
      add_note (b, text);
    }
  else if (!any)
    add_note (b, _("No agreements are recorded."));
  return TRUE;
}

/* The visit report */

static gboolean
write_purpose (Builder  *b,
               GError  **error)
{
  CpVisit *visit = b->visit;
  g_autofree char *dates = format_period (cp_visit_get_starts_on (visit), cp_visit_get_ends_on (visit));
  g_autofree char *route = NULL;
  const char * const *modalities = cp_visit_get_modalities (visit);

  begin_section (b, CP_REPORT_SECTION_PURPOSE);
  add_paragraph (b, cp_visit_get_purpose (visit));
  add_source (b, cp_visit_get_note (visit));
  add_figure (b, _("Dates"), dates);
  /* Translators: where a visit goes, “Utrecht → León” */
  route = g_strdup_printf (_("%s → %s"), municipality_name (b, cp_visit_get_origin_id (visit)),
                           municipality_name (b, cp_visit_get_destination_id (visit)));
  add_figure (b, cp_visit_direction_to_label (cp_visit_get_direction (visit)), route);
  add_figure (b, _("Status"), cp_visit_status_to_label (cp_visit_get_status (visit)));
  add_figure (b, _("Project"), or_dash (cp_visit_get_project (visit)));
  if (modalities != NULL && modalities[0] != NULL)
    {
      g_autoptr(GPtrArray) labels = g_ptr_array_new ();
      g_autofree char *joined = NULL;
      g_autofree char *text = NULL;

      for (guint i = 0; modalities[i] != NULL; i++)
        {
          int modality;

          if (cp_enum_from_nick (CP_TYPE_EXCHANGE_MODALITY, modalities[i], &modality))
            g_ptr_array_add (labels, (gpointer) cp_exchange_modality_to_label (modality));
        }
      g_ptr_array_add (labels, NULL);
      joined = g_strjoinv (", ", (char **) labels->pdata);
      /* Translators: the forms of exchange of a visit, listed after the colon */
      text = g_strdup_printf (_("Forms of exchange: %s."), joined);
      add_paragraph (b, text);
    }
  add_heading (b, 2, _("What happened"));
  if (cp_visit_get_report (visit) != NULL && *cp_visit_get_report (visit) != '\0')
    add_paragraph (b, cp_visit_get_report (visit));
  else
    add_note (b, _("No report of the visit is recorded yet."));
  return TRUE;
}

static gboolean
write_delegation (Builder  *b,
                  GError  **error)
{
  g_autoptr(GListModel) delegates = cp_store_list_delegates (b->store, id_of (b->visit), error);
  const char *header[] = { _("Name"), _("Role"), _("Organisation"), _("Why chosen") };

  if (delegates == NULL)
    return FALSE;
  begin_section (b, CP_REPORT_SECTION_DELEGATION);
  if (g_list_model_get_n_items (delegates) == 0)
    {
      add_note (b, _("No delegation is recorded for this visit."));
      return TRUE;
    }
  add_table (b, NULL, G_N_ELEMENTS (header), header, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (delegates); i++)
    {
      g_autoptr(CpDelegate) delegate = g_list_model_get_item (delegates, i);
      CpPerson *person = lookup_person (b, cp_delegate_get_person_id (delegate));

      add_row (b, 4, person ? cp_person_get_name (person) : "—",
               cp_delegate_role_to_label (cp_delegate_get_role (delegate)),
               or_dash (person ? cp_person_get_organisation (person) : NULL), or_dash (cp_delegate_get_rationale (delegate)));
    }
  return TRUE;
}

static gboolean
write_programme (Builder  *b,
                 GError  **error)
{
  g_autoptr(GListModel) items = cp_store_list_programme_items (b->store, id_of (b->visit), error);
  const char *header[] = { _("Day"), _("Time"), _("Activity"), _("Place"), _("Contact") };

  if (items == NULL)
    return FALSE;
  begin_section (b, CP_REPORT_SECTION_PROGRAMME);
  if (g_list_model_get_n_items (items) == 0)
    {
      add_note (b, _("No programme is recorded for this visit."));
      return TRUE;
    }
  add_table (b, NULL, G_N_ELEMENTS (header), header, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(CpProgrammeItem) item = g_list_model_get_item (items, i);
      g_autofree char *day = format_date (cp_programme_item_get_date (item));
      const char *starts = cp_programme_item_get_starts_at (item);
      const char *ends = cp_programme_item_get_ends_at (item);
      g_autofree char *time = NULL;

      if (*starts != '\0' && *ends != '\0')
        /* Translators: a programme item's hours, “10:00–12:30” */
        time = g_strdup_printf (_("%s–%s"), starts, ends);
      else
        time = g_strdup (or_dash (starts));
      add_row (b, 5, day, time, or_dash (cp_programme_item_get_activity (item)),
               or_dash (cp_programme_item_get_place (item)), or_dash (cp_programme_item_get_contact (item)));
    }
  return TRUE;
}

static gboolean
write_visit_learning (Builder  *b,
                      GError  **error)
{
  g_autoptr(GPtrArray) visits = g_ptr_array_new ();
  g_autoptr(GPtrArray) entries = NULL;

  g_ptr_array_add (visits, b->visit);
  if (!(entries = list_of_visits (b, visits, cp_store_list_learning_entries, error)))
    return FALSE;
  begin_section (b, CP_REPORT_SECTION_LEARNING);
  if (entries->len > 0)
    add_learning_table (b, NULL, entries);
  else
    add_note (b, _("No one has recorded what they learnt on this visit yet."));
  return TRUE;
}

static gboolean
write_visit_follow_ups (Builder  *b,
                        GError  **error)
{
  g_autoptr(GListModel) list = cp_store_list_follow_ups (b->store, id_of (b->visit), error);
  g_autoptr(GPtrArray) follow_ups = g_ptr_array_new_with_free_func (g_object_unref);

  if (list == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    g_ptr_array_add (follow_ups, g_list_model_get_item (list, i));
  begin_section (b, CP_REPORT_SECTION_FOLLOW_UPS);
  if (follow_ups->len > 0)
    add_follow_up_table (b, NULL, follow_ups);
  else
    add_note (b, _("No follow-up actions were agreed on this visit."));
  return TRUE;
}

static gboolean
write_costs (Builder  *b,
             GError  **error)
{
  g_autoptr(GListModel) lines = cp_store_list_cost_lines (b->store, id_of (b->visit), error);
  const char *header[] = { _("Kind"), _("Description"), _("Paid by"), _("Amount"), b->base_currency };
  const gboolean numeric[] = { FALSE, FALSE, FALSE, TRUE, TRUE };
  gint64 total = 0;
  guint unconverted = 0;

  if (lines == NULL)
    return FALSE;
  begin_section (b, CP_REPORT_SECTION_COSTS);
  if (g_list_model_get_n_items (lines) == 0)
    {
      add_note (b, _("No costs are recorded for this visit."));
      return TRUE;
    }
  add_table (b, NULL, G_N_ELEMENTS (header), header, numeric);
  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(CpCostLine) line = g_list_model_get_item (lines, i);
      const char *currency = cp_cost_line_get_currency (line);
      g_autofree char *amount = cp_money_format (cp_cost_line_get_amount (line), currency);
      g_autofree char *in_base = NULL;
      const char *payer = cp_cost_line_get_payer_id (line) != 0 ? municipality_name (b, cp_cost_line_get_payer_id (line))
                                                                 : cp_cost_line_get_payer (line);
      gint64 base;

      if ((g_strcmp0 (currency, b->base_currency) == 0 || cp_cost_line_get_rate (line) > 0) &&
          cp_money_convert (cp_cost_line_get_amount (line), currency, cp_cost_line_get_rate (line), b->base_currency,
                            &base, NULL))
        {
          total += base;
          in_base = cp_money_format (base, b->base_currency);
        }
      else
        {
          unconverted++;
          in_base = g_strdup ("—");
        }
      add_row (b, 5, cp_cost_kind_to_label (cp_cost_line_get_kind (line)), or_dash (cp_cost_line_get_description (line)),
               or_dash (payer), amount, in_base);
    }
  {
    g_autofree char *total_text = cp_money_format (total, b->base_currency);

    add_row (b, 5, _("Total"), "", "", "", total_text);
    add_figure (b, _("Total cost"), total_text);
  }
  if (unconverted > 0)
    {
      /* Translators: %u costs, %s the base currency they could not be converted into */
      g_autofree char *note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u cost has no exchange rate to %s yet and is not in the "
                                                            "total.",
                                                            "%u costs have no exchange rate to %s yet and are not in "
                                                            "the total.",
                                                            unconverted),
                                               unconverted, b->base_currency);

      add_note (b, note);
    }
  return TRUE;
}

/* The budget statement */

static gboolean
write_budget_summary (Builder              *b,
                      const CpYearSummary  *summary,
                      GError              **error)
{
  g_autofree char *spent = format_money (summary->spent, summary->base_currency);
  g_autofree char *received = format_money (summary->incoming, summary->base_currency);
  g_autofree char *external = format_money (cp_year_summary_get_external (summary), summary->base_currency);
  g_autofree char *own = format_money (cp_year_summary_get_own_cash (summary), summary->base_currency);
  g_autofree char *entries = format_count (summary->n_transactions);

  begin_section (b, CP_REPORT_SECTION_SUMMARY);
  if (summary->budget != NULL)
    {
      gint64 ic = cp_budget_year_get_ic_budget (summary->budget);
      g_autofree char *ic_text = format_money (cp_budget_year_to_base (summary->budget, ic),
                                               cp_budget_year_get_reporting_currency (summary->budget));

      add_figure (b, _("IC budget"), ic_text);
    }
  add_figure (b, _("Spent"), spent);
  add_figure (b, _("Received"), received);
  add_figure (b, _("Own contribution"), own);
  add_figure (b, _("External funding"), external);
  add_figure (b, _("Ledger entries"), entries);
  if (summary->budget != NULL)
    {
      const char *source = cp_budget_year_get_source (summary->budget);

      add_source (b, source != NULL && *source != '\0' ? source : cp_budget_year_get_note (summary->budget));
    }
  else
    {
      /* Translators: %s is a municipality, %d a year */
      g_autofree char *note = g_strdup_printf (_("No budget of %s is recorded for %d."), cp_municipality_get_name (b->own),
                                               summary->year);

      add_note (b, note);
    }
  if (summary->n_transactions == 0)
    {
      /* Translators: %d is a year */
      g_autofree char *note = g_strdup_printf (_("The ledger has no entries for %d."), summary->year);

      add_note (b, note);
    }
  return TRUE;
}

static gboolean
write_ic_budget (Builder              *b,
                 const CpYearSummary  *summary,
                 GError              **error)
{
  const char *header[] = { _("Line"), _("Partnership"), _("Amount"), _("Share") };
  const gboolean numeric[] = { FALSE, FALSE, TRUE, TRUE };
  CpBudgetYear *budget = summary->budget;
  gint64 ic, total = 0;
  const char *currency;

  begin_section (b, CP_REPORT_SECTION_IC_BUDGET);
  if (budget == NULL || summary->budget_lines == NULL || summary->budget_lines->len == 0)
    {
      /* Translators: %d is a year */
      g_autofree char *note = g_strdup_printf (_("No budget lines are recorded for %d."), summary->year);

      add_note (b, note);
      return TRUE;
    }
  ic = cp_budget_year_get_ic_budget (budget);
  currency = cp_budget_year_get_currency (budget);
  {
    /* Translators: a table's caption; %s is a municipality, %d a year */
    g_autofree char *caption = g_strdup_printf (_("The international cooperation budget of %s, %d"),
                                                cp_municipality_get_name (b->own), summary->year);

    add_table (b, caption, G_N_ELEMENTS (header), header, numeric);
  }
  for (guint i = 0; i < summary->budget_lines->len; i++)
    {
      CpBudgetLine *line = g_ptr_array_index (summary->budget_lines, i);
      gint64 amount = cp_budget_line_get_amount (line);
      g_autofree char *amount_text = format_money (amount, currency);
      g_autofree char *share = cp_indicator_format_percent (cp_indicator_share (amount, ic), 1);
      g_autofree char *partnership = cp_budget_line_get_partnership_id (line) != 0
                                     ? dup_partnership_title (b, cp_budget_line_get_partnership_id (line))
                                     : g_strdup ("—");

      total += MAX (amount, 0);
      add_row (b, 4, cp_budget_line_get_label (line), partnership, amount_text, share);
    }
  {
    g_autofree char *total_text = format_money (total, currency);
    g_autofree char *share = cp_indicator_format_percent (cp_indicator_share (total, ic), 1);

    add_row (b, 4, _("Total"), "", total_text, share);
  }
  for (guint i = 0; i < summary->budget_lines->len; i++)
    add_source (b, cp_budget_line_get_note (g_ptr_array_index (summary->budget_lines, i)));
  return TRUE;
}

static gboolean
write_statement_partnerships (Builder              *b,
                              const CpYearSummary  *summary,
                              GError              **error)
{
  const char *header[] = { _("Partnership"), _("Budget"), _("Committed"), _("Spent"), _("Share of the IC budget") };
  const gboolean numeric[] = { FALSE, TRUE, TRUE, TRUE, TRUE };

  begin_section (b, CP_REPORT_SECTION_PARTNERSHIPS);
  if (summary->partnerships->len == 0)
    {
      /* Translators: %d is a year */
      g_autofree char *note = g_strdup_printf (_("No partnership has a budget or spending in %d."), summary->year);

      add_note (b, note);
    }
  else
    {
      /* Translators: a table's caption; %d is a year */
      g_autofree char *caption = g_strdup_printf (_("Budget against spending per partnership, %d"), summary->year);

      add_table (b, caption, G_N_ELEMENTS (header), header, numeric);
      for (guint i = 0; i < summary->partnerships->len; i++)
        {
          const CpPartnershipMoney *money = &g_array_index (summary->partnerships, CpPartnershipMoney, i);
          g_autofree char *title = dup_partnership_title (b, money->partnership_id);
          g_autofree char *budget = format_money (money->budget, summary->base_currency);
          g_autofree char *committed = format_money (money->committed, summary->base_currency);
          g_autofree char *spent = format_money (money->spent, summary->base_currency);
          g_autofree char *share = cp_indicator_format_percent (cp_year_summary_get_partnership_share (summary,
                                                                                                      money->partnership_id),
                                                                1);

          add_row (b, 5, title, budget, committed, spent, share);
        }
    }
  cp_report_document_add_chart (b->doc, NULL, cp_report_chart_new_budget (summary, b->partnerships));
  return TRUE;
}

/* Ledger entries that belong to the municipality, by the rule of
 * cp_store_summarize_year(): its partnerships' entries and its own. */
static gboolean
belongs_to (CpTransaction *entry,
            gint64         municipality_id,
            GArray        *partnership_ids)
{
  return contains_id (partnership_ids, cp_transaction_get_partnership_id (entry)) ||
         cp_transaction_get_from_municipality_id (entry) == municipality_id ||
         cp_transaction_get_to_municipality_id (entry) == municipality_id;
}

static gboolean
write_funding (Builder              *b,
               const CpYearSummary  *summary,
               GError              **error)
{
  g_autoptr(GListModel) entries = cp_store_list_transactions (b->store, summary->year, error);
  g_autoptr(GArray) partnership_ids = NULL;
  gint64 by_kind[CP_TRANSACTION_KIND_REFUND + 1] = { 0 };
  guint count_of_kind[CP_TRANSACTION_KIND_REFUND + 1] = { 0 };
  g_autoptr(GPtrArray) references = g_ptr_array_new_with_free_func (g_free);
  gboolean any_source = FALSE;
  gint64 all_sources = 0;
  CpChart *chart;

  if (entries == NULL)
    return FALSE;
  partnership_ids = own_partnership_ids (b, summary->municipality_id);
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(CpTransaction) entry = g_list_model_get_item (entries, i);
      CpTransactionKind kind = cp_transaction_get_kind (entry);

      if (!belongs_to (entry, summary->municipality_id, partnership_ids) || kind > CP_TRANSACTION_KIND_REFUND)
        continue;
      by_kind[kind] += cp_transaction_get_base_amount (entry);
      count_of_kind[kind]++;
    }
  if (!(chart = cp_report_chart_new_funding (b->store, summary, FUNDING_EARLIER_YEARS, error)))
    return FALSE;
  for (guint kind = 0; kind < CP_N_CONTRIBUTION_KINDS; kind++)
    all_sources += MAX (summary->by_contribution[kind], 0);

  begin_section (b, CP_REPORT_SECTION_FUNDING);
  for (guint kind = 0; kind < CP_N_CONTRIBUTION_KINDS; kind++)
    {
      g_autofree char *amount = NULL;
      g_autofree char *share = NULL;

      if (summary->by_contribution[kind] <= 0)
        continue;
      if (!any_source)
        {
          const char *header[] = { _("Source"), _("Amount"), _("Share") };
          const gboolean numeric[] = { FALSE, TRUE, TRUE };
          /* Translators: a table's caption; %d is a year */
          g_autofree char *caption = g_strdup_printf (_("Funding by source, %d"), summary->year);

          add_table (b, caption, G_N_ELEMENTS (header), header, numeric);
          any_source = TRUE;
        }
      amount = format_money (summary->by_contribution[kind], summary->base_currency);
      share = cp_indicator_format_percent (cp_indicator_share (summary->by_contribution[kind], all_sources), 1);
      add_row (b, 3, cp_contribution_kind_to_label (kind), amount, share);
    }
  if (!any_source)
    {
      /* Translators: %d is a year */
      g_autofree char *note = g_strdup_printf (_("No funding is recorded for %d."), summary->year);

      add_note (b, note);
    }
  cp_report_document_add_chart (b->doc, NULL, chart);

  if (summary->n_transactions > 0)
    {
      const char *header[] = { _("Kind"), _("Entries"), _("Amount") };
      const gboolean numeric[] = { FALSE, TRUE, TRUE };
      /* Translators: a table's caption; %d is a year */
      g_autofree char *caption = g_strdup_printf (_("The ledger of %d by kind of entry"), summary->year);

      add_table (b, caption, G_N_ELEMENTS (header), header, numeric);
      for (guint kind = 0; kind <= CP_TRANSACTION_KIND_REFUND; kind++)
        {
          g_autofree char *count = NULL;
          g_autofree char *amount = NULL;

          if (count_of_kind[kind] == 0)
            continue;
          count = format_count (count_of_kind[kind]);
          amount = format_money (by_kind[kind], summary->base_currency);
          add_row (b, 3, cp_transaction_kind_to_label (kind), count, amount);
        }
      /* The entries' references cite where their amounts come from. */
      for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
        {
          g_autoptr(CpTransaction) entry = g_list_model_get_item (entries, i);
          char *citation;

          if (!belongs_to (entry, summary->municipality_id, partnership_ids) ||
              !(citation = dup_citation (cp_transaction_get_reference (entry))))
            continue;
          if (g_ptr_array_find_with_equal_func (references, citation, g_str_equal, NULL))
            g_free (citation);
          else
            g_ptr_array_add (references, citation);
        }
      for (guint i = 0; i < references->len; i++)
        add_footnote (b, g_ptr_array_index (references, i));
    }
  else
    {
      /* Translators: %d is a year */
      g_autofree char *note = g_strdup_printf (_("The ledger has no entries for %d."), summary->year);

      add_note (b, note);
    }
  return TRUE;
}

static gboolean
write_statement_funders (Builder              *b,
                         const CpYearSummary  *summary,
                         GError              **error)
{
  const char *header[] = { _("Funder"), _("Type"), _("Received"), _("Share") };
  const gboolean numeric[] = { FALSE, FALSE, TRUE, TRUE };
  gint64 external = cp_year_summary_get_external (summary);

  begin_section (b, CP_REPORT_SECTION_FUNDERS);
  if (summary->funders->len == 0)
    {
      /* Translators: %d is a year */
      g_autofree char *note = g_strdup_printf (_("No external funding came in in %d."), summary->year);

      add_note (b, note);
      return TRUE;
    }
  {
    /* Translators: a table's caption; %d is a year */
    g_autofree char *caption = g_strdup_printf (_("External funding by funder, %d"), summary->year);

    add_table (b, caption, G_N_ELEMENTS (header), header, numeric);
  }
  for (guint i = 0; i < summary->funders->len; i++)
    {
      const CpFunderMoney *money = &g_array_index (summary->funders, CpFunderMoney, i);
      CpFunder *funder = find_record (b->funders, money->funder_id);
      g_autofree char *amount = format_money (money->amount, summary->base_currency);
      g_autofree char *share = cp_indicator_format_percent (cp_indicator_share (money->amount, external), 1);

      add_row (b, 4, funder ? cp_funder_get_name (funder) : "—",
               funder ? cp_funder_type_to_label (cp_funder_get_kind (funder)) : "—", amount, share);
    }
  return TRUE;
}

static gboolean
write_statement_indicators (Builder              *b,
                            const CpYearSummary  *summary,
                            GError              **error)
{
  begin_section (b, CP_REPORT_SECTION_INDICATORS);
  return add_indicator_table (b, summary, 0, error);
}

/* Building */

typedef gboolean (*SectionFunc) (Builder *b, GError **error);

static SectionFunc
partnership_section_func (CpReportSection section)
{
  switch (section)
    {
    case CP_REPORT_SECTION_SUMMARY:
      return write_summary;
    case CP_REPORT_SECTION_ACTIVITIES:
      return write_activities;
    case CP_REPORT_SECTION_RESULTS:
      return write_results;
    case CP_REPORT_SECTION_FINANCES:
      return write_finances;
    case CP_REPORT_SECTION_CONDITIONS:
      return write_conditions;
    case CP_REPORT_SECTION_OUTLOOK:
      return write_outlook;
    case CP_REPORT_SECTION_DECISION:
      return write_decision;
    case CP_REPORT_SECTION_PARTIES_AND_AGREEMENTS:
      return write_parties_and_agreements;
    case CP_REPORT_SECTION_PEOPLE:
      return write_people;
    case CP_REPORT_SECTION_HISTORY:
      return write_history;
    case CP_REPORT_SECTION_OPEN_MATTERS:
      return write_open_matters;
    case CP_REPORT_SECTION_FUNDERS:
      return write_partnership_funders;
    case CP_REPORT_SECTION_DOCUMENTS:
      return write_documents;
    case CP_REPORT_SECTION_PURPOSE:
      return write_purpose;
    case CP_REPORT_SECTION_DELEGATION:
      return write_delegation;
    case CP_REPORT_SECTION_PROGRAMME:
      return write_programme;
    case CP_REPORT_SECTION_LEARNING:
      return write_visit_learning;
    case CP_REPORT_SECTION_FOLLOW_UPS:
      return write_visit_follow_ups;
    case CP_REPORT_SECTION_COSTS:
      return write_costs;
    case CP_REPORT_SECTION_IC_BUDGET:
    case CP_REPORT_SECTION_PARTNERSHIPS:
    case CP_REPORT_SECTION_FUNDING:
    case CP_REPORT_SECTION_INDICATORS:
    default:
      return NULL;
    }
}

static gboolean
write_statement_section (Builder              *b,
                         CpReportSection       section,
                         const CpYearSummary  *summary,
                         GError              **error)
{
  switch (section)
    {
    case CP_REPORT_SECTION_SUMMARY:
      return write_budget_summary (b, summary, error);
    case CP_REPORT_SECTION_IC_BUDGET:
      return write_ic_budget (b, summary, error);
    case CP_REPORT_SECTION_PARTNERSHIPS:
      return write_statement_partnerships (b, summary, error);
    case CP_REPORT_SECTION_FUNDING:
      return write_funding (b, summary, error);
    case CP_REPORT_SECTION_FUNDERS:
      return write_statement_funders (b, summary, error);
    case CP_REPORT_SECTION_INDICATORS:
      return write_statement_indicators (b, summary, error);
    default:
      return TRUE;
    }
}

/* The own party of a partnership, or NULL; and its first other party. */
static void
find_parties (CpPartnership   *partnership,
              CpMunicipality **own,
              CpMunicipality **partner)
{
  GPtrArray *parties = cp_partnership_get_parties (partnership);

  for (guint i = 0; parties != NULL && i < parties->len; i++)
    {
      CpMunicipality *party = g_ptr_array_index (parties, i);

      if (*own == NULL && cp_municipality_get_is_own (party))
        *own = g_object_ref (party);
    }
  for (guint i = 0; parties != NULL && i < parties->len; i++)
    {
      CpMunicipality *party = g_ptr_array_index (parties, i);

      if (*partner == NULL && (*own == NULL ? i > 0 : id_of (party) != id_of (*own)))
        *partner = g_object_ref (party);
    }
}

static gboolean
not_found (GError     **error,
           GError      *cause,
           const char  *message)
{
  if (cause != NULL && !g_error_matches (cause, CP_STORE_ERROR, CP_STORE_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, cause);
      return FALSE;
    }
  g_clear_error (&cause);
  g_set_error_literal (error, CP_STORE_ERROR, CP_STORE_ERROR_NOT_FOUND, message);
  return FALSE;
}

/* Finds what the request names, in the interface's language: its errors are the
 * user's to read. */
static gboolean
resolve (Builder               *b,
         const CpReportRequest *request,
         GError               **error)
{
  GError *cause = NULL;

  if (request->type == CP_REPORT_VISIT)
    {
      if (!(b->visit = cp_store_get_visit (b->store, request->visit_id, &cause)))
        return not_found (error, cause, _("The visit to report on does not exist. It may have been deleted; choose "
                                          "another visit."));
      b->partnership_id = cp_visit_get_partnership_id (b->visit);
    }
  else if (request->type != CP_REPORT_BUDGET)
    b->partnership_id = request->partnership_id;

  if (b->partnership_id != 0 || request->type != CP_REPORT_BUDGET)
    {
      if (!(b->partnership = cp_store_get_partnership (b->store, b->partnership_id, &cause)))
        return not_found (error, cause, _("The partnership to report on does not exist. It may have been deleted; "
                                          "choose another partnership."));
      find_parties (b->partnership, &b->own, &b->partner);
    }

  if (request->municipality_id != 0)
    {
      g_clear_object (&b->own);
      if (!(b->own = cp_store_get_municipality (b->store, request->municipality_id, &cause)))
        return not_found (error, cause, _("The municipality to report on does not exist. It may have been deleted; "
                                          "choose another municipality."));
    }
  else if (request->type == CP_REPORT_BUDGET)
    {
      for (guint i = 0; i < g_list_model_get_n_items (b->municipalities) && b->own == NULL; i++)
        {
          g_autoptr(CpMunicipality) municipality = g_list_model_get_item (b->municipalities, i);

          if (cp_municipality_get_is_own (municipality))
            b->own = g_steal_pointer (&municipality);
        }
      if (b->own == NULL)
        return not_found (error, NULL, _("No municipality is marked as your own. Mark yours as your own in its "
                                         "editor to make its budget statement."));
    }

  if (request->type == CP_REPORT_EVALUATION && b->first_year > b->year)
    {
      g_set_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_ORDER,
                   _("The evaluation's first year, %d, comes after its last year, %d. Choose a first year up to the "
                     "last."), b->first_year, b->year);
      return FALSE;
    }
  return TRUE;
}

/* The report's language code for the document: the request's, or the
 * interface's. */
static char *
dup_document_language (const char *language)
{
  const char * const *names = g_get_language_names ();

  if (language != NULL && *language != '\0')
    return g_strdup (language);
  for (guint i = 0; names[i] != NULL; i++)
    if (g_ascii_isalpha (names[i][0]) && g_ascii_isalpha (names[i][1]) &&
        (names[i][2] == '\0' || names[i][2] == '_') && !g_str_equal (names[i], "C"))
      return g_strndup (names[i], 2);
  return g_strdup ("en");
}

static gboolean
build (Builder               *b,
       const CpReportRequest *request,
       guint                  sections,
       GError               **error)
{
  g_autofree char *title = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *date = cp_partial_date_format (b->today);
  g_autofree char *header = NULL;
  g_autoptr(CpYearSummary) summary = NULL;

  switch (b->type)
    {
    case CP_REPORT_ANNUAL:
      /* Translators: a report's title; %d is a year */
      title = g_strdup_printf (_("Annual report %d"), b->year);
      break;
    case CP_REPORT_EVALUATION:
      /* Translators: a report's title: the first and the last year it evaluates */
      title = g_strdup_printf (_("Evaluation %d–%d"), b->first_year, b->year);
      break;
    case CP_REPORT_BUDGET:
      /* Translators: a report's title; %d is a year */
      title = g_strdup_printf (_("Budget statement %d"), b->year);
      break;
    case CP_REPORT_VISIT:
    case CP_REPORT_HANDOVER:
    case CP_N_REPORT_TYPES:
    default:
      title = g_strdup (cp_report_type_to_label (b->type));
      break;
    }
  if (b->type == CP_REPORT_BUDGET)
    subject = g_strdup (cp_municipality_get_name (b->own));
  else if (b->type == CP_REPORT_VISIT)
    {
      g_autofree char *partnership = cp_partnership_dup_title (b->partnership);
      g_autofree char *dates = format_period (cp_visit_get_starts_on (b->visit), cp_visit_get_ends_on (b->visit));

      /* Translators: what a visit report is about: the partnership and the visit's dates */
      subject = g_strdup_printf (_("%s, %s"), partnership, dates);
    }
  else
    subject = cp_partnership_dup_title (b->partnership);

  cp_report_document_set_title_page (b->doc, title, subject, date);
  /* Translators: a report's running header: what it is about, then its title */
  header = g_strdup_printf (_("%s · %s"), subject, title);
  /* Translators: the page numbers of a report; keep the two %d: the page, then the number of pages */
  cp_report_document_set_labels (b->doc, _("Contents"), header, _("Page %d of %d"), _("Sources"));

  if (b->type == CP_REPORT_BUDGET &&
      !(summary = cp_store_summarize_year (b->store, id_of (b->own), b->year, error)))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (report_sections[b->type]) && report_sections[b->type][i] != 0; i++)
    {
      CpReportSection section = report_sections[b->type][i];
      SectionFunc func;

      if ((sections & section) == 0)
        continue;
      if (b->type == CP_REPORT_BUDGET)
        {
          if (!write_statement_section (b, section, summary, error))
            return FALSE;
        }
      else if ((func = partnership_section_func (section)) != NULL && !func (b, error))
        return FALSE;
    }
  return TRUE;
}

CpReportDocument *
cp_report_build (CpStore               *store,
                 const CpReportRequest *request,
                 GError               **error)
{
  Builder b = { 0 };
  g_autofree char *language = NULL;
  CpReportLanguage *saved;
  guint sections;
  gboolean ok;

  g_return_val_if_fail (CP_IS_STORE (store), NULL);
  g_return_val_if_fail (request != NULL && request->type < CP_N_REPORT_TYPES, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  b.store = store;
  b.type = request->type;
  b.today = request->today != NULL && *request->today != '\0' ? g_strdup (request->today) : cp_partial_date_today ();
  b.year = request->year != 0 ? request->year : cp_partial_date_get_year (b.today);
  b.first_year = b.type != CP_REPORT_EVALUATION ? b.year : request->first_year != 0 ? request->first_year : b.year - 3;
  b.people = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, unref_person);

  if (!(b.base_currency = cp_store_dup_base_currency (store, error)) ||
      !(b.partnerships = cp_store_list_partnerships (store, error)) ||
      !(b.municipalities = cp_store_list_municipalities (store, error)) ||
      !(b.funders = cp_store_list_funders (store, error)) ||
      !resolve (&b, request, error) ||
      (b.partnership != NULL && !(b.visits = cp_store_list_visits (store, b.partnership_id, error))))
    {
      builder_clear (&b);
      return NULL;
    }

  sections = cp_report_type_get_sections (b.type);
  /* A request for none of the type's sections gets them all: never an empty report. */
  if ((request->sections & sections) != 0)
    sections &= request->sections;

  language = dup_document_language (request->language);
  saved = cp_report_language_push (request->language);
  b.doc = cp_report_document_new (language);
  ok = build (&b, request, sections, error);
  cp_report_language_pop (saved);

  if (!ok)
    {
      builder_clear (&b);
      return NULL;
    }
  {
    CpReportDocument *doc = g_steal_pointer (&b.doc);

    builder_clear (&b);
    return doc;
  }
}
