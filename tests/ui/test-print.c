/* test-print.c — printing and the preview, under Xvfb
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GtkPrintOperation exports to a file, through the same draw_page as every
 * printer: its pages must be the PDF's pages. The preview must open a long
 * document without stalling the main loop. Screenshots go to
 * $FRIVILLIG_SCREENSHOT_DIR for people to look at.
 */

#include <adwaita.h>
#include <glib/gstdio.h>

#include "fv-demo.h"
#include "fv-print-operation.h"
#include "fv-register-report.h"
#include "fv-report-preview.h"
#include "fv-test-pdf.h"
#include "fv-test-util.h"

static char *data_home;

static FvDatabase *
demo_database (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "frivillig.db", NULL);
  g_autoptr(GError) error = NULL;
  FvDatabase *database = fv_database_open (path, FV_DATABASE_OPEN_DEFAULT, &error);

  g_assert_no_error (error);
  g_assert_true (fv_demo_fill (database, &error));
  g_assert_no_error (error);
  return database;
}

static void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  const char *dir = g_getenv ("FRIVILLIG_SCREENSHOT_DIR");
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  if (dir == NULL)
    return;

  g_mkdir_with_parents (dir, 0755);
  file = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, file, NULL);

  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Screenshot: %s", path);
}

/* Runs the main loop until @condition holds, and returns the longest time
 * (in ms) one iteration kept the main loop from running. */
static double
wait_for (gboolean (*condition) (gpointer),
          gpointer  data)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  gint64 last = g_get_monotonic_time ();
  double longest = 0.0;

  while (!condition (data))
    {
      gint64 now;

      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      now = g_get_monotonic_time ();
      longest = MAX (longest, (now - last) / 1000.0);
      g_usleep (2000);
      last = g_get_monotonic_time ();
    }

  return longest;
}

static gboolean
flag_done (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
settle (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, flag_done, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static guint
export_print (FvDocument *document,
              const char *path)
{
  g_autoptr(FvPrintOperation) operation = fv_print_operation_new (document);
  g_autoptr(GError) error = NULL;
  g_autoptr(FvPdfDocument) pdf = NULL;
  GtkPrintOperationResult result;

  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), path);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_EXPORT,
                                    NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);

  pdf = fv_test_pdf_open (path);
  return (guint) poppler_document_get_n_pages (pdf);
}

static void
test_print_matches_pdf (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autoptr(FvDatabase) database = demo_database (dir);
  g_autoptr(FvDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf_path = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *print_path = g_build_filename (dir, "printed.pdf", NULL);
  g_autofree char *settings = g_build_filename (data_home, "frivillig", "print-settings.ini", NULL);
  g_autofree char *page_setup = g_build_filename (data_home, "frivillig", "page-setup.ini", NULL);
  g_autoptr(FvPdfDocument) written = NULL;
  g_autoptr(FvPdfDocument) printed = NULL;
  guint n_printed;

  document = fv_register_report_new (database, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (fv_document_write_pdf (document, pdf_path, NULL, &error));
  g_assert_no_error (error);

  n_printed = export_print (document, print_path);
  fv_test_pdf_keep (print_path, "printed-register-report.pdf");
  written = fv_test_pdf_open (pdf_path);
  printed = fv_test_pdf_open (print_path);
  g_assert_cmpuint (n_printed, ==, (guint) poppler_document_get_n_pages (written));
  g_assert_cmpuint (n_printed, ==, fv_document_get_n_pages (document));

  /* Same words on the same pages, and A4 paper. */
  for (int i = 0; i < poppler_document_get_n_pages (written); i++)
    {
      g_autofree char *a = fv_test_pdf_page_text (written, i);
      g_autofree char *b = fv_test_pdf_page_text (printed, i);
      g_autoptr(FvPdfPage) page = poppler_document_get_page (printed, i);
      double width, height;

      g_assert_cmpstr (a, ==, b);
      poppler_page_get_size (page, &width, &height);
      g_assert_cmpfloat_with_epsilon (width, 595.28, 1.0);
      g_assert_cmpfloat_with_epsilon (height, 841.89, 1.0);
    }
  fv_test_pdf_assert_fonts_embedded (printed);

  /* What was chosen is remembered for next time. */
  g_assert_true (g_file_test (settings, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (page_setup, G_FILE_TEST_IS_REGULAR));

  fv_test_remove_dir (dir);
}

static FvDocument *
long_document (gpointer       user_data,
               GCancellable  *cancellable,
               GError       **error)
{
  FvDocument *document = fv_document_new (FV_PAPER_A4, FV_ORIENTATION_PORTRAIT);
  static const double widths[] = { 3, 1, 2 };
  FvTable *table;

  fv_document_set_title (document, "Lang rapport");
  fv_document_add_styled_paragraph (document, FV_PARAGRAPH_TITLE, "Lang rapport");
  table = fv_document_add_table (document, 3, widths);
  fv_table_set_header (table, (const char *[]) { "Navn", "Orgnr", "E-post" });
  for (guint i = 1; i <= 5400; i++)
    {
      g_autofree char *name = g_strdup_printf ("Organisasjon nr. %u i Ås", i);

      fv_table_add_row (table, (const char *[]) { name, "923 609 016", "post@eksempel.no" });
    }
  return document;
}

static gboolean
preview_settled (gpointer data)
{
  FvPreviewWindow *window = data;

  return fv_preview_window_is_ready (window) || fv_preview_window_get_error (window) != NULL;
}

static gboolean
page_rendered (gpointer data)
{
  return fv_pdf_view_get_n_rendered (data) > 0;
}

static void
test_long_preview_does_not_freeze (void)
{
  FvPreviewWindow *window = fv_preview_window_new (NULL);
  FvPdfView *view = fv_preview_window_get_view (window);
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *print_path = g_build_filename (dir, "printed.pdf", NULL);
  double stall;
  guint n_pages;

  gtk_window_present (GTK_WINDOW (window));
  fv_preview_window_produce (window, "Lang rapport", "lang.pdf", long_document, NULL, NULL);

  stall = wait_for (preview_settled, window);
  g_assert_null (fv_preview_window_get_error (window));
  n_pages = fv_pdf_view_get_n_pages (view);
  g_test_message ("%u pages; the main loop waited at most %.0f ms while they were made", n_pages, stall);
  g_assert_cmpuint (n_pages, >=, 100);
  g_assert_cmpuint (n_pages, ==, fv_document_get_n_pages (fv_preview_window_get_document (window)));
  g_assert_cmpfloat (stall, <, 250.0);

  stall = wait_for (page_rendered, view);
  g_test_message ("first page shown; longest wait %.0f ms", stall);
  g_assert_cmpfloat (stall, <, 250.0);
  settle (300);
  save_screenshot (GTK_WIDGET (window), "preview-long");

  /* Page by page, and to the end: only the pages near the view keep a texture. */
  fv_pdf_view_set_page (view, 1);
  settle (200);
  g_assert_cmpuint (fv_pdf_view_get_page (view), ==, 1);
  fv_pdf_view_set_page (view, n_pages - 1);
  settle (500);
  g_assert_cmpuint (fv_pdf_view_get_page (view), ==, n_pages - 1);
  g_assert_cmpuint (fv_pdf_view_get_n_rendered (view), <=, 10);

  fv_pdf_view_set_zoom_mode (view, FV_ZOOM_FIT_PAGE);
  settle (300);
  g_assert_cmpuint (fv_pdf_view_get_page (view), ==, n_pages - 1);
  fv_pdf_view_zoom_in (view);
  settle (200);
  g_assert_cmpint (fv_pdf_view_get_zoom_mode (view), ==, FV_ZOOM_FREE);

  /* The long document prints as many pages as it has. */
  g_assert_cmpuint (export_print (fv_preview_window_get_document (window), print_path), ==, n_pages);

  gtk_window_destroy (GTK_WINDOW (window));
  settle (100);
  fv_test_remove_dir (dir);
}

static void
test_register_report_preview (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autoptr(FvDatabase) database = demo_database (dir);
  g_autoptr(FvOrganisationFilter) filter = fv_organisation_filter_new ();
  FvPreviewWindow *window;
  g_autofree char *pdf_path = NULL;
  FvPdfView *view;

  window = fv_register_report_preview (NULL, database, filter);
  view = fv_preview_window_get_view (window);
  wait_for (preview_settled, window);
  g_assert_null (fv_preview_window_get_error (window));
  g_assert_cmpuint (fv_pdf_view_get_n_pages (view), ==,
                    fv_document_get_n_pages (fv_preview_window_get_document (window)));
  pdf_path = g_strdup (fv_preview_window_get_pdf_path (window));
  g_assert_true (g_file_test (pdf_path, G_FILE_TEST_IS_REGULAR));

  wait_for (page_rendered, view);
  settle (400);
  save_screenshot (GTK_WIDGET (window), "preview-register-report");

  /* The actions are there once the document shows. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "preview.fit-page", NULL));
  settle (300);
  save_screenshot (GTK_WIDGET (window), "preview-register-report-fit-page");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "preview.zoom-out", NULL));

  /* Closing removes the temporary PDF. */
  gtk_window_destroy (GTK_WINDOW (window));
  settle (200);
  g_assert_false (g_file_test (pdf_path, G_FILE_TEST_EXISTS));

  fv_test_remove_dir (dir);
}

static void
skip_without_display (void)
{
  g_test_skip ("No display: run under Xvfb (build-aux/test does)");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;

  /* Remembered print settings go to a folder of the test's own. */
  data_home = g_dir_make_tmp ("frivillig-data-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_test_add_func ("/print/print-matches-pdf", skip_without_display);
      g_test_add_func ("/print/long-preview-does-not-freeze", skip_without_display);
      g_test_add_func ("/print/register-report-preview", skip_without_display);
      return g_test_run ();
    }
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/print/print-matches-pdf", test_print_matches_pdf);
  g_test_add_func ("/print/long-preview-does-not-freeze", test_long_preview_does_not_freeze);
  g_test_add_func ("/print/register-report-preview", test_register_report_preview);

  {
    g_autofree char *remembered = g_build_filename (data_home, "frivillig", NULL);
    int status = g_test_run ();

    fv_test_remove_dir (remembered);
    g_rmdir (data_home);
    return status;
  }
}
