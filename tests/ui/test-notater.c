/* test-notater.c — the Notater area in the real application, under Xvfb
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A coordinator creates a notat (Fra from Preferences), fills its header and
 * recipients, types its text, inserts facts from the register at the cursor,
 * sees a bad J.postID marked beside its field (the notat keeps its last good
 * state), opens the PDF in the preview, marks it sent (its fields lock, the
 * list shows the day) and edits it again, deletes the notat and undoes it,
 * and duplicates it as next year's draft. Screenshots of each step go to
 * $FRIVILLIG_SCREENSHOT_DIR.
 */

#include <adwaita.h>
#include <string.h>

#include "fv-gui-resources.h"
#include "fv-notat-store.h"
#include "fv-notater-page.h"
#include "fv-organisation-store.h"
#include "fv-preview-window.h"
#include "fv-test-db.h"
#include "fv-test-ui.h"
#include "fv-test-util.h"

#define PREVIEW_WAIT_SECONDS 60

static GtkWidget *
entry_row (GtkWidget  *root,
           const char *title)
{
  GtkWidget *row = fv_test_ui_find_entry_row (root, title);

  g_assert_nonnull (row);
  return row;
}

static void
collect_text_views (GtkWidget *widget,
                    GPtrArray *views)
{
  if (GTK_IS_TEXT_VIEW (widget))
    g_ptr_array_add (views, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_text_views (child, views);
}

/* The editor's text views in order: the recipients (0), then the text (1). */
static GtkTextBuffer *
text_buffer (GtkWidget *root,
             guint      index)
{
  g_autoptr(GPtrArray) views = g_ptr_array_new ();

  collect_text_views (root, views);
  g_assert_cmpuint (views->len, ==, 2);
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (views->pdata[index]));
}

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* The label among @row's descendants that reads @text, or NULL. */
static GtkWidget *
find_label (GtkWidget  *row,
            const char *text)
{
  if (GTK_IS_LABEL (row) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (row)), text) == 0)
    return row;
  for (GtkWidget *child = gtk_widget_get_first_child (row); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static const char * const header_rows[] = {
  "Date (Dato, day.month.year)", "Archive code (Arkivkode)", "Journal post (J.postID, e.g. 22/22387)",
  "Case number (Arkivsaksnr, e.g. 22/2665)", "From (Fra)", "Subject (Vedrørende)",
};

/* Whether every field of the editor takes typing. */
static void
assert_editable (GtkWidget *page,
                 gboolean   editable)
{
  for (guint i = 0; i < G_N_ELEMENTS (header_rows); i++)
    g_assert_cmpint (gtk_editable_get_editable (GTK_EDITABLE (entry_row (page, header_rows[i]))), ==, editable);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GPtrArray) views = g_ptr_array_new ();

      collect_text_views (page, views);
      g_assert_cmpint (gtk_text_view_get_editable (views->pdata[i]), ==, editable);
    }
}

static void
test_write_notat (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "frivillig.db", NULL);
  g_autofree char *body = NULL;
  g_autoptr(FvApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = g_settings_new ("io.github.frivillig.Frivillig");
  g_autoptr(FvNotat) saved = NULL;
  FvDatabase *database;
  FvWindow *window;
  FvNotaterPage *page;
  FvPreviewWindow *preview;
  GtkTextBuffer *recipients, *text;
  GtkTextIter end;
  GtkWidget *journalpost, *row;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%d.%m.%Y");
  g_autofree char *sent_title = g_strdup_printf ("Sent to the committees on %s", today);
  g_autofree char *list_status = g_strdup_printf ("Sent %s", today);
  gint64 id;

  g_settings_set_string (settings, "municipality-name", "Bærum kommune");
  g_settings_set_string (settings, "notat-from", "Kommunedirektøren");

  /* The register holds one organisation, for the facts. */
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

  fv_window_set_area (window, "notater");
  page = FV_NOTATER_PAGE (fv_window_get_area_page (window, "notater"));
  g_assert_true (FV_IS_NOTATER_PAGE (page));
  fv_test_ui_settle (300);
  g_assert_cmpstr (fv_notater_page_get_view (page), ==, "empty");
  fv_test_ui_save_screenshot (GTK_WIDGET (window), "notater-empty");

  /* Ctrl+N: a new notat, from the default sender. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  fv_test_ui_settle (200);
  g_assert_cmpstr (fv_notater_page_get_view (page), ==, "notat");
  id = fv_notater_page_get_notat_id (page);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM notat WHERE sender = 'Kommunedirektøren';"), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry_row (GTK_WIDGET (page), "From (Fra)"))), ==,
                   "Kommunedirektøren");

  /* The header and the text, as typed. */
  gtk_editable_set_text (GTK_EDITABLE (entry_row (GTK_WIDGET (page), "Date (Dato, day.month.year)")),
                         "02.02.2022");
  journalpost = entry_row (GTK_WIDGET (page), "Journal post (J.postID, e.g. 22/22387)");
  gtk_editable_set_text (GTK_EDITABLE (journalpost), "22/22387");
  gtk_editable_set_text (GTK_EDITABLE (entry_row (GTK_WIDGET (page), "Case number (Arkivsaksnr, e.g. 22/2665)")),
                         "22/2665");
  gtk_editable_set_text (GTK_EDITABLE (entry_row (GTK_WIDGET (page), "Subject (Vedrørende)")),
                         "Status frivillighet og Frivillighetens år");
  recipients = text_buffer (GTK_WIDGET (page), 0);
  text = text_buffer (GTK_WIDGET (page), 1);
  gtk_text_buffer_set_text (recipients, "Formannskapet\nHovedutvalg for barn og unge\n", -1);
  gtk_text_buffer_set_text (text,
                            "# Innledning\n\nFrivillighet er et av kommunens satsningsområder. "
                            "Nasjonale tall[^Frivillighetsbarometer 2021 (Frivillighet Norge/Kantar)] viser "
                            "at innsatsen er størst innenfor *kultur og fritid*.\n\n", -1);

  /* Saved a moment after the typing stops. */
  FV_TEST_UI_WAIT_FOR (fv_test_db_count (database, "SELECT count(*) FROM notat WHERE journalpost = '22/22387'"
                                        " AND saksnummer = '22/2665' AND date = '2022-02-02'"
                                        " AND body LIKE '# Innledning%';") == 1);
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM notat_recipient WHERE rank = 2"
                                    " AND name = 'Hovedutvalg for barn og unge';"), ==, 1);

  /* Facts from the register, at the cursor (the end). */
  gtk_text_buffer_get_end_iter (text, &end);
  gtk_text_buffer_place_cursor (text, &end);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "notat.insert-facts", NULL));
  body = buffer_text (text);
  g_assert_true (g_str_has_prefix (body, "# Innledning\n"));
  g_assert_nonnull (strstr (body, "Volunteering in Bærum kommune comprises 1 club or association"));
  g_assert_true (fv_notater_page_save_now (page));
  saved = fv_notat_store_load (database, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (saved->body, ==, body);
  g_assert_cmpstr (saved->subject, ==, "Status frivillighet og Frivillighetens år");
  fv_test_ui_settle (300);
  fv_test_ui_save_screenshot (GTK_WIDGET (window), "notat-editor");

  /* A bad J.postID is marked beside its field; the notat keeps the good one. */
  gtk_editable_set_text (GTK_EDITABLE (journalpost), "22-22387");
  g_assert_false (fv_notater_page_save_now (page));
  g_assert_true (gtk_widget_has_css_class (journalpost, "error"));
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM notat WHERE journalpost = '22/22387';"), ==, 1);
  gtk_widget_grab_focus (journalpost);
  fv_test_ui_settle (300);
  fv_test_ui_save_screenshot (GTK_WIDGET (window), "notat-bad-journalpost");
  gtk_editable_set_text (GTK_EDITABLE (journalpost), "22/22388");
  g_assert_true (fv_notater_page_save_now (page));
  g_assert_false (gtk_widget_has_css_class (journalpost, "error"));
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM notat WHERE journalpost = '22/22388';"), ==, 1);

  /* Ctrl+P: the notat in the preview. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL));
  fv_test_ui_settle (100);
  preview = FV_PREVIEW_WINDOW (fv_test_ui_find_toplevel (FV_TYPE_PREVIEW_WINDOW));
  g_assert_nonnull (preview);
  FV_TEST_UI_WAIT_FOR_FULL (fv_preview_window_is_ready (preview), PREVIEW_WAIT_SECONDS, NULL);
  g_assert_null (fv_preview_window_get_error (preview));
  g_assert_cmpuint (fv_document_get_n_pages (fv_preview_window_get_document (preview)), >=, 1);
  g_assert_nonnull (fv_preview_window_get_pdf_path (preview));
  fv_test_ui_settle (500);
  fv_test_ui_save_screenshot (GTK_WIDGET (preview), "notat-preview");
  gtk_window_close (GTK_WINDOW (preview));

  /* Sent to the committees: it says so, with today's date, and locks. */
  g_assert_true (gtk_widget_get_visible (entry_row (GTK_WIDGET (page), "Subject (Vedrørende)")));
  g_assert_null (fv_test_ui_find_row (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, sent_title));
  assert_editable (GTK_WIDGET (page), TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "notat.mark-sent", NULL));
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM notat WHERE status = 'sent'"
                                    " AND sent_at = date ('now', 'localtime');"), ==, 1);
  row = fv_test_ui_find_row (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, sent_title);
  g_assert_nonnull (row);
  fv_test_ui_settle (300);
  g_assert_true (gtk_widget_get_mapped (row));
  assert_editable (GTK_WIDGET (page), FALSE);
  fv_test_ui_save_screenshot (GTK_WIDGET (window), "notat-sent");
  /* Nothing is written while it is locked. */
  g_assert_true (fv_notater_page_save_now (page));
  g_assert_false (fv_notater_page_insert_facts (page));
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM notat WHERE status = 'sent'"
                                    " AND journalpost = '22/22388';"), ==, 1);

  /* The list shows the status: sent, with its day. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "notat.back", NULL));
  g_assert_cmpstr (fv_notater_page_get_view (page), ==, "list");
  row = fv_test_ui_find_row (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "Status frivillighet og Frivillighetens år");
  g_assert_nonnull (row);
  g_assert_nonnull (find_label (row, list_status));
  fv_test_ui_settle (200);
  fv_test_ui_save_screenshot (GTK_WIDGET (window), "notater-list");

  /* Edit Again: a draft, its fields open, and what is typed is saved again. */
  fv_notater_page_open_notat (page, id);
  assert_editable (GTK_WIDGET (page), FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "notat.edit-again", NULL));
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM notat WHERE status = 'draft' AND sent_at IS NULL;"), ==, 1);
  assert_editable (GTK_WIDGET (page), TRUE);
  g_assert_false (gtk_widget_get_mapped (fv_test_ui_find_row (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, sent_title)));
  gtk_editable_set_text (GTK_EDITABLE (entry_row (GTK_WIDGET (page), "Subject (Vedrørende)")),
                         "Status frivillighet og Frivillighetens år 2022");
  g_assert_true (fv_notater_page_save_now (page));
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM notat WHERE subject = 'Status frivillighet og"
                                    " Frivillighetens år 2022';"), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "notat.back", NULL));
  g_assert_nonnull (find_label (fv_test_ui_find_row (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW,
                                                     "Status frivillighet og Frivillighetens år 2022"), "Draft"));
  fv_notater_page_open_notat (page, id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "notat.delete", NULL));
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM notat;"), ==, 0);
  g_assert_cmpstr (fv_notater_page_get_view (page), ==, "empty");
  g_assert_true (fv_notater_page_undo_delete (page));
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM notat WHERE journalpost = '22/22388';"), ==, 1);
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM notat_recipient;"), ==, 2);
  g_assert_cmpstr (fv_notater_page_get_view (page), ==, "list");
  g_assert_false (fv_notater_page_undo_delete (page));

  /* Next year's notat starts as a copy: a draft dated today, without the
   * journal post of the one it came from. */
  fv_notater_page_open_notat (page, id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "notat.duplicate", NULL));
  g_assert_cmpint (fv_notater_page_get_notat_id (page), !=, id);
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM notat WHERE status = 'draft' AND journalpost IS NULL"
                                    " AND date = date ('now', 'localtime') AND saksnummer = '22/2665'"
                                    " AND subject = 'Status frivillighet og Frivillighetens år 2022';"), ==, 1);
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM notat_recipient;"), ==, 4);
  assert_editable (GTK_WIDGET (page), TRUE);

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

  fv_test_ui_add_func ("/notater/write-notat", test_write_notat);

  return g_test_run ();
}
