-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 6: notater — formal notes to political committees (see DOMAIN.md,
-- "Notat to political committees"). The Noark 5 names of the fields are given
-- beside them. The body is text in a small markup (see src/doc/fv-notat.c):
-- "# Heading", "- bullet", a blank line between paragraphs, *italic*,
-- **bold** and [^footnote text] inline.

CREATE TABLE notat (
  id          INTEGER PRIMARY KEY,
  -- M103 dokumentetsDato, ISO 8601 calendar date
  date        TEXT NOT NULL CHECK (date (date) IS date),
  -- M002 klasseID, free text such as "223" or "FE-223"
  arkivkode   TEXT,
  -- M013 journalaar / M014 journalsekvensnummer: YY/NNNNN, e.g. 22/22387
  journalpost TEXT CHECK (journalpost IS NULL OR journalpost GLOB '[0-9][0-9]/[0-9]*'),
  -- M011 saksaar / M012 sakssekvensnummer: YY/NNNNN, a document in it YY/NNNNN-N
  saksnummer  TEXT CHECK (saksnummer IS NULL OR saksnummer GLOB '[0-9][0-9]/[0-9]*'),
  -- M400 korrespondansepartNavn of the sender, e.g. Kommunedirektøren
  sender      TEXT,
  -- M020 tittel: Vedrørende
  subject     TEXT NOT NULL CHECK (length (trim (subject)) > 0),
  body        TEXT NOT NULL DEFAULT '',
  status      TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sent')),
  created_at  TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;
CREATE INDEX notat_date_idx ON notat (date, id);

-- Til: the committees the notat goes to, in the order they are printed.
CREATE TABLE notat_recipient (
  notat_id  INTEGER NOT NULL REFERENCES notat (id) ON DELETE CASCADE,
  rank      INTEGER NOT NULL CHECK (rank >= 1),
  name      TEXT NOT NULL CHECK (length (trim (name)) > 0),
  PRIMARY KEY (notat_id, rank)
) STRICT;
