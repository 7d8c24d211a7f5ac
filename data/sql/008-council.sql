-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 8: the council (frivillighetsråd) and reference groups
-- (referansegrupper), their members, their meetings and the input
-- (innspill) gathered there. Bærum's frivillighetsråd is seed 004, Vinje's
-- referansegruppe and café dialogue seed 002, the kinds of meeting seed 001.
-- Members are people: their name, phone and e-mail live in `person`, and a
-- person nobody points at any more is erased (GDPR).

CREATE TABLE council_group (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL CHECK (length (trim (name)) > 0),
  kind        TEXT NOT NULL DEFAULT 'council' CHECK (kind IN ('council', 'reference-group')),
  description TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

-- A person sitting in a group, perhaps for an organisation, for a term.
CREATE TABLE council_member (
  id              INTEGER PRIMARY KEY,
  group_id        INTEGER NOT NULL REFERENCES council_group (id) ON DELETE CASCADE,
  person_id       INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  -- the organisation represented, or none
  organisation_id INTEGER REFERENCES organisation (id) ON DELETE SET NULL,
  -- free text: leder, nestleder, medlem, vara
  role            TEXT NOT NULL DEFAULT '',
  -- ISO 8601 calendar dates, or none
  term_start      TEXT CHECK (term_start IS NULL OR date (term_start) IS term_start),
  term_end        TEXT CHECK (term_end IS NULL OR date (term_end) IS term_end),
  CHECK (term_start IS NULL OR term_end IS NULL OR term_start <= term_end)
) STRICT;
CREATE INDEX council_member_group_idx ON council_member (group_id);
CREATE INDEX council_member_person_idx ON council_member (person_id);
CREATE INDEX council_member_organisation_idx ON council_member (organisation_id)
  WHERE organisation_id IS NOT NULL;

-- A meeting of a group, or an open one (no group): dialogmøte, kafédialog,
-- kveldskonferanse or an ordinary møte.
CREATE TABLE meeting (
  id        INTEGER PRIMARY KEY,
  group_id  INTEGER REFERENCES council_group (id) ON DELETE CASCADE,
  kind      TEXT NOT NULL DEFAULT 'meeting'
            CHECK (kind IN ('meeting', 'dialogue-meeting', 'cafe-dialogue', 'evening-conference')),
  date      TEXT NOT NULL CHECK (date (date) IS date),
  place     TEXT NOT NULL DEFAULT '',
  notes     TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX meeting_group_idx ON meeting (group_id, date);

-- Input given at a meeting, perhaps by an organisation, perhaps on a theme.
CREATE TABLE innspill (
  id              INTEGER PRIMARY KEY,
  meeting_id      INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  organisation_id INTEGER REFERENCES organisation (id) ON DELETE SET NULL,
  text            TEXT NOT NULL CHECK (length (trim (text)) > 0),
  theme           TEXT
) STRICT;
CREATE INDEX innspill_meeting_idx ON innspill (meeting_id);
CREATE INDEX innspill_organisation_idx ON innspill (organisation_id) WHERE organisation_id IS NOT NULL;
