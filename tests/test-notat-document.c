/* test-notat-document.c — a notat to political committees: its markup, and
 * the seed 004 notat's PDF read back with poppler
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PDF is kept in documents/ for people to look at.
 */

#include <string.h>

#include "fv-demo.h"
#include "fv-notat.h"
#include "fv-test-pdf.h"
#include "fv-test-util.h"

static void
test_inline (void)
{
  struct { const char *text; const char *markup; } cases[] = {
    { "plain & <simple>", "plain &amp; &lt;simple&gt;" },
    { "an *italic* word", "an <i>italic</i> word" },
    { "a **bold** word", "a <b>bold</b> word" },
    { "**bold** and *italic*", "<b>bold</b> and <i>italic</i>" },
    { "**bold with *italic* inside**", "<b>bold with <i>italic</i> inside</b>" },
    { "tall[^Frivillighetsbarometer 2021] viser", "tall<footnote>Frivillighetsbarometer 2021</footnote> viser" },
    { "note [^with *italic* title]", "note <footnote>with <i>italic</i> title</footnote>" },
    { "5 * 3 and a lone * star", "5 * 3 and a lone * star" },
    { "unclosed **bold and [^note", "unclosed **bold and [^note" },
    { "[^]", "[^]" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *markup = fv_notat_inline_to_markup (cases[i].text);

      g_assert_cmpstr (markup, ==, cases[i].markup);
    }
}

static void
test_date (void)
{
  g_autofree char *date = fv_notat_format_date ("2022-02-02");
  g_autofree char *odd = fv_notat_format_date ("snart");

  g_assert_cmpstr (date, ==, "02.02.2022");
  g_assert_cmpstr (odd, ==, "snart");
}

static void
assert_same_page (PopplerDocument *pdf,
                  const char      *reference,
                  const char      *note)
{
  int page = fv_test_pdf_find_page (pdf, reference);

  g_assert_cmpint (page, >=, 0);
  g_assert_cmpint (fv_test_pdf_find_page (pdf, note), ==, page);
}

static void
test_seed_004 (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "frivillig.db", NULL);
  g_autofree char *pdf_path = g_build_filename (dir, "notat-seed-004.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FvDatabase) database = NULL;
  g_autoptr(FvDocument) doc = NULL;
  g_autoptr(FvPdfDocument) pdf = NULL;
  g_autofree char *first = NULL;
  g_autofree char *all = NULL;
  const char *labels[] = { "Date:", "Archive code:", "Journal post:", "Case number:", "To:", "From:",
                           "Regarding:" };
  const char *values[] = { "02.02.2022", "22/22387", "22/2665", "Formannskapet", "Hovedutvalg for barn og unge",
                           "Hovedutvalg for bistand og omsorg", "Hovedutvalg for miljø, idrett og kultur",
                           "Kommunedirektøren", "Status frivillighet og Frivillighetens år" };
  double width, height;
  int n_pages;

  database = fv_database_open (path, FV_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (fv_demo_fill (database, &error));

  doc = fv_notat_document_new_for_id (database, 1, "Bærum kommune", &error);
  g_assert_no_error (error);
  fv_document_get_page_size (doc, &width, &height);
  g_assert_cmpfloat (width, <, height);   /* A4 portrait */
  g_assert_cmpfloat_with_epsilon (width, 595.3, 1.0);
  g_assert_true (fv_document_write_pdf (doc, pdf_path, NULL, &error));
  g_assert_no_error (error);
  fv_test_pdf_keep (pdf_path, "notat-seed-004.pdf");

  pdf = fv_test_pdf_open (pdf_path);
  n_pages = poppler_document_get_n_pages (pdf);
  g_assert_cmpint (n_pages, >=, 2);
  fv_test_pdf_assert_fonts_embedded (pdf);
  fv_test_pdf_assert_qpdf_check (pdf_path);
  g_assert_cmpstr (poppler_document_get_title (pdf), ==, "Notat: Status frivillighet og Frivillighetens år");

  /* The header, on the first page, in its order. */
  first = fv_test_pdf_page_text (pdf, 0);
  g_assert_nonnull (strstr (first, "Bærum kommune"));
  g_assert_nonnull (strstr (first, "NOTAT"));
  g_assert_true (strstr (first, "Bærum kommune") < strstr (first, "NOTAT"));
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      g_assert_nonnull (strstr (first, labels[i]));
      if (i > 0)
        g_assert_true (strstr (first, labels[i - 1]) < strstr (first, labels[i]));
    }
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    g_assert_nonnull (strstr (first, values[i]));
  g_assert_true (strstr (first, "Formannskapet") < strstr (first, "Hovedutvalg for barn og unge"));
  g_assert_true (strstr (first, "Regarding:") < strstr (first, "Innledning"));
  g_assert_nonnull (strstr (first, "Page 1 of"));

  /* The body: headings, the list, æøå. */
  all = g_strdup ("");
  for (int p = 0; p < n_pages; p++)
    {
      g_autofree char *text = fv_test_pdf_page_text (pdf, p);
      char *joined = g_strconcat (all, text, NULL);

      g_free (all);
      all = joined;
    }
  g_assert_nonnull (strstr (all, "Frivillighet i Bærum"));
  g_assert_nonnull (strstr (all, "Frivillighetsrådet"));
  g_assert_nonnull (strstr (all, "Frivillighet under pandemien"));
  g_assert_nonnull (strstr (all, "Rekruttere flere nye med i frivilligheten"));
  g_assert_nonnull (strstr (all, "Øke mangfoldet i frivilligheten"));
  g_assert_nonnull (strstr (all, "Søknad til Årets frivillighetskommune"));
  g_assert_null (strstr (all, "[^"));
  g_assert_null (strstr (all, "**"));

  /* Each footnote at the foot of the page that cites it, numbered. */
  assert_same_page (pdf, "Nasjonale tall1", "1 Frivillighetsbarometer 2021 (Frivillighet Norge/Kantar)");
  assert_same_page (pdf, "Bærum november 2020", "Kartlegging av frivillige organisasjoner i Bærum kommune 2020");
  assert_same_page (pdf, "«Frivillighet og koronakrisen»3", "3 Arnesen, D. og Sivesind, K. H. 2021");
  g_assert_cmpuint (fv_test_pdf_count_pages_with (pdf, "Frivillighetsbarometer 2021"), ==, 1);
}

static void
test_minimal (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *pdf_path = g_build_filename (dir, "notat.pdf", NULL);
  g_autoptr(FvNotat) notat = fv_notat_new ();
  g_autoptr(FvDocument) doc = NULL;
  g_autoptr(FvPdfDocument) pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  notat->date = g_strdup ("2026-11-23");
  notat->subject = g_strdup ("Tilskudd til lag og foreninger – Æ, Ø og Å");
  g_ptr_array_add (notat->recipients, g_strdup ("Formannskapet"));
  notat->body = g_strdup ("Kort tekst.\n- første\n- andre\nEtter listen.");

  doc = fv_notat_document_new (notat, NULL);
  g_assert_true (fv_document_write_pdf (doc, pdf_path, NULL, &error));
  g_assert_no_error (error);
  pdf = fv_test_pdf_open (pdf_path);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, 1);
  fv_test_pdf_assert_fonts_embedded (pdf);
  text = fv_test_pdf_page_text (pdf, 0);
  g_assert_nonnull (strstr (text, "NOTAT"));
  g_assert_nonnull (strstr (text, "23.11.2026"));
  g_assert_nonnull (strstr (text, "Tilskudd til lag og foreninger – Æ, Ø og Å"));
  g_assert_nonnull (strstr (text, "første"));
  g_assert_nonnull (strstr (text, "Etter listen."));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/notat-document/inline", test_inline);
  g_test_add_func ("/notat-document/date", test_date);
  g_test_add_func ("/notat-document/seed-004", test_seed_004);
  g_test_add_func ("/notat-document/minimal", test_minimal);

  return g_test_run ();
}
