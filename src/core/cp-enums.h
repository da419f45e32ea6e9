/* cp-enums.h: the registry's fixed vocabularies (source 000, Table 5.1, §5 of the domain notes)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  CP_PARTNERSHIP_KIND_FORMAL,
  CP_PARTNERSHIP_KIND_FRIENDSHIP,
  CP_PARTNERSHIP_KIND_CONTACT,
  CP_PARTNERSHIP_KIND_PROJECT,
} CpPartnershipKind;

typedef enum
{
  CP_PARTNERSHIP_STATUS_EXPLORING,
  CP_PARTNERSHIP_STATUS_ACTIVE,
  CP_PARTNERSHIP_STATUS_DORMANT,
  CP_PARTNERSHIP_STATUS_ENDED,
} CpPartnershipStatus;

typedef enum
{
  CP_INITIATIVE_ORIGIN_CIVIL_SOCIETY_NORTH,
  CP_INITIATIVE_ORIGIN_POLITICAL_NORTH_SOUTH,
  CP_INITIATIVE_ORIGIN_PERSONAL_NORTH_SOUTH,
  CP_INITIATIVE_ORIGIN_NGO_BROKERED,
  CP_INITIATIVE_ORIGIN_MUNICIPAL,
  CP_INITIATIVE_ORIGIN_OTHER,
} CpInitiativeOrigin;

typedef enum
{
  CP_MOTIVE_DEVELOPMENT_PROJECT,
  CP_MOTIVE_LOCAL_AGENDA_21,
  CP_MOTIVE_INTERNATIONAL_SOLIDARITY,
  CP_MOTIVE_HISTORICAL_TIES,
  CP_MOTIVE_KNOWLEDGE_EXCHANGE,
  CP_MOTIVE_ECONOMIC,
  CP_MOTIVE_GLOBAL_AWARENESS,
} CpMotive;

typedef enum
{
  CP_AGREEMENT_KIND_COOPERATION_AGREEMENT,
  CP_AGREEMENT_KIND_DECLARATION_OF_INTENTION,
  CP_AGREEMENT_KIND_MEMORANDUM_OF_UNDERSTANDING,
  CP_AGREEMENT_KIND_TERMS_OF_REFERENCE,
  CP_AGREEMENT_KIND_PARTNERSHIP_PLAN,
} CpAgreementKind;

typedef enum
{
  CP_ACTOR_CATEGORY_LOCAL_ADMINISTRATION,
  CP_ACTOR_CATEGORY_CCSE,
  CP_ACTOR_CATEGORY_NGO,
  CP_ACTOR_CATEGORY_SCHOOL,
  CP_ACTOR_CATEGORY_CHURCH,
  CP_ACTOR_CATEGORY_BUSINESS,
  CP_ACTOR_CATEGORY_HOUSING_ASSOCIATION,
  CP_ACTOR_CATEGORY_DIASPORA_ORGANISATION,
  CP_ACTOR_CATEGORY_UNIVERSITY,
  CP_ACTOR_CATEGORY_MUNICIPAL_ASSOCIATION,
  CP_ACTOR_CATEGORY_GOVERNMENT,
  CP_ACTOR_CATEGORY_DONOR,
} CpActorCategory;

typedef enum
{
  CP_ACTOR_ROLE_BENEFICIARY,
  CP_ACTOR_ROLE_TWINNING_PARTNER,
  CP_ACTOR_ROLE_PROJECT_PARTNER,
  CP_ACTOR_ROLE_COORDINATOR,
  CP_ACTOR_ROLE_FUNDER,
} CpActorRole;

typedef enum
{
  CP_PERSON_KIND_OWN_STAFF,
  CP_PERSON_KIND_PARTNER_STAFF,
  CP_PERSON_KIND_POLITICIAN,
  CP_PERSON_KIND_VOLUNTEER,
  CP_PERSON_KIND_CONSULTANT,
} CpPersonKind;

/* The Common European Framework of Reference for languages. */
typedef enum
{
  CP_CEFR_LEVEL_A1,
  CP_CEFR_LEVEL_A2,
  CP_CEFR_LEVEL_B1,
  CP_CEFR_LEVEL_B2,
  CP_CEFR_LEVEL_C1,
  CP_CEFR_LEVEL_C2,
} CpCefrLevel;

typedef enum
{
  CP_EXPERTISE_LEVEL_BASIC = 1,
  CP_EXPERTISE_LEVEL_WORKING,
  CP_EXPERTISE_LEVEL_ADVANCED,
  CP_EXPERTISE_LEVEL_EXPERT,
} CpExpertiseLevel;

/* Box 6.3, “Key roles in partnership management in the North”. */
typedef enum
{
  CP_KEY_ROLE_KIND_POLITICAL,
  CP_KEY_ROLE_KIND_DECISION_MAKING,
  CP_KEY_ROLE_KIND_COORDINATOR,
  CP_KEY_ROLE_KIND_REPRESENTATIVE,
  CP_KEY_ROLE_KIND_TECHNICAL_EXPERT,
} CpKeyRoleKind;

typedef enum
{
  CP_NEED_STATUS_OPEN,
  CP_NEED_STATUS_MATCHED,
  CP_NEED_STATUS_FULFILLED,
  CP_NEED_STATUS_WITHDRAWN,
} CpNeedStatus;

typedef enum
{
  CP_VISIT_DIRECTION_OUTGOING,
  CP_VISIT_DIRECTION_INCOMING,
} CpVisitDirection;

typedef enum
{
  CP_VISIT_STATUS_IDEA,
  CP_VISIT_STATUS_PLANNED,
  CP_VISIT_STATUS_CONFIRMED,
  CP_VISIT_STATUS_DONE,
  CP_VISIT_STATUS_CANCELLED,
} CpVisitStatus;

/* Box 8.1, “Exchange and learning mechanisms during missions”, and two more. */
typedef enum
{
  CP_EXCHANGE_MODALITY_PEER_TO_PEER,
  CP_EXCHANGE_MODALITY_MEETINGS_WORKSHOPS,
  CP_EXCHANGE_MODALITY_FIELD_VISITS,
  CP_EXCHANGE_MODALITY_CONFERENCES,
  CP_EXCHANGE_MODALITY_TRAINING_COURSES,
  CP_EXCHANGE_MODALITY_INTERNSHIP,
  CP_EXCHANGE_MODALITY_COACHING,
} CpExchangeModality;

typedef enum
{
  CP_DELEGATE_ROLE_LEADER,
  CP_DELEGATE_ROLE_EXPERT,
  CP_DELEGATE_ROLE_POLITICAL_REPRESENTATIVE,
  CP_DELEGATE_ROLE_INTERPRETER,
  CP_DELEGATE_ROLE_COORDINATOR,
  CP_DELEGATE_ROLE_OTHER,
} CpDelegateRole;

typedef enum
{
  CP_COST_KIND_TRAVEL,
  CP_COST_KIND_ACCOMMODATION,
  CP_COST_KIND_PER_DIEM,
  CP_COST_KIND_INTERPRETATION,
  CP_COST_KIND_OTHER,
} CpCostKind;

typedef enum
{
  CP_CHECKLIST_PHASE_BEFORE,
  CP_CHECKLIST_PHASE_DURING,
  CP_CHECKLIST_PHASE_AFTER,
} CpChecklistPhase;

/* §8.3, Table 8.1: learning that is personal, professional or organisational. */
typedef enum
{
  CP_LEARNING_LEVEL_PERSONAL,
  CP_LEARNING_LEVEL_PROFESSIONAL,
  CP_LEARNING_LEVEL_ORGANISATIONAL,
} CpLearningLevel;

typedef enum
{
  CP_FOLLOW_UP_STATUS_OPEN,
  CP_FOLLOW_UP_STATUS_DONE,
  CP_FOLLOW_UP_STATUS_DROPPED,
} CpFollowUpStatus;

/* The ledger's transactions and the IATI transaction types they map to
 * (cp_transaction_kind_to_iati()). */
typedef enum
{
  CP_TRANSACTION_KIND_COMMITMENT,
  CP_TRANSACTION_KIND_DISBURSEMENT,
  CP_TRANSACTION_KIND_EXPENDITURE,
  CP_TRANSACTION_KIND_INCOMING_FUNDS,
  CP_TRANSACTION_KIND_INCOMING_COMMITMENT,
  CP_TRANSACTION_KIND_REFUND,
} CpTransactionKind;

/* Where the money comes from (§3.4, fn 111, L7386–7403, L8540–8546). */
typedef enum
{
  CP_CONTRIBUTION_KIND_MUNICIPAL_BUDGET,
  CP_CONTRIBUTION_KIND_DEPARTMENTAL,
  CP_CONTRIBUTION_KIND_STAFF_DONATION,
  CP_CONTRIBUTION_KIND_COUNCIL_DONATION,
  CP_CONTRIBUTION_KIND_IN_KIND,
  CP_CONTRIBUTION_KIND_EXTERNAL_GRANT,
  CP_CONTRIBUTION_KIND_PARTNER_CONTRIBUTION,
  CP_CONTRIBUTION_KIND_OTHER,
} CpContributionKind;

/* §5.8: the funders and programmes the study names. */
typedef enum
{
  CP_FUNDER_TYPE_MUNICIPAL_ASSOCIATION,
  CP_FUNDER_TYPE_EU_PROGRAMME,
  CP_FUNDER_TYPE_PROVINCE,
  CP_FUNDER_TYPE_MINISTRY,
  CP_FUNDER_TYPE_BILATERAL,
  CP_FUNDER_TYPE_EMBASSY,
  CP_FUNDER_TYPE_FOUNDATION,
  CP_FUNDER_TYPE_NGO,
  CP_FUNDER_TYPE_MULTILATERAL,
  CP_FUNDER_TYPE_SISTER_CITY,
  CP_FUNDER_TYPE_PRIVATE,
} CpFunderType;

typedef enum
{
  CP_APPLICATION_STATUS_IDEA,
  CP_APPLICATION_STATUS_DRAFTING,
  CP_APPLICATION_STATUS_SUBMITTED,
  CP_APPLICATION_STATUS_GRANTED,
  CP_APPLICATION_STATUS_REJECTED,
  CP_APPLICATION_STATUS_WITHDRAWN,
} CpApplicationStatus;

/* Issue 6: the political context, the four critical conditions (Table 6.1) and the
 * partner's management structure (§6.2). */
typedef enum
{
  CP_TERM_BODY_COUNCIL,
  CP_TERM_BODY_EXECUTIVE,
} CpTermBody;

/* Who holds international cooperation in the executive. */
typedef enum
{
  CP_IC_HOLDER_MAYOR,
  CP_IC_HOLDER_ALDERMAN,
  CP_IC_HOLDER_NOBODY,
} CpIcHolder;

typedef enum
{
  CP_MANDATE_KIND_COURT_PROGRAMME,
  CP_MANDATE_KIND_IC_POLICY,
  CP_MANDATE_KIND_COUNCIL_DECISION,
  CP_MANDATE_KIND_COUNCIL_MOTION,
  CP_MANDATE_KIND_PARTY_PROGRAMME,
  CP_MANDATE_KIND_LA21_PROGRAMME,
  CP_MANDATE_KIND_OPERATIONAL_PLAN,
} CpMandateKind;

/* What a programme, decision or motion says about international cooperation. */
typedef enum
{
  CP_STANCE_NONE,
  CP_STANCE_SUPPORT,
  CP_STANCE_CONTINUE,
  CP_STANCE_CUT,
  CP_STANCE_TERMINATE,
} CpStance;

/* Table 6.3's champion actions, and staff support (§6.1.4). */
typedef enum
{
  CP_SUPPORT_KIND_LOBBY_COUNCIL,
  CP_SUPPORT_KIND_LOBBY_PARLIAMENT,
  CP_SUPPORT_KIND_LOBBY_ASSOCIATION,
  CP_SUPPORT_KIND_VISIT,
  CP_SUPPORT_KIND_CEREMONY,
  CP_SUPPORT_KIND_REPRESENTATION_BUDGET,
  CP_SUPPORT_KIND_PUBLIC_RELATIONS,
  CP_SUPPORT_KIND_INFORMATION_MEETING,
  CP_SUPPORT_KIND_STAFF_FUNDRAISING,
} CpSupportKind;

typedef enum
{
  CP_IC_UNIT_TYPE_DEPARTMENT,
  CP_IC_UNIT_TYPE_SUBDIVISION,
  CP_IC_UNIT_TYPE_PLANNING_OFFICE,
  CP_IC_UNIT_TYPE_MANAGER_AND_LIAISON,
  CP_IC_UNIT_TYPE_POLICY_DEPARTMENT,
  CP_IC_UNIT_TYPE_MAYORS_OFFICE,
  CP_IC_UNIT_TYPE_NONE,
} CpIcUnitType;

typedef enum
{
  CP_PLAN_AUTHORITY_UNKNOWN,
  CP_PLAN_AUTHORITY_STRONG,
  CP_PLAN_AUTHORITY_WEAK,
} CpPlanAuthority;

typedef enum
{
  CP_CONDITION_POLITICAL_EMBEDDING,
  CP_CONDITION_HUMAN_RESOURCES,
  CP_CONDITION_FINANCE,
  CP_CONDITION_SUPPORT,
} CpCondition;

typedef enum
{
  CP_CONDITION_LEVEL_UNKNOWN,
  CP_CONDITION_LEVEL_WEAK,
  CP_CONDITION_LEVEL_ADEQUATE,
  CP_CONDITION_LEVEL_STRONG,
} CpConditionLevel;

/* Who proposed a project: the South (demand-driven) or a Northern partner or donor. */
typedef enum
{
  CP_INITIATOR_SOUTH,
  CP_INITIATOR_NORTH,
  CP_INITIATOR_DONOR,
} CpInitiator;

/* Where a project stands, in the IATI ActivityStatus codes' order (1–6). */
typedef enum
{
  CP_ACTIVITY_STATUS_PIPELINE,
  CP_ACTIVITY_STATUS_IMPLEMENTATION,
  CP_ACTIVITY_STATUS_FINALISATION,
  CP_ACTIVITY_STATUS_CLOSED,
  CP_ACTIVITY_STATUS_CANCELLED,
  CP_ACTIVITY_STATUS_SUSPENDED,
} CpActivityStatus;

/* Stable names stored in the database ("formal", "active", ...): the GEnum nicks. */
const char *cp_enum_to_nick        (GType        enum_type,
                                    int          value);
gboolean    cp_enum_from_nick      (GType        enum_type,
                                    const char  *nick,
                                    int         *value);
guint       cp_enum_count          (GType        enum_type);

/* Words the user reads, translated. */
const char *cp_partnership_kind_to_label   (CpPartnershipKind   kind);
const char *cp_partnership_status_to_label (CpPartnershipStatus status);
const char *cp_initiative_origin_to_label  (CpInitiativeOrigin  origin);
const char *cp_motive_to_label             (CpMotive            motive);
const char *cp_agreement_kind_to_label     (CpAgreementKind     kind);
const char *cp_actor_category_to_label     (CpActorCategory     category);
const char *cp_actor_role_to_label         (CpActorRole         role);
const char *cp_person_kind_to_label        (CpPersonKind        kind);
const char *cp_cefr_level_to_label         (CpCefrLevel         level);
const char *cp_expertise_level_to_label    (CpExpertiseLevel    level);
const char *cp_key_role_kind_to_label      (CpKeyRoleKind       kind);
const char *cp_need_status_to_label        (CpNeedStatus        status);
const char *cp_visit_direction_to_label    (CpVisitDirection    direction);
const char *cp_visit_status_to_label       (CpVisitStatus       status);
const char *cp_exchange_modality_to_label  (CpExchangeModality  modality);
const char *cp_delegate_role_to_label      (CpDelegateRole      role);
const char *cp_cost_kind_to_label          (CpCostKind          kind);
const char *cp_checklist_phase_to_label    (CpChecklistPhase    phase);
const char *cp_learning_level_to_label     (CpLearningLevel     level);
const char *cp_follow_up_status_to_label   (CpFollowUpStatus    status);
const char *cp_transaction_kind_to_label   (CpTransactionKind   kind);
const char *cp_contribution_kind_to_label  (CpContributionKind  kind);
const char *cp_funder_type_to_label        (CpFunderType        type);
const char *cp_application_status_to_label (CpApplicationStatus status);
const char *cp_term_body_to_label          (CpTermBody          body);
const char *cp_ic_holder_to_label          (CpIcHolder          holder);
const char *cp_mandate_kind_to_label       (CpMandateKind       kind);
const char *cp_stance_to_label             (CpStance            stance);
const char *cp_support_kind_to_label       (CpSupportKind       kind);
const char *cp_ic_unit_type_to_label       (CpIcUnitType        type);
const char *cp_plan_authority_to_label     (CpPlanAuthority     authority);
const char *cp_condition_to_label          (CpCondition         condition);
const char *cp_condition_level_to_label    (CpConditionLevel    level);
const char *cp_initiator_to_label          (CpInitiator         initiator);
const char *cp_activity_status_to_label    (CpActivityStatus    status);

/* The IATI 2.03 TransactionType code of a kind: 1 incoming funds, 2 outgoing
 * commitment, 3 disbursement, 4 expenditure, 11 incoming commitment; a refund is
 * reported as incoming funds (1) returned to the activity. */
int         cp_transaction_kind_to_iati    (CpTransactionKind   kind);

/* The label of any of the enums above, by type. */
const char *cp_enum_to_label               (GType               enum_type,
                                            int                 value);

G_END_DECLS
