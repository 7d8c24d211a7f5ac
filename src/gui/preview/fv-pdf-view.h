/* fv-pdf-view.h — a PDF's pages, one under the other, rendered off the main thread
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum
{
  FV_ZOOM_FIT_WIDTH,
  FV_ZOOM_FIT_PAGE,
  FV_ZOOM_FREE,
} FvZoomMode;

#define FV_TYPE_ZOOM_MODE (fv_zoom_mode_get_type ())
#define FV_TYPE_PDF_VIEW  (fv_pdf_view_get_type ())

GType fv_zoom_mode_get_type (void) G_GNUC_CONST;

G_DECLARE_FINAL_TYPE (FvPdfView, fv_pdf_view, FV, PDF_VIEW, GtkWidget)

GtkWidget  *fv_pdf_view_new             (void);
void        fv_pdf_view_load_async      (FvPdfView           *self,
                                         GFile               *file,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
gboolean    fv_pdf_view_load_finish     (FvPdfView           *self,
                                         GAsyncResult        *result,
                                         GError             **error);
guint       fv_pdf_view_get_n_pages     (FvPdfView           *self);
guint       fv_pdf_view_get_page        (FvPdfView           *self);
void        fv_pdf_view_set_page        (FvPdfView           *self,
                                         guint                page);
FvZoomMode  fv_pdf_view_get_zoom_mode   (FvPdfView           *self);
void        fv_pdf_view_set_zoom_mode   (FvPdfView           *self,
                                         FvZoomMode           mode);
double      fv_pdf_view_get_zoom        (FvPdfView           *self);
void        fv_pdf_view_set_zoom        (FvPdfView           *self,
                                         double               zoom);
void        fv_pdf_view_zoom_in         (FvPdfView           *self);
void        fv_pdf_view_zoom_out        (FvPdfView           *self);
guint       fv_pdf_view_get_n_rendered  (FvPdfView           *self);

G_END_DECLS
