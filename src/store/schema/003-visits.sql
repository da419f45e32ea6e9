-- 003: delegation visits: the delegation, the day-by-day programme, the costs, the
-- checklist, and what came of it (learning, follow-up actions).
-- Days are ISO text (2007-03-12); programme times are "HH:MM" in the destination's
-- time zone; amounts are integers of the currency's minor units.

CREATE TABLE visit (
  id             INTEGER PRIMARY KEY,
  partnership_id INTEGER NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
  direction      TEXT NOT NULL,
  origin_id      INTEGER NOT NULL REFERENCES municipality (id) ON DELETE RESTRICT,
  destination_id INTEGER NOT NULL REFERENCES municipality (id) ON DELETE RESTRICT,
  starts_on      TEXT NOT NULL CHECK (length(starts_on) = 10),
  ends_on        TEXT NOT NULL CHECK (length(ends_on) = 10 AND ends_on >= starts_on),
  purpose        TEXT NOT NULL CHECK (length(trim(purpose)) > 0),
  modalities     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(modalities)),
  status         TEXT NOT NULL,
  need_id        INTEGER REFERENCES need (id) ON DELETE SET NULL,
  project        TEXT NOT NULL DEFAULT '',
  report         TEXT NOT NULL DEFAULT '',
  note           TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX visit_by_partnership ON visit (partnership_id, starts_on);
CREATE INDEX visit_by_date ON visit (starts_on, ends_on);
CREATE INDEX visit_by_need ON visit (need_id);

CREATE TABLE delegate (
  id        INTEGER PRIMARY KEY,
  visit_id  INTEGER NOT NULL REFERENCES visit (id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  role      TEXT NOT NULL,
  rationale TEXT NOT NULL DEFAULT '',
  UNIQUE (visit_id, person_id)
) STRICT;

CREATE INDEX delegate_by_person ON delegate (person_id);

CREATE TABLE programme_item (
  id        INTEGER PRIMARY KEY,
  visit_id  INTEGER NOT NULL REFERENCES visit (id) ON DELETE CASCADE,
  date      TEXT NOT NULL CHECK (length(date) = 10),
  starts_at TEXT NOT NULL DEFAULT '',
  ends_at   TEXT NOT NULL DEFAULT '',
  place     TEXT NOT NULL DEFAULT '',
  activity  TEXT NOT NULL CHECK (length(trim(activity)) > 0),
  contact   TEXT NOT NULL DEFAULT '',
  language  TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX programme_item_by_visit ON programme_item (visit_id, date, starts_at);

CREATE TABLE cost_line (
  id          INTEGER PRIMARY KEY,
  visit_id    INTEGER NOT NULL REFERENCES visit (id) ON DELETE CASCADE,
  kind        TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  amount      INTEGER NOT NULL CHECK (amount >= 0),
  currency    TEXT NOT NULL CHECK (length(currency) = 3),
  payer_id    INTEGER REFERENCES municipality (id) ON DELETE SET NULL,
  payer       TEXT NOT NULL DEFAULT '',
  note        TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX cost_line_by_visit ON cost_line (visit_id);

CREATE TABLE checklist_item (
  id       INTEGER PRIMARY KEY,
  visit_id INTEGER NOT NULL REFERENCES visit (id) ON DELETE CASCADE,
  phase    TEXT NOT NULL,
  text     TEXT NOT NULL CHECK (length(trim(text)) > 0),
  done     INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
  position INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE INDEX checklist_item_by_visit ON checklist_item (visit_id, position);

CREATE TABLE learning_entry (
  id        INTEGER PRIMARY KEY,
  visit_id  INTEGER NOT NULL REFERENCES visit (id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  level     TEXT NOT NULL,
  learnt    TEXT NOT NULL CHECK (length(trim(learnt)) > 0),
  shared    TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX learning_entry_by_visit ON learning_entry (visit_id);
CREATE INDEX learning_entry_by_person ON learning_entry (person_id);

CREATE TABLE follow_up (
  id       INTEGER PRIMARY KEY,
  visit_id INTEGER NOT NULL REFERENCES visit (id) ON DELETE CASCADE,
  action   TEXT NOT NULL CHECK (length(trim(action)) > 0),
  owner_id INTEGER REFERENCES person (id) ON DELETE SET NULL,
  due_on   TEXT NOT NULL DEFAULT '',
  status   TEXT NOT NULL
) STRICT;

CREATE INDEX follow_up_by_visit ON follow_up (visit_id);
CREATE INDEX follow_up_by_due ON follow_up (status, due_on);
