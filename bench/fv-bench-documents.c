/* fv-bench-documents.c — how long documents take, and what memory they hold
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The organisation register report of 600 and 6 000 organisations, from the
 * query to the finished PDF file (goals: 300 ms and 3 s), split into its
 * steps, with the growth of the process's peak memory while it is made: the
 * layout keeps a few numbers per page, so the growth follows the data, not
 * the number of pages.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "fv-bench.h"
#include "fv-bench-documents.h"
#include "fv-agreement-forms.h"
#include "fv-wheel.h"
#include "fv-demo.h"
#include "fv-notat.h"
#include "fv-register-report.h"

static const guint report_sizes[] = { 600, 6000 };

/* Resident memory in KiB from /proc/self/status: VmRSS now, or VmHWM (peak). */
static double
status_kib (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, field)) == NULL)
    return 0.0;
  return g_ascii_strtod (line + strlen (field) + 1, NULL);
}

/* Lets VmHWM measure from now on (Linux: "5" resets the peak to the current size). */
static void
reset_peak (void)
{
  g_file_set_contents ("/proc/self/clear_refs", "5", 1, NULL);
}

static void
measure_report (const char *dir,
                guint       size,
                guint       runs)
{
  g_autofree char *registry = fv_bench_make_registry (dir, size);
  g_autofree char *pdf = g_strdup_printf ("%s/register-%u.pdf", dir, size);
  g_autoptr(GArray) total_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) build_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) layout_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) write_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) growth_mib = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(FvDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  guint n_pages = 0;

  database = fv_database_open (registry, FV_DATABASE_OPEN_READ_ONLY, &error);
  if (database == NULL)
    g_error ("%s", error->message);

  for (guint run = 0; run < runs; run++)
    {
      g_autoptr(FvDocument) document = NULL;
      gint64 start, step;
      double before, ms, mib;

      before = status_kib ("VmRSS:");
      reset_peak ();

      start = step = g_get_monotonic_time ();
      document = fv_register_report_new (database, NULL, NULL, NULL, &error);
      if (document == NULL)
        g_error ("%s", error->message);
      ms = fv_bench_elapsed_ms (step);
      g_array_append_val (build_ms, ms);

      step = g_get_monotonic_time ();
      if (!fv_document_layout (document, NULL, &error))
        g_error ("%s", error->message);
      ms = fv_bench_elapsed_ms (step);
      g_array_append_val (layout_ms, ms);

      step = g_get_monotonic_time ();
      if (!fv_document_write_pdf (document, pdf, NULL, &error))
        g_error ("%s", error->message);
      ms = fv_bench_elapsed_ms (step);
      g_array_append_val (write_ms, ms);

      ms = fv_bench_elapsed_ms (start);
      g_array_append_val (total_ms, ms);
      mib = MAX (status_kib ("VmHWM:") - before, 0.0) / 1024.0;
      g_array_append_val (growth_mib, mib);
      n_pages = fv_document_get_n_pages (document);
      g_unlink (pdf);
    }

  fv_bench_record ("register-report-pdf", size, fv_bench_percentile (total_ms, 0.5), "ms");
  fv_bench_record ("  query-and-build", size, fv_bench_percentile (build_ms, 0.5), "ms");
  fv_bench_record ("  layout", size, fv_bench_percentile (layout_ms, 0.5), "ms");
  fv_bench_record ("  draw-and-write", size, fv_bench_percentile (write_ms, 0.5), "ms");
  fv_bench_record ("register-report-pages", size, n_pages, "pages");
  /* The worst run: later runs reuse the heap the first one grew. */
  fv_bench_record ("register-report-memory", size, fv_bench_percentile (growth_mib, 1.0), "MiB");
}

/* A batch of 100 numbered agreement forms: one drawing a page, built, laid
 * out and written; no database needed. */
static void
measure_agreement_forms (const char *dir,
                         guint       count,
                         guint       runs)
{
  g_autofree char *pdf = g_strdup_printf ("%s/agreement-forms-%u.pdf", dir, count);
  g_autoptr(GArray) total_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(FvExchangeRecord) exchange = fv_exchange_record_new ();
  g_autoptr(GError) error = NULL;

  exchange->name = g_strdup ("Frivillighetsbørs i Elverum");
  exchange->date = g_strdup ("2024-10-16");
  exchange->place = g_strdup ("Festsalen, Rådhuset, Elverum");
  exchange->municipality = g_strdup ("Elverum kommune");

  for (guint run = 0; run < runs; run++)
    {
      g_autoptr(FvDocument) document = NULL;
      gint64 start = g_get_monotonic_time ();
      double ms;

      document = fv_agreement_forms_new (exchange, 1, count);
      if (!fv_document_write_pdf (document, pdf, NULL, &error))
        g_error ("%s", error->message);
      ms = fv_bench_elapsed_ms (start);
      g_array_append_val (total_ms, ms);
      g_unlink (pdf);
    }

  fv_bench_record ("agreement-forms-pdf", count, fv_bench_percentile (total_ms, 0.5), "ms");
}

/* The annual wheel of a busy year (120 events in the four rings) as the A3
 * poster: wheel, then the list month by month; no database needed. */
static void
measure_wheel (const char *dir,
               guint       count,
               guint       runs)
{
  g_autofree char *pdf = g_strdup_printf ("%s/wheel-%u.pdf", dir, count);
  g_autoptr(GArray) total_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_wheel_event_free);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < count; i++)
    {
      FvWheelEvent *event = fv_wheel_event_new ();
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, 1, G_DATE_JANUARY, 2026);
      g_date_add_days (&date, (i * 37) % 365);
      event->id = i + 1;
      event->title = g_strdup_printf ("Arrangement nr. %u på Årvoll", i + 1);
      event->start_date = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date),
                                           g_date_get_month (&date), g_date_get_day (&date));
      event->category = i % FV_WHEEL_N_CATEGORIES;
      event->place = g_strdup ("Rådhuset");
      g_ptr_array_add (events, event);
    }

  for (guint run = 0; run < runs; run++)
    {
      g_autoptr(FvDocument) document = NULL;
      gint64 start = g_get_monotonic_time ();
      double ms;

      document = fv_wheel_document_new (2026, events, NULL);
      if (!fv_document_write_pdf (document, pdf, NULL, &error))
        g_error ("%s", error->message);
      ms = fv_bench_elapsed_ms (start);
      g_array_append_val (total_ms, ms);
      g_unlink (pdf);
    }

  fv_bench_record ("wheel-pdf", count, fv_bench_percentile (total_ms, 0.5), "ms");
}

/* The seed 004 notat (Bærum, "Status frivillighet og Frivillighetens år") from
 * the sample data, from loading it to the finished PDF file. */
static void
measure_notat (const char *dir,
               guint       runs)
{
  g_autofree char *path = g_strdup_printf ("%s/notat-demo.db", dir);
  g_autofree char *pdf = g_strdup_printf ("%s/notat-seed-004.pdf", dir);
  g_autoptr(GArray) total_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(FvDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  g_unlink (path);
  database = fv_database_open (path, FV_DATABASE_OPEN_DEFAULT, &error);
  if (database == NULL || !fv_demo_fill (database, &error))
    g_error ("%s", error->message);

  for (guint run = 0; run < runs; run++)
    {
      g_autoptr(FvDocument) document = NULL;
      gint64 start = g_get_monotonic_time ();
      double ms;

      document = fv_notat_document_new_for_id (database, 1, "Bærum kommune", &error);
      if (document == NULL || !fv_document_write_pdf (document, pdf, NULL, &error))
        g_error ("%s", error->message);
      ms = fv_bench_elapsed_ms (start);
      g_array_append_val (total_ms, ms);
      g_unlink (pdf);
    }

  g_clear_object (&database);
  g_unlink (path);
  fv_bench_record ("notat-pdf", 1, fv_bench_percentile (total_ms, 0.5), "ms");
}

/**
 * fv_bench_documents:
 * @dir: where the synthetic registries are made (and reused)
 *
 * Records the register report's figures at 600 and 6 000 organisations, and
 * the time for a batch of 100 agreement forms, for the annual wheel poster and
 * for the seed 004 notat.
 */
void
fv_bench_documents (const char *dir,
                    guint       runs)
{
  for (guint i = 0; i < G_N_ELEMENTS (report_sizes); i++)
    measure_report (dir, report_sizes[i], MAX (runs, 1));
  measure_agreement_forms (dir, 100, MAX (runs, 1));
  measure_wheel (dir, 120, MAX (runs, 1));
  measure_notat (dir, MAX (runs, 1));
}
