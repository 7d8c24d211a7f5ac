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
  FvFormDialog         parent_instance;

  AdwComboRow         *kind_row;
  AdwEntryRow         *date_row;
  AdwEntryRow         *place_row;
  GtkTextView         *notes_view;
  GArray              *innspill_rows; /* (element-type InnspillRows), as in meeting->innspill */

  FvMeeting           *meeting;       /* as last written */
};

G_DEFINE_FINAL_TYPE (FvCouncilMeetingEditor, fv_council_meeting_editor, FV_TYPE_FORM_DIALOG)

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
  innspill->text = fv_form_dialog_entry_text (rows->text_row);
  innspill->theme = fv_form_dialog_entry_text (rows->theme_row);
  innspill->organisation = fv_form_dialog_entry_text (rows->organisation_row);
  set_problem (rows->text_row, NULL);
  set_problem (rows->organisation_row, NULL);
  if (*innspill->text == '\0')
    {
      set_problem (rows->text_row, _("Write the input, or delete it from the group’s page."));
      right = FALSE;
    }
  if (*innspill->organisation != '\0' &&
      fv_council_store_find_organisation (fv_form_dialog_get_database (FV_FORM_DIALOG (self)),
                                          innspill->organisation) == 0)
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
  g_autofree char *date = fv_form_dialog_entry_text (self->date_row);
  gboolean right = TRUE;

  edited->kind = (FvMeetingKind) MIN (adw_combo_row_get_selected (self->kind_row), FV_MEETING_N_KINDS - 1);
  g_free (edited->date);
  edited->date = fv_exchange_parse_date (date);
  g_free (edited->place);
  edited->place = fv_form_dialog_entry_text (self->place_row);
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

static gboolean
fv_council_meeting_editor_save (FvFormDialog *dialog)
{
  FvCouncilMeetingEditor *self = FV_COUNCIL_MEETING_EDITOR (dialog);
  g_autoptr(FvMeeting) edited = read_rows (self);
  g_autoptr(GError) error = NULL;

  if (edited == NULL)
    return FALSE;
  if (!fv_council_store_update_meeting (fv_form_dialog_get_database (dialog), edited, &error))
    {
      fv_form_dialog_show_toast (dialog, error->message);
      return FALSE;
    }
  fv_meeting_free (self->meeting);
  self->meeting = g_steal_pointer (&edited);
  return TRUE;
}

static void
add_meeting_group (FvCouncilMeetingEditor *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autofree char *date = fv_notat_format_date (self->meeting->date);
  AdwPreferencesGroup *group = fv_form_dialog_add_group (FV_FORM_DIALOG (self), _("Meeting"),
                                                        _("Changes are saved as you type."));
  AdwPreferencesGroup *notes;
  GtkWidget *frame;

  for (guint i = 0; i < FV_MEETING_N_KINDS; i++)
    gtk_string_list_append (kinds, fv_meeting_kind_label ((FvMeetingKind) i));
  self->kind_row = g_object_new (ADW_TYPE_COMBO_ROW,
                                 "title", _("Kind of meeting"),
                                 "model", kinds,
                                 "selected", (guint) self->meeting->kind,
                                 NULL);
  g_signal_connect_object (self->kind_row, "notify::selected", G_CALLBACK (fv_form_dialog_changed), self,
                           G_CONNECT_SWAPPED);
  adw_preferences_group_add (group, GTK_WIDGET (self->kind_row));
  self->date_row = fv_form_dialog_add_entry (FV_FORM_DIALOG (self), group, _("Date (day.month.year)"), date);
  self->place_row = fv_form_dialog_add_entry (FV_FORM_DIALOG (self), group, _("Place"), self->meeting->place);

  /* Translators: a meeting's notes: what it was about, who came */
  notes = fv_form_dialog_add_group (FV_FORM_DIALOG (self), _("Notes"), NULL);
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
                           G_CALLBACK (fv_form_dialog_changed), self, G_CONNECT_SWAPPED);
  frame = gtk_frame_new (NULL);
  gtk_frame_set_child (GTK_FRAME (frame), GTK_WIDGET (self->notes_view));
  adw_preferences_group_add (notes, frame);
}

static void
add_innspill_group (FvCouncilMeetingEditor *self,
                    guint                   index,
                    const FvInnspill       *innspill)
{
  /* Translators: a heading in the meeting editor: "Input 2" of those given at the meeting */
  g_autofree char *title = g_strdup_printf (_("Input %u"), index + 1);
  AdwPreferencesGroup *group = fv_form_dialog_add_group (FV_FORM_DIALOG (self), title, NULL);
  InnspillRows rows;

  rows.text_row = fv_form_dialog_add_entry (FV_FORM_DIALOG (self), group, _("Text"), innspill->text);
  rows.theme_row = fv_form_dialog_add_entry (FV_FORM_DIALOG (self), group, _("Theme"), innspill->theme);
  rows.organisation_row = fv_form_dialog_add_entry (FV_FORM_DIALOG (self), group, _("Given by (organisation, as in the register)"),
                                     innspill->organisation);
  g_array_append_val (self->innspill_rows, rows);
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

  object_class->finalize = fv_council_meeting_editor_finalize;
  FV_FORM_DIALOG_CLASS (klass)->save = fv_council_meeting_editor_save;
}

static void
fv_council_meeting_editor_init (FvCouncilMeetingEditor *self)
{
  self->innspill_rows = g_array_new (FALSE, FALSE, sizeof (InnspillRows));
  gtk_window_set_title (GTK_WINDOW (self), _("Edit Meeting"));
  gtk_window_set_default_size (GTK_WINDOW (self), 600, 680);
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
  fv_form_dialog_set_database (FV_FORM_DIALOG (self), database);
  self->meeting = fv_meeting_copy (meeting);
  fv_form_dialog_set_filling (FV_FORM_DIALOG (self), TRUE);
  add_meeting_group (self);
  for (guint i = 0; i < self->meeting->innspill->len; i++)
    add_innspill_group (self, i, self->meeting->innspill->pdata[i]);
  fv_form_dialog_set_filling (FV_FORM_DIALOG (self), FALSE);
  return self;
}
