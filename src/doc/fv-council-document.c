/* fv-council-document.c — a council's or group's member list as an A4 PDF
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The group's name and kind, its description, then a table of its members:
 * the name, the organisation represented, the role and the term as
 * dd.mm.yyyy–dd.mm.yyyy. Phone numbers and e-mail addresses stay out: a
 * printed list travels further than the database. Then each meeting with
 * the input (innspill) given there.
 */

#define G_LOG_DOMAIN "fv-council-document"

#include "config.h"

#include <glib/gi18n.h>

#include "fv-council-document.h"
#include "fv-notat.h"

#define N_COLUMNS 4

static void
add_description (FvDocument *doc,
                 const char *description)
{
  g_auto(GStrv) paragraphs = NULL;

  if (description == NULL)
    return;
  paragraphs = g_strsplit (description, "\n\n", -1);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_autofree char *markup = NULL;
      char *text = g_strstrip (paragraphs[i]);

      if (*text == '\0')
        continue;
      markup = g_markup_escape_text (text, -1);
      fv_document_add_paragraph (doc, markup);
    }
}

static void
add_meeting (FvDocument      *doc,
             const FvMeeting *meeting)
{
  g_autofree char *date = fv_notat_format_date (meeting->date);
  g_autofree char *heading = NULL;

  if (!fv_text_is_blank (meeting->place))
    /* Translators: a meeting's heading: "Café dialogue 04.09.2019, Vinje" */
    heading = g_strdup_printf (_("%s %s, %s"), fv_meeting_kind_label (meeting->kind), date, meeting->place);
  else
    /* Translators: a meeting's heading: "Meeting 04.09.2019" */
    heading = g_strdup_printf (_("%s %s"), fv_meeting_kind_label (meeting->kind), date);
  fv_document_add_heading (doc, 2, heading);
  add_description (doc, meeting->notes);
  if (meeting->innspill->len == 0)
    {
      fv_document_add_styled_paragraph (doc, FV_PARAGRAPH_SMALL, _("No input yet."));
      return;
    }
  for (guint i = 0; i < meeting->innspill->len; i++)
    {
      FvInnspill *innspill = meeting->innspill->pdata[i];
      g_autofree char *text = g_markup_escape_text (innspill->text, -1);
      g_autofree char *markup = NULL;

      if (!fv_text_is_blank (innspill->theme))
        {
          g_autofree char *theme = g_markup_escape_text (innspill->theme, -1);

          markup = g_strdup_printf ("• <b>%s:</b> %s", theme, text);
        }
      else
        markup = g_strdup_printf ("• %s", text);
      if (!fv_text_is_blank (innspill->organisation))
        {
          g_autofree char *organisation = g_markup_escape_text (innspill->organisation, -1);
          char *longer = g_strdup_printf ("%s (%s)", markup, organisation);

          g_free (markup);
          markup = longer;
        }
      fv_document_add_paragraph (doc, markup);
    }
}

/**
 * fv_council_document_new:
 *
 * Returns: (transfer full): the group's member list as an A4 document, not
 *   yet laid out
 */
FvDocument *
fv_council_document_new (const FvCouncilGroup *group)
{
  static const double widths[N_COLUMNS] = { 30, 32, 14, 24 };
  FvDocument *doc = fv_document_new (FV_PAPER_A4, FV_ORIENTATION_PORTRAIT);
  const char *header[N_COLUMNS + 1] = {
    /* Translators: column heads of a council's member list (navn, organisasjon, rolle, funksjonstid) */
    _("Name"), _("Representing"), _("Role"), _("Term"), NULL,
  };
  g_autofree char *title_markup = NULL;
  g_autofree char *kind_markup = NULL;

  g_return_val_if_fail (group != NULL, doc);

  fv_document_set_title (doc, group->name);
  /* Translators: the subject of a council's member list PDF */
  fv_document_set_subject (doc, _("Member list"));
  title_markup = g_markup_escape_text (group->name != NULL ? group->name : "", -1);
  fv_document_add_styled_paragraph (doc, FV_PARAGRAPH_TITLE, title_markup);
  kind_markup = g_markup_escape_text (fv_council_kind_label (group->kind), -1);
  fv_document_add_styled_paragraph (doc, FV_PARAGRAPH_SUBTITLE, kind_markup);
  add_description (doc, group->description);

  /* Translators: a heading in a council's member list PDF */
  fv_document_add_heading (doc, 1, _("Members"));
  if (group->members->len == 0)
    fv_document_add_styled_paragraph (doc, FV_PARAGRAPH_SMALL, _("No members yet."));
  else
    {
      FvTable *table = fv_document_add_table (doc, N_COLUMNS, widths);

      fv_table_set_header (table, header);
      for (guint i = 0; i < group->members->len; i++)
        {
          FvCouncilMember *member = group->members->pdata[i];
          g_autofree char *term = fv_council_member_format_term (member);
          const char *cells[N_COLUMNS + 1] = {
            member->name, member->organisation != NULL ? member->organisation : "",
            member->role != NULL ? member->role : "", term, NULL,
          };

          fv_table_add_row (table, cells);
        }
    }

  if (group->meetings->len > 0)
    {
      /* Translators: a heading in a council's member list PDF */
      fv_document_add_heading (doc, 1, _("Meetings and input"));
      for (guint i = 0; i < group->meetings->len; i++)
        add_meeting (doc, group->meetings->pdata[i]);
    }
  return doc;
}

/**
 * fv_council_document_new_for_id:
 *
 * Returns: (transfer full): the stored group @id's member list, or %NULL
 */
FvDocument *
fv_council_document_new_for_id (FvDatabase  *database,
                                gint64       id,
                                GError     **error)
{
  g_autoptr(FvCouncilGroup) group = fv_council_store_load (database, id, error);

  if (group == NULL)
    return NULL;
  return fv_council_document_new (group);
}
