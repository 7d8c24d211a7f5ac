/* fv-frivillighetsregisteret.h — ICNPO categories from Frivillighetsregisteret, joined on orgnr
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

gboolean fv_frivillighetsregisteret_apply       (GInputStream    *stream,
                                                 goffset          size,
                                                 GPtrArray       *records,
                                                 FvReadProgress   progress,
                                                 gpointer         user_data,
                                                 guint           *n_matched,
                                                 GPtrArray      **skipped,
                                                 GCancellable    *cancellable,
                                                 GError         **error);
gboolean fv_frivillighetsregisteret_apply_file  (GFile           *file,
                                                 GPtrArray       *records,
                                                 FvReadProgress   progress,
                                                 gpointer         user_data,
                                                 guint           *n_matched,
                                                 GPtrArray      **skipped,
                                                 GCancellable    *cancellable,
                                                 GError         **error);

int      fv_frivillighetsregisteret_parse_icnpo (const char      *icnpo_nummer);

G_END_DECLS
