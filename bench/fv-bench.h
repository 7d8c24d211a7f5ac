/* fv-bench.h — what the parts of the benchmark program share
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fv-database.h"

G_BEGIN_DECLS

void    fv_bench_record        (const char *name,
                                guint       size,
                                double      value,
                                const char *unit);
double  fv_bench_percentile    (GArray     *samples,
                                double      p);
double  fv_bench_elapsed_ms    (gint64      start);
char   *fv_bench_make_registry (const char *dir,
                                guint       size);

/* Start-up to first frame, and search per keystroke (fv-bench-app.c). */
void    fv_bench_startup       (const char *dir,
                                guint       size,
                                guint       runs);
void    fv_bench_search        (const char *dir,
                                guint       size,
                                guint       runs);

/* Typing into the real window's search field (fv-bench-typing.c). */
void    fv_bench_typing        (const char *dir,
                                guint       size,
                                guint       runs);

G_END_DECLS
