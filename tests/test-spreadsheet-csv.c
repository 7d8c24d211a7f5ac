/* test-spreadsheet-csv.c — export and import of the whole registry as a spreadsheet file
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "fv-import-stream.h"
#include "fv-spreadsheet-csv.h"
#include "fv-test-streams.h"

static FvOrganisationRecord *
full_record (void)
{
  FvOrganisationRecord *record = fv_organisation_record_new ();

  record->id = 42;
  record->orgnr = g_strdup ("923609016");
  record->name = g_strdup ("Bærum \"Gamle\" Idrettslag; øst");
  record->short_name = g_strdup ("BIL");
  record->org_form = g_strdup ("FLI");
  g_free (record->sector);
  record->sector = g_strdup ("voluntary");
  record->email = g_strdup ("post@bærum-il.no");
  record->phone = g_strdup ("+47 912 34 567");
  record->website = g_strdup ("https://www.baerum-il.no/om?x=1,2");
  record->street = g_strdup ("c/o Åse Øren, Storgata 1");
  record->postcode = g_strdup ("0150");
  record->place = g_strdup ("SANDVIKA");
  record->municipality_number = g_strdup ("0301");
  record->district = g_strdup ("Østre Bærum");
  record->members_total = 1200;
  record->members_under_20 = 0;
  record->description = g_strdup ("Idrett for alle.\nFotball; håndball, ski.\n\n«Sitat» med \"anførsel\"");
  record->offers = FV_OFFER_COURSES | FV_OFFER_DUGNAD | FV_OFFER_OTHER;
  record->offers_note = g_strdup ("Kan stille med 10 personer\r til dugnad");
  record->needs = FV_NEED_PREMISES | FV_NEED_COOPERATION;
  record->needs_note = g_strdup (" Lagerplass  ");
  record->active = FALSE;
  record->in_frivillighetsregisteret = TRUE;
  record->public_listing_consent = TRUE;
  record->register_status = g_strdup (FV_REGISTER_STATUS_DISSOLVING);
  record->notes = g_strdup ("Møte 12.3.;\tring før kl. 16\n\"viktig\"");
  g_free (record->source);
  record->source = g_strdup ("brreg");
  record->created_at = g_strdup ("2026-01-05T10:00:00Z");
  record->updated_at = g_strdup ("2026-02-01T08:30:15Z");
  record->categories[0] = 1200;
  record->categories[1] = 13100;
  record->categories[2] = 4200;
  g_ptr_array_add (record->tags, g_strdup ("idrett"));
  g_ptr_array_add (record->tags, g_strdup ("nærmiljø"));
  fv_organisation_record_add_contact (record, "Kari Nordmann", "leder", "912 34 567", "kari@example.no");
  fv_organisation_record_add_contact (record, "Per | Pål \\ Espen", NULL, NULL, "per@example.no");
  fv_organisation_record_add_contact (record, "Åse", "kasserer\nog sekretær", NULL, NULL);
  return record;
}

static void
assert_same_record (const FvOrganisationRecord *a,
                    const FvOrganisationRecord *b)
{
  g_assert_cmpint (a->id, ==, b->id);
#define SAME(field) g_assert_cmpstr (a->field, ==, b->field)
  SAME (orgnr); SAME (name); SAME (short_name); SAME (org_form); SAME (sector); SAME (email);
  SAME (phone); SAME (website); SAME (street); SAME (postcode); SAME (place);
  SAME (municipality_number); SAME (district); SAME (description); SAME (offers_note);
  SAME (needs_note); SAME (register_status); SAME (notes); SAME (source); SAME (created_at);
  SAME (updated_at);
#undef SAME
  g_assert_cmpint (a->members_total, ==, b->members_total);
  g_assert_cmpint (a->members_under_20, ==, b->members_under_20);
  g_assert_cmpuint (a->offers, ==, b->offers);
  g_assert_cmpuint (a->needs, ==, b->needs);
  g_assert_cmpint (a->active, ==, b->active);
  g_assert_cmpint (a->in_frivillighetsregisteret, ==, b->in_frivillighetsregisteret);
  g_assert_cmpint (a->public_listing_consent, ==, b->public_listing_consent);
  g_assert_cmpmem (a->categories, sizeof a->categories, b->categories, sizeof b->categories);
  g_assert_cmpuint (a->tags->len, ==, b->tags->len);
  for (guint i = 0; i < a->tags->len; i++)
    g_assert_cmpstr (g_ptr_array_index (a->tags, i), ==, g_ptr_array_index (b->tags, i));
  g_assert_cmpuint (a->contacts->len, ==, b->contacts->len);
  for (guint i = 0; i < a->contacts->len; i++)
    {
      FvContact *x = g_ptr_array_index (a->contacts, i);
      FvContact *y = g_ptr_array_index (b->contacts, i);

      g_assert_cmpstr (x->name, ==, y->name);
      g_assert_cmpstr (x->role, ==, y->role);
      g_assert_cmpstr (x->phone, ==, y->phone);
      g_assert_cmpstr (x->email, ==, y->email);
    }
}

static GBytes *
export (GPtrArray *records)
{
  g_autoptr(GOutputStream) memory = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  g_assert_true (fv_spreadsheet_csv_write (memory, records, NULL, &error));
  g_assert_no_error (error);
  g_output_stream_close (memory, NULL, NULL);
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (memory));
}

static gboolean
import (const char  *text,
        gssize       length,
        GPtrArray  **records,
        GPtrArray  **problems,
        GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length < 0 ? strlen (text) : (gsize) length);
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);

  return fv_spreadsheet_csv_read (stream, records, problems, NULL, error);
}

static GPtrArray *
import_ok (const char *text,
           gssize      length)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *records = NULL;

  if (!import (text, length, &records, &problems, &error))
    {
      for (guint i = 0; problems != NULL && i < problems->len; i++)
        {
          g_autofree char *line = fv_import_skip_describe (g_ptr_array_index (problems, i));

          g_printerr ("%s\n", line);
        }
      g_error ("%s", error->message);
    }
  g_assert_null (problems);
  return records;
}

static void
test_round_trip (void)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_organisation_record_free);
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) bytes_again = NULL;
  FvOrganisationRecord *minimal = fv_organisation_record_new ();
  const char *text;

  g_ptr_array_add (records, full_record ());
  minimal->name = g_strdup ("Lag uten noe");
  g_ptr_array_add (records, minimal);

  bytes = export (records);
  text = g_bytes_get_data (bytes, NULL);

  /* What Excel and LibreOffice want: BOM, semicolons, CRLF. */
  g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBFid;orgnr;name;short_name;"));
  g_assert_nonnull (strstr (text, "\r\n42;923609016;\"Bærum \"\"Gamle\"\" Idrettslag; øst\";BIL;FLI;voluntary;\"1200, 13100, 4200\";\"idrett, nærmiljø\";"));
  g_assert_nonnull (strstr (text, "\r\n;;Lag uten noe;;;voluntary;;;"));

  again = import_ok (text, g_bytes_get_size (bytes));
  g_assert_cmpuint (again->len, ==, 2);
  assert_same_record (g_ptr_array_index (records, 0), g_ptr_array_index (again, 0));
  assert_same_record (g_ptr_array_index (records, 1), g_ptr_array_index (again, 1));

  /* And the same file again. */
  bytes_again = export (again);
  g_assert_true (g_bytes_equal (bytes, bytes_again));
}

static void
test_windows_1252 (void)
{
  /* As Excel saves "CSV (semikolondelt)" on a Norwegian Windows: no BOM, cp1252, CRLF. */
  g_autoptr(GPtrArray) records = import_ok ("navn;e-post;poststed;beskrivelse\r\n"
                                            "B\xE6rum Idrettslag;post@baerum-il.no;Troms\xF8;\"To linjer\r\nmed \x93sitat\x94 \x96 \x80\"\r\n"
                                            "\xC5l skolekorps;;;\r\n"
                                            ";;;\r\n", -1);
  FvOrganisationRecord *record;

  g_assert_cmpuint (records->len, ==, 2);
  record = g_ptr_array_index (records, 0);
  g_assert_cmpstr (record->name, ==, "Bærum Idrettslag");
  g_assert_cmpstr (record->email, ==, "post@baerum-il.no");
  g_assert_cmpstr (record->place, ==, "Tromsø");
  g_assert_cmpstr (record->description, ==, "To linjer\nmed “sitat” – €");
  g_assert_cmpstr (record->source, ==, "csv");
  g_assert_cmpstr (record->sector, ==, "voluntary");
  g_assert_true (record->active);
  record = g_ptr_array_index (records, 1);
  g_assert_cmpstr (record->name, ==, "Ål skolekorps");
}

static void
test_commas (void)
{
  /* As LibreOffice saves with commas, columns in another order, a few left out. */
  g_autoptr(GPtrArray) records = import_ok ("name,orgnr,postcode,municipality_number,offers,needs,active,tags,members_total\n"
                                            "Rykkinn skolekorps,991 000 070,150,301,\"Courses and advice, time\",\"premises,funding\",ja,\"korps,  musikk , korps\",\"1 200\"\n",
                                            -1);
  FvOrganisationRecord *record = g_ptr_array_index (records, 0);

  g_assert_cmpuint (records->len, ==, 1);
  g_assert_cmpstr (record->orgnr, ==, "991000070");
  /* The zeros a spreadsheet dropped come back. */
  g_assert_cmpstr (record->postcode, ==, "0150");
  g_assert_cmpstr (record->municipality_number, ==, "0301");
  g_assert_cmpuint (record->offers, ==, FV_OFFER_COURSES | FV_OFFER_TIME);
  g_assert_cmpuint (record->needs, ==, FV_NEED_PREMISES | FV_NEED_FUNDING);
  g_assert_true (record->active);
  g_assert_cmpuint (record->tags->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (record->tags, 1), ==, "musikk");
  g_assert_cmpint (record->members_total, ==, 1200);
  g_assert_cmpint (record->members_under_20, ==, -1);
}

static gboolean
has_problem (GPtrArray  *problems,
             guint64     line,
             const char *column,
             const char *words)
{
  for (guint i = 0; i < problems->len; i++)
    {
      FvImportSkip *problem = g_ptr_array_index (problems, i);

      if (problem->line == line && g_strcmp0 (problem->column, column) == 0 &&
          (words == NULL || strstr (problem->reason, words) != NULL))
        return TRUE;
    }
  return FALSE;
}

static void
test_bad_rows (void)
{
  const char *text =
    "name;orgnr;email;phone;website;postcode;municipality_number;sector;members_total;members_under_20;offers;needs;categories;contacts;active;register_status;source;created_at;id\n"
    /* 2: good */
    "Godt lag;923609016;post@lag.no;912 34 567;www.lag.no;1337;3201;public;10;2;time;funding;1200;Kari | leder;yes;;manual;;\n"
    /* 3: every column wrong */
    "Dårlig lag;923609017;post(at)lag.no;12;www lag no;13A7;32;church;mange;-1;singing;money;1000, 1200;| leder;kanskje;gone;excel;i går;x\n"
    /* 4: no name; a line break inside quotes makes row 5 start on line 6 */
    ";;;;;;;;;;;;;\"Per | | 1 | per(at)x.no\nPål\";;;;;\n"
    /* 6: duplicate orgnr of line 2, too many categories, more under 20 than in all */
    "Tvilling;923 609 016;;;;;;;5;9;;;\"1200, 1300, 2100, 2200\";;;;;;\n"
    /* 7: too many fields */
    "For mange;;;;;;;;;;;;;;;;;;;;;;;\n"
    /* 8: blank rows are ignored */
    ";;;;;;;;;;;;;;;;;;\n";
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (import (text, -1, &records, &problems, &error));
  g_assert_error (error, FV_IMPORT_ERROR, FV_IMPORT_ERROR_INVALID_ROWS);
  g_assert_null (records);
  g_assert_nonnull (problems);

  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = fv_import_skip_describe (g_ptr_array_index (problems, i));

      g_test_message ("%s", line);
    }

  g_assert_false (has_problem (problems, 2, NULL, NULL));
  g_assert_true (has_problem (problems, 3, "orgnr", "check digit"));
  g_assert_true (has_problem (problems, 3, "email", "@"));
  g_assert_true (has_problem (problems, 3, "phone", "eight digits"));
  g_assert_true (has_problem (problems, 3, "website", "spaces"));
  g_assert_true (has_problem (problems, 3, "postcode", "four digits"));
  g_assert_true (has_problem (problems, 3, "municipality_number", "four digits"));
  g_assert_true (has_problem (problems, 3, "sector", "voluntary, public or business"));
  g_assert_true (has_problem (problems, 3, "members_total", "whole number"));
  g_assert_true (has_problem (problems, 3, "members_under_20", "whole number"));
  g_assert_true (has_problem (problems, 3, "offers", "singing"));
  g_assert_true (has_problem (problems, 3, "needs", "money"));
  g_assert_true (has_problem (problems, 3, "categories", "1000"));
  g_assert_true (has_problem (problems, 3, "contacts", "name"));
  g_assert_true (has_problem (problems, 3, "active", "yes or no"));
  g_assert_true (has_problem (problems, 3, "register_status", NULL));
  g_assert_true (has_problem (problems, 3, "source", NULL));
  g_assert_true (has_problem (problems, 3, "created_at", NULL));
  g_assert_true (has_problem (problems, 3, "id", NULL));
  g_assert_true (has_problem (problems, 4, "name", "needs a name"));
  g_assert_true (has_problem (problems, 4, "contacts", "Per"));
  g_assert_true (has_problem (problems, 6, "orgnr", "line 2"));
  g_assert_true (has_problem (problems, 6, "categories", "at most three"));
  g_assert_true (has_problem (problems, 6, "members_under_20", "more members under 20"));
  g_assert_true (has_problem (problems, 7, NULL, "fields"));
  g_assert_false (has_problem (problems, 8, NULL, NULL));
  g_assert_nonnull (strstr (error->message, "nothing was imported"));
}

static void
test_header_problems (void)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  /* Unknown and doubled columns are problems, reported with the rows'. */
  g_assert_false (import ("name;fax;email;E-post\nLag;1;a@b.no;a@b.no\n", -1, &records, &problems, &error));
  g_assert_error (error, FV_IMPORT_ERROR, FV_IMPORT_ERROR_INVALID_ROWS);
  g_assert_true (has_problem (problems, 1, "fax", "does not know"));
  g_assert_true (has_problem (problems, 1, "E-post", "twice"));
  g_clear_pointer (&problems, g_ptr_array_unref);
  g_clear_error (&error);

  /* Without a name column it cannot be ours. */
  g_assert_false (import ("orgnr;email\n923609016;a@b.no\n", -1, &records, &problems, &error));
  g_assert_error (error, FV_IMPORT_ERROR, FV_IMPORT_ERROR_FORMAT);
  g_assert_null (problems);
  g_clear_error (&error);

  g_assert_false (import ("", 0, &records, &problems, &error));
  g_assert_error (error, FV_IMPORT_ERROR, FV_IMPORT_ERROR_EMPTY);
  g_clear_error (&error);

  g_assert_false (import ("name;email\r\n", -1, &records, &problems, &error));
  g_assert_error (error, FV_IMPORT_ERROR, FV_IMPORT_ERROR_EMPTY);
  g_clear_error (&error);

  g_assert_false (import ("\xFF\xFEn\0a\0m\0e\0", 10, &records, &problems, &error));
  g_assert_error (error, FV_IMPORT_ERROR, FV_IMPORT_ERROR_ENCODING);
  g_clear_error (&error);

  /* A quoted field that never ends. */
  g_assert_false (import ("name;notes\nLag;\"aldri slutt\n", -1, &records, &problems, &error));
  g_assert_error (error, FV_IMPORT_ERROR, FV_IMPORT_ERROR_TRUNCATED);
  g_assert_null (records);
}

/* A UTF-8 file (decided by its first æ) with one Windows-1252 row: that row's problem. */
static void
test_mixed_encoding (void)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (import ("name;place\nBærum IL;Sandvika\nTromsø IL;Troms\xF8\n", -1, &records, &problems, &error));
  g_assert_error (error, FV_IMPORT_ERROR, FV_IMPORT_ERROR_INVALID_ROWS);
  g_assert_true (has_problem (problems, 3, "place", "UTF-8"));
}

static void
test_garbage (void)
{
  g_autoptr(GInputStream) garbage = fv_test_garbage_stream_new (NULL, G_GUINT64_CONSTANT (2) << 30, 11);
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (fv_spreadsheet_csv_read (garbage, &records, &problems, NULL, &error));
  g_assert_nonnull (error);
  g_assert_null (records);
  g_assert_cmpuint (fv_test_stream_get_bytes_read (garbage), <, 4 * 1024 * 1024);
}

static void
test_columns (void)
{
  const char * const *columns = fv_spreadsheet_csv_columns ();

  g_assert_cmpuint (g_strv_length ((char **) columns), ==, 32);
  g_assert_cmpstr (columns[2], ==, "name");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/spreadsheet-csv/round-trip", test_round_trip);
  g_test_add_func ("/spreadsheet-csv/windows-1252", test_windows_1252);
  g_test_add_func ("/spreadsheet-csv/commas", test_commas);
  g_test_add_func ("/spreadsheet-csv/bad-rows", test_bad_rows);
  g_test_add_func ("/spreadsheet-csv/header-problems", test_header_problems);
  g_test_add_func ("/spreadsheet-csv/mixed-encoding", test_mixed_encoding);
  g_test_add_func ("/spreadsheet-csv/garbage", test_garbage);
  g_test_add_func ("/spreadsheet-csv/columns", test_columns);

  return g_test_run ();
}
