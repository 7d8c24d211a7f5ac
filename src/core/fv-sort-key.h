/* fv-sort-key.h — names in Norwegian alphabetical order
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

char *fv_sort_key          (const char *text);
int   fv_sort_key_register (sqlite3    *db);

G_END_DECLS
