/* fv-sql.h — the small things every store does with a statement
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

char *fv_sql_dup_text  (sqlite3_stmt *stmt,
                        int           column);
void  fv_sql_bind_text (sqlite3_stmt *stmt,
                        int           index,
                        const char   *text);

G_END_DECLS
