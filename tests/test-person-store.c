/* test-person-store.c — personal data: everyone stored is listed with where
 * their data is used, found by name; erasing a person leaves no trace in any
 * table nor in the registry's search; the innsyn report holds every field
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "fv-council-store.h"
#include "fv-organisation-filter.h"
#include "fv-organisation-store.h"
#include "fv-person-store.h"
#include "fv-test-db.h"
#include "fv-test-util.h"

typedef struct
{
  char       *dir;
  FvDatabase *database;
  GPtrArray  *changed;    /* "table" of every `changed` heard */
  gint64      person_id;  /* Kari Nordmann: a contact and a group member */
  gint64      organisation_id;
  gint64      group_id;
} Fixture;

static void
changed_cb (FvDatabase *database,
            const char *table,
            gint64      id,
            Fixture    *fixture)
{
  g_ptr_array_add (fixture->changed, g_strdup (table));
}

static void
flush_changes (Fixture *fixture)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
heard (Fixture    *fixture,
       const char *table)
{
  flush_changes (fixture);
  for (guint i = 0; i < fixture->changed->len; i++)
    if (g_str_equal (g_ptr_array_index (fixture->changed, i), table))
      return TRUE;
  return FALSE;
}

static gint64
count (Fixture *fixture,
       const char *sql,
       gint64      id)
{
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_prepare_v2 (fv_database_get_handle (fixture->database), sql, -1, &stmt, NULL),
                   ==, SQLITE_OK);
  if (sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_int64 (stmt, 1, id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

/* How many organisations the registry's search field finds for @search. */
static gint64
registry_finds (Fixture    *fixture,
                const char *search)
{
  g_autoptr(FvOrganisationFilter) filter = fv_organisation_filter_new ();
  g_autoptr(GPtrArray) values = NULL;
  g_autofree char *where = NULL;
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  filter->search = g_strdup (search);
  where = fv_organisation_filter_to_where (filter, &values);
  sql = g_strdup_printf ("SELECT count(*) FROM organisation o WHERE %s;", where);
  g_assert_cmpint (sqlite3_prepare_v2 (fv_database_get_handle (fixture->database), sql, -1, &stmt, NULL),
                   ==, SQLITE_OK);
  fv_organisation_filter_bind (stmt, values, 1);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

static void
run_sql (Fixture    *fixture,
         const char *sql)
{
  g_assert_cmpint (sqlite3_exec (fv_database_get_handle (fixture->database), sql, NULL, NULL, NULL),
                   ==, SQLITE_OK);
}

/* The sample data, and Kari Nordmann: contact of Lillehammer Seniorlag and
 * member of its reference group, with every field of `person` filled. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FvOrganisationRecord) record = fv_organisation_record_new ();
  g_autoptr(FvCouncilGroup) group = fv_council_group_new ();
  g_autofree char *link = NULL;

  fixture->dir = fv_test_make_dir ();
  fixture->changed = g_ptr_array_new_with_free_func (g_free);
  fixture->database = fv_test_db_open (fixture->dir, TRUE);

  record->name = g_strdup ("Lillehammer Seniorlag");
  fv_organisation_record_add_contact (record, "Kari Nordmann", "Styreleder", "+47 912 34 567", "kari@example.no");
  g_assert_true (fv_organisation_store_save (fixture->database, record, &error));
  g_assert_no_error (error);
  fixture->organisation_id = record->id;
  fixture->person_id = ((FvContact *) g_ptr_array_index (record->contacts, 0))->person_id;

  group->name = g_strdup ("Referansegruppe for seniorer");
  group->kind = FV_COUNCIL_KIND_REFERENCE_GROUP;
  g_assert_true (fv_council_store_save (fixture->database, group, &error));
  g_assert_no_error (error);
  fixture->group_id = group->id;

  /* One person in two places, as the schema allows: the same row twice. */
  link = g_strdup_printf ("INSERT INTO council_member (group_id, person_id, organisation_id, role, term_start, term_end)"
                          " VALUES (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT
                          ", 'Nestleder', '2024-01-01', '2025-12-31');"
                          "UPDATE person SET notes = 'Ønsker e-post, ikke telefon.',"
                          " created_at = '2024-01-15T09:30:00Z', updated_at = '2025-02-01T12:00:00Z'"
                          " WHERE id = %" G_GINT64_FORMAT ";",
                          fixture->group_id, fixture->person_id, fixture->organisation_id, fixture->person_id);
  run_sql (fixture, link);

  flush_changes (fixture);
  g_signal_connect (fixture->database, "changed", G_CALLBACK (changed_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->database);
  g_clear_pointer (&fixture->changed, g_ptr_array_unref);
  fv_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

static FvPerson *
find_by_name (GPtrArray  *people,
              const char *name)
{
  for (guint i = 0; i < people->len; i++)
    if (g_strcmp0 (((FvPerson *) people->pdata[i])->name, name) == 0)
      return people->pdata[i];
  return NULL;
}

static void
test_list (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GPtrArray) everyone = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  FvPerson *bjorn, *kari, *representative;
  FvPersonLink *link;
  g_autofree char *contact_line = NULL;
  g_autofree char *member_line = NULL;

  everyone = fv_person_store_list (fixture->database, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (everyone->len, ==, count (fixture, "SELECT count(*) FROM person;", 0));

  /* The contact from the sample data, with where their data is used. */
  bjorn = find_by_name (everyone, "Bjørn Lindstad");
  g_assert_nonnull (bjorn);
  g_assert_cmpstr (bjorn->phone, ==, "909 79 955");
  g_assert_cmpstr (bjorn->email, ==, "bjorn@frivillighetnorge.no");
  g_assert_cmpuint (bjorn->links->len, ==, 1);
  link = g_ptr_array_index (bjorn->links, 0);
  g_assert_cmpint (link->kind, ==, FV_PERSON_LINK_CONTACT);
  g_assert_cmpstr (link->target, ==, "Frivillighet Norge");
  g_assert_cmpstr (link->role, ==, "Politisk seniorrådgiver");

  /* A council member: the group, the role and the organisation represented. */
  representative = find_by_name (everyone, "Representant for Bærum Kulturråd");
  g_assert_nonnull (representative);
  g_assert_cmpuint (representative->links->len, ==, 1);
  link = g_ptr_array_index (representative->links, 0);
  g_assert_cmpint (link->kind, ==, FV_PERSON_LINK_MEMBER);
  g_assert_cmpstr (link->target, ==, "Frivillighetsrådet i Bærum");
  g_assert_cmpstr (link->role, ==, "Medlem");
  g_assert_cmpstr (link->organisation, ==, "Bærum Kulturråd");
  g_assert_cmpstr (link->term_start, ==, "2021-09-01");

  /* Someone in two places is listed once, with both. */
  kari = find_by_name (everyone, "Kari Nordmann");
  g_assert_nonnull (kari);
  g_assert_cmpuint (kari->links->len, ==, 2);
  contact_line = fv_person_link_describe (g_ptr_array_index (kari->links, 0));
  member_line = fv_person_link_describe (g_ptr_array_index (kari->links, 1));
  g_assert_cmpstr (contact_line, ==, "Contact person of the organisation “Lillehammer Seniorlag”, role: Styreleder");
  g_assert_cmpstr (member_line, ==, "Member of “Referansegruppe for seniorer”, role: Nestleder, "
                                    "representing Lillehammer Seniorlag, term: 01.01.2024–31.12.2025");

  /* Norwegian order: Bjørn before Ingeborg before Kari before the Representants. */
  g_assert_cmpstr (((FvPerson *) everyone->pdata[0])->name, ==, "Bjørn Lindstad");
  g_assert_cmpstr (((FvPerson *) everyone->pdata[1])->name, ==, "Ingeborg Rivelsrud");
  g_assert_cmpstr (((FvPerson *) everyone->pdata[2])->name, ==, "Kari Nordmann");

  /* Search by part of the name, in any case, Norwegian letters included. */
  found = fv_person_store_list (fixture->database, "  BJØRN ", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpstr (((FvPerson *) found->pdata[0])->name, ==, "Bjørn Lindstad");
  g_assert_cmpuint (((FvPerson *) found->pdata[0])->links->len, ==, 1);
  g_clear_pointer (&found, g_ptr_array_unref);

  found = fv_person_store_list (fixture->database, "representant", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 6);
  for (guint i = 0; i < found->len; i++)
    g_assert_cmpuint (((FvPerson *) found->pdata[i])->links->len, ==, 1);
  g_clear_pointer (&found, g_ptr_array_unref);

  found = fv_person_store_list (fixture->database, "Nobody by this name", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 0);
}

static void
test_erase_leaves_no_trace (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(FvPerson) erased = NULL;
  g_autoptr(FvPerson) again = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) problems = NULL;
  gint64 people_before = count (fixture, "SELECT count(*) FROM person;", 0);
  gint64 id = fixture->person_id;

  /* Before: the registry finds the organisation by its contact's name. */
  g_assert_cmpint (registry_finds (fixture, "Nordmann"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM organisation_contact WHERE person_id = ?1;", id), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM council_member WHERE person_id = ?1;", id), ==, 1);

  g_assert_true (fv_person_store_erase (fixture->database, id, &erased, &error));
  g_assert_no_error (error);

  /* What was removed is told back. */
  g_assert_cmpstr (erased->name, ==, "Kari Nordmann");
  g_assert_cmpuint (erased->links->len, ==, 2);

  /* No row of any table that points at `person` mentions them. */
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM person WHERE id = ?1;", id), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM person WHERE name = 'Kari Nordmann'"
                                   " OR email = 'kari@example.no';", 0), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM organisation_contact WHERE person_id = ?1;", id), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM council_member WHERE person_id = ?1;", id), ==, 0);
  /* Those are all the tables that point at `person`: a new one must be erased too. */
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM sqlite_schema s, pragma_foreign_key_list (s.name) f"
                                   " WHERE s.type = 'table' AND f.\"table\" = 'person';", 0), ==, 2);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM person;", 0), ==, people_before - 1);

  /* The registry's search no longer finds the organisation by the erased
   * name, and its own name still finds it. */
  g_assert_cmpint (registry_finds (fixture, "Nordmann"), ==, 0);
  g_assert_cmpint (registry_finds (fixture, "Kari"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM organisation_search WHERE contacts LIKE '%Nordmann%';", 0),
                   ==, 0);
  g_assert_cmpint (registry_finds (fixture, "Seniorlag"), ==, 1);

  /* The organisation and the group themselves stay. */
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM organisation WHERE id = ?1;", fixture->organisation_id), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM council_group WHERE id = ?1;", fixture->group_id), ==, 1);

  /* The views of the person, the registry and the council hear of it. */
  g_assert_true (heard (fixture, "person"));
  g_assert_true (heard (fixture, "organisation"));
  g_assert_true (heard (fixture, "council"));

  again = fv_person_store_load (fixture->database, id, &error);
  g_assert_null (again);
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (fv_database_check (fixture->database, TRUE, &problems, &error));
  g_assert_no_error (error);
}

static void
test_erase_missing (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(FvPerson) erased = NULL;
  g_autoptr(GError) error = NULL;
  gint64 people_before = count (fixture, "SELECT count(*) FROM person;", 0);

  g_assert_false (fv_person_store_erase (fixture->database, 987654, &erased, &error));
  g_assert_error (error, FV_DATABASE_ERROR, FV_DATABASE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "987654"));
  g_assert_null (erased);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM person;", 0), ==, people_before);
  flush_changes (fixture);
  g_assert_cmpuint (fixture->changed->len, ==, 0);

  /* The database is usable afterwards: the failed erase left no transaction open. */
  g_clear_error (&error);
  g_assert_true (fv_person_store_erase (fixture->database, fixture->person_id, NULL, &error));
  g_assert_no_error (error);
}

static void
test_report (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(FvPerson) person = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 3, 4, 10, 15, 0);
  g_autoptr(GFile) file = NULL;
  g_autofree char *text = NULL;
  g_autofree char *written = NULL;
  g_autofree char *path = NULL;
  g_autofree char *number = NULL;
  g_autofree char *since = NULL;
  g_autoptr(GDateTime) created = NULL;
  g_autoptr(GDateTime) created_local = NULL;

  person = fv_person_store_load (fixture->database, fixture->person_id, &error);
  g_assert_no_error (error);
  text = fv_person_report_text (person, now);
  g_test_message ("%s", text);
  g_assert_true (g_utf8_validate (text, -1, NULL));

  /* Every field stored about the person. */
  g_assert_nonnull (strstr (text, "Name: Kari Nordmann\n"));
  g_assert_nonnull (strstr (text, "Phone: +47 912 34 567\n"));
  g_assert_nonnull (strstr (text, "E-mail: kari@example.no\n"));
  g_assert_nonnull (strstr (text, "Notes: Ønsker e-post, ikke telefon.\n"));
  number = g_strdup_printf ("Number in the database: %" G_GINT64_FORMAT "\n", fixture->person_id);
  g_assert_nonnull (strstr (text, number));

  /* Since when, in local time, and when it last changed. */
  created = g_date_time_new_from_iso8601 ("2024-01-15T09:30:00Z", NULL);
  created_local = g_date_time_to_local (created);
  since = g_date_time_format (created_local, "Stored since: %d.%m.%Y %H:%M\n");
  g_assert_nonnull (strstr (text, since));
  g_assert_nonnull (strstr (text, "Last changed: 01.02.2025 "));
  g_assert_nonnull (strstr (text, "Made 04.03.2026 10:15."));

  /* Where it is used. */
  g_assert_nonnull (strstr (text, "Contact person of the organisation “Lillehammer Seniorlag”, role: Styreleder"));
  g_assert_nonnull (strstr (text, "Member of “Referansegruppe for seniorer”, role: Nestleder, "
                                  "representing Lillehammer Seniorlag, term: 01.01.2024–31.12.2025"));

  /* Written to a file, as it reads. */
  path = g_build_filename (fixture->dir, "innsyn.txt", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (fv_person_report_write (person, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &written, NULL, &error));
  g_assert_nonnull (strstr (written, "Notes: Ønsker e-post, ikke telefon.\n"));
  g_assert_nonnull (strstr (written, "Lillehammer Seniorlag"));
}

static void
test_report_of_sparse_person (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(FvPerson) person = fv_person_new ();
  g_autofree char *text = NULL;

  person->id = 7;
  person->name = g_strdup ("Ola");
  text = fv_person_report_text (person, NULL);
  g_assert_nonnull (strstr (text, "Phone: (not stored)\n"));
  g_assert_nonnull (strstr (text, "Nowhere"));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Oslo", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/person-store/list", Fixture, NULL, fixture_set_up, test_list, fixture_tear_down);
  g_test_add ("/person-store/erase-leaves-no-trace", Fixture, NULL, fixture_set_up, test_erase_leaves_no_trace,
              fixture_tear_down);
  g_test_add ("/person-store/erase-missing", Fixture, NULL, fixture_set_up, test_erase_missing, fixture_tear_down);
  g_test_add ("/person-store/report", Fixture, NULL, fixture_set_up, test_report, fixture_tear_down);
  g_test_add ("/person-store/report-sparse", Fixture, NULL, fixture_set_up, test_report_of_sparse_person,
              fixture_tear_down);

  return g_test_run ();
}
