/* fv-notat.c — a notat to political committees, laid out as municipalities do
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * After the notater Norwegian municipalities send their committees (seed 004,
 * Bærum 2022): the municipality's name, "NOTAT" large, a header block of
 * label and value — Dato, Arkivkode, J.postID, Arkivsaksnr, Til (a committee a
 * line), Fra, Vedrørende (the subject, in bold) — with a rule under it, then
 * the body with its headings, paragraphs, bullet lists and footnotes at the
 * foot of the page that cites them. The labels are the archive's own words:
 * they come through gettext, and the Norwegian catalogues keep them as they are.
 */

#define G_LOG_DOMAIN "fv-notat"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <string.h>

#include "fv-notat.h"

#define MM(x) ((x) * 72.0 / 25.4)

#define CONTENT_WIDTH   MM (210 - 25 - 20)  /* A4 less the engine's margins */
#define LABEL_WIDTH     MM (30)
#define ROW_SPACE       3.0
#define KICKER_FONT     "Bold 11"
#define TITLE_FONT      "Bold 26"
#define LABEL_FONT      "10.5"
#define VALUE_FONT      "10.5"
#define SUBJECT_FONT    "Bold 10.5"
#define AFTER_TITLE     14.0
#define AFTER_RULE      10.0

/* Inline markup -------------------------------------------------------------- */

static void convert (const char *text,
                     gsize       length,
                     gboolean    notes,
                     GString    *out);

static void
append_escaped (GString *out,
                char     c)
{
  switch (c)
    {
    case '&':
      g_string_append (out, "&amp;");
      break;
    case '<':
      g_string_append (out, "&lt;");
      break;
    case '>':
      g_string_append (out, "&gt;");
      break;
    default:
      g_string_append_c (out, c);
    }
}

/* The end of a footnote that starts at @start (after "[^"): its "]". */
static const char *
find_note_end (const char *start,
               const char *end)
{
  int depth = 0;

  for (const char *p = start; p < end; p++)
    {
      if (*p == '[')
        depth++;
      else if (*p == ']' && depth-- == 0)
        return p;
    }
  return NULL;
}

static const char *
find_marker (const char *start,
             const char *end,
             const char *marker)
{
  gsize n = strlen (marker);

  for (const char *p = start; p + n <= end; p++)
    {
      if (strncmp (p, marker, n) != 0)
        continue;
      /* A single star is not half of a double one. */
      if (n == 1 && ((p + 1 < end && p[1] == '*') || (p > start && p[-1] == '*')))
        {
          p++;
          continue;
        }
      return p;
    }
  return NULL;
}

static void
convert (const char *text,
         gsize       length,
         gboolean    notes,
         GString    *out)
{
  const char *p = text;
  const char *end = text + length;

  while (p < end)
    {
      const char *close;

      if (notes && p + 1 < end && p[0] == '[' && p[1] == '^' &&
          (close = find_note_end (p + 2, end)) != NULL && close > p + 2)
        {
          g_string_append (out, "<footnote>");
          convert (p + 2, close - p - 2, FALSE, out);
          g_string_append (out, "</footnote>");
          p = close + 1;
          continue;
        }
      if (p + 1 < end && p[0] == '*' && p[1] == '*' && p + 2 < end && !g_ascii_isspace (p[2]) &&
          (close = find_marker (p + 2, end, "**")) != NULL && close > p + 2)
        {
          g_string_append (out, "<b>");
          convert (p + 2, close - p - 2, FALSE, out);
          g_string_append (out, "</b>");
          p = close + 2;
          continue;
        }
      if (p[0] == '*' && p + 1 < end && p[1] != '*' && !g_ascii_isspace (p[1]) &&
          (close = find_marker (p + 1, end, "*")) != NULL && close > p + 1)
        {
          g_string_append (out, "<i>");
          convert (p + 1, close - p - 1, FALSE, out);
          g_string_append (out, "</i>");
          p = close + 1;
          continue;
        }
      append_escaped (out, *p);
      p++;
    }
}

/**
 * fv_notat_inline_to_markup:
 * @text: one paragraph of notat text
 *
 * Returns: (transfer full): the paragraph as document markup: Pango markup
 *   with <footnote> for each [^note]
 */
char *
fv_notat_inline_to_markup (const char *text)
{
  GString *out = g_string_new (NULL);

  if (text != NULL)
    convert (text, strlen (text), TRUE, out);
  return g_string_free (out, FALSE);
}

/* The body ------------------------------------------------------------------- */

typedef struct
{
  FvDocument *doc;
  GString    *paragraph;
  GPtrArray  *items;
} Body;

static void
flush_paragraph (Body *body)
{
  g_autofree char *markup = NULL;

  if (body->paragraph->len == 0)
    return;
  markup = fv_notat_inline_to_markup (body->paragraph->str);
  fv_document_add_paragraph (body->doc, markup);
  g_string_truncate (body->paragraph, 0);
}

static void
flush_list (Body *body)
{
  if (body->items->len == 0)
    return;
  g_ptr_array_add (body->items, NULL);
  fv_document_add_list (body->doc, FALSE, (const char * const *) body->items->pdata);
  g_ptr_array_set_size (body->items, 0);
}

static void
flush (Body *body)
{
  flush_paragraph (body);
  flush_list (body);
}

static guint
heading_level (const char *line)
{
  guint level = 0;

  while (line[level] == '#')
    level++;
  return level >= 1 && level <= 3 && line[level] == ' ' ? level : 0;
}

/**
 * fv_notat_add_body:
 * @body: notat text (see fv-notat.h)
 *
 * Adds the body's headings, paragraphs and lists to @doc.
 */
void
fv_notat_add_body (FvDocument *doc,
                   const char *body)
{
  g_auto(GStrv) lines = NULL;
  Body state = { doc, g_string_new (NULL), g_ptr_array_new_with_free_func (g_free) };

  g_return_if_fail (FV_IS_DOCUMENT (doc));

  lines = g_strsplit (body != NULL ? body : "", "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);
      guint level;

      if (*line == '\0')
        flush (&state);
      else if ((level = heading_level (line)) > 0)
        {
          flush (&state);
          fv_document_add_heading (doc, level, g_strstrip (line + level + 1));
        }
      else if ((line[0] == '-' || line[0] == '*') && line[1] == ' ')
        {
          flush_paragraph (&state);
          g_ptr_array_add (state.items, fv_notat_inline_to_markup (g_strstrip (line + 2)));
        }
      else
        {
          flush_list (&state);
          if (state.paragraph->len > 0)
            g_string_append_c (state.paragraph, ' ');
          g_string_append (state.paragraph, line);
        }
    }
  flush (&state);
  g_string_free (state.paragraph, TRUE);
  g_ptr_array_unref (state.items);
}

/* The header block ---------------------------------------------------------------- */

typedef struct
{
  char  *kicker;   /* the municipality, or NULL */
  char **labels;   /* rows of the header block */
  char **values;   /* the same number; may hold line breaks */
  int    subject;  /* the row whose value is bold */
  double height;
} Header;

static void
header_free (gpointer data)
{
  Header *header = data;

  g_free (header->kicker);
  g_strfreev (header->labels);
  g_strfreev (header->values);
  g_free (header);
}

static double
show (cairo_t     *cr,
      PangoLayout *layout,
      double       x,
      double       y)
{
  PangoRectangle logical;

  if (cr != NULL)
    {
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
    }
  pango_layout_get_extents (layout, NULL, &logical);
  return pango_units_to_double (logical.height);
}

/* Draws the block when @cr is set; returns its height either way. */
static double
header_run (const Header *header,
            cairo_t      *cr,
            double        width)
{
  g_autoptr(PangoLayout) kicker = fv_document_create_layout (KICKER_FONT);
  g_autoptr(PangoLayout) title = fv_document_create_layout (TITLE_FONT);
  g_autoptr(PangoLayout) label = fv_document_create_layout (LABEL_FONT);
  double y = 0.0;

  if (cr != NULL)
    {
      cairo_save (cr);
      cairo_set_source_rgb (cr, 0.11, 0.24, 0.40);
    }
  if (header->kicker != NULL)
    {
      pango_layout_set_text (kicker, header->kicker, -1);
      y += show (cr, kicker, 0.0, y) + 2.0;
    }
  /* Translators: the big word on top of a notat; keep the Norwegian "NOTAT" */
  pango_layout_set_text (title, _("NOTAT"), -1);
  y += show (cr, title, 0.0, y) + AFTER_TITLE;

  if (cr != NULL)
    cairo_set_source_rgb (cr, 0.10, 0.10, 0.11);
  pango_layout_set_width (label, pango_units_from_double (LABEL_WIDTH - 6.0));
  for (guint i = 0; header->labels[i] != NULL; i++)
    {
      g_autoptr(PangoLayout) value = fv_document_create_layout ((int) i == header->subject ? SUBJECT_FONT
                                                                : VALUE_FONT);
      double h;

      pango_layout_set_width (value, pango_units_from_double (width - LABEL_WIDTH));
      pango_layout_set_wrap (value, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_text (label, header->labels[i], -1);
      pango_layout_set_text (value, header->values[i], -1);
      if (cr != NULL)
        cairo_set_source_rgb (cr, 0.36, 0.37, 0.40);
      h = show (cr, label, 0.0, y);
      if (cr != NULL)
        cairo_set_source_rgb (cr, 0.10, 0.10, 0.11);
      h = MAX (h, show (cr, value, LABEL_WIDTH, y));
      y += h + ROW_SPACE;
    }

  y += 4.0;
  if (cr != NULL)
    {
      cairo_set_line_width (cr, 0.8);
      cairo_move_to (cr, 0.0, y);
      cairo_line_to (cr, width, y);
      cairo_stroke (cr);
      cairo_restore (cr);
    }
  return y + 1.0;
}

static void
draw_header (cairo_t  *cr,
             double    width,
             double    height,
             gpointer  user_data)
{
  header_run (user_data, cr, width);
}

/**
 * fv_notat_format_date:
 * @iso_date: (nullable): 2022-02-02
 *
 * Returns: (transfer full): "02.02.2022", or the text as it is when it is not
 *   a date
 */
char *
fv_notat_format_date (const char *iso_date)
{
  int y, m, d;

  if (iso_date != NULL && strlen (iso_date) == 10 && sscanf (iso_date, "%4d-%2d-%2d", &y, &m, &d) == 3)
    return g_strdup_printf ("%02d.%02d.%04d", d, m, y);
  return g_strdup (iso_date != NULL ? iso_date : "");
}

static void
take_value (GStrvBuilder *values,
            char         *value)
{
  g_strv_builder_add (values, value);
  g_free (value);
}

static char *
or_empty (const char *text)
{
  return g_strdup (text != NULL ? text : "");
}

/**
 * fv_notat_document_new:
 * @municipality: (nullable): the municipality's name, e.g. "Bærum kommune",
 *   shown above "NOTAT" and in the footer
 *
 * Returns: (transfer full): the notat as an A4 document, not yet laid out
 */
FvDocument *
fv_notat_document_new (const FvNotat *notat,
                       const char    *municipality)
{
  FvDocument *doc = fv_document_new (FV_PAPER_A4, FV_ORIENTATION_PORTRAIT);
  Header *header = g_new0 (Header, 1);
  g_autoptr(GStrvBuilder) labels = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) values = g_strv_builder_new ();
  g_autofree char *recipients = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GDateTime) date = NULL;
  int y, m, d;

  g_return_val_if_fail (notat != NULL, doc);

  if (municipality != NULL && *municipality != '\0')
    header->kicker = g_strdup (municipality);

  /* Translators: a notat's header field; Norwegian keeps "Dato:" */
  g_strv_builder_add (labels, _("Date:"));
  take_value (values, fv_notat_format_date (notat->date));
  /* Translators: a notat's header field (Noark 5 klasseID); Norwegian keeps "Arkivkode:" */
  g_strv_builder_add (labels, _("Archive code:"));
  take_value (values, or_empty (notat->arkivkode));
  /* Translators: a notat's header field, the journal post; Norwegian keeps "J.postID:" */
  g_strv_builder_add (labels, _("Journal post:"));
  take_value (values, or_empty (notat->journalpost));
  /* Translators: a notat's header field, the case number; Norwegian keeps "Arkivsaksnr:" */
  g_strv_builder_add (labels, _("Case number:"));
  take_value (values, or_empty (notat->saksnummer));
  /* Translators: a notat's header field, the recipients; Norwegian keeps "Til:" */
  g_strv_builder_add (labels, _("To:"));
  recipients = fv_notat_get_recipients_text (notat);
  g_strv_builder_add (values, recipients);
  /* Translators: a notat's header field, the sender; Norwegian keeps "Fra:" */
  g_strv_builder_add (labels, _("From:"));
  take_value (values, or_empty (notat->sender));
  /* Translators: a notat's header field, the subject; Norwegian keeps "Vedrørende:" */
  g_strv_builder_add (labels, _("Regarding:"));
  take_value (values, or_empty (notat->subject));
  header->labels = g_strv_builder_end (labels);
  header->values = g_strv_builder_end (values);
  header->subject = 6;
  header->height = header_run (header, NULL, CONTENT_WIDTH);

  /* Translators: the title of a notat document (running header, PDF title); %s is its subject */
  title = g_strdup_printf (_("Notat: %s"), notat->subject != NULL ? notat->subject : "");
  fv_document_set_title (doc, title);
  fv_document_set_subject (doc, notat->subject);
  if (header->kicker != NULL)
    fv_document_set_author (doc, header->kicker);
  else if (notat->sender != NULL)
    fv_document_set_author (doc, notat->sender);
  if (notat->date != NULL && sscanf (notat->date, "%4d-%2d-%2d", &y, &m, &d) == 3 && g_date_valid_dmy (d, m, y))
    {
      date = g_date_time_new_local (y, m, d, 12, 0, 0);
      if (date != NULL)
        fv_document_set_date (doc, date);
    }

  fv_document_add_drawing (doc, header->height, draw_header, header, header_free);
  fv_document_add_space (doc, AFTER_RULE);
  fv_notat_add_body (doc, notat->body);
  return doc;
}

/**
 * fv_notat_document_new_for_id:
 *
 * Returns: (transfer full): the stored notat @id as a document, or %NULL
 */
FvDocument *
fv_notat_document_new_for_id (FvDatabase  *database,
                              gint64       id,
                              const char  *municipality,
                              GError     **error)
{
  g_autoptr(FvNotat) notat = fv_notat_store_load (database, id, error);

  if (notat == NULL)
    return NULL;
  return fv_notat_document_new (notat, municipality);
}
