/* test-exchanges.c — the Exchanges area in the real application, under Xvfb
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A coordinator creates an exchange, names it, adds two participants from the
 * register (one through the search popover), records an agreement, marks it
 * fulfilled and opens 50 numbered agreement forms in the preview. A year
 * later the coordinator follows up: the overdue agreements wait on the list
 * page, one is recorded as not fulfilled with a note, the follow-up report
 * opens in the preview, and a deleted exchange comes back from Undo.
 * Screenshots of each step go to $FRIVILLIG_SCREENSHOT_DIR for people to look at.
 */

#include <adwaita.h>
#include <string.h>

#include "fv-agreement-dialog.h"
#include "fv-exchange-store.h"
#include "fv-exchanges-page.h"
#include "fv-follow-up-dialog.h"
#include "fv-gui-resources.h"
#include "fv-organisation-store.h"
#include "fv-preview-window.h"
#include "fv-test-db.h"
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

/* The application's window once its database is open, at the size of the
 * screenshots. */
static FvWindow *
open_window (FvApplication  *app,
             FvDatabase    **database)
{
  FvWindow *window = fv_test_ui_main_window (app);

  FV_TEST_UI_WAIT_FOR (fv_test_ui_database_settled (window));
  *database = fv_window_get_database (window);
  g_assert_nonnull (*database);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 780);
  return window;
}

/* Waits for the preview that has just been asked for, checks it shows
 * @n_pages pages, takes its screenshot and closes it. */
static void
check_preview (guint       n_pages,
               const char *screenshot)
{
  FvPreviewWindow *preview = FV_PREVIEW_WINDOW (fv_test_ui_find_toplevel (FV_TYPE_PREVIEW_WINDOW));

  g_assert_nonnull (preview);
  FV_TEST_UI_WAIT_FOR_FULL (fv_preview_window_is_ready (preview), PREVIEW_WAIT_SECONDS, NULL);
  g_assert_null (fv_preview_window_get_error (preview));
  g_assert_cmpuint (fv_document_get_n_pages (fv_preview_window_get_document (preview)), ==, n_pages);
  fv_test_ui_settle (500);
  fv_test_ui_save_screenshot (GTK_WIDGET (preview), screenshot);
  gtk_window_close (GTK_WINDOW (preview));
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
  window = open_window (app, &database);

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
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM exchange;"), ==, 1);

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
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM exchange WHERE name = 'Frivillighetsbørs på Åsen'"
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
  FV_TEST_UI_WAIT_FOR (fv_test_db_count (database, "SELECT count(*) FROM exchange_participant;") == 1);
  gtk_popover_popdown (GTK_POPOVER (popover));

  g_assert_true (gtk_widget_activate_action (page, "exchange.add-participant", "x", kindergartens));
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM exchange_participant;"), ==, 2);
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
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM agreement;"), ==, 0);
  set_text (GTK_WIDGET (dialog), "Party 1 gives", "Plass til oppbevaring av kano");
  set_text (GTK_WIDGET (dialog), "Party 2 gives in return (empty when one-way)", "Bidrag til aktivitet");
  fv_test_ui_settle (200);
  fv_test_ui_save_screenshot (GTK_WIDGET (dialog), "exchanges-agreement-dialog");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "agreement.save", NULL));
  FV_TEST_UI_WAIT_FOR (fv_test_db_count (database, "SELECT count(*) FROM agreement;") == 1);
  g_assert_cmpint (fv_agreement_dialog_get_saved_id (dialog), >, 0);
  g_object_unref (dialog);
  agreement = fv_test_db_count (database, "SELECT id FROM agreement;");
  /* Number 1, a year to fulfil it, between the two participants. */
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM agreement WHERE form_number = 1"
                                    " AND deadline = '2026-03-12' AND status = 'agreed'"
                                    " AND in_return = 'Bidrag til aktivitet';"), ==, 1);
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM agreement WHERE giver_id IN (SELECT id FROM organisation"
                                    " WHERE name = 'Barnehagene i Åsen');"), ==, 1);
  (void) scouts;
  fv_test_ui_settle (300);

  /* The follow-up: fulfilled. */
  g_assert_true (gtk_widget_activate_action (page, "exchange.mark-fulfilled", "x", agreement));
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM agreement WHERE status = 'fulfilled';"), ==, 1);
  fv_test_ui_settle (400);
  fv_test_ui_save_screenshot (GTK_WIDGET (window), "exchanges-exchange");

  /* The icon-only buttons made for the rows say what they do. */
  {
    guint n_buttons = fv_test_ui_assert_icon_buttons_named (GTK_WIDGET (page), NULL);

    /* back, menu, two participants’ remove, the agreement’s follow-up */
    g_assert_cmpuint (n_buttons, >=, 5);
  }

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
  check_preview (50, "exchanges-forms-preview");

  /* Back to the list: one exchange, one row. */
  g_assert_true (gtk_widget_activate_action (page, "exchange.back", NULL));
  fv_test_ui_settle (300);
  g_assert_cmpstr (fv_exchanges_page_get_view (FV_EXCHANGES_PAGE (page)), ==, "list");
  fv_test_ui_save_screenshot (GTK_WIDGET (window), "exchanges-list");

  fv_test_ui_quit_app (app);
  fv_test_remove_dir (dir);
}

/* @days from today, as an ISO date. */
static char *
iso_from_today (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}

static gint64
add_agreement (FvDatabase        *database,
               gint64             exchange,
               gint64             giver,
               gint64             receiver,
               const char        *description,
               int                deadline_days,
               FvAgreementStatus  status)
{
  g_autoptr(FvAgreementRecord) agreement = fv_agreement_record_new ();
  g_autoptr(GError) error = NULL;

  agreement->exchange_id = exchange;
  agreement->giver_id = giver;
  agreement->receiver_id = receiver;
  agreement->description = g_strdup (description);
  agreement->deadline = iso_from_today (deadline_days);
  agreement->status = status;
  g_assert_true (fv_exchange_store_save_agreement (database, agreement, &error));
  g_assert_no_error (error);
  return agreement->id;
}

static void
follow_up_and_undo (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "frivillig.db", NULL);
  g_autoptr(FvApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  FvDatabase *database;
  FvWindow *window;
  GtkWidget *page, *row;
  FvFollowUpDialog *dialog;
  gint64 exchange, overdue, soon;

  /* An exchange a year and a half ago: one agreement overdue, one due in ten
   * days, one far off, one already fulfilled. */
  {
    g_autoptr(FvDatabase) setup = fv_database_open (path, FV_DATABASE_OPEN_DEFAULT, &error);
    g_autoptr(FvExchangeRecord) record = fv_exchange_record_new ();
    gint64 lions, library, scouts;

    g_assert_no_error (error);
    lions = add_organisation (setup, "Lions Club Elverum", "voluntary");
    library = add_organisation (setup, "Elverum bibliotek", "public");
    scouts = add_organisation (setup, "Mjølner speidergruppe", "voluntary");
    record->name = g_strdup ("Frivillighetsbørs i Elverum");
    record->date = iso_from_today (-540);
    record->place = g_strdup ("Festsalen, Rådhuset");
    g_assert_true (fv_exchange_store_save (setup, record, &error));
    exchange = record->id;
    g_assert_true (fv_exchange_store_add_participant (setup, exchange, lions, &error));
    g_assert_true (fv_exchange_store_add_participant (setup, exchange, library, &error));
    g_assert_true (fv_exchange_store_add_participant (setup, exchange, scouts, &error));
    g_assert_no_error (error);
    overdue = add_agreement (setup, exchange, lions, library, "Leksehjelp to kvelder i uka", -40,
                             FV_AGREEMENT_AGREED);
    soon = add_agreement (setup, exchange, scouts, library, "Dugnad i bibliotekhagen", 10, FV_AGREEMENT_AGREED);
    add_agreement (setup, exchange, library, scouts, "Lokaler til speidermøter", 200, FV_AGREEMENT_AGREED);
    add_agreement (setup, exchange, scouts, lions, "Transport til loppemarkedet", -100, FV_AGREEMENT_FULFILLED);
  }

  app = fv_test_ui_start_app (path);
  window = open_window (app, &database);

  /* The list page starts with what needs following up: overdue and due soon. */
  fv_window_set_area (window, "exchanges");
  page = fv_window_get_area_page (window, "exchanges");
  fv_test_ui_settle (300);
  g_assert_cmpstr (fv_exchanges_page_get_view (FV_EXCHANGES_PAGE (page)), ==, "list");
  g_assert_cmpuint (fv_exchanges_page_get_n_due (FV_EXCHANGES_PAGE (page)), ==, 2);
  row = fv_test_ui_find_row (page, ADW_TYPE_ACTION_ROW, "Lions Club Elverum → Elverum bibliotek");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_is_visible (row));
  fv_test_ui_save_screenshot (GTK_WIDGET (window), "exchanges-needs-follow-up");

  /* Following up the overdue one: not fulfilled, with the reason. */
  adw_action_row_activate (ADW_ACTION_ROW (row));
  fv_test_ui_settle (300);
  dialog = FV_FOLLOW_UP_DIALOG (fv_test_ui_find_toplevel (FV_TYPE_FOLLOW_UP_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpint (fv_follow_up_dialog_get_agreement_id (dialog), ==, overdue);
  g_assert_cmpint (fv_follow_up_dialog_get_status (dialog), ==, FV_AGREEMENT_AGREED);
  adw_action_row_activate (ADW_ACTION_ROW (fv_test_ui_find_row (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW,
                                                                "Not fulfilled")));
  g_assert_cmpint (fv_follow_up_dialog_get_status (dialog), ==, FV_AGREEMENT_NOT_FULFILLED);
  set_text (GTK_WIDGET (dialog), "Follow-up note", "Fant ingen frivillige til kveldene.");
  /* Nothing is written before Save. */
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM agreement WHERE status = 'not-fulfilled';"), ==, 0);
  fv_test_ui_settle (200);
  fv_test_ui_save_screenshot (GTK_WIDGET (dialog), "exchanges-follow-up-dialog");
  /* Enter in the note saves, as the Save button would. */
  g_object_ref (dialog); /* closing destroys it */
  g_signal_emit_by_name (fv_test_ui_find_entry_row (GTK_WIDGET (dialog), "Follow-up note"), "entry-activated");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_object_unref (dialog);
  FV_TEST_UI_WAIT_FOR (fv_test_db_count (database, "SELECT count(*) FROM agreement WHERE status = 'not-fulfilled'"
                                        " AND follow_up = 'Fant ingen frivillige til kveldene.';") == 1);
  FV_TEST_UI_WAIT_FOR (fv_exchanges_page_get_n_due (FV_EXCHANGES_PAGE (page)) == 1);

  /* Cancelled, from the button of the row still waiting. */
  g_assert_true (gtk_widget_activate_action (page, "exchange.follow-up", "x", soon));
  fv_test_ui_settle (200);
  dialog = FV_FOLLOW_UP_DIALOG (fv_test_ui_find_toplevel (FV_TYPE_FOLLOW_UP_DIALOG));
  g_assert_nonnull (dialog);
  adw_action_row_activate (ADW_ACTION_ROW (fv_test_ui_find_row (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW,
                                                                "Cancelled")));
  g_assert_cmpint (fv_follow_up_dialog_get_agreement_id (dialog), ==, soon);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  gtk_window_close (GTK_WINDOW (dialog));
  FV_TEST_UI_WAIT_FOR (fv_exchanges_page_get_n_due (FV_EXCHANGES_PAGE (page)) == 0);
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM agreement WHERE status = 'cancelled';"), ==, 1);
  fv_test_ui_settle (200);
  g_assert_null (fv_test_ui_find_row (page, ADW_TYPE_ACTION_ROW, "Lions Club Elverum → Elverum bibliotek"));

  /* The exchange shows each agreement's standing and the note. */
  fv_exchanges_page_open_exchange (FV_EXCHANGES_PAGE (page), exchange);
  fv_test_ui_settle (400);
  row = fv_test_ui_find_row (page, ADW_TYPE_ACTION_ROW, "No. 1 · Lions Club Elverum → Elverum bibliotek");
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Fant ingen frivillige"));
  {
    GtkWidget *scrolled = gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  }
  fv_test_ui_settle (400);
  fv_test_ui_save_screenshot (GTK_WIDGET (window), "exchanges-follow-up-exchange");

  /* The follow-up report, made off the main thread and shown in the preview. */
  g_assert_true (gtk_widget_activate_action (page, "exchange.report", NULL));
  fv_test_ui_settle (100);
  check_preview (1, "exchanges-followup-preview");

  /* Delete asks nothing; the toast offers Undo, which brings it all back. */
  g_assert_true (gtk_widget_activate_action (page, "exchange.delete", NULL));
  fv_test_ui_settle (300);
  g_assert_null (fv_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM exchange;"), ==, 0);
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM agreement;"), ==, 0);
  g_assert_cmpstr (fv_exchanges_page_get_view (FV_EXCHANGES_PAGE (page)), ==, "empty");
  fv_test_ui_save_screenshot (GTK_WIDGET (window), "exchanges-deleted-undo-toast");

  g_assert_true (fv_exchanges_page_undo_delete (FV_EXCHANGES_PAGE (page)));
  fv_test_ui_settle (300);
  g_assert_cmpstr (fv_exchanges_page_get_view (FV_EXCHANGES_PAGE (page)), ==, "exchange");
  g_assert_cmpint (fv_exchanges_page_get_exchange_id (FV_EXCHANGES_PAGE (page)), ==, exchange);
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM exchange_participant;"), ==, 3);
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM agreement;"), ==, 4);
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM agreement WHERE status = 'not-fulfilled'"
                                    " AND follow_up = 'Fant ingen frivillige til kveldene.';"), ==, 1);
  /* Undo is once. */
  g_assert_false (fv_exchanges_page_undo_delete (FV_EXCHANGES_PAGE (page)));

  fv_test_ui_quit_app (app);
  fv_test_remove_dir (dir);
}

/* An application registers on the session bus once per process, and the
 * scenario above already did: this one runs in a process of its own. */
static void
test_follow_up_and_undo (void)
{
  if (g_test_subprocess ())
    {
      follow_up_and_undo ();
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
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

  fv_test_ui_add_func ("/exchanges/create-and-print", test_create_and_print);
  fv_test_ui_add_func ("/exchanges/follow-up-and-undo", test_follow_up_and_undo);

  return g_test_run ();
}
