/* test-agreement-forms.c — numbered agreement forms, read back from the PDF
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One page per form, each with its own number, the rules on every page, the
 * Norwegian letters intact and every font embedded. The PDFs are kept in
 * documents/ for people to look at.
 */

#include <stdlib.h>
#include <string.h>

#include "fv-agreement-forms.h"
#include "fv-demo.h"
#include "fv-test-pdf.h"
#include "fv-test-util.h"

static FvPdfDocument *
write_forms (FvDocument *doc,
             const char *dir,
             const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  FvPdfDocument *pdf;

  g_assert_nonnull (doc);
  g_assert_true (fv_document_write_pdf (doc, path, NULL, &error));
  g_assert_no_error (error);
  fv_test_pdf_keep (path, name);

  pdf = fv_test_pdf_open (path);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, (int) fv_document_get_n_pages (doc));
  fv_test_pdf_assert_fonts_embedded (pdf);
  fv_test_pdf_assert_qpdf_check (path);
  return pdf;
}

/* The form number on @page: the line after "Agreement no." (the number is set
 * bigger, so poppler reads it as a line of its own), or -1. */
static int
form_number (FvPdfDocument *pdf,
             int            page)
{
  g_autofree char *text = fv_test_pdf_page_text (pdf, page);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  int number = -1;

  g_assert_nonnull (strstr (text, "Agreement no."));
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = g_strstrip (lines[i]);
      char *end = NULL;
      long value;

      if (*line == '\0')
        continue;
      value = strtol (line, &end, 10);
      if (end != line && *end == '\0')
        {
          /* Only one bare number on a form: its own. */
          g_assert_cmpint (number, ==, -1);
          number = (int) value;
        }
    }
  return number;
}

static void
test_demo_exchange (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "frivillig.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FvDatabase) database = NULL;
  g_autoptr(FvDocument) doc = NULL;
  g_autoptr(FvPdfDocument) pdf = NULL;
  const guint n = 12;
  gint64 exchange;

  database = fv_database_open (path, FV_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (fv_demo_fill (database, &error));
  g_assert_no_error (error);
  exchange = fv_database_query_int (database, "SELECT id FROM exchange LIMIT 1;", &error);
  g_assert_no_error (error);

  doc = fv_agreement_forms_new_for_exchange (database, exchange, 1, n, &error);
  g_assert_no_error (error);
  pdf = write_forms (doc, dir, "agreement-forms.pdf");

  /* One form a page, numbered 1 … n in order. */
  g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (form_number (pdf, (int) i), ==, (int) i + 1);

  /* The rules, the parties and the signatures on every page; æøå intact. */
  g_assert_cmpuint (fv_test_pdf_count_pages_with (pdf, "Money is not a currency"), ==, n);
  g_assert_cmpuint (fv_test_pdf_count_pages_with (pdf, "commonly within a year"), ==, n);
  g_assert_cmpuint (fv_test_pdf_count_pages_with (pdf, "may be one-way"), ==, n);
  g_assert_cmpuint (fv_test_pdf_count_pages_with (pdf, "follow up the agreement themselves"), ==, n);
  g_assert_cmpuint (fv_test_pdf_count_pages_with (pdf, "Party 1"), ==, n);
  g_assert_cmpuint (fv_test_pdf_count_pages_with (pdf, "Party 2"), ==, n);
  g_assert_cmpuint (fv_test_pdf_count_pages_with (pdf, "Broker (børsmegler)"), ==, n);
  g_assert_cmpuint (fv_test_pdf_count_pages_with (pdf, "Frivillighetsbørs i Elverum"), ==, n);
  g_assert_cmpuint (fv_test_pdf_count_pages_with (pdf, "Festsalen, Rådhuset, Elverum"), ==, n);
  g_assert_cmpuint (fv_test_pdf_count_pages_with (pdf, "Elverum kommune"), ==, n);
  g_assert_cmpuint (fv_test_pdf_count_pages_with (pdf, "16.10.2024"), ==, n);
  /* A year after the exchange, printed as the usual deadline. */
  g_assert_cmpuint (fv_test_pdf_count_pages_with (pdf, "16.10.2025"), ==, n);

  fv_test_remove_dir (dir);
}

static void
test_bare_exchange (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autoptr(FvExchangeRecord) exchange = fv_exchange_record_new ();
  g_autoptr(FvDocument) doc = NULL;
  g_autoptr(FvPdfDocument) pdf = NULL;

  /* No place, no municipality; numbers from 98 over the hundred. */
  exchange->name = g_strdup ("Børs på Ås — «Æ, Ø og Å»");
  exchange->date = g_strdup ("2026-02-28");
  doc = fv_agreement_forms_new (exchange, 98, 4);
  pdf = write_forms (doc, dir, "agreement-forms-bare.pdf");

  g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, 4);
  g_assert_cmpint (form_number (pdf, 0), ==, 98);
  g_assert_cmpint (form_number (pdf, 3), ==, 101);
  g_assert_cmpuint (fv_test_pdf_count_pages_with (pdf, "Børs på Ås — «Æ, Ø og Å»"), ==, 4);
  g_assert_cmpuint (fv_test_pdf_count_pages_with (pdf, "28.02.2027"), ==, 4);

  fv_test_remove_dir (dir);
}

static void
test_refused_counts (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "frivillig.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FvDatabase) database = fv_database_open (path, FV_DATABASE_OPEN_DEFAULT, &error);

  g_assert_no_error (error);
  g_assert_null (fv_agreement_forms_new_for_exchange (database, 1, 1, 0, &error));
  g_assert_error (error, FV_DOCUMENT_ERROR, FV_DOCUMENT_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_null (fv_agreement_forms_new_for_exchange (database, 1, 1, FV_AGREEMENT_FORMS_MAX + 1, &error));
  g_assert_error (error, FV_DOCUMENT_ERROR, FV_DOCUMENT_ERROR_FAILED);
  g_clear_error (&error);
  /* No such exchange. */
  g_assert_null (fv_agreement_forms_new_for_exchange (database, 42, 1, 5, &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_NOT_FOUND);

  g_clear_object (&database);
  fv_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/agreement-forms/demo-exchange", test_demo_exchange);
  g_test_add_func ("/agreement-forms/bare-exchange", test_bare_exchange);
  g_test_add_func ("/agreement-forms/refused-counts", test_refused_counts);

  return g_test_run ();
}
