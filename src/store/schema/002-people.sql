-- 002: people and expertise: the staff register, availability, key roles,
-- consultation structures, the partner's needs and who was selected for them.
-- Skills are JSON arrays of "code:level" text: ["es:c1"], ["housing:3"].

CREATE TABLE expertise_area (
  id   INTEGER PRIMARY KEY,
  key  TEXT NOT NULL UNIQUE CHECK (length(key) > 0),
  name TEXT NOT NULL CHECK (length(trim(name)) > 0)
) STRICT;

-- The built-in areas; their names are shown translated.
INSERT INTO expertise_area (key, name) VALUES
  ('financial-management', 'Financial management'),
  ('environment-waste', 'Environmental and waste management'),
  ('urban-planning', 'Urban and spatial planning'),
  ('housing', 'Housing'),
  ('public-participation', 'Public participation'),
  ('performance-management', 'Performance management'),
  ('local-economic-development', 'Local economic development'),
  ('tourism', 'Tourism'),
  ('water-sanitation', 'Water and sanitation'),
  ('information-management', 'Information management'),
  ('human-resources', 'Human resources'),
  ('education', 'Education'),
  ('culture', 'Culture'),
  ('health', 'Health'),
  ('institutional-strengthening', 'Institutional strengthening'),
  ('public-works', 'Infrastructure and public works'),
  ('gender', 'Gender');

CREATE TABLE person (
  id                       INTEGER PRIMARY KEY,
  name                     TEXT NOT NULL CHECK (length(trim(name)) > 0),
  kind                     TEXT NOT NULL,
  municipality_id          INTEGER REFERENCES municipality (id) ON DELETE SET NULL,
  organisation             TEXT NOT NULL DEFAULT '',
  department               TEXT NOT NULL DEFAULT '',
  position                 TEXT NOT NULL DEFAULT '',
  email                    TEXT NOT NULL DEFAULT '',
  phone                    TEXT NOT NULL DEFAULT '',
  languages                TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(languages)),
  expertise                TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(expertise)),
  regional_experience      INTEGER NOT NULL DEFAULT 0 CHECK (regional_experience IN (0, 1)),
  intercultural_experience INTEGER NOT NULL DEFAULT 0 CHECK (intercultural_experience IN (0, 1)),
  note                     TEXT NOT NULL DEFAULT '',
  -- Set while a deleted person can still be restored (Undo).
  trashed_at               TEXT
) STRICT;

CREATE INDEX person_by_name ON person (name COLLATE NOCASE);
CREATE INDEX person_by_municipality ON person (municipality_id);
CREATE INDEX person_trashed ON person (trashed_at) WHERE trashed_at IS NOT NULL;

CREATE TABLE availability (
  id        INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  starts_on TEXT NOT NULL CHECK (length(starts_on) = 10),
  ends_on   TEXT NOT NULL CHECK (length(ends_on) = 10 AND ends_on >= starts_on),
  note      TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX availability_by_person ON availability (person_id, starts_on);

CREATE TABLE key_role (
  id             INTEGER PRIMARY KEY,
  partnership_id INTEGER NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
  person_id      INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  role           TEXT NOT NULL,
  starts_on      TEXT NOT NULL DEFAULT '',
  ends_on        TEXT NOT NULL DEFAULT '',
  note           TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX key_role_by_partnership ON key_role (partnership_id, role);
CREATE INDEX key_role_by_person ON key_role (person_id);

CREATE TABLE consultation_structure (
  id                 INTEGER PRIMARY KEY,
  partnership_id     INTEGER NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
  name               TEXT NOT NULL CHECK (length(trim(name)) > 0),
  purpose            TEXT NOT NULL DEFAULT '',
  meetings_held      INTEGER NOT NULL DEFAULT 0 CHECK (meetings_held >= 0),
  meetings_cancelled INTEGER NOT NULL DEFAULT 0 CHECK (meetings_cancelled >= 0),
  note               TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX consultation_structure_by_partnership ON consultation_structure (partnership_id);

CREATE TABLE consultation_member (
  structure_id INTEGER NOT NULL REFERENCES consultation_structure (id) ON DELETE CASCADE,
  person_id    INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  position     INTEGER NOT NULL,
  PRIMARY KEY (structure_id, person_id)
) STRICT;

CREATE INDEX consultation_member_by_person ON consultation_member (person_id);

CREATE TABLE need (
  id              INTEGER PRIMARY KEY,
  partnership_id  INTEGER NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
  requested_by_id INTEGER REFERENCES municipality (id) ON DELETE SET NULL,
  description     TEXT NOT NULL CHECK (length(trim(description)) > 0),
  expertise       TEXT NOT NULL CHECK (json_valid(expertise) AND json_array_length(expertise) > 0),
  languages       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(languages)),
  starts_on       TEXT NOT NULL DEFAULT '',
  ends_on         TEXT NOT NULL DEFAULT '',
  length_days     INTEGER NOT NULL DEFAULT 0 CHECK (length_days >= 0),
  status          TEXT NOT NULL,
  note            TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX need_by_partnership ON need (partnership_id, starts_on);
CREATE INDEX need_by_status ON need (status);

CREATE TABLE selection (
  id         INTEGER PRIMARY KEY,
  need_id    INTEGER NOT NULL REFERENCES need (id) ON DELETE CASCADE,
  person_id  INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  rationale  TEXT NOT NULL CHECK (length(trim(rationale)) > 0),
  notes      TEXT NOT NULL DEFAULT '',
  decided_on TEXT NOT NULL DEFAULT '',
  UNIQUE (need_id, person_id)
) STRICT;

CREATE INDEX selection_by_person ON selection (person_id);
