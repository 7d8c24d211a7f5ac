/* fv-test-streams.h — input streams that misbehave, for the importers' tests
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GInputStream *fv_test_garbage_stream_new    (const char   *prefix,
                                             guint64       size,
                                             guint32       seed);
GInputStream *fv_test_failing_stream_new    (GBytes       *bytes,
                                             gsize         fail_after);
guint64       fv_test_stream_get_bytes_read (GInputStream *stream);
GBytes       *fv_test_gzip                  (GBytes       *bytes);
GBytes       *fv_test_fixture               (const char   *name);

G_END_DECLS
