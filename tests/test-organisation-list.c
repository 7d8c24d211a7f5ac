/* test-organisation-list.c — the registry list model: ids in order, items on demand, live
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "fv-demo.h"
#include "fv-organisation-list.h"
#include "fv-test-util.h"

static void
wait_until_loaded (FvOrganisationList *list)
{
  while (fv_organisation_list_is_loading (list))
    g_main_context_iteration (NULL, TRUE);
}

static void
count_items_changed (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     guint      *count)
{
  (*count)++;
}

static void
test_sample_data_listed (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "frivillig.db", NULL);
  g_autoptr(FvDatabase) database = NULL;
  g_autoptr(FvOrganisationList) list = NULL;
  g_autoptr(FvOrganisation) first = NULL;
  g_autoptr(FvOrganisation) item = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) error = NULL;
  guint changes = 0;
  guint n;

  database = fv_database_open (path, FV_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (fv_demo_fill (database, &error));

  list = fv_organisation_list_new (database);
  g_signal_connect (list, "items-changed", G_CALLBACK (count_items_changed), &changes);
  wait_until_loaded (list);

  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_assert_cmpuint (n, ==, 27);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == FV_TYPE_ORGANISATION);

  /* Sorted by name, case folded, and complete with the main category. */
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpstr (fv_organisation_get_name (first), ==, "Barnehagene i Elverum");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FvOrganisation) organisation = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (g_strcmp0 (fv_organisation_get_name (organisation), "Mjølner speidergruppe") == 0)
        g_assert_cmpstr (fv_organisation_get_category (organisation), ==, "Barne- og ungdomsorganisasjoner");
    }
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), n));

  /* A committed insert reaches the list by itself. */
  g_assert_true (fv_database_begin (database, &error));
  stmt = fv_database_prepare (database, "INSERT INTO organisation (name) VALUES ('Aaa Vel');", &error);
  g_assert_true (fv_database_step_done (database, stmt, &error));
  fv_database_note_change (database, "organisation", sqlite3_last_insert_rowid (fv_database_get_handle (database)));
  g_assert_true (fv_database_commit (database, &error));
  while (g_list_model_get_n_items (G_LIST_MODEL (list)) == n)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, n + 1);
  item = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpstr (fv_organisation_get_name (item), ==, "Aaa Vel");
  g_assert_cmpstr (fv_organisation_get_sector (item), ==, "voluntary");

  g_clear_object (&list);
  g_clear_object (&database);
  fv_test_remove_dir (dir);
}

/* What a list shows is committed: an import still running (and maybe about
 * to roll back) is not in it. */
static void
test_uncommitted_rows_not_shown (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "frivillig.db", NULL);
  g_autoptr(FvDatabase) database = NULL;
  g_autoptr(FvOrganisationList) list = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) error = NULL;

  database = fv_database_open (path, FV_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (fv_demo_fill (database, &error));
  list = fv_organisation_list_new (database);
  wait_until_loaded (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 27);

  g_assert_true (fv_database_begin (database, &error));
  stmt = fv_database_prepare (database, "INSERT INTO organisation (name) VALUES ('Halvveis importert');", &error);
  g_assert_true (fv_database_step_done (database, stmt, &error));
  fv_database_note_change (database, "organisation", 0);

  fv_organisation_list_reload (list);
  wait_until_loaded (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 27);

  fv_database_rollback (database);
  fv_organisation_list_reload (list);
  wait_until_loaded (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 27);

  g_clear_object (&list);
  g_clear_pointer (&stmt, sqlite3_finalize);
  g_clear_object (&database);
  fv_test_remove_dir (dir);
}

static GArray *
ids_of (FvOrganisationList *list)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      gint64 id = fv_organisation_list_get_id (list, i);

      g_array_append_val (ids, id);
    }
  return ids;
}

static void
search_for (FvOrganisationList *list,
            const char         *text)
{
  g_autoptr(FvOrganisationFilter) filter = fv_organisation_filter_new ();

  filter->search = g_strdup (text);
  fv_organisation_list_set_filter (list, filter);
  wait_until_loaded (list);
}

/* Clearing the search gives the whole registry back in its order, and
 * what was saved meanwhile is in it. */
static void
test_cleared_search (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "frivillig.db", NULL);
  g_autoptr(FvDatabase) database = NULL;
  g_autoptr(FvOrganisationList) list = NULL;
  g_autoptr(GArray) before = NULL;
  g_autoptr(GArray) after = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) error = NULL;
  guint changes = 0;

  database = fv_database_open (path, FV_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (fv_demo_fill (database, &error));
  list = fv_organisation_list_new (database);
  wait_until_loaded (list);
  before = ids_of (list);

  search_for (list, "Elverum");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), <, before->len);
  g_signal_connect (list, "items-changed", G_CALLBACK (count_items_changed), &changes);
  search_for (list, "");
  after = ids_of (list);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (after->len, ==, before->len);
  g_assert_cmpmem (after->data, after->len * sizeof (gint64), before->data, before->len * sizeof (gint64));
  g_assert_cmpuint (fv_organisation_list_get_total (list), ==, before->len);

  search_for (list, "Elverum");
  g_assert_true (fv_database_begin (database, &error));
  stmt = fv_database_prepare (database, "INSERT INTO organisation (name) VALUES ('Aaa Vel');", &error);
  g_assert_true (fv_database_step_done (database, stmt, &error));
  fv_database_note_change (database, "organisation", sqlite3_last_insert_rowid (fv_database_get_handle (database)));
  g_assert_true (fv_database_commit (database, &error));
  wait_until_loaded (list);
  search_for (list, "");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, before->len + 1);

  g_clear_object (&list);
  g_clear_pointer (&stmt, sqlite3_finalize);
  g_clear_object (&database);
  fv_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/organisation-list/sample-data-listed", test_sample_data_listed);
  g_test_add_func ("/organisation-list/uncommitted-rows-not-shown", test_uncommitted_rows_not_shown);
  g_test_add_func ("/organisation-list/cleared-search", test_cleared_search);

  return g_test_run ();
}
