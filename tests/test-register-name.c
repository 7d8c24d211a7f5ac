/* test-register-name.c — names from Enhetsregisteret, written as people write them
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "fv-register-name.h"

static void
assert_tidy (const char *published,
             const char *expected)
{
  g_autofree char *tidy = fv_register_name_tidy (published);

  g_assert_cmpstr (tidy, ==, expected);
}

static void
test_names_of_the_seeds (void)
{
  assert_tidy ("NORDRE VINJE IDRETTSLAG", "Nordre Vinje idrettslag");
  assert_tidy ("ELVERUM FRIVILLIGSENTRAL", "Elverum frivilligsentral");
  assert_tidy ("RØDE KORS ELVERUM", "Røde Kors Elverum");
  assert_tidy ("LIONS CLUB ELVERUM", "Lions Club Elverum");
  assert_tidy ("MJØLNER SPEIDERGRUPPE", "Mjølner speidergruppe");
  assert_tidy ("ELVERUM KIRKELIGE FELLESRÅD", "Elverum kirkelige fellesråd");
  assert_tidy ("DEN NORSKE TURISTFORENING", "Den norske turistforening");
  assert_tidy ("FORENINGEN NORDEN ELVERUM", "Foreningen Norden Elverum");
}

static void
test_abbreviations_and_small_words (void)
{
  assert_tidy ("BÆRUM IL", "Bærum IL");
  assert_tidy ("ØSTRE TOTEN SK", "Østre Toten SK");
  assert_tidy ("4H NORGE", "4H Norge");
  assert_tidy ("JEGER- OG FISKERFORENING", "Jeger- og fiskerforening");
  assert_tidy ("VENNER AV VINJE BIBLIOTEK", "Venner av Vinje Bibliotek");
  assert_tidy ("ÅMOT (HEDMARK) HISTORIELAG", "Åmot (Hedmark) historielag");
  assert_tidy ("SANDVIKA  SKOLEKORPS", "Sandvika skolekorps");
}

static void
test_places (void)
{
  g_autofree char *mo = fv_register_place_tidy ("MO I RANA");
  g_autofree char *verk = fv_register_place_tidy ("BÆRUMS VERK");
  g_autofree char *sandvika = fv_register_place_tidy ("SANDVIKA");
  g_autofree char *written = fv_register_place_tidy ("Sandvika");

  g_assert_cmpstr (mo, ==, "Mo i Rana");
  g_assert_cmpstr (verk, ==, "Bærums Verk");
  g_assert_cmpstr (sandvika, ==, "Sandvika");
  g_assert_cmpstr (written, ==, "Sandvika");
}

/* Only names all in capitals are touched: what a person wrote stays. */
static void
test_written_names_kept (void)
{
  assert_tidy ("Vinje husflidslag", "Vinje husflidslag");
  assert_tidy ("KFUM-KFUK Elverum", "KFUM-KFUK Elverum");
  assert_tidy ("12345", "12345");
  assert_tidy ("", "");
  assert_tidy (NULL, NULL);
  g_assert_true (fv_register_name_is_shouted ("BÆRUM IL"));
  g_assert_false (fv_register_name_is_shouted ("Bærum IL"));
  g_assert_false (fv_register_name_is_shouted ("1234"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/register-name/names-of-the-seeds", test_names_of_the_seeds);
  g_test_add_func ("/register-name/abbreviations-and-small-words", test_abbreviations_and_small_words);
  g_test_add_func ("/register-name/places", test_places);
  g_test_add_func ("/register-name/written-names-kept", test_written_names_kept);

  return g_test_run ();
}
