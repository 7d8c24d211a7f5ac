-- SPDX-License-Identifier: GPL-3.0-or-later
-- Sample action plan: Lier's tiltaksplan for frivillighet, worked out by a
-- reference group (seed 003), with goals from the themes of the café
-- dialogue in Vinje (seed 002): lokaler, økonomi, rekruttering.

INSERT INTO action_plan (id, title, period, description) VALUES
(1, 'Tiltaksplan for frivillighet i Lier 2015–2016', '2015–2016',
'Tiltaksplanen følger opp kommunens frivillighetspolitikk. Den er utarbeidet av en referansegruppe med representanter for lag og foreninger, med innspill fra kafédialogen om lokaler, økonomi og rekruttering.

Kulturkontoret koordinerer arbeidet og rapporterer status til hovedutvalget hvert halvår.');

INSERT INTO plan_goal (id, plan_id, rank, text) VALUES
(1, 1, 1, 'Bedre tilgang til lokaler for lag og foreninger'),
(2, 1, 2, 'Forutsigbar økonomi for frivilligheten'),
(3, 1, 3, 'Rekruttering av frivillige'),
(4, 1, 4, 'Møteplasser mellom kommunen og frivilligheten');

INSERT INTO plan_action (id, goal_id, rank, text, responsible, deadline, status, note) VALUES
(1, 1, 1, 'Kartlegge kommunale lokaler som kan lånes ut gratis', 'Kulturkontoret', '2015-06-30', 'done', NULL),
(2, 1, 2, 'Innføre felles bookingløsning for kommunale lokaler', 'Eiendomsavdelingen', '2016-03-31', 'in-progress', NULL),
(3, 1, 3, 'Åpne skolene for lag og foreninger på kveldstid', 'Oppvekst', '2016-08-15', 'planned', NULL),
(4, 2, 1, 'Samle tilskuddsordningene i én søknadsportal', 'Kulturkontoret', '2015-12-31', 'in-progress', NULL),
(5, 2, 2, 'Kurs i søknadsskriving og momskompensasjon', 'Kulturkontoret', '2016-02-28', 'planned',
 'Sammen med Frivillighet Norge.'),
(6, 3, 1, 'Frivillighetsbørs på biblioteket hver høst', 'Lier frivilligsentral', '2015-10-15', 'done', NULL),
(7, 3, 2, 'Kampanje for å rekruttere unge frivillige', 'Kulturkontoret', '2016-05-31', 'planned', NULL),
(8, 3, 3, 'Frivilligportal med oversikt over oppdrag', 'Kulturkontoret', '2016-12-31', 'dropped',
 'Erstattes av nasjonal løsning.'),
(9, 4, 1, 'Referansegruppen møtes fire ganger i året', 'Kulturkontoret', NULL, 'in-progress', NULL),
(10, 4, 2, 'Årlig kafédialog med lag og foreninger', 'Kulturkontoret', '2016-11-30', 'planned', NULL);

INSERT INTO plan_action_partner (action_id, organisation_id)
SELECT a.action_id, o.id FROM (
  SELECT 3 AS action_id, 'Lier kommune, kulturkontoret' AS name UNION ALL
  SELECT 5, 'Frivillighet Norge' UNION ALL
  SELECT 7, 'Frivillighet Norge' UNION ALL
  SELECT 7, 'Lierposten' UNION ALL
  SELECT 10, 'Frivillighet Norge' UNION ALL
  SELECT 10, 'Lier kommune, kulturkontoret'
) a JOIN organisation o ON o.name = a.name;
