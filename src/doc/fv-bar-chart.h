/* fv-bar-chart.h — a horizontal bar chart for documents
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fv-document.h"

G_BEGIN_DECLS

typedef struct _FvBarChart FvBarChart;

FvBarChart *fv_bar_chart_new                (void);
void        fv_bar_chart_free               (FvBarChart  *chart);
void        fv_bar_chart_add                (FvBarChart  *chart,
                                             const char  *label,
                                             double       value,
                                             gboolean     muted);
guint       fv_bar_chart_get_n_bars         (FvBarChart  *chart);
double      fv_bar_chart_get_natural_height (FvBarChart  *chart);
void        fv_bar_chart_draw               (cairo_t     *cr,
                                             double       width,
                                             double       height,
                                             gpointer     chart);
void        fv_document_add_bar_chart       (FvDocument  *document,
                                             FvBarChart  *chart);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FvBarChart, fv_bar_chart_free)

G_END_DECLS
