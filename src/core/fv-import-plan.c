/* fv-import-plan.c — what an import will change, shown before it changes anything
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An import reads its file first (the readers change nothing), then the plan
 * sorts every record into new, updated or unchanged against the database, the
 * coordinator looks at it, and commit writes all of it in one transaction, or
 * nothing. Records from the national registers change only register fields:
 * offers, needs, notes, tags and contact persons are the coordinator's.
 */

#define G_LOG_DOMAIN "fv-import-plan"

#include "config.h"

#include <glib/gi18n.h>

#include "fv-import-plan.h"
#include "fv-organisation-store.h"
#include "fv-register-name.h"

/* Above this many new rows the search index is rebuilt once instead of row by row. */
#define BULK_THRESHOLD 500
#define PROGRESS_EVERY 500

struct _FvImportPlan
{
  FvImportSource  source;
  GPtrArray      *items;
  GPtrArray      *skipped;
  guint           counts[3];
};

static void
import_item_free (gpointer data)
{
  FvImportItem *item = data;

  fv_organisation_record_free (item->record);
  g_free (item->changes);
  g_free (item);
}

void
fv_import_plan_free (FvImportPlan *plan)
{
  if (plan == NULL)
    return;

  g_clear_pointer (&plan->items, g_ptr_array_unref);
  g_clear_pointer (&plan->skipped, g_ptr_array_unref);
  g_free (plan);
}

/* orgnr → id of every organisation that has one: one query, not one per record. */
static GHashTable *
load_orgnr_index (FvDatabase  *database,
                  GError     **error)
{
  g_autoptr(GHashTable) index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = fv_database_prepare (database, "SELECT orgnr, id FROM organisation WHERE orgnr IS NOT NULL;", error);
  if (stmt == NULL)
    return NULL;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_insert (index, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                         GINT_TO_POINTER ((gint) sqlite3_column_int64 (stmt, 1)));

  return g_steal_pointer (&index);
}

/* Our id from an exported spreadsheet names the same organisation only in the
 * database it came from: trust it when the name there is the same too. */
static gboolean
id_names_same_organisation (FvDatabase *database,
                            gint64      id,
                            const char *name)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = fv_database_prepare (database, "SELECT 1 FROM organisation WHERE id = ?1 AND name_key = fv_sort_key (?2);",
                              NULL);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_STATIC);
  return sqlite3_step (stmt) == SQLITE_ROW;
}

/* The id of the one organisation without a number called @name, or 0. */
static gint64
only_organisation_named (FvDatabase *database,
                         const char *name)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = fv_database_prepare (database,
                              "SELECT min (id), count (*) FROM organisation "
                              "WHERE name_key = fv_sort_key (?1) AND orgnr IS NULL;", NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW || sqlite3_column_int (stmt, 1) != 1)
    return 0;
  return sqlite3_column_int64 (stmt, 0);
}

static gboolean
same_text (const char *a,
           const char *b)
{
  return g_strcmp0 (a && *a ? a : NULL, b && *b ? b : NULL) == 0;
}

static gboolean
same_strings (GPtrArray *a,
              GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (g_strcmp0 (g_ptr_array_index (a, i), g_ptr_array_index (b, i)) != 0)
      return FALSE;
  return TRUE;
}

static gboolean
same_contacts (GPtrArray *a,
               GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    {
      FvContact *x = g_ptr_array_index (a, i);
      FvContact *y = g_ptr_array_index (b, i);

      if (!same_text (x->name, y->name) || !same_text (x->role, y->role) ||
          !same_text (x->phone, y->phone) || !same_text (x->email, y->email))
        return FALSE;
    }
  return TRUE;
}

static void
note_difference (GString    *changes,
                 gboolean    differs,
                 const char *label)
{
  if (!differs)
    return;
  if (changes->len > 0)
    g_string_append (changes, ", ");
  g_string_append (changes, label);
}

/* A register value only replaces ours when the register has one (see the store). */
static gboolean
register_replaces (const char *incoming,
                   const char *current)
{
  return incoming != NULL && *incoming != '\0' && !same_text (incoming, current);
}

/* The fields that differ, as the user reads them; empty when nothing does. */
static char *
describe_changes (FvImportSource              source,
                  const FvOrganisationRecord *incoming,
                  const FvOrganisationRecord *current)
{
  GString *changes = g_string_new (NULL);
  gboolean register_only = source == FV_IMPORT_SOURCE_REGISTER;
  gboolean address_differs = !same_text (incoming->street, current->street) ||
                             !same_text (incoming->postcode, current->postcode) ||
                             !same_text (incoming->place, current->place) ||
                             !same_text (incoming->municipality_number, current->municipality_number);

  note_difference (changes, !same_text (incoming->name, current->name), _("Name"));
  note_difference (changes, !same_text (incoming->org_form, current->org_form), _("Organisation form"));
  if (register_only)
    {
      note_difference (changes, register_replaces (incoming->email, current->email), _("E-mail"));
      note_difference (changes, register_replaces (incoming->phone, current->phone), _("Phone"));
      note_difference (changes, register_replaces (incoming->website, current->website), _("Website"));
    }
  else
    {
      note_difference (changes, !same_text (incoming->email, current->email), _("E-mail"));
      note_difference (changes, !same_text (incoming->phone, current->phone), _("Phone"));
      note_difference (changes, !same_text (incoming->website, current->website), _("Website"));
    }
  note_difference (changes, address_differs, _("Address"));
  note_difference (changes, incoming->in_frivillighetsregisteret != current->in_frivillighetsregisteret,
                   _("Frivillighetsregisteret"));
  note_difference (changes, !same_text (incoming->register_status, current->register_status),
                   _("Register status"));
  note_difference (changes, (!register_only || incoming->categories[0] != 0) &&
                            memcmp (incoming->categories, current->categories, sizeof incoming->categories) != 0,
                   _("Categories"));

  if (!register_only)
    {
      note_difference (changes, !same_text (incoming->short_name, current->short_name) ||
                                !same_text (incoming->district, current->district) ||
                                !same_text (incoming->sector, current->sector) ||
                                incoming->members_total != current->members_total ||
                                incoming->members_under_20 != current->members_under_20 ||
                                incoming->active != current->active ||
                                incoming->public_listing_consent != current->public_listing_consent,
                       _("Details"));
      note_difference (changes, !same_text (incoming->description, current->description), _("Description"));
      note_difference (changes, incoming->offers != current->offers ||
                                !same_text (incoming->offers_note, current->offers_note), _("Offers"));
      note_difference (changes, incoming->needs != current->needs ||
                                !same_text (incoming->needs_note, current->needs_note), _("Needs"));
      note_difference (changes, !same_strings (incoming->tags, current->tags), _("Tags"));
      note_difference (changes, !same_contacts (incoming->contacts, current->contacts), _("Contact persons"));
      note_difference (changes, !same_text (incoming->notes, current->notes), _("Notes"));
    }

  return g_string_free (changes, FALSE);
}

/* The register's names come tidied from capitals (fv-register-name.c). A
 * name the coordinator corrected, which differs from the register's only in
 * case, is theirs to keep; one stored in capitals by an older import is not. */
static void
keep_written_name (FvOrganisationRecord       *incoming,
                   const FvOrganisationRecord *current)
{
  g_autofree char *incoming_folded = NULL;
  g_autofree char *current_folded = NULL;

  if (incoming->name == NULL || current->name == NULL || fv_register_name_is_shouted (current->name))
    return;
  incoming_folded = g_utf8_casefold (incoming->name, -1);
  current_folded = g_utf8_casefold (current->name, -1);
  if (strcmp (incoming_folded, current_folded) == 0)
    {
      g_free (incoming->name);
      incoming->name = g_strdup (current->name);
    }
}

static gint64
match_existing (FvDatabase                 *database,
                FvImportSource              source,
                GHashTable                 *orgnr_index,
                const FvOrganisationRecord *record)
{
  if (record->orgnr != NULL && *record->orgnr != '\0')
    return GPOINTER_TO_INT (g_hash_table_lookup (orgnr_index, record->orgnr));
  if (source != FV_IMPORT_SOURCE_SPREADSHEET)
    return 0;
  /* Without a number, a spreadsheet exported from Frivillig still carries our
   * id; from another database, the one organisation of that name is it. */
  if (record->id > 0 && id_names_same_organisation (database, record->id, record->name))
    return record->id;
  return only_organisation_named (database, record->name);
}

/**
 * fv_import_plan_new:
 * @records: (element-type FvOrganisationRecord): what the file holds
 * @skipped: (nullable): what the reader left out, kept for the preview
 *
 * Compares @records with the database without changing it. Can run in a thread.
 *
 * Returns: (transfer full): the plan, or %NULL with @error set
 */
FvImportPlan *
fv_import_plan_new (FvDatabase      *database,
                    FvImportSource   source,
                    GPtrArray       *records,
                    GPtrArray       *skipped,
                    GCancellable    *cancellable,
                    GError         **error)
{
  g_autoptr(FvImportPlan) plan = g_new0 (FvImportPlan, 1);
  g_autoptr(GHashTable) orgnr_index = NULL;

  g_return_val_if_fail (FV_IS_DATABASE (database), NULL);

  plan->source = source;
  plan->items = g_ptr_array_new_with_free_func (import_item_free);
  plan->skipped = skipped ? g_ptr_array_ref (skipped) : g_ptr_array_new ();

  orgnr_index = load_orgnr_index (database, error);
  if (orgnr_index == NULL)
    return NULL;

  for (guint i = 0; i < records->len; i++)
    {
      const FvOrganisationRecord *record = g_ptr_array_index (records, i);
      FvImportItem *item = g_new0 (FvImportItem, 1);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          import_item_free (item);
          return NULL;
        }

      item->record = fv_organisation_record_copy (record);
      item->existing_id = match_existing (database, source, orgnr_index, record);
      if (item->existing_id == 0)
        item->action = FV_IMPORT_NEW;
      else
        {
          g_autoptr(FvOrganisationRecord) current = fv_organisation_store_load (database, item->existing_id, error);

          if (current == NULL)
            {
              import_item_free (item);
              return NULL;
            }
          if (source == FV_IMPORT_SOURCE_REGISTER)
            keep_written_name (item->record, current);
          item->changes = describe_changes (source, item->record, current);
          item->action = *item->changes == '\0' ? FV_IMPORT_UNCHANGED : FV_IMPORT_UPDATED;
        }

      plan->counts[item->action]++;
      g_ptr_array_add (plan->items, item);
    }

  return g_steal_pointer (&plan);
}

guint
fv_import_plan_count (FvImportPlan   *plan,
                      FvImportAction  action)
{
  return plan->counts[action];
}

/**
 * fv_import_plan_get_items:
 *
 * Returns: (transfer none) (element-type FvImportItem): every record and what will happen to it
 */
GPtrArray *
fv_import_plan_get_items (FvImportPlan *plan)
{
  return plan->items;
}

/**
 * fv_import_plan_get_skipped:
 *
 * Returns: (transfer none): what the reader left out, as it gave it
 */
GPtrArray *
fv_import_plan_get_skipped (FvImportPlan *plan)
{
  return plan->skipped;
}

static gboolean
set_bulk_mode (FvDatabase  *database,
               gboolean     bulk,
               GError     **error)
{
  sqlite3_stmt *stmt = fv_database_prepare_cached (database, "UPDATE search_control SET bulk = ?1;", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, bulk ? 1 : 0);
  return fv_database_step_done (database, stmt, error);
}

/* After a bulk write: the whole search index anew, in one statement. */
static gboolean
rebuild_search_index (FvDatabase  *database,
                      GError     **error)
{
  sqlite3_stmt *clear = fv_database_prepare_cached (database, "DELETE FROM organisation_search;", error);
  sqlite3_stmt *fill = NULL;

  if (clear == NULL || !fv_database_step_done (database, clear, error))
    return FALSE;
  fill = fv_database_prepare_cached (database,
                                     "INSERT INTO organisation_search (rowid, name, short_name, orgnr, place, contacts, tags) "
                                     "SELECT id, name, short_name, orgnr, place, contacts, tags FROM organisation_search_text;",
                                     error);
  return fill != NULL && fv_database_step_done (database, fill, error);
}

/* Inside the commit's transaction, so the statement can stay prepared. */
static gint64
id_of_orgnr (FvDatabase *database,
             const char *orgnr)
{
  sqlite3_stmt *stmt = fv_database_prepare_cached (database, "SELECT id FROM organisation WHERE orgnr = ?1;", NULL);

  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, orgnr, -1, SQLITE_STATIC);
  return sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
}

static gboolean
write_items (FvImportPlan      *plan,
             FvDatabase        *database,
             FvImportProgress   progress,
             gpointer           user_data,
             GCancellable      *cancellable,
             GError           **error)
{
  FvStoreFields fields = plan->source == FV_IMPORT_SOURCE_REGISTER ? FV_STORE_FIELDS_REGISTER : FV_STORE_FIELDS_ALL;

  for (guint i = 0; i < plan->items->len; i++)
    {
      FvImportItem *item = g_ptr_array_index (plan->items, i);
      g_autoptr(FvOrganisationRecord) record = NULL;

      if (i % PROGRESS_EVERY == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return FALSE;
          if (progress != NULL)
            progress ((double) i / plan->items->len, user_data);
        }

      if (item->action == FV_IMPORT_UNCHANGED)
        continue;

      record = fv_organisation_record_copy (item->record);
      if (item->action == FV_IMPORT_UPDATED)
        record->id = item->existing_id;
      else
        {
          /* Someone may have added the same organisation since the plan was made. */
          record->id = record->orgnr ? id_of_orgnr (database, record->orgnr) : 0;
        }

      for (guint c = 0; c < record->contacts->len; c++)
        ((FvContact *) g_ptr_array_index (record->contacts, c))->person_id = 0;

      if (!fv_organisation_store_write (database, record, record->id == 0 ? FV_STORE_FIELDS_ALL : fields, error))
        {
          g_prefix_error (error,
                          /* Translators: %s is an organisation's name */
                          _("%s: "), record->name ? record->name : "?");
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * fv_import_plan_commit:
 *
 * Writes the plan in one transaction: all of it, or — on any error or when
 * cancelled — nothing at all. Can run in a thread.
 */
gboolean
fv_import_plan_commit (FvImportPlan      *plan,
                       FvDatabase        *database,
                       FvImportProgress   progress,
                       gpointer           user_data,
                       GCancellable      *cancellable,
                       GError           **error)
{
  gboolean bulk = plan->counts[FV_IMPORT_NEW] + plan->counts[FV_IMPORT_UPDATED] > BULK_THRESHOLD;
  gint64 start, written;

  if (!fv_database_begin (database, error))
    return FALSE;

  start = g_get_monotonic_time ();
  if ((bulk && !set_bulk_mode (database, TRUE, error)) ||
      !write_items (plan, database, progress, user_data, cancellable, error))
    goto failed;
  written = g_get_monotonic_time ();
  if ((bulk && (!rebuild_search_index (database, error) || !set_bulk_mode (database, FALSE, error))) ||
      !fv_organisation_store_forget_unused_tags (database, error))
    goto failed;
  g_debug ("Wrote %u organisations in %.0f ms, then the search index in %.0f ms",
           plan->items->len, (written - start) / 1000.0, (g_get_monotonic_time () - written) / 1000.0);

  fv_database_note_change (database, "organisation", 0);
  if (!fv_database_commit (database, error))
    return FALSE;

  if (progress != NULL)
    progress (1.0, user_data);
  return TRUE;

failed:
  fv_database_rollback (database);
  return FALSE;
}
