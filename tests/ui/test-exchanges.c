/* test-exchanges.c — the Exchanges area in the real application, under Xvfb
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A coordinator creates an exchange, names it, adds two participants from the
 * register (one through the search popover), records an agreement, marks it
 * fulfilled and opens 50 numbered agreement forms in the preview. Screenshots
 * of each step go to $FRIVILLIG_SCREENSHOT_DIR for people to look at.
 */

#include <adwaita.h>

#include "fv-agreement-dialog.h"
#include "fv-exchange-store.h"
#include "fv-exchanges-page.h"
#include "fv-gui-resources.h"
#include "fv-organisation-store.h"
#include "fv-preview-window.h"
#include "fv-test-ui.h"
#include "fv-test-util.h"

#define PREVIEW_WAIT_SECONDS 60

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

static gint64
count (FvDatabase *database,
       const char *sql)
{
  g_autoptr(GError) error = NULL;
  gint64 n = fv_database_query_int (database, sql, &error);

  g_assert_no_error (error);
  return n;
}

static gboolean
database_settled (FvWindow *window)
{
  return fv_window_get_database (window) != NULL || fv_window_get_open_error (window) != NULL;
}

static void
set_text (GtkWidget  *root,
          const char *title,
          const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (fv_test_ui_find_entry_row (root, title)), text);
}

static void
test_create_and_print (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "frivillig.db", NULL);
  g_autoptr(FvApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  FvDatabase *database;
  FvWindow *window;
  GtkWidget *page, *popover, *search, *candidates, *date_row;
  GtkListBoxRow *first;
  FvAgreementDialog *dialog;
  AdwMessageDialog *print_dialog;
  FvPreviewWindow *preview;
  gint64 scouts, kindergartens, exchange, agreement;

  /* The register holds three organisations; no exchange yet. */
  {
    g_autoptr(FvDatabase) setup = fv_database_open (path, FV_DATABASE_OPEN_DEFAULT, &error);

    g_assert_no_error (error);
    scouts = add_organisation (setup, "Mjølner speidergruppe", "voluntary");
    kindergartens = add_organisation (setup, "Barnehagene i Åsen", "public");
    add_organisation (setup, "Lierposten", "business");
  }

  app = fv_test_ui_start_app (path);
  window = fv_test_ui_main_window (app);
  FV_TEST_UI_WAIT_FOR (database_settled (window));
  database = fv_window_get_database (window);
  g_assert_nonnull (database);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 780);

  fv_window_set_area (window, "exchanges");
  page = fv_window_get_area_page (window, "exchanges");
  g_assert_true (FV_IS_EXCHANGES_PAGE (page));
  fv_test_ui_settle (300);
  g_assert_cmpstr (fv_exchanges_page_get_view (FV_EXCHANGES_PAGE (page)), ==, "empty");
  fv_test_ui_save_screenshot (GTK_WIDGET (window), "exchanges-empty");

  /* Ctrl+N: a new exchange, shown at once. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  fv_test_ui_settle (200);
  g_assert_cmpstr (fv_exchanges_page_get_view (FV_EXCHANGES_PAGE (page)), ==, "exchange");
  exchange = fv_exchanges_page_get_exchange_id (FV_EXCHANGES_PAGE (page));
  g_assert_cmpint (exchange, >, 0);
  g_assert_cmpint (count (database, "SELECT count(*) FROM exchange;"), ==, 1);

  /* Details are saved as they are typed; a bad date is shown beside its field. */
  set_text (page, "Name", "Frivillighetsbørs på Åsen");
  set_text (page, "Place", "Rådhuset");
  set_text (page, "Municipality (printed at the top of the forms)", "Åsen kommune");
  date_row = fv_test_ui_find_entry_row (page, "Date (day.month.year)");
  gtk_editable_set_text (GTK_EDITABLE (date_row), "31.02.2025");
  g_assert_true (gtk_widget_has_css_class (date_row, "error"));
  fv_test_ui_settle (100);
  fv_test_ui_save_screenshot (GTK_WIDGET (window), "exchanges-bad-date");
  gtk_editable_set_text (GTK_EDITABLE (date_row), "12.03.2025");
  g_assert_false (gtk_widget_has_css_class (date_row, "error"));
  g_assert_cmpint (count (database, "SELECT count(*) FROM exchange WHERE name = 'Frivillighetsbørs på Åsen'"
                                    " AND date = '2025-03-12' AND municipality = 'Åsen kommune';"), ==, 1);

  /* Ctrl+F opens the register search; the first hit is added with Enter. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  fv_test_ui_settle (200);
  search = fv_test_ui_find_descendant (page, GTK_TYPE_SEARCH_ENTRY);
  g_assert_nonnull (search);
  popover = gtk_widget_get_ancestor (search, GTK_TYPE_POPOVER);
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_visible (popover));
  candidates = fv_test_ui_find_descendant (popover, GTK_TYPE_LIST_BOX);
  gtk_editable_set_text (GTK_EDITABLE (search), "mjø");
  FV_TEST_UI_WAIT_FOR ((first = gtk_list_box_get_row_at_index (GTK_LIST_BOX (candidates), 0)) != NULL &&
                       gtk_list_box_get_row_at_index (GTK_LIST_BOX (candidates), 1) == NULL &&
                       g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first)),
                                  "Mjølner speidergruppe") == 0);
  fv_test_ui_settle (300);
  fv_test_ui_save_screenshot (popover, "exchanges-add-participant");
  g_signal_emit_by_name (search, "activate");
  FV_TEST_UI_WAIT_FOR (count (database, "SELECT count(*) FROM exchange_participant;") == 1);
  gtk_popover_popdown (GTK_POPOVER (popover));

  g_assert_true (gtk_widget_activate_action (page, "exchange.add-participant", "x", kindergartens));
  g_assert_cmpint (count (database, "SELECT count(*) FROM exchange_participant;"), ==, 2);
  fv_test_ui_settle (300);

  /* An agreement, from its numbered form. */
  g_assert_true (gtk_widget_activate_action (page, "exchange.add-agreement", NULL));
  fv_test_ui_settle (300);
  dialog = FV_AGREEMENT_DIALOG (fv_test_ui_find_toplevel (FV_TYPE_AGREEMENT_DIALOG));
  g_assert_nonnull (dialog);
  g_object_ref (dialog); /* closing destroys it */
  /* Nothing given: refused beside the field, nothing written. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "agreement.save", NULL));
  g_assert_true (gtk_widget_has_css_class (fv_test_ui_find_entry_row (GTK_WIDGET (dialog), "Party 1 gives"), "error"));
  g_assert_cmpint (count (database, "SELECT count(*) FROM agreement;"), ==, 0);
  set_text (GTK_WIDGET (dialog), "Party 1 gives", "Plass til oppbevaring av kano");
  set_text (GTK_WIDGET (dialog), "Party 2 gives in return (empty when one-way)", "Bidrag til aktivitet");
  fv_test_ui_settle (200);
  fv_test_ui_save_screenshot (GTK_WIDGET (dialog), "exchanges-agreement-dialog");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "agreement.save", NULL));
  FV_TEST_UI_WAIT_FOR (count (database, "SELECT count(*) FROM agreement;") == 1);
  g_assert_cmpint (fv_agreement_dialog_get_saved_id (dialog), >, 0);
  g_object_unref (dialog);
  agreement = count (database, "SELECT id FROM agreement;");
  /* Number 1, a year to fulfil it, between the two participants. */
  g_assert_cmpint (count (database, "SELECT count(*) FROM agreement WHERE form_number = 1"
                                    " AND deadline = '2026-03-12' AND status = 'agreed'"
                                    " AND in_return = 'Bidrag til aktivitet';"), ==, 1);
  g_assert_cmpint (count (database, "SELECT count(*) FROM agreement WHERE giver_id IN (SELECT id FROM organisation"
                                    " WHERE name = 'Barnehagene i Åsen');"), ==, 1);
  (void) scouts;
  fv_test_ui_settle (300);

  /* The follow-up: fulfilled. */
  g_assert_true (gtk_widget_activate_action (page, "exchange.mark-fulfilled", "x", agreement));
  g_assert_cmpint (count (database, "SELECT count(*) FROM agreement WHERE status = 'fulfilled';"), ==, 1);
  fv_test_ui_settle (400);
  fv_test_ui_save_screenshot (GTK_WIDGET (window), "exchanges-exchange");

  /* Ctrl+P asks how many forms (50), then opens them in the preview. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL));
  fv_test_ui_settle (300);
  print_dialog = ADW_MESSAGE_DIALOG (fv_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (print_dialog);
  {
    GtkWidget *spin = fv_test_ui_find_descendant (GTK_WIDGET (print_dialog), GTK_TYPE_SPIN_BUTTON);

    g_assert_nonnull (spin);
    g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (spin)), ==, 50);
  }
  fv_test_ui_save_screenshot (GTK_WIDGET (print_dialog), "exchanges-print-dialog");
  adw_message_dialog_response (print_dialog, "preview");
  fv_test_ui_settle (100);
  preview = FV_PREVIEW_WINDOW (fv_test_ui_find_toplevel (FV_TYPE_PREVIEW_WINDOW));
  g_assert_nonnull (preview);
  FV_TEST_UI_WAIT_FOR_FULL (fv_preview_window_is_ready (preview), PREVIEW_WAIT_SECONDS, NULL);
  g_assert_null (fv_preview_window_get_error (preview));
  g_assert_cmpuint (fv_document_get_n_pages (fv_preview_window_get_document (preview)), ==, 50);
  fv_test_ui_settle (500);
  fv_test_ui_save_screenshot (GTK_WIDGET (preview), "exchanges-forms-preview");
  gtk_window_close (GTK_WINDOW (preview));

  /* Back to the list: one exchange, one row. */
  g_assert_true (gtk_widget_activate_action (page, "exchange.back", NULL));
  fv_test_ui_settle (300);
  g_assert_cmpstr (fv_exchanges_page_get_view (FV_EXCHANGES_PAGE (page)), ==, "list");
  fv_test_ui_save_screenshot (GTK_WIDGET (window), "exchanges-list");

  fv_test_ui_quit_app (app);
  fv_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkCssProvider) provider = NULL;

  if (fv_test_ui_init (&argc, &argv))
    {
      /* What AdwApplication does for the real app: our style sheet on top of Adwaita. */
      (void) fv_gui_get_resource ();
      provider = gtk_css_provider_new ();
      gtk_css_provider_load_from_resource (provider, "/io/github/frivillig/Frivillig/style.css");
      gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    }

  fv_test_ui_add_func ("/exchanges/create-and-print", test_create_and_print);

  return g_test_run ();
}
