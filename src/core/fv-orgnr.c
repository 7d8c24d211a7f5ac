/* fv-orgnr.c — Norwegian organisation numbers (organisasjonsnummer)
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Nine digits; the ninth is a MOD11 check digit over the first eight with
 * weights 3 2 7 6 5 4 3 2. Users type them with spaces ("923 609 016"): we
 * accept that and store the nine digits.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fv-database.h"
#include "fv-orgnr.h"

static const int weights[8] = { 3, 2, 7, 6, 5, 4, 3, 2 };

/* The check digit for eight digits, or -1 when no digit fits (remainder 1). */
static int
check_digit (const char *digits)
{
  int sum = 0;
  int check;

  for (int i = 0; i < 8; i++)
    sum += (digits[i] - '0') * weights[i];

  check = 11 - (sum % 11);
  if (check == 11)
    return 0;
  if (check == 10)
    return -1;
  return check;
}

/* TRUE for exactly nine digits with a correct check digit. */
gboolean
fv_orgnr_is_valid (const char *orgnr)
{
  if (orgnr == NULL || strlen (orgnr) != 9)
    return FALSE;
  for (int i = 0; i < 9; i++)
    if (!g_ascii_isdigit (orgnr[i]))
      return FALSE;

  return check_digit (orgnr) == orgnr[8] - '0';
}

/**
 * fv_orgnr_normalize:
 * @input: what the user typed, spaces allowed ("923 609 016")
 *
 * Returns: (transfer full): the nine digits, or %NULL with @error set to a
 *   message that says what is wrong
 */
char *
fv_orgnr_normalize (const char  *input,
                    GError     **error)
{
  g_autoptr(GString) digits = g_string_new (NULL);

  for (const char *p = input ? input : ""; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p);
      else if (*p != ' ' && *p != '\t' && *p != '.' && *p != '-')
        {
          g_set_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT,
                       _("An organisation number has only digits."));
          return NULL;
        }
    }

  if (digits->len != 9)
    {
      g_set_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT,
                   /* Translators: %u is how many digits were typed */
                   _("An organisation number has nine digits, not %u."), (guint) digits->len);
      return NULL;
    }

  if (!fv_orgnr_is_valid (digits->str))
    {
      g_set_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT,
                   _("This is not a valid organisation number: the check digit does not match."));
      return NULL;
    }

  return g_string_free (g_steal_pointer (&digits), FALSE);
}

/* "923609016" → "923 609 016", as people write and read them. */
char *
fv_orgnr_format (const char *orgnr)
{
  if (orgnr == NULL || strlen (orgnr) != 9)
    return g_strdup (orgnr);

  return g_strdup_printf ("%.3s %.3s %.3s", orgnr, orgnr + 3, orgnr + 6);
}
