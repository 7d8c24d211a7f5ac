/* fv-people-window.c — see and erase the personal data of one person (GDPR)
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A municipality must show a person everything it stores about them (innsyn)
 * and erase it when asked. The window lists the people stored, searchable by
 * name, and shows one person's data with every place it is used; Save
 * Report… writes the innsyn report as a text file, Erase… removes the person
 * and every link to them after saying what goes. The list is read in a worker
 * thread and read again whenever the database says people, organisations or
 * groups changed, so it never shows someone who was erased elsewhere.
 */

#define G_LOG_DOMAIN "fv-people-window"

#include "config.h"

#include <glib/gi18n.h>

#include "fv-people-window.h"
#include "fv-person-store.h"

struct _FvPeopleWindow
{
  AdwWindow             parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkSearchEntry       *search_entry;
  GtkStack             *list_stack;
  GtkListBox           *people_list;
  AdwStatusPage        *nobody_page;
  GtkStack             *detail_stack;
  AdwActionRow         *name_row;
  AdwActionRow         *phone_row;
  AdwActionRow         *email_row;
  AdwActionRow         *notes_row;
  AdwActionRow         *created_row;
  AdwActionRow         *updated_row;
  GtkListBox           *links_list;

  /* Owned references */
  FvDatabase           *database;
  GCancellable         *list_cancellable;
  GPtrArray            *people;      /* (element-type FvPerson): what the list shows */
  GtkFileChooserNative *chooser;

  gint64                selected_id; /* kept across reloads of the list */
  gboolean              loading;
  gboolean              repopulating;
  guint                 saving;
};

G_DEFINE_FINAL_TYPE (FvPeopleWindow, fv_people_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_toast (FvPeopleWindow *self,
            const char     *title)
{
  /* A toast's title is markup: names and file names may hold "&". */
  g_autofree char *escaped = g_markup_escape_text (title, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

static const FvPerson *
selected_person (FvPeopleWindow *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->people_list);

  return row != NULL ? g_object_get_data (G_OBJECT (row), "person") : NULL;
}

static void
update_actions (FvPeopleWindow *self)
{
  gboolean any = selected_person (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "people.save-report", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "people.erase", any);
}

/* One person's details ------------------------------------------------------- */

static void
set_value (AdwActionRow *row,
           const char   *value)
{
  gboolean blank = value == NULL || *value == '\0';

  adw_action_row_set_subtitle (row, blank ? _("Not stored") : value);
}

static void
remove_all_rows (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
show_links (FvPeopleWindow *self,
            const FvPerson *person)
{
  remove_all_rows (self->links_list);

  if (person->links->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("Nowhere: neither a contact of an organisation nor a member of a group"));
      gtk_list_box_append (self->links_list, row);
      return;
    }

  for (guint i = 0; i < person->links->len; i++)
    {
      const FvPersonLink *link = g_ptr_array_index (person->links, i);
      g_autofree char *text = fv_person_link_describe (link);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
      adw_action_row_set_icon_name (ADW_ACTION_ROW (row), link->kind == FV_PERSON_LINK_CONTACT
                                                          ? "x-office-address-book-symbolic"
                                                          : "system-users-symbolic");
      gtk_list_box_append (self->links_list, row);
    }
}

static void
show_person (FvPeopleWindow *self,
             const FvPerson *person)
{
  g_autofree char *created = NULL;
  g_autofree char *updated = NULL;

  if (person == NULL)
    {
      gtk_stack_set_visible_child_name (self->detail_stack, "empty");
      return;
    }

  created = fv_person_format_timestamp (person->created_at);
  updated = fv_person_format_timestamp (person->updated_at);
  set_value (self->name_row, person->name);
  set_value (self->phone_row, person->phone);
  set_value (self->email_row, person->email);
  set_value (self->notes_row, person->notes);
  set_value (self->created_row, created);
  set_value (self->updated_row, updated);
  show_links (self, person);
  gtk_stack_set_visible_child_name (self->detail_stack, "person");
}

static void
person_selected_cb (FvPeopleWindow *self,
                    GtkListBoxRow  *row)
{
  const FvPerson *person = row != NULL ? g_object_get_data (G_OBJECT (row), "person") : NULL;

  if (self->repopulating)
    return;
  self->selected_id = person != NULL ? person->id : 0;
  show_person (self, person);
  update_actions (self);
}

/* The list --------------------------------------------------------------- */

/* "Contact of Frivillighet Norge" or "2 places": what the list row says of a person. */
static char *
summarise_links (const FvPerson *person)
{
  if (person->links->len == 0)
    return g_strdup (_("Not used anywhere"));
  if (person->links->len == 1)
    {
      const FvPersonLink *link = g_ptr_array_index (person->links, 0);

      return g_strdup (link->target);
    }
  /* Translators: how many organisations and groups a person's data is used in */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u place", "%u places", person->links->len),
                          person->links->len);
}

static GtkWidget *
make_person_row (const FvPerson *person)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *summary = summarise_links (person);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), person->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), summary);
  g_object_set_data (G_OBJECT (row), "person", (gpointer) person);
  return row;
}

static void
show_people (FvPeopleWindow *self,
             GPtrArray      *people)
{
  GtkListBoxRow *keep = NULL;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  /* The old rows point into the old array: remove them before it goes. */
  self->repopulating = TRUE;
  remove_all_rows (self->people_list);
  g_clear_pointer (&self->people, g_ptr_array_unref);
  self->people = g_ptr_array_ref (people);

  for (guint i = 0; i < people->len; i++)
    {
      const FvPerson *person = g_ptr_array_index (people, i);
      GtkWidget *row = make_person_row (person);

      gtk_list_box_append (self->people_list, row);
      if (person->id == self->selected_id)
        keep = GTK_LIST_BOX_ROW (row);
    }
  if (keep != NULL)
    gtk_list_box_select_row (self->people_list, keep);
  self->repopulating = FALSE;

  if (people->len == 0)
    adw_status_page_set_description (self->nobody_page,
                                     *search != '\0' ? _("No one stored has a name like that.")
                                                     : _("Frivillig stores no personal data."));
  gtk_stack_set_visible_child_name (self->list_stack, people->len > 0 ? "people" : "nobody");

  /* The one shown may be gone (erased) or changed: show what is stored now. */
  person_selected_cb (self, keep);
}

typedef struct
{
  FvDatabase *database;
  char       *search;
} ListData;

static void
list_data_free (ListData *data)
{
  g_clear_object (&data->database);
  g_free (data->search);
  g_free (data);
}

static void
list_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  ListData *data = task_data;
  GError *error = NULL;
  GPtrArray *people = fv_person_store_list (data->database, data->search, &error);

  if (people != NULL)
    g_task_return_pointer (task, people, (GDestroyNotify) g_ptr_array_unref);
  else
    g_task_return_error (task, error);
}

static void
list_read_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  FvPeopleWindow *self = FV_PEOPLE_WINDOW (source);
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GError) error = NULL;

  people = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return; /* a newer read is under way */

  self->loading = FALSE;
  if (people == NULL)
    {
      show_toast (self, error->message);
      return;
    }
  show_people (self, people);
}

/* Reads the list again; a read still under way is dropped. */
static void
reload (FvPeopleWindow *self)
{
  g_autoptr(GTask) task = NULL;
  ListData *data;

  if (self->database == NULL)
    return;

  g_cancellable_cancel (self->list_cancellable);
  g_clear_object (&self->list_cancellable);
  self->list_cancellable = g_cancellable_new ();

  data = g_new0 (ListData, 1);
  data->database = g_object_ref (self->database);
  data->search = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));

  self->loading = TRUE;
  task = g_task_new (self, self->list_cancellable, list_read_cb, NULL);
  g_task_set_source_tag (task, reload);
  g_task_set_task_data (task, data, (GDestroyNotify) list_data_free);
  g_task_run_in_thread (task, list_thread);
}

static void
search_changed_cb (FvPeopleWindow *self)
{
  reload (self);
}

static void
database_changed_cb (FvPeopleWindow *self)
{
  reload (self);
}

/* Save Report… ----------------------------------------------------------- */

typedef struct
{
  FvDatabase *database;
  gint64      id;
  GFile      *file;
} ReportData;

static void
report_data_free (ReportData *data)
{
  g_clear_object (&data->database);
  g_clear_object (&data->file);
  g_free (data);
}

/* Reads the person anew, so the report holds what is stored at this moment. */
static void
report_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ReportData *data = task_data;
  g_autoptr(FvPerson) person = NULL;
  GError *error = NULL;

  person = fv_person_store_load (data->database, data->id, &error);
  if (person == NULL || !fv_person_report_write (person, data->file, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
report_written_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  FvPeopleWindow *self = FV_PEOPLE_WINDOW (source);
  ReportData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  self->saving--;
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      show_toast (self, error->message);
      return;
    }

  {
    g_autofree char *name = g_file_get_basename (data->file);
    /* Translators: %s is a file name */
    g_autofree char *title = g_strdup_printf (_("Saved the report as “%s”"), name);

    show_toast (self, title);
  }
}

/**
 * fv_people_window_save_report:
 * @file: where to write the innsyn report of the selected person
 *
 * Writes the report in a worker thread and says when it is done; what Save
 * Report… does after the file chooser.
 */
void
fv_people_window_save_report (FvPeopleWindow *self,
                              GFile          *file)
{
  const FvPerson *person;
  g_autoptr(GTask) task = NULL;
  ReportData *data;

  g_return_if_fail (FV_IS_PEOPLE_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  person = selected_person (self);
  if (person == NULL || self->database == NULL)
    return;

  data = g_new0 (ReportData, 1);
  data->database = g_object_ref (self->database);
  data->id = person->id;
  data->file = g_object_ref (file);

  self->saving++;
  task = g_task_new (self, NULL, report_written_cb, NULL);
  g_task_set_source_tag (task, fv_people_window_save_report);
  g_task_set_task_data (task, data, (GDestroyNotify) report_data_free);
  g_task_run_in_thread (task, report_thread);
}

static void
report_file_chosen_cb (FvPeopleWindow       *self,
                       int                   response,
                       GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    fv_people_window_save_report (self, file);
  g_clear_object (&self->chooser);
}

static void
save_report_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FvPeopleWindow *self = FV_PEOPLE_WINDOW (widget);
  const FvPerson *person = selected_person (self);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  if (person == NULL)
    return;

  /* Translators: the suggested file name of a person's report; %s is their name */
  name = g_strdup_printf (_("Personal data – %s.txt"), person->name);
  g_strdelimit (name, "/\\", '-');

  gtk_file_filter_set_name (filter, _("Text files"));
  gtk_file_filter_add_mime_type (filter, "text/plain");

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Save Report"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (report_file_chosen_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Erase… ----------------------------------------------------------------- */

static void
erase_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   FvPeopleWindow   *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "person-id"));
  g_autoptr(FvPerson) erased = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (self->database == NULL)
    return;

  /* The id asked about, not whoever is selected by now. */
  if (!fv_person_store_erase (self->database, id, &erased, &error))
    {
      show_toast (self, error->message);
      return;
    }

  /* Translators: %s is the name of the person whose data was erased */
  title = g_strdup_printf (_("Erased everything stored about %s"), erased->name);
  show_toast (self, title);
}

/* What the dialog names: the data and every place it is used. */
static char *
describe_erasure (const FvPerson *person)
{
  GString *body = g_string_new (NULL);

  if (person->links->len == 0)
    g_string_append (body, _("Their name, phone, e-mail and notes will be removed from the database."));
  else
    g_string_append (body, _("Their name, phone, e-mail and notes will be removed from the database, "
                             "and with them their place as:"));
  for (guint i = 0; i < person->links->len; i++)
    {
      g_autofree char *line = fv_person_link_describe (g_ptr_array_index (person->links, i));

      g_string_append_printf (body, "\n• %s", line);
    }
  g_string_append_printf (body, "\n\n%s", _("Erasing cannot be undone. Save a report first if the "
                                            "person asked to see their data."));
  return g_string_free (body, FALSE);
}

static void
erase_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  FvPeopleWindow *self = FV_PEOPLE_WINDOW (widget);
  const FvPerson *person = selected_person (self);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (person == NULL)
    return;

  /* Translators: %s is a person's name */
  heading = g_strdup_printf (_("Erase %s?"), person->name);
  body = describe_erasure (person);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, NULL));
  /* Names may hold "&" or "<": the body is plain text. */
  adw_message_dialog_set_body (dialog, body);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "erase", _("_Erase"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "erase", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "person-id", GSIZE_TO_POINTER ((gsize) person->id));
  g_signal_connect_object (dialog, "response::erase", G_CALLBACK (erase_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (FV_PEOPLE_WINDOW (widget)->search_entry));
}

/* GObject ---------------------------------------------------------------- */

static void
fv_people_window_constructed (GObject *object)
{
  FvPeopleWindow *self = FV_PEOPLE_WINDOW (object);

  G_OBJECT_CLASS (fv_people_window_parent_class)->constructed (object);

  if (self->database != NULL)
    {
      /* The people, and the names of their organisations and groups. */
      g_signal_connect_object (self->database, "changed::person", G_CALLBACK (database_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->database, "changed::organisation", G_CALLBACK (database_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->database, "changed::council", G_CALLBACK (database_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  update_actions (self);
  reload (self);
}

static void
fv_people_window_dispose (GObject *object)
{
  FvPeopleWindow *self = FV_PEOPLE_WINDOW (object);

  g_cancellable_cancel (self->list_cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  /* The rows point into the list of people: they go first. */
  gtk_widget_dispose_template (GTK_WIDGET (self), FV_TYPE_PEOPLE_WINDOW);
  g_clear_pointer (&self->people, g_ptr_array_unref);

  G_OBJECT_CLASS (fv_people_window_parent_class)->dispose (object);
}

static void
fv_people_window_finalize (GObject *object)
{
  FvPeopleWindow *self = FV_PEOPLE_WINDOW (object);

  g_clear_object (&self->list_cancellable);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (fv_people_window_parent_class)->finalize (object);
}

static void
fv_people_window_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  FvPeopleWindow *self = FV_PEOPLE_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fv_people_window_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  FvPeopleWindow *self = FV_PEOPLE_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fv_people_window_class_init (FvPeopleWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = fv_people_window_constructed;
  object_class->dispose = fv_people_window_dispose;
  object_class->finalize = fv_people_window_finalize;
  object_class->get_property = fv_people_window_get_property;
  object_class->set_property = fv_people_window_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, FV_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/people/fv-people-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FvPeopleWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FvPeopleWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, FvPeopleWindow, list_stack);
  gtk_widget_class_bind_template_child (widget_class, FvPeopleWindow, people_list);
  gtk_widget_class_bind_template_child (widget_class, FvPeopleWindow, nobody_page);
  gtk_widget_class_bind_template_child (widget_class, FvPeopleWindow, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, FvPeopleWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, FvPeopleWindow, phone_row);
  gtk_widget_class_bind_template_child (widget_class, FvPeopleWindow, email_row);
  gtk_widget_class_bind_template_child (widget_class, FvPeopleWindow, notes_row);
  gtk_widget_class_bind_template_child (widget_class, FvPeopleWindow, created_row);
  gtk_widget_class_bind_template_child (widget_class, FvPeopleWindow, updated_row);
  gtk_widget_class_bind_template_child (widget_class, FvPeopleWindow, links_list);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, person_selected_cb);

  gtk_widget_class_install_action (widget_class, "people.save-report", NULL, save_report_action);
  gtk_widget_class_install_action (widget_class, "people.erase", NULL, erase_action);
  gtk_widget_class_install_action (widget_class, "people.search", NULL, search_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "people.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "people.erase", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "people.save-report", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fv_people_window_init (FvPeopleWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
}

FvPeopleWindow *
fv_people_window_new (GtkWindow  *parent,
                      FvDatabase *database)
{
  return g_object_new (FV_TYPE_PEOPLE_WINDOW,
                       "transient-for", parent,
                       "database", database,
                       NULL);
}

FvDatabase *
fv_people_window_get_database (FvPeopleWindow *self)
{
  g_return_val_if_fail (FV_IS_PEOPLE_WINDOW (self), NULL);

  return self->database;
}

/* Whether the list is being read: for tests, which wait for it. */
gboolean
fv_people_window_is_loading (FvPeopleWindow *self)
{
  g_return_val_if_fail (FV_IS_PEOPLE_WINDOW (self), FALSE);

  return self->loading;
}

/* Whether a report is being written: for tests, which wait for it. */
gboolean
fv_people_window_is_saving (FvPeopleWindow *self)
{
  g_return_val_if_fail (FV_IS_PEOPLE_WINDOW (self), FALSE);

  return self->saving > 0;
}

guint
fv_people_window_get_n_people (FvPeopleWindow *self)
{
  g_return_val_if_fail (FV_IS_PEOPLE_WINDOW (self), 0);

  return self->people != NULL ? self->people->len : 0;
}

/* Selects the person with @id when the list shows them. */
gboolean
fv_people_window_select (FvPeopleWindow *self,
                         gint64          id)
{
  g_return_val_if_fail (FV_IS_PEOPLE_WINDOW (self), FALSE);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->people_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const FvPerson *person = g_object_get_data (G_OBJECT (child), "person");

      if (person != NULL && person->id == id)
        {
          gtk_list_box_select_row (self->people_list, GTK_LIST_BOX_ROW (child));
          return TRUE;
        }
    }

  return FALSE;
}

/* The person shown, 0 for none. */
gint64
fv_people_window_get_selected_id (FvPeopleWindow *self)
{
  g_return_val_if_fail (FV_IS_PEOPLE_WINDOW (self), 0);

  return self->selected_id;
}
