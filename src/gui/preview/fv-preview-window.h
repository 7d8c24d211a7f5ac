/* fv-preview-window.h — a produced document, shown as the PDF it is, to save or print
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fv-document.h"
#include "fv-pdf-view.h"

G_BEGIN_DECLS

/* Builds a document in a worker thread: read-only use of @user_data only. */
typedef FvDocument *(*FvPreviewProduceFunc) (gpointer       user_data,
                                             GCancellable  *cancellable,
                                             GError       **error);

#define FV_TYPE_PREVIEW_WINDOW (fv_preview_window_get_type ())

G_DECLARE_FINAL_TYPE (FvPreviewWindow, fv_preview_window, FV, PREVIEW_WINDOW, AdwWindow)

FvPreviewWindow *fv_preview_window_new          (GtkWindow             *parent);
void             fv_preview_window_produce      (FvPreviewWindow       *self,
                                                 const char            *title,
                                                 const char            *file_name,
                                                 FvPreviewProduceFunc   func,
                                                 gpointer               user_data,
                                                 GDestroyNotify         destroy);
gboolean         fv_preview_window_is_ready     (FvPreviewWindow       *self);
const GError    *fv_preview_window_get_error    (FvPreviewWindow       *self);
FvDocument      *fv_preview_window_get_document (FvPreviewWindow       *self);
const char      *fv_preview_window_get_pdf_path (FvPreviewWindow       *self);
FvPdfView       *fv_preview_window_get_view     (FvPreviewWindow       *self);

G_END_DECLS
