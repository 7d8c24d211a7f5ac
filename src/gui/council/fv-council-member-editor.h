/* fv-council-member-editor.h — editing one member of a council or group
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fv-council-store.h"
#include "fv-database.h"
#include "fv-form-dialog.h"

G_BEGIN_DECLS

#define FV_TYPE_COUNCIL_MEMBER_EDITOR (fv_council_member_editor_get_type ())

G_DECLARE_FINAL_TYPE (FvCouncilMemberEditor, fv_council_member_editor, FV, COUNCIL_MEMBER_EDITOR, FvFormDialog)

FvCouncilMemberEditor *fv_council_member_editor_new      (GtkWindow             *parent,
                                                          FvDatabase            *database,
                                                          const FvCouncilMember *member);

G_END_DECLS
