/* fv-organisation-filter.h — what the registry shows: search text and filters
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <sqlite3.h>

G_BEGIN_DECLS

typedef enum
{
  FV_ACTIVITY_ANY,
  FV_ACTIVITY_ACTIVE,
  FV_ACTIVITY_INACTIVE,
} FvActivity;

/* NULL / 0 / FV_ACTIVITY_ANY mean "any". */
typedef struct
{
  char       *search;          /* as typed: words, orgnr with or without spaces */
  int         category_group;  /* ICNPO main group 1–14 */
  char       *tag;
  char       *sector;
  guint       offer;           /* one FvOffer flag */
  guint       need;            /* one FvNeed flag */
  FvActivity  activity;
} FvOrganisationFilter;

#define FV_TYPE_ORGANISATION_FILTER (fv_organisation_filter_get_type ())

GType                 fv_organisation_filter_get_type  (void) G_GNUC_CONST;
FvOrganisationFilter *fv_organisation_filter_new       (void);
FvOrganisationFilter *fv_organisation_filter_copy      (const FvOrganisationFilter *filter);
void                  fv_organisation_filter_free      (FvOrganisationFilter       *filter);
gboolean              fv_organisation_filter_is_empty  (const FvOrganisationFilter *filter);
char                 *fv_organisation_filter_to_where  (const FvOrganisationFilter *filter,
                                                        GPtrArray                 **values);
void                  fv_organisation_filter_bind      (sqlite3_stmt               *stmt,
                                                        GPtrArray                  *values,
                                                        int                         first_index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FvOrganisationFilter, fv_organisation_filter_free)

G_END_DECLS
