/* fv-plan-store.h — action plans (tiltaksplan): goals, actions, partners
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fv-database.h"
#include "fv-organisation-record.h"

G_BEGIN_DECLS

typedef enum
{
  FV_PLAN_ACTION_PLANNED,
  FV_PLAN_ACTION_IN_PROGRESS,
  FV_PLAN_ACTION_DONE,
  FV_PLAN_ACTION_DROPPED,
  FV_PLAN_ACTION_N_STATUSES,
} FvPlanActionStatus;

/* One action (tiltak) under a goal. Strings may be NULL; id is 0 for one not
 * yet stored. */
typedef struct
{
  gint64              id;
  gint64              goal_id;
  guint               rank;
  char               *text;
  char               *responsible;   /* ansvarlig, free text: "Kulturkontoret" */
  char               *deadline;      /* frist, ISO 8601 date, or NULL */
  FvPlanActionStatus  status;
  char               *note;
  GPtrArray          *partners;      /* (element-type utf8): organisation names, by name */
} FvPlanAction;

/* One goal (mål) of a plan, with its actions in order. */
typedef struct
{
  gint64     id;
  gint64     plan_id;
  guint      rank;
  char      *text;
  GPtrArray *actions;                /* (element-type FvPlanAction) */
} FvPlanGoal;

typedef struct
{
  gint64     id;
  char      *title;
  char      *period;                 /* free text: "2022–2025" */
  char      *description;
  char      *created_at;
  char      *updated_at;
  GPtrArray *goals;                  /* (element-type FvPlanGoal); empty from fv_plan_store_list() */
} FvActionPlan;

typedef struct
{
  guint total;
  guint by_status[FV_PLAN_ACTION_N_STATUSES];
  guint overdue;                     /* planned or in progress, with a deadline before today */
} FvPlanProgress;

const char         *fv_plan_action_status_to_string (FvPlanActionStatus status);
FvPlanActionStatus  fv_plan_action_status_from_string (const char     *text);
const char         *fv_plan_action_status_label  (FvPlanActionStatus  status);

FvPlanAction *fv_plan_action_new            (void);
FvPlanAction *fv_plan_action_copy           (const FvPlanAction *action);
void          fv_plan_action_free           (FvPlanAction       *action);
GPtrArray    *fv_plan_action_check          (const FvPlanAction *action);
void          fv_plan_action_set_partners_text (FvPlanAction    *action,
                                            const char         *text);
char         *fv_plan_action_get_partners_text (const FvPlanAction *action);

FvPlanGoal   *fv_plan_goal_copy             (const FvPlanGoal   *goal);
void          fv_plan_goal_free             (FvPlanGoal         *goal);

FvActionPlan *fv_action_plan_new            (void);
FvActionPlan *fv_action_plan_copy           (const FvActionPlan *plan);
void          fv_action_plan_free           (FvActionPlan       *plan);
GPtrArray    *fv_action_plan_check          (const FvActionPlan *plan);
void          fv_action_plan_get_progress   (const FvActionPlan *plan,
                                             const char         *today,
                                             FvPlanProgress     *progress);

GPtrArray    *fv_plan_store_list            (FvDatabase         *database,
                                             GError            **error);
gboolean      fv_plan_store_get_progress    (FvDatabase         *database,
                                             gint64              plan_id,
                                             const char         *today,
                                             FvPlanProgress     *progress,
                                             GError            **error);
FvActionPlan *fv_plan_store_load            (FvDatabase         *database,
                                             gint64              id,
                                             GError            **error);
gboolean      fv_plan_store_save            (FvDatabase         *database,
                                             FvActionPlan       *plan,
                                             GError            **error);
gboolean      fv_plan_store_delete          (FvDatabase         *database,
                                             gint64              id,
                                             GError            **error);
gboolean      fv_plan_store_restore         (FvDatabase         *database,
                                             const FvActionPlan *plan,
                                             GError            **error);
gint64        fv_plan_store_add_goal        (FvDatabase         *database,
                                             gint64              plan_id,
                                             const char         *text,
                                             GError            **error);
gboolean      fv_plan_store_edit_goal       (FvDatabase         *database,
                                             gint64              goal_id,
                                             const char         *text,
                                             GError            **error);
gboolean      fv_plan_store_delete_goal     (FvDatabase         *database,
                                             gint64              goal_id,
                                             GError            **error);
gboolean      fv_plan_store_restore_goal    (FvDatabase         *database,
                                             const FvPlanGoal   *goal,
                                             GError            **error);
gboolean      fv_plan_store_move_goal       (FvDatabase         *database,
                                             gint64              goal_id,
                                             int                 offset,
                                             GError            **error);
gboolean      fv_plan_store_save_action     (FvDatabase         *database,
                                             FvPlanAction       *action,
                                             GError            **error);
gboolean      fv_plan_store_set_action_status (FvDatabase       *database,
                                             gint64              action_id,
                                             FvPlanActionStatus  status,
                                             GError            **error);
gboolean      fv_plan_store_delete_action   (FvDatabase         *database,
                                             gint64              action_id,
                                             GError            **error);
gboolean      fv_plan_store_move_action     (FvDatabase         *database,
                                             gint64              action_id,
                                             int                 offset,
                                             GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FvPlanAction, fv_plan_action_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FvPlanGoal, fv_plan_goal_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FvActionPlan, fv_action_plan_free)

G_END_DECLS
