-- SPDX-License-Identifier: GPL-3.0-or-later
-- Sample councils and groups. Bærum's frivillighetsråd (seed 004) with one
-- representative for each member organisation: we invent nothing about real
-- people, so each person is named by their role. Vinje's referansegruppe and
-- the café dialogue of 4 September with its input on premises, economy and
-- recruitment (seed 002); the seed gives no year, 2019 is assumed.

INSERT INTO council_group (id, name, kind, description) VALUES
(1, 'Frivillighetsrådet i Bærum', 'council',
'Etablert høsten 2021. Et talerør for frivilligheten og et bindeledd mellom frivilligheten og kommunen. Valgte representanter fra organisasjonene møtes jevnlig, følger opp et årshjul, skaper arenaer for dialog og arrangerer en årlig konferanse.'),
(2, 'Referansegruppe for frivillighetspolitikken i Vinje', 'reference-group',
'Bistår kommunen i arbeidet med frivillighetspolitikken. Kommunen koordinerer gruppen, så bredden av lag og foreninger blir representert. Første oppgave: drøfte hvordan innspillene fra kafédialogen kan tas inn i politikken.');

INSERT INTO person (id, name) VALUES
(9001, 'Representant for Bærum Idrettsråd'),
(9002, 'Representant for Bærum Kulturråd'),
(9003, 'Representant for HUMSOS Bærum'),
(9004, 'Representant for Bærum Natur- og friluftsråd'),
(9005, 'Representant for Bærum tro- og livssynsforum'),
(9006, 'Representant for Norges Handikapforbund Bærum');

INSERT INTO council_member (group_id, person_id, organisation_id, role, term_start)
SELECT 1, p.id, o.id, 'Medlem', '2021-09-01'
  FROM person p JOIN organisation o ON p.name = 'Representant for ' || o.name
 WHERE p.id BETWEEN 9001 AND 9006
 ORDER BY p.id;

INSERT INTO meeting (id, group_id, kind, date, place, notes) VALUES
(1, 2, 'cafe-dialogue', '2019-09-04', 'Vinje',
'Siste halvdel av den åpne kveldskonferansen med Frivillighet Norge. Omlag tretti foreninger deltok; kultursjef og assisterende rådmann var til stede hele kvelden.');

INSERT INTO innspill (meeting_id, organisation_id, text, theme) VALUES
(1, NULL, 'Foreningene trenger bedre tilgang på lokaler til aktivitetene sine.', 'Lokaler'),
(1, NULL, 'Økonomien er en utfordring: foreningene ønsker forutsigbare tilskudd.', 'Økonomi'),
(1, NULL, 'Det trengs rekruttering av flere frivillige.', 'Rekruttering'),
(1, NULL, 'Kommunen bør ha en koordinerende funksjon og legge til rette for møteplasser mellom frivilligheten og kommunen.', 'Samarbeid');
