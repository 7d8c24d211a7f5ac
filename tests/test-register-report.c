/* test-register-report.c — the organisation register report on the sample data
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>

#include "fv-register-report.h"
#include "fv-test-db.h"
#include "fv-test-pdf.h"
#include "fv-test-util.h"

typedef struct
{
  char       *dir;
  FvDatabase *database;
} Fixture;

static void
exec_sql (FvDatabase *database,
          const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (fv_database_get_handle (database), sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = fv_test_make_dir ();
  fixture->database = fv_test_db_open (fixture->dir, TRUE);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->database);
  fv_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

static gint64
query_int (Fixture    *fixture,
           const char *sql)
{
  g_autoptr(GError) error = NULL;
  gint64 value = fv_database_query_int (fixture->database, sql, &error);

  g_assert_no_error (error);
  return value;
}

/* Organisations per group by their first-ranked category, counted apart from the report. */
static gint64
count_first_group (Fixture *fixture,
                   int      group)
{
  g_autofree char *sql = NULL;

  if (group == 0)
    return query_int (fixture, "SELECT count(*) FROM organisation o WHERE NOT EXISTS "
                               "(SELECT 1 FROM organisation_category oc WHERE oc.organisation_id = o.id);");

  sql = g_strdup_printf ("SELECT count(*) FROM organisation o WHERE "
                         "(SELECT c.main_group FROM organisation_category oc JOIN icnpo_category c "
                         " ON c.code = oc.category_code WHERE oc.organisation_id = o.id "
                         " ORDER BY oc.rank LIMIT 1) = %d;", group);
  return query_int (fixture, sql);
}

static FvPdfDocument *
write_report (Fixture                    *fixture,
              const FvOrganisationFilter *filter,
              const char                 *name,
              FvRegisterSummary          *summary)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FvDocument) doc = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  FvPdfDocument *pdf;

  doc = fv_register_report_new (fixture->database, filter, summary, NULL, &error);
  g_assert_no_error (error);
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

static void
test_whole_register (Fixture       *fixture,
                     gconstpointer  data)
{
  FvRegisterSummary summary;
  g_autoptr(FvPdfDocument) pdf = write_report (fixture, NULL, "register-report.pdf", &summary);
  g_autofree char *text = fv_test_pdf_text (pdf);
  g_autofree char *first = fv_test_pdf_page_text (pdf, 0);
  g_autofree char *title = poppler_document_get_title (pdf);
  g_autofree char *subject = poppler_document_get_subject (pdf);
  guint sum = 0;

  g_assert_cmpuint (summary.total, ==, 27);
  for (int group = 0; group <= FV_ICNPO_N_GROUPS; group++)
    {
      g_assert_cmpint (summary.per_group[group], ==, count_first_group (fixture, group));
      sum += summary.per_group[group];

      if (summary.per_group[group] > 0)
        {
          g_autofree char *heading = group == 0
            ? g_strdup_printf ("Uncategorised (%u)", summary.per_group[0])
            : g_strdup_printf ("%d %s (%u)", group, fv_icnpo_group_name (group), summary.per_group[group]);

          g_assert_nonnull (strstr (text, heading));
        }
    }
  g_assert_cmpuint (sum, ==, summary.total);
  g_assert_cmpuint (summary.per_group[0], >, 0);
  g_assert_cmpuint (summary.without_contact, ==,
                    query_int (fixture, "SELECT count(*) FROM organisation o WHERE NOT EXISTS "
                                        "(SELECT 1 FROM organisation_contact c WHERE c.organisation_id = o.id);"));

  g_assert_cmpstr (title, ==, "Organisation register");
  g_assert_cmpstr (subject, ==, "All organisations in the register");
  g_assert_nonnull (strstr (first, "Organisation register"));
  g_assert_nonnull (strstr (first, "27 organisations"));
  g_assert_nonnull (strstr (first, "Organisations per category"));
  g_assert_nonnull (strstr (first, "Culture and recreation"));
  g_assert_nonnull (strstr (first, "Page 1 of"));
  g_assert_nonnull (strstr (text, "Summary"));
  g_assert_nonnull (strstr (text, "Total"));
  g_assert_nonnull (strstr (text, "Bærum Røde Kors"));
  g_assert_nonnull (strstr (text, "Mjølner speidergruppe"));
}

static void
test_orgnr_contact_and_ranking (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(FvOrganisationFilter) filter = fv_organisation_filter_new ();
  FvRegisterSummary all, social;
  g_autoptr(FvPdfDocument) pdf = NULL;
  g_autoptr(FvPdfDocument) filtered = NULL;
  g_autofree char *text = NULL;
  g_autofree char *filtered_text = NULL;

  /* Culture first, social services second: counted under culture, but in a
   * report filtered by social services it stands there. */
  exec_sql (fixture->database,
            "INSERT INTO organisation (name, orgnr, phone, email) VALUES "
            "  ('Åsen Aktivitetslag', '923609016', '62 41 00 00', 'post@aasen.no');"
            "INSERT INTO organisation_category (organisation_id, rank, category_code) "
            "  SELECT id, 1, 1100 FROM organisation WHERE orgnr = '923609016';"
            "INSERT INTO organisation_category (organisation_id, rank, category_code) "
            "  SELECT id, 2, 4100 FROM organisation WHERE orgnr = '923609016';"
            "INSERT INTO person (name, phone, email) VALUES ('Kari Øvrebø', '912 34 567', 'kari@aasen.no');"
            "INSERT INTO organisation_contact (organisation_id, person_id, role, rank) "
            "  SELECT o.id, p.id, 'leder', 1 FROM organisation o, person p "
            "  WHERE o.orgnr = '923609016' AND p.name = 'Kari Øvrebø';");

  pdf = write_report (fixture, NULL, "register-ranking.pdf", &all);
  text = fv_test_pdf_text (pdf);
  g_assert_cmpuint (all.total, ==, 28);
  g_assert_cmpint (all.per_group[1], ==, count_first_group (fixture, 1));
  g_assert_nonnull (strstr (text, "923 609 016"));
  g_assert_nonnull (strstr (text, "Kari Øvrebø"));
  g_assert_nonnull (strstr (text, "912 34 567"));
  g_assert_nonnull (strstr (text, "kari@aasen.no"));
  g_assert_null (strstr (text, "923609016"));

  filter->category_group = 4;
  filtered = write_report (fixture, filter, "register-category.pdf", &social);
  filtered_text = fv_test_pdf_text (filtered);
  g_assert_cmpint (social.total, ==,
                   query_int (fixture, "SELECT count(*) FROM organisation o WHERE EXISTS "
                                       "(SELECT 1 FROM organisation_category oc JOIN icnpo_category c "
                                       " ON c.code = oc.category_code "
                                       " WHERE oc.organisation_id = o.id AND c.main_group = 4);"));
  g_assert_cmpuint (social.per_group[4], ==, social.total);
  g_assert_nonnull (strstr (filtered_text, "Åsen Aktivitetslag"));
  g_assert_nonnull (strstr (filtered_text, "category Social services"));
  /* A chart of one bar would say nothing. */
  g_assert_null (strstr (filtered_text, "Organisations per category"));
}

static void
test_filter_by_tag (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(FvOrganisationFilter) filter = fv_organisation_filter_new ();
  FvRegisterSummary summary;
  g_autoptr(FvPdfDocument) pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *subject = NULL;
  gint64 expected = query_int (fixture, "SELECT count(*) FROM organisation_tag ot JOIN tag t ON t.id = ot.tag_id "
                                        "WHERE t.name = 'idrett';");

  g_assert_cmpint (expected, >, 0);
  filter->tag = g_strdup ("idrett");
  pdf = write_report (fixture, filter, "register-tag.pdf", &summary);
  text = fv_test_pdf_text (pdf);
  subject = poppler_document_get_subject (pdf);

  g_assert_cmpint (summary.total, ==, expected);
  g_assert_cmpint (summary.total, <, 27);
  g_assert_nonnull (strstr (text, "tag “idrett”"));
  g_assert_cmpstr (subject, ==, "Organisations matching: tag “idrett”");
  g_assert_nonnull (strstr (text, "Bærum Idrettsråd"));
  g_assert_null (strstr (text, "Mjølner speidergruppe"));
}

static void
test_nothing_matches (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(FvOrganisationFilter) filter = fv_organisation_filter_new ();
  FvRegisterSummary summary;
  g_autoptr(FvPdfDocument) pdf = NULL;
  g_autofree char *text = NULL;

  filter->tag = g_strdup ("finnes-ikke");
  filter->search = g_strdup ("Bærum");
  pdf = write_report (fixture, filter, "register-empty.pdf", &summary);
  text = fv_test_pdf_page_text (pdf, 0);

  g_assert_cmpuint (summary.total, ==, 0);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, 1);
  g_assert_nonnull (strstr (text, "No organisations in the register match"));
  g_assert_nonnull (strstr (text, "search “Bærum”; tag “finnes-ikke”"));
}

static void
test_describe_filter (void)
{
  g_autoptr(FvOrganisationFilter) filter = fv_organisation_filter_new ();
  g_autofree char *empty = fv_register_report_describe_filter (filter);
  g_autofree char *full = NULL;

  g_assert_cmpstr (empty, ==, "All organisations in the register");

  filter->search = g_strdup ("  lag ");
  filter->category_group = 1;
  filter->sector = g_strdup ("public");
  filter->activity = FV_ACTIVITY_ACTIVE;
  full = fv_register_report_describe_filter (filter);
  g_assert_cmpstr (full, ==, "Organisations matching: search “lag”; category Culture and recreation; "
                             "sector Public; active only");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/register-report/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("whole-register", test_whole_register);
  ADD ("orgnr-contact-and-ranking", test_orgnr_contact_and_ranking);
  ADD ("filter-by-tag", test_filter_by_tag);
  ADD ("nothing-matches", test_nothing_matches);
  g_test_add_func ("/register-report/describe-filter", test_describe_filter);

#undef ADD

  return g_test_run ();
}
