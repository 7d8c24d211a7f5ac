/* fv-wheel.h — the annual wheel (årshjul): drawn on any cairo context, clicked back
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "fv-document.h"
#include "fv-wheel-store.h"

G_BEGIN_DECLS

/* What a wheel is drawn with besides its events; all optional. */
typedef struct
{
  const GDate *today;        /* the day marked; NULL for the real today */
  gboolean     no_today;     /* mark no day at all */
  gint64       highlight_id; /* an event drawn emphasised, 0 for none */
} FvWheelOptions;

void     fv_wheel_category_get_rgb (FvWheelCategory        category,
                                    double                 rgb[3]);
void     fv_wheel_fit              (double                 width,
                                    double                 height,
                                    double                *cx,
                                    double                *cy,
                                    double                *radius);
void     fv_wheel_draw             (cairo_t               *cr,
                                    double                 cx,
                                    double                 cy,
                                    double                 radius,
                                    int                    year,
                                    GPtrArray             *events,
                                    const FvWheelOptions  *options);
double   fv_wheel_draw_legend      (cairo_t               *cr,
                                    double                 x,
                                    double                 y,
                                    double                 width,
                                    double                 radius,
                                    gboolean               today);
void     fv_wheel_draw_box         (cairo_t               *cr,
                                    double                 width,
                                    double                 height,
                                    int                    year,
                                    GPtrArray             *events,
                                    const FvWheelOptions  *options);

gboolean fv_wheel_hit_test         (double                 cx,
                                    double                 cy,
                                    double                 radius,
                                    int                    year,
                                    double                 x,
                                    double                 y,
                                    GDate                 *date,
                                    int                   *ring);
void     fv_wheel_point_for_date   (double                 cx,
                                    double                 cy,
                                    double                 radius,
                                    const GDate           *date,
                                    int                    ring,
                                    double                *x,
                                    double                *y);
FvWheelEvent *fv_wheel_find_event  (GPtrArray             *events,
                                    const GDate           *date,
                                    int                    ring,
                                    guint                  tolerance_days);

FvDocument *fv_wheel_document_new  (int                    year,
                                    GPtrArray             *events,
                                    const char            *title);

G_END_DECLS
