/* fv-wheel-page.h — the Annual wheel area (årshjul)
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fv-area-page.h"
#include "fv-database.h"
#include "fv-preview-window.h"

G_BEGIN_DECLS

#define FV_TYPE_WHEEL_PAGE (fv_wheel_page_get_type ())

G_DECLARE_FINAL_TYPE (FvWheelPage, fv_wheel_page, FV, WHEEL_PAGE, FvAreaPage)

int              fv_wheel_page_get_year        (FvWheelPage  *self);
void             fv_wheel_page_set_year        (FvWheelPage  *self,
                                                int           year);
const char      *fv_wheel_page_get_view        (FvWheelPage  *self);
guint            fv_wheel_page_get_n_events    (FvWheelPage  *self);
gboolean         fv_wheel_page_get_event_point (FvWheelPage  *self,
                                                gint64        event_id,
                                                double       *x,
                                                double       *y);
gint64           fv_wheel_page_event_at        (FvWheelPage  *self,
                                                double        x,
                                                double        y);
gboolean         fv_wheel_page_click           (FvWheelPage  *self,
                                                double        x,
                                                double        y);
GtkWidget       *fv_wheel_page_get_wheel_area  (FvWheelPage  *self);
FvPreviewWindow *fv_wheel_page_preview         (FvWheelPage  *self);
gboolean         fv_wheel_page_undo_delete     (FvWheelPage  *self);
gboolean         fv_wheel_page_export_ical     (FvWheelPage  *self,
                                                GFile        *file,
                                                GError      **error);

G_END_DECLS
