/* test-plan-store.c — action plans: checked, kept with their goals, actions
 * and partners in order, the progress counted, deletes cascading, goals and
 * actions reordered without gaps, a deleted plan or goal put back by Undo
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "fv-demo.h"
#include "fv-organisation-store.h"
#include "fv-plan-store.h"
#include "fv-test-db.h"
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
  fixture->dir = fv_test_make_dir ();
  fixture->database = fv_test_db_open (fixture->dir, FALSE);
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
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM plan_action;"), ==, 2);

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
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM plan_action WHERE status = 'in-progress';"), ==, 1);
  g_assert_true (fv_plan_store_edit_goal (fixture->database, goal1, "Tilgang til lokaler", &error));
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM plan_goal WHERE text = 'Tilgang til lokaler';"), ==, 1);
  g_assert_true (fv_organisation_store_delete (fixture->database, norge, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM plan_action_partner;"), ==, 1);

  list = fv_plan_store_list (fixture->database, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);

  /* Deletes cascade: goal → actions → partners; plan → goals. */
  g_assert_true (fv_plan_store_delete_action (fixture->database, second->id, &error));
  g_assert_false (fv_plan_store_delete_action (fixture->database, second->id, &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (fv_plan_store_delete_goal (fixture->database, goal2, &error));
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM plan_action;"), ==, 0);
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM plan_action_partner;"), ==, 0);
  g_assert_true (fv_plan_store_delete (fixture->database, plan->id, &error));
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM plan_goal;"), ==, 0);
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
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM plan_action;"), >=, 8);
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM plan_action_partner p JOIN organisation o"
                                   " ON o.id = p.organisation_id WHERE o.name = 'Frivillighet Norge';"), >=, 2);

  /* The list's counts, in one query, agree with the loaded plan's. */
  for (guint i = 0; i < 3; i++)
    {
      const char *days[] = { "2015-01-01", "2016-01-01", "2017-01-01" };
      FvPlanProgress loaded, counted;

      fv_action_plan_get_progress (plan, days[i], &loaded);
      g_assert_true (fv_plan_store_get_progress (fixture->database, 1, days[i], &counted, &error));
      g_assert_no_error (error);
      g_assert_cmpmem (&counted, sizeof counted, &loaded, sizeof loaded);
    }
  {
    FvPlanProgress none;

    g_assert_true (fv_plan_store_get_progress (fixture->database, 999, NULL, &none, &error));
    g_assert_cmpuint (none.total, ==, 0);
  }
}

/* The ranks of the rows @sql lists, as "1,2,3", in their order. */
static char *
ranks (Fixture    *fixture,
       const char *sql)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  stmt = fv_database_prepare (fixture->database, sql, &error);
  g_assert_no_error (error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (text, "%s%s", text->len > 0 ? "," : "", (const char *) sqlite3_column_text (stmt, 0));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gint64
add_action (Fixture    *fixture,
            gint64      goal_id,
            const char *text)
{
  g_autoptr(FvPlanAction) action = fv_plan_action_new ();
  g_autoptr(GError) error = NULL;

  action->goal_id = goal_id;
  action->text = g_strdup (text);
  g_assert_true (fv_plan_store_save_action (fixture->database, action, &error));
  g_assert_no_error (error);
  return action->id;
}

#define GOALS "SELECT text || ':' || rank FROM plan_goal WHERE plan_id = 1 ORDER BY rank, id;"
#define ACTIONS "SELECT text || ':' || rank FROM plan_action WHERE goal_id = %" G_GINT64_FORMAT " ORDER BY rank, id;"

static void
test_reorder (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(FvActionPlan) plan = fv_action_plan_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *actions_sql = NULL;
  gint64 a, b, c, x, y, z;

  plan->title = g_strdup ("Plan");
  g_assert_true (fv_plan_store_save (fixture->database, plan, &error));
  g_assert_cmpint (plan->id, ==, 1);
  a = fv_plan_store_add_goal (fixture->database, 1, "A", &error);
  b = fv_plan_store_add_goal (fixture->database, 1, "B", &error);
  c = fv_plan_store_add_goal (fixture->database, 1, "C", &error);
  g_assert_no_error (error);
  x = add_action (fixture, b, "x");
  y = add_action (fixture, b, "y");
  z = add_action (fixture, b, "z");
  actions_sql = g_strdup_printf (ACTIONS, b);
  changes (fixture);
  fixture->n_changes = 0;

  /* Down, up, and past either end (which stops there). */
  g_assert_true (fv_plan_store_move_goal (fixture->database, a, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ranks (fixture, GOALS), ==, "B:1,A:2,C:3");
  g_assert_cmpuint (changes (fixture), ==, 1);
  g_assert_true (fv_plan_store_move_goal (fixture->database, c, -1, &error));
  g_assert_cmpstr (ranks (fixture, GOALS), ==, "B:1,C:2,A:3");
  g_assert_true (fv_plan_store_move_goal (fixture->database, b, -1, &error));
  g_assert_true (fv_plan_store_move_goal (fixture->database, a, 5, &error));
  g_assert_cmpstr (ranks (fixture, GOALS), ==, "B:1,C:2,A:3");

  /* The loaded plan follows the ranks. */
  {
    g_autoptr(FvActionPlan) loaded = fv_plan_store_load (fixture->database, 1, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (((FvPlanGoal *) loaded->goals->pdata[0])->text, ==, "B");
    g_assert_cmpuint (((FvPlanGoal *) loaded->goals->pdata[2])->rank, ==, 3);
  }

  /* Actions move within their goal. */
  g_assert_true (fv_plan_store_move_action (fixture->database, z, -1, &error));
  g_assert_cmpstr (ranks (fixture, actions_sql), ==, "x:1,z:2,y:3");
  g_assert_true (fv_plan_store_move_action (fixture->database, x, 1, &error));
  g_assert_cmpstr (ranks (fixture, actions_sql), ==, "z:1,x:2,y:3");
  g_assert_true (fv_plan_store_move_action (fixture->database, z, -1, &error));
  g_assert_cmpstr (ranks (fixture, actions_sql), ==, "z:1,x:2,y:3");

  /* Deleting closes the gap; a new one goes last. */
  g_assert_true (fv_plan_store_delete_action (fixture->database, z, &error));
  g_assert_cmpstr (ranks (fixture, actions_sql), ==, "x:1,y:2");
  add_action (fixture, b, "w");
  g_assert_cmpstr (ranks (fixture, actions_sql), ==, "x:1,y:2,w:3");
  g_assert_true (fv_plan_store_delete_goal (fixture->database, c, &error));
  g_assert_cmpstr (ranks (fixture, GOALS), ==, "B:1,A:2");
  fv_plan_store_add_goal (fixture->database, 1, "D", &error);
  g_assert_cmpstr (ranks (fixture, GOALS), ==, "B:1,A:2,D:3");

  /* A gap left behind by an older version closes on the next move. */
  g_assert_cmpint (sqlite3_exec (fv_database_get_handle (fixture->database),
                                 "UPDATE plan_goal SET rank = rank * 10;", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_true (fv_plan_store_move_goal (fixture->database, a, -1, &error));
  g_assert_cmpstr (ranks (fixture, GOALS), ==, "A:1,B:2,D:3");

  /* Gone rows are said to be gone. */
  g_assert_false (fv_plan_store_move_goal (fixture->database, 999, 1, &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (fv_plan_store_move_action (fixture->database, 999, 1, &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Renaming a goal keeps its place; a blank name is refused. */
  g_assert_true (fv_plan_store_edit_goal (fixture->database, b, "  Rekruttering  ", &error));
  g_assert_cmpstr (ranks (fixture, GOALS), ==, "A:1,Rekruttering:2,D:3");
  g_assert_false (fv_plan_store_edit_goal (fixture->database, b, " ", &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  (void) y;
}

static void
test_restore (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(FvActionPlan) plan = fv_action_plan_new ();
  g_autoptr(FvActionPlan) kept = NULL;
  g_autoptr(FvActionPlan) back = NULL;
  g_autoptr(FvPlanAction) action = fv_plan_action_new ();
  g_autoptr(FvPlanGoal) goal = NULL;
  g_autoptr(GError) error = NULL;
  gint64 lokaler, rekruttering, norge;

  norge = add_organisation (fixture, "Frivillighet Norge");
  add_organisation (fixture, "Lierposten");
  plan->title = g_strdup ("Tiltaksplan for frivillighet i Lier");
  plan->period = g_strdup ("2015–2016");
  plan->description = g_strdup ("Utarbeidet av referansegruppen.");
  g_assert_true (fv_plan_store_save (fixture->database, plan, &error));
  lokaler = fv_plan_store_add_goal (fixture->database, plan->id, "Lokaler", &error);
  rekruttering = fv_plan_store_add_goal (fixture->database, plan->id, "Rekruttering", &error);
  fv_plan_store_add_goal (fixture->database, plan->id, "Møteplasser", &error);
  add_action (fixture, lokaler, "Kartlegge lokaler");
  action->goal_id = rekruttering;
  action->text = g_strdup ("Kampanje for unge frivillige");
  action->responsible = g_strdup ("Kulturkontoret");
  action->deadline = g_strdup ("2016-05-31");
  action->status = FV_PLAN_ACTION_IN_PROGRESS;
  action->note = g_strdup ("Med skolene");
  fv_plan_action_set_partners_text (action, "Frivillighet Norge, Lierposten");
  g_assert_true (fv_plan_store_save_action (fixture->database, action, &error));
  add_action (fixture, rekruttering, "Frivillighetsbørs");
  g_assert_no_error (error);

  /* The plan is deleted with everything under it, then put back as it was. */
  kept = fv_plan_store_load (fixture->database, plan->id, &error);
  g_assert_no_error (error);
  g_assert_true (fv_plan_store_delete (fixture->database, plan->id, &error));
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM plan_action;"), ==, 0);
  changes (fixture);
  fixture->n_changes = 0;
  g_assert_true (fv_plan_store_restore (fixture->database, kept, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes (fixture), ==, 1);
  back = fv_plan_store_load (fixture->database, plan->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (back->title, ==, kept->title);
  g_assert_cmpstr (back->period, ==, "2015–2016");
  g_assert_cmpstr (back->description, ==, "Utarbeidet av referansegruppen.");
  g_assert_cmpstr (back->created_at, ==, kept->created_at);
  g_assert_cmpuint (back->goals->len, ==, 3);
  g_assert_cmpstr (ranks (fixture, GOALS), ==, "Lokaler:1,Rekruttering:2,Møteplasser:3");
  {
    FvPlanGoal *second = back->goals->pdata[1];
    FvPlanAction *first;

    g_assert_cmpint (second->id, ==, rekruttering);
    g_assert_cmpuint (second->actions->len, ==, 2);
    first = second->actions->pdata[0];
    g_assert_cmpint (first->id, ==, action->id);
    g_assert_cmpstr (first->text, ==, "Kampanje for unge frivillige");
    g_assert_cmpstr (first->responsible, ==, "Kulturkontoret");
    g_assert_cmpstr (first->deadline, ==, "2016-05-31");
    g_assert_cmpstr (first->note, ==, "Med skolene");
    g_assert_cmpint (first->status, ==, FV_PLAN_ACTION_IN_PROGRESS);
    g_assert_cmpuint (first->partners->len, ==, 2);
    g_assert_cmpstr (((FvPlanAction *) second->actions->pdata[1])->text, ==, "Frivillighetsbørs");
  }

  /* Putting it back twice is refused, and changes nothing. */
  g_assert_false (fv_plan_store_restore (fixture->database, kept, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM plan_goal;"), ==, 3);

  /* A goal comes back in its place with its actions; a partner that left
   * the register meanwhile is left out. */
  goal = fv_plan_goal_copy (back->goals->pdata[1]);
  g_assert_true (fv_plan_store_delete_goal (fixture->database, rekruttering, &error));
  g_assert_cmpstr (ranks (fixture, GOALS), ==, "Lokaler:1,Møteplasser:2");
  g_assert_true (fv_organisation_store_delete (fixture->database, norge, NULL, &error));
  g_assert_true (fv_plan_store_restore_goal (fixture->database, goal, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ranks (fixture, GOALS), ==, "Lokaler:1,Rekruttering:2,Møteplasser:3");
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM plan_action;"), ==, 3);
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM plan_action_partner;"), ==, 1);

  /* Not without its plan. */
  g_assert_true (fv_plan_store_delete_goal (fixture->database, rekruttering, &error));
  g_assert_true (fv_plan_store_delete (fixture->database, plan->id, &error));
  g_assert_false (fv_plan_store_restore_goal (fixture->database, goal, &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_NOT_FOUND);
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM plan_goal;"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan-store/check", test_check);
  g_test_add ("/plan-store/round-trip", Fixture, NULL, fixture_set_up, test_round_trip, fixture_tear_down);
  g_test_add ("/plan-store/constraints", Fixture, NULL, fixture_set_up, test_constraints, fixture_tear_down);
  g_test_add ("/plan-store/reorder", Fixture, NULL, fixture_set_up, test_reorder, fixture_tear_down);
  g_test_add ("/plan-store/restore", Fixture, NULL, fixture_set_up, test_restore, fixture_tear_down);
  g_test_add ("/plan-store/demo", Fixture, NULL, fixture_set_up, test_demo, fixture_tear_down);

  return g_test_run ();
}
