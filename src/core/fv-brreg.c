/* fv-brreg.c — the Enhetsregisteret bulk file, filtered to one municipality's voluntary organisations
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads the file exactly as Brønnøysundregistrene publish it — the JSON array
 * or the CSV with its 90 dotted columns, plain or gzip — and keeps the
 * entities that belong to one municipality and are voluntary:
 *
 *  - the municipality is forretningsadresse.kommunenummer, or
 *    postadresse.kommunenummer when there is no business address (or it
 *    has no municipality, as abroad); the address used is the same one;
 *  - voluntary is "registered in Frivillighetsregisteret" or organisation
 *    form FLI (forening/lag/innretning).
 *
 * The filter looks at raw field bytes; only the few thousand entities that
 * pass are turned into FvOrganisationRecords. An entity with an invalid
 * organisation number (MOD11) or e-mail address is left out and reported as
 * an FvImportSkip. The format is decided from the first bytes, and a file
 * without the register's header fails there: a 2 GB file of garbage is
 * refused within its first kilobytes. No record is larger than 1 MB (real
 * ones are a few KB), which bounds memory and stops garbage early.
 *
 * The sector for exchanges (voluntary / public / business), in this order:
 *  1. organisation forms of the state, counties, municipalities and the
 *     church (STAT, FYLK, KOMM, ORGL, KF, FKF, IKS, SF, ADOS, KIRK) → public;
 *  2. registered in Frivillighetsregisteret → voluntary (the register only
 *     takes non-profit organisations);
 *  3. the institutional sector code (SSB's standard of 2012): 7000 ideelle
 *     organisasjoner and 2500 non-profit producers → voluntary; 6100 state,
 *     6500 municipal administration, 1110 state enterprises, 1510 municipal
 *     enterprises (KF) and 3100 Norges Bank → public; the other companies
 *     (1120, 1520 state- and municipality-owned AS, 2100 private AS, 2300
 *     sole proprietors, 3000–5999 finance, 8000–8999 households) → business;
 *  4. organisation form: FLI and STI → voluntary; AS, ASA, ENK, ANS, DA, NUF,
 *     KS, SA, BA, SE, … → business;
 *  5. voluntary, which is what the filter selected for.
 *
 * Lists (address lines, aktivitet, vedtektsfestetFormaal) come as lines;
 * the street joins address lines with ", ", the description keeps its lines.
 * slettedato (deleted) only occurs in the JSON; the CSV has no such column.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "fv-brreg.h"
#include "fv-register-name.h"
#include "fv-csv-reader.h"
#include "fv-json-reader.h"
#include "fv-orgnr.h"
#include "fv-validate.h"

#define MAX_RECORD_SIZE (1024 * 1024)
#define SNIFF_SIZE      64

typedef enum
{
  F_ORGNR,
  F_NAME,
  F_ORG_FORM,
  F_WEBSITE,
  F_EMAIL,
  F_PHONE,
  F_MOBILE,
  F_BUSINESS_LINES,
  F_BUSINESS_POSTCODE,
  F_BUSINESS_PLACE,
  F_BUSINESS_MUNICIPALITY,
  F_POSTAL_LINES,
  F_POSTAL_POSTCODE,
  F_POSTAL_PLACE,
  F_POSTAL_MUNICIPALITY,
  F_SECTOR_CODE,
  F_FRIVILLIG,
  F_BANKRUPT,
  F_DISSOLVING,
  F_FORCED_DISSOLVING,
  F_DELETED,
  F_ACTIVITY,
  F_PURPOSE,
  N_FIELDS
} Field;

/* The register's own names, the same in JSON (flattened) and CSV. */
static const struct
{
  const char *key;
  gboolean    required;
} fields[N_FIELDS] = {
  [F_ORGNR] = { "organisasjonsnummer", TRUE },
  [F_NAME] = { "navn", TRUE },
  [F_ORG_FORM] = { "organisasjonsform.kode", TRUE },
  [F_WEBSITE] = { "hjemmeside", FALSE },
  [F_EMAIL] = { "epostadresse", FALSE },
  [F_PHONE] = { "telefon", FALSE },
  [F_MOBILE] = { "mobil", FALSE },
  [F_BUSINESS_LINES] = { "forretningsadresse.adresse", FALSE },
  [F_BUSINESS_POSTCODE] = { "forretningsadresse.postnummer", FALSE },
  [F_BUSINESS_PLACE] = { "forretningsadresse.poststed", FALSE },
  [F_BUSINESS_MUNICIPALITY] = { "forretningsadresse.kommunenummer", TRUE },
  [F_POSTAL_LINES] = { "postadresse.adresse", FALSE },
  [F_POSTAL_POSTCODE] = { "postadresse.postnummer", FALSE },
  [F_POSTAL_PLACE] = { "postadresse.poststed", FALSE },
  [F_POSTAL_MUNICIPALITY] = { "postadresse.kommunenummer", TRUE },
  [F_SECTOR_CODE] = { "institusjonellSektorkode.kode", FALSE },
  [F_FRIVILLIG] = { "registrertIFrivillighetsregisteret", TRUE },
  [F_BANKRUPT] = { "konkurs", FALSE },
  [F_DISSOLVING] = { "underAvvikling", FALSE },
  [F_FORCED_DISSOLVING] = { "underTvangsavviklingEllerTvangsopplosning", FALSE },
  [F_DELETED] = { "slettedato", FALSE },
  [F_ACTIVITY] = { "aktivitet", FALSE },
  [F_PURPOSE] = { "vedtektsfestetFormaal", FALSE },
};

/* One entity of either format, seen through the fields above. */
typedef struct
{
  FvCsvReader  *csv;
  FvJsonReader *json;
  int           columns[N_FIELDS];
} Entity;

typedef struct
{
  const char   *kommunenummer;
  GPtrArray    *records;
  GPtrArray    *skipped;
  GCancellable *cancellable;
} Filter;

/* The field's bytes, or NULL when it is absent or empty. */
static const char *
entity_peek (Entity *entity,
             Field   field,
             gsize  *length)
{
  const char *value;

  if (entity->csv != NULL)
    value = entity->columns[field] >= 0 ? fv_csv_reader_peek (entity->csv, entity->columns[field], length) : NULL;
  else
    value = fv_json_reader_lookup (entity->json, fields[field].key, length);

  return value != NULL && *length > 0 ? value : NULL;
}

static gboolean
entity_is (Entity     *entity,
           Field       field,
           const char *ascii)
{
  gsize length = 0;
  const char *value = entity_peek (entity, field, &length);

  return value != NULL && length == strlen (ascii) && memcmp (value, ascii, length) == 0;
}

/* The field as UTF-8 text without white space around it; NULL when empty. */
static gboolean
entity_dup (Entity  *entity,
            Field    field,
            char   **text,
            GError **error)
{
  gsize length = 0;
  const char *value = entity_peek (entity, field, &length);
  char *copy;

  *text = NULL;
  if (value == NULL)
    return TRUE;

  if (entity->csv != NULL)
    copy = fv_csv_reader_dup (entity->csv, entity->columns[field], error);
  else
    copy = g_strndup (value, length);
  if (copy == NULL)
    return FALSE;

  g_strstrip (copy);
  if (*copy == '\0')
    g_clear_pointer (&copy, g_free);
  *text = copy;
  return TRUE;
}

static guint64
entity_line (Entity *entity)
{
  return entity->csv != NULL ? fv_csv_reader_get_line (entity->csv) : fv_json_reader_get_line (entity->json);
}

static guint64
entity_index (Entity *entity)
{
  /* The CSV header is record 1. */
  return entity->csv != NULL ? fv_csv_reader_get_record_number (entity->csv) - 1
                             : fv_json_reader_get_index (entity->json);
}

static gboolean
is_one_of (const char        *value,
           const char * const *list)
{
  for (guint i = 0; value != NULL && list[i] != NULL; i++)
    if (strcmp (value, list[i]) == 0)
      return TRUE;
  return FALSE;
}

/**
 * fv_brreg_sector:
 * @org_form: (nullable): organisasjonsform.kode
 * @institutional_sector: (nullable): institusjonellSektorkode.kode
 *
 * Returns: "voluntary", "public" or "business"; see the top of this file
 */
const char *
fv_brreg_sector (const char *org_form,
                 const char *institutional_sector,
                 gboolean    in_frivillighetsregisteret)
{
  static const char * const public_forms[] = {
    "STAT", "FYLK", "KOMM", "ORGL", "KF", "FKF", "IKS", "SF", "ADOS", "KIRK", NULL
  };
  static const char * const voluntary_forms[] = { "FLI", "STI", NULL };
  static const char * const business_forms[] = {
    "AS", "ASA", "ENK", "ANS", "DA", "NUF", "KS", "SA", "BA", "SE", "PK", "SPA", "GFS", "BBL",
    "BRL", "ESEK", "SAM", "EOFG", "KTRF", "VPFO", NULL
  };
  int code = institutional_sector != NULL ? atoi (institutional_sector) : 0;

  if (is_one_of (org_form, public_forms))
    return "public";
  if (in_frivillighetsregisteret)
    return "voluntary";

  if (code == 2500 || (code >= 7000 && code < 8000))
    return "voluntary";
  if (code == 1110 || code == 1510 || code == 3100 || (code >= 6000 && code < 7000))
    return "public";
  if (code >= 1000 && code < 6000)
    return "business";
  if (code >= 8000 && code < 9000)
    return "business";

  if (is_one_of (org_form, voluntary_forms))
    return "voluntary";
  if (is_one_of (org_form, business_forms))
    return "business";
  return "voluntary";
}

/* Address lines (one per line) as one street line. */
static char *
join_lines (const char *lines)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(GString) street = NULL;

  if (lines == NULL)
    return NULL;

  parts = g_strsplit (lines, "\n", -1);
  street = g_string_new (NULL);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0] == '\0')
        continue;
      if (street->len > 0)
        g_string_append (street, ", ");
      g_string_append (street, parts[i]);
    }

  return street->len > 0 ? g_string_free (g_steal_pointer (&street), FALSE) : NULL;
}

static gboolean
is_four_digits (const char *text)
{
  return text != NULL && strlen (text) == 4 && strspn (text, "0123456789") == 4;
}

static void
skip (Filter     *filter,
      Entity     *entity,
      const char *orgnr,
      const char *name,
      const char *column,
      const char *reason)
{
  g_ptr_array_add (filter->skipped,
                   fv_import_skip_new (entity_line (entity), entity_index (entity), orgnr, name,
                                       column, reason));
}

/* "NORDRE VINJE IDRETTSLAG", "MO I RANA" as people write them: see fv-register-name.c. */
static void
tidy_name (FvOrganisationRecord *record)
{
  char *name = fv_register_name_tidy (record->name);
  char *place = fv_register_place_tidy (record->place);

  g_free (record->name);
  record->name = name;
  g_free (record->place);
  record->place = place;
}

/* The record for an entity that passed the filter, or a skip. */
static gboolean
take_entity (Filter  *filter,
             Entity  *entity,
             gboolean business_address,
             GError **error)
{
  g_autoptr(FvOrganisationRecord) record = fv_organisation_record_new ();
  g_autoptr(GError) invalid = NULL;
  g_autofree char *raw_orgnr = NULL;
  g_autofree char *lines = NULL;
  g_autofree char *mobile = NULL;
  g_autofree char *activity = NULL;
  g_autofree char *purpose = NULL;
  g_autofree char *sector_code = NULL;
  Field first = business_address ? F_BUSINESS_LINES : F_POSTAL_LINES;

  if (!entity_dup (entity, F_ORGNR, &raw_orgnr, error) ||
      !entity_dup (entity, F_NAME, &record->name, error) ||
      !entity_dup (entity, F_ORG_FORM, &record->org_form, error) ||
      !entity_dup (entity, F_EMAIL, &record->email, error) ||
      !entity_dup (entity, F_PHONE, &record->phone, error) ||
      !entity_dup (entity, F_MOBILE, &mobile, error) ||
      !entity_dup (entity, F_WEBSITE, &record->website, error) ||
      !entity_dup (entity, first, &lines, error) ||
      !entity_dup (entity, first + 1, &record->postcode, error) ||
      !entity_dup (entity, first + 2, &record->place, error) ||
      !entity_dup (entity, first + 3, &record->municipality_number, error) ||
      !entity_dup (entity, F_SECTOR_CODE, &sector_code, error) ||
      !entity_dup (entity, F_ACTIVITY, &activity, error) ||
      !entity_dup (entity, F_PURPOSE, &purpose, error))
    return FALSE;

  record->orgnr = fv_orgnr_normalize (raw_orgnr, &invalid);
  if (record->orgnr == NULL)
    {
      skip (filter, entity, raw_orgnr, record->name, fields[F_ORGNR].key, invalid->message);
      return TRUE;
    }
  if (record->name == NULL)
    {
      skip (filter, entity, record->orgnr, NULL, fields[F_NAME].key,
            _("The organisation has no name in the register."));
      return TRUE;
    }
  if (!fv_validate_email (record->email, &invalid))
    {
      /* Translators: %s is the e-mail address as in the file; the sentence after it says what is wrong */
      g_autofree char *reason = g_strdup_printf (_("The e-mail address “%s” is not valid. %s"),
                                                 record->email, invalid->message);

      skip (filter, entity, record->orgnr, record->name, fields[F_EMAIL].key, reason);
      return TRUE;
    }

  g_free (record->source);
  record->source = g_strdup ("brreg");
  tidy_name (record);
  if (record->phone == NULL)
    record->phone = g_steal_pointer (&mobile);
  record->street = join_lines (lines);
  if (!is_four_digits (record->postcode))
    g_clear_pointer (&record->postcode, g_free);  /* abroad */
  if (!is_four_digits (record->municipality_number))
    g_clear_pointer (&record->municipality_number, g_free);
  record->in_frivillighetsregisteret = entity_is (entity, F_FRIVILLIG, "true");

  if (entity_peek (entity, F_DELETED, &(gsize) { 0 }) != NULL)
    record->register_status = g_strdup (FV_REGISTER_STATUS_DELETED);
  else if (entity_is (entity, F_BANKRUPT, "true"))
    record->register_status = g_strdup (FV_REGISTER_STATUS_BANKRUPT);
  else if (entity_is (entity, F_DISSOLVING, "true") || entity_is (entity, F_FORCED_DISSOLVING, "true"))
    record->register_status = g_strdup (FV_REGISTER_STATUS_DISSOLVING);

  record->description = activity != NULL ? g_steal_pointer (&activity) : g_steal_pointer (&purpose);

  g_free (record->sector);
  record->sector = g_strdup (fv_brreg_sector (record->org_form, sector_code,
                                              record->in_frivillighetsregisteret));

  g_ptr_array_add (filter->records, g_steal_pointer (&record));
  return TRUE;
}

/* Whether the entity belongs to the municipality and is voluntary; the
 * common case (it does not) reads two or three fields and copies nothing. */
static gboolean
consider_entity (Filter  *filter,
                 Entity  *entity,
                 GError **error)
{
  gsize length = 0;
  const char *municipality = entity_peek (entity, F_BUSINESS_MUNICIPALITY, &length);
  gboolean business_address = municipality != NULL;

  if (!business_address)
    municipality = entity_peek (entity, F_POSTAL_MUNICIPALITY, &length);

  if (filter->kommunenummer != NULL &&
      (municipality == NULL || length != 4 || memcmp (municipality, filter->kommunenummer, 4) != 0))
    return TRUE;

  if (!entity_is (entity, F_ORG_FORM, "FLI") && !entity_is (entity, F_FRIVILLIG, "true"))
    return TRUE;

  return take_entity (filter, entity, business_address, error);
}

static gboolean
read_json (Filter          *filter,
           FvImportStream  *text,
           GError         **error)
{
  g_autoptr(FvJsonReader) json = fv_json_reader_new (G_INPUT_STREAM (text));
  Entity entity = { NULL, json, { 0 } };
  GError *local = NULL;

  fv_json_reader_set_max_object_size (json, MAX_RECORD_SIZE);
  while (fv_json_reader_next (json, filter->cancellable, &local))
    {
      /* Every entity has both; Frivillighetsregisteret's objects have no name. */
      if (fv_json_reader_get_index (json) == 1 &&
          (fv_json_reader_lookup (json, fields[F_ORGNR].key, NULL) == NULL ||
           fv_json_reader_lookup (json, fields[F_NAME].key, NULL) == NULL))
        {
          g_set_error (error, FV_IMPORT_ERROR, FV_IMPORT_ERROR_FORMAT,
                       /* Translators: %llu is a line number */
                       _("Line %llu: this object has no organisasjonsnummer or navn. This is not Enhetsregisteret’s file of entities."),
                       (unsigned long long) fv_json_reader_get_line (json));
          return FALSE;
        }
      if (!consider_entity (filter, &entity, error))
        return FALSE;
    }

  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  return TRUE;
}

/* The header: every required column, wherever it stands. */
static gboolean
read_csv_header (FvCsvReader  *csv,
                 Entity       *entity,
                 GCancellable *cancellable,
                 GError      **error)
{
  GError *local = NULL;

  if (!fv_csv_reader_next (csv, cancellable, &local))
    {
      if (local == NULL)
        g_set_error (&local, FV_IMPORT_ERROR, FV_IMPORT_ERROR_EMPTY, _("The file is empty."));
      g_propagate_error (error, local);
      return FALSE;
    }

  for (guint f = 0; f < N_FIELDS; f++)
    {
      entity->columns[f] = fv_csv_reader_find (csv, fields[f].key);
      if (entity->columns[f] < 0 && fields[f].required)
        {
          g_set_error (error, FV_IMPORT_ERROR, FV_IMPORT_ERROR_FORMAT,
                       /* Translators: %s is the name of a column, as in the file's header */
                       _("This is not Enhetsregisteret’s CSV file: its first line (the header) has no column “%s”."),
                       fields[f].key);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
read_csv (Filter          *filter,
          FvImportStream  *text,
          GError         **error)
{
  /* Commas as published; semicolons when a spreadsheet saved it again. */
  g_autoptr(FvCsvReader) csv = fv_csv_reader_new (G_INPUT_STREAM (text), FV_CSV_SEPARATOR_AUTO,
                                                  FV_CSV_ENCODING_UTF8);
  Entity entity = { csv, NULL, { 0 } };
  GError *local = NULL;
  guint n_columns;

  fv_csv_reader_set_max_record_size (csv, MAX_RECORD_SIZE);
  if (!read_csv_header (csv, &entity, filter->cancellable, error))
    return FALSE;
  n_columns = fv_csv_reader_get_n_fields (csv);

  while (fv_csv_reader_next (csv, filter->cancellable, &local))
    {
      guint n = fv_csv_reader_get_n_fields (csv);
      /* Every field of the register's file is quoted: a last record that
       * ends after a separator, at the end of the file, was cut there. */
      gboolean cut = fv_csv_reader_at_end (csv) &&
                     (n < n_columns || !fv_csv_reader_is_quoted (csv, n - 1));

      if (n != n_columns || cut)
        {

          g_set_error (error, FV_IMPORT_ERROR, cut ? FV_IMPORT_ERROR_TRUNCATED : FV_IMPORT_ERROR_MALFORMED,
                       /* Translators: %llu is a line number, %u and %u count fields; a sentence may follow */
                       _("Line %llu has %u fields, but the header has %u. %s"),
                       (unsigned long long) fv_csv_reader_get_line (csv), n, n_columns,
                       cut ? _("The file is truncated; download it again.") : "");
          return FALSE;
        }
      if (!consider_entity (filter, &entity, error))
        return FALSE;
    }

  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  return TRUE;
}

/* JSON starts with [ or {, the CSV with its header's first quoted name. */
static gboolean
read_any (Filter          *filter,
          FvImportStream  *text,
          GError         **error)
{
  const guint8 *head;
  gsize n = 0;
  gsize i = 0;

  head = fv_import_stream_peek (text, SNIFF_SIZE, &n, filter->cancellable, error);
  if (head == NULL)
    return FALSE;

  if (n >= 3 && memcmp (head, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  while (i < n && strchr (" \t\r\n", head[i]) != NULL && head[i] != '\0')
    i++;

  if (i == n)
    {
      g_set_error (error, FV_IMPORT_ERROR, FV_IMPORT_ERROR_EMPTY, _("The file is empty."));
      return FALSE;
    }
  if (head[i] == '[' || head[i] == '{')
    return read_json (filter, text, error);
  if (head[i] == '"' || g_ascii_isalpha (head[i]))
    return read_csv (filter, text, error);

  g_set_error (error, FV_IMPORT_ERROR, FV_IMPORT_ERROR_FORMAT,
               _("This is not one of Enhetsregisteret’s files of entities (JSON or CSV, plain or .gz)."));
  return FALSE;
}

/**
 * fv_brreg_read:
 * @stream: the file as downloaded: JSON or CSV, plain or gzip-compressed
 * @size: its size in bytes, for progress; -1 when unknown
 * @kommunenummer: (nullable): the municipality, four digits; %NULL keeps
 *   the voluntary organisations of every municipality
 * @progress: (nullable): called as the file is read, from this thread
 * @records: (out) (transfer full) (element-type FvOrganisationRecord): the
 *   organisations, source "brreg", in the file's order
 * @skipped: (out) (transfer full) (element-type FvImportSkip): the
 *   municipality's voluntary entities left out, with the reason
 *
 * Reads the whole file. On error (including cancellation: G_IO_ERROR_CANCELLED)
 * nothing is returned.
 */
gboolean
fv_brreg_read (GInputStream    *stream,
               goffset          size,
               const char      *kommunenummer,
               FvReadProgress   progress,
               gpointer         user_data,
               GPtrArray      **records,
               GPtrArray      **skipped,
               GCancellable    *cancellable,
               GError         **error)
{
  g_autoptr(FvImportStream) text = NULL;
  g_autoptr(GPtrArray) kept = NULL;
  g_autoptr(GPtrArray) left_out = NULL;
  Filter filter = { kommunenummer, NULL, NULL, cancellable };

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (records != NULL && skipped != NULL, FALSE);

  *records = NULL;
  *skipped = NULL;

  if (kommunenummer != NULL && !is_four_digits (kommunenummer))
    {
      g_set_error (error, FV_IMPORT_ERROR, FV_IMPORT_ERROR_FAILED,
                   /* Translators: %s is what was given as the municipality number */
                   _("“%s” is not a municipality number: it has four digits, as in 3201 for Bærum."),
                   kommunenummer);
      return FALSE;
    }

  text = fv_import_stream_open (stream, cancellable, error);
  if (text == NULL)
    return FALSE;
  fv_import_stream_set_progress (text, size, progress, user_data);

  kept = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_organisation_record_free);
  left_out = fv_import_skip_list_new ();
  filter.records = kept;
  filter.skipped = left_out;

  if (!read_any (&filter, text, error) ||
      g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  fv_import_stream_end_progress (text);
  *records = g_steal_pointer (&kept);
  *skipped = g_steal_pointer (&left_out);
  return TRUE;
}

/* fv_brreg_read() on a file; its size gives the progress. */
gboolean
fv_brreg_read_file (GFile           *file,
                    const char      *kommunenummer,
                    FvReadProgress   progress,
                    gpointer         user_data,
                    GPtrArray      **records,
                    GPtrArray      **skipped,
                    GCancellable    *cancellable,
                    GError         **error)
{
  g_autoptr(GFileInputStream) input = NULL;
  g_autoptr(GFileInfo) info = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  input = g_file_read (file, cancellable, error);
  if (input == NULL)
    return FALSE;
  info = g_file_input_stream_query_info (input, G_FILE_ATTRIBUTE_STANDARD_SIZE, cancellable, NULL);

  return fv_brreg_read (G_INPUT_STREAM (input), info ? g_file_info_get_size (info) : -1,
                        kommunenummer, progress, user_data, records, skipped, cancellable, error);
}
