/* test-people.c — Personal Data in the real application, under Xvfb
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On the sample data, a coordinator opens Personal Data from the main menu,
 * finds a contact person by typing part of the name, sees what is stored
 * about them and where it is used, saves the innsyn report, and erases the
 * person: the dialog names what goes and says it cannot be undone, and
 * afterwards no table holds them and the list no longer shows them.
 * Screenshots go to $FRIVILLIG_SCREENSHOT_DIR.
 */

#include <adwaita.h>
#include <string.h>

#include "fv-demo.h"
#include "fv-gui-resources.h"
#include "fv-people-window.h"
#include "fv-test-db.h"
#include "fv-test-ui.h"
#include "fv-test-util.h"

static void
test_people (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "frivillig.db", NULL);
  g_autofree char *report_path = g_build_filename (dir, "innsyn.txt", NULL);
  g_autofree char *report = NULL;
  g_autoptr(FvApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) report_file = NULL;
  FvDatabase *database;
  FvWindow *window;
  FvPeopleWindow *people;
  AdwMessageDialog *dialog;
  GtkWidget *search;
  guint everyone;

  {
    g_autoptr(FvDatabase) setup = fv_database_open (path, FV_DATABASE_OPEN_DEFAULT, &error);

    g_assert_no_error (error);
    g_assert_true (fv_demo_fill (setup, &error));
    g_assert_no_error (error);
  }

  app = fv_test_ui_start_app (path);
  window = fv_test_ui_main_window (app);
  FV_TEST_UI_WAIT_FOR (fv_test_ui_database_settled (window));
  database = fv_window_get_database (window);
  g_assert_nonnull (database);
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM organisation_search"
                                    " WHERE organisation_search MATCH '\"Lindstad\"';"), ==, 1);

  /* The main menu's Personal Data opens the window, once. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.personal-data", NULL));
  fv_test_ui_settle (200);
  people = FV_PEOPLE_WINDOW (fv_test_ui_find_toplevel (FV_TYPE_PEOPLE_WINDOW));
  g_assert_nonnull (people);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.personal-data", NULL));
  fv_test_ui_settle (100);
  g_assert_true (FV_PEOPLE_WINDOW (fv_test_ui_find_toplevel (FV_TYPE_PEOPLE_WINDOW)) == people);
  gtk_window_set_default_size (GTK_WINDOW (people), 1000, 640);

  /* Everyone stored is listed. */
  FV_TEST_UI_WAIT_FOR (!fv_people_window_is_loading (people) && fv_people_window_get_n_people (people) > 0);
  everyone = fv_people_window_get_n_people (people);
  g_assert_cmpint (everyone, ==, fv_test_db_count (database, "SELECT count(*) FROM person;"));
  fv_test_ui_settle (200);
  fv_test_ui_save_screenshot (GTK_WIDGET (people), "people-list");

  /* Typing part of a name finds the person, in any case. */
  search = fv_test_ui_find_descendant (GTK_WIDGET (people), GTK_TYPE_SEARCH_ENTRY);
  g_assert_nonnull (search);
  gtk_editable_set_text (GTK_EDITABLE (search), "lindst");
  FV_TEST_UI_WAIT_FOR (!fv_people_window_is_loading (people) && fv_people_window_get_n_people (people) == 1);

  /* Selected, everything stored shows, with where it is used. */
  g_assert_true (fv_people_window_select (people, 1));
  fv_test_ui_settle (200);
  g_assert_cmpint (fv_people_window_get_selected_id (people), ==, 1);
  g_assert_nonnull (fv_test_ui_find_row (GTK_WIDGET (people), ADW_TYPE_ACTION_ROW,
                                         "Contact person of the organisation “Frivillighet Norge”, "
                                         "role: Politisk seniorrådgiver"));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (fv_test_ui_find_row (GTK_WIDGET (people),
                                                                                    ADW_TYPE_ACTION_ROW,
                                                                                    "E-mail"))),
                   ==, "bjorn@frivillighetnorge.no");
  fv_test_ui_save_screenshot (GTK_WIDGET (people), "people-person");

  /* Save Report… writes the innsyn report (the file chooser is the desktop's; the file is given here). */
  report_file = g_file_new_for_path (report_path);
  fv_people_window_save_report (people, report_file);
  FV_TEST_UI_WAIT_FOR (!fv_people_window_is_saving (people));
  g_assert_true (g_file_get_contents (report_path, &report, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (report, "Name: Bjørn Lindstad\n"));
  g_assert_nonnull (strstr (report, "Phone: 909 79 955\n"));
  g_assert_nonnull (strstr (report, "E-mail: bjorn@frivillighetnorge.no\n"));
  g_assert_nonnull (strstr (report, "Frivillighet Norge"));
  fv_test_ui_settle (200);
  fv_test_ui_save_screenshot (GTK_WIDGET (people), "people-report-saved");

  /* Erase… asks first, naming what goes; Cancel changes nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (people), "people.erase", NULL));
  fv_test_ui_settle (300);
  dialog = ADW_MESSAGE_DIALOG (fv_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Erase Bjørn Lindstad?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Frivillighet Norge"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "cannot be undone"));
  fv_test_ui_save_screenshot (GTK_WIDGET (dialog), "people-erase-dialog");
  /* A click on a response answers and closes; response() alone only answers. */
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_close (GTK_WINDOW (dialog));
  fv_test_ui_settle (200);
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM person WHERE id = 1;"), ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (people), "people.erase", NULL));
  fv_test_ui_settle (300);
  dialog = ADW_MESSAGE_DIALOG (fv_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "erase");
  gtk_window_close (GTK_WINDOW (dialog));

  /* Gone from every table, from the registry's search, and from the list. */
  FV_TEST_UI_WAIT_FOR (!fv_people_window_is_loading (people) && fv_people_window_get_n_people (people) == 0);
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM person WHERE id = 1 OR name LIKE '%Lindstad%';"), ==, 0);
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM organisation_contact WHERE person_id = 1;"), ==, 0);
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM council_member WHERE person_id = 1;"), ==, 0);
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM organisation_search"
                                    " WHERE organisation_search MATCH '\"Lindstad\"';"), ==, 0);
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM organisation WHERE name = 'Frivillighet Norge';"), ==, 1);
  g_assert_cmpint (fv_people_window_get_selected_id (people), ==, 0);
  /* With no one selected, Delete asks nothing. */
  gtk_widget_activate_action (GTK_WIDGET (people), "people.erase", NULL);
  fv_test_ui_settle (200);
  g_assert_null (fv_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  fv_test_ui_save_screenshot (GTK_WIDGET (people), "people-erased");

  /* Clearing the search shows the others, one fewer. */
  gtk_editable_set_text (GTK_EDITABLE (search), "");
  FV_TEST_UI_WAIT_FOR (!fv_people_window_is_loading (people) && fv_people_window_get_n_people (people) == everyone - 1);

  gtk_window_close (GTK_WINDOW (people));
  fv_test_ui_settle (100);
  fv_test_ui_quit_app (app);
  fv_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  fv_test_ui_init (&argc, &argv);

  fv_test_ui_add_func ("/people/find-report-erase", test_people);

  return g_test_run ();
}
