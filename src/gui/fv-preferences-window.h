/* fv-preferences-window.h
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define FV_TYPE_PREFERENCES_WINDOW (fv_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (FvPreferencesWindow, fv_preferences_window, FV, PREFERENCES_WINDOW, AdwPreferencesWindow)

FvPreferencesWindow *fv_preferences_window_new (GtkWindow *parent);
gboolean             fv_municipality_number_is_valid (const char *text);

G_END_DECLS
