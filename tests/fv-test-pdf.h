/* fv-test-pdf.h — reading produced PDFs back with poppler, for the tests
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <poppler.h>

G_BEGIN_DECLS

/* poppler-glib 22.12 declares no autoptr cleanups; these names cannot clash with later ones. */
typedef PopplerDocument FvPdfDocument;
typedef PopplerPage     FvPdfPage;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FvPdfDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FvPdfPage, g_object_unref)

PopplerDocument *fv_test_pdf_open                   (const char      *path);
char            *fv_test_pdf_page_text              (PopplerDocument *document,
                                                     int              page);
char            *fv_test_pdf_text                   (PopplerDocument *document);
int              fv_test_pdf_find_page              (PopplerDocument *document,
                                                     const char      *needle);
guint            fv_test_pdf_count_pages_with       (PopplerDocument *document,
                                                     const char      *needle);
void             fv_test_pdf_assert_fonts_embedded  (PopplerDocument *document);
void             fv_test_pdf_assert_qpdf_check      (const char      *path);
void             fv_test_pdf_keep                   (const char      *path,
                                                     const char      *name);

G_END_DECLS
