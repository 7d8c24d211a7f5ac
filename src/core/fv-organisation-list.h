/* fv-organisation-list.h
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fv-database.h"
#include "fv-organisation.h"

G_BEGIN_DECLS

#define FV_TYPE_ORGANISATION_LIST (fv_organisation_list_get_type ())

G_DECLARE_FINAL_TYPE (FvOrganisationList, fv_organisation_list, FV, ORGANISATION_LIST, GObject)

FvOrganisationList *fv_organisation_list_new        (FvDatabase         *database);
void                fv_organisation_list_reload     (FvOrganisationList *self);
gboolean            fv_organisation_list_is_loading (FvOrganisationList *self);

G_END_DECLS
