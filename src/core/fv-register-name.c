/* fv-register-name.c — organisation names from the register, written as people write them
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Enhetsregisteret publishes every name in capitals: "NORDRE VINJE
 * IDRETTSLAG". Shown like that in lists, reports and notater they shout.
 * Norwegian writes such a name "Nordre Vinje idrettslag": the first word
 * and proper names capitalised, the kind of organisation and small words in
 * lower case, abbreviations as they are. Which word is a proper name cannot
 * be known, so this is a rule of thumb: words that name a kind of
 * organisation (they end in -lag, -forening, -klubb, …), adjectives in
 * -lige/-ske and small words go to lower case, the rest is capitalised.
 * The coordinator can correct a name, and a later import keeps a name that
 * differs from the register only in case.
 */

#include "config.h"

#include <string.h>

#include "fv-register-name.h"

/* Kinds of organisation, as the end of a word: "idrettslag", "sanitetsforening". */
static const char * const kind_endings[] = {
  "lag", "laget", "forening", "foreningen", "foreninger", "klubb", "klubben", "korps", "korpset",
  "kor", "koret", "gruppe", "gruppa", "gruppen", "sentral", "sentralen", "menighet", "menigheten",
  "råd", "rådet", "selskap", "selskapet", "samfunn", "stiftelse", "stiftelsen", "senter",
  "senteret", "utvalg", "utvalget", "vel", "velet", "kirke", "kirken", "kirkja", "forbund",
  "forbundet", "allianse", "speidere", "speiderne", "krets", "kretsen", "hjelp", "hjelpen",
  "skole", "skolen", "barnehage", "barnehagen", "hus", "huset", "ring", "ringen", "union",
  "forum", "nettverk", "nettverket", "orkester", "orkesteret", "teater", "teateret", "museum",
  "museet", "lydighetsklubb", "pensjonister", "pensjonistforening",
};

/* Small words inside a name: "Jeger- og fiskerforening", "Venner av Vinje". */
static const char * const small_words[] = {
  "og", "i", "på", "for", "av", "til", "med", "ved", "fra", "mot", "om", "under", "over",
  "de", "det", "den", "en", "et", "ei", "som", "å",
};

/* Abbreviations that are words of a few letters with a vowel; words
 * without a vowel ("SK", "FK", "NHF") are abbreviations anyway. */
static const char * const abbreviations[] = {
  "IL", "IF", "IK", "UL", "AS", "SA", "BA", "ASA", "ANS", "DA", "DNT", "KFUM", "KFUK", "NLM",
  "NKS", "FAU", "SU", "HL", "NOR", "ISF", "BUL", "MC", "EU", "IOGT", "ANSA",
};

static gboolean
in_list (const char         *word,
         const char * const *list,
         gsize               n)
{
  for (gsize i = 0; i < n; i++)
    if (strcmp (word, list[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
has_vowel (const char *upper)
{
  for (const char *p = upper; *p != '\0'; p = g_utf8_next_char (p))
    if (g_utf8_strchr ("AEIOUYÆØÅÄÖÜÉ", -1, g_utf8_get_char (p)) != NULL)
      return TRUE;
  return FALSE;
}

static gboolean
names_a_kind (const char *lower)
{
  for (gsize i = 0; i < G_N_ELEMENTS (kind_endings); i++)
    if (g_str_has_suffix (lower, kind_endings[i]))
      return TRUE;
  /* Adjectives: "kirkelige", "norske", "frivillige". */
  return g_str_has_suffix (lower, "lige") || g_str_has_suffix (lower, "ske");
}

static void
append_capitalised (GString    *out,
                    const char *lower)
{
  gunichar first = g_utf8_get_char (lower);
  char buffer[6];

  g_string_append_len (out, buffer, g_unichar_to_utf8 (g_unichar_totitle (first), buffer));
  g_string_append (out, g_utf8_next_char (lower));
}

typedef enum
{
  KIND_ORGANISATION,
  KIND_PLACE,
} NameKind;

static void
append_core (GString    *out,
             const char *core,
             NameKind    kind,
             gboolean    first_in_name)
{
  g_autofree char *lower = g_utf8_strdown (core, -1);

  if (in_list (core, abbreviations, G_N_ELEMENTS (abbreviations)) || !has_vowel (core) ||
      g_ascii_isdigit (*core))
    g_string_append (out, core);
  else if (!first_in_name && (in_list (lower, small_words, G_N_ELEMENTS (small_words)) ||
                               (kind == KIND_ORGANISATION && names_a_kind (lower))))
    g_string_append (out, lower);
  else
    append_capitalised (out, lower);
}

/* One part of a word between hyphens, as it is to be written; what
 * surrounds its letters ("(", ",", ".") stays as it is. */
static void
append_part (GString    *out,
             const char *part,
             NameKind    kind,
             gboolean    first_in_name)
{
  const char *start = part;
  const char *end = part + strlen (part);
  g_autofree char *core = NULL;

  while (*start != '\0' && !g_unichar_isalnum (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start && !g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (end))))
    end = g_utf8_prev_char (end);

  g_string_append_len (out, part, start - part);
  if (end > start)
    {
      core = g_strndup (start, end - start);
      append_core (out, core, kind, first_in_name);
    }
  g_string_append (out, end);
}

/**
 * fv_register_name_is_shouted:
 *
 * Returns: %TRUE when @name has letters and none of them is lower case
 */
gboolean
fv_register_name_is_shouted (const char *name)
{
  gboolean letters = FALSE;

  if (name == NULL || !g_utf8_validate (name, -1, NULL))
    return FALSE;
  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_islower (c))
        return FALSE;
      letters = letters || g_unichar_isalpha (c);
    }
  return letters;
}

static char *
tidy (const char *name,
      NameKind    kind)
{
  g_auto(GStrv) words = NULL;
  GString *out;
  gboolean first = TRUE;

  if (!fv_register_name_is_shouted (name))
    return g_strdup (name);

  words = g_strsplit (name, " ", -1);
  out = g_string_new (NULL);
  for (guint w = 0; words[w] != NULL; w++)
    {
      g_auto(GStrv) parts = g_strsplit (words[w], "-", -1);

      if (*words[w] == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      for (guint p = 0; parts[p] != NULL; p++)
        {
          if (p > 0)
            g_string_append_c (out, '-');
          append_part (out, parts[p], kind, first);
          first = first && *parts[p] == '\0';
        }
    }

  return g_string_free (out, FALSE);
}

/**
 * fv_register_name_tidy:
 * @name: (nullable): an organisation's name as the register publishes it
 *
 * Returns: (transfer full) (nullable): @name as people write it; a name that
 *   is not all capitals is returned as it is
 */
char *
fv_register_name_tidy (const char *name)
{
  return tidy (name, KIND_ORGANISATION);
}

/**
 * fv_register_place_tidy:
 * @place: (nullable): a postal place as the register publishes it, "MO I RANA"
 *
 * Returns: (transfer full) (nullable): "Mo i Rana"; every word of a place
 *   is a name
 */
char *
fv_register_place_tidy (const char *place)
{
  return tidy (place, KIND_PLACE);
}
