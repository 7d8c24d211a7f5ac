-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 5: the annual wheel (årshjul): the year's events, each in one ring
-- (category) of the wheel, optionally linked to an organisation.

CREATE TABLE wheel_event (
  id              INTEGER PRIMARY KEY,
  title           TEXT NOT NULL CHECK (length (trim (title)) > 0),
  -- ISO 8601 calendar dates; end_date is inclusive and NULL for a single day
  start_date      TEXT NOT NULL CHECK (date (start_date) IS start_date),
  end_date        TEXT CHECK (end_date IS NULL OR (date (end_date) IS end_date AND end_date >= start_date)),
  category        TEXT NOT NULL DEFAULT 'voluntary'
                    CHECK (category IN ('voluntary', 'political', 'grants', 'municipal')),
  organisation_id INTEGER REFERENCES organisation (id) ON DELETE SET NULL,
  place           TEXT,
  note            TEXT,
  -- Which of the usual dates of the year this is (added on request), else NULL
  usual           TEXT CHECK (usual IS NULL OR usual IN ('volunteer-day', 'municipality-of-the-year',
                                                         'volunteer-prize')),
  created_at      TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated_at      TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;
CREATE INDEX wheel_event_start_idx ON wheel_event (start_date, id);
CREATE INDEX wheel_event_end_idx ON wheel_event (end_date) WHERE end_date IS NOT NULL;
CREATE INDEX wheel_event_organisation_idx ON wheel_event (organisation_id) WHERE organisation_id IS NOT NULL;
-- A usual date is added once a year.
CREATE UNIQUE INDEX wheel_event_usual_idx ON wheel_event (usual, substr (start_date, 1, 4))
  WHERE usual IS NOT NULL;
