/* fv-window.h
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fv-application.h"
#include "fv-database.h"

G_BEGIN_DECLS

#define FV_TYPE_WINDOW (fv_window_get_type ())

G_DECLARE_FINAL_TYPE (FvWindow, fv_window, FV, WINDOW, AdwApplicationWindow)

FvWindow     *fv_window_new            (FvApplication *application,
                                        const char    *database_path);
FvDatabase   *fv_window_get_database   (FvWindow      *self);
const GError *fv_window_get_open_error (FvWindow      *self);
const char   *fv_window_get_area       (FvWindow      *self);
void          fv_window_set_area       (FvWindow      *self,
                                        const char    *area);
GtkWidget    *fv_window_get_area_page  (FvWindow      *self,
                                        const char    *area);
void          fv_window_add_toast      (FvWindow      *self,
                                        AdwToast      *toast);

G_END_DECLS
