/* fv-organisation-editor.h — the window that edits one organisation
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fv-database.h"

G_BEGIN_DECLS

#define FV_TYPE_ORGANISATION_EDITOR (fv_organisation_editor_get_type ())

G_DECLARE_FINAL_TYPE (FvOrganisationEditor, fv_organisation_editor, FV, ORGANISATION_EDITOR, AdwWindow)

FvOrganisationEditor *fv_organisation_editor_new         (GtkWindow            *parent,
                                                          FvDatabase           *database,
                                                          gint64                id);
gint64                fv_organisation_editor_get_id      (FvOrganisationEditor *self);
FvDatabase           *fv_organisation_editor_get_database (FvOrganisationEditor *self);
gboolean              fv_organisation_editor_has_problems (FvOrganisationEditor *self);

G_END_DECLS
