/* fv-test-streams.c — input streams that misbehave, for the importers' tests
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A garbage stream makes gigabytes of random bytes on demand (nothing is
 * written to disk), a failing stream reads like a file until it vanishes
 * after N bytes. Both count what was read from them, so a test can assert
 * that an importer gave up early.
 */

#include <string.h>

#include "fv-test-streams.h"

#define FV_TYPE_TEST_STREAM (fv_test_stream_get_type ())
G_DECLARE_FINAL_TYPE (FvTestStream, fv_test_stream, FV, TEST_STREAM, GInputStream)

struct _FvTestStream
{
  GInputStream parent_instance;

  GBytes      *prefix;     /* served first */
  guint64      size;       /* all bytes served, prefix included */
  guint64      position;
  GRand       *rand;       /* garbage after the prefix, when set */
  gboolean     fails;      /* an error at @size instead of the end */
};

G_DEFINE_FINAL_TYPE (FvTestStream, fv_test_stream, G_TYPE_INPUT_STREAM)

static gssize
fv_test_stream_read (GInputStream  *stream,
                     void          *buffer,
                     gsize          count,
                     GCancellable  *cancellable,
                     GError       **error)
{
  FvTestStream *self = FV_TEST_STREAM (stream);
  gsize prefix_size = self->prefix ? g_bytes_get_size (self->prefix) : 0;
  guint8 *out = buffer;
  gsize n = 0;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return -1;

  if (self->position >= self->size)
    {
      if (self->fails)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                       "Error reading from file: No such device (the file vanished)");
          return -1;
        }
      return 0;
    }

  count = MIN (count, self->size - self->position);
  while (n < count && self->position < prefix_size)
    out[n++] = ((const guint8 *) g_bytes_get_data (self->prefix, NULL))[self->position++];
  while (n < count)
    {
      guint32 word = g_rand_int (self->rand);

      for (guint k = 0; k < 4 && n < count; k++, word >>= 8)
        {
          out[n++] = (guint8) word;
          self->position++;
        }
    }
  return n;
}

static void
fv_test_stream_finalize (GObject *object)
{
  FvTestStream *self = FV_TEST_STREAM (object);

  g_clear_pointer (&self->prefix, g_bytes_unref);
  g_clear_pointer (&self->rand, g_rand_free);
  G_OBJECT_CLASS (fv_test_stream_parent_class)->finalize (object);
}

static void
fv_test_stream_class_init (FvTestStreamClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fv_test_stream_finalize;
  G_INPUT_STREAM_CLASS (klass)->read_fn = fv_test_stream_read;
}

static void
fv_test_stream_init (FvTestStream *self)
{
}

/* @size bytes: @prefix, then random bytes from @seed. */
GInputStream *
fv_test_garbage_stream_new (const char *prefix,
                            guint64     size,
                            guint32     seed)
{
  FvTestStream *self = g_object_new (FV_TYPE_TEST_STREAM, NULL);

  self->prefix = g_bytes_new (prefix ? prefix : "", prefix ? strlen (prefix) : 0);
  self->size = size;
  self->rand = g_rand_new_with_seed (seed);
  return G_INPUT_STREAM (self);
}

/* The first @fail_after bytes of @bytes, then an error, as when a file on a
 * network share or a USB stick disappears while it is read. */
GInputStream *
fv_test_failing_stream_new (GBytes *bytes,
                            gsize   fail_after)
{
  FvTestStream *self = g_object_new (FV_TYPE_TEST_STREAM, NULL);

  self->prefix = g_bytes_ref (bytes);
  self->size = MIN (fail_after, g_bytes_get_size (bytes));
  self->fails = TRUE;
  return G_INPUT_STREAM (self);
}

guint64
fv_test_stream_get_bytes_read (GInputStream *stream)
{
  return FV_TEST_STREAM (stream)->position;
}

/* @bytes compressed with gzip, as the registers publish their files. */
GBytes *
fv_test_gzip (GBytes *bytes)
{
  g_autoptr(GConverter) compressor = G_CONVERTER (g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, -1));
  g_autoptr(GOutputStream) memory = g_memory_output_stream_new_resizable ();
  g_autoptr(GOutputStream) gzip = g_converter_output_stream_new (memory, compressor);
  g_autoptr(GError) error = NULL;

  g_output_stream_write_all (gzip, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL, NULL, &error);
  g_assert_no_error (error);
  g_output_stream_close (gzip, NULL, &error);
  g_assert_no_error (error);
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (memory));
}

/* A file of tests/fixtures/. */
GBytes *
fv_test_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}
