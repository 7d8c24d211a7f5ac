/* test-brreg.c — Enhetsregisteret's bulk file, JSON and CSV, plain and gzip, and every bad input
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fixtures are written in the register's real formats: enheter-baerum.json
 * as the JSON bulk download (pretty-printed array, nested objects, _links),
 * enheter-baerum.csv with the full 90-column header, every field quoted and
 * newlines inside aktivitet/vedtektsfestetFormaal. Both hold the same 14
 * entities: eight voluntary ones in Bærum (3201), one with konkurs, one under
 * avvikling, one deleted (JSON only: the CSV has no slettedato), one reached
 * through its postal address, a company, entities in Oslo and Nordre Follo,
 * one with an invalid organisation number and one with an invalid e-mail.
 */

#include <string.h>

#include "fv-brreg.h"
#include "fv-test-streams.h"

typedef struct
{
  GArray       *done;
  goffset       total;
  GCancellable *cancel_at_half;
} Progress;

static void
on_progress (goffset  done,
             goffset  total,
             gpointer user_data)
{
  Progress *progress = user_data;

  g_array_append_val (progress->done, done);
  progress->total = total;
  if (progress->cancel_at_half != NULL && done >= total / 2)
    g_cancellable_cancel (progress->cancel_at_half);
}

static gboolean
read_bytes (GBytes      *bytes,
            const char  *kommunenummer,
            GPtrArray  **records,
            GPtrArray  **skipped,
            GError     **error)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);

  return fv_brreg_read (stream, g_bytes_get_size (bytes), kommunenummer, NULL, NULL, records, skipped,
                        NULL, error);
}

static void
assert_fails (GBytes        *bytes,
              GQuark         domain,
              int            code,
              const char    *words)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) skipped = NULL;
  g_autoptr(GError) error = NULL;

  if (read_bytes (bytes, "3201", &records, &skipped, &error))
    g_error ("no error for %zu bytes starting %.20s", g_bytes_get_size (bytes), (const char *) g_bytes_get_data (bytes, NULL));
  g_assert_error (error, domain, code);
  if (words != NULL && strstr (error->message, words) == NULL)
    g_error ("“%s” does not say “%s”", error->message, words);
  g_assert_null (records);
  g_assert_null (skipped);
}

static FvOrganisationRecord *
find (GPtrArray  *records,
      const char *orgnr)
{
  for (guint i = 0; i < records->len; i++)
    {
      FvOrganisationRecord *record = g_ptr_array_index (records, i);

      if (g_strcmp0 (record->orgnr, orgnr) == 0)
        return record;
    }
  g_error ("%s not found", orgnr);
  return NULL;
}

/* The physical line of the CSV fixture where the row of @orgnr starts. */
static guint64
csv_line_of (GBytes     *bytes,
             const char *orgnr)
{
  g_autofree char *needle = g_strdup_printf ("\n\"%s\"", orgnr);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  const char *at = strstr (text, needle);
  guint64 line = 1;

  g_assert_nonnull (at);
  for (const char *p = text; p <= at; p++)
    line += *p == '\n';
  return line;
}

static void
check_baerum (GPtrArray *records,
              GPtrArray *skipped,
              gboolean   from_json)
{
  static const char * const expected[] = {
    "991000003", "991000070", "991000216", "991000356", "991000429", "991000496", "991000704", "991000917",
  };
  FvOrganisationRecord *record;
  FvImportSkip *skip;

  g_assert_cmpuint (records->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < records->len; i++)
    {
      record = g_ptr_array_index (records, i);
      g_assert_cmpstr (record->orgnr, ==, expected[i]);
      g_assert_cmpstr (record->source, ==, "brreg");
      g_assert_cmpstr (record->municipality_number, ==, "3201");
      g_assert_cmpint (record->id, ==, 0);
    }

  record = find (records, "991000003");
  g_assert_cmpstr (record->name, ==, "Bærum idrettslag");
  g_assert_cmpstr (record->org_form, ==, "FLI");
  g_assert_cmpstr (record->sector, ==, "voluntary");
  g_assert_cmpstr (record->email, ==, "post@baerum-il.no");
  g_assert_cmpstr (record->phone, ==, "67 00 00 01");
  g_assert_cmpstr (record->website, ==, "www.baerum-il.no");
  g_assert_cmpstr (record->street, ==, "Idrettsveien 1");
  g_assert_cmpstr (record->postcode, ==, "1337");
  g_assert_cmpstr (record->place, ==, "Sandvika");
  g_assert_true (record->in_frivillighetsregisteret);
  g_assert_null (record->register_status);
  g_assert_cmpstr (record->description, ==, "Idrett for barn og unge i Bærum,\nmed fotball, håndball og ski.");
  g_assert_cmpint (record->categories[0], ==, 0);

  /* No business address: the postal one places it, and is its address. */
  record = find (records, "991000070");
  g_assert_cmpstr (record->street, ==, "c/o Kari Nordmann, Rykkinnveien 2");
  g_assert_cmpstr (record->postcode, ==, "1348");
  g_assert_cmpstr (record->place, ==, "Rykkinn");
  g_assert_cmpstr (record->phone, ==, "912 34 567");  /* mobil, as there is no telefon */
  g_assert_false (record->in_frivillighetsregisteret);
  g_assert_cmpstr (record->description, ==, "Korpset skal gi barn \"musikkglede\" og samhold.");

  record = find (records, "991000216");
  g_assert_cmpstr (record->name, ==, "Stiftelsen Bærum frivilligsentral");
  g_assert_cmpstr (record->org_form, ==, "STI");
  g_assert_cmpstr (record->sector, ==, "voluntary");

  g_assert_cmpstr (find (records, "991000356")->register_status, ==, FV_REGISTER_STATUS_BANKRUPT);
  g_assert_cmpstr (find (records, "991000429")->register_status, ==, FV_REGISTER_STATUS_DISSOLVING);
  g_assert_cmpstr (find (records, "991000496")->register_status, ==, from_json ? FV_REGISTER_STATUS_DELETED : NULL);

  record = find (records, "991000704");
  g_assert_cmpstr (record->org_form, ==, "ORGL");
  g_assert_cmpstr (record->sector, ==, "public");

  record = find (records, "991000917");
  g_assert_cmpstr (record->street, ==, "Hjelpekorpsveien 4, Bygg B");
  g_assert_cmpstr (record->phone, ==, "+47 67 11 22 33");
  g_assert_cmpstr (record->description, ==, "Redde liv og hjelpe mennesker i nød,\nute og inne.");

  g_assert_cmpuint (skipped->len, ==, 2);
  skip = g_ptr_array_index (skipped, 0);
  g_assert_cmpstr (skip->orgnr, ==, "991000560");
  g_assert_cmpstr (skip->name, ==, "FEIL NUMMER LAG");
  g_assert_cmpstr (skip->column, ==, "organisasjonsnummer");
  g_assert_nonnull (strstr (skip->reason, "check digit"));
  g_assert_cmpuint (skip->index, ==, 9);
  g_assert_cmpuint (skip->line, >, 1);

  skip = g_ptr_array_index (skipped, 1);
  g_assert_cmpstr (skip->orgnr, ==, "991000631");
  g_assert_cmpstr (skip->name, ==, "FORNEBU TURLAG");
  g_assert_cmpstr (skip->column, ==, "epostadresse");
  g_assert_nonnull (strstr (skip->reason, "turlag(at)fornebu.no"));
  g_assert_cmpuint (skip->index, ==, 10);
}

static void
test_json (void)
{
  g_autoptr(GBytes) bytes = fv_test_fixture ("enheter-baerum.json");
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) skipped = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *described = NULL;

  g_assert_true (read_bytes (bytes, "3201", &records, &skipped, &error));
  g_assert_no_error (error);
  check_baerum (records, skipped, TRUE);

  described = fv_import_skip_describe (g_ptr_array_index (skipped, 1));
  g_assert_true (g_str_has_prefix (described, "Line "));
  g_assert_nonnull (strstr (described, "(991000631 FORNEBU TURLAG)"));
}

static void
test_csv (void)
{
  g_autoptr(GBytes) bytes = fv_test_fixture ("enheter-baerum.csv");
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) skipped = NULL;
  g_autoptr(GError) error = NULL;
  FvImportSkip *skip;

  g_assert_true (read_bytes (bytes, "3201", &records, &skipped, &error));
  g_assert_no_error (error);
  check_baerum (records, skipped, FALSE);

  /* Physical lines: rows before these hold newlines inside quotes. */
  skip = g_ptr_array_index (skipped, 0);
  g_assert_cmpuint (skip->line, ==, csv_line_of (bytes, "991000560"));
  skip = g_ptr_array_index (skipped, 1);
  g_assert_cmpuint (skip->line, ==, csv_line_of (bytes, "991000631"));
  g_assert_cmpuint (skip->line, >, skip->index + 1);
}

/* The same organisations from either format, plain or gzip. */
static void
test_formats_agree (void)
{
  const char *names[] = { "enheter-baerum.json", "enheter-baerum.csv" };
  g_autoptr(GPtrArray) first = NULL;

  for (guint n = 0; n < G_N_ELEMENTS (names); n++)
    for (guint gz = 0; gz < 2; gz++)
      {
        g_autoptr(GBytes) plain = fv_test_fixture (names[n]);
        g_autoptr(GBytes) bytes = gz ? fv_test_gzip (plain) : g_bytes_ref (plain);
        g_autoptr(GPtrArray) records = NULL;
        g_autoptr(GPtrArray) skipped = NULL;
        g_autoptr(GError) error = NULL;

        g_assert_true (read_bytes (bytes, "3201", &records, &skipped, &error));
        g_assert_no_error (error);
        check_baerum (records, skipped, n == 0);

        if (first == NULL)
          {
            first = g_steal_pointer (&records);
            continue;
          }
        for (guint i = 0; i < records->len; i++)
          {
            FvOrganisationRecord *a = g_ptr_array_index (first, i);
            FvOrganisationRecord *b = g_ptr_array_index (records, i);

            g_assert_cmpstr (a->orgnr, ==, b->orgnr);
            g_assert_cmpstr (a->name, ==, b->name);
            g_assert_cmpstr (a->street, ==, b->street);
            g_assert_cmpstr (a->email, ==, b->email);
            g_assert_cmpstr (a->phone, ==, b->phone);
            g_assert_cmpstr (a->website, ==, b->website);
            g_assert_cmpstr (a->description, ==, b->description);
            g_assert_cmpstr (a->sector, ==, b->sector);
            g_assert_cmpint (a->in_frivillighetsregisteret, ==, b->in_frivillighetsregisteret);
            if (g_strcmp0 (a->orgnr, "991000496") != 0)
              g_assert_cmpstr (a->register_status, ==, b->register_status);
          }
      }
}

/* The register's CSV saved again by a spreadsheet with semicolons. */
static void
test_semicolons (void)
{
  g_autoptr(GBytes) csv = fv_test_fixture ("enheter-baerum.csv");
  g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) skipped = NULL;
  g_autoptr(GError) error = NULL;

  g_string_replace (text, "\",\"", "\";\"", 0);
  bytes = g_string_free_to_bytes (g_steal_pointer (&text));
  g_assert_true (read_bytes (bytes, "3201", &records, &skipped, &error));
  g_assert_no_error (error);
  check_baerum (records, skipped, FALSE);
}

static void
test_every_municipality (void)
{
  g_autoptr(GBytes) bytes = fv_test_fixture ("enheter-baerum.csv");
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) skipped = NULL;
  g_autoptr(GPtrArray) oslo = NULL;
  g_autoptr(GPtrArray) oslo_skipped = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (read_bytes (bytes, NULL, &records, &skipped, &error));
  g_assert_no_error (error);
  /* Bærum's eight, Oslo's two (one through its business address), Nordre Follo's one. */
  g_assert_cmpuint (records->len, ==, 11);
  g_assert_cmpstr (find (records, "991000771")->municipality_number, ==, "0301");
  g_assert_cmpstr (find (records, "991000771")->postcode, ==, "0150");

  g_assert_true (read_bytes (bytes, "0301", &oslo, &oslo_skipped, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (oslo->len, ==, 2);
  g_assert_cmpuint (oslo_skipped->len, ==, 0);
}

static void
test_file (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "enheter-baerum.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/enheter.json.gz");
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) skipped = NULL;
  g_autoptr(GError) error = NULL;
  Progress progress = { g_array_new (FALSE, FALSE, sizeof (goffset)), 0, NULL };

  g_assert_true (fv_brreg_read_file (file, "3201", on_progress, &progress, &records, &skipped, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 8);
  g_assert_cmpuint (progress.done->len, >=, 2);
  g_assert_cmpint (g_array_index (progress.done, goffset, progress.done->len - 1), ==, progress.total);
  g_clear_pointer (&records, g_ptr_array_unref);
  g_clear_pointer (&skipped, g_ptr_array_unref);

  g_assert_false (fv_brreg_read_file (missing, "3201", NULL, NULL, &records, &skipped, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_null (records);
  g_array_unref (progress.done);
}

static void
test_bad_municipality_number (void)
{
  g_autoptr(GBytes) bytes = fv_test_fixture ("enheter-baerum.csv");
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) skipped = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (read_bytes (bytes, "32O1", &records, &skipped, &error));
  g_assert_error (error, FV_IMPORT_ERROR, FV_IMPORT_ERROR_FAILED);
}

static void
test_empty (void)
{
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
  g_autoptr(GBytes) blank = g_bytes_new_static (" \n\r\n", 4);
  g_autoptr(GBytes) empty_gz = fv_test_gzip (empty);
  g_autoptr(GBytes) empty_array = g_bytes_new_static ("[]\n", 3);
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) skipped = NULL;
  g_autoptr(GError) error = NULL;

  assert_fails (empty, FV_IMPORT_ERROR, FV_IMPORT_ERROR_EMPTY, "empty");
  assert_fails (blank, FV_IMPORT_ERROR, FV_IMPORT_ERROR_EMPTY, "empty");
  assert_fails (empty_gz, FV_IMPORT_ERROR, FV_IMPORT_ERROR_EMPTY, "empty");

  /* An empty list is a file without entities, not an error. */
  g_assert_true (read_bytes (empty_array, "3201", &records, &skipped, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 0);
}

static GBytes *
without_column (GBytes     *csv,
                const char *column)
{
  g_autofree char *text = g_strndup (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));
  g_autofree char *quoted = g_strdup_printf ("\"%s\"", column);
  char *at = strstr (text, quoted);
  g_autoptr(GString) out = g_string_new (NULL);

  g_assert_nonnull (at);
  g_string_append_len (out, text, at - text);
  g_string_append (out, "\"something.else\"");
  g_string_append (out, at + strlen (quoted));
  return g_string_free_to_bytes (g_steal_pointer (&out));
}

static void
test_wrong_header (void)
{
  g_autoptr(GBytes) csv = fv_test_fixture ("enheter-baerum.csv");
  g_autoptr(GBytes) no_municipality = without_column (csv, "forretningsadresse.kommunenummer");
  g_autoptr(GBytes) no_orgnr = without_column (csv, "organisasjonsnummer");
  g_autoptr(GBytes) spreadsheet = g_bytes_new_static ("name;email\nBærum IL;post@baerum-il.no\n", 37);
  g_autoptr(GBytes) no_header = NULL;
  const char *text = g_bytes_get_data (csv, NULL);
  const char *second_line = strchr (text, '\n') + 1;

  assert_fails (no_municipality, FV_IMPORT_ERROR, FV_IMPORT_ERROR_FORMAT, "forretningsadresse.kommunenummer");
  assert_fails (no_orgnr, FV_IMPORT_ERROR, FV_IMPORT_ERROR_FORMAT, "organisasjonsnummer");
  assert_fails (spreadsheet, FV_IMPORT_ERROR, FV_IMPORT_ERROR_FORMAT, "header");

  /* The rows without their header: the first row is no header. */
  no_header = g_bytes_new (second_line, g_bytes_get_size (csv) - (second_line - text));
  assert_fails (no_header, FV_IMPORT_ERROR, FV_IMPORT_ERROR_FORMAT, "header");
}

static void
test_not_a_register_file (void)
{
  g_autoptr(GBytes) zip = g_bytes_new_static ("PK\x03\x04\x14\0\0\0\x08\0", 10);
  g_autoptr(GBytes) frivillighetsregisteret = fv_test_fixture ("frivillighetsregisteret.json");
  g_autoptr(GBytes) numbers = g_bytes_new_static ("12345\n", 6);

  assert_fails (zip, FV_IMPORT_ERROR, FV_IMPORT_ERROR_FORMAT, NULL);
  assert_fails (frivillighetsregisteret, FV_IMPORT_ERROR, FV_IMPORT_ERROR_FORMAT, "Enhetsregisteret");
  assert_fails (numbers, FV_IMPORT_ERROR, FV_IMPORT_ERROR_FORMAT, NULL);
}

static GBytes *
cut (GBytes *bytes,
     double  fraction)
{
  return g_bytes_new_from_bytes (bytes, 0, (gsize) (g_bytes_get_size (bytes) * fraction));
}

static void
test_truncated (void)
{
  g_autoptr(GBytes) json = fv_test_fixture ("enheter-baerum.json");
  g_autoptr(GBytes) csv = fv_test_fixture ("enheter-baerum.csv");
  g_autoptr(GBytes) json_gz = fv_test_gzip (json);
  g_autoptr(GBytes) csv_gz = fv_test_gzip (csv);
  const char *text = g_bytes_get_data (csv, NULL);
  const char *row = strstr (text, "\n\"991000917\"");
  g_autoptr(GBytes) csv_mid_row = NULL;

  for (double fraction = 0.1; fraction < 1.0; fraction += 0.2)
    {
      g_autoptr(GBytes) json_cut = cut (json, fraction);
      g_autoptr(GBytes) csv_cut = cut (csv, fraction);
      g_autoptr(GBytes) json_gz_cut = cut (json_gz, fraction);
      g_autoptr(GBytes) csv_gz_cut = cut (csv_gz, fraction);

      assert_fails (json_cut, FV_IMPORT_ERROR, FV_IMPORT_ERROR_TRUNCATED, "truncated");
      assert_fails (json_gz_cut, FV_IMPORT_ERROR, FV_IMPORT_ERROR_TRUNCATED, "truncated");
      assert_fails (csv_gz_cut, FV_IMPORT_ERROR, FV_IMPORT_ERROR_TRUNCATED, "truncated");
      if (fraction > 0.2)  /* 10 % is within the header */
        assert_fails (csv_cut, FV_IMPORT_ERROR, FV_IMPORT_ERROR_TRUNCATED, "truncated");
    }

  /* Cut between two fields of the last row: fewer fields than the header. */
  g_assert_nonnull (row);
  csv_mid_row = g_bytes_new (text, strstr (row, "\",\"") + 1 - text);
  assert_fails (csv_mid_row, FV_IMPORT_ERROR, FV_IMPORT_ERROR_TRUNCATED, "truncated");
}

static GBytes *
replace_once (GBytes     *bytes,
              const char *from,
              const char *to)
{
  g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  g_assert_cmpuint (g_string_replace (text, from, to, 1), ==, 1);
  return g_string_free_to_bytes (g_steal_pointer (&text));
}

static void
test_malformed (void)
{
  g_autoptr(GBytes) json = fv_test_fixture ("enheter-baerum.json");
  g_autoptr(GBytes) csv = fv_test_fixture ("enheter-baerum.csv");
  g_autoptr(GBytes) json_comma = replace_once (json, "\"navn\" : \"JAR MANNSKOR\",", "\"navn\" : \"JAR MANNSKOR\"");
  g_autoptr(GBytes) json_quote = replace_once (json, "\"JAR MANNSKOR\"", "\"JAR \"MANNSKOR\"");
  g_autoptr(GBytes) csv_field = replace_once (csv, "\"JAR MANNSKOR\",", "\"JAR MANNSKOR\",\"extra\",");
  g_autoptr(GBytes) csv_quote = replace_once (csv, "\"JAR MANNSKOR\"", "\"JAR \"MANNSKOR\"");

  assert_fails (json_comma, FV_IMPORT_ERROR, FV_IMPORT_ERROR_MALFORMED, "Line ");
  assert_fails (json_quote, FV_IMPORT_ERROR, FV_IMPORT_ERROR_MALFORMED, "Line ");
  assert_fails (csv_field, FV_IMPORT_ERROR, FV_IMPORT_ERROR_MALFORMED, "fields");
  assert_fails (csv_quote, FV_IMPORT_ERROR, FV_IMPORT_ERROR_MALFORMED, "quote");
}

/* The register's file is UTF-8; the same file in Windows-1252 is refused. */
static void
test_wrong_encoding (void)
{
  g_autoptr(GBytes) csv = fv_test_fixture ("enheter-baerum.csv");
  g_autoptr(GBytes) json = fv_test_fixture ("enheter-baerum.json");
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  g_autofree char *csv_latin1 = g_convert (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv),
                                           "WINDOWS-1252", "UTF-8", NULL, &length, &error);
  g_autoptr(GBytes) csv_bytes = g_bytes_new (csv_latin1, length);
  g_autofree char *json_latin1 = g_convert (g_bytes_get_data (json, NULL), g_bytes_get_size (json),
                                            "WINDOWS-1252", "UTF-8", NULL, &length, &error);
  g_autoptr(GBytes) json_bytes = g_bytes_new (json_latin1, length);

  g_assert_no_error (error);
  assert_fails (csv_bytes, FV_IMPORT_ERROR, FV_IMPORT_ERROR_ENCODING, "UTF-8");
  assert_fails (json_bytes, FV_IMPORT_ERROR, FV_IMPORT_ERROR_ENCODING, "UTF-8");
}

/* 2 GB of garbage, made as it is read: refused within the first bytes. */
static void
test_garbage (void)
{
  const char *prefixes[] = { NULL, "\x1f\x8b", "\"", "[", "{\"a\":", "\"organisasjonsnummer\",\"navn\"," };

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    for (guint32 seed = 1; seed <= 4; seed++)
      {
        g_autoptr(GInputStream) garbage = fv_test_garbage_stream_new (prefixes[i], G_GUINT64_CONSTANT (2) << 30, seed);
        g_autoptr(GPtrArray) records = NULL;
        g_autoptr(GPtrArray) skipped = NULL;
        g_autoptr(GError) error = NULL;
        gint64 start = g_get_monotonic_time ();

        g_assert_false (fv_brreg_read (garbage, G_GINT64_CONSTANT (2) << 30, "3201", NULL, NULL,
                                       &records, &skipped, NULL, &error));
        g_assert_nonnull (error);
        g_assert_null (records);
        g_test_message ("garbage %u/%u: %s after %" G_GUINT64_FORMAT " bytes", i, seed, error->message,
                        fv_test_stream_get_bytes_read (garbage));
        g_assert_cmpuint (fv_test_stream_get_bytes_read (garbage), <=, 2 * 1024 * 1024);
        g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
      }
}

/* The file vanishes (a USB stick pulled out) part of the way through. */
static void
test_vanishes (void)
{
  const char *names[] = { "enheter-baerum.json", "enheter-baerum.csv" };

  for (guint n = 0; n < G_N_ELEMENTS (names); n++)
    for (guint gz = 0; gz < 2; gz++)
      {
        g_autoptr(GBytes) plain = fv_test_fixture (names[n]);
        g_autoptr(GBytes) bytes = gz ? fv_test_gzip (plain) : g_bytes_ref (plain);
        g_autoptr(GInputStream) stream = fv_test_failing_stream_new (bytes, g_bytes_get_size (bytes) / 2);
        g_autoptr(GPtrArray) records = NULL;
        g_autoptr(GPtrArray) skipped = NULL;
        g_autoptr(GError) error = NULL;

        g_assert_false (fv_brreg_read (stream, g_bytes_get_size (bytes), "3201", NULL, NULL,
                                       &records, &skipped, NULL, &error));
        g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
        g_assert_null (records);
        g_assert_null (skipped);
      }
}

/* A larger file: the fixture's rows many times over, with some random text
 * so that it compresses no better than real data does. */
static GBytes *
large_csv (guint copies)
{
  g_autoptr(GBytes) csv = fv_test_fixture ("enheter-baerum.csv");
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  const char *text = g_bytes_get_data (csv, NULL);
  const char *rows = strchr (text, '\n') + 1;
  const char *website = strstr (rows, "www.baerum-il.no");
  GString *out = g_string_new_len (text, rows - text);

  for (guint i = 0; i < copies; i++)
    {
      g_string_append_len (out, rows, website - rows);
      g_string_append (out, "www.");
      for (guint k = 0; k < 3000; k++)
        g_string_append_c (out, "abcdefghijklmnopqrstuvwxyz234567"[g_rand_int_range (rand, 0, 32)]);
      g_string_append_len (out, website + 3, g_bytes_get_size (csv) - (website + 3 - text));
    }
  return g_string_free_to_bytes (out);
}

static void
test_cancel_at_half (void)
{
  g_autoptr(GBytes) plain = large_csv (600);

  for (guint gz = 0; gz < 2; gz++)
    {
      g_autoptr(GBytes) bytes = gz ? fv_test_gzip (plain) : g_bytes_ref (plain);
      g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      g_autoptr(GPtrArray) records = NULL;
      g_autoptr(GPtrArray) skipped = NULL;
      g_autoptr(GError) error = NULL;
      Progress progress = { g_array_new (FALSE, FALSE, sizeof (goffset)), 0, cancellable };
      goffset last;

      g_assert_false (fv_brreg_read (stream, g_bytes_get_size (bytes), "3201", on_progress, &progress,
                                     &records, &skipped, cancellable, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_assert_null (records);
      g_assert_null (skipped);

      /* Progress went up in steps, and the reading stopped soon after half. */
      g_assert_cmpuint (progress.done->len, >=, 3);
      for (guint i = 1; i < progress.done->len; i++)
        g_assert_cmpint (g_array_index (progress.done, goffset, i), >=, g_array_index (progress.done, goffset, i - 1));
      last = g_array_index (progress.done, goffset, progress.done->len - 1);
      g_assert_cmpint (last, >=, (goffset) g_bytes_get_size (bytes) / 2);
      g_assert_cmpint (last, <, (goffset) g_bytes_get_size (bytes));
      g_assert_cmpint (progress.total, ==, (goffset) g_bytes_get_size (bytes));
      g_array_unref (progress.done);
    }
}

static void
test_progress_complete (void)
{
  g_autoptr(GBytes) plain = large_csv (100);
  g_autoptr(GBytes) bytes = fv_test_gzip (plain);
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) skipped = NULL;
  g_autoptr(GError) error = NULL;
  Progress progress = { g_array_new (FALSE, FALSE, sizeof (goffset)), 0, NULL };

  g_assert_true (fv_brreg_read (stream, g_bytes_get_size (bytes), "3201", on_progress, &progress,
                                &records, &skipped, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 800);
  g_assert_cmpuint (skipped->len, ==, 200);
  g_assert_cmpint (g_array_index (progress.done, goffset, 0), <, (goffset) g_bytes_get_size (bytes));
  g_assert_cmpint (g_array_index (progress.done, goffset, progress.done->len - 1), ==,
                   (goffset) g_bytes_get_size (bytes));
  g_array_unref (progress.done);
}

static void
test_sector (void)
{
  g_assert_cmpstr (fv_brreg_sector ("FLI", "7000", FALSE), ==, "voluntary");
  g_assert_cmpstr (fv_brreg_sector ("FLI", NULL, FALSE), ==, "voluntary");
  g_assert_cmpstr (fv_brreg_sector ("STI", NULL, FALSE), ==, "voluntary");
  g_assert_cmpstr (fv_brreg_sector ("FLI", "2500", FALSE), ==, "voluntary");
  g_assert_cmpstr (fv_brreg_sector ("KOMM", "6500", FALSE), ==, "public");
  g_assert_cmpstr (fv_brreg_sector ("ORGL", "6100", TRUE), ==, "public");
  g_assert_cmpstr (fv_brreg_sector ("KIRK", NULL, TRUE), ==, "public");
  g_assert_cmpstr (fv_brreg_sector ("KF", "1510", FALSE), ==, "public");
  g_assert_cmpstr (fv_brreg_sector ("FLI", "6500", FALSE), ==, "public");
  g_assert_cmpstr (fv_brreg_sector ("AS", "2100", FALSE), ==, "business");
  g_assert_cmpstr (fv_brreg_sector ("AS", "1520", FALSE), ==, "business");
  g_assert_cmpstr (fv_brreg_sector ("ENK", "8200", FALSE), ==, "business");
  g_assert_cmpstr (fv_brreg_sector ("ENK", NULL, FALSE), ==, "business");
  g_assert_cmpstr (fv_brreg_sector ("AS", "2100", TRUE), ==, "voluntary");
  g_assert_cmpstr (fv_brreg_sector ("SA", NULL, FALSE), ==, "business");
  g_assert_cmpstr (fv_brreg_sector (NULL, NULL, FALSE), ==, "voluntary");
  g_assert_cmpstr (fv_brreg_sector ("NUF", "9000", FALSE), ==, "business");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/brreg/json", test_json);
  g_test_add_func ("/brreg/csv", test_csv);
  g_test_add_func ("/brreg/formats-agree", test_formats_agree);
  g_test_add_func ("/brreg/semicolons", test_semicolons);
  g_test_add_func ("/brreg/every-municipality", test_every_municipality);
  g_test_add_func ("/brreg/file", test_file);
  g_test_add_func ("/brreg/bad-municipality-number", test_bad_municipality_number);
  g_test_add_func ("/brreg/empty", test_empty);
  g_test_add_func ("/brreg/wrong-header", test_wrong_header);
  g_test_add_func ("/brreg/not-a-register-file", test_not_a_register_file);
  g_test_add_func ("/brreg/truncated", test_truncated);
  g_test_add_func ("/brreg/malformed", test_malformed);
  g_test_add_func ("/brreg/wrong-encoding", test_wrong_encoding);
  g_test_add_func ("/brreg/garbage-2gb", test_garbage);
  g_test_add_func ("/brreg/vanishes", test_vanishes);
  g_test_add_func ("/brreg/cancel-at-half", test_cancel_at_half);
  g_test_add_func ("/brreg/progress-complete", test_progress_complete);
  g_test_add_func ("/brreg/sector", test_sector);

  return g_test_run ();
}
