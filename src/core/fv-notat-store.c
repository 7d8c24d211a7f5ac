/* fv-notat-store.c — notater: formal notes to political committees
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A notat is one row of `notat` and its committees (Til) in `notat_recipient`,
 * in the order they are printed. Every write is one short transaction with
 * bound values and notes the change, so `changed::notat` reaches the views.
 * The case and journal numbers are checked the way the archive (Noark 5)
 * writes them: two digits of the year, a slash and the sequence number —
 * 22/22387 — and for a document in a case a dash and its number: 22/2665-8.
 *
 * A notat marked sent (to its committees) keeps the day it was sent and is
 * locked: fv_notat_store_save() refuses to change it until
 * fv_notat_store_set_status() makes it a draft again, so a stale editor can
 * never quietly rewrite what the committee has received.
 *
 * fv_notat_store_facts() writes a few facts from the register as notat text
 * (see fv-notat.h for its markup), for the coordinator to insert and edit.
 */

#define G_LOG_DOMAIN "fv-notat-store"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "fv-exchange-store.h"
#include "fv-validate.h"
#include "fv-icnpo.h"
#include "fv-notat-store.h"
#include "fv-sql.h"

#define NOW_SQL "strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')"
#define MAX_WHEEL_FACTS 8

/* Records ------------------------------------------------------------------- */

FvNotat *
fv_notat_new (void)
{
  FvNotat *notat = g_new0 (FvNotat, 1);

  notat->recipients = g_ptr_array_new_with_free_func (g_free);
  return notat;
}

FvNotat *
fv_notat_copy (const FvNotat *notat)
{
  FvNotat *copy;

  g_return_val_if_fail (notat != NULL, NULL);

  copy = fv_notat_new ();
  copy->id = notat->id;
  copy->date = g_strdup (notat->date);
  copy->arkivkode = g_strdup (notat->arkivkode);
  copy->journalpost = g_strdup (notat->journalpost);
  copy->saksnummer = g_strdup (notat->saksnummer);
  for (guint i = 0; notat->recipients != NULL && i < notat->recipients->len; i++)
    g_ptr_array_add (copy->recipients, g_strdup (notat->recipients->pdata[i]));
  copy->sender = g_strdup (notat->sender);
  copy->subject = g_strdup (notat->subject);
  copy->body = g_strdup (notat->body);
  copy->status = notat->status;
  copy->sent_at = g_strdup (notat->sent_at);
  copy->created_at = g_strdup (notat->created_at);
  copy->updated_at = g_strdup (notat->updated_at);
  return copy;
}

void
fv_notat_free (FvNotat *notat)
{
  if (notat == NULL)
    return;
  g_free (notat->date);
  g_free (notat->arkivkode);
  g_free (notat->journalpost);
  g_free (notat->saksnummer);
  g_clear_pointer (&notat->recipients, g_ptr_array_unref);
  g_free (notat->sender);
  g_free (notat->subject);
  g_free (notat->body);
  g_free (notat->sent_at);
  g_free (notat->created_at);
  g_free (notat->updated_at);
  g_free (notat);
}

static gboolean
all_digits (const char *text,
            gsize       length)
{
  if (length == 0)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

/**
 * fv_notat_number_is_valid:
 * @text: a journal or case number
 * @allow_document: whether a document number ("-8") may follow
 *
 * Whether @text is written the archive's way: two digits of the year, a slash
 * and a sequence number of one to seven digits (22/22387), and when
 * @allow_document a dash and a document number of one to four digits
 * (22/2665-8).
 */
gboolean
fv_notat_number_is_valid (const char *text,
                          gboolean    allow_document)
{
  const char *slash, *dash;
  gsize sequence_length;

  if (text == NULL)
    return FALSE;
  slash = strchr (text, '/');
  if (slash == NULL || slash - text != 2 || !all_digits (text, 2))
    return FALSE;
  dash = strchr (slash + 1, '-');
  sequence_length = dash != NULL ? (gsize) (dash - slash - 1) : strlen (slash + 1);
  if (sequence_length > 7 || !all_digits (slash + 1, sequence_length))
    return FALSE;
  if (dash == NULL)
    return TRUE;
  return allow_document && strlen (dash + 1) <= 4 && all_digits (dash + 1, strlen (dash + 1));
}

/**
 * fv_notat_check:
 *
 * Returns: (transfer full) (element-type FvFieldProblem): what is wrong, empty when nothing is
 */
GPtrArray *
fv_notat_check (const FvNotat *notat)
{
  GPtrArray *problems = fv_field_problems_new ();
  GDate date;
  guint n_recipients = 0;

  if (!fv_iso_date_parse (notat->date, &date))
    fv_field_problems_add (problems, "date", _("Write the date as day.month.year, for example 02.02.2022."));
  if (!fv_text_is_blank (notat->journalpost) && !fv_notat_number_is_valid (notat->journalpost, FALSE))
    fv_field_problems_add (problems, "journalpost",
                 _("Write the journal post as year/number, for example 22/22387."));
  if (!fv_text_is_blank (notat->saksnummer) && !fv_notat_number_is_valid (notat->saksnummer, TRUE))
    fv_field_problems_add (problems, "saksnummer",
                 _("Write the case number as year/number, for example 22/2665, or 22/2665-8 for a document in the case."));
  for (guint i = 0; notat->recipients != NULL && i < notat->recipients->len; i++)
    if (!fv_text_is_blank (notat->recipients->pdata[i]))
      n_recipients++;
  if (n_recipients == 0)
    fv_field_problems_add (problems, "recipients", _("The notat needs at least one recipient (Til), such as a committee."));
  if (fv_text_is_blank (notat->subject))
    fv_field_problems_add (problems, "subject", _("The notat needs a subject (Vedrørende)."));
  return problems;
}

/* One recipient a line; blank lines are dropped. */
void
fv_notat_set_recipients_text (FvNotat    *notat,
                              const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", -1);

  g_ptr_array_set_size (notat->recipients, 0);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);

      if (*line != '\0')
        g_ptr_array_add (notat->recipients, g_strdup (line));
    }
}

char *
fv_notat_get_recipients_text (const FvNotat *notat)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; notat->recipients != NULL && i < notat->recipients->len; i++)
    {
      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, notat->recipients->pdata[i]);
    }
  return g_string_free (text, FALSE);
}

/* Helpers ------------------------------------------------------------------- */

static void
set_read_error (FvDatabase  *database,
                GError     **error)
{
  g_set_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_FAILED,
               /* Translators: %s is SQLite's explanation */
               _("Could not read the notater: %s"),
               sqlite3_errmsg (fv_database_get_handle (database)));
}

#define NOTAT_SELECT \
  "SELECT id, date, arkivkode, journalpost, saksnummer, sender, subject, body, status," \
  " created_at, updated_at, sent_at FROM notat"

static FvNotat *
read_notat (sqlite3_stmt *stmt)
{
  FvNotat *notat = fv_notat_new ();

  notat->id = sqlite3_column_int64 (stmt, 0);
  notat->date = fv_sql_dup_text (stmt, 1);
  notat->arkivkode = fv_sql_dup_text (stmt, 2);
  notat->journalpost = fv_sql_dup_text (stmt, 3);
  notat->saksnummer = fv_sql_dup_text (stmt, 4);
  notat->sender = fv_sql_dup_text (stmt, 5);
  notat->subject = fv_sql_dup_text (stmt, 6);
  notat->body = fv_sql_dup_text (stmt, 7);
  notat->status = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 8), "sent") == 0
    ? FV_NOTAT_SENT : FV_NOTAT_DRAFT;
  notat->created_at = fv_sql_dup_text (stmt, 9);
  notat->updated_at = fv_sql_dup_text (stmt, 10);
  notat->sent_at = fv_sql_dup_text (stmt, 11);
  return notat;
}

static gboolean
read_recipients (FvDatabase  *database,
                 FvNotat     *notat,
                 GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = fv_database_prepare (database,
                              "SELECT name FROM notat_recipient WHERE notat_id = ?1 ORDER BY rank;", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, notat->id);
  g_ptr_array_set_size (notat->recipients, 0);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (notat->recipients, fv_sql_dup_text (stmt, 0));
  if (rc != SQLITE_DONE)
    {
      set_read_error (database, error);
      return FALSE;
    }
  return TRUE;
}

/* Reading ------------------------------------------------------------------- */

/**
 * fv_notat_store_list:
 *
 * Returns: (transfer full) (element-type FvNotat): every notat, the newest
 *   first, with its recipients
 */
GPtrArray *
fv_notat_store_list (FvDatabase  *database,
                     GError     **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_notat_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (FV_IS_DATABASE (database), NULL);

  stmt = fv_database_prepare (database, NOTAT_SELECT " ORDER BY date DESC, id DESC;", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, read_notat (stmt));
  if (rc != SQLITE_DONE)
    {
      set_read_error (database, error);
      return NULL;
    }
  for (guint i = 0; i < list->len; i++)
    if (!read_recipients (database, list->pdata[i], error))
      return NULL;
  return g_steal_pointer (&list);
}

static void
set_gone_error (GError **error)
{
  g_set_error_literal (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_NOT_FOUND,
                       _("The notat is no longer in the database."));
}

FvNotat *
fv_notat_store_load (FvDatabase  *database,
                     gint64       id,
                     GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(FvNotat) notat = NULL;

  g_return_val_if_fail (FV_IS_DATABASE (database), NULL);

  stmt = fv_database_prepare (database, NOTAT_SELECT " WHERE id = ?1;", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      set_gone_error (error);
      return NULL;
    }
  notat = read_notat (stmt);
  if (!read_recipients (database, notat, error))
    return NULL;
  return g_steal_pointer (&notat);
}

/* Writing ------------------------------------------------------------------- */

/* Ends a write of notat @id in the transaction the caller began: commits
 * when @written is true and a row changed, else rolls back (a notat deleted
 * meanwhile is reported as gone). */
static gboolean
finish_write (FvDatabase  *database,
              gint64       id,
              gboolean     written,
              GError     **error)
{
  if (written && sqlite3_changes (fv_database_get_handle (database)) == 0)
    {
      set_gone_error (error);
      written = FALSE;
    }
  if (!written)
    {
      fv_database_rollback (database);
      return FALSE;
    }
  fv_database_note_change (database, "notat", id);
  return fv_database_commit (database, error);
}

/* Why an update of notat @id changed no row: it is gone, or it has been sent. */
static void
set_unchanged_error (FvDatabase  *database,
                     gint64       id,
                     GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = fv_database_prepare (database, "SELECT status FROM notat WHERE id = ?1;", NULL);

  if (stmt != NULL)
    sqlite3_bind_int64 (stmt, 1, id);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    g_set_error_literal (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT,
                         _("The notat has been sent and is locked: choose Edit Again to change it."));
  else
    set_gone_error (error);
}

static gboolean
write_notat (FvDatabase     *database,
             const FvNotat  *notat,
             gboolean        insert,
             gboolean        with_id,
             gint64         *new_id,
             GError        **error)
{
  g_autoptr(GPtrArray) problems = fv_notat_check (notat);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *journalpost = NULL;
  g_autofree char *saksnummer = NULL;
  guint rank = 0;

  if (problems->len > 0)
    {
      FvFieldProblem *first = problems->pdata[0];

      g_set_error_literal (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT, first->message);
      return FALSE;
    }
  journalpost = g_strstrip (g_strdup (notat->journalpost != NULL ? notat->journalpost : ""));
  saksnummer = g_strstrip (g_strdup (notat->saksnummer != NULL ? notat->saksnummer : ""));

  if (!fv_database_begin (database, error))
    return FALSE;

  if (insert)
    stmt = fv_database_prepare (database,
                                "INSERT INTO notat (id, date, arkivkode, journalpost, saksnummer, sender,"
                                " subject, body, status, created_at, sent_at)"
                                " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, coalesce (?10, " NOW_SQL "),"
                                " CASE WHEN ?9 = 'sent' THEN coalesce (?11, date ('now', 'localtime')) END);",
                                error);
  else
    /* Only a draft is changed; the status has its own function. */
    stmt = fv_database_prepare (database,
                                "UPDATE notat SET date = ?2, arkivkode = ?3, journalpost = ?4, saksnummer = ?5,"
                                " sender = ?6, subject = ?7, body = ?8,"
                                " updated_at = " NOW_SQL " WHERE id = ?1 AND status = 'draft';", error);
  if (stmt == NULL)
    goto fail;

  if (!insert || with_id)
    sqlite3_bind_int64 (stmt, 1, notat->id);
  fv_sql_bind_text (stmt, 2, notat->date);
  fv_sql_bind_text (stmt, 3, notat->arkivkode);
  fv_sql_bind_text (stmt, 4, journalpost);
  fv_sql_bind_text (stmt, 5, saksnummer);
  fv_sql_bind_text (stmt, 6, notat->sender);
  {
    g_autofree char *subject = g_strstrip (g_strdup (notat->subject));

    fv_sql_bind_text (stmt, 7, subject);
  }
  sqlite3_bind_text (stmt, 8, notat->body != NULL ? notat->body : "", -1, SQLITE_TRANSIENT);
  if (insert)
    {
      sqlite3_bind_text (stmt, 9, notat->status == FV_NOTAT_SENT ? "sent" : "draft", -1, SQLITE_STATIC);
      fv_sql_bind_text (stmt, 10, with_id ? notat->created_at : NULL);
      fv_sql_bind_text (stmt, 11, notat->sent_at);
    }
  if (!fv_database_step_done (database, stmt, error))
    goto fail;

  if (insert)
    *new_id = sqlite3_last_insert_rowid (fv_database_get_handle (database));
  else if (sqlite3_changes (fv_database_get_handle (database)) == 0)
    {
      set_unchanged_error (database, notat->id, error);
      goto fail;
    }
  else
    *new_id = notat->id;

  if (!fv_database_run_with_id (database, "DELETE FROM notat_recipient WHERE notat_id = ?1;", *new_id, error))
    goto fail;
  for (guint i = 0; i < notat->recipients->len; i++)
    {
      g_autoptr(sqlite3_stmt) add = NULL;
      g_autofree char *name = g_strstrip (g_strdup (notat->recipients->pdata[i]));

      if (*name == '\0')
        continue;
      add = fv_database_prepare (database,
                                 "INSERT INTO notat_recipient (notat_id, rank, name) VALUES (?1, ?2, ?3);",
                                 error);
      if (add == NULL)
        goto fail;
      sqlite3_bind_int64 (add, 1, *new_id);
      sqlite3_bind_int (add, 2, (int) ++rank);
      sqlite3_bind_text (add, 3, name, -1, SQLITE_TRANSIENT);
      if (!fv_database_step_done (database, add, error))
        goto fail;
    }

  fv_database_note_change (database, "notat", *new_id);
  return fv_database_commit (database, error);

fail:
  fv_database_rollback (database);
  return FALSE;
}

/**
 * fv_notat_store_save:
 * @notat: the notat; a new one (id 0) gets its id
 *
 * Writes the notat and its recipients in one transaction after checking it.
 * A new notat is stored with its status; a stored one keeps its status, and
 * one that has been sent is refused (%FV_DATABASE_ERROR_CONSTRAINT) until it
 * is made a draft again.
 */
gboolean
fv_notat_store_save (FvDatabase  *database,
                     FvNotat     *notat,
                     GError     **error)
{
  gint64 id = 0;

  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (notat != NULL, FALSE);

  if (!write_notat (database, notat, notat->id == 0, FALSE, &id, error))
    return FALSE;
  notat->id = id;
  return TRUE;
}

/**
 * fv_notat_store_set_status:
 * @today: (nullable): ISO date recorded as the day it was sent; %NULL for today
 *
 * Marks the notat sent (to its committees), which locks it, or makes it a
 * draft again, which unlocks it and forgets the day it was sent.
 */
gboolean
fv_notat_store_set_status (FvDatabase     *database,
                           gint64          id,
                           FvNotatStatus   status,
                           const char     *today,
                           GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (status == FV_NOTAT_DRAFT || status == FV_NOTAT_SENT, FALSE);

  if (!fv_database_begin (database, error))
    return FALSE;
  stmt = fv_database_prepare (database,
                              "UPDATE notat SET status = ?2,"
                              " sent_at = CASE WHEN ?2 = 'sent' THEN coalesce (?3, date ('now', 'localtime')) END,"
                              " updated_at = " NOW_SQL " WHERE id = ?1;", error);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_text (stmt, 2, status == FV_NOTAT_SENT ? "sent" : "draft", -1, SQLITE_STATIC);
      fv_sql_bind_text (stmt, 3, today);
    }
  return finish_write (database, id, stmt != NULL && fv_database_step_done (database, stmt, error), error);
}

/* Puts a deleted notat back as it was, with its id: undo of a delete. */
gboolean
fv_notat_store_restore (FvDatabase     *database,
                        const FvNotat  *notat,
                        GError        **error)
{
  gint64 id = 0;

  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (notat != NULL && notat->id > 0, FALSE);

  return write_notat (database, notat, TRUE, TRUE, &id, error);
}

gboolean
fv_notat_store_delete (FvDatabase  *database,
                       gint64       id,
                       GError     **error)
{
  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);

  if (!fv_database_begin (database, error))
    return FALSE;
  return finish_write (database, id,
                       fv_database_run_with_id (database, "DELETE FROM notat WHERE id = ?1;", id, error), error);
}

/* Facts from the register ------------------------------------------------------ */

static gboolean
facts_organisations (FvDatabase  *database,
                     const char  *municipality,
                     GString     *text,
                     GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint by_group[FV_ICNPO_N_GROUPS + 1] = { 0 };
  guint total = 0;
  int rc;

  /* Active voluntary organisations, by the main group of their first category. */
  stmt = fv_database_prepare (database,
                              "SELECT coalesce (c.main_group, 0), count (*) FROM organisation o"
                              " LEFT JOIN organisation_category oc ON oc.organisation_id = o.id AND oc.rank = 1"
                              " LEFT JOIN icnpo_category c ON c.code = oc.category_code"
                              " WHERE o.sector = 'voluntary' AND o.active = 1"
                              " GROUP BY 1;", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int group = sqlite3_column_int (stmt, 0);
      guint count = (guint) sqlite3_column_int (stmt, 1);

      by_group[CLAMP (group, 0, FV_ICNPO_N_GROUPS)] += count;
      total += count;
    }
  if (rc != SQLITE_DONE)
    {
      set_read_error (database, error);
      return FALSE;
    }

  if (total == 0)
    {
      g_string_append (text, _("The register holds no voluntary organisations yet."));
      g_string_append (text, "\n\n");
      return TRUE;
    }

  if (municipality != NULL && *municipality != '\0')
    g_string_append_printf (text,
                            /* Translators: the first fact of a notat; %2$s is the municipality, e.g.
                             * "Volunteering in Bærum kommune comprises 24 clubs and associations (lag og
                             * foreninger) in the register. By main group (ICNPO):" */
                            g_dngettext (GETTEXT_PACKAGE,
                                         "Volunteering in %2$s comprises %1$u club or association (lag og forening) "
                                         "in the register. By main group (ICNPO):",
                                         "Volunteering in %2$s comprises %1$u clubs and associations (lag og "
                                         "foreninger) in the register. By main group (ICNPO):", total),
                            total, municipality);
  else
    g_string_append_printf (text,
                            g_dngettext (GETTEXT_PACKAGE,
                                         "The register holds %u voluntary club or association (lag og forening). "
                                         "By main group (ICNPO):",
                                         "The register holds %u voluntary clubs and associations (lag og "
                                         "foreninger). By main group (ICNPO):", total),
                            total);
  g_string_append (text, "\n\n");

  /* The largest groups first. */
  for (;;)
    {
      int best = -1;

      for (int g = 1; g <= FV_ICNPO_N_GROUPS; g++)
        if (by_group[g] > 0 && (best < 0 || by_group[g] > by_group[best]))
          best = g;
      if (best < 0)
        break;
      g_string_append_printf (text, "- %s: %u\n", fv_icnpo_group_name (best), by_group[best]);
      by_group[best] = 0;
    }
  if (by_group[0] > 0)
    g_string_append_printf (text, "- %s: %u\n", _("Not yet categorised"), by_group[0]);
  g_string_append (text, "\n");
  return TRUE;
}

static gboolean
facts_exchanges (FvDatabase  *database,
                 GString     *text,
                 GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint n_exchanges, n_agreements, n_fulfilled;

  stmt = fv_database_prepare (database,
                              "SELECT (SELECT count (*) FROM exchange),"
                              " (SELECT count (*) FROM agreement WHERE status <> 'cancelled'),"
                              " (SELECT count (*) FROM agreement WHERE status = 'fulfilled');", error);
  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      set_read_error (database, error);
      return FALSE;
    }
  n_exchanges = (guint) sqlite3_column_int (stmt, 0);
  n_agreements = (guint) sqlite3_column_int (stmt, 1);
  n_fulfilled = (guint) sqlite3_column_int (stmt, 2);
  if (n_exchanges == 0)
    return TRUE;

  {
    g_autofree char *exchanges = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "%u volunteer exchange (frivillighetsbørs)",
                                                               "%u volunteer exchanges (frivillighetsbørser)",
                                                               n_exchanges), n_exchanges);
    g_autofree char *agreements = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                "%u agreement", "%u agreements",
                                                                n_agreements), n_agreements);

    /* Translators: a fact in a notat: "At 1 volunteer exchange (frivillighetsbørs), 6 agreements were
     * made between volunteers, public services and businesses; 3 of them are fulfilled so far." */
    g_string_append_printf (text, _("At %s, %s were made between voluntary organisations, public services "
                                    "and businesses; %u of them are fulfilled so far."),
                            exchanges, agreements, n_fulfilled);
  }
  g_string_append (text, "\n\n");
  return TRUE;
}

static gboolean
facts_wheel (FvDatabase  *database,
             const char  *today,
             GString     *text,
             GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GString) items = g_string_new (NULL);
  guint n = 0;
  int rc;

  stmt = fv_database_prepare (database,
                              "SELECT title, start_date FROM wheel_event"
                              " WHERE coalesce (end_date, start_date) >= ?1"
                              " ORDER BY start_date, id LIMIT ?2;", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, today, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, MAX_WHEEL_FACTS);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *date = fv_exchange_format_date ((const char *) sqlite3_column_text (stmt, 1));

      g_string_append_printf (items, "- %s: %s\n", date, (const char *) sqlite3_column_text (stmt, 0));
      n++;
    }
  if (rc != SQLITE_DONE)
    {
      set_read_error (database, error);
      return FALSE;
    }
  if (n == 0)
    return TRUE;
  g_string_append (text, _("Coming up in the annual wheel (årshjul):"));
  g_string_append (text, "\n\n");
  g_string_append (text, items->str);
  g_string_append (text, "\n");
  return TRUE;
}

/**
 * fv_notat_store_facts:
 * @municipality: (nullable): the municipality's name, e.g. "Bærum kommune"
 * @today: (nullable): ISO date from which the annual wheel's events are
 *   listed; %NULL for today
 *
 * Facts from the register as notat text, ready to insert into a body and
 * edit: the voluntary organisations by ICNPO main group, the agreements of the
 * volunteer exchanges and how many are fulfilled, and the annual wheel's next
 * events. Paragraphs are separated by a blank line; lists are "- " lines.
 *
 * Returns: (transfer full): the text, ending in a blank line
 */
char *
fv_notat_store_facts (FvDatabase  *database,
                      const char  *municipality,
                      const char  *today,
                      GError     **error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *now = NULL;

  g_return_val_if_fail (FV_IS_DATABASE (database), NULL);

  if (today == NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_new_now_local ();

      today = now = g_date_time_format (local, "%Y-%m-%d");
    }
  if (!facts_organisations (database, municipality, text, error) ||
      !facts_exchanges (database, text, error) ||
      !facts_wheel (database, today, text, error))
    return NULL;
  return g_string_free (g_steal_pointer (&text), FALSE);
}
