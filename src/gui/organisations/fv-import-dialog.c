/* fv-import-dialog.c — import organisations: choose, read, look, then commit
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading and committing run in worker threads; the dialog shows their
 * progress and can cancel either. Nothing is written until the coordinator
 * has seen what will change and pressed Import, and then all of it is written
 * in one transaction, or — on an error or Cancel — nothing.
 */

#define G_LOG_DOMAIN "fv-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "fv-import-dialog.h"
#include "fv-import-skip.h"

/* The preview lists this many organisations of each kind; counts are always whole. */
#define MAX_LISTED 200
#define PROGRESS_INTERVAL_MS 100

typedef enum
{
  STATE_CHOOSE,
  STATE_READING,
  STATE_PREVIEW,
  STATE_PROBLEMS,
  STATE_COMMITTING,
} State;

struct _FvImportDialog
{
  AdwWindow         parent_instance;

  /* Template widgets */
  GtkButton        *cancel_button;
  GtkButton        *next_button;
  GtkStack         *stack;
  AdwActionRow     *register_row;
  AdwEntryRow      *municipality_row;
  AdwActionRow     *categories_row;
  AdwStatusPage    *working_page;
  GtkWidget        *choose_register_button;
  GtkProgressBar   *progress_bar;
  AdwExpanderRow   *new_row;
  AdwExpanderRow   *updated_row;
  AdwExpanderRow   *unchanged_row;
  AdwExpanderRow   *skipped_row;
  AdwPreferencesGroup *problems_group;

  /* Owned references */
  FvDatabase       *database;
  FvImportRequest  *request;
  FvImportPlan     *plan;
  GCancellable     *cancellable;
  GSettings        *settings;
  GtkFileChooserNative *chooser;

  State             state;
  /* Written by the worker thread, read by a timeout on the main thread. */
  gint              progress_permille;
  guint             progress_source;
};

G_DEFINE_FINAL_TYPE (FvImportDialog, fv_import_dialog, ADW_TYPE_WINDOW)

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const state_names[] = { "choose", "working", "preview", "problems", "working" };

static gboolean
municipality_is_valid (const char *text)
{
  if (strlen (text) != 4)
    return FALSE;
  for (int i = 0; i < 4; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

static void
update_buttons (FvImportDialog *self)
{
  guint n_changes;
  g_autofree char *label = NULL;
  gboolean ready;

  gtk_stack_set_visible_child_name (self->stack, state_names[self->state]);
  gtk_widget_set_visible (GTK_WIDGET (self->next_button),
                          self->state == STATE_CHOOSE || self->state == STATE_PREVIEW);
  gtk_button_set_label (self->cancel_button, self->state == STATE_PROBLEMS ? _("_Close") : _("_Cancel"));

  switch (self->state)
    {
    case STATE_CHOOSE:
      ready = self->request->file != NULL &&
              municipality_is_valid (gtk_editable_get_text (GTK_EDITABLE (self->municipality_row)));
      gtk_button_set_label (self->next_button, _("_Read File"));
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.next", ready);
      break;

    case STATE_PREVIEW:
      n_changes = fv_import_plan_count (self->plan, FV_IMPORT_NEW) + fv_import_plan_count (self->plan, FV_IMPORT_UPDATED);
      if (n_changes == 0)
        label = g_strdup (_("Nothing to Import"));
      else
        /* Translators: the import button; %u organisations will be added or updated */
        label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "_Import %u Organisation", "_Import %u Organisations",
                                              n_changes), n_changes);
      gtk_button_set_label (self->next_button, label);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.next", n_changes > 0);
      break;

    case STATE_READING:
    case STATE_PROBLEMS:
    case STATE_COMMITTING:
    default:
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.next", FALSE);
      break;
    }
}

/* Progress ---------------------------------------------------------------------- */

/* From the worker thread: only an atomic store, the main thread draws it. */
static void
worker_progress (double   fraction,
                 gpointer user_data)
{
  FvImportDialog *self = user_data;

  g_atomic_int_set (&self->progress_permille, (gint) (CLAMP (fraction, 0.0, 1.0) * 1000));
}

static gboolean
show_progress_cb (gpointer user_data)
{
  FvImportDialog *self = user_data;
  double fraction = g_atomic_int_get (&self->progress_permille) / 1000.0;
  g_autofree char *text = g_strdup_printf ("%d %%", (int) (fraction * 100));

  gtk_progress_bar_set_fraction (self->progress_bar, fraction);
  gtk_progress_bar_set_text (self->progress_bar, text);
  return G_SOURCE_CONTINUE;
}

static void
start_working (FvImportDialog *self,
               State           state,
               const char     *title)
{
  self->state = state;
  g_atomic_int_set (&self->progress_permille, 0);
  adw_status_page_set_title (self->working_page, title);
  show_progress_cb (self);
  if (self->progress_source == 0)
    self->progress_source = g_timeout_add (PROGRESS_INTERVAL_MS, show_progress_cb, self);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  update_buttons (self);
}

static void
stop_working (FvImportDialog *self)
{
  g_clear_handle_id (&self->progress_source, g_source_remove);
}

/* Showing results ---------------------------------------------------------------- */

static void
add_line (AdwExpanderRow *expander,
          const char     *title,
          const char     *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_expander_row_add_row (expander, row);
}

static void
set_count (AdwExpanderRow *expander,
           guint           count)
{
  g_autofree char *text = g_strdup_printf ("%u", count);

  adw_expander_row_set_subtitle (expander, text);
  gtk_widget_set_sensitive (GTK_WIDGET (expander), count > 0);
}

static void
show_preview (FvImportDialog *self)
{
  GPtrArray *items = fv_import_plan_get_items (self->plan);
  GPtrArray *skipped = fv_import_plan_get_skipped (self->plan);
  AdwExpanderRow *rows[] = { self->new_row, self->updated_row, self->unchanged_row };
  guint listed[G_N_ELEMENTS (rows)] = { 0 };

  for (guint i = 0; i < items->len; i++)
    {
      FvImportItem *item = g_ptr_array_index (items, i);

      if (listed[item->action]++ < MAX_LISTED)
        add_line (rows[item->action], item->record->name, item->changes);
    }
  for (guint i = 0; i < skipped->len && i < MAX_LISTED; i++)
    {
      FvImportSkip *skip = g_ptr_array_index (skipped, i);
      g_autofree char *line = fv_import_skip_describe (skip);

      add_line (self->skipped_row, skip->name ? skip->name : skip->orgnr ? skip->orgnr : _("Unnamed"), line);
    }

  set_count (self->new_row, fv_import_plan_count (self->plan, FV_IMPORT_NEW));
  set_count (self->updated_row, fv_import_plan_count (self->plan, FV_IMPORT_UPDATED));
  set_count (self->unchanged_row, fv_import_plan_count (self->plan, FV_IMPORT_UNCHANGED));
  set_count (self->skipped_row, skipped->len);

  self->state = STATE_PREVIEW;
  update_buttons (self);
}

static void
show_problems (FvImportDialog *self,
               const GError   *error,
               GPtrArray      *problems)
{
  GtkWidget *row;

  adw_preferences_group_set_description (self->problems_group, error->message);
  for (guint i = 0; problems != NULL && i < problems->len && i < MAX_LISTED; i++)
    {
      g_autofree char *line = fv_import_skip_describe (g_ptr_array_index (problems, i));

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), line);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
      adw_preferences_group_add (self->problems_group, row);
    }

  row = gtk_label_new (_("Nothing was changed in the database."));
  gtk_widget_add_css_class (row, "dim-label");
  gtk_widget_set_margin_top (row, 12);
  adw_preferences_group_add (self->problems_group, row);

  self->state = STATE_PROBLEMS;
  update_buttons (self);
}

/* Reading -------------------------------------------------------------------------- */

typedef struct
{
  FvImportPlan *plan;
  GPtrArray    *problems;
} ReadResult;

static void
read_result_free (gpointer data)
{
  ReadResult *result = data;

  g_clear_pointer (&result->plan, fv_import_plan_free);
  g_clear_pointer (&result->problems, g_ptr_array_unref);
  g_free (result);
}

/* The worker fills the task's ReadResult: on failure it still carries the
 * spreadsheet's row problems, which the error message only counts. */
static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  FvImportDialog *self = source_object;
  ReadResult *result = task_data;
  GError *error = NULL;

  result->plan = fv_organisation_import_prepare (self->database, self->request, worker_progress, self,
                                                 &result->problems, cancellable, &error);
  if (result->plan == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
read_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  FvImportDialog *self = FV_IMPORT_DIALOG (source);
  ReadResult *read = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  stop_working (self);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        gtk_window_close (GTK_WINDOW (self));
      else
        show_problems (self, error, read->problems);
      return;
    }

  self->plan = g_steal_pointer (&read->plan);
  show_preview (self);
}

static void
start_reading (FvImportDialog *self)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *name = g_file_get_basename (self->request->file);
  /* Translators: %s is a file name */
  g_autofree char *title = g_strdup_printf (_("Reading “%s”"), name);

  if (self->request->kind == FV_IMPORT_FILE_NATIONAL_REGISTER)
    {
      g_free (self->request->municipality_number);
      self->request->municipality_number =
        g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->municipality_row)));
    }

  start_working (self, STATE_READING, title);
  task = g_task_new (self, self->cancellable, read_done_cb, NULL);
  g_task_set_source_tag (task, start_reading);
  g_task_set_task_data (task, g_new0 (ReadResult, 1), read_result_free);
  g_task_run_in_thread (task, read_thread);
}

/* Committing ----------------------------------------------------------------------- */

static void
commit_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  FvImportDialog *self = source_object;
  GError *error = NULL;

  if (fv_import_plan_commit (self->plan, self->database, worker_progress, self, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
commit_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  FvImportDialog *self = FV_IMPORT_DIALOG (source);
  g_autoptr(GError) error = NULL;

  stop_working (self);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          /* Back to the preview: nothing was written, the plan still stands. */
          self->state = STATE_PREVIEW;
          update_buttons (self);
          return;
        }
      show_problems (self, error, NULL);
      return;
    }

  g_signal_emit (self, signals[IMPORTED], 0,
                 fv_import_plan_count (self->plan, FV_IMPORT_NEW),
                 fv_import_plan_count (self->plan, FV_IMPORT_UPDATED));
  gtk_window_close (GTK_WINDOW (self));
}

static void
start_committing (FvImportDialog *self)
{
  g_autoptr(GTask) task = NULL;

  start_working (self, STATE_COMMITTING, _("Importing"));
  task = g_task_new (self, self->cancellable, commit_done_cb, NULL);
  g_task_set_source_tag (task, start_committing);
  g_task_run_in_thread (task, commit_thread);
}

/* Actions -------------------------------------------------------------------------- */

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FvImportDialog *self = FV_IMPORT_DIALOG (widget);

  if (self->state == STATE_CHOOSE)
    start_reading (self);
  else if (self->state == STATE_PREVIEW)
    start_committing (self);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FvImportDialog *self = FV_IMPORT_DIALOG (widget);

  if (self->state == STATE_READING || self->state == STATE_COMMITTING)
    g_cancellable_cancel (self->cancellable);
  else
    gtk_window_close (GTK_WINDOW (self));
}

static void
show_file (AdwActionRow *row,
           GFile        *file)
{
  g_autofree char *name = file ? g_file_get_basename (file) : NULL;

  adw_action_row_set_subtitle (row, name ? name : _("No file chosen"));
}

static void
chooser_response_cb (FvImportDialog       *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  gboolean for_categories = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "for-categories"));

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (file != NULL && for_categories)
    {
      g_set_object (&self->request->frivillighetsregisteret, file);
      show_file (self->categories_row, file);
    }
  else if (file != NULL)
    {
      g_set_object (&self->request->file, file);
      show_file (self->register_row, file);
    }

  g_clear_object (&self->chooser);
  update_buttons (self);
}

static void
choose_file (FvImportDialog *self,
             gboolean        for_categories)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  self->chooser = gtk_file_chooser_native_new (for_categories ? _("Choose the Frivillighetsregisteret File")
                                                              : _("Choose the Enhetsregisteret Bulk File"),
                                               GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Choose"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Register files (JSON, CSV, gzip)"));
  gtk_file_filter_add_suffix (filter, "json");
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_filter_add_suffix (filter, "gz");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_object_set_data (G_OBJECT (self->chooser), "for-categories", GINT_TO_POINTER (for_categories));
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
choose_register_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  choose_file (FV_IMPORT_DIALOG (widget), FALSE);
}

static void
choose_categories_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  choose_file (FV_IMPORT_DIALOG (widget), TRUE);
}

static void
municipality_changed_cb (FvImportDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->municipality_row));
  gboolean valid = municipality_is_valid (text);

  if (valid || *text == '\0')
    gtk_widget_remove_css_class (GTK_WIDGET (self->municipality_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->municipality_row), "error");

  /* Remembered for next time, as Preferences shows it. */
  if (valid)
    g_settings_set_string (self->settings, "municipality-number", text);
  update_buttons (self);
}

static gboolean
fv_import_dialog_close_request (GtkWindow *window)
{
  FvImportDialog *self = FV_IMPORT_DIALOG (window);

  /* Closing while a worker runs cancels it: the transaction rolls back. */
  g_cancellable_cancel (self->cancellable);
  return GTK_WINDOW_CLASS (fv_import_dialog_parent_class)->close_request (window);
}

static void
fv_import_dialog_dispose (GObject *object)
{
  FvImportDialog *self = FV_IMPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  stop_working (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), FV_TYPE_IMPORT_DIALOG);
  g_clear_object (&self->chooser);

  G_OBJECT_CLASS (fv_import_dialog_parent_class)->dispose (object);
}

static void
fv_import_dialog_finalize (GObject *object)
{
  FvImportDialog *self = FV_IMPORT_DIALOG (object);

  g_clear_object (&self->database);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->request, fv_import_request_free);
  g_clear_pointer (&self->plan, fv_import_plan_free);

  G_OBJECT_CLASS (fv_import_dialog_parent_class)->finalize (object);
}

static void
fv_import_dialog_class_init (FvImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = fv_import_dialog_dispose;
  object_class->finalize = fv_import_dialog_finalize;
  window_class->close_request = fv_import_dialog_close_request;

  /**
   * FvImportDialog::imported:
   * @n_new: organisations added
   * @n_updated: organisations updated
   *
   * The import was committed.
   */
  signals[IMPORTED] =
    g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/organisations/fv-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FvImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, FvImportDialog, next_button);
  gtk_widget_class_bind_template_child (widget_class, FvImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, FvImportDialog, register_row);
  gtk_widget_class_bind_template_child (widget_class, FvImportDialog, municipality_row);
  gtk_widget_class_bind_template_child (widget_class, FvImportDialog, categories_row);
  gtk_widget_class_bind_template_child (widget_class, FvImportDialog, working_page);
  gtk_widget_class_bind_template_child (widget_class, FvImportDialog, choose_register_button);
  gtk_widget_class_bind_template_child (widget_class, FvImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, FvImportDialog, new_row);
  gtk_widget_class_bind_template_child (widget_class, FvImportDialog, updated_row);
  gtk_widget_class_bind_template_child (widget_class, FvImportDialog, unchanged_row);
  gtk_widget_class_bind_template_child (widget_class, FvImportDialog, skipped_row);
  gtk_widget_class_bind_template_child (widget_class, FvImportDialog, problems_group);
  gtk_widget_class_bind_template_callback (widget_class, municipality_changed_cb);

  gtk_widget_class_install_action (widget_class, "import.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "import.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "import.choose-register", NULL, choose_register_action);
  gtk_widget_class_install_action (widget_class, "import.choose-categories", NULL, choose_categories_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "import.cancel", NULL);
}

static void
fv_import_dialog_init (FvImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  self->cancellable = g_cancellable_new ();
}

/**
 * fv_import_dialog_new:
 * @file: (nullable): the file to read; for a spreadsheet reading starts at once
 */
FvImportDialog *
fv_import_dialog_new (GtkWindow        *parent,
                      FvDatabase       *database,
                      FvImportFileKind  kind,
                      GFile            *file)
{
  FvImportDialog *self = g_object_new (FV_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);
  g_autofree char *municipality = g_settings_get_string (self->settings, "municipality-number");

  self->database = g_object_ref (database);
  self->request = g_new0 (FvImportRequest, 1);
  self->request->kind = kind;
  self->request->file = file ? g_object_ref (file) : NULL;
  gtk_editable_set_text (GTK_EDITABLE (self->municipality_row), municipality);
  show_file (self->register_row, file);

  if (kind == FV_IMPORT_FILE_SPREADSHEET && file != NULL)
    start_reading (self);
  else
    {
      update_buttons (self);
      /* The first field, not the header's Cancel, has the focus. */
      gtk_widget_grab_focus (self->choose_register_button);
    }

  return self;
}

/* "choose", "working", "preview" or "problems": for tests. */
const char *
fv_import_dialog_get_state (FvImportDialog *self)
{
  g_return_val_if_fail (FV_IS_IMPORT_DIALOG (self), NULL);

  return state_names[self->state];
}
