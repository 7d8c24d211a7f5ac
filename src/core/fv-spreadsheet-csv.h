/* fv-spreadsheet-csv.h — the registry as a spreadsheet file, out and back in without loss
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "fv-import-skip.h"
#include "fv-import-stream.h"
#include "fv-organisation-record.h"

G_BEGIN_DECLS

gboolean            fv_spreadsheet_csv_write   (GOutputStream  *stream,
                                                GPtrArray      *records,
                                                GCancellable   *cancellable,
                                                GError        **error);
gboolean            fv_spreadsheet_csv_read    (GInputStream   *stream,
                                                GPtrArray     **records,
                                                GPtrArray     **problems,
                                                GCancellable   *cancellable,
                                                GError        **error);

const char * const *fv_spreadsheet_csv_columns (void);

G_END_DECLS
