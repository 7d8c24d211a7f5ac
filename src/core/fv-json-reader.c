/* fv-json-reader.c — a streaming reader of one large JSON array of objects
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Enhetsregisteret's bulk file is one JSON array of 1.5 million entity
 * objects (over 1 GB unpacked). A DOM parser would need gigabytes; this reader
 * holds one object at a time, flattened into key → text pairs, and reuses the
 * same buffers for the next one, so memory stays flat however large the file.
 *
 * Flattening: nested objects join their keys with dots
 * ("forretningsadresse.kommunenummer" → "3201"); an array's strings, numbers
 * and booleans are joined with "\n" under the array's key (address lines,
 * aktivitet); objects inside arrays get their index ("icnpoKategorier.0.kategori").
 * Numbers keep their text, booleans are "true"/"false", null is left out like
 * an absent member. Strings are fully decoded (\uXXXX, surrogate pairs) and
 * must be UTF-8; \u0000 becomes U+FFFD, as C strings cannot hold it.
 *
 * The array may be the whole file (the bulk download) or sit inside objects,
 * as in the register's paged API answers ({"_embedded": {"…": [ … ]}, …}):
 * the first array found is read, and what surrounds it is checked and skipped.
 *
 * The reader is strict: anything that is not JSON is an error naming the line
 * and byte, and a file that ends early says it is truncated.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fv-import-stream.h"
#include "fv-json-reader.h"
#include "fv-utf8-private.h"

#define CHUNK_SIZE (256 * 1024)
#define MAX_DEPTH  64

typedef struct
{
  gsize key;
  gsize key_len;
  gsize value;
  gsize value_len;
} Member;

typedef enum
{
  STATE_START,
  STATE_FIRST,
  STATE_NEXT,
  STATE_DONE,
} State;

typedef enum
{
  FIND_ERROR,
  FIND_FOUND,
  FIND_NOT_FOUND,
} FindResult;

struct _FvJsonReader
{
  GInputStream *stream;
  GCancellable *cancellable;   /* of the running fv_json_reader_next() */

  guint8       *buf;
  gsize         len;
  gsize         pos;
  gboolean      eof;
  goffset       buf_offset;    /* where buf[0] is in the file */
  guint64       line;
  gsize         max_object;

  State         state;
  guint         enclosing;     /* objects around the array */
  gboolean      discard;       /* checking values we do not keep */

  GString      *arena;         /* the current object's keys and values, NUL-separated */
  GArray       *members;
  GString      *path;          /* the flattened key of the value being read */
  GPtrArray    *joins;         /* one per array nesting depth */
  guint         array_depth;

  guint64       index;
  guint64       object_line;
  goffset       object_offset;
};

/* Bytes that may stand in a string as they are. */
static guint8 plain[256];

static void
init_tables (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      for (guint c = 0x20; c < 0x80; c++)
        plain[c] = c != '"' && c != '\\';
      g_once_init_leave (&done, 1);
    }
}

static void
free_join (gpointer data)
{
  g_string_free (data, TRUE);
}

FvJsonReader *
fv_json_reader_new (GInputStream *stream)
{
  FvJsonReader *self;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);

  init_tables ();
  self = g_new0 (FvJsonReader, 1);
  self->stream = g_object_ref (stream);
  self->buf = g_malloc (CHUNK_SIZE);
  self->line = 1;
  self->max_object = FV_JSON_DEFAULT_MAX_OBJECT_SIZE;
  self->arena = g_string_sized_new (4096);
  self->members = g_array_new (FALSE, FALSE, sizeof (Member));
  self->path = g_string_sized_new (128);
  self->joins = g_ptr_array_new_with_free_func (free_join);
  return self;
}

void
fv_json_reader_free (FvJsonReader *self)
{
  if (self == NULL)
    return;

  g_object_unref (self->stream);
  g_free (self->buf);
  g_string_free (self->arena, TRUE);
  g_array_unref (self->members);
  g_string_free (self->path, TRUE);
  g_ptr_array_unref (self->joins);
  g_free (self);
}

/* Objects larger than @max_size are an error: garbage fails early and memory
 * stays bounded. */
void
fv_json_reader_set_max_object_size (FvJsonReader *self,
                                    gsize         max_size)
{
  self->max_object = MAX (max_size, 1024);
}

static void
set_error (FvJsonReader  *self,
           GError       **error,
           FvImportError  code,
           const char    *what)
{
  g_set_error (error, FV_IMPORT_ERROR, code,
               /* Translators: a place in a file and what is wrong there; %llu is a
                * line number, %lld a byte offset from the start of the file */
               _("Line %llu, byte %lld: %s"),
               (unsigned long long) self->line, (long long) (self->buf_offset + self->pos), what);
}

static gboolean
truncated (FvJsonReader  *self,
           GError       **error)
{
  set_error (self, error, FV_IMPORT_ERROR_TRUNCATED,
             _("the file ends in the middle of the data. It is truncated; download it again."));
  return FALSE;
}

/* Makes at least @need bytes available from pos, unless the file ends first.
 * Drops what lies before pos. */
static gboolean
fill (FvJsonReader  *self,
      gsize          need,
      GError       **error)
{
  if (self->pos > 0)
    {
      self->buf_offset += self->pos;
      memmove (self->buf, self->buf + self->pos, self->len - self->pos);
      self->len -= self->pos;
      self->pos = 0;
    }

  while (self->len < need && !self->eof && self->len < CHUNK_SIZE)
    {
      gssize n = g_input_stream_read (self->stream, self->buf + self->len, CHUNK_SIZE - self->len,
                                      self->cancellable, error);

      if (n < 0)
        return FALSE;
      if (n == 0)
        self->eof = TRUE;
      self->len += n;
    }
  return TRUE;
}

/* The next byte, not consumed: 0–255, -1 at the end of the file, -2 on error. */
static inline int
peek_byte (FvJsonReader  *self,
           GError       **error)
{
  if (G_LIKELY (self->pos < self->len))
    return self->buf[self->pos];
  if (!fill (self, 1, error))
    return -2;
  return self->pos < self->len ? self->buf[self->pos] : -1;
}

/* Like peek_byte(), after skipping white space. */
static int
skip_space (FvJsonReader  *self,
            GError       **error)
{
  for (;;)
    {
      while (self->pos < self->len)
        {
          guint8 c = self->buf[self->pos];

          if (c == '\n')
            self->line++;
          else if (c != ' ' && c != '\t' && c != '\r')
            return c;
          self->pos++;
        }
      if (!fill (self, 1, error))
        return -2;
      if (self->pos == self->len)
        return -1;
    }
}

/* An error for @c where something else was expected. */
static gboolean
unexpected (FvJsonReader  *self,
            int            c,
            const char    *expected,
            GError       **error)
{
  if (c == -2)
    return FALSE;
  if (c == -1)
    return truncated (self, error);
  set_error (self, error, FV_IMPORT_ERROR_MALFORMED, expected);
  return FALSE;
}

static gboolean
check_size (FvJsonReader  *self,
            GString       *target,
            GError       **error)
{
  if (target == NULL || target->len <= self->max_object)
    return TRUE;

  g_set_error (error, FV_IMPORT_ERROR, FV_IMPORT_ERROR_TOO_LARGE,
               /* Translators: %llu is a line number, %u a size in kilobytes */
               _("Line %llu: an object is larger than %u KB. This does not look like the expected file."),
               (unsigned long long) self->object_line, (guint) (self->max_object / 1024));
  return FALSE;
}

static int
hex_value (guint8 c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* The four hex digits after "\u" at pos, or -1. */
static int
read_hex4 (FvJsonReader *self)
{
  int value = 0;

  if (self->len - self->pos < 6 || self->buf[self->pos] != '\\' || self->buf[self->pos + 1] != 'u')
    return -1;
  for (int i = 2; i < 6; i++)
    {
      int digit = hex_value (self->buf[self->pos + i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }
  return value;
}

/* Whether the few bytes left at the end of the file could have begun a
 * "\uXXXX": then the file was cut there, rather than written wrong. */
static gboolean
is_cut_escape (FvJsonReader *self)
{
  gsize left = self->len - self->pos;

  if (!self->eof || left >= 6)
    return FALSE;
  for (gsize i = 0; i < left; i++)
    {
      guint8 c = self->buf[self->pos + i];

      if ((i == 0 && c != '\\') || (i == 1 && c != 'u') || (i > 1 && hex_value (c) < 0))
        return FALSE;
    }
  return TRUE;
}

/* "\uXXXX", with its low surrogate when it is a high one. */
static gboolean
parse_unicode_escape (FvJsonReader  *self,
                      GString       *out,
                      GError       **error)
{
  int code, low;

  if (!fill (self, 12, error))
    return FALSE;
  if ((code = read_hex4 (self)) < 0)
    {
      if (is_cut_escape (self))
        return truncated (self, error);
      set_error (self, error, FV_IMPORT_ERROR_MALFORMED,
                 _("\\u must be followed by four hexadecimal digits."));
      return FALSE;
    }
  self->pos += 6;

  if (code >= 0xDC00 && code <= 0xDFFF)
    {
      set_error (self, error, FV_IMPORT_ERROR_MALFORMED,
                 _("a \\u escape holds half of a character (a lone low surrogate)."));
      return FALSE;
    }
  if (code >= 0xD800 && code <= 0xDBFF)
    {
      low = read_hex4 (self);
      if (low < 0xDC00 || low > 0xDFFF)
        {
          if (is_cut_escape (self))
            return truncated (self, error);
          set_error (self, error, FV_IMPORT_ERROR_MALFORMED,
                     _("a \\u escape holds half of a character (a high surrogate without its low one)."));
          return FALSE;
        }
      self->pos += 6;
      code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
    }
  if (code == 0)
    code = 0xFFFD;

  if (out != NULL)
    g_string_append_unichar (out, code);
  return TRUE;
}

static gboolean
parse_escape (FvJsonReader  *self,
              GString       *out,
              GError       **error)
{
  char c;

  if (self->len - self->pos < 2 && !fill (self, 2, error))
    return FALSE;
  if (self->len - self->pos < 2)
    return truncated (self, error);

  switch (self->buf[self->pos + 1])
    {
    case '"': c = '"'; break;
    case '\\': c = '\\'; break;
    case '/': c = '/'; break;
    case 'b': c = '\b'; break;
    case 'f': c = '\f'; break;
    case 'n': c = '\n'; break;
    case 'r': c = '\r'; break;
    case 't': c = '\t'; break;
    case 'u':
      return parse_unicode_escape (self, out, error);
    default:
      set_error (self, error, FV_IMPORT_ERROR_MALFORMED,
                 _("an unknown escape (\\) inside a string."));
      return FALSE;
    }

  if (out != NULL)
    g_string_append_c (out, c);
  self->pos += 2;
  return TRUE;
}

/* The string at pos (its opening quote) into @out, decoded; NULL only checks it. */
static gboolean
parse_string (FvJsonReader  *self,
              GString       *out,
              GError       **error)
{
  self->pos++;

  for (;;)
    {
      const guint8 *buf = self->buf;
      gsize start = self->pos;
      gsize p = start;
      guint8 c;
      int n;

      while (p < self->len && plain[buf[p]])
        p++;
      if (out != NULL && p > start)
        {
          g_string_append_len (out, (const char *) buf + start, p - start);
          if (!check_size (self, out, error))
            return FALSE;
        }
      self->pos = p;

      if (p == self->len)
        {
          if (!fill (self, 1, error))
            return FALSE;
          if (self->pos == self->len)
            return truncated (self, error);
          continue;
        }

      c = buf[p];
      if (c == '"')
        {
          self->pos++;
          return TRUE;
        }
      if (c == '\\')
        {
          if (!parse_escape (self, out, error))
            return FALSE;
          continue;
        }
      if (c < 0x20)
        {
          set_error (self, error, FV_IMPORT_ERROR_MALFORMED,
                     _("a control character (such as a line break) inside a string; it must be written as an escape."));
          return FALSE;
        }

      if (self->len - self->pos < 4 && !fill (self, 4, error))
        return FALSE;
      n = fv_utf8_sequence_length (self->buf + self->pos, self->len - self->pos);
      if (n <= 0)
        {
          if (n < 0)
            return truncated (self, error);
          set_error (self, error, FV_IMPORT_ERROR_ENCODING,
                     _("the text is not UTF-8, which JSON files must be."));
          return FALSE;
        }
      if (out != NULL)
        g_string_append_len (out, (const char *) self->buf + self->pos, n);
      self->pos += n;
    }
}

static gboolean
take_digits (FvJsonReader  *self,
             GString       *out,
             gboolean       at_least_one,
             GError       **error)
{
  guint count = 0;
  int c;

  while ((c = peek_byte (self, error)) >= '0' && c <= '9')
    {
      if (out != NULL)
        g_string_append_c (out, c);
      self->pos++;
      count++;
    }
  if (c == -2)
    return FALSE;
  if (at_least_one && count == 0)
    return unexpected (self, c, _("a number is incomplete."), error);
  return TRUE;
}

/* A number, as its text: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
static gboolean
parse_number (FvJsonReader  *self,
              GString       *out,
              GError       **error)
{
  int c = peek_byte (self, error);

  if (c == '-')
    {
      if (out != NULL)
        g_string_append_c (out, '-');
      self->pos++;
      c = peek_byte (self, error);
    }

  if (c == '0')
    {
      if (out != NULL)
        g_string_append_c (out, '0');
      self->pos++;
    }
  else if (!take_digits (self, out, TRUE, error))
    return FALSE;

  if ((c = peek_byte (self, error)) == '.')
    {
      if (out != NULL)
        g_string_append_c (out, '.');
      self->pos++;
      if (!take_digits (self, out, TRUE, error))
        return FALSE;
      c = peek_byte (self, error);
    }

  if (c == 'e' || c == 'E')
    {
      if (out != NULL)
        g_string_append_c (out, c);
      self->pos++;
      c = peek_byte (self, error);
      if (c == '+' || c == '-')
        {
          if (out != NULL)
            g_string_append_c (out, c);
          self->pos++;
        }
      if (!take_digits (self, out, TRUE, error))
        return FALSE;
    }

  return c != -2 && check_size (self, out, error);
}

static gboolean
parse_literal (FvJsonReader  *self,
               const char    *word,
               GString       *out,
               GError       **error)
{
  for (const char *w = word; *w != '\0'; w++)
    {
      int c = peek_byte (self, error);

      if (c != *w)
        return unexpected (self, c, _("expected a value (a string, number, object, array, true, false or null)."), error);
      self->pos++;
    }

  if (out != NULL && strcmp (word, "null") != 0)
    g_string_append (out, word);
  return TRUE;
}

/* A string, number, true, false or null starting with @c into @out. */
static gboolean
parse_scalar (FvJsonReader  *self,
              int            c,
              GString       *out,
              gboolean      *is_null,
              GError       **error)
{
  *is_null = FALSE;
  switch (c)
    {
    case '"':
      return parse_string (self, out, error);
    case 't':
      return parse_literal (self, "true", out, error);
    case 'f':
      return parse_literal (self, "false", out, error);
    case 'n':
      *is_null = TRUE;
      return parse_literal (self, "null", out, error);
    default:
      if (c == '-' || (c >= '0' && c <= '9'))
        return parse_number (self, out, error);
      return unexpected (self, c, _("expected a value (a string, number, object, array, true, false or null)."), error);
    }
}

static gboolean parse_object (FvJsonReader *self, guint depth, GError **error);
static gboolean parse_array  (FvJsonReader *self, guint depth, GError **error);

static void
add_member (FvJsonReader *self,
            gsize         key,
            const char   *value,
            gsize         value_len)
{
  Member member = { key, self->path->len, 0, 0 };

  if (value != NULL)
    g_string_append_len (self->arena, value, value_len);
  member.value = key + self->path->len + 1;
  member.value_len = self->arena->len - member.value;
  g_string_append_c (self->arena, '\0');
  g_array_append_val (self->members, member);
}

/* The member whose key is the current path. */
static gboolean
parse_value (FvJsonReader  *self,
             guint          depth,
             GError       **error)
{
  int c = skip_space (self, error);
  gboolean is_null;
  gsize key;

  if (c == '{')
    return parse_object (self, depth + 1, error);
  if (c == '[')
    return parse_array (self, depth + 1, error);
  if (self->discard)
    return parse_scalar (self, c, NULL, &is_null, error);

  key = self->arena->len;
  g_string_append_len (self->arena, self->path->str, self->path->len + 1);
  if (!parse_scalar (self, c, self->arena, &is_null, error))
    return FALSE;
  if (is_null)
    g_string_truncate (self->arena, key);
  else
    add_member (self, key, NULL, 0);
  return TRUE;
}

static gboolean
too_deep (FvJsonReader  *self,
          GError       **error)
{
  set_error (self, error, FV_IMPORT_ERROR_MALFORMED,
             _("the data is nested too deeply to be a register file."));
  return FALSE;
}

/* After the opening brace: members up to and through the closing one. */
static gboolean
parse_members (FvJsonReader  *self,
               guint          depth,
               GError       **error)
{
  int c = skip_space (self, error);

  if (c == '}')
    {
      self->pos++;
      return TRUE;
    }

  for (;;)
    {
      gsize saved = self->path->len;

      if (c != '"')
        return unexpected (self, c, _("expected the name of a member, in double quotes."), error);
      if (!self->discard && saved > 0)
        g_string_append_c (self->path, '.');
      if (!parse_string (self, self->discard ? NULL : self->path, error))
        return FALSE;
      if ((c = skip_space (self, error)) != ':')
        return unexpected (self, c, _("expected a colon (:) after the name of a member."), error);
      self->pos++;
      if (!parse_value (self, depth, error))
        return FALSE;
      g_string_truncate (self->path, saved);

      c = skip_space (self, error);
      if (c == '}')
        {
          self->pos++;
          return TRUE;
        }
      if (c != ',')
        return unexpected (self, c, _("expected a comma (,) or the end of the object (})."), error);
      self->pos++;
      c = skip_space (self, error);
    }
}

static gboolean
parse_object (FvJsonReader  *self,
              guint          depth,
              GError       **error)
{
  if (depth > MAX_DEPTH)
    return too_deep (self, error);

  self->pos++;
  return parse_members (self, depth, error);
}

static gboolean
parse_array (FvJsonReader  *self,
             guint          depth,
             GError       **error)
{
  GString *join;
  guint count = 0;
  guint index = 0;
  int c;

  if (depth > MAX_DEPTH)
    return too_deep (self, error);

  self->pos++;
  if (self->array_depth == self->joins->len)
    g_ptr_array_add (self->joins, g_string_new (NULL));
  join = g_ptr_array_index (self->joins, self->array_depth);
  g_string_truncate (join, 0);
  self->array_depth++;

  c = skip_space (self, error);
  if (c == ']')
    self->pos++;
  else
    for (;; index++)
      {
        if (c == '{' || c == '[')
          {
            gsize saved = self->path->len;

            if (!self->discard)
              g_string_append_printf (self->path, "%s%u", saved > 0 ? "." : "", index);
            if (!(c == '{' ? parse_object (self, depth + 1, error) : parse_array (self, depth + 1, error)))
              return FALSE;
            g_string_truncate (self->path, saved);
          }
        else
          {
            gsize mark = join->len;
            gboolean is_null;

            if (count > 0 && !self->discard)
              g_string_append_c (join, '\n');
            if (!parse_scalar (self, c, self->discard ? NULL : join, &is_null, error) ||
                !check_size (self, join, error))
              return FALSE;
            if (is_null)
              g_string_truncate (join, mark);
            else
              count++;
          }

        c = skip_space (self, error);
        if (c == ']')
          {
            self->pos++;
            break;
          }
        if (c != ',')
          return unexpected (self, c, _("expected a comma (,) or the end of the array (])."), error);
        self->pos++;
        c = skip_space (self, error);
      }

  self->array_depth--;
  if (count > 0 && !self->discard)
    {
      gsize key = self->arena->len;

      g_string_append_len (self->arena, self->path->str, self->path->len + 1);
      add_member (self, key, join->str, join->len);
    }
  return TRUE;
}

/* Looks for the first array inside the object at pos, checking what it
 * skips. On FIND_FOUND pos is inside the array, after its bracket. */
static FindResult
find_array (FvJsonReader  *self,
            guint          depth,
            GError       **error)
{
  int c;

  if (depth > MAX_DEPTH)
    {
      too_deep (self, error);
      return FIND_ERROR;
    }

  self->pos++;
  c = skip_space (self, error);
  if (c == '}')
    {
      self->pos++;
      return FIND_NOT_FOUND;
    }

  for (;;)
    {
      if (c != '"')
        {
          unexpected (self, c, _("expected the name of a member, in double quotes."), error);
          return FIND_ERROR;
        }
      if (!parse_string (self, NULL, error))
        return FIND_ERROR;
      if ((c = skip_space (self, error)) != ':')
        {
          unexpected (self, c, _("expected a colon (:) after the name of a member."), error);
          return FIND_ERROR;
        }
      self->pos++;

      c = skip_space (self, error);
      if (c == '[')
        {
          self->pos++;
          self->enclosing = depth;
          return FIND_FOUND;
        }
      if (c == '{')
        {
          FindResult result = find_array (self, depth + 1, error);

          if (result != FIND_NOT_FOUND)
            return result;
        }
      else if (!parse_value (self, depth, error))
        return FIND_ERROR;

      c = skip_space (self, error);
      if (c == '}')
        {
          self->pos++;
          return FIND_NOT_FOUND;
        }
      if (c != ',')
        {
          unexpected (self, c, _("expected a comma (,) or the end of the object (})."), error);
          return FIND_ERROR;
        }
      self->pos++;
      c = skip_space (self, error);
    }
}

/* The start of the file: a byte order mark, then [ or {. */
static gboolean
start (FvJsonReader  *self,
       GError       **error)
{
  int c;

  if (!fill (self, 3, error))
    return FALSE;
  if (self->len >= 3 && memcmp (self->buf, "\xEF\xBB\xBF", 3) == 0)
    self->pos = 3;

  c = skip_space (self, error);
  if (c == -2)
    return FALSE;
  if (c == -1)
    {
      g_set_error (error, FV_IMPORT_ERROR, FV_IMPORT_ERROR_EMPTY, _("The file is empty."));
      return FALSE;
    }
  if (c == '[')
    {
      self->pos++;
      return TRUE;
    }
  if (c == '{')
    {
      FindResult result;

      self->discard = TRUE;
      result = find_array (self, 1, error);
      if (result == FIND_NOT_FOUND)
        g_set_error (error, FV_IMPORT_ERROR, FV_IMPORT_ERROR_FORMAT,
                     _("This JSON file holds no list (array) of organisations."));
      return result == FIND_FOUND;
    }

  g_set_error (error, FV_IMPORT_ERROR, FV_IMPORT_ERROR_FORMAT,
               _("This is not a JSON file: it does not start with [ or {."));
  return FALSE;
}

/* After the array: the rest of the objects around it, then nothing. */
static gboolean
finish (FvJsonReader  *self,
        GError       **error)
{
  int c;

  self->discard = TRUE;
  for (guint level = 0; level < self->enclosing; level++)
    {
      c = skip_space (self, error);
      if (c == ',')
        {
          self->pos++;
          c = skip_space (self, error);
          if (c == '}')
            return unexpected (self, c, _("expected the name of a member, in double quotes."), error);
          /* The remaining members, as in any object. */
          if (c != '"')
            return unexpected (self, c, _("expected the name of a member, in double quotes."), error);
          if (!parse_members (self, level + 1, error))
            return FALSE;
        }
      else if (c == '}')
        self->pos++;
      else
        return unexpected (self, c, _("expected a comma (,) or the end of the object (})."), error);
    }

  c = skip_space (self, error);
  if (c == -2)
    return FALSE;
  if (c != -1)
    {
      set_error (self, error, FV_IMPORT_ERROR_MALFORMED,
                 _("there is more data after the end of the list."));
      return FALSE;
    }
  return TRUE;
}

/**
 * fv_json_reader_next:
 *
 * Reads the next object of the array. Its members stay valid until the next
 * call. After an error the reader is finished.
 *
 * Returns: %TRUE with an object; %FALSE at the end of the array, which must
 *   also be the end of the file (no error), or with @error set
 */
gboolean
fv_json_reader_next (FvJsonReader  *self,
                     GCancellable  *cancellable,
                     GError       **error)
{
  gboolean ok = FALSE;
  int c;

  g_return_val_if_fail (self != NULL, FALSE);

  self->cancellable = cancellable;
  g_array_set_size (self->members, 0);
  g_string_truncate (self->arena, 0);
  g_string_truncate (self->path, 0);
  self->array_depth = 0;

  switch (self->state)
    {
    case STATE_START:
      if (!start (self, error))
        goto out;
      self->state = STATE_FIRST;
      G_GNUC_FALLTHROUGH;

    case STATE_FIRST:
    case STATE_NEXT:
      c = skip_space (self, error);
      if (c == ']')
        {
          self->pos++;
          if (finish (self, error))
            self->state = STATE_DONE;
          goto out;
        }
      if (self->state == STATE_NEXT)
        {
          if (c != ',')
            {
              unexpected (self, c, _("expected a comma (,) or the end of the list (])."), error);
              goto out;
            }
          self->pos++;
          c = skip_space (self, error);
        }
      if (c != '{')
        {
          if (c >= 0)
            {
              g_autofree char *what =
                /* Translators: %llu counts the elements of the list, 1 = the first */
                g_strdup_printf (_("element %llu of the list is not an object ({…})."),
                                 (unsigned long long) self->index + 1);
              set_error (self, error, FV_IMPORT_ERROR_MALFORMED, what);
            }
          else
            unexpected (self, c, "", error);
          goto out;
        }

      self->discard = FALSE;
      self->index++;
      self->object_line = self->line;
      self->object_offset = self->buf_offset + self->pos;
      if (!parse_object (self, 1, error) || !check_size (self, self->arena, error))
        goto out;
      self->state = STATE_NEXT;
      ok = TRUE;
      break;

    case STATE_DONE:
    default:
      break;
    }

out:
  if (!ok)
    {
      self->state = STATE_DONE;
      g_array_set_size (self->members, 0);
    }
  self->cancellable = NULL;
  return ok;
}

guint
fv_json_reader_get_n_members (FvJsonReader *self)
{
  return self->members->len;
}

const char *
fv_json_reader_get_key (FvJsonReader *self,
                        guint         index)
{
  g_return_val_if_fail (index < self->members->len, NULL);

  return self->arena->str + g_array_index (self->members, Member, index).key;
}

const char *
fv_json_reader_get_value (FvJsonReader *self,
                          guint         index,
                          gsize        *length)
{
  Member *member;

  g_return_val_if_fail (index < self->members->len, NULL);

  member = &g_array_index (self->members, Member, index);
  if (length != NULL)
    *length = member->value_len;
  return self->arena->str + member->value;
}

/**
 * fv_json_reader_lookup:
 * @key: a flattened key, e.g. "forretningsadresse.kommunenummer"
 * @length: (out) (optional): the value's length in bytes
 *
 * Returns: (transfer none) (nullable): the value as text, %NULL when the
 *   member is absent or null
 */
const char *
fv_json_reader_lookup (FvJsonReader *self,
                       const char   *key,
                       gsize        *length)
{
  gsize key_len = strlen (key);

  for (guint i = 0; i < self->members->len; i++)
    {
      Member *member = &g_array_index (self->members, Member, i);

      if (member->key_len == key_len && memcmp (self->arena->str + member->key, key, key_len) == 0)
        {
          if (length != NULL)
            *length = member->value_len;
          return self->arena->str + member->value;
        }
    }

  if (length != NULL)
    *length = 0;
  return NULL;
}

/* The number of the current object in the array, 1 for the first. */
guint64
fv_json_reader_get_index (FvJsonReader *self)
{
  return self->index;
}

/* The line the current object starts on. */
guint64
fv_json_reader_get_line (FvJsonReader *self)
{
  return self->object_line;
}

/* The byte offset of the current object's opening brace in the (plain) file. */
goffset
fv_json_reader_get_offset (FvJsonReader *self)
{
  return self->object_offset;
}
