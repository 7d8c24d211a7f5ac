/* fv-exchange-followup.h — the follow-up report of a volunteer exchange as an A4 PDF
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fv-database.h"
#include "fv-document.h"
#include "fv-exchange-store.h"

G_BEGIN_DECLS

FvDocument *fv_exchange_followup_new              (const FvExchangeRecord  *exchange,
                                                   GPtrArray               *agreements,
                                                   const char              *today);
FvDocument *fv_exchange_followup_new_for_exchange (FvDatabase              *database,
                                                   gint64                   exchange_id,
                                                   const char              *today,
                                                   GError                 **error);

G_END_DECLS
