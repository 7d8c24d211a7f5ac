/* fv-synthetic.c — synthetic registries of realistic size for benchmarks
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Names are built like real Norwegian association names ("Nordre Vinje
 * idrettslag", "Rykkinn skolekorps") so that search and sorting meet the
 * same compounds and letters (æøå) as in a real municipality.
 */

#include "config.h"

#include "fv-synthetic.h"

static const char * const places[] = {
  "Elverum", "Leiret", "Bærum", "Rykkinn", "Sandvika", "Lier", "Vinje", "Åmot", "Øvre Eiker",
  "Tranby", "Sylling", "Rjukan", "Hønefoss", "Bekkestua", "Stabekk", "Jar", "Fornebu", "Hamar",
};
static const char * const prefixes[] = {
  "", "Nordre ", "Søndre ", "Østre ", "Vestre ", "Gamle ", "Nye ",
};
static const char * const kinds[] = {
  "idrettslag", "skolekorps", "speidergruppe", "sanitetsforening", "bygdekvinnelag",
  "velforening", "historielag", "mannskor", "frivilligsentral", "turlag", "skiklubb",
  "fotballklubb", "Røde Kors", "Lions Club", "menighet", "ungdomslag", "pensjonistforening",
  "teaterlag", "husflidslag", "jeger- og fiskerforening",
};
static const char * const sectors[] = { "voluntary", "voluntary", "voluntary", "public", "business" };
static const int categories[] = {
  1100, 1200, 1300, 2300, 3400, 4100, 4200, 5100, 6100, 7100, 8200, 10100, 12100, 13100, 14100,
};

char *
fv_synthetic_organisation_name (GRand *rand,
                                guint  index)
{
  const char *prefix = prefixes[g_rand_int_range (rand, 0, G_N_ELEMENTS (prefixes))];
  const char *place = places[g_rand_int_range (rand, 0, G_N_ELEMENTS (places))];
  const char *kind = kinds[g_rand_int_range (rand, 0, G_N_ELEMENTS (kinds))];

  /* The index keeps names distinct, as real registries mostly are. */
  return g_strdup_printf ("%s%s %s %u", prefix, place, kind, index);
}

/* A valid organisation number (MOD11 check digit), distinct per index. */
char *
fv_synthetic_orgnr (guint index)
{
  static const int weights[] = { 3, 2, 7, 6, 5, 4, 3, 2 };
  guint base = 80000000 + index * 7;
  char digits[10];
  int sum = 0;
  int check;

  for (;; base++)
    {
      g_snprintf (digits, sizeof digits, "%08u", base);
      sum = 0;
      for (int i = 0; i < 8; i++)
        sum += (digits[i] - '0') * weights[i];
      check = 11 - (sum % 11);
      if (check == 11)
        check = 0;
      if (check != 10)
        break;
    }
  digits[8] = (char) ('0' + check);
  digits[9] = '\0';
  return g_strdup (digits);
}

/* Inserts with the search index's triggers on: the path a real import takes today. */
gboolean
fv_synthetic_fill (FvDatabase  *database,
                   guint        n_organisations,
                   GError     **error)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (2026);
  g_autoptr(sqlite3_stmt) organisation = NULL;
  g_autoptr(sqlite3_stmt) category = NULL;

  if (!fv_database_begin (database, error))
    return FALSE;

  organisation = fv_database_prepare (database,
                                      "INSERT INTO organisation (name, orgnr, sector, place, email, phone, source) "
                                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'csv');",
                                      error);
  category = fv_database_prepare (database,
                                  "INSERT INTO organisation_category (organisation_id, rank, category_code) "
                                  "VALUES (?1, 1, ?2);",
                                  error);
  if (organisation == NULL || category == NULL)
    goto failed;

  for (guint i = 0; i < n_organisations; i++)
    {
      g_autofree char *name = fv_synthetic_organisation_name (rand, i);
      g_autofree char *orgnr = fv_synthetic_orgnr (i);
      g_autofree char *email = g_strdup_printf ("post%u@example.org", i);
      g_autofree char *phone = g_strdup_printf ("9%02u %02u %03u", i % 100, (i / 100) % 100, i % 1000);

      sqlite3_bind_text (organisation, 1, name, -1, SQLITE_STATIC);
      sqlite3_bind_text (organisation, 2, orgnr, -1, SQLITE_STATIC);
      sqlite3_bind_text (organisation, 3, sectors[i % G_N_ELEMENTS (sectors)], -1, SQLITE_STATIC);
      sqlite3_bind_text (organisation, 4, places[i % G_N_ELEMENTS (places)], -1, SQLITE_STATIC);
      sqlite3_bind_text (organisation, 5, email, -1, SQLITE_STATIC);
      sqlite3_bind_text (organisation, 6, phone, -1, SQLITE_STATIC);
      if (!fv_database_step_done (database, organisation, error))
        goto failed;

      sqlite3_bind_int64 (category, 1, sqlite3_last_insert_rowid (fv_database_get_handle (database)));
      sqlite3_bind_int (category, 2, categories[i % G_N_ELEMENTS (categories)]);
      if (!fv_database_step_done (database, category, error))
        goto failed;
    }

  fv_database_note_change (database, "organisation", 0);
  return fv_database_commit (database, error);

failed:
  fv_database_rollback (database);
  return FALSE;
}
