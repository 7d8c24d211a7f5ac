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
#include "fv-test-ui.h"
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

/* Making a long document takes a while, so waits here allow longer than the usual. */
#define PRINT_WAIT_SECONDS 30

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
preview_settled (FvPreviewWindow *window)
{
  return fv_preview_window_is_ready (window) || fv_preview_window_get_error (window) != NULL;
}

static gboolean
page_rendered (FvPdfView *view)
{
  return fv_pdf_view_get_n_rendered (view) > 0;
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

  FV_TEST_UI_WAIT_FOR_FULL (preview_settled (window), PRINT_WAIT_SECONDS, &stall);
  g_assert_null (fv_preview_window_get_error (window));
  n_pages = fv_pdf_view_get_n_pages (view);
  g_test_message ("%u pages; the main loop waited at most %.0f ms while they were made", n_pages, stall);
  g_assert_cmpuint (n_pages, >=, 100);
  g_assert_cmpuint (n_pages, ==, fv_document_get_n_pages (fv_preview_window_get_document (window)));
  g_assert_cmpfloat (stall, <, 250.0);

  FV_TEST_UI_WAIT_FOR_FULL (page_rendered (view), PRINT_WAIT_SECONDS, &stall);
  g_test_message ("first page shown; longest wait %.0f ms", stall);
  g_assert_cmpfloat (stall, <, 250.0);
  fv_test_ui_settle (300);
  fv_test_ui_save_screenshot (GTK_WIDGET (window), "preview-long");

  /* Page by page, and to the end: only the pages near the view keep a texture. */
  fv_pdf_view_set_page (view, 1);
  fv_test_ui_settle (200);
  g_assert_cmpuint (fv_pdf_view_get_page (view), ==, 1);
  fv_pdf_view_set_page (view, n_pages - 1);
  fv_test_ui_settle (500);
  g_assert_cmpuint (fv_pdf_view_get_page (view), ==, n_pages - 1);
  g_assert_cmpuint (fv_pdf_view_get_n_rendered (view), <=, 10);

  fv_pdf_view_set_zoom_mode (view, FV_ZOOM_FIT_PAGE);
  fv_test_ui_settle (300);
  g_assert_cmpuint (fv_pdf_view_get_page (view), ==, n_pages - 1);
  fv_pdf_view_zoom_in (view);
  fv_test_ui_settle (200);
  g_assert_cmpint (fv_pdf_view_get_zoom_mode (view), ==, FV_ZOOM_FREE);

  /* The long document prints as many pages as it has. */
  g_assert_cmpuint (export_print (fv_preview_window_get_document (window), print_path), ==, n_pages);

  gtk_window_destroy (GTK_WINDOW (window));
  fv_test_ui_settle (100);
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
  FV_TEST_UI_WAIT_FOR_FULL (preview_settled (window), PRINT_WAIT_SECONDS, NULL);
  g_assert_null (fv_preview_window_get_error (window));
  g_assert_cmpuint (fv_pdf_view_get_n_pages (view), ==,
                    fv_document_get_n_pages (fv_preview_window_get_document (window)));
  pdf_path = g_strdup (fv_preview_window_get_pdf_path (window));
  g_assert_true (g_file_test (pdf_path, G_FILE_TEST_IS_REGULAR));

  FV_TEST_UI_WAIT_FOR_FULL (page_rendered (view), PRINT_WAIT_SECONDS, NULL);
  fv_test_ui_settle (400);
  fv_test_ui_save_screenshot (GTK_WIDGET (window), "preview-register-report");

  /* The actions are there once the document shows. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "preview.fit-page", NULL));
  fv_test_ui_settle (300);
  fv_test_ui_save_screenshot (GTK_WIDGET (window), "preview-register-report-fit-page");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "preview.zoom-out", NULL));

  /* Closing removes the temporary PDF. */
  gtk_window_destroy (GTK_WINDOW (window));
  fv_test_ui_settle (200);
  g_assert_false (g_file_test (pdf_path, G_FILE_TEST_EXISTS));

  fv_test_remove_dir (dir);
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

  fv_test_ui_init (&argc, &argv);

  fv_test_ui_add_func ("/print/print-matches-pdf", test_print_matches_pdf);
  fv_test_ui_add_func ("/print/long-preview-does-not-freeze", test_long_preview_does_not_freeze);
  fv_test_ui_add_func ("/print/register-report-preview", test_register_report_preview);

  {
    g_autofree char *remembered = g_build_filename (data_home, "frivillig", NULL);
    int status = g_test_run ();

    fv_test_remove_dir (remembered);
    g_rmdir (data_home);
    return status;
  }
}
