/* fv-wheel-event-dialog.c — adding or editing one event of the annual wheel
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Title, date (day.month.year), an optional last day, the ring (category),
 * place, an optional organisation from the register (typed by name or short
 * name) and a note. Problems stand under their fields; Save writes the event
 * in one short transaction.
 */

#define G_LOG_DOMAIN "fv-wheel-event-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "fv-agreement-dialog.h"
#include "fv-exchange-store.h"
#include "fv-wheel-event-dialog.h"
#include "fv-wheel-store.h"

struct _FvWheelEventDialog
{
  AdwWindow     parent_instance;

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkWidget    *save_button;
  AdwEntryRow  *title_row;
  AdwEntryRow  *date_row;
  AdwEntryRow  *end_row;
  AdwComboRow  *category_row;
  AdwEntryRow  *place_row;
  AdwEntryRow  *organisation_row;
  AdwEntryRow  *note_row;

  /* Owned references */
  FvDatabase   *database;
  FvWheelEvent *event;
  gint64        saved_id;
};

G_DEFINE_FINAL_TYPE (FvWheelEventDialog, fv_wheel_event_dialog, ADW_TYPE_WINDOW)

#define DATE_PROBLEM N_("Write the date as day.month.year, for example 26.04.2022.")

static GtkWidget *
row_for_field (FvWheelEventDialog *self,
               const char         *field)
{
  if (g_strcmp0 (field, "start_date") == 0)
    return GTK_WIDGET (self->date_row);
  if (g_strcmp0 (field, "end_date") == 0)
    return GTK_WIDGET (self->end_row);
  if (g_strcmp0 (field, "category") == 0)
    return GTK_WIDGET (self->category_row);
  if (g_strcmp0 (field, "organisation") == 0)
    return GTK_WIDGET (self->organisation_row);
  return GTK_WIDGET (self->title_row);
}

static void
clear_problems (FvWheelEventDialog *self)
{
  const char *fields[] = { "title", "start_date", "end_date", "category", "organisation" };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    fv_exchange_set_row_problem (row_for_field (self, fields[i]), NULL);
}

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FvWheelEventDialog *self = FV_WHEEL_EVENT_DIALOG (widget);
  g_autoptr(FvWheelEvent) attempt = fv_wheel_event_copy (self->event);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  const char *organisation = text_of (self->organisation_row);
  gboolean ok = TRUE;

  clear_problems (self);
  g_free (attempt->title);
  attempt->title = g_strdup (text_of (self->title_row));
  g_free (attempt->start_date);
  attempt->start_date = fv_exchange_parse_date (text_of (self->date_row));
  g_clear_pointer (&attempt->end_date, g_free);
  if (*text_of (self->end_row) != '\0')
    {
      attempt->end_date = fv_exchange_parse_date (text_of (self->end_row));
      if (attempt->end_date == NULL)
        {
          fv_exchange_set_row_problem (GTK_WIDGET (self->end_row), _(DATE_PROBLEM));
          ok = FALSE;
        }
    }
  attempt->category = MIN (adw_combo_row_get_selected (self->category_row), FV_WHEEL_N_CATEGORIES - 1);
  g_free (attempt->place);
  attempt->place = g_strdup (text_of (self->place_row));
  g_free (attempt->note);
  attempt->note = g_strdup (text_of (self->note_row));
  attempt->organisation_id = 0;
  {
    g_autofree char *stripped = g_strstrip (g_strdup (organisation));

    if (*stripped != '\0')
      {
        attempt->organisation_id = fv_wheel_store_find_organisation (self->database, stripped, NULL);
        if (attempt->organisation_id == 0)
          {
            fv_exchange_set_row_problem (GTK_WIDGET (self->organisation_row),
                                         _("No organisation in the register has this name. "
                                           "Write its name as in the register, or leave the field empty."));
            ok = FALSE;
          }
      }
  }

  problems = fv_wheel_event_check (attempt);
  for (guint i = 0; i < problems->len; i++)
    {
      FvFieldProblem *problem = problems->pdata[i];

      /* The end date's own problem is already shown. */
      if (g_str_equal (problem->field, "end_date") && attempt->end_date == NULL)
        continue;
      fv_exchange_set_row_problem (row_for_field (self, problem->field), problem->message);
      ok = FALSE;
    }
  if (!ok)
    return;

  if (!fv_wheel_store_save (self->database, attempt, &error))
    {
      fv_exchange_set_row_problem (GTK_WIDGET (self->title_row), error->message);
      return;
    }

  self->saved_id = attempt->id;
  gtk_window_close (GTK_WINDOW (self));
}

/* A problem goes as soon as the field changes; Save checks again. */
static void
row_changed_cb (GtkWidget *row)
{
  fv_exchange_set_row_problem (row, NULL);
}

static void
fv_wheel_event_dialog_dispose (GObject *object)
{
  FvWheelEventDialog *self = FV_WHEEL_EVENT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FV_TYPE_WHEEL_EVENT_DIALOG);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (fv_wheel_event_dialog_parent_class)->dispose (object);
}

static void
fv_wheel_event_dialog_finalize (GObject *object)
{
  FvWheelEventDialog *self = FV_WHEEL_EVENT_DIALOG (object);

  g_clear_pointer (&self->event, fv_wheel_event_free);

  G_OBJECT_CLASS (fv_wheel_event_dialog_parent_class)->finalize (object);
}

static void
fv_wheel_event_dialog_class_init (FvWheelEventDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fv_wheel_event_dialog_dispose;
  object_class->finalize = fv_wheel_event_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/wheel/fv-wheel-event-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FvWheelEventDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, FvWheelEventDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, FvWheelEventDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, FvWheelEventDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, FvWheelEventDialog, end_row);
  gtk_widget_class_bind_template_child (widget_class, FvWheelEventDialog, category_row);
  gtk_widget_class_bind_template_child (widget_class, FvWheelEventDialog, place_row);
  gtk_widget_class_bind_template_child (widget_class, FvWheelEventDialog, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, FvWheelEventDialog, note_row);

  gtk_widget_class_install_action (widget_class, "event.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "event.save", NULL);
}

static void
fv_wheel_event_dialog_init (FvWheelEventDialog *self)
{
  g_autoptr(GtkStringList) categories = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < FV_WHEEL_N_CATEGORIES; i++)
    gtk_string_list_append (categories, fv_wheel_category_get_label (i));
  adw_combo_row_set_model (self->category_row, G_LIST_MODEL (categories));

  g_signal_connect (self->title_row, "changed", G_CALLBACK (row_changed_cb), NULL);
  g_signal_connect (self->date_row, "changed", G_CALLBACK (row_changed_cb), NULL);
  g_signal_connect (self->end_row, "changed", G_CALLBACK (row_changed_cb), NULL);
  g_signal_connect (self->organisation_row, "changed", G_CALLBACK (row_changed_cb), NULL);
}

static void
set_text (AdwEntryRow *row,
          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

/**
 * fv_wheel_event_dialog_new:
 * @event_id: the event to edit, or 0 for a new one
 * @date: (nullable): the date a new event starts with
 *
 * Returns: (transfer none) (nullable): the dialog, not yet presented; %NULL
 *   with @error set when the event cannot be read
 */
FvWheelEventDialog *
fv_wheel_event_dialog_new (GtkWindow    *parent,
                           FvDatabase   *database,
                           gint64        event_id,
                           const GDate  *date,
                           GError      **error)
{
  g_autoptr(FvWheelEvent) event = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  FvWheelEventDialog *self;
  const char *title;

  g_return_val_if_fail (FV_IS_DATABASE (database), NULL);

  if (event_id != 0)
    {
      event = fv_wheel_store_load (database, event_id, error);
      if (event == NULL)
        return NULL;
    }
  else
    {
      event = fv_wheel_event_new ();
      if (date != NULL && g_date_valid (date))
        event->start_date = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date),
                                             g_date_get_month (date), g_date_get_day (date));
    }

  self = g_object_new (FV_TYPE_WHEEL_EVENT_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->database = g_object_ref (database);
  self->event = g_steal_pointer (&event);

  title = event_id != 0 ? _("Edit Event") : _("New Event");
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, _("Annual wheel (årshjul)"));
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_button_set_label (GTK_BUTTON (self->save_button), event_id != 0 ? _("_Save") : _("_Add"));

  start = self->event->start_date != NULL ? fv_exchange_format_date (self->event->start_date) : NULL;
  end = self->event->end_date != NULL ? fv_exchange_format_date (self->event->end_date) : NULL;
  set_text (self->title_row, self->event->title);
  set_text (self->date_row, start);
  set_text (self->end_row, end);
  adw_combo_row_set_selected (self->category_row, self->event->category);
  set_text (self->place_row, self->event->place);
  set_text (self->organisation_row, self->event->organisation_name);
  set_text (self->note_row, self->event->note);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  return self;
}

/* The event written by Save, 0 while none was. */
gint64
fv_wheel_event_dialog_get_saved_id (FvWheelEventDialog *self)
{
  g_return_val_if_fail (FV_IS_WHEEL_EVENT_DIALOG (self), 0);

  return self->saved_id;
}
