/* fv-startup-timer.c — how long Frivillig takes to show itself (--quit-after-first-frame)
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For the benchmarks (bench/): the application times itself from main() to
 * its first painted frame, and on to the first frame that shows the registry
 * loaded from the database; it prints both and its peak memory, then quits.
 */

#define G_LOG_DOMAIN "fv-startup-timer"

#include "config.h"

#include "fv-organisations-page.h"
#include "fv-startup-timer.h"

typedef struct
{
  FvWindow *window;
  gint64    started_at;
  gboolean  first_frame_seen;
  gboolean  registry_shown;
  gulong    paint_handler;
} StartupTimer;

static double
elapsed_ms (StartupTimer *timer)
{
  return (g_get_monotonic_time () - timer->started_at) / 1000.0;
}

/* VmHWM: the most resident memory the process ever had, in kB. */
static long
peak_rss_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, "VmHWM:");
  return line != NULL ? strtol (line + strlen ("VmHWM:"), NULL, 10) : -1;
}

static gboolean
registry_is_loaded (StartupTimer *timer)
{
  GtkWidget *page;
  const char *view;

  if (fv_window_get_open_error (timer->window) != NULL)
    return TRUE;
  if (fv_window_get_database (timer->window) == NULL)
    return FALSE;

  page = fv_window_get_area_page (timer->window, "organisations");
  view = fv_organisations_page_get_view (FV_ORGANISATIONS_PAGE (page));
  return g_strcmp0 (view, "loading") != 0;
}

static void
after_paint_cb (GdkFrameClock *clock,
                StartupTimer  *timer)
{
  if (!timer->first_frame_seen)
    {
      timer->first_frame_seen = TRUE;
      g_print ("first-frame-ms %.1f\n", elapsed_ms (timer));
    }

  /* The frame after the list got its rows is the one that shows them. */
  if (timer->registry_shown)
    {
      GListModel *model = fv_organisations_page_get_model (
        FV_ORGANISATIONS_PAGE (fv_window_get_area_page (timer->window, "organisations")));

      g_print ("registry-shown-ms %.1f\n", elapsed_ms (timer));
      g_print ("organisations-shown %u\n", model ? g_list_model_get_n_items (model) : 0);
      g_print ("peak-rss-kb %ld\n", peak_rss_kb ());
      g_signal_handler_disconnect (clock, timer->paint_handler);
      g_application_quit (g_application_get_default ());
      g_free (timer);
      return;
    }

  if (registry_is_loaded (timer))
    timer->registry_shown = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (timer->window));
}

static void
realized_cb (GtkWidget    *widget,
             StartupTimer *timer)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  timer->paint_handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), timer);
}

/**
 * fv_startup_timer_watch:
 * @started_at: g_get_monotonic_time () at the start of main ()
 *
 * Prints the start-up figures for @window and quits the application.
 */
void
fv_startup_timer_watch (FvWindow *window,
                        gint64    started_at)
{
  StartupTimer *timer = g_new0 (StartupTimer, 1);

  timer->window = window;
  timer->started_at = started_at;
  g_signal_connect (window, "realize", G_CALLBACK (realized_cb), timer);
}
