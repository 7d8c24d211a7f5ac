/* test-validate.c — the checks the editor and the importers share
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "fv-database.h"
#include "fv-validate.h"

typedef gboolean (*Validator) (const char *, GError **);

static void
assert_valid (Validator   validate,
              const char *text)
{
  g_autoptr(GError) error = NULL;

  if (!validate (text, &error))
    g_error ("“%s” refused: %s", text, error->message);
}

/* Refused, with a message that contains @words. */
static void
assert_invalid (Validator   validate,
                const char *text,
                const char *words)
{
  g_autoptr(GError) error = NULL;

  if (validate (text, &error))
    g_error ("“%s” accepted", text);
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT);
  if (strstr (error->message, words) == NULL)
    g_error ("“%s”: “%s” does not say “%s”", text, error->message, words);
}

static void
test_email (void)
{
  const char *good[] = {
    NULL, "", "  ", "post@idrettslag.no", "kari.nordmann+lag@baerum.kommune.no",
    " post@lag.no ", "ÆØÅ@bærum.no", "o'brien@example.com",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    assert_valid (fv_validate_email, good[i]);

  assert_invalid (fv_validate_email, "post.idrettslag.no", "@");
  assert_invalid (fv_validate_email, "turlag(at)fornebu.no", "@");
  assert_invalid (fv_validate_email, "a@b@c.no", "only one @");
  assert_invalid (fv_validate_email, "@lag.no", "nothing before");
  assert_invalid (fv_validate_email, "post@", "domain");
  assert_invalid (fv_validate_email, "post@lag", "dot");
  assert_invalid (fv_validate_email, "post@lag.", "domain");
  assert_invalid (fv_validate_email, "post@.no", "domain");
  assert_invalid (fv_validate_email, "post@lag.n", "domain");
  assert_invalid (fv_validate_email, "kari nordmann@lag.no", "spaces");
  assert_invalid (fv_validate_email, "a@lag.no; b@lag.no", "one e-mail");
  assert_invalid (fv_validate_email, ".post@lag.no", "dot");
  assert_invalid (fv_validate_email, "po..st@lag.no", "dot");
  assert_invalid (fv_validate_email, "<post>@lag.no", "character");
}

static void
test_phone (void)
{
  const char *good[] = {
    NULL, "", "91234567", "912 34 567", "67 00 00 01", "+47 912 34 567", "+4791234567",
    "0047 91234567", "+46 8 123 456 78", "+1 (555) 123-4567",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    assert_valid (fv_validate_phone, good[i]);

  assert_invalid (fv_validate_phone, "9123456", "eight digits");
  assert_invalid (fv_validate_phone, "912345678", "eight digits");
  assert_invalid (fv_validate_phone, "+47 912 34 56", "eight digits after +47");
  assert_invalid (fv_validate_phone, "+123", "7 to 15");
  assert_invalid (fv_validate_phone, "912 34 567 (kveld)", "only digits");
  assert_invalid (fv_validate_phone, "tlf 91234567", "only digits");
  assert_invalid (fv_validate_phone, "91+234567", "only digits");
}

static void
test_postcode_and_municipality (void)
{
  assert_valid (fv_validate_postcode, "0150");
  assert_valid (fv_validate_postcode, " 1337 ");
  assert_valid (fv_validate_postcode, NULL);
  assert_invalid (fv_validate_postcode, "150", "four digits");
  assert_invalid (fv_validate_postcode, "13377", "four digits");
  assert_invalid (fv_validate_postcode, "13a7", "four digits");

  assert_valid (fv_validate_municipality_number, "3201");
  assert_valid (fv_validate_municipality_number, "0301");
  assert_invalid (fv_validate_municipality_number, "301", "four digits");
  assert_invalid (fv_validate_municipality_number, "Bærum", "four digits");
}

static void
test_website (void)
{
  const char *good[] = {
    NULL, "", "www.idrettslag.no", "idrettslag.no/barn?side=1", "https://frivilligsentral.example.no/",
    "http://lag.no:8080/om", "HTTPS://LAG.NO", "www.bærum-il.no",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    assert_valid (fv_validate_website, good[i]);

  assert_invalid (fv_validate_website, "www idrettslag no", "spaces");
  assert_invalid (fv_validate_website, "ftp://lag.no", "http");
  assert_invalid (fv_validate_website, "idrettslag", "dot");
  assert_invalid (fv_validate_website, "post@lag.no", "e-mail");
  assert_invalid (fv_validate_website, "https://", "dot");
  assert_invalid (fv_validate_website, "lag.no:abc", "colon");
}

static void
test_tag_and_icnpo (void)
{
  assert_valid (fv_validate_tag, "nærmiljø");
  assert_invalid (fv_validate_tag, "kultur, idrett", "comma");

  g_assert_true (fv_validate_icnpo_code (1200, NULL));
  g_assert_true (fv_validate_icnpo_code (14100, NULL));
  g_assert_false (fv_validate_icnpo_code (1000, NULL));
  g_assert_false (fv_validate_icnpo_code (12200, NULL));
  g_assert_false (fv_validate_icnpo_code (0, NULL));
}

static void
test_iso_date (void)
{
  GDate date;

  g_assert_true (fv_iso_date_parse ("2024-02-29", &date));
  g_assert_cmpint (g_date_get_day (&date), ==, 29);
  g_assert_cmpint (g_date_get_month (&date), ==, 2);
  g_assert_cmpint (g_date_get_year (&date), ==, 2024);
  g_assert_true (fv_iso_date_parse ("2025-12-31", NULL));
  g_assert_false (fv_iso_date_parse ("2025-02-29", &date));   /* not a real day */
  g_assert_false (g_date_valid (&date));
  g_assert_false (fv_iso_date_parse ("2025-1-05", NULL));     /* not the stored shape */
  g_assert_false (fv_iso_date_parse ("05.01.2025", NULL));
  g_assert_false (fv_iso_date_parse ("2025/01/05", NULL));
  g_assert_false (fv_iso_date_parse ("", NULL));
  g_assert_false (fv_iso_date_parse (NULL, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/validate/email", test_email);
  g_test_add_func ("/validate/phone", test_phone);
  g_test_add_func ("/validate/postcode-and-municipality", test_postcode_and_municipality);
  g_test_add_func ("/validate/website", test_website);
  g_test_add_func ("/validate/tag-and-icnpo", test_tag_and_icnpo);
  g_test_add_func ("/validate/iso-date", test_iso_date);

  return g_test_run ();
}
