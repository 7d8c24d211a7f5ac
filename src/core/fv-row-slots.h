/* fv-row-slots.h
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "fv-row-slot.h"

G_BEGIN_DECLS

#define FV_TYPE_ROW_SLOTS (fv_row_slots_get_type ())

G_DECLARE_FINAL_TYPE (FvRowSlots, fv_row_slots, FV, ROW_SLOTS, GObject)

FvRowSlots *fv_row_slots_new       (GListModel *model);
GListModel *fv_row_slots_get_model (FvRowSlots *self);
void        fv_row_slots_set_keep_rows_when_empty (FvRowSlots *self,
                                                   gboolean    keep);

G_END_DECLS
