/* fv-column-sorter.h
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define FV_TYPE_COLUMN_SORTER (fv_column_sorter_get_type ())

G_DECLARE_FINAL_TYPE (FvColumnSorter, fv_column_sorter, FV, COLUMN_SORTER, GtkSorter)

FvColumnSorter *fv_column_sorter_new      (int         key);
gboolean        fv_column_sorter_read_view (GtkSorter  *view_sorter,
                                            int        *key,
                                            gboolean   *descending);

G_END_DECLS
