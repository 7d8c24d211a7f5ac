/* fv-council-store.h — the council (frivillighetsråd) and reference groups:
 * members, meetings and the input (innspill) gathered there
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
  FV_COUNCIL_KIND_COUNCIL,
  FV_COUNCIL_KIND_REFERENCE_GROUP,
  FV_COUNCIL_N_KINDS,
} FvCouncilKind;

typedef enum
{
  FV_MEETING_KIND_MEETING,
  FV_MEETING_KIND_DIALOGUE_MEETING,
  FV_MEETING_KIND_CAFE_DIALOGUE,
  FV_MEETING_KIND_EVENING_CONFERENCE,
  FV_MEETING_N_KINDS,
} FvMeetingKind;

/* A member of a group. Name, phone and e-mail are the person's (personal
 * data, in `person`); strings may be NULL; id is 0 for one not yet stored. */
typedef struct
{
  gint64  id;
  gint64  group_id;
  gint64  person_id;
  char   *name;
  char   *phone;
  char   *email;
  char   *organisation;   /* the organisation represented, by its register name, or NULL */
  gint64  organisation_id; /* as read, 0 for none; writes go by @organisation's name */
  char   *role;           /* free text: leder, medlem, vara */
  char   *term_start;     /* ISO 8601 date, or NULL */
  char   *term_end;       /* ISO 8601 date, or NULL */
} FvCouncilMember;

typedef struct
{
  gint64  id;
  gint64  meeting_id;
  char   *organisation;   /* by its register name, or NULL */
  gint64  organisation_id; /* as read, 0 for none; writes go by @organisation's name */
  char   *text;
  char   *theme;
} FvInnspill;

typedef struct
{
  gint64         id;
  gint64         group_id; /* 0 for an open meeting */
  FvMeetingKind  kind;
  char          *date;     /* ISO 8601 date */
  char          *place;
  char          *notes;
  GPtrArray     *innspill; /* (element-type FvInnspill) */
} FvMeeting;

typedef struct
{
  gint64         id;
  char          *name;
  FvCouncilKind  kind;
  char          *description;
  char          *created_at;
  char          *updated_at;
  GPtrArray     *members;  /* (element-type FvCouncilMember); empty from fv_council_store_list() */
  GPtrArray     *meetings; /* (element-type FvMeeting), by date; empty from fv_council_store_list() */
} FvCouncilGroup;

const char     *fv_council_kind_to_string   (FvCouncilKind  kind);
FvCouncilKind   fv_council_kind_from_string (const char    *text);
const char     *fv_council_kind_label       (FvCouncilKind  kind);
const char     *fv_meeting_kind_to_string   (FvMeetingKind  kind);
FvMeetingKind   fv_meeting_kind_from_string (const char    *text);
const char     *fv_meeting_kind_label       (FvMeetingKind  kind);

FvCouncilMember *fv_council_member_new      (void);
FvCouncilMember *fv_council_member_copy     (const FvCouncilMember *member);
void             fv_council_member_free     (FvCouncilMember       *member);
GPtrArray       *fv_council_member_check    (const FvCouncilMember *member);
char            *fv_council_member_format_term (const FvCouncilMember *member);
gboolean         fv_council_member_term_has_ended (const FvCouncilMember *member,
                                             const char            *today);

FvInnspill      *fv_innspill_new            (void);
FvInnspill      *fv_innspill_copy           (const FvInnspill      *innspill);
void             fv_innspill_free           (FvInnspill            *innspill);

FvMeeting       *fv_meeting_new             (void);
FvMeeting       *fv_meeting_copy            (const FvMeeting       *meeting);
void             fv_meeting_free            (FvMeeting             *meeting);
GPtrArray       *fv_meeting_check           (const FvMeeting       *meeting);

FvCouncilGroup  *fv_council_group_new       (void);
FvCouncilGroup  *fv_council_group_copy      (const FvCouncilGroup  *group);
void             fv_council_group_free      (FvCouncilGroup        *group);
GPtrArray       *fv_council_group_check     (const FvCouncilGroup  *group);

gboolean         fv_council_date_is_valid   (const char            *iso);

GPtrArray       *fv_council_store_list      (FvDatabase            *database,
                                             GError               **error);
FvCouncilGroup  *fv_council_store_load      (FvDatabase            *database,
                                             gint64                 id,
                                             GError               **error);
gboolean         fv_council_store_save      (FvDatabase            *database,
                                             FvCouncilGroup        *group,
                                             GError               **error);
gboolean         fv_council_store_delete    (FvDatabase            *database,
                                             gint64                 id,
                                             GError               **error);
gboolean         fv_council_store_restore   (FvDatabase            *database,
                                             FvCouncilGroup        *group,
                                             GError               **error);
gint64           fv_council_store_find_organisation (FvDatabase    *database,
                                             const char            *name);
gboolean         fv_council_store_add_member (FvDatabase           *database,
                                             FvCouncilMember       *member,
                                             GError               **error);
gboolean         fv_council_store_update_member (FvDatabase        *database,
                                             const FvCouncilMember *member,
                                             GError               **error);
gboolean         fv_council_store_remove_member (FvDatabase        *database,
                                             gint64                 member_id,
                                             GError               **error);
gboolean         fv_council_store_add_meeting (FvDatabase          *database,
                                             FvMeeting             *meeting,
                                             GError               **error);
gboolean         fv_council_store_update_meeting (FvDatabase       *database,
                                             const FvMeeting       *meeting,
                                             GError               **error);
gboolean         fv_council_store_delete_meeting (FvDatabase       *database,
                                             gint64                 meeting_id,
                                             GError               **error);
gboolean         fv_council_store_add_innspill (FvDatabase         *database,
                                             FvInnspill            *innspill,
                                             GError               **error);
gboolean         fv_council_store_delete_innspill (FvDatabase      *database,
                                             gint64                 innspill_id,
                                             GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FvCouncilMember, fv_council_member_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FvInnspill, fv_innspill_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FvMeeting, fv_meeting_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FvCouncilGroup, fv_council_group_free)

G_END_DECLS
