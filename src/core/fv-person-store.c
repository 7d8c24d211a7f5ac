/* fv-person-store.c — the personal data Frivillig keeps: see it all and erase it
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Names, phone numbers, e-mail addresses and notes of people live in one
 * table, `person`; the contact persons of organisations (organisation_contact)
 * and the members of councils and groups (council_member) point at it. This
 * store answers the two questions GDPR lets a person ask of the municipality:
 * what do you keep about me (innsyn, art. 15: the list, the record and its
 * plain-text report), and erase it (art. 17: the row and every link to it, in
 * one transaction). When a table comes to point at `person`, it belongs in
 * read_links() and in erase_rows() below.
 */

#define G_LOG_DOMAIN "fv-person-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fv-council-store.h"
#include "fv-organisation-record.h"
#include "fv-person-store.h"
#include "fv-sort-key.h"
#include "fv-sql.h"

typedef sqlite3_stmt *(*PrepareFunc) (FvDatabase  *database,
                                      const char  *sql,
                                      GError     **error);

#define PERSON_SELECT "SELECT p.id, p.name, p.phone, p.email, p.notes, p.created_at, p.updated_at FROM person p"

/* Where people are used; ?1 narrows to the people of interest (see the callers). */
#define CONTACT_LINKS_SQL \
  "SELECT c.person_id, o.id, o.name, c.role FROM organisation_contact c" \
  " JOIN organisation o ON o.id = c.organisation_id"
#define MEMBER_LINKS_SQL \
  "SELECT m.person_id, g.id, g.name, m.role, o.name, m.term_start, m.term_end, g.kind" \
  " FROM council_member m JOIN council_group g ON g.id = m.group_id" \
  " LEFT JOIN organisation o ON o.id = m.organisation_id"

/* Records ------------------------------------------------------------------- */

void
fv_person_link_free (FvPersonLink *link)
{
  if (link == NULL)
    return;
  g_free (link->target);
  g_free (link->role);
  g_free (link->organisation);
  g_free (link->term_start);
  g_free (link->term_end);
  g_free (link);
}

static FvPersonLink *
fv_person_link_copy (const FvPersonLink *link)
{
  FvPersonLink *copy = g_new0 (FvPersonLink, 1);

  copy->kind = link->kind;
  copy->target_id = link->target_id;
  copy->target = g_strdup (link->target);
  copy->role = g_strdup (link->role);
  copy->organisation = g_strdup (link->organisation);
  copy->term_start = g_strdup (link->term_start);
  copy->term_end = g_strdup (link->term_end);
  return copy;
}

FvPerson *
fv_person_new (void)
{
  FvPerson *person = g_new0 (FvPerson, 1);

  person->links = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_person_link_free);
  return person;
}

/**
 * fv_person_copy:
 *
 * Returns: (transfer full): a deep copy, for a thread to read while the
 *   original goes on being used
 */
FvPerson *
fv_person_copy (const FvPerson *person)
{
  FvPerson *copy = fv_person_new ();

  g_return_val_if_fail (person != NULL, copy);

  copy->id = person->id;
  copy->name = g_strdup (person->name);
  copy->phone = g_strdup (person->phone);
  copy->email = g_strdup (person->email);
  copy->notes = g_strdup (person->notes);
  copy->created_at = g_strdup (person->created_at);
  copy->updated_at = g_strdup (person->updated_at);
  for (guint i = 0; i < person->links->len; i++)
    g_ptr_array_add (copy->links, fv_person_link_copy (person->links->pdata[i]));
  return copy;
}

void
fv_person_free (FvPerson *person)
{
  if (person == NULL)
    return;
  g_free (person->name);
  g_free (person->phone);
  g_free (person->email);
  g_free (person->notes);
  g_free (person->created_at);
  g_free (person->updated_at);
  g_clear_pointer (&person->links, g_ptr_array_unref);
  g_free (person);
}

/**
 * fv_person_link_describe:
 *
 * Returns: (transfer full): one line a person reads: where their data is
 *   used, with the role and the term
 */
char *
fv_person_link_describe (const FvPersonLink *link)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (link != NULL, g_string_free (out, FALSE));

  if (link->kind == FV_PERSON_LINK_CONTACT)
    /* Translators: %s is an organisation's name */
    g_string_append_printf (out, _("Contact person of the organisation “%s”"), link->target);
  else
    /* Translators: %s is the name of a council or reference group */
    g_string_append_printf (out, _("Member of “%s”"), link->target);

  if (!fv_text_is_blank (link->role))
    /* Translators: follows "Member of …" or "Contact person of …"; %s is a role such as "leder" */
    g_string_append_printf (out, _(", role: %s"), link->role);
  if (!fv_text_is_blank (link->organisation))
    /* Translators: follows "Member of …"; %s is the organisation the member speaks for */
    g_string_append_printf (out, _(", representing %s"), link->organisation);

  if (link->kind == FV_PERSON_LINK_MEMBER)
    {
      FvCouncilMember term = { .term_start = link->term_start, .term_end = link->term_end };
      g_autofree char *text = fv_council_member_format_term (&term);

      if (*text != '\0')
        /* Translators: follows "Member of …"; %s is a term such as "01.09.2021–31.08.2023" */
        g_string_append_printf (out, _(", term: %s"), text);
    }

  return g_string_free (out, FALSE);
}

/* Reading ------------------------------------------------------------------- */

static void
set_read_error (sqlite3  *handle,
                GError  **error)
{
  g_set_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_FAILED,
               /* Translators: %s is SQLite's explanation */
               _("Could not read the personal data: %s"), sqlite3_errmsg (handle));
}

static FvPerson *
read_person (sqlite3_stmt *stmt)
{
  FvPerson *person = fv_person_new ();

  person->id = sqlite3_column_int64 (stmt, 0);
  person->name = fv_sql_dup_text (stmt, 1);
  person->phone = fv_sql_dup_text (stmt, 2);
  person->email = fv_sql_dup_text (stmt, 3);
  person->notes = fv_sql_dup_text (stmt, 4);
  person->created_at = fv_sql_dup_text (stmt, 5);
  person->updated_at = fv_sql_dup_text (stmt, 6);
  return person;
}

static FvPersonLink *
read_link (sqlite3_stmt     *stmt,
           FvPersonLinkKind  kind)
{
  FvPersonLink *link = g_new0 (FvPersonLink, 1);

  link->kind = kind;
  link->target_id = sqlite3_column_int64 (stmt, 1);
  link->target = fv_sql_dup_text (stmt, 2);
  link->role = fv_sql_dup_text (stmt, 3);
  if (kind == FV_PERSON_LINK_MEMBER)
    {
      link->organisation = fv_sql_dup_text (stmt, 4);
      link->term_start = fv_sql_dup_text (stmt, 5);
      link->term_end = fv_sql_dup_text (stmt, 6);
    }
  return link;
}

/* Steps @stmt (person_id first) and hands each link to its person in @people. */
static gboolean
read_links_of (sqlite3_stmt      *stmt,
               FvPersonLinkKind   kind,
               GHashTable        *people,
               GError           **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 person_id = sqlite3_column_int64 (stmt, 0);
      FvPerson *person = g_hash_table_lookup (people, &person_id);

      if (person != NULL)
        g_ptr_array_add (person->links, read_link (stmt, kind));
    }
  if (rc != SQLITE_DONE)
    {
      set_read_error (sqlite3_db_handle (stmt), error);
      return FALSE;
    }
  return TRUE;
}

/* ?1 of a links query: the search key, the one person's id, or NULL for everyone. */
static void
bind_narrowing (sqlite3_stmt *stmt,
                const char   *value,
                gint64        id)
{
  if (value != NULL)
    sqlite3_bind_text (stmt, 1, value, -1, SQLITE_TRANSIENT);
  else if (id != 0)
    sqlite3_bind_int64 (stmt, 1, id);
}

/* Fills the links of @people (id → FvPerson). ?1 narrows the links to the
 * people asked for, with the same ?1 as the query that found them. */
static gboolean
read_links (FvDatabase   *database,
            PrepareFunc   prepare,
            const char   *contact_sql,
            const char   *member_sql,
            const char   *value,
            gint64        id,
            GHashTable   *people,
            GError      **error)
{
  g_autoptr(sqlite3_stmt) contacts = prepare (database, contact_sql, error);
  g_autoptr(sqlite3_stmt) members = NULL;

  if (contacts == NULL)
    return FALSE;
  bind_narrowing (contacts, value, id);
  if (!read_links_of (contacts, FV_PERSON_LINK_CONTACT, people, error))
    return FALSE;

  members = prepare (database, member_sql, error);
  if (members == NULL)
    return FALSE;
  bind_narrowing (members, value, id);
  return read_links_of (members, FV_PERSON_LINK_MEMBER, people, error);
}

/* The search as the key fv_sort_key() gives the names: case folded, so "bjørn"
 * finds "Bjørn Lindstad"; NULL for an empty search. */
static char *
search_key (const char *search)
{
  g_autofree char *stripped = NULL;

  if (search == NULL)
    return NULL;
  stripped = g_strstrip (g_strdup (search));
  if (*stripped == '\0')
    return NULL;
  return fv_sort_key (stripped);
}

/**
 * fv_person_store_list:
 * @search: (nullable): part of a name, in any case; %NULL or "" for everyone
 *
 * Reads the people stored, in Norwegian alphabetical order, each with every
 * place their data is used. It reads committed data on the calling thread's
 * own connection, so it may run in a worker thread.
 *
 * Returns: (transfer full) (element-type FvPerson): the people, or %NULL
 */
GPtrArray *
fv_person_store_list (FvDatabase  *database,
                      const char  *search,
                      GError     **error)
{
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_person_free);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *key = search_key (search);
  int rc;

  g_return_val_if_fail (FV_IS_DATABASE (database), NULL);

  /* ?1 is the search key or NULL; a person matches when their name's key holds it. */
#define MATCHES(column) "(?1 IS NULL OR instr (fv_sort_key (" column "), ?1) > 0)"
  stmt = fv_database_prepare_read (database,
                                   PERSON_SELECT " WHERE " MATCHES ("p.name")
                                   " ORDER BY fv_sort_key (p.name), p.id;", error);
  if (stmt == NULL)
    return NULL;
  if (key != NULL)
    sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FvPerson *person = read_person (stmt);

      g_ptr_array_add (people, person);
      g_hash_table_insert (by_id, &person->id, person);
    }
  if (rc != SQLITE_DONE)
    {
      set_read_error (sqlite3_db_handle (stmt), error);
      return NULL;
    }

  if (key == NULL)
    {
      if (!read_links (database, fv_database_prepare_read,
                       CONTACT_LINKS_SQL " WHERE ?1 IS NULL ORDER BY o.name_key, o.id;",
                       MEMBER_LINKS_SQL " WHERE ?1 IS NULL ORDER BY g.name, g.id;",
                       NULL, 0, by_id, error))
        return NULL;
    }
  else if (!read_links (database, fv_database_prepare_read,
                        CONTACT_LINKS_SQL " JOIN person p ON p.id = c.person_id WHERE " MATCHES ("p.name")
                        " ORDER BY o.name_key, o.id;",
                        MEMBER_LINKS_SQL " JOIN person p ON p.id = m.person_id WHERE " MATCHES ("p.name")
                        " ORDER BY g.name, g.id;",
                        key, 0, by_id, error))
    return NULL;
#undef MATCHES

  return g_steal_pointer (&people);
}

static FvPerson *
load_with (FvDatabase   *database,
           PrepareFunc   prepare,
           gint64        id,
           GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(FvPerson) person = NULL;
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  int rc;

  stmt = prepare (database, PERSON_SELECT " WHERE p.id = ?1;", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_NOT_FOUND,
                   /* Translators: %lld is a person's number, as "frivillig person list" shows it */
                   _("There is no person with number %lld. They may have been erased already."),
                   (long long) id);
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      set_read_error (sqlite3_db_handle (stmt), error);
      return NULL;
    }

  person = read_person (stmt);
  g_hash_table_insert (by_id, &person->id, person);
  if (!read_links (database, prepare,
                   CONTACT_LINKS_SQL " WHERE c.person_id = ?1 ORDER BY o.name_key, o.id;",
                   MEMBER_LINKS_SQL " WHERE m.person_id = ?1 ORDER BY g.name, g.id;",
                   NULL, id, by_id, error))
    return NULL;

  return g_steal_pointer (&person);
}

/**
 * fv_person_store_load:
 *
 * Reads one person with everything stored about them and every place it is
 * used. Like fv_person_store_list(), it may run in a worker thread.
 *
 * Returns: (transfer full): the person, or %NULL with
 *   %FV_DATABASE_ERROR_NOT_FOUND when there is no such person
 */
FvPerson *
fv_person_store_load (FvDatabase  *database,
                      gint64       id,
                      GError     **error)
{
  g_return_val_if_fail (FV_IS_DATABASE (database), NULL);

  return load_with (database, fv_database_prepare_read, id, error);
}

/* Erasing ------------------------------------------------------------------- */

/* The links first, by their own DELETE: the triggers of migration 3 then
 * write the organisations' search text again without the name, as when a
 * contact is removed in the editor. */
static gboolean
erase_rows (FvDatabase  *database,
            gint64       id,
            GError     **error)
{
  return fv_database_run_with_id (database, "DELETE FROM organisation_contact WHERE person_id = ?1;", id, error) &&
         fv_database_run_with_id (database, "DELETE FROM council_member WHERE person_id = ?1;", id, error) &&
         fv_database_run_with_id (database, "DELETE FROM person WHERE id = ?1;", id, error);
}

/* Tells the views of every table that changed: the registry shows contact
 * names, the council page its members. */
static void
note_changes (FvDatabase     *database,
              const FvPerson *person)
{
  fv_database_note_change (database, "person", person->id);
  for (guint i = 0; i < person->links->len; i++)
    {
      FvPersonLink *link = g_ptr_array_index (person->links, i);

      fv_database_note_change (database, link->kind == FV_PERSON_LINK_CONTACT ? "organisation" : "council",
                               link->target_id);
    }
}

/**
 * fv_person_store_erase:
 * @erased: (out) (optional): what was erased: the person and the places
 *   their data was used, for telling the user
 *
 * Erases a person: their row in `person` and every link to it (contact of
 * an organisation, member of a group), in one transaction. There is no undo:
 * erasing is what the person asked for.
 *
 * Returns: %TRUE when erased; %FALSE with %FV_DATABASE_ERROR_NOT_FOUND when
 *   there is no such person, and nothing changed
 */
gboolean
fv_person_store_erase (FvDatabase  *database,
                       gint64       id,
                       FvPerson   **erased,
                       GError     **error)
{
  g_autoptr(FvPerson) person = NULL;

  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);

  if (!fv_database_begin (database, error))
    return FALSE;

  /* Read inside the transaction, so the summary is what the erase removed. */
  person = load_with (database, fv_database_prepare, id, error);
  if (person == NULL || !erase_rows (database, id, error))
    {
      fv_database_rollback (database);
      return FALSE;
    }

  note_changes (database, person);
  if (!fv_database_commit (database, error))
    return FALSE;

  if (erased != NULL)
    *erased = g_steal_pointer (&person);
  return TRUE;
}

/* The innsyn report ---------------------------------------------------------- */

/**
 * fv_person_format_timestamp:
 * @iso: (nullable): a stored time, "2026-03-04T10:15:00Z"
 *
 * Returns: (transfer full): the reader's local date and time as Norwegians
 *   write it, "04.03.2026 11:15"; empty for no time
 */
char *
fv_person_format_timestamp (const char *iso)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (iso == NULL)
    return g_strdup ("");
  utc = g_date_time_new_from_iso8601 (iso, NULL);
  if (utc == NULL)
    return g_strdup (iso);
  local = g_date_time_to_local (utc);
  return g_date_time_format (local, "%d.%m.%Y %H:%M");
}

static void
append_field (GString    *out,
              const char *label,
              const char *value)
{
  g_string_append_printf (out, "  %s: %s\n", label,
                          fv_text_is_blank (value) ? _("(not stored)") : value);
}

static void
append_heading (GString    *out,
                const char *heading)
{
  glong length = g_utf8_strlen (heading, -1);

  g_string_append_printf (out, "%s\n", heading);
  for (glong i = 0; i < length; i++)
    g_string_append_c (out, '=');
  g_string_append_c (out, '\n');
}

/**
 * fv_person_report_text:
 * @now: (nullable): when the report is made, %NULL for now
 *
 * The innsyn report (GDPR art. 15) of one person, as plain UTF-8 text: every
 * field stored about them, where it is used, and since when it is stored.
 *
 * Returns: (transfer full): the report
 */
char *
fv_person_report_text (const FvPerson *person,
                       GDateTime      *now)
{
  g_autoptr(GDateTime) made = now ? g_date_time_ref (now) : g_date_time_new_now_local ();
  g_autofree char *made_text = g_date_time_format (made, "%d.%m.%Y %H:%M");
  g_autofree char *created = NULL;
  g_autofree char *updated = NULL;
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (person != NULL, g_string_free (out, FALSE));

  created = fv_person_format_timestamp (person->created_at);
  updated = fv_person_format_timestamp (person->updated_at);

  /* Translators: the title of the report a person gets of their personal data (innsyn) */
  append_heading (out, _("Personal data stored by Frivillig (innsyn)"));
  /* Translators: %s is a date and time */
  g_string_append_printf (out, _("Made %s. This is everything the municipality’s Frivillig database "
                                 "stores about the person below.\n"), made_text);

  g_string_append_c (out, '\n');
  append_heading (out, _("Stored about the person"));
  append_field (out, _("Name"), person->name);
  append_field (out, _("Phone"), person->phone);
  append_field (out, _("E-mail"), person->email);
  append_field (out, _("Notes"), person->notes);
  append_field (out, _("Stored since"), created);
  append_field (out, _("Last changed"), updated);
  {
    g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, person->id);

    append_field (out, _("Number in the database"), number);
  }

  g_string_append_c (out, '\n');
  append_heading (out, _("Where it is used"));
  if (person->links->len == 0)
    g_string_append_printf (out, "  %s\n", _("Nowhere: the data is not linked to an organisation or a group."));
  for (guint i = 0; i < person->links->len; i++)
    {
      g_autofree char *line = fv_person_link_describe (g_ptr_array_index (person->links, i));

      g_string_append_printf (out, "  – %s\n", line);
    }

  g_string_append_c (out, '\n');
  g_string_append_printf (out, "%s\n",
                          _("To have the data corrected or erased, ask the municipality’s volunteering "
                            "coordinator."));

  return g_string_free (out, FALSE);
}

/**
 * fv_person_report_write:
 *
 * Writes the innsyn report to @file, replacing it whole (never half written).
 */
gboolean
fv_person_report_write (const FvPerson  *person,
                        GFile           *file,
                        GCancellable    *cancellable,
                        GError         **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (person != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  text = fv_person_report_text (person, NULL);
  return g_file_replace_contents (file, text, strlen (text), NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                  NULL, cancellable, error);
}
