/* fv-council-member-editor.c — editing one member of a council or group
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The person's name, phone and e-mail (personal data, one row in `person`
 * wherever the person appears) and the membership: the organisation
 * represented, the role and the term. Like the group's own fields, what is
 * typed is written a moment after the typing stops, in one transaction, and
 * again when the window closes; a field that is wrong is marked beside it
 * and nothing is written until it is right.
 */

#define G_LOG_DOMAIN "fv-council-member-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "fv-agreement-dialog.h"
#include "fv-council-member-editor.h"
#include "fv-save-timer.h"
#include "fv-exchange-store.h"
#include "fv-notat.h"


struct _FvCouncilMemberEditor
{
  AdwWindow        parent_instance;

  AdwToastOverlay *toast_overlay;
  AdwEntryRow     *name_row;
  AdwEntryRow     *phone_row;
  AdwEntryRow     *email_row;
  AdwEntryRow     *organisation_row;
  AdwEntryRow     *role_row;
  AdwEntryRow     *term_start_row;
  AdwEntryRow     *term_end_row;

  FvDatabase      *database;
  FvCouncilMember *member;     /* as last written */
  FvSaveTimer      save_timer;
  gboolean         filling;
};

G_DEFINE_FINAL_TYPE (FvCouncilMemberEditor, fv_council_member_editor, ADW_TYPE_WINDOW)

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

/* A date row: empty is no date; one that does not read is marked. */
static gboolean
read_date (AdwEntryRow  *row,
           char        **iso)
{
  g_autofree char *text = entry_text (row);

  *iso = NULL;
  if (*text == '\0')
    return TRUE;
  *iso = fv_exchange_parse_date (text);
  if (*iso != NULL)
    return TRUE;
  fv_exchange_set_row_problem (GTK_WIDGET (row),
                               _("Write the date as day.month.year, for example 01.01.2024, or leave it empty."));
  return FALSE;
}

static AdwEntryRow *
row_for_field (FvCouncilMemberEditor *self,
               const char            *field)
{
  if (g_str_equal (field, "name"))
    return self->name_row;
  if (g_str_equal (field, "phone"))
    return self->phone_row;
  if (g_str_equal (field, "email"))
    return self->email_row;
  /* "term": both dates read, so it is their order; the end is what to fix */
  return self->term_end_row;
}

static void
clear_problems (FvCouncilMemberEditor *self)
{
  AdwEntryRow *rows[] = {
    self->name_row, self->phone_row, self->email_row, self->organisation_row,
    self->role_row, self->term_start_row, self->term_end_row,
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    fv_exchange_set_row_problem (GTK_WIDGET (rows[i]), NULL);
}

/* The member as the rows have it, with every problem marked beside its row;
 * NULL when there is one. */
static FvCouncilMember *
read_rows (FvCouncilMemberEditor *self)
{
  g_autoptr(FvCouncilMember) edited = fv_council_member_copy (self->member);
  g_autoptr(GPtrArray) problems = NULL;
  gboolean dates_read;

  g_clear_pointer (&edited->name, g_free);
  g_clear_pointer (&edited->phone, g_free);
  g_clear_pointer (&edited->email, g_free);
  g_clear_pointer (&edited->organisation, g_free);
  g_clear_pointer (&edited->role, g_free);
  g_clear_pointer (&edited->term_start, g_free);
  g_clear_pointer (&edited->term_end, g_free);
  edited->name = entry_text (self->name_row);
  edited->phone = entry_text (self->phone_row);
  edited->email = entry_text (self->email_row);
  edited->organisation = entry_text (self->organisation_row);
  edited->role = entry_text (self->role_row);

  clear_problems (self);
  dates_read = read_date (self->term_start_row, &edited->term_start);
  dates_read = read_date (self->term_end_row, &edited->term_end) && dates_read;
  problems = fv_council_member_check (edited);
  for (guint i = 0; i < problems->len; i++)
    {
      FvFieldProblem *problem = problems->pdata[i];

      fv_exchange_set_row_problem (GTK_WIDGET (row_for_field (self, problem->field)), problem->message);
    }
  if (*edited->organisation != '\0' &&
      fv_council_store_find_organisation (self->database, edited->organisation) == 0)
    {
      fv_exchange_set_row_problem (GTK_WIDGET (self->organisation_row),
                                   _("Not in the register: write the organisation as the register names it."));
      return NULL;
    }
  if (!dates_read || problems->len > 0)
    return NULL;
  return g_steal_pointer (&edited);
}

/**
 * fv_council_member_editor_save_now:
 *
 * Writes what the rows hold, if it is right.
 *
 * Returns: %TRUE when the member is stored as shown
 */
gboolean
fv_council_member_editor_save_now (FvCouncilMemberEditor *self)
{
  g_autoptr(FvCouncilMember) edited = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (FV_IS_COUNCIL_MEMBER_EDITOR (self), FALSE);

  fv_save_timer_cancel (&self->save_timer);
  edited = read_rows (self);
  if (edited == NULL)
    return FALSE;
  if (!fv_council_store_update_member (self->database, edited, &error))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return FALSE;
    }
  fv_council_member_free (self->member);
  self->member = g_steal_pointer (&edited);
  return TRUE;
}

static void
row_changed_cb (FvCouncilMemberEditor *self)
{
  if (self->filling)
    return;
  fv_save_timer_restart (&self->save_timer);
}

static gboolean
close_request_cb (FvCouncilMemberEditor *self)
{
  /* What was typed last is written too; a field still wrong stays as stored. */
  if (fv_save_timer_is_pending (&self->save_timer))
    fv_council_member_editor_save_now (self);
  return FALSE;
}

static AdwEntryRow *
add_entry (FvCouncilMemberEditor *self,
           AdwPreferencesGroup   *group,
           const char            *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  g_signal_connect_object (row, "changed", G_CALLBACK (row_changed_cb), self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (group, row);
  return ADW_ENTRY_ROW (row);
}

static void
fill_rows (FvCouncilMemberEditor *self)
{
  g_autofree char *start = self->member->term_start != NULL ? fv_notat_format_date (self->member->term_start) : NULL;
  g_autofree char *end = self->member->term_end != NULL ? fv_notat_format_date (self->member->term_end) : NULL;

  self->filling = TRUE;
  set_entry (self->name_row, self->member->name);
  set_entry (self->phone_row, self->member->phone);
  set_entry (self->email_row, self->member->email);
  set_entry (self->organisation_row, self->member->organisation);
  set_entry (self->role_row, self->member->role);
  set_entry (self->term_start_row, start);
  set_entry (self->term_end_row, end);
  self->filling = FALSE;
}

static void
fv_council_member_editor_dispose (GObject *object)
{
  FvCouncilMemberEditor *self = FV_COUNCIL_MEMBER_EDITOR (object);

  fv_save_timer_cancel (&self->save_timer);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (fv_council_member_editor_parent_class)->dispose (object);
}

static void
fv_council_member_editor_finalize (GObject *object)
{
  FvCouncilMemberEditor *self = FV_COUNCIL_MEMBER_EDITOR (object);

  g_clear_pointer (&self->member, fv_council_member_free);

  G_OBJECT_CLASS (fv_council_member_editor_parent_class)->finalize (object);
}

static void
fv_council_member_editor_class_init (FvCouncilMemberEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fv_council_member_editor_dispose;
  object_class->finalize = fv_council_member_editor_finalize;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fv_council_member_editor_init (FvCouncilMemberEditor *self)
{
  GtkWidget *box, *header, *done, *prefs;
  AdwPreferencesGroup *person, *membership;

  fv_save_timer_init (&self->save_timer, (FvSaveFunc) fv_council_member_editor_save_now, self);
  gtk_window_set_title (GTK_WINDOW (self), _("Edit Member"));
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 640);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  done = gtk_button_new_with_mnemonic (_("_Done"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (done), "window.close");
  gtk_widget_add_css_class (done, "suggested-action");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), done);
  gtk_box_append (GTK_BOX (box), header);

  prefs = adw_preferences_page_new ();
  gtk_widget_set_vexpand (prefs, TRUE);
  person = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (person, _("Person"));
  adw_preferences_group_set_description (person, _("Personal data, kept once for the person: a phone number "
                                                   "corrected here is corrected wherever the person is a contact."));
  self->name_row = add_entry (self, person, _("Name"));
  self->phone_row = add_entry (self, person, _("Phone"));
  self->email_row = add_entry (self, person, _("E-mail"));
  membership = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (membership, _("Membership"));
  adw_preferences_group_set_description (membership, _("Changes are saved as you type."));
  self->organisation_row = add_entry (self, membership, _("Organisation represented (as in the register)"));
  self->role_row = add_entry (self, membership, _("Role (e.g. leder, medlem, vara)"));
  self->term_start_row = add_entry (self, membership, _("Term from (day.month.year)"));
  self->term_end_row = add_entry (self, membership, _("Term to (day.month.year)"));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (prefs), person);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (prefs), membership);
  gtk_box_append (GTK_BOX (box), prefs);

  self->toast_overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toast_overlay, box);
  adw_window_set_content (ADW_WINDOW (self), GTK_WIDGET (self->toast_overlay));
  g_signal_connect (self, "close-request", G_CALLBACK (close_request_cb), NULL);
}

/**
 * fv_council_member_editor_new:
 * @member: a stored member, as fv_council_store_load() read it
 *
 * Returns: (transfer full): the editor, not yet presented
 */
FvCouncilMemberEditor *
fv_council_member_editor_new (GtkWindow             *parent,
                              FvDatabase            *database,
                              const FvCouncilMember *member)
{
  FvCouncilMemberEditor *self;

  g_return_val_if_fail (FV_IS_DATABASE (database), NULL);
  g_return_val_if_fail (member != NULL && member->id > 0, NULL);

  self = g_object_new (FV_TYPE_COUNCIL_MEMBER_EDITOR,
                       "transient-for", parent,
                       "destroy-with-parent", TRUE,
                       NULL);
  self->database = g_object_ref (database);
  self->member = fv_council_member_copy (member);
  fill_rows (self);
  return self;
}
