/* fv-import-stream.h — the bottom of every importer: gzip made transparent, bytes counted
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define FV_IMPORT_ERROR (fv_import_error_quark ())

/* What went wrong reading a file; messages are translated and say where. */
typedef enum
{
  FV_IMPORT_ERROR_FAILED,
  FV_IMPORT_ERROR_EMPTY,         /* the file holds nothing at all */
  FV_IMPORT_ERROR_FORMAT,        /* not the kind of file expected: wrong or missing header, not text */
  FV_IMPORT_ERROR_MALFORMED,     /* the right kind of file, but broken syntax */
  FV_IMPORT_ERROR_TRUNCATED,     /* ends in the middle of a record */
  FV_IMPORT_ERROR_ENCODING,      /* text in an encoding we cannot read */
  FV_IMPORT_ERROR_TOO_LARGE,     /* one record beyond the size limit (garbage, usually) */
  FV_IMPORT_ERROR_INVALID_ROWS,  /* rows with problems; the list of problems says which */
} FvImportError;

/* Progress of a reader: @done bytes of the file as stored (compressed, when
 * it is) out of @total (-1 when unknown). Called from the reading thread. */
typedef void (*FvReadProgress) (goffset  done,
                                goffset  total,
                                gpointer user_data);

#define FV_TYPE_IMPORT_STREAM (fv_import_stream_get_type ())

G_DECLARE_FINAL_TYPE (FvImportStream, fv_import_stream, FV, IMPORT_STREAM, GInputStream)

GQuark          fv_import_error_quark          (void);

FvImportStream *fv_import_stream_open          (GInputStream   *base,
                                                GCancellable   *cancellable,
                                                GError        **error);
gboolean        fv_import_stream_is_compressed (FvImportStream *self);
guint64         fv_import_stream_get_raw_bytes (FvImportStream *self);
const guint8   *fv_import_stream_peek          (FvImportStream *self,
                                                gsize           count,
                                                gsize          *n_available,
                                                GCancellable   *cancellable,
                                                GError        **error);
void            fv_import_stream_set_progress  (FvImportStream *self,
                                                goffset         total,
                                                FvReadProgress  progress,
                                                gpointer        user_data);
void            fv_import_stream_end_progress  (FvImportStream *self);

G_END_DECLS
