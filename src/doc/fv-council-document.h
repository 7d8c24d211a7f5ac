/* fv-council-document.h — a council's or group's member list as an A4 PDF
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fv-council-store.h"
#include "fv-database.h"
#include "fv-document.h"

G_BEGIN_DECLS

FvDocument *fv_council_document_new        (const FvCouncilGroup *group);
FvDocument *fv_council_document_new_for_id (FvDatabase           *database,
                                            gint64                id,
                                            GError              **error);

G_END_DECLS
