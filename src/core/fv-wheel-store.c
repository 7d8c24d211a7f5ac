/* fv-wheel-store.c — the events of the annual wheel (årshjul)
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every write is one short transaction with bound values, and notes the change
 * so `changed::wheel_event` reaches the views. Dates are stored as ISO 8601
 * (2022-04-26) and shown the Norwegian way (26.04.2022). An event that spans
 * the new year belongs to both years. The usual dates of a year (Frivillighetens
 * dag, the Årets frivillighetskommune deadline, the volunteer prize) are only
 * ever added when the coordinator asks, and each once a year.
 */

#define G_LOG_DOMAIN "fv-wheel-store"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "fv-exchange-store.h"
#include "fv-validate.h"
#include "fv-sql.h"
#include "fv-wheel-store.h"

#define NOW_SQL "strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')"

static const char * const category_keys[FV_WHEEL_N_CATEGORIES] = {
  [FV_WHEEL_VOLUNTARY] = "voluntary",
  [FV_WHEEL_POLITICAL] = "political",
  [FV_WHEEL_GRANTS]    = "grants",
  [FV_WHEEL_MUNICIPAL] = "municipal",
};

/* Records ------------------------------------------------------------------- */

FvWheelEvent *
fv_wheel_event_new (void)
{
  return g_new0 (FvWheelEvent, 1);
}

FvWheelEvent *
fv_wheel_event_copy (const FvWheelEvent *event)
{
  FvWheelEvent *copy;

  g_return_val_if_fail (event != NULL, NULL);

  copy = g_memdup2 (event, sizeof *event);
  copy->title = g_strdup (event->title);
  copy->start_date = g_strdup (event->start_date);
  copy->end_date = g_strdup (event->end_date);
  copy->organisation_name = g_strdup (event->organisation_name);
  copy->place = g_strdup (event->place);
  copy->note = g_strdup (event->note);
  copy->usual = g_strdup (event->usual);
  copy->created_at = g_strdup (event->created_at);
  copy->updated_at = g_strdup (event->updated_at);
  return copy;
}

void
fv_wheel_event_free (FvWheelEvent *event)
{
  if (event == NULL)
    return;
  g_free (event->title);
  g_free (event->start_date);
  g_free (event->end_date);
  g_free (event->organisation_name);
  g_free (event->place);
  g_free (event->note);
  g_free (event->usual);
  g_free (event->created_at);
  g_free (event->updated_at);
  g_free (event);
}

/**
 * fv_wheel_event_check:
 *
 * Returns: (transfer full) (element-type FvFieldProblem): what is wrong, empty when nothing is
 */
GPtrArray *
fv_wheel_event_check (const FvWheelEvent *event)
{
  GPtrArray *problems = fv_field_problems_new ();
  GDate start, end;
  gboolean start_ok;

  if (fv_text_is_blank (event->title))
    fv_field_problems_add (problems, "title", _("The event needs a title."));
  start_ok = fv_iso_date_parse (event->start_date, &start);
  if (!start_ok)
    fv_field_problems_add (problems, "start_date", _("Write the date as day.month.year, for example 26.04.2022."));
  if (event->end_date != NULL)
    {
      if (!fv_iso_date_parse (event->end_date, &end))
        fv_field_problems_add (problems, "end_date", _("Write the date as day.month.year, for example 26.04.2022."));
      else if (start_ok && g_date_compare (&end, &start) < 0)
        fv_field_problems_add (problems, "end_date", _("The event cannot end before it starts."));
    }
  if ((guint) event->category >= FV_WHEEL_N_CATEGORIES)
    fv_field_problems_add (problems, "category", _("Choose the ring of the wheel the event belongs to."));
  return problems;
}

/**
 * fv_wheel_event_get_dates:
 * @start: (out): the first day
 * @end: (out): the last day, the same as @start for a single day
 *
 * Returns: %FALSE when the event's dates cannot be read
 */
gboolean
fv_wheel_event_get_dates (const FvWheelEvent *event,
                          GDate              *start,
                          GDate              *end)
{
  if (!fv_iso_date_parse (event->start_date, start))
    return FALSE;
  if (event->end_date == NULL || !fv_iso_date_parse (event->end_date, end) || g_date_compare (end, start) < 0)
    *end = *start;
  return TRUE;
}

/* "26.04.2022", or "26.04.2022 – 28.04.2022" for a span. */
char *
fv_wheel_event_format_when (const FvWheelEvent *event)
{
  g_autofree char *start = fv_exchange_format_date (event->start_date);
  g_autofree char *end = NULL;

  if (event->end_date == NULL || g_strcmp0 (event->end_date, event->start_date) == 0)
    return g_steal_pointer (&start);
  end = fv_exchange_format_date (event->end_date);
  return g_strdup_printf ("%s – %s", start, end);
}

const char *
fv_wheel_category_to_string (FvWheelCategory category)
{
  g_return_val_if_fail (category < FV_WHEEL_N_CATEGORIES, "voluntary");
  return category_keys[category];
}

FvWheelCategory
fv_wheel_category_from_string (const char *key)
{
  for (guint i = 0; i < FV_WHEEL_N_CATEGORIES; i++)
    if (g_strcmp0 (category_keys[i], key) == 0)
      return i;
  return FV_WHEEL_VOLUNTARY;
}

const char *
fv_wheel_category_get_label (FvWheelCategory category)
{
  switch (category)
    {
    case FV_WHEEL_POLITICAL:
      return _("Political meetings");
    case FV_WHEEL_GRANTS:
      return _("Grants and deadlines");
    case FV_WHEEL_MUNICIPAL:
      return _("Municipal events");
    case FV_WHEEL_VOLUNTARY:
    case FV_WHEEL_N_CATEGORIES:
    default:
      return _("Voluntary sector");
    }
}

/* Helpers ------------------------------------------------------------------- */

static gboolean
step_error (FvDatabase  *database,
            GError     **error)
{
  g_set_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_FAILED,
               /* Translators: %s is SQLite's explanation */
               _("Could not read the events of the annual wheel: %s"),
               sqlite3_errmsg (fv_database_get_handle (database)));
  return FALSE;
}

#define EVENT_SELECT \
  "SELECT w.id, w.title, w.start_date, w.end_date, w.category, w.organisation_id, o.name," \
  " w.place, w.note, w.usual, w.created_at, w.updated_at" \
  " FROM wheel_event w LEFT JOIN organisation o ON o.id = w.organisation_id"

static FvWheelEvent *
read_event (sqlite3_stmt *stmt)
{
  FvWheelEvent *event = fv_wheel_event_new ();

  event->id = sqlite3_column_int64 (stmt, 0);
  event->title = fv_sql_dup_text (stmt, 1);
  event->start_date = fv_sql_dup_text (stmt, 2);
  event->end_date = fv_sql_dup_text (stmt, 3);
  event->category = fv_wheel_category_from_string ((const char *) sqlite3_column_text (stmt, 4));
  event->organisation_id = sqlite3_column_int64 (stmt, 5);
  event->organisation_name = fv_sql_dup_text (stmt, 6);
  event->place = fv_sql_dup_text (stmt, 7);
  event->note = fv_sql_dup_text (stmt, 8);
  event->usual = fv_sql_dup_text (stmt, 9);
  event->created_at = fv_sql_dup_text (stmt, 10);
  event->updated_at = fv_sql_dup_text (stmt, 11);
  return event;
}

/* Reading ------------------------------------------------------------------- */

/**
 * fv_wheel_store_list_year:
 *
 * Returns: (transfer full) (element-type FvWheelEvent): the events that touch
 *   @year, by start date; one that spans the new year is in both years
 */
GPtrArray *
fv_wheel_store_list_year (FvDatabase  *database,
                          int          year,
                          GError     **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_wheel_event_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *first = g_strdup_printf ("%04d-01-01", year);
  g_autofree char *last = g_strdup_printf ("%04d-12-31", year);
  int rc;

  g_return_val_if_fail (FV_IS_DATABASE (database), NULL);

  stmt = fv_database_prepare (database,
                              EVENT_SELECT
                              " WHERE w.start_date <= ?2 AND coalesce (w.end_date, w.start_date) >= ?1"
                              " ORDER BY w.start_date, w.id;", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, first, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, last, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, read_event (stmt));
  if (rc != SQLITE_DONE)
    {
      step_error (database, error);
      return NULL;
    }
  return g_steal_pointer (&list);
}

FvWheelEvent *
fv_wheel_store_load (FvDatabase  *database,
                     gint64       id,
                     GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (FV_IS_DATABASE (database), NULL);

  stmt = fv_database_prepare (database, EVENT_SELECT " WHERE w.id = ?1;", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error_literal (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_NOT_FOUND,
                           _("The event is no longer in the database."));
      return NULL;
    }
  return read_event (stmt);
}

/**
 * fv_wheel_store_find_organisation:
 * @name: an organisation's name or short name, in any case
 *
 * Returns: the organisation's id; 0 when none or more than one has that name
 */
gint64
fv_wheel_store_find_organisation (FvDatabase  *database,
                                  const char  *name,
                                  GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *wanted = NULL;
  gint64 id = 0;
  guint n = 0;

  g_return_val_if_fail (FV_IS_DATABASE (database), 0);

  if (fv_text_is_blank (name))
    return 0;
  wanted = g_utf8_casefold (g_strstrip (g_strdup (name)), -1);
  stmt = fv_database_prepare (database,
                              "SELECT id, name, short_name FROM organisation"
                              " WHERE name = ?1 COLLATE NOCASE OR short_name = ?1 COLLATE NOCASE"
                              " LIMIT 50;", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, g_strstrip (g_strdup (name)), -1, g_free);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *folded = g_utf8_casefold ((const char *) sqlite3_column_text (stmt, 1), -1);
      g_autofree char *short_folded = sqlite3_column_text (stmt, 2) != NULL
        ? g_utf8_casefold ((const char *) sqlite3_column_text (stmt, 2), -1) : NULL;

      /* NOCASE folds ASCII only: compare Æ, Ø and Å ourselves. */
      if (g_strcmp0 (folded, wanted) == 0)
        return sqlite3_column_int64 (stmt, 0);
      if (g_strcmp0 (short_folded, wanted) == 0)
        {
          id = sqlite3_column_int64 (stmt, 0);
          n++;
        }
    }
  return n == 1 ? id : 0;
}

/* Writing ------------------------------------------------------------------- */

static gboolean
write_event (FvDatabase          *database,
             const FvWheelEvent  *event,
             gboolean             insert,
             gboolean             with_id,
             gint64              *new_id,
             GError             **error)
{
  g_autoptr(GPtrArray) problems = fv_wheel_event_check (event);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *title = NULL;
  const char *end_date;

  if (problems->len > 0)
    {
      FvFieldProblem *first = problems->pdata[0];

      g_set_error_literal (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT, first->message);
      return FALSE;
    }
  title = g_strstrip (g_strdup (event->title));
  /* A one-day event has no end date: one spelling in the database. */
  end_date = g_strcmp0 (event->end_date, event->start_date) == 0 ? NULL : event->end_date;

  if (!fv_database_begin (database, error))
    return FALSE;

  if (insert)
    stmt = fv_database_prepare (database,
                                "INSERT INTO wheel_event (id, title, start_date, end_date, category,"
                                " organisation_id, place, note, usual, created_at)"
                                " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, coalesce (?10, " NOW_SQL "));",
                                error);
  else
    stmt = fv_database_prepare (database,
                                "UPDATE wheel_event SET title = ?2, start_date = ?3, end_date = ?4,"
                                " category = ?5, organisation_id = ?6, place = ?7, note = ?8,"
                                " updated_at = " NOW_SQL " WHERE id = ?1;", error);
  if (stmt == NULL)
    goto fail;

  if (!insert || with_id)
    sqlite3_bind_int64 (stmt, 1, event->id);
  fv_sql_bind_text (stmt, 2, title);
  fv_sql_bind_text (stmt, 3, event->start_date);
  fv_sql_bind_text (stmt, 4, end_date);
  sqlite3_bind_text (stmt, 5, fv_wheel_category_to_string (event->category), -1, SQLITE_STATIC);
  if (event->organisation_id > 0)
    sqlite3_bind_int64 (stmt, 6, event->organisation_id);
  fv_sql_bind_text (stmt, 7, event->place);
  fv_sql_bind_text (stmt, 8, event->note);
  if (insert)
    {
      fv_sql_bind_text (stmt, 9, event->usual);
      fv_sql_bind_text (stmt, 10, with_id ? event->created_at : NULL);
    }
  if (!fv_database_step_done (database, stmt, error))
    goto fail;

  if (insert)
    *new_id = sqlite3_last_insert_rowid (fv_database_get_handle (database));
  else if (sqlite3_changes (fv_database_get_handle (database)) == 0)
    {
      g_set_error_literal (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_NOT_FOUND,
                           _("The event is no longer in the database."));
      goto fail;
    }
  else
    *new_id = event->id;

  fv_database_note_change (database, "wheel_event", *new_id);
  return fv_database_commit (database, error);

fail:
  fv_database_rollback (database);
  return FALSE;
}

/**
 * fv_wheel_store_save:
 * @event: the event; a new one (id 0) gets its id
 *
 * Writes the event in one transaction after checking it.
 */
gboolean
fv_wheel_store_save (FvDatabase    *database,
                     FvWheelEvent  *event,
                     GError       **error)
{
  gint64 id = 0;

  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (event != NULL, FALSE);

  if (!write_event (database, event, event->id == 0, FALSE, &id, error))
    return FALSE;
  event->id = id;
  return TRUE;
}

/* Puts a deleted event back as it was, with its id: undo of a delete. An
 * organisation deleted meanwhile is left out. */
gboolean
fv_wheel_store_restore (FvDatabase          *database,
                        const FvWheelEvent  *event,
                        GError             **error)
{
  g_autoptr(FvWheelEvent) copy = NULL;
  gint64 id = 0;

  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (event != NULL && event->id > 0, FALSE);

  copy = fv_wheel_event_copy (event);
  if (copy->organisation_id > 0)
    {
      g_autoptr(sqlite3_stmt) stmt = fv_database_prepare (database,
                                                          "SELECT 1 FROM organisation WHERE id = ?1;", error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, copy->organisation_id);
      if (sqlite3_step (stmt) != SQLITE_ROW)
        copy->organisation_id = 0;
    }
  return write_event (database, copy, TRUE, TRUE, &id, error);
}

gboolean
fv_wheel_store_delete (FvDatabase  *database,
                       gint64       id,
                       GError     **error)
{
  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);

  if (!fv_database_begin (database, error))
    return FALSE;
  if (!fv_database_run_with_id (database, "DELETE FROM wheel_event WHERE id = ?1;", id, error))
    goto fail;
  if (sqlite3_changes (fv_database_get_handle (database)) == 0)
    {
      g_set_error_literal (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_NOT_FOUND,
                           _("The event is no longer in the database."));
      goto fail;
    }
  fv_database_note_change (database, "wheel_event", id);
  return fv_database_commit (database, error);

fail:
  fv_database_rollback (database);
  return FALSE;
}

/* The usual dates ----------------------------------------------------------- */

/**
 * fv_wheel_usual_dates:
 *
 * The dates that come back every year (see DOMAIN.md): Frivillighetens dag on
 * 5 December, the application deadline for Årets frivillighetskommune on
 * 31 August and the volunteer prize, awarded some day in December.
 *
 * Returns: (transfer full) (element-type FvWheelEvent): new, unsaved events
 */
GPtrArray *
fv_wheel_usual_dates (int year)
{
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_wheel_event_free);
  FvWheelEvent *event;

  event = fv_wheel_event_new ();
  event->title = g_strdup (_("Application deadline, Årets frivillighetskommune"));
  event->start_date = g_strdup_printf ("%04d-08-31", year);
  event->category = FV_WHEEL_GRANTS;
  event->note = g_strdup (_("The deadline to apply for Volunteering Municipality of the Year."));
  event->usual = g_strdup ("municipality-of-the-year");
  g_ptr_array_add (list, event);

  event = fv_wheel_event_new ();
  event->title = g_strdup (_("Frivillighetens dag"));
  event->start_date = g_strdup_printf ("%04d-12-05", year);
  event->category = FV_WHEEL_VOLUNTARY;
  event->note = g_strdup (_("International Volunteer Day."));
  event->usual = g_strdup ("volunteer-day");
  g_ptr_array_add (list, event);

  event = fv_wheel_event_new ();
  event->title = g_strdup (_("The volunteer prize (Frivillighetsprisen)"));
  event->start_date = g_strdup_printf ("%04d-12-01", year);
  event->end_date = g_strdup_printf ("%04d-12-31", year);
  event->category = FV_WHEEL_MUNICIPAL;
  event->note = g_strdup (_("Usually awarded in December: set the day when it is known."));
  event->usual = g_strdup ("volunteer-prize");
  g_ptr_array_add (list, event);

  return list;
}

/**
 * fv_wheel_store_add_usual_dates:
 * @n_added: (out) (optional): how many were added
 *
 * Adds the usual dates of @year that are not in the wheel yet, in one
 * transaction: asking twice adds nothing the second time.
 */
gboolean
fv_wheel_store_add_usual_dates (FvDatabase  *database,
                                int          year,
                                guint       *n_added,
                                GError     **error)
{
  g_autoptr(GPtrArray) usual = fv_wheel_usual_dates (year);
  g_autofree char *year_text = g_strdup_printf ("%04d", year);
  guint added = 0;

  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);

  if (n_added != NULL)
    *n_added = 0;
  if (!fv_database_begin (database, error))
    return FALSE;

  for (guint i = 0; i < usual->len; i++)
    {
      FvWheelEvent *event = usual->pdata[i];
      g_autoptr(sqlite3_stmt) stmt = NULL;

      stmt = fv_database_prepare (database,
                                  "INSERT OR IGNORE INTO wheel_event (title, start_date, end_date, category, note, usual)"
                                  " SELECT ?1, ?2, ?3, ?4, ?5, ?6 WHERE NOT EXISTS (SELECT 1 FROM wheel_event"
                                  "  WHERE usual = ?6 AND substr (start_date, 1, 4) = ?7);", error);
      if (stmt == NULL)
        goto fail;
      fv_sql_bind_text (stmt, 1, event->title);
      fv_sql_bind_text (stmt, 2, event->start_date);
      fv_sql_bind_text (stmt, 3, event->end_date);
      sqlite3_bind_text (stmt, 4, fv_wheel_category_to_string (event->category), -1, SQLITE_STATIC);
      fv_sql_bind_text (stmt, 5, event->note);
      fv_sql_bind_text (stmt, 6, event->usual);
      fv_sql_bind_text (stmt, 7, year_text);
      if (!fv_database_step_done (database, stmt, error))
        goto fail;
      added += sqlite3_changes (fv_database_get_handle (database));
    }

  if (added > 0)
    fv_database_note_change (database, "wheel_event", 0);
  if (!fv_database_commit (database, error))
    return FALSE;
  if (n_added != NULL)
    *n_added = added;
  return TRUE;

fail:
  fv_database_rollback (database);
  return FALSE;
}
