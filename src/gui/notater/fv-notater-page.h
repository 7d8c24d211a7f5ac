/* fv-notater-page.h — the Notater area: formal notes to political committees
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

#define FV_TYPE_NOTATER_PAGE (fv_notater_page_get_type ())

G_DECLARE_FINAL_TYPE (FvNotaterPage, fv_notater_page, FV, NOTATER_PAGE, FvAreaPage)

const char      *fv_notater_page_get_view      (FvNotaterPage *self);
gint64           fv_notater_page_get_notat_id  (FvNotaterPage *self);
void             fv_notater_page_open_notat    (FvNotaterPage *self,
                                                gint64         notat_id);
gboolean         fv_notater_page_save_now      (FvNotaterPage *self);
gboolean         fv_notater_page_insert_facts  (FvNotaterPage *self);
FvPreviewWindow *fv_notater_page_preview       (FvNotaterPage *self);
gboolean         fv_notater_page_set_sent      (FvNotaterPage *self,
                                                gboolean       sent);
gboolean         fv_notater_page_undo_delete   (FvNotaterPage *self);

G_END_DECLS
