/* fv-validate.h — checks of what people type, with messages that say what is wrong
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Each accepts NULL and "" (every field is optional) and ignores white space
 * around the text; on failure @error (FV_DATABASE_ERROR_CONSTRAINT) holds a
 * translated sentence for beside the field. */
gboolean fv_validate_email               (const char  *text,
                                          GError     **error);
gboolean fv_validate_phone               (const char  *text,
                                          GError     **error);
gboolean fv_validate_postcode            (const char  *text,
                                          GError     **error);
gboolean fv_validate_municipality_number (const char  *text,
                                          GError     **error);
gboolean fv_validate_website             (const char  *text,
                                          GError     **error);
gboolean fv_validate_tag                 (const char  *text,
                                          GError     **error);

gboolean fv_validate_icnpo_code          (int          code,
                                          GError     **error);

gboolean fv_iso_date_parse               (const char  *text,
                                          GDate       *date);

G_END_DECLS
