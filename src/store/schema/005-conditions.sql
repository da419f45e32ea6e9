-- 005: the political context, the partner's management structure, projects, and the
-- coordinator's own assessments of the four critical conditions (source 000 §6.1–6.2).
-- Yes/no facts that may be unknown are -1 (unknown), 0 or 1; unknown counts are -1.

CREATE TABLE political_term (
  id              INTEGER PRIMARY KEY,
  municipality_id INTEGER NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
  body            TEXT NOT NULL,
  starts_on       TEXT NOT NULL CHECK (length(starts_on) = 10),
  ends_on         TEXT NOT NULL CHECK (length(ends_on) = 10 AND ends_on >= starts_on),
  ic_holder       TEXT NOT NULL,
  ic_holder_name  TEXT NOT NULL DEFAULT '',
  parties         TEXT NOT NULL DEFAULT '',
  note            TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX political_term_by_municipality ON political_term (municipality_id, body, starts_on);

CREATE TABLE mandate_document (
  id                INTEGER PRIMARY KEY,
  municipality_id   INTEGER NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
  kind              TEXT NOT NULL,
  title             TEXT NOT NULL CHECK (length(trim(title)) > 0),
  adopted_on        TEXT NOT NULL,
  ends_on           TEXT NOT NULL DEFAULT '',
  evaluated_on      TEXT NOT NULL DEFAULT '',
  ic_paragraph      TEXT NOT NULL DEFAULT '',
  names_partnership INTEGER NOT NULL DEFAULT 0 CHECK (names_partnership IN (0, 1)),
  partnership_id    INTEGER REFERENCES partnership (id) ON DELETE SET NULL,
  party             TEXT NOT NULL DEFAULT '',
  dominant_party    INTEGER NOT NULL DEFAULT 0 CHECK (dominant_party IN (0, 1)),
  stance            TEXT NOT NULL,
  note              TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX mandate_document_by_municipality ON mandate_document (municipality_id, kind, adopted_on);

CREATE TABLE support_action (
  id              INTEGER PRIMARY KEY,
  municipality_id INTEGER NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
  partnership_id  INTEGER REFERENCES partnership (id) ON DELETE SET NULL,
  person_id       INTEGER REFERENCES person (id) ON DELETE SET NULL,
  actor           TEXT NOT NULL DEFAULT '',
  kind            TEXT NOT NULL,
  date            TEXT NOT NULL,
  description     TEXT NOT NULL CHECK (length(trim(description)) > 0),
  attendance      INTEGER NOT NULL DEFAULT -1 CHECK (attendance >= -1)
) STRICT;

CREATE INDEX support_action_by_municipality ON support_action (municipality_id, date);

CREATE TABLE ic_structure (
  id                       INTEGER PRIMARY KEY,
  municipality_id          INTEGER NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
  year                     INTEGER NOT NULL,
  unit_type                TEXT NOT NULL,
  unit_name                TEXT NOT NULL DEFAULT '',
  unit_since               TEXT NOT NULL DEFAULT '',
  staff                    INTEGER NOT NULL DEFAULT -1 CHECK (staff >= -1),
  hours_per_week           INTEGER NOT NULL DEFAULT -1 CHECK (hours_per_week BETWEEN -1 AND 168),
  eu_only                  INTEGER NOT NULL DEFAULT -1 CHECK (eu_only BETWEEN -1 AND 1),
  ic_policy                INTEGER NOT NULL DEFAULT -1 CHECK (ic_policy BETWEEN -1 AND 1),
  framework                TEXT NOT NULL DEFAULT '',
  plan_name                TEXT NOT NULL DEFAULT '',
  plan_authority           TEXT NOT NULL,
  plan_presented           INTEGER NOT NULL DEFAULT -1 CHECK (plan_presented BETWEEN -1 AND 1),
  sister_cities            INTEGER NOT NULL DEFAULT -1 CHECK (sister_cities >= -1),
  meetings_held            INTEGER NOT NULL DEFAULT -1 CHECK (meetings_held >= -1),
  meetings_cancelled       INTEGER NOT NULL DEFAULT -1 CHECK (meetings_cancelled >= -1),
  political_representative INTEGER NOT NULL DEFAULT -1 CHECK (political_representative BETWEEN -1 AND 1),
  all_parties_support      INTEGER NOT NULL DEFAULT -1 CHECK (all_parties_support BETWEEN -1 AND 1),
  crisis                   INTEGER NOT NULL DEFAULT -1 CHECK (crisis BETWEEN -1 AND 1),
  archive_exists           INTEGER NOT NULL DEFAULT -1 CHECK (archive_exists BETWEEN -1 AND 1),
  liaison_turnover         INTEGER NOT NULL DEFAULT -1 CHECK (liaison_turnover >= -1),
  ccse_present             INTEGER NOT NULL DEFAULT -1 CHECK (ccse_present BETWEEN -1 AND 1),
  admin_ccse_link          INTEGER NOT NULL DEFAULT -1 CHECK (admin_ccse_link BETWEEN -1 AND 1),
  note                     TEXT NOT NULL DEFAULT '',
  UNIQUE (municipality_id, year)
) STRICT;

CREATE TABLE plan_line (
  id           INTEGER PRIMARY KEY,
  structure_id INTEGER NOT NULL REFERENCES ic_structure (id) ON DELETE CASCADE,
  position     INTEGER NOT NULL DEFAULT 0,
  title        TEXT NOT NULL CHECK (length(trim(title)) > 0)
) STRICT;

CREATE INDEX plan_line_by_structure ON plan_line (structure_id, position);

CREATE TABLE project (
  id               INTEGER PRIMARY KEY,
  partnership_id   INTEGER NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
  title            TEXT NOT NULL CHECK (length(trim(title)) > 0),
  theme            TEXT NOT NULL DEFAULT '',
  starts_on        TEXT NOT NULL DEFAULT '',
  ends_on          TEXT NOT NULL DEFAULT '',
  plan_line_id     INTEGER REFERENCES plan_line (id) ON DELETE SET NULL,
  initiator        TEXT NOT NULL,
  report_due_on    TEXT NOT NULL DEFAULT '',
  report_delivered INTEGER NOT NULL DEFAULT 0 CHECK (report_delivered IN (0, 1)),
  note             TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX project_by_partnership ON project (partnership_id, starts_on);
CREATE INDEX project_by_plan_line ON project (plan_line_id);

CREATE TABLE condition_assessment (
  id              INTEGER PRIMARY KEY,
  municipality_id INTEGER NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
  partnership_id  INTEGER REFERENCES partnership (id) ON DELETE CASCADE,
  year            INTEGER NOT NULL,
  condition       TEXT NOT NULL,
  level           TEXT NOT NULL,
  rationale       TEXT NOT NULL CHECK (length(trim(rationale)) > 0),
  assessed_on     TEXT NOT NULL DEFAULT '',
  assessor        TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX condition_assessment_by_scope ON condition_assessment (municipality_id, partnership_id, year);
