/* fv-wheel-event-dialog.h — adding or editing one event of the annual wheel
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fv-database.h"

G_BEGIN_DECLS

#define FV_TYPE_WHEEL_EVENT_DIALOG (fv_wheel_event_dialog_get_type ())

G_DECLARE_FINAL_TYPE (FvWheelEventDialog, fv_wheel_event_dialog, FV, WHEEL_EVENT_DIALOG, AdwWindow)

FvWheelEventDialog *fv_wheel_event_dialog_new          (GtkWindow          *parent,
                                                        FvDatabase         *database,
                                                        gint64              event_id,
                                                        const GDate        *date,
                                                        GError            **error);
gint64              fv_wheel_event_dialog_get_saved_id (FvWheelEventDialog *self);

G_END_DECLS
