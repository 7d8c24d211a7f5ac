/* fv-organisations-page.c — the organisation registry area
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list shows what the search and filters let through, sorted by the column
 * the user clicked; both happen in SQL in a worker thread (see
 * FvOrganisationList), so typing never waits for the database. The count of
 * shown organisations is always in view. Deleting is undoable from a toast.
 */

#define G_LOG_DOMAIN "fv-organisations-page"

#include "config.h"

#include <glib/gi18n.h>

#include "fv-column-sorter.h"
#include "fv-demo.h"
#include "fv-icnpo.h"
#include "fv-organisation-list.h"
#include "fv-organisation-store.h"
#include "fv-import-dialog.h"
#include "fv-organisation-import.h"
#include "fv-organisations-page.h"
#include "fv-report-preview.h"
#include "fv-row-slots.h"

/* How long the Undo of a deletion is offered, in seconds. */
#define UNDO_TIMEOUT 10

struct _FvOrganisationsPage
{
  AdwBin               parent_instance;

  /* Template widgets */
  GtkSearchEntry      *search_entry;
  GtkMenuButton       *filter_button;
  GtkGrid             *filter_grid;
  GtkStack            *stack;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *category_column;
  GtkColumnViewColumn *contact_column;
  GtkColumnViewColumn *details_column;
  GtkColumnViewColumn *status_column;
  GtkLabel            *count_label;

  /* Filter widgets, built in code from the data */
  GtkDropDown         *category_filter;
  GtkDropDown         *tag_filter;
  GtkDropDown         *sector_filter;
  GtkDropDown         *offer_filter;
  GtkDropDown         *need_filter;
  GtkDropDown         *status_filter;
  GtkStringList       *tags;

  /* Owned references */
  FvDatabase          *database;
  FvOrganisationList  *organisations;
  FvRowSlots          *rows;
  GtkSingleSelection  *selection;
  /* The selection follows the organisation, not the row: rows change contents in place. */
  gint64               selected_id;
  gboolean             scroll_to_selected;
  gboolean             list_changing;
  GCancellable        *cancellable;
};

G_DEFINE_FINAL_TYPE (FvOrganisationsPage, fv_organisations_page, ADW_TYPE_BIN)

enum {
  OPEN_ORGANISATION,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_toast (FvOrganisationsPage *self,
            AdwToast            *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
show_message (FvOrganisationsPage *self,
              const char          *message)
{
  show_toast (self, adw_toast_new (message));
}

/* Counting and state ----------------------------------------------------------- */

static guint
count_active_filters (const FvOrganisationFilter *filter)
{
  return (filter->category_group != 0) + (filter->tag != NULL) + (filter->sector != NULL) +
         (filter->offer != 0) + (filter->need != 0) + (filter->activity != FV_ACTIVITY_ANY);
}

static void
update_view (FvOrganisationsPage *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->organisations));
  guint total = fv_organisation_list_get_total (self->organisations);
  guint n_filters = count_active_filters (fv_organisation_list_get_filter (self->organisations));
  g_autofree char *count = NULL;
  g_autofree char *filters = NULL;

  if (fv_organisation_list_is_loading (self->organisations) && total == 0 && shown == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "loading");
      return;
    }

  if (shown == total)
    /* Translators: below the list; %u is a number of organisations */
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u organisation", "%u organisations", total), total);
  else
    /* Translators: below the list; "5 of 640 organisations" */
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u organisation", "%u of %u organisations",
                                          total), shown, total);
  gtk_label_set_label (self->count_label, count);

  /* Translators: the filter button with %u filters in use */
  filters = n_filters > 0 ? g_strdup_printf (_("Filters (%u)"), n_filters) : g_strdup (_("Filters"));
  gtk_menu_button_set_label (self->filter_button, filters);

  if (total == 0)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else if (shown == 0)
    gtk_stack_set_visible_child_name (self->stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->stack, "list");
}

/* Search, filters and sorting ---------------------------------------------------- */

static guint
selected_flag (GtkDropDown  *drop_down,
               const FvKind *kinds)
{
  guint position = gtk_drop_down_get_selected (drop_down);

  return position == 0 || position == GTK_INVALID_LIST_POSITION ? 0 : kinds[position - 1].flag;
}

static void
apply_filter (FvOrganisationsPage *self)
{
  g_autoptr(FvOrganisationFilter) filter = fv_organisation_filter_new ();
  static const char * const sectors[] = { NULL, "voluntary", "public", "business" };
  guint tag, sector, status, n_kinds;

  if (self->organisations == NULL)
    return;

  filter->search = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  if (self->category_filter == NULL)
    {
      /* The filter rows are made when first shown: until then, no filters. */
      fv_organisation_list_set_filter (self->organisations, filter);
      return;
    }
  filter->category_group = (int) gtk_drop_down_get_selected (self->category_filter);

  tag = gtk_drop_down_get_selected (self->tag_filter);
  if (tag != 0 && tag != GTK_INVALID_LIST_POSITION)
    filter->tag = g_strdup (gtk_string_list_get_string (self->tags, tag));

  sector = gtk_drop_down_get_selected (self->sector_filter);
  if (sector < G_N_ELEMENTS (sectors))
    filter->sector = g_strdup (sectors[sector]);

  filter->offer = selected_flag (self->offer_filter, fv_offer_kinds (&n_kinds));
  filter->need = selected_flag (self->need_filter, fv_need_kinds (&n_kinds));

  status = gtk_drop_down_get_selected (self->status_filter);
  filter->activity = status == 1 ? FV_ACTIVITY_ACTIVE : status == 2 ? FV_ACTIVITY_INACTIVE : FV_ACTIVITY_ANY;

  fv_organisation_list_set_filter (self->organisations, filter);
}

static void
search_changed_cb (FvOrganisationsPage *self)
{
  /* A new search starts reading from the top, wherever the list was scrolled. */
  gtk_adjustment_set_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->column_view)), 0);
  apply_filter (self);
}

static void
stop_search_cb (FvOrganisationsPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
view_sorter_changed_cb (FvOrganisationsPage *self)
{
  int key = FV_ORGANISATION_SORT_NAME;
  gboolean descending = FALSE;

  if (self->organisations == NULL)
    return;
  fv_column_sorter_read_view (gtk_column_view_get_sorter (self->column_view), &key, &descending);
  fv_organisation_list_set_sort (self->organisations, (FvOrganisationSort) key, descending);
}

static void
set_column_sorter (GtkColumnViewColumn *column,
                   FvOrganisationSort   key)
{
  g_autoptr(FvColumnSorter) sorter = fv_column_sorter_new (key);

  gtk_column_view_column_set_sorter (column, GTK_SORTER (sorter));
}

/* Cells are GtkInscriptions made in code. A GtkBuilderListItemFactory parses
 * its XML for every row (a fifth of a second at start-up), and a GtkLabel is
 * measured from its text, shaped anew for every measure: when a search
 * changes the rows on screen, that doubled GTK's layout of the frame. An
 * inscription takes its size from a number of characters and only draws.
 * The items are FvRowSlots: a search gives a row another organisation
 * without GTK remaking its widgets, so the cell follows `notify::item`. */
static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               const char               *property)
{
  GtkWidget *inscription = gtk_inscription_new (NULL);

  gtk_inscription_set_xalign (GTK_INSCRIPTION (inscription), 0.0);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (inscription), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (inscription), 4);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (inscription), 20);
  gtk_list_item_set_child (item, inscription);
  g_object_set_data (G_OBJECT (item), "fv-property", (gpointer) property);
}

static void
show_cell_text (GtkListItem *item)
{
  FvRowSlot *slot = gtk_list_item_get_item (item);
  GObject *organisation = slot != NULL ? fv_row_slot_get_item (slot) : NULL;
  g_autofree char *text = NULL;

  if (organisation != NULL)
    g_object_get (organisation, g_object_get_data (G_OBJECT (item), "fv-property"), &text, NULL);
  gtk_inscription_set_text (GTK_INSCRIPTION (gtk_list_item_get_child (item)), text);
}

static void
slot_item_changed_cb (FvRowSlot   *slot,
                      GParamSpec  *pspec,
                      GtkListItem *item)
{
  show_cell_text (item);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  show_cell_text (item);
  g_signal_connect (gtk_list_item_get_item (item), "notify::item", G_CALLBACK (slot_item_changed_cb), item);
}

static void
unbind_cell_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (item), slot_item_changed_cb, item);
}

static void
set_column_cells (GtkColumnViewColumn *column,
                  const char          *property)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), (gpointer) property);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell_cb), NULL);
  gtk_column_view_column_set_factory (column, factory);
}

static GtkDropDown *
add_filter_row (FvOrganisationsPage *self,
                int                  row,
                const char          *label,
                GtkStringList       *choices)
{
  GtkWidget *title = gtk_label_new_with_mnemonic (label);
  /* gtk_drop_down_new () takes the model's reference: give it one of its own. */
  GtkWidget *drop_down = gtk_drop_down_new (g_object_ref (G_LIST_MODEL (choices)), NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 1.0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), drop_down);
  gtk_widget_add_css_class (title, "dim-label");
  gtk_widget_set_hexpand (drop_down, TRUE);
  g_signal_connect_object (drop_down, "notify::selected", G_CALLBACK (apply_filter), self, G_CONNECT_SWAPPED);
  gtk_grid_attach (self->filter_grid, title, 0, row, 1, 1);
  gtk_grid_attach (self->filter_grid, drop_down, 1, row, 1, 1);
  return GTK_DROP_DOWN (drop_down);
}

static GtkStringList *
kind_choices (const char   *any,
              const FvKind *kinds,
              guint         n_kinds)
{
  GtkStringList *choices = gtk_string_list_new (NULL);

  gtk_string_list_append (choices, any);
  for (guint i = 0; i < n_kinds; i++)
    gtk_string_list_append (choices, _(kinds[i].label));
  return choices;
}

static void
build_filters (FvOrganisationsPage *self)
{
  g_autoptr(GtkStringList) categories = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) sectors = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) offers = NULL;
  g_autoptr(GtkStringList) needs = NULL;
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  const FvKind *kinds;
  guint n_kinds;
  GtkWidget *clear;

  gtk_string_list_append (categories, _("Any category"));
  for (int group = 1; group <= FV_ICNPO_N_GROUPS; group++)
    {
      g_autofree char *item = g_strdup_printf ("%d %s", group, fv_icnpo_group_name (group));

      gtk_string_list_append (categories, item);
    }

  self->tags = gtk_string_list_new (NULL);
  gtk_string_list_append (self->tags, _("Any tag"));

  gtk_string_list_append (sectors, _("Any sector"));
  gtk_string_list_append (sectors, _("Voluntary"));
  gtk_string_list_append (sectors, _("Public"));
  gtk_string_list_append (sectors, _("Business"));

  kinds = fv_offer_kinds (&n_kinds);
  offers = kind_choices (_("Any offer"), kinds, n_kinds);
  kinds = fv_need_kinds (&n_kinds);
  needs = kind_choices (_("Any need"), kinds, n_kinds);

  gtk_string_list_append (statuses, _("Active and inactive"));
  gtk_string_list_append (statuses, _("Active"));
  gtk_string_list_append (statuses, _("Inactive"));

  self->category_filter = add_filter_row (self, 0, _("_Category"), categories);
  self->tag_filter = add_filter_row (self, 1, _("_Tag"), self->tags);
  self->sector_filter = add_filter_row (self, 2, _("_Sector"), sectors);
  self->offer_filter = add_filter_row (self, 3, _("_Offers"), offers);
  self->need_filter = add_filter_row (self, 4, _("_Needs"), needs);
  self->status_filter = add_filter_row (self, 5, _("St_atus"), statuses);

  clear = gtk_button_new_with_mnemonic (_("C_lear Filters"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (clear), "area.clear-filters");
  gtk_widget_set_halign (clear, GTK_ALIGN_END);
  gtk_grid_attach (self->filter_grid, clear, 1, 6, 1, 1);
}

static void reload_tags (FvOrganisationsPage *self);

static void
filter_button_toggled_cb (FvOrganisationsPage *self)
{
  if (self->category_filter != NULL)
    return;
  build_filters (self);
  reload_tags (self);
}

/* The tag filter offers the tags in use; keep the chosen one chosen. */
static void
reload_tags (FvOrganisationsPage *self)
{
  g_auto(GStrv) tags = NULL;
  g_autofree char *chosen = NULL;
  guint selected, n;

  if (self->tag_filter == NULL || self->database == NULL)
    return;

  tags = fv_organisation_store_list_tags (self->database, NULL);
  selected = gtk_drop_down_get_selected (self->tag_filter);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->tags));

  if (selected != 0 && selected != GTK_INVALID_LIST_POSITION)
    chosen = g_strdup (gtk_string_list_get_string (self->tags, selected));

  gtk_string_list_splice (self->tags, 1, n - 1, (const char * const *) tags);

  for (guint i = 0; chosen != NULL && tags != NULL && tags[i] != NULL; i++)
    if (g_strcmp0 (tags[i], chosen) == 0)
      {
        gtk_drop_down_set_selected (self->tag_filter, i + 1);
        return;
      }
  if (chosen != NULL)
    gtk_drop_down_set_selected (self->tag_filter, 0);
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  FvOrganisationsPage *self = FV_ORGANISATIONS_PAGE (widget);
  GtkDropDown *filters[] = { self->category_filter, self->tag_filter, self->sector_filter,
                             self->offer_filter, self->need_filter, self->status_filter };

  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    if (filters[i] != NULL)
      gtk_drop_down_set_selected (filters[i], 0);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  apply_filter (self);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FvOrganisationsPage *self = FV_ORGANISATIONS_PAGE (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Opening, adding and deleting ----------------------------------------------------- */

static void
row_activated_cb (FvOrganisationsPage *self,
                  guint                position)
{
  gint64 id = fv_organisation_list_get_id (self->organisations, position);

  if (id > 0)
    g_signal_emit (self, signals[OPEN_ORGANISATION], 0, id);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  g_signal_emit (widget, signals[OPEN_ORGANISATION], 0, (gint64) 0);
}

typedef struct
{
  FvOrganisationsPage  *page;
  FvOrganisationRecord *snapshot;
} Deletion;

static void
deletion_free (gpointer data)
{
  Deletion *deletion = data;

  g_clear_object (&deletion->page);
  g_clear_pointer (&deletion->snapshot, fv_organisation_record_free);
  g_free (deletion);
}

static void
restore_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Deletion *deletion = task_data;
  GError *error = NULL;

  if (fv_organisation_store_restore (deletion->page->database, deletion->snapshot, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
restored_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  FvOrganisationsPage *self = FV_ORGANISATIONS_PAGE (source);
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    show_message (self, error->message);
}

static void
undo_clicked_cb (AdwToast *toast,
                 Deletion *deletion)
{
  g_autoptr(GTask) task = g_task_new (deletion->page, NULL, restored_cb, NULL);
  Deletion *copy = g_new0 (Deletion, 1);

  copy->page = g_object_ref (deletion->page);
  copy->snapshot = fv_organisation_record_copy (deletion->snapshot);
  g_task_set_task_data (task, copy, deletion_free);
  g_task_run_in_thread (task, restore_thread);
}

static void
delete_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  FvOrganisationsPage *self = source_object;
  FvOrganisationRecord *snapshot = NULL;
  GError *error = NULL;

  if (fv_organisation_store_delete (self->database, GPOINTER_TO_SIZE (task_data), &snapshot, &error))
    g_task_return_pointer (task, snapshot, (GDestroyNotify) fv_organisation_record_free);
  else
    g_task_return_error (task, error);
}

static void
deleted_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  FvOrganisationsPage *self = FV_ORGANISATIONS_PAGE (source);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  Deletion *deletion;
  AdwToast *toast;

  deletion = g_new0 (Deletion, 1);
  deletion->snapshot = g_task_propagate_pointer (G_TASK (result), &error);
  if (deletion->snapshot == NULL)
    {
      deletion_free (deletion);
      show_message (self, error->message);
      return;
    }
  deletion->page = g_object_ref (self);

  /* Translators: a toast; %s is the organisation's name */
  title = g_strdup_printf (_("“%s” deleted"), deletion->snapshot->name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_timeout (toast, UNDO_TIMEOUT);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_clicked_cb),
                         deletion, (GClosureNotify) (void (*) (void)) deletion_free, 0);
  show_toast (self, toast);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FvOrganisationsPage *self = FV_ORGANISATIONS_PAGE (widget);
  guint position = gtk_single_selection_get_selected (self->selection);
  gint64 id;
  g_autoptr(GTask) task = NULL;

  if (position == GTK_INVALID_LIST_POSITION)
    return;
  id = fv_organisation_list_get_id (self->organisations, position);
  if (id <= 0)
    return;

  task = g_task_new (self, self->cancellable, deleted_cb, NULL);
  g_task_set_task_data (task, GSIZE_TO_POINTER ((gsize) id), NULL);
  g_task_run_in_thread (task, delete_thread);
}

/* Import and export ---------------------------------------------------------------- */

static GtkWindow *
parent_window (FvOrganisationsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
imported_cb (FvOrganisationsPage *self,
             guint                n_new,
             guint                n_updated)
{
  /* Translators: a toast after an import; both are numbers of organisations */
  g_autofree char *title = g_strdup_printf (_("Imported: %u new, %u updated"), n_new, n_updated);

  show_message (self, title);
}

static void
open_import_dialog (FvOrganisationsPage *self,
                    FvImportFileKind     kind,
                    GFile               *file)
{
  FvImportDialog *dialog = fv_import_dialog_new (parent_window (self), self->database, kind, file);

  g_signal_connect_object (dialog, "imported", G_CALLBACK (imported_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_register_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  open_import_dialog (FV_ORGANISATIONS_PAGE (widget), FV_IMPORT_FILE_NATIONAL_REGISTER, NULL);
}

static GtkFileFilter *
csv_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Spreadsheets (CSV)"));
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_filter_add_mime_type (filter, "text/csv");
  return filter;
}

static void
import_file_chosen_cb (GtkNativeDialog     *chooser,
                       int                  response,
                       FvOrganisationsPage *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    open_import_dialog (self, FV_IMPORT_FILE_SPREADSHEET, file);
  g_object_unref (chooser);
}

static void
import_spreadsheet_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  FvOrganisationsPage *self = FV_ORGANISATIONS_PAGE (widget);
  g_autoptr(GtkFileFilter) filter = csv_filter ();
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Import a Spreadsheet"), parent_window (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect_object (chooser, "response", G_CALLBACK (import_file_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

typedef struct
{
  FvOrganisationFilter *filter;
  GFile                *file;
  guint                 n_written;
} Export;

static void
export_free (gpointer data)
{
  Export *export = data;

  g_clear_pointer (&export->filter, fv_organisation_filter_free);
  g_clear_object (&export->file);
  g_free (export);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  FvOrganisationsPage *self = source_object;
  Export *export = task_data;
  GError *error = NULL;

  if (fv_organisation_export_spreadsheet (self->database, export->filter, export->file,
                                          &export->n_written, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  FvOrganisationsPage *self = FV_ORGANISATIONS_PAGE (source);
  Export *export = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_message (self, error->message);
      return;
    }

  name = g_file_get_basename (export->file);
  /* Translators: a toast; %u organisations were written to the file %s */
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exported %u organisation to “%s”",
                                        "Exported %u organisations to “%s”", export->n_written),
                           export->n_written, name);
  show_message (self, title);
}

static void
export_file_chosen_cb (GtkNativeDialog     *chooser,
                       int                  response,
                       FvOrganisationsPage *self)
{
  g_autoptr(GTask) task = NULL;
  Export *export;

  if (response != GTK_RESPONSE_ACCEPT)
    {
      g_object_unref (chooser);
      return;
    }

  /* What the list shows is what is exported. */
  export = g_new0 (Export, 1);
  export->filter = fv_organisation_filter_copy (fv_organisation_list_get_filter (self->organisations));
  export->file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);

  task = g_task_new (self, self->cancellable, exported_cb, NULL);
  g_task_set_task_data (task, export, export_free);
  g_task_run_in_thread (task, export_thread);
}

static void
export_spreadsheet_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  FvOrganisationsPage *self = FV_ORGANISATIONS_PAGE (widget);
  g_autoptr(GtkFileFilter) filter = csv_filter ();
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Export a Spreadsheet"), parent_window (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  /* Translators: the suggested file name of an export; keep the .csv */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("organisations.csv"));
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_file_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The register report of what the list shows now, in the preview. */
static void
report_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FvOrganisationsPage *self = FV_ORGANISATIONS_PAGE (widget);

  if (self->database == NULL)
    return;
  fv_register_report_preview (widget, self->database, fv_organisation_list_get_filter (self->organisations));
}

/* Sample data ---------------------------------------------------------------------- */

static void
sample_data_added_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(FvOrganisationsPage) self = user_data;
  g_autoptr(GError) error = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "organisations.add-sample-data", TRUE);
  if (!fv_demo_fill_finish (FV_DATABASE (source), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_message (self, error->message);
      return;
    }

  show_message (self, _("Sample data added"));
}

static void
add_sample_data_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  FvOrganisationsPage *self = FV_ORGANISATIONS_PAGE (widget);

  g_return_if_fail (self->database != NULL);

  /* Twice would duplicate every organisation: one click at a time. */
  gtk_widget_action_set_enabled (widget, "organisations.add-sample-data", FALSE);
  fv_demo_fill_async (self->database, self->cancellable, sample_data_added_cb, g_object_ref (self));
}

/* GObject ------------------------------------------------------------------------ */

static void
fv_organisations_page_dispose (GObject *object)
{
  FvOrganisationsPage *self = FV_ORGANISATIONS_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  /* No gtk_widget_dispose_template (): AdwBin unparents its child itself. */
  if (self->database != NULL)
    g_signal_handlers_disconnect_by_data (self->database, self);
  g_clear_object (&self->selection);
  g_clear_object (&self->rows);
  g_clear_object (&self->organisations);
  g_clear_object (&self->database);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->tags);

  G_OBJECT_CLASS (fv_organisations_page_parent_class)->dispose (object);
}

static void
fv_organisations_page_class_init (FvOrganisationsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fv_organisations_page_dispose;

  /**
   * FvOrganisationsPage::open-organisation:
   * @id: the organisation to open, 0 for a new one
   *
   * The user wants to see or edit an organisation; the window opens the editor.
   */
  signals[OPEN_ORGANISATION] =
    g_signal_new ("open-organisation", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (FV_TYPE_ORGANISATION);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/organisations/fv-organisations-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationsPage, filter_button);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationsPage, filter_grid);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationsPage, name_column);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationsPage, category_column);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationsPage, contact_column);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationsPage, details_column);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationsPage, status_column);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationsPage, count_label);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_install_action (widget_class, "organisations.add-sample-data", NULL, add_sample_data_action);
  gtk_widget_class_install_action (widget_class, "area.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "area.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "area.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "area.clear-filters", NULL, clear_filters_action);
  gtk_widget_class_install_action (widget_class, "area.import-register", NULL, import_register_action);
  gtk_widget_class_install_action (widget_class, "area.import-spreadsheet", NULL, import_spreadsheet_action);
  gtk_widget_class_install_action (widget_class, "area.export-spreadsheet", NULL, export_spreadsheet_action);
  gtk_widget_class_install_action (widget_class, "area.print", NULL, report_action);
}

static void
fv_organisations_page_init (FvOrganisationsPage *self)
{
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  /* Six drop-downs with their lists cost start-up time nobody needs until
   * the Filters button is first pressed. */
  g_signal_connect_object (self->filter_button, "notify::active",
                           G_CALLBACK (filter_button_toggled_cb), self, G_CONNECT_SWAPPED);

  set_column_cells (self->name_column, "name");
  set_column_cells (self->category_column, "category");
  set_column_cells (self->contact_column, "contact");
  set_column_cells (self->details_column, "contact-details");
  set_column_cells (self->status_column, "status-label");

  set_column_sorter (self->name_column, FV_ORGANISATION_SORT_NAME);
  set_column_sorter (self->category_column, FV_ORGANISATION_SORT_CATEGORY);
  set_column_sorter (self->contact_column, FV_ORGANISATION_SORT_CONTACT);
  set_column_sorter (self->status_column, FV_ORGANISATION_SORT_STATUS);
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (view_sorter_changed_cb), self, G_CONNECT_SWAPPED);

  /* Delete deletes the selected organisation, but only from the list: in the
   * search entry the key keeps its ordinary meaning. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                          gtk_named_action_new ("area.delete")));
  gtk_widget_add_controller (GTK_WIDGET (self->column_view), shortcuts);
}

/* Selection ------------------------------------------------------------------------ */

/* Rows change contents in place (FvRowSlots): a selection by position would
 * stay in its row while the organisation moves on. So the page keeps the id
 * and after every reload puts the selection where the id went. */

static void
scroll_to_row (FvOrganisationsPage *self,
               guint                position)
{
  /* GTK 4.8 cannot scroll a column view to a row itself: the inner list view's action does it. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
}

static void
remember_selection (FvOrganisationsPage *self)
{
  guint position = gtk_single_selection_get_selected (self->selection);

  /* GTK unselects a row the list took away; the organisation may be back soon. */
  if (self->list_changing)
    return;
  self->selected_id = position == GTK_INVALID_LIST_POSITION
                      ? 0 : fv_organisation_list_get_id (self->organisations, position);
}

static void
restore_selection (FvOrganisationsPage *self)
{
  gint position;

  if (self->selected_id == 0 || fv_organisation_list_is_loading (self->organisations))
    return;

  position = fv_organisation_list_find (self->organisations, self->selected_id);
  /* Filtered out, or deleted; but one asked for by name may not have arrived yet. */
  if (position < 0)
    {
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      if (!self->scroll_to_selected)
        self->selected_id = 0;
      return;
    }
  /* The rows are still being told to the view; this runs again when they are. */
  if ((guint) position >= g_list_model_get_n_items (G_LIST_MODEL (self->rows)))
    return;

  gtk_single_selection_set_selected (self->selection, (guint) position);
  if (self->scroll_to_selected)
    scroll_to_row (self, (guint) position);
  self->scroll_to_selected = FALSE;
}

static void
list_changing_cb (FvOrganisationsPage *self)
{
  self->list_changing = TRUE;
}

static void
list_loaded_cb (FvOrganisationsPage *self)
{
  if (fv_organisation_list_is_loading (self->organisations))
    return;
  self->list_changing = FALSE;
  restore_selection (self);
}

/* The page shows nothing but a spinner until the window hands it the open database. */
void
fv_organisations_page_set_database (FvOrganisationsPage *self,
                                    FvDatabase          *database)
{
  g_return_if_fail (FV_IS_ORGANISATIONS_PAGE (self));
  g_return_if_fail (FV_IS_DATABASE (database));
  g_return_if_fail (self->database == NULL);

  self->database = g_object_ref (database);
  self->organisations = fv_organisation_list_new (database);
  g_signal_connect_object (self->organisations, "items-changed",
                           G_CALLBACK (update_view), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->organisations, "notify::loading",
                           G_CALLBACK (update_view), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (database, "changed::organisation",
                           G_CALLBACK (reload_tags), self, G_CONNECT_SWAPPED);

  /* Before the rows and the selection hear of a change, so before they are made. */
  g_signal_connect_object (self->organisations, "items-changed",
                           G_CALLBACK (list_changing_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->organisations, "notify::loading",
                           G_CALLBACK (list_loaded_cb), self, G_CONNECT_SWAPPED);

  self->rows = fv_row_slots_new (G_LIST_MODEL (self->organisations));
  /* With no organisations to show the page shows "no results" instead of the
   * list, so the list may keep its rows for the next keystroke. */
  fv_row_slots_set_keep_rows_when_empty (self->rows, TRUE);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected",
                           G_CALLBACK (remember_selection), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->rows, "items-changed",
                           G_CALLBACK (restore_selection), self, G_CONNECT_SWAPPED);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  reload_tags (self);
  update_view (self);
}

/**
 * fv_organisations_page_get_model:
 *
 * Returns: (transfer none) (nullable): the organisations shown
 */
GListModel *
fv_organisations_page_get_model (FvOrganisationsPage *self)
{
  g_return_val_if_fail (FV_IS_ORGANISATIONS_PAGE (self), NULL);

  return G_LIST_MODEL (self->organisations);
}

/* The filter the list shows now, for reports of "what I see". */
const FvOrganisationFilter *
fv_organisations_page_get_filter (FvOrganisationsPage *self)
{
  g_return_val_if_fail (FV_IS_ORGANISATIONS_PAGE (self), NULL);

  return self->organisations ? fv_organisation_list_get_filter (self->organisations) : NULL;
}

/* Selects @id and scrolls to it, now or as soon as the list shows it (a
 * just-saved organisation reaches the list a moment after the editor). */
void
fv_organisations_page_select (FvOrganisationsPage *self,
                              gint64               id)
{
  g_return_if_fail (FV_IS_ORGANISATIONS_PAGE (self));

  self->selected_id = id;
  self->scroll_to_selected = TRUE;
  restore_selection (self);
}

/* What the page shows: "loading", "empty", "no-results" or "list". */
const char *
fv_organisations_page_get_view (FvOrganisationsPage *self)
{
  g_return_val_if_fail (FV_IS_ORGANISATIONS_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}
