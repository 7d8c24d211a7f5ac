/* fv-follow-up-dialog.h — following up one agreement after the exchange
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fv-database.h"
#include "fv-exchange-store.h"

G_BEGIN_DECLS

#define FV_TYPE_FOLLOW_UP_DIALOG (fv_follow_up_dialog_get_type ())

G_DECLARE_FINAL_TYPE (FvFollowUpDialog, fv_follow_up_dialog, FV, FOLLOW_UP_DIALOG, AdwMessageDialog)

FvFollowUpDialog  *fv_follow_up_dialog_new          (GtkWindow         *parent,
                                                     FvDatabase        *database,
                                                     gint64             agreement_id,
                                                     GError           **error);
FvAgreementStatus  fv_follow_up_dialog_get_status   (FvFollowUpDialog  *self);
gint64             fv_follow_up_dialog_get_agreement_id (FvFollowUpDialog *self);
gboolean           fv_follow_up_dialog_save         (FvFollowUpDialog  *self,
                                                     GError           **error);

G_END_DECLS
