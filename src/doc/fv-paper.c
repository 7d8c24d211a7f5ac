/* fv-paper.c — paper sizes for documents, in PostScript points
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cairo's PDF surface and GtkPrintContext both measure in points (1/72 inch);
 * ISO 216 gives paper in millimetres.
 */

#include "config.h"

#include "fv-paper.h"

#define MM_PER_INCH 25.4
#define POINTS_PER_INCH 72.0

double
fv_paper_points_from_mm (double mm)
{
  return mm / MM_PER_INCH * POINTS_PER_INCH;
}

void
fv_paper_get_size (FvPaper        paper,
                   FvOrientation  orientation,
                   double        *width,
                   double        *height)
{
  double short_mm = paper == FV_PAPER_A3 ? 297.0 : 210.0;
  double long_mm = paper == FV_PAPER_A3 ? 420.0 : 297.0;
  gboolean landscape = orientation == FV_ORIENTATION_LANDSCAPE;

  g_return_if_fail (width != NULL && height != NULL);

  *width = fv_paper_points_from_mm (landscape ? long_mm : short_mm);
  *height = fv_paper_points_from_mm (landscape ? short_mm : long_mm);
}
