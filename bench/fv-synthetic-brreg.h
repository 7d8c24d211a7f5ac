/* fv-synthetic-brreg.h — a national-size Enhetsregisteret CSV, gzip, in the real format
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* As many entities as the real register holds. */
#define FV_SYNTHETIC_BRREG_NATIONAL_ROWS 1470000

/* The municipality the benchmark filters to: Bærum. */
#define FV_SYNTHETIC_BRREG_KOMMUNE "3201"

gboolean fv_synthetic_brreg_write (const char  *path,
                                   guint        n_rows,
                                   guint       *n_expected,
                                   GError     **error);

G_END_DECLS
