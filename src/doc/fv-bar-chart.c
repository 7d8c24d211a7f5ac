/* fv-bar-chart.c — a horizontal bar chart for documents
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Bars run left to right so long Norwegian category names ("Tros- og
 * livssynsorganisasjoner") stay readable as labels. The chart is a drawing
 * block of the document engine: it draws into any box on any cairo context.
 */

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "fv-bar-chart.h"

#define ROW_HEIGHT   17.0
#define AXIS_HEIGHT  16.0
#define LABEL_GAP    8.0
#define VALUE_ROOM   30.0

typedef struct
{
  char     *label;
  double    value;
  gboolean  muted;
} Bar;

struct _FvBarChart
{
  GArray *bars;
};

static void
bar_clear (gpointer data)
{
  Bar *bar = data;

  g_clear_pointer (&bar->label, g_free);
}

FvBarChart *
fv_bar_chart_new (void)
{
  FvBarChart *chart = g_new0 (FvBarChart, 1);

  chart->bars = g_array_new (FALSE, FALSE, sizeof (Bar));
  g_array_set_clear_func (chart->bars, bar_clear);
  return chart;
}

void
fv_bar_chart_free (FvBarChart *chart)
{
  if (chart == NULL)
    return;

  g_array_unref (chart->bars);
  g_free (chart);
}

/* @muted draws the bar in grey: for "none" or "unknown" beside real groups. */
void
fv_bar_chart_add (FvBarChart *chart,
                  const char *label,
                  double      value,
                  gboolean    muted)
{
  Bar bar = { g_strdup (label), MAX (value, 0.0), muted };

  g_return_if_fail (chart != NULL);

  g_array_append_val (chart->bars, bar);
}

guint
fv_bar_chart_get_n_bars (FvBarChart *chart)
{
  g_return_val_if_fail (chart != NULL, 0);

  return chart->bars->len;
}

/* The height at which the bars have room to breathe, in points. */
double
fv_bar_chart_get_natural_height (FvBarChart *chart)
{
  g_return_val_if_fail (chart != NULL, 0.0);

  return chart->bars->len * ROW_HEIGHT + AXIS_HEIGHT;
}

/* A round step for about five gridlines: 1, 2 or 5 times a power of ten. */
static double
nice_step (double max)
{
  double raw = max / 5.0;
  double magnitude = pow (10.0, floor (log10 (raw)));
  double fraction = raw / magnitude;

  if (fraction <= 1.0)
    return magnitude;
  if (fraction <= 2.0)
    return 2.0 * magnitude;
  if (fraction <= 5.0)
    return 5.0 * magnitude;
  return 10.0 * magnitude;
}

static char *
format_value (double value)
{
  if (value == floor (value) && fabs (value) < 1e15)
    return g_strdup_printf ("%'.0f", value);
  return g_strdup_printf ("%'.1f", value);
}

static void
show_layout_at (cairo_t     *cr,
                PangoLayout *layout,
                double       x,
                double       center_y)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  cairo_move_to (cr, x, center_y - pango_units_to_double (logical.height) / 2.0);
  pango_cairo_show_layout (cr, layout);
}

/**
 * fv_bar_chart_draw: (type FvDrawFunc)
 *
 * Draws @chart into (0, 0, @width, @height). Usable as a document drawing.
 */
void
fv_bar_chart_draw (cairo_t  *cr,
                   double    width,
                   double    height,
                   gpointer  data)
{
  FvBarChart *chart = data;
  g_autoptr(PangoLayout) label = fv_document_create_layout ("9");
  g_autoptr(PangoLayout) value_label = fv_document_create_layout ("Bold 9");
  g_autoptr(PangoLayout) tick = fv_document_create_layout ("7.5");
  guint n = chart->bars->len;
  gboolean whole = TRUE;
  double label_width = 0.0;
  double max = 0.0;
  double row, plot_x, plot_width, step, top;

  if (n == 0)
    return;

  for (guint i = 0; i < n; i++)
    {
      Bar *bar = &g_array_index (chart->bars, Bar, i);
      PangoRectangle logical;

      pango_layout_set_text (label, bar->label, -1);
      pango_layout_get_extents (label, NULL, &logical);
      label_width = MAX (label_width, pango_units_to_double (logical.width));
      max = MAX (max, bar->value);
      whole = whole && bar->value == floor (bar->value);
    }
  label_width = MIN (label_width, width * 0.42);
  pango_layout_set_width (label, pango_units_from_double (label_width));
  pango_layout_set_ellipsize (label, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (label, PANGO_ALIGN_RIGHT);

  row = MIN ((height - AXIS_HEIGHT) / n, ROW_HEIGHT * 1.4);
  top = 0.0;
  plot_x = label_width + LABEL_GAP;
  plot_width = MAX (width - plot_x - VALUE_ROOM, 10.0);
  step = nice_step (MAX (max, 1.0));
  if (whole)
    step = MAX (step, 1.0);   /* counts: no gridline at 0.2 of an organisation */
  max = MAX (ceil (MAX (max, 1.0) / step) * step, step);

  cairo_save (cr);

  /* Gridlines and their values along the foot. */
  cairo_set_line_width (cr, 0.4);
  for (double v = 0.0; v <= max + step / 2.0; v += step)
    {
      double x = plot_x + plot_width * v / max;
      g_autofree char *text = format_value (v);
      PangoRectangle logical;

      cairo_set_source_rgb (cr, v == 0.0 ? 0.45 : 0.84, v == 0.0 ? 0.46 : 0.85, v == 0.0 ? 0.49 : 0.87);
      cairo_move_to (cr, x, top);
      cairo_line_to (cr, x, top + n * row);
      cairo_stroke (cr);

      pango_layout_set_text (tick, text, -1);
      pango_layout_get_extents (tick, NULL, &logical);
      cairo_set_source_rgb (cr, 0.36, 0.37, 0.40);
      cairo_move_to (cr, x - pango_units_to_double (logical.width) / 2.0, top + n * row + 3.0);
      pango_cairo_show_layout (cr, tick);
    }

  for (guint i = 0; i < n; i++)
    {
      Bar *bar = &g_array_index (chart->bars, Bar, i);
      double center = top + (i + 0.5) * row;
      double length = plot_width * bar->value / max;
      double thickness = MIN (row * 0.62, 11.0);
      g_autofree char *text = format_value (bar->value);

      cairo_set_source_rgb (cr, 0.10, 0.10, 0.11);
      pango_layout_set_text (label, bar->label, -1);
      show_layout_at (cr, label, 0.0, center);

      if (bar->muted)
        cairo_set_source_rgb (cr, 0.62, 0.64, 0.67);
      else
        cairo_set_source_rgb (cr, 0.17, 0.38, 0.62);
      cairo_rectangle (cr, plot_x, center - thickness / 2.0, length, thickness);
      cairo_fill (cr);

      cairo_set_source_rgb (cr, 0.10, 0.10, 0.11);
      pango_layout_set_text (value_label, text, -1);
      show_layout_at (cr, value_label, plot_x + length + 4.0, center);
    }

  cairo_restore (cr);
}

/* Adds @chart to @document at its natural height; the document takes it. */
void
fv_document_add_bar_chart (FvDocument *document,
                           FvBarChart *chart)
{
  g_return_if_fail (FV_IS_DOCUMENT (document));
  g_return_if_fail (chart != NULL);

  fv_document_add_drawing (document, fv_bar_chart_get_natural_height (chart),
                           fv_bar_chart_draw, chart, (GDestroyNotify) fv_bar_chart_free);
}
