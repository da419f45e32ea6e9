/* cp-store.h: one SQLite file is one workspace
 *
 * The only place that speaks SQL. Records go in and come out as the core's objects;
 * lists come out as GListModels.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "core/cp-actor.h"
#include "core/cp-agreement.h"
#include "core/cp-municipality.h"
#include "core/cp-partnership.h"
#include "core/cp-status-change.h"
#include "core/cp-timeline-event.h"
#include "core/cp-availability.h"
#include "core/cp-consultation-structure.h"
#include "core/cp-expertise.h"
#include "core/cp-key-role.h"
#include "core/cp-matching.h"
#include "core/cp-need.h"
#include "core/cp-person.h"
#include "core/cp-selection.h"
#include "core/cp-checklist-item.h"
#include "core/cp-cost-line.h"
#include "core/cp-delegate.h"
#include "core/cp-follow-up.h"
#include "core/cp-learning-entry.h"
#include "core/cp-programme-item.h"
#include "core/cp-visit.h"
#include "core/cp-visit-conflicts.h"
#include "core/cp-budget-line.h"
#include "core/cp-budget-year.h"
#include "core/cp-funder.h"
#include "core/cp-funding-programme.h"
#include "core/cp-grant-application.h"
#include "core/cp-reporting-obligation.h"
#include "core/cp-transaction.h"
#include "core/cp-year-summary.h"
#include "core/cp-attention.h"
#include "core/cp-condition-assessment.h"
#include "core/cp-conditions-facts.h"
#include "core/cp-ic-structure.h"
#include "core/cp-mandate-document.h"
#include "core/cp-plan-line.h"
#include "core/cp-political-term.h"
#include "core/cp-project.h"
#include "core/cp-support-action.h"

G_BEGIN_DECLS

#define CP_STORE_ERROR (cp_store_error_quark ())

typedef enum
{
  CP_STORE_ERROR_NOT_A_DATABASE,  /* not an SQLite file at all */
  CP_STORE_ERROR_FOREIGN,         /* an SQLite file of another application */
  CP_STORE_ERROR_TOO_NEW,         /* written by a newer Counterpart */
  CP_STORE_ERROR_CORRUPT,
  CP_STORE_ERROR_IO,
  CP_STORE_ERROR_CONSTRAINT,      /* the data breaks a rule of the schema */
  CP_STORE_ERROR_NOT_FOUND,
  CP_STORE_ERROR_FAILED,
} CpStoreError;

GQuark cp_store_error_quark (void);

/* The schema version this build writes; files with a higher one are refused. */
#define CP_STORE_SCHEMA_VERSION 6

#define CP_TYPE_STORE (cp_store_get_type ())

G_DECLARE_FINAL_TYPE (CpStore, cp_store, CP, STORE, GObject)

/* Opens (and creates, if missing) the workspace at @path, migrating it to the
 * current schema after backing it up. A file that is not a Counterpart workspace,
 * or one from a newer version, is refused and left byte for byte as it was. */
CpStore    *cp_store_open                 (const char  *path,
                                           GError     **error);
const char *cp_store_get_path             (CpStore     *self);
int         cp_store_get_schema_version   (CpStore     *self);
gboolean    cp_store_is_empty             (CpStore     *self);
char       *cp_store_dup_default_path     (void);

/* A consistent copy of the open workspace, through the SQLite backup API. */
gboolean    cp_store_backup               (CpStore     *self,
                                           const char  *destination,
                                           GError     **error);

/* Makes the file stand alone and as small as it can be: the write-ahead log
 * folded in, a rollback journal instead, the pages rewritten (VACUUM). The same
 * writes then always give the same bytes (counterpart-cli generate). */
gboolean    cp_store_compact              (CpStore     *self,
                                           GError     **error);

/* Reads @path without changing it: the schema version and the integrity report
 * (“ok” when sound). */
gboolean    cp_store_check_file           (const char  *path,
                                           int         *schema_version,
                                           char       **report,
                                           GError     **error);

/* Writes that span several calls: commit when @success, else roll back. */
gboolean    cp_store_begin_write          (CpStore     *self,
                                           GError     **error);
gboolean    cp_store_end_write            (CpStore     *self,
                                           gboolean     success,
                                           GError     **error);

/* Municipalities */
GListModel     *cp_store_list_municipalities  (CpStore        *self,
                                               GError        **error);
CpMunicipality *cp_store_get_municipality     (CpStore        *self,
                                               gint64          id,
                                               GError        **error);
gboolean        cp_store_save_municipality    (CpStore        *self,
                                               CpMunicipality *municipality,
                                               GError        **error);
gboolean        cp_store_delete_municipality  (CpStore        *self,
                                               gint64          id,
                                               GError        **error);

/* Partnerships, with their parties and current status */
GListModel    *cp_store_list_partnerships     (CpStore        *self,
                                               GError        **error);
CpPartnership *cp_store_get_partnership       (CpStore        *self,
                                               gint64          id,
                                               GError        **error);
gboolean       cp_store_save_partnership      (CpStore        *self,
                                               CpPartnership  *partnership,
                                               GError        **error);
/* Deleting a partnership puts it aside so that it can be restored (Undo); what is
 * put aside is purged for good by cp_store_purge_trash(), or when the file is
 * opened an hour later. */
gboolean       cp_store_trash_partnership     (CpStore        *self,
                                               gint64          id,
                                               GError        **error);
gboolean       cp_store_restore_partnership   (CpStore        *self,
                                               gint64          id,
                                               GError        **error);
gboolean       cp_store_purge_trash           (CpStore        *self,
                                               GError        **error);

/* The records that belong to one partnership. A deleted record can be put back
 * with its save function: it keeps its id. */
GListModel *cp_store_list_status_changes  (CpStore          *self,
                                           gint64            partnership_id,
                                           GError          **error);
gboolean    cp_store_save_status_change   (CpStore          *self,
                                           CpStatusChange   *change,
                                           GError          **error);
GListModel *cp_store_list_agreements      (CpStore          *self,
                                           gint64            partnership_id,
                                           GError          **error);
gboolean    cp_store_save_agreement       (CpStore          *self,
                                           CpAgreement      *agreement,
                                           GError          **error);
GListModel *cp_store_list_actors          (CpStore          *self,
                                           gint64            partnership_id,
                                           GError          **error);
gboolean    cp_store_save_actor           (CpStore          *self,
                                           CpActor          *actor,
                                           GError          **error);
GListModel *cp_store_list_timeline_events (CpStore          *self,
                                           gint64            partnership_id,
                                           GError          **error);
gboolean    cp_store_save_timeline_event  (CpStore          *self,
                                           CpTimelineEvent  *event,
                                           GError          **error);
/* Saves any record through the function for its type. */
gboolean    cp_store_save                 (CpStore          *self,
                                           CpRecord         *record,
                                           GError          **error);
/* Deletes a record of a partnership (status change, agreement, actor, milestone,
 * key role, consultation structure, need), a selection, an availability period,
 * an area of expertise, or a record of budgets and funding. A funder, programme,
 * application or budget year that other records still name is refused. */
gboolean    cp_store_delete_record        (CpStore          *self,
                                           CpRecord         *record,
                                           GError          **error);

/* People and expertise (cp-store-people.c) */

/* The areas of expertise: the built-in ones in the taxonomy's order, then those
 * users added. Saving an area without a key makes one from its name. */
GListModel *cp_store_list_expertise_areas       (CpStore          *self,
                                                 GError          **error);
/* key → the name users gave, for the areas they added (cp_person_set_area_names()). */
GHashTable *cp_store_dup_area_names             (CpStore          *self,
                                                 GError          **error);

GListModel *cp_store_list_people                (CpStore          *self,
                                                 GError          **error);
CpPerson   *cp_store_get_person                 (CpStore          *self,
                                                 gint64            id,
                                                 GError          **error);
/* Like partnerships, a deleted person is put aside until purged (Undo); the roles,
 * selections and memberships go with them when the purge comes. */
gboolean    cp_store_trash_person               (CpStore          *self,
                                                 gint64            id,
                                                 GError          **error);
gboolean    cp_store_restore_person             (CpStore          *self,
                                                 gint64            id,
                                                 GError          **error);

typedef struct
{
  guint key_roles;
  guint selections;
  guint memberships;
} CpPersonDependents;

/* What would go with the person: asked before deleting. */
gboolean    cp_store_count_person_dependents    (CpStore            *self,
                                                 gint64              person_id,
                                                 CpPersonDependents *dependents,
                                                 GError            **error);

GListModel *cp_store_list_availability          (CpStore          *self,
                                                 gint64            person_id,
                                                 GError          **error);
/* The key roles of a partnership, or of all partnerships with 0. */
GListModel *cp_store_list_key_roles             (CpStore          *self,
                                                 gint64            partnership_id,
                                                 GError          **error);
GListModel *cp_store_list_key_roles_of_person   (CpStore          *self,
                                                 gint64            person_id,
                                                 GError          **error);
GListModel *cp_store_list_consultation_structures (CpStore        *self,
                                                 gint64            partnership_id,
                                                 GError          **error);
/* The needs of a partnership, or of all partnerships with 0. */
GListModel *cp_store_list_needs                 (CpStore          *self,
                                                 gint64            partnership_id,
                                                 GError          **error);
CpNeed     *cp_store_get_need                   (CpStore          *self,
                                                 gint64            id,
                                                 GError          **error);
GListModel *cp_store_list_selections            (CpStore          *self,
                                                 gint64            need_id,
                                                 GError          **error);
GListModel *cp_store_list_selections_of_person  (CpStore          *self,
                                                 gint64            person_id,
                                                 GError          **error);

/* Earlier work with partnerships, trips and availability, for the matching. */
CpMatchHistory *cp_store_load_match_history     (CpStore          *self,
                                                 GError          **error);
/* Everyone ranked for the need (cp_match_rank()) on @today. */
GListModel *cp_store_rank_need                  (CpStore          *self,
                                                 gint64            need_id,
                                                 const char       *today,
                                                 GError          **error);

/* Delegation visits (cp-store-visits.c) */

/* The visits of a partnership, or of all partnerships with 0, by date. A new
 * visit is saved with the checklist of the study's recommendations. */
GListModel *cp_store_list_visits            (CpStore  *self,
                                             gint64    partnership_id,
                                             GError  **error);
CpVisit    *cp_store_get_visit              (CpStore  *self,
                                             gint64    id,
                                             GError  **error);
/* The visits @person_id travels on (as a member of the delegation). */
GListModel *cp_store_list_visits_of_person  (CpStore  *self,
                                             gint64    person_id,
                                             GError  **error);
GListModel *cp_store_list_delegates         (CpStore  *self,
                                             gint64    visit_id,
                                             GError  **error);
/* Every delegation member of every visit that is not cancelled. */
GListModel *cp_store_list_all_delegates     (CpStore  *self,
                                             GError  **error);
GListModel *cp_store_list_programme_items   (CpStore  *self,
                                             gint64    visit_id,
                                             GError  **error);
GListModel *cp_store_list_cost_lines        (CpStore  *self,
                                             gint64    visit_id,
                                             GError  **error);
GListModel *cp_store_list_checklist_items   (CpStore  *self,
                                             gint64    visit_id,
                                             GError  **error);
GListModel *cp_store_list_learning_entries  (CpStore  *self,
                                             gint64    visit_id,
                                             GError  **error);
/* The conflicts of a visit, or of every visit with 0 (cp_visit_find_conflicts()). */
GPtrArray  *cp_store_find_visit_conflicts   (CpStore  *self,
                                             gint64    visit_id,
                                             GError  **error);
/* The follow-up actions of a visit, or of all visits with 0, by due date. */
GListModel *cp_store_list_follow_ups        (CpStore  *self,
                                             gint64    visit_id,
                                             GError  **error);

/* Budgets, the ledger and external funding (cp-store-funding.c) */

/* The currency the ledger adds up in (EUR unless set). */
char          *cp_store_dup_base_currency          (CpStore     *self,
                                                    GError     **error);
gboolean       cp_store_set_base_currency          (CpStore     *self,
                                                    const char  *currency,
                                                    GError     **error);
/* The budget years of a municipality, or of all with 0, the latest first. */
GListModel    *cp_store_list_budget_years          (CpStore     *self,
                                                    gint64       municipality_id,
                                                    GError     **error);
/* The municipality's budget for @year, or NULL (without an error) when none. */
CpBudgetYear  *cp_store_find_budget_year           (CpStore     *self,
                                                    gint64       municipality_id,
                                                    int          year,
                                                    GError     **error);
GListModel    *cp_store_list_budget_lines          (CpStore     *self,
                                                    gint64       budget_year_id,
                                                    GError     **error);
GListModel    *cp_store_list_funders               (CpStore     *self,
                                                    GError     **error);
/* The programmes of a funder, or of all funders with 0. */
GListModel    *cp_store_list_funding_programmes    (CpStore     *self,
                                                    gint64       funder_id,
                                                    GError     **error);
/* The applications of a partnership, or all with 0, by deadline. */
GListModel    *cp_store_list_grant_applications    (CpStore     *self,
                                                    gint64       partnership_id,
                                                    GError     **error);
/* The reports due for an application, or for all with 0, by due day. */
GListModel    *cp_store_list_reporting_obligations (CpStore     *self,
                                                    gint64       application_id,
                                                    GError     **error);
/* The ledger entries of @year (all with 0), the latest first, in a CpArrayModel
 * (core/cp-array-model.h). */
GListModel    *cp_store_list_transactions          (CpStore     *self,
                                                    int          year,
                                                    GError     **error);
GListModel    *cp_store_list_transactions_of_visit (CpStore     *self,
                                                    gint64       visit_id,
                                                    GError     **error);
/* The ledger entries of a partnership, the earliest first. */
GListModel    *cp_store_list_transactions_of_partnership (CpStore  *self,
                                                          gint64    partnership_id,
                                                          GError  **error);
/* The years with ledger entries or budgets (int), the latest first. */
GArray        *cp_store_list_transaction_years     (CpStore     *self,
                                                    GError     **error);
/* Saves all of @transactions (CpTransaction) or none: what an import writes. */
gboolean       cp_store_save_transactions          (CpStore     *self,
                                                    GPtrArray   *transactions,
                                                    GError     **error);
/* The year at a glance for an own municipality (its partnerships' entries and its
 * own), or for the whole workspace with 0. */
CpYearSummary *cp_store_summarize_year             (CpStore     *self,
                                                    gint64       municipality_id,
                                                    int          year,
                                                    GError     **error);

/* The political context, the partner's structure, projects and assessments
 * (cp-store-conditions.c). Lists of one municipality, or of all with 0. A term
 * that overlaps another of the same body is refused when saved. */
GListModel    *cp_store_list_political_terms       (CpStore     *self,
                                                    gint64       municipality_id,
                                                    GError     **error);
GListModel    *cp_store_list_mandate_documents     (CpStore     *self,
                                                    gint64       municipality_id,
                                                    GError     **error);
GListModel    *cp_store_list_support_actions       (CpStore     *self,
                                                    gint64       municipality_id,
                                                    GError     **error);
GListModel    *cp_store_list_ic_structures         (CpStore     *self,
                                                    gint64       municipality_id,
                                                    GError     **error);
/* The municipality's structure of @year, or of the latest year before; NULL (without
 * an error) when none. */
CpIcStructure *cp_store_find_ic_structure          (CpStore     *self,
                                                    gint64       municipality_id,
                                                    int          year,
                                                    GError     **error);
GListModel    *cp_store_list_plan_lines            (CpStore     *self,
                                                    gint64       structure_id,
                                                    GError     **error);
/* The projects of a partnership, or of all with 0. */
GListModel    *cp_store_list_projects              (CpStore     *self,
                                                    gint64       partnership_id,
                                                    GError     **error);
GListModel    *cp_store_list_condition_assessments (CpStore     *self,
                                                    gint64       municipality_id,
                                                    GError     **error);

/* Of the programmes the partnerships applied to, the one that stops first for a
 * partner's country, seen from @as_of (cp_eligibility_runway()). */
typedef struct
{
  gboolean  found;        /* any application to a programme */
  gboolean  eligible;
  int       months;       /* -1 open-ended */
  char      country[3];
  char     *programme;
} CpEligibilityRunway;

gboolean       cp_store_find_eligibility_runway    (CpStore             *self,
                                                    GArray              *partnership_ids,
                                                    const char          *as_of,
                                                    CpEligibilityRunway *runway,
                                                    GError             **error);
void           cp_eligibility_runway_clear         (CpEligibilityRunway *runway);

/* The facts of the four conditions for an own municipality (and one of its
 * partnerships, or all with 0) in @year, counted from @today; and of a partner's
 * management structure. Free with cp_conditions_facts_clear(). */
gboolean       cp_store_gather_conditions_facts    (CpStore            *self,
                                                    gint64              municipality_id,
                                                    gint64              partnership_id,
                                                    int                 year,
                                                    const char         *today,
                                                    CpConditionsFacts  *facts,
                                                    GError            **error);
gboolean       cp_store_gather_south_facts         (CpStore            *self,
                                                    gint64              municipality_id,
                                                    int                 year,
                                                    const char         *today,
                                                    CpSouthFacts       *facts,
                                                    GError            **error);

/* What needs attention on @today (cp-store-overview.c): visits beginning within
 * @horizon_days, grant deadlines, reports owed to funders and by partners,
 * agreements expiring and terms ending within it, and all that is already
 * overdue; by day. CpAttentionItem*, owned by the array. */
GPtrArray     *cp_store_list_attention             (CpStore     *self,
                                                    const char  *today,
                                                    int          horizon_days,
                                                    GError     **error);

G_END_DECLS
