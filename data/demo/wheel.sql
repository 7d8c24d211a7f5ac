-- SPDX-License-Identifier: GPL-3.0-or-later
-- Sample data: Bærum's Frivillighetens år 2022 (the notat of seed 004, "VÅR 2022"
-- and "HØST 2022"), and Elverum's first frivillighetsbørs (seed 000). Where the
-- notat gives a month and no day, the event spans the month. Runs after
-- organisations.sql and exchanges.sql, in the same transaction.

INSERT INTO wheel_event (title, start_date, end_date, category, organisation_id, place, note) VALUES
  ('Frivillighetskonferanse', '2022-04-26', NULL, 'voluntary', NULL, 'Bærum Kulturhus',
   'Årlig konferanse for frivilligheten, arrangert med frivillighetsrådet.'),
  ('Presterud gård åpnes for frivilligheten', '2022-05-01', '2022-05-31', 'municipal', NULL, 'Presterud gård',
   'Planlagt mai 2022. Driftsform og venne- eller brukerforening er under arbeid.'),
  ('Sandvika Byfest', '2022-08-01', '2022-08-31', 'municipal', NULL, 'Sandvika',
   'Synliggjøre den frivillige innsatsen på byfesten.'),
  ('Søknadsfrist Årets frivillighetskommune', '2022-08-31', NULL, 'grants', NULL, NULL,
   'Søknad til Årets frivillighetskommune – frist 31.8.'),
  ('Frivilligbørs med HUMSOS', '2022-09-01', '2022-11-30', 'voluntary',
   (SELECT id FROM organisation WHERE name = 'HUMSOS Bærum'), NULL,
   'Møteplass for frivilligheten, type «Frivilligbørs», høsten 2022 i samarbeid med HUMSOS.'),
  ('Frivillighetens dag', '2022-12-05', NULL, 'voluntary', NULL, NULL,
   'Markere Frivillighetens dag 5. desember.'),
  ('Utdeling av Frivillighetsprisen 2022', '2022-12-01', '2022-12-31', 'municipal', NULL, NULL,
   'Frivillighetsprisen deles ut i desember.');

-- The usual dates of 2022 are there already: the button adds nothing twice.
UPDATE wheel_event SET usual = 'municipality-of-the-year' WHERE title = 'Søknadsfrist Årets frivillighetskommune';
UPDATE wheel_event SET usual = 'volunteer-day' WHERE title = 'Frivillighetens dag' AND start_date = '2022-12-05';
UPDATE wheel_event SET usual = 'volunteer-prize' WHERE title = 'Utdeling av Frivillighetsprisen 2022';

INSERT INTO wheel_event (title, start_date, category, organisation_id, place, note)
  SELECT e.name, e.date, 'voluntary',
         (SELECT id FROM organisation WHERE name = 'Elverum frivilligsentral'), e.place,
         'Den første frivillighetsbørsen i Innlandet.'
  FROM exchange e WHERE e.name = 'Frivillighetsbørs i Elverum';
