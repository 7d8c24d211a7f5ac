/* test-document.c — the document engine, read back from its PDFs with poppler
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every PDF made here is also kept in $FRIVILLIG_DOCUMENT_DIR for people to
 * look at (pdftoppm -r 60 -png).
 */

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "fv-bar-chart.h"
#include "fv-document.h"
#include "fv-test-pdf.h"
#include "fv-test-util.h"

static const char lorem[] =
  "Frivilligheten i kommunen er bred: idrettslag, kor og korps, speidergrupper, "
  "velforeninger, humanitære organisasjoner og tros- og livssynssamfunn. Mange av dem "
  "driver med små midler og stor innsats, og kommunen kan gjøre det enklere å være "
  "frivillig gjennom lokaler, informasjon og forutsigbare tilskudd.";

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = fv_test_make_dir ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  fv_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

static char *
write_pdf (Fixture    *fixture,
           FvDocument *doc,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fixture->dir, name, NULL);

  g_assert_true (fv_document_write_pdf (doc, path, NULL, &error));
  g_assert_no_error (error);
  fv_test_pdf_keep (path, name);
  return path;
}

static FvDocument *
new_document (const char *title)
{
  FvDocument *doc = fv_document_new (FV_PAPER_A4, FV_ORIENTATION_PORTRAIT);
  g_autoptr(GDateTime) date = g_date_time_new_local (2026, 3, 5, 10, 30, 0);

  fv_document_set_title (doc, title);
  fv_document_set_author (doc, "Frivillighetskoordinatoren");
  fv_document_set_date (doc, date);
  return doc;
}

static void
draw_box (cairo_t  *cr,
          double    width,
          double    height,
          gpointer  data)
{
  cairo_set_source_rgb (cr, 0.17, 0.38, 0.62);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_set_line_width (cr, 2);
  cairo_stroke (cr);
}

/* A notat-like document with every kind of block. */
static FvDocument *
showcase (void)
{
  FvDocument *doc = new_document ("Status frivillighet og Frivillighetens år");
  g_autoptr(FvBarChart) chart = fv_bar_chart_new ();
  const char *bullets[] = {
    "Frivillighetsbørs i Elverum: <b>35 avtaler</b> mellom 42 aktører",
    "Kafédialog i Vinje om møteplasser for unge og eldre",
    "Tiltaksplan i Lier med mål, ansvar og frister<footnote>Vedtatt i kommunestyret 14.06.2022.</footnote>",
    NULL,
  };
  const char *steps[] = {
    "Kartlegge lag og foreninger i kommunen",
    "Invitere til dialogmøte med frivillighetsrådet",
    "Lage en tiltaksplan med tydelig ansvar og oppfølging, og rapportere på den hvert år til "
    "Hovedutvalg for kultur og idrett",
    NULL,
  };
  static const double widths[] = { 40, 30, 15, 15 };
  FvTable *table;

  fv_document_set_subject (doc, "Notat til Formannskapet");
  fv_document_set_keywords (doc, "frivillighet, notat");

  fv_document_add_styled_paragraph (doc, FV_PARAGRAPH_TITLE, "Status frivillighet");
  fv_document_add_styled_paragraph (doc, FV_PARAGRAPH_SUBTITLE, "Notat til Formannskapet — æøå ÆØÅ");
  fv_document_add_styled_paragraph (doc, FV_PARAGRAPH_LEAD,
                                    "Kommunen vil gjøre det <i>enklere</i> å være frivillig. "
                                    "Dette notatet gir status for arbeidet.");

  fv_document_add_heading (doc, 1, "1 Bakgrunn");
  fv_document_add_paragraph (doc,
                             "Frivillighetserklæringen<footnote>Erklæringen ble undertegnet av regjeringen "
                             "og frivilligheten 4. desember 2015; se <a href=\"https://www.regjeringen.no\">"
                             "regjeringen.no</a>.</footnote> sier at frivilligheten skal ha gode vilkår. "
                             "Les mer på <a href=\"https://www.frivillighetnorge.no\">frivillighetnorge.no</a>. "
                             "Kommunen har <b>fått</b> status som <i>Årets frivillighetskommune</i>-kandidat.");
  fv_document_add_paragraph (doc, lorem);
  fv_document_add_list (doc, FALSE, bullets);

  fv_document_add_heading (doc, 2, "1.1 Tiltak i 2026");
  fv_document_add_list (doc, TRUE, steps);
  fv_document_add_paragraph (doc, lorem);

  fv_document_add_heading (doc, 1, "2 Tilskudd");
  fv_bar_chart_add (chart, "Kultur og fritid", 41, FALSE);
  fv_bar_chart_add (chart, "Sosiale tjenester", 17, FALSE);
  fv_bar_chart_add (chart, "Tros- og livssynsorganisasjoner", 6, FALSE);
  fv_bar_chart_add (chart, "Uten kategori", 9, TRUE);
  fv_document_add_bar_chart (doc, g_steal_pointer (&chart));

  table = fv_document_add_table (doc, 4, widths);
  fv_table_set_header (table, (const char *[]) { "Søker", "Formål", "Beløp", "Søknadsfrist" });
  fv_table_set_align (table, 2, FV_ALIGN_END);
  for (guint i = 1; i <= 70; i++)
    {
      g_autofree char *name = g_strdup_printf ("Søker nr. %u – Øvre Åsen vel", i);
      g_autofree char *amount = g_strdup_printf ("%u 000", 5 + i % 17);

      fv_table_add_row (table, (const char *[]) { name, i % 9 == 0 ? "Dugnad, utstyr og lokaler til "
                                                  "aktiviteter for barn og unge" : "Drift",
                                                  amount, "31.08.2026" });
    }
  fv_table_add_row_full (table, FV_TABLE_ROW_STRONG, (const char *[]) { "Sum", "", "742 000", "" });

  fv_document_add_heading (doc, 1, "3 Illustrasjon");
  fv_document_add_drawing (doc, 120, draw_box, NULL, NULL);
  fv_document_add_page_break (doc);
  fv_document_add_heading (doc, 1, "4 Etter sideskift");
  fv_document_add_styled_paragraph (doc, FV_PARAGRAPH_SMALL, "Kilde: Frivillighetsregisteret.");

  return doc;
}

static void
test_showcase (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(FvDocument) doc = showcase ();
  g_autofree char *path = write_pdf (fixture, doc, "showcase.pdf");
  g_autoptr(FvPdfDocument) pdf = fv_test_pdf_open (path);
  g_autofree char *first = fv_test_pdf_page_text (pdf, 0);
  g_autofree char *title = poppler_document_get_title (pdf);
  g_autofree char *author = poppler_document_get_author (pdf);
  g_autofree char *subject = poppler_document_get_subject (pdf);
  g_autofree char *keywords = poppler_document_get_keywords (pdf);
  g_autofree char *creator = poppler_document_get_creator (pdf);
  g_autoptr(GDateTime) created = NULL;
  int last = poppler_document_get_n_pages (pdf) - 1;

  g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, (int) fv_document_get_n_pages (doc));
  g_assert_cmpint (poppler_document_get_n_pages (pdf), >=, 3);

  /* Norwegian letters survive, in text and in metadata. */
  g_assert_nonnull (strstr (first, "æøå ÆØÅ"));
  g_assert_nonnull (strstr (first, "Årets frivillighetskommune"));
  g_assert_cmpstr (title, ==, "Status frivillighet og Frivillighetens år");
  g_assert_cmpstr (author, ==, "Frivillighetskoordinatoren");
  g_assert_cmpstr (subject, ==, "Notat til Formannskapet");
  g_assert_cmpstr (keywords, ==, "frivillighet, notat");
  g_assert_true (g_str_has_prefix (creator, "Frivillig "));
  created = g_date_time_new_from_unix_local (poppler_document_get_creation_date (pdf));
  g_assert_cmpint (g_date_time_get_year (created), ==, 2026);
  g_assert_cmpint (g_date_time_get_month (created), ==, 3);
  g_assert_cmpint (g_date_time_get_day_of_month (created), ==, 5);

  /* Header, footer, "Page X of Y" (Side X av Y in Norwegian). */
  g_assert_nonnull (strstr (first, "05.03.2026"));
  g_assert_nonnull (strstr (first, "Page 1 of"));
  {
    g_autofree char *text = fv_test_pdf_page_text (pdf, last);
    g_autofree char *label = g_strdup_printf ("Page %d of %d", last + 1, last + 1);

    g_assert_nonnull (strstr (text, label));
    /* The page break put the last heading on a page of its own. */
    g_assert_nonnull (strstr (text, "4 Etter sideskift"));
    g_assert_null (strstr (text, "3 Illustrasjon"));
  }

  /* The table ran onto more pages; the list and notes came through. */
  g_assert_cmpuint (fv_test_pdf_count_pages_with (pdf, "Søknadsfrist"), >=, 2);
  g_assert_cmpint (fv_test_pdf_find_page (pdf, "Søker nr. 70"), >, 0);
  g_assert_nonnull (strstr (first, "35 avtaler"));
  g_assert_cmpint (fv_test_pdf_find_page (pdf, "Vedtatt i kommunestyret"), ==,
                   fv_test_pdf_find_page (pdf, "Tiltaksplan i Lier"));

  fv_test_pdf_assert_fonts_embedded (pdf);
  fv_test_pdf_assert_qpdf_check (path);
}

static void
check_links_and_outline (Fixture    *fixture,
                         const char *name)
{
  g_autoptr(FvDocument) doc = showcase ();
  g_autofree char *path = write_pdf (fixture, doc, name);
  g_autoptr(FvPdfDocument) pdf = fv_test_pdf_open (path);
  g_autoptr(FvPdfPage) page = poppler_document_get_page (pdf, 0);
  GList *links = poppler_page_get_link_mapping (page);
  gboolean found = FALSE;
  PopplerIndexIter *index;
  guint n_entries = 0;

  for (GList *l = links; l != NULL; l = l->next)
    {
      PopplerLinkMapping *mapping = l->data;

      if (mapping->action->type == POPPLER_ACTION_URI &&
          g_strcmp0 (mapping->action->uri.uri, "https://www.frivillighetnorge.no") == 0)
        {
          found = TRUE;
          g_assert_cmpfloat (mapping->area.x2 - mapping->area.x1, >, 20.0);
          g_assert_cmpfloat (mapping->area.x2 - mapping->area.x1, <, 200.0);
        }
    }
  poppler_page_free_link_mapping (links);
  g_assert_true (found);

  /* Headings make the PDF's outline. */
  index = poppler_index_iter_new (pdf);
  g_assert_nonnull (index);
  do
    n_entries++;
  while (poppler_index_iter_next (index));
  poppler_index_iter_free (index);
  g_assert_cmpuint (n_entries, ==, 4);
}

static void
test_links_and_outline (Fixture       *fixture,
                        gconstpointer  data)
{
  check_links_and_outline (fixture, "links.pdf");
}

/* Norwegian writes decimal commas; cairo read the link rectangles with the
 * locale's separator, and every PDF with a link or a heading failed. */
static void
test_written_under_decimal_comma (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autofree char *before = g_strdup (setlocale (LC_NUMERIC, NULL));

  if (setlocale (LC_NUMERIC, "nb_NO.UTF-8") == NULL)
    {
      g_test_skip ("The nb_NO.UTF-8 locale is not installed");
      return;
    }
  check_links_and_outline (fixture, "links-nb.pdf");
  setlocale (LC_NUMERIC, before);
}

/* Many footnotes, each cited somewhere on a page: each note sits on the page
 * of the line that cites it, even when that line is near the foot. */
static void
test_footnotes_on_citing_page (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(FvDocument) doc = new_document ("Fotnoter");
  g_autofree char *path = NULL;
  g_autoptr(FvPdfDocument) pdf = NULL;
  const guint n = 40;

  for (guint i = 1; i <= n; i++)
    {
      g_autofree char *markup =
        g_strdup_printf ("%s Her står kilde%uref<footnote>Fotnotetekst note%utext, som kan være "
                         "lang nok til å gå over flere linjer når den forklarer noe om kilden.</footnote> "
                         "midt i avsnittet. %s", i % 3 ? lorem : "", i, i, i % 2 ? lorem : "");
      fv_document_add_paragraph (doc, markup);
    }

  path = write_pdf (fixture, doc, "footnotes.pdf");
  pdf = fv_test_pdf_open (path);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), >=, 4);

  for (guint i = 1; i <= n; i++)
    {
      g_autofree char *ref = g_strdup_printf ("kilde%uref", i);
      g_autofree char *note = g_strdup_printf ("note%utext", i);
      int ref_page = fv_test_pdf_find_page (pdf, ref);

      g_assert_cmpint (ref_page, >=, 0);
      g_assert_cmpint (fv_test_pdf_find_page (pdf, note), ==, ref_page);
    }

  fv_test_pdf_assert_qpdf_check (path);
}

static void
test_table_header_repeats (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(FvDocument) doc = new_document ("Tabell");
  g_autofree char *path = NULL;
  g_autoptr(FvPdfDocument) pdf = NULL;
  static const double widths[] = { 50, 20, 30 };
  FvTable *table;
  int pages;

  fv_document_add_paragraph (doc, lorem);
  table = fv_document_add_table (doc, 3, widths);
  fv_table_set_header (table, (const char *[]) { "Kolonnenavn", "Orgnr", "Kontaktperson" });
  for (guint i = 1; i <= 150; i++)
    {
      g_autofree char *name = g_strdup_printf ("Rad %03u Bærum idrettslag", i);

      fv_table_add_row (table, (const char *[]) { name, "923 609 016", "Kari Nordmann" });
    }
  g_assert_cmpuint (fv_table_get_n_rows (table), ==, 150);

  path = write_pdf (fixture, doc, "table.pdf");
  pdf = fv_test_pdf_open (path);
  pages = poppler_document_get_n_pages (pdf);
  g_assert_cmpint (pages, >=, 3);

  /* The header row is at the top of every page the table runs onto. */
  g_assert_cmpuint (fv_test_pdf_count_pages_with (pdf, "Kolonnenavn"), ==, (guint) pages);
  {
    g_autofree char *second = fv_test_pdf_page_text (pdf, 1);

    g_assert_nonnull (strstr (second, "Kolonnenavn"));
    g_assert_true (strstr (second, "Kolonnenavn") < strstr (second, "Rad "));
  }

  /* Every row is there once: none is lost or split at a break. */
  for (guint i = 1; i <= 150; i++)
    {
      g_autofree char *name = g_strdup_printf ("Rad %03u Bærum", i);

      g_assert_cmpuint (fv_test_pdf_count_pages_with (pdf, name), ==, 1);
    }
}

/* A row taller than a page is split between lines; shorter rows never are. */
static void
test_table_tall_row (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(FvDocument) doc = new_document ("Lang rad");
  g_autoptr(GString) tall = g_string_new (NULL);
  g_autofree char *path = NULL;
  g_autoptr(FvPdfDocument) pdf = NULL;
  FvTable *table;

  for (guint i = 1; i <= 90; i++)
    g_string_append_printf (tall, "Linje%u i en svært lang beskrivelse.\n", i);

  table = fv_document_add_table (doc, 2, NULL);
  fv_table_set_header (table, (const char *[]) { "Navn", "Beskrivelse" });
  fv_table_add_row (table, (const char *[]) { "Kort", "Én linje" });
  fv_table_add_row (table, (const char *[]) { "Lang", tall->str });
  fv_table_add_row (table, (const char *[]) { "Etter", "Siste rad" });

  path = write_pdf (fixture, doc, "tall-row.pdf");
  pdf = fv_test_pdf_open (path);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), >=, 2);
  for (guint i = 1; i <= 90; i++)
    {
      g_autofree char *line = g_strdup_printf ("Linje%u i en", i);

      g_assert_cmpuint (fv_test_pdf_count_pages_with (pdf, line), ==, 1);
    }
  g_assert_cmpint (fv_test_pdf_find_page (pdf, "Siste rad"), >=, 1);
}

/* Headings keep with what follows: never the last thing on a page. */
static void
test_heading_keeps_with_next (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(FvDocument) doc = new_document ("Overskrifter");
  g_autofree char *path = NULL;
  g_autoptr(FvPdfDocument) pdf = NULL;
  const guint n = 60;

  for (guint i = 1; i <= n; i++)
    {
      g_autofree char *heading = g_strdup_printf ("Overskrift%u", i);
      g_autofree char *body = g_strdup_printf ("Avsnitt%u begynner her. %s%s", i, lorem,
                                               i % 4 == 0 ? lorem : "");

      fv_document_add_heading (doc, 1 + i % 3, heading);
      if (i % 7 == 0)
        {
          g_autofree char *sub = g_strdup_printf ("Underoverskrift%u", i);

          fv_document_add_heading (doc, 3, sub);
        }
      fv_document_add_paragraph (doc, body);
    }

  path = write_pdf (fixture, doc, "headings.pdf");
  pdf = fv_test_pdf_open (path);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), >=, 4);

  for (guint i = 1; i <= n; i++)
    {
      g_autofree char *heading = g_strdup_printf ("Overskrift%u\n", i);
      g_autofree char *body = g_strdup_printf ("Avsnitt%u begynner", i);

      g_assert_cmpint (fv_test_pdf_find_page (pdf, heading), ==, fv_test_pdf_find_page (pdf, body));
    }
}

static void
draw_nothing (cairo_t  *cr,
              double    width,
              double    height,
              gpointer  data)
{
}

/* The same heading and short paragraph slid down the page a few points at a
 * time, through every place the page could end. */
static void
test_heading_at_every_height (Fixture       *fixture,
                              gconstpointer  data)
{
  guint moved = 0;

  for (guint step = 0; step < 40; step++)
    {
      g_autoptr(FvDocument) doc = new_document ("Glidende");
      g_autoptr(FvPdfDocument) pdf = NULL;
      g_autofree char *path = NULL;
      g_autofree char *name = g_strdup_printf ("slide-%02u.pdf", step);
      int heading, first, last;

      fv_document_add_drawing (doc, 560.0 + step * 3.0, draw_nothing, NULL, NULL);
      fv_document_add_heading (doc, 2, "Glideoverskrift");
      fv_document_add_paragraph (doc, "Forstelinje begynner avsnittet. "
                                      "Frivilligheten i kommunen er bred: idrettslag, kor og korps, "
                                      "speidergrupper, velforeninger og humanitære organisasjoner som "
                                      "driver med små midler og stor innsats, og kommunen vil gjøre "
                                      "det enklere å være frivillig. Sistelinje");
      path = write_pdf (fixture, doc, name);
      pdf = fv_test_pdf_open (path);
      heading = fv_test_pdf_find_page (pdf, "Glideoverskrift");
      first = fv_test_pdf_find_page (pdf, "Forstelinje");
      last = fv_test_pdf_find_page (pdf, "Sistelinje");
      g_assert_cmpint (heading, ==, first);
      g_assert_cmpint (first, ==, last);   /* three lines: never split */
      moved += heading == 1;
      g_unlink (path);
    }

  /* The slide did reach the foot: some steps stayed, some moved on. */
  g_assert_cmpuint (moved, >, 0);
  g_assert_cmpuint (moved, <, 40);
}

/* Lines of one paragraph on one page, from poppler's text. */
static guint
count_lines_with (const char *text,
                  const char *marker)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint count = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    count += strstr (lines[i], marker) != NULL;
  return count;
}

/* No orphans and no widows: a paragraph that breaks leaves at least two
 * lines on each side of the break. */
static void
test_no_orphans_or_widows (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(FvDocument) doc = new_document ("Horunger");
  g_autofree char *path = NULL;
  g_autoptr(FvPdfDocument) pdf = NULL;
  guint breaks = 0;

  for (guint p = 1; p <= 30; p++)
    {
      g_autoptr(GString) words = g_string_new (NULL);

      /* Paragraphs of 1 to 9 lines, in an order that puts breaks everywhere. */
      for (guint w = 0; w < 1 + (p * 7) % 9 * 11; w++)
        g_string_append_printf (words, "p%uw ord ", p);
      fv_document_add_paragraph (doc, words->str);
    }

  path = write_pdf (fixture, doc, "widows.pdf");
  pdf = fv_test_pdf_open (path);

  for (guint p = 1; p <= 30; p++)
    {
      g_autofree char *marker = g_strdup_printf ("p%uw", p);
      guint total = 0;
      guint pages = 0;

      for (int i = 0; i < poppler_document_get_n_pages (pdf); i++)
        {
          g_autofree char *text = fv_test_pdf_page_text (pdf, i);
          guint lines = count_lines_with (text, marker);

          if (lines == 0)
            continue;
          pages++;
          total += lines;
          if (pages > 1 || lines < total)
            breaks++;
        }
      if (pages > 1)
        for (int i = 0; i < poppler_document_get_n_pages (pdf); i++)
          {
            g_autofree char *text = fv_test_pdf_page_text (pdf, i);
            guint lines = count_lines_with (text, marker);

            g_assert_true (lines == 0 || lines >= 2);
          }
    }
  g_assert_cmpuint (breaks, >, 0);
}

static void
test_paper_sizes (Fixture       *fixture,
                  gconstpointer  data)
{
  static const struct {
    FvPaper paper;
    FvOrientation orientation;
    double width, height;
    const char *name;
  } cases[] = {
    { FV_PAPER_A4, FV_ORIENTATION_PORTRAIT, 595.28, 841.89, "a4-portrait.pdf" },
    { FV_PAPER_A4, FV_ORIENTATION_LANDSCAPE, 841.89, 595.28, "a4-landscape.pdf" },
    { FV_PAPER_A3, FV_ORIENTATION_LANDSCAPE, 1190.55, 841.89, "a3-landscape.pdf" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(FvDocument) doc = fv_document_new (cases[i].paper, cases[i].orientation);
      g_autofree char *path = NULL;
      g_autoptr(FvPdfDocument) pdf = NULL;
      g_autoptr(FvPdfPage) page = NULL;
      double width, height;

      fv_document_set_title (doc, "Årshjul 2026");
      fv_document_add_heading (doc, 1, "Årshjul");
      fv_document_add_drawing (doc, 0, draw_box, NULL, NULL);
      path = write_pdf (fixture, doc, cases[i].name);
      pdf = fv_test_pdf_open (path);
      g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, 1);
      page = poppler_document_get_page (pdf, 0);
      poppler_page_get_size (page, &width, &height);
      g_assert_cmpfloat_with_epsilon (width, cases[i].width, 0.5);
      g_assert_cmpfloat_with_epsilon (height, cases[i].height, 0.5);
    }
}

/* The same page draws on any surface: here an image, as a preview would. */
static void
test_draw_on_image (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(FvDocument) doc = showcase ();
  cairo_surface_t *surface;
  cairo_t *cr;
  guint dark = 0;

  g_assert_true (fv_document_layout (doc, NULL, NULL));
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 595, 842);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  fv_document_draw_page (doc, cr, 1);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  for (int y = 0; y < 842; y++)
    {
      guint32 *row = (guint32 *) (cairo_image_surface_get_data (surface) +
                                  y * cairo_image_surface_get_stride (surface));

      for (int x = 0; x < 595; x++)
        dark += (row[x] & 0xff) < 0x80;
    }
  g_assert_cmpuint (dark, >, 1000);
  cairo_surface_destroy (surface);
}

/* Breaking pages keeps a few numbers per page, not the layouts. */
static void
test_long_document (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(FvDocument) doc = new_document ("Lang");
  static const double widths[] = { 3, 1, 2 };
  g_autofree char *path = NULL;
  FvTable *table;
  gint64 start;

  table = fv_document_add_table (doc, 3, widths);
  fv_table_set_header (table, (const char *[]) { "Navn", "Orgnr", "E-post" });
  for (guint i = 0; i < 5000; i++)
    {
      g_autofree char *name = g_strdup_printf ("Organisasjon %u", i);

      fv_table_add_row (table, (const char *[]) { name, "923 609 016", "post@eksempel.no" });
    }

  start = g_get_monotonic_time ();
  g_assert_true (fv_document_layout (doc, NULL, NULL));
  g_test_message ("5000 rows: %u pages laid out in %.0f ms", fv_document_get_n_pages (doc),
                  (g_get_monotonic_time () - start) / 1000.0);
  g_assert_cmpuint (fv_document_get_n_pages (doc), >, 100);

  path = g_build_filename (fixture->dir, "long.pdf", NULL);
  g_assert_true (fv_document_write_pdf (doc, path, NULL, NULL));
  {
    g_autoptr(FvPdfDocument) pdf = fv_test_pdf_open (path);

    g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, (int) fv_document_get_n_pages (doc));
  }
}

static void
test_cancelled (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(FvDocument) doc = showcase ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "cancelled.pdf", NULL);

  g_cancellable_cancel (cancellable);
  g_assert_false (fv_document_write_pdf (doc, path, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_write_error (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(FvDocument) doc = showcase ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "no-such-folder", "x.pdf", NULL);

  g_assert_false (fv_document_write_pdf (doc, path, NULL, &error));
  g_assert_error (error, FV_DOCUMENT_ERROR, FV_DOCUMENT_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "x.pdf"));
}

static void
test_bad_markup_shown_as_text (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(FvDocument) doc = new_document ("Feil");
  g_autofree char *path = NULL;
  g_autoptr(FvPdfDocument) pdf = NULL;
  g_autofree char *text = NULL;

  g_test_expect_message ("fv-document", G_LOG_LEVEL_WARNING, "Invalid document markup*");
  fv_document_add_paragraph (doc, "Bakken <b>Bil & Båt");
  g_test_assert_expected_messages ();

  path = write_pdf (fixture, doc, "bad-markup.pdf");
  pdf = fv_test_pdf_open (path);
  text = fv_test_pdf_page_text (pdf, 0);
  g_assert_nonnull (strstr (text, "Bakken <b>Bil & Båt"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/document/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("showcase", test_showcase);
  ADD ("links-and-outline", test_links_and_outline);
  ADD ("written-under-decimal-comma", test_written_under_decimal_comma);
  ADD ("footnotes-on-citing-page", test_footnotes_on_citing_page);
  ADD ("table-header-repeats", test_table_header_repeats);
  ADD ("table-tall-row", test_table_tall_row);
  ADD ("heading-keeps-with-next", test_heading_keeps_with_next);
  ADD ("heading-at-every-height", test_heading_at_every_height);
  ADD ("no-orphans-or-widows", test_no_orphans_or_widows);
  ADD ("paper-sizes", test_paper_sizes);
  ADD ("draw-on-image", test_draw_on_image);
  ADD ("long-document", test_long_document);
  ADD ("cancelled", test_cancelled);
  ADD ("write-error", test_write_error);
  ADD ("bad-markup-shown-as-text", test_bad_markup_shown_as_text);

#undef ADD

  return g_test_run ();
}
