-- 004: budgets, the ledger and external funding (source 000 §6.1.3, Tables 6.2, 6.4–6.6).
-- Amounts are integers of the currency's minor units; exchange rates are integers of
-- millionths (3.30 soles to the dollar is 3300000), kept on each record with the
-- currency they convert to. Nothing here is ever a floating-point number.

CREATE TABLE workspace_setting (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- The currency the ledger adds up in.
INSERT INTO workspace_setting (key, value) VALUES ('base_currency', 'EUR');

CREATE TABLE budget_year (
  id                       INTEGER PRIMARY KEY,
  municipality_id          INTEGER NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
  year                     INTEGER NOT NULL,
  currency                 TEXT NOT NULL CHECK (length(currency) = 3),
  base_currency            TEXT NOT NULL DEFAULT '',
  rate                     INTEGER NOT NULL DEFAULT 1000000 CHECK (rate > 0),
  municipal_budget         INTEGER NOT NULL DEFAULT -1 CHECK (municipal_budget >= -1),
  ic_budget                INTEGER NOT NULL DEFAULT -1 CHECK (ic_budget >= -1),
  public_investment        INTEGER NOT NULL DEFAULT -1 CHECK (public_investment >= -1),
  investment_own           INTEGER NOT NULL DEFAULT -1 CHECK (investment_own >= -1),
  investment_transfers     INTEGER NOT NULL DEFAULT -1 CHECK (investment_transfers >= -1),
  investment_international INTEGER NOT NULL DEFAULT -1 CHECK (investment_international >= -1),
  population               INTEGER NOT NULL DEFAULT 0 CHECK (population >= 0),
  source                   TEXT NOT NULL DEFAULT '',
  note                     TEXT NOT NULL DEFAULT '',
  UNIQUE (municipality_id, year)
) STRICT;

CREATE TABLE budget_line (
  id             INTEGER PRIMARY KEY,
  budget_year_id INTEGER NOT NULL REFERENCES budget_year (id) ON DELETE CASCADE,
  label          TEXT NOT NULL CHECK (length(trim(label)) > 0),
  amount         INTEGER NOT NULL CHECK (amount >= 0),
  partnership_id INTEGER REFERENCES partnership (id) ON DELETE SET NULL,
  note           TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX budget_line_by_year ON budget_line (budget_year_id);
CREATE INDEX budget_line_by_partnership ON budget_line (partnership_id);

CREATE TABLE funder (
  id      INTEGER PRIMARY KEY,
  name    TEXT NOT NULL CHECK (length(trim(name)) > 0),
  acronym TEXT NOT NULL DEFAULT '',
  kind    TEXT NOT NULL,
  country TEXT NOT NULL DEFAULT '',
  website TEXT NOT NULL DEFAULT '',
  note    TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE funding_programme (
  id                 INTEGER PRIMARY KEY,
  funder_id          INTEGER NOT NULL REFERENCES funder (id) ON DELETE CASCADE,
  name               TEXT NOT NULL CHECK (length(trim(name)) > 0),
  starts_on          TEXT NOT NULL DEFAULT '',
  ends_on            TEXT NOT NULL DEFAULT '',
  eligible_countries TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(eligible_countries)),
  co_funding         INTEGER NOT NULL DEFAULT 0 CHECK (co_funding BETWEEN 0 AND 100),
  currency           TEXT NOT NULL DEFAULT '',
  amount_min         INTEGER NOT NULL DEFAULT 0 CHECK (amount_min >= 0),
  amount_max         INTEGER NOT NULL DEFAULT 0 CHECK (amount_max >= 0),
  note               TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX funding_programme_by_funder ON funding_programme (funder_id);

CREATE TABLE grant_application (
  id             INTEGER PRIMARY KEY,
  funder_id      INTEGER NOT NULL REFERENCES funder (id) ON DELETE CASCADE,
  programme_id   INTEGER REFERENCES funding_programme (id) ON DELETE SET NULL,
  call           TEXT NOT NULL DEFAULT '',
  partnership_id INTEGER REFERENCES partnership (id) ON DELETE SET NULL,
  project        TEXT NOT NULL DEFAULT '',
  currency       TEXT NOT NULL CHECK (length(currency) = 3),
  requested      INTEGER NOT NULL DEFAULT 0 CHECK (requested >= 0),
  granted        INTEGER NOT NULL DEFAULT 0 CHECK (granted >= 0),
  status         TEXT NOT NULL,
  status_since   TEXT NOT NULL DEFAULT '',
  deadline       TEXT NOT NULL DEFAULT '',
  deadline_zone  TEXT NOT NULL DEFAULT '',
  decision_on    TEXT NOT NULL DEFAULT '',
  note           TEXT NOT NULL DEFAULT '',
  CHECK (deadline = '' OR deadline_zone != '')
) STRICT;

CREATE INDEX grant_application_by_funder ON grant_application (funder_id);
CREATE INDEX grant_application_by_partnership ON grant_application (partnership_id);
CREATE INDEX grant_application_by_programme ON grant_application (programme_id);

CREATE TABLE reporting_obligation (
  id             INTEGER PRIMARY KEY,
  application_id INTEGER NOT NULL REFERENCES grant_application (id) ON DELETE CASCADE,
  description    TEXT NOT NULL CHECK (length(trim(description)) > 0),
  recipient      TEXT NOT NULL DEFAULT '',
  due_on         TEXT NOT NULL CHECK (length(due_on) = 10),
  met            INTEGER NOT NULL DEFAULT 0 CHECK (met IN (0, 1)),
  met_on         TEXT NOT NULL DEFAULT '',
  note           TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX reporting_obligation_by_application ON reporting_obligation (application_id, due_on);
CREATE INDEX reporting_obligation_by_due ON reporting_obligation (met, due_on);

-- Visit costs get a rate to the ledger's base currency (0: not given yet).
ALTER TABLE cost_line ADD COLUMN rate INTEGER NOT NULL DEFAULT 0 CHECK (rate >= 0);

CREATE TABLE ledger_entry (
  id                   INTEGER PRIMARY KEY,
  date                 TEXT NOT NULL CHECK (length(date) = 10),
  kind                 TEXT NOT NULL,
  contribution         TEXT NOT NULL,
  amount               INTEGER NOT NULL CHECK (amount >= 0),
  currency             TEXT NOT NULL CHECK (length(currency) = 3),
  base_currency        TEXT NOT NULL CHECK (length(base_currency) = 3),
  rate                 INTEGER NOT NULL CHECK (rate > 0),
  base_amount          INTEGER NOT NULL CHECK (base_amount >= 0),
  hours                INTEGER NOT NULL DEFAULT 0 CHECK (hours >= 0),
  hour_rate            INTEGER NOT NULL DEFAULT 0 CHECK (hour_rate >= 0),
  from_municipality_id INTEGER REFERENCES municipality (id) ON DELETE SET NULL,
  from_actor_id        INTEGER REFERENCES actor (id) ON DELETE SET NULL,
  from_funder_id       INTEGER REFERENCES funder (id) ON DELETE SET NULL,
  from_name            TEXT NOT NULL DEFAULT '',
  to_municipality_id   INTEGER REFERENCES municipality (id) ON DELETE SET NULL,
  to_actor_id          INTEGER REFERENCES actor (id) ON DELETE SET NULL,
  to_name              TEXT NOT NULL DEFAULT '',
  partnership_id       INTEGER REFERENCES partnership (id) ON DELETE SET NULL,
  project              TEXT NOT NULL DEFAULT '',
  visit_id             INTEGER REFERENCES visit (id) ON DELETE SET NULL,
  application_id       INTEGER REFERENCES grant_application (id) ON DELETE SET NULL,
  cost_line_id         INTEGER UNIQUE REFERENCES cost_line (id) ON DELETE CASCADE,
  description          TEXT NOT NULL DEFAULT '',
  reference            TEXT NOT NULL DEFAULT ''
) STRICT;

-- The year at a glance reads only this index (a covering index over the year's rows).
CREATE INDEX ledger_entry_by_date ON ledger_entry (date, partnership_id, kind, contribution, from_funder_id,
                                               from_municipality_id, to_municipality_id, base_amount);
CREATE INDEX ledger_entry_by_partnership ON ledger_entry (partnership_id, date);
CREATE INDEX ledger_entry_by_visit ON ledger_entry (visit_id);
CREATE INDEX ledger_entry_by_application ON ledger_entry (application_id);
CREATE INDEX ledger_entry_by_from_funder ON ledger_entry (from_funder_id);
CREATE INDEX ledger_entry_by_from_municipality ON ledger_entry (from_municipality_id);
CREATE INDEX ledger_entry_by_to_municipality ON ledger_entry (to_municipality_id);
CREATE INDEX ledger_entry_by_from_actor ON ledger_entry (from_actor_id);
CREATE INDEX ledger_entry_by_to_actor ON ledger_entry (to_actor_id);

-- The costs of visits already kept in the base currency enter the ledger as
-- expenditure on the visit's first day; others wait for their rate.
INSERT INTO ledger_entry (date, kind, contribution, amount, currency, base_currency, rate, base_amount,
                           from_municipality_id, partnership_id, visit_id, cost_line_id, description)
SELECT visit.starts_on, 'expenditure', 'municipal-budget', cost_line.amount, cost_line.currency, 'EUR', 1000000,
       cost_line.amount, cost_line.payer_id, visit.partnership_id, visit.id, cost_line.id, cost_line.description
FROM cost_line JOIN visit ON visit.id = cost_line.visit_id
WHERE cost_line.currency = 'EUR';
