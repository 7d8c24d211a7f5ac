/* fv-notater-page.c — the Notater area: formal notes to political committees
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A list of the notater, and one notat at a time: its header (Dato,
 * Arkivkode, J.postID, Arkivsaksnr, Til, Fra, Vedrørende) and its text. What
 * is typed is saved a moment after the typing stops, in one short transaction;
 * a field that is wrong is marked beside it and the notat keeps its last good
 * state until it is put right. "Insert Facts from the Register" puts a few
 * counts from the database into the text at the cursor, as plain text to edit.
 * Ctrl+P shows the notat as the PDF it makes, to save or print. A deleted
 * notat comes back from the toast's Undo.
 *
 * Once it has gone to the committees the coordinator marks it sent: the day is
 * kept, the list says so, and every field turns read-only until "Edit Again"
 * makes it a draft. The store refuses to rewrite a sent notat too, so nothing
 * typed before the lock can slip through after it. "Duplicate as New Draft"
 * starts next year's notat from this one.
 */

#define G_LOG_DOMAIN "fv-notater-page"

#include "config.h"

#include <glib/gi18n.h>

#include "fv-agreement-dialog.h"
#include "fv-exchange-store.h"
#include "fv-notat-store.h"
#include "fv-notat.h"
#include "fv-notater-page.h"

#define UNDO_TIMEOUT_S 10

struct _FvNotaterPage
{
  FvAreaPage           parent_instance;

  /* Template widgets */
  AdwPreferencesGroup *notater_group;
  GtkLabel            *notat_title;
  AdwEntryRow         *date_row;
  AdwEntryRow         *arkivkode_row;
  AdwEntryRow         *journalpost_row;
  AdwEntryRow         *saksnummer_row;
  AdwEntryRow         *sender_row;
  AdwEntryRow         *subject_row;
  GtkTextView         *recipients_view;
  GtkLabel            *recipients_problem;
  GtkTextView         *body_view;
  GtkWidget           *mark_sent_button;
  GtkWidget           *sent_group;
  AdwActionRow        *sent_row;
  GtkScrolledWindow   *editor_scroller;

  /* Owned references */
  GSettings           *settings;
  FvNotat             *notat;          /* the one shown, or NULL */
  FvNotat             *last_deleted;   /* for Undo, or NULL */
  GPtrArray           *notat_rows;
  gboolean             filling;
};

G_DEFINE_FINAL_TYPE (FvNotaterPage, fv_notater_page, FV_TYPE_AREA_PAGE)

static void
update_actions (FvNotaterPage *self)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  gboolean open = self->notat != NULL;
  gboolean sent = open && self->notat->status == FV_NOTAT_SENT;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "area.new", database != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "area.print", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "notat.back", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "notat.delete", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "notat.duplicate", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "notat.insert-facts", open && !sent);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "notat.mark-sent", open && !sent);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "notat.edit-again", sent);
}

static char *
text_view_get_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* The list ---------------------------------------------------------------------- */

static void
notat_row_activated_cb (FvNotaterPage *self,
                        AdwActionRow  *row)
{
  fv_notater_page_open_notat (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "fv-id")));
}

/* "Draft", or "Sent 03.02.2022": what the list says of a notat's status. */
static GtkWidget *
status_label (const FvNotat *notat)
{
  g_autofree char *text = NULL;
  GtkWidget *label;

  if (notat->status == FV_NOTAT_SENT && notat->sent_at != NULL)
    {
      g_autofree char *date = fv_notat_format_date (notat->sent_at);

      /* Translators: a notat's status in the list; %s is the day it was sent, e.g. 03.02.2022 */
      text = g_strdup_printf (_("Sent %s"), date);
    }
  else if (notat->status == FV_NOTAT_SENT)
    /* Translators: a notat's status in the list */
    text = g_strdup (_("Sent"));
  else
    /* Translators: a notat's status in the list: not sent yet */
    text = g_strdup (_("Draft"));
  label = gtk_label_new (text);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, notat->status == FV_NOTAT_SENT ? "success" : "dim-label");
  return label;
}

static void
refresh_list (FvNotaterPage *self)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(GPtrArray) notater = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < self->notat_rows->len; i++)
    adw_preferences_group_remove (self->notater_group, self->notat_rows->pdata[i]);
  g_ptr_array_set_size (self->notat_rows, 0);

  notater = fv_notat_store_list (database, &error);
  if (notater == NULL)
    {
      g_warning ("Could not list the notater: %s", error->message);
      fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
      return;
    }

  for (guint i = 0; i < notater->len; i++)
    {
      FvNotat *notat = notater->pdata[i];
      g_autofree char *date = fv_notat_format_date (notat->date);
      g_autofree char *recipients = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *title_markup = g_markup_escape_text (notat->subject, -1);
      g_autofree char *subtitle_markup = NULL;
      GtkWidget *row;

      g_ptr_array_add (notat->recipients, NULL);
      recipients = g_strjoinv (", ", (char **) notat->recipients->pdata);
      if (notat->saksnummer != NULL)
        subtitle = g_strjoin (" · ", date, notat->saksnummer, recipients, NULL);
      else
        subtitle = g_strjoin (" · ", date, recipients, NULL);
      subtitle_markup = g_markup_escape_text (subtitle, -1);
      row = g_object_new (ADW_TYPE_ACTION_ROW,
                          "title", title_markup,
                          "subtitle", subtitle_markup,
                          "subtitle-lines", 2,
                          "activatable", TRUE,
                          NULL);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), status_label (notat));
      /* The chevron only shows that the row opens: decoration, not read out. */
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), g_object_new (GTK_TYPE_IMAGE,
                                                                     "icon-name", "go-next-symbolic",
                                                                     "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                                                     NULL));
      g_object_set_data (G_OBJECT (row), "fv-id", GSIZE_TO_POINTER ((gsize) notat->id));
      g_signal_connect_object (row, "activated", G_CALLBACK (notat_row_activated_cb), self,
                               G_CONNECT_SWAPPED);
      adw_preferences_group_add (self->notater_group, row);
      g_ptr_array_add (self->notat_rows, row);
    }

  fv_area_page_show_list (FV_AREA_PAGE (self), notater->len > 0);
}

/* One notat ------------------------------------------------------------------------ */

static void
set_text (GtkEditable *editable,
          const char  *text)
{
  gtk_editable_set_text (editable, text != NULL ? text : "");
}

/* A sent notat's fields are read-only, and a band above them says when it
 * was sent and offers to edit it again. */
static void
apply_lock (FvNotaterPage *self)
{
  GtkWidget *rows[] = {
    GTK_WIDGET (self->date_row), GTK_WIDGET (self->arkivkode_row), GTK_WIDGET (self->journalpost_row),
    GTK_WIDGET (self->saksnummer_row), GTK_WIDGET (self->sender_row), GTK_WIDGET (self->subject_row),
  };
  gboolean sent = self->notat != NULL && self->notat->status == FV_NOTAT_SENT;

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_editable_set_editable (GTK_EDITABLE (rows[i]), !sent);
  gtk_text_view_set_editable (self->recipients_view, !sent);
  gtk_text_view_set_editable (self->body_view, !sent);
  gtk_widget_set_visible (self->mark_sent_button, self->notat != NULL && !sent);
  gtk_widget_set_visible (self->sent_group, sent);
  if (sent)
    {
      g_autofree char *title = NULL;

      if (self->notat->sent_at != NULL)
        {
          g_autofree char *date = fv_notat_format_date (self->notat->sent_at);

          /* Translators: above a sent notat; %s is the day, e.g. 03.02.2022 */
          title = g_strdup_printf (_("Sent to the committees on %s"), date);
        }
      else
        title = g_strdup (_("Sent to the committees"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->sent_row), title);
    }
  update_actions (self);
}

static void
fill_editor (FvNotaterPage *self)
{
  FvNotat *notat = self->notat;
  g_autofree char *date = fv_notat_format_date (notat->date);
  g_autofree char *recipients = fv_notat_get_recipients_text (notat);

  self->filling = TRUE;
  set_text (GTK_EDITABLE (self->date_row), date);
  set_text (GTK_EDITABLE (self->arkivkode_row), notat->arkivkode);
  set_text (GTK_EDITABLE (self->journalpost_row), notat->journalpost);
  set_text (GTK_EDITABLE (self->saksnummer_row), notat->saksnummer);
  set_text (GTK_EDITABLE (self->sender_row), notat->sender);
  set_text (GTK_EDITABLE (self->subject_row), notat->subject);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->recipients_view), recipients, -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->body_view),
                            notat->body != NULL ? notat->body : "", -1);
  gtk_label_set_label (self->notat_title, notat->subject);
  for (GtkWidget *row = GTK_WIDGET (self->date_row); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_ENTRY_ROW (row))
      fv_exchange_set_row_problem (row, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->recipients_problem), FALSE);
  self->filling = FALSE;
  apply_lock (self);
}

static GtkWidget *
row_for_field (FvNotaterPage *self,
               const char    *field)
{
  if (g_str_equal (field, "date"))
    return GTK_WIDGET (self->date_row);
  if (g_str_equal (field, "journalpost"))
    return GTK_WIDGET (self->journalpost_row);
  if (g_str_equal (field, "saksnummer"))
    return GTK_WIDGET (self->saksnummer_row);
  if (g_str_equal (field, "subject"))
    return GTK_WIDGET (self->subject_row);
  return NULL;
}

/* Reads the editor into a copy of the notat, marks what is wrong, and saves
 * when nothing is. */
static gboolean
save_now (FvNotaterPage *self)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  static const char * const fields[] = { "date", "journalpost", "saksnummer", "subject" };
  g_autoptr(FvNotat) edited = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *recipients = NULL;
  const char *date_text;

  fv_area_page_cancel_save (FV_AREA_PAGE (self));
  if (self->notat == NULL || database == NULL)
    return FALSE;
  /* Locked: nothing can have been typed, and the store would refuse it. */
  if (self->notat->status == FV_NOTAT_SENT)
    return TRUE;

  edited = fv_notat_copy (self->notat);
  date_text = gtk_editable_get_text (GTK_EDITABLE (self->date_row));
  date = fv_exchange_parse_date (date_text);
  g_free (edited->date);
  edited->date = date != NULL ? g_steal_pointer (&date) : g_strdup (date_text);
  g_free (edited->arkivkode);
  edited->arkivkode = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->arkivkode_row))));
  g_free (edited->journalpost);
  edited->journalpost = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->journalpost_row))));
  g_free (edited->saksnummer);
  edited->saksnummer = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->saksnummer_row))));
  g_free (edited->sender);
  edited->sender = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->sender_row))));
  g_free (edited->subject);
  edited->subject = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->subject_row))));
  recipients = text_view_get_text (self->recipients_view);
  fv_notat_set_recipients_text (edited, recipients);
  g_free (edited->body);
  edited->body = text_view_get_text (self->body_view);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    fv_exchange_set_row_problem (row_for_field (self, fields[i]), NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->recipients_problem), FALSE);

  problems = fv_notat_check (edited);
  for (guint i = 0; i < problems->len; i++)
    {
      FvFieldProblem *problem = problems->pdata[i];
      GtkWidget *row = row_for_field (self, problem->field);

      if (row != NULL)
        fv_exchange_set_row_problem (row, problem->message);
      else
        {
          gtk_label_set_label (self->recipients_problem, problem->message);
          gtk_widget_set_visible (GTK_WIDGET (self->recipients_problem), TRUE);
        }
    }
  if (problems->len > 0)
    return FALSE;

  if (!fv_notat_store_save (database, edited, &error))
    {
      fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
      return FALSE;
    }
  fv_notat_free (self->notat);
  self->notat = g_steal_pointer (&edited);
  gtk_label_set_label (self->notat_title, self->notat->subject);
  return TRUE;
}

static void
field_changed_cb (FvNotaterPage *self)
{
  if (self->filling || self->notat == NULL)
    return;
  fv_area_page_save_later (FV_AREA_PAGE (self));
}

/* Actions ------------------------------------------------------------------------- */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  FvNotaterPage *self = FV_NOTATER_PAGE (widget);
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(FvNotat) notat = fv_notat_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  g_autofree char *sender = g_settings_get_string (self->settings, "notat-from");

  if (database == NULL)
    return;
  save_now (self);
  notat->date = g_date_time_format (now, "%Y-%m-%d");
  notat->sender = g_strdup (*sender != '\0' ? sender : NULL);
  notat->subject = g_strdup (_("New notat"));
  g_ptr_array_add (notat->recipients, g_strdup (_("Formannskapet")));
  if (!fv_notat_store_save (database, notat, &error))
    {
      fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
      return;
    }
  fv_notater_page_open_notat (self, notat->id);
  gtk_widget_grab_focus (GTK_WIDGET (self->subject_row));
  gtk_editable_select_region (GTK_EDITABLE (self->subject_row), 0, -1);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FvNotaterPage *self = FV_NOTATER_PAGE (widget);

  save_now (self);
  g_clear_pointer (&self->notat, fv_notat_free);
  refresh_list (self);
  update_actions (self);
}

/* Each toast puts back the notat it announced, even when another was
 * deleted after it. */
static void
undo_clicked_cb (AdwToast      *toast,
                 FvNotaterPage *self)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  FvNotat *notat = g_object_get_data (G_OBJECT (toast), "fv-notat");
  g_autoptr(GError) error = NULL;

  if (notat == NULL || database == NULL)
    return;
  if (self->last_deleted != NULL && self->last_deleted->id == notat->id)
    g_clear_pointer (&self->last_deleted, fv_notat_free);
  if (!fv_notat_store_restore (database, notat, &error))
    fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
  else if (self->notat == NULL)
    refresh_list (self);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FvNotaterPage *self = FV_NOTATER_PAGE (widget);
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  FvNotat *notat;
  AdwToast *toast;

  if (self->notat == NULL || database == NULL)
    return;
  fv_area_page_cancel_save (FV_AREA_PAGE (self));
  notat = self->notat;
  if (!fv_notat_store_delete (database, notat->id, &error))
    {
      fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
      return;
    }
  g_clear_pointer (&self->last_deleted, fv_notat_free);
  self->last_deleted = g_steal_pointer (&self->notat);
  refresh_list (self);
  update_actions (self);

  /* Translators: a toast; %s is the notat's subject */
  title = g_strdup_printf (_("“%s” deleted"), self->last_deleted->subject);
  toast = fv_area_page_undo_toast (FV_AREA_PAGE (self), title, UNDO_TIMEOUT_S,
                                   G_CALLBACK (undo_clicked_cb));
  g_object_set_data_full (G_OBJECT (toast), "fv-notat", fv_notat_copy (self->last_deleted),
                          (GDestroyNotify) fv_notat_free);
  fv_area_page_show_toast (FV_AREA_PAGE (self), toast);
}

static void
mark_sent_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  fv_notater_page_set_sent (FV_NOTATER_PAGE (widget), TRUE);
}

static void
edit_again_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  FvNotaterPage *self = FV_NOTATER_PAGE (widget);

  if (fv_notater_page_set_sent (self, FALSE))
    gtk_widget_grab_focus (GTK_WIDGET (self->subject_row));
}

/* A new draft from the notat shown: the same header, committees and text,
 * dated today, without the journal post number the archive gives each one. */
static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  FvNotaterPage *self = FV_NOTATER_PAGE (widget);
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(FvNotat) copy = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;

  if (self->notat == NULL || database == NULL)
    return;
  save_now (self);
  copy = fv_notat_copy (self->notat);
  copy->id = 0;
  copy->status = FV_NOTAT_DRAFT;
  g_clear_pointer (&copy->sent_at, g_free);
  g_clear_pointer (&copy->journalpost, g_free);
  g_clear_pointer (&copy->created_at, g_free);
  g_clear_pointer (&copy->updated_at, g_free);
  g_free (copy->date);
  copy->date = g_date_time_format (now, "%Y-%m-%d");
  if (!fv_notat_store_save (database, copy, &error))
    {
      fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
      return;
    }
  fv_notater_page_open_notat (self, copy->id);
  fv_area_page_show_message (FV_AREA_PAGE (self), _("Copied as a new draft, dated today."));
  gtk_widget_grab_focus (GTK_WIDGET (self->subject_row));
}

static void
insert_facts_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  fv_notater_page_insert_facts (FV_NOTATER_PAGE (widget));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  fv_notater_page_preview (FV_NOTATER_PAGE (widget));
}

/* The preview ------------------------------------------------------------------------ */

typedef struct
{
  FvNotat *notat;
  char    *municipality;
} NotatData;

static void
notat_data_free (gpointer data)
{
  NotatData *notat_data = data;

  fv_notat_free (notat_data->notat);
  g_free (notat_data->municipality);
  g_free (notat_data);
}

static FvDocument *
produce_notat (gpointer       user_data,
               GCancellable  *cancellable,
               GError       **error)
{
  NotatData *data = user_data;

  return fv_notat_document_new (data->notat, data->municipality);
}

/* Reads the notat and fills the page with it. */
static gboolean
open_record (FvAreaPage  *page,
             gint64       id,
             GError     **error)
{
  FvNotaterPage *self = FV_NOTATER_PAGE (page);
  FvNotat *notat = fv_notat_store_load (fv_area_page_get_database (page), id, error);

  if (notat == NULL)
    return FALSE;
  g_clear_pointer (&self->notat, fv_notat_free);
  self->notat = notat;
  fill_editor (self);
  return TRUE;
}

/* GObject ------------------------------------------------------------------------------ */

static void
fv_notater_page_dispose (GObject *object)
{
  FvNotaterPage *self = FV_NOTATER_PAGE (object);

  g_clear_object (&self->settings);
  G_OBJECT_CLASS (fv_notater_page_parent_class)->dispose (object);
}

static void
fv_notater_page_finalize (GObject *object)
{
  FvNotaterPage *self = FV_NOTATER_PAGE (object);

  g_clear_pointer (&self->notat, fv_notat_free);
  g_clear_pointer (&self->last_deleted, fv_notat_free);
  g_clear_pointer (&self->notat_rows, g_ptr_array_unref);
  G_OBJECT_CLASS (fv_notater_page_parent_class)->finalize (object);
}

static void
fv_notater_page_class_init (FvNotaterPageClass *klass)
{
  static const char * const tables[] = { "notat", NULL };
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  FvAreaPageClass *area_class = FV_AREA_PAGE_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fv_notater_page_dispose;
  object_class->finalize = fv_notater_page_finalize;

  /* The editor's own writes need no reload (there is no reload): only the
   * list follows, while no notat is open. */
  area_class->tables = tables;
  area_class->record_view = "notat";
  area_class->open = open_record;
  area_class->refresh = (void (*) (FvAreaPage *)) refresh_list;
  area_class->update_actions = (void (*) (FvAreaPage *)) update_actions;
  area_class->get_open_id = (gint64 (*) (FvAreaPage *)) fv_notater_page_get_notat_id;
  area_class->save_now = (gboolean (*) (FvAreaPage *)) save_now;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/notater/fv-notater-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FvNotaterPage, notater_group);
  gtk_widget_class_bind_template_child (widget_class, FvNotaterPage, notat_title);
  gtk_widget_class_bind_template_child (widget_class, FvNotaterPage, date_row);
  gtk_widget_class_bind_template_child (widget_class, FvNotaterPage, arkivkode_row);
  gtk_widget_class_bind_template_child (widget_class, FvNotaterPage, journalpost_row);
  gtk_widget_class_bind_template_child (widget_class, FvNotaterPage, saksnummer_row);
  gtk_widget_class_bind_template_child (widget_class, FvNotaterPage, sender_row);
  gtk_widget_class_bind_template_child (widget_class, FvNotaterPage, subject_row);
  gtk_widget_class_bind_template_child (widget_class, FvNotaterPage, recipients_view);
  gtk_widget_class_bind_template_child (widget_class, FvNotaterPage, recipients_problem);
  gtk_widget_class_bind_template_child (widget_class, FvNotaterPage, body_view);
  gtk_widget_class_bind_template_child (widget_class, FvNotaterPage, mark_sent_button);
  gtk_widget_class_bind_template_child (widget_class, FvNotaterPage, sent_group);
  gtk_widget_class_bind_template_child (widget_class, FvNotaterPage, sent_row);
  gtk_widget_class_bind_template_child (widget_class, FvNotaterPage, editor_scroller);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);

  gtk_widget_class_install_action (widget_class, "area.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "area.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "notat.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "notat.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "notat.insert-facts", NULL, insert_facts_action);
  gtk_widget_class_install_action (widget_class, "notat.mark-sent", NULL, mark_sent_action);
  gtk_widget_class_install_action (widget_class, "notat.edit-again", NULL, edit_again_action);
  gtk_widget_class_install_action (widget_class, "notat.duplicate", NULL, duplicate_action);
}

static void
fv_notater_page_init (FvNotaterPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->notat_rows = g_ptr_array_new ();
  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (gtk_text_view_get_buffer (self->recipients_view), "changed",
                           G_CALLBACK (field_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->body_view), "changed",
                           G_CALLBACK (field_changed_cb), self, G_CONNECT_SWAPPED);
  update_actions (self);
}

/* Public API ------------------------------------------------------------------------- */

/* What the page shows: "loading", "empty", "list" or "notat". */
const char *
fv_notater_page_get_view (FvNotaterPage *self)
{
  return fv_area_page_get_view (FV_AREA_PAGE (self));
}

/* The notat shown, 0 on the list. */
gint64
fv_notater_page_get_notat_id (FvNotaterPage *self)
{
  g_return_val_if_fail (FV_IS_NOTATER_PAGE (self), 0);

  return self->notat != NULL ? self->notat->id : 0;
}

void
fv_notater_page_open_notat (FvNotaterPage *self,
                            gint64         notat_id)
{
  fv_area_page_open (FV_AREA_PAGE (self), notat_id);
}

/**
 * fv_notater_page_save_now:
 *
 * Saves what is typed without waiting for the typing to stop.
 *
 * Returns: %TRUE when the notat was saved; %FALSE when a field is wrong (it is
 *   marked) or there is no notat open
 */
gboolean
fv_notater_page_save_now (FvNotaterPage *self)
{
  return fv_area_page_save_now (FV_AREA_PAGE (self));
}

/**
 * fv_notater_page_insert_facts:
 *
 * Puts facts from the register into the text at the cursor, as its own
 * paragraphs; not into a sent notat, which is locked.
 */
gboolean
fv_notater_page_insert_facts (FvNotaterPage *self)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  GtkTextBuffer *buffer;
  GtkTextIter iter;
  g_autoptr(GError) error = NULL;
  g_autofree char *municipality = NULL;
  g_autofree char *facts = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (FV_IS_NOTATER_PAGE (self), FALSE);

  if (self->notat == NULL || database == NULL || self->notat->status == FV_NOTAT_SENT)
    return FALSE;
  municipality = g_settings_get_string (self->settings, "municipality-name");
  facts = fv_notat_store_facts (database, municipality, NULL, &error);
  if (facts == NULL)
    {
      fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
      return FALSE;
    }

  buffer = gtk_text_view_get_buffer (self->body_view);
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  /* Its own paragraphs: a blank line before it unless it starts a line after one. */
  if (!gtk_text_iter_is_start (&iter))
    {
      GtkTextIter before = iter;

      gtk_text_iter_backward_char (&before);
      if (gtk_text_iter_get_char (&before) != '\n')
        text = g_strconcat ("\n\n", facts, NULL);
      else if (!gtk_text_iter_is_start (&before) && gtk_text_iter_backward_char (&before) &&
               gtk_text_iter_get_char (&before) != '\n')
        text = g_strconcat ("\n", facts, NULL);
    }
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_insert (buffer, &iter, text != NULL ? text : facts, -1);
  gtk_text_buffer_end_user_action (buffer);
  gtk_text_view_scroll_mark_onscreen (self->body_view, gtk_text_buffer_get_insert (buffer));
  gtk_widget_grab_focus (GTK_WIDGET (self->body_view));
  return TRUE;
}

/**
 * fv_notater_page_preview:
 *
 * Saves the notat, makes its PDF off the main thread and opens it in a preview
 * window, with Save as PDF… and Print….
 *
 * Returns: (transfer none) (nullable): the preview window, already presented
 */
FvPreviewWindow *
fv_notater_page_preview (FvNotaterPage *self)
{
  g_autofree char *title = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *safe = NULL;
  NotatData *data;

  g_return_val_if_fail (FV_IS_NOTATER_PAGE (self), NULL);

  if (self->notat == NULL)
    return NULL;
  if (fv_area_page_save_pending (FV_AREA_PAGE (self)) && !save_now (self))
    fv_area_page_show_message (FV_AREA_PAGE (self),
                               _("Some fields are not right yet: the preview shows the notat as last saved."));

  data = g_new0 (NotatData, 1);
  data->notat = fv_notat_copy (self->notat);
  data->municipality = g_settings_get_string (self->settings, "municipality-name");

  /* Translators: the preview window's title; %s is the notat's subject */
  title = g_strdup_printf (_("Notat: %s"), self->notat->subject);
  safe = g_strdelimit (g_strdup (self->notat->subject), "/\\:", '-');
  /* Translators: the suggested file name of the PDF; %s is the notat's subject */
  file_name = g_strdup_printf (_("Notat %s.pdf"), safe);
  return fv_area_page_preview (FV_AREA_PAGE (self), title, file_name, produce_notat, data,
                               notat_data_free);
}

/**
 * fv_notater_page_set_sent:
 * @sent: %TRUE to mark the notat sent today (and lock it), %FALSE to make it
 *   a draft to edit again
 *
 * What "Mark as Sent" and "Edit Again" do. Before marking it sent, what is
 * typed is saved; a field that is wrong stops it, marked beside the field.
 *
 * Returns: %TRUE when the notat's status was written
 */
gboolean
fv_notater_page_set_sent (FvNotaterPage *self,
                          gboolean       sent)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(GError) error = NULL;
  FvNotat *reloaded;

  g_return_val_if_fail (FV_IS_NOTATER_PAGE (self), FALSE);

  if (self->notat == NULL || database == NULL)
    return FALSE;
  if (sent && !save_now (self))
    {
      fv_area_page_show_message (FV_AREA_PAGE (self),
                                 _("Put the marked fields right before marking the notat as sent."));
      return FALSE;
    }
  if (!fv_notat_store_set_status (database, self->notat->id, sent ? FV_NOTAT_SENT : FV_NOTAT_DRAFT, NULL,
                                  &error))
    {
      fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
      return FALSE;
    }
  reloaded = fv_notat_store_load (database, self->notat->id, &error);
  if (reloaded == NULL)
    {
      fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
      return FALSE;
    }
  fv_notat_free (self->notat);
  self->notat = reloaded;
  apply_lock (self);
  /* The band that says it is sent, or the first field to edit, is at the top. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->editor_scroller), 0);
  return TRUE;
}

/**
 * fv_notater_page_undo_delete:
 *
 * What the toast's Undo does: puts the notat deleted last back, and opens it.
 *
 * Returns: %TRUE when there was one to put back
 */
gboolean
fv_notater_page_undo_delete (FvNotaterPage *self)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(FvNotat) notat = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (FV_IS_NOTATER_PAGE (self), FALSE);

  notat = g_steal_pointer (&self->last_deleted);
  if (notat == NULL || database == NULL)
    return FALSE;
  if (!fv_notat_store_restore (database, notat, &error))
    {
      fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
      return FALSE;
    }
  refresh_list (self);
  return TRUE;
}
