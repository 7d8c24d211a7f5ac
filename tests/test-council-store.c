/* test-council-store.c — councils and reference groups: checked, kept with
 * their members, meetings and input; a removed member's personal data erased
 * unless someone else still points at the person
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "fv-council-store.h"
#include "fv-demo.h"
#include "fv-organisation-store.h"
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
  g_signal_connect (fixture->database, "changed::council", G_CALLBACK (changed_cb), fixture);
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

static gint64
count (Fixture    *fixture,
       const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_prepare_v2 (fv_database_get_handle (fixture->database), sql, -1, &stmt, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

static gint64
add_organisation (Fixture    *fixture,
                  const char *name,
                  const char *contact)
{
  g_autoptr(FvOrganisationRecord) record = fv_organisation_record_new ();
  g_autoptr(GError) error = NULL;

  record->name = g_strdup (name);
  if (contact != NULL)
    fv_organisation_record_add_contact (record, contact, "Leder", NULL, NULL);
  g_assert_true (fv_organisation_store_save (fixture->database, record, &error));
  g_assert_no_error (error);
  return record->id;
}

static gint64
add_group (Fixture    *fixture,
           const char *name)
{
  g_autoptr(FvCouncilGroup) group = fv_council_group_new ();
  g_autoptr(GError) error = NULL;

  group->name = g_strdup (name);
  group->kind = FV_COUNCIL_KIND_REFERENCE_GROUP;
  group->description = g_strdup ("Bistår kommunen.");
  g_assert_true (fv_council_store_save (fixture->database, group, &error));
  g_assert_no_error (error);
  return group->id;
}

static void
test_group_checked_saved_listed (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(FvCouncilGroup) blank = fv_council_group_new ();
  g_autoptr(FvCouncilGroup) loaded = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  blank->name = g_strdup ("  ");
  g_assert_false (fv_council_store_save (fixture->database, blank, &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  id = add_group (fixture, "  Referansegruppe i Vinje ");
  g_assert_cmpuint (changes (fixture), ==, 1);
  loaded = fv_council_store_load (fixture->database, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (loaded->name, ==, "Referansegruppe i Vinje");
  g_assert_cmpint (loaded->kind, ==, FV_COUNCIL_KIND_REFERENCE_GROUP);
  g_assert_cmpstr (loaded->description, ==, "Bistår kommunen.");

  g_free (loaded->name);
  loaded->name = g_strdup ("Frivillighetsråd");
  loaded->kind = FV_COUNCIL_KIND_COUNCIL;
  g_assert_true (fv_council_store_save (fixture->database, loaded, &error));
  g_assert_no_error (error);
  list = fv_council_store_list (fixture->database, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (((FvCouncilGroup *) list->pdata[0])->name, ==, "Frivillighetsråd");
  g_assert_cmpint (((FvCouncilGroup *) list->pdata[0])->kind, ==, FV_COUNCIL_KIND_COUNCIL);

  g_assert_true (fv_council_store_delete (fixture->database, id, &error));
  g_assert_no_error (error);
  g_assert_false (fv_council_store_delete (fixture->database, id, &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_NOT_FOUND);
}

static void
test_members (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(FvCouncilMember) member = fv_council_member_new ();
  g_autoptr(FvCouncilMember) unknown = fv_council_member_new ();
  g_autoptr(FvCouncilMember) bad_term = fv_council_member_new ();
  g_autoptr(FvCouncilGroup) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *term = NULL;
  FvCouncilMember *first;
  gint64 group;

  add_organisation (fixture, "Vinje Idrettslag", NULL);
  group = add_group (fixture, "Referansegruppe");

  member->group_id = group;
  member->name = g_strdup ("Representant for idretten");
  member->phone = g_strdup ("900 00 000");
  member->email = g_strdup ("idrett@example.org");
  member->organisation = g_strdup ("vinje idrettslag");
  member->role = g_strdup ("Leder");
  member->term_start = g_strdup ("2024-01-01");
  member->term_end = g_strdup ("2025-12-31");
  g_assert_true (fv_council_store_add_member (fixture->database, member, &error));
  g_assert_no_error (error);
  g_assert_cmpint (member->id, >, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM person;"), ==, 1);

  unknown->group_id = group;
  unknown->name = g_strdup ("Noen");
  unknown->organisation = g_strdup ("Ukjent lag");
  g_assert_false (fv_council_store_add_member (fixture->database, unknown, &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  bad_term->group_id = group;
  bad_term->name = g_strdup ("Noen");
  bad_term->term_start = g_strdup ("2025-01-01");
  bad_term->term_end = g_strdup ("2024-01-01");
  g_assert_false (fv_council_store_add_member (fixture->database, bad_term, &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM person;"), ==, 1);

  loaded = fv_council_store_load (fixture->database, group, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (loaded->members->len, ==, 1);
  first = loaded->members->pdata[0];
  g_assert_cmpstr (first->name, ==, "Representant for idretten");
  g_assert_cmpstr (first->phone, ==, "900 00 000");
  g_assert_cmpstr (first->email, ==, "idrett@example.org");
  g_assert_cmpstr (first->organisation, ==, "Vinje Idrettslag");
  g_assert_cmpstr (first->role, ==, "Leder");
  term = fv_council_member_format_term (first);
  g_assert_cmpstr (term, ==, "01.01.2024–31.12.2025");

  /* Removing the member erases the person: nobody else points at them. */
  g_assert_true (fv_council_store_remove_member (fixture->database, member->id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM person;"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM council_member;"), ==, 0);
  g_assert_false (fv_council_store_remove_member (fixture->database, member->id, &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_NOT_FOUND);
}

static void
test_shared_person_kept (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(FvOrganisationRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  gint64 organisation, group, person, member;

  organisation = add_organisation (fixture, "Vinje Sanglag", "Kontakt for sanglaget");
  group = add_group (fixture, "Referansegruppe");
  person = count (fixture, "SELECT id FROM person;");

  /* The organisation's contact also sits in the group. */
  sql = g_strdup_printf ("INSERT INTO council_member (group_id, person_id, organisation_id, role)"
                         " VALUES (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", 'Medlem');",
                         group, person, organisation);
  g_assert_cmpint (sqlite3_exec (fv_database_get_handle (fixture->database), sql, NULL, NULL, NULL), ==, SQLITE_OK);
  member = count (fixture, "SELECT id FROM council_member;");

  /* Removed from the group, still a contact of the organisation: kept. */
  g_assert_true (fv_council_store_remove_member (fixture->database, member, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM person;"), ==, 1);

  /* And the other way round: a contact removed from the organisation who
   * still sits in a group is kept; deleting the group then erases them. */
  g_assert_cmpint (sqlite3_exec (fv_database_get_handle (fixture->database), sql, NULL, NULL, NULL), ==, SQLITE_OK);
  record = fv_organisation_store_load (fixture->database, organisation, &error);
  g_assert_no_error (error);
  g_ptr_array_set_size (record->contacts, 0);
  g_assert_true (fv_organisation_store_save (fixture->database, record, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM person;"), ==, 1);
  g_assert_true (fv_council_store_delete (fixture->database, group, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM person;"), ==, 0);
}

static void
test_meetings_and_innspill (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(FvMeeting) meeting = fv_meeting_new ();
  g_autoptr(FvMeeting) undated = fv_meeting_new ();
  g_autoptr(FvMeeting) open = fv_meeting_new ();
  g_autoptr(FvInnspill) innspill = fv_innspill_new ();
  g_autoptr(FvInnspill) blank = fv_innspill_new ();
  g_autoptr(FvCouncilGroup) loaded = NULL;
  g_autoptr(GError) error = NULL;
  FvMeeting *first;
  gint64 group = add_group (fixture, "Referansegruppe");

  meeting->group_id = group;
  meeting->kind = FV_MEETING_KIND_CAFE_DIALOGUE;
  meeting->date = g_strdup ("2019-09-04");
  meeting->place = g_strdup ("Vinje");
  g_assert_true (fv_council_store_add_meeting (fixture->database, meeting, &error));
  g_assert_no_error (error);

  undated->group_id = group;
  undated->date = g_strdup ("4. september");
  g_assert_false (fv_council_store_add_meeting (fixture->database, undated, &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  open->kind = FV_MEETING_KIND_EVENING_CONFERENCE;
  open->date = g_strdup ("2019-09-04");
  g_assert_true (fv_council_store_add_meeting (fixture->database, open, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM meeting WHERE group_id IS NULL;"), ==, 1);

  innspill->meeting_id = meeting->id;
  innspill->text = g_strdup ("Bedre tilgang på lokaler.");
  innspill->theme = g_strdup ("Lokaler");
  g_assert_true (fv_council_store_add_innspill (fixture->database, innspill, &error));
  g_assert_no_error (error);
  blank->meeting_id = meeting->id;
  blank->text = g_strdup (" ");
  g_assert_false (fv_council_store_add_innspill (fixture->database, blank, &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  loaded = fv_council_store_load (fixture->database, group, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (loaded->meetings->len, ==, 1);
  first = loaded->meetings->pdata[0];
  g_assert_cmpint (first->kind, ==, FV_MEETING_KIND_CAFE_DIALOGUE);
  g_assert_cmpstr (first->place, ==, "Vinje");
  g_assert_cmpuint (first->innspill->len, ==, 1);
  g_assert_cmpstr (((FvInnspill *) first->innspill->pdata[0])->theme, ==, "Lokaler");

  g_assert_true (fv_council_store_delete_innspill (fixture->database, innspill->id, &error));
  g_assert_no_error (error);
  g_assert_true (fv_council_store_delete_meeting (fixture->database, meeting->id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM meeting;"), ==, 1);
}

static void
test_demo (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FvCouncilGroup) baerum = NULL;
  g_autoptr(FvCouncilGroup) vinje = NULL;
  FvMeeting *cafe;

  g_assert_true (fv_demo_fill (fixture->database, &error));
  g_assert_no_error (error);
  baerum = fv_council_store_load (fixture->database, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (baerum->name, ==, "Frivillighetsrådet i Bærum");
  g_assert_cmpuint (baerum->members->len, ==, 6);
  for (guint i = 0; i < baerum->members->len; i++)
    {
      FvCouncilMember *member = baerum->members->pdata[i];

      g_assert_nonnull (member->organisation);
      g_assert_true (g_str_has_prefix (member->name, "Representant for "));
      g_assert_cmpstr (member->name + strlen ("Representant for "), ==, member->organisation);
      g_assert_null (member->phone);
    }
  vinje = fv_council_store_load (fixture->database, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpint (vinje->kind, ==, FV_COUNCIL_KIND_REFERENCE_GROUP);
  g_assert_cmpuint (vinje->meetings->len, ==, 1);
  cafe = vinje->meetings->pdata[0];
  g_assert_cmpint (cafe->kind, ==, FV_MEETING_KIND_CAFE_DIALOGUE);
  g_assert_true (g_str_has_suffix (cafe->date, "-09-04"));
  g_assert_cmpuint (cafe->innspill->len, >=, 3);
}

static FvCouncilMember *
stored_member (Fixture    *fixture,
               gint64      group,
               const char *name,
               const char *role)
{
  FvCouncilMember *member = fv_council_member_new ();
  g_autoptr(GError) error = NULL;

  member->group_id = group;
  member->name = g_strdup (name);
  member->role = g_strdup (role);
  g_assert_true (fv_council_store_add_member (fixture->database, member, &error));
  g_assert_no_error (error);
  return member;
}

static void
test_member_edited (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(FvCouncilMember) member = NULL;
  g_autoptr(FvCouncilMember) edited = NULL;
  g_autoptr(FvCouncilGroup) loaded = NULL;
  g_autoptr(GError) error = NULL;
  FvCouncilMember *first;
  gint64 group;

  add_organisation (fixture, "Vinje Idrettslag", NULL);
  add_organisation (fixture, "Vinje Sanglag", NULL);
  group = add_group (fixture, "Referansegruppe");
  member = stored_member (fixture, group, "Representant for idretten", "Medlem");
  edited = fv_council_member_copy (member);

  /* A wrong field stops the whole write, and names itself. */
  edited->email = g_strdup ("idrett.example.org");
  g_assert_false (fv_council_store_update_member (fixture->database, edited, &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "@"));
  g_clear_error (&error);
  g_clear_pointer (&edited->email, g_free);
  edited->phone = g_strdup ("12 34");
  g_assert_false (fv_council_store_update_member (fixture->database, edited, &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_clear_pointer (&edited->phone, g_free);
  edited->role = (g_free (edited->role), g_strdup ("Leder"));
  edited->term_start = g_strdup ("2026-01-01");
  edited->term_end = g_strdup ("2025-12-31");
  g_assert_false (fv_council_store_update_member (fixture->database, edited, &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  edited->organisation = g_strdup ("Ukjent lag");
  edited->term_start = (g_free (edited->term_start), g_strdup ("2024-01-01"));
  g_assert_false (fv_council_store_update_member (fixture->database, edited, &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM council_member WHERE role = 'Medlem'"
                                   " AND term_start IS NULL AND organisation_id IS NULL;"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM person WHERE phone IS NULL AND email IS NULL;"), ==, 1);

  /* Right, it is written: the membership and the person's data together. */
  edited->organisation = (g_free (edited->organisation), g_strdup ("vinje sanglag"));
  edited->phone = g_strdup (" 900 00 000 ");
  edited->email = g_strdup ("idrett@example.org");
  edited->name = (g_free (edited->name), g_strdup ("Kari Nordmann"));
  g_assert_true (fv_council_store_update_member (fixture->database, edited, &error));
  g_assert_no_error (error);
  loaded = fv_council_store_load (fixture->database, group, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (loaded->members->len, ==, 1);
  first = loaded->members->pdata[0];
  g_assert_cmpint (first->id, ==, member->id);
  g_assert_cmpint (first->person_id, ==, member->person_id);
  g_assert_cmpstr (first->name, ==, "Kari Nordmann");
  g_assert_cmpstr (first->phone, ==, "900 00 000");
  g_assert_cmpstr (first->email, ==, "idrett@example.org");
  g_assert_cmpstr (first->organisation, ==, "Vinje Sanglag");
  g_assert_cmpstr (first->role, ==, "Leder");
  g_assert_cmpstr (first->term_start, ==, "2024-01-01");
  g_assert_cmpstr (first->term_end, ==, "2025-12-31");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM person;"), ==, 1);

  /* Emptied fields are emptied. */
  g_clear_pointer (&edited->organisation, g_free);
  g_clear_pointer (&edited->term_start, g_free);
  g_clear_pointer (&edited->term_end, g_free);
  g_assert_true (fv_council_store_update_member (fixture->database, edited, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM council_member WHERE organisation_id IS NULL"
                                   " AND term_start IS NULL AND term_end IS NULL;"), ==, 1);

  /* A member removed meanwhile is named as gone. */
  g_assert_true (fv_council_store_remove_member (fixture->database, member->id, &error));
  g_assert_false (fv_council_store_update_member (fixture->database, edited, &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_NOT_FOUND);
}

static void
test_members_by_role (Fixture       *fixture,
                      gconstpointer  data)
{
  static const char * const expected[] = { "Leder", "Nestleder", "medlem", "Medlem", "", "Vara" };
  g_autoptr(FvCouncilGroup) loaded = NULL;
  g_autoptr(GError) error = NULL;
  gint64 group = add_group (fixture, "Frivillighetsråd");

  fv_council_member_free (stored_member (fixture, group, "Anne", "Vara"));
  fv_council_member_free (stored_member (fixture, group, "Bjørn", "Medlem"));
  fv_council_member_free (stored_member (fixture, group, "Cecilie", ""));
  fv_council_member_free (stored_member (fixture, group, "Dag", "Leder"));
  fv_council_member_free (stored_member (fixture, group, "Anders", "medlem"));
  fv_council_member_free (stored_member (fixture, group, "Eva", "Nestleder"));

  loaded = fv_council_store_load (fixture->database, group, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (loaded->members->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (((FvCouncilMember *) loaded->members->pdata[i])->role, ==, expected[i]);
  /* Two members by name within their role. */
  g_assert_cmpstr (((FvCouncilMember *) loaded->members->pdata[2])->name, ==, "Anders");
}

static void
test_term_ended (void)
{
  g_autoptr(FvCouncilMember) member = fv_council_member_new ();

  g_assert_false (fv_council_member_term_has_ended (member, "2026-01-01"));
  member->term_start = g_strdup ("2024-01-01");
  g_assert_false (fv_council_member_term_has_ended (member, "2026-01-01"));
  member->term_end = g_strdup ("2025-12-31");
  g_assert_false (fv_council_member_term_has_ended (member, "2025-12-31"));
  g_assert_true (fv_council_member_term_has_ended (member, "2026-01-01"));
  g_free (member->term_end);
  member->term_end = g_strdup ("2000-01-01");
  g_assert_true (fv_council_member_term_has_ended (member, NULL));
}

static void
test_meeting_edited (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(FvMeeting) meeting = fv_meeting_new ();
  g_autoptr(FvMeeting) edited = NULL;
  g_autoptr(FvCouncilGroup) loaded = NULL;
  g_autoptr(GError) error = NULL;
  FvInnspill *innspill, *first_input;
  FvMeeting *first;
  gint64 group = add_group (fixture, "Referansegruppe");

  add_organisation (fixture, "Vinje Idrettslag", NULL);
  meeting->group_id = group;
  meeting->date = g_strdup ("2019-09-04");
  g_assert_true (fv_council_store_add_meeting (fixture->database, meeting, &error));
  g_assert_no_error (error);
  innspill = fv_innspill_new ();
  innspill->meeting_id = meeting->id;
  innspill->text = g_strdup ("Bedre tilgang på lokaler.");
  g_assert_true (fv_council_store_add_innspill (fixture->database, innspill, &error));
  g_assert_no_error (error);
  g_ptr_array_add (meeting->innspill, innspill);

  edited = fv_meeting_copy (meeting);
  edited->kind = FV_MEETING_KIND_DIALOGUE_MEETING;
  edited->place = g_strdup (" Rauland ");
  edited->notes = g_strdup ("Dialogmøte om frivilligpolitikken.");
  innspill = edited->innspill->pdata[0];
  g_free (innspill->text);
  innspill->text = g_strdup ("Lokaler til lån om kvelden.");
  innspill->theme = g_strdup ("Lokaler");
  innspill->organisation = g_strdup ("vinje idrettslag");

  /* A wrong date, or an input left empty, stops the whole write. */
  edited->date = (g_free (edited->date), g_strdup ("31.02.2019"));
  g_assert_false (fv_council_store_update_meeting (fixture->database, edited, &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  edited->date = (g_free (edited->date), g_strdup ("2019-10-02"));
  g_free (innspill->text);
  innspill->text = g_strdup ("  ");
  g_assert_false (fv_council_store_update_meeting (fixture->database, edited, &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_free (innspill->text);
  innspill->text = g_strdup ("Lokaler til lån om kvelden.");
  g_free (innspill->organisation);
  innspill->organisation = g_strdup ("Ukjent lag");
  g_assert_false (fv_council_store_update_meeting (fixture->database, edited, &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM meeting WHERE date = '2019-09-04' AND place = ''"
                                   " AND kind = 'meeting';"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM innspill WHERE text = 'Bedre tilgang på lokaler.'"
                                   " AND theme IS NULL;"), ==, 1);

  g_free (innspill->organisation);
  innspill->organisation = g_strdup ("vinje idrettslag");
  g_assert_true (fv_council_store_update_meeting (fixture->database, edited, &error));
  g_assert_no_error (error);
  loaded = fv_council_store_load (fixture->database, group, &error);
  g_assert_no_error (error);
  first = loaded->meetings->pdata[0];
  g_assert_cmpint (first->id, ==, meeting->id);
  g_assert_cmpint (first->kind, ==, FV_MEETING_KIND_DIALOGUE_MEETING);
  g_assert_cmpstr (first->date, ==, "2019-10-02");
  g_assert_cmpstr (first->place, ==, "Rauland");
  g_assert_cmpstr (first->notes, ==, "Dialogmøte om frivilligpolitikken.");
  g_assert_cmpuint (first->innspill->len, ==, 1);
  first_input = first->innspill->pdata[0];
  g_assert_cmpstr (first_input->text, ==, "Lokaler til lån om kvelden.");
  g_assert_cmpstr (first_input->theme, ==, "Lokaler");
  g_assert_cmpstr (first_input->organisation, ==, "Vinje Idrettslag");
}

static void
assert_same_group (const FvCouncilGroup *a,
                   const FvCouncilGroup *b)
{
  g_assert_cmpint (a->id, ==, b->id);
  g_assert_cmpstr (a->name, ==, b->name);
  g_assert_cmpint (a->kind, ==, b->kind);
  g_assert_cmpstr (a->description, ==, b->description);
  g_assert_cmpstr (a->created_at, ==, b->created_at);
  g_assert_cmpuint (a->members->len, ==, b->members->len);
  for (guint i = 0; i < a->members->len; i++)
    {
      FvCouncilMember *x = a->members->pdata[i], *y = b->members->pdata[i];

      g_assert_cmpint (x->id, ==, y->id);
      g_assert_cmpint (x->person_id, ==, y->person_id);
      g_assert_cmpstr (x->name, ==, y->name);
      g_assert_cmpstr (x->phone, ==, y->phone);
      g_assert_cmpstr (x->email, ==, y->email);
      g_assert_cmpstr (x->organisation, ==, y->organisation);
      g_assert_cmpstr (x->role, ==, y->role);
      g_assert_cmpstr (x->term_start, ==, y->term_start);
      g_assert_cmpstr (x->term_end, ==, y->term_end);
    }
  g_assert_cmpuint (a->meetings->len, ==, b->meetings->len);
  for (guint i = 0; i < a->meetings->len; i++)
    {
      FvMeeting *x = a->meetings->pdata[i], *y = b->meetings->pdata[i];

      g_assert_cmpint (x->id, ==, y->id);
      g_assert_cmpint (x->kind, ==, y->kind);
      g_assert_cmpstr (x->date, ==, y->date);
      g_assert_cmpstr (x->place, ==, y->place);
      g_assert_cmpstr (x->notes, ==, y->notes);
      g_assert_cmpuint (x->innspill->len, ==, y->innspill->len);
      for (guint j = 0; j < x->innspill->len; j++)
        {
          FvInnspill *p = x->innspill->pdata[j], *q = y->innspill->pdata[j];

          g_assert_cmpint (p->id, ==, q->id);
          g_assert_cmpstr (p->text, ==, q->text);
          g_assert_cmpstr (p->theme, ==, q->theme);
          g_assert_cmpstr (p->organisation, ==, q->organisation);
        }
    }
}

static void
test_delete_restore (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(FvCouncilGroup) before = NULL;
  g_autoptr(FvCouncilGroup) copy = NULL;
  g_autoptr(FvCouncilGroup) after = NULL;
  g_autoptr(FvCouncilGroup) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  gint64 organisation, group, contact;

  g_assert_true (fv_demo_fill (fixture->database, &error));
  g_assert_no_error (error);
  group = 2; /* Vinje's referansegruppe, with a café dialogue and its input */
  organisation = add_organisation (fixture, "Vinje Sanglag", "Kontakt for sanglaget");
  contact = count (fixture, "SELECT person_id FROM organisation_contact c JOIN person p ON p.id = c.person_id"
                            " WHERE p.name = 'Kontakt for sanglaget';");
  {
    g_autoptr(FvCouncilMember) member = fv_council_member_new ();

    member->group_id = group;
    member->name = g_strdup ("Kari Nordmann");
    member->phone = g_strdup ("900 00 000");
    member->email = g_strdup ("kari@example.org");
    member->organisation = g_strdup ("Vinje Sanglag");
    member->role = g_strdup ("Leder");
    member->term_start = g_strdup ("2024-01-01");
    member->term_end = g_strdup ("2025-12-31");
    g_assert_true (fv_council_store_add_member (fixture->database, member, &error));
    g_assert_no_error (error);
  }
  /* The sanglag's contact sits in the group too. */
  sql = g_strdup_printf ("INSERT INTO council_member (group_id, person_id, organisation_id, role)"
                         " VALUES (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", 'Vara');",
                         group, contact, organisation);
  g_assert_cmpint (sqlite3_exec (fv_database_get_handle (fixture->database), sql, NULL, NULL, NULL), ==, SQLITE_OK);

  before = fv_council_store_load (fixture->database, group, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (before->meetings->len, >, 0);
  copy = fv_council_group_copy (before);
  assert_same_group (copy, before);

  /* Deleted: Kari's personal data goes, the contact's stays. */
  g_assert_true (fv_council_store_delete (fixture->database, group, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM person WHERE name = 'Kari Nordmann';"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM person WHERE name = 'Kontakt for sanglaget';"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM innspill i JOIN meeting m ON m.id = i.meeting_id"
                                   " WHERE m.group_id = 2;"), ==, 0);

  /* Undone: the same group, members, meetings and input, and Kari is back. */
  changes (fixture);
  fixture->n_changes = 0;
  g_assert_true (fv_council_store_restore (fixture->database, copy, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes (fixture), ==, 1);
  g_assert_cmpint (copy->id, ==, group);
  after = fv_council_store_load (fixture->database, group, &error);
  g_assert_no_error (error);
  assert_same_group (after, before);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM person WHERE name = 'Kontakt for sanglaget';"), ==, 1);

  /* And deleting it again still keeps the GDPR rule. */
  g_assert_true (fv_council_store_delete (fixture->database, group, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM person WHERE name = 'Kari Nordmann';"), ==, 0);

  /* When a new group took the old id meanwhile, the group comes back under
   * another one, and the new group is untouched. */
  g_assert_cmpint (count (fixture, "SELECT max(id) FROM council_group;"), <, group);
  g_assert_cmpint (add_group (fixture, "Ny gruppe"), ==, group);
  again = fv_council_group_copy (before);
  g_assert_true (fv_council_store_restore (fixture->database, again, &error));
  g_assert_no_error (error);
  g_assert_cmpint (again->id, !=, group);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM council_group WHERE name = 'Ny gruppe';"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM council_member m JOIN person p ON p.id = m.person_id"
                                   " WHERE p.name = 'Kari Nordmann';"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/council-store/group", Fixture, NULL, fixture_set_up, test_group_checked_saved_listed, fixture_tear_down);
  g_test_add ("/council-store/members", Fixture, NULL, fixture_set_up, test_members, fixture_tear_down);
  g_test_add ("/council-store/shared-person", Fixture, NULL, fixture_set_up, test_shared_person_kept, fixture_tear_down);
  g_test_add ("/council-store/meetings", Fixture, NULL, fixture_set_up, test_meetings_and_innspill, fixture_tear_down);
  g_test_add ("/council-store/member-edited", Fixture, NULL, fixture_set_up, test_member_edited, fixture_tear_down);
  g_test_add ("/council-store/members-by-role", Fixture, NULL, fixture_set_up, test_members_by_role, fixture_tear_down);
  g_test_add_func ("/council-store/term-ended", test_term_ended);
  g_test_add ("/council-store/meeting-edited", Fixture, NULL, fixture_set_up, test_meeting_edited, fixture_tear_down);
  g_test_add ("/council-store/delete-restore", Fixture, NULL, fixture_set_up, test_delete_restore, fixture_tear_down);
  g_test_add ("/council-store/demo", Fixture, NULL, fixture_set_up, test_demo, fixture_tear_down);

  return g_test_run ();
}
