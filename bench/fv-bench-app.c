/* fv-bench-app.c — start-up to first frame, and search per keystroke
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Start-up runs the real binary with --quit-after-first-frame (it times itself
 * from main ()), beside fv-bench-floor, a bare libadwaita window: the floor
 * no GTK application can go below on this machine. Both with the cairo
 * renderer and OpenGL switched off, as under Xvfb there is no GPU.
 *
 * Search types a name one letter at a time into the registry's list model,
 * timing each keystroke from the filter's change to the model's update — the
 * same path as the search entry's "changed" handler.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "fv-bench.h"
#include "fv-organisation-list.h"

/* Reads "key value" lines as the binaries print them. */
static double
read_figure (const char *output,
             const char *key)
{
  g_autofree char *prefix = g_strconcat (key, " ", NULL);
  const char *line = strstr (output, prefix);

  return line != NULL ? g_ascii_strtod (line + strlen (prefix), NULL) : -1;
}

static char *sibling_program (const char *relative);

static char *
run_and_capture (const char * const *argv)
{
  g_autofree char *schemas = sibling_program ("../data");
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  envp = g_environ_setenv (envp, "GSK_RENDERER", "cairo", TRUE);
  /* Xvfb has no GPU: without this GDK still probes OpenGL (Mesa's software
   * driver), which costs a tenth of a second and 60 MB that the cairo renderer
   * never uses. */
  envp = g_environ_setenv (envp, "GDK_DEBUG", "gl-disable", TRUE);
  envp = g_environ_setenv (envp, "NO_AT_BRIDGE", "1", TRUE);
  envp = g_environ_setenv (envp, "GSETTINGS_BACKEND", "memory", TRUE);
  /* The uninstalled build's compiled schema, unless one is installed. */
  envp = g_environ_setenv (envp, "GSETTINGS_SCHEMA_DIR", schemas, FALSE);
  if (!g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                     &out, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    {
      g_printerr ("%s: %s\n", argv[0], error->message);
      g_clear_pointer (&out, g_free);
    }

  return out;
}

static char *
sibling_program (const char *relative)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *dir = g_path_get_dirname (self);

  return g_build_filename (dir, relative, NULL);
}

/**
 * fv_bench_startup:
 * @size: organisations in the registry; 0 for an empty database and the floor
 */
void
fv_bench_startup (const char *dir,
                  guint       size,
                  guint       runs)
{
  g_autofree char *frivillig = sibling_program ("../src/frivillig");
  g_autofree char *floor_program = sibling_program ("fv-bench-floor");
  g_autofree char *database = NULL;
  g_autoptr(GArray) first = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) shown = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) floor_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) rss = g_array_new (FALSE, FALSE, sizeof (double));

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("Start-up not measured: no display (run under xvfb-run)\n");
      return;
    }

  database = size > 0 ? fv_bench_make_registry (dir, size) : g_strdup_printf ("%s/empty.db", dir);

  for (guint run = 0; run < runs; run++)
    {
      const char *app_argv[] = { frivillig, "--database", database, "--quit-after-first-frame", NULL };
      const char *floor_argv[] = { floor_program, NULL };
      g_autofree char *app_out = run_and_capture (app_argv);
      double value;

      if (app_out == NULL)
        return;
      value = read_figure (app_out, "first-frame-ms");
      g_array_append_val (first, value);
      value = read_figure (app_out, "registry-shown-ms");
      g_array_append_val (shown, value);
      value = read_figure (app_out, "peak-rss-kb") / 1024.0;
      g_array_append_val (rss, value);

      if (size == 0)
        {
          g_autofree char *floor_out = run_and_capture (floor_argv);

          value = floor_out ? read_figure (floor_out, "first-frame-ms") : -1;
          g_array_append_val (floor_ms, value);
        }
    }

  fv_bench_record ("startup-first-frame", size, fv_bench_percentile (first, 0.5), "ms");
  fv_bench_record ("startup-registry-shown", size, fv_bench_percentile (shown, 0.5), "ms");
  fv_bench_record ("app-peak-rss", size, fv_bench_percentile (rss, 0.5), "MiB");
  if (size == 0)
    {
      double floor_median = fv_bench_percentile (floor_ms, 0.5);

      fv_bench_record ("startup-floor-bare-adw-window", 0, floor_median, "ms");
      fv_bench_record ("startup-ratio-to-floor", 0, fv_bench_percentile (first, 0.5) / floor_median, "x");
    }
}

static void
wait_until_loaded (FvOrganisationList *list)
{
  while (fv_organisation_list_is_loading (list))
    g_main_context_iteration (NULL, TRUE);
}

/**
 * fv_bench_search:
 *
 * Types "idrett" letter by letter, then deletes it again, into the filter of
 * a registry of @size organisations: per keystroke p50 and p95.
 */
void
fv_bench_search (const char *dir,
                 guint       size,
                 guint       runs)
{
  static const char word[] = "idrett";
  g_autofree char *path = fv_bench_make_registry (dir, size);
  g_autoptr(FvDatabase) database = NULL;
  g_autoptr(FvOrganisationList) list = NULL;
  g_autoptr(FvOrganisationFilter) filter = fv_organisation_filter_new ();
  g_autoptr(GArray) keystrokes = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;

  database = fv_database_open (path, FV_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  list = fv_organisation_list_new (database);
  wait_until_loaded (list);

  for (guint run = 0; run < runs; run++)
    for (int length = 1; length <= (int) strlen (word) * 2; length++)
      {
        int typed = length <= (int) strlen (word) ? length : 2 * (int) strlen (word) - length;
        gint64 start;
        double ms;

        g_free (filter->search);
        filter->search = g_strndup (word, typed);
        start = g_get_monotonic_time ();
        fv_organisation_list_set_filter (list, filter);
        wait_until_loaded (list);
        ms = fv_bench_elapsed_ms (start);
        g_array_append_val (keystrokes, ms);
      }

  fv_bench_record ("search-keystroke-p50", size, fv_bench_percentile (keystrokes, 0.5), "ms");
  fv_bench_record ("search-keystroke-p95", size, fv_bench_percentile (keystrokes, 0.95), "ms");
}
