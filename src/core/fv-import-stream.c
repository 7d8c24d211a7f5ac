/* fv-import-stream.c — the bottom of every importer: gzip made transparent, bytes counted
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The national registers publish their files gzip-compressed; people also
 * unpack them. fv_import_stream_open() looks at the first two bytes (1f 8b is
 * gzip) and hands the readers plain text either way. It also counts the bytes
 * read from the file as stored, so progress is "MB of the file read" whether
 * or not it is compressed, and lets the readers peek at the start to tell JSON
 * from CSV before reading any further.
 *
 * Progress is reported from read(), at most every 0.5 % of the file (every
 * MB when its size is unknown), so a callback that cancels stops the very
 * next read.
 *
 * Reading never closes the caller's stream: the caller opened it and owns it.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fv-import-stream.h"

struct _FvImportStream
{
  GInputStream    parent_instance;

  GInputStream   *base;
  /* When @base decompresses, the stream below it that counts stored bytes. */
  FvImportStream *raw;
  gboolean        compressed;

  /* Bytes read ahead by peek(), handed out again by read(). */
  guint8         *peeked;
  gsize           peeked_pos;
  gsize           peeked_len;
  gsize           peeked_alloc;

  guint64         bytes_read;

  FvReadProgress  progress;
  gpointer        progress_data;
  goffset         progress_total;
  guint64         progress_step;
  guint64         progress_next;
};

G_DEFINE_FINAL_TYPE (FvImportStream, fv_import_stream, G_TYPE_INPUT_STREAM)

G_DEFINE_QUARK (fv-import-error-quark, fv_import_error)

/* zlib's complaints are correct but say nothing about what to do; say it. */
static void
explain_read_error (FvImportStream  *self,
                    GError          *local,
                    GError         **error)
{
  if (self->compressed && g_error_matches (local, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT))
    {
      g_set_error (error, FV_IMPORT_ERROR, FV_IMPORT_ERROR_TRUNCATED,
                   _("The compressed file ends too early: it is truncated. Download it again."));
      g_error_free (local);
    }
  else if (self->compressed && g_error_matches (local, G_IO_ERROR, G_IO_ERROR_INVALID_DATA))
    {
      g_set_error (error, FV_IMPORT_ERROR, FV_IMPORT_ERROR_MALFORMED,
                   /* Translators: %s is zlib's own description of the damage */
                   _("The compressed (gzip) file is damaged: %s"), local->message);
      g_error_free (local);
    }
  else
    g_propagate_error (error, local);
}

static void
report_progress (FvImportStream *self)
{
  guint64 done = fv_import_stream_get_raw_bytes (self);

  if (self->progress == NULL || done < self->progress_next)
    return;

  self->progress_next = done + self->progress_step;
  self->progress ((goffset) done, self->progress_total, self->progress_data);
}

static gssize
fv_import_stream_read (GInputStream  *stream,
                       void          *buffer,
                       gsize          count,
                       GCancellable  *cancellable,
                       GError       **error)
{
  FvImportStream *self = FV_IMPORT_STREAM (stream);
  GError *local = NULL;
  gssize n;

  /* Not every stream looks at the cancellable (memory streams do not). */
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return -1;

  if (self->peeked_pos < self->peeked_len)
    {
      n = MIN (count, self->peeked_len - self->peeked_pos);
      memcpy (buffer, self->peeked + self->peeked_pos, n);
      self->peeked_pos += n;
      return n;
    }

  n = g_input_stream_read (self->base, buffer, count, cancellable, &local);
  if (n < 0)
    {
      explain_read_error (self, local, error);
      return -1;
    }

  self->bytes_read += n;
  report_progress (self);
  return n;
}

/* The caller's stream stays open: it is theirs. */
static gboolean
fv_import_stream_close (GInputStream  *stream,
                        GCancellable  *cancellable,
                        GError       **error)
{
  return TRUE;
}

static void
fv_import_stream_finalize (GObject *object)
{
  FvImportStream *self = FV_IMPORT_STREAM (object);

  g_clear_object (&self->base);
  g_clear_object (&self->raw);
  g_free (self->peeked);

  G_OBJECT_CLASS (fv_import_stream_parent_class)->finalize (object);
}

static void
fv_import_stream_class_init (FvImportStreamClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GInputStreamClass *stream_class = G_INPUT_STREAM_CLASS (klass);

  object_class->finalize = fv_import_stream_finalize;
  stream_class->read_fn = fv_import_stream_read;
  stream_class->close_fn = fv_import_stream_close;
}

static void
fv_import_stream_init (FvImportStream *self)
{
}

static FvImportStream *
wrap (GInputStream *base)
{
  FvImportStream *self = g_object_new (FV_TYPE_IMPORT_STREAM, NULL);

  self->base = g_object_ref (base);
  return self;
}

/**
 * fv_import_stream_peek:
 * @count: how many bytes to look at
 * @n_available: (out): how many there are (fewer only at the end of the file)
 *
 * Looks at the next bytes without consuming them: the following reads return
 * them again.
 *
 * Returns: (transfer none): the bytes, valid until the next read or peek;
 *   %NULL with @error set when reading fails
 */
const guint8 *
fv_import_stream_peek (FvImportStream  *self,
                       gsize            count,
                       gsize           *n_available,
                       GCancellable    *cancellable,
                       GError         **error)
{
  g_return_val_if_fail (FV_IS_IMPORT_STREAM (self), NULL);

  if (self->peeked_pos > 0)
    {
      memmove (self->peeked, self->peeked + self->peeked_pos, self->peeked_len - self->peeked_pos);
      self->peeked_len -= self->peeked_pos;
      self->peeked_pos = 0;
    }
  if (self->peeked_alloc < count)
    {
      self->peeked = g_realloc (self->peeked, count);
      self->peeked_alloc = count;
    }

  while (self->peeked_len < count)
    {
      GError *local = NULL;
      gssize n = g_input_stream_read (self->base, self->peeked + self->peeked_len,
                                      count - self->peeked_len, cancellable, &local);

      if (n < 0)
        {
          explain_read_error (self, local, error);
          return NULL;
        }
      if (n == 0)
        break;
      self->bytes_read += n;
      self->peeked_len += n;
    }

  *n_available = self->peeked_len;
  return self->peeked;
}

/**
 * fv_import_stream_open:
 * @base: the file as stored, plain or gzip-compressed
 *
 * Returns: (transfer full): a stream of the plain bytes, %NULL with @error set
 *   when the first bytes cannot be read
 */
FvImportStream *
fv_import_stream_open (GInputStream  *base,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(FvImportStream) raw = NULL;
  g_autoptr(GConverter) decompressor = NULL;
  g_autoptr(GInputStream) converter = NULL;
  FvImportStream *text;
  const guint8 *head;
  gsize n = 0;

  g_return_val_if_fail (G_IS_INPUT_STREAM (base), NULL);

  raw = wrap (base);
  head = fv_import_stream_peek (raw, 2, &n, cancellable, error);
  if (head == NULL)
    return NULL;

  if (n < 2 || head[0] != 0x1f || head[1] != 0x8b)
    return g_steal_pointer (&raw);

  decompressor = G_CONVERTER (g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP));
  converter = g_converter_input_stream_new (G_INPUT_STREAM (raw), decompressor);
  text = wrap (converter);
  text->raw = g_steal_pointer (&raw);
  text->compressed = TRUE;
  return text;
}

gboolean
fv_import_stream_is_compressed (FvImportStream *self)
{
  g_return_val_if_fail (FV_IS_IMPORT_STREAM (self), FALSE);

  return self->compressed;
}

/**
 * fv_import_stream_set_progress:
 * @total: the size of the file as stored, or -1 when unknown
 *
 * Calls @progress (from the reading thread) as the file is read: once at
 * once, then every 0.5 % or so.
 */
void
fv_import_stream_set_progress (FvImportStream *self,
                               goffset         total,
                               FvReadProgress  progress,
                               gpointer        user_data)
{
  g_return_if_fail (FV_IS_IMPORT_STREAM (self));

  self->progress = progress;
  self->progress_data = user_data;
  self->progress_total = total > 0 ? total : -1;
  self->progress_step = total > 0 ? MAX ((guint64) total / 200, 1) : 1024 * 1024;
  self->progress_next = 0;
  report_progress (self);
}

/* Reports the end of the file: the last call a progress bar sees. */
void
fv_import_stream_end_progress (FvImportStream *self)
{
  guint64 done = fv_import_stream_get_raw_bytes (self);

  if (self->progress != NULL)
    self->progress ((goffset) done, self->progress_total > 0 ? self->progress_total : (goffset) done,
                    self->progress_data);
}

/* Bytes of the file as stored that have been read so far: the progress. */
guint64
fv_import_stream_get_raw_bytes (FvImportStream *self)
{
  g_return_val_if_fail (FV_IS_IMPORT_STREAM (self), 0);

  return self->raw != NULL ? self->raw->bytes_read : self->bytes_read;
}
