/* fv-demo.h
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fv-database.h"

G_BEGIN_DECLS

gboolean fv_demo_fill        (FvDatabase           *database,
                              GError              **error);
void     fv_demo_fill_async  (FvDatabase           *database,
                              GCancellable         *cancellable,
                              GAsyncReadyCallback   callback,
                              gpointer              user_data);
gboolean fv_demo_fill_finish (FvDatabase           *database,
                              GAsyncResult         *result,
                              GError              **error);

G_END_DECLS
