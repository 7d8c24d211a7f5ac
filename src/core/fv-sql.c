/* fv-sql.c — the small things every store does with a statement
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fv-organisation-record.h"
#include "fv-sql.h"

/* A text column as a new string, NULL when the column is NULL. */
char *
fv_sql_dup_text (sqlite3_stmt *stmt,
                 int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

/* Blank text is stored as NULL: "unknown" has one spelling in the database. */
void
fv_sql_bind_text (sqlite3_stmt *stmt,
                  int           index,
                  const char   *text)
{
  if (fv_text_is_blank (text))
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}
