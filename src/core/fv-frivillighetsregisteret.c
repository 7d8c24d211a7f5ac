/* fv-frivillighetsregisteret.c — ICNPO categories from Frivillighetsregisteret, joined on orgnr
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Frivillighetsregisteret's data carries no name or address, only the
 * organisation number, up to three ranked ICNPO categories and registration
 * facts. It is read as a stream (a JSON array of organisations, or one page of
 * the register's API, {"_embedded": {"frivilligeOrganisasjoner": [ … ]}};
 * plain or gzip) and joined on orgnr with records already read, typically
 * from Enhetsregisteret. Each organisation found is marked as registered and
 * gets its categories, ordered by rekkefoelge.
 *
 * All or nothing: the changes are collected while reading and applied only
 * when the whole file has been read without error.
 *
 * Category numbers. The register's API sends icnpoNummer as text such as
 * "9100" (with kategori "ICNPOKategori.internasjonaleOrganisasjoner" and,
 * in lists, navn null); other copies of the data have "09100", "9 100",
 * "9.100" or "9.1". All of them mean group 9, subgroup 1: code 9100 here.
 * Digits finer than the subgroup ("1210") count as their subgroup (1200). A
 * main group alone ("9") is taken only when the group has a single subgroup
 * (9, 10, 12, 13, 14). Anything else is left out and reported.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "fv-frivillighetsregisteret.h"
#include "fv-json-reader.h"
#include "fv-validate.h"

#define MAX_OBJECT_SIZE (1024 * 1024)
#define MAX_CATEGORIES  16

typedef struct
{
  guint    record;     /* index in the records array */
  int      categories[3];
} Change;

typedef struct
{
  int  code;
  int  rank;
  guint order;
} Ranked;

/* The digits of @text, skipping spaces, up to @stop or the end. */
static gboolean
collect_digits (const char *text,
                char        stop,
                GString    *digits,
                const char **end)
{
  const char *p;

  for (p = text; *p != '\0' && *p != stop; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p);
      else if (*p != ' ' && (guchar) *p != 0xC2 && (guchar) *p != 0xA0)  /* also no-break space */
        return FALSE;
    }
  *end = p;
  return TRUE;
}

/**
 * fv_frivillighetsregisteret_parse_icnpo:
 * @icnpo_nummer: as in the file: "1200", "01200", "1 200", "1.200", "1.2" …
 *
 * Returns: our category code (1100 … 14100), or 0 when it is none of them
 */
int
fv_frivillighetsregisteret_parse_icnpo (const char *icnpo_nummer)
{
  g_autoptr(GString) major = g_string_new (NULL);
  g_autoptr(GString) minor = g_string_new (NULL);
  const char *end;
  int code = 0;

  if (icnpo_nummer == NULL || !collect_digits (icnpo_nummer, '.', major, &end) || major->len == 0)
    return 0;

  if (*end == '.')
    {
      int group = atoi (major->str);
      int sub;

      if (!collect_digits (end + 1, '\0', minor, &end) || minor->len == 0)
        return 0;
      sub = minor->str[0] - '0';
      code = group * 1000 + sub * 100;
    }
  else
    {
      long value = strtol (major->str, NULL, 10);

      if (value >= 1 && value <= 14)
        {
          /* A main group alone: only where it has one subgroup. */
          code = (int) value * 1000 + 100;
          if (fv_validate_icnpo_code (code + 100, NULL))
            return 0;
        }
      else if (value >= 1100 && value <= 14999)
        code = (int) (value / 100) * 100;
    }

  return fv_validate_icnpo_code (code, NULL) ? code : 0;
}

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *x = a, *y = b;

  if (x->rank != y->rank)
    return x->rank < y->rank ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order;
}

/* The current object's categories, ranked, into @change; unknown numbers
 * are reported. */
static void
read_categories (FvJsonReader         *json,
                 FvOrganisationRecord *record,
                 Change               *change,
                 GPtrArray            *skipped)
{
  Ranked ranked[MAX_CATEGORIES];
  guint n = 0;
  guint filled = 0;

  for (guint i = 0; i < MAX_CATEGORIES; i++)
    {
      g_autofree char *number_key = g_strdup_printf ("icnpoKategorier.%u.icnpoNummer", i);
      g_autofree char *rank_key = g_strdup_printf ("icnpoKategorier.%u.rekkefoelge", i);
      const char *number = fv_json_reader_lookup (json, number_key, NULL);
      const char *rank = fv_json_reader_lookup (json, rank_key, NULL);
      int code;

      if (number == NULL)
        {
          g_autofree char *category_key = g_strdup_printf ("icnpoKategorier.%u.kategori", i);

          if (fv_json_reader_lookup (json, category_key, NULL) == NULL && rank == NULL)
            break;
        }

      code = fv_frivillighetsregisteret_parse_icnpo (number);
      if (code == 0)
        {
          /* Translators: %s is the category number as in the file */
          g_autofree char *reason = g_strdup_printf (_("The category number “%s” is not an ICNPO category Frivillig knows; the category was left out."),
                                                     number ? number : "");

          g_ptr_array_add (skipped, fv_import_skip_new (fv_json_reader_get_line (json),
                                                        fv_json_reader_get_index (json),
                                                        record->orgnr, record->name,
                                                        "icnpoKategorier", reason));
          continue;
        }

      ranked[n].code = code;
      ranked[n].rank = rank != NULL ? atoi (rank) : G_MAXINT;
      ranked[n].order = i;
      n++;
    }

  qsort (ranked, n, sizeof (Ranked), compare_ranked);
  for (guint i = 0; i < n && filled < G_N_ELEMENTS (change->categories); i++)
    {
      gboolean seen = FALSE;

      for (guint k = 0; k < filled; k++)
        seen |= change->categories[k] == ranked[i].code;
      if (!seen)
        change->categories[filled++] = ranked[i].code;
    }
}

static gboolean
read_changes (FvImportStream  *text,
              GPtrArray       *records,
              GHashTable      *by_orgnr,
              GArray          *changes,
              GPtrArray       *skipped,
              GCancellable    *cancellable,
              GError         **error)
{
  g_autoptr(FvJsonReader) json = fv_json_reader_new (G_INPUT_STREAM (text));
  GError *local = NULL;

  fv_json_reader_set_max_object_size (json, MAX_OBJECT_SIZE);
  while (fv_json_reader_next (json, cancellable, &local))
    {
      const char *orgnr = fv_json_reader_lookup (json, "organisasjonsnummer", NULL);
      gpointer index;
      Change change = { 0, { 0, 0, 0 } };

      /* Enhetsregisteret's entities have names; these objects never do. */
      if (fv_json_reader_get_index (json) == 1 &&
          (orgnr == NULL || fv_json_reader_lookup (json, "navn", NULL) != NULL))
        {
          g_set_error (error, FV_IMPORT_ERROR, FV_IMPORT_ERROR_FORMAT,
                       _("This is not a file from Frivillighetsregisteret: its objects are not voluntary organisations with an organisasjonsnummer."));
          return FALSE;
        }

      if (orgnr == NULL || !g_hash_table_lookup_extended (by_orgnr, orgnr, NULL, &index))
        continue;

      change.record = GPOINTER_TO_UINT (index);
      read_categories (json, g_ptr_array_index (records, change.record), &change, skipped);
      g_array_append_val (changes, change);
    }

  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  return TRUE;
}

/**
 * fv_frivillighetsregisteret_apply:
 * @stream: the file, JSON, plain or gzip-compressed
 * @size: its size in bytes, for progress; -1 when unknown
 * @records: (element-type FvOrganisationRecord): the records to complete;
 *   changed only when the whole file was read
 * @n_matched: (out) (optional): how many records were found in the file
 * @skipped: (out) (transfer full) (element-type FvImportSkip): categories
 *   left out, with the reason
 *
 * Marks the records found in the file as registered in Frivillighetsregisteret
 * and sets their categories (replacing any). Records not in the file are left
 * as they are.
 */
gboolean
fv_frivillighetsregisteret_apply (GInputStream    *stream,
                                  goffset          size,
                                  GPtrArray       *records,
                                  FvReadProgress   progress,
                                  gpointer         user_data,
                                  guint           *n_matched,
                                  GPtrArray      **skipped,
                                  GCancellable    *cancellable,
                                  GError         **error)
{
  g_autoptr(FvImportStream) text = NULL;
  g_autoptr(GHashTable) by_orgnr = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_autoptr(GPtrArray) left_out = fv_import_skip_list_new ();

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (records != NULL && skipped != NULL, FALSE);

  *skipped = NULL;
  if (n_matched != NULL)
    *n_matched = 0;

  for (guint i = 0; i < records->len; i++)
    {
      FvOrganisationRecord *record = g_ptr_array_index (records, i);

      if (record->orgnr != NULL)
        g_hash_table_insert (by_orgnr, record->orgnr, GUINT_TO_POINTER (i));
    }

  text = fv_import_stream_open (stream, cancellable, error);
  if (text == NULL)
    return FALSE;
  fv_import_stream_set_progress (text, size, progress, user_data);

  if (!read_changes (text, records, by_orgnr, changes, left_out, cancellable, error) ||
      g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  for (guint i = 0; i < changes->len; i++)
    {
      Change *change = &g_array_index (changes, Change, i);
      FvOrganisationRecord *record = g_ptr_array_index (records, change->record);

      record->in_frivillighetsregisteret = TRUE;
      memcpy (record->categories, change->categories, sizeof record->categories);
    }

  fv_import_stream_end_progress (text);
  if (n_matched != NULL)
    *n_matched = changes->len;
  *skipped = g_steal_pointer (&left_out);
  return TRUE;
}

/* fv_frivillighetsregisteret_apply() on a file; its size gives the progress. */
gboolean
fv_frivillighetsregisteret_apply_file (GFile           *file,
                                       GPtrArray       *records,
                                       FvReadProgress   progress,
                                       gpointer         user_data,
                                       guint           *n_matched,
                                       GPtrArray      **skipped,
                                       GCancellable    *cancellable,
                                       GError         **error)
{
  g_autoptr(GFileInputStream) input = NULL;
  g_autoptr(GFileInfo) info = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  input = g_file_read (file, cancellable, error);
  if (input == NULL)
    return FALSE;
  info = g_file_input_stream_query_info (input, G_FILE_ATTRIBUTE_STANDARD_SIZE, cancellable, NULL);

  return fv_frivillighetsregisteret_apply (G_INPUT_STREAM (input), info ? g_file_info_get_size (info) : -1,
                                           records, progress, user_data, n_matched, skipped,
                                           cancellable, error);
}
