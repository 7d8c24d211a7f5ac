/* fv-person-store.h — the personal data Frivillig keeps: see it all and erase it
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fv-database.h"

G_BEGIN_DECLS

typedef enum
{
  /* a contact person of an organisation (organisation_contact) */
  FV_PERSON_LINK_CONTACT,
  /* a member of a council or reference group (council_member) */
  FV_PERSON_LINK_MEMBER,
} FvPersonLinkKind;

/* One place a person's data is used. Strings may be NULL. */
typedef struct
{
  FvPersonLinkKind  kind;
  gint64            target_id;     /* the organisation (contact) or the group (member) */
  char             *target;        /* its name */
  char             *role;
  char             *organisation;  /* member: the organisation represented, or NULL */
  char             *term_start;    /* member: ISO 8601 dates, or NULL */
  char             *term_end;
} FvPersonLink;

/* A person as stored in `person`, with every place their data is used. */
typedef struct
{
  gint64     id;
  char      *name;
  char      *phone;
  char      *email;
  char      *notes;
  char      *created_at;  /* ISO 8601, UTC */
  char      *updated_at;
  GPtrArray *links;       /* (element-type FvPersonLink) */
} FvPerson;

void       fv_person_link_free         (FvPersonLink   *link);
char      *fv_person_link_describe     (const FvPersonLink *link);

FvPerson  *fv_person_new               (void);
FvPerson  *fv_person_copy              (const FvPerson *person);
void       fv_person_free              (FvPerson       *person);

GPtrArray *fv_person_store_list        (FvDatabase     *database,
                                        const char     *search,
                                        GError        **error);
FvPerson  *fv_person_store_load        (FvDatabase     *database,
                                        gint64          id,
                                        GError        **error);
gboolean   fv_person_store_erase       (FvDatabase     *database,
                                        gint64          id,
                                        FvPerson      **erased,
                                        GError        **error);

char      *fv_person_format_timestamp  (const char     *iso);
char      *fv_person_report_text       (const FvPerson *person,
                                        GDateTime      *now);
gboolean   fv_person_report_write      (const FvPerson *person,
                                        GFile          *file,
                                        GCancellable   *cancellable,
                                        GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FvPersonLink, fv_person_link_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FvPerson, fv_person_free)

G_END_DECLS
