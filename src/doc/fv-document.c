/* fv-document.c — one layout engine for every PDF and printed page
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A document is a list of blocks. One function, flow_page(), fills one page
 * from a position in that list: it measures while laying out and draws while
 * drawing, so the breaks found by the layout pass are exactly the ones drawn.
 * The layout pass keeps only where each page starts (a few numbers a page),
 * never the Pango layouts, so memory stays flat however many pages there are;
 * fv_document_draw_page() lays that one page out again and draws it on any
 * cairo context: a PDF surface, a GtkPrintContext, an image for a test.
 *
 * Everything is measured in points, with hinting off, so a page breaks the
 * same way on every surface and in every thread.
 */

#define G_LOG_DOMAIN "fv-document"

#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <unistd.h>

#include "fv-document.h"
#include "fv-document-private.h"

/* Fonts in Debian that cover Norwegian and come in four styles: Carlito
 * (metric twin of Calibri, common in municipal documents), then the fallbacks. */
#define FONT_FAMILY "Carlito,Liberation Sans,DejaVu Sans,sans-serif"

#define MM(x) ((x) * 72.0 / 25.4)

/* Page geometry, from the paper's edge. */
#define MARGIN_LEFT    MM (25)
#define MARGIN_RIGHT   MM (20)
#define MARGIN_TOP     MM (24)
#define MARGIN_BOTTOM  MM (22)
#define HEADER_Y       MM (12)   /* baseline of the running header */
#define FOOTER_Y       MM (12)   /* from the bottom: baseline of the footer */

/* Spacing, in points. */
#define BODY_SPACE_AFTER   6.0
#define LIST_INDENT        16.0
#define LIST_ITEM_SPACE    2.5
#define TABLE_PAD_X        4.0
#define TABLE_PAD_Y        2.6
#define TABLE_SPACE_BEFORE 4.0
#define TABLE_SPACE_AFTER  10.0
#define MIN_ROW_PIECE      30.0   /* the least of a too-tall row worth starting on a page */
#define DRAWING_SPACE      8.0
#define NOTE_GAP_ABOVE     10.0   /* between the text and the note rule */
#define NOTE_RULE_GAP      4.0    /* between the rule and the first note */
#define NOTE_SPACE         1.5
#define NOTE_INDENT        12.0

/* Colours: a quiet dark blue for structure, near-black for text. */
#define INK        0.10, 0.10, 0.11
#define ACCENT     0.11, 0.24, 0.40
#define MUTED      0.36, 0.37, 0.40
#define RULE_LIGHT 0.78, 0.80, 0.83
#define HEAD_FILL  0.90, 0.925, 0.955

typedef enum
{
  FONT_BODY,
  FONT_BOLD,
  FONT_TITLE,
  FONT_SUBTITLE,
  FONT_LEAD,
  FONT_SMALL,
  FONT_H1,
  FONT_H2,
  FONT_H3,
  FONT_TABLE,
  FONT_TABLE_BOLD,
  FONT_NOTE,
  FONT_MARGINAL,   /* running header and footer */
  N_FONTS
} FontId;

static const char * const font_specs[N_FONTS] = {
  [FONT_BODY]       = "10.5",
  [FONT_BOLD]       = "Bold 10.5",
  [FONT_TITLE]      = "Bold 24",
  [FONT_SUBTITLE]   = "13",
  [FONT_LEAD]       = "11.5",
  [FONT_SMALL]      = "8.5",
  [FONT_H1]         = "Bold 15",
  [FONT_H2]         = "Bold 12.5",
  [FONT_H3]         = "Bold 10.5",
  [FONT_TABLE]      = "9",
  [FONT_TABLE_BOLD] = "Bold 9",
  [FONT_NOTE]       = "8.5",
  [FONT_MARGINAL]   = "8",
};

typedef struct
{
  FontId font;
  double before;   /* dropped at the top of a page */
  double after;
  double r, g, b;
} TextStyle;

static const TextStyle heading_styles[] = {
  { FONT_H1, 16.0, 5.0, ACCENT },
  { FONT_H2, 12.0, 4.0, ACCENT },
  { FONT_H3, 9.0, 2.5, INK },
};

static const TextStyle paragraph_styles[] = {
  [FV_PARAGRAPH_BODY]     = { FONT_BODY, 0.0, BODY_SPACE_AFTER, INK },
  [FV_PARAGRAPH_TITLE]    = { FONT_TITLE, 0.0, 3.0, ACCENT },
  [FV_PARAGRAPH_SUBTITLE] = { FONT_SUBTITLE, 0.0, 14.0, MUTED },
  [FV_PARAGRAPH_LEAD]     = { FONT_LEAD, 0.0, 8.0, INK },
  [FV_PARAGRAPH_SMALL]    = { FONT_SMALL, 0.0, 4.0, MUTED },
};

typedef enum
{
  BLOCK_HEADING,
  BLOCK_PARAGRAPH,
  BLOCK_LIST,
  BLOCK_TABLE,
  BLOCK_DRAWING,
  BLOCK_SPACE,
  BLOCK_PAGE_BREAK,
} BlockKind;

typedef struct
{
  guint   flags;
  char  **cells;
} Row;

struct _FvTable
{
  guint       n_columns;
  double     *widths;   /* fractions of the text width, summing to 1 */
  FvAlign    *align;
  char      **header;   /* plain text, or NULL */
  char       *caption;  /* above the header where the table goes on from a page before */
  GArray     *rows;     /* Row */
};

typedef struct
{
  BlockKind        kind;
  guint            style;      /* heading level 1–3, or FvParagraphStyle */
  FvInline        *text;       /* heading, paragraph */
  char            *plain;      /* heading: its plain text, for the PDF outline */
  GPtrArray       *items;      /* list: FvInline */
  gboolean         numbered;
  FvTable         *table;
  double           height;     /* drawing, space */
  FvDrawFunc       draw;
  gpointer         data;
  GDestroyNotify   destroy;
} Block;

/* Where a page starts: all the layout pass keeps. */
typedef struct
{
  guint  block;
  guint  item;        /* list item, or table row */
  guint  line;        /* first line of the paragraph or list item */
  guint  first_note;  /* the first footnote whose number may appear on the page */
  double offset;      /* points of a table row taller than a page already shown */
} PagePos;

struct _FvDocument
{
  GObject        parent_instance;

  FvPaper        paper;
  FvOrientation  orientation;
  double         width;
  double         height;

  char          *title;
  char          *author;
  char          *subject;
  char          *keywords;
  GDateTime     *date;

  GArray        *blocks;       /* Block */
  GPtrArray     *notes;        /* FvInline: the footnotes, in order */

  /* Set by the layout pass, read-only afterwards. */
  gboolean       laid_out;
  GArray        *pages;        /* PagePos */
  GArray        *note_heights; /* double, one per note */
};

typedef struct
{
  int    level;
  char  *text;
  double y;
} OutlineEntry;

/* The state of filling one page. */
typedef struct
{
  FvDocument           *doc;
  PangoContext         *context;
  PangoFontDescription *fonts[N_FONTS];
  cairo_t              *cr;          /* NULL while only measuring */

  double                x;           /* the text box, in page coordinates */
  double                top;
  double                width;
  double                height;

  double                y;           /* used, from the top of the text box */
  gboolean              placed;      /* anything on the page yet */
  guint                 first_note;
  guint                 n_notes;     /* notes at the foot of this page */

  GArray               *outline;     /* OutlineEntry, when writing our own PDF */
  gboolean              links;       /* add link annotations: when writing our own PDF */
} Flow;

typedef struct
{
  double   top;       /* from the top of the layout */
  double   bottom;
  double   baseline;
  double   x;         /* logical x of the line */
  guint    start;     /* byte range in the layout's text */
  guint    end;
} LineBox;

G_DEFINE_FINAL_TYPE (FvDocument, fv_document, G_TYPE_OBJECT)

G_DEFINE_QUARK (fv-document-error-quark, fv_document_error)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_AUTHOR,
  PROP_SUBJECT,
  PROP_KEYWORDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Fonts and Pango ---------------------------------------------------------- */

static PangoContext *
create_context (void)
{
  /* The default font map is per thread, so each thread has its own. */
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (font_map);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72.0);
  pango_context_set_round_glyph_positions (context, FALSE);
  pango_context_set_language (context, pango_language_from_string ("nb"));
  cairo_font_options_destroy (options);

  return context;
}

static PangoFontDescription *
font_from_spec (const char *spec)
{
  g_autofree char *full = g_strconcat (FONT_FAMILY, " ", spec, NULL);

  return pango_font_description_from_string (full);
}

/**
 * fv_document_get_font_family:
 *
 * Returns: the font families documents use, for a #PangoFontDescription
 */
const char *
fv_document_get_font_family (void)
{
  return FONT_FAMILY;
}

/**
 * fv_document_create_layout:
 * @font: (nullable): size and style, e.g. "Bold 9"; %NULL for the body text
 *
 * A layout for drawings (charts, the wheel) in the documents' font, measured
 * in points and unhinted like the rest of the page. Draw it with
 * pango_cairo_show_layout().
 *
 * Returns: (transfer full): a new layout
 */
PangoLayout *
fv_document_create_layout (const char *font)
{
  PangoContext *context = create_context ();
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *description = font_from_spec (font != NULL ? font : font_specs[FONT_BODY]);

  pango_layout_set_font_description (layout, description);
  pango_font_description_free (description);
  g_object_unref (context);
  return layout;
}

static void
flow_init (Flow       *flow,
           FvDocument *doc,
           cairo_t    *cr)
{
  memset (flow, 0, sizeof *flow);
  flow->doc = doc;
  flow->cr = cr;
  flow->context = create_context ();
  for (guint i = 0; i < N_FONTS; i++)
    flow->fonts[i] = font_from_spec (font_specs[i]);

  flow->x = MARGIN_LEFT;
  flow->top = MARGIN_TOP;
  flow->width = doc->width - MARGIN_LEFT - MARGIN_RIGHT;
  flow->height = doc->height - MARGIN_TOP - MARGIN_BOTTOM;
}

static void
flow_clear (Flow *flow)
{
  g_clear_object (&flow->context);
  for (guint i = 0; i < N_FONTS; i++)
    g_clear_pointer (&flow->fonts[i], pango_font_description_free);
}

static PangoLayout *
new_layout (Flow   *flow,
            FontId  font,
            double  width)
{
  PangoLayout *layout = pango_layout_new (flow->context);

  pango_layout_set_font_description (layout, flow->fonts[font]);
  pango_layout_set_width (layout, pango_units_from_double (width));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  return layout;
}

static PangoLayout *
inline_layout (Flow           *flow,
               const FvInline *text,
               FontId          font,
               double          width)
{
  PangoLayout *layout = new_layout (flow, font, width);

  pango_layout_set_markup (layout, text->markup, -1);
  return layout;
}

static GArray *
layout_lines (PangoLayout *layout)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (LineBox));
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical;
      LineBox box;
      int y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      box.top = pango_units_to_double (y0);
      box.bottom = pango_units_to_double (y1);
      box.baseline = pango_units_to_double (pango_layout_iter_get_baseline (iter));
      box.x = pango_units_to_double (logical.x);
      box.start = (guint) line->start_index;
      box.end = (guint) (line->start_index + line->length);
      g_array_append_val (lines, box);
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
  return lines;
}

static double
layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return pango_units_to_double (logical.height);
}

static void
set_color (cairo_t *cr,
           double   r,
           double   g,
           double   b)
{
  cairo_set_source_rgb (cr, r, g, b);
}

/* Footnotes ---------------------------------------------------------------- */

static double
note_height (Flow  *flow,
             guint  note)
{
  GArray *heights = flow->doc->note_heights;

  if (heights != NULL && note < heights->len)
    return g_array_index (heights, double, note);

  {
    g_autoptr(PangoLayout) layout = inline_layout (flow, flow->doc->notes->pdata[note], FONT_NOTE,
                                                   flow->width - NOTE_INDENT);
    return layout_height (layout);
  }
}

/* The height of the foot area when notes [first_note, end_note) are on the page. */
static double
notes_area (Flow  *flow,
            guint  end_note)
{
  double height;

  if (end_note <= flow->first_note)
    return 0.0;

  height = NOTE_GAP_ABOVE + NOTE_RULE_GAP;
  for (guint i = flow->first_note; i < end_note; i++)
    height += note_height (flow, i) + NOTE_SPACE;
  return height;
}

static guint
notes_end (Flow *flow)
{
  return flow->first_note + flow->n_notes;
}

/* The notes referenced before byte @end of @text, as the end of the range. */
static guint
notes_through (Flow           *flow,
               const FvInline *text,
               guint           end)
{
  guint last = notes_end (flow);

  if (text->refs == NULL)
    return last;
  for (guint i = 0; i < text->refs->len; i++)
    {
      FvNoteRef *ref = &g_array_index (text->refs, FvNoteRef, i);

      if (ref->index < end)
        last = MAX (last, ref->note + 1);
    }
  return last;
}

static double
space_left (Flow   *flow,
            double  notes_height)
{
  return flow->height - notes_height - flow->y;
}

static void
draw_notes (Flow *flow)
{
  cairo_t *cr = flow->cr;
  double y;

  if (cr == NULL || flow->n_notes == 0)
    return;

  y = flow->top + flow->height - notes_area (flow, notes_end (flow)) + NOTE_GAP_ABOVE;
  cairo_save (cr);
  set_color (cr, MUTED);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, flow->x, y);
  cairo_line_to (cr, flow->x + MIN (flow->width / 3.0, MM (50)), y);
  cairo_stroke (cr);
  y += NOTE_RULE_GAP;

  for (guint i = flow->first_note; i < notes_end (flow); i++)
    {
      g_autoptr(PangoLayout) number = new_layout (flow, FONT_NOTE, NOTE_INDENT);
      g_autoptr(PangoLayout) layout = inline_layout (flow, flow->doc->notes->pdata[i], FONT_NOTE,
                                                     flow->width - NOTE_INDENT);
      g_autofree char *label = g_strdup_printf ("%u", i + 1);

      pango_layout_set_text (number, label, -1);
      set_color (cr, INK);
      cairo_move_to (cr, flow->x, y);
      pango_cairo_show_layout (cr, number);
      cairo_move_to (cr, flow->x + NOTE_INDENT, y);
      pango_cairo_show_layout (cr, layout);
      y += layout_height (layout) + NOTE_SPACE;
    }
  cairo_restore (cr);
}

/* Lines of text ------------------------------------------------------------ */

static char *
escape_attribute (const char *value)
{
  GString *escaped = g_string_new (NULL);

  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '\'' || *p == '\\')
        g_string_append_c (escaped, '\\');
      g_string_append_c (escaped, *p);
    }
  return g_string_free (escaped, FALSE);
}

static void
tag_links (Flow            *flow,
           PangoLayoutLine *line,
           const LineBox   *box,
           const FvInline  *text,
           double           x,
           double           y)
{
  if (!flow->links || text == NULL || text->links == NULL)
    return;

  for (guint i = 0; i < text->links->len; i++)
    {
      FvLink *link = &g_array_index (text->links, FvLink, i);
      guint start = MAX (link->start, box->start);
      guint end = MIN (link->end, box->end);
      g_autofree char *uri = NULL;
      g_autofree char *attributes = NULL;
      int *ranges = NULL;
      int n_ranges = 0;

      if (start >= end)
        continue;

      pango_layout_line_get_x_ranges (line, (int) start, (int) end, &ranges, &n_ranges);
      uri = escape_attribute (link->uri);
      for (int r = 0; r < n_ranges; r++)
        {
          double x0 = x + pango_units_to_double (ranges[2 * r]);
          double x1 = x + pango_units_to_double (ranges[2 * r + 1]);
          char buf[4][G_ASCII_DTOSTR_BUF_SIZE];

          g_free (attributes);
          attributes = g_strdup_printf ("uri='%s' rect=[%s %s %s %s]", uri,
                                        g_ascii_dtostr (buf[0], sizeof buf[0], x0),
                                        g_ascii_dtostr (buf[1], sizeof buf[1], y + box->top),
                                        g_ascii_dtostr (buf[2], sizeof buf[2], x1 - x0),
                                        g_ascii_dtostr (buf[3], sizeof buf[3], box->bottom - box->top));
          cairo_tag_begin (flow->cr, CAIRO_TAG_LINK, attributes);
          cairo_tag_end (flow->cr, CAIRO_TAG_LINK);
        }
      g_free (ranges);
    }
}

/* Draws lines [first, last) of @layout with the top of line @first at @y (text box coordinates). */
static void
draw_lines (Flow           *flow,
            PangoLayout    *layout,
            GArray         *lines,
            const FvInline *text,
            guint           first,
            guint           last,
            double          x,
            double          y,
            double          r,
            double          g,
            double          b)
{
  double top = g_array_index (lines, LineBox, first).top;

  if (flow->cr == NULL)
    return;

  cairo_save (flow->cr);
  set_color (flow->cr, r, g, b);
  for (guint i = first; i < last; i++)
    {
      LineBox *box = &g_array_index (lines, LineBox, i);
      PangoLayoutLine *line = pango_layout_get_line_readonly (layout, (int) i);
      double line_x = flow->x + x + box->x;
      double line_y = flow->top + y + (box->baseline - top);

      cairo_move_to (flow->cr, line_x, line_y);
      pango_cairo_show_layout_line (flow->cr, line);
      tag_links (flow, line, box, text, line_x, flow->top + y - top);
    }
  cairo_restore (flow->cr);
}

/* Places the lines of a text from *line on. Returns TRUE when the text is
 * complete, FALSE when the page is full (*line is then where it goes on).
 * Never a single first line at the foot of a page (orphan) nor a single last
 * line at the top of the next (widow). */
static gboolean
place_text (Flow             *flow,
            PangoLayout      *layout,
            const FvInline   *text,
            const TextStyle  *style,
            double            x,
            guint            *line,
            double            space_after,
            const char       *marker)
{
  g_autoptr(GArray) lines = layout_lines (layout);
  guint n = lines->len;
  guint start = *line;
  guint remaining = n - start;
  double before = (start == 0 && flow->placed) ? style->before : 0.0;
  double first_top = g_array_index (lines, LineBox, start).top;
  guint fit = 0;
  guint take;

  for (guint i = start; i < n; i++)
    {
      LineBox *box = &g_array_index (lines, LineBox, i);
      double needed = before + (box->bottom - first_top);

      if (needed > space_left (flow, notes_area (flow, notes_through (flow, text, box->end))))
        break;
      fit++;
    }

  take = fit;
  if (fit < remaining)
    {
      if (start == 0 && take < 2)
        take = 0;
      else if (remaining - take < 2)
        take = remaining >= 2 ? remaining - 2 : 0;
      if (start == 0 && take < 2)
        take = 0;
    }
  if (take == 0 && !flow->placed)
    take = MAX (fit, 1);   /* a page can hold nothing better: take what fits */
  if (take == 0)
    return FALSE;

  {
    LineBox *last = &g_array_index (lines, LineBox, start + take - 1);
    guint end_note = notes_through (flow, text, last->end);

    draw_lines (flow, layout, lines, text, start, start + take, x, flow->y + before,
                style->r, style->g, style->b);
    if (marker != NULL && start == 0 && flow->cr != NULL)
      {
        g_autoptr(PangoLayout) label = new_layout (flow, style->font, LIST_INDENT - 4.0);
        LineBox *first = &g_array_index (lines, LineBox, 0);

        pango_layout_set_text (label, marker, -1);
        pango_layout_set_alignment (label, PANGO_ALIGN_RIGHT);
        set_color (flow->cr, style->r, style->g, style->b);
        cairo_move_to (flow->cr, flow->x + x - LIST_INDENT,
                       flow->top + flow->y + before + (first->baseline - first->top) -
                       pango_units_to_double (pango_layout_get_baseline (label)));
        pango_cairo_show_layout (flow->cr, label);
      }

    flow->y += before + (last->bottom - first_top);
    flow->placed = TRUE;
    flow->n_notes = end_note - flow->first_note;
  }

  if (start + take < n)
    {
      *line = start + take;
      return FALSE;
    }

  *line = 0;
  flow->y += space_after;
  return TRUE;
}

/* Tables ------------------------------------------------------------------- */

typedef struct
{
  PangoLayout **cells;
  double       *col_x;
  double       *col_w;
  guint         n_columns;
} TableLayouts;

static void
table_layouts_init (Flow         *flow,
                    TableLayouts *tl,
                    FvTable      *table)
{
  double x = 0.0;

  tl->n_columns = table->n_columns;
  tl->cells = g_new0 (PangoLayout *, table->n_columns);
  tl->col_x = g_new0 (double, table->n_columns);
  tl->col_w = g_new0 (double, table->n_columns);
  for (guint c = 0; c < table->n_columns; c++)
    {
      static const PangoAlignment alignments[] = {
        [FV_ALIGN_START] = PANGO_ALIGN_LEFT,
        [FV_ALIGN_CENTER] = PANGO_ALIGN_CENTER,
        [FV_ALIGN_END] = PANGO_ALIGN_RIGHT,
      };

      tl->col_x[c] = x;
      tl->col_w[c] = table->widths[c] * flow->width;
      x += tl->col_w[c];
      tl->cells[c] = new_layout (flow, FONT_TABLE, MAX (tl->col_w[c] - 2 * TABLE_PAD_X, 1.0));
      pango_layout_set_alignment (tl->cells[c], alignments[table->align[c]]);
    }
}

static void
table_layouts_clear (TableLayouts *tl)
{
  for (guint c = 0; c < tl->n_columns; c++)
    g_clear_object (&tl->cells[c]);
  g_clear_pointer (&tl->cells, g_free);
  g_clear_pointer (&tl->col_x, g_free);
  g_clear_pointer (&tl->col_w, g_free);
}

/* Sets the cells' text and returns the row's height. */
static double
measure_row (Flow         *flow,
             TableLayouts *tl,
             char        **cells,
             guint         flags,
             gboolean      header)
{
  double height = 0.0;
  FontId font = (header || (flags & FV_TABLE_ROW_STRONG)) ? FONT_TABLE_BOLD : FONT_TABLE;

  for (guint c = 0; c < tl->n_columns; c++)
    {
      const char *cell = cells[c] != NULL ? cells[c] : "";

      pango_layout_set_font_description (tl->cells[c], flow->fonts[font]);
      if (flags & FV_TABLE_ROW_MARKUP)
        pango_layout_set_markup (tl->cells[c], cell, -1);
      else
        pango_layout_set_text (tl->cells[c], cell, -1);
      height = MAX (height, layout_height (tl->cells[c]));
    }

  return height + 2 * TABLE_PAD_Y;
}

/* Draws the row whose cells are set in @tl, its top at @y; @offset points of
 * it already shown on the page before, @visible points of it shown here. */
static void
draw_row (Flow         *flow,
          TableLayouts *tl,
          guint         flags,
          gboolean      header,
          double        y,
          double        row_height,
          double        offset,
          double        visible)
{
  cairo_t *cr = flow->cr;
  double top = flow->top + y;

  if (cr == NULL)
    return;

  cairo_save (cr);
  cairo_rectangle (cr, flow->x, top, flow->width, visible);
  cairo_clip (cr);

  if (header)
    {
      set_color (cr, HEAD_FILL);
      cairo_rectangle (cr, flow->x, top, flow->width, visible);
      cairo_fill (cr);
    }

  if (header)
    set_color (cr, ACCENT);
  else
    set_color (cr, INK);
  for (guint c = 0; c < tl->n_columns; c++)
    {
      PangoLayoutIter *iter = pango_layout_get_iter (tl->cells[c]);
      double x = flow->x + tl->col_x[c] + TABLE_PAD_X;

      /* Line by line, and only the lines in view: a row split between pages
       * shows each line once, and the PDF holds each line's text once. */
      do
        {
          int y0, y1;
          PangoRectangle logical;

          pango_layout_iter_get_line_yrange (iter, &y0, &y1);
          if (pango_units_to_double (y0) + TABLE_PAD_Y < offset - 0.01 ||
              pango_units_to_double (y1) + TABLE_PAD_Y > offset + visible + 0.01)
            continue;
          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          cairo_move_to (cr, x + pango_units_to_double (logical.x),
                         top - offset + TABLE_PAD_Y +
                         pango_units_to_double (pango_layout_iter_get_baseline (iter)));
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
      while (pango_layout_iter_next_line (iter));
      pango_layout_iter_free (iter);
    }
  cairo_restore (cr);

  cairo_save (cr);
  if (header)
    {
      set_color (cr, ACCENT);
      cairo_set_line_width (cr, 0.8);
      cairo_move_to (cr, flow->x, top + visible);
      cairo_line_to (cr, flow->x + flow->width, top + visible);
      cairo_stroke (cr);
    }
  else
    {
      if ((flags & FV_TABLE_ROW_STRONG) && offset == 0.0)
        {
          set_color (cr, ACCENT);
          cairo_set_line_width (cr, 0.8);
          cairo_move_to (cr, flow->x, top);
          cairo_line_to (cr, flow->x + flow->width, top);
          cairo_stroke (cr);
        }
      if (offset + visible >= row_height - 0.01)
        {
          set_color (cr, RULE_LIGHT);
          cairo_set_line_width (cr, 0.4);
          cairo_move_to (cr, flow->x, top + visible);
          cairo_line_to (cr, flow->x + flow->width, top + visible);
          cairo_stroke (cr);
        }
    }
  cairo_restore (cr);
}

/* Where to cut a row taller than a page: at most @limit points into it, and
 * never through a line of text. */
static double
row_cut (TableLayouts *tl,
         double        offset,
         double        limit)
{
  double cut = offset + limit;

  for (guint c = 0; c < tl->n_columns; c++)
    {
      g_autoptr(GArray) lines = layout_lines (tl->cells[c]);

      for (guint i = 0; i < lines->len; i++)
        {
          LineBox *box = &g_array_index (lines, LineBox, i);
          double top = box->top + TABLE_PAD_Y;
          double bottom = box->bottom + TABLE_PAD_Y;

          if (top < cut && bottom > cut && top > offset)
            cut = top;
        }
    }

  return cut > offset ? cut - offset : limit;
}

static double
header_height (Flow         *flow,
               TableLayouts *tl,
               FvTable      *table)
{
  return table->header != NULL ? measure_row (flow, tl, table->header, 0, TRUE) : 0.0;
}

static gboolean
place_header (Flow         *flow,
              TableLayouts *tl,
              FvTable      *table)
{
  double height;

  if (table->header == NULL)
    return TRUE;

  height = measure_row (flow, tl, table->header, 0, TRUE);
  draw_row (flow, tl, 0, TRUE, flow->y, height, 0.0, height);
  flow->y += height;
  return TRUE;
}

/* What a table needs at the foot of a page to start there: its header and
 * first row, or a few lines of that row when no page could hold it whole. */
static double
table_start_height (Flow         *flow,
                    TableLayouts *tl,
                    FvTable      *table,
                    double        notes)
{
  double head = header_height (flow, tl, table);
  double first = 0.0;

  if (table->rows->len > 0)
    {
      Row *row = &g_array_index (table->rows, Row, 0);

      first = measure_row (flow, tl, row->cells, row->flags, FALSE);
      if (first > flow->height - head - notes)
        first = MIN_ROW_PIECE;
    }

  return TABLE_SPACE_BEFORE + head + first;
}

static gboolean
place_table (Flow    *flow,
             FvTable *table,
             PagePos *pos)
{
  TableLayouts tl;
  double notes = notes_area (flow, notes_end (flow));
  double head;
  gboolean complete = TRUE;

  table_layouts_init (flow, &tl, table);
  head = header_height (flow, &tl, table);

  if ((pos->item > 0 || pos->offset > 0.0) && table->caption != NULL)
    {
      g_autoptr(PangoLayout) caption = new_layout (flow, FONT_SMALL, flow->width);
      g_autoptr(GArray) lines = NULL;

      pango_layout_set_text (caption, table->caption, -1);
      lines = layout_lines (caption);
      draw_lines (flow, caption, lines, NULL, 0, lines->len, 0.0, flow->y, MUTED);
      flow->y += layout_height (caption) + 2.0;
    }

  if (pos->item == 0 && pos->offset == 0.0)
    {
      double before = flow->placed ? TABLE_SPACE_BEFORE : 0.0;

      /* The header never stands alone at the foot of a page. */
      if (flow->placed && table_start_height (flow, &tl, table, notes) > space_left (flow, notes))
        {
          table_layouts_clear (&tl);
          return FALSE;
        }
      flow->y += before;
    }

  place_header (flow, &tl, table);
  flow->placed = TRUE;

  for (; pos->item < table->rows->len; pos->item++)
    {
      Row *row = &g_array_index (table->rows, Row, pos->item);
      double height = measure_row (flow, &tl, row->cells, row->flags, FALSE);
      double remaining = height - pos->offset;
      double room = space_left (flow, notes);

      if (remaining <= room)
        {
          draw_row (flow, &tl, row->flags, FALSE, flow->y, height, pos->offset, remaining);
          flow->y += remaining;
          pos->offset = 0.0;
          continue;
        }

      /* A row goes whole to the next page, unless no page could hold it. */
      if (height > flow->height - head - notes && room >= MIN_ROW_PIECE)
        {
          double cut = row_cut (&tl, pos->offset, room);

          draw_row (flow, &tl, row->flags, FALSE, flow->y, height, pos->offset, cut);
          flow->y += cut;
          pos->offset += cut;
        }
      complete = FALSE;
      break;
    }

  table_layouts_clear (&tl);
  if (complete)
    flow->y += TABLE_SPACE_AFTER;
  return complete;
}

/* Blocks ------------------------------------------------------------------- */

static const TextStyle *
heading_style (guint level)
{
  return &heading_styles[CLAMP (level, 1, G_N_ELEMENTS (heading_styles)) - 1];
}

static double
drawing_height (Flow  *flow,
                Block *block)
{
  if (block->height <= 0.0)
    return flow->height;
  return MIN (block->height, flow->height);
}

/* The least height block @index needs at the foot of a page for whatever
 * precedes it to stay on that page with it (a heading keeps with this). */
static double
min_height (Flow  *flow,
            guint  index,
            guint  depth)
{
  GArray *blocks = flow->doc->blocks;
  Block *block;

  if (index >= blocks->len || depth > 4)
    return 0.0;

  block = &g_array_index (blocks, Block, index);
  switch (block->kind)
    {
    case BLOCK_HEADING:
      {
        const TextStyle *style = heading_style (block->style);
        g_autoptr(PangoLayout) layout = inline_layout (flow, block->text, style->font, flow->width);

        return style->before + layout_height (layout) + style->after + min_height (flow, index + 1, depth + 1);
      }

    case BLOCK_PARAGRAPH:
    case BLOCK_LIST:
      {
        const FvInline *text = block->kind == BLOCK_LIST ? block->items->pdata[0] : block->text;
        const TextStyle *style = block->kind == BLOCK_LIST ? &paragraph_styles[FV_PARAGRAPH_BODY]
                                                           : &paragraph_styles[block->style];
        double width = block->kind == BLOCK_LIST ? flow->width - LIST_INDENT : flow->width;
        g_autoptr(PangoLayout) layout = inline_layout (flow, text, style->font, width);
        g_autoptr(GArray) lines = layout_lines (layout);
        /* What must stay together at the foot: two lines, or the whole text
         * when it is too short to break (2 lines: orphan; 3: orphan or widow). */
        guint keep = lines->len <= 3 ? lines->len : 2;
        LineBox *last = &g_array_index (lines, LineBox, keep - 1);
        double notes = notes_area (flow, notes_through (flow, text, last->end)) -
                       notes_area (flow, notes_end (flow));

        return style->before + last->bottom + notes;
      }

    case BLOCK_TABLE:
      {
        TableLayouts tl;
        double height;

        table_layouts_init (flow, &tl, block->table);
        height = table_start_height (flow, &tl, block->table, notes_area (flow, notes_end (flow)));
        table_layouts_clear (&tl);
        return height;
      }

    case BLOCK_DRAWING:
      return DRAWING_SPACE + drawing_height (flow, block);

    case BLOCK_SPACE:
    case BLOCK_PAGE_BREAK:
    default:
      return 0.0;
    }
}

static gboolean
place_heading (Flow  *flow,
               Block *block,
               guint  index)
{
  const TextStyle *style = heading_style (block->style);
  g_autoptr(PangoLayout) layout = inline_layout (flow, block->text, style->font, flow->width);
  g_autoptr(GArray) lines = layout_lines (layout);
  double before = flow->placed ? style->before : 0.0;
  double height = layout_height (layout);

  if (flow->placed &&
      before + height + style->after + min_height (flow, index + 1, 0) >
      space_left (flow, notes_area (flow, notes_end (flow))))
    return FALSE;

  draw_lines (flow, layout, lines, block->text, 0, lines->len, 0.0, flow->y + before,
              style->r, style->g, style->b);
  if (flow->outline != NULL)
    {
      OutlineEntry entry = { (int) block->style, g_strdup (block->plain), flow->top + flow->y + before };
      g_array_append_val (flow->outline, entry);
    }
  flow->y += before + height + style->after;
  flow->placed = TRUE;
  return TRUE;
}

static gboolean
place_drawing (Flow  *flow,
               Block *block)
{
  double height = block->height;
  double before = flow->placed ? DRAWING_SPACE : 0.0;
  double room = space_left (flow, notes_area (flow, notes_end (flow)));

  if (height <= 0.0)
    {
      /* "The rest of the page": a new page when little is left. */
      if (flow->placed && room - before < flow->height * 0.4)
        return FALSE;
      height = room - before;
    }
  else
    {
      height = MIN (height, flow->height);
      if (flow->placed && before + height > room)
        return FALSE;
    }

  if (flow->cr != NULL)
    {
      cairo_save (flow->cr);
      cairo_translate (flow->cr, flow->x, flow->top + flow->y + before);
      cairo_rectangle (flow->cr, 0, 0, flow->width, height);
      cairo_clip (flow->cr);
      cairo_new_path (flow->cr);
      block->draw (flow->cr, flow->width, height, block->data);
      cairo_restore (flow->cr);
    }
  flow->y += before + height + DRAWING_SPACE;
  flow->placed = TRUE;
  return TRUE;
}

static gboolean
place_list (Flow    *flow,
            Block   *block,
            PagePos *pos)
{
  const TextStyle *style = &paragraph_styles[FV_PARAGRAPH_BODY];

  for (; pos->item < block->items->len; pos->item++)
    {
      const FvInline *item = block->items->pdata[pos->item];
      g_autoptr(PangoLayout) layout = inline_layout (flow, item, style->font, flow->width - LIST_INDENT);
      g_autofree char *marker = block->numbered ? g_strdup_printf ("%u.", pos->item + 1)
                                                : g_strdup ("•");
      gboolean last = pos->item + 1 == block->items->len;

      if (!place_text (flow, layout, item, style, LIST_INDENT, &pos->line,
                       last ? BODY_SPACE_AFTER : LIST_ITEM_SPACE, marker))
        return FALSE;
    }

  return TRUE;
}

/* Fills one page from *pos, drawing it when flow->cr is set; moves *pos to
 * where the next page starts. */
static void
flow_page (Flow    *flow,
           PagePos *pos)
{
  GArray *blocks = flow->doc->blocks;

  flow->y = 0.0;
  flow->placed = FALSE;
  flow->first_note = pos->first_note;
  flow->n_notes = 0;

  while (pos->block < blocks->len)
    {
      Block *block = &g_array_index (blocks, Block, pos->block);
      gboolean complete = TRUE;

      switch (block->kind)
        {
        case BLOCK_HEADING:
          complete = place_heading (flow, block, pos->block);
          break;

        case BLOCK_PARAGRAPH:
          {
            const TextStyle *style = &paragraph_styles[block->style];
            g_autoptr(PangoLayout) layout = inline_layout (flow, block->text, style->font, flow->width);

            complete = place_text (flow, layout, block->text, style, 0.0, &pos->line, style->after, NULL);
          }
          break;

        case BLOCK_LIST:
          complete = place_list (flow, block, pos);
          break;

        case BLOCK_TABLE:
          complete = place_table (flow, block->table, pos);
          break;

        case BLOCK_DRAWING:
          complete = place_drawing (flow, block);
          break;

        case BLOCK_SPACE:
          if (flow->placed)
            flow->y += block->height;
          break;

        case BLOCK_PAGE_BREAK:
          if (flow->placed)
            {
              pos->block++;
              pos->item = 0;
              pos->line = 0;
              pos->offset = 0.0;
              goto page_full;
            }
          break;

        default:
          g_assert_not_reached ();
        }

      if (!complete)
        break;

      pos->block++;
      pos->item = 0;
      pos->line = 0;
      pos->offset = 0.0;
    }

page_full:
  draw_notes (flow);
  pos->first_note = notes_end (flow);
}

/* Page furniture ----------------------------------------------------------- */

static char *
format_date (GDateTime *date)
{
  /* Translators: the date in document headers, in g_date_time_format() notation;
   * Norwegian documents write 05.03.2026 */
  return g_date_time_format (date, _("%d.%m.%Y"));
}

static void
draw_furniture (Flow  *flow,
                guint  page,
                guint  n_pages)
{
  FvDocument *doc = flow->doc;
  cairo_t *cr = flow->cr;
  g_autoptr(PangoLayout) left = new_layout (flow, FONT_MARGINAL, flow->width * 0.7);
  g_autoptr(PangoLayout) right = new_layout (flow, FONT_MARGINAL, flow->width * 0.3);
  g_autofree char *date = format_date (doc->date);
  g_autofree char *page_label = NULL;
  double baseline;

  cairo_save (cr);
  set_color (cr, MUTED);
  pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (right, PANGO_ALIGN_RIGHT);

  /* Header: the title, and the date; a hairline beneath. */
  pango_layout_set_text (left, doc->title != NULL ? doc->title : "", -1);
  pango_layout_set_text (right, date, -1);
  baseline = pango_units_to_double (pango_layout_get_baseline (left));
  cairo_move_to (cr, flow->x, HEADER_Y - baseline);
  pango_cairo_show_layout (cr, left);
  cairo_move_to (cr, flow->x + flow->width * 0.7, HEADER_Y - baseline);
  pango_cairo_show_layout (cr, right);
  set_color (cr, RULE_LIGHT);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, flow->x, HEADER_Y + 4.0);
  cairo_line_to (cr, flow->x + flow->width, HEADER_Y + 4.0);
  cairo_stroke (cr);

  /* Footer: who made it, and "Side X av Y". */
  set_color (cr, MUTED);
  /* Translators: the page number in document footers; Norwegian "Side %u av %u" */
  page_label = g_strdup_printf (_("Page %u of %u"), page + 1, n_pages);
  pango_layout_set_text (left, doc->author != NULL ? doc->author : "", -1);
  pango_layout_set_text (right, page_label, -1);
  cairo_move_to (cr, flow->x, doc->height - FOOTER_Y - baseline);
  pango_cairo_show_layout (cr, left);
  cairo_move_to (cr, flow->x + flow->width * 0.7, doc->height - FOOTER_Y - baseline);
  pango_cairo_show_layout (cr, right);
  cairo_restore (cr);
}

/* Layout ------------------------------------------------------------------- */

static void
measure_notes (FvDocument *self,
               Flow       *flow)
{
  g_clear_pointer (&self->note_heights, g_array_unref);
  self->note_heights = g_array_sized_new (FALSE, FALSE, sizeof (double), self->notes->len);
  for (guint i = 0; i < self->notes->len; i++)
    {
      g_autoptr(PangoLayout) layout = inline_layout (flow, self->notes->pdata[i], FONT_NOTE,
                                                     flow->width - NOTE_INDENT);
      double height = layout_height (layout);

      g_array_append_val (self->note_heights, height);
    }
}

static void
invalidate (FvDocument *self)
{
  self->laid_out = FALSE;
  g_clear_pointer (&self->pages, g_array_unref);
}

/**
 * fv_document_layout:
 *
 * Breaks the document into pages: one pass that keeps only where each page
 * starts. Safe to call again; the other page functions call it when needed.
 * Call it in a worker thread for a long document, then draw anywhere.
 */
gboolean
fv_document_layout (FvDocument    *self,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autoptr(GArray) pages = g_array_new (FALSE, FALSE, sizeof (PagePos));
  PagePos pos = { 0 };
  Flow flow;

  g_return_val_if_fail (FV_IS_DOCUMENT (self), FALSE);

  if (self->laid_out)
    return TRUE;

  flow_init (&flow, self, NULL);
  measure_notes (self, &flow);

  do
    {
      PagePos before = pos;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          flow_clear (&flow);
          return FALSE;
        }

      g_array_append_val (pages, pos);
      flow_page (&flow, &pos);

      /* Every page must move on, or a block that never fits would loop. */
      if (pos.block == before.block && pos.item == before.item && pos.line == before.line &&
          pos.offset == before.offset && pos.block < self->blocks->len)
        {
          g_warning ("Block %u does not fit on a page; leaving it out", pos.block);
          pos.block++;
          pos.item = pos.line = 0;
          pos.offset = 0.0;
        }
    }
  while (pos.block < self->blocks->len);

  flow_clear (&flow);
  self->pages = g_steal_pointer (&pages);
  self->laid_out = TRUE;
  return TRUE;
}

guint
fv_document_get_n_pages (FvDocument *self)
{
  g_return_val_if_fail (FV_IS_DOCUMENT (self), 0);

  if (!fv_document_layout (self, NULL, NULL))
    return 0;
  return self->pages->len;
}

static void
draw_page_full (FvDocument *self,
                cairo_t    *cr,
                guint       page,
                GArray     *outline)
{
  PagePos pos;
  Flow flow;

  flow_init (&flow, self, cr);
  flow.outline = outline;
  flow.links = outline != NULL;
  pos = g_array_index (self->pages, PagePos, page);

  cairo_save (cr);
  draw_furniture (&flow, page, self->pages->len);
  flow_page (&flow, &pos);
  cairo_restore (cr);

  flow_clear (&flow);
}

/* cairo 1.16 reads the numbers in link and outline attributes ("rect=[72.5 …]")
 * with the locale's decimal separator: under nb_NO and nn_NO (decimal comma)
 * every document with a link or a heading failed with "invalid tag name,
 * attributes, or nesting". Documents are drawn with C numbers, on the
 * drawing thread only, so the rest of the program keeps the user's locale. */
typedef struct
{
  locale_t c;
  locale_t previous;
} CNumbers;

static CNumbers
c_numbers_begin (void)
{
  CNumbers numbers = { (locale_t) 0, (locale_t) 0 };
  locale_t base = duplocale (uselocale ((locale_t) 0));

  if (base == (locale_t) 0)
    return numbers;
  numbers.c = newlocale (LC_NUMERIC_MASK, "C", base);
  if (numbers.c == (locale_t) 0)
    {
      freelocale (base);
      return numbers;
    }
  numbers.previous = uselocale (numbers.c);
  return numbers;
}

static void
c_numbers_end (CNumbers numbers)
{
  if (numbers.c == (locale_t) 0)
    return;
  uselocale (numbers.previous);
  freelocale (numbers.c);
}

/**
 * fv_document_draw_page:
 * @cr: any cairo context whose user space is the page in points, origin at
 *   the paper's top left corner
 * @page: 0-based
 *
 * Draws one page. The same call writes the PDF and draws the printed page.
 */
void
fv_document_draw_page (FvDocument *self,
                       cairo_t    *cr,
                       guint       page)
{
  CNumbers numbers;

  g_return_if_fail (FV_IS_DOCUMENT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < fv_document_get_n_pages (self));

  /* Printing to a file is a PDF surface too: its links need C numbers as well. */
  numbers = c_numbers_begin ();
  draw_page_full (self, cr, page, NULL);
  c_numbers_end (numbers);
}

/* Writing PDF -------------------------------------------------------------- */

static cairo_status_t
write_to_stdio (void                *closure,
                const unsigned char *data,
                unsigned int         length)
{
  return fwrite (data, 1, length, closure) == length ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

static void
add_outline (cairo_surface_t *surface,
             GArray          *outline,
             guint            page,
             int             *parents)
{
  for (guint i = 0; i < outline->len; i++)
    {
      OutlineEntry *entry = &g_array_index (outline, OutlineEntry, i);
      int level = CLAMP (entry->level, 1, 3);
      char y[G_ASCII_DTOSTR_BUF_SIZE];
      g_autofree char *link = g_strdup_printf ("page=%u pos=[0 %s]", page + 1,
                                               g_ascii_dtostr (y, sizeof y, MAX (entry->y - 12.0, 0.0)));
      int parent = level > 1 ? parents[level - 1] : CAIRO_PDF_OUTLINE_ROOT;

      parents[level] = cairo_pdf_surface_add_outline (surface, parent, entry->text, link,
                                                      level == 1 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : 0);
      for (int l = level + 1; l <= 3; l++)
        parents[l] = parents[level];
      g_free (entry->text);
    }
  g_array_set_size (outline, 0);
}

static void
set_pdf_metadata (FvDocument      *self,
                  cairo_surface_t *surface)
{
  g_autofree char *date = g_date_time_format (self->date, "%Y-%m-%dT%H:%M:%S%:z");
  g_autofree char *creator = g_strdup_printf ("%s %s", PACKAGE_NAME, PACKAGE_VERSION);

  if (self->title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  if (self->author != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, self->author);
  if (self->subject != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, self->subject);
  if (self->keywords != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_KEYWORDS, self->keywords);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, creator);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_MOD_DATE, date);
}

static void
set_write_error (GError     **error,
                 const char  *path,
                 const char  *reason)
{
  g_set_error (error, FV_DOCUMENT_ERROR, FV_DOCUMENT_ERROR_WRITE,
               /* Translators: %s is a file name, the second %s the system's explanation */
               _("Could not write the PDF file “%s”: %s"), path, reason);
}

/**
 * fv_document_write_pdf:
 * @path: the file to write; replaced only when the whole document was written
 *
 * Lays the document out if needed and writes every page to a PDF file with
 * its fonts embedded and its metadata set. Headings become the PDF's outline.
 */
gboolean
fv_document_write_pdf (FvDocument    *self,
                       const char    *path,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autofree char *tmp_path = NULL;
  g_autoptr(GArray) outline = g_array_new (FALSE, FALSE, sizeof (OutlineEntry));
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  FILE *file;
  int parents[4] = { CAIRO_PDF_OUTLINE_ROOT, CAIRO_PDF_OUTLINE_ROOT,
                     CAIRO_PDF_OUTLINE_ROOT, CAIRO_PDF_OUTLINE_ROOT };
  int fd;
  gboolean cancelled = FALSE;
  CNumbers numbers;

  g_return_val_if_fail (FV_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!fv_document_layout (self, cancellable, error))
    return FALSE;

  /* Write beside the target, then rename: a half-written file never replaces a good one. */
  tmp_path = g_strconcat (path, ".XXXXXX", NULL);
  fd = g_mkstemp_full (tmp_path, O_WRONLY, 0644);
  if (fd < 0)
    {
      int saved_errno = errno;

      set_write_error (error, path, g_strerror (saved_errno));
      return FALSE;
    }
  file = fdopen (fd, "wb");
  if (file == NULL)
    {
      int saved_errno = errno;

      close (fd);
      g_unlink (tmp_path);
      set_write_error (error, path, g_strerror (saved_errno));
      return FALSE;
    }

  numbers = c_numbers_begin ();
  surface = cairo_pdf_surface_create_for_stream (write_to_stdio, file, self->width, self->height);
  set_pdf_metadata (self, surface);
  cr = cairo_create (surface);

  /* cairo 1.16 leaves a dangling object in the cross-reference table for link
   * annotations unless the content sits in a structure element. */
  cairo_tag_begin (cr, "Document", NULL);
  for (guint page = 0; page < self->pages->len; page++)
    {
      if (g_cancellable_is_cancelled (cancellable))
        {
          cancelled = TRUE;
          break;
        }
      draw_page_full (self, cr, page, outline);
      add_outline (surface, outline, page, parents);
      if (page + 1 == self->pages->len)
        cairo_tag_end (cr, "Document");
      cairo_show_page (cr);
    }

  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  c_numbers_end (numbers);

  if (fclose (file) != 0 && status == CAIRO_STATUS_SUCCESS)
    status = CAIRO_STATUS_WRITE_ERROR;

  if (cancelled)
    {
      g_unlink (tmp_path);
      return !g_cancellable_set_error_if_cancelled (cancellable, error);
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_unlink (tmp_path);
      set_write_error (error, path, cairo_status_to_string (status));
      return FALSE;
    }
  if (g_rename (tmp_path, path) != 0)
    {
      int saved_errno = errno;

      g_unlink (tmp_path);
      set_write_error (error, path, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

/* Content ------------------------------------------------------------------ */

static Block *
append_block (FvDocument *self,
              BlockKind   kind)
{
  Block block = { 0 };

  invalidate (self);
  block.kind = kind;
  g_array_append_val (self->blocks, block);
  return &g_array_index (self->blocks, Block, self->blocks->len - 1);
}

/* Parses markup with our footnotes and links; bad markup is shown as text. */
static FvInline *
parse_inline (FvDocument *self,
              const char *markup)
{
  g_autoptr(GError) error = NULL;
  FvInline *text = fv_inline_parse (markup != NULL ? markup : "", self->notes->len, self->notes, &error);

  if (text == NULL)
    {
      g_warning ("Invalid document markup (%s): %s", error->message, markup);
      text = fv_inline_new_text (markup);
    }
  return text;
}

void
fv_document_add_heading (FvDocument *self,
                         guint       level,
                         const char *text)
{
  Block *block;

  g_return_if_fail (FV_IS_DOCUMENT (self));
  g_return_if_fail (level >= 1 && level <= 3);
  g_return_if_fail (text != NULL);

  block = append_block (self, BLOCK_HEADING);
  block->style = level;
  block->text = fv_inline_new_text (text);
  block->plain = g_strdup (text);
}

void
fv_document_add_styled_paragraph (FvDocument       *self,
                                  FvParagraphStyle  style,
                                  const char       *markup)
{
  Block *block;
  FvInline *text;

  g_return_if_fail (FV_IS_DOCUMENT (self));
  g_return_if_fail (style <= FV_PARAGRAPH_SMALL);

  text = parse_inline (self, markup);
  block = append_block (self, BLOCK_PARAGRAPH);
  block->style = style;
  block->text = text;
}

void
fv_document_add_paragraph (FvDocument *self,
                           const char *markup)
{
  fv_document_add_styled_paragraph (self, FV_PARAGRAPH_BODY, markup);
}

void
fv_document_add_list (FvDocument         *self,
                      gboolean            numbered,
                      const char * const *items)
{
  g_autoptr(GPtrArray) parsed = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_inline_free);
  Block *block;

  g_return_if_fail (FV_IS_DOCUMENT (self));
  g_return_if_fail (items != NULL);

  for (guint i = 0; items[i] != NULL; i++)
    g_ptr_array_add (parsed, parse_inline (self, items[i]));
  if (parsed->len == 0)
    return;

  block = append_block (self, BLOCK_LIST);
  block->numbered = numbered;
  block->items = g_steal_pointer (&parsed);
}

/**
 * fv_document_add_table:
 * @widths: (array): @n_columns relative column widths (any scale)
 *
 * Returns: (transfer none): the table, owned by the document, to fill
 */
FvTable *
fv_document_add_table (FvDocument   *self,
                       guint         n_columns,
                       const double *widths)
{
  FvTable *table;
  Block *block;
  double sum = 0.0;

  g_return_val_if_fail (FV_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (n_columns > 0, NULL);

  table = g_new0 (FvTable, 1);
  table->n_columns = n_columns;
  table->widths = g_new0 (double, n_columns);
  table->align = g_new0 (FvAlign, n_columns);
  table->rows = g_array_new (FALSE, FALSE, sizeof (Row));

  for (guint c = 0; c < n_columns; c++)
    sum += widths != NULL ? MAX (widths[c], 0.0) : 1.0;
  for (guint c = 0; c < n_columns; c++)
    table->widths[c] = sum > 0.0 ? (widths != NULL ? MAX (widths[c], 0.0) : 1.0) / sum : 1.0 / n_columns;

  block = append_block (self, BLOCK_TABLE);
  block->table = table;
  return table;
}

static char **
copy_cells (FvTable            *table,
            const char * const *cells)
{
  char **copy = g_new0 (char *, table->n_columns + 1);

  for (guint c = 0; c < table->n_columns; c++)
    copy[c] = g_strdup (cells[c] != NULL ? cells[c] : "");
  return copy;
}

/* The header row, repeated at the top of every page the table runs onto. */
void
fv_table_set_header (FvTable            *table,
                     const char * const *cells)
{
  g_return_if_fail (table != NULL);

  g_clear_pointer (&table->header, g_strfreev);
  if (cells != NULL)
    table->header = copy_cells (table, cells);
}

/* A line such as "Health (continued)" above the header on the pages the table runs onto. */
void
fv_table_set_caption (FvTable    *table,
                      const char *caption)
{
  g_return_if_fail (table != NULL);

  g_free (table->caption);
  table->caption = g_strdup (caption);
}

void
fv_table_set_align (FvTable *table,
                    guint    column,
                    FvAlign  align)
{
  g_return_if_fail (table != NULL);
  g_return_if_fail (column < table->n_columns);

  table->align[column] = align;
}

void
fv_table_add_row_full (FvTable            *table,
                       FvTableRowFlags     flags,
                       const char * const *cells)
{
  Row row;

  g_return_if_fail (table != NULL);
  g_return_if_fail (cells != NULL);

  row.flags = flags;
  row.cells = copy_cells (table, cells);
  if (flags & FV_TABLE_ROW_MARKUP)
    for (guint c = 0; c < table->n_columns; c++)
      {
        g_autoptr(GError) error = NULL;

        if (!pango_parse_markup (row.cells[c], -1, 0, NULL, NULL, NULL, &error))
          {
            g_warning ("Invalid table markup (%s): %s", error->message, row.cells[c]);
            g_free (row.cells[c]);
            row.cells[c] = g_markup_escape_text (cells[c], -1);
          }
      }
  g_array_append_val (table->rows, row);
}

/* Adds a row of plain text, @n_columns cells. */
void
fv_table_add_row (FvTable            *table,
                  const char * const *cells)
{
  fv_table_add_row_full (table, FV_TABLE_ROW_DEFAULT, cells);
}

guint
fv_table_get_n_rows (FvTable *table)
{
  g_return_val_if_fail (table != NULL, 0);

  return table->rows->len;
}

static void
table_free (FvTable *table)
{
  for (guint i = 0; i < table->rows->len; i++)
    g_strfreev (g_array_index (table->rows, Row, i).cells);
  g_array_unref (table->rows);
  g_strfreev (table->header);
  g_free (table->caption);
  g_free (table->widths);
  g_free (table->align);
  g_free (table);
}

/**
 * fv_document_add_drawing:
 * @height: in points; 0 or less for the rest of the page
 * @func: draws into a box as wide as the text
 *
 * A drawing (a chart, the annual wheel) kept whole on one page.
 */
void
fv_document_add_drawing (FvDocument     *self,
                         double          height,
                         FvDrawFunc      func,
                         gpointer        user_data,
                         GDestroyNotify  destroy)
{
  Block *block;

  g_return_if_fail (FV_IS_DOCUMENT (self));
  g_return_if_fail (func != NULL);

  block = append_block (self, BLOCK_DRAWING);
  block->height = height;
  block->draw = func;
  block->data = user_data;
  block->destroy = destroy;
}

/* Vertical space, dropped at the top of a page. */
void
fv_document_add_space (FvDocument *self,
                       double      points)
{
  g_return_if_fail (FV_IS_DOCUMENT (self));

  append_block (self, BLOCK_SPACE)->height = MAX (points, 0.0);
}

void
fv_document_add_page_break (FvDocument *self)
{
  g_return_if_fail (FV_IS_DOCUMENT (self));

  append_block (self, BLOCK_PAGE_BREAK);
}

static void
block_clear (gpointer data)
{
  Block *block = data;

  g_clear_pointer (&block->text, fv_inline_free);
  g_clear_pointer (&block->plain, g_free);
  g_clear_pointer (&block->items, g_ptr_array_unref);
  g_clear_pointer (&block->table, table_free);
  if (block->destroy != NULL)
    block->destroy (block->data);
  block->destroy = NULL;
  block->data = NULL;
}

/* Properties --------------------------------------------------------------- */

FvDocument *
fv_document_new (FvPaper       paper,
                 FvOrientation orientation)
{
  FvDocument *self = g_object_new (FV_TYPE_DOCUMENT, NULL);

  self->paper = paper;
  self->orientation = orientation;
  fv_paper_get_size (paper, orientation, &self->width, &self->height);
  return self;
}

FvPaper
fv_document_get_paper (FvDocument *self)
{
  g_return_val_if_fail (FV_IS_DOCUMENT (self), FV_PAPER_A4);

  return self->paper;
}

FvOrientation
fv_document_get_orientation (FvDocument *self)
{
  g_return_val_if_fail (FV_IS_DOCUMENT (self), FV_ORIENTATION_PORTRAIT);

  return self->orientation;
}

void
fv_document_get_page_size (FvDocument *self,
                           double     *width,
                           double     *height)
{
  g_return_if_fail (FV_IS_DOCUMENT (self));

  if (width != NULL)
    *width = self->width;
  if (height != NULL)
    *height = self->height;
}

/* g_set_str() is GLib 2.76, newer than our floor. */
static gboolean
replace_string (char       **field,
                const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

#define DEFINE_STRING_PROPERTY(field, PROP)                          \
  const char *                                                       \
  fv_document_get_##field (FvDocument *self)                         \
  {                                                                  \
    g_return_val_if_fail (FV_IS_DOCUMENT (self), NULL);              \
    return self->field;                                              \
  }                                                                  \
                                                                     \
  void                                                               \
  fv_document_set_##field (FvDocument *self,                         \
                           const char *field)                        \
  {                                                                  \
    g_return_if_fail (FV_IS_DOCUMENT (self));                        \
    if (replace_string (&self->field, field))                        \
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);  \
  }

DEFINE_STRING_PROPERTY (title, PROP_TITLE)
DEFINE_STRING_PROPERTY (author, PROP_AUTHOR)
DEFINE_STRING_PROPERTY (subject, PROP_SUBJECT)
DEFINE_STRING_PROPERTY (keywords, PROP_KEYWORDS)

/**
 * fv_document_get_date:
 *
 * Returns: (transfer none): the date in the header and the PDF's metadata
 */
GDateTime *
fv_document_get_date (FvDocument *self)
{
  g_return_val_if_fail (FV_IS_DOCUMENT (self), NULL);

  return self->date;
}

void
fv_document_set_date (FvDocument *self,
                      GDateTime  *date)
{
  g_return_if_fail (FV_IS_DOCUMENT (self));
  g_return_if_fail (date != NULL);

  g_date_time_unref (self->date);
  self->date = g_date_time_ref (date);
}

static void
fv_document_finalize (GObject *object)
{
  FvDocument *self = FV_DOCUMENT (object);

  g_clear_pointer (&self->blocks, g_array_unref);
  g_clear_pointer (&self->notes, g_ptr_array_unref);
  g_clear_pointer (&self->pages, g_array_unref);
  g_clear_pointer (&self->note_heights, g_array_unref);
  g_clear_pointer (&self->date, g_date_time_unref);
  g_free (self->title);
  g_free (self->author);
  g_free (self->subject);
  g_free (self->keywords);

  G_OBJECT_CLASS (fv_document_parent_class)->finalize (object);
}

static void
fv_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  FvDocument *self = FV_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_AUTHOR:
      g_value_set_string (value, self->author);
      break;
    case PROP_SUBJECT:
      g_value_set_string (value, self->subject);
      break;
    case PROP_KEYWORDS:
      g_value_set_string (value, self->keywords);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fv_document_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  FvDocument *self = FV_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      fv_document_set_title (self, g_value_get_string (value));
      break;
    case PROP_AUTHOR:
      fv_document_set_author (self, g_value_get_string (value));
      break;
    case PROP_SUBJECT:
      fv_document_set_subject (self, g_value_get_string (value));
      break;
    case PROP_KEYWORDS:
      fv_document_set_keywords (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fv_document_class_init (FvDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fv_document_finalize;
  object_class->get_property = fv_document_get_property;
  object_class->set_property = fv_document_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AUTHOR] =
    g_param_spec_string ("author", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUBJECT] =
    g_param_spec_string ("subject", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KEYWORDS] =
    g_param_spec_string ("keywords", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fv_document_init (FvDocument *self)
{
  self->blocks = g_array_new (FALSE, FALSE, sizeof (Block));
  g_array_set_clear_func (self->blocks, block_clear);
  self->notes = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_inline_free);
  self->date = g_date_time_new_now_local ();
  fv_paper_get_size (FV_PAPER_A4, FV_ORIENTATION_PORTRAIT, &self->width, &self->height);
}
