/* fv-backups.c — the copies Frivillig makes by itself: before an upgrade, and daily
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both kinds live in a folder "backups" beside the database, where the
 * coordinator finds them without knowing where else the app keeps things:
 *
 *   frivillig-before-schema-N-YYYY-MM-DD.db  the file as schema version N had it; kept for good
 *   frivillig-YYYY-MM-DD.db                  the first copy of a day; only the newest few are kept
 *
 * Every copy is made by fv_database_backup (), so a copy is either whole or absent.
 */

#define G_LOG_DOMAIN "fv-backups"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "fv-backups.h"

#define BACKUPS_FOLDER        "backups"
#define NAME_PREFIX           "frivillig-"
#define NAME_SUFFIX           ".db"
#define BEFORE_SCHEMA_PREFIX  NAME_PREFIX "before-schema-"
/* Upgrades from one version on one day: more than one after restoring an old copy. */
#define MAX_SAME_DAY          100

/* Two windows of one process would share the temporary file of today's copy. */
static GMutex daily_lock;

/**
 * fv_backups_get_folder:
 * @database_path: the database file
 *
 * Returns: (transfer full): the folder of the automatic copies of @database_path
 */
char *
fv_backups_get_folder (const char *database_path)
{
  g_autofree char *dir = NULL;

  g_return_val_if_fail (database_path != NULL, NULL);

  dir = g_path_get_dirname (database_path);
  return g_build_filename (dir, BACKUPS_FOLDER, NULL);
}

/* Only the owner may read the copies: they hold people's personal data. */
static gboolean
make_folder (const char  *folder,
             GError     **error)
{
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   /* Translators: %s is a folder name, the second %s the system's explanation */
                   _("Could not create the folder “%s”: %s"), folder, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

static char *
format_date (GDateTime *day)
{
  return g_date_time_format (day, "%Y-%m-%d");
}

/* Before-schema copies ------------------------------------------------------- */

/* The first copy of the day has the plain name, later ones count on: -2, -3 … */
static char *
before_schema_name (int         version,
                    const char *date,
                    guint       attempt)
{
  if (attempt == 1)
    return g_strdup_printf (BEFORE_SCHEMA_PREFIX "%d-%s" NAME_SUFFIX, version, date);

  return g_strdup_printf (BEFORE_SCHEMA_PREFIX "%d-%s-%u" NAME_SUFFIX, version, date, attempt);
}

static char *
copy_under_free_name (FvDatabase  *database,
                      const char  *folder,
                      const char  *date,
                      GError     **error)
{
  int version = fv_database_get_schema_version (database);

  for (guint attempt = 1; ; attempt++)
    {
      g_autofree char *name = before_schema_name (version, date, attempt);
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autoptr(GError) local_error = NULL;

      if (fv_database_backup (database, path, NULL, &local_error))
        return g_steal_pointer (&path);

      /* fv_database_backup () never overwrites: an existing name means try the next. */
      if (attempt == MAX_SAME_DAY ||
          !g_error_matches (local_error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_EXISTS))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }
}

/**
 * fv_backups_make_before_schema:
 * @database: a database opened but not yet upgraded
 * @today: the date for the file name
 *
 * Copies @database as its current schema version has it, before an upgrade.
 * These copies are never removed by Frivillig.
 *
 * Returns: (transfer full): the copy's path, or %NULL with @error set
 *   (%FV_DATABASE_ERROR_NO_BACKUP, naming the folder and why)
 */
char *
fv_backups_make_before_schema (FvDatabase  *database,
                               GDateTime   *today,
                               GError     **error)
{
  g_autofree char *folder = NULL;
  g_autofree char *date = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *reason = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (FV_IS_DATABASE (database), NULL);
  g_return_val_if_fail (today != NULL, NULL);

  folder = fv_backups_get_folder (fv_database_get_path (database));
  date = format_date (today);

  /* The message names the folder already, so the reason is only the why. */
  if (g_mkdir_with_parents (folder, 0700) != 0)
    reason = g_strdup (g_strerror (errno));
  else if ((copy = copy_under_free_name (database, folder, date, &local_error)) == NULL)
    reason = g_strdup (local_error->message);

  if (copy == NULL)
    {
      g_set_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_NO_BACKUP,
                   /* Translators: the first %s is the database file, the second the
                    * backups folder, the third the reason */
                   _("Frivillig did not upgrade the database “%s”, because it could not first "
                     "save a copy in the folder “%s” (%s). The database has not been changed."),
                   fv_database_get_path (database), folder, reason);
      return NULL;
    }

  return g_steal_pointer (&copy);
}

/* Daily copies --------------------------------------------------------------- */

/* frivillig-YYYY-MM-DD.db exactly, so a before-schema copy never counts as daily. */
static gboolean
is_daily_name (const char *name)
{
  static const char pattern[] = NAME_PREFIX "0000-00-00" NAME_SUFFIX;

  if (strlen (name) != strlen (pattern))
    return FALSE;

  for (gsize i = 0; pattern[i] != '\0'; i++)
    if (pattern[i] == '0' ? !g_ascii_isdigit (name[i]) : name[i] != pattern[i])
      return FALSE;

  return TRUE;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  /* The ISO dates sort as text. */
  return -g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* Removes all but the newest @keep daily copies. Today's always stays, even
 * beside copies dated later by a clock that was wrong. A copy that cannot be
 * removed only takes space, so it is logged, not reported. */
static void
prune_daily (const char *folder,
             const char *today_name,
             guint       keep)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint kept = 1;

  dir = g_dir_open (folder, 0, &error);
  if (dir == NULL)
    {
      g_warning ("Could not look for old backups: %s", error->message);
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    if (is_daily_name (name) && !g_str_equal (name, today_name))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_newest_first);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (folder, g_ptr_array_index (names, i), NULL);

      if (kept < keep)
        kept++;
      else if (g_unlink (path) != 0)
        g_warning ("Could not remove the old backup %s: %s", path, g_strerror (errno));
      else
        g_debug ("Removed the old backup %s", path);
    }
}

/**
 * fv_backups_make_daily:
 * @database: an open database
 * @today: the date for the file name
 * @keep: how many daily copies to keep, at least 1
 *
 * Copies @database to frivillig-YYYY-MM-DD.db unless today's copy exists, then
 * removes the oldest daily copies beyond @keep. Copies made before an upgrade
 * are never removed. When the copy fails, nothing is removed.
 *
 * Returns: %TRUE when today's copy exists
 */
gboolean
fv_backups_make_daily (FvDatabase    *database,
                       GDateTime     *today,
                       guint          keep,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(GMutexLocker) locker = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *date = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (today != NULL, FALSE);
  g_return_val_if_fail (keep >= 1, FALSE);

  folder = fv_backups_get_folder (fv_database_get_path (database));
  date = format_date (today);
  name = g_strconcat (NAME_PREFIX, date, NAME_SUFFIX, NULL);
  path = g_build_filename (folder, name, NULL);

  locker = g_mutex_locker_new (&daily_lock);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      if (!make_folder (folder, error) ||
          !fv_database_backup (database, path, cancellable, error))
        return FALSE;
      g_debug ("Made today's backup %s", path);
    }

  prune_daily (folder, name, keep);
  return TRUE;
}

static void
daily_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  /* Read here, not when queued: the day may have turned in between. */
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  GError *error = NULL;

  if (fv_backups_make_daily (source_object, today, GPOINTER_TO_UINT (task_data), cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* Copying reads every page of the database, so the GUI does it in a thread. */
void
fv_backups_make_daily_async (FvDatabase          *database,
                             guint                keep,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (FV_IS_DATABASE (database));
  g_return_if_fail (keep >= 1);

  task = g_task_new (database, cancellable, callback, user_data);
  g_task_set_source_tag (task, fv_backups_make_daily_async);
  g_task_set_task_data (task, GUINT_TO_POINTER (keep), NULL);
  g_task_run_in_thread (task, daily_thread);
}

gboolean
fv_backups_make_daily_finish (FvDatabase    *database,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, database), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Looking for copies --------------------------------------------------------- */

static gboolean
is_backup_name (const char *name)
{
  return is_daily_name (name) ||
         (g_str_has_prefix (name, BEFORE_SCHEMA_PREFIX) && g_str_has_suffix (name, NAME_SUFFIX));
}

/* Later modification first; the name decides between copies of one moment. */
static gboolean
is_newer (GFileInfo  *info,
          GFileInfo  *than)
{
  g_autoptr(GDateTime) modified = g_file_info_get_modification_date_time (info);
  g_autoptr(GDateTime) other = g_file_info_get_modification_date_time (than);
  int order = g_date_time_compare (modified, other);

  if (order == 0)
    order = g_strcmp0 (g_file_info_get_name (info), g_file_info_get_name (than));

  return order > 0;
}

/**
 * fv_backups_find_newest:
 * @database_path: the database file
 *
 * Finds the automatic copy of either kind that was written last.
 *
 * Returns: (transfer full) (nullable): its path; %NULL without @error set when
 *   there is none yet
 */
char *
fv_backups_find_newest (const char  *database_path,
                        GError     **error)
{
  g_autofree char *folder = NULL;
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GFileInfo) newest = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (database_path != NULL, NULL);

  folder = fv_backups_get_folder (database_path);
  dir = g_file_new_for_path (folder);
  children = g_file_enumerate_children (dir,
                                        G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                        G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                                        G_FILE_ATTRIBUTE_TIME_MODIFIED ","
                                        G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC,
                                        G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (children == NULL)
    {
      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  for (;;)
    {
      GFileInfo *info = NULL;

      if (!g_file_enumerator_iterate (children, &info, NULL, NULL, error))
        return NULL;
      if (info == NULL)
        break;
      if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR ||
          !is_backup_name (g_file_info_get_name (info)))
        continue;
      if (newest == NULL || is_newer (info, newest))
        g_set_object (&newest, info);
    }

  if (newest == NULL)
    return NULL;

  return g_build_filename (folder, g_file_info_get_name (newest), NULL);
}
