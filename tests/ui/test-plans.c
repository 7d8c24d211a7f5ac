/* test-plans.c — the Action plans area in the real application, under Xvfb
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A coordinator creates an action plan, names it and its period, adds a goal,
 * adds an action through the dialog (a partner the register does not know is
 * marked beside its field), sees the action on its goal, marks it done with
 * the status drop-down and opens the plan's PDF in the preview. Screenshots
 * go to $FRIVILLIG_SCREENSHOT_DIR.
 */

#include <adwaita.h>
#include <string.h>

#include "fv-gui-resources.h"
#include "fv-organisation-store.h"
#include "fv-plan-store.h"
#include "fv-plans-page.h"
#include "fv-preview-window.h"
#include "fv-test-ui.h"
#include "fv-test-util.h"

#define PREVIEW_WAIT_SECONDS 60

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
  gint64 id, goal_id;

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
  FV_TEST_UI_WAIT_FOR (database_settled (window));
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
  FV_TEST_UI_WAIT_FOR (count (database, "SELECT count(*) FROM action_plan WHERE period = '2015–2016'"
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
  goal_id = count (database, "SELECT id FROM plan_goal WHERE text = 'Rekruttering av frivillige';");
  g_assert_cmpint (goal_id, >, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (goal_row)), ==, "");

  /* An action, through the dialog; an unknown partner is marked first. */
  dialog = fv_plans_page_edit_action (page, goal_id, 0);
  g_assert_nonnull (dialog);
  fv_test_ui_settle (100);
  set_entry (GTK_WIDGET (dialog), "Action", "Kampanje for å rekruttere unge frivillige");
  set_entry (GTK_WIDGET (dialog), "Responsible (e.g. Kulturkontoret)", "Kulturkontoret");
  set_entry (GTK_WIDGET (dialog), "Deadline (day.month.year)", "31.05.2016");
  partners = entry_row (GTK_WIDGET (dialog), "Partners (organisations in the register, separated by commas)");
  gtk_editable_set_text (GTK_EDITABLE (partners), "Frivillighet Norge, Ukjent lag");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL));
  g_assert_true (gtk_widget_has_css_class (partners, "error"));
  g_assert_cmpint (count (database, "SELECT count(*) FROM plan_action;"), ==, 0);
  fv_test_ui_settle (200);
  fv_test_ui_save_screenshot (GTK_WIDGET (dialog), "plan-action-dialog");
  gtk_editable_set_text (GTK_EDITABLE (partners), "frivillighet norge");
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL));
  fv_test_ui_settle (100);
  g_assert_null (dialog);
  g_assert_cmpint (count (database, "SELECT count(*) FROM plan_action WHERE deadline = '2016-05-31'"
                                    " AND responsible = 'Kulturkontoret' AND status = 'planned';"), ==, 1);
  g_assert_cmpint (count (database, "SELECT count(*) FROM plan_action_partner;"), ==, 1);

  /* It is on its goal; mark it done with the drop-down. */
  fv_test_ui_settle (200);
  row = fv_test_ui_find_row (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "Kampanje for å rekruttere unge frivillige");
  g_assert_nonnull (row);
  status = find_drop_down (row);
  g_assert_nonnull (status);
  gtk_drop_down_set_selected (status, FV_PLAN_ACTION_DONE);
  g_assert_cmpint (count (database, "SELECT count(*) FROM plan_action WHERE status = 'done';"), ==, 1);
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

  /* Back to the list, then delete the plan. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "plan.back", NULL));
  g_assert_cmpstr (fv_plans_page_get_view (page), ==, "list");
  g_assert_nonnull (fv_test_ui_find_row (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW,
                                         "Tiltaksplan for frivillighet i Lier 2015–2016"));
  fv_test_ui_settle (200);
  fv_test_ui_save_screenshot (GTK_WIDGET (window), "plans-list");
  fv_plans_page_open_plan (page, id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "plan.delete", NULL));
  g_assert_cmpint (count (database, "SELECT count(*) FROM action_plan;"), ==, 0);
  g_assert_cmpint (count (database, "SELECT count(*) FROM plan_action;"), ==, 0);
  g_assert_cmpstr (fv_plans_page_get_view (page), ==, "empty");

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
      (void) fv_gui_get_resource ();
      provider = gtk_css_provider_new ();
      gtk_css_provider_load_from_resource (provider, "/io/github/frivillig/Frivillig/style.css");
      gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    }

  fv_test_ui_add_func ("/plans/write-plan", test_write_plan);

  return g_test_run ();
}
