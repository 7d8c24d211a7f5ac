/* fv-orgnr.h — Norwegian organisation numbers (organisasjonsnummer)
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean fv_orgnr_is_valid  (const char  *orgnr);
char    *fv_orgnr_normalize (const char  *input,
                             GError     **error);
char    *fv_orgnr_format    (const char  *orgnr);

G_END_DECLS
