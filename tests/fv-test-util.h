/* fv-test-util.h — small helpers shared by the tests
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char   *fv_test_make_dir      (void);
void    fv_test_remove_dir    (const char  *dir);
GBytes *fv_test_read_file     (const char  *path);
void    fv_test_write_file    (const char  *path,
                               const void  *data,
                               gsize        size);
void    fv_test_spoil_bytes   (const char  *path,
                               goffset      offset,
                               gsize        length);
void    fv_test_assert_same_bytes (GBytes      *before,
                                   const char  *path);

G_END_DECLS
