/* fv-json-reader.h — a streaming reader of one large JSON array of objects
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* An object larger than this is refused unless fv_json_reader_set_max_object_size() says otherwise. */
#define FV_JSON_DEFAULT_MAX_OBJECT_SIZE (16 * 1024 * 1024)

typedef struct _FvJsonReader FvJsonReader;

FvJsonReader *fv_json_reader_new                 (GInputStream  *stream);
void          fv_json_reader_free                (FvJsonReader  *self);
void          fv_json_reader_set_max_object_size (FvJsonReader  *self,
                                                  gsize          max_size);

gboolean      fv_json_reader_next                (FvJsonReader  *self,
                                                  GCancellable  *cancellable,
                                                  GError       **error);

guint         fv_json_reader_get_n_members       (FvJsonReader  *self);
const char   *fv_json_reader_get_key             (FvJsonReader  *self,
                                                  guint          index);
const char   *fv_json_reader_get_value           (FvJsonReader  *self,
                                                  guint          index,
                                                  gsize         *length);
const char   *fv_json_reader_lookup              (FvJsonReader  *self,
                                                  const char    *key,
                                                  gsize         *length);

guint64       fv_json_reader_get_index           (FvJsonReader  *self);
guint64       fv_json_reader_get_line            (FvJsonReader  *self);
goffset       fv_json_reader_get_offset          (FvJsonReader  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FvJsonReader, fv_json_reader_free)

G_END_DECLS
