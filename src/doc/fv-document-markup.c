/* fv-document-markup.c — our two elements on top of Pango markup
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pango markup has no links and no footnotes. A document's text may hold
 * <a href="…">…</a> and <footnote>…</footnote>: this reads the markup once
 * with GMarkup, writes it back as plain Pango markup (a link becomes an
 * underlined span, a footnote its superscript number), and remembers where in
 * the plain text each link and reference stands, so the engine can put the
 * note on the page of the line that cites it and make the link clickable.
 */

#define G_LOG_DOMAIN "fv-document"

#include "config.h"

#include <pango/pango.h>
#include <string.h>

#include "fv-document-private.h"

#define LINK_SPAN "<span foreground=\"#1a5fb4\" underline=\"single\">"

typedef struct
{
  GString *markup;
  gsize    plain;       /* bytes of plain text written so far */
  GArray  *refs;
  GArray  *links;
  int      open_link;   /* index into links, or -1 */
} Builder;

typedef struct
{
  Builder    main;
  Builder    note;
  gboolean   in_note;
  guint      next_note;
  GPtrArray *notes;
} ParseState;

static void
link_clear (gpointer data)
{
  FvLink *link = data;

  g_clear_pointer (&link->uri, g_free);
}

static void
builder_init (Builder *builder)
{
  builder->markup = g_string_new (NULL);
  builder->plain = 0;
  builder->refs = NULL;
  builder->links = NULL;
  builder->open_link = -1;
}

static void
builder_clear (Builder *builder)
{
  if (builder->markup != NULL)
    g_string_free (builder->markup, TRUE);
  builder->markup = NULL;
  g_clear_pointer (&builder->refs, g_array_unref);
  g_clear_pointer (&builder->links, g_array_unref);
}

static FvInline *
builder_finish (Builder *builder)
{
  FvInline *text = g_new0 (FvInline, 1);

  text->markup = g_string_free (g_steal_pointer (&builder->markup), FALSE);
  text->refs = g_steal_pointer (&builder->refs);
  text->links = g_steal_pointer (&builder->links);
  return text;
}

static Builder *
current (ParseState *state)
{
  return state->in_note ? &state->note : &state->main;
}

static void
start_element (GMarkupParseContext  *context,
               const char           *name,
               const char          **attribute_names,
               const char          **attribute_values,
               gpointer              user_data,
               GError              **error)
{
  ParseState *state = user_data;
  Builder *builder = current (state);

  if (g_str_equal (name, "fv-markup"))
    return;

  if (g_str_equal (name, "footnote"))
    {
      FvNoteRef ref;
      char number[16];

      if (state->in_note)
        {
          g_set_error_literal (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                               "A footnote cannot hold another footnote");
          return;
        }

      ref.index = (guint) state->main.plain;
      ref.note = state->next_note++;
      if (state->main.refs == NULL)
        state->main.refs = g_array_new (FALSE, FALSE, sizeof (FvNoteRef));
      g_array_append_val (state->main.refs, ref);

      g_snprintf (number, sizeof number, "%u", ref.note + 1);
      g_string_append_printf (state->main.markup, "<sup>%s</sup>", number);
      state->main.plain += strlen (number);

      builder_init (&state->note);
      state->in_note = TRUE;
      return;
    }

  if (g_str_equal (name, "a"))
    {
      const char *href = NULL;
      FvLink link = { 0 };

      if (!g_markup_collect_attributes (name, attribute_names, attribute_values, error,
                                        G_MARKUP_COLLECT_STRING, "href", &href,
                                        G_MARKUP_COLLECT_INVALID))
        return;
      if (builder->open_link >= 0)
        {
          g_set_error_literal (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                               "A link cannot hold another link");
          return;
        }

      if (builder->links == NULL)
        {
          builder->links = g_array_new (FALSE, FALSE, sizeof (FvLink));
          g_array_set_clear_func (builder->links, link_clear);
        }
      link.start = (guint) builder->plain;
      link.uri = g_strdup (href);
      g_array_append_val (builder->links, link);
      builder->open_link = (int) builder->links->len - 1;
      g_string_append (builder->markup, LINK_SPAN);
      return;
    }

  /* Pango's own elements pass through; Pango checks them later. */
  g_string_append_printf (builder->markup, "<%s", name);
  for (guint i = 0; attribute_names[i] != NULL; i++)
    {
      g_autofree char *value = g_markup_escape_text (attribute_values[i], -1);

      g_string_append_printf (builder->markup, " %s=\"%s\"", attribute_names[i], value);
    }
  g_string_append_c (builder->markup, '>');
}

static void
end_element (GMarkupParseContext  *context,
             const char           *name,
             gpointer              user_data,
             GError              **error)
{
  ParseState *state = user_data;
  Builder *builder = current (state);

  if (g_str_equal (name, "fv-markup"))
    return;

  if (g_str_equal (name, "footnote"))
    {
      g_ptr_array_add (state->notes, builder_finish (&state->note));
      builder_clear (&state->note);
      state->in_note = FALSE;
      return;
    }

  if (g_str_equal (name, "a"))
    {
      g_array_index (builder->links, FvLink, builder->open_link).end = (guint) builder->plain;
      builder->open_link = -1;
      g_string_append (builder->markup, "</span>");
      return;
    }

  g_string_append_printf (builder->markup, "</%s>", name);
}

static void
text (GMarkupParseContext  *context,
      const char           *text,
      gsize                 text_len,
      gpointer              user_data,
      GError              **error)
{
  ParseState *state = user_data;
  Builder *builder = current (state);
  g_autofree char *escaped = g_markup_escape_text (text, (gssize) text_len);

  g_string_append (builder->markup, escaped);
  builder->plain += text_len;
}

static const GMarkupParser parser = {
  start_element,
  end_element,
  text,
  NULL,
  NULL,
};

FvInline *
fv_inline_new_text (const char *plain)
{
  FvInline *text = g_new0 (FvInline, 1);

  text->markup = g_markup_escape_text (plain != NULL ? plain : "", -1);
  return text;
}

/**
 * fv_inline_parse:
 * @markup: Pango markup with <a href> and <footnote>
 * @first_note: the index the first footnote here gets
 * @notes: (element-type FvInline): receives the footnotes' own text, in order
 *
 * Returns: (transfer full): the text, or %NULL with @error set (and nothing
 *   added to @notes)
 */
FvInline *
fv_inline_parse (const char  *markup,
                 guint        first_note,
                 GPtrArray   *notes,
                 GError     **error)
{
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GPtrArray) new_notes = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_inline_free);
  g_autofree char *wrapped = g_strconcat ("<fv-markup>", markup, "</fv-markup>", NULL);
  ParseState state = { 0 };
  FvInline *text;
  gboolean ok;

  builder_init (&state.main);
  state.next_note = first_note;
  state.notes = new_notes;

  context = g_markup_parse_context_new (&parser, G_MARKUP_PREFIX_ERROR_POSITION, &state, NULL);
  ok = g_markup_parse_context_parse (context, wrapped, -1, error) &&
       g_markup_parse_context_end_parse (context, error);
  builder_clear (&state.note);

  if (ok)
    {
      /* Pango reads the result; let it refuse unknown elements now, not at layout time. */
      ok = pango_parse_markup (state.main.markup->str, -1, 0, NULL, NULL, NULL, error);
      for (guint i = 0; ok && i < new_notes->len; i++)
        ok = pango_parse_markup (((FvInline *) new_notes->pdata[i])->markup, -1, 0,
                                 NULL, NULL, NULL, error);
    }

  if (!ok)
    {
      builder_clear (&state.main);
      return NULL;
    }

  text = builder_finish (&state.main);
  builder_clear (&state.main);
  for (guint i = 0; i < new_notes->len; i++)
    g_ptr_array_add (notes, g_steal_pointer (&new_notes->pdata[i]));
  g_ptr_array_set_free_func (new_notes, NULL);

  return text;
}

void
fv_inline_free (FvInline *text)
{
  if (text == NULL)
    return;

  g_free (text->markup);
  g_clear_pointer (&text->refs, g_array_unref);
  g_clear_pointer (&text->links, g_array_unref);
  g_free (text);
}
