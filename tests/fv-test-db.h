/* fv-test-db.h — a database for a test, and counting what is in it
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fv-database.h"

G_BEGIN_DECLS

FvDatabase *fv_test_db_open  (const char *dir,
                              gboolean    with_sample_data);
gint64      fv_test_db_count (FvDatabase *database,
                              const char *sql);

G_END_DECLS
