/* test-json-reader.c — the streaming JSON reader: flattening, escapes, strictness, limits
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "fv-import-stream.h"
#include "fv-json-reader.h"
#include "fv-test-streams.h"

static FvJsonReader *
reader_for (const char *text,
            gssize      length)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length < 0 ? strlen (text) : (gsize) length);
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);

  return fv_json_reader_new (stream);
}

static void
assert_next (FvJsonReader *reader)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (fv_json_reader_next (reader, NULL, &error));
  g_assert_no_error (error);
}

static void
assert_end (FvJsonReader *reader)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (fv_json_reader_next (reader, NULL, &error));
  g_assert_no_error (error);
}

static void
assert_fails (const char *text,
              gssize      length,
              int         code,
              const char *words)
{
  g_autoptr(FvJsonReader) reader = reader_for (text, length);
  g_autoptr(GError) error = NULL;

  while (fv_json_reader_next (reader, NULL, &error))
    ;
  if (error == NULL)
    g_error ("no error for %s", text);
  g_assert_error (error, FV_IMPORT_ERROR, code);
  if (words != NULL && strstr (error->message, words) == NULL)
    g_error ("“%s” does not say “%s”", error->message, words);

  /* Finished after an error. */
  g_clear_error (&error);
  g_assert_false (fv_json_reader_next (reader, NULL, &error));
}

static void
test_flatten (void)
{
  g_autoptr(FvJsonReader) reader = reader_for (
    "\xEF\xBB\xBF [\n"
    "  {\"organisasjonsnummer\" : \"923609016\", \"navn\": \"B\\u00c6RUM IL\",\n"
    "   \"forretningsadresse\": {\"adresse\": [\"c/o Kari\", \"Storgata 1\"], \"kommunenummer\": \"3201\"},\n"
    "   \"antallAnsatte\": 12, \"kapital\": -1.5e+3, \"konkurs\": false, \"registrert\": true,\n"
    "   \"slettedato\": null, \"tom\": [], \"tall\": [1, null, 2],\n"
    "   \"icnpoKategorier\": [{\"icnpoNummer\": \"1200\", \"rekkefoelge\": 1}, {\"icnpoNummer\": \"13100\", \"rekkefoelge\": 2}],\n"
    "   \"nested\": [[\"a\"], [\"b\", \"c\"]]},\n"
    "  {}\n"
    "]\n", -1);
  gsize length = 0;

  assert_next (reader);
  g_assert_cmpuint (fv_json_reader_get_index (reader), ==, 1);
  g_assert_cmpuint (fv_json_reader_get_line (reader), ==, 2);
  g_assert_cmpint (fv_json_reader_get_offset (reader), ==, 8);
  g_assert_cmpstr (fv_json_reader_lookup (reader, "organisasjonsnummer", NULL), ==, "923609016");
  g_assert_cmpstr (fv_json_reader_lookup (reader, "navn", &length), ==, "BÆRUM IL");
  g_assert_cmpuint (length, ==, strlen ("BÆRUM IL"));
  g_assert_cmpstr (fv_json_reader_lookup (reader, "forretningsadresse.adresse", NULL), ==, "c/o Kari\nStorgata 1");
  g_assert_cmpstr (fv_json_reader_lookup (reader, "forretningsadresse.kommunenummer", NULL), ==, "3201");
  g_assert_cmpstr (fv_json_reader_lookup (reader, "antallAnsatte", NULL), ==, "12");
  g_assert_cmpstr (fv_json_reader_lookup (reader, "kapital", NULL), ==, "-1.5e+3");
  g_assert_cmpstr (fv_json_reader_lookup (reader, "konkurs", NULL), ==, "false");
  g_assert_cmpstr (fv_json_reader_lookup (reader, "registrert", NULL), ==, "true");
  g_assert_null (fv_json_reader_lookup (reader, "slettedato", NULL));
  g_assert_null (fv_json_reader_lookup (reader, "tom", NULL));
  g_assert_cmpstr (fv_json_reader_lookup (reader, "tall", NULL), ==, "1\n2");
  g_assert_cmpstr (fv_json_reader_lookup (reader, "icnpoKategorier.0.icnpoNummer", NULL), ==, "1200");
  g_assert_cmpstr (fv_json_reader_lookup (reader, "icnpoKategorier.1.rekkefoelge", NULL), ==, "2");
  g_assert_cmpstr (fv_json_reader_lookup (reader, "nested.1", NULL), ==, "b\nc");
  g_assert_null (fv_json_reader_lookup (reader, "forretningsadresse", NULL));

  for (guint i = 0; i < fv_json_reader_get_n_members (reader); i++)
    g_assert_nonnull (fv_json_reader_get_value (reader, i, NULL));
  g_assert_cmpstr (fv_json_reader_get_key (reader, 0), ==, "organisasjonsnummer");

  assert_next (reader);
  g_assert_cmpuint (fv_json_reader_get_n_members (reader), ==, 0);
  g_assert_cmpuint (fv_json_reader_get_line (reader), ==, 8);
  assert_end (reader);
  assert_end (reader);
}

static void
test_escapes (void)
{
  g_autoptr(FvJsonReader) reader = reader_for (
    "[{\"s\": \"\\\"q\\\" \\\\ \\/ \\b\\f\\n\\r\\t \\u00e6\\u00F8\\u00e5 \\ud83d\\ude00 \\u0000 æøå 😀\"}]", -1);

  assert_next (reader);
  g_assert_cmpstr (fv_json_reader_lookup (reader, "s", NULL), ==,
                   "\"q\" \\ / \b\f\n\r\t æøå 😀 \xEF\xBF\xBD æøå 😀");
  assert_end (reader);
}

static void
test_embedded_array (void)
{
  g_autoptr(FvJsonReader) reader = reader_for (
    "{\"_embedded\": {\"frivilligeOrganisasjoner\": [{\"organisasjonsnummer\": \"1\"}, {\"organisasjonsnummer\": \"2\"}]},\n"
    " \"_links\": {\"next\": {\"href\": \"x\"}}, \"page\": {\"size\": 2, \"list\": [1, 2]}}", -1);

  assert_next (reader);
  g_assert_cmpstr (fv_json_reader_lookup (reader, "organisasjonsnummer", NULL), ==, "1");
  assert_next (reader);
  g_assert_cmpstr (fv_json_reader_lookup (reader, "organisasjonsnummer", NULL), ==, "2");
  assert_end (reader);
}

static void
test_empty_array (void)
{
  g_autoptr(FvJsonReader) reader = reader_for ("  [ ]  \n", -1);

  assert_end (reader);
}

static void
test_malformed (void)
{
  assert_fails ("", 0, FV_IMPORT_ERROR_EMPTY, NULL);
  assert_fails ("  \n ", -1, FV_IMPORT_ERROR_EMPTY, NULL);
  assert_fails ("organisasjonsnummer,navn\n", -1, FV_IMPORT_ERROR_FORMAT, NULL);
  assert_fails ("{\"a\": 1}", -1, FV_IMPORT_ERROR_FORMAT, "no list");
  assert_fails ("[1, 2]", -1, FV_IMPORT_ERROR_MALFORMED, "element 1");
  assert_fails ("[{\"a\": 1},]", -1, FV_IMPORT_ERROR_MALFORMED, NULL);
  assert_fails ("[{\"a\": 1} {\"b\": 2}]", -1, FV_IMPORT_ERROR_MALFORMED, "comma");
  assert_fails ("[{\"a\" 1}]", -1, FV_IMPORT_ERROR_MALFORMED, "colon");
  assert_fails ("[{a: 1}]", -1, FV_IMPORT_ERROR_MALFORMED, "double quotes");
  assert_fails ("[{\"a\": tru}]", -1, FV_IMPORT_ERROR_MALFORMED, NULL);
  assert_fails ("[{\"a\": 01}]", -1, FV_IMPORT_ERROR_MALFORMED, NULL);
  assert_fails ("[{\"a\": 1.}]", -1, FV_IMPORT_ERROR_MALFORMED, "number");
  assert_fails ("[{\"a\": -}]", -1, FV_IMPORT_ERROR_MALFORMED, "number");
  assert_fails ("[{\"a\": 'x'}]", -1, FV_IMPORT_ERROR_MALFORMED, NULL);
  assert_fails ("[{\"a\": \"x\ny\"}]", -1, FV_IMPORT_ERROR_MALFORMED, "control character");
  assert_fails ("[{\"a\": \"\\x\"}]", -1, FV_IMPORT_ERROR_MALFORMED, "escape");
  assert_fails ("[{\"a\": \"\\u12G4\"}]", -1, FV_IMPORT_ERROR_MALFORMED, "hexadecimal");
  assert_fails ("[{\"a\": \"\\ud83d\"}]", -1, FV_IMPORT_ERROR_MALFORMED, "surrogate");
  assert_fails ("[{\"a\": \"\\ude00\"}]", -1, FV_IMPORT_ERROR_MALFORMED, "surrogate");
  assert_fails ("[{\"a\": \"Troms\xF8\"}]", -1, FV_IMPORT_ERROR_ENCODING, "UTF-8");
  assert_fails ("[{\"a\": 1}] x", -1, FV_IMPORT_ERROR_MALFORMED, "after the end");
  assert_fails ("[{\"a\": 1}][]", -1, FV_IMPORT_ERROR_MALFORMED, "after the end");
}

static void
test_truncated (void)
{
  const char *cuts[] = {
    "[", "[{", "[{\"a\"", "[{\"a\":", "[{\"a\": \"xy", "[{\"a\": \"x\\", "[{\"a\": \"\\u00",
    "[{\"a\": 12", "[{\"a\": [1,", "[{\"a\": {\"b\": 1}", "[{\"a\": 1},", "[{\"a\": 1}",
    "[{\"a\": \"\xC3", "[{\"a\": tr",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cuts); i++)
    assert_fails (cuts[i], -1, FV_IMPORT_ERROR_TRUNCATED, "truncated");
}

static void
test_position_in_error (void)
{
  assert_fails ("[\n {\"a\": 1},\n {\"b\": x}\n]", -1, FV_IMPORT_ERROR_MALFORMED, "Line 3, byte 20");
}

static void
test_too_deep (void)
{
  g_autoptr(GString) text = g_string_new ("[{\"a\":");

  for (guint i = 0; i < 200; i++)
    g_string_append_c (text, '[');
  assert_fails (text->str, text->len, FV_IMPORT_ERROR_MALFORMED, "nested");
}

static void
test_object_limit (void)
{
  g_autoptr(GString) text = g_string_new ("[{\"a\": \"");
  g_autoptr(FvJsonReader) reader = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 2 * 1024 * 1024 / 32; i++)
    g_string_append (text, "abcdefghijklmnopqrstuvwxyzæøå..");
  g_string_append (text, "\"}]");
  reader = reader_for (text->str, text->len);
  fv_json_reader_set_max_object_size (reader, 1024 * 1024);

  g_assert_false (fv_json_reader_next (reader, NULL, &error));
  g_assert_error (error, FV_IMPORT_ERROR, FV_IMPORT_ERROR_TOO_LARGE);
}

/* 2 GB of random bytes behind a plausible start: fails within the first bytes. */
static void
test_garbage (void)
{
  g_autoptr(GInputStream) garbage = fv_test_garbage_stream_new ("[{\"navn\": \"", G_GUINT64_CONSTANT (2) << 30, 3);
  g_autoptr(FvJsonReader) reader = fv_json_reader_new (garbage);
  g_autoptr(GError) error = NULL;

  g_assert_false (fv_json_reader_next (reader, NULL, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (fv_test_stream_get_bytes_read (garbage), <=, 256 * 1024);
}

/* Memory does not grow with the number of objects: the same buffers are reused. */
static void
test_many_objects (void)
{
  g_autoptr(GString) text = g_string_new ("[");
  g_autoptr(FvJsonReader) reader = NULL;
  guint count = 0;

  for (guint i = 0; i < 50000; i++)
    g_string_append_printf (text, "%s{\"organisasjonsnummer\": \"%09u\", \"adresse\": {\"kommunenummer\": \"%04u\"}}",
                            i > 0 ? ",\n" : "", i, i % 400);
  g_string_append (text, "]");
  reader = reader_for (text->str, text->len);

  while (fv_json_reader_next (reader, NULL, NULL))
    {
      g_autofree char *expected = g_strdup_printf ("%09u", count);

      g_assert_cmpstr (fv_json_reader_lookup (reader, "organisasjonsnummer", NULL), ==, expected);
      g_assert_cmpuint (fv_json_reader_get_line (reader), ==, count + 1);
      count++;
    }
  g_assert_cmpuint (count, ==, 50000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-reader/flatten", test_flatten);
  g_test_add_func ("/json-reader/escapes", test_escapes);
  g_test_add_func ("/json-reader/embedded-array", test_embedded_array);
  g_test_add_func ("/json-reader/empty-array", test_empty_array);
  g_test_add_func ("/json-reader/malformed", test_malformed);
  g_test_add_func ("/json-reader/truncated", test_truncated);
  g_test_add_func ("/json-reader/position-in-error", test_position_in_error);
  g_test_add_func ("/json-reader/too-deep", test_too_deep);
  g_test_add_func ("/json-reader/object-limit", test_object_limit);
  g_test_add_func ("/json-reader/garbage", test_garbage);
  g_test_add_func ("/json-reader/many-objects", test_many_objects);

  return g_test_run ();
}
