-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 7: action plans (tiltaksplan) — the goals (mål) of a plan, the
-- actions (tiltak) under each goal, who is responsible (ansvarlig), the
-- deadline (frist), the status and the partners (samarbeidspartnere) from the
-- register. A plan is written by a reference group, as in Lier (seed 003),
-- often from the input of a café dialogue (seed 002).

CREATE TABLE action_plan (
  id          INTEGER PRIMARY KEY,
  title       TEXT NOT NULL CHECK (length (trim (title)) > 0),
  -- free text such as "2022–2025"
  period      TEXT,
  description TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

-- The goals of a plan, in the order they are printed.
CREATE TABLE plan_goal (
  id       INTEGER PRIMARY KEY,
  plan_id  INTEGER NOT NULL REFERENCES action_plan (id) ON DELETE CASCADE,
  rank     INTEGER NOT NULL CHECK (rank >= 1),
  text     TEXT NOT NULL CHECK (length (trim (text)) > 0)
) STRICT;
CREATE INDEX plan_goal_plan_idx ON plan_goal (plan_id, rank);

-- The actions under a goal, in order.
CREATE TABLE plan_action (
  id          INTEGER PRIMARY KEY,
  goal_id     INTEGER NOT NULL REFERENCES plan_goal (id) ON DELETE CASCADE,
  rank        INTEGER NOT NULL CHECK (rank >= 1),
  text        TEXT NOT NULL CHECK (length (trim (text)) > 0),
  responsible TEXT,
  -- ISO 8601 calendar date, or none
  deadline    TEXT CHECK (deadline IS NULL OR date (deadline) IS deadline),
  status      TEXT NOT NULL DEFAULT 'planned'
              CHECK (status IN ('planned', 'in-progress', 'done', 'dropped')),
  note        TEXT,
  created_at  TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;
CREATE INDEX plan_action_goal_idx ON plan_action (goal_id, rank);
CREATE INDEX plan_action_deadline_idx ON plan_action (deadline) WHERE deadline IS NOT NULL;

-- The organisations from the register that take part in an action.
CREATE TABLE plan_action_partner (
  action_id        INTEGER NOT NULL REFERENCES plan_action (id) ON DELETE CASCADE,
  organisation_id  INTEGER NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
  PRIMARY KEY (action_id, organisation_id)
) STRICT;
CREATE INDEX plan_action_partner_organisation_idx ON plan_action_partner (organisation_id);
