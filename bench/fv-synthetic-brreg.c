/* fv-synthetic-brreg.c — a national-size Enhetsregisteret CSV, gzip, in the real format
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes what Brønnøysundregistrene publish as enheter_alle.csv.gz: the real
 * 90-column header, every field double-quoted, comma-separated, UTF-8,
 * booleans as true/false, address lines and the free-text fields aktivitet
 * and vedtektsfestetFormaal joined with newlines inside the quotes (a row
 * is not a line). The mix is made to look like the register: about a third
 * sole proprietors and a third limited companies, 7 % associations (FLI), of
 * which most are in Frivillighetsregisteret, spread over municipalities
 * roughly by population, Bærum (3201) with about 2.4 %. At 1.47 million rows
 * the file is about 800 MB unpacked. The same row count always gives the same
 * file (a fixed seed).
 */

#include "config.h"

#include <string.h>

#include "fv-synthetic.h"
#include "fv-synthetic-brreg.h"

static const char * const header[] = {
  "organisasjonsnummer", "navn", "organisasjonsform.kode", "organisasjonsform.beskrivelse",
  "naeringskode1.kode", "naeringskode1.beskrivelse", "naeringskode2.kode", "naeringskode2.beskrivelse",
  "naeringskode3.kode", "naeringskode3.beskrivelse", "hjelpeenhetskode.kode", "hjelpeenhetskode.beskrivelse",
  "harRegistrertAntallAnsatte", "antallAnsatte", "registreringsdatoAntallAnsatteEnhetsregisteret",
  "registreringsdatoantallansatteNAVAaregisteret", "hjemmeside", "epostadresse", "telefon", "mobil",
  "postadresse.adresse", "postadresse.poststed", "postadresse.postnummer", "postadresse.kommune",
  "postadresse.kommunenummer", "postadresse.land", "postadresse.landkode", "forretningsadresse.adresse",
  "forretningsadresse.poststed", "forretningsadresse.postnummer", "forretningsadresse.kommune",
  "forretningsadresse.kommunenummer", "forretningsadresse.land", "forretningsadresse.landkode",
  "institusjonellSektorkode.kode", "institusjonellSektorkode.beskrivelse", "sisteInnsendteAarsregnskap",
  "registreringsdatoenhetsregisteret", "stiftelsesdato", "registrertIMvaRegisteret",
  "registreringsdatoMerverdiavgiftsregisteret", "registreringsdatoMerverdiavgiftsregisteretEnhetsregisteret",
  "frivilligMvaRegistrertBeskrivelser", "registreringsdatoFrivilligMerverdiavgiftsregisteret",
  "registrertIFrivillighetsregisteret", "registreringsdatoFrivillighetsregisteret",
  "registrertIForetaksregisteret", "registreringsdatoForetaksregisteret", "registrertIStiftelsesregisteret",
  "registrertIPartiregisteret", "registreringsdatoPartiregisteret", "konkurs", "konkursdato",
  "underAvvikling", "underAvviklingDato", "underTvangsavviklingEllerTvangsopplosning",
  "tvangsopplostPgaManglendeDagligLederDato", "tvangsopplostPgaManglendeRevisorDato",
  "tvangsopplostPgaManglendeRegnskapDato", "tvangsopplostPgaMangelfulltStyreDato",
  "tvangsavvikletPgaManglendeSlettingDato", "overordnetEnhet", "maalform", "vedtektsdato",
  "vedtektsfestetFormaal", "aktivitet", "paategninger", "underUtenlandskInsolvensbehandlingDato",
  "underRekonstruksjonsforhandlingDato", "fravalgRevisjonDato", "fravalgRevisjonBeslutningsDato",
  "erIKonsern", "kapital.belop", "kapital.antallAksjer", "kapital.type", "kapital.bundet",
  "kapital.valuta", "kapital.innbetalt", "kapital.fulltInnbetalt", "kapital.innfortDato",
  "registreringsnummerIHjemlandet", "utenlandskRegisterNavn", "utenlandskRegisterAdresse.land",
  "utenlandskRegisterAdresse.poststed", "utenlandskRegisterAdresse.adresse", "underlagtLovgivningLand",
  "underlagtLovgivningLandKode", "foretaksformIHjemlandet.kode", "foretaksformIHjemlandet.beskrivelse",
  "foretaksformIHjemlandet.beskrivelseBokmaal",
};

typedef enum
{
  C_ORGNR, C_NAVN, C_FORM, C_FORM_TEXT, C_NACE1, C_NACE1_TEXT, C_NACE2, C_NACE2_TEXT, C_NACE3,
  C_NACE3_TEXT, C_HJELPE, C_HJELPE_TEXT, C_HAR_ANSATTE, C_ANSATTE, C_ANSATTE_DATO_ER,
  C_ANSATTE_DATO_NAV, C_HJEMMESIDE, C_EPOST, C_TELEFON, C_MOBIL, C_PA_ADRESSE, C_PA_POSTSTED,
  C_PA_POSTNUMMER, C_PA_KOMMUNE, C_PA_KOMMUNENUMMER, C_PA_LAND, C_PA_LANDKODE, C_FA_ADRESSE,
  C_FA_POSTSTED, C_FA_POSTNUMMER, C_FA_KOMMUNE, C_FA_KOMMUNENUMMER, C_FA_LAND, C_FA_LANDKODE,
  C_SEKTOR, C_SEKTOR_TEXT, C_AARSREGNSKAP, C_REGDATO, C_STIFTET, C_MVA, C_MVA_DATO, C_MVA_DATO_ER,
  C_FRIVILLIG_MVA, C_FRIVILLIG_MVA_DATO, C_FRIVILLIG, C_FRIVILLIG_DATO, C_FORETAK, C_FORETAK_DATO,
  C_STIFTELSE, C_PARTI, C_PARTI_DATO, C_KONKURS, C_KONKURS_DATO, C_AVVIKLING, C_AVVIKLING_DATO,
  C_TVANG, C_TVANG_1, C_TVANG_2, C_TVANG_3, C_TVANG_4, C_TVANG_5, C_OVERORDNET, C_MAALFORM,
  C_VEDTEKTSDATO, C_FORMAAL, C_AKTIVITET, C_PAATEGNINGER, C_INSOLVENS, C_REKONSTRUKSJON,
  C_FRAVALG, C_FRAVALG_BESLUTNING, C_KONSERN, C_KAPITAL, C_AKSJER, C_KAPITAL_TYPE, C_BUNDET,
  C_VALUTA, C_INNBETALT, C_FULLT, C_INNFORT, C_REGNR_HJEMLAND, C_UTL_NAVN, C_UTL_LAND,
  C_UTL_POSTSTED, C_UTL_ADRESSE, C_LOV_LAND, C_LOV_LANDKODE, C_HJEMLAND_FORM, C_HJEMLAND_TEXT,
  C_HJEMLAND_BOKMAAL, N_COLUMNS
} ColumnId;

G_STATIC_ASSERT (G_N_ELEMENTS (header) == 90);
G_STATIC_ASSERT (N_COLUMNS == 90);

typedef struct
{
  const char *code;
  const char *text;
  const char *sector;
  const char *sector_text;
  guint       weight;      /* per thousand */
} Form;

static const Form forms[] = {
  { "ENK", "Enkeltpersonforetak", "8200", "Personlig næringsdrivende", 340 },
  { "AS", "Aksjeselskap", "2100", "Private aksjeselskaper mv.", 330 },
  { "FLI", "Forening/lag/innretning", "7000", "Ideelle organisasjoner", 70 },
  { "ESEK", "Eierseksjonssameie", "2500", "Private produsentorienterte organisasjoner uten profittformål", 60 },
  { "ANS", "Ansvarlig selskap", "2100", "Private aksjeselskaper mv.", 40 },
  { "DA", "Selskap med delt ansvar", "2100", "Private aksjeselskaper mv.", 20 },
  { "NUF", "Norskregistrert utenlandsk foretak", "9000", "Utlandet", 30 },
  { "STI", "Stiftelse", "7000", "Ideelle organisasjoner", 15 },
  { "SA", "Samvirkeforetak", "2100", "Private aksjeselskaper mv.", 10 },
  { "BRL", "Borettslag", "2500", "Private produsentorienterte organisasjoner uten profittformål", 45 },
  { "ORGL", "Organisasjonsledd", "6500", "Kommuneforvaltningen", 25 },
  { "SAM", "Tingsrettslig sameie", "2500", "Private produsentorienterte organisasjoner uten profittformål", 15 },
};

typedef struct
{
  const char *number;
  const char *name;
  const char *place;
  const char *postcode;
  guint       weight;      /* per ten thousand */
} Municipality;

/* The largest municipalities by population; the rest share "others". */
static const Municipality municipalities[] = {
  { "0301", "OSLO", "OSLO", "0150", 1280 },
  { "4601", "BERGEN", "BERGEN", "5003", 520 },
  { "5001", "TRONDHEIM", "TRONDHEIM", "7010", 380 },
  { "1103", "STAVANGER", "STAVANGER", "4006", 270 },
  { "3201", "BÆRUM", "SANDVIKA", "1337", 240 },
  { "4204", "KRISTIANSAND", "KRISTIANSAND S", "4611", 210 },
  { "3301", "DRAMMEN", "DRAMMEN", "3015", 190 },
  { "3203", "ASKER", "ASKER", "1384", 180 },
  { "3205", "LILLESTRØM", "LILLESTRØM", "2000", 160 },
  { "3107", "FREDRIKSTAD", "FREDRIKSTAD", "1606", 150 },
  { "1108", "SANDNES", "SANDNES", "4306", 150 },
  { "5501", "TROMSØ", "TROMSØ", "9008", 140 },
  { "3105", "SARPSBORG", "SARPSBORG", "1706", 110 },
  { "3911", "FÆRDER", "NØTTERØY", "3140", 50 },
  { "3403", "HAMAR", "HAMAR", "2317", 60 },
  { "3420", "ELVERUM", "ELVERUM", "2406", 40 },
  { "3312", "LIER", "LIER", "3400", 50 },
  { "4036", "VINJE", "ÅMOT", "3890", 10 },
  { "3207", "NORDRE FOLLO", "SKI", "1400", 120 },
  { "1507", "ÅLESUND", "ÅLESUND", "6002", 130 },
  { "1804", "BODØ", "BODØ", "8006", 100 },
  { "3407", "GJØVIK", "GJØVIK", "2815", 60 },
  { NULL, "ANDRE", "STED", "9999", 5560 },
};

static const struct
{
  const char *code;
  const char *text;
} naces[] = {
  { "68.209", "Utleie av egen eller leid fast eiendom ellers" },
  { "70.220", "Bedriftsrådgivning og annen administrativ rådgivning" },
  { "62.010", "Programmeringstjenester" },
  { "43.320", "Snekkerarbeid" },
  { "94.991", "Aktiviteter i andre interesseorganisasjoner ikke nevnt annet sted" },
  { "93.120", "Idrettslag og -klubber" },
  { "90.012", "Utøvende kunstnere og underholdningsvirksomhet innen musikk" },
  { "86.211", "Allmenn legetjeneste" },
  { "47.190", "Butikkhandel med bredt vareutvalg ellers" },
  { "01.410", "Melkeproduksjon på storfe" },
};

static const char * const streets[] = {
  "Storgata", "Kirkeveien", "Skolevegen", "Idrettsveien", "Bjørkelia", "Fjellveien", "Sjøgata",
  "Industriveien", "Gamle Drammensvei", "Nedre Åsvei", "Østre Aker vei", "Løkkeveien",
};

static const char * const activity_lines[] = {
  "Drive idrettsaktivitet for barn, unge og voksne i nærmiljøet",
  "og arbeide for gode anlegg og et godt sosialt miljø.",
  "Utleie og forvaltning av fast eiendom, samt annen virksomhet",
  "som naturlig hører sammen med dette, herunder deltakelse i andre selskaper.",
  "Konsulentvirksomhet innen økonomi, regnskap og rådgivning.",
  "Korpset skal gi barn og unge glede av musikk og samspill.",
  "Salg av varer og tjenester til private og bedrifter.",
  "Lagets formål er å fremme friluftsliv, turgåing og kjennskap til naturen",
  "i distriktet, og å ta vare på stier, hytter og kulturminner.",
};

typedef struct
{
  GRand   *rand;
  GString *row;
} Writer;

static guint
pick_weighted (GRand *rand,
               guint  total,
               guint (*weight_of) (guint index),
               guint  n)
{
  guint target = g_rand_int_range (rand, 0, total);

  for (guint i = 0; i < n; i++)
    {
      if (target < weight_of (i))
        return i;
      target -= weight_of (i);
    }
  return n - 1;
}

static guint
form_weight (guint index)
{
  return forms[index].weight;
}

static guint
municipality_weight (guint index)
{
  return municipalities[index].weight;
}

static gboolean
chance (GRand *rand,
        double p)
{
  return g_rand_double (rand) < p;
}

/* Appends one field in quotes, doubling quotes inside. */
static void
field (GString    *row,
       guint       column,
       const char *value)
{
  if (column > 0)
    g_string_append_c (row, ',');
  g_string_append_c (row, '"');
  if (value != NULL)
    {
      if (strchr (value, '"') == NULL)
        g_string_append (row, value);
      else
        for (const char *p = value; *p != '\0'; p++)
          {
            if (*p == '"')
              g_string_append_c (row, '"');
            g_string_append_c (row, *p);
          }
    }
  g_string_append_c (row, '"');
}

static char *
date (GRand *rand,
      int    first_year)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_rand_int_range (rand, first_year, 2026),
                          g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29));
}

static char *
lines (GRand              *rand,
       const char * const *choices,
       guint               n_choices,
       guint               max_lines)
{
  GString *text = g_string_new (NULL);
  guint n = g_rand_int_range (rand, 1, max_lines + 1);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, choices[g_rand_int_range (rand, 0, n_choices)]);
    }
  return g_string_free (text, FALSE);
}

/* The cells of one entity, in header order; TRUE when the benchmark's
 * filter should keep it. */
static gboolean
write_row (Writer *writer,
           guint   index)
{
  GRand *rand = writer->rand;
  const Form *form = &forms[pick_weighted (rand, 1000, form_weight, G_N_ELEMENTS (forms))];
  const Municipality *m = &municipalities[pick_weighted (rand, 10000, municipality_weight,
                                                          G_N_ELEMENTS (municipalities))];
  gboolean voluntary = strcmp (form->code, "FLI") == 0 || strcmp (form->code, "STI") == 0;
  gboolean frivillig = voluntary && chance (rand, strcmp (form->code, "FLI") == 0 ? 0.6 : 0.2);
  gboolean business_address = !voluntary || chance (rand, 0.7);
  gboolean postal_address = !business_address || chance (rand, 0.35);
  g_autofree char *orgnr = fv_synthetic_orgnr (index);
  g_autofree char *base_name = fv_synthetic_organisation_name (rand, index);
  g_autofree char *name = g_utf8_strup (base_name, -1);
  g_autofree char *number = NULL;
  g_autofree char *street = NULL;
  g_autofree char *postal_street = NULL;
  g_autofree char *email = NULL;
  g_autofree char *website = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *employees = NULL;
  g_autofree char *registered = date (rand, 1988);
  g_autofree char *founded = date (rand, 1900);
  g_autofree char *purpose = NULL;
  g_autofree char *activity = NULL;
  guint nace = g_rand_int_range (rand, 0, G_N_ELEMENTS (naces));
  GString *row = writer->row;

  /* Municipalities outside the list get numbers of their own, never 3201. */
  number = m->number ? g_strdup (m->number) : g_strdup_printf ("%04d", g_rand_int_range (rand, 1101, 1200));
  street = g_strdup_printf ("%s %d%s", streets[g_rand_int_range (rand, 0, G_N_ELEMENTS (streets))],
                            g_rand_int_range (rand, 1, 120), chance (rand, 0.1) ? "\nBygg B" : "");
  postal_street = chance (rand, 0.5) ? g_strdup_printf ("Postboks %d", g_rand_int_range (rand, 1, 900))
                                     : g_strdup_printf ("c/o %s\n%s", "Kari Nordmann", street);
  if (chance (rand, 0.3))
    email = g_strdup_printf ("post%u@example.no", index);
  if (chance (rand, 0.2))
    website = g_strdup_printf ("www.firma%u.no", index);
  if (chance (rand, 0.3))
    phone = g_strdup_printf ("%d %02d %02d %02d", g_rand_int_range (rand, 22, 99), g_rand_int_range (rand, 0, 100),
                             g_rand_int_range (rand, 0, 100), g_rand_int_range (rand, 0, 100));
  if (voluntary || chance (rand, 0.1))
    purpose = lines (rand, activity_lines, G_N_ELEMENTS (activity_lines), voluntary ? 3 : 2);
  if (chance (rand, 0.35))
    activity = lines (rand, activity_lines, G_N_ELEMENTS (activity_lines), 2);
  employees = g_strdup_printf ("%d", chance (rand, 0.7) ? 0 : g_rand_int_range (rand, 1, 200));

  g_string_truncate (row, 0);
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      const char *value = NULL;

      switch (c)
        {
        case C_ORGNR: value = orgnr; break;
        case C_NAVN: value = index % 997 == 0 ? "STIFTELSEN \"GAMLE\" BRYGGE" : name; break;
        case C_FORM: value = form->code; break;
        case C_FORM_TEXT: value = form->text; break;
        case C_NACE1: value = naces[nace].code; break;
        case C_NACE1_TEXT: value = naces[nace].text; break;
        case C_HAR_ANSATTE: value = strcmp (employees, "0") != 0 ? "true" : "false"; break;
        case C_ANSATTE: value = employees; break;
        case C_HJEMMESIDE: value = website; break;
        case C_EPOST: value = email; break;
        case C_TELEFON: value = phone; break;
        case C_PA_ADRESSE: value = postal_address ? postal_street : NULL; break;
        case C_PA_POSTSTED: value = postal_address ? m->place : NULL; break;
        case C_PA_POSTNUMMER: value = postal_address ? m->postcode : NULL; break;
        case C_PA_KOMMUNE: value = postal_address ? m->name : NULL; break;
        case C_PA_KOMMUNENUMMER: value = postal_address ? number : NULL; break;
        case C_PA_LAND: value = postal_address ? "Norge" : NULL; break;
        case C_PA_LANDKODE: value = postal_address ? "NO" : NULL; break;
        case C_FA_ADRESSE: value = business_address ? street : NULL; break;
        case C_FA_POSTSTED: value = business_address ? m->place : NULL; break;
        case C_FA_POSTNUMMER: value = business_address ? m->postcode : NULL; break;
        case C_FA_KOMMUNE: value = business_address ? m->name : NULL; break;
        case C_FA_KOMMUNENUMMER: value = business_address ? number : NULL; break;
        case C_FA_LAND: value = business_address ? "Norge" : NULL; break;
        case C_FA_LANDKODE: value = business_address ? "NO" : NULL; break;
        case C_SEKTOR: value = form->sector; break;
        case C_SEKTOR_TEXT: value = form->sector_text; break;
        case C_AARSREGNSKAP: value = strcmp (form->code, "AS") == 0 ? "2024" : NULL; break;
        case C_REGDATO: value = registered; break;
        case C_STIFTET: value = founded; break;
        case C_MVA: value = voluntary ? "false" : "true"; break;
        case C_MVA_DATO: case C_MVA_DATO_ER: value = voluntary ? NULL : registered; break;
        case C_FRIVILLIG: value = frivillig ? "true" : "false"; break;
        case C_FRIVILLIG_DATO: value = frivillig ? registered : NULL; break;
        case C_FORETAK: value = voluntary ? "false" : "true"; break;
        case C_FORETAK_DATO: value = voluntary ? NULL : registered; break;
        case C_STIFTELSE: value = strcmp (form->code, "STI") == 0 ? "true" : "false"; break;
        case C_PARTI: case C_KONKURS: case C_AVVIKLING: case C_TVANG: value = "false"; break;
        case C_MAALFORM: value = index % 9 == 0 ? "Nynorsk" : "Bokmål"; break;
        case C_FORMAAL: value = purpose; break;
        case C_AKTIVITET: value = activity; break;
        case C_KONSERN: value = "false"; break;
        case C_KAPITAL: value = strcmp (form->code, "AS") == 0 ? "30000.00" : NULL; break;
        case C_VALUTA: value = strcmp (form->code, "AS") == 0 ? "NOK" : NULL; break;
        case C_OVERORDNET: value = strcmp (form->code, "ORGL") == 0 ? "964965226" : NULL; break;
        default: value = NULL; break;
        }
      field (row, c, value);
    }
  g_string_append_c (row, '\n');

  return strcmp (number, FV_SYNTHETIC_BRREG_KOMMUNE) == 0 && (strcmp (form->code, "FLI") == 0 || frivillig);
}

/**
 * fv_synthetic_brreg_write:
 * @path: where to write the .csv.gz (replaced atomically)
 * @n_expected: (out) (optional): how many entities the filter to
 *   FV_SYNTHETIC_BRREG_KOMMUNE should keep
 */
gboolean
fv_synthetic_brreg_write (const char  *path,
                          guint        n_rows,
                          guint       *n_expected,
                          GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileOutputStream) output = NULL;
  g_autoptr(GConverter) compressor = G_CONVERTER (g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 6));
  g_autoptr(GOutputStream) gzip = NULL;
  g_autoptr(GString) buffer = g_string_sized_new (1024 * 1024 + 8192);
  Writer writer = { g_rand_new_with_seed (n_rows), g_string_sized_new (4096) };
  guint expected = 0;
  gboolean ok = FALSE;

  output = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, error);
  if (output == NULL)
    goto out;
  gzip = g_converter_output_stream_new (G_OUTPUT_STREAM (output), compressor);

  for (guint c = 0; c < N_COLUMNS; c++)
    field (buffer, c, header[c]);
  g_string_append_c (buffer, '\n');

  for (guint i = 0; i < n_rows; i++)
    {
      if (write_row (&writer, i))
        expected++;
      g_string_append_len (buffer, writer.row->str, writer.row->len);

      if (buffer->len >= 1024 * 1024)
        {
          if (!g_output_stream_write_all (gzip, buffer->str, buffer->len, NULL, NULL, error))
            goto out;
          g_string_truncate (buffer, 0);
        }
    }

  if (!g_output_stream_write_all (gzip, buffer->str, buffer->len, NULL, NULL, error) ||
      !g_output_stream_close (gzip, NULL, error))
    goto out;

  if (n_expected != NULL)
    *n_expected = expected;
  ok = TRUE;

out:
  g_rand_free (writer.rand);
  g_string_free (writer.row, TRUE);
  return ok;
}
