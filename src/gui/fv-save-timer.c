/* fv-save-timer.c — saving a form a moment after the typing stops
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Frivillig has no Save button: every form writes what was typed by itself.
 * Writing at each keystroke would make a transaction per letter and show
 * problems for half-typed words, so each change restarts a short timer and
 * the form is written when it runs out. Whoever leaves the form (closing,
 * deleting, printing) asks whether a write is pending and does it first.
 */

#include "config.h"

#include "fv-save-timer.h"

/* Long enough to span a typed word, short enough that nothing is lost. */
#define SAVE_DELAY_MS 400

static gboolean
save_timeout_cb (gpointer user_data)
{
  FvSaveTimer *timer = user_data;

  timer->source_id = 0;
  timer->save (timer->owner);
  return G_SOURCE_REMOVE;
}

void
fv_save_timer_init (FvSaveTimer *timer,
                    FvSaveFunc   save,
                    gpointer     owner)
{
  timer->source_id = 0;
  timer->save = save;
  timer->owner = owner;
}

/* Something changed: write in a moment, unless something changes again first. */
void
fv_save_timer_restart (FvSaveTimer *timer)
{
  g_clear_handle_id (&timer->source_id, g_source_remove);
  timer->source_id = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, timer);
}

/* Forgets a pending write: the owner writes now, or what it shows is gone. */
void
fv_save_timer_cancel (FvSaveTimer *timer)
{
  g_clear_handle_id (&timer->source_id, g_source_remove);
}

gboolean
fv_save_timer_is_pending (const FvSaveTimer *timer)
{
  return timer->source_id != 0;
}
