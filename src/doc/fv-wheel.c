/* fv-wheel.c — the annual wheel (årshjul): drawn on any cairo context, clicked back
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The year runs clockwise from the top, as on a clock: twelve month sectors in
 * a dark band around the outside, with the locale's month names; inside it one
 * ring per category (Frivilligheten outermost), week ticks between the two and
 * stronger ticks at the quarters. An event is a dot in its ring on its day, a
 * span an arc; each has a short label outside the wheel on a thin leader line,
 * the labels of each half pushed apart so they do not overlap. Today is a red
 * line when the year is this year, and the year stands in the middle.
 *
 * The same code draws the widget, the PDF and the printed page; the hit test
 * is its exact inverse, so a click maps back to the day and ring drawn there.
 */

#define G_LOG_DOMAIN "fv-wheel"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "fv-exchange-store.h"
#include "fv-wheel.h"

/* Radii, as fractions of the radius (the outer edge of the month band). */
#define R_CENTER     0.27   /* the disc with the year */
#define R_RINGS_IN   0.29
#define R_RINGS_OUT  0.83
#define R_WEEKS_OUT  0.855  /* the week ticks between rings and months */
#define R_MONTHS_IN  0.855
#define R_ELBOW      1.035  /* where a leader line bends towards its label */
#define R_LABELS     1.10
#define LABEL_SPREAD 1.16   /* labels stay within cy ± this × radius */

#define INK     0.13, 0.14, 0.16
#define MUTED   0.40, 0.42, 0.45
#define BAND_A  0.15, 0.25, 0.38
#define BAND_B  0.21, 0.33, 0.48
#define TODAY   0.80, 0.12, 0.15

static const double ring_colours[FV_WHEEL_N_CATEGORIES][3] = {
  [FV_WHEEL_VOLUNTARY] = { 0.10, 0.56, 0.42 },  /* green */
  [FV_WHEEL_POLITICAL] = { 0.45, 0.33, 0.67 },  /* purple */
  [FV_WHEEL_GRANTS]    = { 0.84, 0.40, 0.05 },  /* orange */
  [FV_WHEEL_MUNICIPAL] = { 0.13, 0.45, 0.73 },  /* blue */
};

/**
 * fv_wheel_category_get_rgb:
 * @rgb: (out caller-allocates) (array fixed-size=3): red, green, blue from 0 to 1
 *
 * The colour of @category's ring, for swatches beside the wheel.
 */
void
fv_wheel_category_get_rgb (FvWheelCategory category,
                           double          rgb[3])
{
  const double *colour = ring_colours[MIN ((guint) category, FV_WHEEL_N_CATEGORIES - 1)];

  rgb[0] = colour[0];
  rgb[1] = colour[1];
  rgb[2] = colour[2];
}

static double
ring_width (void)
{
  return (R_RINGS_OUT - R_RINGS_IN) / FV_WHEEL_N_CATEGORIES;
}

/* Ring 0 is the outermost. */
static double
ring_middle (int ring)
{
  return R_RINGS_OUT - (ring + 0.5) * ring_width ();
}

/* A font spec such as "Bold 9.5" for fv_document_create_layout(). Always with a
 * decimal point: "%.1f" writes "9,5" under nb_NO and nn_NO, which Pango does not
 * read as a size, so every text in the wheel fell back to the default size. */
static char *
font_spec (const char *style,
           double      size)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strconcat (style, g_ascii_formatd (buf, sizeof buf, "%.1f", size), NULL);
}

static double
font_size (double radius)
{
  return CLAMP (radius * 0.034, 7.0, 11.5);
}

static int
days_in_year (int year)
{
  return g_date_is_leap_year (year) ? 366 : 365;
}

/* The angle of the middle of @day (1 = 1 January), clockwise from the top. */
static double
angle_for_day (double day,
               int    year)
{
  return -G_PI / 2.0 + 2.0 * G_PI * (day - 0.5) / days_in_year (year);
}

static void
set_colour (cairo_t      *cr,
            const double *rgb,
            double        towards_white)
{
  cairo_set_source_rgb (cr,
                        rgb[0] + (1.0 - rgb[0]) * towards_white,
                        rgb[1] + (1.0 - rgb[1]) * towards_white,
                        rgb[2] + (1.0 - rgb[2]) * towards_white);
}

static void
annulus_sector (cairo_t *cr,
                double   cx,
                double   cy,
                double   r_in,
                double   r_out,
                double   a0,
                double   a1)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, cx, cy, r_out, a0, a1);
  cairo_arc_negative (cr, cx, cy, r_in, a1, a0);
  cairo_close_path (cr);
}

static char *
month_name (int month)
{
  g_autoptr(GDateTime) date = g_date_time_new_utc (2001, month, 1, 12, 0, 0);

  /* %OB: the name standing alone (nominative), "januar" in nb and nn. */
  return g_date_time_format (date, "%OB");
}

/* The part of the event inside @year, as days of the year; FALSE when none. */
static gboolean
event_days (const FvWheelEvent *event,
            int                 year,
            int                *first,
            int                *last)
{
  GDate start, end;

  if (!fv_wheel_event_get_dates (event, &start, &end))
    return FALSE;
  if (g_date_get_year (&end) < year || g_date_get_year (&start) > year)
    return FALSE;
  *first = g_date_get_year (&start) < year ? 1 : (int) g_date_get_day_of_year (&start);
  *last = g_date_get_year (&end) > year ? days_in_year (year) : (int) g_date_get_day_of_year (&end);
  return TRUE;
}

static void
get_today (const FvWheelOptions *options,
           GDate                *today)
{
  g_date_clear (today, 1);
  if (options != NULL && options->today != NULL)
    *today = *options->today;
  else
    g_date_set_time_t (today, time (NULL));
}

static gboolean
today_in_year (const FvWheelOptions *options,
               int                   year)
{
  GDate today;

  if (options != NULL && options->no_today)
    return FALSE;
  get_today (options, &today);
  return g_date_valid (&today) && g_date_get_year (&today) == year;
}

/* Layout --------------------------------------------------------------------- */

/**
 * fv_wheel_fit:
 *
 * Where a wheel goes in a box of @width × @height, with room around it for the
 * labels and under it for the legend.
 */
void
fv_wheel_fit (double  width,
              double  height,
              double *cx,
              double *cy,
              double *radius)
{
  double legend = CLAMP (height * 0.055, 16.0, 34.0);
  double r = MIN ((height - legend) / 2.0 / (LABEL_SPREAD + 0.03), width / 2.0 / 1.78);

  *radius = MAX (r, 10.0);
  *cx = width / 2.0;
  *cy = (height - legend) / 2.0;
}

/* The labels ----------------------------------------------------------------- */

typedef struct
{
  const FvWheelEvent *event;
  double              angle;
  double              anchor;    /* radius of the dot or arc */
  double              want_y;
  double              y;
  char               *markup;
} Label;

static void
label_clear (gpointer data)
{
  g_free (((Label *) data)->markup);
}

static int
compare_labels (gconstpointer a,
                gconstpointer b)
{
  const Label *la = a, *lb = b;

  return la->want_y < lb->want_y ? -1 : la->want_y > lb->want_y ? 1 : 0;
}

/* Pushes the labels of one side apart, keeping them between @top and @bottom. */
static void
spread (GArray *labels,
        double  top,
        double  bottom,
        double  step)
{
  guint n = labels->len;

  if (n == 0)
    return;
  g_array_sort (labels, compare_labels);
  if (step * n > bottom - top)
    step = (bottom - top) / n;
  for (guint i = 0; i < n; i++)
    {
      Label *label = &g_array_index (labels, Label, i);
      double floor_y = i == 0 ? top : g_array_index (labels, Label, i - 1).y + step;

      label->y = MAX (label->want_y, floor_y);
    }
  for (guint i = n; i-- > 0;)
    {
      Label *label = &g_array_index (labels, Label, i);
      double ceiling = i == n - 1 ? bottom : g_array_index (labels, Label, i + 1).y - step;

      label->y = MIN (label->y, ceiling);
    }
}

static char *
label_markup (const FvWheelEvent *event,
              int                 year)
{
  GDate start, end;
  g_autofree char *when = NULL;
  g_autofree char *title = NULL;

  fv_wheel_event_get_dates (event, &start, &end);
  if (g_date_compare (&start, &end) == 0)
    when = g_strdup_printf ("%d.%d.", g_date_get_day (&start), g_date_get_month (&start));
  else
    when = g_strdup_printf ("%d.%d.–%d.%d.", g_date_get_day (&start), g_date_get_month (&start),
                            g_date_get_day (&end), g_date_get_month (&end));
  title = g_markup_escape_text (event->title != NULL ? event->title : "", -1);
  return g_strdup_printf ("<b>%s</b> %s", when, title);
}

static void
draw_labels (cairo_t              *cr,
             double                cx,
             double                cy,
             double                radius,
             int                   year,
             GPtrArray            *events,
             const FvWheelOptions *options)
{
  g_autoptr(GArray) right = g_array_new (FALSE, TRUE, sizeof (Label));
  g_autoptr(GArray) left = g_array_new (FALSE, TRUE, sizeof (Label));
  g_autofree char *font = font_spec ("", font_size (radius));
  g_autoptr(PangoLayout) layout = fv_document_create_layout (font);
  double r_labels = radius * R_LABELS;
  double max_width = radius * 0.80;
  double step;
  PangoRectangle logical;

  g_array_set_clear_func (right, label_clear);
  g_array_set_clear_func (left, label_clear);
  pango_layout_set_text (layout, "Åg", -1);
  pango_layout_get_extents (layout, NULL, &logical);
  step = pango_units_to_double (logical.height) * 1.08;

  for (guint i = 0; events != NULL && i < events->len; i++)
    {
      const FvWheelEvent *event = events->pdata[i];
      Label label = { 0 };
      int first, last;

      if (!event_days (event, year, &first, &last))
        continue;
      label.event = event;
      label.angle = angle_for_day ((first + last) / 2.0, year);
      label.anchor = radius * ring_middle (event->category);
      label.want_y = cy + r_labels * sin (label.angle);
      label.markup = label_markup (event, year);
      if (cos (label.angle) >= -1e-9)
        g_array_append_val (right, label);
      else
        g_array_append_val (left, label);
    }

  spread (right, cy - radius * LABEL_SPREAD, cy + radius * LABEL_SPREAD, step);
  spread (left, cy - radius * LABEL_SPREAD, cy + radius * LABEL_SPREAD, step);

  pango_layout_set_width (layout, pango_units_from_double (max_width));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);

  for (int side = 0; side < 2; side++)
    {
      GArray *labels = side == 0 ? right : left;
      double sign = side == 0 ? 1.0 : -1.0;

      pango_layout_set_alignment (layout, side == 0 ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT);
      for (guint i = 0; i < labels->len; i++)
        {
          Label *label = &g_array_index (labels, Label, i);
          const double *rgb = ring_colours[label->event->category];
          double dy = label->y - cy;
          double reach = r_labels * r_labels - dy * dy;
          double x = cx + sign * MAX (reach > 0 ? sqrt (reach) : 0.0, radius * 0.12);
          double ex = cx + radius * R_ELBOW * cos (label->angle);
          double ey = cy + radius * R_ELBOW * sin (label->angle);
          gboolean strong = options != NULL && options->highlight_id != 0 &&
                            options->highlight_id == label->event->id;

          /* The leader: out from the event, then over to the label. */
          cairo_new_path (cr);
          cairo_set_source_rgba (cr, rgb[0], rgb[1], rgb[2], 0.75);
          cairo_set_line_width (cr, MAX (radius * 0.0022, 0.5));
          cairo_move_to (cr, cx + label->anchor * cos (label->angle), cy + label->anchor * sin (label->angle));
          cairo_line_to (cr, ex, ey);
          cairo_line_to (cr, x, label->y);
          cairo_stroke (cr);
          set_colour (cr, rgb, 0.0);
          cairo_arc (cr, x, label->y, MAX (radius * 0.006, 1.3), 0, 2 * G_PI);
          cairo_fill (cr);

          if (strong)
            {
              g_autofree char *bold = g_strdup_printf ("<span background=\"#fde68a\">%s</span>", label->markup);

              pango_layout_set_markup (layout, bold, -1);
            }
          else
            pango_layout_set_markup (layout, label->markup, -1);
          pango_layout_get_extents (layout, NULL, &logical);
          cairo_set_source_rgb (cr, INK);
          cairo_move_to (cr,
                         side == 0 ? x + radius * 0.014 : x - radius * 0.014 - max_width,
                         label->y - pango_units_to_double (logical.height) / 2.0);
          pango_cairo_show_layout (cr, layout);
        }
    }
}

/* The wheel ------------------------------------------------------------------ */

static void
draw_centred (cairo_t     *cr,
              PangoLayout *layout,
              double       x,
              double       y)
{
  PangoRectangle ink, logical;

  pango_layout_get_extents (layout, &ink, &logical);
  cairo_move_to (cr, x - pango_units_to_double (logical.width) / 2.0 - pango_units_to_double (logical.x),
                 y - pango_units_to_double (logical.height) / 2.0);
  pango_cairo_show_layout (cr, layout);
}

/**
 * fv_wheel_draw:
 * @radius: the outer edge of the month band; labels reach about 0.9 × @radius
 *   further out on each side, and 1.16 × @radius above and below the centre
 * @events: (element-type FvWheelEvent) (nullable): the events; those outside
 *   @year are left out, spans are cut at the year's ends
 *
 * Draws the annual wheel of @year centred on (@cx, @cy).
 */
void
fv_wheel_draw (cairo_t              *cr,
               double                cx,
               double                cy,
               double                radius,
               int                   year,
               GPtrArray            *events,
               const FvWheelOptions *options)
{
  int n_days = days_in_year (year);
  double fs = font_size (radius);
  g_autofree char *month_font = font_spec ("Bold ", fs * 1.05);
  g_autofree char *year_font = font_spec ("Bold ", radius * 0.15);
  g_autoptr(PangoLayout) layout = NULL;
  GDate jan1, today;

  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  cairo_new_path (cr);
  g_date_clear (&jan1, 1);
  g_date_set_dmy (&jan1, 1, G_DATE_JANUARY, year);

  /* The rings: a light tint of each category, the months alternating. */
  for (int ring = 0; ring < FV_WHEEL_N_CATEGORIES; ring++)
    {
      double r_out = radius * (R_RINGS_OUT - ring * ring_width ());
      double r_in = r_out - radius * ring_width ();

      for (int month = 1; month <= 12; month++)
        {
          GDate first;
          double a0, a1;

          g_date_clear (&first, 1);
          g_date_set_dmy (&first, 1, month, year);
          a0 = angle_for_day (g_date_get_day_of_year (&first) - 0.5 + 0.0, year);
          a1 = a0 + 2.0 * G_PI * g_date_get_days_in_month (month, year) / n_days;
          set_colour (cr, ring_colours[ring], month % 2 == 1 ? 0.90 : 0.84);
          annulus_sector (cr, cx, cy, r_in, r_out, a0, a1);
          cairo_fill (cr);
        }
    }

  /* Between rings and months: the weeks, a tick each Monday. */
  cairo_set_source_rgb (cr, 0.95, 0.95, 0.96);
  annulus_sector (cr, cx, cy, radius * R_RINGS_OUT, radius * R_WEEKS_OUT, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, MUTED);
  cairo_set_line_width (cr, MAX (radius * 0.0025, 0.5));
  {
    int first_monday = 1 + (8 - (int) g_date_get_weekday (&jan1)) % 7;

    for (int day = first_monday; day <= n_days; day += 7)
      {
        double a = angle_for_day (day - 0.5, year);

        cairo_move_to (cr, cx + radius * R_RINGS_OUT * cos (a), cy + radius * R_RINGS_OUT * sin (a));
        cairo_line_to (cr, cx + radius * (R_RINGS_OUT + 0.016) * cos (a),
                       cy + radius * (R_RINGS_OUT + 0.016) * sin (a));
      }
    cairo_stroke (cr);
  }

  /* The month band, with the names along it, readable from below. */
  layout = fv_document_create_layout (month_font);
  for (int month = 1; month <= 12; month++)
    {
      GDate first;
      g_autofree char *name = month_name (month);
      g_autofree char *upper = g_utf8_strup (name, -1);
      double a0, a1, mid, r_text;

      g_date_clear (&first, 1);
      g_date_set_dmy (&first, 1, month, year);
      a0 = angle_for_day (g_date_get_day_of_year (&first) - 0.5, year);
      a1 = a0 + 2.0 * G_PI * g_date_get_days_in_month (month, year) / n_days;
      mid = (a0 + a1) / 2.0;
      if (month % 2 == 1)
        cairo_set_source_rgb (cr, BAND_A);
      else
        cairo_set_source_rgb (cr, BAND_B);
      annulus_sector (cr, cx, cy, radius * R_MONTHS_IN, radius, a0, a1);
      cairo_fill (cr);

      r_text = radius * (R_MONTHS_IN + 1.0) / 2.0;
      cairo_save (cr);
      cairo_translate (cr, cx + r_text * cos (mid), cy + r_text * sin (mid));
      /* Upright in the top half, turned the other way in the bottom half. */
      if (sin (mid) > 0.05)
        cairo_rotate (cr, mid - G_PI / 2.0);
      else
        cairo_rotate (cr, mid + G_PI / 2.0);
      pango_layout_set_text (layout, upper, -1);
      cairo_set_source_rgb (cr, 1.0, 1.0, 1.0);
      draw_centred (cr, layout, 0.0, 0.0);
      cairo_restore (cr);
    }

  /* Month lines through the rings, and the quarters stronger. */
  for (int month = 1; month <= 12; month++)
    {
      GDate first;
      double a;
      gboolean quarter = (month - 1) % 3 == 0;

      g_date_clear (&first, 1);
      g_date_set_dmy (&first, 1, month, year);
      a = angle_for_day (g_date_get_day_of_year (&first) - 0.5, year);
      if (quarter)
        {
          cairo_set_source_rgb (cr, BAND_A);
          cairo_set_line_width (cr, MAX (radius * 0.006, 1.2));
          cairo_move_to (cr, cx + radius * R_RINGS_IN * cos (a), cy + radius * R_RINGS_IN * sin (a));
          cairo_line_to (cr, cx + radius * 1.025 * cos (a), cy + radius * 1.025 * sin (a));
        }
      else
        {
          cairo_set_source_rgb (cr, 1.0, 1.0, 1.0);
          cairo_set_line_width (cr, MAX (radius * 0.004, 0.8));
          cairo_move_to (cr, cx + radius * R_RINGS_IN * cos (a), cy + radius * R_RINGS_IN * sin (a));
          cairo_line_to (cr, cx + radius * R_RINGS_OUT * cos (a), cy + radius * R_RINGS_OUT * sin (a));
        }
      cairo_stroke (cr);
    }

  /* The rings' edges. */
  cairo_set_source_rgb (cr, 1.0, 1.0, 1.0);
  cairo_set_line_width (cr, MAX (radius * 0.003, 0.6));
  for (int ring = 1; ring < FV_WHEEL_N_CATEGORIES; ring++)
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, cx, cy, radius * (R_RINGS_OUT - ring * ring_width ()), 0, 2 * G_PI);
    }
  cairo_stroke (cr);

  /* The events: arcs for spans, dots for days. */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; events != NULL && i < events->len; i++)
      {
        const FvWheelEvent *event = events->pdata[i];
        const double *rgb = ring_colours[event->category];
        double r = radius * ring_middle (event->category);
        double dot = radius * ring_width () * 0.22;
        gboolean strong = options != NULL && options->highlight_id != 0 && options->highlight_id == event->id;
        int first, last;

        if (!event_days (event, year, &first, &last))
          continue;
        if (pass == 0 && last > first)
          {
            cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
            cairo_set_line_width (cr, radius * ring_width () * (strong ? 0.62 : 0.46));
            cairo_set_source_rgba (cr, rgb[0], rgb[1], rgb[2], 0.80);
            cairo_arc (cr, cx, cy, r, angle_for_day (first, year), angle_for_day (last, year));
            cairo_stroke (cr);
            cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
          }
        else if (pass == 1 && last == first)
          {
            double a = angle_for_day (first, year);

            cairo_arc (cr, cx + r * cos (a), cy + r * sin (a), strong ? dot * 1.4 : dot, 0, 2 * G_PI);
            set_colour (cr, rgb, 0.0);
            cairo_fill_preserve (cr);
            cairo_set_source_rgb (cr, 1.0, 1.0, 1.0);
            cairo_set_line_width (cr, MAX (radius * 0.004, 0.8));
            cairo_stroke (cr);
          }
      }

  /* Today, when this is the year. */
  if (today_in_year (options, year))
    {
      get_today (options, &today);
        {
          double a = angle_for_day (g_date_get_day_of_year (&today), year);
          double tip = radius * 1.0, base = radius * 1.045, half = radius * 0.018;

          cairo_set_source_rgb (cr, TODAY);
          cairo_set_line_width (cr, MAX (radius * 0.006, 1.2));
          cairo_move_to (cr, cx + radius * R_RINGS_IN * cos (a), cy + radius * R_RINGS_IN * sin (a));
          cairo_line_to (cr, cx + tip * cos (a), cy + tip * sin (a));
          cairo_stroke (cr);
          cairo_move_to (cr, cx + tip * cos (a), cy + tip * sin (a));
          cairo_line_to (cr, cx + base * cos (a) - half * sin (a), cy + base * sin (a) + half * cos (a));
          cairo_line_to (cr, cx + base * cos (a) + half * sin (a), cy + base * sin (a) - half * cos (a));
          cairo_close_path (cr);
          cairo_fill (cr);
        }
    }

  /* The middle: the year. */
  cairo_arc (cr, cx, cy, radius * R_CENTER, 0, 2 * G_PI);
  cairo_set_source_rgb (cr, 1.0, 1.0, 1.0);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, BAND_A);
  cairo_set_line_width (cr, MAX (radius * 0.008, 1.0));
  cairo_stroke (cr);
  {
    g_autoptr(PangoLayout) year_layout = fv_document_create_layout (year_font);
    g_autofree char *text = g_strdup_printf ("%d", year);
    g_autofree char *small_font = font_spec ("", fs * 0.95);
    g_autoptr(PangoLayout) caption = fv_document_create_layout (small_font);

    pango_layout_set_text (year_layout, text, -1);
    cairo_set_source_rgb (cr, BAND_A);
    draw_centred (cr, year_layout, cx, cy - radius * 0.015);
    /* Translators: under the year in the middle of the annual wheel */
    pango_layout_set_text (caption, _("Annual wheel"), -1);
    cairo_set_source_rgb (cr, MUTED);
    draw_centred (cr, caption, cx, cy + radius * 0.115);
  }

  draw_labels (cr, cx, cy, radius, year, events, options);
  cairo_restore (cr);
}

/**
 * fv_wheel_draw_legend:
 * @width: the row is centred in (@x, @x + @width)
 *
 * Draws one row: a swatch and the name of each ring, and the mark of today
 * when @today.
 *
 * Returns: the row's height
 */
double
fv_wheel_draw_legend (cairo_t  *cr,
                      double    x,
                      double    y,
                      double    width,
                      double    radius,
                      gboolean  today)
{
  int n_items = today ? FV_WHEEL_N_CATEGORIES + 1 : FV_WHEEL_N_CATEGORIES;
  g_autofree char *font = font_spec ("", font_size (radius) * 1.05);
  g_autoptr(PangoLayout) layout = fv_document_create_layout (font);
  double gap = font_size (radius) * 2.2, swatch = font_size (radius) * 1.1;
  double widths[FV_WHEEL_N_CATEGORIES + 1];
  double total = 0.0, height = 0.0, at;
  PangoRectangle logical;

  for (int i = 0; i < n_items; i++)
    {
      pango_layout_set_text (layout, i < FV_WHEEL_N_CATEGORIES ? fv_wheel_category_get_label (i) : _("Today"), -1);
      pango_layout_get_extents (layout, NULL, &logical);
      widths[i] = pango_units_to_double (logical.width);
      height = MAX (height, pango_units_to_double (logical.height));
      total += swatch * 1.5 + widths[i] + (i < n_items - 1 ? gap : 0.0);
    }

  cairo_save (cr);
  cairo_new_path (cr);
  at = x + MAX ((width - total) / 2.0, 0.0);
  for (int i = 0; i < n_items; i++)
    {
      cairo_new_path (cr);
      if (i < FV_WHEEL_N_CATEGORIES)
        {
          set_colour (cr, ring_colours[i], 0.0);
          cairo_arc (cr, at + swatch / 2.0, y + height / 2.0, swatch / 2.0, 0, 2 * G_PI);
          cairo_fill (cr);
        }
      else
        {
          cairo_set_source_rgb (cr, TODAY);
          cairo_set_line_width (cr, MAX (radius * 0.006, 1.2));
          cairo_move_to (cr, at, y + height / 2.0);
          cairo_line_to (cr, at + swatch, y + height / 2.0);
          cairo_stroke (cr);
        }
      pango_layout_set_text (layout, i < FV_WHEEL_N_CATEGORIES ? fv_wheel_category_get_label (i) : _("Today"), -1);
      cairo_set_source_rgb (cr, INK);
      cairo_move_to (cr, at + swatch * 1.5, y);
      pango_cairo_show_layout (cr, layout);
      at += swatch * 1.5 + widths[i] + gap;
    }
  cairo_restore (cr);
  return height;
}

/**
 * fv_wheel_draw_box:
 *
 * The wheel fitted into (0, 0, @width, @height), the legend along the foot.
 * Usable as a document drawing and by the widget.
 */
void
fv_wheel_draw_box (cairo_t              *cr,
                   double                width,
                   double                height,
                   int                   year,
                   GPtrArray            *events,
                   const FvWheelOptions *options)
{
  double cx, cy, radius;

  fv_wheel_fit (width, height, &cx, &cy, &radius);
  fv_wheel_draw (cr, cx, cy, radius, year, events, options);
  fv_wheel_draw_legend (cr, 0.0, cy + radius * (LABEL_SPREAD + 0.06), width, radius,
                        today_in_year (options, year));
}

/* Clicks --------------------------------------------------------------------- */

/**
 * fv_wheel_hit_test:
 * @date: (out) (optional): the day under (@x, @y)
 * @ring: (out) (optional): the category ring under (@x, @y), or -1 in the
 *   month band or the weeks
 *
 * The inverse of fv_wheel_draw() with the same @cx, @cy, @radius and @year.
 *
 * Returns: %TRUE when (@x, @y) is on the wheel between the year in the middle
 *   and the outer edge of the months
 */
gboolean
fv_wheel_hit_test (double  cx,
                   double  cy,
                   double  radius,
                   int     year,
                   double  x,
                   double  y,
                   GDate  *date,
                   int    *ring)
{
  double dx = x - cx, dy = y - cy;
  double r = sqrt (dx * dx + dy * dy) / radius;
  double turn;
  int n_days = days_in_year (year), day;

  if (ring != NULL)
    *ring = -1;
  if (r < R_RINGS_IN || r > 1.0 || radius <= 0)
    return FALSE;

  /* Clockwise from the top, 0 ≤ turn < 1. */
  turn = (atan2 (dy, dx) + G_PI / 2.0) / (2.0 * G_PI);
  turn -= floor (turn);
  day = CLAMP ((int) floor (turn * n_days) + 1, 1, n_days);
  if (date != NULL)
    {
      g_date_clear (date, 1);
      g_date_set_dmy (date, 1, G_DATE_JANUARY, year);
      g_date_add_days (date, day - 1);
    }
  if (ring != NULL && r <= R_RINGS_OUT)
    *ring = CLAMP ((int) floor ((R_RINGS_OUT - r) / ring_width ()), 0, FV_WHEEL_N_CATEGORIES - 1);
  return TRUE;
}

/* Where fv_wheel_draw() puts @date in @ring (or, for -1, the month band). */
void
fv_wheel_point_for_date (double       cx,
                         double       cy,
                         double       radius,
                         const GDate *date,
                         int          ring,
                         double      *x,
                         double      *y)
{
  int year = g_date_get_year (date);
  double a = angle_for_day (g_date_get_day_of_year (date), year);
  double r = radius * (ring >= 0 && ring < FV_WHEEL_N_CATEGORIES ? ring_middle (ring)
                                                                 : (R_MONTHS_IN + 1.0) / 2.0);

  *x = cx + r * cos (a);
  *y = cy + r * sin (a);
}

/**
 * fv_wheel_find_event:
 * @events: (element-type FvWheelEvent)
 * @ring: the category, or -1 for any
 *
 * Returns: (transfer none) (nullable): the event in @ring nearest to @date,
 *   within @tolerance_days of it (a span counts from its nearest day)
 */
FvWheelEvent *
fv_wheel_find_event (GPtrArray   *events,
                     const GDate *date,
                     int          ring,
                     guint        tolerance_days)
{
  FvWheelEvent *best = NULL;
  gint64 best_distance = G_MAXINT64;

  for (guint i = 0; events != NULL && i < events->len; i++)
    {
      FvWheelEvent *event = events->pdata[i];
      GDate start, end;
      gint64 distance;

      if ((ring >= 0 && (int) event->category != ring) || !fv_wheel_event_get_dates (event, &start, &end))
        continue;
      if (g_date_compare (date, &start) < 0)
        distance = g_date_days_between (date, &start);
      else if (g_date_compare (date, &end) > 0)
        distance = g_date_days_between (&end, date);
      else
        distance = 0;
      /* A day beats a span over the same day: it is the smaller target. */
      distance = distance * 2 + (g_date_compare (&start, &end) != 0 ? 1 : 0);
      if (distance <= (gint64) tolerance_days * 2 + 1 && distance < best_distance)
        {
          best = event;
          best_distance = distance;
        }
    }
  return best;
}

/* The document --------------------------------------------------------------- */

typedef struct
{
  int        year;
  GPtrArray *events;
} WheelPage;

static void
wheel_page_free (gpointer data)
{
  WheelPage *page = data;

  g_ptr_array_unref (page->events);
  g_free (page);
}

static void
draw_wheel_page (cairo_t  *cr,
                 double    width,
                 double    height,
                 gpointer  user_data)
{
  WheelPage *page = user_data;
  FvWheelOptions options = { 0 };

  fv_wheel_draw_box (cr, width, height, page->year, page->events, &options);
}

static char *
capitalised_month (int month)
{
  g_autofree char *name = month_name (month);
  gunichar first = g_utf8_get_char (name);
  char buffer[8] = { 0 };

  g_unichar_to_utf8 (g_unichar_totitle (first), buffer);
  return g_strconcat (buffer, g_utf8_next_char (name), NULL);
}

/**
 * fv_wheel_document_new:
 * @events: (element-type FvWheelEvent): the year's events, by start date
 * @title: (nullable): the heading; "Annual wheel YEAR" when %NULL
 *
 * An A3 landscape poster: the wheel on the first page, then the events month
 * by month as tables (date, event, category, place, organisation).
 *
 * Returns: (transfer full): the document, not yet laid out
 */
FvDocument *
fv_wheel_document_new (int         year,
                       GPtrArray  *events,
                       const char *title)
{
  FvDocument *doc = fv_document_new (FV_PAPER_A3, FV_ORIENTATION_LANDSCAPE);
  g_autofree char *default_title = NULL;
  g_autofree char *events_heading = NULL;
  WheelPage *page = g_new0 (WheelPage, 1);
  FvTable *table;
  static const double widths[] = { 14, 38, 16, 16, 16 };
  const char *header[] = { _("Date"), _("Event"), _("Category"), _("Place"), _("Organisation"), NULL };

  if (title == NULL || *title == '\0')
    /* Translators: the title of the annual wheel document; %d is the year */
    title = default_title = g_strdup_printf (_("Annual wheel %d"), year);

  fv_document_set_title (doc, title);
  fv_document_set_subject (doc, _("The year’s events as an annual wheel (årshjul) and a list"));
  fv_document_add_styled_paragraph (doc, FV_PARAGRAPH_TITLE, title);

  page->year = year;
  page->events = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_wheel_event_free);
  for (guint i = 0; events != NULL && i < events->len; i++)
    g_ptr_array_add (page->events, fv_wheel_event_copy (events->pdata[i]));
  fv_document_add_drawing (doc, 0.0, draw_wheel_page, page, wheel_page_free);

  fv_document_add_page_break (doc);
  /* Translators: a heading; %d is the year */
  events_heading = g_strdup_printf (_("Events in %d"), year);
  fv_document_add_heading (doc, 1, events_heading);
  if (page->events->len == 0)
    fv_document_add_paragraph (doc, _("No events in this year."));

  table = fv_document_add_table (doc, G_N_ELEMENTS (widths), widths);
  fv_table_set_header (table, header);
  for (int month = 1; month <= 12; month++)
    {
      g_autofree char *name = capitalised_month (month);
      const char *month_cells[] = { name, "", "", "", "", NULL };
      guint n_rows = fv_table_get_n_rows (table);

      /* Every month has its row, with or without events: the year at a glance. */
      fv_table_add_row_full (table, FV_TABLE_ROW_STRONG, month_cells);
      for (guint i = 0; i < page->events->len; i++)
        {
          const FvWheelEvent *event = page->events->pdata[i];
          GDate start, end;
          g_autofree char *when = NULL;
          int shown_month;

          if (!fv_wheel_event_get_dates (event, &start, &end))
            continue;
          /* Listed in its first month of this year. */
          shown_month = g_date_get_year (&start) < year ? 1 : (int) g_date_get_month (&start);
          if (shown_month != month)
            continue;
          when = fv_wheel_event_format_when (event);
          {
            const char *cells[] = {
              when,
              event->title,
              fv_wheel_category_get_label (event->category),
              event->place != NULL ? event->place : "",
              event->organisation_name != NULL ? event->organisation_name : "",
              NULL
            };

            fv_table_add_row (table, cells);
          }
        }
      if (fv_table_get_n_rows (table) == n_rows + 1)
        {
          const char *none[] = { "", "—", "", "", "", NULL };

          fv_table_add_row (table, none);
        }
    }
  return doc;
}
