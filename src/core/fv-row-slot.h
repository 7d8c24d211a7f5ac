/* fv-row-slot.h
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define FV_TYPE_ROW_SLOT (fv_row_slot_get_type ())

G_DECLARE_FINAL_TYPE (FvRowSlot, fv_row_slot, FV, ROW_SLOT, GObject)

FvRowSlot *fv_row_slot_new          (guint      position,
                                     gpointer   item);
guint      fv_row_slot_get_position (FvRowSlot *self);
gpointer   fv_row_slot_get_item     (FvRowSlot *self);
void       fv_row_slot_set_item     (FvRowSlot *self,
                                     gpointer   item);

G_END_DECLS
