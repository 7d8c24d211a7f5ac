/* fv-cli.h — the headless command line: frivillig check|backup|demo …
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean fv_cli_handles (int    argc,
                         char **argv);
int      fv_cli_run     (int    argc,
                         char **argv);

G_END_DECLS
