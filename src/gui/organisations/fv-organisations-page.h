/* fv-organisations-page.h
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fv-database.h"

G_BEGIN_DECLS

#define FV_TYPE_ORGANISATIONS_PAGE (fv_organisations_page_get_type ())

G_DECLARE_FINAL_TYPE (FvOrganisationsPage, fv_organisations_page, FV, ORGANISATIONS_PAGE, AdwBin)

void        fv_organisations_page_set_database (FvOrganisationsPage *self,
                                                FvDatabase          *database);
GListModel *fv_organisations_page_get_model    (FvOrganisationsPage *self);

G_END_DECLS
