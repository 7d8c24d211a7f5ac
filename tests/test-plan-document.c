/* test-plan-document.c — an action plan (tiltaksplan) as a PDF, read back
 * with poppler: the sample Lier plan and a small one
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PDF is kept in documents/ for people to look at.
 */

#include <string.h>

#include "fv-demo.h"
#include "fv-plan-document.h"
#include "fv-test-pdf.h"
#include "fv-test-util.h"

static void
test_demo_plan (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "frivillig.db", NULL);
  g_autofree char *pdf_path = g_build_filename (dir, "plan-lier.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FvDatabase) database = NULL;
  g_autoptr(FvActionPlan) plan = NULL;
  g_autoptr(FvDocument) doc = NULL;
  g_autoptr(FvPdfDocument) pdf = NULL;
  g_autofree char *first = NULL;
  g_autofree char *all = NULL;
  double width, height;

  database = fv_database_open (path, FV_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (fv_demo_fill (database, &error));
  plan = fv_plan_store_load (database, 1, &error);
  g_assert_no_error (error);

  doc = fv_plan_document_new (plan, "2016-01-01");
  fv_document_get_page_size (doc, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 595.3, 1.0);
  g_assert_cmpfloat (width, <, height);
  g_assert_true (fv_document_write_pdf (doc, pdf_path, NULL, &error));
  g_assert_no_error (error);
  fv_test_pdf_keep (pdf_path, "plan-lier.pdf");

  pdf = fv_test_pdf_open (pdf_path);
  fv_test_pdf_assert_fonts_embedded (pdf);
  fv_test_pdf_assert_qpdf_check (pdf_path);
  g_assert_cmpstr (poppler_document_get_title (pdf), ==, "Tiltaksplan for frivillighet i Lier 2015–2016");

  first = fv_test_pdf_page_text (pdf, 0);
  g_assert_nonnull (strstr (first, "Tiltaksplan for frivillighet i Lier 2015–2016"));
  g_assert_nonnull (strstr (first, "Period: 2015–2016"));
  g_assert_nonnull (strstr (first, "referansegruppe"));
  /* 10 actions; on 1 January 2016 actions 4 (31.12.2015, in progress) is overdue. */
  g_assert_nonnull (strstr (first, "10 actions: 4 planned, 3 in progress, 2 done, 1 dropped; 1 overdue."));

  all = fv_test_pdf_text (pdf);
  g_assert_nonnull (strstr (all, "Goal 1: Bedre tilgang til lokaler for lag og foreninger"));
  g_assert_nonnull (strstr (all, "Goal 3: Rekruttering av frivillige"));
  g_assert_nonnull (strstr (all, "Goal 4: Møteplasser mellom kommunen og frivilligheten"));
  g_assert_true (strstr (all, "Goal 1:") < strstr (all, "Goal 2:"));
  g_assert_true (strstr (all, "Goal 2:") < strstr (all, "Goal 3:"));
  g_assert_nonnull (strstr (all, "Kartlegge kommunale lokaler"));
  g_assert_nonnull (strstr (all, "Kulturkontoret"));
  g_assert_nonnull (strstr (all, "Frivillighet Norge"));
  g_assert_nonnull (strstr (all, "30.06.2015"));
  g_assert_nonnull (strstr (all, "In progress"));
  g_assert_nonnull (strstr (all, "Responsible"));
  g_assert_nonnull (strstr (all, "Partners"));
  g_assert_null (strstr (all, "2015-06-30"));
}

static void
test_minimal (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *pdf_path = g_build_filename (dir, "plan.pdf", NULL);
  g_autoptr(FvActionPlan) plan = fv_action_plan_new ();
  g_autoptr(FvDocument) doc = NULL;
  g_autoptr(FvPdfDocument) pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  plan->title = g_strdup ("Plan for <Æ & Ø>");
  doc = fv_plan_document_new (plan, "2026-11-23");
  g_assert_true (fv_document_write_pdf (doc, pdf_path, NULL, &error));
  g_assert_no_error (error);
  pdf = fv_test_pdf_open (pdf_path);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, 1);
  text = fv_test_pdf_page_text (pdf, 0);
  g_assert_nonnull (strstr (text, "Plan for <Æ & Ø>"));
  g_assert_nonnull (strstr (text, "0 actions"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan-document/demo", test_demo_plan);
  g_test_add_func ("/plan-document/minimal", test_minimal);

  return g_test_run ();
}
