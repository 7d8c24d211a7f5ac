/* fv-print-operation.c — printing a document with the same engine as its PDF
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The printed page is drawn by fv_document_draw_page(), the function that
 * writes the PDF, so paper and PDF never differ. The page is laid out for its
 * own paper (A4 or A3); on another paper it is scaled to fit and centred, as
 * a PDF viewer would print it. The printer, its settings and the paper are
 * remembered in files under the user's data folder, as GNOME Text Editor does.
 */

#define G_LOG_DOMAIN "fv-print-operation"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "fv-print-operation.h"

#define SETTINGS_FILE   "print-settings.ini"
#define PAGE_SETUP_FILE "page-setup.ini"

struct _FvPrintOperation
{
  GtkPrintOperation  parent_instance;

  /* Owned References */
  FvDocument        *document;
};

G_DEFINE_FINAL_TYPE (FvPrintOperation, fv_print_operation, GTK_TYPE_PRINT_OPERATION)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
settings_path (const char *name)
{
  return g_build_filename (g_get_user_data_dir (), "frivillig", name, NULL);
}

static void
load_settings (FvPrintOperation *self)
{
  g_autofree char *settings_file = settings_path (SETTINGS_FILE);
  g_autofree char *page_setup_file = settings_path (PAGE_SETUP_FILE);
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new_from_file (settings_file, NULL);
  g_autoptr(GtkPageSetup) saved = gtk_page_setup_new_from_file (page_setup_file, NULL);
  g_autoptr(GtkPageSetup) page_setup = NULL;
  FvPaper paper = fv_document_get_paper (self->document);

  if (settings != NULL)
    gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (self), settings);

  /* The remembered paper for ordinary documents; A3 documents (the annual
   * wheel) ask for A3. The orientation is always the document's own. */
  if (saved != NULL && paper == FV_PAPER_A4)
    page_setup = g_steal_pointer (&saved);
  else
    {
      g_autoptr(GtkPaperSize) size = gtk_paper_size_new (paper == FV_PAPER_A3 ? GTK_PAPER_NAME_A3
                                                                               : GTK_PAPER_NAME_A4);

      page_setup = gtk_page_setup_new ();
      gtk_page_setup_set_paper_size_and_default_margins (page_setup, size);
    }
  gtk_page_setup_set_orientation (page_setup,
                                  fv_document_get_orientation (self->document) == FV_ORIENTATION_LANDSCAPE
                                    ? GTK_PAGE_ORIENTATION_LANDSCAPE : GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), page_setup);
}

static void
save_settings (FvPrintOperation *self)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);
  GtkPrintSettings *settings = gtk_print_operation_get_print_settings (operation);
  GtkPageSetup *page_setup = gtk_print_operation_get_default_page_setup (operation);
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "frivillig", NULL);
  g_autofree char *settings_file = settings_path (SETTINGS_FILE);
  g_autofree char *page_setup_file = settings_path (PAGE_SETUP_FILE);
  g_autoptr(GError) error = NULL;

  g_mkdir_with_parents (dir, 0700);
  if (settings != NULL && !gtk_print_settings_to_file (settings, settings_file, &error))
    {
      g_warning ("Could not remember the print settings: %s", error->message);
      g_clear_error (&error);
    }
  if (page_setup != NULL && !gtk_page_setup_to_file (page_setup, page_setup_file, &error))
    g_warning ("Could not remember the page setup: %s", error->message);
}

static void
fv_print_operation_begin_print (GtkPrintOperation *operation,
                                GtkPrintContext   *context)
{
  FvPrintOperation *self = FV_PRINT_OPERATION (operation);

  gtk_print_operation_set_n_pages (operation, (int) fv_document_get_n_pages (self->document));
}

static void
fv_print_operation_draw_page (GtkPrintOperation *operation,
                              GtkPrintContext   *context,
                              int                page_nr)
{
  FvPrintOperation *self = FV_PRINT_OPERATION (operation);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  double page_width, page_height, scale;

  g_assert (page_nr >= 0);

  fv_document_get_page_size (self->document, &page_width, &page_height);
  scale = MIN (width / page_width, height / page_height);
  if (ABS (scale - 1.0) < 0.005)
    scale = 1.0;

  cairo_save (cr);
  cairo_translate (cr, (width - page_width * scale) / 2.0, (height - page_height * scale) / 2.0);
  cairo_scale (cr, scale, scale);
  fv_document_draw_page (self->document, cr, (guint) page_nr);
  cairo_restore (cr);
}

static void
fv_print_operation_done (GtkPrintOperation       *operation,
                         GtkPrintOperationResult  result)
{
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    save_settings (FV_PRINT_OPERATION (operation));

  if (GTK_PRINT_OPERATION_CLASS (fv_print_operation_parent_class)->done != NULL)
    GTK_PRINT_OPERATION_CLASS (fv_print_operation_parent_class)->done (operation, result);
}

static void
fv_print_operation_constructed (GObject *object)
{
  FvPrintOperation *self = FV_PRINT_OPERATION (object);
  const char *title = fv_document_get_title (self->document);

  G_OBJECT_CLASS (fv_print_operation_parent_class)->constructed (object);

  /* User space in points from the paper's corner, exactly as for the PDF. */
  gtk_print_operation_set_unit (GTK_PRINT_OPERATION (self), GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_embed_page_setup (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), title != NULL ? title : _("Document"));
  load_settings (self);
}

static void
fv_print_operation_finalize (GObject *object)
{
  FvPrintOperation *self = FV_PRINT_OPERATION (object);

  g_clear_object (&self->document);

  G_OBJECT_CLASS (fv_print_operation_parent_class)->finalize (object);
}

static void
fv_print_operation_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  FvPrintOperation *self = FV_PRINT_OPERATION (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fv_print_operation_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  FvPrintOperation *self = FV_PRINT_OPERATION (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fv_print_operation_class_init (FvPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->constructed = fv_print_operation_constructed;
  object_class->finalize = fv_print_operation_finalize;
  object_class->get_property = fv_print_operation_get_property;
  object_class->set_property = fv_print_operation_set_property;

  operation_class->begin_print = fv_print_operation_begin_print;
  operation_class->draw_page = fv_print_operation_draw_page;
  operation_class->done = fv_print_operation_done;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         FV_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fv_print_operation_init (FvPrintOperation *self)
{
}

/**
 * fv_print_operation_new:
 * @document: a document; laid out already, or it is laid out on the first page
 *
 * Returns: (transfer full): an operation to run with gtk_print_operation_run()
 *   or fv_print_operation_run_dialog()
 */
FvPrintOperation *
fv_print_operation_new (FvDocument *document)
{
  g_return_val_if_fail (FV_IS_DOCUMENT (document), NULL);

  return g_object_new (FV_TYPE_PRINT_OPERATION, "document", document, NULL);
}

/**
 * fv_print_operation_get_document:
 *
 * Returns: (transfer none): the document printed
 */
FvDocument *
fv_print_operation_get_document (FvPrintOperation *self)
{
  g_return_val_if_fail (FV_IS_PRINT_OPERATION (self), NULL);

  return self->document;
}

static void
run_done_cb (GtkPrintOperation       *operation,
             GtkPrintOperationResult  result,
             gpointer                 user_data)
{
  g_autoptr(FvPrintOperation) self = FV_PRINT_OPERATION (operation);
  GWeakRef *parent_ref = user_data;
  g_autoptr(GtkWindow) parent = g_weak_ref_get (parent_ref);

  g_signal_handlers_disconnect_by_func (operation, run_done_cb, user_data);
  g_weak_ref_clear (parent_ref);
  g_free (parent_ref);

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;
      GtkWidget *dialog;

      gtk_print_operation_get_error (operation, &error);
      dialog = adw_message_dialog_new (parent, _("Could Not Print"),
                                       error != NULL ? error->message : NULL);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

/**
 * fv_print_operation_run_dialog:
 * @parent: (nullable): the window the print dialog belongs to
 *
 * Shows the print dialog and prints; errors are shown in a dialog. The
 * operation keeps itself alive until it is done.
 */
void
fv_print_operation_run_dialog (FvPrintOperation *self,
                               GtkWindow        *parent)
{
  g_autoptr(GError) error = NULL;
  GWeakRef *parent_ref;

  g_return_if_fail (FV_IS_PRINT_OPERATION (self));

  parent_ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (parent_ref, parent);
  g_object_ref (self);
  g_signal_connect (self, "done", G_CALLBACK (run_done_cb), parent_ref);
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_run (GTK_PRINT_OPERATION (self), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, &error);
  if (error != NULL)
    g_warning ("Could not print: %s", error->message);
}
