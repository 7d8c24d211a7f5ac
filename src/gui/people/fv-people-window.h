/* fv-people-window.h — see and erase the personal data of one person (GDPR)
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fv-database.h"

G_BEGIN_DECLS

#define FV_TYPE_PEOPLE_WINDOW (fv_people_window_get_type ())

G_DECLARE_FINAL_TYPE (FvPeopleWindow, fv_people_window, FV, PEOPLE_WINDOW, AdwWindow)

FvPeopleWindow *fv_people_window_new             (GtkWindow      *parent,
                                                  FvDatabase     *database);
FvDatabase     *fv_people_window_get_database    (FvPeopleWindow *self);
gboolean        fv_people_window_is_loading      (FvPeopleWindow *self);
guint           fv_people_window_get_n_people    (FvPeopleWindow *self);
gboolean        fv_people_window_select          (FvPeopleWindow *self,
                                                  gint64          id);
gint64          fv_people_window_get_selected_id (FvPeopleWindow *self);
void            fv_people_window_save_report     (FvPeopleWindow *self,
                                                  GFile          *file);
gboolean        fv_people_window_is_saving       (FvPeopleWindow *self);

G_END_DECLS
