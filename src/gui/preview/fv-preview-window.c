/* fv-preview-window.c — a produced document, shown as the PDF it is, to save or print
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window builds the document in a worker thread, writes it to a PDF in the
 * temporary folder, and shows that file with poppler: what the coordinator
 * sees is the file that "Save as PDF…" copies, byte for byte. "Print…" draws
 * the same document with the same engine. Closing the window cancels whatever
 * is still being made and removes the temporary file.
 */

#define G_LOG_DOMAIN "fv-preview-window"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "fv-gui-resources.h"
#include "fv-print-operation.h"
#include "fv-preview-window.h"

struct _FvPreviewWindow
{
  AdwWindow       parent_instance;

  /* Template Widgets */
  AdwToastOverlay *toast_overlay;
  AdwWindowTitle  *window_title;
  GtkMenuButton   *zoom_button;
  GtkStack        *stack;
  GtkSpinner      *spinner;
  AdwStatusPage   *error_page;
  FvPdfView       *view;
  GtkLabel        *page_label;

  /* Owned References */
  GCancellable    *cancellable;
  FvDocument      *document;
  GError          *error;
  GtkNativeDialog *chooser;
  char            *pdf_path;
  char            *file_name;
  gboolean         ready;
  guint            labels_idle;
};

typedef struct
{
  FvPreviewProduceFunc  func;
  gpointer              user_data;
  GDestroyNotify        destroy;
  char                 *path;
} ProduceData;

G_DEFINE_FINAL_TYPE (FvPreviewWindow, fv_preview_window, ADW_TYPE_WINDOW)

static void
produce_data_free (gpointer data)
{
  ProduceData *produce = data;

  if (produce->destroy != NULL)
    produce->destroy (produce->user_data);
  g_free (produce->path);
  g_free (produce);
}

static void
set_actions_enabled (FvPreviewWindow *self,
                     gboolean         enabled)
{
  static const char * const actions[] = {
    "preview.save", "preview.print", "preview.zoom-in", "preview.zoom-out",
    "preview.zoom-original", "preview.fit-width", "preview.fit-page",
  };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i], enabled);
}

static void
show_error (FvPreviewWindow *self,
            GError          *error)
{
  g_clear_error (&self->error);
  self->error = g_error_copy (error);
  gtk_spinner_stop (self->spinner);
  adw_status_page_set_description (self->error_page, error->message);
  gtk_stack_set_visible_child_name (self->stack, "error");
}

static void
update_page_label (FvPreviewWindow *self)
{
  guint n_pages = fv_pdf_view_get_n_pages (self->view);
  g_autofree char *label = NULL;

  /* Translators: where the reader is in the preview, e.g. "Page 3 of 12" */
  label = g_strdup_printf (_("Page %u of %u"), fv_pdf_view_get_page (self->view) + 1, n_pages);
  gtk_label_set_label (self->page_label, label);
  gtk_widget_set_visible (GTK_WIDGET (self->page_label), n_pages > 0);
}

static void
update_zoom_label (FvPreviewWindow *self)
{
  g_autofree char *label = NULL;

  /* Translators: the zoom level, in per cent; Norwegian puts a space before % */
  label = g_strdup_printf (_("%.0f %%"), fv_pdf_view_get_zoom (self->view) * 100.0);
  gtk_menu_button_set_label (self->zoom_button, label);
}

/* The view changes its zoom and page while it is being allocated; the labels
 * follow a moment later, so no other widget is resized in the middle of that. */
static gboolean
update_labels_idle (gpointer user_data)
{
  FvPreviewWindow *self = user_data;

  self->labels_idle = 0;
  update_page_label (self);
  update_zoom_label (self);
  return G_SOURCE_REMOVE;
}

static void
queue_update_labels (FvPreviewWindow *self)
{
  if (self->labels_idle == 0)
    self->labels_idle = g_idle_add (update_labels_idle, self);
}

/* Producing -------------------------------------------------------------------- */

static void
produce_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  ProduceData *produce = task_data;
  g_autoptr(FvDocument) document = NULL;
  GError *error = NULL;

  document = produce->func (produce->user_data, cancellable, &error);
  if (document == NULL ||
      !fv_document_layout (document, cancellable, &error) ||
      !fv_document_write_pdf (document, produce->path, cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_pointer (task, g_steal_pointer (&document), g_object_unref);
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(FvPreviewWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!fv_pdf_view_load_finish (FV_PDF_VIEW (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error);
      return;
    }

  gtk_spinner_stop (self->spinner);
  gtk_stack_set_visible_child_name (self->stack, "document");
  set_actions_enabled (self, TRUE);
  update_page_label (self);
  update_zoom_label (self);
  self->ready = TRUE;
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

static void
produced_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(FvPreviewWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *subtitle = NULL;
  FvDocument *document;
  guint n_pages;

  document = g_task_propagate_pointer (G_TASK (result), &error);
  if (document == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error);
      return;
    }

  g_clear_object (&self->document);
  self->document = document;

  n_pages = fv_document_get_n_pages (document);
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u page", "%u pages", n_pages), n_pages);
  adw_window_title_set_subtitle (self->window_title, subtitle);

  file = g_file_new_for_path (self->pdf_path);
  fv_pdf_view_load_async (self->view, file, self->cancellable, loaded_cb, g_object_ref (self));
}

/* Actions ---------------------------------------------------------------------- */

typedef struct
{
  FvPreviewWindow *self;
  GFile           *destination;
} CopyData;

static void
copy_data_free (CopyData *copy)
{
  g_clear_object (&copy->self);
  g_clear_object (&copy->destination);
  g_free (copy);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CopyData, copy_data_free)

static void
copied_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(CopyData) copy = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (!g_file_copy_finish (G_FILE (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (copy->self), _("Could Not Save the PDF"),
                                                      error->message);

          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (dialog));
        }
      return;
    }

  name = g_file_get_basename (copy->destination);
  /* Translators: %s is a file name */
  message = g_strdup_printf (_("Saved “%s”"), name);
  adw_toast_overlay_add_toast (copy->self->toast_overlay, adw_toast_new (message));
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     gpointer         user_data)
{
  FvPreviewWindow *self = user_data;
  g_autoptr(GFile) destination = NULL;
  g_autoptr(GFile) source = NULL;
  CopyData *copy;

  if (response == GTK_RESPONSE_ACCEPT)
    destination = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);

  if (destination == NULL || self->pdf_path == NULL)
    return;

  /* The very file the preview shows. */
  source = g_file_new_for_path (self->pdf_path);
  copy = g_new0 (CopyData, 1);
  copy->self = g_object_ref (self);
  copy->destination = g_object_ref (destination);
  g_file_copy_async (source, destination, G_FILE_COPY_OVERWRITE | G_FILE_COPY_TARGET_DEFAULT_PERMS,
                     G_PRIORITY_DEFAULT, self->cancellable, NULL, NULL, copied_cb, copy);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FvPreviewWindow *self = FV_PREVIEW_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  if (!self->ready || self->chooser != NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Save as PDF"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser),
                                     self->file_name != NULL ? self->file_name : "document.pdf");
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), self);

  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  FvPreviewWindow *self = FV_PREVIEW_WINDOW (widget);
  g_autoptr(FvPrintOperation) operation = NULL;

  if (!self->ready)
    return;

  operation = fv_print_operation_new (self->document);
  fv_print_operation_run_dialog (operation, GTK_WINDOW (self));
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FvPreviewWindow *self = FV_PREVIEW_WINDOW (widget);

  if (g_str_equal (action_name, "preview.zoom-in"))
    fv_pdf_view_zoom_in (self->view);
  else if (g_str_equal (action_name, "preview.zoom-out"))
    fv_pdf_view_zoom_out (self->view);
  else if (g_str_equal (action_name, "preview.zoom-original"))
    fv_pdf_view_set_zoom (self->view, 1.0);
  else if (g_str_equal (action_name, "preview.fit-page"))
    fv_pdf_view_set_zoom_mode (self->view, FV_ZOOM_FIT_PAGE);
  else
    fv_pdf_view_set_zoom_mode (self->view, FV_ZOOM_FIT_WIDTH);
}

/* GObject ---------------------------------------------------------------------- */

static gboolean
fv_preview_window_close_request (GtkWindow *window)
{
  FvPreviewWindow *self = FV_PREVIEW_WINDOW (window);

  g_cancellable_cancel (self->cancellable);
  return GTK_WINDOW_CLASS (fv_preview_window_parent_class)->close_request (window);
}

static void
fv_preview_window_dispose (GObject *object)
{
  FvPreviewWindow *self = FV_PREVIEW_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->labels_idle, g_source_remove);
  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->chooser, chooser_response_cb, self);
      gtk_native_dialog_destroy (self->chooser);
      g_clear_object (&self->chooser);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), FV_TYPE_PREVIEW_WINDOW);

  G_OBJECT_CLASS (fv_preview_window_parent_class)->dispose (object);
}

static void
fv_preview_window_finalize (GObject *object)
{
  FvPreviewWindow *self = FV_PREVIEW_WINDOW (object);

  if (self->pdf_path != NULL)
    g_unlink (self->pdf_path);
  g_clear_pointer (&self->pdf_path, g_free);
  g_clear_pointer (&self->file_name, g_free);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->document);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (fv_preview_window_parent_class)->finalize (object);
}

static void
fv_preview_window_class_init (FvPreviewWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = fv_preview_window_dispose;
  object_class->finalize = fv_preview_window_finalize;
  window_class->close_request = fv_preview_window_close_request;

  /* Naming the resource keeps it in a static link (tests use this window
   * without the application); it registers itself. */
  (void) fv_gui_get_resource ();
  g_type_ensure (FV_TYPE_PDF_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/preview/fv-preview-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FvPreviewWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FvPreviewWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, FvPreviewWindow, zoom_button);
  gtk_widget_class_bind_template_child (widget_class, FvPreviewWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, FvPreviewWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, FvPreviewWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, FvPreviewWindow, view);
  gtk_widget_class_bind_template_child (widget_class, FvPreviewWindow, page_label);

  gtk_widget_class_install_action (widget_class, "preview.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "preview.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-original", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "preview.fit-width", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "preview.fit-page", NULL, zoom_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "preview.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "preview.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "preview.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "preview.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "preview.zoom-original", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fv_preview_window_init (FvPreviewWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  set_actions_enabled (self, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->page_label), FALSE);

  g_signal_connect_object (self->view, "notify::page", G_CALLBACK (queue_update_labels), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view, "notify::n-pages", G_CALLBACK (queue_update_labels), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view, "notify::zoom", G_CALLBACK (queue_update_labels), self, G_CONNECT_SWAPPED);
}

/* Public API ------------------------------------------------------------------- */

/**
 * fv_preview_window_new:
 * @parent: (nullable): the window it belongs to
 *
 * Returns: (transfer none): a new preview window, not yet shown
 */
FvPreviewWindow *
fv_preview_window_new (GtkWindow *parent)
{
  FvPreviewWindow *self = g_object_new (FV_TYPE_PREVIEW_WINDOW, NULL);

  if (parent != NULL)
    {
      gtk_window_set_transient_for (GTK_WINDOW (self), parent);
      gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
      gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));
    }
  return self;
}

/**
 * fv_preview_window_produce:
 * @title: the window's title, e.g. the document's
 * @file_name: what "Save as PDF…" suggests, e.g. "Organisasjonsregister 2026-03-05.pdf"
 * @func: builds the document, in a worker thread
 *
 * Builds the document off the main thread, writes its PDF, and shows it.
 */
void
fv_preview_window_produce (FvPreviewWindow      *self,
                           const char           *title,
                           const char           *file_name,
                           FvPreviewProduceFunc  func,
                           gpointer              user_data,
                           GDestroyNotify        destroy)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileIOStream) stream = NULL;
  g_autoptr(GFile) tmp = NULL;
  ProduceData *produce;

  g_return_if_fail (FV_IS_PREVIEW_WINDOW (self));
  g_return_if_fail (func != NULL);

  adw_window_title_set_title (self->window_title, title);
  gtk_window_set_title (GTK_WINDOW (self), title);
  g_free (self->file_name);
  self->file_name = g_strdup (file_name);
  gtk_spinner_start (self->spinner);
  gtk_stack_set_visible_child_name (self->stack, "loading");

  tmp = g_file_new_tmp ("frivillig-XXXXXX.pdf", &stream, &error);
  if (tmp == NULL)
    {
      if (destroy != NULL)
        destroy (user_data);
      show_error (self, error);
      return;
    }
  g_io_stream_close (G_IO_STREAM (stream), NULL, NULL);
  g_free (self->pdf_path);
  self->pdf_path = g_file_get_path (tmp);

  produce = g_new0 (ProduceData, 1);
  produce->func = func;
  produce->user_data = user_data;
  produce->destroy = destroy;
  produce->path = g_strdup (self->pdf_path);

  task = g_task_new (NULL, self->cancellable, produced_cb, g_object_ref (self));
  g_task_set_source_tag (task, fv_preview_window_produce);
  g_task_set_task_data (task, produce, produce_data_free);
  g_task_run_in_thread (task, produce_thread);
}

/* TRUE once the pages show. */
gboolean
fv_preview_window_is_ready (FvPreviewWindow *self)
{
  g_return_val_if_fail (FV_IS_PREVIEW_WINDOW (self), FALSE);

  return self->ready;
}

const GError *
fv_preview_window_get_error (FvPreviewWindow *self)
{
  g_return_val_if_fail (FV_IS_PREVIEW_WINDOW (self), NULL);

  return self->error;
}

/**
 * fv_preview_window_get_document:
 *
 * Returns: (transfer none) (nullable): the document, once made
 */
FvDocument *
fv_preview_window_get_document (FvPreviewWindow *self)
{
  g_return_val_if_fail (FV_IS_PREVIEW_WINDOW (self), NULL);

  return self->document;
}

const char *
fv_preview_window_get_pdf_path (FvPreviewWindow *self)
{
  g_return_val_if_fail (FV_IS_PREVIEW_WINDOW (self), NULL);

  return self->pdf_path;
}

/**
 * fv_preview_window_get_view:
 *
 * Returns: (transfer none): the pages
 */
FvPdfView *
fv_preview_window_get_view (FvPreviewWindow *self)
{
  g_return_val_if_fail (FV_IS_PREVIEW_WINDOW (self), NULL);

  return self->view;
}
