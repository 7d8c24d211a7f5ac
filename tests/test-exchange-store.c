/* test-exchange-store.c — exchanges keep their participants and agreements,
 * refuse what the rules forbid, and count the follow-up
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "fv-demo.h"
#include "fv-exchange-store.h"
#include "fv-organisation-store.h"
#include "fv-test-db.h"
#include "fv-test-util.h"

typedef struct
{
  char       *dir;
  FvDatabase *database;
  gint64      orgs[3];   /* voluntary, public, business */
} Fixture;

static gint64
add_organisation (FvDatabase *database,
                  const char *name,
                  const char *sector)
{
  g_autoptr(FvOrganisationRecord) record = fv_organisation_record_new ();
  g_autoptr(GError) error = NULL;

  record->name = g_strdup (name);
  g_free (record->sector);
  record->sector = g_strdup (sector);
  g_assert_true (fv_organisation_store_save (database, record, &error));
  g_assert_no_error (error);
  return record->id;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = fv_test_make_dir ();
  fixture->database = fv_test_db_open (fixture->dir, FALSE);
  fixture->orgs[0] = add_organisation (fixture->database, "Mjølner speidergruppe", "voluntary");
  fixture->orgs[1] = add_organisation (fixture->database, "Barnehagene i Åsen", "public");
  fixture->orgs[2] = add_organisation (fixture->database, "Lierposten", "business");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->database);
  fv_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

static gint64
new_exchange (Fixture *fixture)
{
  g_autoptr(FvExchangeRecord) exchange = fv_exchange_record_new ();
  g_autoptr(GError) error = NULL;

  exchange->name = g_strdup ("  Frivillighetsbørs på Åsen ");
  exchange->date = g_strdup ("2025-03-12");
  exchange->place = g_strdup ("Rådhuset");
  g_assert_true (fv_exchange_store_save (fixture->database, exchange, &error));
  g_assert_no_error (error);
  g_assert_cmpint (exchange->id, >, 0);
  return exchange->id;
}

/* The first @n organisations of the fixture take part in the exchange. */
static void
add_participants (Fixture *fixture,
                  gint64   exchange,
                  guint    n)
{
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n; i++)
    g_assert_true (fv_exchange_store_add_participant (fixture->database, exchange, fixture->orgs[i], &error));
  g_assert_no_error (error);
}

static void
count_change (gint       *counter,
              const char *table,
              gint64      id)
{
  (*counter)++;
}

static void
settle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
test_exchange_lifecycle (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FvExchangeRecord) loaded = NULL;
  g_autoptr(FvExchangeRecord) bad = fv_exchange_record_new ();
  g_autoptr(GPtrArray) list = NULL;
  gint changes = 0;
  gint64 id;

  g_signal_connect_swapped (fixture->database, "changed::exchange", G_CALLBACK (count_change), &changes);
  id = new_exchange (fixture);
  settle ();
  g_assert_cmpint (changes, ==, 1);

  loaded = fv_exchange_store_load (fixture->database, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (loaded->name, ==, "Frivillighetsbørs på Åsen");
  g_assert_cmpstr (loaded->date, ==, "2025-03-12");
  g_assert_null (loaded->municipality);

  g_free (loaded->municipality);
  loaded->municipality = g_strdup ("Lier kommune");
  g_assert_true (fv_exchange_store_save (fixture->database, loaded, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM exchange WHERE municipality = 'Lier kommune';"), ==, 1);

  /* Refused: no name, no date; nothing written. */
  bad->name = g_strdup ("   ");
  bad->date = g_strdup ("2025-02-30");
  g_assert_false (fv_exchange_store_save (fixture->database, bad, &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  {
    g_autoptr(GPtrArray) problems = fv_exchange_record_check (bad);
    g_assert_cmpuint (problems->len, ==, 2);
  }
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM exchange;"), ==, 1);

  list = fv_exchange_store_list (fixture->database, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);

  g_assert_true (fv_exchange_store_delete (fixture->database, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM exchange;"), ==, 0);
  g_assert_null (fv_exchange_store_load (fixture->database, id, &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_NOT_FOUND);
}

static void
test_participants_and_agreements (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FvAgreementRecord) agreement = fv_agreement_record_new ();
  g_autoptr(FvAgreementRecord) second = fv_agreement_record_new ();
  g_autoptr(FvAgreementRecord) duplicate = NULL;
  g_autoptr(FvAgreementRecord) outsider = NULL;
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(GPtrArray) candidates = NULL;
  g_autoptr(GPtrArray) agreements = NULL;
  gint64 exchange = new_exchange (fixture);
  gint agreement_changes = 0;

  g_signal_connect_swapped (fixture->database, "changed::agreement", G_CALLBACK (count_change),
                            &agreement_changes);

  g_assert_true (fv_exchange_store_add_participant (fixture->database, exchange, fixture->orgs[0], &error));
  g_assert_true (fv_exchange_store_add_participant (fixture->database, exchange, fixture->orgs[1], &error));
  /* Twice is once. */
  g_assert_true (fv_exchange_store_add_participant (fixture->database, exchange, fixture->orgs[1], &error));
  g_assert_no_error (error);
  g_assert_false (fv_exchange_store_add_participant (fixture->database, exchange, 9999, &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  participants = fv_exchange_store_list_participants (fixture->database, exchange, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (participants->len, ==, 2);
  /* Norwegian order: B before M. */
  g_assert_cmpstr (((FvParticipant *) participants->pdata[0])->name, ==, "Barnehagene i Åsen");
  g_assert_cmpstr (((FvParticipant *) participants->pdata[0])->sector, ==, "public");

  candidates = fv_exchange_store_find_candidates (fixture->database, exchange, "lier", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (candidates->len, ==, 1);
  g_clear_pointer (&candidates, g_ptr_array_unref);
  candidates = fv_exchange_store_find_candidates (fixture->database, exchange, "Mjølner", 10, &error);
  g_assert_cmpuint (candidates->len, ==, 0); /* already takes part */
  g_clear_pointer (&candidates, g_ptr_array_unref);
  candidates = fv_exchange_store_find_candidates (fixture->database, exchange, "%", 10, &error);
  g_assert_cmpuint (candidates->len, ==, 0); /* a wildcard is a character */

  /* One-way: the scouts give; a deadline a year after the exchange; number 1. */
  agreement->exchange_id = exchange;
  agreement->giver_id = fixture->orgs[0];
  agreement->receiver_id = fixture->orgs[1];
  agreement->description = g_strdup ("Dugnad for å etablere en utelekeplass");
  g_free (agreement->category);
  agreement->category = g_strdup ("dugnad");
  g_assert_true (fv_exchange_store_save_agreement (fixture->database, agreement, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (agreement->form_number, ==, 1);
  g_assert_cmpstr (agreement->deadline, ==, "2026-03-12");
  settle ();
  g_assert_cmpint (agreement_changes, ==, 1);

  /* Two-way, with its own number and deadline. */
  second->exchange_id = exchange;
  second->form_number = 17;
  second->giver_id = fixture->orgs[1];
  second->receiver_id = fixture->orgs[0];
  second->description = g_strdup ("Lokaler til speidermøter");
  second->in_return = g_strdup ("Bidrag til aktivitet");
  g_free (second->category);
  second->category = g_strdup ("premises");
  second->deadline = g_strdup ("2025-12-31");
  g_assert_true (fv_exchange_store_save_agreement (fixture->database, second, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fv_exchange_store_next_form_number (fixture->database, exchange, NULL), ==, 18);

  /* The same number twice is refused, in words. */
  duplicate = fv_agreement_record_copy (second);
  duplicate->id = 0;
  g_assert_false (fv_exchange_store_save_agreement (fixture->database, duplicate, &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_EXISTS);
  g_clear_error (&error);

  /* Both parties must take part. */
  outsider = fv_agreement_record_copy (agreement);
  outsider->id = 0;
  outsider->form_number = 0;
  outsider->receiver_id = fixture->orgs[2];
  g_assert_false (fv_exchange_store_save_agreement (fixture->database, outsider, &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  /* Giving to oneself is not an agreement. */
  outsider->receiver_id = outsider->giver_id;
  g_assert_false (fv_exchange_store_save_agreement (fixture->database, outsider, &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM agreement;"), ==, 2);

  agreements = fv_exchange_store_list_agreements (fixture->database, exchange, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (agreements->len, ==, 2);
  g_assert_cmpstr (((FvAgreementRecord *) agreements->pdata[0])->giver_name, ==, "Mjølner speidergruppe");
  g_assert_cmpstr (((FvAgreementRecord *) agreements->pdata[1])->in_return, ==, "Bidrag til aktivitet");

  /* A participant with agreements stays; the organisation cannot be deleted either. */
  g_assert_false (fv_exchange_store_remove_participant (fixture->database, exchange, fixture->orgs[0], &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_false (fv_organisation_store_delete (fixture->database, fixture->orgs[0], NULL, &error));
  g_clear_error (&error);
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM organisation;"), ==, 3);

  /* Follow-up. */
  g_assert_true (fv_exchange_store_set_agreement_status (fixture->database, agreement->id,
                                                         FV_AGREEMENT_FULFILLED, &error));
  g_assert_no_error (error);
  {
    g_autoptr(FvAgreementRecord) reloaded = fv_exchange_store_load_agreement (fixture->database, agreement->id,
                                                                              &error);
    g_assert_no_error (error);
    g_assert_cmpint (reloaded->status, ==, FV_AGREEMENT_FULFILLED);
  }

  g_assert_true (fv_exchange_store_delete_agreement (fixture->database, agreement->id, &error));
  g_assert_true (fv_exchange_store_delete_agreement (fixture->database, second->id, &error));
  g_assert_true (fv_exchange_store_remove_participant (fixture->database, exchange, fixture->orgs[0], &error));
  g_assert_no_error (error);
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM exchange_participant;"), ==, 1);
}

static gint64
add_agreement (Fixture    *fixture,
               gint64      exchange,
               gint64      giver,
               gint64      receiver,
               const char *description,
               const char *deadline)
{
  g_autoptr(FvAgreementRecord) agreement = fv_agreement_record_new ();
  g_autoptr(GError) error = NULL;

  agreement->exchange_id = exchange;
  agreement->giver_id = giver;
  agreement->receiver_id = receiver;
  agreement->description = g_strdup (description);
  agreement->deadline = g_strdup (deadline);
  g_assert_true (fv_exchange_store_save_agreement (fixture->database, agreement, &error));
  g_assert_no_error (error);
  return agreement->id;
}

/* Undo of a delete puts back the exchange, its participants (with the sector
 * they had when they joined) and its agreements with their follow-up. */
static void
test_undo_delete (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FvExchangeSnapshot) snapshot = NULL;
  g_autoptr(FvAgreementRecord) before = NULL;
  g_autoptr(FvAgreementRecord) after = NULL;
  g_autoptr(GPtrArray) participants = NULL;
  gint64 exchange = new_exchange (fixture);
  gint64 first, second;
  gint changes = 0;

  add_participants (fixture, exchange, 3);
  first = add_agreement (fixture, exchange, fixture->orgs[0], fixture->orgs[1], "Dugnad", NULL);
  second = add_agreement (fixture, exchange, fixture->orgs[2], fixture->orgs[0], "Trykking av plakater",
                          "2025-06-01");
  g_assert_true (fv_exchange_store_follow_up (fixture->database, second, FV_AGREEMENT_NOT_FULFILLED,
                                              "Avisa la ned trykkeriet.", &error));
  g_assert_no_error (error);
  before = fv_exchange_store_load_agreement (fixture->database, second, &error);
  g_assert_no_error (error);

  g_signal_connect_swapped (fixture->database, "changed::exchange", G_CALLBACK (count_change), &changes);
  g_assert_true (fv_exchange_store_delete_full (fixture->database, exchange, &snapshot, &error));
  g_assert_no_error (error);
  g_assert_nonnull (snapshot);
  g_assert_cmpstr (fv_exchange_snapshot_get_exchange (snapshot)->name, ==, "Frivillighetsbørs på Åsen");
  g_assert_cmpuint (fv_exchange_snapshot_get_exchange (snapshot)->n_agreements, ==, 2);
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM exchange;"), ==, 0);
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM exchange_participant;"), ==, 0);
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM agreement;"), ==, 0);

  /* The business has since moved sector in the register: the exchange keeps the old one. */
  g_assert_cmpint (fv_test_db_count (fixture->database, "UPDATE organisation SET sector = 'voluntary' WHERE name = 'Lierposten'"
                                   " RETURNING 1;"), ==, 1);

  g_assert_true (fv_exchange_store_restore (fixture->database, snapshot, &error));
  g_assert_no_error (error);
  settle ();
  g_assert_cmpint (changes, ==, 2);
  g_assert_cmpint (fv_exchange_snapshot_get_exchange (snapshot)->id, ==, exchange);
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM exchange WHERE name = 'Frivillighetsbørs på Åsen'"
                                   " AND date = '2025-03-12' AND place = 'Rådhuset';"), ==, 1);
  participants = fv_exchange_store_list_participants (fixture->database, exchange, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (participants->len, ==, 3);
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM exchange_participant WHERE sector = 'business';"), ==, 1);

  /* The agreements with their ids, numbers, deadlines and follow-up. */
  after = fv_exchange_store_load_agreement (fixture->database, second, &error);
  g_assert_no_error (error);
  g_assert_cmpint (after->exchange_id, ==, exchange);
  g_assert_cmpuint (after->form_number, ==, before->form_number);
  g_assert_cmpstr (after->deadline, ==, "2025-06-01");
  g_assert_cmpint (after->status, ==, FV_AGREEMENT_NOT_FULFILLED);
  g_assert_cmpstr (after->follow_up, ==, "Avisa la ned trykkeriet.");
  g_assert_cmpstr (after->created_at, ==, before->created_at);
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM agreement WHERE deadline = '2026-03-12';"), ==, 1);
  g_assert_cmpint (first, >, 0);
}

/* A new exchange made in the seconds before Undo may take the old id: the
 * deleted one comes back under another, whole. */
static void
test_undo_after_new (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FvExchangeSnapshot) snapshot = NULL;
  gint64 exchange = new_exchange (fixture);
  gint64 newer, restored;

  add_participants (fixture, exchange, 2);
  add_agreement (fixture, exchange, fixture->orgs[0], fixture->orgs[1], "Dugnad", NULL);
  g_assert_true (fv_exchange_store_delete_full (fixture->database, exchange, &snapshot, &error));
  g_assert_no_error (error);

  newer = new_exchange (fixture);
  add_participants (fixture, newer, 2);
  add_agreement (fixture, newer, fixture->orgs[1], fixture->orgs[0], "Lokaler", NULL);

  g_assert_true (fv_exchange_store_restore (fixture->database, snapshot, &error));
  g_assert_no_error (error);
  restored = fv_exchange_snapshot_get_exchange (snapshot)->id;
  g_assert_cmpint (restored, !=, newer);
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM exchange;"), ==, 2);
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM agreement;"), ==, 2);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM agreement WHERE exchange_id = %" G_GINT64_FORMAT
                                            " AND description = 'Dugnad';", restored);
    g_assert_cmpint (fv_test_db_count (fixture->database, sql), ==, 1);
  }
}

/* An organisation deleted from the register before Undo: nothing half comes back. */
static void
test_undo_refused (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FvExchangeSnapshot) snapshot = NULL;
  gint64 exchange = new_exchange (fixture);

  g_assert_true (fv_exchange_store_add_participant (fixture->database, exchange, fixture->orgs[0], &error));
  g_assert_true (fv_exchange_store_add_participant (fixture->database, exchange, fixture->orgs[2], &error));
  g_assert_true (fv_exchange_store_delete_full (fixture->database, exchange, &snapshot, &error));
  g_assert_true (fv_organisation_store_delete (fixture->database, fixture->orgs[2], NULL, &error));
  g_assert_no_error (error);

  g_assert_false (fv_exchange_store_restore (fixture->database, snapshot, &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_NOT_FOUND);
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM exchange;"), ==, 0);
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM exchange_participant;"), ==, 0);

  /* A missing exchange is reported, not deleted in silence. */
  g_clear_pointer (&snapshot, fv_exchange_snapshot_free);
  g_clear_error (&error);
  g_assert_false (fv_exchange_store_delete_full (fixture->database, 4242, &snapshot, &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_NOT_FOUND);
  g_assert_null (snapshot);
}

/* What needs following up: open agreements past or near their deadline, the
 * most overdue first; any status can be set with a note. */
static void
test_follow_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(FvAgreementRecord) loaded = NULL;
  gint64 exchange = new_exchange (fixture);
  gint64 late, later, soon, far, done;

  add_participants (fixture, exchange, 2);
  later = add_agreement (fixture, exchange, fixture->orgs[0], fixture->orgs[1], "Dugnad", "2026-01-15");
  late = add_agreement (fixture, exchange, fixture->orgs[1], fixture->orgs[0], "Lokaler", "2025-12-01");
  soon = add_agreement (fixture, exchange, fixture->orgs[0], fixture->orgs[1], "Kurs", "2026-03-01");
  far = add_agreement (fixture, exchange, fixture->orgs[0], fixture->orgs[1], "Transport", "2026-09-01");
  done = add_agreement (fixture, exchange, fixture->orgs[1], fixture->orgs[0], "Utstyr", "2025-11-01");
  g_assert_true (fv_exchange_store_follow_up (fixture->database, done, FV_AGREEMENT_FULFILLED, "  Levert.  ",
                                              &error));
  g_assert_no_error (error);

  due = fv_exchange_store_list_due (fixture->database, "2026-02-10", FV_AGREEMENT_DUE_SOON_DAYS, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (due->len, ==, 3);
  g_assert_cmpint (((FvAgreementRecord *) due->pdata[0])->id, ==, late);
  g_assert_cmpint (((FvAgreementRecord *) due->pdata[1])->id, ==, later);
  g_assert_cmpint (((FvAgreementRecord *) due->pdata[2])->id, ==, soon);
  g_assert_cmpstr (((FvAgreementRecord *) due->pdata[0])->exchange_name, ==, "Frivillighetsbørs på Åsen");
  g_assert_true (fv_agreement_record_is_overdue (due->pdata[0], "2026-02-10"));
  g_assert_false (fv_agreement_record_is_due_soon (due->pdata[0], "2026-02-10", FV_AGREEMENT_DUE_SOON_DAYS));
  g_assert_false (fv_agreement_record_is_overdue (due->pdata[2], "2026-02-10"));
  g_assert_true (fv_agreement_record_is_due_soon (due->pdata[2], "2026-02-10", FV_AGREEMENT_DUE_SOON_DAYS));
  /* Due on the day itself is not yet overdue. */
  g_assert_false (fv_agreement_record_is_overdue (due->pdata[2], "2026-03-01"));

  /* Not fulfilled, with the reason: it leaves the list. */
  g_assert_true (fv_exchange_store_follow_up (fixture->database, late, FV_AGREEMENT_NOT_FULFILLED,
                                              "Lokalet brant.", &error));
  g_assert_no_error (error);
  loaded = fv_exchange_store_load_agreement (fixture->database, late, &error);
  g_assert_cmpint (loaded->status, ==, FV_AGREEMENT_NOT_FULFILLED);
  g_assert_cmpstr (loaded->follow_up, ==, "Lokalet brant.");
  g_clear_pointer (&due, g_ptr_array_unref);
  due = fv_exchange_store_list_due (fixture->database, "2026-02-10", FV_AGREEMENT_DUE_SOON_DAYS, &error);
  g_assert_cmpuint (due->len, ==, 2);

  /* Back to agreed, the note cleared by a blank one. */
  g_assert_true (fv_exchange_store_follow_up (fixture->database, late, FV_AGREEMENT_AGREED, "  ", &error));
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM agreement WHERE status = 'agreed' AND follow_up IS NULL"
                                   " AND description = 'Lokaler';"), ==, 1);
  g_assert_cmpint (fv_test_db_count (fixture->database, "SELECT count(*) FROM agreement WHERE follow_up = 'Levert.';"), ==, 1);

  g_assert_false (fv_exchange_store_follow_up (fixture->database, 9999, FV_AGREEMENT_CANCELLED, NULL, &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_NOT_FOUND);
  (void) far;
}

static void
test_summary (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "frivillig.db", NULL);
  Fixture fixture[1] = { { 0 } };
  FvExchangeSummary summary;
  gint64 exchange;

  fixture->database = fv_database_open (path, FV_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (fv_demo_fill (fixture->database, &error));
  g_assert_no_error (error);
  exchange = fv_database_query_int (fixture->database, "SELECT id FROM exchange WHERE name = 'Frivillighetsbørs i Elverum';",
                                    &error);
  g_assert_no_error (error);
  g_assert_cmpint (exchange, >, 0);

  g_assert_true (fv_exchange_store_summarise (fixture->database, exchange, &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.n_participants, ==, 7);
  g_assert_cmpuint (summary.participants_by_sector[FV_SECTOR_VOLUNTARY], ==, 4);
  g_assert_cmpuint (summary.participants_by_sector[FV_SECTOR_PUBLIC], ==, 3);
  g_assert_cmpuint (summary.n_agreements, ==, 4);
  g_assert_cmpuint (summary.by_status[FV_AGREEMENT_FULFILLED], ==, 2);
  g_assert_cmpuint (summary.by_status[FV_AGREEMENT_AGREED], ==, 2);
  g_assert_cmpuint (summary.n_two_way, ==, 1);
  /* Lions → Leiret: voluntary to voluntary; the other three go to public bodies. */
  g_assert_cmpuint (summary.by_sectors[FV_SECTOR_VOLUNTARY][FV_SECTOR_VOLUNTARY], ==, 1);
  g_assert_cmpuint (summary.by_sectors[FV_SECTOR_VOLUNTARY][FV_SECTOR_PUBLIC], ==, 3);
  g_assert_cmpuint (summary.by_category[0], ==, 1); /* courses */
  g_assert_cmpuint (summary.by_category[3], ==, 1); /* time */

  g_clear_object (&fixture->database);
  fv_test_remove_dir (dir);
}

static void
test_dates (void)
{
  g_autofree char *a = fv_exchange_parse_date ("12.3.2025");
  g_autofree char *b = fv_exchange_parse_date (" 2025-03-12 ");
  g_autofree char *c = fv_exchange_parse_date ("31.02.2025");
  g_autofree char *d = fv_exchange_parse_date ("12.03.2025 kl. 18");
  g_autofree char *shown = fv_exchange_format_date ("2025-03-12");

  g_assert_cmpstr (a, ==, "2025-03-12");
  g_assert_cmpstr (b, ==, "2025-03-12");
  g_assert_null (c);
  g_assert_null (d);
  g_assert_cmpstr (shown, ==, "12.03.2025");
  g_assert_cmpint (fv_agreement_status_from_string ("not-fulfilled"), ==, FV_AGREEMENT_NOT_FULFILLED);
  g_assert_cmpstr (fv_agreement_status_to_string (FV_AGREEMENT_CANCELLED), ==, "cancelled");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/exchange-store/lifecycle", Fixture, NULL, fixture_set_up, test_exchange_lifecycle,
              fixture_tear_down);
  g_test_add ("/exchange-store/participants-and-agreements", Fixture, NULL, fixture_set_up,
              test_participants_and_agreements, fixture_tear_down);
  g_test_add ("/exchange-store/undo-delete", Fixture, NULL, fixture_set_up, test_undo_delete, fixture_tear_down);
  g_test_add ("/exchange-store/undo-after-new", Fixture, NULL, fixture_set_up, test_undo_after_new,
              fixture_tear_down);
  g_test_add ("/exchange-store/undo-refused", Fixture, NULL, fixture_set_up, test_undo_refused, fixture_tear_down);
  g_test_add ("/exchange-store/follow-up", Fixture, NULL, fixture_set_up, test_follow_up, fixture_tear_down);
  g_test_add_func ("/exchange-store/summary", test_summary);
  g_test_add_func ("/exchange-store/dates", test_dates);

  return g_test_run ();
}
