/* test-frivillighetsregisteret.c — ICNPO categories joined on orgnr, all or nothing
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * frivillighetsregisteret.json is shaped like the register's API answers:
 * icnpoNummer as text, kategori as "ICNPOKategori.…", navn null, ranked by
 * rekkefoelge (not in array order), one organisation with no categories and
 * one that is not among our records. frivillighetsregisteret-page.json is one
 * page of the API, the list inside {"_embedded": …}.
 */

#include <string.h>

#include "fv-brreg.h"
#include "fv-frivillighetsregisteret.h"
#include "fv-test-streams.h"

static GPtrArray *
baerum_records (void)
{
  g_autoptr(GBytes) bytes = fv_test_fixture ("enheter-baerum.json");
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
  g_autoptr(GPtrArray) skipped = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *records = NULL;

  g_assert_true (fv_brreg_read (stream, -1, "3201", NULL, NULL, &records, &skipped, NULL, &error));
  g_assert_no_error (error);
  return records;
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
  g_assert_not_reached ();
}

static gboolean
apply (GBytes     *bytes,
       GPtrArray  *records,
       guint      *n_matched,
       GPtrArray **skipped,
       GError    **error)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);

  return fv_frivillighetsregisteret_apply (stream, g_bytes_get_size (bytes), records, NULL, NULL,
                                           n_matched, skipped, NULL, error);
}

static void
assert_categories (FvOrganisationRecord *record,
                   int                   a,
                   int                   b,
                   int                   c)
{
  g_assert_cmpint (record->categories[0], ==, a);
  g_assert_cmpint (record->categories[1], ==, b);
  g_assert_cmpint (record->categories[2], ==, c);
}

static void
test_apply (void)
{
  g_autoptr(GPtrArray) records = baerum_records ();
  g_autoptr(GBytes) plain = fv_test_fixture ("frivillighetsregisteret.json");

  for (guint gz = 0; gz < 2; gz++)
    {
      g_autoptr(GBytes) bytes = gz ? fv_test_gzip (plain) : g_bytes_ref (plain);
      g_autoptr(GPtrArray) skipped = NULL;
      g_autoptr(GError) error = NULL;
      FvImportSkip *skip;
      guint matched = 0;

      g_assert_false (find (records, "991000070")->in_frivillighetsregisteret);
      g_assert_true (apply (bytes, records, &matched, &skipped, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (matched, ==, 5);

      /* Ranked by rekkefoelge, not by their order in the file. */
      assert_categories (find (records, "991000003"), 1200, 13100, 0);
      /* "8.200" */
      assert_categories (find (records, "991000216"), 8200, 0, 0);
      /* "4 200", "12100", "03400" */
      assert_categories (find (records, "991000917"), 4200, 12100, 3400);
      /* An unknown number is left out and reported; the known one stays. */
      assert_categories (find (records, "991000070"), 1100, 0, 0);
      g_assert_true (find (records, "991000070")->in_frivillighetsregisteret);
      /* Registered without categories. */
      assert_categories (find (records, "991000704"), 0, 0, 0);
      g_assert_true (find (records, "991000704")->in_frivillighetsregisteret);
      /* Not in the file: unchanged. */
      assert_categories (find (records, "991000356"), 0, 0, 0);
      g_assert_false (find (records, "991000356")->in_frivillighetsregisteret);

      g_assert_cmpuint (skipped->len, ==, 1);
      skip = g_ptr_array_index (skipped, 0);
      g_assert_cmpstr (skip->orgnr, ==, "991000070");
      g_assert_cmpstr (skip->name, ==, "Rykkinn skolekorps");
      g_assert_cmpstr (skip->column, ==, "icnpoKategorier");
      g_assert_nonnull (strstr (skip->reason, "99999"));
      g_assert_cmpuint (skip->index, ==, 4);

      find (records, "991000070")->in_frivillighetsregisteret = FALSE;
    }
}

static void
test_api_page (void)
{
  g_autoptr(GPtrArray) records = baerum_records ();
  g_autoptr(GBytes) bytes = fv_test_fixture ("frivillighetsregisteret-page.json");
  g_autoptr(GPtrArray) skipped = NULL;
  g_autoptr(GError) error = NULL;
  guint matched = 0;

  g_assert_true (apply (bytes, records, &matched, &skipped, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (matched, ==, 2);
  assert_categories (find (records, "991000003"), 1200, 13100, 0);
  assert_categories (find (records, "991000216"), 8200, 0, 0);
}

/* Any error leaves the records exactly as they were. */
static void
test_all_or_nothing (void)
{
  g_autoptr(GPtrArray) records = baerum_records ();
  g_autoptr(GBytes) plain = fv_test_fixture ("frivillighetsregisteret.json");
  g_autoptr(GBytes) truncated = g_bytes_new_from_bytes (plain, 0, g_bytes_get_size (plain) - 40);
  g_autoptr(GBytes) gz = fv_test_gzip (plain);
  g_autoptr(GInputStream) vanishing = fv_test_failing_stream_new (gz, g_bytes_get_size (gz) - 10);
  g_autoptr(GBytes) enheter = fv_test_fixture ("enheter-baerum.json");
  g_autoptr(GBytes) csv = fv_test_fixture ("enheter-baerum.csv");
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
  GBytes *bad[] = { truncated, enheter, csv, empty };
  FvImportError codes[] = { FV_IMPORT_ERROR_TRUNCATED, FV_IMPORT_ERROR_FORMAT, FV_IMPORT_ERROR_FORMAT,
                            FV_IMPORT_ERROR_EMPTY };
  g_autoptr(GPtrArray) skipped = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      guint matched = 99;

      g_assert_false (apply (bad[i], records, &matched, &skipped, &error));
      g_assert_error (error, FV_IMPORT_ERROR, (int) codes[i]);
      g_assert_null (skipped);
      g_assert_cmpuint (matched, ==, 0);
      g_clear_error (&error);
    }

  g_assert_false (fv_frivillighetsregisteret_apply (vanishing, -1, records, NULL, NULL, NULL, &skipped,
                                                    NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);

  for (guint i = 0; i < records->len; i++)
    {
      FvOrganisationRecord *record = g_ptr_array_index (records, i);

      assert_categories (record, 0, 0, 0);
      if (g_strcmp0 (record->orgnr, "991000070") == 0)
        g_assert_false (record->in_frivillighetsregisteret);
    }
}

static void
test_cancelled (void)
{
  g_autoptr(GPtrArray) records = baerum_records ();
  g_autoptr(GBytes) bytes = fv_test_fixture ("frivillighetsregisteret.json");
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GPtrArray) skipped = NULL;
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (fv_frivillighetsregisteret_apply (stream, -1, records, NULL, NULL, NULL, &skipped,
                                                    cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  assert_categories (find (records, "991000003"), 0, 0, 0);
}

static void
test_parse_icnpo (void)
{
  const struct { const char *text; int code; } cases[] = {
    { "1200", 1200 }, { "01200", 1200 }, { "1 200", 1200 }, { "1.200", 1200 }, { "1.2", 1200 },
    { "1.20", 1200 }, { "12 100", 12100 }, { "12100", 12100 }, { "12.1", 12100 }, { "9100", 9100 },
    { "09100", 9100 }, { "1210", 1200 }, { "14100", 14100 }, { "9", 9100 }, { "10", 10100 },
    { "1", 0 }, { "1000", 0 }, { "12200", 0 }, { "99999", 0 }, { "1.5", 0 }, { "", 0 }, { NULL, 0 },
    { "abc", 0 }, { "15100", 0 }, { "1.x", 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    if (fv_frivillighetsregisteret_parse_icnpo (cases[i].text) != cases[i].code)
      g_error ("“%s” gives %d, not %d", cases[i].text,
               fv_frivillighetsregisteret_parse_icnpo (cases[i].text), cases[i].code);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/frivillighetsregisteret/apply", test_apply);
  g_test_add_func ("/frivillighetsregisteret/api-page", test_api_page);
  g_test_add_func ("/frivillighetsregisteret/all-or-nothing", test_all_or_nothing);
  g_test_add_func ("/frivillighetsregisteret/cancelled", test_cancelled);
  g_test_add_func ("/frivillighetsregisteret/parse-icnpo", test_parse_icnpo);

  return g_test_run ();
}
