/* fv-organisation-import.h — from a file to an import plan, and back out to a spreadsheet
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fv-database.h"
#include "fv-import-plan.h"
#include "fv-organisation-filter.h"

G_BEGIN_DECLS

typedef enum
{
  /* Enhetsregisteret's bulk file, with Frivillighetsregisteret's beside it. */
  FV_IMPORT_FILE_NATIONAL_REGISTER,
  /* A spreadsheet in Frivillig's CSV format. */
  FV_IMPORT_FILE_SPREADSHEET,
} FvImportFileKind;

typedef struct
{
  FvImportFileKind  kind;
  GFile            *file;
  GFile            *frivillighetsregisteret;  /* optional, with the national register */
  char             *municipality_number;      /* required with the national register */
} FvImportRequest;

FvImportRequest *fv_import_request_new                 (FvImportFileKind        kind,
                                                        GFile                  *file);
void             fv_import_request_free                (FvImportRequest        *request);

FvImportPlan    *fv_organisation_import_prepare        (FvDatabase             *database,
                                                        const FvImportRequest  *request,
                                                        FvImportProgress        progress,
                                                        gpointer                user_data,
                                                        GPtrArray             **problems,
                                                        GCancellable           *cancellable,
                                                        GError                **error);
gboolean         fv_organisation_export_spreadsheet    (FvDatabase             *database,
                                                        const FvOrganisationFilter *filter,
                                                        GFile                  *file,
                                                        guint                  *n_written,
                                                        GCancellable           *cancellable,
                                                        GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FvImportRequest, fv_import_request_free)

G_END_DECLS
