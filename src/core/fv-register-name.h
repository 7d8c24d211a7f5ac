/* fv-register-name.h
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  fv_register_name_is_shouted (const char *name);
char     *fv_register_name_tidy       (const char *name);
char     *fv_register_place_tidy      (const char *place);

G_END_DECLS
