/* test-ui-smoke.c — the real application under Xvfb: it opens, shows every area,
 * fills an empty registry with sample data, and refuses a damaged database
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Screenshots of each state go to $FRIVILLIG_SCREENSHOT_DIR for people to look at.
 */

#include <adwaita.h>

#include "fv-application.h"
#include "fv-organisations-page.h"
#include "fv-preferences-window.h"
#include "fv-test-ui.h"
#include "fv-test-util.h"
#include "fv-window.h"

static const char * const areas[] = {
  "organisations", "council", "plans", "wheel", "exchanges", "notater",
};

static gboolean
registry_filled (FvOrganisationsPage *page)
{
  GListModel *model = fv_organisations_page_get_model (page);

  return model != NULL && g_list_model_get_n_items (model) == 27;
}

static const char *
visible_child_name (GtkWidget *widget)
{
  GtkWidget *stack = gtk_widget_get_ancestor (widget, GTK_TYPE_STACK);

  g_assert_nonnull (stack);
  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

static void
test_every_area (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "frivillig.db", NULL);
  g_autoptr(FvApplication) app = fv_test_ui_start_app (path);
  g_autoptr(GSettings) settings = g_settings_new ("io.github.frivillig.Frivillig");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *name = g_strdup_printf ("frivillig-%s.db", date);
  g_autofree char *daily_backup = g_build_filename (dir, "backups", name, NULL);
  FvWindow *window = fv_test_ui_main_window (app);
  GtkWidget *organisations;

  FV_TEST_UI_WAIT_FOR (fv_test_ui_database_settled (window));
  g_assert_nonnull (fv_window_get_database (window));
  /* Opening made today's backup, in a worker thread. */
  FV_TEST_UI_WAIT_FOR (g_file_test (daily_backup, G_FILE_TEST_IS_REGULAR));
  fv_test_ui_settle (300);

  /* First run: an empty registry that offers sample data. */
  fv_window_set_area (window, "organisations");
  organisations = fv_window_get_area_page (window, "organisations");
  g_assert_cmpstr (fv_organisations_page_get_view (FV_ORGANISATIONS_PAGE (organisations)), ==, "empty");
  fv_test_ui_settle (300);
  fv_test_ui_save_screenshot (GTK_WIDGET (window), "organisations-empty");

  g_assert_true (gtk_widget_activate_action (organisations, "organisations.add-sample-data", NULL));
  FV_TEST_UI_WAIT_FOR (registry_filled (FV_ORGANISATIONS_PAGE (organisations)));
  fv_test_ui_settle (400);
  g_assert_cmpstr (fv_organisations_page_get_view (FV_ORGANISATIONS_PAGE (organisations)), ==, "list");
  fv_test_ui_save_screenshot (GTK_WIDGET (window), "organisations");

  /* Every area shows its own page, and the choice is remembered. */
  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      GtkWidget *page = fv_window_get_area_page (window, areas[i]);

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", areas[i]));
      fv_test_ui_settle (300);
      g_assert_cmpstr (fv_window_get_area (window), ==, areas[i]);
      g_assert_nonnull (page);
      g_assert_true (gtk_widget_get_mapped (page));
      g_assert_cmpstr (visible_child_name (page), ==, areas[i]);
      fv_test_ui_save_screenshot (GTK_WIDGET (window), areas[i]);

      {
        g_autofree char *remembered = g_settings_get_string (settings, "last-area");
        g_assert_cmpstr (remembered, ==, areas[i]);
      }
    }

  /* Every icon-only button in the pages says what it does: a tooltip to see, a label
   * for screen readers. All six pages are walked, shown or not. */
  {
    guint n_pages = 0;
    guint n_buttons = fv_test_ui_assert_icon_buttons_named (GTK_WIDGET (window), &n_pages);

    g_assert_cmpuint (n_pages, ==, G_N_ELEMENTS (areas));
    g_assert_cmpuint (n_buttons, >=, 12);
  }

  /* The sample data was written to the file, not just shown. */
  g_assert_cmpint (fv_database_query_int (fv_window_get_database (window),
                                          "SELECT count(*) FROM organisation;", NULL), ==, 27);

  fv_test_ui_quit_app (app);
  fv_test_remove_dir (dir);
}


static void
test_damaged_database_refused (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "frivillig.db", NULL);
  g_autoptr(FvApplication) app = NULL;
  g_autoptr(GBytes) before = NULL;
  AdwMessageDialog *dialog;
  FvWindow *window;

  /* Not a database at all: a spreadsheet export someone named .db */
  fv_test_write_file (path, "Navn;Orgnr\nLeiret fotball;923609016\n", 36);
  before = fv_test_read_file (path);

  app = fv_test_ui_start_app (path);
  window = fv_test_ui_main_window (app);
  FV_TEST_UI_WAIT_FOR (fv_test_ui_database_settled (window));
  g_assert_null (fv_window_get_database (window));
  g_assert_nonnull (fv_window_get_open_error (window));
  fv_test_ui_settle (400);

  dialog = ADW_MESSAGE_DIALOG (fv_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Cannot Open the Database");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "is not a Frivillig database"));
  fv_test_ui_save_screenshot (GTK_WIDGET (window), "refused");
  fv_test_ui_save_screenshot (GTK_WIDGET (dialog), "refused-dialog");

  adw_message_dialog_response (dialog, "close");
  fv_test_ui_settle (100);
  fv_test_assert_same_bytes (before, path);

  fv_test_ui_quit_app (app);
  fv_test_remove_dir (dir);
}

static void
test_menu_windows (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "frivillig.db", NULL);
  g_autoptr(FvApplication) app = fv_test_ui_start_app (path);
  g_autoptr(GSettings) settings = g_settings_new ("io.github.frivillig.Frivillig");
  FvWindow *window = fv_test_ui_main_window (app);
  GtkWindow *preferences;
  GtkWindow *about;
  GtkWidget *number_row;
  g_autofree char *stored = NULL;

  FV_TEST_UI_WAIT_FOR (fv_test_ui_database_settled (window));
  fv_test_ui_settle (200);

  /* Keyboard Shortcuts opens, built on demand. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  fv_test_ui_settle (300);
  g_assert_nonnull (fv_test_ui_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW));
  fv_test_ui_save_screenshot (GTK_WIDGET (fv_test_ui_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW)), "shortcuts");
  gtk_window_close (fv_test_ui_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW));
  fv_test_ui_settle (100);

  /* Preferences: a municipality number is stored only when it is four digits. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  fv_test_ui_settle (300);
  preferences = fv_test_ui_find_toplevel (FV_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (preferences);
  number_row = fv_test_ui_find_entry_row (GTK_WIDGET (preferences), "Municipality number (kommunenummer)");
  g_assert_nonnull (number_row);

  gtk_editable_set_text (GTK_EDITABLE (number_row), "32O1");
  fv_test_ui_settle (200);
  g_assert_true (gtk_widget_has_css_class (number_row, "error"));
  stored = g_settings_get_string (settings, "municipality-number");
  g_assert_cmpstr (stored, ==, "");
  fv_test_ui_save_screenshot (GTK_WIDGET (preferences), "preferences-invalid");

  gtk_editable_set_text (GTK_EDITABLE (number_row), "3201");
  fv_test_ui_settle (200);
  g_assert_false (gtk_widget_has_css_class (number_row, "error"));
  g_clear_pointer (&stored, g_free);
  stored = g_settings_get_string (settings, "municipality-number");
  g_assert_cmpstr (stored, ==, "3201");
  fv_test_ui_save_screenshot (GTK_WIDGET (preferences), "preferences");
  gtk_window_close (preferences);
  fv_test_ui_settle (200);

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  fv_test_ui_settle (400);
  about = fv_test_ui_find_toplevel (ADW_TYPE_ABOUT_WINDOW);
  g_assert_nonnull (about);
  fv_test_ui_save_screenshot (GTK_WIDGET (about), "about");
  gtk_window_close (about);
  fv_test_ui_settle (200);

  /* The window size is remembered when the window closes. */
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 640);
  fv_test_ui_settle (300);
  fv_test_ui_quit_app (app);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 640);

  fv_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  /* Accessible attributes are kept (not sent to a bus) so that labels can be checked. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  fv_test_ui_init (&argc, &argv);

  fv_test_ui_add_func ("/ui/every-area", test_every_area);
  fv_test_ui_add_func ("/ui/damaged-database-refused", test_damaged_database_refused);
  fv_test_ui_add_func ("/ui/menu-windows", test_menu_windows);

  return g_test_run ();
}
