/* test-council-document.c — a council's member list as a PDF, read back with
 * poppler: Bærum's frivillighetsråd and Vinje's referansegruppe
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PDFs are kept in documents/ for people to look at.
 */

#include <string.h>

#include "fv-council-document.h"
#include "fv-demo.h"
#include "fv-test-pdf.h"
#include "fv-test-util.h"

static void
test_demo_council (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "frivillig.db", NULL);
  g_autofree char *pdf_path = g_build_filename (dir, "council-baerum.pdf", NULL);
  g_autofree char *vinje_path = g_build_filename (dir, "council-vinje.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FvDatabase) database = NULL;
  g_autoptr(FvDocument) doc = NULL;
  g_autoptr(FvDocument) vinje = NULL;
  g_autoptr(FvPdfDocument) pdf = NULL;
  g_autoptr(FvPdfDocument) vinje_pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *vinje_text = NULL;
  double width, height;

  database = fv_database_open (path, FV_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (fv_demo_fill (database, &error));
  doc = fv_council_document_new_for_id (database, 1, &error);
  g_assert_no_error (error);
  fv_document_get_page_size (doc, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 595.3, 1.0);
  g_assert_cmpfloat (width, <, height);
  g_assert_true (fv_document_write_pdf (doc, pdf_path, NULL, &error));
  g_assert_no_error (error);
  fv_test_pdf_keep (pdf_path, "council-baerum.pdf");

  pdf = fv_test_pdf_open (pdf_path);
  fv_test_pdf_assert_fonts_embedded (pdf);
  fv_test_pdf_assert_qpdf_check (pdf_path);
  g_assert_cmpstr (poppler_document_get_title (pdf), ==, "Frivillighetsrådet i Bærum");
  g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, 1);
  text = fv_test_pdf_page_text (pdf, 0);
  g_assert_nonnull (strstr (text, "Frivillighetsrådet i Bærum"));
  g_assert_nonnull (strstr (text, "Volunteering council"));
  g_assert_nonnull (strstr (text, "Representing"));
  g_assert_nonnull (strstr (text, "Term"));
  g_assert_nonnull (strstr (text, "Bærum Idrettsråd"));
  g_assert_nonnull (strstr (text, "Norges Handikapforbund Bærum"));
  g_assert_nonnull (strstr (text, "Medlem"));
  g_assert_nonnull (strstr (text, "01.09.2021–"));
  g_assert_null (strstr (text, "2021-09-01"));

  vinje = fv_council_document_new_for_id (database, 2, &error);
  g_assert_no_error (error);
  g_assert_true (fv_document_write_pdf (vinje, vinje_path, NULL, &error));
  g_assert_no_error (error);
  fv_test_pdf_keep (vinje_path, "council-vinje.pdf");
  vinje_pdf = fv_test_pdf_open (vinje_path);
  fv_test_pdf_assert_fonts_embedded (vinje_pdf);
  fv_test_pdf_assert_qpdf_check (vinje_path);
  vinje_text = fv_test_pdf_page_text (vinje_pdf, 0);
  g_assert_nonnull (strstr (vinje_text, "Reference group"));
  g_assert_nonnull (strstr (vinje_text, "No members yet."));
  g_assert_nonnull (strstr (vinje_text, "Café dialogue 04.09.2019, Vinje"));
  g_assert_nonnull (strstr (vinje_text, "Lokaler"));
  g_assert_nonnull (strstr (vinje_text, "Økonomi"));
  g_assert_nonnull (strstr (vinje_text, "Rekruttering"));

  g_assert_null (fv_council_document_new_for_id (database, 99, &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/council-document/demo", test_demo_council);

  return g_test_run ();
}
