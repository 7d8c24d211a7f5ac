/* fv-document.h — one layout engine for every PDF and printed page
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>
#include <pango/pango.h>

#include "fv-paper.h"

G_BEGIN_DECLS

#define FV_DOCUMENT_ERROR (fv_document_error_quark ())

typedef enum
{
  FV_DOCUMENT_ERROR_FAILED,
  FV_DOCUMENT_ERROR_WRITE,
} FvDocumentError;

typedef enum
{
  FV_PARAGRAPH_BODY,
  FV_PARAGRAPH_TITLE,     /* the document's own title, once, at the top */
  FV_PARAGRAPH_SUBTITLE,  /* under the title */
  FV_PARAGRAPH_LEAD,      /* an introduction, slightly larger than the body */
  FV_PARAGRAPH_SMALL,     /* small print: sources, notes under a table */
} FvParagraphStyle;

typedef enum
{
  FV_ALIGN_START,
  FV_ALIGN_CENTER,
  FV_ALIGN_END,           /* numbers */
} FvAlign;

typedef enum
{
  FV_TABLE_ROW_DEFAULT = 0,
  FV_TABLE_ROW_MARKUP  = 1 << 0,  /* the cells are Pango markup, not plain text */
  FV_TABLE_ROW_STRONG  = 1 << 1,  /* a sum: bold, with a rule above */
} FvTableRowFlags;

/* Draws into the box (0, 0, width, height), in points. Called from whatever
 * thread draws the page, any number of times: keep @user_data read-only. */
typedef void (*FvDrawFunc) (cairo_t  *cr,
                            double    width,
                            double    height,
                            gpointer  user_data);

typedef struct _FvTable FvTable;

#define FV_TYPE_DOCUMENT (fv_document_get_type ())

G_DECLARE_FINAL_TYPE (FvDocument, fv_document, FV, DOCUMENT, GObject)

GQuark        fv_document_error_quark        (void);

FvDocument   *fv_document_new                (FvPaper             paper,
                                              FvOrientation       orientation);

FvPaper       fv_document_get_paper          (FvDocument         *self);
FvOrientation fv_document_get_orientation    (FvDocument         *self);
void          fv_document_get_page_size      (FvDocument         *self,
                                              double             *width,
                                              double             *height);
const char   *fv_document_get_title          (FvDocument         *self);
void          fv_document_set_title          (FvDocument         *self,
                                              const char         *title);
const char   *fv_document_get_author         (FvDocument         *self);
void          fv_document_set_author         (FvDocument         *self,
                                              const char         *author);
const char   *fv_document_get_subject        (FvDocument         *self);
void          fv_document_set_subject        (FvDocument         *self,
                                              const char         *subject);
const char   *fv_document_get_keywords       (FvDocument         *self);
void          fv_document_set_keywords       (FvDocument         *self,
                                              const char         *keywords);
GDateTime    *fv_document_get_date           (FvDocument         *self);
void          fv_document_set_date           (FvDocument         *self,
                                              GDateTime          *date);

/* Content, in reading order. Markup is Pango markup plus two elements of ours:
 * <a href="…">…</a> (a link) and <footnote>…</footnote> (a numbered note,
 * printed at the foot of the page that cites it). Plain text is shown as is. */
void          fv_document_add_heading        (FvDocument         *self,
                                              guint               level,
                                              const char         *text);
void          fv_document_add_paragraph      (FvDocument         *self,
                                              const char         *markup);
void          fv_document_add_styled_paragraph (FvDocument       *self,
                                              FvParagraphStyle    style,
                                              const char         *markup);
void          fv_document_add_list           (FvDocument         *self,
                                              gboolean            numbered,
                                              const char * const *items);
FvTable      *fv_document_add_table          (FvDocument         *self,
                                              guint               n_columns,
                                              const double       *widths);
void          fv_document_add_drawing        (FvDocument         *self,
                                              double              height,
                                              FvDrawFunc          func,
                                              gpointer            user_data,
                                              GDestroyNotify      destroy);
void          fv_document_add_space          (FvDocument         *self,
                                              double              points);
void          fv_document_add_page_break     (FvDocument         *self);

void          fv_table_set_header            (FvTable            *table,
                                              const char * const *cells);
void          fv_table_set_caption           (FvTable            *table,
                                              const char         *caption);
void          fv_table_set_align             (FvTable            *table,
                                              guint               column,
                                              FvAlign             align);
void          fv_table_add_row               (FvTable            *table,
                                              const char * const *cells);
void          fv_table_add_row_full          (FvTable            *table,
                                              FvTableRowFlags     flags,
                                              const char * const *cells);
guint         fv_table_get_n_rows            (FvTable            *table);

/* Pages: one layout pass, then any page drawn on any cairo context. */
gboolean      fv_document_layout             (FvDocument         *self,
                                              GCancellable       *cancellable,
                                              GError            **error);
guint         fv_document_get_n_pages        (FvDocument         *self);
void          fv_document_draw_page          (FvDocument         *self,
                                              cairo_t            *cr,
                                              guint               page);
gboolean      fv_document_write_pdf          (FvDocument         *self,
                                              const char         *path,
                                              GCancellable       *cancellable,
                                              GError            **error);

/* For drawings: a layout in the documents' fonts, measured in points. */
PangoLayout  *fv_document_create_layout      (const char         *font);
const char   *fv_document_get_font_family    (void);

G_END_DECLS
