/* fv-startup-timer.h
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fv-window.h"

G_BEGIN_DECLS

void fv_startup_timer_watch (FvWindow *window,
                             gint64    started_at);

G_END_DECLS
