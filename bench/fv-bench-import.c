/* fv-bench-import.c — the national register filtered to one municipality, beside zcat
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Issue 3's goal: a national-size Enhetsregisteret CSV (1.47 million rows,
 * gzip) filtered to one municipality in at most twice the time
 * `zcat FILE > /dev/null` takes on the same file, with peak memory ≤ 64 MB.
 *
 * The file is made once by fv-synthetic-brreg.c and kept in the temporary
 * folder (frivillig-bench-brreg/) for later runs: making it takes a minute.
 * Each run times zcat and then the filter; the filter runs in a child
 * process of its own (this program with --import-child), which reports its
 * time and its VmHWM from /proc/self/status, so the peak memory is the
 * filter's and nothing else's. The page cache is warmed by one zcat first.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "fv-bench.h"
#include "fv-bench-import.h"
#include "fv-brreg.h"

typedef struct
{
  guint   expected;
  guint64 plain_size;
} Meta;

static gboolean
read_meta (const char *path,
           Meta       *meta)
{
  g_autofree char *text = NULL;

  if (!g_file_get_contents (path, &text, NULL, NULL))
    return FALSE;
  return sscanf (text, "%u %" G_GUINT64_FORMAT, &meta->expected, &meta->plain_size) == 2;
}

static guint64
plain_size_of (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) input = g_file_read (file, NULL, NULL);
  g_autoptr(GConverter) decompressor = G_CONVERTER (g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP));
  g_autoptr(GInputStream) plain = g_converter_input_stream_new (G_INPUT_STREAM (input), decompressor);
  g_autofree char *buffer = g_malloc (1024 * 1024);
  guint64 total = 0;
  gssize n;

  while ((n = g_input_stream_read (plain, buffer, 1024 * 1024, NULL, NULL)) > 0)
    total += n;
  return total;
}

/* The synthetic file for @rows, made when it is not there yet. */
static char *
cached_file (guint  rows,
             Meta  *meta)
{
  g_autofree char *dir = g_build_filename (g_get_tmp_dir (), "frivillig-bench-brreg", NULL);
  g_autofree char *name = g_strdup_printf ("enheter-%u.csv.gz", rows);
  g_autofree char *meta_name = g_strdup_printf ("enheter-%u.meta", rows);
  g_autofree char *meta_path = g_build_filename (dir, meta_name, NULL);
  g_autofree char *meta_text = NULL;
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);
  gint64 start;

  if (g_file_test (path, G_FILE_TEST_EXISTS) && read_meta (meta_path, meta))
    return path;

  g_mkdir_with_parents (dir, 0700);
  g_print ("Making a synthetic Enhetsregisteret CSV of %u rows in %s …\n", rows, path);
  start = g_get_monotonic_time ();
  if (!fv_synthetic_brreg_write (path, rows, &meta->expected, &error))
    g_error ("%s", error->message);
  meta->plain_size = plain_size_of (path);
  meta_text = g_strdup_printf ("%u %" G_GUINT64_FORMAT "\n", meta->expected, meta->plain_size);
  g_file_set_contents (meta_path, meta_text, -1, &error);
  g_assert_no_error (error);
  g_print ("… made in %.1f s\n", fv_bench_elapsed_ms (start) / 1000.0);
  return path;
}

static double
time_zcat (const char *path)
{
  const char *argv[] = { "zcat", path, NULL };
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("zcat: %s", error->message);
  return fv_bench_elapsed_ms (start);
}

/* One filter run in a fresh process: its time, peak memory and count. */
static void
run_child (const char *path,
           double     *ms,
           double     *peak_mib,
           guint      *n_records)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  const char *argv[] = { self, "--import-child", path, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;
  guint64 hwm_kb = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, 0, NULL, NULL, &out, &err, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("filter: %s %s", error->message, err ? err : "");
  if (sscanf (out, "IMPORT-CHILD %lf %u %" G_GUINT64_FORMAT, ms, n_records, &hwm_kb) != 3)
    g_error ("filter: unexpected output “%s”", out);
  *peak_mib = hwm_kb / 1024.0;
}

static guint64
peak_rss_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmHWM:")) == NULL)
    return 0;
  return g_ascii_strtoull (line + 6, NULL, 10);
}

/**
 * fv_bench_import_child:
 *
 * The child's side: filters @path to FV_SYNTHETIC_BRREG_KOMMUNE once and
 * prints "IMPORT-CHILD ms records peak_kb".
 */
int
fv_bench_import_child (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) skipped = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  double ms;

  if (!fv_brreg_read_file (file, FV_SYNTHETIC_BRREG_KOMMUNE, NULL, NULL, &records, &skipped, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  ms = fv_bench_elapsed_ms (start);
  g_print ("IMPORT-CHILD %.3f %u %" G_GUINT64_FORMAT "\n", ms, records->len, peak_rss_kb ());
  return 0;
}

/**
 * fv_bench_import:
 * @rows: the size of the synthetic register (FV_SYNTHETIC_BRREG_NATIONAL_ROWS
 *   for the real thing)
 *
 * Prints the median filter and zcat times, their ratio and the filter's peak
 * memory.
 */
void
fv_bench_import (guint rows,
                 guint runs)
{
  g_autoptr(GArray) zcat_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) filter_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *path = NULL;
  double peak = 0;
  guint n_records = 0;
  GStatBuf st;
  Meta meta = { 0, 0 };

  path = cached_file (rows, &meta);
  if (g_stat (path, &st) != 0)
    g_error ("%s is gone", path);

  time_zcat (path);  /* warms the page cache */
  for (guint run = 0; run < runs; run++)
    {
      double zcat = time_zcat (path);
      double ms, peak_mib;

      run_child (path, &ms, &peak_mib, &n_records);
      g_array_append_val (zcat_ms, zcat);
      g_array_append_val (filter_ms, ms);
      peak = MAX (peak, peak_mib);
    }

  if (n_records != meta.expected)
    g_error ("the filter kept %u organisations; the file has %u", n_records, meta.expected);

  fv_bench_record ("brreg-file-gz", rows, st.st_size / (1024.0 * 1024.0), "MiB");
  fv_bench_record ("brreg-file-unpacked", rows, meta.plain_size / (1024.0 * 1024.0), "MiB");
  fv_bench_record ("brreg-kept-" FV_SYNTHETIC_BRREG_KOMMUNE, rows, n_records, "orgs");
  fv_bench_record ("zcat", rows, fv_bench_percentile (zcat_ms, 0.5), "ms");
  fv_bench_record ("brreg-filter", rows, fv_bench_percentile (filter_ms, 0.5), "ms");
  fv_bench_record ("brreg-filter/zcat", rows,
                   fv_bench_percentile (filter_ms, 0.5) / fv_bench_percentile (zcat_ms, 0.5), "x");
  fv_bench_record ("brreg-filter-peak-rss", rows, peak, "MiB");
}
