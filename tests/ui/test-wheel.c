/* test-wheel.c — the Annual wheel area in the real application, under Xvfb
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A coordinator opens an empty year, adds an event through the dialog (a bad
 * date is refused beside its field), sees it in the list, clicks it on the
 * wheel (the page's hit-test path) to edit it, adds the usual dates, deletes
 * one and undoes it, exports the year as iCalendar and opens the A3 poster in
 * the preview. Screenshots of each step go to $FRIVILLIG_SCREENSHOT_DIR.
 */

#include <adwaita.h>
#include <string.h>

#include "fv-gui-resources.h"
#include "fv-organisation-store.h"
#include "fv-preview-window.h"
#include "fv-test-db.h"
#include "fv-test-ui.h"
#include "fv-test-util.h"
#include "fv-wheel-event-dialog.h"
#include "fv-wheel-page.h"
#include "fv-wheel-store.h"

#define PREVIEW_WAIT_SECONDS 60
#define YEAR 2022

static void
set_text (GtkWidget  *root,
          const char *title,
          const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (fv_test_ui_find_entry_row (root, title)), text);
}

static FvWheelEventDialog *
find_dialog (void)
{
  return FV_WHEEL_EVENT_DIALOG (fv_test_ui_find_toplevel (FV_TYPE_WHEEL_EVENT_DIALOG));
}

static void
test_add_click_print (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "frivillig.db", NULL);
  g_autofree char *ics = g_build_filename (dir, "hjul.ics", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(FvApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) ics_file = NULL;
  FvDatabase *database;
  FvWindow *window;
  FvWheelPage *page;
  FvWheelEventDialog *dialog;
  FvPreviewWindow *preview;
  GtkWidget *area, *date_row, *row;
  gint64 conference;
  double x, y;

  /* The register holds HUMSOS Bærum; the wheel is empty. */
  {
    g_autoptr(FvDatabase) setup = fv_database_open (path, FV_DATABASE_OPEN_DEFAULT, &error);
    g_autoptr(FvOrganisationRecord) record = fv_organisation_record_new ();

    g_assert_no_error (error);
    record->name = g_strdup ("HUMSOS Bærum");
    g_assert_true (fv_organisation_store_save (setup, record, &error));
  }

  app = fv_test_ui_start_app (path);
  window = fv_test_ui_main_window (app);
  FV_TEST_UI_WAIT_FOR (fv_test_ui_database_settled (window));
  database = fv_window_get_database (window);
  g_assert_nonnull (database);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);

  fv_window_set_area (window, "wheel");
  page = FV_WHEEL_PAGE (fv_window_get_area_page (window, "wheel"));
  g_assert_true (FV_IS_WHEEL_PAGE (page));
  fv_wheel_page_set_year (page, YEAR);
  fv_test_ui_settle (300);
  g_assert_cmpint (fv_wheel_page_get_year (page), ==, YEAR);
  g_assert_cmpstr (fv_wheel_page_get_view (page), ==, "empty");
  fv_test_ui_save_screenshot (GTK_WIDGET (window), "wheel-empty");

  /* Ctrl+N: the dialog. A bad date is refused beside its field. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  fv_test_ui_settle (300);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_object_ref (dialog); /* closing destroys it */
  set_text (GTK_WIDGET (dialog), "Title", "Frivillighetskonferanse");
  date_row = fv_test_ui_find_entry_row (GTK_WIDGET (dialog), "Date (day.month.year)");
  gtk_editable_set_text (GTK_EDITABLE (date_row), "31.04.2022");
  set_text (GTK_WIDGET (dialog), "Place", "Bærum Kulturhus");
  set_text (GTK_WIDGET (dialog), "Organisation in the register (optional)", "humsos bærum");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "event.save", NULL));
  g_assert_true (gtk_widget_has_css_class (date_row, "error"));
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM wheel_event;"), ==, 0);
  fv_test_ui_settle (200);
  fv_test_ui_save_screenshot (GTK_WIDGET (dialog), "wheel-event-dialog-bad-date");
  gtk_editable_set_text (GTK_EDITABLE (date_row), "26.04.2022");
  g_assert_false (gtk_widget_has_css_class (date_row, "error"));
  fv_test_ui_settle (100);
  fv_test_ui_save_screenshot (GTK_WIDGET (dialog), "wheel-event-dialog");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "event.save", NULL));
  FV_TEST_UI_WAIT_FOR (fv_test_db_count (database, "SELECT count(*) FROM wheel_event;") == 1);
  conference = fv_wheel_event_dialog_get_saved_id (dialog);
  g_assert_cmpint (conference, >, 0);
  g_object_unref (dialog);
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM wheel_event WHERE start_date = '2022-04-26'"
                                    " AND place = 'Bærum Kulturhus' AND category = 'voluntary'"
                                    " AND organisation_id = (SELECT id FROM organisation"
                                    "  WHERE name = 'HUMSOS Bærum');"), ==, 1);

  /* In the list. */
  FV_TEST_UI_WAIT_FOR (fv_wheel_page_get_n_events (page) == 1);
  g_assert_cmpstr (fv_wheel_page_get_view (page), ==, "events");
  row = fv_test_ui_find_row (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "Frivillighetskonferanse");
  g_assert_nonnull (row);

  /* A click on the event in the wheel opens it, through the hit test. */
  fv_test_ui_settle (300);
  area = fv_wheel_page_get_wheel_area (page);
  g_assert_cmpint (gtk_widget_get_width (area), >, 200);
  g_assert_true (fv_wheel_page_get_event_point (page, conference, &x, &y));
  g_assert_cmpint (fv_wheel_page_event_at (page, x, y), ==, conference);
  g_assert_cmpint (fv_wheel_page_event_at (page, 2, 2), ==, 0);
  g_assert_true (fv_wheel_page_click (page, x, y));
  fv_test_ui_settle (300);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_object_ref (dialog);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fv_test_ui_find_entry_row (GTK_WIDGET (dialog), "Title"))),
                   ==, "Frivillighetskonferanse");
  /* A span: the last day after the first. */
  set_text (GTK_WIDGET (dialog), "Last day, for an event over several days (optional)", "27.04.2022");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "event.save", NULL));
  FV_TEST_UI_WAIT_FOR (fv_test_db_count (database, "SELECT count(*) FROM wheel_event WHERE end_date = '2022-04-27';") == 1);
  g_assert_cmpint (fv_wheel_event_dialog_get_saved_id (dialog), ==, conference);
  g_object_unref (dialog);

  /* The usual dates, on request, once. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "wheel.add-usual-dates", NULL));
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM wheel_event;"), ==, 4);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "wheel.add-usual-dates", NULL));
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM wheel_event;"), ==, 4);
  FV_TEST_UI_WAIT_FOR (fv_wheel_page_get_n_events (page) == 4);
  fv_test_ui_settle (500);
  fv_test_ui_save_screenshot (GTK_WIDGET (window), "wheel-year");

  /* The icon-only buttons made for the rows say what they do. */
  {
    guint n_buttons = fv_test_ui_assert_icon_buttons_named (GTK_WIDGET (page), NULL);

    /* the years, menu, the four events’ delete */
    g_assert_cmpuint (n_buttons, >=, 7);
  }

  /* Delete, then undo from the toast: the same event back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "wheel.delete", "x", conference));
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM wheel_event;"), ==, 3);
  FV_TEST_UI_WAIT_FOR (fv_wheel_page_get_n_events (page) == 3);
  fv_test_ui_settle (200);
  fv_test_ui_save_screenshot (GTK_WIDGET (window), "wheel-deleted");
  g_assert_true (fv_wheel_page_undo_delete (page));
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM wheel_event WHERE id = 1"
                                    " AND title = 'Frivillighetskonferanse' AND end_date = '2022-04-27';"), ==, 1);
  FV_TEST_UI_WAIT_FOR (fv_wheel_page_get_n_events (page) == 4);
  g_assert_false (fv_wheel_page_undo_delete (page));

  /* Years: the next one is empty. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "wheel.next-year", NULL));
  g_assert_cmpint (fv_wheel_page_get_year (page), ==, YEAR + 1);
  g_assert_cmpstr (fv_wheel_page_get_view (page), ==, "empty");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "wheel.previous-year", NULL));
  g_assert_cmpint (fv_wheel_page_get_n_events (page), ==, 4);

  /* iCalendar, as Export iCalendar… writes it. */
  ics_file = g_file_new_for_path (ics);
  g_assert_true (fv_wheel_page_export_ical (page, ics_file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (ics, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "DTSTART;VALUE=DATE:20221205\r\n"));

  /* Ctrl+P: the A3 poster in the preview, wheel and list. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL));
  fv_test_ui_settle (100);
  preview = FV_PREVIEW_WINDOW (fv_test_ui_find_toplevel (FV_TYPE_PREVIEW_WINDOW));
  g_assert_nonnull (preview);
  FV_TEST_UI_WAIT_FOR_FULL (fv_preview_window_is_ready (preview), PREVIEW_WAIT_SECONDS, NULL);
  g_assert_null (fv_preview_window_get_error (preview));
  g_assert_cmpuint (fv_document_get_n_pages (fv_preview_window_get_document (preview)), ==, 2);
  fv_test_ui_settle (500);
  fv_test_ui_save_screenshot (GTK_WIDGET (preview), "wheel-preview");
  gtk_window_close (GTK_WINDOW (preview));

  fv_test_ui_quit_app (app);
  fv_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkCssProvider) provider = NULL;

  /* Accessible attributes are kept (not sent to a bus) so that labels can be checked. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  if (fv_test_ui_init (&argc, &argv))
    {
      /* What AdwApplication does for the real app: our style sheet on top of Adwaita. */
      (void) fv_gui_get_resource ();
      provider = gtk_css_provider_new ();
      gtk_css_provider_load_from_resource (provider, "/io/github/frivillig/Frivillig/style.css");
      gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    }

  fv_test_ui_add_func ("/wheel/add-click-print", test_add_click_print);

  return g_test_run ();
}
