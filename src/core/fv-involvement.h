/* fv-involvement.h — what one organisation takes part in, across the areas
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fv-council-store.h"
#include "fv-database.h"
#include "fv-exchange-store.h"
#include "fv-plan-store.h"

G_BEGIN_DECLS

/* An exchange (frivillighetsbørs) the organisation joined. */
typedef struct
{
  gint64  exchange_id;
  char   *name;
  char   *date;                 /* ISO 8601 */
} FvInvolvedExchange;

/* An agreement signed there, seen from the organisation's side. */
typedef struct
{
  gint64             agreement_id;
  gint64             exchange_id;
  char              *exchange_name;
  char              *exchange_date;   /* ISO 8601 */
  guint              form_number;
  gboolean           as_giver;        /* %FALSE: it receives */
  char              *other_party;     /* the other organisation's name */
  char              *description;
  char              *in_return;       /* NULL for a one-way agreement */
  FvAgreementStatus  status;
  char              *deadline;        /* ISO 8601 */
  gboolean           overdue;         /* still agreed, deadline passed */
} FvInvolvedAgreement;

/* A seat in a council or reference group held for the organisation. */
typedef struct
{
  gint64         member_id;
  gint64         group_id;
  char          *group_name;
  FvCouncilKind  group_kind;
  char          *person_name;
  char          *role;               /* free text, may be empty */
  char          *term_start;         /* ISO 8601, or NULL */
  char          *term_end;           /* ISO 8601, or NULL */
  gboolean       term_ended;
} FvInvolvedMembership;

/* An action (tiltak) of an action plan that names the organisation. */
typedef struct
{
  gint64              action_id;
  gint64              plan_id;
  char               *plan_title;
  char               *goal_text;
  char               *text;
  char               *responsible;    /* as written, may be NULL */
  FvPlanActionStatus  status;
  char               *deadline;       /* ISO 8601, or NULL */
  gboolean            as_partner;     /* one of its samarbeidspartnere */
  gboolean            as_responsible; /* ansvarlig names it */
  gboolean            overdue;        /* planned or in progress, deadline passed */
} FvInvolvedAction;

/* Input (innspill) the organisation gave at a meeting. */
typedef struct
{
  gint64         innspill_id;
  gint64         meeting_id;
  gint64         group_id;           /* 0 for an open meeting */
  char          *group_name;         /* NULL for an open meeting */
  FvMeetingKind  meeting_kind;
  char          *meeting_date;       /* ISO 8601 */
  char          *text;
  char          *theme;              /* may be NULL */
} FvInvolvedInnspill;

typedef struct
{
  gint64     organisation_id;
  GPtrArray *exchanges;    /* (element-type FvInvolvedExchange), latest first */
  GPtrArray *agreements;   /* (element-type FvInvolvedAgreement), by exchange, latest first, then number */
  GPtrArray *memberships;  /* (element-type FvInvolvedMembership), by group */
  GPtrArray *actions;      /* (element-type FvInvolvedAction), by plan, goal and action order */
  GPtrArray *innspill;     /* (element-type FvInvolvedInnspill), latest meeting first */
} FvInvolvement;

FvInvolvement *fv_involvement_load     (FvDatabase          *database,
                                        gint64               organisation_id,
                                        const char          *today,
                                        GError             **error);
void           fv_involvement_free     (FvInvolvement       *involvement);
guint          fv_involvement_count    (const FvInvolvement *involvement);
gboolean       fv_involvement_watches_table (const char     *table);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FvInvolvement, fv_involvement_free)

G_END_DECLS
