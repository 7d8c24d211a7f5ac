/* fv-exchange-followup.c — the follow-up report of a volunteer exchange as an A4 PDF
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the coordinator brings to the follow-up meeting or sends to the
 * committee a year after the exchange: how many agreements were kept, then
 * every agreement by status — those past their deadline first, since they
 * are the ones to chase — with both parties, what was agreed, the deadline
 * and the follow-up note.
 */

#define G_LOG_DOMAIN "fv-exchange-followup"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "fv-exchange-followup.h"
#include "fv-organisation-record.h"

#define N_COLUMNS 5

/* The report's sections, in the order they are printed. */
typedef enum
{
  SECTION_OVERDUE,
  SECTION_OPEN,
  SECTION_NOT_FULFILLED,
  SECTION_FULFILLED,
  SECTION_CANCELLED,
  N_SECTIONS
} Section;

static Section
section_of (const FvAgreementRecord *agreement,
            const char              *today)
{
  switch (agreement->status)
    {
    case FV_AGREEMENT_FULFILLED:
      return SECTION_FULFILLED;
    case FV_AGREEMENT_NOT_FULFILLED:
      return SECTION_NOT_FULFILLED;
    case FV_AGREEMENT_CANCELLED:
      return SECTION_CANCELLED;
    case FV_AGREEMENT_AGREED:
    case FV_AGREEMENT_N_STATUSES:
    default:
      return fv_agreement_record_is_overdue (agreement, today) ? SECTION_OVERDUE : SECTION_OPEN;
    }
}

static const char *
section_title (Section section)
{
  switch (section)
    {
    case SECTION_OVERDUE:
      /* Translators: a heading of the follow-up report: still agreed, deadline passed */
      return _("Past the deadline");
    case SECTION_OPEN:
      /* Translators: a heading of the follow-up report: still agreed, deadline ahead */
      return C_("follow-up report heading", "Still open");
    case SECTION_NOT_FULFILLED:
      return _("Not fulfilled");
    case SECTION_FULFILLED:
      return _("Fulfilled");
    case SECTION_CANCELLED:
    case N_SECTIONS:
    default:
      return _("Cancelled");
    }
}

static GDate *
parse_iso (const char *iso)
{
  int y, m, d;

  if (iso == NULL || sscanf (iso, "%4d-%2d-%2d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return NULL;
  return g_date_new_dmy (d, m, y);
}

/* Days from the deadline to @today; 0 when either cannot be read. */
static guint
days_late (const char *deadline,
           const char *today)
{
  GDate *from = parse_iso (deadline);
  GDate *to = parse_iso (today);
  gint days = 0;

  if (from != NULL && to != NULL)
    days = g_date_days_between (from, to);
  g_clear_pointer (&from, g_date_free);
  g_clear_pointer (&to, g_date_free);
  return days > 0 ? (guint) days : 0;
}

static char *
parties_markup (const FvAgreementRecord *agreement)
{
  g_autofree char *giver = g_markup_escape_text (agreement->giver_name != NULL ? agreement->giver_name : "", -1);
  g_autofree char *receiver = g_markup_escape_text (agreement->receiver_name != NULL ? agreement->receiver_name : "",
                                                    -1);

  /* Translators: the parties of an agreement in the follow-up report: who gives, then who receives */
  return g_strdup_printf (_("%s\n→ %s"), giver, receiver);
}

static char *
what_markup (const FvAgreementRecord *agreement)
{
  const FvKind *kinds;
  const FvKind *kind;
  guint n_kinds;
  g_autofree char *description = g_markup_escape_text (agreement->description != NULL ? agreement->description : "",
                                                       -1);
  GString *markup = g_string_new (description);

  if (!fv_text_is_blank (agreement->in_return))
    {
      g_autofree char *in_return = g_markup_escape_text (agreement->in_return, -1);

      g_string_append_c (markup, '\n');
      /* Translators: what party 2 gives back, in the follow-up report */
      g_string_append_printf (markup, _("In return: %s"), in_return);
    }
  kinds = fv_offer_kinds (&n_kinds);
  kind = fv_kind_lookup (kinds, n_kinds, agreement->category);
  if (kind != NULL)
    {
      g_autofree char *label = g_markup_escape_text (_(kind->label), -1);

      g_string_append_printf (markup, "\n<i>%s</i>", label);
    }
  return g_string_free (markup, FALSE);
}

static char *
deadline_markup (const FvAgreementRecord *agreement,
                 Section                  section,
                 const char              *today)
{
  g_autofree char *date = fv_exchange_format_date (agreement->deadline);
  g_autofree char *date_markup = g_markup_escape_text (date, -1);
  g_autofree char *how_late = NULL;
  guint late;

  if (section != SECTION_OVERDUE || (late = days_late (agreement->deadline, today)) == 0)
    return g_steal_pointer (&date_markup);
  /* Translators: how long ago an open agreement's deadline passed */
  how_late = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day late", "%u days late", late), late);
  return g_strdup_printf ("%s\n<i>%s</i>", date_markup, how_late);
}

static void
add_section (FvDocument *doc,
             Section     section,
             GPtrArray  *agreements,
             const char *today)
{
  static const double widths[N_COLUMNS] = { 7, 25, 32, 13, 23 };
  const char *header[N_COLUMNS + 1] = {
    /* Translators: column heads of the follow-up report */
    _("No."), _("Parties"), _("What was agreed"), _("Deadline"), _("Follow-up"), NULL,
  };
  g_autofree char *heading = NULL;
  FvTable *table;

  /* Translators: a section heading with its count, e.g. "Past the deadline (2)" */
  heading = g_strdup_printf (_("%s (%u)"), section_title (section), agreements->len);
  fv_document_add_heading (doc, 2, heading);
  table = fv_document_add_table (doc, N_COLUMNS, widths);
  fv_table_set_header (table, header);
  fv_table_set_align (table, 0, FV_ALIGN_END);
  for (guint i = 0; i < agreements->len; i++)
    {
      FvAgreementRecord *agreement = agreements->pdata[i];
      g_autofree char *number = g_strdup_printf ("%u", agreement->form_number);
      g_autofree char *parties = parties_markup (agreement);
      g_autofree char *what = what_markup (agreement);
      g_autofree char *deadline = deadline_markup (agreement, section, today);
      g_autofree char *note = g_markup_escape_text (agreement->follow_up != NULL ? agreement->follow_up : "", -1);
      const char *cells[N_COLUMNS + 1] = { number, parties, what, deadline, note, NULL };

      fv_table_add_row_full (table, FV_TABLE_ROW_MARKUP, cells);
    }
}

static void
add_title (FvDocument             *doc,
           const FvExchangeRecord *exchange,
           const char             *today)
{
  g_autofree char *name = g_markup_escape_text (exchange->name != NULL ? exchange->name : "", -1);
  g_autofree char *date = fv_exchange_format_date (exchange->date);
  g_autofree char *made = fv_exchange_format_date (today);
  g_autofree char *where = NULL;
  g_autofree char *meta = NULL;

  fv_document_add_styled_paragraph (doc, FV_PARAGRAPH_TITLE, _("Follow-up of agreements"));
  fv_document_add_styled_paragraph (doc, FV_PARAGRAPH_SUBTITLE, name);
  if (!fv_text_is_blank (exchange->place))
    {
      g_autofree char *place = g_markup_escape_text (exchange->place, -1);

      /* Translators: where and when the exchange was, e.g. "Rådhuset, Elverum · 16.10.2024" */
      where = g_strdup_printf (_("%s · %s"), place, date);
    }
  else
    where = g_strdup (date);
  /* Translators: the first %s is where and when the exchange was, the second the report's date */
  meta = g_strdup_printf (_("<b>Exchange:</b> %s\n<b>Status as of:</b> %s"), where, made);
  fv_document_add_styled_paragraph (doc, FV_PARAGRAPH_BODY, meta);
  fv_document_add_space (doc, 6.0);
}

static void
add_lead (FvDocument *doc,
          GPtrArray **sections,
          guint       total)
{
  g_autofree char *lead = NULL;
  g_autofree char *agreements = NULL;
  guint open = sections[SECTION_OVERDUE]->len + sections[SECTION_OPEN]->len;

  if (total == 0)
    {
      fv_document_add_styled_paragraph (doc, FV_PARAGRAPH_LEAD, _("No agreements were recorded for this exchange."));
      return;
    }
  agreements = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u agreement", "%u agreements", total), total);
  /* Translators: the first %s is e.g. "35 agreements"; then counts by status, written as
   * "label count" so that no noun has to agree with a number */
  lead = g_strdup_printf (_("Status of %s: fulfilled %u (%.0f %%), still open %u (past the deadline %u), "
                            "not fulfilled %u, cancelled %u."),
                          agreements, sections[SECTION_FULFILLED]->len,
                          100.0 * sections[SECTION_FULFILLED]->len / total, open,
                          sections[SECTION_OVERDUE]->len, sections[SECTION_NOT_FULFILLED]->len,
                          sections[SECTION_CANCELLED]->len);
  fv_document_add_styled_paragraph (doc, FV_PARAGRAPH_LEAD, lead);
}

/* The report's date is the day it describes, so the page header and "as of" agree. */
static void
set_date (FvDocument *doc,
          const char *today)
{
  g_autoptr(GDateTime) date = NULL;
  int y, m, d;

  if (sscanf (today, "%4d-%2d-%2d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return;
  date = g_date_time_new_local (y, m, d, 12, 0, 0);
  fv_document_set_date (doc, date);
}

/* Open agreements by deadline, so the longest overdue comes first; the others by number. */
static gint
compare_deadline (gconstpointer a,
                  gconstpointer b)
{
  const FvAgreementRecord *first = *(FvAgreementRecord **) a;
  const FvAgreementRecord *second = *(FvAgreementRecord **) b;
  int order = g_strcmp0 (first->deadline, second->deadline);

  return order != 0 ? order : (gint) first->form_number - (gint) second->form_number;
}

/**
 * fv_exchange_followup_new:
 * @agreements: (element-type FvAgreementRecord): the exchange's agreements
 * @today: the ISO date the report is made on, which decides what is overdue
 *
 * Returns: (transfer full): the follow-up report, not yet laid out
 */
FvDocument *
fv_exchange_followup_new (const FvExchangeRecord *exchange,
                          GPtrArray              *agreements,
                          const char             *today)
{
  FvDocument *doc = fv_document_new (FV_PAPER_A4, FV_ORIENTATION_PORTRAIT);
  GPtrArray *sections[N_SECTIONS];
  g_autofree char *title = NULL;

  g_return_val_if_fail (exchange != NULL, doc);
  g_return_val_if_fail (agreements != NULL, doc);
  g_return_val_if_fail (today != NULL, doc);

  /* Translators: the follow-up report's title in the PDF's properties; %s is the exchange's name */
  title = g_strdup_printf (_("Follow-up — %s"), exchange->name != NULL ? exchange->name : "");
  fv_document_set_title (doc, title);
  fv_document_set_subject (doc, _("Follow-up of the agreements made at a volunteer exchange (frivillighetsbørs)"));
  if (!fv_text_is_blank (exchange->municipality))
    fv_document_set_author (doc, exchange->municipality);
  set_date (doc, today);

  for (guint s = 0; s < N_SECTIONS; s++)
    sections[s] = g_ptr_array_new ();
  for (guint i = 0; i < agreements->len; i++)
    g_ptr_array_add (sections[section_of (agreements->pdata[i], today)], agreements->pdata[i]);
  g_ptr_array_sort (sections[SECTION_OVERDUE], compare_deadline);
  g_ptr_array_sort (sections[SECTION_OPEN], compare_deadline);

  add_title (doc, exchange, today);
  add_lead (doc, sections, agreements->len);
  for (guint s = 0; s < N_SECTIONS; s++)
    if (sections[s]->len > 0)
      add_section (doc, s, sections[s], today);

  for (guint s = 0; s < N_SECTIONS; s++)
    g_ptr_array_unref (sections[s]);
  return doc;
}

/**
 * fv_exchange_followup_new_for_exchange:
 * @today: (nullable): the ISO date of the report; %NULL for today
 *
 * Reads the exchange and its agreements and makes the report.
 *
 * Returns: (transfer full) (nullable): the report, or %NULL with @error set
 */
FvDocument *
fv_exchange_followup_new_for_exchange (FvDatabase  *database,
                                       gint64       exchange_id,
                                       const char  *today,
                                       GError     **error)
{
  g_autoptr(FvExchangeRecord) exchange = NULL;
  g_autoptr(GPtrArray) agreements = NULL;
  g_autofree char *now = NULL;

  g_return_val_if_fail (FV_IS_DATABASE (database), NULL);

  exchange = fv_exchange_store_load (database, exchange_id, error);
  if (exchange == NULL)
    return NULL;
  agreements = fv_exchange_store_list_agreements (database, exchange_id, error);
  if (agreements == NULL)
    return NULL;
  if (today == NULL)
    today = now = fv_exchange_today ();
  return fv_exchange_followup_new (exchange, agreements, today);
}
