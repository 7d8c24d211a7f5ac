/* fv-organisations-page.h
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fv-database.h"
#include "fv-organisation-filter.h"

G_BEGIN_DECLS

#define FV_TYPE_ORGANISATIONS_PAGE (fv_organisations_page_get_type ())

G_DECLARE_FINAL_TYPE (FvOrganisationsPage, fv_organisations_page, FV, ORGANISATIONS_PAGE, AdwBin)

void        fv_organisations_page_set_database (FvOrganisationsPage *self,
                                                FvDatabase          *database);
GListModel *fv_organisations_page_get_model    (FvOrganisationsPage *self);
const FvOrganisationFilter *
            fv_organisations_page_get_filter   (FvOrganisationsPage *self);
const char *fv_organisations_page_get_view     (FvOrganisationsPage *self);
void        fv_organisations_page_select       (FvOrganisationsPage *self,
                                                gint64               id);

G_END_DECLS
