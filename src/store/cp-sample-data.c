/* cp-sample-data.c: the four partnerships of the study, as a workspace to explore
 *
 * The sample is the four North-South city-to-city partnerships of Bontenbal (2009),
 * *Cities as partners*: their eight municipalities, Table 5.1, the cooperation
 * agreements and other instruments (§8.2.2), the actors of Chapter 7 and the
 * milestones of Chapters 5 to 7. Every record's note cites the study by the line
 * numbers of its text edition (source 000); people appear by their role only.
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
  gint64 partnership_ids[N_PARTNERSHIPS] = { 0 };
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
       load_events (store, partnership_ids, error);

  for (guint i = 0; i < N_MUNICIPALITIES; i++)
    g_clear_object (&saved[i]);

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
