/* test-agreement-forms.c — an exchange's documents, read back from the PDF
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The numbered agreement forms: one page per form, each with its own number,
 * the rules on every page, the Norwegian letters intact and every font
 * embedded. The follow-up report: the agreements by status, those past the
 * deadline first. The PDFs are kept in documents/ for people to look at.
 */

#include <stdlib.h>
#include <string.h>

#include "fv-agreement-forms.h"
#include "fv-exchange-followup.h"
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

/* A new database at @path filled with the demo data, and its exchange. */
static FvDatabase *
open_demo (const char *path,
           gint64     *exchange)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FvDatabase) database = fv_database_open (path, FV_DATABASE_OPEN_DEFAULT, &error);

  g_assert_no_error (error);
  g_assert_true (fv_demo_fill (database, &error));
  g_assert_no_error (error);
  *exchange = fv_database_query_int (database, "SELECT id FROM exchange LIMIT 1;", &error);
  g_assert_no_error (error);
  return g_steal_pointer (&database);
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

  database = open_demo (path, &exchange);

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

/* Where @needle first appears in the whole text, or -1. */
static gssize
offset_of (const char *text,
           const char *needle)
{
  const char *found = strstr (text, needle);

  return found != NULL ? found - text : -1;
}

/* The demo exchange a year and more later: two agreements kept, two overdue. */
static void
test_followup_demo (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "frivillig.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FvDatabase) database = NULL;
  g_autoptr(FvDocument) doc = NULL;
  g_autoptr(FvPdfDocument) pdf = NULL;
  g_autofree char *text = NULL;
  gint64 exchange;

  database = open_demo (path, &exchange);

  doc = fv_exchange_followup_new_for_exchange (database, exchange, "2026-11-23", &error);
  g_assert_no_error (error);
  pdf = write_forms (doc, dir, "exchange-followup.pdf");
  g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, 1);
  text = fv_test_pdf_text (pdf);

  g_assert_nonnull (strstr (text, "Follow-up of agreements"));
  g_assert_nonnull (strstr (text, "Frivillighetsbørs i Elverum"));
  g_assert_nonnull (strstr (text, "23.11.2026"));
  g_assert_nonnull (strstr (text, "Status of 4 agreements: fulfilled 2 (50 %), still open 2 (past the deadline 2)"));
  /* Overdue first, then the kept ones; no empty sections. */
  g_assert_cmpint (offset_of (text, "Past the deadline (2)"), >=, 0);
  g_assert_cmpint (offset_of (text, "Past the deadline (2)"), <, offset_of (text, "Fulfilled (2)"));
  g_assert_cmpint (offset_of (text, "Hybelkurs for ungdom"), <, offset_of (text, "Fulfilled (2)"));
  g_assert_cmpint (offset_of (text, "Plass til oppbevaring av kano"), <, offset_of (text, "Fulfilled (2)"));
  g_assert_cmpint (offset_of (text, "Gatefotballaget trener"), >, offset_of (text, "Fulfilled (2)"));
  g_assert_cmpint (offset_of (text, "Still open"), ==, -1);
  g_assert_cmpint (offset_of (text, "Cancelled ("), ==, -1);
  /* Parties, what was given in return, the deadline and how late it is. */
  g_assert_nonnull (strstr (text, "Elverum frivilligsentral"));
  g_assert_nonnull (strstr (text, "Elverum kirkelige fellesråd"));
  g_assert_nonnull (strstr (text, "In return: Bidrag til aktivitet"));
  g_assert_nonnull (strstr (text, "16.10.2025"));
  g_assert_nonnull (strstr (text, "403 days late"));
  g_assert_nonnull (strstr (text, "Om mulig: kirka og"));

  fv_test_remove_dir (dir);
}

static FvAgreementRecord *
agreement (guint              number,
           const char        *description,
           const char        *deadline,
           FvAgreementStatus  status,
           const char        *follow_up)
{
  FvAgreementRecord *record = fv_agreement_record_new ();

  record->form_number = number;
  record->giver_name = g_strdup ("Lions Club Åsen");
  record->receiver_name = g_strdup ("Åsen <bibliotek> & kafé");
  record->description = g_strdup (description);
  record->deadline = g_strdup (deadline);
  record->status = status;
  record->follow_up = g_strdup (follow_up);
  return record;
}

/* Every status in its own section, in the order the follow-up needs them. */
static void
test_followup_sections (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autoptr(FvExchangeRecord) exchange = fv_exchange_record_new ();
  g_autoptr(GPtrArray) agreements = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_agreement_record_free);
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autoptr(FvDocument) doc = NULL;
  g_autoptr(FvDocument) empty = NULL;
  g_autoptr(FvPdfDocument) pdf = NULL;
  g_autoptr(FvPdfDocument) empty_pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *empty_text = NULL;

  exchange->name = g_strdup ("Børs på Ås");
  exchange->date = g_strdup ("2025-02-01");
  g_ptr_array_add (agreements, agreement (1, "Avlyst konsert", "2026-02-01", FV_AGREEMENT_CANCELLED,
                                          "Koret ble lagt ned."));
  g_ptr_array_add (agreements, agreement (2, "Leksehjelp", "2026-02-01", FV_AGREEMENT_FULFILLED, NULL));
  g_ptr_array_add (agreements, agreement (3, "Utlån av telt", "2026-06-30", FV_AGREEMENT_AGREED, NULL));
  g_ptr_array_add (agreements, agreement (4, "Transport til tur", "2026-02-01", FV_AGREEMENT_NOT_FULFILLED,
                                          "Bussen var ikke ledig."));
  g_ptr_array_add (agreements, agreement (5, "Dugnad i parken", "2026-01-20", FV_AGREEMENT_AGREED, NULL));
  g_ptr_array_add (agreements, agreement (6, "Kurs i førstehjelp", "2025-12-01", FV_AGREEMENT_AGREED, NULL));

  doc = fv_exchange_followup_new (exchange, agreements, "2026-02-10");
  pdf = write_forms (doc, dir, "exchange-followup-sections.pdf");
  text = fv_test_pdf_text (pdf);

  g_assert_cmpint (offset_of (text, "Past the deadline (2)"), >=, 0);
  g_assert_cmpint (offset_of (text, "Past the deadline (2)"), <, offset_of (text, "Still open (1)"));
  g_assert_cmpint (offset_of (text, "Still open (1)"), <, offset_of (text, "Not fulfilled (1)"));
  g_assert_cmpint (offset_of (text, "Not fulfilled (1)"), <, offset_of (text, "Fulfilled (1)"));
  g_assert_cmpint (offset_of (text, "Fulfilled (1)"), <, offset_of (text, "Cancelled (1)"));
  /* The longest overdue first: 01.12.2025 before 20.01.2026. */
  g_assert_cmpint (offset_of (text, "Kurs i førstehjelp"), <, offset_of (text, "Dugnad i parken"));
  g_assert_cmpint (offset_of (text, "Dugnad i parken"), <, offset_of (text, "Utlån av telt"));
  g_assert_nonnull (strstr (text, "71 days late"));
  g_assert_nonnull (strstr (text, "21 days late"));
  g_assert_nonnull (strstr (text, "Bussen var ikke ledig."));
  /* Text from the user is text, not markup. */
  g_assert_nonnull (strstr (text, "Åsen <bibliotek> & kafé"));
  g_assert_nonnull (strstr (text, "fulfilled 1 (17 %), still open 3 (past the deadline 2), not"));

  empty = fv_exchange_followup_new (exchange, none, "2026-02-10");
  empty_pdf = write_forms (empty, dir, "exchange-followup-empty.pdf");
  empty_text = fv_test_pdf_text (empty_pdf);
  g_assert_nonnull (strstr (empty_text, "No agreements were recorded for this exchange."));

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
  g_test_add_func ("/agreement-forms/followup-demo", test_followup_demo);
  g_test_add_func ("/agreement-forms/followup-sections", test_followup_sections);

  return g_test_run ();
}
