/* fv-test-pdf.c — reading produced PDFs back with poppler, for the tests
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "fv-test-pdf.h"

PopplerDocument *
fv_test_pdf_open (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PopplerDocument *document = poppler_document_new_from_gfile (file, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

char *
fv_test_pdf_page_text (PopplerDocument *document,
                       int              page)
{
  g_autoptr(FvPdfPage) p = poppler_document_get_page (document, page);

  g_assert_nonnull (p);
  return poppler_page_get_text (p);
}

/* The text of every page, one after the other, each ending in a newline so
 * that no match runs from one page into the next. */
char *
fv_test_pdf_text (PopplerDocument *document)
{
  GString *text = g_string_new (NULL);

  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autofree char *page = fv_test_pdf_page_text (document, i);

      g_string_append (text, page);
      g_string_append_c (text, '\n');
    }
  return g_string_free (text, FALSE);
}

/* The first page (0-based) whose text holds @needle, or -1. */
int
fv_test_pdf_find_page (PopplerDocument *document,
                       const char      *needle)
{
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autofree char *text = fv_test_pdf_page_text (document, i);

      if (strstr (text, needle) != NULL)
        return i;
    }

  return -1;
}

guint
fv_test_pdf_count_pages_with (PopplerDocument *document,
                              const char      *needle)
{
  guint count = 0;

  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autofree char *text = fv_test_pdf_page_text (document, i);

      count += strstr (text, needle) != NULL;
    }

  return count;
}

void
fv_test_pdf_assert_fonts_embedded (PopplerDocument *document)
{
  PopplerFontInfo *info = poppler_font_info_new (document);
  PopplerFontsIter *iter = NULL;
  guint n_fonts = 0;

  while (poppler_font_info_scan (info, poppler_document_get_n_pages (document), &iter))
    {
      if (iter == NULL)
        continue;
      do
        {
          g_test_message ("font %s embedded=%d subset=%d", poppler_fonts_iter_get_name (iter),
                          poppler_fonts_iter_is_embedded (iter), poppler_fonts_iter_is_subset (iter));
          g_assert_true (poppler_fonts_iter_is_embedded (iter));
          n_fonts++;
        }
      while (poppler_fonts_iter_next (iter));
      poppler_fonts_iter_free (iter);
      iter = NULL;
    }
  poppler_font_info_free (info);

  g_assert_cmpuint (n_fonts, >, 0);
}

/* qpdf is in build-aux/packages-test.txt: its absence is a broken test machine. */
void
fv_test_pdf_assert_qpdf_check (const char *path)
{
  const char *argv[] = { "qpdf", "--check", path, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_test_message ("qpdf --check: %s%s", out, err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (out, "No syntax or stream encoding errors found"));
}

/* Keeps a copy for people to look at, in $FRIVILLIG_DOCUMENT_DIR. */
void
fv_test_pdf_keep (const char *path,
                  const char *name)
{
  const char *dir = g_getenv ("FRIVILLIG_DOCUMENT_DIR");
  g_autoptr(GFile) source = g_file_new_for_path (path);
  g_autoptr(GFile) target = NULL;
  g_autofree char *file = NULL;

  if (dir == NULL)
    return;

  g_mkdir_with_parents (dir, 0755);
  file = g_build_filename (dir, name, NULL);
  target = g_file_new_for_path (file);
  g_file_copy (source, target, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, NULL);
  g_test_message ("Document: %s", file);
}
