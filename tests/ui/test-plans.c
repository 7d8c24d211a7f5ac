/* test-plans.c — the Action plans area in the real application, under Xvfb
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A coordinator creates an action plan, names it and its period, adds a goal,
 * adds an action through the dialog (a partner the register does not know is
 * marked beside its field), sees the action on its goal, marks it done with
 * the status drop-down and opens the plan's PDF in the preview. Then they
 * order the goals and actions from their menus, rename a goal, delete a goal
 * and the plan and bring both back from the toast's Undo. Screenshots go to
 * $FRIVILLIG_SCREENSHOT_DIR.
 */

#include <adwaita.h>
#include <string.h>

#include "fv-gui-resources.h"
#include "fv-organisation-store.h"
#include "fv-plan-store.h"
#include "fv-plans-page.h"
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

static GtkDropDown *
find_drop_down (GtkWidget *widget)
{
  if (GTK_IS_DROP_DOWN (widget))
    return GTK_DROP_DOWN (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkDropDown *found = find_drop_down (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The titles of the goal groups, in the order the window shows them. */
static void
collect_goal_titles (GtkWidget *widget,
                     GString   *titles)
{
  if (ADW_IS_PREFERENCES_GROUP (widget) &&
      g_str_has_prefix (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)), "Goal "))
    g_string_append_printf (titles, "%s%s", titles->len > 0 ? " | " : "",
                            adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_goal_titles (child, titles);
}

static char *
goal_titles (FvPlansPage *page)
{
  GString *titles = g_string_new (NULL);

  fv_test_ui_settle (100);
  collect_goal_titles (GTK_WIDGET (page), titles);
  return g_string_free (titles, FALSE);
}

/* The texts of a goal's actions in the database, in order. */
static char *
action_texts (FvDatabase *database,
              gint64      goal_id)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) error = NULL;
  GString *texts = g_string_new (NULL);

  stmt = fv_database_prepare (database, "SELECT text || ':' || rank FROM plan_action WHERE goal_id = ?1"
                                        " ORDER BY rank;", &error);
  g_assert_no_error (error);
  sqlite3_bind_int64 (stmt, 1, goal_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (texts, "%s%s", texts->len > 0 ? ", " : "", sqlite3_column_text (stmt, 0));
  return g_string_free (texts, FALSE);
}

/* The labels of the menu of the goal group titled @title, as "a, b, c". */
static char *
goal_menu_labels (GtkWidget  *root,
                  const char *title)
{
  GtkWidget *group = NULL;
  GtkWidget *button;
  GMenuModel *menu;
  GString *labels = g_string_new (NULL);

  /* Find the group, then its menu button. */
  {
    g_autoptr(GPtrArray) stack = g_ptr_array_new ();

    g_ptr_array_add (stack, root);
    while (stack->len > 0 && group == NULL)
      {
        GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);

        if (ADW_IS_PREFERENCES_GROUP (w) &&
            g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (w)), title) == 0)
          group = w;
        for (GtkWidget *child = gtk_widget_get_first_child (w); child != NULL;
             child = gtk_widget_get_next_sibling (child))
          g_ptr_array_add (stack, child);
      }
  }
  g_assert_nonnull (group);
  button = fv_test_ui_find_descendant (group, GTK_TYPE_MENU_BUTTON);
  g_assert_nonnull (button);
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      GMenuModel *items = section != NULL ? section : menu;
      int n = section != NULL ? g_menu_model_get_n_items (section) : 1;

      for (int j = 0; j < n; j++)
        {
          g_autofree char *label = NULL;

          if (g_menu_model_get_item_attribute (items, section != NULL ? j : i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
            g_string_append_printf (labels, "%s%s", labels->len > 0 ? ", " : "", label);
        }
    }
  return g_string_free (labels, FALSE);
}

/* The mapped button labelled @label under @widget (the toast's "_Undo"), or NULL. */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Clicks Undo on the toast the window shows. */
static void
click_undo (FvWindow *window)
{
  GtkWidget *undo = NULL;

  FV_TEST_UI_WAIT_FOR ((undo = find_button (GTK_WIDGET (window), "_Undo")) != NULL);
  g_signal_emit_by_name (undo, "clicked");
  fv_test_ui_settle (300);
}

/* Each compares what goal_titles(), goal_menu_labels() or action_texts()
 * read with what is expected. Macros, so a failure names the line of the
 * test, not of a helper. */
#define ASSERT_GOAL_TITLES(page, expected)                                  \
  G_STMT_START {                                                            \
    g_autofree char *titles_ = goal_titles (page);                          \
    g_assert_cmpstr (titles_, ==, (expected));                              \
  } G_STMT_END

#define ASSERT_GOAL_MENU(root, title, expected)                             \
  G_STMT_START {                                                            \
    g_autofree char *labels_ = goal_menu_labels ((root), (title));          \
    g_assert_cmpstr (labels_, ==, (expected));                              \
  } G_STMT_END

#define ASSERT_ACTION_TEXTS(database, goal_id, expected)                    \
  G_STMT_START {                                                            \
    g_autofree char *actions_ = action_texts ((database), (goal_id));       \
    g_assert_cmpstr (actions_, ==, (expected));                             \
  } G_STMT_END

static void
test_write_plan (void)
{
  g_autofree char *dir = fv_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "frivillig.db", NULL);
  g_autoptr(FvApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FvActionPlan) saved = NULL;
  FvDatabase *database;
  FvWindow *window;
  FvPlansPage *page;
  FvPreviewWindow *preview;
  GtkWindow *dialog;
  GtkWidget *row, *goal_row, *partners;
  GtkDropDown *status;
  AdwMessageDialog *rename;
  GtkWidget *rename_entry;
  gint64 id, goal_id, lokaler, okonomi, second_action;

  /* The register holds the partner. */
  {
    g_autoptr(FvDatabase) setup = fv_database_open (path, FV_DATABASE_OPEN_DEFAULT, &error);
    g_autoptr(FvOrganisationRecord) record = fv_organisation_record_new ();

    g_assert_no_error (error);
    record->name = g_strdup ("Frivillighet Norge");
    g_assert_true (fv_organisation_store_save (setup, record, &error));
  }

  app = fv_test_ui_start_app (path);
  window = fv_test_ui_main_window (app);
  FV_TEST_UI_WAIT_FOR (fv_test_ui_database_settled (window));
  database = fv_window_get_database (window);
  g_assert_nonnull (database);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);

  fv_window_set_area (window, "plans");
  page = FV_PLANS_PAGE (fv_window_get_area_page (window, "plans"));
  g_assert_true (FV_IS_PLANS_PAGE (page));
  fv_test_ui_settle (300);
  g_assert_cmpstr (fv_plans_page_get_view (page), ==, "empty");
  fv_test_ui_save_screenshot (GTK_WIDGET (window), "plans-empty");

  /* Ctrl+N: a new plan; its fields are saved as typed. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  fv_test_ui_settle (200);
  g_assert_cmpstr (fv_plans_page_get_view (page), ==, "plan");
  id = fv_plans_page_get_plan_id (page);
  g_assert_cmpint (id, >, 0);
  set_entry (GTK_WIDGET (page), "Title", "Tiltaksplan for frivillighet i Lier");
  set_entry (GTK_WIDGET (page), "Period (e.g. 2022–2025)", "2015–2016");
  FV_TEST_UI_WAIT_FOR (fv_test_db_count (database, "SELECT count(*) FROM action_plan WHERE period = '2015–2016'"
                                        " AND title = 'Tiltaksplan for frivillighet i Lier';") == 1);

  /* An empty title is marked beside its field; the plan keeps its name. */
  row = entry_row (GTK_WIDGET (page), "Title");
  gtk_editable_set_text (GTK_EDITABLE (row), " ");
  g_assert_false (fv_plans_page_save_now (page));
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  gtk_editable_set_text (GTK_EDITABLE (row), "Tiltaksplan for frivillighet i Lier 2015–2016");
  g_assert_true (fv_plans_page_save_now (page));
  g_assert_false (gtk_widget_has_css_class (row, "error"));

  /* A goal. */
  goal_row = entry_row (GTK_WIDGET (page), "Goal");
  gtk_editable_set_text (GTK_EDITABLE (goal_row), "Rekruttering av frivillige");
  g_signal_emit_by_name (goal_row, "apply");
  goal_id = fv_test_db_count (database, "SELECT id FROM plan_goal WHERE text = 'Rekruttering av frivillige';");
  g_assert_cmpint (goal_id, >, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (goal_row)), ==, "");

  /* An action, through the dialog; an unknown partner is marked first. */
  dialog = fv_plans_page_edit_action (page, goal_id, 0);
  g_assert_nonnull (dialog);
  fv_test_ui_settle (100);
  /* Keyboard: it opens in its first field, and Enter there is Save. */
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (dialog)),
                                         entry_row (GTK_WIDGET (dialog), "Action")));
  g_assert_nonnull (gtk_window_get_default_widget (dialog));
  g_assert_true (adw_entry_row_get_activates_default (ADW_ENTRY_ROW (entry_row (GTK_WIDGET (dialog), "Action"))));
  set_entry (GTK_WIDGET (dialog), "Action", "Kampanje for å rekruttere unge frivillige");
  set_entry (GTK_WIDGET (dialog), "Responsible (e.g. Kulturkontoret)", "Kulturkontoret");
  set_entry (GTK_WIDGET (dialog), "Deadline (day.month.year)", "31.05.2016");
  partners = entry_row (GTK_WIDGET (dialog), "Partners (organisations in the register, separated by commas)");
  gtk_editable_set_text (GTK_EDITABLE (partners), "Frivillighet Norge, Ukjent lag");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL));
  g_assert_true (gtk_widget_has_css_class (partners, "error"));
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM plan_action;"), ==, 0);
  fv_test_ui_settle (200);
  fv_test_ui_save_screenshot (GTK_WIDGET (dialog), "plan-action-dialog");
  gtk_editable_set_text (GTK_EDITABLE (partners), "frivillighet norge");
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL));
  fv_test_ui_settle (100);
  g_assert_null (dialog);
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM plan_action WHERE deadline = '2016-05-31'"
                                    " AND responsible = 'Kulturkontoret' AND status = 'planned';"), ==, 1);
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM plan_action_partner;"), ==, 1);

  /* Escape closes the dialog, and what was typed is not written. */
  dialog = fv_plans_page_edit_action (page, goal_id, 0);
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  set_entry (GTK_WIDGET (dialog), "Action", "Ikke lagret");
  g_assert_true (fv_test_ui_activate_shortcut (GTK_WIDGET (dialog), GDK_KEY_Escape, 0));
  fv_test_ui_settle (100);
  g_assert_null (dialog);
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM plan_action WHERE text = 'Ikke lagret';"), ==, 0);

  /* It is on its goal; mark it done with the drop-down. */
  fv_test_ui_settle (200);
  row = fv_test_ui_find_row (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "Kampanje for å rekruttere unge frivillige");
  g_assert_nonnull (row);
  status = find_drop_down (row);
  g_assert_nonnull (status);
  gtk_drop_down_set_selected (status, FV_PLAN_ACTION_DONE);
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM plan_action WHERE status = 'done';"), ==, 1);
  fv_test_ui_settle (300);
  saved = fv_plan_store_load (database, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (saved->goals->len, ==, 1);
  g_assert_nonnull (fv_test_ui_find_row (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW,
                                         "Kampanje for å rekruttere unge frivillige"));
  fv_test_ui_save_screenshot (GTK_WIDGET (window), "plan-editor");

  /* Ctrl+P: the plan in the preview. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL));
  fv_test_ui_settle (100);
  preview = FV_PREVIEW_WINDOW (fv_test_ui_find_toplevel (FV_TYPE_PREVIEW_WINDOW));
  g_assert_nonnull (preview);
  FV_TEST_UI_WAIT_FOR_FULL (fv_preview_window_is_ready (preview), PREVIEW_WAIT_SECONDS, NULL);
  g_assert_null (fv_preview_window_get_error (preview));
  g_assert_cmpuint (fv_document_get_n_pages (fv_preview_window_get_document (preview)), ==, 1);
  fv_test_ui_settle (500);
  fv_test_ui_save_screenshot (GTK_WIDGET (preview), "plan-preview");
  gtk_window_close (GTK_WINDOW (preview));

  /* Two more goals and a second action under the first. */
  gtk_editable_set_text (GTK_EDITABLE (goal_row), "Bedre tilgang til lokaler");
  g_signal_emit_by_name (goal_row, "apply");
  gtk_editable_set_text (GTK_EDITABLE (goal_row), "Forutsigbar økonomi");
  g_signal_emit_by_name (goal_row, "entry-activated");
  lokaler = fv_test_db_count (database, "SELECT id FROM plan_goal WHERE text = 'Bedre tilgang til lokaler';");
  okonomi = fv_test_db_count (database, "SELECT id FROM plan_goal WHERE text = 'Forutsigbar økonomi';");
  {
    g_autoptr(FvPlanAction) action = fv_plan_action_new ();

    action->goal_id = goal_id;
    action->text = g_strdup ("Frivillighetsbørs på biblioteket");
    g_assert_true (fv_plan_store_save_action (database, action, &error));
    second_action = action->id;
  }
  ASSERT_GOAL_TITLES (page, "Goal 1: Rekruttering av frivillige | Goal 2: Bedre tilgang til lokaler"
                      " | Goal 3: Forutsigbar økonomi");

  /* Each goal's menu offers only the moves there is room for. */
  ASSERT_GOAL_MENU (GTK_WIDGET (page), "Goal 1: Rekruttering av frivillige",
                    "_Rename Goal…, Move Do_wn, _Delete Goal");
  ASSERT_GOAL_MENU (GTK_WIDGET (page), "Goal 2: Bedre tilgang til lokaler",
                    "_Rename Goal…, Move _Up, Move Do_wn, _Delete Goal");

  /* Lokaler first: moved up once, written at once, and the window follows. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "plan.move-goal", "(xi)", lokaler, -1));
  g_assert_cmpint (fv_test_db_count (database, "SELECT rank FROM plan_goal WHERE text = 'Bedre tilgang til lokaler';"), ==, 1);
  g_assert_cmpint (fv_test_db_count (database, "SELECT rank FROM plan_goal WHERE text = 'Rekruttering av frivillige';"), ==, 2);
  ASSERT_GOAL_TITLES (page, "Goal 1: Bedre tilgang til lokaler | Goal 2: Rekruttering av frivillige"
                      " | Goal 3: Forutsigbar økonomi");
  ASSERT_GOAL_MENU (GTK_WIDGET (page), "Goal 3: Forutsigbar økonomi",
                    "_Rename Goal…, Move _Up, _Delete Goal");

  /* The second action moves up above the first. */
  ASSERT_ACTION_TEXTS (database, goal_id,
                       "Kampanje for å rekruttere unge frivillige:1, Frivillighetsbørs på biblioteket:2");
  g_assert_nonnull (fv_test_ui_find_descendant (fv_test_ui_find_row (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW,
                                                                     "Frivillighetsbørs på biblioteket"),
                                                GTK_TYPE_MENU_BUTTON));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "plan.move-action", "(xi)", second_action, -1));
  ASSERT_ACTION_TEXTS (database, goal_id,
                       "Frivillighetsbørs på biblioteket:1, Kampanje for å rekruttere unge frivillige:2");

  /* Rename a goal: a blank name cannot be chosen; the new one is written at once. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "plan.rename-goal", "x", goal_id));
  fv_test_ui_settle (200);
  rename = ADW_MESSAGE_DIALOG (fv_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (rename);
  rename_entry = fv_test_ui_find_descendant (GTK_WIDGET (rename), GTK_TYPE_ENTRY);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (rename_entry)), ==, "Rekruttering av frivillige");
  gtk_editable_set_text (GTK_EDITABLE (rename_entry), "  ");
  g_assert_false (adw_message_dialog_get_response_enabled (rename, "rename"));
  gtk_editable_set_text (GTK_EDITABLE (rename_entry), "Rekruttering og inkludering");
  g_assert_true (adw_message_dialog_get_response_enabled (rename, "rename"));
  fv_test_ui_settle (200);
  fv_test_ui_save_screenshot (GTK_WIDGET (rename), "plan-rename-goal");
  adw_message_dialog_response (rename, "rename");
  g_assert_cmpint (fv_test_db_count (database, "SELECT rank FROM plan_goal WHERE text = 'Rekruttering og inkludering';"), ==, 2);
  ASSERT_GOAL_TITLES (page, "Goal 1: Bedre tilgang til lokaler | Goal 2: Rekruttering og inkludering"
                      " | Goal 3: Forutsigbar økonomi");
  fv_test_ui_save_screenshot (GTK_WIDGET (window), "plan-goals-ordered");

  /* The icon-only buttons made for the rows say what they do. */
  {
    guint n_buttons = fv_test_ui_assert_icon_buttons_named (GTK_WIDGET (page), NULL);

    /* back, menu, three goal menus, two action menus */
    g_assert_cmpuint (n_buttons, >=, 7);
  }

  /* Delete the goal with its actions, and bring it back in its place. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "plan.delete-goal", "x", goal_id));
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM plan_action;"), ==, 0);
  g_assert_cmpint (fv_test_db_count (database, "SELECT rank FROM plan_goal WHERE text = 'Forutsigbar økonomi';"), ==, 2);
  fv_test_ui_settle (300);
  fv_test_ui_save_screenshot (GTK_WIDGET (window), "plan-goal-deleted");
  click_undo (window);
  g_assert_cmpint (fv_test_db_count (database, "SELECT rank FROM plan_goal WHERE text = 'Rekruttering og inkludering';"), ==, 2);
  g_assert_cmpint (fv_test_db_count (database, "SELECT rank FROM plan_goal WHERE text = 'Forutsigbar økonomi';"), ==, 3);
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM plan_action;"), ==, 2);
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM plan_action_partner;"), ==, 1);
  ASSERT_GOAL_TITLES (page, "Goal 1: Bedre tilgang til lokaler | Goal 2: Rekruttering og inkludering"
                      " | Goal 3: Forutsigbar økonomi");
  (void) okonomi;

  /* Back to the list, then delete the plan. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "plan.back", NULL));
  g_assert_cmpstr (fv_plans_page_get_view (page), ==, "list");
  row = fv_test_ui_find_row (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "Tiltaksplan for frivillighet i Lier 2015–2016");
  g_assert_nonnull (row);
  /* The list says how far the plan has come. */
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "2015–2016 · 1 of 2 actions done");
  fv_test_ui_settle (200);
  fv_test_ui_save_screenshot (GTK_WIDGET (window), "plans-list");
  fv_plans_page_open_plan (page, id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "plan.delete", NULL));
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM action_plan;"), ==, 0);
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM plan_action;"), ==, 0);
  g_assert_cmpstr (fv_plans_page_get_view (page), ==, "empty");
  fv_test_ui_settle (300);
  fv_test_ui_save_screenshot (GTK_WIDGET (window), "plan-deleted");

  /* Undo on the toast: the plan is back with its goals, actions and partner. */
  click_undo (window);
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM action_plan WHERE title ="
                                    " 'Tiltaksplan for frivillighet i Lier 2015–2016';"), ==, 1);
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM plan_goal;"), ==, 3);
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM plan_action WHERE status = 'done';"), ==, 1);
  g_assert_cmpint (fv_test_db_count (database, "SELECT count(*) FROM plan_action_partner;"), ==, 1);
  g_assert_cmpstr (fv_plans_page_get_view (page), ==, "list");
  g_assert_false (fv_plans_page_undo_delete (page));
  fv_plans_page_open_plan (page, id);
  ASSERT_GOAL_TITLES (page, "Goal 1: Bedre tilgang til lokaler | Goal 2: Rekruttering og inkludering"
                      " | Goal 3: Forutsigbar økonomi");

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

  fv_test_ui_add_func ("/plans/write-plan", test_write_plan);

  return g_test_run ();
}
