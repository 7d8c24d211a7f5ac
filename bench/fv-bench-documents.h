/* fv-bench-documents.h — how long documents take, and what memory they hold
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void fv_bench_documents (const char *dir,
                         guint       runs);

G_END_DECLS
