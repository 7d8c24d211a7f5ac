-- SPDX-License-Identifier: GPL-3.0-or-later
-- Sample data: the real actors named in the seed documents (shared/seeds), in the
-- municipalities they come from (kommunenummer as of 2024). Organisation numbers
-- are left out rather than invented. Every row is marked source = 'demo'.

INSERT INTO organisation (name, short_name, sector, place, municipality_number, description, source) VALUES
  -- Elverum's frivillighetsbørs (seed 000)
  ('Lions Club Elverum', 'Lions Elverum', 'voluntary', 'Elverum', '3420',
   'Serviceklubb. Avtalte på frivillighetsbørsen å etablere et gatefotballag sammen med Leiret fotball.', 'demo'),
  ('Leiret fotball', NULL, 'voluntary', 'Elverum', '3420',
   'Fotballag på Leiret. Gatefotballag sammen med Lions.', 'demo'),
  ('Mjølner speidergruppe', 'Mjølner', 'voluntary', 'Elverum', '3420',
   'Speidergruppe. Avtale med barnehagene om å etablere en utelekeplass.', 'demo'),
  ('Elverum frivilligsentral', 'Frivilligsentralen', 'voluntary', 'Elverum', '3420',
   'Mulig hybelkurs for ungdom mellom 16 og 19 år sammen med kirka.', 'demo'),
  ('Ungdommens Hus Elverum', 'Ungdommens Hus', 'public', 'Elverum', '3420',
   'Får plass til oppbevaring av kano i bytte med bidrag til aktivitet.', 'demo'),
  ('Barnehagene i Elverum', NULL, 'public', 'Elverum', '3420',
   'De kommunale barnehagene.', 'demo'),
  ('Elverum kirkelige fellesråd', 'Kirka i Elverum', 'public', 'Elverum', '3420', NULL, 'demo'),
  -- Bærum's notat and its frivillighetsråd (seed 004)
  ('Bærum Idrettsråd', NULL, 'voluntary', 'Bærum', '3201', 'Medlem av frivillighetsrådet.', 'demo'),
  ('Bærum Kulturråd', NULL, 'voluntary', 'Bærum', '3201', 'Medlem av frivillighetsrådet.', 'demo'),
  ('HUMSOS Bærum', 'HUMSOS', 'voluntary', 'Bærum', '3201',
   'Humanitære og sosiale organisasjoner. Medlem av frivillighetsrådet.', 'demo'),
  ('Bærum Natur- og friluftsråd', NULL, 'voluntary', 'Bærum', '3201', 'Medlem av frivillighetsrådet.', 'demo'),
  ('Bærum tro- og livssynsforum', NULL, 'voluntary', 'Bærum', '3201', 'Medlem av frivillighetsrådet.', 'demo'),
  ('Norges Handikapforbund Bærum', 'NHF Bærum', 'voluntary', 'Bærum', '3201', 'Medlem av frivillighetsrådet.', 'demo'),
  ('Bærum Røde Kors', 'Røde Kors', 'voluntary', 'Bærum', '3201',
   'Besøkstjenester og aktiviteter på bo- og behandlingssentrene; Mentor sammen med NAV og Globale Bærum.', 'demo'),
  ('Lions Bærum', NULL, 'voluntary', 'Bærum', '3201', 'Aktiviteter og transporttjenester i pleie og omsorg.', 'demo'),
  ('Rotary Bærum', NULL, 'voluntary', 'Bærum', '3201', 'Aktiviteter og transporttjenester i pleie og omsorg.', 'demo'),
  ('Civitan Bærum', NULL, 'voluntary', 'Bærum', '3201', 'Aktiviteter og transporttjenester i pleie og omsorg.', 'demo'),
  ('Globale Bærum', NULL, 'voluntary', 'Bærum', '3201', 'Mentor: frivillige mentorer for innvandrere og flyktninger.', 'demo'),
  ('Kirkens Bymisjon – Skattkammeret', 'Skattkammeret', 'voluntary', 'Rykkinn', '3201',
   'Utlånssentral for utstyr på Fritidshuset på Rykkinn.', 'demo'),
  ('KFUK-KFUM Forandringshuset Bærum', 'Forandringshuset', 'voluntary', 'Rykkinn', '3201', NULL, 'demo'),
  ('Rykkinn frivilligsentral', NULL, 'voluntary', 'Rykkinn', '3201',
   'Rekrutterte frivillige helseambassadører sammen med kommunen og Vestre Viken.', 'demo'),
  ('NAV Bærum', NULL, 'public', 'Bærum', '3201', NULL, 'demo'),
  ('Vestre Viken helseforetak', 'Vestre Viken', 'public', 'Drammen', '3301', NULL, 'demo'),
  -- Vinje and Lier developing a volunteering policy (seeds 002 and 003)
  ('Frivillighet Norge', NULL, 'voluntary', 'Oslo', '0301',
   'Samarbeidsforum for frivillige organisasjoner. Bistår kommuner med frivillighetspolitikk.', 'demo'),
  ('Lier kommune, kulturkontoret', 'Kulturkontoret i Lier', 'public', 'Lier', '3312',
   'Organiserer Lierdagene og koordinerer referansegruppen.', 'demo'),
  ('Vinje kommune', NULL, 'public', 'Vinje', '4036',
   'Utvikler en kommunal frivillighetspolitikk med Frivillighet Norge.', 'demo'),
  ('Lierposten', NULL, 'business', 'Lier', '3312', 'Lokalavis.', 'demo');

-- ICNPO categories, ranked.
WITH c (name, rank, code) AS (VALUES
    ('Lions Club Elverum', 1, 4100), ('Leiret fotball', 1, 1200),
    ('Mjølner speidergruppe', 1, 13100), ('Elverum frivilligsentral', 1, 8200),
    ('Bærum Idrettsråd', 1, 1200), ('Bærum Idrettsråd', 2, 7100),
    ('Bærum Kulturråd', 1, 1100), ('HUMSOS Bærum', 1, 4100),
    ('Bærum Natur- og friluftsråd', 1, 5100), ('Bærum tro- og livssynsforum', 1, 10100),
    ('Norges Handikapforbund Bærum', 1, 7100), ('Norges Handikapforbund Bærum', 2, 4100),
    ('Bærum Røde Kors', 1, 4200), ('Bærum Røde Kors', 2, 4100),
    ('Lions Bærum', 1, 4100), ('Rotary Bærum', 1, 4100), ('Civitan Bærum', 1, 4100),
    ('Globale Bærum', 1, 14100), ('Kirkens Bymisjon – Skattkammeret', 1, 4300),
    ('Kirkens Bymisjon – Skattkammeret', 2, 10100),
    ('KFUK-KFUM Forandringshuset Bærum', 1, 13100), ('Rykkinn frivilligsentral', 1, 8200),
    ('Frivillighet Norge', 1, 7100)
)
INSERT INTO organisation_category (organisation_id, rank, category_code)
  SELECT o.id, c.rank, c.code
  FROM c
  JOIN organisation o ON o.name = c.name AND o.source = 'demo';

-- Bærum's own groupings, as local tags.
INSERT OR IGNORE INTO tag (name) VALUES
  ('idrett'), ('kultur'), ('humanitære og sosiale'), ('natur og friluftsliv'),
  ('religiøse'), ('brukerorganisasjoner'), ('innvandrerorganisasjoner'), ('frivillighetsrådet');

WITH v (name, tag) AS (VALUES
    ('Bærum Idrettsråd', 'idrett'), ('Bærum Idrettsråd', 'frivillighetsrådet'),
    ('Bærum Kulturråd', 'kultur'), ('Bærum Kulturråd', 'frivillighetsrådet'),
    ('HUMSOS Bærum', 'humanitære og sosiale'), ('HUMSOS Bærum', 'frivillighetsrådet'),
    ('Bærum Natur- og friluftsråd', 'natur og friluftsliv'),
    ('Bærum Natur- og friluftsråd', 'frivillighetsrådet'),
    ('Bærum tro- og livssynsforum', 'religiøse'), ('Bærum tro- og livssynsforum', 'frivillighetsrådet'),
    ('Norges Handikapforbund Bærum', 'brukerorganisasjoner'),
    ('Norges Handikapforbund Bærum', 'frivillighetsrådet'),
    ('Bærum Røde Kors', 'humanitære og sosiale'), ('Globale Bærum', 'innvandrerorganisasjoner')
)
INSERT INTO organisation_tag (organisation_id, tag_id)
  SELECT o.id, t.id
  FROM v
  JOIN organisation o ON o.name = v.name AND o.source = 'demo'
  JOIN tag t ON t.name = v.tag;

-- What they offer and need, as the seeds tell it.
WITH v (name, kind) AS (VALUES
    ('Lions Club Elverum', 'time'), ('Lions Club Elverum', 'event-support'),
    ('Mjølner speidergruppe', 'dugnad'), ('Ungdommens Hus Elverum', 'premises'),
    ('Elverum frivilligsentral', 'courses'), ('Bærum Røde Kors', 'time'),
    ('Lions Bærum', 'transport'), ('Rotary Bærum', 'transport'), ('Civitan Bærum', 'transport'),
    ('Globale Bærum', 'courses'), ('Kirkens Bymisjon – Skattkammeret', 'equipment'),
    ('Frivillighet Norge', 'courses')
)
INSERT INTO organisation_offer (organisation_id, kind)
  SELECT o.id, v.kind
  FROM v
  JOIN organisation o ON o.name = v.name AND o.source = 'demo';

WITH v (name, kind) AS (VALUES
    ('Leiret fotball', 'cooperation'), ('Ungdommens Hus Elverum', 'cooperation'),
    ('Barnehagene i Elverum', 'cooperation'), ('HUMSOS Bærum', 'recruitment'),
    ('Bærum Kulturråd', 'premises'), ('Rykkinn frivilligsentral', 'recruitment')
)
INSERT INTO organisation_need (organisation_id, kind)
  SELECT o.id, v.kind
  FROM v
  JOIN organisation o ON o.name = v.name AND o.source = 'demo';

-- Contact persons named in the seeds, in their public roles.
INSERT INTO person (name, phone, email) VALUES
  ('Bjørn Lindstad', '909 79 955', 'bjorn@frivillighetnorge.no'),
  ('Ingeborg Rivelsrud', NULL, NULL);

WITH v (org, person, role) AS (VALUES
    ('Frivillighet Norge', 'Bjørn Lindstad', 'Politisk seniorrådgiver'),
    ('Lier kommune, kulturkontoret', 'Ingeborg Rivelsrud', 'Kultursjef')
)
INSERT INTO organisation_contact (organisation_id, person_id, role, rank)
  SELECT o.id, p.id, v.role, 1
  FROM v
  JOIN organisation o ON o.name = v.org AND o.source = 'demo'
  JOIN person p ON p.name = v.person;
