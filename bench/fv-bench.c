/* fv-bench.c — measures what users feel, at the sizes real municipalities have
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Builds synthetic registries of 1 000 to 100 000 organisations and prints one
 * table, plus one machine-readable line per figure ("BENCH name size value unit").
 * Every figure is the median of --runs runs. Run by hand:
 *
 *   _build/bench/fv-bench [--sizes 1000,10000,100000] [--runs 5]
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sys/resource.h>
#include <sys/utsname.h>

#include "fv-bench.h"
#include "fv-bench-documents.h"
#include "fv-bench-import.h"
#include "fv-database.h"
#include "fv-import-plan.h"
#include "fv-organisation-list.h"
#include "fv-synthetic.h"

typedef struct
{
  const char *name;
  guint       size;
  double      value;
  const char *unit;
} Figure;

static GArray *figures;

double
fv_bench_elapsed_ms (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

#define elapsed_ms fv_bench_elapsed_ms

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

double
fv_bench_percentile (GArray *samples,
                     double  p)
{
  g_array_sort (samples, compare_doubles);
  return g_array_index (samples, double, (guint) ((samples->len - 1) * p + 0.5));
}

/* Adds a figure to the table and prints its machine-readable line at once. */
void
fv_bench_record (const char *name,
                 guint       size,
                 double      value,
                 const char *unit)
{
  Figure figure = { g_intern_string (name), size, value, g_intern_string (unit) };

  g_array_append_val (figures, figure);
  g_print ("BENCH %s %u %.3f %s\n", name, size, value, unit);
}

/**
 * fv_bench_make_registry:
 *
 * Returns: (transfer full): the path of a synthetic registry of @size
 *   organisations in @dir, made once and reused by every measurement
 */
char *
fv_bench_make_registry (const char *dir,
                        guint       size)
{
  g_autofree char *path = g_strdup_printf ("%s/registry-%u.db", dir, size);
  g_autoptr(FvDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return g_steal_pointer (&path);

  database = fv_database_open (path, FV_DATABASE_OPEN_DEFAULT, &error);
  if (database == NULL || !fv_synthetic_fill (database, size, &error))
    g_error ("%s", error->message);
  return g_steal_pointer (&path);
}

static FvDatabase *
open_or_die (const char          *path,
             FvDatabaseOpenFlags  flags)
{
  g_autoptr(GError) error = NULL;
  FvDatabase *database = fv_database_open (path, flags, &error);

  if (database == NULL)
    g_error ("%s", error->message);
  return database;
}

static void
wait_until_loaded (FvOrganisationList *list)
{
  while (fv_organisation_list_is_loading (list))
    g_main_context_iteration (NULL, TRUE);
}

static void
measure_size (const char *dir,
              guint       size,
              guint       runs)
{
  g_autofree char *path = g_strdup_printf ("%s/registry-%u.db", dir, size);
  g_autoptr(GArray) open_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) list_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) item_us = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) search_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) check_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) backup_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(FvDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (size);
  GStatBuf st;
  gint64 start;

  g_unlink (path);
  database = open_or_die (path, FV_DATABASE_OPEN_DEFAULT);
  start = g_get_monotonic_time ();
  if (!fv_synthetic_fill (database, size, &error))
    g_error ("%s", error->message);
  fv_bench_record ("insert-with-triggers", size, elapsed_ms (start), "ms");
  g_clear_object (&database);

  for (guint run = 0; run < runs; run++)
    {
      g_autoptr(FvOrganisationList) list = NULL;
      g_autoptr(sqlite3_stmt) stmt = NULL;
      g_autofree char *backup = g_strdup_printf ("%s/backup-%u-%u.db", dir, size, run);
      double ms;

      /* Opening checks every page: this is start-up's share of the database. */
      start = g_get_monotonic_time ();
      database = open_or_die (path, FV_DATABASE_OPEN_DEFAULT);
      ms = elapsed_ms (start);
      g_array_append_val (open_ms, ms);

      start = g_get_monotonic_time ();
      list = fv_organisation_list_new (database);
      wait_until_loaded (list);
      ms = elapsed_ms (start);
      g_array_append_val (list_ms, ms);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, size);

      for (guint i = 0; i < 200; i++)
        {
          g_autoptr(GObject) item = NULL;
          double us;

          start = g_get_monotonic_time ();
          item = g_list_model_get_item (G_LIST_MODEL (list), g_rand_int_range (rand, 0, size));
          us = (double) (g_get_monotonic_time () - start);
          g_array_append_val (item_us, us);
        }

      /* Inside-word search through the trigram index: "lag" in "idrettslag". */
      start = g_get_monotonic_time ();
      stmt = fv_database_prepare (database,
                                  "SELECT rowid FROM organisation_search WHERE organisation_search MATCH ?1;",
                                  &error);
      sqlite3_bind_text (stmt, 1, "\"idrettsl\"", -1, SQLITE_STATIC);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        ;
      ms = elapsed_ms (start);
      g_array_append_val (search_ms, ms);

      start = g_get_monotonic_time ();
      if (!fv_database_check (database, FALSE, NULL, &error))
        g_error ("check failed");
      ms = elapsed_ms (start);
      g_array_append_val (check_ms, ms);

      g_unlink (backup);
      start = g_get_monotonic_time ();
      if (!fv_database_backup (database, backup, NULL, &error))
        g_error ("%s", error->message);
      ms = elapsed_ms (start);
      g_array_append_val (backup_ms, ms);
      g_unlink (backup);

      g_clear_object (&list);
      g_clear_object (&database);
    }

  fv_bench_record ("open-with-quick-check", size, fv_bench_percentile (open_ms, 0.5), "ms");
  fv_bench_record ("list-ids-loaded", size, fv_bench_percentile (list_ms, 0.5), "ms");
  fv_bench_record ("item-on-demand-p50", size, fv_bench_percentile (item_us, 0.5), "us");
  fv_bench_record ("item-on-demand-p95", size, fv_bench_percentile (item_us, 0.95), "us");
  fv_bench_record ("fts-inside-word", size, fv_bench_percentile (search_ms, 0.5), "ms");
  fv_bench_record ("quick-check", size, fv_bench_percentile (check_ms, 0.5), "ms");
  fv_bench_record ("backup", size, fv_bench_percentile (backup_ms, 0.5), "ms");
  if (g_stat (path, &st) == 0)
    fv_bench_record ("file-size", size, st.st_size / (1024.0 * 1024.0), "MiB");
  /* Kept: the start-up and search measurements reuse it (fv_bench_make_registry). */
}

/* N organisations as an import from the register brings them: plan, then one commit. */
static void
measure_bulk_import (const char *dir,
                     guint       size,
                     guint       runs)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_organisation_record_free);
  g_autoptr(GArray) plan_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) commit_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GRand) rand = g_rand_new_with_seed (size);

  for (guint i = 0; i < size; i++)
    {
      FvOrganisationRecord *record = fv_organisation_record_new ();

      record->name = fv_synthetic_organisation_name (rand, i);
      record->orgnr = fv_synthetic_orgnr (i);
      record->org_form = g_strdup ("FLI");
      record->postcode = g_strdup ("1337");
      record->place = g_strdup ("Sandvika");
      record->municipality_number = g_strdup ("3201");
      record->categories[0] = 1200;
      g_ptr_array_add (records, record);
    }

  for (guint run = 0; run < runs; run++)
    {
      g_autofree char *path = g_strdup_printf ("%s/import-%u-%u.db", dir, size, run);
      g_autoptr(FvDatabase) database = NULL;
      g_autoptr(FvImportPlan) plan = NULL;
      g_autoptr(GError) error = NULL;
      gint64 start;
      double ms;

      database = open_or_die (path, FV_DATABASE_OPEN_DEFAULT);
      start = g_get_monotonic_time ();
      plan = fv_import_plan_new (database, FV_IMPORT_SOURCE_REGISTER, records, NULL, NULL, &error);
      ms = elapsed_ms (start);
      g_array_append_val (plan_ms, ms);

      start = g_get_monotonic_time ();
      if (plan == NULL || !fv_import_plan_commit (plan, database, NULL, NULL, NULL, &error))
        g_error ("%s", error->message);
      ms = elapsed_ms (start);
      g_array_append_val (commit_ms, ms);
      g_clear_object (&database);
      g_unlink (path);
    }

  fv_bench_record ("bulk-import-plan", size, fv_bench_percentile (plan_ms, 0.5), "ms");
  fv_bench_record ("bulk-import-commit", size, fv_bench_percentile (commit_ms, 0.5), "ms");
}

static char *
describe_machine (void)
{
  g_autofree char *cpuinfo = NULL;
  g_autofree char *model = NULL;
  struct utsname uts;

  if (g_file_get_contents ("/proc/cpuinfo", &cpuinfo, NULL, NULL))
    {
      char *line = strstr (cpuinfo, "model name");

      if (line != NULL && (line = strchr (line, ':')) != NULL)
        model = g_strndup (line + 2, strcspn (line + 2, "\n"));
    }
  uname (&uts);

  return g_strdup_printf ("%s, %u cores, %s %s, SQLite %s", model ? model : "unknown CPU",
                          g_get_num_processors (), uts.sysname, uts.release, sqlite3_libversion ());
}

static void
print_table (void)
{
  struct rusage usage;

  g_print ("\n%-24s %9s %12s %s\n", "figure", "size", "median", "unit");
  for (guint i = 0; i < figures->len; i++)
    {
      Figure *f = &g_array_index (figures, Figure, i);

      g_print ("%-24s %9u %12.2f %s\n", f->name, f->size, f->value, f->unit);
    }

  getrusage (RUSAGE_SELF, &usage);
  g_print ("\npeak RSS of the benchmark process: %.1f MiB\n", usage.ru_maxrss / 1024.0);
}

static void
remove_dir (const char *dir)
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

int
main (int   argc,
      char *argv[])
{
  g_autofree char *sizes_arg = NULL;
  g_autofree char *machine = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) sizes = NULL;
  int runs = 5;
  gboolean startup = FALSE;
  gboolean import = FALSE;
  int import_rows = FV_SYNTHETIC_BRREG_NATIONAL_ROWS;
  g_autofree char *import_child = NULL;
  GOptionEntry entries[] = {
    { "sizes", 0, 0, G_OPTION_ARG_STRING, &sizes_arg, "Registry sizes, comma-separated", "N,N,…" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs per figure (the median is printed)", "N" },
    { "startup", 0, 0, G_OPTION_ARG_NONE, &startup,
      "Also time the application's start-up (needs a display: run under xvfb-run)", NULL },
    { "import", 0, 0, G_OPTION_ARG_NONE, &import,
      "Filter a national-size Enhetsregisteret CSV to one municipality, beside zcat (alone unless --sizes is given)", NULL },
    { "import-rows", 0, 0, G_OPTION_ARG_INT, &import_rows, "Rows of that file (1470000)", "N" },
    { "import-child", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &import_child, NULL, NULL },
    { NULL }
  };

  context = g_option_context_new ("— Frivillig benchmarks");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  if (import_child != NULL)
    return fv_bench_import_child (import_child);

  figures = g_array_new (FALSE, FALSE, sizeof (Figure));
  sizes = g_strsplit (sizes_arg ? sizes_arg : import ? "" : "1000,10000,100000", ",", -1);
  dir = g_dir_make_tmp ("frivillig-bench-XXXXXX", &error);
  g_assert_no_error (error);

  machine = describe_machine ();
  g_print ("Frivillig %s benchmarks on %s; median of %d runs\n", PACKAGE_VERSION, machine, runs);

  if (import)
    fv_bench_import ((guint) MAX (import_rows, 1), MAX (runs, 1));

  for (guint i = 0; sizes[i] != NULL; i++)
    {
      guint size = (guint) g_ascii_strtoull (sizes[i], NULL, 10);

      measure_size (dir, size, MAX (runs, 1));
      fv_bench_search (dir, size, MAX (runs, 1));
      measure_bulk_import (dir, size, MAX (runs, 1));
    }

  if (startup)
    {
      fv_bench_startup (dir, 0, MAX (runs, 1));
      for (guint i = 0; sizes[i] != NULL; i++)
        fv_bench_startup (dir, (guint) g_ascii_strtoull (sizes[i], NULL, 10), MAX (runs, 1));
      /* One application per process: typing is measured at the largest size. */
      fv_bench_typing (dir, (guint) g_ascii_strtoull (sizes[g_strv_length (sizes) - 1], NULL, 10),
                       MAX (runs, 1));
    }

  /* The register report at 600 and 6 000 organisations, beside the registry figures. */
  if (sizes[0] != NULL)
    fv_bench_documents (dir, MAX (runs, 1));

  print_table ();
  remove_dir (dir);
  g_array_unref (figures);
  return 0;
}
