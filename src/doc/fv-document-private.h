/* fv-document-private.h — inside the document engine
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A footnote reference: where it stands in the plain text, and which note. */
typedef struct
{
  guint index;  /* byte offset in the plain text */
  guint note;   /* 0-based index into the document's notes */
} FvNoteRef;

typedef struct
{
  guint  start;  /* byte offsets in the plain text */
  guint  end;
  char  *uri;
} FvLink;

/* Text ready for Pango: markup with our own elements turned into Pango's. */
typedef struct
{
  char   *markup;
  GArray *refs;   /* FvNoteRef, sorted by index; NULL when none */
  GArray *links;  /* FvLink; NULL when none */
} FvInline;

FvInline *fv_inline_new_text (const char  *text);
FvInline *fv_inline_parse    (const char  *markup,
                              guint        first_note,
                              GPtrArray   *notes,
                              GError     **error);
void      fv_inline_free     (FvInline    *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FvInline, fv_inline_free)

G_END_DECLS
