/* cp-sample-data.c: the four partnerships of the study, as a workspace to explore
 *
 * The sample is the four North-South city-to-city partnerships of Bontenbal (2009),
 * *Cities as partners*: their eight municipalities, Table 5.1, the cooperation
 * agreements and other instruments (§8.2.2), the actors of Chapter 7, the
 * milestones of Chapters 5 to 7, and the people and expertise of §6.1.2 and
 * Chapter 9: key roles (Box 6.3), consultation structures, the partners' needs and
 * who was selected for them; and the money of §6.1.3 and §6.2: the budgets of Tables
 * 6.2 and 6.4–6.6, the funders of §5.8, grant applications and a ledger; and the
 * political context of §6.1.1 and §6.1.4 (terms, court programmes, IC policies, party
 * programmes, the Mayors' actions of Table 6.3) with the partners' management
 * structures, plans and projects of §6.2. Every record's note (a ledger entry's
 * reference, a support action's description, an assessment's rationale) cites the
 * study by the line numbers of its text edition (source 000). Politicians and the partner cities' senior officials
 * appear by their role; the staff have invented names, and their notes say so. No one
 * the study names or quotes appears by name.
 *
 * The data is English text on purpose: it is sample content, not interface.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "cp-enum-types.h"
#include "cp-sample-data.h"
#include "core/cp-iati-codes.h"
#include "core/cp-validate.h"

/* The rows of the tables below refer to one another by these indexes. */
enum
{
  AMSTELVEEN,
  VILLA_EL_SALVADOR,
  TREPTOW_KOEPENICK,
  CAJAMARCA,
  UTRECHT,
  LEON,
  ALPHEN,
  OUDTSHOORN,
  N_MUNICIPALITIES,
  NO_MUNICIPALITY = -1,  /* an actor that belongs to neither city */
};

enum
{
  AMSTELVEEN_VES,
  TK_CAJAMARCA,
  UTRECHT_LEON,
  ALPHEN_OUDTSHOORN,
  N_PARTNERSHIPS,
};

/* Municipalities (Bontenbal 2009, §5.1–5.2) */

typedef struct
{
  const char *name;
  const char *country;
  const char *region;
  gint64      population;
  int         population_year;
  const char *time_zone;
  gboolean    is_own;
  const char *note;
} SampleMunicipality;

static const SampleMunicipality municipalities[N_MUNICIPALITIES] = {
  [AMSTELVEEN] = {
    "Amstelveen", "NL", "North Holland", 79000, 2008, "Europe/Amsterdam", TRUE,
    "Bontenbal 2009, §5.1 (L6006–6025): population 79,000; the study gives no year, "
    "2008 is the year of the budget figure in the same passage. Council 35 seats, "
    "8 parties; budget €185 m (2008). Partner cities: Villa El Salvador, "
    "Berlin-Tempelhof, Woking and Óbuda-Békásmegyer."
  },
  [VILLA_EL_SALVADOR] = {
    "Villa El Salvador", "PE", "Lima", 400000, 2006, "America/Lima", FALSE,
    "Bontenbal 2009, §5.2 (L6099–6135): a District Municipality of Lima since 1983 "
    "with “over 400,000 inhabitants”, stored as 400,000; the year 2006 is that of "
    "Table 6.6 (L8307–8322), which gives 400,000 as its approximate population. "
    "54% lived below the poverty line in 2001. Sister cities: Amstelveen, Santa "
    "Coloma de Gramenet, Rezé and Tübingen (L7763–7766)."
  },
  [TREPTOW_KOEPENICK] = {
    "Treptow-Köpenick", "DE", "Berlin", 238000, 2007, "Europe/Berlin", TRUE,
    "Bontenbal 2009, §5.1 (L6046–6079): one of the 12 Districts of Berlin, not "
    "politically and financially independent of the Senate; population 238,000. "
    "The study gives no year; 2007 is the year of the statistics it cites for the "
    "District (fn 77). District council 55 seats, 8 parties; eleven partner cities."
  },
  [CAJAMARCA] = {
    "Cajamarca", "PE", "Cajamarca", 150000, 2007, "America/Lima", FALSE,
    "Bontenbal 2009, §5.2 (L6171–6235): Provincial Municipality; 150,000 inhabitants "
    "in the urban area (INEI 2007). In the region 63.8% live in extreme poverty; "
    "mining transfers to the Provincial Government rose from 4 million Soles (2002) "
    "to 88 million (2007)."
  },
  [UTRECHT] = {
    "Utrecht", "NL", "Utrecht", 300000, 2008, "Europe/Amsterdam", TRUE,
    "Bontenbal 2009, §5.1 (L6027–6044): population approximately 300,000; the study "
    "gives no year, 2008 is the year of the budget figure in the same passage. "
    "Council 45 seats, 10 parties (term 2006–2010); budget €1.5 bn (2008); about "
    "4,000 staff (L8040). Partner cities: León and Brno."
  },
  [LEON] = {
    "León", "NI", "León", 200000, 2007, "America/Managua", FALSE,
    "Bontenbal 2009, §5.2 (L6237–6289): second city of Nicaragua, population 200,000; "
    "the study gives no year, 2007 is the year of Table 6.6 (L8307–8322), which "
    "gives the same figure. About 700 municipal staff (L8040); nine sister cities "
    "(fn 139, L8243–8246)."
  },
  [ALPHEN] = {
    "Alphen aan den Rijn", "NL", "South Holland", 71000, 2008, "Europe/Amsterdam", TRUE,
    "Bontenbal 2009, §5.1 (L6081–6096): population 71,000; the study gives no year, "
    "2008 is the year of the budget figure in the same passage. Council 35 seats, "
    "9 parties; budget €200 m (2008). Oudtshoorn is its only twinning partner."
  },
  [OUDTSHOORN] = {
    "Oudtshoorn", "ZA", "Western Cape", 87000, 2004, "Africa/Johannesburg", FALSE,
    "Bontenbal 2009, §5.2 (L6290–6349): part of Eden District Municipality; "
    "population approximately 87,000 in 2004; council 23 seats, 4 parties. The "
    "Municipal Manager heads the administration of three departments."
  },
};

/* Partnerships (Table 5.1, L6767–6819; histories in §5.3) */

#define END_OF_MOTIVES (-1)

typedef struct
{
  int                 north;
  int                 south;
  CpInitiativeOrigin  origin;
  int                 motives[4];   /* CpMotive, up to END_OF_MOTIVES */
  const char         *themes[6];    /* up to NULL */
  const char         *first_contact;
  gboolean            first_contact_approximate;
  const char         *agreement_date;
  const char         *active_since;
  const char         *status_note;
  const char         *description;
  const char         *note;
} SamplePartnership;

static const SamplePartnership partnerships[N_PARTNERSHIPS] = {
  [AMSTELVEEN_VES] = {
    AMSTELVEEN, VILLA_EL_SALVADOR,
    CP_INITIATIVE_ORIGIN_CIVIL_SOCIETY_NORTH,
    { CP_MOTIVE_DEVELOPMENT_PROJECT, CP_MOTIVE_KNOWLEDGE_EXCHANGE, CP_MOTIVE_GLOBAL_AWARENESS, END_OF_MOTIVES },
    { "municipal finance", "environment and waste management", "institutional strengthening",
      "awareness raising", NULL },
    "1987", FALSE, "1997",
    "1997",
    "Bontenbal 2009, L6390–6391: the cooperation agreement of 1997 institutionalised the "
    "partnership. Without VNG funding after 2007 the study calls the continuation of "
    "municipal participation “somewhat uncertain” (L6419–6424), but records no change "
    "of status.",
    "The partnership grew from civil society contacts made in 1987 through Novib’s "
    "‘Gast aan Tafel’ campaign; Amstelveen citizens then asked the municipality to make "
    "it a municipal affair, and the cooperation agreement of 1997 institutionalised it. "
    "Between 1997 and 2007 the two municipalities cooperated in VNG International "
    "programmes, lately to strengthen the administration of Villa El Salvador in "
    "municipal finance and in environment and waste management. Since 2003 the "
    "municipality of Amstelveen also leads the awareness raising, as there is no "
    "coordinating civil society entity.",
    "Bontenbal 2009, Table 5.1 (L6767–6819): initiative civil society driven, North; "
    "initial motive a development cooperation project; first contacts 1987; agreement "
    "1997. History §5.3 (L6382–6424). The motives of Amstelveen’s international "
    "policy add knowledge exchange and global awareness (L7042–7049). Themes: Box 0.1 "
    "(L471–474) and L6404–6409."
  },
  [TK_CAJAMARCA] = {
    TREPTOW_KOEPENICK, CAJAMARCA,
    CP_INITIATIVE_ORIGIN_POLITICAL_NORTH_SOUTH,
    { CP_MOTIVE_LOCAL_AGENDA_21, CP_MOTIVE_INTERNATIONAL_SOLIDARITY, END_OF_MOTIVES },
    { "Local Agenda 21", "school and kindergarten exchanges", "awareness raising",
      "open-pit mining", "health care projects", NULL },
    "1994", TRUE, "1998-05",
    "1998-05",
    "Bontenbal 2009, L6476–6478: agreement signed in May 1998. Municipal interaction has "
    "been slack since 2002 (L7904–7909) while the civil wing carried on; the 10th "
    "anniversary was celebrated in 2008 (L9217–9218). The study records no change of "
    "status.",
    "Set up in 1998 as the North-South component of Local Agenda 21 in "
    "Treptow-Köpenick, after the Mayors of Köpenick and Cajamarca met in Berlin in 1995 "
    "and the Berlin NGO KATE brokered the first steps. The partnership is mainly driven "
    "by civil society: it fosters exchanges of schools and kindergarten teachers, "
    "awareness raising and fundraising, and draws attention to the consequences of "
    "open-pit mining in Cajamarca. Municipal exchanges have been rare since 2002.",
    "Bontenbal 2009, Table 5.1 (L6767–6819): initiative political, North and South, "
    "process driven by a Berlin NGO; initial motive Local Agenda 21; first contacts "
    "around 1994; agreement May 1998 (L6476). History §5.3 (L6435–6538); LA21 "
    "Objective 3 seeks to “support development processes in solidarity” (Box 5.1, "
    "L6528–6530). Themes: L6439–6446."
  },
  [UTRECHT_LEON] = {
    UTRECHT, LEON,
    CP_INITIATIVE_ORIGIN_CIVIL_SOCIETY_NORTH,
    { CP_MOTIVE_INTERNATIONAL_SOLIDARITY, CP_MOTIVE_DEVELOPMENT_PROJECT, END_OF_MOTIVES },
    { "urban expansion (León Sur Este)", "institutional strengthening", "river sanitation",
      "education", "sustainability", NULL },
    "1983", FALSE, "1985",
    "1985",
    "Bontenbal 2009, Table 5.1 (L6799–6805): formal partnership since 1985; its 25th "
    "anniversary was celebrated in 2008 (L9217–9218).",
    "The partnership began in 1983 with a civil visit from Utrecht to León in "
    "solidarity with Nicaragua; the Foundation Utrecht-León asked the municipality to "
    "make it a municipal link, and after a mission in 1985 the city council accepted "
    "six cooperation projects. A municipal and a civil track have run side by side "
    "ever since, moving from small short-term projects to long-term programmes such as "
    "the Río Chiquito project and, from 1998, the León Sur Este urban expansion "
    "programme with institutional strengthening of the municipality.",
    "Bontenbal 2009, Table 5.1 (L6767–6819): initiative civil society driven, North; "
    "initial motive international solidarity; first contacts 1983; agreement 1985. "
    "History §5.3 (L6540–6644); later “project-oriented” motives (L6571–6575). "
    "Themes: Box 0.1 (L476–479), L6619–6626, L10546–10547."
  },
  [ALPHEN_OUDTSHOORN] = {
    ALPHEN, OUDTSHOORN,
    CP_INITIATIVE_ORIGIN_PERSONAL_NORTH_SOUTH,
    { CP_MOTIVE_HISTORICAL_TIES, CP_MOTIVE_GLOBAL_AWARENESS, END_OF_MOTIVES },
    { "performance management", "HIV/AIDS", "gender", "social housing",
      "community development", NULL },
    "1962", FALSE, "2002-04-06",
    "2002-04-06",
    "Bontenbal 2009, L6695–6699: twinning agreement signed on 6 April 2002. Activities "
    "were put on hold during the 2006–2007 crisis in Oudtshoorn (L8021–8028); the study "
    "records no change of status.",
    "First, unofficial contacts in 1962 remained an isolated event; after a fact-finding "
    "mission in 2000 Alphen chose Oudtshoorn, and the twinning agreement was signed in "
    "Oudtshoorn on 6 April 2002. It is a two-track partnership of government and civil "
    "interaction that aims to strengthen institutional performance and community "
    "development in Oudtshoorn: a Performance Management System, and policymaking on "
    "HIV/AIDS, gender and social housing.",
    "Bontenbal 2009, Table 5.1 (L6767–6819): initiative personal, North and South; "
    "initial motive historical ties and political global awareness; first contacts "
    "1962; agreement 6 April 2002 (L6695). History §5.3 (L6646–6736). Themes: Box 0.1 "
    "(L486–490), L6649–6657."
  },
};

/* Agreements and other instruments (§8.2.2, L10530–10611) */

typedef struct
{
  int              partnership;
  CpAgreementKind  kind;
  const char      *title;
  const char      *signed_on;
  const char      *note;
} SampleAgreement;

static const SampleAgreement agreements[] = {
  { AMSTELVEEN_VES, CP_AGREEMENT_KIND_COOPERATION_AGREEMENT,
    "Cooperation agreement", "1997",
    "Bontenbal 2009, L6383–6384, L6390–6391: the signing of the cooperation agreement in "
    "1997 institutionalised the partnership; agreements were signed by the Mayors in "
    "all four cases (L7510–7511)." },
  { AMSTELVEEN_VES, CP_AGREEMENT_KIND_DECLARATION_OF_INTENTION,
    "Declarations of intention for projects and exchanges", "",
    "Bontenbal 2009, L10552–10555: Amstelveen and Villa El Salvador use ‘Declarations of "
    "Intention’ for specific projects and exchange activities. Undated." },

  { TK_CAJAMARCA, CP_AGREEMENT_KIND_COOPERATION_AGREEMENT,
    "Cooperation agreement", "1998-05",
    "Bontenbal 2009, L6476–6478: signed in Cajamarca by the two Mayors and by two "
    "representatives of the LA21 stakeholder groups of Köpenick (the “Pillars”). It "
    "builds on the principles of Local Agenda 21 (L10545–10546) and names the Planning "
    "and Technical Cooperation Office of Cajamarca as responsible unit (L7846–7848)." },
  { TK_CAJAMARCA, CP_AGREEMENT_KIND_COOPERATION_AGREEMENT,
    "Renewal of the cooperation agreement", "2005",
    "Bontenbal 2009, L6478–6479: renewed in 2005 during a visit of the Mayor of "
    "Treptow-Köpenick to Cajamarca (fn 203, L10582, says “after five years”). Both "
    "partners fall short in meeting its objectives (fn 202, L10578–10580)." },

  { UTRECHT_LEON, CP_AGREEMENT_KIND_COOPERATION_AGREEMENT,
    "Formal partnership agreement", "1985",
    "Bontenbal 2009, Table 5.1 (L6799–6805): formal partnership agreement 1985, after "
    "the municipal mission to León (L6563–6565). The agreements of Utrecht and León are "
    "organised around the concept of sustainability (L10546–10547)." },
  { UTRECHT_LEON, CP_AGREEMENT_KIND_COOPERATION_AGREEMENT,
    "Sustainability agreement 2001", "2001",
    "Bontenbal 2009, fn 203 (L10582–10584): Utrecht and León signed sustainability "
    "agreements in 2001, 2003 and 2007." },
  { UTRECHT_LEON, CP_AGREEMENT_KIND_COOPERATION_AGREEMENT,
    "Sustainability agreement 2003", "2003",
    "Bontenbal 2009, fn 203 (L10582–10584): Utrecht and León signed sustainability "
    "agreements in 2001, 2003 and 2007." },
  { UTRECHT_LEON, CP_AGREEMENT_KIND_COOPERATION_AGREEMENT,
    "Sustainability agreement 2007", "2007",
    "Bontenbal 2009, fn 203 (L10582–10584): Utrecht and León signed sustainability "
    "agreements in 2001, 2003 and 2007." },
  { UTRECHT_LEON, CP_AGREEMENT_KIND_TERMS_OF_REFERENCE,
    "Terms of reference for work visits", "",
    "Bontenbal 2009, L10585–10594: drafted in preparation of each work visit, "
    "constituted by León and approved by Utrecht; they set the objectives, activities "
    "and expected output of a mission. Undated." },
  { UTRECHT_LEON, CP_AGREEMENT_KIND_PARTNERSHIP_PLAN,
    "Annual plan", "",
    "Bontenbal 2009, L10597–10598: annual plans (Utrecht, Alphen) and annual reports "
    "(Utrecht) serve to monitor partnership activities. Undated." },

  { ALPHEN_OUDTSHOORN, CP_AGREEMENT_KIND_COOPERATION_AGREEMENT,
    "Twinning agreement", "2002-04-06",
    "Bontenbal 2009, L6695–6699: signed in Oudtshoorn on 6 April 2002, by the Mayors as "
    "in all cases (L7510–7511); the date, exactly 350 years after Jan van Riebeeck set "
    "foot in South Africa, added symbolic meaning (L10540–10542)." },
  { ALPHEN_OUDTSHOORN, CP_AGREEMENT_KIND_MEMORANDUM_OF_UNDERSTANDING,
    "Memorandums of understanding at the end of work visits", "",
    "Bontenbal 2009, L10555–10557 and L10585: Alphen and Oudtshoorn sign an MoU at the end of each "
    "work visit to summarise its outcomes and agree on the next steps. Undated." },
  { ALPHEN_OUDTSHOORN, CP_AGREEMENT_KIND_PARTNERSHIP_PLAN,
    "Annual plan", "",
    "Bontenbal 2009, L10597–10598: annual plans (Utrecht, Alphen) serve to monitor "
    "partnership activities. Undated." },
};

/* Actors (Chapter 7: §7.1.1, L8719–8965; §7.2.1, L9370–9646; Figures 7.7–7.8) */

typedef struct
{
  int              partnership;
  const char      *name;
  CpActorCategory  category;
  CpActorRole      role;
  int              municipality;
  const char      *note;
} SampleActor;

static const SampleActor actors[] = {
  { AMSTELVEEN_VES, "VNG International", CP_ACTOR_CATEGORY_MUNICIPAL_ASSOCIATION,
    CP_ACTOR_ROLE_FUNDER, NO_MUNICIPALITY,
    "Bontenbal 2009, L7407–7409 and L7454: VNG contributed 78.5% of the project aid Amstelveen "
    "invested in Villa El Salvador in 2004–2007 (€274,000); VNG-I programmes 1997–2007 (L6391–6392)." },
  { AMSTELVEEN_VES, "Novib (now Oxfam Novib)", CP_ACTOR_CATEGORY_NGO,
    CP_ACTOR_ROLE_PROJECT_PARTNER, NO_MUNICIPALITY,
    "Bontenbal 2009, L6386–6388 and fn 88 (L6426): the Dutch NGO organised the ‘Gast aan "
    "Tafel’ project through which the first contacts were made in 1987." },
  { AMSTELVEEN_VES, "Centre for Development Cooperation (COS)", CP_ACTOR_CATEGORY_CCSE,
    CP_ACTOR_ROLE_COORDINATOR, AMSTELVEEN,
    "Bontenbal 2009, L8751–8761: the regional COS carried out awareness raising for the "
    "partnership until the municipality halted its subsidy in 2003; since then "
    "Amstelveen has no CCSE (L6410–6417)." },
  { AMSTELVEEN_VES, "Woongroep Holland", CP_ACTOR_CATEGORY_HOUSING_ASSOCIATION,
    CP_ACTOR_ROLE_FUNDER, AMSTELVEEN,
    "Bontenbal 2009, L8849–8853: the housing association funded a municipal technical "
    "support office in Villa El Salvador that advises citizens on housing construction." },
  { AMSTELVEEN_VES, "Province of Noord-Holland", CP_ACTOR_CATEGORY_GOVERNMENT,
    CP_ACTOR_ROLE_FUNDER, NO_MUNICIPALITY,
    "Bontenbal 2009, L8856–8858 and L7454–7455: the Province funded a water and "
    "sanitation system in one of the younger neighbourhoods of Villa El Salvador." },
  { AMSTELVEEN_VES, "Rotary Club (Amstelveen)", CP_ACTOR_CATEGORY_BUSINESS,
    CP_ACTOR_ROLE_FUNDER, AMSTELVEEN,
    "Bontenbal 2009, L6396–6398 and L8905–8908: the Rotary takes part in the "
    "people-to-people contacts; Rotary clubs in the Dutch cities donate money and run "
    "charity projects." },
  { AMSTELVEEN_VES, "Schools in Amstelveen", CP_ACTOR_CATEGORY_SCHOOL,
    CP_ACTOR_ROLE_TWINNING_PARTNER, AMSTELVEEN,
    "Bontenbal 2009, L6396–6398 and L8947–8956: schools keep people-to-people contacts "
    "with Villa El Salvador through exchanges, letters and fundraising." },
  { AMSTELVEEN_VES, "Dutch embassy in Peru", CP_ACTOR_CATEGORY_DONOR,
    CP_ACTOR_ROLE_PROJECT_PARTNER, NO_MUNICIPALITY,
    "Bontenbal 2009, L9493–9497: part of the network, but it does not take part "
    "financially or technically; it gives moral support and facilitates communication "
    "and delegation visits." },
  { AMSTELVEEN_VES, "Delegation of the European Union in Peru", CP_ACTOR_CATEGORY_DONOR,
    CP_ACTOR_ROLE_FUNDER, NO_MUNICIPALITY,
    "Bontenbal 2009, L9493–9495: the EU sponsored an element of the environmental "
    "project facilitated by Amstelveen." },
  { AMSTELVEEN_VES, "Sports project (Villa El Salvador)", CP_ACTOR_CATEGORY_NGO,
    CP_ACTOR_ROLE_BENEFICIARY, VILLA_EL_SALVADOR,
    "Bontenbal 2009, L9615–9617: an example of a beneficiary financially supported by "
    "the partner city in the North; without a CCSE it stays an isolated actor "
    "(L9394–9396)." },

  { TK_CAJAMARCA, "Working Group Cajamarca", CP_ACTOR_CATEGORY_CCSE,
    CP_ACTOR_ROLE_COORDINATOR, TREPTOW_KOEPENICK,
    "Bontenbal 2009, L8763–8793: a thematic subdivision of the District’s LA21 "
    "association, with about a dozen volunteers and representatives of schools, "
    "kindergartens and the District administration; it leads the partnership "
    "(the LA21 working group ‘Staepa’, L6466–6468)." },
  { TK_CAJAMARCA, "Working Group C2C Partnership Treptow-Köpenick", CP_ACTOR_CATEGORY_CCSE,
    CP_ACTOR_ROLE_COORDINATOR, CAJAMARCA,
    "Bontenbal 2009, L9418–9437: about twenty volunteers and civil stakeholders led by "
    "three volunteers, without legal status; in 2006 it became the 7th thematic axis of "
    "the Roundtables of Cajamarca (L9729–9734)." },
  { TK_CAJAMARCA, "KATE (Kontaktstelle für Umwelt und Entwicklung)", CP_ACTOR_CATEGORY_NGO,
    CP_ACTOR_ROLE_COORDINATOR, NO_MUNICIPALITY,
    "Bontenbal 2009, L6459–6467: the Berlin NGO brokered the meeting of the Mayors and "
    "guided Köpenick in setting up the partnership (1995–1997), then retreated." },
  { TK_CAJAMARCA, "GRUFIDES", CP_ACTOR_CATEGORY_NGO,
    CP_ACTOR_ROLE_PROJECT_PARTNER, CAJAMARCA,
    "Bontenbal 2009, L9625–9629 and fn 170 (L9638): an NGO for sustainable development, source "
    "of information and counterpart of the Working Group Cajamarca in its lobby on "
    "sustainable mining in Peru." },
  { TK_CAJAMARCA, "Anne Frank school (Treptow-Köpenick)", CP_ACTOR_CATEGORY_SCHOOL,
    CP_ACTOR_ROLE_TWINNING_PARTNER, TREPTOW_KOEPENICK,
    "Bontenbal 2009, L9697–9699: twinned with the St. Vicente de Paúl school in Otuzco "
    "outside Cajamarca, bilaterally rather than through the CCSEs." },
  { TK_CAJAMARCA, "St. Vicente de Paúl school (Otuzco)", CP_ACTOR_CATEGORY_SCHOOL,
    CP_ACTOR_ROLE_TWINNING_PARTNER, CAJAMARCA,
    "Bontenbal 2009, L9697–9699: twinned with the Anne Frank school in Treptow-Köpenick." },
  { TK_CAJAMARCA, "Humboldt University Berlin", CP_ACTOR_CATEGORY_UNIVERSITY,
    CP_ACTOR_ROLE_TWINNING_PARTNER, NO_MUNICIPALITY,
    "Bontenbal 2009, L9433–9436: a representative visited the National University in "
    "Cajamarca to discuss cooperation, without informing the Working Group." },
  { TK_CAJAMARCA, "National University of Cajamarca", CP_ACTOR_CATEGORY_UNIVERSITY,
    CP_ACTOR_ROLE_TWINNING_PARTNER, CAJAMARCA,
    "Bontenbal 2009, L9433–9436 and L9699–9700: contacts with the Humboldt University "
    "in Berlin." },
  { TK_CAJAMARCA, "Home for disabled children (Cajamarca)", CP_ACTOR_CATEGORY_NGO,
    CP_ACTOR_ROLE_BENEFICIARY, CAJAMARCA,
    "Bontenbal 2009, L9615–9618 and L9694–9697: a beneficiary supported from Germany, "
    "run with its own fundraising network outside the Working Group." },
  { TK_CAJAMARCA, "ASA programme", CP_ACTOR_CATEGORY_DONOR,
    CP_ACTOR_ROLE_FUNDER, NO_MUNICIPALITY,
    "Bontenbal 2009, L8894–8896 and fn 159 (L8930–8932): financed three-month "
    "environment-related internships in Germany for officials and students from "
    "Cajamarca." },

  { UTRECHT_LEON, "Foundation Utrecht-León", CP_ACTOR_CATEGORY_CCSE,
    CP_ACTOR_ROLE_COORDINATOR, UTRECHT,
    "Bontenbal 2009, L8795–8822: board of five, an Advisory Committee, a paid "
    "coordinator, two part-time staff and about 20 volunteers; funded by the "
    "municipality for its administration costs (L9155–9157) and raising some €50,000 "
    "a year itself." },
  { UTRECHT_LEON, "Foundation Utrecht-León, León office", CP_ACTOR_CATEGORY_CCSE,
    CP_ACTOR_ROLE_COORDINATOR, LEON,
    "Bontenbal 2009, L9438–9454: the local representation of the Foundation; a Leonese "
    "representative for 24 hours a week since 2006; supervises projects funded by "
    "Utrecht civil society." },
  { UTRECHT_LEON, "Foundation DIA", CP_ACTOR_CATEGORY_NGO,
    CP_ACTOR_ROLE_COORDINATOR, LEON,
    "Bontenbal 2009, L9455–9469: local representative of the Municipality of Utrecht "
    "in León since 2005; manages funding, arranges delegation visits and implements "
    "some projects, such as the rural projects and the tanneries." },
  { UTRECHT_LEON, "VNG International", CP_ACTOR_CATEGORY_MUNICIPAL_ASSOCIATION,
    CP_ACTOR_ROLE_FUNDER, NO_MUNICIPALITY,
    "Bontenbal 2009, L7463–7464: VNG funding accounts for 40–50% of the annual budget "
    "of the León Sur Este project." },
  { UTRECHT_LEON, "LBSNN", CP_ACTOR_CATEGORY_MUNICIPAL_ASSOCIATION,
    CP_ACTOR_ROLE_FUNDER, NO_MUNICIPALITY,
    "Bontenbal 2009, L8889–8894 and fn 97 (L6680–6682): the national platform of Dutch "
    "cities with a Nicaraguan partner; with Hivos it supports the Foundation’s work on "
    "primary education (MDG-2)." },
  { UTRECHT_LEON, "Hivos", CP_ACTOR_CATEGORY_NGO,
    CP_ACTOR_ROLE_FUNDER, NO_MUNICIPALITY,
    "Bontenbal 2009, L8886–8889 and fn 97 (L6680–6682): one of the Dutch co-financing "
    "NGOs (MFOs) that fund partnership and awareness-raising activities." },
  { UTRECHT_LEON, "REMU", CP_ACTOR_CATEGORY_BUSINESS,
    CP_ACTOR_ROLE_PROJECT_PARTNER, UTRECHT,
    "Bontenbal 2009, L8857–8859: the local electricity company facilitated solar panels "
    "in the rural development project in Clarisa Cárdenas outside León." },
  { UTRECHT_LEON, "Jaarbeurs Utrecht", CP_ACTOR_CATEGORY_BUSINESS,
    CP_ACTOR_ROLE_PROJECT_PARTNER, UTRECHT,
    "Bontenbal 2009, L8912–8916 and L8939–8942: the principal fair of the Netherlands brings its "
    "expertise to the planned international trade fair in León." },
  { UTRECHT_LEON, "UNAN (National Autonomous University of Nicaragua)", CP_ACTOR_CATEGORY_UNIVERSITY,
    CP_ACTOR_ROLE_TWINNING_PARTNER, LEON,
    "Bontenbal 2009, Figure 7.7 (L9270–9272) and L6241–6243: higher education in the "
    "León network; universities are twinning partners (L9620–9622)." },
  { UTRECHT_LEON, "Cooperative of local tanners (León)", CP_ACTOR_CATEGORY_BUSINESS,
    CP_ACTOR_ROLE_BENEFICIARY, LEON,
    "Bontenbal 2009, L9464–9470: a project funded by Utrecht upgraded the tanneries and "
    "strengthened the tanners’ cooperative, also with civil fundraising in Utrecht." },

  { ALPHEN_OUDTSHOORN, "Platform Stedenband Oudtshoorn", CP_ACTOR_CATEGORY_CCSE,
    CP_ACTOR_ROLE_COORDINATOR, ALPHEN,
    "Bontenbal 2009, L8824–8843: a foundation with five board members, started in "
    "February 2003; campaigns, raises awareness and runs school projects; funded by "
    "the municipality for its operational costs (L9185–9188)." },
  { ALPHEN_OUDTSHOORN, "VNG International", CP_ACTOR_CATEGORY_MUNICIPAL_ASSOCIATION,
    CP_ACTOR_ROLE_FUNDER, NO_MUNICIPALITY,
    "Bontenbal 2009, L7464–7465: virtually all technical exchanges and work visits are "
    "financed by VNG subsidies; MMTP training in 2000 (L6688–6690)." },
  { ALPHEN_OUDTSHOORN, "Stellenbosch University, School of Public Management and Planning",
    CP_ACTOR_CATEGORY_UNIVERSITY, CP_ACTOR_ROLE_PROJECT_PARTNER, NO_MUNICIPALITY,
    "Bontenbal 2009, L9529–9541: subcontracted by Alphen, its consultants trained "
    "councillors and staff to implement the Performance Management System." },
  { ALPHEN_OUDTSHOORN, "Oudtshoorn Business Chamber", CP_ACTOR_CATEGORY_BUSINESS,
    CP_ACTOR_ROLE_PROJECT_PARTNER, OUDTSHOORN,
    "Bontenbal 2009, L9546–9596: six members visited Alphen in 2004; linked its "
    "vocational training centre to the partnership; with the Rotary it takes on roles "
    "that CCSEs have elsewhere (L9600–9602)." },
  { ALPHEN_OUDTSHOORN, "Rotary Club (Oudtshoorn)", CP_ACTOR_CATEGORY_BUSINESS,
    CP_ACTOR_ROLE_COORDINATOR, OUDTSHOORN,
    "Bontenbal 2009, L9596–9600: coordinated the distribution of wheelchairs donated by "
    "the Rotary in Alphen and selected the schools for donated playgrounds." },
  { ALPHEN_OUDTSHOORN, "Rotary Club (Alphen aan den Rijn)", CP_ACTOR_CATEGORY_BUSINESS,
    CP_ACTOR_ROLE_FUNDER, ALPHEN,
    "Bontenbal 2009, L9596–9598: collected and donated wheelchairs for Oudtshoorn." },
  { ALPHEN_OUDTSHOORN, "OHANET", CP_ACTOR_CATEGORY_NGO,
    CP_ACTOR_ROLE_PROJECT_PARTNER, OUDTSHOORN,
    "Bontenbal 2009, L9625–9626: an NGO, counterpart in Alphen’s HIV/AIDS project." },
  { ALPHEN_OUDTSHOORN, "Gespreksforum (consultative forum)", CP_ACTOR_CATEGORY_CCSE,
    CP_ACTOR_ROLE_COORDINATOR, OUDTSHOORN,
    "Bontenbal 2009, L9399–9415: approved by Oudtshoorn Municipality two years after "
    "the 2002 agreement, with ten sub-committees; it lost momentum and never became an "
    "organisation, and a Civic Forum may replace it." },
  { ALPHEN_OUDTSHOORN, "Child care centres (Oudtshoorn)", CP_ACTOR_CATEGORY_SCHOOL,
    CP_ACTOR_ROLE_BENEFICIARY, OUDTSHOORN,
    "Bontenbal 2009, L9615–9618 and L6657–6659: received toys and furniture from Alphen; "
    "an example of a beneficiary." },
  { ALPHEN_OUDTSHOORN, "Vocational training centre (Oudtshoorn)", CP_ACTOR_CATEGORY_SCHOOL,
    CP_ACTOR_ROLE_BENEFICIARY, OUDTSHOORN,
    "Bontenbal 2009, L9590–9596: started by the Business Chamber to train unemployed "
    "youth; 41 students from Alphen raised €41,000 to upgrade its building (2007)." },
};

/* Milestones (the domain notes' §6.1 “Further milestones”, from Chapters 5–8) */

typedef struct
{
  int         partnership;
  const char *date;
  const char *title;
  const char *note;
} SampleEvent;

static const SampleEvent events[] = {
  { AMSTELVEEN_VES, "1987", "First contacts through Novib’s ‘Gast aan Tafel’ project",
    "Bontenbal 2009, L6385–6390: Amstelveen citizens then asked the municipality to "
    "formalise the relationship." },
  { AMSTELVEEN_VES, "1997", "Cooperation agreement signed",
    "Bontenbal 2009, L6390–6391." },
  { AMSTELVEEN_VES, "1997", "Cooperation within VNG International programmes begins (1997–2007)",
    "Bontenbal 2009, L6391–6392." },
  { AMSTELVEEN_VES, "2003", "Fundraising campaign after a fire in Villa El Salvador",
    "Bontenbal 2009, Table 6.3 (L7669–7670) and fn 111 (L7366–7368): the Mayor of "
    "Amstelveen led the campaign; the council donated for the reconstruction." },
  { AMSTELVEEN_VES, "2003", "The municipality takes over awareness raising from COS",
    "Bontenbal 2009, L6410–6413 and L8754–8761: the subsidy to COS was halted." },
  { AMSTELVEEN_VES, "2004", "Sister-city conference in Villa El Salvador",
    "Bontenbal 2009, L8358–8365: three days with Amstelveen, Santa Coloma de Gramenet "
    "and Rezé; no joint projects could be agreed." },
  { AMSTELVEEN_VES, "2007-06", "10th anniversary festival in Amstelveen",
    "Bontenbal 2009, Box 7.2 (L9214–9217)." },
  { AMSTELVEEN_VES, "2008", "No more VNG funding: Peru is not a LOGO South country",
    "Bontenbal 2009, L6419–6424: after 2007 Amstelveen had to seek new funding, which "
    "made municipal participation “somewhat uncertain”." },

  { TK_CAJAMARCA, "1994", "Local Agenda 21 process starts in Köpenick",
    "Bontenbal 2009, Box 5.1 (L6502–6504): “started around 1994”, one of the first in "
    "Germany." },
  { TK_CAJAMARCA, "1995", "The Mayors of Köpenick and Cajamarca meet at the World Mayors’ Conference in Berlin",
    "Bontenbal 2009, L6448–6449." },
  { TK_CAJAMARCA, "1995", "KATE guides Köpenick in setting up the partnership (1995–1997)",
    "Bontenbal 2009, L6463–6468: the lead then passed to the LA21 working group." },
  { TK_CAJAMARCA, "1998-05", "Cooperation agreement signed in Cajamarca",
    "Bontenbal 2009, L6476–6478: by the two Mayors and two representatives of the LA21 "
    "“Pillars” of Köpenick." },
  { TK_CAJAMARCA, "2002", "Last municipal technical exchanges",
    "Bontenbal 2009, L7904–7907: during the mayoral term of 1999–2002 in Cajamarca; "
    "municipal interaction has been slack since." },
  { TK_CAJAMARCA, "2005", "Agreement renewed during a visit of the Mayor of Treptow-Köpenick",
    "Bontenbal 2009, L6478–6479 and L7907–7911: the Mayor of Cajamarca showed little "
    "interest in partnership affairs." },
  { TK_CAJAMARCA, "2006", "The partnership becomes the 7th thematic axis of the Roundtables of Cajamarca",
    "Bontenbal 2009, L9729–9735." },
  { TK_CAJAMARCA, "2007", "New official in Cajamarca starts without partnership records",
    "Bontenbal 2009, L7849–7860: the previous liaison officer had left without an "
    "archive of partnership documentation." },
  { TK_CAJAMARCA, "2008-05", "10th-anniversary visit of the Mayor of Treptow-Köpenick",
    "Bontenbal 2009, L7911–7914: she had not received an official invitation from "
    "Cajamarca." },

  { UTRECHT_LEON, "1983", "Civil visit from Utrecht to León and a return visit",
    "Bontenbal 2009, L6541–6545: organised by a member of the Dutch Nicaragua "
    "Committee; schools began to exchange letters." },
  { UTRECHT_LEON, "1985", "Municipal mission to León; council accepts six cooperation projects",
    "Bontenbal 2009, L6563–6565." },
  { UTRECHT_LEON, "1986", "Municipal coordinator appointed in Utrecht",
    "Bontenbal 2009, L6565–6566." },
  { UTRECHT_LEON, "1990", "Río Chiquito integrated project starts (early 1990s)",
    "Bontenbal 2009, L6604–6616: the study dates it “in the early 1990s”; it came to "
    "include more than 20,000 people." },
  { UTRECHT_LEON, "1997", "External evaluation of the partnership",
    "Bontenbal 2009, L10603–10606: followed by evaluations every four years." },
  { UTRECHT_LEON, "1998", "León Sur Este urban expansion programme starts",
    "Bontenbal 2009, L6619–6622: 5,000 plots for low- and medium-income housing." },
  { UTRECHT_LEON, "2001", "Sustainability agreement signed",
    "Bontenbal 2009, fn 203 (L10582–10584)." },
  { UTRECHT_LEON, "2001", "The Foundation stations a Dutch coordinator in León (2001–2007)",
    "Bontenbal 2009, L8801–8802; L9440–9442 dates the Leonese successor from 2006." },
  { UTRECHT_LEON, "2003", "Sustainability agreement signed",
    "Bontenbal 2009, fn 203 (L10582–10584)." },
  { UTRECHT_LEON, "2005", "Foundation DIA replaces the municipal representative in León",
    "Bontenbal 2009, L9455–9458." },
  { UTRECHT_LEON, "2007", "Sustainability agreement signed",
    "Bontenbal 2009, fn 203 (L10582–10584)." },
  { UTRECHT_LEON, "2007-03", "Sister-cities conference of León in Zaragoza",
    "Bontenbal 2009, L8334–8338: over 80 delegates." },
  { UTRECHT_LEON, "2008", "25th anniversary",
    "Bontenbal 2009, Box 7.2 (L9217–9218)." },

  { ALPHEN_OUDTSHOORN, "1962", "First, unofficial contacts",
    "Bontenbal 2009, L6669–6670: they remained an isolated event." },
  { ALPHEN_OUDTSHOORN, "1980", "Attempts to renew contacts in the 1980s held back",
    "Bontenbal 2009, L6670–6673: driven by a councillor, held back by the Dutch "
    "municipal movement against Apartheid." },
  { ALPHEN_OUDTSHOORN, "1993", "Alphen’s first International Cooperation policy",
    "Bontenbal 2009, L6673–6675." },
  { ALPHEN_OUDTSHOORN, "1998", "Court programme 1998–2002 commits to a South African partner city",
    "Bontenbal 2009, L6676–6687." },
  { ALPHEN_OUDTSHOORN, "2000", "MMTP training in Alphen and fact-finding mission to South Africa",
    "Bontenbal 2009, L6688–6695: Alphen hosted officials from three South African "
    "municipalities and chose Oudtshoorn." },
  { ALPHEN_OUDTSHOORN, "2002-04-06", "Twinning agreement signed in Oudtshoorn",
    "Bontenbal 2009, L6695–6697." },
  { ALPHEN_OUDTSHOORN, "2003-02", "Platform Stedenband Oudtshoorn founded",
    "Bontenbal 2009, L8825–8826 and L6698–6702." },
  { ALPHEN_OUDTSHOORN, "2004", "Oudtshoorn approves the Gespreksforum",
    "Bontenbal 2009, L9400–9404." },
  { ALPHEN_OUDTSHOORN, "2004", "Six members of the Oudtshoorn Business Chamber visit Alphen",
    "Bontenbal 2009, L9550–9552." },
  { ALPHEN_OUDTSHOORN, "2004", "Alphen council proposes to remove International Cooperation from the budget",
    "Bontenbal 2009, L7517–7519: in the context of municipal expenditure cuts." },
  { ALPHEN_OUDTSHOORN, "2006", "Crisis in Oudtshoorn puts the activities on hold (2006–2007)",
    "Bontenbal 2009, Box 6.6 (L8021–8028): the municipality was placed under the "
    "administration of the Provincial Government." },
  { ALPHEN_OUDTSHOORN, "2007", "41 students from Alphen work in Oudtshoorn and raise €41,000",
    "Bontenbal 2009, L9594–9596." },
};

/* People and expertise (schema 002): Box 6.3 (L7277–7320), §6.1.2 (L7179–7330),
 * §6.2.2 (L7807–7860) and the projects of Chapter 9. Politicians and the partner
 * cities' senior officials appear by their role; the staff have invented names,
 * languages and levels, and their notes begin by saying so. */

/* An area users add: Villa El Salvador's participatory budgeting (L6141–6142). */
typedef struct
{
  const char *key;
  const char *name;
} SampleArea;

static const SampleArea expertise_areas[] = {
  { "participatory-budgeting", "Participatory budgeting" },
};

enum
{
  /* Amstelveen – Villa El Salvador */
  AMS_MAYOR,
  AMS_MANAGER,
  AMS_HEAD_POLICY,
  AMS_COORDINATOR,
  AMS_FINANCE,
  AMS_ENV_POLICY,
  AMS_ENV_TECH,
  VES_HEAD_IC,
  /* Treptow-Köpenick – Cajamarca */
  TK_MAYOR,
  TK_OFFICIAL,
  CAJ_LIAISON,
  /* Utrecht – León */
  UTR_MAYOR,
  UTR_ALDERMAN,
  UTR_COORDINATOR,
  UTR_REPRESENTATIVE,
  LSE_CONSULTANT,
  UTR_HOUSING,
  UTR_HOUSING_2,
  UTR_PLANNER,
  UTR_ARCHITECT,
  UTR_GIS,
  UTR_SOCIAL,
  UTR_SOCIAL_2,
  UTR_WORKS,
  UTR_WORKS_2,
  UTR_ENVIRONMENT,
  UTR_FINANCE,
  LEON_MAYOR,
  LEON_CE_DIRECTOR,
  DIA_REPRESENTATIVE,
  /* Alphen aan den Rijn – Oudtshoorn */
  ALP_MAYOR,
  ALP_MANAGER,
  ALP_COORDINATOR,
  ALP_PERFORMANCE,
  ALP_HOUSING,
  ALP_WORKS,
  ALP_HEALTH,
  ALP_HR,
  ALP_AUDIT,
  ALP_ECONOMY,
  OUD_MANAGER,
  OUD_LIAISON,
  N_PEOPLE,
  END_OF_MEMBERS = -1,
  NO_PERSON = -1,  /* a follow-up action without an owner */
};

/* The organisation of a municipality's people, unless a row names another. */
static const char * const organisations[N_MUNICIPALITIES] = {
  [AMSTELVEEN] = "Municipality of Amstelveen",
  [VILLA_EL_SALVADOR] = "District Municipality of Villa El Salvador",
  [TREPTOW_KOEPENICK] = "District Office of Treptow-Köpenick",
  [CAJAMARCA] = "Provincial Municipality of Cajamarca",
  [UTRECHT] = "Municipality of Utrecht",
  [LEON] = "Municipality of León",
  [ALPHEN] = "Municipality of Alphen aan den Rijn",
  [OUDTSHOORN] = "Oudtshoorn Municipality",
};

typedef struct
{
  const char   *name;
  CpPersonKind  kind;
  int           municipality;
  const char   *organisation;   /* NULL: the municipality's */
  const char   *department;
  const char   *position;
  const char   *languages[5];   /* "es:c1", up to NULL */
  const char   *expertise[5];   /* "housing:3", up to NULL */
  gboolean      regional_experience;
  gboolean      intercultural_experience;
  const char   *note;
} SamplePerson;

static const SamplePerson people[N_PEOPLE] = {
  /* Amstelveen – Villa El Salvador */
  [AMS_MAYOR] = {
    "Mayor of Amstelveen", CP_PERSON_KIND_POLITICIAN, AMSTELVEEN, NULL, "", "Mayor",
    { "nl:c2", NULL }, { NULL }, FALSE, FALSE,
    "By role. Bontenbal 2009, Box 6.3 fn 1 (L7303–7305): in Amstelveen the political "
    "responsibility for International Cooperation lies with the Mayor. Table 6.3 "
    "(L7669–7675): led the campaigning and fundraising after the 2003 fire in the partner "
    "city, lobbied within council during the 2006 municipal elections, and in Dutch "
    "parliament and VNG for C2C and Peru."
  },
  [AMS_MANAGER] = {
    "Municipal Manager of Amstelveen", CP_PERSON_KIND_OWN_STAFF, AMSTELVEEN, NULL,
    "Municipal Management", "Municipal Manager",
    { "nl:c2", NULL }, { NULL }, FALSE, FALSE,
    "By role. Bontenbal 2009, Box 6.3 (L7292–7294): in Amstelveen the roles of the Head "
    "of the Policy Department and the Municipal Manager are of an evaluative nature, to "
    "assess the results of the projects jointly implemented by VES and Amstelveen staff."
  },
  [AMS_HEAD_POLICY] = {
    "Head of the Policy Department, Amstelveen", CP_PERSON_KIND_OWN_STAFF, AMSTELVEEN, NULL,
    "Policy Department", "Head of Department",
    { "nl:c2", NULL }, { NULL }, FALSE, FALSE,
    "By role. Bontenbal 2009, Box 6.3 (L7292–7294): an evaluative role, assessing the "
    "results of the joint projects. The Policy Department holds the administrative "
    "responsibility for International Cooperation, with twenty hours a week (L7193–7194)."
  },
  [AMS_COORDINATOR] = {
    "Marloes Terpstra", CP_PERSON_KIND_OWN_STAFF, AMSTELVEEN, NULL,
    "Policy Department", "International cooperation coordinator (20 hours a week)",
    { "nl:c2", "en:c1", "es:b2", NULL }, { "institutional-strengthening:3", NULL }, TRUE, TRUE,
    "Invented name, languages and levels; the role is from Bontenbal 2009, Box 6.3 "
    "(L7295–7299): one official per Northern city coordinates the partnership: budgeting "
    "and IC policy, correspondence with the partner city, delegation visits, liaison with "
    "civil society and awareness raising. In Amstelveen IC sits in the Policy Department "
    "with twenty hours a week (L7193–7194), and the municipality has led the awareness "
    "raising itself since 2003 (L6410–6413)."
  },
  [AMS_FINANCE] = {
    "Joost van Rijn", CP_PERSON_KIND_OWN_STAFF, AMSTELVEEN, NULL,
    "Finance", "Senior financial adviser",
    { "nl:c2", "en:c1", "es:b2", NULL }, { "financial-management:4", "information-management:3", NULL },
    TRUE, TRUE,
    "Invented name, languages and levels; the expertise is that of the financial "
    "administration project with Villa El Salvador (2004–2006): decentralised budget "
    "management, audit and IT systems and municipal taxes, with training for 188 staff "
    "(Bontenbal 2009, L11832–11843). Amstelveen matches staff positions with the "
    "technical requirements of partnership projects (L7274–7276, L7321–7322)."
  },
  [AMS_ENV_POLICY] = {
    "Femke Koning", CP_PERSON_KIND_OWN_STAFF, AMSTELVEEN, NULL,
    "Environment", "Environmental policy adviser",
    { "nl:c2", "en:c1", "es:b2", NULL }, { "environment-waste:3", "public-participation:2", NULL },
    TRUE, TRUE,
    "Invented name, languages and levels; one of the two Amstelveen officials in the "
    "environment project, the one with a policy-making perspective (Bontenbal 2009, "
    "fn 110, L7360–7362). The project (2004–2007) strengthened the new Environmental "
    "Services Department of Villa El Salvador: separated waste collection, the Bono Verde "
    "incentive and the first recycling station in Peru (L11875–11891)."
  },
  [AMS_ENV_TECH] = {
    "Ruud Dekkers", CP_PERSON_KIND_OWN_STAFF, AMSTELVEEN, NULL,
    "Public Works", "Waste management engineer",
    { "nl:c2", "en:b2", "es:b1", NULL }, { "environment-waste:4", "public-works:3", NULL }, TRUE, FALSE,
    "Invented name, languages and levels; the other official of the environment project, "
    "from a more technical viewpoint (Bontenbal 2009, fn 110, L7360–7362); waste "
    "recycling companies in Amstelveen were visited during the project (Box 8.1, "
    "L10292–10293)."
  },
  [VES_HEAD_IC] = {
    "Head of the Department of International Cooperation, Villa El Salvador",
    CP_PERSON_KIND_PARTNER_STAFF, VILLA_EL_SALVADOR, NULL,
    "International Cooperation", "Head of Department",
    { "es:c2", "en:b1", NULL }, { "participatory-budgeting:3", "institutional-strengthening:3", NULL },
    FALSE, TRUE,
    "By role. Bontenbal 2009, L7762–7766 and L7811–7820: the Department, established in "
    "January 2006, manages international aid, liaises with donors, manages the "
    "partnerships with the four sister cities, formulates cooperation projects in line "
    "with municipal policies and handles delegation visits. Villa El Salvador has "
    "practised participatory budgeting since 1987–1989 (L6141–6142)."
  },

  /* Treptow-Köpenick – Cajamarca */
  [TK_MAYOR] = {
    "Mayor of Treptow-Köpenick", CP_PERSON_KIND_POLITICIAN, TREPTOW_KOEPENICK, NULL,
    "Mayor’s Office", "District Mayor",
    { "de:c2", NULL }, { NULL }, FALSE, FALSE,
    "By role. Bontenbal 2009, Box 6.3 fn 1 (L7303–7305) places the political "
    "responsibility for IC in Treptow-Köpenick with the Mayor; Table 6.3 (L7677–7679) "
    "lists exhibition openings, work visits to Cajamarca and ‘token money’ for the "
    "partnership; Mayors visited Cajamarca in 2005 and, without an official invitation, "
    "in May 2008 (L7906–7914). The sample gives the Mayor no key role in this "
    "partnership: its activities are not formally administered in the District "
    "(L7207–7211), and at the time of research there was no political representative for "
    "the partnership in Cajamarca (L7908–7909)."
  },
  [TK_OFFICIAL] = {
    "Katrin Schulze", CP_PERSON_KIND_OWN_STAFF, TREPTOW_KOEPENICK, NULL,
    "Mayor’s Office", "Officer for European and international affairs",
    { "de:c2", "en:c1", "es:b1", NULL }, { "institutional-strengthening:2", "environment-waste:2", NULL },
    FALSE, TRUE,
    "Invented name, languages and levels; the role is from Bontenbal 2009, L7207–7211: IC "
    "sits in the Mayor’s Office in one full-time post that is officially for EU affairs "
    "only; partnership activities are not formally administered and no other municipal "
    "staff is involved. She is the only holder of a key role in this partnership: the "
    "dependency on one person the study warns of (L7859–7860). The District "
    "administration is represented in the Working Group Cajamarca (L8764–8768)."
  },
  [CAJ_LIAISON] = {
    "Former liaison officer for Treptow-Köpenick, Cajamarca", CP_PERSON_KIND_PARTNER_STAFF,
    CAJAMARCA, NULL, "Planning and Technical Cooperation Office", "Liaison officer (left)",
    { "es:c2", NULL }, { NULL }, FALSE, FALSE,
    "By role. Bontenbal 2009, L7846–7860: partnership management falls officially under "
    "the Planning and Technical Cooperation Office; the previous liaison officer left "
    "without leaving behind an archive of partnership documentation, and the new official "
    "in charge from 2007 lacked contact details in Germany, the partnership’s objectives "
    "and its stakeholders in Cajamarca. The sample records no key role: the study gives "
    "no dates, and the municipality had not taken part in partnership affairs for a "
    "number of years."
  },

  /* Utrecht – León */
  [UTR_MAYOR] = {
    "Mayor of Utrecht", CP_PERSON_KIND_POLITICIAN, UTRECHT, NULL, "", "Mayor",
    { "nl:c2", NULL }, { NULL }, FALSE, FALSE,
    "By role. Bontenbal 2009, Table 6.3 (L7681–7682): regular Mayoral visits to León and "
    "chairing city-wide consultation meetings on the partnership; elsewhere the study "
    "says the Alderman of International Cooperation presides the Municipal Working Group "
    "Utrecht – León (L9170–9173)."
  },
  [UTR_ALDERMAN] = {
    "Alderman for International Cooperation, Utrecht", CP_PERSON_KIND_POLITICIAN, UTRECHT, NULL,
    "", "Alderman",
    { "nl:c2", NULL }, { NULL }, FALSE, FALSE,
    "By role. Bontenbal 2009, Box 6.3 fn 1 (L7303–7305): in Utrecht an Alderman is the "
    "political representative of international affairs; the Alderman of International "
    "Cooperation presides the city-wide Municipal Working Group Utrecht – León, which "
    "meets twice a year (L9170–9173)."
  },
  [UTR_COORDINATOR] = {
    "Annelies Brouwer", CP_PERSON_KIND_OWN_STAFF, UTRECHT, NULL,
    "Governmental and International Affairs", "Partnership coordinator León",
    { "nl:c2", "en:c1", "es:c1", NULL }, { "institutional-strengthening:3", NULL }, TRUE, TRUE,
    "Invented name, languages and levels; the role is from Bontenbal 2009, Box 6.3 "
    "(L7295–7299) and L7222–7224: the Department of Governmental and International "
    "Affairs holds the administrative responsibility for the partnership; the responsible "
    "official and the coordinator of the Foundation Utrecht-León meet every other month "
    "(L9173–9175)."
  },
  [UTR_REPRESENTATIVE] = {
    "Bram Kuipers", CP_PERSON_KIND_OWN_STAFF, UTRECHT, NULL,
    "Governmental and International Affairs", "Permanent representative in León (until 2005)",
    { "nl:c2", "es:c2", "en:c1", NULL }, { "institutional-strengthening:3", "public-participation:2", NULL },
    TRUE, TRUE,
    "Invented name, languages and levels; the role is from Bontenbal 2009, Box 6.3 "
    "(L7299–7301) and L9455–9458: until 2005 a permanent Dutch representative employed by "
    "Utrecht municipality was posted in León as local coordinator; Foundation DIA has "
    "performed the role since."
  },
  [LSE_CONSULTANT] = {
    "Hendrik-Jan Mulder", CP_PERSON_KIND_CONSULTANT, NO_MUNICIPALITY, "Independent consultant",
    "", "Project coordinator, León South East",
    { "nl:c2", "es:c1", "en:c1", NULL }, { "urban-planning:3", "institutional-strengthening:3", NULL },
    TRUE, TRUE,
    "Invented name, languages and levels; the role is from Bontenbal 2009, L7226–7228 and "
    "fn 109 (L7259–7265): an external consultant, concerned solely with the LSE project, "
    "acts as its coordinator, coordinates the work and visits of the Utrecht officials to "
    "León and brings together technical expertise from the Departments; the LSE "
    "evaluation of 2005 calls this a success factor."
  },
  [UTR_HOUSING] = {
    "Maartje Boersma", CP_PERSON_KIND_OWN_STAFF, UTRECHT, NULL,
    "Housing", "Senior housing adviser",
    { "nl:c2", "es:c1", "en:c1", NULL }, { "housing:4", "urban-planning:2", "public-participation:2", NULL },
    TRUE, TRUE,
    "Invented name, languages and levels; an LSE housing expert, the best match for "
    "León’s housing need. Utrecht selects LSE participants on technical expertise, "
    "Spanish, experience in developing countries and the ability to understand the "
    "partner’s way of working (Bontenbal 2009, L7322–7330); the LSE programme provides "
    "5,000 plots for low- and medium-income housing (L6619–6622)."
  },
  [UTR_HOUSING_2] = {
    "Sander Bosman", CP_PERSON_KIND_OWN_STAFF, UTRECHT, NULL,
    "Housing", "Housing policy adviser",
    { "nl:c2", "es:b2", "en:b2", NULL }, { "housing:3", "urban-planning:1", NULL }, FALSE, TRUE,
    "Invented name, languages and levels; a recent member of the LSE group, which is "
    "varied and dynamic as Departments and officials leave and join (Bontenbal 2009, "
    "L7270–7272). No earlier work with the partnership is on record."
  },
  [UTR_PLANNER] = {
    "Ingrid Wouters", CP_PERSON_KIND_OWN_STAFF, UTRECHT, NULL,
    "Spatial and Urban Development", "Urban planner",
    { "nl:c2", "es:b2", "en:c1", NULL }, { "urban-planning:4", "housing:2", "public-works:2", NULL },
    TRUE, FALSE,
    "Invented name, languages and levels; the LSE project group is a multi-disciplinary "
    "team of urban planners, architects and social policy advisors (Bontenbal 2009, "
    "L7228–7229); most of León’s participants worked in its Urban Development Department "
    "(L10715–10720)."
  },
  [UTR_ARCHITECT] = {
    "Thijs van Leeuwen", CP_PERSON_KIND_OWN_STAFF, UTRECHT, NULL,
    "Spatial and Urban Development", "Architect",
    { "nl:c2", "es:b2", "en:b2", NULL }, { "urban-planning:3", "public-works:2", NULL }, FALSE, TRUE,
    "Invented name, languages and levels; an architect of the LSE project group "
    "(Bontenbal 2009, L7228–7229)."
  },
  [UTR_GIS] = {
    "Noor Verbeek", CP_PERSON_KIND_OWN_STAFF, UTRECHT, NULL,
    "Spatial and Urban Development", "GIS and land registration specialist",
    { "nl:c2", "es:b1", "en:c1", NULL }, { "information-management:3", "urban-planning:2", NULL },
    FALSE, FALSE,
    "Invented name, languages and levels; a member of the LSE group, which brings "
    "together staff of various line Departments (Bontenbal 2009, L7224–7229, L7270–7272)."
  },
  [UTR_SOCIAL] = {
    "Esther Kok", CP_PERSON_KIND_OWN_STAFF, UTRECHT, NULL,
    "Social Development", "Social policy adviser",
    { "nl:c2", "es:b2", "en:b2", NULL }, { "public-participation:3", "education:2", NULL }, TRUE, TRUE,
    "Invented name, languages and levels; a social policy advisor of the LSE group "
    "(Bontenbal 2009, L7228–7229); the programme gives ample attention to social "
    "development and community participation (L6622–6623)."
  },
  [UTR_SOCIAL_2] = {
    "Mirjam Post", CP_PERSON_KIND_OWN_STAFF, UTRECHT, NULL,
    "Social Development", "Youth and sports adviser",
    { "nl:c2", "es:b1", "en:b2", NULL }, { "education:3", "public-participation:2", NULL }, FALSE, FALSE,
    "Invented name, languages and levels; a member of the LSE group; the Foundation and "
    "the municipality have worked together on sports and youth projects in León South "
    "East (Bontenbal 2009, L9162–9163)."
  },
  [UTR_WORKS] = {
    "Wim Hendriks", CP_PERSON_KIND_OWN_STAFF, UTRECHT, NULL,
    "Public Works", "Civil engineer",
    { "nl:c2", "es:a2", "en:b2", NULL }, { "public-works:4", "water-sanitation:3", NULL }, FALSE, FALSE,
    "Invented name, languages and levels; the LSE programme provides plots with "
    "infrastructure (Bontenbal 2009, L6620–6622), and six line Departments contribute "
    "€13,000 each to the project every year (L7388–7393)."
  },
  [UTR_WORKS_2] = {
    "Koen van Dam", CP_PERSON_KIND_OWN_STAFF, UTRECHT, NULL,
    "Public Works", "Drainage engineer",
    { "nl:c2", "es:b1", "en:b1", NULL }, { "water-sanitation:3", "public-works:2", NULL }, TRUE, FALSE,
    "Invented name, languages and levels; a member of the LSE group; the programme attends "
    "to water and green zones (Bontenbal 2009, L6622–6623)."
  },
  [UTR_ENVIRONMENT] = {
    "Lotte Visser", CP_PERSON_KIND_OWN_STAFF, UTRECHT, NULL,
    "Environment", "Environmental adviser",
    { "nl:c2", "es:b1", "en:c1", NULL }, { "environment-waste:3", "water-sanitation:2", NULL }, FALSE, TRUE,
    "Invented name, languages and levels; a member of the LSE group, which has become "
    "more interdisciplinary and also deals with the environment (Bontenbal 2009, "
    "L10720–10722)."
  },
  [UTR_FINANCE] = {
    "Gerrit Smit", CP_PERSON_KIND_OWN_STAFF, UTRECHT, NULL,
    "Finance", "Financial controller",
    { "nl:c2", "en:b2", "es:a2", NULL }, { "financial-management:3", NULL }, FALSE, FALSE,
    "Invented name, languages and levels; a member of the LSE group for the project "
    "budget: the line Departments’ €78,000 a year is over half the budget the "
    "municipality makes available for LSE (Bontenbal 2009, L7388–7393)."
  },
  [LEON_MAYOR] = {
    "Mayor of León", CP_PERSON_KIND_POLITICIAN, LEON, NULL, "", "Mayor",
    { "es:c2", NULL }, { NULL }, FALSE, FALSE,
    "By role. Bontenbal 2009, L7896–7898: in León all political parties support the "
    "twinning unambiguously; partnership representatives observe that the municipality’s "
    "priorities may reflect the personal preferences of individuals, in particular the "
    "Mayor (L8484–8489)."
  },
  [LEON_CE_DIRECTOR] = {
    "Director of Cooperación Externa, León", CP_PERSON_KIND_PARTNER_STAFF, LEON, NULL,
    "Planning and External Cooperation", "Director of External Cooperation",
    { "es:c2", "en:b1", NULL }, { "institutional-strengthening:3", NULL }, FALSE, TRUE,
    "By role. Bontenbal 2009, L7822–7843: Cooperación Externa, a subdivision of the "
    "Department of Planning and External Cooperation since a reorganisation in 2005, "
    "develops cooperation lines from the PEDM, liaises with León’s partners, reports on "
    "donor investments and organises monthly meetings with the hermanamientos; its staff "
    "is limited to five."
  },
  [DIA_REPRESENTATIVE] = {
    "Local representative of Utrecht, Foundation DIA", CP_PERSON_KIND_CONSULTANT, NO_MUNICIPALITY,
    "Foundation DIA", "", "Local representative of the Municipality of Utrecht in León",
    { "es:c2", "en:b1", NULL }, { "institutional-strengthening:2", NULL }, TRUE, TRUE,
    "By role. Bontenbal 2009, L9455–9465: since 2005 the León NGO is the local "
    "representative of the Municipality of Utrecht: it manages funding, liaises with "
    "programme managers, arranges and accompanies delegation visits and supervises "
    "project reporting."
  },

  /* Alphen aan den Rijn – Oudtshoorn */
  [ALP_MAYOR] = {
    "Mayor of Alphen aan den Rijn", CP_PERSON_KIND_POLITICIAN, ALPHEN, NULL, "", "Mayor",
    { "nl:c2", NULL }, { NULL }, FALSE, TRUE,
    "By role. Bontenbal 2009, Box 6.3 fn 1 (L7303–7305): the Mayor holds the political "
    "responsibility for IC. Table 6.3 (L7684–7694): the technical project started thanks "
    "to the Mayor’s personal contact with a counterpart in South Africa; the Mayor has an "
    "IC track record, pleaded for an international paragraph in the municipal programme "
    "and budget (2002–2006) and promotes the partnership in the staff journal and the "
    "local newspapers."
  },
  [ALP_MANAGER] = {
    "Municipal Manager of Alphen aan den Rijn", CP_PERSON_KIND_OWN_STAFF, ALPHEN, NULL,
    "Municipal Management", "Municipal Manager",
    { "nl:c2", NULL }, { NULL }, TRUE, FALSE,
    "By role. Bontenbal 2009, Box 6.3 (L7289–7291) and fn 3 (L7313–7317): the Municipal "
    "Manager represented the organisation at a high administrative level on work visits "
    "to Oudtshoorn and could take key decisions on site."
  },
  [ALP_COORDINATOR] = {
    "Wilma Koster", CP_PERSON_KIND_OWN_STAFF, ALPHEN, NULL,
    "Welfare and Education", "International cooperation coordinator (4–6 hours a week)",
    { "nl:c2", "en:c1", "af:b1", NULL }, { "institutional-strengthening:2", NULL }, TRUE, TRUE,
    "Invented name, languages and levels; the role is from Bontenbal 2009, L7210–7216: IC "
    "sits in the Department of Welfare and Education, which covers more than 30 policy "
    "topics, with four to six hours a week; one work visit a year alone exceeds that time "
    "(fn 107, L7243–7247). The coordinator is one of a permanent group of three "
    "(L7268–7270)."
  },
  [ALP_PERFORMANCE] = {
    "Erik Wijnands", CP_PERSON_KIND_OWN_STAFF, ALPHEN, NULL,
    "Finance and Control", "Controller",
    { "nl:c2", "en:c1", "af:a2", NULL }, { "performance-management:4", "financial-management:3", NULL },
    TRUE, TRUE,
    "Invented name, languages and levels; Alphen’s expert for the Performance Management "
    "System project (from 2005), in which about 30 staff and 40 councillors of Oudtshoorn "
    "were trained (Bontenbal 2009, L11929–11942, L10663–10664). Alphen’s role was largely "
    "funding; the content came from consultants of Stellenbosch University (L9529–9538). "
    "One of the permanent group of three (L7268–7270)."
  },
  [ALP_HOUSING] = {
    "Karin Bos", CP_PERSON_KIND_OWN_STAFF, ALPHEN, NULL,
    "Housing and Spatial Planning", "Housing policy adviser",
    { "nl:c2", "en:b2", "af:a2", NULL }, { "housing:4", "gender:2", NULL }, TRUE, FALSE,
    "Invented name, languages and levels; Alphen has assisted Oudtshoorn in policymaking "
    "on social housing (Bontenbal 2009, L6651–6654), a theme that fits the Welfare and "
    "Education Department poorly (fn 108, L7249–7251). One of the permanent group of "
    "three (L7268–7270)."
  },
  [ALP_WORKS] = {
    "Hans Veenstra", CP_PERSON_KIND_OWN_STAFF, ALPHEN, NULL,
    "Public Works", "Infrastructure engineer",
    { "nl:c2", "en:b2", NULL }, { "public-works:3", NULL }, FALSE, FALSE,
    "Invented name, languages and levels; one of five officials engaged on a flexible "
    "basis for their specific expertise (Bontenbal 2009, L7268–7270); an Alphen official "
    "speaks of going to Oudtshoorn to work on infrastructure (Box 6.3 fn 3, L7313–7315)."
  },
  [ALP_HEALTH] = {
    "Ellen Schouten", CP_PERSON_KIND_OWN_STAFF, ALPHEN, NULL,
    "Public Health", "Health policy adviser",
    { "nl:c2", "en:c1", NULL }, { "health:3", "gender:2", NULL }, FALSE, TRUE,
    "Invented name, languages and levels; a flexible member (Bontenbal 2009, L7268–7270) "
    "for policymaking on HIV/AIDS (L6652–6654), with visits to health clinics in "
    "Oudtshoorn and to the Municipal Health Services in Alphen (Box 8.1, L10286–10289)."
  },
  [ALP_HR] = {
    "Yvonne de Ridder", CP_PERSON_KIND_OWN_STAFF, ALPHEN, NULL,
    "Human Resources", "HR adviser",
    { "nl:c2", "en:c1", NULL }, { "human-resources:3", "gender:3", NULL }, FALSE, FALSE,
    "Invented name, languages and levels; a flexible member (Bontenbal 2009, L7268–7270); "
    "Oudtshoorn’s participants worked in human resources (gender), among other fields "
    "(L10713–10715)."
  },
  [ALP_AUDIT] = {
    "Rob van Os", CP_PERSON_KIND_OWN_STAFF, ALPHEN, NULL,
    "Finance and Control", "Internal auditor",
    { "nl:c2", "en:b2", "af:a2", NULL }, { "performance-management:3", "financial-management:2", NULL },
    FALSE, FALSE,
    "Invented name, languages and levels; a flexible member (Bontenbal 2009, L7268–7270); "
    "the PMS project set up a performance auditing mechanism with reporting and review "
    "cycles (L11939–11941), and Oudtshoorn’s participants included auditors "
    "(L10713–10715)."
  },
  [ALP_ECONOMY] = {
    "Sanne Brink", CP_PERSON_KIND_OWN_STAFF, ALPHEN, NULL,
    "Economic Affairs", "Economic development adviser",
    { "nl:c2", "en:c1", NULL }, { "local-economic-development:3", "tourism:2", NULL }, FALSE, TRUE,
    "Invented name, languages and levels; a flexible member (Bontenbal 2009, L7268–7270); "
    "donations went to tourism development for the income and employment of women "
    "(L6654–6655), and six members of the Oudtshoorn Business Chamber visited Alphen in "
    "2004 (L9550–9552)."
  },
  [OUD_MANAGER] = {
    "Municipal Manager of Oudtshoorn", CP_PERSON_KIND_PARTNER_STAFF, OUDTSHOORN, NULL,
    "Office of the Municipal Manager", "Municipal Manager",
    { "en:c2", "af:c2", NULL }, { NULL }, FALSE, FALSE,
    "By role. Bontenbal 2009, fn 132 (L7883–7887): the Municipal Manager is responsible "
    "for international relations in Oudtshoorn. In 2006–2007 the decision-making powers "
    "of Council and the Municipal Manager were revoked and the municipality was placed "
    "under the administration of the Provincial Government (Box 6.6, L8021–8027)."
  },
  [OUD_LIAISON] = {
    "Nomvula Arendse", CP_PERSON_KIND_PARTNER_STAFF, OUDTSHOORN, NULL,
    "Integrated Development Planning", "IDP manager, liaison officer for Alphen",
    { "en:c2", "af:c2", "xh:c1", NULL }, { "institutional-strengthening:2", "performance-management:2", NULL },
    FALSE, TRUE,
    "Invented name, languages and levels; the role is from Bontenbal 2009, fn 132 "
    "(L7883–7887): a liaison officer handles practical and logistical matters and the "
    "day-to-day communication with Alphen; formerly the Head of Planning, recently the "
    "IDP manager."
  },
};

/* Periods in which the technical experts are free (illustrative) */

#define AVAILABILITY_NOTE \
  "Illustrative period. Delegations usually have two to six members and most work " \
  "visits last two weeks (Bontenbal 2009, Box 8.1, L10268–10270)."

typedef struct
{
  int         person;
  const char *starts_on;
  const char *ends_on;
  const char *note;
} SampleAvailability;

static const SampleAvailability availability[] = {
  { AMS_FINANCE, "2007-10-01", "2007-11-30", AVAILABILITY_NOTE },
  { AMS_ENV_POLICY, "2008-09-01", "2008-10-31", AVAILABILITY_NOTE },
  { UTR_HOUSING, "2008-02-01", "2008-06-30", AVAILABILITY_NOTE },
  { UTR_HOUSING, "2008-09-01", "2008-11-28", AVAILABILITY_NOTE },
  { UTR_HOUSING_2, "2008-03-10", "2008-04-11", AVAILABILITY_NOTE },
  { UTR_PLANNER, "2008-04-01", "2008-07-31", AVAILABILITY_NOTE },
  { UTR_ARCHITECT, "2008-05-01", "2008-06-30", AVAILABILITY_NOTE },
  { ALP_PERFORMANCE, "2008-08-18", "2008-10-31", AVAILABILITY_NOTE },
  { ALP_HOUSING, "2008-10-01", "2008-12-12", AVAILABILITY_NOTE },
};

/* Key roles (Box 6.3, L7277–7320). The study describes them in the North; where it
 * names a Southern counterpart, the sample records it with the same kind. */

#define SOUTH_COUNTERPART \
  " Box 6.3 describes the roles in the North; the sample records the Southern " \
  "counterpart with the same kind."

typedef struct
{
  int            partnership;
  int            person;
  CpKeyRoleKind  role;
  const char    *starts_on;
  const char    *ends_on;
  const char    *note;
} SampleKeyRole;

static const SampleKeyRole key_roles[] = {
  { AMSTELVEEN_VES, AMS_MAYOR, CP_KEY_ROLE_KIND_POLITICAL, "", "",
    "Bontenbal 2009, Box 6.3 fn 1 (L7303–7305): the political responsibility for IC lies "
    "with the Mayor; champion actions in Table 6.3 (L7669–7675)." },
  { AMSTELVEEN_VES, AMS_MANAGER, CP_KEY_ROLE_KIND_DECISION_MAKING, "", "",
    "Bontenbal 2009, Box 6.3 (L7292–7294): an evaluative role, assessing the results of "
    "the projects jointly implemented by VES and Amstelveen staff." },
  { AMSTELVEEN_VES, AMS_HEAD_POLICY, CP_KEY_ROLE_KIND_DECISION_MAKING, "", "",
    "Bontenbal 2009, Box 6.3 (L7292–7294): an evaluative role, assessing the results of "
    "the projects jointly implemented by VES and Amstelveen staff." },
  { AMSTELVEEN_VES, AMS_COORDINATOR, CP_KEY_ROLE_KIND_COORDINATOR, "", "",
    "Bontenbal 2009, Box 6.3 (L7295–7299) and L7193–7196: one coordinator, in the Policy "
    "Department, twenty hours a week; no formalised consultation structure." },
  { AMSTELVEEN_VES, AMS_FINANCE, CP_KEY_ROLE_KIND_TECHNICAL_EXPERT, "2004", "2006",
    "Bontenbal 2009, L11832–11843: the financial administration project, 2004–2006." },
  { AMSTELVEEN_VES, AMS_ENV_POLICY, CP_KEY_ROLE_KIND_TECHNICAL_EXPERT, "2004", "2007",
    "Bontenbal 2009, L11875–11876 and fn 110 (L7360–7362): the environment project, "
    "2004–2007, from a policy-making perspective." },
  { AMSTELVEEN_VES, AMS_ENV_TECH, CP_KEY_ROLE_KIND_TECHNICAL_EXPERT, "2004", "2007",
    "Bontenbal 2009, L11875–11876 and fn 110 (L7360–7362): the environment project, "
    "2004–2007, from a more technical viewpoint." },
  { AMSTELVEEN_VES, VES_HEAD_IC, CP_KEY_ROLE_KIND_COORDINATOR, "2006-01", "",
    "Bontenbal 2009, L7811–7820: Villa El Salvador’s Department of International "
    "Cooperation, established in January 2006, coordinates its partnerships."
    SOUTH_COUNTERPART },

  { TK_CAJAMARCA, TK_OFFICIAL, CP_KEY_ROLE_KIND_COORDINATOR, "", "",
    "Bontenbal 2009, L7207–7211: the only municipal official involved, in a full-time "
    "post that is officially for EU affairs only; partnership activities are not formally "
    "administered. On both sides the partnership rests on one person, the weakness the "
    "study points out in Cajamarca (L7859–7860)." },

  { UTRECHT_LEON, UTR_ALDERMAN, CP_KEY_ROLE_KIND_POLITICAL, "", "",
    "Bontenbal 2009, Box 6.3 fn 1 (L7303–7305): in Utrecht an Alderman is the political "
    "representative of international affairs." },
  { UTRECHT_LEON, UTR_MAYOR, CP_KEY_ROLE_KIND_POLITICAL, "", "",
    "Bontenbal 2009, Table 6.3 (L7681–7682): the Mayor’s champion role, with regular "
    "visits to León." },
  { UTRECHT_LEON, UTR_COORDINATOR, CP_KEY_ROLE_KIND_COORDINATOR, "", "",
    "Bontenbal 2009, Box 6.3 (L7295–7299) and L7222–7224: the coordinator in the "
    "Department of Governmental and International Affairs." },
  { UTRECHT_LEON, LSE_CONSULTANT, CP_KEY_ROLE_KIND_COORDINATOR, "", "",
    "Bontenbal 2009, L7226–7228 and fn 109 (L7259–7265): coordinator of the LSE project "
    "only, not of the other partnership activities." },
  { UTRECHT_LEON, UTR_REPRESENTATIVE, CP_KEY_ROLE_KIND_REPRESENTATIVE, "", "2005",
    "Bontenbal 2009, Box 6.3 (L7299–7301) and L9455–9458: posted permanently in León "
    "until 2005; the study gives no start." },
  { UTRECHT_LEON, DIA_REPRESENTATIVE, CP_KEY_ROLE_KIND_REPRESENTATIVE, "2005", "",
    "Bontenbal 2009, L9455–9465: Foundation DIA has been Utrecht’s local representative "
    "in León since 2005." },
  { UTRECHT_LEON, UTR_HOUSING, CP_KEY_ROLE_KIND_TECHNICAL_EXPERT, "", "",
    "Bontenbal 2009, L7226–7232: a member of the LSE project group, which sends one or "
    "two members on four to six work visits a year; the study gives no dates for "
    "individual experts." },
  { UTRECHT_LEON, UTR_PLANNER, CP_KEY_ROLE_KIND_TECHNICAL_EXPERT, "", "",
    "Bontenbal 2009, L7226–7232: a member of the LSE project group, which sends one or "
    "two members on four to six work visits a year; the study gives no dates for "
    "individual experts." },
  { UTRECHT_LEON, LEON_CE_DIRECTOR, CP_KEY_ROLE_KIND_COORDINATOR, "", "",
    "Bontenbal 2009, L7822–7843: Cooperación Externa liaises with León’s international "
    "partners and serves as a bridge between the municipal organisation and them."
    SOUTH_COUNTERPART },

  { ALPHEN_OUDTSHOORN, ALP_MAYOR, CP_KEY_ROLE_KIND_POLITICAL, "", "",
    "Bontenbal 2009, Box 6.3 fn 1 (L7303–7305): the political responsibility for IC lies "
    "with the Mayor; champion actions in Table 6.3 (L7684–7694)." },
  { ALPHEN_OUDTSHOORN, ALP_MANAGER, CP_KEY_ROLE_KIND_DECISION_MAKING, "", "",
    "Bontenbal 2009, Box 6.3 (L7289–7291): took key decisions on site during work visits "
    "to Oudtshoorn." },
  { ALPHEN_OUDTSHOORN, ALP_COORDINATOR, CP_KEY_ROLE_KIND_COORDINATOR, "", "",
    "Bontenbal 2009, Box 6.3 (L7295–7299) and L7210–7216: the coordinator in the "
    "Department of Welfare and Education, four to six hours a week." },
  { ALPHEN_OUDTSHOORN, ALP_PERFORMANCE, CP_KEY_ROLE_KIND_TECHNICAL_EXPERT, "2005", "2007",
    "Bontenbal 2009, L11929–11942: the two-year PMS project that started in 2005." },
  { ALPHEN_OUDTSHOORN, ALP_HOUSING, CP_KEY_ROLE_KIND_TECHNICAL_EXPERT, "", "",
    "Bontenbal 2009, L6651–6654 and fn 108 (L7249–7251): policymaking on social housing." },
  { ALPHEN_OUDTSHOORN, OUD_MANAGER, CP_KEY_ROLE_KIND_DECISION_MAKING, "", "",
    "Bontenbal 2009, fn 132 (L7883–7887): responsible for international relations in "
    "Oudtshoorn; the powers were revoked during the 2006–2007 crisis (L8021–8027)."
    SOUTH_COUNTERPART },
  { ALPHEN_OUDTSHOORN, OUD_LIAISON, CP_KEY_ROLE_KIND_COORDINATOR, "", "",
    "Bontenbal 2009, fn 132 (L7883–7887): the liaison officer for practical and logistical "
    "matters and day-to-day communication." SOUTH_COUNTERPART },
};

/* Consultation structures (§6.1.2; domain notes §2.10) */

typedef struct
{
  int         partnership;
  const char *name;
  const char *purpose;
  int         meetings_held;
  int         meetings_cancelled;
  int         members[16];   /* people, up to END_OF_MEMBERS */
  const char *note;
} SampleStructure;

static const SampleStructure structures[] = {
  { UTRECHT_LEON, "León South East (LSE) project group",
    "Manages the LSE project across the line Departments: divides the work according to "
    "the needs León expresses, shares terms of reference and mission reports, and sends "
    "one or two members on four to six work visits to León a year.",
    8, 1,
    { UTR_COORDINATOR, LSE_CONSULTANT, UTR_HOUSING, UTR_HOUSING_2, UTR_PLANNER, UTR_ARCHITECT,
      UTR_GIS, UTR_SOCIAL, UTR_SOCIAL_2, UTR_WORKS, UTR_WORKS_2, UTR_ENVIRONMENT, UTR_FINANCE,
      END_OF_MEMBERS },
    "Bontenbal 2009, L7222–7238 and L7266–7272: a decentralised structure of line "
    "Departments, staff, external advisors and an external consultant as project "
    "coordinator; it meets every six weeks and brings together over 12 members from a "
    "range of Departments. Six line Departments contribute €13,000 a year each "
    "(L7388–7393); terms of reference and mission reports are shared in the group "
    "(L10609–10611). The meeting counts, for 2007, are illustrative, derived from “every "
    "six weeks”: the study gives none. The members and their departments are the "
    "sample’s." },
  { UTRECHT_LEON, "Municipal Working Group Utrecht – León",
    "City-wide consultation of the local administration and civil actors, to coordinate "
    "and inform on all partnership activities.",
    2, 0,
    { UTR_ALDERMAN, UTR_COORDINATOR, END_OF_MEMBERS },
    "Bontenbal 2009, L9170–9175: it meets twice a year and is presided by the Alderman of "
    "International Cooperation; its civil members are not in the register. The meeting "
    "counts, for 2007, are illustrative, derived from “twice a year”." },
  { UTRECHT_LEON, "Monthly meetings of Cooperación Externa with the hermanamientos",
    "León’s meetings with the representatives of its city partnerships and other "
    "international organisations, to exchange information on projects and plans and to "
    "coordinate efforts.",
    5, 7,
    { LEON_CE_DIRECTOR, DIA_REPRESENTATIVE, END_OF_MEMBERS },
    "Bontenbal 2009, L7833–7836: monthly meetings; the partner cities’ representatives "
    "noted that they were very frequently cancelled (L8414–8416). The counts, for 2007, "
    "are illustrative: the study gives none. That Foundation DIA attends for Utrecht is "
    "the sample’s reading." },
  { AMSTELVEEN_VES, "Amstelveen officials for Villa El Salvador",
    "The limited and fixed group of officials involved in the partnership.",
    0, 0,
    { AMS_COORDINATOR, AMS_FINANCE, AMS_ENV_POLICY, END_OF_MEMBERS },
    "Bontenbal 2009, L7194–7196 and L7266–7268: the number of individuals involved is "
    "limited (3) and fixed; there is no formalised consultation structure such as a "
    "working group or task force, so no meetings are recorded." },
  { ALPHEN_OUDTSHOORN, "Alphen officials for Oudtshoorn",
    "A permanent group of three officials, with five more engaged on a flexible basis for "
    "their specific expertise.",
    0, 0,
    { ALP_COORDINATOR, ALP_PERFORMANCE, ALP_HOUSING, ALP_WORKS, ALP_HEALTH, ALP_HR, ALP_AUDIT,
      ALP_ECONOMY, END_OF_MEMBERS },
    "Bontenbal 2009, L7212–7214 and L7268–7270: a modest permanent group (3), with "
    "additional staff engaged on a more flexible basis (5); there is no formalised "
    "consultation structure within the administration, so no meetings are recorded. The "
    "first three members are the permanent ones." },
  { TK_CAJAMARCA, "Working Group Cajamarca",
    "The Local Agenda 21 working group that leads the partnership: volunteers and "
    "representatives of schools, kindergartens and the District administration.",
    4, 0,
    { TK_OFFICIAL, END_OF_MEMBERS },
    "Bontenbal 2009, L8764–8768: about a dozen members, meeting several times a year. "
    "Only the District administration’s member is in the register, and that it is the "
    "official for international affairs is the sample’s reading; the meeting count, for "
    "2007, is illustrative, derived from “several times a year”." },
};

/* Needs from the partners. The periods, lengths and language levels are the
 * sample's; a work visit usually lasts two weeks (Box 8.1, L10268–10270). */

enum
{
  NEED_VES_FINANCE,
  NEED_VES_ENVIRONMENT,
  NEED_LSE_HOUSING,
  NEED_LSE_EXPANSION,
  NEED_OUDTSHOORN_PMS,
  NEED_OUDTSHOORN_HOUSING,
  NEED_CAJAMARCA_LA21,
  N_NEEDS,
};

/* A visit's link to a need: FOR_NEED (NEED_…), or 0 for none. */
#define FOR_NEED(need) ((need) + 1)

typedef struct
{
  int           partnership;
  int           requested_by;
  const char   *description;
  const char   *expertise[4];   /* up to NULL */
  const char   *languages[3];   /* up to NULL */
  const char   *starts_on;
  const char   *ends_on;
  int           length_days;
  CpNeedStatus  status;
  const char   *note;
} SampleNeed;

static const SampleNeed needs[N_NEEDS] = {
  [NEED_VES_FINANCE] = {
    AMSTELVEEN_VES, VILLA_EL_SALVADOR,
    "Reform of the financial administration: decentralised budget management, audit and "
    "IT systems, and local tax collection at the municipal agencies",
    { "financial-management:3", "information-management:2", NULL }, { "es:b2", NULL },
    "2006-04-03", "2006-05-26", 14, CP_NEED_STATUS_FULFILLED,
    "Bontenbal 2009, L11832–11843: the financial administration project (2004–2006), "
    "which VES put forward as one of its main priorities, with work visits in both cities "
    "and training for 188 staff (L10661–10663). The period, length and language level are "
    "illustrative."
  },
  [NEED_VES_ENVIRONMENT] = {
    AMSTELVEEN_VES, VILLA_EL_SALVADOR,
    "Environmental Services: extend separated waste collection and the Bono Verde "
    "incentive to more neighbourhoods",
    { "environment-waste:3", "public-participation:2", NULL }, { "es:b2", NULL },
    "2008-09-01", "2008-10-31", 14, CP_NEED_STATUS_OPEN,
    "Bontenbal 2009, L11875–11896: the environment project (2004–2007) introduced "
    "separated waste collection and the Bono Verde; without VNG funding after 2007 the "
    "municipal participation is “somewhat uncertain” (L6419–6424). The request, period "
    "and language level are illustrative."
  },
  [NEED_LSE_HOUSING] = {
    UTRECHT_LEON, LEON,
    "León Sur Este: housing typologies and the allocation of plots for low- and "
    "medium-income housing",
    { "housing:3", "urban-planning:2", NULL }, { "es:b2", NULL },
    "2008-03-03", "2008-04-30", 14, CP_NEED_STATUS_OPEN,
    "Bontenbal 2009, L6619–6626: the LSE programme provides 5,000 plots and "
    "infrastructure for low- and medium-income housing; the LSE group divides the work "
    "according to the needs León expresses (L7229–7231). The period, length and language "
    "level are illustrative."
  },
  [NEED_LSE_EXPANSION] = {
    UTRECHT_LEON, LEON,
    "León Sur Este: land-use and infrastructure plan for the next phase of the urban "
    "expansion",
    { "urban-planning:3", "public-works:2", NULL }, { "es:b2", NULL },
    "2008-05-05", "2008-06-27", 14, CP_NEED_STATUS_MATCHED,
    "Bontenbal 2009, L6619–6626 and L11950–11957: strategic urban development planning "
    "since the early 1990s and the urban expansion of the south-east since 1998; one or "
    "two members go on each work visit (L7231–7232). The period, length and language "
    "level are illustrative."
  },
  [NEED_OUDTSHOORN_PMS] = {
    ALPHEN_OUDTSHOORN, OUDTSHOORN,
    "Performance Management System: refresher training for staff and councillors, and a "
    "restart of the reporting and review cycles after the 2006–2007 crisis",
    { "performance-management:3", NULL }, { "en:b2", NULL },
    "2008-09-01", "2008-10-31", 10, CP_NEED_STATUS_OPEN,
    "Bontenbal 2009, L11929–11942: the PMS project (from 2005) trained about 30 staff and "
    "40 councillors (L10663–10664); during the 2006–2007 crisis the activities with "
    "Alphen were put on hold and the results of earlier projects proved hard to sustain "
    "(L8021–8027). The request, period and length are illustrative."
  },
  [NEED_OUDTSHOORN_HOUSING] = {
    ALPHEN_OUDTSHOORN, OUDTSHOORN,
    "Social housing policy: allocation criteria and a waiting-list procedure",
    { "housing:3", NULL }, { "en:b2", NULL },
    "2008-10-06", "2008-11-28", 14, CP_NEED_STATUS_OPEN,
    "Bontenbal 2009, L6651–6654: Alphen has assisted Oudtshoorn in policymaking on social "
    "housing; Oudtshoorn’s participants worked in social housing, among other fields "
    "(L10713–10714). The request, period and language level are illustrative."
  },
  [NEED_CAJAMARCA_LA21] = {
    TK_CAJAMARCA, CAJAMARCA,
    "Local Agenda 21: restart the municipal exchange on environmental management, "
    "beginning with the partnership’s information (contacts, objectives, stakeholders) "
    "for the official in charge",
    { "environment-waste:2", "information-management:2", NULL }, { "es:b1", NULL },
    "2008-09-15", "2008-12-12", 14, CP_NEED_STATUS_OPEN,
    "Illustrative: the study records no municipal request from Cajamarca since the last "
    "technical exchanges of 1999–2002 (Bontenbal 2009, L7904–7907). The partnership is "
    "the North-South component of Local Agenda 21 (Box 5.1, L6528–6530); the official in "
    "charge from 2007 lacked contact details, objectives and stakeholders (L7853–7856), "
    "and environmental management lost momentum as a municipal priority (L7928–7931)."
  },
};

/* Who was selected for the matched and fulfilled needs, and why */

typedef struct
{
  int         need;
  int         person;
  const char *rationale;
  const char *notes;
  const char *decided_on;
} SampleSelection;

static const SampleSelection selections[] = {
  { NEED_VES_FINANCE, AMS_FINANCE,
    "His position matches the technical requirements of the project: financial "
    "administration and its IT systems, with Spanish at B2, earlier work visits to Villa "
    "El Salvador and an understanding of how its finance department works.",
    "Amstelveen matches staff positions with the technical requirements of partnership "
    "projects (Bontenbal 2009, L7274–7276, L7321–7322). The decision date is "
    "illustrative.",
    "2006-02" },
  { NEED_LSE_EXPANSION, UTR_PLANNER,
    "Technical expertise in urban expansion planning, Spanish at B2, experience in "
    "developing countries from earlier LSE work visits, and the ability to understand "
    "how León’s Urban Development Department works.",
    "Interview and CV reviewed by the LSE project coordinator (invented). Utrecht selects "
    "LSE participants on interviews and CVs (Bontenbal 2009, L7322–7330).",
    "2008-02-15" },
  { NEED_LSE_EXPANSION, UTR_ARCHITECT,
    "Architecture and infrastructure design for the plots, Spanish at B2 and "
    "intercultural experience; pairs with the urban planner, as one or two members go on "
    "each work visit.",
    "Interview and CV reviewed by the LSE project coordinator (invented). Bontenbal 2009, "
    "L7231–7232 and L7322–7330.",
    "2008-02-15" },
};

/* Delegation visits (schema 003): Box 8.1 (L10262–10315), the milestones of Chapters 5
 * to 7 and the projects of Chapter 9. Delegations usually have two to six members and
 * most visits last two weeks (L10268–10270); Amstelveen and Villa El Salvador paid one
 * visit each way a year, León visits Utrecht once a year, and Utrecht and Alphen visit
 * their partners more often (fn 1, L10307–10313). The study gives few exact days, no
 * programmes and no costs per visit: each visit's note says which of its parts are
 * illustrative. The study ends in 2008, so the visits before then are done or
 * cancelled, and one later visit is planned. */

enum
{
  VISIT_ALPHEN_FACT_FINDING,
  VISIT_ALPHEN_SIGNING,
  VISIT_ALPHEN_PMS,
  VISIT_TK_MAYOR,
  VISIT_VES_FINANCE,
  VISIT_ALPHEN_ON_HOLD,
  VISIT_VES_TO_AMSTELVEEN,
  VISIT_LSE_HOUSING,
  VISIT_VES_ENVIRONMENT,
  VISIT_ALPHEN_STUDENTS,
  VISIT_LEON_TO_UTRECHT,
  VISIT_LSE_SOCIAL,
  VISIT_UTRECHT_ANNIVERSARY,
  VISIT_TK_ANNIVERSARY,
  VISIT_ALPHEN_RESTART,
  N_VISITS,
};

#define END_OF_MODALITIES (-1)

/* The checklist a new visit starts with (cp_checklist_defaults()), by position. */
enum
{
  CHECK_TERMS_OF_REFERENCE,
  CHECK_SELECTION,
  CHECK_BRIEFING,
  CHECK_PREVIOUS_VISIT,
  CHECK_INTERPRETER,
  CHECK_AGREED_ACTIONS,
  CHECK_WRAP_UP,
  CHECK_REPORT,
  CHECK_LEARNING,
  CHECK_SHARING,
  CHECK_POLITICIANS,
  CHECK_FOLLOW_UP,
};

#define DONE(item) (1u << CHECK_##item)

typedef struct
{
  int             person;
  CpDelegateRole  role;
  const char     *rationale;
} SampleDelegate;

typedef struct
{
  int               partnership;
  CpVisitDirection  direction;       /* from the Northern (own) city's point of view */
  const char       *starts_on;
  const char       *ends_on;
  const char       *purpose;
  int               modalities[5];   /* CpExchangeModality, up to END_OF_MODALITIES */
  CpVisitStatus     status;
  int               need;            /* FOR_NEED (…), or 0 */
  const char       *project;
  SampleDelegate    delegates[7];    /* up to one without a rationale */
  guint             checklist_done;  /* DONE (…) | … */
  const char       *report;
  const char       *note;
} SampleVisit;

static const SampleVisit visits[N_VISITS] = {
  [VISIT_ALPHEN_FACT_FINDING] = {
    .partnership = ALPHEN_OUDTSHOORN,
    .direction = CP_VISIT_DIRECTION_OUTGOING,
    .starts_on = "2000-10-09",
    .ends_on = "2000-10-20",
    .purpose = "Fact-finding mission to the three South African municipalities linked with Alphen "
               "in VNG’s training programme (Umtata, Oudtshoorn and Heldenberg), to select a "
               "twinning partner",
    .modalities = { CP_EXCHANGE_MODALITY_MEETINGS_WORKSHOPS, CP_EXCHANGE_MODALITY_FIELD_VISITS,
                    END_OF_MODALITIES },
    .status = CP_VISIT_STATUS_DONE,
    .project = "Choice of a twinning partner",
    .delegates = {
      { ALP_MAYOR, CP_DELEGATE_ROLE_LEADER,
        "Champions the link: Alphen’s court programme of 1998–2002 committed the municipality "
        "to seek a partner city in South Africa." },
      { ALP_COORDINATOR, CP_DELEGATE_ROLE_COORDINATOR,
        "Coordinates international cooperation and prepares the choice of a partner for the "
        "council." },
    },
    .checklist_done = DONE (SELECTION) | DONE (REPORT) | DONE (POLITICIANS) | DONE (FOLLOW_UP),
    .report = "Of the three municipalities, Oudtshoorn was found to have the greatest "
              "possibilities for building sustainable contacts and contributing constructively "
              "to local development; the historical ties between the two towns fed the choice. "
              "Alphen chose Oudtshoorn as its twinning partner.",
    .note = "Bontenbal 2009, L6688–6695 and L6704–6708: in 2000, after hosting officials of "
            "Umtata, Oudtshoorn and Heldenberg in VNG’s MMTP training, Alphen conducted a "
            "fact-finding mission to the three municipalities to select a twinning partner, "
            "which the study calls unique and innovative in Dutch–South African twinning. The "
            "sample records it under the partnership it led to. The dates, the delegation and "
            "the costs are illustrative.",
  },
  [VISIT_ALPHEN_SIGNING] = {
    .partnership = ALPHEN_OUDTSHOORN,
    .direction = CP_VISIT_DIRECTION_OUTGOING,
    .starts_on = "2002-04-03",
    .ends_on = "2002-04-10",
    .purpose = "Signing of the twinning agreement in Oudtshoorn by the two Mayors, and first talks "
               "on the themes of cooperation",
    .modalities = { CP_EXCHANGE_MODALITY_MEETINGS_WORKSHOPS, CP_EXCHANGE_MODALITY_FIELD_VISITS,
                    END_OF_MODALITIES },
    .status = CP_VISIT_STATUS_DONE,
    .project = "Twinning agreement",
    .delegates = {
      { ALP_MAYOR, CP_DELEGATE_ROLE_LEADER,
        "Signs the agreement for Alphen: in all four partnerships the Mayors signed." },
      { ALP_MANAGER, CP_DELEGATE_ROLE_OTHER,
        "Represents the administration at the highest level and can take decisions on the "
        "first projects on site." },
      { ALP_COORDINATOR, CP_DELEGATE_ROLE_COORDINATOR,
        "Prepared the agreement and the programme with Oudtshoorn." },
    },
    .checklist_done = DONE (SELECTION) | DONE (BRIEFING) | DONE (AGREED_ACTIONS) | DONE (WRAP_UP) |
                      DONE (REPORT) | DONE (POLITICIANS) | DONE (FOLLOW_UP),
    .report = "The twinning agreement was signed in Oudtshoorn on 6 April 2002, exactly 350 years "
              "after Jan van Riebeeck set foot in South Africa, which added symbolic meaning. The "
              "partnership is to strengthen institutional performance and community development "
              "in Oudtshoorn, with a government and a civil track.",
    .note = "Bontenbal 2009, L6695–6699 and L10540–10542: the agreement was signed in Oudtshoorn "
            "on 6 April 2002; the Mayors signed in all four cases (L7510–7511); the Municipal "
            "Manager has represented Alphen on work visits to Oudtshoorn (Box 6.3, L7289–7291). "
            "The other days, the programme, the delegation and the costs are illustrative.",
  },
  [VISIT_ALPHEN_PMS] = {
    .partnership = ALPHEN_OUDTSHOORN,
    .direction = CP_VISIT_DIRECTION_OUTGOING,
    .starts_on = "2005-05-16",
    .ends_on = "2005-05-27",
    .purpose = "Start of the Performance Management System project: workshops and training with "
               "the consultants, and the Memorandum of Agreement",
    .modalities = { CP_EXCHANGE_MODALITY_TRAINING_COURSES, CP_EXCHANGE_MODALITY_MEETINGS_WORKSHOPS,
                    CP_EXCHANGE_MODALITY_PEER_TO_PEER, END_OF_MODALITIES },
    .status = CP_VISIT_STATUS_DONE,
    .project = "Performance Management System (2005–2007)",
    .delegates = {
      { ALP_PERFORMANCE, CP_DELEGATE_ROLE_LEADER,
        "Controller with performance management expertise; leads the PMS project for Alphen." },
      { ALP_AUDIT, CP_DELEGATE_ROLE_EXPERT,
        "Internal auditor: the project sets up a performance auditing mechanism with reporting "
        "and review cycles." },
      { ALP_COORDINATOR, CP_DELEGATE_ROLE_COORDINATOR,
        "Organises the visit with the liaison officer in Oudtshoorn." },
    },
    .checklist_done = DONE (SELECTION) | DONE (BRIEFING) | DONE (PREVIOUS_VISIT) |
                      DONE (AGREED_ACTIONS) | DONE (WRAP_UP) | DONE (REPORT) | DONE (LEARNING) |
                      DONE (POLITICIANS) | DONE (FOLLOW_UP),
    .report = "The Memorandum of Agreement between Oudtshoorn Municipality, Alphen and the "
              "consultants was signed on 25 May 2005. The consultants began training councillors, "
              "management and officials on the legal requirements of the PMS and on setting "
              "objectives, targets and key performance indicators. The visit ended with a "
              "memorandum of understanding on the next steps.",
    .note = "Bontenbal 2009, L11929–11942 and fn 256 (L11967–11969): the two-year PMS project "
            "started in 2005 with a Memorandum of Agreement dated 25 May 2005; Alphen "
            "subcontracted consultants from Stellenbosch, who delivered the content in a shared "
            "language (L9529–9541); Alphen and Oudtshoorn sign an MoU at the end of each work "
            "visit (L10555–10557). The other days, the programme, the delegation and the costs "
            "are illustrative.",
  },
  [VISIT_TK_MAYOR] = {
    .partnership = TK_CAJAMARCA,
    .direction = CP_VISIT_DIRECTION_OUTGOING,
    .starts_on = "2005-10-10",
    .ends_on = "2005-10-16",
    .purpose = "Visit of the Mayor of Treptow-Köpenick to Cajamarca and renewal of the cooperation "
               "agreement",
    .modalities = { CP_EXCHANGE_MODALITY_MEETINGS_WORKSHOPS, CP_EXCHANGE_MODALITY_FIELD_VISITS,
                    END_OF_MODALITIES },
    .status = CP_VISIT_STATUS_DONE,
    .project = "Local Agenda 21",
    .delegates = {
      { TK_MAYOR, CP_DELEGATE_ROLE_LEADER,
        "The Mayor holds the political responsibility for international cooperation in the "
        "District and renews the agreement." },
      { TK_OFFICIAL, CP_DELEGATE_ROLE_COORDINATOR,
        "The only municipal official in the partnership and the District’s member of the "
        "Working Group Cajamarca." },
    },
    .checklist_done = DONE (AGREED_ACTIONS) | DONE (REPORT) | DONE (POLITICIANS),
    .report = "The cooperation agreement was renewed. The Mayor of Cajamarca "
              "showed little interest in partnership affairs and was frowned upon for not properly "
              "hosting his counterpart. Municipal exchanges have been slack since 2002, while the "
              "civil wing carries the partnership.",
    .note = "Bontenbal 2009, L6478–6479, fn 203 (L10582) and L7906–7911: a ceremonial visit of "
            "the Mayor of Treptow-Köpenick in 2005, during which the agreement was renewed; the "
            "Mayor then in office is recorded by role. Work visits to Cajamarca are a joint "
            "operation of the administration and the Working Group Cajamarca (L9117–9120), whose "
            "volunteers are not in the register. The month, the length, the official’s part and "
            "the costs are illustrative.",
  },
  [VISIT_VES_FINANCE] = {
    .partnership = AMSTELVEEN_VES,
    .direction = CP_VISIT_DIRECTION_OUTGOING,
    .starts_on = "2006-04-17",
    .ends_on = "2006-04-28",
    .purpose = "Work visit for the financial administration project: decentralised budget "
               "management, the municipal agencies’ link to the Town Hall, and the staff training",
    .modalities = { CP_EXCHANGE_MODALITY_PEER_TO_PEER, CP_EXCHANGE_MODALITY_MEETINGS_WORKSHOPS,
                    CP_EXCHANGE_MODALITY_FIELD_VISITS, END_OF_MODALITIES },
    .status = CP_VISIT_STATUS_DONE,
    .need = FOR_NEED (NEED_VES_FINANCE),
    .project = "Financial administration (2004–2006)",
    .delegates = {
      { AMS_FINANCE, CP_DELEGATE_ROLE_EXPERT,
        "Selected for Villa El Salvador’s need: financial administration and its IT systems, "
        "with Spanish." },
      { AMS_COORDINATOR, CP_DELEGATE_ROLE_COORDINATOR,
        "Keeps all contacts with Villa El Salvador’s coordinator and organises the visit." },
    },
    .checklist_done = DONE (TERMS_OF_REFERENCE) | DONE (SELECTION) | DONE (BRIEFING) |
                      DONE (PREVIOUS_VISIT) | DONE (AGREED_ACTIONS) | DONE (WRAP_UP) | DONE (REPORT) |
                      DONE (LEARNING) | DONE (SHARING) | DONE (POLITICIANS) | DONE (FOLLOW_UP),
    .report = "Peer-to-peer work on decentralised budget management and local tax collection. "
              "Citizens who pay their taxes at the municipal agencies now receive a confirmation "
              "at once, through the network that links the agencies to the Town Hall. The "
              "training of 188 staff on the financial software was reviewed, and the steps to "
              "close the project were agreed.",
    .note = "Bontenbal 2009, L11832–11860: a series of work visits in Amstelveen and Villa El "
            "Salvador in the financial administration project (2004–2006), which also delivered "
            "hardware and software and trained 188 staff (L10661–10663); the partners use "
            "declarations of intention for projects and exchanges (L10554–10555), and their "
            "contacts run between the two coordinators (L10397–10399). The dates, the programme "
            "and the costs are illustrative; the visit answers the sample’s need for the "
            "financial administration, for which the finance adviser was selected.",
  },
  [VISIT_ALPHEN_ON_HOLD] = {
    .partnership = ALPHEN_OUDTSHOORN,
    .direction = CP_VISIT_DIRECTION_OUTGOING,
    .starts_on = "2006-10-02",
    .ends_on = "2006-10-13",
    .purpose = "Yearly work visit: review of the first PMS reporting cycle and a first look at "
               "social housing policy",
    .modalities = { CP_EXCHANGE_MODALITY_PEER_TO_PEER, CP_EXCHANGE_MODALITY_MEETINGS_WORKSHOPS,
                    END_OF_MODALITIES },
    .status = CP_VISIT_STATUS_CANCELLED,
    .project = "Performance Management System (2005–2007)",
    .delegates = {
      { ALP_PERFORMANCE, CP_DELEGATE_ROLE_LEADER,
        "Leads the PMS project; to review the first reporting and review cycle." },
      { ALP_HOUSING, CP_DELEGATE_ROLE_EXPERT,
        "Social housing adviser: VNG’s Country Programme makes social housing a key focus area." },
    },
    .checklist_done = DONE (SELECTION) | DONE (BRIEFING),
    .report = "",
    .note = "Illustrative. Bontenbal 2009, fn 107 (L7243–7247): Alphen pays one work visit to "
            "Oudtshoorn a year; in 2006 and 2007 Oudtshoorn went through a severe political and "
            "administrative crisis, the powers of its Council and Municipal Manager were revoked "
            "and the activities with Alphen were put on hold (Box 6.6, L8021–8027). The sample "
            "records the visit of 2006 as cancelled; its dates and purpose are the sample’s. "
            "Social housing is the key focus area of VNG’s Country Programme (L10188–10190).",
  },
  [VISIT_VES_TO_AMSTELVEEN] = {
    .partnership = AMSTELVEEN_VES,
    .direction = CP_VISIT_DIRECTION_INCOMING,
    .starts_on = "2006-10-09",
    .ends_on = "2006-10-20",
    .purpose = "Yearly visit of Villa El Salvador to Amstelveen: financial organisation and "
               "municipal management, and Amstelveen’s waste collection",
    .modalities = { CP_EXCHANGE_MODALITY_PEER_TO_PEER, CP_EXCHANGE_MODALITY_FIELD_VISITS,
                    CP_EXCHANGE_MODALITY_MEETINGS_WORKSHOPS, END_OF_MODALITIES },
    .status = CP_VISIT_STATUS_DONE,
    .project = "Financial administration (2004–2006); environment (2004–2007)",
    .delegates = {
      { VES_HEAD_IC, CP_DELEGATE_ROLE_LEADER,
        "Heads the Department of International Cooperation, which manages the partnerships and "
        "the delegation visits of Villa El Salvador." },
    },
    .checklist_done = DONE (TERMS_OF_REFERENCE) | DONE (BRIEFING) | DONE (AGREED_ACTIONS) |
                      DONE (WRAP_UP) | DONE (REPORT) | DONE (LEARNING) | DONE (SHARING) |
                      DONE (FOLLOW_UP),
    .report = "Working sessions on the local revenues information system, the cadastre and "
              "budgeting; a visit to waste recycling companies; a lunch presentation for "
              "Amstelveen staff. The last phase of the environment project was laid down in a "
              "declaration of intention.",
    .note = "Bontenbal 2009, Box 8.1 fn 1 (L10307–10311): in recent years one visit a year went "
            "from Villa El Salvador to Amstelveen; waste recycling companies in Amstelveen were "
            "visited in the environment project (L10292–10293); overseas missions are financed by "
            "the Northern city, also when the partner’s representatives travel (L7865–7868). The "
            "Mayor of Villa El Salvador chooses different participants for each mission (fn 195, "
            "L10415–10419): only the Head of International Cooperation is in the register, so the "
            "others are left out. The dates, the programme and the costs are illustrative.",
  },
  [VISIT_LSE_HOUSING] = {
    .partnership = UTRECHT_LEON,
    .direction = CP_VISIT_DIRECTION_OUTGOING,
    .starts_on = "2006-11-06",
    .ends_on = "2006-11-17",
    .purpose = "LSE work visit: housing typologies, the allocation of plots and the rotating fund’s "
               "loans for self-built housing",
    .modalities = { CP_EXCHANGE_MODALITY_PEER_TO_PEER, CP_EXCHANGE_MODALITY_FIELD_VISITS,
                    CP_EXCHANGE_MODALITY_COACHING, END_OF_MODALITIES },
    .status = CP_VISIT_STATUS_DONE,
    .project = "León Sur Este (LSE)",
    .delegates = {
      { UTR_HOUSING, CP_DELEGATE_ROLE_EXPERT,
        "Housing expertise and Spanish, as the terms of reference drawn up by León asked." },
      { UTR_PLANNER, CP_DELEGATE_ROLE_EXPERT,
        "Urban planning for the lay-out of the new area; one or two members go on each work "
        "visit." },
    },
    .checklist_done = DONE (TERMS_OF_REFERENCE) | DONE (SELECTION) | DONE (BRIEFING) |
                      DONE (PREVIOUS_VISIT) | DONE (AGREED_ACTIONS) | DONE (WRAP_UP) | DONE (REPORT) |
                      DONE (LEARNING) | DONE (SHARING) | DONE (FOLLOW_UP),
    .report = "Worked with the LSE project office on housing typologies and the allocation of "
              "plots, visited León Sur Este with the community organisation ACOPOE, and reviewed "
              "the loans of the rotating fund. Terms of reference for the next visit were agreed "
              "with Cooperación Externa; each member presented a written report in the LSE "
              "working group.",
    .note = "Bontenbal 2009, L7231–7232: the LSE project group sends one or two members on four "
            "to six work visits to León a year, on terms of reference drawn up by León and "
            "approved by Utrecht (L10585–10593). Field visits to León South East meet "
            "neighbourhood organisations and inhabitants (Box 8.1, L10289–10291); planners "
            "coached their peers and developed products together (L12080–12084); a rotating fund "
            "lends to households for self-built housing (L12075–12077). The dates, the programme "
            "and the costs are illustrative.",
  },
  [VISIT_VES_ENVIRONMENT] = {
    .partnership = AMSTELVEEN_VES,
    .direction = CP_VISIT_DIRECTION_OUTGOING,
    .starts_on = "2007-02-05",
    .ends_on = "2007-02-16",
    .purpose = "Work visit for the environment project: separated waste collection, the Bono Verde "
               "and the recycling station",
    .modalities = { CP_EXCHANGE_MODALITY_PEER_TO_PEER, CP_EXCHANGE_MODALITY_FIELD_VISITS,
                    CP_EXCHANGE_MODALITY_MEETINGS_WORKSHOPS, END_OF_MODALITIES },
    .status = CP_VISIT_STATUS_DONE,
    .project = "Environment (2004–2007)",
    .delegates = {
      { AMS_ENV_POLICY, CP_DELEGATE_ROLE_EXPERT,
        "Environmental policy adviser of the environment project." },
      { AMS_ENV_TECH, CP_DELEGATE_ROLE_EXPERT,
        "Waste management engineer of the project, for the technical side." },
    },
    .checklist_done = DONE (SELECTION) | DONE (AGREED_ACTIONS) | DONE (REPORT) | DONE (LEARNING) |
                      DONE (SHARING) | DONE (POLITICIANS) | DONE (FOLLOW_UP),
    .report = "Reviewed the separated waste collection and the Bono Verde, which gives citizens a "
              "discount on the waste service fee for separating their waste, and visited the "
              "recycling station. Three of the four officials of Villa El Salvador in the project "
              "had been replaced, which slowed the work. The project ends in 2007.",
    .note = "Bontenbal 2009, L11875–11896: the environment project (2004–2007) strengthened the "
            "Environmental Services Department and introduced the Bono Verde and the first station "
            "for separating recyclable waste in Peru; three of the four VES officials were "
            "replaced, and the two Amstelveen officials joined after the formulation phase, "
            "which made their exact role hard to understand (L10436–10443). Reports on work visits in VES are "
            "hardly read by Amstelveen staff (fn 123, L7628–7630). The dates and the costs are "
            "illustrative.",
  },
  [VISIT_ALPHEN_STUDENTS] = {
    .partnership = ALPHEN_OUDTSHOORN,
    .direction = CP_VISIT_DIRECTION_OUTGOING,
    .starts_on = "2007-07-02",
    .ends_on = "2007-07-27",
    .purpose = "41 students from Alphen work on community projects in Oudtshoorn and bring the "
               "money they raised to upgrade the vocational training centre’s building",
    .modalities = { CP_EXCHANGE_MODALITY_FIELD_VISITS, END_OF_MODALITIES },
    .status = CP_VISIT_STATUS_DONE,
    .project = "Vocational training centre of the Oudtshoorn Business Chamber",
    .delegates = {
      { ALP_COORDINATOR, CP_DELEGATE_ROLE_COORDINATOR,
        "Stands for the group of 41 students, who are not in the register." },
    },
    .checklist_done = DONE (BRIEFING) | DONE (REPORT) | DONE (POLITICIANS),
    .report = "The students spent several weeks on community projects in Oudtshoorn. The €41,000 "
              "they had raised went to upgrading the building in which the Business Chamber’s "
              "training centre for unemployed youth was to open.",
    .note = "Bontenbal 2009, L9590–9596: in the summer of 2007, 41 students from Alphen spent "
            "several weeks in Oudtshoorn working on community projects, having raised €41,000 to "
            "upgrade the building of the vocational training centre that the Business Chamber "
            "linked to the partnership. The group is represented by Alphen’s coordinator: that is "
            "the sample’s choice, as the study does not say who went with the students. The exact "
            "dates are illustrative.",
  },
  [VISIT_LEON_TO_UTRECHT] = {
    .partnership = UTRECHT_LEON,
    .direction = CP_VISIT_DIRECTION_INCOMING,
    .starts_on = "2007-09-17",
    .ends_on = "2007-09-28",
    .purpose = "Yearly visit of León to Utrecht: progress of León Sur Este, the Leidsche Rijn "
               "expansion area, and the terms of reference for the next work visits",
    .modalities = { CP_EXCHANGE_MODALITY_FIELD_VISITS, CP_EXCHANGE_MODALITY_MEETINGS_WORKSHOPS,
                    CP_EXCHANGE_MODALITY_PEER_TO_PEER, END_OF_MODALITIES },
    .status = CP_VISIT_STATUS_DONE,
    .project = "León Sur Este (LSE)",
    .delegates = {
      { LEON_CE_DIRECTOR, CP_DELEGATE_ROLE_LEADER,
        "Cooperación Externa liaises with León’s partners and sets the priorities of the work "
        "with Utrecht." },
      { DIA_REPRESENTATIVE, CP_DELEGATE_ROLE_COORDINATOR,
        "Foundation DIA arranges and accompanies delegation visits as Utrecht’s representative "
        "in León." },
    },
    .checklist_done = DONE (TERMS_OF_REFERENCE) | DONE (BRIEFING) | DONE (AGREED_ACTIONS) |
                      DONE (WRAP_UP) | DONE (REPORT) | DONE (LEARNING) | DONE (FOLLOW_UP),
    .report = "Visited the Leidsche Rijn expansion area, discussed the progress of León Sur Este in "
              "the LSE working group and met volunteers and citizens at an evening of the "
              "Foundation Utrecht-León. León is to draft the terms of reference for the next LSE "
              "work visits.",
    .note = "Bontenbal 2009, Box 8.1 fn 1 (L10311–10313): León’s representatives visit Utrecht "
            "once a year; León officials have visited Leidsche Rijn (L10291–10292); when León "
            "staff visit Utrecht, an event with the Foundation is always on the programme "
            "(L9160–9162); Foundation DIA arranges and accompanies delegation visits (L9455–9465). "
            "Utrecht pays the travel (L7865–7868). The dates, the programme and the costs are "
            "illustrative, and so is the delegation: most León participants are not in the "
            "register.",
  },
  [VISIT_LSE_SOCIAL] = {
    .partnership = UTRECHT_LEON,
    .direction = CP_VISIT_DIRECTION_OUTGOING,
    .starts_on = "2008-03-03",
    .ends_on = "2008-03-14",
    .purpose = "LSE work visit: León’s social policy plan, with sports, recreation and youth in "
               "León Sur Este",
    .modalities = { CP_EXCHANGE_MODALITY_PEER_TO_PEER, CP_EXCHANGE_MODALITY_COACHING,
                    CP_EXCHANGE_MODALITY_FIELD_VISITS, END_OF_MODALITIES },
    .status = CP_VISIT_STATUS_DONE,
    .project = "León Sur Este (LSE)",
    .delegates = {
      { UTR_SOCIAL, CP_DELEGATE_ROLE_EXPERT,
        "Social policy adviser: brings the social dimension into the integrated LSE planning." },
      { UTR_SOCIAL_2, CP_DELEGATE_ROLE_EXPERT,
        "Youth and sports adviser: the Foundation and the municipality work together on sports "
        "and youth in León South East." },
    },
    .checklist_done = DONE (TERMS_OF_REFERENCE) | DONE (SELECTION) | DONE (BRIEFING) |
                      DONE (PREVIOUS_VISIT) | DONE (REPORT) | DONE (LEARNING) | DONE (SHARING),
    .report = "Drafted with León’s social development staff the chapter of the social policy plan "
              "on sports, recreation and citizen participation, and visited sports and youth "
              "projects in León Sur Este. Progress was reported in the LSE working group.",
    .note = "Bontenbal 2009, L12099–12102: Utrecht officials assisted in drafting León’s social "
            "policy plan, which also covers sport, recreation and citizen participation; sports "
            "and youth projects in León South East (L9162–9163). Illustrative: the dates and the "
            "costs are the sample’s, and the social policy adviser is also on the Mayor’s "
            "anniversary delegation from 10 March, so the app shows her as booked twice.",
  },
  [VISIT_UTRECHT_ANNIVERSARY] = {
    .partnership = UTRECHT_LEON,
    .direction = CP_VISIT_DIRECTION_OUTGOING,
    .starts_on = "2008-03-10",
    .ends_on = "2008-03-15",
    .purpose = "Visit of the Mayor of Utrecht to León for the partnership’s 25th anniversary",
    .modalities = { CP_EXCHANGE_MODALITY_MEETINGS_WORKSHOPS, CP_EXCHANGE_MODALITY_FIELD_VISITS,
                    END_OF_MODALITIES },
    .status = CP_VISIT_STATUS_DONE,
    .project = "25th anniversary",
    .delegates = {
      { UTR_MAYOR, CP_DELEGATE_ROLE_LEADER,
        "Regular Mayoral visits to León are part of the Mayor’s champion role." },
      { UTR_ALDERMAN, CP_DELEGATE_ROLE_POLITICAL_REPRESENTATIVE,
        "The political representative of international affairs in Utrecht." },
      { UTR_COORDINATOR, CP_DELEGATE_ROLE_COORDINATOR,
        "Organises the delegation visits and the programme with León." },
      { UTR_SOCIAL, CP_DELEGATE_ROLE_EXPERT,
        "Presents the social development work in León Sur Este at the anniversary." },
    },
    .checklist_done = DONE (SELECTION) | DONE (REPORT) | DONE (POLITICIANS),
    .report = "The Mayors of Utrecht and León marked 25 years of partnership at the town hall, and "
              "the delegation visited León Sur Este, from which Utrecht is to withdraw in 2010.",
    .note = "Illustrative. Bontenbal 2009, L9217–9218: Utrecht and León had their 25th "
            "anniversary in 2008; Table 6.3 (L7681–7682): regular Mayoral visits to León. The "
            "dates, the delegation, the programme and the costs are the sample’s. Two conflicts "
            "are deliberate, to show the app’s checks: the programme is in Spanish, while the "
            "Mayor and the Alderman have no Spanish in the register and no interpreter travels "
            "(language barriers, L10396–10397); and the social policy adviser is also on the LSE "
            "work visit of 3 to 14 March.",
  },
  [VISIT_TK_ANNIVERSARY] = {
    .partnership = TK_CAJAMARCA,
    .direction = CP_VISIT_DIRECTION_OUTGOING,
    .starts_on = "2008-05-12",
    .ends_on = "2008-05-23",
    .purpose = "Visit of the Mayor of Treptow-Köpenick to Cajamarca for the partnership’s 10th "
               "anniversary",
    .modalities = { CP_EXCHANGE_MODALITY_MEETINGS_WORKSHOPS, END_OF_MODALITIES },
    .status = CP_VISIT_STATUS_DONE,
    .project = "Local Agenda 21",
    .delegates = {
      { TK_MAYOR, CP_DELEGATE_ROLE_LEADER,
        "The new Mayor, for the partnership’s 10th anniversary." },
      { TK_OFFICIAL, CP_DELEGATE_ROLE_COORDINATOR,
        "The District’s member of the Working Group Cajamarca; prepares the meetings with the "
        "civil wing in Cajamarca." },
    },
    .checklist_done = DONE (BRIEFING) | DONE (REPORT),
    .report = "The Mayor left for Cajamarca without an official invitation from its Municipality, "
              "and it was unclear whether she would meet her counterpart. The study does not "
              "record how the visit went; the civil wing in Cajamarca has not managed to involve "
              "its Municipality more.",
    .note = "Bontenbal 2009, L7911–7918: when the new Mayor of Treptow-Köpenick boarded the plane "
            "for the 10th anniversary in May 2008, she had not received an official invitation "
            "from Cajamarca, which the study calls exceptional in official city twinning; the "
            "Mayoral visits of 2005 and 2008 show the District’s continued interest "
            "(L9875–9877). The days, the official’s part and the costs are illustrative.",
  },
  [VISIT_ALPHEN_RESTART] = {
    .partnership = ALPHEN_OUDTSHOORN,
    .direction = CP_VISIT_DIRECTION_OUTGOING,
    .starts_on = "2008-09-08",
    .ends_on = "2008-09-17",
    .purpose = "Yearly work visit after the crisis: assess where the partnership stands and "
               "restart the PMS reporting and review cycles",
    .modalities = { CP_EXCHANGE_MODALITY_PEER_TO_PEER, CP_EXCHANGE_MODALITY_MEETINGS_WORKSHOPS,
                    CP_EXCHANGE_MODALITY_TRAINING_COURSES, END_OF_MODALITIES },
    .status = CP_VISIT_STATUS_PLANNED,
    .need = FOR_NEED (NEED_OUDTSHOORN_PMS),
    .project = "Performance Management System",
    .delegates = {
      { ALP_PERFORMANCE, CP_DELEGATE_ROLE_LEADER,
        "Led the PMS project of 2005–2007 and is free from mid-August to October 2008." },
      { ALP_COORDINATOR, CP_DELEGATE_ROLE_COORDINATOR,
        "Prepares the visit with Oudtshoorn’s liaison officer." },
    },
    .checklist_done = DONE (SELECTION) | DONE (PREVIOUS_VISIT),
    .report = "",
    .note = "Illustrative. Bontenbal 2009, L10228–10233: Alphen prefers first to get a proper "
            "administrative system in place through the PMS before new themes such as social "
            "housing, and asks to “first assess where we are standing now”; Alphen pays one work "
            "visit a year (fn 107, L7243–7247), financed by VNG’s LOGO South programme of "
            "2005–2008 (L3258–3260, L7464–7465). The study ends in 2008 and records no later "
            "visit: the dates, the delegation, the purpose and the budget are the sample’s, "
            "answering its illustrative PMS need.",
  },
};

/* The programme of a few visits, in the destination's time: Oudtshoorn
 * Africa/Johannesburg, Villa El Salvador America/Lima, León America/Managua,
 * Amstelveen and Utrecht Europe/Amsterdam. The items are illustrative; the kinds of
 * activity are those of Box 8.1 (L10272–10305). */

typedef struct
{
  int         visit;
  const char *date;
  const char *starts_at;
  const char *ends_at;
  const char *place;
  const char *activity;
  const char *contact;
  const char *language;   /* ISO 639-1, or "" */
} SampleProgrammeItem;

static const SampleProgrammeItem programme[] = {
  { VISIT_ALPHEN_SIGNING, "2002-04-05", "10:00", "12:30", "Oudtshoorn Municipality",
    "Talks with the Municipal Manager and the heads of department on the first themes",
    "Municipal Manager of Oudtshoorn", "" },
  { VISIT_ALPHEN_SIGNING, "2002-04-06", "11:00", "12:30", "Oudtshoorn",
    "Signing of the twinning agreement by the two Mayors",
    "Office of the Mayor of Oudtshoorn", "" },
  { VISIT_ALPHEN_SIGNING, "2002-04-08", "09:00", "13:00", "Oudtshoorn",
    "Field visit: community development projects and child care centres", "", "" },

  { VISIT_ALPHEN_PMS, "2005-05-17", "09:00", "12:30", "Oudtshoorn Municipality",
    "Workshop for management on the legal requirements and rationale of the PMS",
    "Stellenbosch University consultants", "en" },
  { VISIT_ALPHEN_PMS, "2005-05-19", "14:00", "17:00", "Council chamber, Oudtshoorn",
    "Training session for councillors: objectives, targets and key performance indicators",
    "Stellenbosch University consultants", "en" },
  { VISIT_ALPHEN_PMS, "2005-05-25", "10:00", "11:00", "Oudtshoorn Municipality",
    "Signing of the Memorandum of Agreement between Oudtshoorn, Alphen and the consultants",
    "Municipal Manager of Oudtshoorn", "en" },
  { VISIT_ALPHEN_PMS, "2005-05-26", "15:00", "16:30", "Oudtshoorn Municipality",
    "Wrap-up with the Municipal Manager and the heads of department; memorandum of "
    "understanding on the next steps", "Nomvula Arendse (liaison officer)", "en" },

  { VISIT_VES_FINANCE, "2006-04-18", "09:00", "13:00", "Town Hall, Villa El Salvador",
    "Peer-to-peer work with Planning and Budgeting on decentralised budget management",
    "Department of International Cooperation", "es" },
  { VISIT_VES_FINANCE, "2006-04-20", "09:00", "12:00", "A municipal agency, Villa El Salvador",
    "Field visit: the agency’s tax desk and its network link to the Town Hall",
    "Local Revenues Administration", "es" },
  { VISIT_VES_FINANCE, "2006-04-25", "14:00", "17:00", "Town Hall, Villa El Salvador",
    "Workshop: results of the training of 188 staff on the financial software",
    "Department of International Cooperation", "es" },
  { VISIT_VES_FINANCE, "2006-04-27", "10:00", "11:30", "Town Hall, Villa El Salvador",
    "Wrap-up presentation to the Mayor and the management team",
    "Head of the Department of International Cooperation, Villa El Salvador", "es" },

  { VISIT_VES_TO_AMSTELVEEN, "2006-10-10", "09:30", "12:00", "Town hall, Amstelveen",
    "Working session with Finance: local tax information and the cadastre",
    "Joost van Rijn (Finance)", "es" },
  { VISIT_VES_TO_AMSTELVEEN, "2006-10-12", "10:00", "15:00", "Amstelveen and surroundings",
    "Field visit to waste recycling companies", "Ruud Dekkers (Public Works)", "es" },
  { VISIT_VES_TO_AMSTELVEEN, "2006-10-17", "12:30", "13:30", "Town hall, Amstelveen",
    "Lunch presentation on Villa El Salvador, open to all staff",
    "Marloes Terpstra (international cooperation)", "es" },
  { VISIT_VES_TO_AMSTELVEEN, "2006-10-19", "10:00", "11:30", "Town hall, Amstelveen",
    "Meeting with the Mayor: declaration of intention for the next phase",
    "Mayor of Amstelveen", "es" },

  { VISIT_LSE_HOUSING, "2006-11-07", "08:00", "12:00", "LSE project office, León",
    "Work session on housing typologies and the allocation of plots", "LSE project office", "es" },
  { VISIT_LSE_HOUSING, "2006-11-09", "08:30", "12:30", "León Sur Este",
    "Field visit with the community organisation ACOPOE: infrastructure, housing and social "
    "services", "ACOPOE", "es" },
  { VISIT_LSE_HOUSING, "2006-11-14", "14:00", "17:00", "LSE project office, León",
    "Joint workshop on the rotating fund’s loans for self-built housing", "LSE project office", "es" },
  { VISIT_LSE_HOUSING, "2006-11-16", "10:00", "11:30", "Town hall, León",
    "Wrap-up with Cooperación Externa; terms of reference for the next visit",
    "Director of Cooperación Externa, León", "es" },

  { VISIT_LEON_TO_UTRECHT, "2007-09-18", "10:00", "16:00", "Leidsche Rijn, Utrecht",
    "Field visit to the Leidsche Rijn urban expansion area",
    "Ingrid Wouters (Spatial and Urban Development)", "es" },
  { VISIT_LEON_TO_UTRECHT, "2007-09-20", "14:00", "16:00", "City office, Utrecht",
    "LSE working group: progress of León Sur Este and the next terms of reference",
    "Hendrik-Jan Mulder (LSE project coordinator)", "es" },
  { VISIT_LEON_TO_UTRECHT, "2007-09-22", "19:30", "22:00", "Foundation Utrecht-León, Utrecht",
    "Evening with the Foundation: volunteers and citizens meet the León delegation",
    "Foundation Utrecht-León", "es" },
  { VISIT_LEON_TO_UTRECHT, "2007-09-26", "10:00", "11:30", "City office, Utrecht",
    "Meeting with the Alderman for International Cooperation",
    "Annelies Brouwer (partnership coordinator)", "es" },

  { VISIT_UTRECHT_ANNIVERSARY, "2008-03-11", "10:00", "12:00", "Town hall, León",
    "Meeting of the Mayors of León and Utrecht: 25 years of partnership", "Mayor of León", "es" },
  { VISIT_UTRECHT_ANNIVERSARY, "2008-03-12", "08:30", "12:00", "León Sur Este",
    "Field visit with the LSE project office", "LSE project office", "es" },
  { VISIT_UTRECHT_ANNIVERSARY, "2008-03-13", "18:00", "20:30", "León",
    "Anniversary evening with the Foundation’s León office and León’s citizens",
    "Foundation Utrecht-León, León office", "es" },
};

/* Costs, in the currency they were paid in. The study gives no costs per visit, so the
 * amounts are illustrative, except what the students raised. */

#define ILLUSTRATIVE_AMOUNT "Illustrative amount: the study gives no costs per visit. "

#define PAID_BY_THE_NORTH \
  "Overseas missions are always financed by the Northern city, also when representatives " \
  "from the partner cities travel (Bontenbal 2009, L7865–7868)."

#define PAID_BY_VNG \
  "In Alphen virtually all technical exchanges and work visits are financed by VNG " \
  "subsidies (Bontenbal 2009, L7464–7465)."

/* Rates to the euro, the ledger's base currency (units of the currency per euro, in
 * millionths), so that the costs enter the ledger: approximate annual averages of the
 * visit's year, as the study gives rates to the US dollar only (Table 6.6). A planned
 * visit's rate is a budget rate. Costs in euros need none. */
#define NO_RATE 0
#define ZAR_2002 9900000    /* approximate 2002 rate */
#define ZAR_2005 7900000    /* approximate 2005 rate */
#define ZAR_2008 12000000   /* approximate 2008 rate, for a budget */
#define PEN_2005 4100000    /* approximate 2005 rate */
#define PEN_2006 4100000    /* approximate 2006 rate */
#define PEN_2007 4290000    /* approximate 2007 rate */
#define NIO_2006 22000000   /* approximate 2006 rate */
#define NIO_2008 28500000   /* approximate 2008 rate */

typedef struct
{
  int          visit;
  CpCostKind   kind;
  const char  *description;
  gint64       amount;        /* minor units of the currency */
  const char  *currency;
  gint64       rate;          /* to the euro, or NO_RATE */
  int          payer;         /* a municipality, or NO_MUNICIPALITY and a payer's name */
  const char  *payer_name;
  const char  *note;
} SampleCost;

static const SampleCost costs[] = {
  { VISIT_ALPHEN_FACT_FINDING, CP_COST_KIND_TRAVEL, "Return flights to South Africa and travel "
    "between the three towns, 2 people", 240000, "EUR", NO_RATE, ALPHEN, NULL,
    ILLUSTRATIVE_AMOUNT PAID_BY_THE_NORTH },

  { VISIT_ALPHEN_SIGNING, CP_COST_KIND_TRAVEL, "Return flights Amsterdam–George, 3 people",
    345000, "EUR", NO_RATE, ALPHEN, NULL, ILLUSTRATIVE_AMOUNT PAID_BY_THE_NORTH },
  { VISIT_ALPHEN_SIGNING, CP_COST_KIND_ACCOMMODATION, "Guesthouse in Oudtshoorn, 3 people, 7 nights",
    945000, "ZAR", ZAR_2002, ALPHEN, NULL,
    ILLUSTRATIVE_AMOUNT "R 450 a night. " PAID_BY_THE_NORTH },

  { VISIT_ALPHEN_PMS, CP_COST_KIND_TRAVEL, "Return flights Amsterdam–George, 3 people",
    345000, "EUR", NO_RATE, NO_MUNICIPALITY, "VNG International (LOGO South subsidy)",
    ILLUSTRATIVE_AMOUNT PAID_BY_VNG },
  { VISIT_ALPHEN_PMS, CP_COST_KIND_ACCOMMODATION, "Guesthouse in Oudtshoorn, 3 people, 11 nights",
    1980000, "ZAR", ZAR_2005, NO_MUNICIPALITY, "VNG International (LOGO South subsidy)",
    ILLUSTRATIVE_AMOUNT "R 600 a night. " PAID_BY_VNG },

  { VISIT_TK_MAYOR, CP_COST_KIND_TRAVEL, "Return flights Berlin–Cajamarca, 2 people",
    270000, "EUR", NO_RATE, TREPTOW_KOEPENICK, NULL,
    ILLUSTRATIVE_AMOUNT "The Mayor funds partnership activities ad hoc from the "
    "representation budget (Bontenbal 2009, Table 6.3, L7677–7679; L9120–9121)." },
  { VISIT_TK_MAYOR, CP_COST_KIND_ACCOMMODATION, "Hotel in Cajamarca, 2 people, 6 nights",
    168000, "PEN", PEN_2005, TREPTOW_KOEPENICK, NULL,
    ILLUSTRATIVE_AMOUNT "S/ 140 a night, about US$44 at the rate of Table 6.6 (3.20 Soles to the "
    "dollar, 2006; L8307–8322). " PAID_BY_THE_NORTH },

  { VISIT_VES_FINANCE, CP_COST_KIND_TRAVEL, "Return flights Amsterdam–Lima, 2 people",
    250000, "EUR", NO_RATE, AMSTELVEEN, NULL, ILLUSTRATIVE_AMOUNT PAID_BY_THE_NORTH },
  { VISIT_VES_FINANCE, CP_COST_KIND_ACCOMMODATION, "Hotel in Lima, 2 people, 11 nights",
    330000, "PEN", PEN_2006, AMSTELVEEN, NULL,
    ILLUSTRATIVE_AMOUNT "S/ 150 a night, about US$47 at the rate of Table 6.6 (3.20 Soles to the "
    "dollar, 2006; L8307–8322). " PAID_BY_THE_NORTH },
  { VISIT_VES_FINANCE, CP_COST_KIND_PER_DIEM, "Per diem, 2 people, 12 days",
    144000, "PEN", PEN_2006, AMSTELVEEN, NULL,
    ILLUSTRATIVE_AMOUNT "S/ 60 a day. " PAID_BY_THE_NORTH },

  { VISIT_VES_TO_AMSTELVEEN, CP_COST_KIND_TRAVEL, "Return flight Lima–Amsterdam, 1 person",
    130000, "EUR", NO_RATE, AMSTELVEEN, NULL, ILLUSTRATIVE_AMOUNT PAID_BY_THE_NORTH },
  { VISIT_VES_TO_AMSTELVEEN, CP_COST_KIND_ACCOMMODATION, "Hotel in Amstelveen, 1 person, 11 nights",
    104500, "EUR", NO_RATE, AMSTELVEEN, NULL, ILLUSTRATIVE_AMOUNT PAID_BY_THE_NORTH },

  { VISIT_LSE_HOUSING, CP_COST_KIND_TRAVEL, "Return flights Amsterdam–Managua, 2 people",
    230000, "EUR", NO_RATE, UTRECHT, NULL, ILLUSTRATIVE_AMOUNT PAID_BY_THE_NORTH },
  { VISIT_LSE_HOUSING, CP_COST_KIND_ACCOMMODATION, "Hotel in León, 2 people, 11 nights",
    1980000, "NIO", NIO_2006, UTRECHT, NULL,
    ILLUSTRATIVE_AMOUNT "C$ 900 a night, about US$50 at the rate of Table 6.6 (18 Córdobas to "
    "the dollar, 2007; L8307–8322). " PAID_BY_THE_NORTH },

  { VISIT_VES_ENVIRONMENT, CP_COST_KIND_TRAVEL, "Return flights Amsterdam–Lima, 2 people",
    250000, "EUR", NO_RATE, AMSTELVEEN, NULL, ILLUSTRATIVE_AMOUNT PAID_BY_THE_NORTH },
  { VISIT_VES_ENVIRONMENT, CP_COST_KIND_ACCOMMODATION, "Hotel in Lima, 2 people, 11 nights",
    352000, "PEN", PEN_2007, AMSTELVEEN, NULL,
    ILLUSTRATIVE_AMOUNT "S/ 160 a night, about US$50 at the rate of Table 6.6 (3.20 Soles to the "
    "dollar, 2006; L8307–8322). " PAID_BY_THE_NORTH },

  { VISIT_ALPHEN_STUDENTS, CP_COST_KIND_OTHER,
    "Upgrade of the building of the vocational training centre", 4100000, "EUR", NO_RATE,
    NO_MUNICIPALITY, "The students from Alphen (their own fundraising)",
    "Bontenbal 2009, L9594–9596: the 41 students had raised €41,000 to upgrade the building in "
    "which the training centre was to be opened. The study’s figure: what the students raised "
    "and brought, not what their stay cost." },

  { VISIT_LEON_TO_UTRECHT, CP_COST_KIND_TRAVEL, "Return flights Managua–Amsterdam, 2 people",
    240000, "EUR", NO_RATE, UTRECHT, NULL, ILLUSTRATIVE_AMOUNT PAID_BY_THE_NORTH },
  { VISIT_LEON_TO_UTRECHT, CP_COST_KIND_ACCOMMODATION, "Hotel in Utrecht, 2 people, 11 nights",
    198000, "EUR", NO_RATE, UTRECHT, NULL, ILLUSTRATIVE_AMOUNT PAID_BY_THE_NORTH },

  { VISIT_LSE_SOCIAL, CP_COST_KIND_TRAVEL, "Return flights Amsterdam–Managua, 2 people",
    240000, "EUR", NO_RATE, UTRECHT, NULL, ILLUSTRATIVE_AMOUNT PAID_BY_THE_NORTH },
  { VISIT_LSE_SOCIAL, CP_COST_KIND_ACCOMMODATION, "Hotel in León, 2 people, 11 nights",
    2200000, "NIO", NIO_2008, UTRECHT, NULL,
    ILLUSTRATIVE_AMOUNT "C$ 1,000 a night, about US$56 at the rate of Table 6.6 (18 Córdobas to "
    "the dollar, 2007; L8307–8322). " PAID_BY_THE_NORTH },

  { VISIT_UTRECHT_ANNIVERSARY, CP_COST_KIND_TRAVEL, "Return flights Amsterdam–Managua, 4 people",
    500000, "EUR", NO_RATE, UTRECHT, NULL, ILLUSTRATIVE_AMOUNT PAID_BY_THE_NORTH },
  { VISIT_UTRECHT_ANNIVERSARY, CP_COST_KIND_ACCOMMODATION, "Hotel in León, 4 people, 5 nights",
    2400000, "NIO", NIO_2008, UTRECHT, NULL,
    ILLUSTRATIVE_AMOUNT "C$ 1,200 a night, about US$67 at the rate of Table 6.6 (18 Córdobas to "
    "the dollar, 2007; L8307–8322). " PAID_BY_THE_NORTH },

  { VISIT_TK_ANNIVERSARY, CP_COST_KIND_TRAVEL, "Return flights Berlin–Cajamarca, 2 people",
    280000, "EUR", NO_RATE, TREPTOW_KOEPENICK, NULL, ILLUSTRATIVE_AMOUNT PAID_BY_THE_NORTH },

  { VISIT_ALPHEN_RESTART, CP_COST_KIND_TRAVEL, "Return flights Amsterdam–George, 2 people (budget)",
    240000, "EUR", NO_RATE, ALPHEN, NULL,
    ILLUSTRATIVE_AMOUNT "A budget: the visit is planned, and VNG’s LOGO South programme runs "
    "to 2008 (Bontenbal 2009, L3258–3260)." },
  { VISIT_ALPHEN_RESTART, CP_COST_KIND_ACCOMMODATION, "Guesthouse in Oudtshoorn, 2 people, 9 nights "
    "(budget)", 1260000, "ZAR", ZAR_2008, ALPHEN, NULL,
    ILLUSTRATIVE_AMOUNT "A budget of R 700 a night. " PAID_BY_THE_NORTH },
};

/* What participants learnt and how they shared it: the dimensions of §8.3.2 and the
 * dissemination of §8.3.3 (L10727–11177), put on the sample's people. In the North
 * learning comes mainly from exposure to a different organisational context and is
 * seldom applied; in the South it is mainly technical and applied (Table 8.1,
 * L11246–11265). */

typedef struct
{
  int              visit;
  int              person;
  CpLearningLevel  level;
  const char      *learnt;
  const char      *shared;
} SampleLearning;

static const SampleLearning learning[] = {
  { VISIT_ALPHEN_FACT_FINDING, ALP_COORDINATOR, CP_LEARNING_LEVEL_PERSONAL,
    "How local government works in three South African towns after Apartheid, and how "
    "differently each could take up a twinning",
    "The mission report to the Mayor and the council, which chose Oudtshoorn." },
  { VISIT_ALPHEN_SIGNING, ALP_MAYOR, CP_LEARNING_LEVEL_PERSONAL,
    "The shared history of the two towns (the coat of arms, the street names) matters to many "
    "people in both",
    "Interviews in the local newspapers and the staff journal." },
  { VISIT_ALPHEN_PMS, ALP_PERFORMANCE, CP_LEARNING_LEVEL_PROFESSIONAL,
    "Translating Alphen’s planning and control practice to South Africa’s legal PMS framework, "
    "through consultants who share the language and know the legislation",
    "A written mission report to the Municipal Manager and the Mayor, and notes for the group "
    "of Alphen officials for Oudtshoorn." },
  { VISIT_ALPHEN_PMS, ALP_AUDIT, CP_LEARNING_LEVEL_PERSONAL,
    "Working in an unfamiliar setting: flexibility when meetings, data or electricity are not "
    "there as planned",
    "Informal conversations with colleagues in Finance and Control." },
  { VISIT_ALPHEN_PMS, OUD_LIAISON, CP_LEARNING_LEVEL_ORGANISATIONAL,
    "A performance measurement framework with targets and dates, a performance audit, and "
    "reporting and review cycles tied to the IDP",
    "About 30 staff and 40 councillors were trained during the project, which ended with a "
    "seminar for some 70 representatives of 20 Western Cape municipalities. Otherwise the "
    "knowledge stays with the people involved: there is no mechanism to report back." },
  { VISIT_TK_MAYOR, TK_OFFICIAL, CP_LEARNING_LEVEL_PROFESSIONAL,
    "After a change of regime the partner city reshuffles its staff; the partnership needs its "
    "own information system, not one person",
    "Reported in the Working Group Cajamarca." },
  { VISIT_VES_FINANCE, AMS_FINANCE, CP_LEARNING_LEVEL_PROFESSIONAL,
    "Participatory budgeting puts citizens centre stage in Villa El Salvador; Amstelveen budgets "
    "technocratically and long-term, and neither system carries over to the other",
    "A diary of the mission sent to colleagues, the other mission member, the Municipal "
    "Manager and the Mayor, to show what was done." },
  { VISIT_VES_FINANCE, VES_HEAD_IC, CP_LEARNING_LEVEL_ORGANISATIONAL,
    "Up-to-date financial information for every department, and municipal agencies linked to "
    "the Town Hall so that tax payments are confirmed at once",
    "Managers reported to their departments and in the interdepartmental management "
    "meetings." },
  { VISIT_VES_TO_AMSTELVEEN, VES_HEAD_IC, CP_LEARNING_LEVEL_PROFESSIONAL,
    "How Amstelveen runs its organisation: team work, open offices, delegation of tasks, and a "
    "local revenues system and a cadastre as the basis of sound finances",
    "Reported to the departments; proposed that Human Resources organise a learning mechanism, "
    "so that more people benefit than those who travel." },
  { VISIT_VES_TO_AMSTELVEEN, VES_HEAD_IC, CP_LEARNING_LEVEL_PERSONAL,
    "Friendship with colleagues in Amstelveen, and a change of perspective from comparing the "
    "two countries",
    "Informal conversations with colleagues." },
  { VISIT_LSE_HOUSING, UTR_HOUSING, CP_LEARNING_LEVEL_PROFESSIONAL,
    "Creative thinking with very few resources, and translating her own expertise to León’s "
    "context",
    "A written report and an oral report in the LSE working group." },
  { VISIT_LSE_HOUSING, UTR_PLANNER, CP_LEARNING_LEVEL_PROFESSIONAL,
    "Looking critically at León’s organisation made her reflect on Utrecht’s own",
    "A lunch meeting and an article in the staff magazine; colleagues were interested but did "
    "nothing with it." },
  { VISIT_VES_ENVIRONMENT, AMS_ENV_TECH, CP_LEARNING_LEVEL_ORGANISATIONAL,
    "Villa El Salvador’s participatory decision-making, tried at home: Amstelveen’s citizens "
    "chose their new form of waste collection",
    "Four citizen meetings, an internet poll and a closing meeting; only 14 citizens took part, "
    "and the process cost much time for little result." },
  { VISIT_VES_ENVIRONMENT, AMS_ENV_POLICY, CP_LEARNING_LEVEL_PROFESSIONAL,
    "Assist the partner’s own idea, the Bono Verde, with know-how rather than bring in new "
    "approaches",
    "A report on the intranet, a lunch presentation open to all staff and presentations in the "
    "departments." },
  { VISIT_VES_ENVIRONMENT, AMS_ENV_POLICY, CP_LEARNING_LEVEL_PERSONAL,
    "Awareness of inequality, and inspiration from colleagues who achieve much with few "
    "resources",
    "Told colleagues, some of whom asked whether she had enjoyed her holiday." },
  { VISIT_LEON_TO_UTRECHT, LEON_CE_DIRECTOR, CP_LEARNING_LEVEL_PROFESSIONAL,
    "Urban expansion is more than physical expansion: financial management, participation, "
    "cycling and public transport",
    "Presented to the Urban Development Department and the LSE project office." },
  { VISIT_LSE_SOCIAL, UTR_SOCIAL, CP_LEARNING_LEVEL_ORGANISATIONAL,
    "Social development belongs in every facet of the LSE planning, not only in her own "
    "contribution",
    "Presented in the LSE working group, which brought the social dimension into the "
    "project." },
};

/* Actions agreed on the visits. Those due before the study ends are mostly done. */

typedef struct
{
  int               visit;
  const char       *action;
  int               owner;   /* a person, or NO_PERSON */
  const char       *due_on;
  CpFollowUpStatus  status;
} SampleFollowUp;

static const SampleFollowUp follow_ups[] = {
  { VISIT_ALPHEN_FACT_FINDING, "Propose Oudtshoorn to the council as Alphen’s twinning partner",
    ALP_MAYOR, "2000-12-31", CP_FOLLOW_UP_STATUS_DONE },
  { VISIT_ALPHEN_SIGNING, "Set up a civil wing for the partnership in Alphen",
    ALP_COORDINATOR, "2003-02-28", CP_FOLLOW_UP_STATUS_DONE },
  { VISIT_ALPHEN_PMS, "Train staff and councillors on the PMS with the consultants",
    ALP_PERFORMANCE, "2007-05-31", CP_FOLLOW_UP_STATUS_DONE },
  { VISIT_ALPHEN_PMS, "Appoint a dedicated officer in Oudtshoorn to liaise directly with Alphen",
    OUD_MANAGER, "2008-06-30", CP_FOLLOW_UP_STATUS_OPEN },
  { VISIT_TK_MAYOR, "Keep an archive of the partnership’s documents in Cajamarca’s Planning and "
    "Technical Cooperation Office", CAJ_LIAISON, "2006-12-31", CP_FOLLOW_UP_STATUS_DROPPED },
  { VISIT_VES_FINANCE, "Connect the remaining municipal agencies to the Town Hall’s financial "
    "system", VES_HEAD_IC, "2006-12-31", CP_FOLLOW_UP_STATUS_DONE },
  { VISIT_VES_TO_AMSTELVEEN, "Sign the declaration of intention for the last phase of the "
    "environment project", AMS_COORDINATOR, "2006-12-15", CP_FOLLOW_UP_STATUS_DONE },
  { VISIT_LSE_HOUSING, "Draw up the terms of reference for the next LSE work visit",
    LEON_CE_DIRECTOR, "2007-01-31", CP_FOLLOW_UP_STATUS_DONE },
  { VISIT_VES_ENVIRONMENT, "Consult Amstelveen’s citizens on the form of waste collection",
    AMS_ENV_TECH, "2007-12-31", CP_FOLLOW_UP_STATUS_DONE },
  { VISIT_VES_ENVIRONMENT, "Find funding for the cooperation with Villa El Salvador now that "
    "VNG’s programmes have ended", AMS_COORDINATOR, "2008-06-30", CP_FOLLOW_UP_STATUS_OPEN },
  { VISIT_ALPHEN_STUDENTS, "Open the vocational training centre in the upgraded building",
    NO_PERSON, "2008-03-31", CP_FOLLOW_UP_STATUS_OPEN },
  { VISIT_LEON_TO_UTRECHT, "Integrate the LSE project office into the Department of Urban "
    "Development", LSE_CONSULTANT, "2008-06-30", CP_FOLLOW_UP_STATUS_DONE },
  { VISIT_LSE_SOCIAL, "Finish the chapter on sports and youth of León’s social policy plan",
    UTR_SOCIAL, "2008-06-30", CP_FOLLOW_UP_STATUS_OPEN },
  { VISIT_UTRECHT_ANNIVERSARY, "Present the compensation of the organisation’s CO2 emission "
    "with a reforestation scheme near León to the council", UTR_ALDERMAN, "2008-10-31",
    CP_FOLLOW_UP_STATUS_OPEN },
  { VISIT_UTRECHT_ANNIVERSARY, "Agree with León how it continues León Sur Este alone after "
    "Utrecht withdraws in 2010", UTR_COORDINATOR, "2008-12-31", CP_FOLLOW_UP_STATUS_OPEN },
  { VISIT_TK_ANNIVERSARY, "Send Cajamarca’s official in charge the partnership’s contacts, "
    "objectives and stakeholders", TK_OFFICIAL, "2008-07-31", CP_FOLLOW_UP_STATUS_OPEN },
  { VISIT_TK_ANNIVERSARY, "Ask Cajamarca for an official invitation and a named counterpart "
    "before the next Mayoral visit", TK_MAYOR, "2008-11-30", CP_FOLLOW_UP_STATUS_OPEN },
};

/* Money (schema 004): the budgets of Table 6.2 and Figure 6.1, the partners' budgets
 * of Tables 6.4–6.6 and Box 6.4, the funders of §5.8, grant applications, and a ledger
 * of what §6.1.3 says came in and went out. Amounts are minor units of the currency
 * the study gives them in, at the study's own rates (18 Córdobas, and 3.20 or 3.30
 * Soles, to the US dollar). The ledger adds up in euros, the workspace's base
 * currency, and the study's ledger figures are all in euros. Where the study gives a
 * total without its parts, the parts are derived or synthetic, and the record says
 * which. */

/* Whole units of a currency with two decimals (EUR, USD, PEN, NIO) in minor units. */
#define WHOLE(units) ((gint64) (units) * 100)

/* Budget years. An amount of 0 is not recorded: the study gives no zero amounts. The
 * general budgets of the Dutch cities are the study's for 2008 only (L6023, L6043,
 * L6093), while their IC budgets are for 2006 or 2007 (Table 6.2): each figure stays in
 * its own year (domain notes §8, item 18), so the IC share of the general budget is
 * not recorded for any one year. Deriving a 2007 budget back from the domain notes'
 * ratios (0.038% for Utrecht) would only return the 2008 figure under another year. */

enum
{
  BUDGET_AMSTELVEEN_2007,
  BUDGET_AMSTELVEEN_2008,
  BUDGET_TK_2006,
  BUDGET_UTRECHT_2007,
  BUDGET_UTRECHT_2008,
  BUDGET_ALPHEN_2006,
  BUDGET_ALPHEN_2008,
  BUDGET_VES_2004,
  BUDGET_VES_2005,
  BUDGET_VES_2006,
  BUDGET_LEON_1997,
  BUDGET_LEON_1998,
  BUDGET_LEON_1999,
  BUDGET_LEON_2000,
  BUDGET_LEON_2001,
  BUDGET_LEON_2002,
  BUDGET_LEON_2007,
  N_BUDGET_YEARS,
};

typedef struct
{
  int          municipality;
  int          year;
  const char  *currency;
  const char  *base_currency;          /* "" where the study gives no rate */
  gint64       rate;                   /* units of the currency per unit of the base, in millionths */
  gint64       municipal_budget;       /* minor units, or 0: not recorded */
  gint64       ic_budget;              /* an own city's IC budget; what IC gave a partner */
  gint64       public_investment;
  gint64       investment_own;
  gint64       investment_transfers;
  gint64       investment_international;
  gboolean     with_population;        /* the municipality's population (§5.1–5.2) */
  const char  *source;
  const char  *note;
} SampleBudgetYear;

#define TABLE_6_2 "Bontenbal 2009, Table 6.2 (L7429–7453)"
#define TABLE_6_4 "Bontenbal 2009, Table 6.4 (L8138–8165)"
#define TABLE_6_5 "Bontenbal 2009, Table 6.5 (L8258–8273), from León’s Department of Local Development"

#define GENERAL_BUDGET_OF_2008 \
  "The study gives the general budget for 2008 only, kept in the 2008 budget year: " \
  "each figure stays in its own year (domain notes §8, item 18)."

#define TABLE_6_4_NOT_IN_LEDGER \
  " Kept as the partner’s budget data, not in the ledger: the ledger adds up the own " \
  "municipalities’ money in euros, and the Netherlands row is partly the same money as " \
  "Amstelveen’s VNG grant. The years of the rows with two values are derived from the " \
  "column totals (domain notes §6.6)."

#define LEON_TABLE_6_5_NOTE(share) \
  "Bontenbal 2009, Table 6.5 (L8258–8273): total public investment and the funding " \
  "from external cooperation; share " share "%. The study gives no exchange rate for " \
  "these years, so the amounts stay in Córdobas."

static const SampleBudgetYear budget_years[N_BUDGET_YEARS] = {
  [BUDGET_AMSTELVEEN_2007] = {
    AMSTELVEEN, 2007, "EUR", "", 0, 0, WHOLE (146000), 0, 0, 0, 0, TRUE, TABLE_6_2,
    "Bontenbal 2009, Table 6.2 (L7429–7453): municipal budget for international "
    "cooperation €146,000 in 2007; a large bulk of it goes to economic development and "
    "trade (L7342–7343). Structural contributions only: council donations come on top "
    "(fn 111, L7364–7370). " GENERAL_BUDGET_OF_2008
  },
  [BUDGET_AMSTELVEEN_2008] = {
    AMSTELVEEN, 2008, "EUR", "", 0, WHOLE (185000000), 0, 0, 0, 0, 0, TRUE,
    "Bontenbal 2009, L6023",
    "Bontenbal 2009, L6023: annual budget €185 million (2008). The study gives no IC "
    "budget for 2008; against 2007’s €146,000 it would be 0.079%, below the 0.1% of "
    "fn 113 (L7376–7383)."
  },
  [BUDGET_TK_2006] = {
    TREPTOW_KOEPENICK, 2006, "EUR", "", 0, 0, WHOLE (30000), 0, 0, 0, 0, TRUE, TABLE_6_2,
    "Bontenbal 2009, Table 6.2 (L7429–7453): for Treptow-Köpenick the column is the "
    "municipal budget for Local Agenda 21, a structural €30,000 a year for the first "
    "time in 2006 (L7355–7358; Chapter 7 says “since 2007”, L9111–9113). The District "
    "is not financially independent of the Senate of Berlin, and the study gives no "
    "general budget (L6046–6079): not recorded."
  },
  [BUDGET_UTRECHT_2007] = {
    UTRECHT, 2007, "EUR", "", 0, 0, WHOLE (565876), 0, 0, 0, 0, TRUE,
    "Bontenbal 2009, Table 6.2 (L7429–7453) and Figure 6.1 (L7101–7153)",
    "Bontenbal 2009, Figure 6.1 (L7101–7153): budget International Affairs 2007, "
    "€565,876 in seven lines; Table 6.2 gives the same total. " GENERAL_BUDGET_OF_2008
  },
  [BUDGET_UTRECHT_2008] = {
    UTRECHT, 2008, "EUR", "", 0, WHOLE (1500000000), 0, 0, 0, 0, 0, TRUE,
    "Bontenbal 2009, L6043 (CBS, 2008)",
    "Bontenbal 2009, L6043: annual municipal budget €1.5 billion in 2008 (CBS, 2008). "
    "The study gives no IC budget for 2008; against 2007’s €565,876 it would be 0.038%."
  },
  [BUDGET_ALPHEN_2006] = {
    ALPHEN, 2006, "EUR", "", 0, 0, WHOLE (35000), 0, 0, 0, 0, TRUE, TABLE_6_2,
    "Bontenbal 2009, Table 6.2 (L7429–7453): €35,000, following the rule of thumb that "
    "one former Dutch guilder per inhabitant goes to municipal international solidarity "
    "(L7352–7354). " GENERAL_BUDGET_OF_2008
  },
  [BUDGET_ALPHEN_2008] = {
    ALPHEN, 2008, "EUR", "", 0, WHOLE (200000000), 0, 0, 0, 0, 0, TRUE,
    "Bontenbal 2009, L6093 (CBS, 2008)",
    "Bontenbal 2009, L6093: annual budget €200 million (CBS, 2008). The study gives no "
    "IC budget for 2008; against 2006’s €35,000 it would be 0.018%."
  },
  [BUDGET_VES_2004] = {
    VILLA_EL_SALVADOR, 2004, "PEN", "USD", 3300000, 0, 37303200, 0, 0, 0, 0, FALSE, TABLE_6_4,
    "Bontenbal 2009, Table 6.4 (L8138–8165): international funding to Villa El Salvador "
    "in 2004, US$113,040, which the study converted from Soles at 3.30 to the dollar; "
    "stored in Soles (US$ × 3.30). By source: the Netherlands (Amstelveen, VNG, Woongroep "
    "Holland, Province of Noord-Holland, Rotary Clubs) US$98,831; France (City of Rezé) "
    "US$14,209." TABLE_6_4_NOT_IN_LEDGER
  },
  [BUDGET_VES_2005] = {
    VILLA_EL_SALVADOR, 2005, "PEN", "USD", 3300000, 0, 124350270, 0, 0, 0, 0, FALSE, TABLE_6_4,
    "Bontenbal 2009, Table 6.4 (L8138–8165): international funding to Villa El Salvador "
    "in 2005, US$376,819 at 3.30 Soles to the dollar, stored in Soles. By source: the "
    "Netherlands US$287,675; Spain (Catalan Fund, Princedom of Asturias) US$45,178; "
    "France (City of Rezé) US$13,762; European Union (URB-AL; fn 137 gives US$16,624) "
    "US$16,468; United Nations (UNIFEM, UNICEF) US$13,736." TABLE_6_4_NOT_IN_LEDGER
  },
  [BUDGET_VES_2006] = {
    VILLA_EL_SALVADOR, 2006, "PEN", "USD", 3200000, 3337940800, 286758080, 0, 0, 0, 0, TRUE,
    "Bontenbal 2009, Table 6.6 (L8307–8323), notes c and d",
    "Bontenbal 2009, Table 6.6 (L8307–8323): annual budget 33,379,408 Soles = "
    "US$10,431,065 (note c: Presupuesto Institucional de apertura 2006) and contribution "
    "from international cooperation 2,867,580.80 Soles = US$896,119 (note d: the IC "
    "Department), at 3.20 Soles to the dollar: 8.6% of the budget, US$2 per inhabitant "
    "of 400,000. Table 6.4 (L8138–8165) gives the same Soles at 3.30 as US$868,934 "
    "(868,934 × 3.30 / 3.20 = 896,088): the Netherlands US$232,410; Spain US$14,888; "
    "France US$13,961; Italy (Italian Peruvian Fund) US$538,858; European Union "
    "(PROPOLI, URB-AL) US$67,278; United Nations US$1,539." TABLE_6_4_NOT_IN_LEDGER
  },
  [BUDGET_LEON_1997] = {
    LEON, 1997, "NIO", "", 0, 0, 0, 1955672000, 0, 0, 1145007500, FALSE, TABLE_6_5,
    LEON_TABLE_6_5_NOTE ("59")
  },
  [BUDGET_LEON_1998] = {
    LEON, 1998, "NIO", "", 0, 0, 0, 2588371600, 0, 0, 1876910300, FALSE, TABLE_6_5,
    LEON_TABLE_6_5_NOTE ("73")
  },
  [BUDGET_LEON_1999] = {
    LEON, 1999, "NIO", "", 0, 0, 0, 7958153800, 0, 0, 5471363300, FALSE, TABLE_6_5,
    LEON_TABLE_6_5_NOTE ("69")
  },
  [BUDGET_LEON_2000] = {
    LEON, 2000, "NIO", "", 0, 0, 0, 11673682900, 0, 0, 6662448100, FALSE, TABLE_6_5,
    LEON_TABLE_6_5_NOTE ("57")
  },
  [BUDGET_LEON_2001] = {
    LEON, 2001, "NIO", "", 0, 0, 0, 8698724000, 0, 0, 4091140100, FALSE, TABLE_6_5,
    LEON_TABLE_6_5_NOTE ("47")
  },
  [BUDGET_LEON_2002] = {
    LEON, 2002, "NIO", "", 0, 0, 0, 5722562800, 0, 0, 4142276200, FALSE, TABLE_6_5,
    LEON_TABLE_6_5_NOTE ("72")
  },
  [BUDGET_LEON_2007] = {
    LEON, 2007, "NIO", "USD", 18000000, 28540146600, 16931365200, WHOLE (221000000),
    WHOLE (29000000), WHOLE (23000000), WHOLE (169000000), TRUE,
    "Bontenbal 2009, Table 6.6 (L8307–8323), notes a and b; Box 6.4 (L7768–7789)",
    "Bontenbal 2009, Table 6.6 (L8307–8323): annual budget C$285,401,466 = US$15,855,637 "
    "(note a: Ejecución presupuestaria 2007) and contribution from international "
    "cooperation C$169,313,652 = US$9,406,314 (note b: Plan de Inversión Anual 2007), at "
    "18 Córdobas to the dollar: 59% of the budget, US$47 per inhabitant of 200,000. "
    "Public investment by source, Box 6.4 and Figure 6.2 (L7768–7789): the total of "
    "221 million and the 169 million (77%) from international cooperation are the "
    "text’s; own resources ≈ 29 million (13%) and central government transfers ≈ 23 "
    "million (10%) are derived from the text’s percentages, as the figure’s numbers are "
    "not in the text edition."
  },
};

/* Budget lines: a line with a partnership is that partnership's budget for the year. */

#define NO_PARTNERSHIP (-1)

#define UNCERTAIN_LINE \
  "Uncertain assignment: Figure 6.1’s labels and values are printed in different orders " \
  "in the text edition (L7101–7153). León, EU affairs and Brno are placed by the text " \
  "(L7095–7096); this label is matched to one of the remaining values by the order of " \
  "the labels (domain notes §6.5 and §8, item 1)."

typedef struct
{
  int          budget;        /* BUDGET_… */
  const char  *label;
  gint64       amount;        /* minor units of the budget year's currency */
  int          partnership;   /* or NO_PARTNERSHIP */
  const char  *note;
} SampleBudgetLine;

static const SampleBudgetLine budget_lines[] = {
  { BUDGET_AMSTELVEEN_2007, "Villa El Salvador", WHOLE (30000), AMSTELVEEN_VES,
    "Bontenbal 2009, Table 6.2 (L7429–7453): municipal budget for the partnership, 21% of "
    "the IC budget. About 70% of the budget for Amstelveen’s four partnerships goes to "
    "Villa El Salvador (L7343–7344)." },
  { BUDGET_AMSTELVEEN_2007, "Economic development, trade and the other partnerships", WHOLE (116000),
    NO_PARTNERSHIP,
    "Bontenbal 2009, L7342–7344: derived, the IC budget of Table 6.2 less the line for "
    "Villa El Salvador; the study does not break it down further." },

  { BUDGET_TK_2006, "Cajamarca", WHOLE (10400), TK_CAJAMARCA,
    "Bontenbal 2009, Table 6.2 (L7429–7453): 35% of the Local Agenda 21 budget. "
    "Partnership projects compete with other LA21 projects (L9122–9124)." },
  { BUDGET_TK_2006, "Other Local Agenda 21 projects", WHOLE (19600), NO_PARTNERSHIP,
    "Bontenbal 2009, Table 6.2 (L7429–7453): derived, the LA21 budget less the line for "
    "Cajamarca." },

  { BUDGET_UTRECHT_2007, "León", WHOLE (128700), UTRECHT_LEON,
    "Bontenbal 2009, Figure 6.1 (L7101–7153) and Table 6.2: 22.7%, “23%” in the text "
    "(L7095–7096). €70,000 for municipal projects and €58,700 (46%) transferred to the "
    "Foundation Utrecht-León (L7346–7348)." },
  { BUDGET_UTRECHT_2007, "EU affairs", WHOLE (83300), NO_PARTNERSHIP,
    "Bontenbal 2009, Figure 6.1 (L7101–7153): 14.7%, “15%” in the text (L7095–7096)." },
  { BUDGET_UTRECHT_2007, "Brno", WHOLE (55000), NO_PARTNERSHIP,
    "Bontenbal 2009, Figure 6.1 (L7101–7153): 9.7%, “10%” in the text (L7095–7096); "
    "Utrecht’s partner city since 1993 (L6044, L7084)." },
  { BUDGET_UTRECHT_2007, "General", WHOLE (140900), NO_PARTNERSHIP,
    "Bontenbal 2009, Figure 6.1 (L7101–7153): 24.9%. " UNCERTAIN_LINE
    " Plausible: the largest slice, and the label listed first." },
  { BUDGET_UTRECHT_2007, "European city network", WHOLE (55000), NO_PARTNERSHIP,
    "Bontenbal 2009, Figure 6.1 (L7101–7153): 9.7%. " UNCERTAIN_LINE },
  { BUDGET_UTRECHT_2007, "Migrant countries", 5297600, NO_PARTNERSHIP,
    "Bontenbal 2009, Figure 6.1 (L7101–7153): 9.4%. " UNCERTAIN_LINE },
  { BUDGET_UTRECHT_2007, "Civil society initiatives", WHOLE (50000), NO_PARTNERSHIP,
    "Bontenbal 2009, Figure 6.1 (L7101–7153): 8.8% (printed 8.9%). " UNCERTAIN_LINE },

  { BUDGET_ALPHEN_2006, "Oudtshoorn", WHOLE (15000), ALPHEN_OUDTSHOORN,
    "Bontenbal 2009, Table 6.2 (L7429–7453): 43% of the IC budget, though Oudtshoorn is "
    "considered Alphen’s single instrument for international cooperation (L7350–7351)." },
  { BUDGET_ALPHEN_2006, "Civil society initiatives and other", WHOLE (20000), NO_PARTNERSHIP,
    "Bontenbal 2009, L7351–7352: derived, the IC budget less the line for Oudtshoorn; "
    "“a large share of the IC budget is also allotted to civil society initiatives”." },
};

/* Funders and their programmes (§5.8). The types are the app's; where the study's kind
 * of funder has no type of its own, the note says which is closest. No websites: the
 * study gives none. */

enum
{
  FUNDER_VNG,
  FUNDER_NCDO,
  FUNDER_PROVINCE_NOORD_HOLLAND,
  FUNDER_WOONGROEP,
  FUNDER_EU,
  FUNDER_ITALIAN_PERUVIAN_FUND,
  FUNDER_CATALAN_FUND,
  FUNDER_REZE,
  FUNDER_UNIFEM,
  FUNDER_UNICEF,
  FUNDER_ROTARY,
  FUNDER_LBSNN,
  FUNDER_CORDAID,
  FUNDER_HIVOS,
  FUNDER_KIWANIS,
  FUNDER_BRNO,
  FUNDER_BERLIN_SENATE,
  N_FUNDERS,
};

/* A link to a funder, programme or application: BY_… (…), or 0 for none. */
#define BY_FUNDER(funder) ((funder) + 1)
#define UNDER_PROGRAMME(programme) ((programme) + 1)
#define FOR_APPLICATION(application) ((application) + 1)
#define IN_PARTNERSHIP(partnership) ((partnership) + 1)
#define CITY(municipality) ((municipality) + 1)

typedef struct
{
  const char    *name;
  const char    *acronym;
  CpFunderType   type;
  const char    *country;
  const char    *note;
} SampleFunder;

static const SampleFunder funders[N_FUNDERS] = {
  [FUNDER_VNG] = {
    "VNG International", "VNG-I", CP_FUNDER_TYPE_MUNICIPAL_ASSOCIATION, "NL",
    "Bontenbal 2009, L2770–2773: the International Co-operation Agency of the Association "
    "of Netherlands Municipalities, which channels the Ministry’s contributions. The main "
    "external funder of Amstelveen (78.5% of its project aid in Villa El Salvador "
    "2004–2007, €274,000; L7406–7408, L7454), 40–50% of the annual budget of Utrecht’s "
    "León Sur Este project, and virtually all of Alphen’s exchanges (L7463–7465)."
  },
  [FUNDER_NCDO] = {
    "NCDO", "NCDO", CP_FUNDER_TYPE_FOUNDATION, "NL",
    "Bontenbal 2009, L8885–8886 and fn 158 (L8924–8926): a national subsidy body that "
    "funds awareness raising (Utrecht, Alphen) and manages the KPA scheme, in the case of "
    "Nicaragua through LBSNN. The app has no type for a national subsidy body; a "
    "foundation is the closest."
  },
  [FUNDER_PROVINCE_NOORD_HOLLAND] = {
    "Province of Noord-Holland", "", CP_FUNDER_TYPE_PROVINCE, "NL",
    "Bontenbal 2009, L7454–7455 and L8856–8858: funded a water and sanitation system in "
    "one of the younger neighbourhoods of Villa El Salvador. The study gives no amount."
  },
  [FUNDER_WOONGROEP] = {
    "Woongroep Holland", "", CP_FUNDER_TYPE_PRIVATE, "NL",
    "Bontenbal 2009, L8849–8853: the housing association funded a municipal technical "
    "support office in Villa El Salvador. A Dutch housing association is a private "
    "non-profit body; the app has no type for housing associations, and private is the "
    "closest. The study gives no amount."
  },
  [FUNDER_EU] = {
    "European Union", "EU", CP_FUNDER_TYPE_EU_PROGRAMME, "",
    "Bontenbal 2009, fn 137 (L8202–8222) and fn 160 (L8934–8937): URB-AL and PROPOLI in "
    "Villa El Salvador, URB-AL’s urban mobility network for Utrecht and León; the EU "
    "Delegation in Peru co-funded Amstelveen’s environmental project (L9493–9495)."
  },
  [FUNDER_ITALIAN_PERUVIAN_FUND] = {
    "Italian Peruvian Fund", "", CP_FUNDER_TYPE_BILATERAL, "IT",
    "Bontenbal 2009, Table 6.4 (L8138–8165): US$538,858 to Villa El Salvador in 2006; VES "
    "lobbied for it when the Province’s funds fell short (L8356–8358)."
  },
  [FUNDER_CATALAN_FUND] = {
    "Catalan Fund", "", CP_FUNDER_TYPE_MUNICIPAL_ASSOCIATION, "ES",
    "Bontenbal 2009, Table 6.4 (L8138–8165) and L8190–8191: with the Princedom of "
    "Asturias, Spain’s US$60,066 to Villa El Salvador in 2005–2006, through the sister "
    "city Santa Coloma de Gramenet. The Catalan Fund for Development Cooperation is an "
    "association of Catalan local governments."
  },
  [FUNDER_REZE] = {
    "City of Rezé", "", CP_FUNDER_TYPE_SISTER_CITY, "FR",
    "Bontenbal 2009, Table 6.4 (L8138–8165) and L8187–8189: a sister city of Villa El "
    "Salvador, US$41,932 in 2004–2006, for youth homes."
  },
  [FUNDER_UNIFEM] = {
    "United Nations Development Fund for Women", "UNIFEM", CP_FUNDER_TYPE_MULTILATERAL, "",
    "Bontenbal 2009, Table 6.4 and fn 138 (L8224–8226): a project in Villa El Salvador on "
    "municipal development plans, participatory budgeting and gender."
  },
  [FUNDER_UNICEF] = {
    "United Nations Children’s Fund", "UNICEF", CP_FUNDER_TYPE_MULTILATERAL, "",
    "Bontenbal 2009, Table 6.4 and fn 138 (L8224–8226): a district workshop in Villa El "
    "Salvador on working with adolescents."
  },
  [FUNDER_ROTARY] = {
    "Rotary clubs", "", CP_FUNDER_TYPE_PRIVATE, "NL",
    "Bontenbal 2009, L8905–8908: in the Dutch cities Rotary clubs donate money and run "
    "charity projects; part of the Netherlands row of Table 6.4, and donors of "
    "wheelchairs for Oudtshoorn (L9596–9598)."
  },
  [FUNDER_LBSNN] = {
    "Landelijk Beraad Stedenbanden Nederland-Nicaragua", "LBSNN", CP_FUNDER_TYPE_NGO, "NL",
    "Bontenbal 2009, L3122–3138, L8889–8894 and fn 118 (L7503–7505): the national "
    "platform of Dutch cities with a partner in Nicaragua, among Utrecht’s extra "
    "resources; it manages KPA for Nicaragua (fn 158). The app has no type for a "
    "twinning platform; an NGO is the closest."
  },
  [FUNDER_CORDAID] = {
    "Cordaid", "", CP_FUNDER_TYPE_NGO, "NL",
    "Bontenbal 2009, L8886–8889 and fn 118 (L7503–7505): one of the Dutch co-financing "
    "NGOs (MFOs) that contributed to Utrecht’s partnership activities."
  },
  [FUNDER_HIVOS] = {
    "Hivos", "", CP_FUNDER_TYPE_NGO, "NL",
    "Bontenbal 2009, L8886–8894: a co-financing NGO (MFO), partner of LBSNN and the "
    "Foundation Utrecht-León in strengthening civil society in Nicaragua."
  },
  [FUNDER_KIWANIS] = {
    "Kiwanis", "", CP_FUNDER_TYPE_PRIVATE, "NL",
    "Bontenbal 2009, fn 118 (L7503–7505): among the resources Utrecht has attracted."
  },
  [FUNDER_BRNO] = {
    "City of Brno", "", CP_FUNDER_TYPE_SISTER_CITY, "CZ",
    "Bontenbal 2009, fn 118 (L7503–7505): Utrecht’s Czech partner city, among the "
    "resources for León, which shows how a partnership becomes part of a wider network."
  },
  [FUNDER_BERLIN_SENATE] = {
    "Senate of Berlin", "", CP_FUNDER_TYPE_PROVINCE, "DE",
    "Bontenbal 2009, fn 114 (L7411–7418): with the EU and the Mayor’s representation "
    "budget, where Treptow-Köpenick may seek money for the partnership, “if you are "
    "lucky”. The Senate governs a city-state; a province is the closest type. No "
    "external funding of the partnership has been observed (L7473–7475)."
  },
};

enum
{
  PROGRAMME_GSO,
  PROGRAMME_LOGO_SOUTH,
  PROGRAMME_KPA,
  PROGRAMME_URB_AL,
  PROGRAMME_PROPOLI,
  PROGRAMME_EUROPE_FOR_CITIZENS,
  N_PROGRAMMES,
};

/* The sample's partner countries that used GSO; the study names none of the 41
 * countries its applications targeted (L2784–2788) but Nicaragua and South Africa. */
static const char * const gso_countries[] = { "NI", "PE", "ZA", NULL };

/* LOGO South's 12 target countries (fn 43, L2817–2825), and Peru until the end of
 * 2007: after 2007 Amstelveen could not use VNG funding for Villa El Salvador, as Peru
 * was no longer a target country (L6419–6421). */
static const char * const logo_south_countries[] = {
  "BJ", "EG", "GH", "ID", "NA", "NI", "PS", "LK", "SD", "SR", "TZ", "ZA", "PE<2007-12-31", NULL,
};

static const char * const propoli_countries[] = { "PE", NULL };

/* The member states of the European Union in 2008. */
static const char * const eu_2008_countries[] = {
  "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB", "GR", "HU",
  "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", NULL,
};

typedef struct
{
  int                 funder;
  const char         *name;
  const char         *starts_on;
  const char         *ends_on;
  const char * const *eligible;     /* NULL: every country */
  int                 co_funding;   /* the percentage the applicant brings */
  const char         *currency;
  const char         *note;
} SampleProgramme;

static const SampleProgramme programmes[N_PROGRAMMES] = {
  [PROGRAMME_GSO] = {
    FUNDER_VNG, "GSO (Municipal International Cooperation with Developing Countries)",
    "1993-01-01", "2003-12-31", gso_countries, 0, "",
    "Bontenbal 2009, L2773–2806: VNG-I’s programme from 1993 to 2003, with the modalities "
    "PUGA, STAGE, MMTP and GI; Alphen hosted South African officials in the MMTP in 2000 "
    "(L6688–6690). Between 1997 and 2001 GSO applications targeted 41 countries, most of "
    "them with partners in Nicaragua and South Africa (L2784–2789): only the sample’s "
    "partner countries are entered."
  },
  [PROGRAMME_LOGO_SOUTH] = {
    FUNDER_VNG, "LOGO South (Good Local Government Programme)",
    "2005-01-01", "2010-12-31", logo_south_countries, 30, "EUR",
    "Bontenbal 2009, L2807–2838: LOGO South 2005–2008, extended in 2006 until 2010 with "
    "an additional €24 million; a Country Programme for each of its 12 target countries "
    "(fn 43, L2817–2825). The Ministry pays an estimated 60 to 70% of a project, the "
    "participating municipalities the rest (L2828–2831), entered as 30%. Peru is "
    "eligible until the end of 2007: after 2007 Amstelveen could not use VNG funding "
    "for Villa El Salvador (L6419–6424)."
  },
  [PROGRAMME_KPA] = {
    FUNDER_NCDO, "KPA (small-scale local activities)", "", "", NULL, 50, "EUR",
    "Bontenbal 2009, fn 158 (L8924–8926): managed by NCDO, in the case of Nicaragua by "
    "LBSNN; it adds at most 50% of the total to fundraising for developing countries, "
    "provided awareness-raising activities are included. The study gives no dates and "
    "no list of countries."
  },
  [PROGRAMME_URB_AL] = {
    FUNDER_EU, "URB-AL", "", "", NULL, 0, "EUR",
    "Bontenbal 2009, fn 137 (L8202–8214) and fn 160 (L8934–8937): the European "
    "Commission’s decentralised cooperation programme of thematic networks of European "
    "and Latin American local governments. Villa El Salvador took part in network 9 on "
    "local finance and participatory budgeting (US$16,624), Utrecht and León in the "
    "network on urban mobility (a bicycle project). The study gives no dates."
  },
  [PROGRAMME_PROPOLI] = {
    FUNDER_EU, "PROPOLI (Programa de Lucha Contra la Pobreza en Lima Metropolitana)",
    "", "", propoli_countries, 0, "USD",
    "Bontenbal 2009, fn 137 (L8214–8222): an EU programme against poverty in ten "
    "marginal Districts of Metropolitan Lima; about US$67,000 for projects with Villa El "
    "Salvador in 2005 and 2006 (business development, waste management, youth)."
  },
  [PROGRAMME_EUROPE_FOR_CITIZENS] = {
    FUNDER_EU, "Europe for Citizens: Town twinning citizens’ meetings",
    "2007-01-01", "2013-12-31", eu_2008_countries, 0, "EUR",
    "Illustrative, not in Bontenbal 2009: a town-twinning call of the kind the EU still "
    "runs (today under CERV), for Utrecht’s European partner city Brno (L6044, L7084; "
    "Figure 6.1’s Brno line, L7101–7153). Eligible countries: the member states of 2008; "
    "the programme also admitted a few other European countries, left out here."
  },
};

/* Grant applications. The deadlines and amounts the study does not give are
 * illustrative, and the notes say so. The sample's “today” is mid-2008, when the study
 * ends (the widget tests use 2008-06-01): one call is still open, one report overdue. */

enum
{
  APPLICATION_AMSTELVEEN_VNG,
  APPLICATION_AMSTELVEEN_2008,
  APPLICATION_ALPHEN_PMS,
  APPLICATION_UTRECHT_LSE_2007,
  APPLICATION_UTRECHT_KPA_2007,
  APPLICATION_UTRECHT_TOWN_TWINNING,
  N_APPLICATIONS,
};

typedef struct
{
  int                  funder;
  int                  programme;     /* UNDER_PROGRAMME (…), or 0 */
  const char          *call;
  int                  partnership;   /* IN_PARTNERSHIP (…), or 0 */
  const char          *project;
  gint64               requested;     /* euro cents */
  gint64               granted;
  CpApplicationStatus  status;
  const char          *status_since;
  const char          *deadline;      /* in the funder's time zone */
  const char          *deadline_zone;
  const char          *decision_on;
  const char          *note;
} SampleApplication;

#define ILLUSTRATIVE_DEADLINE "The deadline and the days of the decision are illustrative. "

static const SampleApplication applications[N_APPLICATIONS] = {
  [APPLICATION_AMSTELVEEN_VNG] = {
    .funder = FUNDER_VNG,
    .call = "VNG-I programmes 2004–2007",
    .partnership = IN_PARTNERSHIP (AMSTELVEEN_VES),
    .project = "Financial management and environment projects in Villa El Salvador",
    .requested = WHOLE (274000),
    .granted = WHOLE (274000),
    .status = CP_APPLICATION_STATUS_GRANTED,
    .status_since = "2004-02-16",
    .deadline = "2003-11-03 12:00",
    .deadline_zone = "Europe/Amsterdam",
    .decision_on = "2004-02-16",
    .note = "Bontenbal 2009, L7406–7408 and L7454: VNG contributed 78.5% of the project aid "
            "Amstelveen invested in Villa El Salvador in 2004–2007, a total of €274,000 "
            "(read as VNG’s amount, domain notes §8 item 4). The study names no VNG-I "
            "programme for these years (L6391–6392), so the application has none. "
            ILLUSTRATIVE_DEADLINE "The amount requested is taken to be the amount granted."
  },
  [APPLICATION_AMSTELVEEN_2008] = {
    .funder = FUNDER_VNG,
    .programme = UNDER_PROGRAMME (PROGRAMME_LOGO_SOUTH),
    .call = "LOGO South 2008",
    .partnership = IN_PARTNERSHIP (AMSTELVEEN_VES),
    .project = "Institutional capacity building in Villa El Salvador, 2008",
    .status = CP_APPLICATION_STATUS_WITHDRAWN,
    .status_since = "2007-10-01",
    .note = "Bontenbal 2009, L6419–6424: after 2007 Amstelveen could not make use of VNG "
            "funding for its partnership with Villa El Salvador, as Peru was no longer a "
            "target country under the new LOGO South programme; the municipality had to "
            "seek new funding, and continuation became “somewhat uncertain”. The "
            "application was never made: withdrawn at the idea stage (the day is "
            "illustrative)."
  },
  [APPLICATION_ALPHEN_PMS] = {
    .funder = FUNDER_VNG,
    .programme = UNDER_PROGRAMME (PROGRAMME_LOGO_SOUTH),
    .call = "LOGO South 2005, South Africa",
    .partnership = IN_PARTNERSHIP (ALPHEN_OUDTSHOORN),
    .project = "Performance Management System (PMS)",
    .requested = WHOLE (45000),
    .granted = WHOLE (40000),
    .status = CP_APPLICATION_STATUS_GRANTED,
    .status_since = "2005-03-01",
    .deadline = "2004-11-01 12:00",
    .deadline_zone = "Europe/Amsterdam",
    .decision_on = "2005-03-01",
    .note = "Bontenbal 2009, L7464–7465: in Alphen virtually all technical exchanges and "
            "work visits are financed by VNG subsidies; Stellenbosch University trained "
            "Oudtshoorn’s councillors and staff on the PMS (L9529–9541). Illustrative "
            "amounts: the study gives none. " ILLUSTRATIVE_DEADLINE
  },
  [APPLICATION_UTRECHT_LSE_2007] = {
    .funder = FUNDER_VNG,
    .programme = UNDER_PROGRAMME (PROGRAMME_LOGO_SOUTH),
    .call = "LOGO South 2007, Nicaragua (local government)",
    .partnership = IN_PARTNERSHIP (UTRECHT_LEON),
    .project = "León Sur Este (LSE)",
    .requested = WHOLE (226000),
    .granted = WHOLE (226000),
    .status = CP_APPLICATION_STATUS_GRANTED,
    .status_since = "2007-01-31",
    .deadline = "2006-10-02 12:00",
    .deadline_zone = "Europe/Amsterdam",
    .decision_on = "2007-01-31",
    .note = "Bontenbal 2009, L7463–7464: VNG funding accounts for 40–50% of the annual "
            "budget of the León Sur Este project. The amount is synthetic: VNG’s part of "
            "Utrecht’s €502,000 external funding of 2007 (L7466–7468) is set at 45%. "
            ILLUSTRATIVE_DEADLINE
  },
  [APPLICATION_UTRECHT_KPA_2007] = {
    .funder = FUNDER_NCDO,
    .programme = UNDER_PROGRAMME (PROGRAMME_KPA),
    .call = "KPA 2007, through LBSNN",
    .partnership = IN_PARTNERSHIP (UTRECHT_LEON),
    .project = "Primary education in León, with awareness raising in Utrecht",
    .requested = WHOLE (50000),
    .granted = WHOLE (50000),
    .status = CP_APPLICATION_STATUS_GRANTED,
    .status_since = "2007-05-15",
    .deadline = "2007-03-01 17:00",
    .deadline_zone = "Europe/Amsterdam",
    .decision_on = "2007-05-15",
    .note = "Bontenbal 2009, fn 158 (L8924–8926): KPA adds at most 50% to fundraising, "
            "provided awareness raising is included; managed by LBSNN for Nicaragua. The "
            "Foundation Utrecht-León works on primary education (MDG-2) with LBSNN and "
            "Hivos (L8889–8894). Synthetic amount, part of the €502,000 of 2007 "
            "(L7466–7468). " ILLUSTRATIVE_DEADLINE
  },
  [APPLICATION_UTRECHT_TOWN_TWINNING] = {
    .funder = FUNDER_EU,
    .programme = UNDER_PROGRAMME (PROGRAMME_EUROPE_FOR_CITIZENS),
    .call = "Town twinning citizens’ meetings, autumn 2008 round",
    .project = "Citizens’ meeting Utrecht–Brno 2009",
    .requested = WHOLE (18000),
    .status = CP_APPLICATION_STATUS_DRAFTING,
    .status_since = "2008-05-20",
    .deadline = "2008-09-01 17:00",
    .deadline_zone = "Europe/Brussels",
    .note = "Illustrative, not in Bontenbal 2009: an application being drafted for "
            "Utrecht’s European partnership with Brno (L6044, L7084), due at 17:00 Brussels "
            "time after the sample’s today, as EU calls set their deadlines. Amount "
            "illustrative."
  },
};

typedef struct
{
  int          application;
  const char  *description;
  const char  *recipient;
  const char  *due_on;
  const char  *met_on;        /* "" while not delivered */
  const char  *note;
} SampleObligation;

#define ILLUSTRATIVE_REPORT "Illustrative days: the study gives no reporting calendar. "

static const SampleObligation obligations[] = {
  { APPLICATION_AMSTELVEEN_VNG, "Final report on the projects 2004–2007", "VNG International",
    "2008-04-30", "2008-04-28",
    ILLUSTRATIVE_REPORT "Bontenbal 2009, L10597–10598: annual reports serve to monitor "
    "the partnerships." },
  { APPLICATION_ALPHEN_PMS, "Progress report 2005", "VNG International",
    "2006-03-01", "2006-02-24",
    ILLUSTRATIVE_REPORT "Bontenbal 2009, L10597–10598: annual plans and reports." },
  { APPLICATION_ALPHEN_PMS, "Final narrative and financial report", "VNG International",
    "2007-03-01", "2007-04-10",
    ILLUSTRATIVE_REPORT "Delivered late, during the Oudtshoorn crisis of 2006–2007 "
    "(Bontenbal 2009, L8019–8028)." },
  { APPLICATION_UTRECHT_LSE_2007, "Annual report 2007", "VNG International",
    "2008-04-01", "2008-03-25",
    ILLUSTRATIVE_REPORT "Bontenbal 2009, L10597–10598: annual plans (Utrecht, Alphen) and "
    "annual reports." },
  { APPLICATION_UTRECHT_LSE_2007, "Annual plan 2009", "VNG International",
    "2008-11-03", "",
    ILLUSTRATIVE_REPORT "Bontenbal 2009, L10597–10598: annual plans serve to monitor "
    "the partnership." },
  { APPLICATION_UTRECHT_KPA_2007, "Final narrative and financial report", "LBSNN (for NCDO)",
    "2008-03-31", "",
    ILLUSTRATIVE_REPORT "Overdue: León does not always adequately report to Utrecht on the "
    "implementation of projects (Bontenbal 2009, L8410–8412)." },
};

/* The ledger (§6.1.3, L7332–7489), in euros. Each entry's reference cites the study;
 * its description says where the amount is derived or synthetic. */

typedef struct
{
  const char          *date;
  CpTransactionKind    kind;
  CpContributionKind   contribution;
  gint64               amount;        /* euro cents; for hours, their value per hour */
  int                  hours;         /* hours given in kind, or 0 */
  int                  from;          /* CITY (…), or 0 */
  int                  from_funder;   /* BY_FUNDER (…), or 0 */
  const char          *from_name;
  int                  to;            /* CITY (…), or 0 */
  const char          *to_actor;      /* an actor of the partnership, by name */
  const char          *to_name;
  int                  partnership;   /* IN_PARTNERSHIP (…), or 0 */
  const char          *project;
  int                  application;   /* FOR_APPLICATION (…), or 0 */
  const char          *description;
  const char          *reference;
} SampleTransaction;

#define JOINT_PROJECTS "Financial management and environment projects in Villa El Salvador"

#define VNG_AMSTELVEEN(year) \
  { .date = year "-06-30", .kind = CP_TRANSACTION_KIND_INCOMING_FUNDS, \
    .contribution = CP_CONTRIBUTION_KIND_EXTERNAL_GRANT, .amount = WHOLE (68500), \
    .from_funder = BY_FUNDER (FUNDER_VNG), .to = CITY (AMSTELVEEN), \
    .partnership = IN_PARTNERSHIP (AMSTELVEEN_VES), .project = JOINT_PROJECTS, \
    .application = FOR_APPLICATION (APPLICATION_AMSTELVEEN_VNG), \
    .description = "VNG grant for " year ": a quarter of €274,000 (derived, synthetic " \
                   "split: the study gives only the total for 2004–2007)", \
    .reference = "Bontenbal 2009, L7406–7408, L7454" }

#define OWN_AMSTELVEEN(year) \
  { .date = year "-09-30", .kind = CP_TRANSACTION_KIND_DISBURSEMENT, \
    .contribution = CP_CONTRIBUTION_KIND_MUNICIPAL_BUDGET, .amount = WHOLE (18750), \
    .from = CITY (AMSTELVEEN), .to = CITY (VILLA_EL_SALVADOR), \
    .partnership = IN_PARTNERSHIP (AMSTELVEEN_VES), .project = JOINT_PROJECTS, \
    .description = "Amstelveen’s own project aid for " year ": a quarter of €75,000, the " \
                   "21.5% beside VNG’s 78.5% (derived, synthetic split)", \
    .reference = "Bontenbal 2009, L7406–7408; domain notes §6.4" }

#define VES_SHARE(year) \
  { .date = year "-12-31", .kind = CP_TRANSACTION_KIND_INCOMING_FUNDS, \
    .contribution = CP_CONTRIBUTION_KIND_PARTNER_CONTRIBUTION, .amount = WHOLE (174000), \
    .from = CITY (VILLA_EL_SALVADOR), \
    .to_name = "The joint projects in Villa El Salvador", \
    .partnership = IN_PARTNERSHIP (AMSTELVEEN_VES), .project = JOINT_PROJECTS, \
    .description = "Villa El Salvador’s own investment for " year ": a quarter of " \
                   "€696,000, the €1,045,000 of the joint projects less Amstelveen’s " \
                   "€349,000 (derived, synthetic split)", \
    .reference = "Bontenbal 2009, L8540–8546" }

#define DEPARTMENT(n) \
  { .date = "2007-03-01", .kind = CP_TRANSACTION_KIND_DISBURSEMENT, \
    .contribution = CP_CONTRIBUTION_KIND_DEPARTMENTAL, .amount = WHOLE (13000), \
    .from = CITY (UTRECHT), .to = CITY (LEON), \
    .partnership = IN_PARTNERSHIP (UTRECHT_LEON), .project = "León Sur Este (LSE)", \
    .description = "Contribution of a line department to León Sur Este (" n " of 6)", \
    .reference = "Bontenbal 2009, L7388–7392" }

#define EXTERNAL_UTRECHT(day, funder, euros, grant, what) \
  { .date = day, .kind = CP_TRANSACTION_KIND_INCOMING_FUNDS, \
    .contribution = CP_CONTRIBUTION_KIND_EXTERNAL_GRANT, .amount = WHOLE (euros), \
    .from_funder = BY_FUNDER (funder), .to = CITY (UTRECHT), \
    .partnership = IN_PARTNERSHIP (UTRECHT_LEON), .application = grant, \
    .description = what ": part of the €502,000 from external sources in 2007 " \
                   "(synthetic split)", \
    .reference = "Bontenbal 2009, L7466–7468; fn 118 (L7503–7505)" }

static const SampleTransaction transactions[] = {
  /* Amstelveen: an ad hoc council donation after the fire of 2003 (fn 111, L7364–7370) */
  { .date = "2003-12-01", .kind = CP_TRANSACTION_KIND_DISBURSEMENT,
    .contribution = CP_CONTRIBUTION_KIND_COUNCIL_DONATION, .amount = WHOLE (20000),
    .from = CITY (AMSTELVEEN), .to = CITY (VILLA_EL_SALVADOR),
    .partnership = IN_PARTNERSHIP (AMSTELVEEN_VES),
    .description = "Council donation for the reconstruction after the fire of 2003 "
                   "(illustrative amount within the study’s €1,000–€25,000)",
    .reference = "Bontenbal 2009, fn 111 (L7364–7370); Table 6.3 (L7670–7671)" },

  /* Amstelveen's project aid 2004–2007 (VNG 78.5%) and the joint projects
   * (€1,045,000, of which Villa El Salvador paid two thirds) */
  VNG_AMSTELVEEN ("2004"), VNG_AMSTELVEEN ("2005"), VNG_AMSTELVEEN ("2006"), VNG_AMSTELVEEN ("2007"),
  OWN_AMSTELVEEN ("2004"), OWN_AMSTELVEEN ("2005"), OWN_AMSTELVEEN ("2006"), OWN_AMSTELVEEN ("2007"),
  VES_SHARE ("2004"), VES_SHARE ("2005"), VES_SHARE ("2006"), VES_SHARE ("2007"),

  /* Utrecht for León, 2007: €70,000 from the municipal budget against €502,000 from
   * external sources (L7466–7468); the departments' €78,000 on top (L7388–7392); the
   * Foundation's €58,700 (L7346–7348). */
  { .date = "2007-04-02", .kind = CP_TRANSACTION_KIND_DISBURSEMENT,
    .contribution = CP_CONTRIBUTION_KIND_MUNICIPAL_BUDGET, .amount = WHOLE (70000),
    .from = CITY (UTRECHT), .to = CITY (LEON),
    .partnership = IN_PARTNERSHIP (UTRECHT_LEON), .project = "Municipal projects in León",
    .description = "Municipal budget for projects in León, 2007",
    .reference = "Bontenbal 2009, L7346–7347, L7466–7468" },
  DEPARTMENT ("1"), DEPARTMENT ("2"), DEPARTMENT ("3"),
  DEPARTMENT ("4"), DEPARTMENT ("5"), DEPARTMENT ("6"),
  { .date = "2007-01-15", .kind = CP_TRANSACTION_KIND_DISBURSEMENT,
    .contribution = CP_CONTRIBUTION_KIND_MUNICIPAL_BUDGET, .amount = WHOLE (58700),
    .from = CITY (UTRECHT), .to_actor = "Foundation Utrecht-León",
    .partnership = IN_PARTNERSHIP (UTRECHT_LEON),
    .description = "Transfer to the Foundation Utrecht-León, 46% of the budget for León",
    .reference = "Bontenbal 2009, L7346–7348, L9155–9157" },
  EXTERNAL_UTRECHT ("2007-02-15", FUNDER_VNG, 226000, FOR_APPLICATION (APPLICATION_UTRECHT_LSE_2007),
                    "VNG (LOGO South) for León Sur Este, set at 45%"),
  EXTERNAL_UTRECHT ("2007-05-01", FUNDER_EU, 90000, 0, "EU (URB-AL) for the bicycle project"),
  EXTERNAL_UTRECHT ("2007-06-01", FUNDER_NCDO, 50000, FOR_APPLICATION (APPLICATION_UTRECHT_KPA_2007),
                    "KPA for primary education"),
  EXTERNAL_UTRECHT ("2007-04-16", FUNDER_LBSNN, 40000, 0, "LBSNN"),
  EXTERNAL_UTRECHT ("2007-03-15", FUNDER_CORDAID, 40000, 0, "Cordaid"),
  EXTERNAL_UTRECHT ("2007-09-03", FUNDER_HIVOS, 30000, 0, "Hivos"),
  EXTERNAL_UTRECHT ("2007-11-15", FUNDER_KIWANIS, 16000, 0, "Kiwanis"),
  EXTERNAL_UTRECHT ("2007-10-01", FUNDER_BRNO, 10000, 0, "The City of Brno"),

  /* Alphen: VNG pays virtually all exchanges (L7464–7465); staff donations and
   * hours in kind (L7395–7403, L7455–7457); an ad hoc council donation (fn 111) */
  { .date = "2005-03-15", .kind = CP_TRANSACTION_KIND_INCOMING_FUNDS,
    .contribution = CP_CONTRIBUTION_KIND_EXTERNAL_GRANT, .amount = WHOLE (40000),
    .from_funder = BY_FUNDER (FUNDER_VNG), .to = CITY (ALPHEN),
    .partnership = IN_PARTNERSHIP (ALPHEN_OUDTSHOORN),
    .project = "Performance Management System (PMS)",
    .application = FOR_APPLICATION (APPLICATION_ALPHEN_PMS),
    .description = "LOGO South grant (illustrative amount)",
    .reference = "Bontenbal 2009, L7464–7465" },
  { .date = "2005-01-20", .kind = CP_TRANSACTION_KIND_DISBURSEMENT,
    .contribution = CP_CONTRIBUTION_KIND_COUNCIL_DONATION, .amount = WHOLE (10000),
    .from = CITY (ALPHEN), .to_name = "Emergency relief after the Asia tsunami",
    .description = "Ad hoc council donation, outside the partnership (illustrative amount "
                   "within the study’s €1,000–€25,000)",
    .reference = "Bontenbal 2009, fn 111 (L7364–7370)" },
  { .date = "2006-12-20", .kind = CP_TRANSACTION_KIND_DISBURSEMENT,
    .contribution = CP_CONTRIBUTION_KIND_STAFF_DONATION, .amount = WHOLE (650),
    .from = CITY (ALPHEN), .to_actor = "Child care centres (Oudtshoorn)",
    .partnership = IN_PARTNERSHIP (ALPHEN_OUDTSHOORN),
    .description = "Staff Christmas fundraising and second-hand toys (illustrative amount: "
                   "“very modest”)",
    .reference = "Bontenbal 2009, L7395–7403" },
  { .date = "2007-12-31", .kind = CP_TRANSACTION_KIND_EXPENDITURE,
    .contribution = CP_CONTRIBUTION_KIND_IN_KIND, .amount = WHOLE (50), .hours = 230,
    .from = CITY (ALPHEN), .partnership = IN_PARTNERSHIP (ALPHEN_OUDTSHOORN),
    .description = "The coordinator’s hours in 2007: 5 a week (the study’s 4–6) for 46 "
                   "weeks, valued at a synthetic €50 an hour",
    .reference = "Bontenbal 2009, L7210–7212, L7455–7457" },
};

/* The payers of visit costs who are not a municipality: a funder, or no one the ledger
 * knows (then the money is neither the municipality's nor a grant). */
typedef struct
{
  const char  *payer;
  int          funder;   /* BY_FUNDER (…), or 0 */
} SamplePayer;

static const SamplePayer payers[] = {
  { "VNG International (LOGO South subsidy)", BY_FUNDER (FUNDER_VNG) },
  { "The students from Alphen (their own fundraising)", 0 },
};

/* The political context and the partners' structures (schema 005): the terms of the
 * councils and executives, the documents that give international cooperation its mandate
 * (Box 6.1, §6.1.1), what champions and staff did for it (Table 6.3, §6.1.4), how each
 * municipality organises it (§6.1.2, §6.2.2), the partners' development plans and the
 * projects that serve them (§6.2.4), and two coordinators' own assessments. Politicians
 * appear by their role. Where the study gives a year but no day, or no date at all, the
 * note says which part is the sample's. */

/* Dutch councils and executives of 2006–2010. The executive's term is the council's:
 * Dutch Mayors are appointed, not elected, and the study gives no Mayor's term. */
#define DUTCH_TERM_DAYS \
  " The days are illustrative: the study gives the municipal elections of March 2006 " \
  "(L7528–7530) and the term 2006–2010 (L6041–6042, Box 6.1)."

#define DUTCH_EXECUTIVE \
  " Dutch Mayors are appointed rather than elected, and the study gives no Mayor’s own " \
  "term: the executive is given the council’s." DUTCH_TERM_DAYS

typedef struct
{
  int          municipality;
  CpTermBody   body;
  const char  *starts_on;
  const char  *ends_on;
  CpIcHolder   ic_holder;
  const char  *ic_holder_name;
  const char  *parties;
  const char  *note;
} SampleTerm;

static const SampleTerm terms[] = {
  { AMSTELVEEN, CP_TERM_BODY_COUNCIL, "2006-03-16", "2010-03-15", CP_IC_HOLDER_NOBODY, "",
    "35 seats, 8 parties: VVD 9, PvdA 8, GroenLinks 5",
    "Bontenbal 2009, L6020–6023: the council of Amstelveen." DUTCH_TERM_DAYS },
  { AMSTELVEEN, CP_TERM_BODY_EXECUTIVE, "2006-03-16", "2010-03-15", CP_IC_HOLDER_MAYOR,
    "Mayor of Amstelveen", "",
    "Bontenbal 2009, Box 6.3 fn 1 (L7303–7305): in Amstelveen the political "
    "responsibility for International Cooperation lies with the Mayor." DUTCH_EXECUTIVE },

  { UTRECHT, CP_TERM_BODY_COUNCIL, "2006-03-16", "2010-03-15", CP_IC_HOLDER_NOBODY, "",
    "45 seats, 10 parties; the largest, PvdA, has 14",
    "Bontenbal 2009, L6040–6043: in the current political term (2006–2010) ten political "
    "parties are represented in the council." DUTCH_TERM_DAYS },
  { UTRECHT, CP_TERM_BODY_EXECUTIVE, "2006-03-16", "2010-03-15", CP_IC_HOLDER_ALDERMAN,
    "Alderman of International Cooperation", "",
    "Bontenbal 2009, Box 6.3 fn 1 (L7303–7305): in Utrecht an Alderman is the political "
    "representative of international affairs; the Alderman of International Cooperation "
    "presides the Municipal Working Group Utrecht – León (L9170–9173)." DUTCH_EXECUTIVE },

  { ALPHEN, CP_TERM_BODY_COUNCIL, "2006-03-16", "2010-03-15", CP_IC_HOLDER_NOBODY, "",
    "35 seats, 9 parties; most seats fairly equally divided between VVD, PvdA and CDA",
    "Bontenbal 2009, L6090–6093: the council of Alphen aan den Rijn; 11 parties took part "
    "in the elections of 2006 (fn 121, L7552–7553)." DUTCH_TERM_DAYS },
  { ALPHEN, CP_TERM_BODY_EXECUTIVE, "2006-03-16", "2010-03-15", CP_IC_HOLDER_MAYOR,
    "Mayor of Alphen aan den Rijn", "",
    "Bontenbal 2009, Box 6.3 fn 1 (L7303–7305): in Alphen the political responsibility for "
    "International Cooperation lies with the Mayor." DUTCH_EXECUTIVE },

  /* Berlin's District councils are elected for five years. */
  { TREPTOW_KOEPENICK, CP_TERM_BODY_EXECUTIVE, "2001-10-21", "2006-09-16", CP_IC_HOLDER_MAYOR,
    "Mayor of Treptow-Köpenick", "",
    "Bontenbal 2009, L6047–6049: the District was formed by the merger of 2001; its Mayor "
    "visited Cajamarca in 2005, when the cooperation agreement was renewed (L6478–6479, "
    "L7906–7907). The days are those of Berlin’s District elections of 2001 and 2006, "
    "which the study does not give." },
  { TREPTOW_KOEPENICK, CP_TERM_BODY_COUNCIL, "2006-09-17", "2011-09-17", CP_IC_HOLDER_NOBODY, "",
    "55 seats, 8 parties: SPD 34% of the seats, PDS 28%; the NPD won 3 seats",
    "Bontenbal 2009, L6074–6078: the District council after the last elections of 2006. The "
    "days are those of Berlin’s District elections of 2006 and 2011, which the study does "
    "not give." },
  { TREPTOW_KOEPENICK, CP_TERM_BODY_EXECUTIVE, "2006-09-17", "2011-09-17", CP_IC_HOLDER_MAYOR,
    "Mayor of Treptow-Köpenick", "",
    "Bontenbal 2009, Box 6.3 fn 1 (L7303–7305): the political responsibility for IC lies "
    "with the Mayor. A new Mayor was welcomed by the Working Group Cajamarca in 2007 "
    "(L9222–9223) and visited Cajamarca in May 2008 (L7911–7914). The days are those of "
    "Berlin’s District elections of 2006 and 2011, which the study does not give." },

  { LEON, CP_TERM_BODY_COUNCIL, "2004-11-07", "2008-11-08", CP_IC_HOLDER_NOBODY, "",
    "FSLN 60% of the seats, PLC 40%",
    "Bontenbal 2009, L6274–6277: all Mayors of León since 1990 have represented the FSLN; "
    "in the political term of 2004–2008 the FSLN had 60% of the seats in council and the "
    "PLC 40%. The days are illustrative: the study gives the years only." },

  { CAJAMARCA, CP_TERM_BODY_EXECUTIVE, "1999-01-01", "2002-12-31", CP_IC_HOLDER_MAYOR,
    "Mayor of Cajamarca", "",
    "Bontenbal 2009, L7904–7906: the last municipal technical exchanges with "
    "Treptow-Köpenick took place during this Mayor’s term (1999–2002). That the Mayor held "
    "the partnership is the sample’s reading. The days are illustrative." },
  { CAJAMARCA, CP_TERM_BODY_EXECUTIVE, "2007-01-01", "2010-12-31", CP_IC_HOLDER_NOBODY, "",
    "",
    "Bontenbal 2009, L7852–7855: a new term began in 2007, and the new official in charge "
    "lacked the partnership’s information; at the time of research there was no political "
    "representative in Cajamarca for the partnership (L7908–7909), and the Mayor showed "
    "little interest in it (L7909–7911). The days are illustrative." },

  { VILLA_EL_SALVADOR, CP_TERM_BODY_EXECUTIVE, "2007-01-01", "2010-12-31", CP_IC_HOLDER_MAYOR,
    "Mayor of Villa El Salvador", "",
    "Bontenbal 2009, L10140–10144: the current Mayor put the environment project on the "
    "agenda, having made waste collection a municipal service as a councillor; the Mayor "
    "was interviewed in February 2007 (Box 6.5, L7967–7974). Past Mayors of Villa El "
    "Salvador undermined the partnership (L8117–8121). The days are illustrative." },

  { OUDTSHOORN, CP_TERM_BODY_COUNCIL, "2006-03-01", "2011-05-17", CP_IC_HOLDER_NOBODY, "",
    "23 seats, 4 parties",
    "Bontenbal 2009, L6348–6349: the council of Oudtshoorn. In 2006 and 2007 its "
    "decision-making powers and those of the Municipal Manager were revoked and the "
    "municipality was placed under administration of the Provincial Government (Box 6.6, "
    "L8021–8027): see its management structure. The days are those of South Africa’s local "
    "elections of 2006 and 2011, which the study does not give." },
};

/* Mandate documents (Box 6.1, §6.1.1 and §6.1.4). A document that names a partnership
 * gives IN_PARTNERSHIP (…); where the study quotes a programme the paragraph is its
 * words, otherwise the study's summary, and the note says which. Treptow-Köpenick has
 * no IC policy and the study gives it no court programme (L7057–7059): its alternatives
 * are the cooperation agreements (recorded with the partnership) and Local Agenda 21
 * (L7169–7172). */

typedef struct
{
  int             municipality;
  CpMandateKind   kind;
  const char     *title;
  const char     *adopted_on;
  const char     *ends_on;
  const char     *evaluated_on;
  const char     *ic_paragraph;
  int             partnership;     /* the one it names: IN_PARTNERSHIP (…), or 0 */
  const char     *party;
  gboolean        dominant_party;
  CpStance        stance;
  const char     *note;
} SampleMandate;

/* Alphen's parties in the elections of March 2006: 11, of which only PvdA, D66 and
 * ChristenUnie have a clear viewpoint on IC; VVD and CDA, the leading parties, do not
 * mention it (fn 121). The study names none of the other six; they are recorded as
 * programmes without a position on IC, so that the share of parties that mention IC
 * is the study's three in eleven. */
#define ALPHEN_UNNAMED_PARTY(n) \
  { ALPHEN, CP_MANDATE_KIND_PARTY_PROGRAMME, "Election programme 2006–2010", "2006-03", "2010", "", \
    "", 0, "Party " n " of 11 (not named in the study)", FALSE, CP_STANCE_NONE, \
    "Bontenbal 2009, fn 121 (L7552–7554): one of the eight of the 11 parties in Alphen’s " \
    "elections of March 2006 without a clear viewpoint on IC in its programme. The study " \
    "names only VVD and CDA among them; no position on IC is recorded for this one." }

static const SampleMandate mandates[] = {
  /* Utrecht */
  { UTRECHT, CP_MANDATE_KIND_COURT_PROGRAMME, "Utrecht voor elkaar", "2006", "2010", "",
    "“…Utrecht municipality is intertwined with the world (…). We continue International "
    "Cooperation with the aim to stimulate global awareness and to implement the UN "
    "Millennium Development Goals.” “…In addition to the city partnerships with Brno and "
    "León and cooperation in the European context (…), the cooperation with migrant "
    "countries (such as Morocco where many Utrecht citizens have their roots) is further "
    "shaped through cooperation projects with various cities and organisations in these "
    "countries. The current budget (2006) for International Cooperation is sustained.”",
    IN_PARTNERSHIP (UTRECHT_LEON), "", FALSE, CP_STANCE_CONTINUE,
    "Bontenbal 2009, Box 6.1 (L6991–7000, L7020–7022): the court programme of 2006–2010, "
    "quoted in the study’s translation. It names León and keeps the IC budget of 2006. A "
    "court programme is the four-year programme of the Mayor and Aldermen, approved by "
    "the council at the start of the term (fn 101)." },
  { UTRECHT, CP_MANDATE_KIND_IC_POLICY, "International cooperation policy", "1997", "", "2005",
    "Europe (with Brno), developing countries and the countries of origin of Utrecht’s main "
    "migrant groups (with León), and the Millennium Development Goals as organising "
    "framework.",
    IN_PARTNERSHIP (UTRECHT_LEON), "", FALSE, CP_STANCE_SUPPORT,
    "Bontenbal 2009, Box 6.2 (L7077–7100): a diverse and extensive IC policy framework, of "
    "which the partnership with León is “just one aspect” (the paragraph is the study’s "
    "summary). An external evaluation in 1997 was followed by evaluations every four "
    "years, the basis of the council’s decision whether to continue with León "
    "(L10603–10605); the last before the study’s today is 2005 (derived; the LSE project "
    "was evaluated that year, fn 109). The study gives no year of adoption: 1997, the "
    "year of the first evaluation, is the latest it can be, and is used." },
  { UTRECHT, CP_MANDATE_KIND_PARTY_PROGRAMME, "Doe mee® met Utrecht", "2006-03", "2010", "",
    "“Municipalities should focus on their core tasks and IC is not one of them. [City "
    "partnerships] are not something the municipality should deal with. Therefore the "
    "long-term partnerships [with León and Brno] will be phased out carefully”",
    IN_PARTNERSHIP (UTRECHT_LEON), "VVD", FALSE, CP_STANCE_TERMINATE,
    "Bontenbal 2009, fn 122 (L7612–7619): the VVD’s election programme 2006–2010, p. 14, "
    "argues that the partnerships with León and Brno should be terminated." },
  { UTRECHT, CP_MANDATE_KIND_PARTY_PROGRAMME, "Election programme 2006–2010", "2006-03", "2010", "",
    "Continues the partnerships with León and Brno; León should become less dependent on "
    "Utrecht, with more mutuality and equality; more attention to migrant countries; IC "
    "should be exempted from future budget cuts.",
    IN_PARTNERSHIP (UTRECHT_LEON), "PvdA", TRUE, CP_STANCE_CONTINUE,
    "Bontenbal 2009, fn 122 (L7600–7611): the study’s summary, not the programme’s words. "
    "PvdA is the largest party in the council, with 14 of 45 seats (L6042)." },
  { UTRECHT, CP_MANDATE_KIND_PARTY_PROGRAMME, "Election programme 2006–2010", "2006-03", "2010", "",
    "Continues the partnerships with León and Brno, with regular evaluations; IC should be "
    "exempted from future budget cuts.",
    IN_PARTNERSHIP (UTRECHT_LEON), "CDA", FALSE, CP_STANCE_CONTINUE,
    "Bontenbal 2009, fn 122 (L7600–7611): the study’s summary, not the programme’s words." },
  { UTRECHT, CP_MANDATE_KIND_PARTY_PROGRAMME, "Election programme 2006–2010", "2006-03", "2010", "",
    "Continues the partnerships, with more attention to partnerships with migrant "
    "countries.",
    0, "GroenLinks", FALSE, CP_STANCE_CONTINUE,
    "Bontenbal 2009, fn 122 (L7600–7611): the study’s summary, not the programme’s words." },
  { UTRECHT, CP_MANDATE_KIND_PARTY_PROGRAMME, "Election programme 2006–2010", "2006-03", "2010", "",
    "Continues the partnerships, with more attention to partnerships with migrant "
    "countries.",
    0, "SP", FALSE, CP_STANCE_CONTINUE,
    "Bontenbal 2009, fn 122 (L7600–7611): the study’s summary, not the programme’s words. "
    "Of Utrecht’s ten parties the sample records the five whose positions the study "
    "gives; it says the large majority have an item on IC (L7600–7602), but counts "
    "Leefbaar Utrecht both as the exception and among those with a view on León, so that "
    "party is left out." },

  /* Alphen aan den Rijn */
  { ALPHEN, CP_MANDATE_KIND_IC_POLICY, "International Cooperation policy", "1993", "", "2005",
    "Raise awareness of international responsibility and dependency relations, and "
    "strengthen local governance and democracy in other parts of the world.",
    0, "", FALSE, CP_STANCE_SUPPORT,
    "Bontenbal 2009, L6673–6674: in 1993 the municipality drafted its first International "
    "Cooperation policy, focused on development cooperation; its dual motive, in the "
    "study’s words (Box 6.2, L7100–7104). Externally evaluated by VNG and COS in 2005 "
    "(L10601–10603)." },
  { ALPHEN, CP_MANDATE_KIND_COURT_PROGRAMME, "Court programme 1998–2002", "1998", "2002", "",
    "", 0, "", FALSE, CP_STANCE_SUPPORT,
    "Bontenbal 2009, L6678–6687: Alphen’s 1998–2002 court programme clearly stated that "
    "Alphen would actively seek a partner city in South Africa. The study gives neither "
    "its title nor its words." },
  { ALPHEN, CP_MANDATE_KIND_COURT_PROGRAMME, "Court programme 2002–2006", "2002", "2006", "",
    "", IN_PARTNERSHIP (ALPHEN_OUDTSHOORN), "", FALSE, CP_STANCE_SUPPORT,
    "Bontenbal 2009, Table 6.3 (L7690–7691): the Mayor pleaded successfully to include an "
    "international paragraph in the municipal programme and budget of 2002–2006. The study "
    "gives neither its title nor its words; that it names Oudtshoorn, the partner since "
    "April 2002, is the sample’s reading." },
  { ALPHEN, CP_MANDATE_KIND_COURT_PROGRAMME, "Samenleven in de complete stad", "2006", "2010", "",
    "“…Knowledge exchange with the South African municipality Oudtshoorn will be "
    "continued.” “…Key issues [of democratic functioning of Alphen municipality] include "
    "an effective and efficient administration aiming at its core objectives, reducing "
    "the local tax burden, maintaining a distinct position in the region and contributing "
    "to strengthen local governance in Oudtshoorn, the twinning partner.”",
    IN_PARTNERSHIP (ALPHEN_OUDTSHOORN), "", FALSE, CP_STANCE_CONTINUE,
    "Bontenbal 2009, Box 6.1 (L7002–7009, L7020–7022): the court programme of 2006–2010, "
    "quoted in the study’s translation; it names Oudtshoorn." },
  { ALPHEN, CP_MANDATE_KIND_COUNCIL_MOTION, "Proposal to remove international cooperation from the municipal budget",
    "2004", "", "", "", 0, "", FALSE, CP_STANCE_CUT,
    "Bontenbal 2009, L7517–7519: in 2004, in the context of municipal expenditure cuts, "
    "Alphen Council proposed to remove IC from the municipal budget; weak political "
    "support makes partnerships vulnerable. IC stayed on the budget (€35,000 in 2006, "
    "Table 6.2). The study calls it a proposal; the app’s nearest kind is a motion." },
  { ALPHEN, CP_MANDATE_KIND_PARTY_PROGRAMME, "Rozen voor Alphen", "2006-03", "2010", "",
    "Alphen municipality has a role in “fostering global awareness” through its "
    "cooperation agreement with Oudtshoorn and other activities.",
    IN_PARTNERSHIP (ALPHEN_OUDTSHOORN), "PvdA", TRUE, CP_STANCE_SUPPORT,
    "Bontenbal 2009, fn 121 (L7558–7561): PvdA Partijprogramma 2006–2010, p. 5, the only "
    "dominant party with a clear viewpoint on IC. The paragraph is the study’s summary; "
    "only the words in quotation marks are the programme’s." },
  { ALPHEN, CP_MANDATE_KIND_PARTY_PROGRAMME, "Election programme 2006–2010", "2006-03", "2010", "",
    "Stresses the relationship with Oudtshoorn, and the municipality’s dual responsibility "
    "of facilitating civil initiatives and fostering municipal knowledge exchange.",
    IN_PARTNERSHIP (ALPHEN_OUDTSHOORN), "D66", FALSE, CP_STANCE_SUPPORT,
    "Bontenbal 2009, fn 121 (L7562–7565): the study’s summary, not the programme’s words." },
  { ALPHEN, CP_MANDATE_KIND_PARTY_PROGRAMME, "Election programme 2006–2010", "2006-03", "2010", "",
    "Awareness raising among citizens about their ‘position in the world’ is a local "
    "government responsibility; the twinning with Oudtshoorn gives opportunities to "
    "involve citizens in global affairs.",
    IN_PARTNERSHIP (ALPHEN_OUDTSHOORN), "ChristenUnie", FALSE, CP_STANCE_SUPPORT,
    "Bontenbal 2009, fn 121 (L7566–7568): the study’s summary, not the programme’s words." },
  { ALPHEN, CP_MANDATE_KIND_PARTY_PROGRAMME, "Election programme 2006–2010", "2006-03", "2010", "",
    "", 0, "VVD", TRUE, CP_STANCE_NONE,
    "Bontenbal 2009, fn 121 (L7556–7557): VVD, one of the leading parties, does not mention "
    "IC in its programme." },
  { ALPHEN, CP_MANDATE_KIND_PARTY_PROGRAMME, "Election programme 2006–2010", "2006-03", "2010", "",
    "", 0, "CDA", TRUE, CP_STANCE_NONE,
    "Bontenbal 2009, fn 121 (L7556–7557): CDA, one of the leading parties, does not mention "
    "IC in its programme." },
  ALPHEN_UNNAMED_PARTY ("6"),
  ALPHEN_UNNAMED_PARTY ("7"),
  ALPHEN_UNNAMED_PARTY ("8"),
  ALPHEN_UNNAMED_PARTY ("9"),
  ALPHEN_UNNAMED_PARTY ("10"),
  ALPHEN_UNNAMED_PARTY ("11"),

  /* Amstelveen */
  { AMSTELVEEN, CP_MANDATE_KIND_COUNCIL_DECISION, "Donation for the reconstruction after the fire of 2003 in Villa El Salvador",
    "2003", "2003", "", "", IN_PARTNERSHIP (AMSTELVEEN_VES), "", FALSE, CP_STANCE_SUPPORT,
    "Bontenbal 2009, fn 111 (L7364–7370): an ad hoc council donation for reconstruction "
    "after a fire in 2003 in Villa El Salvador; the ledger holds its illustrative amount. "
    "Otherwise the partnerships are rarely an agenda item for Amstelveen’s council "
    "(L7519–7521)." },
  { AMSTELVEEN, CP_MANDATE_KIND_IC_POLICY, "‘International orientation’ programme", "2006", "", "",
    "Three motives: the exchange of knowledge, innovation and ‘best practice’ of municipal "
    "affairs; attracting foreign investment; and raising global awareness, to “contribute "
    "to local democracy and governance elsewhere through the provision of in-house "
    "municipal expertise”.",
    IN_PARTNERSHIP (AMSTELVEEN_VES), "", FALSE, CP_STANCE_SUPPORT,
    "Bontenbal 2009, L7040–7053: the political mandate for all of Amstelveen’s "
    "international activities (Amstelveen Municipality, 2006, p. 3); the third motive is "
    "the framework for the cooperation with Villa El Salvador, the principal partner "
    "city. Only the words in quotation marks are the programme’s. Amstelveen evaluated "
    "its international relations in 2002 (L10601–10603), before this programme: the "
    "evaluation is not this programme’s, so none is entered." },
  { AMSTELVEEN, CP_MANDATE_KIND_COURT_PROGRAMME, "Samen werken aan kwaliteit voor Amstelveen",
    "2006", "2010", "",
    "“…Amstelveen takes accountability for its international orientation and dimension "
    "which is expressed in the diversity of its population, the presence of international "
    "businesses and international partnerships. This means on the one hand to sustain "
    "existing contacts and city partnerships from the viewpoint of solidarity, and on the "
    "other hand to broaden the vision on international cooperation through an integral "
    "approach to international affairs aimed at knowledge and innovation, idealistic "
    "contacts and economic cooperation.”",
    0, "", FALSE, CP_STANCE_CONTINUE,
    "Bontenbal 2009, Box 6.1 (L7011–7018, L7020–7022): the court programme of 2006–2010, "
    "quoted in the study’s translation; it sustains the existing city partnerships "
    "without naming one." },

  /* Treptow-Köpenick */
  { TREPTOW_KOEPENICK, CP_MANDATE_KIND_LA21_PROGRAMME, "Local Agenda 21 Treptow-Köpenick", "2004", "", "",
    "Objective 3: engaging in North-South relations to put sustainability thinking into "
    "practice and to “support development processes in solidarity”, through the transfer "
    "of technology and know-how and the exchange of municipal officials with partner "
    "cities.",
    IN_PARTNERSHIP (TK_CAJAMARCA), "", FALSE, CP_STANCE_SUPPORT,
    "Bontenbal 2009, Box 5.1 (L6512–6533): the District’s LA21 programme of 20 objectives "
    "(LA21TK, 2004), of which Objective 3 founded the partnership with Cajamarca; the "
    "paragraph is the study’s summary, with the programme’s words in quotation marks. The "
    "LA21 process began around 1994; the programme is dated by the document the study "
    "cites, and the District has funded LA21 structurally since 2006 (L7357–7358). With "
    "the partnership agreement it is the alternative to an IC policy (L7169–7172)." },
};

/* The Mayors' actions of Table 6.3 (L7669–7696), and what staff did (§6.1.3–6.1.4).
 * A support action has no note: its description cites the study. The app has no kind
 * for leading a fundraising campaign (entered as public relations), for chairing a
 * consultation, or for brokering a project through personal contacts: Utrecht's Mayor
 * chairing the city-wide meetings (which L9171–9172 gives to the Alderman) and the
 * Alphen project started through the Mayor's contact are left out. */

typedef struct
{
  int            municipality;
  int            partnership;   /* IN_PARTNERSHIP (…), or 0 */
  int            person;        /* or NO_PERSON */
  const char    *actor;
  CpSupportKind  kind;
  const char    *date;
  const char    *description;
} SampleSupport;

static const SampleSupport support_actions[] = {
  { AMSTELVEEN, IN_PARTNERSHIP (AMSTELVEEN_VES), AMS_MAYOR, "", CP_SUPPORT_KIND_PUBLIC_RELATIONS, "2003",
    "Led the campaigning and fundraising after the fire of 2003 that caused damage in the "
    "partner city (Bontenbal 2009, Table 6.3, L7669–7670)." },
  { AMSTELVEEN, IN_PARTNERSHIP (AMSTELVEEN_VES), AMS_MAYOR, "", CP_SUPPORT_KIND_LOBBY_COUNCIL, "2006-03",
    "Lobbied within council to create political support during the municipal elections of "
    "March 2006 (Bontenbal 2009, Table 6.3, L7672–7673)." },
  { AMSTELVEEN, IN_PARTNERSHIP (AMSTELVEEN_VES), AMS_MAYOR, "", CP_SUPPORT_KIND_LOBBY_PARLIAMENT, "2007",
    "Lobbied in Dutch parliament for city partnerships and for Peru (Bontenbal 2009, "
    "Table 6.3, L7675). The year is the sample’s: after 2007 Peru was no longer a LOGO "
    "South country (L6419–6421)." },
  { AMSTELVEEN, IN_PARTNERSHIP (AMSTELVEEN_VES), AMS_MAYOR, "", CP_SUPPORT_KIND_LOBBY_ASSOCIATION, "2007",
    "Lobbied in VNG for city partnerships and for Peru (Bontenbal 2009, Table 6.3, L7675). "
    "The year is the sample’s: after 2007 Peru was no longer a LOGO South country "
    "(L6419–6421)." },
  { AMSTELVEEN, IN_PARTNERSHIP (AMSTELVEEN_VES), AMS_COORDINATOR, "", CP_SUPPORT_KIND_INFORMATION_MEETING, "2007",
    "Lunch meeting to inform staff on the partnership with Villa El Salvador; such "
    "meetings are not well attended, and work visit reports are hardly read (Bontenbal "
    "2009, fn 123, L7622–7630). The meeting and its year are illustrative." },

  { TREPTOW_KOEPENICK, IN_PARTNERSHIP (TK_CAJAMARCA), TK_MAYOR, "", CP_SUPPORT_KIND_REPRESENTATION_BUDGET, "2005",
    "Allocated the Mayor’s ‘representation budget’ or ‘token money’ to the partnership, "
    "which paid for its activities before the District funded Local Agenda 21 in 2006 "
    "(Bontenbal 2009, Table 6.3, L7679; fn 114, L7411–7418). The year is the sample’s." },
  { TREPTOW_KOEPENICK, IN_PARTNERSHIP (TK_CAJAMARCA), TK_MAYOR, "", CP_SUPPORT_KIND_VISIT, "2005-10",
    "Work visit to Cajamarca, during which the cooperation agreement was renewed "
    "(Bontenbal 2009, Table 6.3, L7678; L6478–6479, L7906–7907)." },
  { TREPTOW_KOEPENICK, IN_PARTNERSHIP (TK_CAJAMARCA), TK_MAYOR, "", CP_SUPPORT_KIND_CEREMONY, "2006",
    "Opened the partnership exhibition (Bontenbal 2009, Table 6.3, L7677). The year is the "
    "sample’s." },
  { TREPTOW_KOEPENICK, IN_PARTNERSHIP (TK_CAJAMARCA), TK_MAYOR, "", CP_SUPPORT_KIND_VISIT, "2008-05",
    "Work visit to Cajamarca for the partnership’s 10th anniversary, without an official "
    "invitation from its Municipality (Bontenbal 2009, Table 6.3, L7678; L7911–7914)." },

  { UTRECHT, IN_PARTNERSHIP (UTRECHT_LEON), UTR_MAYOR, "", CP_SUPPORT_KIND_VISIT, "2008-03",
    "Visited León for the partnership’s 25th anniversary, one of the regular Mayoral "
    "visits (Bontenbal 2009, Table 6.3, L7681; L9217–9218)." },
  { UTRECHT, IN_PARTNERSHIP (UTRECHT_LEON), NO_PERSON, "Staff of the Municipality of Utrecht",
    CP_SUPPORT_KIND_STAFF_FUNDRAISING, "2007-12",
    "Christmas fundraising among staff for León, and donations of departing officials "
    "(Bontenbal 2009, L7395–7400). The year is the sample’s." },

  { ALPHEN, IN_PARTNERSHIP (ALPHEN_OUDTSHOORN), ALP_MAYOR, "", CP_SUPPORT_KIND_LOBBY_COUNCIL, "2002",
    "Pleaded successfully to include an international paragraph in the municipal "
    "programme and budget of 2002–2006 (Bontenbal 2009, Table 6.3, L7690–7691)." },
  { ALPHEN, IN_PARTNERSHIP (ALPHEN_OUDTSHOORN), ALP_MAYOR, "", CP_SUPPORT_KIND_LOBBY_ASSOCIATION, "2006",
    "Holds a key advisory position in VNG’s international activities, with a track record "
    "in IC (Bontenbal 2009, Table 6.3, L7687–7688). Dated by the interview with the Mayor "
    "of March 2006 (fn 119)." },
  { ALPHEN, IN_PARTNERSHIP (ALPHEN_OUDTSHOORN), ALP_MAYOR, "", CP_SUPPORT_KIND_PUBLIC_RELATIONS, "2006",
    "Interviews in the staff journal and the local newspapers to promote the partnership "
    "(Bontenbal 2009, Table 6.3, L7693–7694). The year is the sample’s." },
  { ALPHEN, IN_PARTNERSHIP (ALPHEN_OUDTSHOORN), NO_PERSON, "Staff of the Municipality of Alphen aan den Rijn",
    CP_SUPPORT_KIND_STAFF_FUNDRAISING, "2006-12",
    "Christmas fundraising and a collection of second-hand toys for child care centres in "
    "Oudtshoorn; the ledger holds the amount (Bontenbal 2009, L7395–7403)." },
};

/* How each municipality organises international cooperation: the own cities' units
 * and hours (§6.1.2, L7191–7238) and the partners' structures (§6.2.2, domain notes
 * §4.1). A structure holds until the next year recorded. Yes/no facts are KNOWN_YES or
 * KNOWN_NO, counts COUNTED (n); 0 leaves either unknown. */

enum
{
  STRUCTURE_AMSTELVEEN,
  STRUCTURE_TK,
  STRUCTURE_UTRECHT,
  STRUCTURE_ALPHEN,
  STRUCTURE_VES,
  STRUCTURE_LEON,
  STRUCTURE_OUDTSHOORN_2006,
  STRUCTURE_OUDTSHOORN_2008,
  STRUCTURE_CAJAMARCA,
  N_STRUCTURES,
};

enum
{
  KNOWN_NO = 1,
  KNOWN_YES,
};

#define COUNTED(n) ((n) + 1)

typedef struct
{
  int              municipality;
  int              year;
  CpIcUnitType     unit_type;
  const char      *unit_name;
  const char      *unit_since;
  int              staff;                /* COUNTED (…) */
  int              hours_per_week;       /* COUNTED (…) */
  int              eu_only;              /* KNOWN_… */
  int              ic_policy;
  const char      *framework;
  const char      *plan_name;
  CpPlanAuthority  plan_authority;
  int              plan_presented;
  const char      *plan_lines[8];        /* up to NULL */
  int              sister_cities;
  int              meetings_held;
  int              meetings_cancelled;
  int              political_representative;
  int              all_parties_support;
  int              crisis;
  int              archive_exists;
  int              liaison_turnover;
  int              ccse_present;
  int              admin_ccse_link;
  const char      *note;
} SampleStructureYear;

#define PIDC_LINES \
  { "Education and culture", "Health and environment", "Economic development", \
    "Urban planning and infrastructure", "Safety and security", \
    "Citizenship and participatory democracy", NULL }

#define PEDM_LINES \
  { "Economy and production", "Human capital formation", "Social development", \
    "Tourism and culture", "Natural resources and environment", NULL }

/* Fn 87 lists seven objectives in six phrases, the last “social development, safety and
 * security”: it is split in two to make the seven. */
#define IDP_LINES \
  { "Promote economic development", "Provide appropriate physical infrastructure", \
    "Provide appropriate community infrastructure", "Promote and develop HIV/AIDS strategies", \
    "Provide adequate housing", "Social development", "Safety and security", NULL }

#define IDP_NAME "IDP (Integrated Development Plan), “Peace and Prosperity for All”"
#define OUDTSHOORN_FRAMEWORK \
  "The twinning agreement with Alphen aan den Rijn (2002), and the memorandum of " \
  "understanding signed at the end of each work visit"
#define OUDTSHOORN_UNIT "The Municipal Manager, with a liaison officer"
#define OUDTSHOORN_NOTE \
  "Bontenbal 2009, L7845–7846 and fn 132 (L7883–7887): no full-fledged IC department; " \
  "the Municipal Manager is responsible for international relations and a liaison " \
  "officer handles day-to-day matters, formerly the Head of Planning, recently the IDP " \
  "manager (one change of liaison). No IC policy in any of the four Southern cities " \
  "(L7797–7799). The IDP’s seven objectives are those of fn 87 (L6377–6381); the study " \
  "does not judge its authority. Besides Alphen, a twinning with Hualien, dormant since " \
  "the early 1990s (fn 126). All parties support the partnership (L7896–7898), but "   \
  "Alphen’s participants found it lip service: councillors showed little interest in "  \
  "the PMS project and did not come to the students’ project of 2007 (L7960–7966). No "   \
  "coordinating civil society entity: the Gespreksforum lost momentum (L9398–9413)."

static const SampleStructureYear structure_years[N_STRUCTURES] = {
  [STRUCTURE_AMSTELVEEN] = {
    .municipality = AMSTELVEEN, .year = 2006,
    .unit_type = CP_IC_UNIT_TYPE_POLICY_DEPARTMENT, .unit_name = "Policy Department",
    .staff = COUNTED (1), .hours_per_week = COUNTED (20),
    .eu_only = KNOWN_NO, .ic_policy = KNOWN_YES,
    .note = "Bontenbal 2009, L7192–7196: the administrative responsibility for IC lies with "
            "the Policy Department, with twenty hours available per week; one official is "
            "the coordinator (Box 6.3, L7295–7296), and there is no formalised consultation "
            "structure. The year is that of the interviews the study draws on (2006–2007)."
  },
  [STRUCTURE_TK] = {
    .municipality = TREPTOW_KOEPENICK, .year = 2006,
    .unit_type = CP_IC_UNIT_TYPE_MAYORS_OFFICE, .unit_name = "Mayor’s Office",
    .staff = COUNTED (1),
    .eu_only = KNOWN_YES, .ic_policy = KNOWN_NO,
    .note = "Bontenbal 2009, L7206–7211: IC is embedded in the Mayor’s Office; the full-time "
            "post is officially for EU affairs only, and without a clear mandate the "
            "partnership activities are not formally administered; no other municipal staff "
            "is involved. The District has no official political IC vision or policy "
            "(L7057–7059). The hours the post gives the partnership are not recorded: it is "
            "full-time, but for EU affairs. The year is that of the interview of January 2007 "
            "(fn 105)."
  },
  [STRUCTURE_UTRECHT] = {
    .municipality = UTRECHT, .year = 2006,
    .unit_type = CP_IC_UNIT_TYPE_DEPARTMENT, .unit_name = "Department of Governmental and International Affairs",
    .eu_only = KNOWN_NO, .ic_policy = KNOWN_YES,
    .note = "Bontenbal 2009, L7221–7238: the administrative responsibility for the "
            "partnership lies with the Department of Governmental and International Affairs, "
            "concerned with a wide range of international issues; a decentralised "
            "consultation structure of line Departments manages the LSE project (see the "
            "LSE project group). The study gives no hours. The year is that of the "
            "research period."
  },
  [STRUCTURE_ALPHEN] = {
    .municipality = ALPHEN, .year = 2006,
    .unit_type = CP_IC_UNIT_TYPE_SUBDIVISION, .unit_name = "Department of Welfare and Education",
    .staff = COUNTED (1), .hours_per_week = COUNTED (5),
    .eu_only = KNOWN_NO, .ic_policy = KNOWN_YES,
    .note = "Bontenbal 2009, L7210–7221: four to six hours a week, stored as 5, “very "
            "limited”; one work visit a year alone exceeds them (fn 107, L7243–7247). IC is "
            "embedded in the Department of Welfare and Education, which covers more than 30 "
            "policy topics and where IC is an odd one out; a move to the Municipal Manager’s "
            "office has been considered. IC has no unit of its own: of the app’s unit types "
            "a subdivision is the nearest. The year is that of the interview of February "
            "2006 (fn 107)."
  },
  [STRUCTURE_VES] = {
    .municipality = VILLA_EL_SALVADOR, .year = 2006,
    .unit_type = CP_IC_UNIT_TYPE_DEPARTMENT, .unit_name = "Department of International Cooperation",
    .unit_since = "2006-01",
    .ic_policy = KNOWN_NO,
    .framework = "Cooperation agreements with its four sister cities; declarations of "
                 "intention for projects and exchanges with Amstelveen",
    .plan_name = "PIDC (Integrated Development Plan)",
    .plan_authority = CP_PLAN_AUTHORITY_STRONG, .plan_presented = KNOWN_YES,
    .plan_lines = PIDC_LINES,
    .sister_cities = COUNTED (4),
    .all_parties_support = KNOWN_YES,
    .ccse_present = KNOWN_NO, .admin_ccse_link = KNOWN_NO,
    .note = "Bontenbal 2009, L7762–7766 and L7811–7820: the Department of International "
            "Cooperation, established in January 2006, manages the four sister-city "
            "partnerships (Tübingen formalised in September 2006, fn 136). No IC policy "
            "(L7797–7799); joint agreements are the alternative (L7803–7805, L10552–10555). "
            "The PIDC has six strategic lines (fn 80, L6162–6164); every municipal project, "
            "including those funded by international cooperation, corresponds to one of "
            "them (L6147–6152). It has “more institutional authority power” than León’s "
            "PEDM and is presented to donors as the principal agenda for cooperation "
            "(L8526–8535). All parties support the partnership (L7896–7898). No coordinating "
            "civil society entity: the municipality partly acts as a substitute "
            "(L9387–9396), so there is no link to one (L9782–9786)."
  },
  [STRUCTURE_LEON] = {
    .municipality = LEON, .year = 2007,
    .unit_type = CP_IC_UNIT_TYPE_SUBDIVISION,
    .unit_name = "Cooperación Externa (CE), in the Department of Planning and External Cooperation",
    .unit_since = "2005",
    .staff = COUNTED (5),
    .ic_policy = KNOWN_NO,
    .framework = "Annual operational plan of the External Cooperation department",
    .plan_name = "PEDM (Structural Municipal Development Plan, 2004)",
    .plan_authority = CP_PLAN_AUTHORITY_WEAK, .plan_presented = KNOWN_NO,
    .plan_lines = PEDM_LINES,
    .sister_cities = COUNTED (9),
    .meetings_held = COUNTED (5), .meetings_cancelled = COUNTED (7),
    .all_parties_support = KNOWN_YES,
    .ccse_present = KNOWN_YES, .admin_ccse_link = KNOWN_YES,
    .note = "Bontenbal 2009, L7821–7843: Cooperación Externa is a subdivision of the "
            "Department of Planning and External Cooperation, merged after a reorganisation "
            "in 2005; its staff is limited to five. No IC policy: the annual operational plan "
            "defines the department’s tasks (L7797–7805). The PEDM (2004) has five strategic "
            "lines (fn 84, L6319–6320), but has received little political interest and been "
            "replaced by ad hoc decision-making (L8504–8507); León is criticised for not "
            "applying it as the agenda for cooperation, and came to the sister-cities "
            "conference of 2007 without proposals geared to it (L8341–8343). Nine sister "
            "cities (fn 139). The monthly meetings with the hermanamientos (L7833–7836) were "
            "very frequently cancelled (L8414–8416): the counts for 2007 are derived from "
            "“monthly” and “very frequently cancelled”, the same as the meetings’ own record; "
            "the study gives none. All parties support the partnership (L7896–7898). The "
            "Foundation Utrecht-León and Foundation DIA are its coordinating civil society "
            "entities, and only in León is there a direct link between them and the "
            "administration (L9782–9786)."
  },
  [STRUCTURE_OUDTSHOORN_2006] = {
    .municipality = OUDTSHOORN, .year = 2006,
    .unit_type = CP_IC_UNIT_TYPE_MANAGER_AND_LIAISON, .unit_name = OUDTSHOORN_UNIT,
    .ic_policy = KNOWN_NO,
    .framework = OUDTSHOORN_FRAMEWORK,
    .plan_name = IDP_NAME,
    .plan_lines = IDP_LINES,
    .sister_cities = COUNTED (2),
    .all_parties_support = KNOWN_YES,
    .crisis = KNOWN_YES,
    .liaison_turnover = COUNTED (1),
    .ccse_present = KNOWN_NO, .admin_ccse_link = KNOWN_NO,
    .note = OUDTSHOORN_NOTE " In 2006 and 2007 a severe political and administrative "
            "crisis: the decision-making powers of Council and the Municipal Manager were "
            "revoked, the municipality was placed under administration of the Provincial "
            "Government and the activities with Alphen were put on hold (Box 6.6, "
            "L8021–8027); for about a year the three departments were not managed properly "
            "(L8056–8061)."
  },
  [STRUCTURE_OUDTSHOORN_2008] = {
    .municipality = OUDTSHOORN, .year = 2008,
    .unit_type = CP_IC_UNIT_TYPE_MANAGER_AND_LIAISON, .unit_name = OUDTSHOORN_UNIT,
    .ic_policy = KNOWN_NO,
    .framework = OUDTSHOORN_FRAMEWORK,
    .plan_name = IDP_NAME,
    .plan_lines = IDP_LINES,
    .sister_cities = COUNTED (2),
    .all_parties_support = KNOWN_YES,
    .crisis = KNOWN_NO,
    .liaison_turnover = COUNTED (1),
    .ccse_present = KNOWN_NO, .admin_ccse_link = KNOWN_NO,
    .note = OUDTSHOORN_NOTE " The crisis is over: the study dates it to 2006 and 2007 "
            "(Box 6.6, L8021–8022), so the sample records none for 2008 (derived). The plan "
            "is the same IDP as in 2006."
  },
  [STRUCTURE_CAJAMARCA] = {
    .municipality = CAJAMARCA, .year = 2007,
    .unit_type = CP_IC_UNIT_TYPE_PLANNING_OFFICE,
    .unit_name = "Planning and Technical Cooperation Office, in the Planning Department",
    .ic_policy = KNOWN_NO,
    .framework = "The cooperation agreement with Treptow-Köpenick (1998, renewed in 2005), "
                 "which names the Office as the responsible unit",
    .plan_name = "Provincial Development Plan (from the Roundtables)",
    .sister_cities = COUNTED (2),
    .political_representative = KNOWN_NO,
    .all_parties_support = KNOWN_NO,
    .archive_exists = KNOWN_NO,
    .liaison_turnover = COUNTED (2),
    .ccse_present = KNOWN_YES, .admin_ccse_link = KNOWN_NO,
    .note = "Bontenbal 2009, L7845–7858: partnership management falls officially under the "
            "Planning and Technical Cooperation Office, as the cooperation agreement says, "
            "but the municipality had not taken part in partnership affairs for years; the "
            "previous liaison officer left without leaving an archive, the partnership had "
            "no municipal representative for the rest of that term, and the new official of "
            "2007 lacked its information: two changes of liaison (derived). No political "
            "representative for the partnership (L7908–7909); unlike León, Oudtshoorn and "
            "Villa El Salvador, where all parties support their partnerships, Cajamarca "
            "shows a lack of political interest since the Mayor who began it left office "
            "(L7896–7903). Sister cities: Treptow-Köpenick, and Taxco de Alarcón from 2007 "
            "(L7707–7709). The Provincial Development Plan came from the Roundtables (Box "
            "7.4, L9759–9768); the study gives neither its lines nor its authority. The "
            "Working Group C2C Partnership Treptow-Köpenick coordinates the civil wing but "
            "was not connected to the municipality (L9415–9432)."
  },
};

/* Projects (domain notes §2.11): each serves a line of the partner's plan, or none (an
 * “island”, L8460–8461). ON_LINE (STRUCTURE_…, n) is the plan's nth line; the reports
 * are those the partner owes its Northern partner. Treptow-Köpenick and Cajamarca have
 * had no municipal projects in recent years (fn 133), so none is recorded. */

#define ON_LINE(structure, n) ((structure) + 1), (n)
#define ISLAND 0, 0

typedef struct
{
  int          partnership;
  const char  *title;
  const char  *theme;
  const char  *starts_on;
  const char  *ends_on;
  int          plan;            /* the structure whose plan it serves, + 1; 0 for none */
  int          line;            /* its position in the plan, from 1 */
  CpInitiator  initiator;
  const char  *report_due_on;
  gboolean     report_delivered;
  const char  *note;
  /* For IATI: the status, the OECD-DAC sector and the goals, the sample's reading of
   * the theme and period (the study gives none of them). */
  CpActivityStatus status;
  const char      *sector;
  const char      *goals;
} SampleProject;

static const SampleProject projects[] = {
  { AMSTELVEEN_VES, "Improving the financial administration of Villa El Salvador", "municipal finance",
    "2004", "2006", ON_LINE (STRUCTURE_VES, 6), CP_INITIATOR_SOUTH, "", FALSE,
    "Bontenbal 2009, L11832–11871: decentralised budget management, audit and IT systems, "
    "municipal taxes and regulations, and training for 188 staff; it started in 2004 at "
    "the request of Villa El Salvador’s officials (L10155–10156). Every municipal project "
    "corresponds to one of the PIDC’s six lines (L6147–6152), but the study does not say "
    "which: citizenship and participatory democracy is the sample’s reading, through the "
    "municipal agencies that bring the municipality closer to citizens and promote "
    "participatory budgeting (fn 253, L11862–11866). The study also places it in the "
    "Institutional Development Plan (L11872–11873). Villa El Salvador paid two thirds of the €1,045,000 "
    "of this and the environment project (L8540–8546).",
    CP_ACTIVITY_STATUS_CLOSED, "15111", "16, 17" },
  { AMSTELVEEN_VES, "Environmental management and waste collection", "environment and waste management",
    "2004", "2007", ON_LINE (STRUCTURE_VES, 2), CP_INITIATOR_SOUTH, "", FALSE,
    "Bontenbal 2009, L11875–11897: strengthened the new Environmental Services Department; "
    "its environmental management plan was integrated in the PIDC, and the project serves "
    "the PIDC’s objective of a healthier city. Put on the agenda by Villa El Salvador’s "
    "Mayor (L10140–10142). Villa El Salvador paid two thirds of the €1,045,000 of this and "
    "the financial administration project (L8540–8546).",
    CP_ACTIVITY_STATUS_CLOSED, "14050", "11, 12" },

  { UTRECHT_LEON, "León Sur Este (LSE)", "urban expansion and housing", "1998", "",
    ON_LINE (STRUCTURE_LEON, 3), CP_INITIATOR_SOUTH, "2008-02-15", TRUE,
    "Bontenbal 2009, L6618–6626: since 1998 Utrecht has supported León’s urban expansion "
    "in the south-east, 5,000 plots for low- and medium-income housing, with attention to "
    "social development and community participation. The LSE came from León’s Plan "
    "Maestro of 1996 (L11955–11981) and has its own territorial plan beside the PEDM "
    "(L6286–6288); the study names no PEDM line for it: social development is the "
    "sample’s reading. The day of León’s annual report, and that it came, are "
    "illustrative: Utrecht’s own report to VNG was delivered in March 2008.",
    CP_ACTIVITY_STATUS_IMPLEMENTATION, "43030", "11" },
  { UTRECHT_LEON, "Bicycle project (URB-AL network on urban mobility)", "urban mobility", "2007", "",
    ISLAND, CP_INITIATOR_DONOR, "", FALSE,
    "Bontenbal 2009, fn 160 (L8934–8937): Utrecht and León in the URB-AL network on urban "
    "mobility. Not linked to a PEDM line: León is criticised for not applying its plan as "
    "the agenda for cooperation (L8504–8505), and international projects become islands "
    "(L8460–8461). That the network’s theme set the project is the sample’s reading; the "
    "year is that of the ledger’s EU grant.",
    CP_ACTIVITY_STATUS_IMPLEMENTATION, "21020", "11" },
  { UTRECHT_LEON, "Primary education in León", "primary education (MDG-2)", "2007", "",
    ISLAND, CP_INITIATOR_NORTH, "2008-02-29", FALSE,
    "Bontenbal 2009, L6641–6644 and L8889–8894: the Foundation Utrecht-León’s focus on "
    "MDG-2, with LBSNN and Hivos; its framework is the Millennium Development Goals, not "
    "the PEDM, though it could serve human capital formation (the sample’s reading of "
    "L8341–8343 and L8504–8505). León’s report on it is overdue: León does not always "
    "adequately report to Utrecht on the implementation of projects (L8410–8412), and "
    "Utrecht’s own report to LBSNN waits for it. The due day is illustrative.",
    CP_ACTIVITY_STATUS_IMPLEMENTATION, "11220", "4" },
  { UTRECHT_LEON, "Strengthening Cooperación Externa", "institutional strengthening", "", "",
    ISLAND, CP_INITIATOR_NORTH, "", FALSE,
    "Bontenbal 2009, L8418–8421: the partner cities recognise that the CE Department’s "
    "performance must improve, and both Utrecht and Hamburg have implemented projects to "
    "strengthen it. Governance is a cross-cutting theme of the PEDM, not one of its lines "
    "(L6284–6285), so no line is linked. The study gives no dates.",
    CP_ACTIVITY_STATUS_IMPLEMENTATION, "15185", "16, 17" },

  { ALPHEN_OUDTSHOORN, "Performance Management System (PMS)", "performance management", "2005", "2007",
    ISLAND, CP_INITIATOR_NORTH, "", FALSE,
    "Bontenbal 2009, L11908–11946: a two-year project from 2005 to implement the PMS that "
    "the Municipal Systems Act requires; 30 staff and 40 councillors trained. The PMS "
    "monitors the implementation of the IDP as a whole (L11925–11927), not one of its "
    "objectives: the app links a project to one line, so none is linked. Alphen chose it "
    "before new themes (L10228–10233); Oudtshoorn sits in the back seat, with VNG behind "
    "the wheel (L10248–10252).",
    CP_ACTIVITY_STATUS_CLOSED, "15185", "16" },
  { ALPHEN_OUDTSHOORN, "HIV/AIDS policymaking", "HIV/AIDS", "", "",
    ON_LINE (STRUCTURE_OUDTSHOORN_2006, 4), CP_INITIATOR_DONOR, "", FALSE,
    "Bontenbal 2009, L6651–6654: Alphen assisted Oudtshoorn in municipal policymaking on "
    "HIV/AIDS; the NGO OHANET is its counterpart (L9626–9627). The themes of the "
    "exchanges largely reflected the thematic supply of VNG (L10502–10506). The study "
    "gives no dates.",
    CP_ACTIVITY_STATUS_IMPLEMENTATION, "13040", "3" },
  { ALPHEN_OUDTSHOORN, "Social housing policy", "social housing", "", "",
    ON_LINE (STRUCTURE_OUDTSHOORN_2006, 5), CP_INITIATOR_DONOR, "", FALSE,
    "Bontenbal 2009, L6651–6654 and L10186–10233: policymaking on social housing, which "
    "VNG’s Country Programme prescribes as a key focus area; housing is one of the seven "
    "Key Focus Areas of the IDP but not a real priority for Oudtshoorn’s council, and "
    "Alphen would first get the PMS in place. The study gives no dates.",
    CP_ACTIVITY_STATUS_IMPLEMENTATION, "16030", "11" },
};

/* Two coordinators' own judgements of their partnerships in the year of the sample's
 * today, beside the computed levels. An assessment has no note: its rationale cites the
 * study. The days are illustrative. */

typedef struct
{
  int               municipality;
  int               partnership;   /* IN_PARTNERSHIP (…), or 0 */
  int               year;
  CpCondition       condition;
  CpConditionLevel  level;
  const char       *rationale;
  const char       *assessed_on;
  const char       *assessor;
} SampleAssessment;

static const SampleAssessment assessments[] = {
  { UTRECHT, IN_PARTNERSHIP (UTRECHT_LEON), 2008, CP_CONDITION_POLITICAL_EMBEDDING, CP_CONDITION_LEVEL_STRONG,
    "The court programme “Utrecht voor elkaar” names León and keeps the IC budget of 2006, "
    "and the evaluations every four years are the council’s basis to continue (Bontenbal "
    "2009, Box 6.1, L6996–7000; L10603–10605). The VVD would end the partnership, but "
    "most parties would continue it (fn 122).",
    "2008-05-15", "Coordinator, Department of Governmental and International Affairs" },
  { ALPHEN, IN_PARTNERSHIP (ALPHEN_OUDTSHOORN), 2008, CP_CONDITION_SUPPORT, CP_CONDITION_LEVEL_WEAK,
    "Passive political support: IC is politically mandated and financially secured, but "
    "the council approves and tolerates it rather than taking part; in 2004 it proposed to "
    "remove IC from the budget, and only three of the eleven parties of 2006 had a clear "
    "view on IC (Bontenbal 2009, L7514–7524; fn 121).",
    "2008-05-20", "Coordinator, Department of Welfare and Education" },
};

/* Loading */

/* The nicks of @values, a list of @type's values that ends with -1
 * (END_OF_MOTIVES, END_OF_MODALITIES). */
static char **
enum_nicks (GType      type,
            const int *values)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; values[i] != -1; i++)
    g_strv_builder_add (builder, cp_enum_to_nick (type, values[i]));
  return g_strv_builder_end (builder);
}

static gboolean
load_municipalities (CpStore          *store,
                     CpMunicipality  **saved,
                     GError          **error)
{
  for (guint i = 0; i < N_MUNICIPALITIES; i++)
    {
      const SampleMunicipality *row = &municipalities[i];

      saved[i] = g_object_new (CP_TYPE_MUNICIPALITY,
                               "name", row->name,
                               "country", row->country,
                               "region", row->region,
                               "population", row->population,
                               "population-year", row->population_year,
                               "time-zone", row->time_zone,
                               "is-own", row->is_own,
                               "note", row->note,
                               NULL);
      if (!cp_store_save_municipality (store, saved[i], error))
        return FALSE;
    }
  return TRUE;
}

/* The store writes the first status change itself; give it its citation. */
static gboolean
annotate_status (CpStore      *store,
                 gint64        partnership_id,
                 const char   *note,
                 GError      **error)
{
  g_autoptr(GListModel) changes = cp_store_list_status_changes (store, partnership_id, error);

  if (changes == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (changes); i++)
    {
      g_autoptr(CpStatusChange) change = g_list_model_get_item (changes, i);

      g_object_set (change, "note", note, NULL);
      if (!cp_store_save_status_change (store, change, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
load_partnerships (CpStore          *store,
                   CpMunicipality  **saved,
                   gint64           *ids,
                   GError          **error)
{
  for (guint i = 0; i < N_PARTNERSHIPS; i++)
    {
      const SamplePartnership *row = &partnerships[i];
      g_autoptr(CpPartnership) partnership = cp_partnership_new ();
      g_autoptr(GPtrArray) parties = g_ptr_array_new_with_free_func (g_object_unref);
      g_auto(GStrv) motives = enum_nicks (CP_TYPE_MOTIVE, row->motives);

      g_ptr_array_add (parties, g_object_ref (saved[row->north]));
      g_ptr_array_add (parties, g_object_ref (saved[row->south]));

      g_object_set (partnership,
                    "kind", CP_PARTNERSHIP_KIND_FORMAL,
                    "status", CP_PARTNERSHIP_STATUS_ACTIVE,
                    "status-since", row->active_since,
                    "initiative-origin", row->origin,
                    "motives", motives,
                    "themes", row->themes,
                    "first-contact", row->first_contact,
                    "first-contact-approximate", row->first_contact_approximate,
                    "agreement-date", row->agreement_date,
                    "description", row->description,
                    "note", row->note,
                    /* For IATI, the sample's reading of the descriptions: each
                     * partnership strengthens a local government. */
                    "dac-sector", "15112",
                    NULL);
      cp_partnership_set_parties (partnership, parties);

      if (!cp_store_save_partnership (store, partnership, error))
        return FALSE;
      ids[i] = cp_record_get_id (CP_RECORD (partnership));

      if (!annotate_status (store, ids[i], row->status_note, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
load_agreements (CpStore       *store,
                 const gint64  *partnership_ids,
                 GError       **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (agreements); i++)
    {
      const SampleAgreement *row = &agreements[i];
      g_autoptr(CpAgreement) agreement = cp_agreement_new (partnership_ids[row->partnership]);

      g_object_set (agreement,
                    "kind", row->kind,
                    "title", row->title,
                    "signed-on", row->signed_on,
                    "note", row->note,
                    NULL);
      if (!cp_store_save_agreement (store, agreement, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
load_actors (CpStore          *store,
             const gint64     *partnership_ids,
             CpMunicipality  **saved,
             gint64           *actor_ids,
             GError          **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (actors); i++)
    {
      const SampleActor *row = &actors[i];
      g_autoptr(CpActor) actor = cp_actor_new (partnership_ids[row->partnership]);
      gint64 municipality_id = 0;

      if (row->municipality != NO_MUNICIPALITY)
        municipality_id = cp_record_get_id (CP_RECORD (saved[row->municipality]));

      g_object_set (actor,
                    "name", row->name,
                    "category", row->category,
                    "role", row->role,
                    "municipality-id", municipality_id,
                    "note", row->note,
                    NULL);
      if (!cp_store_save_actor (store, actor, error))
        return FALSE;
      actor_ids[i] = cp_record_get_id (CP_RECORD (actor));
    }
  return TRUE;
}

static gboolean
load_events (CpStore       *store,
             const gint64  *partnership_ids,
             GError       **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (events); i++)
    {
      const SampleEvent *row = &events[i];
      g_autoptr(CpTimelineEvent) event = cp_timeline_event_new (partnership_ids[row->partnership]);

      g_object_set (event,
                    "date", row->date,
                    "title", row->title,
                    "note", row->note,
                    NULL);
      if (!cp_store_save_timeline_event (store, event, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
load_expertise_areas (CpStore  *store,
                      GError  **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (expertise_areas); i++)
    {
      g_autoptr(CpExpertiseArea) area = cp_expertise_area_new ();

      g_object_set (area,
                    "key", expertise_areas[i].key,
                    "name", expertise_areas[i].name,
                    NULL);
      if (!cp_store_save (store, CP_RECORD (area), error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
load_people (CpStore          *store,
             CpMunicipality  **municipalities,
             CpPerson        **saved,
             GError          **error)
{
  for (guint i = 0; i < N_PEOPLE; i++)
    {
      const SamplePerson *row = &people[i];
      const char *organisation = row->organisation;
      gint64 municipality_id = 0;

      if (row->municipality != NO_MUNICIPALITY)
        {
          municipality_id = cp_record_get_id (CP_RECORD (municipalities[row->municipality]));
          if (organisation == NULL)
            organisation = organisations[row->municipality];
        }

      saved[i] = cp_person_new ();
      g_object_set (saved[i],
                    "name", row->name,
                    "kind", row->kind,
                    "municipality-id", municipality_id,
                    "organisation", organisation ? organisation : "",
                    "department", row->department,
                    "position", row->position,
                    "languages", row->languages,
                    "expertise", row->expertise,
                    "regional-experience", row->regional_experience,
                    "intercultural-experience", row->intercultural_experience,
                    "note", row->note,
                    NULL);
      if (!cp_store_save (store, CP_RECORD (saved[i]), error))
        return FALSE;
    }
  return TRUE;
}

static gint64
person_id (CpPerson **saved,
           int        person)
{
  return cp_record_get_id (CP_RECORD (saved[person]));
}

static gboolean
load_availability (CpStore    *store,
                   CpPerson  **saved,
                   GError    **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (availability); i++)
    {
      const SampleAvailability *row = &availability[i];
      g_autoptr(CpAvailability) period = cp_availability_new (person_id (saved, row->person));

      g_object_set (period,
                    "starts-on", row->starts_on,
                    "ends-on", row->ends_on,
                    "note", row->note,
                    NULL);
      if (!cp_store_save (store, CP_RECORD (period), error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
load_key_roles (CpStore       *store,
                const gint64  *partnership_ids,
                CpPerson     **saved,
                GError       **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (key_roles); i++)
    {
      const SampleKeyRole *row = &key_roles[i];
      g_autoptr(CpKeyRole) role = cp_key_role_new (partnership_ids[row->partnership]);

      g_object_set (role,
                    "person-id", person_id (saved, row->person),
                    "role", row->role,
                    "starts-on", row->starts_on,
                    "ends-on", row->ends_on,
                    "note", row->note,
                    NULL);
      if (!cp_store_save (store, CP_RECORD (role), error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
load_structures (CpStore       *store,
                 const gint64  *partnership_ids,
                 CpPerson     **saved,
                 GError       **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (structures); i++)
    {
      const SampleStructure *row = &structures[i];
      g_autoptr(CpConsultationStructure) structure =
        cp_consultation_structure_new (partnership_ids[row->partnership]);
      g_autoptr(GPtrArray) members = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint m = 0; row->members[m] != END_OF_MEMBERS; m++)
        g_ptr_array_add (members, g_object_ref (saved[row->members[m]]));

      g_object_set (structure,
                    "name", row->name,
                    "purpose", row->purpose,
                    "meetings-held", row->meetings_held,
                    "meetings-cancelled", row->meetings_cancelled,
                    "members", members,
                    "note", row->note,
                    NULL);
      if (!cp_store_save (store, CP_RECORD (structure), error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
load_needs (CpStore          *store,
            const gint64     *partnership_ids,
            CpMunicipality  **municipalities,
            gint64           *need_ids,
            GError          **error)
{
  for (guint i = 0; i < N_NEEDS; i++)
    {
      const SampleNeed *row = &needs[i];
      g_autoptr(CpNeed) need = cp_need_new (partnership_ids[row->partnership]);

      g_object_set (need,
                    "requested-by-id", cp_record_get_id (CP_RECORD (municipalities[row->requested_by])),
                    "description", row->description,
                    "expertise", row->expertise,
                    "languages", row->languages,
                    "starts-on", row->starts_on,
                    "ends-on", row->ends_on,
                    "length-days", row->length_days,
                    "status", row->status,
                    "note", row->note,
                    NULL);
      if (!cp_store_save (store, CP_RECORD (need), error))
        return FALSE;
      need_ids[i] = cp_record_get_id (CP_RECORD (need));
    }
  return TRUE;
}

static gboolean
load_selections (CpStore       *store,
                 const gint64  *need_ids,
                 CpPerson     **saved,
                 GError       **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (selections); i++)
    {
      const SampleSelection *row = &selections[i];
      g_autoptr(CpSelection) selection = cp_selection_new (need_ids[row->need]);

      g_object_set (selection,
                    "person-id", person_id (saved, row->person),
                    "rationale", row->rationale,
                    "notes", row->notes,
                    "decided-on", row->decided_on,
                    NULL);
      if (!cp_store_save (store, CP_RECORD (selection), error))
        return FALSE;
    }
  return TRUE;
}

/* Visits (schema 003) */

static gint64
municipality_id (CpMunicipality **municipalities,
                 int              municipality)
{
  return cp_record_get_id (CP_RECORD (municipalities[municipality]));
}

static gboolean
load_visits (CpStore          *store,
             const gint64     *partnership_ids,
             CpMunicipality  **municipalities,
             CpPerson        **people,
             const gint64     *need_ids,
             gint64           *visit_ids,
             GError          **error)
{
  for (guint i = 0; i < N_VISITS; i++)
    {
      const SampleVisit *row = &visits[i];
      const SamplePartnership *partnership = &partnerships[row->partnership];
      gboolean outgoing = row->direction == CP_VISIT_DIRECTION_OUTGOING;
      g_autoptr(CpVisit) visit = cp_visit_new (partnership_ids[row->partnership]);
      g_auto(GStrv) modalities = enum_nicks (CP_TYPE_EXCHANGE_MODALITY, row->modalities);

      g_object_set (visit,
                    "direction", row->direction,
                    "origin-id", municipality_id (municipalities, outgoing ? partnership->north : partnership->south),
                    "destination-id", municipality_id (municipalities, outgoing ? partnership->south : partnership->north),
                    "starts-on", row->starts_on,
                    "ends-on", row->ends_on,
                    "purpose", row->purpose,
                    "modalities", modalities,
                    "status", row->status,
                    "need-id", row->need > 0 ? need_ids[row->need - 1] : 0,
                    "project", row->project,
                    "report", row->report,
                    "note", row->note,
                    NULL);
      /* A new visit gets the default checklist with it. */
      if (!cp_store_save (store, CP_RECORD (visit), error))
        return FALSE;
      visit_ids[i] = cp_record_get_id (CP_RECORD (visit));

      for (guint d = 0; d < G_N_ELEMENTS (row->delegates) && row->delegates[d].rationale != NULL; d++)
        {
          const SampleDelegate *member = &row->delegates[d];
          g_autoptr(CpDelegate) delegate = cp_delegate_new (visit_ids[i]);

          g_object_set (delegate,
                        "person-id", person_id (people, member->person),
                        "role", member->role,
                        "rationale", member->rationale,
                        NULL);
          if (!cp_store_save (store, CP_RECORD (delegate), error))
            return FALSE;
        }
    }
  return TRUE;
}

/* Ticks the items of the default checklist that were done. */
static gboolean
load_checklists (CpStore       *store,
                 const gint64  *visit_ids,
                 GError       **error)
{
  for (guint i = 0; i < N_VISITS; i++)
    {
      g_autoptr(GListModel) items = cp_store_list_checklist_items (store, visit_ids[i], error);

      if (items == NULL)
        return FALSE;

      for (guint j = 0; j < g_list_model_get_n_items (items); j++)
        {
          g_autoptr(CpChecklistItem) item = g_list_model_get_item (items, j);
          int position = cp_checklist_item_get_position (item);

          if (position < 0 || position > CHECK_FOLLOW_UP || !(visits[i].checklist_done & (1u << position)))
            continue;

          g_object_set (item, "done", TRUE, NULL);
          if (!cp_store_save (store, CP_RECORD (item), error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
load_programme (CpStore       *store,
                const gint64  *visit_ids,
                GError       **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (programme); i++)
    {
      const SampleProgrammeItem *row = &programme[i];
      g_autoptr(CpProgrammeItem) item = cp_programme_item_new (visit_ids[row->visit]);

      g_object_set (item,
                    "date", row->date,
                    "starts-at", row->starts_at,
                    "ends-at", row->ends_at,
                    "place", row->place,
                    "activity", row->activity,
                    "contact", row->contact,
                    "language", row->language,
                    NULL);
      if (!cp_store_save (store, CP_RECORD (item), error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
load_costs (CpStore          *store,
            const gint64     *visit_ids,
            CpMunicipality  **municipalities,
            gint64           *cost_ids,
            GError          **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (costs); i++)
    {
      const SampleCost *row = &costs[i];
      g_autoptr(CpCostLine) cost = cp_cost_line_new (visit_ids[row->visit]);

      g_object_set (cost,
                    "kind", row->kind,
                    "description", row->description,
                    "amount", row->amount,
                    "currency", row->currency,
                    "payer-id", row->payer != NO_MUNICIPALITY ? municipality_id (municipalities, row->payer) : 0,
                    "payer", row->payer_name ? row->payer_name : "",
                    "rate", row->rate,
                    "note", row->note,
                    NULL);
      /* The store enters the cost in the ledger once it has a rate. */
      if (!cp_store_save (store, CP_RECORD (cost), error))
        return FALSE;
      cost_ids[i] = cp_record_get_id (CP_RECORD (cost));
    }
  return TRUE;
}

static gboolean
load_learning (CpStore       *store,
               const gint64  *visit_ids,
               CpPerson     **people,
               GError       **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (learning); i++)
    {
      const SampleLearning *row = &learning[i];
      g_autoptr(CpLearningEntry) entry = cp_learning_entry_new (visit_ids[row->visit]);

      g_object_set (entry,
                    "person-id", person_id (people, row->person),
                    "level", row->level,
                    "learnt", row->learnt,
                    "shared", row->shared,
                    NULL);
      if (!cp_store_save (store, CP_RECORD (entry), error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
load_follow_ups (CpStore       *store,
                 const gint64  *visit_ids,
                 CpPerson     **people,
                 GError       **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (follow_ups); i++)
    {
      const SampleFollowUp *row = &follow_ups[i];
      g_autoptr(CpFollowUp) action = cp_follow_up_new (visit_ids[row->visit]);

      g_object_set (action,
                    "action", row->action,
                    "owner-id", row->owner != NO_PERSON ? person_id (people, row->owner) : 0,
                    "due-on", row->due_on,
                    "status", row->status,
                    NULL);
      if (!cp_store_save (store, CP_RECORD (action), error))
        return FALSE;
    }
  return TRUE;
}

/* Money (schema 004) */

/* The tables' 0 is “not recorded”. */
static gint64
recorded (gint64 amount)
{
  return amount > 0 ? amount : -1;
}

static gboolean
load_budgets (CpStore          *store,
              CpMunicipality  **saved,
              const gint64     *partnership_ids,
              GError          **error)
{
  gint64 year_ids[N_BUDGET_YEARS] = { 0 };

  for (guint i = 0; i < N_BUDGET_YEARS; i++)
    {
      const SampleBudgetYear *row = &budget_years[i];
      g_autoptr(CpBudgetYear) budget = cp_budget_year_new (municipality_id (saved, row->municipality), row->year);

      g_object_set (budget,
                    "currency", row->currency,
                    "base-currency", row->base_currency,
                    "rate", row->rate > 0 ? row->rate : CP_RATE_ONE,
                    "municipal-budget", recorded (row->municipal_budget),
                    "ic-budget", recorded (row->ic_budget),
                    "public-investment", recorded (row->public_investment),
                    "investment-own", recorded (row->investment_own),
                    "investment-transfers", recorded (row->investment_transfers),
                    "investment-international", recorded (row->investment_international),
                    "population", row->with_population ? municipalities[row->municipality].population : (gint64) 0,
                    "source", row->source,
                    "note", row->note,
                    NULL);
      if (!cp_store_save (store, CP_RECORD (budget), error))
        return FALSE;
      year_ids[i] = cp_record_get_id (CP_RECORD (budget));
    }

  for (guint i = 0; i < G_N_ELEMENTS (budget_lines); i++)
    {
      const SampleBudgetLine *row = &budget_lines[i];
      g_autoptr(CpBudgetLine) line = cp_budget_line_new (year_ids[row->budget]);

      g_object_set (line,
                    "label", row->label,
                    "amount", row->amount,
                    "partnership-id",
                    row->partnership != NO_PARTNERSHIP ? partnership_ids[row->partnership] : (gint64) 0,
                    "note", row->note,
                    NULL);
      if (!cp_store_save (store, CP_RECORD (line), error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
load_funders (CpStore  *store,
              gint64   *funder_ids,
              gint64   *programme_ids,
              GError  **error)
{
  static const char * const every_country[] = { NULL };

  for (guint i = 0; i < N_FUNDERS; i++)
    {
      const SampleFunder *row = &funders[i];
      g_autoptr(CpFunder) funder = cp_funder_new ();

      g_object_set (funder,
                    "name", row->name,
                    "acronym", row->acronym,
                    "kind", row->type,
                    "country", row->country,
                    "note", row->note,
                    NULL);
      if (!cp_store_save (store, CP_RECORD (funder), error))
        return FALSE;
      funder_ids[i] = cp_record_get_id (CP_RECORD (funder));
    }

  for (guint i = 0; i < N_PROGRAMMES; i++)
    {
      const SampleProgramme *row = &programmes[i];
      g_autoptr(CpFundingProgramme) programme = cp_funding_programme_new (funder_ids[row->funder]);

      g_object_set (programme,
                    "name", row->name,
                    "starts-on", row->starts_on,
                    "ends-on", row->ends_on,
                    "eligible-countries", row->eligible ? row->eligible : every_country,
                    "co-funding", row->co_funding,
                    "currency", row->currency,
                    "note", row->note,
                    NULL);
      if (!cp_store_save (store, CP_RECORD (programme), error))
        return FALSE;
      programme_ids[i] = cp_record_get_id (CP_RECORD (programme));
    }
  return TRUE;
}

static gboolean
load_applications (CpStore       *store,
                   const gint64  *partnership_ids,
                   const gint64  *funder_ids,
                   const gint64  *programme_ids,
                   gint64        *application_ids,
                   GError       **error)
{
  for (guint i = 0; i < N_APPLICATIONS; i++)
    {
      const SampleApplication *row = &applications[i];
      g_autoptr(CpGrantApplication) application = cp_grant_application_new (funder_ids[row->funder]);

      g_object_set (application,
                    "programme-id", row->programme > 0 ? programme_ids[row->programme - 1] : (gint64) 0,
                    "call", row->call,
                    "partnership-id", row->partnership > 0 ? partnership_ids[row->partnership - 1] : (gint64) 0,
                    "project", row->project,
                    "currency", "EUR",
                    "requested", row->requested,
                    "granted", row->granted,
                    "status", row->status,
                    "status-since", row->status_since,
                    "deadline", row->deadline ? row->deadline : "",
                    "deadline-zone", row->deadline_zone ? row->deadline_zone : "",
                    "decision-on", row->decision_on ? row->decision_on : "",
                    "note", row->note,
                    NULL);
      if (!cp_store_save (store, CP_RECORD (application), error))
        return FALSE;
      application_ids[i] = cp_record_get_id (CP_RECORD (application));
    }
  return TRUE;
}

/* The actor called @name in @partnership's rows of the actors table. */
static gint64
actor_id (const gint64 *actor_ids,
          int           partnership,
          const char   *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (actors); i++)
    if (actors[i].partnership == partnership && g_str_equal (actors[i].name, name))
      return actor_ids[i];
  g_return_val_if_reached (0);
}

static gboolean
load_ledger (CpStore          *store,
             CpMunicipality  **saved,
             const gint64     *partnership_ids,
             const gint64     *actor_ids,
             const gint64     *funder_ids,
             const gint64     *application_ids,
             GError          **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *base = cp_store_dup_base_currency (store, error);

  if (base == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (transactions); i++)
    {
      const SampleTransaction *row = &transactions[i];
      CpTransaction *entry = cp_transaction_new ();

      g_ptr_array_add (entries, entry);
      g_object_set (entry,
                    "date", row->date,
                    "kind", row->kind,
                    "contribution", row->contribution,
                    "currency", "EUR",
                    "base-currency", base,
                    "from-municipality-id", row->from > 0 ? municipality_id (saved, row->from - 1) : (gint64) 0,
                    "from-funder-id", row->from_funder > 0 ? funder_ids[row->from_funder - 1] : (gint64) 0,
                    "from-name", row->from_name ? row->from_name : "",
                    "to-municipality-id", row->to > 0 ? municipality_id (saved, row->to - 1) : (gint64) 0,
                    "to-name", row->to_name ? row->to_name : "",
                    "partnership-id", row->partnership > 0 ? partnership_ids[row->partnership - 1] : (gint64) 0,
                    "project", row->project ? row->project : "",
                    "application-id", row->application > 0 ? application_ids[row->application - 1] : (gint64) 0,
                    "description", row->description,
                    "reference", row->reference,
                    NULL);
      if (row->to_actor != NULL)
        g_object_set (entry, "to-actor-id", actor_id (actor_ids, row->partnership - 1, row->to_actor), NULL);
      /* Hours in kind are valued at their rate when the entry is saved. */
      if (row->hours > 0)
        g_object_set (entry, "hours", row->hours, "hour-rate", row->amount, NULL);
      else
        g_object_set (entry, "amount", row->amount, NULL);
    }
  return cp_store_save_transactions (store, entries, error);
}

/* The store enters a visit's costs as the municipality's own expenditure; a cost that
 * a funder or someone else paid is money from elsewhere. */
static gboolean
load_cost_payers (CpStore       *store,
                  const gint64  *visit_ids,
                  const gint64  *cost_ids,
                  const gint64  *funder_ids,
                  GError       **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (costs); i++)
    {
      const SampleCost *row = &costs[i];
      g_autoptr(GListModel) entries = NULL;
      int funder = 0;

      if (row->payer != NO_MUNICIPALITY)
        continue;
      for (guint p = 0; p < G_N_ELEMENTS (payers); p++)
        if (g_str_equal (payers[p].payer, row->payer_name))
          funder = payers[p].funder;

      if (!(entries = cp_store_list_transactions_of_visit (store, visit_ids[row->visit], error)))
        return FALSE;
      for (guint j = 0; j < g_list_model_get_n_items (entries); j++)
        {
          g_autoptr(CpTransaction) entry = g_list_model_get_item (entries, j);

          if (cp_transaction_get_cost_line_id (entry) != cost_ids[i])
            continue;
          g_object_set (entry,
                        "contribution", funder > 0 ? CP_CONTRIBUTION_KIND_EXTERNAL_GRANT : CP_CONTRIBUTION_KIND_OTHER,
                        "from-funder-id", funder > 0 ? funder_ids[funder - 1] : (gint64) 0,
                        "from-name", funder > 0 ? "" : row->payer_name,
                        NULL);
          if (!cp_store_save (store, CP_RECORD (entry), error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
load_obligations (CpStore       *store,
                  const gint64  *application_ids,
                  GError       **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (obligations); i++)
    {
      const SampleObligation *row = &obligations[i];
      g_autoptr(CpReportingObligation) report = cp_reporting_obligation_new (application_ids[row->application]);

      g_object_set (report,
                    "description", row->description,
                    "recipient", row->recipient,
                    "due-on", row->due_on,
                    "met", *row->met_on != '\0',
                    "met-on", row->met_on,
                    "note", row->note,
                    NULL);
      if (!cp_store_save (store, CP_RECORD (report), error))
        return FALSE;
    }
  return TRUE;
}

/* The political context and the partners' structures (schema 005) */

static gboolean
load_terms (CpStore          *store,
            CpMunicipality  **saved,
            GError          **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (terms); i++)
    {
      const SampleTerm *row = &terms[i];
      g_autoptr(CpPoliticalTerm) term = cp_political_term_new (municipality_id (saved, row->municipality));

      g_object_set (term,
                    "body", row->body,
                    "starts-on", row->starts_on,
                    "ends-on", row->ends_on,
                    "ic-holder", row->ic_holder,
                    "ic-holder-name", row->ic_holder_name,
                    "parties", row->parties,
                    "note", row->note,
                    NULL);
      if (!cp_store_save (store, CP_RECORD (term), error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
load_mandates (CpStore          *store,
               CpMunicipality  **saved,
               const gint64     *partnership_ids,
               GError          **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (mandates); i++)
    {
      const SampleMandate *row = &mandates[i];
      g_autoptr(CpMandateDocument) document = cp_mandate_document_new (municipality_id (saved, row->municipality));

      g_object_set (document,
                    "kind", row->kind,
                    "title", row->title,
                    "adopted-on", row->adopted_on,
                    "ends-on", row->ends_on,
                    "evaluated-on", row->evaluated_on,
                    "ic-paragraph", row->ic_paragraph,
                    "names-partnership", row->partnership > 0,
                    "partnership-id", row->partnership > 0 ? partnership_ids[row->partnership - 1] : (gint64) 0,
                    "party", row->party,
                    "dominant-party", row->dominant_party,
                    "stance", row->stance,
                    "note", row->note,
                    NULL);
      if (!cp_store_save (store, CP_RECORD (document), error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
load_support_actions (CpStore          *store,
                      CpMunicipality  **saved,
                      const gint64     *partnership_ids,
                      CpPerson        **saved_people,
                      GError          **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (support_actions); i++)
    {
      const SampleSupport *row = &support_actions[i];
      g_autoptr(CpSupportAction) action = cp_support_action_new (municipality_id (saved, row->municipality));

      g_object_set (action,
                    "partnership-id", row->partnership > 0 ? partnership_ids[row->partnership - 1] : (gint64) 0,
                    "person-id", row->person != NO_PERSON ? person_id (saved_people, row->person) : (gint64) 0,
                    "actor", row->actor,
                    "kind", row->kind,
                    "date", row->date,
                    "description", row->description,
                    NULL);
      if (!cp_store_save (store, CP_RECORD (action), error))
        return FALSE;
    }
  return TRUE;
}

/* KNOWN_YES and KNOWN_NO as the store's 1 and 0, anything else as -1 (unknown). */
static int
known (int fact)
{
  return fact == KNOWN_YES ? 1 : fact == KNOWN_NO ? 0 : -1;
}

/* COUNTED (n) as n, 0 as -1 (unknown). */
static int
counted (int count)
{
  return count - 1;
}

#define MAX_PLAN_LINES G_N_ELEMENTS (structure_years[0].plan_lines)

static gboolean
load_ic_structures (CpStore          *store,
                    CpMunicipality  **saved,
                    gint64            line_ids[][MAX_PLAN_LINES],
                    GError          **error)
{
  for (guint i = 0; i < N_STRUCTURES; i++)
    {
      const SampleStructureYear *row = &structure_years[i];
      g_autoptr(CpIcStructure) structure = cp_ic_structure_new (municipality_id (saved, row->municipality), row->year);

      g_object_set (structure,
                    "unit-type", row->unit_type,
                    "unit-name", row->unit_name,
                    "unit-since", row->unit_since ? row->unit_since : "",
                    "staff", counted (row->staff),
                    "hours-per-week", counted (row->hours_per_week),
                    "eu-only", known (row->eu_only),
                    "ic-policy", known (row->ic_policy),
                    "framework", row->framework ? row->framework : "",
                    "plan-name", row->plan_name ? row->plan_name : "",
                    "plan-authority", row->plan_authority,
                    "plan-presented", known (row->plan_presented),
                    "sister-cities", counted (row->sister_cities),
                    "meetings-held", counted (row->meetings_held),
                    "meetings-cancelled", counted (row->meetings_cancelled),
                    "political-representative", known (row->political_representative),
                    "all-parties-support", known (row->all_parties_support),
                    "crisis", known (row->crisis),
                    "archive-exists", known (row->archive_exists),
                    "liaison-turnover", counted (row->liaison_turnover),
                    "ccse-present", known (row->ccse_present),
                    "admin-ccse-link", known (row->admin_ccse_link),
                    "note", row->note,
                    NULL);
      if (!cp_store_save (store, CP_RECORD (structure), error))
        return FALSE;

      for (guint n = 0; n < MAX_PLAN_LINES && row->plan_lines[n] != NULL; n++)
        {
          g_autoptr(CpPlanLine) line = cp_plan_line_new (cp_record_get_id (CP_RECORD (structure)));

          g_object_set (line,
                        "position", (int) n + 1,
                        "title", row->plan_lines[n],
                        NULL);
          if (!cp_store_save (store, CP_RECORD (line), error))
            return FALSE;
          line_ids[i][n] = cp_record_get_id (CP_RECORD (line));
        }
    }
  return TRUE;
}

static gboolean
load_projects (CpStore       *store,
               const gint64  *partnership_ids,
               gint64         line_ids[][MAX_PLAN_LINES],
               GError       **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (projects); i++)
    {
      const SampleProject *row = &projects[i];
      g_autoptr(CpProject) project = cp_project_new (partnership_ids[row->partnership]);
      g_auto(GStrv) goals = NULL;

      g_object_set (project,
                    "title", row->title,
                    "theme", row->theme,
                    "starts-on", row->starts_on,
                    "ends-on", row->ends_on,
                    "plan-line-id", row->plan > 0 ? line_ids[row->plan - 1][row->line - 1] : (gint64) 0,
                    "initiator", row->initiator,
                    "report-due-on", row->report_due_on,
                    "report-delivered", row->report_delivered,
                    "note", row->note,
                    "status", row->status,
                    "dac-sector", row->sector,
                    NULL);
      if (!cp_sdg_goals_parse (row->goals, &goals, error))
        return FALSE;
      g_object_set (project, "sdg-goals", goals, NULL);
      if (!cp_store_save (store, CP_RECORD (project), error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
load_assessments (CpStore          *store,
                  CpMunicipality  **saved,
                  const gint64     *partnership_ids,
                  GError          **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (assessments); i++)
    {
      const SampleAssessment *row = &assessments[i];
      g_autoptr(CpConditionAssessment) assessment = cp_condition_assessment_new (municipality_id (saved, row->municipality));

      g_object_set (assessment,
                    "partnership-id", row->partnership > 0 ? partnership_ids[row->partnership - 1] : (gint64) 0,
                    "year", row->year,
                    "condition", row->condition,
                    "level", row->level,
                    "rationale", row->rationale,
                    "assessed-on", row->assessed_on,
                    "assessor", row->assessor,
                    NULL);
      if (!cp_store_save (store, CP_RECORD (assessment), error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
check_empty (CpStore  *store,
             GError  **error)
{
  if (cp_store_is_empty (store))
    return TRUE;

  g_set_error_literal (error, CP_STORE_ERROR, CP_STORE_ERROR_FAILED,
                       _("The sample data can only be loaded into an empty workspace."));
  return FALSE;
}

gboolean
cp_sample_data_load (CpStore  *store,
                     GError  **error)
{
  CpMunicipality *saved[N_MUNICIPALITIES] = { NULL };
  CpPerson *saved_people[N_PEOPLE] = { NULL };
  gint64 partnership_ids[N_PARTNERSHIPS] = { 0 };
  gint64 need_ids[N_NEEDS] = { 0 };
  gint64 visit_ids[N_VISITS] = { 0 };
  gint64 actor_ids[G_N_ELEMENTS (actors)] = { 0 };
  gint64 cost_ids[G_N_ELEMENTS (costs)] = { 0 };
  gint64 funder_ids[N_FUNDERS] = { 0 };
  gint64 programme_ids[N_PROGRAMMES] = { 0 };
  gint64 application_ids[N_APPLICATIONS] = { 0 };
  gint64 line_ids[N_STRUCTURES][MAX_PLAN_LINES] = { { 0 } };
  gboolean ok;

  g_return_val_if_fail (CP_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Refuse before taking the write lock, so that a refusal leaves a caller's
   * own transaction alone; check again inside, where no one else can write. */
  if (!check_empty (store, error))
    return FALSE;

  if (!cp_store_begin_write (store, error))
    return FALSE;

  ok = check_empty (store, error) &&
       load_municipalities (store, saved, error) &&
       load_partnerships (store, saved, partnership_ids, error) &&
       load_agreements (store, partnership_ids, error) &&
       load_actors (store, partnership_ids, saved, actor_ids, error) &&
       load_events (store, partnership_ids, error) &&
       load_expertise_areas (store, error) &&
       load_people (store, saved, saved_people, error) &&
       load_availability (store, saved_people, error) &&
       load_key_roles (store, partnership_ids, saved_people, error) &&
       load_structures (store, partnership_ids, saved_people, error) &&
       load_needs (store, partnership_ids, saved, need_ids, error) &&
       load_selections (store, need_ids, saved_people, error) &&
       load_visits (store, partnership_ids, saved, saved_people, need_ids, visit_ids, error) &&
       load_checklists (store, visit_ids, error) &&
       load_programme (store, visit_ids, error) &&
       /* The ledger's currency, before the costs enter it (the default, said). */
       cp_store_set_base_currency (store, "EUR", error) &&
       load_costs (store, visit_ids, saved, cost_ids, error) &&
       load_learning (store, visit_ids, saved_people, error) &&
       load_follow_ups (store, visit_ids, saved_people, error) &&
       load_budgets (store, saved, partnership_ids, error) &&
       load_funders (store, funder_ids, programme_ids, error) &&
       load_applications (store, partnership_ids, funder_ids, programme_ids, application_ids, error) &&
       load_ledger (store, saved, partnership_ids, actor_ids, funder_ids, application_ids, error) &&
       load_cost_payers (store, visit_ids, cost_ids, funder_ids, error) &&
       load_obligations (store, application_ids, error) &&
       load_terms (store, saved, error) &&
       load_mandates (store, saved, partnership_ids, error) &&
       load_support_actions (store, saved, partnership_ids, saved_people, error) &&
       load_ic_structures (store, saved, line_ids, error) &&
       load_projects (store, partnership_ids, line_ids, error) &&
       load_assessments (store, saved, partnership_ids, error);

  for (guint i = 0; i < N_MUNICIPALITIES; i++)
    g_clear_object (&saved[i]);
  for (guint i = 0; i < N_PEOPLE; i++)
    g_clear_object (&saved_people[i]);

  /* On failure @error is set already; the store only rolls back. */
  return cp_store_end_write (store, ok, ok ? error : NULL) && ok;
}

/* Writing a new file */

static void
remove_workspace_files (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      if (g_unlink (file) != 0)
        {
          int saved_errno = errno;

          if (saved_errno != ENOENT)
            g_warning ("Could not remove “%s”: %s", file, g_strerror (saved_errno));
        }
    }
}

gboolean
cp_sample_data_write_file (const char  *path,
                           GError     **error)
{
  g_autoptr(CpStore) store = NULL;
  gboolean ok;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Create the file exclusively, so that an existing one is never touched,
   * even if it appears after a check. An empty file opens as a new workspace. */
  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL, 0666);
  if (fd < 0)
    {
      int saved_errno = errno;

      if (saved_errno == EEXIST)
        g_set_error (error, CP_STORE_ERROR, CP_STORE_ERROR_FAILED,
                     /* Translators: %s is the path of a file */
                     _("“%s” already exists. The sample workspace is only written to a new file."),
                     path);
      else
        g_set_error (error, CP_STORE_ERROR, CP_STORE_ERROR_IO,
                     /* Translators: the path of a file, then the reason, e.g. “Permission denied” */
                     _("Cannot create “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }
  g_close (fd, NULL);

  store = cp_store_open (path, error);
  ok = store != NULL && cp_sample_data_load (store, error);

  /* Close the database before its files are removed or handed over. */
  g_clear_object (&store);

  if (!ok)
    remove_workspace_files (path);
  return ok;
}
