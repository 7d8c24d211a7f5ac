/* fv-plans-page.h — the Action plans area (tiltaksplan)
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fv-area-page.h"
#include "fv-database.h"
#include "fv-preview-window.h"

G_BEGIN_DECLS

#define FV_TYPE_PLANS_PAGE (fv_plans_page_get_type ())

G_DECLARE_FINAL_TYPE (FvPlansPage, fv_plans_page, FV, PLANS_PAGE, FvAreaPage)

const char      *fv_plans_page_get_view     (FvPlansPage *self);
gint64           fv_plans_page_get_plan_id  (FvPlansPage *self);
void             fv_plans_page_open_plan    (FvPlansPage *self,
                                             gint64       plan_id);
gboolean         fv_plans_page_save_now     (FvPlansPage *self);
GtkWindow       *fv_plans_page_edit_action  (FvPlansPage *self,
                                             gint64       goal_id,
                                             gint64       action_id);
FvPreviewWindow *fv_plans_page_preview      (FvPlansPage *self);
GtkWindow       *fv_plans_page_rename_goal  (FvPlansPage *self,
                                             gint64       goal_id);
gboolean         fv_plans_page_undo_delete  (FvPlansPage *self);

G_END_DECLS
