/* cp-sample-data.c: the four partnerships of the study, as a workspace to explore
 *
 * The sample is the four North-South city-to-city partnerships of Bontenbal (2009),
 * *Cities as partners*: their eight municipalities, Table 5.1, the cooperation
 * agreements and other instruments (§8.2.2), the actors of Chapter 7, the
 * milestones of Chapters 5 to 7, and the people and expertise of §6.1.2 and
 * Chapter 9: key roles (Box 6.3), consultation structures, the partners' needs and
 * who was selected for them. Every record's note cites the study by the line
 * numbers of its text edition (source 000). Politicians and the partner cities'
 * senior officials appear by their role; the staff have invented names, and their
 * notes say so. No one the study names or quotes appears by name.
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

/* Loading */

static char **
motive_nicks (const int *motives)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; motives[i] != END_OF_MOTIVES; i++)
    g_strv_builder_add (builder, cp_enum_to_nick (CP_TYPE_MOTIVE, motives[i]));
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
      g_auto(GStrv) motives = motive_nicks (row->motives);

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
       load_actors (store, partnership_ids, saved, error) &&
       load_events (store, partnership_ids, error) &&
       load_expertise_areas (store, error) &&
       load_people (store, saved, saved_people, error) &&
       load_availability (store, saved_people, error) &&
       load_key_roles (store, partnership_ids, saved_people, error) &&
       load_structures (store, partnership_ids, saved_people, error) &&
       load_needs (store, partnership_ids, saved, need_ids, error) &&
       load_selections (store, need_ids, saved_people, error);

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
