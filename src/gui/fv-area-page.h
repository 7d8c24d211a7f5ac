/* fv-area-page.h — what the area pages of the window have in common
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fv-database.h"
#include "fv-preview-window.h"

G_BEGIN_DECLS

#define FV_TYPE_AREA_PAGE (fv_area_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (FvAreaPage, fv_area_page, FV, AREA_PAGE, AdwBin)

/**
 * FvAreaPageClass:
 * @tables: (array zero-terminated=1): the tables whose `changed` the page
 *   follows, set in class_init
 * @record_view: the view of the stack that shows one record
 * @open: reads record @id and fills the page with it
 * @refresh: reads the page's list (the wheel: its year) from the database
 * @reload: reads what is open again; runs from fv_area_page_queue_reload()
 * @database_changed: one of @tables changed; by default the list is read
 *   again when nothing is open, and @reload is queued when something is
 * @update_actions: enables the page's actions for what it shows
 * @get_open_id: the record open in the page, 0 on the list
 * @save_now: saves what is typed; %FALSE when a field is wrong or nothing is
 *   open
 * @get_view: what the page shows; by default its stack's visible child
 */
struct _FvAreaPageClass
{
  AdwBinClass parent_class;

  const char * const *tables;
  const char         *record_view;

  gboolean    (*open)             (FvAreaPage  *self,
                                   gint64       id,
                                   GError     **error);

  void        (*refresh)          (FvAreaPage *self);
  void        (*reload)           (FvAreaPage *self);
  void        (*database_changed) (FvAreaPage *self);
  void        (*update_actions)   (FvAreaPage *self);
  gint64      (*get_open_id)      (FvAreaPage *self);
  gboolean    (*save_now)         (FvAreaPage *self);
  const char *(*get_view)         (FvAreaPage *self);
};

void             fv_area_page_set_database      (FvAreaPage            *self,
                                                 FvDatabase            *database);
FvDatabase      *fv_area_page_get_database      (FvAreaPage            *self);
const char      *fv_area_page_get_view          (FvAreaPage            *self);
void             fv_area_page_set_view          (FvAreaPage            *self,
                                                 const char            *view);
void             fv_area_page_open              (FvAreaPage            *self,
                                                 gint64                 id);
void             fv_area_page_show_list         (FvAreaPage            *self,
                                                 gboolean               any);
void             fv_area_page_queue_reload      (FvAreaPage            *self);
void             fv_area_page_reload_now        (FvAreaPage            *self);
gboolean         fv_area_page_save_now          (FvAreaPage            *self);
void             fv_area_page_save_later        (FvAreaPage            *self);
void             fv_area_page_cancel_save       (FvAreaPage            *self);
gboolean         fv_area_page_save_pending      (FvAreaPage            *self);
void             fv_area_page_show_toast        (FvAreaPage            *self,
                                                 AdwToast              *toast);
void             fv_area_page_show_message      (FvAreaPage            *self,
                                                 const char            *message);
AdwToast        *fv_area_page_undo_toast        (FvAreaPage            *self,
                                                 const char            *title,
                                                 int                    timeout_s,
                                                 GCallback              undo_cb);
GtkWindow       *fv_area_page_get_parent_window (FvAreaPage            *self);
FvPreviewWindow *fv_area_page_preview           (FvAreaPage            *self,
                                                 const char            *title,
                                                 const char            *file_name,
                                                 FvPreviewProduceFunc   func,
                                                 gpointer               user_data,
                                                 GDestroyNotify         destroy);

G_END_DECLS
