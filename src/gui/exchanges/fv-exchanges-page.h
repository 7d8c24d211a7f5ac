/* fv-exchanges-page.h — the Exchanges area (frivillighetsbørs)
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

#define FV_TYPE_EXCHANGES_PAGE (fv_exchanges_page_get_type ())

G_DECLARE_FINAL_TYPE (FvExchangesPage, fv_exchanges_page, FV, EXCHANGES_PAGE, FvAreaPage)

const char      *fv_exchanges_page_get_view        (FvExchangesPage *self);
gint64           fv_exchanges_page_get_exchange_id (FvExchangesPage *self);
void             fv_exchanges_page_open_exchange   (FvExchangesPage *self,
                                                    gint64           exchange_id);
FvPreviewWindow *fv_exchanges_page_preview_forms   (FvExchangesPage *self,
                                                    guint            count);
FvPreviewWindow *fv_exchanges_page_preview_followup (FvExchangesPage *self);
gboolean         fv_exchanges_page_undo_delete     (FvExchangesPage *self);
guint            fv_exchanges_page_get_n_due       (FvExchangesPage *self);

G_END_DECLS
