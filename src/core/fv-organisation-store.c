/* fv-organisation-store.c — reading and writing whole organisations
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A record is written with its categories, tags, offers, needs and contact
 * persons in one transaction: all of it or none. Contact persons live in the
 * person table (personal data in one place), linked to the organisation.
 */

#define G_LOG_DOMAIN "fv-organisation-store"

#include "config.h"

#include <glib/gi18n.h>

#include "fv-organisation-store.h"
#include "fv-sort-key.h"
#include "fv-sql.h"

#define COLUMNS \
  "orgnr, name, short_name, org_form, sector, email, phone, website, street, postcode, " \
  "place, municipality_number, district, members_total, members_under_20, description, " \
  "offers_note, needs_note, active, in_frivillighetsregisteret, public_listing_consent, " \
  "register_status, notes, source, created_at, updated_at"

static gint64
column_count (sqlite3_stmt *stmt,
              int           column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL ? -1 : sqlite3_column_int64 (stmt, column);
}

/* Empty text is stored as NULL: "unknown" has one spelling in the database.
 * The text must outlive the statement's next step (it is not copied). */
static void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  if (text == NULL || *text == '\0')
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_STATIC);
}

static void
bind_count (sqlite3_stmt *stmt,
            int           index,
            gint64        count)
{
  if (count < 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int64 (stmt, index, count);
}

/* Someone deleted the organisation while it was open elsewhere. */
static gboolean
set_gone_error (gint64   id,
                GError **error)
{
  g_set_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_NOT_FOUND,
               /* Translators: %lld is the organisation's row number */
               _("Organisation %lld is no longer in the database."), (long long) id);
  return FALSE;
}

static gboolean
load_main_row (FvDatabase            *database,
               FvOrganisationRecord  *record,
               GError               **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int c = 0;

  stmt = fv_database_prepare (database, "SELECT " COLUMNS " FROM organisation WHERE id = ?1;", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, record->id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return set_gone_error (record->id, error);

  record->orgnr = fv_sql_dup_text (stmt, c++);
  record->name = fv_sql_dup_text (stmt, c++);
  record->short_name = fv_sql_dup_text (stmt, c++);
  record->org_form = fv_sql_dup_text (stmt, c++);
  g_free (record->sector);
  record->sector = fv_sql_dup_text (stmt, c++);
  record->email = fv_sql_dup_text (stmt, c++);
  record->phone = fv_sql_dup_text (stmt, c++);
  record->website = fv_sql_dup_text (stmt, c++);
  record->street = fv_sql_dup_text (stmt, c++);
  record->postcode = fv_sql_dup_text (stmt, c++);
  record->place = fv_sql_dup_text (stmt, c++);
  record->municipality_number = fv_sql_dup_text (stmt, c++);
  record->district = fv_sql_dup_text (stmt, c++);
  record->members_total = column_count (stmt, c++);
  record->members_under_20 = column_count (stmt, c++);
  record->description = fv_sql_dup_text (stmt, c++);
  record->offers_note = fv_sql_dup_text (stmt, c++);
  record->needs_note = fv_sql_dup_text (stmt, c++);
  record->active = sqlite3_column_int (stmt, c++);
  record->in_frivillighetsregisteret = sqlite3_column_int (stmt, c++);
  record->public_listing_consent = sqlite3_column_int (stmt, c++);
  record->register_status = fv_sql_dup_text (stmt, c++);
  record->notes = fv_sql_dup_text (stmt, c++);
  g_free (record->source);
  record->source = fv_sql_dup_text (stmt, c++);
  record->created_at = fv_sql_dup_text (stmt, c++);
  record->updated_at = fv_sql_dup_text (stmt, c++);
  return TRUE;
}

static guint
load_kinds (FvDatabase    *database,
            const char    *sql,
            gint64         id,
            const FvKind  *kinds,
            guint          n_kinds)
{
  g_autoptr(sqlite3_stmt) stmt = fv_database_prepare (database, sql, NULL);
  guint flags = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const FvKind *kind = fv_kind_lookup (kinds, n_kinds, (const char *) sqlite3_column_text (stmt, 0));

      if (kind != NULL)
        flags |= kind->flag;
    }

  return flags;
}

static gboolean
load_related (FvDatabase            *database,
              FvOrganisationRecord  *record,
              GError               **error)
{
  g_autoptr(sqlite3_stmt) categories = NULL;
  g_autoptr(sqlite3_stmt) tags = NULL;
  g_autoptr(sqlite3_stmt) contacts = NULL;
  const FvKind *kinds;
  guint n_kinds;

  categories = fv_database_prepare (database,
                                    "SELECT rank, category_code FROM organisation_category "
                                    "WHERE organisation_id = ?1 ORDER BY rank;", error);
  tags = fv_database_prepare (database,
                              "SELECT t.name FROM organisation_tag ot JOIN tag t ON t.id = ot.tag_id "
                              "WHERE ot.organisation_id = ?1 ORDER BY t.name;", error);
  contacts = fv_database_prepare (database,
                                  "SELECT p.id, p.name, c.role, p.phone, p.email FROM organisation_contact c "
                                  "JOIN person p ON p.id = c.person_id "
                                  "WHERE c.organisation_id = ?1 ORDER BY c.rank, p.name;", error);
  if (categories == NULL || tags == NULL || contacts == NULL)
    return FALSE;

  sqlite3_bind_int64 (categories, 1, record->id);
  while (sqlite3_step (categories) == SQLITE_ROW)
    {
      int rank = sqlite3_column_int (categories, 0);

      if (rank >= 1 && rank <= 3)
        record->categories[rank - 1] = sqlite3_column_int (categories, 1);
    }

  sqlite3_bind_int64 (tags, 1, record->id);
  while (sqlite3_step (tags) == SQLITE_ROW)
    g_ptr_array_add (record->tags, fv_sql_dup_text (tags, 0));

  sqlite3_bind_int64 (contacts, 1, record->id);
  while (sqlite3_step (contacts) == SQLITE_ROW)
    {
      FvContact *contact = fv_contact_new ();

      contact->person_id = sqlite3_column_int64 (contacts, 0);
      contact->name = fv_sql_dup_text (contacts, 1);
      contact->role = fv_sql_dup_text (contacts, 2);
      contact->phone = fv_sql_dup_text (contacts, 3);
      contact->email = fv_sql_dup_text (contacts, 4);
      g_ptr_array_add (record->contacts, contact);
    }

  kinds = fv_offer_kinds (&n_kinds);
  record->offers = load_kinds (database, "SELECT kind FROM organisation_offer WHERE organisation_id = ?1;",
                               record->id, kinds, n_kinds);
  kinds = fv_need_kinds (&n_kinds);
  record->needs = load_kinds (database, "SELECT kind FROM organisation_need WHERE organisation_id = ?1;",
                              record->id, kinds, n_kinds);
  return TRUE;
}

/**
 * fv_organisation_store_load:
 *
 * Returns: (transfer full): the whole organisation, or %NULL with @error set
 */
FvOrganisationRecord *
fv_organisation_store_load (FvDatabase  *database,
                            gint64       id,
                            GError     **error)
{
  g_autoptr(FvOrganisationRecord) record = fv_organisation_record_new ();

  g_return_val_if_fail (FV_IS_DATABASE (database), NULL);

  record->id = id;
  if (!load_main_row (database, record, error) || !load_related (database, record, error))
    return NULL;

  return g_steal_pointer (&record);
}

/* Writing ---------------------------------------------------------------------- */

static void
bind_register_fields (sqlite3_stmt               *stmt,
                      const FvOrganisationRecord *record)
{
  bind_text (stmt, 1, record->orgnr);
  bind_text (stmt, 2, record->name);
  bind_text (stmt, 3, record->org_form);
  bind_text (stmt, 4, record->email);
  bind_text (stmt, 5, record->phone);
  bind_text (stmt, 6, record->website);
  bind_text (stmt, 7, record->street);
  bind_text (stmt, 8, record->postcode);
  bind_text (stmt, 9, record->place);
  bind_text (stmt, 10, record->municipality_number);
  sqlite3_bind_int (stmt, 11, record->in_frivillighetsregisteret ? 1 : 0);
  bind_text (stmt, 12, record->register_status);
}

/* What the registers own; the coordinator's own fields are left alone. */
static gboolean
update_register_fields (FvDatabase                  *database,
                        const FvOrganisationRecord  *record,
                        GError                     **error)
{
  sqlite3_stmt *stmt = NULL;

  stmt = fv_database_prepare_cached (database,
                              "UPDATE organisation SET orgnr = ?1, name = ?2, org_form = ?3, "
                              "email = coalesce (?4, email), phone = coalesce (?5, phone), "
                              "website = coalesce (?6, website), street = ?7, postcode = ?8, place = ?9, "
                              "municipality_number = ?10, in_frivillighetsregisteret = ?11, "
                              "register_status = ?12, description = coalesce (description, ?13), "
                              "updated_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now') "
                              "WHERE id = ?14;", error);
  if (stmt == NULL)
    return FALSE;
  bind_register_fields (stmt, record);
  bind_text (stmt, 13, record->description);
  sqlite3_bind_int64 (stmt, 14, record->id);
  if (!fv_database_step_done (database, stmt, error))
    return FALSE;
  if (sqlite3_changes (fv_database_get_handle (database)) == 0)
    return set_gone_error (record->id, error);
  return TRUE;
}

static gboolean
write_main_row (FvDatabase            *database,
                FvOrganisationRecord  *record,
                GError               **error)
{
  sqlite3_stmt *stmt = NULL;
  int c = 1;

  if (record->id == 0)
    stmt = fv_database_prepare_cached (database,
                                "INSERT INTO organisation (" COLUMNS ", name_key) VALUES (?1, ?2, ?3, ?4, ?5, "
                                "?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, "
                                "?22, ?23, ?24, coalesce (?25, strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')), "
                                "strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), fv_sort_key (?2));", error);
  else
    stmt = fv_database_prepare_cached (database,
                                "UPDATE organisation SET orgnr = ?1, name = ?2, short_name = ?3, org_form = ?4, "
                                "sector = ?5, email = ?6, phone = ?7, website = ?8, street = ?9, postcode = ?10, "
                                "place = ?11, municipality_number = ?12, district = ?13, members_total = ?14, "
                                "members_under_20 = ?15, description = ?16, offers_note = ?17, needs_note = ?18, "
                                "active = ?19, in_frivillighetsregisteret = ?20, public_listing_consent = ?21, "
                                "register_status = ?22, notes = ?23, source = ?24, "
                                "updated_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?26;", error);
  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, c++, record->orgnr);
  bind_text (stmt, c++, record->name);
  bind_text (stmt, c++, record->short_name);
  bind_text (stmt, c++, record->org_form);
  bind_text (stmt, c++, record->sector);
  bind_text (stmt, c++, record->email);
  bind_text (stmt, c++, record->phone);
  bind_text (stmt, c++, record->website);
  bind_text (stmt, c++, record->street);
  bind_text (stmt, c++, record->postcode);
  bind_text (stmt, c++, record->place);
  bind_text (stmt, c++, record->municipality_number);
  bind_text (stmt, c++, record->district);
  bind_count (stmt, c++, record->members_total);
  bind_count (stmt, c++, record->members_under_20);
  bind_text (stmt, c++, record->description);
  bind_text (stmt, c++, record->offers_note);
  bind_text (stmt, c++, record->needs_note);
  sqlite3_bind_int (stmt, c++, record->active ? 1 : 0);
  sqlite3_bind_int (stmt, c++, record->in_frivillighetsregisteret ? 1 : 0);
  sqlite3_bind_int (stmt, c++, record->public_listing_consent ? 1 : 0);
  bind_text (stmt, c++, record->register_status);
  bind_text (stmt, c++, record->notes);
  bind_text (stmt, c++, record->source ? record->source : "manual");
  if (record->id == 0)
    bind_text (stmt, c++, record->created_at);
  else
    sqlite3_bind_int64 (stmt, 26, record->id);

  if (!fv_database_step_done (database, stmt, error))
    return FALSE;
  if (record->id == 0)
    record->id = sqlite3_last_insert_rowid (fv_database_get_handle (database));
  else if (sqlite3_changes (fv_database_get_handle (database)) == 0)
    return set_gone_error (record->id, error);
  return TRUE;
}

/* A fixed statement with no values, such as a clean-up. */
static gboolean
run_statement (FvDatabase  *database,
               const char  *sql,
               GError     **error)
{
  sqlite3_stmt *stmt = fv_database_prepare_cached (database, sql, error);

  return stmt != NULL && fv_database_step_done (database, stmt, error);
}

/* Runs "DELETE FROM table WHERE organisation_id = ?" before the rows are written anew. */
static gboolean
clear_related (FvDatabase  *database,
               const char  *sql,
               gint64       id,
               GError     **error)
{
  sqlite3_stmt *stmt = fv_database_prepare_cached (database, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return fv_database_step_done (database, stmt, error);
}

static gboolean
write_categories (FvDatabase                  *database,
                  const FvOrganisationRecord  *record,
                  gboolean                     is_new,
                  GError                     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rank = 1;

  if (!is_new && !clear_related (database, "DELETE FROM organisation_category WHERE organisation_id = ?1;",
                                 record->id, error))
    return FALSE;
  stmt = fv_database_prepare_cached (database,
                              "INSERT INTO organisation_category (organisation_id, rank, category_code) "
                              "VALUES (?1, ?2, ?3);", error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (record->categories); i++)
    {
      if (record->categories[i] == 0)
        continue;
      sqlite3_bind_int64 (stmt, 1, record->id);
      sqlite3_bind_int (stmt, 2, rank++);
      sqlite3_bind_int (stmt, 3, record->categories[i]);
      if (!fv_database_step_done (database, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_tags (FvDatabase                  *database,
            const FvOrganisationRecord  *record,
            gboolean                     is_new,
            GError                     **error)
{
  sqlite3_stmt *add_tag = NULL;
  sqlite3_stmt *link = NULL;

  if (is_new && record->tags->len == 0)
    return TRUE;
  if (!is_new && !clear_related (database, "DELETE FROM organisation_tag WHERE organisation_id = ?1;",
                                 record->id, error))
    return FALSE;
  add_tag = fv_database_prepare_cached (database, "INSERT OR IGNORE INTO tag (name) VALUES (?1);", error);
  link = fv_database_prepare_cached (database,
                              "INSERT OR IGNORE INTO organisation_tag (organisation_id, tag_id) "
                              "SELECT ?1, id FROM tag WHERE name = ?2;", error);
  if (add_tag == NULL || link == NULL)
    return FALSE;

  for (guint i = 0; i < record->tags->len; i++)
    {
      g_autofree char *tag = g_strstrip (g_strdup (g_ptr_array_index (record->tags, i)));

      if (*tag == '\0')
        continue;
      sqlite3_bind_text (add_tag, 1, tag, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (link, 1, record->id);
      sqlite3_bind_text (link, 2, tag, -1, SQLITE_TRANSIENT);
      if (!fv_database_step_done (database, add_tag, error) || !fv_database_step_done (database, link, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_kinds (FvDatabase    *database,
             const char    *table_delete,
             const char    *table_insert,
             gint64         id,
             gboolean       is_new,
             guint          flags,
             const FvKind  *kinds,
             guint          n_kinds,
             GError       **error)
{
  sqlite3_stmt *stmt = NULL;

  if (is_new && flags == 0)
    return TRUE;
  if (!is_new && !clear_related (database, table_delete, id, error))
    return FALSE;
  stmt = fv_database_prepare_cached (database, table_insert, error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < n_kinds; i++)
    {
      if (!(flags & kinds[i].flag))
        continue;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_text (stmt, 2, kinds[i].key, -1, SQLITE_STATIC);
      if (!fv_database_step_done (database, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_contact_person (FvDatabase  *database,
                      FvContact   *contact,
                      GError     **error)
{
  sqlite3_stmt *stmt = NULL;

  if (contact->person_id != 0)
    stmt = fv_database_prepare_cached (database,
                                "UPDATE person SET name = ?1, phone = ?2, email = ?3, "
                                "updated_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?4;", error);
  else
    stmt = fv_database_prepare_cached (database, "INSERT INTO person (name, phone, email) VALUES (?1, ?2, ?3);", error);
  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, contact->name);
  bind_text (stmt, 2, contact->phone);
  bind_text (stmt, 3, contact->email);
  if (contact->person_id != 0)
    sqlite3_bind_int64 (stmt, 4, contact->person_id);
  if (!fv_database_step_done (database, stmt, error))
    return FALSE;

  if (contact->person_id == 0)
    contact->person_id = sqlite3_last_insert_rowid (fv_database_get_handle (database));
  return TRUE;
}

static gboolean
write_contacts (FvDatabase            *database,
                FvOrganisationRecord  *record,
                gboolean               is_new,
                GError               **error)
{
  sqlite3_stmt *link = NULL;
  g_autoptr(GArray) previous = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (is_new && record->contacts->len == 0)
    return TRUE;

  if (!is_new)
  {
    sqlite3_stmt *stmt = fv_database_prepare_cached (database,
                                                        "SELECT person_id FROM organisation_contact "
                                                        "WHERE organisation_id = ?1;", error);
    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, record->id);
    while (sqlite3_step (stmt) == SQLITE_ROW)
      {
        gint64 person = sqlite3_column_int64 (stmt, 0);
        g_array_append_val (previous, person);
      }
  }

  if (!is_new && !clear_related (database, "DELETE FROM organisation_contact WHERE organisation_id = ?1;",
                                 record->id, error))
    return FALSE;
  link = fv_database_prepare_cached (database,
                              "INSERT OR REPLACE INTO organisation_contact (organisation_id, person_id, role, rank) "
                              "VALUES (?1, ?2, ?3, ?4);", error);
  if (link == NULL)
    return FALSE;

  for (guint i = 0; i < record->contacts->len; i++)
    {
      FvContact *contact = g_ptr_array_index (record->contacts, i);

      if (!write_contact_person (database, contact, error))
        return FALSE;
      sqlite3_bind_int64 (link, 1, record->id);
      sqlite3_bind_int64 (link, 2, contact->person_id);
      bind_text (link, 3, contact->role);
      sqlite3_bind_int (link, 4, (int) i + 1);
      if (!fv_database_step_done (database, link, error))
        return FALSE;
    }

  /* A contact removed from the organisation is erased unless something else
   * still points at the person: we keep no personal data we do not need. */
  for (guint i = 0; i < previous->len; i++)
    {
      sqlite3_stmt *erase = NULL;

      erase = fv_database_prepare_cached (database,
                                   "DELETE FROM person WHERE id = ?1 AND NOT EXISTS "
                                   "(SELECT 1 FROM organisation_contact WHERE person_id = ?1) AND NOT EXISTS "
                                   "(SELECT 1 FROM council_member WHERE person_id = ?1);", error);
      if (erase == NULL)
        return FALSE;
      sqlite3_bind_int64 (erase, 1, g_array_index (previous, gint64, i));
      if (!fv_database_step_done (database, erase, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
check_record (const FvOrganisationRecord  *record,
              GError                     **error)
{
  g_autoptr(GPtrArray) problems = fv_organisation_record_check (record);
  FvFieldProblem *first;

  if (problems->len == 0)
    return TRUE;

  first = g_ptr_array_index (problems, 0);
  g_set_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT,
               /* Translators: the first %s is a field name, the second what is wrong with it */
               _("%s: %s"), fv_organisation_record_field_label (first->field), first->message);
  return FALSE;
}

/**
 * fv_organisation_store_write:
 * @record: the organisation; its id is set when it is new
 * @fields: what may change of an existing organisation
 *
 * Writes inside the caller's transaction (see fv_database_begin()), for
 * importers that write many records at once. Refuses an invalid record.
 */
gboolean
fv_organisation_store_write (FvDatabase            *database,
                             FvOrganisationRecord  *record,
                             FvStoreFields          fields,
                             GError               **error)
{
  const FvKind *kinds;
  guint n_kinds;
  gboolean is_new;

  g_return_val_if_fail (FV_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (record != NULL, FALSE);

  if (!check_record (record, error))
    return FALSE;

  if (record->id != 0 && fields == FV_STORE_FIELDS_REGISTER)
    {
      if (!update_register_fields (database, record, error))
        return FALSE;
      /* Categories come from Frivillighetsregisteret when the file has them. */
      if (record->categories[0] != 0 && !write_categories (database, record, FALSE, error))
        return FALSE;
      fv_database_note_change (database, "organisation", record->id);
      return TRUE;
    }

  is_new = record->id == 0;
  if (!write_main_row (database, record, error) || !write_categories (database, record, is_new, error) ||
      !write_tags (database, record, is_new, error) || !write_contacts (database, record, is_new, error))
    return FALSE;

  kinds = fv_offer_kinds (&n_kinds);
  if (!write_kinds (database, "DELETE FROM organisation_offer WHERE organisation_id = ?1;",
                    "INSERT INTO organisation_offer (organisation_id, kind) VALUES (?1, ?2);",
                    record->id, is_new, record->offers, kinds, n_kinds, error))
    return FALSE;
  kinds = fv_need_kinds (&n_kinds);
  if (!write_kinds (database, "DELETE FROM organisation_need WHERE organisation_id = ?1;",
                    "INSERT INTO organisation_need (organisation_id, kind) VALUES (?1, ?2);",
                    record->id, is_new, record->needs, kinds, n_kinds, error))
    return FALSE;

  fv_database_note_change (database, "organisation", record->id);
  return TRUE;
}

/* A tag nobody uses any more would linger in the filter list. Run once per
 * transaction, after the writes. */
gboolean
fv_organisation_store_forget_unused_tags (FvDatabase  *database,
                                          GError     **error)
{
  return run_statement (database, "DELETE FROM tag WHERE id NOT IN (SELECT tag_id FROM organisation_tag);", error);
}

/**
 * fv_organisation_store_save:
 * @record: the organisation; its id is set when it is new
 *
 * Stores every field of @record in one transaction of its own.
 */
gboolean
fv_organisation_store_save (FvDatabase            *database,
                            FvOrganisationRecord  *record,
                            GError               **error)
{
  gint64 id_before = record->id;

  if (!fv_database_begin (database, error))
    return FALSE;

  if (!fv_organisation_store_write (database, record, FV_STORE_FIELDS_ALL, error) ||
      !fv_organisation_store_forget_unused_tags (database, error))
    {
      fv_database_rollback (database);
      record->id = id_before;
      return FALSE;
    }

  return fv_database_commit (database, error);
}

/**
 * fv_organisation_store_delete:
 * @snapshot: (out) (optional): everything that was deleted, for undo
 */
gboolean
fv_organisation_store_delete (FvDatabase             *database,
                              gint64                  id,
                              FvOrganisationRecord  **snapshot,
                              GError                **error)
{
  g_autoptr(FvOrganisationRecord) record = NULL;
  g_autoptr(FvOrganisationRecord) before = NULL;
  g_autoptr(GError) local_error = NULL;

  if (!fv_database_begin (database, error))
    return FALSE;

  record = fv_organisation_store_load (database, id, error);
  if (record == NULL)
    goto failed;
  before = fv_organisation_record_copy (record);

  /* Unlink contacts through the same path as an edit, so their personal data goes too. */
  g_ptr_array_set_size (record->contacts, 0);
  if (!write_contacts (database, record, FALSE, error))
    goto failed;
  if (!clear_related (database, "DELETE FROM organisation WHERE id = ?1;", id, &local_error))
    {
      /* Agreements of an exchange point at it: those are not ours to delete. */
      if (g_error_matches (local_error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT))
        g_set_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT,
                     /* Translators: %s is an organisation's name */
                     _("“%s” takes part in an exchange, so it cannot be deleted. Remove it from the "
                       "exchange first."), before->name);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      goto failed;
    }
  if (!fv_organisation_store_forget_unused_tags (database, error))
    goto failed;

  fv_database_note_change (database, "organisation", id);
  if (!fv_database_commit (database, error))
    return FALSE;

  if (snapshot != NULL)
    *snapshot = g_steal_pointer (&before);
  return TRUE;

failed:
  fv_database_rollback (database);
  return FALSE;
}

/**
 * fv_organisation_store_restore:
 * @snapshot: what fv_organisation_store_delete() returned
 *
 * Puts a deleted organisation back with its id, so links to it hold again.
 */
gboolean
fv_organisation_store_restore (FvDatabase                  *database,
                               const FvOrganisationRecord  *snapshot,
                               GError                     **error)
{
  g_autoptr(FvOrganisationRecord) record = fv_organisation_record_copy (snapshot);
  sqlite3_stmt *reserve = NULL;

  if (!fv_database_begin (database, error))
    return FALSE;

  /* Insert a bare row with the old id, then write everything onto it. */
  reserve = fv_database_prepare_cached (database,
                                 "INSERT INTO organisation (id, name, created_at) VALUES (?1, ?2, ?3);", error);
  if (reserve == NULL)
    goto failed;
  sqlite3_bind_int64 (reserve, 1, record->id);
  bind_text (reserve, 2, record->name);
  bind_text (reserve, 3, record->created_at);
  if (!fv_database_step_done (database, reserve, error))
    goto failed;

  for (guint i = 0; i < record->contacts->len; i++)
    ((FvContact *) g_ptr_array_index (record->contacts, i))->person_id = 0;

  if (!fv_organisation_store_write (database, record, FV_STORE_FIELDS_ALL, error))
    goto failed;

  return fv_database_commit (database, error);

failed:
  fv_database_rollback (database);
  return FALSE;
}

void
fv_duplicate_free (FvDuplicate *duplicate)
{
  if (duplicate == NULL)
    return;

  g_free (duplicate->name);
  g_free (duplicate->orgnr);
  g_free (duplicate->reason);
  g_free (duplicate);
}

/* Edit distance between two short strings, giving up beyond @limit. */
static guint
edit_distance (const char *a,
               const char *b,
               guint       limit)
{
  gsize la = strlen (a), lb = strlen (b);
  g_autofree guint *row = NULL;

  if ((la > lb ? la - lb : lb - la) > limit)
    return limit + 1;

  row = g_new (guint, lb + 1);
  for (gsize j = 0; j <= lb; j++)
    row[j] = j;

  for (gsize i = 1; i <= la; i++)
    {
      guint diagonal = row[0];

      row[0] = i;
      for (gsize j = 1; j <= lb; j++)
        {
          guint above = row[j];
          guint cost = a[i - 1] == b[j - 1] ? 0 : 1;

          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1), diagonal + cost);
          diagonal = above;
        }
    }

  return row[lb];
}

/* "Mjølner speidergruppe" and "Mjølner Speidergruppa" are alike: one typing
 * slip per ten letters, at most two, once case and punctuation are set aside. */
static gboolean
names_are_similar (const char *a,
                   const char *b)
{
  gsize length = MIN (strlen (a), strlen (b));
  guint allowed = length >= 20 ? 2 : length >= 6 ? 1 : 0;

  return edit_distance (a, b, allowed) <= allowed;
}

/* Two names are alike when their sort keys, without spaces and punctuation, are. */
static char *
comparable_name (const char *name)
{
  g_autofree char *key = fv_sort_key (name);
  GString *out = g_string_new (NULL);

  for (const char *p = key; *p != '\0'; p++)
    if (g_ascii_isalnum (*p) || (guchar) *p >= 0x7b)
      g_string_append_c (out, *p);

  return g_string_free (out, FALSE);
}

static void
add_duplicate (GPtrArray    *duplicates,
               sqlite3_stmt *stmt,
               const char   *reason)
{
  FvDuplicate *duplicate = g_new0 (FvDuplicate, 1);

  duplicate->id = sqlite3_column_int64 (stmt, 0);
  duplicate->name = fv_sql_dup_text (stmt, 1);
  duplicate->orgnr = fv_sql_dup_text (stmt, 2);
  duplicate->reason = g_strdup (reason);
  g_ptr_array_add (duplicates, duplicate);
}

/**
 * fv_organisation_store_find_duplicates:
 *
 * Organisations that are likely the same as @record: the same organisation
 * number, or a name that differs only in case, spacing or punctuation, or in
 * a letter or two. @record itself (by id) is never among them.
 *
 * Returns: (transfer full) (element-type FvDuplicate): the likely duplicates
 */
GPtrArray *
fv_organisation_store_find_duplicates (FvDatabase                  *database,
                                       const FvOrganisationRecord  *record,
                                       GError                     **error)
{
  g_autoptr(GPtrArray) duplicates = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_duplicate_free);
  g_autoptr(sqlite3_stmt) same_orgnr = NULL;
  g_autoptr(sqlite3_stmt) candidates = NULL;
  g_autofree char *wanted = NULL;
  g_autofree char *first_letter = NULL;

  if (record->orgnr != NULL && *record->orgnr != '\0')
    {
      same_orgnr = fv_database_prepare (database,
                                        "SELECT id, name, orgnr FROM organisation WHERE orgnr = ?1 AND id <> ?2;",
                                        error);
      if (same_orgnr == NULL)
        return NULL;
      sqlite3_bind_text (same_orgnr, 1, record->orgnr, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (same_orgnr, 2, record->id);
      while (sqlite3_step (same_orgnr) == SQLITE_ROW)
        add_duplicate (duplicates, same_orgnr, _("The same organisation number"));
    }

  wanted = comparable_name (record->name);
  if (strlen (wanted) < 3)
    return g_steal_pointer (&duplicates);

  /* Candidates share the first two letters of the sort key: an indexed range. */
  first_letter = g_strndup (wanted, 2);
  candidates = fv_database_prepare (database,
                                    "SELECT id, name, orgnr FROM organisation "
                                    "WHERE name_key >= ?1 AND name_key < ?1 || '\x7f' AND id <> ?2 "
                                    "AND (orgnr IS NULL OR ?3 IS NULL OR orgnr <> ?3);", error);
  if (candidates == NULL)
    return NULL;
  sqlite3_bind_text (candidates, 1, first_letter, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (candidates, 2, record->id);
  bind_text (candidates, 3, record->orgnr);
  while (sqlite3_step (candidates) == SQLITE_ROW)
    {
      g_autofree char *other = comparable_name ((const char *) sqlite3_column_text (candidates, 1));

      if (names_are_similar (wanted, other))
        add_duplicate (duplicates, candidates, _("A very similar name"));
    }

  return g_steal_pointer (&duplicates);
}

/**
 * fv_organisation_store_list_tags:
 *
 * Returns: (transfer full): every tag in use, sorted
 */
GStrv
fv_organisation_store_list_tags (FvDatabase  *database,
                                 GError     **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = fv_database_prepare_read (database, "SELECT name FROM tag ORDER BY name;", error);
  if (stmt == NULL)
    return NULL;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));

  return g_strv_builder_end (builder);
}

/* The id of the organisation with @orgnr, 0 when there is none, -1 on error. */
gint64
fv_organisation_store_find_by_orgnr (FvDatabase  *database,
                                     const char  *orgnr,
                                     GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = fv_database_prepare (database, "SELECT id FROM organisation WHERE orgnr = ?1;", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, orgnr, -1, SQLITE_STATIC);
  return sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
}

void
fv_icnpo_category_free (FvIcnpoCategory *category)
{
  if (category == NULL)
    return;

  g_free (category->name);
  g_free (category);
}

/**
 * fv_organisation_store_list_categories:
 *
 * Returns: (transfer full) (element-type FvIcnpoCategory): every ICNPO
 *   category, by code, or %NULL with @error set
 */
GPtrArray *
fv_organisation_store_list_categories (FvDatabase  *database,
                                       GError     **error)
{
  g_autoptr(GPtrArray) categories = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_icnpo_category_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = fv_database_prepare (database, "SELECT code, main_group, name FROM icnpo_category ORDER BY code;", error);
  if (stmt == NULL)
    return NULL;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      FvIcnpoCategory *category = g_new0 (FvIcnpoCategory, 1);

      category->code = sqlite3_column_int (stmt, 0);
      category->main_group = sqlite3_column_int (stmt, 1);
      category->name = fv_sql_dup_text (stmt, 2);
      g_ptr_array_add (categories, category);
    }

  return g_steal_pointer (&categories);
}

/* 1 when organisation @id is in the database, 0 when it is not (deleted), -1 on error. */
int
fv_organisation_store_exists (FvDatabase  *database,
                              gint64       id,
                              GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = fv_database_prepare (database, "SELECT 1 FROM organisation WHERE id = ?1;", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, id);
  return sqlite3_step (stmt) == SQLITE_ROW ? 1 : 0;
}
