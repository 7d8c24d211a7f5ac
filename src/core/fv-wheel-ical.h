/* fv-wheel-ical.h — the annual wheel's events as an iCalendar file (RFC 5545)
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "fv-wheel-store.h"

G_BEGIN_DECLS

char     *fv_wheel_ical_escape (const char  *text);
char     *fv_wheel_ical_build  (GPtrArray   *events,
                                const char  *calendar_name,
                                GDateTime   *stamp);
gboolean  fv_wheel_ical_write  (GPtrArray   *events,
                                const char  *calendar_name,
                                GFile       *file,
                                GError     **error);

G_END_DECLS
