/* test-registry.c — the registry as a coordinator uses it, in the real window under Xvfb:
 * add an organisation, find it by typing, delete it; import a spreadsheet
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>

#include "fv-application.h"
#include "fv-demo.h"
#include "fv-import-dialog.h"
#include "fv-organisation-editor.h"
#include "fv-organisation-import.h"
#include "fv-organisation.h"
#include "fv-organisation-list.h"
#include "fv-organisations-page.h"
#include "fv-test-ui.h"
#include "fv-test-util.h"
#include "fv-window.h"

static gint64
count (FvWindow   *window,
       const char *sql)
{
  return fv_database_query_int (fv_window_get_database (window), sql, NULL);
}

/* Whether any cell of the list shows @text, as the user would read it. */
static gboolean
list_shows (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_INSCRIPTION (widget) && g_strcmp0 (gtk_inscription_get_text (GTK_INSCRIPTION (widget)), text) == 0)
    return gtk_widget_get_mapped (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (list_shows (child, text))
      return TRUE;

  return FALSE;
}

static void
test_add_find_delete (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "frivillig.db", NULL);
  g_autoptr(FvApplication) app = fv_test_ui_start_app (path);
  FvWindow *window = fv_test_ui_main_window (app);
  FvOrganisationsPage *page;
  GtkWindow *editor;
  GtkWidget *name_row;
  GtkWidget *search;
  GListModel *model;
  GtkWidget *column_view;
  GtkSelectionModel *rows;
  gint64 id;

  FV_TEST_UI_WAIT_FOR (fv_window_get_database (window) != NULL);
  page = FV_ORGANISATIONS_PAGE (fv_window_get_area_page (window, "organisations"));
  g_assert_true (gtk_widget_activate_action (fv_window_get_area_page (window, "organisations"),
                                             "organisations.add-sample-data", NULL));
  FV_TEST_UI_WAIT_FOR (count (window, "SELECT count(*) FROM organisation;") == 27);
  model = fv_organisations_page_get_model (page);
  FV_TEST_UI_WAIT_FOR (g_list_model_get_n_items (model) == 27);

  /* Ctrl+N: a new organisation in the editor, stored as soon as it has a name. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  FV_TEST_UI_WAIT_FOR ((editor = fv_test_ui_find_toplevel (FV_TYPE_ORGANISATION_EDITOR)) != NULL);
  name_row = fv_test_ui_find_entry_row (GTK_WIDGET (editor), "_Name");
  g_assert_nonnull (name_row);
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Vinje husflidslag");
  FV_TEST_UI_WAIT_FOR (count (window, "SELECT count(*) FROM organisation WHERE name = 'Vinje husflidslag';") == 1);
  fv_test_ui_settle (300);
  gtk_window_close (editor);
  fv_test_ui_settle (200);

  /* The saved organisation is selected in the list, far down among the others. */
  FV_TEST_UI_WAIT_FOR (g_list_model_get_n_items (model) == 28);
  column_view = fv_test_ui_find_descendant (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW);
  rows = gtk_column_view_get_model (GTK_COLUMN_VIEW (column_view));
  id = count (window, "SELECT id FROM organisation WHERE name = 'Vinje husflidslag';");
  fv_organisations_page_select (page, id);
  FV_TEST_UI_WAIT_FOR (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (rows)) ==
                       (guint) fv_organisation_list_find (FV_ORGANISATION_LIST (model), id));
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (rows)), >, 20);
  g_assert_true (list_shows (column_view, "Barnehagene i Elverum"));

  /* Found by typing a word from inside the name. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  search = fv_test_ui_find_descendant (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY);
  g_assert_true (gtk_widget_has_focus (search) || gtk_widget_is_focus (gtk_root_get_focus (GTK_ROOT (window))));
  gtk_editable_set_text (GTK_EDITABLE (search), "flidsl");
  FV_TEST_UI_WAIT_FOR (g_list_model_get_n_items (model) == 1);
  {
    g_autoptr(FvOrganisation) found = g_list_model_get_item (model, 0);
    g_assert_cmpstr (fv_organisation_get_name (found), ==, "Vinje husflidslag");
  }
  fv_test_ui_settle (300);
  /* The first row now shows it, and the selection went with it. */
  g_assert_true (list_shows (column_view, "Vinje husflidslag"));
  g_assert_false (list_shows (column_view, "Barnehagene i Elverum"));
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (rows)), ==, 0);
  fv_test_ui_save_screenshot (GTK_WIDGET (window), "registry-search");

  /* Delete the selected one; the count shows it is gone. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "area.delete", NULL));
  FV_TEST_UI_WAIT_FOR (count (window, "SELECT count(*) FROM organisation;") == 27);
  FV_TEST_UI_WAIT_FOR (g_list_model_get_n_items (model) == 0);
  fv_test_ui_settle (300);
  g_assert_cmpstr (fv_organisations_page_get_view (page), ==, "no-results");
  fv_test_ui_save_screenshot (GTK_WIDGET (window), "registry-deleted");

  /* Clearing the search shows all again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "area.clear-filters", NULL));
  FV_TEST_UI_WAIT_FOR (g_list_model_get_n_items (model) == 27);
  fv_test_ui_settle (300);
  g_assert_true (list_shows (column_view, "Barnehagene i Elverum"));

  fv_test_ui_quit_app (app);
  fv_test_remove_dir (dir);
}

/* A spreadsheet exported from one database goes whole into another. */
static void
test_import_spreadsheet (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *source_path = g_build_filename (dir, "source.db", NULL);
  g_autofree char *path = g_build_filename (dir, "frivillig.db", NULL);
  g_autofree char *csv_path = g_build_filename (dir, "organisasjoner.csv", NULL);
  g_autoptr(GFile) csv = g_file_new_for_path (csv_path);
  g_autoptr(FvDatabase) source = NULL;
  g_autoptr(FvApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  FvImportDialog *dialog;
  FvWindow *window;
  guint n_written = 0;

  source = fv_database_open (source_path, FV_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (fv_demo_fill (source, &error));
  g_assert_true (fv_organisation_export_spreadsheet (source, NULL, csv, &n_written, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_written, ==, 27);

  app = fv_test_ui_start_app (path);
  window = fv_test_ui_main_window (app);
  FV_TEST_UI_WAIT_FOR (fv_window_get_database (window) != NULL);

  dialog = fv_import_dialog_new (GTK_WINDOW (window), fv_window_get_database (window),
                                 FV_IMPORT_FILE_SPREADSHEET, csv);
  gtk_window_present (GTK_WINDOW (dialog));
  FV_TEST_UI_WAIT_FOR (g_strcmp0 (fv_import_dialog_get_state (dialog), "preview") == 0);
  fv_test_ui_settle (300);
  fv_test_ui_save_screenshot (GTK_WIDGET (dialog), "import-preview");
  /* Looking changes nothing. */
  g_assert_cmpint (count (window, "SELECT count(*) FROM organisation;"), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.next", NULL));
  FV_TEST_UI_WAIT_FOR (count (window, "SELECT count(*) FROM organisation;") == 27);
  g_assert_cmpint (count (window, "SELECT count(*) FROM person;"), ==, 2);
  g_assert_cmpint (count (window, "SELECT count(*) FROM organisation_tag;"), ==, 14);
  fv_test_ui_settle (200);

  fv_test_ui_quit_app (app);
  fv_test_remove_dir (dir);
}

static void
test_bad_spreadsheet_changes_nothing (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "frivillig.db", NULL);
  g_autofree char *csv_path = g_build_filename (dir, "feil.csv", NULL);
  g_autoptr(GFile) csv = g_file_new_for_path (csv_path);
  g_autoptr(FvApplication) app = NULL;
  FvImportDialog *dialog;
  FvWindow *window;
  const char text[] = "Noe;helt;annet\n1;2;3\n";

  fv_test_write_file (csv_path, text, sizeof text - 1);
  app = fv_test_ui_start_app (path);
  window = fv_test_ui_main_window (app);
  FV_TEST_UI_WAIT_FOR (fv_window_get_database (window) != NULL);

  dialog = fv_import_dialog_new (GTK_WINDOW (window), fv_window_get_database (window),
                                 FV_IMPORT_FILE_SPREADSHEET, csv);
  gtk_window_present (GTK_WINDOW (dialog));
  FV_TEST_UI_WAIT_FOR (g_strcmp0 (fv_import_dialog_get_state (dialog), "problems") == 0);
  fv_test_ui_settle (300);
  fv_test_ui_save_screenshot (GTK_WIDGET (dialog), "import-problems");
  g_assert_cmpint (count (window, "SELECT count(*) FROM organisation;"), ==, 0);

  fv_test_ui_quit_app (app);
  fv_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  fv_test_ui_init (&argc, &argv);

  fv_test_ui_add_func ("/registry/add-find-delete", test_add_find_delete);
  fv_test_ui_add_func ("/registry/import-spreadsheet", test_import_spreadsheet);
  fv_test_ui_add_func ("/registry/bad-spreadsheet-changes-nothing", test_bad_spreadsheet_changes_nothing);

  return g_test_run ();
}
