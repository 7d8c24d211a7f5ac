/* fv-plan-document.h — an action plan (tiltaksplan) as an A4 PDF
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fv-database.h"
#include "fv-document.h"
#include "fv-plan-store.h"

G_BEGIN_DECLS

FvDocument *fv_plan_document_new        (const FvActionPlan *plan,
                                         const char         *today);
char       *fv_plan_document_summary    (const FvActionPlan *plan,
                                         const char         *today);
FvDocument *fv_plan_document_new_for_id (FvDatabase         *database,
                                         gint64              id,
                                         GError            **error);

G_END_DECLS
