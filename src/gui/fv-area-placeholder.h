/* fv-area-placeholder.h
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define FV_TYPE_AREA_PLACEHOLDER (fv_area_placeholder_get_type ())

G_DECLARE_FINAL_TYPE (FvAreaPlaceholder, fv_area_placeholder, FV, AREA_PLACEHOLDER, AdwBin)

G_END_DECLS
