/* fv-agreement-forms.c — numbered agreement forms to print for a volunteer exchange
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One A4 page per form, drawn as one drawing of the document engine: the
 * exchange and the form's number at the top, the two parties side by side,
 * what is exchanged, the kind of help, the deadline, three signatures (both
 * parties and the broker, børsmegler) and the rules of the exchange. Every
 * field has writing lines far enough apart for handwriting (8 mm).
 */

#define G_LOG_DOMAIN "fv-agreement-forms"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>
#include <stdio.h>

#include "fv-agreement-forms.h"

#define MM(x) ((x) * 72.0 / 25.4)

#define INK        0.10, 0.10, 0.11
#define ACCENT     0.11, 0.24, 0.40
#define MUTED      0.36, 0.37, 0.40
#define LINE       0.55, 0.57, 0.60
#define FRAME      0.62, 0.66, 0.72
#define HEAD_FILL  0.90, 0.925, 0.955

#define PITCH       MM (8.5)  /* between writing lines */
#define PAD         8.0       /* inside a section's frame */
#define GAP         9.0       /* between sections */
#define BAND        17.0      /* a section's heading band */
#define LABEL_FONT  "7.5"

/* What every form of a batch shares; read-only while pages are drawn. */
typedef struct
{
  gatomicrefcount  ref_count;
  char            *kicker;     /* the municipality, or "Volunteer exchange" */
  char            *name;
  char            *where_when; /* place · date */
  char            *deadline;   /* a year after the exchange, formatted */
} FormBatch;

/* The rules printed on every form (see shared/DOMAIN.md). */
static const char * const rules[] = {
  N_("Money is not a currency: only time, work, competence, equipment and premises are exchanged."),
  N_("An agreement may be one-way: one party gives, the other receives."),
  N_("The two parties follow up the agreement themselves."),
  N_("The agreement must be fulfilled within the agreed time, commonly within a year."),
};

typedef struct
{
  FormBatch *batch;
  guint      number;
} FormPage;

static FormBatch *
form_batch_ref (FormBatch *batch)
{
  g_atomic_ref_count_inc (&batch->ref_count);
  return batch;
}

static void
form_batch_unref (FormBatch *batch)
{
  if (!g_atomic_ref_count_dec (&batch->ref_count))
    return;
  g_free (batch->kicker);
  g_free (batch->name);
  g_free (batch->where_when);
  g_free (batch->deadline);
  g_free (batch);
}

static void
form_page_free (gpointer data)
{
  FormPage *page = data;

  form_batch_unref (page->batch);
  g_free (page);
}

static void
set_color (cairo_t *cr,
           double   r,
           double   g,
           double   b)
{
  cairo_set_source_rgb (cr, r, g, b);
}

/* Shows @text at (x, y) (top left), at most @width wide; returns its height. */
static double
show_text (cairo_t    *cr,
           const char *font,
           const char *markup,
           double      x,
           double      y,
           double      width,
           PangoAlignment align)
{
  g_autoptr(PangoLayout) layout = fv_document_create_layout (font);
  int height;

  pango_layout_set_width (layout, pango_units_from_double (width));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, align);
  pango_layout_set_markup (layout, markup, -1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  pango_layout_get_size (layout, NULL, &height);
  return pango_units_to_double (height);
}

static double
text_height (const char *font,
             const char *markup,
             double      width)
{
  g_autoptr(PangoLayout) layout = fv_document_create_layout (font);
  int height;

  pango_layout_set_width (layout, pango_units_from_double (width));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (layout, markup, -1);
  pango_layout_get_size (layout, NULL, &height);
  return pango_units_to_double (height);
}

static void
writing_line (cairo_t *cr,
              double   x,
              double   y,
              double   width)
{
  set_color (cr, LINE);
  cairo_set_line_width (cr, 0.6);
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x + width, y);
  cairo_stroke (cr);
}

/* A labelled field: the label small above, then @lines writing lines. Returns the height. */
static double
field (cairo_t    *cr,
       const char *label,
       double      x,
       double      y,
       double      width,
       guint       lines)
{
  g_autofree char *escaped = g_markup_escape_text (label, -1);
  double label_height;

  set_color (cr, MUTED);
  label_height = show_text (cr, LABEL_FONT, escaped, x, y, width, PANGO_ALIGN_LEFT);
  for (guint i = 0; i < lines; i++)
    writing_line (cr, x, y + label_height + PITCH * (i + 1) - 4.0, width);
  return label_height + PITCH * lines;
}

/* A section: a frame with a tinted heading band. */
static void
section_frame (cairo_t    *cr,
               const char *title,
               double      x,
               double      y,
               double      width,
               double      height)
{
  g_autofree char *escaped = g_markup_escape_text (title, -1);

  set_color (cr, HEAD_FILL);
  cairo_rectangle (cr, x, y, width, BAND);
  cairo_fill (cr);
  set_color (cr, FRAME);
  cairo_set_line_width (cr, 0.8);
  cairo_rectangle (cr, x, y, width, height);
  cairo_stroke (cr);
  cairo_move_to (cr, x, y + BAND);
  cairo_line_to (cr, x + width, y + BAND);
  cairo_stroke (cr);

  set_color (cr, ACCENT);
  show_text (cr, "Bold 9.5", escaped, x + PAD, y + (BAND - text_height ("Bold 9.5", escaped, width)) / 2.0,
             width - 2 * PAD, PANGO_ALIGN_LEFT);
}

static void
checkbox (cairo_t    *cr,
          const char *label,
          double      x,
          double      y,
          double      width)
{
  g_autofree char *escaped = g_markup_escape_text (label, -1);
  double box = 8.5;

  set_color (cr, LINE);
  cairo_set_line_width (cr, 0.7);
  cairo_rectangle (cr, x, y + 0.5, box, box);
  cairo_stroke (cr);
  set_color (cr, INK);
  show_text (cr, "8.5", escaped, x + box + 5.0, y - 0.5, width - box - 5.0, PANGO_ALIGN_LEFT);
}

static double
draw_top (cairo_t   *cr,
          FormPage  *page,
          double     width)
{
  FormBatch *batch = page->batch;
  g_autofree char *kicker = g_markup_escape_text (batch->kicker, -1);
  g_autofree char *name = g_markup_escape_text (batch->name, -1);
  g_autofree char *where = g_markup_escape_text (batch->where_when, -1);
  g_autofree char *label = g_markup_escape_text (_("Agreement no."), -1);
  g_autofree char *number = g_strdup_printf ("<span size=\"9pt\" weight=\"normal\">%s</span> %u", label, page->number);
  double box_width = MM (62), box_height = MM (20);
  double left = width - box_width - 12.0;
  double y = 0.0;
  double number_height;

  /* The exchange, at the left. */
  set_color (cr, ACCENT);
  y += show_text (cr, "Bold 9.5", kicker, 0, y, left, PANGO_ALIGN_LEFT);
  set_color (cr, INK);
  y += show_text (cr, "Bold 17", name, 0, y + 1.0, left, PANGO_ALIGN_LEFT) + 1.0;
  set_color (cr, MUTED);
  y += show_text (cr, "9.5", where, 0, y + 1.0, left, PANGO_ALIGN_LEFT) + 1.0;

  /* The number, big and framed at the right, where the broker finds it. */
  set_color (cr, ACCENT);
  cairo_set_line_width (cr, 1.6);
  cairo_rectangle (cr, width - box_width, 0, box_width, box_height);
  cairo_stroke (cr);
  number_height = text_height ("Bold 34", number, box_width);
  show_text (cr, "Bold 34", number, width - box_width, (box_height - number_height) / 2.0,
             box_width, PANGO_ALIGN_CENTER);

  y = MAX (y, box_height) + 6.0;
  set_color (cr, ACCENT);
  cairo_set_line_width (cr, 1.2);
  cairo_move_to (cr, 0, y);
  cairo_line_to (cr, width, y);
  cairo_stroke (cr);
  return y + GAP;
}

static double
draw_party (cairo_t    *cr,
            const char *title,
            double      x,
            double      y,
            double      width)
{
  double inner = width - 2 * PAD;
  double half = (inner - 10.0) / 2.0;
  double row = y + BAND + PAD - 2.0;
  double height;

  row += field (cr, _("Organisation"), x + PAD, row, inner, 2) + 6.0;
  row += field (cr, _("Contact person"), x + PAD, row, inner, 1) + 6.0;
  field (cr, _("Phone"), x + PAD, row, half, 1);
  row += field (cr, _("E-mail"), x + PAD + half + 10.0, row, half, 1) + PAD;

  height = row - y;
  section_frame (cr, title, x, y, width, height);
  return height;
}

static double
draw_exchange (cairo_t *cr,
               double   y,
               double   width)
{
  double inner = width - 2 * PAD;
  double row = y + BAND + PAD - 2.0;
  double height;

  row += field (cr, _("Party 1 gives"), PAD, row, inner, 3) + 6.0;
  row += field (cr, _("Party 2 gives in return (leave empty when the agreement is one-way)"), PAD, row, inner, 2)
         + PAD;
  height = row - y;
  section_frame (cr, _("What is exchanged"), 0, y, width, height);
  return height;
}

static double
draw_kind_and_deadline (cairo_t   *cr,
                        FormBatch *batch,
                        double     y,
                        double     width)
{
  const FvKind *kinds;
  guint n_kinds;
  double inner = width - 2 * PAD;
  double column = inner / 4.0;
  double row = y + BAND + PAD;
  double deadline_width = inner * 0.42;
  g_autofree char *hint = NULL;
  g_autofree char *hint_escaped = NULL;
  double height;

  kinds = fv_offer_kinds (&n_kinds);
  for (guint i = 0; i < n_kinds; i++)
    checkbox (cr, _(kinds[i].label), PAD + column * (i % 4), row + 15.0 * (i / 4), column - 4.0);
  row += 15.0 * ((n_kinds + 3) / 4) + 4.0;

  field (cr, _("To be fulfilled by (date)"), PAD, row, deadline_width, 1);
  /* Translators: %s is a date a year after the exchange, e.g. 16.10.2025 */
  hint = g_strdup_printf (_("Commonly within a year: by %s."), batch->deadline);
  hint_escaped = g_markup_escape_text (hint, -1);
  set_color (cr, MUTED);
  show_text (cr, "Italic 8.5", hint_escaped, PAD + deadline_width + 14.0, row + PITCH + 4.0 - 9.0,
             inner - deadline_width - 14.0, PANGO_ALIGN_LEFT);
  row += text_height (LABEL_FONT, "X", inner) + PITCH + PAD;

  height = row - y;
  section_frame (cr, _("Kind of help (tick one) and deadline"), 0, y, width, height);
  return height;
}

static double
draw_signatures (cairo_t *cr,
                 double   y,
                 double   width)
{
  const char *who[] = { _("Party 1"), _("Party 2"), _("Broker (børsmegler)") };
  double inner = width - 2 * PAD;
  double column = (inner - 2 * 14.0) / 3.0;
  double line_y = y + BAND + PAD + MM (13);
  double height;

  for (guint i = 0; i < G_N_ELEMENTS (who); i++)
    {
      double x = PAD + i * (column + 14.0);
      g_autofree char *escaped = g_markup_escape_text (who[i], -1);
      g_autofree char *sign = g_markup_escape_text (_("Signature"), -1);
      g_autofree char *label = g_strdup_printf ("%s — %s", sign, escaped);

      set_color (cr, INK);
      cairo_set_line_width (cr, 0.8);
      cairo_move_to (cr, x, line_y);
      cairo_line_to (cr, x + column, line_y);
      cairo_stroke (cr);
      set_color (cr, MUTED);
      show_text (cr, LABEL_FONT, label, x, line_y + 2.5, column, PANGO_ALIGN_LEFT);
    }

  height = line_y + 2.5 + text_height (LABEL_FONT, "X", column) + PAD - y;
  section_frame (cr, _("Signatures"), 0, y, width, height);
  return height;
}

static void
draw_rules (cairo_t *cr,
            double   y,
            double   width,
            double   height)
{
  double inner = width - 2 * PAD;
  double row = y + BAND + PAD - 2.0;

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      g_autofree char *escaped = g_markup_escape_text (_(rules[i]), -1);

      set_color (cr, ACCENT);
      show_text (cr, "Bold 8.5", "•", PAD, row, 10.0, PANGO_ALIGN_LEFT);
      set_color (cr, INK);
      row += show_text (cr, "8.5", escaped, PAD + 10.0, row, inner - 10.0, PANGO_ALIGN_LEFT) + 2.0;
    }

  section_frame (cr, _("Rules of the exchange"), 0, y, width, height);
}

static double
rules_height (double width)
{
  double height = BAND + PAD - 2.0 + PAD;

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      g_autofree char *escaped = g_markup_escape_text (_(rules[i]), -1);

      height += text_height ("8.5", escaped, width - 2 * PAD - 10.0) + 2.0;
    }
  return height;
}

static void
draw_form (cairo_t  *cr,
           double    width,
           double    height,
           gpointer  user_data)
{
  FormPage *page = user_data;
  double column = (width - GAP) / 2.0;
  double y, party_height, rules_space;

  y = draw_top (cr, page, width);
  party_height = draw_party (cr, _("Party 1 — gives"), 0, y, column);
  draw_party (cr, _("Party 2 — receives"), column + GAP, y, column);
  y += party_height + GAP;
  y += draw_exchange (cr, y, width) + GAP;
  y += draw_kind_and_deadline (cr, page->batch, y, width) + GAP;
  y += draw_signatures (cr, y, width) + GAP;

  /* The rules stand at the foot of the page, whatever room is left above them. */
  rules_space = rules_height (width);
  draw_rules (cr, MAX (y, height - rules_space - 1.0), width, rules_space);
}

/**
 * fv_agreement_forms_new:
 * @exchange: the exchange the forms are for
 * @first: the first form's number, 1 or more
 * @count: how many forms, one per page
 *
 * Returns: (transfer full): the forms, numbered @first … @first + @count - 1
 */
FvDocument *
fv_agreement_forms_new (const FvExchangeRecord *exchange,
                        guint                   first,
                        guint                   count)
{
  g_autoptr(FvDocument) doc = NULL;
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *title = NULL;
  g_autofree char *date_text = NULL;
  FormBatch *batch;
  int y, m, d;

  g_return_val_if_fail (exchange != NULL, NULL);
  g_return_val_if_fail (first >= 1, NULL);
  g_return_val_if_fail (count >= 1 && count <= FV_AGREEMENT_FORMS_MAX, NULL);

  batch = g_new0 (FormBatch, 1);
  g_atomic_ref_count_init (&batch->ref_count);
  batch->kicker = g_strdup (exchange->municipality != NULL && *exchange->municipality != '\0'
                            ? exchange->municipality : _("Volunteer exchange (frivillighetsbørs)"));
  batch->name = g_strdup (exchange->name != NULL ? exchange->name : "");
  date_text = fv_exchange_format_date (exchange->date);
  if (exchange->place != NULL && *exchange->place != '\0')
    /* Translators: where and when the exchange is, e.g. "Rådhuset, Elverum · 16.10.2024" */
    batch->where_when = g_strdup_printf (_("%s · %s"), exchange->place, date_text);
  else
    batch->where_when = g_strdup (date_text);

  if (exchange->date != NULL && sscanf (exchange->date, "%4d-%2d-%2d", &y, &m, &d) == 3 &&
      g_date_valid_dmy (d, m, y))
    {
      g_autoptr(GDateTime) later = NULL;

      date = g_date_time_new_local (y, m, d, 12, 0, 0);
      later = g_date_time_add_years (date, 1);
      batch->deadline = g_date_time_format (later, "%d.%m.%Y");
    }
  else
    batch->deadline = g_strdup ("");

  doc = fv_document_new (FV_PAPER_A4, FV_ORIENTATION_PORTRAIT);
  /* Translators: the title of the printed forms; %s is the exchange's name */
  title = g_strdup_printf (_("Agreement forms — %s"), batch->name);
  fv_document_set_title (doc, title);
  fv_document_set_subject (doc, _("Numbered agreement forms for a volunteer exchange (frivillighetsbørs)"));
  if (exchange->municipality != NULL && *exchange->municipality != '\0')
    fv_document_set_author (doc, exchange->municipality);
  if (date != NULL)
    fv_document_set_date (doc, date);

  for (guint i = 0; i < count; i++)
    {
      FormPage *page = g_new0 (FormPage, 1);

      page->batch = form_batch_ref (batch);
      page->number = first + i;
      if (i > 0)
        fv_document_add_page_break (doc);
      fv_document_add_drawing (doc, 0.0, draw_form, page, form_page_free);
    }

  form_batch_unref (batch);
  return g_steal_pointer (&doc);
}

/**
 * fv_agreement_forms_new_for_exchange:
 *
 * Reads the exchange and makes its forms.
 *
 * Returns: (transfer full) (nullable): the forms, or %NULL with @error set
 */
FvDocument *
fv_agreement_forms_new_for_exchange (FvDatabase  *database,
                                     gint64       exchange_id,
                                     guint        first,
                                     guint        count,
                                     GError     **error)
{
  g_autoptr(FvExchangeRecord) exchange = NULL;

  g_return_val_if_fail (FV_IS_DATABASE (database), NULL);

  if (count < 1 || count > FV_AGREEMENT_FORMS_MAX || first < 1)
    {
      g_set_error (error, FV_DOCUMENT_ERROR, FV_DOCUMENT_ERROR_FAILED,
                   /* Translators: %d is the most forms one batch can have */
                   _("The number of forms must be between 1 and %d."), FV_AGREEMENT_FORMS_MAX);
      return NULL;
    }

  exchange = fv_exchange_store_load (database, exchange_id, error);
  if (exchange == NULL)
    return NULL;
  return fv_agreement_forms_new (exchange, first, count);
}
