/* fv-register-report.h — the organisation register as a printed report
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fv-database.h"
#include "fv-document.h"
#include "fv-icnpo.h"
#include "fv-organisation-filter.h"

G_BEGIN_DECLS

/* What the report counted: per ICNPO main group 1–14, and 0 for none. */
typedef struct
{
  guint total;
  guint per_group[FV_ICNPO_N_GROUPS + 1];
  guint without_orgnr;
  guint without_contact;
  guint without_email;
} FvRegisterSummary;

FvDocument *fv_register_report_new       (FvDatabase                  *database,
                                          const FvOrganisationFilter  *filter,
                                          FvRegisterSummary           *summary,
                                          GCancellable                *cancellable,
                                          GError                     **error);
gboolean    fv_register_report_write_pdf (FvDatabase                  *database,
                                          const FvOrganisationFilter  *filter,
                                          const char                  *path,
                                          GCancellable                *cancellable,
                                          GError                     **error);
char       *fv_register_report_describe_filter (const FvOrganisationFilter *filter);

G_END_DECLS
