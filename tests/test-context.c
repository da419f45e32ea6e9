/* test-context.c: the political context in the store, the facts it gives the
 * conditions engine, and what needs attention
 *
 * Every case works in a workspace of its own in a scratch folder.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib.h>

#include "store/cp-store-private.h"

#include "cp-test-util.h"

typedef CpTestDir Fixture;

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, cp_test_dir_set_up, func, cp_test_dir_tear_down)

static CpPoliticalTerm *
new_term (gint64      municipality_id,
          const char *starts_on,
          const char *ends_on)
{
  CpPoliticalTerm *term = cp_political_term_new (municipality_id);

  g_object_set (term, "starts-on", starts_on, "ends-on", ends_on, NULL);
  return term;
}

/* A term that ends before it starts, or overlaps another of the same body, is
 * refused with a message; the council and the executive may share their dates. */
static void
test_terms (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(CpStore) store = cp_test_open_store (f->path);
  g_autoptr(CpMunicipality) alphen = cp_test_save_municipality (store, "Alphen aan den Rijn", "NL", TRUE);
  g_autoptr(CpPoliticalTerm) first = new_term (cp_test_id (alphen), "2002-03-14", "2006-03-15");
  g_autoptr(CpPoliticalTerm) second = new_term (cp_test_id (alphen), "2006-03-16", "2010-03-10");
  g_autoptr(CpPoliticalTerm) backwards = new_term (cp_test_id (alphen), "2010-03-11", "2009-01-01");
  g_autoptr(CpPoliticalTerm) overlapping = new_term (cp_test_id (alphen), "2005-01-01", "2007-01-01");
  g_autoptr(CpPoliticalTerm) council = new_term (cp_test_id (alphen), "2006-03-16", "2010-03-10");
  g_autoptr(GListModel) terms = NULL;
  g_autoptr(GError) error = NULL;

  cp_test_save_ok (store, first);
  cp_test_save_ok (store, second);
  g_assert_false (cp_store_save (store, CP_RECORD (backwards), &error));
  g_assert_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_ORDER);
  g_clear_error (&error);
  g_assert_false (cp_store_save (store, CP_RECORD (overlapping), &error));
  g_assert_error (error, CP_VALIDATION_ERROR, CP_VALIDATION_ERROR_ORDER);
  g_assert_nonnull (strstr (error->message, "overlaps"));
  g_clear_error (&error);
  g_object_set (council, "body", CP_TERM_BODY_COUNCIL, NULL);
  cp_test_save_ok (store, council);
  /* Editing a term does not make it overlap itself. */
  g_object_set (second, "ic-holder-name", "Mayor of Alphen", NULL);
  cp_test_save_ok (store, second);

  terms = cp_store_list_political_terms (store, cp_test_id (alphen), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (terms), ==, 3);
}

/* Nothing recorded: every fact unknown, never a false yes or no. */
static void
test_facts_unknown (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(CpStore) store = cp_test_open_store (f->path);
  g_autoptr(CpMunicipality) own = cp_test_save_municipality (store, "Treptow-Köpenick", "DE", TRUE);
  g_autoptr(CpMunicipality) partner = cp_test_save_municipality (store, "Cajamarca", "PE", FALSE);
  g_autoptr(CpPartnership) partnership = cp_test_save_partnership (store, own, partner);
  g_autoptr(GError) error = NULL;
  CpConditionsFacts facts;
  CpSouthFacts south;

  g_assert_true (cp_store_gather_conditions_facts (store, cp_test_id (own), 0, 2007, "2008-06-01", &facts, &error));
  g_assert_no_error (error);
  g_assert_cmpint (facts.court_programme, ==, CP_FACT_UNKNOWN);
  g_assert_cmpint (facts.ic_policy, ==, CP_FACT_UNKNOWN);
  g_assert_cmpint (facts.days_to_term_end, ==, -1);
  g_assert_cmpint (facts.coordinator_role, ==, CP_FACT_UNKNOWN);
  g_assert_cmpint (facts.formal_consultation_structure, ==, CP_FACT_UNKNOWN);
  g_assert_cmpint (facts.structural_budget, ==, CP_FACT_UNKNOWN);
  g_assert_false (facts.external_share.known);
  g_assert_cmpint (facts.eligibility_months, ==, -2);
  g_assert_cmpint (facts.champion_actions, ==, -1);
  g_assert_cmpint (facts.council_items, ==, -1);
  g_assert_cmpint (facts.parties_total, ==, -1);
  g_assert_cmpint (facts.n_partnerships, ==, 1);
  cp_conditions_facts_clear (&facts);

  g_assert_true (cp_store_gather_south_facts (store, cp_test_id (partner), 2007, "2008-06-01", &south, &error));
  g_assert_no_error (error);
  g_assert_cmpint (south.ic_unit_type, ==, -1);
  g_assert_cmpint (south.plan_authority, ==, -1);
  g_assert_cmpint (south.archive_exists, ==, CP_FACT_UNKNOWN);
  g_assert_cmpint (south.projects, ==, -1);
  g_assert_false (south.ic_share_of_budget.known);
  cp_south_facts_clear (&south);
}

/* Treptow-Köpenick: no IC policy, an LA21 programme and the partnership's agreement
 * instead (L7169–7172); the Mayor's term; a proposal to cut. */
static void
test_facts_recorded (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(CpStore) store = cp_test_open_store (f->path);
  g_autoptr(CpMunicipality) own = cp_test_save_municipality (store, "Treptow-Köpenick", "DE", TRUE);
  g_autoptr(CpMunicipality) partner = cp_test_save_municipality (store, "Cajamarca", "PE", FALSE);
  g_autoptr(CpPartnership) partnership = cp_test_save_partnership (store, own, partner);
  g_autoptr(CpMandateDocument) la21 = cp_mandate_document_new (cp_test_id (own));
  g_autoptr(CpMandateDocument) court = cp_mandate_document_new (cp_test_id (own));
  g_autoptr(CpMandateDocument) motion = cp_mandate_document_new (cp_test_id (own));
  g_autoptr(CpIcStructure) structure = cp_ic_structure_new (cp_test_id (own), 2006);
  g_autoptr(CpPoliticalTerm) term = new_term (cp_test_id (own), "2006-10-26", "2011-10-26");
  g_autoptr(CpAgreement) agreement = cp_agreement_new (cp_test_id (partnership));
  g_autoptr(CpSupportAction) visit = cp_support_action_new (cp_test_id (own));
  CpConditionsFacts facts;

  g_object_set (la21, "kind", CP_MANDATE_KIND_LA21_PROGRAMME, "title", "Lokale Agenda 21", "adopted-on", "2006", NULL);
  cp_test_save_ok (store, la21);
  g_object_set (court, "title", "Coalition agreement 2006–2011", "adopted-on", "2006-11", "ends-on", "2011", NULL);
  cp_test_save_ok (store, court);
  g_object_set (motion, "kind", CP_MANDATE_KIND_COUNCIL_MOTION, "title", "Cut international cooperation",
                "adopted-on", "2007-05", "stance", CP_STANCE_CUT, NULL);
  cp_test_save_ok (store, motion);
  g_object_set (structure, "unit-type", CP_IC_UNIT_TYPE_MAYORS_OFFICE, "eu-only", 1, "ic-policy", 0,
                "hours-per-week", 38, NULL);
  cp_test_save_ok (store, structure);
  cp_test_save_ok (store, term);
  g_object_set (agreement, "title", "Cooperation agreement", "signed-on", "1998", NULL);
  cp_test_save_ok (store, agreement);
  g_object_set (visit, "kind", CP_SUPPORT_KIND_VISIT, "date", "2007-03-01", "description", "The Mayor visits Cajamarca", NULL);
  cp_test_save_ok (store, visit);

  g_assert_true (cp_store_gather_conditions_facts (store, cp_test_id (own), 0, 2007, "2008-06-01", &facts, NULL));
  g_assert_cmpint (facts.court_programme, ==, CP_FACT_YES);
  g_assert_cmpint (facts.court_programme_has_ic, ==, CP_FACT_NO);
  g_assert_cmpint (facts.court_programme_names_partnership, ==, CP_FACT_NO);
  g_assert_cmpint (facts.ic_policy, ==, CP_FACT_NO);
  g_assert_cmpint (facts.alternative_instruments, ==, 2);
  g_assert_cmpint (facts.eu_only_mandate, ==, CP_FACT_YES);
  g_assert_cmpint ((int) facts.ic_hours_per_week, ==, 38);
  g_assert_cmpint (facts.days_to_term_end, ==, 1242);
  g_assert_cmpint (facts.days_to_champion_leaving, ==, 1242);
  g_assert_cmpint (facts.council_items, ==, 1);
  g_assert_cmpint (facts.budget_cut_motions, ==, 1);
  g_assert_cmpint (facts.champion_actions, ==, 1);
  g_assert_cmpint (facts.staff_support_actions, ==, 0);
  g_assert_cmpint (facts.formal_consultation_structure, ==, CP_FACT_NO);
  cp_conditions_facts_clear (&facts);

  /* The year before: the motion and the visit are not in it. */
  g_assert_true (cp_store_gather_conditions_facts (store, cp_test_id (own), 0, 2006, "2008-06-01", &facts, NULL));
  g_assert_cmpint (facts.budget_cut_motions, ==, 0);
  g_assert_cmpint (facts.champion_actions, ==, 0);
  cp_conditions_facts_clear (&facts);
}

/* What needs attention: overdue first by day, then the next 90 days; nothing beyond. */
static void
test_attention (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(CpStore) store = cp_test_open_store (f->path);
  g_autoptr(CpMunicipality) own = cp_test_save_municipality (store, "Utrecht", "NL", TRUE);
  g_autoptr(CpMunicipality) partner = cp_test_save_municipality (store, "León", "NI", FALSE);
  g_autoptr(CpPartnership) partnership = cp_test_save_partnership (store, own, partner);
  g_autoptr(CpVisit) soon = cp_visit_new (cp_test_id (partnership));
  g_autoptr(CpVisit) later = cp_visit_new (cp_test_id (partnership));
  g_autoptr(CpProject) project = cp_project_new (cp_test_id (partnership));
  g_autoptr(CpPoliticalTerm) term = new_term (cp_test_id (own), "2006-03-16", "2008-07-01");
  g_autoptr(GPtrArray) items = NULL;
  const CpAttentionItem *item;

  g_object_set (soon, "origin-id", cp_test_id (own), "destination-id", cp_test_id (partner),
                "starts-on", "2008-07-10", "ends-on", "2008-07-20", "purpose", "Land and housing", NULL);
  cp_test_save_ok (store, soon);
  g_object_set (later, "origin-id", cp_test_id (own), "destination-id", cp_test_id (partner),
                "starts-on", "2008-12-01", "ends-on", "2008-12-10", "purpose", "Anniversary", NULL);
  cp_test_save_ok (store, later);
  g_object_set (project, "title", "León South-East", "report-due-on", "2008-03-31", NULL);
  cp_test_save_ok (store, project);
  cp_test_save_ok (store, term);

  items = cp_store_list_attention (store, "2008-06-01", 90, NULL);
  g_assert_nonnull (items);
  g_assert_cmpuint (items->len, ==, 3);
  item = g_ptr_array_index (items, 0);
  g_assert_cmpint (item->kind, ==, CP_ATTENTION_REPORT_FROM_PARTNER);
  g_assert_true (item->overdue);
  g_assert_cmpstr (item->context, ==, "Utrecht – León");
  item = g_ptr_array_index (items, 1);
  g_assert_cmpint (item->kind, ==, CP_ATTENTION_TERM_ENDING);
  g_assert_false (item->overdue);
  item = g_ptr_array_index (items, 2);
  g_assert_cmpint (item->kind, ==, CP_ATTENTION_VISIT);
  g_assert_cmpint (item->record_id, ==, cp_test_id (soon));
  g_assert_cmpstr (item->title, ==, "Land and housing");

  /* Delivered, the report needs no attention. */
  g_object_set (project, "report-delivered", TRUE, NULL);
  cp_test_save_ok (store, project);
  g_clear_pointer (&items, g_ptr_array_unref);
  items = cp_store_list_attention (store, "2008-06-01", 90, NULL);
  g_assert_cmpuint (items->len, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  cp_test_init (&argc, &argv);

  ADD ("/context/terms", test_terms);
  ADD ("/context/facts-unknown", test_facts_unknown);
  ADD ("/context/facts-recorded", test_facts_recorded);
  ADD ("/context/attention", test_attention);

  return g_test_run ();
}
