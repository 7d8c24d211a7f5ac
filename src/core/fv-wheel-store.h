/* fv-wheel-store.h — the events of the annual wheel (årshjul)
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fv-database.h"
#include "fv-organisation-record.h"

G_BEGIN_DECLS

/* The rings of the wheel, from the outside in. */
typedef enum
{
  FV_WHEEL_VOLUNTARY,    /* "voluntary": the voluntary sector's events (Frivilligheten) */
  FV_WHEEL_POLITICAL,    /* "political": the political meeting calendar */
  FV_WHEEL_GRANTS,       /* "grants": grant deadlines (tilskudd og frister) */
  FV_WHEEL_MUNICIPAL,    /* "municipal": the municipality's own events */
  FV_WHEEL_N_CATEGORIES
} FvWheelCategory;

/* One event. Strings may be NULL; id is 0 for one not yet stored. */
typedef struct
{
  gint64           id;
  char            *title;
  char            *start_date;         /* ISO 8601, e.g. 2022-04-26 */
  char            *end_date;           /* inclusive; NULL for a single day */
  FvWheelCategory  category;
  gint64           organisation_id;    /* 0 for none */
  char            *organisation_name;  /* read only */
  char            *place;
  char            *note;
  char            *usual;              /* which usual date, or NULL; kept when saving */
  char            *created_at;
  char            *updated_at;
} FvWheelEvent;

FvWheelEvent    *fv_wheel_event_new             (void);
FvWheelEvent    *fv_wheel_event_copy            (const FvWheelEvent  *event);
void             fv_wheel_event_free            (FvWheelEvent        *event);
GPtrArray       *fv_wheel_event_check           (const FvWheelEvent  *event);
gboolean         fv_wheel_event_get_dates       (const FvWheelEvent  *event,
                                                 GDate               *start,
                                                 GDate               *end);
char            *fv_wheel_event_format_when     (const FvWheelEvent  *event);

const char      *fv_wheel_category_to_string    (FvWheelCategory      category);
FvWheelCategory  fv_wheel_category_from_string  (const char          *key);
const char      *fv_wheel_category_get_label    (FvWheelCategory      category);

GPtrArray       *fv_wheel_store_list_year       (FvDatabase          *database,
                                                 int                  year,
                                                 GError             **error);
FvWheelEvent    *fv_wheel_store_load            (FvDatabase          *database,
                                                 gint64               id,
                                                 GError             **error);
gboolean         fv_wheel_store_save            (FvDatabase          *database,
                                                 FvWheelEvent        *event,
                                                 GError             **error);
gboolean         fv_wheel_store_restore         (FvDatabase          *database,
                                                 const FvWheelEvent  *event,
                                                 GError             **error);
gboolean         fv_wheel_store_delete          (FvDatabase          *database,
                                                 gint64               id,
                                                 GError             **error);
gint64           fv_wheel_store_find_organisation (FvDatabase        *database,
                                                 const char          *name,
                                                 GError             **error);

GPtrArray       *fv_wheel_usual_dates           (int                  year);
gboolean         fv_wheel_store_add_usual_dates (FvDatabase          *database,
                                                 int                  year,
                                                 guint               *n_added,
                                                 GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FvWheelEvent, fv_wheel_event_free)

G_END_DECLS
