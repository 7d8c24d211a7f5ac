/* fv-agreement-dialog.h — recording one agreement signed at an exchange
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fv-database.h"

G_BEGIN_DECLS

#define FV_TYPE_AGREEMENT_DIALOG (fv_agreement_dialog_get_type ())

G_DECLARE_FINAL_TYPE (FvAgreementDialog, fv_agreement_dialog, FV, AGREEMENT_DIALOG, AdwWindow)

FvAgreementDialog *fv_agreement_dialog_new        (GtkWindow         *parent,
                                                   FvDatabase        *database,
                                                   gint64             exchange_id,
                                                   gint64             agreement_id,
                                                   GError           **error);
gint64             fv_agreement_dialog_get_saved_id (FvAgreementDialog *self);

/* Shows @message right under @row in its list, or clears it (NULL). */
void               fv_exchange_set_row_problem    (GtkWidget         *row,
                                                   const char        *message);

G_END_DECLS
