/* test-csv-reader.c — the streaming CSV reader: quoting, lines, separators, encodings, limits
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "fv-csv-reader.h"
#include "fv-import-stream.h"
#include "fv-test-streams.h"

static FvCsvReader *
reader_for (const char     *text,
            gssize          length,
            FvCsvSeparator  separator,
            FvCsvEncoding   encoding)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length < 0 ? strlen (text) : (gsize) length);
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);

  return fv_csv_reader_new (stream, separator, encoding);
}

static void
assert_next (FvCsvReader *reader)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (fv_csv_reader_next (reader, NULL, &error));
  g_assert_no_error (error);
}

static void
assert_end (FvCsvReader *reader)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (fv_csv_reader_next (reader, NULL, &error));
  g_assert_no_error (error);
}

static void
assert_field (FvCsvReader *reader,
              guint        index,
              const char  *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *value = fv_csv_reader_dup (reader, index, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (value, ==, expected);
}

static void
test_quoting (void)
{
  g_autoptr(FvCsvReader) reader =
    reader_for ("\"a\",\"b,c\",plain,\"say \"\"hei\"\"\",,\"\"\n"
                "\"line one\nline two\",\"x\"\r\n"
                "last,\"\"\"\"",
                -1, FV_CSV_SEPARATOR_COMMA, FV_CSV_ENCODING_UTF8);

  assert_next (reader);
  g_assert_cmpuint (fv_csv_reader_get_n_fields (reader), ==, 6);
  assert_field (reader, 0, "a");
  assert_field (reader, 1, "b,c");
  assert_field (reader, 2, "plain");
  assert_field (reader, 3, "say \"hei\"");
  assert_field (reader, 4, "");
  assert_field (reader, 5, "");
  g_assert_true (fv_csv_reader_equal (reader, 2, "plain"));
  g_assert_false (fv_csv_reader_equal (reader, 9, "plain"));
  g_assert_cmpuint (fv_csv_reader_get_line (reader), ==, 1);

  /* A row is not a line: this record spans lines 2 and 3. */
  assert_next (reader);
  g_assert_cmpuint (fv_csv_reader_get_n_fields (reader), ==, 2);
  assert_field (reader, 0, "line one\nline two");
  assert_field (reader, 1, "x");
  g_assert_cmpuint (fv_csv_reader_get_line (reader), ==, 2);

  /* No line break at the end of the file. */
  assert_next (reader);
  g_assert_cmpuint (fv_csv_reader_get_line (reader), ==, 4);
  assert_field (reader, 0, "last");
  assert_field (reader, 1, "\"");
  g_assert_true (fv_csv_reader_at_end (reader));
  g_assert_cmpuint (fv_csv_reader_get_record_number (reader), ==, 3);
  assert_end (reader);
}

/* Line numbers stay right when records straddle the 256 KB chunks and
 * only some records are looked at. */
static void
test_lines_across_chunks (void)
{
  g_autoptr(GString) text = g_string_new ("\"id\",\"note\"\n");
  g_autoptr(FvCsvReader) reader = NULL;
  guint64 expected_line = 2;

  for (guint i = 0; i < 20000; i++)
    {
      g_string_append_printf (text, "\"%u\",\"", i);
      for (guint k = 0; k < i % 4; k++)
        g_string_append (text, "en linje med tekst og \"\"sitat\"\"\n");
      g_string_append (text, "slutt\"\n");
    }
  reader = reader_for (text->str, text->len, FV_CSV_SEPARATOR_AUTO, FV_CSV_ENCODING_AUTO);

  assert_next (reader);
  for (guint i = 0; i < 20000; i++)
    {
      assert_next (reader);
      if (i % 7 == 0)
        {
          g_autofree char *id = g_strdup_printf ("%u", i);

          g_assert_cmpuint (fv_csv_reader_get_line (reader), ==, expected_line);
          assert_field (reader, 0, id);
          if (i % 4 == 1)
            assert_field (reader, 1, "en linje med tekst og \"sitat\"\nslutt");
        }
      expected_line += 1 + i % 4;
    }
  assert_end (reader);
}

static void
test_separator_detection (void)
{
  g_autoptr(FvCsvReader) semicolons = reader_for ("name;email;\"a,b\"\nLag;post@lag.no;x\n", -1,
                                                  FV_CSV_SEPARATOR_AUTO, FV_CSV_ENCODING_AUTO);
  g_autoptr(FvCsvReader) commas = reader_for ("name,email,\"a;b\"\nLag,post@lag.no,x\n", -1,
                                              FV_CSV_SEPARATOR_AUTO, FV_CSV_ENCODING_AUTO);
  g_autoptr(FvCsvReader) single = reader_for ("name\nLag\n", -1, FV_CSV_SEPARATOR_AUTO, FV_CSV_ENCODING_AUTO);
  g_autoptr(FvCsvReader) fixed = reader_for ("a;b,c\n", -1, FV_CSV_SEPARATOR_COMMA, FV_CSV_ENCODING_AUTO);

  assert_next (semicolons);
  g_assert_cmpint (fv_csv_reader_get_separator (semicolons), ==, ';');
  g_assert_cmpuint (fv_csv_reader_get_n_fields (semicolons), ==, 3);
  assert_field (semicolons, 2, "a,b");

  assert_next (commas);
  g_assert_cmpint (fv_csv_reader_get_separator (commas), ==, ',');
  g_assert_cmpuint (fv_csv_reader_get_n_fields (commas), ==, 3);

  assert_next (single);
  g_assert_cmpuint (fv_csv_reader_get_n_fields (single), ==, 1);

  assert_next (fixed);
  assert_field (fixed, 0, "a;b");
}

static void
test_bom_and_encodings (void)
{
  g_autoptr(FvCsvReader) bom = reader_for ("\xEF\xBB\xBFnavn;sted\nBærum;Sandvika\n", -1,
                                           FV_CSV_SEPARATOR_AUTO, FV_CSV_ENCODING_AUTO);
  g_autoptr(FvCsvReader) utf8 = reader_for ("navn\nØvre Eiker\n", -1, FV_CSV_SEPARATOR_AUTO,
                                            FV_CSV_ENCODING_AUTO);
  /* "Bærum;Tromsø;Ål" and "– €" in Windows-1252, as Excel saves "CSV (semikolondelt)". */
  g_autoptr(FvCsvReader) cp1252 = reader_for ("navn;sted\nB\xE6rum;Troms\xF8;\xC5l\n\x96 \x80\n", -1,
                                              FV_CSV_SEPARATOR_AUTO, FV_CSV_ENCODING_AUTO);

  assert_next (bom);
  assert_field (bom, 0, "navn");
  g_assert_cmpint (fv_csv_reader_get_encoding (bom), ==, FV_CSV_ENCODING_UTF8);
  assert_next (bom);
  assert_field (bom, 0, "Bærum");

  assert_next (utf8);
  assert_next (utf8);
  assert_field (utf8, 0, "Øvre Eiker");
  g_assert_cmpint (fv_csv_reader_get_encoding (utf8), ==, FV_CSV_ENCODING_UTF8);

  assert_next (cp1252);
  g_assert_cmpint (fv_csv_reader_get_encoding (cp1252), ==, FV_CSV_ENCODING_WINDOWS_1252);
  assert_next (cp1252);
  assert_field (cp1252, 0, "Bærum");
  assert_field (cp1252, 1, "Tromsø");
  assert_field (cp1252, 2, "Ål");
  assert_next (cp1252);
  assert_field (cp1252, 0, "– €");
}

/* A UTF-8 file with a Windows-1252 byte further down: an error that names the line. */
static void
test_mixed_encoding (void)
{
  g_autoptr(FvCsvReader) reader = reader_for ("navn\nBærum\nTroms\xF8\n", -1, FV_CSV_SEPARATOR_AUTO,
                                              FV_CSV_ENCODING_AUTO);
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;

  assert_next (reader);
  assert_next (reader);
  assert_next (reader);
  value = fv_csv_reader_dup (reader, 0, &error);
  g_assert_null (value);
  g_assert_error (error, FV_IMPORT_ERROR, FV_IMPORT_ERROR_ENCODING);
  g_assert_nonnull (strstr (error->message, "Line 3"));
}

static void
test_utf16_refused (void)
{
  g_autoptr(FvCsvReader) reader = reader_for ("\xFF\xFEn\0a\0v\0n\0", 10, FV_CSV_SEPARATOR_AUTO,
                                              FV_CSV_ENCODING_AUTO);
  g_autoptr(GError) error = NULL;

  g_assert_false (fv_csv_reader_next (reader, NULL, &error));
  g_assert_error (error, FV_IMPORT_ERROR, FV_IMPORT_ERROR_ENCODING);
  g_assert_nonnull (strstr (error->message, "UTF-16"));
}

static void
test_binary_refused (void)
{
  g_autoptr(FvCsvReader) reader = reader_for ("PK\x03\x04\0\0\0", 7, FV_CSV_SEPARATOR_AUTO,
                                              FV_CSV_ENCODING_AUTO);
  g_autoptr(GError) error = NULL;

  g_assert_false (fv_csv_reader_next (reader, NULL, &error));
  g_assert_error (error, FV_IMPORT_ERROR, FV_IMPORT_ERROR_FORMAT);
}

static void
test_empty (void)
{
  g_autoptr(FvCsvReader) reader = reader_for ("", 0, FV_CSV_SEPARATOR_AUTO, FV_CSV_ENCODING_AUTO);

  assert_end (reader);
}

static void
test_unterminated_quote (void)
{
  g_autoptr(FvCsvReader) reader = reader_for ("a,b\n1,2\n\"3,4\n5,6\n", -1, FV_CSV_SEPARATOR_COMMA,
                                              FV_CSV_ENCODING_UTF8);
  g_autoptr(GError) error = NULL;

  assert_next (reader);
  assert_next (reader);
  g_assert_false (fv_csv_reader_next (reader, NULL, &error));
  g_assert_error (error, FV_IMPORT_ERROR, FV_IMPORT_ERROR_TRUNCATED);
  g_assert_nonnull (strstr (error->message, "Line 3"));
}

static void
test_text_after_quote (void)
{
  g_autoptr(FvCsvReader) reader = reader_for ("a,b\n\"1\"x,2\n", -1, FV_CSV_SEPARATOR_COMMA,
                                              FV_CSV_ENCODING_UTF8);
  g_autoptr(GError) error = NULL;

  assert_next (reader);
  g_assert_false (fv_csv_reader_next (reader, NULL, &error));
  g_assert_error (error, FV_IMPORT_ERROR, FV_IMPORT_ERROR_MALFORMED);
  g_assert_nonnull (strstr (error->message, "Line 2, field 1"));
}

/* An open quote that never closes stops at the record limit. */
static void
test_record_limit (void)
{
  g_autoptr(GString) text = g_string_new ("a\n\"");
  g_autoptr(FvCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 3 * 1024 * 1024 / 64; i++)
    g_string_append (text, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n");
  reader = reader_for (text->str, text->len, FV_CSV_SEPARATOR_COMMA, FV_CSV_ENCODING_UTF8);
  fv_csv_reader_set_max_record_size (reader, 1024 * 1024);

  assert_next (reader);
  g_assert_false (fv_csv_reader_next (reader, NULL, &error));
  g_assert_error (error, FV_IMPORT_ERROR, FV_IMPORT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "Line 2"));
}

/* 2 GB of random bytes: an error long before the end. */
static void
test_garbage (void)
{
  g_autoptr(GInputStream) garbage = fv_test_garbage_stream_new ("\"", G_GUINT64_CONSTANT (2) << 30, 7);
  g_autoptr(FvCsvReader) reader = fv_csv_reader_new (garbage, FV_CSV_SEPARATOR_COMMA, FV_CSV_ENCODING_UTF8);
  g_autoptr(GError) error = NULL;

  fv_csv_reader_set_max_record_size (reader, 1024 * 1024);
  while (fv_csv_reader_next (reader, NULL, &error))
    ;
  g_assert_nonnull (error);
  g_assert_cmpuint (fv_test_stream_get_bytes_read (garbage), <, 4 * 1024 * 1024);
}

static void
test_blank (void)
{
  g_autoptr(FvCsvReader) reader = reader_for ("a;b\n;;\n ; \n", -1, FV_CSV_SEPARATOR_AUTO, FV_CSV_ENCODING_AUTO);

  assert_next (reader);
  g_assert_false (fv_csv_reader_is_blank (reader));
  assert_next (reader);
  g_assert_true (fv_csv_reader_is_blank (reader));
  assert_next (reader);
  g_assert_true (fv_csv_reader_is_blank (reader));
  g_assert_cmpint (fv_csv_reader_find (reader, "x"), ==, -1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv-reader/quoting", test_quoting);
  g_test_add_func ("/csv-reader/lines-across-chunks", test_lines_across_chunks);
  g_test_add_func ("/csv-reader/separator-detection", test_separator_detection);
  g_test_add_func ("/csv-reader/bom-and-encodings", test_bom_and_encodings);
  g_test_add_func ("/csv-reader/mixed-encoding", test_mixed_encoding);
  g_test_add_func ("/csv-reader/utf16-refused", test_utf16_refused);
  g_test_add_func ("/csv-reader/binary-refused", test_binary_refused);
  g_test_add_func ("/csv-reader/empty", test_empty);
  g_test_add_func ("/csv-reader/unterminated-quote", test_unterminated_quote);
  g_test_add_func ("/csv-reader/text-after-quote", test_text_after_quote);
  g_test_add_func ("/csv-reader/record-limit", test_record_limit);
  g_test_add_func ("/csv-reader/garbage", test_garbage);
  g_test_add_func ("/csv-reader/blank", test_blank);

  return g_test_run ();
}
