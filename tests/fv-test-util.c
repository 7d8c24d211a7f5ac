/* fv-test-util.c — small helpers shared by the tests
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "fv-test-util.h"

/* A fresh folder under the system's temporary folder; tests never touch real data. */
char *
fv_test_make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("frivillig-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

void
fv_test_remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

GBytes *
fv_test_read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

void
fv_test_write_file (const char *path,
                    const void *data,
                    gsize       size)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, size, &error);
  g_assert_no_error (error);
}

/* Overwrites @length bytes at @offset with a pattern no SQLite page contains. */
void
fv_test_spoil_bytes (const char *path,
                     goffset     offset,
                     gsize       length)
{
  g_autoptr(GBytes) bytes = fv_test_read_file (path);
  gsize size = 0;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  g_autofree guint8 *copy = g_memdup2 (data, size);

  g_assert_cmpuint (offset + length, <=, size);
  for (gsize i = 0; i < length; i++)
    copy[offset + i] = (guint8) (0xA5 ^ (i * 31));
  fv_test_write_file (path, copy, size);
}

void
fv_test_assert_same_bytes (GBytes     *before,
                           const char *path)
{
  g_autoptr(GBytes) after = fv_test_read_file (path);

  g_assert_true (g_bytes_equal (before, after));
}
