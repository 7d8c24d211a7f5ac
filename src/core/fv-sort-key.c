/* fv-sort-key.c — names in Norwegian alphabetical order
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Norwegian sorts … x y z æ ø å, while byte order (and SQLite's NOCASE) puts
 * Å before Æ before Ø. The key is the name case folded, with æ ø å (and their
 * Swedish and Danish cousins ä ö) mapped past z and other accents dropped, so a
 * plain index on the key sorts the registry as a Norwegian reader expects —
 * and as any program reading the file sees it, without a custom collation.
 */

#include "config.h"

#include <string.h>

#include "fv-sort-key.h"

static void
append_folded_char (GString  *key,
                    gunichar  c)
{
  switch (c)
    {
    case 0x00E6: /* æ */
    case 0x00E4: /* ä */
      g_string_append_c (key, '{');
      return;
    case 0x00F8: /* ø */
    case 0x00F6: /* ö */
      g_string_append_c (key, '|');
      return;
    case 0x00E5: /* å */
      g_string_append_c (key, '}');
      return;
    case 0x00FC: /* ü sorts as y in Norwegian */
      g_string_append_c (key, 'y');
      return;
    default:
      break;
    }

  /* Other accented letters sort with their base letter: é as e. */
  {
    gunichar decomposed[4];
    gsize n = g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed));

    if (n > 0 && decomposed[0] < 0x80)
      g_string_append_c (key, (char) decomposed[0]);
    else
      g_string_append_unichar (key, c);
  }
}

static gboolean
is_ascii (const char *text)
{
  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    if (*p >= 0x80)
      return FALSE;
  return TRUE;
}

/**
 * fv_sort_key:
 *
 * Returns: (transfer full): the key that sorts @text in Norwegian order
 */
char *
fv_sort_key (const char *text)
{
  g_autofree char *folded = NULL;
  g_autofree char *composed = NULL;
  GString *key;

  if (text == NULL)
    return g_strdup ("");

  /* Most names are plain ASCII: lower case is all they need. */
  if (is_ascii (text))
    return g_ascii_strdown (text, -1);

  folded = g_utf8_casefold (text, -1);
  composed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFC);
  key = g_string_sized_new (strlen (text));

  for (const char *p = composed ? composed : folded; *p != '\0'; p = g_utf8_next_char (p))
    append_folded_char (key, g_utf8_get_char (p));

  return g_string_free (key, FALSE);
}

static void
sort_key_function (sqlite3_context  *context,
                   int               argc,
                   sqlite3_value   **argv)
{
  const char *text = (const char *) sqlite3_value_text (argv[0]);
  char *key = fv_sort_key (text);

  sqlite3_result_text (context, key, -1, g_free);
}

/* Makes fv_sort_key() available to SQL (the name_key triggers use it). */
int
fv_sort_key_register (sqlite3 *db)
{
  return sqlite3_create_function_v2 (db, "fv_sort_key", 1,
                                     SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                     NULL, sort_key_function, NULL, NULL, NULL);
}
