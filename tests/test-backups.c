/* test-backups.c — the daily copies: made once a day, the newest kept, failures harmless
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>

#include "fv-backups.h"
#include "fv-demo.h"
#include "fv-test-util.h"

#define KEEP 7

typedef struct
{
  char       *dir;
  char       *path;
  char       *folder;
  FvDatabase *database;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = fv_test_make_dir ();
  fixture->path = g_build_filename (fixture->dir, "frivillig.db", NULL);
  fixture->folder = g_build_filename (fixture->dir, "backups", NULL);
  fixture->database = fv_database_open (fixture->path, FV_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (fv_demo_fill (fixture->database, &error));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->database);
  fv_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->folder);
}

/* 2026-03-01 plus @n days, at noon. */
static GDateTime *
day (int n)
{
  g_autoptr(GDateTime) first = g_date_time_new_local (2026, 3, 1, 12, 0, 0);

  return g_date_time_add_days (first, n);
}

static char *
daily_copy (Fixture *fixture,
            int      n)
{
  g_autoptr(GDateTime) date = day (n);
  g_autofree char *text = g_date_time_format (date, "%Y-%m-%d");
  g_autofree char *name = g_strdup_printf ("frivillig-%s.db", text);

  return g_build_filename (fixture->folder, name, NULL);
}

static void
make_daily_ok (Fixture *fixture,
               int      n)
{
  g_autoptr(GDateTime) date = day (n);
  g_autoptr(GError) error = NULL;

  g_assert_true (fv_backups_make_daily (fixture->database, date, KEEP, NULL, &error));
  g_assert_no_error (error);
}

static gint64
count_organisations (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FvDatabase) database = fv_database_open (path, FV_DATABASE_OPEN_READ_ONLY, &error);

  g_assert_no_error (error);
  return fv_database_query_int (database, "SELECT count(*) FROM organisation;", NULL);
}

static guint
count_files (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static void
add_organisation (FvDatabase *database)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_assert_true (fv_database_begin (database, &error));
  stmt = fv_database_prepare (database, "INSERT INTO organisation (name) VALUES ('Ny forening');", &error);
  g_assert_true (fv_database_step_done (database, stmt, &error));
  g_assert_true (fv_database_commit (database, &error));
}

static void
test_once_a_day (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *today = daily_copy (fixture, 0);
  g_autofree char *tomorrow = daily_copy (fixture, 1);
  gint64 before = count_organisations (fixture->path);
  g_autoptr(GBytes) first = NULL;

  make_daily_ok (fixture, 0);
  g_assert_cmpint (count_organisations (today), ==, before);
  first = fv_test_read_file (today);

  /* Later the same day: today's copy is kept as it is. */
  add_organisation (fixture->database);
  make_daily_ok (fixture, 0);
  fv_test_assert_same_bytes (first, today);
  g_assert_cmpuint (count_files (fixture->folder), ==, 1);

  /* The next day has the change. */
  make_daily_ok (fixture, 1);
  g_assert_cmpint (count_organisations (tomorrow), ==, before + 1);
}

static void
test_keeps_the_newest (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *before_schema = g_build_filename (fixture->folder,
                                                     "frivillig-before-schema-1-2026-02-27.db", NULL);
  g_autofree char *other = g_build_filename (fixture->folder, "notes.txt", NULL);

  g_assert_cmpint (g_mkdir_with_parents (fixture->folder, 0700), ==, 0);
  fv_test_write_file (before_schema, "old", 3);
  fv_test_write_file (other, "mine", 4);

  for (int n = 0; n < KEEP; n++)
    make_daily_ok (fixture, n);
  g_assert_cmpuint (count_files (fixture->folder), ==, KEEP + 2);

  /* The eighth day removes the first, and only that. */
  make_daily_ok (fixture, KEEP);
  for (int n = 0; n <= KEEP; n++)
    {
      g_autofree char *copy = daily_copy (fixture, n);

      g_assert_true (g_file_test (copy, G_FILE_TEST_EXISTS) == (n > 0));
    }
  g_assert_true (g_file_test (before_schema, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (other, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (count_files (fixture->folder), ==, KEEP + 2);
}

/* A copy that fails is reported and removes nothing, not even the oldest copy. */
static void
test_failure_changes_nothing (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *eighth = daily_copy (fixture, KEEP);
  g_autofree char *blocker = g_strconcat (eighth, ".partial", NULL);
  g_autoptr(GDateTime) date = day (KEEP);
  g_autoptr(GError) error = NULL;

  for (int n = 0; n < KEEP; n++)
    make_daily_ok (fixture, n);
  /* A folder where the copy's temporary file must go: SQLite cannot write it. */
  g_assert_cmpint (g_mkdir (blocker, 0700), ==, 0);

  g_assert_false (fv_backups_make_daily (fixture->database, date, KEEP, NULL, &error));
  g_assert_nonnull (error);
  g_test_message ("Failed as expected: %s", error->message);
  g_assert_false (g_file_test (eighth, G_FILE_TEST_EXISTS));
  for (int n = 0; n < KEEP; n++)
    {
      g_autofree char *copy = daily_copy (fixture, n);

      g_assert_true (g_file_test (copy, G_FILE_TEST_IS_REGULAR));
    }
  g_assert_cmpuint (count_files (fixture->folder), ==, KEEP + 1);
}

/* No folder can be made where a file stands: the error names the folder. */
static void
test_failure_names_the_folder (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GDateTime) date = day (0);
  g_autoptr(GError) error = NULL;

  fv_test_write_file (fixture->folder, "x", 1);
  g_assert_false (fv_backups_make_daily (fixture->database, date, KEEP, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, fixture->folder));
}

typedef struct
{
  gboolean  done;
  GError   *error;
} AsyncResult;

static void
daily_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  AsyncResult *outcome = user_data;

  fv_backups_make_daily_finish (FV_DATABASE (source), result, &outcome->error);
  outcome->done = TRUE;
}

/* The window's way: in a worker thread, dated today. */
static void
test_async (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *name = g_strdup_printf ("frivillig-%s.db", date);
  g_autofree char *copy = g_build_filename (fixture->folder, name, NULL);
  AsyncResult outcome = { FALSE, NULL };

  fv_backups_make_daily_async (fixture->database, KEEP, NULL, daily_done_cb, &outcome);
  while (!outcome.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (outcome.error);
  g_assert_true (g_file_test (copy, G_FILE_TEST_IS_REGULAR));
}

static void
test_find_newest (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *third = daily_copy (fixture, 2);
  g_autofree char *newest = NULL;
  g_autoptr(GError) error = NULL;

  newest = fv_backups_find_newest (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_null (newest);

  /* Made last, though dated earlier than the others. The pauses outlast the
   * file system's clock tick. */
  make_daily_ok (fixture, 5);
  g_usleep (50 * 1000);
  make_daily_ok (fixture, 4);
  g_usleep (50 * 1000);
  make_daily_ok (fixture, 2);
  newest = fv_backups_find_newest (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (newest, ==, third);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/backups/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("once-a-day", test_once_a_day);
  ADD ("keeps-the-newest", test_keeps_the_newest);
  ADD ("failure-changes-nothing", test_failure_changes_nothing);
  ADD ("failure-names-the-folder", test_failure_names_the_folder);
  ADD ("async", test_async);
  ADD ("find-newest", test_find_newest);

#undef ADD

  return g_test_run ();
}
