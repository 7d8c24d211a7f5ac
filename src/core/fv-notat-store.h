/* fv-notat-store.h — notater: formal notes to political committees
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fv-database.h"
#include "fv-organisation-record.h"

G_BEGIN_DECLS

typedef enum
{
  FV_NOTAT_DRAFT,
  FV_NOTAT_SENT,
} FvNotatStatus;

/* One notat. Strings may be NULL; id is 0 for one not yet stored. The body is
 * text in the notat markup (see fv-notat.h). */
typedef struct
{
  gint64         id;
  char          *date;          /* ISO 8601, e.g. 2022-02-02 (Dato) */
  char          *arkivkode;     /* Arkivkode */
  char          *journalpost;   /* J.postID, e.g. 22/22387 */
  char          *saksnummer;    /* Arkivsaksnr, e.g. 22/2665 or 22/2665-8 */
  GPtrArray     *recipients;    /* (element-type utf8): Til, one committee each, in order */
  char          *sender;        /* Fra */
  char          *subject;       /* Vedrørende */
  char          *body;
  FvNotatStatus  status;
  char          *sent_at;       /* ISO 8601 day it was sent, or NULL for a draft */
  char          *created_at;
  char          *updated_at;
} FvNotat;

FvNotat   *fv_notat_new                (void);
FvNotat   *fv_notat_copy               (const FvNotat  *notat);
void       fv_notat_free               (FvNotat        *notat);
GPtrArray *fv_notat_check              (const FvNotat  *notat);
gboolean   fv_notat_number_is_valid    (const char     *text,
                                        gboolean        allow_document);
void       fv_notat_set_recipients_text (FvNotat       *notat,
                                        const char     *text);
char      *fv_notat_get_recipients_text (const FvNotat *notat);

GPtrArray *fv_notat_store_list         (FvDatabase     *database,
                                        GError        **error);
FvNotat   *fv_notat_store_load         (FvDatabase     *database,
                                        gint64          id,
                                        GError        **error);
gboolean   fv_notat_store_save         (FvDatabase     *database,
                                        FvNotat        *notat,
                                        GError        **error);
gboolean   fv_notat_store_set_status   (FvDatabase     *database,
                                        gint64          id,
                                        FvNotatStatus   status,
                                        const char     *today,
                                        GError        **error);
gboolean   fv_notat_store_restore      (FvDatabase     *database,
                                        const FvNotat  *notat,
                                        GError        **error);
gboolean   fv_notat_store_delete       (FvDatabase     *database,
                                        gint64          id,
                                        GError        **error);
char      *fv_notat_store_facts        (FvDatabase     *database,
                                        const char     *municipality,
                                        const char     *today,
                                        GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FvNotat, fv_notat_free)

G_END_DECLS
