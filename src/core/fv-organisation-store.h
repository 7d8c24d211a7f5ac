/* fv-organisation-store.h — reading and writing whole organisations
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fv-database.h"
#include "fv-organisation-record.h"

G_BEGIN_DECLS

/* Which fields a write may change. Imports from the national registers change
 * only what the registers own, never what the coordinator wrote. */
typedef enum
{
  FV_STORE_FIELDS_ALL,
  FV_STORE_FIELDS_REGISTER,
} FvStoreFields;

typedef struct
{
  gint64  id;
  char   *name;
  char   *orgnr;
  char   *reason;   /* translated: why it looks like the same organisation */
} FvDuplicate;

/* One of the 32 ICNPO categories of the icnpo_category table. */
typedef struct
{
  int   code;        /* 1100 … 14100 */
  int   main_group;  /* 1 … 14 */
  char *name;        /* the register's Norwegian name, e.g. "Idrett" */
} FvIcnpoCategory;

FvOrganisationRecord *fv_organisation_store_load            (FvDatabase                  *database,
                                                             gint64                       id,
                                                             GError                     **error);
gboolean              fv_organisation_store_save            (FvDatabase                  *database,
                                                             FvOrganisationRecord        *record,
                                                             GError                     **error);
gboolean              fv_organisation_store_write           (FvDatabase                  *database,
                                                             FvOrganisationRecord        *record,
                                                             FvStoreFields                fields,
                                                             GError                     **error);
gboolean              fv_organisation_store_forget_unused_tags (FvDatabase           *database,
                                                                GError              **error);
gboolean              fv_organisation_store_delete          (FvDatabase                  *database,
                                                             gint64                       id,
                                                             FvOrganisationRecord       **snapshot,
                                                             GError                     **error);
gboolean              fv_organisation_store_restore         (FvDatabase                  *database,
                                                             const FvOrganisationRecord  *snapshot,
                                                             GError                     **error);
GPtrArray            *fv_organisation_store_find_duplicates (FvDatabase                  *database,
                                                             const FvOrganisationRecord  *record,
                                                             GError                     **error);
GStrv                 fv_organisation_store_list_tags       (FvDatabase                  *database,
                                                             GError                     **error);
gint64                fv_organisation_store_find_by_orgnr   (FvDatabase                  *database,
                                                             const char                  *orgnr,
                                                             GError                     **error);
void                  fv_duplicate_free                     (FvDuplicate                 *duplicate);
GPtrArray            *fv_organisation_store_list_categories (FvDatabase                  *database,
                                                             GError                     **error);
int                   fv_organisation_store_exists          (FvDatabase                  *database,
                                                             gint64                       id,
                                                             GError                     **error);
void                  fv_icnpo_category_free                (FvIcnpoCategory             *category);

G_END_DECLS
