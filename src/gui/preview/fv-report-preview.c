/* fv-report-preview.c — reports opened in the preview from the areas of the window
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One function per report: it copies what the report needs (the database and
 * the registry's filter as it is now), makes the report in a worker thread and
 * shows it in a preview window, from where it is saved or printed.
 */

#define G_LOG_DOMAIN "fv-report-preview"

#include "config.h"

#include <glib/gi18n.h>

#include "fv-register-report.h"
#include "fv-report-preview.h"

typedef struct
{
  FvDatabase           *database;
  FvOrganisationFilter *filter;
  char                 *municipality;
} RegisterData;

static void
register_data_free (gpointer data)
{
  RegisterData *register_data = data;

  g_clear_object (&register_data->database);
  g_clear_pointer (&register_data->filter, fv_organisation_filter_free);
  g_free (register_data->municipality);
  g_free (register_data);
}

static FvDocument *
produce_register_report (gpointer       user_data,
                         GCancellable  *cancellable,
                         GError       **error)
{
  RegisterData *data = user_data;
  FvDocument *document = fv_register_report_new (data->database, data->filter, NULL, cancellable, error);

  /* The municipality at the foot of every page, as on the other documents. */
  if (document != NULL && data->municipality != NULL && *data->municipality != '\0')
    fv_document_set_author (document, data->municipality);
  return document;
}

/**
 * fv_register_report_preview:
 * @parent: a widget in the window the preview belongs to
 * @database: the open database
 * @filter: (nullable): the registry's filter; %NULL for every organisation
 *
 * Makes the organisation register report off the main thread and shows it in
 * a preview window, with Save as PDF… and Print….
 *
 * Returns: (transfer none): the preview window, already presented
 */
FvPreviewWindow *
fv_register_report_preview (GtkWidget                  *parent,
                            FvDatabase                 *database,
                            const FvOrganisationFilter *filter)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *file_name = NULL;
  FvPreviewWindow *window;
  RegisterData *data;
  GtkRoot *root;

  g_return_val_if_fail (parent == NULL || GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (FV_IS_DATABASE (database), NULL);

  root = parent != NULL ? gtk_widget_get_root (parent) : NULL;
  window = fv_preview_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
  data = g_new0 (RegisterData, 1);
  data->database = g_object_ref (database);
  data->filter = filter != NULL ? fv_organisation_filter_copy (filter) : fv_organisation_filter_new ();
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);

    data->municipality = g_settings_get_string (settings, "municipality-name");
  }

  /* Translators: the suggested file name of the register report; %s is a date like 2026-03-05 */
  file_name = g_strdup_printf (_("Organisation register %s.pdf"), date);
  fv_preview_window_produce (window, _("Organisation register"), file_name,
                             produce_register_report, data, register_data_free);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}
