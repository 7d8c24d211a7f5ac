/* fv-preferences-window.c — the municipality and the defaults of new documents
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every field is stored as it is typed (no Apply button to forget); a
 * municipality number that is not four digits is marked and not stored.
 */

#define G_LOG_DOMAIN "fv-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "fv-preferences-window.h"

struct _FvPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* Template widgets */
  AdwEntryRow          *municipality_name_row;
  AdwEntryRow          *municipality_number_row;
  GtkLabel             *municipality_number_hint;
  AdwEntryRow          *notat_from_row;

  /* Owned references */
  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (FvPreferencesWindow, fv_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* Kommunenummer: exactly four digits, e.g. 3201 (Bærum). Empty means not set. */
gboolean
fv_municipality_number_is_valid (const char *text)
{
  if (text == NULL || *text == '\0')
    return TRUE;
  if (strlen (text) != 4)
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;

  return TRUE;
}

static void
municipality_number_changed_cb (FvPreferencesWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->municipality_number_row));
  gboolean valid = fv_municipality_number_is_valid (text);

  gtk_widget_set_visible (GTK_WIDGET (self->municipality_number_hint), !valid);
  if (valid)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->municipality_number_row), "error");
      g_settings_set_string (self->settings, "municipality-number", text);
    }
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->municipality_number_row), "error");
}

static void
fv_preferences_window_dispose (GObject *object)
{
  FvPreferencesWindow *self = FV_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FV_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (fv_preferences_window_parent_class)->dispose (object);
}

static void
fv_preferences_window_class_init (FvPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fv_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fv-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FvPreferencesWindow, municipality_name_row);
  gtk_widget_class_bind_template_child (widget_class, FvPreferencesWindow, municipality_number_row);
  gtk_widget_class_bind_template_child (widget_class, FvPreferencesWindow, municipality_number_hint);
  gtk_widget_class_bind_template_child (widget_class, FvPreferencesWindow, notat_from_row);
  gtk_widget_class_bind_template_callback (widget_class, municipality_number_changed_cb);
}

static void
fv_preferences_window_init (FvPreferencesWindow *self)
{
  g_autofree char *number = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "municipality-name",
                   self->municipality_name_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "notat-from",
                   self->notat_from_row, "text", G_SETTINGS_BIND_DEFAULT);

  number = g_settings_get_string (self->settings, "municipality-number");
  gtk_editable_set_text (GTK_EDITABLE (self->municipality_number_row), number);
}

FvPreferencesWindow *
fv_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (FV_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
}
