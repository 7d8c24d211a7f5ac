-- SPDX-License-Identifier: GPL-3.0-or-later
-- Sample data: Elverum's first frivillighetsbørs (seed 000), held on a Wednesday
-- in the festsal of the town hall. 42 actors made 35 agreements there; these
-- are the participants and the four agreements the article names. The article
-- does not say who gives Ungdommens Hus room for its canoe; here it is the
-- scouts. Runs after organisations.sql, in the same transaction.

INSERT INTO exchange (name, date, place, municipality, notes) VALUES
  ('Frivillighetsbørs i Elverum', '2024-10-16', 'Festsalen, Rådhuset, Elverum', 'Elverum kommune',
   'Den første frivillighetsbørsen i Innlandet: 35 avtaler mellom 42 aktører.');

INSERT INTO exchange_participant (exchange_id, organisation_id, sector)
  SELECT (SELECT max (id) FROM exchange), o.id, o.sector FROM organisation o
  WHERE o.name IN ('Lions Club Elverum', 'Leiret fotball', 'Mjølner speidergruppe',
                   'Elverum frivilligsentral', 'Ungdommens Hus Elverum', 'Barnehagene i Elverum',
                   'Elverum kirkelige fellesråd');

INSERT INTO agreement (exchange_id, form_number, giver_id, receiver_id, description, in_return,
                       category, deadline, status, follow_up)
  SELECT (SELECT max (id) FROM exchange), a.form_number,
         (SELECT id FROM organisation WHERE name = a.giver),
         (SELECT id FROM organisation WHERE name = a.receiver),
         a.description, a.in_return, a.category, '2025-10-16', a.status, a.follow_up
  FROM (SELECT 3 AS form_number, 'Lions Club Elverum' AS giver, 'Leiret fotball' AS receiver,
               'Hjelp til å etablere et gatefotballag' AS description, NULL AS in_return,
               'time' AS category, 'fulfilled' AS status,
               'Gatefotballaget trener hver torsdag.' AS follow_up
        UNION ALL
        SELECT 8, 'Mjølner speidergruppe', 'Barnehagene i Elverum',
               'Dugnad for å etablere en utelekeplass', NULL, 'dugnad', 'fulfilled', NULL
        UNION ALL
        SELECT 12, 'Elverum frivilligsentral', 'Elverum kirkelige fellesråd',
               'Hybelkurs for ungdom mellom 16 og 19 år', NULL, 'courses', 'agreed',
               'Om mulig: kirka og frivilligsentralen avklarer tidspunkt.'
        UNION ALL
        SELECT 21, 'Mjølner speidergruppe', 'Ungdommens Hus Elverum',
               'Plass til oppbevaring av kano', 'Bidrag til aktivitet', 'premises', 'agreed', NULL) a;
