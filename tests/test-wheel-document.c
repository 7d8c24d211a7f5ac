/* test-wheel-document.c — the annual wheel: its PDF read back with poppler,
 * and the hit test as the exact inverse of the drawing
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PDF is kept in documents/ for people to look at.
 */

#include <cairo-pdf.h>
#include <locale.h>
#include <string.h>

#include "fv-demo.h"
#include "fv-test-pdf.h"
#include "fv-test-util.h"
#include "fv-wheel.h"

static char *
month_name (int month)
{
  g_autoptr(GDateTime) date = g_date_time_new_utc (2001, month, 1, 12, 0, 0);

  return g_date_time_format (date, "%OB");
}

static void
test_demo_year (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "frivillig.db", NULL);
  g_autofree char *pdf_path = g_build_filename (dir, "wheel-2022.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FvDatabase) database = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(FvDocument) doc = NULL;
  g_autoptr(FvPdfDocument) pdf = NULL;
  g_autofree char *wheel = NULL;
  g_autofree char *list = NULL;
  double width, height;

  database = fv_database_open (path, FV_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (fv_demo_fill (database, &error));
  events = fv_wheel_store_list_year (database, 2022, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 7);

  doc = fv_wheel_document_new (2022, events, "Årshjul 2022 — Frivillighetens år i Bærum");
  fv_document_get_page_size (doc, &width, &height);
  g_assert_cmpfloat (width, >, height);   /* landscape */
  g_assert_true (fv_document_write_pdf (doc, pdf_path, NULL, &error));
  g_assert_no_error (error);
  fv_test_pdf_keep (pdf_path, "wheel-2022.pdf");

  pdf = fv_test_pdf_open (pdf_path);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, 2);
  fv_test_pdf_assert_fonts_embedded (pdf);
  fv_test_pdf_assert_qpdf_check (pdf_path);

  /* Page 1: the wheel, with the year and each event's label. The month names
   * are set turned along the wheel, which poppler reads in pieces: they are
   * checked in the list below. */
  wheel = fv_test_pdf_page_text (pdf, 0);
  g_assert_nonnull (strstr (wheel, "Årshjul 2022 — Frivillighetens år i Bærum"));
  g_assert_nonnull (strstr (wheel, "2022"));
  g_assert_nonnull (strstr (wheel, "Frivillighetskonferanse"));
  g_assert_nonnull (strstr (wheel, "Sandvika Byfest"));
  g_assert_nonnull (strstr (wheel, "Frivillighetens dag"));
  g_assert_nonnull (strstr (wheel, "Presterud gård"));
  g_assert_nonnull (strstr (wheel, "Søknadsfrist Årets frivillighetskommune"));
  g_assert_nonnull (strstr (wheel, "Frivilligbørs med HUMSOS"));
  g_assert_nonnull (strstr (wheel, "Voluntary sector"));   /* the legend */
  g_assert_nonnull (strstr (wheel, "Grants and deadlines"));

  /* Page 2: the list, month by month, with places and organisations. */
  list = fv_test_pdf_page_text (pdf, 1);
  g_assert_nonnull (strstr (list, "Events in 2022"));
  /* Every month has its row in the list, with or without events. */
  for (int month = 1; month <= 12; month++)
    {
      g_autofree char *name = month_name (month);

      g_assert_nonnull (strstr (list, name));
    }
  g_assert_nonnull (strstr (list, "26.04.2022"));
  g_assert_nonnull (strstr (list, "Bærum Kulturhus"));
  g_assert_nonnull (strstr (list, "HUMSOS Bærum"));
  g_assert_nonnull (strstr (list, "01.09.2022 – 30.11.2022"));
  g_assert_nonnull (strstr (list, "Utdeling av Frivillighetsprisen 2022"));

  fv_test_remove_dir (dir);
}

static double
largest_text (PopplerPage *page)
{
  GList *attributes = poppler_page_get_text_attributes (page);
  double largest = 0;

  for (GList *l = attributes; l != NULL; l = l->next)
    largest = MAX (largest, ((PopplerTextAttributes *) l->data)->font_size);
  poppler_page_free_text_attributes (attributes);
  return largest;
}

/* The year in the middle of the wheel is its largest text. Its size was
 * written "38,4" under a Norwegian locale, which Pango does not read: every
 * text of the wheel fell back to the default size, in the window too. So the
 * wheel is drawn here straight on a surface, as the window draws it. */
static void
test_sizes_under_decimal_comma (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *pdf_path = g_build_filename (dir, "wheel-nb.pdf", NULL);
  g_autofree char *before = g_strdup (setlocale (LC_NUMERIC, NULL));
  g_autoptr(GPtrArray) events = g_ptr_array_new ();
  g_autoptr(FvPdfDocument) pdf = NULL;
  g_autoptr(FvPdfPage) page = NULL;
  FvWheelOptions options = { 0 };
  cairo_surface_t *surface;
  cairo_t *cr;

  if (setlocale (LC_NUMERIC, "nb_NO.UTF-8") == NULL)
    {
      g_test_skip ("The nb_NO.UTF-8 locale is not installed");
      fv_test_remove_dir (dir);
      return;
    }
  surface = cairo_pdf_surface_create (pdf_path, 600, 600);
  cr = cairo_create (surface);
  fv_wheel_draw (cr, 300, 300, 250, 2022, events, &options);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  setlocale (LC_NUMERIC, before);

  pdf = fv_test_pdf_open (pdf_path);
  page = poppler_document_get_page (pdf, 0);
  g_test_message ("largest text: %.1f pt", largest_text (page));
  g_assert_cmpfloat (largest_text (page), >, 30.0);
  fv_test_remove_dir (dir);
}

static void
test_empty_year (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *pdf_path = g_build_filename (dir, "wheel-empty.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FvDocument) doc = fv_wheel_document_new (2031, NULL, NULL);
  g_autoptr(FvPdfDocument) pdf = NULL;
  g_autofree char *text = NULL;

  g_assert_true (fv_document_write_pdf (doc, pdf_path, NULL, &error));
  g_assert_no_error (error);
  pdf = fv_test_pdf_open (pdf_path);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, 2);
  text = fv_test_pdf_page_text (pdf, 0);
  g_assert_nonnull (strstr (text, "Annual wheel 2031"));
  g_clear_pointer (&text, g_free);
  text = fv_test_pdf_page_text (pdf, 1);
  g_assert_nonnull (strstr (text, "No events in this year."));
  fv_test_remove_dir (dir);
}

/* Every day of a leap year and of a common year, in every ring, maps back to
 * itself; the middle and the outside are not on the wheel. */
static void
test_hit_test (void)
{
  const int years[] = { 2022, 2024 };
  const double cx = 400.0, cy = 300.0, radius = 250.0;
  GDate date, hit;
  int ring;

  for (guint y = 0; y < G_N_ELEMENTS (years); y++)
    {
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, 1, G_DATE_JANUARY, years[y]);
      while (g_date_get_year (&date) == years[y])
        {
          for (int r = -1; r < FV_WHEEL_N_CATEGORIES; r++)
            {
              double x, yy;
              int days;

              fv_wheel_point_for_date (cx, cy, radius, &date, r, &x, &yy);
              g_assert_true (fv_wheel_hit_test (cx, cy, radius, years[y], x, yy, &hit, &ring));
              days = g_date_days_between (&date, &hit);
              g_assert_cmpint (ABS (days), <=, 1);
              g_assert_cmpint (ring, ==, r);
            }
          g_date_add_days (&date, 1);
        }
    }

  g_assert_false (fv_wheel_hit_test (cx, cy, radius, 2022, cx, cy, &hit, &ring));
  g_assert_false (fv_wheel_hit_test (cx, cy, radius, 2022, cx + radius * 1.2, cy, &hit, &ring));
  /* Straight up is 1 January; straight down about 2 July. */
  g_assert_true (fv_wheel_hit_test (cx, cy, radius, 2022, cx + 0.01, cy - radius * 0.7, &hit, &ring));
  g_assert_cmpint (g_date_get_day_of_year (&hit), ==, 1);
  g_assert_true (fv_wheel_hit_test (cx, cy, radius, 2022, cx, cy + radius * 0.7, &hit, &ring));
  g_assert_cmpint (g_date_get_month (&hit), ==, G_DATE_JULY);
}

static void
test_find_event (void)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_wheel_event_free);
  FvWheelEvent *day = fv_wheel_event_new (), *span = fv_wheel_event_new ();
  GDate date;

  day->id = 1;
  day->title = g_strdup ("Frivillighetens dag");
  day->start_date = g_strdup ("2022-12-05");
  span->id = 2;
  span->title = g_strdup ("Frivillighetsprisen");
  span->start_date = g_strdup ("2022-12-01");
  span->end_date = g_strdup ("2022-12-31");
  span->category = FV_WHEEL_MUNICIPAL;
  g_ptr_array_add (events, day);
  g_ptr_array_add (events, span);

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 6, G_DATE_DECEMBER, 2022);
  g_assert_true (fv_wheel_find_event (events, &date, FV_WHEEL_VOLUNTARY, 3) == day);
  g_assert_true (fv_wheel_find_event (events, &date, FV_WHEEL_MUNICIPAL, 3) == span);
  g_assert_null (fv_wheel_find_event (events, &date, FV_WHEEL_GRANTS, 3));
  g_date_set_dmy (&date, 20, G_DATE_NOVEMBER, 2022);
  g_assert_null (fv_wheel_find_event (events, &date, FV_WHEEL_VOLUNTARY, 3));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/wheel-document/demo-year", test_demo_year);
  g_test_add_func ("/wheel-document/empty-year", test_empty_year);
  g_test_add_func ("/wheel-document/sizes-under-decimal-comma", test_sizes_under_decimal_comma);
  g_test_add_func ("/wheel-document/hit-test", test_hit_test);
  g_test_add_func ("/wheel-document/find-event", test_find_event);

  return g_test_run ();
}
