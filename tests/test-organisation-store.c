/* test-organisation-store.c — organisations are stored whole, found by any word,
 * sorted as Norwegians read, undone when deleted, and imported all or nothing
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "fv-demo.h"
#include "fv-import-plan.h"
#include "fv-organisation-import.h"
#include "fv-organisation-filter.h"
#include "fv-organisation-list.h"
#include "fv-organisation-store.h"
#include "fv-test-db.h"
#include "fv-test-util.h"

typedef struct
{
  char       *dir;
  FvDatabase *database;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = fv_test_make_dir ();
  fixture->database = fv_test_db_open (fixture->dir, FALSE);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->database);
  fv_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

/* Leiret idrettslag with something in every field. */
static FvOrganisationRecord *
make_full_record (void)
{
  FvOrganisationRecord *record = fv_organisation_record_new ();

  record->orgnr = g_strdup ("923609016");
  record->name = g_strdup ("Leiret idrettslag");
  record->short_name = g_strdup ("Leiret IL");
  record->org_form = g_strdup ("FLI");
  record->email = g_strdup ("post@leiret.no");
  record->phone = g_strdup ("62 41 00 00");
  record->website = g_strdup ("https://leiret.no");
  record->street = g_strdup ("Storgata 1");
  record->postcode = g_strdup ("2408");
  record->place = g_strdup ("Elverum");
  record->municipality_number = g_strdup ("3420");
  record->district = g_strdup ("Leiret");
  record->members_total = 240;
  record->members_under_20 = 130;
  record->description = g_strdup ("Fotball og friidrett for alle.\nTrening tirsdag og torsdag.");
  record->offers = FV_OFFER_DUGNAD | FV_OFFER_EVENT_SUPPORT;
  record->offers_note = g_strdup ("Rigging av scene");
  record->needs = FV_NEED_PREMISES | FV_NEED_RECRUITMENT;
  record->needs_note = g_strdup ("Lager til utstyr");
  record->in_frivillighetsregisteret = TRUE;
  record->public_listing_consent = TRUE;
  record->notes = g_strdup ("Avtale med Lions om gatefotball.");
  record->categories[0] = 1200;
  record->categories[1] = 13100;
  g_ptr_array_add (record->tags, g_strdup ("idrett"));
  g_ptr_array_add (record->tags, g_strdup ("barn og unge"));
  fv_organisation_record_add_contact (record, "Kari Nordmann", "Leder", "900 00 000", "kari@leiret.no");
  fv_organisation_record_add_contact (record, "Ola Hansen", "Kasserer", NULL, NULL);
  return record;
}

static void
test_save_and_load_every_field (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(FvOrganisationRecord) record = make_full_record ();
  g_autoptr(FvOrganisationRecord) loaded = NULL;
  g_autoptr(GError) error = NULL;
  FvContact *contact;

  g_assert_true (fv_organisation_store_save (fixture->database, record, &error));
  g_assert_no_error (error);
  g_assert_cmpint (record->id, >, 0);

  loaded = fv_organisation_store_load (fixture->database, record->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (loaded->orgnr, ==, "923609016");
  g_assert_cmpstr (loaded->name, ==, "Leiret idrettslag");
  g_assert_cmpstr (loaded->short_name, ==, "Leiret IL");
  g_assert_cmpstr (loaded->postcode, ==, "2408");
  g_assert_cmpstr (loaded->description, ==, record->description);
  g_assert_cmpint (loaded->members_total, ==, 240);
  g_assert_cmpint (loaded->members_under_20, ==, 130);
  g_assert_cmpuint (loaded->offers, ==, FV_OFFER_DUGNAD | FV_OFFER_EVENT_SUPPORT);
  g_assert_cmpuint (loaded->needs, ==, FV_NEED_PREMISES | FV_NEED_RECRUITMENT);
  g_assert_cmpstr (loaded->offers_note, ==, "Rigging av scene");
  g_assert_true (loaded->in_frivillighetsregisteret);
  g_assert_true (loaded->public_listing_consent);
  g_assert_true (loaded->active);
  g_assert_cmpint (loaded->categories[0], ==, 1200);
  g_assert_cmpint (loaded->categories[1], ==, 13100);
  g_assert_cmpint (loaded->categories[2], ==, 0);
  g_assert_cmpuint (loaded->tags->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (loaded->tags, 0), ==, "barn og unge");
  g_assert_cmpuint (loaded->contacts->len, ==, 2);
  contact = g_ptr_array_index (loaded->contacts, 0);
  g_assert_cmpstr (contact->name, ==, "Kari Nordmann");
  g_assert_cmpstr (contact->role, ==, "Leder");
  g_assert_cmpstr (contact->email, ==, "kari@leiret.no");
  g_assert_cmpint (contact->person_id, >, 0);
  g_assert_nonnull (loaded->created_at);
  g_assert_cmpstr (loaded->source, ==, "manual");
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM person;"), ==, 2);
}

static void
test_removed_contact_is_erased (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(FvOrganisationRecord) record = make_full_record ();
  g_autoptr(FvOrganisationRecord) loaded = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (fv_organisation_store_save (fixture->database, record, &error));
  loaded = fv_organisation_store_load (fixture->database, record->id, &error);

  /* Ola leaves: his personal data goes with him; Kari's edit is kept. */
  g_ptr_array_remove_index (loaded->contacts, 1);
  g_free (((FvContact *) g_ptr_array_index (loaded->contacts, 0))->phone);
  ((FvContact *) g_ptr_array_index (loaded->contacts, 0))->phone = g_strdup ("911 11 111");
  g_ptr_array_set_size (loaded->tags, 0);
  g_assert_true (fv_organisation_store_save (fixture->database, loaded, &error));
  g_assert_no_error (error);

  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM person;"), ==, 1);
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM person WHERE name = 'Ola Hansen';"), ==, 0);
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM person WHERE phone = '911 11 111';"), ==, 1);
  /* Tags nobody uses are gone from the filter list. */
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM tag;"), ==, 0);
}

static void
test_invalid_refused (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(FvOrganisationRecord) record = make_full_record ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  g_free (record->orgnr);
  record->orgnr = g_strdup ("923609017"); /* wrong check digit */
  g_free (record->postcode);
  record->postcode = g_strdup ("240");
  g_free (record->email);
  record->email = g_strdup ("post at leiret.no");

  problems = fv_organisation_record_check (record);
  g_assert_cmpuint (problems->len, ==, 3);
  g_assert_cmpstr (((FvFieldProblem *) g_ptr_array_index (problems, 0))->field, ==, "orgnr");

  g_assert_false (fv_organisation_store_save (fixture->database, record, &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "Organisation number"));
  g_assert_cmpint (record->id, ==, 0);
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM organisation;"), ==, 0);
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM person;"), ==, 0);
}

static void
test_delete_and_undo (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(FvOrganisationRecord) record = make_full_record ();
  g_autoptr(FvOrganisationRecord) snapshot = NULL;
  g_autoptr(FvOrganisationRecord) back = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_assert_true (fv_organisation_store_save (fixture->database, record, &error));
  id = record->id;

  g_assert_true (fv_organisation_store_delete (fixture->database, id, &snapshot, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM organisation;"), ==, 0);
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM person;"), ==, 0);
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM organisation_search WHERE organisation_search MATCH 'idrettslag';"), ==, 0);

  g_assert_true (fv_organisation_store_restore (fixture->database, snapshot, &error));
  g_assert_no_error (error);
  back = fv_organisation_store_load (fixture->database, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (back->name, ==, "Leiret idrettslag");
  g_assert_nonnull (snapshot->created_at);
  g_assert_cmpstr (back->created_at, ==, snapshot->created_at);
  g_assert_cmpuint (back->contacts->len, ==, 2);
  g_assert_cmpuint (back->tags->len, ==, 2);
  g_assert_cmpuint (back->offers, ==, record->offers);
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM organisation_search WHERE organisation_search MATCH 'idrettslag';"), ==, 1);
}

static void
test_duplicates (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(FvOrganisationRecord) record = make_full_record ();
  g_autoptr(FvOrganisationRecord) same_orgnr = fv_organisation_record_new ();
  g_autoptr(FvOrganisationRecord) similar = fv_organisation_record_new ();
  g_autoptr(FvOrganisationRecord) different = fv_organisation_record_new ();
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (fv_organisation_store_save (fixture->database, record, &error));

  same_orgnr->orgnr = g_strdup ("923609016");
  same_orgnr->name = g_strdup ("Noe helt annet");
  found = fv_organisation_store_find_duplicates (fixture->database, same_orgnr, &error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpint (((FvDuplicate *) g_ptr_array_index (found, 0))->id, ==, record->id);
  g_clear_pointer (&found, g_ptr_array_unref);

  similar->name = g_strdup ("Leiret Idrettslag.");
  found = fv_organisation_store_find_duplicates (fixture->database, similar, &error);
  g_assert_cmpuint (found->len, ==, 1);
  g_clear_pointer (&found, g_ptr_array_unref);

  g_free (similar->name);
  similar->name = g_strdup ("Leiret idretslag"); /* one letter short */
  found = fv_organisation_store_find_duplicates (fixture->database, similar, &error);
  g_assert_cmpuint (found->len, ==, 1);
  g_clear_pointer (&found, g_ptr_array_unref);

  different->name = g_strdup ("Leiret skolekorps");
  found = fv_organisation_store_find_duplicates (fixture->database, different, &error);
  g_assert_cmpuint (found->len, ==, 0);
  g_clear_pointer (&found, g_ptr_array_unref);

  /* An organisation is never its own duplicate. */
  found = fv_organisation_store_find_duplicates (fixture->database, record, &error);
  g_assert_cmpuint (found->len, ==, 0);
}

/* The ids the list shows for @filter, once loaded. */
static GArray *
list_ids (FvDatabase                 *database,
          const FvOrganisationFilter *filter,
          FvOrganisationSort          sort,
          gboolean                    descending)
{
  g_autoptr(FvOrganisationList) list = fv_organisation_list_new (database);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (filter != NULL)
    fv_organisation_list_set_filter (list, filter);
  fv_organisation_list_set_sort (list, sort, descending);
  while (fv_organisation_list_is_loading (list))
    g_main_context_iteration (NULL, TRUE);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      gint64 id = fv_organisation_list_get_id (list, i);
      g_array_append_val (ids, id);
    }
  return ids;
}

static guint
count_matches (Fixture    *fixture,
               const char *search)
{
  g_autoptr(FvOrganisationFilter) filter = fv_organisation_filter_new ();
  g_autoptr(GArray) ids = NULL;

  filter->search = g_strdup (search);
  ids = list_ids (fixture->database, filter, FV_ORGANISATION_SORT_NAME, FALSE);
  return ids->len;
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(FvOrganisationRecord) record = make_full_record ();
  g_autoptr(GError) error = NULL;

  g_assert_true (fv_demo_fill (fixture->database, &error));
  g_assert_true (fv_organisation_store_save (fixture->database, record, &error));

  g_assert_cmpuint (count_matches (fixture, "lag"), ==, 1);              /* inside "idrettslag" */
  g_assert_cmpuint (count_matches (fixture, "IDRETTS"), ==, 2);          /* + Bærum Idrettsråd */
  g_assert_cmpuint (count_matches (fixture, "923609016"), ==, 1);
  g_assert_cmpuint (count_matches (fixture, "923 609 016"), ==, 1);
  g_assert_cmpuint (count_matches (fixture, "923 60"), ==, 1);          /* orgnr as it is typed */
  g_assert_cmpuint (count_matches (fixture, "Lindstad"), ==, 1);         /* a contact person */
  g_assert_cmpuint (count_matches (fixture, "Kari"), ==, 1);
  g_assert_cmpuint (count_matches (fixture, "frivillighetsrådet"), ==, 6); /* a tag */
  g_assert_cmpuint (count_matches (fixture, "Leiret IL"), ==, 1);        /* short name */
  g_assert_cmpuint (count_matches (fixture, "bærum røde"), ==, 1);       /* every word */
  g_assert_cmpuint (count_matches (fixture, "Le"), ==, 2);               /* names starting with it */
  g_assert_cmpuint (count_matches (fixture, "\"; DROP TABLE organisation; --"), ==, 0);
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM organisation;"), ==, 28);
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(FvOrganisationFilter) filter = fv_organisation_filter_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;

  g_assert_true (fv_demo_fill (fixture->database, &error));

  filter->category_group = 4; /* Sosiale tjenester */
  ids = list_ids (fixture->database, filter, FV_ORGANISATION_SORT_NAME, FALSE);
  g_assert_cmpuint (ids->len, ==, fv_test_db_count (fixture->database,
                                         "SELECT count(DISTINCT organisation_id) FROM organisation_category oc "
                                         "JOIN icnpo_category c ON c.code = oc.category_code WHERE c.main_group = 4;"));
  g_assert_cmpuint (ids->len, >, 3);
  g_clear_pointer (&ids, g_array_unref);

  filter->category_group = 0;
  filter->sector = g_strdup ("business");
  ids = list_ids (fixture->database, filter, FV_ORGANISATION_SORT_NAME, FALSE);
  g_assert_cmpuint (ids->len, ==, 1); /* Lierposten */
  g_clear_pointer (&ids, g_array_unref);

  g_clear_pointer (&filter->sector, g_free);
  filter->offer = FV_OFFER_TRANSPORT;
  ids = list_ids (fixture->database, filter, FV_ORGANISATION_SORT_NAME, FALSE);
  g_assert_cmpuint (ids->len, ==, 3); /* Lions, Rotary and Civitan in Bærum */
  g_clear_pointer (&ids, g_array_unref);

  filter->offer = 0;
  filter->need = FV_NEED_RECRUITMENT;
  filter->tag = g_strdup ("humanitære og sosiale");
  ids = list_ids (fixture->database, filter, FV_ORGANISATION_SORT_NAME, FALSE);
  g_assert_cmpuint (ids->len, ==, 1); /* HUMSOS */
  g_clear_pointer (&ids, g_array_unref);

  g_clear_pointer (&filter->tag, g_free);
  filter->need = 0;
  filter->activity = FV_ACTIVITY_INACTIVE;
  ids = list_ids (fixture->database, filter, FV_ORGANISATION_SORT_NAME, FALSE);
  g_assert_cmpuint (ids->len, ==, 0);
}

static gint64
add_named (Fixture    *fixture,
           const char *name)
{
  g_autoptr(FvOrganisationRecord) record = fv_organisation_record_new ();
  g_autoptr(GError) error = NULL;

  record->name = g_strdup (name);
  g_assert_true (fv_organisation_store_save (fixture->database, record, &error));
  return record->id;
}

static void
test_norwegian_order (Fixture       *fixture,
                      gconstpointer  data)
{
  const char *names[] = { "Åmot turlag", "Østre Toten skiklubb", "Ævre vel", "zebra-klubben", "Aas sanitetsforening" };
  gint64 ids[G_N_ELEMENTS (names)];
  g_autoptr(GArray) sorted = NULL;
  g_autoptr(GArray) reversed = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    ids[i] = add_named (fixture, names[i]);

  /* a … z æ ø å, case folded. */
  sorted = list_ids (fixture->database, NULL, FV_ORGANISATION_SORT_NAME, FALSE);
  g_assert_cmpint (g_array_index (sorted, gint64, 0), ==, ids[4]);
  g_assert_cmpint (g_array_index (sorted, gint64, 1), ==, ids[3]);
  g_assert_cmpint (g_array_index (sorted, gint64, 2), ==, ids[2]);
  g_assert_cmpint (g_array_index (sorted, gint64, 3), ==, ids[1]);
  g_assert_cmpint (g_array_index (sorted, gint64, 4), ==, ids[0]);

  reversed = list_ids (fixture->database, NULL, FV_ORGANISATION_SORT_NAME, TRUE);
  g_assert_cmpint (g_array_index (reversed, gint64, 0), ==, ids[0]);
}

/* A register record as the importer makes it: register fields only. */
static FvOrganisationRecord *
make_register_record (const char *orgnr,
                      const char *name)
{
  FvOrganisationRecord *record = fv_organisation_record_new ();

  g_free (record->source);
  record->source = g_strdup ("brreg");
  record->orgnr = g_strdup (orgnr);
  record->name = g_strdup (name);
  record->org_form = g_strdup ("FLI");
  record->street = g_strdup ("Storgata 1");
  record->postcode = g_strdup ("2408");
  record->place = g_strdup ("Elverum");
  record->municipality_number = g_strdup ("3420");
  record->in_frivillighetsregisteret = TRUE;
  return record;
}

static void
test_register_import_keeps_coordinator_fields (Fixture       *fixture,
                                               gconstpointer  data)
{
  g_autoptr(FvOrganisationRecord) ours = make_full_record ();
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_organisation_record_free);
  g_autoptr(FvImportPlan) plan = NULL;
  g_autoptr(FvImportPlan) again = NULL;
  g_autoptr(FvOrganisationRecord) after = NULL;
  g_autoptr(GError) error = NULL;
  FvOrganisationRecord *incoming;
  FvImportItem *item;

  g_assert_true (fv_organisation_store_save (fixture->database, ours, &error));

  incoming = make_register_record ("923609016", "Leiret idrettsforening");
  incoming->register_status = g_strdup (FV_REGISTER_STATUS_DISSOLVING);
  g_ptr_array_add (records, incoming);
  g_ptr_array_add (records, make_register_record ("974760673", "Mjølner speidergruppe"));

  plan = fv_import_plan_new (fixture->database, FV_IMPORT_SOURCE_REGISTER, records, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fv_import_plan_count (plan, FV_IMPORT_NEW), ==, 1);
  g_assert_cmpuint (fv_import_plan_count (plan, FV_IMPORT_UPDATED), ==, 1);
  item = g_ptr_array_index (fv_import_plan_get_items (plan), 0);
  g_assert_nonnull (strstr (item->changes, "Name"));
  g_assert_nonnull (strstr (item->changes, "Register status"));
  /* Planning changes nothing. */
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM organisation;"), ==, 1);

  g_assert_true (fv_import_plan_commit (plan, fixture->database, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM organisation;"), ==, 2);

  after = fv_organisation_store_load (fixture->database, ours->id, &error);
  g_assert_cmpstr (after->name, ==, "Leiret idrettsforening");
  g_assert_cmpstr (after->register_status, ==, FV_REGISTER_STATUS_DISSOLVING);
  /* What the coordinator wrote is untouched. */
  g_assert_cmpuint (after->offers, ==, ours->offers);
  g_assert_cmpuint (after->needs, ==, ours->needs);
  g_assert_cmpstr (after->notes, ==, ours->notes);
  g_assert_cmpstr (after->email, ==, "post@leiret.no");
  g_assert_cmpuint (after->tags->len, ==, 2);
  g_assert_cmpuint (after->contacts->len, ==, 2);
  g_assert_cmpint (after->categories[0], ==, 1200);

  /* The same file again changes nothing. */
  again = fv_import_plan_new (fixture->database, FV_IMPORT_SOURCE_REGISTER, records, NULL, NULL, &error);
  g_assert_cmpuint (fv_import_plan_count (again, FV_IMPORT_UNCHANGED), ==, 2);
}

static char *
database_fingerprint (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GString *all = g_string_new (NULL);

  stmt = fv_database_prepare (fixture->database,
                              "SELECT group_concat (id || name || coalesce (email, '') || updated_at, '|') "
                              "FROM (SELECT * FROM organisation ORDER BY id);", &error);
  g_assert_no_error (error);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_text (stmt, 0) != NULL)
    g_string_append (all, (const char *) sqlite3_column_text (stmt, 0));
  g_string_append_printf (all, "#%" G_GINT64_FORMAT, fv_test_db_count (fixture->database, "SELECT count(*) FROM organisation_search;"));
  return g_string_free (all, FALSE);
}

static void
cancel_halfway (double   fraction,
                gpointer user_data)
{
  if (fraction >= 0.5)
    g_cancellable_cancel (user_data);
}

static void
test_failed_commit_changes_nothing (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_organisation_record_free);
  g_autoptr(FvImportPlan) plan = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  FvOrganisationRecord *bad;

  g_assert_true (fv_demo_fill (fixture->database, &error));
  before = database_fingerprint (fixture);

  for (guint i = 0; i < 3000; i++)
    {
      g_autofree char *name = g_strdup_printf ("Forening %u", i);

      g_ptr_array_add (records, make_register_record (NULL, name));
    }

  /* Cancelled half way: nothing of it stays. */
  plan = fv_import_plan_new (fixture->database, FV_IMPORT_SOURCE_REGISTER, records, NULL, NULL, &error);
  g_assert_false (fv_import_plan_commit (plan, fixture->database, cancel_halfway, cancellable, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  after = database_fingerprint (fixture);
  g_assert_cmpstr (before, ==, after);
  g_clear_error (&error);
  g_clear_pointer (&plan, fv_import_plan_free);
  g_clear_pointer (&after, g_free);

  /* One bad record late in the file: nothing of it stays either. */
  bad = g_ptr_array_index (records, 2900);
  bad->email = g_strdup ("ikke en adresse");
  plan = fv_import_plan_new (fixture->database, FV_IMPORT_SOURCE_REGISTER, records, NULL, NULL, &error);
  g_assert_false (fv_import_plan_commit (plan, fixture->database, NULL, NULL, NULL, &error));
  g_assert_nonnull (strstr (error->message, "Forening 2900"));
  after = database_fingerprint (fixture);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT bulk FROM search_control;"), ==, 0);
}

static void
test_bulk_import_is_searchable (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_organisation_record_free);
  g_autoptr(FvImportPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 2000; i++)
    {
      g_autofree char *name = g_strdup_printf ("Bygdelag nummer %u", i);

      g_ptr_array_add (records, make_register_record (NULL, name));
    }
  plan = fv_import_plan_new (fixture->database, FV_IMPORT_SOURCE_REGISTER, records, NULL, NULL, &error);
  g_assert_true (fv_import_plan_commit (plan, fixture->database, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM organisation;"), ==, 2000);
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM organisation_search;"), ==, 2000);
  g_assert_cmpuint (count_matches (fixture, "bygdelag 1999"), ==, 1);
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT bulk FROM search_control;"), ==, 0);
  /* And single edits afterwards are indexed again through the triggers. */
  add_named (fixture, "Vinje husflidslag");
  g_assert_cmpuint (count_matches (fixture, "husflid"), ==, 1);
}

static void
set_orgnr (Fixture    *fixture,
           gint64      id,
           const char *orgnr)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (fv_database_begin (fixture->database, &error));
  stmt = fv_database_prepare (fixture->database, "UPDATE organisation SET orgnr = ?2 WHERE id = ?1;", &error);
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, orgnr, -1, SQLITE_STATIC);
  g_assert_true (fv_database_step_done (fixture->database, stmt, &error));
  g_assert_true (fv_database_commit (fixture->database, &error));
}

/* The register's capitals come tidied; a name the coordinator wrote that
 * differs only in case stays theirs, one in capitals from an older import
 * does not. */
static void
test_register_import_keeps_written_name (Fixture       *fixture,
                                         gconstpointer  data)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_organisation_record_free);
  g_autoptr(FvImportPlan) plan = NULL;
  g_autoptr(FvOrganisationRecord) written = NULL;
  g_autoptr(FvOrganisationRecord) shouted = NULL;
  g_autoptr(GError) error = NULL;
  gint64 written_id, shouted_id;

  written_id = add_named (fixture, "Nordre Vinje Idrettslag");
  set_orgnr (fixture, written_id, "923609016");
  shouted_id = add_named (fixture, "MJØLNER SPEIDERGRUPPE");
  set_orgnr (fixture, shouted_id, "974760673");

  /* As the register reader hands them over: tidied. */
  g_ptr_array_add (records, make_register_record ("923609016", "Nordre Vinje idrettslag"));
  g_ptr_array_add (records, make_register_record ("974760673", "Mjølner speidergruppe"));
  plan = fv_import_plan_new (fixture->database, FV_IMPORT_SOURCE_REGISTER, records, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (fv_import_plan_commit (plan, fixture->database, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  written = fv_organisation_store_load (fixture->database, written_id, &error);
  g_assert_cmpstr (written->name, ==, "Nordre Vinje Idrettslag");
  shouted = fv_organisation_store_load (fixture->database, shouted_id, &error);
  g_assert_cmpstr (shouted->name, ==, "Mjølner speidergruppe");
}

/* An organisation with signed agreements stays: the message says why. */
static void
test_delete_refused_for_exchange_participant (Fixture       *fixture,
                                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_assert_true (fv_demo_fill (fixture->database, &error));
  id = fv_test_db_count (fixture->database, "SELECT o.id FROM organisation o JOIN exchange_participant p ON p.organisation_id = o.id "
                       "WHERE o.name = 'Lions Club Elverum';");
  g_assert_cmpint (id, >, 0);

  g_assert_false (fv_organisation_store_delete (fixture->database, id, NULL, &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "Lions Club Elverum"));
  g_assert_nonnull (strstr (error->message, "exchange"));
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM organisation WHERE name = 'Lions Club Elverum';"), ==, 1);
}

static FvImportPlan *
plan_spreadsheet (FvDatabase *database,
                  GFile      *file)
{
  g_autoptr(FvImportRequest) request = fv_import_request_new (FV_IMPORT_FILE_SPREADSHEET, file);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  FvImportPlan *plan = fv_organisation_import_prepare (database, request, NULL, NULL, &problems, NULL, &error);

  g_assert_no_error (error);
  return plan;
}

/* Every field but the row ids, in a form two databases can be compared in. */
static char *
describe_record (const FvOrganisationRecord *record)
{
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%" G_GINT64_FORMAT "|%" G_GINT64_FORMAT,
                          record->orgnr, record->name, record->short_name, record->org_form, record->sector,
                          record->email, record->phone, record->website, record->street, record->postcode,
                          record->place, record->municipality_number, record->district,
                          record->members_total, record->members_under_20);
  g_string_append_printf (text, "|%s|%u|%s|%u|%s|%d%d%d|%s|%s|%s|%s|%d,%d,%d",
                          record->description, record->offers, record->offers_note, record->needs,
                          record->needs_note, record->active, record->in_frivillighetsregisteret,
                          record->public_listing_consent, record->register_status, record->notes,
                          record->source, record->created_at,
                          record->categories[0], record->categories[1], record->categories[2]);
  for (guint i = 0; i < record->tags->len; i++)
    g_string_append_printf (text, "|tag:%s", (char *) g_ptr_array_index (record->tags, i));
  for (guint i = 0; i < record->contacts->len; i++)
    {
      FvContact *contact = g_ptr_array_index (record->contacts, i);

      g_string_append_printf (text, "|contact:%s/%s/%s/%s", contact->name, contact->role, contact->phone, contact->email);
    }
  return g_string_free (text, FALSE);
}

static char *
describe_database (FvDatabase *database)
{
  g_autoptr(sqlite3_stmt) stmt = fv_database_prepare (database, "SELECT id FROM organisation ORDER BY name_key;", NULL);
  GString *all = g_string_new (NULL);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(FvOrganisationRecord) record = fv_organisation_store_load (database, sqlite3_column_int64 (stmt, 0), NULL);
      g_autofree char *line = describe_record (record);

      g_string_append_printf (all, "%s\n", line);
    }
  return g_string_free (all, FALSE);
}

/* Export, then import into an empty database: the same organisations, field
 * for field; and importing the same file again changes nothing. */
static void
test_spreadsheet_round_trip (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(FvOrganisationRecord) full = make_full_record ();
  g_autofree char *csv_path = g_build_filename (fixture->dir, "organisasjoner.csv", NULL);
  g_autofree char *other_path = g_build_filename (fixture->dir, "other.db", NULL);
  g_autoptr(GFile) csv = g_file_new_for_path (csv_path);
  g_autoptr(FvDatabase) other = NULL;
  g_autoptr(FvImportPlan) plan = NULL;
  g_autoptr(FvImportPlan) again = NULL;
  g_autoptr(FvImportPlan) home = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint n_written = 0;

  g_assert_true (fv_demo_fill (fixture->database, &error));
  /* Quotes, semicolons and newlines where a spreadsheet trips on them. */
  g_free (full->notes);
  full->notes = g_strdup ("Leder: \"Kari\"; nestleder Ola.\nMøte hver 1. tirsdag – «Grendehuset»");
  g_assert_true (fv_organisation_store_save (fixture->database, full, &error));

  g_assert_true (fv_organisation_export_spreadsheet (fixture->database, NULL, csv, &n_written, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_written, ==, 28);

  other = fv_database_open (other_path, FV_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  plan = plan_spreadsheet (other, csv);
  g_assert_cmpuint (fv_import_plan_count (plan, FV_IMPORT_NEW), ==, 28);
  g_assert_true (fv_import_plan_commit (plan, other, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  before = describe_database (fixture->database);
  after = describe_database (other);
  g_assert_cmpstr (before, ==, after);

  again = plan_spreadsheet (other, csv);
  g_assert_cmpuint (fv_import_plan_count (again, FV_IMPORT_UNCHANGED), ==, 28);
  home = plan_spreadsheet (fixture->database, csv);
  g_assert_cmpuint (fv_import_plan_count (home, FV_IMPORT_UNCHANGED), ==, 28);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/organisation-store/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("save-and-load-every-field", test_save_and_load_every_field);
  ADD ("removed-contact-is-erased", test_removed_contact_is_erased);
  ADD ("invalid-refused", test_invalid_refused);
  ADD ("delete-and-undo", test_delete_and_undo);
  ADD ("duplicates", test_duplicates);
  ADD ("search", test_search);
  ADD ("filters", test_filters);
  ADD ("norwegian-order", test_norwegian_order);
  ADD ("register-import-keeps-coordinator-fields", test_register_import_keeps_coordinator_fields);
  ADD ("register-import-keeps-written-name", test_register_import_keeps_written_name);
  ADD ("failed-commit-changes-nothing", test_failed_commit_changes_nothing);
  ADD ("bulk-import-is-searchable", test_bulk_import_is_searchable);
  ADD ("spreadsheet-round-trip", test_spreadsheet_round_trip);
  ADD ("delete-refused-for-exchange-participant", test_delete_refused_for_exchange_participant);

#undef ADD

  return g_test_run ();
}
