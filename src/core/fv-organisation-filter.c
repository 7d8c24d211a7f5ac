/* fv-organisation-filter.c — what the registry shows, turned into SQL
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Filtering happens in SQL, where indexes keep it fast at 100 000 rows. The
 * search text becomes an FTS5 query on the trigram index, which finds words
 * inside Norwegian compounds ("lag" in "idrettslag"); one or two letters,
 * too short for trigrams, match the start of the name through its index.
 * Every value is bound, never pasted into the SQL.
 */

#include "config.h"

#include "fv-organisation-filter.h"
#include "fv-organisation-record.h"
#include "fv-sort-key.h"

G_DEFINE_BOXED_TYPE (FvOrganisationFilter, fv_organisation_filter,
                     fv_organisation_filter_copy, fv_organisation_filter_free)

FvOrganisationFilter *
fv_organisation_filter_new (void)
{
  return g_new0 (FvOrganisationFilter, 1);
}

FvOrganisationFilter *
fv_organisation_filter_copy (const FvOrganisationFilter *filter)
{
  FvOrganisationFilter *copy = g_memdup2 (filter, sizeof *filter);

  copy->search = g_strdup (filter->search);
  copy->tag = g_strdup (filter->tag);
  copy->sector = g_strdup (filter->sector);
  return copy;
}

void
fv_organisation_filter_free (FvOrganisationFilter *filter)
{
  if (filter == NULL)
    return;

  g_free (filter->search);
  g_free (filter->tag);
  g_free (filter->sector);
  g_free (filter);
}

static gboolean
has_text (const char *text)
{
  return text != NULL && *text != '\0';
}

gboolean
fv_organisation_filter_is_empty (const FvOrganisationFilter *filter)
{
  g_autofree char *search = filter->search ? g_strstrip (g_strdup (filter->search)) : NULL;

  return !has_text (search) && filter->category_group == 0 && !has_text (filter->tag) &&
         !has_text (filter->sector) && filter->offer == 0 && filter->need == 0 &&
         filter->activity == FV_ACTIVITY_ANY;
}

/* "923 609 016" is one number, not three words. */
static char *
join_spaced_digits (const char *search)
{
  g_autoptr(GString) joined = g_string_new (NULL);

  for (const char *p = search; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (joined, *p);
      else if (*p != ' ')
        return NULL;
    }

  return joined->len > 0 ? g_string_free (g_steal_pointer (&joined), FALSE) : NULL;
}

/* A phrase for FTS5: quotes doubled, so the user's text is never query syntax. */
static void
append_fts_phrase (GString    *query,
                   const char *word)
{
  if (query->len > 0)
    g_string_append_c (query, ' ');
  g_string_append_c (query, '"');
  for (const char *p = word; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (query, '"');
      g_string_append_c (query, *p);
    }
  g_string_append_c (query, '"');
}

/* The first string that sorts after every string starting with @prefix. */
static char *
prefix_upper_bound (const char *prefix)
{
  return g_strconcat (prefix, "\xf4\x8f\xbf\xbf", NULL);
}

static void
add_search (GString    *where,
            GPtrArray  *values,
            const char *search)
{
  g_autofree char *digits = join_spaced_digits (search);
  g_auto(GStrv) words = NULL;
  g_autoptr(GString) fts = g_string_new (NULL);
  g_autoptr(GPtrArray) short_words = g_ptr_array_new ();

  if (digits != NULL)
    {
      g_string_append (where, " AND (o.orgnr LIKE ? || '%')");
      g_ptr_array_add (values, g_steal_pointer (&digits));
      return;
    }

  words = g_strsplit_set (search, " \t", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0')
        continue;
      if (g_utf8_strlen (words[i], -1) >= 3)
        append_fts_phrase (fts, words[i]);
      else
        g_ptr_array_add (short_words, words[i]);
    }

  if (fts->len > 0)
    {
      g_string_append (where, " AND o.id IN (SELECT rowid FROM organisation_search"
                              " WHERE organisation_search MATCH ?)");
      g_ptr_array_add (values, g_string_free (g_steal_pointer (&fts), FALSE));

      /* Words too short for trigrams narrow what the index found: "Leiret IL". */
      for (guint i = 0; i < short_words->len; i++)
        {
          g_string_append (where, " AND (o.name || ' ' || coalesce (o.short_name, '')) LIKE '%' || ? || '%'");
          g_ptr_array_add (values, g_strdup (g_ptr_array_index (short_words, i)));
        }
      return;
    }

  /* Only a letter or two, as the first keystrokes: names starting with them,
   * through the index on the sort key. */
  for (guint i = 0; i < short_words->len; i++)
    {
      g_autofree char *key = fv_sort_key (g_ptr_array_index (short_words, i));

      g_string_append (where, " AND (o.name_key >= ? AND o.name_key < ?)");
      g_ptr_array_add (values, g_strdup (key));
      g_ptr_array_add (values, prefix_upper_bound (key));
    }
}

static const char *
kind_key (const FvKind *kinds,
          guint         n_kinds,
          guint         flag)
{
  for (guint i = 0; i < n_kinds; i++)
    if (kinds[i].flag == flag)
      return kinds[i].key;

  return NULL;
}

/**
 * fv_organisation_filter_to_where:
 * @values: (out) (transfer full): the values to bind, in order
 *
 * Returns: (transfer full): a condition on `organisation o`, starting "1"
 *   and then " AND …" clauses with `?` for each of @values
 */
char *
fv_organisation_filter_to_where (const FvOrganisationFilter  *filter,
                                 GPtrArray                  **values)
{
  GString *where = g_string_new ("1");
  guint n_kinds;

  *values = g_ptr_array_new_with_free_func (g_free);

  if (has_text (filter->search))
    {
      g_autofree char *search = g_strstrip (g_strdup (filter->search));

      if (*search != '\0')
        add_search (where, *values, search);
    }

  if (filter->category_group > 0)
    {
      g_string_append (where, " AND EXISTS (SELECT 1 FROM organisation_category oc"
                              " JOIN icnpo_category c ON c.code = oc.category_code"
                              " WHERE oc.organisation_id = o.id AND c.main_group = ?)");
      g_ptr_array_add (*values, g_strdup_printf ("%d", filter->category_group));
    }

  if (has_text (filter->tag))
    {
      g_string_append (where, " AND EXISTS (SELECT 1 FROM organisation_tag ot JOIN tag t ON t.id = ot.tag_id"
                              " WHERE ot.organisation_id = o.id AND t.name = ?)");
      g_ptr_array_add (*values, g_strdup (filter->tag));
    }

  if (has_text (filter->sector))
    {
      g_string_append (where, " AND o.sector = ?");
      g_ptr_array_add (*values, g_strdup (filter->sector));
    }

  if (filter->offer != 0)
    {
      g_string_append (where, " AND EXISTS (SELECT 1 FROM organisation_offer f"
                              " WHERE f.organisation_id = o.id AND f.kind = ?)");
      g_ptr_array_add (*values, g_strdup (kind_key (fv_offer_kinds (&n_kinds), n_kinds, filter->offer)));
    }

  if (filter->need != 0)
    {
      g_string_append (where, " AND EXISTS (SELECT 1 FROM organisation_need n"
                              " WHERE n.organisation_id = o.id AND n.kind = ?)");
      g_ptr_array_add (*values, g_strdup (kind_key (fv_need_kinds (&n_kinds), n_kinds, filter->need)));
    }

  if (filter->activity != FV_ACTIVITY_ANY)
    g_string_append (where, filter->activity == FV_ACTIVITY_ACTIVE ? " AND o.active = 1" : " AND o.active = 0");

  return g_string_free (where, FALSE);
}

/* Binds @values as text, from parameter @first_index on. */
void
fv_organisation_filter_bind (sqlite3_stmt *stmt,
                             GPtrArray    *values,
                             int           first_index)
{
  for (guint i = 0; i < values->len; i++)
    sqlite3_bind_text (stmt, first_index + (int) i, g_ptr_array_index (values, i), -1, SQLITE_TRANSIENT);
}
