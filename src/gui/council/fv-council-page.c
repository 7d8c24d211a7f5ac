/* fv-council-page.c — the Council & groups area (frivillighetsråd, referansegrupper)
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A list of the councils and groups, and one group at a time: its name, kind
 * and description, saved a moment after the typing stops (a field that is
 * wrong is marked beside it), then its members as rows and its meetings with
 * the input (innspill) given there. A member is added in a small dialog:
 * name, phone and e-mail (personal data, kept in `person`), the organisation
 * represented (by its register name; one the register does not know is marked
 * beside the field), the role and the term; a member's row opens their
 * editor, a meeting's edit button the meeting's. Removing a member erases
 * their personal data unless someone else still points at them. A deleted
 * group comes back from the toast's Undo for a few seconds. Ctrl+P shows the
 * member list as the PDF it makes, made in a worker thread.
 */

#define G_LOG_DOMAIN "fv-council-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fv-agreement-dialog.h"
#include "fv-council-document.h"
#include "fv-council-meeting-editor.h"
#include "fv-council-member-editor.h"
#include "fv-council-page.h"
#include "fv-council-store.h"
#include "fv-exchange-store.h"
#include "fv-notat.h"

/* Long enough to notice the wrong group went and take it back. */
#define UNDO_TIMEOUT_S 10

struct _FvCouncilPage
{
  FvAreaPage           parent_instance;

  /* Template widgets */
  AdwPreferencesGroup *groups_group;
  GtkLabel            *group_title;
  AdwEntryRow         *name_row;
  AdwComboRow         *kind_row;
  GtkTextView         *description_view;
  AdwPreferencesGroup *members_group;
  GtkBox              *meetings_box;
  AdwComboRow         *meeting_kind_row;
  AdwEntryRow         *meeting_place_row;
  AdwEntryRow         *meeting_date_row;

  /* Owned references */
  FvCouncilGroup      *group;          /* the one shown, or NULL */
  FvCouncilGroup      *last_deleted;   /* for Undo while its toast shows, or NULL */
  guint                n_deleted;      /* which toast last_deleted belongs to */
  GPtrArray           *group_rows;
  GPtrArray           *member_rows;
  gboolean             filling;
};

G_DEFINE_FINAL_TYPE (FvCouncilPage, fv_council_page, FV_TYPE_AREA_PAGE)

static void
update_actions (FvCouncilPage *self)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  gboolean open = self->group != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "area.new", database != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "area.print", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "group.back", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "group.delete", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "group.add-member", open);
}

static char *
text_view_get_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
set_text (GtkEditable *editable,
          const char  *text)
{
  gtk_editable_set_text (editable, text != NULL ? text : "");
}

static char *
entry_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static GtkWidget *
flat_icon_button (const char *icon_name,
                  const char *tooltip)
{
  GtkWidget *button = g_object_new (GTK_TYPE_BUTTON,
                                    "valign", GTK_ALIGN_CENTER,
                                    "icon-name", icon_name,
                                    "tooltip-text", tooltip,
                                    NULL);

  /* GTK 4.8 gives the tooltip to screen readers as the description only: name it too. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

/* The list -------------------------------------------------------------------- */

static void
group_row_activated_cb (FvCouncilPage *self,
                        AdwActionRow  *row)
{
  fv_council_page_open_group (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "fv-id")));
}

static void
refresh_list (FvCouncilPage *self)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < self->group_rows->len; i++)
    adw_preferences_group_remove (self->groups_group, self->group_rows->pdata[i]);
  g_ptr_array_set_size (self->group_rows, 0);

  groups = fv_council_store_list (database, &error);
  if (groups == NULL)
    {
      fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
      return;
    }
  for (guint i = 0; i < groups->len; i++)
    {
      FvCouncilGroup *group = groups->pdata[i];
      g_autofree char *name = g_markup_escape_text (group->name, -1);
      g_autofree char *kind = g_markup_escape_text (fv_council_kind_label (group->kind), -1);
      GtkWidget *row = g_object_new (ADW_TYPE_ACTION_ROW,
                                     "title", name,
                                     "subtitle", kind,
                                     "activatable", TRUE,
                                     NULL);

      /* The chevron only shows that the row opens: decoration, not read out. */
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), g_object_new (GTK_TYPE_IMAGE,
                                                                     "icon-name", "go-next-symbolic",
                                                                     "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                                                     NULL));
      g_object_set_data (G_OBJECT (row), "fv-id", GSIZE_TO_POINTER ((gsize) group->id));
      g_signal_connect_object (row, "activated", G_CALLBACK (group_row_activated_cb), self, G_CONNECT_SWAPPED);
      adw_preferences_group_add (self->groups_group, row);
      g_ptr_array_add (self->group_rows, row);
    }
  fv_area_page_show_list (FV_AREA_PAGE (self), groups->len > 0);
}

/* Members ----------------------------------------------------------------------- */

static void
remove_member_clicked_cb (GtkButton     *button,
                          FvCouncilPage *self)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(GError) error = NULL;

  if (!fv_council_store_remove_member (database,
                                       GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "fv-id")), &error))
    fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
}

static void
member_row_activated_cb (AdwActionRow  *row,
                         FvCouncilPage *self)
{
  fv_council_page_edit_member (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "fv-id")));
}

static void
edit_member_clicked_cb (GtkButton     *button,
                        FvCouncilPage *self)
{
  fv_council_page_edit_member (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "fv-id")));
}

static GtkWidget *
member_row (FvCouncilPage   *self,
            FvCouncilMember *member)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *title = g_markup_escape_text (member->name, -1);
  g_autofree char *term = fv_council_member_format_term (member);
  g_autofree char *subtitle = NULL;
  g_autofree char *subtitle_markup = NULL;
  GtkWidget *row, *edit, *remove;

  if (!fv_text_is_blank (member->organisation))
    g_ptr_array_add (parts, g_strdup (member->organisation));
  if (!fv_text_is_blank (member->role))
    g_ptr_array_add (parts, g_strdup (member->role));
  if (*term != '\0' && fv_council_member_term_has_ended (member, NULL))
    /* Translators: a member's term that is over: "01.01.2020–31.12.2021 (ended)" */
    g_ptr_array_add (parts, g_strdup_printf (_("%s (ended)"), term));
  else if (*term != '\0')
    g_ptr_array_add (parts, g_strdup (term));
  g_ptr_array_add (parts, NULL);
  subtitle = g_strjoinv (" · ", (char **) parts->pdata);
  subtitle_markup = g_markup_escape_text (subtitle, -1);
  row = g_object_new (ADW_TYPE_ACTION_ROW,
                      "title", title,
                      "subtitle", subtitle_markup,
                      "activatable", TRUE,
                      "tooltip-text", _("Edit this member"),
                      NULL);
  /* A member whose term is over is still listed, but reads as past. */
  if (fv_council_member_term_has_ended (member, NULL))
    gtk_widget_add_css_class (row, "dim-label");
  g_object_set_data (G_OBJECT (row), "fv-id", GSIZE_TO_POINTER ((gsize) member->id));
  g_signal_connect_object (row, "activated", G_CALLBACK (member_row_activated_cb), self, 0);
  edit = flat_icon_button ("document-edit-symbolic", _("Edit this member"));
  g_object_set_data (G_OBJECT (edit), "fv-id", GSIZE_TO_POINTER ((gsize) member->id));
  g_signal_connect_object (edit, "clicked", G_CALLBACK (edit_member_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), edit);
  remove = flat_icon_button ("user-trash-symbolic", _("Remove this member and erase their personal data"));
  g_object_set_data (G_OBJECT (remove), "fv-id", GSIZE_TO_POINTER ((gsize) member->id));
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_member_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

/* Meetings ----------------------------------------------------------------------- */

static void
delete_meeting_clicked_cb (GtkButton     *button,
                           FvCouncilPage *self)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(GError) error = NULL;

  if (!fv_council_store_delete_meeting (database,
                                        GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "fv-id")), &error))
    fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
}

static void
delete_innspill_clicked_cb (GtkButton     *button,
                            FvCouncilPage *self)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(GError) error = NULL;

  if (!fv_council_store_delete_innspill (database,
                                         GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "fv-id")), &error))
    fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
}

static void
new_innspill_apply_cb (AdwEntryRow   *row,
                       FvCouncilPage *self)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(FvInnspill) innspill = fv_innspill_new ();
  g_autoptr(GError) error = NULL;

  innspill->meeting_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "fv-id"));
  innspill->text = entry_text (row);
  if (*innspill->text == '\0')
    return;
  if (!fv_council_store_add_innspill (database, innspill, &error))
    {
      fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (row), "");
}

static void
edit_meeting_cb (GtkWidget     *widget,
                 FvCouncilPage *self)
{
  fv_council_page_edit_meeting (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (widget), "fv-id")));
}

static GtkWidget *
meeting_group (FvCouncilPage *self,
               FvMeeting     *meeting)
{
  g_autofree char *date = fv_notat_format_date (meeting->date);
  g_autofree char *title = NULL;
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *remove = flat_icon_button ("user-trash-symbolic", _("Delete this meeting and its input"));
  GtkWidget *edit = flat_icon_button ("document-edit-symbolic", _("Edit this meeting and its input"));
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *entry;

  if (!fv_text_is_blank (meeting->place))
    /* Translators: a meeting's heading: "Café dialogue 04.09.2019, Vinje" */
    title = g_strdup_printf (_("%s %s, %s"), fv_meeting_kind_label (meeting->kind), date, meeting->place);
  else
    /* Translators: a meeting's heading: "Meeting 04.09.2019" */
    title = g_strdup_printf (_("%s %s"), fv_meeting_kind_label (meeting->kind), date);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (!fv_text_is_blank (meeting->notes))
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), meeting->notes);
  g_object_set_data (G_OBJECT (remove), "fv-id", GSIZE_TO_POINTER ((gsize) meeting->id));
  g_signal_connect_object (remove, "clicked", G_CALLBACK (delete_meeting_clicked_cb), self, 0);
  g_object_set_data (G_OBJECT (edit), "fv-id", GSIZE_TO_POINTER ((gsize) meeting->id));
  g_signal_connect_object (edit, "clicked", G_CALLBACK (edit_meeting_cb), self, 0);
  gtk_box_append (GTK_BOX (buttons), edit);
  gtk_box_append (GTK_BOX (buttons), remove);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), buttons);

  for (guint i = 0; i < meeting->innspill->len; i++)
    {
      FvInnspill *innspill = meeting->innspill->pdata[i];
      g_autofree char *text = g_markup_escape_text (innspill->text, -1);
      g_autofree char *theme = g_markup_escape_text (innspill->theme != NULL ? innspill->theme : "", -1);
      GtkWidget *row = g_object_new (ADW_TYPE_ACTION_ROW,
                                     "title", text,
                                     "subtitle", theme,
                                     "title-lines", 3,
                                     "activatable", TRUE,
                                     "tooltip-text", _("Edit this meeting and its input"),
                                     NULL);
      GtkWidget *delete = flat_icon_button ("edit-delete-symbolic", _("Delete this input"));

      /* The input is edited with its meeting, in one window. */
      g_object_set_data (G_OBJECT (row), "fv-id", GSIZE_TO_POINTER ((gsize) meeting->id));
      g_signal_connect_object (row, "activated", G_CALLBACK (edit_meeting_cb), self, 0);

      g_object_set_data (G_OBJECT (delete), "fv-id", GSIZE_TO_POINTER ((gsize) innspill->id));
      g_signal_connect_object (delete, "clicked", G_CALLBACK (delete_innspill_clicked_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), delete);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  entry = g_object_new (ADW_TYPE_ENTRY_ROW,
                        /* Translators: an entry under a meeting for one more input (innspill) */
                        "title", _("New input"),
                        "show-apply-button", TRUE,
                        NULL);
  g_object_set_data (G_OBJECT (entry), "fv-id", GSIZE_TO_POINTER ((gsize) meeting->id));
  g_signal_connect_object (entry, "apply", G_CALLBACK (new_innspill_apply_cb), self, 0);
  g_signal_connect_object (entry, "entry-activated", G_CALLBACK (new_innspill_apply_cb), self, 0);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), entry);
  return group;
}

static void
fill_members_and_meetings (FvCouncilPage *self)
{
  GtkWidget *child;

  for (guint i = 0; i < self->member_rows->len; i++)
    adw_preferences_group_remove (self->members_group, self->member_rows->pdata[i]);
  g_ptr_array_set_size (self->member_rows, 0);
  adw_preferences_group_set_description (self->members_group,
                                         self->group->members->len == 0 ? _("No members yet.") : NULL);
  for (guint i = 0; i < self->group->members->len; i++)
    {
      GtkWidget *row = member_row (self, self->group->members->pdata[i]);

      adw_preferences_group_add (self->members_group, row);
      g_ptr_array_add (self->member_rows, row);
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->meetings_box))) != NULL)
    gtk_box_remove (self->meetings_box, child);
  for (guint i = 0; i < self->group->meetings->len; i++)
    gtk_box_append (self->meetings_box, meeting_group (self, self->group->meetings->pdata[i]));
}

/* Reloads the members and meetings; the group's own fields stay as typed. */
static void
reload (FvCouncilPage *self)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(GError) error = NULL;
  FvCouncilGroup *loaded;

  if (self->group == NULL)
    return;
  loaded = fv_council_store_load (database, self->group->id, &error);
  if (loaded == NULL)
    return;
  g_clear_pointer (&self->group->members, g_ptr_array_unref);
  g_clear_pointer (&self->group->meetings, g_ptr_array_unref);
  self->group->members = g_steal_pointer (&loaded->members);
  self->group->meetings = g_steal_pointer (&loaded->meetings);
  fv_council_group_free (loaded);
  fill_members_and_meetings (self);
}

static void
new_meeting_apply_cb (FvCouncilPage *self)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(FvMeeting) meeting = fv_meeting_new ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = entry_text (self->meeting_date_row);

  if (self->group == NULL || *date == '\0')
    return;
  meeting->group_id = self->group->id;
  meeting->kind = (FvMeetingKind) MIN (adw_combo_row_get_selected (self->meeting_kind_row),
                                       FV_MEETING_KIND_EVENING_CONFERENCE);
  meeting->date = fv_exchange_parse_date (date);
  meeting->place = entry_text (self->meeting_place_row);
  fv_exchange_set_row_problem (GTK_WIDGET (self->meeting_date_row), NULL);
  problems = fv_meeting_check (meeting);
  if (problems->len > 0)
    {
      fv_exchange_set_row_problem (GTK_WIDGET (self->meeting_date_row),
                                   ((FvFieldProblem *) problems->pdata[0])->message);
      return;
    }
  if (!fv_council_store_add_meeting (database, meeting, &error))
    {
      fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->meeting_date_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->meeting_place_row), "");
  fv_area_page_reload_now (FV_AREA_PAGE (self));
}

/* The group's own fields -------------------------------------------------------- */

static void
fill_editor (FvCouncilPage *self)
{
  self->filling = TRUE;
  set_text (GTK_EDITABLE (self->name_row), self->group->name);
  adw_combo_row_set_selected (self->kind_row, self->group->kind);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->description_view),
                            self->group->description != NULL ? self->group->description : "", -1);
  gtk_label_set_label (self->group_title, self->group->name);
  fv_exchange_set_row_problem (GTK_WIDGET (self->name_row), NULL);
  fv_exchange_set_row_problem (GTK_WIDGET (self->meeting_date_row), NULL);
  set_text (GTK_EDITABLE (self->meeting_date_row), NULL);
  set_text (GTK_EDITABLE (self->meeting_place_row), NULL);
  self->filling = FALSE;
  fill_members_and_meetings (self);
}

static gboolean
save_now (FvCouncilPage *self)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(FvCouncilGroup) edited = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  fv_area_page_cancel_save (FV_AREA_PAGE (self));
  if (self->group == NULL || database == NULL)
    return FALSE;
  edited = fv_council_group_new ();
  edited->id = self->group->id;
  edited->name = entry_text (self->name_row);
  edited->kind = (FvCouncilKind) MIN (adw_combo_row_get_selected (self->kind_row), FV_COUNCIL_KIND_REFERENCE_GROUP);
  edited->description = text_view_get_text (self->description_view);
  fv_exchange_set_row_problem (GTK_WIDGET (self->name_row), NULL);
  problems = fv_council_group_check (edited);
  if (problems->len > 0)
    {
      fv_exchange_set_row_problem (GTK_WIDGET (self->name_row), ((FvFieldProblem *) problems->pdata[0])->message);
      return FALSE;
    }
  if (!fv_council_store_save (database, edited, &error))
    {
      fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
      return FALSE;
    }
  g_free (self->group->name);
  self->group->name = g_steal_pointer (&edited->name);
  self->group->kind = edited->kind;
  g_free (self->group->description);
  self->group->description = g_steal_pointer (&edited->description);
  gtk_label_set_label (self->group_title, self->group->name);
  return TRUE;
}

static void
field_changed_cb (FvCouncilPage *self)
{
  if (self->filling || self->group == NULL)
    return;
  fv_area_page_save_later (FV_AREA_PAGE (self));
}

/* The member dialog ------------------------------------------------------------- */

typedef struct
{
  FvCouncilPage *page;
  GtkWindow     *window;
  AdwEntryRow   *name_row;
  AdwEntryRow   *phone_row;
  AdwEntryRow   *email_row;
  AdwEntryRow   *organisation_row;
  AdwEntryRow   *role_row;
  AdwEntryRow   *term_row;
} MemberDialog;

static void
member_dialog_free (gpointer data)
{
  MemberDialog *dialog = data;

  g_object_unref (dialog->page);
  g_free (dialog);
}

static AdwEntryRow *
dialog_entry (AdwPreferencesGroup *group,
              const char          *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  adw_preferences_group_add (group, row);
  return ADW_ENTRY_ROW (row);
}

/* Marks an organisation the register does not know, as it is typed. */
static void
organisation_changed_cb (GtkEditable  *editable,
                         MemberDialog *dialog)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (dialog->page));
  g_autofree char *name = entry_text (dialog->organisation_row);

  if (*name == '\0' || fv_council_store_find_organisation (database, name) > 0)
    fv_exchange_set_row_problem (GTK_WIDGET (dialog->organisation_row), NULL);
  else
    fv_exchange_set_row_problem (GTK_WIDGET (dialog->organisation_row),
                                 _("Not in the register: write the organisation as the register names it."));
}

/* "01.01.2024–31.12.2025": either side may be left out. A date that does not
 * read is kept as typed, so the check names it. */
static void
parse_term (const char       *text,
            FvCouncilMember  *member)
{
  g_auto(GStrv) parts = NULL;
  const char *sides[2] = { NULL, NULL };
  char **targets[2] = { &member->term_start, &member->term_end };
  char *dash;
  g_autofree char *copy = g_strdup (text);

  if ((dash = strstr (copy, "–")) != NULL)
    {
      *dash = '\0';
      sides[0] = copy;
      sides[1] = dash + strlen ("–");
    }
  else if ((dash = strchr (copy, '-')) != NULL)
    {
      *dash = '\0';
      sides[0] = copy;
      sides[1] = dash + 1;
    }
  else
    sides[0] = copy;
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *side = g_strstrip (g_strdup (sides[i] != NULL ? sides[i] : ""));

      if (*side == '\0')
        continue;
      *targets[i] = fv_exchange_parse_date (side);
      if (*targets[i] == NULL)
        *targets[i] = g_strdup (side);
    }
}

static void
dialog_save (GSimpleAction *simple,
             GVariant      *parameter,
             gpointer       user_data)
{
  MemberDialog *dialog = user_data;
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (dialog->page));
  g_autoptr(FvCouncilMember) member = fv_council_member_new ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *term = entry_text (dialog->term_row);

  if (dialog->page->group == NULL)
    return;
  member->group_id = dialog->page->group->id;
  member->name = entry_text (dialog->name_row);
  member->phone = entry_text (dialog->phone_row);
  member->email = entry_text (dialog->email_row);
  member->organisation = entry_text (dialog->organisation_row);
  member->role = entry_text (dialog->role_row);
  parse_term (term, member);
  fv_exchange_set_row_problem (GTK_WIDGET (dialog->name_row), NULL);
  fv_exchange_set_row_problem (GTK_WIDGET (dialog->phone_row), NULL);
  fv_exchange_set_row_problem (GTK_WIDGET (dialog->email_row), NULL);
  fv_exchange_set_row_problem (GTK_WIDGET (dialog->term_row), NULL);
  problems = fv_council_member_check (member);
  for (guint i = 0; i < problems->len; i++)
    {
      FvFieldProblem *problem = problems->pdata[i];
      AdwEntryRow *row = dialog->term_row;

      if (g_str_equal (problem->field, "name"))
        row = dialog->name_row;
      else if (g_str_equal (problem->field, "phone"))
        row = dialog->phone_row;
      else if (g_str_equal (problem->field, "email"))
        row = dialog->email_row;
      fv_exchange_set_row_problem (GTK_WIDGET (row), problem->message);
    }
  if (problems->len > 0)
    return;
  if (!fv_council_store_add_member (database, member, &error))
    {
      /* Every other problem is caught above: what is left is an organisation the register does not know. */
      fv_exchange_set_row_problem (GTK_WIDGET (dialog->organisation_row), error->message);
      return;
    }
  gtk_window_destroy (dialog->window);
}

static void
dialog_cancel (GSimpleAction *simple,
               GVariant      *parameter,
               gpointer       user_data)
{
  MemberDialog *dialog = user_data;

  gtk_window_destroy (dialog->window);
}

/* Actions ------------------------------------------------------------------------ */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  FvCouncilPage *self = FV_COUNCIL_PAGE (widget);
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(FvCouncilGroup) group = fv_council_group_new ();
  g_autoptr(GError) error = NULL;

  if (database == NULL)
    return;
  save_now (self);
  group->name = g_strdup (_("New group"));
  group->kind = FV_COUNCIL_KIND_REFERENCE_GROUP;
  if (!fv_council_store_save (database, group, &error))
    {
      fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
      return;
    }
  fv_council_page_open_group (self, group->id);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  gtk_editable_select_region (GTK_EDITABLE (self->name_row), 0, -1);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FvCouncilPage *self = FV_COUNCIL_PAGE (widget);

  save_now (self);
  g_clear_pointer (&self->group, fv_council_group_free);
  refresh_list (self);
  update_actions (self);
}

static void
undo_clicked_cb (AdwToast      *toast,
                 FvCouncilPage *self)
{
  fv_council_page_undo_delete (self);
}

/* Once the toast is gone the group cannot come back: drop the copy, which
 * holds the members' personal data that the delete erased. */
static void
undo_dismissed_cb (AdwToast      *toast,
                   FvCouncilPage *self)
{
  if (GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (toast), "fv-deleted")) == self->n_deleted)
    g_clear_pointer (&self->last_deleted, fv_council_group_free);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FvCouncilPage *self = FV_COUNCIL_PAGE (widget);
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(FvCouncilGroup) deleted = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (self->group == NULL || database == NULL)
    return;
  if (fv_area_page_save_pending (FV_AREA_PAGE (self)))
    save_now (self);
  /* What Undo puts back is what the database holds, read just before. */
  deleted = fv_council_store_load (database, self->group->id, &error);
  if (deleted == NULL || !fv_council_store_delete (database, self->group->id, &error))
    {
      fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
      return;
    }
  g_clear_pointer (&self->group, fv_council_group_free);
  g_clear_pointer (&self->last_deleted, fv_council_group_free);
  self->last_deleted = g_steal_pointer (&deleted);
  refresh_list (self);
  update_actions (self);

  /* Translators: a toast; %s is the group's name */
  message = g_strdup_printf (_("“%s” deleted"), self->last_deleted->name);
  toast = fv_area_page_undo_toast (FV_AREA_PAGE (self), message, UNDO_TIMEOUT_S,
                                   G_CALLBACK (undo_clicked_cb));
  g_object_set_data (G_OBJECT (toast), "fv-deleted", GUINT_TO_POINTER (++self->n_deleted));
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (undo_dismissed_cb), self, 0);
  fv_area_page_show_toast (FV_AREA_PAGE (self), toast);
}

static void
add_member_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  fv_council_page_add_member (FV_COUNCIL_PAGE (widget));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  fv_council_page_preview (FV_COUNCIL_PAGE (widget));
}

/* Runs in the preview's worker thread, on a copy of the group taken when the
 * preview opened: the page may go on changing its own meanwhile. */
static FvDocument *
produce_member_list (gpointer       user_data,
                     GCancellable  *cancellable,
                     GError       **error)
{
  return fv_council_document_new (user_data);
}

/* Reads the group and fills the page with it. */
static gboolean
open_record (FvAreaPage  *page,
             gint64       id,
             GError     **error)
{
  FvCouncilPage *self = FV_COUNCIL_PAGE (page);
  FvCouncilGroup *group = fv_council_store_load (fv_area_page_get_database (page), id, error);

  if (group == NULL)
    return FALSE;
  g_clear_pointer (&self->group, fv_council_group_free);
  self->group = group;
  fill_editor (self);
  return TRUE;
}

/* GObject ------------------------------------------------------------------------ */

static void
fv_council_page_finalize (GObject *object)
{
  FvCouncilPage *self = FV_COUNCIL_PAGE (object);

  g_clear_pointer (&self->group, fv_council_group_free);
  g_clear_pointer (&self->last_deleted, fv_council_group_free);
  g_clear_pointer (&self->group_rows, g_ptr_array_unref);
  g_clear_pointer (&self->member_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (fv_council_page_parent_class)->finalize (object);
}

static void
fv_council_page_class_init (FvCouncilPageClass *klass)
{
  static const char * const tables[] = { "council", NULL };
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  FvAreaPageClass *area_class = FV_AREA_PAGE_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = fv_council_page_finalize;

  area_class->tables = tables;
  area_class->record_view = "group";
  area_class->open = open_record;
  area_class->refresh = (void (*) (FvAreaPage *)) refresh_list;
  area_class->reload = (void (*) (FvAreaPage *)) reload;
  area_class->update_actions = (void (*) (FvAreaPage *)) update_actions;
  area_class->get_open_id = (gint64 (*) (FvAreaPage *)) fv_council_page_get_group_id;
  area_class->save_now = (gboolean (*) (FvAreaPage *)) save_now;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/council/fv-council-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FvCouncilPage, groups_group);
  gtk_widget_class_bind_template_child (widget_class, FvCouncilPage, group_title);
  gtk_widget_class_bind_template_child (widget_class, FvCouncilPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, FvCouncilPage, kind_row);
  gtk_widget_class_bind_template_child (widget_class, FvCouncilPage, description_view);
  gtk_widget_class_bind_template_child (widget_class, FvCouncilPage, members_group);
  gtk_widget_class_bind_template_child (widget_class, FvCouncilPage, meetings_box);
  gtk_widget_class_bind_template_child (widget_class, FvCouncilPage, meeting_kind_row);
  gtk_widget_class_bind_template_child (widget_class, FvCouncilPage, meeting_place_row);
  gtk_widget_class_bind_template_child (widget_class, FvCouncilPage, meeting_date_row);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, new_meeting_apply_cb);

  gtk_widget_class_install_action (widget_class, "area.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "area.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "group.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "group.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "group.add-member", NULL, add_member_action);
}

static void
fv_council_page_init (FvCouncilPage *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) meeting_kinds = gtk_string_list_new (NULL);

  self->filling = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->group_rows = g_ptr_array_new ();
  self->member_rows = g_ptr_array_new ();
  for (guint i = 0; i < FV_COUNCIL_N_KINDS; i++)
    gtk_string_list_append (kinds, fv_council_kind_label ((FvCouncilKind) i));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  for (guint i = 0; i < FV_MEETING_N_KINDS; i++)
    gtk_string_list_append (meeting_kinds, fv_meeting_kind_label ((FvMeetingKind) i));
  adw_combo_row_set_model (self->meeting_kind_row, G_LIST_MODEL (meeting_kinds));
  g_signal_connect_object (gtk_text_view_get_buffer (self->description_view), "changed",
                           G_CALLBACK (field_changed_cb), self, G_CONNECT_SWAPPED);
  self->filling = FALSE;
  update_actions (self);
}

/* Public API ------------------------------------------------------------------------ */

/* What the page shows: "loading", "empty", "list" or "group". */
const char *
fv_council_page_get_view (FvCouncilPage *self)
{
  return fv_area_page_get_view (FV_AREA_PAGE (self));
}

gint64
fv_council_page_get_group_id (FvCouncilPage *self)
{
  g_return_val_if_fail (FV_IS_COUNCIL_PAGE (self), 0);

  return self->group != NULL ? self->group->id : 0;
}

void
fv_council_page_open_group (FvCouncilPage *self,
                            gint64         group_id)
{
  fv_area_page_open (FV_AREA_PAGE (self), group_id);
}

gboolean
fv_council_page_save_now (FvCouncilPage *self)
{
  return fv_area_page_save_now (FV_AREA_PAGE (self));
}

/**
 * fv_council_page_add_member:
 *
 * Opens the small dialog for a new member of the group shown; its
 * "dialog.save" and "dialog.cancel" actions are its buttons.
 *
 * Returns: (transfer none) (nullable): the dialog, already presented
 */
GtkWindow *
fv_council_page_add_member (FvCouncilPage *self)
{
  static const GActionEntry entries[] = {
    { "save", dialog_save },
    { "cancel", dialog_cancel },
  };
  g_autoptr(GSimpleActionGroup) actions = g_simple_action_group_new ();
  MemberDialog *dialog;
  GtkWidget *window, *box, *header, *cancel, *save, *prefs;
  GtkEventController *escape;
  AdwPreferencesGroup *person, *membership;

  g_return_val_if_fail (FV_IS_COUNCIL_PAGE (self), NULL);

  if (self->group == NULL)
    return NULL;

  dialog = g_new0 (MemberDialog, 1);
  dialog->page = g_object_ref (self);
  window = g_object_new (ADW_TYPE_WINDOW,
                         "modal", TRUE,
                         "transient-for", fv_area_page_get_parent_window (FV_AREA_PAGE (self)),
                         "default-width", 560,
                         "title", _("New Member"),
                         "destroy-with-parent", TRUE,
                         NULL);
  dialog->window = GTK_WINDOW (window);
  g_object_set_data_full (G_OBJECT (window), "fv-dialog", dialog, member_dialog_free);
  g_action_map_add_action_entries (G_ACTION_MAP (actions), entries, G_N_ELEMENTS (entries), dialog);
  gtk_widget_insert_action_group (window, "dialog", G_ACTION_GROUP (actions));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "dialog.cancel");
  save = gtk_button_new_with_mnemonic (_("_Add"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (save), "dialog.save");
  gtk_widget_add_css_class (save, "suggested-action");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  gtk_box_append (GTK_BOX (box), header);
  /* Enter in a field saves, Escape cancels, as in the other dialogs. */
  gtk_window_set_default_widget (GTK_WINDOW (window), save);
  escape = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (escape),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("dialog.cancel")));
  gtk_widget_add_controller (window, escape);

  prefs = adw_preferences_page_new ();
  gtk_widget_set_vexpand (prefs, TRUE);
  person = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (person, _("Person"));
  adw_preferences_group_set_description (person, _("Personal data: erased when the member is removed, "
                                                   "unless the person is also a contact elsewhere."));
  dialog->name_row = dialog_entry (person, _("Name"));
  dialog->phone_row = dialog_entry (person, _("Phone"));
  dialog->email_row = dialog_entry (person, _("E-mail"));
  membership = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (membership, _("Membership"));
  dialog->organisation_row = dialog_entry (membership, _("Organisation represented (as in the register)"));
  dialog->role_row = dialog_entry (membership, _("Role (e.g. leder, medlem, vara)"));
  dialog->term_row = dialog_entry (membership, _("Term (day.month.year–day.month.year)"));
  g_signal_connect (dialog->organisation_row, "changed", G_CALLBACK (organisation_changed_cb), dialog);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (prefs), person);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (prefs), membership);
  gtk_box_append (GTK_BOX (box), prefs);
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 560, 600);
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_grab_focus (GTK_WIDGET (dialog->name_row));
  return GTK_WINDOW (window);
}

/**
 * fv_council_page_preview:
 *
 * Saves the group, makes its member list and opens it in a preview window,
 * with Save as PDF… and Print….
 *
 * Returns: (transfer none) (nullable): the preview window, already presented
 */
FvPreviewWindow *
fv_council_page_preview (FvCouncilPage *self)
{
  g_autofree char *file_name = NULL;
  g_autofree char *safe = NULL;

  g_return_val_if_fail (FV_IS_COUNCIL_PAGE (self), NULL);

  if (self->group == NULL)
    return NULL;
  if (fv_area_page_save_pending (FV_AREA_PAGE (self)) && !save_now (self))
    fv_area_page_show_message (FV_AREA_PAGE (self),
                               _("Some fields are not right yet: the preview shows the group as last saved."));
  safe = g_strdelimit (g_strdup (self->group->name), "/\\:", '-');
  file_name = g_strdup_printf ("%s.pdf", safe);
  return fv_area_page_preview (FV_AREA_PAGE (self), self->group->name, file_name, produce_member_list,
                               fv_council_group_copy (self->group), (GDestroyNotify) fv_council_group_free);
}

/**
 * fv_council_page_undo_delete:
 *
 * What the toast's Undo does: puts the group deleted last back with its
 * members, meetings and input, and opens it.
 *
 * Returns: %TRUE when there was one to put back
 */
gboolean
fv_council_page_undo_delete (FvCouncilPage *self)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(FvCouncilGroup) group = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (FV_IS_COUNCIL_PAGE (self), FALSE);

  group = g_steal_pointer (&self->last_deleted);
  if (group == NULL || database == NULL)
    return FALSE;
  if (!fv_council_store_restore (database, group, &error))
    {
      fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
      return FALSE;
    }
  fv_council_page_open_group (self, group->id);
  return TRUE;
}

static FvCouncilMember *
find_member (FvCouncilGroup *group,
             gint64          member_id)
{
  for (guint i = 0; i < group->members->len; i++)
    if (((FvCouncilMember *) group->members->pdata[i])->id == member_id)
      return group->members->pdata[i];
  return NULL;
}

static FvMeeting *
find_meeting (FvCouncilGroup *group,
              gint64          meeting_id)
{
  for (guint i = 0; i < group->meetings->len; i++)
    if (((FvMeeting *) group->meetings->pdata[i])->id == meeting_id)
      return group->meetings->pdata[i];
  return NULL;
}

/**
 * fv_council_page_edit_member:
 *
 * Opens the editor of a member of the group shown.
 *
 * Returns: (transfer none) (nullable): the editor, already presented
 */
GtkWindow *
fv_council_page_edit_member (FvCouncilPage *self,
                             gint64         member_id)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  FvCouncilMember *member;
  FvCouncilMemberEditor *editor;

  g_return_val_if_fail (FV_IS_COUNCIL_PAGE (self), NULL);

  if (self->group == NULL || (member = find_member (self->group, member_id)) == NULL)
    return NULL;
  editor = fv_council_member_editor_new (fv_area_page_get_parent_window (FV_AREA_PAGE (self)),
                                         database, member);
  gtk_window_present (GTK_WINDOW (editor));
  return GTK_WINDOW (editor);
}

/**
 * fv_council_page_edit_meeting:
 *
 * Opens the editor of a meeting of the group shown, with its input.
 *
 * Returns: (transfer none) (nullable): the editor, already presented
 */
GtkWindow *
fv_council_page_edit_meeting (FvCouncilPage *self,
                              gint64         meeting_id)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  FvMeeting *meeting;
  FvCouncilMeetingEditor *editor;

  g_return_val_if_fail (FV_IS_COUNCIL_PAGE (self), NULL);

  if (self->group == NULL || (meeting = find_meeting (self->group, meeting_id)) == NULL)
    return NULL;
  editor = fv_council_meeting_editor_new (fv_area_page_get_parent_window (FV_AREA_PAGE (self)),
                                          database, meeting);
  gtk_window_present (GTK_WINDOW (editor));
  return GTK_WINDOW (editor);
}
