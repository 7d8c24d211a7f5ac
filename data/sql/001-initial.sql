-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 1: the organisation registry and the people we hold personal data about.
-- Runs inside one transaction; the migrator sets user_version afterwards.

PRAGMA application_id = 1181903222; -- "Friv": marks the file as ours

-- ICNPO categories as Frivillighetsregisteret uses them (see shared/DOMAIN.md).
CREATE TABLE icnpo_category (
  code        INTEGER PRIMARY KEY,           -- 1100, 1200, … 14100
  main_group  INTEGER NOT NULL CHECK (main_group BETWEEN 1 AND 14),
  name        TEXT NOT NULL
) STRICT;

INSERT INTO icnpo_category (code, main_group, name) VALUES
  (1100, 1, 'Kunst og kultur'),
  (1200, 1, 'Idrett'),
  (1300, 1, 'Rekreasjon og sosiale foreninger'),
  (2100, 2, 'Grunn- og videregående utdanning'),
  (2200, 2, 'Høgskole og universitet'),
  (2300, 2, 'Annen utdanning'),
  (2400, 2, 'Forskning'),
  (3100, 3, 'Sykehus og rehabilitering'),
  (3200, 3, 'Sykehjem'),
  (3300, 3, 'Psykiatriske institusjoner'),
  (3400, 3, 'Andre helsetjenester'),
  (4100, 4, 'Sosiale tjenester'),
  (4200, 4, 'Krisehjelp og støttearbeid'),
  (4300, 4, 'Økonomisk og materiell støtte'),
  (5100, 5, 'Natur- og miljøvern'),
  (5200, 5, 'Dyrevern'),
  (6100, 6, 'Lokalsamfunnsutvikling'),
  (6200, 6, 'Bolig og lokalmiljø'),
  (6300, 6, 'Arbeidsopplæring'),
  (7100, 7, 'Interesseorganisasjoner'),
  (7200, 7, 'Juridisk rådgivning'),
  (7300, 7, 'Politiske organisasjoner'),
  (8100, 8, 'Pengeutdelende stiftelser'),
  (8200, 8, 'Frivillighetssentraler'),
  (9100, 9, 'Internasjonale organisasjoner'),
  (10100, 10, 'Tros- og livssynsorganisasjoner'),
  (11100, 11, 'Næringslivs- og arbeidsgiverorganisasjoner'),
  (11200, 11, 'Yrkessammenslutninger'),
  (11300, 11, 'Arbeidstakerorganisasjoner'),
  (12100, 12, 'Andre'),
  (13100, 13, 'Barne- og ungdomsorganisasjoner'),
  (14100, 14, 'Mangfold og inkludering');

CREATE TABLE organisation (
  id                        INTEGER PRIMARY KEY,
  orgnr                     TEXT UNIQUE
                              CHECK (orgnr IS NULL OR (length (orgnr) = 9 AND orgnr NOT GLOB '*[^0-9]*')),
  name                      TEXT NOT NULL CHECK (length (trim (name)) > 0),
  short_name                TEXT,
  org_form                  TEXT,            -- Enhetsregisteret organisasjonsform.kode, e.g. FLI
  sector                    TEXT NOT NULL DEFAULT 'voluntary'
                              CHECK (sector IN ('voluntary', 'public', 'business')),
  email                     TEXT,
  phone                     TEXT,
  website                   TEXT,
  street                    TEXT,
  postcode                  TEXT CHECK (postcode IS NULL OR (length (postcode) = 4 AND postcode NOT GLOB '*[^0-9]*')),
  place                     TEXT,
  municipality_number       TEXT CHECK (municipality_number IS NULL OR (length (municipality_number) = 4 AND municipality_number NOT GLOB '*[^0-9]*')),
  district                  TEXT,
  members_total             INTEGER CHECK (members_total IS NULL OR members_total >= 0),
  members_under_20          INTEGER CHECK (members_under_20 IS NULL OR members_under_20 >= 0),
  description               TEXT,
  offers_note               TEXT,
  needs_note                TEXT,
  active                    INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  in_frivillighetsregisteret INTEGER NOT NULL DEFAULT 0 CHECK (in_frivillighetsregisteret IN (0, 1)),
  public_listing_consent    INTEGER NOT NULL DEFAULT 0 CHECK (public_listing_consent IN (0, 1)),
  -- Set when the organisation left the national register: flagged, never deleted.
  register_status           TEXT CHECK (register_status IS NULL OR register_status IN ('deleted', 'bankrupt', 'dissolving')),
  notes                     TEXT,
  source                    TEXT NOT NULL DEFAULT 'manual'
                              CHECK (source IN ('manual', 'brreg', 'csv', 'demo')),
  created_at                TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated_at                TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

CREATE INDEX organisation_name_idx ON organisation (name COLLATE NOCASE);

-- Up to three ranked ICNPO categories per organisation.
CREATE TABLE organisation_category (
  organisation_id INTEGER NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
  rank            INTEGER NOT NULL CHECK (rank BETWEEN 1 AND 3),
  category_code   INTEGER NOT NULL REFERENCES icnpo_category (code),
  PRIMARY KEY (organisation_id, rank),
  UNIQUE (organisation_id, category_code)
) STRICT;
CREATE INDEX organisation_category_code_idx ON organisation_category (category_code);

-- The municipality's own groupings beside ICNPO (Bærum: kultur, idrett, nærmiljø, …).
CREATE TABLE tag (
  id    INTEGER PRIMARY KEY,
  name  TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length (trim (name)) > 0)
) STRICT;

CREATE TABLE organisation_tag (
  organisation_id INTEGER NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
  tag_id          INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
  PRIMARY KEY (organisation_id, tag_id)
) STRICT;
CREATE INDEX organisation_tag_tag_idx ON organisation_tag (tag_id);

-- What an organisation can offer and what it needs (the exchange's categories).
CREATE TABLE organisation_offer (
  organisation_id INTEGER NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
  kind            TEXT NOT NULL CHECK (kind IN ('courses', 'entertainment', 'experiences', 'time',
                                                'equipment', 'event-support', 'dugnad', 'premises',
                                                'transport', 'other')),
  PRIMARY KEY (organisation_id, kind)
) STRICT;

CREATE TABLE organisation_need (
  organisation_id INTEGER NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
  kind            TEXT NOT NULL CHECK (kind IN ('premises', 'funding', 'recruitment', 'competence',
                                                'equipment', 'cooperation', 'other')),
  PRIMARY KEY (organisation_id, kind)
) STRICT;

-- Personal data lives in one table, so one person's data can be shown, corrected and erased.
CREATE TABLE person (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL CHECK (length (trim (name)) > 0),
  phone       TEXT,
  email       TEXT,
  notes       TEXT,
  created_at  TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

CREATE TABLE organisation_contact (
  organisation_id INTEGER NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
  person_id       INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  role            TEXT,
  rank            INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (organisation_id, person_id)
) STRICT;
CREATE INDEX organisation_contact_person_idx ON organisation_contact (person_id);
