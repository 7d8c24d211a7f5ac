-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 3: the registry sorts as Norwegians read and finds organisations by
-- every word a coordinator remembers.
--
-- name_key sorts names in Norwegian order (… x y z æ ø å), case folded; it is
-- computed by the function fv_sort_key(), which Frivillig registers on every
-- connection. The search index now holds its own copy of the searchable text:
-- names, organisation number, place, contact persons and tags, kept in step by
-- triggers. Bulk imports switch the triggers off through search_control and
-- rebuild the index once at the end.

ALTER TABLE organisation ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
UPDATE organisation SET name_key = fv_sort_key (name);
CREATE INDEX organisation_name_key_idx ON organisation (name_key, id);
DROP INDEX organisation_name_idx;

-- Frivillig's own inserts give the key at once; the trigger serves other writers.
CREATE TRIGGER organisation_name_key_ai AFTER INSERT ON organisation
WHEN new.name_key = '' BEGIN
  UPDATE organisation SET name_key = fv_sort_key (new.name) WHERE id = new.id;
END;
CREATE TRIGGER organisation_name_key_au AFTER UPDATE OF name ON organisation BEGIN
  UPDATE organisation SET name_key = fv_sort_key (new.name) WHERE id = new.id;
END;

-- No index on sector or active: three and two values over 100 000 rows, a
-- scan is as quick, and every index slows a bulk import.

-- The old index read its text from organisation; the new one keeps its own.
DROP TRIGGER organisation_search_ai;
DROP TRIGGER organisation_search_ad;
DROP TRIGGER organisation_search_au;
DROP TABLE organisation_search;

CREATE VIRTUAL TABLE organisation_search USING fts5 (
  name, short_name, orgnr, place, contacts, tags,
  tokenize = 'trigram'
);

CREATE TABLE search_control (
  id    INTEGER PRIMARY KEY CHECK (id = 1),
  bulk  INTEGER NOT NULL DEFAULT 0 CHECK (bulk IN (0, 1))
) STRICT;
INSERT INTO search_control (id, bulk) VALUES (1, 0);

-- One organisation's searchable text, as a view the triggers and the rebuild share.
CREATE VIEW organisation_search_text AS
  SELECT o.id AS id, o.name AS name, o.short_name AS short_name, o.orgnr AS orgnr,
         trim (coalesce (o.place, '') || ' ' || coalesce (o.district, '')) AS place,
         (SELECT group_concat (p.name, ' ') FROM organisation_contact c JOIN person p ON p.id = c.person_id
           WHERE c.organisation_id = o.id) AS contacts,
         (SELECT group_concat (t.name, ' ') FROM organisation_tag ot JOIN tag t ON t.id = ot.tag_id
           WHERE ot.organisation_id = o.id) AS tags
  FROM organisation o;

INSERT INTO organisation_search (rowid, name, short_name, orgnr, place, contacts, tags)
  SELECT id, name, short_name, orgnr, place, contacts, tags FROM organisation_search_text;

CREATE TRIGGER organisation_search_ai AFTER INSERT ON organisation
WHEN (SELECT bulk FROM search_control) = 0 BEGIN
  INSERT INTO organisation_search (rowid, name, short_name, orgnr, place, contacts, tags)
    SELECT id, name, short_name, orgnr, place, contacts, tags FROM organisation_search_text WHERE id = new.id;
END;

CREATE TRIGGER organisation_search_au AFTER UPDATE OF name, short_name, orgnr, place, district ON organisation
WHEN (SELECT bulk FROM search_control) = 0 BEGIN
  DELETE FROM organisation_search WHERE rowid = new.id;
  INSERT INTO organisation_search (rowid, name, short_name, orgnr, place, contacts, tags)
    SELECT id, name, short_name, orgnr, place, contacts, tags FROM organisation_search_text WHERE id = new.id;
END;

CREATE TRIGGER organisation_search_ad AFTER DELETE ON organisation BEGIN
  DELETE FROM organisation_search WHERE rowid = old.id;
END;

CREATE TRIGGER organisation_search_contact_ai AFTER INSERT ON organisation_contact
WHEN (SELECT bulk FROM search_control) = 0 BEGIN
  DELETE FROM organisation_search WHERE rowid = new.organisation_id;
  INSERT INTO organisation_search (rowid, name, short_name, orgnr, place, contacts, tags)
    SELECT id, name, short_name, orgnr, place, contacts, tags FROM organisation_search_text
    WHERE id = new.organisation_id;
END;

CREATE TRIGGER organisation_search_contact_ad AFTER DELETE ON organisation_contact
WHEN (SELECT bulk FROM search_control) = 0 BEGIN
  DELETE FROM organisation_search WHERE rowid = old.organisation_id;
  INSERT INTO organisation_search (rowid, name, short_name, orgnr, place, contacts, tags)
    SELECT id, name, short_name, orgnr, place, contacts, tags FROM organisation_search_text
    WHERE id = old.organisation_id;
END;

CREATE TRIGGER organisation_search_person_au AFTER UPDATE OF name ON person
WHEN (SELECT bulk FROM search_control) = 0 BEGIN
  DELETE FROM organisation_search
    WHERE rowid IN (SELECT organisation_id FROM organisation_contact WHERE person_id = new.id);
  INSERT INTO organisation_search (rowid, name, short_name, orgnr, place, contacts, tags)
    SELECT id, name, short_name, orgnr, place, contacts, tags FROM organisation_search_text
    WHERE id IN (SELECT organisation_id FROM organisation_contact WHERE person_id = new.id);
END;

CREATE TRIGGER organisation_search_tag_ai AFTER INSERT ON organisation_tag
WHEN (SELECT bulk FROM search_control) = 0 BEGIN
  DELETE FROM organisation_search WHERE rowid = new.organisation_id;
  INSERT INTO organisation_search (rowid, name, short_name, orgnr, place, contacts, tags)
    SELECT id, name, short_name, orgnr, place, contacts, tags FROM organisation_search_text
    WHERE id = new.organisation_id;
END;

CREATE TRIGGER organisation_search_tag_ad AFTER DELETE ON organisation_tag
WHEN (SELECT bulk FROM search_control) = 0 BEGIN
  DELETE FROM organisation_search WHERE rowid = old.organisation_id;
  INSERT INTO organisation_search (rowid, name, short_name, orgnr, place, contacts, tags)
    SELECT id, name, short_name, orgnr, place, contacts, tags FROM organisation_search_text
    WHERE id = old.organisation_id;
END;

CREATE TRIGGER organisation_search_tag_au AFTER UPDATE OF name ON tag
WHEN (SELECT bulk FROM search_control) = 0 BEGIN
  DELETE FROM organisation_search
    WHERE rowid IN (SELECT organisation_id FROM organisation_tag WHERE tag_id = new.id);
  INSERT INTO organisation_search (rowid, name, short_name, orgnr, place, contacts, tags)
    SELECT id, name, short_name, orgnr, place, contacts, tags FROM organisation_search_text
    WHERE id IN (SELECT organisation_id FROM organisation_tag WHERE tag_id = new.id);
END;
