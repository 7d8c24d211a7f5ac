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
#include "fv-exchange-store.h"
#include "fv-notat.h"


struct _FvCouncilMemberEditor
{
  FvFormDialog     parent_instance;

  AdwEntryRow     *name_row;
  AdwEntryRow     *phone_row;
  AdwEntryRow     *email_row;
  AdwEntryRow     *organisation_row;
  AdwEntryRow     *role_row;
  AdwEntryRow     *term_start_row;
  AdwEntryRow     *term_end_row;

  FvCouncilMember *member;     /* as last written */
};

G_DEFINE_FINAL_TYPE (FvCouncilMemberEditor, fv_council_member_editor, FV_TYPE_FORM_DIALOG)


/* A date row: empty is no date; one that does not read is marked. */
static gboolean
read_date (AdwEntryRow  *row,
           char        **iso)
{
  g_autofree char *text = fv_form_dialog_entry_text (row);

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
  edited->name = fv_form_dialog_entry_text (self->name_row);
  edited->phone = fv_form_dialog_entry_text (self->phone_row);
  edited->email = fv_form_dialog_entry_text (self->email_row);
  edited->organisation = fv_form_dialog_entry_text (self->organisation_row);
  edited->role = fv_form_dialog_entry_text (self->role_row);

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
      fv_council_store_find_organisation (fv_form_dialog_get_database (FV_FORM_DIALOG (self)),
                                          edited->organisation) == 0)
    {
      fv_exchange_set_row_problem (GTK_WIDGET (self->organisation_row),
                                   _("Not in the register: write the organisation as the register names it."));
      return NULL;
    }
  if (!dates_read || problems->len > 0)
    return NULL;
  return g_steal_pointer (&edited);
}

static gboolean
fv_council_member_editor_save (FvFormDialog *dialog)
{
  FvCouncilMemberEditor *self = FV_COUNCIL_MEMBER_EDITOR (dialog);
  g_autoptr(FvCouncilMember) edited = read_rows (self);
  g_autoptr(GError) error = NULL;

  if (edited == NULL)
    return FALSE;
  if (!fv_council_store_update_member (fv_form_dialog_get_database (dialog), edited, &error))
    {
      fv_form_dialog_show_toast (dialog, error->message);
      return FALSE;
    }
  fv_council_member_free (self->member);
  self->member = g_steal_pointer (&edited);
  return TRUE;
}

static void
fill_rows (FvCouncilMemberEditor *self)
{
  g_autofree char *start = self->member->term_start != NULL ? fv_notat_format_date (self->member->term_start) : NULL;
  g_autofree char *end = self->member->term_end != NULL ? fv_notat_format_date (self->member->term_end) : NULL;

  fv_form_dialog_set_filling (FV_FORM_DIALOG (self), TRUE);
  fv_form_dialog_set_entry (self->name_row, self->member->name);
  fv_form_dialog_set_entry (self->phone_row, self->member->phone);
  fv_form_dialog_set_entry (self->email_row, self->member->email);
  fv_form_dialog_set_entry (self->organisation_row, self->member->organisation);
  fv_form_dialog_set_entry (self->role_row, self->member->role);
  fv_form_dialog_set_entry (self->term_start_row, start);
  fv_form_dialog_set_entry (self->term_end_row, end);
  fv_form_dialog_set_filling (FV_FORM_DIALOG (self), FALSE);
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

  object_class->finalize = fv_council_member_editor_finalize;
  FV_FORM_DIALOG_CLASS (klass)->save = fv_council_member_editor_save;
}

static void
fv_council_member_editor_init (FvCouncilMemberEditor *self)
{
  FvFormDialog *dialog = FV_FORM_DIALOG (self);
  AdwPreferencesGroup *person, *membership;

  gtk_window_set_title (GTK_WINDOW (self), _("Edit Member"));
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 640);

  person = fv_form_dialog_add_group (dialog, _("Person"),
                                     _("Personal data, kept once for the person: a phone number "
                                       "corrected here is corrected wherever the person is a contact."));
  self->name_row = fv_form_dialog_add_entry (dialog, person, _("Name"), NULL);
  self->phone_row = fv_form_dialog_add_entry (dialog, person, _("Phone"), NULL);
  self->email_row = fv_form_dialog_add_entry (dialog, person, _("E-mail"), NULL);
  membership = fv_form_dialog_add_group (dialog, _("Membership"), _("Changes are saved as you type."));
  self->organisation_row = fv_form_dialog_add_entry (dialog, membership,
                                                     _("Organisation represented (as in the register)"), NULL);
  self->role_row = fv_form_dialog_add_entry (dialog, membership, _("Role (e.g. leder, medlem, vara)"), NULL);
  self->term_start_row = fv_form_dialog_add_entry (dialog, membership, _("Term from (day.month.year)"), NULL);
  self->term_end_row = fv_form_dialog_add_entry (dialog, membership, _("Term to (day.month.year)"), NULL);
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
  fv_form_dialog_set_database (FV_FORM_DIALOG (self), database);
  self->member = fv_council_member_copy (member);
  fill_rows (self);
  return self;
}
