/* cp-enums.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cp-enums.h"
#include "cp-enum-types.h"

const char *
cp_enum_to_nick (GType enum_type,
                 int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  return ev != NULL ? ev->value_nick : NULL;
}

gboolean
cp_enum_from_nick (GType       enum_type,
                   const char *nick,
                   int        *value)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *ev;

  if (nick == NULL)
    return FALSE;

  klass = g_type_class_ref (enum_type);
  ev = g_enum_get_value_by_nick (klass, nick);
  if (ev == NULL)
    return FALSE;

  if (value != NULL)
    *value = ev->value;
  return TRUE;
}

guint
cp_enum_count (GType enum_type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);

  return klass->n_values;
}

#define LABEL_AT(table, i) \
  (((guint) (i) < G_N_ELEMENTS (table)) ? _(table[i]) : "")

static const char * const partnership_kind_labels[] = {
  N_("Formal partnership"),
  N_("Friendship"),
  N_("Contact"),
  N_("Project partnership"),
};

static const char * const partnership_status_labels[] = {
  N_("Exploring"),
  N_("Active"),
  N_("Dormant"),
  N_("Ended"),
};

static const char * const initiative_origin_labels[] = {
  N_("Civil society, in the North"),
  N_("Political, North and South"),
  N_("Personal, North and South"),
  N_("Brokered by an NGO"),
  N_("Municipal administration"),
  N_("Other"),
};

static const char * const motive_labels[] = {
  N_("Development cooperation project"),
  N_("Local Agenda 21"),
  N_("International solidarity"),
  N_("Historical ties and political global awareness"),
  N_("Exchange of knowledge and best practice"),
  N_("Economic and trade interests"),
  N_("Global awareness and local democracy"),
};

static const char * const agreement_kind_labels[] = {
  N_("Cooperation agreement"),
  N_("Declaration of intention"),
  N_("Memorandum of understanding"),
  N_("Terms of reference"),
  N_("Partnership plan"),
};

static const char * const actor_category_labels[] = {
  N_("Local administration"),
  N_("Coordinating civil society entity (CCSE)"),
  N_("NGO"),
  N_("School"),
  N_("Church"),
  N_("Business"),
  N_("Housing association"),
  N_("Diaspora organisation"),
  N_("University"),
  N_("Municipal association"),
  N_("Province or national government"),
  N_("Donor"),
};

static const char * const actor_role_labels[] = {
  N_("Beneficiary"),
  N_("Twinning partner"),
  N_("Project partner"),
  N_("Coordinator"),
  N_("Funder"),
};

static const char * const person_kind_labels[] = {
  N_("Own staff"),
  N_("Partner staff"),
  N_("Politician"),
  N_("Volunteer"),
  N_("Consultant"),
};

/* The level names are the same in every language. */
static const char * const cefr_level_labels[] = {
  "A1", "A2", "B1", "B2", "C1", "C2",
};

static const char * const expertise_level_labels[] = {
  NULL,
  N_("Basic"),
  N_("Working knowledge"),
  N_("Advanced"),
  N_("Expert"),
};

static const char * const key_role_kind_labels[] = {
  N_("Political role"),
  N_("Decision-making and evaluative role"),
  N_("Executive coordinator"),
  N_("Representative in the partner city"),
  N_("Technical expert"),
};

static const char * const need_status_labels[] = {
  N_("Open"),
  N_("Matched"),
  N_("Fulfilled"),
  N_("Withdrawn"),
};

static const char * const visit_direction_labels[] = {
  N_("Outgoing"),
  N_("Incoming"),
};

static const char * const visit_status_labels[] = {
  N_("Idea"),
  N_("Planned"),
  N_("Confirmed"),
  N_("Done"),
  N_("Cancelled"),
};

static const char * const exchange_modality_labels[] = {
  N_("Peer-to-peer exchange"),
  N_("Meetings and workshops"),
  N_("Field visits"),
  N_("Conferences"),
  N_("Training courses"),
  N_("Internship"),
  N_("Coaching"),
};

/* With a context of their own: “Expert” and “Coordinator” are roles of a person
 * here, where other lists use the words for a level or an organisation's role. */
static const char * const delegate_role_labels[] = {
  NC_("delegate role", "Leader"),
  NC_("delegate role", "Expert"),
  NC_("delegate role", "Political representative"),
  NC_("delegate role", "Interpreter"),
  NC_("delegate role", "Coordinator"),
  NC_("delegate role", "Other role"),
};

static const char * const cost_kind_labels[] = {
  N_("Travel"),
  N_("Accommodation"),
  N_("Per diem"),
  N_("Interpretation"),
  N_("Other costs"),
};

static const char * const transaction_kind_labels[] = {
  N_("Commitment"),
  N_("Disbursement"),
  N_("Expenditure"),
  N_("Incoming funds"),
  N_("Incoming commitment"),
  N_("Refund"),
};

static const char * const contribution_kind_labels[] = {
  N_("Municipal budget"),
  N_("Departmental contribution"),
  N_("Staff donations"),
  N_("Council donation"),
  N_("In kind (hours)"),
  N_("External grant"),
  N_("Partner's own contribution"),
  N_("Other"),
};

static const char * const funder_type_labels[] = {
  N_("Municipal association programme"),
  N_("EU programme"),
  N_("Province or region"),
  N_("Ministry"),
  N_("Official bilateral cooperation"),
  N_("Embassy"),
  N_("Foundation"),
  N_("NGO"),
  N_("Multilateral"),
  N_("Sister city"),
  N_("Private"),
};

static const char * const application_status_labels[] = {
  N_("Idea"),
  N_("Drafting"),
  N_("Submitted"),
  N_("Granted"),
  N_("Rejected"),
  N_("Withdrawn"),
};

static const char * const term_body_labels[] = {
  N_("Council"),
  N_("Executive (mayor and aldermen)"),
};

static const char * const ic_holder_labels[] = {
  N_("Mayor"),
  N_("Alderman"),
  N_("Nobody"),
};

static const char * const mandate_kind_labels[] = {
  N_("Court programme or coalition agreement"),
  N_("International cooperation policy"),
  N_("Council decision"),
  N_("Council motion"),
  N_("Party programme"),
  N_("Local Agenda 21 programme"),
  N_("Annual operational plan"),
};

static const char * const stance_labels[] = {
  N_("Says nothing on it"),
  N_("Supports it"),
  N_("Continues it"),
  N_("Cuts it"),
  N_("Ends it"),
};

static const char * const support_kind_labels[] = {
  N_("Lobbying in council"),
  N_("Lobbying in parliament"),
  N_("Lobbying in the municipal association"),
  N_("Visit"),
  N_("Ceremony"),
  N_("Representation budget"),
  N_("Public relations"),
  N_("Information meeting for staff"),
  N_("Fundraising by staff"),
};

static const char * const ic_unit_type_labels[] = {
  N_("International cooperation department"),
  N_("Subdivision of a department"),
  N_("Office within planning"),
  N_("Municipal manager and a liaison officer"),
  N_("Policy department"),
  N_("Mayor's office"),
  N_("No unit"),
};

static const char * const plan_authority_labels[] = {
  N_("Unknown"),
  N_("Strong"),
  N_("Weak"),
};

static const char * const condition_labels[] = {
  N_("Political embedding"),
  N_("Human resources"),
  N_("Finance and external funding"),
  N_("Political and administrative support"),
};

static const char * const condition_level_labels[] = {
  N_("Unknown"),
  N_("Weak"),
  N_("Adequate"),
  N_("Strong"),
};

static const char * const initiator_labels[] = {
  N_("The partner municipality"),
  N_("The Northern partner"),
  N_("A donor"),
};

/* In the context of a project: “Cancelled” agrees with a project, not with a visit. */
static const char * const activity_status_labels[] = {
  NC_("project status", "Being prepared"),
  NC_("project status", "Under way"),
  NC_("project status", "Being finished"),
  NC_("project status", "Closed"),
  NC_("project status", "Cancelled"),
  NC_("project status", "Suspended"),
};

static const char * const checklist_phase_labels[] = {
  N_("Before the visit"),
  N_("During the visit"),
  N_("After the visit"),
};

static const char * const learning_level_labels[] = {
  N_("Personal learning"),
  N_("Professional learning"),
  N_("Organisational learning"),
};

static const char * const follow_up_status_labels[] = {
  N_("To do"),
  N_("Done"),
  N_("Dropped"),
};

const char *
cp_partnership_kind_to_label (CpPartnershipKind kind)
{
  return LABEL_AT (partnership_kind_labels, kind);
}

const char *
cp_partnership_status_to_label (CpPartnershipStatus status)
{
  return LABEL_AT (partnership_status_labels, status);
}

const char *
cp_initiative_origin_to_label (CpInitiativeOrigin origin)
{
  return LABEL_AT (initiative_origin_labels, origin);
}

const char *
cp_motive_to_label (CpMotive motive)
{
  return LABEL_AT (motive_labels, motive);
}

const char *
cp_agreement_kind_to_label (CpAgreementKind kind)
{
  return LABEL_AT (agreement_kind_labels, kind);
}

const char *
cp_actor_category_to_label (CpActorCategory category)
{
  return LABEL_AT (actor_category_labels, category);
}

const char *
cp_actor_role_to_label (CpActorRole role)
{
  return LABEL_AT (actor_role_labels, role);
}

const char *
cp_person_kind_to_label (CpPersonKind kind)
{
  return LABEL_AT (person_kind_labels, kind);
}

const char *
cp_cefr_level_to_label (CpCefrLevel level)
{
  return ((guint) level < G_N_ELEMENTS (cefr_level_labels)) ? cefr_level_labels[level] : "";
}

const char *
cp_expertise_level_to_label (CpExpertiseLevel level)
{
  if (level < CP_EXPERTISE_LEVEL_BASIC || level > CP_EXPERTISE_LEVEL_EXPERT)
    return "";
  return _(expertise_level_labels[level]);
}

const char *
cp_key_role_kind_to_label (CpKeyRoleKind kind)
{
  return LABEL_AT (key_role_kind_labels, kind);
}

const char *
cp_need_status_to_label (CpNeedStatus status)
{
  return LABEL_AT (need_status_labels, status);
}

const char *
cp_visit_direction_to_label (CpVisitDirection direction)
{
  return LABEL_AT (visit_direction_labels, direction);
}

const char *
cp_visit_status_to_label (CpVisitStatus status)
{
  return LABEL_AT (visit_status_labels, status);
}

const char *
cp_exchange_modality_to_label (CpExchangeModality modality)
{
  return LABEL_AT (exchange_modality_labels, modality);
}

const char *
cp_delegate_role_to_label (CpDelegateRole role)
{
  if ((guint) role >= G_N_ELEMENTS (delegate_role_labels))
    return "";
  return g_dpgettext2 (GETTEXT_PACKAGE, "delegate role", delegate_role_labels[role]);
}

const char *
cp_cost_kind_to_label (CpCostKind kind)
{
  return LABEL_AT (cost_kind_labels, kind);
}

const char *
cp_checklist_phase_to_label (CpChecklistPhase phase)
{
  return LABEL_AT (checklist_phase_labels, phase);
}

const char *
cp_learning_level_to_label (CpLearningLevel level)
{
  return LABEL_AT (learning_level_labels, level);
}

const char *
cp_follow_up_status_to_label (CpFollowUpStatus status)
{
  return LABEL_AT (follow_up_status_labels, status);
}

const char *
cp_transaction_kind_to_label (CpTransactionKind kind)
{
  return LABEL_AT (transaction_kind_labels, kind);
}

const char *
cp_contribution_kind_to_label (CpContributionKind kind)
{
  return LABEL_AT (contribution_kind_labels, kind);
}

const char *
cp_funder_type_to_label (CpFunderType type)
{
  return LABEL_AT (funder_type_labels, type);
}

const char *
cp_application_status_to_label (CpApplicationStatus status)
{
  return LABEL_AT (application_status_labels, status);
}

const char *
cp_term_body_to_label (CpTermBody body)
{
  return LABEL_AT (term_body_labels, body);
}

const char *
cp_ic_holder_to_label (CpIcHolder holder)
{
  return LABEL_AT (ic_holder_labels, holder);
}

const char *
cp_mandate_kind_to_label (CpMandateKind kind)
{
  return LABEL_AT (mandate_kind_labels, kind);
}

const char *
cp_stance_to_label (CpStance stance)
{
  return LABEL_AT (stance_labels, stance);
}

const char *
cp_support_kind_to_label (CpSupportKind kind)
{
  return LABEL_AT (support_kind_labels, kind);
}

const char *
cp_ic_unit_type_to_label (CpIcUnitType type)
{
  return LABEL_AT (ic_unit_type_labels, type);
}

const char *
cp_plan_authority_to_label (CpPlanAuthority authority)
{
  return LABEL_AT (plan_authority_labels, authority);
}

const char *
cp_condition_to_label (CpCondition condition)
{
  return LABEL_AT (condition_labels, condition);
}

const char *
cp_condition_level_to_label (CpConditionLevel level)
{
  return LABEL_AT (condition_level_labels, level);
}

const char *
cp_initiator_to_label (CpInitiator initiator)
{
  return LABEL_AT (initiator_labels, initiator);
}

const char *
cp_activity_status_to_label (CpActivityStatus status)
{
  if ((guint) status >= G_N_ELEMENTS (activity_status_labels))
    return "";
  return g_dpgettext2 (GETTEXT_PACKAGE, "project status", activity_status_labels[status]);
}

int
cp_transaction_kind_to_iati (CpTransactionKind kind)
{
  static const int codes[] = { 2, 3, 4, 1, 11, 1 };

  return (guint) kind < G_N_ELEMENTS (codes) ? codes[kind] : 0;
}

const char *
cp_enum_to_label (GType enum_type,
                  int   value)
{
  if (enum_type == CP_TYPE_PARTNERSHIP_KIND)
    return cp_partnership_kind_to_label (value);
  if (enum_type == CP_TYPE_PARTNERSHIP_STATUS)
    return cp_partnership_status_to_label (value);
  if (enum_type == CP_TYPE_INITIATIVE_ORIGIN)
    return cp_initiative_origin_to_label (value);
  if (enum_type == CP_TYPE_MOTIVE)
    return cp_motive_to_label (value);
  if (enum_type == CP_TYPE_AGREEMENT_KIND)
    return cp_agreement_kind_to_label (value);
  if (enum_type == CP_TYPE_ACTOR_CATEGORY)
    return cp_actor_category_to_label (value);
  if (enum_type == CP_TYPE_ACTOR_ROLE)
    return cp_actor_role_to_label (value);
  if (enum_type == CP_TYPE_PERSON_KIND)
    return cp_person_kind_to_label (value);
  if (enum_type == CP_TYPE_CEFR_LEVEL)
    return cp_cefr_level_to_label (value);
  if (enum_type == CP_TYPE_EXPERTISE_LEVEL)
    return cp_expertise_level_to_label (value);
  if (enum_type == CP_TYPE_KEY_ROLE_KIND)
    return cp_key_role_kind_to_label (value);
  if (enum_type == CP_TYPE_NEED_STATUS)
    return cp_need_status_to_label (value);
  if (enum_type == CP_TYPE_VISIT_DIRECTION)
    return cp_visit_direction_to_label (value);
  if (enum_type == CP_TYPE_VISIT_STATUS)
    return cp_visit_status_to_label (value);
  if (enum_type == CP_TYPE_EXCHANGE_MODALITY)
    return cp_exchange_modality_to_label (value);
  if (enum_type == CP_TYPE_DELEGATE_ROLE)
    return cp_delegate_role_to_label (value);
  if (enum_type == CP_TYPE_COST_KIND)
    return cp_cost_kind_to_label (value);
  if (enum_type == CP_TYPE_CHECKLIST_PHASE)
    return cp_checklist_phase_to_label (value);
  if (enum_type == CP_TYPE_LEARNING_LEVEL)
    return cp_learning_level_to_label (value);
  if (enum_type == CP_TYPE_FOLLOW_UP_STATUS)
    return cp_follow_up_status_to_label (value);
  if (enum_type == CP_TYPE_TRANSACTION_KIND)
    return cp_transaction_kind_to_label (value);
  if (enum_type == CP_TYPE_CONTRIBUTION_KIND)
    return cp_contribution_kind_to_label (value);
  if (enum_type == CP_TYPE_FUNDER_TYPE)
    return cp_funder_type_to_label (value);
  if (enum_type == CP_TYPE_APPLICATION_STATUS)
    return cp_application_status_to_label (value);
  if (enum_type == CP_TYPE_TERM_BODY)
    return cp_term_body_to_label (value);
  if (enum_type == CP_TYPE_IC_HOLDER)
    return cp_ic_holder_to_label (value);
  if (enum_type == CP_TYPE_MANDATE_KIND)
    return cp_mandate_kind_to_label (value);
  if (enum_type == CP_TYPE_STANCE)
    return cp_stance_to_label (value);
  if (enum_type == CP_TYPE_SUPPORT_KIND)
    return cp_support_kind_to_label (value);
  if (enum_type == CP_TYPE_IC_UNIT_TYPE)
    return cp_ic_unit_type_to_label (value);
  if (enum_type == CP_TYPE_PLAN_AUTHORITY)
    return cp_plan_authority_to_label (value);
  if (enum_type == CP_TYPE_CONDITION)
    return cp_condition_to_label (value);
  if (enum_type == CP_TYPE_CONDITION_LEVEL)
    return cp_condition_level_to_label (value);
  if (enum_type == CP_TYPE_INITIATOR)
    return cp_initiator_to_label (value);
  if (enum_type == CP_TYPE_ACTIVITY_STATUS)
    return cp_activity_status_to_label (value);

  g_return_val_if_reached ("");
}
