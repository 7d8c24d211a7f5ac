/* fv-organisation-record.h — all we keep about one organisation, as plain data
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What an organisation can offer at an exchange (column organisation_offer.kind). */
typedef enum
{
  FV_OFFER_COURSES       = 1 << 0,  /* kurs og rådgivning */
  FV_OFFER_ENTERTAINMENT = 1 << 1,  /* underholdning */
  FV_OFFER_EXPERIENCES   = 1 << 2,  /* opplevelser */
  FV_OFFER_TIME          = 1 << 3,  /* tid til andre */
  FV_OFFER_EQUIPMENT     = 1 << 4,  /* utstyr */
  FV_OFFER_EVENT_SUPPORT = 1 << 5,  /* arrangementsstøtte */
  FV_OFFER_DUGNAD        = 1 << 6,  /* dugnadsinnsats */
  FV_OFFER_PREMISES      = 1 << 7,  /* lokaler */
  FV_OFFER_TRANSPORT     = 1 << 8,  /* transport */
  FV_OFFER_OTHER         = 1 << 9,  /* annet */
} FvOffer;

/* What an organisation needs (column organisation_need.kind). */
typedef enum
{
  FV_NEED_PREMISES    = 1 << 0,  /* lokaler */
  FV_NEED_FUNDING     = 1 << 1,  /* økonomi */
  FV_NEED_RECRUITMENT = 1 << 2,  /* rekruttering */
  FV_NEED_COMPETENCE  = 1 << 3,  /* kompetanse */
  FV_NEED_EQUIPMENT   = 1 << 4,  /* utstyr */
  FV_NEED_COOPERATION = 1 << 5,  /* samarbeid */
  FV_NEED_OTHER       = 1 << 6,  /* annet */
} FvNeed;

typedef struct
{
  guint       flag;
  const char *key;     /* stored in the database and in CSV files */
  const char *label;   /* translatable, marked with N_(); use _(label) */
} FvKind;

/* Why an organisation left the national register: flagged, never deleted. */
#define FV_REGISTER_STATUS_DELETED    "deleted"
#define FV_REGISTER_STATUS_BANKRUPT   "bankrupt"
#define FV_REGISTER_STATUS_DISSOLVING "dissolving"

typedef struct
{
  char   *name;
  char   *role;
  char   *phone;
  char   *email;
  gint64  person_id;  /* row in the person table, 0 for a new person */
} FvContact;

/* A problem with one field of a record, for the editor and import reports. */
typedef struct
{
  const char *field;    /* the record field, e.g. "orgnr" */
  char       *message;  /* translated, names the field for the user */
} FvFieldProblem;

/* Every string may be NULL (unknown); counts are -1 when unknown; categories
 * hold up to three ranked ICNPO codes (1100 …), 0 for none. id is 0 for an
 * organisation not yet stored. */
typedef struct
{
  gint64     id;
  char      *orgnr;
  char      *name;
  char      *short_name;
  char      *org_form;
  char      *sector;              /* "voluntary", "public" or "business" */
  char      *email;
  char      *phone;
  char      *website;
  char      *street;
  char      *postcode;
  char      *place;
  char      *municipality_number;
  char      *district;
  gint64     members_total;
  gint64     members_under_20;
  char      *description;
  guint      offers;              /* FvOffer flags */
  char      *offers_note;
  guint      needs;               /* FvNeed flags */
  char      *needs_note;
  gboolean   active;
  gboolean   in_frivillighetsregisteret;
  gboolean   public_listing_consent;
  char      *register_status;     /* FV_REGISTER_STATUS_… or NULL */
  char      *notes;
  char      *source;              /* "manual", "brreg", "csv", "demo" */
  char      *created_at;
  char      *updated_at;
  int        categories[3];
  GPtrArray *tags;                /* (element-type utf8) */
  GPtrArray *contacts;            /* (element-type FvContact) */
} FvOrganisationRecord;

#define FV_TYPE_ORGANISATION_RECORD (fv_organisation_record_get_type ())

GType                 fv_organisation_record_get_type (void) G_GNUC_CONST;
FvOrganisationRecord *fv_organisation_record_new      (void);
FvOrganisationRecord *fv_organisation_record_copy     (const FvOrganisationRecord *record);
void                  fv_organisation_record_free     (FvOrganisationRecord       *record);
void                  fv_organisation_record_add_contact (FvOrganisationRecord *record,
                                                          const char           *name,
                                                          const char           *role,
                                                          const char           *phone,
                                                          const char           *email);

GPtrArray            *fv_organisation_record_check    (const FvOrganisationRecord *record);

/* Lists of problems, shared by every record that checks its fields. */
GPtrArray            *fv_field_problems_new           (void);
void                  fv_field_problems_add           (GPtrArray                  *problems,
                                                       const char                 *field,
                                                       const char                 *message);
void                  fv_field_problems_take          (GPtrArray                  *problems,
                                                       const char                 *field,
                                                       char                       *message);
void                  fv_field_problem_free           (FvFieldProblem             *problem);
gboolean              fv_text_is_blank                (const char                 *text);
const char           *fv_organisation_record_field_label (const char             *field);

FvContact            *fv_contact_new                  (void);
void                  fv_contact_free                 (FvContact                  *contact);

const FvKind         *fv_offer_kinds                  (guint                      *n_kinds);
const FvKind         *fv_need_kinds                   (guint                      *n_kinds);
const FvKind         *fv_kind_lookup                  (const FvKind               *kinds,
                                                       guint                       n_kinds,
                                                       const char                 *key);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FvOrganisationRecord, fv_organisation_record_free)

G_END_DECLS
