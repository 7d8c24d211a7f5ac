/* fv-import-plan.h — what an import will change, shown before it changes anything
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
  FV_IMPORT_NEW,
  FV_IMPORT_UPDATED,
  FV_IMPORT_UNCHANGED,
} FvImportAction;

typedef enum
{
  /* From Enhetsregisteret/Frivillighetsregisteret: only register fields change. */
  FV_IMPORT_SOURCE_REGISTER,
  /* From a spreadsheet the coordinator keeps: every field changes. */
  FV_IMPORT_SOURCE_SPREADSHEET,
} FvImportSource;

typedef struct
{
  FvImportAction        action;
  FvOrganisationRecord *record;
  gint64                existing_id;  /* 0 for new organisations */
  char                 *changes;      /* translated, e.g. "Name, Address" (updated only) */
} FvImportItem;

typedef void (*FvImportProgress) (double   fraction,
                                  gpointer user_data);

typedef struct _FvImportPlan FvImportPlan;

FvImportPlan *fv_import_plan_new           (FvDatabase        *database,
                                            FvImportSource     source,
                                            GPtrArray         *records,
                                            GPtrArray         *skipped,
                                            GCancellable      *cancellable,
                                            GError           **error);
void          fv_import_plan_free          (FvImportPlan      *plan);
guint         fv_import_plan_count         (FvImportPlan      *plan,
                                            FvImportAction     action);
GPtrArray    *fv_import_plan_get_items     (FvImportPlan      *plan);
GPtrArray    *fv_import_plan_get_skipped   (FvImportPlan      *plan);
gboolean      fv_import_plan_commit        (FvImportPlan      *plan,
                                            FvDatabase        *database,
                                            FvImportProgress   progress,
                                            gpointer           user_data,
                                            GCancellable      *cancellable,
                                            GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FvImportPlan, fv_import_plan_free)

G_END_DECLS
