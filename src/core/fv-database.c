/* fv-database.c — the one SQLite connection, its migrations and its safety checks
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opening is careful: an existing file is first inspected through a read-only
 * connection, so a file that is not ours, is damaged, or comes from a newer
 * Frivillig is refused before anything could write to it.
 */

#define G_LOG_DOMAIN "fv-database"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdlib.h>

#include "fv-backups.h"
#include "fv-core-resources.h"
#include "fv-database-private.h"
#include "fv-sort-key.h"

/* "Friv" as a big-endian integer: PRAGMA application_id of our files. */
#define FV_APPLICATION_ID 1181903222
#define SQL_RESOURCE_DIR  RESOURCE_BASE "/sql/"
#define BUSY_TIMEOUT_MS   5000
#define BACKUP_PAGES_PER_STEP 512
#define MAX_CHANGES_PER_TABLE 64

struct _FvDatabase
{
  GObject       parent_instance;

  sqlite3      *db;
  /* Read-only connections for what the views show: in WAL mode they read
   * committed data only, and never wait for a writer's statement. Each
   * thread has its own: two threads' statements on one connection share one
   * read transaction, so a query begun before a commit would keep another
   * thread's later query from seeing it. */
  sqlite3      *reader;          /* the first, opened with the database */
  GMutex        readers_lock;
  GHashTable   *readers;         /* GThread → sqlite3, each closed at the end */
  char         *path;
  int           schema_version;
  gboolean      read_only;

  /* Changes are announced on the context that opened the database. */
  GMainContext *owner_context;

  /* Held from BEGIN to COMMIT/ROLLBACK: transactions belong to the connection,
   * so two threads must never interleave theirs. */
  GRecMutex     write_lock;
  GArray       *pending_changes;
  /* table → rows noted in this transaction; -1 once the table counts as "many" */
  GHashTable   *pending_counts;

  /* Statements kept prepared for writers; used only under write_lock. */
  GHashTable   *statement_cache;
};

typedef struct
{
  char   *table;
  gint64  id;
} FvChange;

typedef struct
{
  int         version;
  const char *name;
} FvMigration;

typedef struct
{
  char                *path;
  FvDatabaseOpenFlags  flags;
} OpenData;

typedef struct
{
  FvDatabase *database;
  GArray     *changes;
} EmitData;

G_DEFINE_FINAL_TYPE (FvDatabase, fv_database, G_TYPE_OBJECT)

G_DEFINE_QUARK (fv-database-error-quark, fv_database_error)

enum {
  PROP_0,
  PROP_PATH,
  PROP_SCHEMA_VERSION,
  PROP_READ_ONLY,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
fv_change_clear (gpointer data)
{
  FvChange *change = data;

  g_clear_pointer (&change->table, g_free);
}

static void
open_data_free (gpointer data)
{
  OpenData *open_data = data;

  g_free (open_data->path);
  g_free (open_data);
}

static void
emit_data_free (gpointer data)
{
  EmitData *emit = data;

  g_clear_object (&emit->database);
  g_clear_pointer (&emit->changes, g_array_unref);
  g_free (emit);
}

/* Maps an SQLite result code to our error domain with a message a user can act on. */
static void
set_sqlite_error (GError     **error,
                  sqlite3     *db,
                  int          rc,
                  const char  *path)
{
  const char *detail = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
      g_set_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_NOT_A_DATABASE,
                   /* Translators: %s is a file name */
                   _("“%s” is not a Frivillig database. It has not been changed."), path);
      break;

    case SQLITE_CORRUPT:
      g_set_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_DAMAGED,
                   /* Translators: %s is a file name, the second %s SQLite's explanation */
                   _("The database “%s” is damaged (%s). It has not been changed; restore it from a backup."),
                   path, detail);
      break;

    case SQLITE_CONSTRAINT:
      g_set_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT,
                   /* Translators: %s is SQLite's explanation */
                   _("The change breaks a rule of the database: %s"), detail);
      break;

    default:
      g_set_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_FAILED,
                   /* Translators: %s is a file name, the second %s SQLite's explanation */
                   _("Could not use the database “%s”: %s"), path, detail);
      break;
    }
}

/* Migrations ----------------------------------------------------------------- */

static int
compare_migrations (gconstpointer a,
                    gconstpointer b)
{
  const FvMigration *ma = a;
  const FvMigration *mb = b;

  return (ma->version > mb->version) - (ma->version < mb->version);
}

/* The numbered SQL files compiled into the binary, in order; numbering starts at 1
 * and has no gaps, so user_version always names exactly the files applied. */
static GArray *
list_migrations (void)
{
  static GArray *migrations;

  if (g_once_init_enter (&migrations))
    {
      /* Naming the resource keeps it in a static link; it registers itself. */
      G_GNUC_UNUSED GResource *resource = fv_core_get_resource ();
      g_auto(GStrv) names = g_resources_enumerate_children (SQL_RESOURCE_DIR,
                                                            G_RESOURCE_LOOKUP_FLAGS_NONE,
                                                            NULL);
      GArray *list = g_array_new (FALSE, FALSE, sizeof (FvMigration));

      for (guint i = 0; names != NULL && names[i] != NULL; i++)
        {
          FvMigration migration;

          if (!g_str_has_suffix (names[i], ".sql"))
            continue;
          migration.version = atoi (names[i]);
          migration.name = g_intern_string (names[i]);
          g_assert (migration.version > 0);
          g_array_append_val (list, migration);
        }
      g_array_sort (list, compare_migrations);
      for (guint i = 0; i < list->len; i++)
        g_assert (g_array_index (list, FvMigration, i).version == (int) i + 1);

      g_once_init_leave (&migrations, list);
    }

  return migrations;
}

int
fv_database_get_latest_schema_version (void)
{
  return (int) list_migrations ()->len;
}

static gboolean
exec_sql (FvDatabase  *self,
          const char  *sql,
          GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, self->db, rc, self->path);
      return FALSE;
    }

  return TRUE;
}

static gboolean
apply_migration (FvDatabase         *self,
                 const FvMigration  *migration,
                 GError            **error)
{
  g_autofree char *resource = g_strconcat (SQL_RESOURCE_DIR, migration->name, NULL);
  g_autofree char *set_version = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *sql = NULL;

  bytes = g_resources_lookup_data (resource, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return FALSE;
  sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  set_version = g_strdup_printf ("PRAGMA user_version = %d;", migration->version);

  if (!exec_sql (self, "BEGIN IMMEDIATE;", error))
    return FALSE;

  if (!exec_sql (self, sql, error) || !exec_sql (self, set_version, error) ||
      !exec_sql (self, "COMMIT;", error))
    {
      g_prefix_error (error, _("Could not upgrade the database to version %d: "), migration->version);
      sqlite3_exec (self->db, "ROLLBACK;", NULL, NULL, NULL);
      return FALSE;
    }

  g_debug ("Applied migration %s", migration->name);
  self->schema_version = migration->version;
  return TRUE;
}

static gboolean
migrate (FvDatabase  *self,
         int          max_version,
         GError     **error)
{
  GArray *migrations = list_migrations ();

  for (guint i = 0; i < migrations->len; i++)
    {
      const FvMigration *migration = &g_array_index (migrations, FvMigration, i);

      if (migration->version <= self->schema_version)
        continue;
      if (max_version >= 0 && migration->version > max_version)
        break;
      if (!apply_migration (self, migration, error))
        return FALSE;
    }

  return TRUE;
}

/* Opening -------------------------------------------------------------------- */

static gboolean
query_int_on (sqlite3     *db,
              const char  *sql,
              const char  *path,
              gint64      *out,
              GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      set_sqlite_error (error, db, rc, path);
      return FALSE;
    }

  *out = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

/* quick_check reads every page: this is what finds damage beyond the first page. */
static gboolean
run_check (sqlite3      *db,
           const char   *path,
           gboolean      full,
           GStrv        *problems,
           GError      **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean healthy = TRUE;
  int rc;

  rc = sqlite3_prepare_v2 (db, full ? "PRAGMA integrity_check (100);" : "PRAGMA quick_check (100);",
                           -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (line, "ok") != 0)
        {
          healthy = FALSE;
          g_strv_builder_add (builder, line != NULL ? line : "?");
        }
      rc = SQLITE_OK;
    }
  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (error, db, rc, path);
      return FALSE;
    }

  if (full && healthy)
    {
      g_autoptr(sqlite3_stmt) fk = NULL;

      rc = sqlite3_prepare_v2 (db, "PRAGMA foreign_key_check;", -1, &fk, NULL);
      while (rc == SQLITE_OK && sqlite3_step (fk) == SQLITE_ROW)
        {
          g_autofree char *line = NULL;

          healthy = FALSE;
          /* Translators: %lld is a row number, the %s are table names */
          line = g_strdup_printf (_("Row %lld of table %s points at a missing row of %s"),
                                  (long long) sqlite3_column_int64 (fk, 1),
                                  (const char *) sqlite3_column_text (fk, 0),
                                  (const char *) sqlite3_column_text (fk, 2));
          g_strv_builder_add (builder, line);
        }
    }

  if (problems != NULL)
    *problems = g_strv_builder_end (builder);

  return healthy;
}

/* Looks at an existing file without any chance of writing to it. */
static gboolean
inspect_existing_file (const char  *path,
                       int         *out_version,
                       GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_auto(GStrv) problems = NULL;
  sqlite3 *db = NULL;
  gint64 application_id = 0;
  gint64 version = 0;
  gint64 n_objects = 0;
  gboolean ok = FALSE;
  int rc;

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_FULLMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, db, rc, path);
      goto out;
    }
  sqlite3_busy_timeout (db, BUSY_TIMEOUT_MS);

  if (!query_int_on (db, "PRAGMA application_id;", path, &application_id, error) ||
      !query_int_on (db, "PRAGMA user_version;", path, &version, error) ||
      !query_int_on (db, "SELECT count(*) FROM sqlite_schema;", path, &n_objects, error))
    goto out;

  if ((application_id != 0 && application_id != FV_APPLICATION_ID) ||
      (version == 0 && n_objects > 0))
    {
      g_set_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_FOREIGN,
                   /* Translators: %s is a file name */
                   _("“%s” is an SQLite database of another program, not of Frivillig. It has not been changed."),
                   path);
      goto out;
    }

  if (version > fv_database_get_latest_schema_version ())
    {
      g_set_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_TOO_NEW,
                   /* Translators: %s is a file name, %d schema versions */
                   _("“%s” was written by a newer version of Frivillig (database version %d; this "
                     "version knows up to %d). Update Frivillig to open it. The file has not been changed."),
                   path, (int) version, fv_database_get_latest_schema_version ());
      goto out;
    }

  if (!run_check (db, path, FALSE, &problems, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_DAMAGED,
                     _("The database “%s” is damaged (%s). It has not been changed; restore it from a backup."),
                     path, problems[0]);
      goto out;
    }

  *out_version = (int) version;
  ok = TRUE;

out:
  sqlite3_close_v2 (db);
  return ok;
}

static gboolean
prepare_new_file (const char           *path,
                  FvDatabaseOpenFlags   flags,
                  GError              **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (flags & (FV_DATABASE_OPEN_MUST_EXIST | FV_DATABASE_OPEN_READ_ONLY))
    {
      g_set_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_NOT_FOUND,
                   /* Translators: %s is a file name */
                   _("There is no database at “%s”."), path);
      return FALSE;
    }

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   /* Translators: %s is a folder name, the second %s the system's explanation */
                   _("Could not create the folder “%s”: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

static gboolean
configure_connection (FvDatabase  *self,
                      GError     **error)
{
  int rc;

  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  sqlite3_extended_result_codes (self->db, TRUE);

  rc = fv_sort_key_register (self->db);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, self->db, rc, self->path);
      return FALSE;
    }

  if (self->read_only)
    return exec_sql (self, "PRAGMA query_only = ON;", error);

  /* A registry of 100 000 organisations is some 50 MB: a cache that holds
   * its indexes keeps a bulk import from reading the same pages again and
   * again (SQLite's default is 2 MB). Memory is only taken as pages are read. */
  return exec_sql (self,
                   "PRAGMA journal_mode = WAL;"
                   "PRAGMA synchronous = NORMAL;"
                   "PRAGMA foreign_keys = ON;"
                   "PRAGMA cache_size = -32768;",
                   error);
}

static sqlite3 *
open_reading_connection (FvDatabase *self,
                         int         cache_kib)
{
  g_autofree char *pragma = g_strdup_printf ("PRAGMA cache_size = -%d;", cache_kib);
  sqlite3 *connection = NULL;

  if (sqlite3_open_v2 (self->path, &connection, SQLITE_OPEN_READONLY | SQLITE_OPEN_FULLMUTEX, NULL) != SQLITE_OK ||
      fv_sort_key_register (connection) != SQLITE_OK)
    {
      g_warning ("Could not open a reading connection to %s: %s", self->path,
                 connection ? sqlite3_errmsg (connection) : "?");
      g_clear_pointer (&connection, sqlite3_close_v2);
      return NULL;
    }
  sqlite3_busy_timeout (connection, BUSY_TIMEOUT_MS);
  sqlite3_extended_result_codes (connection, TRUE);
  sqlite3_exec (connection, pragma, NULL, NULL, NULL);
  return connection;
}

/* Without the reader (it failed to open), reads share the main connection. */
static void
open_reader (FvDatabase *self)
{
  self->reader = open_reading_connection (self, 16384);
}

/* The calling thread's reading connection: the first thread to ask gets the
 * one opened with the database, later ones a smaller one of their own. */
static sqlite3 *
reading_connection (FvDatabase *self)
{
  GThread *thread = g_thread_self ();
  g_autoptr(GMutexLocker) locker = NULL;
  sqlite3 *connection;

  if (self->reader == NULL)
    return self->db;

  locker = g_mutex_locker_new (&self->readers_lock);
  connection = g_hash_table_lookup (self->readers, thread);
  if (connection != NULL)
    return connection;

  if (!g_hash_table_contains (self->readers, NULL))
    {
      /* The key NULL marks the first reader as taken. */
      g_hash_table_insert (self->readers, NULL, NULL);
      connection = self->reader;
    }
  else
    connection = open_reading_connection (self, 4096);
  if (connection == NULL)
    return self->db;
  g_hash_table_insert (self->readers, thread, connection);
  return connection;
}

/* A fresh file (version 0) holds nothing to lose; one with a schema does. */
static gboolean
upgrades_existing_schema (int version,
                          int max_version)
{
  int target = fv_database_get_latest_schema_version ();

  if (max_version >= 0)
    target = MIN (target, max_version);

  return version > 0 && version < target;
}

static gboolean
back_up_before_upgrade (FvDatabase  *self,
                        GError     **error)
{
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autofree char *copy = NULL;

  copy = fv_backups_make_before_schema (self, today, error);
  if (copy == NULL)
    return FALSE;

  g_debug ("Copied the database as it was before the upgrade to %s", copy);
  return TRUE;
}

FvDatabase *
_fv_database_open_full (const char           *path,
                        FvDatabaseOpenFlags   flags,
                        int                   max_version,
                        GError              **error)
{
  g_autoptr(FvDatabase) self = NULL;
  gboolean exists;
  int version = 0;
  int open_flags;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  exists = g_file_test (path, G_FILE_TEST_EXISTS);
  if (exists && (flags & FV_DATABASE_OPEN_MUST_BE_NEW))
    {
      g_set_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_EXISTS,
                   /* Translators: %s is a file name */
                   _("“%s” already exists. Choose a new file name."), path);
      return NULL;
    }
  if (exists && !inspect_existing_file (path, &version, error))
    return NULL;
  if (!exists && !prepare_new_file (path, flags, error))
    return NULL;

  self = g_object_new (FV_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);
  self->read_only = (flags & FV_DATABASE_OPEN_READ_ONLY) != 0;
  self->schema_version = version;

  open_flags = SQLITE_OPEN_FULLMUTEX |
               (self->read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  rc = sqlite3_open_v2 (path, &self->db, open_flags, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, self->db, rc, path);
      return NULL;
    }

  /* Before configure_connection () may switch the journal mode: a refused
   * upgrade must leave the file exactly as it was. */
  if (!self->read_only && upgrades_existing_schema (version, max_version) &&
      !back_up_before_upgrade (self, error))
    return NULL;

  if (!configure_connection (self, error))
    return NULL;

  if (!self->read_only && !migrate (self, max_version, error))
    return NULL;

  if (!self->read_only)
    open_reader (self);

  return g_steal_pointer (&self);
}

/**
 * fv_database_open:
 * @path: the database file
 * @flags: how to open it
 * @error: return location for a #GError
 *
 * Opens (or creates) a Frivillig database and brings its schema up to date.
 * A file that is not a database, belongs to another program, is damaged or
 * comes from a newer Frivillig is refused and left exactly as it was.
 *
 * Returns: (transfer full): the database, or %NULL with @error set
 */
FvDatabase *
fv_database_open (const char           *path,
                  FvDatabaseOpenFlags   flags,
                  GError              **error)
{
  return _fv_database_open_full (path, flags, -1, error);
}

static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  OpenData *data = task_data;
  GError *error = NULL;
  FvDatabase *database;

  database = fv_database_open (data->path, data->flags, &error);
  if (database == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, database, g_object_unref);
}

/* Opening reads every page of the file (quick_check), so the GUI does it in a thread. */
void
fv_database_open_async (const char           *path,
                        FvDatabaseOpenFlags   flags,
                        GCancellable         *cancellable,
                        GAsyncReadyCallback   callback,
                        gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  OpenData *data;

  g_return_if_fail (path != NULL);

  data = g_new0 (OpenData, 1);
  data->path = g_strdup (path);
  data->flags = flags;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, fv_database_open_async);
  g_task_set_task_data (task, data, open_data_free);
  g_task_run_in_thread (task, open_thread);
}

/**
 * fv_database_open_finish:
 *
 * Returns: (transfer full): the database, or %NULL with @error set
 */
FvDatabase *
fv_database_open_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * fv_database_get_default_path:
 *
 * Returns: (transfer full): `$FRIVILLIG_DATABASE` when set, else
 *   `$XDG_DATA_HOME/frivillig/frivillig.db`
 */
char *
fv_database_get_default_path (void)
{
  const char *from_env = g_getenv ("FRIVILLIG_DATABASE");

  if (from_env != NULL && *from_env != '\0')
    return g_strdup (from_env);

  return g_build_filename (g_get_user_data_dir (), "frivillig", "frivillig.db", NULL);
}

/* Statements and transactions ------------------------------------------------ */

/**
 * fv_database_prepare:
 *
 * Every query goes through a prepared statement with bound values.
 *
 * Returns: (transfer full): the statement, to be finalized by the caller
 */
sqlite3_stmt *
fv_database_prepare (FvDatabase  *self,
                     const char  *sql,
                     GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (FV_IS_DATABASE (self), NULL);

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, self->db, rc, self->path);
      return NULL;
    }

  return stmt;
}

/**
 * fv_database_prepare_cached:
 *
 * Like fv_database_prepare(), for statements a transaction runs many times
 * (a bulk import writes 100 000 rows): prepared once, reset for each use.
 * Only inside a write transaction, which keeps other threads off the cache.
 * @sql must be a string literal: the cache knows statements by address,
 * which spares hashing long SQL a million times in an import.
 *
 * Returns: (transfer none): the statement, reset with its bindings cleared;
 *   do not finalize it
 */
sqlite3_stmt *
fv_database_prepare_cached (FvDatabase  *self,
                            const char  *sql,
                            GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (FV_IS_DATABASE (self), NULL);
  g_return_val_if_fail (!sqlite3_get_autocommit (self->db), NULL);

  stmt = g_hash_table_lookup (self->statement_cache, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  stmt = fv_database_prepare (self, sql, error);
  if (stmt != NULL)
    g_hash_table_insert (self->statement_cache, (gpointer) sql, stmt);
  return stmt;
}

/**
 * fv_database_prepare_read:
 *
 * Like fv_database_prepare(), on the reading connection: for what views show.
 * It sees only committed data, so a list never shows rows of an import that
 * may still roll back, and it does not wait for a writer's long statement.
 * Not for reads inside a write transaction that must see its own writes.
 *
 * Returns: (transfer full): the statement, to be finalized by the caller
 */
sqlite3_stmt *
fv_database_prepare_read (FvDatabase  *self,
                          const char  *sql,
                          GError     **error)
{
  sqlite3 *connection;
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (FV_IS_DATABASE (self), NULL);

  connection = reading_connection (self);
  rc = sqlite3_prepare_v2 (connection, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, connection, rc, self->path);
      return NULL;
    }

  return stmt;
}

/* Steps a statement that returns no rows (INSERT, UPDATE, DELETE) and resets it for reuse. */
gboolean
fv_database_step_done (FvDatabase    *self,
                       sqlite3_stmt  *stmt,
                       GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      set_sqlite_error (error, self->db, rc, self->path);
      return FALSE;
    }

  return TRUE;
}

/**
 * fv_database_run_with_id:
 * @sql: one statement that returns no rows, with the id as ?1
 *
 * Prepares @sql, binds @id as ?1 and steps it to the end: the common
 * "DELETE … WHERE id = ?1" of the stores. It opens no transaction of its own,
 * so it runs inside the caller's (fv_database_begin()), which commits or rolls
 * back; sqlite3_changes() afterwards tells how many rows it touched.
 */
gboolean
fv_database_run_with_id (FvDatabase  *self,
                         const char  *sql,
                         gint64       id,
                         GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (FV_IS_DATABASE (self), FALSE);

  stmt = fv_database_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return fv_database_step_done (self, stmt, error);
}

gint64
fv_database_query_int (FvDatabase  *self,
                       const char  *sql,
                       GError     **error)
{
  gint64 value = -1;

  g_return_val_if_fail (FV_IS_DATABASE (self), -1);

  if (!query_int_on (self->db, sql, self->path, &value, error))
    return -1;

  return value;
}

/**
 * fv_database_begin:
 *
 * Starts a write transaction (BEGIN IMMEDIATE, so a writer never fails half way
 * for want of a lock). End it with fv_database_commit() or fv_database_rollback().
 */
gboolean
fv_database_begin (FvDatabase  *self,
                   GError     **error)
{
  g_return_val_if_fail (FV_IS_DATABASE (self), FALSE);

  g_rec_mutex_lock (&self->write_lock);
  if (!exec_sql (self, "BEGIN IMMEDIATE;", error))
    {
      g_rec_mutex_unlock (&self->write_lock);
      return FALSE;
    }

  return TRUE;
}

static gboolean
emit_changes_cb (gpointer user_data)
{
  EmitData *emit = user_data;

  for (guint i = 0; i < emit->changes->len; i++)
    {
      FvChange *change = &g_array_index (emit->changes, FvChange, i);

      g_signal_emit (emit->database, signals[CHANGED], g_quark_from_string (change->table),
                     change->table, change->id);
    }

  return G_SOURCE_REMOVE;
}

gboolean
fv_database_commit (FvDatabase  *self,
                    GError     **error)
{
  EmitData *emit;

  g_return_val_if_fail (FV_IS_DATABASE (self), FALSE);

  if (!exec_sql (self, "COMMIT;", error))
    {
      fv_database_rollback (self);
      return FALSE;
    }

  emit = g_new0 (EmitData, 1);
  emit->database = g_object_ref (self);
  emit->changes = g_steal_pointer (&self->pending_changes);
  self->pending_changes = g_array_new (FALSE, TRUE, sizeof (FvChange));
  g_array_set_clear_func (self->pending_changes, fv_change_clear);
  g_hash_table_remove_all (self->pending_counts);
  g_rec_mutex_unlock (&self->write_lock);

  g_main_context_invoke_full (self->owner_context, G_PRIORITY_DEFAULT,
                              emit_changes_cb, emit, emit_data_free);
  return TRUE;
}

void
fv_database_rollback (FvDatabase *self)
{
  g_return_if_fail (FV_IS_DATABASE (self));

  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK;", NULL, NULL, NULL);
  g_array_set_size (self->pending_changes, 0);
  g_hash_table_remove_all (self->pending_counts);
  g_rec_mutex_unlock (&self->write_lock);
}

/**
 * fv_database_note_change:
 * @table: the table that was written
 * @id: the row, or 0 when many rows changed
 *
 * Records a write of the current transaction; `changed` is emitted for it
 * once the transaction commits, and never if it is rolled back.
 */
void
fv_database_note_change (FvDatabase *self,
                         const char *table,
                         gint64      id)
{
  gint count;

  g_return_if_fail (FV_IS_DATABASE (self));

  count = GPOINTER_TO_INT (g_hash_table_lookup (self->pending_counts, table));
  if (count < 0)
    return;

  /* An import writes thousands of rows: listeners hear once that the table
   * changed (id 0), not once per row. */
  if (id == 0 || count >= MAX_CHANGES_PER_TABLE)
    {
      FvChange change = { g_strdup (table), 0 };

      for (guint i = self->pending_changes->len; i > 0; i--)
        if (g_str_equal (g_array_index (self->pending_changes, FvChange, i - 1).table, table))
          g_array_remove_index (self->pending_changes, i - 1);
      g_array_append_val (self->pending_changes, change);
      g_hash_table_insert (self->pending_counts, g_strdup (table), GINT_TO_POINTER (-1));
    }
  else
    {
      FvChange change = { g_strdup (table), id };

      g_array_append_val (self->pending_changes, change);
      g_hash_table_insert (self->pending_counts, g_strdup (table), GINT_TO_POINTER (count + 1));
    }
}

/* Checks and backups --------------------------------------------------------- */

/**
 * fv_database_check:
 * @full: %TRUE for integrity_check and foreign keys, %FALSE for the quick check
 * @problems: (out) (optional): what was found, empty when healthy
 *
 * Returns: %TRUE if the database is healthy
 */
gboolean
fv_database_check (FvDatabase  *self,
                   gboolean     full,
                   GStrv       *problems,
                   GError     **error)
{
  g_return_val_if_fail (FV_IS_DATABASE (self), FALSE);

  return run_check (self->db, self->path, full, problems, error);
}

static gboolean
copy_pages (FvDatabase    *self,
            sqlite3       *destination,
            GCancellable  *cancellable,
            GError       **error)
{
  sqlite3_backup *backup;
  int rc;

  /* From the thread's reading connection where there is one: it sees committed
   * data only, so a backup made in a worker thread can never catch a write
   * transaction of the main connection half done. */
  backup = sqlite3_backup_init (destination, "main", reading_connection (self), "main");
  if (backup == NULL)
    {
      set_sqlite_error (error, destination, sqlite3_errcode (destination), self->path);
      return FALSE;
    }

  /* Steps, not one call: the source stays usable and the copy can be cancelled. */
  do
    {
      rc = sqlite3_backup_step (backup, BACKUP_PAGES_PER_STEP);
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        g_usleep (10000);
    }
  while ((rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) &&
         !g_cancellable_is_cancelled (cancellable));

  sqlite3_backup_finish (backup);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (error, destination, rc, self->path);
      return FALSE;
    }

  return TRUE;
}

/**
 * fv_database_backup:
 * @destination: a file that must not exist yet
 *
 * Copies the database with SQLite's online backup into a temporary file beside
 * @destination and renames it into place, so a backup is either whole or absent.
 */
gboolean
fv_database_backup (FvDatabase    *self,
                    const char    *destination,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autofree char *partial = NULL;
  sqlite3 *target = NULL;
  gboolean ok = FALSE;
  int rc;

  g_return_val_if_fail (FV_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (destination != NULL, FALSE);

  if (g_file_test (destination, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_EXISTS,
                   _("“%s” already exists. Choose a new file name."), destination);
      return FALSE;
    }

  partial = g_strconcat (destination, ".partial", NULL);
  g_unlink (partial);

  rc = sqlite3_open_v2 (partial, &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, target, rc, destination);
      goto out;
    }

  if (!copy_pages (self, target, cancellable, error))
    goto out;

  /* A backup is one self-contained file: no -wal beside it. */
  if (sqlite3_exec (target, "PRAGMA journal_mode = DELETE;", NULL, NULL, NULL) != SQLITE_OK)
    {
      set_sqlite_error (error, target, sqlite3_errcode (target), destination);
      goto out;
    }
  sqlite3_close_v2 (g_steal_pointer (&target));

  if (g_rename (partial, destination) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   /* Translators: %s is a file name, the second %s the system's explanation */
                   _("Could not write “%s”: %s"), destination, g_strerror (saved_errno));
      goto out;
    }
  ok = TRUE;

out:
  if (target != NULL)
    sqlite3_close_v2 (target);
  if (!ok)
    g_unlink (partial);
  return ok;
}

/* Accessors ------------------------------------------------------------------ */

const char *
fv_database_get_path (FvDatabase *self)
{
  g_return_val_if_fail (FV_IS_DATABASE (self), NULL);

  return self->path;
}

int
fv_database_get_schema_version (FvDatabase *self)
{
  g_return_val_if_fail (FV_IS_DATABASE (self), 0);

  return self->schema_version;
}

gboolean
fv_database_get_read_only (FvDatabase *self)
{
  g_return_val_if_fail (FV_IS_DATABASE (self), FALSE);

  return self->read_only;
}

/* For core modules that need SQLite calls beyond the helpers above. */
sqlite3 *
fv_database_get_handle (FvDatabase *self)
{
  g_return_val_if_fail (FV_IS_DATABASE (self), NULL);

  return self->db;
}

/* GObject -------------------------------------------------------------------- */

static void
fv_database_finalize (GObject *object)
{
  FvDatabase *self = (FvDatabase *) object;

  g_clear_pointer (&self->statement_cache, g_hash_table_unref);
  /* Once a thread took the first reader, the table closes it with the others. */
  if (g_hash_table_contains (self->readers, NULL))
    self->reader = NULL;
  g_clear_pointer (&self->readers, g_hash_table_unref);
  g_mutex_clear (&self->readers_lock);
  g_clear_pointer (&self->reader, sqlite3_close_v2);
  g_clear_pointer (&self->db, sqlite3_close_v2);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->owner_context, g_main_context_unref);
  g_clear_pointer (&self->pending_changes, g_array_unref);
  g_clear_pointer (&self->pending_counts, g_hash_table_unref);
  g_rec_mutex_clear (&self->write_lock);

  G_OBJECT_CLASS (fv_database_parent_class)->finalize (object);
}

static void
fv_database_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  FvDatabase *self = FV_DATABASE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    case PROP_SCHEMA_VERSION:
      g_value_set_int (value, self->schema_version);
      break;

    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fv_database_class_init (FvDatabaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fv_database_finalize;
  object_class->get_property = fv_database_get_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCHEMA_VERSION] =
    g_param_spec_int ("schema-version", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * FvDatabase::changed:
   * @table: the table written
   * @id: the row written, or 0 for many
   *
   * Emitted on the opening thread's main context after a transaction committed.
   * The detail is the table name: connect to `changed::organisation`.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_INT64);
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
close_reader (gpointer connection)
{
  if (connection != NULL)
    sqlite3_close_v2 (connection);
}

static void
fv_database_init (FvDatabase *self)
{
  self->owner_context = g_main_context_ref_thread_default ();
  self->pending_changes = g_array_new (FALSE, TRUE, sizeof (FvChange));
  g_array_set_clear_func (self->pending_changes, fv_change_clear);
  self->pending_counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_rec_mutex_init (&self->write_lock);
  self->statement_cache = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, finalize_statement);
  g_mutex_init (&self->readers_lock);
  self->readers = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, close_reader);
}
