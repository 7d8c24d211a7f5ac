/* fv-council-meeting-editor.h — editing one meeting of a group and the input given there
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

#define FV_TYPE_COUNCIL_MEETING_EDITOR (fv_council_meeting_editor_get_type ())

G_DECLARE_FINAL_TYPE (FvCouncilMeetingEditor, fv_council_meeting_editor, FV, COUNCIL_MEETING_EDITOR, FvFormDialog)

FvCouncilMeetingEditor *fv_council_meeting_editor_new      (GtkWindow              *parent,
                                                            FvDatabase             *database,
                                                            const FvMeeting        *meeting);

G_END_DECLS
