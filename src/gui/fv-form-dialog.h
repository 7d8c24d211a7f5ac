/* fv-form-dialog.h
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fv-database.h"

G_BEGIN_DECLS

#define FV_TYPE_FORM_DIALOG (fv_form_dialog_get_type ())

G_DECLARE_DERIVABLE_TYPE (FvFormDialog, fv_form_dialog, FV, FORM_DIALOG, AdwWindow)

/**
 * FvFormDialogClass:
 * @save: writes what the rows hold in one transaction; %FALSE when a field
 *   is wrong (marked beside it) or the write failed (shown as a toast)
 */
struct _FvFormDialogClass
{
  AdwWindowClass parent_class;

  gboolean (*save) (FvFormDialog *self);
};

FvDatabase          *fv_form_dialog_get_database (FvFormDialog        *self);
void                 fv_form_dialog_set_database (FvFormDialog        *self,
                                                  FvDatabase          *database);
AdwPreferencesGroup *fv_form_dialog_add_group    (FvFormDialog        *self,
                                                  const char          *title,
                                                  const char          *description);
AdwEntryRow         *fv_form_dialog_add_entry    (FvFormDialog        *self,
                                                  AdwPreferencesGroup *group,
                                                  const char          *title,
                                                  const char          *text);
void                 fv_form_dialog_set_filling  (FvFormDialog        *self,
                                                  gboolean             filling);
void                 fv_form_dialog_changed      (FvFormDialog        *self);
gboolean             fv_form_dialog_save_now     (FvFormDialog        *self);
void                 fv_form_dialog_show_toast   (FvFormDialog        *self,
                                                  const char          *message);

char                *fv_form_dialog_entry_text   (AdwEntryRow         *row);
void                 fv_form_dialog_set_entry    (AdwEntryRow         *row,
                                                  const char          *text);

G_END_DECLS
