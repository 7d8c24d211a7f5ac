/* test-wheel-store.c — the annual wheel's events: kept, listed by year (a span
 * over the new year in both), checked, deleted and restored; the usual dates
 * added once, and only on request
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "fv-demo.h"
#include "fv-organisation-store.h"
#include "fv-test-util.h"
#include "fv-wheel-store.h"

typedef struct
{
  char       *dir;
  FvDatabase *database;
  guint       n_changes;
} Fixture;

static void
changed_cb (FvDatabase *database,
            const char *table,
            gint64      id,
            Fixture    *fixture)
{
  fixture->n_changes++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = fv_test_make_dir ();
  path = g_build_filename (fixture->dir, "frivillig.db", NULL);
  fixture->database = fv_database_open (path, FV_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_signal_connect (fixture->database, "changed::wheel_event", G_CALLBACK (changed_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->database);
  fv_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

/* Changes are announced from the main loop, after the commit. */
static guint
changes (Fixture *fixture)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
  return fixture->n_changes;
}

static gint64
add_event (FvDatabase      *database,
           const char      *title,
           const char      *start,
           const char      *end,
           FvWheelCategory  category)
{
  g_autoptr(FvWheelEvent) event = fv_wheel_event_new ();
  g_autoptr(GError) error = NULL;

  event->title = g_strdup (title);
  event->start_date = g_strdup (start);
  event->end_date = g_strdup (end);
  event->category = category;
  g_assert_true (fv_wheel_store_save (database, event, &error));
  g_assert_no_error (error);
  g_assert_cmpint (event->id, >, 0);
  return event->id;
}

static guint
count_year (FvDatabase *database,
            int         year)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = fv_wheel_store_list_year (database, year, &error);

  g_assert_no_error (error);
  return events->len;
}

static void
test_save_list_delete (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(FvWheelEvent) loaded = NULL;
  g_autoptr(FvOrganisationRecord) humsos = fv_organisation_record_new ();
  FvWheelEvent *first;
  gint64 conference, new_year, humsos_id;

  humsos->name = g_strdup ("HUMSOS Bærum");
  g_assert_true (fv_organisation_store_save (fixture->database, humsos, &error));
  humsos_id = humsos->id;

  conference = add_event (fixture->database, "Frivillighetskonferanse", "2022-04-26", NULL, FV_WHEEL_VOLUNTARY);
  /* A span over the new year belongs to both years. */
  new_year = add_event (fixture->database, "Julemarked og nyttår", "2022-12-20", "2023-01-06", FV_WHEEL_MUNICIPAL);
  add_event (fixture->database, "Budsjettmøte", "2023-06-14", NULL, FV_WHEEL_POLITICAL);
  g_assert_cmpuint (changes (fixture), >=, 1);

  g_assert_cmpuint (count_year (fixture->database, 2021), ==, 0);
  g_assert_cmpuint (count_year (fixture->database, 2022), ==, 2);
  g_assert_cmpuint (count_year (fixture->database, 2023), ==, 2);
  g_assert_cmpuint (count_year (fixture->database, 2024), ==, 0);

  events = fv_wheel_store_list_year (fixture->database, 2023, &error);
  first = events->pdata[0];
  g_assert_cmpint (first->id, ==, new_year);   /* by start date */
  g_assert_cmpint (first->category, ==, FV_WHEEL_MUNICIPAL);

  /* Edit: place, note and an organisation; a one-day end date is no end date. */
  loaded = fv_wheel_store_load (fixture->database, conference, &error);
  g_assert_no_error (error);
  g_free (loaded->place);
  loaded->place = g_strdup ("Bærum Kulturhus");
  loaded->organisation_id = humsos_id;
  loaded->end_date = g_strdup ("2022-04-26");
  g_assert_true (fv_wheel_store_save (fixture->database, loaded, &error));
  g_clear_pointer (&loaded, fv_wheel_event_free);
  loaded = fv_wheel_store_load (fixture->database, conference, &error);
  g_assert_cmpstr (loaded->place, ==, "Bærum Kulturhus");
  g_assert_cmpstr (loaded->organisation_name, ==, "HUMSOS Bærum");
  g_assert_null (loaded->end_date);
  g_assert_cmpint (fv_wheel_store_find_organisation (fixture->database, "humsos bærum", NULL), ==, humsos_id);
  g_assert_cmpint (fv_wheel_store_find_organisation (fixture->database, "Ingen slik", NULL), ==, 0);

  /* The organisation goes; the event stays, without it. */
  g_assert_true (fv_organisation_store_delete (fixture->database, humsos_id, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&loaded, fv_wheel_event_free);
  loaded = fv_wheel_store_load (fixture->database, conference, &error);
  g_assert_cmpint (loaded->organisation_id, ==, 0);

  /* Delete, then undo: the same id back. */
  g_assert_true (fv_wheel_store_delete (fixture->database, conference, &error));
  g_assert_cmpuint (count_year (fixture->database, 2022), ==, 1);
  g_assert_false (fv_wheel_store_delete (fixture->database, conference, &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (fv_wheel_store_restore (fixture->database, loaded, &error));
  g_assert_no_error (error);
  g_clear_pointer (&loaded, fv_wheel_event_free);
  loaded = fv_wheel_store_load (fixture->database, conference, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (loaded->title, ==, "Frivillighetskonferanse");
}

static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(FvWheelEvent) event = fv_wheel_event_new ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  event->title = g_strdup ("   ");
  event->start_date = g_strdup ("2022-02-30");
  event->end_date = g_strdup ("2021-01-01");
  problems = fv_wheel_event_check (event);
  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_cmpstr (((FvFieldProblem *) problems->pdata[0])->field, ==, "title");
  g_assert_cmpstr (((FvFieldProblem *) problems->pdata[1])->field, ==, "start_date");
  g_assert_false (fv_wheel_store_save (fixture->database, event, &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  /* Ends before it starts. */
  g_free (event->title);
  event->title = g_strdup ("Baklengs");
  g_free (event->start_date);
  event->start_date = g_strdup ("2022-03-01");
  g_clear_pointer (&problems, g_ptr_array_unref);
  problems = fv_wheel_event_check (event);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpstr (((FvFieldProblem *) problems->pdata[0])->field, ==, "end_date");
  g_assert_false (fv_wheel_store_save (fixture->database, event, &error));
  g_clear_error (&error);
  g_assert_cmpuint (count_year (fixture->database, 2022), ==, 0);
  g_assert_cmpuint (changes (fixture), ==, 0);
}

static void
test_usual_dates (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = NULL;
  guint added = 99;
  gboolean volunteer_day = FALSE, deadline = FALSE, prize = FALSE;

  /* Nothing is there until asked for. */
  g_assert_cmpuint (count_year (fixture->database, 2026), ==, 0);

  g_assert_true (fv_wheel_store_add_usual_dates (fixture->database, 2026, &added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 3);
  events = fv_wheel_store_list_year (fixture->database, 2026, &error);
  for (guint i = 0; i < events->len; i++)
    {
      FvWheelEvent *event = events->pdata[i];

      if (g_strcmp0 (event->start_date, "2026-12-05") == 0 && event->category == FV_WHEEL_VOLUNTARY)
        volunteer_day = TRUE;
      if (g_strcmp0 (event->start_date, "2026-08-31") == 0 && event->category == FV_WHEEL_GRANTS)
        deadline = TRUE;
      if (g_strcmp0 (event->start_date, "2026-12-01") == 0 && g_strcmp0 (event->end_date, "2026-12-31") == 0)
        prize = TRUE;
    }
  g_assert_true (volunteer_day && deadline && prize);

  /* Asking again adds nothing, even after the day was moved. */
  g_assert_true (fv_wheel_store_add_usual_dates (fixture->database, 2026, &added, &error));
  g_assert_cmpuint (added, ==, 0);
  g_assert_cmpuint (count_year (fixture->database, 2026), ==, 3);
  /* Another year is another year. */
  g_assert_true (fv_wheel_store_add_usual_dates (fixture->database, 2027, &added, &error));
  g_assert_cmpuint (added, ==, 3);
  g_assert_cmpuint (count_year (fixture->database, 2026), ==, 3);
}

static void
test_demo (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = NULL;
  guint added = 99;
  gboolean humsos = FALSE;

  g_assert_true (fv_demo_fill (fixture->database, &error));
  g_assert_no_error (error);
  events = fv_wheel_store_list_year (fixture->database, 2022, &error);
  g_assert_cmpuint (events->len, ==, 7);
  g_assert_cmpstr (((FvWheelEvent *) events->pdata[0])->title, ==, "Frivillighetskonferanse");
  g_assert_cmpstr (((FvWheelEvent *) events->pdata[0])->start_date, ==, "2022-04-26");
  for (guint i = 0; i < events->len; i++)
    humsos |= g_strcmp0 (((FvWheelEvent *) events->pdata[i])->organisation_name, "HUMSOS Bærum") == 0;
  g_assert_true (humsos);
  g_assert_cmpuint (count_year (fixture->database, 2024), ==, 1);
  /* Bærum's notat already has the usual dates of 2022. */
  g_assert_true (fv_wheel_store_add_usual_dates (fixture->database, 2022, &added, &error));
  g_assert_cmpuint (added, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/wheel-store/save-list-delete", Fixture, NULL, fixture_set_up, test_save_list_delete, fixture_tear_down);
  g_test_add ("/wheel-store/refused", Fixture, NULL, fixture_set_up, test_refused, fixture_tear_down);
  g_test_add ("/wheel-store/usual-dates", Fixture, NULL, fixture_set_up, test_usual_dates, fixture_tear_down);
  g_test_add ("/wheel-store/demo", Fixture, NULL, fixture_set_up, test_demo, fixture_tear_down);

  return g_test_run ();
}
