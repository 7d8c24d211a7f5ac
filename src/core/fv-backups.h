/* fv-backups.h
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fv-database.h"

G_BEGIN_DECLS

/* How many daily copies the app keeps. */
#define FV_BACKUPS_KEEP_DAILY 7

char     *fv_backups_get_folder          (const char           *database_path);
char     *fv_backups_make_before_schema  (FvDatabase           *database,
                                          GDateTime            *today,
                                          GError              **error);
gboolean  fv_backups_make_daily          (FvDatabase           *database,
                                          GDateTime            *today,
                                          guint                 keep,
                                          GCancellable         *cancellable,
                                          GError              **error);
void      fv_backups_make_daily_async    (FvDatabase           *database,
                                          guint                 keep,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
gboolean  fv_backups_make_daily_finish   (FvDatabase           *database,
                                          GAsyncResult         *result,
                                          GError              **error);
char     *fv_backups_find_newest         (const char           *database_path,
                                          GError              **error);

G_END_DECLS
