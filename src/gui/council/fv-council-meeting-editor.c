/* fv-council-meeting-editor.c — editing one meeting of a group and the input given there
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The kind of meeting, its date, place and notes, then each input (innspill)
 * given there: its text, its theme and the organisation that gave it. The
 * meeting and all its input are written together, in one transaction, a
 * moment after the typing stops and again when the window closes; a field
 * that is wrong is marked beside it and nothing is written until it is right.
 */

#define G_LOG_DOMAIN "fv-council-meeting-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "fv-agreement-dialog.h"
#include "fv-council-meeting-editor.h"
#include "fv-save-timer.h"
#include "fv-exchange-store.h"
#include "fv-notat.h"


/* The three rows of one input. */
typedef struct
{
  AdwEntryRow *text_row;
  AdwEntryRow *theme_row;
  AdwEntryRow *organisation_row;
} InnspillRows;

struct _FvCouncilMeetingEditor
{
  AdwWindow            parent_instance;

  AdwToastOverlay     *toast_overlay;
  AdwPreferencesPage  *prefs;
  AdwComboRow         *kind_row;
  AdwEntryRow         *date_row;
  AdwEntryRow         *place_row;
  GtkTextView         *notes_view;
  GArray              *innspill_rows; /* (element-type InnspillRows), as in meeting->innspill */

  FvDatabase          *database;
  FvMeeting           *meeting;       /* as last written */
  FvSaveTimer          save_timer;
  gboolean             filling;
};

G_DEFINE_FINAL_TYPE (FvCouncilMeetingEditor, fv_council_meeting_editor, ADW_TYPE_WINDOW)

static char *
entry_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static void
set_entry (AdwEntryRow *row,
           const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static char *
notes_text (FvCouncilMeetingEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static void
set_problem (AdwEntryRow *row,
             const char  *message)
{
  fv_exchange_set_row_problem (GTK_WIDGET (row), message);
}

/* Reads one input's rows into @innspill; FALSE when a row is wrong (marked). */
static gboolean
read_innspill (FvCouncilMeetingEditor *self,
               InnspillRows           *rows,
               FvInnspill             *innspill)
{
  gboolean right = TRUE;

  g_free (innspill->text);
  g_free (innspill->theme);
  g_free (innspill->organisation);
  innspill->text = entry_text (rows->text_row);
  innspill->theme = entry_text (rows->theme_row);
  innspill->organisation = entry_text (rows->organisation_row);
  set_problem (rows->text_row, NULL);
  set_problem (rows->organisation_row, NULL);
  if (*innspill->text == '\0')
    {
      set_problem (rows->text_row, _("Write the input, or delete it from the group’s page."));
      right = FALSE;
    }
  if (*innspill->organisation != '\0' &&
      fv_council_store_find_organisation (self->database, innspill->organisation) == 0)
    {
      set_problem (rows->organisation_row,
                   _("Not in the register: write the organisation as the register names it."));
      right = FALSE;
    }
  return right;
}

/* The meeting as the rows have it, every problem marked; NULL when there is one. */
static FvMeeting *
read_rows (FvCouncilMeetingEditor *self)
{
  g_autoptr(FvMeeting) edited = fv_meeting_copy (self->meeting);
  g_autofree char *date = entry_text (self->date_row);
  gboolean right = TRUE;

  edited->kind = (FvMeetingKind) MIN (adw_combo_row_get_selected (self->kind_row), FV_MEETING_N_KINDS - 1);
  g_free (edited->date);
  edited->date = fv_exchange_parse_date (date);
  g_free (edited->place);
  edited->place = entry_text (self->place_row);
  g_free (edited->notes);
  edited->notes = notes_text (self);
  set_problem (self->date_row, NULL);
  if (edited->date == NULL)
    {
      set_problem (self->date_row, _("Write the meeting’s date as day.month.year, for example 04.09.2019."));
      right = FALSE;
    }
  for (guint i = 0; i < self->innspill_rows->len; i++)
    right = read_innspill (self, &g_array_index (self->innspill_rows, InnspillRows, i),
                           edited->innspill->pdata[i]) && right;
  if (!right)
    return NULL;
  return g_steal_pointer (&edited);
}

/**
 * fv_council_meeting_editor_save_now:
 *
 * Writes what the rows hold, if it is right.
 *
 * Returns: %TRUE when the meeting and its input are stored as shown
 */
gboolean
fv_council_meeting_editor_save_now (FvCouncilMeetingEditor *self)
{
  g_autoptr(FvMeeting) edited = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (FV_IS_COUNCIL_MEETING_EDITOR (self), FALSE);

  fv_save_timer_cancel (&self->save_timer);
  edited = read_rows (self);
  if (edited == NULL)
    return FALSE;
  if (!fv_council_store_update_meeting (self->database, edited, &error))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return FALSE;
    }
  fv_meeting_free (self->meeting);
  self->meeting = g_steal_pointer (&edited);
  return TRUE;
}

static void
field_changed_cb (FvCouncilMeetingEditor *self)
{
  if (self->filling)
    return;
  fv_save_timer_restart (&self->save_timer);
}

static gboolean
close_request_cb (FvCouncilMeetingEditor *self)
{
  /* What was typed last is written too; a field still wrong stays as stored. */
  if (fv_save_timer_is_pending (&self->save_timer))
    fv_council_meeting_editor_save_now (self);
  return FALSE;
}

static AdwEntryRow *
add_entry (FvCouncilMeetingEditor *self,
           AdwPreferencesGroup    *group,
           const char             *title,
           const char             *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  set_entry (ADW_ENTRY_ROW (row), text);
  g_signal_connect_object (row, "changed", G_CALLBACK (field_changed_cb), self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (group, row);
  return ADW_ENTRY_ROW (row);
}

static void
add_meeting_group (FvCouncilMeetingEditor *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autofree char *date = fv_notat_format_date (self->meeting->date);
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *notes = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget *frame;

  adw_preferences_group_set_title (group, _("Meeting"));
  adw_preferences_group_set_description (group, _("Changes are saved as you type."));
  for (guint i = 0; i < FV_MEETING_N_KINDS; i++)
    gtk_string_list_append (kinds, fv_meeting_kind_label ((FvMeetingKind) i));
  self->kind_row = g_object_new (ADW_TYPE_COMBO_ROW,
                                 "title", _("Kind of meeting"),
                                 "model", kinds,
                                 "selected", (guint) self->meeting->kind,
                                 NULL);
  g_signal_connect_object (self->kind_row, "notify::selected", G_CALLBACK (field_changed_cb), self,
                           G_CONNECT_SWAPPED);
  adw_preferences_group_add (group, GTK_WIDGET (self->kind_row));
  self->date_row = add_entry (self, group, _("Date (day.month.year)"), date);
  self->place_row = add_entry (self, group, _("Place"), self->meeting->place);
  adw_preferences_page_add (self->prefs, group);

  /* Translators: a meeting's notes: what it was about, who came */
  adw_preferences_group_set_title (notes, _("Notes"));
  self->notes_view = g_object_new (GTK_TYPE_TEXT_VIEW,
                                   "height-request", 90,
                                   "wrap-mode", GTK_WRAP_WORD_CHAR,
                                   "top-margin", 8,
                                   "bottom-margin", 8,
                                   "left-margin", 10,
                                   "right-margin", 10,
                                   NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->notes_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("The meeting’s notes"), -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                            self->meeting->notes != NULL ? self->meeting->notes : "", -1);
  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (field_changed_cb), self, G_CONNECT_SWAPPED);
  frame = gtk_frame_new (NULL);
  gtk_frame_set_child (GTK_FRAME (frame), GTK_WIDGET (self->notes_view));
  adw_preferences_group_add (notes, frame);
  adw_preferences_page_add (self->prefs, notes);
}

static void
add_innspill_group (FvCouncilMeetingEditor *self,
                    guint                   index,
                    const FvInnspill       *innspill)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  /* Translators: a heading in the meeting editor: "Input 2" of those given at the meeting */
  g_autofree char *title = g_strdup_printf (_("Input %u"), index + 1);
  InnspillRows rows;

  adw_preferences_group_set_title (group, title);
  rows.text_row = add_entry (self, group, _("Text"), innspill->text);
  rows.theme_row = add_entry (self, group, _("Theme"), innspill->theme);
  rows.organisation_row = add_entry (self, group, _("Given by (organisation, as in the register)"),
                                     innspill->organisation);
  g_array_append_val (self->innspill_rows, rows);
  adw_preferences_page_add (self->prefs, group);
}

static void
fv_council_meeting_editor_dispose (GObject *object)
{
  FvCouncilMeetingEditor *self = FV_COUNCIL_MEETING_EDITOR (object);

  fv_save_timer_cancel (&self->save_timer);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (fv_council_meeting_editor_parent_class)->dispose (object);
}

static void
fv_council_meeting_editor_finalize (GObject *object)
{
  FvCouncilMeetingEditor *self = FV_COUNCIL_MEETING_EDITOR (object);

  g_clear_pointer (&self->meeting, fv_meeting_free);
  g_clear_pointer (&self->innspill_rows, g_array_unref);

  G_OBJECT_CLASS (fv_council_meeting_editor_parent_class)->finalize (object);
}

static void
fv_council_meeting_editor_class_init (FvCouncilMeetingEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fv_council_meeting_editor_dispose;
  object_class->finalize = fv_council_meeting_editor_finalize;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fv_council_meeting_editor_init (FvCouncilMeetingEditor *self)
{
  GtkWidget *box, *header, *done;

  fv_save_timer_init (&self->save_timer, (FvSaveFunc) fv_council_meeting_editor_save_now, self);
  self->innspill_rows = g_array_new (FALSE, FALSE, sizeof (InnspillRows));
  gtk_window_set_title (GTK_WINDOW (self), _("Edit Meeting"));
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 600, 680);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  done = gtk_button_new_with_mnemonic (_("_Done"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (done), "window.close");
  gtk_widget_add_css_class (done, "suggested-action");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), done);
  gtk_box_append (GTK_BOX (box), header);
  self->prefs = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->prefs), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->prefs));

  self->toast_overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toast_overlay, box);
  adw_window_set_content (ADW_WINDOW (self), GTK_WIDGET (self->toast_overlay));
  g_signal_connect (self, "close-request", G_CALLBACK (close_request_cb), NULL);
}

/**
 * fv_council_meeting_editor_new:
 * @meeting: a stored meeting with its input, as fv_council_store_load() read it
 *
 * Returns: (transfer full): the editor, not yet presented
 */
FvCouncilMeetingEditor *
fv_council_meeting_editor_new (GtkWindow       *parent,
                               FvDatabase      *database,
                               const FvMeeting *meeting)
{
  FvCouncilMeetingEditor *self;

  g_return_val_if_fail (FV_IS_DATABASE (database), NULL);
  g_return_val_if_fail (meeting != NULL && meeting->id > 0, NULL);

  self = g_object_new (FV_TYPE_COUNCIL_MEETING_EDITOR,
                       "transient-for", parent,
                       "destroy-with-parent", TRUE,
                       NULL);
  self->database = g_object_ref (database);
  self->meeting = fv_meeting_copy (meeting);
  self->filling = TRUE;
  add_meeting_group (self);
  for (guint i = 0; i < self->meeting->innspill->len; i++)
    add_innspill_group (self, i, self->meeting->innspill->pdata[i]);
  self->filling = FALSE;
  return self;
}
