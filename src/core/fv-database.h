/* fv-database.h
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

G_BEGIN_DECLS

#define FV_DATABASE_ERROR (fv_database_error_quark ())

typedef enum
{
  FV_DATABASE_ERROR_FAILED,
  FV_DATABASE_ERROR_NOT_FOUND,
  FV_DATABASE_ERROR_NOT_A_DATABASE,
  FV_DATABASE_ERROR_FOREIGN,
  FV_DATABASE_ERROR_DAMAGED,
  FV_DATABASE_ERROR_TOO_NEW,
  FV_DATABASE_ERROR_EXISTS,
  FV_DATABASE_ERROR_CONSTRAINT,
  /* An upgrade was refused because the copy before it could not be made. */
  FV_DATABASE_ERROR_NO_BACKUP,
} FvDatabaseError;

typedef enum
{
  FV_DATABASE_OPEN_DEFAULT    = 0,
  /* Refuse to create a new file when the path does not exist. */
  FV_DATABASE_OPEN_MUST_EXIST = 1 << 0,
  /* Never write: no migrations, no journal mode change. Implies MUST_EXIST. */
  FV_DATABASE_OPEN_READ_ONLY  = 1 << 1,
  /* Refuse an existing file: for commands that create a database of their own. */
  FV_DATABASE_OPEN_MUST_BE_NEW = 1 << 2,
} FvDatabaseOpenFlags;

#define FV_TYPE_DATABASE (fv_database_get_type ())

G_DECLARE_FINAL_TYPE (FvDatabase, fv_database, FV, DATABASE, GObject)

GQuark        fv_database_error_quark             (void);
char         *fv_database_get_default_path        (void);
int           fv_database_get_latest_schema_version (void);

FvDatabase   *fv_database_open                    (const char           *path,
                                                   FvDatabaseOpenFlags   flags,
                                                   GError              **error);
void          fv_database_open_async              (const char           *path,
                                                   FvDatabaseOpenFlags   flags,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
FvDatabase   *fv_database_open_finish             (GAsyncResult         *result,
                                                   GError              **error);

const char   *fv_database_get_path                (FvDatabase           *self);
int           fv_database_get_schema_version      (FvDatabase           *self);
gboolean      fv_database_get_read_only           (FvDatabase           *self);
sqlite3      *fv_database_get_handle              (FvDatabase           *self);

sqlite3_stmt *fv_database_prepare                 (FvDatabase           *self,
                                                   const char           *sql,
                                                   GError              **error);
sqlite3_stmt *fv_database_prepare_read            (FvDatabase           *self,
                                                   const char           *sql,
                                                   GError              **error);
sqlite3_stmt *fv_database_prepare_cached          (FvDatabase           *self,
                                                   const char           *sql,
                                                   GError              **error);
gboolean      fv_database_step_done               (FvDatabase           *self,
                                                   sqlite3_stmt         *stmt,
                                                   GError              **error);
gboolean      fv_database_run_with_id             (FvDatabase           *self,
                                                   const char           *sql,
                                                   gint64                id,
                                                   GError              **error);
gint64        fv_database_query_int               (FvDatabase           *self,
                                                   const char           *sql,
                                                   GError              **error);

gboolean      fv_database_begin                   (FvDatabase           *self,
                                                   GError              **error);
gboolean      fv_database_commit                  (FvDatabase           *self,
                                                   GError              **error);
void          fv_database_rollback                (FvDatabase           *self);
void          fv_database_note_change             (FvDatabase           *self,
                                                   const char           *table,
                                                   gint64                id);

gboolean      fv_database_check                   (FvDatabase           *self,
                                                   gboolean              full,
                                                   GStrv                *problems,
                                                   GError              **error);
gboolean      fv_database_backup                  (FvDatabase           *self,
                                                   const char           *destination,
                                                   GCancellable         *cancellable,
                                                   GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

G_END_DECLS
