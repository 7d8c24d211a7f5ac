/* fv-demo.c — sample data: the real actors of the seed documents
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sample data is SQL compiled into the binary (data/demo/). Each area adds
 * its own file as it lands; they run in order, in one transaction.
 */

#define G_LOG_DOMAIN "fv-demo"

#include "config.h"

#include <glib/gi18n.h>

#include "fv-demo.h"

static const char * const demo_parts[] = {
  RESOURCE_BASE "/demo/organisations.sql",
  RESOURCE_BASE "/demo/exchanges.sql",
  RESOURCE_BASE "/demo/wheel.sql",
  RESOURCE_BASE "/demo/notater.sql",
  RESOURCE_BASE "/demo/plans.sql",
  RESOURCE_BASE "/demo/council.sql",
};

static gboolean
run_part (FvDatabase  *database,
          const char  *resource,
          GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *sql = NULL;
  int rc;

  bytes = g_resources_lookup_data (resource, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return FALSE;

  /* A fixed script from inside the binary, with no outside values: nothing to bind. */
  sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  rc = sqlite3_exec (fv_database_get_handle (database), sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_FAILED,
                   /* Translators: %s is SQLite's explanation */
                   _("Could not add the sample data: %s"),
                   sqlite3_errmsg (fv_database_get_handle (database)));
      return FALSE;
    }

  return TRUE;
}

/**
 * fv_demo_fill:
 * @database: an empty database
 *
 * Adds the sample data in one transaction: all of it or none.
 */
gboolean
fv_demo_fill (FvDatabase  *database,
              GError     **error)
{
  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);

  if (!fv_database_begin (database, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (demo_parts); i++)
    {
      if (!run_part (database, demo_parts[i], error))
        {
          fv_database_rollback (database);
          return FALSE;
        }
    }

  fv_database_note_change (database, "organisation", 0);
  fv_database_note_change (database, "person", 0);
  fv_database_note_change (database, "exchange", 0);
  fv_database_note_change (database, "agreement", 0);
  fv_database_note_change (database, "wheel_event", 0);
  fv_database_note_change (database, "notat", 0);
  fv_database_note_change (database, "action_plan", 0);
  fv_database_note_change (database, "council", 0);

  return fv_database_commit (database, error);
}

static void
fill_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;

  if (fv_demo_fill (source_object, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
fv_demo_fill_async (FvDatabase          *database,
                    GCancellable        *cancellable,
                    GAsyncReadyCallback  callback,
                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (FV_IS_DATABASE (database));

  task = g_task_new (database, cancellable, callback, user_data);
  g_task_set_source_tag (task, fv_demo_fill_async);
  g_task_run_in_thread (task, fill_thread);
}

gboolean
fv_demo_fill_finish (FvDatabase    *database,
                     GAsyncResult  *result,
                     GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, database), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
