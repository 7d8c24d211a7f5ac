/* fv-bench-typing.c — typing into the registry's search field of the real window
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opens the application on a registry of N organisations (under Xvfb), types
 * into the search field one letter every 150 ms, as a person would, and
 * deletes it again: a word found inside names ("idrett": its first letters
 * match nothing, then thousands appear) and the start of a name ("Sandvika":
 * the rows on screen change with every letter),
 * and measures per keystroke the time until the list has the result and has
 * told the view what changed (the view's own redraw comes in the next frame), and
 * the longest the main loop went without running (a stall the user feels as
 * a frozen window). Goal: p95 ≤ 16 ms, no stall over 50 ms.
 */

#include "config.h"

#include <adwaita.h>

#include "fv-application.h"
#include "fv-bench.h"
#include "fv-organisation-list.h"
#include "fv-organisations-page.h"
#include "fv-window.h"

#define KEYSTROKE_INTERVAL_MS 150

typedef struct
{
  gint64 last_tick;
  gint64 longest_gap;
} Watchdog;

/* Runs every millisecond the main loop is free: a long gap is a stall. */
static gboolean
watchdog_tick (gpointer user_data)
{
  Watchdog *watchdog = user_data;
  gint64 now = g_get_monotonic_time ();

  if (watchdog->last_tick != 0)
    watchdog->longest_gap = MAX (watchdog->longest_gap, now - watchdog->last_tick);
  watchdog->last_tick = now;
  return G_SOURCE_CONTINUE;
}

static void
iterate_for (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

/* The list has its answer, and told the view what changed (maybe nothing). */
static void
loading_changed_cb (FvOrganisationList *list,
                    GParamSpec         *pspec,
                    gint64             *changed_at)
{
  if (!fv_organisation_list_is_loading (list))
    *changed_at = g_get_monotonic_time ();
}

/* Types @word letter by letter and deletes it again; per keystroke the
 * milliseconds until the list has its answer go into @keystrokes. */
static void
type_and_delete (GtkEditable *entry,
                 const char  *word,
                 gint64      *changed_at,
                 GArray      *keystrokes)
{
  int n = (int) strlen (word);

  for (int length = 1; length <= 2 * n; length++)
    {
      int typed = length <= n ? length : 2 * n - length;
      g_autofree char *text = g_strndup (word, typed);
      gint64 typed_at = g_get_monotonic_time ();
      double ms;

      *changed_at = 0;
      gtk_editable_set_text (entry, text);
      while (*changed_at == 0 && g_get_monotonic_time () - typed_at < G_USEC_PER_SEC)
        g_main_context_iteration (NULL, FALSE);
      ms = (*changed_at - typed_at) / 1000.0;
      g_array_append_val (keystrokes, ms);
      iterate_for (KEYSTROKE_INTERVAL_MS);
    }
}

void
fv_bench_typing (const char *dir,
                 guint       size,
                 guint       runs)
{
  static const char * const words[] = { "idrett", "Sandvika" };
  g_autofree char *path = fv_bench_make_registry (dir, size);
  g_autoptr(FvApplication) app = NULL;
  g_autoptr(GArray) keystrokes = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  Watchdog watchdog = { 0 };
  FvWindow *window;
  GtkWidget *page;
  GtkWidget *entry;
  GListModel *model;
  gint64 changed_at = 0;
  guint watchdog_id;

  if (!gtk_init_check ())
    {
      g_printerr ("Typing not measured: no display (run under xvfb-run)\n");
      return;
    }
  adw_init ();

  g_setenv ("FRIVILLIG_DATABASE", path, TRUE);
  app = fv_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));

  window = FV_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  fv_window_set_area (window, "organisations");
  page = fv_window_get_area_page (window, "organisations");
  while (fv_window_get_database (window) == NULL ||
         g_strcmp0 (fv_organisations_page_get_view (FV_ORGANISATIONS_PAGE (page)), "list") != 0)
    g_main_context_iteration (NULL, TRUE);
  iterate_for (500);

  model = fv_organisations_page_get_model (FV_ORGANISATIONS_PAGE (page));
  g_signal_connect (model, "notify::loading", G_CALLBACK (loading_changed_cb), &changed_at);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  entry = GTK_WIDGET (gtk_root_get_focus (GTK_ROOT (window)));
  while (entry != NULL && !GTK_IS_EDITABLE (entry))
    entry = gtk_widget_get_parent (entry);
  g_assert_nonnull (entry);

  watchdog_id = g_timeout_add_full (G_PRIORITY_HIGH, 1, watchdog_tick, &watchdog, NULL);
  for (guint run = 0; run < runs; run++)
    for (guint w = 0; w < G_N_ELEMENTS (words); w++)
      type_and_delete (GTK_EDITABLE (entry), words[w], &changed_at, keystrokes);
  g_source_remove (watchdog_id);

  fv_bench_record ("typing-keystroke-p50", size, fv_bench_percentile (keystrokes, 0.5), "ms");
  fv_bench_record ("typing-keystroke-p95", size, fv_bench_percentile (keystrokes, 0.95), "ms");
  fv_bench_record ("typing-longest-main-loop-stall", size, watchdog.longest_gap / 1000.0, "ms");

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  iterate_for (200);
}
