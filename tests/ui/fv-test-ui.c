/* fv-test-ui.c — helpers shared by the UI tests, which run the real widgets under Xvfb
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Screenshots go to $FRIVILLIG_SCREENSHOT_DIR for people to look at; without it
 * none are taken.
 */

#include <glib/gstdio.h>

#include "fv-test-ui.h"

static gboolean initialised;
static gboolean have_display;

/* Setting up ---------------------------------------------------------------------- */

/* g_test_init(), then GTK and libadwaita when there is a display. Returns whether
 * there is one; without it every case added with fv_test_ui_add_func() or
 * fv_test_ui_add() is reported as skipped, so a run without Xvfb says so plainly. */
gboolean
fv_test_ui_init (int    *argc,
                 char ***argv)
{
  g_test_init (argc, argv, NULL);

  initialised = TRUE;
  have_display = gtk_init_check ();
  if (!have_display)
    return FALSE;

  adw_init ();
  /* Pages switch at once, so screenshots show the page and not a crossfade. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  return TRUE;
}

static void
skip_without_display (void)
{
  g_test_skip ("No display: run under Xvfb (build-aux/test does)");
}

void
fv_test_ui_add_func (const char *testpath,
                     GTestFunc   test_func)
{
  g_assert_true (initialised);

  g_test_add_func (testpath, have_display ? test_func : skip_without_display);
}

void
fv_test_ui_add_vtable (const char       *testpath,
                       gsize             data_size,
                       gconstpointer     test_data,
                       GTestFixtureFunc  data_setup,
                       GTestFixtureFunc  data_test,
                       GTestFixtureFunc  data_teardown)
{
  g_assert_true (initialised);

  if (have_display)
    g_test_add_vtable (testpath, data_size, test_data, data_setup, data_test, data_teardown);
  else
    g_test_add_func (testpath, skip_without_display);
}

/* The main loop --------------------------------------------------------------------- */

static gboolean
flag_done (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Lets the windows lay out and paint: @ms worth of main loop. */
void
fv_test_ui_settle (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, flag_done, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* Called by FV_TEST_UI_WAIT_FOR_FULL() before the condition is first tested. */
void
fv_test_ui_wait_start (FvTestUiWait *wait,
                       guint         seconds,
                       double       *longest_ms,
                       const char   *what,
                       const char   *file,
                       int           line,
                       const char   *func)
{
  wait->last = g_get_monotonic_time ();
  wait->deadline = wait->last + seconds * G_USEC_PER_SEC;
  wait->seconds = seconds;
  wait->longest_ms = longest_ms;
  wait->what = what;
  wait->file = file;
  wait->line = line;
  wait->func = func;

  if (longest_ms != NULL)
    *longest_ms = 0.0;
}

/* Called by FV_TEST_UI_WAIT_FOR_FULL() each time the condition does not hold yet:
 * one iteration of the main loop. Past the deadline the test fails at the place
 * that waited, and FALSE is returned so that the wait ends even where failed
 * assertions are not fatal. */
gboolean
fv_test_ui_wait_iterate (FvTestUiWait *wait)
{
  gint64 now = g_get_monotonic_time ();

  if (now >= wait->deadline)
    {
      g_autofree char *message = g_strdup_printf ("gave up after %u s waiting for %s",
                                                  wait->seconds, wait->what);

      g_assertion_message (G_LOG_DOMAIN, wait->file, wait->line, wait->func, message);
      return FALSE;
    }

  g_main_context_iteration (NULL, FALSE);
  now = g_get_monotonic_time ();
  if (wait->longest_ms != NULL)
    *wait->longest_ms = MAX (*wait->longest_ms, (now - wait->last) / 1000.0);

  g_usleep (1000);
  wait->last = g_get_monotonic_time ();

  return TRUE;
}

/* Screenshots ------------------------------------------------------------------------ */

gboolean
fv_test_ui_want_screenshots (void)
{
  return g_getenv ("FRIVILLIG_SCREENSHOT_DIR") != NULL;
}

/* Renders @snapshot (consumed) of @width × @height with the renderer of @widget's
 * window, and saves it as @name.png in $FRIVILLIG_SCREENSHOT_DIR. For pictures
 * other than a widget as it stands on screen. */
void
fv_test_ui_save_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot,
                          int          width,
                          int          height,
                          const char  *name)
{
  const char *dir = g_getenv ("FRIVILLIG_SCREENSHOT_DIR");
  g_autoptr(GskRenderNode) node = gtk_snapshot_free_to_node (snapshot);
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;

  g_mkdir_with_parents (dir, 0755);
  file = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, file, NULL);

  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Screenshot: %s", path);
}

/* @widget as it is on screen, saved as @name.png in $FRIVILLIG_SCREENSHOT_DIR. */
void
fv_test_ui_save_screenshot (GtkWidget  *widget,
                            const char *name)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  GtkSnapshot *snapshot;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  if (!fv_test_ui_want_screenshots ())
    return;

  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  fv_test_ui_save_snapshot (widget, snapshot, width, height, name);
}

/* Finding widgets --------------------------------------------------------------------- */

/* The visible toplevel window of @type, or NULL. */
GtkWindow *
fv_test_ui_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels (); /* (transfer none) */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      /* The list keeps its own reference, so the window outlives ours. */
      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return GTK_WINDOW (toplevel);
    }

  return NULL;
}

/* The first widget (depth first) under @root of @type, or NULL. */
GtkWidget *
fv_test_ui_find_descendant (GtkWidget *root,
                            GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = fv_test_ui_find_descendant (child, type)) != NULL)
        return found;
    }

  return NULL;
}

/* The first AdwPreferencesRow (depth first) under @root of @type titled @title, or NULL. */
GtkWidget *
fv_test_ui_find_row (GtkWidget  *root,
                     GType       type,
                     const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) && ADW_IS_PREFERENCES_ROW (child) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return child;
      if ((found = fv_test_ui_find_row (child, type, title)) != NULL)
        return found;
    }

  return NULL;
}

/* The AdwEntryRow under @root titled @title; the test fails when there is none. */
GtkWidget *
fv_test_ui_find_entry_row (GtkWidget  *root,
                           const char *title)
{
  GtkWidget *row = fv_test_ui_find_row (root, ADW_TYPE_ENTRY_ROW, title);

  if (row == NULL)
    {
      g_autofree char *message = g_strdup_printf ("no AdwEntryRow titled “%s” in this %s",
                                                  title, G_OBJECT_TYPE_NAME (root));

      g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC, message);
    }

  return row;
}

/* Accessibility ----------------------------------------------------------------------- */

/* Our page classes: FvCouncilPage, FvOrganisationsPage, … */
static gboolean
is_page (GtkWidget *widget)
{
  const char *name = G_OBJECT_TYPE_NAME (widget);

  return g_str_has_prefix (name, "Fv") && g_str_has_suffix (name, "Page");
}

/* The icon @widget shows when it is a button showing nothing else, or NULL. */
static const char *
icon_only (GtkWidget *widget)
{
  const char *icon_name, *label;
  GtkWidget *child;

  if (GTK_IS_MENU_BUTTON (widget))
    {
      icon_name = gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget));
      label = gtk_menu_button_get_label (GTK_MENU_BUTTON (widget));
      child = gtk_menu_button_get_child (GTK_MENU_BUTTON (widget));
    }
  else if (GTK_IS_BUTTON (widget))
    {
      icon_name = gtk_button_get_icon_name (GTK_BUTTON (widget));
      label = gtk_button_get_label (GTK_BUTTON (widget));
      child = gtk_button_get_child (GTK_BUTTON (widget));
    }
  else
    return NULL;

  if (label != NULL && *label != '\0')
    return NULL;
  if (icon_name != NULL)
    return icon_name;
  if (GTK_IS_IMAGE (child))
    return gtk_image_get_icon_name (GTK_IMAGE (child)) != NULL ? gtk_image_get_icon_name (GTK_IMAGE (child))
                                                                : "(an image)";
  return NULL;
}

/* "GtkButton “user-trash-symbolic” (action wheel.delete) in FvWheelPage, row “Julemarked”":
 * enough to find the button in the source. */
static char *
describe_button (GtkWidget  *button,
                 const char *icon_name)
{
  GString *text = g_string_new (G_OBJECT_TYPE_NAME (button));
  const char *id = gtk_buildable_get_buildable_id (GTK_BUILDABLE (button));
  const char *row = NULL, *group = NULL, *page = NULL;

  /* Builder names the objects without an id "___object_7___": no help. */
  if (id != NULL && !g_str_has_prefix (id, "___"))
    g_string_append_printf (text, " #%s", id);
  g_string_append_printf (text, " “%s”", icon_name);
  if (GTK_IS_ACTIONABLE (button) && gtk_actionable_get_action_name (GTK_ACTIONABLE (button)) != NULL)
    g_string_append_printf (text, " (action %s)", gtk_actionable_get_action_name (GTK_ACTIONABLE (button)));
  for (GtkWidget *up = gtk_widget_get_parent (button); up != NULL && page == NULL; up = gtk_widget_get_parent (up))
    {
      if (row == NULL && ADW_IS_PREFERENCES_ROW (up))
        row = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (up));
      else if (group == NULL && ADW_IS_PREFERENCES_GROUP (up))
        group = adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (up));
      else if (is_page (up))
        page = G_OBJECT_TYPE_NAME (up);
    }
  g_string_append_printf (text, " in %s", page != NULL ? page : "(no page)");
  if (group != NULL && *group != '\0')
    g_string_append_printf (text, ", group “%s”", group);
  if (row != NULL && *row != '\0')
    g_string_append_printf (text, ", row “%s”", row);
  return g_string_free (text, FALSE);
}

static void
check_icon_buttons (GtkWidget *widget,
                    gboolean   in_page,
                    gboolean   check_labels,
                    guint     *n_checked,
                    guint     *n_pages)
{
  const char *icon_name;

  if (!in_page && is_page (widget))
    {
      in_page = TRUE;
      (*n_pages)++;
    }

  icon_name = in_page && gtk_widget_get_visible (widget) ? icon_only (widget) : NULL;
  if (icon_name != NULL)
    {
      g_autofree char *what = describe_button (widget, icon_name);
      const char *tooltip = gtk_widget_get_tooltip_text (widget);

      if (tooltip == NULL || *tooltip == '\0')
        {
          g_autofree char *message = g_strdup_printf ("an icon-only button has no tooltip: %s", what);

          g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC, message);
        }
      /* GTK 4.8 gives the tooltip to screen readers as the description; the name is the label. */
      else if (check_labels &&
               !gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
        {
          g_autofree char *message = g_strdup_printf ("an icon-only button has no accessible label "
                                                      "(its tooltip is “%s”): %s", tooltip, what);

          g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC, message);
        }
      (*n_checked)++;
    }

  /* GTK's own parts are GTK's business: the button inside a menu button (the menu
   * button itself was checked), the arrows of spin buttons and drop-downs, menus. */
  if (GTK_IS_SPIN_BUTTON (widget) || GTK_IS_DROP_DOWN (widget) || GTK_IS_POPOVER_MENU (widget))
    return;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (!GTK_IS_MENU_BUTTON (widget) || GTK_IS_POPOVER (child))
      check_icon_buttons (child, in_page, check_labels, n_checked, n_pages);
}

/**
 * fv_test_ui_assert_icon_buttons_named:
 * @n_pages: (out) (optional): how many of our pages were walked
 *
 * Fails the test, naming the button, when a button inside one of our page
 * classes (Fv…Page) under @root shows only an icon and has no tooltip, or no
 * accessible label. Pages in stacks count whether shown or not; a button hidden
 * itself is skipped. Header bars, window controls and the sidebar are outside
 * the pages and not ours to check here.
 *
 * The labels are checked only where GTK keeps accessible attributes: not with
 * GTK_A11Y=none, which the test environment sets for speed. A test that wants
 * them checked sets GTK_A11Y=test before fv_test_ui_init(), as the smoke test does.
 *
 * Returns: how many icon-only buttons were checked
 */
guint
fv_test_ui_assert_icon_buttons_named (GtkWidget *root,
                                      guint     *n_pages)
{
  gboolean check_labels = g_strcmp0 (g_getenv ("GTK_A11Y"), "none") != 0;
  guint n_checked = 0, pages = 0;

  check_icon_buttons (root, FALSE, check_labels, &n_checked, &pages);
  if (n_pages != NULL)
    *n_pages = pages;
  return n_checked;
}

/* Keyboard ------------------------------------------------------------------------------ */

/**
 * fv_test_ui_activate_shortcut:
 *
 * Does what pressing @keyval with @modifiers on @widget does through a shortcut:
 * finds the shortcut with that key among @widget's shortcut controllers (its
 * class's key bindings are one) and activates its action. GTK 4 has no way to
 * send a key event in a test; this exercises the same wiring short of the event.
 *
 * Returns: %TRUE when there was such a shortcut and its action ran
 */
gboolean
fv_test_ui_activate_shortcut (GtkWidget       *widget,
                              guint            keyval,
                              GdkModifierType  modifiers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == modifiers)
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }

  return FALSE;
}

/* The application ------------------------------------------------------------------- */

/* The real application on @database_path, registered on the session bus beside any
 * other instance and activated: its main window opens. */
FvApplication *
fv_test_ui_start_app (const char *database_path)
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

FvWindow *
fv_test_ui_main_window (FvApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  g_assert_true (FV_IS_WINDOW (window));
  return FV_WINDOW (window);
}

/* The window opened its database, or refused it: either way the test can go on. */
gboolean
fv_test_ui_database_settled (FvWindow *window)
{
  return fv_window_get_database (window) != NULL || fv_window_get_open_error (window) != NULL;
}

void
fv_test_ui_quit_app (FvApplication *app)
{
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  fv_test_ui_settle (100);
}
