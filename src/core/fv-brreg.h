/* fv-brreg.h — the Enhetsregisteret bulk file, filtered to one municipality's voluntary organisations
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

gboolean    fv_brreg_read        (GInputStream    *stream,
                                  goffset          size,
                                  const char      *kommunenummer,
                                  FvReadProgress   progress,
                                  gpointer         user_data,
                                  GPtrArray      **records,
                                  GPtrArray      **skipped,
                                  GCancellable    *cancellable,
                                  GError         **error);
gboolean    fv_brreg_read_file   (GFile           *file,
                                  const char      *kommunenummer,
                                  FvReadProgress   progress,
                                  gpointer         user_data,
                                  GPtrArray      **records,
                                  GPtrArray      **skipped,
                                  GCancellable    *cancellable,
                                  GError         **error);

const char *fv_brreg_sector      (const char      *org_form,
                                  const char      *institutional_sector,
                                  gboolean         in_frivillighetsregisteret);

G_END_DECLS
