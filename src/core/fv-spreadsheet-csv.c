/* fv-spreadsheet-csv.c — the registry as a spreadsheet file, out and back in without loss
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Export writes what LibreOffice and Excel open cleanly with æøå intact: UTF-8
 * with a byte order mark (Excel needs it to see UTF-8), semicolons (the
 * separator Excel expects where the decimal mark is a comma, as in Norway),
 * CRLF line ends, and fields quoted when they hold a separator, a quote, a
 * line break or white space at either end.
 *
 * One row per organisation; the first row names the columns (see columns[]
 * below: the record's own field names). Fields that hold lists:
 *   categories  ICNPO codes in rank order, "1200, 13100"
 *   tags        "kultur, nærmiljø" (a tag holds no comma: fv_validate_tag())
 *   offers      keys, "courses, time, dugnad" (fv_offer_kinds())
 *   needs       keys, "premises, funding" (fv_need_kinds())
 *   contacts    one person per line: "name | role | phone | email"; a \, | or
 *               line break inside a value is written \\, \| or \n
 *   active, in_frivillighetsregisteret, public_listing_consent: yes / no
 *   members_total, members_under_20: a whole number, empty when unknown
 *   id          the database row, empty for none; created_at/updated_at ISO 8601
 * Empty fields are NULL (unknown).
 *
 * Import takes that file back, and also what people make of it in a
 * spreadsheet: commas or semicolons, UTF-8 or Windows-1252 (see
 * fv-csv-reader.c for how the encoding is recognised), line breaks inside
 * quoted fields, columns in any order and only the ones wanted ("name" is
 * the one required), a few Norwegian column names (navn, e-post, …), offer
 * and need labels as well as keys, yes/no as ja/nei/true/false/1/0/x, and
 * postcodes and municipality numbers whose leading zeros a spreadsheet
 * dropped ("150" is 0150). Every row is checked — organisation numbers
 * (MOD11), e-mail, phone, web address, postcode, municipality number, sector,
 * numbers, offer and need keys, ICNPO codes, contacts, duplicates — and every
 * problem is collected with its line and column before the import fails as
 * a whole: records come back only when every row is good.
 *
 * Export → import gives back the same records, with one exception: white
 * space around single-line values (a name, an e-mail address) is not kept.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "fv-csv-reader.h"
#include "fv-database.h"
#include "fv-frivillighetsregisteret.h"
#include "fv-orgnr.h"
#include "fv-spreadsheet-csv.h"
#include "fv-validate.h"

#define FLUSH_SIZE      (64 * 1024)
#define MAX_RECORD_SIZE (1024 * 1024)
#define MAX_PROBLEMS    1000

typedef enum
{
  COL_ID,
  COL_ORGNR,
  COL_NAME,
  COL_SHORT_NAME,
  COL_ORG_FORM,
  COL_SECTOR,
  COL_CATEGORIES,
  COL_TAGS,
  COL_EMAIL,
  COL_PHONE,
  COL_WEBSITE,
  COL_STREET,
  COL_POSTCODE,
  COL_PLACE,
  COL_MUNICIPALITY_NUMBER,
  COL_DISTRICT,
  COL_MEMBERS_TOTAL,
  COL_MEMBERS_UNDER_20,
  COL_DESCRIPTION,
  COL_OFFERS,
  COL_OFFERS_NOTE,
  COL_NEEDS,
  COL_NEEDS_NOTE,
  COL_CONTACTS,
  COL_ACTIVE,
  COL_IN_FRIVILLIGHETSREGISTERET,
  COL_PUBLIC_LISTING_CONSENT,
  COL_REGISTER_STATUS,
  COL_NOTES,
  COL_SOURCE,
  COL_CREATED_AT,
  COL_UPDATED_AT,
  N_COLUMNS
} Column;

static const char * const columns[N_COLUMNS + 1] = {
  "id", "orgnr", "name", "short_name", "org_form", "sector", "categories", "tags", "email",
  "phone", "website", "street", "postcode", "place", "municipality_number", "district",
  "members_total", "members_under_20", "description", "offers", "offers_note", "needs",
  "needs_note", "contacts", "active", "in_frivillighetsregisteret", "public_listing_consent",
  "register_status", "notes", "source", "created_at", "updated_at", NULL
};

/* Column names people use in their own spreadsheets. */
static const struct
{
  const char *name;
  Column      column;
} aliases[] = {
  { "organisasjonsnummer", COL_ORGNR },
  { "orgnr.", COL_ORGNR },
  { "navn", COL_NAME },
  { "kortnavn", COL_SHORT_NAME },
  { "organisasjonsform", COL_ORG_FORM },
  { "sektor", COL_SECTOR },
  { "kategorier", COL_CATEGORIES },
  { "e-post", COL_EMAIL },
  { "epost", COL_EMAIL },
  { "telefon", COL_PHONE },
  { "nettside", COL_WEBSITE },
  { "hjemmeside", COL_WEBSITE },
  { "adresse", COL_STREET },
  { "postnummer", COL_POSTCODE },
  { "poststed", COL_PLACE },
  { "kommunenummer", COL_MUNICIPALITY_NUMBER },
  { "bydel", COL_DISTRICT },
  { "beskrivelse", COL_DESCRIPTION },
  { "notater", COL_NOTES },
};

/* Where the plain text fields live in a record. */
static const struct
{
  Column   column;
  gsize    offset;
  gboolean multi_line;
} text_fields[] = {
  { COL_NAME, G_STRUCT_OFFSET (FvOrganisationRecord, name), FALSE },
  { COL_SHORT_NAME, G_STRUCT_OFFSET (FvOrganisationRecord, short_name), FALSE },
  { COL_ORG_FORM, G_STRUCT_OFFSET (FvOrganisationRecord, org_form), FALSE },
  { COL_EMAIL, G_STRUCT_OFFSET (FvOrganisationRecord, email), FALSE },
  { COL_PHONE, G_STRUCT_OFFSET (FvOrganisationRecord, phone), FALSE },
  { COL_WEBSITE, G_STRUCT_OFFSET (FvOrganisationRecord, website), FALSE },
  { COL_STREET, G_STRUCT_OFFSET (FvOrganisationRecord, street), FALSE },
  { COL_PLACE, G_STRUCT_OFFSET (FvOrganisationRecord, place), FALSE },
  { COL_DISTRICT, G_STRUCT_OFFSET (FvOrganisationRecord, district), FALSE },
  { COL_DESCRIPTION, G_STRUCT_OFFSET (FvOrganisationRecord, description), TRUE },
  { COL_OFFERS_NOTE, G_STRUCT_OFFSET (FvOrganisationRecord, offers_note), TRUE },
  { COL_NEEDS_NOTE, G_STRUCT_OFFSET (FvOrganisationRecord, needs_note), TRUE },
  { COL_NOTES, G_STRUCT_OFFSET (FvOrganisationRecord, notes), TRUE },
  { COL_CREATED_AT, G_STRUCT_OFFSET (FvOrganisationRecord, created_at), FALSE },
  { COL_UPDATED_AT, G_STRUCT_OFFSET (FvOrganisationRecord, updated_at), FALSE },
};

/* The file's column names, in the order export writes them. */
const char * const *
fv_spreadsheet_csv_columns (void)
{
  return columns;
}

/* ---- Export ------------------------------------------------------------ */

static void
append_field (GString    *out,
              const char *value)
{
  gsize length;

  if (value == NULL || *value == '\0')
    return;

  length = strlen (value);
  if (strpbrk (value, ";,\"\r\n") == NULL && !g_ascii_isspace (value[0]) &&
      !g_ascii_isspace (value[length - 1]))
    {
      g_string_append_len (out, value, length);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
append_kinds (GString      *out,
              const FvKind *kinds,
              guint         n_kinds,
              guint         flags)
{
  for (guint i = 0; i < n_kinds; i++)
    if (flags & kinds[i].flag)
      g_string_append_printf (out, "%s%s", out->len > 0 ? ", " : "", kinds[i].key);
}

static void
append_escaped (GString    *out,
                const char *value)
{
  for (const char *p = value ? value : ""; *p != '\0'; p++)
    {
      if (*p == '\\' || *p == '|')
        g_string_append_c (out, '\\');
      if (*p == '\n')
        g_string_append (out, "\\n");
      else if (*p == '\r')
        g_string_append (out, "\\r");
      else
        g_string_append_c (out, *p);
    }
}

static void
append_contacts (GString   *out,
                 GPtrArray *contacts)
{
  for (guint i = 0; contacts != NULL && i < contacts->len; i++)
    {
      FvContact *contact = g_ptr_array_index (contacts, i);
      const char *parts[] = { contact->name, contact->role, contact->phone, contact->email };
      guint n = G_N_ELEMENTS (parts);

      /* Trailing empty parts are left out: "Kari Nordmann | leder". */
      while (n > 1 && (parts[n - 1] == NULL || *parts[n - 1] == '\0'))
        n--;
      if (i > 0)
        g_string_append_c (out, '\n');
      for (guint k = 0; k < n; k++)
        {
          if (k > 0)
            g_string_append (out, " | ");
          append_escaped (out, parts[k]);
        }
    }
}

/* The text of one column of @record into @value (emptied first). */
static void
format_column (const FvOrganisationRecord *record,
               Column                      column,
               GString                    *value)
{
  const FvKind *kinds;
  guint n_kinds;

  g_string_truncate (value, 0);
  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    if (text_fields[i].column == column)
      {
        const char *text = G_STRUCT_MEMBER (char *, record, text_fields[i].offset);

        if (text != NULL)
          g_string_append (value, text);
        return;
      }

  switch (column)
    {
    case COL_ID:
      if (record->id > 0)
        g_string_append_printf (value, "%" G_GINT64_FORMAT, record->id);
      break;
    case COL_ORGNR:
      g_string_append (value, record->orgnr ? record->orgnr : "");
      break;
    case COL_SECTOR:
      g_string_append (value, record->sector ? record->sector : "");
      break;
    case COL_CATEGORIES:
      for (guint i = 0; i < G_N_ELEMENTS (record->categories); i++)
        if (record->categories[i] != 0)
          g_string_append_printf (value, "%s%d", value->len > 0 ? ", " : "", record->categories[i]);
      break;
    case COL_TAGS:
      for (guint i = 0; record->tags != NULL && i < record->tags->len; i++)
        g_string_append_printf (value, "%s%s", i > 0 ? ", " : "",
                                (const char *) g_ptr_array_index (record->tags, i));
      break;
    case COL_POSTCODE:
      g_string_append (value, record->postcode ? record->postcode : "");
      break;
    case COL_MUNICIPALITY_NUMBER:
      g_string_append (value, record->municipality_number ? record->municipality_number : "");
      break;
    case COL_MEMBERS_TOTAL:
      if (record->members_total >= 0)
        g_string_append_printf (value, "%" G_GINT64_FORMAT, record->members_total);
      break;
    case COL_MEMBERS_UNDER_20:
      if (record->members_under_20 >= 0)
        g_string_append_printf (value, "%" G_GINT64_FORMAT, record->members_under_20);
      break;
    case COL_OFFERS:
      kinds = fv_offer_kinds (&n_kinds);
      append_kinds (value, kinds, n_kinds, record->offers);
      break;
    case COL_NEEDS:
      kinds = fv_need_kinds (&n_kinds);
      append_kinds (value, kinds, n_kinds, record->needs);
      break;
    case COL_CONTACTS:
      append_contacts (value, record->contacts);
      break;
    case COL_ACTIVE:
      g_string_append (value, record->active ? "yes" : "no");
      break;
    case COL_IN_FRIVILLIGHETSREGISTERET:
      g_string_append (value, record->in_frivillighetsregisteret ? "yes" : "no");
      break;
    case COL_PUBLIC_LISTING_CONSENT:
      g_string_append (value, record->public_listing_consent ? "yes" : "no");
      break;
    case COL_REGISTER_STATUS:
      g_string_append (value, record->register_status ? record->register_status : "");
      break;
    case COL_SOURCE:
      g_string_append (value, record->source ? record->source : "");
      break;
    default:
      g_assert_not_reached ();
    }
}

static gboolean
flush (GOutputStream  *stream,
       GString        *out,
       GCancellable   *cancellable,
       GError        **error)
{
  if (!g_output_stream_write_all (stream, out->str, out->len, NULL, cancellable, error))
    return FALSE;
  g_string_truncate (out, 0);
  return TRUE;
}

/**
 * fv_spreadsheet_csv_write:
 * @records: (element-type FvOrganisationRecord): what to write, in order
 *
 * Writes the spreadsheet file; the stream is not closed.
 */
gboolean
fv_spreadsheet_csv_write (GOutputStream  *stream,
                          GPtrArray      *records,
                          GCancellable   *cancellable,
                          GError        **error)
{
  g_autoptr(GString) out = g_string_sized_new (FLUSH_SIZE + 4096);
  g_autoptr(GString) value = g_string_new (NULL);

  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (records != NULL, FALSE);

  g_string_append (out, "\xEF\xBB\xBF");
  for (guint c = 0; c < N_COLUMNS; c++)
    g_string_append_printf (out, "%s%s", c > 0 ? ";" : "", columns[c]);
  g_string_append (out, "\r\n");

  for (guint i = 0; i < records->len; i++)
    {
      const FvOrganisationRecord *record = g_ptr_array_index (records, i);

      for (guint c = 0; c < N_COLUMNS; c++)
        {
          if (c > 0)
            g_string_append_c (out, ';');
          format_column (record, c, value);
          append_field (out, value->str);
        }
      g_string_append (out, "\r\n");

      if (out->len >= FLUSH_SIZE &&
          (g_cancellable_set_error_if_cancelled (cancellable, error) ||
           !flush (stream, out, cancellable, error)))
        return FALSE;
    }

  return flush (stream, out, cancellable, error);
}

/* ---- Import ------------------------------------------------------------ */

typedef struct
{
  FvCsvReader *csv;
  int          map[N_COLUMNS];    /* the file's field for each column, or -1 */
  char       **header;            /* the file's column names, as written */
  GPtrArray   *problems;
  guint        n_problems;        /* all of them, also beyond MAX_PROBLEMS */
  guint        n_bad_rows;
  GHashTable  *orgnr_lines;       /* orgnr → first line */
} Import;

static void
problem (Import     *import,
         guint64     line,
         const char *column,
         const char *message)
{
  import->n_problems++;
  if (import->problems->len < MAX_PROBLEMS)
    g_ptr_array_add (import->problems, fv_import_skip_new (line, 0, NULL, NULL, column, message));
}

/* A problem with field @column of the current row, named as the file names it. */
static void
field_problem (Import     *import,
               Column      column,
               const char *message)
{
  problem (import, fv_csv_reader_get_line (import->csv), import->header[import->map[column]], message);
}

static char *
normalise_name (const char *name)
{
  g_autofree char *copy = g_strstrip (g_strdup (name));

  return g_utf8_strdown (copy, -1);
}

static gboolean
find_column (const char *name,
             Column     *column)
{
  g_autofree char *key = normalise_name (name);

  for (guint c = 0; c < N_COLUMNS; c++)
    if (strcmp (key, columns[c]) == 0)
      {
        *column = c;
        return TRUE;
      }
  for (guint i = 0; i < G_N_ELEMENTS (aliases); i++)
    if (strcmp (key, aliases[i].name) == 0)
      {
        *column = aliases[i].column;
        return TRUE;
      }
  return FALSE;
}

static gboolean
read_header (Import        *import,
             GCancellable  *cancellable,
             GError       **error)
{
  GError *local = NULL;
  guint n;

  if (!fv_csv_reader_next (import->csv, cancellable, &local))
    {
      if (local == NULL)
        g_set_error (&local, FV_IMPORT_ERROR, FV_IMPORT_ERROR_EMPTY, _("The file is empty."));
      g_propagate_error (error, local);
      return FALSE;
    }

  n = fv_csv_reader_get_n_fields (import->csv);
  import->header = g_new0 (char *, n + 1);
  for (guint c = 0; c < N_COLUMNS; c++)
    import->map[c] = -1;

  for (guint i = 0; i < n; i++)
    {
      Column column;

      import->header[i] = fv_csv_reader_dup (import->csv, i, error);
      if (import->header[i] == NULL)
        return FALSE;
      g_strstrip (import->header[i]);

      if (import->header[i][0] == '\0' && i == n - 1 && n > 1)
        continue;  /* a trailing separator */
      if (!find_column (import->header[i], &column))
        problem (import, 1, import->header[i],
                 _("Frivillig does not know this column. Rename it to one of the columns of an exported file, or remove it."));
      else if (import->map[column] >= 0)
        problem (import, 1, import->header[i], _("This column comes twice."));
      else
        import->map[column] = (int) i;
    }

  if (import->map[COL_NAME] < 0)
    {
      g_set_error (error, FV_IMPORT_ERROR, FV_IMPORT_ERROR_FORMAT,
                   _("The first line must name the columns, and one of them must be “name”. Export a file from Frivillig to see the columns."));
      return FALSE;
    }
  return TRUE;
}

/* Split @text at any of @separators, trimmed, without empty items. */
static GPtrArray *
split_list (const char *text,
            const char *separators)
{
  g_auto(GStrv) parts = g_strsplit_set (text, separators, -1);
  GPtrArray *items = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0] != '\0')
        g_ptr_array_add (items, g_strdup (parts[i]));
    }
  return items;
}

static gboolean
parse_bool (const char *text,
            gboolean   *value)
{
  static const char * const yes[] = { "yes", "true", "1", "ja", "x", "y", "j", NULL };
  static const char * const no[] = { "no", "false", "0", "nei", "n", NULL };
  g_autofree char *key = normalise_name (text);

  if (g_strv_contains (yes, key))
    *value = TRUE;
  else if (g_strv_contains (no, key))
    *value = FALSE;
  else
    return FALSE;
  return TRUE;
}

/* A whole number ≥ 0; spaces may group the digits ("1 200"). */
static gboolean
parse_count (const char *text,
             gint64     *value)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  guint64 number;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p);
      else if (*p != ' ' && (guchar) *p != 0xC2 && (guchar) *p != 0xA0)
        return FALSE;
    }
  if (digits->len == 0 || digits->len > 12 ||
      !g_ascii_string_to_unsigned (digits->str, 10, 0, G_MAXINT64, &number, NULL))
    return FALSE;
  *value = (gint64) number;
  return TRUE;
}

/* Spreadsheets turn "0150" into 150: give the zeros back to numbers of at
 * least @shortest digits. */
static char *
pad_digits (const char *text,
            gsize       shortest)
{
  gsize length = strlen (text);

  if (length >= shortest && length <= 3 && strspn (text, "0123456789") == length)
    return g_strdup_printf ("%0*d", 4, atoi (text));
  return g_strdup (text);
}

static const FvKind *
lookup_kind (const FvKind *kinds,
             guint         n_kinds,
             const char   *text)
{
  g_autofree char *key = normalise_name (text);

  for (guint i = 0; i < n_kinds; i++)
    {
      g_autofree char *label = g_utf8_strdown (kinds[i].label, -1);
      g_autofree char *translated = g_utf8_strdown (_(kinds[i].label), -1);

      if (strcmp (key, kinds[i].key) == 0 || strcmp (key, label) == 0 || strcmp (key, translated) == 0)
        return &kinds[i];
    }
  return NULL;
}

static void
parse_kinds (Import     *import,
             Column      column,
             const char *text,
             gboolean    offers,
             guint      *flags)
{
  g_autoptr(GPtrArray) items = split_list (text, ",;\n");
  const FvKind *kinds;
  guint n_kinds;

  kinds = offers ? fv_offer_kinds (&n_kinds) : fv_need_kinds (&n_kinds);
  for (guint i = 0; i < items->len; i++)
    {
      const char *item = g_ptr_array_index (items, i);
      const FvKind *kind = lookup_kind (kinds, n_kinds, item);

      if (kind == NULL)
        {
          g_autoptr(GString) keys = g_string_new (NULL);
          g_autofree char *message = NULL;

          for (guint k = 0; k < n_kinds; k++)
            g_string_append_printf (keys, "%s%s", k > 0 ? ", " : "", kinds[k].key);
          message = offers
            /* Translators: %s is what the file says, the second %s the list of known keys */
            ? g_strdup_printf (_("“%s” is not something Frivillig knows an organisation can offer. Use: %s."), item, keys->str)
            /* Translators: %s is what the file says, the second %s the list of known keys */
            : g_strdup_printf (_("“%s” is not something Frivillig knows an organisation can need. Use: %s."), item, keys->str);
          field_problem (import, column, message);
          continue;
        }
      *flags |= kind->flag;
    }
}

static void
parse_categories (Import               *import,
                  const char           *text,
                  FvOrganisationRecord *record)
{
  g_autoptr(GPtrArray) items = split_list (text, ",;\n");
  guint n = 0;

  for (guint i = 0; i < items->len; i++)
    {
      const char *item = g_ptr_array_index (items, i);
      int code = fv_frivillighetsregisteret_parse_icnpo (item);
      gboolean seen = FALSE;

      if (code == 0)
        {
          /* Translators: %s is what the file says */
          g_autofree char *message = g_strdup_printf (_("“%s” is not an ICNPO category code such as 1200 (Idrett) or 13100 (Barne- og ungdomsorganisasjoner)."), item);

          field_problem (import, COL_CATEGORIES, message);
          continue;
        }
      for (guint k = 0; k < n; k++)
        seen |= record->categories[k] == code;
      if (seen)
        {
          /* Translators: %d is a category code */
          g_autofree char *message = g_strdup_printf (_("The category %d comes twice."), code);

          field_problem (import, COL_CATEGORIES, message);
          continue;
        }
      if (n == G_N_ELEMENTS (record->categories))
        {
          field_problem (import, COL_CATEGORIES, _("An organisation has at most three categories."));
          return;
        }
      record->categories[n++] = code;
    }
}

static void
parse_tags (Import               *import,
            const char           *text,
            FvOrganisationRecord *record)
{
  g_autoptr(GPtrArray) items = split_list (text, ",\n");

  for (guint i = 0; i < items->len; i++)
    {
      const char *tag = g_ptr_array_index (items, i);
      gboolean seen = FALSE;

      /* The database keeps tags as SQLite's NOCASE does: "Kultur" is "kultur". */
      for (guint k = 0; k < record->tags->len; k++)
        seen |= g_ascii_strcasecmp (g_ptr_array_index (record->tags, k), tag) == 0;
      if (!seen)
        g_ptr_array_add (record->tags, g_strdup (tag));
    }
}

/* One contact line, split at unescaped | and unescaped. */
static GPtrArray *
split_contact (const char *line)
{
  GPtrArray *parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) part = g_string_new (NULL);

  for (const char *p = line; ; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        {
          p++;
          g_string_append_c (part, *p == 'n' ? '\n' : *p == 'r' ? '\r' : *p);
          continue;
        }
      if (*p == '|' || *p == '\0')
        {
          g_autofree char *value = g_strstrip (g_strdup (part->str));

          g_ptr_array_add (parts, value[0] != '\0' ? g_steal_pointer (&value) : NULL);
          g_string_truncate (part, 0);
          if (*p == '\0')
            break;
          continue;
        }
      g_string_append_c (part, *p);
    }
  return parts;
}

static void
parse_contacts (Import               *import,
                const char           *text,
                FvOrganisationRecord *record)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) parts = NULL;
      g_autoptr(GError) invalid = NULL;
      const char *name, *role, *phone, *email;

      g_strstrip (lines[i]);
      if (lines[i][0] == '\0')
        continue;

      parts = split_contact (lines[i]);
      if (parts->len > 4)
        {
          field_problem (import, COL_CONTACTS,
                         _("A contact person is written “name | role | phone | e-mail”: there are too many |."));
          continue;
        }
      g_ptr_array_set_size (parts, 4);
      name = g_ptr_array_index (parts, 0);
      role = g_ptr_array_index (parts, 1);
      phone = g_ptr_array_index (parts, 2);
      email = g_ptr_array_index (parts, 3);

      if (name == NULL)
        field_problem (import, COL_CONTACTS,
                       _("A contact person needs a name, first on the line: “name | role | phone | e-mail”."));
      else if (!fv_validate_phone (phone, &invalid) || !fv_validate_email (email, &invalid))
        {
          /* Translators: %s is the contact person's name, the second %s what is wrong */
          g_autofree char *message = g_strdup_printf (_("Contact person %s: %s"), name, invalid->message);

          field_problem (import, COL_CONTACTS, message);
        }
      else
        fv_organisation_record_add_contact (record, name, role, phone, email);
    }
}

/* A plain text field: single-line ones trimmed; all-white-space is empty. */
static char *
text_value (const char *text,
            gboolean    multi_line)
{
  g_autoptr(GString) value = NULL;
  gboolean blank = TRUE;

  for (const char *p = text; *p != '\0' && blank; p++)
    blank = g_ascii_isspace (*p);
  if (blank)
    return NULL;
  if (!multi_line)
    return g_strstrip (g_strdup (text));

  /* Line breaks as CRLF (Windows) inside a field become plain \n. */
  value = g_string_new (text);
  g_string_replace (value, "\r\n", "\n", 0);
  return g_string_free (g_steal_pointer (&value), FALSE);
}

static void
check_with (Import      *import,
            Column       column,
            const char  *value,
            gboolean   (*validate) (const char *, GError **))
{
  g_autoptr(GError) invalid = NULL;

  if (!validate (value, &invalid))
    field_problem (import, column, invalid->message);
}

/* One column of the current row into @record; problems are collected. */
static void
parse_column (Import               *import,
              Column                column,
              const char           *text,
              FvOrganisationRecord *record)
{
  g_autoptr(GError) invalid = NULL;
  g_autofree char *value = NULL;
  gint64 number;

  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    if (text_fields[i].column == column)
      {
        char **field = &G_STRUCT_MEMBER (char *, record, text_fields[i].offset);

        g_free (*field);
        *field = text_value (text, text_fields[i].multi_line);
        return;
      }

  value = text_value (text, FALSE);
  if (value == NULL)
    return;

  switch (column)
    {
    case COL_ID:
      if (!parse_count (value, &number) || number == 0)
        field_problem (import, column, _("The id is a whole number; leave it empty for a new organisation."));
      else
        record->id = number;
      break;
    case COL_ORGNR:
      record->orgnr = fv_orgnr_normalize (value, &invalid);
      if (record->orgnr == NULL)
        field_problem (import, column, invalid->message);
      break;
    case COL_SECTOR:
      {
        static const char * const names[][2] = {
          { "voluntary", "voluntary" }, { "public", "public" }, { "business", "business" },
          { "frivillig", "voluntary" }, { "offentlig", "public" }, { "næringsliv", "business" },
        };
        g_autofree char *key = normalise_name (value);
        const char *sector = NULL;

        for (guint i = 0; i < G_N_ELEMENTS (names) && sector == NULL; i++)
          if (strcmp (key, names[i][0]) == 0)
            sector = names[i][1];
        if (sector == NULL)
          field_problem (import, column, _("The sector is voluntary, public or business."));
        else
          {
            g_free (record->sector);
            record->sector = g_strdup (sector);
          }
      }
      break;
    case COL_CATEGORIES:
      parse_categories (import, value, record);
      break;
    case COL_TAGS:
      parse_tags (import, value, record);
      break;
    case COL_POSTCODE:
      record->postcode = pad_digits (value, 1);  /* Oslo has 0010 */
      check_with (import, column, record->postcode, fv_validate_postcode);
      break;
    case COL_MUNICIPALITY_NUMBER:
      record->municipality_number = pad_digits (value, 3);  /* the lowest is 0301 */
      check_with (import, column, record->municipality_number, fv_validate_municipality_number);
      break;
    case COL_MEMBERS_TOTAL:
    case COL_MEMBERS_UNDER_20:
      if (!parse_count (value, &number))
        field_problem (import, column, _("A number of members is a whole number, 0 or more; leave it empty when unknown."));
      else if (column == COL_MEMBERS_TOTAL)
        record->members_total = number;
      else
        record->members_under_20 = number;
      break;
    case COL_OFFERS:
      parse_kinds (import, column, value, TRUE, &record->offers);
      break;
    case COL_NEEDS:
      parse_kinds (import, column, value, FALSE, &record->needs);
      break;
    case COL_CONTACTS:
      parse_contacts (import, text, record);
      break;
    case COL_ACTIVE:
    case COL_IN_FRIVILLIGHETSREGISTERET:
    case COL_PUBLIC_LISTING_CONSENT:
      {
        gboolean flag;

        if (!parse_bool (value, &flag))
          field_problem (import, column, _("Write yes or no."));
        else if (column == COL_ACTIVE)
          record->active = flag;
        else if (column == COL_IN_FRIVILLIGHETSREGISTERET)
          record->in_frivillighetsregisteret = flag;
        else
          record->public_listing_consent = flag;
      }
      break;
    case COL_REGISTER_STATUS:
      if (g_strcmp0 (value, FV_REGISTER_STATUS_DELETED) != 0 &&
          g_strcmp0 (value, FV_REGISTER_STATUS_BANKRUPT) != 0 &&
          g_strcmp0 (value, FV_REGISTER_STATUS_DISSOLVING) != 0)
        field_problem (import, column, _("The register status is deleted, bankrupt or dissolving, or empty."));
      else
        record->register_status = g_steal_pointer (&value);
      break;
    case COL_SOURCE:
      if (!g_strv_contains ((const char * const[]) { "manual", "brreg", "csv", "demo", NULL }, value))
        field_problem (import, column, _("The source is manual, brreg, csv or demo, or empty."));
      else
        {
          g_free (record->source);
          record->source = g_steal_pointer (&value);
        }
      break;
    default:
      g_assert_not_reached ();
    }
}

/* NULL, or a time in ISO 8601 as the database writes them. */
static gboolean
is_time (const char *text)
{
  g_autoptr(GTimeZone) utc = NULL;
  g_autoptr(GDateTime) when = NULL;

  if (text == NULL)
    return TRUE;
  utc = g_time_zone_new_utc ();
  when = g_date_time_new_from_iso8601 (text, utc);
  return when != NULL;
}

/* Checks that need several fields, once the row is read. */
static void
check_record (Import               *import,
              FvOrganisationRecord *record)
{
  guint64 line = fv_csv_reader_get_line (import->csv);

  if (record->name == NULL)
    field_problem (import, COL_NAME, _("An organisation needs a name."));

  if (record->email != NULL)
    check_with (import, COL_EMAIL, record->email, fv_validate_email);
  if (record->phone != NULL)
    check_with (import, COL_PHONE, record->phone, fv_validate_phone);
  if (record->website != NULL)
    check_with (import, COL_WEBSITE, record->website, fv_validate_website);
  if (!is_time (record->created_at))
    field_problem (import, COL_CREATED_AT, _("A time is written as in 2026-01-31T14:05:00Z."));
  if (!is_time (record->updated_at))
    field_problem (import, COL_UPDATED_AT, _("A time is written as in 2026-01-31T14:05:00Z."));

  if (record->members_total >= 0 && record->members_under_20 > record->members_total)
    field_problem (import, COL_MEMBERS_UNDER_20,
                   _("There cannot be more members under 20 than members in all."));

  if (record->orgnr != NULL)
    {
      gpointer first;

      if (g_hash_table_lookup_extended (import->orgnr_lines, record->orgnr, NULL, &first))
        {
          /* Translators: %llu is the line the organisation number was first seen on */
          g_autofree char *message = g_strdup_printf (_("The same organisation number as on line %llu."),
                                                      (unsigned long long) GPOINTER_TO_SIZE (first));

          field_problem (import, COL_ORGNR, message);
        }
      else
        g_hash_table_insert (import->orgnr_lines, g_strdup (record->orgnr), GSIZE_TO_POINTER (line));
    }
}

static int
column_position (Import             *import,
                 const FvImportSkip *problem)
{
  for (guint i = 0; problem->column != NULL && import->header[i] != NULL; i++)
    if (strcmp (import->header[i], problem->column) == 0)
      return (int) i;
  return -1;
}

/* A row's problems in the order of its columns, as the user reads them. */
static void
sort_row_problems (Import *import,
                   guint   first)
{
  GPtrArray *problems = import->problems;

  for (guint i = first + 1; i < problems->len; i++)
    {
      gpointer problem = problems->pdata[i];
      int position = column_position (import, problem);
      guint k = i;

      while (k > first && column_position (import, problems->pdata[k - 1]) > position)
        {
          problems->pdata[k] = problems->pdata[k - 1];
          k--;
        }
      problems->pdata[k] = problem;
    }
}

static FvOrganisationRecord *
read_row (Import *import)
{
  g_autoptr(FvOrganisationRecord) record = fv_organisation_record_new ();
  guint n_fields = fv_csv_reader_get_n_fields (import->csv);
  guint n_header = g_strv_length (import->header);
  guint first = import->problems->len;

  g_free (record->source);
  record->source = g_strdup ("csv");

  if (n_fields > n_header || (n_fields < n_header && !(n_fields == n_header - 1 && import->header[n_header - 1][0] == '\0')))
    {
      /* Translators: the first %u counts the fields of a row, the second those of the header */
      g_autofree char *message = g_strdup_printf (_("This row has %u fields, but the first line names %u columns. A value that holds the separator or a line break must be in double quotes."),
                                                  n_fields, n_header);

      problem (import, fv_csv_reader_get_line (import->csv), NULL, message);
      return NULL;
    }

  for (guint c = 0; c < N_COLUMNS; c++)
    {
      g_autoptr(GError) invalid = NULL;
      g_autofree char *text = NULL;

      if (import->map[c] < 0)
        continue;
      text = fv_csv_reader_dup (import->csv, import->map[c], &invalid);
      if (text == NULL)
        {
          field_problem (import, c, invalid->message);
          continue;
        }
      parse_column (import, c, text, record);
    }

  check_record (import, record);
  sort_row_problems (import, first);
  return g_steal_pointer (&record);
}

/**
 * fv_spreadsheet_csv_read:
 * @records: (out) (transfer full) (element-type FvOrganisationRecord): every
 *   row, source "csv" unless the file says otherwise; only when all are good
 * @problems: (out) (transfer full) (element-type FvImportSkip): with
 *   FV_IMPORT_ERROR_INVALID_ROWS, every problem (the first 1000) by line and
 *   column; else %NULL
 *
 * Returns: %TRUE when every row is good
 */
gboolean
fv_spreadsheet_csv_read (GInputStream   *stream,
                         GPtrArray     **records,
                         GPtrArray     **problems,
                         GCancellable   *cancellable,
                         GError        **error)
{
  g_autoptr(FvCsvReader) csv = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) found = fv_import_skip_list_new ();
  g_autoptr(GHashTable) orgnr_lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Import import = { NULL, { 0 }, NULL, found, 0, 0, orgnr_lines };
  GError *local = NULL;
  gboolean ok = FALSE;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (records != NULL && problems != NULL, FALSE);

  *records = NULL;
  *problems = NULL;

  csv = fv_csv_reader_new (stream, FV_CSV_SEPARATOR_AUTO, FV_CSV_ENCODING_AUTO);
  fv_csv_reader_set_max_record_size (csv, MAX_RECORD_SIZE);
  import.csv = csv;
  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_organisation_record_free);

  if (!read_header (&import, cancellable, error))
    goto out;

  while (fv_csv_reader_next (csv, cancellable, &local))
    {
      FvOrganisationRecord *record;
      guint before = import.n_problems;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        goto out;
      if (fv_csv_reader_is_blank (csv))
        continue;
      record = read_row (&import);
      if (record != NULL)
        g_ptr_array_add (rows, record);
      if (import.n_problems > before)
        import.n_bad_rows++;
    }
  if (local != NULL)
    {
      g_propagate_error (error, local);
      goto out;
    }

  if (import.n_problems > 0)
    {
      g_set_error (error, FV_IMPORT_ERROR, FV_IMPORT_ERROR_INVALID_ROWS,
                   /* Translators: %u counts the problems in a file */
                   ngettext ("The file has %u problem; nothing was imported. Correct it and try again.",
                             "The file has %u problems; nothing was imported. Correct them and try again.",
                             import.n_problems),
                   import.n_problems);
      *problems = g_steal_pointer (&found);
      goto out;
    }
  if (rows->len == 0)
    {
      g_set_error (error, FV_IMPORT_ERROR, FV_IMPORT_ERROR_EMPTY,
                   _("The file names the columns but has no organisations."));
      goto out;
    }

  *records = g_steal_pointer (&rows);
  ok = TRUE;

out:
  g_strfreev (import.header);
  return ok;
}
