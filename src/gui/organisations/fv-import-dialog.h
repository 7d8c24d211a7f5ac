/* fv-import-dialog.h
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fv-database.h"
#include "fv-organisation-import.h"

G_BEGIN_DECLS

#define FV_TYPE_IMPORT_DIALOG (fv_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (FvImportDialog, fv_import_dialog, FV, IMPORT_DIALOG, AdwWindow)

FvImportDialog *fv_import_dialog_new   (GtkWindow        *parent,
                                        FvDatabase       *database,
                                        FvImportFileKind  kind,
                                        GFile            *file);
const char     *fv_import_dialog_get_state (FvImportDialog *self);

G_END_DECLS
