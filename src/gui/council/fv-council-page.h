/* fv-council-page.h — the Council & groups area (frivillighetsråd, referansegrupper)
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fv-area-page.h"
#include "fv-database.h"
#include "fv-preview-window.h"

G_BEGIN_DECLS

#define FV_TYPE_COUNCIL_PAGE (fv_council_page_get_type ())

G_DECLARE_FINAL_TYPE (FvCouncilPage, fv_council_page, FV, COUNCIL_PAGE, FvAreaPage)

const char      *fv_council_page_get_view     (FvCouncilPage *self);
gint64           fv_council_page_get_group_id (FvCouncilPage *self);
void             fv_council_page_open_group   (FvCouncilPage *self,
                                               gint64         group_id);
gboolean         fv_council_page_save_now     (FvCouncilPage *self);
GtkWindow       *fv_council_page_add_member   (FvCouncilPage *self);
GtkWindow       *fv_council_page_edit_member  (FvCouncilPage *self,
                                               gint64         member_id);
GtkWindow       *fv_council_page_edit_meeting (FvCouncilPage *self,
                                               gint64         meeting_id);
gboolean         fv_council_page_undo_delete  (FvCouncilPage *self);
FvPreviewWindow *fv_council_page_preview      (FvCouncilPage *self);

G_END_DECLS
