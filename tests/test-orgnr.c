/* test-orgnr.c — organisation numbers: MOD11, spaces, wrong lengths, letters
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "fv-database.h"
#include "fv-orgnr.h"

static void
test_valid (void)
{
  /* DOMAIN.md's example: 12345678x has x = 5. */
  g_assert_true (fv_orgnr_is_valid ("123456785"));
  g_assert_true (fv_orgnr_is_valid ("923609016"));
  g_assert_true (fv_orgnr_is_valid ("991000003"));
  /* Check digit 11 → 0. */
  g_assert_true (fv_orgnr_is_valid ("991002030"));
}

static void
test_invalid (void)
{
  /* Every other check digit of a valid number is wrong. */
  for (char d = '0'; d <= '9'; d++)
    {
      char orgnr[] = "92360901?";

      orgnr[8] = d;
      g_assert_cmpint (fv_orgnr_is_valid (orgnr), ==, d == '6');
    }

  /* Remainder 1 (check 10): no check digit fits, whatever the ninth. */
  for (char d = '0'; d <= '9'; d++)
    {
      char orgnr[] = "99100002?";

      orgnr[8] = d;
      g_assert_false (fv_orgnr_is_valid (orgnr));
    }

  g_assert_false (fv_orgnr_is_valid (NULL));
  g_assert_false (fv_orgnr_is_valid (""));
  g_assert_false (fv_orgnr_is_valid ("923 609 016"));  /* is_valid wants the stored form */
}

static void
test_spaced (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *spaced = fv_orgnr_normalize ("923 609 016", &error);
  g_autofree char *padded = NULL;
  g_autofree char *formatted = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (spaced, ==, "923609016");

  padded = fv_orgnr_normalize ("  923609016 ", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (padded, ==, "923609016");

  formatted = fv_orgnr_format ("923609016");
  g_assert_cmpstr (formatted, ==, "923 609 016");
}

static void
test_wrong_length (void)
{
  const char *inputs[] = { "92360901", "9236090166", "923 609 01", "", "1" };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *orgnr = fv_orgnr_normalize (inputs[i], &error);

      g_assert_null (orgnr);
      g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT);
      g_assert_nonnull (strstr (error->message, "nine digits"));
    }
}

static void
test_letters (void)
{
  const char *inputs[] = { "92360901X", "NO923609016", "923-609-O16" };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *orgnr = fv_orgnr_normalize (inputs[i], &error);

      g_assert_null (orgnr);
      g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT);
    }
}

static void
test_check_digit_message (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *orgnr = fv_orgnr_normalize ("923 609 017", &error);

  g_assert_null (orgnr);
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "check digit"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/orgnr/valid", test_valid);
  g_test_add_func ("/orgnr/invalid", test_invalid);
  g_test_add_func ("/orgnr/spaced", test_spaced);
  g_test_add_func ("/orgnr/wrong-length", test_wrong_length);
  g_test_add_func ("/orgnr/letters", test_letters);
  g_test_add_func ("/orgnr/check-digit-message", test_check_digit_message);

  return g_test_run ();
}
