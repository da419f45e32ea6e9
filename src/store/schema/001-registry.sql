-- 001: the partnership registry (municipalities, partnerships and their parties,
-- status history, agreements and other instruments, actors, timeline).
-- Dates are ISO 8601 text of their own precision: '1962', '1998-05', '2002-04-06'.
-- Enumerations are stored by their stable names ('formal', 'active', ...).

CREATE TABLE municipality (
  id              INTEGER PRIMARY KEY,
  name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
  country         TEXT NOT NULL CHECK (length(country) = 2 AND country = upper(country)),
  region          TEXT NOT NULL DEFAULT '',
  population      INTEGER NOT NULL DEFAULT 0 CHECK (population >= 0),
  population_year INTEGER NOT NULL DEFAULT 0,
  time_zone       TEXT NOT NULL DEFAULT '',
  is_own          INTEGER NOT NULL DEFAULT 0 CHECK (is_own IN (0, 1)),
  note            TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX municipality_by_name ON municipality (name COLLATE NOCASE);

CREATE TABLE partnership (
  id                        INTEGER PRIMARY KEY,
  kind                      TEXT NOT NULL,
  initiative_origin         TEXT NOT NULL,
  motives                   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(motives)),
  themes                    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(themes)),
  first_contact             TEXT NOT NULL DEFAULT '',
  first_contact_approximate INTEGER NOT NULL DEFAULT 0 CHECK (first_contact_approximate IN (0, 1)),
  agreement_date            TEXT NOT NULL DEFAULT '',
  description               TEXT NOT NULL DEFAULT '',
  note                      TEXT NOT NULL DEFAULT '',
  -- Set while a deleted partnership can still be restored (Undo).
  trashed_at                TEXT
) STRICT;

CREATE INDEX partnership_trashed ON partnership (trashed_at) WHERE trashed_at IS NOT NULL;

CREATE TABLE partnership_party (
  partnership_id  INTEGER NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
  municipality_id INTEGER NOT NULL REFERENCES municipality (id) ON DELETE RESTRICT,
  position        INTEGER NOT NULL,
  PRIMARY KEY (partnership_id, municipality_id)
) STRICT;

CREATE INDEX partnership_party_by_municipality ON partnership_party (municipality_id);

CREATE TABLE status_change (
  id             INTEGER PRIMARY KEY,
  partnership_id INTEGER NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
  status         TEXT NOT NULL,
  since          TEXT NOT NULL CHECK (length(since) >= 4),
  note           TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX status_change_by_partnership ON status_change (partnership_id, since);

CREATE TABLE agreement (
  id             INTEGER PRIMARY KEY,
  partnership_id INTEGER NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
  kind           TEXT NOT NULL,
  title          TEXT NOT NULL CHECK (length(trim(title)) > 0),
  signed_on      TEXT NOT NULL DEFAULT '',
  valid_until    TEXT NOT NULL DEFAULT '',
  file_uri       TEXT NOT NULL DEFAULT '',
  note           TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX agreement_by_partnership ON agreement (partnership_id, signed_on);

CREATE TABLE actor (
  id              INTEGER PRIMARY KEY,
  partnership_id  INTEGER NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
  name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
  category        TEXT NOT NULL,
  role            TEXT NOT NULL,
  municipality_id INTEGER REFERENCES municipality (id) ON DELETE SET NULL,
  note            TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX actor_by_partnership ON actor (partnership_id, name);
CREATE INDEX actor_by_municipality ON actor (municipality_id);

CREATE TABLE timeline_event (
  id             INTEGER PRIMARY KEY,
  partnership_id INTEGER NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
  date           TEXT NOT NULL CHECK (length(date) >= 4),
  title          TEXT NOT NULL CHECK (length(trim(title)) > 0),
  note           TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX timeline_event_by_partnership ON timeline_event (partnership_id, date);
