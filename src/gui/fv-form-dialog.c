/* fv-form-dialog.c — a small window of fields that saves itself
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The editors for one member or one meeting are the same window: a header
 * with Done, a preferences page of rows, a toast for a failed write. There
 * is no Save button: a change is written a moment after the typing stops
 * (FvSaveTimer) and again when the window closes; a field that is wrong is
 * marked beside it by the subclass and nothing is written until it is right.
 * Subclasses add their groups and rows and write in the save vfunc.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fv-form-dialog.h"
#include "fv-save-timer.h"

typedef struct
{
  AdwToastOverlay    *toast_overlay;
  AdwPreferencesPage *page;
  FvDatabase         *database;
  FvSaveTimer         save_timer;
  gboolean            filling;
} FvFormDialogPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (FvFormDialog, fv_form_dialog, ADW_TYPE_WINDOW)

static gboolean
close_request_cb (FvFormDialog *self)
{
  FvFormDialogPrivate *priv = fv_form_dialog_get_instance_private (self);

  /* What was typed last is written too; a field still wrong stays as stored. */
  if (fv_save_timer_is_pending (&priv->save_timer))
    fv_form_dialog_save_now (self);
  return FALSE;
}

static void
fv_form_dialog_dispose (GObject *object)
{
  FvFormDialog *self = FV_FORM_DIALOG (object);
  FvFormDialogPrivate *priv = fv_form_dialog_get_instance_private (self);

  fv_save_timer_cancel (&priv->save_timer);
  g_clear_object (&priv->database);

  G_OBJECT_CLASS (fv_form_dialog_parent_class)->dispose (object);
}

static void
fv_form_dialog_class_init (FvFormDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fv_form_dialog_dispose;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fv_form_dialog_init (FvFormDialog *self)
{
  FvFormDialogPrivate *priv = fv_form_dialog_get_instance_private (self);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *done = gtk_button_new_with_mnemonic (_("_Done"));

  fv_save_timer_init (&priv->save_timer, (FvSaveFunc) fv_form_dialog_save_now, self);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (done), "window.close");
  gtk_widget_add_css_class (done, "suggested-action");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), done);
  /* Enter in a field is Done, as Escape is. */
  gtk_window_set_default_widget (GTK_WINDOW (self), done);
  gtk_box_append (GTK_BOX (box), header);

  priv->page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (priv->page), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (priv->page));

  priv->toast_overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (priv->toast_overlay, box);
  adw_window_set_content (ADW_WINDOW (self), GTK_WIDGET (priv->toast_overlay));
  g_signal_connect (self, "close-request", G_CALLBACK (close_request_cb), NULL);
}

FvDatabase *
fv_form_dialog_get_database (FvFormDialog *self)
{
  FvFormDialogPrivate *priv = fv_form_dialog_get_instance_private (self);

  g_return_val_if_fail (FV_IS_FORM_DIALOG (self), NULL);

  return priv->database;
}

void
fv_form_dialog_set_database (FvFormDialog *self,
                             FvDatabase   *database)
{
  FvFormDialogPrivate *priv = fv_form_dialog_get_instance_private (self);

  g_return_if_fail (FV_IS_FORM_DIALOG (self));

  g_set_object (&priv->database, database);
}

/**
 * fv_form_dialog_add_group:
 * @description: (nullable): said under the title
 *
 * Returns: (transfer none): a new group at the end of the page
 */
AdwPreferencesGroup *
fv_form_dialog_add_group (FvFormDialog *self,
                          const char   *title,
                          const char   *description)
{
  FvFormDialogPrivate *priv = fv_form_dialog_get_instance_private (self);
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  adw_preferences_group_set_title (group, title);
  if (description != NULL)
    adw_preferences_group_set_description (group, description);
  adw_preferences_page_add (priv->page, group);
  return group;
}

/**
 * fv_form_dialog_add_entry:
 * @text: (nullable): what the row holds at first
 *
 * Returns: (transfer none): a new row at the end of @group; what is typed
 *   in it is saved a moment later
 */
AdwEntryRow *
fv_form_dialog_add_entry (FvFormDialog        *self,
                          AdwPreferencesGroup *group,
                          const char          *title,
                          const char          *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  fv_form_dialog_set_entry (ADW_ENTRY_ROW (row), text);
  g_signal_connect_object (row, "changed", G_CALLBACK (fv_form_dialog_changed), self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (group, row);
  /* The window opens in its first text field, not on the header's Done. */
  if (gtk_window_get_focus (GTK_WINDOW (self)) == NULL)
    gtk_widget_grab_focus (row);
  return ADW_ENTRY_ROW (row);
}

/* While the rows are filled from the record, their changes are not edits. */
void
fv_form_dialog_set_filling (FvFormDialog *self,
                            gboolean      filling)
{
  FvFormDialogPrivate *priv = fv_form_dialog_get_instance_private (self);

  g_return_if_fail (FV_IS_FORM_DIALOG (self));

  priv->filling = filling;
}

/* A field changed: saved when the typing stops. For rows the subclass made itself. */
void
fv_form_dialog_changed (FvFormDialog *self)
{
  FvFormDialogPrivate *priv = fv_form_dialog_get_instance_private (self);

  g_return_if_fail (FV_IS_FORM_DIALOG (self));

  if (!priv->filling)
    fv_save_timer_restart (&priv->save_timer);
}

/**
 * fv_form_dialog_save_now:
 *
 * Writes what the rows hold, if it is right.
 *
 * Returns: %TRUE when it is stored as shown
 */
gboolean
fv_form_dialog_save_now (FvFormDialog *self)
{
  FvFormDialogPrivate *priv = fv_form_dialog_get_instance_private (self);

  g_return_val_if_fail (FV_IS_FORM_DIALOG (self), FALSE);

  fv_save_timer_cancel (&priv->save_timer);
  return FV_FORM_DIALOG_GET_CLASS (self)->save (self);
}

void
fv_form_dialog_show_toast (FvFormDialog *self,
                           const char   *message)
{
  FvFormDialogPrivate *priv = fv_form_dialog_get_instance_private (self);

  g_return_if_fail (FV_IS_FORM_DIALOG (self));

  adw_toast_overlay_add_toast (priv->toast_overlay, adw_toast_new (message));
}

/* What @row holds, without the spaces around it. */
char *
fv_form_dialog_entry_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

void
fv_form_dialog_set_entry (AdwEntryRow *row,
                          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}
