/* fv-agreement-forms.h — numbered agreement forms to print for a volunteer exchange
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fv-database.h"
#include "fv-document.h"
#include "fv-exchange-store.h"

G_BEGIN_DECLS

/* The most forms one batch makes: more is a mistake, not an exchange. */
#define FV_AGREEMENT_FORMS_MAX 999

FvDocument *fv_agreement_forms_new              (const FvExchangeRecord  *exchange,
                                                 guint                    first,
                                                 guint                    count);
FvDocument *fv_agreement_forms_new_for_exchange (FvDatabase              *database,
                                                 gint64                   exchange_id,
                                                 guint                    first,
                                                 guint                    count,
                                                 GError                 **error);

G_END_DECLS
