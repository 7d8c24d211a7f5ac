/* fv-organisation.h
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fv-database.h"

G_BEGIN_DECLS

#define FV_TYPE_ORGANISATION (fv_organisation_get_type ())

G_DECLARE_FINAL_TYPE (FvOrganisation, fv_organisation, FV, ORGANISATION, GObject)

FvOrganisation *fv_organisation_load           (FvDatabase     *database,
                                                gint64          id,
                                                GError        **error);
gint64          fv_organisation_get_id         (FvOrganisation *self);
const char     *fv_organisation_get_name       (FvOrganisation *self);
const char     *fv_organisation_get_category   (FvOrganisation *self);
const char     *fv_organisation_get_sector     (FvOrganisation *self);
const char     *fv_organisation_get_status_label (FvOrganisation *self);
const char     *fv_sector_get_label            (const char     *sector);

G_END_DECLS
