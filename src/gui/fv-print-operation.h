/* fv-print-operation.h — printing a document with the same engine as its PDF
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "fv-document.h"

G_BEGIN_DECLS

#define FV_TYPE_PRINT_OPERATION (fv_print_operation_get_type ())

G_DECLARE_FINAL_TYPE (FvPrintOperation, fv_print_operation, FV, PRINT_OPERATION, GtkPrintOperation)

FvPrintOperation *fv_print_operation_new          (FvDocument       *document);
FvDocument       *fv_print_operation_get_document (FvPrintOperation *self);
void              fv_print_operation_run_dialog   (FvPrintOperation *self,
                                                   GtkWindow        *parent);

G_END_DECLS
