/* fv-exchange-store.c — volunteer exchanges, their participants and agreements
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every write is one short transaction with bound values, and notes the change
 * so `changed::exchange` and `changed::agreement` reach the views. Dates are
 * stored as ISO 8601 (2025-03-12) and shown the Norwegian way (12.03.2025).
 * A delete can hand back a snapshot of all it took, which Undo restores; the
 * follow-up (status and note) is one write, and the agreements that need it
 * are found across every exchange.
 */

#define G_LOG_DOMAIN "fv-exchange-store"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "fv-exchange-store.h"
#include "fv-validate.h"
#include "fv-sql.h"

#define NOW_SQL "strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')"

static const char * const status_keys[FV_AGREEMENT_N_STATUSES] = {
  [FV_AGREEMENT_AGREED]        = "agreed",
  [FV_AGREEMENT_FULFILLED]     = "fulfilled",
  [FV_AGREEMENT_NOT_FULFILLED] = "not-fulfilled",
  [FV_AGREEMENT_CANCELLED]     = "cancelled",
};

static const char * const sector_keys[FV_N_SECTORS] = {
  "voluntary", "public", "business",
};

/* Records ------------------------------------------------------------------- */

FvExchangeRecord *
fv_exchange_record_new (void)
{
  return g_new0 (FvExchangeRecord, 1);
}

void
fv_exchange_record_free (FvExchangeRecord *record)
{
  if (record == NULL)
    return;
  g_free (record->name);
  g_free (record->date);
  g_free (record->place);
  g_free (record->municipality);
  g_free (record->notes);
  g_free (record->created_at);
  g_free (record->updated_at);
  g_free (record);
}

FvAgreementRecord *
fv_agreement_record_new (void)
{
  FvAgreementRecord *record = g_new0 (FvAgreementRecord, 1);

  record->category = g_strdup ("other");
  record->status = FV_AGREEMENT_AGREED;
  return record;
}

FvAgreementRecord *
fv_agreement_record_copy (const FvAgreementRecord *record)
{
  FvAgreementRecord *copy;

  g_return_val_if_fail (record != NULL, NULL);

  copy = g_memdup2 (record, sizeof *record);
  copy->exchange_name = g_strdup (record->exchange_name);
  copy->giver_name = g_strdup (record->giver_name);
  copy->giver_sector = g_strdup (record->giver_sector);
  copy->receiver_name = g_strdup (record->receiver_name);
  copy->receiver_sector = g_strdup (record->receiver_sector);
  copy->description = g_strdup (record->description);
  copy->in_return = g_strdup (record->in_return);
  copy->category = g_strdup (record->category);
  copy->deadline = g_strdup (record->deadline);
  copy->follow_up = g_strdup (record->follow_up);
  copy->created_at = g_strdup (record->created_at);
  copy->updated_at = g_strdup (record->updated_at);
  return copy;
}

void
fv_agreement_record_free (FvAgreementRecord *record)
{
  if (record == NULL)
    return;
  g_free (record->exchange_name);
  g_free (record->giver_name);
  g_free (record->giver_sector);
  g_free (record->receiver_name);
  g_free (record->receiver_sector);
  g_free (record->description);
  g_free (record->in_return);
  g_free (record->category);
  g_free (record->deadline);
  g_free (record->follow_up);
  g_free (record->created_at);
  g_free (record->updated_at);
  g_free (record);
}

void
fv_participant_free (FvParticipant *participant)
{
  if (participant == NULL)
    return;
  g_free (participant->name);
  g_free (participant->sector);
  g_free (participant);
}

/**
 * fv_exchange_record_check:
 *
 * Returns: (transfer full) (element-type FvFieldProblem): what is wrong, empty when nothing is
 */
GPtrArray *
fv_exchange_record_check (const FvExchangeRecord *record)
{
  GPtrArray *problems = fv_field_problems_new ();

  if (fv_text_is_blank (record->name))
    fv_field_problems_add (problems, "name", _("The exchange needs a name."));
  if (!fv_iso_date_parse (record->date, NULL))
    fv_field_problems_add (problems, "date", _("Write the date as day.month.year, for example 12.03.2025."));
  return problems;
}

/**
 * fv_agreement_record_check:
 *
 * Returns: (transfer full) (element-type FvFieldProblem): what is wrong, empty when nothing is
 */
GPtrArray *
fv_agreement_record_check (const FvAgreementRecord *record)
{
  GPtrArray *problems = fv_field_problems_new ();
  const FvKind *kinds;
  guint n_kinds;

  if (record->giver_id <= 0)
    fv_field_problems_add (problems, "giver", _("Choose the participant who gives."));
  if (record->receiver_id <= 0)
    fv_field_problems_add (problems, "receiver", _("Choose the participant who receives."));
  else if (record->receiver_id == record->giver_id)
    fv_field_problems_add (problems, "receiver", _("An agreement is between two different participants."));
  if (fv_text_is_blank (record->description))
    fv_field_problems_add (problems, "description", _("Describe what is exchanged."));
  if (record->form_number > 99999)
    fv_field_problems_add (problems, "form_number", _("The form number must be between 1 and 99999."));
  if (record->deadline != NULL && !fv_iso_date_parse (record->deadline, NULL))
    fv_field_problems_add (problems, "deadline", _("Write the date as day.month.year, for example 12.03.2025."));
  kinds = fv_offer_kinds (&n_kinds);
  if (record->category == NULL || fv_kind_lookup (kinds, n_kinds, record->category) == NULL)
    fv_field_problems_add (problems, "category", _("Choose what kind of help is exchanged."));
  return problems;
}

const char *
fv_agreement_status_to_string (FvAgreementStatus status)
{
  g_return_val_if_fail (status < FV_AGREEMENT_N_STATUSES, "agreed");
  return status_keys[status];
}

FvAgreementStatus
fv_agreement_status_from_string (const char *text)
{
  for (guint i = 0; i < FV_AGREEMENT_N_STATUSES; i++)
    if (g_strcmp0 (status_keys[i], text) == 0)
      return i;
  return FV_AGREEMENT_AGREED;
}

const char *
fv_agreement_status_get_label (FvAgreementStatus status)
{
  switch (status)
    {
    case FV_AGREEMENT_FULFILLED:
      return _("Fulfilled");
    case FV_AGREEMENT_NOT_FULFILLED:
      return _("Not fulfilled");
    case FV_AGREEMENT_CANCELLED:
      return _("Cancelled");
    case FV_AGREEMENT_AGREED:
    case FV_AGREEMENT_N_STATUSES:
    default:
      return _("Agreed");
    }
}

FvSector
fv_sector_from_string (const char *sector)
{
  for (guint i = 0; i < FV_N_SECTORS; i++)
    if (g_strcmp0 (sector_keys[i], sector) == 0)
      return i;
  return FV_SECTOR_VOLUNTARY;
}

/**
 * fv_exchange_format_date:
 * @iso_date: (nullable): 2025-03-12
 *
 * Returns: (transfer full): the date as Norwegian documents write it, 12.03.2025;
 *   an empty string for none
 */
char *
fv_exchange_format_date (const char *iso_date)
{
  GDate date;

  if (!fv_iso_date_parse (iso_date, &date))
    return g_strdup (iso_date != NULL ? iso_date : "");
  return g_strdup_printf ("%02d.%02d.%04d", g_date_get_day (&date), g_date_get_month (&date),
                          g_date_get_year (&date));
}

/**
 * fv_exchange_parse_date:
 * @text: 12.03.2025, 12.3.2025 or 2025-03-12
 *
 * Returns: (transfer full) (nullable): the ISO date, or %NULL when @text is not a date
 */
char *
fv_exchange_parse_date (const char *text)
{
  g_autofree char *copy = NULL;
  int y = 0, m = 0, d = 0;
  char end;

  if (text == NULL)
    return NULL;
  copy = g_strstrip (g_strdup (text));
  if (sscanf (copy, "%d.%d.%d%c", &d, &m, &y, &end) == 3 ||
      sscanf (copy, "%d-%d-%d%c", &y, &m, &d, &end) == 3)
    {
      if (y >= 1900 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= 31 &&
          g_date_valid_dmy (d, m, y))
        return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
    }
  return NULL;
}

/* Helpers ------------------------------------------------------------------- */

static gboolean
step_error (FvDatabase  *database,
            GError     **error)
{
  g_set_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_FAILED,
               /* Translators: %s is SQLite's explanation */
               _("Could not read the exchanges: %s"),
               sqlite3_errmsg (fv_database_get_handle (database)));
  return FALSE;
}

static gboolean
set_problems_error (GPtrArray  *problems,
                    GError    **error)
{
  FvFieldProblem *first = problems->pdata[0];

  g_set_error_literal (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT, first->message);
  return FALSE;
}

static gboolean
set_not_found (GError     **error,
               const char  *message)
{
  g_set_error_literal (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_NOT_FOUND, message);
  return FALSE;
}

/* Exchanges ----------------------------------------------------------------- */

#define EXCHANGE_SELECT \
  "SELECT e.id, e.name, e.date, e.place, e.municipality, e.notes, e.created_at, e.updated_at," \
  " (SELECT count(*) FROM exchange_participant p WHERE p.exchange_id = e.id)," \
  " (SELECT count(*) FROM agreement a WHERE a.exchange_id = e.id)" \
  " FROM exchange e"

static FvExchangeRecord *
read_exchange (sqlite3_stmt *stmt)
{
  FvExchangeRecord *record = fv_exchange_record_new ();

  record->id = sqlite3_column_int64 (stmt, 0);
  record->name = fv_sql_dup_text (stmt, 1);
  record->date = fv_sql_dup_text (stmt, 2);
  record->place = fv_sql_dup_text (stmt, 3);
  record->municipality = fv_sql_dup_text (stmt, 4);
  record->notes = fv_sql_dup_text (stmt, 5);
  record->created_at = fv_sql_dup_text (stmt, 6);
  record->updated_at = fv_sql_dup_text (stmt, 7);
  record->n_participants = sqlite3_column_int (stmt, 8);
  record->n_agreements = sqlite3_column_int (stmt, 9);
  return record;
}

/**
 * fv_exchange_store_list:
 *
 * Returns: (transfer full) (element-type FvExchangeRecord): every exchange, the newest first
 */
GPtrArray *
fv_exchange_store_list (FvDatabase  *database,
                        GError     **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_exchange_record_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (FV_IS_DATABASE (database), NULL);

  stmt = fv_database_prepare (database, EXCHANGE_SELECT " ORDER BY e.date DESC, e.id DESC;", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, read_exchange (stmt));
  if (rc != SQLITE_DONE)
    {
      step_error (database, error);
      return NULL;
    }
  return g_steal_pointer (&list);
}

FvExchangeRecord *
fv_exchange_store_load (FvDatabase  *database,
                        gint64       id,
                        GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (FV_IS_DATABASE (database), NULL);

  stmt = fv_database_prepare (database, EXCHANGE_SELECT " WHERE e.id = ?1;", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      set_not_found (error, _("The exchange is no longer in the database."));
      return NULL;
    }
  return read_exchange (stmt);
}

/**
 * fv_exchange_store_save:
 * @record: the exchange; a new one (id 0) gets its id
 *
 * Writes the exchange in one transaction after checking it.
 */
gboolean
fv_exchange_store_save (FvDatabase        *database,
                        FvExchangeRecord  *record,
                        GError           **error)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (record != NULL, FALSE);

  problems = fv_exchange_record_check (record);
  if (problems->len > 0)
    return set_problems_error (problems, error);
  name = g_strstrip (g_strdup (record->name));

  if (!fv_database_begin (database, error))
    return FALSE;

  if (record->id == 0)
    stmt = fv_database_prepare (database,
                                "INSERT INTO exchange (name, date, place, municipality, notes)"
                                " VALUES (?2, ?3, ?4, ?5, ?6);", error);
  else
    stmt = fv_database_prepare (database,
                                "UPDATE exchange SET name = ?2, date = ?3, place = ?4, municipality = ?5,"
                                " notes = ?6, updated_at = " NOW_SQL " WHERE id = ?1;", error);
  if (stmt == NULL)
    goto fail;

  if (record->id != 0)
    sqlite3_bind_int64 (stmt, 1, record->id);
  fv_sql_bind_text (stmt, 2, name);
  fv_sql_bind_text (stmt, 3, record->date);
  fv_sql_bind_text (stmt, 4, record->place);
  fv_sql_bind_text (stmt, 5, record->municipality);
  fv_sql_bind_text (stmt, 6, record->notes);
  if (!fv_database_step_done (database, stmt, error))
    goto fail;

  if (record->id == 0)
    record->id = sqlite3_last_insert_rowid (fv_database_get_handle (database));
  else if (sqlite3_changes (fv_database_get_handle (database)) == 0)
    {
      set_not_found (error, _("The exchange is no longer in the database."));
      goto fail;
    }

  fv_database_note_change (database, "exchange", record->id);
  return fv_database_commit (database, error);

fail:
  fv_database_rollback (database);
  return FALSE;
}

/* Deletes the exchange with its participants and agreements (by cascade). */
gboolean
fv_exchange_store_delete (FvDatabase  *database,
                          gint64       id,
                          GError     **error)
{
  return fv_exchange_store_delete_full (database, id, NULL, error);
}

/* Undo ------------------------------------------------------------------------ */

/* A participant as stored, with the sector it had when it joined. */
typedef struct
{
  gint64  organisation_id;
  char   *sector;
  char   *created_at;
} StoredParticipant;

struct _FvExchangeSnapshot
{
  FvExchangeRecord *exchange;
  GPtrArray        *participants;   /* (element-type StoredParticipant) */
  GPtrArray        *agreements;     /* (element-type FvAgreementRecord) */
};

static void
stored_participant_free (StoredParticipant *participant)
{
  g_free (participant->sector);
  g_free (participant->created_at);
  g_free (participant);
}

void
fv_exchange_snapshot_free (FvExchangeSnapshot *snapshot)
{
  if (snapshot == NULL)
    return;
  fv_exchange_record_free (snapshot->exchange);
  g_clear_pointer (&snapshot->participants, g_ptr_array_unref);
  g_clear_pointer (&snapshot->agreements, g_ptr_array_unref);
  g_free (snapshot);
}

/* The exchange the snapshot holds, with its counts as they were. */
const FvExchangeRecord *
fv_exchange_snapshot_get_exchange (const FvExchangeSnapshot *snapshot)
{
  g_return_val_if_fail (snapshot != NULL, NULL);

  return snapshot->exchange;
}

static GPtrArray *
read_stored_participants (FvDatabase  *database,
                          gint64       exchange_id,
                          GError     **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) stored_participant_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = fv_database_prepare (database,
                              "SELECT organisation_id, sector, created_at FROM exchange_participant"
                              " WHERE exchange_id = ?1;", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, exchange_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      StoredParticipant *participant = g_new0 (StoredParticipant, 1);

      participant->organisation_id = sqlite3_column_int64 (stmt, 0);
      participant->sector = fv_sql_dup_text (stmt, 1);
      participant->created_at = fv_sql_dup_text (stmt, 2);
      g_ptr_array_add (list, participant);
    }
  if (rc != SQLITE_DONE)
    {
      step_error (database, error);
      return NULL;
    }
  return g_steal_pointer (&list);
}

/* Reads all the delete is about to take, inside the delete's transaction. */
static FvExchangeSnapshot *
take_snapshot (FvDatabase  *database,
               gint64       id,
               GError     **error)
{
  g_autoptr(FvExchangeSnapshot) snapshot = g_new0 (FvExchangeSnapshot, 1);

  snapshot->exchange = fv_exchange_store_load (database, id, error);
  if (snapshot->exchange == NULL)
    return NULL;
  snapshot->participants = read_stored_participants (database, id, error);
  if (snapshot->participants == NULL)
    return NULL;
  snapshot->agreements = fv_exchange_store_list_agreements (database, id, error);
  if (snapshot->agreements == NULL)
    return NULL;
  return g_steal_pointer (&snapshot);
}

/**
 * fv_exchange_store_delete_full:
 * @snapshot: (out) (optional): what was deleted, for fv_exchange_store_restore()
 *
 * Deletes the exchange with its participants and agreements in one
 * transaction; the snapshot is read in the same transaction, so Undo puts
 * back exactly what went.
 */
gboolean
fv_exchange_store_delete_full (FvDatabase          *database,
                               gint64               id,
                               FvExchangeSnapshot **snapshot,
                               GError             **error)
{
  g_autoptr(FvExchangeSnapshot) taken = NULL;

  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (snapshot == NULL || *snapshot == NULL, FALSE);

  if (!fv_database_begin (database, error))
    return FALSE;
  if (snapshot != NULL && (taken = take_snapshot (database, id, error)) == NULL)
    goto fail;
  if (!fv_database_run_with_id (database, "DELETE FROM agreement WHERE exchange_id = ?1;", id, error) ||
      !fv_database_run_with_id (database, "DELETE FROM exchange WHERE id = ?1;", id, error))
    goto fail;
  fv_database_note_change (database, "exchange", id);
  fv_database_note_change (database, "agreement", 0);
  if (!fv_database_commit (database, error))
    return FALSE;
  if (snapshot != NULL)
    *snapshot = g_steal_pointer (&taken);
  return TRUE;

fail:
  fv_database_rollback (database);
  return FALSE;
}

/* Inserts with the old id when it is still free, else lets SQLite choose:
 * an exchange or agreement made since the delete may have taken it. */
#define KEEP_ID(table) "CASE WHEN EXISTS (SELECT 1 FROM " table " WHERE id = ?1) THEN NULL ELSE ?1 END"

static gboolean
restore_exchange (FvDatabase              *database,
                  const FvExchangeRecord  *exchange,
                  gint64                  *new_id,
                  GError                 **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = fv_database_prepare (database,
                              "INSERT INTO exchange (id, name, date, place, municipality, notes, created_at, updated_at)"
                              " VALUES (" KEEP_ID ("exchange") ", ?2, ?3, ?4, ?5, ?6,"
                              "  coalesce (?7, " NOW_SQL "), coalesce (?8, " NOW_SQL "));", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, exchange->id);
  fv_sql_bind_text (stmt, 2, exchange->name);
  fv_sql_bind_text (stmt, 3, exchange->date);
  fv_sql_bind_text (stmt, 4, exchange->place);
  fv_sql_bind_text (stmt, 5, exchange->municipality);
  fv_sql_bind_text (stmt, 6, exchange->notes);
  fv_sql_bind_text (stmt, 7, exchange->created_at);
  fv_sql_bind_text (stmt, 8, exchange->updated_at);
  if (!fv_database_step_done (database, stmt, error))
    return FALSE;
  *new_id = sqlite3_last_insert_rowid (fv_database_get_handle (database));
  return TRUE;
}

static gboolean
restore_participant (FvDatabase               *database,
                     gint64                    exchange_id,
                     const StoredParticipant  *participant,
                     GError                  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  stmt = fv_database_prepare (database,
                              "INSERT INTO exchange_participant (exchange_id, organisation_id, sector, created_at)"
                              " VALUES (?1, ?2, ?3, coalesce (?4, " NOW_SQL "));", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, exchange_id);
  sqlite3_bind_int64 (stmt, 2, participant->organisation_id);
  fv_sql_bind_text (stmt, 3, participant->sector);
  fv_sql_bind_text (stmt, 4, participant->created_at);
  if (fv_database_step_done (database, stmt, &local_error))
    return TRUE;
  if (g_error_matches (local_error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT))
    g_set_error_literal (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_NOT_FOUND,
                         _("The exchange cannot be put back: an organisation that took part has been "
                           "deleted from the register since."));
  else
    g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

static gboolean
restore_agreement (FvDatabase               *database,
                   gint64                    exchange_id,
                   const FvAgreementRecord  *agreement,
                   GError                  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = fv_database_prepare (database,
                              "INSERT INTO agreement (id, exchange_id, form_number, giver_id, receiver_id, description,"
                              " in_return, category, deadline, status, follow_up, created_at, updated_at)"
                              " VALUES (" KEEP_ID ("agreement") ", ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11,"
                              "  coalesce (?12, " NOW_SQL "), coalesce (?13, " NOW_SQL "));", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, agreement->id);
  sqlite3_bind_int64 (stmt, 2, exchange_id);
  sqlite3_bind_int (stmt, 3, (int) agreement->form_number);
  sqlite3_bind_int64 (stmt, 4, agreement->giver_id);
  sqlite3_bind_int64 (stmt, 5, agreement->receiver_id);
  fv_sql_bind_text (stmt, 6, agreement->description);
  fv_sql_bind_text (stmt, 7, agreement->in_return);
  fv_sql_bind_text (stmt, 8, agreement->category);
  fv_sql_bind_text (stmt, 9, agreement->deadline);
  sqlite3_bind_text (stmt, 10, fv_agreement_status_to_string (agreement->status), -1, SQLITE_STATIC);
  fv_sql_bind_text (stmt, 11, agreement->follow_up);
  fv_sql_bind_text (stmt, 12, agreement->created_at);
  fv_sql_bind_text (stmt, 13, agreement->updated_at);
  return fv_database_step_done (database, stmt, error);
}

/**
 * fv_exchange_store_restore:
 * @snapshot: what fv_exchange_store_delete_full() took
 *
 * Undo of a delete: puts the exchange back with its participants and
 * agreements, in one transaction: all of it or, when that cannot be, none.
 * The ids are the old ones unless something new has taken them since; the
 * snapshot's exchange gets the id it came back with.
 */
gboolean
fv_exchange_store_restore (FvDatabase          *database,
                           FvExchangeSnapshot  *snapshot,
                           GError             **error)
{
  gint64 id = 0;

  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (snapshot != NULL, FALSE);

  if (!fv_database_begin (database, error))
    return FALSE;
  if (!restore_exchange (database, snapshot->exchange, &id, error))
    goto fail;
  for (guint i = 0; i < snapshot->participants->len; i++)
    if (!restore_participant (database, id, snapshot->participants->pdata[i], error))
      goto fail;
  for (guint i = 0; i < snapshot->agreements->len; i++)
    if (!restore_agreement (database, id, snapshot->agreements->pdata[i], error))
      goto fail;

  fv_database_note_change (database, "exchange", id);
  fv_database_note_change (database, "agreement", 0);
  if (!fv_database_commit (database, error))
    return FALSE;
  snapshot->exchange->id = id;
  return TRUE;

fail:
  fv_database_rollback (database);
  return FALSE;
}

/* Participants -------------------------------------------------------------- */

gboolean
fv_exchange_store_add_participant (FvDatabase  *database,
                                   gint64       exchange_id,
                                   gint64       organisation_id,
                                   GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);

  if (!fv_database_begin (database, error))
    return FALSE;

  /* Adding someone twice is no change. */
  stmt = fv_database_prepare (database,
                              "INSERT OR IGNORE INTO exchange_participant (exchange_id, organisation_id, sector)"
                              " SELECT ?1, o.id, o.sector FROM organisation o, exchange e"
                              " WHERE o.id = ?2 AND e.id = ?1;", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, exchange_id);
  sqlite3_bind_int64 (stmt, 2, organisation_id);
  if (!fv_database_step_done (database, stmt, error))
    goto fail;
  if (sqlite3_changes (fv_database_get_handle (database)) == 0)
    {
      g_autoptr(sqlite3_stmt) check = fv_database_prepare (database,
                                                           "SELECT 1 FROM exchange_participant"
                                                           " WHERE exchange_id = ?1 AND organisation_id = ?2;",
                                                           error);
      if (check == NULL)
        goto fail;
      sqlite3_bind_int64 (check, 1, exchange_id);
      sqlite3_bind_int64 (check, 2, organisation_id);
      if (sqlite3_step (check) != SQLITE_ROW)
        {
          set_not_found (error, _("The exchange or the organisation is no longer in the database."));
          goto fail;
        }
    }

  fv_database_note_change (database, "exchange", exchange_id);
  return fv_database_commit (database, error);

fail:
  fv_database_rollback (database);
  return FALSE;
}

/* Refuses while the participant is a party to an agreement: the agreement would lose a side. */
gboolean
fv_exchange_store_remove_participant (FvDatabase  *database,
                                      gint64       exchange_id,
                                      gint64       organisation_id,
                                      GError     **error)
{
  g_autoptr(sqlite3_stmt) count = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int n;

  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);

  if (!fv_database_begin (database, error))
    return FALSE;

  count = fv_database_prepare (database,
                               "SELECT count(*) FROM agreement WHERE exchange_id = ?1"
                               " AND (giver_id = ?2 OR receiver_id = ?2);", error);
  if (count == NULL)
    goto fail;
  sqlite3_bind_int64 (count, 1, exchange_id);
  sqlite3_bind_int64 (count, 2, organisation_id);
  if (sqlite3_step (count) != SQLITE_ROW)
    {
      step_error (database, error);
      goto fail;
    }
  n = sqlite3_column_int (count, 0);
  if (n > 0)
    {
      g_set_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The participant is a party to %d agreement. Delete the agreement first.",
                                "The participant is a party to %d agreements. Delete those first.", n),
                   n);
      goto fail;
    }

  stmt = fv_database_prepare (database,
                              "DELETE FROM exchange_participant WHERE exchange_id = ?1 AND organisation_id = ?2;",
                              error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, exchange_id);
  sqlite3_bind_int64 (stmt, 2, organisation_id);
  if (!fv_database_step_done (database, stmt, error))
    goto fail;

  fv_database_note_change (database, "exchange", exchange_id);
  return fv_database_commit (database, error);

fail:
  fv_database_rollback (database);
  return FALSE;
}

static GPtrArray *
read_participants (FvDatabase    *database,
                   sqlite3_stmt  *stmt,
                   GError       **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_participant_free);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FvParticipant *participant = g_new0 (FvParticipant, 1);

      participant->organisation_id = sqlite3_column_int64 (stmt, 0);
      participant->name = fv_sql_dup_text (stmt, 1);
      participant->sector = fv_sql_dup_text (stmt, 2);
      participant->n_agreements = sqlite3_column_int (stmt, 3);
      g_ptr_array_add (list, participant);
    }
  if (rc != SQLITE_DONE)
    {
      step_error (database, error);
      return NULL;
    }
  return g_steal_pointer (&list);
}

/**
 * fv_exchange_store_list_participants:
 *
 * Returns: (transfer full) (element-type FvParticipant): the participants in name order
 */
GPtrArray *
fv_exchange_store_list_participants (FvDatabase  *database,
                                     gint64       exchange_id,
                                     GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (FV_IS_DATABASE (database), NULL);

  stmt = fv_database_prepare (database,
                              "SELECT o.id, o.name, p.sector,"
                              " (SELECT count(*) FROM agreement a WHERE a.exchange_id = p.exchange_id"
                              "   AND (a.giver_id = o.id OR a.receiver_id = o.id))"
                              " FROM exchange_participant p JOIN organisation o ON o.id = p.organisation_id"
                              " WHERE p.exchange_id = ?1 ORDER BY o.name_key, o.id;", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, exchange_id);
  return read_participants (database, stmt, error);
}

/**
 * fv_exchange_store_find_candidates:
 * @search: (nullable): part of the name or short name
 *
 * Organisations of the registry that do not yet take part, for the "add
 * participant" search, in name order.
 *
 * Returns: (transfer full) (element-type FvParticipant): at most @limit organisations
 */
GPtrArray *
fv_exchange_store_find_candidates (FvDatabase  *database,
                                   gint64       exchange_id,
                                   const char  *search,
                                   guint        limit,
                                   GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *pattern = NULL;
  g_autoptr(GString) escaped = g_string_new (NULL);

  g_return_val_if_fail (FV_IS_DATABASE (database), NULL);

  for (const char *p = search != NULL ? search : ""; *p != '\0'; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (escaped, '\\');
      g_string_append_c (escaped, *p);
    }
  pattern = g_strdup_printf ("%%%s%%", g_strstrip (escaped->str));

  stmt = fv_database_prepare (database,
                              "SELECT o.id, o.name, o.sector, 0 FROM organisation o"
                              " WHERE (o.name LIKE ?2 ESCAPE '\\' OR o.short_name LIKE ?2 ESCAPE '\\')"
                              " AND NOT EXISTS (SELECT 1 FROM exchange_participant p"
                              "                 WHERE p.exchange_id = ?1 AND p.organisation_id = o.id)"
                              " ORDER BY o.active DESC, o.name_key, o.id LIMIT ?3;", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, exchange_id);
  sqlite3_bind_text (stmt, 2, pattern, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, (int) MIN (limit, G_MAXINT));
  return read_participants (database, stmt, error);
}

/* Agreements ---------------------------------------------------------------- */

#define AGREEMENT_SELECT \
  "SELECT a.id, a.exchange_id, a.form_number, a.giver_id, a.receiver_id," \
  " g.name, pg.sector, r.name, pr.sector, a.description, a.in_return, a.category, a.deadline," \
  " a.status, a.follow_up, a.created_at, a.updated_at, e.name" \
  " FROM agreement a" \
  " JOIN exchange e ON e.id = a.exchange_id" \
  " JOIN organisation g ON g.id = a.giver_id" \
  " JOIN organisation r ON r.id = a.receiver_id" \
  " JOIN exchange_participant pg ON pg.exchange_id = a.exchange_id AND pg.organisation_id = a.giver_id" \
  " JOIN exchange_participant pr ON pr.exchange_id = a.exchange_id AND pr.organisation_id = a.receiver_id"

static FvAgreementRecord *
read_agreement (sqlite3_stmt *stmt)
{
  FvAgreementRecord *record = g_new0 (FvAgreementRecord, 1);
  int c = 0;

  record->id = sqlite3_column_int64 (stmt, c++);
  record->exchange_id = sqlite3_column_int64 (stmt, c++);
  record->form_number = sqlite3_column_int (stmt, c++);
  record->giver_id = sqlite3_column_int64 (stmt, c++);
  record->receiver_id = sqlite3_column_int64 (stmt, c++);
  record->giver_name = fv_sql_dup_text (stmt, c++);
  record->giver_sector = fv_sql_dup_text (stmt, c++);
  record->receiver_name = fv_sql_dup_text (stmt, c++);
  record->receiver_sector = fv_sql_dup_text (stmt, c++);
  record->description = fv_sql_dup_text (stmt, c++);
  record->in_return = fv_sql_dup_text (stmt, c++);
  record->category = fv_sql_dup_text (stmt, c++);
  record->deadline = fv_sql_dup_text (stmt, c++);
  record->status = fv_agreement_status_from_string ((const char *) sqlite3_column_text (stmt, c++));
  record->follow_up = fv_sql_dup_text (stmt, c++);
  record->created_at = fv_sql_dup_text (stmt, c++);
  record->updated_at = fv_sql_dup_text (stmt, c++);
  record->exchange_name = fv_sql_dup_text (stmt, c++);
  return record;
}

/**
 * fv_exchange_store_list_agreements:
 *
 * Returns: (transfer full) (element-type FvAgreementRecord): the agreements by form number
 */
GPtrArray *
fv_exchange_store_list_agreements (FvDatabase  *database,
                                   gint64       exchange_id,
                                   GError     **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_agreement_record_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (FV_IS_DATABASE (database), NULL);

  stmt = fv_database_prepare (database, AGREEMENT_SELECT " WHERE a.exchange_id = ?1 ORDER BY a.form_number;",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, exchange_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, read_agreement (stmt));
  if (rc != SQLITE_DONE)
    {
      step_error (database, error);
      return NULL;
    }
  return g_steal_pointer (&list);
}

FvAgreementRecord *
fv_exchange_store_load_agreement (FvDatabase  *database,
                                  gint64       id,
                                  GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (FV_IS_DATABASE (database), NULL);

  stmt = fv_database_prepare (database, AGREEMENT_SELECT " WHERE a.id = ?1;", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      set_not_found (error, _("The agreement is no longer in the database."));
      return NULL;
    }
  return read_agreement (stmt);
}

guint
fv_exchange_store_next_form_number (FvDatabase  *database,
                                    gint64       exchange_id,
                                    GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (FV_IS_DATABASE (database), 0);

  stmt = fv_database_prepare (database,
                              "SELECT coalesce (max (form_number), 0) + 1 FROM agreement WHERE exchange_id = ?1;",
                              error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, exchange_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      step_error (database, error);
      return 0;
    }
  return (guint) sqlite3_column_int (stmt, 0);
}

/* Which rule a refused write broke, in words for the form. */
static gboolean
explain_agreement_error (FvDatabase         *database,
                         FvAgreementRecord  *record,
                         GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = fv_database_prepare (database,
                              "SELECT (SELECT count(*) FROM agreement WHERE exchange_id = ?1 AND form_number = ?2"
                              "        AND id <> ?3),"
                              " (SELECT count(*) FROM exchange_participant WHERE exchange_id = ?1"
                              "        AND organisation_id IN (?4, ?5));", NULL);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, record->exchange_id);
  sqlite3_bind_int (stmt, 2, (int) record->form_number);
  sqlite3_bind_int64 (stmt, 3, record->id);
  sqlite3_bind_int64 (stmt, 4, record->giver_id);
  sqlite3_bind_int64 (stmt, 5, record->receiver_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return FALSE;

  if (sqlite3_column_int (stmt, 0) > 0)
    {
      g_set_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_EXISTS,
                   /* Translators: %u is a form number */
                   _("Agreement no. %u is already recorded for this exchange."), record->form_number);
      return TRUE;
    }
  if (sqlite3_column_int (stmt, 1) < 2)
    {
      g_set_error_literal (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT,
                           _("Both parties must take part in the exchange."));
      return TRUE;
    }
  return FALSE;
}

/**
 * fv_exchange_store_save_agreement:
 * @record: the agreement; a new one (id 0) gets its id, a form number when it
 *   has none and a deadline a year after the exchange when it has none
 *
 * Writes the agreement in one transaction after checking it.
 */
gboolean
fv_exchange_store_save_agreement (FvDatabase         *database,
                                  FvAgreementRecord  *record,
                                  GError            **error)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (record != NULL, FALSE);

  problems = fv_agreement_record_check (record);
  if (problems->len > 0)
    return set_problems_error (problems, error);

  if (!fv_database_begin (database, error))
    return FALSE;

  if (record->form_number == 0)
    {
      record->form_number = fv_exchange_store_next_form_number (database, record->exchange_id, error);
      if (record->form_number == 0)
        goto fail;
    }

  if (record->id == 0)
    stmt = fv_database_prepare (database,
                                "INSERT INTO agreement (exchange_id, form_number, giver_id, receiver_id, description,"
                                " in_return, category, deadline, status, follow_up)"
                                " SELECT ?2, ?3, ?4, ?5, ?6, ?7, ?8,"
                                "  coalesce (?9, date (e.date, '+1 year')), ?10, ?11"
                                " FROM exchange e WHERE e.id = ?2;", error);
  else
    stmt = fv_database_prepare (database,
                                "UPDATE agreement SET form_number = ?3, giver_id = ?4, receiver_id = ?5,"
                                " description = ?6, in_return = ?7, category = ?8,"
                                " deadline = coalesce (?9, (SELECT date (e.date, '+1 year') FROM exchange e"
                                "                            WHERE e.id = agreement.exchange_id)),"
                                " status = ?10, follow_up = ?11, updated_at = " NOW_SQL
                                " WHERE id = ?1 AND exchange_id = ?2;", error);
  if (stmt == NULL)
    goto fail;

  if (record->id != 0)
    sqlite3_bind_int64 (stmt, 1, record->id);
  sqlite3_bind_int64 (stmt, 2, record->exchange_id);
  sqlite3_bind_int (stmt, 3, (int) record->form_number);
  sqlite3_bind_int64 (stmt, 4, record->giver_id);
  sqlite3_bind_int64 (stmt, 5, record->receiver_id);
  {
    g_autofree char *description = g_strstrip (g_strdup (record->description));
    g_autofree char *in_return = record->in_return != NULL ? g_strstrip (g_strdup (record->in_return)) : NULL;

    fv_sql_bind_text (stmt, 6, description);
    fv_sql_bind_text (stmt, 7, in_return);
  }
  fv_sql_bind_text (stmt, 8, record->category);
  fv_sql_bind_text (stmt, 9, record->deadline);
  sqlite3_bind_text (stmt, 10, fv_agreement_status_to_string (record->status), -1, SQLITE_STATIC);
  fv_sql_bind_text (stmt, 11, record->follow_up);

  if (!fv_database_step_done (database, stmt, &local_error))
    {
      if (g_error_matches (local_error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT) &&
          explain_agreement_error (database, record, error))
        goto fail;
      g_propagate_error (error, g_steal_pointer (&local_error));
      goto fail;
    }
  if (sqlite3_changes (fv_database_get_handle (database)) == 0)
    {
      set_not_found (error, record->id == 0 ? _("The exchange is no longer in the database.")
                                            : _("The agreement is no longer in the database."));
      goto fail;
    }
  if (record->id == 0)
    record->id = sqlite3_last_insert_rowid (fv_database_get_handle (database));

  if (record->deadline == NULL)
    {
      g_autoptr(sqlite3_stmt) deadline = fv_database_prepare (database,
                                                              "SELECT deadline FROM agreement WHERE id = ?1;", error);

      if (deadline == NULL)
        goto fail;
      sqlite3_bind_int64 (deadline, 1, record->id);
      if (sqlite3_step (deadline) == SQLITE_ROW)
        record->deadline = fv_sql_dup_text (deadline, 0);
    }

  fv_database_note_change (database, "agreement", record->id);
  fv_database_note_change (database, "exchange", record->exchange_id);
  return fv_database_commit (database, error);

fail:
  fv_database_rollback (database);
  return FALSE;
}

/* An update of agreement @id (?1) to @status (?2), bound and ready to run;
 * %NULL when @sql does not prepare. */
static sqlite3_stmt *
prepare_status_update (FvDatabase         *database,
                       const char         *sql,
                       gint64              id,
                       FvAgreementStatus   status,
                       GError            **error)
{
  sqlite3_stmt *stmt = fv_database_prepare (database, sql, error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, fv_agreement_status_to_string (status), -1, SQLITE_STATIC);
  return stmt;
}

/* Runs @stmt (%NULL when it did not prepare) in the transaction the caller
 * began, and commits when it changed agreement @id; otherwise rolls back, so
 * an agreement deleted meanwhile is reported rather than silently missed. */
static gboolean
run_agreement_update (FvDatabase    *database,
                      sqlite3_stmt  *stmt,
                      gint64         id,
                      GError       **error)
{
  if (stmt == NULL || !fv_database_step_done (database, stmt, error))
    goto fail;
  if (sqlite3_changes (fv_database_get_handle (database)) == 0)
    {
      set_not_found (error, _("The agreement is no longer in the database."));
      goto fail;
    }
  fv_database_note_change (database, "agreement", id);
  return fv_database_commit (database, error);

fail:
  fv_database_rollback (database);
  return FALSE;
}

/* The follow-up: fulfilled, not fulfilled or cancelled. */
gboolean
fv_exchange_store_set_agreement_status (FvDatabase         *database,
                                        gint64              id,
                                        FvAgreementStatus   status,
                                        GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (status < FV_AGREEMENT_N_STATUSES, FALSE);

  if (!fv_database_begin (database, error))
    return FALSE;
  stmt = prepare_status_update (database, "UPDATE agreement SET status = ?2, updated_at = " NOW_SQL " WHERE id = ?1;",
                                id, status, error);
  return run_agreement_update (database, stmt, id, error);
}

/**
 * fv_exchange_store_follow_up:
 * @follow_up: (nullable): what the coordinator learnt; blank clears it
 *
 * The follow-up after the exchange: the agreement's status and a note of how
 * it went, written together in one transaction.
 */
gboolean
fv_exchange_store_follow_up (FvDatabase         *database,
                             gint64              id,
                             FvAgreementStatus   status,
                             const char         *follow_up,
                             GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *note = NULL;

  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (status < FV_AGREEMENT_N_STATUSES, FALSE);

  if (!fv_text_is_blank (follow_up))
    note = g_strstrip (g_strdup (follow_up));

  if (!fv_database_begin (database, error))
    return FALSE;
  stmt = prepare_status_update (database,
                                "UPDATE agreement SET status = ?2, follow_up = ?3, updated_at = " NOW_SQL
                                " WHERE id = ?1;", id, status, error);
  if (stmt != NULL)
    fv_sql_bind_text (stmt, 3, note);
  return run_agreement_update (database, stmt, id, error);
}

/* Today's date in ISO 8601, as the deadlines are written. */
char *
fv_exchange_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* Still open and its deadline is behind @today (ISO dates compare as text). */
gboolean
fv_agreement_record_is_overdue (const FvAgreementRecord *record,
                                const char              *today)
{
  g_return_val_if_fail (record != NULL, FALSE);
  g_return_val_if_fail (today != NULL, FALSE);

  return record->status == FV_AGREEMENT_AGREED && record->deadline != NULL &&
         strcmp (record->deadline, today) < 0;
}

/* Still open, not overdue, and due within @within_days of @today. */
gboolean
fv_agreement_record_is_due_soon (const FvAgreementRecord *record,
                                 const char              *today,
                                 guint                    within_days)
{
  int y, m, d;
  GDate date;
  char limit[16];

  g_return_val_if_fail (record != NULL, FALSE);
  g_return_val_if_fail (today != NULL, FALSE);

  if (record->status != FV_AGREEMENT_AGREED || record->deadline == NULL ||
      fv_agreement_record_is_overdue (record, today) ||
      sscanf (today, "%4d-%2d-%2d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  g_date_add_days (&date, within_days);
  g_snprintf (limit, sizeof limit, "%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date),
              g_date_get_day (&date));
  return strcmp (record->deadline, limit) <= 0;
}

/**
 * fv_exchange_store_list_due:
 * @today: (nullable): an ISO date; %NULL for today
 * @within_days: how far ahead a deadline counts as near
 *
 * The agreements that need following up, across every exchange: still
 * agreed, with the deadline passed or at most @within_days away. The most
 * overdue come first.
 *
 * Returns: (transfer full) (element-type FvAgreementRecord): the agreements,
 *   with their exchange's name
 */
GPtrArray *
fv_exchange_store_list_due (FvDatabase  *database,
                            const char  *today,
                            guint        within_days,
                            GError     **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_agreement_record_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = NULL;
  g_autofree char *modifier = NULL;
  int rc;

  g_return_val_if_fail (FV_IS_DATABASE (database), NULL);

  if (today == NULL)
    today = now = fv_exchange_today ();
  modifier = g_strdup_printf ("+%u days", within_days);
  stmt = fv_database_prepare (database,
                              AGREEMENT_SELECT
                              " WHERE a.status = 'agreed' AND a.deadline <= date (?1, ?2)"
                              " ORDER BY a.deadline, e.date, e.id, a.form_number;", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, today, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, modifier, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, read_agreement (stmt));
  if (rc != SQLITE_DONE)
    {
      step_error (database, error);
      return NULL;
    }
  return g_steal_pointer (&list);
}

gboolean
fv_exchange_store_delete_agreement (FvDatabase  *database,
                                    gint64       id,
                                    GError     **error)
{
  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);

  if (!fv_database_begin (database, error))
    return FALSE;
  if (!fv_database_run_with_id (database, "DELETE FROM agreement WHERE id = ?1;", id, error))
    {
      fv_database_rollback (database);
      return FALSE;
    }
  fv_database_note_change (database, "agreement", id);
  fv_database_note_change (database, "exchange", 0);
  return fv_database_commit (database, error);
}

/* Follow-up counts ------------------------------------------------------------ */

/**
 * fv_exchange_store_summarise:
 *
 * Counts the exchange's participants by sector, and its agreements by status,
 * sector pair (giver → receiver) and category.
 */
gboolean
fv_exchange_store_summarise (FvDatabase         *database,
                             gint64              exchange_id,
                             FvExchangeSummary  *summary,
                             GError            **error)
{
  g_autoptr(sqlite3_stmt) participants = NULL;
  g_autoptr(sqlite3_stmt) agreements = NULL;
  const FvKind *kinds;
  guint n_kinds;
  int rc;

  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (summary != NULL, FALSE);

  memset (summary, 0, sizeof *summary);
  kinds = fv_offer_kinds (&n_kinds);
  g_assert (n_kinds <= G_N_ELEMENTS (summary->by_category));

  participants = fv_database_prepare (database,
                                      "SELECT sector, count(*) FROM exchange_participant"
                                      " WHERE exchange_id = ?1 GROUP BY sector;", error);
  agreements = fv_database_prepare (database,
                                    "SELECT pg.sector, pr.sector, a.category, a.status,"
                                    " a.in_return IS NOT NULL,"
                                    " a.status = 'agreed' AND a.deadline < date ('now', 'localtime'),"
                                    " count(*)"
                                    " FROM agreement a"
                                    " JOIN exchange_participant pg ON pg.exchange_id = a.exchange_id"
                                    "  AND pg.organisation_id = a.giver_id"
                                    " JOIN exchange_participant pr ON pr.exchange_id = a.exchange_id"
                                    "  AND pr.organisation_id = a.receiver_id"
                                    " WHERE a.exchange_id = ?1 GROUP BY 1, 2, 3, 4, 5, 6;", error);
  if (participants == NULL || agreements == NULL)
    return FALSE;

  sqlite3_bind_int64 (participants, 1, exchange_id);
  while ((rc = sqlite3_step (participants)) == SQLITE_ROW)
    {
      guint n = sqlite3_column_int (participants, 1);

      summary->participants_by_sector[fv_sector_from_string ((const char *) sqlite3_column_text (participants, 0))] += n;
      summary->n_participants += n;
    }
  if (rc != SQLITE_DONE)
    return step_error (database, error);

  sqlite3_bind_int64 (agreements, 1, exchange_id);
  while ((rc = sqlite3_step (agreements)) == SQLITE_ROW)
    {
      FvSector giver = fv_sector_from_string ((const char *) sqlite3_column_text (agreements, 0));
      FvSector receiver = fv_sector_from_string ((const char *) sqlite3_column_text (agreements, 1));
      const char *category = (const char *) sqlite3_column_text (agreements, 2);
      FvAgreementStatus status = fv_agreement_status_from_string ((const char *) sqlite3_column_text (agreements, 3));
      guint n = sqlite3_column_int (agreements, 6);

      summary->n_agreements += n;
      summary->by_status[status] += n;
      summary->by_sectors[giver][receiver] += n;
      for (guint i = 0; i < n_kinds; i++)
        if (g_strcmp0 (kinds[i].key, category) == 0)
          summary->by_category[i] += n;
      if (sqlite3_column_int (agreements, 4))
        summary->n_two_way += n;
      if (sqlite3_column_int (agreements, 5))
        summary->n_overdue += n;
    }
  if (rc != SQLITE_DONE)
    return step_error (database, error);

  return TRUE;
}
