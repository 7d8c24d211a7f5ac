/* fv-wheel-page.c — the Annual wheel area (årshjul)
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One year at a time (‹ 2026 ›): the wheel drawn by the document code
 * (fv_wheel_draw_box, the same drawing as the PDF), and beside it the year's
 * events as a list. A click on an event in the wheel opens it, through the
 * drawing's own hit test; hovering shows what it is. Events are added and
 * edited in a dialog, deleted with an undo toast, the usual dates of the year
 * added on request, the year exported as iCalendar, and Ctrl+P opens the A3
 * poster in the preview window. The list is short (tens of rows), so it is
 * rebuilt from the database whenever it says a wheel event changed.
 */

#define G_LOG_DOMAIN "fv-wheel-page"

#include "config.h"

#include <glib/gi18n.h>

#include "fv-exchange-store.h"
#include "fv-wheel-event-dialog.h"
#include "fv-wheel-ical.h"
#include "fv-wheel-page.h"
#include "fv-wheel-store.h"
#include "fv-wheel.h"

#define CLICK_TOLERANCE_DAYS 4
#define MIN_YEAR 1900
#define MAX_YEAR 9999
/* libadwaita's own default, which the wheel's undo toast always had */
#define UNDO_TIMEOUT_S 5

struct _FvWheelPage
{
  FvAreaPage           parent_instance;

  /* Template widgets */
  GtkLabel            *year_label;
  GtkDrawingArea      *wheel_area;
  GtkStack            *list_stack;
  AdwStatusPage       *empty_page;
  AdwPreferencesGroup *events_group;

  /* Owned references */
  GPtrArray           *events;      /* (element-type FvWheelEvent) of the year */
  GPtrArray           *event_rows;
  GtkFileChooserNative *chooser;
  FvWheelEvent        *last_deleted;  /* for Undo, or NULL */
  int                  year;
  gint64               hover_id;
};

G_DEFINE_FINAL_TYPE (FvWheelPage, fv_wheel_page, FV_TYPE_AREA_PAGE)

static void
update_actions (FvWheelPage *self)
{
  gboolean ready = fv_area_page_get_database (FV_AREA_PAGE (self)) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "area.new", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "area.print", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "wheel.add-usual-dates", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "wheel.export-ical", ready && self->events->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "wheel.previous-year", self->year > MIN_YEAR);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "wheel.next-year", self->year < MAX_YEAR);
}

/* The list ------------------------------------------------------------------------ */

static void
swatch_draw (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  double rgb[3];

  fv_wheel_category_get_rgb (GPOINTER_TO_INT (user_data), rgb);
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
  cairo_arc (cr, width / 2.0, height / 2.0, MIN (width, height) / 2.0, 0, 2 * G_PI);
  cairo_fill (cr);
}

static void
event_row_activated_cb (AdwActionRow *row,
                        FvWheelPage  *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "fv-id"));

  gtk_widget_activate_action (GTK_WIDGET (self), "wheel.edit", "x", id);
}

static GtkWidget *
new_event_row (FvWheelPage        *self,
               const FvWheelEvent *event)
{
  g_autofree char *title = g_markup_escape_text (event->title, -1);
  g_autofree char *when = fv_wheel_event_format_when (event);
  g_autoptr(GString) subtitle = g_string_new (when);
  g_autofree char *subtitle_markup = NULL;
  g_autofree char *delete_label = NULL;
  GtkWidget *row, *swatch, *button;

  if (event->place != NULL)
    g_string_append_printf (subtitle, " · %s", event->place);
  if (event->organisation_name != NULL)
    g_string_append_printf (subtitle, " · %s", event->organisation_name);
  subtitle_markup = g_markup_escape_text (subtitle->str, -1);

  row = g_object_new (ADW_TYPE_ACTION_ROW,
                      "title", title,
                      "subtitle", subtitle_markup,
                      "activatable", TRUE,
                      "tooltip-text", fv_wheel_category_get_label (event->category),
                      NULL);
  g_object_set_data (G_OBJECT (row), "fv-id", GSIZE_TO_POINTER ((gsize) event->id));

  swatch = gtk_drawing_area_new ();
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), 12);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), 12);
  gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), swatch_draw,
                                  GINT_TO_POINTER (event->category), NULL);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), swatch);

  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  /* Translators: a button's tooltip; %s is the event's title */
  delete_label = g_strdup_printf (_("Delete “%s”"), event->title);
  gtk_widget_set_tooltip_text (button, delete_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, delete_label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "wheel.delete");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", event->id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  g_signal_connect (row, "activated", G_CALLBACK (event_row_activated_cb), self);
  return row;
}

static void
refresh (FvWheelPage *self)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autofree char *year_text = g_strdup_printf ("%d", self->year);
  g_autofree char *group_title = NULL;
  g_autofree char *empty_title = NULL;

  gtk_label_set_label (self->year_label, year_text);
  if (database == NULL)
    return;

  events = fv_wheel_store_list_year (database, self->year, &error);
  if (events == NULL)
    {
      fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
      events = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_wheel_event_free);
    }
  g_clear_pointer (&self->events, g_ptr_array_unref);
  self->events = g_steal_pointer (&events);

  for (guint i = 0; i < self->event_rows->len; i++)
    adw_preferences_group_remove (self->events_group, self->event_rows->pdata[i]);
  g_ptr_array_set_size (self->event_rows, 0);
  for (guint i = 0; i < self->events->len; i++)
    {
      GtkWidget *row = new_event_row (self, self->events->pdata[i]);

      adw_preferences_group_add (self->events_group, row);
      g_ptr_array_add (self->event_rows, row);
    }

  /* Translators: the heading of the list beside the wheel; %d is the year */
  group_title = g_strdup_printf (_("Events in %d"), self->year);
  adw_preferences_group_set_title (self->events_group, group_title);
  /* Translators: %d is the year */
  empty_title = g_strdup_printf (_("No Events in %d"), self->year);
  adw_status_page_set_title (self->empty_page, empty_title);
  gtk_stack_set_visible_child_name (self->list_stack, self->events->len > 0 ? "events" : "empty");
  fv_area_page_set_view (FV_AREA_PAGE (self), "wheel");
  gtk_widget_queue_draw (GTK_WIDGET (self->wheel_area));
  update_actions (self);
}

/* The wheel ----------------------------------------------------------------------- */

static void
wheel_draw (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  FvWheelPage *self = user_data;
  FvWheelOptions options = { 0 };
  GdkRGBA background;

  /* The wheel is a poster: white under it, in dark mode too. */
  gdk_rgba_parse (&background, "#ffffff");
  gdk_cairo_set_source_rgba (cr, &background);
  cairo_paint (cr);
  options.highlight_id = self->hover_id;
  fv_wheel_draw_box (cr, width, height, self->year, self->events, &options);
}

/* The event drawn at (@x, @y) of the drawing area, 0 for none. */
gint64
fv_wheel_page_event_at (FvWheelPage *self,
                        double       x,
                        double       y)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self->wheel_area));
  int height = gtk_widget_get_height (GTK_WIDGET (self->wheel_area));
  double cx, cy, radius;
  FvWheelEvent *event;
  GDate date;
  int ring;

  g_return_val_if_fail (FV_IS_WHEEL_PAGE (self), 0);

  fv_wheel_fit (width, height, &cx, &cy, &radius);
  if (!fv_wheel_hit_test (cx, cy, radius, self->year, x, y, &date, &ring))
    return 0;
  event = fv_wheel_find_event (self->events, &date, ring, CLICK_TOLERANCE_DAYS);
  return event != NULL ? event->id : 0;
}

static void
wheel_pressed_cb (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  FvWheelPage     *self)
{
  if (fv_wheel_page_click (self, x, y))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
wheel_motion_cb (GtkEventControllerMotion *controller,
                 double                    x,
                 double                    y,
                 FvWheelPage              *self)
{
  gint64 id = fv_wheel_page_event_at (self, x, y);

  if (id != self->hover_id)
    {
      self->hover_id = id;
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self->wheel_area), id != 0 ? "pointer" : NULL);
      gtk_widget_queue_draw (GTK_WIDGET (self->wheel_area));
    }
}

static void
wheel_leave_cb (GtkEventControllerMotion *controller,
                FvWheelPage              *self)
{
  if (self->hover_id != 0)
    {
      self->hover_id = 0;
      gtk_widget_queue_draw (GTK_WIDGET (self->wheel_area));
    }
}

static gboolean
wheel_query_tooltip_cb (GtkWidget   *widget,
                        int          x,
                        int          y,
                        gboolean     keyboard,
                        GtkTooltip  *tooltip,
                        FvWheelPage *self)
{
  gint64 id = keyboard ? 0 : fv_wheel_page_event_at (self, x, y);

  for (guint i = 0; id != 0 && i < self->events->len; i++)
    {
      FvWheelEvent *event = self->events->pdata[i];

      if (event->id == id)
        {
          g_autofree char *when = fv_wheel_event_format_when (event);
          g_autofree char *text = g_strdup_printf ("%s\n%s · %s%s%s", event->title, when,
                                                   fv_wheel_category_get_label (event->category),
                                                   event->place != NULL ? " · " : "",
                                                   event->place != NULL ? event->place : "");

          gtk_tooltip_set_text (tooltip, text);
          return TRUE;
        }
    }
  return FALSE;
}

/* Actions ------------------------------------------------------------------------- */

static void
open_dialog (FvWheelPage *self,
             gint64       event_id)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(GError) error = NULL;
  FvWheelEventDialog *dialog;
  GDate date;

  if (database == NULL)
    return;

  /* A new event starts on today, or on 1 January of another year. */
  g_date_clear (&date, 1);
  g_date_set_time_t (&date, time (NULL));
  if (g_date_get_year (&date) != self->year)
    g_date_set_dmy (&date, 1, G_DATE_JANUARY, self->year);

  dialog = fv_wheel_event_dialog_new (fv_area_page_get_parent_window (FV_AREA_PAGE (self)),
                                      database, event_id, &date, &error);
  if (dialog == NULL)
    {
      fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
      return;
    }
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_dialog (FV_WHEEL_PAGE (widget), 0);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  open_dialog (FV_WHEEL_PAGE (widget), g_variant_get_int64 (parameter));
}

static void
undo_clicked_cb (AdwToast    *toast,
                 FvWheelPage *self)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  FvWheelEvent *event = g_object_get_data (G_OBJECT (toast), "fv-event");
  g_autoptr(GError) error = NULL;

  if (self->last_deleted != NULL && event != NULL && self->last_deleted->id == event->id)
    g_clear_pointer (&self->last_deleted, fv_wheel_event_free);
  if (database != NULL && event != NULL &&
      !fv_wheel_store_restore (database, event, &error))
    fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FvWheelPage *self = FV_WHEEL_PAGE (widget);
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(FvWheelEvent) event = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (database == NULL)
    return;
  event = fv_wheel_store_load (database, id, &error);
  if (event == NULL || !fv_wheel_store_delete (database, id, &error))
    {
      fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
      return;
    }

  /* Translators: a toast; %s is the event's title */
  title = g_strdup_printf (_("“%s” deleted"), event->title);
  toast = fv_area_page_undo_toast (FV_AREA_PAGE (self), title, UNDO_TIMEOUT_S,
                                   G_CALLBACK (undo_clicked_cb));
  g_clear_pointer (&self->last_deleted, fv_wheel_event_free);
  self->last_deleted = fv_wheel_event_copy (event);
  g_object_set_data_full (G_OBJECT (toast), "fv-event", g_steal_pointer (&event),
                          (GDestroyNotify) fv_wheel_event_free);
  fv_area_page_show_toast (FV_AREA_PAGE (self), toast);
}

static void
change_year (FvWheelPage *self,
             int          year)
{
  self->year = CLAMP (year, MIN_YEAR, MAX_YEAR);
  self->hover_id = 0;
  refresh (self);
  update_actions (self);
}

static void
year_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FvWheelPage *self = FV_WHEEL_PAGE (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  if (g_str_equal (action_name, "wheel.previous-year"))
    change_year (self, self->year - 1);
  else if (g_str_equal (action_name, "wheel.next-year"))
    change_year (self, self->year + 1);
  else
    change_year (self, g_date_time_get_year (now));
}

static void
add_usual_dates_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  FvWheelPage *self = FV_WHEEL_PAGE (widget);
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint added = 0;

  if (database == NULL)
    return;
  if (!fv_wheel_store_add_usual_dates (database, self->year, &added, &error))
    {
      fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
      return;
    }
  if (added == 0)
    /* Translators: a toast; %d is the year */
    message = g_strdup_printf (_("The usual dates of %d are already in the wheel"), self->year);
  else
    /* Translators: a toast; %u is a count, %d the year */
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Added %u usual date to %d",
                                            "Added %u usual dates to %d", added), added, self->year);
  fv_area_page_show_message (FV_AREA_PAGE (self), message);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     FvWheelPage     *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL)
    return;
  if (!fv_wheel_page_export_ical (self, file, &error))
    fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
  else
    {
      g_autofree char *name = g_file_get_basename (file);
      /* Translators: a toast; %s is a file name */
      g_autofree char *message = g_strdup_printf (_("Saved %s"), name);

      fv_area_page_show_message (FV_AREA_PAGE (self), message);
    }
}

static void
export_ical_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FvWheelPage *self = FV_WHEEL_PAGE (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Export iCalendar"),
                                               fv_area_page_get_parent_window (FV_AREA_PAGE (self)),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("iCalendar files"));
  gtk_file_filter_add_pattern (filter, "*.ics");
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  /* Translators: the suggested file name; %d is the year */
  name = g_strdup_printf (_("Annual wheel %d.ics"), self->year);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  fv_wheel_page_preview (FV_WHEEL_PAGE (widget));
}

/* GObject ------------------------------------------------------------------------- */

/* Once loaded the page always shows the wheel: what changes is the list beside it. */
static const char *
get_view (FvAreaPage *page)
{
  FvWheelPage *self = FV_WHEEL_PAGE (page);
  const char *view = FV_AREA_PAGE_CLASS (fv_wheel_page_parent_class)->get_view (page);

  if (g_strcmp0 (view, "loading") == 0)
    return view;
  return gtk_stack_get_visible_child_name (self->list_stack);
}

static void
fv_wheel_page_dispose (GObject *object)
{
  FvWheelPage *self = FV_WHEEL_PAGE (object);

  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }

  G_OBJECT_CLASS (fv_wheel_page_parent_class)->dispose (object);
}

static void
fv_wheel_page_finalize (GObject *object)
{
  FvWheelPage *self = FV_WHEEL_PAGE (object);

  g_clear_pointer (&self->events, g_ptr_array_unref);
  g_clear_pointer (&self->event_rows, g_ptr_array_unref);
  g_clear_pointer (&self->last_deleted, fv_wheel_event_free);

  G_OBJECT_CLASS (fv_wheel_page_parent_class)->finalize (object);
}

static void
fv_wheel_page_class_init (FvWheelPageClass *klass)
{
  static const char * const tables[] = { "wheel_event", "organisation", NULL };
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  FvAreaPageClass *area_class = FV_AREA_PAGE_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fv_wheel_page_dispose;
  object_class->finalize = fv_wheel_page_finalize;

  /* The list is short: the whole year is read again, once for a burst of changes. */
  area_class->tables = tables;
  area_class->refresh = (void (*) (FvAreaPage *)) refresh;
  area_class->reload = (void (*) (FvAreaPage *)) refresh;
  area_class->database_changed = fv_area_page_queue_reload;
  area_class->update_actions = (void (*) (FvAreaPage *)) update_actions;
  area_class->get_view = get_view;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/wheel/fv-wheel-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FvWheelPage, year_label);
  gtk_widget_class_bind_template_child (widget_class, FvWheelPage, wheel_area);
  gtk_widget_class_bind_template_child (widget_class, FvWheelPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, FvWheelPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, FvWheelPage, events_group);

  gtk_widget_class_install_action (widget_class, "area.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "area.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "wheel.edit", "x", edit_action);
  gtk_widget_class_install_action (widget_class, "wheel.delete", "x", delete_action);
  gtk_widget_class_install_action (widget_class, "wheel.previous-year", NULL, year_action);
  gtk_widget_class_install_action (widget_class, "wheel.next-year", NULL, year_action);
  gtk_widget_class_install_action (widget_class, "wheel.this-year", NULL, year_action);
  gtk_widget_class_install_action (widget_class, "wheel.add-usual-dates", NULL, add_usual_dates_action);
  gtk_widget_class_install_action (widget_class, "wheel.export-ical", NULL, export_ical_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "wheel.previous-year", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "wheel.next-year", NULL);
}

static void
fv_wheel_page_init (FvWheelPage *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GtkGesture *click;
  GtkEventController *motion;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->year = g_date_time_get_year (now);
  self->events = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_wheel_event_free);
  self->event_rows = g_ptr_array_new ();

  gtk_drawing_area_set_draw_func (self->wheel_area, wheel_draw, self, NULL);
  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (wheel_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->wheel_area), GTK_EVENT_CONTROLLER (click));
  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "motion", G_CALLBACK (wheel_motion_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (wheel_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->wheel_area), motion);
  g_signal_connect (self->wheel_area, "query-tooltip", G_CALLBACK (wheel_query_tooltip_cb), self);

  refresh (self);
  update_actions (self);
}

/* Public API ---------------------------------------------------------------------- */

int
fv_wheel_page_get_year (FvWheelPage *self)
{
  g_return_val_if_fail (FV_IS_WHEEL_PAGE (self), 0);

  return self->year;
}

void
fv_wheel_page_set_year (FvWheelPage *self,
                        int          year)
{
  g_return_if_fail (FV_IS_WHEEL_PAGE (self));

  change_year (self, year);
}

/* What the page shows: "loading", "empty" (a year without events) or "events". */
const char *
fv_wheel_page_get_view (FvWheelPage *self)
{
  return fv_area_page_get_view (FV_AREA_PAGE (self));
}

guint
fv_wheel_page_get_n_events (FvWheelPage *self)
{
  g_return_val_if_fail (FV_IS_WHEEL_PAGE (self), 0);

  return self->events->len;
}

GtkWidget *
fv_wheel_page_get_wheel_area (FvWheelPage *self)
{
  g_return_val_if_fail (FV_IS_WHEEL_PAGE (self), NULL);

  return GTK_WIDGET (self->wheel_area);
}

/**
 * fv_wheel_page_get_event_point:
 * @x: (out): in the drawing area's coordinates
 * @y: (out):
 *
 * Where the event's first day is drawn in its ring.
 *
 * Returns: %FALSE when the event is not in the year shown
 */
gboolean
fv_wheel_page_get_event_point (FvWheelPage *self,
                               gint64       event_id,
                               double      *x,
                               double      *y)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self->wheel_area));
  int height = gtk_widget_get_height (GTK_WIDGET (self->wheel_area));
  double cx, cy, radius;

  g_return_val_if_fail (FV_IS_WHEEL_PAGE (self), FALSE);

  fv_wheel_fit (width, height, &cx, &cy, &radius);
  for (guint i = 0; i < self->events->len; i++)
    {
      FvWheelEvent *event = self->events->pdata[i];
      GDate start, end;

      if (event->id != event_id || !fv_wheel_event_get_dates (event, &start, &end))
        continue;
      if (g_date_get_year (&start) != self->year)
        g_date_set_dmy (&start, 1, G_DATE_JANUARY, self->year);
      fv_wheel_point_for_date (cx, cy, radius, &start, event->category, x, y);
      return TRUE;
    }
  return FALSE;
}

/**
 * fv_wheel_page_click:
 *
 * What a click at (@x, @y) of the drawing area does: an event there opens
 * in the dialog.
 *
 * Returns: %TRUE when it hit an event
 */
gboolean
fv_wheel_page_click (FvWheelPage *self,
                     double       x,
                     double       y)
{
  gint64 id;

  g_return_val_if_fail (FV_IS_WHEEL_PAGE (self), FALSE);

  id = fv_wheel_page_event_at (self, x, y);
  if (id == 0)
    return FALSE;
  open_dialog (self, id);
  return TRUE;
}

typedef struct
{
  int        year;
  GPtrArray *events;
} PosterData;

static void
poster_data_free (gpointer data)
{
  PosterData *poster = data;

  g_ptr_array_unref (poster->events);
  g_free (poster);
}

static FvDocument *
produce_poster (gpointer       user_data,
                GCancellable  *cancellable,
                GError       **error)
{
  PosterData *poster = user_data;

  return fv_wheel_document_new (poster->year, poster->events, NULL);
}

/**
 * fv_wheel_page_preview:
 *
 * Makes the A3 poster of the year shown off the main thread and opens it in a
 * preview window, with Save as PDF… and Print….
 *
 * Returns: (transfer none): the preview window, already presented
 */
FvPreviewWindow *
fv_wheel_page_preview (FvWheelPage *self)
{
  g_autofree char *title = NULL;
  g_autofree char *file_name = NULL;
  PosterData *data;

  g_return_val_if_fail (FV_IS_WHEEL_PAGE (self), NULL);

  data = g_new0 (PosterData, 1);
  data->year = self->year;
  data->events = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_wheel_event_free);
  for (guint i = 0; i < self->events->len; i++)
    g_ptr_array_add (data->events, fv_wheel_event_copy (self->events->pdata[i]));

  /* Translators: the preview window's title; %d is the year */
  title = g_strdup_printf (_("Annual Wheel %d"), self->year);
  /* Translators: the suggested file name of the PDF; %d is the year */
  file_name = g_strdup_printf (_("Annual wheel %d.pdf"), self->year);
  return fv_area_page_preview (FV_AREA_PAGE (self), title, file_name, produce_poster, data,
                               poster_data_free);
}

/**
 * fv_wheel_page_undo_delete:
 *
 * What the toast's Undo does: puts the event deleted last back.
 *
 * Returns: %TRUE when there was one to put back
 */
gboolean
fv_wheel_page_undo_delete (FvWheelPage *self)
{
  FvDatabase *database = fv_area_page_get_database (FV_AREA_PAGE (self));
  g_autoptr(FvWheelEvent) event = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (FV_IS_WHEEL_PAGE (self), FALSE);

  event = g_steal_pointer (&self->last_deleted);
  if (event == NULL || database == NULL)
    return FALSE;
  if (!fv_wheel_store_restore (database, event, &error))
    {
      fv_area_page_show_message (FV_AREA_PAGE (self), error->message);
      return FALSE;
    }
  return TRUE;
}

/* Writes the events of the year shown to @file as iCalendar. */
gboolean
fv_wheel_page_export_ical (FvWheelPage  *self,
                           GFile        *file,
                           GError      **error)
{
  /* Translators: the calendar's name in calendar applications; %d is the year */
  g_autofree char *name = g_strdup_printf (_("Annual wheel %d"), self->year);

  g_return_val_if_fail (FV_IS_WHEEL_PAGE (self), FALSE);

  return fv_wheel_ical_write (self->events, name, file, error);
}
