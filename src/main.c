/* main.c — start Frivillig: a headless command, or the application window
 *
 * Copyright 2026 Frivillig developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "fv-application.h"
#include "fv-cli.h"

static const char *
find_localedir (void)
{
  /* The uninstalled build points this at its own catalogues. */
  const char *override = g_getenv ("FRIVILLIG_LOCALEDIR");

  return override != NULL ? override : LOCALEDIR;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(FvApplication) app = NULL;
  gint64 started_at = g_get_monotonic_time ();

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, find_localedir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Commands never touch GTK, so they work without a display. */
  if (fv_cli_handles (argc, argv))
    return fv_cli_run (argc, argv);

  app = fv_application_new ();
  fv_application_set_started_at (app, started_at);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
