/* fv-organisation-list.h
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fv-database.h"
#include "fv-organisation.h"
#include "fv-organisation-filter.h"

G_BEGIN_DECLS

#define FV_TYPE_ORGANISATION_LIST (fv_organisation_list_get_type ())

G_DECLARE_FINAL_TYPE (FvOrganisationList, fv_organisation_list, FV, ORGANISATION_LIST, GObject)

typedef enum
{
  FV_ORGANISATION_SORT_NAME,
  FV_ORGANISATION_SORT_CATEGORY,
  FV_ORGANISATION_SORT_CONTACT,
  FV_ORGANISATION_SORT_PLACE,
  FV_ORGANISATION_SORT_SECTOR,
  FV_ORGANISATION_SORT_STATUS,
} FvOrganisationSort;

FvOrganisationList *fv_organisation_list_new        (FvDatabase         *database);
void                fv_organisation_list_reload     (FvOrganisationList *self);
gboolean            fv_organisation_list_is_loading (FvOrganisationList *self);
void                fv_organisation_list_set_filter (FvOrganisationList         *self,
                                                     const FvOrganisationFilter *filter);
const FvOrganisationFilter *
                    fv_organisation_list_get_filter (FvOrganisationList         *self);
void                fv_organisation_list_set_sort   (FvOrganisationList         *self,
                                                     FvOrganisationSort          sort,
                                                     gboolean                    descending);
guint               fv_organisation_list_get_total  (FvOrganisationList         *self);
gint64              fv_organisation_list_get_id     (FvOrganisationList         *self,
                                                     guint                       position);
gint                fv_organisation_list_find       (FvOrganisationList         *self,
                                                     gint64                      id);

G_END_DECLS
