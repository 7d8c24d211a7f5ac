/* test-ui-smoke.c — the real application under Xvfb: it opens, shows every area,
 * fills an empty registry with sample data, and refuses a damaged database
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Screenshots of each state go to $FRIVILLIG_SCREENSHOT_DIR for people to look at.
 */

#include <adwaita.h>
#include <glib/gstdio.h>

#include "fv-application.h"
#include "fv-organisations-page.h"
#include "fv-preferences-window.h"
#include "fv-test-util.h"
#include "fv-window.h"

static const char * const areas[] = {
  "organisations", "council", "plans", "wheel", "exchanges", "notater",
};

static gboolean
flag_done (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Lets the window lay out and paint: a few frames' worth of main loop. */
static void
settle (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, flag_done, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
wait_for (gboolean (*condition) (gpointer),
          gpointer  data)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!condition (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  const char *dir = g_getenv ("FRIVILLIG_SCREENSHOT_DIR");
  g_autofree char *file = NULL;
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
  file = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, file, NULL);

  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Screenshot: %s", path);
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

static FvWindow *
main_window (FvApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  g_assert_true (FV_IS_WINDOW (window));
  return FV_WINDOW (window);
}

static gboolean
database_settled (gpointer data)
{
  FvWindow *window = data;

  return fv_window_get_database (window) != NULL || fv_window_get_open_error (window) != NULL;
}

static gboolean
registry_filled (gpointer data)
{
  GListModel *model = fv_organisations_page_get_model (data);

  return model != NULL && g_list_model_get_n_items (model) == 27;
}

static const char *
visible_child_name (GtkWidget *widget)
{
  GtkWidget *stack = gtk_widget_get_ancestor (widget, GTK_TYPE_STACK);

  g_assert_nonnull (stack);
  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

/* The visible toplevel window of @type, or NULL. */
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

static void
quit_app (FvApplication *app)
{
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  settle (100);
}

static void
test_every_area (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "frivillig.db", NULL);
  g_autoptr(FvApplication) app = start_app (path);
  g_autoptr(GSettings) settings = g_settings_new ("io.github.frivillig.Frivillig");
  FvWindow *window = main_window (app);
  GtkWidget *organisations;

  wait_for (database_settled, window);
  g_assert_nonnull (fv_window_get_database (window));
  settle (300);

  /* First run: an empty registry that offers sample data. */
  fv_window_set_area (window, "organisations");
  organisations = fv_window_get_area_page (window, "organisations");
  g_assert_cmpstr (fv_organisations_page_get_view (FV_ORGANISATIONS_PAGE (organisations)), ==, "empty");
  settle (300);
  save_screenshot (GTK_WIDGET (window), "organisations-empty");

  g_assert_true (gtk_widget_activate_action (organisations, "organisations.add-sample-data", NULL));
  wait_for (registry_filled, organisations);
  settle (400);
  g_assert_cmpstr (fv_organisations_page_get_view (FV_ORGANISATIONS_PAGE (organisations)), ==, "list");
  save_screenshot (GTK_WIDGET (window), "organisations");

  /* Every area shows its own page, and the choice is remembered. */
  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      GtkWidget *page = fv_window_get_area_page (window, areas[i]);

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", areas[i]));
      settle (300);
      g_assert_cmpstr (fv_window_get_area (window), ==, areas[i]);
      g_assert_nonnull (page);
      g_assert_true (gtk_widget_get_mapped (page));
      g_assert_cmpstr (visible_child_name (page), ==, areas[i]);
      save_screenshot (GTK_WIDGET (window), areas[i]);

      {
        g_autofree char *remembered = g_settings_get_string (settings, "last-area");
        g_assert_cmpstr (remembered, ==, areas[i]);
      }
    }

  /* The sample data was written to the file, not just shown. */
  g_assert_cmpint (fv_database_query_int (fv_window_get_database (window),
                                          "SELECT count(*) FROM organisation;", NULL), ==, 27);

  quit_app (app);
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

  app = start_app (path);
  window = main_window (app);
  wait_for (database_settled, window);
  g_assert_null (fv_window_get_database (window));
  g_assert_nonnull (fv_window_get_open_error (window));
  settle (400);

  dialog = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Cannot Open the Database");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "is not a Frivillig database"));
  save_screenshot (GTK_WIDGET (window), "refused");
  save_screenshot (GTK_WIDGET (dialog), "refused-dialog");

  adw_message_dialog_response (dialog, "close");
  settle (100);
  fv_test_assert_same_bytes (before, path);

  quit_app (app);
  fv_test_remove_dir (dir);
}

static GtkWidget *
find_entry_row (GtkWidget  *root,
                const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
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

static void
test_menu_windows (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "frivillig.db", NULL);
  g_autoptr(FvApplication) app = start_app (path);
  g_autoptr(GSettings) settings = g_settings_new ("io.github.frivillig.Frivillig");
  FvWindow *window = main_window (app);
  GtkWindow *preferences;
  GtkWindow *about;
  GtkWidget *number_row;
  g_autofree char *stored = NULL;

  wait_for (database_settled, window);
  settle (200);

  /* Keyboard Shortcuts opens, built on demand. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  settle (300);
  g_assert_nonnull (find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW));
  save_screenshot (GTK_WIDGET (find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW)), "shortcuts");
  gtk_window_close (find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW));
  settle (100);

  /* Preferences: a municipality number is stored only when it is four digits. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  settle (300);
  preferences = find_toplevel (FV_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (preferences);
  number_row = find_entry_row (GTK_WIDGET (preferences), "Municipality number (kommunenummer)");
  g_assert_nonnull (number_row);

  gtk_editable_set_text (GTK_EDITABLE (number_row), "32O1");
  settle (200);
  g_assert_true (gtk_widget_has_css_class (number_row, "error"));
  stored = g_settings_get_string (settings, "municipality-number");
  g_assert_cmpstr (stored, ==, "");
  save_screenshot (GTK_WIDGET (preferences), "preferences-invalid");

  gtk_editable_set_text (GTK_EDITABLE (number_row), "3201");
  settle (200);
  g_assert_false (gtk_widget_has_css_class (number_row, "error"));
  g_clear_pointer (&stored, g_free);
  stored = g_settings_get_string (settings, "municipality-number");
  g_assert_cmpstr (stored, ==, "3201");
  save_screenshot (GTK_WIDGET (preferences), "preferences");
  gtk_window_close (preferences);
  settle (200);

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  settle (400);
  about = find_toplevel (ADW_TYPE_ABOUT_WINDOW);
  g_assert_nonnull (about);
  save_screenshot (GTK_WIDGET (about), "about");
  gtk_window_close (about);
  settle (200);

  /* The window size is remembered when the window closes. */
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 640);
  settle (300);
  quit_app (app);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 640);

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
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      /* Every case is reported as skipped, so a run without Xvfb says so plainly. */
      g_test_add_func ("/ui/every-area", skip_without_display);
      g_test_add_func ("/ui/damaged-database-refused", skip_without_display);
      g_test_add_func ("/ui/menu-windows", skip_without_display);
      return g_test_run ();
    }
  adw_init ();
  /* Pages switch at once, so screenshots show the page and not a crossfade. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/ui/every-area", test_every_area);
  g_test_add_func ("/ui/damaged-database-refused", test_damaged_database_refused);
  g_test_add_func ("/ui/menu-windows", test_menu_windows);

  return g_test_run ();
}
