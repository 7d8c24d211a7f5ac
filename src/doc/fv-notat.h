/* fv-notat.h — a notat to political committees, laid out as municipalities do
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The body of a notat is plain text in a small markup:
 *
 *   # Heading            a section heading (## and ### for lower levels)
 *   - item               a bullet; consecutive "- " lines make one list
 *   (a blank line)       ends a paragraph; other line breaks are spaces
 *   *italic*  **bold**   emphasis inside a line
 *   [^text]              a footnote: numbered, printed at the foot of the page
 *
 * Anything else is shown as written; a marker without its end is plain text.
 */

#pragma once

#include "fv-database.h"
#include "fv-document.h"
#include "fv-notat-store.h"

G_BEGIN_DECLS

char       *fv_notat_inline_to_markup   (const char     *text);
void        fv_notat_add_body           (FvDocument     *doc,
                                         const char     *body);
char       *fv_notat_format_date        (const char     *iso_date);
FvDocument *fv_notat_document_new       (const FvNotat  *notat,
                                         const char     *municipality);
FvDocument *fv_notat_document_new_for_id (FvDatabase    *database,
                                         gint64          id,
                                         const char     *municipality,
                                         GError        **error);

G_END_DECLS
