/* fv-csv-reader.h — a fast streaming reader of CSV files (RFC 4180)
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  FV_CSV_SEPARATOR_AUTO      = 0,    /* the more frequent of , and ; in the first record */
  FV_CSV_SEPARATOR_COMMA     = ',',
  FV_CSV_SEPARATOR_SEMICOLON = ';',
} FvCsvSeparator;

typedef enum
{
  FV_CSV_ENCODING_AUTO,              /* BOM → UTF-8; else decided by the first non-ASCII bytes */
  FV_CSV_ENCODING_UTF8,
  FV_CSV_ENCODING_WINDOWS_1252,
} FvCsvEncoding;

/* A record longer than this is refused unless fv_csv_reader_set_max_record_size() says otherwise. */
#define FV_CSV_DEFAULT_MAX_RECORD_SIZE (16 * 1024 * 1024)

typedef struct _FvCsvReader FvCsvReader;

FvCsvReader   *fv_csv_reader_new                 (GInputStream   *stream,
                                                  FvCsvSeparator  separator,
                                                  FvCsvEncoding   encoding);
void           fv_csv_reader_free                (FvCsvReader    *self);
void           fv_csv_reader_set_max_record_size (FvCsvReader    *self,
                                                  gsize           max_size);

gboolean       fv_csv_reader_next                (FvCsvReader    *self,
                                                  GCancellable   *cancellable,
                                                  GError        **error);

guint          fv_csv_reader_get_n_fields        (FvCsvReader    *self);
const char    *fv_csv_reader_peek                (FvCsvReader    *self,
                                                  guint           field,
                                                  gsize          *length);
gboolean       fv_csv_reader_equal               (FvCsvReader    *self,
                                                  guint           field,
                                                  const char     *ascii);
char          *fv_csv_reader_dup                 (FvCsvReader    *self,
                                                  guint           field,
                                                  GError        **error);
gboolean       fv_csv_reader_is_quoted           (FvCsvReader    *self,
                                                  guint           field);
int            fv_csv_reader_find                (FvCsvReader    *self,
                                                  const char     *ascii);
gboolean       fv_csv_reader_is_blank            (FvCsvReader    *self);

guint64        fv_csv_reader_get_line            (FvCsvReader    *self);
guint64        fv_csv_reader_get_record_number   (FvCsvReader    *self);
gboolean       fv_csv_reader_at_end              (FvCsvReader    *self);
char           fv_csv_reader_get_separator       (FvCsvReader    *self);
FvCsvEncoding  fv_csv_reader_get_encoding        (FvCsvReader    *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FvCsvReader, fv_csv_reader_free)

G_END_DECLS
