/* test-involvement.c — what an organisation of the sample data takes part in:
 * the exchanges it joined and its agreements there, its seats in councils,
 * the action plans that name it and the input it gave at meetings
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "fv-council-store.h"
#include "fv-involvement.h"
#include "fv-organisation-store.h"
#include "fv-test-db.h"
#include "fv-test-util.h"

/* After every deadline of the sample data (the last is in 2025). */
#define LATER "2026-03-01"

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
  fixture->database = fv_test_db_open (fixture->dir, TRUE);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->database);
  fv_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

static void
run (Fixture    *fixture,
     const char *sql)
{
  g_assert_cmpint (sqlite3_exec (fv_database_get_handle (fixture->database), sql, NULL, NULL, NULL), ==, SQLITE_OK);
}

static gint64
organisation_id (Fixture    *fixture,
                 const char *name)
{
  sqlite3_stmt *stmt = NULL;
  gint64 id;

  g_assert_cmpint (sqlite3_prepare_v2 (fv_database_get_handle (fixture->database),
                                       "SELECT id FROM organisation WHERE name = ?1;", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  id = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return id;
}

static FvInvolvement *
load (Fixture    *fixture,
      const char *name,
      const char *today)
{
  g_autoptr(GError) error = NULL;
  FvInvolvement *involvement;

  involvement = fv_involvement_load (fixture->database, organisation_id (fixture, name), today, &error);
  g_assert_no_error (error);
  g_assert_nonnull (involvement);
  return involvement;
}

static gint64
add_organisation (Fixture    *fixture,
                  const char *name)
{
  g_autoptr(FvOrganisationRecord) record = fv_organisation_record_new ();
  g_autoptr(GError) error = NULL;

  record->name = g_strdup (name);
  g_assert_true (fv_organisation_store_save (fixture->database, record, &error));
  g_assert_no_error (error);
  return record->id;
}

/* The scouts joined Elverum's exchange and gave twice there: a playground
 * dugnad (fulfilled) and room for a canoe, in return for help with an
 * activity (still open). */
static void
test_exchange_and_agreements (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(FvInvolvement) scouts = load (fixture, "Mjølner speidergruppe", LATER);
  g_autoptr(FvInvolvement) before = load (fixture, "Mjølner speidergruppe", "2025-06-01");
  FvInvolvedExchange *exchange;
  FvInvolvedAgreement *agreement;

  g_assert_cmpuint (scouts->exchanges->len, ==, 1);
  exchange = scouts->exchanges->pdata[0];
  g_assert_cmpstr (exchange->name, ==, "Frivillighetsbørs i Elverum");
  g_assert_cmpstr (exchange->date, ==, "2024-10-16");

  g_assert_cmpuint (scouts->agreements->len, ==, 2);
  agreement = scouts->agreements->pdata[0];
  g_assert_cmpint (agreement->exchange_id, ==, exchange->exchange_id);
  g_assert_cmpstr (agreement->exchange_name, ==, "Frivillighetsbørs i Elverum");
  g_assert_cmpuint (agreement->form_number, ==, 8);
  g_assert_true (agreement->as_giver);
  g_assert_cmpstr (agreement->other_party, ==, "Barnehagene i Elverum");
  g_assert_cmpstr (agreement->description, ==, "Dugnad for å etablere en utelekeplass");
  g_assert_null (agreement->in_return);
  g_assert_cmpint (agreement->status, ==, FV_AGREEMENT_FULFILLED);
  g_assert_cmpstr (agreement->deadline, ==, "2025-10-16");
  g_assert_false (agreement->overdue);

  agreement = scouts->agreements->pdata[1];
  g_assert_cmpuint (agreement->form_number, ==, 21);
  g_assert_true (agreement->as_giver);
  g_assert_cmpstr (agreement->other_party, ==, "Ungdommens Hus Elverum");
  g_assert_cmpstr (agreement->description, ==, "Plass til oppbevaring av kano");
  g_assert_cmpstr (agreement->in_return, ==, "Bidrag til aktivitet");
  g_assert_cmpint (agreement->status, ==, FV_AGREEMENT_AGREED);
  /* Still open a year after the exchange: overdue, but not before its deadline. */
  g_assert_true (agreement->overdue);
  g_assert_false (((FvInvolvedAgreement *) before->agreements->pdata[1])->overdue);

  /* Nothing else in the sample data names the scouts. */
  g_assert_cmpuint (scouts->memberships->len, ==, 0);
  g_assert_cmpuint (scouts->actions->len, ==, 0);
  g_assert_cmpuint (scouts->innspill->len, ==, 0);
  g_assert_cmpuint (fv_involvement_count (scouts), ==, 3);
}

/* The church receives the hybel course from the volunteer centre. */
static void
test_agreement_as_receiver (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(FvInvolvement) church = load (fixture, "Elverum kirkelige fellesråd", LATER);
  FvInvolvedAgreement *agreement;

  g_assert_cmpuint (church->exchanges->len, ==, 1);
  g_assert_cmpuint (church->agreements->len, ==, 1);
  agreement = church->agreements->pdata[0];
  g_assert_cmpuint (agreement->form_number, ==, 12);
  g_assert_false (agreement->as_giver);
  g_assert_cmpstr (agreement->other_party, ==, "Elverum frivilligsentral");
  g_assert_cmpstr (agreement->description, ==, "Hybelkurs for ungdom mellom 16 og 19 år");
  g_assert_true (agreement->overdue);
}

/* Bærum Idrettsråd has a representative in Bærum's frivillighetsråd. */
static void
test_council_seat (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(FvInvolvement) sports = load (fixture, "Bærum Idrettsråd", LATER);
  FvInvolvedMembership *seat;

  g_assert_cmpuint (sports->exchanges->len, ==, 0);
  g_assert_cmpuint (sports->agreements->len, ==, 0);
  g_assert_cmpuint (sports->memberships->len, ==, 1);
  seat = sports->memberships->pdata[0];
  g_assert_cmpint (seat->group_id, ==, 1);
  g_assert_cmpstr (seat->group_name, ==, "Frivillighetsrådet i Bærum");
  g_assert_cmpint (seat->group_kind, ==, FV_COUNCIL_KIND_COUNCIL);
  g_assert_cmpstr (seat->person_name, ==, "Representant for Bærum Idrettsråd");
  g_assert_cmpstr (seat->role, ==, "Medlem");
  g_assert_cmpstr (seat->term_start, ==, "2021-09-01");
  g_assert_null (seat->term_end);
  g_assert_false (seat->term_ended);

  /* A term that has ended is still shown, and says so. */
  run (fixture, "UPDATE council_member SET term_end = '2023-08-31' WHERE person_id = 9001;");
  {
    g_autoptr(FvInvolvement) later = load (fixture, "Bærum Idrettsråd", LATER);

    seat = later->memberships->pdata[0];
    g_assert_cmpstr (seat->term_end, ==, "2023-08-31");
    g_assert_true (seat->term_ended);
  }

  /* A representative of an organisation that is not in the council is not there. */
  {
    g_autoptr(FvInvolvement) red_cross = load (fixture, "Bærum Røde Kors", LATER);

    g_assert_cmpuint (fv_involvement_count (red_cross), ==, 0);
  }
}

/* Lier's cultural office is a partner of two actions of Lier's plan: opening
 * the schools in the evenings and the yearly café dialogue. */
static void
test_plan_partner (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(FvInvolvement) office = load (fixture, "Lier kommune, kulturkontoret", LATER);
  g_autoptr(FvInvolvement) norway = load (fixture, "Frivillighet Norge", LATER);
  FvInvolvedAction *action;

  g_assert_cmpuint (office->actions->len, ==, 2);
  action = office->actions->pdata[0];
  g_assert_cmpint (action->action_id, ==, 3);
  g_assert_cmpint (action->plan_id, ==, 1);
  g_assert_cmpstr (action->plan_title, ==, "Tiltaksplan for frivillighet i Lier 2015–2016");
  g_assert_cmpstr (action->goal_text, ==, "Bedre tilgang til lokaler for lag og foreninger");
  g_assert_cmpstr (action->text, ==, "Åpne skolene for lag og foreninger på kveldstid");
  g_assert_cmpstr (action->responsible, ==, "Oppvekst");
  g_assert_cmpint (action->status, ==, FV_PLAN_ACTION_PLANNED);
  g_assert_cmpstr (action->deadline, ==, "2016-08-15");
  g_assert_true (action->as_partner);
  /* "Kulturkontoret" is responsible for most actions, but it is not the
   * register's name of the office: no guessing. */
  g_assert_false (action->as_responsible);
  g_assert_true (action->overdue);

  action = office->actions->pdata[1];
  g_assert_cmpint (action->action_id, ==, 10);
  g_assert_cmpstr (action->goal_text, ==, "Møteplasser mellom kommunen og frivilligheten");
  g_assert_cmpstr (action->text, ==, "Årlig kafédialog med lag og foreninger");
  g_assert_true (action->as_partner);

  /* Frivillighet Norge: three actions, in the plan's order. */
  g_assert_cmpuint (norway->actions->len, ==, 3);
  g_assert_cmpint (((FvInvolvedAction *) norway->actions->pdata[0])->action_id, ==, 5);
  g_assert_cmpint (((FvInvolvedAction *) norway->actions->pdata[1])->action_id, ==, 7);
  g_assert_cmpint (((FvInvolvedAction *) norway->actions->pdata[2])->action_id, ==, 10);
  g_assert_cmpuint (fv_involvement_count (norway), ==, 3);
}

/* The responsible of an action is text: it names an organisation written as
 * the register names it, in any case, alone or among others. */
static void
test_plan_responsible (Fixture       *fixture,
                       gconstpointer  data)
{
  gint64 centre = add_organisation (fixture, "Lier frivilligsentral");
  g_autoptr(FvInvolvement) involvement = NULL;
  g_autoptr(GError) error = NULL;
  FvInvolvedAction *action;

  involvement = fv_involvement_load (fixture->database, centre, LATER, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (involvement->actions->len, ==, 1);
  action = involvement->actions->pdata[0];
  g_assert_cmpint (action->action_id, ==, 6);
  g_assert_cmpstr (action->text, ==, "Frivillighetsbørs på biblioteket hver høst");
  g_assert_true (action->as_responsible);
  g_assert_false (action->as_partner);
  g_assert_cmpint (action->status, ==, FV_PLAN_ACTION_DONE);
  g_assert_false (action->overdue);
  g_clear_pointer (&involvement, fv_involvement_free);

  run (fixture, "UPDATE plan_action SET responsible = 'Kulturkontoret / LIER FRIVILLIGSENTRAL' WHERE id = 7;");
  run (fixture, "UPDATE plan_action SET responsible = 'Kulturkontoret, lier frivilligsentral' WHERE id = 9;");
  run (fixture, "UPDATE plan_action SET responsible = 'Lier frivilligsentral sitt styre' WHERE id = 2;");
  involvement = fv_involvement_load (fixture->database, centre, LATER, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (involvement->actions->len, ==, 3);
  g_assert_cmpint (((FvInvolvedAction *) involvement->actions->pdata[0])->action_id, ==, 6);
  g_assert_cmpint (((FvInvolvedAction *) involvement->actions->pdata[1])->action_id, ==, 7);
  g_assert_cmpint (((FvInvolvedAction *) involvement->actions->pdata[2])->action_id, ==, 9);

  /* A register name with a comma in it is matched whole. */
  run (fixture, "UPDATE plan_action SET responsible = 'lier kommune, kulturkontoret' WHERE id = 1;");
  {
    g_autoptr(FvInvolvement) office = load (fixture, "Lier kommune, kulturkontoret", LATER);

    g_assert_cmpuint (office->actions->len, ==, 3);
    action = office->actions->pdata[0];
    g_assert_cmpint (action->action_id, ==, 1);
    g_assert_true (action->as_responsible);
    g_assert_false (action->as_partner);
  }
}

/* Vinje kommune speaks at the café dialogue of Vinje's reference group. */
static void
test_innspill (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(FvInnspill) input = fv_innspill_new ();
  g_autoptr(FvInvolvement) vinje = NULL;
  g_autoptr(GError) error = NULL;
  FvInvolvedInnspill *given;

  vinje = load (fixture, "Vinje kommune", LATER);
  g_assert_cmpuint (fv_involvement_count (vinje), ==, 0);
  g_clear_pointer (&vinje, fv_involvement_free);

  input->meeting_id = 1;
  input->organisation = g_strdup ("Vinje kommune");
  input->text = g_strdup ("Kommunen kan låne ut skolene til foreningene på kveldstid.");
  input->theme = g_strdup ("Lokaler");
  g_assert_true (fv_council_store_add_innspill (fixture->database, input, &error));
  g_assert_no_error (error);

  vinje = load (fixture, "Vinje kommune", LATER);
  g_assert_cmpuint (vinje->innspill->len, ==, 1);
  given = vinje->innspill->pdata[0];
  g_assert_cmpint (given->meeting_id, ==, 1);
  g_assert_cmpint (given->group_id, ==, 2);
  g_assert_cmpstr (given->group_name, ==, "Referansegruppe for frivillighetspolitikken i Vinje");
  g_assert_cmpint (given->meeting_kind, ==, FV_MEETING_KIND_CAFE_DIALOGUE);
  g_assert_cmpstr (given->meeting_date, ==, "2019-09-04");
  g_assert_cmpstr (given->text, ==, "Kommunen kan låne ut skolene til foreningene på kveldstid.");
  g_assert_cmpstr (given->theme, ==, "Lokaler");
  g_assert_cmpuint (fv_involvement_count (vinje), ==, 1);

  /* At an open meeting there is no group. */
  run (fixture, "UPDATE meeting SET group_id = NULL WHERE id = 1;");
  g_clear_pointer (&vinje, fv_involvement_free);
  vinje = load (fixture, "Vinje kommune", LATER);
  given = vinje->innspill->pdata[0];
  g_assert_cmpint (given->group_id, ==, 0);
  g_assert_null (given->group_name);
}

static void
test_nothing_and_missing (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(FvInvolvement) civitan = load (fixture, "Civitan Bærum", NULL);
  g_autoptr(FvInvolvement) missing = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (fv_involvement_count (civitan), ==, 0);

  missing = fv_involvement_load (fixture->database, 999999, NULL, &error);
  g_assert_null (missing);
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_NOT_FOUND);
}

/* The editor reads again when one of these tables changes, and only then. */
static void
test_watched_tables (void)
{
  g_assert_true (fv_involvement_watches_table ("exchange"));
  g_assert_true (fv_involvement_watches_table ("agreement"));
  g_assert_true (fv_involvement_watches_table ("council"));
  g_assert_true (fv_involvement_watches_table ("action_plan"));
  g_assert_true (fv_involvement_watches_table ("organisation"));
  g_assert_false (fv_involvement_watches_table ("wheel_event"));
  g_assert_false (fv_involvement_watches_table ("notat"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/involvement/exchange-and-agreements", Fixture, NULL,
              fixture_set_up, test_exchange_and_agreements, fixture_tear_down);
  g_test_add ("/involvement/agreement-as-receiver", Fixture, NULL,
              fixture_set_up, test_agreement_as_receiver, fixture_tear_down);
  g_test_add ("/involvement/council-seat", Fixture, NULL,
              fixture_set_up, test_council_seat, fixture_tear_down);
  g_test_add ("/involvement/plan-partner", Fixture, NULL,
              fixture_set_up, test_plan_partner, fixture_tear_down);
  g_test_add ("/involvement/plan-responsible", Fixture, NULL,
              fixture_set_up, test_plan_responsible, fixture_tear_down);
  g_test_add ("/involvement/innspill", Fixture, NULL,
              fixture_set_up, test_innspill, fixture_tear_down);
  g_test_add ("/involvement/nothing-and-missing", Fixture, NULL,
              fixture_set_up, test_nothing_and_missing, fixture_tear_down);
  g_test_add_func ("/involvement/watched-tables", test_watched_tables);

  return g_test_run ();
}
