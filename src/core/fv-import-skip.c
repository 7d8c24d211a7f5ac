/* fv-import-skip.c — one record an import left out, or one problem in a row, and why
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The readers collect these instead of failing on the first bad row, so the
 * import preview (and the command line) can list every one of them.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fv-import-skip.h"

G_DEFINE_BOXED_TYPE (FvImportSkip, fv_import_skip, fv_import_skip_copy, fv_import_skip_free)

FvImportSkip *
fv_import_skip_new (guint64     line,
                    guint64     index,
                    const char *orgnr,
                    const char *name,
                    const char *column,
                    const char *reason)
{
  FvImportSkip *skip = g_new0 (FvImportSkip, 1);

  skip->line = line;
  skip->index = index;
  skip->orgnr = g_strdup (orgnr);
  skip->name = g_strdup (name);
  skip->column = g_strdup (column);
  skip->reason = g_strdup (reason);
  return skip;
}

FvImportSkip *
fv_import_skip_copy (const FvImportSkip *skip)
{
  g_return_val_if_fail (skip != NULL, NULL);

  return fv_import_skip_new (skip->line, skip->index, skip->orgnr, skip->name, skip->column,
                             skip->reason);
}

void
fv_import_skip_free (FvImportSkip *skip)
{
  if (skip == NULL)
    return;

  g_free (skip->orgnr);
  g_free (skip->name);
  g_free (skip->column);
  g_free (skip->reason);
  g_free (skip);
}

/* An empty list that frees its FvImportSkips. */
GPtrArray *
fv_import_skip_list_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) fv_import_skip_free);
}

/**
 * fv_import_skip_describe:
 *
 * Returns: (transfer full): one line for a report or the command line, as
 *   "Line 12, column “email”: …" or "Line 40 (923609016 BÆRUM IL): …"
 */
char *
fv_import_skip_describe (const FvImportSkip *skip)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (skip != NULL, NULL);

  if (skip->line > 0)
    /* Translators: a place in a file; %llu is the line number */
    g_string_append_printf (text, _("Line %llu"), (unsigned long long) skip->line);
  else if (skip->index > 0)
    /* Translators: a place in a file; %llu is the number of the record (1 = the first) */
    g_string_append_printf (text, _("Record %llu"), (unsigned long long) skip->index);

  if (skip->column != NULL)
    {
      if (text->len > 0)
        g_string_append (text, ", ");
      /* Translators: %s is the name of a column in a file, as in the header */
      g_string_append_printf (text, _("column “%s”"), skip->column);
    }

  if (skip->orgnr != NULL || skip->name != NULL)
    {
      g_string_append_printf (text, "%s(%s%s%s)", text->len > 0 ? " " : "",
                              skip->orgnr ? skip->orgnr : "",
                              skip->orgnr && skip->name ? " " : "",
                              skip->name ? skip->name : "");
    }

  if (text->len > 0)
    g_string_append (text, ": ");
  g_string_append (text, skip->reason ? skip->reason : "");
  return g_string_free (g_steal_pointer (&text), FALSE);
}
