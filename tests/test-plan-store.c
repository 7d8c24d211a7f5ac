/* test-plan-store.c — action plans: checked, kept with their goals, actions
 * and partners in order, the progress counted, deletes cascading
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "fv-demo.h"
#include "fv-organisation-store.h"
#include "fv-plan-store.h"
#include "fv-test-util.h"

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
  g_signal_connect (fixture->database, "changed::action_plan", G_CALLBACK (changed_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->database);
  fv_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

static guint
changes (Fixture *fixture)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
  return fixture->n_changes;
}

static gint64
count (Fixture    *fixture,
       const char *sql)
{
  g_autoptr(GError) error = NULL;
  gint64 n = fv_database_query_int (fixture->database, sql, &error);

  g_assert_no_error (error);
  return n;
}

static gint64
add_organisation (Fixture    *fixture,
                  const char *name)
{
  g_autoptr(FvOrganisationRecord) record = fv_organisation_record_new ();
  g_autoptr(GError) error = NULL;

  record->name = g_strdup (name);
  g_assert_true (fv_organisation_store_save (fixture->database, record, &error));
  g_assert_no_error (error);
  return record->id;
}

static void
test_check (void)
{
  g_autoptr(FvActionPlan) plan = fv_action_plan_new ();
  g_autoptr(FvPlanAction) action = fv_plan_action_new ();
  g_autoptr(GPtrArray) plan_problems = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) good = NULL;
  g_autofree char *partners = NULL;

  plan->title = g_strdup ("  ");
  plan_problems = fv_action_plan_check (plan);
  g_assert_cmpuint (plan_problems->len, ==, 1);
  g_assert_cmpstr (((FvFieldProblem *) plan_problems->pdata[0])->field, ==, "title");

  action->deadline = g_strdup ("2025-02-30");
  problems = fv_plan_action_check (action);
  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_cmpstr (((FvFieldProblem *) problems->pdata[0])->field, ==, "text");
  g_assert_cmpstr (((FvFieldProblem *) problems->pdata[1])->field, ==, "deadline");

  action->text = g_strdup ("Kurs");
  g_free (action->deadline);
  action->deadline = g_strdup ("2025-12-31");
  good = fv_plan_action_check (action);
  g_assert_cmpuint (good->len, ==, 0);

  fv_plan_action_set_partners_text (action, " Frivillighet Norge ,, Lierposten,\nFrivillighet Norge ");
  g_assert_cmpuint (action->partners->len, ==, 2);
  partners = fv_plan_action_get_partners_text (action);
  g_assert_cmpstr (partners, ==, "Frivillighet Norge, Lierposten");

  for (guint i = 0; i < FV_PLAN_ACTION_N_STATUSES; i++)
    g_assert_cmpint (fv_plan_action_status_from_string (fv_plan_action_status_to_string (i)), ==, i);
  g_assert_cmpint (fv_plan_action_status_from_string ("nonsense"), ==, FV_PLAN_ACTION_PLANNED);
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(FvActionPlan) plan = fv_action_plan_new ();
  g_autoptr(FvActionPlan) loaded = NULL;
  g_autoptr(FvPlanAction) action = fv_plan_action_new ();
  g_autoptr(FvPlanAction) second = fv_plan_action_new ();
  g_autoptr(FvPlanAction) bad = fv_plan_action_new ();
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  FvPlanProgress progress;
  FvPlanGoal *goal;
  gint64 goal1, goal2, norge;

  norge = add_organisation (fixture, "Frivillighet Norge");
  add_organisation (fixture, "Lierposten");

  plan->title = g_strdup ("  Tiltaksplan for frivillighet i Lier  ");
  plan->period = g_strdup ("2015–2016");
  plan->description = g_strdup ("Utarbeidet av referansegruppen.");
  g_assert_true (fv_plan_store_save (fixture->database, plan, &error));
  g_assert_no_error (error);
  g_assert_cmpint (plan->id, >, 0);
  g_assert_cmpuint (changes (fixture), ==, 1);

  goal1 = fv_plan_store_add_goal (fixture->database, plan->id, "Bedre tilgang til lokaler", &error);
  g_assert_no_error (error);
  goal2 = fv_plan_store_add_goal (fixture->database, plan->id, "Rekruttering av frivillige", &error);
  g_assert_no_error (error);
  g_assert_cmpint (goal1, >, 0);
  g_assert_cmpint (fv_plan_store_add_goal (fixture->database, plan->id, " ", &error), ==, 0);
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (fv_plan_store_add_goal (fixture->database, 999, "Ingen plan", &error), ==, 0);
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  action->goal_id = goal2;
  action->text = g_strdup ("Kampanje for unge frivillige");
  action->responsible = g_strdup ("Kulturkontoret");
  action->deadline = g_strdup ("2016-05-31");
  fv_plan_action_set_partners_text (action, "lierposten, Frivillighet Norge");
  g_assert_true (fv_plan_store_save_action (fixture->database, action, &error));
  g_assert_no_error (error);
  g_assert_cmpint (action->id, >, 0);

  second->goal_id = goal2;
  second->text = g_strdup ("Frivillighetsbørs på biblioteket");
  second->status = FV_PLAN_ACTION_DONE;
  g_assert_true (fv_plan_store_save_action (fixture->database, second, &error));

  /* A partner the register does not know is refused, and nothing is written. */
  bad->goal_id = goal1;
  bad->text = g_strdup ("Kartlegge lokaler");
  fv_plan_action_set_partners_text (bad, "Ukjent forening");
  g_assert_false (fv_plan_store_save_action (fixture->database, bad, &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "Ukjent forening"));
  g_clear_error (&error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM plan_action;"), ==, 2);

  loaded = fv_plan_store_load (fixture->database, plan->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (loaded->title, ==, "Tiltaksplan for frivillighet i Lier");
  g_assert_cmpstr (loaded->period, ==, "2015–2016");
  g_assert_cmpuint (loaded->goals->len, ==, 2);
  goal = loaded->goals->pdata[1];
  g_assert_cmpstr (goal->text, ==, "Rekruttering av frivillige");
  g_assert_cmpuint (goal->actions->len, ==, 2);
  {
    FvPlanAction *first = goal->actions->pdata[0];

    g_assert_cmpstr (first->text, ==, "Kampanje for unge frivillige");
    g_assert_cmpstr (first->deadline, ==, "2016-05-31");
    g_assert_cmpuint (first->partners->len, ==, 2);
    g_assert_cmpstr (first->partners->pdata[0], ==, "Frivillighet Norge");
    g_assert_cmpstr (first->partners->pdata[1], ==, "Lierposten");
    g_assert_cmpint (((FvPlanAction *) goal->actions->pdata[1])->status, ==, FV_PLAN_ACTION_DONE);
  }

  fv_action_plan_get_progress (loaded, "2016-06-01", &progress);
  g_assert_cmpuint (progress.total, ==, 2);
  g_assert_cmpuint (progress.by_status[FV_PLAN_ACTION_PLANNED], ==, 1);
  g_assert_cmpuint (progress.by_status[FV_PLAN_ACTION_DONE], ==, 1);
  g_assert_cmpuint (progress.overdue, ==, 1);
  fv_action_plan_get_progress (loaded, "2016-05-31", &progress);
  g_assert_cmpuint (progress.overdue, ==, 0);

  /* Status, edits, and an organisation leaving the register. */
  g_assert_true (fv_plan_store_set_action_status (fixture->database, action->id, FV_PLAN_ACTION_IN_PROGRESS, &error));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM plan_action WHERE status = 'in-progress';"), ==, 1);
  g_assert_true (fv_plan_store_edit_goal (fixture->database, goal1, "Tilgang til lokaler", &error));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM plan_goal WHERE text = 'Tilgang til lokaler';"), ==, 1);
  g_assert_true (fv_organisation_store_delete (fixture->database, norge, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM plan_action_partner;"), ==, 1);

  list = fv_plan_store_list (fixture->database, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);

  /* Deletes cascade: goal → actions → partners; plan → goals. */
  g_assert_true (fv_plan_store_delete_action (fixture->database, second->id, &error));
  g_assert_false (fv_plan_store_delete_action (fixture->database, second->id, &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (fv_plan_store_delete_goal (fixture->database, goal2, &error));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM plan_action;"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM plan_action_partner;"), ==, 0);
  g_assert_true (fv_plan_store_delete (fixture->database, plan->id, &error));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM plan_goal;"), ==, 0);
  g_assert_no_error (error);
  g_assert_cmpuint (changes (fixture), >=, 10);
}

static void
test_constraints (Fixture       *fixture,
                  gconstpointer  data)
{
  sqlite3 *db = fv_database_get_handle (fixture->database);

  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO action_plan (title) VALUES ('');", NULL, NULL, NULL), !=, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO action_plan (id, title) VALUES (1, 'P');"
                                     "INSERT INTO plan_goal (id, plan_id, rank, text) VALUES (1, 1, 1, 'G');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO plan_action (goal_id, rank, text, status) VALUES (1, 1, 'A', 'late');",
                                 NULL, NULL, NULL), !=, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO plan_action (goal_id, rank, text, deadline) VALUES (1, 1, 'A', '31.12.2025');",
                                 NULL, NULL, NULL), !=, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO plan_action (goal_id, rank, text, deadline) VALUES (1, 1, 'A', '2025-12-31');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
}

static void
test_demo (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FvActionPlan) plan = NULL;

  g_assert_true (fv_demo_fill (fixture->database, &error));
  g_assert_no_error (error);
  plan = fv_plan_store_load (fixture->database, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (plan->title, ==, "Tiltaksplan for frivillighet i Lier 2015–2016");
  g_assert_cmpuint (plan->goals->len, ==, 4);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM plan_action;"), >=, 8);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM plan_action_partner p JOIN organisation o"
                                   " ON o.id = p.organisation_id WHERE o.name = 'Frivillighet Norge';"), >=, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan-store/check", test_check);
  g_test_add ("/plan-store/round-trip", Fixture, NULL, fixture_set_up, test_round_trip, fixture_tear_down);
  g_test_add ("/plan-store/constraints", Fixture, NULL, fixture_set_up, test_constraints, fixture_tear_down);
  g_test_add ("/plan-store/demo", Fixture, NULL, fixture_set_up, test_demo, fixture_tear_down);

  return g_test_run ();
}
