/* fv-import-skip.h — one record an import left out, or one problem in a row, and why
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Where: @line is the physical line of the file the record starts on (rows
 * with newlines inside quotes span several lines), @index the record's number
 * in the file counting from 1 (a CSV header is not counted); either is 0 when
 * unknown. @column names the field at fault as the file names it, or is NULL
 * when the whole record is meant. @reason is translated and a full sentence. */
typedef struct
{
  guint64  line;
  guint64  index;
  char    *orgnr;
  char    *name;
  char    *column;
  char    *reason;
} FvImportSkip;

#define FV_TYPE_IMPORT_SKIP (fv_import_skip_get_type ())

GType         fv_import_skip_get_type (void) G_GNUC_CONST;
FvImportSkip *fv_import_skip_new      (guint64             line,
                                       guint64             index,
                                       const char         *orgnr,
                                       const char         *name,
                                       const char         *column,
                                       const char         *reason);
FvImportSkip *fv_import_skip_copy     (const FvImportSkip *skip);
void          fv_import_skip_free     (FvImportSkip       *skip);
char         *fv_import_skip_describe (const FvImportSkip *skip);
GPtrArray    *fv_import_skip_list_new (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FvImportSkip, fv_import_skip_free)

G_END_DECLS
