-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 2: full-text search over organisations.
-- The trigram tokenizer finds words inside Norwegian compounds ("lag" in "idrettslag"),
-- which the default tokenizer cannot. Single edits keep it in step through triggers;
-- bulk imports insert first and then rebuild the index once.

CREATE VIRTUAL TABLE organisation_search USING fts5 (
  name, short_name, orgnr,
  content = 'organisation',
  content_rowid = 'id',
  tokenize = 'trigram'
);

INSERT INTO organisation_search (organisation_search) VALUES ('rebuild');

CREATE TRIGGER organisation_search_ai AFTER INSERT ON organisation BEGIN
  INSERT INTO organisation_search (rowid, name, short_name, orgnr)
    VALUES (new.id, new.name, new.short_name, new.orgnr);
END;

CREATE TRIGGER organisation_search_ad AFTER DELETE ON organisation BEGIN
  INSERT INTO organisation_search (organisation_search, rowid, name, short_name, orgnr)
    VALUES ('delete', old.id, old.name, old.short_name, old.orgnr);
END;

CREATE TRIGGER organisation_search_au AFTER UPDATE OF name, short_name, orgnr ON organisation BEGIN
  INSERT INTO organisation_search (organisation_search, rowid, name, short_name, orgnr)
    VALUES ('delete', old.id, old.name, old.short_name, old.orgnr);
  INSERT INTO organisation_search (rowid, name, short_name, orgnr)
    VALUES (new.id, new.name, new.short_name, new.orgnr);
END;
