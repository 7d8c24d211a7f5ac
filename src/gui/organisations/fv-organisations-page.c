/* fv-organisations-page.c — the organisation registry area
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An empty registry offers sample data; otherwise the organisations are listed
 * with their count always in view.
 */

#define G_LOG_DOMAIN "fv-organisations-page"

#include "config.h"

#include <glib/gi18n.h>

#include "fv-demo.h"
#include "fv-organisation-list.h"
#include "fv-organisations-page.h"

struct _FvOrganisationsPage
{
  AdwBin              parent_instance;

  /* Template widgets */
  GtkStack           *stack;
  GtkColumnView      *column_view;
  GtkLabel           *count_label;

  /* Owned references */
  FvDatabase         *database;
  FvOrganisationList *organisations;
  GCancellable       *cancellable;
};

G_DEFINE_FINAL_TYPE (FvOrganisationsPage, fv_organisations_page, ADW_TYPE_BIN)

static void
show_toast (FvOrganisationsPage *self,
            const char          *title)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (title));
}

static void
update_view (FvOrganisationsPage *self)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->organisations));
  g_autofree char *count = NULL;

  if (fv_organisation_list_is_loading (self->organisations) && n_items == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "loading");
      return;
    }

  /* Translators: shown below the list of organisations */
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u organisation", "%u organisations", n_items),
                           n_items);
  gtk_label_set_label (self->count_label, count);
  gtk_stack_set_visible_child_name (self->stack, n_items == 0 ? "empty" : "list");
}

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
        show_toast (self, error->message);
      return;
    }

  show_toast (self, _("Sample data added"));
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

static void
fv_organisations_page_dispose (GObject *object)
{
  FvOrganisationsPage *self = FV_ORGANISATIONS_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  /* No gtk_widget_dispose_template (): AdwBin unparents its child itself. */
  if (self->organisations != NULL)
    g_signal_handlers_disconnect_by_data (self->organisations, self);
  g_clear_object (&self->organisations);
  g_clear_object (&self->database);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (fv_organisations_page_parent_class)->dispose (object);
}

static void
fv_organisations_page_class_init (FvOrganisationsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fv_organisations_page_dispose;

  g_type_ensure (FV_TYPE_ORGANISATION);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/organisations/fv-organisations-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, FvOrganisationsPage, count_label);

  gtk_widget_class_install_action (widget_class, "organisations.add-sample-data", NULL,
                                   add_sample_data_action);
}

static void
fv_organisations_page_init (FvOrganisationsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
}

/* The page shows nothing but a spinner until the window hands it the open database. */
void
fv_organisations_page_set_database (FvOrganisationsPage *self,
                                    FvDatabase          *database)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  g_return_if_fail (FV_IS_ORGANISATIONS_PAGE (self));
  g_return_if_fail (FV_IS_DATABASE (database));
  g_return_if_fail (self->database == NULL);

  self->database = g_object_ref (database);
  self->organisations = fv_organisation_list_new (database);
  g_signal_connect_object (self->organisations, "items-changed",
                           G_CALLBACK (update_view), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->organisations, "notify::loading",
                           G_CALLBACK (update_view), self, G_CONNECT_SWAPPED);

  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->organisations)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
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
