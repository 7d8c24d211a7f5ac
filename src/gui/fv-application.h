/* fv-application.h
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define FV_TYPE_APPLICATION (fv_application_get_type ())

G_DECLARE_FINAL_TYPE (FvApplication, fv_application, FV, APPLICATION, AdwApplication)

FvApplication *fv_application_new               (void);
const char    *fv_application_get_database_path (FvApplication *self);
void           fv_application_set_started_at    (FvApplication *self,
                                                 gint64         started_at);

G_END_DECLS
