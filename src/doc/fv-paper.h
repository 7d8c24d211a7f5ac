/* fv-paper.h — paper sizes for documents, in PostScript points
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  FV_PAPER_A4,
  FV_PAPER_A3,
} FvPaper;

typedef enum
{
  FV_ORIENTATION_PORTRAIT,
  FV_ORIENTATION_LANDSCAPE,
} FvOrientation;

double fv_paper_points_from_mm (double         mm);
void   fv_paper_get_size       (FvPaper        paper,
                                FvOrientation  orientation,
                                double        *width,
                                double        *height);

G_END_DECLS
