/* fv-csv-reader.c — a fast streaming reader of CSV files (RFC 4180)
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Made for two very different files: the national register (800 MB, 1.47
 * million records, every field quoted, newlines inside quotes) and the
 * coordinator's spreadsheet (small, saved by Excel or LibreOffice with commas
 * or semicolons, in UTF-8 or Windows-1252).
 *
 * How it stays fast and flat: the file is read in 256 KB chunks into one
 * buffer that is reused; a record is split into fields by a byte-level state
 * machine (memchr() finds closing quotes) that only notes where each field
 * starts and ends. Nothing is copied or converted until a caller asks for a
 * field: fv_csv_reader_peek() collapses doubled quotes in place, and
 * fv_csv_reader_dup() converts to UTF-8. When a record straddles the end of
 * the buffer, the unfinished record is moved to the front, more is read, and
 * the record is split again from its start. Memory is the buffer (the longest
 * record, at least 256 KB) and the field table: it does not grow with the file.
 *
 * Line numbers are physical lines, counted lazily: the newlines before a
 * record are counted when someone asks for its line or touches its fields.
 *
 * Encoding (FV_CSV_ENCODING_AUTO): a UTF-8 byte order mark means UTF-8. Else
 * the first bytes ≥ 0x80 in the file decide: a well-formed UTF-8 sequence
 * means UTF-8, anything else Windows-1252. Norwegian text in Windows-1252 never
 * looks like UTF-8 (æ ø å are single bytes 0xE6 0xF8 0xE5, followed by
 * letters, not by continuation bytes), and UTF-8 text is well-formed by
 * definition, so one sequence is enough. Once decided, every field handed out
 * by fv_csv_reader_dup() is checked or converted: a UTF-8 file with a stray
 * Windows-1252 byte later on is an error naming the line, not silent mojibake.
 * UTF-16 (Excel's "Unicode text") is refused with advice. Line ends are LF or
 * CRLF.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fv-csv-reader.h"
#include "fv-import-stream.h"
#include "fv-utf8-private.h"

#define CHUNK_SIZE (256 * 1024)

enum
{
  FIELD_ESCAPES = 1 << 0,   /* holds doubled quotes not yet collapsed */
  FIELD_READY   = 1 << 1,   /* collapsed and NUL-terminated */
  FIELD_QUOTED  = 1 << 2,
};

typedef struct
{
  gsize start;
  gsize end;
  guint flags;
} Field;

typedef enum
{
  SPLIT_DONE,
  SPLIT_MORE,   /* the record runs past the buffer: read more, then split again */
  SPLIT_END,    /* no record left */
  SPLIT_ERROR,
} SplitResult;

struct _FvCsvReader
{
  GInputStream  *stream;

  guint8        *buf;
  gsize          alloc;
  gsize          len;
  gboolean       eof;
  gboolean       started;
  gsize          max_record;

  guint8         separator;
  gboolean       separator_known;
  /* Non-zero for the bytes that end an unquoted field. */
  guint8         stops[256];

  FvCsvEncoding  encoding;
  gboolean       encoding_known;
  gsize          scan_pos;

  Field         *fields;
  guint          n_fields;
  guint          fields_alloc;

  gsize          record_start;
  gsize          record_end;
  gboolean       record_at_end;
  guint64        record_number;

  /* Newlines in the buffer before counted_pos (which never passes the
   * current record's start until that record is counted). */
  guint64        lines;
  gsize          counted_pos;
  guint64        record_line;
};

FvCsvReader *
fv_csv_reader_new (GInputStream   *stream,
                   FvCsvSeparator  separator,
                   FvCsvEncoding   encoding)
{
  FvCsvReader *self;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);

  self = g_new0 (FvCsvReader, 1);
  self->stream = g_object_ref (stream);
  self->alloc = CHUNK_SIZE + 1;
  self->buf = g_malloc (self->alloc);
  self->max_record = FV_CSV_DEFAULT_MAX_RECORD_SIZE;
  self->separator = (guint8) separator;
  self->separator_known = separator != FV_CSV_SEPARATOR_AUTO;
  self->encoding = encoding == FV_CSV_ENCODING_AUTO ? FV_CSV_ENCODING_UTF8 : encoding;
  self->encoding_known = encoding != FV_CSV_ENCODING_AUTO;
  self->fields_alloc = 32;
  self->fields = g_new (Field, self->fields_alloc);
  return self;
}

void
fv_csv_reader_free (FvCsvReader *self)
{
  if (self == NULL)
    return;

  g_object_unref (self->stream);
  g_free (self->buf);
  g_free (self->fields);
  g_free (self);
}

/* Records longer than @max_size are an error: a file of garbage fails after
 * that many bytes instead of filling the memory. */
void
fv_csv_reader_set_max_record_size (FvCsvReader *self,
                                   gsize        max_size)
{
  self->max_record = MAX (max_size, 1024);
}

static guint64
count_newlines (const guint8 *p,
                gsize         n)
{
  const guint8 *end = p + n;
  guint64 count = 0;

  while (p < end && (p = memchr (p, '\n', end - p)) != NULL)
    {
      count++;
      p++;
    }
  return count;
}

/* The physical line @pos lies on, without moving the count forward. */
static guint64
line_at (FvCsvReader *self,
         gsize        pos)
{
  return self->lines + count_newlines (self->buf + self->counted_pos, pos - self->counted_pos) + 1;
}

/* Counts the lines up to and through the current record; must happen before
 * its bytes are changed by peek(). */
static void
count_record_lines (FvCsvReader *self)
{
  if (self->record_line != 0)
    return;

  self->lines += count_newlines (self->buf + self->counted_pos, self->record_start - self->counted_pos);
  self->record_line = self->lines + 1;
  self->lines += count_newlines (self->buf + self->record_start, self->record_end - self->record_start);
  self->counted_pos = self->record_end;
}

static void
decide_encoding (FvCsvReader *self)
{
  gsize i = self->scan_pos;

  while (i < self->len)
    {
      int n;

      if (self->buf[i] < 0x80)
        {
          i++;
          continue;
        }

      n = fv_utf8_sequence_length (self->buf + i, self->len - i);
      if (n < 0 && !self->eof)
        break;  /* the sequence continues in the next chunk */

      self->encoding = n > 0 ? FV_CSV_ENCODING_UTF8 : FV_CSV_ENCODING_WINDOWS_1252;
      self->encoding_known = TRUE;
      break;
    }

  self->scan_pos = i;
}

/* Keeps the record being split, drops what lies before it, reads more. */
static gboolean
refill (FvCsvReader   *self,
        GCancellable  *cancellable,
        GError       **error)
{
  gsize keep = self->record_start;
  gssize n;

  if (keep > 0)
    {
      self->lines += count_newlines (self->buf + self->counted_pos, keep - self->counted_pos);
      self->counted_pos = 0;
      memmove (self->buf, self->buf + keep, self->len - keep);
      self->len -= keep;
      self->scan_pos = self->scan_pos > keep ? self->scan_pos - keep : 0;
      self->record_start = 0;
    }

  if (self->len >= self->max_record)
    {
      g_set_error (error, FV_IMPORT_ERROR, FV_IMPORT_ERROR_TOO_LARGE,
                   /* Translators: %llu is a line number, %u a size in kilobytes */
                   _("Line %llu: a record is longer than %u KB. This does not look like a CSV file."),
                   (unsigned long long) line_at (self, 0), (guint) (self->max_record / 1024));
      return FALSE;
    }

  if (self->alloc - 1 - self->len < CHUNK_SIZE / 2)
    {
      self->alloc = MAX (self->alloc * 2, self->len + CHUNK_SIZE + 1);
      self->buf = g_realloc (self->buf, self->alloc);
    }

  n = g_input_stream_read (self->stream, self->buf + self->len, self->alloc - 1 - self->len,
                           cancellable, error);
  if (n < 0)
    return FALSE;
  if (n == 0)
    self->eof = TRUE;
  self->len += n;

  if (!self->encoding_known)
    decide_encoding (self);

  return TRUE;
}

static void
set_stops (FvCsvReader *self)
{
  memset (self->stops, 0, sizeof self->stops);
  self->stops['\n'] = 1;
  self->stops['\r'] = 1;
  self->stops[self->separator] = 1;
}

/* The more frequent of , and ; outside quotes in the first record; a comma
 * when neither occurs (one column). */
static void
detect_separator (FvCsvReader *self)
{
  gboolean quoted = FALSE;
  guint commas = 0, semicolons = 0;

  for (gsize i = self->record_start; i < self->len; i++)
    {
      guint8 c = self->buf[i];

      if (c == '"')
        quoted = !quoted;
      else if (quoted)
        continue;
      else if (c == ',')
        commas++;
      else if (c == ';')
        semicolons++;
      else if (c == '\n')
        break;
    }

  self->separator = semicolons > commas ? ';' : ',';
  self->separator_known = TRUE;
}

/* Reads the first chunk: byte order marks, binary files, the separator. */
static gboolean
start (FvCsvReader   *self,
       GCancellable  *cancellable,
       GError       **error)
{
  const guint8 *b;

  self->started = TRUE;
  while (!self->eof && self->len < 4)
    if (!refill (self, cancellable, error))
      return FALSE;

  b = self->buf;
  if (self->len >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
    {
      self->record_start = self->counted_pos = self->scan_pos = 3;
      if (!self->encoding_known)
        {
          self->encoding = FV_CSV_ENCODING_UTF8;
          self->encoding_known = TRUE;
        }
    }
  else if (self->len >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF)))
    {
      g_set_error (error, FV_IMPORT_ERROR, FV_IMPORT_ERROR_ENCODING,
                   _("This file is in UTF-16, which cannot be read. Save it as “CSV UTF-8” or as CSV with semicolons and try again."));
      return FALSE;
    }

  if (memchr (b, '\0', self->len) != NULL)
    {
      g_set_error (error, FV_IMPORT_ERROR, FV_IMPORT_ERROR_FORMAT,
                   _("This is not a CSV file: it is not text."));
      return FALSE;
    }

  if (!self->separator_known)
    detect_separator (self);
  set_stops (self);
  return TRUE;
}

static Field *
next_field (FvCsvReader *self)
{
  if (self->n_fields == self->fields_alloc)
    {
      self->fields_alloc *= 2;
      self->fields = g_renew (Field, self->fields, self->fields_alloc);
    }
  return &self->fields[self->n_fields++];
}

/* Splits the record at record_start into fields. */
static SplitResult
split_record (FvCsvReader  *self,
              GError      **error)
{
  const guint8 *buf = self->buf;
  const guint8 *stops = self->stops;
  const guint8 separator = self->separator;
  const gsize end = self->len;
  const gboolean eof = self->eof;
  gsize p = self->record_start;

  self->n_fields = 0;
  if (p == end)
    return eof ? SPLIT_END : SPLIT_MORE;

  for (;;)
    {
      Field *field = next_field (self);

      if (p < end && buf[p] == '"')
        {
          gsize q = p + 1;
          guint flags = FIELD_QUOTED;

          for (;;)
            {
              const guint8 *quote = q < end ? memchr (buf + q, '"', end - q) : NULL;

              if (quote == NULL)
                {
                  if (!eof)
                    return SPLIT_MORE;
                  g_set_error (error, FV_IMPORT_ERROR, FV_IMPORT_ERROR_TRUNCATED,
                               /* Translators: %llu is a line number */
                               _("Line %llu: the file ends inside a quoted field. It is truncated, or a closing quote (\") is missing."),
                               (unsigned long long) line_at (self, p));
                  return SPLIT_ERROR;
                }
              q = quote - buf;
              if (q + 1 == end && !eof)
                return SPLIT_MORE;  /* a doubled quote may follow */
              if (q + 1 < end && buf[q + 1] == '"')
                {
                  flags |= FIELD_ESCAPES;
                  q += 2;
                  continue;
                }
              break;
            }

          field->start = p + 1;
          field->end = q;
          field->flags = flags;
          p = q + 1;

          if (p == end)
            {
              if (!eof)
                return SPLIT_MORE;
              break;
            }
          if (buf[p] == separator)
            {
              p++;
              continue;
            }
          if (buf[p] == '\n')
            {
              p++;
              break;
            }
          if (buf[p] == '\r')
            {
              if (p + 1 == end && !eof)
                return SPLIT_MORE;
              p += (p + 1 < end && buf[p + 1] == '\n') ? 2 : 1;
              break;
            }

          g_set_error (error, FV_IMPORT_ERROR, FV_IMPORT_ERROR_MALFORMED,
                       /* Translators: %llu is a line number, %u the number of a field (1 = first) */
                       _("Line %llu, field %u: there is text after the closing quote. A quote inside a quoted field is written twice (\"\")."),
                       (unsigned long long) line_at (self, p), self->n_fields);
          return SPLIT_ERROR;
        }
      else
        {
          gsize q = p;

          while (q < end && !stops[buf[q]])
            q++;

          field->start = p;
          field->end = q;
          field->flags = 0;

          if (q == end)
            {
              if (!eof)
                return SPLIT_MORE;
              p = q;
              break;
            }
          if (buf[q] == separator)
            {
              p = q + 1;
              continue;
            }
          if (buf[q] == '\n')
            {
              p = q + 1;
              break;
            }
          /* '\r' */
          if (q + 1 == end && !eof)
            return SPLIT_MORE;
          p = q + ((q + 1 < end && buf[q + 1] == '\n') ? 2 : 1);
          break;
        }
    }

  self->record_end = p;
  self->record_at_end = eof && p == end && buf[p - 1] != '\n' && buf[p - 1] != '\r';
  return SPLIT_DONE;
}

/**
 * fv_csv_reader_next:
 *
 * Moves to the next record (the first call reads the header, if the file has
 * one). Its fields stay valid until the next call.
 *
 * Returns: %TRUE with a record; %FALSE at the end of the file (no error) or
 *   with @error set
 */
gboolean
fv_csv_reader_next (FvCsvReader   *self,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (!self->started && !start (self, cancellable, error))
    return FALSE;

  if (self->record_number > 0 || self->record_end > self->record_start)
    self->record_start = self->record_end;
  self->record_line = 0;

  for (;;)
    {
      switch (split_record (self, error))
        {
        case SPLIT_DONE:
          self->record_number++;
          return TRUE;
        case SPLIT_END:
          self->n_fields = 0;
          return FALSE;
        case SPLIT_ERROR:
          self->n_fields = 0;
          return FALSE;
        case SPLIT_MORE:
        default:
          if (!refill (self, cancellable, error))
            {
              self->n_fields = 0;
              return FALSE;
            }
          break;
        }
    }
}

guint
fv_csv_reader_get_n_fields (FvCsvReader *self)
{
  return self->n_fields;
}

/**
 * fv_csv_reader_peek:
 * @length: (out) (optional): its length in bytes
 *
 * Returns: (transfer none): the field's bytes as in the file (in the file's
 *   encoding; doubled quotes collapsed), NUL-terminated; %NULL when the record
 *   has fewer fields
 */
const char *
fv_csv_reader_peek (FvCsvReader *self,
                    guint        index,
                    gsize       *length)
{
  Field *field;

  if (index >= self->n_fields)
    {
      if (length != NULL)
        *length = 0;
      return NULL;
    }

  field = &self->fields[index];
  if (!(field->flags & FIELD_READY))
    {
      count_record_lines (self);

      if (field->flags & FIELD_ESCAPES)
        {
          gsize w = field->start;

          for (gsize r = field->start; r < field->end; r++)
            {
              self->buf[w++] = self->buf[r];
              if (self->buf[r] == '"')
                r++;
            }
          field->end = w;
        }
      self->buf[field->end] = '\0';
      field->flags |= FIELD_READY;
    }

  if (length != NULL)
    *length = field->end - field->start;
  return (const char *) self->buf + field->start;
}

/* Whether field @index is exactly @ascii; a missing field equals nothing. */
gboolean
fv_csv_reader_equal (FvCsvReader *self,
                     guint        index,
                     const char  *ascii)
{
  gsize length;
  const char *value = fv_csv_reader_peek (self, index, &length);

  return value != NULL && length == strlen (ascii) && memcmp (value, ascii, length) == 0;
}

/* Windows-1252's 0x80–0x9F; the rest is Latin-1. The five unassigned bytes
 * map to the C1 controls, as Windows itself does. */
static const gunichar cp1252_high[32] = {
  0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

static char *
cp1252_to_utf8 (const guint8 *text,
                gsize         length)
{
  GString *out = g_string_sized_new (length + length / 8 + 1);

  for (gsize i = 0; i < length; i++)
    {
      guint8 c = text[i];

      if (c < 0x80)
        g_string_append_c (out, c);
      else if (c < 0xA0)
        g_string_append_unichar (out, cp1252_high[c - 0x80]);
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/**
 * fv_csv_reader_dup:
 *
 * Returns: (transfer full): field @index as UTF-8 text ("" when the record
 *   has fewer fields); %NULL with @error set when it is not text in the
 *   file's encoding
 */
char *
fv_csv_reader_dup (FvCsvReader  *self,
                   guint         index,
                   GError      **error)
{
  gsize length;
  const char *value = fv_csv_reader_peek (self, index, &length);

  if (value == NULL)
    return g_strdup ("");

  if (memchr (value, '\0', length) != NULL)
    {
      g_set_error (error, FV_IMPORT_ERROR, FV_IMPORT_ERROR_FORMAT,
                   /* Translators: %llu is a line number, %u the number of a field (1 = first) */
                   _("Line %llu, field %u: this is not text (it holds NUL bytes)."),
                   (unsigned long long) self->record_line, index + 1);
      return NULL;
    }

  if (self->encoding == FV_CSV_ENCODING_WINDOWS_1252)
    return cp1252_to_utf8 ((const guint8 *) value, length);

  if (!g_utf8_validate_len (value, length, NULL))
    {
      g_set_error (error, FV_IMPORT_ERROR, FV_IMPORT_ERROR_ENCODING,
                   /* Translators: %llu is a line number, %u the number of a field (1 = first) */
                   _("Line %llu, field %u: the text is not UTF-8, as the rest of the file is. Save the file again as “CSV UTF-8” and try again."),
                   (unsigned long long) self->record_line, index + 1);
      return NULL;
    }

  return g_strndup (value, length);
}

/* Whether field @index was written in quotes. */
gboolean
fv_csv_reader_is_quoted (FvCsvReader *self,
                         guint        index)
{
  return index < self->n_fields && (self->fields[index].flags & FIELD_QUOTED) != 0;
}

/* The first field of the current record that is exactly @ascii, or -1. */
int
fv_csv_reader_find (FvCsvReader *self,
                    const char  *ascii)
{
  for (guint i = 0; i < self->n_fields; i++)
    if (fv_csv_reader_equal (self, i, ascii))
      return (int) i;

  return -1;
}

/* TRUE for a record of empty or blank fields, such as the ";;;;" rows
 * spreadsheets leave below the data. */
gboolean
fv_csv_reader_is_blank (FvCsvReader *self)
{
  for (guint i = 0; i < self->n_fields; i++)
    {
      gsize length;
      const char *value = fv_csv_reader_peek (self, i, &length);

      for (gsize k = 0; k < length; k++)
        if (!g_ascii_isspace (value[k]))
          return FALSE;
    }
  return TRUE;
}

/* The physical line the current record starts on (1 = the first line). */
guint64
fv_csv_reader_get_line (FvCsvReader *self)
{
  count_record_lines (self);
  return self->record_line;
}

/* The number of the current record: 1 for the first (the header, if any). */
guint64
fv_csv_reader_get_record_number (FvCsvReader *self)
{
  return self->record_number;
}

/* TRUE when the current record runs to the end of the file with no line
 * break after it: with too few fields, the mark of a truncated file. */
gboolean
fv_csv_reader_at_end (FvCsvReader *self)
{
  return self->record_at_end;
}

char
fv_csv_reader_get_separator (FvCsvReader *self)
{
  return (char) self->separator;
}

/* The encoding the file is read in; UTF-8 until a file read with
 * FV_CSV_ENCODING_AUTO shows otherwise. */
FvCsvEncoding
fv_csv_reader_get_encoding (FvCsvReader *self)
{
  return self->encoding;
}
