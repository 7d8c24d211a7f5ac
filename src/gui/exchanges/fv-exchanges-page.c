/* fv-exchanges-page.c — the Exchanges area (frivillighetsbørs)
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A list of the exchanges, and one exchange at a time: its details (saved as
 * they are typed, each change a short transaction), the follow-up counts, the
 * participants (added from the organisation register) and the agreements
 * signed there. Ctrl+P prints numbered agreement forms for the event through
 * the preview window. The lists are short (tens of rows), so they are rebuilt
 * from the database whenever it says an exchange or agreement changed.
 *
 * Afterwards comes the follow-up: the list page starts with the agreements,
 * from every exchange, that are still open with the deadline passed or near;
 * each opens the follow-up dialog (status and a note). The follow-up report
 * is a PDF made in the preview window's worker thread. Deleting an exchange
 * asks nothing: the toast's Undo puts it back whole for ten seconds.
 */

#define G_LOG_DOMAIN "fv-exchanges-page"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "fv-agreement-dialog.h"
#include "fv-agreement-forms.h"
#include "fv-exchange-followup.h"
#include "fv-exchange-store.h"
#include "fv-exchanges-page.h"
#include "fv-follow-up-dialog.h"
#include "fv-organisation.h"

#define DEFAULT_FORM_COUNT 50
#define CANDIDATE_LIMIT    40
#define UNDO_SECONDS       10

struct _FvExchangesPage
{
  FvAreaPage         parent_instance;

  /* Template widgets */
  AdwPreferencesGroup *due_group;
  AdwPreferencesGroup *exchanges_group;
  GtkLabel          *exchange_title;
  AdwEntryRow       *name_row;
  AdwEntryRow       *date_row;
  AdwEntryRow       *place_row;
  AdwEntryRow       *municipality_row;
  AdwPreferencesGroup *summary_group;
  AdwPreferencesGroup *participants_group;
  GtkMenuButton     *add_participant_button;
  GtkPopover        *participant_popover;
  GtkSearchEntry    *participant_search;
  GtkListBox        *candidate_list;
  AdwPreferencesGroup *agreements_group;

  /* Owned references */
  FvExchangeRecord  *exchange;          /* the one shown, or NULL */
  GPtrArray         *exchange_rows;
  GPtrArray         *due_rows;
  GPtrArray         *summary_rows;
  GPtrArray         *participant_rows;
  GPtrArray         *agreement_rows;
  FvExchangeSnapshot *last_deleted;    /* for Undo, or NULL */
  guint              n_participants;
  guint              n_due;
  gboolean           filling;
};

G_DEFINE_FINAL_TYPE (FvExchangesPage, fv_exchanges_page, FV_TYPE_AREA_PAGE)

static void refresh_exchange (FvExchangesPage *self);

static void
clear_rows (AdwPreferencesGroup *group,
            GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, rows->pdata[i]);
  g_ptr_array_set_size (rows, 0);
}

static void
add_row (AdwPreferencesGroup *group,
         GPtrArray           *rows,
         GtkWidget           *row)
{
  adw_preferences_group_add (group, row);
  g_ptr_array_add (rows, row);
}

/* A row of plain text: titles and subtitles of AdwActionRow are markup. */
static GtkWidget *
new_row (const char *title,
         const char *subtitle)
{
  g_autofree char *title_markup = g_markup_escape_text (title, -1);
  g_autofree char *subtitle_markup = subtitle != NULL ? g_markup_escape_text (subtitle, -1) : NULL;

  return g_object_new (ADW_TYPE_ACTION_ROW,
                       "title", title_markup,
                       "subtitle", subtitle_markup,
                       NULL);
}

static GtkWidget *
suffix_label (const char *text,
              const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
update_actions (FvExchangesPage *self)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  gboolean open = self->exchange != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "area.new", database != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "area.print", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "area.search", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "exchange.delete", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "exchange.back", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "exchange.add-agreement", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "exchange.report", open);
}

/* The list of exchanges ------------------------------------------------------ */

static char *
describe_exchange (const FvExchangeRecord *exchange)
{
  g_autofree char *date = fv_exchange_format_date (exchange->date);
  g_autofree char *participants = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u participant",
                                                                "%u participants", exchange->n_participants),
                                                   exchange->n_participants);
  g_autofree char *agreements = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u agreement",
                                                              "%u agreements", exchange->n_agreements),
                                                 exchange->n_agreements);

  if (exchange->place != NULL)
    return g_strjoin (" · ", date, exchange->place, participants, agreements, NULL);
  return g_strjoin (" · ", date, participants, agreements, NULL);
}

static void
exchange_row_activated_cb (FvExchangesPage *self,
                           AdwActionRow    *row)
{
  fv_exchanges_page_open_exchange (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "fv-id")));
}

/* "403 days late", "due today", "in 8 days": how the deadline stands. */
static char *
describe_deadline (const FvAgreementRecord *agreement,
                   const char              *today)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) deadline = NULL;
  int y, m, d;
  gint64 days;

  if (sscanf (today, "%4d-%2d-%2d", &y, &m, &d) != 3)
    return g_strdup ("");
  now = g_date_time_new_utc (y, m, d, 0, 0, 0);
  if (agreement->deadline == NULL || sscanf (agreement->deadline, "%4d-%2d-%2d", &y, &m, &d) != 3)
    return g_strdup ("");
  deadline = g_date_time_new_utc (y, m, d, 0, 0, 0);
  if (now == NULL || deadline == NULL)
    return g_strdup ("");
  days = g_date_time_difference (deadline, now) / G_TIME_SPAN_DAY;

  if (days < 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day late", "%u days late", (gulong) -days),
                            (guint) -days);
  if (days == 0)
    return g_strdup (_("Due today"));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Due in %u day", "Due in %u days", (gulong) days),
                          (guint) days);
}

static GtkWidget *
follow_up_button (gint64 agreement_id)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("document-edit-symbolic");

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Follow up: record how it went"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Follow up: record how it went"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "exchange.follow-up");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", agreement_id);
  return button;
}

static void
due_row_activated_cb (FvExchangesPage *self,
                      AdwActionRow    *row)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "exchange.follow-up", "x",
                              (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "fv-id")));
}

/* The agreements of every exchange that are open with the deadline passed or near. */
static void
refresh_due (FvExchangesPage *self)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = fv_exchange_today ();

  clear_rows (self->due_group, self->due_rows);
  due = fv_exchange_store_list_due (database, today, FV_AGREEMENT_DUE_SOON_DAYS, &error);
  if (due == NULL)
    {
      fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
      due = g_ptr_array_new ();
    }
  self->n_due = due->len;
  gtk_widget_set_visible (GTK_WIDGET (self->due_group), due->len > 0);

  for (guint i = 0; i < due->len; i++)
    {
      FvAgreementRecord *agreement = due->pdata[i];
      gboolean overdue = fv_agreement_record_is_overdue (agreement, today);
      /* Translators: an agreement's title: who gives, who receives */
      g_autofree char *title = g_strdup_printf (_("%s → %s"), agreement->giver_name, agreement->receiver_name);
      /* Translators: the exchange's name, the form number and what was agreed */
      g_autofree char *subtitle = g_strdup_printf (_("%s, no. %u: %s"), agreement->exchange_name,
                                                   agreement->form_number, agreement->description);
      g_autofree char *when = describe_deadline (agreement, today);
      GtkWidget *row = new_row (title, subtitle);

      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix_label (when, overdue ? "error" : "warning"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), follow_up_button (agreement->id));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "fv-id", GSIZE_TO_POINTER ((gsize) agreement->id));
      g_signal_connect_object (row, "activated", G_CALLBACK (due_row_activated_cb), self, G_CONNECT_SWAPPED);
      add_row (self->due_group, self->due_rows, row);
    }
}

static void
refresh_list (FvExchangesPage *self)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(GPtrArray) exchanges = NULL;
  g_autoptr(GError) error = NULL;

  refresh_due (self);
  clear_rows (self->exchanges_group, self->exchange_rows);
  exchanges = fv_exchange_store_list (database, &error);
  if (exchanges == NULL)
    {
      g_warning ("Could not list the exchanges: %s", error->message);
      fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
      return;
    }

  for (guint i = 0; i < exchanges->len; i++)
    {
      FvExchangeRecord *exchange = exchanges->pdata[i];
      g_autofree char *subtitle = describe_exchange (exchange);
      GtkWidget *row = new_row (exchange->name, subtitle);

      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      /* The chevron only shows that the row opens: decoration, not read out. */
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), g_object_new (GTK_TYPE_IMAGE,
                                                                     "icon-name", "go-next-symbolic",
                                                                     "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                                                     NULL));
      g_object_set_data (G_OBJECT (row), "fv-id", GSIZE_TO_POINTER ((gsize) exchange->id));
      g_signal_connect_object (row, "activated", G_CALLBACK (exchange_row_activated_cb), self,
                               G_CONNECT_SWAPPED);
      add_row (self->exchanges_group, self->exchange_rows, row);
    }

  fv_area_page_show_list (FV_AREA_PAGE (self), exchanges->len > 0);
}

/* One exchange -------------------------------------------------------------- */

static void
fill_details (FvExchangesPage *self)
{
  FvExchangeRecord *exchange = self->exchange;
  g_autofree char *date = fv_exchange_format_date (exchange->date);

  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), exchange->name != NULL ? exchange->name : "");
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date);
  gtk_editable_set_text (GTK_EDITABLE (self->place_row), exchange->place != NULL ? exchange->place : "");
  gtk_editable_set_text (GTK_EDITABLE (self->municipality_row),
                         exchange->municipality != NULL ? exchange->municipality : "");
  fv_exchange_set_row_problem (GTK_WIDGET (self->name_row), NULL);
  fv_exchange_set_row_problem (GTK_WIDGET (self->date_row), NULL);
  gtk_label_set_label (self->exchange_title, exchange->name);
  self->filling = FALSE;
}

static void
details_changed_cb (FvExchangesPage *self)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autofree char *date = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) error = NULL;
  FvExchangeRecord *exchange = self->exchange;
  gboolean ok = TRUE;

  if (self->filling || exchange == NULL)
    return;

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  date = fv_exchange_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->date_row)));

  if (*name == '\0')
    {
      fv_exchange_set_row_problem (GTK_WIDGET (self->name_row), _("The exchange needs a name."));
      ok = FALSE;
    }
  else
    fv_exchange_set_row_problem (GTK_WIDGET (self->name_row), NULL);

  if (date == NULL)
    {
      fv_exchange_set_row_problem (GTK_WIDGET (self->date_row),
                                   _("Write the date as day.month.year, for example 12.03.2025."));
      ok = FALSE;
    }
  else
    fv_exchange_set_row_problem (GTK_WIDGET (self->date_row), NULL);

  if (!ok)
    return;

  g_free (exchange->name);
  exchange->name = g_strdup (name);
  g_free (exchange->date);
  exchange->date = g_steal_pointer (&date);
  g_free (exchange->place);
  exchange->place = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->place_row)));
  g_free (exchange->municipality);
  exchange->municipality = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->municipality_row)));
  gtk_label_set_label (self->exchange_title, exchange->name);

  if (!fv_exchange_store_save (database, exchange, &error))
    fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
}

static char *
format_share (guint part,
              guint total)
{
  /* Translators: "2 of 4 (50 %)"; Norwegian puts a space before % */
  return g_strdup_printf (_("%u of %u (%.0f %%)"), part, total, total > 0 ? 100.0 * part / total : 0.0);
}

static const char *
sector_label (FvSector sector)
{
  const char *keys[] = { "voluntary", "public", "business" };

  return fv_sector_get_label (keys[sector]);
}

static void
refresh_summary (FvExchangesPage *self)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  FvExchangeSummary summary;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const FvKind *kinds;
  guint n_kinds;
  GtkWidget *row;

  clear_rows (self->summary_group, self->summary_rows);
  if (!fv_exchange_store_summarise (database, self->exchange->id, &summary, &error))
    {
      fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
      return;
    }

  if (summary.n_agreements == 0)
    {
      row = new_row (_("No agreements recorded yet"),
                     _("Print the forms for the event, then add each signed form here."));
      add_row (self->summary_group, self->summary_rows, row);
      return;
    }

  {
    g_autofree char *count = g_strdup_printf ("%u", summary.n_agreements);
    g_autofree char *subtitle = g_strdup_printf (_("%u two-way, %u one-way"), summary.n_two_way,
                                                 summary.n_agreements - summary.n_two_way);

    row = new_row (_("Agreements"), subtitle);
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix_label (count, "title-4"));
    add_row (self->summary_group, self->summary_rows, row);
  }

  {
    g_autofree char *share = format_share (summary.by_status[FV_AGREEMENT_FULFILLED], summary.n_agreements);
    g_autofree char *subtitle = g_strdup_printf (_("%u still open (%u past the deadline), %u not fulfilled, "
                                                   "%u cancelled"),
                                                 summary.by_status[FV_AGREEMENT_AGREED], summary.n_overdue,
                                                 summary.by_status[FV_AGREEMENT_NOT_FULFILLED],
                                                 summary.by_status[FV_AGREEMENT_CANCELLED]);

    row = new_row (_("Fulfilled"), subtitle);
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix_label (share, "heading"));
    add_row (self->summary_group, self->summary_rows, row);
  }

  for (guint g = 0; g < FV_N_SECTORS; g++)
    for (guint r = 0; r < FV_N_SECTORS; r++)
      if (summary.by_sectors[g][r] > 0)
        /* Translators: agreements between sectors, e.g. "Voluntary → Public: 3" */
        g_ptr_array_add (parts, g_strdup_printf (_("%s → %s: %u"), sector_label (g), sector_label (r),
                                                 summary.by_sectors[g][r]));
  g_ptr_array_add (parts, NULL);
  {
    g_autofree char *subtitle = g_strjoinv (" · ", (char **) parts->pdata);

    row = new_row (_("Between sectors (gives → receives)"), subtitle);
    add_row (self->summary_group, self->summary_rows, row);
  }

  g_ptr_array_set_size (parts, 0);
  kinds = fv_offer_kinds (&n_kinds);
  for (guint i = 0; i < n_kinds; i++)
    if (summary.by_category[i] > 0)
      g_ptr_array_add (parts, g_strdup_printf ("%s: %u", _(kinds[i].label), summary.by_category[i]));
  g_ptr_array_add (parts, NULL);
  {
    g_autofree char *subtitle = g_strjoinv (" · ", (char **) parts->pdata);

    row = new_row (_("Kind of help"), subtitle);
    add_row (self->summary_group, self->summary_rows, row);
  }
}

static void
refresh_participants (FvExchangesPage *self)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(GError) error = NULL;

  clear_rows (self->participants_group, self->participant_rows);
  participants = fv_exchange_store_list_participants (database, self->exchange->id, &error);
  if (participants == NULL)
    {
      fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
      return;
    }
  self->n_participants = participants->len;

  if (participants->len == 0)
    {
      GtkWidget *row = new_row (_("No participants yet"),
                                _("Add the organisations, public services and businesses that take part."));

      add_row (self->participants_group, self->participant_rows, row);
      return;
    }

  for (guint i = 0; i < participants->len; i++)
    {
      FvParticipant *participant = participants->pdata[i];
      g_autofree char *agreements = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u agreement",
                                                                  "%u agreements", participant->n_agreements),
                                                     participant->n_agreements);
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", fv_sector_get_label (participant->sector),
                                                   agreements);
      GtkWidget *row = new_row (participant->name, subtitle);
      GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");

      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("Remove from the exchange"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Remove from the exchange"), -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "exchange.remove-participant");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "x", participant->organisation_id);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      add_row (self->participants_group, self->participant_rows, row);
    }
}

static const char *
status_css_class (FvAgreementStatus status)
{
  switch (status)
    {
    case FV_AGREEMENT_FULFILLED:
      return "success";
    case FV_AGREEMENT_NOT_FULFILLED:
      return "error";
    case FV_AGREEMENT_CANCELLED:
      return "dim-label";
    case FV_AGREEMENT_AGREED:
    case FV_AGREEMENT_N_STATUSES:
    default:
      return "accent";
    }
}

/* An open agreement says how its deadline stands; the others their status. */
static GtkWidget *
status_label (const FvAgreementRecord *agreement,
              const char              *today)
{
  if (fv_agreement_record_is_overdue (agreement, today))
    return suffix_label (_("Overdue"), "error");
  if (fv_agreement_record_is_due_soon (agreement, today, FV_AGREEMENT_DUE_SOON_DAYS))
    return suffix_label (_("Due soon"), "warning");
  return suffix_label (fv_agreement_status_get_label (agreement->status), status_css_class (agreement->status));
}

static void agreement_row_activated_cb (FvExchangesPage *self,
                                        AdwActionRow    *row);

static void
refresh_agreements (FvExchangesPage *self)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(GPtrArray) agreements = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = NULL;
  const FvKind *kinds;
  guint n_kinds;

  clear_rows (self->agreements_group, self->agreement_rows);
  agreements = fv_exchange_store_list_agreements (database, self->exchange->id, &error);
  if (agreements == NULL)
    {
      fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
      return;
    }

  if (agreements->len == 0)
    {
      GtkWidget *row = new_row (_("No agreements yet"),
                                _("Each agreement signed at the exchange is added here from its numbered form."));

      add_row (self->agreements_group, self->agreement_rows, row);
      return;
    }

  kinds = fv_offer_kinds (&n_kinds);
  today = fv_exchange_today ();
  for (guint i = 0; i < agreements->len; i++)
    {
      FvAgreementRecord *agreement = agreements->pdata[i];
      const FvKind *kind = fv_kind_lookup (kinds, n_kinds, agreement->category);
      g_autofree char *deadline = fv_exchange_format_date (agreement->deadline);
      /* Translators: an agreement's title: its form number, who gives, who receives */
      g_autofree char *title = g_strdup_printf (_("No. %u · %s → %s"), agreement->form_number,
                                                agreement->giver_name, agreement->receiver_name);
      g_autofree char *what = agreement->in_return != NULL
                              /* Translators: what one party gives ⇄ what the other gives back */
                              ? g_strdup_printf (_("%s ⇄ %s"), agreement->description, agreement->in_return)
                              : g_strdup (agreement->description);
      /* Translators: e.g. "Time for others · by 16.10.2025" */
      g_autofree char *when = g_strdup_printf (_("%s · by %s"), kind != NULL ? _(kind->label) : "", deadline);
      g_autofree char *subtitle = fv_text_is_blank (agreement->follow_up)
                                  ? g_strdup_printf ("%s\n%s", what, when)
                                  : g_strdup_printf ("%s\n%s\n%s", what, when, agreement->follow_up);
      GtkWidget *row = new_row (title, subtitle);

      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), status_label (agreement, today));
      if (agreement->status == FV_AGREEMENT_AGREED)
        {
          GtkWidget *done = gtk_button_new_from_icon_name ("object-select-symbolic");

          gtk_widget_set_valign (done, GTK_ALIGN_CENTER);
          gtk_widget_add_css_class (done, "flat");
          gtk_widget_set_tooltip_text (done, _("Mark as fulfilled"));
          gtk_accessible_update_property (GTK_ACCESSIBLE (done), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          _("Mark as fulfilled"), -1);
          gtk_actionable_set_action_name (GTK_ACTIONABLE (done), "exchange.mark-fulfilled");
          gtk_actionable_set_action_target (GTK_ACTIONABLE (done), "x", agreement->id);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), done);
        }
      /* Last, so the follow-up buttons stand in one column. */
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), follow_up_button (agreement->id));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "fv-id", GSIZE_TO_POINTER ((gsize) agreement->id));
      g_signal_connect_object (row, "activated", G_CALLBACK (agreement_row_activated_cb), self,
                               G_CONNECT_SWAPPED);
      add_row (self->agreements_group, self->agreement_rows, row);
    }
}

static void
refresh_exchange (FvExchangesPage *self)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(FvExchangeRecord) fresh = NULL;
  g_autoptr(GError) error = NULL;

  if (self->exchange == NULL)
    return;

  fresh = fv_exchange_store_load (database, self->exchange->id, &error);
  if (fresh == NULL)
    {
      /* Deleted elsewhere: back to the list. */
      g_clear_pointer (&self->exchange, fv_exchange_record_free);
      refresh_list (self);
      update_actions (self);
      return;
    }

  refresh_summary (self);
  refresh_participants (self);
  refresh_agreements (self);
}

/* The list and the exchange open both show counts of what hangs under
 * them, so a change anywhere reads both again, once for a burst of changes. */
static void
reload (FvExchangesPage *self)
{
  refresh_list (self);
  refresh_exchange (self);
}

/* Participants ---------------------------------------------------------------- */

static void
fill_candidates (FvExchangesPage *self)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(GPtrArray) candidates = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->candidate_list))) != NULL)
    gtk_list_box_remove (self->candidate_list, child);
  if (self->exchange == NULL)
    return;

  candidates = fv_exchange_store_find_candidates (database, self->exchange->id,
                                                  gtk_editable_get_text (GTK_EDITABLE (self->participant_search)),
                                                  CANDIDATE_LIMIT, &error);
  if (candidates == NULL)
    {
      fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
      return;
    }

  if (candidates->len == 0)
    {
      GtkWidget *row = new_row (_("No organisation found"),
                                _("Add it to the register first, under Organisations."));

      gtk_list_box_append (self->candidate_list, row);
      return;
    }

  for (guint i = 0; i < candidates->len; i++)
    {
      FvParticipant *candidate = candidates->pdata[i];
      GtkWidget *row = new_row (candidate->name, fv_sector_get_label (candidate->sector));

      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "fv-id", GSIZE_TO_POINTER ((gsize) candidate->organisation_id));
      gtk_list_box_append (self->candidate_list, row);
    }
}

static void
participant_popover_show_cb (FvExchangesPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->participant_search), "");
  fill_candidates (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->participant_search));
}

static void
participant_search_changed_cb (FvExchangesPage *self)
{
  fill_candidates (self);
}

static void
add_participant (FvExchangesPage *self,
                 gint64           organisation_id)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(GError) error = NULL;

  if (self->exchange == NULL || organisation_id <= 0)
    return;
  if (!fv_exchange_store_add_participant (database, self->exchange->id, organisation_id, &error))
    fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
  else if (gtk_widget_get_visible (GTK_WIDGET (self->participant_popover)))
    fill_candidates (self);
}

static void
candidate_activated_cb (FvExchangesPage *self,
                        GtkListBoxRow   *row)
{
  add_participant (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "fv-id")));
}

/* Enter adds the first organisation found. */
static void
participant_search_activate_cb (FvExchangesPage *self)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->candidate_list, 0);

  if (row != NULL && g_object_get_data (G_OBJECT (row), "fv-id") != NULL)
    candidate_activated_cb (self, row);
}

static void
add_participant_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  add_participant (FV_EXCHANGES_PAGE (widget), g_variant_get_int64 (parameter));
}

static void
remove_participant_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  FvExchangesPage *self = FV_EXCHANGES_PAGE (widget);
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(GError) error = NULL;

  if (self->exchange == NULL)
    return;
  if (!fv_exchange_store_remove_participant (database, self->exchange->id,
                                             g_variant_get_int64 (parameter), &error))
    fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
}

/* Agreements ------------------------------------------------------------------ */

static void
open_agreement_dialog (FvExchangesPage *self,
                       gint64           agreement_id)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(GError) error = NULL;
  FvAgreementDialog *dialog;

  if (self->exchange == NULL)
    return;
  if (agreement_id == 0 && self->n_participants < 2)
    {
      fv_area_page_show_message (FV_AREA_PAGE (self),
                                 _("Add at least two participants first: an agreement is made between two of them."));
      return;
    }

  dialog = fv_agreement_dialog_new (fv_area_page_get_parent_window (FV_AREA_PAGE (self)),
                                    database, self->exchange->id, agreement_id, &error);
  if (dialog == NULL)
    {
      fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
      return;
    }
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
agreement_row_activated_cb (FvExchangesPage *self,
                            AdwActionRow    *row)
{
  open_agreement_dialog (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "fv-id")));
}

static void
add_agreement_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  open_agreement_dialog (FV_EXCHANGES_PAGE (widget), 0);
}

static void
mark_fulfilled_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  FvExchangesPage *self = FV_EXCHANGES_PAGE (widget);
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(GError) error = NULL;

  if (!fv_exchange_store_set_agreement_status (database, g_variant_get_int64 (parameter),
                                               FV_AGREEMENT_FULFILLED, &error))
    fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
}

/* Closing the dialog answers "cancel" too, so this may run twice: only Save writes. */
static void
follow_up_response_cb (FvFollowUpDialog *dialog,
                       const char       *response,
                       FvExchangesPage  *self)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "save") || database == NULL)
    return;
  if (!fv_follow_up_dialog_save (dialog, &error))
    fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
}

static void
follow_up_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  FvExchangesPage *self = FV_EXCHANGES_PAGE (widget);
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(GError) error = NULL;
  FvFollowUpDialog *dialog;

  if (database == NULL)
    return;
  dialog = fv_follow_up_dialog_new (fv_area_page_get_parent_window (FV_AREA_PAGE (self)), database,
                                    g_variant_get_int64 (parameter), &error);
  if (dialog == NULL)
    {
      fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
      return;
    }
  g_signal_connect_object (dialog, "response", G_CALLBACK (follow_up_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Exchanges ------------------------------------------------------------------- */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  FvExchangesPage *self = FV_EXCHANGES_PAGE (widget);
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(FvExchangeRecord) exchange = fv_exchange_record_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;

  if (database == NULL)
    return;

  exchange->name = g_strdup (_("Volunteer exchange"));
  exchange->date = g_date_time_format (now, "%Y-%m-%d");
  if (!fv_exchange_store_save (database, exchange, &error))
    {
      fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
      return;
    }

  fv_exchanges_page_open_exchange (self, exchange->id);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  gtk_editable_select_region (GTK_EDITABLE (self->name_row), 0, -1);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FvExchangesPage *self = FV_EXCHANGES_PAGE (widget);

  g_clear_pointer (&self->exchange, fv_exchange_record_free);
  refresh_list (self);
  update_actions (self);
}

static void
undo_clicked_cb (AdwToast        *toast,
                 FvExchangesPage *self)
{
  fv_exchanges_page_undo_delete (self);
}

/* No question first: the toast's Undo puts everything back. */
static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FvExchangesPage *self = FV_EXCHANGES_PAGE (widget);
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(FvExchangeSnapshot) snapshot = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  const FvExchangeRecord *deleted;
  AdwToast *toast;

  if (self->exchange == NULL || database == NULL)
    return;
  if (!fv_exchange_store_delete_full (database, self->exchange->id, &snapshot, &error))
    {
      fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
      return;
    }
  g_clear_pointer (&self->last_deleted, fv_exchange_snapshot_free);
  self->last_deleted = g_steal_pointer (&snapshot);
  back_action (GTK_WIDGET (self), NULL, NULL);

  deleted = fv_exchange_snapshot_get_exchange (self->last_deleted);
  /* Translators: a toast; %s is the exchange's name, %u how many agreements went with it */
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "“%s” deleted with %u agreement",
                                        "“%s” deleted with %u agreements", deleted->n_agreements),
                           deleted->name, deleted->n_agreements);
  toast = fv_area_page_undo_toast (FV_AREA_PAGE (self), title, UNDO_SECONDS,
                                   G_CALLBACK (undo_clicked_cb));
  fv_area_page_show_toast (FV_AREA_PAGE (self), toast);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FvExchangesPage *self = FV_EXCHANGES_PAGE (widget);

  if (self->exchange != NULL)
    gtk_menu_button_popup (self->add_participant_button);
}

/* Printing the forms ---------------------------------------------------------- */

typedef struct
{
  FvExchangeRecord *exchange;
  guint             count;
} FormsData;

static void
forms_data_free (gpointer data)
{
  FormsData *forms = data;

  fv_exchange_record_free (forms->exchange);
  g_free (forms);
}

static FvDocument *
produce_forms (gpointer       user_data,
               GCancellable  *cancellable,
               GError       **error)
{
  FormsData *forms = user_data;

  return fv_agreement_forms_new (forms->exchange, 1, forms->count);
}

static void
print_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   gpointer          user_data)
{
  g_autoptr(FvExchangesPage) self = user_data;
  GtkSpinButton *spin = g_object_get_data (G_OBJECT (dialog), "fv-spin");

  if (g_str_equal (response, "preview"))
    fv_exchanges_page_preview_forms (self, (guint) gtk_spin_button_get_value_as_int (spin));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  FvExchangesPage *self = FV_EXCHANGES_PAGE (widget);
  GtkWidget *dialog, *box, *label, *spin;

  if (self->exchange == NULL)
    return;

  dialog = adw_message_dialog_new (fv_area_page_get_parent_window (FV_AREA_PAGE (self)),
                                   _("Print Agreement Forms"),
                                   _("How many numbered forms does the exchange need? Each form is one A4 page, "
                                     "numbered from 1, with the rules of the exchange printed on it."));
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  label = gtk_label_new_with_mnemonic (_("_Number of forms"));
  spin = gtk_spin_button_new_with_range (1, FV_AGREEMENT_FORMS_MAX, 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), DEFAULT_FORM_COUNT);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  /* Enter in the number is Preview; GTK 4.8's spin button has no activates-default of its own. */
  gtk_text_set_activates_default (GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (spin))), TRUE);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), spin);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), spin);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "preview", _("_Preview"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "preview", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "preview");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "fv-spin", spin);
  g_signal_connect (dialog, "response", G_CALLBACK (print_response_cb), g_object_ref (self));
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (spin);
}

/* The follow-up report --------------------------------------------------------- */

typedef struct
{
  FvExchangeRecord *exchange;
  GPtrArray        *agreements;
  char             *today;
} ReportData;

static void
report_data_free (gpointer data)
{
  ReportData *report = data;

  fv_exchange_record_free (report->exchange);
  g_clear_pointer (&report->agreements, g_ptr_array_unref);
  g_free (report->today);
  g_free (report);
}

static FvDocument *
produce_report (gpointer       user_data,
                GCancellable  *cancellable,
                GError       **error)
{
  ReportData *report = user_data;

  return fv_exchange_followup_new (report->exchange, report->agreements, report->today);
}

static void
report_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  fv_exchanges_page_preview_followup (FV_EXCHANGES_PAGE (widget));
}

/* Reads the exchange and fills the page with it. */
static gboolean
open_record (FvAreaPage  *page,
             gint64       id,
             GError     **error)
{
  FvExchangesPage *self = FV_EXCHANGES_PAGE (page);
  FvExchangeRecord *exchange = fv_exchange_store_load (fv_area_page_get_database (page), id, error);

  if (exchange == NULL)
    return FALSE;
  g_clear_pointer (&self->exchange, fv_exchange_record_free);
  self->exchange = exchange;
  fill_details (self);
  refresh_exchange (self);
  return TRUE;
}

/* GObject --------------------------------------------------------------------- */

static void
fv_exchanges_page_finalize (GObject *object)
{
  FvExchangesPage *self = FV_EXCHANGES_PAGE (object);

  g_clear_pointer (&self->exchange, fv_exchange_record_free);
  g_clear_pointer (&self->last_deleted, fv_exchange_snapshot_free);
  g_clear_pointer (&self->exchange_rows, g_ptr_array_unref);
  g_clear_pointer (&self->due_rows, g_ptr_array_unref);
  g_clear_pointer (&self->summary_rows, g_ptr_array_unref);
  g_clear_pointer (&self->participant_rows, g_ptr_array_unref);
  g_clear_pointer (&self->agreement_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (fv_exchanges_page_parent_class)->finalize (object);
}

static void
fv_exchanges_page_class_init (FvExchangesPageClass *klass)
{
  static const char * const tables[] = { "exchange", "agreement", "organisation", NULL };
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  FvAreaPageClass *area_class = FV_AREA_PAGE_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = fv_exchanges_page_finalize;

  area_class->tables = tables;
  area_class->record_view = "exchange";
  area_class->open = open_record;
  area_class->refresh = (void (*) (FvAreaPage *)) refresh_list;
  area_class->reload = (void (*) (FvAreaPage *)) reload;
  area_class->database_changed = fv_area_page_queue_reload;
  area_class->update_actions = (void (*) (FvAreaPage *)) update_actions;
  area_class->get_open_id = (gint64 (*) (FvAreaPage *)) fv_exchanges_page_get_exchange_id;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/exchanges/fv-exchanges-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FvExchangesPage, due_group);
  gtk_widget_class_bind_template_child (widget_class, FvExchangesPage, exchanges_group);
  gtk_widget_class_bind_template_child (widget_class, FvExchangesPage, exchange_title);
  gtk_widget_class_bind_template_child (widget_class, FvExchangesPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, FvExchangesPage, date_row);
  gtk_widget_class_bind_template_child (widget_class, FvExchangesPage, place_row);
  gtk_widget_class_bind_template_child (widget_class, FvExchangesPage, municipality_row);
  gtk_widget_class_bind_template_child (widget_class, FvExchangesPage, summary_group);
  gtk_widget_class_bind_template_child (widget_class, FvExchangesPage, participants_group);
  gtk_widget_class_bind_template_child (widget_class, FvExchangesPage, add_participant_button);
  gtk_widget_class_bind_template_child (widget_class, FvExchangesPage, participant_popover);
  gtk_widget_class_bind_template_child (widget_class, FvExchangesPage, participant_search);
  gtk_widget_class_bind_template_child (widget_class, FvExchangesPage, candidate_list);
  gtk_widget_class_bind_template_child (widget_class, FvExchangesPage, agreements_group);
  gtk_widget_class_bind_template_callback (widget_class, details_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, participant_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, participant_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, participant_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, candidate_activated_cb);

  gtk_widget_class_install_action (widget_class, "area.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "area.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "area.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "exchange.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "exchange.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "exchange.add-agreement", NULL, add_agreement_action);
  gtk_widget_class_install_action (widget_class, "exchange.add-participant", "x", add_participant_action);
  gtk_widget_class_install_action (widget_class, "exchange.remove-participant", "x", remove_participant_action);
  gtk_widget_class_install_action (widget_class, "exchange.mark-fulfilled", "x", mark_fulfilled_action);
  gtk_widget_class_install_action (widget_class, "exchange.follow-up", "x", follow_up_action);
  gtk_widget_class_install_action (widget_class, "exchange.report", NULL, report_action);
}

static void
fv_exchanges_page_init (FvExchangesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->exchange_rows = g_ptr_array_new ();
  self->due_rows = g_ptr_array_new ();
  self->summary_rows = g_ptr_array_new ();
  self->participant_rows = g_ptr_array_new ();
  self->agreement_rows = g_ptr_array_new ();
  update_actions (self);
}

/* Public API ------------------------------------------------------------------ */

/* What the page shows: "loading", "empty", "list" or "exchange". */
const char *
fv_exchanges_page_get_view (FvExchangesPage *self)
{
  return fv_area_page_get_view (FV_AREA_PAGE (self));
}

/* The exchange shown, 0 on the list. */
gint64
fv_exchanges_page_get_exchange_id (FvExchangesPage *self)
{
  g_return_val_if_fail (FV_IS_EXCHANGES_PAGE (self), 0);

  return self->exchange != NULL ? self->exchange->id : 0;
}

void
fv_exchanges_page_open_exchange (FvExchangesPage *self,
                                 gint64           exchange_id)
{
  fv_area_page_open (FV_AREA_PAGE (self), exchange_id);
}

/**
 * fv_exchanges_page_preview_forms:
 * @count: how many forms, numbered from 1
 *
 * Makes the agreement forms of the exchange shown off the main thread and
 * opens them in a preview window, with Save as PDF… and Print….
 *
 * Returns: (transfer none) (nullable): the preview window, already presented
 */
FvPreviewWindow *
fv_exchanges_page_preview_forms (FvExchangesPage *self,
                                 guint            count)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(GError) error = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *title = NULL;
  FormsData *data;

  g_return_val_if_fail (FV_IS_EXCHANGES_PAGE (self), NULL);

  if (self->exchange == NULL)
    return NULL;

  data = g_new0 (FormsData, 1);
  data->count = CLAMP (count, 1, FV_AGREEMENT_FORMS_MAX);
  data->exchange = fv_exchange_store_load (database, self->exchange->id, &error);
  if (data->exchange == NULL)
    {
      fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
      forms_data_free (data);
      return NULL;
    }

  /* Translators: the suggested file name of the agreement forms; %s is the exchange's name */
  file_name = g_strdup_printf (_("Agreement forms %s.pdf"), data->exchange->name);
  g_strdelimit (file_name, "/\\", '-');
  /* Translators: the preview window's title; %s is the exchange's name */
  title = g_strdup_printf (_("Agreement Forms — %s"), data->exchange->name);
  return fv_area_page_preview (FV_AREA_PAGE (self), title, file_name, produce_forms, data,
                               forms_data_free);
}

/**
 * fv_exchanges_page_preview_followup:
 *
 * Makes the follow-up report of the exchange shown in a worker thread and
 * opens it in a preview window, with Save as PDF… and Print….
 *
 * Returns: (transfer none) (nullable): the preview window, already presented
 */
FvPreviewWindow *
fv_exchanges_page_preview_followup (FvExchangesPage *self)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(GError) error = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *title = NULL;
  ReportData *data;

  g_return_val_if_fail (FV_IS_EXCHANGES_PAGE (self), NULL);

  if (self->exchange == NULL || database == NULL)
    return NULL;

  /* Tens of rows: read here, laid out and written in the worker thread. */
  data = g_new0 (ReportData, 1);
  data->today = fv_exchange_today ();
  data->exchange = fv_exchange_store_load (database, self->exchange->id, &error);
  if (data->exchange != NULL)
    data->agreements = fv_exchange_store_list_agreements (database, self->exchange->id, &error);
  if (data->exchange == NULL || data->agreements == NULL)
    {
      fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
      report_data_free (data);
      return NULL;
    }

  /* Translators: the suggested file name of the follow-up report; %s is the exchange's name */
  file_name = g_strdup_printf (_("Follow-up %s.pdf"), data->exchange->name);
  g_strdelimit (file_name, "/\\", '-');
  /* Translators: the preview window's title; %s is the exchange's name */
  title = g_strdup_printf (_("Follow-up — %s"), data->exchange->name);
  return fv_area_page_preview (FV_AREA_PAGE (self), title, file_name, produce_report, data,
                               report_data_free);
}

/**
 * fv_exchanges_page_undo_delete:
 *
 * What the toast's Undo does: puts the exchange deleted last back with its
 * participants and agreements, and opens it.
 *
 * Returns: %TRUE when there was one to put back
 */
gboolean
fv_exchanges_page_undo_delete (FvExchangesPage *self)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(FvExchangeSnapshot) snapshot = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (FV_IS_EXCHANGES_PAGE (self), FALSE);

  snapshot = g_steal_pointer (&self->last_deleted);
  if (snapshot == NULL || database == NULL)
    return FALSE;
  if (!fv_exchange_store_restore (database, snapshot, &error))
    {
      fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
      return FALSE;
    }
  fv_exchanges_page_open_exchange (self, fv_exchange_snapshot_get_exchange (snapshot)->id);
  return TRUE;
}

/* How many agreements the list page shows as needing follow-up. */
guint
fv_exchanges_page_get_n_due (FvExchangesPage *self)
{
  g_return_val_if_fail (FV_IS_EXCHANGES_PAGE (self), 0);

  return self->n_due;
}
