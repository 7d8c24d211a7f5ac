/* fv-icnpo.h — the 14 ICNPO main groups as Frivillighetsregisteret uses them
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define FV_ICNPO_N_GROUPS 14

const char *fv_icnpo_group_name    (int code_or_group);
int         fv_icnpo_group_of_code (int code_or_group);

/* The same, under the names the importer was first written with. */
#define FV_ICNPO_N_MAIN_GROUPS FV_ICNPO_N_GROUPS
#define fv_icnpo_main_group_name fv_icnpo_group_name

G_END_DECLS
