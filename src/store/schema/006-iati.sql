-- 006: what an IATI 2.03 activity file needs beyond what is kept already: the
-- organisation identifiers of the publishing municipality and of funders, the
-- OECD-DAC sector of a partnership and of a project, a project's status and the
-- Sustainable Development Goals it serves (a JSON array of goal numbers as text).

ALTER TABLE municipality ADD COLUMN iati_org_ref TEXT NOT NULL DEFAULT '';
ALTER TABLE funder ADD COLUMN iati_org_ref TEXT NOT NULL DEFAULT '';
ALTER TABLE partnership ADD COLUMN dac_sector TEXT NOT NULL DEFAULT '';
ALTER TABLE project ADD COLUMN status TEXT NOT NULL DEFAULT 'implementation';
ALTER TABLE project ADD COLUMN dac_sector TEXT NOT NULL DEFAULT '';
ALTER TABLE project ADD COLUMN sdg_goals TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(sdg_goals));
