/* fv-bench-import.h — the national register filtered to one municipality, beside zcat
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "fv-synthetic-brreg.h"

G_BEGIN_DECLS

void fv_bench_import       (guint       rows,
                            guint       runs);
int  fv_bench_import_child (const char *path);

G_END_DECLS
