/* fv-organisation-import.c — from a file to an import plan, and back out to a spreadsheet
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One path for the window and the command line: read the file (the readers
 * change nothing), add Frivillighetsregisteret's categories, and compare with
 * the database. What comes out is a plan to show and then commit — or a list
 * of the file's problems, and the database exactly as it was.
 */

#define G_LOG_DOMAIN "fv-organisation-import"

#include "config.h"

#include <glib/gi18n.h>

#include "fv-brreg.h"
#include "fv-frivillighetsregisteret.h"
#include "fv-import-skip.h"
#include "fv-import-stream.h"
#include "fv-organisation-import.h"
#include "fv-organisation-store.h"
#include "fv-spreadsheet-csv.h"

/* Reading is most of the work; comparing with the database the rest. */
#define READ_SHARE     0.85
#define REGISTER_SHARE 0.10

typedef struct
{
  FvImportProgress progress;
  gpointer         user_data;
  double           from;
  double           share;
} ProgressRange;

FvImportRequest *
fv_import_request_new (FvImportFileKind  kind,
                       GFile            *file)
{
  FvImportRequest *request = g_new0 (FvImportRequest, 1);

  request->kind = kind;
  request->file = g_object_ref (file);
  return request;
}

void
fv_import_request_free (FvImportRequest *request)
{
  if (request == NULL)
    return;

  g_clear_object (&request->file);
  g_clear_object (&request->frivillighetsregisteret);
  g_free (request->municipality_number);
  g_free (request);
}

static void
scaled_progress (goffset  done,
                 goffset  total,
                 gpointer user_data)
{
  ProgressRange *range = user_data;

  if (range->progress != NULL && total > 0)
    range->progress (range->from + range->share * MIN (1.0, (double) done / total), range->user_data);
}

static gboolean
read_national_register (const FvImportRequest  *request,
                        ProgressRange          *range,
                        GPtrArray             **records,
                        GPtrArray             **skipped,
                        GCancellable           *cancellable,
                        GError                **error)
{
  g_autoptr(GPtrArray) more_skipped = NULL;
  guint n_matched = 0;

  if (request->municipality_number == NULL || *request->municipality_number == '\0')
    {
      g_set_error (error, FV_IMPORT_ERROR, FV_IMPORT_ERROR_FAILED,
                   _("Choose the municipality number to import: the national register holds every municipality."));
      return FALSE;
    }

  range->from = 0.0;
  range->share = request->frivillighetsregisteret ? READ_SHARE - REGISTER_SHARE : READ_SHARE;
  if (!fv_brreg_read_file (request->file, request->municipality_number, scaled_progress, range,
                           records, skipped, cancellable, error))
    return FALSE;

  if (request->frivillighetsregisteret == NULL)
    return TRUE;

  range->from = READ_SHARE - REGISTER_SHARE;
  range->share = REGISTER_SHARE;
  if (!fv_frivillighetsregisteret_apply_file (request->frivillighetsregisteret, *records, scaled_progress, range,
                                              &n_matched, &more_skipped, cancellable, error))
    {
      g_clear_pointer (records, g_ptr_array_unref);
      g_clear_pointer (skipped, g_ptr_array_unref);
      return FALSE;
    }

  for (guint i = 0; more_skipped != NULL && i < more_skipped->len; i++)
    g_ptr_array_add (*skipped, fv_import_skip_copy (g_ptr_array_index (more_skipped, i)));
  return TRUE;
}

static gboolean
read_spreadsheet (const FvImportRequest  *request,
                  GPtrArray             **records,
                  GPtrArray             **problems,
                  GCancellable           *cancellable,
                  GError                **error)
{
  g_autoptr(GFileInputStream) stream = g_file_read (request->file, cancellable, error);

  if (stream == NULL)
    return FALSE;

  return fv_spreadsheet_csv_read (G_INPUT_STREAM (stream), records, problems, cancellable, error);
}

/**
 * fv_organisation_import_prepare:
 * @progress: (nullable): called with 0.0–1.0 from the calling thread
 * @problems: (out) (optional) (element-type FvImportSkip): when a spreadsheet
 *   has rows with problems, every one of them (and %NULL is returned)
 *
 * Reads the file and compares it with the database, changing nothing. Runs in
 * a worker thread in the window.
 *
 * Returns: (transfer full): the plan, or %NULL with @error set
 */
FvImportPlan *
fv_organisation_import_prepare (FvDatabase             *database,
                                const FvImportRequest  *request,
                                FvImportProgress        progress,
                                gpointer                user_data,
                                GPtrArray             **problems,
                                GCancellable           *cancellable,
                                GError                **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) skipped = NULL;
  g_autoptr(GPtrArray) row_problems = NULL;
  ProgressRange range = { progress, user_data, 0.0, READ_SHARE };
  FvImportPlan *plan;
  gboolean ok;

  g_return_val_if_fail (FV_IS_DATABASE (database), NULL);
  g_return_val_if_fail (request != NULL && G_IS_FILE (request->file), NULL);

  if (problems != NULL)
    *problems = NULL;

  if (request->kind == FV_IMPORT_FILE_NATIONAL_REGISTER)
    ok = read_national_register (request, &range, &records, &skipped, cancellable, error);
  else
    ok = read_spreadsheet (request, &records, &row_problems, cancellable, error);

  if (!ok)
    {
      if (problems != NULL)
        *problems = g_steal_pointer (&row_problems);
      return NULL;
    }

  if (progress != NULL)
    progress (READ_SHARE, user_data);

  plan = fv_import_plan_new (database,
                             request->kind == FV_IMPORT_FILE_NATIONAL_REGISTER ?
                               FV_IMPORT_SOURCE_REGISTER : FV_IMPORT_SOURCE_SPREADSHEET,
                             records, skipped, cancellable, error);
  if (plan != NULL && progress != NULL)
    progress (1.0, user_data);
  return plan;
}

static GPtrArray *
load_filtered (FvDatabase                  *database,
               const FvOrganisationFilter  *filter,
               GCancellable                *cancellable,
               GError                     **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_organisation_record_free);
  g_autoptr(GPtrArray) values = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *where = fv_organisation_filter_to_where (filter, &values);
  g_autofree char *sql = g_strdup_printf ("SELECT o.id FROM organisation o WHERE %s ORDER BY o.name_key, o.id;",
                                          where);

  stmt = fv_database_prepare (database, sql, error);
  if (stmt == NULL)
    return NULL;
  fv_organisation_filter_bind (stmt, values, 1);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      FvOrganisationRecord *record;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      record = fv_organisation_store_load (database, sqlite3_column_int64 (stmt, 0), error);
      if (record == NULL)
        return NULL;
      g_ptr_array_add (records, record);
    }

  return g_steal_pointer (&records);
}

/**
 * fv_organisation_export_spreadsheet:
 * @filter: (nullable): which organisations; all of them when %NULL
 *
 * Writes the organisations to @file in Frivillig's spreadsheet format. The
 * file is replaced only when the whole export succeeded.
 */
gboolean
fv_organisation_export_spreadsheet (FvDatabase                  *database,
                                    const FvOrganisationFilter  *filter,
                                    GFile                       *file,
                                    guint                       *n_written,
                                    GCancellable                *cancellable,
                                    GError                     **error)
{
  g_autoptr(FvOrganisationFilter) everything = fv_organisation_filter_new ();
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;

  records = load_filtered (database, filter ? filter : everything, cancellable, error);
  if (records == NULL)
    return FALSE;

  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, cancellable, error);
  if (stream == NULL)
    return FALSE;

  if (!fv_spreadsheet_csv_write (G_OUTPUT_STREAM (stream), records, cancellable, error))
    {
      /* Closing with the cancellable cancelled throws the half-written file away. */
      g_autoptr(GCancellable) abandon = g_cancellable_new ();

      g_cancellable_cancel (abandon);
      g_output_stream_close (G_OUTPUT_STREAM (stream), abandon, NULL);
      return FALSE;
    }

  if (!g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, error))
    return FALSE;

  if (n_written != NULL)
    *n_written = records->len;
  return TRUE;
}
