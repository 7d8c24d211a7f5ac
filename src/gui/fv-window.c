/* fv-window.c — the main window: a sidebar of the areas and their pages
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window opens its database in a thread (opening checks every page of the
 * file) and shows a spinner meanwhile. A database it must refuse is explained in
 * a dialog and on the page itself, and is never touched.
 */

#define G_LOG_DOMAIN "fv-window"

#include "config.h"

#include <glib/gi18n.h>

#include "fv-area-page.h"
#include "fv-backups.h"
#include "fv-exchanges-page.h"
#include "fv-wheel-page.h"
#include "fv-notater-page.h"
#include "fv-plans-page.h"
#include "fv-council-page.h"
#include "fv-organisation-editor.h"
#include "fv-organisations-page.h"
#include "fv-people-window.h"
#include "fv-window.h"

typedef struct
{
  const char *name;        /* stack page, GSettings choice and help page id */
  const char *title;       /* translatable, marked with N_() */
  GType     (*page_type) (void);
} FvArea;

/* The registry's page is in the window's template; the others are made when
 * first shown, so that start-up builds one page rather than six. */
static const FvArea areas[] = {
  { "organisations", N_("Organisations"), fv_organisations_page_get_type },
  { "council", N_("Council & Groups"), fv_council_page_get_type },
  { "plans", N_("Action Plans"), fv_plans_page_get_type },
  { "wheel", N_("Annual Wheel"), fv_wheel_page_get_type },
  { "exchanges", N_("Exchanges"), fv_exchanges_page_get_type },
  { "notater", N_("Notater"), fv_notater_page_get_type },
};

struct _FvWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwLeaflet           *leaflet;
  GtkListBox           *sidebar;
  AdwWindowTitle       *content_title;
  GtkStack             *stack;
  AdwStatusPage        *refused_page;
  FvOrganisationsPage  *organisations_page;

  /* Owned references */
  GSettings            *settings;
  GCancellable         *cancellable;
  FvDatabase           *database;
  GError               *open_error;
  char                 *database_path;
  char                 *area;
};

G_DEFINE_FINAL_TYPE (FvWindow, fv_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE_PATH,
  PROP_DATABASE,
  PROP_AREA,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const FvArea *
find_area (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    if (g_strcmp0 (areas[i].name, name) == 0)
      return &areas[i];

  return NULL;
}

static GtkListBoxRow *
find_sidebar_row (FvWindow   *self,
                  const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (g_strcmp0 (gtk_widget_get_name (child), name) == 0)
        return GTK_LIST_BOX_ROW (child);
    }

  return NULL;
}

static void
give_page_database (GtkWidget  *page,
                    FvDatabase *database)
{
  if (FV_IS_ORGANISATIONS_PAGE (page))
    fv_organisations_page_set_database (FV_ORGANISATIONS_PAGE (page), database);
  else if (FV_IS_AREA_PAGE (page))
    fv_area_page_set_database (FV_AREA_PAGE (page), database);
}

/* Shows the area's page once the database is open; until then only remembers it. */
static void
show_current_area (FvWindow *self)
{
  const FvArea *area = find_area (self->area);

  adw_window_title_set_title (self->content_title, _(area->title));
  if (self->database != NULL)
    {
      fv_window_get_area_page (self, area->name);
      gtk_stack_set_visible_child_name (self->stack, area->name);
    }
}

static void
sidebar_row_selected_cb (FvWindow      *self,
                         GtkListBoxRow *row)
{
  if (row != NULL)
    fv_window_set_area (self, gtk_widget_get_name (GTK_WIDGET (row)));
}

/* On a narrow window the sidebar and the page are one after the other. */
static void
sidebar_row_activated_cb (FvWindow      *self,
                          GtkListBoxRow *row)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static gboolean open_organisation (FvWindow *self,
                                   gint64    id);

static gboolean
editor_open_organisation_cb (FvOrganisationEditor *editor,
                             gint64                id,
                             FvWindow             *self)
{
  return open_organisation (self, id);
}

/* A new organisation got its id: show it in the list. */
static void
editor_saved_cb (FvOrganisationEditor *editor,
                 gint64                id,
                 FvWindow             *self)
{
  fv_organisations_page_select (self->organisations_page, id);
}

/* A row of the editor's Involvement: that exchange, group or plan, in its area. */
static gboolean
editor_open_record_cb (FvOrganisationEditor *editor,
                       const char           *area,
                       gint64                id,
                       FvWindow             *self)
{
  GtkWidget *page;

  if (self->database == NULL || find_area (area) == NULL)
    return FALSE;

  fv_window_set_area (self, area);
  page = fv_window_get_area_page (self, area);
  if (!FV_IS_AREA_PAGE (page))
    return FALSE;
  fv_area_page_open (FV_AREA_PAGE (page), id);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  gtk_window_present (GTK_WINDOW (self));
  return TRUE;
}

/* One editor per organisation: asking again brings the open one forward. */
static gboolean
open_organisation (FvWindow *self,
                   gint64    id)
{
  GList *windows = gtk_application_get_windows (gtk_window_get_application (GTK_WINDOW (self)));
  FvOrganisationEditor *editor;

  for (GList *l = windows; l != NULL && id != 0; l = l->next)
    if (FV_IS_ORGANISATION_EDITOR (l->data) && fv_organisation_editor_get_id (l->data) == id)
      {
        gtk_window_present (l->data);
        return TRUE;
      }

  editor = fv_organisation_editor_new (GTK_WINDOW (self), self->database, id);
  gtk_window_set_application (GTK_WINDOW (editor), gtk_window_get_application (GTK_WINDOW (self)));
  g_signal_connect_object (editor, "open-organisation", G_CALLBACK (editor_open_organisation_cb), self, 0);
  g_signal_connect_object (editor, "saved", G_CALLBACK (editor_saved_cb), self, 0);
  g_signal_connect_object (editor, "open-record", G_CALLBACK (editor_open_record_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
  return TRUE;
}

static void
organisation_requested_cb (FvWindow *self,
                           gint64    id)
{
  if (self->database != NULL)
    open_organisation (self, id);
}

static void
back_clicked_cb (FvWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
show_refusal (FvWindow     *self,
              const GError *error)
{
  AdwMessageDialog *dialog;

  adw_status_page_set_description (self->refused_page, error->message);
  adw_window_title_set_title (self->content_title, _("Database Not Opened"));
  gtk_stack_set_visible_child_name (self->stack, "refused");
  gtk_widget_set_sensitive (GTK_WIDGET (self->sidebar), FALSE);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Cannot Open the Database"),
                                                       error->message));
  adw_message_dialog_add_responses (dialog,
                                    "close", _("_Close"),
                                    "quit", _("_Quit"),
                                    NULL);
  adw_message_dialog_set_default_response (dialog, "quit");
  adw_message_dialog_set_close_response (dialog, "close");
  g_signal_connect_object (dialog, "response::quit",
                           G_CALLBACK (gtk_window_close), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
daily_backup_done_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(FvWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (fv_backups_make_daily_finish (FV_DATABASE (source), result, &error) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_warning ("Could not make today's backup: %s", error->message);
  folder = fv_backups_get_folder (fv_database_get_path (FV_DATABASE (source)));
  /* A toast title is markup. */
  escaped = g_markup_escape_text (folder, -1);
  /* Translators: %s is a folder name */
  title = g_strdup_printf (_("Could not make today’s backup in “%s”"), escaped);
  toast = adw_toast_new (title);
  /* Losing the safety net matters: the toast stays until it is dismissed. */
  adw_toast_set_timeout (toast, 0);
  fv_window_add_toast (self, toast);
}

/* Once a day, the first time a window opens the database. A read-only
 * database is someone else's to back up. */
static void
start_daily_backup (FvWindow *self)
{
  if (fv_database_get_read_only (self->database))
    return;

  fv_backups_make_daily_async (self->database, FV_BACKUPS_KEEP_DAILY, self->cancellable,
                               daily_backup_done_cb, g_object_ref (self));
}

static void
database_opened_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(FvWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(FvDatabase) database = NULL;

  database = fv_database_open_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (database == NULL)
    {
      g_message ("Refused the database: %s", error->message);
      self->open_error = g_steal_pointer (&error);
      show_refusal (self, self->open_error);
      return;
    }

  self->database = g_steal_pointer (&database);
  /* Pages made before the database was open get it now; later ones when made. */
  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      GtkWidget *page = gtk_stack_get_child_by_name (self->stack, areas[i].name);

      if (page != NULL)
        give_page_database (page, self->database);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-area", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.personal-data", TRUE);
  show_current_area (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
  start_daily_backup (self);
}

static void
help_launched_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(FvWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    {
      g_warning ("Could not open help: %s", error->message);
      fv_window_add_toast (self, adw_toast_new (_("Could not open the help. Is the Yelp help viewer installed?")));
    }
}

static void
help_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FvWindow *self = FV_WINDOW (widget);
  g_autoptr(GdkAppLaunchContext) context = NULL;
  g_autofree char *uri = g_strdup_printf ("help:%s/%s", GETTEXT_PACKAGE, self->area);

  context = gdk_display_get_app_launch_context (gtk_widget_get_display (widget));
  g_app_info_launch_default_for_uri_async (uri, G_APP_LAUNCH_CONTEXT (context), NULL,
                                           help_launched_cb, g_object_ref (self));
}

/* Ctrl+F, Ctrl+N and Ctrl+P mean "in the area you see": the page decides
 * what that is through its own area.search, area.new and area.print actions. */
static void
forward_to_area_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  FvWindow *self = FV_WINDOW (widget);
  GtkWidget *page = gtk_stack_get_visible_child (self->stack);
  g_autofree char *area_action = g_strconcat ("area.", strchr (action_name, '.') + 1, NULL);

  if (self->database != NULL && page != NULL)
    gtk_widget_activate_action (page, area_action, NULL);
}

/* Built when first asked for, not with every window: start-up stays quick. */
static void
show_shortcuts_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);
  GtkShortcutsWindow *shortcuts = gtk_application_window_get_help_overlay (window);

  if (shortcuts == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE "/fv-shortcuts-window.ui");

      shortcuts = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "shortcuts_window"));
      /* As the window's help overlay, the rows given by action name show the
       * application's keys for them; on its own such a row had no keys. */
      gtk_application_window_set_help_overlay (window, shortcuts);
    }
  gtk_window_present (GTK_WINDOW (shortcuts));
}

static void
show_area_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  fv_window_set_area (FV_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

/* Personal Data: one window per main window; asking again brings it forward. */
static void
personal_data_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  FvWindow *self = FV_WINDOW (widget);
  GList *windows = gtk_application_get_windows (gtk_window_get_application (GTK_WINDOW (self)));
  FvPeopleWindow *people;

  if (self->database == NULL)
    return;
  for (GList *l = windows; l != NULL; l = l->next)
    if (FV_IS_PEOPLE_WINDOW (l->data) && fv_people_window_get_database (l->data) == self->database)
      {
        gtk_window_present (l->data);
        return;
      }

  people = fv_people_window_new (GTK_WINDOW (self), self->database);
  gtk_window_set_application (GTK_WINDOW (people), gtk_window_get_application (GTK_WINDOW (self)));
  gtk_window_present (GTK_WINDOW (people));
}

static void
save_window_state (FvWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)))
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_apply (self->settings);
}

static gboolean
fv_window_close_request (GtkWindow *window)
{
  FvWindow *self = FV_WINDOW (window);

  save_window_state (self);
  g_cancellable_cancel (self->cancellable);

  return GTK_WINDOW_CLASS (fv_window_parent_class)->close_request (window);
}

static void
fv_window_constructed (GObject *object)
{
  FvWindow *self = FV_WINDOW (object);
  g_autofree char *last_area = NULL;

  G_OBJECT_CLASS (fv_window_parent_class)->constructed (object);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  last_area = g_settings_get_string (self->settings, "last-area");
  fv_window_set_area (self, last_area);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-area", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.personal-data", FALSE);
  fv_database_open_async (self->database_path, FV_DATABASE_OPEN_DEFAULT, self->cancellable,
                          database_opened_cb, g_object_ref (self));
}

static void
fv_window_dispose (GObject *object)
{
  FvWindow *self = FV_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), FV_TYPE_WINDOW);

  G_OBJECT_CLASS (fv_window_parent_class)->dispose (object);
}

static void
fv_window_finalize (GObject *object)
{
  FvWindow *self = FV_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->database);
  g_clear_error (&self->open_error);
  g_clear_pointer (&self->database_path, g_free);
  g_clear_pointer (&self->area, g_free);

  G_OBJECT_CLASS (fv_window_parent_class)->finalize (object);
}

static void
fv_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  FvWindow *self = FV_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE_PATH:
      g_value_set_string (value, self->database_path);
      break;

    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    case PROP_AREA:
      g_value_set_string (value, self->area);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fv_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  FvWindow *self = FV_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE_PATH:
      self->database_path = g_value_dup_string (value);
      break;

    case PROP_AREA:
      fv_window_set_area (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fv_window_class_init (FvWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = fv_window_constructed;
  object_class->dispose = fv_window_dispose;
  object_class->finalize = fv_window_finalize;
  object_class->get_property = fv_window_get_property;
  object_class->set_property = fv_window_set_property;
  window_class->close_request = fv_window_close_request;

  properties[PROP_DATABASE_PATH] =
    g_param_spec_string ("database-path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, FV_TYPE_DATABASE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_AREA] =
    g_param_spec_string ("area", NULL, NULL, "organisations",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (FV_TYPE_ORGANISATIONS_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fv-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FvWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, refused_page);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, organisations_page);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, organisation_requested_cb);

  gtk_widget_class_install_action (widget_class, "win.help", NULL, help_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_shortcuts_action);
  gtk_widget_class_install_action (widget_class, "win.show-area", "s", show_area_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, forward_to_area_action);
  gtk_widget_class_install_action (widget_class, "win.new", NULL, forward_to_area_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, forward_to_area_action);
  gtk_widget_class_install_action (widget_class, "win.personal-data", NULL, personal_data_action);
}

static void
fv_window_init (FvWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  self->cancellable = g_cancellable_new ();
  self->area = g_strdup ("organisations");
}

FvWindow *
fv_window_new (FvApplication *application,
               const char    *database_path)
{
  return g_object_new (FV_TYPE_WINDOW,
                       "application", application,
                       "database-path", database_path,
                       NULL);
}

/**
 * fv_window_get_database:
 *
 * Returns: (transfer none) (nullable): the open database, %NULL while it opens
 *   or when it was refused
 */
FvDatabase *
fv_window_get_database (FvWindow *self)
{
  g_return_val_if_fail (FV_IS_WINDOW (self), NULL);

  return self->database;
}

/* Why the database was refused, or %NULL. */
const GError *
fv_window_get_open_error (FvWindow *self)
{
  g_return_val_if_fail (FV_IS_WINDOW (self), NULL);

  return self->open_error;
}

const char *
fv_window_get_area (FvWindow *self)
{
  g_return_val_if_fail (FV_IS_WINDOW (self), NULL);

  return self->area;
}

void
fv_window_set_area (FvWindow   *self,
                    const char *area)
{
  GtkListBoxRow *row;

  g_return_if_fail (FV_IS_WINDOW (self));

  if (find_area (area) == NULL)
    {
      g_warning ("No area called “%s”", area);
      return;
    }

  if (g_strcmp0 (self->area, area) != 0)
    {
      g_free (self->area);
      self->area = g_strdup (area);
      g_settings_set_string (self->settings, "last-area", area);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AREA]);
    }

  row = find_sidebar_row (self, area);
  if (row != NULL && gtk_list_box_get_selected_row (self->sidebar) != row)
    gtk_list_box_select_row (self->sidebar, row);

  show_current_area (self);
}

/**
 * fv_window_get_area_page:
 *
 * Makes the page of @area when it is asked for the first time.
 *
 * Returns: (transfer none) (nullable): the page widget of @area
 */
GtkWidget *
fv_window_get_area_page (FvWindow   *self,
                         const char *area)
{
  const FvArea *known;
  GtkWidget *page;

  g_return_val_if_fail (FV_IS_WINDOW (self), NULL);

  page = gtk_stack_get_child_by_name (self->stack, area);
  if (page != NULL || (known = find_area (area)) == NULL)
    return page;

  page = g_object_new (known->page_type (), NULL);
  gtk_stack_add_named (self->stack, page, known->name);
  if (self->database != NULL)
    give_page_database (page, self->database);

  return page;
}

void
fv_window_add_toast (FvWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (FV_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
