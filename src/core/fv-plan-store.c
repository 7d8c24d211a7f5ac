/* fv-plan-store.c — action plans (tiltaksplan): goals, actions, partners
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A plan is one row of `action_plan`; its goals (mål) are `plan_goal` rows in
 * order, each with its actions (tiltak) in `plan_action`, and the partners of
 * an action are organisations of the register in `plan_action_partner`.
 * Every write is one short transaction with bound values and notes the
 * change, so `changed::action_plan` reaches the views. Partners are named as
 * the register names them; a name the register does not know is refused.
 *
 * The goals of a plan and the actions of a goal are ranked 1..n without gaps:
 * deleting renumbers the rest, moving swaps a neighbour, so what is printed
 * as "Goal 3" is always the third. A deleted plan or goal can be put back,
 * with its ids, for the Undo of a toast.
 */

#define G_LOG_DOMAIN "fv-plan-store"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "fv-plan-store.h"
#include "fv-validate.h"
#include "fv-sql.h"

#define NOW_SQL "strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')"
#define CHANGE "action_plan"

/* Statuses ------------------------------------------------------------------ */

static const char * const status_names[FV_PLAN_ACTION_N_STATUSES] = {
  "planned", "in-progress", "done", "dropped",
};

const char *
fv_plan_action_status_to_string (FvPlanActionStatus status)
{
  g_return_val_if_fail (status < FV_PLAN_ACTION_N_STATUSES, "planned");

  return status_names[status];
}

FvPlanActionStatus
fv_plan_action_status_from_string (const char *text)
{
  for (guint i = 0; i < FV_PLAN_ACTION_N_STATUSES; i++)
    if (g_strcmp0 (text, status_names[i]) == 0)
      return (FvPlanActionStatus) i;
  return FV_PLAN_ACTION_PLANNED;
}

/* The status as the coordinator reads it. */
const char *
fv_plan_action_status_label (FvPlanActionStatus status)
{
  switch (status)
    {
    case FV_PLAN_ACTION_IN_PROGRESS:
      /* Translators: the status of an action (tiltak) in an action plan */
      return _("In progress");
    case FV_PLAN_ACTION_DONE:
      /* Translators: the status of an action (tiltak) in an action plan */
      return _("Done");
    case FV_PLAN_ACTION_DROPPED:
      /* Translators: the status of an action (tiltak) in an action plan */
      return _("Dropped");
    case FV_PLAN_ACTION_PLANNED:
    case FV_PLAN_ACTION_N_STATUSES:
    default:
      /* Translators: the status of an action (tiltak) in an action plan */
      return _("Planned");
    }
}

/* Records ------------------------------------------------------------------- */

FvPlanAction *
fv_plan_action_new (void)
{
  FvPlanAction *action = g_new0 (FvPlanAction, 1);

  action->partners = g_ptr_array_new_with_free_func (g_free);
  return action;
}

FvPlanAction *
fv_plan_action_copy (const FvPlanAction *action)
{
  FvPlanAction *copy;

  g_return_val_if_fail (action != NULL, NULL);

  copy = fv_plan_action_new ();
  copy->id = action->id;
  copy->goal_id = action->goal_id;
  copy->rank = action->rank;
  copy->text = g_strdup (action->text);
  copy->responsible = g_strdup (action->responsible);
  copy->deadline = g_strdup (action->deadline);
  copy->status = action->status;
  copy->note = g_strdup (action->note);
  for (guint i = 0; action->partners != NULL && i < action->partners->len; i++)
    g_ptr_array_add (copy->partners, g_strdup (action->partners->pdata[i]));
  return copy;
}

void
fv_plan_action_free (FvPlanAction *action)
{
  if (action == NULL)
    return;
  g_free (action->text);
  g_free (action->responsible);
  g_free (action->deadline);
  g_free (action->note);
  g_clear_pointer (&action->partners, g_ptr_array_unref);
  g_free (action);
}

static FvPlanGoal *
goal_new (void)
{
  FvPlanGoal *goal = g_new0 (FvPlanGoal, 1);

  goal->actions = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_plan_action_free);
  return goal;
}

FvPlanGoal *
fv_plan_goal_copy (const FvPlanGoal *goal)
{
  FvPlanGoal *copy;

  g_return_val_if_fail (goal != NULL, NULL);

  copy = goal_new ();
  copy->id = goal->id;
  copy->plan_id = goal->plan_id;
  copy->rank = goal->rank;
  copy->text = g_strdup (goal->text);
  for (guint j = 0; goal->actions != NULL && j < goal->actions->len; j++)
    g_ptr_array_add (copy->actions, fv_plan_action_copy (goal->actions->pdata[j]));
  return copy;
}

void
fv_plan_goal_free (FvPlanGoal *goal)
{
  if (goal == NULL)
    return;
  g_free (goal->text);
  g_clear_pointer (&goal->actions, g_ptr_array_unref);
  g_free (goal);
}

FvActionPlan *
fv_action_plan_new (void)
{
  FvActionPlan *plan = g_new0 (FvActionPlan, 1);

  plan->goals = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_plan_goal_free);
  return plan;
}

FvActionPlan *
fv_action_plan_copy (const FvActionPlan *plan)
{
  FvActionPlan *copy;

  g_return_val_if_fail (plan != NULL, NULL);

  copy = fv_action_plan_new ();
  copy->id = plan->id;
  copy->title = g_strdup (plan->title);
  copy->period = g_strdup (plan->period);
  copy->description = g_strdup (plan->description);
  copy->created_at = g_strdup (plan->created_at);
  copy->updated_at = g_strdup (plan->updated_at);
  for (guint i = 0; plan->goals != NULL && i < plan->goals->len; i++)
    g_ptr_array_add (copy->goals, fv_plan_goal_copy (plan->goals->pdata[i]));
  return copy;
}

void
fv_action_plan_free (FvActionPlan *plan)
{
  if (plan == NULL)
    return;
  g_free (plan->title);
  g_free (plan->period);
  g_free (plan->description);
  g_free (plan->created_at);
  g_free (plan->updated_at);
  g_clear_pointer (&plan->goals, g_ptr_array_unref);
  g_free (plan);
}

/**
 * fv_action_plan_check:
 *
 * Returns: (transfer full) (element-type FvFieldProblem): what is wrong with
 *   the plan's own fields, empty when nothing is
 */
GPtrArray *
fv_action_plan_check (const FvActionPlan *plan)
{
  GPtrArray *problems = fv_field_problems_new ();

  if (fv_text_is_blank (plan->title))
    fv_field_problems_add (problems, "title", _("The action plan needs a title."));
  return problems;
}

/**
 * fv_plan_action_check:
 *
 * Returns: (transfer full) (element-type FvFieldProblem): what is wrong, empty
 *   when nothing is
 */
GPtrArray *
fv_plan_action_check (const FvPlanAction *action)
{
  GPtrArray *problems = fv_field_problems_new ();

  if (fv_text_is_blank (action->text))
    fv_field_problems_add (problems, "text", _("Describe the action."));
  if (!fv_text_is_blank (action->deadline) && !fv_iso_date_parse (action->deadline, NULL))
    fv_field_problems_add (problems, "deadline",
                           _("Write the deadline as day.month.year, for example 31.12.2025, or leave it empty."));
  return problems;
}

/* Names separated by commas or new lines; blanks and repeats are dropped. */
void
fv_plan_action_set_partners_text (FvPlanAction *action,
                                  const char   *text)
{
  g_auto(GStrv) names = g_strsplit_set (text != NULL ? text : "", ",\n", -1);

  g_ptr_array_set_size (action->partners, 0);
  for (guint i = 0; names[i] != NULL; i++)
    {
      char *name = g_strstrip (names[i]);
      gboolean seen = FALSE;

      for (guint j = 0; j < action->partners->len && !seen; j++)
        seen = g_utf8_collate (action->partners->pdata[j], name) == 0;
      if (*name != '\0' && !seen)
        g_ptr_array_add (action->partners, g_strdup (name));
    }
}

char *
fv_plan_action_get_partners_text (const FvPlanAction *action)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; action->partners != NULL && i < action->partners->len; i++)
    {
      if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, action->partners->pdata[i]);
    }
  return g_string_free (text, FALSE);
}

/**
 * fv_action_plan_get_progress:
 * @today: (nullable): ISO date the deadlines are measured against; %NULL for today
 *
 * Counts the plan's actions by status, and those overdue: planned or in
 * progress with a deadline before @today.
 */
void
fv_action_plan_get_progress (const FvActionPlan *plan,
                             const char         *today,
                             FvPlanProgress     *progress)
{
  g_autofree char *now = NULL;

  g_return_if_fail (plan != NULL && progress != NULL);

  memset (progress, 0, sizeof *progress);
  if (today == NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_new_now_local ();

      today = now = g_date_time_format (local, "%Y-%m-%d");
    }
  for (guint i = 0; i < plan->goals->len; i++)
    {
      FvPlanGoal *goal = plan->goals->pdata[i];

      for (guint j = 0; j < goal->actions->len; j++)
        {
          FvPlanAction *action = goal->actions->pdata[j];

          progress->total++;
          progress->by_status[action->status]++;
          if ((action->status == FV_PLAN_ACTION_PLANNED || action->status == FV_PLAN_ACTION_IN_PROGRESS) &&
              action->deadline != NULL && strcmp (action->deadline, today) < 0)
            progress->overdue++;
        }
    }
}

/* Helpers ------------------------------------------------------------------- */

static void
set_read_error (FvDatabase  *database,
                GError     **error)
{
  g_set_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_FAILED,
               /* Translators: %s is SQLite's explanation */
               _("Could not read the action plans: %s"),
               sqlite3_errmsg (fv_database_get_handle (database)));
}

static void
set_gone_error (GError **error)
{
  g_set_error_literal (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_NOT_FOUND,
                       _("The action plan is no longer in the database."));
}

static gboolean
set_problem_error (GPtrArray  *problems,
                   GError    **error)
{
  FvFieldProblem *first;

  if (problems->len == 0)
    return FALSE;
  first = problems->pdata[0];
  g_set_error_literal (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT, first->message);
  return TRUE;
}

#define PLAN_SELECT "SELECT id, title, period, description, created_at, updated_at FROM action_plan"

static FvActionPlan *
read_plan (sqlite3_stmt *stmt)
{
  FvActionPlan *plan = fv_action_plan_new ();

  plan->id = sqlite3_column_int64 (stmt, 0);
  plan->title = fv_sql_dup_text (stmt, 1);
  plan->period = fv_sql_dup_text (stmt, 2);
  plan->description = fv_sql_dup_text (stmt, 3);
  plan->created_at = fv_sql_dup_text (stmt, 4);
  plan->updated_at = fv_sql_dup_text (stmt, 5);
  return plan;
}

/* Runs a one-row write in its own transaction and notes the change. @stmt
 * is %NULL when it did not prepare: the transaction is rolled back then too. */
static gboolean
run_write (FvDatabase    *database,
           sqlite3_stmt  *stmt,
           gint64         changed_id,
           GError       **error)
{
  if (stmt == NULL || !fv_database_step_done (database, stmt, error))
    goto fail;
  if (sqlite3_changes (fv_database_get_handle (database)) == 0)
    {
      set_gone_error (error);
      goto fail;
    }
  fv_database_note_change (database, CHANGE, changed_id);
  return fv_database_commit (database, error);

fail:
  fv_database_rollback (database);
  return FALSE;
}

/* Ranked rows ------------------------------------------------------------------ */

/* The goals of a plan and the actions of a goal are kept in order the same
 * way; this holds the SQL that differs between the two. */
typedef struct
{
  const char *parent_sql;     /* the row's parent (?1 the row) */
  const char *delete_sql;     /* deletes the row (?1) */
  const char *renumber_sql;   /* ranks the parent's (?1) rows 1..n in order */
  const char *siblings_sql;   /* the ids under the row's (?1) parent, in order */
  const char *set_rank_sql;   /* gives the row ?1 the rank ?2 */
} RankedRows;

static const RankedRows goal_rows = {
  "SELECT plan_id FROM plan_goal WHERE id = ?1;",
  "DELETE FROM plan_goal WHERE id = ?1;",
  "UPDATE plan_goal SET rank = r.n FROM (SELECT id, row_number () OVER (ORDER BY rank, id) AS n"
  " FROM plan_goal WHERE plan_id = ?1) AS r"
  " WHERE plan_goal.id = r.id AND plan_goal.rank <> r.n;",
  "SELECT id FROM plan_goal WHERE plan_id = (SELECT plan_id FROM plan_goal WHERE id = ?1)"
  " ORDER BY rank, id;",
  "UPDATE plan_goal SET rank = ?2 WHERE id = ?1 AND rank <> ?2;",
};

static const RankedRows action_rows = {
  "SELECT goal_id FROM plan_action WHERE id = ?1;",
  "DELETE FROM plan_action WHERE id = ?1;",
  "UPDATE plan_action SET rank = r.n FROM (SELECT id, row_number () OVER (ORDER BY rank, id) AS n"
  " FROM plan_action WHERE goal_id = ?1) AS r"
  " WHERE plan_action.id = r.id AND plan_action.rank <> r.n;",
  "SELECT id FROM plan_action WHERE goal_id = (SELECT goal_id FROM plan_action WHERE id = ?1)"
  " ORDER BY rank, id;",
  "UPDATE plan_action SET rank = ?2 WHERE id = ?1 AND rank <> ?2;",
};

/* Ranks the rows under @parent_id 1..n in their order, closing any gap. */
static gboolean
renumber (FvDatabase        *database,
          const RankedRows  *rows,
          gint64             parent_id,
          GError           **error)
{
  return fv_database_run_with_id (database, rows->renumber_sql, parent_id, error);
}

/* The id of the row's parent (?1 bound to the row's id), or 0 when the row is gone. */
static gint64
parent_of (FvDatabase  *database,
           const char  *sql,
           gint64       id,
           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = fv_database_prepare (database, sql, error);
  int rc;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  if (rc != SQLITE_DONE)
    {
      set_read_error (database, error);
      return -1;
    }
  set_gone_error (error);
  return 0;
}

/* Deletes the row in a transaction of its own; the rows after it move up one. */
static gboolean
delete_ranked (FvDatabase        *database,
               const RankedRows  *rows,
               gint64             id,
               GError           **error)
{
  gint64 parent_id;

  if (!fv_database_begin (database, error))
    return FALSE;
  parent_id = parent_of (database, rows->parent_sql, id, error);
  if (parent_id <= 0 ||
      !fv_database_run_with_id (database, rows->delete_sql, id, error) ||
      !renumber (database, rows, parent_id, error))
    {
      fv_database_rollback (database);
      return FALSE;
    }
  fv_database_note_change (database, CHANGE, id);
  return fv_database_commit (database, error);
}

/* Reading ------------------------------------------------------------------- */

/**
 * fv_plan_store_list:
 *
 * Returns: (transfer full) (element-type FvActionPlan): every plan, by title,
 *   without its goals
 */
GPtrArray *
fv_plan_store_list (FvDatabase  *database,
                    GError     **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_action_plan_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (FV_IS_DATABASE (database), NULL);

  stmt = fv_database_prepare (database, PLAN_SELECT " ORDER BY title, id;", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, read_plan (stmt));
  if (rc != SQLITE_DONE)
    {
      set_read_error (database, error);
      return NULL;
    }
  return g_steal_pointer (&list);
}

/**
 * fv_plan_store_get_progress:
 * @today: (nullable): ISO date the deadlines are measured against; %NULL for today
 *
 * Counts the plan's actions as fv_action_plan_get_progress() does, in one
 * query and without loading the plan: what the list of plans shows.
 */
gboolean
fv_plan_store_get_progress (FvDatabase      *database,
                            gint64           plan_id,
                            const char      *today,
                            FvPlanProgress  *progress,
                            GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = NULL;
  int rc;

  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (progress != NULL, FALSE);

  memset (progress, 0, sizeof *progress);
  if (today == NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_new_now_local ();

      today = now = g_date_time_format (local, "%Y-%m-%d");
    }
  stmt = fv_database_prepare (database,
                              "SELECT a.status, count (*), sum (a.status IN ('planned', 'in-progress')"
                              " AND a.deadline < ?2) FROM plan_action a JOIN plan_goal g ON g.id = a.goal_id"
                              " WHERE g.plan_id = ?1 GROUP BY a.status;", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  sqlite3_bind_text (stmt, 2, today, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FvPlanActionStatus status = fv_plan_action_status_from_string ((const char *) sqlite3_column_text (stmt, 0));
      guint n = (guint) sqlite3_column_int (stmt, 1);

      progress->by_status[status] += n;
      progress->total += n;
      progress->overdue += (guint) sqlite3_column_int (stmt, 2);
    }
  if (rc != SQLITE_DONE)
    {
      set_read_error (database, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_partners (FvDatabase    *database,
               FvPlanAction  *action,
               GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = fv_database_prepare (database,
                              "SELECT o.name FROM plan_action_partner p JOIN organisation o"
                              " ON o.id = p.organisation_id WHERE p.action_id = ?1 ORDER BY o.name, o.id;",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, action->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (action->partners, fv_sql_dup_text (stmt, 0));
  if (rc != SQLITE_DONE)
    {
      set_read_error (database, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_actions (FvDatabase  *database,
              FvPlanGoal  *goal,
              GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = fv_database_prepare (database,
                              "SELECT id, rank, text, responsible, deadline, status, note FROM plan_action"
                              " WHERE goal_id = ?1 ORDER BY rank, id;", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, goal->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FvPlanAction *action = fv_plan_action_new ();

      action->id = sqlite3_column_int64 (stmt, 0);
      action->goal_id = goal->id;
      action->rank = (guint) sqlite3_column_int (stmt, 1);
      action->text = fv_sql_dup_text (stmt, 2);
      action->responsible = fv_sql_dup_text (stmt, 3);
      action->deadline = fv_sql_dup_text (stmt, 4);
      action->status = fv_plan_action_status_from_string ((const char *) sqlite3_column_text (stmt, 5));
      action->note = fv_sql_dup_text (stmt, 6);
      g_ptr_array_add (goal->actions, action);
    }
  if (rc != SQLITE_DONE)
    {
      set_read_error (database, error);
      return FALSE;
    }
  for (guint i = 0; i < goal->actions->len; i++)
    if (!read_partners (database, goal->actions->pdata[i], error))
      return FALSE;
  return TRUE;
}

/**
 * fv_plan_store_load:
 *
 * Returns: (transfer full): the plan with its goals, actions and partners
 */
FvActionPlan *
fv_plan_store_load (FvDatabase  *database,
                    gint64       id,
                    GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(sqlite3_stmt) goals = NULL;
  g_autoptr(FvActionPlan) plan = NULL;
  int rc;

  g_return_val_if_fail (FV_IS_DATABASE (database), NULL);

  stmt = fv_database_prepare (database, PLAN_SELECT " WHERE id = ?1;", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      set_gone_error (error);
      return NULL;
    }
  plan = read_plan (stmt);

  goals = fv_database_prepare (database, "SELECT id, rank, text FROM plan_goal WHERE plan_id = ?1"
                                         " ORDER BY rank, id;", error);
  if (goals == NULL)
    return NULL;
  sqlite3_bind_int64 (goals, 1, id);
  while ((rc = sqlite3_step (goals)) == SQLITE_ROW)
    {
      FvPlanGoal *goal = goal_new ();

      goal->id = sqlite3_column_int64 (goals, 0);
      goal->plan_id = id;
      goal->rank = (guint) sqlite3_column_int (goals, 1);
      goal->text = fv_sql_dup_text (goals, 2);
      g_ptr_array_add (plan->goals, goal);
    }
  if (rc != SQLITE_DONE)
    {
      set_read_error (database, error);
      return NULL;
    }
  for (guint i = 0; i < plan->goals->len; i++)
    if (!read_actions (database, plan->goals->pdata[i], error))
      return NULL;
  return g_steal_pointer (&plan);
}

/* Plans --------------------------------------------------------------------- */

/**
 * fv_plan_store_save:
 * @plan: the plan; a new one (id 0) gets its id
 *
 * Writes the plan's own fields (not its goals) after checking them.
 */
gboolean
fv_plan_store_save (FvDatabase    *database,
                    FvActionPlan  *plan,
                    GError       **error)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *title = NULL;
  g_autofree char *period = NULL;
  gboolean insert;

  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (plan != NULL, FALSE);

  problems = fv_action_plan_check (plan);
  if (set_problem_error (problems, error))
    return FALSE;
  insert = plan->id == 0;
  title = g_strstrip (g_strdup (plan->title));
  period = g_strstrip (g_strdup (plan->period != NULL ? plan->period : ""));

  if (!fv_database_begin (database, error))
    return FALSE;
  if (insert)
    stmt = fv_database_prepare (database, "INSERT INTO action_plan (title, period, description)"
                                          " VALUES (?2, ?3, ?4);", error);
  else
    stmt = fv_database_prepare (database, "UPDATE action_plan SET title = ?2, period = ?3, description = ?4,"
                                          " updated_at = " NOW_SQL " WHERE id = ?1;", error);
  if (stmt == NULL)
    {
      fv_database_rollback (database);
      return FALSE;
    }
  if (!insert)
    sqlite3_bind_int64 (stmt, 1, plan->id);
  fv_sql_bind_text (stmt, 2, title);
  fv_sql_bind_text (stmt, 3, period);
  sqlite3_bind_text (stmt, 4, plan->description != NULL ? plan->description : "", -1, SQLITE_TRANSIENT);
  if (insert)
    {
      if (!fv_database_step_done (database, stmt, error))
        {
          fv_database_rollback (database);
          return FALSE;
        }
      plan->id = sqlite3_last_insert_rowid (fv_database_get_handle (database));
      fv_database_note_change (database, CHANGE, plan->id);
      return fv_database_commit (database, error);
    }
  return run_write (database, stmt, plan->id, error);
}

gboolean
fv_plan_store_delete (FvDatabase  *database,
                      gint64       id,
                      GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);

  if (!fv_database_begin (database, error))
    return FALSE;
  stmt = fv_database_prepare (database, "DELETE FROM action_plan WHERE id = ?1;", error);
  if (stmt != NULL)
    sqlite3_bind_int64 (stmt, 1, id);
  return run_write (database, stmt, id, error);
}

/* Goals --------------------------------------------------------------------- */

/**
 * fv_plan_store_add_goal:
 *
 * Adds a goal after the plan's others.
 *
 * Returns: the new goal's id, or 0 on error
 */
gint64
fv_plan_store_add_goal (FvDatabase  *database,
                        gint64       plan_id,
                        const char  *text,
                        GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  gint64 id;

  g_return_val_if_fail (FV_IS_DATABASE (database), 0);

  if (*stripped == '\0')
    {
      g_set_error_literal (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT, _("Describe the goal."));
      return 0;
    }
  if (!fv_database_begin (database, error))
    return 0;
  stmt = fv_database_prepare (database,
                              "INSERT INTO plan_goal (plan_id, rank, text) SELECT ?1,"
                              " coalesce ((SELECT max (rank) FROM plan_goal WHERE plan_id = ?1), 0) + 1, ?2"
                              " WHERE EXISTS (SELECT 1 FROM action_plan WHERE id = ?1);", error);
  if (stmt == NULL)
    {
      fv_database_rollback (database);
      return 0;
    }
  sqlite3_bind_int64 (stmt, 1, plan_id);
  sqlite3_bind_text (stmt, 2, stripped, -1, SQLITE_TRANSIENT);
  if (!fv_database_step_done (database, stmt, error))
    {
      fv_database_rollback (database);
      return 0;
    }
  if (sqlite3_changes (fv_database_get_handle (database)) == 0)
    {
      set_gone_error (error);
      fv_database_rollback (database);
      return 0;
    }
  id = sqlite3_last_insert_rowid (fv_database_get_handle (database));
  fv_database_note_change (database, CHANGE, plan_id);
  if (!fv_database_commit (database, error))
    return 0;
  return id;
}

gboolean
fv_plan_store_edit_goal (FvDatabase  *database,
                         gint64       goal_id,
                         const char  *text,
                         GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);

  if (*stripped == '\0')
    {
      g_set_error_literal (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT, _("Describe the goal."));
      return FALSE;
    }
  if (!fv_database_begin (database, error))
    return FALSE;
  stmt = fv_database_prepare (database, "UPDATE plan_goal SET text = ?2 WHERE id = ?1;", error);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, goal_id);
      sqlite3_bind_text (stmt, 2, stripped, -1, SQLITE_TRANSIENT);
    }
  return run_write (database, stmt, goal_id, error);
}

/* Deletes the goal with its actions; the goals after it move up one. */
gboolean
fv_plan_store_delete_goal (FvDatabase  *database,
                           gint64       goal_id,
                           GError     **error)
{
  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);

  return delete_ranked (database, &goal_rows, goal_id, error);
}

/* Moves the row @id @offset places among its ordered siblings and writes
 * every rank that changes. A move past either end stops there. */
static gboolean
move_among (FvDatabase        *database,
            const RankedRows  *rows,
            gint64             id,
            int                offset,
            GError           **error)
{
  g_autoptr(sqlite3_stmt) siblings = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 moved;
  int from = -1, to;
  int rc;

  siblings = fv_database_prepare (database, rows->siblings_sql, error);
  if (siblings == NULL)
    return FALSE;
  sqlite3_bind_int64 (siblings, 1, id);
  while ((rc = sqlite3_step (siblings)) == SQLITE_ROW)
    {
      gint64 sibling = sqlite3_column_int64 (siblings, 0);

      if (sibling == id)
        from = (int) ids->len;
      g_array_append_val (ids, sibling);
    }
  if (rc != SQLITE_DONE)
    {
      set_read_error (database, error);
      return FALSE;
    }
  if (from < 0)
    {
      set_gone_error (error);
      return FALSE;
    }

  to = CLAMP (from + offset, 0, (int) ids->len - 1);
  moved = g_array_index (ids, gint64, from);
  g_array_remove_index (ids, from);
  g_array_insert_val (ids, to, moved);

  /* Every rank is written, so a gap left by an older version closes too. */
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(sqlite3_stmt) update = fv_database_prepare (database, rows->set_rank_sql, error);

      if (update == NULL)
        return FALSE;
      sqlite3_bind_int64 (update, 1, g_array_index (ids, gint64, i));
      sqlite3_bind_int (update, 2, (int) i + 1);
      if (!fv_database_step_done (database, update, error))
        return FALSE;
    }
  return TRUE;
}

/* Moves the row in a transaction of its own. */
static gboolean
move_ranked (FvDatabase        *database,
             const RankedRows  *rows,
             gint64             id,
             int                offset,
             GError           **error)
{
  if (!fv_database_begin (database, error))
    return FALSE;
  if (!move_among (database, rows, id, offset, error))
    {
      fv_database_rollback (database);
      return FALSE;
    }
  fv_database_note_change (database, CHANGE, id);
  return fv_database_commit (database, error);
}

/**
 * fv_plan_store_move_goal:
 * @offset: places to move: -1 one up (earlier), 1 one down
 *
 * Moves the goal among its plan's goals; they stay ranked 1..n.
 */
gboolean
fv_plan_store_move_goal (FvDatabase  *database,
                         gint64       goal_id,
                         int          offset,
                         GError     **error)
{
  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);

  return move_ranked (database, &goal_rows, goal_id, offset, error);
}

/* Actions ------------------------------------------------------------------- */

/* The register's organisation with this name (ignoring case), or 0. */
static gint64
find_organisation (FvDatabase  *database,
                   const char  *name,
                   GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *folded = g_utf8_casefold (name, -1);
  int rc;

  stmt = fv_database_prepare (database, "SELECT id, name FROM organisation ORDER BY active DESC, id;", error);
  if (stmt == NULL)
    return -1;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *other = g_utf8_casefold ((const char *) sqlite3_column_text (stmt, 1), -1);

      if (g_utf8_collate (folded, other) == 0 || strcmp (folded, other) == 0)
        return sqlite3_column_int64 (stmt, 0);
    }
  if (rc != SQLITE_DONE)
    {
      set_read_error (database, error);
      return -1;
    }
  g_set_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT,
               /* Translators: %s is a partner's name as typed */
               _("No organisation named “%s” in the register. Write partners as the register names them, "
                 "separated by commas."), name);
  return 0;
}

/* Names an organisation as a partner of the action, inside the open
 * transaction; naming it twice is no change. */
static gboolean
add_partner (FvDatabase  *database,
             gint64       action_id,
             gint64       organisation_id,
             GError     **error)
{
  g_autoptr(sqlite3_stmt) add = NULL;

  add = fv_database_prepare (database, "INSERT OR IGNORE INTO plan_action_partner (action_id, organisation_id)"
                                       " VALUES (?1, ?2);", error);
  if (add == NULL)
    return FALSE;
  sqlite3_bind_int64 (add, 1, action_id);
  sqlite3_bind_int64 (add, 2, organisation_id);
  return fv_database_step_done (database, add, error);
}

/**
 * fv_plan_store_save_action:
 * @action: the action, with its goal_id; a new one (id 0) gets its id and is
 *   put last under its goal
 *
 * Writes the action and its partners in one transaction after checking it.
 * Each partner must name an organisation in the register.
 */
gboolean
fv_plan_store_save_action (FvDatabase    *database,
                           FvPlanAction  *action,
                           GError       **error)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) partner_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *text = NULL;
  g_autofree char *responsible = NULL;
  g_autofree char *deadline = NULL;
  g_autofree char *note = NULL;
  gboolean insert;
  gint64 id;

  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (action != NULL, FALSE);

  problems = fv_plan_action_check (action);
  if (set_problem_error (problems, error))
    return FALSE;
  insert = action->id == 0;
  text = g_strstrip (g_strdup (action->text));
  responsible = g_strstrip (g_strdup (action->responsible != NULL ? action->responsible : ""));
  deadline = g_strstrip (g_strdup (action->deadline != NULL ? action->deadline : ""));
  note = g_strstrip (g_strdup (action->note != NULL ? action->note : ""));

  if (!fv_database_begin (database, error))
    return FALSE;

  for (guint i = 0; i < action->partners->len; i++)
    {
      gint64 organisation = find_organisation (database, action->partners->pdata[i], error);

      if (organisation <= 0)
        goto fail;
      g_array_append_val (partner_ids, organisation);
    }

  if (insert)
    stmt = fv_database_prepare (database,
                                "INSERT INTO plan_action (goal_id, rank, text, responsible, deadline, status, note)"
                                " VALUES (?2, coalesce ((SELECT max (rank) FROM plan_action WHERE goal_id = ?2), 0) + 1,"
                                " ?3, ?4, ?5, ?6, ?7);", error);
  else
    stmt = fv_database_prepare (database,
                                "UPDATE plan_action SET goal_id = ?2, text = ?3, responsible = ?4, deadline = ?5,"
                                " status = ?6, note = ?7, updated_at = " NOW_SQL " WHERE id = ?1;", error);
  if (stmt == NULL)
    goto fail;
  if (!insert)
    sqlite3_bind_int64 (stmt, 1, action->id);
  sqlite3_bind_int64 (stmt, 2, action->goal_id);
  fv_sql_bind_text (stmt, 3, text);
  fv_sql_bind_text (stmt, 4, responsible);
  fv_sql_bind_text (stmt, 5, deadline);
  sqlite3_bind_text (stmt, 6, fv_plan_action_status_to_string (action->status), -1, SQLITE_STATIC);
  fv_sql_bind_text (stmt, 7, note);
  if (!fv_database_step_done (database, stmt, error))
    goto fail;
  if (insert)
    id = sqlite3_last_insert_rowid (fv_database_get_handle (database));
  else if (sqlite3_changes (fv_database_get_handle (database)) == 0)
    {
      set_gone_error (error);
      goto fail;
    }
  else
    id = action->id;

  if (!fv_database_run_with_id (database, "DELETE FROM plan_action_partner WHERE action_id = ?1;", id, error))
    goto fail;
  for (guint i = 0; i < partner_ids->len; i++)
    if (!add_partner (database, id, g_array_index (partner_ids, gint64, i), error))
      goto fail;

  fv_database_note_change (database, CHANGE, id);
  if (!fv_database_commit (database, error))
    return FALSE;
  action->id = id;
  return TRUE;

fail:
  fv_database_rollback (database);
  return FALSE;
}

gboolean
fv_plan_store_set_action_status (FvDatabase          *database,
                                 gint64               action_id,
                                 FvPlanActionStatus   status,
                                 GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (status < FV_PLAN_ACTION_N_STATUSES, FALSE);

  if (!fv_database_begin (database, error))
    return FALSE;
  stmt = fv_database_prepare (database, "UPDATE plan_action SET status = ?2, updated_at = " NOW_SQL
                                        " WHERE id = ?1;", error);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, action_id);
      sqlite3_bind_text (stmt, 2, fv_plan_action_status_to_string (status), -1, SQLITE_STATIC);
    }
  return run_write (database, stmt, action_id, error);
}

/* Deletes the action; the actions after it under its goal move up one. */
gboolean
fv_plan_store_delete_action (FvDatabase  *database,
                             gint64       action_id,
                             GError     **error)
{
  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);

  return delete_ranked (database, &action_rows, action_id, error);
}

/**
 * fv_plan_store_move_action:
 * @offset: places to move: -1 one up (earlier), 1 one down
 *
 * Moves the action among its goal's actions; they stay ranked 1..n.
 */
gboolean
fv_plan_store_move_action (FvDatabase  *database,
                           gint64       action_id,
                           int          offset,
                           GError     **error)
{
  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);

  return move_ranked (database, &action_rows, action_id, offset, error);
}

/* Restoring -------------------------------------------------------------------- */

/* Inserts one action as it was, with its id and rank, inside the open
 * transaction. A partner deleted from the register meanwhile is left out:
 * the rest of the action still comes back. */
static gboolean
restore_action (FvDatabase          *database,
                gint64               goal_id,
                const FvPlanAction  *action,
                GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = fv_database_prepare (database,
                              "INSERT INTO plan_action (id, goal_id, rank, text, responsible, deadline, status, note)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8);", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, action->id);
  sqlite3_bind_int64 (stmt, 2, goal_id);
  sqlite3_bind_int (stmt, 3, (int) MAX (action->rank, 1));
  sqlite3_bind_text (stmt, 4, action->text, -1, SQLITE_TRANSIENT);
  fv_sql_bind_text (stmt, 5, action->responsible);
  fv_sql_bind_text (stmt, 6, action->deadline);
  sqlite3_bind_text (stmt, 7, fv_plan_action_status_to_string (action->status), -1, SQLITE_STATIC);
  fv_sql_bind_text (stmt, 8, action->note);
  if (!fv_database_step_done (database, stmt, error))
    return FALSE;

  for (guint i = 0; action->partners != NULL && i < action->partners->len; i++)
    {
      g_autoptr(GError) missing = NULL;
      gint64 organisation = find_organisation (database, action->partners->pdata[i], &missing);

      if (organisation < 0)
        {
          g_propagate_error (error, g_steal_pointer (&missing));
          return FALSE;
        }
      if (organisation != 0 && !add_partner (database, action->id, organisation, error))
        return FALSE;
    }
  return TRUE;
}

/* Inserts one goal and its actions as they were, inside the open transaction. */
static gboolean
restore_goal (FvDatabase        *database,
              gint64             plan_id,
              const FvPlanGoal  *goal,
              GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = fv_database_prepare (database, "INSERT INTO plan_goal (id, plan_id, rank, text) VALUES (?1, ?2, ?3, ?4);",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, goal->id);
  sqlite3_bind_int64 (stmt, 2, plan_id);
  sqlite3_bind_int (stmt, 3, (int) MAX (goal->rank, 1));
  sqlite3_bind_text (stmt, 4, goal->text, -1, SQLITE_TRANSIENT);
  if (!fv_database_step_done (database, stmt, error))
    return FALSE;
  for (guint i = 0; i < goal->actions->len; i++)
    if (!restore_action (database, goal->id, goal->actions->pdata[i], error))
      return FALSE;
  return renumber (database, &action_rows, goal->id, error);
}

/**
 * fv_plan_store_restore:
 * @plan: a plan as fv_plan_store_load() read it before it was deleted
 *
 * Puts a deleted plan back with its ids, goals, actions and partners, in one
 * transaction: the Undo of a delete.
 */
gboolean
fv_plan_store_restore (FvDatabase          *database,
                       const FvActionPlan  *plan,
                       GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (plan != NULL && plan->id > 0, FALSE);

  if (!fv_database_begin (database, error))
    return FALSE;
  stmt = fv_database_prepare (database,
                              "INSERT INTO action_plan (id, title, period, description, created_at, updated_at)"
                              " VALUES (?1, ?2, ?3, ?4, coalesce (?5, " NOW_SQL "), coalesce (?6, " NOW_SQL "));",
                              error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, plan->id);
  sqlite3_bind_text (stmt, 2, plan->title, -1, SQLITE_TRANSIENT);
  fv_sql_bind_text (stmt, 3, plan->period);
  sqlite3_bind_text (stmt, 4, plan->description != NULL ? plan->description : "", -1, SQLITE_TRANSIENT);
  fv_sql_bind_text (stmt, 5, plan->created_at);
  fv_sql_bind_text (stmt, 6, plan->updated_at);
  if (!fv_database_step_done (database, stmt, error))
    goto fail;
  for (guint i = 0; i < plan->goals->len; i++)
    if (!restore_goal (database, plan->id, plan->goals->pdata[i], error))
      goto fail;
  if (!renumber (database, &goal_rows, plan->id, error))
    goto fail;
  fv_database_note_change (database, CHANGE, plan->id);
  return fv_database_commit (database, error);

fail:
  fv_database_rollback (database);
  return FALSE;
}

/**
 * fv_plan_store_restore_goal:
 * @goal: a goal as fv_plan_store_load() read it before it was deleted
 *
 * Puts a deleted goal back in its place among its plan's goals, with its
 * actions and partners, in one transaction: the Undo of a delete.
 */
gboolean
fv_plan_store_restore_goal (FvDatabase        *database,
                            const FvPlanGoal  *goal,
                            GError           **error)
{
  g_autoptr(sqlite3_stmt) shift = NULL;

  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (goal != NULL && goal->id > 0 && goal->plan_id > 0, FALSE);

  if (!fv_database_begin (database, error))
    return FALSE;
  if (parent_of (database, "SELECT id FROM action_plan WHERE id = ?1;", goal->plan_id, error) <= 0)
    goto fail;
  /* Make room at its old place. */
  shift = fv_database_prepare (database, "UPDATE plan_goal SET rank = rank + 1 WHERE plan_id = ?1 AND rank >= ?2;",
                               error);
  if (shift == NULL)
    goto fail;
  sqlite3_bind_int64 (shift, 1, goal->plan_id);
  sqlite3_bind_int (shift, 2, (int) MAX (goal->rank, 1));
  if (!fv_database_step_done (database, shift, error) ||
      !restore_goal (database, goal->plan_id, goal, error) ||
      !renumber (database, &goal_rows, goal->plan_id, error))
    goto fail;
  fv_database_note_change (database, CHANGE, goal->plan_id);
  return fv_database_commit (database, error);

fail:
  fv_database_rollback (database);
  return FALSE;
}
