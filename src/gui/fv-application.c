/* fv-application.c — the application: command-line options, app-wide actions, windows
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fv-application"

#include "config.h"

#include <glib/gi18n.h>

#include "fv-application.h"
#include "fv-database.h"
#include "fv-gui-resources.h"
#include "fv-preferences-window.h"
#include "fv-startup-timer.h"
#include "fv-window.h"

struct _FvApplication
{
  AdwApplication  parent_instance;

  char           *database_path;
  gint64          started_at;
  gboolean        quit_after_first_frame;
};

G_DEFINE_FINAL_TYPE (FvApplication, fv_application, ADW_TYPE_APPLICATION)

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  FvApplication *self = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  /* Closing (not destroying) lets each window save its size first. */
  for (GList *l = windows; l != NULL;)
    {
      GtkWindow *window = l->data;

      l = l->next;
      gtk_window_close (window);
    }
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  FvApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  FvPreferencesWindow *preferences = fv_preferences_window_new (parent);

  gtk_window_present (GTK_WINDOW (preferences));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  FvApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  const char *developers[] = { "Frivillig developers", NULL };

  adw_show_about_window (parent,
                         "application-name", _("Frivillig"),
                         "application-icon", APP_ID,
                         "developer-name", _("Frivillig developers"),
                         "version", PACKAGE_VERSION,
                         "website", PACKAGE_WEBSITE,
                         "issue-url", PACKAGE_WEBSITE "/issues",
                         "comments", _("The volunteering coordinator’s tool for the municipality’s "
                                       "work with voluntary organisations."),
                         "developers", developers,
                         /* Translators: put your names here, one per line */
                         "translator-credits", _("translator-credits"),
                         "copyright", "© 2026 Frivillig developers",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         NULL);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "preferences", preferences_activated },
  { "about", about_activated },
};

static void
fv_application_startup (GApplication *application)
{
  static const struct {
    const char *action;
    const char *accels[2];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "win.help", { "F1", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
    { "win.search", { "<Control>f", NULL } },
    { "win.new", { "<Control>n", NULL } },
    { "win.print", { "<Control>p", NULL } },
    { "win.show-area::organisations", { "<Alt>1", NULL } },
    { "win.show-area::council", { "<Alt>2", NULL } },
    { "win.show-area::plans", { "<Alt>3", NULL } },
    { "win.show-area::wheel", { "<Alt>4", NULL } },
    { "win.show-area::exchanges", { "<Alt>5", NULL } },
    { "win.show-area::notater", { "<Alt>6", NULL } },
  };

  G_APPLICATION_CLASS (fv_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions,
                                   G_N_ELEMENTS (app_actions), application);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (application),
                                           accels[i].action, accels[i].accels);
}

static void
fv_application_activate (GApplication *application)
{
  FvApplication *self = FV_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (self->database_path == NULL)
    self->database_path = fv_database_get_default_path ();
  if (window == NULL)
    {
      window = GTK_WINDOW (fv_window_new (self, self->database_path));
      if (self->quit_after_first_frame)
        fv_startup_timer_watch (FV_WINDOW (window), self->started_at);
    }

  gtk_window_present (window);
}

static int
fv_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  FvApplication *self = FV_APPLICATION (application);
  const char *path = NULL;

  if (g_variant_dict_lookup (options, "database", "^&ay", &path))
    {
      g_free (self->database_path);
      self->database_path = g_strdup (path);
    }
  self->quit_after_first_frame = g_variant_dict_contains (options, "quit-after-first-frame");

  /* One running instance per database: another database gets a process of its own. */
  if (self->database_path != NULL || g_getenv ("FRIVILLIG_DATABASE") != NULL)
    g_application_set_flags (application,
                             g_application_get_flags (application) | G_APPLICATION_NON_UNIQUE);

  return -1;
}

static void
fv_application_finalize (GObject *object)
{
  FvApplication *self = (FvApplication *) object;

  g_clear_pointer (&self->database_path, g_free);

  G_OBJECT_CLASS (fv_application_parent_class)->finalize (object);
}

static void
fv_application_class_init (FvApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = fv_application_finalize;
  app_class->startup = fv_application_startup;
  app_class->activate = fv_application_activate;
  app_class->handle_local_options = fv_application_handle_local_options;
}

static void
fv_application_init (FvApplication *self)
{
  /* Naming the resource keeps the templates in a static link; it registers itself. */
  G_GNUC_UNUSED GResource *resource = fv_gui_get_resource ();
  static const GOptionEntry options[] = {
    { "database", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Use the database at PATH"), N_("PATH") },
    /* For bench/: time the start-up, print it and quit. */
    { "quit-after-first-frame", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, NULL, NULL, NULL },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), options);
}

FvApplication *
fv_application_new (void)
{
  return g_object_new (FV_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

/* When main () started, for --quit-after-first-frame. */
void
fv_application_set_started_at (FvApplication *self,
                               gint64         started_at)
{
  g_return_if_fail (FV_IS_APPLICATION (self));

  self->started_at = started_at;
}

/* The database this application opens, after the command line was read. */
const char *
fv_application_get_database_path (FvApplication *self)
{
  g_return_val_if_fail (FV_IS_APPLICATION (self), NULL);

  return self->database_path;
}
