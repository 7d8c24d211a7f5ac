/* test-database.c — the database opens, upgrades, refuses and announces as users rely on
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>

#include "fv-database-private.h"
#include "fv-demo.h"
#include "fv-test-util.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = fv_test_make_dir ();
  fixture->path = g_build_filename (fixture->dir, "frivillig.db", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  fv_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static FvDatabase *
open_ok (const char          *path,
         FvDatabaseOpenFlags  flags)
{
  g_autoptr(GError) error = NULL;
  FvDatabase *database = fv_database_open (path, flags, &error);

  g_assert_no_error (error);
  g_assert_nonnull (database);
  return database;
}

static void
exec_raw (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static gint64
count_rows (FvDatabase *database,
            const char *sql)
{
  g_autoptr(GError) error = NULL;
  gint64 n = fv_database_query_int (database, sql, &error);

  g_assert_no_error (error);
  return n;
}

static void
insert_organisation (FvDatabase *database,
                     const char *name)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) error = NULL;

  stmt = fv_database_prepare (database, "INSERT INTO organisation (name) VALUES (?1);", &error);
  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  fv_database_step_done (database, stmt, &error);
  g_assert_no_error (error);
}

/* A database of several hundred pages, closed so that everything is in the main file. */
static void
make_large_database (const char *path)
{
  g_autoptr(FvDatabase) database = open_ok (path, FV_DATABASE_OPEN_DEFAULT);
  g_autoptr(GError) error = NULL;

  fv_demo_fill (database, &error);
  g_assert_no_error (error);
  g_assert_true (fv_database_begin (database, &error));
  for (int i = 0; i < 3000; i++)
    {
      g_autofree char *name = g_strdup_printf ("Testforening nummer %d for idrett og kultur", i);

      insert_organisation (database, name);
    }
  g_assert_true (fv_database_commit (database, &error));
}

static void
assert_refused (const char      *path,
                FvDatabaseError  code)
{
  g_autoptr(GBytes) before = fv_test_read_file (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(FvDatabase) database = NULL;

  database = fv_database_open (path, FV_DATABASE_OPEN_DEFAULT, &error);
  g_assert_null (database);
  g_assert_error (error, FV_DATABASE_ERROR, (int) code);
  g_assert_nonnull (strstr (error->message, path));
  g_test_message ("Refused as expected: %s", error->message);
  fv_test_assert_same_bytes (before, path);

  /* And through the read-only path that check and backup use. */
  g_clear_error (&error);
  database = fv_database_open (path, FV_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_null (database);
  g_assert_error (error, FV_DATABASE_ERROR, (int) code);
  fv_test_assert_same_bytes (before, path);
}

static void
test_fresh (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(FvDatabase) database = open_ok (fixture->path, FV_DATABASE_OPEN_DEFAULT);

  g_assert_cmpint (fv_database_get_latest_schema_version (), >=, 2);
  g_assert_cmpint (fv_database_get_schema_version (database), ==,
                   fv_database_get_latest_schema_version ());
  g_assert_cmpint (count_rows (database, "PRAGMA user_version;"), ==,
                   fv_database_get_latest_schema_version ());
  g_assert_cmpint (count_rows (database, "PRAGMA application_id;"), ==, 1181903222);
  g_assert_cmpint (count_rows (database, "PRAGMA foreign_keys;"), ==, 1);
  g_assert_cmpint (count_rows (database, "SELECT count(*) FROM icnpo_category;"), ==, 32);
  g_assert_cmpint (count_rows (database, "SELECT count(*) FROM organisation;"), ==, 0);
  g_assert_cmpint (count_rows (database,
                               "SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = 'wal';"),
                   ==, 1);
}

static void
test_reopen_keeps_data (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(FvDatabase) first = open_ok (fixture->path, FV_DATABASE_OPEN_DEFAULT);
  g_autoptr(FvDatabase) second = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (fv_database_begin (first, &error));
  insert_organisation (first, "Mjølner speidergruppe");
  g_assert_true (fv_database_commit (first, &error));
  g_clear_object (&first);

  second = open_ok (fixture->path, FV_DATABASE_OPEN_DEFAULT);
  g_assert_cmpint (count_rows (second, "SELECT count(*) FROM organisation WHERE name = 'Mjølner speidergruppe';"),
                   ==, 1);
}

static void
test_upgrade (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(FvDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  /* A database as version 1 of the schema left it, with data in it. */
  database = _fv_database_open_full (fixture->path, FV_DATABASE_OPEN_DEFAULT, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fv_database_get_schema_version (database), ==, 1);
  g_assert_true (fv_database_begin (database, &error));
  insert_organisation (database, "Leiret idrettslag");
  g_assert_true (fv_database_commit (database, &error));
  g_clear_object (&database);

  database = open_ok (fixture->path, FV_DATABASE_OPEN_DEFAULT);
  g_assert_cmpint (fv_database_get_schema_version (database), ==,
                   fv_database_get_latest_schema_version ());
  g_assert_cmpint (count_rows (database, "SELECT count(*) FROM organisation;"), ==, 1);
  /* Migration 2 indexed the rows that were already there: "lag" inside "idrettslag". */
  g_assert_cmpint (count_rows (database,
                               "SELECT count(*) FROM organisation_search WHERE organisation_search MATCH 'lag';"),
                   ==, 1);
}

/* A database as version 1 of the schema left it, with one organisation in it. */
static void
make_version_1 (const char *path,
                const char *organisation)
{
  g_autoptr(FvDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  database = _fv_database_open_full (path, FV_DATABASE_OPEN_DEFAULT, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fv_database_get_schema_version (database), ==, 1);
  g_assert_true (fv_database_begin (database, &error));
  insert_organisation (database, organisation);
  g_assert_true (fv_database_commit (database, &error));
}

static char *
before_schema_copy (const char *dir,
                    const char *suffix)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *name = g_strdup_printf ("frivillig-before-schema-1-%s%s.db", date, suffix);

  return g_build_filename (dir, "backups", name, NULL);
}

static void
assert_version_1_copy (const char *path,
                       const char *organisation)
{
  g_autoptr(FvDatabase) copy = open_ok (path, FV_DATABASE_OPEN_READ_ONLY);
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM organisation WHERE name = '%s';",
                                          organisation);

  g_assert_cmpint (fv_database_get_schema_version (copy), ==, 1);
  g_assert_cmpint (count_rows (copy, "SELECT count(*) FROM organisation;"), ==, 1);
  g_assert_cmpint (count_rows (copy, sql), ==, 1);
}

static void
remove_database (const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

/* The file as the old schema had it is kept before the upgrade touches it. */
static void
test_upgrade_backs_up_first (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *first = before_schema_copy (fixture->dir, "");
  g_autofree char *second = before_schema_copy (fixture->dir, "-2");
  g_autoptr(GBytes) first_bytes = NULL;
  g_autoptr(FvDatabase) database = NULL;

  make_version_1 (fixture->path, "Leiret idrettslag");
  database = open_ok (fixture->path, FV_DATABASE_OPEN_DEFAULT);
  g_assert_cmpint (fv_database_get_schema_version (database), ==,
                   fv_database_get_latest_schema_version ());
  g_clear_object (&database);

  g_assert_true (g_file_test (first, G_FILE_TEST_IS_REGULAR));
  assert_version_1_copy (first, "Leiret idrettslag");
  first_bytes = fv_test_read_file (first);

  /* Opening the upgraded file again copies nothing. */
  database = open_ok (fixture->path, FV_DATABASE_OPEN_DEFAULT);
  g_clear_object (&database);
  g_assert_false (g_file_test (second, G_FILE_TEST_EXISTS));

  /* A second upgrade from version 1 on the same day (say, of a restored
   * copy) gets a name of its own and leaves the first copy alone. */
  remove_database (fixture->path);
  make_version_1 (fixture->path, "Mjølner speidergruppe");
  database = open_ok (fixture->path, FV_DATABASE_OPEN_DEFAULT);
  g_clear_object (&database);
  assert_version_1_copy (second, "Mjølner speidergruppe");
  fv_test_assert_same_bytes (first_bytes, first);
}

/* A fresh or current database has nothing an upgrade could lose. */
static void
test_no_backup_without_upgrade (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "backups", NULL);
  g_autoptr(FvDatabase) database = open_ok (fixture->path, FV_DATABASE_OPEN_DEFAULT);

  g_clear_object (&database);
  database = open_ok (fixture->path, FV_DATABASE_OPEN_DEFAULT);
  g_clear_object (&database);

  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
}

/* No copy, no upgrade: the file stays exactly as it was, in either journal
 * mode (a restored backup is in DELETE mode, which opening would change). A
 * file stands where the folder should be, since root may write anywhere. */
static void
test_upgrade_refused_without_backup (Fixture       *fixture,
                                     gconstpointer  data)
{
  const char *journal_modes[] = { "PRAGMA journal_mode = WAL;", "PRAGMA journal_mode = DELETE;" };
  g_autofree char *folder = g_build_filename (fixture->dir, "backups", NULL);

  fv_test_write_file (folder, "not a folder", strlen ("not a folder"));

  for (guint i = 0; i < G_N_ELEMENTS (journal_modes); i++)
    {
      g_autoptr(FvDatabase) database = NULL;
      g_autoptr(GBytes) before = NULL;
      g_autoptr(GError) error = NULL;

      remove_database (fixture->path);
      make_version_1 (fixture->path, "Leiret idrettslag");
      exec_raw (fixture->path, journal_modes[i]);
      before = fv_test_read_file (fixture->path);

      database = fv_database_open (fixture->path, FV_DATABASE_OPEN_DEFAULT, &error);
      g_assert_null (database);
      g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_NO_BACKUP);
      g_assert_nonnull (strstr (error->message, folder));
      g_test_message ("Refused as expected: %s", error->message);
      fv_test_assert_same_bytes (before, fixture->path);

      database = open_ok (fixture->path, FV_DATABASE_OPEN_READ_ONLY);
      g_assert_cmpint (fv_database_get_schema_version (database), ==, 1);
      g_clear_object (&database);
      fv_test_assert_same_bytes (before, fixture->path);
    }
}

static void
test_read_only_does_not_upgrade (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(FvDatabase) database = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GError) error = NULL;

  database = _fv_database_open_full (fixture->path, FV_DATABASE_OPEN_DEFAULT, 1, &error);
  g_assert_no_error (error);
  g_clear_object (&database);
  before = fv_test_read_file (fixture->path);

  database = open_ok (fixture->path, FV_DATABASE_OPEN_READ_ONLY);
  g_assert_cmpint (fv_database_get_schema_version (database), ==, 1);
  g_clear_object (&database);
  fv_test_assert_same_bytes (before, fixture->path);
}

static void
test_newer_refused (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(FvDatabase) database = open_ok (fixture->path, FV_DATABASE_OPEN_DEFAULT);

  g_clear_object (&database);
  exec_raw (fixture->path, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;");
  assert_refused (fixture->path, FV_DATABASE_ERROR_TOO_NEW);
}

static void
test_not_a_database_refused (Fixture       *fixture,
                             gconstpointer  data)
{
  const char text[] = "Navn;Orgnr\nLeiret fotball;923609016\n";
  guint8 noise[65536];

  fv_test_write_file (fixture->path, text, sizeof text - 1);
  assert_refused (fixture->path, FV_DATABASE_ERROR_NOT_A_DATABASE);

  for (gsize i = 0; i < sizeof noise; i++)
    noise[i] = (guint8) g_test_rand_int_range (0, 256);
  fv_test_write_file (fixture->path, noise, sizeof noise);
  assert_refused (fixture->path, FV_DATABASE_ERROR_NOT_A_DATABASE);
}

static void
test_damaged_refused (Fixture       *fixture,
                      gconstpointer  data)
{
  make_large_database (fixture->path);

  /* Garbage over page 6: the header is fine, so only reading every page finds it. */
  fv_test_spoil_bytes (fixture->path, 5 * 4096, 4096);
  assert_refused (fixture->path, FV_DATABASE_ERROR_DAMAGED);
}

static void
test_truncated_refused (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GBytes) whole = NULL;
  gsize size;

  make_large_database (fixture->path);
  whole = fv_test_read_file (fixture->path);
  size = g_bytes_get_size (whole);
  g_assert_cmpuint (size, >, 40 * 4096);
  fv_test_write_file (fixture->path, g_bytes_get_data (whole, NULL), size / 2);

  assert_refused (fixture->path, FV_DATABASE_ERROR_DAMAGED);
}

static void
test_foreign_refused (Fixture       *fixture,
                      gconstpointer  data)
{
  exec_raw (fixture->path, "CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT);");
  assert_refused (fixture->path, FV_DATABASE_ERROR_FOREIGN);
}

static void
test_missing_not_created (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FvDatabase) database = NULL;

  database = fv_database_open (fixture->path, FV_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_null (database);
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
}

static void
test_creates_folders (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *nested = g_build_filename (fixture->dir, "a", "b", "frivillig.db", NULL);
  g_autofree char *a = g_build_filename (fixture->dir, "a", NULL);
  g_autofree char *b = g_build_filename (fixture->dir, "a", "b", NULL);
  g_autoptr(FvDatabase) database = open_ok (nested, FV_DATABASE_OPEN_DEFAULT);

  g_assert_true (g_file_test (nested, G_FILE_TEST_IS_REGULAR));
  g_clear_object (&database);
  fv_test_remove_dir (b);
  fv_test_remove_dir (a);
}

typedef struct
{
  guint  count;
  char  *table;
  gint64 id;
} ChangeLog;

static void
changed_cb (FvDatabase *database,
            const char *table,
            gint64      id,
            ChangeLog  *log)
{
  log->count++;
  g_free (log->table);
  log->table = g_strdup (table);
  log->id = id;
}

static void
test_changed_after_commit_only (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(FvDatabase) database = open_ok (fixture->path, FV_DATABASE_OPEN_DEFAULT);
  g_autoptr(GError) error = NULL;
  ChangeLog log = { 0 };
  gint64 id;

  g_signal_connect (database, "changed::organisation", G_CALLBACK (changed_cb), &log);

  g_assert_true (fv_database_begin (database, &error));
  insert_organisation (database, "Bærum Røde Kors");
  id = sqlite3_last_insert_rowid (fv_database_get_handle (database));
  fv_database_note_change (database, "organisation", id);
  g_assert_cmpuint (log.count, ==, 0); /* not before the commit */
  g_assert_true (fv_database_commit (database, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (log.count, ==, 1);
  g_assert_cmpstr (log.table, ==, "organisation");
  g_assert_cmpint (log.id, ==, id);

  /* A rolled-back write leaves no trace and announces nothing. */
  g_assert_true (fv_database_begin (database, &error));
  insert_organisation (database, "Globale Bærum");
  fv_database_note_change (database, "organisation", 0);
  fv_database_rollback (database);
  g_assert_cmpuint (log.count, ==, 1);
  g_assert_cmpint (count_rows (database, "SELECT count(*) FROM organisation;"), ==, 1);

  /* Other tables do not reach a listener detailed on organisation. */
  g_assert_true (fv_database_begin (database, &error));
  fv_database_note_change (database, "person", 1);
  g_assert_true (fv_database_commit (database, &error));
  g_assert_cmpuint (log.count, ==, 1);

  g_free (log.table);
}

/* An import writing thousands of rows is announced once, not once a row. */
static void
test_many_changes_announced_once (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(FvDatabase) database = open_ok (fixture->path, FV_DATABASE_OPEN_DEFAULT);
  g_autoptr(GError) error = NULL;
  ChangeLog log = { 0 };

  g_signal_connect (database, "changed::organisation", G_CALLBACK (changed_cb), &log);

  g_assert_true (fv_database_begin (database, &error));
  for (gint64 id = 1; id <= 5000; id++)
    fv_database_note_change (database, "organisation", id);
  g_assert_true (fv_database_commit (database, &error));
  g_assert_cmpuint (log.count, ==, 1);
  g_assert_cmpint (log.id, ==, 0);

  /* A few rows are still told one by one. */
  log.count = 0;
  g_assert_true (fv_database_begin (database, &error));
  fv_database_note_change (database, "organisation", 7);
  fv_database_note_change (database, "organisation", 8);
  g_assert_true (fv_database_commit (database, &error));
  g_assert_cmpuint (log.count, ==, 2);
  g_assert_cmpint (log.id, ==, 8);

  g_free (log.table);
}

static void
test_constraint_message (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(FvDatabase) database = open_ok (fixture->path, FV_DATABASE_OPEN_DEFAULT);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (fv_database_begin (database, &error));
  stmt = fv_database_prepare (database, "INSERT INTO organisation (name, orgnr) VALUES ('X', ?1);", &error);
  sqlite3_bind_text (stmt, 1, "12 34", -1, SQLITE_STATIC);
  g_assert_false (fv_database_step_done (database, stmt, &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT);
  fv_database_rollback (database);
  g_assert_cmpint (count_rows (database, "SELECT count(*) FROM organisation;"), ==, 0);
}

static void
test_check_and_backup (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *backup_path = g_build_filename (fixture->dir, "backup.db", NULL);
  g_autoptr(FvDatabase) database = open_ok (fixture->path, FV_DATABASE_OPEN_DEFAULT);
  g_autoptr(FvDatabase) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) problems = NULL;

  g_assert_true (fv_demo_fill (database, &error));
  g_assert_true (fv_database_check (database, TRUE, &problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (problems), ==, 0);

  g_assert_true (fv_database_backup (database, backup_path, NULL, &error));
  g_assert_no_error (error);

  /* The backup is whole and stands alone: it opens read-only with everything in it. */
  copy = open_ok (backup_path, FV_DATABASE_OPEN_READ_ONLY);
  g_assert_cmpint (count_rows (copy, "SELECT count(*) FROM organisation;"), ==,
                   count_rows (database, "SELECT count(*) FROM organisation;"));
  g_assert_cmpint (fv_database_get_schema_version (copy), ==, fv_database_get_latest_schema_version ());

  /* An existing file is never overwritten. */
  g_assert_false (fv_database_backup (database, backup_path, NULL, &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_EXISTS);
}

static void
test_demo (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(FvDatabase) database = open_ok (fixture->path, FV_DATABASE_OPEN_DEFAULT);
  g_autoptr(GError) error = NULL;

  g_assert_true (fv_demo_fill (database, &error));
  g_assert_no_error (error);

  /* The actors of the seeds, each in place. */
  g_assert_cmpint (count_rows (database, "SELECT count(*) FROM organisation WHERE name = 'Mjølner speidergruppe';"), ==, 1);
  g_assert_cmpint (count_rows (database, "SELECT count(*) FROM organisation WHERE name = 'Bærum Idrettsråd';"), ==, 1);
  g_assert_cmpint (count_rows (database, "SELECT count(*) FROM organisation WHERE name = 'Frivillighet Norge';"), ==, 1);
  g_assert_cmpint (count_rows (database, "SELECT count(*) FROM organisation WHERE source <> 'demo';"), ==, 0);
  g_assert_cmpint (count_rows (database, "SELECT count(DISTINCT sector) FROM organisation;"), ==, 3);
  /* Bærum's frivillighetsråd: the six members named in the notat, tagged. */
  g_assert_cmpint (count_rows (database,
                               "SELECT count(*) FROM organisation_tag ot JOIN tag t ON t.id = ot.tag_id "
                               "WHERE t.name = 'frivillighetsrådet';"), ==, 6);
  g_assert_cmpint (count_rows (database, "SELECT count(*) FROM organisation_search WHERE organisation_search MATCH 'speider';"), ==, 1);
  g_assert_true (fv_database_check (database, TRUE, NULL, &error));
}

typedef struct
{
  FvDatabase  *database;
  GAsyncQueue *to_main;
  GAsyncQueue *to_reader;
} SlowReader;

/* A list query still stepping through its rows in a worker thread. */
static gpointer
slow_reader_thread (gpointer data)
{
  SlowReader *reader = data;
  g_autoptr(sqlite3_stmt) stmt = fv_database_prepare_read (reader->database,
                                                           "SELECT id FROM organisation;", NULL);

  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_async_queue_push (reader->to_main, GINT_TO_POINTER (1));
  g_async_queue_pop (reader->to_reader);
  return NULL;
}

static gint64
count_read (FvDatabase *database)
{
  g_autoptr(sqlite3_stmt) stmt = fv_database_prepare_read (database, "SELECT count(*) FROM organisation;", NULL);

  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

/* A view's read sees what was committed before it began, even while
 * another thread's older query is still reading. */
static void
test_reads_see_commits_beside_a_long_query (Fixture       *fixture,
                                            gconstpointer  data)
{
  g_autoptr(FvDatabase) database = open_ok (fixture->path, FV_DATABASE_OPEN_DEFAULT);
  g_autoptr(GError) error = NULL;
  SlowReader reader = { database, g_async_queue_new (), g_async_queue_new () };
  GThread *thread;
  gint64 before;

  g_assert_true (fv_demo_fill (database, &error));
  before = count_read (database);
  thread = g_thread_new ("slow-reader", slow_reader_thread, &reader);
  g_async_queue_pop (reader.to_main);

  g_assert_true (fv_database_begin (database, &error));
  {
    g_autoptr(sqlite3_stmt) insert = fv_database_prepare (database, "INSERT INTO organisation (name) VALUES ('Ny');", &error);

    g_assert_true (fv_database_step_done (database, insert, &error));
  }
  g_assert_true (fv_database_commit (database, &error));
  g_assert_cmpint (count_read (database), ==, before + 1);

  g_async_queue_push (reader.to_reader, GINT_TO_POINTER (1));
  g_thread_join (thread);
  g_async_queue_unref (reader.to_main);
  g_async_queue_unref (reader.to_reader);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/database/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("fresh", test_fresh);
  ADD ("reopen-keeps-data", test_reopen_keeps_data);
  ADD ("upgrade", test_upgrade);
  ADD ("upgrade-backs-up-first", test_upgrade_backs_up_first);
  ADD ("no-backup-without-upgrade", test_no_backup_without_upgrade);
  ADD ("upgrade-refused-without-backup", test_upgrade_refused_without_backup);
  ADD ("read-only-does-not-upgrade", test_read_only_does_not_upgrade);
  ADD ("newer-refused", test_newer_refused);
  ADD ("not-a-database-refused", test_not_a_database_refused);
  ADD ("damaged-refused", test_damaged_refused);
  ADD ("truncated-refused", test_truncated_refused);
  ADD ("foreign-refused", test_foreign_refused);
  ADD ("missing-not-created", test_missing_not_created);
  ADD ("creates-folders", test_creates_folders);
  ADD ("changed-after-commit-only", test_changed_after_commit_only);
  ADD ("many-changes-announced-once", test_many_changes_announced_once);
  ADD ("constraint-message", test_constraint_message);
  ADD ("check-and-backup", test_check_and_backup);
  ADD ("demo", test_demo);
  ADD ("reads-see-commits-beside-a-long-query", test_reads_see_commits_beside_a_long_query);

#undef ADD

  return g_test_run ();
}
