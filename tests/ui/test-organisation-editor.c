/* test-organisation-editor.c — the organisation editor under Xvfb: what is typed
 * is stored when valid and never when not, duplicates are pointed out, and a
 * deletion elsewhere stops all writing; what an organisation takes part in is
 * listed, and a row of it opens that record in its area of the main window
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Screenshots of each state go to $FRIVILLIG_SCREENSHOT_DIR for people to look at.
 */

#include <adwaita.h>
#include <string.h>

#include "fv-database.h"
#include "fv-demo.h"
#include "fv-exchange-store.h"
#include "fv-exchanges-page.h"
#include "fv-plans-page.h"
#include "fv-gui-resources.h"
#include "fv-organisation-editor.h"
#include "fv-organisation-store.h"
#include "fv-test-ui.h"
#include "fv-test-util.h"

typedef struct
{
  char       *dir;
  FvDatabase *database;
} Fixture;

/* The whole scrolled form of @window, not only what fits on the screen. */
static void
save_form_screenshot (GtkWidget  *window,
                      const char *name)
{
  GtkWidget *viewport = window;
  GtkWidget *form;
  g_autoptr(GdkPaintable) paintable = NULL;
  GtkSnapshot *snapshot;
  int width, height;

  if (!fv_test_ui_want_screenshots ())
    return;

  /* Depth first to the viewport of the form. */
  while (viewport != NULL && !GTK_IS_VIEWPORT (viewport))
    {
      GtkWidget *next = gtk_widget_get_first_child (viewport);

      while (next == NULL && viewport != window)
        {
          next = gtk_widget_get_next_sibling (viewport);
          if (next == NULL)
            viewport = gtk_widget_get_parent (viewport);
        }
      viewport = next;
    }
  g_assert_nonnull (viewport);
  form = gtk_viewport_get_child (GTK_VIEWPORT (viewport));
  width = gtk_widget_get_width (form);
  height = gtk_widget_get_height (form);

  paintable = gtk_widget_paintable_new (form);
  snapshot = gtk_snapshot_new ();
  gtk_snapshot_append_color (snapshot, &(GdkRGBA) { 0.98f, 0.98f, 0.98f, 1.0f },
                             &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  fv_test_ui_save_snapshot (window, snapshot, width, height, name);
}

/* Widgets ------------------------------------------------------------------------ */

static GtkWidget *
find_by_tooltip (GtkWidget  *root,
                 const char *tooltip)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_strcmp0 (gtk_widget_get_tooltip_text (child), tooltip) == 0)
        return child;
      if ((found = find_by_tooltip (child, tooltip)) != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_group (GtkWidget  *root,
            const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (ADW_IS_PREFERENCES_GROUP (child) &&
          g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (child)), title) == 0)
        return child;
      if ((found = find_group (child, title)) != NULL)
        return found;
    }

  return NULL;
}

/* The problem shown under @row: the row after it in its list, when it says something. */
static const char *
row_message (GtkWidget *row)
{
  GtkWidget *next = gtk_widget_get_next_sibling (row);

  if (next == NULL || !gtk_widget_has_css_class (next, "fv-field-message") || !gtk_widget_get_visible (next))
    return NULL;
  return gtk_label_get_label (GTK_LABEL (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (next))));
}

/* Types like a person: one character at a time, with pauses shorter than the save delay. */
static void
type_text (GtkWidget  *row,
           const char *text)
{
  g_autoptr(GString) typed = g_string_new (NULL);

  gtk_editable_set_text (GTK_EDITABLE (row), "");
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      g_string_append_unichar (typed, g_utf8_get_char (p));
      gtk_editable_set_text (GTK_EDITABLE (row), typed->str);
      fv_test_ui_settle (20);
    }
}

static gboolean
is_marked (GtkWidget *row)
{
  return gtk_widget_has_css_class (row, "error");
}

static gboolean
is_clear (GtkWidget *row)
{
  return !gtk_widget_has_css_class (row, "error");
}

static gboolean
has_id (FvOrganisationEditor *editor)
{
  return fv_organisation_editor_get_id (editor) != 0;
}

static gboolean
is_visible (GtkWidget *widget)
{
  return gtk_widget_get_mapped (widget);
}

/* The database -------------------------------------------------------------------- */

/* Runs the main loop until @sql gives @expected; a failure shows the query. */
#define wait_for_query(database, expected, sql) \
  FV_TEST_UI_WAIT_FOR (fv_database_query_int ((database), (sql), NULL) == (expected))

static gint64
query (FvDatabase *database,
       const char *sql)
{
  g_autoptr(GError) error = NULL;
  gint64 value = fv_database_query_int (database, sql, &error);

  g_assert_no_error (error);
  return value;
}

static gint64
add_organisation (FvDatabase *database,
                  const char *name,
                  const char *orgnr)
{
  g_autoptr(FvOrganisationRecord) record = fv_organisation_record_new ();
  g_autoptr(GError) error = NULL;

  record->name = g_strdup (name);
  record->orgnr = g_strdup (orgnr);
  g_ptr_array_add (record->tags, g_strdup ("idrett"));
  g_ptr_array_add (record->tags, g_strdup ("barn og unge"));
  g_assert_true (fv_organisation_store_save (database, record, &error));
  g_assert_no_error (error);
  return record->id;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = fv_test_make_dir ();
  path = g_build_filename (fixture->dir, "frivillig.db", NULL);
  fixture->database = fv_database_open (path, FV_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->database);
  fv_test_ui_settle (50);
  fv_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

static FvOrganisationEditor *
open_editor (FvDatabase *database,
             gint64      id)
{
  FvOrganisationEditor *editor = fv_organisation_editor_new (NULL, database, id);
  GtkWidget *name_row;

  gtk_window_present (GTK_WINDOW (editor));
  name_row = fv_test_ui_find_entry_row (GTK_WIDGET (editor), "_Name");
  FV_TEST_UI_WAIT_FOR (is_visible (name_row));
  fv_test_ui_settle (200);
  return editor;
}

/* Closes @editor and waits until it is gone. */
static void
close_editor (FvOrganisationEditor *editor)
{
  GtkWidget *weak = GTK_WIDGET (editor);

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &weak);
  gtk_window_close (GTK_WINDOW (editor));
  fv_test_ui_settle (100);
  if (weak != NULL)
    gtk_window_destroy (GTK_WINDOW (weak));
  fv_test_ui_settle (100);
}

static void
saved_cb (FvOrganisationEditor *editor,
          gint64                id,
          gint64               *last_id)
{
  *last_id = id;
}

/* Cases ---------------------------------------------------------------------------- */

static void
test_new_organisation (Fixture       *fixture,
                       gconstpointer  data)
{
  FvDatabase *database = fixture->database;
  FvOrganisationEditor *editor;
  GtkWidget *window;
  GtkWidget *row;
  GtkWidget *weak;
  GtkWidget *focus_widget;
  GtkWindow *dialog;
  gint64 saved_id = 0;
  gint64 id;

  add_organisation (database, "Leiret Fotball", "123456785");

  editor = open_editor (database, 0);
  window = GTK_WIDGET (editor);
  g_signal_connect (editor, "saved", G_CALLBACK (saved_cb), &saved_id);
  g_assert_cmpint (fv_organisation_editor_get_id (editor), ==, 0);
  g_assert_false (fv_organisation_editor_has_problems (editor));
  /* A new organisation without a name is not an error until someone types. */
  g_assert_false (gtk_widget_has_css_class (fv_test_ui_find_entry_row (window, "_Name"), "error"));
  fv_test_ui_save_screenshot (window, "editor-new");
  save_form_screenshot (window, "editor-new-form");

  /* The categories, labelled with their main group. */
  {
    GtkWidget *category = fv_test_ui_find_row (window, ADW_TYPE_COMBO_ROW, "Main _category");
    GtkWidget *popover;

    g_assert_nonnull (category);
    gtk_widget_activate (category);
    fv_test_ui_settle (300);
    popover = fv_test_ui_find_descendant (category, GTK_TYPE_POPOVER);
    g_assert_nonnull (popover);
    g_assert_true (gtk_widget_get_mapped (popover));
    fv_test_ui_save_screenshot (popover, "editor-categories");
    gtk_popover_popdown (GTK_POPOVER (popover));
    fv_test_ui_settle (100);
  }

  /* A name: the organisation is added. */
  type_text (fv_test_ui_find_entry_row (window, "_Name"), "Frivilligsentralen i Lier");
  wait_for_query (database, 1, "SELECT count(*) FROM organisation WHERE name = 'Frivilligsentralen i Lier';");
  FV_TEST_UI_WAIT_FOR (has_id (editor));
  id = fv_organisation_editor_get_id (editor);
  g_assert_cmpint (id, ==, query (database, "SELECT id FROM organisation WHERE name = 'Frivilligsentralen i Lier';"));
  g_assert_cmpint (saved_id, ==, id);

  /* A wrong check digit: marked under the field, nothing stored. */
  row = fv_test_ui_find_entry_row (window, "_Organisation number (organisasjonsnummer)");
  type_text (row, "923 609 017");
  FV_TEST_UI_WAIT_FOR (is_marked (row));
  g_assert_nonnull (row_message (row));
  g_assert_nonnull (strstr (row_message (row), "check digit"));
  g_assert_true (fv_organisation_editor_has_problems (editor));
  fv_test_ui_settle (800);
  g_assert_cmpint (query (database, "SELECT count(*) FROM organisation WHERE orgnr IS NOT NULL AND name LIKE 'Frivillig%';"), ==, 0);
  fv_test_ui_save_screenshot (window, "editor-error");

  /* The note in the header leads to the marked field. */
  focus_widget = find_by_tooltip (window, "Go to the first marked field");
  g_assert_true (gtk_widget_get_visible (focus_widget));
  g_signal_emit_by_name (focus_widget, "clicked");
  focus_widget = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus_widget != NULL && gtk_widget_is_ancestor (focus_widget, row));

  /* Other valid fields are stored meanwhile; the marked one is not. */
  type_text (fv_test_ui_find_entry_row (window, "P_hone"), "32 22 00 00");
  wait_for_query (database, 1, "SELECT count(*) FROM organisation WHERE phone = '32 22 00 00' AND orgnr IS NULL;");

  /* With spaces, as people write it: stored as nine digits. */
  type_text (row, "923 609 016");
  FV_TEST_UI_WAIT_FOR (is_clear (row));
  g_assert_null (row_message (row));
  wait_for_query (database, 1, "SELECT count(*) FROM organisation WHERE orgnr = '923609016';");
  g_assert_false (fv_organisation_editor_has_problems (editor));

  /* An offer: stored at once. */
  row = fv_test_ui_find_row (find_group (window, "Offers (what they can give)"), ADW_TYPE_ACTION_ROW, "Equipment");
  g_assert_nonnull (row);
  adw_action_row_activate (ADW_ACTION_ROW (row));
  wait_for_query (database, 1, "SELECT count(*) FROM organisation_offer WHERE kind = 'equipment';");
  g_assert_cmpint (query (database, "SELECT count(*) FROM organisation_need;"), ==, 0);

  /* More members under 20 than in all: marked, and the counts are not stored. */
  type_text (fv_test_ui_find_entry_row (window, "Mem_bers in all"), "120");
  wait_for_query (database, 1, "SELECT count(*) FROM organisation WHERE members_total = 120;");
  row = fv_test_ui_find_entry_row (window, "Members under _20");
  type_text (row, "200");
  FV_TEST_UI_WAIT_FOR (is_marked (row));
  fv_test_ui_settle (600);
  g_assert_cmpint (query (database, "SELECT count(*) FROM organisation WHERE members_under_20 IS NOT NULL;"), ==, 0);
  type_text (row, "35");
  wait_for_query (database, 1, "SELECT count(*) FROM organisation WHERE members_under_20 = 35;");
  g_assert_true (is_clear (row));

  /* Local tags, and a tag in use is offered. */
  row = fv_test_ui_find_entry_row (window, "Local ta_gs, separated by commas");
  type_text (row, "kultur, idr");
  fv_test_ui_settle (100);
  {
    GtkWidget *suggestion = find_by_tooltip (window, "Add this tag");

    g_assert_nonnull (suggestion);
    g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (suggestion)), ==, "idrett");
    g_signal_emit_by_name (suggestion, "clicked");
  }
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "kultur, idrett, ");
  wait_for_query (database, 2,
                  "SELECT count(*) FROM organisation_tag ot JOIN tag t ON t.id = ot.tag_id "
                  "JOIN organisation o ON o.id = ot.organisation_id WHERE o.orgnr = '923609016';");

  /* A contact person: in the person table, linked with a role. */
  g_signal_emit_by_name (find_by_tooltip (window, "Add a contact person"), "clicked");
  fv_test_ui_settle (100);
  row = fv_test_ui_find_entry_row (window, "Name");
  g_assert_true (gtk_widget_has_focus (row) || gtk_widget_get_focus_child (row) != NULL);
  type_text (row, "Kari Nordmann");
  type_text (fv_test_ui_find_entry_row (window, "Role, for example leader or secretary"), "Daglig leder");
  row = fv_test_ui_find_entry_row (window, "E-mail");
  type_text (row, "kari@");
  FV_TEST_UI_WAIT_FOR (is_marked (row));
  wait_for_query (database, 1,
                  "SELECT count(*) FROM organisation_contact c JOIN person p ON p.id = c.person_id "
                  "WHERE p.name = 'Kari Nordmann' AND c.role = 'Daglig leder' AND p.email IS NULL;");
  type_text (row, "kari@frivilligsentralen.no");
  FV_TEST_UI_WAIT_FOR (is_clear (row));
  wait_for_query (database, 1,
                  "SELECT count(*) FROM organisation_contact c JOIN person p ON p.id = c.person_id "
                  "WHERE p.email = 'kari@frivilligsentralen.no';");
  g_assert_cmpint (query (database, "SELECT count(*) FROM person;"), ==, 1);

  /* Removing a contact person erases them (personal data); Undo brings them back. */
  g_signal_emit_by_name (find_by_tooltip (window, "Remove contact person"), "clicked");
  wait_for_query (database, 0, "SELECT count(*) FROM person;");
  g_assert_null (fv_test_ui_find_row (window, ADW_TYPE_ENTRY_ROW, "Role, for example leader or secretary"));
  g_assert_true (gtk_widget_activate_action (window, "editor.undo-remove-contact", NULL));
  wait_for_query (database, 1,
                  "SELECT count(*) FROM organisation_contact c JOIN person p ON p.id = c.person_id "
                  "WHERE p.name = 'Kari Nordmann' AND c.role = 'Daglig leder' "
                  "AND p.email = 'kari@frivilligsentralen.no';");
  gtk_widget_activate (fv_test_ui_find_row (window, ADW_TYPE_EXPANDER_ROW, "Kari Nordmann"));
  fv_test_ui_settle (100);

  /* Several lines of description. */
  {
    GtkWidget *view = gtk_widget_get_first_child (find_group (window, "Description"));

    while (view != NULL && !GTK_IS_TEXT_VIEW (view))
      view = gtk_widget_get_next_sibling (view) != NULL ? gtk_widget_get_next_sibling (view)
                                                          : gtk_widget_get_first_child (view);
    g_assert_nonnull (view);
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)),
                              "Møteplass og formidling av frivillig innsats i Lier.\n"
                              "Åpent kafé hver onsdag.", -1);
    wait_for_query (database, 1, "SELECT count(*) FROM organisation WHERE description LIKE '%onsdag.';");
  }

  /* The whole form, filled in, and narrow as on a phone: nothing clipped. */
  fv_test_ui_settle (200);
  fv_test_ui_save_screenshot (window, "editor-filled");
  save_form_screenshot (window, "editor-filled-form");
  gtk_window_set_default_size (GTK_WINDOW (editor), 360, 700);
  fv_test_ui_settle (400);
  fv_test_ui_save_screenshot (window, "editor-narrow");
  save_form_screenshot (window, "editor-narrow-form");
  gtk_window_set_default_size (GTK_WINDOW (editor), 680, 760);
  fv_test_ui_settle (200);

  /* Closing with a marked field asks first; discarding stores nothing of it. */
  row = fv_test_ui_find_entry_row (window, "_E-mail");
  type_text (row, "post@");
  FV_TEST_UI_WAIT_FOR (is_marked (row));
  weak = window;
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &weak);
  g_assert_true (gtk_widget_activate_action (window, "window.close", NULL));
  fv_test_ui_settle (300);
  g_assert_nonnull (weak);
  dialog = fv_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  fv_test_ui_save_screenshot (GTK_WIDGET (dialog), "editor-close-dialog");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "discard");
  fv_test_ui_settle (300);
  g_assert_null (weak);
  g_assert_cmpint (query (database, "SELECT count(*) FROM organisation WHERE email IS NOT NULL;"), ==, 0);
  g_assert_cmpint (query (database, "SELECT count(*) FROM organisation;"), ==, 2);
}

static gboolean
open_organisation_cb (FvOrganisationEditor *editor,
                      gint64                id,
                      gint64               *opened)
{
  *opened = id;
  return TRUE;
}

static void
test_duplicate (Fixture       *fixture,
                gconstpointer  data)
{
  FvDatabase *database = fixture->database;
  gint64 existing = add_organisation (database, "Leiret Fotball", "123456785");
  FvOrganisationEditor *editor = open_editor (database, 0);
  GtkWidget *window = GTK_WIDGET (editor);
  GtkWidget *group = find_group (window, "Already Registered?");
  GtkWidget *row;
  GtkWidget *open;
  gint64 opened = 0;

  g_assert_nonnull (group);
  g_assert_false (gtk_widget_get_visible (group));
  g_signal_connect (editor, "open-organisation", G_CALLBACK (open_organisation_cb), &opened);

  /* A slip of the keyboard away from an organisation already there. */
  type_text (fv_test_ui_find_entry_row (window, "_Name"), "Leiret fotbal");
  FV_TEST_UI_WAIT_FOR (is_visible (group));
  row = fv_test_ui_find_row (group, ADW_TYPE_ACTION_ROW, "Leiret Fotball");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "A very similar name · 123 456 785");
  fv_test_ui_settle (200);
  fv_test_ui_save_screenshot (window, "editor-duplicate");

  /* The warning opens the other one. */
  open = find_by_tooltip (row, "Open “Leiret Fotball” in a window of its own");
  g_assert_nonnull (open);
  g_signal_emit_by_name (open, "clicked");
  g_assert_cmpint (opened, ==, existing);

  /* Its number is taken: shown as a problem with the other's name, not stored. */
  row = fv_test_ui_find_entry_row (window, "_Organisation number (organisasjonsnummer)");
  type_text (row, "123456785");
  FV_TEST_UI_WAIT_FOR (is_marked (row));
  g_assert_nonnull (strstr (row_message (row), "Leiret Fotball"));
  g_assert_cmpint (query (database, "SELECT count(*) FROM organisation WHERE orgnr = '123456785';"), ==, 1);
  g_assert_cmpint (query (database, "SELECT count(*) FROM organisation WHERE name = 'Leiret fotbal' AND orgnr IS NULL;"), ==, 1);
  fv_test_ui_settle (200);
  fv_test_ui_save_screenshot (window, "editor-orgnr-taken");

  /* Added twice: the new one can be removed from the warning, and the window closes. */
  {
    GtkWidget *weak = window;
    GtkWidget *remove = find_by_tooltip (group, "Remove the organisation added here and close this window");

    g_assert_nonnull (remove);
    g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &weak);
    g_signal_emit_by_name (remove, "clicked");
    wait_for_query (database, 0, "SELECT count(*) FROM organisation WHERE name = 'Leiret fotbal';");
    fv_test_ui_settle (200);
    g_assert_null (weak);
    g_assert_cmpint (query (database, "SELECT count(*) FROM organisation WHERE id = 1;"), ==, 1);
  }
}

static void
test_deleted_elsewhere (Fixture       *fixture,
                        gconstpointer  data)
{
  FvDatabase *database = fixture->database;
  gint64 id = add_organisation (database, "Lier Røde Kors", NULL);
  g_autoptr(FvOrganisationRecord) snapshot = NULL;
  g_autoptr(FvOrganisationRecord) changed = NULL;
  g_autoptr(GError) error = NULL;
  FvOrganisationEditor *editor = open_editor (database, id);
  GtkWidget *window = GTK_WIDGET (editor);
  GtkWidget *phone = fv_test_ui_find_entry_row (window, "P_hone");
  GtkWidget *deleted;

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fv_test_ui_find_entry_row (window, "_Name"))), ==, "Lier Røde Kors");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fv_test_ui_find_entry_row (window, "Local ta_gs, separated by commas"))),
                   ==, "barn og unge, idrett");
  fv_test_ui_save_screenshot (window, "editor-existing");

  /* Another window changes the phone number: the form follows. */
  changed = fv_organisation_store_load (database, id, &error);
  g_assert_no_error (error);
  changed->phone = g_strdup ("32 84 00 00");
  g_assert_true (fv_organisation_store_save (database, changed, &error));
  g_assert_no_error (error);
  fv_test_ui_settle (300);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (phone)), ==, "32 84 00 00");

  /* Another window deletes it: shown as deleted, and never written again. */
  g_assert_true (fv_organisation_store_delete (database, id, &snapshot, &error));
  g_assert_no_error (error);
  deleted = fv_test_ui_find_row (window, ADW_TYPE_ACTION_ROW, "Deleted in another window");
  g_assert_nonnull (deleted);
  FV_TEST_UI_WAIT_FOR (is_visible (deleted));
  g_assert_false (gtk_widget_is_sensitive (phone));
  gtk_editable_set_text (GTK_EDITABLE (fv_test_ui_find_entry_row (window, "_Name")), "Lier Røde Kors hjelpekorps");
  fv_test_ui_settle (800);
  g_assert_cmpint (query (database, "SELECT count(*) FROM organisation;"), ==, 0);
  fv_test_ui_save_screenshot (window, "editor-deleted");

  /* Undo elsewhere brings it back with its id: editing goes on. */
  g_assert_true (fv_organisation_store_restore (database, snapshot, &error));
  g_assert_no_error (error);
  FV_TEST_UI_WAIT_FOR (is_visible (phone));
  fv_test_ui_settle (300);
  g_assert_false (gtk_widget_get_mapped (deleted));
  g_assert_true (gtk_widget_is_sensitive (phone));
  type_text (phone, "32 84 11 11");
  wait_for_query (database, 1, "SELECT count(*) FROM organisation WHERE phone = '32 84 11 11';");

  close_editor (editor);
}

/* The involvement ------------------------------------------------------------------ */

/* The editor the main window opened for organisation @id. */
static FvOrganisationEditor *
find_editor (gint64 id)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (FV_IS_ORGANISATION_EDITOR (toplevel) &&
          fv_organisation_editor_get_id (FV_ORGANISATION_EDITOR (toplevel)) == id)
        return FV_ORGANISATION_EDITOR (toplevel);
    }

  return NULL;
}

/* Asks the main window for the editor of @id, as a double-click in the list does. */
static FvOrganisationEditor *
open_from_window (FvWindow *window,
                  gint64    id)
{
  GtkWidget *page = fv_window_get_area_page (window, "organisations");
  FvOrganisationEditor *editor;

  g_signal_emit_by_name (page, "open-organisation", id);
  FV_TEST_UI_WAIT_FOR (find_editor (id) != NULL);
  editor = find_editor (id);
  FV_TEST_UI_WAIT_FOR (is_visible (fv_test_ui_find_entry_row (GTK_WIDGET (editor), "_Name")));
  return editor;
}

static const char *
subtitle_of (GtkWidget *row)
{
  if (ADW_IS_EXPANDER_ROW (row))
    return adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row));
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
}

/* Whether @row has a label beside it saying @text. */
static gboolean
row_says (GtkWidget  *row,
          const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (row);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_widget_get_visible (child) &&
          g_strcmp0 (gtk_label_get_label (GTK_LABEL (child)), text) == 0)
        return TRUE;
      if (row_says (child, text))
        return TRUE;
    }

  return FALSE;
}

static gboolean
expander_says (GtkWidget  *group,
               const char *title,
               const char *subtitle)
{
  GtkWidget *expander = fv_test_ui_find_row (group, ADW_TYPE_EXPANDER_ROW, title);

  return expander != NULL && g_strcmp0 (subtitle_of (expander), subtitle) == 0;
}

/* Scrolled to the end of the form, where the involvement is. */
static void
scroll_to_end (GtkWidget *window)
{
  GtkWidget *scroller = fv_test_ui_find_descendant (window, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment));
  fv_test_ui_settle (200);
}

static void
test_involvement (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "frivillig.db", NULL);
  g_autofree char *today = fv_exchange_today ();
  g_autoptr(FvApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  gboolean late = strcmp (today, "2025-10-16") > 0;
  FvDatabase *database;
  FvWindow *window;
  FvOrganisationEditor *editor;
  GtkWidget *group, *row, *expander, *page;
  gint64 scouts, exchange, canoe;

  /* The sample data: Elverum's exchange, where the scouts signed two agreements. */
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
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 780);
  scouts = query (database, "SELECT id FROM organisation WHERE name = 'Mjølner speidergruppe';");
  exchange = query (database, "SELECT id FROM exchange WHERE name = 'Frivillighetsbørs i Elverum';");
  canoe = query (database, "SELECT id FROM agreement WHERE form_number = 21;");

  /* The section comes after the form, read in the background. */
  editor = open_from_window (window, scouts);
  group = find_group (GTK_WIDGET (editor), "Involvement");
  g_assert_nonnull (group);
  FV_TEST_UI_WAIT_FOR (gtk_widget_get_visible (group) &&
                       fv_test_ui_find_row (group, ADW_TYPE_EXPANDER_ROW, "Exchanges") != NULL);
  g_assert_null (fv_test_ui_find_row (group, ADW_TYPE_EXPANDER_ROW, "Council & Groups"));
  g_assert_null (fv_test_ui_find_row (group, ADW_TYPE_EXPANDER_ROW, "Action Plans"));
  g_assert_false (gtk_widget_get_visible (fv_test_ui_find_row (group, ADW_TYPE_ACTION_ROW,
                                                                "Takes part in no exchange, council, action plan or meeting yet")));
  expander = fv_test_ui_find_row (group, ADW_TYPE_EXPANDER_ROW, "Exchanges");
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (expander)));
  g_assert_cmpstr (subtitle_of (expander), ==,
                   late ? "1 exchange · 2 agreements · 1 overdue" : "1 exchange · 2 agreements");

  /* The exchange, then each agreement: what, with whom, by when, how it stands. */
  row = fv_test_ui_find_row (group, ADW_TYPE_ACTION_ROW, "Frivillighetsbørs i Elverum");
  g_assert_nonnull (row);
  g_assert_cmpstr (subtitle_of (row), ==, "16.10.2024");
  row = fv_test_ui_find_row (group, ADW_TYPE_ACTION_ROW, "Dugnad for å etablere en utelekeplass");
  g_assert_nonnull (row);
  g_assert_cmpstr (subtitle_of (row), ==, "Agreement no. 8 · gives to Barnehagene i Elverum · deadline 16.10.2025");
  g_assert_true (row_says (row, "Fulfilled"));
  row = fv_test_ui_find_row (group, ADW_TYPE_ACTION_ROW,
                             "Plass til oppbevaring av kano, in return for Bidrag til aktivitet");
  g_assert_nonnull (row);
  g_assert_cmpstr (subtitle_of (row), ==, "Agreement no. 21 · gives to Ungdommens Hus Elverum · deadline 16.10.2025");
  g_assert_true (row_says (row, late ? "Overdue" : "Agreed"));
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));

  fv_test_ui_settle (200);
  scroll_to_end (GTK_WIDGET (editor));
  fv_test_ui_save_screenshot (GTK_WIDGET (editor), "editor-involvement");
  save_form_screenshot (GTK_WIDGET (editor), "editor-involvement-form");

  /* Followed up in the Exchanges area: the row follows at once. */
  g_assert_true (fv_exchange_store_set_agreement_status (database, canoe, FV_AGREEMENT_FULFILLED, &error));
  g_assert_no_error (error);
  FV_TEST_UI_WAIT_FOR (expander_says (group, "Exchanges", "1 exchange · 2 agreements"));
  row = fv_test_ui_find_row (group, ADW_TYPE_ACTION_ROW,
                             "Plass til oppbevaring av kano, in return for Bidrag til aktivitet");
  g_assert_true (row_says (row, "Fulfilled"));
  g_assert_false (row_says (row, "Overdue"));

  /* Choosing the agreement opens its exchange in the Exchanges area. */
  adw_action_row_activate (ADW_ACTION_ROW (row));
  fv_test_ui_settle (300);
  g_assert_cmpstr (fv_window_get_area (window), ==, "exchanges");
  page = fv_window_get_area_page (window, "exchanges");
  g_assert_true (FV_IS_EXCHANGES_PAGE (page));
  g_assert_cmpint (fv_exchanges_page_get_exchange_id (FV_EXCHANGES_PAGE (page)), ==, exchange);
  g_assert_cmpstr (fv_exchanges_page_get_view (FV_EXCHANGES_PAGE (page)), ==, "exchange");
  fv_test_ui_settle (300);
  fv_test_ui_save_screenshot (GTK_WIDGET (window), "editor-involvement-opened");
  close_editor (editor);

  /* A council seat opens the group in Council & Groups. */
  editor = open_from_window (window, query (database, "SELECT id FROM organisation WHERE name = 'Bærum Idrettsråd';"));
  group = find_group (GTK_WIDGET (editor), "Involvement");
  FV_TEST_UI_WAIT_FOR (fv_test_ui_find_row (group, ADW_TYPE_ACTION_ROW, "Frivillighetsrådet i Bærum") != NULL);
  g_assert_true (expander_says (group, "Council & Groups", "1 representative"));
  row = fv_test_ui_find_row (group, ADW_TYPE_ACTION_ROW, "Frivillighetsrådet i Bærum");
  g_assert_cmpstr (subtitle_of (row), ==, "Representant for Bærum Idrettsråd · Medlem · 01.09.2021–");
  adw_action_row_activate (ADW_ACTION_ROW (row));
  fv_test_ui_settle (300);
  g_assert_cmpstr (fv_window_get_area (window), ==, "council");
  close_editor (editor);

  /* Lier's cultural office is a partner of two actions of Lier's plan; one
   * of them opens the plan in Action Plans. */
  editor = open_from_window (window, query (database, "SELECT id FROM organisation WHERE name = 'Lier kommune, kulturkontoret';"));
  group = find_group (GTK_WIDGET (editor), "Involvement");
  FV_TEST_UI_WAIT_FOR (fv_test_ui_find_row (group, ADW_TYPE_EXPANDER_ROW, "Action Plans") != NULL);
  g_assert_true (expander_says (group, "Action Plans", late ? "2 actions · 2 overdue" : "2 actions"));
  row = fv_test_ui_find_row (group, ADW_TYPE_ACTION_ROW, "Årlig kafédialog med lag og foreninger");
  g_assert_nonnull (row);
  g_assert_cmpstr (subtitle_of (row), ==,
                   "Tiltaksplan for frivillighet i Lier 2015–2016 › Møteplasser mellom kommunen og frivilligheten"
                   " · partner · deadline 30.11.2016");
  fv_test_ui_settle (300);
  scroll_to_end (GTK_WIDGET (editor));
  fv_test_ui_save_screenshot (GTK_WIDGET (editor), "editor-involvement-plans");
  adw_action_row_activate (ADW_ACTION_ROW (row));
  fv_test_ui_settle (300);
  g_assert_cmpstr (fv_window_get_area (window), ==, "plans");
  g_assert_cmpint (fv_plans_page_get_plan_id (FV_PLANS_PAGE (fv_window_get_area_page (window, "plans"))), ==, 1);
  close_editor (editor);

  /* Taking part in nothing: one quiet line. */
  editor = open_from_window (window, query (database, "SELECT id FROM organisation WHERE name = 'Civitan Bærum';"));
  group = find_group (GTK_WIDGET (editor), "Involvement");
  row = fv_test_ui_find_row (group, ADW_TYPE_ACTION_ROW, "Takes part in no exchange, council, action plan or meeting yet");
  FV_TEST_UI_WAIT_FOR (gtk_widget_get_visible (group) && gtk_widget_get_visible (row));
  g_assert_null (fv_test_ui_find_descendant (group, ADW_TYPE_EXPANDER_ROW));
  fv_test_ui_settle (300);
  scroll_to_end (GTK_WIDGET (editor));
  fv_test_ui_save_screenshot (GTK_WIDGET (editor), "editor-involvement-none");
  close_editor (editor);

  /* A new organisation shows nothing. */
  editor = open_from_window (window, 0);
  fv_test_ui_settle (500);
  g_assert_false (gtk_widget_get_visible (find_group (GTK_WIDGET (editor), "Involvement")));
  close_editor (editor);

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
      /* Naming the resource keeps it in the static link; it registers itself. */
      (void) fv_gui_get_resource ();
      provider = gtk_css_provider_new ();
      gtk_css_provider_load_from_resource (provider, "/io/github/frivillig/Frivillig/style.css");
      gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    }

  fv_test_ui_add ("/editor/new-organisation", Fixture, NULL, fixture_set_up, test_new_organisation, fixture_tear_down);
  fv_test_ui_add ("/editor/duplicate", Fixture, NULL, fixture_set_up, test_duplicate, fixture_tear_down);
  fv_test_ui_add ("/editor/deleted-elsewhere", Fixture, NULL, fixture_set_up, test_deleted_elsewhere, fixture_tear_down);
  fv_test_ui_add_func ("/editor/involvement", test_involvement);

  return g_test_run ();
}
