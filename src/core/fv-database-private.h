/* fv-database-private.h — API for tests that need to stop migrations part way
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fv-database.h"

G_BEGIN_DECLS

/* Opens like fv_database_open() but migrates no further than @max_version (-1: all). */
FvDatabase *_fv_database_open_full (const char           *path,
                                    FvDatabaseOpenFlags   flags,
                                    int                   max_version,
                                    GError              **error);

G_END_DECLS
