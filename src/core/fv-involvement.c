/* fv-involvement.c — what one organisation takes part in, across the areas
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The other areas point at the register: exchanges through their
 * participants and agreements (giver_id, receiver_id), councils and reference
 * groups through the organisation a member represents, action plans through
 * the partners of an action (plan_action_partner), and meetings through the
 * organisation that gave an input. This gathers them for one organisation,
 * so the registry can show how it takes part.
 *
 * The responsible (ansvarlig) of an action is free text, not a link. It names
 * the organisation when it is the organisation's register name, ignoring
 * case, alone or as one of several written with commas, semicolons or
 * slashes ("Kulturkontoret / Lier frivilligsentral").
 *
 * Everything is read on the reading connection, so it can run in a worker
 * thread and sees only committed data.
 */

#define G_LOG_DOMAIN "fv-involvement"

#include "config.h"

#include <string.h>

#include "fv-involvement.h"
#include "fv-organisation-record.h"
#include "fv-sql.h"

/* Freeing ---------------------------------------------------------------------- */

static void
involved_exchange_free (gpointer data)
{
  FvInvolvedExchange *exchange = data;

  g_free (exchange->name);
  g_free (exchange->date);
  g_free (exchange);
}

static void
involved_agreement_free (gpointer data)
{
  FvInvolvedAgreement *agreement = data;

  g_free (agreement->exchange_name);
  g_free (agreement->exchange_date);
  g_free (agreement->other_party);
  g_free (agreement->description);
  g_free (agreement->in_return);
  g_free (agreement->deadline);
  g_free (agreement);
}

static void
involved_membership_free (gpointer data)
{
  FvInvolvedMembership *membership = data;

  g_free (membership->group_name);
  g_free (membership->person_name);
  g_free (membership->role);
  g_free (membership->term_start);
  g_free (membership->term_end);
  g_free (membership);
}

static void
involved_action_free (gpointer data)
{
  FvInvolvedAction *action = data;

  g_free (action->plan_title);
  g_free (action->goal_text);
  g_free (action->text);
  g_free (action->responsible);
  g_free (action->deadline);
  g_free (action);
}

static void
involved_innspill_free (gpointer data)
{
  FvInvolvedInnspill *innspill = data;

  g_free (innspill->group_name);
  g_free (innspill->meeting_date);
  g_free (innspill->text);
  g_free (innspill->theme);
  g_free (innspill);
}

void
fv_involvement_free (FvInvolvement *involvement)
{
  if (involvement == NULL)
    return;

  g_clear_pointer (&involvement->exchanges, g_ptr_array_unref);
  g_clear_pointer (&involvement->agreements, g_ptr_array_unref);
  g_clear_pointer (&involvement->memberships, g_ptr_array_unref);
  g_clear_pointer (&involvement->actions, g_ptr_array_unref);
  g_clear_pointer (&involvement->innspill, g_ptr_array_unref);
  g_free (involvement);
}

static FvInvolvement *
involvement_new (gint64 organisation_id)
{
  FvInvolvement *involvement = g_new0 (FvInvolvement, 1);

  involvement->organisation_id = organisation_id;
  involvement->exchanges = g_ptr_array_new_with_free_func (involved_exchange_free);
  involvement->agreements = g_ptr_array_new_with_free_func (involved_agreement_free);
  involvement->memberships = g_ptr_array_new_with_free_func (involved_membership_free);
  involvement->actions = g_ptr_array_new_with_free_func (involved_action_free);
  involvement->innspill = g_ptr_array_new_with_free_func (involved_innspill_free);
  return involvement;
}

/* Reading ---------------------------------------------------------------------- */

static sqlite3_stmt *
prepare_for (FvDatabase  *database,
             const char  *sql,
             gint64       organisation_id,
             GError     **error)
{
  sqlite3_stmt *stmt = fv_database_prepare_read (database, sql, error);

  if (stmt != NULL)
    sqlite3_bind_int64 (stmt, 1, organisation_id);
  return stmt;
}

/* After the last row: %TRUE when the statement ran to its end. */
static gboolean
finished (sqlite3_stmt  *stmt,
          int            rc,
          GError       **error)
{
  if (rc == SQLITE_DONE)
    return TRUE;

  g_set_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_FAILED,
               "%s", sqlite3_errmsg (sqlite3_db_handle (stmt)));
  return FALSE;
}

static char *
fold (const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  g_autofree char *normal = g_utf8_normalize (trimmed, -1, G_NORMALIZE_DEFAULT_COMPOSE);

  return g_utf8_casefold (normal != NULL ? normal : trimmed, -1);
}

static gboolean
same_name (const char *written,
           const char *folded_name)
{
  g_autofree char *folded = fold (written);

  return folded[0] != '\0' && strcmp (folded, folded_name) == 0;
}

/* Whether @responsible names the organisation: whole, or as one of several. A
 * register name may hold a comma itself ("Lier kommune, kulturkontoret"), so
 * the parts between semicolons and slashes are tried before the parts
 * between commas. */
static gboolean
responsible_names (const char *responsible,
                   const char *folded_name)
{
  g_auto(GStrv) parts = NULL;

  if (fv_text_is_blank (responsible))
    return FALSE;
  if (same_name (responsible, folded_name))
    return TRUE;

  parts = g_strsplit_set (responsible, ";/\n", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_auto(GStrv) names = NULL;

      if (same_name (parts[i], folded_name))
        return TRUE;
      names = g_strsplit (parts[i], ",", -1);
      for (guint j = 0; names[j] != NULL; j++)
        if (same_name (names[j], folded_name))
          return TRUE;
    }

  return FALSE;
}

/* The register name, casefolded; NULL with an error when it is not there. */
static char *
read_folded_name (FvDatabase  *database,
                  gint64       organisation_id,
                  GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = prepare_for (database, "SELECT name FROM organisation WHERE id = ?1;",
                                              organisation_id, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return fold ((const char *) sqlite3_column_text (stmt, 0));
  if (finished (stmt, rc, error))
    g_set_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_NOT_FOUND,
                 "No organisation %" G_GINT64_FORMAT, organisation_id);
  return NULL;
}

static gboolean
read_exchanges (FvDatabase    *database,
                FvInvolvement *involvement,
                GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = prepare_for (database,
                      "SELECT e.id, e.name, e.date FROM exchange_participant p"
                      " JOIN exchange e ON e.id = p.exchange_id"
                      " WHERE p.organisation_id = ?1"
                      " ORDER BY e.date DESC, e.id DESC;",
                      involvement->organisation_id, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FvInvolvedExchange *exchange = g_new0 (FvInvolvedExchange, 1);

      exchange->exchange_id = sqlite3_column_int64 (stmt, 0);
      exchange->name = fv_sql_dup_text (stmt, 1);
      exchange->date = fv_sql_dup_text (stmt, 2);
      g_ptr_array_add (involvement->exchanges, exchange);
    }
  return finished (stmt, rc, error);
}

static gboolean
read_agreements (FvDatabase    *database,
                 FvInvolvement *involvement,
                 const char    *today,
                 GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = prepare_for (database,
                      "SELECT a.id, e.id, e.name, e.date, a.form_number, a.giver_id = ?1, o.name,"
                      "       a.description, a.in_return, a.status, a.deadline"
                      " FROM agreement a"
                      " JOIN exchange e ON e.id = a.exchange_id"
                      " JOIN organisation o ON o.id = CASE WHEN a.giver_id = ?1 THEN a.receiver_id"
                      "                                    ELSE a.giver_id END"
                      " WHERE a.giver_id = ?1 OR a.receiver_id = ?1"
                      " ORDER BY e.date DESC, e.id DESC, a.form_number;",
                      involvement->organisation_id, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FvInvolvedAgreement *agreement = g_new0 (FvInvolvedAgreement, 1);

      agreement->agreement_id = sqlite3_column_int64 (stmt, 0);
      agreement->exchange_id = sqlite3_column_int64 (stmt, 1);
      agreement->exchange_name = fv_sql_dup_text (stmt, 2);
      agreement->exchange_date = fv_sql_dup_text (stmt, 3);
      agreement->form_number = sqlite3_column_int (stmt, 4);
      agreement->as_giver = sqlite3_column_int (stmt, 5) != 0;
      agreement->other_party = fv_sql_dup_text (stmt, 6);
      agreement->description = fv_sql_dup_text (stmt, 7);
      agreement->in_return = fv_sql_dup_text (stmt, 8);
      agreement->status = fv_agreement_status_from_string ((const char *) sqlite3_column_text (stmt, 9));
      agreement->deadline = fv_sql_dup_text (stmt, 10);
      /* The same rule as the follow-up list of the Exchanges area. */
      agreement->overdue = agreement->status == FV_AGREEMENT_AGREED && agreement->deadline != NULL &&
                           strcmp (agreement->deadline, today) < 0;
      g_ptr_array_add (involvement->agreements, agreement);
    }
  return finished (stmt, rc, error);
}

static gboolean
read_memberships (FvDatabase    *database,
                  FvInvolvement *involvement,
                  const char    *today,
                  GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = prepare_for (database,
                      "SELECT m.id, g.id, g.name, g.kind, p.name, m.role, m.term_start, m.term_end"
                      " FROM council_member m"
                      " JOIN council_group g ON g.id = m.group_id"
                      " JOIN person p ON p.id = m.person_id"
                      " WHERE m.organisation_id = ?1"
                      " ORDER BY g.name, g.id, m.term_start DESC, m.id;",
                      involvement->organisation_id, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FvInvolvedMembership *membership = g_new0 (FvInvolvedMembership, 1);
      FvCouncilMember term = { 0 };

      membership->member_id = sqlite3_column_int64 (stmt, 0);
      membership->group_id = sqlite3_column_int64 (stmt, 1);
      membership->group_name = fv_sql_dup_text (stmt, 2);
      membership->group_kind = fv_council_kind_from_string ((const char *) sqlite3_column_text (stmt, 3));
      membership->person_name = fv_sql_dup_text (stmt, 4);
      membership->role = fv_sql_dup_text (stmt, 5);
      membership->term_start = fv_sql_dup_text (stmt, 6);
      membership->term_end = fv_sql_dup_text (stmt, 7);
      term.term_start = membership->term_start;
      term.term_end = membership->term_end;
      membership->term_ended = fv_council_member_term_has_ended (&term, today);
      g_ptr_array_add (involvement->memberships, membership);
    }
  return finished (stmt, rc, error);
}

/* Partners are links; a responsible is only text, so every action with one
 * is read and matched here (a municipality has some hundred actions, not
 * the register's thousands of organisations). */
static gboolean
read_actions (FvDatabase    *database,
              FvInvolvement *involvement,
              const char    *folded_name,
              const char    *today,
              GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = prepare_for (database,
                      "SELECT a.id, p.id, p.title, g.text, a.text, a.responsible, a.status, a.deadline,"
                      "       EXISTS (SELECT 1 FROM plan_action_partner x"
                      "                WHERE x.action_id = a.id AND x.organisation_id = ?1)"
                      " FROM plan_action a"
                      " JOIN plan_goal g ON g.id = a.goal_id"
                      " JOIN action_plan p ON p.id = g.plan_id"
                      " WHERE a.responsible IS NOT NULL"
                      "    OR a.id IN (SELECT action_id FROM plan_action_partner WHERE organisation_id = ?1)"
                      " ORDER BY p.title, p.id, g.rank, a.rank, a.id;",
                      involvement->organisation_id, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *responsible = (const char *) sqlite3_column_text (stmt, 5);
      gboolean as_partner = sqlite3_column_int (stmt, 8) != 0;
      gboolean as_responsible = responsible_names (responsible, folded_name);
      FvInvolvedAction *action;

      if (!as_partner && !as_responsible)
        continue;

      action = g_new0 (FvInvolvedAction, 1);
      action->action_id = sqlite3_column_int64 (stmt, 0);
      action->plan_id = sqlite3_column_int64 (stmt, 1);
      action->plan_title = fv_sql_dup_text (stmt, 2);
      action->goal_text = fv_sql_dup_text (stmt, 3);
      action->text = fv_sql_dup_text (stmt, 4);
      action->responsible = g_strdup (responsible);
      action->status = fv_plan_action_status_from_string ((const char *) sqlite3_column_text (stmt, 6));
      action->deadline = fv_sql_dup_text (stmt, 7);
      action->as_partner = as_partner;
      action->as_responsible = as_responsible;
      /* The same rule as the plan's progress. */
      action->overdue = (action->status == FV_PLAN_ACTION_PLANNED || action->status == FV_PLAN_ACTION_IN_PROGRESS) &&
                        action->deadline != NULL && strcmp (action->deadline, today) < 0;
      g_ptr_array_add (involvement->actions, action);
    }
  return finished (stmt, rc, error);
}

static gboolean
read_innspill (FvDatabase    *database,
               FvInvolvement *involvement,
               GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = prepare_for (database,
                      "SELECT i.id, m.id, g.id, g.name, m.kind, m.date, i.text, i.theme"
                      " FROM innspill i"
                      " JOIN meeting m ON m.id = i.meeting_id"
                      " LEFT JOIN council_group g ON g.id = m.group_id"
                      " WHERE i.organisation_id = ?1"
                      " ORDER BY m.date DESC, m.id DESC, i.id;",
                      involvement->organisation_id, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FvInvolvedInnspill *innspill = g_new0 (FvInvolvedInnspill, 1);

      innspill->innspill_id = sqlite3_column_int64 (stmt, 0);
      innspill->meeting_id = sqlite3_column_int64 (stmt, 1);
      innspill->group_id = sqlite3_column_int64 (stmt, 2);
      innspill->group_name = fv_sql_dup_text (stmt, 3);
      innspill->meeting_kind = fv_meeting_kind_from_string ((const char *) sqlite3_column_text (stmt, 4));
      innspill->meeting_date = fv_sql_dup_text (stmt, 5);
      innspill->text = fv_sql_dup_text (stmt, 6);
      innspill->theme = fv_sql_dup_text (stmt, 7);
      g_ptr_array_add (involvement->innspill, innspill);
    }
  return finished (stmt, rc, error);
}

/**
 * fv_involvement_load:
 * @organisation_id: the organisation
 * @today: (nullable): today as an ISO 8601 date, for what is overdue; %NULL for
 *   the local date
 *
 * Reads everything the organisation takes part in. Safe in a worker thread.
 *
 * Returns: (transfer full) (nullable): its involvement, empty lists when it
 *   takes part in nothing; %NULL with FV_DATABASE_ERROR_NOT_FOUND when the
 *   organisation is not in the register
 */
FvInvolvement *
fv_involvement_load (FvDatabase  *database,
                     gint64       organisation_id,
                     const char  *today,
                     GError     **error)
{
  g_autoptr(FvInvolvement) involvement = NULL;
  g_autofree char *folded_name = NULL;
  g_autofree char *local_today = NULL;

  g_return_val_if_fail (FV_IS_DATABASE (database), NULL);
  g_return_val_if_fail (organisation_id > 0, NULL);

  if (today == NULL)
    today = local_today = fv_exchange_today ();

  folded_name = read_folded_name (database, organisation_id, error);
  if (folded_name == NULL)
    return NULL;

  involvement = involvement_new (organisation_id);
  if (!read_exchanges (database, involvement, error) ||
      !read_agreements (database, involvement, today, error) ||
      !read_memberships (database, involvement, today, error) ||
      !read_actions (database, involvement, folded_name, today, error) ||
      !read_innspill (database, involvement, error))
    return NULL;

  return g_steal_pointer (&involvement);
}

/* How many rows in all: exchanges, agreements, seats, actions and input. */
guint
fv_involvement_count (const FvInvolvement *involvement)
{
  g_return_val_if_fail (involvement != NULL, 0);

  return involvement->exchanges->len + involvement->agreements->len + involvement->memberships->len +
         involvement->actions->len + involvement->innspill->len;
}

/**
 * fv_involvement_watches_table:
 * @table: the table of an #FvDatabase::changed
 *
 * Returns: whether a change to @table may change an organisation's
 *   involvement: the areas' own tables, the register (names, and the
 *   responsible of an action matched by name) and people (members' names)
 */
gboolean
fv_involvement_watches_table (const char *table)
{
  static const char * const tables[] = {
    "exchange", "agreement", "council", "action_plan", "organisation", "person",
  };

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (g_strcmp0 (table, tables[i]) == 0)
      return TRUE;

  return FALSE;
}
