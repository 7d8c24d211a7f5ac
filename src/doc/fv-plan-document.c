/* fv-plan-document.c — an action plan (tiltaksplan) as an A4 PDF
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plan's title and period, its description, then each goal (mål) as a
 * numbered heading with a table of its actions (tiltak): the action, who is
 * responsible, the partners, the deadline (frist) as dd.mm.yyyy and the
 * status. A summary line counts the actions by status and those overdue.
 */

#define G_LOG_DOMAIN "fv-plan-document"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "fv-notat.h"
#include "fv-plan-document.h"

#define N_COLUMNS 5

static void
add_description (FvDocument *doc,
                 const char *description)
{
  g_auto(GStrv) paragraphs = NULL;

  if (description == NULL)
    return;
  paragraphs = g_strsplit (description, "\n\n", -1);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_autofree char *markup = NULL;
      char *text = g_strstrip (paragraphs[i]);

      if (*text == '\0')
        continue;
      markup = g_markup_escape_text (text, -1);
      fv_document_add_paragraph (doc, markup);
    }
}

/**
 * fv_plan_document_summary:
 * @today: (nullable): ISO date for what is overdue; %NULL for today
 *
 * Returns: (transfer full): "10 actions: 4 planned, 3 in progress, 2 done,
 *   1 dropped; 2 overdue."
 */
char *
fv_plan_document_summary (const FvActionPlan *plan,
                          const char         *today)
{
  FvPlanProgress progress;
  g_autofree char *total = NULL;

  fv_action_plan_get_progress (plan, today, &progress);
  total = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u action", "%u actions", progress.total),
                           progress.total);
  /* Translators: the summary line of an action plan: "12 actions: 5 planned, 3 in progress, 3 done,
   * 1 dropped; 2 overdue." */
  return g_strdup_printf (_("%s: %u planned, %u in progress, %u done, %u dropped; %u overdue."),
                          total, progress.by_status[FV_PLAN_ACTION_PLANNED],
                          progress.by_status[FV_PLAN_ACTION_IN_PROGRESS],
                          progress.by_status[FV_PLAN_ACTION_DONE],
                          progress.by_status[FV_PLAN_ACTION_DROPPED], progress.overdue);
}

/**
 * fv_plan_document_new:
 * @today: (nullable): ISO date for what is overdue; %NULL for today
 *
 * Returns: (transfer full): the plan as an A4 document, not yet laid out
 */
FvDocument *
fv_plan_document_new (const FvActionPlan *plan,
                      const char         *today)
{
  static const double widths[N_COLUMNS] = { 32, 19, 22, 13, 12 };
  FvDocument *doc = fv_document_new (FV_PAPER_A4, FV_ORIENTATION_PORTRAIT);
  const char *header[N_COLUMNS + 1] = {
    /* Translators: column heads of an action plan's table (tiltak, ansvarlig, samarbeidspartnere, frist, status) */
    _("Action"), _("Responsible"), _("Partners"), _("Deadline"), _("Status"), NULL,
  };
  g_autofree char *summary = NULL;
  g_autofree char *summary_markup = NULL;
  g_autofree char *title_markup = NULL;

  g_return_val_if_fail (plan != NULL, doc);

  fv_document_set_title (doc, plan->title);
  /* Translators: the subject of an action plan's PDF */
  fv_document_set_subject (doc, _("Action plan (tiltaksplan)"));
  title_markup = g_markup_escape_text (plan->title != NULL ? plan->title : "", -1);
  fv_document_add_styled_paragraph (doc, FV_PARAGRAPH_TITLE, title_markup);
  if (!fv_text_is_blank (plan->period))
    {
      /* Translators: under an action plan's title; %s is its period, e.g. 2022–2025 */
      g_autofree char *period = g_strdup_printf (_("Period: %s"), plan->period);
      g_autofree char *markup = g_markup_escape_text (period, -1);

      fv_document_add_styled_paragraph (doc, FV_PARAGRAPH_SUBTITLE, markup);
    }
  add_description (doc, plan->description);

  summary = fv_plan_document_summary (plan, today);
  summary_markup = g_markup_escape_text (summary, -1);
  fv_document_add_styled_paragraph (doc, FV_PARAGRAPH_LEAD, summary_markup);

  for (guint i = 0; i < plan->goals->len; i++)
    {
      FvPlanGoal *goal = plan->goals->pdata[i];
      /* Translators: a goal's heading in an action plan: "Goal 2: Easier access to premises" */
      g_autofree char *heading = g_strdup_printf (_("Goal %u: %s"), i + 1, goal->text);
      FvTable *table;

      fv_document_add_heading (doc, 1, heading);
      if (goal->actions->len == 0)
        {
          fv_document_add_styled_paragraph (doc, FV_PARAGRAPH_SMALL, _("No actions yet."));
          continue;
        }
      table = fv_document_add_table (doc, N_COLUMNS, widths);
      fv_table_set_header (table, header);
      for (guint j = 0; j < goal->actions->len; j++)
        {
          FvPlanAction *action = goal->actions->pdata[j];
          g_autofree char *partners = fv_plan_action_get_partners_text (action);
          g_autofree char *deadline = fv_notat_format_date (action->deadline);
          const char *cells[N_COLUMNS + 1] = {
            action->text, action->responsible != NULL ? action->responsible : "", partners, deadline,
            fv_plan_action_status_label (action->status), NULL,
          };

          fv_table_add_row (table, cells);
        }
    }
  return doc;
}

/**
 * fv_plan_document_new_for_id:
 *
 * Returns: (transfer full): the stored plan @id as a document, or %NULL
 */
FvDocument *
fv_plan_document_new_for_id (FvDatabase  *database,
                             gint64       id,
                             GError     **error)
{
  g_autoptr(FvActionPlan) plan = fv_plan_store_load (database, id, error);

  if (plan == NULL)
    return NULL;
  return fv_plan_document_new (plan, NULL);
}
