/* fv-report-preview.h — reports opened in the preview from the areas of the window
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "fv-database.h"
#include "fv-organisation-filter.h"
#include "fv-preview-window.h"

G_BEGIN_DECLS

FvPreviewWindow *fv_register_report_preview (GtkWidget                  *parent,
                                             FvDatabase                 *database,
                                             const FvOrganisationFilter *filter);

G_END_DECLS
