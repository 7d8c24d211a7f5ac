/* fv-save-timer.h
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Writes what the owner shows; FALSE when a field is not right yet. */
typedef gboolean (*FvSaveFunc) (gpointer owner);

typedef struct
{
  guint      source_id;
  FvSaveFunc save;
  gpointer   owner;
} FvSaveTimer;

void     fv_save_timer_init       (FvSaveTimer       *timer,
                                   FvSaveFunc         save,
                                   gpointer           owner);
void     fv_save_timer_restart    (FvSaveTimer       *timer);
void     fv_save_timer_cancel     (FvSaveTimer       *timer);
gboolean fv_save_timer_is_pending (const FvSaveTimer *timer);

G_END_DECLS
