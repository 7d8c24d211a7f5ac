/* fv-test-db.c — a database for a test, and counting what is in it
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "fv-demo.h"
#include "fv-test-db.h"

/**
 * fv_test_db_open:
 * @dir: the test's own folder; the database is frivillig.db in it
 * @with_sample_data: fill it with the actors of the seeds (fv_demo_fill)
 *
 * Returns: (transfer full): the open database; the test fails if it is not
 */
FvDatabase *
fv_test_db_open (const char *dir,
                 gboolean    with_sample_data)
{
  g_autofree char *path = g_build_filename (dir, "frivillig.db", NULL);
  g_autoptr(GError) error = NULL;
  FvDatabase *database = fv_database_open (path, FV_DATABASE_OPEN_DEFAULT, &error);

  g_assert_no_error (error);
  if (with_sample_data)
    {
      g_assert_true (fv_demo_fill (database, &error));
      g_assert_no_error (error);
    }
  return database;
}

/* The one number @sql selects, such as a count(*); the test fails on an error. */
gint64
fv_test_db_count (FvDatabase *database,
                  const char *sql)
{
  g_autoptr(GError) error = NULL;
  gint64 n = fv_database_query_int (database, sql, &error);

  g_assert_no_error (error);
  return n;
}
