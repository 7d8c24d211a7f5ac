/* fv-area-page.c — what the area pages of the window have in common
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each area of the window (council, plans, wheel, exchanges, notater) is a
 * page whose template's child is a GtkStack of its views: "loading" until the
 * window hands over the open database, then the list ("list" or "empty") and
 * the record open in it. This class keeps the database and follows the
 * tables the subclass names, reads a record again in an idle (so a burst of
 * changes costs one reload), saves what is typed a moment after the typing
 * stops, and shows toasts and previews over the window the page is in.
 */

#define G_LOG_DOMAIN "fv-area-page"

#include "config.h"

#include <glib/gi18n.h>

#include "fv-area-page.h"
#include "fv-save-timer.h"

typedef struct
{
  FvDatabase  *database;
  FvSaveTimer  save_timer;
  guint        reload_id;
} FvAreaPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (FvAreaPage, fv_area_page, ADW_TYPE_BIN)

static GtkStack *
get_stack (FvAreaPage *self)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (self));

  return GTK_IS_STACK (child) ? GTK_STACK (child) : NULL;
}

static gboolean
save_cb (gpointer owner)
{
  return fv_area_page_save_now (owner);
}

static gboolean
reload_cb (gpointer user_data)
{
  FvAreaPage *self = user_data;
  FvAreaPagePrivate *priv = fv_area_page_get_instance_private (self);

  priv->reload_id = 0;
  if (FV_AREA_PAGE_GET_CLASS (self)->reload != NULL)
    FV_AREA_PAGE_GET_CLASS (self)->reload (self);
  return G_SOURCE_REMOVE;
}

static void
database_changed_cb (FvAreaPage *self)
{
  FV_AREA_PAGE_GET_CLASS (self)->database_changed (self);
}

/* An editor's own writes come back as changes too: while a record is open
 * only what hangs under it is read again, and its fields stay as typed. */
static void
fv_area_page_real_database_changed (FvAreaPage *self)
{
  FvAreaPageClass *klass = FV_AREA_PAGE_GET_CLASS (self);

  if (klass->get_open_id == NULL || klass->get_open_id (self) == 0)
    {
      if (klass->refresh != NULL)
        klass->refresh (self);
    }
  else if (klass->reload != NULL)
    fv_area_page_queue_reload (self);
}

static const char *
fv_area_page_real_get_view (FvAreaPage *self)
{
  GtkStack *stack = get_stack (self);

  return stack != NULL ? gtk_stack_get_visible_child_name (stack) : NULL;
}

static void
fv_area_page_dispose (GObject *object)
{
  FvAreaPage *self = FV_AREA_PAGE (object);
  FvAreaPagePrivate *priv = fv_area_page_get_instance_private (self);

  /* What was typed last is not lost when the window closes. */
  if (fv_save_timer_is_pending (&priv->save_timer))
    fv_area_page_save_now (self);
  fv_save_timer_cancel (&priv->save_timer);
  g_clear_handle_id (&priv->reload_id, g_source_remove);
  /* The stack is both the bin's child and a template child: let the bin drop
   * it first, or AdwBin would unparent it again after the template freed it.
   * The template is the page type's own: this class has none. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), G_OBJECT_TYPE (self));
  g_clear_object (&priv->database);

  G_OBJECT_CLASS (fv_area_page_parent_class)->dispose (object);
}

static void
fv_area_page_class_init (FvAreaPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fv_area_page_dispose;
  klass->database_changed = fv_area_page_real_database_changed;
  klass->get_view = fv_area_page_real_get_view;
}

static void
fv_area_page_init (FvAreaPage *self)
{
  FvAreaPagePrivate *priv = fv_area_page_get_instance_private (self);

  fv_save_timer_init (&priv->save_timer, save_cb, self);
}

/**
 * fv_area_page_set_database:
 *
 * The page shows a spinner until the window hands it the open database; from
 * then on it follows the tables its class names and fills itself.
 */
void
fv_area_page_set_database (FvAreaPage *self,
                           FvDatabase *database)
{
  FvAreaPagePrivate *priv = fv_area_page_get_instance_private (self);
  FvAreaPageClass *klass;

  g_return_if_fail (FV_IS_AREA_PAGE (self));
  g_return_if_fail (FV_IS_DATABASE (database));
  g_return_if_fail (priv->database == NULL);

  klass = FV_AREA_PAGE_GET_CLASS (self);
  priv->database = g_object_ref (database);
  for (guint i = 0; klass->tables != NULL && klass->tables[i] != NULL; i++)
    {
      g_autofree char *signal = g_strconcat ("changed::", klass->tables[i], NULL);

      g_signal_connect_object (database, signal, G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);
    }
  if (klass->refresh != NULL)
    klass->refresh (self);
  if (klass->update_actions != NULL)
    klass->update_actions (self);
}

/* Returns: (transfer none) (nullable): the database, NULL until it is open */
FvDatabase *
fv_area_page_get_database (FvAreaPage *self)
{
  FvAreaPagePrivate *priv = fv_area_page_get_instance_private (self);

  g_return_val_if_fail (FV_IS_AREA_PAGE (self), NULL);

  return priv->database;
}

/* What the page shows: "loading", "empty", "list" or the record's view. */
const char *
fv_area_page_get_view (FvAreaPage *self)
{
  g_return_val_if_fail (FV_IS_AREA_PAGE (self), NULL);

  return FV_AREA_PAGE_GET_CLASS (self)->get_view (self);
}

/* Shows the view called @view in the page's stack. */
void
fv_area_page_set_view (FvAreaPage *self,
                       const char *view)
{
  GtkStack *stack;

  g_return_if_fail (FV_IS_AREA_PAGE (self));

  stack = get_stack (self);
  g_return_if_fail (stack != NULL);
  gtk_stack_set_visible_child_name (stack, view);
}

/**
 * fv_area_page_open:
 * @id: the record to show
 *
 * Saves what is typed in the record shown, then shows record @id; one that
 * cannot be read leaves the page as it was and says why.
 */
void
fv_area_page_open (FvAreaPage *self,
                   gint64      id)
{
  FvAreaPagePrivate *priv = fv_area_page_get_instance_private (self);
  g_autoptr(GError) error = NULL;
  FvAreaPageClass *klass;

  g_return_if_fail (FV_IS_AREA_PAGE (self));
  g_return_if_fail (priv->database != NULL);

  klass = FV_AREA_PAGE_GET_CLASS (self);
  g_return_if_fail (klass->open != NULL && klass->record_view != NULL);

  fv_area_page_save_now (self);
  if (!klass->open (self, id, &error))
    {
      fv_area_page_show_message (self, error->message);
      return;
    }
  fv_area_page_set_view (self, klass->record_view);
  if (klass->update_actions != NULL)
    klass->update_actions (self);
}

/**
 * fv_area_page_show_list:
 * @any: whether the list has rows
 *
 * Shows the list, or the page that says it is empty; not while a record is
 * open, which stays in view.
 */
void
fv_area_page_show_list (FvAreaPage *self,
                        gboolean    any)
{
  FvAreaPageClass *klass;

  g_return_if_fail (FV_IS_AREA_PAGE (self));

  klass = FV_AREA_PAGE_GET_CLASS (self);
  if (klass->get_open_id == NULL || klass->get_open_id (self) == 0)
    fv_area_page_set_view (self, any ? "list" : "empty");
}

/* Reads the page again once the main loop is idle: a burst of changes, such
 * as a delete with everything under it, costs one reload. */
void
fv_area_page_queue_reload (FvAreaPage *self)
{
  FvAreaPagePrivate *priv = fv_area_page_get_instance_private (self);

  g_return_if_fail (FV_IS_AREA_PAGE (self));

  if (priv->reload_id == 0)
    priv->reload_id = g_idle_add (reload_cb, self);
}

/* Reads the page again now, in place of a reload that may be queued. */
void
fv_area_page_reload_now (FvAreaPage *self)
{
  FvAreaPagePrivate *priv = fv_area_page_get_instance_private (self);

  g_return_if_fail (FV_IS_AREA_PAGE (self));

  g_clear_handle_id (&priv->reload_id, g_source_remove);
  reload_cb (self);
}

/**
 * fv_area_page_save_now:
 *
 * Saves what is typed without waiting for the typing to stop.
 *
 * Returns: %TRUE when it was saved; %FALSE when a field is wrong (it is
 *   marked) or there is nothing open to save
 */
gboolean
fv_area_page_save_now (FvAreaPage *self)
{
  FvAreaPageClass *klass;

  g_return_val_if_fail (FV_IS_AREA_PAGE (self), FALSE);

  klass = FV_AREA_PAGE_GET_CLASS (self);
  return klass->save_now != NULL && klass->save_now (self);
}

/* Saves a moment after the typing stops, so each keystroke is not a write. */
void
fv_area_page_save_later (FvAreaPage *self)
{
  FvAreaPagePrivate *priv = fv_area_page_get_instance_private (self);

  g_return_if_fail (FV_IS_AREA_PAGE (self));

  fv_save_timer_restart (&priv->save_timer);
}

/* Forgets a save that fv_area_page_save_later() asked for. */
void
fv_area_page_cancel_save (FvAreaPage *self)
{
  FvAreaPagePrivate *priv = fv_area_page_get_instance_private (self);

  g_return_if_fail (FV_IS_AREA_PAGE (self));

  fv_save_timer_cancel (&priv->save_timer);
}

/* Whether something typed waits to be saved. */
gboolean
fv_area_page_save_pending (FvAreaPage *self)
{
  FvAreaPagePrivate *priv = fv_area_page_get_instance_private (self);

  g_return_val_if_fail (FV_IS_AREA_PAGE (self), FALSE);

  return fv_save_timer_is_pending (&priv->save_timer);
}

/**
 * fv_area_page_show_toast:
 * @toast: (transfer full):
 *
 * Shows @toast over the window the page is in; a page outside a window (as in
 * tests) drops it.
 */
void
fv_area_page_show_toast (FvAreaPage *self,
                         AdwToast   *toast)
{
  GtkWidget *overlay;

  g_return_if_fail (FV_IS_AREA_PAGE (self));

  overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

void
fv_area_page_show_message (FvAreaPage *self,
                           const char *message)
{
  fv_area_page_show_toast (self, adw_toast_new (message));
}

/**
 * fv_area_page_undo_toast:
 * @timeout_s: how long it shows, long enough to notice the wrong thing went
 * @undo_cb: called as `void undo_cb (AdwToast *toast, FvThingPage *page)`
 *
 * Makes the toast that announces a delete, with an Undo button that calls
 * @undo_cb for as long as the page lives. Show it with
 * fv_area_page_show_toast().
 *
 * Returns: (transfer full): the toast
 */
AdwToast *
fv_area_page_undo_toast (FvAreaPage *self,
                         const char *title,
                         int         timeout_s,
                         GCallback   undo_cb)
{
  AdwToast *toast;

  g_return_val_if_fail (FV_IS_AREA_PAGE (self), NULL);

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, timeout_s);
  g_signal_connect_object (toast, "button-clicked", undo_cb, self, 0);
  return toast;
}

/* Returns: (transfer none) (nullable): the window the page is in */
GtkWindow *
fv_area_page_get_parent_window (FvAreaPage *self)
{
  GtkRoot *root;

  g_return_val_if_fail (FV_IS_AREA_PAGE (self), NULL);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/**
 * fv_area_page_preview:
 * @func: makes the document in a worker thread from @user_data
 * @destroy: frees @user_data once the document is made
 *
 * Opens a preview window over the page's window for the document @func makes,
 * with Save as PDF… (suggesting @file_name) and Print….
 *
 * Returns: (transfer none): the preview window, already presented
 */
FvPreviewWindow *
fv_area_page_preview (FvAreaPage           *self,
                      const char           *title,
                      const char           *file_name,
                      FvPreviewProduceFunc  func,
                      gpointer              user_data,
                      GDestroyNotify        destroy)
{
  FvPreviewWindow *window;

  g_return_val_if_fail (FV_IS_AREA_PAGE (self), NULL);

  window = fv_preview_window_new (fv_area_page_get_parent_window (self));
  fv_preview_window_produce (window, title, file_name, func, user_data, destroy);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}
