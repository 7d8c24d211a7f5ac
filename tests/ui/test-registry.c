/* test-registry.c — the registry as a coordinator uses it, in the real window under Xvfb:
 * add an organisation, find it by typing, delete it; import a spreadsheet
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>
#include <glib/gstdio.h>

#include "fv-application.h"
#include "fv-demo.h"
#include "fv-import-dialog.h"
#include "fv-organisation-editor.h"
#include "fv-organisation-import.h"
#include "fv-organisation.h"
#include "fv-organisations-page.h"
#include "fv-test-util.h"
#include "fv-window.h"

static gboolean
flag_done (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
settle (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, flag_done, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* Runs the main loop until @condition holds, for at most 20 seconds. */
#define WAIT_FOR(condition)                                                   \
  G_STMT_START {                                                              \
    gint64 deadline_ = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;        \
    while (!(condition))                                                      \
      {                                                                       \
        g_assert_cmpint (g_get_monotonic_time (), <, deadline_);             \
        g_main_context_iteration (NULL, FALSE);                               \
        g_usleep (1000);                                                      \
      }                                                                       \
  } G_STMT_END

static void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  const char *dir = g_getenv ("FRIVILLIG_SCREENSHOT_DIR");
  g_autofree char *file = g_strconcat (name, ".png", NULL);
  g_autofree char *path = NULL;
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  if (dir == NULL)
    return;
  g_mkdir_with_parents (dir, 0755);
  path = g_build_filename (dir, file, NULL);

  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Screenshot: %s", path);
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels (); /* (transfer none) */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return GTK_WINDOW (toplevel);
    }

  return NULL;
}

static GtkWidget *
find_descendant (GtkWidget *root,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_descendant (child, type)) != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_entry_row (GtkWidget  *root,
                const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (ADW_IS_ENTRY_ROW (child) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return child;
      if ((found = find_entry_row (child, title)) != NULL)
        return found;
    }
  return NULL;
}

static FvApplication *
start_app (const char *database_path)
{
  g_autoptr(GError) error = NULL;
  FvApplication *app;

  g_setenv ("FRIVILLIG_DATABASE", database_path, TRUE);
  app = fv_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));
  return app;
}

static gint64
count (FvWindow   *window,
       const char *sql)
{
  return fv_database_query_int (fv_window_get_database (window), sql, NULL);
}

static void
test_add_find_delete (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "frivillig.db", NULL);
  g_autoptr(FvApplication) app = start_app (path);
  FvWindow *window = FV_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  FvOrganisationsPage *page;
  GtkWindow *editor;
  GtkWidget *name_row;
  GtkWidget *search;
  GListModel *model;
  GtkWidget *column_view;

  WAIT_FOR (fv_window_get_database (window) != NULL);
  page = FV_ORGANISATIONS_PAGE (fv_window_get_area_page (window, "organisations"));
  g_assert_true (gtk_widget_activate_action (fv_window_get_area_page (window, "organisations"),
                                             "organisations.add-sample-data", NULL));
  WAIT_FOR (count (window, "SELECT count(*) FROM organisation;") == 27);
  model = fv_organisations_page_get_model (page);
  WAIT_FOR (g_list_model_get_n_items (model) == 27);

  /* Ctrl+N: a new organisation in the editor, stored as soon as it has a name. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  WAIT_FOR ((editor = find_toplevel (FV_TYPE_ORGANISATION_EDITOR)) != NULL);
  name_row = find_entry_row (GTK_WIDGET (editor), "_Name");
  g_assert_nonnull (name_row);
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Vinje husflidslag");
  WAIT_FOR (count (window, "SELECT count(*) FROM organisation WHERE name = 'Vinje husflidslag';") == 1);
  settle (300);
  gtk_window_close (editor);
  settle (200);

  /* Found by typing a word from inside the name. */
  WAIT_FOR (g_list_model_get_n_items (model) == 28);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  search = find_descendant (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY);
  g_assert_true (gtk_widget_has_focus (search) || gtk_widget_is_focus (gtk_root_get_focus (GTK_ROOT (window))));
  gtk_editable_set_text (GTK_EDITABLE (search), "flidsl");
  WAIT_FOR (g_list_model_get_n_items (model) == 1);
  {
    g_autoptr(FvOrganisation) found = g_list_model_get_item (model, 0);
    g_assert_cmpstr (fv_organisation_get_name (found), ==, "Vinje husflidslag");
  }
  settle (300);
  save_screenshot (GTK_WIDGET (window), "registry-search");

  /* Delete it from the list; the count shows it is gone. */
  column_view = find_descendant (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW);
  gtk_selection_model_select_item (gtk_column_view_get_model (GTK_COLUMN_VIEW (column_view)), 0, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "area.delete", NULL));
  WAIT_FOR (count (window, "SELECT count(*) FROM organisation;") == 27);
  WAIT_FOR (g_list_model_get_n_items (model) == 0);
  settle (300);
  g_assert_cmpstr (fv_organisations_page_get_view (page), ==, "no-results");
  save_screenshot (GTK_WIDGET (window), "registry-deleted");

  /* Clearing the search shows all again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "area.clear-filters", NULL));
  WAIT_FOR (g_list_model_get_n_items (model) == 27);

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  settle (100);
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

  app = start_app (path);
  window = FV_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  WAIT_FOR (fv_window_get_database (window) != NULL);

  dialog = fv_import_dialog_new (GTK_WINDOW (window), fv_window_get_database (window),
                                 FV_IMPORT_FILE_SPREADSHEET, csv);
  gtk_window_present (GTK_WINDOW (dialog));
  WAIT_FOR (g_strcmp0 (fv_import_dialog_get_state (dialog), "preview") == 0);
  settle (300);
  save_screenshot (GTK_WIDGET (dialog), "import-preview");
  /* Looking changes nothing. */
  g_assert_cmpint (count (window, "SELECT count(*) FROM organisation;"), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.next", NULL));
  WAIT_FOR (count (window, "SELECT count(*) FROM organisation;") == 27);
  g_assert_cmpint (count (window, "SELECT count(*) FROM person;"), ==, 2);
  g_assert_cmpint (count (window, "SELECT count(*) FROM organisation_tag;"), ==, 14);
  settle (200);

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  settle (100);
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
  app = start_app (path);
  window = FV_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  WAIT_FOR (fv_window_get_database (window) != NULL);

  dialog = fv_import_dialog_new (GTK_WINDOW (window), fv_window_get_database (window),
                                 FV_IMPORT_FILE_SPREADSHEET, csv);
  gtk_window_present (GTK_WINDOW (dialog));
  WAIT_FOR (g_strcmp0 (fv_import_dialog_get_state (dialog), "problems") == 0);
  settle (300);
  save_screenshot (GTK_WIDGET (dialog), "import-problems");
  g_assert_cmpint (count (window, "SELECT count(*) FROM organisation;"), ==, 0);

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  settle (100);
  fv_test_remove_dir (dir);
}

static void
skip_without_display (void)
{
  g_test_skip ("No display: run under Xvfb (build-aux/test does)");
}

int
main (int   argc,
      char *argv[])
{
  const char *paths[] = { "/registry/add-find-delete", "/registry/import-spreadsheet",
                          "/registry/bad-spreadsheet-changes-nothing" };
  GTestFunc funcs[] = { test_add_find_delete, test_import_spreadsheet, test_bad_spreadsheet_changes_nothing };
  gboolean display;

  g_test_init (&argc, &argv, NULL);
  display = gtk_init_check ();
  if (display)
    {
      adw_init ();
      g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
    }

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    g_test_add_func (paths[i], display ? funcs[i] : skip_without_display);

  return g_test_run ();
}
