/* test-notat-store.c — notater: checked, kept with their recipients in order,
 * listed, deleted and restored, marked sent (locked) and made drafts again;
 * the facts from the register name the counts
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "fv-demo.h"
#include "fv-notat-store.h"
#include "fv-test-db.h"
#include "fv-test-util.h"

typedef struct
{
  char       *dir;
  FvDatabase *database;
  guint       n_changes;
} Fixture;

static void
changed_cb (FvDatabase *database,
            const char *table,
            gint64      id,
            Fixture    *fixture)
{
  fixture->n_changes++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = fv_test_make_dir ();
  fixture->database = fv_test_db_open (fixture->dir, FALSE);
  g_signal_connect (fixture->database, "changed::notat", G_CALLBACK (changed_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->database);
  fv_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

static guint
changes (Fixture *fixture)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
  return fixture->n_changes;
}

static FvNotat *
make_notat (void)
{
  FvNotat *notat = fv_notat_new ();

  notat->date = g_strdup ("2022-02-02");
  notat->journalpost = g_strdup ("22/22387");
  notat->saksnummer = g_strdup ("22/2665-8");
  notat->sender = g_strdup ("Kommunedirektøren");
  notat->subject = g_strdup ("Status frivillighet og Frivillighetens år");
  notat->body = g_strdup ("# Innledning\n\nFrivillighet er viktig.[^En fotnote]\n");
  g_ptr_array_add (notat->recipients, g_strdup ("Hovedutvalg for miljø, idrett og kultur"));
  g_ptr_array_add (notat->recipients, g_strdup ("Formannskapet"));
  g_ptr_array_add (notat->recipients, g_strdup ("Hovedutvalg for barn og unge"));
  return notat;
}

static gboolean
has_problem (GPtrArray  *problems,
             const char *field)
{
  for (guint i = 0; i < problems->len; i++)
    if (g_strcmp0 (((FvFieldProblem *) problems->pdata[i])->field, field) == 0)
      return TRUE;
  return FALSE;
}

static void
test_numbers (void)
{
  g_assert_true (fv_notat_number_is_valid ("22/22387", FALSE));
  g_assert_true (fv_notat_number_is_valid ("22/2665", TRUE));
  g_assert_true (fv_notat_number_is_valid ("22/2665-8", TRUE));
  g_assert_false (fv_notat_number_is_valid ("22/2665-8", FALSE));
  g_assert_false (fv_notat_number_is_valid ("2022/2665", TRUE));
  g_assert_false (fv_notat_number_is_valid ("22-2665", TRUE));
  g_assert_false (fv_notat_number_is_valid ("22/", TRUE));
  g_assert_false (fv_notat_number_is_valid ("22/26a5", TRUE));
  g_assert_false (fv_notat_number_is_valid ("22/2665-", TRUE));
  g_assert_false (fv_notat_number_is_valid ("22/12345678", TRUE));
  g_assert_false (fv_notat_number_is_valid (NULL, TRUE));
}

static void
test_check (void)
{
  g_autoptr(FvNotat) notat = make_notat ();
  g_autoptr(GPtrArray) ok = fv_notat_check (notat);
  g_autoptr(GPtrArray) bad = NULL;

  g_assert_cmpuint (ok->len, ==, 0);

  g_free (notat->date);
  notat->date = g_strdup ("2022-02-30");
  g_free (notat->journalpost);
  notat->journalpost = g_strdup ("22/22387-1");
  g_free (notat->saksnummer);
  notat->saksnummer = g_strdup ("2665");
  g_free (notat->subject);
  notat->subject = g_strdup ("   ");
  fv_notat_set_recipients_text (notat, "\n  \n");
  bad = fv_notat_check (notat);
  g_assert_cmpuint (bad->len, ==, 5);
  g_assert_true (has_problem (bad, "date"));
  g_assert_true (has_problem (bad, "journalpost"));
  g_assert_true (has_problem (bad, "saksnummer"));
  g_assert_true (has_problem (bad, "recipients"));
  g_assert_true (has_problem (bad, "subject"));
}

static void
test_save_load (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(FvNotat) notat = make_notat ();
  g_autoptr(FvNotat) loaded = NULL;
  g_autoptr(FvNotat) reloaded = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_true (fv_notat_store_save (fixture->database, notat, &error));
  g_assert_no_error (error);
  g_assert_cmpint (notat->id, >, 0);
  g_assert_cmpuint (changes (fixture), ==, 1);

  loaded = fv_notat_store_load (fixture->database, notat->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (loaded->date, ==, "2022-02-02");
  g_assert_cmpstr (loaded->journalpost, ==, "22/22387");
  g_assert_cmpstr (loaded->saksnummer, ==, "22/2665-8");
  g_assert_cmpstr (loaded->sender, ==, "Kommunedirektøren");
  g_assert_cmpstr (loaded->subject, ==, "Status frivillighet og Frivillighetens år");
  g_assert_cmpstr (loaded->body, ==, notat->body);
  g_assert_null (loaded->arkivkode);
  g_assert_cmpint (loaded->status, ==, FV_NOTAT_DRAFT);
  /* The recipients keep their order. */
  g_assert_cmpuint (loaded->recipients->len, ==, 3);
  g_assert_cmpstr (loaded->recipients->pdata[0], ==, "Hovedutvalg for miljø, idrett og kultur");
  g_assert_cmpstr (loaded->recipients->pdata[1], ==, "Formannskapet");
  g_assert_cmpstr (loaded->recipients->pdata[2], ==, "Hovedutvalg for barn og unge");

  /* Reordered and one removed, as the editor's text says. */
  fv_notat_set_recipients_text (loaded, "Formannskapet\n\n  Hovedutvalg for barn og unge  \n");
  g_assert_true (fv_notat_store_save (fixture->database, loaded, &error));
  g_assert_true (fv_notat_store_set_status (fixture->database, notat->id, FV_NOTAT_SENT, NULL, &error));
  g_assert_no_error (error);
  reloaded = fv_notat_store_load (fixture->database, notat->id, &error);
  g_assert_no_error (error);
  text = fv_notat_get_recipients_text (reloaded);
  g_assert_cmpstr (text, ==, "Formannskapet\nHovedutvalg for barn og unge");
  g_assert_cmpint (reloaded->status, ==, FV_NOTAT_SENT);

  list = fv_notat_store_list (fixture->database, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpuint (((FvNotat *) list->pdata[0])->recipients->len, ==, 2);
}

static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(FvNotat) notat = make_notat ();
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;

  g_free (notat->journalpost);
  notat->journalpost = g_strdup ("22.22387");
  g_assert_false (fv_notat_store_save (fixture->database, notat, &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT);
  g_assert_cmpint (notat->id, ==, 0);
  g_clear_error (&error);

  /* The schema refuses what the check would, too. */
  g_assert_cmpint (sqlite3_exec (fv_database_get_handle (fixture->database),
                                 "INSERT INTO notat (date, subject) VALUES ('2022-13-01', 'x');",
                                 NULL, NULL, NULL), !=, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (fv_database_get_handle (fixture->database),
                                 "INSERT INTO notat (date, subject) VALUES ('2022-01-01', '  ');",
                                 NULL, NULL, NULL), !=, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (fv_database_get_handle (fixture->database),
                                 "INSERT INTO notat (date, subject, journalpost) VALUES ('2022-01-01', 'x', 'abc');",
                                 NULL, NULL, NULL), !=, SQLITE_OK);

  list = fv_notat_store_list (fixture->database, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 0);
  g_assert_cmpuint (changes (fixture), ==, 0);
}

static void
test_delete_restore (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(FvNotat) notat = make_notat ();
  g_autoptr(FvNotat) kept = NULL;
  g_autoptr(FvNotat) back = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (fv_notat_store_save (fixture->database, notat, &error));
  kept = fv_notat_store_load (fixture->database, notat->id, &error);
  g_assert_no_error (error);
  g_assert_true (fv_notat_store_delete (fixture->database, notat->id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fv_database_query_int (fixture->database, "SELECT count (*) FROM notat_recipient;", NULL),
                   ==, 0);
  g_assert_null (fv_notat_store_load (fixture->database, notat->id, &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (fv_notat_store_delete (fixture->database, notat->id, &error));
  g_clear_error (&error);

  g_assert_true (fv_notat_store_restore (fixture->database, kept, &error));
  g_assert_no_error (error);
  back = fv_notat_store_load (fixture->database, notat->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (back->subject, ==, kept->subject);
  g_assert_cmpstr (back->created_at, ==, kept->created_at);
  g_assert_cmpuint (back->recipients->len, ==, 3);
  g_assert_cmpuint (changes (fixture), ==, 3);
}

static void
test_sent (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(FvNotat) notat = make_notat ();
  g_autoptr(FvNotat) sent = NULL;
  g_autoptr(FvNotat) draft = NULL;
  g_autoptr(FvNotat) kept = NULL;
  g_autoptr(FvNotat) back = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(GError) error = NULL;

  g_assert_true (fv_notat_store_save (fixture->database, notat, &error));
  g_assert_null (notat->sent_at);
  changes (fixture);
  fixture->n_changes = 0;

  /* Sent to the committees on a given day: the day is kept and shown. */
  g_assert_true (fv_notat_store_set_status (fixture->database, notat->id, FV_NOTAT_SENT, "2022-02-03", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes (fixture), ==, 1);
  sent = fv_notat_store_load (fixture->database, notat->id, &error);
  g_assert_cmpint (sent->status, ==, FV_NOTAT_SENT);
  g_assert_cmpstr (sent->sent_at, ==, "2022-02-03");

  /* It is locked: a save (a stale editor's, say) is refused and changes nothing. */
  g_free (sent->subject);
  sent->subject = g_strdup ("Endret etter utsending");
  g_assert_false (fv_notat_store_save (fixture->database, sent, &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (fv_database_query_int (fixture->database,
                                          "SELECT count (*) FROM notat WHERE subject = 'Status frivillighet og"
                                          " Frivillighetens år' AND status = 'sent';", NULL), ==, 1);
  g_assert_cmpint (fv_database_query_int (fixture->database, "SELECT count (*) FROM notat_recipient;", NULL), ==, 3);

  /* A draft again: the day is forgotten and the edit goes through. */
  g_assert_true (fv_notat_store_set_status (fixture->database, notat->id, FV_NOTAT_DRAFT, NULL, &error));
  draft = fv_notat_store_load (fixture->database, notat->id, &error);
  g_assert_cmpint (draft->status, ==, FV_NOTAT_DRAFT);
  g_assert_null (draft->sent_at);
  g_assert_true (fv_notat_store_save (fixture->database, sent, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fv_database_query_int (fixture->database,
                                          "SELECT count (*) FROM notat WHERE subject = 'Endret etter utsending'"
                                          " AND status = 'draft';", NULL), ==, 1);

  /* Without a day given, today. */
  g_assert_true (fv_notat_store_set_status (fixture->database, notat->id, FV_NOTAT_SENT, NULL, &error));
  kept = fv_notat_store_load (fixture->database, notat->id, &error);
  g_assert_cmpstr (kept->sent_at, ==, today);

  /* Deleted and put back, it is still sent on the same day. */
  g_assert_true (fv_notat_store_delete (fixture->database, notat->id, &error));
  g_assert_true (fv_notat_store_restore (fixture->database, kept, &error));
  back = fv_notat_store_load (fixture->database, notat->id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (back->status, ==, FV_NOTAT_SENT);
  g_assert_cmpstr (back->sent_at, ==, today);

  /* A bad day and a gone notat are refused. */
  g_assert_false (fv_notat_store_set_status (fixture->database, notat->id, FV_NOTAT_SENT, "03.02.2022", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (fv_notat_store_set_status (fixture->database, 999, FV_NOTAT_SENT, NULL, &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_NOT_FOUND);
}

static void
test_facts (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *empty = NULL;
  g_autofree char *facts = NULL;
  g_autofree char *anonymous = NULL;
  g_autoptr(GPtrArray) list = NULL;

  empty = fv_notat_store_facts (fixture->database, "Bærum kommune", "2022-01-01", &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (empty, "no voluntary organisations"));

  g_assert_true (fv_demo_fill (fixture->database, &error));
  g_assert_no_error (error);

  /* The demo: 19 active voluntary organisations, one exchange with 4
   * agreements of which 2 are fulfilled, 7 events of the wheel in 2022. */
  facts = fv_notat_store_facts (fixture->database, "Bærum kommune", "2022-01-01", &error);
  g_assert_no_error (error);
  g_test_message ("%s", facts);
  g_assert_nonnull (strstr (facts, "Volunteering in Bærum kommune comprises 19 clubs and associations"));
  g_assert_nonnull (strstr (facts, "\n- "));
  g_assert_nonnull (strstr (facts, "At 1 volunteer exchange (frivillighetsbørs), 4 agreements were made"));
  g_assert_nonnull (strstr (facts, "2 of them are fulfilled"));
  g_assert_nonnull (strstr (facts, "- 26.04.2022: Frivillighetskonferanse"));
  g_assert_nonnull (strstr (facts, "- 05.12.2022: Frivillighetens dag"));
  g_assert_true (g_str_has_suffix (facts, "\n\n"));

  anonymous = fv_notat_store_facts (fixture->database, NULL, "2023-01-01", &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (anonymous, "The register holds 19 voluntary clubs"));
  g_assert_null (strstr (anonymous, "Frivillighetskonferanse"));

  /* And the demo's own notat, seed 004. */
  list = fv_notat_store_list (fixture->database, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (((FvNotat *) list->pdata[0])->journalpost, ==, "22/22387");
  g_assert_cmpuint (((FvNotat *) list->pdata[0])->recipients->len, ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/notat-store/numbers", test_numbers);
  g_test_add_func ("/notat-store/check", test_check);
  g_test_add ("/notat-store/save-load", Fixture, NULL, fixture_set_up, test_save_load, fixture_tear_down);
  g_test_add ("/notat-store/refused", Fixture, NULL, fixture_set_up, test_refused, fixture_tear_down);
  g_test_add ("/notat-store/delete-restore", Fixture, NULL, fixture_set_up, test_delete_restore,
              fixture_tear_down);
  g_test_add ("/notat-store/sent", Fixture, NULL, fixture_set_up, test_sent, fixture_tear_down);
  g_test_add ("/notat-store/facts", Fixture, NULL, fixture_set_up, test_facts, fixture_tear_down);

  return g_test_run ();
}
