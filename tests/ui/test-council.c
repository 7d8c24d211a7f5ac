/* test-council.c — the Council & groups area in the real application, under Xvfb
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A coordinator creates a group, names it, adds a member through the dialog
 * (an organisation the register does not know is marked beside its field),
 * sees the member on the group and edits them (a wrong e-mail or a term that
 * ends before it starts is marked and not written), adds a meeting with one
 * input and edits both, opens the member list in the preview, deletes the
 * group and takes it back with Undo, and removes the member, whose personal
 * data goes with them. Screenshots go to $FRIVILLIG_SCREENSHOT_DIR.
 */

#include <adwaita.h>
#include <string.h>

#include "fv-council-page.h"
#include "fv-gui-resources.h"
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
set_entry (GtkWidget  *root,
           const char *title,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry_row (root, title)), text);
}

static GtkButton *
find_button (GtkWidget  *widget,
             const char *icon_name)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), icon_name) == 0)
    return GTK_BUTTON (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkButton *found = find_button (child, icon_name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_council_group (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "frivillig.db", NULL);
  g_autoptr(FvApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  FvDatabase *database;
  FvWindow *window;
  FvCouncilPage *page;
  FvPreviewWindow *preview;
  GtkWindow *dialog;
  GtkWidget *row, *organisation, *date_row, *input_row, *email, *term_end, *kind;
  GtkButton *remove;
  gint64 id, member_id, meeting_id;

  /* The register holds the organisation represented. */
  {
    g_autoptr(FvDatabase) setup = fv_database_open (path, FV_DATABASE_OPEN_DEFAULT, &error);
    g_autoptr(FvOrganisationRecord) record = fv_organisation_record_new ();

    g_assert_no_error (error);
    record->name = g_strdup ("Vinje Idrettslag");
    g_assert_true (fv_organisation_store_save (setup, record, &error));
  }

  app = fv_test_ui_start_app (path);
  window = fv_test_ui_main_window (app);
  FV_TEST_UI_WAIT_FOR (fv_test_ui_database_settled (window));
  database = fv_window_get_database (window);
  g_assert_nonnull (database);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);

  fv_window_set_area (window, "council");
  page = FV_COUNCIL_PAGE (fv_window_get_area_page (window, "council"));
  g_assert_true (FV_IS_COUNCIL_PAGE (page));
  fv_test_ui_settle (300);
  g_assert_cmpstr (fv_council_page_get_view (page), ==, "empty");
  fv_test_ui_save_screenshot (GTK_WIDGET (window), "council-empty");

  /* Ctrl+N: a new group; its fields are saved as typed. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  fv_test_ui_settle (200);
  g_assert_cmpstr (fv_council_page_get_view (page), ==, "group");
  id = fv_council_page_get_group_id (page);
  g_assert_cmpint (id, >, 0);
  set_entry (GTK_WIDGET (page), "Name", "Referansegruppe for frivillighetspolitikken");
  FV_TEST_UI_WAIT_FOR (fv_test_db_count (database, "SELECT count(*) FROM council_group"
                                        " WHERE name = 'Referansegruppe for frivillighetspolitikken'"
                                        " AND kind = 'reference-group';") == 1);

  /* An empty name is marked beside its field. */
  row = entry_row (GTK_WIDGET (page), "Name");
  gtk_editable_set_text (GTK_EDITABLE (row), " ");
  g_assert_false (fv_council_page_save_now (page));
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  gtk_editable_set_text (GTK_EDITABLE (row), "Referansegruppe i Vinje");
  g_assert_true (fv_council_page_save_now (page));
  g_assert_false (gtk_widget_has_css_class (row, "error"));

  /* A member, through the dialog; an unknown organisation is marked as typed. */
  dialog = fv_council_page_add_member (page);
  g_assert_nonnull (dialog);
  fv_test_ui_settle (100);
  /* Keyboard: it opens in its first field, and Enter there is Add. */
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (dialog)),
                                         entry_row (GTK_WIDGET (dialog), "Name")));
  g_assert_nonnull (gtk_window_get_default_widget (dialog));
  g_assert_true (adw_entry_row_get_activates_default (ADW_ENTRY_ROW (entry_row (GTK_WIDGET (dialog), "Name"))));
  set_entry (GTK_WIDGET (dialog), "Name", "Representant for idretten");
  set_entry (GTK_WIDGET (dialog), "Phone", "900 00 000");
  set_entry (GTK_WIDGET (dialog), "E-mail", "idrett@example.org");
  set_entry (GTK_WIDGET (dialog), "Role (e.g. leder, medlem, vara)", "Leder");
  set_entry (GTK_WIDGET (dialog), "Term (day.month.year–day.month.year)", "01.01.2024–31.12.2025");
  organisation = entry_row (GTK_WIDGET (dialog), "Organisation represented (as in the register)");
  gtk_editable_set_text (GTK_EDITABLE (organisation), "Ukjent lag");
  g_assert_true (gtk_widget_has_css_class (organisation, "error"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL));
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM council_member;"), ==, 0);
  fv_test_ui_settle (200);
  fv_test_ui_save_screenshot (GTK_WIDGET (dialog), "council-member-dialog");
  gtk_editable_set_text (GTK_EDITABLE (organisation), "vinje idrettslag");
  g_assert_false (gtk_widget_has_css_class (organisation, "error"));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL));
  fv_test_ui_settle (100);
  g_assert_null (dialog);
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM council_member m JOIN person p ON p.id = m.person_id"
                                    " WHERE p.name = 'Representant for idretten' AND p.phone = '900 00 000'"
                                    " AND m.role = 'Leder' AND m.term_start = '2024-01-01'"
                                    " AND m.term_end = '2025-12-31' AND m.organisation_id IS NOT NULL;"), ==, 1);

  /* It is on the group. */
  fv_test_ui_settle (200);
  row = fv_test_ui_find_row (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "Representant for idretten");
  g_assert_nonnull (row);

  /* Escape closes the new-member dialog, and what was typed is not written. */
  dialog = fv_council_page_add_member (page);
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  set_entry (GTK_WIDGET (dialog), "Name", "Ikke lagret");
  g_assert_true (fv_test_ui_activate_shortcut (GTK_WIDGET (dialog), GDK_KEY_Escape, 0));
  fv_test_ui_settle (100);
  g_assert_null (dialog);
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM person WHERE name = 'Ikke lagret';"), ==, 0);

  /* Edited: a wrong e-mail and a term ending before it starts are marked
   * beside their fields, and nothing is written until they are right. */
  member_id = fv_test_db_count (database, "SELECT id FROM council_member;");
  dialog = fv_council_page_edit_member (page, member_id);
  g_assert_nonnull (dialog);
  fv_test_ui_settle (100);
  /* It opens in its first field, not on Done; Enter in a field is Done. */
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (dialog)),
                                         entry_row (GTK_WIDGET (dialog), "Name")));
  g_assert_nonnull (gtk_window_get_default_widget (dialog));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry_row (GTK_WIDGET (dialog), "Term from (day.month.year)"))),
                   ==, "01.01.2024");
  set_entry (GTK_WIDGET (dialog), "Role (e.g. leder, medlem, vara)", "Nestleder");
  email = entry_row (GTK_WIDGET (dialog), "E-mail");
  gtk_editable_set_text (GTK_EDITABLE (email), "idrett.example.org");
  term_end = entry_row (GTK_WIDGET (dialog), "Term to (day.month.year)");
  gtk_editable_set_text (GTK_EDITABLE (term_end), "31.12.2023");
  FV_TEST_UI_WAIT_FOR (gtk_widget_has_css_class (email, "error"));
  g_assert_true (gtk_widget_has_css_class (term_end, "error"));
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM council_member WHERE role = 'Leder'"
                                    " AND term_end = '2025-12-31';"), ==, 1);
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM person WHERE email = 'idrett@example.org';"), ==, 1);
  fv_test_ui_settle (200);
  fv_test_ui_save_screenshot (GTK_WIDGET (dialog), "council-member-editor");
  gtk_editable_set_text (GTK_EDITABLE (email), "leder@vinje-il.example.org");
  gtk_editable_set_text (GTK_EDITABLE (term_end), "31.12.2026");
  set_entry (GTK_WIDGET (dialog), "Phone", "41 00 00 00");
  FV_TEST_UI_WAIT_FOR (fv_test_db_count (database, "SELECT count(*) FROM council_member m JOIN person p ON p.id = m.person_id"
                                        " WHERE m.role = 'Nestleder' AND m.term_start = '2024-01-01'"
                                        " AND m.term_end = '2026-12-31' AND p.phone = '41 00 00 00'"
                                        " AND p.email = 'leder@vinje-il.example.org';") == 1);
  g_assert_false (gtk_widget_has_css_class (email, "error"));
  g_assert_false (gtk_widget_has_css_class (term_end, "error"));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_close (dialog);
  fv_test_ui_settle (200);
  g_assert_null (dialog);
  row = fv_test_ui_find_row (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "Representant for idretten");
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Nestleder"));

  /* A meeting, and an input under it. */
  set_entry (GTK_WIDGET (page), "Place", "Vinje");
  date_row = entry_row (GTK_WIDGET (page), "Date (day.month.year)");
  gtk_editable_set_text (GTK_EDITABLE (date_row), "4. september");
  g_signal_emit_by_name (date_row, "apply");
  g_assert_true (gtk_widget_has_css_class (date_row, "error"));
  gtk_editable_set_text (GTK_EDITABLE (date_row), "04.09.2019");
  g_signal_emit_by_name (date_row, "apply");
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM meeting WHERE date = '2019-09-04' AND place = 'Vinje';"),
                   ==, 1);
  fv_test_ui_settle (200);
  input_row = entry_row (GTK_WIDGET (page), "New input");
  gtk_editable_set_text (GTK_EDITABLE (input_row), "Bedre tilgang på lokaler.");
  g_signal_emit_by_name (input_row, "apply");
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM innspill;"), ==, 1);
  fv_test_ui_settle (300);
  g_assert_nonnull (fv_test_ui_find_row (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "Bedre tilgang på lokaler."));

  /* The meeting and its input, edited together. */
  meeting_id = fv_test_db_count (database, "SELECT id FROM meeting;");
  dialog = fv_council_page_edit_meeting (page, meeting_id);
  g_assert_nonnull (dialog);
  fv_test_ui_settle (100);
  kind = fv_test_ui_find_row (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "Kind of meeting");
  g_assert_nonnull (kind);
  adw_combo_row_set_selected (ADW_COMBO_ROW (kind), 2);
  date_row = entry_row (GTK_WIDGET (dialog), "Date (day.month.year)");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date_row)), ==, "04.09.2019");
  gtk_editable_set_text (GTK_EDITABLE (date_row), "31.09.2019");
  set_entry (GTK_WIDGET (dialog), "Place", "Rauland");
  set_entry (GTK_WIDGET (dialog), "Text", "Lokaler til lån om kvelden.");
  set_entry (GTK_WIDGET (dialog), "Theme", "Lokaler");
  set_entry (GTK_WIDGET (dialog), "Given by (organisation, as in the register)", "Vinje Idrettslag");
  FV_TEST_UI_WAIT_FOR (gtk_widget_has_css_class (date_row, "error"));
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM meeting WHERE place = 'Vinje';"), ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (date_row), "02.10.2019");
  FV_TEST_UI_WAIT_FOR (fv_test_db_count (database, "SELECT count(*) FROM meeting WHERE date = '2019-10-02'"
                                        " AND place = 'Rauland' AND kind = 'cafe-dialogue';") == 1);
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM innspill WHERE text = 'Lokaler til lån om kvelden.'"
                                    " AND theme = 'Lokaler' AND organisation_id IS NOT NULL;"), ==, 1);
  fv_test_ui_settle (200);
  fv_test_ui_save_screenshot (GTK_WIDGET (dialog), "council-meeting-editor");
  gtk_window_close (dialog);
  fv_test_ui_settle (300);
  g_assert_nonnull (fv_test_ui_find_row (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "Lokaler til lån om kvelden."));
  fv_test_ui_save_screenshot (GTK_WIDGET (window), "council-group");

  /* The icon-only buttons made for the rows say what they do. */
  {
    guint n_buttons = fv_test_ui_assert_icon_buttons_named (GTK_WIDGET (page), NULL);

    /* back, menu, the member’s edit and remove, the meeting’s edit and delete, the input’s delete */
    g_assert_cmpuint (n_buttons, >=, 7);
  }

  /* Ctrl+P: the member list in the preview. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL));
  fv_test_ui_settle (100);
  preview = FV_PREVIEW_WINDOW (fv_test_ui_find_toplevel (FV_TYPE_PREVIEW_WINDOW));
  g_assert_nonnull (preview);
  FV_TEST_UI_WAIT_FOR_FULL (fv_preview_window_is_ready (preview), PREVIEW_WAIT_SECONDS, NULL);
  g_assert_null (fv_preview_window_get_error (preview));
  g_assert_cmpuint (fv_document_get_n_pages (fv_preview_window_get_document (preview)), ==, 1);
  fv_test_ui_settle (500);
  fv_test_ui_save_screenshot (GTK_WIDGET (preview), "council-preview");
  gtk_window_close (GTK_WINDOW (preview));

  /* Deleting the group erases the member's personal data; Undo brings the
   * group back whole, the person too. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "group.delete", NULL));
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM council_group;"), ==, 0);
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM person;"), ==, 0);
  fv_test_ui_settle (300);
  fv_test_ui_save_screenshot (GTK_WIDGET (window), "council-deleted-undo");
  g_assert_true (fv_council_page_undo_delete (page));
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM council_group WHERE name = 'Referansegruppe i Vinje';"),
                   ==, 1);
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM council_member m JOIN person p ON p.id = m.person_id"
                                    " WHERE p.email = 'leder@vinje-il.example.org' AND m.role = 'Nestleder';"), ==, 1);
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM innspill WHERE theme = 'Lokaler';"), ==, 1);
  g_assert_cmpstr (fv_council_page_get_view (page), ==, "group");
  g_assert_cmpint (fv_council_page_get_group_id (page), ==, id);
  g_assert_false (fv_council_page_undo_delete (page));
  fv_test_ui_settle (300);

  /* Removing the member erases the person. */
  row = fv_test_ui_find_row (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "Representant for idretten");
  remove = find_button (row, "user-trash-symbolic");
  g_assert_nonnull (remove);
  g_signal_emit_by_name (remove, "clicked");
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM council_member;"), ==, 0);
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM person;"), ==, 0);

  /* Back to the list, then delete the group. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "group.back", NULL));
  g_assert_cmpstr (fv_council_page_get_view (page), ==, "list");
  g_assert_nonnull (fv_test_ui_find_row (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "Referansegruppe i Vinje"));
  fv_council_page_open_group (page, id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "group.delete", NULL));
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM council_group;"), ==, 0);
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM meeting;"), ==, 0);
  g_assert_cmpstr (fv_council_page_get_view (page), ==, "empty");

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
      (void) fv_gui_get_resource ();
      provider = gtk_css_provider_new ();
      gtk_css_provider_load_from_resource (provider, "/io/github/frivillig/Frivillig/style.css");
      gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    }

  fv_test_ui_add_func ("/council/group", test_council_group);

  return g_test_run ();
}
