/* fv-exchange-store.h — volunteer exchanges, their participants and agreements
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
  FV_AGREEMENT_AGREED,
  FV_AGREEMENT_FULFILLED,
  FV_AGREEMENT_NOT_FULFILLED,
  FV_AGREEMENT_CANCELLED,
  FV_AGREEMENT_N_STATUSES
} FvAgreementStatus;

typedef enum
{
  FV_SECTOR_VOLUNTARY,
  FV_SECTOR_PUBLIC,
  FV_SECTOR_BUSINESS,
  FV_N_SECTORS
} FvSector;

/* One exchange (frivillighetsbørs). Strings may be NULL; id is 0 for one not
 * yet stored. The counts are read with it and ignored when saving. */
typedef struct
{
  gint64  id;
  char   *name;
  char   *date;           /* ISO 8601, e.g. 2025-03-12 */
  char   *place;
  char   *municipality;
  char   *notes;
  char   *created_at;
  char   *updated_at;
  guint   n_participants;
  guint   n_agreements;
} FvExchangeRecord;

/* An organisation taking part; sector as it was when it joined. */
typedef struct
{
  gint64  organisation_id;
  char   *name;
  char   *sector;         /* "voluntary", "public" or "business" */
  guint   n_agreements;   /* as giver or receiver */
} FvParticipant;

/* One signed agreement form. Party 1 (giver) gives; party 2 (receiver)
 * receives, and gives @in_return unless the agreement is one-way (NULL). */
typedef struct
{
  gint64             id;
  gint64             exchange_id;
  guint              form_number;      /* 0 when saving: the next free number */
  gint64             giver_id;
  gint64             receiver_id;
  char              *exchange_name;    /* read only; filled by the follow-up list */
  char              *giver_name;       /* read only */
  char              *giver_sector;     /* read only */
  char              *receiver_name;    /* read only */
  char              *receiver_sector;  /* read only */
  char              *description;
  char              *in_return;
  char              *category;         /* an offer kind key, e.g. "time" */
  char              *deadline;         /* ISO date; NULL when saving: a year after the exchange */
  FvAgreementStatus  status;
  char              *follow_up;
  char              *created_at;
  char              *updated_at;
} FvAgreementRecord;

/* What the follow-up reports: agreements by sector pair and category. */
typedef struct
{
  guint n_participants;
  guint participants_by_sector[FV_N_SECTORS];
  guint n_agreements;
  guint by_status[FV_AGREEMENT_N_STATUSES];
  guint by_sectors[FV_N_SECTORS][FV_N_SECTORS];   /* [giver][receiver] */
  guint by_category[10];                          /* in fv_offer_kinds() order */
  guint n_two_way;
  guint n_overdue;                                /* agreed, deadline passed */
} FvExchangeSummary;

/* Everything an exchange's delete took away, to put back from Undo. */
typedef struct _FvExchangeSnapshot FvExchangeSnapshot;

/* How near a deadline has to be before an open agreement needs following up. */
#define FV_AGREEMENT_DUE_SOON_DAYS 30

FvExchangeRecord  *fv_exchange_record_new     (void);
void               fv_exchange_record_free    (FvExchangeRecord        *record);
GPtrArray         *fv_exchange_record_check   (const FvExchangeRecord  *record);
FvAgreementRecord *fv_agreement_record_new    (void);
FvAgreementRecord *fv_agreement_record_copy   (const FvAgreementRecord *record);
void               fv_agreement_record_free   (FvAgreementRecord       *record);
GPtrArray         *fv_agreement_record_check  (const FvAgreementRecord *record);
void               fv_participant_free        (FvParticipant           *participant);

const char        *fv_agreement_status_to_string (FvAgreementStatus  status);
FvAgreementStatus  fv_agreement_status_from_string (const char      *text);
const char        *fv_agreement_status_get_label (FvAgreementStatus  status);
FvSector           fv_sector_from_string      (const char              *sector);
char              *fv_exchange_format_date    (const char              *iso_date);
char              *fv_exchange_parse_date     (const char              *text);

GPtrArray         *fv_exchange_store_list     (FvDatabase              *database,
                                               GError                 **error);
FvExchangeRecord  *fv_exchange_store_load     (FvDatabase              *database,
                                               gint64                   id,
                                               GError                 **error);
gboolean           fv_exchange_store_save     (FvDatabase              *database,
                                               FvExchangeRecord        *record,
                                               GError                 **error);
gboolean           fv_exchange_store_delete   (FvDatabase              *database,
                                               gint64                   id,
                                               GError                 **error);
gboolean           fv_exchange_store_delete_full (FvDatabase           *database,
                                               gint64                   id,
                                               FvExchangeSnapshot     **snapshot,
                                               GError                 **error);
gboolean           fv_exchange_store_restore  (FvDatabase              *database,
                                               FvExchangeSnapshot      *snapshot,
                                               GError                 **error);
const FvExchangeRecord *fv_exchange_snapshot_get_exchange (const FvExchangeSnapshot *snapshot);
void               fv_exchange_snapshot_free  (FvExchangeSnapshot      *snapshot);

gboolean           fv_exchange_store_add_participant    (FvDatabase    *database,
                                                         gint64         exchange_id,
                                                         gint64         organisation_id,
                                                         GError       **error);
gboolean           fv_exchange_store_remove_participant (FvDatabase    *database,
                                                         gint64         exchange_id,
                                                         gint64         organisation_id,
                                                         GError       **error);
GPtrArray         *fv_exchange_store_list_participants  (FvDatabase    *database,
                                                         gint64         exchange_id,
                                                         GError       **error);
GPtrArray         *fv_exchange_store_find_candidates    (FvDatabase    *database,
                                                         gint64         exchange_id,
                                                         const char    *search,
                                                         guint          limit,
                                                         GError       **error);

GPtrArray         *fv_exchange_store_list_agreements    (FvDatabase    *database,
                                                         gint64         exchange_id,
                                                         GError       **error);
FvAgreementRecord *fv_exchange_store_load_agreement     (FvDatabase    *database,
                                                         gint64         id,
                                                         GError       **error);
gboolean           fv_exchange_store_save_agreement     (FvDatabase         *database,
                                                         FvAgreementRecord  *record,
                                                         GError            **error);
gboolean           fv_exchange_store_set_agreement_status (FvDatabase        *database,
                                                         gint64             id,
                                                         FvAgreementStatus  status,
                                                         GError           **error);
gboolean           fv_exchange_store_follow_up          (FvDatabase         *database,
                                                         gint64              id,
                                                         FvAgreementStatus   status,
                                                         const char         *follow_up,
                                                         GError            **error);
GPtrArray         *fv_exchange_store_list_due           (FvDatabase    *database,
                                                         const char    *today,
                                                         guint          within_days,
                                                         GError       **error);
gboolean           fv_agreement_record_is_overdue       (const FvAgreementRecord *record,
                                                         const char              *today);
gboolean           fv_agreement_record_is_due_soon      (const FvAgreementRecord *record,
                                                         const char              *today,
                                                         guint                    within_days);
char              *fv_exchange_today                    (void);
gboolean           fv_exchange_store_delete_agreement   (FvDatabase    *database,
                                                         gint64         id,
                                                         GError       **error);
guint              fv_exchange_store_next_form_number   (FvDatabase    *database,
                                                         gint64         exchange_id,
                                                         GError       **error);
gboolean           fv_exchange_store_summarise          (FvDatabase         *database,
                                                         gint64              exchange_id,
                                                         FvExchangeSummary  *summary,
                                                         GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FvExchangeRecord, fv_exchange_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FvAgreementRecord, fv_agreement_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FvExchangeSnapshot, fv_exchange_snapshot_free)

G_END_DECLS
