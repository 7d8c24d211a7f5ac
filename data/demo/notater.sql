-- SPDX-License-Identifier: GPL-3.0-or-later
-- Sample notat: Bærum kommune's "Status frivillighet og Frivillighetens år"
-- (seed 004), its header as it was sent and the start of each section.

INSERT INTO notat (id, date, arkivkode, journalpost, saksnummer, sender, subject, status, sent_at, body) VALUES
(1, '2022-02-02', NULL, '22/22387', '22/2665', 'Kommunedirektøren',
 'Status frivillighet og Frivillighetens år', 'sent', '2022-02-02',
'# Innledning

Frivillighet er et av Bærum kommunes overordnede satsningsområder i perioden 2022–2025. Inngangen til satsningen er markeringen av Frivillighetens år 2022 med målsetning om økt deltakelse, økt mangfold, økt kunnskap og synlighet.

Allerede i desember 2019 vedtok kommunestyret en satsning på frivillighet og innbyggersamarbeid. I saken skisseres det opp to hovedspor for kommunens arbeid med frivillighet; *Frivillighetsarbeid i kulturområdet og Frivillighet, arbeidsdeling og samskaping i velferdsområdet*. I dette notatet vil kommunedirektøren gi en kort status på arbeidet med den vedtatte satsningen innenfor de to områdene med særlig vekt på markeringen i 2022.

# Frivillighet i Bærum

Frivillighet i Bærum kommune rommer et stort mangfold med over 600 ulike lag, foreninger og organisasjoner innen ulike kategorier. Frivillige bidrar blant annet innen kultur, idrett, religiøse organisasjoner, humanitære og sosiale organisasjoner, natur- og friluftsliv, brukerorganisasjoner, innvandrerorganisasjoner, politikk, nærmiljø og fagforeninger.

Nasjonale tall[^Frivillighetsbarometer 2021 (Frivillighet Norge/Kantar)] viser at den frivillige innsatsen er størst innenfor kultur og fritid. 70–80 % av de frivillige lagene og organisasjonene er knyttet til dette feltet, og bidrar frivillige knyttet til egne eller egne barns fritidsinteresser/hobbyer, egne behov eller eget nærmiljø. 8–10 % av organisasjonene er knyttet til helse- og sosiale formål, og samarbeid med offentlige tjenester. En slik fordeling av frivillighet kan også speile engasjementet i Bærum kommune.

Det finnes ulike motivasjoner for å være frivillige, men uavhengig av form, tilknytning og motivasjon bidrar frivillige lag og foreninger til å gjøre Bærumssamfunnet bedre. De er lim i samfunnet, som skaper tillit, samhold og deltakelse.

En kartlegging utført blant frivillig sektor i Bærum november 2020[^Kartlegging av frivillige organisasjoner i Bærum kommune 2020. Utfordringer, muligheter og samarbeid (Rambøll Management Consulting/Frivillighet Norge)] (hvor 48 % av frivillige lag, foreninger og organisasjoner i kommunen deltok) viste at samarbeidet med kommunen i all hovedsak blir oppfattet som positivt og vellykket. Det framkommer at mange organisasjoner har samarbeidet med kommunen, og enda flere ønsker å samarbeide med kommunen i fremtiden. I kartleggingen kommer det også frem at organisasjonene finner temaer som rekruttering, økonomiske utsikter og lokaler noe mer utfordrende enn i tidligere kartlegginger.

Bærum kommune har allerede godt etablerte og rause tilskuddsordninger som fordeles på drift, prosjekter og aktiviteter fra ulike frivillige og ideelle aktører. I løpet av frivillighetens år er kommunen godt i gang med å imøtekomme frivillighetens utfordringer gjennom det nyopprettede frivillighetsrådet, utarbeidelse av en oppdatert frivillighetsstrategi, lansere den nye bookingløsningen for lokaler kalt *Aktiv kommune*, jobbe med anskaffelse av en digital oversikt over alle kommunens frivillige aktører og systematisere samarbeidet mellom frivillige aktører og de kommunale tjenestene. I tillegg skal Frivillighetsåret 2022 bidra til å:

- Rekruttere flere nye med i frivilligheten
- Gjøre flere arenaer tilgjengelige
- Øke mangfoldet i frivilligheten
- Skape større kjennskap til merverdien frivillig sektor skaper i det norske samfunnet

# Styrket innsats i arbeidet med frivillighet og innbyggersamarbeid

Bærum kommune har ambisjon om å være blant de beste på innbyggersamarbeid og frivillighet. For å styrke innsatsen på frivillighetsfeltet ble det vedtatt en rekke nye tiltak i 2019. Kommunedirektøren har siden da sikret god oppfølging av frivillighet både innen kulturområdet og velferdsområdet i kommunen. Frivillighetsrådet har blitt opprettet og arbeidet med kommunens nye frivillighetsstrategi er i gang.

## Frivillighetsrådet

Frivillighetsrådet ble etablert høsten 2021 og representerer bredden av frivilligheten; Bærum Idrettsråd, Bærum Kulturråd, HUMSOS (humanitære og sosiale organisasjoner), Bærum Natur- og friluftsråd, Bærum tro- og livssynsforum og Norges Handikapforbund Bærum. Frivillighetsrådet skal være et talerør for frivilligheten og et bindeledd mellom frivilligheten og kommunen. Valgte representanter fra organisasjonene møtes jevnlig, og vil blant annet planlegge og følge opp et årshjul, skape arenaer for dialog og arrangere årlig konferanse.

## Frivillighetsstrategi

Arbeidet med å utvikle en ny strategi for samarbeid mellom Bærum kommune og frivillig sektor er i prosess. Frivillighetsstrategien skal beskrive prinsipper for satsning på en fremtidsrettet frivillighet og gi en tydelig beskrivelse av kommunens rolle, hvordan samarbeidet skal fungere og hva man ønsker å oppnå gjennom samarbeidet.

## Systematisering av samarbeid med frivillighet i kommunens tjenester

Pleie og omsorg samarbeider med Røde Kors om besøkstjenester og aktiviteter på Bærum kommunes bo- og behandlingssentre og omsorgsboliger. I tillegg er det et godt samarbeid med klubbene Lions, Rotary og Civitan som alle bidrar med aktiviteter og transporttjenester. Frivillige er også viktige samarbeidspartnere i gjennomføringen av kulturarrangement som Strandfestivalen, filmvisninger, vinteraktivitetsdag, konserter og turer til Sæteren gård.

To eksempler på frivillighetens viktige rolle i velferdsutviklingen er *Mentor* og *Skattkammeret*. I 2020 etablerte NAV Bærum, Globale Bærum og Bærum Røde Kors samarbeidet *Mentor*, hvor frivillige mentorer med arbeidserfaring fra ulike bransjer kobles med innvandrere og flyktninger med behov for kunnskap, råd og erfaring fra arbeidslivet. *Skattkammeret* er Kirkens Bymisjons utlånssentral på Rykkinn, som siden oppstarten sommeren 2020 har registrert over 500 familier og enkeltpersoner som brukere.

# Frivillighet under pandemien

Koronapandemien har hatt store konsekvenser i hele samfunnet, men også vist betydningen av sivilsamfunnets rolle. I rapporten «Frivillighet og koronakrisen»[^Arnesen, D. og Sivesind, K. H. 2021. «Frivillighet og koronakrisen. Befolkningens frivillige innsats og frivillige organisasjoners rolle, aktiviteter og økonomi under koronakrisen i Norge». Institutt for samfunnsforskning] har Institutt for samfunnsforskning spesielt sett på betydningen av frivillig innsats i møte med pandemien. Frivillighetens beredskapsrolle under koronakrisen har vært viktig, også sosialberedskap for å nå hele befolkningen. Rapporten oppsummerer at frivilligheten er tilpasningsdyktig, og et viktig eksempel er at 80 % av lokale lag og foreninger har lagt om aktiviteter ved hjelp av digitale verktøy.

Uten samarbeid med beredskapsfrivilligheten i kommunen ville det vært svært krevende å få på plass kommunens vaksinesenter, sjåførtjeneste, telefonvenner og handlehjelp. Frivilligheten har omstilt seg raskt og bidratt stort. Dette hadde ikke vært mulig uten at det allerede var godt etablerte samarbeid mellom kommune og frivilligheten da pandemien traff.

# Frivillighetens år 2022

Det er foreløpig planlagt å gjennomføre følgende aktiviteter i Bærum i Frivillighetsåret:

**Vår dag** – VÅR DAG er en kampanje som involverer alle i den norske frivilligheten. Her utfordres alle organisasjoner og foreninger til å velge seg sin dag for å være med å feire VÅR DAG! De lokale organisasjonene i Bærum vil gjøres ekstra synlige gjennom kommunens kanaler.

**Ordførerens besøk** – Ordføreren skal besøke to frivillige organisasjoner i måneden gjennom hele 2022.

## Vår 2022

- Innflytting i Teaterhuset på Emma Hjort. Nytt verksted, lager og øvingslokale for lokale teatergrupper.
- Frivillighetskonferanse i Bærum Kulturhus 26. april
- Presterud gård skal åpnes for frivilligheten, planlagt mai 2022
- Særskilt kommunal tilskuddsordning utlyses – markering av Frivillighetsåret – for frivillige organisasjoner

## Høst 2022

- Synliggjøre den frivillige innsatsen på Sandvika Byfest i august
- Søknad til Årets frivillighetskommune – frist 31.8.
- Møteplass for frivilligheten, type «Frivilligbørs» høsten 2022 i samarbeid med HUMSOS
- Utarbeide og presentere Bærums nye frivillighetsstrategi i samarbeid med frivillighetsrådet
- Markere Frivillighetens dag 5. desember
- Utdeling av Frivillighetsprisen 2022 i desember

Listen er ikke utfyllende og vil utvikles i samarbeid med frivilligheten gjennom året.
');

INSERT INTO notat_recipient (notat_id, rank, name) VALUES
  (1, 1, 'Formannskapet'),
  (1, 2, 'Hovedutvalg for barn og unge'),
  (1, 3, 'Hovedutvalg for bistand og omsorg'),
  (1, 4, 'Hovedutvalg for miljø, idrett og kultur');
