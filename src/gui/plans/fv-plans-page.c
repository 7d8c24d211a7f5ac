/* fv-plans-page.c — the Action plans area (tiltaksplan)
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A list of the action plans, each with how many of its actions are done and
 * overdue, and one plan at a time: its title, period and
 * description, saved a moment after the typing stops (a field that is wrong is
 * marked beside it), then its goals (mål) as groups with their actions
 * (tiltak) as rows. An action is added and edited in a small dialog: what it
 * is, who is responsible, the deadline, the partners (organisations of the
 * register, by name, separated by commas) and a note; its status is a
 * drop-down on its row. Ctrl+P shows the plan as the PDF it makes.
 *
 * Each goal has a menu to rename it, move it up or down and delete it; each
 * action row one to move it within its goal. Moves are written at once. A
 * deleted plan or goal comes back, with its actions, from the toast's Undo.
 */

#define G_LOG_DOMAIN "fv-plans-page"

#include "config.h"

#include <glib/gi18n.h>

#include "fv-agreement-dialog.h"
#include "fv-exchange-store.h"
#include "fv-notat.h"
#include "fv-plan-document.h"
#include "fv-plan-store.h"
#include "fv-plans-page.h"

#define UNDO_TIMEOUT_S 10

struct _FvPlansPage
{
  FvAreaPage           parent_instance;

  /* Template widgets */
  AdwPreferencesGroup *plans_group;
  GtkLabel            *plan_title;
  AdwEntryRow         *title_row;
  AdwEntryRow         *period_row;
  GtkTextView         *description_view;
  GtkLabel            *progress_label;
  GtkBox              *goals_box;
  AdwEntryRow         *new_goal_row;

  /* Owned references */
  FvActionPlan        *plan;           /* the one shown, or NULL */
  FvActionPlan        *last_deleted;   /* for Undo, or NULL */
  GPtrArray           *plan_rows;
  gboolean             filling;
};

G_DEFINE_FINAL_TYPE (FvPlansPage, fv_plans_page, FV_TYPE_AREA_PAGE)

static void
update_actions (FvPlansPage *self)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  gboolean open = self->plan != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "area.new", database != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "area.print", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.back", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.delete", open);
}

static char *
text_view_get_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
set_text (GtkEditable *editable,
          const char  *text)
{
  gtk_editable_set_text (editable, text != NULL ? text : "");
}

static char *
entry_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

/* The list -------------------------------------------------------------------- */

static void
plan_row_activated_cb (FvPlansPage  *self,
                       AdwActionRow *row)
{
  fv_plans_page_open_plan (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "fv-id")));
}

/* "2015–2016 · 4 of 10 actions done · 2 overdue": how far a plan has come,
 * so the list shows which plan needs following up. */
static char *
plan_subtitle (FvPlansPage        *self,
               const FvActionPlan *plan)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  FvPlanProgress progress;

  if (plan->period != NULL)
    g_ptr_array_add (parts, g_strdup (plan->period));
  if (fv_plan_store_get_progress (database, plan->id, NULL, &progress, NULL) && progress.total > 0)
    {
      /* Translators: in the list of action plans: "4 of 10 actions done" */
      g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u action done",
                                                            "%u of %u actions done", progress.total),
                                               progress.by_status[FV_PLAN_ACTION_DONE], progress.total));
      if (progress.overdue > 0)
        /* Translators: in the list of action plans: how many actions are past their deadline */
        g_ptr_array_add (parts, g_strdup_printf (_("%u overdue"), progress.overdue));
    }
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static void
refresh_list (FvPlansPage *self)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(GPtrArray) plans = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < self->plan_rows->len; i++)
    adw_preferences_group_remove (self->plans_group, self->plan_rows->pdata[i]);
  g_ptr_array_set_size (self->plan_rows, 0);

  plans = fv_plan_store_list (database, &error);
  if (plans == NULL)
    {
      fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
      return;
    }
  for (guint i = 0; i < plans->len; i++)
    {
      FvActionPlan *plan = plans->pdata[i];
      g_autofree char *title = g_markup_escape_text (plan->title, -1);
      g_autofree char *subtitle = plan_subtitle (self, plan);
      g_autofree char *subtitle_markup = g_markup_escape_text (subtitle, -1);
      GtkWidget *row = g_object_new (ADW_TYPE_ACTION_ROW,
                                     "title", title,
                                     "subtitle", subtitle_markup,
                                     "activatable", TRUE,
                                     NULL);

      /* The chevron only shows that the row opens: decoration, not read out. */
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), g_object_new (GTK_TYPE_IMAGE,
                                                                     "icon-name", "go-next-symbolic",
                                                                     "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                                                     NULL));
      g_object_set_data (G_OBJECT (row), "fv-id", GSIZE_TO_POINTER ((gsize) plan->id));
      g_signal_connect_object (row, "activated", G_CALLBACK (plan_row_activated_cb), self, G_CONNECT_SWAPPED);
      adw_preferences_group_add (self->plans_group, row);
      g_ptr_array_add (self->plan_rows, row);
    }
  fv_area_page_show_list (FV_AREA_PAGE (self), plans->len > 0);
}

/* Goals and actions ------------------------------------------------------------ */

static void
add_action_clicked_cb (GtkButton   *button,
                       FvPlansPage *self)
{
  fv_plans_page_edit_action (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "fv-goal")), 0);
}

static FvPlanGoal *
find_goal (FvPlansPage *self,
           gint64       goal_id)
{
  for (guint i = 0; self->plan != NULL && i < self->plan->goals->len; i++)
    if (((FvPlanGoal *) self->plan->goals->pdata[i])->id == goal_id)
      return self->plan->goals->pdata[i];
  return NULL;
}

/* A menu item for one of the page's actions on @id (and @offset, for moves). */
static void
append_item (GMenu      *menu,
             const char *label,
             const char *action,
             GVariant   *target)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, target);
  g_menu_append_item (menu, item);
}

static GtkWidget *
menu_button (GMenu      *menu,
             const char *tooltip)
{
  GtkWidget *button = g_object_new (GTK_TYPE_MENU_BUTTON,
                                    "valign", GTK_ALIGN_CENTER,
                                    "icon-name", "view-more-symbolic",
                                    "menu-model", menu,
                                    "tooltip-text", tooltip,
                                    NULL);

  /* GTK 4.8 gives the tooltip to screen readers as the description only: name it too. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

/* Rename…, Move Up, Move Down (where there is room) and Delete for goal @index. */
static GtkWidget *
goal_menu_button (FvPlansPage *self,
                  FvPlanGoal  *goal,
                  guint        index)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) moves = g_menu_new ();
  g_autoptr(GMenu) danger = g_menu_new ();

  append_item (menu, _("_Rename Goal…"), "plan.rename-goal", g_variant_new_int64 (goal->id));
  if (index > 0)
    append_item (moves, _("Move _Up"), "plan.move-goal", g_variant_new ("(xi)", goal->id, -1));
  if (index + 1 < self->plan->goals->len)
    append_item (moves, _("Move Do_wn"), "plan.move-goal", g_variant_new ("(xi)", goal->id, 1));
  append_item (danger, _("_Delete Goal"), "plan.delete-goal", g_variant_new_int64 (goal->id));
  if (g_menu_model_get_n_items (G_MENU_MODEL (moves)) > 0)
    g_menu_append_section (menu, NULL, G_MENU_MODEL (moves));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (danger));
  return menu_button (menu, _("Rename, move or delete this goal"));
}

/* Move Up and Move Down for action @index of @goal, or NULL when it is alone. */
static GtkWidget *
action_menu_button (FvPlanGoal   *goal,
                    FvPlanAction *action,
                    guint         index)
{
  g_autoptr(GMenu) menu = g_menu_new ();

  if (goal->actions->len < 2)
    return NULL;
  if (index > 0)
    append_item (menu, _("Move _Up"), "plan.move-action", g_variant_new ("(xi)", action->id, -1));
  if (index + 1 < goal->actions->len)
    append_item (menu, _("Move Do_wn"), "plan.move-action", g_variant_new ("(xi)", action->id, 1));
  return menu_button (menu, _("Move this action"));
}

static void
action_row_activated_cb (AdwActionRow *row,
                         FvPlansPage  *self)
{
  fv_plans_page_edit_action (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "fv-goal")),
                             GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "fv-id")));
}

static void
status_selected_cb (GtkDropDown *drop_down,
                    GParamSpec  *pspec,
                    FvPlansPage *self)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(GError) error = NULL;
  guint selected = gtk_drop_down_get_selected (drop_down);

  if (selected >= FV_PLAN_ACTION_N_STATUSES)
    return;
  if (!fv_plan_store_set_action_status (database,
                                        GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (drop_down), "fv-id")),
                                        (FvPlanActionStatus) selected, &error))
    fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
}

static GtkWidget *
status_drop_down (void)
{
  const char *labels[FV_PLAN_ACTION_N_STATUSES + 1];

  for (guint i = 0; i < FV_PLAN_ACTION_N_STATUSES; i++)
    labels[i] = fv_plan_action_status_label ((FvPlanActionStatus) i);
  labels[FV_PLAN_ACTION_N_STATUSES] = NULL;
  return gtk_drop_down_new_from_strings (labels);
}

static GtkWidget *
action_row (FvPlansPage  *self,
            FvPlanGoal   *goal,
            guint         index,
            const char   *today)
{
  FvPlanAction *action = goal->actions->pdata[index];
  GtkWidget *menu;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *title = g_markup_escape_text (action->text, -1);
  g_autofree char *subtitle = NULL;
  g_autofree char *subtitle_markup = NULL;
  GtkWidget *row, *drop_down;

  if (action->responsible != NULL)
    g_ptr_array_add (parts, g_strdup (action->responsible));
  if (action->deadline != NULL)
    {
      g_autofree char *date = fv_notat_format_date (action->deadline);

      /* Translators: on an action's row; %s is its deadline, e.g. 31.12.2025 */
      g_ptr_array_add (parts, g_strdup_printf (_("deadline %s"), date));
    }
  if (action->partners->len > 0)
    g_ptr_array_add (parts, fv_plan_action_get_partners_text (action));
  g_ptr_array_add (parts, NULL);
  subtitle = g_strjoinv (" · ", (char **) parts->pdata);
  subtitle_markup = g_markup_escape_text (subtitle, -1);

  row = g_object_new (ADW_TYPE_ACTION_ROW,
                      "title", title,
                      "subtitle", subtitle_markup,
                      "subtitle-lines", 2,
                      "activatable", TRUE,
                      NULL);
  if ((action->status == FV_PLAN_ACTION_PLANNED || action->status == FV_PLAN_ACTION_IN_PROGRESS) &&
      action->deadline != NULL && g_strcmp0 (action->deadline, today) < 0)
    {
      /* Translators: beside an action whose deadline has passed */
      GtkWidget *label = gtk_label_new (_("Overdue"));

      gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (label, "error");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }
  drop_down = status_drop_down ();
  gtk_widget_set_valign (drop_down, GTK_ALIGN_CENTER);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), action->status);
  gtk_widget_set_tooltip_text (drop_down, _("Status"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Status"), -1);
  g_object_set_data (G_OBJECT (drop_down), "fv-id", GSIZE_TO_POINTER ((gsize) action->id));
  g_signal_connect_object (drop_down, "notify::selected", G_CALLBACK (status_selected_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), drop_down);
  menu = action_menu_button (goal, action, index);
  if (menu != NULL)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), menu);
  g_object_set_data (G_OBJECT (row), "fv-id", GSIZE_TO_POINTER ((gsize) action->id));
  g_object_set_data (G_OBJECT (row), "fv-goal", GSIZE_TO_POINTER ((gsize) action->goal_id));
  g_signal_connect_object (row, "activated", G_CALLBACK (action_row_activated_cb), self, 0);
  return row;
}

static void
fill_goals (FvPlansPage *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *summary = fv_plan_document_summary (self->plan, today);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->goals_box))) != NULL)
    gtk_box_remove (self->goals_box, child);
  gtk_label_set_label (self->progress_label, summary);

  for (guint i = 0; i < self->plan->goals->len; i++)
    {
      FvPlanGoal *goal = self->plan->goals->pdata[i];
      /* Translators: a goal's heading: "Goal 2: Easier access to premises" */
      g_autofree char *title = g_strdup_printf (_("Goal %u: %s"), i + 1, goal->text);
      GtkWidget *group = adw_preferences_group_new ();
      GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *add = g_object_new (GTK_TYPE_BUTTON,
                                     "valign", GTK_ALIGN_CENTER,
                                     "tooltip-text", _("Add an action to this goal"),
                                     "child", g_object_new (ADW_TYPE_BUTTON_CONTENT,
                                                            "icon-name", "list-add-symbolic",
                                                            "label", _("Add _Action"),
                                                            "use-underline", TRUE,
                                                            NULL),
                                     NULL);

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
      gtk_widget_add_css_class (add, "flat");
      g_object_set_data (G_OBJECT (add), "fv-goal", GSIZE_TO_POINTER ((gsize) goal->id));
      g_signal_connect_object (add, "clicked", G_CALLBACK (add_action_clicked_cb), self, 0);
      gtk_box_append (GTK_BOX (buttons), add);
      gtk_box_append (GTK_BOX (buttons), goal_menu_button (self, goal, i));
      adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), buttons);
      if (goal->actions->len == 0)
        adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), _("No actions yet."));
      for (guint j = 0; j < goal->actions->len; j++)
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), action_row (self, goal, j, today));
      gtk_box_append (self->goals_box, group);
    }
}

/* Reloads the goals and actions; the plan's own fields stay as typed. */
static void
reload (FvPlansPage *self)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(GError) error = NULL;
  FvActionPlan *loaded;

  if (self->plan == NULL)
    return;
  loaded = fv_plan_store_load (database, self->plan->id, &error);
  if (loaded == NULL)
    return;
  g_clear_pointer (&self->plan->goals, g_ptr_array_unref);
  self->plan->goals = g_steal_pointer (&loaded->goals);
  loaded->goals = g_ptr_array_new ();
  fv_action_plan_free (loaded);
  fill_goals (self);
}

static void
new_goal_apply_cb (FvPlansPage *self)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(GError) error = NULL;
  g_autofree char *text = entry_text (self->new_goal_row);

  if (self->plan == NULL || *text == '\0')
    return;
  if (fv_plan_store_add_goal (database, self->plan->id, text, &error) == 0)
    {
      fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->new_goal_row), "");
  fv_area_page_reload_now (FV_AREA_PAGE (self));
}

/* The plan's own fields -------------------------------------------------------- */

static void
fill_editor (FvPlansPage *self)
{
  self->filling = TRUE;
  set_text (GTK_EDITABLE (self->title_row), self->plan->title);
  set_text (GTK_EDITABLE (self->period_row), self->plan->period);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->description_view),
                            self->plan->description != NULL ? self->plan->description : "", -1);
  gtk_label_set_label (self->plan_title, self->plan->title);
  fv_exchange_set_row_problem (GTK_WIDGET (self->title_row), NULL);
  set_text (GTK_EDITABLE (self->new_goal_row), NULL);
  self->filling = FALSE;
  fill_goals (self);
}

static gboolean
save_now (FvPlansPage *self)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(FvActionPlan) edited = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  fv_area_page_cancel_save (FV_AREA_PAGE (self));
  if (self->plan == NULL || database == NULL)
    return FALSE;

  edited = fv_action_plan_copy (self->plan);
  g_free (edited->title);
  edited->title = entry_text (self->title_row);
  g_free (edited->period);
  edited->period = entry_text (self->period_row);
  g_free (edited->description);
  edited->description = text_view_get_text (self->description_view);

  fv_exchange_set_row_problem (GTK_WIDGET (self->title_row), NULL);
  problems = fv_action_plan_check (edited);
  if (problems->len > 0)
    {
      fv_exchange_set_row_problem (GTK_WIDGET (self->title_row), ((FvFieldProblem *) problems->pdata[0])->message);
      return FALSE;
    }
  if (!fv_plan_store_save (database, edited, &error))
    {
      fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
      return FALSE;
    }
  fv_action_plan_free (self->plan);
  self->plan = g_steal_pointer (&edited);
  gtk_label_set_label (self->plan_title, self->plan->title);
  return TRUE;
}

static void
field_changed_cb (FvPlansPage *self)
{
  if (self->filling || self->plan == NULL)
    return;
  fv_area_page_save_later (FV_AREA_PAGE (self));
}

/* The action dialog ------------------------------------------------------------- */

typedef struct
{
  FvPlansPage  *page;
  FvPlanAction *action;
  GtkWindow    *window;
  AdwEntryRow  *text_row;
  AdwEntryRow  *responsible_row;
  AdwEntryRow  *deadline_row;
  AdwEntryRow  *partners_row;
  AdwEntryRow  *note_row;
  AdwComboRow  *status_row;
} ActionDialog;

static void
action_dialog_free (gpointer data)
{
  ActionDialog *dialog = data;

  g_object_unref (dialog->page);
  fv_plan_action_free (dialog->action);
  g_free (dialog);
}

static AdwEntryRow *
dialog_entry (AdwPreferencesGroup *group,
              const char          *title,
              const char          *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  set_text (GTK_EDITABLE (row), text);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  adw_preferences_group_add (group, row);
  return ADW_ENTRY_ROW (row);
}

static void
dialog_save (GSimpleAction *simple,
             GVariant      *parameter,
             gpointer       user_data)
{
  ActionDialog *dialog = user_data;
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (dialog->page));
  g_autoptr(FvPlanAction) edited = fv_plan_action_copy (dialog->action);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *deadline = entry_text (dialog->deadline_row);
  g_autofree char *partners = entry_text (dialog->partners_row);

  g_free (edited->text);
  edited->text = entry_text (dialog->text_row);
  g_free (edited->responsible);
  edited->responsible = entry_text (dialog->responsible_row);
  g_free (edited->note);
  edited->note = entry_text (dialog->note_row);
  g_free (edited->deadline);
  edited->deadline = *deadline == '\0' ? NULL : fv_exchange_parse_date (deadline);
  if (*deadline != '\0' && edited->deadline == NULL)
    edited->deadline = g_strdup (deadline);
  edited->status = (FvPlanActionStatus) MIN (adw_combo_row_get_selected (dialog->status_row),
                                             FV_PLAN_ACTION_DROPPED);
  fv_plan_action_set_partners_text (edited, partners);

  fv_exchange_set_row_problem (GTK_WIDGET (dialog->text_row), NULL);
  fv_exchange_set_row_problem (GTK_WIDGET (dialog->deadline_row), NULL);
  fv_exchange_set_row_problem (GTK_WIDGET (dialog->partners_row), NULL);
  problems = fv_plan_action_check (edited);
  for (guint i = 0; i < problems->len; i++)
    {
      FvFieldProblem *problem = problems->pdata[i];

      fv_exchange_set_row_problem (GTK_WIDGET (g_str_equal (problem->field, "text") ? dialog->text_row
                                               : dialog->deadline_row), problem->message);
    }
  if (problems->len > 0)
    return;
  if (!fv_plan_store_save_action (database, edited, &error))
    {
      /* Every other problem is caught above: what is left is a partner the register does not know. */
      fv_exchange_set_row_problem (GTK_WIDGET (dialog->partners_row), error->message);
      return;
    }
  gtk_window_destroy (dialog->window);
}

static void
dialog_delete (GSimpleAction *simple,
               GVariant      *parameter,
               gpointer       user_data)
{
  ActionDialog *dialog = user_data;
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (dialog->page));
  g_autoptr(GError) error = NULL;

  if (dialog->action->id != 0 && !fv_plan_store_delete_action (database, dialog->action->id, &error))
    fv_area_page_show_message (FV_AREA_PAGE (dialog->page), error->message);
  gtk_window_destroy (dialog->window);
}

static void
dialog_cancel (GSimpleAction *simple,
               GVariant      *parameter,
               gpointer       user_data)
{
  ActionDialog *dialog = user_data;

  gtk_window_destroy (dialog->window);
}

static FvPlanAction *
find_action (FvPlansPage *self,
             gint64       action_id)
{
  for (guint i = 0; self->plan != NULL && i < self->plan->goals->len; i++)
    {
      FvPlanGoal *goal = self->plan->goals->pdata[i];

      for (guint j = 0; j < goal->actions->len; j++)
        if (((FvPlanAction *) goal->actions->pdata[j])->id == action_id)
          return goal->actions->pdata[j];
    }
  return NULL;
}

/* Actions ------------------------------------------------------------------------ */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  FvPlansPage *self = FV_PLANS_PAGE (widget);
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(FvActionPlan) plan = fv_action_plan_new ();
  g_autoptr(GError) error = NULL;

  if (database == NULL)
    return;
  save_now (self);
  plan->title = g_strdup (_("New action plan"));
  if (!fv_plan_store_save (database, plan, &error))
    {
      fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
      return;
    }
  fv_plans_page_open_plan (self, plan->id);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  gtk_editable_select_region (GTK_EDITABLE (self->title_row), 0, -1);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FvPlansPage *self = FV_PLANS_PAGE (widget);

  save_now (self);
  g_clear_pointer (&self->plan, fv_action_plan_free);
  refresh_list (self);
  update_actions (self);
}

/* Each toast puts back the plan it announced, even when another was deleted
 * after it. */
static void
undo_plan_clicked_cb (AdwToast    *toast,
                      FvPlansPage *self)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  FvActionPlan *plan = g_object_get_data (G_OBJECT (toast), "fv-plan");
  g_autoptr(GError) error = NULL;

  if (plan == NULL || database == NULL)
    return;
  if (self->last_deleted != NULL && self->last_deleted->id == plan->id)
    g_clear_pointer (&self->last_deleted, fv_action_plan_free);
  if (!fv_plan_store_restore (database, plan, &error))
    fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FvPlansPage *self = FV_PLANS_PAGE (widget);
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(GError) error = NULL;
  g_autoptr(FvActionPlan) snapshot = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (self->plan == NULL || database == NULL)
    return;
  /* What is typed is kept, so Undo brings back the plan as it was last seen. */
  save_now (self);
  fv_area_page_cancel_save (FV_AREA_PAGE (self));
  snapshot = fv_plan_store_load (database, self->plan->id, &error);
  if (snapshot == NULL || !fv_plan_store_delete (database, self->plan->id, &error))
    {
      fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
      return;
    }
  g_clear_pointer (&self->plan, fv_action_plan_free);
  refresh_list (self);
  update_actions (self);

  /* Translators: a toast; %s is the action plan's title */
  message = g_strdup_printf (_("“%s” deleted"), snapshot->title);
  toast = fv_area_page_undo_toast (FV_AREA_PAGE (self), message, UNDO_TIMEOUT_S,
                                   G_CALLBACK (undo_plan_clicked_cb));
  g_clear_pointer (&self->last_deleted, fv_action_plan_free);
  self->last_deleted = fv_action_plan_copy (snapshot);
  g_object_set_data_full (G_OBJECT (toast), "fv-plan", g_steal_pointer (&snapshot),
                          (GDestroyNotify) fv_action_plan_free);
  fv_area_page_show_toast (FV_AREA_PAGE (self), toast);
}

static void
undo_goal_clicked_cb (AdwToast    *toast,
                      FvPlansPage *self)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  FvPlanGoal *goal = g_object_get_data (G_OBJECT (toast), "fv-goal");
  g_autoptr(GError) error = NULL;

  if (goal != NULL && database != NULL && !fv_plan_store_restore_goal (database, goal, &error))
    fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
}

static void
delete_goal_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FvPlansPage *self = FV_PLANS_PAGE (widget);
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  FvPlanGoal *goal = find_goal (self, g_variant_get_int64 (parameter));
  g_autoptr(FvPlanGoal) snapshot = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (goal == NULL || database == NULL)
    return;
  snapshot = fv_plan_goal_copy (goal);
  if (!fv_plan_store_delete_goal (database, goal->id, &error))
    {
      fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
      return;
    }
  /* Translators: a toast; %s is the goal's text */
  message = g_strdup_printf (_("Goal “%s” deleted"), snapshot->text);
  toast = fv_area_page_undo_toast (FV_AREA_PAGE (self), message, UNDO_TIMEOUT_S,
                                   G_CALLBACK (undo_goal_clicked_cb));
  g_object_set_data_full (G_OBJECT (toast), "fv-goal", g_steal_pointer (&snapshot),
                          (GDestroyNotify) fv_plan_goal_free);
  fv_area_page_show_toast (FV_AREA_PAGE (self), toast);
}

typedef gboolean (*MoveFunc) (FvDatabase *database,
                              gint64      id,
                              int         offset,
                              GError    **error);

/* @parameter is (id, offset): the goal or action and how many places to move it. */
static void
move_by (FvPlansPage *self,
         GVariant    *parameter,
         MoveFunc     move)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(GError) error = NULL;
  gint64 id;
  gint32 offset;

  g_variant_get (parameter, "(xi)", &id, &offset);
  if (database != NULL && !move (database, id, offset, &error))
    fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
}

static void
move_goal_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  move_by (FV_PLANS_PAGE (widget), parameter, fv_plan_store_move_goal);
}

static void
move_action_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  move_by (FV_PLANS_PAGE (widget), parameter, fv_plan_store_move_action);
}

static void
rename_goal_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  fv_plans_page_rename_goal (FV_PLANS_PAGE (widget), g_variant_get_int64 (parameter));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  fv_plans_page_preview (FV_PLANS_PAGE (widget));
}

static FvDocument *
produce_plan (gpointer       user_data,
              GCancellable  *cancellable,
              GError       **error)
{
  return fv_plan_document_new (user_data, NULL);
}

/* Reads the plan and fills the page with it. */
static gboolean
open_record (FvAreaPage  *page,
             gint64       id,
             GError     **error)
{
  FvPlansPage *self = FV_PLANS_PAGE (page);
  FvActionPlan *plan = fv_plan_store_load (fv_area_page_get_database (page), id, error);

  if (plan == NULL)
    return FALSE;
  g_clear_pointer (&self->plan, fv_action_plan_free);
  self->plan = plan;
  fill_editor (self);
  return TRUE;
}

/* GObject ------------------------------------------------------------------------ */

static void
fv_plans_page_finalize (GObject *object)
{
  FvPlansPage *self = FV_PLANS_PAGE (object);

  g_clear_pointer (&self->plan, fv_action_plan_free);
  g_clear_pointer (&self->last_deleted, fv_action_plan_free);
  g_clear_pointer (&self->plan_rows, g_ptr_array_unref);
  G_OBJECT_CLASS (fv_plans_page_parent_class)->finalize (object);
}

static void
fv_plans_page_class_init (FvPlansPageClass *klass)
{
  static const char * const tables[] = { "action_plan", NULL };
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  FvAreaPageClass *area_class = FV_AREA_PAGE_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = fv_plans_page_finalize;

  area_class->tables = tables;
  area_class->record_view = "plan";
  area_class->open = open_record;
  area_class->refresh = (void (*) (FvAreaPage *)) refresh_list;
  area_class->reload = (void (*) (FvAreaPage *)) reload;
  area_class->update_actions = (void (*) (FvAreaPage *)) update_actions;
  area_class->get_open_id = (gint64 (*) (FvAreaPage *)) fv_plans_page_get_plan_id;
  area_class->save_now = (gboolean (*) (FvAreaPage *)) save_now;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/plans/fv-plans-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FvPlansPage, plans_group);
  gtk_widget_class_bind_template_child (widget_class, FvPlansPage, plan_title);
  gtk_widget_class_bind_template_child (widget_class, FvPlansPage, title_row);
  gtk_widget_class_bind_template_child (widget_class, FvPlansPage, period_row);
  gtk_widget_class_bind_template_child (widget_class, FvPlansPage, description_view);
  gtk_widget_class_bind_template_child (widget_class, FvPlansPage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, FvPlansPage, goals_box);
  gtk_widget_class_bind_template_child (widget_class, FvPlansPage, new_goal_row);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, new_goal_apply_cb);

  gtk_widget_class_install_action (widget_class, "area.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "area.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "plan.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "plan.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "plan.rename-goal", "x", rename_goal_action);
  gtk_widget_class_install_action (widget_class, "plan.move-goal", "(xi)", move_goal_action);
  gtk_widget_class_install_action (widget_class, "plan.delete-goal", "x", delete_goal_action);
  gtk_widget_class_install_action (widget_class, "plan.move-action", "(xi)", move_action_action);
}

static void
fv_plans_page_init (FvPlansPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->plan_rows = g_ptr_array_new ();
  g_signal_connect_object (gtk_text_view_get_buffer (self->description_view), "changed",
                           G_CALLBACK (field_changed_cb), self, G_CONNECT_SWAPPED);
  update_actions (self);
}

/* Public API ------------------------------------------------------------------------ */

/* What the page shows: "loading", "empty", "list" or "plan". */
const char *
fv_plans_page_get_view (FvPlansPage *self)
{
  return fv_area_page_get_view (FV_AREA_PAGE (self));
}

gint64
fv_plans_page_get_plan_id (FvPlansPage *self)
{
  g_return_val_if_fail (FV_IS_PLANS_PAGE (self), 0);

  return self->plan != NULL ? self->plan->id : 0;
}

void
fv_plans_page_open_plan (FvPlansPage *self,
                         gint64       plan_id)
{
  fv_area_page_open (FV_AREA_PAGE (self), plan_id);
}

gboolean
fv_plans_page_save_now (FvPlansPage *self)
{
  return fv_area_page_save_now (FV_AREA_PAGE (self));
}

/**
 * fv_plans_page_edit_action:
 * @goal_id: the goal the action belongs to
 * @action_id: the action to edit, or 0 for a new one under @goal_id
 *
 * Opens the small dialog for one action; its "dialog.save", "dialog.delete"
 * and "dialog.cancel" actions are its buttons.
 *
 * Returns: (transfer none) (nullable): the dialog, already presented
 */
GtkWindow *
fv_plans_page_edit_action (FvPlansPage *self,
                           gint64       goal_id,
                           gint64       action_id)
{
  static const GActionEntry entries[] = {
    { "save", dialog_save },
    { "delete", dialog_delete },
    { "cancel", dialog_cancel },
  };
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  ActionDialog *dialog;
  FvPlanAction *existing;
  GtkWidget *window, *box, *header, *cancel, *save, *prefs, *content;
  GtkEventController *escape;
  AdwPreferencesGroup *fields;
  GtkStringList *statuses;
  g_autofree char *partners = NULL;
  g_autofree char *deadline = NULL;

  g_return_val_if_fail (FV_IS_PLANS_PAGE (self), NULL);

  if (self->plan == NULL)
    return NULL;
  existing = action_id != 0 ? find_action (self, action_id) : NULL;
  if (action_id != 0 && existing == NULL)
    return NULL;

  dialog = g_new0 (ActionDialog, 1);
  dialog->page = g_object_ref (self);
  dialog->action = existing != NULL ? fv_plan_action_copy (existing) : fv_plan_action_new ();
  dialog->action->goal_id = goal_id;

  window = g_object_new (ADW_TYPE_WINDOW,
                         "modal", TRUE,
                         "transient-for", fv_area_page_get_parent_window (FV_AREA_PAGE (self)),
                         "default-width", 560,
                         "title", existing != NULL ? _("Edit Action") : _("New Action"),
                         "destroy-with-parent", TRUE,
                         NULL);
  dialog->window = GTK_WINDOW (window);
  g_object_set_data_full (G_OBJECT (window), "fv-dialog", dialog, action_dialog_free);
  g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries), dialog);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (group), "delete")),
                               existing != NULL);
  gtk_widget_insert_action_group (window, "dialog", G_ACTION_GROUP (group));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "dialog.cancel");
  save = gtk_button_new_with_mnemonic (_("_Save"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (save), "dialog.save");
  gtk_widget_add_css_class (save, "suggested-action");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  gtk_box_append (GTK_BOX (box), header);
  /* Enter in a field saves, Escape cancels, as in the other dialogs. */
  gtk_window_set_default_widget (GTK_WINDOW (window), save);
  escape = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (escape),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("dialog.cancel")));
  gtk_widget_add_controller (window, escape);

  prefs = adw_preferences_page_new ();
  gtk_widget_set_vexpand (prefs, TRUE);
  fields = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  dialog->text_row = dialog_entry (fields, _("Action"), dialog->action->text);
  dialog->responsible_row = dialog_entry (fields, _("Responsible (e.g. Kulturkontoret)"), dialog->action->responsible);
  deadline = dialog->action->deadline != NULL ? fv_notat_format_date (dialog->action->deadline) : NULL;
  dialog->deadline_row = dialog_entry (fields, _("Deadline (day.month.year)"), deadline);
  partners = fv_plan_action_get_partners_text (dialog->action);
  dialog->partners_row = dialog_entry (fields, _("Partners (organisations in the register, separated by commas)"),
                                       partners);
  dialog->note_row = dialog_entry (fields, _("Note"), dialog->action->note);
  content = adw_combo_row_new ();
  statuses = gtk_string_list_new (NULL);
  for (guint i = 0; i < FV_PLAN_ACTION_N_STATUSES; i++)
    gtk_string_list_append (statuses, fv_plan_action_status_label ((FvPlanActionStatus) i));
  adw_combo_row_set_model (ADW_COMBO_ROW (content), G_LIST_MODEL (statuses));
  g_object_unref (statuses);
  adw_combo_row_set_selected (ADW_COMBO_ROW (content), dialog->action->status);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (content), _("Status"));
  adw_preferences_group_add (fields, content);
  dialog->status_row = ADW_COMBO_ROW (content);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (prefs), fields);
  if (existing != NULL)
    {
      AdwPreferencesGroup *danger = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
      GtkWidget *remove = gtk_button_new_with_mnemonic (_("_Delete Action"));

      gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "dialog.delete");
      gtk_widget_set_halign (remove, GTK_ALIGN_START);
      gtk_widget_add_css_class (remove, "destructive-action");
      adw_preferences_group_add (danger, remove);
      adw_preferences_page_add (ADW_PREFERENCES_PAGE (prefs), danger);
    }
  gtk_box_append (GTK_BOX (box), prefs);
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 560, 520);
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_grab_focus (GTK_WIDGET (dialog->text_row));
  return GTK_WINDOW (window);
}

/**
 * fv_plans_page_preview:
 *
 * Saves the plan, makes its PDF off the main thread and opens it in a preview
 * window, with Save as PDF… and Print….
 *
 * Returns: (transfer none) (nullable): the preview window, already presented
 */
FvPreviewWindow *
fv_plans_page_preview (FvPlansPage *self)
{
  g_autofree char *file_name = NULL;
  g_autofree char *safe = NULL;

  g_return_val_if_fail (FV_IS_PLANS_PAGE (self), NULL);

  if (self->plan == NULL)
    return NULL;
  if (fv_area_page_save_pending (FV_AREA_PAGE (self)) && !save_now (self))
    fv_area_page_show_message (FV_AREA_PAGE (self),
                               _("Some fields are not right yet: the preview shows the plan as last saved."));

  safe = g_strdelimit (g_strdup (self->plan->title), "/\\:", '-');
  file_name = g_strdup_printf ("%s.pdf", safe);
  return fv_area_page_preview (FV_AREA_PAGE (self), self->plan->title, file_name, produce_plan,
                               fv_action_plan_copy (self->plan), (GDestroyNotify) fv_action_plan_free);
}

/* Renaming a goal ----------------------------------------------------------------- */

typedef struct
{
  FvPlansPage *page;
  gint64       goal_id;
  GtkEditable *entry;
} RenameDialog;

static void
rename_dialog_free (gpointer data)
{
  RenameDialog *rename = data;

  g_object_unref (rename->page);
  g_free (rename);
}

/* The name is checked as it is typed: a blank one cannot be chosen. */
static void
rename_entry_changed_cb (GtkEditable      *entry,
                         AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "rename", *text != '\0');
}

static void
rename_entry_activate_cb (GtkEntry         *entry,
                          AdwMessageDialog *dialog)
{
  if (adw_message_dialog_get_response_enabled (dialog, "rename"))
    adw_message_dialog_response (dialog, "rename");
}

static void
rename_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    RenameDialog     *rename)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (rename->page));
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "rename") == 0 && database != NULL &&
      !fv_plan_store_edit_goal (database, rename->goal_id, gtk_editable_get_text (rename->entry),
                                &error))
    fv_area_page_show_message (FV_AREA_PAGE (rename->page), error->message);
}

/**
 * fv_plans_page_rename_goal:
 * @goal_id: a goal of the plan shown
 *
 * Asks for the goal's new name in a small dialog; "Rename" writes it at once.
 *
 * Returns: (transfer none) (nullable): the dialog, already presented
 */
GtkWindow *
fv_plans_page_rename_goal (FvPlansPage *self,
                           gint64       goal_id)
{
  FvPlanGoal *goal;
  GtkWidget *dialog, *entry;
  RenameDialog *rename;

  g_return_val_if_fail (FV_IS_PLANS_PAGE (self), NULL);

  goal = find_goal (self, goal_id);
  if (goal == NULL)
    return NULL;

  dialog = adw_message_dialog_new (fv_area_page_get_parent_window (FV_AREA_PAGE (self)),
                                   _("Rename Goal"), NULL);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "rename", _("_Rename"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "rename", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "rename");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), goal->text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Goal"), -1);
  g_signal_connect_object (entry, "changed", G_CALLBACK (rename_entry_changed_cb), dialog, 0);
  g_signal_connect_object (entry, "activate", G_CALLBACK (rename_entry_activate_cb), dialog, 0);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);

  rename = g_new0 (RenameDialog, 1);
  rename->page = g_object_ref (self);
  rename->goal_id = goal_id;
  rename->entry = GTK_EDITABLE (entry);
  g_object_set_data_full (G_OBJECT (dialog), "fv-rename", rename, rename_dialog_free);
  g_signal_connect (dialog, "response", G_CALLBACK (rename_response_cb), rename);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
  return GTK_WINDOW (dialog);
}

/**
 * fv_plans_page_undo_delete:
 *
 * What the toast's Undo does: puts the plan deleted last back, with its goals
 * and actions.
 *
 * Returns: %TRUE when there was one to put back
 */
gboolean
fv_plans_page_undo_delete (FvPlansPage *self)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(FvActionPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (FV_IS_PLANS_PAGE (self), FALSE);

  plan = g_steal_pointer (&self->last_deleted);
  if (plan == NULL || database == NULL)
    return FALSE;
  if (!fv_plan_store_restore (database, plan, &error))
    {
      fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
      return FALSE;
    }
  return TRUE;
}
