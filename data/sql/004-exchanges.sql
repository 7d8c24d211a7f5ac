-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 4: volunteer exchanges (frivillighetsbørs), their participants and
-- the agreements signed there, with their follow-up.

CREATE TABLE exchange (
  id           INTEGER PRIMARY KEY,
  name         TEXT NOT NULL CHECK (length (trim (name)) > 0),
  -- ISO 8601 calendar date, e.g. 2025-03-12
  date         TEXT NOT NULL CHECK (date (date) IS date),
  place        TEXT,
  municipality TEXT,
  notes        TEXT,
  created_at   TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated_at   TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;
CREATE INDEX exchange_date_idx ON exchange (date, id);

-- Who takes part. The sector is the organisation's when it joined, so the
-- report of a past exchange does not change when a registry entry does.
-- An organisation that took part in an exchange cannot be deleted.
CREATE TABLE exchange_participant (
  exchange_id     INTEGER NOT NULL REFERENCES exchange (id) ON DELETE CASCADE,
  organisation_id INTEGER NOT NULL REFERENCES organisation (id) ON DELETE RESTRICT,
  sector          TEXT NOT NULL CHECK (sector IN ('voluntary', 'public', 'business')),
  created_at      TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')),
  PRIMARY KEY (exchange_id, organisation_id)
) STRICT;
CREATE INDEX exchange_participant_organisation_idx ON exchange_participant (organisation_id);

-- One signed form. Party 1 (giver) gives; party 2 (receiver) receives and may
-- give something in return (in_return; NULL for a one-way agreement). Both
-- parties are participants of the same exchange.
CREATE TABLE agreement (
  id           INTEGER PRIMARY KEY,
  exchange_id  INTEGER NOT NULL REFERENCES exchange (id) ON DELETE CASCADE,
  form_number  INTEGER NOT NULL CHECK (form_number BETWEEN 1 AND 99999),
  giver_id     INTEGER NOT NULL,
  receiver_id  INTEGER NOT NULL CHECK (receiver_id <> giver_id),
  description  TEXT NOT NULL CHECK (length (trim (description)) > 0),
  in_return    TEXT,
  category     TEXT NOT NULL DEFAULT 'other'
                 CHECK (category IN ('courses', 'entertainment', 'experiences', 'time',
                                     'equipment', 'event-support', 'dugnad', 'premises',
                                     'transport', 'other')),
  deadline     TEXT NOT NULL CHECK (date (deadline) IS deadline),
  status       TEXT NOT NULL DEFAULT 'agreed'
                 CHECK (status IN ('agreed', 'fulfilled', 'not-fulfilled', 'cancelled')),
  follow_up    TEXT,
  created_at   TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated_at   TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')),
  UNIQUE (exchange_id, form_number),
  FOREIGN KEY (exchange_id, giver_id) REFERENCES exchange_participant (exchange_id, organisation_id),
  FOREIGN KEY (exchange_id, receiver_id) REFERENCES exchange_participant (exchange_id, organisation_id)
) STRICT;
CREATE INDEX agreement_giver_idx ON agreement (exchange_id, giver_id);
CREATE INDEX agreement_receiver_idx ON agreement (exchange_id, receiver_id);
CREATE INDEX agreement_status_idx ON agreement (exchange_id, status);
